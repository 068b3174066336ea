// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IDataMarket} from "../src/interfaces/IDataMarket.sol";
import {MarketTestBase} from "./utils/MarketTestBase.sol";

/// @notice Attacks on the market's escrow found in review, each run as the attacker would.
contract DataMarketAttacksTest is MarketTestBase {
    address internal other;
    uint256 internal otherKey;

    function setUp() public override {
        super.setUp();
        (other, otherKey) = makeAddrAndKey("another patient's trade key");
    }

    function _open(uint32 maxRecords, uint64 lifetime) internal returns (uint256 id) {
        vm.prank(researcher);
        id = market.openRequest(CRITERIA, PRICE, maxRecords, uint64(block.timestamp) + lifetime);
    }

    function _settleAs(uint256 id, address who, uint256 key) internal {
        _settleSigned(_approval(id, who, market.nonces(who)), key);
    }

    // ---------------------------------------------------------------- refunded trades

    /// @notice A request for one record; its trade is refunded by the arbiter. Another patient must be
    /// able to take the freed slot.
    function test_attack_refundedTradeKeepsItsSlot() public {
        uint256 id = _open(1, 7 days);
        _settleAs(id, seller, sellerKey);
        vm.prank(researcher);
        market.dispute(id, seller, keccak256("not as described"));
        vm.prank(arbiter);
        market.resolve(id, seller, false);
        _settleAs(id, other, otherKey);
        assertEq(market.request(id).settled, 1);
        assertEq(uint8(market.trade(id, other).status), uint8(IDataMarket.TradeStatus.Pending));
        // The escrow holds exactly the new trade's price: nothing was refunded twice.
        assertEq(token.balanceOf(address(market)), PRICE);
    }
}
