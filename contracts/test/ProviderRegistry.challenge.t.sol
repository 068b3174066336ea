// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IProviderRegistry} from "../src/interfaces/IProviderRegistry.sol";
import {ProviderFixture} from "./utils/ProviderFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @notice Misconduct challenges: opening, and what an upheld, dismissed or unanswered one does.
contract ProviderRegistryChallengeTest is ProviderFixture {
    address internal accused;
    address internal challenger = makeAddr("challenger");
    address internal opener = makeAddr("consentManager");

    function setUp() public override {
        super.setUp();
        accused = _certifiedProvider("accused");
        _fund(challenger, 10 * uint256(p.challengeBond));
        vm.prank(challenger);
        token.approve(address(providers), type(uint256).max);
        bytes32 role = providers.CHALLENGE_OPENER_ROLE();
        vm.prank(admin);
        providers.grantRole(role, opener);
    }

    function _challenge() internal returns (uint256 id) {
        vm.prank(challenger);
        id = providers.challenge(accused, bytes32("evidence"));
    }

    function _decide(uint256 id, uint256 yes, uint256 no) internal returns (IProviderRegistry.Outcome) {
        _vote(id, yes, no);
        return providers.finalize(id);
    }

    function _vote(uint256 id, uint256 yes, uint256 no) internal {
        for (uint256 i; i < yes + no; ++i) {
            _commit(id, voters[i], i < yes);
        }
        _toReveal(id);
        for (uint256 i; i < yes + no; ++i) {
            _reveal(id, voters[i], i < yes);
        }
        _toEnd(id);
    }

    function test_challenge_opensMisconductReviewWithBond() public {
        uint256 before = token.balanceOf(challenger);
        vm.expectEmit(true, true, true, false, address(providers));
        emit IProviderRegistry.ReviewOpened(
            1, IProviderRegistry.ReviewKind.Misconduct, accused, challenger, bytes32("evidence"), 0, 0
        );
        uint256 id = _challenge();
        IProviderRegistry.Review memory rv = providers.review(id);
        assertEq(uint8(rv.kind), uint8(IProviderRegistry.ReviewKind.Misconduct));
        assertEq(rv.challenger, challenger);
        assertEq(rv.challengerBond, p.challengeBond);
        assertEq(rv.evidence, bytes32("evidence"));
        assertEq(token.balanceOf(challenger), before - p.challengeBond);
        assertEq(providers.bondsHeld(), p.challengeBond);
        assertTrue(providers.isCertified(accused));
        _assertSolvent();
    }

    function test_RevertWhen_ChallengingSelf() public {
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.SelfChallenge.selector, accused));
        vm.prank(accused);
        providers.challenge(accused, 0);
    }

    function test_RevertWhen_ChallengingUncertified() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IProviderRegistry.NotChallengeable.selector, stranger, IProviderRegistry.Status.None
            )
        );
        vm.prank(challenger);
        providers.challenge(stranger, 0);
    }

    function test_RevertWhen_ChallengingUnderOpenReview() public {
        uint256 id = _challenge();
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.ReviewActive.selector, accused, id));
        vm.prank(challenger);
        providers.challenge(accused, 0);
    }

    function test_RevertWhen_ChallengerVotes() public {
        // A certified provider challenges a peer, then tries to judge it.
        vm.prank(voters[6]);
        uint256 id = providers.challenge(accused, 0);
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.IneligibleVoter.selector, id, voters[6]));
        vm.prank(voters[6]);
        providers.commitVote(id, bytes32("c"));
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.IneligibleVoter.selector, id, accused));
        vm.prank(accused);
        providers.commitVote(id, bytes32("c"));
    }

    function test_challenge_reachesUnbondingProvider() public {
        vm.prank(accused);
        providers.leave();
        uint256 id = _challenge();
        assertEq(providers.provider(accused).activeReview, id);
    }

    function test_finalize_upheldSlashesDecertifiesAndRewards() public {
        uint256 id = _challenge();
        uint256 before = token.balanceOf(challenger);
        uint256 slashed = uint256(p.minStake) * p.slashBps / 10_000;
        uint256 reward = slashed * p.challengerRewardBps / 10_000;
        _vote(id, 3, 0);
        vm.expectEmit(address(providers));
        emit IProviderRegistry.Slashed(accused, slashed, bytes32("evidence"), id);
        assertEq(uint8(providers.finalize(id)), uint8(IProviderRegistry.Outcome.Approved));
        assertFalse(providers.isCertified(accused));
        assertEq(uint8(providers.provider(accused).status), uint8(IProviderRegistry.Status.Unbonding));
        assertEq(providers.provider(accused).stake, p.minStake - slashed);
        assertEq(token.balanceOf(challenger), before + p.challengeBond + reward);
        assertEq(providers.forfeitPool(), slashed - reward);
        _assertSolvent();
    }

    function test_finalize_dismissedForfeitsChallengerBond() public {
        uint256 id = _challenge();
        uint256 before = token.balanceOf(challenger);
        assertEq(uint8(_decide(id, 1, 2)), uint8(IProviderRegistry.Outcome.Rejected));
        assertTrue(providers.isCertified(accused));
        assertEq(providers.provider(accused).stake, p.minStake);
        assertEq(token.balanceOf(challenger), before);
        uint256 penalty = uint256(p.voteBond) * p.voterPenaltyBps / 10_000;
        assertEq(providers.forfeitPool(), p.challengeBond + (penalty - (penalty / 2) * 2));
        _assertSolvent();
    }

    function test_finalize_noQuorumForfeitsChallengerBond() public {
        uint256 id = _challenge();
        uint256 before = token.balanceOf(challenger);
        uint256 pool = providers.forfeitPool();
        _vote(id, 1, 0);
        assertEq(uint8(providers.finalize(id)), uint8(IProviderRegistry.Outcome.NoQuorum));
        assertEq(token.balanceOf(challenger), before, "no bond back");
        assertEq(providers.forfeitPool(), pool + p.challengeBond);
        assertTrue(providers.isCertified(accused));
        _assertSolvent();
    }

    function test_RevertWhen_ChallengingAfterTheUnbondingDelay() public {
        vm.prank(accused);
        providers.leave();
        uint48 unbondAt = providers.provider(accused).unbondAt;
        vm.warp(unbondAt - 1);
        uint256 id = _challenge();
        _decide(id, 1, 0);
        vm.warp(unbondAt);
        vm.expectRevert(
            abi.encodeWithSelector(IProviderRegistry.ChallengeWindowOver.selector, accused, unbondAt)
        );
        _challenge();
        vm.prank(opener);
        vm.expectRevert(
            abi.encodeWithSelector(IProviderRegistry.ChallengeWindowOver.selector, accused, unbondAt)
        );
        providers.openChallengeFor(accused, challenger, bytes32("late"));
    }

    function test_withdraw_afterChallengeResolved() public {
        vm.prank(accused);
        providers.leave();
        uint256 id = _challenge();
        _decide(id, 3, 0);
        vm.warp(providers.provider(accused).unbondAt);
        uint256 slashed = uint256(p.minStake) * p.slashBps / 10_000;
        vm.prank(accused);
        assertEq(providers.withdraw(), p.minStake - slashed);
        _assertSolvent();
    }

    function test_openChallengeFor_opensWithoutBondAndCreditsChallenger() public {
        uint256 before = token.balanceOf(opener);
        vm.prank(opener);
        uint256 id = providers.openChallengeFor(accused, challenger, bytes32("dispute"));
        IProviderRegistry.Review memory rv = providers.review(id);
        assertEq(rv.challenger, challenger);
        assertEq(rv.challengerBond, 0);
        assertEq(token.balanceOf(opener), before);
        uint256 cBefore = token.balanceOf(challenger);
        _decide(id, 3, 0);
        uint256 slashed = uint256(p.minStake) * p.slashBps / 10_000;
        assertEq(token.balanceOf(challenger), cBefore + slashed * p.challengerRewardBps / 10_000);
        _assertSolvent();
    }

    function test_openChallengeFor_dismissedCostsNothing() public {
        vm.prank(opener);
        uint256 id = providers.openChallengeFor(accused, challenger, bytes32("dispute"));
        uint256 before = token.balanceOf(challenger);
        _decide(id, 0, 3);
        assertEq(token.balanceOf(challenger), before);
        _assertSolvent();
    }

    function test_RevertWhen_OpenerLacksRole() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                stranger,
                providers.CHALLENGE_OPENER_ROLE()
            )
        );
        vm.prank(stranger);
        providers.openChallengeFor(accused, challenger, 0);
    }

    function test_RevertWhen_OpenedForZeroChallenger() public {
        vm.expectRevert(IProviderRegistry.ZeroAddress.selector);
        vm.prank(opener);
        providers.openChallengeFor(accused, address(0), 0);
    }

    /// @dev Any slash and reward share: the challenger's gain plus the pool's gain is exactly the slash.
    function testFuzz_finalize_upheldSplitsSlashExactly(uint16 slashBps, uint16 rewardBps, uint256 stake)
        public
    {
        IProviderRegistry.Params memory q = p;
        q.slashBps = uint16(bound(slashBps, 1, 10_000));
        q.challengerRewardBps = uint16(bound(rewardBps, 0, 10_000));
        vm.prank(admin);
        providers.setParams(q);
        address big = makeAddr("big");
        stake = bound(stake, p.minStake, 1e24);
        _apply(big, stake);
        vm.prank(admin);
        providers.certify(big, 0);
        vm.prank(challenger);
        uint256 id = providers.challenge(big, 0);
        uint256 before = token.balanceOf(challenger);
        _decide(id, 3, 1);
        uint256 slashed = stake * q.slashBps / 10_000;
        assertEq(providers.provider(big).stake, stake - slashed);
        assertEq(
            token.balanceOf(challenger) - before - p.challengeBond + providers.forfeitPool(),
            slashed + _dust()
        );
        _assertSolvent();
    }

    /// @dev Forfeit pool contribution of the voters in a 3–1 decision (remainder of the split).
    function _dust() internal view returns (uint256) {
        uint256 penalty = uint256(p.voteBond) * p.voterPenaltyBps / 10_000;
        return penalty - (penalty / 3) * 3;
    }
}

/// @notice The griefer of the stake-lock attack: finalizes the open review and challenges again in the
/// same transaction, so the provider never sees a moment without an open review.
contract ChallengeGriefer {
    IProviderRegistry internal immutable REGISTRY;

    constructor(IProviderRegistry registry, IERC20 token) {
        REGISTRY = registry;
        token.approve(address(registry), type(uint256).max);
    }

    function rechallenge(address provider, uint256 openReview) external returns (uint256) {
        if (openReview != 0) REGISTRY.finalize(openReview);
        return REGISTRY.challenge(provider, bytes32("grief"));
    }
}

/// @notice The stake-lock attack: an unbonding provider kept from withdrawing by challenges that never
/// reach quorum, re-opened as each one ends.
contract ProviderRegistryStakeLockTest is ProviderFixture {
    function test_attack_griefingChallengesCannotLockAStakeForever() public {
        address accused = _certifiedProvider("accused");
        ChallengeGriefer griefer = new ChallengeGriefer(providers, token);
        _fund(address(griefer), 100 * uint256(p.challengeBond));
        vm.prank(accused);
        providers.leave();
        uint48 unbondAt = providers.provider(accused).unbondAt;
        uint256 review = griefer.rechallenge(accused, 0);
        // The griefer keeps it up for as long as it can: each review ends with no votes (no quorum).
        uint256 rounds;
        while (rounds < 40) {
            vm.warp(providers.review(review).revealEnd);
            try griefer.rechallenge(accused, review) returns (uint256 next) {
                review = next;
                ++rounds;
            } catch {
                break;
            }
        }
        // The provider withdraws within a bounded time: once unbonded, plus one review at most.
        uint256 bound = uint256(unbondAt) + p.commitWindow + p.revealWindow;
        assertLe(block.timestamp, bound, "the griefing outlasted the bound");
        vm.warp(bound);
        if (providers.provider(accused).activeReview != 0) {
            providers.finalize(providers.provider(accused).activeReview);
        }
        vm.prank(accused);
        assertEq(providers.withdraw(), p.minStake);
        // And it cost the griefer a bond per round: a review without quorum forfeits it.
        assertEq(token.balanceOf(address(griefer)), (100 - rounds - 1) * uint256(p.challengeBond));
    }
}
