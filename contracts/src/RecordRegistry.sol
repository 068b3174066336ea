// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {DelayedAdmin} from "./access/DelayedAdmin.sol";
import {IAccountRegistry} from "./interfaces/IAccountRegistry.sol";
import {IKeyCommittee} from "./interfaces/IKeyCommittee.sol";
import {IProviderRegistry} from "./interfaces/IProviderRegistry.sol";
import {IRecordRegistry} from "./interfaces/IRecordRegistry.sol";
import {RecordLeaf} from "./libraries/RecordLeaf.sol";
import {ERC2771Context} from "@openzeppelin/contracts/metatx/ERC2771Context.sol";
import {Context} from "@openzeppelin/contracts/utils/Context.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @title RecordRegistry
/// @notice Anchors of encrypted records, in batches (root + manifest commitment) or one by one (see
/// IRecordRegistry). A batch costs one storage slot and one log, whatever its size.
/// Invariants: an anchor, once written, is never changed or removed; every anchor has a non-zero
/// block number and count; a single-path version 1 has no predecessor and a later version has one,
/// one version lower when that one is single-anchored; no state is keyed by record id, so nobody can
/// block another's versions; a single-path record was, when anchored, authored by the caller, who was
/// a registered patient (self-reported) or a certified provider with the key committee's word that it
/// might write that record (a live WRITE grant of the record's patient, an open break-glass window for
/// an emergency note, or the patient being the author).
contract RecordRegistry is IRecordRegistry, DelayedAdmin, ERC2771Context, EIP712 {
    // ---------------------------------------------------------------- constants

    /// @notice Role allowed to anchor batches (the relayer's signer).
    bytes32 public constant ANCHORER_ROLE = keccak256("ANCHORER_ROLE");
    /// @notice The highest consent category defined (1 demographics … 9 emergency … 17 other;
    /// docs/FHIR.md).
    uint16 public constant MAX_CATEGORY = 17;
    /// @dev Bit of `_single` set when the author of a singly anchored leaf was certified then.
    uint256 private constant CERTIFIED_BIT = 1 << 32;
    /// @dev EIP-712 type of the key committee's word that a provider may write a record.
    bytes32 private constant WRITE_CONSENT_TYPEHASH = keccak256("WriteConsent(bytes32 leaf,uint64 deadline)");

    // ---------------------------------------------------------------- storage

    IProviderRegistry private immutable _providers;
    IAccountRegistry private immutable _accounts;
    IKeyCommittee private immutable _committee;

    /// @dev root => block number (bits 0..63) | timestamp (bits 64..127) | count (bits 128..159).
    mapping(bytes32 root => uint256 packed) private _anchors;
    /// @dev Each leaf anchored on the single path: its version (bits 0..31) and whether its author
    /// was a certified provider when it anchored it (bit 32), which is what the leaf's class is.
    mapping(bytes32 leaf => uint256 packed) private _single;

    // ---------------------------------------------------------------- constructor

    /// @param admin Administers roles.
    /// @param forwarder The trusted ERC-2771 forwarder.
    /// @param providers_ The provider registry (certification history).
    /// @param accounts_ The account registry (patients).
    /// @param committee_ The key committee, whose members attest a provider's right to write.
    constructor(
        address admin,
        address forwarder,
        IProviderRegistry providers_,
        IAccountRegistry accounts_,
        IKeyCommittee committee_
    ) DelayedAdmin(admin) ERC2771Context(forwarder) EIP712("MedvaultRecords", "1") {
        _providers = providers_;
        _accounts = accounts_;
        _committee = committee_;
    }

    // ---------------------------------------------------------------- anchoring

    /// @inheritdoc IRecordRegistry
    function anchorBatch(bytes32 root, bytes32 manifest, uint32 count) external onlyRole(ANCHORER_ROLE) {
        if (root == bytes32(0)) revert EmptyRoot();
        if (count == 0) revert EmptyBatch();
        _anchor(root, count);
        emit BatchAnchored(root, manifest, count);
    }

    /// @inheritdoc IRecordRegistry
    function anchorRecord(Record calldata record, uint64 deadline, bytes[] calldata attestations)
        external
        returns (bytes32 leaf)
    {
        address caller = _msgSender();
        if (caller != record.author) revert NotAuthor(caller, record.author);
        if (record.category == 0 || record.category > MAX_CATEGORY) revert UnknownCategory(record.category);
        // Chained to what it follows: version 1 to nothing; a later version to a predecessor, which,
        // if anchored here, is exactly one version lower. Keyed by leaf, never by record id alone.
        uint32 previousVersion = uint32(_single[record.previous]);
        bool first = record.version == 1;
        if (
            record.version == 0 || first != (record.previous == bytes32(0))
                || (previousVersion != 0 && uint256(previousVersion) + 1 != record.version)
        ) {
            revert VersionNotNext(record.recordId, record.version, previousVersion);
        }
        leaf = _leaf(record);
        bool selfReported = false;
        if (_providers.isCertified(caller)) {
            // The chain cannot see whose record this is (the patient id is blinded) nor the grants
            // (committed): the key committee checks both off-chain and attests this very leaf.
            // slither-disable-next-line timestamp (a deadline is a time by design)
            if (deadline < block.timestamp) revert WriteAttestationExpired(deadline);
            if (!_committee.isAttested(_writeDigest(leaf, deadline), attestations)) {
                revert WriteNotAttested(leaf);
            }
        } else if (_accounts.isPatient(caller)) {
            selfReported = true;
        } else {
            revert IneligibleAuthor(caller);
        }

        _anchor(leaf, 1);
        _single[leaf] = uint256(record.version) | (selfReported ? 0 : CERTIFIED_BIT);
        emit RecordAnchored(
            record.recordId,
            record.patientId,
            caller,
            record.version,
            record.previous,
            record.ciphertextHash,
            record.category,
            leaf,
            selfReported
        );
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IRecordRegistry
    function anchorOf(bytes32 root)
        external
        view
        returns (uint64 blockNumber, uint64 timestamp, uint32 count)
    {
        return _unpack(_anchors[root]);
    }

    /// @inheritdoc IRecordRegistry
    function versionOf(bytes32 leaf) external view returns (uint32) {
        return uint32(_single[leaf]);
    }

    /// @inheritdoc IRecordRegistry
    function verifyRecord(bytes32 root, Record calldata record, bytes32[] calldata proof)
        external
        view
        returns (Authorship authorship, uint64 blockNumber)
    {
        (blockNumber,,) = _unpack(_anchors[root]);
        bytes32 leaf = _leaf(record);
        bool included = blockNumber > 0 && MerkleProof.verifyCalldata(proof, root, leaf);
        if (!included) return (Authorship.NotIncluded, 0);
        uint256 single = root == leaf ? _single[leaf] : 0;
        if (single != 0) {
            // Anchored by its author itself, whose standing `anchorRecord` checked at that moment (a
            // provider who leaves later in the same block does not turn it into Unqualified).
            authorship = single & CERTIFIED_BIT != 0 ? Authorship.CertifiedProvider : Authorship.SelfReported;
        } else if (_providers.wasCertifiedAt(record.author, blockNumber)) {
            // A batch's author is whoever the anchorer wrote into the leaf: the anchorer's word.
            authorship = Authorship.AttributedToProvider;
        } else if (_accounts.role(record.author) == IAccountRegistry.Role.Patient) {
            // Registered as a patient, even if since recovered to a new wallet by her guardians
            // (then `isPatient` is false, but what she reported stays hers).
            authorship = Authorship.SelfReported;
        } else {
            authorship = Authorship.Unqualified;
        }
    }

    /// @inheritdoc IRecordRegistry
    function writeDigest(bytes32 leaf, uint64 deadline) external view returns (bytes32) {
        return _writeDigest(leaf, deadline);
    }

    /// @inheritdoc IRecordRegistry
    function committee() external view returns (address) {
        return address(_committee);
    }

    /// @inheritdoc IRecordRegistry
    function leafOf(Record calldata record) external pure returns (bytes32) {
        return _leaf(record);
    }

    /// @inheritdoc IRecordRegistry
    function providers() external view returns (address) {
        return address(_providers);
    }

    /// @inheritdoc IRecordRegistry
    function accounts() external view returns (address) {
        return address(_accounts);
    }

    // ---------------------------------------------------------------- internal

    /// @dev Writes the one slot of an anchor; refuses to overwrite.
    function _anchor(bytes32 root, uint32 count) private {
        uint256 existing = _anchors[root];
        if (existing != 0) revert RootAlreadyAnchored(root, uint64(existing));
        _anchors[root] = uint256(uint64(block.number)) | (uint256(uint64(block.timestamp)) << 64)
            | (uint256(count) << 128);
    }

    function _unpack(uint256 packed)
        private
        pure
        returns (uint64 blockNumber, uint64 timestamp, uint32 count)
    {
        blockNumber = uint64(packed);
        timestamp = uint64(packed >> 64);
        count = uint32(packed >> 128);
    }

    function _writeDigest(bytes32 leaf, uint64 deadline) private view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(WRITE_CONSENT_TYPEHASH, leaf, deadline)));
    }

    function _leaf(Record calldata r) private pure returns (bytes32) {
        return RecordLeaf.hash(
            r.patientId, r.recordId, r.version, r.previous, r.ciphertextHash, r.author, r.category
        );
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
