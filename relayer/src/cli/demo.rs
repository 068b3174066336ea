//! `medvault demo`: the end-to-end story on a fresh local stack, told step by step.
//!
//! A doctor is certified, a patient with no ETH registers by signing in their wallet, the doctor's
//! record is encrypted on the doctor's side, the relayer pins the ciphertext and anchors its hash in
//! a batch, and the patient reads it back and checks it against the chain.

use std::{net::SocketAddr, path::Path, time::Duration};

use alloy::{
    network::EthereumWallet,
    primitives::{B256, Bytes, U256, keccak256, utils::format_ether},
    providers::{DynProvider, Provider, ProviderBuilder},
    signers::{SignerSync, local::PrivateKeySigner},
};
use clap::Args;
use eyre::{WrapErr, bail, eyre};
use medvault_bindings::{
    account_registry::AccountRegistry,
    med_token::MedToken,
    medvault_forwarder::MedvaultForwarder,
    provider_registry::ProviderRegistry,
    record_registry::{IRecordRegistry, RecordRegistry},
};
use medvault_relayer::{
    client::{self, ecies, envelope::AadContext, forward::ForwardCall, keys::SecretKey},
    service::{
        self, ServeConfig,
        http::{RecordResponse, SubmitResponse},
        ingest::{RecordSubmission, SubmitRequest, submission_digest},
        ipfs::{Pinner, kubo::KuboPinner},
    },
    types::{Category, PatientId, RecordId, RecordLeaf, RecordVersion, ciphertext_hash},
};
use rand::{RngCore, rngs::OsRng};

use super::{
    dev::{DEPLOYER, LocalStack, RELAYER},
    shutdown_signal,
    story::Story,
};

/// The record the doctor writes: a realistic FHIR R4 bundle (synthetic patient).
const RECORD: &str = include_str!("../../../fhir/tests/fixtures/synthea_diabetic.json");
/// Consent category of the record (conditions; see docs/FHIR.md).
const CATEGORY: u16 = 3;
/// `IAccountRegistry.Role.Patient` (Solidity enums cross the ABI as their underlying `u8`).
const ROLE_PATIENT: u8 = 1;
/// `IAccountRegistry.Role.Provider`.
const ROLE_PROVIDER: u8 = 2;
/// Index of the anvil dev account that plays the doctor.
const DOCTOR: usize = 2;

/// Options of `medvault demo`.
#[derive(Debug, Args)]
pub(crate) struct DemoArgs {}

/// Runs the demo; every process it starts stops when it returns, also on Ctrl-C or SIGTERM.
pub(crate) async fn run(_args: DemoArgs) -> eyre::Result<()> {
    let mut story = Story::default();
    println!(
        "medvault demo — a patient-owned medical record, from the doctor's desk to the chain and back."
    );
    let stack = tokio::task::block_in_place(|| LocalStack::start(&mut story))?;
    let workdir = tempfile::Builder::new().prefix("medvault-demo-").tempdir()?;
    let outcome = tokio::select! {
        result = tell(&mut story, &stack, workdir.path()) => Some(result),
        () = shutdown_signal() => None,
    };
    println!("\nStopping the relayer, the IPFS node and the chain.");
    drop(stack);
    drop(workdir);
    match outcome {
        Some(result) => result,
        None => {
            println!("Interrupted.");
            // The conventional status of a program stopped by SIGINT.
            std::process::exit(130)
        }
    }
}

async fn tell(story: &mut Story, stack: &LocalStack, workdir: &Path) -> eyre::Result<()> {
    let rpc = stack.chain.rpc_url();
    let chain_id = stack.chain.chain_id();
    let d = &stack.deployment;
    let (records_addr, accounts_addr, providers_addr) =
        (d.address("records")?, d.address("accounts")?, d.address("providers")?);

    // ----------------------------------------------------------------- the relayer
    story.step("Start the relayer (it will only ever see ciphertext)");
    let deployment_file = workdir.join("deployment.json");
    d.save(&deployment_file)?;
    let listen = free_local_addr()?;
    let config = ServeConfig {
        rpc_url: rpc.clone(),
        ipfs_api_url: stack.ipfs.api_url().to_string(),
        ipfs_backup_url: None,
        ipfs_timeout_secs: 60,
        db: workdir.join("relayer.db"),
        deployment: deployment_file,
        signer_key: stack
            .chain
            .dev_key(RELAYER)
            .to_string()
            .parse()
            .map_err(|e: String| eyre!(e))?,
        listen,
        batch_max_records: 1024,
        batch_window_ms: 300,
        max_record_bytes: 1 << 20,
        max_records_per_request: 1000,
        max_body_bytes: 16 << 20,
        confirmations: 1,
        api: Default::default(),
    };
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let relayer = tokio::spawn(service::serve(config, async move {
        let _ = stopped.await;
    }));
    let api = format!("http://{listen}");
    let http = alloy::transports::http::reqwest::Client::new();
    wait_healthy(&http, &api).await?;
    story.fact("relayer API", &api);
    story.fact("relayer account", stack.chain.dev_address(RELAYER));

    // ----------------------------------------------------------------- the doctor
    story.step("A doctor stakes tokens and is certified by the certifying authority");
    let doctor_key = SecretKey::from_bytes(&stack.chain.dev_key(DOCTOR).0)?;
    let doctor_pub = doctor_key.public_key().clone();
    let doctor = wallet(&rpc, stack.chain.dev_key(DOCTOR))?;
    let doctor_addr = stack.chain.dev_address(DOCTOR);
    let accounts = AccountRegistry::new(accounts_addr, &doctor);
    let tx = accounts
        .register(ROLE_PROVIDER, Bytes::copy_from_slice(doctor_pub.as_bytes()), B256::ZERO)
        .send()
        .await?
        .get_receipt()
        .await?;
    story.fact("doctor", doctor_addr);
    story.fact("registered (tx)", tx.transaction_hash);
    let providers = ProviderRegistry::new(providers_addr, &doctor);
    let stake = providers.params().call().await?.minStake;
    let stake = U256::from(stake);
    MedToken::new(d.address("token")?, &doctor)
        .approve(providers_addr, stake)
        .send()
        .await?
        .get_receipt()
        .await?;
    let credentials = keccak256(b"licence and board certificate, kept off-chain");
    let tx =
        providers.applyForCertification(stake, credentials).send().await?.get_receipt().await?;
    story.fact("staked (tx)", format!("{} ({} MVT)", tx.transaction_hash, tokens(stake)));
    let authority = wallet(&rpc, stack.chain.dev_key(DEPLOYER))?;
    let tx = ProviderRegistry::new(providers_addr, &authority)
        .certify(doctor_addr, keccak256(b"credentials checked"))
        .send()
        .await?
        .get_receipt()
        .await?;
    ensure_success(&tx)?;
    story.fact("certified (tx)", tx.transaction_hash);
    story.ok(format!(
        "ProviderRegistry.isCertified(doctor) = {}",
        providers.isCertified(doctor_addr).call().await?
    ));

    // ----------------------------------------------------------------- the patient
    story.step("A patient with no ETH registers by signing in their wallet; the relayer pays");
    let patient_key = SecretKey::random(&mut OsRng);
    let patient_pub = patient_key.public_key().clone();
    let patient_signer = PrivateKeySigner::from_bytes(&B256::from(*patient_key.to_bytes()))?;
    let patient_addr = patient_signer.address();
    let relayer_wallet = wallet(&rpc, stack.chain.dev_key(RELAYER))?;
    let forwarder = MedvaultForwarder::new(d.address("forwarder")?, &relayer_wallet);
    let register = AccountRegistry::new(accounts_addr, &relayer_wallet)
        .register(ROLE_PATIENT, Bytes::copy_from_slice(patient_pub.as_bytes()), B256::ZERO)
        .calldata()
        .clone();
    let request = client::forward::sign(
        &patient_signer,
        chain_id,
        *forwarder.address(),
        ForwardCall {
            to: accounts_addr,
            data: register,
            gas: 300_000,
            nonce: forwarder.nonces(patient_addr).call().await?,
            deadline: now() + 600,
        },
    )
    .await?;
    let tx = forwarder.execute(request).send().await?.get_receipt().await?;
    ensure_success(&tx)?;
    story.fact("patient", patient_addr);
    story.fact("encryption key", &patient_pub);
    story.fact("registered (tx)", tx.transaction_hash);
    let balance = doctor.get_balance(patient_addr).await?;
    story.ok(format!(
        "AccountRegistry.isPatient(patient) = {}; the patient's ETH balance is {} ETH",
        accounts.isPatient(patient_addr).call().await?,
        tokens(balance)
    ));

    // ----------------------------------------------------------------- encrypt and submit
    story.step("The doctor's computer encrypts a FHIR record for the patient and the doctor");
    let resource =
        medvault_fhir::parse_json(RECORD).wrap_err("the demo record is not valid FHIR")?;
    story.fact("record", describe(&resource));
    let mut id = [0u8; 32];
    OsRng.fill_bytes(&mut id);
    let patient_id = PatientId(B256::from(id));
    OsRng.fill_bytes(&mut id);
    let record_id = RecordId(B256::from(id));
    let context = AadContext {
        chain_id,
        registry: records_addr,
        patient_id,
        record_id,
        version: RecordVersion(1),
    };
    let (envelope, data_key) = client::envelope::seal(RECORD.as_bytes(), &context, &mut OsRng)?;
    let for_patient = ecies::wrap(&data_key, &patient_pub);
    let for_doctor = ecies::wrap(&data_key, &doctor_pub);
    drop(data_key);
    story.fact("plaintext", format!("{} bytes (never leaves the doctor's computer)", RECORD.len()));
    story.fact("envelope", format!("{} bytes, AES-256-GCM", envelope.len()));
    story.fact("ciphertext hash", envelope.ciphertext_hash());
    story.detail(
        "The data key is wrapped (ECIES, secp256k1) for the patient's and the doctor's keys.",
    );

    let mut submit = SubmitRequest {
        idempotency_key: Some(keccak256(record_id.0)),
        author: doctor_addr,
        signature: Bytes::new(),
        records: vec![RecordSubmission {
            patient_id: patient_id.0,
            patient_account: patient_addr,
            record_id: record_id.0,
            version: 1,
            category: CATEGORY,
            envelope: Bytes::from(envelope.as_bytes().to_vec()),
            wrapped_keys: vec![
                Bytes::from(for_patient.as_bytes().to_vec()),
                Bytes::from(for_doctor.as_bytes().to_vec()),
            ],
        }],
    };
    let root = submit.root().ok_or_else(|| eyre!("no records to sign"))?;
    let digest = submission_digest(chain_id, records_addr, root, submit.accounts_hash());
    let doctor_signer = PrivateKeySigner::from_bytes(&stack.chain.dev_key(DOCTOR))?;
    submit.signature =
        Bytes::from(doctor_signer.sign_message_sync(digest.as_slice())?.as_bytes().to_vec());

    story.step("The doctor sends the ciphertext to the relayer, signed");
    let response = http.post(format!("{api}/v1/records")).json(&submit).send().await?;
    let status = response.status();
    if !status.is_success() {
        bail!("the relayer refused the record ({status}): {}", response.text().await?);
    }
    let accepted: SubmitResponse = response.json().await?;
    let relayer_id = accepted.records[0].id;
    story.fact("answer", format!("{status}, record #{relayer_id} {}", accepted.records[0].status));

    story.step("The relayer pins the batch to IPFS and anchors its Merkle root on-chain");
    let record = wait_confirmed(&http, &api, relayer_id).await?;
    let batch = record.batch.clone().ok_or_else(|| eyre!("a confirmed record without a batch"))?;
    let cid = record.cid.clone().ok_or_else(|| eyre!("a confirmed record without a CID"))?;
    let batch_root = batch.root.ok_or_else(|| eyre!("a confirmed batch without a root"))?;
    story.fact("CID", &cid);
    story.fact("batch root", batch_root);
    if let Some(tx) = batch.tx_hash {
        story.fact("anchor (tx)", tx);
    }
    if let Some(block) = batch.block_number {
        story.fact("block", block);
    }
    if let Some(manifest) = &batch.manifest_cid {
        story.fact("manifest CID", manifest);
    }

    // ----------------------------------------------------------------- read back and verify
    story.step("The patient fetches the ciphertext from IPFS and checks it against the chain");
    let ipfs = KuboPinner::new(stack.ipfs.api_url(), Duration::from_secs(30))?;
    let (offset, length) =
        (record.offset.unwrap_or_default(), record.length.unwrap_or(envelope.len() as u64));
    let fetched = ipfs.cat_range(&cid, offset, length).await?;
    let leaf = RecordLeaf {
        patient_id,
        record_id,
        version: RecordVersion(1),
        ciphertext_hash: ciphertext_hash(&fetched),
        author: doctor_addr,
        category: Category(CATEGORY),
    };
    let proof = record.proof.clone().unwrap_or_default();
    let registry = RecordRegistry::new(records_addr, &doctor);
    let anchored = registry.anchorOf(batch_root).call().await?;
    if anchored.blockNumber == 0 {
        bail!("the batch root {batch_root} is not anchored on-chain");
    }
    story.ok(format!("the root was anchored in block {}", anchored.blockNumber));
    client::verify::verify_record(&fetched, &leaf, &proof, batch_root)?;
    story.ok(
        "keccak256(ciphertext) is the hash in the leaf, and the Merkle proof leads to that root",
    );
    let onchain = registry
        .verifyRecord(
            batch_root,
            IRecordRegistry::Record {
                patientId: patient_id.0,
                recordId: record_id.0,
                version: 1,
                ciphertextHash: leaf.ciphertext_hash,
                author: doctor_addr,
                category: CATEGORY,
            },
            proof.clone(),
        )
        .call()
        .await?;
    let authorship = match onchain.authorship {
        1 => "written by a provider certified at that block",
        2 => "self-reported by the patient",
        _ => bail!("RecordRegistry.verifyRecord does not find the record under its root"),
    };
    story.ok(format!(
        "RecordRegistry.verifyRecord, on-chain: included, {authorship} (block {})",
        onchain.blockNumber
    ));
    let data_key = ecies::unwrap(&for_patient, &patient_key)?;
    let plaintext = client::verify::verify_and_open(
        &fetched,
        &leaf,
        &proof,
        batch_root,
        &data_key,
        chain_id,
        records_addr,
    )?;
    if plaintext.as_bytes() != RECORD.as_bytes() {
        bail!("the decrypted record differs from what the doctor wrote");
    }
    story.ok(format!(
        "the patient unwrapped the key and decrypted {} bytes: the record the doctor wrote",
        plaintext.len()
    ));

    story.step("Anyone altering the stored ciphertext is caught");
    let mut altered = fetched.clone();
    let last = altered.len() - 1;
    altered[last] ^= 1;
    match client::verify::verify_record(&altered, &leaf, &proof, batch_root) {
        Err(e) => story.ok(format!("one flipped bit is refused: {e}")),
        Ok(_) => bail!("an altered ciphertext verified"),
    }

    story.step("Done");
    story.detail(
        "The relayer saw only ciphertext, wrapped keys and signatures; the chain holds only",
    );
    story.detail("opaque ids and a hash. Next: docs/ARCHITECTURE.md.");
    let _ = stop.send(());
    relayer.await?.wrap_err("the relayer stopped with an error")?;
    Ok(())
}

/// An 18-decimal amount without trailing zeros: `1000`, `0.5`.
fn tokens(amount: U256) -> String {
    let s = format_ether(amount);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn wallet(rpc: &str, key: B256) -> eyre::Result<DynProvider> {
    Ok(ProviderBuilder::new()
        .wallet(EthereumWallet::from(PrivateKeySigner::from_bytes(&key)?))
        .connect_http(rpc.parse()?)
        .erased())
}

fn ensure_success(receipt: &alloy::rpc::types::TransactionReceipt) -> eyre::Result<()> {
    if receipt.status() {
        Ok(())
    } else {
        bail!("transaction {} reverted", receipt.transaction_hash)
    }
}

fn describe(resource: &medvault_fhir::Resource) -> String {
    let json = serde_json::to_value(resource).unwrap_or_default();
    let kind = json.get("resourceType").and_then(|v| v.as_str()).unwrap_or("resource").to_string();
    match json.get("entry").and_then(|e| e.as_array()) {
        Some(entries) => {
            let kinds: Vec<&str> = entries
                .iter()
                .filter_map(|e| e.pointer("/resource/resourceType").and_then(|v| v.as_str()))
                .collect();
            format!("FHIR R4 {kind} of {} resources ({})", kinds.len(), kinds.join(", "))
        }
        None => format!("FHIR R4 {kind}"),
    }
}

fn free_local_addr() -> eyre::Result<SocketAddr> {
    // Bind port 0 to learn a free port; the relayer binds it a moment later.
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    Ok(listener.local_addr()?)
}

async fn wait_healthy(
    http: &alloy::transports::http::reqwest::Client,
    api: &str,
) -> eyre::Result<()> {
    for _ in 0..100 {
        if let Ok(response) = http.get(format!("{api}/health")).send().await
            && response.status().is_success()
        {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    bail!("the relayer did not become healthy at {api}")
}

async fn wait_confirmed(
    http: &alloy::transports::http::reqwest::Client,
    api: &str,
    id: i64,
) -> eyre::Result<RecordResponse> {
    let mut last = String::new();
    for _ in 0..300 {
        let record: RecordResponse =
            http.get(format!("{api}/v1/records/{id}")).send().await?.json().await?;
        match record.status.as_str() {
            "confirmed" => return Ok(record),
            "failed" => bail!("the relayer could not anchor record #{id}"),
            status => last = status.to_string(),
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    bail!("record #{id} was not confirmed in 30 s (last status: {last})")
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}
