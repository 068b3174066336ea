//! Consent-checked key release, the access log, and crypto-shredding.
//!
//! Every route is signed by its caller ([`auth`]: EIP-712 in the `Authorization` header, nonce
//! spent once), and the signature is checked before anything is looked up, so an unsigned or
//! wrongly signed caller learns nothing of which records exist. Whoever is not a record's party
//! gets the same 404 for it as for a record that does not exist.
//!
//! - `GET /v1/records/{id}`: how far a submission is, for the record's patient and author.
//! - `POST /v1/keys/release`: a reader proves who they are ([`auth::ReleaseKey`]); the
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
    ApiContext, JsonBody,
    auth::{self, Auth},
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

/// The relayer's number of a record as the signed structs carry it (`uint64`); a negative one
/// names no record.
fn record_number(id: i64) -> Result<u64> {
    u64::try_from(id).map_err(|_| ApiError::BadRequest(format!("record number {id} is negative")))
}

/// The answer about record `id` to whoever is not one of its parties, the same as for a record
/// that does not exist: numbers are sequential, so anything else would list them. A reader who
/// `claimed` a right (showed grants or a break-glass salt) is told that what was shown does not
/// cover it — a revoked or expired grant reads so — in the same words whether or not the record
/// exists.
fn no_record(id: i64, claimed: bool) -> ApiError {
    ApiError::NotFound(match claimed {
        false => format!("no record {id} of yours"),
        true => format!(
            "no record {id} of yours, nor one that what you showed covers: a grant revoked, \
             expired or for another record, or an emergency window closed, gives no access"
        ),
    })
}

/// `GET /v1/records/{id}`: how far a submission is (its number and state), for the record's
/// author (its submitter, who polls it) and its patient (or her successor). Anyone else gets the
/// 404 of a missing record: the numbers are sequential, and which exist and when they were
/// filed is itself about patients.
pub async fn record_status(
    State(ctx): State<ApiContext>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<medvault_primitives::api::records::RecordStatus>> {
    let signed = auth::RecordStatusRequest {
        id: record_number(id)?,
        nonce: auth.0.nonce,
        expires: auth.0.expires,
    };
    let signer = auth::signer(&ctx, &auth, &signed)?;
    let store = ctx.store.clone();
    let (view, rec) = tokio::task::spawn_blocking(move || store.view(id))
        .await??
        .ok_or_else(|| no_record(id, false))?;
    if signer != rec.author && !is_patient(&ctx, signer, &rec).await? {
        return Err(no_record(id, false));
    }
    auth::spend(&ctx, signer, &auth).await?;
    Ok(Json(medvault_primitives::api::records::RecordStatus {
        id: view.id,
        status: view.state.to_string(),
    }))
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
    auth: Auth,
    Path(patient): Path<Address>,
    Query(AccessLogQuery {}): Query<AccessLogQuery>,
) -> Result<Json<PatientRecordsResponse>> {
    let signed = auth::ListRecords { patient, nonce: auth.0.nonce, expires: auth.0.expires };
    auth::check_patient(&ctx, &auth, &signed, patient).await?;
    let store = ctx.store.clone();
    let records = tokio::task::spawn_blocking(move || store.records_of(patient)).await??;
    Ok(Json(PatientRecordsResponse { patient, records }))
}

/// `POST /v1/patients/{address}/emergency-records`: the patient's emergency-category records (every
/// version), to a provider who shows the salt of its own open break-glass window on her — what
/// it needs to ask for their keys. Nothing else of hers is listed.
pub async fn emergency_records(
    State(ctx): State<ApiContext>,
    auth: Auth,
    Path(patient): Path<Address>,
    JsonBody(req): JsonBody<EmergencyRecordsRequest>,
) -> Result<Json<PatientRecordsResponse>> {
    let signed =
        auth::ListEmergencyRecords { patient, nonce: auth.0.nonce, expires: auth.0.expires };
    auth::check(&ctx, &auth, &signed, req.reader).await?;
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
    auth: Auth,
    JsonBody(req): JsonBody<ReleaseRequest>,
) -> Result<Response> {
    let signed = auth::ReleaseKey {
        recordId: req.record_id,
        version: req.version,
        nonce: auth.0.nonce,
        expires: auth.0.expires,
    };
    auth::check(&ctx, &auth, &signed, req.reader).await?;
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
/// break-glass window); to anyone else the 404 of a missing record. A refusal of a reader who
/// showed grants or a salt is written to the patient's access log; a view granted is not (only a
/// key release reads a record), nor is a bare ask (the SDK asks without grants first, as the
/// patient or author).
pub async fn view(
    State(ctx): State<ApiContext>,
    auth: Auth,
    Path(id): Path<i64>,
    JsonBody(req): JsonBody<RecordViewRequest>,
) -> Result<Json<RecordResponse>> {
    let signed =
        auth::ViewRecord { id: record_number(id)?, nonce: auth.0.nonce, expires: auth.0.expires };
    auth::check(&ctx, &auth, &signed, req.reader).await?;
    let claimed = !req.consents.is_empty() || req.emergency_salt.is_some();
    let store = ctx.store.clone();
    let (view, rec) = tokio::task::spawn_blocking(move || store.view(id))
        .await??
        .ok_or_else(|| no_record(id, claimed))?;
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
        // The same answer as for a missing record: to a stranger, numbers name nothing.
        return Err(no_record(id, claimed));
    }
    Ok(Json(crate::http::record_response(view)))
}

/// `POST /v1/records/{id}/keys`.
pub async fn add_key(
    State(ctx): State<ApiContext>,
    auth: Auth,
    Path(record_id): Path<B256>,
    JsonBody(req): JsonBody<AddKeyRequest>,
) -> Result<Response> {
    let signed = auth::AddKey {
        recordId: record_id,
        version: req.version,
        grantee: req.grantee,
        keyHash: keccak256(&req.wrapped_key),
        nonce: auth.0.nonce,
        expires: auth.0.expires,
    };
    // Who signed, before the record is looked up: to anyone but its patient a record that
    // exists answers as one that does not.
    let signer = auth::signer(&ctx, &auth, &signed)?;
    let hidden = || {
        ApiError::NotFound(format!(
            "{signer} is not the patient of a record {record_id} version {} the relayer holds",
            req.version
        ))
    };
    let rec = record_of(&ctx, record_id, req.version).await.map_err(|_| hidden())?;
    if !is_patient(&ctx, signer, &rec).await? {
        return Err(hidden());
    }
    auth::spend(&ctx, signer, &auth).await?;
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
    auth: Auth,
    Path(record_id): Path<B256>,
    JsonBody(req): JsonBody<DeleteKeysRequest>,
) -> Result<Response> {
    // `dropOwn` is signed, so an order to keep her own keys cannot be replayed as one to drop
    // them.
    let signed = auth::DeleteKeys {
        recordId: record_id,
        dropOwn: req.drop_own,
        nonce: auth.0.nonce,
        expires: auth.0.expires,
    };
    let signer = auth::signer(&ctx, &auth, &signed)?;
    let hidden = || {
        ApiError::NotFound(format!(
            "{signer} is not the patient of a record {record_id} the relayer holds"
        ))
    };
    let store = ctx.store.clone();
    let patient = tokio::task::spawn_blocking(move || store.patient_of(record_id))
        .await??
        .ok_or_else(hidden)?;
    if signer != patient && ctx.chain.identity_of(patient).await.map_err(ApiError::Chain)? != signer
    {
        return Err(hidden());
    }
    auth::spend(&ctx, signer, &auth).await?;
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
    auth: Auth,
    Path(patient): Path<Address>,
    Query(AccessLogQuery {}): Query<AccessLogQuery>,
) -> Result<Json<AccessLogResponse>> {
    let signed = auth::ReadAccessLog { patient, nonce: auth.0.nonce, expires: auth.0.expires };
    auth::check_patient(&ctx, &auth, &signed, patient).await?;
    let store = ctx.store.clone();
    let receipts = tokio::task::spawn_blocking(move || store.receipts(patient)).await??;
    Ok(Json(AccessLogResponse {
        patient,
        receipts: receipts.into_iter().map(ReceiptView::from).collect(),
    }))
}
