// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {ConsentManager} from "../src/ConsentManager.sol";
import {IConsentManager} from "../src/interfaces/IConsentManager.sol";
import {ConsentTestBase} from "./utils/ConsentTestBase.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

contract ConsentManagerTest is ConsentTestBase {
    IConsentManager.Scope internal constant RECORD_SCOPE = IConsentManager.Scope.Record;
    IConsentManager.Scope internal constant CATEGORY_SCOPE = IConsentManager.Scope.Category;
    IConsentManager.Access internal constant READ = IConsentManager.Access.Read;
    IConsentManager.Access internal constant WRITE = IConsentManager.Access.Write;

    // ---------------------------------------------------------------- grant

    function test_grant_recordScopeGivesReadOnThatRecordOnly() public {
        uint64 exp = uint64(block.timestamp + 1 days);
        vm.expectEmit(address(consent));
        emit IConsentManager.Granted(patient, grantee, RECORD_SCOPE, RECORD, READ, exp);
        vm.prank(patient);
        consent.grant(grantee, RECORD_SCOPE, RECORD, READ, exp);
        assertTrue(_read(grantee, RECORD, CATEGORY));
        assertFalse(_read(grantee, keccak256("other record"), CATEGORY));
        assertFalse(consent.hasAccess(patient, grantee, RECORD, CATEGORY, WRITE));
        (IConsentManager.Access a, uint64 e) = consent.grantOf(patient, grantee, RECORD_SCOPE, RECORD);
        assertEq(uint8(a), uint8(READ));
        assertEq(e, exp);
    }

    function test_grant_categoryScopeCoversEveryRecordInIt() public {
        vm.prank(patient);
        consent.grant(grantee, CATEGORY_SCOPE, _cat(CATEGORY), WRITE, uint64(block.timestamp + 1 days));
        assertTrue(_read(grantee, keccak256("any"), CATEGORY));
        assertTrue(consent.hasAccess(patient, grantee, keccak256("any"), CATEGORY, WRITE));
        assertFalse(_read(grantee, keccak256("any"), CATEGORY + 1));
        assertFalse(consent.hasAccess(patient, grantee, RECORD, CATEGORY, IConsentManager.Access.None));
    }

    function test_grant_replacesEarlierGrant() public {
        vm.startPrank(patient);
        consent.grant(grantee, RECORD_SCOPE, RECORD, WRITE, uint64(block.timestamp + 1 days));
        consent.grant(grantee, RECORD_SCOPE, RECORD, READ, uint64(block.timestamp + 2 days));
        vm.stopPrank();
        assertFalse(consent.hasAccess(patient, grantee, RECORD, CATEGORY, WRITE));
        assertTrue(_read(grantee, RECORD, CATEGORY));
    }

    function test_hasAccess_expiryIsExclusive() public {
        uint64 exp = uint64(block.timestamp + 100);
        vm.prank(patient);
        consent.grant(grantee, RECORD_SCOPE, RECORD, READ, exp);
        vm.warp(exp - 1);
        assertTrue(_read(grantee, RECORD, CATEGORY));
        vm.warp(exp);
        assertFalse(_read(grantee, RECORD, CATEGORY));
        vm.warp(exp + 1);
        assertFalse(_read(grantee, RECORD, CATEGORY));
    }

    function testFuzz_hasAccess_liveExactlyBeforeExpiry(uint64 lifetime, uint64 elapsed) public {
        lifetime = uint64(bound(lifetime, 1, 365 days));
        elapsed = uint64(bound(elapsed, 0, 2 * 365 days));
        uint64 exp = uint64(block.timestamp) + lifetime;
        vm.prank(patient);
        consent.grant(grantee, CATEGORY_SCOPE, _cat(CATEGORY), READ, exp);
        vm.warp(block.timestamp + elapsed);
        assertEq(_read(grantee, RECORD, CATEGORY), block.timestamp < exp);
    }

    function test_RevertWhen_GranteeIsZeroOrPatient() public {
        vm.startPrank(patient);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidGrantee.selector, address(0)));
        consent.grant(address(0), RECORD_SCOPE, RECORD, READ, uint64(block.timestamp + 1));
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidGrantee.selector, patient));
        consent.grant(patient, RECORD_SCOPE, RECORD, READ, uint64(block.timestamp + 1));
        vm.stopPrank();
    }

    function test_RevertWhen_AccessIsNone() public {
        vm.expectRevert(IConsentManager.InvalidAccess.selector);
        vm.prank(patient);
        consent.grant(grantee, RECORD_SCOPE, RECORD, IConsentManager.Access.None, uint64(block.timestamp + 1));
    }

    function test_RevertWhen_CategoryTooLarge() public {
        bytes32 target = bytes32(uint256(type(uint16).max) + 1);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidCategory.selector, target));
        vm.prank(patient);
        consent.grant(grantee, CATEGORY_SCOPE, target, READ, uint64(block.timestamp + 1));
    }

    function test_RevertWhen_ExpiryNotInFuture() public {
        uint64 exp = uint64(block.timestamp);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.ExpiryNotInFuture.selector, exp));
        vm.prank(patient);
        consent.grant(grantee, RECORD_SCOPE, RECORD, READ, exp);
    }

    // ---------------------------------------------------------------- revoke

    function test_revoke_endsAccessInTheSameBlock() public {
        vm.startPrank(patient);
        consent.grant(grantee, RECORD_SCOPE, RECORD, READ, uint64(block.timestamp + 1 days));
        assertTrue(_read(grantee, RECORD, CATEGORY));
        vm.expectEmit(address(consent));
        emit IConsentManager.Revoked(patient, grantee, RECORD_SCOPE, RECORD);
        consent.revoke(grantee, RECORD_SCOPE, RECORD);
        vm.stopPrank();
        assertFalse(_read(grantee, RECORD, CATEGORY));
        (IConsentManager.Access a,) = consent.grantOf(patient, grantee, RECORD_SCOPE, RECORD);
        assertEq(uint8(a), 0);
    }

    function test_revoke_expiredGrant() public {
        vm.prank(patient);
        consent.grant(grantee, RECORD_SCOPE, RECORD, READ, uint64(block.timestamp + 1));
        vm.warp(block.timestamp + 10);
        vm.prank(patient);
        consent.revoke(grantee, RECORD_SCOPE, RECORD);
    }

    function test_RevertWhen_RevokingNoGrant() public {
        vm.expectRevert(
            abi.encodeWithSelector(IConsentManager.NoGrant.selector, patient, grantee, RECORD_SCOPE, RECORD)
        );
        vm.prank(patient);
        consent.revoke(grantee, RECORD_SCOPE, RECORD);
    }

    function test_RevertWhen_StrangerRevokesPatientsGrant() public {
        vm.prank(patient);
        consent.grant(grantee, RECORD_SCOPE, RECORD, READ, uint64(block.timestamp + 1 days));
        // A stranger's revoke addresses the stranger's own (absent) grant, never the patient's.
        vm.expectRevert(
            abi.encodeWithSelector(IConsentManager.NoGrant.selector, stranger, grantee, RECORD_SCOPE, RECORD)
        );
        vm.prank(stranger);
        consent.revoke(grantee, RECORD_SCOPE, RECORD);
        assertTrue(_read(grantee, RECORD, CATEGORY));
    }

    // ---------------------------------------------------------------- gasless

    function test_grant_throughForwarder() public {
        bytes memory data = abi.encodeCall(
            consent.grant, (grantee, RECORD_SCOPE, RECORD, READ, uint64(block.timestamp + 1 days))
        );
        _forward(patientKey, address(consent), data);
        assertTrue(_read(grantee, RECORD, CATEGORY));
    }

    // ---------------------------------------------------------------- requests

    function test_requestAccess_emitsEvent() public {
        vm.expectEmit(address(consent));
        emit IConsentManager.AccessRequested(
            patient, grantee, CATEGORY_SCOPE, _cat(CATEGORY), READ, keccak256("why")
        );
        vm.prank(grantee);
        consent.requestAccess(patient, CATEGORY_SCOPE, _cat(CATEGORY), READ, keccak256("why"));
    }

    // ---------------------------------------------------------------- access log

    function test_anchorAccessLog_storesRoot() public {
        vm.expectEmit(address(consent));
        emit IConsentManager.AccessLogAnchored(keccak256("root"), keccak256("m"), 12);
        vm.prank(relayer);
        consent.anchorAccessLog(keccak256("root"), keccak256("m"), 12);
        (uint64 blockNumber, uint32 count) = consent.accessLogOf(keccak256("root"));
        assertEq(blockNumber, block.number);
        assertEq(count, 12);
    }

    function test_RevertWhen_AccessLogEmpty() public {
        vm.startPrank(relayer);
        vm.expectRevert(IConsentManager.EmptyAccessLog.selector);
        consent.anchorAccessLog(bytes32(0), keccak256("m"), 1);
        vm.expectRevert(IConsentManager.EmptyAccessLog.selector);
        consent.anchorAccessLog(keccak256("root"), keccak256("m"), 0);
        vm.stopPrank();
    }

    function test_RevertWhen_AccessLogAnchoredTwice() public {
        vm.startPrank(relayer);
        consent.anchorAccessLog(keccak256("root"), keccak256("m"), 1);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentManager.AccessLogAlreadyAnchored.selector, keccak256("root"))
        );
        consent.anchorAccessLog(keccak256("root"), keccak256("m"), 1);
        vm.stopPrank();
    }

    function test_RevertWhen_AccessLogAnchorerLacksRole() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, consent.ACCESS_LOG_ROLE()
            )
        );
        vm.prank(stranger);
        consent.anchorAccessLog(keccak256("root"), keccak256("m"), 1);
    }

    // ---------------------------------------------------------------- parameters

    function test_setEmergencyDuration_withinBounds() public {
        vm.expectEmit(address(consent));
        emit IConsentManager.EmergencyDurationSet(1 hours);
        vm.prank(admin);
        consent.setEmergencyDuration(1 hours);
        assertEq(consent.emergencyDuration(), 1 hours);
    }

    function test_RevertWhen_EmergencyDurationOutOfBounds() public {
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.EmergencyDurationOutOfBounds.selector, 0));
        consent.setEmergencyDuration(0);
        uint64 tooLong = consent.MAX_EMERGENCY_DURATION() + 1;
        vm.expectRevert(
            abi.encodeWithSelector(IConsentManager.EmergencyDurationOutOfBounds.selector, tooLong)
        );
        consent.setEmergencyDuration(tooLong);
        vm.stopPrank();
        vm.expectRevert(
            abi.encodeWithSelector(IConsentManager.EmergencyDurationOutOfBounds.selector, tooLong)
        );
        new ConsentManager(admin, address(forwarder), accounts, providers, tooLong);
    }

    function test_RevertWhen_StrangerSetsEmergencyDuration() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, bytes32(0)
            )
        );
        vm.prank(stranger);
        consent.setEmergencyDuration(1 hours);
    }
}
