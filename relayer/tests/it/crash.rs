//! Crash test: the `medvault serve` process is SIGKILLed at random points while it works through
//! submissions and restarted on the same database; afterwards every acknowledged record is anchored
//! exactly once, nothing is lost, nothing duplicated, and the relayer's nonce has no gap.
//!
//! CI size runs in `cargo test`; the full size is
//! `MEDVAULT_CRASH_RECORDS=10000 MEDVAULT_CRASH_KILLS=50 cargo test -p medvault-relayer --test it -- --ignored crash_full`.

use std::{
    collections::{BTreeMap, BTreeSet},
    process::{Child, Command, Stdio},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use alloy::{
    primitives::{B256, keccak256},
    providers::Provider,
    rpc::types::Filter,
    sol_types::SolEvent,
};
use eyre::{Result, ensure};
use medvault_bindings::record_registry::RecordRegistry;
use medvault_client::submission as testkit;
use medvault_primitives::types::PublicKey;
use medvault_primitives::{
    api::records::{RecordResponse, RecordStatus, SubmitRequest, SubmitResponse},
    merkle,
};
use rand::{Rng, SeedableRng, rngs::StdRng};

use crate::stack::{Stack, free_port, wait_healthy};

pub(crate) fn spawn_relayer(
    stack: &Stack,
    db: &std::path::Path,
    port: u16,
    batch: usize,
) -> Result<Child> {
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(stack.dir.path().join("relayer.log"))?;
    Ok(Command::new(env!("CARGO_BIN_EXE_medvault-relayer"))
        .env("MEDVAULT_RPC_URL", stack.chain.rpc_url())
        .env("MEDVAULT_IPFS_API_URL", stack.ipfs.api_url())
        .env("MEDVAULT_DB", db)
        .env("MEDVAULT_DEPLOYMENT", &stack.deployment_file)
        .env("MEDVAULT_RELAYER_KEY", stack.chain.dev_key(9).to_string())
        .env("MEDVAULT_LISTEN", format!("127.0.0.1:{port}"))
        .env("MEDVAULT_BATCH_MAX_RECORDS", batch.to_string())
        .env("MEDVAULT_BATCH_WINDOW_MS", "100")
        .env("RUST_LOG", "info")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()?)
}

pub(crate) fn requests(
    stack: &Stack,
    patient_key: &PublicKey,
    records: usize,
    per_request: usize,
) -> Vec<SubmitRequest> {
    let mut rng = StdRng::seed_from_u64(99);
    let readers = [patient_key.clone()];
    let chain_id = stack.deployment.chain_id;
    let registry = stack.registry();
    (0..records.div_ceil(per_request))
        .map(|r| {
            let drafts: Vec<_> = (r * per_request..((r + 1) * per_request).min(records))
                .map(|i| {
                    let d = testkit::Draft {
                        patient_id: B256::repeat_byte(0x22),
                        patient_account: stack.patient.address(),
                        record_id: keccak256((i as u64).to_be_bytes()),
                        version: 1,
                        previous: B256::ZERO,
                        category: 1,
                    };
                    (d, vec![(i % 251) as u8; 256])
                })
                .collect();
            let (mut req, _) = testkit::build_for_committee(
                &stack.provider,
                chain_id,
                registry,
                &drafts,
                &readers,
                &stack.committee_key,
                &mut rng,
            );
            req.idempotency_key = Some(keccak256(format!("request {r}")));
            req
        })
        .collect()
}

async fn crash_run(records: usize, kills: usize, per_request: usize) -> Result<()> {
    let stack = Stack::start().await?;
    let db = stack.dir.path().join("relayer.db");
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::builder().timeout(Duration::from_secs(30)).build()?;
    let patient_key = stack.encryption_key(2).await?.public_key().clone();
    let reqs = requests(&stack, &patient_key, records, per_request);
    let batch = (records / (kills + 2)).clamp(10, 500);
    let mut rng = StdRng::seed_from_u64(7);
    let acked: Arc<Mutex<BTreeMap<usize, Vec<i64>>>> = Arc::default();
    let reqs = Arc::new(reqs);
    let mut kills_done = 0;
    let started = Instant::now();
    // Each life: start, send requests from a task, SIGKILL at a random moment (mid-request,
    // mid-batch, mid-anchor, wherever it lands). Requests without an answer are sent again in the
    // next life with the same idempotency key, as a client would retry. The last life finishes.
    loop {
        let mut child = spawn_relayer(&stack, &db, port, batch)?;
        wait_healthy(&base, Duration::from_secs(60)).await?;
        let sender =
            tokio::spawn(send_all(http.clone(), base.clone(), reqs.clone(), acked.clone()));
        if kills_done == kills {
            sender.await??;
            let ids: Vec<i64> = acked.lock().expect("lock").values().flatten().copied().collect();
            let deadline = Instant::now() + Duration::from_secs(120 + records as u64 / 50);
            let status_api = medvault_client::api::RelayerApi::new(&base);
            for id in &ids {
                loop {
                    // Its author polls it (a stranger would get 404).
                    let v: RecordStatus = status_api.record(&stack.provider, *id).await?;
                    if v.status == "confirmed" {
                        break;
                    }
                    ensure!(v.status != "failed", "record {id} failed");
                    ensure!(Instant::now() < deadline, "record {id} stuck in {}", v.status);
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            }
            verify(&stack, &base, &ids, records).await?;
            // Every envelope is in a confirmed batch verified on the node: the spool keeps
            // nothing behind (a file goes just after its batch's confirmation commits).
            let spool = stack.dir.path().join("relayer.db-spool");
            let deadline = Instant::now() + Duration::from_secs(10);
            loop {
                let left: Vec<_> = std::fs::read_dir(&spool)?.collect::<std::io::Result<_>>()?;
                if left.is_empty() {
                    break;
                }
                ensure!(Instant::now() < deadline, "{} spool files left: {left:?}", left.len());
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            child.kill()?;
            child.wait()?;
            break;
        }
        tokio::time::sleep(Duration::from_millis(rng.gen_range(50..1500))).await;
        child.kill()?; // SIGKILL
        child.wait()?;
        let _ = sender.await?; // ends with a connection error, or done
        kills_done += 1;
    }
    tracing::info!(records, kills, elapsed = ?started.elapsed(), "crash test done");
    Ok(())
}

/// Sends every request without an answer yet, in order; stops at the first transport error (the
/// relayer died).
pub(crate) async fn send_all(
    http: reqwest::Client,
    base: String,
    reqs: Arc<Vec<SubmitRequest>>,
    acked: Arc<Mutex<BTreeMap<usize, Vec<i64>>>>,
) -> Result<()> {
    for (i, req) in reqs.iter().enumerate() {
        if acked.lock().expect("lock").contains_key(&i) {
            continue;
        }
        let r = match http.post(format!("{base}/v1/records")).json(req).send().await {
            Ok(r) => r,
            Err(_) => return Ok(()),
        };
        ensure!(r.status() == 202, "request {i} refused: {}", r.status());
        let Ok(body) = r.json::<SubmitResponse>().await else {
            return Ok(());
        };
        acked.lock().expect("lock").insert(i, body.records.iter().map(|r| r.id).collect());
    }
    Ok(())
}

pub(crate) async fn verify(stack: &Stack, base: &str, ids: &[i64], records: usize) -> Result<()> {
    let rpc = stack.read_provider();
    let filter = Filter::new()
        .address(stack.registry())
        .event_signature(RecordRegistry::BatchAnchored::SIGNATURE_HASH)
        .from_block(0u64);
    let logs = rpc.get_logs(&filter).await?;
    let mut anchored: BTreeMap<B256, u32> = BTreeMap::new();
    for log in &logs {
        let ev = RecordRegistry::BatchAnchored::decode_log(&log.inner)?;
        ensure!(anchored.insert(ev.root, ev.count).is_none(), "root {} anchored twice", ev.root);
    }
    let distinct: BTreeSet<i64> = ids.iter().copied().collect();
    ensure!(
        distinct.len() == records,
        "{} distinct acknowledged records, expected {records}",
        distinct.len()
    );
    let total: u64 = anchored.values().map(|&c| c as u64).sum();
    ensure!(
        total == records as u64,
        "{total} leaves anchored for {records} records: lost or duplicated"
    );
    // One transaction per anchor and nothing else: nonce == number of anchors (no gap, no waste).
    let nonce = rpc.get_transaction_count(stack.relayer.address()).await?;
    ensure!(nonce == logs.len() as u64, "relayer nonce {nonce} for {} anchors", logs.len());
    let api = medvault_client::api::RelayerApi::new(base);
    for &id in ids {
        let v: RecordResponse = api.view(&stack.provider, id, &[], None).await?;
        let root = v.batch.and_then(|b| b.root).unwrap_or_default();
        ensure!(anchored.contains_key(&root), "record {id}'s root is not anchored");
        ensure!(merkle::verify(root, v.leaf, &v.proof.unwrap_or_default()), "record {id}'s proof");
    }
    Ok(())
}

/// CI size: 300 records, 5 kills.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crash_ci() -> Result<()> {
    crash_run(300, 5, 10).await
}

/// Full size (10,000 records, 50 kills by default; `MEDVAULT_CRASH_RECORDS`, `MEDVAULT_CRASH_KILLS`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "full size: minutes; run with --ignored"]
async fn crash_full() -> Result<()> {
    let env = |k: &str, d: usize| std::env::var(k).ok().and_then(|v| v.parse().ok()).unwrap_or(d);
    crash_run(env("MEDVAULT_CRASH_RECORDS", 10_000), env("MEDVAULT_CRASH_KILLS", 50), 50).await
}
