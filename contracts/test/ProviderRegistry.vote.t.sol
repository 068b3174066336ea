// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IProviderRegistry} from "../src/interfaces/IProviderRegistry.sol";
import {ProviderFixture} from "./utils/ProviderFixture.sol";

/// @notice Peer review of applications: commit, reveal, finalize and bond claims.
contract ProviderRegistryVoteTest is ProviderFixture {
    address internal applicant;
    uint256 internal id;

    function setUp() public override {
        super.setUp();
        (applicant, id) = _applicantUnderReview("applicant");
    }

    // ------------------------------------------------------------ requestReview

    function test_requestReview_opensWindows() public view {
        IProviderRegistry.Review memory rv = providers.review(id);
        assertEq(rv.subject, applicant);
        assertEq(uint8(rv.kind), uint8(IProviderRegistry.ReviewKind.Certification));
        assertEq(rv.commitEnd, block.timestamp + p.commitWindow);
        assertEq(rv.revealEnd, rv.commitEnd + p.revealWindow);
        assertEq(rv.voteBond, p.voteBond);
        assertEq(rv.quorum, p.quorum);
        assertEq(providers.provider(applicant).activeReview, id);
        assertEq(providers.reviewCount(), 1);
    }

    function test_RevertWhen_RequestingReviewTwice() public {
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.ReviewActive.selector, applicant, id));
        vm.prank(applicant);
        providers.requestReview();
    }

    function test_RevertWhen_RequestingReviewWithoutApplying() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IProviderRegistry.NotPending.selector, stranger, IProviderRegistry.Status.None
            )
        );
        vm.prank(stranger);
        providers.requestReview();
    }

    // ------------------------------------------------------------ commit

    function test_commitVote_storesCommitmentAndPullsBond() public {
        address v = voters[0];
        bytes32 c = providers.voteCommitment(id, v, true, _salt(v));
        uint256 before = token.balanceOf(v);
        vm.expectEmit(address(providers));
        emit IProviderRegistry.VoteCommitted(id, v, c);
        vm.prank(v);
        providers.commitVote(id, c);
        assertEq(providers.ballot(id, v).commitment, c);
        assertEq(token.balanceOf(v), before - p.voteBond);
        assertEq(providers.bondsHeld(), p.voteBond);
        assertEq(providers.review(id).commits, 1);
        _assertSolvent();
    }

    function test_RevertWhen_CommitAfterWindow() public {
        _toReveal(id);
        uint64 commitEnd = providers.review(id).commitEnd;
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.CommitClosed.selector, id, commitEnd));
        vm.prank(voters[0]);
        providers.commitVote(id, bytes32("c"));
    }

    function test_RevertWhen_CommitOnUnknownReview() public {
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.UnknownReview.selector, 99));
        vm.prank(voters[0]);
        providers.commitVote(99, bytes32("c"));
    }

    function test_RevertWhen_UncertifiedCommits() public {
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.NotCertified.selector, stranger));
        vm.prank(stranger);
        providers.commitVote(id, bytes32("c"));
    }

    function test_RevertWhen_SubjectCommits() public {
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.IneligibleVoter.selector, id, applicant));
        vm.prank(applicant);
        providers.commitVote(id, bytes32("c"));
    }

    function test_RevertWhen_CommitmentEmpty() public {
        vm.expectRevert(IProviderRegistry.EmptyCommitment.selector);
        vm.prank(voters[0]);
        providers.commitVote(id, bytes32(0));
    }

    function test_RevertWhen_CommittingTwice() public {
        _commit(id, voters[0], true);
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.AlreadyCommitted.selector, id, voters[0]));
        vm.prank(voters[0]);
        providers.commitVote(id, bytes32("again"));
    }

    // ------------------------------------------------------------ reveal

    function test_revealVote_countsVote() public {
        _commit(id, voters[0], false);
        _toReveal(id);
        vm.expectEmit(address(providers));
        emit IProviderRegistry.VoteRevealed(id, voters[0], false);
        _reveal(id, voters[0], false);
        IProviderRegistry.Ballot memory b = providers.ballot(id, voters[0]);
        assertTrue(b.revealed);
        assertFalse(b.approve);
        assertEq(providers.review(id).no, 1);
    }

    function test_RevertWhen_RevealDuringCommitPhase() public {
        _commit(id, voters[0], true);
        IProviderRegistry.Review memory rv = providers.review(id);
        vm.expectRevert(
            abi.encodeWithSelector(IProviderRegistry.NotRevealPhase.selector, id, rv.commitEnd, rv.revealEnd)
        );
        _reveal(id, voters[0], true);
    }

    function test_RevertWhen_RevealAfterWindow() public {
        _commit(id, voters[0], true);
        IProviderRegistry.Review memory rv = providers.review(id);
        _toEnd(id);
        vm.expectRevert(
            abi.encodeWithSelector(IProviderRegistry.NotRevealPhase.selector, id, rv.commitEnd, rv.revealEnd)
        );
        _reveal(id, voters[0], true);
    }

    function test_RevertWhen_RevealWithoutCommit() public {
        _toReveal(id);
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.NoCommitment.selector, id, voters[0]));
        _reveal(id, voters[0], true);
    }

    function test_RevertWhen_RevealingTwice() public {
        _commit(id, voters[0], true);
        _toReveal(id);
        _reveal(id, voters[0], true);
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.AlreadyRevealed.selector, id, voters[0]));
        _reveal(id, voters[0], true);
    }

    function test_RevertWhen_RevealDiffersFromCommitment() public {
        _commit(id, voters[0], true);
        _toReveal(id);
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.CommitmentMismatch.selector, id, voters[0]));
        _reveal(id, voters[0], false);
    }

    function test_RevertWhen_CopiedCommitmentRevealed() public {
        // voters[1] copies voters[0]'s commitment: it binds voters[0]'s address, so it cannot be opened.
        _commit(id, voters[0], true);
        bytes32 c = providers.ballot(id, voters[0]).commitment;
        vm.prank(voters[1]);
        providers.commitVote(id, c);
        _toReveal(id);
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.CommitmentMismatch.selector, id, voters[1]));
        vm.prank(voters[1]);
        providers.revealVote(id, true, _salt(voters[0]));
    }

    // ------------------------------------------------------------ finalize and claims

    function test_finalize_majorityCertifiesAndPaysWinners() public {
        // 3 yes, 1 no, 1 silent: yes wins; the no-voter and the silent one forfeit half their bond.
        for (uint256 i; i < 5; ++i) {
            _commit(id, voters[i], i != 3);
        }
        _toReveal(id);
        for (uint256 i; i < 4; ++i) {
            _reveal(id, voters[i], i != 3);
        }
        _toEnd(id);
        vm.roll(block.number + 1);
        uint256 penalty = uint256(p.voteBond) * p.voterPenaltyBps / 10_000;
        uint256 share = 2 * penalty / 3;
        vm.expectEmit(address(providers));
        emit IProviderRegistry.ReviewFinalized(
            id,
            IProviderRegistry.Outcome.Approved,
            3,
            1,
            uint128(p.voteBond + share),
            uint128(p.voteBond - penalty)
        );
        vm.expectEmit(address(providers));
        emit IProviderRegistry.Certified(applicant, id, bytes32(0));
        assertEq(uint8(providers.finalize(id)), uint8(IProviderRegistry.Outcome.Approved));
        assertTrue(providers.isCertified(applicant));
        assertTrue(providers.wasCertifiedAt(applicant, block.number));
        assertFalse(providers.wasCertifiedAt(applicant, block.number - 1));
        assertEq(providers.provider(applicant).activeReview, 0);
        assertEq(providers.forfeitPool(), 2 * penalty - 3 * share);

        for (uint256 i; i < 5; ++i) {
            uint256 before = token.balanceOf(voters[i]);
            vm.prank(voters[i]);
            uint256 paid = providers.claimBond(id);
            uint256 expected = i < 3 ? p.voteBond + share : p.voteBond - penalty;
            assertEq(paid, expected);
            assertEq(token.balanceOf(voters[i]), before + expected);
        }
        assertEq(providers.bondsHeld(), 0);
        _assertSolvent();
    }

    function test_finalize_tieRejects() public {
        for (uint256 i; i < 4; ++i) {
            _commit(id, voters[i], i < 2);
        }
        _toReveal(id);
        for (uint256 i; i < 4; ++i) {
            _reveal(id, voters[i], i < 2);
        }
        _toEnd(id);
        vm.expectEmit(address(providers));
        emit IProviderRegistry.Rejected(applicant, id, bytes32(0));
        assertEq(uint8(providers.finalize(id)), uint8(IProviderRegistry.Outcome.Rejected));
        assertEq(uint8(providers.provider(applicant).status), uint8(IProviderRegistry.Status.Unbonding));
        vm.prank(voters[2]);
        assertGt(providers.claimBond(id), p.voteBond);
        vm.prank(voters[0]);
        assertLt(providers.claimBond(id), p.voteBond);
    }

    function test_finalize_noQuorumKeepsPendingAndPenalisesOnlySilence() public {
        for (uint256 i; i < 3; ++i) {
            _commit(id, voters[i], true);
        }
        _toReveal(id);
        _reveal(id, voters[0], true);
        _reveal(id, voters[1], true);
        _toEnd(id);
        assertEq(uint8(providers.finalize(id)), uint8(IProviderRegistry.Outcome.NoQuorum));
        assertEq(uint8(providers.provider(applicant).status), uint8(IProviderRegistry.Status.Pending));
        uint256 penalty = uint256(p.voteBond) * p.voterPenaltyBps / 10_000;
        assertEq(providers.forfeitPool(), penalty);
        vm.prank(voters[0]);
        assertEq(providers.claimBond(id), p.voteBond);
        vm.prank(voters[2]);
        assertEq(providers.claimBond(id), p.voteBond - penalty);
        assertEq(providers.bondsHeld(), p.voteBond);
        _assertSolvent();
        // The applicant may try again.
        vm.prank(applicant);
        assertEq(providers.requestReview(), 2);
    }

    function test_finalize_leftApplicantStaysUnbonding() public {
        for (uint256 i; i < 3; ++i) {
            _commit(id, voters[i], true);
        }
        vm.prank(applicant);
        providers.leave();
        _toReveal(id);
        for (uint256 i; i < 3; ++i) {
            _reveal(id, voters[i], true);
        }
        _toEnd(id);
        assertEq(uint8(providers.finalize(id)), uint8(IProviderRegistry.Outcome.Approved));
        assertFalse(providers.isCertified(applicant));
        assertEq(uint8(providers.provider(applicant).status), uint8(IProviderRegistry.Status.Unbonding));
    }

    function test_RevertWhen_FinalizeBeforeRevealEnds() public {
        _toReveal(id);
        uint64 revealEnd = providers.review(id).revealEnd;
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.RevealNotOver.selector, id, revealEnd));
        providers.finalize(id);
    }

    function test_RevertWhen_FinalizingTwice() public {
        _toEnd(id);
        providers.finalize(id);
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.AlreadyFinalized.selector, id));
        providers.finalize(id);
    }

    function test_RevertWhen_FinalizingUnknownReview() public {
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.UnknownReview.selector, 0));
        providers.finalize(0);
    }

    function test_RevertWhen_ClaimBeforeFinalize() public {
        _commit(id, voters[0], true);
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.NotFinalized.selector, id));
        vm.prank(voters[0]);
        providers.claimBond(id);
    }

    function test_RevertWhen_ClaimWithoutCommit() public {
        _toEnd(id);
        providers.finalize(id);
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.NoCommitment.selector, id, voters[0]));
        vm.prank(voters[0]);
        providers.claimBond(id);
    }

    function test_RevertWhen_ClaimingTwice() public {
        _commit(id, voters[0], true);
        _toEnd(id);
        providers.finalize(id);
        vm.startPrank(voters[0]);
        providers.claimBond(id);
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.AlreadyClaimed.selector, id, voters[0]));
        providers.claimBond(id);
        vm.stopPrank();
    }

    /// @dev Any mix of yes, no and silent voters: the outcome follows the strict-majority rule and every
    /// token is accounted for once all bonds are claimed.
    function testFuzz_finalize_voteMixConservesTokens(uint8 yes, uint8 no, uint8 silent, uint16 penaltyBps)
        public
    {
        yes = uint8(bound(yes, 0, 7));
        no = uint8(bound(no, 0, 7 - yes));
        silent = uint8(bound(silent, 0, 7 - yes - no));
        IProviderRegistry.Params memory q = p;
        q.voterPenaltyBps = uint16(bound(penaltyBps, 0, 10_000));
        vm.prank(admin);
        providers.setParams(q);
        (address subject, uint256 rid) = _applicantUnderReview("subject");

        uint256 n = uint256(yes) + no + silent;
        for (uint256 i; i < n; ++i) {
            _commit(rid, voters[i], i < yes);
        }
        _toReveal(rid);
        for (uint256 i; i < uint256(yes) + no; ++i) {
            _reveal(rid, voters[i], i < yes);
        }
        _toEnd(rid);
        uint256 poolBefore = providers.forfeitPool();
        IProviderRegistry.Outcome outcome = providers.finalize(rid);
        if (uint256(yes) + no < p.quorum) {
            assertEq(uint8(outcome), uint8(IProviderRegistry.Outcome.NoQuorum));
        } else if (yes > no && yes >= providers.review(rid).minApprovals) {
            assertEq(uint8(outcome), uint8(IProviderRegistry.Outcome.Approved));
        } else {
            assertEq(uint8(outcome), uint8(IProviderRegistry.Outcome.Rejected));
        }
        assertEq(providers.isCertified(subject), outcome == IProviderRegistry.Outcome.Approved);

        uint256 paid;
        for (uint256 i; i < n; ++i) {
            vm.prank(voters[i]);
            paid += providers.claimBond(rid);
        }
        assertEq(paid + providers.forfeitPool() - poolBefore, n * p.voteBond);
        assertEq(providers.bondsHeld(), 0);
        _assertSolvent();
    }
}
