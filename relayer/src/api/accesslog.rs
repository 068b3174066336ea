//! The access-log anchorer: a background task that cuts the unbatched receipts into a Merkle
//! tree, records the batch (root, manifest, every receipt's index and proof) in one transaction,
//! then anchors it with `ConsentManager.anchorAccessLog(root, manifest, count)` through the
//! transaction manager under the key `keccak256("accesslog" ‖ root)`, and follows each open
//! batch to confirmation. A restart resumes: open batches are submitted again under the same key,
//! which sends nothing new.

use std::{sync::Arc, time::Duration};

use alloy::{
    primitives::{Address, B256, keccak256},
    sol_types::SolCall,
};
use medvault_bindings::consent_manager::ConsentManager;
use tokio::sync::{Notify, watch};

use super::{
    chain::{ApiChain, Submitter},
    error::{ApiError, Result},
    state::AccessBatchState,
    store::ApiStore,
};
use medvault_primitives::merkle::MerkleTree;

use crate::{
    background::{Schedule, follow, repeat, settled_or_mined},
    tx::{TxCall, TxStatus},
};

/// Confirmed batches one reconciliation re-checks at most (the newest).
pub const RECONCILE_MAX: usize = 200;

/// Most receipts in one anchored batch.
pub const MAX_BATCH: usize = 4096;

/// The idempotency key of the access-log anchor of `root`.
pub fn anchor_key(root: B256) -> B256 {
    keccak256([b"accesslog".as_slice(), root.as_slice()].concat())
}

/// The key of a batch's anchor at `attempt`: [`anchor_key`] for the first, and
/// `keccak256("accesslog" ‖ root ‖ attempt as 4 bytes big-endian)` for each retry after a failure
/// (the transaction manager answers a failed key with its failure for good, so a retry needs a
/// key of its own).
pub fn attempt_key(root: B256, attempt: u32) -> B256 {
    if attempt == 0 {
        return anchor_key(root);
    }
    keccak256([b"accesslog".as_slice(), root.as_slice(), &attempt.to_be_bytes()].concat())
}

/// How many times a batch's anchor is tried before it is left failed, with an error logged. A
/// fault that passes (funds, a node, the pool) passes within a few ticks; one that does not (a
/// revert) should not be paid for forever.
pub const MAX_ATTEMPTS: u32 = 5;

/// The anchorer.
pub struct AccessLogAnchorer {
    store: Arc<ApiStore>,
    submitter: Arc<dyn Submitter>,
    consent: Address,
    interval: Duration,
    /// The chain the reconciliation reads, and how often ([`Self::reconcile`]).
    reconcile: Option<(Arc<dyn ApiChain>, Duration)>,
}

impl AccessLogAnchorer {
    /// An anchorer writing to the ConsentManager at `consent` every `interval`.
    pub fn new(
        store: Arc<ApiStore>,
        submitter: Arc<dyn Submitter>,
        consent: Address,
        interval: Duration,
    ) -> Self {
        Self { store, submitter, consent, interval, reconcile: None }
    }

    /// Re-checks the newest confirmed batches on `chain` every `every` ([`Self::reconcile`]).
    #[must_use]
    pub fn reconciling(mut self, chain: Arc<dyn ApiChain>, every: Duration) -> Self {
        self.reconcile = Some((chain, every));
        self
    }

    /// Re-checks the newest confirmed batches ([`RECONCILE_MAX`]) against the chain as it is now:
    /// a root a reorg deeper than the confirmation depth took off is anchored again, under its
    /// next attempt's key (the confirmed one's transaction is gone with the reorg). Returns how
    /// many were reopened.
    pub async fn reconcile(&self) -> Result<usize> {
        let Some((chain, _)) = &self.reconcile else { return Ok(0) };
        let store = self.store.clone();
        let confirmed =
            tokio::task::spawn_blocking(move || store.confirmed_batches(RECONCILE_MAX)).await??;
        let mut reopened = 0;
        for b in confirmed {
            if chain.access_log_anchored(b.root).await.map_err(ApiError::Chain)? {
                continue;
            }
            tracing::error!(
                root = %b.root, block = ?b.block_number,
                "ALERT a confirmed access-log root is no longer anchored: a reorg deeper than the confirmation depth took it out; anchoring it again"
            );
            crate::store::metrics::REOPENED.inc();
            let store = self.store.clone();
            let next = b.attempt + 1;
            tokio::task::spawn_blocking(move || {
                store.retry_batch(b.id, next, "confirmed, then taken off the chain by a reorg")
            })
            .await??;
            reopened += 1;
        }
        Ok(reopened)
    }

    fn call(&self, root: B256, manifest: B256, count: u32) -> TxCall {
        TxCall {
            to: self.consent,
            input: ConsentManager::anchorAccessLogCall { root, manifest, count }
                .abi_encode()
                .into(),
        }
    }

    /// One round: batch what waits, then submit and follow every open batch. Returns the number
    /// of receipts batched.
    pub async fn tick(&self) -> Result<usize> {
        let store = self.store.clone();
        let waiting = tokio::task::spawn_blocking(move || store.unbatched(MAX_BATCH)).await??;
        let batched = waiting.len();
        if !waiting.is_empty() {
            let (ids, leaves): (Vec<i64>, Vec<B256>) = waiting.into_iter().unzip();
            let tree = MerkleTree::new(leaves.clone())
                .map_err(|e| ApiError::Internal(format!("access-log tree: {e}")))?;
            let manifest = keccak256(leaves.iter().flat_map(|l| l.0).collect::<Vec<u8>>());
            let root = tree.root();
            let proofs = tree.proofs();
            let store = self.store.clone();
            tokio::task::spawn_blocking(move || store.create_batch(root, manifest, &ids, &proofs))
                .await??;
            crate::failpoint::hit("accesslog.cut");
            tracing::info!(%root, count = batched, "access-log batch cut");
        }
        let store = self.store.clone();
        let open = tokio::task::spawn_blocking(move || store.open_batches()).await??;
        for b in open {
            let status = self
                .submitter
                .submit(attempt_key(b.root, b.attempt), self.call(b.root, b.manifest, b.count))
                .await
                .map_err(ApiError::Tx)?;
            // A failed anchor left the receipts unanchored for good: it is tried again, under the
            // next attempt's key, at the next tick.
            if let TxStatus::Failed { reason } = &status
                && b.attempt + 1 < MAX_ATTEMPTS
            {
                tracing::warn!(
                    root = %b.root, attempt = b.attempt, error = %reason,
                    "access-log anchor failed; trying again"
                );
                let (store, reason, next) = (self.store.clone(), reason.clone(), b.attempt + 1);
                tokio::task::spawn_blocking(move || store.retry_batch(b.id, next, &reason))
                    .await??;
                continue;
            }
            let (state, tx, block, err) = match status {
                TxStatus::Queued | TxStatus::Submitted { .. } => continue,
                TxStatus::Mined { tx_hash, block_number, .. } => {
                    (AccessBatchState::Mined, Some(tx_hash), Some(block_number), None)
                }
                TxStatus::Confirmed { tx_hash, block_number, .. } => {
                    (AccessBatchState::Confirmed, Some(tx_hash), Some(block_number), None)
                }
                TxStatus::Failed { reason } => (AccessBatchState::Failed, None, None, Some(reason)),
            };
            if state == b.state && tx == b.tx_hash {
                continue;
            }
            if let Some(e) = &err {
                tracing::error!(
                    root = %b.root, attempts = MAX_ATTEMPTS, error = %e,
                    "access-log anchor failed for good: its receipts stay unanchored"
                );
            }
            let store = self.store.clone();
            tokio::task::spawn_blocking(move || {
                store.set_batch_state(b.id, state, tx, block, err.as_deref())
            })
            .await??;
        }
        Ok(batched)
    }

    /// Runs [`Self::tick`] every interval, or at once when `wake` is notified or the transaction
    /// manager reports a submission mined, confirmed or failed (an open batch may follow it),
    /// until `stop`.
    pub async fn run(self, wake: Arc<Notify>, stop: watch::Receiver<bool>) {
        // Subscribed before the first round, which reads every open batch's status.
        let changes = self.submitter.subscribe();
        let schedule = Schedule::every(self.interval);
        let rounds =
            repeat("access-log anchoring", schedule, Some(&wake), stop.clone(), || async {
                self.tick().await.map(|_| false)
            });
        let reconcile_stop = stop.clone();
        let reconciler = async {
            let Some((_, every)) = &self.reconcile else { return };
            let schedule = Schedule { idle: *every, backoff: *every, max_backoff: *every * 4 };
            repeat("access-log reconcile", schedule, None, reconcile_stop, || async {
                if self.reconcile().await? > 0 {
                    wake.notify_one();
                }
                Ok::<_, ApiError>(false)
            })
            .await;
        };
        tokio::join!(rounds, reconciler, follow(changes, settled_or_mined, &wake, stop));
    }
}
