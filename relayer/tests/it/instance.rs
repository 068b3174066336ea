//! A second relayer on the same database and signer key. Before the single-instance lock it
//! started, resumed the first one's journal rows and batches, and both drove the same anchors and
//! deleted spool files the other still read. Now it refuses to start: it exits non-zero with a
//! message naming the lock and its holder, and writes nothing; the first goes on, and every record
//! is anchored once.

use std::{
    process::{Command, Stdio},
    time::{Duration, Instant},
};

use alloy::providers::Provider;
use eyre::{Result, ensure};
use medvault_primitives::api::records::{RecordStatus, SubmitResponse};

use crate::{
    crash::{requests, spawn_relayer},
    stack::{Stack, free_port, wait_healthy},
};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_instance_on_the_same_database_and_key_refuses_to_start() -> Result<()> {
    let stack = Stack::start().await?;
    let db = stack.dir.path().join("relayer.db");
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut first = spawn_relayer(&stack, &db, port, 10)?;
    wait_healthy(&base, Duration::from_secs(60)).await?;
    let nonce_before = stack.read_provider().get_transaction_count(stack.relayer.address()).await?;
    let db_bytes = std::fs::metadata(&db)?.len();

    // The same database and key, on another port, as an operator's second `medvault serve` would.
    let err_path = stack.dir.path().join("second.err");
    let mut second = Command::new(env!("CARGO_BIN_EXE_medvault-relayer"))
        .env("MEDVAULT_RPC_URL", stack.chain.rpc_url())
        .env("MEDVAULT_IPFS_API_URL", stack.ipfs.api_url())
        .env("MEDVAULT_DB", &db)
        .env("MEDVAULT_DEPLOYMENT", &stack.deployment_file)
        .env("MEDVAULT_RELAYER_KEY", stack.chain.dev_key(9).to_string())
        .env("MEDVAULT_LISTEN", format!("127.0.0.1:{}", free_port()))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&err_path)?)
        .spawn()?;
    let started = Instant::now();
    let status = loop {
        if let Some(status) = second.try_wait()? {
            break status;
        }
        if started.elapsed() > Duration::from_secs(30) {
            second.kill()?;
            second.wait()?;
            eyre::bail!(
                "the second instance started and kept running beside the first: {}",
                std::fs::read_to_string(&err_path)?
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let stderr = std::fs::read_to_string(&err_path)?;
    ensure!(!status.success(), "the second instance exited with success: {stderr}");
    ensure!(stderr.contains("in use by another relayer"), "no clear message: {stderr}");
    ensure!(stderr.contains(&format!("pid {}", first.id())), "the holder is not named: {stderr}");
    ensure!(std::fs::metadata(&db)?.len() == db_bytes, "the second instance wrote to the database");

    // The first goes on: records sent now are anchored once, with no extra transaction.
    let http = reqwest::Client::builder().timeout(Duration::from_secs(30)).build()?;
    let patient_key = stack.encryption_key(2).await?.public_key().clone();
    let reqs = requests(&stack, &patient_key, 20, 10);
    let mut ids = Vec::new();
    for req in &reqs {
        let r = http.post(format!("{base}/v1/records")).json(req).send().await?;
        ensure!(r.status() == 202, "refused: {}", r.status());
        ids.extend(r.json::<SubmitResponse>().await?.records.iter().map(|r| r.id));
    }
    let deadline = Instant::now() + Duration::from_secs(60);
    for id in &ids {
        loop {
            let v: RecordStatus =
                medvault_client::api::RelayerApi::new(&base).record(&stack.provider, *id).await?;
            if v.status == "confirmed" {
                break;
            }
            ensure!(Instant::now() < deadline, "record {id} stuck in {}", v.status);
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    let nonce = stack.read_provider().get_transaction_count(stack.relayer.address()).await?;
    ensure!(nonce - nonce_before == 2, "{} anchors for 2 batches of 10", nonce - nonce_before);
    ensure!(ids.len() == 20 && ids.iter().all(|&id| id > 0), "ids {ids:?}");
    first.kill()?;
    first.wait()?;
    Ok(())
}
