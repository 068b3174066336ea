// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {ConsentManager} from "../src/ConsentManager.sol";
import {KeyCommittee} from "../src/KeyCommittee.sol";
import {IConsentManager} from "../src/interfaces/IConsentManager.sol";
import {IKeyCommittee} from "../src/interfaces/IKeyCommittee.sol";
import {IProviderRegistry} from "../src/interfaces/IProviderRegistry.sol";
import {ConsentTestBase} from "./utils/ConsentTestBase.sol";

/// @notice Break-glass by salted tag, and reviews attested by the key committee (3 members, threshold 2).
/// On-chain, a break-glass access is only the window `emergencyUntil(tag, provider)`; that it opens READ
/// on EMERGENCY_CATEGORY alone, and only to a provider who shows the tag's preimage, is the key nodes'
/// rule. Who asked for a review (the tagged patient or a guardian) is also checked by the key nodes: the
/// chain sees only their attestations, and whoever submits them.
contract ConsentManagerEmergencyTest is ConsentTestBase {
    uint16 internal constant REASON = 42;
    bytes32 internal constant EVIDENCE = keccak256("evidence");

    address internal doctor;
    uint256 internal doctorKey;
    address internal nurse;
    /// @dev The doctor's secret salt for the patient, and the tag it yields.
    bytes32 internal salt = keccak256("doctor's secret salt");
    bytes32 internal tag;
    /// @dev The one-time key a dispute's challenge is brought by.
    address internal challenger = makeAddr("one-time dispute key");
    address internal submitter = makeAddr("third-party submitter");
    bytes internal notice;

    function setUp() public override {
        super.setUp();
        doctor = _certifiedProvider("doctor");
        (, doctorKey) = makeAddrAndKey("doctor");
        nurse = _certifiedProvider("nurse");
        tag = _emergencyTag(patient, salt);
        // The patient and the salt, sealed to the patient's key: 33 + 52 + 16 bytes.
        notice = _sealed("emergency notice", 101);
    }

    function _open() internal returns (uint256) {
        return _open(doctor, tag);
    }

    function _open(address provider, bytes32 tag_) internal returns (uint256 id) {
        vm.prank(provider);
        id = consent.breakGlass(tag_, REASON, notice);
    }

    function _status(uint256 id) internal view returns (uint8) {
        return uint8(consent.emergency(id).status);
    }

    function _review(uint256 id, bool accept, bytes32 evidence, address challenger_, bytes[] memory sigs)
        internal
    {
        vm.prank(submitter);
        consent.reviewEmergency(id, accept, evidence, challenger_, sigs);
    }

    /// @dev Submits `sigs` for a dispute and expects ReviewNotAttested; then checks that nothing changed.
    function _assertNotAttested(
        uint256 id,
        bool accept,
        bytes32 evidence,
        address challenger_,
        bytes[] memory sigs
    ) internal {
        uint64 until = consent.emergencyUntil(tag, doctor);
        uint256 reviews = providers.reviewCount();
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.ReviewNotAttested.selector, id));
        _review(id, accept, evidence, challenger_, sigs);
        assertEq(_status(id), uint8(IConsentManager.EmergencyStatus.Open), "still open");
        assertEq(consent.emergencyUntil(tag, doctor), until, "window untouched");
        assertEq(providers.reviewCount(), reviews, "no challenge");
    }

    function _keys(uint256 a, uint256 b) internal pure returns (uint256[] memory k) {
        k = new uint256[](2);
        k[0] = a;
        k[1] = b;
    }

    // ---------------------------------------------------------------- commitments

    function test_emergencyTag_andReviewType_areTheDocumentedOnes() public view {
        assertEq(consent.EMERGENCY_TAG(), keccak256("medvault.emergency-tag.v1"));
        assertEq(
            consent.EMERGENCY_REVIEW_TYPEHASH(),
            keccak256("EmergencyReview(uint256 emergencyId,bool accept,bytes32 evidence,address challenger)")
        );
        assertEq(consent.committee(), address(committee));
        assertEq(
            tag,
            keccak256(bytes.concat(EMERGENCY_TAG, bytes32(uint256(uint160(patient))), salt)),
            "abi.encode(EMERGENCY_TAG, patient, salt)"
        );
        // The salt blinds the tag; the patient is bound by it.
        assertNotEq(_emergencyTag(patient, bytes32(uint256(salt) + 1)), tag);
        assertNotEq(_emergencyTag(stranger, salt), tag);
    }

    function test_reviewDigest_isTheDocumentedEip712Digest() public view {
        bytes32 d = consent.reviewDigest(7, false, EVIDENCE, challenger);
        assertEq(d, _reviewDigest(consent, 7, false, EVIDENCE, challenger));
        // Every field is bound.
        assertNotEq(consent.reviewDigest(8, false, EVIDENCE, challenger), d);
        assertNotEq(consent.reviewDigest(7, true, EVIDENCE, challenger), d);
        assertNotEq(consent.reviewDigest(7, false, keccak256("other"), challenger), d);
        assertNotEq(consent.reviewDigest(7, false, EVIDENCE, stranger), d);
    }

    // ---------------------------------------------------------------- break-glass

    function test_breakGlass_opensAWindowForThatProviderAndTagOnly() public {
        assertEq(emergencyCategory, 9);
        uint64 exp = uint64(block.timestamp) + consent.emergencyDuration();
        vm.expectEmit(address(consent));
        emit IConsentManager.EmergencyAccessOpened(1, tag, doctor, REASON, exp, notice);
        uint256 id = _open();
        assertEq(id, 1);
        assertTrue(_emergencyRead(tag, doctor));
        assertTrue(consent.inEmergency(tag, doctor));
        assertEq(consent.emergencyUntil(tag, doctor), exp);
        // Nobody else, and no other tag (not even the patient's own address as a "tag").
        assertFalse(consent.inEmergency(tag, nurse));
        assertFalse(consent.inEmergency(tag, stranger));
        assertEq(consent.emergencyUntil(tag, nurse), 0);
        assertFalse(consent.inEmergency(_emergencyTag(patient, keccak256("another salt")), doctor));
        assertFalse(consent.inEmergency(bytes32(uint256(uint160(patient))), doctor));
        IConsentManager.Emergency memory e = consent.emergency(id);
        assertEq(e.tag, tag);
        assertEq(e.provider, doctor);
        assertEq(e.openedAt, block.timestamp);
        assertEq(e.expiresAt, exp);
        assertEq(e.reasonCode, REASON);
        assertEq(uint8(e.status), uint8(IConsentManager.EmergencyStatus.Open));
    }

    function test_breakGlass_expiresByItself() public {
        _open();
        uint64 exp = consent.emergencyUntil(tag, doctor);
        assertLe(exp - block.timestamp, consent.MAX_EMERGENCY_DURATION());
        vm.warp(exp - 1);
        assertTrue(consent.inEmergency(tag, doctor));
        vm.warp(exp);
        assertFalse(consent.inEmergency(tag, doctor));
        vm.warp(exp + 1);
        assertFalse(consent.inEmergency(tag, doctor));
    }

    function test_breakGlass_againNeverShortensTheWindow() public {
        _open();
        uint64 exp = consent.emergencyUntil(tag, doctor);
        vm.prank(admin);
        consent.setEmergencyDuration(1 hours);
        vm.warp(block.timestamp + 10 minutes);
        uint256 second = _open();
        assertEq(consent.emergency(second).expiresAt, block.timestamp + 1 hours);
        assertEq(consent.emergencyUntil(tag, doctor), exp, "the longer window stands");
        vm.warp(exp - 1);
        assertTrue(consent.inEmergency(tag, doctor));
    }

    function test_breakGlass_throughForwarder() public {
        (address medic, uint256 key) = makeAddrAndKey("medic");
        vm.mockCall(
            address(providers), abi.encodeCall(IProviderRegistry.isCertified, (medic)), abi.encode(true)
        );
        _forward(key, address(consent), abi.encodeCall(consent.breakGlass, (tag, REASON, notice)));
        assertTrue(consent.inEmergency(tag, medic));
        assertEq(consent.emergency(1).provider, medic);
        assertFalse(consent.inEmergency(tag, relayer));
    }

    /// @dev The contract cannot tell whose tag it is (the key nodes check the preimage): a tag that names
    /// nobody registered opens a window too, useless without a preimage the key nodes accept.
    function test_breakGlass_doesNotCheckThePatientOnChain() public {
        bytes32 unregistered = _emergencyTag(stranger, salt);
        _open(doctor, unregistered);
        assertTrue(consent.inEmergency(unregistered, doctor));
        assertFalse(consent.inEmergency(tag, doctor));
    }

    function test_RevertWhen_BreakGlassByUncertified() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NotCertified.selector, stranger));
        vm.prank(stranger);
        consent.breakGlass(tag, REASON, notice);
        // A patient (registered, not a provider) neither.
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NotCertified.selector, patient));
        vm.prank(patient);
        consent.breakGlass(tag, REASON, notice);
    }

    function test_RevertWhen_BreakGlassWithZeroTag() public {
        vm.expectRevert(IConsentManager.InvalidTag.selector);
        vm.prank(doctor);
        consent.breakGlass(bytes32(0), REASON, notice);
    }

    // ---------------------------------------------------------------- attested reviews

    function test_reviewEmergency_attestedAcceptKeepsTheWindow() public {
        uint256 id = _open();
        uint64 exp = consent.emergencyUntil(tag, doctor);
        uint256 reviews = providers.reviewCount();
        vm.expectEmit(address(consent));
        emit IConsentManager.EmergencyAccepted(id);
        _review(id, true, bytes32(0), address(0), _attest(id, true, bytes32(0), address(0)));
        assertEq(_status(id), uint8(IConsentManager.EmergencyStatus.Accepted));
        assertEq(consent.emergencyUntil(tag, doctor), exp);
        assertTrue(consent.inEmergency(tag, doctor));
        assertEq(providers.reviewCount(), reviews, "an accept opens no challenge");
    }

    function test_reviewEmergency_attestedDisputeEndsTheWindowAndOneTimeKeyChallenges() public {
        uint256 id = _open();
        uint256 reviewId = providers.reviewCount() + 1;
        IProviderRegistry.Params memory q = providers.params();
        uint64 commitEnd = uint64(block.timestamp) + q.commitWindow;
        vm.expectCall(
            address(providers),
            abi.encodeCall(IProviderRegistry.openChallengeFor, (doctor, challenger, EVIDENCE))
        );
        vm.expectEmit(address(providers));
        emit IProviderRegistry.ReviewOpened(
            reviewId,
            IProviderRegistry.ReviewKind.Misconduct,
            doctor,
            challenger,
            EVIDENCE,
            commitEnd,
            commitEnd + q.revealWindow
        );
        vm.expectEmit(address(consent));
        emit IConsentManager.EmergencyDisputed(id, EVIDENCE, reviewId);
        _review(id, false, EVIDENCE, challenger, _attest(id, false, EVIDENCE, challenger));

        assertEq(_status(id), uint8(IConsentManager.EmergencyStatus.Disputed));
        assertEq(consent.emergencyUntil(tag, doctor), 0);
        assertFalse(consent.inEmergency(tag, doctor));
        IProviderRegistry.Review memory rv = providers.review(reviewId);
        assertEq(rv.subject, doctor);
        assertEq(rv.challenger, challenger, "brought by the one-time key");
        assertNotEq(rv.challenger, patient, "never by the patient");
        assertNotEq(rv.challenger, submitter, "nor by whoever submitted");
        assertEq(rv.evidence, EVIDENCE);
        assertEq(uint8(rv.kind), uint8(IProviderRegistry.ReviewKind.Misconduct));
    }

    function test_reviewEmergency_disputeEndsOnlyThatTagAndProvider() public {
        bytes32 otherTag = _emergencyTag(makeAddr("other patient"), keccak256("other salt"));
        uint256 id = _open(doctor, tag);
        _open(nurse, tag);
        _open(doctor, otherTag);
        uint64 nurseUntil = consent.emergencyUntil(tag, nurse);
        uint64 otherUntil = consent.emergencyUntil(otherTag, doctor);

        _review(id, false, EVIDENCE, challenger, _attest(id, false, EVIDENCE, challenger));

        assertEq(consent.emergencyUntil(tag, doctor), 0, "disputed window ends at once");
        assertFalse(consent.inEmergency(tag, doctor));
        assertEq(consent.emergencyUntil(tag, nurse), nurseUntil, "another provider, same tag");
        assertTrue(consent.inEmergency(tag, nurse));
        assertEq(consent.emergencyUntil(otherTag, doctor), otherUntil, "same provider, another tag");
        assertTrue(consent.inEmergency(otherTag, doctor));
        assertEq(_status(2), uint8(IConsentManager.EmergencyStatus.Open));
        assertEq(_status(3), uint8(IConsentManager.EmergencyStatus.Open));
    }

    /// @dev Two break-glasses of the same provider on the same tag share one window: a dispute of either
    /// ends it; the other stays open for review.
    function test_reviewEmergency_disputeEndsEveryWindowOfTheProviderOnThatTag() public {
        uint256 first = _open();
        vm.warp(block.timestamp + 1 hours);
        uint256 second = _open();
        _review(first, false, EVIDENCE, challenger, _attest(first, false, EVIDENCE, challenger));
        assertFalse(consent.inEmergency(tag, doctor));
        assertEq(_status(second), uint8(IConsentManager.EmergencyStatus.Open));
        // Accepting the other one later does not reopen the window.
        _review(second, true, bytes32(0), address(0), _attest(second, true, bytes32(0), address(0)));
        assertFalse(consent.inEmergency(tag, doctor));
    }

    function test_reviewEmergency_disputeStandsWhenChallengeCannotOpen() public {
        uint256 first = _open();
        uint256 second = _open(doctor, _emergencyTag(patient, keccak256("second salt")));
        _review(
            first, false, keccak256("one"), challenger, _attest(first, false, keccak256("one"), challenger)
        );
        uint256 reviews = providers.reviewCount();
        // The provider is already under review: the second dispute still ends access, with no new review.
        address second_ = makeAddr("second one-time key");
        vm.expectEmit(address(consent));
        emit IConsentManager.EmergencyDisputed(second, keccak256("two"), 0);
        _review(second, false, keccak256("two"), second_, _attest(second, false, keccak256("two"), second_));
        assertEq(_status(second), uint8(IConsentManager.EmergencyStatus.Disputed));
        assertFalse(consent.inEmergency(_emergencyTag(patient, keccak256("second salt")), doctor));
        assertEq(providers.reviewCount(), reviews);
    }

    /// @dev The attack: the disputed provider submits the patient's public attestations first, with
    /// just too little gas for the challenge call, so that the dispute would stand without its
    /// challenge. A challenge starved of gas reverts the whole review; the real dispute then opens it.
    function test_RevertWhen_ADisputeIsSubmittedWithTooLittleGasForItsChallenge() public {
        uint256 id = _open();
        bytes[] memory sigs = _attest(id, false, EVIDENCE, challenger);
        uint256 reviews = providers.reviewCount();
        bool starved;
        for (uint256 gas_ = 60_000; gas_ < 400_000; gas_ += 2500) {
            vm.prank(doctor);
            (bool ok,) = address(consent).call{gas: gas_}(
                abi.encodeCall(IConsentManager.reviewEmergency, (id, false, EVIDENCE, challenger, sigs))
            );
            if (ok) break;
            starved = true;
        }
        assertTrue(starved, "some gas limits were too low");
        assertEq(_status(id), uint8(IConsentManager.EmergencyStatus.Disputed));
        assertEq(providers.reviewCount(), reviews + 1, "no dispute stands without its challenge");
    }

    /// @dev The registry refuses a zero challenger; the dispute stands anyway, with reviewId 0.
    function test_reviewEmergency_disputeWithZeroChallengerStandsWithoutChallenge() public {
        uint256 id = _open();
        uint256 reviews = providers.reviewCount();
        vm.expectEmit(address(consent));
        emit IConsentManager.EmergencyDisputed(id, EVIDENCE, 0);
        _review(id, false, EVIDENCE, address(0), _attest(id, false, EVIDENCE, address(0)));
        assertEq(_status(id), uint8(IConsentManager.EmergencyStatus.Disputed));
        assertFalse(consent.inEmergency(tag, doctor));
        assertEq(providers.reviewCount(), reviews);
    }

    function testFuzz_reviewEmergency_anyoneMaySubmit(address by, bool accept) public {
        uint256 id = _open();
        address c = accept ? address(0) : challenger;
        bytes[] memory sigs = _attest(id, accept, EVIDENCE, c);
        vm.prank(by);
        consent.reviewEmergency(id, accept, EVIDENCE, c, sigs);
        assertEq(
            _status(id),
            uint8(
                accept ? IConsentManager.EmergencyStatus.Accepted : IConsentManager.EmergencyStatus.Disputed
            )
        );
        assertEq(consent.inEmergency(tag, doctor), accept);
    }

    /// @dev Which members sign, and in which order, does not matter; signatures that recover to no one
    /// (wrong length, zero, high s) are skipped, not fatal.
    function test_reviewEmergency_anyDistinctMembersInAnyOrderAmongJunk() public {
        uint256 id = _open();
        bytes32 d = consent.reviewDigest(id, true, bytes32(0), address(0));
        bytes[] memory sigs = new bytes[](5);
        sigs[0] = hex"1234";
        sigs[1] = _sign(keyNodeKeys[2], d);
        sigs[2] = new bytes(65);
        sigs[3] = _sign(uint256(keccak256("not a member")), d);
        sigs[4] = _sign(keyNodeKeys[1], d);
        _review(id, true, bytes32(0), address(0), sigs);
        assertEq(_status(id), uint8(IConsentManager.EmergencyStatus.Accepted));
    }

    /// @dev A review passes exactly when the signatures hold at least `threshold` distinct members,
    /// however many copies and non-members come with them.
    function testFuzz_reviewEmergency_passesExactlyAtThreshold(uint8 mask, uint8 copies, uint8 strangers)
        public
    {
        uint256 id = _open();
        bytes32 d = consent.reviewDigest(id, false, EVIDENCE, challenger);
        copies = uint8(bound(copies, 1, 3));
        strangers = uint8(bound(strangers, 0, 2));
        uint256 distinct;
        bytes[] memory sigs = new bytes[](3 * copies + strangers);
        uint256 n;
        for (uint256 s; s < strangers; ++s) {
            sigs[n++] = _sign(uint256(keccak256(abi.encode("stranger", s))), d);
        }
        for (uint256 i; i < 3; ++i) {
            if (mask & (1 << i) == 0) continue;
            ++distinct;
            for (uint256 c; c < copies; ++c) {
                sigs[n++] = _sign(keyNodeKeys[i], d);
            }
        }
        assembly ("memory-safe") {
            mstore(sigs, n)
        }
        if (distinct < COMMITTEE_THRESHOLD) {
            _assertNotAttested(id, false, EVIDENCE, challenger, sigs);
            return;
        }
        _review(id, false, EVIDENCE, challenger, sigs);
        assertEq(_status(id), uint8(IConsentManager.EmergencyStatus.Disputed));
    }

    // ---------------------------------------------------------------- attacks on the review

    function test_RevertWhen_ReviewHasNoAttestations() public {
        uint256 id = _open();
        _assertNotAttested(id, true, bytes32(0), address(0), new bytes[](0));
        _assertNotAttested(id, false, EVIDENCE, challenger, new bytes[](0));
    }

    function test_RevertWhen_ReviewHasThresholdMinusOneAttestations() public {
        uint256 id = _open();
        bytes32 d = consent.reviewDigest(id, false, EVIDENCE, challenger);
        _assertNotAttested(id, false, EVIDENCE, challenger, _signAll(_nodeKeys(COMMITTEE_THRESHOLD - 1), d));
    }

    function test_RevertWhen_ReviewRepeatsOneMembersAttestation() public {
        uint256 id = _open();
        bytes32 d = consent.reviewDigest(id, false, EVIDENCE, challenger);
        bytes memory one = _sign(keyNodeKeys[0], d);
        bytes[] memory sigs = new bytes[](3);
        sigs[0] = one;
        sigs[1] = one;
        sigs[2] = one;
        _assertNotAttested(id, false, EVIDENCE, challenger, sigs);
        // Nor with its malleated (high-s) twin, which recovers to no one.
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(keyNodeKeys[0], d);
        bytes[] memory twins = new bytes[](2);
        twins[0] = one;
        twins[1] = abi.encodePacked(r, bytes32(SECP256K1_ORDER - uint256(s)), v == 27 ? uint8(28) : 27);
        _assertNotAttested(id, false, EVIDENCE, challenger, twins);
    }

    function test_RevertWhen_ReviewAttestedByNonMembers() public {
        uint256 id = _open();
        bytes32 d = consent.reviewDigest(id, false, EVIDENCE, challenger);
        (, uint256 k1) = makeAddrAndKey("impostor node 1");
        (, uint256 k2) = makeAddrAndKey("impostor node 2");
        _assertNotAttested(id, false, EVIDENCE, challenger, _signAll(_keys(k1, k2), d));
        // The patient's own key (or a guardian's) is no attestation either.
        _assertNotAttested(id, false, EVIDENCE, challenger, _signAll(_keys(patientKey, controllerKey), d));
        // One member and one non-member: still below the threshold.
        _assertNotAttested(id, false, EVIDENCE, challenger, _signAll(_keys(keyNodeKeys[0], k1), d));
    }

    function test_RevertWhen_AttestationsAreForAnotherEmergency() public {
        uint256 id = _open();
        uint256 other = _open(nurse, tag);
        _assertNotAttested(id, false, EVIDENCE, challenger, _attest(other, false, EVIDENCE, challenger));
        _assertNotAttested(id, false, EVIDENCE, challenger, _attest(id + 100, false, EVIDENCE, challenger));
    }

    function test_RevertWhen_AttestationsAreForTheOtherAcceptFlag() public {
        uint256 id = _open();
        _assertNotAttested(id, false, EVIDENCE, challenger, _attest(id, true, EVIDENCE, challenger));
        _assertNotAttested(id, true, EVIDENCE, challenger, _attest(id, false, EVIDENCE, challenger));
    }

    function test_RevertWhen_AttestationsAreForOtherEvidence() public {
        uint256 id = _open();
        _assertNotAttested(
            id, false, keccak256("forged"), challenger, _attest(id, false, EVIDENCE, challenger)
        );
    }

    /// @dev Nobody can swap in his own challenger (to bring, or to sink, the challenge).
    function test_RevertWhen_AttestationsAreForAnotherChallenger() public {
        uint256 id = _open();
        bytes[] memory sigs = _attest(id, false, EVIDENCE, challenger);
        _assertNotAttested(id, false, EVIDENCE, stranger, sigs);
        _assertNotAttested(id, false, EVIDENCE, doctor, sigs);
        _assertNotAttested(id, false, EVIDENCE, address(0), sigs);
    }

    function test_RevertWhen_AttestationsAreForAnotherDeploymentOrChain() public {
        uint256 id = _open();
        ConsentManager other =
            new ConsentManager(admin, address(forwarder), accounts, providers, committee, 1 hours);
        _assertNotAttested(
            id,
            false,
            EVIDENCE,
            challenger,
            _signAll(_nodeKeys(3), _reviewDigest(other, id, false, EVIDENCE, challenger))
        );
        uint256 chainId = block.chainid;
        vm.chainId(chainId + 1);
        bytes32 d = _reviewDigest(consent, id, false, EVIDENCE, challenger);
        vm.chainId(chainId);
        _assertNotAttested(id, false, EVIDENCE, challenger, _signAll(_nodeKeys(3), d));
    }

    /// @dev After a new key generation, the old members' attestations count no more.
    function test_RevertWhen_AttestedByAReplacedCommittee() public {
        uint256 id = _open();
        bytes[] memory old = _attest(id, false, EVIDENCE, challenger);
        (, uint256[] memory fresh) = _setCommittee("new key node ", 3, 2);
        _assertNotAttested(id, false, EVIDENCE, challenger, old);
        bytes32 d = consent.reviewDigest(id, false, EVIDENCE, challenger);
        _review(id, false, EVIDENCE, challenger, _signAll(_keys(fresh[0], fresh[2]), d));
        assertEq(_status(id), uint8(IConsentManager.EmergencyStatus.Disputed));
    }

    /// @dev Before any committee is set (threshold 0), nothing is attested.
    function test_RevertWhen_NoCommitteeIsSet() public {
        KeyCommittee empty = new KeyCommittee(admin);
        ConsentManager cm = new ConsentManager(admin, address(forwarder), accounts, providers, empty, 1 hours);
        vm.prank(doctor);
        uint256 id = cm.breakGlass(tag, REASON, notice);
        bytes[] memory sigs = _signAll(_nodeKeys(3), _reviewDigest(cm, id, true, bytes32(0), address(0)));
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.ReviewNotAttested.selector, id));
        cm.reviewEmergency(id, true, bytes32(0), address(0), sigs);
        vm.expectRevert(IKeyCommittee.NoCommittee.selector);
        empty.committee();
    }

    /// @dev The old hole: a reviewer could be the provider itself. Now the provider cannot accept (and so
    /// shield from a dispute) its own emergency without the committee: not bare, not with its own
    /// signatures, not with an attestation of another review; and the patient's dispute still lands.
    function test_RevertWhen_ProviderAcceptsItsOwnEmergencyWithoutAttestation() public {
        uint256 id = _open();
        vm.startPrank(doctor);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.ReviewNotAttested.selector, id));
        consent.reviewEmergency(id, true, bytes32(0), address(0), new bytes[](0));
        bytes32 d = consent.reviewDigest(id, true, bytes32(0), address(0));
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.ReviewNotAttested.selector, id));
        consent.reviewEmergency(id, true, bytes32(0), address(0), _signAll(_keys(doctorKey, doctorKey), d));
        // Holding the patient's attested dispute, it tries to turn it into an accept.
        bytes[] memory dispute = _attest(id, false, EVIDENCE, challenger);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.ReviewNotAttested.selector, id));
        consent.reviewEmergency(id, true, EVIDENCE, challenger, dispute);
        vm.stopPrank();
        assertEq(_status(id), uint8(IConsentManager.EmergencyStatus.Open));

        _review(id, false, EVIDENCE, challenger, dispute);
        assertEq(_status(id), uint8(IConsentManager.EmergencyStatus.Disputed));
        assertFalse(consent.inEmergency(tag, doctor));
    }

    /// @dev On-chain, neither the patient nor a guardian is a reviewer by address any more.
    function test_RevertWhen_PatientOrGuardianReviewsWithoutAttestation() public {
        address[] memory g = _guardians(2, 1);
        uint256 id = _open();
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.ReviewNotAttested.selector, id));
        vm.prank(patient);
        consent.reviewEmergency(id, false, EVIDENCE, challenger, new bytes[](0));
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.ReviewNotAttested.selector, id));
        vm.prank(g[0]);
        consent.reviewEmergency(id, false, EVIDENCE, challenger, new bytes[](0));
    }

    function test_RevertWhen_ReviewUnknownEmergency() public {
        for (uint256 id; id < 10; id += 9) {
            vm.expectRevert(abi.encodeWithSelector(IConsentManager.UnknownEmergency.selector, id));
            _review(id, true, bytes32(0), address(0), _attest(id, true, bytes32(0), address(0)));
        }
    }

    function test_RevertWhen_ReviewedTwice() public {
        uint256 accepted = _open();
        bytes[] memory accept = _attest(accepted, true, bytes32(0), address(0));
        _review(accepted, true, bytes32(0), address(0), accept);
        // Neither a replay nor the opposite review, however well attested.
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsentManager.EmergencyAlreadyReviewed.selector,
                accepted,
                IConsentManager.EmergencyStatus.Accepted
            )
        );
        _review(accepted, true, bytes32(0), address(0), accept);
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsentManager.EmergencyAlreadyReviewed.selector,
                accepted,
                IConsentManager.EmergencyStatus.Accepted
            )
        );
        _review(accepted, false, EVIDENCE, challenger, _attest(accepted, false, EVIDENCE, challenger));
        assertTrue(consent.inEmergency(tag, doctor));

        uint256 disputed = _open(nurse, tag);
        _review(disputed, false, EVIDENCE, challenger, _attest(disputed, false, EVIDENCE, challenger));
        uint256 reviews = providers.reviewCount();
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsentManager.EmergencyAlreadyReviewed.selector,
                disputed,
                IConsentManager.EmergencyStatus.Disputed
            )
        );
        _review(disputed, true, bytes32(0), address(0), _attest(disputed, true, bytes32(0), address(0)));
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsentManager.EmergencyAlreadyReviewed.selector,
                disputed,
                IConsentManager.EmergencyStatus.Disputed
            )
        );
        _review(disputed, false, EVIDENCE, challenger, _attest(disputed, false, EVIDENCE, challenger));
        assertEq(providers.reviewCount(), reviews, "no second challenge");
        assertEq(_status(disputed), uint8(IConsentManager.EmergencyStatus.Disputed));
    }

    // ---------------------------------------------------------------- attacks: unlimited break-glass

    /// The attack: after a patient disputes, the provider re-opens at once on a fresh tag (the chain
    /// cannot tell it is her again), and keeps reading. Now a dispute bars the provider from breaking
    /// glass for `DISPUTE_BAR`, on any tag.
    function test_attack_reopeningRightAfterADisputeIsBarred() public {
        uint256 id = _open();
        _review(id, false, EVIDENCE, challenger, _attest(id, false, EVIDENCE, challenger));
        assertFalse(consent.inEmergency(tag, doctor));
        bytes32 fresh = _emergencyTag(patient, keccak256("a fresh salt"));
        uint64 until = uint64(block.timestamp) + consent.DISPUTE_BAR();
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.BreakGlassBarred.selector, doctor, until));
        _open(doctor, fresh);
        (,, uint64 barredUntil) = consent.breakGlassBudget(doctor);
        assertEq(barredUntil, until);
        // Another provider is not affected; the barred one may again once the bar ends.
        _open(nurse, fresh);
        vm.warp(until);
        _open(doctor, fresh);
        assertTrue(consent.inEmergency(fresh, doctor));
    }

    /// The attack: one certified provider opens windows on as many tags as it likes. Now at most
    /// `MAX_EMERGENCIES_PER_DAY` per day-long window.
    function test_attack_breakGlassIsBoundedPerProvider() public {
        uint256 max = consent.MAX_EMERGENCIES_PER_DAY();
        uint64 windowEndsAt = uint64(block.timestamp) + 1 days;
        for (uint256 i; i < max; ++i) {
            _open(doctor, _emergencyTag(patient, bytes32(i + 1)));
            vm.warp(block.timestamp + 1 hours);
        }
        (uint32 opens, uint64 start,) = consent.breakGlassBudget(doctor);
        assertEq(opens, max);
        assertEq(start + 1 days, windowEndsAt);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentManager.TooManyEmergencies.selector, doctor, windowEndsAt)
        );
        _open(doctor, _emergencyTag(patient, bytes32(max + 1)));
        vm.warp(windowEndsAt);
        _open(doctor, _emergencyTag(patient, bytes32(max + 1)));
        (opens,,) = consent.breakGlassBudget(doctor);
        assertEq(opens, 1, "a new window");
    }

    /// The attack: a provider breaks glass, then is decertified (slashed below the minimum stake),
    /// and its window still says it may read for up to a day. Now a window ends with the
    /// certification.
    function test_attack_aWindowDoesNotOutliveDecertification() public {
        _open();
        assertTrue(consent.inEmergency(tag, doctor));
        // A direct slash of a tenth leaves the doctor below the minimum stake: decertified.
        uint256 stake = providers.provider(doctor).stake;
        vm.prank(admin);
        providers.slash(doctor, stake / 10, keccak256("misconduct"));
        assertFalse(providers.isCertified(doctor));
        assertFalse(consent.inEmergency(tag, doctor), "decertified: no emergency read");
        assertGt(consent.emergencyUntil(tag, doctor), block.timestamp, "the window itself stays on record");
    }
}
