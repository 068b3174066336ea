//! The key routes: `POST /v1/keys/release`, `POST|DELETE /v1/records/{recordId}/keys` and
//! `GET /v1/patients/{address}/access-log`. Each request is authenticated by the caller's EIP-712
//! signature of its [`crate::request_auth`] struct, in the `Authorization` header (never in the
//! body or the URL).

use alloy::primitives::{Address, B256, Bytes};
use serde::{Deserialize, Serialize};

/// Body of `POST /v1/keys/release`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReleaseRequest {
    /// The record.
    pub record_id: B256,
    /// Its version.
    pub version: u32,
    /// The reader (the signer of the [`crate::request_auth::ReleaseKey`]).
    pub reader: Address,
    /// The grants the reader holds (at most [`super::keynode::MAX_CONSENTS`]): the relayer hands a
    /// reader who is neither the patient nor the author the record's committee wrap only if one
    /// of them is live for this record.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consents: Vec<crate::consent::ConsentGrant>,
    /// For a provider who broke glass: the salt of its emergency's tag on the patient.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emergency_salt: Option<B256>,
}

/// The signed receipt returned with a release.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReceiptRef {
    /// Access-log id.
    pub id: i64,
    /// Leaf hash.
    pub leaf: B256,
    /// The relayer's signature over the leaf hash.
    pub signature: Bytes,
}

/// Answer to a release.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReleaseResponse {
    /// The data key wrapped for the reader (only they can unwrap it); empty when the reader holds
    /// no wrap of their own and must ask the key committee with [`Self::committee_wrap`].
    pub wrapped_key: Bytes,
    /// The record's patient (the key nodes check consent for her).
    #[serde(default)]
    pub patient: Address,
    /// The record version's committee wrap, which the key nodes open shares of.
    #[serde(default)]
    pub committee_wrap: Bytes,
    /// Why it was released (`patient`, `author` or `consent`).
    pub basis: String,
    /// The logged receipt.
    pub receipt: ReceiptRef,
}

/// Body of `POST /v1/records/{id}/keys`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AddKeyRequest {
    /// The version the key opens.
    pub version: u32,
    /// The grantee; the wrapped key must be addressed to their key.
    pub grantee: Address,
    /// The wrapped key (118 bytes).
    pub wrapped_key: Bytes,
}

/// Body of `DELETE /v1/records/{id}/keys`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeleteKeysRequest {
    /// Delete the patient's own wrapped keys too (she keeps none at the relayer).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub drop_own: bool,
}

/// Query of `GET /v1/patients/{address}/access-log` and `…/records`: empty. A signature in the
/// URL (where proxies log it) is refused as an unknown field; it goes in the `Authorization`
/// header.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccessLogQuery {}

/// The anchor of a receipt.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AnchorView {
    /// Merkle root anchored with `ConsentManager.anchorAccessLog`.
    pub root: B256,
    /// Manifest commitment: keccak256 of the batch's leaves in order.
    pub manifest: B256,
    /// Receipts in the batch.
    pub count: u32,
    /// `submitted`, `mined`, `confirmed` or `failed`.
    pub state: String,
    /// Anchor transaction.
    pub tx_hash: Option<B256>,
    /// Anchor block.
    pub block_number: Option<u64>,
    /// The receipt's leaf index.
    pub leaf_index: Option<u32>,
    /// Its inclusion proof.
    pub proof: Vec<B256>,
}

/// One access-log entry.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReceiptView {
    /// Log id.
    pub id: i64,
    /// Who asked.
    pub reader: Address,
    /// The record.
    pub record_id: B256,
    /// Its version.
    pub version: u32,
    /// Unix seconds.
    pub time: u64,
    /// Released or refused.
    pub granted: bool,
    /// Basis of a release or reason of a refusal.
    pub reason: String,
    /// Leaf hash.
    pub leaf: B256,
    /// The relayer's signature over the leaf.
    pub signature: Bytes,
    /// The anchor, once batched.
    pub anchor: Option<AnchorView>,
    /// A key node's receipt: the EIP-712 digest of the key request it answered (the same at
    /// every node for one read).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<B256>,
}

/// Answer to `GET /v1/patients/{address}/access-log`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AccessLogResponse {
    /// The patient.
    pub patient: Address,
    /// Receipts, oldest first.
    pub receipts: Vec<ReceiptView>,
}
