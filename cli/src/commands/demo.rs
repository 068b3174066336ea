//! `medvault demo`: the whole story on a fresh local stack, told with the commands a user types.
//!
//! It starts anvil, an IPFS node, the contracts and the relayer, then runs the `medvault` CLI as its
//! users would — each command printed before its result — through every journey: providers
//! certified by the authority and by peer vote (a dishonest voter slashed), a patient with no ETH
//! receiving an encrypted FHIR record, a 30-day grant by signature then revoked and refused, an
//! emergency break-glass that expires and is reviewed, a research request matched on the patients'
//! side, released at k, paid after the dispute window and decrypted de-identified by the
//! researcher, and the patient's access log. The local chain's clock is moved forward where the
//! story waits for days.

use super::output::say;
use std::{
    path::{Path, PathBuf},
    time::Duration,
};

use alloy::{
    primitives::{Address, B256, U256, utils::format_ether},
    providers::{DynProvider, Provider, ProviderBuilder},
    signers::local::PrivateKeySigner,
};
use clap::Args;
use eyre::{WrapErr, bail, ensure, eyre};
use medvault_bindings::{
    consent_manager::ConsentManager, data_market::DataMarket, med_token::MedToken,
    provider_registry::ProviderRegistry,
};
use medvault_client::keys::Keyring;
use medvault_devnet::{
    InProcessRelayer, KeyNodes, Stack, free_listen_addr,
    observer::{self, Person},
};

use serde_json::Value;

use super::{
    dev::{RELAYER, start_committee, start_stack},
    shutdown_signal,
    story::Story,
};

/// The record the doctor writes: a realistic FHIR R4 bundle (synthetic patient).
const RECORD: &str = include_str!("../../../fhir/tests/fixtures/synthea_diabetic.json");

/// Fails unless the record `who` decrypted to `path` is byte for byte what Dr. Grey wrote.
fn same_as_written(path: &std::path::Path, who: &str) -> eyre::Result<()> {
    if std::fs::read_to_string(path)? != RECORD {
        bail!("{who}'s decrypted record differs from what Dr. Grey wrote");
    }
    Ok(())
}
/// The researcher's criteria: adults over 40 with type 2 diabetes (docs/FHIR.md).
const CRITERIA: &str = r#"{"all":[{"condition":{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"E11","prefix":true}},{"age":{"min":40}}]}"#;
/// Consent category of the record (conditions; see docs/FHIR.md).
const CATEGORY: &str = "3";
/// A hospital's FHIR export of one visit: the encounter, its diagnosis and the prescription.
const EXPORT: &str = r#"{"resourceType":"Bundle","type":"collection","entry":[
 {"fullUrl":"urn:uuid:e1","resource":{"resourceType":"Encounter","id":"e1","status":"finished",
  "class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB"},
  "type":[{"text":"Diabetes check-up"}],"period":{"start":"2026-11-21T09:00:00Z"},
  "diagnosis":[{"condition":{"reference":"urn:uuid:c1"}}]}},
 {"fullUrl":"urn:uuid:c1","resource":{"resourceType":"Condition","id":"c1",
  "subject":{"reference":"Patient/p1"},"encounter":{"reference":"urn:uuid:e1"},
  "code":{"coding":[{"system":"http://snomed.info/sct","code":"44054006","display":"Type 2 diabetes mellitus"}]}}},
 {"fullUrl":"urn:uuid:m1","resource":{"resourceType":"MedicationRequest","id":"m1","status":"active",
  "intent":"order","subject":{"reference":"Patient/p1"},"encounter":{"reference":"urn:uuid:e1"},
  "medicationCodeableConcept":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm",
  "code":"860975","display":"Metformin 500 MG Oral Tablet"}]},
  "dosageInstruction":[{"text":"1 tablet twice daily"}]}}]}"#;
/// The emergency category (docs/FHIR.md), which a break-glass opens.
/// Quasi-identifier class size before research data is released, kept small for the story.
const K: usize = 2;
/// Password of the demo's keystores.
const PASSWORD: &str = "medvault demo";
/// Anvil dev accounts by role (the deployer, index 0, is the certifying authority).
const AUTHORITY: usize = 0;
const PEERS: [(&str, usize); 3] = [("Ada", 1), ("Bo", 2), ("Cy", 3)];
const APPLICANT: usize = 4;
const LAB: usize = 6;

/// Options of `medvault demo`.
#[derive(Debug, Args)]
pub(crate) struct DemoArgs {}

/// Runs the demo; every process it starts stops when it returns, also on Ctrl-C or SIGTERM.
pub(crate) async fn run(_args: DemoArgs) -> eyre::Result<()> {
    let mut story = Story::default();
    say!("medvault demo — patient-owned medical records, every journey on a real local stack.");
    let mut stack = tokio::task::block_in_place(|| start_stack(&mut story))?;
    let workdir = tempfile::Builder::new().prefix("medvault-demo-").tempdir()?;
    let outcome = tokio::select! {
        result = async {
            let mut committee =
                start_committee(&mut story, &mut stack, workdir.path(), 3, 2).await?;
            tell(&mut story, &stack, &mut committee, workdir.path()).await
        } => Some(result),
        () = shutdown_signal() => None,
    };
    say!("\nStopping the key nodes, the relayer, the IPFS node and the chain.");
    drop(stack);
    drop(workdir);
    match outcome {
        Some(result) => result,
        None => {
            say!("Interrupted.");
            // The conventional status of a program stopped by SIGINT.
            std::process::exit(130)
        }
    }
}

/// The `medvault` command line, run as a user would in `dir`, against the demo's deployment file
/// (which names the chain, the relayer and the IPFS node).
struct Shell {
    exe: PathBuf,
    dir: PathBuf,
}

impl Shell {
    /// `medvault ARGS --json` in the demo's folder, with its deployment file and keystore password
    /// and nothing of the caller's `MEDVAULT_*` settings that could point elsewhere.
    fn command(&self, args: &[&str]) -> tokio::process::Command {
        let mut cmd = tokio::process::Command::new(&self.exe);
        cmd.args(args)
            .arg("--json")
            .current_dir(&self.dir)
            .env("MEDVAULT_DEPLOYMENT", "deployment.json")
            .env("MEDVAULT_PASSWORD", PASSWORD)
            .env_remove("MEDVAULT_KEYSTORE")
            .env_remove("MEDVAULT_RPC_URL")
            .env_remove("MEDVAULT_RELAYER_URL")
            .env_remove("MEDVAULT_IPFS_URL")
            .stdin(std::process::Stdio::null())
            .kill_on_drop(true);
        cmd
    }

    /// Runs `medvault ARGS --json`, printing the command; the parsed result, or the error it printed.
    async fn try_run(&self, args: &[&str]) -> eyre::Result<Result<Value, String>> {
        say!("   $ medvault {}", args.join(" "));
        let output = self.command(args).output().await.wrap_err("cannot run medvault")?;
        if !output.status.success() {
            // The error and its causes (`Error: …`, `  because: …`).
            let stderr = String::from_utf8_lossy(&output.stderr);
            let reason: Vec<&str> = stderr
                .lines()
                .filter_map(|l| l.strip_prefix("Error: ").or_else(|| l.strip_prefix("  because: ")))
                .collect();
            let reason = if reason.is_empty() {
                stderr.trim().lines().last().unwrap_or_default().to_string()
            } else {
                reason.join(": ")
            };
            return Ok(Err(reason.to_string()));
        }
        let stdout = String::from_utf8_lossy(&output.stdout);
        Ok(Ok(serde_json::from_str(stdout.trim())
            .wrap_err_with(|| format!("medvault {} printed no JSON: {stdout}", args.join(" ")))?))
    }

    /// Runs a command that must succeed.
    async fn run(&self, args: &[&str]) -> eyre::Result<Value> {
        self.try_run(args).await?.map_err(|e| eyre!("`medvault {}` failed: {e}", args.join(" ")))
    }

    /// Runs a command that must be refused; the reason it gave.
    async fn refused(&self, args: &[&str]) -> eyre::Result<String> {
        match self.try_run(args).await? {
            Err(reason) => Ok(reason),
            Ok(v) => {
                bail!("`medvault {}` should have been refused, but printed {v}", args.join(" "))
            }
        }
    }

    /// Creates a keystore `name.json`: from an anvil dev key, or a fresh random key.
    async fn keystore(&self, name: &str, dev_key: Option<B256>) -> eyre::Result<(String, Address)> {
        let file = format!("{name}.json");
        let verb = if dev_key.is_some() { "import" } else { "new" };
        // Throwaway accounts on a local chain: the light scrypt cost (geth's --lightkdf).
        let mut cmd = self.command(&["account", verb, "--light-kdf", "--keystore", &file]);
        if let Some(key) = dev_key {
            cmd.env("MEDVAULT_PRIVATE_KEY", key.to_string());
        }
        let output = cmd.output().await?;
        if !output.status.success() {
            bail!("creating {file}: {}", String::from_utf8_lossy(&output.stderr));
        }
        let v: Value = serde_json::from_slice(&output.stdout)?;
        Ok((file, field(&v, "address")?.parse()?))
    }
}

/// A string field of a command's JSON result.
fn field(v: &Value, name: &str) -> eyre::Result<String> {
    match &v[name] {
        Value::String(s) => Ok(s.clone()),
        Value::Null => bail!("the result has no `{name}`: {v}"),
        other => Ok(other.to_string()),
    }
}

/// The people of the story.
struct Cast {
    authority: String,
    peers: Vec<(String, String, Address)>,
    grey: (String, Address),
    lab: (String, Address),
    alice: (String, Address),
    bea: (String, Address),
}

async fn tell(
    story: &mut Story,
    stack: &Stack,
    committee: &mut KeyNodes,
    workdir: &Path,
) -> eyre::Result<()> {
    let rpc = stack.chain.rpc_url();
    let chain: DynProvider = ProviderBuilder::new().connect_http(rpc.parse()?).erased();
    let d = &stack.deployment;
    let token = MedToken::new(d.contracts.token, &chain);
    let providers = ProviderRegistry::new(d.contracts.providers, &chain);
    let consent = ConsentManager::new(d.contracts.consent, &chain);
    let market = DataMarket::new(d.contracts.market, &chain);

    // ----------------------------------------------------------------- the relayer
    story.step("Start the relayer: it only ever sees ciphertext, public keys and signatures");
    let listen = free_listen_addr();
    let api = format!("http://{listen}");
    let deployment_file = stack.write_deployment(&workdir.join("deployment.json"), Some(&api))?;
    let flags = [
        "--batch.max-records=1024".to_string(),
        "--batch.window-ms=300".to_string(),
        "--max-body-bytes=16777216".to_string(),
        format!("--market.k={K}"),
        "--access-log.interval-ms=1000".to_string(),
    ];
    let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
    let config = stack.serve_config(workdir, &deployment_file, listen, &flags)?;
    let mut relayer = InProcessRelayer::start(config).await?;
    story.fact("relayer API", &api);
    story.fact("relayer account", stack.chain.dev_address(RELAYER));
    story.detail(format!(
        "Research data is released in classes of at least k = {K} patients (production: 11)."
    ));
    story.detail(format!(
        "The commands below run in {}, where deployment.json says where the chain, the relayer and IPFS are.",
        workdir.display()
    ));

    let page =
        super::dev::start_page(story, stack.tools.root().join("web/dist"), &deployment_file, None)
            .await?;

    let sh = Shell { exe: std::env::current_exe()?, dir: workdir.to_path_buf() };
    let outcome =
        journeys(story, stack, committee, &sh, &chain, &token, &providers, &consent, &market).await;
    // At a terminal, the stack stays up for the web page until the user is done with it.
    if outcome.is_ok()
        && let Some(page) = page
    {
        if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
            story.step("The stack and its web page keep running");
            story.detail(format!(
                "Open the web page above in a browser with a wallet; the dev accounts' keys are \
                 anvil's well-known ones (account {RELAYER} is the relayer's). Press Enter to stop."
            ));
            let _ = tokio::task::spawn_blocking(|| std::io::stdin().read_line(&mut String::new()))
                .await;
        }
        page.abort();
    }
    relayer.stop().await?;
    outcome
}

#[allow(clippy::too_many_arguments)]
async fn journeys(
    story: &mut Story,
    stack: &Stack,
    committee: &mut KeyNodes,
    sh: &Shell,
    chain: &DynProvider,
    token: &MedToken::MedTokenInstance<&DynProvider>,
    providers: &ProviderRegistry::ProviderRegistryInstance<&DynProvider>,
    consent: &ConsentManager::ConsentManagerInstance<&DynProvider>,
    market: &DataMarket::DataMarketInstance<&DynProvider>,
) -> eyre::Result<()> {
    // ----------------------------------------------------------------- keystores
    story.step("Everyone's key lives in an encrypted keystore (the format Ethereum wallets use)");
    let dev = |i: usize| Some(stack.chain.dev_key(i));
    let (authority, _) = sh.keystore("authority", dev(AUTHORITY)).await?;
    let mut peers = Vec::new();
    for (name, i) in PEERS {
        let (ks, addr) = sh.keystore(&name.to_lowercase(), dev(i)).await?;
        peers.push((name.to_string(), ks, addr));
    }
    let grey = sh.keystore("grey", dev(APPLICANT)).await?;
    let lab = sh.keystore("lab", dev(LAB)).await?;
    let alice = sh.keystore("alice", None).await?;
    let bea = sh.keystore("bea", None).await?;
    for (name, _, addr) in &peers {
        story.fact(&format!("Dr. {name}"), addr);
    }
    story.fact("Dr. Grey", grey.1);
    story.fact("the lab", lab.1);
    story.fact("Alice (patient)", format!("{} (new key)", alice.1));
    story.fact("Bea (patient)", format!("{} (new key)", bea.1));
    let cast = Cast { authority, peers, grey, lab, alice, bea };

    certification(story, sh, &cast, chain, token, providers).await?;
    let record = records_and_consent(story, sh, &cast, chain, consent, committee).await?;
    research(story, sh, &cast, chain, token, market, &record).await?;

    // ----------------------------------------------------------------- the access log
    story.step("Alice reads her access log: every key release and refusal, signed and anchored");
    let (alice_ks, alice) = (&cast.alice.0, cast.alice.1);
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let log = sh.run(&["patient", "access-log", "--keystore", alice_ks]).await?;
    let receipts = log["receipts"].as_array().cloned().unwrap_or_default();
    for r in &receipts {
        let reader = field(r, "reader")?.parse::<Address>()?;
        let who = cast
            .peers
            .iter()
            .find(|(_, _, a)| *a == reader)
            .map(|(n, _, _)| format!("Dr. {n}"))
            .unwrap_or_else(|| if reader == alice { "Alice".into() } else { reader.to_string() });
        let decision = if r["granted"] == Value::Bool(true) { "released" } else { "refused" };
        let anchored = r["anchor"]["txHash"]
            .as_str()
            .map_or_else(|| "anchoring".to_string(), |tx| format!("anchored in {tx}"));
        story.detail(format!("{decision:<8} to {who:<8} ({}) — {anchored}", field(r, "reason")?));
    }
    if receipts.is_empty() {
        bail!("the access log is empty");
    }
    let node_reads = log["keyNodes"].as_array().cloned().unwrap_or_default();
    for r in &node_reads {
        let reader = field(r, "reader")?.parse::<Address>()?;
        let who = cast
            .peers
            .iter()
            .find(|(_, _, a)| *a == reader)
            .map_or_else(|| reader.to_string(), |(n, _, _)| format!("Dr. {n}"));
        let nodes = r["nodes"].as_array().map_or(0, Vec::len);
        let anchored = r["nodes"]
            .as_array()
            .map_or(0, |n| n.iter().filter(|n| n["anchoredIn"].is_string()).count());
        let decision = if r["granted"] == Value::Bool(true) { "released" } else { "refused" };
        story.detail(format!(
            "{decision:<8} to {who:<8} by {nodes} key nodes, each with its own receipt ({anchored} anchored)"
        ));
    }
    if node_reads.is_empty() {
        bail!("the key nodes logged no read");
    }
    story.ok(format!(
        "{} receipts; Alice's ETH balance is still {}",
        receipts.len(),
        eth(chain, alice).await?
    ));

    // ----------------------------------------------------------------- the observer
    story.step(
        "An outsider reads the whole public chain and every object on IPFS: what does it tie to \
         Alice or Bea?",
    );
    let mut people = Vec::new();
    for (name, (ks, account)) in [("Alice", &cast.alice), ("Bea", &cast.bea)] {
        let signer = PrivateKeySigner::decrypt_keystore(sh.dir.join(ks), PASSWORD)?;
        let keys = Keyring::derive(
            &signer,
            stack.deployment.chain_id,
            stack.deployment.contracts.accounts,
            1,
        )
        .await?;
        people.push(Person { name: name.into(), account: *account, keys });
    }
    let observed =
        observer::observe(chain, &stack.deployment, Some(stack.ipfs.api_url()), &people).await?;
    story.detail(format!(
        "{} transactions, {} logs and {} IPFS objects read; {} of their pseudonyms appear, each \
         on its own",
        observed.transactions, observed.logs, observed.objects, observed.pseudonyms_seen
    ));
    if observed.objects == 0 {
        bail!(
            "the outsider found nothing on IPFS to read: the batches and manifests should be there"
        );
    }
    if !observed.findings.is_empty() {
        for f in &observed.findings {
            story.detail(f.to_string());
        }
        bail!("what is public ties a patient to a provider, category, record, emergency or trade");
    }
    story.ok(format!(
        "an outsider who reads all {} transactions and {} objects ties Alice and Bea to no \
         provider, category, emergency or trade, and none of their records, grants or trades to \
         each other",
        observed.transactions, observed.objects
    ));

    story.step("Done");
    story.detail("Every step above is on the public chain, by transaction hash, and every record,");
    story.detail("criteria document and delivery is ciphertext or a commitment on IPFS.");
    Ok(())
}

/// Three doctors certified by the authority; a fourth by their peer vote, with a dishonest voter.
async fn certification(
    story: &mut Story,
    sh: &Shell,
    cast: &Cast,
    chain: &DynProvider,
    token: &MedToken::MedTokenInstance<&DynProvider>,
    providers: &ProviderRegistry::ProviderRegistryInstance<&DynProvider>,
) -> eyre::Result<()> {
    story.step("Three doctors stake tokens; the certifying authority certifies them");
    for (name, ks, addr) in &cast.peers {
        sh.run(&["provider", "register", "--keystore", ks]).await?;
        let staked = sh.run(&["provider", "stake", "--keystore", ks]).await?;
        let certified = sh
            .run(&[
                "authority",
                "certify",
                "--provider",
                &addr.to_string(),
                "--keystore",
                &cast.authority,
            ])
            .await?;
        story.ok(format!(
            "Dr. {name}: staked {}, certified in {}",
            mvt(&field(&staked, "stake")?)?,
            field(&certified, "txHash")?
        ));
    }

    story.step("Dr. Grey applies; her certified peers review her by commit–reveal vote");
    let (grey_ks, grey) = (&cast.grey.0, cast.grey.1);
    sh.run(&["provider", "register", "--keystore", grey_ks]).await?;
    sh.run(&["provider", "stake", "--keystore", grey_ks]).await?;
    let opened = sh.run(&["provider", "review", "request", "--keystore", grey_ks]).await?;
    let review = field(&opened, "review")?;
    story.fact("review", &review);
    let mut before = Vec::new();
    for (i, (name, ks, addr)) in cast.peers.iter().enumerate() {
        before.push(token.balanceOf(*addr).call().await?);
        // Dr. Cy votes against what the credentials show: the dishonest vote.
        let choice = if i < 2 { "--approve" } else { "--reject" };
        let committed = sh
            .run(&["provider", "vote", "commit", "--review", &review, choice, "--keystore", ks])
            .await?;
        story.detail(format!(
            "Dr. {name} commits a sealed vote with a bond ({})",
            field(&committed, "txHash")?
        ));
    }
    story.detail("The chain moves two days forward: the commit phase ends.");
    warp(chain, 2 * 86_400 + 1).await?;
    for (name, ks, _) in &cast.peers {
        let revealed =
            sh.run(&["provider", "vote", "reveal", "--review", &review, "--keystore", ks]).await?;
        story.detail(format!("Dr. {name} reveals: {}", field(&revealed, "vote")?));
    }
    story.detail("Two more days: the reveal phase ends.");
    warp(chain, 2 * 86_400 + 1).await?;
    let finalized = sh
        .run(&["provider", "finalize", "--review", &review, "--keystore", &cast.peers[0].1])
        .await?;
    story.ok(format!(
        "review {review}: {} ({} to {}); Dr. Grey certified: {} — {}",
        field(&finalized, "outcome")?,
        field(&finalized, "yes")?,
        field(&finalized, "no")?,
        providers.isCertified(grey).call().await?,
        field(&finalized, "txHash")?
    ));

    story.step("Bonds are settled: the honest voters are rewarded, the dishonest one is slashed");
    for (i, (name, ks, addr)) in cast.peers.iter().enumerate() {
        sh.run(&["provider", "claim-bond", "--review", &review, "--keystore", ks]).await?;
        let after = token.balanceOf(*addr).call().await?;
        let change = if after >= before[i] {
            format!("+{}", ether(after - before[i]))
        } else {
            format!("-{}", ether(before[i] - after))
        };
        story.detail(format!("Dr. {name}: {change} MVT"));
        if i == 2 && after >= before[i] {
            bail!("the dissenting voter was not slashed");
        }
    }
    Ok(())
}

/// What the research part needs of the record story.
struct Filed {
    /// Alice's decrypted record, as she keeps it.
    alice_file: String,
}

/// A record for Alice, her grant and revocation, and an emergency access.
async fn records_and_consent(
    story: &mut Story,
    sh: &Shell,
    cast: &Cast,
    chain: &DynProvider,
    consent: &ConsentManager::ConsentManagerInstance<&DynProvider>,
    committee: &mut KeyNodes,
) -> eyre::Result<Filed> {
    let (alice_ks, alice) = (&cast.alice.0, cast.alice.1);
    let grey_ks = &cast.grey.0;
    let (ada_ks, ada) = (&cast.peers[0].1, cast.peers[0].2);
    let (bo_ks, bo) = (&cast.peers[1].1, cast.peers[1].2);

    story
        .step("Alice, a patient with no ETH, registers by signing in her wallet; the relayer pays");
    let registered = sh.run(&["patient", "register", "--keystore", alice_ks]).await?;
    story.ok(format!(
        "registered in {}; Alice's ETH balance: {}",
        field(&registered, "txHash")?,
        eth(chain, alice).await?
    ));

    story.step("Dr. Grey tries to file a record about Alice before she has agreed to it");
    std::fs::write(sh.dir.join("visit-2026-11-21.json"), RECORD)?;
    let upload_args = [
        "provider",
        "upload",
        "--patient",
        &alice.to_string(),
        "--category",
        CATEGORY,
        "visit-2026-11-21.json",
        "--keystore",
        grey_ks,
    ];
    let refused = sh.refused(&upload_args).await?;
    ensure!(refused.contains("WRITE consent"), "refused for another reason: {refused}");
    story.ok("refused: writing into a patient's history needs her WRITE consent");

    story.step("Alice lets Dr. Grey write her lab results for 30 days (WRITE on the category)");
    sh.run(&[
        "patient",
        "grant",
        "--grantee",
        &cast.grey.1.to_string(),
        "--category",
        CATEGORY,
        "--write",
        "--days",
        "30",
        "--keystore",
        alice_ks,
    ])
    .await?;
    story.ok("granted by signature; the relayer submitted it");

    story.step("Dr. Grey encrypts Alice's FHIR record on her own machine and uploads it");
    let uploaded = sh.run(&upload_args).await?;
    let rec = &uploaded["records"][0];
    let id = field(rec, "id")?;
    let record_id = field(rec, "recordId")?;
    story.fact("record id", &record_id);
    story.fact("ciphertext CID", field(rec, "cid")?);
    story.fact("batch root", field(rec, "root")?);
    story.fact("anchored (tx)", field(rec, "anchorTx")?);
    story
        .detail("The relayer pinned the ciphertext and anchored its batch's Merkle root on-chain.");

    story.step("Alice lists her records, checks hers against the chain and decrypts it");
    let listed = sh.run(&["patient", "records", "--keystore", alice_ks]).await?;
    let count = listed["records"].as_array().map_or(0, Vec::len);
    story.detail(format!("{count} record(s) filed for Alice"));
    let verified = sh
        .run(&[
            "patient",
            "verify",
            "--id",
            &id,
            "--out",
            "alice-record.json",
            "--keystore",
            alice_ks,
        ])
        .await?;
    story.ok(format!(
        "hash, Merkle proof and on-chain root check out; author: {}; key: {}",
        field(&verified, "authorship")?,
        field(&verified, "key")?
    ));
    same_as_written(&sh.dir.join("alice-record.json"), "Alice")?;
    story.ok("the decrypted record is byte for byte what Dr. Grey wrote");

    story.step("Alice reads it as a clinician would, not as JSON (`patient show`)");
    let shown = sh.run(&["patient", "show", "--id", &id, "--keystore", alice_ks]).await?;
    for section in shown["rendered"]["sections"].as_array().into_iter().flatten() {
        let lines = section["lines"].as_array().map_or(&[][..], Vec::as_slice);
        let first = lines.first().and_then(|l| l["text"].as_str()).unwrap_or_default();
        story.detail(format!(
            "{}: {first}{}",
            field(section, "title")?,
            match lines.len() {
                0 | 1 => String::new(),
                n => format!(" (+{} more)", n - 1),
            }
        ));
    }

    story.step("Dr. Grey imports Alice's hospital export: one record per consent category");
    for category in ["encounters", "medications"] {
        sh.run(&[
            "patient",
            "grant",
            "--grantee",
            &cast.grey.1.to_string(),
            "--category",
            category,
            "--write",
            "--days",
            "30",
            "--keystore",
            alice_ks,
        ])
        .await?;
    }
    story.detail(
        "Alice first lets her write encounters and medications too (by name, by signature)",
    );
    std::fs::write(sh.dir.join("hospital-export.json"), EXPORT)?;
    let imported = sh
        .run(&[
            "provider",
            "import",
            "--patient",
            &alice.to_string(),
            "hospital-export.json",
            "--keystore",
            grey_ks,
        ])
        .await?;
    for r in imported["records"].as_array().into_iter().flatten() {
        story.detail(format!(
            "record {} ({}): {} resource(s), anchored",
            field(r, "id")?,
            field(r, "category")?,
            field(r, "resources")?
        ));
    }
    story.ok("a grant on one category now opens exactly that part of the export");

    story.step("Alice grants Dr. Ada read access to the record for 30 days, by wallet signature");
    let granted = sh
        .run(&[
            "patient",
            "grant",
            "--grantee",
            &ada.to_string(),
            "--record",
            &record_id,
            "--read",
            "--days",
            "30",
            "--keystore",
            alice_ks,
        ])
        .await?;
    story.fact("grant (tx)", field(&granted, "txHash")?);
    story.fact("key from", field(&granted, "keyFrom")?);
    let read = sh
        .run(&["provider", "read", "--id", &id, "--out", "ada-copy.json", "--keystore", ada_ks])
        .await?;
    same_as_written(&sh.dir.join("ada-copy.json"), "Dr. Ada")?;
    story.ok(format!(
        "Dr. Ada reads it: each key node checked the grant on-chain and gave its share ({}); her \
         copy is byte for byte what Dr. Grey wrote",
        field(&read, "key")?
    ));

    story.step("Alice revokes the grant; Dr. Ada is refused");
    let revoked = sh
        .run(&[
            "patient",
            "revoke",
            "--grantee",
            &ada.to_string(),
            "--record",
            &record_id,
            "--keystore",
            alice_ks,
        ])
        .await?;
    story.fact("revoke (tx)", field(&revoked, "txHash")?);
    let reason = sh
        .refused(&["provider", "read", "--id", &id, "--out", "ada-copy.json", "--keystore", ada_ks])
        .await?;
    story.ok(format!("refused: {reason}"));

    story.step(
        "Alice grants Dr. Bo her whole category for 30 days, before Dr. Grey files her next visit",
    );
    sh.run(&[
        "patient",
        "grant",
        "--grantee",
        &bo.to_string(),
        "--category",
        CATEGORY,
        "--read",
        "--days",
        "30",
        "--keystore",
        alice_ks,
    ])
    .await?;
    std::fs::write(sh.dir.join("visit-2026-12-01.json"), RECORD)?;
    let later = sh
        .run(&[
            "provider",
            "upload",
            "--patient",
            &alice.to_string(),
            "--category",
            CATEGORY,
            "visit-2026-12-01.json",
            "--keystore",
            grey_ks,
        ])
        .await?;
    let later_id = field(&later["records"][0], "id")?;
    let read = sh
        .run(&["provider", "read", "--id", &later_id, "--out", "bo-copy.json", "--keystore", bo_ks])
        .await?;
    same_as_written(&sh.dir.join("bo-copy.json"), "Dr. Bo")?;
    story.ok(format!(
        "Dr. Bo reads the record filed after the grant: each key node checked the grant on-chain \
         on its own, logged a receipt, and gave a share of the key ({})",
        field(&read, "key")?
    ));

    story.step("Key node 3 goes down mid-story; any two of the three still release the key");
    committee.nodes[2].stop();
    let read = sh
        .run(&[
            "provider",
            "read",
            "--id",
            &later_id,
            "--out",
            "bo-again.json",
            "--keystore",
            bo_ks,
        ])
        .await?;
    same_as_written(&sh.dir.join("bo-again.json"), "Dr. Bo")?;
    story.ok(format!("Dr. Bo reads it again: {}", field(&read, "key")?));
    story.detail(format!("not answering: {}", read["keyNodesNotUsed"]));

    story.step("Alice writes her emergency profile (a FHIR record only a break-glass opens)");
    let saved = sh
        .run(&[
            "patient",
            "emergency",
            "profile",
            "set",
            "--blood-type",
            "O-",
            "--allergy",
            "penicillin: anaphylaxis (severe)",
            "--medication",
            "metformin: 500 mg twice daily",
            "--condition",
            "type 2 diabetes",
            "--contact",
            "Bob Smith (spouse): +1 555 0100",
            "--keystore",
            alice_ks,
        ])
        .await?;
    story.ok(format!(
        "saved as record {} (version {}), wrapped to the key committee like every record",
        field(&saved, "id")?,
        field(&saved, "version")?
    ));

    story.step("Emergency: Alice arrives unconscious; Dr. Bo reads her emergency profile");
    let read = sh
        .run(&[
            "provider",
            "emergency",
            "read",
            "--patient",
            &alice.to_string(),
            "--reason",
            "7",
            "--keystore",
            bo_ks,
        ])
        .await?;
    let emergency = field(&read, "emergency")?;
    story.fact("emergency (break-glass opened now)", &emergency);
    let tag: B256 = field(&read, "tag")?.parse()?;
    story.fact("Alice, as the chain names her (a salted tag)", tag);
    let profile = &read["records"][0]["profile"];
    ensure!(profile["bloodType"] == "O-", "the profile read is not Alice's: {read}");
    story.ok(format!(
        "Dr. Bo reads blood group {}, allergy to {} ({}), taking {}; two key nodes logged it",
        field(profile, "bloodType")?,
        field(&profile["allergies"][0], "substance")?,
        field(&profile["allergies"][0], "reaction")?,
        field(&profile["medications"][0], "name")?,
    ));
    let access = || consent.inEmergency(tag, bo);
    story.detail(format!(
        "the emergency category only, while the window is open: {}",
        access().call().await?
    ));

    story.step("A day later the window has closed by itself; Alice reviews the access");
    warp(chain, 86_400 + 1).await?;
    story.ok(format!("Dr. Bo may read Alice's emergency data now: {}", access().call().await?));
    let list = sh.run(&["patient", "emergency", "list", "--keystore", alice_ks]).await?;
    if let Some(e) = list["emergencies"].as_array().and_then(|a| a.first()) {
        story.detail(format!(
            "emergency {} by {}: {}, active: {}",
            field(e, "emergency")?,
            field(e, "provider")?,
            field(e, "status")?,
            field(e, "active")?
        ));
    }
    let reviewed = sh
        .run(&[
            "patient",
            "emergency",
            "review",
            "--id",
            &emergency,
            "--accept",
            "--keystore",
            alice_ks,
        ])
        .await?;
    story.ok(format!(
        "reviewed: {} ({})",
        field(&reviewed, "status")?,
        field(&reviewed, "txHash")?
    ));
    Ok(Filed { alice_file: "alice-record.json".into() })
}

/// A research request matched on the patients' side, released at k, paid and decrypted.
#[allow(clippy::too_many_arguments)]
async fn research(
    story: &mut Story,
    sh: &Shell,
    cast: &Cast,
    chain: &DynProvider,
    token: &MedToken::MedTokenInstance<&DynProvider>,
    market: &DataMarket::DataMarketInstance<&DynProvider>,
    filed: &Filed,
) -> eyre::Result<()> {
    let (lab_ks, lab) = (&cast.lab.0, cast.lab.1);
    let (alice_ks, alice) = (&cast.alice.0, cast.alice.1);
    let bea_ks = &cast.bea.0;

    story.step("A lab is attested and opens a research request, escrowing its budget by permit");
    sh.run(&["researcher", "register", "--keystore", lab_ks]).await?;
    sh.run(&[
        "authority",
        "attest",
        "--researcher",
        &lab.to_string(),
        "--keystore",
        &cast.authority,
    ])
    .await?;
    std::fs::write(sh.dir.join("criteria.json"), CRITERIA)?;
    let opened = sh
        .run(&[
            "researcher",
            "request",
            "open",
            "--criteria",
            "criteria.json",
            "--price",
            "2",
            "--max",
            "5",
            "--days",
            "30",
            "--keystore",
            lab_ks,
        ])
        .await?;
    let request = field(&opened, "request")?;
    story.fact("request", &request);
    story.fact("criteria CID", field(&opened, "criteriaCid")?);
    story.fact("escrowed", mvt(&field(&opened, "escrowed")?)?);
    story.fact("opened (tx)", field(&opened, "txHash")?);

    story.step("Alice's wallet checks the request against her own records and she approves it");
    let feed = sh.run(&["patient", "requests", &filed.alice_file, "--keystore", alice_ks]).await?;
    let entry = feed["requests"]
        .as_array()
        .and_then(|a| a.iter().find(|r| r["request"] == Value::String(request.clone())))
        .ok_or_else(|| eyre!("request {request} is not in the feed: {feed}"))?;
    story.ok(format!("criteria (checked against the chain): {}", field(entry, "criteria")?));
    story.ok(format!("Alice's records match: {}", field(entry, "matches")?));
    let approved = sh
        .run(&[
            "patient",
            "approve-trade",
            "--request",
            &request,
            &filed.alice_file,
            "--keystore",
            alice_ks,
        ])
        .await?;
    story.fact("delivery CID", field(&approved, "deliveryCid")?);
    story.fact("sold by (one-time trade key)", field(&approved, "seller")?);
    story.detail(format!(
        "De-identified on her machine, encrypted for the lab; class {}: held until k = {K}",
        approved["class"]
    ));

    story.step("Bea, in the same age band, sex and region, approves too: the class reaches k");
    sh.run(&["patient", "register", "--keystore", bea_ks]).await?;
    std::fs::write(sh.dir.join("bea-record.json"), renamed(RECORD, "Okafor", "Bea")?)?;
    sh.run(&[
        "patient",
        "approve-trade",
        "--request",
        &request,
        "bea-record.json",
        "--keystore",
        bea_ks,
    ])
    .await?;
    let settled = settled_class(market, request.parse()?).await?;
    let deliveries =
        sh.run(&["researcher", "deliveries", "--request", &request, "--keystore", lab_ks]).await?;
    story.ok(format!(
        "{} deliveries released; {settled} trades settled on-chain by the relayer",
        deliveries["deliveries"].as_array().map_or(0, Vec::len)
    ));

    story.step("The lab fetches and decrypts the de-identified data");
    let fetched = sh
        .run(&[
            "researcher",
            "fetch",
            "--request",
            &request,
            "--out",
            "research",
            "--keystore",
            lab_ks,
        ])
        .await?;
    for d in fetched["deliveries"].as_array().cloned().unwrap_or_default() {
        let file = field(&d, "file")?;
        let view = std::fs::read_to_string(sh.dir.join(&file))
            .or_else(|_| std::fs::read_to_string(&file))?;
        let resources =
            serde_json::from_str::<Value>(&view)?["entry"].as_array().map_or(0, Vec::len);
        for name in ["Okafor", family_name(RECORD)?.as_str()] {
            if view.contains(name) {
                bail!("the research view {file} still names {name}");
            }
        }
        story.ok(format!("{file}: {resources} FHIR resources, no name, address or identifier"));
    }

    story.step("After the dispute window, Alice claims her payment — still without ETH");
    let window = market.disputeWindow().call().await?;
    story.detail(format!(
        "The chain moves {} days forward: the dispute window ends.",
        window / 86_400
    ));
    warp(chain, window + 1).await?;
    let claimed =
        sh.run(&["patient", "claim", "--request", &request, "--keystore", alice_ks]).await?;
    let paid_to: Address = field(&claimed, "paidTo")?.parse()?;
    story.ok(format!(
        "paid {} by {} to her one-time trade key, which holds {} and {}",
        mvt(&field(&claimed, "payout")?)?,
        field(&claimed, "paidBy")?,
        medvault_primitives::human::MVT.format(token.balanceOf(paid_to).call().await?),
        eth(chain, paid_to).await?
    ));
    story.detail(format!(
        "Nothing on-chain ties {paid_to} to Alice ({alice}): the key nodes attested the sale"
    ));

    story.step("A second study: Alice and Bea sell again, each through a new one-time key");
    let opened = sh
        .run(&[
            "researcher",
            "request",
            "open",
            "--criteria",
            "criteria.json",
            "--price",
            "1",
            "--max",
            "5",
            "--days",
            "30",
            "--keystore",
            lab_ks,
        ])
        .await?;
    let second = field(&opened, "request")?;
    let mut sellers = Vec::new();
    for (ks, file) in [(alice_ks, filed.alice_file.as_str()), (bea_ks, "bea-record.json")] {
        let approved = sh
            .run(&["patient", "approve-trade", "--request", &second, file, "--keystore", ks])
            .await?;
        sellers.push(field(&approved, "seller")?.parse::<Address>()?);
    }
    let settled = settled_class(market, second.parse()?).await?;
    if sellers[0] == paid_to {
        bail!("Alice's two trades share a key");
    }
    story.ok(format!(
        "request {second}: {settled} trades settled; Alice sold as {} this time, not as {paid_to}",
        sellers[0]
    ));
    Ok(())
}

/// Waits (up to 30 s) until the relayer has settled a class of k trades of `request`; how many
/// trades the request has settled.
async fn settled_class(
    market: &DataMarket::DataMarketInstance<&DynProvider>,
    request: U256,
) -> eyre::Result<u32> {
    let mut settled = 0;
    for _ in 0..150 {
        settled = market.request(request).call().await?.settled;
        if settled as usize >= K {
            return Ok(settled);
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    bail!("the relayer did not settle request {request}'s class of {K} (settled: {settled})")
}

/// The FHIR bundle with its patient renamed (another person in the same class, for the story).
fn renamed(bundle: &str, family: &str, given: &str) -> eyre::Result<String> {
    let mut v: Value = serde_json::from_str(bundle)?;
    for e in v["entry"].as_array_mut().into_iter().flatten() {
        if e["resource"]["resourceType"] == "Patient" {
            e["resource"]["name"] = serde_json::json!([{ "family": family, "given": [given] }]);
        }
    }
    Ok(serde_json::to_string_pretty(&v)?)
}

/// The patient's family name in a bundle.
fn family_name(bundle: &str) -> eyre::Result<String> {
    let v: Value = serde_json::from_str(bundle)?;
    v["entry"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|e| e["resource"]["resourceType"] == "Patient")
        .and_then(|e| e["resource"]["name"][0]["family"].as_str())
        .map(str::to_string)
        .ok_or_else(|| eyre!("the bundle names no patient"))
}

/// Tokens in MVT from a decimal count of base units, as every command says them (`1,000 MVT`).
fn mvt(wei: &str) -> eyre::Result<String> {
    Ok(medvault_primitives::human::MVT.format(wei.parse::<U256>()?))
}

/// An amount of 18-decimal units, without trailing zeros (`1.95`, `0`).
fn ether(amount: U256) -> String {
    let s = format_ether(amount);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// An account's ETH balance, in ETH.
async fn eth(chain: &DynProvider, account: Address) -> eyre::Result<String> {
    Ok(format!("{} ETH", ether(chain.get_balance(account).await?)))
}

/// Moves the local chain's clock forward by `secs` and mines a block.
async fn warp(chain: &DynProvider, secs: u64) -> eyre::Result<()> {
    let _: Value = chain.raw_request("evm_increaseTime".into(), (secs,)).await?;
    let _: Value = chain.raw_request("evm_mine".into(), ()).await?;
    Ok(())
}
