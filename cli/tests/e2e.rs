//! The `medvault` CLI end to end, run as a process against real servers: anvil with the deployed
//! suite, an IPFS node, and the relayer (`medvault serve`, also a process).
//!
//! - `provider_and_patient_journeys`: keystores; a provider registers, stakes and is certified by
//!   the authority; a patient with no ETH registers by signature; the provider uploads an encrypted
//!   FHIR record; the patient verifies and decrypts it (key given, then released by the relayer); a
//!   second doctor is granted the record by signature, gets the key from the relayer and reads it,
//!   is refused after revocation and after crypto-shredding; the access log names them, and so do
//!   her exports as FHIR `Consent` and `AuditEvent` bundles; a category
//!   grant and revocation; guardians; a disputed break-glass. The patient's ETH balance is zero
//!   throughout (every patient action goes through the relayer's relay routes).
//! - `wallet_interop_and_digests`: the signing module's digests equal the contracts'; typed data
//!   signed by Python's `eth-account` (not medvault code) is accepted by `grantBySig` and by the
//!   relayer's `POST /v1/relay/consent`, which refuses the same signature again (409).
//! - `rotated_keys_still_read_older_records`: a patient's encryption key, as the CLI registers
//!   it, equals the one viem derives from the same wallet (`scripts/lib/derive-key.mjs`, not
//!   medvault code); a record is uploaded, the patient rotates the key (epoch 2), another is
//!   uploaded to the new key, and the patient reads both.
//! - `certification_by_peer_vote_then_leave_and_withdraw`, `researcher_opens_a_request_by_permit_and_closes_it`,
//!   `deploy_from_a_keystore_writes_the_chain_config`: the other journeys.

use std::{
    path::{Path, PathBuf},
    process::{Command, Stdio},
    time::Duration,
};

use alloy::{
    primitives::{Address, B256, Bytes, U256, keccak256},
    providers::{DynProvider, Provider, ProviderBuilder},
    signers::local::PrivateKeySigner,
};
use medvault_bindings::{
    account_registry::AccountRegistry,
    consent_manager::{ConsentManager, IConsentManager::ConsentChange},
    data_market::{DataMarket, IDataMarket::TradeApproval},
    med_token::MedToken,
    provider_registry::ProviderRegistry,
};
use medvault_client::sign;
use medvault_devnet::{self as devnet, Chain, Deployment, RelayerProcess, free_listen_addr};
use medvault_primitives::enums::{Access, Role, Scope};
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_medvault");
const PASSWORD: &str = "correct horse battery staple";
/// A small EHR export: a visit, its diagnosis and its claim, referring to one another.
const EXPORT: &str = r#"{"resourceType":"Bundle","type":"collection","entry":[
 {"fullUrl":"urn:uuid:e1","resource":{"resourceType":"Encounter","id":"e1","status":"finished",
  "class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB"},
  "type":[{"text":"Diabetes check-up"}],"period":{"start":"2026-11-02T09:00:00Z"},
  "diagnosis":[{"condition":{"reference":"urn:uuid:c1"}}]}},
 {"fullUrl":"urn:uuid:c1","resource":{"resourceType":"Condition","id":"c1",
  "subject":{"reference":"Patient/p1"},"encounter":{"reference":"urn:uuid:e1"},
  "code":{"coding":[{"system":"http://snomed.info/sct","code":"44054006","display":"Type 2 diabetes mellitus"}]}}},
 {"fullUrl":"urn:uuid:x1","resource":{"resourceType":"Claim","id":"x1","status":"active","use":"claim",
  "item":[{"sequence":1,"encounter":[{"reference":"urn:uuid:e1"}]}]}}]}"#;

const RECORD: &str = include_str!("../../fhir/tests/fixtures/synthea_diabetic.json");
const DEPLOYER: usize = devnet::DEV_DEPLOYER;

/// The checkout with the installed tools.
fn root() -> PathBuf {
    devnet::toolchain().expect("the checkout holds foundry.toml").root().to_path_buf()
}

/// The shared local stack, and a folder for this test's keystores, database and deployment file.
struct Stack {
    stack: devnet::Stack,
    dir: tempfile::TempDir,
    committee: Option<devnet::KeyNodes>,
}

impl std::ops::Deref for Stack {
    type Target = devnet::Stack;

    fn deref(&self) -> &devnet::Stack {
        &self.stack
    }
}

impl Stack {
    fn start() -> Self {
        let stack = devnet::Stack::start().expect("the local stack starts");
        let dir = tempfile::tempdir().unwrap();
        stack.write_deployment(&dir.path().join("deployment.json"), None).unwrap();
        Self { stack, dir, committee: None }
    }

    /// Starts a 2-of-3 key committee of `medvault keynode` processes and names them in the
    /// deployment file.
    async fn start_committee(&mut self) {
        let nodes = devnet::KeyNodes::start(
            &mut self.stack,
            || {
                let mut c = Command::new(BIN);
                c.arg("keynode").stdout(Stdio::null()).stderr(Stdio::null());
                c
            },
            3,
            2,
            self.dir.path(),
        )
        .await
        .expect("the key committee starts");
        self.stack.write_deployment(&self.dir.path().join("deployment.json"), None).unwrap();
        self.committee = Some(nodes);
    }

    fn wallet(&self, key: B256) -> DynProvider {
        self.chain.wallet(&PrivateKeySigner::from_bytes(&key).unwrap())
    }
}

/// `medvault serve` as a child process on the stack, killed on drop.
async fn start_relayer(stack: &Stack) -> RelayerProcess {
    let listen = free_listen_addr();
    let deployment = stack.dir.path().join("deployment.json");
    let mut command = Command::new(BIN);
    command
        .arg("serve")
        .envs(stack.relayer_env(stack.dir.path(), &deployment, listen))
        .env("MEDVAULT_BATCH_WINDOW_MS", "200")
        // Release research deliveries from classes of one, so one patient can complete a trade.
        .env("MEDVAULT_MARKET_K", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit());
    RelayerProcess::spawn(command, listen).await.expect("medvault serve starts")
}

/// Runs the CLI with the stack's settings; `Ok(json)` on success, `Err(stderr)` on failure.
fn cli(
    stack: &Stack,
    relayer: &str,
    args: &[&str],
    env: &[(&str, String)],
) -> Result<Value, String> {
    let mut args = args.to_vec();
    args.push("--json");
    let stdout = text(stack, relayer, &args, env)?;
    serde_json::from_str(stdout.trim()).map_err(|e| format!("not JSON ({e}): {stdout}"))
}

/// Runs the CLI with the stack's settings as people do (no `--json` unless in `args`); `Ok(stdout)`
/// on success, `Err(stderr)` on failure.
fn text(
    stack: &Stack,
    relayer: &str,
    args: &[&str],
    env: &[(&str, String)],
) -> Result<String, String> {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .current_dir(stack.dir.path())
        .env("MEDVAULT_RPC_URL", stack.chain.rpc_url())
        .env("MEDVAULT_RELAYER_URL", relayer)
        .env("MEDVAULT_DEPLOYMENT", stack.dir.path().join("deployment.json"))
        .env("MEDVAULT_IPFS_URL", stack.ipfs.api_url())
        .env("MEDVAULT_PASSWORD", PASSWORD)
        .env("MEDVAULT_SPONSOR_PASSWORD", PASSWORD)
        .env_remove("MEDVAULT_KEYSTORE")
        .env_remove("MEDVAULT_SPONSOR_KEYSTORE")
        .stdin(Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let output = cmd.output().expect("medvault runs");
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    if !output.status.success() {
        return Err(stderr);
    }
    Ok(String::from_utf8_lossy(&output.stdout).to_string())
}

fn ok(stack: &Stack, relayer: &str, args: &[&str], env: &[(&str, String)]) -> Value {
    cli(stack, relayer, args, env).unwrap_or_else(|e| panic!("medvault {args:?} failed:\n{e}"))
}

fn keystore(stack: &Stack, name: &str, key: Option<B256>) -> (PathBuf, Address) {
    let path = stack.dir.path().join("keys").join(name);
    let p = path.display().to_string();
    let out = match key {
        Some(k) => ok(
            stack,
            "",
            &["account", "import", "--light-kdf", "--keystore", &p],
            &[("MEDVAULT_PRIVATE_KEY", k.to_string())],
        ),
        None => ok(stack, "", &["account", "new", "--light-kdf", "--keystore", &p], &[]),
    };
    let address: Address = out["address"].as_str().unwrap().parse().unwrap();
    (path, address)
}

#[tokio::test(flavor = "multi_thread")]
async fn provider_and_patient_journeys() {
    let mut stack = Stack::start();
    stack.start_committee().await;
    let relayer = start_relayer(&stack).await;
    let api = relayer.url();
    let reader = stack.wallet(stack.chain.dev_key(8));

    // Keystores: a new one for the patient, imported dev keys for the others.
    let (doctor_ks, doctor) = keystore(&stack, "doctor.json", Some(stack.chain.dev_key(2)));
    let (authority_ks, _) = keystore(&stack, "authority.json", Some(stack.chain.dev_key(DEPLOYER)));
    let (sponsor_ks, _) = keystore(&stack, "sponsor.json", Some(stack.chain.dev_key(3)));
    let (patient_ks, patient) = keystore(&stack, "patient.json", None);
    assert_eq!(doctor, stack.chain.dev_address(2));
    let ks = |p: &Path| p.display().to_string();

    // The address needs the password; a wrong one says what to check. Nothing overwrites.
    let shown = ok(&stack, api, &["account", "address", "--keystore", &ks(&patient_ks)], &[]);
    assert_eq!(shown["address"].as_str().unwrap().parse::<Address>().unwrap(), patient);
    let err = cli(
        &stack,
        api,
        &["account", "address", "--keystore", &ks(&patient_ks)],
        &[("MEDVAULT_PASSWORD", "wrong".into())],
    )
    .unwrap_err();
    assert!(err.contains("wrong password") && err.contains("MEDVAULT_PASSWORD"), "{err}");
    let err =
        cli(&stack, api, &["account", "new", "--keystore", &ks(&patient_ks)], &[]).unwrap_err();
    assert!(err.contains("never overwritten"), "{err}");

    // Provider: register, stake, certified by the authority.
    let token = MedToken::new(stack.deployment.contracts.token, &reader);
    let before = token.balanceOf(doctor).call().await.unwrap();
    ok(&stack, api, &["provider", "register", "--keystore", &ks(&doctor_ks)], &[]);
    let staked = ok(&stack, api, &["provider", "stake", "--keystore", &ks(&doctor_ks)], &[]);
    let stake: U256 = staked["stake"].as_str().unwrap().parse().unwrap();
    assert!(stake > U256::ZERO);
    assert_eq!(token.balanceOf(doctor).call().await.unwrap(), before - stake);
    // A new doctor without ETH: the error says where tokens come from on the local stack; its
    // faucet gives him MVT; he registers and stakes through the relayer, gasless, by signature.
    let (fresh_ks, fresh) = keystore(&stack, "fresh.json", None);
    let err =
        cli(&stack, api, &["provider", "stake", "--keystore", &ks(&fresh_ks)], &[]).unwrap_err();
    assert!(err.contains("0 MVT") && err.contains("medvault dev faucet"), "{err}");
    let fresh_s = fresh.to_string();
    let funded = ok(&stack, api, &["dev", "faucet", &fresh_s, "--mvt", "5,000", "--eth", "0"], &[]);
    assert_eq!(funded["ethBalance"], "0", "{funded}");
    assert_eq!(funded["balance"], "5000000000000000000000", "{funded}");
    let registered = ok(&stack, api, &["provider", "register", "--keystore", &ks(&fresh_ks)], &[]);
    assert!(registered["gasPaidBy"].as_str().unwrap().contains("gasless"), "{registered}");
    let staked_fresh = ok(&stack, api, &["provider", "stake", "--keystore", &ks(&fresh_ks)], &[]);
    assert!(staked_fresh["gasPaidBy"].as_str().unwrap().contains("gasless"), "{staked_fresh}");
    let fresh_stake: U256 = staked_fresh["stake"].as_str().unwrap().parse().unwrap();
    assert_eq!(
        token.balanceOf(fresh).call().await.unwrap(),
        U256::from(5000) * U256::from(10).pow(U256::from(18)) - fresh_stake
    );
    assert_eq!(reader.get_balance(fresh).await.unwrap(), U256::ZERO, "he never held ETH");

    let doctor_s = doctor.to_string();
    let certified = ok(
        &stack,
        api,
        &["authority", "certify", "--provider", &doctor_s, "--keystore", &ks(&authority_ks)],
        &[],
    );
    assert_eq!(certified["certified"], Value::Bool(true));
    let providers = ProviderRegistry::new(stack.deployment.contracts.providers, &reader);
    assert!(providers.isCertified(doctor).call().await.unwrap());

    // Patient: registers by signature with zero ETH.
    assert_eq!(reader.get_balance(patient).await.unwrap(), U256::ZERO);
    let patient_args = |cmd: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = vec!["patient".into()];
        v.extend(cmd.iter().map(|s| s.to_string()));
        v.extend([
            "--keystore".into(),
            ks(&patient_ks),
            "--sponsor-keystore".into(),
            ks(&sponsor_ks),
        ]);
        v
    };
    let run_patient = |cmd: &[&str]| -> Value {
        let args = patient_args(cmd);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        ok(&stack, api, &args, &[])
    };
    let registered = run_patient(&["register"]);
    assert_eq!(registered["ethBalance"], Value::String("0".into()));
    let accounts = AccountRegistry::new(stack.deployment.contracts.accounts, &reader);
    assert!(accounts.isPatient(patient).call().await.unwrap());

    // Provider uploads an encrypted record for the patient; invalid FHIR is refused first.
    let fhir = stack.dir.path().join("record.json");
    std::fs::write(&fhir, RECORD).unwrap();
    let bad = stack.dir.path().join("bad.json");
    std::fs::write(&bad, r#"{"resourceType":"Nonsense"}"#).unwrap();
    let patient_s = patient.to_string();
    let upload = |file: &Path| {
        cli(
            &stack,
            api,
            &[
                "provider",
                "upload",
                "--keystore",
                &ks(&doctor_ks),
                "--patient",
                &patient_s,
                "--category",
                "3",
                &file.display().to_string(),
            ],
            &[],
        )
    };
    let err = upload(&bad).unwrap_err();
    assert!(err.contains("not a valid FHIR"), "{err}");
    // Writing into her history needs her WRITE consent: refused, with what to do, until she
    // grants it.
    let err = upload(&fhir).unwrap_err();
    assert!(
        err.contains("no live WRITE consent on category 3") && err.contains("ask her"),
        "{err}"
    );
    run_patient(&["grant", "--grantee", &doctor_s, "--category", "3", "--write", "--days", "30"]);
    let uploaded = upload(&fhir).unwrap_or_else(|e| panic!("upload: {e}"));
    let rec = &uploaded["records"][0];
    assert_eq!(rec["status"], Value::String("confirmed".into()));
    let id = rec["id"].as_i64().unwrap().to_string();
    let wrapped = rec["wrappedKeyForPatient"].as_str().unwrap().to_string();
    let record_id: B256 = rec["recordId"].as_str().unwrap().parse().unwrap();

    // The patient lists what was filed for them; nobody else can.
    let listed = run_patient(&["records"]);
    let filed = &listed["records"][0];
    assert_eq!(filed["recordId"], rec["recordId"], "{listed}");
    assert_eq!(filed["status"], Value::String("confirmed".into()));
    assert_eq!(filed["author"].as_str().unwrap().parse::<Address>().unwrap(), doctor);
    assert!(filed["txHash"].as_str().is_some(), "{listed}");

    // Patient verifies against the chain and decrypts.
    let out = stack.dir.path().join("decrypted.json");
    let verified = run_patient(&[
        "verify",
        "--id",
        &id,
        "--wrapped-key",
        &wrapped,
        "--out",
        &out.display().to_string(),
    ]);
    // Batched by the relayer: the chain has the relayer's word for the author, not the author's.
    assert_eq!(
        verified["authorship"],
        Value::String("certified provider, per the relayer's batch".into())
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), RECORD);
    // The plaintext is hers only, and a second --out to it is refused rather than overwriting.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "decrypted record mode {mode:o}");
        let keystore_mode = std::fs::metadata(&patient_ks).unwrap().permissions().mode() & 0o777;
        assert_eq!(keystore_mode, 0o600, "keystore mode {keystore_mode:o}");
    }
    let again = patient_args(&["verify", "--id", &id, "--out", &out.display().to_string()]);
    let again: Vec<&str> = again.iter().map(String::as_str).collect();
    let err = cli(&stack, api, &again, &[]).unwrap_err();
    assert!(err.contains("exists; choose another path"), "{err}");
    // Without a wrapped key the relayer is asked for one; one without key release says so.
    // Without a wrapped key the relayer releases the patient's own, after checking who asks.
    let checked = run_patient(&["verify", "--id", &id]);
    assert_eq!(checked["key"], Value::String("released (patient)".into()));
    assert_eq!(checked["decryptedBytes"].as_u64().unwrap() as usize, RECORD.len());

    // She reads it as a clinician would, not as JSON.
    let shown = run_patient(&["show", "--id", &id]);
    assert_eq!(shown["rendered"]["sections"][0]["title"], "Conditions", "{shown}");
    assert!(shown["fhir"]["resourceType"].is_string(), "{shown}");

    // The doctor imports an EHR export (three resource types, references between them): split by
    // category; refused, naming the category she has not opened, until a type is mapped into one
    // she has (categories by name).
    let export = stack.dir.path().join("export.json");
    std::fs::write(&export, EXPORT).unwrap();
    run_patient(&[
        "grant",
        "--grantee",
        &doctor_s,
        "--category",
        "encounters",
        "--write",
        "--days",
        "30",
    ]);
    let doctor_keystore = ks(&doctor_ks);
    let export_s = export.display().to_string();
    let import = |extra: &[&str]| {
        let mut args = vec![
            "provider",
            "import",
            "--keystore",
            &doctor_keystore,
            "--patient",
            &patient_s,
            &export_s,
        ];
        args.extend_from_slice(extra);
        cli(&stack, api, &args, &[])
    };
    let plan = import(&["--dry-run"]).unwrap_or_else(|e| panic!("dry run: {e}"));
    assert_eq!(plan["plan"]["records"].as_array().unwrap().len(), 3, "{plan}");
    let per_visit = import(&["--per-encounter", "--dry-run"]).unwrap_or_else(|e| panic!("{e}"));
    let visits: Vec<&Value> =
        per_visit["plan"]["records"].as_array().unwrap().iter().map(|r| &r["encounter"]).collect();
    // The diagnosis and the visit belong to encounter e1; the claim names it only in an item.
    let e1 = Value::from("urn:uuid:e1");
    assert_eq!(visits, [&e1, &e1, &Value::Null], "{per_visit}");
    let err = import(&[]).unwrap_err();
    assert!(err.contains("no live WRITE consent on billing (14)"), "{err}");
    let imported = import(&["--category-of", "Claim=encounters"]).unwrap_or_else(|e| panic!("{e}"));
    let categories: Vec<&str> = imported["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["category"].as_str().unwrap())
        .collect();
    assert_eq!(categories, ["conditions (3)", "encounters (10)"], "{imported}");
    let encounters = imported["records"][1]["id"].as_i64().unwrap().to_string();
    let shown = run_patient(&["show", "--id", &encounters]);
    assert_eq!(shown["rendered"]["sections"][0]["title"], "Encounters", "{shown}");
    assert_eq!(shown["rendered"]["also"]["Claim"], 1, "{shown}");

    // The doctor amends the record: version 2 of the same record, chained to version 1. The
    // patient sees both versions, and each verifies and decrypts; amending version 1 again (a
    // second version 2) is refused.
    let amend = |id: &str| {
        cli(
            &stack,
            api,
            &[
                "provider",
                "amend",
                "--keystore",
                &ks(&doctor_ks),
                "--id",
                id,
                &fhir.display().to_string(),
            ],
            &[],
        )
    };
    let amended = amend(&id).unwrap_or_else(|e| panic!("amend: {e}"));
    assert_eq!(amended["version"], 2, "{amended}");
    assert_eq!(amended["recordId"], rec["recordId"]);
    let listed = run_patient(&["records"]);
    let versions: Vec<u64> = listed["records"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["recordId"] == rec["recordId"])
        .map(|r| r["version"].as_u64().unwrap())
        .collect();
    assert_eq!(versions, vec![1, 2], "{listed}");
    let v2 = amended["id"].as_i64().unwrap().to_string();
    let checked = run_patient(&["verify", "--id", &v2]);
    assert_eq!(checked["decryptedBytes"].as_u64().unwrap() as usize, RECORD.len(), "{checked}");
    let err = amend(&id).unwrap_err();
    assert!(err.contains("version 2") && err.contains("already submitted"), "{err}");

    // A second doctor, granted this record by signature, gets its key from the relayer and reads
    // it; after revocation the relayer refuses; after shredding nobody but the patient can read.
    let (reader_ks, second) = keystore(&stack, "reader.json", Some(stack.chain.dev_key(7)));
    ok(&stack, api, &["provider", "register", "--keystore", &ks(&reader_ks)], &[]);
    let second_s = second.to_string();
    let record_s = record_id.to_string();
    let read_out = stack.dir.path().join("read.json");
    let read = || {
        cli(
            &stack,
            api,
            &[
                "provider",
                "read",
                "--id",
                &id,
                "--out",
                &read_out.display().to_string(),
                "--keystore",
                &ks(&reader_ks),
            ],
            &[],
        )
    };
    let err = read().unwrap_err();
    assert!(err.contains("did not release the key"), "{err}");
    // The record by the number `patient records` prints (its 64-hex id works too: `revoke` below).
    let granted =
        run_patient(&["grant", "--grantee", &second_s, "--record", &id, "--read", "--days", "30"]);
    assert!(granted["keyFrom"].as_str().unwrap().contains("key committee"), "{granted}");
    assert_eq!(granted["target"], Value::String(record_s.clone()), "{granted}");
    let shown = read().unwrap_or_else(|e| panic!("read: {e}"));
    let key = shown["key"].as_str().unwrap();
    assert!(key.starts_with("released by 2 key nodes (consent)"), "{key}");
    assert_eq!(std::fs::read_to_string(&read_out).unwrap(), RECORD);
    run_patient(&["revoke", "--grantee", &second_s, "--record", &record_s]);
    let err = read().unwrap_err();
    assert!(err.contains("did not release the key"), "{err}");
    let log = run_patient(&["access-log"]);
    let all = log.to_string().to_lowercase();
    assert!(all.contains(&second_s.to_lowercase()), "{log}");
    // For people: one line per read, the record by its number, the proofs behind --detail.
    let for_people = |cmd: &[&str]| {
        let args = patient_args(cmd);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        text(&stack, api, &args, &[]).unwrap_or_else(|e| panic!("{cmd:?}: {e}"))
    };
    let summary = for_people(&["access-log"]);
    let reads =
        log["receipts"].as_array().unwrap().len() + log["keyNodes"].as_array().unwrap().len();
    assert_eq!(summary.lines().count(), reads + 1, "a title and one line per read:\n{summary}");
    assert!(
        summary.contains(&format!("record #{id} v1")) && summary.contains("refused"),
        "{summary}"
    );
    assert!(summary.contains(" UTC ") && !summary.contains("signature"), "{summary}");
    let detail = for_people(&["access-log", "--detail"]);
    assert!(detail.contains("signature") && detail.lines().count() > reads * 5, "{detail}");
    let records = for_people(&["records"]);
    assert!(records.contains(&format!("#{id} ")) && !records.contains(&record_s), "{records}");

    // The same facts as FHIR R4, for any FHIR system: her grants as Consent resources (found
    // again from her wallet alone), her access log as AuditEvent resources.
    let consents = run_patient(&["export", "consents"]);
    assert_eq!(consents["resourceType"], "Bundle");
    let consents: Vec<&Value> =
        consents["entry"].as_array().unwrap().iter().map(|e| &e["resource"]).collect();
    let all_to = |who: &str| -> Vec<&Value> {
        consents
            .iter()
            .copied()
            .filter(|c| c["provision"]["actor"][0]["reference"]["identifier"]["value"] == who)
            .collect()
    };
    let to = |who: &str| {
        let found = all_to(who);
        assert_eq!(found.len(), 1, "one consent to {who}: {consents:?}");
        found[0]
    };
    // The doctor holds WRITE on conditions and (for the import) on encounters.
    let doctors: Vec<&Value> = all_to(&doctor_s);
    let classes: Vec<&Value> =
        doctors.iter().map(|c| &c["provision"]["class"][0]["code"]).collect();
    assert_eq!(classes, ["conditions", "encounters"], "{consents:?}");
    let write = doctors[0];
    assert_eq!(write["status"], "active", "{write}");
    assert_eq!(write["provision"]["class"][0]["code"], "conditions", "{write}");
    let actions: Vec<&str> = write["provision"]["action"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["coding"][0]["code"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["access", "correct"], "{write}");
    let revoked = to(&second_s);
    assert_eq!(revoked["status"], "inactive", "{revoked}");
    assert_eq!(
        revoked["provision"]["data"][0]["reference"]["identifier"]["value"], record_s,
        "{revoked}"
    );
    let audit = run_patient(&["export", "audit"]);
    let events: Vec<&Value> =
        audit["entry"].as_array().unwrap().iter().map(|e| &e["resource"]).collect();
    let reads_of = |outcome: &str| {
        events.iter().any(|e| {
            e["agent"][0]["who"]["identifier"]["value"] == second_s.as_str()
                && e["outcome"] == outcome
                && e["entity"][1]["what"]["identifier"]["value"] == record_s.as_str()
        })
    };
    assert!(reads_of("0"), "her record released to the second doctor: {audit}");
    assert!(reads_of("4"), "and refused after the revocation: {audit}");
    // Written to a file, which is never overwritten.
    let exported = stack.dir.path().join("consents.json");
    let exported_s = exported.display().to_string();
    let written = run_patient(&["export", "consents", "--out", &exported_s]);
    assert_eq!(written["entries"], consents.len(), "{written}");
    let file: Value = serde_json::from_str(&std::fs::read_to_string(&exported).unwrap()).unwrap();
    assert_eq!(file["entry"].as_array().unwrap().len(), consents.len());
    let args = patient_args(&["export", "audit", "--out", &exported_s]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let err = cli(&stack, api, &args, &[]).unwrap_err();
    assert!(err.contains("never overwrites"), "{err}");
    run_patient(&["grant", "--grantee", &second_s, "--record", &record_s, "--read", "--days", "1"]);
    let shredded = run_patient(&["shred", "--id", &id]);
    assert_eq!(shredded["effective"], Value::Bool(true), "{shredded}");
    let err = read().unwrap_err();
    assert!(err.contains("did not release the key"), "{err}");
    let again = run_patient(&["verify", "--id", &id]);
    assert_eq!(again["key"], Value::String("released (patient)".into()));

    // Grant the category to a doctor by signature; then revoke. A grantee must be registered:
    // the grant's notice is sealed to its key.
    let unregistered = stack.chain.dev_address(4).to_string();
    let err = cli(
        &stack,
        api,
        &[
            "patient",
            "grant",
            "--grantee",
            &unregistered,
            "--category",
            "3",
            "--read",
            "--keystore",
            &ks(&patient_ks),
        ],
        &[],
    )
    .unwrap_err();
    assert!(err.contains("no registered encryption key"), "{err}");
    let grantee = doctor;
    let grantee_s = grantee.to_string();
    let consent = ConsentManager::new(stack.deployment.contracts.consent, &reader);
    let granted = run_patient(&[
        "grant",
        "--grantee",
        &grantee_s,
        "--category",
        "3",
        "--read",
        "--days",
        "30",
    ]);
    assert_eq!(granted["access"], Value::String("read".into()));
    // On-chain the consent is a commitment under a pseudonym: neither the patient nor the
    // grantee nor the category is there.
    let grant_id: B256 = serde_json::from_value(granted["onChain"]["grantIds"][0].clone()).unwrap();
    let controller: Address =
        serde_json::from_value(granted["onChain"]["controllers"][0].clone()).unwrap();
    assert!(controller != patient && controller != grantee);
    let access = || consent.isLive(controller, grant_id, u8::from(Access::Read));
    assert!(access().call().await.unwrap());
    let _ = record_id;
    run_patient(&["revoke", "--grantee", &grantee_s, "--category", "3"]);
    assert!(!access().call().await.unwrap());
    // A category no record can have is refused before anything is signed.
    let args = patient_args(&[
        "grant",
        "--grantee",
        &grantee_s,
        "--category",
        "99",
        "--read",
        "--days",
        "1",
    ]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let err = cli(&stack, api, &args, &[]).unwrap_err();
    assert!(err.contains(r#""99" is not a category; one of: demographics (1)"#), "{err}");

    // Guardians, committed: the guardian derives its pseudonym toward the patient's guardian-set
    // controller; the patient commits to it. The chain holds a root under the controller, and
    // names neither her nor the guardian.
    let controller: Address =
        serde_json::from_value(run_patient(&["guardians", "controller"])["controller"].clone())
            .unwrap();
    let (guardian_ks, guardian) = keystore(&stack, "guardian.json", Some(stack.chain.dev_key(5)));
    let controller_s = controller.to_string();
    let pseudonym = ok(
        &stack,
        api,
        &[
            "patient",
            "guardians",
            "pseudonym",
            "--for",
            &controller_s,
            "--keystore",
            &ks(&guardian_ks),
        ],
        &[],
    );
    let pseudonym: Address = serde_json::from_value(pseudonym["pseudonym"].clone()).unwrap();
    assert_ne!(pseudonym, guardian);
    let proposed = run_patient(&[
        "guardians",
        "set",
        "--guardian",
        &pseudonym.to_string(),
        "--threshold",
        "1",
    ]);
    assert!(proposed["effectiveAt"].as_u64().unwrap() > 0);
    let pending = accounts.pendingGuardianSet(controller).call().await.unwrap();
    assert_eq!(pending.root, medvault_primitives::consent::guardian_leaf(controller, pseudonym));
    assert_eq!((pending.size, pending.threshold), (1, 1));
    let tx: B256 = serde_json::from_value(proposed["txHash"].clone()).unwrap();
    let receipt = reader.get_transaction_receipt(tx).await.unwrap().unwrap();
    for log in receipt.inner.logs() {
        let bytes = [log.topics().concat(), log.data().data.to_vec()].concat();
        for who in [patient, guardian, pseudonym] {
            assert!(!bytes.windows(20).any(|w| w == who.as_slice()), "{who} in a guardian-set log");
        }
    }

    // A break-glass access by the certified doctor, disputed by the patient: it ends at once.
    let (doctor_keystore, reader_keystore) = (ks(&doctor_ks), ks(&reader_ks));
    let break_glass = |keystore| {
        [
            "provider",
            "break-glass",
            "--patient",
            &patient_s,
            "--reason",
            "7",
            "--keystore",
            keystore,
        ]
    };
    let opened = ok(&stack, api, &break_glass(&doctor_keystore), &[]);
    let emergency = opened["emergency"].as_str().unwrap().to_string();
    // On-chain the patient is a salted tag: her address is nowhere in the event.
    let tag: B256 = serde_json::from_value(opened["tag"].clone()).unwrap();
    assert!(consent.emergencyUntil(tag, doctor).call().await.unwrap() > 0);
    let listed = run_patient(&["emergency", "list"]);
    let open = &listed["emergencies"][0];
    assert_eq!(open["emergency"], Value::String(emergency.clone()), "{listed}");
    assert_eq!(open["status"], Value::String("open".into()));
    assert_eq!(open["active"], Value::Bool(true));
    // Only certified providers may break the glass.
    let err = cli(&stack, api, &break_glass(&reader_keystore), &[]).unwrap_err();
    assert!(err.contains("certified provider"), "{err}");
    let reviewed = run_patient(&[
        "emergency",
        "review",
        "--id",
        &emergency,
        "--dispute",
        "--evidence",
        "not an emergency",
    ]);
    assert_eq!(reviewed["status"], Value::String("disputed".into()));
    let now =
        reader.get_block_by_number(Default::default()).await.unwrap().unwrap().header.timestamp;
    assert!(consent.emergencyUntil(tag, doctor).call().await.unwrap() <= now);

    // Gasless throughout.
    assert_eq!(reader.get_balance(patient).await.unwrap(), U256::ZERO);
}

#[tokio::test(flavor = "multi_thread")]
async fn wallet_interop_and_digests() {
    let stack = Stack::start();
    let chain_id = stack.chain.chain_id();
    let patient_key = stack.chain.dev_key(5);
    let patient = stack.chain.dev_address(5);
    let patient_wallet = stack.wallet(patient_key);
    let pub_key = {
        let s = PrivateKeySigner::from_bytes(&patient_key).unwrap();
        let accounts = stack.deployment.contracts.accounts;
        let key = medvault_client::keys::derive_encryption_key(&s, chain_id, accounts, 1).await;
        key.unwrap().public_key().clone()
    };
    AccountRegistry::new(stack.deployment.contracts.accounts, &patient_wallet)
        .register(Role::Patient.into(), Bytes::copy_from_slice(pub_key.as_bytes()), B256::ZERO)
        .send()
        .await
        .unwrap()
        .get_receipt()
        .await
        .unwrap();
    let consent_addr = stack.deployment.contracts.consent;
    let submitter = stack.wallet(stack.chain.dev_key(6));
    let consent = ConsentManager::new(consent_addr, &submitter);
    let grantee = stack.chain.dev_address(7);
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    // The relationship's controller: a key the patient's client derives, used here through a
    // standard wallet library as any client could.
    let controller_key = B256::from(keccak256(b"a relationship key"));
    let controller = PrivateKeySigner::from_bytes(&controller_key).unwrap().address();
    let c = ConsentChange {
        controller,
        grantId: keccak256(b"a grant id"),
        access: u8::from(Access::Read),
        expiresAt: now + 86_400,
        noticeHash: keccak256([]),
        nonce: 0,
        deadline: U256::from(now + 600),
    };

    // Digests: medvault's signing module equals the contracts.
    let domain = sign::consent_domain(chain_id, consent_addr);
    assert_eq!(
        consent.changeDigest(c.clone()).call().await.unwrap(),
        sign::consent_change_digest(&c, &domain)
    );
    let market_addr = stack.deployment.contracts.market;
    let a = TradeApproval {
        requestId: U256::from(7),
        seller: patient,
        deliveryCommitment: keccak256(b"delivery"),
        price: U256::from(10u64).pow(U256::from(18)),
        nonce: U256::from(2),
        deadline: U256::from(now + 600),
    };
    let market = DataMarket::new(market_addr, &submitter);
    assert_eq!(
        market.tradeApprovalDigest(a.clone()).call().await.unwrap(),
        sign::trade_approval_digest(&a, &sign::market_domain(chain_id, market_addr))
    );

    // Signatures from a standard wallet library.
    let script = r#"
import json, sys
from eth_account import Account
args = json.loads(sys.argv[1])
domain = {"name": "MedvaultConsent", "version": "1", "chainId": args["chainId"], "verifyingContract": args["consent"]}
types = {
  "ConsentChange": [
    {"name": "controller", "type": "address"}, {"name": "grantId", "type": "bytes32"},
    {"name": "access", "type": "uint8"}, {"name": "expiresAt", "type": "uint64"},
    {"name": "noticeHash", "type": "bytes32"}, {"name": "nonce", "type": "uint64"},
    {"name": "deadline", "type": "uint256"}],
  "Delegation": [
    {"name": "patient", "type": "address"}, {"name": "controller", "type": "address"},
    {"name": "grantee", "type": "address"}]}
m = args["message"]
for k in ("grantId", "noticeHash"):
    if k in m: m[k] = bytes.fromhex(m[k][2:])
signed = Account.sign_typed_data(args["key"], domain, {args["type"]: types[args["type"]]}, m)
print("0x" + bytes(signed.signature).hex())
"#;
    let eth_account_sign = |key: B256, kind: &str, message: serde_json::Value| -> Bytes {
        let args = serde_json::json!({
            "chainId": chain_id,
            "consent": consent_addr.to_string(),
            "key": key.to_string(),
            "type": kind,
            "message": message,
        });
        let output = Command::new(root().join("tools/venv/bin/python"))
            .args(["-c", script, &args.to_string()])
            .output()
            .expect("tools/venv/bin/python runs (scripts/setup installs it)");
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap().trim().parse().unwrap()
    };
    let change_message = |c: &ConsentChange| {
        serde_json::json!({
            "controller": c.controller.to_string(), "grantId": c.grantId.to_string(),
            "access": c.access, "expiresAt": c.expiresAt, "noticeHash": c.noticeHash.to_string(),
            "nonce": c.nonce, "deadline": c.deadline.to::<u64>(),
        })
    };

    // The patient's delegation, signed by her wallet: the SDK's check accepts it.
    let delegation = eth_account_sign(
        patient_key,
        "Delegation",
        serde_json::json!({
            "patient": patient.to_string(), "controller": controller.to_string(),
            "grantee": grantee.to_string(),
        }),
    );
    let shown = medvault_primitives::consent::ConsentGrant {
        patient,
        grantee,
        scope: Scope::Category,
        target: sign::category_target(3),
        salt: B256::repeat_byte(1),
        controller,
        delegation,
    };
    assert!(shown.is_delegated(&domain), "a wallet's Delegation signature is accepted");

    // A change signed by the controller is accepted by the contract, submitted by anyone.
    let signature = eth_account_sign(controller_key, "ConsentChange", change_message(&c));
    let receipt = consent
        .setConsentBySig(c.clone(), signature, Bytes::new())
        .send()
        .await
        .unwrap()
        .get_receipt()
        .await
        .unwrap();
    assert!(receipt.status());
    assert!(consent.isLive(controller, c.grantId, 1).call().await.unwrap());

    // Accepted by the relayer's API, which submits it and pays the gas.
    let relayer = start_relayer(&stack).await;
    let api = medvault_client::api::RelayerApi::new(relayer.url());
    let c2 = ConsentChange { grantId: keccak256(b"another grant id"), ..c.clone() };
    let body = medvault_client::api::ConsentRelayRequest {
        signature: eth_account_sign(controller_key, "ConsentChange", change_message(&c2)),
        change: c2.clone(),
        notice: Bytes::new(),
    };
    let accepted = api.relay_consent(&body).await.expect("the relayer takes the signature");
    api.wait_relayed(accepted.key, Duration::from_secs(60)).await.expect("relayed");
    assert!(consent.isLive(controller, c2.grantId, 1).call().await.unwrap());
    // The same signature again is a replay: refused, nothing written.
    let err = api.relay_consent(&body).await.unwrap_err();
    assert!(matches!(err, medvault_client::api::ApiError::Refused { status: 409, .. }), "{err}");
}

/// The compressed public key that viem (`scripts/lib/derive-key.mjs`, an implementation apart
/// from the SDK) derives for `key` at `epoch`. Fails, never skips, without Node.js or viem.
fn viem_derived_key(key: B256, chain_id: u64, accounts: Address, epoch: u32) -> String {
    let output = Command::new("node")
        .arg(root().join("scripts/lib/derive-key.mjs"))
        .args([key.to_string(), chain_id.to_string(), accounts.to_string(), epoch.to_string()])
        .output()
        .expect("node runs (install Node.js 20 or newer; scripts/setup needs it too)");
    assert!(
        output.status.success(),
        "scripts/lib/derive-key.mjs failed (is viem installed? run scripts/setup):\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap().trim().to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn rotated_keys_still_read_older_records() {
    let stack = Stack::start();
    let relayer = start_relayer(&stack).await;
    let api = relayer.url();
    let ks = |p: &Path| p.display().to_string();
    let (chain_id, accounts_addr) = (stack.chain.chain_id(), stack.deployment.contracts.accounts);
    let (doctor_ks, _) = keystore(&stack, "doctor.json", Some(stack.chain.dev_key(2)));
    let (authority_ks, _) = keystore(&stack, "authority.json", Some(stack.chain.dev_key(DEPLOYER)));
    let patient_key = stack.chain.dev_key(5);
    let (patient_ks, patient) = keystore(&stack, "patient.json", Some(patient_key));
    ok(&stack, api, &["provider", "register", "--keystore", &ks(&doctor_ks)], &[]);
    ok(&stack, api, &["provider", "stake", "--keystore", &ks(&doctor_ks)], &[]);
    let doctor_s = stack.chain.dev_address(2).to_string();
    ok(
        &stack,
        api,
        &["authority", "certify", "--provider", &doctor_s, "--keystore", &ks(&authority_ks)],
        &[],
    );

    // The key the CLI registers is the one an independent implementation derives.
    let patient_keystore = ks(&patient_ks);
    let patient_cmd = |cmd: &[&str]| {
        let mut args = vec!["patient"];
        args.extend(cmd);
        args.extend(["--keystore", &patient_keystore]);
        ok(&stack, api, &args, &[])
    };
    let registered = patient_cmd(&["register"]);
    let epoch1 = viem_derived_key(patient_key, chain_id, accounts_addr, 1);
    assert_eq!(registered["encryptionKey"], Value::String(epoch1.clone()), "{registered}");
    let reader = stack.wallet(stack.chain.dev_key(8));
    let accounts = AccountRegistry::new(accounts_addr, &reader);
    let on_chain = accounts.encryptionKeyOf(patient).call().await.unwrap();
    assert_eq!((on_chain.key.to_string(), on_chain.epoch), (epoch1.clone(), 1));

    patient_cmd(&["grant", "--grantee", &doctor_s, "--category", "3", "--write", "--days", "30"]);
    let fhir = stack.dir.path().join("record.json");
    std::fs::write(&fhir, RECORD).unwrap();
    let patient_s = patient.to_string();
    let upload = || {
        let uploaded = ok(
            &stack,
            api,
            &[
                "provider",
                "upload",
                "--keystore",
                &ks(&doctor_ks),
                "--patient",
                &patient_s,
                "--category",
                "3",
                &fhir.display().to_string(),
            ],
            &[],
        );
        let rec = &uploaded["records"][0];
        assert_eq!(rec["status"], Value::String("confirmed".into()), "{uploaded}");
        let wrapped: Bytes = rec["wrappedKeyForPatient"].as_str().unwrap().parse().unwrap();
        let recipient = medvault_client::ecies::WrappedKey::from_bytes(&wrapped).unwrap();
        (rec["id"].as_i64().unwrap().to_string(), recipient.recipient().to_string())
    };
    let (before, wrapped_to) = upload();
    assert_eq!(wrapped_to, epoch1);

    // Rotation: epoch 2, the key viem derives for it, on chain.
    let rotated = patient_cmd(&["rotate-key"]);
    let epoch2 = viem_derived_key(patient_key, chain_id, accounts_addr, 2);
    assert_eq!(rotated["epoch"], Value::from(2), "{rotated}");
    assert_eq!(rotated["encryptionKey"], Value::String(epoch2.clone()), "{rotated}");
    assert_ne!(epoch1, epoch2);
    let on_chain = accounts.encryptionKeyOf(patient).call().await.unwrap();
    assert_eq!((on_chain.key.to_string(), on_chain.epoch), (epoch2.clone(), 2));

    // A record after the rotation is wrapped to the new key; both read, the first with the
    // re-derived epoch-1 key.
    let (after, wrapped_to) = upload();
    assert_eq!(wrapped_to, epoch2);
    for id in [&before, &after] {
        let read = patient_cmd(&["verify", "--id", id]);
        assert_eq!(read["key"], Value::String("released (patient)".into()), "{read}");
        assert_eq!(read["decryptedBytes"].as_u64().unwrap() as usize, RECORD.len(), "{read}");
    }
}

/// Moves the chain's clock forward by `secs` and mines a block.
async fn warp(provider: &DynProvider, secs: u64) {
    let _: Value = provider.raw_request("evm_increaseTime".into(), (secs,)).await.unwrap();
    let _: Value = provider.raw_request("evm_mine".into(), ()).await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn certification_by_peer_vote_then_leave_and_withdraw() {
    let stack = Stack::start();
    let reader = stack.wallet(stack.chain.dev_key(8));
    let providers = ProviderRegistry::new(stack.deployment.contracts.providers, &reader);
    let token = MedToken::new(stack.deployment.contracts.token, &reader);
    let run = |args: &[&str], ks: &Path| {
        let mut v: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        v.extend(["--keystore".into(), ks.display().to_string()]);
        let v: Vec<&str> = v.iter().map(String::as_str).collect();
        ok(&stack, "", &v, &[])
    };
    let (authority, _) = keystore(&stack, "authority.json", Some(stack.chain.dev_key(DEPLOYER)));

    // Three peers certified by the authority; the quorum is three.
    let mut peers = Vec::new();
    for i in 1..=3 {
        let (ks, addr) = keystore(&stack, &format!("peer{i}.json"), Some(stack.chain.dev_key(i)));
        run(&["provider", "register"], &ks);
        run(&["provider", "stake"], &ks);
        run(&["authority", "certify", "--provider", &addr.to_string()], &authority);
        peers.push((ks, addr));
    }

    // An applicant asks its peers; two approve, one rejects.
    let (applicant, applicant_addr) =
        keystore(&stack, "applicant.json", Some(stack.chain.dev_key(4)));
    run(&["provider", "register"], &applicant);
    let staked = run(&["provider", "stake"], &applicant);
    let stake: U256 = staked["stake"].as_str().unwrap().parse().unwrap();
    let opened = run(&["provider", "review", "request"], &applicant);
    let review = opened["review"].as_str().unwrap().to_string();
    for (i, (ks, _)) in peers.iter().enumerate() {
        let choice = if i < 2 { "--approve" } else { "--reject" };
        let committed = run(&["provider", "vote", "commit", "--review", &review, choice], ks);
        assert!(Path::new(committed["stateFile"].as_str().unwrap()).exists());
    }
    // Revealing early is refused with the phase named.
    let err = cli(
        &stack,
        "",
        &[
            "provider",
            "vote",
            "reveal",
            "--review",
            &review,
            "--keystore",
            &peers[0].0.display().to_string(),
        ],
        &[],
    )
    .unwrap_err();
    assert!(err.contains("reveal phase") && err.contains("NotRevealPhase"), "{err}");
    warp(&reader, 2 * 86_400 + 1).await;
    for (ks, _) in &peers {
        run(&["provider", "vote", "reveal", "--review", &review], ks);
    }
    warp(&reader, 2 * 86_400 + 1).await;
    let finalized = run(&["provider", "finalize", "--review", &review], &peers[0].0);
    assert_eq!(finalized["outcome"], Value::String("approved".into()));
    assert_eq!(finalized["yes"], Value::from(2));
    assert_eq!(finalized["no"], Value::from(1));
    assert!(providers.isCertified(applicant_addr).call().await.unwrap());

    // The honest voter takes back more than the dissenter.
    let before: Vec<U256> = {
        let mut v = Vec::new();
        for (_, a) in &peers {
            v.push(token.balanceOf(*a).call().await.unwrap());
        }
        v
    };
    for (ks, _) in &peers {
        run(&["provider", "claim-bond", "--review", &review], ks);
    }
    let mut gained = Vec::new();
    for (i, (_, a)) in peers.iter().enumerate() {
        gained.push(token.balanceOf(*a).call().await.unwrap() - before[i]);
    }
    assert!(gained[0] > gained[2], "{gained:?}");

    // A peer challenges another for misconduct, posting the challenge bond.
    let peer_balance = token.balanceOf(peers[0].1).call().await.unwrap();
    let challenged = run(
        &[
            "provider",
            "challenge",
            "--provider",
            &peers[2].1.to_string(),
            "--evidence",
            "records altered",
        ],
        &peers[0].0,
    );
    let challenge: U256 = challenged["review"].as_str().unwrap().parse().unwrap();
    assert!(challenge > review.parse::<U256>().unwrap(), "{challenged}");
    assert!(token.balanceOf(peers[0].1).call().await.unwrap() < peer_balance, "bond posted");
    let err = cli(
        &stack,
        "",
        &[
            "provider",
            "challenge",
            "--provider",
            &stack.chain.dev_address(7).to_string(),
            "--evidence",
            "x",
            "--keystore",
            &peers[0].0.display().to_string(),
        ],
        &[],
    )
    .unwrap_err();
    assert!(err.contains("challenge"), "an uncertified account cannot be challenged: {err}");

    // Leave, wait out the unbonding delay, withdraw the stake.
    let balance = token.balanceOf(applicant_addr).call().await.unwrap();
    run(&["provider", "leave"], &applicant);
    let err = cli(
        &stack,
        "",
        &["provider", "withdraw", "--keystore", &applicant.display().to_string()],
        &[],
    )
    .unwrap_err();
    assert!(err.contains("unbonding"), "{err}");
    warp(&reader, 14 * 86_400 + 1).await;
    let withdrawn = run(&["provider", "withdraw"], &applicant);
    assert_eq!(withdrawn["received"].as_str().unwrap().parse::<U256>().unwrap(), stake);
    assert_eq!(token.balanceOf(applicant_addr).call().await.unwrap(), balance + stake);
}

#[tokio::test(flavor = "multi_thread")]
async fn deploy_from_a_keystore_writes_the_chain_config() {
    let tools = devnet::toolchain().expect("toolchain");
    let chain = Chain::start(&tools).expect("anvil");
    let dir = tempfile::tempdir().unwrap();
    let ks = dir.path().join("deployer.json");
    let run = |args: &[&str], env: &[(&str, String)]| {
        let mut cmd = Command::new(BIN);
        cmd.args(args)
            .arg("--json")
            .current_dir(dir.path())
            .env("MEDVAULT_ROOT", root())
            .env("MEDVAULT_PASSWORD", PASSWORD)
            .env("MEDVAULT_RPC_URL", chain.rpc_url())
            .stdin(Stdio::null());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice::<Value>(&out.stdout).unwrap()
    };
    let ks_s = ks.display().to_string();
    run(
        &["account", "import", "--light-kdf", "--keystore", &ks_s],
        &[("MEDVAULT_PRIVATE_KEY", chain.dev_key(0).to_string())],
    );
    let relayer = chain.dev_address(9).to_string();
    let deployed = run(&["deploy", "--keystore", &ks_s, "--relayer-address", &relayer], &[]);
    let file = dir.path().join(format!("deployments/{}.json", chain.chain_id()));
    assert_eq!(
        deployed["deployment"].as_str().unwrap(),
        format!("deployments/{}.json", chain.chain_id())
    );
    let deployment = Deployment::load(&file).unwrap();
    assert_eq!(deployment.chain_id, chain.chain_id());
    let reader = ProviderBuilder::new().connect_http(chain.rpc_url().parse().unwrap());
    for (name, address) in deployment.contracts.named() {
        let code = reader.get_code_at(address).await.unwrap();
        assert!(!code.is_empty(), "{name} has no code");
    }
}

/// Outside the local chain, `medvault deploy` gives each power its own key and a timelock the
/// admin: it refuses to run without them, or with the deployer or one key for two roles, and the
/// deployer holds nothing afterwards.
#[tokio::test(flavor = "multi_thread")]
async fn a_production_deploy_gives_each_power_its_own_key() {
    let tools = devnet::toolchain().expect("toolchain");
    let chain = Chain::start_as(&tools, 1_337).expect("anvil");
    let dir = tempfile::tempdir().unwrap();
    let ks = dir.path().join("deployer.json");
    let run = |args: &[&str], env: &[(&str, String)]| {
        let mut cmd = Command::new(BIN);
        cmd.args(args)
            .arg("--json")
            .current_dir(dir.path())
            .env("MEDVAULT_ROOT", root())
            .env("MEDVAULT_PASSWORD", PASSWORD)
            .env("MEDVAULT_RPC_URL", chain.rpc_url())
            .stdin(Stdio::null());
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.output().unwrap()
    };
    let ks_s = ks.display().to_string();
    let imported = run(
        &["account", "import", "--keystore", &ks_s],
        &[("MEDVAULT_PRIVATE_KEY", chain.dev_key(0).to_string())],
    );
    assert!(imported.status.success(), "{}", String::from_utf8_lossy(&imported.stderr));
    let deployer = chain.dev_address(0);
    let key = |n: usize| chain.dev_address(n).to_string();
    let relayer = key(9);
    let roles = [
        ("--admin", key(1)),
        ("--attester", key(2)),
        ("--certifier", key(3)),
        ("--arbiter", key(4)),
        ("--committee-admin", key(5)),
        ("--treasurer", key(6)),
        ("--treasury", key(7)),
    ];
    let deploy = |roles: &[(&str, String)]| {
        let mut args = vec!["deploy", "--keystore", &ks_s, "--relayer-address", &relayer];
        for (flag, value) in roles {
            args.extend([*flag, value.as_str()]);
        }
        run(&args, &[])
    };

    let refused = deploy(&roles[..3]);
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(!refused.status.success());
    assert!(err.contains("pass --arbiter, --committee-admin, --treasurer, --treasury"), "{err}");
    let mut shared = roles.clone();
    shared[2].1 = key(2);
    let err = String::from_utf8_lossy(&deploy(&shared).stderr).to_string();
    assert!(err.contains("--certifier and --attester are the same key"), "{err}");
    let mut own = roles.clone();
    own[4].1 = deployer.to_string();
    let err = String::from_utf8_lossy(&deploy(&own).stderr).to_string();
    assert!(err.contains("--committee-admin is the deployer's own address"), "{err}");
    assert!(!dir.path().join("deployments").exists(), "a refused deploy writes nothing");

    let deployed = deploy(&roles);
    assert!(deployed.status.success(), "{}", String::from_utf8_lossy(&deployed.stderr));
    let deployment = Deployment::load(&dir.path().join("deployments/1337.json")).unwrap();
    let timelock = deployment.contracts.timelock;
    assert!(!timelock.is_zero(), "a production deployment names its timelock");
    let reader = ProviderBuilder::new().connect_http(chain.rpc_url().parse().unwrap());
    let providers = ProviderRegistry::new(deployment.contracts.providers, &reader);
    let market = DataMarket::new(deployment.contracts.market, &reader);
    for role in [
        providers.PARAMS_ROLE().call().await.unwrap(),
        providers.SLASHER_ROLE().call().await.unwrap(),
        providers.CERTIFIER_ROLE().call().await.unwrap(),
        B256::ZERO,
    ] {
        assert!(!providers.hasRole(role, deployer).call().await.unwrap(), "deployer holds {role}");
    }
    assert_eq!(providers.defaultAdmin().call().await.unwrap(), timelock);
    assert_eq!(market.defaultAdmin().call().await.unwrap(), timelock);
    let slasher = providers.SLASHER_ROLE().call().await.unwrap();
    assert!(providers.hasRole(slasher, timelock).call().await.unwrap());
    let certifier = providers.CERTIFIER_ROLE().call().await.unwrap();
    assert!(providers.hasRole(certifier, chain.dev_address(3)).call().await.unwrap());
    let arbiter = market.ARBITER_ROLE().call().await.unwrap();
    assert!(market.hasRole(arbiter, chain.dev_address(4)).call().await.unwrap());
    assert!(!market.hasRole(arbiter, chain.dev_address(1)).call().await.unwrap());
}

#[tokio::test(flavor = "multi_thread")]
async fn researcher_opens_a_request_by_permit_and_closes_it() {
    let stack = Stack::start();
    let reader = stack.wallet(stack.chain.dev_key(8));
    let token = MedToken::new(stack.deployment.contracts.token, &reader);
    let market = DataMarket::new(stack.deployment.contracts.market, &reader);
    let run = |args: &[&str], ks: &Path| {
        let mut v: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        v.extend(["--keystore".into(), ks.display().to_string()]);
        let v: Vec<&str> = v.iter().map(String::as_str).collect();
        cli(&stack, "", &v, &[])
    };
    let (authority, _) = keystore(&stack, "authority.json", Some(stack.chain.dev_key(DEPLOYER)));
    let (lab, lab_addr) = keystore(&stack, "lab.json", Some(stack.chain.dev_key(6)));
    let criteria = stack.dir.path().join("criteria.json");
    std::fs::write(
        &criteria,
        r#"{"any":[{"condition":{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"E11","prefix":true}},{"not":{"sex":"male"}}]}"#,
    )
    .unwrap();
    let open = |ks: &Path| {
        run(
            &[
                "researcher",
                "request",
                "open",
                "--criteria",
                &criteria.display().to_string(),
                "--price",
                "1",
                "--max",
                "5",
                "--days",
                "30",
            ],
            ks,
        )
    };

    // A missing deployment is named, with what to do, before any password is asked for.
    let err =
        run(&["researcher", "register", "--deployment", "/nonexistent.json"], &lab).unwrap_err();
    assert!(err.contains("/nonexistent.json") && err.contains("medvault deploy"), "{err}");
    run(&["researcher", "register"], &lab).unwrap();
    // Not attested yet: refused before anything is signed or sent.
    let err = open(&lab).unwrap_err();
    assert!(err.contains("not a verified researcher"), "{err}");
    let attested =
        run(&["authority", "attest", "--researcher", &lab_addr.to_string()], &authority).unwrap();
    assert_eq!(attested["verified"], Value::Bool(true));

    // One transaction: permit and escrow. No prior approve.
    let before = token.balanceOf(lab_addr).call().await.unwrap();
    let opened = open(&lab).unwrap();
    let budget = U256::from(5u64) * U256::from(10u64).pow(U256::from(18));
    assert_eq!(opened["escrowed"].as_str().unwrap().parse::<U256>().unwrap(), budget);
    assert_eq!(token.balanceOf(lab_addr).call().await.unwrap(), before - budget);
    let request: U256 = opened["request"].as_str().unwrap().parse().unwrap();
    let on_chain = market.request(request).call().await.unwrap();
    assert_eq!(on_chain.researcher, lab_addr);
    assert_eq!(on_chain.maxRecords, 5);
    assert!(!opened["criteriaCid"].as_str().unwrap().is_empty());

    // Closing returns the whole unspent budget.
    let closed =
        run(&["researcher", "request", "close", "--request", &request.to_string()], &lab).unwrap();
    assert_eq!(closed["returned"].as_str().unwrap().parse::<U256>().unwrap(), budget);
    assert_eq!(token.balanceOf(lab_addr).call().await.unwrap(), before);
    assert!(market.request(request).call().await.unwrap().closed);
}

#[tokio::test(flavor = "multi_thread")]
async fn research_trade_from_approval_to_payment() {
    let mut stack = Stack::start();
    // The key committee attests each sale (registered patient, first sale to the request).
    stack.start_committee().await;
    let relayer = start_relayer(&stack).await;
    let api = relayer.url();
    let reader = stack.wallet(stack.chain.dev_key(8));
    let token = MedToken::new(stack.deployment.contracts.token, &reader);
    let market = DataMarket::new(stack.deployment.contracts.market, &reader);
    let run = |args: &[&str], ks: &Path| {
        let mut v: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        v.extend(["--keystore".into(), ks.display().to_string()]);
        let v: Vec<&str> = v.iter().map(String::as_str).collect();
        ok(&stack, api, &v, &[])
    };
    let (authority, _) = keystore(&stack, "authority.json", Some(stack.chain.dev_key(DEPLOYER)));
    let (lab, lab_addr) = keystore(&stack, "lab.json", Some(stack.chain.dev_key(6)));
    run(&["researcher", "register"], &lab);
    run(&["authority", "attest", "--researcher", &lab_addr.to_string()], &authority);
    let criteria = stack.dir.path().join("criteria.json");
    std::fs::write(&criteria, r#"{"not":{"sex":"male"}}"#).unwrap();
    let opened = run(
        &[
            "researcher",
            "request",
            "open",
            "--criteria",
            &criteria.display().to_string(),
            "--price",
            "1",
            "--max",
            "5",
            "--days",
            "30",
        ],
        &lab,
    );
    let request = opened["request"].as_str().unwrap().to_string();

    // The patient (no ETH) approves with their record; the relayer holds it until k (= 1 here).
    let (patient_ks, patient) = keystore(&stack, "patient.json", None);
    run(&["patient", "register"], &patient_ks);
    let fhir = stack.dir.path().join("record.json");
    std::fs::write(&fhir, RECORD).unwrap();
    // The patient's side matches the request's criteria (fetched by the CID the researcher filed
    // with the relayer, checked against the on-chain commitment) on the patient's own records.
    let male = stack.dir.path().join("male.json");
    std::fs::write(&male, RECORD.replace("\"gender\": \"female\"", "\"gender\": \"male\""))
        .unwrap();
    let feed = run(&["patient", "requests", &fhir.display().to_string()], &patient_ks);
    let listed = &feed["requests"][0];
    assert_eq!(listed["request"], Value::String(request.clone()), "{feed}");
    assert_eq!(listed["criteria"], Value::String(r#"{"not":{"sex":"male"}}"#.into()));
    assert_eq!(listed["matches"], Value::String("yes".into()), "{feed}");
    let feed = run(&["patient", "requests", &male.display().to_string()], &patient_ks);
    assert_eq!(feed["requests"][0]["matches"], Value::String("no".into()), "{feed}");
    let err = cli(
        &stack,
        api,
        &[
            "patient",
            "approve-trade",
            "--request",
            &request,
            &male.display().to_string(),
            "--keystore",
            &patient_ks.display().to_string(),
        ],
        &[],
    )
    .unwrap_err();
    assert!(err.contains("do not meet") && err.contains("nothing was signed"), "{err}");
    let approved = run(
        &["patient", "approve-trade", "--request", &request, &fhir.display().to_string()],
        &patient_ks,
    );
    assert_ne!(approved["class"]["ageBand"], Value::String("unknown".into()));
    // Sold through a one-time key, which is also paid: not the patient's account.
    let seller: Address = serde_json::from_value(approved["seller"].clone()).unwrap();
    assert_ne!(seller, patient);
    // A second sale of the same patient to the same request is refused by the key nodes.
    let err = cli(
        &stack,
        api,
        &[
            "patient",
            "approve-trade",
            "--request",
            &request,
            &fhir.display().to_string(),
            "--keystore",
            &patient_ks.display().to_string(),
        ],
        &[],
    )
    .unwrap_err();
    assert!(err.contains("attested") && err.contains("already sold"), "{err}");

    // Released and settled on-chain.
    let request_id: U256 = request.parse().unwrap();
    let mut listed = Value::Null;
    for _ in 0..100 {
        listed = run(&["researcher", "deliveries", "--request", &request], &lab);
        if !listed["deliveries"].as_array().unwrap().is_empty()
            && market.request(request_id).call().await.unwrap().settled == 1
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(listed["deliveries"].as_array().unwrap().len(), 1, "{listed}");
    assert_eq!(market.request(request_id).call().await.unwrap().settled, 1);

    // The researcher decrypts a de-identified view: FHIR, without the patient's identifiers.
    let out = stack.dir.path().join("deliveries");
    let fetched = run(
        &["researcher", "fetch", "--request", &request, "--out", &out.display().to_string()],
        &lab,
    );
    let file = fetched["deliveries"][0]["file"].as_str().unwrap();
    let view = std::fs::read_to_string(file).unwrap();
    medvault_fhir::parse_json(&view).unwrap();
    let original: Value = serde_json::from_str(RECORD).unwrap();
    let name = original["entry"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["resource"]["resourceType"] == "Patient")
        .and_then(|e| e["resource"]["name"][0]["family"].as_str())
        .unwrap()
        .to_string();
    assert!(!view.contains(&name), "the family name {name} leaked");

    // A second patient's trade, which the researcher disputes within the window.
    let (second_ks, _) = keystore(&stack, "second.json", None);
    run(&["patient", "register"], &second_ks);
    let second_approved = run(
        &["patient", "approve-trade", "--request", &request, &fhir.display().to_string()],
        &second_ks,
    );
    let second: Address = serde_json::from_value(second_approved["seller"].clone()).unwrap();
    for _ in 0..100 {
        if market.request(request_id).call().await.unwrap().settled == 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(market.request(request_id).call().await.unwrap().settled, 2);
    let second_s = second.to_string();
    // The dispute takes a bond of DISPUTE_BOND_BPS of the price into escrow (the CLI approves it).
    let escrow = stack.deployment.contracts.market;
    let held = token.balanceOf(escrow).call().await.unwrap();
    let bond = U256::from(market.request(request_id).call().await.unwrap().pricePerRecord)
        * U256::from(market.DISPUTE_BOND_BPS().call().await.unwrap())
        / U256::from(10_000u64);
    run(
        &[
            "researcher",
            "dispute",
            "--request",
            &request,
            "--seller",
            &second_s,
            "--reason",
            "duplicate",
        ],
        &lab,
    );
    assert_eq!(market.trade(request_id, second).call().await.unwrap().status, 2, "disputed");
    assert_eq!(token.balanceOf(escrow).call().await.unwrap(), held + bond, "bond escrowed");

    // After the dispute window the patient claims, still without ETH; the disputed one cannot.
    let window = market.disputeWindow().call().await.unwrap();
    warp(&reader, window + 1).await;
    assert_eq!(token.balanceOf(seller).call().await.unwrap(), U256::ZERO);
    let claimed = run(&["patient", "claim", "--request", &request], &patient_ks);
    assert_eq!(claimed["paidTo"], serde_json::json!(seller));
    assert!(token.balanceOf(seller).call().await.unwrap() > U256::ZERO);
    assert_eq!(token.balanceOf(patient).call().await.unwrap(), U256::ZERO, "not her account");
    assert_eq!(reader.get_balance(seller).await.unwrap(), U256::ZERO);
    let err = cli(
        &stack,
        api,
        &[
            "patient",
            "claim",
            "--request",
            &request,
            "--keystore",
            &second_ks.display().to_string(),
        ],
        &[],
    )
    .unwrap_err();
    assert!(err.contains("disputed") && err.contains("the arbiter decides until"), "{err}");
    assert_eq!(token.balanceOf(second).call().await.unwrap(), U256::ZERO);

    // The arbiter stays silent: once its window is over, the patient's claim settles the dispute
    // for her (the sale was attested), and the researcher's bond goes back to the researcher.
    let arbitration = market.ARBITRATION_WINDOW().call().await.unwrap();
    warp(&reader, arbitration).await;
    let lab_before = token.balanceOf(lab_addr).call().await.unwrap();
    let settled = run(&["patient", "claim", "--request", &request], &second_ks);
    assert_eq!(settled["paidTo"], serde_json::json!(second));
    assert!(token.balanceOf(second).call().await.unwrap() > U256::ZERO, "paid after silence");
    assert_eq!(token.balanceOf(lab_addr).call().await.unwrap(), lab_before + bond, "bond back");
    assert_eq!(reader.get_balance(second).await.unwrap(), U256::ZERO, "still no ETH");

    // Past the deadline the unspent budget goes back to the researcher.
    let refund_args = ["researcher", "request", "refund", "--request", request.as_str()];
    let err = cli(
        &stack,
        api,
        &[&refund_args[..], &["--keystore", &lab.display().to_string()]].concat(),
        &[],
    )
    .unwrap_err();
    assert!(err.contains("refundExpired"), "{err}");
    warp(&reader, 31 * 86_400).await;
    let refunded = run(&refund_args, &lab);
    let returned: U256 = refunded["returned"].as_str().unwrap().parse().unwrap();
    assert_eq!(
        returned,
        U256::from(3u64) * U256::from(10u64).pow(U256::from(18)),
        "3 unused slots"
    );
    assert!(market.request(request_id).call().await.unwrap().closed);
}

#[test]
fn the_demo_tells_the_whole_story() {
    // README command 1 runs `medvault demo`; it fails on any step whose outcome is not what the
    // story says (a dissenter not slashed, a refused read released, a name in a research view…).
    let output = Command::new(BIN)
        .arg("demo")
        .env("MEDVAULT_ROOT", root())
        .stdin(Stdio::null())
        .output()
        .expect("medvault demo runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    for line in [
        "Dr. Grey certified: true",
        "Dr. Cy: -",
        "Conditions: ",
        "(encounters (10)): 1 resource(s), anchored",
        "gave its share (released by 2 key nodes (consent)",
        "Dr. Bo reads the record filed after the grant",
        "Dr. Bo reads it again: released by 2 key nodes (consent)",
        "by 2 key nodes, each with its own receipt",
        "refused: the relayer did not release the key",
        "Dr. Bo may read Alice's emergency data now: false",
        "Alice's records match: yes",
        "2 deliveries released",
        "to her one-time trade key, which holds 1.95 MVT and 0 ETH",
        "ties Alice and Bea to no provider, category, emergency or trade, and none of their records",
        "2 trades settled; Alice sold as",
    ] {
        assert!(stdout.contains(line), "the story lacks {line:?}:\n{stdout}");
    }
    // Once the page is built (scripts/test builds it first), the demo serves it and says where.
    if root().join("web/dist/index.html").is_file() {
        assert!(
            stdout.lines().any(|l| l.contains("web page") && l.contains("http://127.0.0.1:")),
            "the demo does not print the web page's URL:\n{stdout}"
        );
    }
}
