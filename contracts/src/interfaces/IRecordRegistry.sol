// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title IRecordRegistry
/// @notice Anchors of encrypted medical records: Merkle roots of batches of record leaves, each with a
/// commitment to its batch manifest pinned to IPFS. Anyone can check one record against the chain with
/// an inclusion proof.
interface IRecordRegistry {
    /// @notice Thrown when a batch root of zero is submitted.
    error EmptyRoot();
    /// @notice Thrown when a batch claims to hold no records.
    error EmptyBatch();
    /// @notice Thrown when the root was already anchored (an anchor is never overwritten).
    /// @param root The root that exists.
    /// @param batchId The batch that holds it.
    error RootAlreadyAnchored(bytes32 root, uint256 batchId);
    /// @notice Thrown when a batch id does not exist.
    /// @param batchId The unknown batch id.
    error UnknownBatch(uint256 batchId);

    /// @notice Emitted when a batch of records is anchored.
    /// @param batchId Sequential id of the batch, starting at 1.
    /// @param root Merkle root over the batch's record leaves.
    /// @param manifest Commitment to the batch manifest (hash of the manifest pinned to IPFS).
    /// @param count Number of records in the batch.
    /// @param submitter Account that anchored the batch.
    event BatchAnchored(
        uint256 indexed batchId, bytes32 indexed root, bytes32 manifest, uint32 count, address submitter
    );

    /// @notice Anchors a batch of record leaves by their Merkle root.
    /// @param root Merkle root over the leaves (OpenZeppelin MerkleProof compatible, sorted pairs).
    /// @param manifest Commitment to the batch manifest pinned to IPFS.
    /// @param count Number of leaves in the batch.
    /// @return batchId The id of the new batch.
    function anchorBatch(bytes32 root, bytes32 manifest, uint32 count) external returns (uint256 batchId);

    /// @notice Returns the root and anchoring block of a batch.
    /// @param batchId The batch id.
    /// @return root The batch's Merkle root.
    /// @return blockNumber The block in which it was anchored.
    function batch(uint256 batchId) external view returns (bytes32 root, uint64 blockNumber);

    /// @notice The batch id that holds a root, or 0 if the root was never anchored.
    /// @param root A Merkle root.
    function batchOf(bytes32 root) external view returns (uint256);

    /// @notice Number of batches anchored so far.
    function batchCount() external view returns (uint256);

    /// @notice Checks that a leaf is included in an anchored batch.
    /// @param batchId The batch the proof is for.
    /// @param leaf The record leaf (see RecordLeaf.hash).
    /// @param proof The Merkle inclusion proof.
    /// @return True if the leaf is in the batch.
    function verify(uint256 batchId, bytes32 leaf, bytes32[] calldata proof) external view returns (bool);
}
