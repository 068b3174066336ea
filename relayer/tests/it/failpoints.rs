//! Kill-and-restart at each durable boundary: the relayer runs with `MEDVAULT_FAILPOINT` armed at
//! one point ([`medvault_relayer::failpoint`]), aborts there, and is restarted on the same database
//! with the next point armed, until every point of a record's way has been hit once; a last life
//! without a failpoint finishes. Clients resend what was not answered, with the same idempotency
//! keys. Then every acknowledged record is anchored exactly once with a proof, no root twice, the
//! relayer's nonce has no gap or waste, and the spool is empty. Last, the access log's boundary:
//! the patient opens a record, the relayer logs the release, cuts the access-log batch and dies
//! before anchoring it; the next life anchors that batch, once.
//!
//! CI size runs in `cargo test`; `MEDVAULT_FAILPOINT_RECORDS` and `MEDVAULT_FAILPOINT_ROUNDS` (how
//! many times the whole list is gone through) size the `#[ignore]`d full run.

use std::{
    collections::BTreeMap,
    process::{Child, Command, Stdio},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use eyre::{Result, bail, ensure};
use medvault_primitives::api::records::RecordStatus;

use crate::{
    crash::{requests, send_all, verify},
    stack::{Stack, free_port},
};

/// The points a record's way passes, its anchor's among them, in order: every point but the
/// access log's (driven after them) and the market's (trades need the key committee:
/// `api::tests::the_k_gate_is_one_transaction` shows its recovery).
fn points() -> impl Iterator<Item = &'static str> {
    medvault_relayer::failpoint::ALL
        .into_iter()
        .filter(|p| !matches!(*p, "accesslog.cut" | "market.released"))
}

fn spawn(stack: &Stack, db: &std::path::Path, port: u16, point: Option<&str>) -> Result<Child> {
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(stack.dir.path().join("relayer.log"))?;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_medvault-relayer"));
    match point {
        Some(p) => cmd.env("MEDVAULT_FAILPOINT", p),
        None => cmd.env_remove("MEDVAULT_FAILPOINT"),
    };
    Ok(cmd
        .env("MEDVAULT_RPC_URL", stack.chain.rpc_url())
        .env("MEDVAULT_IPFS_API_URL", stack.ipfs.api_url())
        .env("MEDVAULT_DB", db)
        .env("MEDVAULT_DEPLOYMENT", &stack.deployment_file)
        .env("MEDVAULT_RELAYER_KEY", stack.chain.dev_key(9).to_string())
        .env("MEDVAULT_LISTEN", format!("127.0.0.1:{port}"))
        .env("MEDVAULT_BATCH_MAX_RECORDS", "20")
        .env("MEDVAULT_BATCH_WINDOW_MS", "100")
        .env("MEDVAULT_ACCESS_LOG_INTERVAL_MS", "200")
        .env("RUST_LOG", "info")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()?)
}

/// Sends up to `max` of the requests without an answer yet, in order; stops at the first
/// transport error (the relayer died).
async fn send_some(
    http: reqwest::Client,
    base: String,
    reqs: Arc<Vec<medvault_primitives::api::records::SubmitRequest>>,
    acked: Arc<Mutex<BTreeMap<usize, Vec<i64>>>>,
    max: usize,
) -> Result<()> {
    let mut sent = 0;
    for (i, req) in reqs.iter().enumerate() {
        if sent == max {
            break;
        }
        if acked.lock().expect("lock").contains_key(&i) {
            continue;
        }
        sent += 1;
        let Ok(r) = http.post(format!("{base}/v1/records")).json(req).send().await else {
            return Ok(());
        };
        ensure!(r.status() == 202, "request {i} refused: {}", r.status());
        let Ok(body) = r.json::<medvault_primitives::api::records::SubmitResponse>().await else {
            return Ok(());
        };
        acked.lock().expect("lock").insert(i, body.records.iter().map(|r| r.id).collect());
    }
    Ok(())
}

/// Waits until the relayer answers `/health` (true) or has died (false).
async fn healthy_or_dead(http: &reqwest::Client, base: &str, child: &mut Child) -> Result<bool> {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait()? {
            ensure!(!status.success(), "the relayer exited cleanly while starting");
            return Ok(false);
        }
        if let Ok(r) = http.get(format!("{base}/health")).send().await
            && r.status().is_success()
        {
            return Ok(true);
        }
        ensure!(Instant::now() < deadline, "the relayer neither started nor died");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn failpoint_run(records: usize, rounds: usize, per_request: usize) -> Result<()> {
    let stack = Stack::start().await?;
    let db = stack.dir.path().join("relayer.db");
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::builder().timeout(Duration::from_secs(30)).build()?;
    let patient_key = stack.encryption_key(2).await?.public_key().clone();
    let reqs = Arc::new(requests(&stack, &patient_key, records, per_request));
    let acked: Arc<Mutex<BTreeMap<usize, Vec<i64>>>> = Arc::default();
    let mut kills: BTreeMap<&str, usize> = BTreeMap::new();
    let per_life = reqs.len().div_ceil(rounds * points().count() + 1).max(1);
    for point in (0..rounds).flat_map(|_| points()) {
        let mut child = spawn(&stack, &db, port, Some(point))?;
        // A point on the resume path (a batch confirmed, a spool file released) can be hit before
        // the API listens: then the life ends there.
        if !healthy_or_dead(&http, &base, &mut child).await? {
            *kills.entry(point).or_default() += 1;
            continue;
        }
        // A few requests a life, so every life has new records to take past its point.
        let sender = tokio::spawn(send_some(
            http.clone(),
            base.clone(),
            reqs.clone(),
            acked.clone(),
            per_life,
        ));
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Some(status) = child.try_wait()? {
                ensure!(!status.success(), "the relayer exited cleanly instead of at {point}");
                break;
            }
            if Instant::now() > deadline {
                child.kill()?;
                child.wait()?;
                bail!("failpoint {point} was never hit");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let _ = sender.await?;
        *kills.entry(point).or_default() += 1;
    }
    // The last life finishes everything.
    let mut child = spawn(&stack, &db, port, None)?;
    if !healthy_or_dead(&http, &base, &mut child).await? {
        let log = std::fs::read_to_string(stack.dir.path().join("relayer.log"))?;
        let tail: Vec<&str> = log.lines().rev().take(15).collect();
        bail!("the last life died while starting: {}", tail.join("\n"));
    }
    send_all(http.clone(), base.clone(), reqs.clone(), acked.clone()).await?;
    let ids: Vec<i64> = acked.lock().expect("lock").values().flatten().copied().collect();
    let deadline = Instant::now() + Duration::from_secs(120 + records as u64 / 50);
    for id in &ids {
        loop {
            let v: RecordStatus =
                medvault_client::api::RelayerApi::new(&base).record(&stack.provider, *id).await?;
            if v.status == "confirmed" {
                break;
            }
            ensure!(v.status != "failed", "record {id} failed");
            ensure!(Instant::now() < deadline, "record {id} stuck in {}", v.status);
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    verify(&stack, &base, &ids, records).await?;
    let spool = stack.dir.path().join("relayer.db-spool");
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::fs::read_dir(&spool)?.count() > 0 {
        ensure!(Instant::now() < deadline, "spool files left");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    child.kill()?;
    child.wait()?;
    access_log_cut_and_resumed(&stack, &db, port, &http).await?;
    *kills.entry("accesslog.cut").or_default() += 1;
    for point in medvault_relayer::failpoint::ALL {
        ensure!(
            point == "market.released" || kills.contains_key(point),
            "failpoint {point} was never driven"
        );
    }
    eprintln!(
        "failpoints: kills {kills:?}; {} records acknowledged, {records} anchored once, 0 duplicates, 0 lost",
        ids.len()
    );
    Ok(())
}

/// The patient opens her first record: the relayer logs the release, cuts the access-log batch
/// holding it and is killed there (`accesslog.cut`); the next life anchors that batch, and the
/// chain holds its root once.
async fn access_log_cut_and_resumed(
    stack: &Stack,
    db: &std::path::Path,
    port: u16,
    http: &reqwest::Client,
) -> Result<()> {
    use alloy::providers::Provider;
    use medvault_bindings::consent_manager::ConsentManager;
    let base = format!("http://127.0.0.1:{port}");
    let api = medvault_client::api::RelayerApi::new(&base);
    let record = alloy::primitives::keccak256(0u64.to_be_bytes());
    let mut child = spawn(stack, db, port, Some("accesslog.cut"))?;
    ensure!(healthy_or_dead(http, &base, &mut child).await?, "died before the release");
    api.release_key(&stack.patient, record, 1, &[]).await?;
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait()? {
            ensure!(!status.success(), "the relayer exited cleanly instead of at accesslog.cut");
            break;
        }
        if Instant::now() > deadline {
            child.kill()?;
            child.wait()?;
            bail!("failpoint accesslog.cut was never hit");
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let mut child = spawn(stack, db, port, None)?;
    ensure!(healthy_or_dead(http, &base, &mut child).await?, "the next life died");
    let deadline = Instant::now() + Duration::from_secs(60);
    let root = loop {
        let log = api.access_log_of(&stack.patient, stack.patient.address()).await?;
        let anchor = log
            .receipts
            .iter()
            .find(|r| r.record_id == record && r.granted)
            .ok_or_else(|| eyre::eyre!("the release is not in her access log"))?
            .anchor
            .clone();
        if let Some(a) = anchor.filter(|a| a.state == "confirmed") {
            break a.root;
        }
        ensure!(Instant::now() < deadline, "the access-log batch was never anchored");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let logs = stack
        .read_provider()
        .get_logs(
            &alloy::rpc::types::Filter::new()
                .address(stack.deployment.contracts.consent)
                .event_signature(
                    <ConsentManager::AccessLogAnchored as alloy::sol_types::SolEvent>::SIGNATURE_HASH,
                )
                .topic1(root)
                .from_block(0),
        )
        .await?;
    ensure!(logs.len() == 1, "the access-log root anchored {} times", logs.len());
    child.kill()?;
    child.wait()?;
    Ok(())
}

/// CI size: 200 records, each point hit once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failpoints_ci() -> Result<()> {
    failpoint_run(200, 1, 10).await
}

/// Full size (2,000 records, every point hit 5 times by default).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "full size: minutes; run with --ignored"]
async fn failpoints_full() -> Result<()> {
    let env = |k: &str, d: usize| std::env::var(k).ok().and_then(|v| v.parse().ok()).unwrap_or(d);
    failpoint_run(env("MEDVAULT_FAILPOINT_RECORDS", 2_000), env("MEDVAULT_FAILPOINT_ROUNDS", 5), 20)
        .await
}
