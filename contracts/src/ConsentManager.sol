// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {DelayedAdmin} from "./access/DelayedAdmin.sol";
import {IAccountRegistry} from "./interfaces/IAccountRegistry.sol";
import {IConsentManager} from "./interfaces/IConsentManager.sol";
import {IKeyCommittee} from "./interfaces/IKeyCommittee.sol";
import {IProviderRegistry} from "./interfaces/IProviderRegistry.sol";
import {GuardianLeaf} from "./libraries/GuardianLeaf.sol";
import {Signatures} from "./libraries/Signatures.sol";
import {ERC2771Context} from "@openzeppelin/contracts/metatx/ERC2771Context.sol";
import {Context} from "@openzeppelin/contracts/utils/Context.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @title ConsentManager
/// @notice Consents by commitment, guardian actions, break-glass access and the access log (see
/// IConsentManager). EIP-712 domain: name "MedvaultConsent", version "1".
/// Invariants: `isLive` is true only for a stored, unrevoked consent with `block.timestamp < expiresAt`
/// at a level ≥ the one asked; a consent changes only by its controller (directly or by signature) or,
/// in a guardian-set controller's namespace, by that set's quorum; every change bumps the consent's nonce, so
/// each (controller, grantId, nonce) authorises at most one signed change and no signature outlives a
/// later change; a guardian action runs at most once and only when approvals of distinct members of the
/// set in force (each shown by its Merkle proof) reach the threshold; a break-glass window never exceeds
/// MAX_EMERGENCY_DURATION, grants no read once its provider is no longer certified, and is reviewed at
/// most once, on the key committee's attestation; a provider breaks glass at most
/// MAX_EMERGENCIES_PER_DAY times per day-long window and not at all for DISPUTE_BAR after a dispute;
/// an access-log anchor is never overwritten.
contract ConsentManager is IConsentManager, DelayedAdmin, ERC2771Context, EIP712 {
    // ---------------------------------------------------------------- constants

    /// @notice Role that anchors access-log roots (the key nodes).
    bytes32 public constant ACCESS_LOG_ROLE = keccak256("ACCESS_LOG_ROLE");
    /// @notice The category break-glass opens: the emergency profile. Same number as the client's
    /// stable category ids (`Category::Emergency` = 9), which are never renumbered.
    uint16 public constant EMERGENCY_CATEGORY = 9;
    /// @notice Longest break-glass window.
    uint64 public constant MAX_EMERGENCY_DURATION = 24 hours;
    /// @notice Most break-glass opens one provider may make per day-long window. Tags are fresh per
    /// access, so the chain cannot bound opens per patient; it bounds them per provider (a rural
    /// emergency physician rarely needs more than a few a day; one who does asks for consent).
    uint32 public constant MAX_EMERGENCIES_PER_DAY = 5;
    /// @notice How long a provider may not break glass after a patient disputed one of its accesses:
    /// long enough for the misconduct review the dispute opens to reach a verdict.
    uint64 public constant DISPUTE_BAR = 30 days;
    /// @notice First word of a grant id's preimage (docs/PRIVACY.md).
    bytes32 public constant GRANT_ID_TAG = keccak256("medvault.grant-id.v1");
    /// @notice First word of an emergency tag's preimage.
    bytes32 public constant EMERGENCY_TAG = keccak256("medvault.emergency-tag.v1");
    /// @notice EIP-712 type of a key node's attestation of an emergency review.
    bytes32 public constant EMERGENCY_REVIEW_TYPEHASH =
        keccak256("EmergencyReview(uint256 emergencyId,bool accept,bytes32 evidence,address challenger)");
    /// @notice EIP-712 type of a signed consent change.
    bytes32 public constant CONSENT_CHANGE_TYPEHASH = keccak256(
        "ConsentChange(address controller,bytes32 grantId,uint8 access,uint64 expiresAt,bytes32 noticeHash,uint64 nonce,uint256 deadline)"
    );

    uint256 private constant _NONCE_SHIFT = 72;
    uint256 private constant _TERMS_MASK = (1 << _NONCE_SHIFT) - 1;
    uint256 private constant _NONCE_MASK = ~_TERMS_MASK;

    // ---------------------------------------------------------------- storage

    IAccountRegistry private immutable _accounts;
    IProviderRegistry private immutable _providers;
    IKeyCommittee private immutable _committee;

    /// @dev keccak256(controller, grantId) => expiresAt (bits 0..63) | access (bits 64..71) | nonce (bits
    /// 72..135). One slot per consent: a change writes it once; a revocation clears the terms and keeps the
    /// nonce. Namespaced by controller, so nobody can take a grant id another controller will use.
    mapping(bytes32 key => uint256 packed) private _consents;
    mapping(bytes32 tag => mapping(address provider => uint64 until)) private _emergencyUntil;
    mapping(uint256 emergencyId => Emergency) private _emergencies;
    /// @dev provider => opens in the current window (bits 0..31) | window start (bits 32..95) | barred
    /// until (bits 96..159). One slot per provider.
    mapping(address provider => uint256 packed) private _budgets;
    uint256 private _emergencyCount;
    uint64 private _emergencyDuration;
    mapping(bytes32 actionId => mapping(address guardian => bool)) private _approved;
    mapping(bytes32 actionId => uint256 count) private _approvals;
    mapping(bytes32 actionId => bool) private _executed;
    /// @dev root => block number (bits 0..63) | count (bits 64..95).
    mapping(bytes32 root => uint256 packed) private _accessLogs;

    // ---------------------------------------------------------------- constructor

    /// @param admin Administers roles and the emergency duration.
    /// @param forwarder The trusted ERC-2771 forwarder.
    /// @param accounts_ The account registry (patients, guardians).
    /// @param providers_ The provider registry (certification, challenges).
    /// @param committee_ The key committee, whose members attest emergency reviews.
    /// @param emergencyDuration_ Initial break-glass duration, in (0, MAX_EMERGENCY_DURATION].
    constructor(
        address admin,
        address forwarder,
        IAccountRegistry accounts_,
        IProviderRegistry providers_,
        IKeyCommittee committee_,
        uint64 emergencyDuration_
    ) DelayedAdmin(admin) ERC2771Context(forwarder) EIP712("MedvaultConsent", "1") {
        _accounts = accounts_;
        _providers = providers_;
        _committee = committee_;
        _setEmergencyDuration(emergencyDuration_);
    }

    // ---------------------------------------------------------------- consents

    /// @inheritdoc IConsentManager
    function setConsent(bytes32 grantId, Access access, uint64 expiresAt, bytes calldata notice) external {
        _set(_msgSender(), grantId, access, expiresAt, notice);
    }

    /// @inheritdoc IConsentManager
    function setConsentBySig(ConsentChange calldata c, bytes calldata signature, bytes calldata notice)
        external
    {
        // Deadline, notice, signature, then nonce: a failed check consumes nothing.
        if (block.timestamp > c.deadline) revert SignatureExpired(c.deadline);
        if (keccak256(notice) != c.noticeHash) revert NoticeMismatch(c.noticeHash);
        if (!Signatures.isValidNow(c.controller, _changeDigest(c), signature)) {
            revert InvalidSignature(c.controller);
        }
        uint64 current = uint64(_consents[_key(c.controller, c.grantId)] >> _NONCE_SHIFT);
        if (c.nonce != current) revert InvalidNonce(c.nonce, current);
        _set(c.controller, c.grantId, c.access, c.expiresAt, notice);
    }

    /// @inheritdoc IConsentManager
    function requestAccess(bytes calldata notice) external {
        emit AccessRequested(_msgSender(), notice);
    }

    // ---------------------------------------------------------------- guardians

    /// @inheritdoc IConsentManager
    function approveGuardianAction(
        address controller,
        GuardianAction calldata action,
        bytes32[] calldata proof,
        bytes calldata notice
    ) external returns (bytes32 actionId, bool executed) {
        address guardian = _msgSender();
        (bytes32 root, uint8 threshold) = _guardianSetOf(controller, guardian, proof);
        // The id names the set in force: a replaced set's approvals never count toward the new one.
        actionId = _guardianActionId(controller, root, action);
        if (_executed[actionId]) revert ActionAlreadyExecuted(actionId);
        if (block.timestamp >= action.deadline) revert ActionExpired(actionId, action.deadline);
        if (_approved[actionId][guardian]) revert AlreadyApproved(actionId, guardian);
        _approved[actionId][guardian] = true;
        uint256 approvals = ++_approvals[actionId];
        emit GuardianApproved(actionId, approvals);
        if (approvals < threshold) return (actionId, false);

        if (keccak256(notice) != action.noticeHash) revert NoticeMismatch(action.noticeHash);
        _executed[actionId] = true;
        emit GuardianActionExecuted(actionId, approvals);
        _set(controller, action.grantId, action.access, action.expiresAt, notice);
        return (actionId, true);
    }

    /// @inheritdoc IConsentManager
    function withdrawGuardianApproval(address controller, GuardianAction calldata action)
        external
        returns (bytes32 actionId)
    {
        address guardian = _msgSender();
        // Only the root names the action; a guardian withdraws without proving membership again,
        // since only her own recorded approval can be taken back.
        // slither-disable-next-line unused-return
        (bytes32 root,,) = _accounts.guardianSet(controller);
        actionId = _guardianActionId(controller, root, action);
        if (_executed[actionId]) revert ActionAlreadyExecuted(actionId);
        if (!_approved[actionId][guardian]) revert NotApproved(actionId, guardian);
        _approved[actionId][guardian] = false;
        uint256 approvals = --_approvals[actionId];
        emit GuardianApprovalWithdrawn(actionId, approvals);
    }

    // ---------------------------------------------------------------- break-glass

    /// @inheritdoc IConsentManager
    function breakGlass(bytes32 tag, uint16 reasonCode, bytes calldata notice)
        external
        returns (uint256 emergencyId)
    {
        address provider = _msgSender();
        if (!_providers.isCertified(provider)) revert NotCertified(provider);
        if (tag == bytes32(0)) revert InvalidTag();
        _spendBudget(provider);
        uint64 expiresAt = uint64(block.timestamp) + _emergencyDuration;
        emergencyId = ++_emergencyCount;
        _emergencies[emergencyId] = Emergency({
            tag: tag,
            provider: provider,
            openedAt: uint64(block.timestamp),
            expiresAt: expiresAt,
            reasonCode: reasonCode,
            status: EmergencyStatus.Open
        });
        if (expiresAt > _emergencyUntil[tag][provider]) _emergencyUntil[tag][provider] = expiresAt;
        emit EmergencyAccessOpened(emergencyId, tag, provider, reasonCode, expiresAt, notice);
    }

    /// @inheritdoc IConsentManager
    function reviewEmergency(
        uint256 emergencyId,
        bool accept,
        bytes32 evidence,
        address challenger,
        bytes[] calldata attestations
    ) external {
        Emergency storage e = _emergencies[emergencyId];
        if (e.status == EmergencyStatus.None) revert UnknownEmergency(emergencyId);
        if (e.status != EmergencyStatus.Open) revert EmergencyAlreadyReviewed(emergencyId, e.status);
        if (!_committee.isAttested(_reviewDigest(emergencyId, accept, evidence, challenger), attestations)) {
            revert ReviewNotAttested(emergencyId);
        }
        if (accept) {
            e.status = EmergencyStatus.Accepted;
            emit EmergencyAccepted(emergencyId);
            return;
        }
        address provider = e.provider;
        e.status = EmergencyStatus.Disputed;
        // A disputed provider loses every open window on this tag at once, and may not break glass
        // on any tag for DISPUTE_BAR: a fresh tag would otherwise reopen the same patient at once.
        delete _emergencyUntil[e.tag][provider];
        _bar(provider);
        // The dispute stands even if the registry cannot open a challenge now (the provider is already
        // under review, or has left); then reviewId is 0 and the event is the record to act on.
        // A failure without revert data is not one of the registry's refusals but a call starved of gas:
        // revert then, or a submitter could pick a gas limit that lets the dispute stand without its
        // challenge (the disputed provider itself may submit the public attestations first).
        uint256 reviewId = 0;
        try _providers.openChallengeFor(provider, challenger, evidence) returns (uint256 id) {
            reviewId = id;
        } catch (bytes memory reason) {
            if (reason.length == 0) revert ChallengeStarved(emergencyId);
        }
        emit EmergencyDisputed(emergencyId, evidence, reviewId);
    }

    /// @inheritdoc IConsentManager
    function setEmergencyDuration(uint64 duration) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setEmergencyDuration(duration);
    }

    // ---------------------------------------------------------------- access log

    /// @inheritdoc IConsentManager
    function anchorAccessLog(bytes32 root, bytes32 manifest, uint32 count)
        external
        onlyRole(ACCESS_LOG_ROLE)
    {
        if (root == bytes32(0) || count == 0) revert EmptyAccessLog();
        if (_accessLogs[root] != 0) revert AccessLogAlreadyAnchored(root);
        _accessLogs[root] = uint256(uint64(block.number)) | (uint256(count) << 64);
        emit AccessLogAnchored(root, manifest, count);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IConsentManager
    function isLive(address controller, bytes32 grantId, Access access) external view returns (bool) {
        if (access == Access.None) return false;
        uint256 packed = _consents[_key(controller, grantId)];
        return block.timestamp < uint64(packed) && uint8(packed >> 64) >= uint8(access);
    }

    /// @inheritdoc IConsentManager
    function consentOf(address controller, bytes32 grantId)
        external
        view
        returns (Access access, uint64 expiresAt, uint64 nonce)
    {
        uint256 packed = _consents[_key(controller, grantId)];
        return (Access(uint8(packed >> 64)), uint64(packed), uint64(packed >> _NONCE_SHIFT));
    }

    /// @inheritdoc IConsentManager
    function emergency(uint256 emergencyId) external view returns (Emergency memory) {
        return _emergencies[emergencyId];
    }

    /// @inheritdoc IConsentManager
    function emergencyUntil(bytes32 tag, address provider) external view returns (uint64) {
        return _emergencyUntil[tag][provider];
    }

    /// @inheritdoc IConsentManager
    function inEmergency(bytes32 tag, address provider) external view returns (bool) {
        return block.timestamp < _emergencyUntil[tag][provider] && _providers.isCertified(provider);
    }

    /// @inheritdoc IConsentManager
    function breakGlassBudget(address provider)
        external
        view
        returns (uint32 opens, uint64 windowStart, uint64 barredUntil)
    {
        return _unpackBudget(_budgets[provider]);
    }

    /// @inheritdoc IConsentManager
    function reviewDigest(uint256 emergencyId, bool accept, bytes32 evidence, address challenger)
        external
        view
        returns (bytes32)
    {
        return _reviewDigest(emergencyId, accept, evidence, challenger);
    }

    /// @inheritdoc IConsentManager
    function committee() external view returns (address) {
        return address(_committee);
    }

    /// @inheritdoc IConsentManager
    function emergencyDuration() external view returns (uint64) {
        return _emergencyDuration;
    }

    /// @inheritdoc IConsentManager
    function hasApproved(bytes32 actionId, address guardian) external view returns (bool) {
        return _approved[actionId][guardian];
    }

    /// @inheritdoc IConsentManager
    function isExecuted(bytes32 actionId) external view returns (bool) {
        return _executed[actionId];
    }

    /// @inheritdoc IConsentManager
    function guardianActionId(address controller, bytes32 root, GuardianAction calldata action)
        external
        pure
        returns (bytes32)
    {
        return _guardianActionId(controller, root, action);
    }

    /// @inheritdoc IConsentManager
    function accessLogOf(bytes32 root) external view returns (uint64 blockNumber, uint32 count) {
        uint256 packed = _accessLogs[root];
        return (uint64(packed), uint32(packed >> 64));
    }

    /// @inheritdoc IConsentManager
    function changeDigest(ConsentChange calldata change) external view returns (bytes32) {
        return _changeDigest(change);
    }

    // ---------------------------------------------------------------- internal

    /// @dev Every change bumps the consent's nonce, so no signature signed before it can undo it.
    function _set(address controller, bytes32 grantId, Access access, uint64 expiresAt, bytes calldata notice)
        private
    {
        if (grantId == bytes32(0)) revert InvalidGrantId();
        bytes32 key = _key(controller, grantId);
        uint256 packed = _consents[key];
        uint256 next = (packed & _NONCE_MASK) + (1 << _NONCE_SHIFT);
        if (access == Access.None) {
            if (packed & _TERMS_MASK == 0) revert NoConsent(controller, grantId);
            _consents[key] = next;
            emit ConsentChanged(controller, grantId, Access.None, 0, notice);
            return;
        }
        if (expiresAt <= block.timestamp) revert ExpiryNotInFuture(expiresAt);
        _consents[key] = next | uint256(expiresAt) | (uint256(uint8(access)) << 64);
        emit ConsentChanged(controller, grantId, access, expiresAt, notice);
    }

    function _reviewDigest(uint256 emergencyId, bool accept, bytes32 evidence, address challenger)
        private
        view
        returns (bytes32)
    {
        return _hashTypedDataV4(
            keccak256(abi.encode(EMERGENCY_REVIEW_TYPEHASH, emergencyId, accept, evidence, challenger))
        );
    }

    function _changeDigest(ConsentChange calldata c) private view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(
                    CONSENT_CHANGE_TYPEHASH,
                    c.controller,
                    c.grantId,
                    c.access,
                    c.expiresAt,
                    c.noticeHash,
                    c.nonce,
                    c.deadline
                )
            )
        );
    }

    function _setEmergencyDuration(uint64 duration) private {
        if (duration == 0 || duration > MAX_EMERGENCY_DURATION) {
            revert EmergencyDurationOutOfBounds(duration);
        }
        _emergencyDuration = duration;
        emit EmergencyDurationSet(duration);
    }

    /// @dev Counts one break-glass of `provider` against its day-long window; refuses while barred
    /// or once the window is spent.
    function _spendBudget(address provider) private {
        (uint32 opens, uint64 windowStart, uint64 barredUntil) = _unpackBudget(_budgets[provider]);
        if (block.timestamp < barredUntil) revert BreakGlassBarred(provider, barredUntil);
        if (block.timestamp >= uint256(windowStart) + 1 days) {
            (opens, windowStart) = (0, uint64(block.timestamp));
        }
        if (opens >= MAX_EMERGENCIES_PER_DAY) revert TooManyEmergencies(provider, windowStart + 1 days);
        _budgets[provider] = _packBudget(opens + 1, windowStart, barredUntil);
    }

    /// @dev Bars `provider` from breaking glass for DISPUTE_BAR from now.
    function _bar(address provider) private {
        (uint32 opens, uint64 windowStart,) = _unpackBudget(_budgets[provider]);
        _budgets[provider] = _packBudget(opens, windowStart, uint64(block.timestamp) + DISPUTE_BAR);
    }

    function _packBudget(uint32 opens, uint64 windowStart, uint64 barredUntil)
        private
        pure
        returns (uint256)
    {
        return uint256(opens) | (uint256(windowStart) << 32) | (uint256(barredUntil) << 96);
    }

    function _unpackBudget(uint256 packed)
        private
        pure
        returns (uint32 opens, uint64 windowStart, uint64 barredUntil)
    {
        opens = uint32(packed);
        windowStart = uint64(packed >> 32);
        barredUntil = uint64(packed >> 96);
    }

    function _key(address controller, bytes32 grantId) private pure returns (bytes32) {
        return keccak256(abi.encode(controller, grantId));
    }

    /// @dev The set in force of `controller` (root and threshold), if `guardian` proves membership in it.
    function _guardianSetOf(address controller, address guardian, bytes32[] calldata proof)
        private
        view
        returns (bytes32 root, uint8 threshold)
    {
        uint8 size;
        (root, size, threshold) = _accounts.guardianSet(controller);
        // An empty set (size 0, root zero) has no members to prove.
        if (size == 0 || !MerkleProof.verifyCalldata(proof, root, GuardianLeaf.hash(controller, guardian))) {
            revert NotGuardian(controller, guardian);
        }
    }

    function _guardianActionId(address controller, bytes32 root, GuardianAction calldata action)
        private
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(controller, root, action));
    }

    // ---------------------------------------------------------------- ERC-2771 plumbing

    function _msgSender() internal view override(Context, ERC2771Context) returns (address) {
        return ERC2771Context._msgSender();
    }

    function _msgData() internal view override(Context, ERC2771Context) returns (bytes calldata) {
        return ERC2771Context._msgData();
    }

    function _contextSuffixLength() internal view override(Context, ERC2771Context) returns (uint256) {
        return ERC2771Context._contextSuffixLength();
    }
}
