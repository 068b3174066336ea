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
    path::PathBuf,
    sync::Arc,
    time::{Duration, Instant},
};

use alloy::{
    network::EthereumWallet,
    primitives::{B256, U256, keccak256},
    providers::{Provider, ProviderBuilder},
    signers::local::PrivateKeySigner,
};
use medvault_bindings::{
    account_registry::AccountRegistry, med_token::MedToken, provider_registry::ProviderRegistry,
};
use medvault_client::{keys::SecretKey, submission as testkit};
use medvault_devnet::{Chain, IpfsNode, Toolchain, deploy};
use medvault_primitives::api::records::{SubmitRequest, SubmitResponse};
use medvault_relayer::{ServeConfig, serve};
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

    let tools = match std::env::var_os("MEDVAULT_ROOT") {
        Some(_) => Toolchain::discover()?,
        None => Toolchain::at(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".."))?,
    };
    let chain = Chain::start(&tools)?;
    let ipfs = IpfsNode::start(&tools)?;
    let key = |n| PrivateKeySigner::from_bytes(&chain.dev_key(n)).expect("dev key");
    let (deployer, provider, patient) = (key(0), key(1), key(2));
    let deployment = deploy(
        &tools,
        &chain.rpc_url(),
        chain.dev_key(0),
        chain.dev_address(9),
        &[provider.address()],
    )?;
    let dir = tempfile::tempdir()?;
    let deployment_file = dir.path().join("deployment.json");
    deployment.save(&deployment_file)?;
    let url: reqwest::Url = chain.rpc_url().parse()?;
    let with = |s: &PrivateKeySigner| {
        ProviderBuilder::new().wallet(EthereumWallet::from(s.clone())).connect_http(url.clone())
    };
    let (accounts, providers) = (deployment.contracts.accounts, deployment.contracts.providers);
    let wait = |b: alloy::providers::PendingTransactionBuilder<alloy::network::Ethereum>| async move {
        b.with_timeout(Some(Duration::from_secs(30))).get_receipt().await
    };
    let pp = with(&patient);
    wait(
        AccountRegistry::new(accounts, &pp)
            .register(
                1,
                SecretKey::from(&patient).public_key().as_bytes().to_vec().into(),
                B256::ZERO,
            )
            .send()
            .await?,
    )
    .await?;
    let vp = with(&provider);
    wait(
        AccountRegistry::new(accounts, &vp)
            .register(
                2,
                SecretKey::from(&provider).public_key().as_bytes().to_vec().into(),
                B256::ZERO,
            )
            .send()
            .await?,
    )
    .await?;
    let stake = U256::from(1000u64) * U256::from(10u64).pow(U256::from(18u64));
    wait(MedToken::new(deployment.contracts.token, &vp).approve(providers, stake).send().await?)
        .await?;
    wait(
        ProviderRegistry::new(providers, &vp)
            .applyForCertification(stake, B256::ZERO)
            .send()
            .await?,
    )
    .await?;
    wait(
        ProviderRegistry::new(providers, &with(&deployer))
            .certify(provider.address(), B256::ZERO)
            .send()
            .await?,
    )
    .await?;

    // Client-side work, before the clock.
    let prep = Instant::now();
    let readers = [SecretKey::from(&patient).public_key().clone()];
    let registry = deployment.contracts.records;
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
                        category: 1,
                    };
                    (d, vec![(i % 253) as u8; size - 80])
                })
                .collect();
            testkit::build(&provider, deployment.chain_id, registry, &drafts, &readers, &mut rng).0
        })
        .collect();
    let bodies: Arc<Vec<Vec<u8>>> =
        Arc::new(reqs.iter().map(|r| serde_json::to_vec(r).expect("json")).collect());
    eprintln!(
        "prepared {records} records of {size} B in {} requests in {:.1?}",
        reqs.len(),
        prep.elapsed()
    );

    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let config = ServeConfig {
        rpc_url: chain.rpc_url(),
        ipfs_api_url: ipfs.api_url().to_string(),
        ipfs_backup_url: None,
        ipfs_timeout_secs: 120,
        db: dir.path().join("relayer.db"),
        deployment: deployment_file,
        signer_key: chain.dev_key(9).to_string().parse().map_err(|e: String| eyre::eyre!(e))?,
        listen: format!("127.0.0.1:{port}").parse()?,
        batch_max_records: batch,
        batch_window_ms: 200,
        max_record_bytes: 1 << 20,
        max_records_per_request: per_request,
        max_body_bytes: 256 << 20,
        confirmations: 1,
        api: medvault_relayer::api::ApiFlags { rate_limit_per_sec: 0, ..Default::default() },
    };
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(serve(config, async move {
        let _ = stopped.await;
    }));
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    while http.get(format!("{base}/health")).send().await.is_err() {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

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
    let blocks =
        alloy::providers::ProviderBuilder::new().connect_http(url).get_block_number().await?;
    let _ = stop.send(());
    server.await??;
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
