//! `medvault audit` on a real stack: a clean relayer has no findings; a batch unpinned from the
//! IPFS node, records left unbatched past the bound and a balance under the floor each give theirs.

use std::time::Duration;

use alloy::primitives::U256;
use eyre::{Result, ensure};
use medvault_primitives::api::records::{RecordStatus, SubmitResponse};
use medvault_relayer::audit::{AuditConfig, Finding, run};

use crate::{
    backup::{relayer, until},
    crash::requests,
    stack::{Stack, free_port, wait_healthy},
};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn audit_is_clean_on_a_sound_relayer_and_names_each_fault() -> Result<()> {
    let stack = Stack::start().await?;
    let db = stack.dir.path().join("relayer.db");
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::builder().timeout(Duration::from_secs(30)).build()?;
    let patient_key = stack.encryption_key(2).await?.public_key().clone();
    // Ten records, then five (fewer than a batch of ten, so only the window would cut them).
    let reqs = requests(&stack, &patient_key, 15, 10);
    let mut config = AuditConfig {
        db: db.clone(),
        rpc_url: stack.chain.rpc_url().to_string(),
        records: stack.registry(),
        ipfs_api_url: stack.ipfs.api_url().to_string(),
        ipfs_backup_url: None,
        ipfs_timeout: Duration::from_secs(10),
        relayer: Some(stack.relayer.address()),
        balance_floor: U256::from(1u64),
        stranded_after: Duration::from_secs(600),
    };
    let lines = |f: &[Finding]| f.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");

    let mut first = relayer(&stack, &db, port, None, 100)?;
    wait_healthy(&base, Duration::from_secs(60)).await?;
    let r = http.post(format!("{base}/v1/records")).json(&reqs[0]).send().await?;
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
    let clean = run(&config).await?;
    ensure!(clean.is_empty(), "findings on a sound relayer:\n{}", lines(&clean));

    // A floor above the balance.
    config.balance_floor = U256::MAX;
    let found = run(&config).await?;
    ensure!(found.len() == 1 && found[0].what.contains("below the floor"), "{}", lines(&found));
    config.balance_floor = U256::from(1u64);

    // The batch unpinned from the node and garbage-collected.
    let cid: String = rusqlite::Connection::open(&db)?.query_row(
        "SELECT data_cid FROM batches ORDER BY id LIMIT 1",
        [],
        |r| r.get(0),
    )?;
    let node = stack.ipfs.api_url();
    ensure!(
        http.post(format!("{node}/api/v0/pin/rm?arg={cid}")).send().await?.status().is_success()
    );
    ensure!(http.post(format!("{node}/api/v0/repo/gc")).send().await?.status().is_success());
    let found = run(&config).await?;
    ensure!(
        found.iter().any(|f| f.what.contains(&cid) && f.what.contains("not pinned on the primary")),
        "{}",
        lines(&found)
    );
    first.kill()?;
    first.wait()?;

    // Records acknowledged but not batched (the window is ten minutes), past a bound of zero.
    let mut second = relayer(&stack, &db, port, None, 600_000)?;
    wait_healthy(&base, Duration::from_secs(60)).await?;
    let r = http.post(format!("{base}/v1/records")).json(&reqs[1]).send().await?;
    ensure!(r.status() == 202, "refused: {}", r.status());
    config.stranded_after = Duration::ZERO;
    let found = run(&config).await?;
    ensure!(
        found.iter().any(|f| f.what.starts_with("5 acknowledged record(s) unbatched")),
        "{}",
        lines(&found)
    );
    second.kill()?;
    second.wait()?;
    Ok(())
}
