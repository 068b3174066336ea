// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IConsentManager} from "../src/interfaces/IConsentManager.sol";
import {ConsentTestBase} from "./utils/ConsentTestBase.sol";

contract ConsentManagerGuardiansTest is ConsentTestBase {
    address[] internal g;
    bytes internal notice;
    /// @dev A guardian-made consent sits in the patient's own namespace: its preimage names her as controller.
    bytes32 internal ownId;

    function setUp() public override {
        super.setUp();
        g = _guardians(3, 2);
        notice = _notice("guardian grant notice");
        ownId = _grantId(patient, grantee, CATEGORY_SCOPE, _cat(CATEGORY), SALT, patient);
    }

    function _grantAction(bytes32 salt) internal view returns (IConsentManager.GuardianAction memory) {
        return IConsentManager.GuardianAction({
            grantId: ownId,
            access: READ,
            expiresAt: uint64(block.timestamp + 7 days),
            noticeHash: keccak256(notice),
            salt: salt
        });
    }

    function _revokeAction(bytes32 salt) internal view returns (IConsentManager.GuardianAction memory) {
        return IConsentManager.GuardianAction({
            grantId: ownId, access: NONE, expiresAt: 0, noticeHash: keccak256(""), salt: salt
        });
    }

    function _approve(address guardian, IConsentManager.GuardianAction memory a, bytes memory notice_)
        internal
        returns (bytes32 id, bool executed)
    {
        vm.prank(guardian);
        (id, executed) = consent.approveGuardianAction(patient, a, notice_);
    }

    function test_guardianActionId_isTheDocumentedHash() public view {
        IConsentManager.GuardianAction memory a = _grantAction(bytes32(uint256(5)));
        assertEq(consent.guardianActionId(patient, a), keccak256(abi.encode(patient, a)));
    }

    function test_approveGuardianAction_grantsAtThreshold() public {
        IConsentManager.GuardianAction memory a = _grantAction(bytes32(0));
        bytes32 id = consent.guardianActionId(patient, a);
        vm.expectEmit(address(consent));
        emit IConsentManager.GuardianApproved(patient, id, g[0]);
        (bytes32 id1, bool executed1) = _approve(g[0], a, notice);
        assertEq(id1, id);
        assertFalse(executed1);
        assertTrue(consent.hasApproved(id, g[0]));
        assertFalse(_live(patient, ownId, READ));

        vm.expectEmit(address(consent));
        emit IConsentManager.GuardianApproved(patient, id, g[2]);
        vm.expectEmit(address(consent));
        emit IConsentManager.GuardianActionExecuted(patient, id, 2);
        vm.expectEmit(address(consent));
        emit IConsentManager.ConsentChanged(patient, ownId, READ, a.expiresAt, notice);
        (bytes32 id2, bool executed) = _approve(g[2], a, notice);
        assertEq(id2, id);
        assertTrue(executed);
        assertTrue(consent.isExecuted(id));
        assertTrue(_live(patient, ownId, READ));
        assertFalse(_live(patient, ownId, WRITE));
        (IConsentManager.Access acc, uint64 exp, uint64 nonce) = consent.consentOf(patient, ownId);
        assertEq(uint8(acc), uint8(READ));
        assertEq(exp, a.expiresAt);
        assertEq(nonce, 1);
    }

    function test_approveGuardianAction_belowThresholdDoesNotRun() public {
        IConsentManager.GuardianAction memory a = _grantAction(bytes32(0));
        (bytes32 id, bool executed) = _approve(g[0], a, notice);
        assertFalse(executed);
        assertFalse(consent.isExecuted(id));
        assertFalse(_live(patient, ownId, READ));
        assertEq(_nonce(patient, ownId), 0);
    }

    function test_approveGuardianAction_revokes() public {
        // The patient granted in her own namespace herself; her guardians revoke it.
        _set(patient, ownId, READ, uint64(block.timestamp + 1 days), notice);
        IConsentManager.GuardianAction memory a = _revokeAction(bytes32(0));
        _approve(g[1], a, "");
        assertTrue(_live(patient, ownId, READ));
        vm.expectEmit(address(consent));
        emit IConsentManager.ConsentChanged(patient, ownId, NONE, 0, "");
        _approve(g[2], a, "");
        assertFalse(_live(patient, ownId, READ));
        assertEq(_nonce(patient, ownId), 2);
    }

    function test_approveGuardianAction_actsOnlyInThePatientsNamespace() public {
        // A consent the patient's pseudonym controls is out of the guardians' reach: an action naming
        // its grant id writes the patient's own namespace, and the pseudonym's consent stays as it was.
        bytes32 pseudonymous = _categoryGrant();
        _set(controller, pseudonymous, WRITE, uint64(block.timestamp + 1 days), notice);
        IConsentManager.GuardianAction memory a = _revokeAction(bytes32(0));
        a.grantId = pseudonymous;
        _approve(g[0], a, "");
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NoConsent.selector, patient, pseudonymous));
        _approve(g[1], a, "");
        assertTrue(_live(controller, pseudonymous, WRITE));
        assertEq(_nonce(controller, pseudonymous), 1);
    }

    function test_approveGuardianAction_differentActionsDoNotCombine() public {
        _approve(g[0], _grantAction(bytes32(0)), notice);
        (, bool executed) = _approve(g[1], _grantAction(bytes32(uint256(1))), notice);
        assertFalse(executed);
        assertFalse(_live(patient, ownId, READ));
    }

    function test_approveGuardianAction_replacedGuardianNoLongerCounts() public {
        IConsentManager.GuardianAction memory a = _grantAction(bytes32(0));
        _approve(g[0], a, notice);
        // The patient replaces guardian 0; its approval stops counting once the new set is in force.
        address[] memory next = new address[](3);
        next[0] = makeAddr("new guardian");
        next[1] = g[1];
        next[2] = g[2];
        vm.prank(patient);
        accounts.proposeGuardians(next, 2);
        vm.warp(block.timestamp + accounts.guardianDelay());
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NotGuardian.selector, patient, g[0]));
        _approve(g[0], a, notice);
        (, bool executed) = _approve(g[1], a, notice);
        assertFalse(executed);
        assertFalse(_live(patient, ownId, READ));
    }

    function test_approveGuardianAction_throughForwarder() public {
        (address gasless, uint256 key) = makeAddrAndKey("gasless guardian");
        address[] memory set = new address[](1);
        set[0] = gasless;
        vm.prank(patient);
        accounts.proposeGuardians(set, 1);
        vm.warp(block.timestamp + accounts.guardianDelay());
        _forward(
            key,
            address(consent),
            abi.encodeCall(consent.approveGuardianAction, (patient, _grantAction(0), notice))
        );
        assertTrue(_live(patient, ownId, READ));
    }

    // ---------------------------------------------------------------- notice binding

    function test_RevertWhen_ExecutingApprovalCarriesAnotherNotice() public {
        IConsentManager.GuardianAction memory a = _grantAction(bytes32(0));
        bytes32 id = consent.guardianActionId(patient, a);
        // An approval that does not run the action does not use the notice.
        _approve(g[0], a, "");
        // The one that runs it must carry the approved notice; otherwise nothing happens, not even
        // the approval.
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NoticeMismatch.selector, a.noticeHash));
        _approve(g[1], a, _notice("another notice"));
        assertFalse(consent.hasApproved(id, g[1]));
        assertFalse(consent.isExecuted(id));
        assertFalse(_live(patient, ownId, READ));
        (, bool executed) = _approve(g[1], a, notice);
        assertTrue(executed);
        assertTrue(_live(patient, ownId, READ));
    }

    // ---------------------------------------------------------------- reverts

    function test_RevertWhen_NotGuardian() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NotGuardian.selector, patient, stranger));
        _approve(stranger, _grantAction(bytes32(0)), notice);
        // Nor the patient herself, nor her pseudonym.
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NotGuardian.selector, patient, patient));
        _approve(patient, _grantAction(bytes32(0)), notice);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NotGuardian.selector, patient, controller));
        _approve(controller, _grantAction(bytes32(0)), notice);
    }

    function test_RevertWhen_ActionAlreadyExecuted() public {
        IConsentManager.GuardianAction memory a = _grantAction(bytes32(0));
        _approve(g[0], a, notice);
        _approve(g[1], a, notice);
        bytes32 id = consent.guardianActionId(patient, a);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.ActionAlreadyExecuted.selector, id));
        _approve(g[2], a, notice);
    }

    function test_RevertWhen_GuardianApprovesTwice() public {
        IConsentManager.GuardianAction memory a = _grantAction(bytes32(0));
        bytes32 id = consent.guardianActionId(patient, a);
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
}
