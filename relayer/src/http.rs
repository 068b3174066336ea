//! The HTTP API. [`router`] builds it from an [`ApiState`]; later routes are added with
//! `router(state, limit).merge(more)` or by extending [`router`].
//!
//! | route                  | answer                                                         |
//! |------------------------|----------------------------------------------------------------|
//! | `POST /v1/records`     | 202 `{"records":[{"id","status","duplicate"}]}` once durable    |
//! | `GET /health`          | 200 `{"status":"ok","records":{state: count}}`                  |
//!
//! A record's status (`GET /v1/records/{id}`) is asked of the user API (`api::keys`), which
//! authenticates the caller.
//!
//! Errors are `{"error": reason, "retryable": bool}` with a 4xx for bad input (nothing written)
//! and a 5xx when a dependency failed. Bodies over the limit get 413.

pub use medvault_primitives::api::records::{
    AcceptedRecord, BatchResponse, RecordResponse, RecordStatus, SubmitResponse,
};
use std::{collections::BTreeMap, sync::Arc};

use axum::{
    Json, Router,
    extract::{DefaultBodyLimit, State, rejection::JsonRejection},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{get, post},
};
use serde::Serialize;

use super::{
    ingest::{IngestError, Pipeline, SubmitRequest},
    store::RecordStore,
};

/// What the handlers share.
#[derive(Clone)]
pub struct ApiState {
    /// Ingest.
    pub pipeline: Pipeline,
}

impl ApiState {
    fn store(&self) -> Arc<dyn RecordStore> {
        self.pipeline.store().clone()
    }
}

#[derive(Serialize)]
struct ErrorBody {
    error: String,
    retryable: bool,
}

fn error(status: StatusCode, msg: impl Into<String>, retryable: bool) -> Response {
    (status, Json(ErrorBody { error: msg.into(), retryable })).into_response()
}

/// What a caller is told of a failure inside the relayer (its database, its internals): a
/// reference, under which the whole error is logged. The error's own text names tables, paths and
/// queries, which are the operator's to read, not a caller's.
pub fn internal(e: &dyn std::fmt::Display) -> String {
    let reference = format!("{:016x}", rand::random::<u64>());
    tracing::error!(error = %e, %reference, "request failed inside the relayer");
    format!(
        "the relayer failed inside (reference {reference}); try again, and give its operator the reference if it persists"
    )
}

fn ingest_error(e: &IngestError) -> Response {
    let status = match e {
        IngestError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
        IngestError::BadSignature(_) => StatusCode::UNAUTHORIZED,
        IngestError::UnknownPatient(_)
        | IngestError::IneligibleAuthor(_)
        | IngestError::NoWriteConsent { .. } => StatusCode::FORBIDDEN,
        IngestError::Conflict(_) => StatusCode::CONFLICT,
        IngestError::Chain(_) | IngestError::Task(_) => StatusCode::SERVICE_UNAVAILABLE,
        IngestError::Store(_) => {
            return error(StatusCode::INTERNAL_SERVER_ERROR, internal(e), e.is_retryable());
        }
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    };
    error(status, e.to_string(), e.is_retryable())
}

/// The API router with a request body limit of `body_limit` bytes.
pub fn router(state: ApiState, body_limit: usize) -> Router {
    Router::new()
        .route("/v1/records", post(submit))
        .route("/health", get(health))
        .layer(DefaultBodyLimit::max(body_limit))
        .with_state(state)
}

async fn submit(
    State(state): State<ApiState>,
    body: Result<Json<SubmitRequest>, JsonRejection>,
) -> Response {
    let Json(req) = match body {
        Ok(b) => b,
        Err(rej) => return error(rej.status(), rej.body_text(), false),
    };
    match state.pipeline.submit(req).await {
        Ok(accepted) => {
            let records = accepted
                .into_iter()
                .map(|a| AcceptedRecord {
                    id: a.id,
                    status: a.state.to_string(),
                    duplicate: a.duplicate,
                })
                .collect();
            (StatusCode::ACCEPTED, Json(SubmitResponse { records })).into_response()
        }
        Err(e) => {
            if e.is_client_error() {
                tracing::debug!(error = %e, "submission refused");
            } else {
                tracing::warn!(error = %e, "submission failed");
            }
            ingest_error(&e)
        }
    }
}

/// A record's fields, location and proof, as `POST /v1/records/{id}/view` answers them.
pub fn record_response(v: crate::store::RecordView) -> RecordResponse {
    let confirmed = v.state == super::store::RecordState::Confirmed;
    RecordResponse {
        id: v.id,
        status: v.state.to_string(),
        patient_id: v.leaf.patient_id.0,
        record_id: v.leaf.record_id.0,
        version: v.leaf.version.0,
        previous: v.leaf.previous,
        category: v.leaf.category.0,
        author: v.leaf.author,
        ciphertext_hash: v.leaf.ciphertext_hash,
        leaf: v.leaf.hash(),
        cid: v.location.as_ref().map(|l| l.cid.clone()),
        offset: v.location.as_ref().map(|l| l.offset),
        length: v.location.as_ref().map(|l| l.length),
        batch: v.batch.map(|b| BatchResponse {
            id: b.id,
            root: b.root,
            manifest_cid: b.manifest_cid,
            manifest_hash: b.manifest_hash,
            tx_hash: b.tx_hash,
            block_number: b.block_number,
        }),
        leaf_index: v.leaf_index,
        proof: confirmed.then_some(v.proof),
    }
}

async fn health(State(state): State<ApiState>) -> Response {
    let store = state.store();
    match tokio::task::spawn_blocking(move || store.counts()).await {
        Ok(Ok(counts)) => {
            let records: BTreeMap<String, u64> =
                counts.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
            Json(serde_json::json!({ "status": "ok", "records": records })).into_response()
        }
        Ok(Err(e)) => error(StatusCode::SERVICE_UNAVAILABLE, e.to_string(), true),
        Err(e) => error(StatusCode::SERVICE_UNAVAILABLE, e.to_string(), true),
    }
}
