//! Submitting batch anchors: the [`AnchorSubmitter`] trait the batcher drives.
//!
//! - [`InMemoryAnchorer`]: for unit tests; counts on-chain effects per root.
//! - [`TxAnchorer`]: the real one, over the transaction manager ([`super::tx::TxManager`]), which
//!   journals each key durably, owns the relayer's nonce and tracks receipts to confirmation.
//! - [`ChainAnchorer`]: a plain alloy sender that reads back from the chain whether a root is
//!   anchored (the `BatchAnchored` log); kept for tools that have no journal. Never run it beside a
//!   [`TxAnchorer`] on the same key: the transaction manager must be the only owner of the nonce.
//!
//! Every anchor is keyed by [`anchor_key`] = keccak256("anchor" ‖ root): submitting the same key
//! twice never makes a second on-chain effect, and RecordRegistry refuses a root anchored already.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

use alloy::{
    network::EthereumWallet,
    primitives::{Address, B256, keccak256},
    providers::{DynProvider, Provider, ProviderBuilder},
    rpc::types::Filter,
    signers::local::PrivateKeySigner,
    sol_types::{SolCall, SolEvent},
};
use async_trait::async_trait;
use medvault_bindings::record_registry::RecordRegistry;

/// The idempotency key of a batch anchor: keccak256("anchor" ‖ root).
pub fn anchor_key(root: B256) -> B256 {
    let mut buf = Vec::with_capacity(6 + 32);
    buf.extend_from_slice(b"anchor");
    buf.extend_from_slice(root.as_slice());
    keccak256(buf)
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
#[derive(Debug, Clone, thiserror::Error)]
pub enum AnchorError {
    /// The node or the transaction manager is unavailable; try again.
    #[error("anchoring unavailable: {0}")]
    Unavailable(String),
}

impl AnchorError {
    /// Always true: the batcher retries with the same key.
    pub const fn is_retryable(&self) -> bool {
        true
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
}

/// Anchors in a map; each first submission is one "on-chain effect", mined at once in block
/// `effects`.
#[derive(Debug, Default)]
pub struct InMemoryAnchorer {
    anchors: Mutex<HashMap<B256, (B256, B256, u32, u64)>>,
    /// If set, submissions fail (to test retries).
    pub unavailable: std::sync::atomic::AtomicBool,
}

impl InMemoryAnchorer {
    /// Every anchored (root, manifest, count), in no order.
    pub fn anchored(&self) -> Vec<(B256, B256, u32)> {
        self.anchors.lock().expect("lock").values().map(|&(r, m, c, _)| (r, m, c)).collect()
    }
}

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
            return Err(AnchorError::Unavailable("switched off".into()));
        }
        let mut anchors = self.anchors.lock().expect("lock");
        let block = anchors.len() as u64 + 1;
        let &mut (_, _, _, block) = anchors.entry(key).or_insert((root, manifest, count, block));
        Ok(AnchorStatus::Mined { tx_hash: key, block_number: block })
    }

    async fn status(&self, key: B256, _root: B256) -> Result<Option<AnchorStatus>> {
        let anchors = self.anchors.lock().expect("lock");
        Ok(anchors
            .get(&key)
            .map(|&(.., block)| AnchorStatus::Confirmed { tx_hash: key, block_number: block }))
    }
}

/// Anchors through the transaction manager: `anchorBatch(root, manifest, count)` under the
/// anchor key. The manager's journal makes the key durable before `submit` returns, so a restarted
/// relayer finds every anchor it ever submitted.
#[derive(Clone)]
pub struct TxAnchorer {
    tx: super::tx::TxManager,
    registry: Address,
}

impl TxAnchorer {
    /// Anchors on the RecordRegistry at `registry` through `tx`.
    pub const fn new(tx: super::tx::TxManager, registry: Address) -> Self {
        Self { tx, registry }
    }
}

fn from_tx(status: super::tx::TxStatus) -> AnchorStatus {
    use super::tx::TxStatus;
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
        let status =
            self.tx.submit(super::tx::IdempotencyKey(key), call).await.map_err(unavailable)?;
        Ok(from_tx(status))
    }

    async fn status(&self, key: B256, _root: B256) -> Result<Option<AnchorStatus>> {
        let status = self.tx.status(&super::tx::IdempotencyKey(key)).await.map_err(unavailable)?;
        Ok(status.map(from_tx))
    }
}

/// Sends anchors with alloy from the relayer's key. Sends are serialised behind one lock that owns
/// the nonce (read from the node's pending count, set explicitly so no filler can burn one).
#[derive(Clone)]
pub struct ChainAnchorer {
    provider: DynProvider,
    registry: Address,
    confirmations: u64,
    sent: Arc<tokio::sync::Mutex<HashMap<B256, B256>>>,
    from: Address,
}

impl std::fmt::Debug for ChainAnchorer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChainAnchorer")
            .field("registry", &self.registry)
            .field("from", &self.from)
            .finish_non_exhaustive()
    }
}

fn unavailable(e: impl std::fmt::Display) -> AnchorError {
    AnchorError::Unavailable(e.to_string())
}

impl ChainAnchorer {
    /// Connects to `rpc_url` with the relayer's signer; an anchor is confirmed after
    /// `confirmations` blocks (1 = its own block).
    pub fn new(
        rpc_url: &str,
        signer: PrivateKeySigner,
        registry: Address,
        confirmations: u64,
    ) -> Result<Self> {
        let from = signer.address();
        let url = rpc_url.parse().map_err(unavailable)?;
        let provider =
            ProviderBuilder::new().wallet(EthereumWallet::from(signer)).connect_http(url).erased();
        Ok(Self {
            provider,
            registry,
            confirmations: confirmations.max(1),
            sent: Arc::default(),
            from,
        })
    }

    /// The `BatchAnchored` log of `root`, if the root is anchored: (tx hash, block number).
    async fn anchored(&self, root: B256) -> Result<Option<(B256, u64)>> {
        let filter = Filter::new()
            .address(self.registry)
            .event_signature(RecordRegistry::BatchAnchored::SIGNATURE_HASH)
            .topic1(root)
            .from_block(0u64);
        let logs = self.provider.get_logs(&filter).await.map_err(unavailable)?;
        Ok(logs.first().and_then(|l| Some((l.transaction_hash?, l.block_number?))))
    }

    async fn finality(&self, tx_hash: B256, block_number: u64) -> Result<AnchorStatus> {
        let head = self.provider.get_block_number().await.map_err(unavailable)?;
        Ok(if head + 1 >= block_number + self.confirmations {
            AnchorStatus::Confirmed { tx_hash, block_number }
        } else {
            AnchorStatus::Mined { tx_hash, block_number }
        })
    }
}

#[async_trait]
impl AnchorSubmitter for ChainAnchorer {
    async fn submit(
        &self,
        key: B256,
        root: B256,
        manifest: B256,
        count: u32,
    ) -> Result<AnchorStatus> {
        let mut sent = self.sent.lock().await;
        if sent.contains_key(&key) {
            drop(sent);
            return Ok(self.status(key, root).await?.unwrap_or(AnchorStatus::Pending));
        }
        if let Some((tx, block)) = self.anchored(root).await? {
            return self.finality(tx, block).await;
        }
        let nonce =
            self.provider.get_transaction_count(self.from).pending().await.map_err(unavailable)?;
        let contract = RecordRegistry::new(self.registry, &self.provider);
        let pending = contract
            .anchorBatch(root, manifest, count)
            .nonce(nonce)
            .send()
            .await
            .map_err(unavailable)?;
        let tx_hash = *pending.tx_hash();
        tracing::debug!(%root, %tx_hash, nonce, count, "anchor sent");
        sent.insert(key, tx_hash);
        Ok(AnchorStatus::Pending)
    }

    async fn status(&self, key: B256, root: B256) -> Result<Option<AnchorStatus>> {
        let tx = self.sent.lock().await.get(&key).copied();
        if let Some(tx_hash) = tx
            && let Some(receipt) =
                self.provider.get_transaction_receipt(tx_hash).await.map_err(unavailable)?
        {
            if receipt.status() {
                let block = receipt.block_number.unwrap_or_default();
                return self.finality(tx_hash, block).await.map(Some);
            }
            // Reverted: anchored by an earlier transaction, or refused for good.
            return Ok(Some(match self.anchored(root).await? {
                Some((tx, block)) => self.finality(tx, block).await?,
                None => AnchorStatus::Failed {
                    reason: format!("anchor transaction {tx_hash} reverted"),
                },
            }));
        }
        match self.anchored(root).await? {
            Some((tx, block)) => self.finality(tx, block).await.map(Some),
            None if tx.is_some() => Ok(Some(AnchorStatus::Pending)),
            None => Ok(None),
        }
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
