// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {DataMarket} from "../src/DataMarket.sol";
import {IDataMarket} from "../src/interfaces/IDataMarket.sol";
import {MarketTestBase} from "./utils/MarketTestBase.sol";
import {HostileToken} from "./utils/mocks/HostileToken.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @notice A market on a token that re-enters on every transfer: every re-entry is refused and the outer
/// call's accounting is unchanged by the attempt.
contract DataMarketReentrancyTest is MarketTestBase {
    HostileToken internal hostile;
    DataMarket internal hm;
    uint256 internal id;
    address internal other;
    uint256 internal otherKey;

    function setUp() public override {
        super.setUp();
        hostile = new HostileToken();
        hm = new DataMarket(
            admin, address(forwarder), IERC20(address(hostile)), accounts, committee, treasury, 250, 1 days
        );
        bytes32 arbiterRole = hm.ARBITER_ROLE();
        vm.prank(admin);
        hm.grantRole(arbiterRole, arbiter);
        hostile.mint(researcher, 1_000_000e18);
        vm.prank(researcher);
        hostile.approve(address(hm), type(uint256).max);
        vm.prank(researcher);
        id = hm.openRequest(CRITERIA, PRICE, MAX, uint64(block.timestamp + 7 days));
        (other, otherKey) = makeAddrAndKey("other seller");
        _settleOn(seller, sellerKey);
        _settleOn(other, otherKey);
    }

    function _settleOn(address who, uint256 key) internal {
        IDataMarket.TradeApproval memory a = _approval(id, who, hm.nonces(who));
        hm.settle(a, _signApproval(hm, key, a), _attestations(hm, a));
    }

    function _assertRefused() internal view {
        assertTrue(hostile.attempted(), "no re-entry attempted");
        assertFalse(hostile.reentered(), "re-entry succeeded");
        assertEq(
            bytes4(hostile.reentryError()), ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector
        );
    }

    function test_claim_reenteringClaimChangesNothing() public {
        vm.warp(block.timestamp + hm.disputeWindow());
        hostile.arm(address(hm), abi.encodeCall(hm.claim, (id, other)));
        hm.claim(id, seller);
        _assertRefused();
        assertEq(hostile.balanceOf(seller), PRICE - (PRICE * 250) / 10_000);
        assertEq(hostile.balanceOf(other), 0);
        assertEq(uint8(hm.trade(id, other).status), uint8(IDataMarket.TradeStatus.Pending));
    }

    function test_claim_reenteringSettleChangesNothing() public {
        (address third, uint256 thirdKey) = makeAddrAndKey("third seller");
        IDataMarket.TradeApproval memory a = _approval(id, third, 0);
        bytes memory sig = _signApproval(hm, thirdKey, a);
        // A fully valid, attested approval: only the re-entrancy guard stops it.
        bytes[] memory atts = _attestations(hm, a);
        assertTrue(hm.isAttested(id, third, a.deliveryCommitment, atts));
        vm.warp(block.timestamp + hm.disputeWindow());
        hostile.arm(address(hm), abi.encodeCall(hm.settle, (a, sig, atts)));
        hm.claim(id, seller);
        _assertRefused();
        assertEq(hm.request(id).settled, 2);
        assertEq(hm.nonces(third), 0);
    }

    function test_close_reenteringRefundChangesNothing() public {
        hostile.arm(address(hm), abi.encodeCall(hm.refundExpired, (id)));
        uint256 before = hostile.balanceOf(researcher);
        vm.prank(researcher);
        hm.close(id);
        _assertRefused();
        assertEq(hostile.balanceOf(researcher), before + uint256(PRICE) * (MAX - 2));
    }

    function test_refundExpired_reenteringCloseChangesNothing() public {
        vm.warp(hm.request(id).deadline);
        hostile.arm(address(hm), abi.encodeCall(hm.claimMany, (new uint256[](0), new address[](0))));
        uint256 before = hostile.balanceOf(researcher);
        hm.refundExpired(id);
        _assertRefused();
        assertEq(hostile.balanceOf(researcher), before + uint256(PRICE) * (MAX - 2));
    }

    function test_resolve_reenteringClaimChangesNothing() public {
        vm.prank(researcher);
        hm.dispute(id, seller, bytes32(0));
        vm.warp(block.timestamp + hm.disputeWindow());
        // Closed, so the refund is a transfer (on an open request it returns to the budget).
        vm.prank(researcher);
        hm.close(id);
        hostile.arm(address(hm), abi.encodeCall(hm.claim, (id, other)));
        vm.prank(arbiter);
        hm.resolve(id, seller, false);
        _assertRefused();
        assertEq(uint8(hm.trade(id, other).status), uint8(IDataMarket.TradeStatus.Pending));
    }

    function test_collectFees_reenteringCollectChangesNothing() public {
        vm.warp(hm.request(id).deadline + hm.disputeWindow());
        hostile.arm(address(hm), abi.encodeCall(hm.collectFees, (id)));
        hm.collectFees(id);
        _assertRefused();
        assertEq(hostile.balanceOf(treasury), 2 * ((PRICE * 250) / 10_000));
    }

    function test_openRequest_reenteringOpenChangesNothing() public {
        hostile.arm(address(hm), abi.encodeCall(hm.close, (id)));
        vm.prank(researcher);
        hm.openRequest(CRITERIA, PRICE, 1, uint64(block.timestamp + 1 days));
        _assertRefused();
        assertFalse(hm.request(id).closed);
    }

    function test_accounting_balanceMatchesObligationsAfterAllPaths() public {
        vm.prank(researcher);
        hm.dispute(id, other, bytes32(0));
        vm.warp(hm.request(id).deadline + hm.disputeWindow());
        hm.claim(id, seller);
        vm.prank(arbiter);
        hm.resolve(id, other, false);
        hm.refundExpired(id);
        hm.collectFees(id);
        assertEq(hostile.balanceOf(address(hm)), 0);
    }
}
