// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title IAccountRegistry
/// @notice Accounts of medvault: each address registers once as a patient, a provider or a researcher
/// with the public key that records are encrypted to (33-byte compressed secp256k1). Keys rotate, each
/// rotation starting the next key epoch (1 at registration); the history stays in `EncryptionKeySet`
/// events. Off-chain, a key is derived from the account's signature of typed data naming its epoch
/// (docs/KEYS.md), so a reader re-derives the key of any past epoch to open what was wrapped to it. Researchers are verified only by an attester's
/// attestation. A patient names guardians (up to `MAX_GUARDIANS`, threshold M of N) who can act for her
/// when she cannot, by commitment: the set is the Merkle root of the guardians' pseudonyms (one
/// each, derived by the guardian's client for this duty), kept under the patient's guardian-set
/// controller (a pseudonym her client derives); neither the patient nor a guardian is named. A
/// change of guardians takes effect only after `guardianDelay` and can be cancelled by the controller
/// until then, so a stolen key cannot silently swap them. Nothing personal is stored: registration
/// carries at most an opaque commitment.
///
/// Recovery of a lost wallet: at guardian set-up the patient signs, off-chain, the EIP-712
/// `RecoveryAuthorization(address patient,address controller)` (domain `MedvaultAccounts` v1) and hands it
/// to her guardians; it is the only link between her account and her guardian-set controller, and it
/// reaches the chain only when guardians use it. `threshold` guardians of the set in force approve the
/// same recovery (patient, successor, controller) each from its pseudonym with its proof and the
/// authorization; the last approval starts a delay of `recoveryDelay`, during which the patient's old
/// wallet may `cancelRecovery` (voiding every approval so far). After the delay the successor, an
/// unregistered account, calls `completeRecovery` with its own encryption key: it becomes a patient, the
/// old account stops being one (`isPatient` false, no key rotation, no further recovery), and
/// `successorOf(old)` / `identityOf(old)` name the new account, so that whoever serves the old account's
/// records (key nodes, relayer) serves them to the successor.
interface IAccountRegistry {
    /// @notice What an account is.
    enum Role {
        None,
        Patient,
        Provider,
        Researcher
    }

    /// @notice Thrown when the account is already registered.
    /// @param account The account.
    /// @param role The role it holds.
    error AlreadyRegistered(address account, Role role);
    /// @notice Thrown when the account is not registered.
    /// @param account The account.
    error NotRegistered(address account);
    /// @notice Thrown when registering with `Role.None`.
    error InvalidRole();
    /// @notice Thrown when a key is not a 33-byte compressed secp256k1 point (prefix 0x02 or 0x03, then
    /// an x coordinate below the field prime whose x^3 + 7 is a square).
    /// @param key The rejected key.
    error MalformedKey(bytes key);
    /// @notice Thrown when the account is not a patient.
    /// @param account The account.
    error NotPatient(address account);
    /// @notice Thrown when the account is not a registered researcher.
    /// @param account The account.
    error NotResearcher(address account);
    /// @notice Thrown when attesting a researcher that is already verified.
    /// @param researcher The researcher.
    error AlreadyVerified(address researcher);
    /// @notice Thrown when revoking a researcher that is not verified.
    /// @param researcher The researcher.
    error NotVerified(address researcher);
    /// @notice Thrown when a guardian set is larger than `MAX_GUARDIANS`.
    /// @param count Size of the proposed set.
    /// @param max The largest set allowed.
    error TooManyGuardians(uint256 count, uint256 max);
    /// @notice Thrown when the threshold is not in 1..N (or not 0 for an empty set), or the root does
    /// not match the size (zero exactly for an empty set).
    /// @param threshold The proposed threshold.
    /// @param count Size of the proposed set.
    error InvalidThreshold(uint8 threshold, uint256 count);
    /// @notice Thrown when cancelling while no guardian change is pending.
    /// @param controller The guardian-set controller.
    error NoPendingGuardians(address controller);
    /// @notice Thrown when a guardian delay is outside its bounds.
    /// @param delay The proposed delay, in seconds.
    /// @param min The shortest delay allowed.
    /// @param max The longest delay allowed.
    error GuardianDelayOutOfBounds(uint64 delay, uint64 min, uint64 max);
    /// @notice Thrown when the account was recovered to a successor: it no longer acts as a patient.
    /// @param account The recovered account.
    /// @param successor Its successor.
    error AccountRecovered(address account, address successor);
    /// @notice Thrown when an account proves no membership in the guardian set in force under `controller`.
    /// @param controller The guardian-set controller.
    /// @param account The caller.
    error NotGuardian(address controller, address account);
    /// @notice Thrown when the patient's `RecoveryAuthorization` for `controller` is not her signature.
    /// @param patient The patient.
    /// @param controller The guardian-set controller.
    error InvalidRecoveryAuthorization(address patient, address controller);
    /// @notice Thrown when a recovery's successor is zero, the patient herself, or already registered.
    /// @param successor The proposed successor.
    error InvalidSuccessor(address successor);
    /// @notice Thrown when a guardian approves the same recovery twice.
    /// @param recoveryId The recovery.
    /// @param guardian The guardian's pseudonym.
    error RecoveryAlreadyApproved(bytes32 recoveryId, address guardian);
    /// @notice Thrown when no recovery of the patient has reached its threshold.
    /// @param patient The patient.
    error NoRecovery(address patient);
    /// @notice Thrown when completing a recovery before its delay has passed.
    /// @param patient The patient.
    /// @param readyAt When it may be completed.
    error RecoveryNotReady(address patient, uint64 readyAt);
    /// @notice Thrown when someone other than the recovery's successor completes it.
    /// @param caller The caller.
    /// @param successor The recovery's successor.
    error NotSuccessor(address caller, address successor);
    /// @notice Thrown when completing a recovery whose guardian set is no longer the one in force.
    /// @param controller The guardian-set controller.
    /// @param root The root the recovery was approved under.
    error StaleGuardianSet(address controller, bytes32 root);
    /// @notice Thrown when a recovery delay is outside its bounds.
    /// @param delay The proposed delay, in seconds.
    /// @param min The shortest delay allowed.
    /// @param max The longest delay allowed.
    error RecoveryDelayOutOfBounds(uint64 delay, uint64 min, uint64 max);

    /// @notice Emitted when an account registers.
    /// @param account The account.
    /// @param role Its role.
    /// @param commitment Opaque commitment to off-chain data (may be zero); never personal data.
    event Registered(address indexed account, Role indexed role, bytes32 commitment);
    /// @notice Emitted when an account's encryption key is set, at registration (epoch 1) and on each
    /// rotation (the next epoch). The sequence of these events is the account's key history.
    /// @param account The account.
    /// @param key The new 33-byte compressed key.
    /// @param epoch The key's epoch: 1 at registration, one more on each rotation.
    event EncryptionKeySet(address indexed account, bytes key, uint32 epoch);
    /// @notice Emitted when an attester verifies a researcher.
    /// @param researcher The researcher.
    /// @param attestation Commitment to the off-chain attestation.
    /// @param attester The attester.
    event ResearcherVerified(address indexed researcher, bytes32 attestation, address indexed attester);
    /// @notice Emitted when an attester revokes a researcher's verification.
    /// @param researcher The researcher.
    /// @param reason Commitment to the reason.
    /// @param attester The attester.
    event ResearcherRevoked(address indexed researcher, bytes32 reason, address indexed attester);
    /// @notice Emitted when a guardian-set controller proposes a new set.
    /// @param controller The controller (a pseudonym of the patient).
    /// @param root Merkle root of the guardians' pseudonyms (`guardianLeaf` leaves).
    /// @param size How many guardians.
    /// @param threshold The proposed threshold.
    /// @param effectiveAt Timestamp from which the set is in force.
    event GuardianSetProposed(
        address indexed controller, bytes32 root, uint8 size, uint8 threshold, uint64 effectiveAt
    );
    /// @notice Emitted when a controller cancels a pending guardian change.
    /// @param controller The controller.
    event GuardianSetCancelled(address indexed controller);
    /// @notice Emitted when the guardian delay changes.
    /// @param delay The new delay, in seconds.
    event GuardianDelaySet(uint64 delay);
    /// @notice Emitted when a guardian approves a recovery (this is when the patient's link to her
    /// controller becomes public).
    /// @param patient The account to recover.
    /// @param recoveryId The recovery (`recoveryIdOf`).
    /// @param controller The guardian-set controller whose set approves.
    /// @param successor The account the identity moves to.
    /// @param approvals Distinct approvals so far.
    event RecoveryApproved(
        address indexed patient,
        bytes32 indexed recoveryId,
        address controller,
        address successor,
        uint256 approvals
    );
    /// @notice Emitted when a recovery reaches its threshold; it may be completed from `readyAt`.
    /// @param patient The account to recover.
    /// @param successor The account the identity moves to.
    /// @param recoveryId The recovery.
    /// @param readyAt When the successor may complete it.
    event RecoveryStarted(
        address indexed patient, address indexed successor, bytes32 recoveryId, uint64 readyAt
    );
    /// @notice Emitted when the patient cancels recoveries of her account: every approval so far is void.
    /// @param patient The patient.
    /// @param nonce The patient's new recovery nonce.
    event RecoveryCancelled(address indexed patient, uint32 nonce);
    /// @notice Emitted when a recovery completes: `successor` is the patient's identity from now on.
    /// @param patient The recovered (old) account.
    /// @param successor The new account.
    event RecoveryCompleted(address indexed patient, address indexed successor);
    /// @notice Emitted when the recovery delay changes.
    /// @param delay The new delay, in seconds.
    event RecoveryDelaySet(uint64 delay);

    /// @notice Registers the caller, with its encryption key as epoch 1.
    /// @param role Patient, Provider or Researcher.
    /// @param key 33-byte compressed secp256k1 encryption key.
    /// @param commitment Opaque commitment (may be zero).
    function register(Role role, bytes calldata key, bytes32 commitment) external;

    /// @notice Replaces the caller's encryption key and starts the next key epoch; the old key stays in
    /// the event history.
    /// @param key The new 33-byte compressed key.
    function rotateKey(bytes calldata key) external;

    /// @notice Verifies a registered researcher. Attester only.
    /// @param researcher The researcher.
    /// @param attestation Commitment to the off-chain attestation.
    function attestResearcher(address researcher, bytes32 attestation) external;

    /// @notice Revokes a researcher's verification. Attester only.
    /// @param researcher The researcher.
    /// @param reason Commitment to the reason.
    function revokeResearcher(address researcher, bytes32 reason) external;

    /// @notice Proposes the guardian set of the caller (a guardian-set controller); in force after
    /// `guardianDelay`. Replaces any pending proposal. An empty set (root zero, size and threshold 0)
    /// removes all guardians.
    /// @param root Merkle root (OpenZeppelin sorted pairs) of `guardianLeaf(caller, pseudonym)` over the
    /// guardians' distinct pseudonyms.
    /// @param size How many guardians (at most `MAX_GUARDIANS`).
    /// @param threshold Guardians needed to act (1..size, or 0 for an empty set).
    /// @return effectiveAt Timestamp from which the set is in force.
    function proposeGuardianSet(bytes32 root, uint8 size, uint8 threshold)
        external
        returns (uint64 effectiveAt);

    /// @notice Cancels the caller's pending guardian change.
    function cancelGuardianSet() external;

    /// @notice Sets the delay before a guardian change takes effect. Params role only.
    /// @param delay Seconds, within [`MIN_GUARDIAN_DELAY`, `MAX_GUARDIAN_DELAY`].
    function setGuardianDelay(uint64 delay) external;

    /// @notice Approves, as a guardian (the caller, a pseudonym) of the set in force under `controller`, moving
    /// `patient`'s identity to `successor`. The approval that reaches the set's threshold starts the
    /// recovery delay (replacing a recovery of the patient started earlier, if any).
    /// @param patient The account to recover (a patient, not recovered).
    /// @param successor The new account (not registered, not the patient).
    /// @param controller The patient's guardian-set controller.
    /// @param authorization The patient's signature of `RecoveryAuthorization(patient, controller)`.
    /// @param proof Merkle proof of `guardianLeaf(controller, caller)` in the set in force.
    /// @return recoveryId The recovery.
    /// @return approvals Distinct approvals so far.
    function approveRecovery(
        address patient,
        address successor,
        address controller,
        bytes calldata authorization,
        bytes32[] calldata proof
    ) external returns (bytes32 recoveryId, uint256 approvals);

    /// @notice Cancels every recovery of the caller (a patient, with her old wallet): a started one stops and
    /// every approval so far is void.
    function cancelRecovery() external;

    /// @notice Completes the caller's recovery of `patient` once its delay has passed: registers the caller
    /// (the recovery's successor) as a patient with `key` as epoch 1 and retires `patient`.
    /// @param patient The recovered account.
    /// @param key The successor's 33-byte compressed encryption key.
    function completeRecovery(address patient, bytes calldata key) external;

    /// @notice Sets the delay between a recovery's threshold and its completion. Params role only.
    /// @param delay Seconds, within [`MIN_RECOVERY_DELAY`, `MAX_RECOVERY_DELAY`].
    function setRecoveryDelay(uint64 delay) external;

    /// @notice The role of an account (None if unregistered).
    /// @param account The account.
    function role(address account) external view returns (Role);

    /// @notice Whether the account is a registered patient.
    /// @param account The account.
    function isPatient(address account) external view returns (bool);

    /// @notice Whether the account is a researcher with a standing attestation.
    /// @param account The account.
    function isVerifiedResearcher(address account) external view returns (bool);

    /// @notice The account's current encryption key (33 bytes), empty if unregistered.
    /// @param account The account.
    function encryptionKey(address account) external view returns (bytes memory);

    /// @notice The account's current encryption key and its epoch.
    /// @param account The account.
    /// @return key The 33-byte compressed key, empty if unregistered.
    /// @return epoch 1 from registration, one more on each rotation; 0 if unregistered.
    function encryptionKeyOf(address account) external view returns (bytes memory key, uint32 epoch);

    /// @notice The guardian set in force now under `controller` (a pending change counts once its
    /// delay has passed).
    /// @param controller The guardian-set controller.
    /// @return root Merkle root of the guardians' pseudonyms (zero if none).
    /// @return size How many guardians.
    /// @return threshold How many must act together.
    function guardianSet(address controller) external view returns (bytes32 root, uint8 size, uint8 threshold);

    /// @notice The pending guardian change under `controller`, if any.
    /// @param controller The guardian-set controller.
    /// @return root The proposed root.
    /// @return size The proposed size.
    /// @return threshold The proposed threshold.
    /// @return effectiveAt When it takes effect (0 if none is pending).
    function pendingGuardianSet(address controller)
        external
        view
        returns (bytes32 root, uint8 size, uint8 threshold, uint64 effectiveAt);

    /// @notice Whether `guardian` (a pseudonym) is in the set in force under `controller`, by its proof.
    /// @param controller The guardian-set controller.
    /// @param guardian The guardian's pseudonym.
    /// @param proof Merkle proof of `guardianLeaf(controller, guardian)`.
    function isGuardian(address controller, address guardian, bytes32[] calldata proof)
        external
        view
        returns (bool);

    /// @notice The leaf of a guardian in a set: `keccak256(bytes.concat(keccak256(abi.encode(controller, guardian))))`.
    /// @param controller The guardian-set controller.
    /// @param guardian The guardian's pseudonym.
    function guardianLeaf(address controller, address guardian) external pure returns (bytes32);

    /// @notice Seconds a guardian change waits before taking effect.
    function guardianDelay() external view returns (uint64);

    /// @notice Seconds between a recovery's threshold and its completion.
    function recoveryDelay() external view returns (uint64);

    /// @notice The id of the recovery of `patient` to `successor` by the set `root` under `controller`, at the
    /// patient's current recovery nonce (a cancellation moves it on).
    /// @param patient The account to recover.
    /// @param successor The new account.
    /// @param controller The guardian-set controller.
    /// @param root The guardian set's root.
    function recoveryIdOf(address patient, address successor, address controller, bytes32 root)
        external
        view
        returns (bytes32);

    /// @notice Distinct approvals of a recovery.
    /// @param recoveryId The recovery.
    function recoveryApprovals(bytes32 recoveryId) external view returns (uint256);

    /// @notice Whether `guardian` approved the recovery.
    /// @param recoveryId The recovery.
    /// @param guardian The guardian's pseudonym.
    function hasApprovedRecovery(bytes32 recoveryId, address guardian) external view returns (bool);

    /// @notice The started recovery of `patient`, if any.
    /// @param patient The patient.
    /// @return successor The account the identity moves to (zero if none started).
    /// @return controller The guardian-set controller whose set approved it.
    /// @return root The set's root at the threshold.
    /// @return readyAt When the successor may complete it.
    /// @return nonce The patient's recovery nonce.
    function recoveryOf(address patient)
        external
        view
        returns (address successor, address controller, bytes32 root, uint64 readyAt, uint32 nonce);

    /// @notice The account `account` was recovered to (zero if none).
    /// @param account The account.
    function successorOf(address account) external view returns (address);

    /// @notice The account `account` was recovered from (zero if none).
    /// @param account The account.
    function predecessorOf(address account) external view returns (address);

    /// @notice The account that acts for `account` now: its last successor (itself if never recovered).
    /// @param account The account.
    function identityOf(address account) external view returns (address);

    /// @notice The EIP-712 digest of `RecoveryAuthorization(patient, controller)` that the patient signs.
    /// @param patient The patient.
    /// @param controller Her guardian-set controller.
    function recoveryAuthorizationDigest(address patient, address controller) external view returns (bytes32);
}
