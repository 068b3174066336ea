// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {DelayedAdmin} from "./access/DelayedAdmin.sol";
import {IAccountRegistry} from "./interfaces/IAccountRegistry.sol";
import {GuardianLeaf} from "./libraries/GuardianLeaf.sol";
import {ERC2771Context} from "@openzeppelin/contracts/metatx/ERC2771Context.sol";
import {Context} from "@openzeppelin/contracts/utils/Context.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @title AccountRegistry
/// @notice Roles, encryption keys, researcher attestations and committed guardian sets (see
/// IAccountRegistry). Every user action may come through the trusted forwarder, so the actor is
/// `_msgSender()`.
/// Invariants: an account's role is set once and never changes; every stored key is a valid compressed
/// secp256k1 point; a registered account's key epoch starts at 1 and grows by exactly 1 on each rotation
/// (0 only while unregistered); only a researcher can be verified; a guardian set in force has a size
/// of at most `MAX_GUARDIANS` and a threshold in 1..size (both 0, root zero, when empty); a proposed
/// set is in force only once `guardianDelay` (as it was at proposal) has passed.
contract AccountRegistry is IAccountRegistry, DelayedAdmin, ERC2771Context {
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

    mapping(address account => Account) private _accounts;
    mapping(address controller => Guardians) private _guardians;
    uint64 private _guardianDelay;

    /// @param admin Administers roles (gets DEFAULT_ADMIN_ROLE only).
    /// @param forwarder The trusted ERC-2771 forwarder.
    /// @param guardianDelay_ Initial guardian delay, within bounds.
    constructor(address admin, address forwarder, uint64 guardianDelay_)
        DelayedAdmin(admin)
        ERC2771Context(forwarder)
    {
        _setGuardianDelay(guardianDelay_);
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

    // ---------------------------------------------------------------- views

    /// @inheritdoc IAccountRegistry
    function role(address account) external view returns (Role) {
        return _accounts[account].role;
    }

    /// @inheritdoc IAccountRegistry
    function isPatient(address account) external view returns (bool) {
        return _accounts[account].role == Role.Patient;
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

    // ---------------------------------------------------------------- internal

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
