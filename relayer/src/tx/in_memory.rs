//! An in-memory chain for one signer: a [`TxSender`] for unit tests of the manager and its callers.
//!
//! It keeps a pool keyed by nonce (with the replacement rule of real nodes), mines on demand or on
//! every send, and can revert calls, use the signer's nonce behind the manager's back, drop the pool,
//! reorg blocks away, and answer estimates and sends with a node's error (an empty signer, a rate
//! limit) until told to stop.

use std::{
    collections::{BTreeMap, HashMap, HashSet},
    sync::Mutex,
};

use alloy::{
    consensus::{Transaction, TxEnvelope},
    eips::eip2718::Decodable2718,
    primitives::{Address, B256, Bytes, keccak256},
};
use async_trait::async_trait;

use super::{
    TxCall,
    chain::{BlockView, TxSender},
    error::{Result, RpcErrorKind, TxError},
    fees::Fees,
    journal::Inclusion,
};

#[derive(Debug)]
struct State {
    mined_nonce: u64,
    pool: BTreeMap<u64, (B256, Fees, Address)>,
    blocks: Vec<BlockView>,
    receipts: HashMap<B256, Inclusion>,
    automine: bool,
    reverting: HashSet<Address>,
    salt: u64,
    estimates: u64,
    /// While set, estimates and sends answer this node error.
    faulty: Option<(RpcErrorKind, String)>,
    /// How far the `finalized` block is behind the head.
    finalized_lag: u64,
}

/// A single-signer chain held in memory.
#[derive(Debug)]
pub struct InMemoryChain {
    signer: Address,
    state: Mutex<State>,
}

fn rpc(kind: RpcErrorKind, message: &str) -> TxError {
    TxError::Rpc { kind, message: message.into() }
}

impl InMemoryChain {
    /// A chain with a genesis block, mining every accepted transaction at once.
    pub fn new(signer: Address) -> Self {
        let genesis = BlockView { number: 0, hash: keccak256([0u8]), ours: Vec::new() };
        Self {
            signer,
            state: Mutex::new(State {
                mined_nonce: 0,
                pool: BTreeMap::new(),
                blocks: vec![genesis],
                receipts: HashMap::new(),
                automine: true,
                reverting: HashSet::new(),
                salt: 0,
                estimates: 0,
                faulty: None,
                finalized_lag: 0,
            }),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Turns mining on every send on or off.
    pub fn set_automine(&self, on: bool) {
        self.lock().automine = on;
    }

    /// How many gas estimates were asked for.
    pub fn estimates(&self) -> u64 {
        self.lock().estimates
    }

    /// Calls to `to` revert, at estimation and in a block.
    pub fn revert_calls_to(&self, to: Address) {
        self.lock().reverting.insert(to);
    }

    /// Calls to `to` go through again.
    pub fn stop_reverting_calls_to(&self, to: Address) {
        self.lock().reverting.remove(&to);
    }

    /// Estimates and sends answer `kind` with `message` (`None`: they work again), as a node does
    /// for an empty signer, a provider's rate limit or a full pool.
    pub fn set_fault(&self, fault: Option<(RpcErrorKind, &str)>) {
        self.lock().faulty = fault.map(|(k, m)| (k, m.to_string()));
    }

    /// Mines one block with every pool transaction that is next in nonce order.
    pub fn mine(&self) {
        mine(&mut self.lock());
    }

    /// The signer's mined nonce.
    pub fn mined_nonce(&self) -> u64 {
        self.lock().mined_nonce
    }

    /// Hashes waiting in the pool.
    pub fn pool(&self) -> Vec<B256> {
        self.lock().pool.values().map(|(h, _, _)| *h).collect()
    }

    /// Someone else sends with the signer's key: the next nonce is used by a foreign transaction.
    pub fn use_nonce_out_of_band(&self) {
        let mut s = self.lock();
        let n = s.mined_nonce;
        s.pool.remove(&n);
        s.mined_nonce += 1;
        push_block(&mut s, Vec::new());
    }

    /// Forgets every pool transaction (a node restart, or eviction).
    pub fn drop_pool(&self) {
        self.lock().pool.clear();
    }

    /// Keeps the `finalized` block `lag` blocks behind the head.
    pub fn set_finalized_lag(&self, lag: u64) {
        self.lock().finalized_lag = lag;
    }

    /// Removes the last `depth` blocks; their transactions are forgotten (not returned to the pool).
    pub fn reorg(&self, depth: usize) {
        let mut s = self.lock();
        for _ in 0..depth {
            let Some(b) = s.blocks.pop() else { break };
            for inc in b.ours {
                s.receipts.remove(&inc.tx_hash);
                s.mined_nonce -= 1;
            }
        }
        s.salt += 1;
    }
}

fn push_block(s: &mut State, ours: Vec<Inclusion>) -> (u64, B256) {
    let number = s.blocks.len() as u64;
    let hash = keccak256([number.to_be_bytes(), s.salt.to_be_bytes()].concat());
    let ours = ours
        .into_iter()
        .map(|i| Inclusion { block_number: number, block_hash: hash, ..i })
        .collect();
    s.blocks.push(BlockView { number, hash, ours });
    (number, hash)
}

fn mine(s: &mut State) {
    let mut included = Vec::new();
    while let Some((hash, _, to)) = s.pool.remove(&s.mined_nonce) {
        s.mined_nonce += 1;
        let succeeded = !s.reverting.contains(&to);
        included.push(Inclusion {
            tx_hash: hash,
            block_number: 0,
            block_hash: B256::ZERO,
            succeeded,
        });
    }
    push_block(s, included);
    let b = s.blocks.last().cloned().expect("just pushed");
    for inc in b.ours {
        s.receipts.insert(inc.tx_hash, inc);
    }
}

#[async_trait]
impl TxSender for InMemoryChain {
    async fn chain_id(&self) -> Result<u64> {
        Ok(31337)
    }

    async fn nonce(&self, _address: Address, pending: bool) -> Result<u64> {
        let s = self.lock();
        let mut n = s.mined_nonce;
        while pending && s.pool.contains_key(&n) {
            n += 1;
        }
        Ok(n)
    }

    async fn estimate_gas(&self, _from: Address, call: &TxCall) -> Result<u64> {
        let mut s = self.lock();
        s.estimates += 1;
        if let Some((kind, message)) = &s.faulty {
            return Err(rpc(kind.clone(), message));
        }
        if s.reverting.contains(&call.to) {
            return Err(rpc(RpcErrorKind::Reverted { reason: "test revert".into() }, "reverted"));
        }
        Ok(50_000)
    }

    async fn market_fees(&self, cap: u128) -> Result<Fees> {
        Ok(Fees::market(1_000_000_000, 1_000_000_000, cap))
    }

    async fn send_raw(&self, raw: &Bytes) -> Result<B256> {
        let env = TxEnvelope::decode_2718(&mut raw.as_ref())
            .map_err(|e| rpc(RpcErrorKind::Rejected, &e.to_string()))?;
        let hash = *env.tx_hash();
        let nonce = env.nonce();
        let fees = Fees {
            max_fee_per_gas: env.max_fee_per_gas(),
            max_priority_fee_per_gas: env.max_priority_fee_per_gas().unwrap_or(0),
        };
        let to = env.to().unwrap_or_default();
        let mut s = self.lock();
        if let Some((kind, message)) = &s.faulty {
            return Err(rpc(kind.clone(), message));
        }
        if nonce < s.mined_nonce {
            return Err(rpc(RpcErrorKind::NonceTooLow, "nonce too low"));
        }
        if let Some((h, old, _)) = s.pool.get(&nonce) {
            if *h == hash {
                return Err(rpc(RpcErrorKind::AlreadyKnown, "already known"));
            }
            if !fees.outbids(old) {
                return Err(rpc(RpcErrorKind::Underpriced, "replacement transaction underpriced"));
            }
        }
        s.pool.insert(nonce, (hash, fees, to));
        if s.automine {
            mine(&mut s);
        }
        Ok(hash)
    }

    async fn head(&self) -> Result<u64> {
        Ok(self.lock().blocks.len() as u64 - 1)
    }

    async fn finalized(&self) -> Result<u64> {
        let s = self.lock();
        Ok((s.blocks.len() as u64 - 1).saturating_sub(s.finalized_lag))
    }

    async fn block_hash(&self, number: u64) -> Result<Option<B256>> {
        Ok(self.lock().blocks.get(number as usize).map(|b| b.hash))
    }

    async fn block(&self, number: u64, from: Address) -> Result<Option<BlockView>> {
        let b = self.lock().blocks.get(number as usize).cloned();
        Ok(b.map(|mut b| {
            if from != self.signer {
                b.ours.clear();
            }
            b
        }))
    }

    async fn inclusion(&self, tx_hash: B256) -> Result<Option<Inclusion>> {
        Ok(self.lock().receipts.get(&tx_hash).copied())
    }

    async fn is_known(&self, tx_hash: B256) -> Result<bool> {
        let s = self.lock();
        Ok(s.receipts.contains_key(&tx_hash) || s.pool.values().any(|(h, _, _)| *h == tx_hash))
    }
}

#[cfg(test)]
mod tests {
    use std::{sync::Arc, time::Duration};

    use alloy::signers::local::PrivateKeySigner;

    use super::*;
    use crate::tx::{Finality, GasPolicy, IdempotencyKey, TxConfig, TxError, TxManager, TxStatus};

    const WAIT: Duration = Duration::from_secs(10);

    async fn setup(
        config: TxConfig,
    ) -> (tempfile::TempDir, Arc<InMemoryChain>, TxManager, PrivateKeySigner) {
        let signer = PrivateKeySigner::from_bytes(&B256::repeat_byte(0x11)).unwrap();
        let chain = Arc::new(InMemoryChain::new(signer.address()));
        let dir = tempfile::tempdir().unwrap();
        let m =
            TxManager::start_with(chain.clone(), signer.clone(), &dir.path().join("tx.db"), config)
                .await
                .unwrap();
        (dir, chain, m, signer)
    }

    fn fast() -> TxConfig {
        TxConfig { receipt_poll: Duration::from_millis(5), ..TxConfig::default() }
    }

    fn call(to: u8) -> TxCall {
        TxCall { to: Address::repeat_byte(to), input: Bytes::new() }
    }

    fn key(i: u8) -> IdempotencyKey {
        IdempotencyKey(B256::repeat_byte(i))
    }

    #[tokio::test]
    async fn a_revert_fails_without_a_nonce_and_the_next_call_mines() {
        let (_d, chain, m, _) = setup(fast()).await;
        chain.revert_calls_to(Address::repeat_byte(0xee));
        m.submit(key(1), call(0xee)).await.unwrap();
        assert!(matches!(m.wait(&key(1), WAIT).await.unwrap(), TxStatus::Failed { .. }));
        m.submit(key(2), call(1)).await.unwrap();
        assert!(matches!(m.wait(&key(2), WAIT).await.unwrap(), TxStatus::Confirmed { .. }));
        assert_eq!(chain.mined_nonce(), 1);
        m.shutdown().await;
    }

    /// Waits until `key` has left Queued (it was signed and sent at least once), then `settle`.
    async fn sent_then(m: &TxManager, key: IdempotencyKey, settle: Duration) -> TxStatus {
        tokio::time::sleep(settle).await;
        m.status(&key).await.unwrap().unwrap()
    }

    #[tokio::test]
    async fn an_unfunded_signer_waits_holding_its_nonce_and_goes_on_when_funded() {
        let (_d, chain, m, _) = setup(fast()).await;
        m.submit(key(1), call(1)).await.unwrap();
        assert!(matches!(m.wait(&key(1), WAIT).await.unwrap(), TxStatus::Confirmed { .. }));
        chain.set_fault(Some((
            RpcErrorKind::InsufficientFunds,
            "insufficient funds for gas * price + value",
        )));
        m.submit(key(2), call(1)).await.unwrap();
        m.submit(key(3), call(1)).await.unwrap();
        for k in [key(2), key(3)] {
            let s = sent_then(&m, k, Duration::from_millis(300)).await;
            assert!(!s.is_final(), "an unfunded signer must not fail a submission: {s:?}");
        }
        assert!(m.alerts().faults().get("insufficient_funds") > Some(&0));
        assert!(m.alerts().funds_low(), "the operator is alerted");
        chain.set_fault(None);
        for k in [key(2), key(3)] {
            assert!(matches!(m.wait(&k, WAIT).await.unwrap(), TxStatus::Confirmed { .. }));
        }
        assert_eq!(chain.mined_nonce(), 3, "no nonce released, none skipped");
        assert!(!m.alerts().funds_low(), "the alert clears once a send goes through");
        m.shutdown().await;
    }

    #[tokio::test]
    async fn rate_limits_full_pools_lagging_and_unknown_errors_are_retried_not_final() {
        let (_d, chain, m, _) =
            setup(TxConfig { retry_backoff: Duration::from_millis(5), ..fast() }).await;
        let faults = [
            (RpcErrorKind::RateLimited, "rate limit exceeded"),
            (RpcErrorKind::PoolFull, "txpool is full"),
            (RpcErrorKind::LaggingNode, "header not found"),
            (RpcErrorKind::Unrecognised, "something no node said before"),
            (RpcErrorKind::Transport, "connection reset"),
        ];
        for (i, (kind, message)) in faults.into_iter().enumerate() {
            chain.set_fault(Some((kind.clone(), message)));
            let k = key(10 + i as u8);
            m.submit(k, call(1)).await.unwrap();
            let s = sent_then(&m, k, Duration::from_millis(100)).await;
            assert!(!s.is_final(), "{kind:?} ended a submission: {s:?}");
            chain.set_fault(None);
            assert!(
                matches!(m.wait(&k, WAIT).await.unwrap(), TxStatus::Confirmed { .. }),
                "{kind:?}"
            );
        }
        assert_eq!(chain.mined_nonce(), 5);
        m.shutdown().await;
    }

    async fn recv(
        changes: &mut tokio::sync::broadcast::Receiver<(IdempotencyKey, TxStatus)>,
    ) -> (IdempotencyKey, TxStatus) {
        tokio::time::timeout(WAIT, changes.recv()).await.unwrap().unwrap()
    }

    #[tokio::test]
    async fn subscribers_see_a_submission_sent_mined_and_confirmed() {
        let (_d, chain, m, _) = setup(fast()).await;
        chain.set_automine(false);
        let mut changes = m.subscribe();
        m.submit(key(1), call(1)).await.unwrap();
        let (k, sent) = recv(&mut changes).await;
        assert_eq!(k, key(1));
        let TxStatus::Submitted { tx_hash, nonce: 0 } = sent else { panic!("{sent:?}") };
        chain.mine();
        let (k, mined) = recv(&mut changes).await;
        assert_eq!(k, key(1));
        assert!(matches!(mined, TxStatus::Mined { tx_hash: h, .. } if h == tx_hash), "{mined:?}");
        let (k, confirmed) = recv(&mut changes).await;
        assert_eq!(k, key(1));
        assert_eq!(Some(confirmed), m.status(&key(1)).await.unwrap());
        m.shutdown().await;
    }

    #[tokio::test]
    async fn waits_leave_no_registration_behind() {
        let (_d, _chain, m, _) = setup(fast()).await;
        m.submit(key(1), call(1)).await.unwrap();
        assert!(matches!(m.wait(&key(1), WAIT).await.unwrap(), TxStatus::Confirmed { .. }));
        // Final already, and unknown: neither is ever notified, so neither may stay registered.
        assert!(matches!(m.wait(&key(1), WAIT).await.unwrap(), TxStatus::Confirmed { .. }));
        assert!(matches!(m.wait(&key(9), WAIT).await, Err(TxError::UnknownKey)));
        assert!(matches!(m.wait_all(&[key(1), key(9)], WAIT).await, Err(TxError::UnknownKey)));
        assert_eq!(m.waiting_keys(), 0);
        m.shutdown().await;
    }

    fn abi_call(to: u8, arg: u8) -> TxCall {
        TxCall { to: Address::repeat_byte(to), input: vec![0xab, 0xcd, 0xef, 0x01, arg].into() }
    }

    #[tokio::test]
    async fn a_call_shaped_like_one_estimated_before_is_not_estimated_again() {
        let (_d, chain, m, _) = setup(fast()).await;
        // Arriving together, before any estimate: the first is estimated, the rest wait for it.
        let group = (1..6).map(|i| (key(i), abi_call(7, i))).collect();
        m.submit_many(group, GasPolicy::ReuseForShape).await.unwrap();
        let keys: Vec<_> = (1..6).map(key).collect();
        for status in m.wait_all(&keys, WAIT).await.unwrap() {
            assert!(matches!(status, TxStatus::Confirmed { .. }), "{status:?}");
        }
        assert!(matches!(m.wait_all(&[key(1), key(99)], WAIT).await, Err(TxError::UnknownKey)));
        m.submit_with(key(6), abi_call(7, 6), GasPolicy::ReuseForShape).await.unwrap();
        assert!(matches!(m.wait(&key(6), WAIT).await.unwrap(), TxStatus::Confirmed { .. }));
        // Submitted with the default policy, the same shape is estimated for itself.
        m.submit(key(7), abi_call(7, 7)).await.unwrap();
        assert!(matches!(m.wait(&key(7), WAIT).await.unwrap(), TxStatus::Confirmed { .. }));
        assert_eq!(chain.estimates(), 2);
        assert_eq!(chain.mined_nonce(), 7);
        m.shutdown().await;
    }

    #[tokio::test]
    async fn a_remembered_gas_limit_that_reverts_is_estimated_afresh_then_fails_without_a_nonce() {
        let (_d, chain, m, _) = setup(fast()).await;
        m.submit(key(1), abi_call(7, 1)).await.unwrap();
        assert!(matches!(m.wait(&key(1), WAIT).await.unwrap(), TxStatus::Confirmed { .. }));
        chain.revert_calls_to(Address::repeat_byte(7));
        m.submit_with(key(2), abi_call(7, 2), GasPolicy::ReuseForShape).await.unwrap();
        match m.wait(&key(2), WAIT).await.unwrap() {
            TxStatus::Failed { reason } => assert!(reason.contains("estimation"), "{reason}"),
            other => panic!("expected Failed, got {other:?}"),
        }
        assert_eq!(chain.estimates(), 2, "the first call and the retry after the on-chain revert");
        assert_eq!(chain.mined_nonce(), 2, "the reverted attempt used its nonce; the retry none");
        m.submit(key(3), abi_call(8, 3)).await.unwrap();
        assert!(matches!(m.wait(&key(3), WAIT).await.unwrap(), TxStatus::Confirmed { .. }));
        assert_eq!(chain.mined_nonce(), 3, "no gap");
        m.shutdown().await;
    }

    #[tokio::test]
    async fn a_stuck_transaction_is_replaced_then_mined() {
        let (_d, chain, m, _) =
            setup(TxConfig { stuck_after: Duration::from_millis(40), ..fast() }).await;
        chain.set_automine(false);
        m.submit(key(1), call(1)).await.unwrap();
        tokio::time::sleep(Duration::from_millis(30)).await;
        let first = chain.pool();
        tokio::time::sleep(Duration::from_millis(150)).await;
        let later = chain.pool();
        assert_eq!(later.len(), 1);
        assert_ne!(first, later, "replaced with a new hash");
        chain.mine();
        let TxStatus::Confirmed { tx_hash, .. } = m.wait(&key(1), WAIT).await.unwrap() else {
            panic!("not confirmed")
        };
        assert_ne!(tx_hash, first[0], "the replacement is what was mined");
        assert_eq!(chain.mined_nonce(), 1);
        m.shutdown().await;
    }

    #[tokio::test]
    async fn a_nonce_used_elsewhere_is_reassigned() {
        let (_d, chain, m, _) = setup(fast()).await;
        chain.use_nonce_out_of_band();
        m.submit(key(1), call(1)).await.unwrap();
        assert!(matches!(m.wait(&key(1), WAIT).await.unwrap(), TxStatus::Confirmed { .. }));
        assert_eq!(chain.mined_nonce(), 2);
        m.shutdown().await;
    }

    #[tokio::test]
    async fn a_reorged_transaction_is_sent_again_and_confirmed_once() {
        let (_d, chain, m, _) = setup(TxConfig { finality: Finality::Depth(2), ..fast() }).await;
        m.submit(key(1), call(1)).await.unwrap();
        loop {
            if matches!(m.status(&key(1)).await.unwrap(), Some(TxStatus::Mined { .. })) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        chain.reorg(1);
        // The manager notices, sends the same bytes again and the chain mines them anew.
        tokio::time::sleep(Duration::from_millis(100)).await;
        chain.mine();
        assert!(matches!(m.wait(&key(1), WAIT).await.unwrap(), TxStatus::Confirmed { .. }));
        assert_eq!(chain.mined_nonce(), 1);
        m.shutdown().await;
    }

    /// Followed by the chain's `finalized` block, a mined transaction is final once that block
    /// reaches it, however many blocks are on top of it before.
    #[tokio::test]
    async fn under_finalized_a_transaction_is_confirmed_when_its_block_is_finalized() {
        let (_d, chain, m, _) = setup(TxConfig { finality: Finality::Finalized, ..fast() }).await;
        chain.set_finalized_lag(3);
        chain.set_automine(false);
        m.submit(key(1), call(1)).await.unwrap();
        let s = sent_then(&m, key(1), Duration::from_millis(100)).await;
        assert!(matches!(s, TxStatus::Submitted { .. }), "{s:?}");
        for _ in 0..3 {
            chain.mine();
        }
        let s = sent_then(&m, key(1), Duration::from_millis(200)).await;
        assert!(matches!(s, TxStatus::Mined { .. }), "2 blocks on top, not finalized: {s:?}");
        chain.mine();
        let s = m.wait(&key(1), WAIT).await.unwrap();
        let TxStatus::Confirmed { block_number, .. } = s else {
            panic!("not confirmed once finalized: {s:?}, head {}", chain.head().await.unwrap())
        };
        assert_eq!(block_number + 3, chain.head().await.unwrap(), "confirmed at finality");
        m.shutdown().await;
    }

    /// A reorg deeper than the confirmation depth takes a confirmed (and forgotten) transaction out,
    /// and with it its nonce: the chain's next nonce is now below the manager's. Every later
    /// transaction waited behind the hole for good; now the hole goes to the next submission.
    #[tokio::test]
    async fn a_nonce_freed_by_a_reorg_deeper_than_the_depth_is_used_again() {
        let (_d, chain, m, _) = setup(fast()).await;
        m.submit(key(1), call(1)).await.unwrap();
        assert!(matches!(m.wait(&key(1), WAIT).await.unwrap(), TxStatus::Confirmed { .. }));
        chain.reorg(1);
        chain.mine();
        chain.mine();
        // The manager sees the fork at its next poll.
        tokio::time::sleep(Duration::from_millis(100)).await;
        m.submit(key(2), call(1)).await.unwrap();
        assert!(
            matches!(m.wait(&key(2), WAIT).await.unwrap(), TxStatus::Confirmed { .. }),
            "the next submission waits behind the hole"
        );
        assert_eq!(chain.mined_nonce(), 1, "nonce 0 taken again; nothing skipped");
        m.shutdown().await;
    }

    #[tokio::test]
    async fn a_restart_rebroadcasts_instead_of_signing_again() {
        let signer = PrivateKeySigner::from_bytes(&B256::repeat_byte(0x11)).unwrap();
        let chain = Arc::new(InMemoryChain::new(signer.address()));
        chain.set_automine(false);
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("tx.db");
        let m = TxManager::start_with(chain.clone(), signer.clone(), &db, fast()).await.unwrap();
        for i in 0..5 {
            m.submit(key(i), call(1)).await.unwrap();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        m.shutdown().await;
        chain.drop_pool();
        chain.set_automine(true);
        let m = TxManager::start_with(chain.clone(), signer, &db, fast()).await.unwrap();
        for i in 0..5 {
            assert!(matches!(m.wait(&key(i), WAIT).await.unwrap(), TxStatus::Confirmed { .. }));
        }
        assert_eq!(chain.mined_nonce(), 5, "five transactions, no more");
        m.shutdown().await;
    }
}
