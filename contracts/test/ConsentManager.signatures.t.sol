// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {ConsentManager} from "../src/ConsentManager.sol";
import {IConsentManager} from "../src/interfaces/IConsentManager.sol";
import {ConsentTestBase} from "./utils/ConsentTestBase.sol";
import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @dev A smart-account controller: valid signatures are its owner's.
contract SmartController is IERC1271 {
    address internal immutable _owner;

    constructor(address owner_) {
        _owner = owner_;
    }

    function isValidSignature(bytes32 hash, bytes calldata signature) external view returns (bytes4) {
        (address recovered, ECDSA.RecoverError err,) = ECDSA.tryRecover(hash, signature);
        return
            err == ECDSA.RecoverError.NoError && recovered == _owner
                ? this.isValidSignature.selector
                : bytes4(0);
    }
}

contract ConsentManagerSignaturesTest is ConsentTestBase {
    uint256 internal constant SECP256K1_N =
        0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    bytes internal notice;

    function setUp() public override {
        super.setUp();
        notice = _notice("grant notice");
    }

    function _grantChange(uint64 nonce) internal view returns (IConsentManager.ConsentChange memory) {
        return _change(controller, _recordGrant(), READ, uint64(block.timestamp + 30 days), notice, nonce);
    }

    function _revokeChange(uint64 nonce) internal view returns (IConsentManager.ConsentChange memory) {
        return _change(controller, _recordGrant(), NONE, 0, "", nonce);
    }

    function _submit(IConsentManager.ConsentChange memory c, bytes memory sig, bytes memory notice_)
        internal
    {
        vm.prank(relayer);
        consent.setConsentBySig(c, sig, notice_);
    }

    // ---------------------------------------------------------------- digest

    function test_changeDigest_isTheDocumentedEip712Digest() public view {
        assertEq(consent.CONSENT_CHANGE_TYPEHASH(), CONSENT_CHANGE_TYPEHASH);
        IConsentManager.ConsentChange memory c = _grantChange(7);
        assertEq(consent.changeDigest(c), _digest(consent, c));
    }

    // ---------------------------------------------------------------- happy paths

    function test_setConsentBySig_anyoneSubmitsAGrant() public {
        IConsentManager.ConsentChange memory c = _grantChange(0);
        bytes memory sig = _signChange(consent, controllerKey, c);
        vm.expectEmit(address(consent));
        emit IConsentManager.ConsentChanged(controller, c.grantId, READ, c.expiresAt, notice);
        vm.prank(stranger);
        consent.setConsentBySig(c, sig, notice);
        assertTrue(_live(controller, c.grantId, READ));
        assertFalse(_live(stranger, c.grantId, READ));
        (IConsentManager.Access a, uint64 e, uint64 n) = consent.consentOf(controller, c.grantId);
        assertEq(uint8(a), uint8(READ));
        assertEq(e, c.expiresAt);
        assertEq(n, 1);
    }

    function test_setConsentBySig_anyoneSubmitsARevocation() public {
        IConsentManager.ConsentChange memory c = _grantChange(0);
        _submit(c, _signChange(consent, controllerKey, c), notice);
        IConsentManager.ConsentChange memory r = _revokeChange(1);
        bytes memory sig = _signChange(consent, controllerKey, r);
        vm.expectEmit(address(consent));
        emit IConsentManager.ConsentChanged(controller, r.grantId, NONE, 0, "");
        vm.prank(stranger);
        consent.setConsentBySig(r, sig, "");
        assertFalse(_live(controller, r.grantId, READ));
        assertEq(_nonce(controller, r.grantId), 2);
    }

    function test_setConsentBySig_erc1271Controller() public {
        (address owner, uint256 ownerKey) = makeAddrAndKey("smart account owner");
        SmartController smart = new SmartController(owner);
        IConsentManager.ConsentChange memory c =
            _change(address(smart), _recordGrant(), WRITE, uint64(block.timestamp + 1 days), notice, 0);
        _submit(c, _signChange(consent, ownerKey, c), notice);
        assertTrue(_live(address(smart), c.grantId, WRITE));
        // Someone else's signature is refused by the account.
        c.nonce = 1;
        c.access = NONE;
        c.noticeHash = keccak256("");
        bytes memory bad = _signChange(consent, controllerKey, c);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidSignature.selector, address(smart)));
        _submit(c, bad, "");
    }

    function test_setConsentBySig_deadlineInclusive() public {
        IConsentManager.ConsentChange memory c = _grantChange(0);
        bytes memory sig = _signChange(consent, controllerKey, c);
        vm.warp(c.deadline - 1);
        uint256 snap = vm.snapshotState();
        _submit(c, sig, notice);
        vm.revertToState(snap);
        vm.warp(c.deadline);
        snap = vm.snapshotState();
        _submit(c, sig, notice);
        vm.revertToState(snap);
        vm.warp(c.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.SignatureExpired.selector, c.deadline));
        _submit(c, sig, notice);
    }

    // ---------------------------------------------------------------- wrong signer or domain

    function test_RevertWhen_SignedForAnotherChain() public {
        IConsentManager.ConsentChange memory c = _grantChange(0);
        uint256 chainId = block.chainid;
        vm.chainId(chainId + 1);
        bytes memory sig = _signChange(consent, controllerKey, c);
        vm.chainId(chainId);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidSignature.selector, controller));
        _submit(c, sig, notice);
    }

    function test_RevertWhen_SignedForAnotherDeployment() public {
        ConsentManager other =
            new ConsentManager(admin, address(forwarder), accounts, providers, committee, 1 hours);
        IConsentManager.ConsentChange memory c = _grantChange(0);
        bytes memory sig = _signChange(other, controllerKey, c);
        other.setConsentBySig(c, sig, notice); // valid where it was meant to be used
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidSignature.selector, controller));
        _submit(c, sig, notice);
    }

    function test_RevertWhen_SignatureIsHighS() public {
        IConsentManager.ConsentChange memory c = _grantChange(0);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(controllerKey, consent.changeDigest(c));
        bytes memory malleated =
            abi.encodePacked(r, bytes32(SECP256K1_N - uint256(s)), v == 27 ? uint8(28) : 27);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidSignature.selector, controller));
        _submit(c, malleated, notice);
        _submit(c, abi.encodePacked(r, s, v), notice); // the low-s original is fine
    }

    function test_RevertWhen_SignerIsNotTheController() public {
        IConsentManager.ConsentChange memory c = _grantChange(0);
        (, uint256 otherKey) = makeAddrAndKey("impostor");
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidSignature.selector, controller));
        _submit(c, _signChange(consent, otherKey, c), notice);
        // Not even the patient's own key acts in her pseudonym's namespace.
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidSignature.selector, controller));
        _submit(c, _signChange(consent, patientKey, c), notice);
    }

    function test_RevertWhen_ControllerIsZero() public {
        IConsentManager.ConsentChange memory c = _grantChange(0);
        c.controller = address(0);
        bytes memory sig = _signChange(consent, controllerKey, c);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidSignature.selector, address(0)));
        _submit(c, sig, notice);
        // Nor does a malformed signature recover to the zero address.
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidSignature.selector, address(0)));
        _submit(c, abi.encodePacked(bytes32(0), bytes32(0), uint8(27)), notice);
    }

    function test_RevertWhen_SignedFieldChanged() public {
        IConsentManager.ConsentChange memory c = _grantChange(0);
        bytes memory sig = _signChange(consent, controllerKey, c);
        c.access = WRITE;
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidSignature.selector, controller));
        _submit(c, sig, notice);
        c.access = READ;
        c.expiresAt += 1;
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidSignature.selector, controller));
        _submit(c, sig, notice);
        c.expiresAt -= 1;
        c.grantId = _categoryGrant();
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidSignature.selector, controller));
        _submit(c, sig, notice);
        c.grantId = _recordGrant();
        c.deadline += 1;
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidSignature.selector, controller));
        _submit(c, sig, notice);
        c.deadline -= 1;
        // Another notice, with its hash swapped in: the notice hash is signed too.
        bytes memory other = _notice("substituted notice");
        c.noticeHash = keccak256(other);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidSignature.selector, controller));
        _submit(c, sig, other);
        c.noticeHash = keccak256(notice);
        // Applied to another controller's namespace.
        c.controller = stranger;
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidSignature.selector, stranger));
        _submit(c, sig, notice);
        c.controller = controller;
        _submit(c, sig, notice); // the original still works: failed checks consumed nothing
    }

    function test_RevertWhen_RevocationSignatureUsedAsGrant() public {
        IConsentManager.ConsentChange memory c = _revokeChange(0);
        bytes memory sig = _signChange(consent, controllerKey, c);
        c.access = READ;
        c.expiresAt = uint64(block.timestamp + 1 days);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidSignature.selector, controller));
        _submit(c, sig, "");
    }

    function test_RevertWhen_RevocationBySigExpired() public {
        IConsentManager.ConsentChange memory c = _revokeChange(0);
        bytes memory sig = _signChange(consent, controllerKey, c);
        vm.warp(c.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.SignatureExpired.selector, c.deadline));
        _submit(c, sig, "");
    }

    function test_RevertWhen_SignedRevocationOfNoConsent() public {
        IConsentManager.ConsentChange memory c = _revokeChange(0);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NoConsent.selector, controller, c.grantId));
        _submit(c, _signChange(consent, controllerKey, c), "");
    }

    // ---------------------------------------------------------------- notice binding

    function test_RevertWhen_NoticeIsNotTheSignedOne() public {
        IConsentManager.ConsentChange memory c = _grantChange(0);
        bytes memory sig = _signChange(consent, controllerKey, c);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NoticeMismatch.selector, c.noticeHash));
        _submit(c, sig, _notice("another notice"));
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NoticeMismatch.selector, c.noticeHash));
        _submit(c, sig, "");
        // One flipped byte is enough.
        bytes memory flipped = bytes.concat(notice);
        flipped[100] ^= 0x01;
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NoticeMismatch.selector, c.noticeHash));
        _submit(c, sig, flipped);
        assertEq(_nonce(controller, c.grantId), 0);
        _submit(c, sig, notice);
        assertTrue(_live(controller, c.grantId, READ));
    }

    function test_RevertWhen_RevocationCarriesAnUnsignedNotice() public {
        IConsentManager.ConsentChange memory g = _grantChange(0);
        _submit(g, _signChange(consent, controllerKey, g), notice);
        IConsentManager.ConsentChange memory r = _revokeChange(1);
        bytes memory sig = _signChange(consent, controllerKey, r);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NoticeMismatch.selector, keccak256("")));
        _submit(r, sig, notice);
        _submit(r, sig, "");
        assertFalse(_live(controller, r.grantId, READ));
    }

    // ---------------------------------------------------------------- nonces

    function test_RevertWhen_NonceReused() public {
        IConsentManager.ConsentChange memory c = _grantChange(0);
        bytes memory sig = _signChange(consent, controllerKey, c);
        _submit(c, sig, notice);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidNonce.selector, 0, 1));
        _submit(c, sig, notice);
        // A revocation signed with the consumed nonce fails too.
        IConsentManager.ConsentChange memory r = _revokeChange(0);
        bytes memory rsig = _signChange(consent, controllerKey, r);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidNonce.selector, 0, 1));
        _submit(r, rsig, "");
    }

    function test_RevertWhen_NonceFromTheFuture() public {
        IConsentManager.ConsentChange memory c = _grantChange(1);
        bytes memory sig = _signChange(consent, controllerKey, c);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidNonce.selector, 1, 0));
        _submit(c, sig, notice);
    }

    function test_setConsentBySig_noncesArePerConsent() public {
        // Signed changes on two consents of the same controller never block each other.
        IConsentManager.ConsentChange memory a = _grantChange(0);
        IConsentManager.ConsentChange memory b =
            _change(controller, _categoryGrant(), WRITE, uint64(block.timestamp + 1 days), notice, 0);
        bytes memory sigA = _signChange(consent, controllerKey, a);
        bytes memory sigB = _signChange(consent, controllerKey, b);
        _submit(b, sigB, notice);
        _submit(a, sigA, notice);
        assertTrue(_live(controller, a.grantId, READ));
        assertTrue(_live(controller, b.grantId, WRITE));
    }

    // ---------------------------------------------------------------- stale signatures

    function test_RevertWhen_SignedGrantIsStaleAfterADirectChange() public {
        bytes32 id = _recordGrant();
        _set(controller, id, READ, uint64(block.timestamp + 1 days), notice);
        // A grant signed at nonce 1, not yet submitted...
        IConsentManager.ConsentChange memory c =
            _change(controller, id, WRITE, uint64(block.timestamp + 30 days), notice, 1);
        bytes memory sig = _signChange(consent, controllerKey, c);
        // ...is void once the controller changes the consent directly (here: revokes it).
        _set(controller, id, NONE, 0, "");
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidNonce.selector, 1, 2));
        _submit(c, sig, notice);
        assertFalse(_live(controller, id, READ));
    }

    function test_RevertWhen_SignedGrantIsStaleAfterADirectGrant() public {
        // Even a direct grant (not only a revocation) voids a pending signature.
        IConsentManager.ConsentChange memory c = _grantChange(0);
        bytes memory sig = _signChange(consent, controllerKey, c);
        uint64 exp = uint64(block.timestamp + 1 hours);
        _set(controller, c.grantId, READ, exp, notice);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidNonce.selector, 0, 1));
        _submit(c, sig, notice);
        (, uint64 e,) = consent.consentOf(controller, c.grantId);
        assertEq(e, exp);
    }

    function test_RevertWhen_SignedWriteGrantReplayedAfterDowngrade() public {
        bytes32 id = _recordGrant();
        IConsentManager.ConsentChange memory w =
            _change(controller, id, WRITE, uint64(block.timestamp + 30 days), notice, 0);
        bytes memory wsig = _signChange(consent, controllerKey, w);
        _submit(w, wsig, notice);
        assertTrue(_live(controller, id, WRITE));

        // Downgrade to READ, by signature...
        IConsentManager.ConsentChange memory d =
            _change(controller, id, READ, uint64(block.timestamp + 30 days), notice, 1);
        _submit(d, _signChange(consent, controllerKey, d), notice);
        assertFalse(_live(controller, id, WRITE));
        // ...and the WRITE signature cannot be replayed to undo it.
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidNonce.selector, 0, 2));
        _submit(w, wsig, notice);

        // Nor can a WRITE grant signed ahead for the next nonce survive a direct downgrade.
        IConsentManager.ConsentChange memory ahead =
            _change(controller, id, WRITE, uint64(block.timestamp + 30 days), notice, 2);
        bytes memory aheadSig = _signChange(consent, controllerKey, ahead);
        _set(controller, id, READ, uint64(block.timestamp + 10 days), notice);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidNonce.selector, 2, 3));
        _submit(ahead, aheadSig, notice);
        assertFalse(_live(controller, id, WRITE));
        assertTrue(_live(controller, id, READ));
    }

    function test_RevertWhen_SignedGrantIsStaleAfterAGuardianAction() public {
        // In the guardian set's namespace, a guardian action bumps the nonce too: a change the
        // set's controller signed before it is stale.
        address[] memory g = _guardians(1, 1);
        bytes32 id = _grantId(patient, grantee, RECORD_SCOPE, RECORD, SALT, guardianSet);
        IConsentManager.ConsentChange memory c =
            _change(guardianSet, id, WRITE, uint64(block.timestamp + 30 days), notice, 0);
        bytes memory sig = _signChange(consent, guardianSetKey, c);
        bytes memory guardianNotice = _notice("guardian notice");
        IConsentManager.GuardianAction memory a = IConsentManager.GuardianAction({
            grantId: id,
            access: READ,
            expiresAt: uint64(block.timestamp + 1 days),
            noticeHash: keccak256(guardianNotice),
            salt: bytes32(0),
            deadline: uint64(block.timestamp + 7 days)
        });
        _approve(g[0], a, guardianNotice);
        assertEq(_nonce(guardianSet, id), 1);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidNonce.selector, 0, 1));
        _submit(c, sig, notice);
        assertFalse(_live(guardianSet, id, WRITE));
    }
}
