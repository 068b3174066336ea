//! The batcher: cuts received records into batches, pins them, builds the tree and the manifest,
//! anchors the root and follows it to confirmation.
//!
//! Two loops run side by side ([`Batcher::run`]): one cuts a new batch when `max_records` are
//! waiting or the oldest has waited `window`, and pins it; the other moves every unfinished batch
//! one or more steps. So the next batch is pinned while earlier ones get their manifests and
//! anchors. The second loop follows anchors through the anchorer's status changes
//! ([`AnchorSubmitter::subscribe`]): a mined, confirmed or failed anchor wakes it at once, and its
//! own poll (`follow_poll`) is only the fallback. ([`Batcher::round`] does one pass of each, for tests and flushes.) Each step reads its
//! inputs from the store and writes its result in one transaction, and every side effect is
//! idempotent (the same bytes pin to the same CID; the same root has the same anchor key), so a
//! restart simply runs rounds again and every record resumes where it stopped:
//!
//! | state      | on resume                                                           |
//! |------------|---------------------------------------------------------------------|
//! | received   | packed and pinned into a new batch                                  |
//! | pinned     | tree, proofs and manifest built again (same root), manifest pinned¹ |
//! | batched    | anchor submitted with key keccak256("anchor" ‖ root)                |
//! | submitted  | status asked; if the submitter has never seen it, submitted again    |
//! | mined      | followed until confirmed                                            |
//!
//! ¹ The manifest's sealed part has a fresh ephemeral key each time it is built, so a manifest
//! pinned before a crash and never recorded is left orphaned and a new one is pinned; from
//! `batched` on the recorded manifest hash is the one anchored.
//!
//! # Manifest
//! JSON (version 2, [`medvault_primitives::manifest`]), pinned next to the batch object; its
//! keccak256 is the `manifest` argument of `anchorBatch`. In public it lists, in leaf order, each
//! leaf hash and where its envelope is in the batch object. Every leaf's fields, the patients'
//! accounts, the committee wraps and every submission's signature are in the metadata sealed to the
//! key committee: a submission signature binds its patients' accounts, so in public it would tell
//! anyone whose records they are.

use std::{
    collections::{BTreeMap, HashMap},
    sync::Arc,
    time::{Duration, Instant},
};

use alloy::primitives::{Address, B256, keccak256};
use tokio::sync::{Notify, watch};

use crate::background::{Schedule, follow, repeat, settled_or_mined};

use super::{
    anchor::{AnchorStatus, AnchorSubmitter, MAX_ANCHOR_ATTEMPTS, anchor_key, anchor_key_attempt},
    ipfs::{Pinner, pack},
    store::{BatchRow, BatchStep, RecordState, RecordStore, StoreError, metrics},
};
use medvault_primitives::{
    manifest::{METADATA_LABEL, VERSION as MANIFEST_VERSION},
    merkle::MerkleTree,
    types::PublicKey,
    wrapped_key::WrappedKey,
};

/// How many full batches one cut may pin side by side when the pipeline is behind.
pub const PARALLEL_PINS: usize = 2;

/// What went wrong in a round. All of it is retried in the next round.
#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// IPFS failed.
    #[error(transparent)]
    Ipfs(#[from] super::ipfs::IpfsError),
    /// Anchoring failed.
    #[error(transparent)]
    Anchor(#[from] super::anchor::AnchorError),
    /// A blocking task died.
    #[error("task failed: {0}")]
    Task(String),
}

/// Result alias for [`BatchError`].
pub type Result<T, E = BatchError> = std::result::Result<T, E>;

/// When to cut a batch.
#[derive(Clone, Debug)]
pub struct BatcherConfig {
    /// Cut as soon as this many records wait.
    pub max_records: usize,
    /// Cut whatever waits once the oldest has waited this long.
    pub window: Duration,
    /// How often to look at waiting records (with `window`), and the first backoff after a
    /// failed round.
    pub poll: Duration,
    /// How often to look at submitted anchors when no status change wakes the batcher first: a
    /// fallback, since the anchorer's changes ([`AnchorSubmitter::subscribe`]) wake it at once.
    pub follow_poll: Duration,
    /// How often to check batches not yet verified on every IPFS node (a failed backup pin, a
    /// crash before the check) and repair them.
    pub replicate_poll: Duration,
    /// The wait before the second attempt to anchor a root whose anchor failed; doubled before
    /// each later one ([`crate::anchor::MAX_ANCHOR_ATTEMPTS`] in all).
    pub anchor_retry: Duration,
    /// How often recently confirmed batches are re-checked on-chain ([`Batcher::reconcile`]);
    /// `None` never.
    pub reconcile: Option<Duration>,
    /// Chain id, written into manifests.
    pub chain_id: u64,
    /// RecordRegistry address, written into manifests.
    pub registry: Address,
}

pub use medvault_primitives::manifest::{
    LeafMetadata, Manifest, Metadata, PublicLeaf, SealedMetadata, Submission as ManifestSubmission,
};

/// What one [`Batcher::round`] did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Round {
    /// A new batch was cut and pinned.
    pub cut: bool,
    /// A batch cut earlier changed state.
    pub progressed: bool,
}

impl Round {
    /// Whether another round may find work at once.
    pub const fn busy(self) -> bool {
        self.cut || self.progressed
    }
}

/// The root and manifest hash a batch has from `batched` on.
fn committed(batch: &BatchRow) -> Result<(B256, B256)> {
    batch.root.zip(batch.manifest_hash).ok_or_else(|| {
        BatchError::Store(StoreError::Corrupt(format!(
            "batch {} is {} without a root and manifest",
            batch.id, batch.state
        )))
    })
}

/// The batcher service.
#[derive(Clone)]
pub struct Batcher {
    store: Arc<dyn RecordStore>,
    pinner: Arc<dyn Pinner>,
    backup: Option<Arc<dyn Pinner>>,
    anchorer: Arc<dyn AnchorSubmitter>,
    config: BatcherConfig,
    /// Roots whose anchor failed, and when their next attempt may go (in memory: a restart
    /// tries at once).
    retry_at: Arc<std::sync::Mutex<HashMap<B256, Instant>>>,
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, StoreError> + Send + 'static,
) -> Result<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| BatchError::Task(e.to_string()))?
        .map_err(Into::into)
}

/// Batches one reconciliation round re-checks at most (the newest).
const RECONCILE_MAX: usize = 1_000;

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

impl Batcher {
    /// A batcher over its side effects.
    pub fn new(
        store: Arc<dyn RecordStore>,
        pinner: Arc<dyn Pinner>,
        backup: Option<Arc<dyn Pinner>>,
        anchorer: Arc<dyn AnchorSubmitter>,
        config: BatcherConfig,
    ) -> Self {
        Self { store, pinner, backup, anchorer, config, retry_at: Arc::default() }
    }

    /// Runs until `shutdown` turns true, as two loops that do not wait for each other: one cuts and
    /// pins new batches (woken by `wake` when records arrive), the other moves cut batches through
    /// tree, manifest, anchor and confirmation (woken when a batch is cut, and when the anchorer
    /// reports a submission mined, confirmed or failed; else every `follow_poll`). Each loop goes
    /// again at once while it makes progress, so pinning runs back to back however long anchors
    /// take, and a batch is built as soon as it is pinned.
    pub async fn run(self, wake: Arc<Notify>, shutdown: watch::Receiver<bool>) {
        // Subscribed before the advancer's first round, which reads every open anchor's status.
        let changes = self.anchorer.subscribe();
        let pinned = Notify::new();
        // After an error, a backoff doubling from the poll interval up to 5 s.
        let schedule = |idle| Schedule {
            idle,
            backoff: self.config.poll,
            max_backoff: Duration::from_secs(5),
        };
        let idle = self.config.poll.min(self.config.window);
        let cutter =
            repeat("batcher cut", schedule(idle), Some(&wake), shutdown.clone(), || async {
                let did = self.cut(false).await?;
                if did {
                    pinned.notify_one();
                }
                Ok::<_, BatchError>(did)
            });
        let advancer = repeat(
            "batcher advance",
            schedule(self.config.follow_poll),
            Some(&pinned),
            shutdown.clone(),
            || self.advance_all(),
        );
        // Apart from the other two: a backup node that hangs until its timeout must not hold up
        // pinning or anchoring.
        let replicator = repeat(
            "batcher replicate",
            schedule(self.config.replicate_poll),
            None,
            shutdown.clone(),
            || async { Ok::<_, BatchError>(self.replicate().await? > 0) },
        );
        let reconcile_stop = shutdown.clone();
        let reconciler = async {
            let Some(every) = self.config.reconcile else { return };
            let schedule = Schedule { idle: every, backoff: every, max_backoff: every * 4 };
            repeat("batcher reconcile", schedule, None, reconcile_stop, || async {
                let reopened = self.reconcile().await?;
                if reopened > 0 {
                    pinned.notify_one();
                }
                // Never "busy": the next check waits its interval.
                Ok::<_, BatchError>(false)
            })
            .await;
        };
        let followed = follow(changes, settled_or_mined, &pinned, shutdown);
        tokio::join!(cutter, advancer, replicator, reconciler, followed);
    }

    /// One round: moves every unfinished batch as far as it can go now and, at the same time, cuts
    /// a new batch if one is due (or, with `flush`, if anything waits).
    ///
    /// The two touch different batches, so they overlap: the next batch is read and pinned while
    /// the batch cut in the previous round gets its tree, manifest and anchor, and while earlier
    /// anchors are followed. A batch cut in this round is built in the next one.
    pub async fn round(&self, flush: bool) -> Result<Round> {
        let (progressed, cut) = tokio::join!(self.advance_all(), self.cut(flush));
        // A batch cut while another failed to advance is durable; the error is reported after it.
        let (cut, progressed) = (cut?, progressed?);
        let replicated = self.replicate().await?;
        Ok(Round { cut, progressed: progressed || replicated > 0 })
    }

    /// Cuts and pins new batches if one is due; returns whether it did.
    ///
    /// When more than `max_records` wait (the pipeline is behind), up to [`PARALLEL_PINS`] full
    /// batches are cut at once and pinned side by side, so the node's I/O for one overlaps the
    /// other's hashing. Each batch is recorded in its own transaction, in order.
    async fn cut(&self, flush: bool) -> Result<bool> {
        let store = self.store.clone();
        let (waiting, oldest) = blocking(move || store.waiting()).await?;
        let Some(oldest) = oldest else {
            return Ok(false);
        };
        let max = self.config.max_records;
        let due = waiting >= max || now_ms() - oldest >= self.config.window.as_millis() as i64;
        if !(due || flush) {
            return Ok(false);
        }
        let started = Instant::now();
        let store = self.store.clone();
        let take = max * (waiting / max).clamp(1, PARALLEL_PINS);
        let pending = blocking(move || store.received(take)).await?;
        if pending.is_empty() {
            return Ok(false);
        }
        let read = started.elapsed();
        let pins = pending.chunks(max).map(|group| async move {
            let (data, ranges) = pack(group.iter().map(|p| p.envelope.as_slice()));
            let bytes = data.len();
            let pinned = self.pin(data).await?;
            let members: Vec<(i64, u64, u64)> =
                group.iter().zip(ranges).map(|(p, (o, l))| (p.id, o, l)).collect();
            Ok::<_, BatchError>((pinned, members, bytes))
        });
        let pinned_all = futures::future::join_all(pins).await;
        let pinned = started.elapsed();
        for result in pinned_all {
            let ((cid, replicated), members, bytes) = result?;
            let records = members.len();
            // The records' ids, so a submission's span (`ids`) can be followed into its batch.
            let first_record = members.first().map_or(0, |m| m.0);
            let last_record = members.last().map_or(0, |m| m.0);
            let store = self.store.clone();
            let cid2 = cid.clone();
            crate::failpoint::hit("batch.pinned");
            let batch = blocking(move || {
                let batch = store.create_batch(&cid2, &members)?;
                crate::failpoint::hit("batch.created");
                // A crash between the two leaves the batch unverified: `replicate` checks it.
                if replicated {
                    store.set_replicated(batch)?;
                }
                Ok(batch)
            })
            .await?;
            tracing::info!(
                batch, %cid, records, first_record, last_record, bytes,
                read_ms = read.as_millis() as u64,
                pin_ms = (pinned - read).as_millis() as u64,
                total_ms = started.elapsed().as_millis() as u64,
                "batch pinned"
            );
        }
        Ok(true)
    }

    /// Adds `data` to the primary node and the backup, pins it on both, and verifies each pin;
    /// returns the CID and whether every configured node is verified to hold it. The primary must
    /// succeed (its CID names the batch); a backup that fails is retried by [`Self::replicate`],
    /// and the spool keeps the bytes until it succeeds.
    async fn pin(&self, data: Vec<u8>) -> Result<(String, bool)> {
        let Some(backup) = &self.backup else {
            let cid = self.pinner.add_pinned(data).await?;
            let verified = self.verified(self.pinner.as_ref(), &cid, "primary").await;
            return Ok((cid, verified));
        };
        let (primary, copy) =
            tokio::join!(self.pinner.add_pinned(data.clone()), backup.add_pinned(data));
        let cid = primary?;
        let backed = match copy {
            Ok(c) if c == cid => self.verified(backup.as_ref(), &cid, "backup").await,
            Ok(other) => {
                metrics::REPLICATION_FAILURES.inc();
                tracing::error!(%cid, %other, "backup node gave the batch another CID; retried later");
                false
            }
            Err(e) => {
                metrics::REPLICATION_FAILURES.inc();
                tracing::warn!(error = %e, %cid, "backup pin failed; retried later, spool kept");
                false
            }
        };
        let whole = backed && self.verified(self.pinner.as_ref(), &cid, "primary").await;
        Ok((cid, whole))
    }

    /// Whether `node` lists `cid` among its pins (`pin ls`): an add that answered is not taken on
    /// trust, since a node may answer and lose the object (garbage collection, a lost disk).
    async fn verified(&self, node: &dyn Pinner, cid: &str, which: &str) -> bool {
        match node.is_pinned(cid).await {
            Ok(true) => true,
            Ok(false) => {
                metrics::REPLICATION_FAILURES.inc();
                tracing::warn!(%cid, node = which, "batch not pinned on the node; retried later");
                false
            }
            Err(e) => {
                metrics::REPLICATION_FAILURES.inc();
                tracing::warn!(%cid, node = which, error = %e, "pin not verified; retried later");
                false
            }
        }
    }

    /// Makes every batch not yet verified on every node whole again: a node missing the object
    /// gets it re-added from a node that has it (the same bytes give the same CID, which is the
    /// check that they are the same bytes) or, failing that, from the spool. Returns how many
    /// batches became replicated. A batch that stays short is tried again in the next round, and
    /// its spool files are kept meanwhile.
    pub async fn replicate(&self) -> Result<usize> {
        let store = self.store.clone();
        let batches = blocking(move || store.unreplicated()).await?;
        metrics::UNREPLICATED.set(batches.len() as i64);
        let mut done = 0;
        for batch in batches {
            match self.replicate_one(&batch).await {
                Ok(true) => {
                    let store = self.store.clone();
                    blocking(move || store.set_replicated(batch.id)).await?;
                    metrics::UNREPLICATED.dec();
                    tracing::info!(batch = batch.id, cid = %batch.data_cid, "batch replicated");
                    done += 1;
                }
                Ok(false) => {}
                Err(e) => {
                    metrics::REPLICATION_FAILURES.inc();
                    tracing::warn!(batch = batch.id, error = %e, "replication failed; retried");
                }
            }
        }
        Ok(done)
    }

    /// One batch of [`Self::replicate`]; returns whether every node now holds it, verified.
    async fn replicate_one(&self, batch: &BatchRow) -> Result<bool> {
        let cid = &batch.data_cid;
        let mut nodes: Vec<(&dyn Pinner, &str)> = vec![(self.pinner.as_ref(), "primary")];
        if let Some(b) = &self.backup {
            nodes.push((b.as_ref(), "backup"));
        }
        let mut missing = Vec::new();
        let mut holders = Vec::new();
        for (node, which) in nodes {
            if node.is_pinned(cid).await.unwrap_or(false) {
                holders.push(node);
            } else {
                missing.push((node, which));
            }
        }
        if missing.is_empty() {
            return Ok(true);
        }
        let mut object = None;
        for node in holders {
            if let Ok(bytes) = node.cat(cid).await {
                object = Some(bytes);
                break;
            }
        }
        if object.is_none() {
            let store = self.store.clone();
            let id = batch.id;
            object = blocking(move || store.spooled_object(id)).await?;
        }
        let Some(object) = object else {
            metrics::UNRECOVERABLE.inc();
            tracing::error!(
                batch = batch.id, %cid,
                "batch object on no IPFS node and not in the spool: restore it from a node's \
                 backup and re-add it (same bytes, same CID)"
            );
            return Ok(false);
        };
        let mut whole = true;
        for (node, which) in missing {
            match node.add_pinned(object.clone()).await {
                Ok(c) if c == *cid => {
                    tracing::warn!(batch = batch.id, %cid, node = which, "batch re-pinned");
                    whole &= self.verified(node, cid, which).await;
                }
                Ok(other) => {
                    // Bytes that do not give the batch's CID are not the batch's: never pinned
                    // in its place.
                    tracing::error!(batch = batch.id, %cid, %other, node = which, "bytes found for the batch give another CID");
                    whole = false;
                }
                Err(e) => {
                    tracing::warn!(batch = batch.id, %cid, node = which, error = %e, "re-pin failed; retried");
                    whole = false;
                }
            }
        }
        Ok(whole)
    }

    /// Re-checks the batches confirmed in the last [`crate::defaults::RECONCILE_HORIZON`] against
    /// the chain as it is now. A root no longer anchored — a reorg deeper than the confirmation
    /// depth took its anchor out — takes its batch back to submitted, with an alert, and the
    /// advancer anchors it again under a new key. Returns how many batches were reopened.
    pub async fn reconcile(&self) -> Result<usize> {
        let since = now_ms() - crate::defaults::RECONCILE_HORIZON.as_millis() as i64;
        let store = self.store.clone();
        let batches = blocking(move || store.confirmed_batches_since(since, RECONCILE_MAX)).await?;
        let mut reopened = 0;
        for batch in batches {
            let (root, _) = committed(&batch)?;
            if self.anchorer.anchored(root).await? != Some(false) {
                continue;
            }
            tracing::error!(
                batch = batch.id, %root, block = ?batch.block_number,
                "ALERT a confirmed batch's root is no longer anchored: a reorg deeper than the confirmation depth took it out; anchoring it again (raise --confirmations or use `finalized`)"
            );
            self.step(batch.id, BatchStep::Reopened).await?;
            crate::store::metrics::REOPENED.inc();
            reopened += 1;
        }
        Ok(reopened)
    }

    /// Advances each unfinished batch in turn; returns whether any changed state.
    async fn advance_all(&self) -> Result<bool> {
        let store = self.store.clone();
        let batches = blocking(move || store.unfinished_batches()).await?;
        let mut progressed = false;
        for batch in batches {
            progressed |= self.advance(batch).await?;
        }
        Ok(progressed)
    }

    /// Moves one batch as far as it can go now; returns whether it changed state.
    async fn advance(&self, mut batch: BatchRow) -> Result<bool> {
        let mut progressed = false;
        loop {
            let next = match batch.state {
                RecordState::Pinned => {
                    self.build(&batch).await?;
                    true
                }
                RecordState::Batched => {
                    let (root, manifest) = committed(&batch)?;
                    let key = anchor_key(root);
                    let status = self.anchorer.submit(key, root, manifest, batch.count).await?;
                    tracing::info!(batch = batch.id, %root, %key, "anchor submitted");
                    self.step(batch.id, BatchStep::Submitted).await?;
                    let status = self.after_failure(&batch, root, manifest, 0, status).await?;
                    self.apply(batch.id, RecordState::Submitted, status).await?;
                    return Ok(true);
                }
                RecordState::Submitted | RecordState::Mined => {
                    let (root, manifest) = committed(&batch)?;
                    let (attempt, known) = self.latest_attempt(root).await?;
                    let key = anchor_key_attempt(root, attempt);
                    let status = match known {
                        Some(s) => s,
                        None => {
                            tracing::info!(batch = batch.id, %root, "anchor unknown to the submitter; submitting again");
                            self.anchorer.submit(key, root, manifest, batch.count).await?
                        }
                    };
                    // Confirmed under its key, yet not on the chain: taken out by a reorg deeper
                    // than the confirmation depth (a reopened batch). That attempt is spent.
                    let status = match status {
                        AnchorStatus::Confirmed { .. }
                            if self.anchorer.anchored(root).await? == Some(false) =>
                        {
                            AnchorStatus::Failed {
                                reason: "confirmed, then taken off the chain by a reorg".into(),
                            }
                        }
                        s => s,
                    };
                    let status =
                        self.after_failure(&batch, root, manifest, attempt, status).await?;
                    return Ok(self.apply(batch.id, batch.state, status).await? || progressed);
                }
                RecordState::Received | RecordState::Confirmed | RecordState::Failed => false,
            };
            if !next {
                return Ok(progressed);
            }
            progressed = true;
            let store = self.store.clone();
            let id = batch.id;
            match blocking(move || store.batch(id)).await? {
                Some(b) => batch = b,
                None => return Ok(progressed),
            }
        }
    }

    /// The latest attempt to anchor `root` the submitter knows of, and its status (attempt 0 and
    /// `None` if none is known). Attempt n + 1 is only ever made after attempt n failed, so the
    /// known attempts are 0..=n.
    async fn latest_attempt(&self, root: B256) -> Result<(u32, Option<AnchorStatus>)> {
        let mut latest = (0, None);
        for attempt in 0..MAX_ANCHOR_ATTEMPTS {
            match self.anchorer.status(anchor_key_attempt(root, attempt), root).await? {
                Some(status) => latest = (attempt, Some(status)),
                None => break,
            }
        }
        Ok(latest)
    }

    /// What a failed anchor means. If the root is on-chain anyway (an earlier attempt landed, or
    /// another transaction anchored it), the batch is anchored: Confirmed at that log. Else, while
    /// attempts remain, the next attempt is submitted under its own key (a revert is final under
    /// its key, and the cause — a missing role, a node's state — may have passed). Only the last
    /// attempt's failure fails the batch, with an alert. Any other status is returned as it is.
    async fn after_failure(
        &self,
        batch: &BatchRow,
        root: B256,
        manifest: B256,
        attempt: u32,
        status: AnchorStatus,
    ) -> Result<AnchorStatus> {
        let AnchorStatus::Failed { reason } = status else {
            return Ok(status);
        };
        if let Some((tx_hash, block_number)) = self.anchorer.anchor_of(root).await? {
            tracing::info!(batch = batch.id, %root, %tx_hash, block_number, %reason, "anchor failed, but the root is on-chain: anchored");
            return Ok(AnchorStatus::Confirmed { tx_hash, block_number });
        }
        let next = attempt + 1;
        if next >= MAX_ANCHOR_ATTEMPTS {
            tracing::error!(batch = batch.id, %root, attempts = next, %reason, "ALERT anchoring a batch failed on every attempt: its records are not anchored (medvault audit lists them)");
            return Ok(AnchorStatus::Failed { reason });
        }
        {
            let now = Instant::now();
            let mut retry_at = self.retry_at.lock().unwrap_or_else(|p| p.into_inner());
            let at = *retry_at
                .entry(root)
                .or_insert_with(|| now + self.config.anchor_retry * (1 << attempt));
            if now < at {
                return Ok(AnchorStatus::Pending);
            }
            retry_at.remove(&root);
        }
        tracing::warn!(batch = batch.id, %root, attempt = next, %reason, "anchor failed; trying again under a new key");
        let key = anchor_key_attempt(root, next);
        Ok(match self.anchorer.submit(key, root, manifest, batch.count).await? {
            // Failed at once: the next round takes it from this attempt (after its wait).
            AnchorStatus::Failed { .. } => AnchorStatus::Pending,
            status => status,
        })
    }

    async fn step(&self, batch: i64, step: BatchStep) -> Result<()> {
        let store = self.store.clone();
        blocking(move || store.step(batch, step)).await
    }

    /// Records what the anchor's status says; returns whether the batch changed state.
    async fn apply(&self, batch: i64, from: RecordState, status: AnchorStatus) -> Result<bool> {
        match status {
            AnchorStatus::Pending => return Ok(false),
            AnchorStatus::Mined { tx_hash, block_number } => {
                if from == RecordState::Mined {
                    return Ok(false);
                }
                self.step(batch, BatchStep::Mined { tx_hash, block_number }).await?;
            }
            AnchorStatus::Confirmed { tx_hash, block_number } => {
                if from != RecordState::Mined {
                    self.step(batch, BatchStep::Mined { tx_hash, block_number }).await?;
                }
                self.step(batch, BatchStep::Confirmed { tx_hash, block_number }).await?;
                tracing::info!(batch, %tx_hash, block_number, "batch confirmed");
            }
            AnchorStatus::Failed { reason } => {
                tracing::error!(batch, %reason, "anchor failed");
                self.step(batch, BatchStep::Failed { reason }).await?;
            }
        }
        Ok(true)
    }

    /// Pinned → batched: tree, proofs, manifest.
    async fn build(&self, batch: &BatchRow) -> Result<()> {
        let started = Instant::now();
        let store = self.store.clone();
        let id = batch.id;
        let (members, subs) =
            blocking(move || Ok((store.members(id)?, store.submissions_of(id)?))).await?;
        let tree = MerkleTree::new(members.iter().map(|m| m.leaf.hash()).collect())
            .map_err(|e| BatchError::Task(format!("batch {id}: {e}")))?;
        let proofs = tree.proofs();
        let index: HashMap<i64, usize> = subs.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
        let submissions: Vec<ManifestSubmission> = subs
            .iter()
            .map(|s| ManifestSubmission {
                author: s.author,
                signature: s.signature.clone().into(),
                leaves: s.leaves.clone(),
            })
            .collect();
        // The metadata goes sealed to the committee each record is wrapped to (one box per
        // committee; a batch spans two only across a committee change).
        let mut by_committee: BTreeMap<[u8; PublicKey::LEN], Vec<LeafMetadata>> = BTreeMap::new();
        for (i, m) in members.iter().enumerate() {
            let submission = *index.get(&m.submission_id).ok_or_else(|| {
                StoreError::Corrupt(format!(
                    "batch {id}: record {} lacks its submission {}",
                    m.id, m.submission_id
                ))
            })?;
            let committee = WrappedKey::check_structure(&m.committee_wrap).map_err(|e| {
                StoreError::Corrupt(format!("batch {id}: record {}: committee wrap: {e}", m.id))
            })?;
            by_committee.entry(*committee).or_default().push(LeafMetadata {
                index: i as u32,
                patient_id: m.leaf.patient_id.0,
                record_id: m.leaf.record_id.0,
                version: m.leaf.version.0,
                previous: m.leaf.previous,
                ciphertext_hash: m.leaf.ciphertext_hash,
                author: m.leaf.author,
                category: m.leaf.category.0,
                patient_account: m.patient_account,
                committee_wrap: m.committee_wrap.clone().into(),
                submission,
            });
        }
        let mut sealed = Vec::with_capacity(by_committee.len());
        for (committee, leaves) in by_committee {
            let key = PublicKey::from_bytes(&committee)
                .map_err(|e| BatchError::Task(format!("batch {id}: committee key: {e}")))?;
            // Every submission stays listed, so indices hold; only this committee's leaves do.
            let metadata =
                serde_json::to_vec(&Metadata { leaves, submissions: submissions.clone() })
                    .map_err(|e| BatchError::Task(format!("batch {id}: metadata: {e}")))?;
            let ephemeral = k256::SecretKey::random(&mut rand::rngs::OsRng);
            sealed.push(SealedMetadata {
                committee: committee.to_vec().into(),
                metadata: medvault_primitives::sealed::seal(
                    &key,
                    &metadata,
                    METADATA_LABEL,
                    &ephemeral,
                )
                .into(),
            });
        }
        let manifest = Manifest {
            version: MANIFEST_VERSION,
            chain_id: self.config.chain_id,
            registry: self.config.registry,
            data_cid: batch.data_cid.clone(),
            root: tree.root(),
            leaves: members
                .iter()
                .map(|m| PublicLeaf {
                    leaf: m.leaf.hash(),
                    offset: m.location.offset,
                    length: m.location.length,
                })
                .collect(),
            sealed,
        };
        let bytes = serde_json::to_vec(&manifest)
            .map_err(|e| BatchError::Task(format!("batch {id}: manifest: {e}")))?;
        let manifest_hash = keccak256(&bytes);
        let built = started.elapsed();
        let manifest_bytes = bytes.len();
        // The manifest's pins are verified and a shortfall logged, but not retried: it is not in
        // the spool, and a rebuilt one would not hash to the anchored commitment (docs/RELAYER.md).
        let (manifest_cid, _) = self.pin(bytes).await?;
        let pinned = started.elapsed();
        let store = self.store.clone();
        let root = tree.root();
        blocking(move || store.set_batched(id, root, &manifest_cid, manifest_hash, &proofs))
            .await?;
        tracing::debug!(
            batch = id, %root, manifest_bytes,
            build_ms = built.as_millis() as u64,
            pin_ms = (pinned - built).as_millis() as u64,
            total_ms = started.elapsed().as_millis() as u64,
            "batch built"
        );
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use alloy::signers::local::PrivateKeySigner;
    use rand::{SeedableRng, rngs::StdRng};

    use super::*;
    use medvault_client::{keys::SecretKey, submission as testkit, verify::verify_record};

    use crate::{
        anchor::InMemoryAnchorer,
        ingest::{InMemoryRegistry, IngestConfig, Pipeline},
        ipfs::{Fetched, Location, fetch_verified, in_memory::InMemoryPinner},
        store::SqliteStore,
    };

    const CHAIN: u64 = 31337;
    const REG: Address = Address::repeat_byte(0xaa);

    struct Fx {
        store: Arc<dyn RecordStore>,
        pinner: Arc<InMemoryPinner>,
        anchorer: Arc<InMemoryAnchorer>,
        batcher: Batcher,
        pipeline: Pipeline,
        provider: PrivateKeySigner,
        patient: PrivateKeySigner,
    }

    fn fx(store: Arc<dyn RecordStore>, max_records: usize) -> Fx {
        let pinner = Arc::new(InMemoryPinner::default());
        let anchorer = Arc::new(InMemoryAnchorer::default());
        let registry = Arc::new(InMemoryRegistry::default());
        let provider = PrivateKeySigner::from_bytes(&B256::repeat_byte(0x31)).unwrap();
        let patient = PrivateKeySigner::from_bytes(&B256::repeat_byte(0x32)).unwrap();
        registry.patients.lock().unwrap().insert(patient.address());
        registry.certified.lock().unwrap().insert(provider.address());
        for category in 1..=9 {
            let grant = medvault_client::submission::write_grant(
                patient.address(),
                provider.address(),
                category,
            );
            registry.writes.lock().unwrap().insert((grant.controller, grant.grant_id()));
        }
        let cfg = BatcherConfig {
            max_records,
            window: Duration::from_secs(3600),
            poll: Duration::from_millis(10),
            follow_poll: Duration::from_millis(10),
            replicate_poll: Duration::from_millis(10),
            anchor_retry: Duration::ZERO,
            reconcile: None,
            chain_id: CHAIN,
            registry: REG,
        };
        let batcher = Batcher::new(store.clone(), pinner.clone(), None, anchorer.clone(), cfg);
        let icfg = IngestConfig {
            max_record_bytes: 1 << 20,
            max_records_per_request: 100,
            chain_id: CHAIN,
            registry: REG,
            consent: Address::repeat_byte(0xcc),
        };
        let pipeline = Pipeline::new(store.clone(), registry, icfg, Arc::default());
        Fx { store, pinner, anchorer, batcher, pipeline, provider, patient }
    }

    /// Runs rounds until one finds nothing to do.
    async fn settle(b: &Batcher) {
        for _ in 0..20 {
            if !b.round(false).await.unwrap().busy() {
                return;
            }
        }
        panic!("the batcher keeps finding work");
    }

    async fn submit(f: &Fx, first: u8, n: u8) -> Vec<i64> {
        let mut rng = StdRng::seed_from_u64(first as u64);
        let drafts: Vec<_> = (first..first + n)
            .map(|i| {
                let d = testkit::Draft {
                    patient_id: B256::repeat_byte(1),
                    patient_account: f.patient.address(),
                    record_id: B256::repeat_byte(i),
                    version: 1,
                    previous: B256::ZERO,
                    category: 1,
                };
                (d, vec![i; 50 + i as usize])
            })
            .collect();
        let readers = [SecretKey::from(&f.patient).public_key().clone()];
        let (req, _) = testkit::build_for_committee(
            &f.provider,
            CHAIN,
            REG,
            &drafts,
            &readers,
            committee().public_key(),
            &mut rng,
        );
        f.pipeline.submit(req).await.unwrap().iter().map(|a| a.id).collect()
    }

    /// The key committee the test records are wrapped to, whose secret a test may hold.
    fn committee() -> SecretKey {
        SecretKey::from_bytes(&[0x42; 32]).unwrap()
    }

    /// An anchor that reverts was final, and so were its records: "failed", for good. Now a
    /// failed anchor is tried again under a key of its own, and the batch ends anchored once.
    #[tokio::test]
    async fn a_reverted_anchor_is_tried_again_and_the_batch_anchored_once() {
        let f = fx(Arc::new(SqliteStore::in_memory().unwrap()), 3);
        f.anchorer.revert_next.store(2, std::sync::atomic::Ordering::SeqCst);
        let ids = submit(&f, 1, 3).await;
        // One attempt a round (the batcher's follow poll, in service).
        for _ in 0..crate::anchor::MAX_ANCHOR_ATTEMPTS + 2 {
            f.batcher.round(false).await.unwrap();
        }
        for id in &ids {
            assert_eq!(f.store.record(*id).unwrap().unwrap().state, RecordState::Confirmed);
        }
        assert_eq!(f.anchorer.anchored().len(), 1, "one on-chain effect");
    }

    /// A root on-chain already (an earlier attempt landed; another transaction anchored it) makes
    /// the registry revert a new anchor of it: the batch is anchored, not failed.
    #[tokio::test]
    async fn a_root_anchored_already_is_anchored_not_failed() {
        let f = fx(Arc::new(SqliteStore::in_memory().unwrap()), 3);
        f.anchorer.unavailable.store(true, std::sync::atomic::Ordering::SeqCst);
        let ids = submit(&f, 1, 3).await;
        assert!(f.batcher.round(false).await.unwrap().cut);
        assert!(f.batcher.round(false).await.is_err(), "built; not yet submitted");
        let batch = f.store.record(ids[0]).unwrap().unwrap().batch.unwrap();
        let (root, _) = committed(&batch).unwrap();
        f.anchorer.unavailable.store(false, std::sync::atomic::Ordering::SeqCst);
        // Someone anchors the root first, under another key.
        f.anchorer.submit(B256::repeat_byte(0xee), root, B256::ZERO, 3).await.unwrap();
        settle(&f.batcher).await;
        for id in &ids {
            assert_eq!(f.store.record(*id).unwrap().unwrap().state, RecordState::Confirmed);
        }
        assert_eq!(f.anchorer.anchored().len(), 1);
    }

    /// Every attempt failing fails the batch, after the last attempt and not before.
    #[tokio::test]
    async fn every_attempt_failing_fails_the_batch() {
        let f = fx(Arc::new(SqliteStore::in_memory().unwrap()), 3);
        let attempts = crate::anchor::MAX_ANCHOR_ATTEMPTS as usize;
        f.anchorer.revert_next.store(attempts, std::sync::atomic::Ordering::SeqCst);
        let ids = submit(&f, 1, 3).await;
        for round in 0..attempts + 2 {
            f.batcher.round(false).await.unwrap();
            if round + 1 < attempts {
                let state = f.store.record(ids[0]).unwrap().unwrap().state;
                assert_ne!(state, RecordState::Failed, "failed after {} attempts", round + 1);
            }
        }
        assert_eq!(f.store.record(ids[0]).unwrap().unwrap().state, RecordState::Failed);
        assert_eq!(
            f.anchorer.revert_next.load(std::sync::atomic::Ordering::SeqCst),
            0,
            "all tried"
        );
        assert!(f.anchorer.anchored().is_empty());
    }

    /// A reorg deeper than the confirmation depth takes a confirmed anchor off the chain. The
    /// store said confirmed for good, and the records stayed unanchored; now the reconciliation
    /// finds the root gone, the batch goes back to submitted and is anchored again, once.
    #[tokio::test]
    async fn a_root_a_deep_reorg_took_out_is_found_and_anchored_again() {
        let f = fx(Arc::new(SqliteStore::in_memory().unwrap()), 3);
        let ids = submit(&f, 1, 3).await;
        settle(&f.batcher).await;
        let batch = f.store.record(ids[0]).unwrap().unwrap().batch.unwrap();
        assert_eq!(batch.state, RecordState::Confirmed);
        let (root, _) = committed(&batch).unwrap();
        assert_eq!(f.batcher.reconcile().await.unwrap(), 0, "anchored: nothing to do");

        f.anchorer.reorg_out(root);
        assert!(f.anchorer.anchored().is_empty());
        assert_eq!(f.batcher.reconcile().await.unwrap(), 1, "the dropped root is found");
        for id in &ids {
            assert_eq!(f.store.record(*id).unwrap().unwrap().state, RecordState::Submitted);
        }
        settle(&f.batcher).await;
        for id in &ids {
            assert_eq!(f.store.record(*id).unwrap().unwrap().state, RecordState::Confirmed);
        }
        let anchored = f.anchorer.anchored();
        assert_eq!(anchored.len(), 1, "anchored again, once: {anchored:?}");
        assert_eq!(anchored[0].0, root, "the same root");
        assert_eq!(f.batcher.reconcile().await.unwrap(), 0);
    }

    #[tokio::test]
    async fn records_are_batched_by_size_anchored_once_and_provable() {
        let f = fx(Arc::new(SqliteStore::in_memory().unwrap()), 4);
        let ids = [submit(&f, 1, 3).await, submit(&f, 10, 3).await].concat();
        assert!(f.batcher.round(false).await.unwrap().cut, "6 waiting ≥ 4: cut");
        let second = f.batcher.round(false).await.unwrap();
        assert!(!second.cut, "2 waiting < 4, window not over");
        assert!(second.progressed, "the batch cut before is built and anchored");
        assert!(f.batcher.round(true).await.unwrap().cut, "flush");
        settle(&f.batcher).await;
        let anchored = f.anchorer.anchored();
        assert_eq!(anchored.len(), 2);
        assert_eq!(anchored.iter().map(|a| a.2).sum::<u32>(), 6);
        for id in ids {
            let v = f.store.record(id).unwrap().unwrap();
            assert_eq!(v.state, RecordState::Confirmed);
            let batch = v.batch.unwrap();
            let root = batch.root.unwrap();
            assert!(anchored.iter().any(|a| a.0 == root && Some(a.1) == batch.manifest_hash));
            let loc: Location = v.location.unwrap();
            let (env, _) = fetch_verified(f.pinner.as_ref(), None, &loc, v.leaf.ciphertext_hash)
                .await
                .unwrap();
            verify_record(&env, &v.leaf, &v.proof, root).unwrap();
            // The manifest is pinned, hashes to the anchored commitment, and says where the
            // record is, and in public nothing else: no patient, record id, author or signature.
            let raw = f.pinner.cat(batch.manifest_cid.as_ref().unwrap()).await.unwrap();
            assert_eq!(keccak256(&raw), batch.manifest_hash.unwrap());
            let m: Manifest = serde_json::from_slice(&raw).unwrap();
            let index = v.leaf_index.unwrap();
            let leaf = &m.leaves[index as usize];
            assert_eq!(
                (leaf.leaf, leaf.offset, leaf.length),
                (v.leaf.hash(), loc.offset, loc.length)
            );
            let text = String::from_utf8(raw.clone()).unwrap().to_lowercase();
            for hidden in [
                hex::encode(f.patient.address()),
                hex::encode(f.provider.address()),
                hex::encode(v.leaf.record_id.0),
                hex::encode(v.leaf.patient_id.0),
            ] {
                assert!(!text.contains(&hidden), "the public manifest shows {hidden}");
            }
            // The committee opens the rest: the leaf's fields, its patient, and the signature.
            assert_eq!(m.sealed.len(), 1, "one committee");
            assert_eq!(&m.sealed[0].committee[..], committee().public_key().as_bytes());
            let plain = medvault_primitives::sealed::open(
                &k256::SecretKey::from_slice(&[0x42; 32]).unwrap(),
                &m.sealed[0].metadata,
                METADATA_LABEL,
            )
            .unwrap();
            let meta: Metadata = serde_json::from_slice(&plain).unwrap();
            let mine = meta.leaves.iter().find(|l| l.index == index).unwrap();
            assert_eq!(
                (mine.record_id, mine.patient_id, mine.author, mine.patient_account),
                (v.leaf.record_id.0, v.leaf.patient_id.0, v.leaf.author, f.patient.address())
            );
            let sub = &meta.submissions[mine.submission];
            assert!(sub.leaves.contains(&v.leaf.hash()));
            let wrong = k256::SecretKey::from_slice(&[0x43; 32]).unwrap();
            assert!(
                medvault_primitives::sealed::open(&wrong, &m.sealed[0].metadata, METADATA_LABEL)
                    .is_err(),
                "only the committee opens it"
            );
        }
    }

    /// Waits (up to 5 s) until `done` holds.
    async fn eventually(what: &str, done: impl Fn() -> bool) {
        let deadline = Instant::now() + Duration::from_secs(5);
        while !done() {
            assert!(Instant::now() < deadline, "timed out waiting until {what}");
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    #[tokio::test]
    async fn a_mined_anchor_wakes_the_batcher_long_before_its_poll() {
        use crate::{
            anchor::TxAnchorer,
            tx::{TxConfig, TxManager, in_memory::InMemoryChain},
        };
        let mut f = fx(Arc::new(SqliteStore::in_memory().unwrap()), 3);
        let signer = PrivateKeySigner::from_bytes(&B256::repeat_byte(0x11)).unwrap();
        let chain = Arc::new(InMemoryChain::new(signer.address()));
        chain.set_automine(false);
        let dir = tempfile::tempdir().unwrap();
        let tx_config = TxConfig { receipt_poll: Duration::from_millis(5), ..TxConfig::default() };
        let tx = TxManager::start_with(chain.clone(), signer, &dir.path().join("tx.db"), tx_config)
            .await
            .unwrap();
        f.batcher.anchorer = Arc::new(TxAnchorer::new(tx.clone(), REG));
        // Only a status change can move a submitted anchor within this test.
        f.batcher.config.follow_poll = Duration::from_secs(3600);
        let ids = submit(&f, 1, 3).await;
        let (stop, stop_rx) = watch::channel(false);
        let task = tokio::spawn(f.batcher.clone().run(Arc::new(Notify::new()), stop_rx));
        let state = |id: i64| f.store.record(id).unwrap().unwrap().state;
        eventually("the anchor is sent", || {
            state(ids[0]) == RecordState::Submitted && chain.pool().len() == 1
        })
        .await;
        // The advancer has asked, found the anchor pending and gone idle for an hour.
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert_eq!(state(ids[0]), RecordState::Submitted);
        chain.mine();
        eventually("the batch is confirmed", || {
            ids.iter().all(|&id| state(id) == RecordState::Confirmed)
        })
        .await;
        stop.send(true).unwrap();
        tokio::time::timeout(Duration::from_secs(5), task).await.unwrap().unwrap();
        tx.shutdown().await;
    }

    #[tokio::test]
    async fn a_restart_resumes_every_state_without_a_second_anchor() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.db");
        let store: Arc<dyn RecordStore> = Arc::new(SqliteStore::open(&path).unwrap());
        let f = fx(store, 3);
        let ids = submit(&f, 1, 3).await;
        // Anchoring is down: the batch is pinned and batched but cannot be submitted.
        f.anchorer.unavailable.store(true, std::sync::atomic::Ordering::SeqCst);
        assert!(f.batcher.round(false).await.unwrap().cut);
        assert!(f.batcher.round(false).await.is_err(), "built; the anchor cannot be submitted");
        assert_eq!(f.store.record(ids[0]).unwrap().unwrap().state, RecordState::Batched);
        submit(&f, 20, 2).await;
        drop(f);

        // "Restart": a new batcher over the same database and the same (surviving) chain.
        let store: Arc<dyn RecordStore> = Arc::new(SqliteStore::open(&path).unwrap());
        let mut g = fx(store, 3);
        let anchorer = Arc::new(InMemoryAnchorer::default());
        g.batcher.anchorer = anchorer.clone();
        g.batcher.round(true).await.unwrap();
        settle(&g.batcher).await;
        // The resumed batch is submitted with the same key twice: one effect.
        g.batcher
            .anchorer
            .submit(anchor_key(anchorer.anchored()[0].0), anchorer.anchored()[0].0, B256::ZERO, 3)
            .await
            .unwrap();
        assert_eq!(anchorer.anchored().len(), 2);
        let counts = g.store.counts().unwrap();
        assert_eq!(counts.get(&RecordState::Confirmed), Some(&5), "{counts:?}");
        let _ = g.pinner.len();
    }

    /// The old batcher pinned to the backup best effort and forgot a failure; the spool went as
    /// soon as the primary answered, so the primary was then the only copy. Now a batch is not
    /// replicated until both nodes list its pin, a failed backup pin is retried, a node that lost
    /// the object gets it back (from the other node, else from the spool), and the spool keeps the
    /// bytes until the batch is both confirmed and replicated.
    #[tokio::test]
    async fn a_failed_backup_pin_is_retried_and_the_spool_kept_until_both_nodes_hold_the_batch() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.db");
        let spool = dir.path().join("r.db-spool");
        let files = || std::fs::read_dir(&spool).unwrap().count();
        let store: Arc<dyn RecordStore> = Arc::new(SqliteStore::open(&path).unwrap());
        let mut f = fx(store, 3);
        let backup = Arc::new(InMemoryPinner::default());
        f.batcher.backup = Some(backup.clone());

        backup.set_down(true);
        let ids = submit(&f, 1, 3).await;
        settle(&f.batcher).await;
        let v = f.store.record(ids[0]).unwrap().unwrap();
        assert_eq!(v.state, RecordState::Confirmed, "the primary alone does not hold up anchoring");
        let batch = v.batch.unwrap();
        assert!(!batch.replicated);
        assert_eq!(files(), 1, "confirmed, but the backup lacks it: the spool keeps the bytes");
        assert_eq!(f.store.unreplicated().unwrap().len(), 1);

        // The primary loses the object meanwhile; the backup comes back. The next round restores
        // both from the spool (no node has it), and only then lets the spool file go.
        f.pinner.remove(&batch.data_cid);
        backup.set_down(false);
        assert_eq!(f.batcher.replicate().await.unwrap(), 1);
        assert!(f.store.batch(batch.id).unwrap().unwrap().replicated);
        assert_eq!(files(), 0);
        for node in [f.pinner.as_ref(), backup.as_ref()] {
            assert!(node.is_pinned(&batch.data_cid).await.unwrap());
            let loc = v.location.clone().unwrap();
            let (bytes, how) =
                fetch_verified(node, None, &loc, v.leaf.ciphertext_hash).await.unwrap();
            assert_eq!((keccak256(&bytes), how), (v.leaf.ciphertext_hash, Fetched::Primary));
        }
    }
}
