// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IDataMarket} from "../src/interfaces/IDataMarket.sol";
import {MarketTestBase} from "./utils/MarketTestBase.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

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

    // ---------------------------------------------------------------- fees stranded by a far deadline

    /// @notice A researcher opens with a deadline a year out, buys one record and closes: the treasury
    /// must not wait for the deadline to collect the fee.
    function test_attack_farDeadlineStrandsFees() public {
        uint256 id = _open(MAX, market.MAX_REQUEST_DURATION());
        _settleAs(id, seller, sellerKey);
        vm.prank(researcher);
        market.close(id);
        vm.warp(block.timestamp + market.disputeWindow());
        uint256 before = token.balanceOf(treasury);
        market.collectFees(id);
        assertEq(token.balanceOf(treasury) - before, _fee(PRICE), "fee stranded until the deadline");
    }

    /// @notice A deadline centuries out is refused, so no request's fees wait for ever.
    function test_attack_absurdDeadlineRefused() public {
        uint64 deadline = type(uint64).max;
        vm.expectRevert(
            abi.encodeWithSelector(
                IDataMarket.RequestTooLong.selector,
                deadline,
                uint64(block.timestamp) + market.MAX_REQUEST_DURATION()
            )
        );
        vm.prank(researcher);
        market.openRequest(CRITERIA, PRICE, MAX, deadline);
    }

    // ---------------------------------------------------------------- cancelling a signed approval

    /// @notice The patient signed an approval and changed her mind before it was submitted: she cancels
    /// it through the forwarder (her trade key has no ETH), and whoever holds it cannot settle it.
    function test_attack_cancelledApprovalStillSettles() public {
        uint256 id = _open(MAX, 7 days);
        IDataMarket.TradeApproval memory a = _approval(id, seller, 0);
        bytes memory sig = _signApproval(market, sellerKey, a);
        bytes[] memory atts = _attestations(market, a);
        vm.expectEmit(address(market));
        emit IDataMarket.TradeApprovalCancelled(seller, 0);
        _forward(sellerKey, address(market), abi.encodeCall(market.cancelTradeApproval, ()));
        assertEq(market.nonces(seller), 1);
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, seller, 1));
        vm.prank(stranger);
        market.settle(a, sig, atts);
        // A fresh approval, with the next nonce, still sells.
        _settleSigned(_approval(id, seller, 1), sellerKey);
        assertEq(uint8(market.trade(id, seller).status), uint8(IDataMarket.TradeStatus.Pending));
    }

    // ---------------------------------------------------------------- revoked researchers

    /// @notice The researcher's verification is revoked; her open request must stop buying records, and
    /// anyone may close it so the budget goes back to her.
    function test_attack_revokedResearcherKeepsTrading() public {
        uint256 id = _open(MAX, 7 days);
        vm.prank(admin);
        accounts.revokeResearcher(researcher, keccak256("misconduct"));
        IDataMarket.TradeApproval memory a = _approval(id, seller, 0);
        bytes memory sig = _signApproval(market, sellerKey, a);
        bytes[] memory atts = _attestations(market, a);
        vm.expectRevert(
            abi.encodeWithSelector(
                bytes4(keccak256("ResearcherNotVerified(uint256,address)")), id, researcher
            )
        );
        market.settle(a, sig, atts);
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
