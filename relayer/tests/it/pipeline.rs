//! The record pipeline end to end against real anvil + IPFS: submit over HTTP, anchor, prove,
//! verify against the chain, decrypt; bad input refused with nothing stored.

use std::{collections::BTreeMap, time::Duration};

use alloy::{
    primitives::{B256, Bytes},
    providers::Provider,
};
use eyre::{Result, ensure, eyre};
use medvault_bindings::record_registry::{IRecordRegistry, RecordRegistry};
use medvault_client::{
    ecies,
    submission::{self as testkit, Draft},
    verify::verify_and_open,
};
use medvault_primitives::{
    api::records::{RecordResponse, SubmitResponse},
    types::{Category, PatientId, RecordId, RecordLeaf, RecordVersion},
};
use medvault_relayer::{
    ServeConfig,
    ipfs::{Location, Pinner, fetch_verified, kubo::KuboPinner},
    serve,
};
use rand::{SeedableRng, rngs::StdRng};

use crate::stack::{Stack, free_port, wait_healthy};

pub(crate) fn serve_config(stack: &Stack, db: std::path::PathBuf, port: u16) -> ServeConfig {
    ServeConfig {
        rpc_url: stack.chain.rpc_url(),
        ipfs_api_url: stack.ipfs.api_url().to_string(),
        ipfs_backup_url: None,
        ipfs_timeout_secs: 30,
        db,
        deployment: stack.deployment_file.clone(),
        signer_key: format!("{}", stack.chain.dev_key(9)).parse().expect("key"),
        listen: format!("127.0.0.1:{port}").parse().expect("addr"),
        batch_max_records: 50,
        batch_window_ms: 200,
        max_record_bytes: 8192,
        max_records_per_request: 100,
        max_body_bytes: 1 << 20,
        confirmations: Some(medvault_relayer::tx::Finality::Depth(1)),
        reconcile_interval_ms: 500,
        api: medvault_relayer::api::ApiFlags {
            rate_limit_per_sec: 0,
            relay_window_ms: 0,
            ..Default::default()
        },
    }
}

async fn health_counts(http: &reqwest::Client, base: &str) -> Result<BTreeMap<String, u64>> {
    let v: serde_json::Value = http.get(format!("{base}/health")).send().await?.json().await?;
    Ok(serde_json::from_value(v["records"].clone())?)
}

/// What `RecordRegistry.verifyRecord` says of a record the relayer shows, under `root` with
/// `proof`: its authorship code (0: not included).
async fn authorship_on_chain<P: Provider>(
    contract: &RecordRegistry::RecordRegistryInstance<P>,
    root: B256,
    view: &RecordResponse,
    proof: Vec<B256>,
) -> Result<u8> {
    let record = IRecordRegistry::Record {
        patientId: view.patient_id,
        recordId: view.record_id,
        version: view.version,
        previous: view.previous,
        ciphertextHash: view.ciphertext_hash,
        author: view.author,
        category: view.category,
    };
    Ok(contract.verifyRecord(root, record, proof).call().await?.authorship)
}

/// The relayer served in process on `stack`, on a free port: its base URL, the sender that stops
/// it and its task.
fn serve_relayer(
    stack: &Stack,
) -> (String, tokio::sync::oneshot::Sender<()>, tokio::task::JoinHandle<eyre::Result<()>>) {
    let port = free_port();
    let config = serve_config(stack, stack.dir.path().join("relayer.db"), port);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(serve(config, async move {
        let _ = stopped.await;
    }));
    (format!("http://127.0.0.1:{port}"), stop, server)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn records_are_anchored_proven_verified_and_decrypted() -> Result<()> {
    let stack = Stack::start().await?;
    let (base, stop, server) = serve_relayer(&stack);
    let http = reqwest::Client::new();
    wait_healthy(&base, Duration::from_secs(30)).await?;

    let chain_id = stack.deployment.chain_id;
    let registry = stack.registry();
    let mut rng = StdRng::seed_from_u64(1);
    let patient_key = stack.encryption_key(2).await?;
    let readers = [patient_key.public_key().clone()];
    let drafts: Vec<(Draft, Vec<u8>)> = (0..7u8)
        .map(|i| {
            let d = Draft {
                patient_id: B256::repeat_byte(0x11),
                patient_account: stack.patient.address(),
                record_id: B256::repeat_byte(i + 1),
                version: 1,
                previous: B256::ZERO,
                category: 2,
            };
            (d, format!("{{\"resourceType\":\"Observation\",\"n\":{i}}}").into_bytes())
        })
        .collect();

    // Bad input first: each refused with a reason, nothing stored.
    let post = |body: serde_json::Value| {
        let http = http.clone();
        let url = format!("{base}/v1/records");
        async move { http.post(url).json(&body).send().await }
    };
    let (good, _keys) = testkit::build_for_committee(
        &stack.provider,
        chain_id,
        registry,
        &drafts,
        &readers,
        &stack.committee_key,
        &mut rng,
    );
    let mut bad = good.clone();
    let mut env = bad.records[0].envelope.to_vec();
    env[1] = b'Z';
    bad.records[0].envelope = env.into();
    testkit::sign(&mut bad, &stack.provider, chain_id, registry);
    let r = post(serde_json::to_value(&bad)?).await?;
    ensure!(r.status() == 422, "malformed envelope: {}", r.status());
    ensure!(r.text().await?.contains("malformed envelope"));

    let mut bad = good.clone();
    bad.records[0].envelope = Bytes::from(vec![0u8; 9000]);
    let r = post(serde_json::to_value(&bad)?).await?;
    ensure!(r.status() == 413, "oversized: {}", r.status());

    let mut bad = good.clone();
    bad.records[0].category = 9;
    let r = post(serde_json::to_value(&bad)?).await?;
    ensure!(r.status() == 401, "bad signature: {}", r.status());

    let stranger = alloy::signers::local::PrivateKeySigner::random();
    let mut odd = drafts.clone();
    odd[0].0.patient_account = stranger.address();
    let (bad, _) = testkit::build_for_committee(
        &stack.provider,
        chain_id,
        registry,
        &odd,
        &readers,
        &stack.committee_key,
        &mut rng,
    );
    let r = post(serde_json::to_value(&bad)?).await?;
    ensure!(r.status() == 403, "unknown patient: {}", r.status());
    ensure!(r.text().await?.contains("unknown patient"));

    let r = post(serde_json::json!({"author": "0x12"})).await?;
    ensure!(r.status().is_client_error(), "garbage: {}", r.status());
    ensure!(health_counts(&http, &base).await?.is_empty(), "nothing stored");

    // The good submission, twice (a retry): the same ids.
    let r = post(serde_json::to_value(&good)?).await?;
    ensure!(r.status() == 202, "accepted: {}", r.status());
    let accepted: SubmitResponse = r.json().await?;
    let again: SubmitResponse = post(serde_json::to_value(&good)?).await?.json().await?;
    ensure!(again.records.iter().map(|r| r.id).eq(accepted.records.iter().map(|r| r.id)));
    ensure!(again.records.iter().all(|r| r.duplicate));

    // Wait for confirmation, then check each record against the chain and decrypt it.
    let rpc = stack.read_provider();
    let contract = RecordRegistry::new(registry, &rpc);
    let pinner = KuboPinner::new(stack.ipfs.api_url(), Duration::from_secs(30))?;
    let api = medvault_client::api::RelayerApi::new(&base);
    for (i, rec) in accepted.records.iter().enumerate() {
        // Its author sees its fields and proof once confirmed.
        let view: RecordResponse =
            api.wait_confirmed(&stack.provider, rec.id, Duration::from_secs(60)).await?;
        // Anyone else learns nothing of it: unsigned, 401; signed, the 404 of a record that
        // does not exist, for its status and its fields alike.
        let anonymous = http.get(format!("{base}/v1/records/{}", rec.id)).send().await?;
        ensure!(anonymous.status() == 401, "anonymous status: {}", anonymous.status());
        let stranger = alloy::signers::local::PrivateKeySigner::random();
        for n in [rec.id, rec.id + 1_000] {
            match api.record(&stranger, n).await {
                Err(medvault_client::api::ApiError::Refused { status: 404, .. }) => {}
                other => eyre::bail!("a stranger's status of #{n}: {other:?}"),
            }
        }
        match api.view(&stranger, rec.id, &[], None).await {
            Err(medvault_client::api::ApiError::Refused { status: 404, .. }) => {}
            other => eyre::bail!("a stranger's view: {other:?}"),
        }
        ensure!(api.record(&stack.provider, rec.id).await?.status == "confirmed", "author");
        let batch = view.batch.clone().ok_or_else(|| eyre!("no batch"))?;
        let root = batch.root.ok_or_else(|| eyre!("no root"))?;
        let proof = view.proof.clone().ok_or_else(|| eyre!("no proof"))?;
        let anchor = contract.anchorOf(root).call().await?;
        ensure!(
            anchor.blockNumber != 0 && anchor.blockNumber == batch.block_number.unwrap_or_default()
        );
        let leaf = RecordLeaf {
            patient_id: PatientId(view.patient_id),
            record_id: RecordId(view.record_id),
            version: RecordVersion(view.version),
            previous: view.previous,
            ciphertext_hash: view.ciphertext_hash,
            author: view.author,
            category: Category(view.category),
        };
        ensure!(leaf.hash() == view.leaf);
        let authorship = authorship_on_chain(&contract, root, &view, proof.clone()).await?;
        ensure!(
            authorship == 4,
            "authorship {authorship} (4 = attributed to a certified provider by the batch's anchorer)"
        );
        let loc = Location {
            cid: view.cid.clone().unwrap(),
            offset: view.offset.unwrap(),
            length: view.length.unwrap(),
        };
        let (envelope, _) = fetch_verified(&pinner, None, &loc, view.ciphertext_hash).await?;
        // The patient unwraps the wrapped key (as the relayer would release it) and decrypts.
        let wrapped = ecies::WrappedKey::from_bytes(&good.records[i].wrapped_keys[0])?;
        let key = ecies::unwrap(&wrapped, &patient_key)?;
        let plain = verify_and_open(&envelope, &leaf, &proof, root, &key, chain_id, registry)?;
        ensure!(plain.as_bytes() == drafts[i].1.as_slice());
        // The manifest is pinned and is what the chain commits to.
        let manifest = pinner.cat(batch.manifest_cid.as_deref().unwrap()).await?;
        ensure!(alloy::primitives::keccak256(&manifest) == batch.manifest_hash.unwrap());
    }
    let _ = stop.send(());
    server.await??;
    Ok(())
}

/// A reorg deeper than the confirmation depth, after the batch was confirmed: the chain goes back
/// to before its anchor (which the new chain never carries), and later blocks are mined. On the
/// old relayer, Confirmed was final: the store kept saying "confirmed" for records no root on the
/// chain commits to, and the anchor's lost nonce stalled every later transaction of the relayer.
/// Now the reconciliation finds the root gone, the nonce is reused, and the batch is anchored
/// again on the new chain, once, its records' proofs verifying there.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reorg_deeper_than_the_depth_after_confirmation_is_anchored_again() -> Result<()> {
    let stack = Stack::start().await?;
    let (base, stop, server) = serve_relayer(&stack);
    wait_healthy(&base, Duration::from_secs(30)).await?;
    let rpc = stack.read_provider();
    let raw = |method: &'static str, params: serde_json::Value| {
        let rpc = rpc.clone();
        async move { rpc.raw_request::<_, serde_json::Value>(method.into(), params).await }
    };
    let before = raw("evm_snapshot", serde_json::json!([])).await?;

    let (chain_id, registry) = (stack.deployment.chain_id, stack.registry());
    let readers = [stack.encryption_key(2).await?.public_key().clone()];
    let drafts: Vec<(Draft, Vec<u8>)> = (0..4u8)
        .map(|i| {
            let d = Draft {
                patient_id: B256::repeat_byte(0x11),
                patient_account: stack.patient.address(),
                record_id: B256::repeat_byte(0x40 + i),
                version: 1,
                previous: B256::ZERO,
                category: 2,
            };
            (d, format!("{{\"resourceType\":\"Observation\",\"n\":{i}}}").into_bytes())
        })
        .collect();
    let (request, _) = testkit::build_for_committee(
        &stack.provider,
        chain_id,
        registry,
        &drafts,
        &readers,
        &stack.committee_key,
        &mut StdRng::seed_from_u64(7),
    );
    let api = medvault_client::api::RelayerApi::new(&base);
    let accepted = api.submit(&request).await?;
    let contract = RecordRegistry::new(registry, &rpc);
    let mut first = None;
    for rec in &accepted.records {
        let view = api.wait_confirmed(&stack.provider, rec.id, Duration::from_secs(60)).await?;
        first = view.batch.and_then(|b| b.root.zip(b.block_number));
    }
    let (root, anchored_at) = first.ok_or_else(|| eyre!("no root"))?;
    ensure!(contract.anchorOf(root).call().await?.blockNumber == anchored_at);
    for _ in 0..3 {
        raw("evm_mine", serde_json::json!([])).await?;
    }

    // The reorg: back to before the anchor, then a longer chain without it.
    ensure!(raw("evm_revert", serde_json::json!([before])).await? == serde_json::json!(true));
    for _ in 0..6 {
        raw("evm_mine", serde_json::json!([])).await?;
    }
    ensure!(contract.anchorOf(root).call().await?.blockNumber == 0, "the reorg took it out");

    // Anchored again on the new chain; every record confirmed there with a proof that verifies.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    let again = loop {
        let anchor = contract.anchorOf(root).call().await?.blockNumber;
        let view = api.record(&stack.provider, accepted.records[0].id).await?;
        if anchor != 0 && view.status == "confirmed" {
            break anchor;
        }
        ensure!(tokio::time::Instant::now() < deadline, "never anchored again ({})", view.status);
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    for rec in &accepted.records {
        let view = api.wait_confirmed(&stack.provider, rec.id, Duration::from_secs(60)).await?;
        let batch = view.batch.clone().ok_or_else(|| eyre!("no batch"))?;
        ensure!(batch.root == Some(root), "same batch, same root");
        ensure!(batch.block_number == Some(again), "the store names the new anchor");
        let proof = view.proof.clone().ok_or_else(|| eyre!("no proof"))?;
        let authorship = authorship_on_chain(&contract, root, &view, proof).await?;
        ensure!(authorship == 4, "verifies on the new chain: {authorship}");
    }
    // Once on the canonical chain.
    let logs = rpc
        .get_logs(
            &alloy::rpc::types::Filter::new()
                .address(registry)
                .event_signature(
                    <RecordRegistry::BatchAnchored as alloy::sol_types::SolEvent>::SIGNATURE_HASH,
                )
                .topic1(root)
                .from_block(0),
        )
        .await?;
    ensure!(logs.len() == 1, "anchored {} times on the canonical chain", logs.len());
    let _ = stop.send(());
    server.await??;
    Ok(())
}
