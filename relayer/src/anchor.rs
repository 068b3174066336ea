//! Submitting batch anchors: the [`AnchorSubmitter`] trait the batcher drives.
//!
//! - `InMemoryAnchorer` (feature `test-utils`): for tests; counts on-chain effects per root.
//! - [`TxAnchorer`]: the real one, over the transaction manager ([`super::tx::TxManager`]), which
//!   journals each key durably, owns the relayer's nonce and tracks receipts to confirmation.
//!
//! Every anchor is keyed by [`anchor_key`] = keccak256("anchor" ‖ root): submitting the same key
//! twice never makes a second on-chain effect, and RecordRegistry refuses a root anchored already.

use alloy::{
    primitives::{Address, B256, keccak256},
    sol_types::SolCall,
};
use async_trait::async_trait;
use medvault_bindings::record_registry::RecordRegistry;
use tokio::sync::broadcast;

use super::tx::{IdempotencyKey, TxStatus};

/// The idempotency key of a batch anchor: keccak256("anchor" ‖ root).
pub fn anchor_key(root: B256) -> B256 {
    let mut buf = Vec::with_capacity(6 + 32);
    buf.extend_from_slice(b"anchor");
    buf.extend_from_slice(root.as_slice());
    keccak256(buf)
}

/// Anchors of one root tried at most this many times (each attempt under its own key,
/// [`anchor_key_attempt`]) before the batch is failed for good with an alert.
pub const MAX_ANCHOR_ATTEMPTS: u32 = 5;

/// The key of attempt `attempt` to anchor `root`: [`anchor_key`] for the first (so journals of
/// earlier versions resume as they were), keccak256("anchor" ‖ root ‖ attempt) after it. A
/// transaction that failed is final under its key; a retry needs a key of its own.
pub fn anchor_key_attempt(root: B256, attempt: u32) -> B256 {
    if attempt == 0 {
        return anchor_key(root);
    }
    keccak256([b"anchor".as_slice(), root.as_slice(), &attempt.to_be_bytes()].concat())
}

/// Where an anchor is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnchorStatus {
    /// Queued or sent, not yet in a block.
    Pending,
    /// In a block, not yet final.
    Mined {
        /// Transaction hash.
        tx_hash: B256,
        /// Block number.
        block_number: u64,
    },
    /// Final.
    Confirmed {
        /// Transaction hash.
        tx_hash: B256,
        /// Block number.
        block_number: u64,
    },
    /// Will not be anchored.
    Failed {
        /// Why.
        reason: String,
    },
}

/// Why an anchor could not be submitted or looked up.
#[derive(Debug, thiserror::Error)]
pub enum AnchorError {
    /// The transaction manager failed (its journal, the node, or it has stopped).
    #[error("anchoring unavailable: {0}")]
    Tx(#[source] super::tx::TxError),
    /// The anchorer is switched off (the in-memory one, to test retries).
    #[error("anchoring unavailable: {0}")]
    Unavailable(&'static str),
    /// The registry's logs or its `anchorOf` could not be read.
    #[error("reading the registry's anchors: {0}")]
    Logs(String),
}

impl AnchorError {
    /// Always true: whatever failed, the batcher retries with the same key, which the transaction
    /// manager never sends twice. (The manager's own classification is in [`Self::tx_error`].)
    pub const fn is_retryable(&self) -> bool {
        true
    }

    /// The transaction manager's error, if that is what failed.
    pub const fn tx_error(&self) -> Option<&super::tx::TxError> {
        match self {
            Self::Tx(e) => Some(e),
            Self::Unavailable(_) | Self::Logs(_) => None,
        }
    }
}

/// Result alias for [`AnchorError`].
pub type Result<T, E = AnchorError> = std::result::Result<T, E>;

/// Submits `anchorBatch(root, manifest, count)` under an idempotency key.
#[async_trait]
pub trait AnchorSubmitter: Send + Sync + 'static {
    /// Queues the anchor (durably, if the implementation has a journal) and returns its status.
    /// The same key again returns the existing status and sends nothing new.
    async fn submit(
        &self,
        key: B256,
        root: B256,
        manifest: B256,
        count: u32,
    ) -> Result<AnchorStatus>;
    /// The status of a key, or `None` if it is unknown (never submitted, or lost with a restart
    /// before it reached the chain: the caller submits again).
    async fn status(&self, key: B256, root: B256) -> Result<Option<AnchorStatus>>;
    /// Whether `root` is anchored on-chain, by whichever transaction: its `BatchAnchored` log's
    /// transaction hash and block. Asked before a failed anchor is given up or retried: a root
    /// anchored already (by an earlier attempt, or another transaction) is done, not failed.
    async fn anchor_of(&self, root: B256) -> Result<Option<(B256, u64)>>;
    /// Whether `root` is anchored on the chain as it is now (the registry's `anchorOf`), or `None`
    /// if this submitter cannot read the chain (its journal's word is then all there is). Asked of
    /// every anchor the journal calls confirmed, and by the reconciliation: a reorg deeper than
    /// the confirmation depth can take a confirmed anchor out.
    async fn anchored(&self, root: B256) -> Result<Option<bool>>;
    /// Status changes of submissions from now on (see [`super::tx::TxManager::subscribe`]): the
    /// batcher wakes on them instead of waiting for its poll. It still reads [`Self::status`].
    fn subscribe(&self) -> broadcast::Receiver<(IdempotencyKey, TxStatus)>;
}

#[cfg(any(test, feature = "test-utils"))]
/// Anchors in a map; each first submission is one "on-chain effect", mined at once in block
/// `effects`, and reported to subscribers as confirmed.
#[derive(Debug)]
pub struct InMemoryAnchorer {
    anchors: std::sync::Mutex<std::collections::HashMap<B256, (B256, B256, u32, u64)>>,
    /// If set, submissions fail (to test retries).
    pub unavailable: std::sync::atomic::AtomicBool,
    /// How many of the next new keys revert (final under their key, as on-chain).
    pub revert_next: std::sync::atomic::AtomicUsize,
    reverted: std::sync::Mutex<std::collections::HashMap<B256, String>>,
    /// Anchors a reorg took out, by key: still confirmed under their key, no longer on the chain.
    dropped: std::sync::Mutex<std::collections::HashMap<B256, u64>>,
    changes: broadcast::Sender<(IdempotencyKey, TxStatus)>,
}

#[cfg(any(test, feature = "test-utils"))]
impl Default for InMemoryAnchorer {
    fn default() -> Self {
        Self {
            anchors: Default::default(),
            unavailable: Default::default(),
            revert_next: Default::default(),
            reverted: Default::default(),
            dropped: Default::default(),
            changes: broadcast::channel(64).0,
        }
    }
}

#[cfg(any(test, feature = "test-utils"))]
impl InMemoryAnchorer {
    /// Every anchored (root, manifest, count), in no order.
    pub fn anchored(&self) -> Vec<(B256, B256, u32)> {
        self.anchors.lock().expect("lock").values().map(|&(r, m, c, _)| (r, m, c)).collect()
    }

    /// A reorg deeper than the confirmation depth: `root`'s anchor leaves the chain, while the
    /// submission that made it stays confirmed under its key (as in the transaction journal).
    pub fn reorg_out(&self, root: B256) {
        let mut anchors = self.anchors.lock().expect("lock");
        let gone: Vec<B256> =
            anchors.iter().filter(|(_, (r, ..))| *r == root).map(|(k, _)| *k).collect();
        let mut dropped = self.dropped.lock().expect("lock");
        for key in gone {
            if let Some((.., block)) = anchors.remove(&key) {
                dropped.insert(key, block);
            }
        }
    }
}

#[cfg(any(test, feature = "test-utils"))]
#[async_trait]
impl AnchorSubmitter for InMemoryAnchorer {
    async fn submit(
        &self,
        key: B256,
        root: B256,
        manifest: B256,
        count: u32,
    ) -> Result<AnchorStatus> {
        if self.unavailable.load(std::sync::atomic::Ordering::SeqCst) {
            return Err(AnchorError::Unavailable("switched off"));
        }
        let mut reverted = self.reverted.lock().expect("lock");
        if let Some(reason) = reverted.get(&key) {
            return Ok(AnchorStatus::Failed { reason: reason.clone() });
        }
        if let Some(&block) = self.dropped.lock().expect("lock").get(&key) {
            return Ok(AnchorStatus::Confirmed { tx_hash: key, block_number: block });
        }
        let mut anchors = self.anchors.lock().expect("lock");
        let fresh = !anchors.contains_key(&key);
        // As RecordRegistry: a root anchored already, under another key, reverts.
        let taken = fresh && anchors.values().any(|&(r, ..)| r == root);
        let forced = fresh
            && self
                .revert_next
                .fetch_update(
                    std::sync::atomic::Ordering::SeqCst,
                    std::sync::atomic::Ordering::SeqCst,
                    |n| n.checked_sub(1),
                )
                .is_ok();
        if taken || forced {
            let reason = if taken { "RootAlreadyAnchored" } else { "reverted (fake)" };
            reverted.insert(key, reason.to_string());
            return Ok(AnchorStatus::Failed { reason: reason.into() });
        }
        let block = anchors.len() as u64 + 1;
        let &mut (_, _, _, block) = anchors.entry(key).or_insert((root, manifest, count, block));
        if fresh {
            let status =
                TxStatus::Confirmed { tx_hash: key, block_number: block, block_hash: B256::ZERO };
            let _ = self.changes.send((IdempotencyKey(key), status));
        }
        Ok(AnchorStatus::Mined { tx_hash: key, block_number: block })
    }

    async fn status(&self, key: B256, _root: B256) -> Result<Option<AnchorStatus>> {
        if let Some(reason) = self.reverted.lock().expect("lock").get(&key) {
            return Ok(Some(AnchorStatus::Failed { reason: reason.clone() }));
        }
        let anchors = self.anchors.lock().expect("lock");
        let dropped = self.dropped.lock().expect("lock");
        Ok(anchors
            .get(&key)
            .map(|&(.., block)| block)
            .or_else(|| dropped.get(&key).copied())
            .map(|block| AnchorStatus::Confirmed { tx_hash: key, block_number: block }))
    }

    async fn anchored(&self, root: B256) -> Result<Option<bool>> {
        Ok(Some(self.anchor_of(root).await?.is_some()))
    }

    async fn anchor_of(&self, root: B256) -> Result<Option<(B256, u64)>> {
        let anchors = self.anchors.lock().expect("lock");
        Ok(anchors.iter().find(|(_, (r, ..))| *r == root).map(|(key, &(.., block))| (*key, block)))
    }

    fn subscribe(&self) -> broadcast::Receiver<(IdempotencyKey, TxStatus)> {
        self.changes.subscribe()
    }
}

/// Anchors through the transaction manager: `anchorBatch(root, manifest, count)` under the
/// anchor key. The manager's journal makes the key durable before `submit` returns, so a restarted
/// relayer finds every anchor it ever submitted.
#[derive(Clone)]
pub struct TxAnchorer {
    tx: super::tx::TxManager,
    registry: Address,
    /// Where `BatchAnchored` logs are read, and from which block.
    logs: Option<(alloy::providers::DynProvider, u64)>,
}

impl TxAnchorer {
    /// Anchors on the RecordRegistry at `registry` through `tx`.
    pub const fn new(tx: super::tx::TxManager, registry: Address) -> Self {
        Self { tx, registry, logs: None }
    }

    /// Reads the registry's `BatchAnchored` logs through `provider`, from block `from` on (the
    /// deployment's start), to tell an anchored root from a failed one ([`AnchorSubmitter::anchor_of`]).
    #[must_use]
    pub fn reading_logs(mut self, provider: alloy::providers::DynProvider, from: u64) -> Self {
        self.logs = Some((provider, from));
        self
    }
}

fn from_tx(status: TxStatus) -> AnchorStatus {
    match status {
        TxStatus::Queued | TxStatus::Submitted { .. } => AnchorStatus::Pending,
        TxStatus::Mined { tx_hash, block_number, .. } => {
            AnchorStatus::Mined { tx_hash, block_number }
        }
        TxStatus::Confirmed { tx_hash, block_number, .. } => {
            AnchorStatus::Confirmed { tx_hash, block_number }
        }
        TxStatus::Failed { reason } => AnchorStatus::Failed { reason },
    }
}

#[async_trait]
impl AnchorSubmitter for TxAnchorer {
    async fn submit(
        &self,
        key: B256,
        root: B256,
        manifest: B256,
        count: u32,
    ) -> Result<AnchorStatus> {
        let input = RecordRegistry::anchorBatchCall { root, manifest, count }.abi_encode();
        let call = super::tx::TxCall { to: self.registry, input: input.into() };
        // An anchor's gas does not depend on its arguments, and the batcher never anchors a root
        // twice under different keys: the estimate of the previous anchor serves.
        let status = self
            .tx
            .submit_with(IdempotencyKey(key), call, super::tx::GasPolicy::ReuseForShape)
            .await
            .map_err(AnchorError::Tx)?;
        Ok(from_tx(status))
    }

    async fn status(&self, key: B256, _root: B256) -> Result<Option<AnchorStatus>> {
        let status = self.tx.status(&IdempotencyKey(key)).await.map_err(AnchorError::Tx)?;
        Ok(status.map(from_tx))
    }

    async fn anchor_of(&self, root: B256) -> Result<Option<(B256, u64)>> {
        use alloy::{providers::Provider, rpc::types::Filter, sol_types::SolEvent};
        let Some((provider, from)) = &self.logs else {
            return Ok(None);
        };
        let filter = Filter::new()
            .address(self.registry)
            .event_signature(RecordRegistry::BatchAnchored::SIGNATURE_HASH)
            .topic1(root)
            .from_block(*from);
        let logs =
            provider.get_logs(&filter).await.map_err(|e| AnchorError::Logs(e.to_string()))?;
        Ok(logs.last().and_then(|l| Some((l.transaction_hash?, l.block_number?))))
    }

    async fn anchored(&self, root: B256) -> Result<Option<bool>> {
        let Some((provider, _)) = &self.logs else {
            return Ok(None);
        };
        let registry =
            medvault_bindings::record_registry::RecordRegistry::new(self.registry, provider);
        let anchor = registry
            .anchorOf(root)
            .call()
            .await
            .map_err(|e| AnchorError::Logs(format!("anchorOf({root}): {e}")))?;
        Ok(Some(anchor.blockNumber != 0))
    }

    fn subscribe(&self) -> broadcast::Receiver<(IdempotencyKey, TxStatus)> {
        self.tx.subscribe()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchor_key_is_keccak_of_tag_and_root() {
        let root = B256::repeat_byte(7);
        let mut expected = b"anchor".to_vec();
        expected.extend_from_slice(&[7; 32]);
        assert_eq!(anchor_key(root), keccak256(expected));
        assert_ne!(anchor_key(root), anchor_key(B256::repeat_byte(8)));
    }

    #[tokio::test]
    async fn in_memory_anchors_a_key_once() {
        let a = InMemoryAnchorer::default();
        let root = B256::repeat_byte(1);
        let k = anchor_key(root);
        assert_eq!(a.status(k, root).await.unwrap(), None);
        let s1 = a.submit(k, root, B256::ZERO, 3).await.unwrap();
        let s2 = a.submit(k, root, B256::ZERO, 3).await.unwrap();
        assert_eq!(s1, s2);
        assert_eq!(a.anchored().len(), 1);
    }
}
