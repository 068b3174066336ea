//! The key nodes' HTTP API: `GET /v1/info`, `POST /v1/shares`, `POST /v1/revocations`,
//! `POST /v1/sales`, `POST /v1/writes`, `POST /v1/shreds` and
//! `GET /v1/patients/{address}/access-log` (the last answers [`super::keys::AccessLogResponse`]).
//! Plain JSON with CORS, so that a web page can be a reader.

use alloy::primitives::{Address, B256, Bytes};
use serde::{Deserialize, Serialize};

/// `GET /v1/info`: who the node is and whether it serves.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct NodeInfo {
    /// The node's account (signs its receipts, anchors its access log).
    pub node: Address,
    /// Its index in the committee.
    pub index: u16,
    /// Committee size and threshold of its key generation.
    pub members: u16,
    /// Shares needed.
    pub threshold: u16,
    /// The group key from its key generation (absent before it completes).
    pub group_key: Option<Bytes>,
    /// Its verification share (absent before the key generation completes).
    pub verification_share: Option<Bytes>,
    /// Whether the chain's committee in force lists this node with this share: only then does it
    /// release shares.
    pub ready: bool,
}

/// The facts of the record version a share is asked for: the leaf's fields but the patient id,
/// which the node recomputes from the patient and the wrap.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct RecordFacts {
    /// The record.
    pub record_id: B256,
    /// Its version.
    pub version: u32,
    /// The leaf of the version before (zero for version 1).
    #[serde(default)]
    pub previous: B256,
    /// keccak256 of its envelope.
    pub ciphertext_hash: B256,
    /// Its author.
    pub author: Address,
    /// Its consent category.
    pub category: u16,
    /// The anchored root (batch root, or the leaf of a single anchor).
    pub root: B256,
    /// The leaf's inclusion proof under `root`.
    pub proof: Vec<B256>,
}

/// Body of `POST /v1/shares`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ShareRequest {
    /// The reader (the signer).
    pub reader: Address,
    /// The record's patient.
    pub patient: Address,
    /// The record.
    pub record: RecordFacts,
    /// The record's committee wrap (118 bytes).
    pub committee_wrap: Bytes,
    /// Unix seconds.
    pub issued_at: u64,
    /// Fresh per request.
    pub nonce: B256,
    /// The reader's EIP-712 signature of the `KeyRequest`.
    pub signature: Bytes,
    /// The grants the reader holds from the patient that cover the record (at most
    /// [`MAX_CONSENTS`]); the node recomputes each id and reads whether it is live. Not needed by
    /// the patient or the author.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consents: Vec<crate::consent::ConsentGrant>,
    /// For a provider who broke glass: the salt of its emergency's tag on the patient (the node
    /// recomputes the tag from the patient and reads whether the window is open).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emergency_salt: Option<B256>,
}

/// Most grants a key request (or a release request) may show.
pub const MAX_CONSENTS: usize = 8;

impl ShareRequest {
    /// The typed data the reader signs (its EIP-712 digest is the context every share answers).
    pub fn key_request(&self) -> crate::committee::KeyRequest {
        crate::committee::KeyRequest {
            reader: self.reader,
            patient: self.patient,
            recordId: self.record.record_id,
            version: self.record.version,
            wrapHash: alloy::primitives::keccak256(&self.committee_wrap),
            issuedAt: self.issued_at,
            nonce: self.nonce,
        }
    }
}

/// A receipt as a node returns it.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct NodeReceipt {
    /// The node.
    pub node: Address,
    /// Its log id.
    pub id: i64,
    /// The leaf.
    pub leaf: B256,
    /// The node's signature over the leaf.
    pub signature: Bytes,
}

/// Answer to `POST /v1/shares`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ShareResponse {
    /// The node's index.
    pub index: u16,
    /// Its decryption share with proof, sealed to the reader (152 bytes, `MVS` v1).
    pub sealed_share: Bytes,
    /// Why it released (`patient`, `author`, `consent`).
    pub basis: String,
    /// The receipt it logged before answering.
    pub receipt: NodeReceipt,
}

/// Body of `POST /v1/sales`: a patient asks a node to attest her sale to a research request
/// through a one-time trade key (docs/PRIVACY.md).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SaleRequest {
    /// The patient (a registered patient account).
    pub patient: Address,
    /// The research request.
    pub request_id: alloy::primitives::U256,
    /// The one-time trade key that signs the approval and is paid.
    pub seller: Address,
    /// `keccak256(deliveryCid)`.
    pub delivery_commitment: B256,
    /// The patient's EIP-712 `Sale` signature (domain `MedvaultKeys`).
    pub signature: Bytes,
}

/// Answer to `POST /v1/sales`, `POST /v1/emergency-reviews` and `POST /v1/writes`: a node's attestation.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Attestation {
    /// The node's account.
    pub node: Address,
    /// Its signature: of a `SaleAttestation` (domain: the market's) or an `EmergencyReview`
    /// (domain: the consent manager's).
    pub signature: Bytes,
}

/// Body of `POST /v1/emergency-reviews`: the patient of a break-glass access (or her guardian)
/// asks a node to attest her review of it.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReviewRequest {
    /// The patient.
    pub patient: Address,
    /// The reviewer: the patient or one of her guardians (the signer).
    pub reviewer: Address,
    /// The emergency.
    pub emergency_id: alloy::primitives::U256,
    /// The salt of its tag.
    pub salt: B256,
    /// Accept, or dispute.
    pub accept: bool,
    /// Commitment to the evidence.
    pub evidence: B256,
    /// The one-time key that brings a dispute's challenge (zero to accept).
    pub challenger: Address,
    /// The reviewer's EIP-712 `EmergencyReviewRequest` signature (domain `MedvaultKeys`).
    pub signature: Bytes,
    /// For a guardian reviewer: the patient's guardian set it belongs to, her delegation to that
    /// set's controller and the guardian's proof in it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guardian: Option<crate::consent::GuardianMembership>,
}

/// The fields of a record version a provider asks to write, as its leaf will hold them but the
/// patient id, which the node recomputes from the patient and the committee wrap.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct WriteFacts {
    /// The record.
    pub record_id: B256,
    /// Its version.
    pub version: u32,
    /// The leaf of the version before (zero for version 1).
    #[serde(default)]
    pub previous: B256,
    /// keccak256 of its envelope.
    pub ciphertext_hash: B256,
    /// Its author (a certified provider).
    pub author: Address,
    /// Its consent category.
    pub category: u16,
}

/// Body of `POST /v1/writes`: a certified provider asks a node to attest that it may write a
/// record version about a patient (for `RecordRegistry.anchorRecord`, the single path). The node
/// checks what the chain cannot see: the record's patient (the patient id bound to her and the
/// committee wrap) and a live WRITE grant of hers to the author covering the record or its
/// category, or, for an emergency-category note, the author's open break-glass window on her.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WriteRequest {
    /// The record's patient.
    pub patient: Address,
    /// The record version.
    pub record: WriteFacts,
    /// Its committee wrap (118 bytes).
    pub committee_wrap: Bytes,
    /// Until when the attestation counts (Unix seconds; at most [`MAX_WRITE_ATTESTATION_SECS`]
    /// ahead): every node signs the same digest, so the author chooses it.
    pub deadline: u64,
    /// The author's WRITE grants from the patient (at most [`MAX_CONSENTS`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consents: Vec<crate::consent::ConsentGrant>,
    /// For an emergency note: the salt of the author's break-glass tag on the patient.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emergency_salt: Option<B256>,
}

/// Longest an attestation of a write may count: a grant revoked after it was given stops counting
/// within this time.
pub const MAX_WRITE_ATTESTATION_SECS: u64 = 600;

impl WriteRequest {
    /// The leaf the record will be anchored as.
    pub fn leaf(&self) -> crate::types::RecordLeaf {
        use crate::types::{Category, RecordId, RecordLeaf, RecordVersion};
        RecordLeaf {
            patient_id: crate::committee::bound_patient_id(self.patient, &self.committee_wrap),
            record_id: RecordId(self.record.record_id),
            version: RecordVersion(self.record.version),
            previous: self.record.previous,
            ciphertext_hash: self.record.ciphertext_hash,
            author: self.record.author,
            category: Category(self.record.category),
        }
    }
}

/// Body of `POST /v1/shreds`: a patient orders a node to refuse one record of hers (every
/// version) for good. The record's facts and committee wrap, as a key request states them for any
/// one version, show the node that the record is hers: the leaf they make must bind the signer.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ShredRequest {
    /// The record's patient (the signer).
    pub patient: Address,
    /// One version of the record: its fields, root and proof.
    pub record: RecordFacts,
    /// That version's committee wrap (118 bytes).
    pub committee_wrap: Bytes,
    /// Unix seconds.
    pub issued_at: u64,
    /// Fresh per order.
    pub nonce: B256,
    /// The patient's EIP-712 signature of the [`crate::committee::Shred`].
    pub signature: Bytes,
}

impl ShredRequest {
    /// The typed data the patient signs.
    pub fn shred(&self) -> crate::committee::Shred {
        crate::committee::Shred {
            patient: self.patient,
            recordId: self.record.record_id,
            issuedAt: self.issued_at,
            nonce: self.nonce,
        }
    }
}

/// Answer to `POST /v1/shreds`.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ShredResponse {
    /// The node's account.
    pub node: Address,
    /// Its index in the committee.
    pub index: u16,
    /// The record shredded.
    pub record_id: B256,
    /// Since when the node refuses it (Unix seconds): the first order's time, for a repeat too.
    pub shredded_at: u64,
    /// Whether this order shredded it (false: an earlier one had).
    pub first: bool,
    /// The node's signature of the [`crate::committee::Shredded`] (domain `MedvaultKeys`).
    pub signature: Bytes,
}

/// Answer to `POST /v1/revocations`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RevocationAccepted {
    /// The node refuses the grant from now on, until the revocation is mined (then the chain
    /// refuses) or its deadline passes unmined.
    pub pending_until: u64,
}
