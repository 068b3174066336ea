//! Checking a fetched record against the chain, without trusting the relayer or the IPFS node.
//!
//! The checks are pure: the caller fetches the envelope (from any IPFS node), the leaf fields and
//! proof (from the relayer or the batch manifest) and the root (from the RecordRegistry, with the
//! bindings). [`verify_record`] then shows the bytes are the ones anchored; [`verify_and_open`]
//! also opens them, which checks the AEAD tag.

use alloy::primitives::{Address, B256};

use super::{
    EnvelopeError,
    envelope::{self, AadContext, DataKey, Plaintext},
};
use medvault_primitives::{merkle, types::RecordLeaf};

/// Why a record did not verify.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    /// The envelope's keccak256 is not the hash the leaf commits to: the bytes were altered or are
    /// another record's.
    #[error("envelope hash {actual} does not match the leaf's ciphertext hash {expected}")]
    CiphertextHashMismatch {
        /// The hash in the leaf.
        expected: B256,
        /// The hash of the bytes received.
        actual: B256,
    },
    /// The proof does not lead from the leaf to the root.
    #[error("leaf {leaf} is not in the tree with root {root}: the proof does not verify")]
    NotInTree {
        /// The leaf hash that was recomputed.
        leaf: B256,
        /// The root it was checked against.
        root: B256,
    },
    /// The envelope verified against the chain but did not open.
    #[error(transparent)]
    Envelope(#[from] EnvelopeError),
}

/// Result alias for [`VerifyError`].
pub type Result<T, E = VerifyError> = std::result::Result<T, E>;

/// Checks that `envelope` is the ciphertext `leaf` commits to, and that the leaf is in the tree
/// with `root`. Returns the leaf hash.
pub fn verify_record(
    envelope: &[u8],
    leaf: &RecordLeaf,
    proof: &[B256],
    root: B256,
) -> Result<B256> {
    let actual = medvault_primitives::types::ciphertext_hash(envelope);
    if actual != leaf.ciphertext_hash {
        return Err(VerifyError::CiphertextHashMismatch { expected: leaf.ciphertext_hash, actual });
    }
    let leaf_hash = leaf.hash();
    if !merkle::verify(root, leaf_hash, proof) {
        return Err(VerifyError::NotInTree { leaf: leaf_hash, root });
    }
    Ok(leaf_hash)
}

/// [`verify_record`], then opens the envelope with its data key for the leaf's context on
/// `chain_id` and `registry`.
pub fn verify_and_open(
    envelope: &[u8],
    leaf: &RecordLeaf,
    proof: &[B256],
    root: B256,
    key: &DataKey,
    chain_id: u64,
    registry: Address,
) -> Result<Plaintext> {
    verify_record(envelope, leaf, proof, root)?;
    let context = AadContext::for_leaf(chain_id, registry, leaf);
    Ok(envelope::open(envelope, key, &context)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::envelope::{Envelope, seal};
    use medvault_primitives::{
        merkle::MerkleTree,
        types::{Category, PatientId, RecordId, RecordVersion},
    };
    use rand::{SeedableRng, rngs::StdRng};

    const CHAIN: u64 = 31337;
    const REGISTRY: Address = Address::repeat_byte(0xaa);

    struct Batch {
        envelopes: Vec<Envelope>,
        keys: Vec<DataKey>,
        leaves: Vec<RecordLeaf>,
        tree: MerkleTree,
    }

    fn batch() -> Batch {
        let mut rng = StdRng::seed_from_u64(3);
        let (mut envelopes, mut keys, mut leaves) = (vec![], vec![], vec![]);
        for i in 0..5u8 {
            let mut leaf = RecordLeaf {
                patient_id: PatientId(B256::repeat_byte(0x10 + i)),
                record_id: RecordId(B256::repeat_byte(0x20 + i)),
                version: RecordVersion(1),
                previous: B256::ZERO,
                ciphertext_hash: B256::ZERO,
                author: Address::repeat_byte(0x33),
                category: Category(1),
            };
            let ctx = AadContext::for_leaf(CHAIN, REGISTRY, &leaf);
            let (env, key) = seal(&[i; 100], &ctx, &mut rng).unwrap();
            leaf.ciphertext_hash = env.ciphertext_hash();
            envelopes.push(env);
            keys.push(key);
            leaves.push(leaf);
        }
        let tree = MerkleTree::new(leaves.iter().map(RecordLeaf::hash).collect()).unwrap();
        Batch { envelopes, keys, leaves, tree }
    }

    #[test]
    fn every_record_verifies_and_opens() {
        let b = batch();
        for (i, env) in b.envelopes.iter().enumerate() {
            let proof = b.tree.proof(i).unwrap();
            let leaf_hash = verify_record(env.as_bytes(), &b.leaves[i], &proof, b.tree.root());
            assert_eq!(leaf_hash, Ok(b.leaves[i].hash()));
            let plain = verify_and_open(
                env.as_bytes(),
                &b.leaves[i],
                &proof,
                b.tree.root(),
                &b.keys[i],
                CHAIN,
                REGISTRY,
            )
            .unwrap();
            assert_eq!(plain.as_bytes(), &[i as u8; 100]);
        }
    }

    #[test]
    fn altered_envelope_is_refused() {
        let b = batch();
        let mut bytes = b.envelopes[0].as_bytes().to_vec();
        bytes[70] ^= 1;
        let err = verify_record(&bytes, &b.leaves[0], &b.tree.proof(0).unwrap(), b.tree.root())
            .unwrap_err();
        assert!(matches!(err, VerifyError::CiphertextHashMismatch { .. }));
        assert!(err.to_string().contains("does not match the leaf's ciphertext hash"));
    }

    #[test]
    fn wrong_proof_or_root_is_refused() {
        let b = batch();
        let env = b.envelopes[0].as_bytes();
        let err =
            verify_record(env, &b.leaves[0], &b.tree.proof(1).unwrap(), b.tree.root()).unwrap_err();
        assert_eq!(err, VerifyError::NotInTree { leaf: b.leaves[0].hash(), root: b.tree.root() });
        // A leaf field changed (another category) no longer matches the anchored leaf.
        let leaf = RecordLeaf { category: Category(2), ..b.leaves[0] };
        assert!(matches!(
            verify_record(env, &leaf, &b.tree.proof(0).unwrap(), b.tree.root()),
            Err(VerifyError::NotInTree { .. })
        ));
        assert!(matches!(
            verify_record(env, &b.leaves[0], &b.tree.proof(0).unwrap(), B256::ZERO),
            Err(VerifyError::NotInTree { .. })
        ));
    }

    #[test]
    fn anchored_but_wrong_key_fails_to_open() {
        let b = batch();
        let err = verify_and_open(
            b.envelopes[0].as_bytes(),
            &b.leaves[0],
            &b.tree.proof(0).unwrap(),
            b.tree.root(),
            &b.keys[1],
            CHAIN,
            REGISTRY,
        )
        .unwrap_err();
        assert_eq!(err, VerifyError::Envelope(EnvelopeError::WrongKey));
    }
}
