//! A typed HTTP client of the relayer API (the routes of `service::http`).
//!
//! | method                      | route                      |
//! |-----------------------------|----------------------------|
//! | [`RelayerApi::health`]      | `GET /health`              |
//! | [`RelayerApi::submit`]      | `POST /v1/records`         |
//! | [`RelayerApi::record`]      | `GET /v1/records/{id}`     |
//! | [`RelayerApi::relay_forward`] | `POST /v1/relay/forward` |
//! | [`RelayerApi::relay_consent`] | `POST /v1/relay/consent` |
//! | [`RelayerApi::relay_status`] | `GET /v1/relay/{key}`    |
//!
//! A route the relayer does not serve (404 or 405 on a route that takes no id) is
//! [`ApiError::NotAvailable`], so a caller can say what to do instead.

use std::time::Duration;

use alloy::{
    primitives::{B256, Bytes},
    transports::http::reqwest,
};
use medvault_bindings::{
    consent_manager::IConsentManager::SignedConsent,
    medvault_forwarder::ERC2771Forwarder::ForwardRequestData,
};
use serde::{Deserialize, Serialize, de::DeserializeOwned};

use crate::service::{
    http::{RecordResponse, SubmitResponse},
    ingest::SubmitRequest,
};

/// What can go wrong talking to the relayer.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The relayer could not be reached or its answer could not be read.
    #[error("cannot reach the relayer at {url}: {source}")]
    Transport {
        /// The relayer's base URL.
        url: String,
        /// The transport error.
        #[source]
        source: reqwest::Error,
    },
    /// The relayer answered with an error.
    #[error("the relayer refused ({status}): {reason}")]
    Refused {
        /// HTTP status.
        status: u16,
        /// The relayer's reason.
        reason: String,
        /// Whether the relayer says a retry may succeed.
        retryable: bool,
    },
    /// The relayer does not serve this route (an older relayer).
    #[error("the relayer at {url} does not serve {route}")]
    NotAvailable {
        /// The relayer's base URL.
        url: String,
        /// The route.
        route: &'static str,
    },
    /// A record did not reach a final state in time.
    #[error("record #{id} was not confirmed in {secs} s (last status: {last})")]
    Timeout {
        /// The relayer's record id.
        id: i64,
        /// Seconds waited.
        secs: u64,
        /// The last status seen.
        last: String,
    },
    /// A relayed submission was not mined in time.
    #[error("relayed submission {key} was not mined in {secs} s (last state: {last})")]
    RelayTimeout {
        /// The submission's idempotency key.
        key: B256,
        /// Seconds waited.
        secs: u64,
        /// The last state seen.
        last: String,
    },
    /// The relayer could not anchor a record.
    #[error("the relayer could not anchor record #{0}")]
    Failed(i64),
}

impl ApiError {
    /// Whether trying again later may succeed.
    pub const fn is_retryable(&self) -> bool {
        match self {
            Self::Transport { .. } | Self::Timeout { .. } | Self::RelayTimeout { .. } => true,
            Self::Refused { retryable, .. } => *retryable,
            Self::NotAvailable { .. } | Self::Failed(_) => false,
        }
    }
}

/// Result alias for [`ApiError`].
pub type Result<T, E = ApiError> = std::result::Result<T, E>;

/// Body of `POST /v1/relay/consent`: a signed grant or revocation.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConsentRelayBody {
    /// The signed consent, field names as in Solidity.
    pub consent: SignedConsent,
    /// The patient's EIP-712 signature (`Grant`, or `Revoke` when `revoke`).
    pub signature: Bytes,
    /// True for `revokeBySig`, false for `grantBySig`.
    pub revoke: bool,
}

/// A relayed submission's status (`GET /v1/relay/{key}`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RelayStatus {
    /// `queued`, `submitted`, `mined`, `confirmed` or `failed`.
    pub state: String,
    /// Latest transaction hash.
    pub tx_hash: Option<B256>,
    /// Block, once mined.
    pub block_number: Option<u64>,
    /// Why it failed.
    pub reason: Option<String>,
}

/// Answer of the relay routes (202).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RelayAccepted {
    /// Idempotency key of the submission: poll [`RelayerApi::relay_status`] with it.
    pub key: B256,
    /// The status when accepted.
    pub status: RelayStatus,
}

#[derive(Deserialize)]
struct ErrorBody {
    error: String,
    #[serde(default)]
    retryable: bool,
}

/// The relayer API at one base URL.
#[derive(Clone, Debug)]
pub struct RelayerApi {
    base: String,
    http: reqwest::Client,
}

impl RelayerApi {
    /// A client of the relayer at `base` (e.g. `http://127.0.0.1:8080`).
    pub fn new(base: impl Into<String>) -> Self {
        Self { base: base.into().trim_end_matches('/').to_string(), http: reqwest::Client::new() }
    }

    /// The base URL.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// `GET /health`: the relayer's health document.
    pub async fn health(&self) -> Result<serde_json::Value> {
        let response = self.send(self.http.get(self.url("/health"))).await?;
        self.parse(response, None).await
    }

    /// `POST /v1/records`: submits a signed batch of sealed records.
    pub async fn submit(&self, req: &SubmitRequest) -> Result<SubmitResponse> {
        let response = self.send(self.http.post(self.url("/v1/records")).json(req)).await?;
        self.parse(response, Some("POST /v1/records")).await
    }

    /// `GET /v1/records/{id}`: a record's status, location and (once confirmed) proof.
    pub async fn record(&self, id: i64) -> Result<RecordResponse> {
        let response = self.send(self.http.get(self.url(&format!("/v1/records/{id}")))).await?;
        self.parse(response, None).await
    }

    /// Polls [`RelayerApi::record`] until the record is confirmed, for at most `timeout`.
    pub async fn wait_confirmed(&self, id: i64, timeout: Duration) -> Result<RecordResponse> {
        let start = std::time::Instant::now();
        let mut last = String::new();
        while start.elapsed() < timeout {
            let record = self.record(id).await?;
            match record.status.as_str() {
                "confirmed" => return Ok(record),
                "failed" => return Err(ApiError::Failed(id)),
                status => last = status.to_string(),
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Err(ApiError::Timeout { id, secs: timeout.as_secs(), last })
    }

    /// `POST /v1/relay/forward`: asks the relayer to submit a signed forward request and pay its gas.
    pub async fn relay_forward(&self, req: &ForwardRequestData) -> Result<RelayAccepted> {
        let response = self.send(self.http.post(self.url("/v1/relay/forward")).json(req)).await?;
        self.parse(response, Some("POST /v1/relay/forward")).await
    }

    /// `POST /v1/relay/consent`: asks the relayer to submit a signed grant or revocation.
    pub async fn relay_consent(&self, body: &ConsentRelayBody) -> Result<RelayAccepted> {
        let response = self.send(self.http.post(self.url("/v1/relay/consent")).json(body)).await?;
        self.parse(response, Some("POST /v1/relay/consent")).await
    }

    /// `GET /v1/relay/{key}`: the status of a relayed submission.
    pub async fn relay_status(&self, key: B256) -> Result<RelayStatus> {
        let response = self.send(self.http.get(self.url(&format!("/v1/relay/{key}")))).await?;
        self.parse(response, None).await
    }

    /// Polls [`RelayerApi::relay_status`] until the submission is mined (or confirmed), for at
    /// most `timeout`; a failed submission is [`ApiError::Refused`] with the relayer's reason.
    pub async fn wait_relayed(&self, key: B256, timeout: Duration) -> Result<RelayStatus> {
        let start = std::time::Instant::now();
        let mut last = String::new();
        while start.elapsed() < timeout {
            let status = self.relay_status(key).await?;
            match status.state.as_str() {
                "mined" | "confirmed" => return Ok(status),
                "failed" => {
                    return Err(ApiError::Refused {
                        status: 200,
                        reason: status.reason.unwrap_or_else(|| "failed".into()),
                        retryable: false,
                    });
                }
                s => last = s.to_string(),
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Err(ApiError::RelayTimeout { key, secs: timeout.as_secs(), last })
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    async fn send(&self, request: reqwest::RequestBuilder) -> Result<reqwest::Response> {
        request
            .send()
            .await
            .map_err(|source| ApiError::Transport { url: self.base.clone(), source })
    }

    async fn parse<T: DeserializeOwned>(
        &self,
        response: reqwest::Response,
        route: Option<&'static str>,
    ) -> Result<T> {
        let status = response.status();
        if status.is_success() {
            return response
                .json()
                .await
                .map_err(|source| ApiError::Transport { url: self.base.clone(), source });
        }
        if let Some(route) = route
            && (status == reqwest::StatusCode::NOT_FOUND
                || status == reqwest::StatusCode::METHOD_NOT_ALLOWED)
        {
            return Err(ApiError::NotAvailable { url: self.base.clone(), route });
        }
        let text = response.text().await.unwrap_or_default();
        let (reason, retryable) = match serde_json::from_str::<ErrorBody>(&text) {
            Ok(body) => (body.error, body.retryable),
            Err(_) => (text, status.is_server_error()),
        };
        Err(ApiError::Refused { status: status.as_u16(), reason, retryable })
    }
}
