// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IAccountRegistry} from "../src/interfaces/IAccountRegistry.sol";
import {BaseTest} from "./utils/BaseTest.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

contract AccountRegistryTest is BaseTest {
    address internal patient = makeAddr("patient");
    address internal researcher = makeAddr("researcher");
    address internal g1 = makeAddr("guardian1");
    address internal g2 = makeAddr("guardian2");
    address internal g3 = makeAddr("guardian3");

    function _set(address a, address b, address c) internal pure returns (address[] memory s) {
        s = new address[](3);
        (s[0], s[1], s[2]) = (a, b, c);
    }

    // ------------------------------------------------------------ register / rotate

    function test_register_storesRoleAndKey() public {
        bytes memory key = _newKey();
        vm.expectEmit(address(accounts));
        emit IAccountRegistry.Registered(patient, IAccountRegistry.Role.Patient, bytes32("c"));
        vm.expectEmit(address(accounts));
        emit IAccountRegistry.EncryptionKeySet(patient, key, 1);
        vm.prank(patient);
        accounts.register(IAccountRegistry.Role.Patient, key, bytes32("c"));
        assertEq(uint8(accounts.role(patient)), uint8(IAccountRegistry.Role.Patient));
        assertTrue(accounts.isPatient(patient));
        assertEq(accounts.encryptionKey(patient), key);
        (bytes memory current, uint32 epoch) = accounts.encryptionKeyOf(patient);
        assertEq(current, key);
        assertEq(epoch, 1);
        assertFalse(accounts.isVerifiedResearcher(patient));
    }

    function test_register_throughForwarderActsForSigner() public {
        (address signer, uint256 pk) = makeAddrAndKey("signer");
        bytes memory key = _newKey();
        _forward(
            pk, address(accounts), abi.encodeCall(accounts.register, (IAccountRegistry.Role.Patient, key, 0))
        );
        assertTrue(accounts.isPatient(signer));
        assertFalse(accounts.isPatient(relayer));
    }

    function test_encryptionKey_emptyWhenUnregistered() public view {
        assertEq(accounts.encryptionKey(stranger).length, 0);
        (bytes memory key, uint32 epoch) = accounts.encryptionKeyOf(stranger);
        assertEq(key.length, 0);
        assertEq(epoch, 0);
        assertEq(uint8(accounts.role(stranger)), uint8(IAccountRegistry.Role.None));
    }

    function test_RevertWhen_RegisteringTwice() public {
        _register(patient, IAccountRegistry.Role.Patient);
        bytes memory key = _newKey();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccountRegistry.AlreadyRegistered.selector, patient, IAccountRegistry.Role.Patient
            )
        );
        vm.prank(patient);
        accounts.register(IAccountRegistry.Role.Researcher, key, 0);
    }

    function test_RevertWhen_RegisteringRoleNone() public {
        bytes memory key = _newKey();
        vm.expectRevert(IAccountRegistry.InvalidRole.selector);
        vm.prank(patient);
        accounts.register(IAccountRegistry.Role.None, key, 0);
    }

    function test_RevertWhen_KeyHasWrongLength() public {
        bytes memory key = abi.encodePacked(bytes1(0x02), bytes32(uint256(1)), bytes1(0));
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.MalformedKey.selector, key));
        vm.prank(patient);
        accounts.register(IAccountRegistry.Role.Patient, key, 0);
    }

    function test_RevertWhen_KeyHasWrongPrefix() public {
        bytes memory key = abi.encodePacked(bytes1(0x04), bytes32(uint256(1)));
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.MalformedKey.selector, key));
        vm.prank(patient);
        accounts.register(IAccountRegistry.Role.Patient, key, 0);
    }

    function test_RevertWhen_KeyXNotBelowFieldPrime() public {
        bytes memory key = abi.encodePacked(bytes1(0x02), bytes32(type(uint256).max));
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.MalformedKey.selector, key));
        vm.prank(patient);
        accounts.register(IAccountRegistry.Role.Patient, key, 0);
    }

    function test_RevertWhen_KeyXNotOnCurve() public {
        // 5^3 + 7 = 132 is not a square modulo p; 1^3 + 7 = 8 is.
        bytes memory key = abi.encodePacked(bytes1(0x03), bytes32(uint256(5)));
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.MalformedKey.selector, key));
        vm.prank(patient);
        accounts.register(IAccountRegistry.Role.Patient, key, 0);
        vm.prank(patient);
        accounts.register(
            IAccountRegistry.Role.Patient, abi.encodePacked(bytes1(0x03), bytes32(uint256(1))), 0
        );
    }

    function testFuzz_register_acceptsEveryRealKey(uint256 secret) public {
        bytes memory key = _keyOf(secret);
        vm.prank(patient);
        accounts.register(IAccountRegistry.Role.Patient, key, 0);
        assertEq(accounts.encryptionKey(patient), key);
    }

    function testFuzz_register_rejectsEveryOtherLength(bytes calldata key) public {
        vm.assume(key.length != 33);
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.MalformedKey.selector, key));
        vm.prank(patient);
        accounts.register(IAccountRegistry.Role.Patient, key, 0);
    }

    function test_rotateKey_replacesKeyAndEmits() public {
        _register(patient, IAccountRegistry.Role.Patient);
        bytes memory key = _newKey();
        vm.expectEmit(address(accounts));
        emit IAccountRegistry.EncryptionKeySet(patient, key, 2);
        vm.prank(patient);
        accounts.rotateKey(key);
        assertEq(accounts.encryptionKey(patient), key);
        (bytes memory current, uint32 epoch) = accounts.encryptionKeyOf(patient);
        assertEq(current, key);
        assertEq(epoch, 2);
    }

    function test_rotateKey_incrementsEpochEachTime() public {
        _register(patient, IAccountRegistry.Role.Patient);
        for (uint32 expected = 2; expected <= 5; ++expected) {
            bytes memory key = _newKey();
            vm.expectEmit(address(accounts));
            emit IAccountRegistry.EncryptionKeySet(patient, key, expected);
            vm.prank(patient);
            accounts.rotateKey(key);
            (bytes memory current, uint32 epoch) = accounts.encryptionKeyOf(patient);
            assertEq(current, key);
            assertEq(epoch, expected);
        }
    }

    function test_rotateKey_throughForwarderStartsSignersNextEpoch() public {
        (address signer, uint256 pk) = makeAddrAndKey("signer");
        _forward(
            pk,
            address(accounts),
            abi.encodeCall(accounts.register, (IAccountRegistry.Role.Patient, _newKey(), 0))
        );
        bytes memory key = _newKey();
        _forward(pk, address(accounts), abi.encodeCall(accounts.rotateKey, (key)));
        (bytes memory current, uint32 epoch) = accounts.encryptionKeyOf(signer);
        assertEq(current, key);
        assertEq(epoch, 2);
    }

    function test_RevertWhen_RotatingUnregistered() public {
        bytes memory key = _newKey();
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.NotRegistered.selector, patient));
        vm.prank(patient);
        accounts.rotateKey(key);
    }

    function test_RevertWhen_RotatingToMalformedKey() public {
        _register(patient, IAccountRegistry.Role.Patient);
        bytes memory key = abi.encodePacked(bytes1(0x02), bytes32(uint256(5)));
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.MalformedKey.selector, key));
        vm.prank(patient);
        accounts.rotateKey(key);
    }

    // ------------------------------------------------------------ researchers

    function test_attestResearcher_verifies() public {
        _register(researcher, IAccountRegistry.Role.Researcher);
        vm.expectEmit(address(accounts));
        emit IAccountRegistry.ResearcherVerified(researcher, bytes32("irb"), admin);
        vm.prank(admin);
        accounts.attestResearcher(researcher, bytes32("irb"));
        assertTrue(accounts.isVerifiedResearcher(researcher));
    }

    function test_RevertWhen_AttesterLacksRole() public {
        _register(researcher, IAccountRegistry.Role.Researcher);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, accounts.ATTESTER_ROLE()
            )
        );
        vm.prank(stranger);
        accounts.attestResearcher(researcher, 0);
    }

    function test_RevertWhen_AttestingNonResearcher() public {
        _register(patient, IAccountRegistry.Role.Patient);
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.NotResearcher.selector, patient));
        vm.prank(admin);
        accounts.attestResearcher(patient, 0);
    }

    function test_RevertWhen_AttestingTwice() public {
        _register(researcher, IAccountRegistry.Role.Researcher);
        vm.startPrank(admin);
        accounts.attestResearcher(researcher, 0);
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.AlreadyVerified.selector, researcher));
        accounts.attestResearcher(researcher, 0);
        vm.stopPrank();
    }

    function test_revokeResearcher_unverifies() public {
        _register(researcher, IAccountRegistry.Role.Researcher);
        vm.startPrank(admin);
        accounts.attestResearcher(researcher, 0);
        vm.expectEmit(address(accounts));
        emit IAccountRegistry.ResearcherRevoked(researcher, bytes32("why"), admin);
        accounts.revokeResearcher(researcher, bytes32("why"));
        vm.stopPrank();
        assertFalse(accounts.isVerifiedResearcher(researcher));
    }

    function test_RevertWhen_RevokingUnverified() public {
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.NotVerified.selector, researcher));
        vm.prank(admin);
        accounts.revokeResearcher(researcher, 0);
    }

    function test_RevertWhen_RevokerLacksRole() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, accounts.ATTESTER_ROLE()
            )
        );
        vm.prank(stranger);
        accounts.revokeResearcher(researcher, 0);
    }

    // ------------------------------------------------------------ guardians

    function test_proposeGuardians_takesEffectOnlyAfterDelay() public {
        _register(patient, IAccountRegistry.Role.Patient);
        uint64 expected = uint64(block.timestamp) + GUARDIAN_DELAY;
        vm.expectEmit(address(accounts));
        emit IAccountRegistry.GuardiansProposed(patient, _set(g1, g2, g3), 2, expected);
        vm.prank(patient);
        uint64 effectiveAt = accounts.proposeGuardians(_set(g1, g2, g3), 2);
        assertEq(effectiveAt, expected);

        (address[] memory set, uint8 threshold) = accounts.guardians(patient);
        assertEq(set.length, 0);
        assertEq(threshold, 0);
        assertFalse(accounts.isGuardian(patient, g1));
        (address[] memory pending, uint8 pt, uint64 at) = accounts.pendingGuardians(patient);
        assertEq(pending.length, 3);
        assertEq(pt, 2);
        assertEq(at, expected);

        vm.warp(effectiveAt - 1);
        assertFalse(accounts.isGuardian(patient, g2));
        vm.warp(effectiveAt);
        (set, threshold) = accounts.guardians(patient);
        assertEq(set.length, 3);
        assertEq(set[2], g3);
        assertEq(threshold, 2);
        assertTrue(accounts.isGuardian(patient, g2));
        (,, at) = accounts.pendingGuardians(patient);
        assertEq(at, 0);
    }

    function test_proposeGuardians_oldSetStaysUntilNewOneIsDue() public {
        _register(patient, IAccountRegistry.Role.Patient);
        vm.prank(patient);
        uint64 at = accounts.proposeGuardians(_set(g1, g2, g3), 2);
        vm.warp(at);
        address[] memory next = new address[](1);
        next[0] = stranger;
        vm.prank(patient);
        uint64 at2 = accounts.proposeGuardians(next, 1);
        assertTrue(accounts.isGuardian(patient, g1));
        assertFalse(accounts.isGuardian(patient, stranger));
        vm.warp(at2);
        assertFalse(accounts.isGuardian(patient, g1));
        assertTrue(accounts.isGuardian(patient, stranger));
        (address[] memory set, uint8 threshold) = accounts.guardians(patient);
        assertEq(set.length, 1);
        assertEq(threshold, 1);
    }

    function test_proposeGuardians_emptySetRemovesAll() public {
        _register(patient, IAccountRegistry.Role.Patient);
        vm.prank(patient);
        uint64 at = accounts.proposeGuardians(_set(g1, g2, g3), 3);
        vm.warp(at);
        vm.prank(patient);
        at = accounts.proposeGuardians(new address[](0), 0);
        vm.warp(at);
        (address[] memory set, uint8 threshold) = accounts.guardians(patient);
        assertEq(set.length, 0);
        assertEq(threshold, 0);
    }

    function test_cancelGuardians_dropsPendingChange() public {
        _register(patient, IAccountRegistry.Role.Patient);
        vm.startPrank(patient);
        uint64 at = accounts.proposeGuardians(_set(g1, g2, g3), 2);
        vm.expectEmit(address(accounts));
        emit IAccountRegistry.GuardiansCancelled(patient);
        accounts.cancelGuardians();
        vm.stopPrank();
        vm.warp(at);
        assertFalse(accounts.isGuardian(patient, g1));
    }

    function test_RevertWhen_CancellingWithNothingPending() public {
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.NoPendingGuardians.selector, patient));
        vm.prank(patient);
        accounts.cancelGuardians();
    }

    function test_RevertWhen_CancellingAChangeAlreadyInForce() public {
        _register(patient, IAccountRegistry.Role.Patient);
        vm.prank(patient);
        uint64 at = accounts.proposeGuardians(_set(g1, g2, g3), 2);
        vm.warp(at);
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.NoPendingGuardians.selector, patient));
        vm.prank(patient);
        accounts.cancelGuardians();
        assertTrue(accounts.isGuardian(patient, g1));
    }

    function test_RevertWhen_NonPatientProposesGuardians() public {
        _register(researcher, IAccountRegistry.Role.Researcher);
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.NotPatient.selector, researcher));
        vm.prank(researcher);
        accounts.proposeGuardians(_set(g1, g2, g3), 2);
    }

    function test_RevertWhen_TooManyGuardians() public {
        _register(patient, IAccountRegistry.Role.Patient);
        address[] memory set = new address[](6);
        for (uint256 i; i < 6; ++i) {
            set[i] = address(uint160(0x1000 + i));
        }
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.TooManyGuardians.selector, 6, 5));
        vm.prank(patient);
        accounts.proposeGuardians(set, 3);
    }

    function test_RevertWhen_ThresholdAboveSetSize() public {
        _register(patient, IAccountRegistry.Role.Patient);
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.InvalidThreshold.selector, 4, 3));
        vm.prank(patient);
        accounts.proposeGuardians(_set(g1, g2, g3), 4);
    }

    function test_RevertWhen_ThresholdZeroForNonEmptySet() public {
        _register(patient, IAccountRegistry.Role.Patient);
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.InvalidThreshold.selector, 0, 3));
        vm.prank(patient);
        accounts.proposeGuardians(_set(g1, g2, g3), 0);
    }

    function test_RevertWhen_ThresholdNonZeroForEmptySet() public {
        _register(patient, IAccountRegistry.Role.Patient);
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.InvalidThreshold.selector, 1, 0));
        vm.prank(patient);
        accounts.proposeGuardians(new address[](0), 1);
    }

    function test_RevertWhen_GuardianIsZeroSelfOrDuplicate() public {
        _register(patient, IAccountRegistry.Role.Patient);
        vm.startPrank(patient);
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.InvalidGuardian.selector, address(0)));
        accounts.proposeGuardians(_set(g1, address(0), g3), 2);
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.InvalidGuardian.selector, patient));
        accounts.proposeGuardians(_set(g1, patient, g3), 2);
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.InvalidGuardian.selector, g1));
        accounts.proposeGuardians(_set(g1, g2, g1), 2);
        vm.stopPrank();
    }

    function testFuzz_proposeGuardians_thresholdWithinSetSize(uint8 n, uint8 threshold, uint64 wait) public {
        n = uint8(bound(n, 1, 5));
        threshold = uint8(bound(threshold, 1, n));
        _register(patient, IAccountRegistry.Role.Patient);
        address[] memory set = new address[](n);
        for (uint256 i; i < n; ++i) {
            set[i] = address(uint160(0x1000 + i));
        }
        vm.prank(patient);
        uint64 at = accounts.proposeGuardians(set, threshold);
        wait = uint64(bound(wait, 0, 2 * GUARDIAN_DELAY));
        vm.warp(block.timestamp + wait);
        (address[] memory inForce, uint8 t) = accounts.guardians(patient);
        bool due = block.timestamp >= at;
        assertEq(inForce.length, due ? n : 0);
        assertEq(t, due ? threshold : 0);
        assertEq(accounts.isGuardian(patient, set[n - 1]), due);
    }

    // ------------------------------------------------------------ parameters

    function test_setGuardianDelay_appliesToNewProposals() public {
        vm.expectEmit(address(accounts));
        emit IAccountRegistry.GuardianDelaySet(1 days);
        vm.prank(admin);
        accounts.setGuardianDelay(1 days);
        assertEq(accounts.guardianDelay(), 1 days);
        _register(patient, IAccountRegistry.Role.Patient);
        vm.prank(patient);
        assertEq(accounts.proposeGuardians(_set(g1, g2, g3), 1), block.timestamp + 1 days);
    }

    function test_RevertWhen_GuardianDelaySetterLacksRole() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, accounts.PARAMS_ROLE()
            )
        );
        vm.prank(stranger);
        accounts.setGuardianDelay(1 days);
    }

    function testFuzz_setGuardianDelay_rejectsOutOfBounds(uint64 delay) public {
        uint64 lo = accounts.MIN_GUARDIAN_DELAY();
        uint64 hi = accounts.MAX_GUARDIAN_DELAY();
        vm.prank(admin);
        if (delay < lo || delay > hi) {
            vm.expectRevert(
                abi.encodeWithSelector(IAccountRegistry.GuardianDelayOutOfBounds.selector, delay, lo, hi)
            );
            accounts.setGuardianDelay(delay);
        } else {
            accounts.setGuardianDelay(delay);
            assertEq(accounts.guardianDelay(), delay);
        }
    }
}
