// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IAccountRegistry} from "../../src/interfaces/IAccountRegistry.sol";
import {IDataMarket} from "../../src/interfaces/IDataMarket.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {DataMarketHandler} from "./handlers/DataMarketHandler.sol";

/// @notice Invariants of the DataMarket's escrow under random sequences of every action, with sales
/// attested (or, by sybils, not) by a key committee that changes along the way.
contract DataMarketInvariantTest is BaseTest {
    DataMarketHandler internal handler;

    uint256 internal constant NODE_POOL = 5;

    function setUp() public override {
        super.setUp();
        address[] memory researchers = new address[](2);
        for (uint256 i; i < researchers.length; ++i) {
            researchers[i] = makeAddr(string.concat("researcher", vm.toString(i)));
            _register(researchers[i], IAccountRegistry.Role.Researcher);
            vm.prank(admin);
            accounts.attestResearcher(researchers[i], bytes32(0));
            _fund(researchers[i], 100_000_000e18);
            vm.prank(researchers[i]);
            token.approve(address(market), type(uint256).max);
        }
        uint256[] memory sellerKeys = new uint256[](4);
        for (uint256 i; i < sellerKeys.length; ++i) {
            (, sellerKeys[i]) = makeAddrAndKey(string.concat("seller", vm.toString(i)));
        }
        uint256[] memory nodeKeys = new uint256[](NODE_POOL);
        bytes[] memory publicKeys = new bytes[](NODE_POOL + 1);
        publicKeys[0] = _newKey();
        for (uint256 i; i < NODE_POOL; ++i) {
            (, nodeKeys[i]) = makeAddrAndKey(string.concat("node", vm.toString(i)));
            publicKeys[i + 1] = _newKey();
        }
        handler = new DataMarketHandler(
            DataMarketHandler.Config({
                market: market,
                token: token,
                committee: committee,
                admin: admin,
                treasury: treasury,
                feeBps: MARKET_FEE_BPS,
                disputeWindow: DISPUTE_WINDOW,
                researchers: researchers,
                sellerKeys: sellerKeys,
                nodeKeys: nodeKeys,
                publicKeys: publicKeys
            })
        );
        targetContract(address(handler));
    }

    /// @notice The escrow holds exactly deposits − payouts − refunds − fees.
    function invariant_BalanceEqualsLedger() public view {
        assertEq(
            token.balanceOf(address(market)),
            handler.ghostDeposits() - handler.ghostPayouts() - handler.ghostRefunds() - handler.ghostFees()
        );
    }

    /// @notice The escrow covers every open obligation: unspent budget of open requests, held prices of
    /// pending and disputed trades, and fees not yet collected.
    function invariant_BalanceCoversObligations() public view {
        uint256 owed;
        for (uint256 id = 1; id <= market.requestCount(); ++id) {
            IDataMarket.Request memory q = market.request(id);
            uint256 price = q.pricePerRecord;
            uint256 fee = (price * q.feeBps) / 10_000;
            if (!q.closed) owed += price * (q.maxRecords - q.settled);
            if (!q.feesCollected) owed += fee * q.settled;
            for (uint256 i; i < handler.sellerCount(); ++i) {
                IDataMarket.Trade memory t = market.trade(id, handler.sellers(i));
                if (
                    t.status == IDataMarket.TradeStatus.Pending
                        || t.status == IDataMarket.TradeStatus.Disputed
                ) {
                    owed += t.payout;
                }
            }
        }
        assertGe(token.balanceOf(address(market)), owed);
    }

    /// @notice No trade exists (hence no payout) without a consumed seller signature, and no
    /// (seller, nonce) is consumed twice.
    function invariant_EveryTradeConsumedOneSignature() public view {
        assertLe(handler.maxNonceUses(), 1);
        for (uint256 id = 1; id <= market.requestCount(); ++id) {
            for (uint256 i; i < handler.sellerCount(); ++i) {
                address s = handler.sellers(i);
                if (market.trade(id, s).status != IDataMarket.TradeStatus.None) {
                    assertGt(handler.settledWith(id, s), 0);
                }
            }
        }
    }

    /// @notice No sale settled without attestations of at least `threshold` distinct members of the
    /// committee in force: not with too few, a repeated member, non-members, former members, truncated
    /// signatures or attestations of another seller (sybil attempts).
    function invariant_NoUnattestedTrade() public view {
        assertEq(handler.ghostUnattestedSettles(), 0);
    }

    /// @notice Every call succeeded or failed as the model predicted and moved what it predicted; the
    /// market's requests and trades are the model's.
    function invariant_MarketMatchesModel() public view {
        assertEq(handler.ghostMismatches(), 0, "a call's outcome differed from the model's");
        assertEq(market.requestCount(), handler.requestCount());
        for (uint256 id = 1; id <= market.requestCount(); ++id) {
            IDataMarket.Request memory q = market.request(id);
            DataMarketHandler.Req memory m = handler.modelRequest(id);
            assertEq(q.settled, m.settled);
            assertEq(q.openDisputes, m.disputes);
            assertEq(q.closed, m.closed);
            assertEq(q.feesCollected, m.feesCollected);
            assertEq(q.feeBps, m.feeBps);
            for (uint256 i; i < handler.sellerCount(); ++i) {
                address s = handler.sellers(i);
                IDataMarket.Trade memory t = market.trade(id, s);
                DataMarketHandler.Tr memory mt = handler.modelTrade(id, s);
                assertEq(uint8(t.status), uint8(mt.status));
                assertEq(t.payout, mt.payout);
                assertEq(t.releaseAt, mt.releaseAt);
            }
        }
    }

    /// @notice Token supply is conserved.
    function invariant_SupplyConserved() public view {
        assertEq(token.totalSupply(), TOKEN_SUPPLY);
    }
}
