//! The transaction manager: submission that loses nothing.
//!
//! One [`TxManager`] per signer key. It owns that signer's nonces (no other component may send from
//! the key), journals every submission in SQLite before acknowledging it, and drives each one through
//! an explicit, persisted lifecycle (`Queued → Submitted → Mined → Confirmed | Failed`).
//!
//! - [`journal`]: the SQLite tables and every state transition;
//! - [`chain`]: the [`TxSender`] trait (the chain as a side effect) and its JSON-RPC implementation,
//!   plus signing;
//! - `in_memory` (feature `test-utils`): an in-memory single-signer chain implementing
//!   [`TxSender`], for tests;
//! - [`fees`]: market fees and replacement bumps;
//! - `gas` (private): gas estimates remembered per call shape, so a call like one estimated a
//!   moment ago is not estimated again;
//! - [`error`]: the error enum and the classification of node errors by meaning;
//! - [`alert`]: the faults the manager retries, counted for `/metrics` and logged as alerts;
//! - `engine` (private): the task that owns the nonce, sends, tracks receipts by block, replaces
//!   stuck transactions and reconciles reorgs.
//!
//! The lifecycle is described in prose in `docs/TRANSACTIONS.md`.

pub mod alert;
pub mod chain;
mod engine;
pub mod error;
pub mod fees;
mod gas;
#[cfg(any(test, feature = "test-utils"))]
pub mod in_memory;
pub mod journal;

use std::{
    collections::HashMap,
    path::Path,
    sync::{Arc, Mutex},
    time::Duration,
};

use alloy::{
    primitives::{Address, B256, Bytes},
    signers::local::PrivateKeySigner,
};
use tokio::sync::{broadcast, mpsc, oneshot, watch};

pub use chain::{RpcSender, TxSender};
pub use error::{Result, RpcErrorKind, TxError};
pub use fees::Fees;
use journal::Journal;

/// A caller-chosen key: the same key never produces a second on-chain effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IdempotencyKey(pub B256);

/// What to send: target and calldata (value always 0). Gas, fees and nonce are the manager's business.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TxCall {
    /// Target contract.
    pub to: Address,
    /// Calldata.
    pub input: Bytes,
}

/// How the gas limit of a call is found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum GasPolicy {
    /// Estimated for this very call, so a call that would revert fails at estimation, before it
    /// takes a nonce.
    #[default]
    Estimate,
    /// An estimate made in the last `gas_estimate_ttl` for a call of the same shape (target,
    /// selector, calldata length) serves, saving the node an `eth_estimateGas` (see `gas`). For
    /// the relayer's own calls, whose gas does not depend on their arguments' values and which are
    /// not expected to revert (batch anchors). Never for calls built from user input: such a call
    /// that reverts costs gas on-chain instead of failing at estimation.
    ReuseForShape,
}

/// Persisted lifecycle of one submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TxStatus {
    /// Journaled; not yet signed (waiting for gas estimation or a nonce).
    Queued,
    /// Signed and broadcast (`tx_hash` is the latest attempt; replacements change it).
    Submitted {
        /// Hash of the latest attempt.
        tx_hash: B256,
        /// The nonce the submission holds.
        nonce: u64,
    },
    /// Included in a block that is not yet deep enough.
    Mined {
        /// Hash of the included attempt.
        tx_hash: B256,
        /// Block number.
        block_number: u64,
        /// Block hash.
        block_hash: B256,
    },
    /// Included in a canonical block with the configured number of confirmations. Final.
    Confirmed {
        /// Hash of the included attempt.
        tx_hash: B256,
        /// Block number.
        block_number: u64,
        /// Block hash.
        block_hash: B256,
    },
    /// Will never take effect (reverted at estimation or on-chain, or rejected). Final.
    Failed {
        /// Why.
        reason: String,
    },
}

impl TxStatus {
    /// Whether the status can no longer change.
    pub fn is_final(&self) -> bool {
        matches!(self, Self::Confirmed { .. } | Self::Failed { .. })
    }
}

/// When an included transaction counts as final (`--confirmations`).
///
/// A chain whose consensus finalizes blocks (Ethereum and its testnets, the OP Stack chains,
/// Arbitrum, Polygon PoS) is best followed by its `finalized` block: nothing before it can be
/// reorganised without slashing a third of the stake. A depth is a guess at how deep reorgs go, for
/// chains without finality and for the local chain. Anything shallower than finality is backed by
/// the batcher's reconciliation, which re-checks recently confirmed roots on-chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Finality {
    /// Blocks the transaction's block must have on top of it, itself included (1 = in the head).
    Depth(u64),
    /// In a block at or below the chain's `finalized` block.
    Finalized,
}

impl Finality {
    /// The default of a chain: a depth of one block on a local development chain (anvil, hardhat,
    /// ganache: chain ids 31337 and 1337), whose blocks only the test running it can reorganise;
    /// `finalized` everywhere else.
    pub const fn for_chain(chain_id: u64) -> Self {
        match chain_id {
            31337 | 1337 => Self::Depth(1),
            _ => Self::Finalized,
        }
    }

    /// Whether a transaction in block `block` is final, with the chain at `head` and its
    /// finalized block at `finalized`.
    pub const fn is_final(self, block: u64, head: u64, finalized: u64) -> bool {
        match self {
            Self::Depth(d) => head + 1 >= block + if d == 0 { 1 } else { d },
            Self::Finalized => block <= finalized,
        }
    }
}

impl std::fmt::Display for Finality {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Depth(d) => write!(f, "{d}"),
            Self::Finalized => f.write_str("finalized"),
        }
    }
}

impl std::str::FromStr for Finality {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "finalized" => Ok(Self::Finalized),
            n => match n.parse::<u64>() {
                Ok(d) if d >= 1 => Ok(Self::Depth(d)),
                _ => Err(format!(
                    "`{s}` is not a confirmation rule: give a number of blocks (1 or more) or \
                     `finalized`"
                )),
            },
        }
    }
}

/// Tuning of a [`TxManager`].
#[derive(Debug, Clone)]
pub struct TxConfig {
    /// When an included transaction is final: a number of blocks, or the chain's `finalized` block.
    pub finality: Finality,
    /// How often the receipt tracker looks for new blocks.
    pub receipt_poll: Duration,
    /// How long a transaction may wait in the pool before it is replaced with higher fees.
    pub stuck_after: Duration,
    /// Percent by which a replacement raises both fees (at least 13, above every node's minimum).
    pub fee_bump_percent: u64,
    /// Upper bound for `maxFeePerGas`, in wei.
    pub max_fee_per_gas_cap: u128,
    /// Submissions being estimated, sent or tracked at once; the rest wait in the queue.
    pub max_in_flight: usize,
    /// Gas limit as a percentage of the estimate.
    pub gas_limit_percent: u64,
    /// How long an estimate serves later calls of the same shape (target, selector, calldata
    /// length) without estimating them; zero estimates every call. See `gas`.
    pub gas_estimate_ttl: Duration,
    /// First delay before retrying after an infrastructure fault (a transport error, a rate limit,
    /// a full pool, a lagging node, unpaid gas, an unknown error); it doubles up to 32×.
    pub retry_backoff: Duration,
    /// How long one JSON-RPC request may take before it counts as a transport fault: a node that
    /// accepts the connection and never answers must not stop receipt tracking.
    pub rpc_timeout: Duration,
}

impl Default for TxConfig {
    fn default() -> Self {
        Self {
            finality: Finality::Depth(1),
            receipt_poll: Duration::from_millis(100),
            stuck_after: Duration::from_secs(30),
            fee_bump_percent: 15,
            max_fee_per_gas_cap: 500_000_000_000,
            max_in_flight: 256,
            gas_limit_percent: 125,
            gas_estimate_ttl: Duration::from_secs(60),
            retry_backoff: Duration::from_millis(200),
            rpc_timeout: Duration::from_secs(10),
        }
    }
}

type Waiters = Mutex<HashMap<IdempotencyKey, Vec<oneshot::Sender<TxStatus>>>>;

/// Where the engine publishes every status change ([`TxManager::subscribe`]).
type Changes = broadcast::Sender<(IdempotencyKey, TxStatus)>;

/// Status changes buffered per subscriber before a slow one is told it lagged.
pub const CHANGES_BUFFER: usize = 1024;

struct Inner {
    journal: Journal,
    jobs: mpsc::UnboundedSender<engine::Job>,
    waiters: Arc<Waiters>,
    changes: Changes,
    stop: watch::Sender<bool>,
    task: Mutex<Option<tokio::task::JoinHandle<()>>>,
    address: Address,
    alerts: Arc<alert::Alerts>,
}

/// One per signer: the only thing that hands out that signer's nonces.
#[derive(Clone)]
pub struct TxManager {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for TxManager {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TxManager").field("address", &self.inner.address).finish_non_exhaustive()
    }
}

impl TxManager {
    /// Opens the journal (SQLite, WAL; own tables, so the record store's file is fine), resumes
    /// every unfinished submission, starts the nonce-owning task and the receipt tracker.
    pub async fn start(
        rpc_url: &str,
        signer: PrivateKeySigner,
        db_path: &Path,
        config: TxConfig,
    ) -> Result<Self> {
        let chain = Arc::new(RpcSender::with_timeout(rpc_url, config.rpc_timeout)?);
        Self::start_with(chain, signer, db_path, config).await
    }

    /// [`TxManager::start`] over any [`TxSender`].
    pub async fn start_with(
        chain: Arc<dyn TxSender>,
        signer: PrivateKeySigner,
        db_path: &Path,
        config: TxConfig,
    ) -> Result<Self> {
        alert::init();
        let journal = Journal::open(db_path)?;
        let address = signer.address();
        let waiters: Arc<Waiters> = Arc::default();
        let (jobs, jobs_rx) = mpsc::unbounded_channel();
        let (stop, stop_rx) = watch::channel(false);
        let (changes, _) = broadcast::channel(CHANGES_BUFFER);
        let alerts = Arc::new(alert::Alerts::default());
        let engine = engine::Engine::resume(
            chain,
            signer,
            journal.clone(),
            config,
            waiters.clone(),
            changes.clone(),
            alerts.clone(),
        )
        .await?;
        let task = tokio::spawn(engine.run(jobs_rx, stop_rx));
        Ok(Self {
            inner: Arc::new(Inner {
                journal,
                jobs,
                waiters,
                changes,
                stop,
                task: Mutex::new(Some(task)),
                address,
                alerts,
            }),
        })
    }

    /// The signer's address.
    pub fn address(&self) -> Address {
        self.inner.address
    }

    /// The node faults this manager retried and whether its signer is short of funds.
    pub fn alerts(&self) -> &alert::Alerts {
        &self.inner.alerts
    }

    /// Durably records the call (before returning) and queues it. Calling again with the same key
    /// returns the existing status and sends nothing new (the first call's target and data stand).
    /// Its gas is estimated for it ([`GasPolicy::Estimate`]).
    pub async fn submit(&self, key: IdempotencyKey, call: TxCall) -> Result<TxStatus> {
        self.submit_with(key, call, GasPolicy::Estimate).await
    }

    /// [`TxManager::submit`] with a choice of how the gas limit is found.
    #[tracing::instrument(name = "tx.submit", skip(self, call, gas), fields(key = %key.0, to = %call.to))]
    pub async fn submit_with(
        &self,
        key: IdempotencyKey,
        call: TxCall,
        gas: GasPolicy,
    ) -> Result<TxStatus> {
        let (row, job) = self.journal(key, call, gas).await?;
        if let Some(job) = job {
            self.inner.jobs.send(job).map_err(|_| TxError::Stopped)?;
        }
        Ok(row.status)
    }

    /// Journals `call` under `key` (or finds it journaled); the job for the nonce owner if it is new.
    async fn journal(
        &self,
        key: IdempotencyKey,
        call: TxCall,
        gas: GasPolicy,
    ) -> Result<(journal::Row, Option<engine::Job>)> {
        let journal = self.inner.journal.clone();
        let (row, fresh) = {
            let call = call.clone();
            tokio::task::spawn_blocking(move || journal.insert_or_get(&key, &call))
                .await
                .map_err(|e| TxError::Task(e.to_string()))??
        };
        if fresh {
            crate::failpoint::hit("tx.journaled");
        }
        let job = fresh.then(|| engine::Job { id: row.id, key, call, gas });
        Ok((row, job))
    }

    /// [`TxManager::submit`], journaled now (acknowledged) but handed to the nonce owner only after
    /// `hold`: the relayer holds users' calls to the end of a window so that calls from one window
    /// go out together and their timing does not tie them to their senders' other actions. A call
    /// held when the relayer stops is sent at once when it resumes.
    pub async fn submit_held(
        &self,
        key: IdempotencyKey,
        call: TxCall,
        hold: std::time::Duration,
    ) -> Result<TxStatus> {
        let (row, job) = self.journal(key, call, GasPolicy::Estimate).await?;
        if let Some(job) = job {
            let jobs = self.inner.jobs.clone();
            tokio::spawn(async move {
                tokio::time::sleep(hold).await;
                // A stopped manager resumes the journaled call when it starts again.
                let _ = jobs.send(job);
            });
        }
        Ok(row.status)
    }

    /// [`TxManager::submit_with`] for many calls at once: all are journaled in one transaction (one
    /// commit) before this returns, and reach the nonce owner together. Statuses in call order.
    pub async fn submit_many(
        &self,
        calls: Vec<(IdempotencyKey, TxCall)>,
        gas: GasPolicy,
    ) -> Result<Vec<TxStatus>> {
        let journal = self.inner.journal.clone();
        let rows = tokio::task::spawn_blocking(move || {
            let rows = journal.insert_many(&calls)?;
            Ok::<_, TxError>(rows.into_iter().zip(calls).collect::<Vec<_>>())
        })
        .await
        .map_err(|e| TxError::Task(e.to_string()))??;
        let mut statuses = Vec::with_capacity(rows.len());
        for ((row, fresh), (key, call)) in rows {
            if fresh {
                self.inner
                    .jobs
                    .send(engine::Job { id: row.id, key, call, gas })
                    .map_err(|_| TxError::Stopped)?;
            }
            statuses.push(row.status);
        }
        Ok(statuses)
    }

    /// Every status change from now on, as `(key, new status)`, in the order the engine journals
    /// them: a submission signed or replaced (`Submitted`), put in a block (`Mined`), final
    /// (`Confirmed`, `Failed`), reorged back (`Submitted`) or taken back to `Queued`. For
    /// consumers that follow submissions: an event is a reason to read the statuses they care
    /// about, not a record to keep. A receiver more than [`CHANGES_BUFFER`] events behind gets
    /// `Lagged` and should then read every status it follows; a change made while nobody was
    /// subscribed is not replayed, so a consumer reads its statuses once after subscribing.
    pub fn subscribe(&self) -> broadcast::Receiver<(IdempotencyKey, TxStatus)> {
        self.inner.changes.subscribe()
    }

    /// Current status of a key, or `None` if it was never submitted.
    pub async fn status(&self, key: &IdempotencyKey) -> Result<Option<TxStatus>> {
        let journal = self.inner.journal.clone();
        let key = *key;
        tokio::task::spawn_blocking(move || journal.get(&key))
            .await
            .map_err(|e| TxError::Task(e.to_string()))?
            .map(|row| row.map(|r| r.status))
    }

    /// Forgets a submission that failed before it was ever broadcast (see
    /// [`Journal::forget_unsent`]), so that `key` may carry another call: a user's request that
    /// reverted at estimation used no nonce of theirs, and must not hold the key it signed. True if
    /// one was forgotten; a submission ever sent, or not final, stays.
    pub async fn forget_unsent(&self, key: &IdempotencyKey) -> Result<bool> {
        let journal = self.inner.journal.clone();
        let key = *key;
        tokio::task::spawn_blocking(move || journal.forget_unsent(&key))
            .await
            .map_err(|e| TxError::Task(e.to_string()))?
    }

    /// Waits until the key is Confirmed or Failed, or the timeout passes; then returns the status
    /// it has (a non-final one on timeout). An unknown key is an error.
    pub async fn wait(&self, key: &IdempotencyKey, timeout: Duration) -> Result<TxStatus> {
        let mut one = self.wait_all(std::slice::from_ref(key), timeout).await?;
        Ok(one.pop().expect("one status per key"))
    }

    /// How many keys have someone waiting for them (tests: waits leave nothing behind).
    #[cfg(test)]
    pub(crate) fn waiting_keys(&self) -> usize {
        self.inner.waiters.lock().unwrap_or_else(|p| p.into_inner()).len()
    }

    /// [`TxManager::wait`] for many keys, with one journal read for all of them: waits until each
    /// is Confirmed or Failed or the timeout passes, and returns their statuses in key order (a
    /// non-final one for a key still open at the timeout). An unknown key is an error.
    pub async fn wait_all(
        &self,
        keys: &[IdempotencyKey],
        timeout: Duration,
    ) -> Result<Vec<TxStatus>> {
        let deadline = tokio::time::Instant::now() + timeout;
        // Registered before the read, so a key finalised in between is not missed.
        let receivers: Vec<_> = {
            let mut waiters = self.inner.waiters.lock().unwrap_or_else(|p| p.into_inner());
            keys.iter()
                .map(|k| {
                    let (tx, rx) = oneshot::channel();
                    waiters.entry(*k).or_default().push(tx);
                    rx
                })
                .collect()
        };
        let statuses = self.collect_final(keys, receivers, deadline).await;
        // Keys that were final already are never notified again: drop their registrations.
        let mut waiters = self.inner.waiters.lock().unwrap_or_else(|p| p.into_inner());
        for key in keys {
            if let Some(list) = waiters.get_mut(key) {
                list.retain(|w| !w.is_closed());
                if list.is_empty() {
                    waiters.remove(key);
                }
            }
        }
        statuses
    }

    /// Reads every key's status in one go, then waits (until `deadline`) for the ones not final.
    async fn collect_final(
        &self,
        keys: &[IdempotencyKey],
        receivers: Vec<oneshot::Receiver<TxStatus>>,
        deadline: tokio::time::Instant,
    ) -> Result<Vec<TxStatus>> {
        let journal = self.inner.journal.clone();
        let owned = keys.to_vec();
        let now = tokio::task::spawn_blocking(move || journal.statuses(&owned))
            .await
            .map_err(|e| TxError::Task(e.to_string()))??;
        let mut statuses = Vec::with_capacity(keys.len());
        for ((key, status), rx) in keys.iter().zip(now).zip(receivers) {
            let status = status.ok_or(TxError::UnknownKey)?;
            if status.is_final() {
                statuses.push(status);
                continue;
            }
            match tokio::time::timeout_at(deadline, rx).await {
                Ok(Ok(status)) => statuses.push(status),
                Ok(Err(_)) | Err(_) => {
                    statuses.push(self.status(key).await?.ok_or(TxError::UnknownKey)?)
                }
            }
        }
        Ok(statuses)
    }

    /// Stops the tasks cleanly. Unfinished submissions stay in the journal and resume on the next
    /// start.
    pub async fn shutdown(self) {
        let _ = self.inner.stop.send(true);
        let task = self.inner.task.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(task) = task {
            let _ = task.await;
        }
    }
}
