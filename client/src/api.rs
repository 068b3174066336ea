//! A typed HTTP client of the relayer API (the routes of `service::http`).
//!
//! | method                      | route                      |
//! |-----------------------------|----------------------------|
//! | [`RelayerApi::health`]      | `GET /health`              |
//! | [`RelayerApi::submit`]      | `POST /v1/records`         |
//! | [`RelayerApi::record`]      | `GET /v1/records/{id}`     |
//! | [`RelayerApi::view`]        | `POST /v1/records/{id}/view` |
//! | [`RelayerApi::relay_forward`] | `POST /v1/relay/forward` |
//! | [`RelayerApi::relay_consent`] | `POST /v1/relay/consent` |
//! | [`RelayerApi::relay_status`] | `GET /v1/relay/{key}`    |
//!
//! | [`RelayerApi::release_key`] | `POST /v1/keys/release`  |
//! | [`RelayerApi::add_key`]     | `POST /v1/records/{recordId}/keys` |
//! | [`RelayerApi::delete_keys`] | `DELETE /v1/records/{recordId}/keys` |
//! | [`RelayerApi::access_log`]  | `GET /v1/patients/{address}/access-log` |
//! | [`RelayerApi::patient_records`] | `GET /v1/patients/{address}/records` |
//! | [`RelayerApi::research_requests`] | `GET /v1/market/requests` |
//! | [`RelayerApi::file_criteria`] | `POST /v1/market/requests/{id}/criteria` |
//! | [`RelayerApi::deliver`]     | `POST /v1/market/deliveries` |
//! | [`RelayerApi::released_deliveries`] | `GET /v1/market/requests/{id}/deliveries` |
//!
//! Every route about a user's records authenticates its caller by EIP-712 typed data
//! (`medvault_primitives::request_auth`: the action, its arguments, a fresh nonce and an expiry a
//! minute ahead) signed through the caller's [`Signer`] under the relayer's domain
//! ([`RelayerApi::domain`]) and sent in the `Authorization` header, never in a URL.
//!
//! A route the relayer does not serve (404 or 405 without the relayer's error body) is
//! [`ApiError::NotAvailable`], so a caller can say what to do instead; a 404 with a reason (no
//! such record, or none of the caller's) is [`ApiError::Refused`].

use std::time::Duration;

use alloy::sol_types::{Eip712Domain, SolStruct};
use alloy::{
    primitives::{Address, B256, Bytes, U256, keccak256},
    signers::Signer,
};
use medvault_bindings::medvault_forwarder::ERC2771Forwarder::ForwardRequestData;
pub use medvault_primitives::{
    api::{
        ErrorBody,
        keys::{
            AccessLogQuery, AccessLogResponse, AddKeyRequest, DeleteKeysRequest, ReceiptRef,
            ReceiptView, ReleaseRequest, ReleaseResponse,
        },
        market::{CriteriaFiled, CriteriaFiling, DeliveryRequest, DeliveryView, RequestInfo},
        records::{
            PatientRecordsResponse, RecordResponse, RecordStatus, RecordViewRequest, SubmitRequest,
            SubmitResponse,
        },
        relay::{ConsentRelayRequest, RelayAccepted, RelayStatus},
    },
    request_auth::{
        AddKey, DeleteKeys, ListDeliveries, ListEmergencyRecords, ListRecords, ReadAccessLog,
        RecordStatusRequest, ReleaseKey, RequestAuth, ViewRecord,
    },
};
use serde::{Serialize, de::DeserializeOwned};

use reqwest::header::AUTHORIZATION;

use crate::time::{Instant, sleep};

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
    /// The relayer sent a relayed submission's transaction, and it failed: the chain refused it.
    #[error("the relayer sent it, but the chain refused it: {reason}")]
    RelayFailed {
        /// The submission's idempotency key.
        key: B256,
        /// What the chain said (the contract's error, explained).
        reason: String,
    },
    /// The request could not be signed.
    #[error("cannot sign the request: {0}")]
    Sign(String),
    /// The relayer names a signing domain of another chain or deployment than the session's:
    /// nothing is signed for it.
    #[error(
        "the relayer at {url} signs for chain {chain_id:?}, registry {registry:?}, not this deployment's"
    )]
    ForeignDomain {
        /// The relayer's base URL.
        url: String,
        /// The chain it names.
        chain_id: Option<U256>,
        /// The RecordRegistry it names.
        registry: Option<Address>,
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
            Self::NotAvailable { .. }
            | Self::Failed(_)
            | Self::RelayFailed { .. }
            | Self::Sign(_)
            | Self::ForeignDomain { .. } => false,
        }
    }
}

/// Result alias for [`ApiError`].
pub type Result<T, E = ApiError> = std::result::Result<T, E>;

/// The relayer API at one base URL.
#[derive(Clone, Debug)]
pub struct RelayerApi {
    base: String,
    http: reqwest::Client,
    /// The domain requests are signed under: pinned, or asked of the relayer once.
    domain: std::sync::Arc<std::sync::Mutex<Option<Eip712Domain>>>,
    /// The chain and RecordRegistry the relayer's domain must name (the session's deployment).
    deployment: Option<(u64, Address)>,
}

impl RelayerApi {
    /// A client of the relayer at `base` (e.g. `http://127.0.0.1:8080`).
    pub fn new(base: impl Into<String>) -> Self {
        Self {
            base: base.into().trim_end_matches('/').to_string(),
            http: crate::http::client(),
            domain: Default::default(),
            deployment: None,
        }
    }

    /// Signs only for a relayer whose domain names `chain_id` and the RecordRegistry `records`
    /// (a session's deployment): a relayer of another chain or deployment gets nothing signed.
    #[must_use]
    pub const fn for_deployment(mut self, chain_id: u64, records: Address) -> Self {
        self.deployment = Some((chain_id, records));
        self
    }

    /// Signs requests under `domain` (`request_auth::relayer_domain` of the deployment and the
    /// relayer's address) instead of asking the relayer for it.
    pub fn with_domain(self, domain: Eip712Domain) -> Self {
        *self.domain.lock().unwrap_or_else(|p| p.into_inner()) = Some(domain);
        self
    }

    /// `GET /v1/auth/domain`, asked once: the EIP-712 domain this relayer checks request
    /// signatures under (its chain, its deployment's RecordRegistry, its own address). A
    /// signature under it is good at this relayer only.
    pub async fn domain(&self) -> Result<Eip712Domain> {
        if let Some(d) = self.domain.lock().unwrap_or_else(|p| p.into_inner()).clone() {
            return Ok(d);
        }
        let response = self.send(self.http.get(self.url("/v1/auth/domain"))).await?;
        let domain: Eip712Domain = self.parse(response, Some("GET /v1/auth/domain")).await?;
        if let Some((chain_id, records)) = self.deployment
            && (domain.chain_id != Some(U256::from(chain_id))
                || domain.verifying_contract != Some(records))
        {
            return Err(ApiError::ForeignDomain {
                url: self.base.clone(),
                chain_id: domain.chain_id,
                registry: domain.verifying_contract,
            });
        }
        *self.domain.lock().unwrap_or_else(|p| p.into_inner()) = Some(domain.clone());
        Ok(domain)
    }

    /// The `Authorization` header of a request `make(nonce, expires)` signed by `signer`.
    async fn authorization<T: SolStruct + Serialize>(
        &self,
        signer: &(impl Signer + Sync + ?Sized),
        make: impl FnOnce(B256, u64) -> T,
    ) -> Result<String> {
        let domain = self.domain().await?;
        let auth: RequestAuth = crate::sign::sign_request(signer, &domain, make)
            .await
            .map_err(|e| ApiError::Sign(e.to_string()))?;
        Ok(auth.to_header())
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

    /// `GET /v1/records/{id}`: how far a record is (its state only), asked by `signer`, its
    /// author (who submitted it) or its patient; to anyone else the relayer answers 404.
    pub async fn record(
        &self,
        signer: &(impl Signer + Sync + ?Sized),
        id: i64,
    ) -> Result<RecordStatus> {
        let n = u64::try_from(id).unwrap_or(u64::MAX);
        let auth = self
            .authorization(signer, |nonce, expires| RecordStatusRequest { id: n, nonce, expires })
            .await?;
        let request =
            self.http.get(self.url(&format!("/v1/records/{id}"))).header(AUTHORIZATION, auth);
        let response = self.send(request).await?;
        self.parse(response, None).await
    }

    /// `POST /v1/records/{id}/view`: a record's fields, location and proof, for its patient, its
    /// author, or a reader showing a live grant for it (`consents`) or, on an emergency record,
    /// the salt of an open break-glass tag.
    pub async fn view(
        &self,
        signer: &(impl Signer + Sync + ?Sized),
        id: i64,
        consents: &[medvault_primitives::consent::ConsentGrant],
        emergency_salt: Option<B256>,
    ) -> Result<RecordResponse> {
        let n = u64::try_from(id).unwrap_or(u64::MAX);
        let auth = self
            .authorization(signer, |nonce, expires| ViewRecord { id: n, nonce, expires })
            .await?;
        let body = RecordViewRequest {
            reader: signer.address(),
            consents: consents.to_vec(),
            emergency_salt,
        };
        let route = format!("/v1/records/{id}/view");
        let request = self.http.post(self.url(&route)).header(AUTHORIZATION, auth).json(&body);
        let response = self.send(request).await?;
        self.parse(response, None).await
    }

    /// Polls [`RelayerApi::record`] until the record is confirmed, for at most `timeout`, then
    /// asks for its view as `signer` (its author or patient).
    pub async fn wait_confirmed(
        &self,
        signer: &(impl Signer + Sync + ?Sized),
        id: i64,
        timeout: Duration,
    ) -> Result<RecordResponse> {
        let start = Instant::now();
        let mut last = String::new();
        while start.elapsed() < timeout {
            let record = self.record(signer, id).await?;
            match record.status.as_str() {
                "confirmed" => return self.view(signer, id, &[], None).await,
                "failed" => return Err(ApiError::Failed(id)),
                status => last = status.to_string(),
            }
            sleep(Duration::from_millis(100)).await;
        }
        Err(ApiError::Timeout { id, secs: timeout.as_secs(), last })
    }

    /// `POST /v1/relay/forward`: asks the relayer to submit a signed forward request and pay its gas.
    pub async fn relay_forward(&self, req: &ForwardRequestData) -> Result<RelayAccepted> {
        let response = self.send(self.http.post(self.url("/v1/relay/forward")).json(req)).await?;
        self.parse(response, Some("POST /v1/relay/forward")).await
    }

    /// `POST /v1/relay/consent`: asks the relayer to submit a signed grant or revocation.
    pub async fn relay_consent(&self, body: &ConsentRelayRequest) -> Result<RelayAccepted> {
        let response = self.send(self.http.post(self.url("/v1/relay/consent")).json(body)).await?;
        self.parse(response, Some("POST /v1/relay/consent")).await
    }

    /// `GET /v1/relay/{key}`: the status of a relayed submission.
    pub async fn relay_status(&self, key: B256) -> Result<RelayStatus> {
        let response = self.send(self.http.get(self.url(&format!("/v1/relay/{key}")))).await?;
        self.parse(response, None).await
    }

    /// Polls [`RelayerApi::relay_status`] until the submission is mined (or confirmed), for at
    /// most `timeout`; a failed submission is [`ApiError::RelayFailed`] with the relayer's reason.
    pub async fn wait_relayed(&self, key: B256, timeout: Duration) -> Result<RelayStatus> {
        let start = Instant::now();
        let mut last = String::new();
        while start.elapsed() < timeout {
            let status = self.relay_status(key).await?;
            match status.state.as_str() {
                "mined" | "confirmed" => return Ok(status),
                "failed" => {
                    return Err(ApiError::RelayFailed {
                        key,
                        reason: status.reason.unwrap_or_else(|| "no reason given".into()),
                    });
                }
                s => last = s.to_string(),
            }
            sleep(Duration::from_millis(100)).await;
        }
        Err(ApiError::RelayTimeout { key, secs: timeout.as_secs(), last })
    }

    /// `POST /v1/keys/release`: asks for a record's data key wrapped for `signer`; the relayer
    /// releases it to the patient, the author, or a reader with on-chain consent, and logs it.
    pub async fn release_key(
        &self,
        signer: &(impl Signer + Sync + ?Sized),
        record: B256,
        version: u32,
        consents: &[medvault_primitives::consent::ConsentGrant],
    ) -> Result<ReleaseResponse> {
        self.release(signer, record, version, consents, None).await
    }

    /// `POST /v1/keys/release` for a provider who broke glass on the record's patient: shows the
    /// salt of its emergency's tag (the relayer hands over the committee wrap of an
    /// emergency-category record while the window is open).
    pub async fn release_key_in_emergency(
        &self,
        signer: &(impl Signer + Sync + ?Sized),
        record: B256,
        version: u32,
        salt: B256,
    ) -> Result<ReleaseResponse> {
        self.release(signer, record, version, &[], Some(salt)).await
    }

    async fn release(
        &self,
        signer: &(impl Signer + Sync + ?Sized),
        record: B256,
        version: u32,
        consents: &[medvault_primitives::consent::ConsentGrant],
        emergency_salt: Option<B256>,
    ) -> Result<ReleaseResponse> {
        let auth = self
            .authorization(signer, |nonce, expires| ReleaseKey {
                recordId: record,
                version,
                nonce,
                expires,
            })
            .await?;
        let body = ReleaseRequest {
            record_id: record,
            version,
            reader: signer.address(),
            consents: consents.to_vec(),
            emergency_salt,
        };
        let request =
            self.http.post(self.url("/v1/keys/release")).header(AUTHORIZATION, auth).json(&body);
        let response = self.send(request).await?;
        self.parse(response, Some("POST /v1/keys/release")).await
    }

    /// `POST /v1/records/{recordId}/keys`: the patient hands over a data key wrapped for a grantee.
    pub async fn add_key(
        &self,
        signer: &(impl Signer + Sync + ?Sized),
        record: B256,
        version: u32,
        grantee: Address,
        wrapped_key: Bytes,
    ) -> Result<serde_json::Value> {
        let key_hash = keccak256(&wrapped_key);
        let auth = self
            .authorization(signer, |nonce, expires| AddKey {
                recordId: record,
                version,
                grantee,
                keyHash: key_hash,
                nonce,
                expires,
            })
            .await?;
        let body = AddKeyRequest { version, grantee, wrapped_key };
        let url = self.url(&format!("/v1/records/{record:#x}/keys"));
        let response =
            self.send(self.http.post(url).header(AUTHORIZATION, auth).json(&body)).await?;
        self.parse(response, Some("POST /v1/records/{id}/keys")).await
    }

    /// `DELETE /v1/records/{recordId}/keys`: the patient deletes every wrapped key of the record
    /// the relayer holds but their own, and with `drop_own` their own too (part of
    /// crypto-shredding: the relayer hands no wrapped key of the record to anyone else).
    pub async fn delete_keys(
        &self,
        signer: &(impl Signer + Sync + ?Sized),
        record: B256,
        drop_own: bool,
    ) -> Result<serde_json::Value> {
        let auth = self
            .authorization(signer, |nonce, expires| DeleteKeys {
                recordId: record,
                dropOwn: drop_own,
                nonce,
                expires,
            })
            .await?;
        let body = DeleteKeysRequest { drop_own };
        let url = self.url(&format!("/v1/records/{record:#x}/keys"));
        let response =
            self.send(self.http.delete(url).header(AUTHORIZATION, auth).json(&body)).await?;
        self.parse(response, Some("DELETE /v1/records/{id}/keys")).await
    }

    /// `GET /v1/patients/{address}/access-log`: the key-release receipts about `signer`'s records.
    pub async fn access_log(
        &self,
        signer: &(impl Signer + Sync + ?Sized),
    ) -> Result<AccessLogResponse> {
        self.access_log_of(signer, signer.address()).await
    }

    /// `GET /v1/patients/{address}/records`: the records filed for `signer`.
    pub async fn patient_records(
        &self,
        signer: &(impl Signer + Sync + ?Sized),
    ) -> Result<PatientRecordsResponse> {
        self.patient_records_of(signer, signer.address()).await
    }

    /// `POST /v1/patients/{patient}/emergency-records`: the patient's emergency-category records,
    /// for a provider (`signer`) with an open break-glass window on her whose tag's salt is `salt`.
    pub async fn emergency_records(
        &self,
        signer: &(impl Signer + Sync + ?Sized),
        patient: Address,
        salt: B256,
    ) -> Result<PatientRecordsResponse> {
        let auth = self
            .authorization(signer, |nonce, expires| ListEmergencyRecords {
                patient,
                nonce,
                expires,
            })
            .await?;
        let body = medvault_primitives::api::records::EmergencyRecordsRequest {
            reader: signer.address(),
            salt,
        };
        let url = self.url(&format!("/v1/patients/{patient}/emergency-records"));
        let response =
            self.send(self.http.post(url).header(AUTHORIZATION, auth).json(&body)).await?;
        self.parse(response, Some("POST /v1/patients/{address}/emergency-records")).await
    }

    /// `GET /v1/patients/{address}/records` for `patient`, signed by `signer`: the patient, or
    /// the account her identity was recovered to (the records of the old account are hers).
    pub async fn patient_records_of(
        &self,
        signer: &(impl Signer + Sync + ?Sized),
        patient: Address,
    ) -> Result<PatientRecordsResponse> {
        let auth = self
            .authorization(signer, |nonce, expires| ListRecords { patient, nonce, expires })
            .await?;
        self.patient_get(patient, "records", auth, "GET /v1/patients/{address}/records").await
    }

    /// `GET /v1/patients/{address}/access-log` for `patient`, signed by `signer` (the patient or
    /// her successor after a recovery).
    pub async fn access_log_of(
        &self,
        signer: &(impl Signer + Sync + ?Sized),
        patient: Address,
    ) -> Result<AccessLogResponse> {
        let auth = self
            .authorization(signer, |nonce, expires| ReadAccessLog { patient, nonce, expires })
            .await?;
        self.patient_get(patient, "access-log", auth, "GET /v1/patients/{address}/access-log").await
    }

    /// `GET /v1/patients/{patient}/{what}` with the `Authorization` header `auth`.
    async fn patient_get<T: DeserializeOwned>(
        &self,
        patient: Address,
        what: &str,
        auth: String,
        route: &'static str,
    ) -> Result<T> {
        let url = self.url(&format!("/v1/patients/{patient:#x}/{what}"));
        let response = self.send(self.http.get(url).header(AUTHORIZATION, auth)).await?;
        self.parse(response, Some(route)).await
    }

    /// `GET /v1/market/requests`: the open research requests.
    pub async fn research_requests(&self) -> Result<Vec<RequestInfo>> {
        let response = self.send(self.http.get(self.url("/v1/market/requests"))).await?;
        self.parse(response, Some("GET /v1/market/requests")).await
    }

    /// `POST /v1/market/requests/{id}/criteria`: tells the relayer where request `request`'s
    /// criteria document is, so the feed shows it to patients.
    pub async fn file_criteria(&self, request: U256, cid: &str) -> Result<CriteriaFiled> {
        let url = self.url(&format!("/v1/market/requests/{request}/criteria"));
        let body = CriteriaFiling { cid: cid.to_string() };
        let response = self.send(self.http.post(url).json(&body)).await?;
        self.parse(response, Some("POST /v1/market/requests/{id}/criteria")).await
    }

    /// `POST /v1/market/deliveries`: hands the relayer a patient's signed trade approval and
    /// pinned delivery, to be settled once its class reaches k; the relayer's answer.
    pub async fn deliver(&self, body: &DeliveryRequest) -> Result<serde_json::Value> {
        self.post_json("/v1/market/deliveries", body).await
    }

    /// `GET /v1/market/requests/{id}/deliveries`: the released deliveries of `request`, asked
    /// for by `signer` (the request's researcher) with a signed [`ListDeliveries`].
    pub async fn released_deliveries(
        &self,
        signer: &(impl Signer + Sync + ?Sized),
        request: U256,
    ) -> Result<Vec<DeliveryView>> {
        let auth = self
            .authorization(signer, |nonce, expires| ListDeliveries {
                requestId: request,
                nonce,
                expires,
            })
            .await?;
        let url = self.url(&format!("/v1/market/requests/{request}/deliveries"));
        let response = self.send(self.http.get(url).header(AUTHORIZATION, auth)).await?;
        self.parse(response, None).await
    }

    /// `POST` of a JSON body to `path` (a route of the relayer), answer as `T`.
    pub async fn post_json<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &'static str,
        body: &B,
    ) -> Result<T> {
        let response = self.send(self.http.post(self.url(path)).json(body)).await?;
        self.parse(response, Some(path)).await
    }

    /// `GET` of `path` (a route of the relayer, with its query), answer as `T`.
    pub async fn get_json<T: DeserializeOwned>(&self, path: &str) -> Result<T> {
        let response = self.send(self.http.get(self.url(path))).await?;
        self.parse(response, None).await
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
        let text = response.text().await.unwrap_or_default();
        let body = serde_json::from_str::<ErrorBody>(&text);
        // A 404 with the relayer's error body is its answer (no such record, or none of the
        // caller's); without one, the route itself is missing.
        if let Some(route) = route
            && body.is_err()
            && (status == reqwest::StatusCode::NOT_FOUND
                || status == reqwest::StatusCode::METHOD_NOT_ALLOWED)
        {
            return Err(ApiError::NotAvailable { url: self.base.clone(), route });
        }
        let (reason, retryable) = match body {
            Ok(body) => (body.error, body.retryable),
            Err(_) => (text, status.is_server_error()),
        };
        Err(ApiError::Refused { status: status.as_u16(), reason, retryable })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use alloy::{
        primitives::{address, b256},
        signers::local::PrivateKeySigner,
    };
    use axum::{
        Json, Router,
        extract::{Path, State},
        http::HeaderMap,
        routing::{get, post},
    };
    use medvault_primitives::request_auth::relayer_domain;
    use serde_json::{Value, json};

    use super::*;
    use crate::time::unix_now;

    /// What the mock relayer saw: each request's action and recovered signer.
    type Seen = Arc<Mutex<Vec<(&'static str, Address)>>>;

    fn domain() -> Eip712Domain {
        relayer_domain(31337, Address::repeat_byte(1), Address::repeat_byte(2))
    }

    /// Who signed `request(nonce, expires)` in the `Authorization` header of `headers`.
    fn signer<T: SolStruct>(headers: &HeaderMap, request: impl FnOnce(B256, u64) -> T) -> Address {
        let auth = RequestAuth::parse(headers["authorization"].to_str().unwrap()).unwrap();
        auth.signer(&request(auth.nonce, auth.expires), &domain(), unix_now()).unwrap()
    }

    async fn mock() -> (RelayerApi, Seen) {
        let seen: Seen = Arc::default();
        let app = Router::new()
            .route("/v1/auth/domain", get(|| async { Json(domain()) }))
            .route(
                "/v1/keys/release",
                post(|State(seen): State<Seen>, h: HeaderMap, Json(b): Json<Value>| async move {
                    let record: B256 = b["recordId"].as_str().unwrap().parse().unwrap();
                    let version = b["version"].as_u64().unwrap() as u32;
                    assert!(b.get("signature").is_none(), "no signature in the body");
                    let who = signer(&h, |nonce, expires| ReleaseKey {
                        recordId: record,
                        version,
                        nonce,
                        expires,
                    });
                    seen.lock().unwrap().push(("release", who));
                    Json(json!({
                        "wrappedKey": "0x4d564b01",
                        "basis": "patient",
                        "receipt": {"id": 7, "leaf": B256::ZERO, "signature": "0x00"},
                    }))
                }),
            )
            .route(
                "/v1/records/{id}/keys",
                post(
                    |State(seen): State<Seen>,
                     h: HeaderMap,
                     Path(id): Path<B256>,
                     Json(b): Json<Value>| async move {
                        let key: Bytes = b["wrappedKey"].as_str().unwrap().parse().unwrap();
                        let who = signer(&h, |nonce, expires| AddKey {
                            recordId: id,
                            version: b["version"].as_u64().unwrap() as u32,
                            grantee: b["grantee"].as_str().unwrap().parse().unwrap(),
                            keyHash: keccak256(&key),
                            nonce,
                            expires,
                        });
                        seen.lock().unwrap().push(("add key", who));
                        Json(json!({"stored": true}))
                    },
                )
                .delete(
                    |State(seen): State<Seen>,
                     h: HeaderMap,
                     Path(id): Path<B256>,
                     Json(b): Json<Value>| async move {
                        let drop_own = b.get("dropOwn").and_then(Value::as_bool).unwrap_or(false);
                        let who = signer(&h, |nonce, expires| DeleteKeys {
                            recordId: id,
                            dropOwn: drop_own,
                            nonce,
                            expires,
                        });
                        seen.lock().unwrap().push(("delete keys", who));
                        Json(json!({"deleted": 2}))
                    },
                ),
            )
            .route(
                "/v1/patients/{address}/access-log",
                get(
                    |State(seen): State<Seen>,
                     h: HeaderMap,
                     Path(patient): Path<Address>,
                     uri: axum::http::Uri| async move {
                        assert_eq!(uri.query(), None, "nothing signed in the URL");
                        let who =
                            signer(&h, |nonce, expires| ReadAccessLog { patient, nonce, expires });
                        seen.lock().unwrap().push(("access log", who));
                        Json(json!({"patient": patient, "receipts": []}))
                    },
                ),
            )
            .with_state(seen.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        (RelayerApi::new(format!("http://{addr}")), seen)
    }

    #[tokio::test]
    async fn signed_requests_recover_to_the_caller_under_the_relayers_domain() {
        let (api, seen) = mock().await;
        let signer = PrivateKeySigner::random();
        let record = b256!("1111111111111111111111111111111111111111111111111111111111111111");
        let released = api.release_key(&signer, record, 1, &[]).await.unwrap();
        assert_eq!(released.basis, "patient");
        assert_eq!(released.receipt.id, 7);
        let grantee = address!("70997970C51812dc3A010C7d01b50e0d17dc79C8");
        api.add_key(&signer, record, 1, grantee, Bytes::from_static(b"MVK")).await.unwrap();
        api.delete_keys(&signer, record, true).await.unwrap();
        api.access_log(&signer).await.unwrap();
        let seen = seen.lock().unwrap().clone();
        assert_eq!(seen.len(), 4);
        for (what, who) in &seen {
            assert_eq!(*who, signer.address(), "{what}");
        }
        // A route the relayer lacks is NotAvailable, so commands can say what to do instead.
        let err = api.relay_status(B256::ZERO).await.unwrap_err();
        assert!(matches!(err, ApiError::Refused { status: 404, .. }), "{err}");
        let err = api.relay_forward(&Default::default()).await.unwrap_err();
        assert!(matches!(err, ApiError::NotAvailable { .. }), "{err}");
    }

    #[tokio::test]
    async fn nothing_is_signed_for_a_relayer_of_another_chain_or_deployment() {
        let (api, seen) = mock().await;
        let signer = PrivateKeySigner::random();
        for (chain, registry) in [(1, Address::repeat_byte(1)), (31337, Address::repeat_byte(9))] {
            let pinned = RelayerApi::new(api.base()).for_deployment(chain, registry);
            let err = pinned.access_log(&signer).await.unwrap_err();
            assert!(matches!(err, ApiError::ForeignDomain { .. }), "{err}");
        }
        assert!(seen.lock().unwrap().is_empty(), "no signed request reached it");
        let ours = RelayerApi::new(api.base()).for_deployment(31337, Address::repeat_byte(1));
        ours.access_log(&signer).await.expect("its own deployment");
    }

    #[tokio::test]
    async fn a_relayed_call_the_chain_refused_says_so_with_the_reason() {
        let app = Router::new().route(
            "/v1/relay/{key}",
            get(|| async {
                Json(json!({
                    "state": "failed",
                    "txHash": null,
                    "blockNumber": null,
                    "reason": "the trade is disputed already [WrongTradeStatus]",
                }))
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        let api = RelayerApi::new(format!("http://{addr}"));
        let err = api.wait_relayed(B256::ZERO, Duration::from_secs(5)).await.unwrap_err();
        assert!(matches!(err, ApiError::RelayFailed { .. }), "{err:?}");
        let said = err.to_string();
        assert!(said.contains("the chain refused it: the trade is disputed already"), "{said}");
        assert!(!said.contains("(200)") && !err.is_retryable(), "{said}");
    }
}
