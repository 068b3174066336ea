//! The research-market routes: `GET /v1/market/requests`, `POST /v1/market/requests/{id}/criteria`,
//! `POST /v1/market/deliveries` and `GET /v1/market/requests/{id}/deliveries`.
//!
//! # A delivery
//!
//! A patient's client posts a [`DeliveryRequest`]: the `TradeApproval` her one-time trade key signed, the key
//! nodes' attestations of the sale, the CID
//! of the de-identified view it pinned (encrypted to the researcher's key), and the view's coarse
//! quasi-identifiers ([`CoarseQi`]). The relayer holds it until k patients of the same class have
//! approved, then settles it; the researcher lists released deliveries ([`DeliveryView`]) and
//! fetches each by CID.

use alloy::primitives::{Address, B256, Bytes, U256, keccak256};
use medvault_bindings::data_market::IDataMarket::TradeApproval;
use serde::{Deserialize, Serialize};

/// The coarse, public quasi-identifier tuple a delivery carries: age band, sex, region.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CoarseQi {
    /// Ten-year band (`40-49`), `90+`, or `unknown`.
    pub age_band: String,
    /// `male`, `female`, `other` or `unknown`.
    pub sex: String,
    /// US state (or country) of the current address, upper-cased, or `unknown`.
    pub region: String,
}

/// A request as the feed shows it.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct RequestInfo {
    /// Request id.
    pub id: U256,
    /// The researcher.
    pub researcher: Address,
    /// Commitment to the criteria document (from `RequestOpened`).
    pub criteria: Option<B256>,
    /// Price per record (token units).
    pub price_per_record: U256,
    /// Most trades.
    pub max_records: u32,
    /// Trades settled.
    pub settled: u32,
    /// Last timestamp (exclusive) trades may settle.
    pub deadline: u64,
    /// Closed by the researcher.
    pub closed: bool,
    /// Where the criteria document is on IPFS, once filed with the relayer
    /// (`POST /v1/market/requests/{id}/criteria`) and checked against `criteria`.
    #[serde(default)]
    pub criteria_cid: Option<String>,
}

/// Body of `POST /v1/market/deliveries`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeliveryRequest {
    /// The seller's signed approval (`requestId`, `seller`, `deliveryCommitment`, `price`,
    /// `nonce`, `deadline`); `deliveryCommitment` must be `keccak256(deliveryCid)`. The seller is
    /// the patient's one-time trade key (docs/PRIVACY.md).
    pub approval: TradeApproval,
    /// The seller's EIP-712 `TradeApproval` signature.
    pub signature: Bytes,
    /// The key nodes' `SaleAttestation` signatures (at least the committee's threshold).
    pub attestations: Vec<Bytes>,
    /// CID of the delivery (ciphertext for the researcher), pinned by the client.
    pub delivery_cid: String,
    /// The delivery's coarse quasi-identifiers.
    pub qi: CoarseQi,
}

/// The idempotency key of the settlement of an approval with digest `digest`.
pub fn settle_key(digest: B256) -> B256 {
    keccak256([b"settle".as_slice(), digest.as_slice()].concat())
}

/// Body of `POST /v1/market/requests/{id}/criteria`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriteriaFiling {
    /// Where the criteria document is on IPFS.
    pub cid: String,
}

/// Answer of `POST /v1/market/requests/{id}/criteria`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CriteriaFiled {
    /// The request.
    pub request: U256,
    /// The CID on file (the first one filed, if the document was filed before).
    pub cid: String,
    /// The on-chain commitment it matched.
    pub criteria: B256,
}

/// Query of `GET /v1/market/requests/{id}/deliveries`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeliveriesQuery {}

/// A released delivery, as the researcher sees it.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeliveryView {
    /// CID of the ciphertext.
    pub cid: String,
    /// Its quasi-identifier class.
    pub qi: CoarseQi,
    /// The seller: the patient's one-time trade key (public on-chain once settled; tied to
    /// nothing else).
    pub seller: Address,
}
