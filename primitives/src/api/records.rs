//! The record routes: `POST /v1/records` (submit), `GET /v1/records/{id}` (status and proof) and
//! `GET /v1/patients/{address}/records` (a patient's listing).
//!
//! # The submission signature
//!
//! An author signs all the records of one request at once, not each record (one ECDSA recovery
//! per request instead of per record). The signed message is
//!
//! ```text
//! digest = keccak256(abi.encode(
//!     keccak256("medvault.submit.v1"), uint256 chainId, address recordRegistry,
//!     bytes32 root,          // Merkle root (crate::merkle) of the request's leaf hashes, in order
//!     bytes32 accountsHash)) // keccak256 of the patients' 20-byte accounts, concatenated in order
//! signature = EIP-191 personal_sign(digest)  // "\x19Ethereum Signed Message:\n32" ‖ digest
//! ```
//!
//! The root covers every leaf field (patient id, record id, version, ciphertext hash, author,
//! category); `accountsHash` binds the patient accounts the relayer checks on-chain, which never go
//! on-chain themselves. Any Ethereum wallet can produce the signature (`personal_sign` of 32 bytes).

use alloy::{
    primitives::{Address, B256, Bytes, keccak256},
    sol_types::SolValue,
};
use serde::{Deserialize, Serialize};

use crate::{
    merkle::MerkleTree,
    types::{Category, PatientId, RecordId, RecordLeaf, RecordVersion, ciphertext_hash},
};

/// One record of a submission, as a client sends it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordSubmission {
    /// Opaque patient id.
    pub patient_id: B256,
    /// The patient's account (checked on-chain; never put on-chain).
    pub patient_account: Address,
    /// Opaque record id.
    pub record_id: B256,
    /// Version, from 1.
    pub version: u32,
    /// The leaf of version `version - 1` of this record (zero, or absent, for version 1).
    #[serde(default)]
    pub previous: B256,
    /// Consent category.
    pub category: u16,
    /// The envelope (ciphertext), hex.
    pub envelope: Bytes,
    /// The data key wrapped for the patient and the author (ciphertext), hex; at most two.
    pub wrapped_keys: Vec<Bytes>,
    /// The data key wrapped to the key committee (118 bytes, `MVK` v1 to the group key). The
    /// patient id must be bound to it (`crate::committee::bound_patient_id`).
    pub committee_wrap: Bytes,
}

/// The salt of an author's break-glass tag on a patient, shown to file an emergency note about
/// her during the window (`ConsentManager.inEmergency`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EmergencyShown {
    /// The patient.
    pub patient: Address,
    /// The salt of the author's tag on her.
    pub salt: B256,
}

/// Most grants and break-glass salts one submission may show (each costs the relayer a chain read).
pub const MAX_SUBMIT_CONSENTS: usize = 64;

/// A batch of records from one author, signed once (see the module docs).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SubmitRequest {
    /// Client-chosen key: a retry with the same key returns the first answer and writes nothing.
    #[serde(default)]
    pub idempotency_key: Option<B256>,
    /// The author of every record.
    pub author: Address,
    /// 65-byte signature over [`submission_digest`].
    pub signature: Bytes,
    /// The records.
    pub records: Vec<RecordSubmission>,
    /// For records about patients other than the author: the author's WRITE grants from them
    /// (each covering a record or its category), at most [`MAX_SUBMIT_CONSENTS`]. Not covered by
    /// the signature: a grant lets only its grantee write, and the relayer reads each on-chain.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consents: Vec<crate::consent::ConsentGrant>,
    /// For emergency notes: the author's break-glass salts on their patients.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emergency: Vec<EmergencyShown>,
}

impl SubmitRequest {
    /// The leaves the records will be anchored as.
    pub fn leaves(&self) -> Vec<RecordLeaf> {
        self.records
            .iter()
            .map(|r| RecordLeaf {
                patient_id: PatientId(r.patient_id),
                record_id: RecordId(r.record_id),
                version: RecordVersion(r.version),
                previous: r.previous,
                ciphertext_hash: ciphertext_hash(&r.envelope),
                author: self.author,
                category: Category(r.category),
            })
            .collect()
    }

    /// The Merkle root of the leaves (what the signature covers), or `None` with no records.
    pub fn root(&self) -> Option<B256> {
        MerkleTree::new(self.leaves().iter().map(RecordLeaf::hash).collect()).ok().map(|t| t.root())
    }

    /// keccak256 of the patients' accounts, concatenated in record order.
    pub fn accounts_hash(&self) -> B256 {
        let bytes: Vec<u8> = self.records.iter().flat_map(|r| r.patient_account.0.0).collect();
        keccak256(bytes)
    }

    /// The digest its author signs on `chain_id` for the `RecordRegistry` at `registry` (see the
    /// module docs), or `None` with no records. (The relayer, which has the leaves already, calls
    /// [`submission_digest`] with the root it built.)
    pub fn digest(&self, chain_id: u64, registry: Address) -> Option<B256> {
        Some(submission_digest(chain_id, registry, self.root()?, self.accounts_hash()))
    }
}

/// The 32-byte digest an author signs with EIP-191 `personal_sign` (see the module docs).
pub fn submission_digest(
    chain_id: u64,
    registry: Address,
    root: B256,
    accounts_hash: B256,
) -> B256 {
    let tag = keccak256("medvault.submit.v1");
    keccak256(
        (tag, alloy::primitives::U256::from(chain_id), registry, root, accounts_hash).abi_encode(),
    )
}

/// `GET /v1/records/{id}`'s answer to anyone: how far a record is, and nothing about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordStatus {
    /// The relayer's record id.
    pub id: i64,
    /// received, pinned, batched, submitted, mined, confirmed or failed.
    pub status: String,
}

/// `POST /v1/records/{id}/view`: a signed ask for a record's fields, location and proof
/// ([`RecordResponse`]), answered to the record's patient, its author, and a reader who shows a
/// live grant for it (or a break-glass salt for an emergency record) — the release rule.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordViewRequest {
    /// Who asks (the signer of the [`crate::request_auth::ViewRecord`]).
    pub reader: Address,
    /// The grants the reader holds, as for a key release.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consents: Vec<crate::consent::ConsentGrant>,
    /// For a provider who broke glass: the salt of its emergency's tag on the patient.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emergency_salt: Option<B256>,
}

/// One record's answer to a submission.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AcceptedRecord {
    /// Record id.
    pub id: i64,
    /// State (`received`, or later for a retry).
    pub status: String,
    /// True if an earlier submission stored it.
    pub duplicate: bool,
}

/// Answer to `POST /v1/records`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmitResponse {
    /// One per submitted record, in order.
    pub records: Vec<AcceptedRecord>,
}

/// The batch part of a [`RecordResponse`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchResponse {
    /// Batch id.
    pub id: i64,
    /// Merkle root (once batched).
    pub root: Option<B256>,
    /// Manifest CID (once batched).
    pub manifest_cid: Option<String>,
    /// keccak256 of the manifest (once batched).
    pub manifest_hash: Option<B256>,
    /// Anchor transaction (once mined).
    pub tx_hash: Option<B256>,
    /// Anchor block (once mined).
    pub block_number: Option<u64>,
}

/// Answer to `GET /v1/records/{id}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordResponse {
    /// Record id.
    pub id: i64,
    /// State.
    pub status: String,
    /// Patient id.
    pub patient_id: B256,
    /// Record id (opaque).
    pub record_id: B256,
    /// Version.
    pub version: u32,
    /// The leaf of the version before (zero for version 1).
    #[serde(default)]
    pub previous: B256,
    /// Category.
    pub category: u16,
    /// Author.
    pub author: Address,
    /// keccak256 of the envelope.
    pub ciphertext_hash: B256,
    /// The leaf hash.
    pub leaf: B256,
    /// CID of the batch object holding the envelope (once pinned).
    pub cid: Option<String>,
    /// Offset of the envelope in that object.
    pub offset: Option<u64>,
    /// Length of the envelope.
    pub length: Option<u64>,
    /// The batch (once pinned).
    pub batch: Option<BatchResponse>,
    /// Index of the leaf in the batch (once batched).
    pub leaf_index: Option<u32>,
    /// Inclusion proof: present once confirmed.
    pub proof: Option<Vec<B256>>,
}

/// A record filed for a patient, as the patient's own listing shows it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PatientRecord {
    /// The relayer's id of the record (`GET /v1/records/{id}`).
    pub id: i64,
    /// The patient's opaque id the record is filed under.
    pub patient_id: B256,
    /// The opaque record id.
    pub record_id: B256,
    /// Its version.
    pub version: u32,
    /// Consent category.
    pub category: u16,
    /// Who wrote it.
    pub author: Address,
    /// Where it stands: `received` … `confirmed` or `failed`.
    pub status: String,
    /// CID of the batch object holding its envelope (once pinned).
    pub cid: Option<String>,
    /// The batch root anchored in `RecordRegistry` (once batched).
    pub root: Option<B256>,
    /// The anchor transaction (once mined).
    pub tx_hash: Option<B256>,
    /// Its block.
    pub block_number: Option<u64>,
    /// Whether the patient deleted everyone else's keys.
    pub shredded: bool,
}

/// Body of `POST /v1/patients/{address}/emergency-records`: a provider with an open break-glass
/// window on the patient asks for her emergency-category records.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EmergencyRecordsRequest {
    /// The provider (the signer of the [`crate::request_auth::ListEmergencyRecords`]).
    pub reader: Address,
    /// The salt of its break-glass tag on the patient.
    pub salt: B256,
}

/// Answer of `GET /v1/patients/{address}/records` (and of the emergency listing).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PatientRecordsResponse {
    /// The patient.
    pub patient: Address,
    /// The records filed for them, oldest first.
    pub records: Vec<PatientRecord>,
}
