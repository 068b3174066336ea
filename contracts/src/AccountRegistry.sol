// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {DelayedAdmin} from "./access/DelayedAdmin.sol";
import {IAccountRegistry} from "./interfaces/IAccountRegistry.sol";
import {GuardianLeaf} from "./libraries/GuardianLeaf.sol";
import {Signatures} from "./libraries/Signatures.sol";
import {ERC2771Context} from "@openzeppelin/contracts/metatx/ERC2771Context.sol";
import {Context} from "@openzeppelin/contracts/utils/Context.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @title AccountRegistry
/// @notice Roles, encryption keys, researcher attestations and committed guardian sets (see
/// IAccountRegistry). Every user action may come through the trusted forwarder, so the actor is
/// `_msgSender()`.
/// Invariants: an account's role is set once and never changes; every stored key is a valid compressed
/// secp256k1 point; a registered account's key epoch starts at 1 and grows by exactly 1 on each rotation
/// (0 only while unregistered); only a researcher can be verified; a guardian set in force has a size
/// of at most `MAX_GUARDIANS` and a threshold in 1..size (both 0, root zero, when empty); a proposed
/// set is in force only once `guardianDelay` (as it was at proposal) has passed; an account is recovered at
/// most once, only to an account that was unregistered, only by `threshold` distinct guardians of the set in
/// force when the last of them approved and still in force at completion, only with the patient's
/// authorization of that controller, and only `recoveryDelay` (as it was at the threshold) after the
/// threshold; a recovered account is no longer a patient, and successors never form a cycle (each is new).
contract AccountRegistry is IAccountRegistry, DelayedAdmin, ERC2771Context, EIP712 {
    /// @notice Role that verifies and revokes researchers.
    bytes32 public constant ATTESTER_ROLE = keccak256("ATTESTER_ROLE");
    /// @notice Role that sets parameters.
    bytes32 public constant PARAMS_ROLE = keccak256("PARAMS_ROLE");
    /// @notice Largest guardian set.
    uint256 public constant MAX_GUARDIANS = 5;
    /// @notice Shortest guardian delay.
    uint64 public constant MIN_GUARDIAN_DELAY = 1 hours;
    /// @notice Longest guardian delay.
    uint64 public constant MAX_GUARDIAN_DELAY = 30 days;
    /// @notice Recovery delay at deployment.
    uint64 public constant DEFAULT_RECOVERY_DELAY = 3 days;
    /// @notice Shortest recovery delay: the patient must have time to notice and cancel.
    uint64 public constant MIN_RECOVERY_DELAY = 1 days;
    /// @notice Longest recovery delay.
    uint64 public constant MAX_RECOVERY_DELAY = 30 days;
    /// @notice EIP-712 type of the patient's authorization of her guardian-set controller to recover her.
    bytes32 public constant RECOVERY_AUTHORIZATION_TYPEHASH =
        keccak256("RecoveryAuthorization(address patient,address controller)");

    /// @dev secp256k1 field prime.
    uint256 private constant _P = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F;

    /// @dev Slot 0: keyX. Slot 1: keyPrefix, role, verified, keyEpoch.
    struct Account {
        bytes32 keyX;
        uint8 keyPrefix;
        Role role;
        bool verified;
        uint32 keyEpoch;
    }

    /// @dev One slot: the Merkle root of the guardians' pseudonyms, then size and threshold.
    struct GuardianSet {
        bytes32 root;
        uint8 size;
        uint8 threshold;
    }

    struct Guardians {
        GuardianSet current;
        GuardianSet pending;
        uint64 effectiveAt;
    }

    /// @dev A patient's started recovery and her recovery nonce. Slot 0: successor, readyAt, nonce.
    /// Slot 1: controller. Slot 2: root.
    struct Recovery {
        address successor;
        uint64 readyAt;
        uint32 nonce;
        address controller;
        bytes32 root;
    }

    mapping(address account => Account) private _accounts;
    mapping(address controller => Guardians) private _guardians;
    uint64 private _guardianDelay;
    uint64 private _recoveryDelay;
    mapping(address patient => Recovery) private _recoveries;
    mapping(bytes32 recoveryId => uint256) private _recoveryApprovals;
    mapping(bytes32 recoveryId => mapping(address guardian => bool)) private _recoveryApproved;
    mapping(address account => address) private _successors;
    mapping(address account => address) private _predecessors;

    /// @param admin Administers roles (gets DEFAULT_ADMIN_ROLE only).
    /// @param forwarder The trusted ERC-2771 forwarder.
    /// @param guardianDelay_ Initial guardian delay, within bounds.
    constructor(address admin, address forwarder, uint64 guardianDelay_)
        DelayedAdmin(admin)
        ERC2771Context(forwarder)
        EIP712("MedvaultAccounts", "1")
    {
        _setGuardianDelay(guardianDelay_);
        _setRecoveryDelay(DEFAULT_RECOVERY_DELAY);
    }

    // ---------------------------------------------------------------- external

    /// @inheritdoc IAccountRegistry
    function register(Role role_, bytes calldata key, bytes32 commitment) external {
        address account = _msgSender();
        Account storage a = _accounts[account];
        if (a.role != Role.None) revert AlreadyRegistered(account, a.role);
        if (role_ == Role.None) revert InvalidRole();
        (uint8 prefix, bytes32 x) = _parseKey(key);
        a.role = role_;
        a.keyPrefix = prefix;
        a.keyX = x;
        a.keyEpoch = 1;
        emit Registered(account, role_, commitment);
        emit EncryptionKeySet(account, key, 1);
    }

    /// @inheritdoc IAccountRegistry
    function rotateKey(bytes calldata key) external {
        address account = _msgSender();
        Account storage a = _accounts[account];
        if (a.role == Role.None) revert NotRegistered(account);
        _notRecovered(account);
        (uint8 prefix, bytes32 x) = _parseKey(key);
        uint32 epoch = a.keyEpoch + 1;
        a.keyPrefix = prefix;
        a.keyX = x;
        a.keyEpoch = epoch;
        emit EncryptionKeySet(account, key, epoch);
    }

    /// @inheritdoc IAccountRegistry
    function attestResearcher(address researcher, bytes32 attestation) external onlyRole(ATTESTER_ROLE) {
        Account storage a = _accounts[researcher];
        if (a.role != Role.Researcher) revert NotResearcher(researcher);
        if (a.verified) revert AlreadyVerified(researcher);
        a.verified = true;
        emit ResearcherVerified(researcher, attestation, _msgSender());
    }

    /// @inheritdoc IAccountRegistry
    function revokeResearcher(address researcher, bytes32 reason) external onlyRole(ATTESTER_ROLE) {
        Account storage a = _accounts[researcher];
        if (!a.verified) revert NotVerified(researcher);
        a.verified = false;
        emit ResearcherRevoked(researcher, reason, _msgSender());
    }

    /// @inheritdoc IAccountRegistry
    function proposeGuardianSet(bytes32 root, uint8 size, uint8 threshold)
        external
        returns (uint64 effectiveAt)
    {
        address controller = _msgSender();
        if (size > MAX_GUARDIANS) revert TooManyGuardians(size, MAX_GUARDIANS);
        if (size == 0 ? (threshold != 0 || root != bytes32(0)) : (threshold == 0 || threshold > size)) {
            revert InvalidThreshold(threshold, size);
        }
        if (size != 0 && root == bytes32(0)) revert InvalidThreshold(threshold, size);
        Guardians storage gs = _guardians[controller];
        _promote(gs);
        effectiveAt = uint64(block.timestamp) + _guardianDelay;
        gs.pending = GuardianSet({root: root, size: size, threshold: threshold});
        gs.effectiveAt = effectiveAt;
        emit GuardianSetProposed(controller, root, size, threshold, effectiveAt);
    }

    /// @inheritdoc IAccountRegistry
    function cancelGuardianSet() external {
        address controller = _msgSender();
        Guardians storage gs = _guardians[controller];
        _promote(gs);
        if (gs.effectiveAt == 0) revert NoPendingGuardians(controller);
        delete gs.pending;
        gs.effectiveAt = 0;
        emit GuardianSetCancelled(controller);
    }

    /// @inheritdoc IAccountRegistry
    function setGuardianDelay(uint64 delay) external onlyRole(PARAMS_ROLE) {
        _setGuardianDelay(delay);
    }

    // ---------------------------------------------------------------- recovery

    /// @inheritdoc IAccountRegistry
    function approveRecovery(
        address patient,
        address successor,
        address controller,
        bytes calldata authorization,
        bytes32[] calldata proof
    ) external returns (bytes32 recoveryId, uint256 approvals) {
        address guardian = _msgSender();
        if (_accounts[patient].role != Role.Patient) revert NotPatient(patient);
        _notRecovered(patient);
        if (successor == address(0) || successor == patient || _accounts[successor].role != Role.None) {
            revert InvalidSuccessor(successor);
        }
        GuardianSet storage set = _inForce(_guardians[controller]);
        bytes32 root = set.root;
        if (
            root == bytes32(0) || !MerkleProof.verifyCalldata(proof, root, guardianLeaf(controller, guardian))
        ) {
            revert NotGuardian(controller, guardian);
        }
        if (!Signatures.isValidNow(patient, _authorizationDigest(patient, controller), authorization)) {
            revert InvalidRecoveryAuthorization(patient, controller);
        }
        Recovery storage r = _recoveries[patient];
        recoveryId = _recoveryId(patient, successor, controller, root, r.nonce);
        if (_recoveryApproved[recoveryId][guardian]) revert RecoveryAlreadyApproved(recoveryId, guardian);
        _recoveryApproved[recoveryId][guardian] = true;
        approvals = ++_recoveryApprovals[recoveryId];
        emit RecoveryApproved(patient, recoveryId, controller, successor, approvals);
        // Only the approval that reaches the threshold starts (or restarts, for another successor) the delay.
        if (approvals == set.threshold) {
            uint64 readyAt = uint64(block.timestamp) + _recoveryDelay;
            r.successor = successor;
            r.readyAt = readyAt;
            r.controller = controller;
            r.root = root;
            emit RecoveryStarted(patient, successor, recoveryId, readyAt);
        }
    }

    /// @inheritdoc IAccountRegistry
    function cancelRecovery() external {
        address patient = _msgSender();
        if (_accounts[patient].role != Role.Patient) revert NotPatient(patient);
        _notRecovered(patient);
        Recovery storage r = _recoveries[patient];
        uint32 nonce = r.nonce + 1;
        delete _recoveries[patient];
        r.nonce = nonce;
        emit RecoveryCancelled(patient, nonce);
    }

    /// @inheritdoc IAccountRegistry
    function completeRecovery(address patient, bytes calldata key) external {
        address successor = _msgSender();
        Recovery storage r = _recoveries[patient];
        if (r.readyAt == 0) revert NoRecovery(patient);
        if (successor != r.successor) revert NotSuccessor(successor, r.successor);
        if (block.timestamp < r.readyAt) revert RecoveryNotReady(patient, r.readyAt);
        if (_inForce(_guardians[r.controller]).root != r.root) revert StaleGuardianSet(r.controller, r.root);
        Account storage a = _accounts[successor];
        if (a.role != Role.None) revert AlreadyRegistered(successor, a.role);
        (uint8 prefix, bytes32 x) = _parseKey(key);
        uint32 nonce = r.nonce + 1;
        delete _recoveries[patient];
        r.nonce = nonce;
        _successors[patient] = successor;
        _predecessors[successor] = patient;
        a.role = Role.Patient;
        a.keyPrefix = prefix;
        a.keyX = x;
        a.keyEpoch = 1;
        emit RecoveryCompleted(patient, successor);
        emit Registered(successor, Role.Patient, bytes32(0));
        emit EncryptionKeySet(successor, key, 1);
    }

    /// @inheritdoc IAccountRegistry
    function setRecoveryDelay(uint64 delay) external onlyRole(PARAMS_ROLE) {
        _setRecoveryDelay(delay);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IAccountRegistry
    function role(address account) external view returns (Role) {
        return _accounts[account].role;
    }

    /// @inheritdoc IAccountRegistry
    function isPatient(address account) external view returns (bool) {
        return _accounts[account].role == Role.Patient && _successors[account] == address(0);
    }

    /// @inheritdoc IAccountRegistry
    function isVerifiedResearcher(address account) external view returns (bool) {
        return _accounts[account].verified;
    }

    /// @inheritdoc IAccountRegistry
    function encryptionKey(address account) external view returns (bytes memory) {
        Account storage a = _accounts[account];
        if (a.role == Role.None) return "";
        return abi.encodePacked(a.keyPrefix, a.keyX);
    }

    /// @inheritdoc IAccountRegistry
    function encryptionKeyOf(address account) external view returns (bytes memory key, uint32 epoch) {
        Account storage a = _accounts[account];
        if (a.role == Role.None) return ("", 0);
        return (abi.encodePacked(a.keyPrefix, a.keyX), a.keyEpoch);
    }

    /// @inheritdoc IAccountRegistry
    function guardianSet(address controller)
        external
        view
        returns (bytes32 root, uint8 size, uint8 threshold)
    {
        GuardianSet storage s = _inForce(_guardians[controller]);
        return (s.root, s.size, s.threshold);
    }

    /// @inheritdoc IAccountRegistry
    function pendingGuardianSet(address controller)
        external
        view
        returns (bytes32 root, uint8 size, uint8 threshold, uint64 effectiveAt)
    {
        Guardians storage gs = _guardians[controller];
        if (gs.effectiveAt == 0 || block.timestamp >= gs.effectiveAt) return (bytes32(0), 0, 0, 0);
        return (gs.pending.root, gs.pending.size, gs.pending.threshold, gs.effectiveAt);
    }

    /// @inheritdoc IAccountRegistry
    function isGuardian(address controller, address guardian, bytes32[] calldata proof)
        external
        view
        returns (bool)
    {
        bytes32 root = _inForce(_guardians[controller]).root;
        return
            root != bytes32(0) && MerkleProof.verifyCalldata(proof, root, guardianLeaf(controller, guardian));
    }

    /// @inheritdoc IAccountRegistry
    function guardianLeaf(address controller, address guardian) public pure returns (bytes32) {
        return GuardianLeaf.hash(controller, guardian);
    }

    /// @inheritdoc IAccountRegistry
    function guardianDelay() external view returns (uint64) {
        return _guardianDelay;
    }

    /// @inheritdoc IAccountRegistry
    function recoveryDelay() external view returns (uint64) {
        return _recoveryDelay;
    }

    /// @inheritdoc IAccountRegistry
    function recoveryIdOf(address patient, address successor, address controller, bytes32 root)
        external
        view
        returns (bytes32)
    {
        return _recoveryId(patient, successor, controller, root, _recoveries[patient].nonce);
    }

    /// @inheritdoc IAccountRegistry
    function recoveryApprovals(bytes32 recoveryId) external view returns (uint256) {
        return _recoveryApprovals[recoveryId];
    }

    /// @inheritdoc IAccountRegistry
    function hasApprovedRecovery(bytes32 recoveryId, address guardian) external view returns (bool) {
        return _recoveryApproved[recoveryId][guardian];
    }

    /// @inheritdoc IAccountRegistry
    function recoveryOf(address patient)
        external
        view
        returns (address successor, address controller, bytes32 root, uint64 readyAt, uint32 nonce)
    {
        Recovery storage r = _recoveries[patient];
        return (r.successor, r.controller, r.root, r.readyAt, r.nonce);
    }

    /// @inheritdoc IAccountRegistry
    function successorOf(address account) external view returns (address) {
        return _successors[account];
    }

    /// @inheritdoc IAccountRegistry
    function predecessorOf(address account) external view returns (address) {
        return _predecessors[account];
    }

    /// @inheritdoc IAccountRegistry
    function identityOf(address account) external view returns (address) {
        // Each successor was unregistered when it took over, so the chain ends.
        address next = _successors[account];
        while (next != address(0)) {
            account = next;
            next = _successors[account];
        }
        return account;
    }

    /// @inheritdoc IAccountRegistry
    function recoveryAuthorizationDigest(address patient, address controller)
        external
        view
        returns (bytes32)
    {
        return _authorizationDigest(patient, controller);
    }

    // ---------------------------------------------------------------- internal

    function _notRecovered(address account) private view {
        address successor = _successors[account];
        if (successor != address(0)) revert AccountRecovered(account, successor);
    }

    function _authorizationDigest(address patient, address controller) private view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(RECOVERY_AUTHORIZATION_TYPEHASH, patient, controller)));
    }

    /// @dev Names the set (root) and the patient's nonce: a replaced set's or a cancelled round's approvals
    /// never count again.
    function _recoveryId(address patient, address successor, address controller, bytes32 root, uint32 nonce)
        private
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(patient, successor, controller, root, nonce));
    }

    function _setRecoveryDelay(uint64 delay) private {
        if (delay < MIN_RECOVERY_DELAY || delay > MAX_RECOVERY_DELAY) {
            revert RecoveryDelayOutOfBounds(delay, MIN_RECOVERY_DELAY, MAX_RECOVERY_DELAY);
        }
        _recoveryDelay = delay;
        emit RecoveryDelaySet(delay);
    }

    /// @dev The set in force: the pending one once its delay has passed, else the current one.
    function _inForce(Guardians storage gs) private view returns (GuardianSet storage) {
        if (gs.effectiveAt != 0 && block.timestamp >= gs.effectiveAt) return gs.pending;
        return gs.current;
    }

    /// @dev Makes a due pending set the current one, so later writes start from the set in force.
    function _promote(Guardians storage gs) private {
        if (gs.effectiveAt != 0 && block.timestamp >= gs.effectiveAt) {
            gs.current = gs.pending;
            delete gs.pending;
            gs.effectiveAt = 0;
        }
    }

    function _setGuardianDelay(uint64 delay) private {
        if (delay < MIN_GUARDIAN_DELAY || delay > MAX_GUARDIAN_DELAY) {
            revert GuardianDelayOutOfBounds(delay, MIN_GUARDIAN_DELAY, MAX_GUARDIAN_DELAY);
        }
        _guardianDelay = delay;
        emit GuardianDelaySet(delay);
    }

    /// @dev Accepts exactly a compressed secp256k1 point: 0x02/0x03, then x < p with x^3 + 7 a square
    /// mod p (Euler's criterion through the modexp precompile), so every stored key decompresses.
    function _parseKey(bytes calldata key) private view returns (uint8 prefix, bytes32 x) {
        if (key.length != 33) revert MalformedKey(key);
        prefix = uint8(key[0]);
        x = bytes32(key[1:33]);
        if ((prefix != 2 && prefix != 3) || uint256(x) >= _P || !_onCurve(uint256(x))) {
            revert MalformedKey(key);
        }
    }

    function _onCurve(uint256 x) private view returns (bool) {
        uint256 rhs = addmod(mulmod(mulmod(x, x, _P), x, _P), 7, _P);
        if (rhs == 0) return true;
        (bool ok, bytes memory out) =
            address(0x05).staticcall(abi.encode(uint256(32), uint256(32), uint256(32), rhs, (_P - 1) / 2, _P));
        return ok && abi.decode(out, (uint256)) == 1;
    }

    /// @dev ERC2771Context wins: the actor is the signer of a forwarded request.
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
