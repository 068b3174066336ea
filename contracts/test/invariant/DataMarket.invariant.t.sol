// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IAccountRegistry} from "../../src/interfaces/IAccountRegistry.sol";
import {IDataMarket} from "../../src/interfaces/IDataMarket.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {DataMarketHandler} from "./handlers/DataMarketHandler.sol";

/// @notice Invariants of the DataMarket's escrow under random sequences of its users' and attackers' actions
/// (see DataMarketHandler), checked against the handler's model of what each party is owed.
contract DataMarketInvariantTest is BaseTest {
    DataMarketHandler internal handler;

    uint256 internal constant NODE_POOL = 5;
    /// @dev Calls of a main action in one run from which at least one must succeed.
    uint256 internal constant MIN_TRIES = 4;

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
                accounts: accounts,
                admin: admin,
                treasury: treasury,
                feeBps: MARKET_FEE_BPS,
                disputeWindow: DISPUTE_WINDOW,
                researchers: researchers,
                nodeKeys: nodeKeys,
                publicKeys: publicKeys
            })
        );
        targetContract(address(handler));
        // Weights: the trade path (open, approve, submit, claim, close) is listed more than once, so every
        // run goes through it many times; attackers and admin changes come in between.
        bytes4[] memory s = new bytes4[](35);
        uint256 k;
        for (uint256 w; w < 5; ++w) {
            s[k++] = handler.approve.selector;
            s[k++] = handler.submit.selector;
        }
        for (uint256 w; w < 4; ++w) {
            s[k++] = handler.openRequest.selector;
            s[k++] = handler.claim.selector;
        }
        for (uint256 w; w < 3; ++w) {
            s[k++] = handler.close.selector;
        }
        s[k++] = handler.claimMany.selector;
        s[k++] = handler.refundExpired.selector;
        s[k++] = handler.collectFees.selector;
        s[k++] = handler.frontRun.selector;
        s[k++] = handler.cancel.selector;
        s[k++] = handler.submitStale.selector;
        s[k++] = handler.sybilSettle.selector;
        s[k++] = handler.dispute.selector;
        s[k++] = handler.resolve.selector;
        s[k++] = handler.settleUnresolved.selector;
        s[k++] = handler.setFee.selector;
        s[k++] = handler.setCommittee.selector;
        s[k++] = handler.toggleResearcher.selector;
        s[k++] = handler.warp.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: s}));
    }

    /// @notice The handler's trade path works on its own: open, approve, submit, claim, close.
    function test_handler_tradePathSucceeds() public {
        handler.openRequest(0, 1e18, 2, 2 days);
        handler.approve(0);
        handler.submit(0, 1);
        handler.claim(0, 1);
        handler.close(1, 0);
        assertEq(handler.calls("openRequest"), 1);
        assertEq(handler.calls("settle"), 1);
        assertEq(handler.calls("claim"), 1);
        assertEq(handler.calls("close"), 1);
        assertEq(handler.ghostMismatches(), 0);
    }

    /// @notice The market holds exactly what the model says it owes: unspent budget of open requests,
    /// payouts of pending and disputed trades, bonds of disputed ones and uncollected fees.
    function invariant_EscrowEqualsModelObligations() public view {
        assertEq(token.balanceOf(address(market)), handler.modelEscrow());
    }

    /// @notice Every party holds what the model says: researchers (deposits, bonds, refunds), sellers
    /// (payouts, forfeited bonds), the treasury (fees), and attackers (nothing gained).
    function invariant_PartiesHoldWhatTheModelSays() public view {
        for (uint256 i; i < handler.partyCount(); ++i) {
            (address who, uint256 expected) = handler.party(i);
            assertEq(token.balanceOf(who), expected, vm.toString(who));
        }
    }

    /// @notice Once everything is closed, claimed and collected, the market holds nothing.
    function invariant_EmptyOnceAllSettled() public view {
        if (handler.modelSettled()) assertEq(token.balanceOf(address(market)), 0);
    }

    /// @notice No trade settled without a threshold of the committee in force attesting it: no sybil key
    /// holds a trade, no cancelled approval settled, no copied approval settled for another payee or
    /// delivery.
    function invariant_NoUnattestedTrade() public view {
        assertEq(handler.ghostUnattestedSettles(), 0, "unattested settle");
        assertEq(handler.ghostStaleSettles(), 0, "cancelled approval settled");
        assertEq(handler.ghostHijacks(), 0, "copied approval redirected");
        for (uint256 i; i < handler.sybilCount(); ++i) {
            address s = handler.sybil(i);
            for (uint256 id = 1; id <= market.requestCount(); ++id) {
                assertEq(uint8(market.trade(id, s).status), uint8(IDataMarket.TradeStatus.None));
            }
        }
    }

    /// @notice A registered patient (an attested seller) can always sell to a request that is open, has a
    /// free slot and whose researcher is verified.
    function invariant_RegisteredPatientCanTrade() public {
        (bool applicable, bool settled) = handler.probeLiveness();
        if (applicable) assertTrue(settled, "an attested seller could not trade");
    }

    /// @notice Every call succeeded or failed as the model predicted, and the market's requests and trades
    /// are the model's.
    function invariant_MarketMatchesModel() public view {
        assertEq(handler.ghostMismatches(), 0, "a call's outcome differed from the model's");
        assertEq(market.requestCount(), handler.requestCount());
        for (uint256 id = 1; id <= market.requestCount(); ++id) {
            IDataMarket.Request memory q = market.request(id);
            DataMarketHandler.Req memory m = handler.modelRequest(id);
            assertEq(q.researcher, m.researcher);
            assertEq(q.deadline, m.deadline);
            assertEq(q.settled, m.slots);
            assertEq(q.openDisputes, m.disputes);
            assertEq(q.closed, m.closed);
            assertEq(q.feesCollected, m.feesCollected);
            assertEq(q.feeBps, m.feeBps);
            assertEq(q.lastSettledAt, m.lastSettledAt);
            assertLe(q.settled, q.maxRecords);
        }
        for (uint256 i; i < handler.tradeCount(); ++i) {
            DataMarketHandler.TradeRef memory r = handler.tradeRef(i);
            IDataMarket.Trade memory t = market.trade(r.requestId, r.seller);
            DataMarketHandler.Tr memory mt = handler.modelTrade(r.requestId, r.seller);
            assertEq(uint8(t.status), uint8(mt.status));
            assertEq(t.payout, mt.payout);
            assertEq(t.releaseAt, mt.releaseAt);
        }
    }

    /// @notice Token supply is conserved.
    function invariant_SupplyConserved() public view {
        assertEq(token.totalSupply(), TOKEN_SUPPLY);
    }

    /// @notice The call summary: each main action of the trade path (open, settle, claim, close) that the
    /// run called a few times when it could succeed (a request taking trades, a trade to claim, a request
    /// done) succeeded at least once, so a suite whose calls all revert fails here (forge draws some runs
    /// that hardly call an action: those are not held to it). Then everything is wound
    /// down, and the market ends empty with every party paid what the model says.
    function afterInvariant() public {
        _summary("openRequest", handler.calls("openRequest"));
        _summary("settle", handler.calls("settle") + handler.calls("frontRunCopied"));
        _summary("claim", handler.calls("claim") + handler.calls("claimMany"));
        _summary("close", handler.calls("close") + handler.calls("refundExpired"));
        handler.windDown();
        assertEq(handler.ghostMismatches(), 0, "winding down differed from the model");
        assertTrue(handler.modelSettled());
        assertEq(token.balanceOf(address(market)), 0, "tokens left in the market");
        invariant_PartiesHoldWhatTheModelSays();
    }

    function _summary(bytes32 action, uint256 succeeded) internal view {
        if (handler.tried(action) >= MIN_TRIES) {
            assertGe(succeeded, 1, string.concat(string(abi.encodePacked(action)), ": every call failed"));
        }
    }
}
