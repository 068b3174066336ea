// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {ConsentManager} from "../src/ConsentManager.sol";
import {IConsentManager} from "../src/interfaces/IConsentManager.sol";
import {ConsentTestBase} from "./utils/ConsentTestBase.sol";
import {console} from "forge-std/console.sol";

contract ConsentManagerSignaturesTest is ConsentTestBase {
    uint256 internal constant SECP256K1_N =
        0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    function _grantConsent(uint256 nonce) internal view returns (IConsentManager.SignedConsent memory) {
        return _signed(grantee, RECORD, uint64(block.timestamp + 30 days), nonce, block.timestamp + 1 hours);
    }

    function test_grantBySig_anyoneSubmits() public {
        IConsentManager.SignedConsent memory c = _grantConsent(0);
        bytes memory sig = _signGrant(consent, patientKey, c);
        vm.expectEmit(address(consent));
        emit IConsentManager.Granted(patient, grantee, c.scope, c.target, c.access, c.expiresAt);
        vm.prank(stranger);
        consent.grantBySig(c, sig);
        assertTrue(_read(grantee, RECORD, CATEGORY));
        assertEq(consent.nonceOf(patient, grantee, IConsentManager.Scope.Record, RECORD), 1);
    }

    function test_revokeBySig_anyoneSubmits() public {
        IConsentManager.SignedConsent memory c = _grantConsent(0);
        consent.grantBySig(c, _signGrant(consent, patientKey, c));
        c.nonce = 1;
        bytes memory sig = _signRevoke(consent, patientKey, c);
        vm.expectEmit(address(consent));
        emit IConsentManager.Revoked(patient, grantee, c.scope, c.target);
        vm.prank(stranger);
        consent.revokeBySig(c, sig);
        assertFalse(_read(grantee, RECORD, CATEGORY));
        assertEq(consent.nonceOf(patient, grantee, IConsentManager.Scope.Record, RECORD), 2);
    }

    function test_grantBySig_deadlineInclusive() public {
        IConsentManager.SignedConsent memory c = _grantConsent(0);
        bytes memory sig = _signGrant(consent, patientKey, c);
        vm.warp(c.deadline - 1);
        uint256 snap = vm.snapshotState();
        consent.grantBySig(c, sig);
        vm.revertToState(snap);
        vm.warp(c.deadline);
        snap = vm.snapshotState();
        consent.grantBySig(c, sig);
        vm.revertToState(snap);
        vm.warp(c.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.SignatureExpired.selector, c.deadline));
        consent.grantBySig(c, sig);
    }

    function test_RevertWhen_SignedForAnotherChain() public {
        IConsentManager.SignedConsent memory c = _grantConsent(0);
        uint256 chainId = block.chainid;
        vm.chainId(chainId + 1);
        bytes memory sig = _signGrant(consent, patientKey, c);
        vm.chainId(chainId);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidSignature.selector, patient));
        consent.grantBySig(c, sig);
    }

    function test_RevertWhen_SignedForAnotherDeployment() public {
        ConsentManager other = new ConsentManager(admin, address(forwarder), accounts, providers, 1 hours);
        IConsentManager.SignedConsent memory c = _grantConsent(0);
        bytes memory sig = _signGrant(other, patientKey, c);
        other.grantBySig(c, sig); // valid where it was meant to be used
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidSignature.selector, patient));
        consent.grantBySig(c, sig);
    }

    function test_RevertWhen_SignatureIsHighS() public {
        IConsentManager.SignedConsent memory c = _grantConsent(0);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(patientKey, consent.grantDigest(c));
        bytes memory malleated =
            abi.encodePacked(r, bytes32(SECP256K1_N - uint256(s)), v == 27 ? uint8(28) : 27);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidSignature.selector, patient));
        consent.grantBySig(c, malleated);
        consent.grantBySig(c, abi.encodePacked(r, s, v)); // the low-s original is fine
    }

    function test_RevertWhen_NonceReused() public {
        IConsentManager.SignedConsent memory c = _grantConsent(0);
        bytes memory sig = _signGrant(consent, patientKey, c);
        consent.grantBySig(c, sig);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidNonce.selector, 0, 1));
        consent.grantBySig(c, sig);
        // A revocation signed with the consumed nonce fails too.
        bytes memory rsig = _signRevoke(consent, patientKey, c);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidNonce.selector, 0, 1));
        consent.revokeBySig(c, rsig);
    }

    function test_RevertWhen_NonceFromTheFuture() public {
        IConsentManager.SignedConsent memory c = _grantConsent(1);
        bytes memory sig = _signGrant(consent, patientKey, c);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidNonce.selector, 1, 0));
        consent.grantBySig(c, sig);
    }

    function test_RevertWhen_SignerIsNotThePatient() public {
        IConsentManager.SignedConsent memory c = _grantConsent(0);
        (, uint256 otherKey) = makeAddrAndKey("impostor");
        bytes memory sig = _signGrant(consent, otherKey, c);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidSignature.selector, patient));
        consent.grantBySig(c, sig);
    }

    function test_RevertWhen_SignedFieldChanged() public {
        IConsentManager.SignedConsent memory c = _grantConsent(0);
        bytes memory sig = _signGrant(consent, patientKey, c);
        c.access = IConsentManager.Access.Write;
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidSignature.selector, patient));
        consent.grantBySig(c, sig);
        c.access = IConsentManager.Access.Read;
        c.grantee = stranger;
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidSignature.selector, patient));
        consent.grantBySig(c, sig);
    }

    function test_RevertWhen_RevokeSignatureUsedAsGrant() public {
        IConsentManager.SignedConsent memory c = _grantConsent(0);
        bytes memory sig = _signRevoke(consent, patientKey, c);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidSignature.selector, patient));
        consent.grantBySig(c, sig);
    }

    function test_RevertWhen_RevokeBySigExpired() public {
        IConsentManager.SignedConsent memory c = _grantConsent(0);
        bytes memory sig = _signRevoke(consent, patientKey, c);
        vm.warp(c.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.SignatureExpired.selector, c.deadline));
        consent.revokeBySig(c, sig);
    }

    function test_RevertWhen_GuardianApprovalsBelowThreshold() public {
        address[] memory g = _guardians(3, 2);
        IConsentManager.GuardianAction memory action = IConsentManager.GuardianAction({
            revoke: false,
            grantee: grantee,
            scope: IConsentManager.Scope.Record,
            target: RECORD,
            access: IConsentManager.Access.Read,
            expiresAt: uint64(block.timestamp + 1 days),
            salt: bytes32(0)
        });
        vm.prank(g[0]);
        (bytes32 id, bool executed) = consent.approveGuardianAction(patient, action);
        assertFalse(executed);
        assertFalse(consent.isExecuted(id));
        assertFalse(_read(grantee, RECORD, CATEGORY));
        // The same guardian approving again does not count twice.
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.AlreadyApproved.selector, id, g[0]));
        vm.prank(g[0]);
        consent.approveGuardianAction(patient, action);
    }

    // ---------------------------------------------------------------- gas

    function test_revoke_invalidatesPendingSignedGrant() public {
        IConsentManager.SignedConsent memory c = _grantConsent(0);
        vm.prank(patient);
        consent.grant(grantee, IConsentManager.Scope.Record, RECORD, IConsentManager.Access.Read, c.expiresAt);
        bytes memory sig = _signGrant(consent, patientKey, c);
        vm.prank(patient);
        consent.revoke(grantee, IConsentManager.Scope.Record, RECORD);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidNonce.selector, 0, 1));
        consent.grantBySig(c, sig);
        assertFalse(_read(grantee, RECORD, CATEGORY));
    }

    /// @dev A grant on a new scope costs the same for a first-time or an active patient: the nonce lives
    /// in the grant slot, so one cold slot is written.
    function test_gas_grantBySig_steadyState() public {
        IConsentManager.SignedConsent memory c = _grantConsent(0);
        consent.grantBySig(c, _signGrant(consent, patientKey, c));
        c = _signed(
            makeAddr("second grantee"),
            RECORD,
            uint64(block.timestamp + 30 days),
            0,
            block.timestamp + 1 hours
        );
        bytes memory sig = _signGrant(consent, patientKey, c);
        // Start from cold storage, as a transaction of its own would.
        vm.cool(address(consent));
        vm.prank(relayer);
        consent.grantBySig(c, sig);
        uint256 execution = vm.lastCallGas().gasTotalUsed;
        uint256 txGas = 21_000 + _calldataCost(abi.encodeCall(consent.grantBySig, (c, sig))) + execution;
        console.log("grantBySig tx gas (steady state)", txGas);
        console.log("  execution", execution);
        assertLe(txGas, 60_000);
    }

    function _calldataCost(bytes memory data) internal pure returns (uint256 cost) {
        for (uint256 i; i < data.length; ++i) {
            cost += data[i] == 0 ? 4 : 16;
        }
    }
}
