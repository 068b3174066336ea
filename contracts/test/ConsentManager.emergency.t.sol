// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IConsentManager} from "../src/interfaces/IConsentManager.sol";
import {IProviderRegistry} from "../src/interfaces/IProviderRegistry.sol";
import {ConsentTestBase} from "./utils/ConsentTestBase.sol";

contract ConsentManagerEmergencyTest is ConsentTestBase {
    address internal doctor;
    address[] internal g;
    uint16 internal constant REASON = 42;

    function setUp() public override {
        super.setUp();
        doctor = _certifiedProvider("doctor");
        g = _guardians(2, 1);
    }

    function _open() internal returns (uint256 id) {
        vm.prank(doctor);
        id = consent.breakGlass(patient, REASON);
    }

    function test_breakGlass_opensReadOnEmergencyCategoryOnly() public {
        uint64 exp = uint64(block.timestamp) + consent.emergencyDuration();
        vm.expectEmit(address(consent));
        emit IConsentManager.EmergencyAccessOpened(1, patient, doctor, REASON, exp);
        uint256 id = _open();
        assertEq(id, 1);
        assertTrue(_read(doctor, RECORD, emergencyCategory));
        assertFalse(_read(doctor, RECORD, CATEGORY));
        assertFalse(
            consent.hasAccess(patient, doctor, RECORD, emergencyCategory, IConsentManager.Access.Write)
        );
        assertFalse(_read(stranger, RECORD, emergencyCategory));
        IConsentManager.Emergency memory e = consent.emergency(id);
        assertEq(e.patient, patient);
        assertEq(e.provider, doctor);
        assertEq(e.openedAt, block.timestamp);
        assertEq(e.expiresAt, exp);
        assertEq(e.reasonCode, REASON);
        assertEq(uint8(e.status), uint8(IConsentManager.EmergencyStatus.Open));
        assertEq(consent.emergencyUntil(patient, doctor), exp);
    }

    function test_breakGlass_expiresByItself() public {
        _open();
        uint64 exp = consent.emergencyUntil(patient, doctor);
        assertLe(exp - block.timestamp, consent.MAX_EMERGENCY_DURATION());
        vm.warp(exp - 1);
        assertTrue(_read(doctor, RECORD, emergencyCategory));
        vm.warp(exp);
        assertFalse(_read(doctor, RECORD, emergencyCategory));
        vm.warp(exp + 1);
        assertFalse(_read(doctor, RECORD, emergencyCategory));
    }

    function test_reviewEmergency_patientAccepts() public {
        uint256 id = _open();
        vm.expectEmit(address(consent));
        emit IConsentManager.EmergencyAccepted(id, patient);
        vm.prank(patient);
        consent.reviewEmergency(id, true, bytes32(0));
        assertEq(uint8(consent.emergency(id).status), uint8(IConsentManager.EmergencyStatus.Accepted));
        assertTrue(_read(doctor, RECORD, emergencyCategory));
    }

    function test_reviewEmergency_guardianDisputeEndsAccessAndOpensChallenge() public {
        uint256 id = _open();
        uint256 reviewId = providers.reviewCount() + 1;
        vm.expectCall(
            address(providers),
            abi.encodeCall(IProviderRegistry.openChallengeFor, (doctor, patient, keccak256("ev")))
        );
        vm.expectEmit(address(consent));
        emit IConsentManager.EmergencyDisputed(id, g[0], keccak256("ev"), reviewId);
        vm.prank(g[0]);
        consent.reviewEmergency(id, false, keccak256("ev"));
        assertEq(uint8(consent.emergency(id).status), uint8(IConsentManager.EmergencyStatus.Disputed));
        assertFalse(_read(doctor, RECORD, emergencyCategory));
        assertEq(providers.review(reviewId).subject, doctor);
    }

    function test_reviewEmergency_disputeStandsWhenChallengeCannotOpen() public {
        uint256 first = _open();
        uint256 second = _open();
        vm.startPrank(patient);
        consent.reviewEmergency(first, false, keccak256("one"));
        // The provider is already under review: the second dispute still ends access, with no new review.
        vm.expectEmit(address(consent));
        emit IConsentManager.EmergencyDisputed(second, patient, keccak256("two"), 0);
        consent.reviewEmergency(second, false, keccak256("two"));
        vm.stopPrank();
        assertEq(uint8(consent.emergency(second).status), uint8(IConsentManager.EmergencyStatus.Disputed));
    }

    function test_breakGlass_throughForwarder() public {
        (address medic, uint256 key) = makeAddrAndKey("medic");
        vm.mockCall(
            address(providers), abi.encodeCall(IProviderRegistry.isCertified, (medic)), abi.encode(true)
        );
        _forward(key, address(consent), abi.encodeCall(consent.breakGlass, (patient, REASON)));
        assertTrue(_read(medic, RECORD, emergencyCategory));
    }

    function test_RevertWhen_BreakGlassByUncertified() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NotCertified.selector, stranger));
        vm.prank(stranger);
        consent.breakGlass(patient, REASON);
    }

    function test_RevertWhen_BreakGlassOnNonPatient() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NotPatient.selector, stranger));
        vm.prank(doctor);
        consent.breakGlass(stranger, REASON);
    }

    function test_RevertWhen_ReviewUnknownEmergency() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.UnknownEmergency.selector, 9));
        vm.prank(patient);
        consent.reviewEmergency(9, true, bytes32(0));
    }

    function test_RevertWhen_ReviewedTwice() public {
        uint256 id = _open();
        vm.startPrank(patient);
        consent.reviewEmergency(id, true, bytes32(0));
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsentManager.EmergencyAlreadyReviewed.selector,
                id,
                IConsentManager.EmergencyStatus.Accepted
            )
        );
        consent.reviewEmergency(id, false, bytes32(0));
        vm.stopPrank();
    }

    function test_RevertWhen_ReviewerNotPatientOrGuardian() public {
        uint256 id = _open();
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NotReviewer.selector, id, doctor));
        vm.prank(doctor);
        consent.reviewEmergency(id, true, bytes32(0));
    }
}
