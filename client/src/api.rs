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
//! The key and access-log routes authenticate the caller by an EIP-191 (`personal_sign`) text
//! naming the action, its arguments and a Unix timestamp ([`release_message`] and the others); the
//! relayer accepts it within five minutes of its clock.
//!
//! A route the relayer does not serve (404 or 405 on a route that takes no id) is
//! [`ApiError::NotAvailable`], so a caller can say what to do instead.

use std::time::Duration;

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
    messages::{
        access_log_message, add_key_message, delete_all_keys_message, delete_keys_message,
        deliveries_message, record_view_message, records_message, release_message,
    },
};
use serde::{Serialize, de::DeserializeOwned};

use crate::time::{Instant, sleep, unix_now};

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
    /// The request could not be signed.
    #[error("cannot sign the request: {0}")]
    Sign(String),
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
            Self::NotAvailable { .. } | Self::Failed(_) | Self::Sign(_) => false,
        }
    }
}

/// Result alias for [`ApiError`].
pub type Result<T, E = ApiError> = std::result::Result<T, E>;

async fn personal_sign(signer: &(impl Signer + Sync + ?Sized), message: &str) -> Result<Bytes> {
    signer
        .sign_message(message.as_bytes())
        .await
        .map(|s| Bytes::from(s.as_bytes().to_vec()))
        .map_err(|e| ApiError::Sign(e.to_string()))
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
        Self { base: base.into().trim_end_matches('/').to_string(), http: crate::http::client() }
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

    /// `GET /v1/records/{id}`: how far a record is (its state only; anyone may ask).
    pub async fn record(&self, id: i64) -> Result<RecordStatus> {
        let response = self.send(self.http.get(self.url(&format!("/v1/records/{id}")))).await?;
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
        let timestamp = unix_now();
        let reader = signer.address();
        let signature = personal_sign(signer, &record_view_message(id, reader, timestamp)).await?;
        let body = RecordViewRequest {
            reader,
            timestamp,
            signature,
            consents: consents.to_vec(),
            emergency_salt,
        };
        let route = format!("/v1/records/{id}/view");
        let response = self.send(self.http.post(self.url(&route)).json(&body)).await?;
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
            let record = self.record(id).await?;
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
    /// most `timeout`; a failed submission is [`ApiError::Refused`] with the relayer's reason.
    pub async fn wait_relayed(&self, key: B256, timeout: Duration) -> Result<RelayStatus> {
        let start = Instant::now();
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
        let timestamp = unix_now();
        let reader = signer.address();
        let signature =
            personal_sign(signer, &release_message(record, version, reader, timestamp)).await?;
        let body = ReleaseRequest {
            record_id: record,
            version,
            reader,
            timestamp,
            signature,
            consents: consents.to_vec(),
            emergency_salt,
        };
        let response = self.send(self.http.post(self.url("/v1/keys/release")).json(&body)).await?;
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
        let timestamp = unix_now();
        let message = add_key_message(record, version, grantee, keccak256(&wrapped_key), timestamp);
        let signature = personal_sign(signer, &message).await?;
        let body = AddKeyRequest { version, grantee, wrapped_key, timestamp, signature };
        let response = self
            .send(self.http.post(self.url(&format!("/v1/records/{record:#x}/keys"))).json(&body))
            .await?;
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
        let timestamp = unix_now();
        let message = if drop_own {
            delete_all_keys_message(record, timestamp)
        } else {
            delete_keys_message(record, timestamp)
        };
        let signature = personal_sign(signer, &message).await?;
        let body = DeleteKeysRequest { timestamp, signature, drop_own };
        let response = self
            .send(self.http.delete(self.url(&format!("/v1/records/{record:#x}/keys"))).json(&body))
            .await?;
        self.parse(response, Some("DELETE /v1/records/{id}/keys")).await
    }

    /// `GET /v1/patients/{address}/access-log`: the key-release receipts about `signer`'s records.
    pub async fn access_log(
        &self,
        signer: &(impl Signer + Sync + ?Sized),
    ) -> Result<AccessLogResponse> {
        self.patient_get(
            signer,
            "access-log",
            access_log_message,
            "GET /v1/patients/{address}/access-log",
        )
        .await
    }

    /// `GET /v1/patients/{address}/records`: the records filed for `signer`.
    pub async fn patient_records(
        &self,
        signer: &(impl Signer + Sync + ?Sized),
    ) -> Result<PatientRecordsResponse> {
        self.patient_get(signer, "records", records_message, "GET /v1/patients/{address}/records")
            .await
    }

    /// `POST /v1/patients/{patient}/emergency-records`: the patient's emergency-category records,
    /// for a provider (`signer`) with an open break-glass window on her whose tag's salt is `salt`.
    pub async fn emergency_records(
        &self,
        signer: &(impl Signer + Sync + ?Sized),
        patient: Address,
        salt: B256,
    ) -> Result<PatientRecordsResponse> {
        let timestamp = unix_now();
        let message = medvault_primitives::messages::emergency_records_message(
            patient,
            signer.address(),
            timestamp,
        );
        let signature = personal_sign(signer, &message).await?;
        let body = medvault_primitives::api::records::EmergencyRecordsRequest {
            reader: signer.address(),
            salt,
            timestamp,
            signature,
        };
        let response = self
            .send(
                self.http
                    .post(self.url(&format!("/v1/patients/{patient}/emergency-records")))
                    .json(&body),
            )
            .await?;
        self.parse(response, Some("POST /v1/patients/{address}/emergency-records")).await
    }

    /// `GET /v1/patients/{address}/records` for `patient`, signed by `signer`: the patient, or
    /// the account her identity was recovered to (the records of the old account are hers).
    pub async fn patient_records_of(
        &self,
        signer: &(impl Signer + Sync + ?Sized),
        patient: Address,
    ) -> Result<PatientRecordsResponse> {
        self.patient_get_of(
            signer,
            patient,
            "records",
            records_message,
            "GET /v1/patients/{address}/records",
        )
        .await
    }

    /// `GET /v1/patients/{address}/access-log` for `patient`, signed by `signer` (the patient or
    /// her successor after a recovery).
    pub async fn access_log_of(
        &self,
        signer: &(impl Signer + Sync + ?Sized),
        patient: Address,
    ) -> Result<AccessLogResponse> {
        self.patient_get_of(
            signer,
            patient,
            "access-log",
            access_log_message,
            "GET /v1/patients/{address}/access-log",
        )
        .await
    }

    /// `GET /v1/patients/{address}/{what}`, signed by the patient over `message(address, now)`.
    async fn patient_get<T: DeserializeOwned>(
        &self,
        signer: &(impl Signer + Sync + ?Sized),
        what: &str,
        message: fn(Address, u64) -> String,
        route: &'static str,
    ) -> Result<T> {
        self.patient_get_of(signer, signer.address(), what, message, route).await
    }

    /// `GET /v1/patients/{patient}/{what}`, signed by `signer` over `message(patient, now)`.
    async fn patient_get_of<T: DeserializeOwned>(
        &self,
        signer: &(impl Signer + Sync + ?Sized),
        patient: Address,
        what: &str,
        message: fn(Address, u64) -> String,
        route: &'static str,
    ) -> Result<T> {
        let timestamp = unix_now();
        let signature = personal_sign(signer, &message(patient, timestamp)).await?;
        let url = format!(
            "{}?timestamp={timestamp}&signature={signature}",
            self.url(&format!("/v1/patients/{patient:#x}/{what}"))
        );
        let response = self.send(self.http.get(url)).await?;
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
    /// for by `signer` (the request's researcher) with a signed [`deliveries_message`].
    pub async fn released_deliveries(
        &self,
        signer: &(impl Signer + Sync + ?Sized),
        request: U256,
    ) -> Result<Vec<DeliveryView>> {
        let timestamp = unix_now();
        let signature = personal_sign(signer, &deliveries_message(request, timestamp)).await?;
        let path = format!(
            "/v1/market/requests/{request}/deliveries?timestamp={timestamp}&signature={signature}"
        );
        self.get_json(&path).await
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

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use alloy::{
        primitives::{Signature, address, b256},
        signers::local::PrivateKeySigner,
    };
    use axum::{
        Json, Router,
        extract::{Path, Query, State},
        routing::{get, post},
    };
    use serde_json::{Value, json};

    use super::*;

    /// What the mock relayer saw: the recovered signer of each signed text.
    type Seen = Arc<Mutex<Vec<(String, Address)>>>;

    fn recover(message: &str, signature: &str) -> Address {
        let raw: Bytes = signature.parse().unwrap();
        Signature::try_from(raw.as_ref()).unwrap().recover_address_from_msg(message).unwrap()
    }

    async fn mock() -> (RelayerApi, Seen) {
        let seen: Seen = Arc::default();
        let app = Router::new()
            .route(
                "/v1/keys/release",
                post(|State(seen): State<Seen>, Json(b): Json<Value>| async move {
                    let record: B256 = b["recordId"].as_str().unwrap().parse().unwrap();
                    let reader: Address = b["reader"].as_str().unwrap().parse().unwrap();
                    let msg = release_message(
                        record,
                        b["version"].as_u64().unwrap() as u32,
                        reader,
                        b["timestamp"].as_u64().unwrap(),
                    );
                    let signer = recover(&msg, b["signature"].as_str().unwrap());
                    seen.lock().unwrap().push((msg, signer));
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
                    |State(seen): State<Seen>, Path(id): Path<B256>, Json(b): Json<Value>| async move {
                        let key: Bytes = b["wrappedKey"].as_str().unwrap().parse().unwrap();
                        let msg = add_key_message(
                            id,
                            b["version"].as_u64().unwrap() as u32,
                            b["grantee"].as_str().unwrap().parse().unwrap(),
                            keccak256(&key),
                            b["timestamp"].as_u64().unwrap(),
                        );
                        let signer = recover(&msg, b["signature"].as_str().unwrap());
                        seen.lock().unwrap().push((msg, signer));
                        Json(json!({"stored": true}))
                    },
                )
                .delete(
                    |State(seen): State<Seen>, Path(id): Path<B256>, Json(b): Json<Value>| async move {
                        let msg = delete_keys_message(id, b["timestamp"].as_u64().unwrap());
                        let signer = recover(&msg, b["signature"].as_str().unwrap());
                        seen.lock().unwrap().push((msg, signer));
                        Json(json!({"deleted": 2}))
                    },
                ),
            )
            .route(
                "/v1/patients/{address}/access-log",
                get(
                    |State(seen): State<Seen>,
                     Path(patient): Path<Address>,
                     Query(q): Query<std::collections::HashMap<String, String>>| async move {
                        let msg = access_log_message(patient, q["timestamp"].parse().unwrap());
                        let signer = recover(&msg, &q["signature"]);
                        seen.lock().unwrap().push((msg, signer));
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

    #[test]
    fn texts_are_the_documented_ones() {
        let record = b256!("00000000000000000000000000000000000000000000000000000000000000ab");
        let reader = address!("70997970C51812dc3A010C7d01b50e0d17dc79C8");
        assert_eq!(
            release_message(record, 3, reader, 1_790_000_000),
            "medvault: release key\nrecord: 0x00000000000000000000000000000000000000000000000000000000000000ab\nversion: 3\nreader: 0x70997970c51812dc3a010c7d01b50e0d17dc79c8\ntimestamp: 1790000000"
        );
        assert_eq!(
            access_log_message(reader, 5),
            "medvault: access log\npatient: 0x70997970c51812dc3a010c7d01b50e0d17dc79c8\ntimestamp: 5"
        );
        assert!(delete_keys_message(record, 5).starts_with("medvault: delete keys\nrecord: 0x00"));
    }

    #[tokio::test]
    async fn signed_requests_recover_to_the_caller() {
        let (api, seen) = mock().await;
        let signer = PrivateKeySigner::random();
        let record = b256!("1111111111111111111111111111111111111111111111111111111111111111");
        let released = api.release_key(&signer, record, 1, &[]).await.unwrap();
        assert_eq!(released.basis, "patient");
        assert_eq!(released.receipt.id, 7);
        let grantee = address!("70997970C51812dc3A010C7d01b50e0d17dc79C8");
        api.add_key(&signer, record, 1, grantee, Bytes::from_static(b"MVK")).await.unwrap();
        api.delete_keys(&signer, record, false).await.unwrap();
        api.access_log(&signer).await.unwrap();
        let seen = seen.lock().unwrap().clone();
        assert_eq!(seen.len(), 4);
        for (msg, who) in &seen {
            assert_eq!(*who, signer.address(), "{msg}");
        }
        // A route the relayer lacks is NotAvailable, so commands can say what to do instead.
        let err = api.relay_status(B256::ZERO).await.unwrap_err();
        assert!(matches!(err, ApiError::Refused { status: 404, .. }), "{err}");
        let err = api.relay_forward(&Default::default()).await.unwrap_err();
        assert!(matches!(err, ApiError::NotAvailable { .. }), "{err}");
    }
}
