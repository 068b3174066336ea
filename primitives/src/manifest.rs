//! The batch manifest (version 2): what the relayer pins beside each batch of envelopes, and what
//! `RecordRegistry.anchorBatch` commits to (`manifest` = keccak256 of the pinned JSON).
//!
//! The public part says where each leaf's envelope is in the batch object, and nothing else: no
//! patient id, record id, category, author or signature. Those — what a verifier needs to rebuild
//! each leaf, and every submission's signature, which binds the patients' accounts — are the batch's
//! [`Metadata`], sealed ([`crate::sealed`], label [`METADATA_LABEL`]) to the key committee's group
//! key: one box per committee the batch's records are wrapped to. Only a threshold of key nodes
//! together can open it, so the record index survives the relayer without being public.
//!
//! Why not public: a submission's signature covers `keccak256(patients' accounts)`, so anyone who
//! had the signature, the leaves and the author could try every registered account and find whose
//! records they are (the observer in `medvault-devnet` runs exactly this attack on version 1).

use alloy::primitives::{Address, B256, Bytes};
use serde::{Deserialize, Serialize};

/// The manifest format this build writes.
pub const VERSION: u32 = 2;
/// The label batch metadata is sealed under.
pub const METADATA_LABEL: &[u8] = b"medvault/batch-metadata/v1";

/// The public manifest of one batch.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Manifest {
    /// Format version ([`VERSION`]).
    pub version: u32,
    /// Chain id.
    pub chain_id: u64,
    /// RecordRegistry address.
    pub registry: Address,
    /// CID of the batch object (the envelopes, concatenated).
    pub data_cid: String,
    /// Merkle root of the leaves.
    pub root: B256,
    /// The leaves in tree order, each with where its envelope is.
    pub leaves: Vec<PublicLeaf>,
    /// The batch's [`Metadata`], sealed to each key committee its records are wrapped to.
    pub sealed: Vec<SealedMetadata>,
}

/// One leaf as the public manifest shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PublicLeaf {
    /// The leaf hash.
    pub leaf: B256,
    /// Offset of its envelope in the batch object.
    pub offset: u64,
    /// Length of its envelope.
    pub length: u64,
}

/// [`Metadata`] sealed to one committee.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SealedMetadata {
    /// The committee's group key, compressed (the recipient of these records' committee wraps).
    pub committee: Bytes,
    /// The JSON of [`Metadata`] for these records, sealed under [`METADATA_LABEL`].
    pub metadata: Bytes,
}

/// What only the key committee may read about a batch.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Metadata {
    /// The records wrapped to this committee, in tree order.
    pub leaves: Vec<LeafMetadata>,
    /// The submissions they came in.
    pub submissions: Vec<Submission>,
}

/// Everything about one leaf.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LeafMetadata {
    /// Index of the leaf in the tree.
    pub index: u32,
    /// Patient id (bound to the patient and the committee wrap).
    pub patient_id: B256,
    /// Record id.
    pub record_id: B256,
    /// Version.
    pub version: u32,
    /// The leaf of the version before (zero for version 1).
    pub previous: B256,
    /// keccak256 of the envelope.
    pub ciphertext_hash: B256,
    /// Author.
    pub author: Address,
    /// Category.
    pub category: u16,
    /// The patient's account.
    pub patient_account: Address,
    /// The record's committee wrap (MVK v1).
    pub committee_wrap: Bytes,
    /// Index into [`Metadata::submissions`].
    pub submission: usize,
}

/// One submission, with what its author signed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Submission {
    /// Author.
    pub author: Address,
    /// Signature over the submission digest (`api::records::submission_digest`).
    pub signature: Bytes,
    /// Leaf hashes of the whole submission, in order (their Merkle root is what was signed).
    pub leaves: Vec<B256>,
}
