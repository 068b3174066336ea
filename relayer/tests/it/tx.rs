//! The transaction manager against a real anvil: idempotency, a large group sent in parallel
//! batches, reverts that burn no nonce, stuck replacement, nonces used out of band, reorgs before
//! confirmation, and restart.

use std::time::Duration;

use alloy::{
    network::TransactionBuilder,
    primitives::{Address, B256, U256, keccak256},
    providers::{Provider, ProviderBuilder, RootProvider},
    rpc::types::TransactionRequest,
    signers::local::PrivateKeySigner,
};
use eyre::{Result, ensure, eyre};
use medvault_devnet::{Chain, Mining};
use medvault_relayer::tx::{
    Finality, GasPolicy, IdempotencyKey, TxCall, TxConfig, TxManager, TxStatus,
};

const WAIT: Duration = Duration::from_secs(60);

struct Fixture {
    _deadline: medvault_devnet::Deadline,
    chain: Chain,
    contract: Address,
    key: PrivateKeySigner,
    db: tempfile::TempDir,
    rpc: RootProvider,
}

impl Fixture {
    async fn new() -> Result<Self> {
        Self::mining(Mining::Auto).await
    }

    async fn mining(mining: Mining) -> Result<Self> {
        let deadline = crate::deadline();
        let chain = Chain::start_mining(
            &medvault_devnet::toolchain().expect("the checkout holds foundry.toml"),
            mining,
        )?;
        let deployer: PrivateKeySigner = PrivateKeySigner::from_bytes(&chain.dev_key(9))?;
        let p = ProviderBuilder::new().wallet(deployer).connect_http(chain.rpc_url().parse()?);
        let tx = TransactionRequest::default()
            .with_deploy_code(medvault_devnet::testkit::counter_initcode());
        let receipt = p
            .send_transaction(tx)
            .await?
            .with_timeout(Some(Duration::from_secs(30)))
            .get_receipt()
            .await?;
        let contract = receipt.contract_address.ok_or_else(|| eyre!("no contract address"))?;
        let key = PrivateKeySigner::from_bytes(&chain.dev_key(1))?;
        let rpc = RootProvider::new_http(chain.rpc_url().parse()?);
        Ok(Self { _deadline: deadline, chain, contract, key, db: tempfile::tempdir()?, rpc })
    }

    fn config(&self) -> TxConfig {
        TxConfig { receipt_poll: Duration::from_millis(20), ..TxConfig::default() }
    }

    async fn manager(&self, config: TxConfig) -> Result<TxManager> {
        Ok(TxManager::start(
            &self.chain.rpc_url(),
            self.key.clone(),
            &self.db.path().join("relayer.db"),
            config,
        )
        .await?)
    }

    fn call(&self, k: B256) -> TxCall {
        TxCall { to: self.contract, input: k.to_vec().into() }
    }

    async fn count(&self) -> Result<u64> {
        Ok(self.rpc.get_storage_at(self.contract, U256::ZERO).await?.to::<u64>())
    }

    async fn nonce(&self) -> Result<u64> {
        Ok(self.rpc.get_transaction_count(self.key.address()).await?)
    }

    async fn rpc(
        &self,
        method: &'static str,
        params: serde_json::Value,
    ) -> Result<serde_json::Value> {
        Ok(self.rpc.raw_request(method.into(), params).await?)
    }
}

fn key(i: u64) -> IdempotencyKey {
    IdempotencyKey(keccak256(i.to_be_bytes()))
}

async fn confirmed(m: &TxManager, k: &IdempotencyKey) -> Result<TxStatus> {
    let s = m.wait(k, WAIT).await?;
    ensure!(matches!(s, TxStatus::Confirmed { .. }), "expected Confirmed, got {s:?}");
    Ok(s)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn submit_confirms_once_per_key() -> Result<()> {
    let f = Fixture::new().await?;
    let m = f.manager(f.config()).await?;
    let k = key(1);
    let first = m.submit(k, f.call(k.0)).await?;
    assert!(matches!(first, TxStatus::Queued), "{first:?}");
    // Same key again while in flight, and with a different call: nothing new is sent.
    m.submit(k, f.call(B256::repeat_byte(9))).await?;
    let done = confirmed(&m, &k).await?;
    assert_eq!(m.submit(k, f.call(k.0)).await?, done, "a confirmed key answers with its status");
    assert_eq!(m.status(&k).await?, Some(done));
    assert_eq!(m.status(&key(2)).await?, None);
    assert_eq!(f.count().await?, 1);
    assert_eq!(f.nonce().await?, 1);
    m.shutdown().await;
    Ok(())
}

/// A held call (the relay window) is journaled at once but reaches the chain only after its hold;
/// calls held to the same window end go out together. A held call the manager stops on is sent
/// when it resumes: what the relayer acknowledged is never lost.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn held_calls_wait_for_their_window_and_survive_a_restart() -> Result<()> {
    let f = Fixture::new().await?;
    let m = f.manager(f.config()).await?;
    let hold = Duration::from_millis(1500);
    for i in 1..=2 {
        let s = m.submit_held(key(i), f.call(key(i).0), hold).await?;
        assert!(matches!(s, TxStatus::Queued), "{s:?}");
    }
    tokio::time::sleep(Duration::from_millis(700)).await;
    assert_eq!(f.count().await?, 0, "nothing sent before the window ends");
    assert_eq!(m.status(&key(1)).await?, Some(TxStatus::Queued), "journaled meanwhile");
    confirmed(&m, &key(1)).await?;
    confirmed(&m, &key(2)).await?;
    assert_eq!(f.count().await?, 2);

    // Held, then the relayer stops before the window ends: sent once it starts again.
    m.submit_held(key(3), f.call(key(3).0), Duration::from_secs(3600)).await?;
    m.shutdown().await;
    let m = f.manager(f.config()).await?;
    confirmed(&m, &key(3)).await?;
    assert_eq!(f.count().await?, 3);
    m.shutdown().await;
    Ok(())
}

/// A group this large goes to the node as several batch requests at once, so later nonces can
/// arrive before earlier ones; every call still lands once, on consecutive nonces.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_large_group_lands_once_each_on_consecutive_nonces() -> Result<()> {
    let f = Fixture::mining(Mining::default()).await?;
    let m = f.manager(f.config()).await?;
    let keys: Vec<IdempotencyKey> = (1..=300).map(key).collect();
    // `mark(bytes32)`-shaped (one selector, one word), so one estimate serves them all and they
    // are signed and sent as one group. The contract marks the first 32 bytes, unique per key.
    let mark = |k: &IdempotencyKey| TxCall {
        to: f.contract,
        input: [&keccak256("mark(bytes32)")[..4], k.0.as_slice()].concat().into(),
    };
    m.submit_many(keys.iter().map(|k| (*k, mark(k))).collect(), GasPolicy::ReuseForShape).await?;
    for (k, s) in keys.iter().zip(m.wait_all(&keys, WAIT).await?) {
        ensure!(matches!(s, TxStatus::Confirmed { .. }), "{}: expected Confirmed, got {s:?}", k.0);
    }
    assert_eq!(f.count().await?, 300, "each call marked its word once");
    assert_eq!(f.nonce().await?, 300, "nonces 0..300, no gap, none spent twice");
    m.shutdown().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reverting_call_fails_without_burning_a_nonce() -> Result<()> {
    let f = Fixture::new().await?;
    let m = f.manager(f.config()).await?;
    let bad = key(1);
    m.submit(bad, f.call(B256::ZERO)).await?;
    match m.wait(&bad, WAIT).await? {
        TxStatus::Failed { reason } => {
            assert!(reason.contains("EmptyRoot"), "decoded custom error, got: {reason}")
        }
        other => panic!("expected Failed, got {other:?}"),
    }
    let good = key(2);
    m.submit(good, f.call(good.0)).await?;
    confirmed(&m, &good).await?;
    assert_eq!(f.nonce().await?, 1, "the revert used no nonce; the next call took nonce 0");
    assert_eq!(f.count().await?, 1);
    m.shutdown().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stuck_transaction_is_replaced_with_higher_fees() -> Result<()> {
    let f = Fixture::new().await?;
    let m = f.manager(TxConfig { stuck_after: Duration::from_millis(700), ..f.config() }).await?;
    f.rpc("anvil_setAutomine", serde_json::json!([false])).await?;
    let k = key(1);
    m.submit(k, f.call(k.0)).await?;
    let first = loop {
        if let Some(TxStatus::Submitted { tx_hash, .. }) = m.status(&k).await? {
            break tx_hash;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    // The first attempt even leaves the pool, as an overloaded node might drop it.
    f.rpc("anvil_dropTransaction", serde_json::json!([first])).await?;
    tokio::time::sleep(Duration::from_millis(2_000)).await;
    let replaced = match m.status(&k).await? {
        Some(TxStatus::Submitted { tx_hash, nonce }) => {
            assert_eq!(nonce, 0);
            tx_hash
        }
        other => panic!("expected Submitted, got {other:?}"),
    };
    assert_ne!(replaced, first, "a replacement with a new hash was sent");
    f.rpc("evm_mine", serde_json::json!([])).await?;
    let TxStatus::Confirmed { tx_hash, .. } = confirmed(&m, &k).await? else { unreachable!() };
    assert_ne!(tx_hash, first);
    assert_eq!(f.count().await?, 1);
    assert_eq!(f.nonce().await?, 1);
    m.shutdown().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_nonce_used_out_of_band_is_reassigned() -> Result<()> {
    let f = Fixture::new().await?;
    let m = f.manager(f.config()).await?;
    // Someone else sends with the relayer's key behind the manager's back.
    let rogue =
        ProviderBuilder::new().wallet(f.key.clone()).connect_http(f.chain.rpc_url().parse()?);
    let tx = TransactionRequest::default().with_to(f.key.address()).with_value(U256::from(1));
    rogue.send_transaction(tx).await?.with_timeout(Some(WAIT)).get_receipt().await?;
    assert_eq!(f.nonce().await?, 1);

    let k = key(1);
    m.submit(k, f.call(k.0)).await?;
    confirmed(&m, &k).await?;
    assert_eq!(f.count().await?, 1);
    assert_eq!(f.nonce().await?, 2, "the call took the next free nonce, no gap");
    m.shutdown().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reorg_before_confirmation_is_reconciled() -> Result<()> {
    let f = Fixture::new().await?;
    let m = f.manager(TxConfig { finality: Finality::Depth(3), ..f.config() }).await?;
    f.rpc("anvil_setAutomine", serde_json::json!([false])).await?;
    let snapshot = f.rpc("evm_snapshot", serde_json::json!([])).await?;
    let k = key(1);
    m.submit(k, f.call(k.0)).await?;
    // Submitted is journaled before the node has the bytes: wait for the pool to hold them, so
    // that the block mined next carries the call (under load the send may come a moment later).
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let submitted = matches!(m.status(&k).await?, Some(TxStatus::Submitted { .. }));
        let pool = f.rpc("txpool_content", serde_json::json!([])).await?;
        if submitted && pool["pending"].as_object().is_some_and(|p| !p.is_empty()) {
            break;
        }
        ensure!(tokio::time::Instant::now() < deadline, "the call never reached the pool");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    f.rpc("evm_mine", serde_json::json!([])).await?;
    let first_block = loop {
        if let Some(TxStatus::Mined { block_hash, .. }) = m.status(&k).await? {
            break block_hash;
        }
        ensure!(tokio::time::Instant::now() < deadline, "the mined call was never seen mined");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    // The block is reorged out before it has 3 confirmations.
    f.rpc("evm_revert", serde_json::json!([snapshot])).await?;
    let now = f.rpc.get_block_by_number(Default::default()).await?.unwrap().header.timestamp;
    f.rpc("evm_setNextBlockTimestamp", serde_json::json!([now + 100])).await?;
    f.rpc("evm_mine", serde_json::json!([])).await?;
    // The manager notices, goes back to Submitted and hands the same bytes to the node again: they
    // wait in the pool, or, when the manager saw the revert before the block above was mined, are
    // already in that block (the call ran once on the new chain).
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let pool = f.rpc("txpool_content", serde_json::json!([])).await?;
        let in_pool = pool["pending"].as_object().is_some_and(|p| !p.is_empty());
        if in_pool || f.count().await? == 1 {
            break;
        }
        ensure!(tokio::time::Instant::now() < deadline, "the reorged tx was not resent");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    for _ in 0..3 {
        f.rpc("evm_mine", serde_json::json!([])).await?;
    }
    let TxStatus::Confirmed { block_hash, .. } = confirmed(&m, &k).await? else { unreachable!() };
    assert_ne!(block_hash, first_block, "confirmed in the new canonical block");
    let canonical = f
        .rpc
        .get_block_by_hash(block_hash)
        .await?
        .ok_or_else(|| eyre!("confirmed block is not canonical"))?;
    assert_eq!(canonical.header.hash, block_hash);
    assert_eq!(f.count().await?, 1);
    assert_eq!(f.nonce().await?, 1);
    m.shutdown().await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_resumes_every_submission_exactly_once() -> Result<()> {
    let f = Fixture::new().await?;
    let n = 60u64;

    // Phase 1: submissions sit in the pool (no mining) when the manager goes away.
    f.rpc("anvil_setAutomine", serde_json::json!([false])).await?;
    let m = f.manager(f.config()).await?;
    for i in 0..n / 2 {
        m.submit(key(i), f.call(key(i).0)).await?;
    }
    let deadline = tokio::time::Instant::now() + WAIT;
    for i in 0..n / 2 {
        while !matches!(m.status(&key(i)).await?, Some(TxStatus::Submitted { .. })) {
            ensure!(tokio::time::Instant::now() < deadline, "not submitted");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
    m.shutdown().await;
    f.rpc("evm_mine", serde_json::json!([])).await?;
    f.rpc("anvil_setAutomine", serde_json::json!([true])).await?;

    // Phase 2: a second manager on the same journal; more submissions, cut off mid-flight.
    let m = f.manager(f.config()).await?;
    for i in n / 2..n {
        m.submit(key(i), f.call(key(i).0)).await?;
    }
    tokio::time::sleep(Duration::from_millis(30)).await;
    m.shutdown().await;

    // Phase 3: a third manager; the caller retries every key, as a restarted client would.
    let m = f.manager(f.config()).await?;
    for i in 0..n {
        m.submit(key(i), f.call(key(i).0)).await?;
    }
    for i in 0..n {
        confirmed(&m, &key(i)).await?;
    }
    assert_eq!(f.count().await?, n, "every key took effect exactly once");
    assert_eq!(f.nonce().await?, n, "no nonce gap, no extra transaction");
    m.shutdown().await;
    Ok(())
}
