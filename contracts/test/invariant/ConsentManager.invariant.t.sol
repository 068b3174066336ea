// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IAccountRegistry} from "../../src/interfaces/IAccountRegistry.sol";
import {IConsentManager} from "../../src/interfaces/IConsentManager.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {Merkle} from "../utils/Merkle.sol";
import {ConsentManagerHandler} from "./handlers/ConsentManagerHandler.sol";
import {console} from "forge-std/console.sol";

/// @notice `consentOf`, `isLive` and the break-glass windows answer exactly what the handler's ghost model
/// of direct, signed and guardian changes, expiries, an attacker writing the same grant ids in his own
/// namespace, break-glass by tag and committee-attested reviews says, under random sequences of every
/// consent action; and every call's outcome (applied or refused) is the one the model predicts, so no stale
/// or replayed signature ever applies, and no review applies without a threshold of distinct key nodes'
/// attestations of exactly that review.
contract ConsentManagerInvariantTest is BaseTest {
    uint64 internal constant WINDOW = 6 hours;
    /// @dev Per run (64 calls at the default profile, over 9 actions): the random actions' consent changes
    /// applied at least this often, and the stale holder was refused at least this often. Break-glass is
    /// logged, not required: a run may bar both providers early (a dispute bars for 30 days), and the
    /// scripted test below reaches every emergency outcome.
    uint256 internal constant MIN_CHANGES = 2;
    uint256 internal constant MIN_STALE_REFUSED = 1;

    ConsentManagerHandler internal handler;

    function setUp() public override {
        super.setUp();
        vm.prank(admin);
        consent.setEmergencyDuration(WINDOW);
        (, uint256[] memory nodeKeys) = _setCommittee("key node ", 3, 2);
        address doctor = _certifiedProvider("doctor");
        address[] memory certified = new address[](2);
        certified[0] = doctor;
        certified[1] = _certifiedProvider("nurse");
        address[] memory guardians = new address[](2);
        guardians[0] = makeAddr("guardian0");
        guardians[1] = makeAddr("guardian1");
        address[] memory patients = new address[](2);
        uint256[] memory keys = new uint256[](2);
        for (uint256 i; i < patients.length; ++i) {
            (patients[i], keys[i]) = makeAddrAndKey(string.concat("patient", vm.toString(i)));
            _register(patients[i], IAccountRegistry.Role.Patient);
        }
        address[] memory grantees = new address[](3);
        grantees[0] = doctor;
        grantees[1] = makeAddr("researcher");
        grantees[2] = makeAddr("family doctor");
        (, uint256 attackerKey) = makeAddrAndKey("attacker");
        handler = new ConsentManagerHandler(
            consent,
            providers,
            WINDOW,
            certified,
            makeAddr("uncertified provider"),
            nodeKeys,
            patients,
            keys,
            grantees,
            guardians,
            attackerKey
        );
        // Each patient's guardian set, committed under her guardian-set controller: both guardians,
        // threshold 2.
        for (uint256 i; i < patients.length; ++i) {
            address setController = makeAddr(handler.guardianSetName(i));
            bytes32[] memory leaves = handler.memberLeaves(setController);
            vm.prank(setController);
            accounts.proposeGuardianSet(Merkle.root(leaves), 2, 2);
        }
        vm.warp(block.timestamp + accounts.guardianDelay());
        targetContract(address(handler));
    }

    /// @notice Every tracked consent holds exactly the model's terms and nonce, and is live exactly when
    /// the model says: an unexpired, unrevoked consent at a sufficient level, in that controller's
    /// namespace only.
    function invariant_ConsentsMatchModel() public view {
        for (uint256 i; i < handler.slotsLength(); ++i) {
            (address controller, bytes32 grantId) = handler.slot(i);
            (uint8 access, uint64 expiresAt, uint64 nonce) = handler.model(i);
            (IConsentManager.Access a, uint64 e, uint64 n) = consent.consentOf(controller, grantId);
            assertEq(uint8(a), access, "access");
            assertEq(e, expiresAt, "expiresAt");
            assertEq(n, nonce, "nonce");
            for (uint8 level; level < 3; ++level) {
                assertEq(
                    consent.isLive(controller, grantId, IConsentManager.Access(level)),
                    handler.expectedLive(i, level),
                    "isLive"
                );
            }
        }
    }

    /// @notice Every call was applied or refused as the model predicted (in particular, no signature
    /// applied once its consent had changed, and no guardian action ran below threshold or twice).
    function invariant_EveryOutcomeAsPredicted() public view {
        assertEq(handler.mismatches(), 0, handler.firstMismatch());
    }

    /// @notice Every change to a consent (direct, signed or by guardians) invalidates every signature made
    /// before it: no replay of an older signature ever applied, and each saved signature's nonce plus the
    /// changes its consent saw since is the consent's nonce now.
    function invariant_NoSignatureOutlivesAChange() public view {
        assertEq(handler.staleApplied(), 0, "a stale signature applied");
        for (uint256 i; i < handler.signedLength(); ++i) {
            (address controller, bytes32 grantId, uint64 nonce, uint256 changesSince) = handler.signedAt(i);
            (,, uint64 current) = consent.consentOf(controller, grantId);
            assertEq(current, nonce + changesSince, "nonce");
        }
    }

    /// @notice After a run: it was not blind. Consent changes by the random actions applied, and stale
    /// replays were tried and refused.
    function afterInvariant() public view {
        string[4] memory changes =
            ["direct change", "signed change", "late signed change", "guardian execution"];
        uint256 changed;
        for (uint256 i; i < changes.length; ++i) {
            changed += handler.successes(changes[i]);
            console.log(changes[i], handler.successes(changes[i]));
        }
        uint256 emergencies = handler.successes("breakGlass") + handler.successes("attested accept")
            + handler.successes("attested dispute");
        console.log("break-glass and reviews", emergencies);
        console.log("stale replays refused", handler.refusals("stale replay"));
        assertGe(changed, MIN_CHANGES, "too few consent changes succeeded: the run was blind");
        assertGe(handler.refusals("stale replay"), MIN_STALE_REFUSED, "too few stale replays tried");
    }

    /// @notice Every break-glass window, per tag and provider, is the model's, answers `inEmergency`
    /// accordingly, and never outlasts the maximum duration.
    function invariant_EmergencyWindowsMatchModel() public view {
        uint256 max = consent.MAX_EMERGENCY_DURATION();
        for (uint256 t; t < handler.tagsLength(); ++t) {
            bytes32 tag = handler.tags(t);
            for (uint256 c; c < handler.emergencyCallersLength(); ++c) {
                address provider = handler.emergencyCallers(c);
                uint64 until = consent.emergencyUntil(tag, provider);
                assertEq(until, handler.emergencyUntil(tag, provider), "window");
                assertEq(
                    consent.inEmergency(tag, provider),
                    block.timestamp < until && providers.isCertified(provider),
                    "inEmergency"
                );
                assertLe(until, block.timestamp + max, "bounded");
            }
        }
        assertEq(consent.emergencyUntil(bytes32(0), handler.emergencyCallers(0)), 0, "zero tag");
    }

    /// @notice Break-glass is bounded per provider: its budget is the model's, never more than
    /// MAX_EMERGENCIES_PER_DAY opens in a window, and a disputed provider is barred.
    function invariant_BreakGlassBoundedPerProvider() public view {
        for (uint256 c; c < handler.emergencyCallersLength(); ++c) {
            address provider = handler.emergencyCallers(c);
            (uint32 opens, uint64 start, uint64 barred) = consent.breakGlassBudget(provider);
            (uint32 mOpens, uint64 mStart, uint64 mBarred) = handler.budget(provider);
            assertEq(opens, mOpens, "opens");
            assertEq(start, mStart, "window start");
            assertEq(barred, mBarred, "barred until");
            assertLe(opens, consent.MAX_EMERGENCIES_PER_DAY(), "bounded");
        }
    }

    /// @notice Every emergency is stored as opened, and its review state is the model's (so none was
    /// reviewed twice, or without attestation); no id beyond the last exists.
    function invariant_EmergenciesMatchModel() public view {
        uint256 n = handler.emergencyCount();
        for (uint256 id = 1; id <= n; ++id) {
            IConsentManager.Emergency memory e = consent.emergency(id);
            ConsentManagerHandler.EmergencyModel memory m = handler.emergency(id);
            assertEq(e.tag, m.tag, "tag");
            assertEq(e.provider, m.provider, "provider");
            assertEq(e.openedAt, m.openedAt, "openedAt");
            assertEq(e.expiresAt, m.expiresAt, "expiresAt");
            assertEq(e.reasonCode, m.reasonCode, "reasonCode");
            assertEq(uint8(e.status), uint8(m.status), "status");
        }
        assertEq(uint8(consent.emergency(n + 1).status), uint8(IConsentManager.EmergencyStatus.None));
    }

    /// @notice The handler's emergency model is not vacuous: one scripted sequence reaches every outcome
    /// (opened, refused for certification or zero tag, accepted, disputed with a challenge, refused for
    /// each forgery, too few or repeated members, a non-member, a second review, an unknown id), all as
    /// predicted, and the invariants hold after it.
    function test_handler_reachesEveryEmergencyOutcome() public {
        uint256 uncertified = handler.emergencyCallersLength() - 1;
        handler.breakGlass(0, 0, 1); // 1: doctor on tag 0
        handler.breakGlass(1, 0, 2); // 2: nurse on tag 0
        handler.breakGlass(0, 1, 3); // 3: doctor on tag 1
        handler.breakGlass(uncertified, 0, 4); // refused: not certified
        handler.breakGlass(0, handler.tagsLength(), 5); // refused: zero tag
        assertEq(handler.successes("breakGlass"), 3);
        assertEq(handler.emergencyCount(), 3);

        handler.review(2, true, 0x80, 0, 0, false); // accepted
        handler.review(1, false, 0x80, 0, 0, false); // disputed, challenge opened
        handler.review(1, true, 0x80, 0, 0, false); // refused: reviewed already
        for (uint8 forgery = 1; forgery <= 4; ++forgery) {
            handler.review(3, false, 0x80, forgery, 0, false); // refused: attests another review
        }
        handler.review(3, false, 0x01, 0, 0, false); // refused: one member
        handler.review(3, false, 0x01, 0, 1, false); // refused: one member, repeated
        handler.review(3, false, 0x01, 0, 3, false); // refused: one member, repeated, and a non-member
        handler.review(0, true, 0x80, 0, 0, false); // refused: unknown id
        handler.review(4, true, 0x80, 0, 0, false); // refused: unknown id
        assertEq(handler.successes("attested accept"), 1);
        assertEq(handler.successes("attested dispute"), 1);
        assertEq(handler.successes("challenge opened"), 1);
        assertEq(uint8(consent.emergency(3).status), uint8(IConsentManager.EmergencyStatus.Open));
        handler.review(3, false, 0x06, 0, 1, true); // members 2 and 3: disputed, no challenger
        assertEq(handler.successes("attested dispute"), 2);
        assertEq(handler.successes("challenge opened"), 1);

        assertFalse(consent.inEmergency(handler.tags(0), handler.emergencyCallers(0)));
        assertTrue(consent.inEmergency(handler.tags(0), handler.emergencyCallers(1)));
        assertFalse(consent.inEmergency(handler.tags(1), handler.emergencyCallers(0)));
        invariant_EveryOutcomeAsPredicted();
        invariant_EmergencyWindowsMatchModel();
        invariant_EmergenciesMatchModel();
    }
}
