//! Merkle trees over record leaves, compatible with OpenZeppelin's `MerkleProof`.
//!
//! # Layout
//!
//! The tree is the one OpenZeppelin's `StandardMerkleTree` (`@openzeppelin/merkle-tree`) builds,
//! without its optional leaf sorting: a complete binary tree stored as an array of `2n - 1`
//! nodes, root at index 0, the children of node `i` at `2i + 1` and `2i + 2`, and the `n` leaves at
//! the end of the array in reverse order (leaf `k` at index `2n - 2 - k`). Every inner node has two
//! children, so there is no odd node to promote or duplicate; proofs are `floor(log2 n)` or
//! `ceil(log2 n)` hashes long. Leaves keep the order they are given in, so a leaf's index is its
//! position in the batch.
//!
//! Inner nodes hash the sorted pair, `keccak256(min(a, b) ‖ max(a, b))`, as
//! `MerkleProof.verify` expects, so a proof carries no left/right flags.
//!
//! Leaves are passed in already hashed (see [`crate::types::RecordLeaf::hash`], which
//! double-hashes so that no inner node can pose as a leaf).

use alloy::primitives::{B256, keccak256};

/// Errors from building trees or asking for proofs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MerkleError {
    /// A tree needs at least one leaf (OpenZeppelin has no root for an empty tree either).
    #[error("a Merkle tree needs at least one leaf")]
    Empty,
    /// A proof was asked for a leaf the tree does not have.
    #[error("leaf index {index} out of range for a tree of {len} leaves")]
    IndexOutOfRange {
        /// The index asked for.
        index: usize,
        /// The number of leaves in the tree.
        len: usize,
    },
}

/// Result alias for [`MerkleError`].
pub type Result<T, E = MerkleError> = std::result::Result<T, E>;

/// Hashes two nodes as OpenZeppelin's `Hashes.commutativeKeccak256` does: the smaller first.
#[inline]
pub fn hash_pair(a: &B256, b: &B256) -> B256 {
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    let mut buf = [0u8; 64];
    buf[..32].copy_from_slice(lo.as_slice());
    buf[32..].copy_from_slice(hi.as_slice());
    keccak256(buf)
}

/// Folds a proof into the root it implies for `leaf` (OpenZeppelin's `MerkleProof.processProof`).
pub fn process_proof(leaf: B256, proof: &[B256]) -> B256 {
    proof.iter().fold(leaf, |node, sibling| hash_pair(&node, sibling))
}

/// Checks that `leaf` is in the tree with `root`, as `MerkleProof.verify(proof, root, leaf)` does
/// on-chain.
pub fn verify(root: B256, leaf: B256, proof: &[B256]) -> bool {
    process_proof(leaf, proof) == root
}

/// A Merkle tree over leaf hashes in the OpenZeppelin `StandardMerkleTree` layout (see the module
/// docs).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MerkleTree {
    /// `2n - 1` nodes: root at 0, leaves at the end in reverse order.
    nodes: Vec<B256>,
}

impl MerkleTree {
    /// Builds the tree over `leaves`, in the order given. Costs `n - 1` hashes.
    pub fn new(leaves: Vec<B256>) -> Result<Self> {
        let n = leaves.len();
        if n == 0 {
            return Err(MerkleError::Empty);
        }
        let mut nodes = vec![B256::ZERO; 2 * n - 1];
        // Leaves fill the tail in reverse, so nodes[2n - 2 - k] = leaves[k].
        for (slot, leaf) in nodes[n - 1..].iter_mut().rev().zip(leaves) {
            *slot = leaf;
        }
        for i in (0..n - 1).rev() {
            nodes[i] = hash_pair(&nodes[2 * i + 1], &nodes[2 * i + 2]);
        }
        Ok(Self { nodes })
    }

    /// The root, as anchored on-chain.
    pub fn root(&self) -> B256 {
        self.nodes[0]
    }

    /// The number of leaves.
    pub fn len(&self) -> usize {
        self.nodes.len().div_ceil(2)
    }

    /// Always false: a tree has at least one leaf.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// The leaf at `index`, if there is one.
    pub fn leaf(&self, index: usize) -> Option<B256> {
        self.node_index(index).map(|i| self.nodes[i])
    }

    /// The inclusion proof of the leaf at `index`: sibling hashes from the leaf up to the root.
    pub fn proof(&self, index: usize) -> Result<Vec<B256>> {
        let mut i = self
            .node_index(index)
            .ok_or(MerkleError::IndexOutOfRange { index, len: self.len() })?;
        let mut proof =
            Vec::with_capacity(usize::BITS as usize - self.nodes.len().leading_zeros() as usize);
        while i > 0 {
            // Odd indices are left children; their sibling is to the right.
            let sibling = if i % 2 == 1 { i + 1 } else { i - 1 };
            proof.push(self.nodes[sibling]);
            i = (i - 1) / 2;
        }
        Ok(proof)
    }

    /// The proofs of all leaves, in leaf order. Reads the built tree only: no hashing.
    pub fn proofs(&self) -> Vec<Vec<B256>> {
        (0..self.len()).map(|k| self.proof(k).expect("index in range")).collect()
    }

    fn node_index(&self, index: usize) -> Option<usize> {
        (index < self.len()).then(|| self.nodes.len() - 1 - index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::b256;
    use proptest::prelude::*;

    fn leaves(n: usize) -> Vec<B256> {
        (0..n as u64).map(|i| keccak256(i.to_be_bytes())).collect()
    }

    #[test]
    fn empty_tree_is_an_error() {
        assert_eq!(MerkleTree::new(vec![]), Err(MerkleError::Empty));
    }

    #[test]
    fn single_leaf_is_its_own_root() {
        let l = leaves(1)[0];
        let tree = MerkleTree::new(vec![l]).unwrap();
        assert_eq!(tree.root(), l);
        assert_eq!(tree.proof(0).unwrap(), Vec::<B256>::new());
        assert!(verify(tree.root(), l, &[]));
    }

    /// Layout check against values computed with foundry's `cast`: for three leaves the
    /// StandardMerkleTree layout gives root = H(H(l0, l1), l2), H the sorted-pair keccak.
    /// With l_i = 0x11..11, 0x22..22, 0x33..33: `cast keccak 0x11..1122..22` gives h01, and
    /// `cast keccak 0x33..33‖h01` (0x33.. sorts first) gives the root.
    #[test]
    fn three_leaf_layout_matches_openzeppelin() {
        let l: Vec<B256> = [0x11, 0x22, 0x33].map(B256::repeat_byte).to_vec();
        let tree = MerkleTree::new(l.clone()).unwrap();
        let h01 = b256!("3e92e0db88d6afea9edc4eedf62fffa4d92bcdfc310dccbe943747fe8302e871");
        assert_eq!(hash_pair(&l[0], &l[1]), h01);
        assert_eq!(
            tree.root(),
            b256!("87fbd8dad686d9536b2ef65757c3415df1b7a4664deb34eda3d91234936eb5fe")
        );
        assert_eq!(tree.proof(0).unwrap(), vec![l[1], l[2]]);
        assert_eq!(tree.proof(2).unwrap(), vec![h01]);
        assert_eq!(tree.proof(3), Err(MerkleError::IndexOutOfRange { index: 3, len: 3 }));
    }

    #[test]
    fn pair_hash_is_commutative() {
        let [a, b] = [0x01, 0xfe].map(B256::repeat_byte);
        assert_eq!(hash_pair(&a, &b), hash_pair(&b, &a));
    }

    #[test]
    fn proofs_match_per_leaf_proofs() {
        let tree = MerkleTree::new(leaves(37)).unwrap();
        let all = tree.proofs();
        assert_eq!(all.len(), 37);
        for (k, p) in all.iter().enumerate() {
            assert_eq!(p, &tree.proof(k).unwrap());
            assert_eq!(tree.leaf(k), Some(leaves(37)[k]));
        }
    }

    proptest! {
        #[test]
        fn every_proof_verifies(n in 1usize..300, seed in any::<u64>()) {
            let l: Vec<B256> = (0..n as u64).map(|i| keccak256((seed ^ i).to_le_bytes())).collect();
            let tree = MerkleTree::new(l.clone()).unwrap();
            prop_assert_eq!(tree.len(), n);
            for (k, leaf) in l.iter().enumerate() {
                let proof = tree.proof(k).unwrap();
                prop_assert!(proof.len() <= (usize::BITS - n.leading_zeros()) as usize);
                prop_assert!(verify(tree.root(), *leaf, &proof));
            }
        }

        #[test]
        fn altered_leaf_or_proof_fails(
            n in 2usize..300,
            pick in any::<prop::sample::Index>(),
            flip in any::<prop::sample::Index>(),
            bit in 0u8..8,
        ) {
            let l = leaves(n);
            let tree = MerkleTree::new(l.clone()).unwrap();
            let k = pick.index(n);
            let proof = tree.proof(k).unwrap();

            let mut leaf = l[k];
            leaf.0[flip.index(32)] ^= 1 << bit;
            prop_assert!(!verify(tree.root(), leaf, &proof));

            let mut bad = proof.clone();
            let j = flip.index(bad.len());
            bad[j].0[flip.index(32)] ^= 1 << bit;
            prop_assert!(!verify(tree.root(), l[k], &bad));

            // A proof for one leaf does not prove another.
            let other = (k + 1) % n;
            prop_assert!(!verify(tree.root(), l[other], &proof) || l[other] == l[k]);
        }
    }
}
