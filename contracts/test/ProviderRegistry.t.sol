// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {ProviderRegistry} from "../src/ProviderRegistry.sol";
import {IAccountRegistry} from "../src/interfaces/IAccountRegistry.sol";
import {IProviderRegistry} from "../src/interfaces/IProviderRegistry.sol";
import {ProviderFixture} from "./utils/ProviderFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

/// @notice Staking, the authority path, unbonding, slashing, forfeits and parameters.
contract ProviderRegistryTest is ProviderFixture {
    address internal alice = makeAddr("alice");

    function _unauthorized(address who, bytes32 role) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, who, role);
    }

    // ------------------------------------------------------------ apply

    function test_applyForCertification_pullsStakeAndPends() public {
        _register(alice, IAccountRegistry.Role.Provider);
        _fund(alice, p.minStake);
        vm.startPrank(alice);
        token.approve(address(providers), p.minStake);
        vm.expectEmit(address(providers));
        emit IProviderRegistry.Applied(alice, p.minStake, bytes32("cred"));
        providers.applyForCertification(p.minStake, bytes32("cred"));
        vm.stopPrank();
        IProviderRegistry.Provider memory info = providers.provider(alice);
        assertEq(uint8(info.status), uint8(IProviderRegistry.Status.Pending));
        assertEq(info.stake, p.minStake);
        assertEq(token.balanceOf(alice), 0);
        assertFalse(providers.isCertified(alice));
        _assertSolvent();
    }

    function test_applyWithPermit_stakesWithoutApproval() public {
        (address bob, uint256 pk) = makeAddrAndKey("bob");
        _register(bob, IAccountRegistry.Role.Provider);
        _fund(bob, p.minStake);
        uint256 deadline = block.timestamp + 1 hours;
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256(
                    "Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"
                ),
                bob,
                address(providers),
                uint256(p.minStake),
                uint256(0),
                deadline
            )
        );
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(pk, keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash)));
        vm.prank(bob);
        providers.applyWithPermit(p.minStake, bytes32("cred"), deadline, v, r, s);
        assertEq(providers.provider(bob).stake, p.minStake);
    }

    function test_RevertWhen_PermitInvalidAndNoAllowance() public {
        _register(alice, IAccountRegistry.Role.Provider);
        _fund(alice, p.minStake);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(providers), 0, p.minStake
            )
        );
        vm.prank(alice);
        providers.applyWithPermit(p.minStake, 0, block.timestamp, 27, bytes32(0), bytes32(0));
    }

    function test_RevertWhen_ApplicantNotProviderAccount() public {
        _register(alice, IAccountRegistry.Role.Patient);
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.NotProviderAccount.selector, alice));
        vm.prank(alice);
        providers.applyForCertification(p.minStake, 0);
    }

    function test_RevertWhen_ApplyingTwice() public {
        _apply(alice, p.minStake);
        vm.expectRevert(
            abi.encodeWithSelector(
                IProviderRegistry.AlreadyApplied.selector, alice, IProviderRegistry.Status.Pending
            )
        );
        vm.prank(alice);
        providers.applyForCertification(p.minStake, 0);
    }

    function testFuzz_applyForCertification_enforcesMinimum(uint256 amount) public {
        amount = bound(amount, 0, 10 * uint256(p.minStake));
        _register(alice, IAccountRegistry.Role.Provider);
        _fund(alice, amount);
        vm.startPrank(alice);
        token.approve(address(providers), amount);
        if (amount < p.minStake) {
            vm.expectRevert(
                abi.encodeWithSelector(IProviderRegistry.StakeTooLow.selector, amount, p.minStake)
            );
        }
        providers.applyForCertification(amount, 0);
        vm.stopPrank();
        if (amount >= p.minStake) assertEq(providers.provider(alice).stake, amount);
        _assertSolvent();
    }

    // ------------------------------------------------------------ authority path

    function test_certify_certifiesAndCheckpoints() public {
        _apply(alice, p.minStake);
        vm.roll(100);
        vm.expectEmit(address(providers));
        emit IProviderRegistry.Certified(alice, 0, bytes32("ok"));
        vm.prank(admin);
        providers.certify(alice, bytes32("ok"));
        assertTrue(providers.isCertified(alice));
        assertTrue(providers.wasCertifiedAt(alice, 100));
        assertFalse(providers.wasCertifiedAt(alice, 99));
        assertTrue(providers.wasCertifiedAt(alice, type(uint256).max));
    }

    function test_RevertWhen_CertifierLacksRole() public {
        _apply(alice, p.minStake);
        vm.expectRevert(_unauthorized(stranger, providers.CERTIFIER_ROLE()));
        vm.prank(stranger);
        providers.certify(alice, 0);
    }

    function test_RevertWhen_CertifyingNonPending() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IProviderRegistry.NotPending.selector, alice, IProviderRegistry.Status.None
            )
        );
        vm.prank(admin);
        providers.certify(alice, 0);
    }

    function test_RevertWhen_CertifyingUnderPeerReview() public {
        (address applicant, uint256 id) = _applicantUnderReview("applicant");
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.ReviewActive.selector, applicant, id));
        vm.prank(admin);
        providers.certify(applicant, 0);
    }

    function test_reject_startsUnbonding() public {
        _apply(alice, p.minStake);
        vm.expectEmit(address(providers));
        emit IProviderRegistry.Rejected(alice, 0, bytes32("no"));
        vm.prank(admin);
        providers.reject(alice, bytes32("no"));
        IProviderRegistry.Provider memory info = providers.provider(alice);
        assertEq(uint8(info.status), uint8(IProviderRegistry.Status.Unbonding));
        assertEq(info.unbondAt, block.timestamp + p.unbondingDelay);
    }

    function test_RevertWhen_RejecterLacksRole() public {
        _apply(alice, p.minStake);
        vm.expectRevert(_unauthorized(stranger, providers.CERTIFIER_ROLE()));
        vm.prank(stranger);
        providers.reject(alice, 0);
    }

    function test_RevertWhen_RejectingNonPending() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IProviderRegistry.NotPending.selector, voters[0], IProviderRegistry.Status.Certified
            )
        );
        vm.prank(admin);
        providers.reject(voters[0], 0);
    }

    // ------------------------------------------------------------ leave / withdraw

    function test_leave_decertifiesAtOnce() public {
        address v = voters[0];
        vm.roll(50);
        vm.expectEmit(address(providers));
        emit IProviderRegistry.Decertified(v);
        vm.prank(v);
        providers.leave();
        assertFalse(providers.isCertified(v));
        assertFalse(providers.wasCertifiedAt(v, 50));
        assertTrue(providers.wasCertifiedAt(v, 49));
    }

    function test_RevertWhen_LeavingWhileInactive() public {
        vm.expectRevert(
            abi.encodeWithSelector(IProviderRegistry.NotActive.selector, alice, IProviderRegistry.Status.None)
        );
        vm.prank(alice);
        providers.leave();
    }

    function test_withdraw_paysStakeAfterDelay() public {
        address v = voters[0];
        uint256 before = token.balanceOf(v);
        vm.prank(v);
        providers.leave();
        vm.warp(block.timestamp + p.unbondingDelay);
        vm.expectEmit(address(providers));
        emit IProviderRegistry.Withdrawn(v, p.minStake);
        vm.prank(v);
        assertEq(providers.withdraw(), p.minStake);
        assertEq(token.balanceOf(v), before + p.minStake);
        assertEq(uint8(providers.provider(v).status), uint8(IProviderRegistry.Status.None));
        _assertSolvent();
    }

    function test_RevertWhen_WithdrawingBeforeDelay() public {
        address v = voters[0];
        vm.prank(v);
        providers.leave();
        uint64 at = uint64(block.timestamp + p.unbondingDelay);
        vm.warp(at - 1);
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.UnbondingNotOver.selector, v, at));
        vm.prank(v);
        providers.withdraw();
    }

    function test_RevertWhen_WithdrawingWithoutLeaving() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IProviderRegistry.NotUnbonding.selector, voters[0], IProviderRegistry.Status.Certified
            )
        );
        vm.prank(voters[0]);
        providers.withdraw();
    }

    function test_RevertWhen_WithdrawingUnderOpenChallenge() public {
        address v = voters[0];
        vm.prank(v);
        providers.leave();
        _fund(alice, p.challengeBond);
        vm.startPrank(alice);
        token.approve(address(providers), p.challengeBond);
        uint256 id = providers.challenge(v, bytes32("evidence"));
        vm.stopPrank();
        vm.warp(block.timestamp + p.unbondingDelay);
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.ReviewActive.selector, v, id));
        vm.prank(v);
        providers.withdraw();
    }

    function testFuzz_withdraw_onlyFromUnbondAt(uint64 wait) public {
        address v = voters[1];
        vm.prank(v);
        providers.leave();
        uint64 at = providers.provider(v).unbondAt;
        wait = uint64(bound(wait, 0, 2 * uint256(p.unbondingDelay)));
        vm.warp(block.timestamp + wait);
        if (block.timestamp < at) {
            vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.UnbondingNotOver.selector, v, at));
        }
        vm.prank(v);
        providers.withdraw();
    }

    // ------------------------------------------------------------ slashing and forfeits

    function test_slash_movesStakeToPoolAndDecertifiesBelowMinimum() public {
        address v = voters[0];
        vm.expectEmit(address(providers));
        emit IProviderRegistry.Slashed(v, 1e18, bytes32("ev"), 0);
        vm.prank(admin);
        providers.slash(v, 1e18, bytes32("ev"));
        assertEq(providers.provider(v).stake, p.minStake - 1e18);
        assertEq(providers.forfeitPool(), 1e18);
        assertFalse(providers.isCertified(v));
        assertEq(uint8(providers.provider(v).status), uint8(IProviderRegistry.Status.Unbonding));
        _assertSolvent();
    }

    function test_slash_keepsCertificationAboveMinimum() public {
        _apply(alice, 2 * uint256(p.minStake));
        vm.startPrank(admin);
        providers.certify(alice, 0);
        providers.slash(alice, 2 * uint256(p.minStake) / 10, 0);
        vm.stopPrank();
        assertTrue(providers.isCertified(alice));
    }

    function test_RevertWhen_SlasherLacksRole() public {
        vm.expectRevert(_unauthorized(stranger, providers.SLASHER_ROLE()));
        vm.prank(stranger);
        providers.slash(voters[0], 1, 0);
    }

    function test_RevertWhen_SlashZeroOrAboveTheDirectCap() public {
        uint256 cap = uint256(p.minStake) * providers.MAX_DIRECT_SLASH_BPS() / providers.BPS();
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.InvalidSlash.selector, voters[0], 0, cap));
        providers.slash(voters[0], 0, 0);
        vm.expectRevert(
            abi.encodeWithSelector(IProviderRegistry.InvalidSlash.selector, voters[0], cap + 1, cap)
        );
        providers.slash(voters[0], cap + 1, 0);
        vm.stopPrank();
    }

    /// @notice The slasher key alone cannot take a provider's stake: before, one `slash` took all of
    /// it, with no review (the same call on the previous code succeeds). Now a direct slash takes at
    /// most a tenth, once a month; more needs an upheld misconduct review.
    function test_attack_aSlasherKeyCannotTakeAStake() public {
        _apply(alice, 2 * uint256(p.minStake));
        vm.prank(admin);
        providers.certify(alice, 0);
        uint256 stake = providers.provider(alice).stake;
        uint256 cap = stake * providers.MAX_DIRECT_SLASH_BPS() / providers.BPS();
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.InvalidSlash.selector, alice, stake, cap));
        providers.slash(alice, stake, "take it all");
        providers.slash(alice, cap, "a tenth");
        uint48 nextAt = uint48(block.timestamp + providers.DIRECT_SLASH_COOLDOWN());
        // Slicing it in tenths, one after another, is refused too.
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.SlashTooSoon.selector, alice, nextAt));
        providers.slash(alice, 1, "and again");
        vm.warp(nextAt - 1);
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.SlashTooSoon.selector, alice, nextAt));
        providers.slash(alice, 1, "and again");
        vm.warp(nextAt);
        providers.slash(alice, 1, "a month later");
        vm.stopPrank();
        assertEq(providers.provider(alice).stake, stake - cap - 1, "a tenth and one token, no more");
        _assertSolvent();
    }

    function testFuzz_slash_neverLosesTokens(uint256 amount) public {
        amount = bound(amount, 1, uint256(p.minStake) / 10);
        vm.prank(admin);
        providers.slash(voters[2], amount, 0);
        assertEq(providers.provider(voters[2]).stake + providers.forfeitPool(), p.minStake);
        _assertSolvent();
    }

    function test_withdrawForfeits_paysTreasury() public {
        vm.startPrank(admin);
        providers.slash(voters[0], 10e18, 0);
        uint256 before = token.balanceOf(treasury);
        vm.expectEmit(address(providers));
        emit IProviderRegistry.ForfeitsWithdrawn(treasury, 4e18);
        providers.withdrawForfeits(4e18);
        vm.stopPrank();
        assertEq(token.balanceOf(treasury), before + 4e18);
        assertEq(providers.forfeitPool(), 6e18);
        _assertSolvent();
    }

    function test_RevertWhen_TreasurerLacksRole() public {
        vm.expectRevert(_unauthorized(stranger, providers.TREASURER_ROLE()));
        vm.prank(stranger);
        providers.withdrawForfeits(1);
    }

    function test_RevertWhen_ForfeitAmountInvalid() public {
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.InvalidForfeitAmount.selector, 0, 0));
        providers.withdrawForfeits(0);
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.InvalidForfeitAmount.selector, 1, 0));
        providers.withdrawForfeits(1);
        vm.stopPrank();
    }

    // ------------------------------------------------------------ parameters

    function test_setParams_storesAndEmits() public {
        IProviderRegistry.Params memory q = p;
        q.quorum = 5;
        q.minStake = 2000e18;
        vm.expectEmit(address(providers));
        emit IProviderRegistry.ParamsSet(q);
        vm.prank(admin);
        providers.setParams(q);
        assertEq(providers.params().quorum, 5);
        assertEq(providers.params().minStake, 2000e18);
    }

    function test_RevertWhen_ParamsSetterLacksRole() public {
        vm.expectRevert(_unauthorized(stranger, providers.PARAMS_ROLE()));
        vm.prank(stranger);
        providers.setParams(p);
    }

    function testFuzz_setParams_rejectsOutOfBounds(uint8 which, uint256 value) public {
        which = uint8(bound(which, 0, 9));
        IProviderRegistry.Params memory q = p;
        uint256 lo;
        uint256 hi;
        if (which == 0) (lo, hi) = (providers.MIN_STAKE_FLOOR(), providers.MIN_STAKE_CEIL());
        else if (which <= 2) (lo, hi) = (providers.BOND_FLOOR(), providers.BOND_CEIL());
        else if (which <= 4) (lo, hi) = (providers.WINDOW_FLOOR(), providers.WINDOW_CEIL());
        else if (which == 5) (lo, hi) = (providers.UNBONDING_FLOOR(), providers.UNBONDING_CEIL());
        else if (which == 6) (lo, hi) = (1, providers.QUORUM_CEIL());
        else if (which == 8) (lo, hi) = (1, providers.BPS());
        else (lo, hi) = (0, providers.BPS());
        // An out-of-bounds value that still fits the field's type.
        uint256 fieldMax = which <= 2 ? type(uint128).max : which <= 5 ? type(uint64).max : type(uint16).max;
        bool below = lo > 0 && value % 2 == 0;
        if (!below && hi == fieldMax) return;
        value = below ? bound(value, 0, lo - 1) : bound(value, hi + 1, fieldMax);
        if (which == 0) q.minStake = uint128(value);
        else if (which == 1) q.voteBond = uint128(value);
        else if (which == 2) q.challengeBond = uint128(value);
        else if (which == 3) q.commitWindow = uint64(value);
        else if (which == 4) q.revealWindow = uint64(value);
        else if (which == 5) q.unbondingDelay = uint64(value);
        else if (which == 6) q.quorum = uint16(value);
        else if (which == 7) q.voterPenaltyBps = uint16(value);
        else if (which == 8) q.slashBps = uint16(value);
        else q.challengerRewardBps = uint16(value);
        vm.expectRevert(
            abi.encodeWithSelector(
                IProviderRegistry.ParamOutOfBounds.selector, IProviderRegistry.Param(which), value, lo, hi
            )
        );
        vm.prank(admin);
        providers.setParams(q);
    }

    function test_setTreasury_redirectsForfeits() public {
        vm.expectEmit(address(providers));
        emit IProviderRegistry.TreasurySet(alice);
        vm.prank(admin);
        providers.setTreasury(alice);
        assertEq(providers.treasury(), alice);
    }

    function test_RevertWhen_TreasurySetterLacksRole() public {
        vm.expectRevert(_unauthorized(stranger, providers.DEFAULT_ADMIN_ROLE()));
        vm.prank(stranger);
        providers.setTreasury(alice);
    }

    function test_RevertWhen_TreasuryIsZero() public {
        vm.expectRevert(IProviderRegistry.ZeroAddress.selector);
        vm.prank(admin);
        providers.setTreasury(address(0));
    }

    function test_RevertWhen_ConstructedWithZeroToken() public {
        vm.expectRevert(IProviderRegistry.ZeroAddress.selector);
        new ProviderRegistry(admin, address(forwarder), token, IAccountRegistry(address(0)), treasury, p);
    }
}
