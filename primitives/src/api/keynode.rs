//! The key nodes' HTTP API: `GET /v1/info`, `POST /v1/shares`, `POST /v1/revocations` and
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
}

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

/// Answer to `POST /v1/revocations`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RevocationAccepted {
    /// The node refuses the grant from now on, until the revocation is mined (then the chain
    /// refuses) or its deadline passes unmined.
    pub pending_until: u64,
}
