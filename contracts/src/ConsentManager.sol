// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IAccountRegistry} from "./interfaces/IAccountRegistry.sol";
import {IConsentManager} from "./interfaces/IConsentManager.sol";
import {IProviderRegistry} from "./interfaces/IProviderRegistry.sol";
import {Signatures} from "./libraries/Signatures.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC2771Context} from "@openzeppelin/contracts/metatx/ERC2771Context.sol";
import {Context} from "@openzeppelin/contracts/utils/Context.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

/// @title ConsentManager
/// @notice Grants, revocations, guardian actions, break-glass access and the access log (see
/// IConsentManager). EIP-712 domain: name "MedvaultConsent", version "1".
/// Invariants: `hasAccess` is true only for a stored, unrevoked grant with `block.timestamp < expiresAt`
/// at a level ≥ the one asked, or for READ on EMERGENCY_CATEGORY inside a break-glass window opened by a
/// then-certified provider and not disputed; each (patient, grantee, scope, target, nonce) authorises at
/// most one signed action, and that scope's nonce only increases;
/// a guardian action runs at most once and only when approvals of guardians in force reach the
/// threshold; a break-glass window never exceeds MAX_EMERGENCY_DURATION; an access-log anchor is never
/// overwritten.
contract ConsentManager is IConsentManager, AccessControl, ERC2771Context, EIP712 {
    // ---------------------------------------------------------------- constants

    /// @notice Role that anchors access-log roots (the relayer).
    bytes32 public constant ACCESS_LOG_ROLE = keccak256("ACCESS_LOG_ROLE");
    /// @notice The category break-glass opens: the emergency profile. Same number as the client's
    /// stable category ids (`Category::Emergency` = 9), which are never renumbered.
    uint16 public constant EMERGENCY_CATEGORY = 9;
    /// @notice Longest break-glass window.
    uint64 public constant MAX_EMERGENCY_DURATION = 24 hours;
    /// @notice EIP-712 type of a signed grant.
    bytes32 public constant GRANT_TYPEHASH = keccak256(
        "Grant(address patient,address grantee,uint8 scope,bytes32 target,uint8 access,uint64 expiresAt,uint256 nonce,uint256 deadline)"
    );
    /// @notice EIP-712 type of a signed revocation.
    bytes32 public constant REVOKE_TYPEHASH = keccak256(
        "Revoke(address patient,address grantee,uint8 scope,bytes32 target,uint256 nonce,uint256 deadline)"
    );

    uint256 private constant _NONCE_SHIFT = 72;
    uint256 private constant _TERMS_MASK = (1 << _NONCE_SHIFT) - 1;
    uint256 private constant _NONCE_MASK = ~_TERMS_MASK;

    // ---------------------------------------------------------------- storage

    IAccountRegistry private immutable _accounts;
    IProviderRegistry private immutable _providers;

    /// @dev keccak256(patient, grantee, scope, target) => expiresAt (bits 0..63) | access (bits 64..71) |
    /// signature nonce (bits 72..135). The nonce lives in the grant's own slot, so a signed grant writes
    /// one slot, not two; revocation clears the terms and keeps the nonce.
    mapping(bytes32 key => uint256 packed) private _grants;
    mapping(address patient => mapping(address provider => uint64 until)) private _emergencyUntil;
    mapping(uint256 emergencyId => Emergency) private _emergencies;
    uint256 private _emergencyCount;
    uint64 private _emergencyDuration;
    mapping(bytes32 actionId => mapping(address guardian => bool)) private _approved;
    mapping(bytes32 actionId => bool) private _executed;
    /// @dev root => block number (bits 0..63) | count (bits 64..95).
    mapping(bytes32 root => uint256 packed) private _accessLogs;

    // ---------------------------------------------------------------- constructor

    /// @param admin Administers roles and the emergency duration.
    /// @param forwarder The trusted ERC-2771 forwarder.
    /// @param accounts_ The account registry (patients, guardians).
    /// @param providers_ The provider registry (certification, challenges).
    /// @param emergencyDuration_ Initial break-glass duration, in (0, MAX_EMERGENCY_DURATION].
    constructor(
        address admin,
        address forwarder,
        IAccountRegistry accounts_,
        IProviderRegistry providers_,
        uint64 emergencyDuration_
    ) ERC2771Context(forwarder) EIP712("MedvaultConsent", "1") {
        _accounts = accounts_;
        _providers = providers_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setEmergencyDuration(emergencyDuration_);
    }

    // ---------------------------------------------------------------- grants

    /// @inheritdoc IConsentManager
    function grant(address grantee, Scope scope, bytes32 target, Access access, uint64 expiresAt) external {
        _grant(_msgSender(), grantee, scope, target, access, expiresAt);
    }

    /// @inheritdoc IConsentManager
    function revoke(address grantee, Scope scope, bytes32 target) external {
        _revoke(_msgSender(), grantee, scope, target, true);
    }

    /// @inheritdoc IConsentManager
    function grantBySig(SignedConsent calldata c, bytes calldata signature) external {
        _checkSignature(c, _grantDigest(c), signature);
        _grant(c.patient, c.grantee, c.scope, c.target, c.access, c.expiresAt);
    }

    /// @inheritdoc IConsentManager
    function revokeBySig(SignedConsent calldata c, bytes calldata signature) external {
        _checkSignature(c, _revokeDigest(c), signature);
        _revoke(c.patient, c.grantee, c.scope, c.target, false);
    }

    /// @inheritdoc IConsentManager
    function requestAccess(address patient, Scope scope, bytes32 target, Access access, bytes32 purpose)
        external
    {
        emit AccessRequested(patient, _msgSender(), scope, target, access, purpose);
    }

    // ---------------------------------------------------------------- guardians

    /// @inheritdoc IConsentManager
    function approveGuardianAction(address patient, GuardianAction calldata action)
        external
        returns (bytes32 actionId, bool executed)
    {
        address guardian = _msgSender();
        (address[] memory set, uint8 threshold) = _accounts.guardians(patient);
        if (!_contains(set, guardian)) revert NotGuardian(patient, guardian);
        actionId = _guardianActionId(patient, action);
        if (_executed[actionId]) revert ActionAlreadyExecuted(actionId);
        if (_approved[actionId][guardian]) revert AlreadyApproved(actionId, guardian);
        _approved[actionId][guardian] = true;
        emit GuardianApproved(patient, actionId, guardian, action);

        // Only approvals of guardians in force now count, so a replaced guardian's approval is void.
        uint256 approvals = 0;
        for (uint256 i; i < set.length; ++i) {
            if (_approved[actionId][set[i]]) ++approvals;
        }
        if (approvals < threshold) return (actionId, false);

        _executed[actionId] = true;
        emit GuardianActionExecuted(patient, actionId, approvals);
        if (action.revoke) {
            _revoke(patient, action.grantee, action.scope, action.target, true);
        } else {
            _grant(patient, action.grantee, action.scope, action.target, action.access, action.expiresAt);
        }
        return (actionId, true);
    }

    // ---------------------------------------------------------------- break-glass

    /// @inheritdoc IConsentManager
    function breakGlass(address patient, uint16 reasonCode) external returns (uint256 emergencyId) {
        address provider = _msgSender();
        if (!_providers.isCertified(provider)) revert NotCertified(provider);
        if (!_accounts.isPatient(patient)) revert NotPatient(patient);
        uint64 expiresAt = uint64(block.timestamp) + _emergencyDuration;
        emergencyId = ++_emergencyCount;
        _emergencies[emergencyId] = Emergency({
            patient: patient,
            openedAt: uint64(block.timestamp),
            provider: provider,
            expiresAt: expiresAt,
            reasonCode: reasonCode,
            status: EmergencyStatus.Open
        });
        if (expiresAt > _emergencyUntil[patient][provider]) _emergencyUntil[patient][provider] = expiresAt;
        emit EmergencyAccessOpened(emergencyId, patient, provider, reasonCode, expiresAt);
    }

    /// @inheritdoc IConsentManager
    function reviewEmergency(uint256 emergencyId, bool accept, bytes32 evidence) external {
        Emergency storage e = _emergencies[emergencyId];
        if (e.status == EmergencyStatus.None) revert UnknownEmergency(emergencyId);
        if (e.status != EmergencyStatus.Open) revert EmergencyAlreadyReviewed(emergencyId, e.status);
        address reviewer = _msgSender();
        address patient = e.patient;
        if (reviewer != patient && !_accounts.isGuardian(patient, reviewer)) {
            revert NotReviewer(emergencyId, reviewer);
        }
        if (accept) {
            e.status = EmergencyStatus.Accepted;
            emit EmergencyAccepted(emergencyId, reviewer);
            return;
        }
        address provider = e.provider;
        e.status = EmergencyStatus.Disputed;
        // A disputed provider loses every open window on this patient at once.
        delete _emergencyUntil[patient][provider];
        // The dispute stands even if the registry cannot open a challenge now (the provider is already
        // under review, or has left); then reviewId is 0 and the event is the record to act on.
        uint256 reviewId = 0;
        try _providers.openChallengeFor(provider, patient, evidence) returns (uint256 id) {
            reviewId = id;
        } catch {}
        emit EmergencyDisputed(emergencyId, reviewer, evidence, reviewId);
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
    function hasAccess(address patient, address grantee, bytes32 recordId, uint16 category, Access access)
        external
        view
        returns (bool)
    {
        if (access == Access.None) return false;
        if (_live(_grants[_key(patient, grantee, Scope.Record, recordId)], access)) return true;
        if (_live(_grants[_key(patient, grantee, Scope.Category, bytes32(uint256(category)))], access)) {
            return true;
        }
        return access == Access.Read && category == EMERGENCY_CATEGORY
            && block.timestamp < _emergencyUntil[patient][grantee];
    }

    /// @inheritdoc IConsentManager
    function grantOf(address patient, address grantee, Scope scope, bytes32 target)
        external
        view
        returns (Access access, uint64 expiresAt)
    {
        uint256 packed = _grants[_key(patient, grantee, scope, target)];
        return (Access(uint8(packed >> 64)), uint64(packed));
    }

    /// @inheritdoc IConsentManager
    function emergency(uint256 emergencyId) external view returns (Emergency memory) {
        return _emergencies[emergencyId];
    }

    /// @inheritdoc IConsentManager
    function emergencyUntil(address patient, address provider) external view returns (uint64) {
        return _emergencyUntil[patient][provider];
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
    function guardianActionId(address patient, GuardianAction calldata action)
        external
        pure
        returns (bytes32)
    {
        return _guardianActionId(patient, action);
    }

    /// @inheritdoc IConsentManager
    function accessLogOf(bytes32 root) external view returns (uint64 blockNumber, uint32 count) {
        uint256 packed = _accessLogs[root];
        return (uint64(packed), uint32(packed >> 64));
    }

    /// @inheritdoc IConsentManager
    function nonceOf(address patient, address grantee, Scope scope, bytes32 target)
        external
        view
        returns (uint64)
    {
        return uint64(_grants[_key(patient, grantee, scope, target)] >> _NONCE_SHIFT);
    }

    /// @inheritdoc IConsentManager
    function grantDigest(SignedConsent calldata consent) external view returns (bytes32) {
        return _grantDigest(consent);
    }

    /// @inheritdoc IConsentManager
    function revokeDigest(SignedConsent calldata consent) external view returns (bytes32) {
        return _revokeDigest(consent);
    }

    // ---------------------------------------------------------------- internal

    function _grant(
        address patient,
        address grantee,
        Scope scope,
        bytes32 target,
        Access access,
        uint64 expiresAt
    ) private {
        if (grantee == address(0) || grantee == patient) revert InvalidGrantee(grantee);
        if (access == Access.None) revert InvalidAccess();
        if (scope == Scope.Category && uint256(target) > type(uint16).max) revert InvalidCategory(target);
        if (expiresAt <= block.timestamp) revert ExpiryNotInFuture(expiresAt);
        bytes32 key = _key(patient, grantee, scope, target);
        _grants[key] = (_grants[key] & _NONCE_MASK) | uint256(expiresAt) | (uint256(uint8(access)) << 64);
        emit Granted(patient, grantee, scope, target, access, expiresAt);
    }

    /// @dev A revocation not made by signature also bumps the scope's nonce, so a signed grant still
    /// waiting to be submitted cannot bring the revoked access back.
    function _revoke(address patient, address grantee, Scope scope, bytes32 target, bool bumpNonce) private {
        bytes32 key = _key(patient, grantee, scope, target);
        uint256 packed = _grants[key];
        if (packed & _TERMS_MASK == 0) revert NoGrant(patient, grantee, scope, target);
        _grants[key] = (packed & _NONCE_MASK) + (bumpNonce ? 1 << _NONCE_SHIFT : 0);
        emit Revoked(patient, grantee, scope, target);
    }

    /// @dev Deadline, then signature, then nonce: a failed check consumes nothing. The nonce is the one
    /// of the signed scope (patient, grantee, scope, target), kept in the grant's slot.
    function _checkSignature(SignedConsent calldata c, bytes32 digest, bytes calldata signature) private {
        if (block.timestamp > c.deadline) revert SignatureExpired(c.deadline);
        if (!Signatures.isValidNow(c.patient, digest, signature)) revert InvalidSignature(c.patient);
        bytes32 key = _key(c.patient, c.grantee, c.scope, c.target);
        uint256 packed = _grants[key];
        uint256 current = packed >> _NONCE_SHIFT;
        if (c.nonce != current) revert InvalidNonce(c.nonce, current);
        _grants[key] = packed + (1 << _NONCE_SHIFT);
    }

    function _grantDigest(SignedConsent calldata c) private view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(
                    GRANT_TYPEHASH,
                    c.patient,
                    c.grantee,
                    c.scope,
                    c.target,
                    c.access,
                    c.expiresAt,
                    c.nonce,
                    c.deadline
                )
            )
        );
    }

    function _revokeDigest(SignedConsent calldata c) private view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(REVOKE_TYPEHASH, c.patient, c.grantee, c.scope, c.target, c.nonce, c.deadline)
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

    function _live(uint256 packed, Access access) private view returns (bool) {
        return block.timestamp < uint64(packed) && uint8(packed >> 64) >= uint8(access);
    }

    function _key(address patient, address grantee, Scope scope, bytes32 target)
        private
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(patient, grantee, scope, target));
    }

    function _guardianActionId(address patient, GuardianAction calldata action)
        private
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(patient, action));
    }

    function _contains(address[] memory set, address account) private pure returns (bool) {
        for (uint256 i; i < set.length; ++i) {
            if (set[i] == account) return true;
        }
        return false;
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
