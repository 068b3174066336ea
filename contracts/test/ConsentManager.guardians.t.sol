// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IConsentManager} from "../src/interfaces/IConsentManager.sol";
import {ConsentTestBase} from "./utils/ConsentTestBase.sol";
import {Merkle} from "./utils/Merkle.sol";

/// @notice Guardian actions on a committed set: guardians approve from pseudonyms shown by Merkle
/// proofs against the set in force under the patient's guardian-set controller, and the action writes
/// that controller's namespace.
contract ConsentManagerGuardiansTest is ConsentTestBase {
    address[] internal g;
    bytes internal notice;
    /// @dev A guardian-made consent sits in the guardian-set controller's namespace: its preimage
    /// names that pseudonym as controller.
    bytes32 internal setId;

    function setUp() public override {
        super.setUp();
        g = _guardians(3, 2);
        notice = _notice("guardian grant notice");
        setId = _grantId(patient, grantee, CATEGORY_SCOPE, _cat(CATEGORY), SALT, guardianSet);
    }

    function _grantAction(bytes32 salt) internal view returns (IConsentManager.GuardianAction memory) {
        return IConsentManager.GuardianAction({
            grantId: setId,
            access: READ,
            expiresAt: uint64(block.timestamp + 7 days),
            noticeHash: keccak256(notice),
            salt: salt,
            deadline: uint64(block.timestamp + 30 days)
        });
    }

    function _revokeAction(bytes32 salt) internal view returns (IConsentManager.GuardianAction memory) {
        return IConsentManager.GuardianAction({
            grantId: setId,
            access: NONE,
            expiresAt: 0,
            noticeHash: keccak256(""),
            salt: salt,
            deadline: uint64(block.timestamp + 7 days)
        });
    }

    function test_guardianActionId_isTheDocumentedHash() public view {
        IConsentManager.GuardianAction memory a = _grantAction(bytes32(uint256(5)));
        (bytes32 root,,) = accounts.guardianSet(guardianSet);
        assertEq(consent.guardianActionId(guardianSet, root, a), keccak256(abi.encode(guardianSet, root, a)));
    }

    function test_approveGuardianAction_grantsAtThreshold() public {
        IConsentManager.GuardianAction memory a = _grantAction(bytes32(0));
        bytes32 id = _actionId(a);
        vm.expectEmit(address(consent));
        emit IConsentManager.GuardianApproved(id, 1);
        (bytes32 id1, bool executed1) = _approve(g[0], a, notice);
        assertEq(id1, id);
        assertFalse(executed1);
        assertTrue(consent.hasApproved(id, g[0]));
        assertFalse(_live(guardianSet, setId, READ));

        vm.expectEmit(address(consent));
        emit IConsentManager.GuardianApproved(id, 2);
        vm.expectEmit(address(consent));
        emit IConsentManager.GuardianActionExecuted(id, 2);
        vm.expectEmit(address(consent));
        emit IConsentManager.ConsentChanged(guardianSet, setId, READ, a.expiresAt, notice);
        (bytes32 id2, bool executed) = _approve(g[2], a, notice);
        assertEq(id2, id);
        assertTrue(executed);
        assertTrue(consent.isExecuted(id));
        assertTrue(_live(guardianSet, setId, READ));
        assertFalse(_live(guardianSet, setId, WRITE));
        (IConsentManager.Access acc, uint64 exp, uint64 nonce) = consent.consentOf(guardianSet, setId);
        assertEq(uint8(acc), uint8(READ));
        assertEq(exp, a.expiresAt);
        assertEq(nonce, 1);
    }

    function test_approveGuardianAction_belowThresholdDoesNotRun() public {
        IConsentManager.GuardianAction memory a = _grantAction(bytes32(0));
        (bytes32 id, bool executed) = _approve(g[0], a, notice);
        assertFalse(executed);
        assertFalse(consent.isExecuted(id));
        assertFalse(_live(guardianSet, setId, READ));
        assertEq(_nonce(guardianSet, setId), 0);
    }

    function test_approveGuardianAction_revokes() public {
        // The patient's client granted in the set's namespace itself (it holds the controller key);
        // her guardians revoke it.
        _set(guardianSet, setId, READ, uint64(block.timestamp + 1 days), notice);
        IConsentManager.GuardianAction memory a = _revokeAction(bytes32(0));
        _approve(g[1], a, "");
        assertTrue(_live(guardianSet, setId, READ));
        vm.expectEmit(address(consent));
        emit IConsentManager.ConsentChanged(guardianSet, setId, NONE, 0, "");
        _approve(g[2], a, "");
        assertFalse(_live(guardianSet, setId, READ));
        assertEq(_nonce(guardianSet, setId), 2);
    }

    function test_approveGuardianAction_actsOnlyInTheSetsNamespace() public {
        // A consent a relationship pseudonym controls is out of the guardians' reach: an action naming
        // its grant id writes the set's namespace, and the pseudonym's consent stays as it was.
        bytes32 pseudonymous = _categoryGrant();
        _set(controller, pseudonymous, WRITE, uint64(block.timestamp + 1 days), notice);
        IConsentManager.GuardianAction memory a = _revokeAction(bytes32(0));
        a.grantId = pseudonymous;
        _approve(g[0], a, "");
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NoConsent.selector, guardianSet, pseudonymous));
        _approve(g[1], a, "");
        assertTrue(_live(controller, pseudonymous, WRITE));
        assertEq(_nonce(controller, pseudonymous), 1);
    }

    function test_approveGuardianAction_differentActionsDoNotCombine() public {
        _approve(g[0], _grantAction(bytes32(0)), notice);
        (, bool executed) = _approve(g[1], _grantAction(bytes32(uint256(1))), notice);
        assertFalse(executed);
        assertFalse(_live(guardianSet, setId, READ));
    }

    function test_approveGuardianAction_replacedSetVoidsApprovals() public {
        IConsentManager.GuardianAction memory a = _grantAction(bytes32(0));
        address[] memory old = members;
        bytes32[] memory oldLeaves = memberLeaves;
        _approve(g[0], a, notice);
        // The patient replaces guardian 0; once the new set is in force, the action's id names the
        // new root, so the old approval does not count and guardian 0's old proof fails.
        address[] memory next = new address[](3);
        next[0] = makeAddr("new guardian");
        next[1] = g[1];
        next[2] = g[2];
        _proposeSet(next, 2);
        vm.warp(block.timestamp + accounts.guardianDelay());
        bytes32[] memory oldProof = _proofIn(oldLeaves, 0);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NotGuardian.selector, guardianSet, old[0]));
        vm.prank(old[0]);
        consent.approveGuardianAction(guardianSet, a, oldProof, notice);
        (bytes32 id, bool executed) = _approve(g[1], a, notice);
        assertFalse(executed);
        assertFalse(consent.hasApproved(id, g[0]));
        assertFalse(_live(guardianSet, setId, READ));
        (, executed) = _approve(next[0], a, notice);
        assertTrue(executed);
    }

    function test_approveGuardianAction_throughForwarder() public {
        (address gasless, uint256 key) = makeAddrAndKey("gasless guardian pseudonym");
        address[] memory set = new address[](1);
        set[0] = gasless;
        _proposeSet(set, 1);
        vm.warp(block.timestamp + accounts.guardianDelay());
        _forward(
            key,
            address(consent),
            abi.encodeCall(
                consent.approveGuardianAction, (guardianSet, _grantAction(0), _memberProof(gasless), notice)
            )
        );
        assertTrue(_live(guardianSet, setId, READ));
    }

    // ---------------------------------------------------------------- notice binding

    function test_RevertWhen_ExecutingApprovalCarriesAnotherNotice() public {
        IConsentManager.GuardianAction memory a = _grantAction(bytes32(0));
        bytes32 id = _actionId(a);
        // An approval that does not run the action does not use the notice.
        _approve(g[0], a, "");
        // The one that runs it must carry the approved notice; otherwise nothing happens, not even
        // the approval.
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NoticeMismatch.selector, a.noticeHash));
        _approve(g[1], a, _notice("another notice"));
        assertFalse(consent.hasApproved(id, g[1]));
        assertFalse(consent.isExecuted(id));
        assertFalse(_live(guardianSet, setId, READ));
        (, bool executed) = _approve(g[1], a, notice);
        assertTrue(executed);
        assertTrue(_live(guardianSet, setId, READ));
    }

    // ---------------------------------------------------------------- reverts

    function test_RevertWhen_NotGuardian() public {
        IConsentManager.GuardianAction memory a = _grantAction(bytes32(0));
        // A stranger with a member's proof; a member with another's proof; the patient; the
        // relationship pseudonym; a member under a controller with no set.
        address[5] memory callers = [stranger, g[0], patient, controller, g[0]];
        address[5] memory sets = [guardianSet, guardianSet, guardianSet, guardianSet, controller];
        bytes32[] memory g1Proof = _memberProof(g[1]);
        for (uint256 i; i < callers.length; ++i) {
            bytes32[] memory proof = i == 1 ? g1Proof : _memberProof(g[0]);
            vm.expectRevert(abi.encodeWithSelector(IConsentManager.NotGuardian.selector, sets[i], callers[i]));
            vm.prank(callers[i]);
            consent.approveGuardianAction(sets[i], a, proof, notice);
        }
    }

    function test_RevertWhen_ActionAlreadyExecuted() public {
        IConsentManager.GuardianAction memory a = _grantAction(bytes32(0));
        _approve(g[0], a, notice);
        _approve(g[1], a, notice);
        bytes32 id = _actionId(a);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.ActionAlreadyExecuted.selector, id));
        _approve(g[2], a, notice);
    }

    function test_RevertWhen_GuardianApprovesTwice() public {
        IConsentManager.GuardianAction memory a = _grantAction(bytes32(0));
        bytes32 id = _actionId(a);
        _approve(g[0], a, notice);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.AlreadyApproved.selector, id, g[0]));
        _approve(g[0], a, notice);
    }

    function test_RevertWhen_ActionExpiredBeforeThreshold() public {
        IConsentManager.GuardianAction memory a = _grantAction(bytes32(0));
        _approve(g[0], a, notice);
        vm.warp(a.expiresAt);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.ExpiryNotInFuture.selector, a.expiresAt));
        _approve(g[1], a, notice);
    }

    /// @notice Before, an approval stood for ever and could not be taken back: a guardian's "yes" to a
    /// grant for a doctor the patient then fell out with was completed, a year later, by a second
    /// guardian alone (on the previous code the last approval runs the grant). Now approvals count
    /// only until the action's deadline, and a guardian can withdraw hers while it has not run.
    function test_attack_aStaleApprovalCannotBeCompletedLater() public {
        IConsentManager.GuardianAction memory a = _grantAction(bytes32(0));
        (bytes32 id,) = _approve(g[0], a, notice);
        vm.warp(a.deadline);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.ActionExpired.selector, id, a.deadline));
        _approve(g[1], a, notice);
        assertFalse(consent.isExecuted(id));
    }

    function test_withdrawGuardianApproval_takesItsCountBack() public {
        IConsentManager.GuardianAction memory a = _grantAction(bytes32(0));
        (bytes32 id,) = _approve(g[0], a, notice);
        vm.expectEmit(address(consent));
        emit IConsentManager.GuardianApprovalWithdrawn(id, 0);
        vm.prank(g[0]);
        consent.withdrawGuardianApproval(guardianSet, a);
        assertFalse(consent.hasApproved(id, g[0]));
        // The second guardian's approval is now the first: nothing runs.
        (, bool executed) = _approve(g[1], a, notice);
        assertFalse(executed, "a withdrawn approval does not count");
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NotApproved.selector, id, g[2]));
        vm.prank(g[2]);
        consent.withdrawGuardianApproval(guardianSet, a);
        // The first may approve again; then the threshold is met and it runs, and cannot be withdrawn.
        (, executed) = _approve(g[0], a, notice);
        assertTrue(executed);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.ActionAlreadyExecuted.selector, id));
        vm.prank(g[1]);
        consent.withdrawGuardianApproval(guardianSet, a);
    }

    function _proofIn(bytes32[] memory leaves, uint256 index) internal pure returns (bytes32[] memory) {
        return Merkle.proof(leaves, index);
    }
}
