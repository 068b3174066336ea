//! The gasless relay routes: `POST /v1/relay/consent`, `POST /v1/relay/forward` and
//! `GET /v1/relay/{key}`.

use alloy::primitives::{Address, B256, Bytes, U256, keccak256};
use medvault_bindings::consent_manager::IConsentManager::ConsentChange;
use serde::{Deserialize, Serialize};

/// Body of `POST /v1/relay/consent`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ConsentRelayRequest {
    /// The signed change, field names as in Solidity (`controller`, `grantId`, `access` 0|1|2 —
    /// 0 revokes —, `expiresAt`, `noticeHash`, `nonce`, `deadline`).
    pub change: ConsentChange,
    /// The controller's EIP-712 `ConsentChange` signature.
    pub signature: Bytes,
    /// The notice sealed to the grantee (`keccak256(notice) == change.noticeHash`; empty for a
    /// revocation).
    #[serde(default)]
    pub notice: Bytes,
}

impl ConsentRelayRequest {
    /// Whether the change revokes (access None).
    pub fn is_revocation(&self) -> bool {
        self.change.access == 0
    }
}

/// Answer to an accepted relay request (202).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RelayAccepted {
    /// Idempotency key: poll `GET /v1/relay/{key}`.
    pub key: B256,
    /// The status now.
    pub status: RelayStatus,
}

/// A relayed submission's status.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct RelayStatus {
    /// `queued`, `submitted`, `mined`, `confirmed` or `failed`.
    pub state: String,
    /// Latest transaction hash.
    pub tx_hash: Option<B256>,
    /// Block, once mined.
    pub block_number: Option<u64>,
    /// Why it failed (custom errors decoded).
    pub reason: Option<String>,
}

/// The idempotency key of a change to `controller`'s consent `grant_id` at consent nonce `nonce`.
/// Keyed by the nonce, not the digest: the chain takes one change per nonce, so every other
/// change signed with that nonce is refused before the relayer pays for it to revert.
pub fn consent_key(controller: Address, grant_id: B256, nonce: u64) -> B256 {
    keccak256(
        [b"consent".as_slice(), controller.as_slice(), grant_id.as_slice(), &nonce.to_be_bytes()]
            .concat(),
    )
}

/// The idempotency key of `from`'s forward request with forwarder nonce `nonce`.
pub fn forward_key(from: Address, nonce: U256) -> B256 {
    keccak256([b"forward".as_slice(), from.as_slice(), &nonce.to_be_bytes::<32>()].concat())
}
