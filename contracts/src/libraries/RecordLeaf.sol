// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title RecordLeaf
/// @notice The Merkle leaf that commits to one version of one encrypted record.
/// @dev Leaves are double-hashed (as OpenZeppelin's StandardMerkleTree does) so that a leaf can never be
/// confused with an inner node of the tree. Only opaque ids and a hash over ciphertext go in: nothing
/// personal.
library RecordLeaf {
    /// @notice Computes the leaf for a record version.
    /// @param patientId Opaque id of the patient (not an address, not personal data).
    /// @param recordId Opaque id of the record, stable across versions.
    /// @param version Version number, starting at 1.
    /// @param previous The leaf of version `version - 1` of the same record (zero for version 1): each
    /// version commits to the one before it, so a record's history is one chain.
    /// @param ciphertextHash keccak256 of the encrypted envelope as pinned to IPFS.
    /// @param author Address that authored this version.
    /// @param category Consent category of the record.
    function hash(
        bytes32 patientId,
        bytes32 recordId,
        uint32 version,
        bytes32 previous,
        bytes32 ciphertextHash,
        address author,
        uint16 category
    ) internal pure returns (bytes32) {
        return keccak256(
            bytes.concat(
                keccak256(
                    abi.encode(patientId, recordId, version, previous, ciphertextHash, author, category)
                )
            )
        );
    }
}
