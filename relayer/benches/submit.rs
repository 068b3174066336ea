//! Submission throughput: the transaction manager against anvil's own ceiling, in the same run.
//!
//! `cargo bench -p medvault-relayer --bench submit` starts anvil, deploys a tiny contract and sends
//! N calls (default 10,000; `MEDVAULT_BENCH_TXS` overrides) two ways, twice each, alternating:
//!
//! - **plain**: a pipelined sender with explicit nonces — every call signed before the clock starts,
//!   all raw transactions sent with up to 256 requests in flight, then receipts collected block by
//!   block. No journal, no estimation, no error handling: the ceiling.
//! - **relayer**: the calls handed to the transaction manager as they come, in groups of up to 256
//!   (`TxManager::submit_many`: journaled in one commit per group), each then gas estimated (or
//!   given the estimate of its shape), nonce assigned, signed, journaled, sent and followed to its
//!   receipt; the clock stops when `wait_all` says every one is Confirmed.
//!
//! anvil makes a block every 50 ms (`Mining::Interval`), as a real chain makes them at its own pace.
//! Automine left the last transaction of a burst in the pool now and then (foundry-rs/foundry#10122)
//! and stalled either sender until something else was sent; automine with interval blocks besides
//! (`--mixed-mining`) at 50 ms made anvil mine without pause and grow by ~60 MB/s under this load.
//!
//! Every call is `mark(bytes32)`-shaped (selector and one word), as the relayer's own calls are
//! ABI calls. It prints transactions per second for each, the blocks each run took, and the ratio
//! relayer / plain.

use std::{
    collections::HashSet,
    time::{Duration, Instant},
};

use alloy::{
    consensus::{SignableTransaction, TxEip1559, TxEnvelope},
    eips::{BlockNumberOrTag, eip2718::Encodable2718},
    network::{TransactionBuilder, TxSignerSync},
    primitives::{Address, B256, Bytes, TxKind, U256, keccak256},
    providers::{Provider, ProviderBuilder, RootProvider},
    rpc::types::TransactionRequest,
    signers::local::PrivateKeySigner,
};
use eyre::{Result, eyre};
use futures::StreamExt;
use medvault_devnet::{Chain, Mining, Toolchain};
use medvault_relayer::tx::{
    Fees, GasPolicy, IdempotencyKey, TxCall, TxConfig, TxManager, TxStatus,
    chain::{eip1559, sign},
};

/// Requests the plain sender has in flight, and calls handed to the manager at once.
const IN_FLIGHT: usize = 256;

fn word(run: u64, i: u64) -> B256 {
    keccak256([run.to_be_bytes(), i.to_be_bytes()].concat())
}

/// `mark(bytes32 word)`: the contract reads the first 32 bytes of calldata (selector included),
/// which are as unique as the word.
fn input(run: u64, i: u64) -> Bytes {
    [&keccak256("mark(bytes32)")[..4], word(run, i).as_slice()].concat().into()
}

async fn plain(
    rpc: &RootProvider,
    signer: &PrivateKeySigner,
    to: Address,
    run: u64,
    n: u64,
) -> Result<f64> {
    let from = signer.address();
    let chain_id = rpc.get_chain_id().await?;
    let nonce = rpc.get_transaction_count(from).pending().await?;
    let base = rpc
        .get_block_by_number(BlockNumberOrTag::Latest)
        .await?
        .and_then(|b| b.header.base_fee_per_gas)
        .unwrap_or(1) as u128;
    let tip = rpc.get_max_priority_fee_per_gas().await?;
    let raws: Vec<Bytes> = (0..n)
        .map(|i| {
            let mut tx = TxEip1559 {
                chain_id,
                nonce: nonce + i,
                gas_limit: 100_000,
                max_fee_per_gas: base * 2 + tip,
                max_priority_fee_per_gas: tip,
                to: TxKind::Call(to),
                value: U256::ZERO,
                access_list: Default::default(),
                input: input(run, i),
            };
            let sig = signer.sign_transaction_sync(&mut tx).expect("signs");
            TxEnvelope::from(tx.into_signed(sig)).encoded_2718().into()
        })
        .collect();
    let start_block = rpc.get_block_number().await? + 1;

    let t0 = Instant::now();
    let mut pending: HashSet<B256> = futures::stream::iter(raws)
        .map(|raw| async move {
            rpc.raw_request::<_, B256>("eth_sendRawTransaction".into(), (raw,)).await
        })
        .buffer_unordered(IN_FLIGHT)
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .collect::<Result<_, _>>()?;
    let mut next = start_block;
    while !pending.is_empty() {
        let head = rpc.get_block_number().await?;
        let blocks: Vec<_> = futures::stream::iter(next..=head)
            .map(
                |b| async move { rpc.get_block_receipts(BlockNumberOrTag::Number(b).into()).await },
            )
            .buffered(32)
            .collect()
            .await;
        for receipts in blocks {
            for r in receipts?.unwrap_or_default() {
                pending.remove(&r.transaction_hash);
            }
        }
        next = head + 1;
        if !pending.is_empty() {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
    Ok(n as f64 / t0.elapsed().as_secs_f64())
}

async fn relayer(m: &TxManager, to: Address, run: u64, n: u64) -> Result<f64> {
    let t0 = Instant::now();
    for group in (0..n).collect::<Vec<_>>().chunks(IN_FLIGHT) {
        let calls = group
            .iter()
            .map(|&i| (IdempotencyKey(word(run, i)), TxCall { to, input: input(run, i) }))
            .collect();
        m.submit_many(calls, GasPolicy::ReuseForShape).await?;
    }
    let keys: Vec<IdempotencyKey> = (0..n).map(|i| IdempotencyKey(word(run, i))).collect();
    for (i, s) in m.wait_all(&keys, Duration::from_secs(300)).await?.into_iter().enumerate() {
        if !matches!(s, TxStatus::Confirmed { .. }) {
            return Err(eyre!("submission {i} ended {s:?}"));
        }
    }
    Ok(n as f64 / t0.elapsed().as_secs_f64())
}

/// One signature with its encoding, per backend: the manager signs inside the clock (through
/// libsecp256k1), the plain sender before it.
fn signing_cost(signer: &PrivateKeySigner, to: Address) -> Result<()> {
    const N: u64 = 2_000;
    let fees = Fees { max_fee_per_gas: 2_000_000_000, max_priority_fee_per_gas: 1_000_000_000 };
    let call = TxCall { to, input: input(u64::MAX, 0) };
    let t0 = Instant::now();
    for i in 0..N {
        let mut tx = eip1559(1, i, 100_000, fees, &call);
        let sig = signer.sign_transaction_sync(&mut tx)?;
        std::hint::black_box(TxEnvelope::from(tx.into_signed(sig)).encoded_2718());
    }
    let k256 = t0.elapsed().as_secs_f64() * 1e6 / N as f64;
    let secp = signer.to_secp256k1();
    let t0 = Instant::now();
    for i in 0..N {
        std::hint::black_box(sign(&secp, 1, i, 100_000, fees, &call)?);
    }
    let libsecp = t0.elapsed().as_secs_f64() * 1e6 / N as f64;
    println!(
        "one signed transaction: k256 {k256:.1} µs, libsecp256k1 (the manager's) {libsecp:.1} µs"
    );
    Ok(())
}

#[tokio::main]
async fn main() -> Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(std::env::var("RUST_LOG").unwrap_or_else(|_| "warn".into()))
        .with_writer(std::io::stderr)
        .init();
    let n: u64 =
        std::env::var("MEDVAULT_BENCH_TXS").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
    let tools = match std::env::var_os("MEDVAULT_ROOT") {
        Some(_) => Toolchain::discover()?,
        None => Toolchain::at(std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".."))?,
    };
    // Both senders on the same chain, whose blocks come at a steady pace (see the module docs).
    let chain =
        Chain::start_mining(&tools, Mining::Interval { interval: Duration::from_millis(50) })?;
    let url = chain.rpc_url();
    let deployer = PrivateKeySigner::from_bytes(&chain.dev_key(9))?;
    let p = ProviderBuilder::new().wallet(deployer).connect_http(url.parse()?);
    let receipt = p
        .send_transaction(
            TransactionRequest::default()
                .with_deploy_code(medvault_devnet::testkit::counter_initcode()),
        )
        .await?
        .with_timeout(Some(Duration::from_secs(30)))
        .get_receipt()
        .await?;
    let to = receipt.contract_address.ok_or_else(|| eyre!("no contract address"))?;
    let rpc = RootProvider::new_http(url.parse()?);

    let db = tempfile::tempdir()?;
    let config = TxConfig {
        receipt_poll: Duration::from_millis(10),
        // No window, as the plain sender has none on unmined transactions: a call is tracked from
        // hand-over to receipt, and any window smaller than throughput x that time caps the rate.
        max_in_flight: n as usize,
        ..TxConfig::default()
    };
    let manager = TxManager::start(
        &url,
        PrivateKeySigner::from_bytes(&chain.dev_key(1))?,
        &db.path().join("relayer.db"),
        config,
    )
    .await?;
    let plain_signer = PrivateKeySigner::from_bytes(&chain.dev_key(2))?;
    signing_cost(&plain_signer, to)?;

    println!(
        "submission throughput into anvil, {n} calls per run, {IN_FLIGHT} in flight (plain) / \
         handed over at once (relayer)"
    );
    let (mut p_total, mut r_total) = (0.0, 0.0);
    for round in 0..2u64 {
        let b0 = rpc.get_block_number().await?;
        let p_tps = plain(&rpc, &plain_signer, to, 2 * round, n).await?;
        let b1 = rpc.get_block_number().await?;
        let r_tps = relayer(&manager, to, 2 * round + 1, n).await?;
        let b2 = rpc.get_block_number().await?;
        println!(
            "  round {}: plain {p_tps:>8.0} tx/s ({} blocks)   relayer {r_tps:>8.0} tx/s ({} blocks)",
            round + 1,
            b1 - b0,
            b2 - b1
        );
        p_total += p_tps;
        r_total += r_tps;
    }
    let (p_tps, r_tps) = (p_total / 2.0, r_total / 2.0);
    println!("plain pipelined sender (anvil ceiling): {p_tps:.0} tx/s");
    println!("relayer (journal + gas + nonce owner + receipts): {r_tps:.0} tx/s");
    println!("ratio relayer / plain: {:.2} (target >= 0.90)", r_tps / p_tps);
    manager.shutdown().await;
    Ok(())
}
