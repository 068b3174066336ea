// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {ConsentManager} from "../src/ConsentManager.sol";
import {IConsentManager} from "../src/interfaces/IConsentManager.sol";
import {ConsentTestBase} from "./utils/ConsentTestBase.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

contract ConsentManagerTest is ConsentTestBase {
    // ---------------------------------------------------------------- commitments

    function test_grantId_isTheDocumentedCommitment() public view {
        assertEq(consent.GRANT_ID_TAG(), keccak256("medvault.grant-id.v1"));
        // The same words as primitives/src/consent.rs's `grant_id_is_abi_encoded_with_the_tag` fixture.
        address p = 0x70997970C51812dc3A010C7d01b50e0d17dc79C8;
        address g = 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC;
        address c = 0x90F79bf6EB2c4f870365E785982E1f101E93b906;
        bytes32 salt = 0x1111111111111111111111111111111111111111111111111111111111111111;
        bytes memory words = bytes.concat(
            keccak256("medvault.grant-id.v1"),
            bytes32(uint256(uint160(p))),
            bytes32(uint256(uint160(g))),
            bytes32(uint256(1)), // Scope.Category
            bytes32(uint256(3)), // category 3
            salt,
            bytes32(uint256(uint160(c)))
        );
        bytes32 id = _grantId(p, g, CATEGORY_SCOPE, _cat(3), salt, c);
        assertEq(id, keccak256(words));
        // Pinned from `cast keccak $(cast abi-encode "f(bytes32,address,address,uint8,bytes32,bytes32,address)" ...)`
        // over the same values, so the off-chain implementations can pin the same vector.
        assertEq(id, 0x23e308bc69c4ad7fdf75048cba9db54b11de3f841e25c236ac22a6ec42efda82);
        // Every field is bound: the salt blinds the id, the controller is part of it.
        assertNotEq(_grantId(p, g, CATEGORY_SCOPE, _cat(3), bytes32(uint256(salt) + 1), c), id);
        assertNotEq(_grantId(p, g, CATEGORY_SCOPE, _cat(3), salt, p), id);
        assertNotEq(_grantId(p, g, RECORD_SCOPE, _cat(3), salt, c), id);
        assertNotEq(_grantId(g, p, CATEGORY_SCOPE, _cat(3), salt, c), id);
    }

    // ---------------------------------------------------------------- grant

    function test_setConsent_grantsReadOnThatCommitmentOnly() public {
        uint64 exp = uint64(block.timestamp + 1 days);
        bytes32 id = _recordGrant();
        bytes memory notice = _notice("record grant");
        vm.expectEmit(address(consent));
        emit IConsentManager.ConsentChanged(controller, id, READ, exp, notice);
        _set(controller, id, READ, exp, notice);
        assertTrue(_live(controller, id, READ));
        assertFalse(_live(controller, id, WRITE));
        assertFalse(_live(controller, id, NONE));
        // Another record's commitment, or the same commitment in another namespace, is not live.
        assertFalse(
            _live(
                controller,
                _grantId(patient, grantee, RECORD_SCOPE, keccak256("other"), SALT, controller),
                READ
            )
        );
        assertFalse(_live(patient, id, READ));
        assertFalse(_live(grantee, id, READ));
        (IConsentManager.Access a, uint64 e, uint64 n) = consent.consentOf(controller, id);
        assertEq(uint8(a), uint8(READ));
        assertEq(e, exp);
        assertEq(n, 1);
    }

    function test_setConsent_writeAlsoAnswersRead() public {
        bytes32 id = _categoryGrant();
        _set(controller, id, WRITE, uint64(block.timestamp + 1 days), _notice("category grant"));
        assertTrue(_live(controller, id, READ));
        assertTrue(_live(controller, id, WRITE));
        assertFalse(_live(controller, id, NONE));
        bytes32 otherCategory =
            _grantId(patient, grantee, CATEGORY_SCOPE, _cat(CATEGORY + 1), SALT, controller);
        assertFalse(_live(controller, otherCategory, READ));
    }

    function test_setConsent_replacesEarlierConsent() public {
        bytes32 id = _recordGrant();
        _set(controller, id, WRITE, uint64(block.timestamp + 1 days), _notice("first"));
        uint64 exp = uint64(block.timestamp + 2 days);
        _set(controller, id, READ, exp, _notice("second"));
        assertFalse(_live(controller, id, WRITE));
        assertTrue(_live(controller, id, READ));
        (IConsentManager.Access a, uint64 e, uint64 n) = consent.consentOf(controller, id);
        assertEq(uint8(a), uint8(READ));
        assertEq(e, exp);
        assertEq(n, 2);
    }

    function test_isLive_expiryIsExclusive() public {
        bytes32 id = _recordGrant();
        uint64 exp = uint64(block.timestamp + 100);
        _set(controller, id, READ, exp, "");
        vm.warp(exp - 1);
        assertTrue(_live(controller, id, READ));
        vm.warp(exp);
        assertFalse(_live(controller, id, READ));
        vm.warp(exp + 1);
        assertFalse(_live(controller, id, READ));
        // An expired consent stays stored until replaced or revoked.
        (IConsentManager.Access a, uint64 e,) = consent.consentOf(controller, id);
        assertEq(uint8(a), uint8(READ));
        assertEq(e, exp);
    }

    function testFuzz_isLive_liveExactlyBeforeExpiry(uint64 lifetime, uint64 elapsed, bool write) public {
        lifetime = uint64(bound(lifetime, 1, 365 days));
        elapsed = uint64(bound(elapsed, 0, 2 * 365 days));
        uint64 exp = uint64(block.timestamp) + lifetime;
        bytes32 id = _categoryGrant();
        _set(controller, id, write ? WRITE : READ, exp, "");
        vm.warp(block.timestamp + elapsed);
        assertEq(_live(controller, id, READ), block.timestamp < exp);
        assertEq(_live(controller, id, WRITE), write && block.timestamp < exp);
        assertFalse(_live(controller, id, NONE));
    }

    function test_RevertWhen_GrantIdIsZero() public {
        vm.startPrank(controller);
        vm.expectRevert(IConsentManager.InvalidGrantId.selector);
        consent.setConsent(bytes32(0), READ, uint64(block.timestamp + 1), "");
        vm.expectRevert(IConsentManager.InvalidGrantId.selector);
        consent.setConsent(bytes32(0), NONE, 0, "");
        vm.stopPrank();
    }

    function test_RevertWhen_ExpiryNotInFuture() public {
        uint64 exp = uint64(block.timestamp);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.ExpiryNotInFuture.selector, exp));
        _set(controller, _recordGrant(), READ, exp, "");
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.ExpiryNotInFuture.selector, 0));
        _set(controller, _recordGrant(), WRITE, 0, "");
    }

    // ---------------------------------------------------------------- revoke

    function test_revoke_endsAccessInTheSameBlock() public {
        bytes32 id = _recordGrant();
        _set(controller, id, READ, uint64(block.timestamp + 1 days), _notice("grant"));
        assertTrue(_live(controller, id, READ));
        vm.expectEmit(address(consent));
        emit IConsentManager.ConsentChanged(controller, id, NONE, 0, "");
        _set(controller, id, NONE, uint64(block.timestamp + 5 days), "");
        assertFalse(_live(controller, id, READ));
        (IConsentManager.Access a, uint64 e, uint64 n) = consent.consentOf(controller, id);
        assertEq(uint8(a), 0);
        assertEq(e, 0);
        assertEq(n, 2);
    }

    function test_revoke_expiredConsent() public {
        bytes32 id = _recordGrant();
        _set(controller, id, READ, uint64(block.timestamp + 1), "");
        vm.warp(block.timestamp + 10);
        _set(controller, id, NONE, 0, "");
        (IConsentManager.Access a,,) = consent.consentOf(controller, id);
        assertEq(uint8(a), 0);
    }

    function test_setConsent_grantsAgainAfterRevocation() public {
        bytes32 id = _recordGrant();
        _set(controller, id, WRITE, uint64(block.timestamp + 1 days), "");
        _set(controller, id, NONE, 0, "");
        _set(controller, id, READ, uint64(block.timestamp + 1 days), "");
        assertTrue(_live(controller, id, READ));
        assertFalse(_live(controller, id, WRITE));
        assertEq(_nonce(controller, id), 3);
    }

    function test_RevertWhen_RevokingNoConsent() public {
        bytes32 id = _recordGrant();
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NoConsent.selector, controller, id));
        _set(controller, id, NONE, 0, "");
        // Nor twice.
        _set(controller, id, READ, uint64(block.timestamp + 1 days), "");
        _set(controller, id, NONE, 0, "");
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NoConsent.selector, controller, id));
        _set(controller, id, NONE, 0, "");
    }

    function test_RevertWhen_StrangerRevokesControllersConsent() public {
        bytes32 id = _recordGrant();
        _set(controller, id, READ, uint64(block.timestamp + 1 days), "");
        // A stranger's revocation addresses the stranger's own (absent) consent, never the controller's;
        // not even the patient's own address can touch a consent her pseudonym controls.
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NoConsent.selector, stranger, id));
        _set(stranger, id, NONE, 0, "");
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NoConsent.selector, patient, id));
        _set(patient, id, NONE, 0, "");
        assertTrue(_live(controller, id, READ));
        assertEq(_nonce(controller, id), 1);
    }

    // ---------------------------------------------------------------- gasless

    function test_setConsent_throughForwarder() public {
        bytes32 id = _recordGrant();
        bytes memory data = abi.encodeCall(
            consent.setConsent, (id, READ, uint64(block.timestamp + 1 days), _notice("relayed"))
        );
        _forward(controllerKey, address(consent), data);
        assertTrue(_live(controller, id, READ));
        assertFalse(_live(relayer, id, READ));
        assertFalse(_live(address(forwarder), id, READ));
    }

    // ---------------------------------------------------------------- requests

    function test_requestAccess_emitsEvent() public {
        bytes memory notice = _sealed("request", 157);
        vm.expectEmit(address(consent));
        emit IConsentManager.AccessRequested(grantee, notice);
        vm.prank(grantee);
        consent.requestAccess(notice);
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
        new ConsentManager(admin, address(forwarder), accounts, providers, committee, tooLong);
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
