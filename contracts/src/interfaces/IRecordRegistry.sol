// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title IRecordRegistry
/// @notice Anchors of encrypted medical records. A record version is committed to by its leaf (see
/// `RecordLeaf`): opaque patient id, record id, version, ciphertext hash, author and consent category.
/// Two paths anchor leaves:
/// - batches (the hot path): the relayer submits the Merkle root of many leaves and a commitment to the
///   batch manifest pinned to IPFS (the manifest lists every leaf's fields and its author's signature);
///   nothing per record touches storage or the log; the relayer checked, at ingest, that each author
///   was the patient or a certified provider holding her live WRITE consent (the anchorer's word);
/// - single records (low volume): the author anchors one leaf directly; eligibility and version order
///   are checked on-chain and every leaf field is emitted. A certified provider shows the key
///   committee's attestation (`writeDigest`) that it may write that leaf: the patient's live WRITE
///   grant on the record or its category, an open break-glass window of its own on the patient for an
///   emergency-category note, or it is the patient. The chain sees neither the patient nor the grant.
/// Anchors are keyed by root (a single record's root is its leaf) and never change once written.
/// Anyone can check one record against the chain with `verifyRecord` and an OpenZeppelin
/// MerkleProof-compatible proof; the answer also says whether the author was a certified provider at the
/// anchoring block or a registered patient (self-reported).
///
/// Version chaining: every version's leaf commits to the leaf of the version before it (`previous`,
/// zero for version 1), so a record's history is one hash chain a verifier walks back. The single path
/// checks what it can see: version 1 has no predecessor; a later version's predecessor, when anchored
/// singly, is exactly one version lower. Nothing is keyed by record id alone, so nobody can block
/// another's record: a stranger's leaf naming her record id is its own fork, which no verifier takes
/// for hers (her records' patient ids bind her and her key committee wrap). The relayer enforces an
/// unbroken chain per patient and record on the batch path. Nothing is ever deleted: an amendment is a
/// new version.
interface IRecordRegistry {
    /// @notice Who vouches for a record, as far as the chain can tell.
    enum Authorship {
        /// The leaf is not in the anchor (or the root was never anchored).
        NotIncluded,
        /// The author anchored it itself (`anchorRecord`) while a certified provider, with the key
        /// committee's word that it held the patient's WRITE consent for it.
        CertifiedProvider,
        /// The author was not a certified provider but is a registered patient: a self-reported record.
        SelfReported,
        /// The author was neither: the record is anchored but vouched for by nobody the chain knows.
        Unqualified,
        /// Anchored in a batch whose leaf names as author a provider certified at the anchoring block;
        /// the chain saw the anchorer (the relayer), not that provider, so it is the anchorer's word.
        /// Readers check the author's own signature off-chain before calling it the provider's.
        AttributedToProvider
    }

    /// @notice The fields of one record version, as committed to by its leaf.
    /// @param patientId Opaque id of the patient (not an address, not personal data).
    /// @param recordId Opaque id of the record, stable across versions.
    /// @param version Version number, from 1.
    /// @param previous The leaf of the version before (zero for version 1).
    /// @param ciphertextHash keccak256 of the encrypted envelope as pinned to IPFS.
    /// @param author Address that authored this version.
    /// @param category Consent category of the record.
    struct Record {
        bytes32 patientId;
        bytes32 recordId;
        uint32 version;
        bytes32 previous;
        bytes32 ciphertextHash;
        address author;
        uint16 category;
    }

    /// @notice Thrown when a batch root of zero is submitted.
    error EmptyRoot();
    /// @notice Thrown when a batch claims to hold no records.
    error EmptyBatch();
    /// @notice Thrown when the root (or single leaf) was already anchored: an anchor is never overwritten.
    /// @param root The root that exists.
    /// @param blockNumber The block in which it was anchored.
    error RootAlreadyAnchored(bytes32 root, uint64 blockNumber);
    /// @notice Thrown when a single record is anchored by someone other than its author.
    /// @param caller The caller.
    /// @param author The leaf's author.
    error NotAuthor(address caller, address author);
    /// @notice Thrown when a single record's author is neither a certified provider nor a registered patient.
    /// @param author The author.
    error IneligibleAuthor(address author);
    /// @notice Thrown when a single record's version does not follow its `previous`: version 1 with a
    /// predecessor, a later version without one, or a singly anchored predecessor of another version.
    /// @param recordId The record.
    /// @param version The submitted version.
    /// @param previousVersion The predecessor's version as anchored singly (0 if none or not single).
    error VersionNotNext(bytes32 recordId, uint32 version, uint32 previousVersion);
    /// @notice Thrown when a certified provider anchors a record without the key committee's attestation
    /// (at least its threshold of members over `writeDigest(leaf, deadline)`) that it may write it.
    /// @param leaf The record's leaf.
    error WriteNotAttested(bytes32 leaf);
    /// @notice Thrown when the committee's attestation of a write has passed its deadline.
    /// @param deadline The attestation's deadline.
    error WriteAttestationExpired(uint64 deadline);
    /// @notice Thrown when a record names a category nobody defined (1..`MAX_CATEGORY`).
    /// @param category The category given.
    error UnknownCategory(uint16 category);

    /// @notice Emitted when a batch of records is anchored. The only per-batch log; no per-record events.
    /// @param root Merkle root over the batch's record leaves.
    /// @param manifest Commitment to the batch manifest (hash of the manifest pinned to IPFS).
    /// @param count Number of records in the batch.
    event BatchAnchored(bytes32 indexed root, bytes32 manifest, uint32 count);

    /// @notice Emitted when a single record version is anchored, with every leaf field.
    /// @param recordId The record.
    /// @param patientId The patient's opaque id.
    /// @param author The author (the caller).
    /// @param version The version.
    /// @param previous The leaf of the version before (zero for version 1).
    /// @param ciphertextHash Hash of the encrypted envelope.
    /// @param category Consent category.
    /// @param leaf The leaf, which is also the anchor's root.
    /// @param selfReported True if the author was not a certified provider (a registered patient).
    event RecordAnchored(
        bytes32 indexed recordId,
        bytes32 indexed patientId,
        address indexed author,
        uint32 version,
        bytes32 previous,
        bytes32 ciphertextHash,
        uint16 category,
        bytes32 leaf,
        bool selfReported
    );

    /// @notice Anchors a batch of record leaves by their Merkle root. Anchorer role only.
    /// @param root Merkle root over the leaves (OpenZeppelin MerkleProof compatible, sorted pairs).
    /// @param manifest Commitment to the batch manifest pinned to IPFS.
    /// @param count Number of leaves in the batch.
    function anchorBatch(bytes32 root, bytes32 manifest, uint32 count) external;

    /// @notice Anchors one record version; the caller must be its author: a certified provider now, with
    /// the key committee's attestation that it may write this leaf, or a registered patient (then
    /// self-reported; `deadline` and `attestations` are ignored). Version 1 has no `previous`; a later
    /// version has one, one version lower when it was anchored singly.
    /// @param record The record's fields.
    /// @param deadline The attestation's deadline (a timestamp not yet passed).
    /// @param attestations Key committee members' signatures over `writeDigest(leaf, deadline)`.
    /// @return leaf The record's leaf (its anchor root).
    function anchorRecord(Record calldata record, uint64 deadline, bytes[] calldata attestations)
        external
        returns (bytes32 leaf);

    /// @notice When a root was anchored and how many records it holds.
    /// @param root A batch root or a single record's leaf.
    /// @return blockNumber Anchoring block (0 if never anchored).
    /// @return timestamp Anchoring time (0 if never anchored).
    /// @return count Number of records under the root.
    function anchorOf(bytes32 root) external view returns (uint64 blockNumber, uint64 timestamp, uint32 count);

    /// @notice The version of a leaf anchored on the single path (0 if it was not anchored singly).
    /// @param leaf The leaf.
    function versionOf(bytes32 leaf) external view returns (uint32);

    /// @notice Checks one record against an anchor and says who vouches for it.
    /// @param root The batch root (or the single record's leaf, with an empty proof).
    /// @param record The record's fields; the leaf is recomputed from them.
    /// @param proof Merkle inclusion proof of the leaf under `root`.
    /// @return authorship NotIncluded, or who vouches: for a record its author anchored itself, the
    /// author's standing at that call; for a batch leaf, the author's at the anchoring block, a
    /// certified one being the anchorer's word (`AttributedToProvider`).
    /// @return blockNumber The anchoring block (0 if not included).
    function verifyRecord(bytes32 root, Record calldata record, bytes32[] calldata proof)
        external
        view
        returns (Authorship authorship, uint64 blockNumber);

    /// @notice The EIP-712 digest key committee members sign to attest that a leaf's author, a certified
    /// provider, may write it: `WriteConsent(bytes32 leaf,uint64 deadline)` in the domain
    /// ("MedvaultRecords", "1", chain, this contract).
    /// @param leaf The record's leaf.
    /// @param deadline Last timestamp the attestation counts.
    function writeDigest(bytes32 leaf, uint64 deadline) external view returns (bytes32);

    /// @notice The key committee whose members attest writes.
    function committee() external view returns (address);

    /// @notice Computes a record's leaf.
    /// @param record The record's fields.
    function leafOf(Record calldata record) external pure returns (bytes32);

    /// @notice The trusted provider registry.
    function providers() external view returns (address);

    /// @notice The trusted account registry.
    function accounts() external view returns (address);
}
