//! Consent-checked key release, the access log, and crypto-shredding.
//!
//! - `POST /v1/keys/release`: a reader proves who they are ([`auth::release_message`]); the
//!   relayer decides (the patient and the author always; anyone else only if
//!   `ConsentManager.hasAccess(patient, reader, record, category, READ)` holds now), writes a
//!   receipt signed with the relayer key, and only then answers with the wrapped key (or 403/410,
//!   the refusal logged too).
//! - `POST /v1/records/{id}/keys`: the patient hands over a wrapped key for a grantee.
//! - `DELETE /v1/records/{id}/keys`: the patient deletes every wrapped key but their own (and
//!   their own too, if they ask: `dropOwn`).
//! - `GET /v1/patients/{address}/access-log`: the patient reads the receipts about them, with the
//!   anchored root, block and inclusion proof of each.

use alloy::{
    primitives::{Address, B256, Bytes, keccak256},
    signers::SignerSync,
    sol,
    sol_types::SolValue,
};
use axum::{
    Json,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
pub use medvault_primitives::api::{
    keynode::MAX_CONSENTS,
    keys::{
        AccessLogQuery, AccessLogResponse, AddKeyRequest, AnchorView, DeleteKeysRequest,
        ReceiptRef, ReceiptView, ReleaseRequest, ReleaseResponse,
    },
    records::{
        EmergencyRecordsRequest, PatientRecord, PatientRecordsResponse, RecordResponse,
        RecordViewRequest,
    },
};
use medvault_primitives::consent::{self, ConsentGrant, Liveness, Shown, Standing};

use medvault_primitives::eip712::consent_domain;

use super::{
    ApiContext, JsonBody, auth,
    error::{ApiError, Result},
    store::{KeyRecord, NewReceipt, Receipt, recipient_of},
};

sol! {
    /// A key-release receipt as hashed into the access log (leaf = keccak256(keccak256(abi.encode(receipt)))).
    struct AccessReceipt {
        address reader;
        address patient;
        bytes32 recordId;
        uint32 version;
        uint64 time;
        bool granted;
        bytes32 reasonHash;
    }
}

/// The leaf of a receipt, as anchored.
pub fn receipt_leaf(r: &NewReceipt) -> B256 {
    let receipt = AccessReceipt {
        reader: r.reader,
        patient: r.patient,
        recordId: r.record_id,
        version: r.version,
        time: r.time_secs,
        granted: r.granted,
        reasonHash: keccak256(r.reason.as_bytes()),
    };
    keccak256(keccak256(receipt.abi_encode()))
}

impl From<Receipt> for ReceiptView {
    fn from(r: Receipt) -> Self {
        let anchor = r.batch.map(|b| AnchorView {
            root: b.root,
            manifest: b.manifest,
            count: b.count,
            state: b.state.to_string(),
            tx_hash: b.tx_hash,
            block_number: b.block_number,
            leaf_index: r.leaf_index,
            proof: r.proof.clone(),
        });
        Self {
            id: r.id,
            reader: r.receipt.reader,
            record_id: r.receipt.record_id,
            version: r.receipt.version,
            time: r.receipt.time_secs,
            granted: r.receipt.granted,
            reason: r.receipt.reason,
            leaf: r.receipt.leaf,
            signature: Bytes::from(r.receipt.signature),
            anchor,
            request: None,
        }
    }
}

async fn record_of(ctx: &ApiContext, record_id: B256, version: u32) -> Result<KeyRecord> {
    let store = ctx.store.clone();
    tokio::task::spawn_blocking(move || store.record(record_id, version)).await??.ok_or_else(|| {
        ApiError::NotFound(format!("the relayer holds no record {record_id} version {version}"))
    })
}

/// Signs and stores a receipt; returns its reference.
async fn write_receipt(ctx: &ApiContext, mut receipt: NewReceipt) -> Result<ReceiptRef> {
    receipt.leaf = receipt_leaf(&receipt);
    let sig = ctx
        .signer
        .sign_hash_sync(&receipt.leaf)
        .map_err(|e| ApiError::Internal(format!("signing a receipt: {e}")))?;
    receipt.signature = sig.as_bytes().to_vec();
    let store = ctx.store.clone();
    let leaf = receipt.leaf;
    let signature = Bytes::from(receipt.signature.clone());
    let id = tokio::task::spawn_blocking(move || store.log(&receipt)).await??;
    ctx.metrics.count("access_log_receipts");
    Ok(ReceiptRef { id, leaf, signature })
}

/// A refused read is logged once per reader, record version and reason in
/// [`REFUSAL_WINDOW_SECS`] while nothing else is decided for them on it (asked again, the reader
/// gets the first receipt: the log says that they tried, and a loop of refused requests writes
/// nothing more; a refusal after a release is written), and at most
/// [`MAX_REFUSALS_PER_DAY`] refusals about one patient a day are logged: past that a refused
/// request is answered 429 and writes nothing, so fresh keys cannot flood her access log (nor
/// the relayer's anchoring) with refusals.
async fn write_refusal(ctx: &ApiContext, receipt: NewReceipt) -> Result<ReceiptRef> {
    let store = ctx.store.clone();
    let now = receipt.time_secs;
    let (receipt, earlier, today) = tokio::task::spawn_blocking(move || {
        let earlier = store.repeated_refusal(&receipt, now.saturating_sub(REFUSAL_WINDOW_SECS))?;
        let today = store.refusals_since(receipt.patient, now.saturating_sub(86_400))?;
        Ok::<_, rusqlite::Error>((receipt, earlier, today))
    })
    .await??;
    if let Some((id, leaf, signature)) = earlier {
        return Ok(ReceiptRef { id, leaf, signature: Bytes::from(signature) });
    }
    if today >= MAX_REFUSALS_PER_DAY {
        ctx.metrics.count("refusals_not_logged");
        return Err(ApiError::TooManyRequests(format!(
            "too many refused reads of this patient's records in the last day; {} has no \
             consent to read this record (nothing was logged)",
            receipt.reader
        )));
    }
    write_receipt(ctx, receipt).await
}

/// A refused read repeated within this many seconds is not logged again.
pub const REFUSAL_WINDOW_SECS: u64 = 3_600;

/// Most refusals about one patient logged in a day.
pub const MAX_REFUSALS_PER_DAY: u64 = 200;

/// `GET /v1/patients/{address}/records`: the records filed for a patient, for that patient only
/// (which records exist and when is itself about the patient's health).
pub async fn patient_records(
    State(ctx): State<ApiContext>,
    Path(patient): Path<Address>,
    Query(q): Query<AccessLogQuery>,
) -> Result<Json<PatientRecordsResponse>> {
    let msg = auth::records_message(patient, q.timestamp);
    auth::check_patient(&*ctx.chain, &msg, &q.signature, patient, q.timestamp).await?;
    let store = ctx.store.clone();
    let records = tokio::task::spawn_blocking(move || store.records_of(patient)).await??;
    Ok(Json(PatientRecordsResponse { patient, records }))
}

/// `POST /v1/patients/{address}/emergency-records`: the patient's emergency-category records (every
/// version), to a provider who shows the salt of its own open break-glass window on her — what
/// it needs to ask for their keys. Nothing else of hers is listed.
pub async fn emergency_records(
    State(ctx): State<ApiContext>,
    Path(patient): Path<Address>,
    JsonBody(req): JsonBody<EmergencyRecordsRequest>,
) -> Result<Json<PatientRecordsResponse>> {
    let msg = medvault_primitives::messages::emergency_records_message(
        patient,
        req.reader,
        req.timestamp,
    );
    auth::check(&msg, &req.signature, req.reader, req.timestamp)?;
    let tag = consent::emergency_tag(patient, req.salt);
    if !ctx.chain.in_emergency(tag, req.reader).await.map_err(ApiError::Chain)? {
        return Err(ApiError::Forbidden(format!(
            "{} has no open break-glass window on this patient with that salt (break glass \
             first; a window lasts at most a day, and a dispute ends it)",
            req.reader
        )));
    }
    let store = ctx.store.clone();
    let records = tokio::task::spawn_blocking(move || store.records_of(patient)).await??;
    let records =
        records.into_iter().filter(|r| r.category == consent::EMERGENCY_CATEGORY).collect();
    Ok(Json(PatientRecordsResponse { patient, records }))
}

/// `POST /v1/keys/release`.
pub async fn release(
    State(ctx): State<ApiContext>,
    JsonBody(req): JsonBody<ReleaseRequest>,
) -> Result<Response> {
    let msg = auth::release_message(req.record_id, req.version, req.reader, req.timestamp);
    auth::check(&msg, &req.signature, req.reader, req.timestamp)?;
    let rec = record_of(&ctx, req.record_id, req.version).await?;
    let reader_keys = ctx.chain.encryption_keys(req.reader).await.map_err(ApiError::Chain)?;
    let store = ctx.store.clone();
    let key = tokio::task::spawn_blocking(move || {
        store.wrapped_key(req.record_id, req.version, req.reader, &reader_keys)
    })
    .await??;
    // Decide. The patient needs no grant; after shredding nobody else holds a key; the author
    // needs none either; everyone else needs a live one.
    let decision: std::result::Result<&str, (ApiError, String)> =
        if is_patient(&ctx, req.reader, &rec).await? {
            Ok("patient")
        } else if rec.shredded && key.is_none() {
            Err((
                ApiError::Gone("the patient deleted this record's keys".into()),
                "shredded".into(),
            ))
        } else if req.reader == rec.author {
            Ok("author")
        } else if let Some(basis) =
            consent_basis(&ctx, req.reader, req.record_id, &rec, &req.consents, req.emergency_salt)
                .await?
        {
            Ok(basis)
        } else {
            Err((
                ApiError::Forbidden(format!(
                    "{} has no live READ consent from the patient for this record",
                    req.reader
                )),
                "no consent".into(),
            ))
        };
    // A reader with consent but no wrap of their own gets the committee wrap: the key nodes
    // release shares of it after their own checks.
    let store = ctx.store.clone();
    let committee_wrap =
        tokio::task::spawn_blocking(move || store.committee_wrap(req.record_id, req.version))
            .await??;
    let decision = match (decision, &key, &committee_wrap) {
        (Ok(_), None, None) => Err((
            ApiError::NotFound(format!("no wrapped key for {} on this record version", req.reader)),
            "no wrapped key".into(),
        )),
        (d, _, _) => d,
    };
    let receipt = NewReceipt {
        patient: rec.patient,
        reader: req.reader,
        record_id: req.record_id,
        version: req.version,
        time_secs: auth::now_secs(),
        granted: decision.is_ok(),
        reason: match &decision {
            Ok(basis) => (*basis).to_string(),
            Err((_, reason)) => reason.clone(),
        },
        leaf: B256::ZERO,
        signature: Vec::new(),
    };
    let receipt = match &decision {
        Ok(_) => write_receipt(&ctx, receipt).await?,
        Err(_) => write_refusal(&ctx, receipt).await?,
    };
    match decision {
        Ok(basis) => {
            ctx.metrics.count("key_releases");
            tracing::info!(reader = %req.reader, record = %req.record_id, basis, "key released");
            Ok(Json(ReleaseResponse {
                wrapped_key: Bytes::from(key.unwrap_or_default()),
                patient: rec.patient,
                committee_wrap: Bytes::from(committee_wrap.unwrap_or_default()),
                basis: basis.to_string(),
                receipt,
            })
            .into_response())
        }
        Err((e, _)) => {
            ctx.metrics.count("key_refusals");
            tracing::info!(reader = %req.reader, record = %req.record_id, reason = %e, "key refused");
            Err(e)
        }
    }
}

/// Whether `reader` is the record's patient: her account, or the account her identity was
/// recovered to by her guardians (`AccountRegistry.identityOf`).
async fn is_patient(ctx: &ApiContext, reader: Address, rec: &KeyRecord) -> Result<bool> {
    Ok(reader == rec.patient
        || ctx.chain.identity_of(rec.patient).await.map_err(ApiError::Chain)? == reader)
}

/// Whether a reader who is neither the patient nor the author may read: one of the grants shown
/// names the reader, the patient and the record or its category, is delegated by the patient, and
/// is live on-chain (`consent`); or the record is in the emergency category and the reader has an
/// open break-glass window on the patient (`emergency`).
async fn consent_basis(
    ctx: &ApiContext,
    reader: Address,
    record_id: B256,
    rec: &KeyRecord,
    consents: &[ConsentGrant],
    emergency_salt: Option<B256>,
) -> Result<Option<&'static str>> {
    if consents.len() > MAX_CONSENTS {
        return Err(ApiError::BadRequest(format!("at most {MAX_CONSENTS} grants per request")));
    }
    let domain = consent_domain(ctx.config.chain_id, ctx.config.consent);
    let shown = Shown {
        reader,
        patient: rec.patient,
        record_id,
        category: rec.category,
        consents,
        emergency_salt,
    };
    let live = |controller, grant_id| async move {
        let live = ctx.chain.consent_live(controller, grant_id).await.map_err(ApiError::Chain)?;
        Ok(if live { Liveness::Live } else { Liveness::NotLive })
    };
    let in_emergency =
        |tag| async move { ctx.chain.in_emergency(tag, reader).await.map_err(ApiError::Chain) };
    Ok(match consent::decide(&shown, &domain, live, in_emergency).await? {
        Standing::Consent => Some("consent"),
        Standing::Emergency => Some("emergency"),
        Standing::Refused(_) => None,
    })
}

/// `POST /v1/records/{id}/view`: a record's fields, location and proof, to whom the release rule
/// would give its key (the patient, the author, a reader showing a live grant or an open
/// break-glass window); 403 to anyone else. A refusal of a reader who showed grants or a salt is
/// written to the patient's access log; a view granted is not (only a key release reads a
/// record), nor is a bare ask (the SDK asks without grants first, as the patient or author).
pub async fn view(
    State(ctx): State<ApiContext>,
    Path(id): Path<i64>,
    JsonBody(req): JsonBody<RecordViewRequest>,
) -> Result<Json<RecordResponse>> {
    let msg = auth::record_view_message(id, req.reader, req.timestamp);
    auth::check(&msg, &req.signature, req.reader, req.timestamp)?;
    let store = ctx.store.clone();
    let (view, rec) = tokio::task::spawn_blocking(move || store.view(id))
        .await??
        .ok_or_else(|| ApiError::NotFound(format!("no record {id}")))?;
    let allowed = req.reader == rec.author
        || is_patient(&ctx, req.reader, &rec).await?
        || consent_basis(
            &ctx,
            req.reader,
            view.leaf.record_id.0,
            &rec,
            &req.consents,
            req.emergency_salt,
        )
        .await?
        .is_some();
    let claimed = !req.consents.is_empty() || req.emergency_salt.is_some();
    if !allowed && claimed {
        // A reader who showed grants or a break-glass salt and is refused is in the patient's
        // access log, as a refused key release is: someone claimed a right to her record.
        let receipt = NewReceipt {
            patient: rec.patient,
            reader: req.reader,
            record_id: view.leaf.record_id.0,
            version: view.leaf.version.0,
            time_secs: auth::now_secs(),
            granted: false,
            reason: "no consent".into(),
            leaf: B256::ZERO,
            signature: Vec::new(),
        };
        write_receipt(&ctx, receipt).await?;
    }
    if !allowed {
        let shown = if claimed { "none of what it showed is live" } else { "it showed no grant" };
        return Err(ApiError::Forbidden(format!(
            "{} has no live READ consent from the patient for record {id} ({shown})",
            req.reader
        )));
    }
    Ok(Json(crate::http::record_response(view)))
}

/// `POST /v1/records/{id}/keys`.
pub async fn add_key(
    State(ctx): State<ApiContext>,
    Path(record_id): Path<B256>,
    JsonBody(req): JsonBody<AddKeyRequest>,
) -> Result<Response> {
    let key_hash = keccak256(&req.wrapped_key);
    let rec = record_of(&ctx, record_id, req.version).await?;
    let msg = auth::add_key_message(record_id, req.version, req.grantee, key_hash, req.timestamp);
    auth::check(&msg, &req.signature, rec.patient, req.timestamp)?;
    match recipient_of(&req.wrapped_key) {
        Some(r) => {
            let keys = ctx.chain.encryption_keys(req.grantee).await.map_err(ApiError::Chain)?;
            if keys.last() != Some(&r) {
                return Err(ApiError::BadRequest(format!(
                    "the wrapped key is addressed to {r}, not to the grantee {}'s registered encryption key",
                    req.grantee
                )));
            }
        }
        None => {
            return Err(ApiError::BadRequest(
                "malformed wrapped key (expected 118 bytes, MVK version 1)".into(),
            ));
        }
    }
    let store = ctx.store.clone();
    let wrapped = req.wrapped_key.to_vec();
    let added = tokio::task::spawn_blocking(move || {
        store.add_key(record_id, req.version, req.grantee, &wrapped)
    })
    .await??;
    if !added {
        return Err(ApiError::Conflict(format!(
            "record {record_id} version {} already holds {} added keys: grant access on-chain \
             instead, and the key committee releases the key",
            req.version,
            super::store::MAX_ADDED_KEYS
        )));
    }
    Ok((
        StatusCode::CREATED,
        Json(serde_json::json!({
            "recordId": record_id, "version": req.version, "grantee": req.grantee
        })),
    )
        .into_response())
}

/// `DELETE /v1/records/{id}/keys`.
pub async fn delete_keys(
    State(ctx): State<ApiContext>,
    Path(record_id): Path<B256>,
    JsonBody(req): JsonBody<DeleteKeysRequest>,
) -> Result<Response> {
    let store = ctx.store.clone();
    let patient = tokio::task::spawn_blocking(move || store.patient_of(record_id))
        .await??
        .ok_or_else(|| ApiError::NotFound(format!("the relayer holds no record {record_id}")))?;
    // Dropping her own keys too is a different text, so a signed order to keep them cannot be
    // replayed as one to drop them.
    let msg = if req.drop_own {
        auth::delete_all_keys_message(record_id, req.timestamp)
    } else {
        auth::delete_keys_message(record_id, req.timestamp)
    };
    auth::check(&msg, &req.signature, patient, req.timestamp)?;
    let keep = if req.drop_own {
        Vec::new()
    } else {
        ctx.chain.encryption_keys(patient).await.map_err(ApiError::Chain)?
    };
    let store = ctx.store.clone();
    let deleted = tokio::task::spawn_blocking(move || {
        store.shred(record_id, (!req.drop_own).then_some(patient), &keep)
    })
    .await??;
    tracing::info!(record = %record_id, deleted, drop_own = req.drop_own, "record keys shredded");
    Ok(Json(serde_json::json!({
        "recordId": record_id, "deleted": deleted, "droppedOwn": req.drop_own
    }))
    .into_response())
}

/// `GET /v1/patients/{address}/access-log`.
pub async fn access_log(
    State(ctx): State<ApiContext>,
    Path(patient): Path<Address>,
    Query(q): Query<AccessLogQuery>,
) -> Result<Json<AccessLogResponse>> {
    let msg = auth::access_log_message(patient, q.timestamp);
    auth::check_patient(&*ctx.chain, &msg, &q.signature, patient, q.timestamp).await?;
    let store = ctx.store.clone();
    let receipts = tokio::task::spawn_blocking(move || store.receipts(patient)).await??;
    Ok(Json(AccessLogResponse {
        patient,
        receipts: receipts.into_iter().map(ReceiptView::from).collect(),
    }))
}
