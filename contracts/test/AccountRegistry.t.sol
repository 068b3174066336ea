// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IAccountRegistry} from "../src/interfaces/IAccountRegistry.sol";
import {BaseTest} from "./utils/BaseTest.sol";
import {Merkle} from "./utils/Merkle.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Vm} from "forge-std/Vm.sol";

contract AccountRegistryTest is BaseTest {
    address internal patient = makeAddr("patient");
    address internal researcher = makeAddr("researcher");
    address internal g1 = makeAddr("guardian1");
    address internal g2 = makeAddr("guardian2");
    address internal g3 = makeAddr("guardian3");
    /// @dev The patient's guardian-set controller, a pseudonym.
    address internal controller = makeAddr("guardian-set controller");

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

    /// @dev A guardian set as a patient's client builds it: leaves of the guardians' pseudonyms under
    /// `controller`, padded to a power of two with leaves no address has.
    function _tree(address ctl, address[] memory members)
        internal
        view
        returns (bytes32 root, bytes32[] memory leaves)
    {
        uint256 width = 2;
        while (width < members.length) {
            width <<= 1;
        }
        leaves = new bytes32[](width);
        for (uint256 i; i < width; ++i) {
            leaves[i] = i < members.length
                ? accounts.guardianLeaf(ctl, members[i])
                : keccak256(abi.encode("padding", i));
        }
        root = Merkle.root(leaves);
    }

    function _proofOf(address ctl, address[] memory members, uint256 index)
        internal
        view
        returns (bytes32[] memory)
    {
        (, bytes32[] memory leaves) = _tree(ctl, members);
        return Merkle.proof(leaves, index);
    }

    function _propose(address[] memory members, uint8 threshold) internal returns (uint64) {
        (bytes32 root,) = _tree(controller, members);
        vm.prank(controller);
        return accounts.proposeGuardianSet(root, uint8(members.length), threshold);
    }

    function test_proposeGuardianSet_takesEffectOnlyAfterDelay() public {
        address[] memory members = _set(g1, g2, g3);
        (bytes32 root,) = _tree(controller, members);
        uint64 expected = uint64(block.timestamp) + GUARDIAN_DELAY;
        vm.expectEmit(address(accounts));
        emit IAccountRegistry.GuardianSetProposed(controller, root, 3, 2, expected);
        uint64 effectiveAt = _propose(members, 2);
        assertEq(effectiveAt, expected);

        (bytes32 inForce,,) = accounts.guardianSet(controller);
        assertEq(inForce, bytes32(0));
        _assertSet(0, 0);
        assertFalse(accounts.isGuardian(controller, g1, _proofOf(controller, members, 0)));
        _assertPending(root, expected);

        vm.warp(effectiveAt - 1);
        assertFalse(accounts.isGuardian(controller, g2, _proofOf(controller, members, 1)));
        vm.warp(effectiveAt);
        (inForce,,) = accounts.guardianSet(controller);
        assertEq(inForce, root);
        _assertSet(3, 2);
        assertTrue(accounts.isGuardian(controller, g2, _proofOf(controller, members, 1)));
        (,,, uint64 at) = accounts.pendingGuardianSet(controller);
        assertEq(at, 0);
    }

    function _assertPending(bytes32 root, uint64 expected) internal view {
        (bytes32 pending, uint8 ps, uint8 pt, uint64 at) = accounts.pendingGuardianSet(controller);
        assertEq(pending, root);
        assertEq(ps, 3);
        assertEq(pt, 2);
        assertEq(at, expected);
    }

    /// The set names nobody: the event and the views carry the controller pseudonym and a root;
    /// a guardian is shown only by its own proof, and another's proof or another set's fails.
    function test_guardianSet_showsMembersOnlyByTheirProofs() public {
        address[] memory members = _set(g1, g2, g3);
        vm.recordLogs();
        vm.warp(_propose(members, 2));
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 1);
        bytes memory all = abi.encode(logs[0].topics, logs[0].data);
        for (uint256 i; i < 3; ++i) {
            assertFalse(_containsAddress(all, members[i]), "a guardian in the log");
        }
        assertFalse(accounts.isGuardian(controller, g1, _proofOf(controller, members, 1)), "g2's proof");
        assertFalse(accounts.isGuardian(controller, stranger, _proofOf(controller, members, 0)));
        assertFalse(accounts.isGuardian(stranger, g1, _proofOf(controller, members, 0)), "other set");
        assertTrue(accounts.isGuardian(controller, g3, _proofOf(controller, members, 2)));
    }

    function test_proposeGuardianSet_oldSetStaysUntilNewOneIsDue() public {
        address[] memory first = _set(g1, g2, g3);
        vm.warp(_propose(first, 2));
        address[] memory next = new address[](1);
        next[0] = stranger;
        uint64 at2 = _propose(next, 1);
        assertTrue(accounts.isGuardian(controller, g1, _proofOf(controller, first, 0)));
        assertFalse(accounts.isGuardian(controller, stranger, _proofOf(controller, next, 0)));
        vm.warp(at2);
        assertFalse(accounts.isGuardian(controller, g1, _proofOf(controller, first, 0)));
        assertTrue(accounts.isGuardian(controller, stranger, _proofOf(controller, next, 0)));
        (, uint8 size, uint8 threshold) = accounts.guardianSet(controller);
        assertEq(size, 1);
        assertEq(threshold, 1);
    }

    function test_proposeGuardianSet_emptySetRemovesAll() public {
        vm.warp(_propose(_set(g1, g2, g3), 3));
        vm.prank(controller);
        vm.warp(accounts.proposeGuardianSet(bytes32(0), 0, 0));
        (bytes32 root, uint8 size, uint8 threshold) = accounts.guardianSet(controller);
        assertEq(root, bytes32(0));
        assertEq(size, 0);
        assertEq(threshold, 0);
    }

    function test_cancelGuardianSet_dropsPendingChange() public {
        address[] memory members = _set(g1, g2, g3);
        uint64 at = _propose(members, 2);
        vm.expectEmit(address(accounts));
        emit IAccountRegistry.GuardianSetCancelled(controller);
        vm.prank(controller);
        accounts.cancelGuardianSet();
        vm.warp(at);
        assertFalse(accounts.isGuardian(controller, g1, _proofOf(controller, members, 0)));
    }

    function test_RevertWhen_CancellingWithNothingPending() public {
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.NoPendingGuardians.selector, controller));
        vm.prank(controller);
        accounts.cancelGuardianSet();
    }

    function test_RevertWhen_CancellingAChangeAlreadyInForce() public {
        address[] memory members = _set(g1, g2, g3);
        vm.warp(_propose(members, 2));
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.NoPendingGuardians.selector, controller));
        vm.prank(controller);
        accounts.cancelGuardianSet();
        assertTrue(accounts.isGuardian(controller, g1, _proofOf(controller, members, 0)));
    }

    /// A controller is a pseudonym, registered nowhere; each keeps its own set, and nobody can
    /// replace another's (the caller is the namespace).
    function test_controllersKeepTheirOwnSets() public {
        address[] memory members = _set(g1, g2, g3);
        vm.warp(_propose(members, 2));
        (bytes32 root,) = _tree(stranger, _set(stranger, g2, g3));
        vm.prank(stranger);
        vm.warp(accounts.proposeGuardianSet(root, 3, 1));
        assertTrue(accounts.isGuardian(controller, g1, _proofOf(controller, members, 0)));
        (, uint8 size, uint8 threshold) = accounts.guardianSet(controller);
        assertEq(size, 3);
        assertEq(threshold, 2);
    }

    function test_RevertWhen_TooManyGuardians() public {
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.TooManyGuardians.selector, 6, 5));
        vm.prank(controller);
        accounts.proposeGuardianSet(bytes32(uint256(1)), 6, 3);
    }

    function test_RevertWhen_ThresholdAboveSetSize() public {
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.InvalidThreshold.selector, 4, 3));
        vm.prank(controller);
        accounts.proposeGuardianSet(bytes32(uint256(1)), 3, 4);
    }

    function test_RevertWhen_ThresholdZeroForNonEmptySet() public {
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.InvalidThreshold.selector, 0, 3));
        vm.prank(controller);
        accounts.proposeGuardianSet(bytes32(uint256(1)), 3, 0);
    }

    function test_RevertWhen_ThresholdNonZeroForEmptySet() public {
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.InvalidThreshold.selector, 1, 0));
        vm.prank(controller);
        accounts.proposeGuardianSet(bytes32(0), 0, 1);
    }

    function test_RevertWhen_RootDoesNotMatchSize() public {
        vm.startPrank(controller);
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.InvalidThreshold.selector, 2, 3));
        accounts.proposeGuardianSet(bytes32(0), 3, 2);
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.InvalidThreshold.selector, 0, 0));
        accounts.proposeGuardianSet(bytes32(uint256(1)), 0, 0);
        vm.stopPrank();
    }

    function testFuzz_proposeGuardianSet_thresholdWithinSetSize(uint8 n, uint8 threshold, uint64 wait)
        public
    {
        n = uint8(bound(n, 1, 5));
        threshold = uint8(bound(threshold, 1, n));
        address[] memory members = new address[](n);
        for (uint256 i; i < n; ++i) {
            members[i] = address(uint160(0x1000 + i));
        }
        uint64 at = _propose(members, threshold);
        vm.warp(block.timestamp + uint64(bound(wait, 0, 2 * GUARDIAN_DELAY)));
        bool due = block.timestamp >= at;
        _assertSet(due ? n : 0, due ? threshold : 0);
        bytes32[] memory proof = _proofOf(controller, members, n - 1);
        assertEq(accounts.isGuardian(controller, members[n - 1], proof), due);
    }

    function _assertSet(uint8 n, uint8 threshold) internal view {
        (, uint8 size, uint8 t) = accounts.guardianSet(controller);
        assertEq(size, n);
        assertEq(t, threshold);
    }

    function _containsAddress(bytes memory haystack, address needle) internal pure returns (bool) {
        bytes20 n = bytes20(needle);
        if (haystack.length < 20) return false;
        for (uint256 i; i + 20 <= haystack.length; ++i) {
            bytes20 w;
            assembly {
                w := mload(add(add(haystack, 32), i))
            }
            if (w == n) return true;
        }
        return false;
    }

    // ------------------------------------------------------------ parameters

    function test_setGuardianDelay_appliesToNewProposals() public {
        vm.expectEmit(address(accounts));
        emit IAccountRegistry.GuardianDelaySet(1 days);
        vm.prank(admin);
        accounts.setGuardianDelay(1 days);
        assertEq(accounts.guardianDelay(), 1 days);
        assertEq(_propose(_set(g1, g2, g3), 1), block.timestamp + 1 days);
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
