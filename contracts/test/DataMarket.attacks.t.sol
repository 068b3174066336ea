// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {DataMarket} from "../src/DataMarket.sol";
import {IDataMarket} from "../src/interfaces/IDataMarket.sol";
import {MarketTestBase} from "./utils/MarketTestBase.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
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

    // ---------------------------------------------------------------- disputes

    /// @notice A researcher disputes every trade: each dispute must cost her a bond.
    function test_attack_disputeIsFree() public {
        uint256 id = _open(MAX, 7 days);
        _settleAs(id, seller, sellerKey);
        uint256 before = token.balanceOf(researcher);
        vm.prank(researcher);
        market.dispute(id, seller, keccak256("no reason"));
        assertEq(before - token.balanceOf(researcher), _bond(PRICE), "dispute was free");
        // Without the bond approved, no dispute.
        _settleAs(id, other, otherKey);
        vm.prank(researcher);
        token.approve(address(market), 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(market), 0, _bond(PRICE)
            )
        );
        vm.prank(researcher);
        market.dispute(id, other, keccak256("no reason"));
    }

    /// @notice The arbiter never answers: after the arbitration window anyone settles the dispute for the
    /// seller, and the researcher's bond comes back.
    function test_attack_silentArbiterStrandsPayment() public {
        uint256 id = _open(MAX, 7 days);
        uint256 payout = _settle(id);
        vm.prank(researcher);
        market.dispute(id, seller, keccak256("no reason"));
        uint64 endsAt = uint64(block.timestamp) + market.ARBITRATION_WINDOW();
        vm.warp(endsAt - 1);
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.ArbitrationWindowOpen.selector, endsAt));
        market.settleUnresolved(id, seller);
        vm.warp(endsAt);
        uint256 before = token.balanceOf(researcher);
        vm.prank(stranger);
        market.settleUnresolved(id, seller);
        assertEq(token.balanceOf(seller), payout);
        assertEq(token.balanceOf(researcher), before + _bond(PRICE));
        // Nothing of this trade is left in escrow but its fee, which the treasury collects once closed.
        vm.prank(researcher);
        market.close(id);
        market.collectFees(id);
        assertEq(token.balanceOf(address(market)), 0);
    }

    /// @notice A one-minute dispute window leaves a researcher no time to check a delivery: refused.
    function test_attack_oneMinuteDisputeWindow() public {
        vm.expectRevert(
            abi.encodeWithSelector(IDataMarket.DisputeWindowOutOfBounds.selector, uint64(1 minutes))
        );
        new DataMarket(
            admin, address(forwarder), IERC20(address(token)), accounts, committee, treasury, 250, 1 minutes
        );
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
