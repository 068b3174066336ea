//! Merkle trees over record leaves, compatible with OpenZeppelin's MerkleProof.
