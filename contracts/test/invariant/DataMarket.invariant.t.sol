// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IAccountRegistry} from "../../src/interfaces/IAccountRegistry.sol";
import {IDataMarket} from "../../src/interfaces/IDataMarket.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {DataMarketHandler} from "./handlers/DataMarketHandler.sol";

/// @notice Invariants of the DataMarket's escrow under random sequences of every action.
contract DataMarketInvariantTest is BaseTest {
    DataMarketHandler internal handler;

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
        address[] memory patients = new address[](4);
        uint256[] memory keys = new uint256[](4);
        for (uint256 i; i < patients.length; ++i) {
            (patients[i], keys[i]) = makeAddrAndKey(string.concat("patient", vm.toString(i)));
        }
        handler = new DataMarketHandler(market, token, admin, researchers, patients, keys);
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
            if (!q.feesCollected) owed += fee * (q.settled - q.refundedTrades);
            for (uint256 i; i < handler.patientCount(); ++i) {
                IDataMarket.Trade memory t = market.trade(id, handler.patients(i));
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

    /// @notice No trade exists (hence no payout) without a consumed patient signature, and no
    /// (patient, nonce) is consumed twice.
    function invariant_EveryTradeConsumedOneSignature() public view {
        assertLe(handler.maxNonceUses(), 1);
        for (uint256 id = 1; id <= market.requestCount(); ++id) {
            for (uint256 i; i < handler.patientCount(); ++i) {
                address p = handler.patients(i);
                if (market.trade(id, p).status != IDataMarket.TradeStatus.None) {
                    assertGt(handler.settledWith(id, p), 0);
                }
            }
        }
    }

    /// @notice Token supply is conserved.
    function invariant_SupplyConserved() public view {
        assertEq(token.totalSupply(), TOKEN_SUPPLY);
    }
}
