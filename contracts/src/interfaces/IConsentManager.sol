// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title IConsentManager
/// @notice Patients' consents. A patient grants a grantee READ or WRITE access (WRITE includes READ and
/// lets the grantee author records in that scope) to one record (`Scope.Record`, target = record id) or a
/// whole category (`Scope.Category`, target = the uint16 category as bytes32), until an expiry; and
/// revokes at any time. A grant is live while `block.timestamp < expiresAt` (expiry is exclusive).
/// Grants and revocations are made by the patient (directly or through the trusted forwarder), by anyone
/// holding the patient's EIP-712 signature (nonce + deadline), or by M-of-N of the patient's guardians
/// approving the identical action. Certified providers can break glass: READ on the patient's
/// EMERGENCY category for a bounded time, to be reviewed (accepted or disputed) by the patient or a
/// guardian. The relayer anchors Merkle roots of signed key-release receipts (the access log).
interface IConsentManager {
    /// @notice What a grant covers.
    enum Scope {
        /// One record; target = record id.
        Record,
        /// A whole category; target = bytes32(uint256(category)).
        Category
    }

    /// @notice Access level. Levels are ordered: a WRITE grant also answers READ.
    enum Access {
        None,
        Read,
        Write
    }

    /// @notice Review state of a break-glass access.
    enum EmergencyStatus {
        None,
        Open,
        Accepted,
        Disputed
    }

    /// @notice A grant or revocation signed by the patient (EIP-712 `Grant` / `Revoke`).
    /// @param patient The signer and owner of the data.
    /// @param grantee Who receives (or loses) access.
    /// @param scope Record or Category.
    /// @param target Record id, or category as bytes32.
    /// @param access Read or Write (ignored for a revocation).
    /// @param expiresAt Exclusive expiry timestamp (ignored for a revocation).
    /// @param nonce The scope's next nonce (`nonceOf(patient, grantee, scope, target)`).
    /// @param deadline Last timestamp at which the signature may be used.
    struct SignedConsent {
        address patient;
        address grantee;
        Scope scope;
        bytes32 target;
        Access access;
        uint64 expiresAt;
        uint256 nonce;
        uint256 deadline;
    }

    /// @notice An action the patient's guardians approve together. Guardians approve the identical
    /// action (same fields, same salt); it runs once the approvals of guardians in force reach the
    /// threshold.
    /// @param revoke True to revoke, false to grant.
    /// @param grantee The grantee.
    /// @param scope Record or Category.
    /// @param target Record id, or category as bytes32.
    /// @param access Read or Write (grants only).
    /// @param expiresAt Exclusive expiry (grants only).
    /// @param salt Distinguishes repeated identical actions.
    struct GuardianAction {
        bool revoke;
        address grantee;
        Scope scope;
        bytes32 target;
        Access access;
        uint64 expiresAt;
        bytes32 salt;
    }

    /// @notice A break-glass access.
    /// @param patient The patient.
    /// @param provider The provider who opened it.
    /// @param openedAt When it was opened.
    /// @param expiresAt When it ends by itself (exclusive).
    /// @param reasonCode Reason code given by the provider.
    /// @param status Review state.
    struct Emergency {
        address patient;
        uint64 openedAt;
        address provider;
        uint64 expiresAt;
        uint16 reasonCode;
        EmergencyStatus status;
    }

    /// @notice Thrown when a grantee is the zero address or the patient.
    /// @param grantee The rejected grantee.
    error InvalidGrantee(address grantee);
    /// @notice Thrown when a grant's access is None.
    error InvalidAccess();
    /// @notice Thrown when a category target does not fit in uint16.
    /// @param target The rejected target.
    error InvalidCategory(bytes32 target);
    /// @notice Thrown when a grant's expiry is not in the future.
    /// @param expiresAt The rejected expiry.
    error ExpiryNotInFuture(uint64 expiresAt);
    /// @notice Thrown when revoking a grant that does not exist.
    /// @param patient The patient.
    /// @param grantee The grantee.
    /// @param scope The scope.
    /// @param target The target.
    error NoGrant(address patient, address grantee, Scope scope, bytes32 target);
    /// @notice Thrown when a signature is used after its deadline.
    /// @param deadline The deadline.
    error SignatureExpired(uint256 deadline);
    /// @notice Thrown when a signed action's nonce is not the scope's next nonce (used or from the future).
    /// @param nonce The signed nonce.
    /// @param expected The scope's next nonce.
    error InvalidNonce(uint256 nonce, uint256 expected);
    /// @notice Thrown when a signature is not the patient's.
    /// @param patient The claimed signer.
    error InvalidSignature(address patient);
    /// @notice Thrown when the caller is not one of the patient's guardians in force.
    /// @param patient The patient.
    /// @param account The caller.
    error NotGuardian(address patient, address account);
    /// @notice Thrown when a guardian approves the same action twice.
    /// @param actionId The action.
    /// @param guardian The guardian.
    error AlreadyApproved(bytes32 actionId, address guardian);
    /// @notice Thrown when approving an action that already ran.
    /// @param actionId The action.
    error ActionAlreadyExecuted(bytes32 actionId);
    /// @notice Thrown when breaking glass without being a certified provider.
    /// @param provider The caller.
    error NotCertified(address provider);
    /// @notice Thrown when breaking glass on an account that is not a patient.
    /// @param account The account.
    error NotPatient(address account);
    /// @notice Thrown when an emergency id does not exist.
    /// @param emergencyId The id.
    error UnknownEmergency(uint256 emergencyId);
    /// @notice Thrown when reviewing an emergency that was already reviewed.
    /// @param emergencyId The id.
    /// @param status Its status.
    error EmergencyAlreadyReviewed(uint256 emergencyId, EmergencyStatus status);
    /// @notice Thrown when someone other than the patient or a guardian reviews an emergency.
    /// @param emergencyId The id.
    /// @param account The caller.
    error NotReviewer(uint256 emergencyId, address account);
    /// @notice Thrown when an emergency duration is zero or above `MAX_EMERGENCY_DURATION`.
    /// @param duration The rejected duration.
    error EmergencyDurationOutOfBounds(uint64 duration);
    /// @notice Thrown when an access-log root is zero or its count is zero.
    error EmptyAccessLog();
    /// @notice Thrown when an access-log root was already anchored.
    /// @param root The root.
    error AccessLogAlreadyAnchored(bytes32 root);

    /// @notice Emitted when a grant is made or replaced.
    /// @param patient The patient.
    /// @param grantee The grantee.
    /// @param scope The scope.
    /// @param target The target.
    /// @param access The access level.
    /// @param expiresAt Exclusive expiry.
    event Granted(
        address indexed patient,
        address indexed grantee,
        Scope scope,
        bytes32 indexed target,
        Access access,
        uint64 expiresAt
    );
    /// @notice Emitted when a grant is revoked.
    /// @param patient The patient.
    /// @param grantee The grantee.
    /// @param scope The scope.
    /// @param target The target.
    event Revoked(address indexed patient, address indexed grantee, Scope scope, bytes32 indexed target);
    /// @notice Emitted when a would-be grantee asks a patient for access.
    /// @param patient The patient asked.
    /// @param requester The asker.
    /// @param scope The scope asked for.
    /// @param target The target asked for.
    /// @param access The access asked for.
    /// @param purpose Commitment to the stated purpose.
    event AccessRequested(
        address indexed patient,
        address indexed requester,
        Scope scope,
        bytes32 target,
        Access access,
        bytes32 purpose
    );
    /// @notice Emitted for each guardian approval.
    /// @param patient The patient.
    /// @param actionId keccak256(abi.encode(patient, action)).
    /// @param guardian The approving guardian.
    /// @param action The action approved.
    event GuardianApproved(
        address indexed patient, bytes32 indexed actionId, address indexed guardian, GuardianAction action
    );
    /// @notice Emitted when a guardian action reaches its threshold and runs.
    /// @param patient The patient.
    /// @param actionId The action.
    /// @param approvals Approvals of guardians in force when it ran.
    event GuardianActionExecuted(address indexed patient, bytes32 indexed actionId, uint256 approvals);
    /// @notice Emitted when a provider breaks glass; the patient's app notifies the patient.
    /// @param emergencyId The id.
    /// @param patient The patient.
    /// @param provider The provider.
    /// @param reasonCode The provider's reason code.
    /// @param expiresAt When the access ends by itself.
    event EmergencyAccessOpened(
        uint256 indexed emergencyId,
        address indexed patient,
        address indexed provider,
        uint16 reasonCode,
        uint64 expiresAt
    );
    /// @notice Emitted when the patient or a guardian accepts a break-glass access.
    /// @param emergencyId The id.
    /// @param reviewer The reviewer.
    event EmergencyAccepted(uint256 indexed emergencyId, address indexed reviewer);
    /// @notice Emitted when the patient or a guardian disputes a break-glass access; the access ends and
    /// a misconduct challenge opens on the provider.
    /// @param emergencyId The id.
    /// @param reviewer The reviewer.
    /// @param evidence Commitment to the evidence.
    /// @param reviewId The challenge id in the provider registry (0 if the registry could not open one,
    /// e.g. the provider is already under review or has left).
    event EmergencyDisputed(
        uint256 indexed emergencyId, address indexed reviewer, bytes32 evidence, uint256 reviewId
    );
    /// @notice Emitted when the emergency duration changes.
    /// @param duration Seconds.
    event EmergencyDurationSet(uint64 duration);
    /// @notice Emitted when a batch of key-release receipts is anchored.
    /// @param root Merkle root over the receipts' leaves.
    /// @param manifest Commitment to the receipt batch pinned off-chain.
    /// @param count Number of receipts.
    event AccessLogAnchored(bytes32 indexed root, bytes32 manifest, uint32 count);

    /// @notice Grants (or replaces) access as the caller (the patient).
    /// @param grantee The grantee (not zero, not the patient).
    /// @param scope Record or Category.
    /// @param target Record id, or category as bytes32.
    /// @param access Read or Write.
    /// @param expiresAt Exclusive expiry, in the future.
    function grant(address grantee, Scope scope, bytes32 target, Access access, uint64 expiresAt) external;

    /// @notice Revokes the caller's grant; effective in the same block.
    /// @param grantee The grantee.
    /// @param scope Record or Category.
    /// @param target Record id, or category as bytes32.
    function revoke(address grantee, Scope scope, bytes32 target) external;

    /// @notice Grants with the patient's EIP-712 `Grant` signature; anyone may submit.
    /// @param consent The signed grant.
    /// @param signature The patient's signature (65-byte ECDSA, low s; or ERC-1271).
    function grantBySig(SignedConsent calldata consent, bytes calldata signature) external;

    /// @notice Revokes with the patient's EIP-712 `Revoke` signature; anyone may submit.
    /// @param consent The signed revocation (`access` and `expiresAt` are not signed and ignored).
    /// @param signature The patient's signature.
    function revokeBySig(SignedConsent calldata consent, bytes calldata signature) external;

    /// @notice Asks a patient for access (an event only).
    /// @param patient The patient.
    /// @param scope Scope asked for.
    /// @param target Target asked for.
    /// @param access Access asked for.
    /// @param purpose Commitment to the purpose.
    function requestAccess(address patient, Scope scope, bytes32 target, Access access, bytes32 purpose)
        external;

    /// @notice Records the caller's approval, as a guardian, of an action for a patient; runs the action
    /// when approvals by guardians in force reach the threshold.
    /// @param patient The patient.
    /// @param action The action.
    /// @return actionId The action's id.
    /// @return executed True if this approval made it run.
    function approveGuardianAction(address patient, GuardianAction calldata action)
        external
        returns (bytes32 actionId, bool executed);

    /// @notice Opens READ on the patient's EMERGENCY category for the caller, a certified provider.
    /// @param patient The patient.
    /// @param reasonCode Reason code.
    /// @return emergencyId The new break-glass id.
    function breakGlass(address patient, uint16 reasonCode) external returns (uint256 emergencyId);

    /// @notice Accepts or disputes a break-glass access, as the patient or one of their guardians.
    /// A dispute ends the access at once and opens a challenge on the provider.
    /// @param emergencyId The id.
    /// @param accept True to accept, false to dispute.
    /// @param evidence Commitment to the evidence (disputes).
    function reviewEmergency(uint256 emergencyId, bool accept, bytes32 evidence) external;

    /// @notice Sets how long break-glass access lasts. Admin only.
    /// @param duration Seconds, in (0, MAX_EMERGENCY_DURATION].
    function setEmergencyDuration(uint64 duration) external;

    /// @notice Anchors the Merkle root of a batch of signed key-release receipts. Access-log role only.
    /// @param root The root.
    /// @param manifest Commitment to the receipt batch.
    /// @param count Number of receipts.
    function anchorAccessLog(bytes32 root, bytes32 manifest, uint32 count) external;

    /// @notice Whether `grantee` may access a record at `access` level now: a live record grant, a live
    /// category grant, or (READ on the EMERGENCY category) a live break-glass window.
    /// @param patient The patient.
    /// @param grantee The grantee.
    /// @param recordId The record.
    /// @param category The record's category.
    /// @param access Read or Write (None answers false).
    function hasAccess(address patient, address grantee, bytes32 recordId, uint16 category, Access access)
        external
        view
        returns (bool);

    /// @notice A stored grant (expired ones remain until replaced or revoked).
    /// @param patient The patient.
    /// @param grantee The grantee.
    /// @param scope The scope.
    /// @param target The target.
    /// @return access The access level (None if no grant).
    /// @return expiresAt The exclusive expiry.
    function grantOf(address patient, address grantee, Scope scope, bytes32 target)
        external
        view
        returns (Access access, uint64 expiresAt);

    /// @notice A break-glass access.
    /// @param emergencyId The id.
    function emergency(uint256 emergencyId) external view returns (Emergency memory);

    /// @notice End of the live break-glass window of a provider on a patient (0 if none).
    /// @param patient The patient.
    /// @param provider The provider.
    function emergencyUntil(address patient, address provider) external view returns (uint64);

    /// @notice Seconds a break-glass access lasts.
    function emergencyDuration() external view returns (uint64);

    /// @notice Whether a guardian approved an action.
    /// @param actionId The action.
    /// @param guardian The guardian.
    function hasApproved(bytes32 actionId, address guardian) external view returns (bool);

    /// @notice Whether an action ran.
    /// @param actionId The action.
    function isExecuted(bytes32 actionId) external view returns (bool);

    /// @notice The id of a guardian action for a patient.
    /// @param patient The patient.
    /// @param action The action.
    function guardianActionId(address patient, GuardianAction calldata action) external pure returns (bytes32);

    /// @notice When an access-log root was anchored.
    /// @param root The root.
    /// @return blockNumber Anchoring block (0 if never).
    /// @return count Number of receipts.
    function accessLogOf(bytes32 root) external view returns (uint64 blockNumber, uint32 count);

    /// @notice The next signature nonce of a scope (shared by its `Grant` and `Revoke`). Nonces are kept
    /// per (patient, grantee, scope, target), so signed actions on different scopes never block each other.
    /// @param patient The patient.
    /// @param grantee The grantee.
    /// @param scope The scope.
    /// @param target The target.
    function nonceOf(address patient, address grantee, Scope scope, bytes32 target)
        external
        view
        returns (uint64);

    /// @notice The EIP-712 digest a patient signs for a grant.
    /// @param consent The grant.
    function grantDigest(SignedConsent calldata consent) external view returns (bytes32);

    /// @notice The EIP-712 digest a patient signs for a revocation.
    /// @param consent The revocation.
    function revokeDigest(SignedConsent calldata consent) external view returns (bytes32);
}
