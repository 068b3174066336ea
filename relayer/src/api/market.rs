//! Research deliveries held until k, the feed of open requests, and batched claims.
//!
//! A patient's client posts a delivery: the `TradeApproval` the patient signed, the CID of the
//! ciphertext for the researcher, and the delivery's coarse quasi-identifier tuple
//! ([`CoarseQi`]: age band, sex, region). The relayer stores it *held*. The deliveries of one
//! request are replayed, in arrival order, through the research-exports gate
//! ([`ClassTracker`]) each time one arrives, so the decision is rebuilt from SQLite and survives
//! restarts: when a class reaches `k` (`--market.k`), each of its deliveries becomes *released*
//! and its approval is settled (`DataMarket.settle`, key `keccak256("settle" ‖ digest)`). Held
//! approvals past their deadline are marked *expired* and no longer count; a class that never
//! reaches `k` is never released and its approvals expire unpaid.
//!
//! Delivery states ([`DeliveryState`]): `held` → `released` → `settling` → `done` | `failed`, or
//! `held` → `expired`.
//!
//! The background [`MarketTask`] resubmits released deliveries (idempotent, for a crash between
//! the two steps), expires stale ones, and claims settled trades past their dispute window with one
//! `claimMany` per round.

pub use medvault_primitives::api::market::{
    CriteriaFiled, CriteriaFiling, DeliveriesQuery, DeliveryRequest, DeliveryView, RequestInfo,
    settle_key,
};
use medvault_primitives::enums::TradeStatus;
use std::{sync::Arc, time::Duration};

use alloy::{
    primitives::{Address, B256, Bytes, Signature, U256, keccak256},
    providers::{DynProvider, Provider},
    sol_types::SolCall,
};
use async_trait::async_trait;
use axum::{
    Json,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use medvault_bindings::data_market::{DataMarket, IDataMarket::TradeApproval};
use medvault_fhir::gate::{Admission, ClassTracker, CoarseQi};
use tokio::sync::{Notify, watch};

use super::{
    ApiContext, JsonBody, auth,
    chain::Submitter,
    error::{ApiError, Result},
    state::DeliveryState,
    store::{ApiStore, Delivery},
};
use crate::{
    background::{Schedule, follow, repeat},
    chain::{self, ChainError, connect},
    tx::{TxCall, TxStatus},
};

/// A trade's on-chain state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TradeInfo {
    /// Where the trade is.
    pub status: TradeStatus,
    /// When the payout becomes claimable.
    pub release_at: u64,
}

/// The DataMarket as the API reads it.
#[async_trait]
pub trait MarketChain: Send + Sync + 'static {
    /// `tradeApprovalDigest(approval)`.
    async fn trade_digest(&self, approval: &TradeApproval) -> chain::Result<B256>;
    /// `nonces(seller)`.
    async fn nonce(&self, patient: Address) -> chain::Result<U256>;
    /// `isAttested(requestId, seller, deliveryCommitment, attestations)`: the key committee's
    /// threshold of members attested the sale.
    async fn attested(
        &self,
        approval: &TradeApproval,
        attestations: &[Bytes],
    ) -> chain::Result<bool>;
    /// The requests that may still be open (criteria from the logs): every request, except that
    /// one seen finished for good (closed, filled, past its deadline) may be left out.
    async fn requests(&self) -> chain::Result<Vec<RequestInfo>>;
    /// One request, `None` if unknown (its `criteria` left out: see [`Self::criteria`]).
    async fn request(&self, id: U256) -> chain::Result<Option<RequestInfo>>;
    /// The criteria commitment of request `id`, from its `RequestOpened` event (a log query,
    /// asked only where the commitment is needed).
    async fn criteria(&self, id: U256) -> chain::Result<Option<B256>>;
    /// `trade(requestId, patient)`.
    async fn trade(&self, id: U256, patient: Address) -> chain::Result<TradeInfo>;
    /// The latest block's timestamp (the chain's clock, which decides claimability).
    async fn now(&self) -> chain::Result<u64>;
}

/// [`MarketChain`] over JSON-RPC.
#[derive(Clone, Debug)]
pub struct OnChainMarket {
    provider: DynProvider,
    market: Address,
    /// Where the deployment's logs begin ([`medvault_primitives::Deployment::start_block`]).
    start_block: u64,
    /// What listing the requests learnt; one listing at a time.
    seen: Arc<tokio::sync::Mutex<SeenRequests>>,
}

/// What [`OnChainMarket::requests`] learnt, so that a listing costs the chain the new blocks'
/// logs and one read per request still open — not one per request ever opened — and at most one
/// listing per block, whoever asks (one `eth_blockNumber` each).
#[derive(Debug, Default)]
struct SeenRequests {
    /// Blocks scanned for `RequestOpened` up to here.
    scanned_to: Option<u64>,
    /// Every request opened: its criteria commitment.
    opened: std::collections::BTreeMap<U256, B256>,
    /// Requests finished for good (closed, filled, or past their deadline): never read again.
    finished: std::collections::HashSet<U256>,
    /// The last listing, and the block it was read at.
    listing: Option<(u64, Vec<RequestInfo>)>,
}

/// Blocks re-scanned below the last scan, so a `RequestOpened` moved by a reorg is still found.
const RESCAN_BLOCKS: u64 = 64;

impl OnChainMarket {
    /// Connects to `rpc_url`; the market's events are read from `start_block` on.
    pub fn new(rpc_url: &str, market: Address, start_block: u64) -> chain::Result<Self> {
        Ok(Self { provider: connect(rpc_url)?, market, start_block, seen: Arc::default() })
    }

    async fn request_at(&self, id: U256) -> chain::Result<RequestInfo> {
        let r = DataMarket::new(self.market, &self.provider)
            .request(id)
            .call()
            .await
            .map_err(|e| ChainError::call("DataMarket.request", e))?;
        Ok(RequestInfo {
            id,
            researcher: r.researcher,
            criteria: None,
            price_per_record: U256::from(r.pricePerRecord),
            max_records: r.maxRecords,
            settled: r.settled,
            deadline: r.deadline,
            closed: r.closed,
            criteria_cid: None,
        })
    }
}

pub use medvault_primitives::market::{decode_request_opened, request_opened_filter};

/// The criteria commitments of `DataMarket` requests, `(request id, criteria)` in the order they
/// were opened, from block `from` on (the deployment's start block): of request `id` only, or of
/// every request.
pub async fn opened_criteria<P: Provider>(
    provider: &P,
    market: Address,
    from: u64,
    id: Option<U256>,
) -> chain::Result<Vec<(U256, B256)>> {
    let filter = request_opened_filter(market, from, id);
    let logs = provider.get_logs(&filter).await.map_err(|e| ChainError::rpc("eth_getLogs", e))?;
    Ok(decode_request_opened(&logs))
}

#[async_trait]
impl MarketChain for OnChainMarket {
    async fn trade_digest(&self, approval: &TradeApproval) -> chain::Result<B256> {
        DataMarket::new(self.market, &self.provider)
            .tradeApprovalDigest(approval.clone())
            .call()
            .await
            .map_err(|e| ChainError::call("DataMarket.tradeApprovalDigest", e))
    }

    async fn nonce(&self, patient: Address) -> chain::Result<U256> {
        DataMarket::new(self.market, &self.provider)
            .nonces(patient)
            .call()
            .await
            .map_err(|e| ChainError::call("DataMarket.nonces", e))
    }

    async fn attested(&self, a: &TradeApproval, attestations: &[Bytes]) -> chain::Result<bool> {
        DataMarket::new(self.market, &self.provider)
            .isAttested(a.requestId, a.seller, a.deliveryCommitment, attestations.to_vec())
            .call()
            .await
            .map_err(|e| ChainError::call("DataMarket.isAttested", e))
    }

    async fn requests(&self) -> chain::Result<Vec<RequestInfo>> {
        let mut seen = self.seen.lock().await;
        let latest = self
            .provider
            .get_block_number()
            .await
            .map_err(|e| ChainError::rpc("eth_blockNumber", e))?;
        // Requests change only with blocks: a listing read at this block is still the listing.
        if let Some((at, listing)) = &seen.listing
            && *at == latest
        {
            return Ok(listing.clone());
        }
        let from = seen
            .scanned_to
            .map_or(self.start_block, |to| to.saturating_sub(RESCAN_BLOCKS).max(self.start_block));
        let filter = request_opened_filter(self.market, from, None).to_block(latest);
        let logs =
            self.provider.get_logs(&filter).await.map_err(|e| ChainError::rpc("eth_getLogs", e))?;
        seen.opened.extend(decode_request_opened(&logs));
        seen.scanned_to = Some(latest);
        let now = auth::now_secs();
        let mut out = Vec::new();
        let open: Vec<(U256, B256)> = seen
            .opened
            .iter()
            .filter(|(id, _)| !seen.finished.contains(id))
            .map(|(id, c)| (*id, *c))
            .collect();
        for (id, criteria) in open {
            let mut info = self.request_at(id).await?;
            info.criteria = Some(criteria);
            if info.closed || info.settled >= info.max_records || info.deadline <= now {
                seen.finished.insert(id);
            }
            out.push(info);
        }
        seen.listing = Some((latest, out.clone()));
        Ok(out)
    }

    async fn request(&self, id: U256) -> chain::Result<Option<RequestInfo>> {
        let info = self.request_at(id).await?;
        Ok((info.researcher != Address::ZERO).then_some(info))
    }

    async fn criteria(&self, id: U256) -> chain::Result<Option<B256>> {
        Ok(opened_criteria(&self.provider, self.market, self.start_block, Some(id))
            .await?
            .first()
            .map(|&(_, c)| c))
    }

    async fn trade(&self, id: U256, patient: Address) -> chain::Result<TradeInfo> {
        let t = DataMarket::new(self.market, &self.provider)
            .trade(id, patient)
            .call()
            .await
            .map_err(|e| ChainError::call("DataMarket.trade", e))?;
        let status = TradeStatus::try_from(t.status).map_err(|e| {
            ChainError::Missing(format!("DataMarket.trade answered an unknown status: {e}"))
        })?;
        Ok(TradeInfo { status, release_at: t.releaseAt })
    }

    async fn now(&self) -> chain::Result<u64> {
        let block = self
            .provider
            .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
            .await
            .map_err(|e| ChainError::rpc("eth_getBlockByNumber", e))?
            .ok_or_else(|| ChainError::Missing("no latest block".into()))?;
        Ok(block.header.timestamp)
    }
}

/// A delivery's approval as stored: the approval's fields and the key nodes' attestations.
#[derive(serde::Serialize, serde::Deserialize)]
struct StoredApproval {
    #[serde(flatten)]
    approval: TradeApproval,
    attestations: Vec<Bytes>,
}

fn settle_call(market: Address, d: &Delivery) -> Result<TxCall, ApiError> {
    let StoredApproval { approval, attestations } = serde_json::from_str(&d.approval)
        .map_err(|e| ApiError::Internal(format!("stored approval: {e}")))?;
    Ok(TxCall {
        to: market,
        input: DataMarket::settleCall {
            a: approval,
            signature: Bytes::from(d.signature.clone()),
            attestations,
        }
        .abi_encode()
        .into(),
    })
}

/// Replays a request's live deliveries through the gate; returns the ids it releases now.
fn gate(deliveries: &[Delivery], k: usize) -> Vec<i64> {
    let mut tracker: ClassTracker<i64, CoarseQi> = ClassTracker::new(k);
    let mut release = Vec::new();
    for d in deliveries {
        if let Admission::Release(ids) = tracker.admit(d.id, d.qi.clone()) {
            release.extend(ids);
        }
    }
    release.retain(|id| deliveries.iter().any(|d| d.id == *id && d.state == DeliveryState::Held));
    release
}

/// Settles released deliveries (idempotent); marks them `settling`.
async fn settle(
    store: &Arc<ApiStore>,
    submitter: &Arc<dyn Submitter>,
    market: Address,
    released: Vec<Delivery>,
) -> Result<()> {
    for d in released {
        let call = settle_call(market, &d)?;
        submitter.submit(settle_key(d.digest), call).await.map_err(ApiError::Tx)?;
        let store = store.clone();
        tokio::task::spawn_blocking(move || {
            store.set_delivery_state(&[d.id], DeliveryState::Settling)
        })
        .await??;
    }
    Ok(())
}

/// Most attestations a delivery may carry (the committee's largest size).
pub const MAX_ATTESTATIONS: usize = 32;

/// `POST /v1/market/deliveries`.
pub async fn deliver(
    State(ctx): State<ApiContext>,
    JsonBody(req): JsonBody<DeliveryRequest>,
) -> Result<Response> {
    let a = &req.approval;
    let now = auth::now_secs();
    if a.deadline < U256::from(now) {
        return Err(ApiError::Unauthorized(format!("approval expired (deadline {})", a.deadline)));
    }
    if a.deliveryCommitment != keccak256(req.delivery_cid.as_bytes()) {
        return Err(ApiError::BadRequest(
            "deliveryCommitment is not keccak256 of deliveryCid".into(),
        ));
    }
    let request = existing_request(&ctx, a.requestId).await?;
    if request.closed || request.deadline <= now {
        return Err(ApiError::Conflict(format!("request {} is no longer open", a.requestId)));
    }
    if a.price != request.price_per_record {
        return Err(ApiError::BadRequest(format!(
            "price {} is not the request's price {}",
            a.price, request.price_per_record
        )));
    }
    let digest = ctx.market.trade_digest(a).await.map_err(ApiError::Chain)?;
    let sig = Signature::try_from(req.signature.as_ref())
        .map_err(|e| ApiError::Unauthorized(format!("malformed signature: {e}")))?;
    let signer = sig
        .recover_address_from_prehash(&digest)
        .map_err(|e| ApiError::Unauthorized(format!("signature does not recover: {e}")))?;
    if signer != a.seller {
        return Err(ApiError::Unauthorized(format!(
            "signature is by {signer}, not the seller {}",
            a.seller
        )));
    }
    let nonce = ctx.market.nonce(a.seller).await.map_err(ApiError::Chain)?;
    if a.nonce != nonce {
        return Err(ApiError::Conflict(format!(
            "nonce {} is not the seller's next market nonce {nonce}",
            a.nonce
        )));
    }
    if req.attestations.len() > MAX_ATTESTATIONS {
        return Err(ApiError::BadRequest(format!("at most {MAX_ATTESTATIONS} attestations")));
    }
    // Unattested sellers (throwaway keys) would fill the request and lock real patients out.
    if !ctx.market.attested(a, &req.attestations).await.map_err(ApiError::Chain)? {
        return Err(ApiError::Forbidden(
            "the key committee has not attested this sale (too few valid member attestations)"
                .into(),
        ));
    }
    let store = ctx.store.clone();
    let (k, id) = (ctx.config.k, a.requestId);
    let new = Delivery {
        id: 0,
        request_id: a.requestId,
        patient: a.seller,
        qi: req.qi.clone(),
        cid: req.delivery_cid.clone(),
        approval: serde_json::to_string(&StoredApproval {
            approval: a.clone(),
            attestations: req.attestations.clone(),
        })
        .map_err(|e| ApiError::Internal(e.to_string()))?,
        signature: req.signature.to_vec(),
        digest,
        deadline: a.deadline.saturating_to::<u64>().min(request.deadline),
        state: DeliveryState::Held,
    };
    // Store, expire, replay the gate and mark what it releases: one transaction.
    let (released, class_size) = tokio::task::spawn_blocking(move || {
        let Some((live, release)) = store.deliver_through_gate(&new, now, |live| gate(live, k))?
        else {
            return Ok::<_, ApiError>(None);
        };
        let class_size = live.iter().filter(|d| d.qi == new.qi).count();
        let released: Vec<Delivery> =
            live.into_iter().filter(|d| release.contains(&d.id)).collect();
        Ok(Some((released, class_size)))
    })
    .await??
    .ok_or_else(|| {
        ApiError::Conflict(format!(
            "{} already delivered for request {}",
            req.approval.seller, req.approval.requestId
        ))
    })?;
    if !released.is_empty() {
        crate::failpoint::hit("market.released");
    }
    let released_now = released.iter().any(|d| d.patient == req.approval.seller);
    if !released.is_empty() {
        tracing::info!(request = %id, count = released.len(), "class reached k: deliveries released");
    }
    settle(&ctx.store, &ctx.submitter, ctx.config.market, released).await?;
    ctx.metrics.count("deliveries");
    Ok((
        StatusCode::ACCEPTED,
        Json(serde_json::json!({
            "requestId": id,
            "state": if released_now { DeliveryState::Released } else { DeliveryState::Held }.as_str(),
            "classSize": class_size,
            "k": k,
        })),
    )
        .into_response())
}

/// `GET /v1/market/requests`: open requests.
pub async fn requests(State(ctx): State<ApiContext>) -> Result<Json<Vec<RequestInfo>>> {
    let now = auth::now_secs();
    let all = ctx.market.requests().await.map_err(ApiError::Chain)?;
    let mut open: Vec<RequestInfo> = all
        .into_iter()
        .filter(|r| !r.closed && r.deadline > now && r.settled < r.max_records)
        .collect();
    let store = ctx.store.clone();
    let mut cids = tokio::task::spawn_blocking(move || store.criteria_cids()).await??;
    for r in &mut open {
        r.criteria_cid = cids.remove(&r.id);
    }
    Ok(Json(open))
}

/// Largest criteria document the relayer fetches.
const MAX_CRITERIA_BYTES: usize = 64 << 10;

/// How long the relayer's IPFS node looks for a criteria document.
pub const CRITERIA_FETCH_TIMEOUT: Duration = Duration::from_secs(10);

/// Fetches of criteria documents, which anyone may ask for: at most one at a time per request,
/// and after one that found nothing (the IPFS node searched for [`CRITERIA_FETCH_TIMEOUT`]), none
/// for that request for [`CRITERIA_RETRY`], so a caller cannot keep the node searching for CIDs
/// that do not exist. A document fetched but refused (wrong hash, too large) costs little: the
/// corrected one may follow at once.
#[derive(Debug, Default)]
pub struct CriteriaFetches {
    state: std::sync::Mutex<FetchState>,
}

#[derive(Debug, Default)]
struct FetchState {
    in_flight: std::collections::HashSet<U256>,
    not_found: std::collections::HashMap<U256, std::time::Instant>,
}

/// Time after a fetch that found nothing before the next for the same request.
pub const CRITERIA_RETRY: Duration = Duration::from_secs(15);

/// A fetch in progress ([`CriteriaFetches::start`]); ends when dropped.
struct Fetching<'a> {
    fetches: &'a CriteriaFetches,
    id: U256,
}

impl Drop for Fetching<'_> {
    fn drop(&mut self) {
        self.fetches.lock().in_flight.remove(&self.id);
    }
}

impl CriteriaFetches {
    fn lock(&self) -> std::sync::MutexGuard<'_, FetchState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Starts a fetch for request `id`; 429 while another is in flight or after one found nothing.
    fn start(&self, id: U256) -> Result<Fetching<'_>> {
        let now = std::time::Instant::now();
        let mut state = self.lock();
        state.not_found.retain(|_, at| now.duration_since(*at) < CRITERIA_RETRY);
        if let Some(at) = state.not_found.get(&id) {
            let wait = CRITERIA_RETRY.saturating_sub(now.duration_since(*at));
            return Err(ApiError::TooManyRequests(format!(
                "request {id}'s criteria were looked for and not found a moment ago; try again in {} s",
                wait.as_secs().max(1)
            )));
        }
        if !state.in_flight.insert(id) {
            return Err(ApiError::TooManyRequests(format!(
                "request {id}'s criteria are being fetched now; try again in a moment"
            )));
        }
        Ok(Fetching { fetches: self, id })
    }

    /// Notes that a fetch for `id` found nothing.
    fn not_found(&self, id: U256) {
        self.lock().not_found.insert(id, std::time::Instant::now());
    }
}

/// The request `id` as the chain has it; 404 if there is none.
async fn existing_request(ctx: &ApiContext, id: U256) -> Result<RequestInfo> {
    ctx.market
        .request(id)
        .await
        .map_err(ApiError::Chain)?
        .ok_or_else(|| ApiError::NotFound(format!("no research request {id}")))
}

/// `POST /v1/market/requests/{id}/criteria`: files where a request's criteria document is, so the
/// feed can point patients to it. Only the commitment is on-chain; the relayer fetches the CID and
/// files it only if its bytes hash to that commitment, so anyone may file it.
pub async fn file_criteria(
    State(ctx): State<ApiContext>,
    Path(id): Path<U256>,
    JsonBody(body): JsonBody<CriteriaFiling>,
) -> Result<Json<CriteriaFiled>> {
    let cid = body.cid.trim().to_string();
    if cid.is_empty()
        || cid.len() > 128
        || !cid.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(ApiError::BadRequest(format!("{:?} is not a CID", body.cid)));
    }
    existing_request(&ctx, id).await?;
    // The first document filed stands: once one is, nothing is fetched again.
    let store = ctx.store.clone();
    if let Some(filed) = tokio::task::spawn_blocking(move || store.criteria_cid(id)).await?? {
        let commitment = ctx.market.criteria(id).await.map_err(ApiError::Chain)?;
        return Ok(Json(CriteriaFiled {
            request: id,
            cid: filed,
            criteria: commitment.unwrap_or_default(),
        }));
    }
    let _fetching = ctx.criteria_fetches.start(id)?;
    let commitment = ctx.market.criteria(id).await.map_err(ApiError::Chain)?.ok_or_else(|| {
        ApiError::Chain(ChainError::Missing(format!(
            "the RequestOpened event of request {id} was not found"
        )))
    })?;
    // Anyone may call this route: read one byte past the limit and no more, so a large object
    // costs the relayer no more than a small one.
    let bytes = tokio::time::timeout(
        CRITERIA_FETCH_TIMEOUT,
        ctx.ipfs.cat_range(&cid, 0, MAX_CRITERIA_BYTES as u64 + 1),
    )
    .await
    .map_err(|_| {
        format!(
            "{cid} was not found within {} s (pin it on an IPFS node that is reachable, then file it again)",
            CRITERIA_FETCH_TIMEOUT.as_secs()
        )
    })
    .and_then(|fetched| fetched.map_err(|e| format!("cannot fetch {cid}: {e}")))
    .map_err(|why| {
        ctx.criteria_fetches.not_found(id);
        ApiError::Ipfs(why)
    })?;
    if bytes.len() > MAX_CRITERIA_BYTES {
        return Err(ApiError::BadRequest(format!(
            "{cid} holds more than {MAX_CRITERIA_BYTES} bytes, the most a criteria document may"
        )));
    }
    if keccak256(&bytes) != commitment {
        return Err(ApiError::BadRequest(format!(
            "the document at {cid} does not hash to request {id}'s criteria commitment {commitment}"
        )));
    }
    let store = ctx.store.clone();
    let filed = tokio::task::spawn_blocking(move || store.file_criteria(id, &cid)).await??;
    Ok(Json(CriteriaFiled { request: id, cid: filed, criteria: commitment }))
}

/// `GET /v1/market/requests/{id}/deliveries`: paid deliveries only, for the researcher.
pub async fn deliveries(
    State(ctx): State<ApiContext>,
    auth: auth::Auth,
    Path(id): Path<U256>,
    Query(DeliveriesQuery {}): Query<DeliveriesQuery>,
) -> Result<Json<Vec<DeliveryView>>> {
    let signed =
        auth::ListDeliveries { requestId: id, nonce: auth.0.nonce, expires: auth.0.expires };
    auth::signer(&ctx, &auth, &signed)?;
    let request = existing_request(&ctx, id).await?;
    auth::check(&ctx, &auth, &signed, request.researcher).await?;
    let store = ctx.store.clone();
    let all = tokio::task::spawn_blocking(move || store.deliveries(id)).await??;
    // Only what is paid for: a delivery whose settlement is confirmed on-chain (the price moved
    // from the escrow into the trade). Released but not yet settled, or failed: nothing shown.
    let mut paid = Vec::new();
    for d in all {
        let settled = match d.state {
            DeliveryState::Done => true,
            DeliveryState::Settling => matches!(
                ctx.submitter.status(settle_key(d.digest)).await.map_err(ApiError::Tx)?,
                Some(TxStatus::Confirmed { .. })
            ),
            _ => false,
        };
        if settled {
            paid.push(DeliveryView { cid: d.cid, qi: d.qi, seller: d.patient });
        }
    }
    Ok(Json(paid))
}

/// The market's background round: resubmit released, expire stale, claim what is due.
pub struct MarketTask {
    store: Arc<ApiStore>,
    submitter: Arc<dyn Submitter>,
    chain: Arc<dyn MarketChain>,
    market: Address,
    poll: Duration,
    /// Settlement keys the last round saw settling: their final statuses wake the task.
    following: std::sync::Mutex<std::collections::HashSet<B256>>,
}

impl MarketTask {
    /// A task for the DataMarket at `market`.
    pub fn new(
        store: Arc<ApiStore>,
        submitter: Arc<dyn Submitter>,
        chain: Arc<dyn MarketChain>,
        market: Address,
        poll: Duration,
    ) -> Self {
        Self { store, submitter, chain, market, poll, following: Default::default() }
    }

    /// One round; returns the number of trades put in a `claimMany`.
    pub async fn tick(&self) -> Result<usize> {
        let now = auth::now_secs();
        let chain_now = self.chain.now().await.map_err(ApiError::Chain)?;
        let store = self.store.clone();
        let (released, settling) = tokio::task::spawn_blocking(move || {
            store.expire_deliveries(now)?;
            Ok::<_, rusqlite::Error>((
                store.deliveries_in(DeliveryState::Released)?,
                store.deliveries_in(DeliveryState::Settling)?,
            ))
        })
        .await??;
        *self.following.lock().unwrap_or_else(|p| p.into_inner()) =
            released.iter().chain(&settling).map(|d| settle_key(d.digest)).collect();
        settle(&self.store, &self.submitter, self.market, released).await?;
        let mut due = Vec::new();
        for d in settling {
            match self.submitter.status(settle_key(d.digest)).await {
                Ok(Some(TxStatus::Failed { reason })) => {
                    tracing::warn!(request = %d.request_id, %reason, "settlement failed");
                    self.mark(d.id, DeliveryState::Failed).await?;
                    continue;
                }
                Ok(Some(TxStatus::Confirmed { .. })) => {}
                _ => continue,
            }
            let t = self.chain.trade(d.request_id, d.patient).await.map_err(ApiError::Chain)?;
            match t.status {
                TradeStatus::Pending if t.release_at <= chain_now => due.push(d),
                TradeStatus::Pending => {}
                TradeStatus::None
                | TradeStatus::Disputed
                | TradeStatus::Paid
                | TradeStatus::Refunded => self.mark(d.id, DeliveryState::Done).await?,
            }
        }
        // One claimMany per request: a patient sells to a request once, through a one-time key,
        // so no claim transaction names two trades of one patient together (docs/PRIVACY.md).
        let mut requests: Vec<U256> = due.iter().map(|d| d.request_id).collect();
        requests.sort();
        requests.dedup();
        for request in requests {
            let sellers: Vec<Address> =
                due.iter().filter(|d| d.request_id == request).map(|d| d.patient).collect();
            let ids = vec![request; sellers.len()];
            let mut keyed = request.to_be_bytes::<32>().to_vec();
            for p in &sellers {
                keyed.extend_from_slice(p.as_slice());
            }
            // The same set is claimed at most once per minute of chain time: claimMany skips what
            // is not claimable, so a retry in a later minute picks up anything skipped.
            keyed.extend_from_slice(&(chain_now / 60).to_be_bytes());
            let key = keccak256([b"claim".as_slice(), &keyed].concat());
            let call = TxCall {
                to: self.market,
                input: DataMarket::claimManyCall { requestIds: ids, sellers }.abi_encode().into(),
            };
            self.submitter.submit(key, call).await.map_err(ApiError::Tx)?;
        }
        Ok(due.len())
    }

    async fn mark(&self, id: i64, state: DeliveryState) -> Result<()> {
        let store = self.store.clone();
        tokio::task::spawn_blocking(move || store.set_delivery_state(&[id], state)).await??;
        Ok(())
    }

    /// Runs rounds every poll interval until `stop`, and at once when the transaction manager
    /// reports a submission final (a settlement may be among them).
    pub async fn run(self, stop: watch::Receiver<bool>) {
        // Subscribed before the first round, which reads every settling delivery's status.
        let changes = self.submitter.subscribe();
        let wake = Notify::new();
        let rounds =
            repeat("market", Schedule::every(self.poll), Some(&wake), stop.clone(), || async {
                self.tick().await.map(|_| false)
            });
        // A settlement this task has not seen yet (released by a delivery since its last round) is
        // left to the next poll.
        let wanted = |key: &crate::tx::IdempotencyKey, status: &TxStatus| {
            status.is_final()
                && self.following.lock().unwrap_or_else(|p| p.into_inner()).contains(&key.0)
        };
        tokio::join!(rounds, follow(changes, wanted, &wake, stop));
    }
}
