// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IAccountRegistry} from "../../src/interfaces/IAccountRegistry.sol";
import {IProviderRegistry} from "../../src/interfaces/IProviderRegistry.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {ProviderRegistryHandler} from "./handlers/ProviderRegistryHandler.sol";
import {console} from "forge-std/console.sol";

/// @notice The ProviderRegistry against a model of its rules, under honest providers, a cartel of three
/// that votes together, accomplices certified during open reviews, sybils and a challenge griefer: the
/// registry holds exactly what the model owes, every provider stands where the model says, an honest
/// provider always gets out within one review of its unbonding, the cartel certifies nobody below the
/// quorum share, and nobody votes in a review who was certified in or after its opening block.
contract ProviderRegistryInvariantTest is BaseTest {
    uint256 internal constant HONEST = 10;
    uint256 internal constant CERTIFIED_HONEST = 8;
    /// @dev Per run (64 calls at the default profile, over 18 actions): at least a quarter of the calls
    /// change something, the main actions succeed at least MIN_SUCCESSES times in all, and MIN_DISTINCT
    /// of them at least once. The least seen over the default profile's runs is 8 and 4.
    uint256 internal constant MIN_SUCCESSES = 6;
    uint256 internal constant MIN_PRODUCTIVE_PCT = 25;
    uint256 internal constant MIN_DISTINCT = 3;

    ProviderRegistryHandler internal handler;

    function setUp() public override {
        super.setUp();
        // Short windows so that reviews open, close and finalize within one run.
        IProviderRegistry.Params memory q = providers.params();
        q.commitWindow = 1 hours;
        q.revealWindow = 1 hours;
        q.unbondingDelay = 1 days;
        vm.prank(admin);
        providers.setParams(q);

        address[] memory honest = _providers("honest", HONEST);
        address[] memory cartel = _providers("cartel", 3);
        address[] memory sybils = _providers("sybil", 2);
        address[] memory accomplices = _providers("accomplice", 2);
        handler = new ProviderRegistryHandler(
            token, providers, admin, treasury, q, honest, CERTIFIED_HONEST, cartel, sybils, accomplices
        );
        // Eight honest and three cartel providers certified, the others applied: a quorum of 4 (30 % of
        // 11) at first, so the cartel alone is below it until honest providers leave.
        vm.roll(block.number + 1);

        // Voting, revealing, finalizing and time weigh double: reviews must reach their end in a run.
        bytes4[] memory selectors = new bytes4[](22);
        selectors[0] = handler.applyFor.selector;
        selectors[1] = handler.certify.selector;
        selectors[2] = handler.requestReview.selector;
        selectors[3] = handler.challenge.selector;
        selectors[4] = handler.grief.selector;
        selectors[5] = handler.vote.selector;
        selectors[6] = handler.vote.selector;
        selectors[7] = handler.cartelVote.selector;
        selectors[8] = handler.reveal.selector;
        selectors[9] = handler.reveal.selector;
        selectors[10] = handler.finalize.selector;
        selectors[11] = handler.finalize.selector;
        selectors[12] = handler.claim.selector;
        selectors[13] = handler.leave.selector;
        selectors[14] = handler.withdraw.selector;
        selectors[15] = handler.honestExit.selector;
        selectors[16] = handler.slash.selector;
        selectors[17] = handler.withdrawForfeits.selector;
        selectors[18] = handler.setParams.selector;
        selectors[19] = handler.warp.selector;
        selectors[20] = handler.warp.selector;
        selectors[21] = handler.requestReview.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    function _providers(string memory name, uint256 n) internal returns (address[] memory list) {
        list = new address[](n);
        for (uint256 i; i < n; ++i) {
            list[i] = makeAddr(string.concat(name, vm.toString(i)));
            _register(list[i], IAccountRegistry.Role.Provider);
        }
    }

    /// @notice The registry holds exactly the model's outstanding stakes, vote bonds of open reviews,
    /// unclaimed payouts, open challengers' bonds and forfeit pool, and its own buckets say the same.
    function invariant_HoldsWhatTheModelOwes() public view {
        uint256 stakes = handler.outstandingStakes();
        uint256 bonds = handler.openVoteBonds() + handler.unclaimedPayouts() + handler.openChallengerBonds();
        uint256 pool = handler.forfeitPool();
        assertEq(token.balanceOf(address(providers)), stakes + bonds + pool, "holdings");
        assertEq(providers.totalStaked(), stakes, "totalStaked");
        assertEq(providers.bondsHeld(), bonds, "bondsHeld");
        assertEq(providers.forfeitPool(), pool, "forfeitPool");
    }

    /// @notice Every provider's stake, status, unbonding time, open review and certification are the
    /// model's, and every party holds the tokens the model says (payouts, refunds and withdrawals went
    /// to whom the rules say, in the amounts they say).
    function invariant_PartiesMatchModel() public view {
        for (uint256 i; i < handler.actorCount(); ++i) {
            address a = handler.actors(i);
            ProviderRegistryHandler.Model memory m = handler.model(a);
            IProviderRegistry.Provider memory p = providers.provider(a);
            assertEq(p.stake, m.stake, "stake");
            assertEq(uint8(p.status), uint8(m.status), "status");
            assertEq(p.activeReview, m.activeReview, "activeReview");
            if (m.status == IProviderRegistry.Status.Unbonding) assertEq(p.unbondAt, m.unbondAt, "unbondAt");
            assertEq(providers.isCertified(a), m.status == IProviderRegistry.Status.Certified, "certified");
            assertEq(token.balanceOf(a), handler.wallet(a), "wallet");
        }
        assertEq(token.balanceOf(address(handler.griefer())), handler.wallet(address(handler.griefer())));
        assertEq(token.balanceOf(treasury), handler.wallet(treasury), "treasury");
        assertEq(providers.certifiedCount(), handler.certifiedCount(), "certifiedCount");
    }

    /// @notice Every call was applied or refused as the model predicted, and returned what it predicted.
    function invariant_EveryOutcomeAsPredicted() public view {
        assertEq(handler.mismatches(), 0, handler.firstMismatch());
    }

    /// @notice An honest unbonding provider is out by `unbondAt + commitWindow + revealWindow`: no review
    /// of it (the griefer's included) ends later, and each that waited out its bound withdrew.
    function invariant_HonestExitWithinBound() public view {
        assertEq(handler.honestStuck(), 0, "stuck");
        for (uint256 i; i < handler.actorCount(); ++i) {
            address a = handler.actors(i);
            ProviderRegistryHandler.Model memory m = handler.model(a);
            if (handler.kindOf(a) != ProviderRegistryHandler.Kind.Honest || m.activeReview == 0) continue;
            if (m.status != IProviderRegistry.Status.Unbonding) continue;
            assertLe(
                providers.review(m.activeReview).revealEnd, handler.exitBound(a), "review outlasts bound"
            );
        }
    }

    /// @notice Each review's quorum is the model's (`quorum`, or 30 % of the providers the model had
    /// certified when it opened), and no sybil was certified with fewer colluders' approvals than that.
    function invariant_CartelNeverCertifiesBelowShare() public view {
        assertEq(handler.cartelCertifiedBelowShare(), 0);
        uint256 n = handler.reviewCount();
        for (uint256 id = n > 8 ? n - 7 : 1; id <= n; ++id) {
            assertEq(providers.review(id).quorum, handler.reviewModel(id).quorum, "quorum");
        }
    }

    /// @notice No ballot of a recent review is from a provider the model had not certified by the end of
    /// the block before the review opened.
    function invariant_NoVoterCertifiedDuringTheReview() public view {
        assertEq(handler.lateVoterCommits(), 0);
        uint256 n = handler.reviewCount();
        for (uint256 id = n > 4 ? n - 3 : 1; id <= n; ++id) {
            uint256 openedIn = handler.reviewModel(id).openedIn;
            assertEq(providers.reviewOpenedIn(id), openedIn, "opened in");
            for (uint256 i; i < handler.actorCount(); ++i) {
                address a = handler.actors(i);
                if (providers.ballot(id, a).commitment == 0) continue;
                assertTrue(handler.certifiedAt(a, openedIn - 1), "voter certified late");
            }
        }
    }

    /// @notice The handler is not vacuous: one scripted sequence takes the cartel below and then at the
    /// quorum share, has an accomplice certified during an open review try to vote in it, and has the
    /// griefer re-challenge a leaving honest provider until its window closes; every outcome is as the
    /// model predicted and the invariants hold after it.
    function test_handler_reachesCartelLateVoterAndGrieferOutcomes() public {
        // Actors: honest 0..9, cartel 10..12, sybils 13..14, accomplices 15..16.
        handler.requestReview(13); // sybil0, while 11 are certified: quorum 4
        handler.cartelVote(0);
        handler.certify(15); // accomplice0, certified during the review: its vote is refused
        assertEq(handler.refusals("late vote"), 1, "late vote refused");
        handler.reveal(0, 1);
        handler.warp(5); // a day
        handler.finalize(1);
        assertEq(handler.successes("sybil kept out"), 1, "three below a quorum of four");

        // Two honest providers leave (one griefed): 10 certified, quorum 3, so the cartel alone is enough.
        handler.honestExit(0); // honest0 leaves
        handler.leave(9); // honest2 leaves
        handler.grief(0); // challenges honest0
        uint256 rounds;
        for (uint256 i; i < 30; ++i) {
            handler.warp(4); // an hour
            handler.grief(0);
        }
        rounds = handler.successes("grief");
        assertGt(rounds, 5, "the griefer kept at it");
        assertGt(handler.refusals("grief"), 0, "until the window closed");
        handler.honestExit(0); // past its bound: finalizes the last challenge and withdraws
        assertEq(uint8(handler.model(handler.actors(0)).status), 0, "honest0 out");

        handler.requestReview(13); // sybil0 again
        handler.cartelVote(0);
        handler.reveal(0, 1);
        handler.warp(5);
        handler.finalize(1);
        assertEq(handler.successes("sybil certified at quorum"), 1, "three of a quorum of three");
        assertTrue(providers.isCertified(handler.actors(13)));

        invariant_EveryOutcomeAsPredicted();
        invariant_HoldsWhatTheModelOwes();
        invariant_PartiesMatchModel();
        invariant_HonestExitWithinBound();
        invariant_CartelNeverCertifiesBelowShare();
        invariant_NoVoterCertifiedDuringTheReview();
    }

    /// @notice Once a run is over: every honest unbonding provider gets out after its bound, and the run
    /// was not blind (the main actions succeeded, so the properties were exercised).
    function afterInvariant() public {
        handler.exitAllHonest();
        assertEq(handler.honestStuck(), 0, "an honest provider could not exit");
        assertEq(handler.mismatches(), 0, handler.firstMismatch());
        invariant_HoldsWhatTheModelOwes();

        string[12] memory actions = [
            "apply",
            "certify",
            "requestReview",
            "challenge",
            "grief",
            "honest vote",
            "cartel vote",
            "reveal",
            "finalize",
            "claim",
            "leave",
            "withdraw"
        ];
        uint256 total;
        uint256 distinct;
        for (uint256 i; i < actions.length; ++i) {
            uint256 n = handler.successes(actions[i]);
            total += n;
            if (n != 0) ++distinct;
            console.log(actions[i], n);
        }
        console.log("late vote (refused)", handler.refusals("late vote"));
        console.log("sybil certified at quorum", handler.successes("sybil certified at quorum"));
        console.log("sybil kept out", handler.successes("sybil kept out"));
        console.log("calls", handler.calls());
        console.log("productive", handler.productive());
        assertGe(
            handler.productive() * 100, handler.calls() * MIN_PRODUCTIVE_PCT, "too few calls did anything"
        );
        assertGe(total, MIN_SUCCESSES, "too few calls succeeded: the run was blind");
        assertGe(distinct, MIN_DISTINCT, "too few kinds of call succeeded");
    }
}
