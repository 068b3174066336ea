//! Gasless relay of users' signed actions: ERC-2771 forward requests and EIP-712 consents.
//!
//! Every submission is checked before the relayer pays (deadline, nonce read on-chain, recovered
//! signer; for forward requests the forwarder's own `verify` and the gas policy), charged to its
//! signer's and the day's budget in wei (with a balance floor kept for anchoring: [`sponsor`]),
//! then handed to the transaction manager under an idempotency key derived from the signer and
//! the nonce it signed, so a replayed request, or another signed with the same nonce, never
//! makes a second on-chain effect nor costs a revert: it is refused with 409 and the key of the
//! first.
//! A forward request that would revert is refused at once (422, with the decoded reason); one that
//! failed later, before it was broadcast (it reverted at the transaction manager's estimate),
//! holds no key either: its nonce is still unused on-chain, so a corrected request, or a retry,
//! may take it.

use alloy::{
    primitives::{Address, B256, Bytes, Signature, U256, keccak256},
    sol_types::SolCall,
};
use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use medvault_bindings::{
    consent_manager::ConsentManager,
    medvault_forwarder::{ERC2771Forwarder::ForwardRequestData, MedvaultForwarder},
};
pub use medvault_primitives::api::relay::{
    ConsentRelayRequest, RelayAccepted, RelayStatus, consent_key, forward_key,
};

use super::{
    ApiContext, JsonBody, auth,
    chain::Sponsored,
    error::{ApiError, Result},
    store::Spent,
};
use crate::tx::{TxCall, TxStatus};

impl From<TxStatus> for RelayStatus {
    fn from(s: TxStatus) -> Self {
        let (state, tx_hash, block_number, reason) = match s {
            TxStatus::Queued => ("queued", None, None, None),
            TxStatus::Submitted { tx_hash, .. } => ("submitted", Some(tx_hash), None, None),
            TxStatus::Mined { tx_hash, block_number, .. } => {
                ("mined", Some(tx_hash), Some(block_number), None)
            }
            TxStatus::Confirmed { tx_hash, block_number, .. } => {
                ("confirmed", Some(tx_hash), Some(block_number), None)
            }
            TxStatus::Failed { reason } => ("failed", None, None, Some(reason)),
        };
        Self { state: state.into(), tx_hash, block_number, reason }
    }
}

/// Refuses a request whose key was submitted already, unless that submission failed before it
/// was ever broadcast (it reverted at estimation): it never reached the chain and used no nonce,
/// so it is forgotten, and this request, a corrected one or a retry, takes its key.
async fn refuse_replay(ctx: &ApiContext, key: B256) -> Result<()> {
    if ctx.submitter.forget_unsent(key).await.map_err(ApiError::Tx)? {
        tracing::info!(%key, "a request that never reached the chain gives up its key");
    }
    if let Some(status) = ctx.submitter.status(key).await.map_err(ApiError::Tx)? {
        let status = RelayStatus::from(status);
        return Err(ApiError::Conflict(format!(
            "already submitted under key {key} ({}); a signature takes effect once",
            status.state
        )));
    }
    Ok(())
}

async fn accept(ctx: &ApiContext, key: B256, call: TxCall, what: &str) -> Result<Response> {
    let hold = relay_hold(ctx.config.relay_window, auth::now_millis(), rand::random::<u64>());
    let status = ctx.submitter.submit_held(key, call, hold).await.map_err(ApiError::Tx)?;
    ctx.metrics.count("relayed");
    tracing::info!(%key, what, "relayed");
    Ok((StatusCode::ACCEPTED, Json(RelayAccepted { key, status: status.into() })).into_response())
}

/// How long to hold a user's call accepted at `now_ms`: to the end of the current relay window
/// (windows are aligned to the clock, so every call of one window goes out at its end), plus a
/// random quarter window (`entropy`) so that the calls of a window are not sent in arrival order.
/// Zero when windows are off.
pub fn relay_hold(window: std::time::Duration, now_ms: u64, entropy: u64) -> std::time::Duration {
    let w = window.as_millis() as u64;
    if w == 0 {
        return std::time::Duration::ZERO;
    }
    let to_end = w - now_ms % w;
    let shuffle = entropy % (w / 4 + 1);
    std::time::Duration::from_millis(to_end + shuffle)
}

/// Charges a call the relayer is about to pay for to `signer` ([`super::RelayBudget`]): refused
/// with the target's reason if it would revert (422: the relayer never pays for a revert it can
/// foresee), with 503 if it would take the relayer's balance below the floor kept for anchoring
/// or the day's budget for all users is spent (both alerted), with 429 if the signer's is.
async fn sponsor(ctx: &ApiContext, signer: Address, to: Address, input: &Bytes) -> Result<()> {
    match ctx.chain.sponsored_cost(to, input).await.map_err(ApiError::Chain)? {
        Sponsored::Costs(cost) => charge(ctx, signer, cost).await,
        Sponsored::Reverts(reason) => {
            Err(ApiError::BadRequest(format!("the call reverts: {reason} (nothing was relayed)")))
        }
    }
}

/// Charges `cost` wei to `signer`, as [`sponsor`] says.
async fn charge(ctx: &ApiContext, signer: Address, cost: U256) -> Result<()> {
    let budget = ctx.config.budget;
    let balance = ctx.chain.relayer_balance().await.map_err(ApiError::Chain)?;
    if balance < budget.floor.saturating_add(cost) {
        ctx.metrics.count("relay_refused_at_floor");
        tracing::error!(
            %balance,
            floor = %budget.floor,
            "ALERT the relayer's balance is at the floor kept for anchoring: users' calls are refused until its operator refills it"
        );
        return Err(ApiError::Unavailable(
            "the relayer is keeping its remaining funds for anchoring records and relays no calls until its operator refills it; try again later".into(),
        ));
    }
    let store = ctx.store.clone();
    let day = auth::now_secs() / 86_400;
    match tokio::task::spawn_blocking(move || store.spend(signer, day, cost, &budget)).await?? {
        Spent::Charged => Ok(()),
        Spent::SignerBudget => Err(ApiError::TooManyRequests(format!(
            "{signer} used up today's relay budget ({} wei); try again after 00:00 UTC",
            budget.per_signer_daily
        ))),
        Spent::DailyBudget => {
            ctx.metrics.count("relay_refused_daily_budget");
            tracing::error!(
                daily = %budget.daily,
                "ALERT the relayer's daily budget for users' calls is spent: they are refused until 00:00 UTC"
            );
            Err(ApiError::Unavailable(
                "the relayer's budget for users' calls is spent for today; try again after 00:00 UTC".into(),
            ))
        }
    }
}

/// `POST /v1/relay/consent`.
pub async fn consent(
    State(ctx): State<ApiContext>,
    JsonBody(req): JsonBody<ConsentRelayRequest>,
) -> Result<Response> {
    let c = &req.change;
    let now = U256::from(auth::now_secs());
    if c.deadline < now {
        return Err(ApiError::Unauthorized(format!(
            "signature expired (deadline {} < now {now})",
            c.deadline
        )));
    }
    if c.grantId == B256::ZERO {
        return Err(ApiError::BadRequest("grantId must not be zero".into()));
    }
    if c.access > 2 {
        return Err(ApiError::BadRequest(
            "access must be 0 (revoke), 1 (read) or 2 (write)".into(),
        ));
    }
    if keccak256(&req.notice) != c.noticeHash {
        return Err(ApiError::BadRequest("the notice does not hash to noticeHash".into()));
    }
    if req.notice.len() > MAX_NOTICE {
        return Err(ApiError::BadRequest(format!("the notice is over {MAX_NOTICE} bytes")));
    }
    if !req.is_revocation() && U256::from(c.expiresAt) <= now {
        return Err(ApiError::BadRequest(format!(
            "expiresAt {} is not in the future",
            c.expiresAt
        )));
    }
    let key = consent_key(c.controller, c.grantId, c.nonce);
    refuse_replay(&ctx, key).await?;
    let expected =
        ctx.chain.consent_nonce(c.controller, c.grantId).await.map_err(ApiError::Chain)?;
    if c.nonce != expected {
        return Err(ApiError::Conflict(format!(
            "nonce {} is not the consent's next nonce {expected} (used already, or from the future)",
            c.nonce
        )));
    }
    let digest = ctx.chain.consent_digest(c).await.map_err(ApiError::Chain)?;
    let sig = Signature::try_from(req.signature.as_ref())
        .map_err(|e| ApiError::Unauthorized(format!("malformed signature: {e}")))?;
    let signer = sig
        .recover_address_from_prehash(&digest)
        .map_err(|e| ApiError::Unauthorized(format!("signature does not recover: {e}")))?;
    if signer != c.controller {
        return Err(ApiError::Unauthorized(format!(
            "signature is by {signer}, not the consent's controller {}",
            c.controller
        )));
    }
    let input: Bytes = ConsentManager::setConsentBySigCall {
        c: c.clone(),
        signature: req.signature.clone(),
        notice: req.notice.clone(),
    }
    .abi_encode()
    .into();
    sponsor(&ctx, c.controller, ctx.config.consent, &input).await?;
    if req.is_revocation() {
        tell_key_nodes(&ctx, &req).await;
    }
    let call = TxCall { to: ctx.config.consent, input };
    accept(&ctx, key, call, if req.is_revocation() { "revoke" } else { "grant" }).await
}

/// Longest notice relayed: a grant's sealed notice is 221 bytes.
pub const MAX_NOTICE: usize = 512;

/// How long the relayer waits for a key node to take a revocation.
const KEY_NODE_TIMEOUT: std::time::Duration = std::time::Duration::from_millis(800);

/// Hands a checked revocation to every key node at once (`POST /v1/revocations`), so that each
/// refuses the grant before the revocation is mined; a node that does not answer in
/// [`KEY_NODE_TIMEOUT`] is logged and skipped (the chain refuses once it is mined).
async fn tell_key_nodes(ctx: &ApiContext, req: &ConsentRelayRequest) {
    let http = reqwest::Client::new();
    let told = futures::future::join_all(ctx.config.keynode_urls.iter().map(|url| {
        let request =
            http.post(format!("{url}/v1/revocations")).json(req).timeout(KEY_NODE_TIMEOUT);
        async move { (url, request.send().await.map(|r| r.status())) }
    }))
    .await;
    for (url, outcome) in told {
        match outcome {
            Ok(status) if status.is_success() => {}
            Ok(status) => tracing::warn!(%url, %status, "a key node refused a pending revocation"),
            Err(e) => {
                tracing::warn!(%url, error = %e, "a key node did not take a pending revocation")
            }
        }
    }
}

/// `POST /v1/relay/forward`: the body is the forwarder's `ForwardRequestData` (`from`, `to`,
/// `value`, `gas`, `deadline`, `data`, `signature`).
pub async fn forward(
    State(ctx): State<ApiContext>,
    JsonBody(req): JsonBody<ForwardRequestData>,
) -> Result<Response> {
    let policy = &ctx.config;
    if req.value != U256::ZERO {
        return Err(ApiError::Forbidden("the relayer forwards no value".into()));
    }
    if !policy.allowed_targets.contains(&req.to) {
        return Err(ApiError::Forbidden(format!(
            "{} is not a medvault contract the relayer pays for",
            req.to
        )));
    }
    if req.gas > U256::from(policy.max_gas_per_request) {
        return Err(ApiError::Forbidden(format!(
            "gas {} is above the per-request limit {}",
            req.gas, policy.max_gas_per_request
        )));
    }
    let deadline: u64 = req.deadline.to();
    if deadline < auth::now_secs() {
        return Err(ApiError::Unauthorized(format!("request expired (deadline {deadline})")));
    }
    let nonce = ctx.chain.forward_nonce(req.from).await.map_err(ApiError::Chain)?;
    let key = forward_key(req.from, nonce);
    if !ctx.chain.forward_verify(&req).await.map_err(ApiError::Chain)? {
        // A request already relayed fails verify (its nonce moved on): say so if we relayed it.
        refuse_replay(&ctx, forward_key(req.from, nonce.saturating_sub(U256::from(1)))).await?;
        return Err(ApiError::Unauthorized(
            "the forwarder rejects the request: bad signature, used nonce, expired, or an untrusting target"
                .into(),
        ));
    }
    refuse_replay(&ctx, key).await?;
    // A request that would revert is answered now, with why, and nothing is stored: it holds
    // neither its nonce nor the sender's gas budget. One estimate both finds that and prices it.
    let to = ctx.config.forwarder;
    let from = req.from;
    let input: Bytes = MedvaultForwarder::executeCall { request: req.clone() }.abi_encode().into();
    match ctx.chain.sponsored_cost(to, &input).await.map_err(ApiError::Chain)? {
        Sponsored::Costs(cost) => charge(&ctx, from, cost).await?,
        Sponsored::Reverts(outer) => {
            let reason =
                ctx.chain.forward_revert_reason(&req, outer).await.map_err(ApiError::Chain)?;
            return Err(ApiError::BadRequest(format!(
                "the request reverts: {reason} (nothing was relayed; nonce {nonce} is still the next)"
            )));
        }
    }
    let call = TxCall { to, input };
    accept(&ctx, key, call, "forward").await
}

/// `GET /v1/relay/{key}`.
pub async fn status(
    State(ctx): State<ApiContext>,
    Path(key): Path<B256>,
) -> Result<Json<RelayStatus>> {
    ctx.submitter
        .status(key)
        .await
        .map_err(ApiError::Tx)?
        .map(|s| Json(s.into()))
        .ok_or_else(|| ApiError::NotFound(format!("nothing was submitted under {key}")))
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::relay_hold;

    /// Calls from one window are held to its end (plus at most a quarter window), so they go out
    /// together; no window, no hold.
    #[test]
    fn calls_are_held_to_the_end_of_their_window() {
        let w = Duration::from_secs(12);
        assert_eq!(relay_hold(Duration::ZERO, 1_234, 99), Duration::ZERO);
        assert_eq!(relay_hold(w, 24_000, 0), w, "at a boundary: the whole next window");
        assert_eq!(relay_hold(w, 25_000, 0), Duration::from_millis(11_000));
        assert_eq!(relay_hold(w, 35_999, 0), Duration::from_millis(1));
        for entropy in [0, 1, 2_999, 3_000, 3_001, u64::MAX] {
            let end_of_window = Duration::from_millis(11_000);
            let h = relay_hold(w, 25_000, entropy);
            assert!(h >= end_of_window && h <= end_of_window + w / 4, "{h:?}");
        }
    }
}
