//! The node's access-log anchorer: every interval it cuts its unbatched receipts into a Merkle
//! tree (the batch is recorded with every receipt's index in one store transaction), then anchors
//! each open batch with `ConsentManager.anchorAccessLog(root, manifest, count)` from the node's
//! own account (it holds `ACCESS_LOG_ROLE`). A restart resumes: an open batch is sent again, and a
//! root the chain already holds counts as anchored.

use std::{sync::Arc, time::Duration};

use alloy::primitives::{B256, keccak256};
use medvault_bindings::consent_manager::ConsentManager;
use medvault_primitives::merkle::MerkleTree;

use crate::Node;

/// Most receipts in one batch.
pub const MAX_BATCH: usize = 4096;

/// Runs forever.
pub async fn run(node: Arc<Node>, interval: Duration) {
    loop {
        if let Err(e) = step(&node).await {
            tracing::warn!(error = %e, "access-log anchoring failed; will retry");
        }
        tokio::time::sleep(interval).await;
    }
}

/// One round: cut a batch of what is unbatched, then anchor every open batch.
pub async fn step(node: &Node) -> eyre::Result<()> {
    let unbatched = node.store.unbatched(MAX_BATCH)?;
    if !unbatched.is_empty() {
        let leaves: Vec<B256> = unbatched.iter().map(|(_, l)| *l).collect();
        let tree = MerkleTree::new(leaves.clone())?;
        let manifest = keccak256(leaves.iter().flat_map(|l| l.0).collect::<Vec<u8>>());
        let ids: Vec<i64> = unbatched.iter().map(|(id, _)| *id).collect();
        node.store.create_batch(tree.root(), manifest, &ids)?;
    }
    let consent =
        ConsentManager::new(node.chain.deployment.contracts.consent, &node.chain.provider);
    for batch in node.store.open_batches()? {
        let known = consent.accessLogOf(batch.root).call().await?;
        if known.blockNumber != 0 {
            node.store.set_anchored(batch.id, batch.tx_hash, known.blockNumber)?;
            continue;
        }
        let receipt = consent
            .anchorAccessLog(batch.root, batch.manifest, batch.count)
            .send()
            .await?
            .with_timeout(Some(Duration::from_secs(60)))
            .get_receipt()
            .await?;
        if receipt.status() {
            let block = receipt.block_number.unwrap_or_default();
            node.store.set_anchored(batch.id, Some(receipt.transaction_hash), block)?;
            tracing::info!(root = %batch.root, count = batch.count, block, "access log anchored");
        } else {
            eyre::bail!("anchoring access-log root {} reverted", batch.root);
        }
    }
    Ok(())
}
