//! The task that owns the signer's nonce.
//!
//! Everything that changes a submission happens here, one event at a time: gas estimates come back,
//! nonces are assigned (only after a successful estimate), attempts are signed, journaled and
//! broadcast, node errors are acted on by meaning, new blocks are scanned for our receipts, stuck
//! transactions are replaced and reorged ones are sent again. Network calls run concurrently as
//! futures; their results come back to this loop as [`Event`]s.
//!
//! Work is done in groups: the loop takes every event and job that is ready before it acts, then
//! signs every submission whose gas is known and journals all of their attempts in one transaction
//! before any is broadcast; receipts found in one poll are journaled in one transaction too. A
//! group is as large as the load makes it, so a quiet manager still sends each call at once.

use std::{
    collections::{BTreeMap, BTreeSet, HashMap, HashSet},
    sync::Arc,
    time::Duration,
};

use alloy::{
    primitives::{Address, B256, Bytes, keccak256},
    signers::local::{PrivateKeySigner, Secp256k1Signer},
};
use futures::{FutureExt, StreamExt, future::BoxFuture, stream::FuturesUnordered};
use tokio::{
    sync::{mpsc, watch},
    time::Instant,
};

use super::{
    Changes, Finality, GasPolicy, IdempotencyKey, TxCall, TxConfig, TxStatus, Waiters,
    alert::Alerts,
    chain::{BlockView, TxSender, sign},
    error::{Result, RpcErrorKind, TxError},
    fees::Fees,
    gas::{GasCache, Lookup},
    journal::{Attempt, Inclusion, Journal, Row},
};

/// Blocks scanned per poll at most (the rest wait for the next poll).
const MAX_BLOCKS_PER_POLL: u64 = 256;
/// Concurrent block fetches within one poll.
const BLOCK_FETCH_CONCURRENCY: usize = 32;
/// Canonical block hashes remembered for reorg detection.
const CANONICAL_WINDOW: u64 = 4096;
/// How often the market fees are asked for (they only set the fees of new attempts, with room for
/// a doubling base fee, and a replacement takes the market again).
const FEE_REFRESH: Duration = Duration::from_secs(1);

/// How long a check's finding "our nonce is used, none of our attempts mined" must last before the
/// submission is signed again with a new nonce.
const CONSUMED_RECHECK: Duration = Duration::from_secs(1);

/// Signatures one thread makes before a group is worth splitting across threads (an ECDSA
/// signature with its encoding is ~21 µs through libsecp256k1, ~37 µs through k256; a thread costs
/// ~30 µs to start).
const SIGNATURES_PER_THREAD: usize = 64;

/// A submission with its nonce and gas, to be signed.
struct Unsigned {
    id: i64,
    nonce: u64,
    gas_limit: u64,
    call: TxCall,
}

/// Signs a group, each submission with its own nonce, on up to one thread per core when the group
/// is large; the results come back in the group's order. Signing is the engine's largest CPU cost
/// under load, and it runs inside the loop that owns the nonce.
fn sign_all<'a>(
    signer: &Secp256k1Signer,
    chain_id: u64,
    fees: Fees,
    group: &'a [Unsigned],
) -> Vec<(&'a Unsigned, Result<Attempt>)> {
    let one = |u: &'a Unsigned| (u, sign(signer, chain_id, u.nonce, u.gas_limit, fees, &u.call));
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .min(group.len().div_ceil(SIGNATURES_PER_THREAD));
    if threads <= 1 {
        return group.iter().map(one).collect();
    }
    std::thread::scope(|s| {
        let parts: Vec<_> = group
            .chunks(group.len().div_ceil(threads))
            .map(|part| s.spawn(move || part.iter().map(one).collect::<Vec<_>>()))
            .collect();
        parts.into_iter().flat_map(|p| p.join().expect("a signing thread panicked")).collect()
    })
}

/// A fresh submission handed to the engine.
#[derive(Debug)]
pub(super) struct Job {
    pub(super) id: i64,
    pub(super) key: IdempotencyKey,
    pub(super) call: TxCall,
    pub(super) gas: GasPolicy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Waiting for (or retrying) the gas estimate; holds no nonce.
    Estimating,
    /// Holds a nonce; at least one attempt signed and journaled.
    Pending,
    /// Included in a block; waiting for confirmations.
    Mined,
}

#[derive(Debug)]
struct Entry {
    key: IdempotencyKey,
    call: TxCall,
    phase: Phase,
    nonce: Option<u64>,
    attempts: Vec<Attempt>,
    /// The node accepted one of the attempts at some point.
    accepted: bool,
    last_sent: Instant,
    retry_at: Option<Instant>,
    backoff: Duration,
    inclusion: Option<Inclusion>,
    /// A network operation for this entry is outstanding.
    busy: bool,
    /// The latest attempt's gas limit came from a remembered estimate, not one made for this call.
    gas_remembered: bool,
    /// When a check first found the nonce used with no receipt for any attempt of ours.
    consumed_seen: Option<Instant>,
}

struct CheckOutcome {
    inclusion: Option<Inclusion>,
    latest_nonce: u64,
    pending_nonce: u64,
    head: u64,
    /// The chain's finalized block, when the manager follows it (else 0).
    finalized: u64,
}

struct Poll {
    head: u64,
    fork: Option<u64>,
    blocks: Vec<BlockView>,
    /// Asked for when due ([`FEE_REFRESH`]).
    fees: Option<Fees>,
    /// `None` when the head has not moved since the last poll (nor, then, the nonce).
    latest_nonce: Option<u64>,
    /// The chain's finalized block, when the manager follows it and the answer came.
    finalized: Option<u64>,
}

enum Event {
    Estimated { id: i64, call: TxCall, result: Result<u64> },
    Sent { id: i64, hash: B256, result: Result<B256> },
    SentGroup(Vec<(i64, B256, Result<B256>)>),
    Checked { id: i64, result: Result<CheckOutcome> },
    Polled(Result<Poll>),
}

pub(super) struct Engine {
    chain: Arc<dyn TxSender>,
    /// The relayer's key, signing through libsecp256k1 (see [`sign_all`]).
    signer: Secp256k1Signer,
    address: Address,
    chain_id: u64,
    journal: Journal,
    config: TxConfig,
    waiters: Arc<Waiters>,
    /// Every status change, for [`super::TxManager::subscribe`].
    changes: Changes,
    /// Faults retried and the funds alert, for [`super::TxManager::alerts`] and `/metrics`.
    alerts: Arc<Alerts>,
    entries: HashMap<i64, Entry>,
    by_hash: HashMap<B256, i64>,
    next_nonce: u64,
    free: BTreeSet<u64>,
    queue: std::collections::VecDeque<Job>,
    events: FuturesUnordered<BoxFuture<'static, Event>>,
    fees: Fees,
    canonical: BTreeMap<u64, B256>,
    latest_nonce: u64,
    head: u64,
    /// The chain's newest finalized block, when [`Finality::Finalized`] is followed.
    finalized: u64,
    scan_from: u64,
    polling: bool,
    last_gap_fill: Instant,
    fees_at: Instant,
    gas: GasCache,
    /// Submissions whose gas limit is known, waiting for a nonce, in arrival order.
    ready: Vec<(i64, u64)>,
}

impl Engine {
    /// Loads every unfinished submission from the journal and reconciles the nonce with the chain.
    pub(super) async fn resume(
        chain: Arc<dyn TxSender>,
        signer: PrivateKeySigner,
        journal: Journal,
        config: TxConfig,
        waiters: Arc<Waiters>,
        changes: Changes,
        alerts: Arc<Alerts>,
    ) -> Result<Self> {
        let address = signer.address();
        let chain_id = chain.chain_id().await?;
        let pending = chain.nonce(address, true).await?;
        let latest = chain.nonce(address, false).await?;
        let fees = chain.market_fees(config.max_fee_per_gas_cap).await?;
        let head = chain.head().await?;
        let finalized = match config.finality {
            Finality::Finalized => chain.finalized().await?,
            Finality::Depth(_) => 0,
        };
        if config.finality == Finality::Finalized && finalized == 0 && head > 0 {
            tracing::warn!(
                head,
                "the node reports no finalized block: nothing is confirmed until it does (a chain without finality needs --confirmations <blocks>)"
            );
        }
        let j = journal.clone();
        let (rows, max_nonce) = tokio::task::spawn_blocking(move || -> Result<_> {
            Ok((j.open_rows()?, j.max_nonce()?))
        })
        .await
        .map_err(|e| TxError::Task(e.to_string()))??;

        let next_nonce = pending.max(max_nonce.map_or(0, |n| n + 1));
        let gas = GasCache::new(config.gas_estimate_ttl);
        let mut engine = Self {
            chain,
            signer: signer.into_secp256k1(),
            address,
            chain_id,
            journal,
            config,
            waiters,
            changes,
            alerts,
            entries: HashMap::new(),
            by_hash: HashMap::new(),
            next_nonce,
            free: BTreeSet::new(),
            queue: Default::default(),
            events: FuturesUnordered::new(),
            fees,
            canonical: BTreeMap::new(),
            latest_nonce: latest,
            head,
            finalized,
            scan_from: head,
            polling: false,
            last_gap_fill: Instant::now(),
            fees_at: Instant::now(),
            gas,
            ready: Vec::new(),
        };
        let mut held = HashSet::new();
        let resumed = rows.len();
        for row in rows {
            if let Some(n) = row.nonce {
                held.insert(n);
            }
            engine.adopt(row);
        }
        // Nonces the journal handed out but no open submission holds, and the chain has not used:
        // they must be filled or the node would hold every later transaction back.
        engine.free = (latest..next_nonce).filter(|n| !held.contains(n)).collect();
        tracing::info!(
            signer = %address, next_nonce, latest_nonce = latest, resumed,
            free = engine.free.len(), "transaction manager resumed"
        );
        Ok(engine)
    }

    /// Takes a journaled row back under management after a restart.
    fn adopt(&mut self, row: Row) {
        let Row { id, key, call, status, nonce, inclusion, attempts } = row;
        match status {
            // The policy is not journaled: a resumed call is estimated for itself.
            TxStatus::Queued => {
                self.queue.push_back(Job { id, key, call, gas: GasPolicy::Estimate })
            }
            TxStatus::Submitted { .. } | TxStatus::Mined { .. } => {
                let mined = matches!(status, TxStatus::Mined { .. });
                for a in &attempts {
                    self.by_hash.insert(a.tx_hash, id);
                }
                self.entries.insert(
                    id,
                    Entry {
                        key,
                        call,
                        phase: if mined { Phase::Mined } else { Phase::Pending },
                        nonce,
                        attempts,
                        accepted: true,
                        last_sent: Instant::now(),
                        retry_at: None,
                        backoff: self.config.retry_backoff,
                        inclusion: if mined { inclusion } else { None },
                        busy: false,
                        gas_remembered: false,
                        consumed_seen: None,
                    },
                );
                if !mined {
                    // Was it mined while we were away, dropped, or is its nonce gone?
                    self.check(id);
                }
            }
            TxStatus::Confirmed { .. } | TxStatus::Failed { .. } => {}
        }
    }

    pub(super) async fn run(
        mut self,
        mut jobs: mpsc::UnboundedReceiver<Job>,
        mut stop: watch::Receiver<bool>,
    ) {
        let mut tick = tokio::time::interval(self.config.receipt_poll);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut jobs_open = true;
        loop {
            self.start_queued();
            self.flush_ready();
            let room = self.entries.len() < self.config.max_in_flight;
            tokio::select! {
                biased;
                _ = stop.changed() => break,
                Some(event) = self.events.next(), if !self.events.is_empty() => self.on_event(event),
                job = jobs.recv(), if jobs_open && room => match job {
                    Some(job) => self.queue.push_back(job),
                    None => jobs_open = false,
                },
                _ = tick.tick() => self.on_tick(),
            }
            // Whatever else is ready now joins this group before anything is signed or sent.
            while let Some(Some(event)) = self.events.next().now_or_never() {
                self.on_event(event);
            }
            while jobs_open && let Ok(job) = jobs.try_recv() {
                self.queue.push_back(job);
            }
        }
        tracing::info!(in_flight = self.entries.len(), "transaction manager stopped");
    }

    fn start_queued(&mut self) {
        while self.entries.len() < self.config.max_in_flight {
            let Some(job) = self.queue.pop_front() else {
                break;
            };
            if self.entries.contains_key(&job.id) {
                continue;
            }
            let lookup = match job.gas {
                GasPolicy::ReuseForShape => self.gas.lookup(job.id, &job.call, Instant::now()),
                GasPolicy::Estimate => Lookup::Estimate,
            };
            self.entries.insert(
                job.id,
                Entry {
                    key: job.key,
                    call: job.call,
                    phase: Phase::Estimating,
                    nonce: None,
                    attempts: Vec::new(),
                    accepted: false,
                    last_sent: Instant::now(),
                    retry_at: None,
                    backoff: self.config.retry_backoff,
                    inclusion: None,
                    busy: false,
                    gas_remembered: false,
                    consumed_seen: None,
                },
            );
            match lookup {
                Lookup::Known(gas) => self.gas_known(job.id, gas, true),
                Lookup::Estimate => self.estimate(job.id),
                Lookup::Wait => {
                    if let Some(e) = self.entries.get_mut(&job.id) {
                        e.busy = true;
                    }
                }
            }
        }
    }

    fn estimate(&mut self, id: i64) {
        let Some(e) = self.entries.get_mut(&id) else {
            return;
        };
        e.busy = true;
        let (chain, from, call) = (self.chain.clone(), self.address, e.call.clone());
        self.events.push(
            async move {
                let result = chain.estimate_gas(from, &call).await;
                Event::Estimated { id, call, result }
            }
            .boxed(),
        );
    }

    fn send(&mut self, id: i64, attempt_index: Option<usize>) {
        let Some(e) = self.entries.get_mut(&id) else {
            return;
        };
        let Some(a) = attempt_index.map_or(e.attempts.last(), |i| e.attempts.get(i)) else {
            return;
        };
        e.busy = true;
        let (chain, raw, hash) = (self.chain.clone(), a.raw.clone(), a.tx_hash);
        self.events.push(
            async move {
                let result = chain.send_raw(&raw).await;
                crate::failpoint::hit("tx.sent");
                Event::Sent { id, hash, result }
            }
            .boxed(),
        );
    }

    fn check(&mut self, id: i64) {
        let Some(e) = self.entries.get_mut(&id) else {
            return;
        };
        e.busy = true;
        let hashes: Vec<B256> = e.attempts.iter().map(|a| a.tx_hash).collect();
        let (chain, address) = (self.chain.clone(), self.address);
        let want_finalized = self.config.finality == Finality::Finalized;
        self.events.push(
            async move {
                let result = async {
                    // The nonce first: if it is already past ours and none of our attempts has a
                    // receipt afterwards, the nonce was consumed by someone else (an attempt of ours
                    // mined in between would show its receipt).
                    let latest_nonce = chain.nonce(address, false).await?;
                    let pending_nonce = chain.nonce(address, true).await?;
                    let head = chain.head().await?;
                    let finalized = if want_finalized { chain.finalized().await? } else { 0 };
                    let mut inclusion = None;
                    for h in hashes {
                        if let Some(i) = chain.inclusion(h).await? {
                            inclusion = Some(i);
                            break;
                        }
                    }
                    Ok(CheckOutcome { inclusion, latest_nonce, pending_nonce, head, finalized })
                }
                .await;
                Event::Checked { id, result }
            }
            .boxed(),
        );
    }

    fn take_nonce(&mut self) -> u64 {
        if let Some(n) = self.free.pop_first() {
            return n;
        }
        let n = self.next_nonce;
        self.next_nonce += 1;
        n
    }

    fn on_event(&mut self, event: Event) {
        match event {
            Event::Estimated { id, call, result } => self.on_estimated(id, &call, result),
            Event::Sent { id, hash, result } => self.on_sent(id, hash, result),
            Event::SentGroup(answers) => {
                for (id, hash, result) in answers {
                    self.on_sent(id, hash, result);
                }
            }
            Event::Checked { id, result } => self.on_checked(id, result),
            Event::Polled(result) => self.on_polled(result),
        }
    }

    fn on_estimated(&mut self, id: i64, call: &TxCall, result: Result<u64>) {
        let waited = self.gas.settle(call, result.as_ref().ok().copied(), Instant::now());
        for other in waited {
            match &result {
                Ok(gas) => self.gas_known(other, *gas, true),
                // Their own arguments may fare better: each asks for itself.
                Err(_) => self.estimate(other),
            }
        }
        let Some(e) = self.entries.get_mut(&id) else {
            return;
        };
        e.busy = false;
        let gas = match result {
            Ok(gas) => gas,
            Err(err) => {
                match err.rpc_kind() {
                    Some(RpcErrorKind::Reverted { reason }) => {
                        let reason = format!("reverted at estimation: {reason}");
                        tracing::warn!(key = %e.key.0, %reason, "call fails; no nonce used");
                        self.fail(id, reason);
                    }
                    // An infrastructure fault (unpaid gas, a rate limit, a lagging node, ...):
                    // the call waits, holding no nonce, and the operator is told.
                    _ if err.is_retryable() => {
                        self.alert(&err, "gas estimation");
                        self.schedule_retry(id);
                    }
                    _ => self.fail(id, format!("gas estimation rejected: {err}")),
                }
                return;
            }
        };
        self.gas_known(id, gas, false);
    }

    /// The call's gas is known (estimated now, or `remembered` for its shape): it waits for the
    /// next group to be signed.
    fn gas_known(&mut self, id: i64, gas: u64, remembered: bool) {
        let Some(e) = self.entries.get_mut(&id) else {
            return;
        };
        e.gas_remembered = remembered;
        let gas_limit = gas.saturating_mul(self.config.gas_limit_percent) / 100;
        self.ready.push((id, gas_limit.max(gas)));
    }

    /// Gives each ready submission a nonce (in arrival order) and signs it, journals every attempt
    /// in one transaction, then broadcasts them all. Nothing is sent that is not journaled.
    fn flush_ready(&mut self) {
        if self.ready.is_empty() {
            return;
        }
        let fees = self.fees;
        let mut unsigned = Vec::with_capacity(self.ready.len());
        for (id, gas_limit) in std::mem::take(&mut self.ready) {
            let Some(e) = self.entries.get(&id) else {
                continue;
            };
            let call = e.call.clone();
            unsigned.push(Unsigned { id, nonce: self.take_nonce(), gas_limit, call });
        }
        let mut signed = Vec::with_capacity(unsigned.len());
        for (u, result) in sign_all(&self.signer, self.chain_id, fees, &unsigned) {
            match result {
                Ok(attempt) => signed.push((u.id, attempt)),
                Err(err) => {
                    self.release_nonce_if_unsent(u.id, u.nonce);
                    self.fail(u.id, err.to_string());
                }
            }
        }
        if let Err(err) = self.journal.record_attempts(&signed) {
            tracing::error!(%err, count = signed.len(), "journal write failed; attempts not sent");
            for (id, attempt) in signed {
                self.release_nonce_if_unsent(id, attempt.nonce);
                self.schedule_retry(id);
            }
            return;
        }
        crate::failpoint::hit("tx.signed");
        let ids = signed.iter().map(|(id, _)| *id).collect();
        for (id, attempt) in signed {
            self.attach(id, attempt);
        }
        self.send_group(ids);
    }

    /// Broadcasts the latest attempt of each submission, all in one request to the node.
    fn send_group(&mut self, ids: Vec<i64>) {
        let mut group = Vec::with_capacity(ids.len());
        for id in ids {
            let Some(e) = self.entries.get_mut(&id) else {
                continue;
            };
            let Some(a) = e.attempts.last() else {
                continue;
            };
            e.busy = true;
            group.push((id, a.tx_hash, a.raw.clone()));
        }
        if group.is_empty() {
            return;
        }
        let chain = self.chain.clone();
        self.events.push(
            async move {
                let raws: Vec<Bytes> = group.iter().map(|(.., raw)| raw.clone()).collect();
                let answers = chain.send_raw_many(&raws).await;
                crate::failpoint::hit("tx.sent");
                Event::SentGroup(
                    group
                        .into_iter()
                        .zip(answers)
                        .map(|((id, hash, _), a)| (id, hash, a))
                        .collect(),
                )
            }
            .boxed(),
        );
    }

    /// Signs an attempt, journals it, then broadcasts it. Nothing is sent that is not journaled.
    fn sign_and_send(&mut self, id: i64, nonce: u64, gas_limit: u64, fees: Fees, call: &TxCall) {
        let attempt = match sign(&self.signer, self.chain_id, nonce, gas_limit, fees, call) {
            Ok(a) => a,
            Err(err) => {
                self.release_nonce_if_unsent(id, nonce);
                return self.fail(id, err.to_string());
            }
        };
        if let Err(err) = self.journal.record_attempt(id, &attempt) {
            tracing::error!(%err, "journal write failed; attempt not sent");
            self.release_nonce_if_unsent(id, nonce);
            return self.schedule_retry(id);
        }
        crate::failpoint::hit("tx.signed");
        self.attach(id, attempt);
        self.send(id, None);
    }

    /// Makes a journaled attempt the submission's latest (to be broadcast next).
    fn attach(&mut self, id: i64, attempt: Attempt) {
        let Some(e) = self.entries.get_mut(&id) else {
            return;
        };
        e.phase = Phase::Pending;
        e.nonce = Some(attempt.nonce);
        e.last_sent = Instant::now();
        let key = e.key;
        let status = TxStatus::Submitted { tx_hash: attempt.tx_hash, nonce: attempt.nonce };
        self.by_hash.insert(attempt.tx_hash, id);
        e.attempts.push(attempt);
        self.publish(key, status);
    }

    /// Gives a nonce back when no attempt with it ever reached the node.
    fn release_nonce_if_unsent(&mut self, id: i64, nonce: u64) {
        let unsent = self.entries.get(&id).is_none_or(|e| !e.accepted && e.attempts.is_empty());
        if unsent && nonce >= self.latest_nonce {
            self.free.insert(nonce);
        }
    }

    /// Raises a retried node fault to the operator: counted by kind for `/metrics`, logged with a
    /// stable message (an error when the signer cannot pay, which needs the operator).
    fn alert(&self, err: &TxError, during: &'static str) {
        let Some(kind) = err.rpc_kind() else {
            return;
        };
        self.alerts.fault(kind);
        if *kind == RpcErrorKind::InsufficientFunds {
            tracing::error!(
                signer = %self.address, during,
                "ALERT: the signer cannot pay for gas; submissions wait until it is funded"
            );
        } else {
            tracing::warn!(kind = kind.label(), during, %err, "ALERT: node fault; retrying with backoff");
        }
    }

    fn schedule_retry(&mut self, id: i64) {
        let Some(e) = self.entries.get_mut(&id) else {
            return;
        };
        e.busy = false;
        e.retry_at = Some(Instant::now() + e.backoff);
        e.backoff = (e.backoff * 2).min(self.config.retry_backoff * 32);
    }

    fn on_sent(&mut self, id: i64, hash: B256, result: Result<B256>) {
        let Some(e) = self.entries.get_mut(&id) else {
            return;
        };
        e.busy = false;
        let kind = match &result {
            Ok(_) => None,
            Err(err) => Some(err.rpc_kind().cloned().unwrap_or(RpcErrorKind::Rejected)),
        };
        match kind {
            None | Some(RpcErrorKind::AlreadyKnown) => {
                e.accepted = true;
                e.backoff = self.config.retry_backoff;
                e.last_sent = Instant::now();
                self.alerts.funded();
            }
            Some(RpcErrorKind::NonceTooLow) => self.check(id),
            Some(RpcErrorKind::Underpriced | RpcErrorKind::FeeCapTooLow) => {
                tracing::debug!(%hash, "fees too low for the pool; replacing");
                self.replace(id);
            }
            Some(RpcErrorKind::NonceTooHigh) => self.schedule_retry(id),
            // The same signed bytes go again after a backoff: the submission keeps its nonce (a
            // released nonce would leave a gap), and an acknowledged record is never failed for
            // what an operator or a minute can fix.
            Some(
                RpcErrorKind::Transport
                | RpcErrorKind::InsufficientFunds
                | RpcErrorKind::RateLimited
                | RpcErrorKind::PoolFull
                | RpcErrorKind::LaggingNode
                | RpcErrorKind::Unrecognised,
            ) => {
                if let Err(err) = &result {
                    self.alert(err, "broadcast");
                }
                self.schedule_retry(id);
            }
            Some(RpcErrorKind::Reverted { reason }) => {
                self.fail_unless_accepted(id, format!("rejected by the node: {reason}"))
            }
            Some(RpcErrorKind::Rejected) => {
                let msg = result.err().map(|e| e.to_string()).unwrap_or_default();
                tracing::warn!(%hash, %msg, "transaction rejected by the node");
                self.fail_unless_accepted(id, format!("rejected by the node: {msg}"));
            }
        }
    }

    /// Fails a submission none of whose attempts the node ever took; its nonce is released.
    /// If an earlier attempt is in the pool, the submission stays tracked.
    fn fail_unless_accepted(&mut self, id: i64, reason: String) {
        let Some(e) = self.entries.get(&id) else {
            return;
        };
        if e.accepted {
            tracing::warn!(key = %e.key.0, %reason, "replacement refused; the earlier attempt stands");
            return;
        }
        if let Some(n) = e.nonce {
            self.free.insert(n);
        }
        self.fail(id, reason);
    }

    fn fail(&mut self, id: i64, reason: String) {
        if let Err(err) = self.journal.set_failed(id, &reason) {
            tracing::error!(%err, "journal write failed");
            return self.schedule_retry(id);
        }
        if let Some(e) = self.forget(id) {
            self.notify(e.key, TxStatus::Failed { reason });
        }
    }

    fn forget(&mut self, id: i64) -> Option<Entry> {
        let e = self.entries.remove(&id)?;
        for a in &e.attempts {
            self.by_hash.remove(&a.tx_hash);
        }
        Some(e)
    }

    /// A final status: tells the key's waiters and every subscriber.
    fn notify(&self, key: IdempotencyKey, status: TxStatus) {
        let waiting = self.waiters.lock().unwrap_or_else(|p| p.into_inner()).remove(&key);
        for w in waiting.into_iter().flatten() {
            let _ = w.send(status.clone());
        }
        self.publish(key, status);
    }

    /// Tells every subscriber of a status just journaled (none subscribed is fine; a lagging
    /// subscriber reads the journal when it wakes).
    fn publish(&self, key: IdempotencyKey, status: TxStatus) {
        let _ = self.changes.send((key, status));
    }

    /// Sends the same nonce with higher fees (or the same bytes again when the cap allows no bump).
    fn replace(&mut self, id: i64) {
        let Some(e) = self.entries.get(&id) else {
            return;
        };
        let (Some(last), Some(nonce)) = (e.attempts.last(), e.nonce) else {
            return;
        };
        match last.fees.bumped(
            self.config.fee_bump_percent,
            self.fees,
            self.config.max_fee_per_gas_cap,
        ) {
            Some(fees) => {
                tracing::info!(
                    key = %e.key.0, nonce, old = last.fees.max_fee_per_gas,
                    new = fees.max_fee_per_gas, "replacing with higher fees"
                );
                let (gas, call) = (last.gas_limit, e.call.clone());
                self.sign_and_send(id, nonce, gas, fees, &call);
            }
            None => {
                tracing::warn!(key = %e.key.0, nonce, "fee cap reached; rebroadcasting as is");
                if let Some(e) = self.entries.get_mut(&id) {
                    e.last_sent = Instant::now();
                }
                self.send(id, None);
            }
        }
    }

    fn on_checked(&mut self, id: i64, result: Result<CheckOutcome>) {
        let Some(e) = self.entries.get_mut(&id) else {
            return;
        };
        e.busy = false;
        let out = match result {
            Ok(out) => out,
            Err(err) => {
                if let Some(kind) = err.rpc_kind() {
                    self.alerts.fault(kind);
                }
                tracing::debug!(%err, "check failed; will retry");
                e.retry_at = Some(Instant::now() + e.backoff);
                e.backoff = (e.backoff * 2).min(self.config.retry_backoff * 32);
                return;
            }
        };
        let (nonce, phase) = (e.nonce, e.phase);
        self.latest_nonce = self.latest_nonce.max(out.latest_nonce);
        self.head = self.head.max(out.head);
        self.finalized = self.finalized.max(out.finalized);
        if let Some(inc) = out.inclusion {
            self.mined(id, inc);
            // The node's receipt names its canonical block; confirm if final.
            if self.config.finality.is_final(inc.block_number, out.head, self.finalized) {
                self.confirm(id);
            }
            return;
        }
        let Some(nonce) = nonce else { return };
        if out.latest_nonce > nonce {
            let Some(e) = self.entries.get_mut(&id) else {
                return;
            };
            // None of our attempts is in a block, yet the nonce is used. A node may show a new
            // block's nonces a moment before its receipts (anvil did, for a block mined while the
            // check ran), so this must hold twice, CONSUMED_RECHECK apart, before it counts; the
            // polls meanwhile find the receipt if there is one.
            let now = Instant::now();
            match e.consumed_seen {
                Some(seen) if now.duration_since(seen) >= CONSUMED_RECHECK => {}
                Some(seen) => {
                    e.retry_at = Some(seen + CONSUMED_RECHECK);
                    return;
                }
                None => {
                    e.consumed_seen = Some(now);
                    e.retry_at = Some(now + CONSUMED_RECHECK);
                    return;
                }
            }
            // Still so: someone else sent with this key. Our attempts can never be mined; sign the
            // call again with a fresh nonce.
            tracing::warn!(key = %e.key.0, nonce, "nonce consumed outside the manager; reassigning");
            self.next_nonce = self.next_nonce.max(out.pending_nonce);
            self.free.retain(|&n| n >= out.latest_nonce);
            self.requeue(id);
        } else {
            // Not mined and the nonce is still ours: make sure the node has it (same bytes).
            if phase == Phase::Mined {
                let mut back = None;
                if let Some(e) = self.entries.get_mut(&id) {
                    e.phase = Phase::Pending;
                    back = e.inclusion.take().map(|inc| (e.key, inc.tx_hash));
                }
                match self.journal.set_reorged(id) {
                    Err(err) => tracing::error!(%err, "journal write failed"),
                    Ok(()) => {
                        if let Some((key, tx_hash)) = back {
                            self.publish(key, TxStatus::Submitted { tx_hash, nonce });
                        }
                    }
                }
            }
            self.send(id, None);
        }
    }

    /// Takes a submission back to Queued (journaled) without a nonce or attempts, and estimates it
    /// again: none of its attempts can take effect any more.
    fn requeue(&mut self, id: i64) {
        if let Err(err) = self.journal.set_requeued(id) {
            tracing::error!(%err, "journal write failed");
            return self.schedule_retry(id);
        }
        let Some(e) = self.entries.get_mut(&id) else {
            return;
        };
        for a in std::mem::take(&mut e.attempts) {
            self.by_hash.remove(&a.tx_hash);
        }
        e.nonce = None;
        e.consumed_seen = None;
        e.phase = Phase::Estimating;
        e.accepted = false;
        e.inclusion = None;
        e.gas_remembered = false;
        let key = e.key;
        self.publish(key, TxStatus::Queued);
        self.estimate(id);
    }

    fn mined(&mut self, id: i64, inc: Inclusion) {
        self.mined_many(vec![(id, inc)]);
    }

    /// Journals the inclusions found (one transaction for all), then marks the submissions Mined.
    fn mined_many(&mut self, found: Vec<(i64, Inclusion)>) {
        let fresh: Vec<(i64, Inclusion)> = found
            .into_iter()
            .filter(|(id, inc)| {
                self.entries
                    .get(id)
                    .is_some_and(|e| e.phase != Phase::Mined || e.inclusion != Some(*inc))
            })
            .collect();
        if fresh.is_empty() {
            return;
        }
        if let Err(err) = self.journal.set_mined_many(&fresh) {
            tracing::error!(%err, "journal write failed");
            return;
        }
        for (id, inc) in fresh {
            if let Some(e) = self.entries.get_mut(&id) {
                e.phase = Phase::Mined;
                e.inclusion = Some(inc);
                e.accepted = true;
                let status = TxStatus::Mined {
                    tx_hash: inc.tx_hash,
                    block_number: inc.block_number,
                    block_hash: inc.block_hash,
                };
                let key = e.key;
                self.publish(key, status);
            }
        }
    }

    fn confirm(&mut self, id: i64) {
        self.confirm_many(vec![id]);
    }

    /// Mined submissions deep enough: journaled as final (one transaction for all), then their
    /// waiters are told. One that reverted with a remembered gas limit is estimated again instead
    /// of failing (see [`super::gas`]).
    fn confirm_many(&mut self, ids: Vec<i64>) {
        let mut finals = Vec::with_capacity(ids.len());
        for id in ids {
            let Some(e) = self.entries.get(&id) else {
                continue;
            };
            let Some(inc) = e.inclusion else {
                continue;
            };
            if !inc.succeeded && e.gas_remembered {
                tracing::warn!(
                    key = %e.key.0, tx = %inc.tx_hash,
                    "reverted on-chain with a remembered gas limit; estimating afresh"
                );
                self.gas.forget(&e.call);
                self.requeue(id);
            } else {
                finals.push((id, inc));
            }
        }
        if finals.is_empty() {
            return;
        }
        let rows: Vec<(i64, bool)> = finals.iter().map(|(id, inc)| (*id, inc.succeeded)).collect();
        if let Err(err) = self.journal.set_confirmed_many(&rows) {
            tracing::error!(%err, "journal write failed");
            return;
        }
        for (id, inc) in finals {
            let Some(e) = self.forget(id) else {
                continue;
            };
            let status = if inc.succeeded {
                tracing::debug!(key = %e.key.0, tx = %inc.tx_hash, block = inc.block_number, "confirmed");
                TxStatus::Confirmed {
                    tx_hash: inc.tx_hash,
                    block_number: inc.block_number,
                    block_hash: inc.block_hash,
                }
            } else {
                tracing::warn!(key = %e.key.0, tx = %inc.tx_hash, "transaction reverted on-chain");
                TxStatus::Failed { reason: "reverted on-chain (receipt status 0)".into() }
            };
            self.notify(e.key, status);
        }
    }

    /// A mined submission's block left the canonical chain: back to Submitted, and the included
    /// bytes go to the node again (it may have dropped them with the block).
    fn reorged(&mut self, id: i64) {
        let Some(e) = self.entries.get_mut(&id) else {
            return;
        };
        let Some(inc) = e.inclusion.take() else {
            return;
        };
        tracing::warn!(key = %e.key.0, block = inc.block_number, "block reorged out; resubmitting");
        e.phase = Phase::Pending;
        e.last_sent = Instant::now();
        let (key, nonce) = (e.key, e.nonce);
        let index = e.attempts.iter().position(|a| a.tx_hash == inc.tx_hash);
        match self.journal.set_reorged(id) {
            Err(err) => tracing::error!(%err, "journal write failed"),
            Ok(()) => {
                if let Some(nonce) = nonce {
                    self.publish(key, TxStatus::Submitted { tx_hash: inc.tx_hash, nonce });
                }
            }
        }
        self.send(id, index);
    }

    fn on_tick(&mut self) {
        let now = Instant::now();
        if !self.polling {
            self.poll();
        }
        let mut retry = Vec::new();
        let mut stuck = Vec::new();
        for (&id, e) in &self.entries {
            if e.busy {
                continue;
            }
            if e.retry_at.is_some_and(|t| t <= now) {
                retry.push((id, e.phase));
            } else if e.phase == Phase::Pending
                && e.retry_at.is_none()
                && now.duration_since(e.last_sent) >= self.config.stuck_after
            {
                stuck.push((id, e.nonce));
            }
        }
        for (id, phase) in retry {
            if let Some(e) = self.entries.get_mut(&id) {
                e.retry_at = None;
            }
            match phase {
                Phase::Estimating => self.estimate(id),
                Phase::Pending => self.send(id, None),
                Phase::Mined => self.check(id),
            }
        }
        for (id, nonce) in stuck {
            // Only the lowest unmined nonce can be stuck for its own fees; later ones wait on it
            // and are only handed to the node again in case it dropped them.
            if nonce == Some(self.latest_nonce) {
                self.replace(id);
            } else {
                if let Some(e) = self.entries.get_mut(&id) {
                    e.last_sent = now;
                }
                self.send(id, None);
            }
        }
        self.fill_gaps(now);
    }

    /// After a reorg, the nonces the chain no longer holds that no open submission holds either: those
    /// of transactions confirmed and forgotten that the reorg took out (deeper than the confirmation
    /// depth). Every later transaction waits behind such a hole, so each is given to the next
    /// submission or filled ([`Self::fill_gaps`]); what the dropped transaction did is the caller's
    /// to redo (the batcher's reconciliation anchors a dropped root again).
    fn free_reorged_nonces(&mut self) {
        let held: HashSet<u64> = self.entries.values().filter_map(|e| e.nonce).collect();
        let holes: Vec<u64> =
            (self.latest_nonce..self.next_nonce).filter(|n| !held.contains(n)).collect();
        if holes.is_empty() {
            return;
        }
        tracing::error!(
            from = self.latest_nonce,
            holes = holes.len(),
            "ALERT a reorg dropped confirmed transactions (deeper than the confirmation depth): their nonces are reused"
        );
        self.free.extend(holes);
    }

    /// A nonce given back (its submission failed before reaching the node) blocks every later one;
    /// when no new submission takes it, a no-op transfer to self fills it.
    fn fill_gaps(&mut self, now: Instant) {
        if self.free.is_empty()
            || !self.queue.is_empty()
            || self.entries.values().any(|e| e.phase == Phase::Estimating)
            || now.duration_since(self.last_gap_fill)
                < self.config.stuck_after.min(Duration::from_secs(5))
        {
            return;
        }
        self.last_gap_fill = now;
        let Some(&nonce) = self.free.first() else {
            return;
        };
        let mut seed = b"medvault.tx.gap-fill".to_vec();
        seed.extend_from_slice(&nonce.to_be_bytes());
        seed.extend_from_slice(
            &std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0)
                .to_be_bytes(),
        );
        let key = IdempotencyKey(keccak256(&seed));
        let call = TxCall { to: self.address, input: Bytes::new() };
        match self.journal.insert_or_get(&key, &call) {
            Ok((row, _)) => {
                tracing::info!(nonce, "filling a released nonce with a no-op transfer");
                self.queue.push_back(Job { id: row.id, key, call, gas: GasPolicy::Estimate });
            }
            Err(err) => tracing::error!(%err, "journal write failed"),
        }
    }

    fn poll(&mut self) {
        self.polling = true;
        let chain = self.chain.clone();
        let address = self.address;
        let cap = self.config.max_fee_per_gas_cap;
        let last = self.canonical.last_key_value().map(|(&n, &h)| (n, h));
        // The first round scans from the head seen at start, so nothing mined meanwhile is skipped.
        let scan_from = self.scan_from;
        let recent: Vec<(u64, B256)> =
            self.canonical.iter().rev().take(256).map(|(&n, &h)| (n, h)).collect();
        let want_fees = self.fees_at.elapsed() >= FEE_REFRESH;
        if want_fees {
            self.fees_at = Instant::now();
        }
        let want_finalized = self.config.finality == Finality::Finalized;
        let scan = Scan { address, cap, scan_from, last, recent, want_fees, want_finalized };
        // Bounded as a whole, whatever the sender's own timeouts: while a poll is out no other
        // starts, so one that never ends would stop receipt tracking for every submission.
        let limit = self.config.rpc_timeout.saturating_mul(3);
        self.events.push(
            async move {
                let polled =
                    tokio::time::timeout(limit, poll(chain, scan)).await.unwrap_or_else(|_| {
                        Err(TxError::Rpc {
                            kind: RpcErrorKind::Transport,
                            message: format!("receipt poll took longer than {limit:?}"),
                        })
                    });
                Event::Polled(polled)
            }
            .boxed(),
        );
    }

    fn on_polled(&mut self, result: Result<Poll>) {
        self.polling = false;
        let poll = match result {
            Ok(p) => p,
            Err(err) => {
                if let Some(kind) = err.rpc_kind() {
                    self.alerts.fault(kind);
                }
                tracing::debug!(%err, "block poll failed; retrying on the next tick");
                return;
            }
        };
        if let Some(fees) = poll.fees {
            self.fees = fees;
        }
        if let Some(finalized) = poll.finalized {
            self.finalized = self.finalized.max(finalized);
        }
        self.head = poll.head;
        if let Some(latest) = poll.latest_nonce {
            self.latest_nonce = latest;
            self.free.retain(|&n| n >= latest);
        }
        if let Some(fork) = poll.fork {
            tracing::warn!(fork, head = poll.head, "chain reorganised");
            self.canonical.split_off(&(fork + 1));
            let orphaned: Vec<i64> = self
                .entries
                .iter()
                .filter(|(_, e)| e.inclusion.is_some_and(|i| i.block_number > fork))
                .map(|(&id, _)| id)
                .collect();
            for id in orphaned {
                self.reorged(id);
            }
            if poll.latest_nonce.is_some() {
                self.free_reorged_nonces();
            }
        }
        let mut found = Vec::new();
        for b in poll.blocks {
            self.canonical.insert(b.number, b.hash);
            for inc in b.ours {
                if let Some(&id) = self.by_hash.get(&inc.tx_hash) {
                    found.push((id, inc));
                }
            }
        }
        self.mined_many(found);
        if let Some(&last) = self.canonical.keys().next_back() {
            let keep_from = last.saturating_sub(CANONICAL_WINDOW);
            self.canonical = self.canonical.split_off(&keep_from);
        }
        // Confirmation: final and still canonical.
        let mut confirm = Vec::new();
        let mut orphaned = Vec::new();
        let mut unknown = Vec::new();
        for (&id, e) in &self.entries {
            let (Phase::Mined, Some(inc)) = (e.phase, e.inclusion) else {
                continue;
            };
            if e.busy || !self.config.finality.is_final(inc.block_number, self.head, self.finalized)
            {
                continue;
            }
            match self.canonical.get(&inc.block_number) {
                Some(&h) if h == inc.block_hash => confirm.push(id),
                Some(_) => orphaned.push(id),
                None => unknown.push(id),
            }
        }
        self.confirm_many(confirm);
        for id in orphaned {
            self.reorged(id);
        }
        for id in unknown {
            self.check(id);
        }
    }
}

/// What a receipt-tracker round looks at.
struct Scan {
    address: Address,
    cap: u128,
    /// Where the first round starts.
    scan_from: u64,
    /// The newest block remembered as canonical.
    last: Option<(u64, B256)>,
    /// Recent canonical blocks, newest first, to find a fork point.
    recent: Vec<(u64, B256)>,
    /// Whether to ask for the market fees.
    want_fees: bool,
    /// Whether to ask for the finalized block.
    want_finalized: bool,
}

/// One receipt-tracker round: detects a reorg against the remembered hashes, then fetches every new
/// block's receipts (concurrently) and keeps our inclusions. The signer's nonce is asked for only
/// when there are new blocks or a fork (nothing else moves it).
async fn poll(chain: Arc<dyn TxSender>, scan: Scan) -> Result<Poll> {
    let Scan { address, cap, scan_from, last, recent, want_fees, want_finalized } = scan;
    let head = chain.head().await?;
    let mut fork = None;
    let first = match last {
        None => scan_from.min(head),
        Some((n, h)) => {
            let still = if n <= head { chain.block_hash(n).await? == Some(h) } else { false };
            if still {
                n + 1
            } else {
                let mut f = recent.last().map_or(0, |&(n, _)| n.saturating_sub(1));
                for &(n, h) in &recent {
                    if n <= head && chain.block_hash(n).await? == Some(h) {
                        f = n;
                        break;
                    }
                }
                fork = Some(f);
                f + 1
            }
        }
    };
    let last_block = head.min(first.saturating_add(MAX_BLOCKS_PER_POLL - 1));
    let blocks: Vec<Result<Option<BlockView>>> = futures::stream::iter(first..=last_block)
        .map(|n| {
            let chain = chain.clone();
            async move { chain.block(n, address).await }
        })
        .buffered(BLOCK_FETCH_CONCURRENCY)
        .collect()
        .await;
    // The blocks up to the first that failed count: under a flaky node a round of many blocks
    // would otherwise almost never succeed whole, and tracking would stall. The next round goes on
    // from the last block kept.
    let mut views = Vec::with_capacity(blocks.len());
    for b in blocks {
        match b {
            Ok(Some(v)) => views.push(v),
            Ok(None) => break,
            Err(e) if views.is_empty() => return Err(e),
            Err(e) => {
                tracing::debug!(%e, kept = views.len(), "block fetch failed; keeping the blocks before it");
                break;
            }
        }
    }
    let partial = !views.is_empty();
    // Fees and the nonce are asked for again next round if this answer fails after blocks were
    // scanned (the round's blocks are not thrown away for them).
    let fees = match want_fees {
        false => None,
        true => match chain.market_fees(cap).await {
            Ok(f) => Some(f),
            Err(_) if partial => None,
            Err(e) => return Err(e),
        },
    };
    let moved = !views.is_empty() || fork.is_some() || last.is_none();
    let latest_nonce = match moved {
        false => None,
        true => match chain.nonce(address, false).await {
            Ok(n) => Some(n),
            Err(_) if partial => None,
            Err(e) => return Err(e),
        },
    };
    let finalized = match want_finalized && moved {
        false => None,
        true => match chain.finalized().await {
            Ok(n) => Some(n),
            Err(_) if partial => None,
            Err(e) => return Err(e),
        },
    };
    // The tracker only counts confirmations up to the blocks it has scanned.
    let head = views.last().map_or(head.min(first.saturating_sub(1)), |v| v.number);
    Ok(Poll { head, fork, blocks: views, fees, latest_nonce, finalized })
}
