//! The node's HTTP API (JSON, CORS open: a web page may be a reader).
//!
//! - `GET /v1/info`: the node, its index, its keys, whether it serves.
//! - `POST /v1/shares`: a reader's signed key request; the node checks everything on its own
//!   against the chain, logs a signed receipt, and only then answers with its decryption share
//!   sealed to the reader.
//! - `POST /v1/shreds`: a patient's signed order to refuse one record of hers (every version) for
//!   good; kept durably before the answer, then every share of it is refused with a logged receipt.
//! - `POST /v1/revocations`: a patient's signed revocation, accepted by the relayer but not yet
//!   mined; the node refuses that grant from now on.
//! - `POST /v1/writes`: a certified provider asks for the node's attestation that it may write a
//!   record version about a patient (`RecordRegistry.anchorRecord` takes a threshold of them).
//! - `GET /v1/patients/{address}/access-log`: the patient's receipts at this node, with anchors.
//! - `GET /v1/dkg/round1`, `GET /v1/dkg/round2/{to}`: the key generation's messages.

use std::{collections::HashMap, sync::Arc};

use alloy::{
    primitives::{Address, B256, Bytes, Signature, keccak256},
    signers::SignerSync,
};
use axum::{
    Json, Router,
    extract::{Path, Query, State, rejection::JsonRejection},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use medvault_bindings::record_registry::IRecordRegistry;
use medvault_client::committee::{decryption_share, seal_share};
use medvault_primitives::{
    api::{
        ErrorBody,
        keynode::{
            Attestation, MAX_WRITE_ATTESTATION_SECS, NodeInfo, NodeReceipt, ReviewRequest,
            RevocationAccepted, SaleRequest, ShareRequest, ShareResponse, ShredRequest,
            ShredResponse, WriteRequest,
        },
        keys::{AccessLogQuery, AccessLogResponse, AnchorView, ReceiptView},
        relay::ConsentRelayRequest,
    },
    committee::{AccessReceipt, Shredded, bound_patient_id, keys_domain},
    consent::emergency_tag,
    eip712::{
        consent_change_digest, consent_domain, emergency_review_digest,
        emergency_review_request_digest, market_domain, records_domain, sale_attestation_digest,
        sale_digest, write_consent_digest,
    },
    merkle::MerkleTree,
    request_auth::{AuthError, ReadAccessLog, RequestAuth, keynode_domain},
    wrapped_key::WrappedKey,
};

use crate::{
    Decision, Node, Refusal,
    store::{NewReceipt, now_secs},
};

/// An error answer.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// 400.
    #[error("{0}")]
    BadRequest(String),
    /// 401.
    #[error("{0}")]
    Unauthorized(String),
    /// 403.
    #[error("{0}")]
    Forbidden(String),
    /// 404.
    #[error("{0}")]
    NotFound(String),
    /// 409.
    #[error("{0}")]
    Conflict(String),
    /// 429.
    #[error("{0}")]
    TooManyRequests(String),
    /// 503: the node cannot serve yet (key generation, committee not on-chain, chain down).
    #[error("{0}")]
    Unavailable(String),
    /// 500.
    #[error("{0}")]
    Internal(String),
}

impl From<rusqlite::Error> for ApiError {
    fn from(e: rusqlite::Error) -> Self {
        Self::Internal(format!("store: {e}"))
    }
}

impl From<crate::chain::ChainError> for ApiError {
    fn from(e: crate::chain::ChainError) -> Self {
        Self::Unavailable(format!("chain read failed: {e}"))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, retryable) = match &self {
            Self::BadRequest(_) => (StatusCode::BAD_REQUEST, false),
            Self::Unauthorized(_) => (StatusCode::UNAUTHORIZED, false),
            Self::Forbidden(_) => (StatusCode::FORBIDDEN, false),
            Self::NotFound(_) => (StatusCode::NOT_FOUND, true),
            Self::Conflict(_) => (StatusCode::CONFLICT, false),
            Self::TooManyRequests(_) => (StatusCode::TOO_MANY_REQUESTS, true),
            Self::Unavailable(_) => (StatusCode::SERVICE_UNAVAILABLE, true),
            Self::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, true),
        };
        // The node's own failures are logged whole under a reference; the caller gets the
        // reference only (the text names tables and paths, the operator's to read).
        let error = match &self {
            Self::Internal(_) => {
                let reference = format!("{:016x}", rand::random::<u64>());
                tracing::error!(error = %self, %reference, "request failed inside the key node");
                format!(
                    "the key node failed inside (reference {reference}); try again, and give its operator the reference if it persists"
                )
            }
            _ => self.to_string(),
        };
        (status, Json(ErrorBody { error, retryable })).into_response()
    }
}

type Result<T, E = ApiError> = std::result::Result<T, E>;

/// A JSON body whose rejection is a 400 with the reason.
pub struct JsonBody<T>(pub T);

impl<S: Send + Sync, T: serde::de::DeserializeOwned> axum::extract::FromRequest<S> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(req: axum::extract::Request, state: &S) -> Result<Self> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(Self(v)),
            Err(e) => Err(ApiError::BadRequest(match e {
                JsonRejection::JsonDataError(e) => format!("invalid body: {}", e.body_text()),
                other => other.body_text(),
            })),
        }
    }
}

/// The router.
pub fn router(node: Arc<Node>) -> Router {
    Router::new()
        .route("/v1/info", get(info))
        .route("/v1/shares", post(shares))
        .route("/v1/shreds", post(shreds))
        .route("/v1/revocations", post(revocations))
        .route("/v1/sales", post(sales))
        .route("/v1/emergency-reviews", post(emergency_reviews))
        .route("/v1/writes", post(writes))
        .route("/v1/patients/{address}/access-log", get(access_log))
        .route("/v1/dkg/round1", get(round1))
        .route("/v1/dkg/round2/{to}", get(round2))
        .layer(tower_http::cors::CorsLayer::permissive())
        .with_state(node)
}

async fn info(State(node): State<Arc<Node>>) -> Result<Json<NodeInfo>> {
    let key = node.key.read().await.clone();
    let ready = node.serving_committee().await.is_ok();
    Ok(Json(NodeInfo {
        node: node.signer.address(),
        index: node.index,
        members: node.members,
        threshold: node.threshold,
        group_key: key.as_ref().map(|k| Bytes::copy_from_slice(k.group.as_bytes())),
        verification_share: key.as_ref().map(|k| Bytes::copy_from_slice(k.verification.as_bytes())),
        ready,
    }))
}

async fn round1(State(node): State<Arc<Node>>) -> Result<Response> {
    match node.outbox.read().await.round1.clone() {
        Some(m) => Ok(Json(m).into_response()),
        None => Err(ApiError::NotFound("round 1 not published yet".into())),
    }
}

async fn round2(State(node): State<Arc<Node>>, Path(to): Path<u16>) -> Result<Response> {
    match node.outbox.read().await.round2.get(&to).cloned() {
        Some(m) => Ok(Json(m).into_response()),
        None => Err(ApiError::NotFound(format!("no round-2 package for node {to} yet"))),
    }
}

fn recover(signature: &Bytes, digest: &B256) -> Result<Address> {
    let sig = Signature::try_from(signature.as_ref())
        .map_err(|e| ApiError::Unauthorized(format!("malformed signature: {e}")))?;
    sig.recover_address_from_prehash(digest)
        .map_err(|e| ApiError::Unauthorized(format!("signature does not recover: {e}")))
}

/// `POST /v1/shares`.
async fn shares(
    State(node): State<Arc<Node>>,
    JsonBody(req): JsonBody<ShareRequest>,
) -> Result<Json<ShareResponse>> {
    let key = node.key.read().await.clone().ok_or_else(|| {
        ApiError::Unavailable("this node's key generation has not completed".into())
    })?;
    let committee = node.serving_committee().await?;
    let now = now_secs();
    if req.issued_at.abs_diff(now) > node.max_skew_secs {
        return Err(ApiError::Unauthorized(format!(
            "the request was issued at {}, more than {} s from this node's clock ({now})",
            req.issued_at, node.max_skew_secs
        )));
    }
    let wrap = WrappedKey::from_bytes(&req.committee_wrap)
        .map_err(|e| ApiError::BadRequest(format!("committee wrap: {e}")))?;
    if wrap.recipient() != &committee.committee.key {
        return Err(ApiError::BadRequest(
            "the wrap is not to the committee in force: this committee cannot open it".into(),
        ));
    }
    let digest = req.key_request().digest(&keys_domain(
        node.chain.deployment.chain_id,
        node.chain.deployment.contracts.committee,
    ));
    let signer = recover(&req.signature, &digest)?;
    if signer != req.reader {
        return Err(ApiError::Unauthorized(format!(
            "the key request is signed by {signer}, not by the reader {} (or for another deployment)",
            req.reader
        )));
    }
    if !node.store.use_nonce(req.reader, req.nonce, req.issued_at + 2 * node.max_skew_secs)? {
        return Err(ApiError::Conflict(
            "this key request was answered before: sign a new one (fresh nonce)".into(),
        ));
    }
    // The wrap, the patient and the record's fields must make a leaf anchored on-chain.
    let record = IRecordRegistry::Record {
        patientId: bound_patient_id(req.patient, &req.committee_wrap).0,
        recordId: req.record.record_id,
        version: req.record.version,
        previous: req.record.previous,
        ciphertextHash: req.record.ciphertext_hash,
        author: req.record.author,
        category: req.record.category,
    };
    // A record its patient shredded is refused to everyone, her and its author included, whatever
    // the chain says: the consent is not asked.
    let shredded = node.store.shredded(req.patient, req.record.record_id)?;
    let decide = async {
        Ok::<_, ApiError>(match shredded {
            Some(at) => Err(shredded_reason(at)),
            None => match node.decide(&req).await? {
                Decision::Release(basis) => Ok(basis),
                Decision::Refuse(refusal) => Err(refusal.to_string()),
            },
        })
    };
    // The three chain reads are independent: one round trip, not three.
    let (included, verdict, reader_key) = tokio::join!(
        node.chain.verify_record(req.record.root, record, req.record.proof.clone()),
        decide,
        node.chain.encryption_key(req.reader),
    );
    if included? == 0 {
        return Err(ApiError::Forbidden(
            "the wrap, patient and record fields do not make a leaf anchored under that root: \
             this wrap is not the one anchored for this record"
                .into(),
        ));
    }
    let reader_key = reader_key?;
    // The verdict (the basis, or the reason of a refusal) is logged only now, with the leaf
    // binding the patient: a refusal is hers to see in her log.
    let verdict = match (verdict?, &reader_key) {
        (Ok(_), None) => Err(Refusal::NoEncryptionKey(req.reader).to_string()),
        (v, _) => v,
    };
    let mut receipt = NewReceipt {
        reader: req.reader,
        patient: req.patient,
        record_id: req.record.record_id,
        version: req.record.version,
        time: now,
        granted: verdict.is_ok(),
        reason: match &verdict {
            Ok(basis) => basis.as_str().to_string(),
            Err(reason) => reason.clone(),
        },
        leaf: B256::ZERO,
        signature: Vec::new(),
        request: digest,
    };
    receipt.leaf = AccessReceipt {
        node: node.signer.address(),
        reader: receipt.reader,
        patient: receipt.patient,
        recordId: receipt.record_id,
        version: receipt.version,
        time: receipt.time,
        granted: receipt.granted,
        reasonHash: keccak256(receipt.reason.as_bytes()),
        request: digest,
    }
    .leaf();
    receipt.signature = node
        .signer
        .sign_hash_sync(&receipt.leaf)
        .map_err(|e| ApiError::Internal(format!("signing a receipt: {e}")))?
        .as_bytes()
        .to_vec();
    let store = node.store.clone();
    let logged = receipt.clone();
    let id = tokio::task::spawn_blocking(move || log_bounded(&store, &logged))
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))??;
    let basis = match verdict {
        Ok(basis) => basis.as_str(),
        Err(reason) => {
            tracing::info!(reader = %req.reader, record = %req.record.record_id, %reason, "share refused");
            return Err(ApiError::Forbidden(reason));
        }
    };
    let reader_key = reader_key.expect("checked above");
    let mut rng = rand::rngs::OsRng;
    let share = decryption_share(node.index, &key.secret, wrap.ephemeral(), &digest, &mut rng);
    let sealed = seal_share(&share, &reader_key, &digest, &mut rng);
    tracing::info!(reader = %req.reader, record = %req.record.record_id, basis, "share released");
    Ok(Json(ShareResponse {
        index: node.index,
        sealed_share: Bytes::copy_from_slice(&sealed),
        basis: basis.to_string(),
        receipt: NodeReceipt {
            node: node.signer.address(),
            id: id.ok_or_else(|| ApiError::Internal("a release was not logged".into()))?,
            leaf: receipt.leaf,
            signature: Bytes::from(receipt.signature),
        },
    }))
}

/// A refused share repeated within this many seconds is not logged again.
pub const REFUSAL_WINDOW_SECS: u64 = 3_600;

/// Most refusals about one patient's records a node logs in a day.
pub const MAX_REFUSALS_PER_DAY: u64 = 200;

/// Logs a receipt; returns its id (`None` for a refusal not logged again). A release is always
/// logged. A refusal is logged once per reader, record version and reason in
/// [`REFUSAL_WINDOW_SECS`] while nothing else is decided for them on it, and at most
/// [`MAX_REFUSALS_PER_DAY`] about one patient a day: the record facts a key request names are not
/// secret and fresh keys are free, so without these bounds anyone could write unlimited refusals
/// into a patient's access log, each anchored on-chain at this node's cost. Past the day's bound a
/// refused request is answered 429 and writes nothing.
fn log_bounded(store: &crate::store::Store, r: &NewReceipt) -> Result<Option<i64>> {
    if !r.granted {
        if store.repeated_refusal(r, r.time.saturating_sub(REFUSAL_WINDOW_SECS))? {
            return Ok(None);
        }
        if store.refusals_since(r.patient, r.time.saturating_sub(86_400))? >= MAX_REFUSALS_PER_DAY {
            return Err(ApiError::TooManyRequests(format!(
                "too many refused reads of this patient's records in the last day; {} may not \
                 read this record (nothing was logged)",
                r.reader
            )));
        }
    }
    Ok(Some(store.log(r)?))
}

/// The reason on the receipt (and in the answer) of a share refused because the patient shredded
/// the record at `at`.
fn shredded_reason(at: u64) -> String {
    format!("the patient shredded this record at {at}: this node refuses it for good, to everyone")
}

/// `POST /v1/shreds`: the patient's order to refuse one record of hers, every version, for good.
///
/// Nothing is written before the node knows the signer is the record's patient: the order is
/// hers (signature), and the record's facts and committee wrap she shows make a leaf anchored
/// on-chain whose patient id binds her account. Otherwise anyone could make the nodes refuse
/// anyone's record. The shred is on disk (FULL sync) before the answer; a repeat is answered with
/// the first shred's time.
async fn shreds(
    State(node): State<Arc<Node>>,
    JsonBody(req): JsonBody<ShredRequest>,
) -> Result<Json<ShredResponse>> {
    let now = now_secs();
    if req.issued_at.abs_diff(now) > node.max_skew_secs {
        return Err(ApiError::Unauthorized(format!(
            "the order was issued at {}, more than {} s from this node's clock ({now})",
            req.issued_at, node.max_skew_secs
        )));
    }
    let deployment = &node.chain.deployment;
    let domain = keys_domain(deployment.chain_id, deployment.contracts.committee);
    let digest = req.shred().digest(&domain);
    let signer = recover(&req.signature, &digest)?;
    if signer != req.patient {
        return Err(ApiError::Unauthorized(format!(
            "the shred order is signed by {signer}, not by the patient {} (or for another deployment)",
            req.patient
        )));
    }
    WrappedKey::from_bytes(&req.committee_wrap)
        .map_err(|e| ApiError::BadRequest(format!("committee wrap: {e}")))?;
    let record = IRecordRegistry::Record {
        patientId: bound_patient_id(req.patient, &req.committee_wrap).0,
        recordId: req.record.record_id,
        version: req.record.version,
        previous: req.record.previous,
        ciphertextHash: req.record.ciphertext_hash,
        author: req.record.author,
        category: req.record.category,
    };
    if node.chain.verify_record(req.record.root, record, req.record.proof.clone()).await? == 0 {
        return Err(ApiError::Forbidden(format!(
            "the wrap, patient and record fields do not make a leaf anchored under that root: \
             record {} is not shown to be {}'s",
            req.record.record_id, req.patient
        )));
    }
    if !node.store.use_nonce(req.patient, req.nonce, req.issued_at + 2 * node.max_skew_secs)? {
        return Err(ApiError::Conflict(
            "this shred order was taken before: sign a new one (fresh nonce)".into(),
        ));
    }
    let store = node.store.clone();
    let (patient, record_id) = (req.patient, req.record.record_id);
    let (shredded_at, first) =
        tokio::task::spawn_blocking(move || store.shred(patient, record_id, now, digest))
            .await
            .map_err(|e| ApiError::Internal(e.to_string()))??;
    let word = Shredded {
        node: node.signer.address(),
        patient,
        recordId: record_id,
        shreddedAt: shredded_at,
    };
    let signature = node
        .signer
        .sign_hash_sync(&word.digest(&domain))
        .map_err(|e| ApiError::Internal(format!("signing a shred: {e}")))?;
    tracing::info!(%patient, record = %record_id, first, "record shredded");
    Ok(Json(ShredResponse {
        node: node.signer.address(),
        index: node.index,
        record_id,
        shredded_at,
        first,
        signature: Bytes::from(signature.as_bytes().to_vec()),
    }))
}

/// `POST /v1/revocations`.
async fn revocations(
    State(node): State<Arc<Node>>,
    JsonBody(req): JsonBody<ConsentRelayRequest>,
) -> Result<(StatusCode, Json<RevocationAccepted>)> {
    if !req.is_revocation() {
        return Err(ApiError::BadRequest("only revocations (access 0) are taken here".into()));
    }
    let c = &req.change;
    let deadline = u64::try_from(c.deadline).unwrap_or(u64::MAX);
    if deadline < now_secs() {
        return Err(ApiError::BadRequest(format!(
            "the revocation's deadline {deadline} has passed"
        )));
    }
    let digest = consent_change_digest(
        c,
        &consent_domain(node.chain.deployment.chain_id, node.chain.deployment.contracts.consent),
    );
    if recover(&req.signature, &digest)? != c.controller {
        return Err(ApiError::Unauthorized(
            "the revocation is not signed by the consent's controller".into(),
        ));
    }
    let current = node.chain.consent_nonce(c.controller, c.grantId).await?;
    if c.nonce != current {
        return Err(ApiError::Conflict(format!(
            "the revocation's nonce {} is not the consent's next nonce {current}: it was mined or replaced",
            c.nonce
        )));
    }
    node.store.add_revocation(c.controller, c.grantId, c.nonce, deadline)?;
    tracing::info!(grant = %c.grantId, "revocation pending");
    Ok((StatusCode::ACCEPTED, Json(RevocationAccepted { pending_until: deadline })))
}

/// `POST /v1/sales`: attests that a registered patient sells to an open request through a
/// one-time trade key, once per patient and request. The node keeps the (request, patient) it
/// attested durably before answering, so a second seller of the same patient is refused even
/// after a restart; any two quorums share a node (2t > n), so no patient sells twice.
async fn sales(
    State(node): State<Arc<Node>>,
    JsonBody(req): JsonBody<SaleRequest>,
) -> Result<Json<Attestation>> {
    node.serving_committee().await?;
    let deployment = &node.chain.deployment;
    let committee = deployment.contracts.committee;
    let digest = sale_digest(
        req.patient,
        req.request_id,
        req.seller,
        req.delivery_commitment,
        &keys_domain(deployment.chain_id, committee),
    );
    if recover(&req.signature, &digest)? != req.patient {
        return Err(ApiError::Unauthorized("the sale is not signed by the patient".into()));
    }
    if req.seller == req.patient || req.seller.is_zero() {
        return Err(ApiError::BadRequest(
            "the seller must be a one-time trade key, not the patient's account".into(),
        ));
    }
    if !node.chain.is_patient(req.patient).await? {
        return Err(ApiError::Forbidden(format!("{} is not a registered patient", req.patient)));
    }
    if !node.chain.request_open(req.request_id).await? {
        return Err(ApiError::Conflict(format!(
            "request {} does not exist or takes no more trades",
            req.request_id
        )));
    }
    let first =
        node.store.record_sale(req.request_id, req.patient, req.seller, req.delivery_commitment)?;
    if !first {
        return Err(ApiError::Conflict(format!(
            "{} already sold to request {} (through another trade key or delivery)",
            req.patient, req.request_id
        )));
    }
    let attestation = sale_attestation_digest(
        req.request_id,
        req.seller,
        req.delivery_commitment,
        &market_domain(deployment.chain_id, deployment.contracts.market),
    );
    tracing::info!(request = %req.request_id, seller = %req.seller, "sale attested");
    attest(&node, &attestation)
}

/// `POST /v1/emergency-reviews`: attests that the patient of a break-glass access's tag, or one
/// of her guardians, reviews it as asked (the chain then takes the review from anyone who shows
/// a threshold of attestations, so it never learns who reviewed).
async fn emergency_reviews(
    State(node): State<Arc<Node>>,
    JsonBody(req): JsonBody<ReviewRequest>,
) -> Result<Json<Attestation>> {
    node.serving_committee().await?;
    let deployment = &node.chain.deployment;
    let digest = emergency_review_request_digest(
        req.patient,
        req.reviewer,
        req.emergency_id,
        req.accept,
        req.evidence,
        req.challenger,
        &keys_domain(deployment.chain_id, deployment.contracts.committee),
    );
    if recover(&req.signature, &digest)? != req.reviewer {
        return Err(ApiError::Unauthorized("the review is not signed by its reviewer".into()));
    }
    if !req.accept && (req.challenger.is_zero() || req.challenger == req.patient) {
        return Err(ApiError::BadRequest(
            "a dispute needs a one-time challenger key, not zero and not the patient's account"
                .into(),
        ));
    }
    let (tag, open) = node.chain.emergency(req.emergency_id).await?;
    if tag != emergency_tag(req.patient, req.salt) {
        return Err(ApiError::Forbidden(format!(
            "emergency {} is not on this patient (the tag does not match)",
            req.emergency_id
        )));
    }
    if !open {
        return Err(ApiError::Conflict(format!(
            "emergency {} was already reviewed",
            req.emergency_id
        )));
    }
    if req.reviewer != req.patient {
        // A guardian shows the patient's committed set: her delegation to its controller, and its
        // own proof in the set in force.
        let consent = consent_domain(deployment.chain_id, deployment.contracts.consent);
        let member = match &req.guardian {
            Some(m) if m.is_delegated(req.patient, &consent) => m,
            _ => {
                return Err(ApiError::Forbidden(format!(
                    "{} is not the patient and shows no guardian set she delegated",
                    req.reviewer
                )));
            }
        };
        if !node.chain.is_guardian(member.controller, req.reviewer, &member.proof).await? {
            return Err(ApiError::Forbidden(format!(
                "{} is neither the patient nor one of her guardians",
                req.reviewer
            )));
        }
    }
    let attestation = emergency_review_digest(
        req.emergency_id,
        req.accept,
        req.evidence,
        req.challenger,
        &consent_domain(deployment.chain_id, deployment.contracts.consent),
    );
    tracing::info!(emergency = %req.emergency_id, accept = req.accept, "review attested");
    attest(&node, &attestation)
}

/// `POST /v1/writes`: attests that a certified provider may write a record version about a patient
/// (`RecordRegistry.writeDigest(leaf, deadline)`), after checking on its own what the chain cannot
/// see: that the leaf's patient id is bound to the patient and a wrap to the committee in force,
/// and that she gave the author live WRITE consent covering the record or its category (or the
/// author broke glass on her and writes an emergency note, or is the patient). The request needs
/// no signature: the attestation helps nobody but the author, the only caller the chain lets use
/// it, and the grants shown carry the patient's secret salts, which only the grantee holds.
async fn writes(
    State(node): State<Arc<Node>>,
    JsonBody(req): JsonBody<WriteRequest>,
) -> Result<Json<Attestation>> {
    let committee = node.serving_committee().await?;
    let now = now_secs();
    if req.deadline <= now || req.deadline > now + MAX_WRITE_ATTESTATION_SECS {
        return Err(ApiError::BadRequest(format!(
            "the deadline {} is not within the next {MAX_WRITE_ATTESTATION_SECS} s of this node's \
             clock ({now})",
            req.deadline
        )));
    }
    if !(1..=medvault_primitives::consent::MAX_CATEGORY).contains(&req.record.category) {
        return Err(ApiError::BadRequest(format!(
            "category {} is not defined (1..={})",
            req.record.category,
            medvault_primitives::consent::MAX_CATEGORY
        )));
    }
    let wrap = WrappedKey::from_bytes(&req.committee_wrap)
        .map_err(|e| ApiError::BadRequest(format!("committee wrap: {e}")))?;
    if wrap.recipient() != &committee.committee.key {
        return Err(ApiError::BadRequest(
            "the wrap is not to the committee in force: this committee could never release the              record"
                .into(),
        ));
    }
    let author = req.record.author;
    if !node.chain.is_certified(author).await? {
        return Err(ApiError::Forbidden(format!(
            "{author} is not a certified provider (a patient's own record needs no attestation:              it is self-reported)"
        )));
    }
    if let Decision::Refuse(refusal) = node.may_write(&req).await? {
        tracing::info!(%author, record = %req.record.record_id, %refusal, "write refused");
        return Err(ApiError::Forbidden(refusal.to_string()));
    }
    let deployment = &node.chain.deployment;
    let digest = write_consent_digest(
        req.leaf().hash(),
        req.deadline,
        &records_domain(deployment.chain_id, deployment.contracts.records),
    );
    tracing::info!(%author, record = %req.record.record_id, version = req.record.version, "write attested");
    attest(&node, &digest)
}

/// The node's signature of `digest` as its attestation.
fn attest(node: &Node, digest: &B256) -> Result<Json<Attestation>> {
    let signature = node
        .signer
        .sign_hash_sync(digest)
        .map_err(|e| ApiError::Internal(format!("signing an attestation: {e}")))?;
    Ok(Json(Attestation {
        node: node.signer.address(),
        signature: Bytes::from(signature.as_bytes().to_vec()),
    }))
}

impl From<AuthError> for ApiError {
    fn from(e: AuthError) -> Self {
        Self::Unauthorized(e.to_string())
    }
}

/// `GET /v1/patients/{address}/access-log`: the patient (or the account her identity was
/// recovered to) signs a `ReadAccessLog` under this node's own domain
/// (`request_auth::keynode_domain`: chain, committee, node address) in the `Authorization`
/// header, with a nonce the node takes once.
async fn access_log(
    State(node): State<Arc<Node>>,
    headers: HeaderMap,
    Path(patient): Path<Address>,
    Query(AccessLogQuery {}): Query<AccessLogQuery>,
) -> Result<Json<AccessLogResponse>> {
    let auth = RequestAuth::parse(
        headers
            .get(axum::http::header::AUTHORIZATION)
            .ok_or(AuthError::Missing)?
            .to_str()
            .map_err(|_| AuthError::Malformed("not ASCII".into()))?,
    )?;
    let domain = keynode_domain(
        node.chain.deployment.chain_id,
        node.chain.deployment.contracts.committee,
        node.signer.address(),
    );
    let signed = ReadAccessLog { patient, nonce: auth.nonce, expires: auth.expires };
    let signer = auth.signer(&signed, &domain, now_secs())?;
    // The account her identity was recovered to reads the old account's log too.
    if signer != patient && node.chain.identity_of(patient).await? != signer {
        return Err(AuthError::WrongSigner { signer, expected: patient }.into());
    }
    if !node.store.use_nonce(signer, auth.nonce, auth.expires)? {
        return Err(AuthError::Replayed(auth.nonce).into());
    }
    let store = node.store.clone();
    let receipts = tokio::task::spawn_blocking(move || store.receipts(patient))
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))??;
    let mut trees: HashMap<i64, MerkleTree> = HashMap::new();
    let mut views = Vec::new();
    for r in receipts {
        let anchor = match &r.batch {
            Some(b) => {
                if let std::collections::hash_map::Entry::Vacant(slot) = trees.entry(b.id) {
                    let tree = MerkleTree::new(node.store.batch_leaves(b.id)?)
                        .map_err(|e| ApiError::Internal(format!("batch {}: {e}", b.id)))?;
                    slot.insert(tree);
                }
                let proof = r
                    .leaf_index
                    .and_then(|i| trees[&b.id].proof(i as usize).ok())
                    .unwrap_or_default();
                Some(AnchorView {
                    root: b.root,
                    manifest: b.manifest,
                    count: b.count,
                    state: b.state.clone(),
                    tx_hash: b.tx_hash,
                    block_number: b.block_number,
                    leaf_index: r.leaf_index,
                    proof,
                })
            }
            None => None,
        };
        views.push(ReceiptView {
            id: r.id,
            reader: r.receipt.reader,
            record_id: r.receipt.record_id,
            version: r.receipt.version,
            time: r.receipt.time,
            granted: r.receipt.granted,
            reason: r.receipt.reason,
            leaf: r.receipt.leaf,
            signature: Bytes::from(r.receipt.signature),
            anchor,
            request: Some(r.receipt.request),
        });
    }
    Ok(Json(AccessLogResponse { patient, receipts: views }))
}

#[cfg(test)]
mod tests {
    use alloy::primitives::{Address, B256};

    use super::{ApiError, MAX_REFUSALS_PER_DAY, log_bounded};
    use crate::store::{NewReceipt, Store};

    fn receipt(reader: u8, granted: bool, time: u64) -> NewReceipt {
        NewReceipt {
            reader: Address::repeat_byte(reader),
            patient: Address::repeat_byte(0xaa),
            record_id: B256::repeat_byte(1),
            version: 1,
            time,
            granted,
            reason: if granted { "consent" } else { "no live READ consent" }.into(),
            leaf: B256::repeat_byte(reader),
            signature: vec![1; 65],
            request: B256::repeat_byte(reader),
        }
    }

    /// The record facts a key request names are not secret and fresh keys are free: every refused
    /// request was a row in the patient's access log, anchored at the node's cost. Now a repeat
    /// writes nothing, and a day's refusals about one patient stop at the bound, while releases
    /// are always logged.
    #[test]
    fn refusals_about_a_patient_are_logged_once_per_reader_and_bounded_per_day() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("node.db")).unwrap();
        let now = 1_800_000_000;
        assert!(log_bounded(&store, &receipt(1, false, now)).unwrap().is_some());
        assert!(log_bounded(&store, &receipt(1, false, now + 5)).unwrap().is_none(), "a repeat");
        assert_eq!(store.receipts(Address::repeat_byte(0xaa)).unwrap().len(), 1);

        for reader in 2..=MAX_REFUSALS_PER_DAY as u8 {
            assert!(log_bounded(&store, &receipt(reader, false, now)).unwrap().is_some());
        }
        let flood = log_bounded(&store, &receipt(0xfe, false, now));
        assert!(matches!(flood, Err(ApiError::TooManyRequests(_))), "{flood:?}");
        let logged = store.receipts(Address::repeat_byte(0xaa)).unwrap().len();
        assert_eq!(logged as u64, MAX_REFUSALS_PER_DAY, "the bound holds");
        assert!(log_bounded(&store, &receipt(0xfe, true, now)).unwrap().is_some(), "a release");
        // A day later the reader's refusals are logged again.
        assert!(log_bounded(&store, &receipt(0xfe, false, now + 86_401)).unwrap().is_some());
    }
}
