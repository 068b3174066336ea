// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title IConsentManager
/// @notice Patients' consents, kept so that an observer of the chain cannot tell whose they are, to whom,
/// or for what. A consent is stored under a commitment, `grantId = keccak256(abi.encode(GRANT_ID_TAG,
/// patient, grantee, scope, target, salt, controller))` (docs/PRIVACY.md), in the namespace of its
/// controller: a pseudonymous key the patient's client derives for that one relationship. Only the
/// controller changes it (directly, or by an EIP-712 `ConsentChange` signature anyone may submit), or
/// M-of-N of the patient's guardians (then the controller is her guardian-set controller, another
/// pseudonym; each guardian approves from a pseudonym of its own, shown in the committed set by a
/// Merkle proof). A consent grants
/// READ or WRITE (WRITE includes READ) until an exclusive expiry; Access.None revokes. The chain stores
/// no patient, grantee, scope or target: the grantee learns the preimage from a notice sealed to their
/// encryption key and shows it to the key nodes, which recompute the id, read the consent here and check
/// the patient's off-chain delegation to the controller. Certified providers can break glass: READ on the
/// patient's EMERGENCY category for a bounded time; the patient is named by a salted tag only, and the
/// review (accept or dispute) by the patient or a guardian comes attested by the key committee, so no
/// reviewer is named either. Key nodes anchor Merkle roots of signed key-release receipts (the access
/// log).
interface IConsentManager {
    /// @notice What a grant covers (inside the commitment only).
    enum Scope {
        /// One record; target = record id.
        Record,
        /// A whole category; target = bytes32(uint256(category)).
        Category
    }

    /// @notice Access level. Levels are ordered: a WRITE grant also answers READ. None revokes.
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

    /// @notice A consent change signed by its controller (EIP-712 `ConsentChange`).
    /// @param controller The relationship pseudonym that controls the consent (the signer).
    /// @param grantId The commitment the consent is stored under.
    /// @param access Read or Write to grant; None to revoke.
    /// @param expiresAt Exclusive expiry (0 for a revocation).
    /// @param noticeHash keccak256 of the notice sealed to the grantee (of empty bytes for a revocation).
    /// @param nonce The consent's next nonce (`consentOf(controller, grantId)`).
    /// @param deadline Last timestamp at which the signature may be used.
    struct ConsentChange {
        address controller;
        bytes32 grantId;
        Access access;
        uint64 expiresAt;
        bytes32 noticeHash;
        uint64 nonce;
        uint256 deadline;
    }

    /// @notice A consent change the patient's guardians approve together. Guardians approve the identical
    /// action (same fields, same salt) from their pseudonyms, each with its Merkle proof against the set
    /// in force; it runs once the approvals reach the threshold, on the consent `grantId` in the
    /// namespace of the guardian-set controller (a pseudonym of the patient, whom the key nodes learn
    /// from her off-chain delegation to it).
    /// @param grantId The commitment (whose preimage names the guardian-set controller as controller).
    /// @param access Read or Write to grant; None to revoke.
    /// @param expiresAt Exclusive expiry (grants only).
    /// @param noticeHash keccak256 of the notice to the grantee, given with the approval that runs it.
    /// @param salt Distinguishes repeated identical actions.
    /// @param deadline Approvals count only before this time (exclusive): an approval never waits for
    /// years to be completed by others under changed circumstances.
    struct GuardianAction {
        bytes32 grantId;
        Access access;
        uint64 expiresAt;
        bytes32 noticeHash;
        bytes32 salt;
        uint64 deadline;
    }

    /// @notice A break-glass access. The patient is named by a salted tag only:
    /// `tag = keccak256(abi.encode(EMERGENCY_TAG, patient, salt))`, with a fresh secret salt the provider
    /// seals, with the patient, into a notice only the patient can open.
    /// @param tag The patient's salted tag.
    /// @param provider The provider who opened it.
    /// @param openedAt When it was opened.
    /// @param expiresAt When it ends by itself (exclusive).
    /// @param reasonCode Reason code given by the provider.
    /// @param status Review state.
    struct Emergency {
        bytes32 tag;
        address provider;
        uint64 openedAt;
        uint64 expiresAt;
        uint16 reasonCode;
        EmergencyStatus status;
    }

    /// @notice Thrown when a grant id is zero.
    error InvalidGrantId();
    /// @notice Thrown when a grant's expiry is not in the future.
    /// @param expiresAt The rejected expiry.
    error ExpiryNotInFuture(uint64 expiresAt);
    /// @notice Thrown when revoking a consent that is not in force.
    /// @param controller The controller.
    /// @param grantId The grant id.
    error NoConsent(address controller, bytes32 grantId);
    /// @notice Thrown when a signature is used after its deadline.
    /// @param deadline The deadline.
    error SignatureExpired(uint256 deadline);
    /// @notice Thrown when a signed change's nonce is not the consent's next nonce (used or from the future).
    /// @param nonce The signed nonce.
    /// @param expected The consent's next nonce.
    error InvalidNonce(uint256 nonce, uint256 expected);
    /// @notice Thrown when a signature is not the controller's.
    /// @param controller The claimed signer.
    error InvalidSignature(address controller);
    /// @notice Thrown when the notice given is not the one signed (or approved).
    /// @param expected The signed notice hash.
    error NoticeMismatch(bytes32 expected);
    /// @notice Thrown when the caller is not, by its proof, a guardian of the set in force.
    /// @param controller The guardian-set controller.
    /// @param account The caller.
    error NotGuardian(address controller, address account);
    /// @notice Thrown when a guardian approves the same action twice.
    /// @param actionId The action.
    /// @param guardian The guardian.
    error AlreadyApproved(bytes32 actionId, address guardian);
    /// @notice Thrown when approving an action that already ran.
    /// @param actionId The action.
    error ActionAlreadyExecuted(bytes32 actionId);
    /// @notice Thrown when approving an action after its deadline.
    /// @param actionId The action.
    /// @param deadline Its deadline.
    error ActionExpired(bytes32 actionId, uint64 deadline);
    /// @notice Thrown when withdrawing an approval the caller has not given (under the set in force).
    /// @param actionId The action.
    /// @param guardian The caller.
    error NotApproved(bytes32 actionId, address guardian);
    /// @notice Thrown when breaking glass without being a certified provider.
    /// @param provider The caller.
    error NotCertified(address provider);
    /// @notice Thrown when an emergency id does not exist.
    /// @param emergencyId The id.
    error UnknownEmergency(uint256 emergencyId);
    /// @notice Thrown when reviewing an emergency that was already reviewed.
    /// @param emergencyId The id.
    /// @param status Its status.
    error EmergencyAlreadyReviewed(uint256 emergencyId, EmergencyStatus status);
    /// @notice Thrown when a review is not attested by the key committee (whose members check that the
    /// reviewer is the tagged patient or one of her guardians).
    /// @param emergencyId The id.
    error ReviewNotAttested(uint256 emergencyId);
    /// @notice Thrown when breaking glass with a zero tag.
    error InvalidTag();
    /// @notice Thrown when a dispute's challenge fails without a reason (out of gas): the dispute is not
    /// taken without its challenge.
    /// @param emergencyId The id.
    error ChallengeStarved(uint256 emergencyId);
    /// @notice Thrown when a provider breaks glass while barred after a disputed break-glass.
    /// @param provider The provider.
    /// @param until When the bar ends.
    error BreakGlassBarred(address provider, uint64 until);
    /// @notice Thrown when a provider has broken glass `MAX_EMERGENCIES_PER_DAY` times in the current
    /// day-long window.
    /// @param provider The provider.
    /// @param windowEndsAt When its window ends.
    error TooManyEmergencies(address provider, uint64 windowEndsAt);
    /// @notice Thrown when an emergency duration is zero or above `MAX_EMERGENCY_DURATION`.
    /// @param duration The rejected duration.
    error EmergencyDurationOutOfBounds(uint64 duration);
    /// @notice Thrown when an access-log root is zero or its count is zero.
    error EmptyAccessLog();
    /// @notice Thrown when an access-log root was already anchored.
    /// @param root The root.
    error AccessLogAlreadyAnchored(bytes32 root);

    /// @notice Emitted when a consent is granted, replaced or revoked. Names no patient, grantee, scope or
    /// target: only the commitment and its controller, a one-relationship pseudonym.
    /// @param controller The pseudonym (a relationship's, or the guardian set's).
    /// @param grantId The commitment.
    /// @param access The access level (None: revoked).
    /// @param expiresAt Exclusive expiry (0 when revoked).
    /// @param notice The grant's preimage and the patient's delegation, sealed to the grantee's encryption
    /// key (MVN v1, docs/PRIVACY.md); empty for a revocation.
    event ConsentChanged(
        address indexed controller, bytes32 indexed grantId, Access access, uint64 expiresAt, bytes notice
    );
    /// @notice Emitted when a would-be grantee asks a patient for access: the request is sealed to the
    /// patient's encryption key, so only she learns that it is for her.
    /// @param requester The asker.
    /// @param notice The sealed request.
    event AccessRequested(address indexed requester, bytes notice);
    /// @notice Emitted for each guardian approval; names the action only.
    /// @param actionId keccak256(abi.encode(controller, root, action)).
    /// @param approvals Approvals so far.
    event GuardianApproved(bytes32 indexed actionId, uint256 approvals);
    /// @notice Emitted when a guardian withdraws its approval of an action that has not run.
    /// @param actionId The action.
    /// @param approvals Approvals left.
    event GuardianApprovalWithdrawn(bytes32 indexed actionId, uint256 approvals);
    /// @notice Emitted when a guardian action reaches its threshold and runs (with the `ConsentChanged`
    /// of its consent).
    /// @param actionId The action.
    /// @param approvals Approvals when it ran.
    event GuardianActionExecuted(bytes32 indexed actionId, uint256 approvals);
    /// @notice Emitted when a provider breaks glass. The provider is public (accountable); the patient
    /// is a salted tag, and learns of it from `notice`, sealed to her encryption key.
    /// @param emergencyId The id.
    /// @param tag The patient's salted tag.
    /// @param provider The provider.
    /// @param reasonCode The provider's reason code.
    /// @param expiresAt When the access ends by itself.
    /// @param notice The patient and the salt, sealed to her key (MVN v1).
    event EmergencyAccessOpened(
        uint256 indexed emergencyId,
        bytes32 indexed tag,
        address indexed provider,
        uint16 reasonCode,
        uint64 expiresAt,
        bytes notice
    );
    /// @notice Emitted when the patient or a guardian accepts a break-glass access (attested by the key
    /// committee; the reviewer is not named).
    /// @param emergencyId The id.
    event EmergencyAccepted(uint256 indexed emergencyId);
    /// @notice Emitted when the patient or a guardian disputes a break-glass access; the access ends and
    /// a misconduct challenge opens on the provider, brought by a one-time dispute key.
    /// @param emergencyId The id.
    /// @param evidence Commitment to the evidence.
    /// @param reviewId The challenge id in the provider registry (0 if the registry could not open one,
    /// e.g. the provider is already under review or has left).
    event EmergencyDisputed(uint256 indexed emergencyId, bytes32 evidence, uint256 reviewId);
    /// @notice Emitted when the emergency duration changes.
    /// @param duration Seconds.
    event EmergencyDurationSet(uint64 duration);
    /// @notice Emitted when a batch of key-release receipts is anchored.
    /// @param root Merkle root over the receipts' leaves.
    /// @param manifest Commitment to the receipt batch pinned off-chain.
    /// @param count Number of receipts.
    event AccessLogAnchored(bytes32 indexed root, bytes32 manifest, uint32 count);

    /// @notice Grants, replaces or revokes (access None) a consent in the caller's namespace.
    /// @param grantId The commitment (not zero).
    /// @param access Read or Write; None revokes.
    /// @param expiresAt Exclusive expiry, in the future (ignored for a revocation).
    /// @param notice The notice sealed to the grantee (empty for a revocation).
    function setConsent(bytes32 grantId, Access access, uint64 expiresAt, bytes calldata notice) external;

    /// @notice Applies a controller's signed `ConsentChange`; anyone may submit.
    /// @param change The signed change.
    /// @param signature The controller's signature (65-byte ECDSA, low s; or ERC-1271).
    /// @param notice The notice whose hash the change signs.
    function setConsentBySig(ConsentChange calldata change, bytes calldata signature, bytes calldata notice)
        external;

    /// @notice Asks a patient for access (an event only), sealed to her encryption key.
    /// @param notice The sealed request (who asks for what, and why).
    function requestAccess(bytes calldata notice) external;

    /// @notice Withdraws the caller's approval of an action that has not run (under the set in force).
    /// @param controller The guardian-set controller.
    /// @param action The action.
    /// @return actionId The action's id.
    function withdrawGuardianApproval(address controller, GuardianAction calldata action)
        external
        returns (bytes32 actionId);

    /// @notice Records the caller's approval, as a guardian (its pseudonym, shown in the set in force by
    /// `proof`), of an action under a guardian-set controller; runs the action when the approvals reach
    /// the threshold.
    /// @param controller The guardian-set controller.
    /// @param action The action.
    /// @param proof Merkle proof of `AccountRegistry.guardianLeaf(controller, caller)`.
    /// @param notice The notice to the grantee (its hash is the action's; used when this approval runs it).
    /// @return actionId The action's id.
    /// @return executed True if this approval made it run.
    function approveGuardianAction(
        address controller,
        GuardianAction calldata action,
        bytes32[] calldata proof,
        bytes calldata notice
    ) external returns (bytes32 actionId, bool executed);

    /// @notice Opens READ on the tagged patient's EMERGENCY category for the caller, a certified provider.
    /// The key nodes release only to a provider who shows the tag's preimage (patient and salt).
    /// Bounded per provider, since tags are fresh per access and the chain cannot tell patients
    /// apart: at most `MAX_EMERGENCIES_PER_DAY` opens per day-long window, and none for
    /// `DISPUTE_BAR` after a patient disputes one of its accesses.
    /// @param tag `keccak256(abi.encode(EMERGENCY_TAG, patient, salt))` (not zero).
    /// @param reasonCode Reason code.
    /// @param notice The patient and the salt, sealed to the patient's encryption key.
    /// @return emergencyId The new break-glass id.
    function breakGlass(bytes32 tag, uint16 reasonCode, bytes calldata notice)
        external
        returns (uint256 emergencyId);

    /// @notice Accepts or disputes a break-glass access on the word of the key committee: at least its
    /// threshold of members attest (EIP-712 `EmergencyReview`) that the patient of the tag, or one of her
    /// guardians, asked for exactly this review. Anyone may submit. A dispute ends the access at once and
    /// opens a challenge on the provider, brought by `challenger`.
    /// @param emergencyId The id.
    /// @param accept True to accept, false to dispute.
    /// @param evidence Commitment to the evidence (disputes).
    /// @param challenger The one-time key that brings the challenge (disputes; not the patient's account).
    /// @param attestations Committee members' signatures over `reviewDigest`.
    function reviewEmergency(
        uint256 emergencyId,
        bool accept,
        bytes32 evidence,
        address challenger,
        bytes[] calldata attestations
    ) external;

    /// @notice Sets how long break-glass access lasts. Admin only.
    /// @param duration Seconds, in (0, MAX_EMERGENCY_DURATION].
    function setEmergencyDuration(uint64 duration) external;

    /// @notice Anchors the Merkle root of a batch of signed key-release receipts. Access-log role only.
    /// @param root The root.
    /// @param manifest Commitment to the receipt batch.
    /// @param count Number of receipts.
    function anchorAccessLog(bytes32 root, bytes32 manifest, uint32 count) external;

    /// @notice Whether a consent is live at `access` level now (`block.timestamp < expiresAt`).
    /// @param controller The controller.
    /// @param grantId The commitment.
    /// @param access Read or Write (None answers false).
    function isLive(address controller, bytes32 grantId, Access access) external view returns (bool);

    /// @notice A stored consent (an expired one remains until replaced or revoked).
    /// @param controller The controller.
    /// @param grantId The commitment.
    /// @return access The access level (None if none).
    /// @return expiresAt The exclusive expiry.
    /// @return nonce The next nonce of a signed change.
    function consentOf(address controller, bytes32 grantId)
        external
        view
        returns (Access access, uint64 expiresAt, uint64 nonce);

    /// @notice A break-glass access.
    /// @param emergencyId The id.
    function emergency(uint256 emergencyId) external view returns (Emergency memory);

    /// @notice End of the live break-glass window of a provider on a tagged patient (0 if none).
    /// @param tag The patient's salted tag.
    /// @param provider The provider.
    function emergencyUntil(bytes32 tag, address provider) external view returns (uint64);

    /// @notice Whether `provider` may read the tagged patient's EMERGENCY category now: a break-glass
    /// window of its own on that tag is open and the provider is still certified (a window never
    /// outlives its provider's certification).
    /// @param tag The patient's salted tag.
    /// @param provider The provider.
    function inEmergency(bytes32 tag, address provider) external view returns (bool);

    /// @notice A provider's break-glass budget: how many times it broke glass in its current day-long
    /// window, when that window started, and until when it is barred after a disputed break-glass.
    /// @param provider The provider.
    function breakGlassBudget(address provider)
        external
        view
        returns (uint32 opens, uint64 windowStart, uint64 barredUntil);

    /// @notice The EIP-712 digest key nodes sign to attest a review:
    /// `EmergencyReview(uint256 emergencyId,bool accept,bytes32 evidence,address challenger)`.
    /// @param emergencyId The id.
    /// @param accept Accept or dispute.
    /// @param evidence Commitment to the evidence.
    /// @param challenger The dispute's one-time key (zero to accept).
    function reviewDigest(uint256 emergencyId, bool accept, bytes32 evidence, address challenger)
        external
        view
        returns (bytes32);

    /// @notice The key committee whose members attest reviews.
    function committee() external view returns (address);

    /// @notice Seconds a break-glass access lasts.
    function emergencyDuration() external view returns (uint64);

    /// @notice Whether a guardian approved an action.
    /// @param actionId The action.
    /// @param guardian The guardian.
    function hasApproved(bytes32 actionId, address guardian) external view returns (bool);

    /// @notice Whether an action ran.
    /// @param actionId The action.
    function isExecuted(bytes32 actionId) external view returns (bool);

    /// @notice The id of a guardian action under a controller's set with root `root`.
    /// @param controller The guardian-set controller.
    /// @param root The root of the set in force.
    /// @param action The action.
    function guardianActionId(address controller, bytes32 root, GuardianAction calldata action)
        external
        pure
        returns (bytes32);

    /// @notice When an access-log root was anchored.
    /// @param root The root.
    /// @return blockNumber Anchoring block (0 if never).
    /// @return count Number of receipts.
    function accessLogOf(bytes32 root) external view returns (uint64 blockNumber, uint32 count);

    /// @notice The EIP-712 digest a controller signs for a change.
    /// @param change The change.
    function changeDigest(ConsentChange calldata change) external view returns (bytes32);
}
