// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IAccountRegistry} from "../src/interfaces/IAccountRegistry.sol";
import {IRecordRegistry} from "../src/interfaces/IRecordRegistry.sol";
import {BaseTest} from "./utils/BaseTest.sol";
import {Merkle} from "./utils/Merkle.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {console} from "forge-std/console.sol";

/// @notice Recovery of a lost wallet by M of N guardians (IAccountRegistry): the happy path, the patient's
/// cancellation, and what an attacker tries.
contract AccountRegistryRecoveryTest is BaseTest {
    address internal patient;
    uint256 internal patientKey;
    address internal successor = makeAddr("new wallet");
    address internal controller = makeAddr("guardian-set controller");
    address internal g1 = makeAddr("guardian1");
    address internal g2 = makeAddr("guardian2");
    address internal g3 = makeAddr("guardian3");
    address[] internal members;
    bytes internal authorization;
    bytes internal successorKey;
    uint64 internal delay;

    function setUp() public override {
        super.setUp();
        (patient, patientKey) = makeAddrAndKey("patient");
        _register(patient, IAccountRegistry.Role.Patient);
        members = [g1, g2, g3];
        _propose(members, 2);
        vm.warp(block.timestamp + accounts.guardianDelay());
        authorization = _authorize(patientKey, patient, controller);
        successorKey = _newKey();
        delay = accounts.recoveryDelay();
    }

    // ------------------------------------------------------------ helpers

    /// @dev `guardianLeaf`, computed here: an external view call would take a pending prank or expectRevert.
    function _leaf(address ctl, address guardian) internal pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(ctl, guardian))));
    }

    function _tree(address[] memory set) internal view returns (bytes32 root, bytes32[] memory leaves) {
        uint256 width = 2;
        while (width < set.length) {
            width <<= 1;
        }
        leaves = new bytes32[](width);
        for (uint256 i; i < width; ++i) {
            leaves[i] = i < set.length ? _leaf(controller, set[i]) : keccak256(abi.encode("padding", i));
        }
        root = Merkle.root(leaves);
    }

    function _proof(address[] memory set, uint256 index) internal view returns (bytes32[] memory) {
        (, bytes32[] memory leaves) = _tree(set);
        return Merkle.proof(leaves, index);
    }

    function _propose(address[] memory set, uint8 threshold) internal {
        (bytes32 root,) = _tree(set);
        vm.prank(controller);
        accounts.proposeGuardianSet(root, uint8(set.length), threshold);
    }

    function _authorize(uint256 key, address who, address ctl) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, accounts.recoveryAuthorizationDigest(who, ctl));
        return abi.encodePacked(r, s, v);
    }

    function _approve(uint256 index) internal returns (bytes32 id, uint256 approvals) {
        return
            _approveAs(members[index], patient, successor, controller, authorization, _proof(members, index));
    }

    /// @dev The proof is computed before the prank (a view call would take the prank).
    function _approveAs(
        address guardian,
        address who,
        address to,
        address ctl,
        bytes memory auth,
        bytes32[] memory proof
    ) internal returns (bytes32, uint256) {
        vm.prank(guardian);
        return accounts.approveRecovery(who, to, ctl, auth, proof);
    }

    function _complete() internal {
        vm.prank(successor);
        accounts.completeRecovery(patient, successorKey);
    }

    // ------------------------------------------------------------ the path

    function test_recovery_twoOfThreeMoveTheIdentityAfterTheDelay() public {
        (bytes32 root,) = _tree(members);
        bytes32 id = accounts.recoveryIdOf(patient, successor, controller, root);
        vm.expectEmit(address(accounts));
        emit IAccountRegistry.RecoveryApproved(patient, id, controller, successor, 1);
        _approve(0);
        (address s,,, uint64 readyAt,) = accounts.recoveryOf(patient);
        assertEq(s, address(0), "one approval starts nothing");
        uint64 expected = uint64(block.timestamp) + delay;
        vm.expectEmit(address(accounts));
        emit IAccountRegistry.RecoveryStarted(patient, successor, id, expected);
        (, uint256 approvals) = _approve(1);
        assertEq(approvals, 2);
        (s,,, readyAt,) = accounts.recoveryOf(patient);
        assertEq(s, successor);
        assertEq(readyAt, expected);
        assertTrue(accounts.hasApprovedRecovery(id, g1));

        vm.warp(readyAt);
        vm.expectEmit(address(accounts));
        emit IAccountRegistry.RecoveryCompleted(patient, successor);
        vm.expectEmit(address(accounts));
        emit IAccountRegistry.Registered(successor, IAccountRegistry.Role.Patient, bytes32(0));
        vm.expectEmit(address(accounts));
        emit IAccountRegistry.EncryptionKeySet(successor, successorKey, 1);
        _complete();

        assertTrue(accounts.isPatient(successor));
        assertFalse(accounts.isPatient(patient), "the old account no longer acts as patient");
        assertEq(accounts.successorOf(patient), successor);
        assertEq(accounts.predecessorOf(successor), patient);
        assertEq(accounts.identityOf(patient), successor);
        assertEq(accounts.identityOf(successor), successor);
        (bytes memory key, uint32 epoch) = accounts.encryptionKeyOf(successor);
        assertEq(key, successorKey);
        assertEq(epoch, 1);
        (s,,,,) = accounts.recoveryOf(patient);
        assertEq(s, address(0));

        // The old account can neither rotate its key nor cancel nor be recovered again.
        bytes memory k = _newKey();
        vm.expectRevert(
            abi.encodeWithSelector(IAccountRegistry.AccountRecovered.selector, patient, successor)
        );
        vm.prank(patient);
        accounts.rotateKey(k);
        vm.expectRevert(
            abi.encodeWithSelector(IAccountRegistry.AccountRecovered.selector, patient, successor)
        );
        vm.prank(patient);
        accounts.cancelRecovery();
    }

    /// @notice What the patient reported herself stays hers after her identity moves: a record she
    /// filed through the relayer's batch and one she anchored singly both still verify as
    /// `SelfReported` once her old account is no longer a patient (classed by `isPatient`, the batch
    /// leaf turned `Unqualified` at recovery: the chain would have disowned her own history).
    function test_recovery_keepsHerSelfReportedRecordsHers() public {
        IRecordRegistry.Record memory batched = IRecordRegistry.Record({
            patientId: keccak256("her blinded id"),
            recordId: keccak256("her diary"),
            version: 1,
            previous: bytes32(0),
            ciphertextHash: keccak256("ciphertext 1"),
            author: patient,
            category: 2
        });
        bytes32 leaf = records.leafOf(batched);
        vm.prank(relayer);
        records.anchorBatch(leaf, keccak256("manifest"), 1);
        IRecordRegistry.Record memory single = IRecordRegistry.Record({
            patientId: batched.patientId,
            recordId: keccak256("her allergy note"),
            version: 1,
            previous: bytes32(0),
            ciphertextHash: keccak256("ciphertext 2"),
            author: patient,
            category: 2
        });
        vm.prank(patient);
        bytes32 singleLeaf = records.anchorRecord(single, 0, new bytes[](0));

        _approve(0);
        _approve(1);
        vm.warp(block.timestamp + delay);
        _complete();
        assertFalse(accounts.isPatient(patient));

        (IRecordRegistry.Authorship a,) = records.verifyRecord(leaf, batched, new bytes32[](0));
        assertEq(uint8(a), uint8(IRecordRegistry.Authorship.SelfReported), "batched");
        (a,) = records.verifyRecord(singleLeaf, single, new bytes32[](0));
        assertEq(uint8(a), uint8(IRecordRegistry.Authorship.SelfReported), "single");
        // The retired account cannot add to her history any more; her new wallet can.
        single.recordId = keccak256("written after recovery");
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.IneligibleAuthor.selector, patient));
        vm.prank(patient);
        records.anchorRecord(single, 0, new bytes[](0));
    }

    function test_recovery_throughTheForwarder_needsNoEth() public {
        (address pseudo, uint256 pseudoKey) = makeAddrAndKey("guardian pseudonym");
        (address fresh, uint256 freshKey) = makeAddrAndKey("fresh wallet");
        members = [pseudo, g2, g3];
        _propose(members, 2);
        vm.warp(block.timestamp + accounts.guardianDelay());
        _forward(
            pseudoKey,
            address(accounts),
            abi.encodeCall(
                accounts.approveRecovery, (patient, fresh, controller, authorization, _proof(members, 0))
            )
        );
        _approveAs(g2, patient, fresh, controller, authorization, _proof(members, 1));
        vm.warp(block.timestamp + delay);
        _forward(
            freshKey, address(accounts), abi.encodeCall(accounts.completeRecovery, (patient, successorKey))
        );
        assertEq(accounts.identityOf(patient), fresh);
        assertEq(pseudo.balance + fresh.balance, 0);
    }

    function test_recovery_chainsOfSuccessorsEndAtTheLast() public {
        _approve(0);
        _approve(1);
        vm.warp(block.timestamp + delay);
        _complete();
        // The new identity's own guardians (another controller) recover it once more.
        (address second, uint256 secondKey) = makeAddrAndKey("second wallet");
        secondKey;
        address ctl2 = makeAddr("controller 2");
        (, uint256 succKey) = makeAddrAndKey("new wallet");
        assertEq(vm.addr(succKey), successor);
        address[] memory one = new address[](1);
        one[0] = g1;
        bytes32 leaf = accounts.guardianLeaf(ctl2, g1);
        vm.prank(ctl2);
        accounts.proposeGuardianSet(leaf, 1, 1);
        vm.warp(block.timestamp + accounts.guardianDelay());
        bytes memory auth2 = _authorize(succKey, successor, ctl2);
        _approveAs(g1, successor, second, ctl2, auth2, new bytes32[](0));
        vm.warp(block.timestamp + delay);
        vm.prank(second);
        accounts.completeRecovery(successor, _newKey());
        assertEq(accounts.identityOf(patient), second);
        assertEq(accounts.identityOf(successor), second);
        assertFalse(accounts.isPatient(successor));
    }

    function test_cancelRecovery_byTheOldWalletVoidsEveryApproval() public {
        (bytes32 id,) = _approve(0);
        _approve(1);
        vm.expectEmit(address(accounts));
        emit IAccountRegistry.RecoveryCancelled(patient, 1);
        vm.prank(patient);
        accounts.cancelRecovery();
        (address s,,, uint64 readyAt, uint32 nonce) = accounts.recoveryOf(patient);
        assertEq(s, address(0));
        assertEq(readyAt, 0);
        assertEq(nonce, 1);
        vm.warp(block.timestamp + delay);
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.NoRecovery.selector, patient));
        _complete();
        // The same guardians start over: the earlier approvals do not count toward the new round.
        (bytes32 again, uint256 approvals) = _approve(0);
        assertTrue(again != id);
        assertEq(approvals, 1);
        assertTrue(accounts.isPatient(patient));
    }

    function test_approveRecovery_anotherSuccessorRestartsTheDelay() public {
        _approve(0);
        _approve(1);
        address other = makeAddr("other wallet");
        vm.warp(block.timestamp + delay - 1);
        _approveAs(g1, patient, other, controller, authorization, _proof(members, 0));
        _approveAs(g3, patient, other, controller, authorization, _proof(members, 2));
        (address s,,, uint64 readyAt,) = accounts.recoveryOf(patient);
        assertEq(s, other);
        assertEq(readyAt, uint64(block.timestamp) + delay);
        vm.warp(block.timestamp + 1);
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.NotSuccessor.selector, successor, other));
        _complete();
    }

    function test_setRecoveryDelay_paramsRoleWithinBounds() public {
        bytes32 role = accounts.PARAMS_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        vm.prank(stranger);
        accounts.setRecoveryDelay(2 days);
        vm.prank(admin);
        accounts.grantRole(role, admin);
        vm.startPrank(admin);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccountRegistry.RecoveryDelayOutOfBounds.selector, 1 hours, 1 days, 30 days
            )
        );
        accounts.setRecoveryDelay(1 hours);
        vm.expectEmit(address(accounts));
        emit IAccountRegistry.RecoveryDelaySet(2 days);
        accounts.setRecoveryDelay(2 days);
        vm.stopPrank();
        assertEq(accounts.recoveryDelay(), 2 days);
    }

    // ------------------------------------------------------------ attacks

    function test_attack_aNonGuardianCannotApprove() public {
        bytes32[] memory proof = _proof(members, 0);
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.NotGuardian.selector, controller, stranger));
        _approveAs(stranger, patient, successor, controller, authorization, proof);
        // Nor a guardian of another controller's set, with its own proof.
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.NotGuardian.selector, stranger, g1));
        _approveAs(g1, patient, successor, stranger, authorization, proof);
    }

    function test_attack_guardiansWithoutThePatientsAuthorizationCannotRecoverHer() public {
        // A set of guardians of some controller tries another patient's account.
        (address victim, uint256 victimKey) = makeAddrAndKey("victim");
        victimKey;
        _register(victim, IAccountRegistry.Role.Patient);
        vm.expectRevert(
            abi.encodeWithSelector(IAccountRegistry.InvalidRecoveryAuthorization.selector, victim, controller)
        );
        _approveAs(g1, victim, successor, controller, authorization, _proof(members, 0));
        // An authorization for another controller does not serve this one.
        bytes memory other = _authorize(patientKey, patient, stranger);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccountRegistry.InvalidRecoveryAuthorization.selector, patient, controller
            )
        );
        _approveAs(g1, patient, successor, controller, other, _proof(members, 0));
    }

    function test_attack_tooFewGuardiansCannotComplete() public {
        _approve(0);
        vm.warp(block.timestamp + delay + 1);
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.NoRecovery.selector, patient));
        _complete();
        assertTrue(accounts.isPatient(patient));
    }

    function test_attack_aGuardianApprovingTwiceCountsOnce() public {
        (bytes32 id,) = _approve(0);
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.RecoveryAlreadyApproved.selector, id, g1));
        _approve(0);
        assertEq(accounts.recoveryApprovals(id), 1);
    }

    function test_attack_completingBeforeTheDelay() public {
        _approve(0);
        _approve(1);
        (,,, uint64 readyAt,) = accounts.recoveryOf(patient);
        vm.warp(readyAt - 1);
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.RecoveryNotReady.selector, patient, readyAt));
        _complete();
    }

    function test_attack_onlyTheSuccessorCompletes() public {
        _approve(0);
        _approve(1);
        vm.warp(block.timestamp + delay);
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.NotSuccessor.selector, stranger, successor));
        vm.prank(stranger);
        accounts.completeRecovery(patient, successorKey);
    }

    function test_attack_recoveryToARegisteredAccount() public {
        _register(stranger, IAccountRegistry.Role.Provider);
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.InvalidSuccessor.selector, stranger));
        _approveAs(g1, patient, stranger, controller, authorization, _proof(members, 0));
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.InvalidSuccessor.selector, patient));
        _approveAs(g1, patient, patient, controller, authorization, _proof(members, 0));
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.InvalidSuccessor.selector, address(0)));
        _approveAs(g1, patient, address(0), controller, authorization, _proof(members, 0));
        // The successor registers itself during the delay: the completion refuses.
        _approve(0);
        _approve(1);
        _register(successor, IAccountRegistry.Role.Researcher);
        vm.warp(block.timestamp + delay);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccountRegistry.AlreadyRegistered.selector, successor, IAccountRegistry.Role.Researcher
            )
        );
        _complete();
    }

    function test_attack_aProviderOrUnregisteredAccountIsNotRecovered() public {
        _register(stranger, IAccountRegistry.Role.Provider);
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.NotPatient.selector, stranger));
        _approveAs(g1, stranger, successor, controller, authorization, _proof(members, 0));
    }

    function test_attack_replayAfterCompletion() public {
        _approve(0);
        _approve(1);
        vm.warp(block.timestamp + delay);
        _complete();
        address other = makeAddr("other wallet");
        vm.expectRevert(
            abi.encodeWithSelector(IAccountRegistry.AccountRecovered.selector, patient, successor)
        );
        _approveAs(g3, patient, other, controller, authorization, _proof(members, 2));
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.NoRecovery.selector, patient));
        vm.prank(successor);
        accounts.completeRecovery(patient, successorKey);
    }

    function test_attack_aStaleSetsApprovalsDoNotCount() public {
        (bytes32 id,) = _approve(0);
        // The set is replaced (g1 removed): g1's approval named the old root.
        address[] memory next = new address[](3);
        (next[0], next[1], next[2]) = (g2, g3, stranger);
        _propose(next, 2);
        vm.warp(block.timestamp + accounts.guardianDelay());
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.NotGuardian.selector, controller, g1));
        _approve(0);
        members = next;
        (bytes32 fresh, uint256 approvals) = _approve(0);
        assertTrue(fresh != id);
        assertEq(approvals, 1, "the old set's approval does not count");
        // A recovery started under a set that is then replaced cannot complete.
        _approve(1);
        address[] memory third = new address[](2);
        (third[0], third[1]) = (g1, g2);
        _propose(third, 1);
        vm.warp(block.timestamp + delay);
        (bytes32 root,) = _tree(next);
        vm.expectRevert(abi.encodeWithSelector(IAccountRegistry.StaleGuardianSet.selector, controller, root));
        _complete();
    }

    // ------------------------------------------------------------ gas

    /// @dev Whole transactions (21,000 + calldata + execution), as ConsentManager.gas.t.sol measures.
    function _tx(address from, bytes memory data) internal returns (uint256 txGas) {
        vm.cool(address(accounts));
        vm.prank(from);
        (bool ok, bytes memory ret) = address(accounts).call(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 32), mload(ret))
            }
        }
        uint256 calldataGas;
        for (uint256 i; i < data.length; ++i) {
            calldataGas += data[i] == 0 ? 4 : 16;
        }
        txGas = 21_000 + calldataGas + vm.lastCallGas().gasTotalUsed;
    }

    function test_gas_recovery() public {
        bytes memory approve0 = abi.encodeCall(
            accounts.approveRecovery, (patient, successor, controller, authorization, _proof(members, 0))
        );
        bytes memory approve1 = abi.encodeCall(
            accounts.approveRecovery, (patient, successor, controller, authorization, _proof(members, 1))
        );
        uint256 first = _tx(g1, approve0);
        console.log("approveRecovery, counted (2 of 3)", first);
        assertLe(first, 110_000);
        uint256 last = _tx(g2, approve1);
        console.log("approveRecovery, starts the delay", last);
        assertLe(last, 150_000);
        vm.warp(block.timestamp + delay);
        uint256 done = _tx(successor, abi.encodeCall(accounts.completeRecovery, (patient, successorKey)));
        console.log("completeRecovery", done);
        assertLe(done, 150_000);
        uint256 cancel = _tx(successor, abi.encodeCall(accounts.cancelRecovery, ()));
        console.log("cancelRecovery (nothing started)", cancel);
    }
}
