//! Two real IPFS nodes, a primary and a backup. The backup is down while a batch is pinned and
//! anchored: the batch is confirmed on the primary alone, and the spool keeps its bytes (the old
//! relayer deleted them when the primary pin answered and forgot the failed backup pin). A
//! restarted relayer with the backup up re-pins the batch there, verified, and only then lets the
//! spool go. The primary then loses the batch (unpinned and garbage-collected): the record is
//! restored from the backup byte for byte and matches its anchored leaf.

use std::{
    path::Path,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use alloy::primitives::keccak256;
use eyre::{Result, ensure};
use medvault_devnet::IpfsNode;
use medvault_primitives::api::records::{RecordResponse, RecordStatus, SubmitResponse};
use medvault_relayer::ipfs::{Fetched, Location, Pinner, fetch_verified, kubo::KuboPinner};

use crate::{
    crash::requests,
    stack::{Stack, free_port, wait_healthy},
};

/// The relayer binary on `db`, with a backup node (if any) and a batch window of `window_ms`.
pub(crate) fn relayer(
    stack: &Stack,
    db: &Path,
    port: u16,
    backup_url: Option<&str>,
    window_ms: u64,
) -> Result<Child> {
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(stack.dir.path().join("relayer.log"))?;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_medvault-relayer"));
    if let Some(url) = backup_url {
        cmd.env("MEDVAULT_IPFS_BACKUP_URL", url);
    }
    Ok(cmd
        .env("MEDVAULT_RPC_URL", stack.chain.rpc_url())
        .env("MEDVAULT_IPFS_API_URL", stack.ipfs.api_url())
        .env("MEDVAULT_IPFS_TIMEOUT_SECS", "5")
        .env("MEDVAULT_DB", db)
        .env("MEDVAULT_DEPLOYMENT", &stack.deployment_file)
        .env("MEDVAULT_RELAYER_KEY", stack.chain.dev_key(9).to_string())
        .env("MEDVAULT_LISTEN", format!("127.0.0.1:{port}"))
        .env("MEDVAULT_BATCH_MAX_RECORDS", "10")
        .env("MEDVAULT_BATCH_WINDOW_MS", window_ms.to_string())
        .env("RUST_LOG", "info")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()?)
}

/// Polls until `done` holds, or fails with `what` after `secs`.
pub(crate) async fn until<F: std::future::Future<Output = Result<bool>>>(
    what: &str,
    secs: u64,
    mut done: impl FnMut() -> F,
) -> Result<()> {
    let deadline = Instant::now() + Duration::from_secs(secs);
    while !done().await? {
        ensure!(Instant::now() < deadline, "timed out: {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_batch_missed_by_the_backup_is_re_pinned_there_and_restores_the_primary() -> Result<()> {
    let stack = Stack::start().await?;
    let db = stack.dir.path().join("relayer.db");
    let spool = stack.dir.path().join("relayer.db-spool");
    let files = || std::fs::read_dir(&spool).map(|d| d.count()).unwrap_or(0);
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::builder().timeout(Duration::from_secs(30)).build()?;

    // The backup is down (nothing listens on its port) while the batch is pinned and anchored.
    let down = format!("http://127.0.0.1:{}", free_port());
    let mut first = relayer(&stack, &db, port, Some(&down), 100)?;
    wait_healthy(&base, Duration::from_secs(60)).await?;
    let patient_key = stack.encryption_key(2).await?.public_key().clone();
    let req = requests(&stack, &patient_key, 10, 10).remove(0);
    let r = http.post(format!("{base}/v1/records")).json(&req).send().await?;
    ensure!(r.status() == 202, "refused: {}", r.status());
    let ids: Vec<i64> = r.json::<SubmitResponse>().await?.records.iter().map(|r| r.id).collect();
    for id in &ids {
        until("confirmed", 60, || async {
            let v: RecordStatus =
                medvault_client::api::RelayerApi::new(&base).record(&stack.provider, *id).await?;
            Ok(v.status == "confirmed")
        })
        .await?;
    }
    // Confirmed, but on one node only: the spool keeps the bytes (it stays across the next
    // replicate rounds too).
    tokio::time::sleep(Duration::from_secs(1)).await;
    ensure!(
        files() == 1,
        "{} spool files; the batch's bytes must stay until the backup has them",
        files()
    );
    first.kill()?;
    first.wait()?;

    // Restarted with the backup up: the batch is re-pinned there and verified; the spool goes.
    let backup_node = IpfsNode::start(&stack.tools)?;
    let mut second = relayer(&stack, &db, port, Some(backup_node.api_url()), 100)?;
    wait_healthy(&base, Duration::from_secs(60)).await?;
    let timeout = Duration::from_secs(10);
    let primary = KuboPinner::new(stack.ipfs.api_url(), timeout)?;
    let backup = KuboPinner::new(backup_node.api_url(), timeout)?;
    let api = medvault_client::api::RelayerApi::new(&base);
    let views: Vec<RecordResponse> = {
        let mut v = Vec::new();
        for &id in &ids {
            v.push(api.view(&stack.provider, id, &[], None).await?);
        }
        v
    };
    let cid = views[0].cid.clone().expect("pinned");
    until("the backup holds the batch", 30, || async { Ok(backup.is_pinned(&cid).await?) }).await?;
    until("the spool is released", 30, || async { Ok(files() == 0) }).await?;

    // The primary loses the batch: unpinned and garbage-collected.
    let node = stack.ipfs.api_url();
    let rm = http.post(format!("{node}/api/v0/pin/rm?arg={cid}")).send().await?;
    ensure!(rm.status().is_success(), "pin rm: {}", rm.text().await?);
    let gc = http.post(format!("{node}/api/v0/repo/gc")).send().await?;
    ensure!(gc.status().is_success(), "repo gc: {}", gc.status());
    ensure!(!primary.is_pinned(&cid).await?, "still pinned on the primary");

    // Every record comes back byte for byte from the backup, matching its anchored leaf, and the
    // primary holds the batch again.
    for (i, v) in views.iter().enumerate() {
        let loc = Location {
            cid: cid.clone(),
            offset: v.offset.expect("offset"),
            length: v.length.expect("length"),
        };
        let (bytes, how) = fetch_verified(&primary, Some(&backup), &loc, v.ciphertext_hash).await?;
        ensure!(keccak256(&bytes) == v.ciphertext_hash, "record {} bytes differ", v.id);
        ensure!(bytes == req.records[i].envelope.to_vec(), "record {} is not what was sent", v.id);
        if i == 0 {
            ensure!(how == Fetched::Restored, "the first read restores the primary");
        }
    }
    ensure!(primary.is_pinned(&cid).await?, "the primary is re-pinned");
    second.kill()?;
    second.wait()?;
    Ok(())
}
