//! End-to-end ingest benchmark: anchored records per second, sustained, against a real anvil and
//! the project's IPFS node, with 4 KiB records. Client-side work (sealing, key wrapping, signing)
//! is done before the clock starts.
//!
//! `cargo bench -p medvault-relayer --bench ingest` (knobs: `MEDVAULT_BENCH_RECORDS` (default
//! 60000, 30 batches: a sustained rate), `MEDVAULT_BENCH_RECORD_BYTES` (4096),
//! `MEDVAULT_BENCH_PER_REQUEST` (500), `MEDVAULT_BENCH_CLIENTS` (4), `MEDVAULT_BENCH_BATCH` (2000)).
//!
//! Prints: acceptance rate (HTTP 202, durable) and anchored rate (all records confirmed on-chain).
//! Where the batcher's time went (read, pin, build, manifest pin per batch) is in its log:
//! `RUST_LOG=medvault_relayer::batcher=debug`.

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use alloy::{
    primitives::{B256, keccak256},
    providers::Provider,
};
use medvault_client::submission as testkit;
use medvault_devnet::{InProcessRelayer, Stack, StackOptions, free_listen_addr};
use medvault_primitives::api::records::{SubmitRequest, SubmitResponse};
use rand::{SeedableRng, rngs::StdRng};

/// CPU seconds a process has used so far, user and system, from `/proc/PID/stat` (Linux; `None`
/// elsewhere). Ticks are USER_HZ, which is 100 on Linux.
fn cpu_secs(pid: &str) -> Option<(f64, f64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name may hold spaces; the fields after its closing parenthesis are fixed.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i)?.parse::<u64>().ok();
    Some((ticks(11)? as f64 / 100.0, ticks(12)? as f64 / 100.0))
}

fn env(k: &str, d: usize) -> usize {
    std::env::var(k).ok().and_then(|v| v.parse().ok()).unwrap_or(d)
}

fn main() -> eyre::Result<()> {
    // `cargo bench` passes `--bench`; nothing else to parse.
    tracing_subscriber::fmt()
        .with_env_filter(std::env::var("RUST_LOG").unwrap_or_else(|_| "warn".into()))
        .with_writer(std::io::stderr)
        .init();
    tokio::runtime::Builder::new_multi_thread().enable_all().build()?.block_on(run())
}

async fn run() -> eyre::Result<()> {
    let records = env("MEDVAULT_BENCH_RECORDS", 60_000);
    let size = env("MEDVAULT_BENCH_RECORD_BYTES", 4096);
    let per_request = env("MEDVAULT_BENCH_PER_REQUEST", 500);
    let clients = env("MEDVAULT_BENCH_CLIENTS", 4);
    let batch = env("MEDVAULT_BENCH_BATCH", 2000);

    // Dev accounts: 1 a certified provider (the author), 2 a registered patient, 9 the relayer.
    let stack =
        Stack::start_with(StackOptions { faucet: Some(vec![1]), ..StackOptions::default() })?;
    stack.register_patient(2).await?;
    stack.certify_provider(1).await?;
    let (provider, patient) = (stack.signer(1), stack.signer(2));
    stack.open_test_writes(2, provider.address(), &[1]).await?;
    let deployment = &stack.deployment;
    let dir = tempfile::tempdir()?;
    let deployment_file = stack.write_deployment(&dir.path().join("deployment.json"), None)?;
    let (chain, ipfs) = (&stack.chain, &stack.ipfs);

    // Client-side work, before the clock.
    let prep = Instant::now();
    let readers = [stack.encryption_key(2).await?.public_key().clone()];
    let registry = deployment.contracts.records;
    let committee_key = stack.committee_key.clone();
    let mut rng = StdRng::seed_from_u64(1);
    let reqs: Vec<SubmitRequest> = (0..records.div_ceil(per_request))
        .map(|r| {
            let drafts: Vec<_> = (r * per_request..((r + 1) * per_request).min(records))
                .map(|i| {
                    let d = testkit::Draft {
                        patient_id: B256::repeat_byte(7),
                        patient_account: patient.address(),
                        record_id: keccak256((i as u64).to_be_bytes()),
                        version: 1,
                        previous: B256::ZERO,
                        category: 1,
                    };
                    (d, vec![(i % 253) as u8; size - 80])
                })
                .collect();
            testkit::build_for_committee(
                &provider,
                deployment.chain_id,
                registry,
                &drafts,
                &readers,
                &committee_key,
                &mut rng,
            )
            .0
        })
        .collect();
    let bodies: Arc<Vec<Vec<u8>>> =
        Arc::new(reqs.iter().map(|r| serde_json::to_vec(r).expect("json")).collect());
    eprintln!(
        "prepared {records} records of {size} B in {} requests in {:.1?}",
        reqs.len(),
        prep.elapsed()
    );

    let listen = free_listen_addr();
    let flags = [
        format!("--batch.max-records={batch}"),
        "--batch.window-ms=200".to_string(),
        "--ipfs.timeout-secs=120".to_string(),
        format!("--max-records-per-request={per_request}"),
        format!("--max-body-bytes={}", 256 << 20),
        "--rate-limit.per-sec=0".to_string(),
    ];
    let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
    let config = stack.serve_config(dir.path(), &deployment_file, listen, &flags)?;
    let mut relayer = InProcessRelayer::start(config).await?;
    let base = relayer.url().to_string();
    let http = reqwest::Client::new();

    let pids = [
        ("relayer + clients", "self".to_string()),
        ("IPFS node", ipfs.pid().to_string()),
        ("anvil", chain.pid().to_string()),
    ];
    let cpu_before: Vec<_> = pids.iter().map(|(_, p)| cpu_secs(p)).collect();
    let start = Instant::now();
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let (http, bodies, next, base) = (http.clone(), bodies.clone(), next.clone(), base.clone());
        tasks.push(tokio::spawn(async move {
            let mut last_ids = Vec::new();
            loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let Some(body) = bodies.get(i) else {
                    return Ok::<_, eyre::Report>(last_ids);
                };
                let r = http
                    .post(format!("{base}/v1/records"))
                    .header("content-type", "application/json")
                    .body(body.clone())
                    .send()
                    .await?;
                eyre::ensure!(r.status() == 202, "status {}", r.status());
                let s: SubmitResponse = r.json().await?;
                last_ids.extend(s.records.iter().map(|r| r.id));
            }
        }));
    }
    let mut max_id = 0;
    for t in tasks {
        max_id = max_id.max(t.await??.into_iter().max().unwrap_or(0));
    }
    let accepted = start.elapsed();
    // Anchored: the health counts show every record confirmed.
    loop {
        let v: serde_json::Value = http.get(format!("{base}/health")).send().await?.json().await?;
        if v["records"]["confirmed"].as_u64() == Some(records as u64) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let anchored = start.elapsed();
    let cpu: Vec<String> = pids
        .iter()
        .zip(cpu_before)
        .filter_map(|((name, pid), before)| {
            let ((u1, s1), (u0, s0)) = (cpu_secs(pid)?, before?);
            let (user, system) = (u1 - u0, s1 - s0);
            Some(format!("{name} {:.2}s ({user:.2} user, {system:.2} system)", user + system))
        })
        .collect();
    let blocks = stack.read_provider().get_block_number().await?;
    relayer.stop().await?;
    let mb = (records * size) as f64 / 1e6;
    println!(
        "ingest: {records} records x {size} B, {clients} clients x {per_request}/request, batches of {batch}"
    );
    println!(
        "  accepted (durable, 202): {:>8.0} records/s  ({:.2?}, {:.1} MB/s)",
        records as f64 / accepted.as_secs_f64(),
        accepted,
        mb / accepted.as_secs_f64()
    );
    println!(
        "  anchored (confirmed):    {:>8.0} records/s  ({:.2?}); chain head {blocks}",
        records as f64 / anchored.as_secs_f64(),
        anchored
    );
    if !cpu.is_empty() {
        println!(
            "  CPU used while timed:    {} (of {:.2}s x 2 cores)",
            cpu.join(", "),
            anchored.as_secs_f64()
        );
    }
    Ok(())
}
