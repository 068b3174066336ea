//! `medvault patient`: a patient's journey without ETH — register, verify and read own records,
//! grant and revoke access by EIP-712 signature, set guardians, review break-glass accesses, claim
//! trade payments, export her consents and access log as FHIR.
//!
//! Every on-chain action is signed in the keystore and submitted gaslessly: as an ERC-2771 forward
//! request through the relayer (`POST /v1/relay/forward`), or, where the relayer does not serve that
//! route, executed at the forwarder by a sponsor account (`--sponsor-keystore`) that pays the gas.
//! The patient's account never needs ETH either way. The workflows are
//! `medvault_client::workflows::{accounts, consent, export, records, trade}`; the sponsor is the
//! CLI's.

use super::output::say;
use std::path::{Path, PathBuf};

use alloy::{
    primitives::{Address, B256, Bytes, U256},
    providers::{DynProvider, Provider},
};
use clap::{Args, Subcommand};
use eyre::{WrapErr, eyre};
use medvault_client::{
    api::ApiError,
    workflows::{
        accounts::{self, AccountError},
        consent::{self, ConsentError, ConsentTarget},
        gasless::{BoxError, GaslessError, Sponsor},
        records::{self, KeySource, RecordError, ShredError},
        trade::{self, TradeError},
    },
};
use medvault_primitives::{enums::Access, human::RecordRef};
use serde_json::json;

use super::{
    context::{Ctx, Globals, call_error, connect},
    keystore,
};

/// `medvault patient`.
#[derive(Debug, Args)]
pub(crate) struct PatientArgs {
    #[command(flatten)]
    globals: Globals,
    /// A keystore whose account submits the signed requests and pays their gas when the relayer
    /// does not relay them (password from MEDVAULT_SPONSOR_PASSWORD or a prompt).
    #[arg(long, env = "MEDVAULT_SPONSOR_KEYSTORE", global = true)]
    sponsor_keystore: Option<PathBuf>,
    #[command(subcommand)]
    command: PatientCommand,
}

#[derive(Debug, Subcommand)]
enum PatientCommand {
    /// Register as a patient by signature (no ETH needed), publishing the encryption key.
    Register,
    /// Rotate the encryption key by signature (no ETH needed): derive the next key epoch's key
    /// and publish it. Records wrapped to earlier keys still open (their keys are re-derived).
    RotateKey,
    /// List the records filed for this patient at the relayer, with their anchors.
    Records,
    /// Fetch a record's ciphertext from IPFS, check it against the on-chain root, and decrypt it.
    Verify {
        /// The relayer's id of the record (printed by `medvault provider upload`).
        #[arg(long, value_parser = super::context::parse_record_number)]
        id: i64,
        /// The record's data key wrapped for this patient (hex; printed by `provider upload`).
        /// Without it the key is asked of the relayer (`POST /v1/keys/release`).
        #[arg(long)]
        wrapped_key: Option<Bytes>,
        /// Where to write the decrypted record (it is not printed).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Show a record as a clinician reads it (conditions, observations with values and dates,
    /// medications with dosage, allergies with reactions, encounters, procedures); `--raw` prints
    /// its FHIR JSON instead. Verified against the chain first, like `verify`.
    Show {
        /// The relayer's id of the record (`medvault patient records` lists them).
        #[arg(long, value_parser = super::context::parse_record_number)]
        id: i64,
        /// Print the record's FHIR R4 JSON as it was sealed.
        #[arg(long)]
        raw: bool,
    },
    /// Grant access to a record or a category by EIP-712 signature.
    Grant {
        #[command(flatten)]
        target: Target,
        /// Read access.
        #[arg(long, conflicts_with = "write", required_unless_present = "write")]
        read: bool,
        /// Write access (includes read).
        #[arg(long)]
        write: bool,
        /// Days until the grant expires.
        #[arg(long, default_value_t = 30)]
        days: u64,
        /// With --record: the version whose data key is shared with the grantee.
        #[arg(long, default_value_t = 1)]
        version: u32,
    },
    /// Revoke a grant by EIP-712 signature.
    Revoke {
        #[command(flatten)]
        target: Target,
    },
    /// Guardians who may grant and revoke on the patient's behalf (and each guardian's side:
    /// accept, propose, approve, withdraw).
    #[command(subcommand)]
    Guardians(GuardiansCommand),
    /// Recovery of a lost wallet by the patient's guardians.
    #[command(subcommand)]
    Recovery(RecoveryCommand),
    /// Review a provider's break-glass access.
    #[command(subcommand)]
    Emergency(EmergencyCommand),
    /// Crypto-shred a record, every version of it: every key node refuses it for good, to
    /// everyone (this patient and its author included) and logs each refusal; the relayer deletes
    /// every wrapped key of it but the patient's own (and that too with --drop-own-key). Its
    /// author, and anyone who read it before, may still hold its key: the output says so.
    Shred {
        /// The relayer's id of a version of the record (`medvault patient records` lists them).
        #[arg(long, value_parser = super::context::parse_record_number)]
        id: i64,
        /// Delete this patient's own wrapped key at the relayer too: then this patient cannot
        /// read the record any more either.
        #[arg(long)]
        drop_own_key: bool,
    },
    /// Read the log of key releases (and refusals) about this patient's records: one line per
    /// read; `--detail` shows each receipt, its signature and anchor, and each key node's.
    AccessLog {
        /// Show every receipt in full (what `--json` prints), not one line per read.
        #[arg(long)]
        detail: bool,
    },
    /// Export this patient's grants or access log as a FHIR R4 Bundle (JSON), for any FHIR
    /// system to read: printed, or written to --out.
    #[command(subcommand)]
    Export(ExportCommand),
    /// List the open research requests; given the patient's own records (decrypted FHIR files),
    /// say which ones they meet. Criteria are checked against the on-chain commitment.
    Requests {
        /// The patient's own FHIR records.
        files: Vec<PathBuf>,
    },
    /// Approve a research trade: de-identify the given records, encrypt them for the researcher,
    /// pin them, sign the TradeApproval and hand the delivery to the relayer (held until k).
    ApproveTrade {
        /// The research request.
        #[arg(long)]
        request: U256,
        /// The patient's own FHIR records (decrypted, e.g. by `patient verify --out`).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Collect a trade payment whose dispute window has passed (paid to the patient).
    Claim {
        /// The research request the trade belongs to.
        #[arg(long)]
        request: U256,
    },
}

/// `medvault patient export`.
#[derive(Debug, Subcommand)]
enum ExportCommand {
    /// The grants this patient gave, one FHIR `Consent` each (active, or inactive once revoked
    /// or expired), found again from the wallet alone.
    Consents {
        /// Write the Bundle to this file (never overwritten) instead of printing it.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// The access log of this patient's records, one FHIR `AuditEvent` per release or refusal,
    /// with the relayer's or each key node's receipt.
    Audit {
        /// Write the Bundle to this file (never overwritten) instead of printing it.
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

/// `medvault patient guardians`.
#[derive(Debug, Subcommand)]
enum GuardiansCommand {
    /// Print this patient's guardian-set controller: the pseudonym her guardians derive their own
    /// pseudonyms toward (`guardians pseudonym --for`).
    Controller,
    /// As a guardian: print this account's pseudonym in the guardian set kept by `--for` (the
    /// patient's controller); the patient commits to it with `guardians set --guardian`.
    Pseudonym {
        /// The patient's guardian-set controller (from `guardians controller`).
        #[arg(long = "for")]
        controller: Address,
    },
    /// Propose a guardian set, committed on-chain as the Merkle root of the guardians'
    /// pseudonyms; it takes effect after the registry's guardian delay.
    Set {
        /// A guardian's pseudonym toward this patient (from `guardians pseudonym`; repeat for
        /// several).
        #[arg(long = "guardian", required = true)]
        guardians: Vec<Address>,
        /// Approvals needed for a guardian action.
        #[arg(long)]
        threshold: u8,
        /// Where to write the set-up to hand each guardian, privately (JSON: the set, the
        /// patient's delegation and her recovery authorization). Printed as `setup` too.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// As a guardian: check a set-up the patient handed over (her signatures, this account's
    /// pseudonym in it) and that the set is committed on-chain.
    Accept {
        /// The set-up file (from `guardians set --out`).
        #[arg(long)]
        setup: PathBuf,
    },
    /// As a guardian: propose a grant made by the guardians (READ or WRITE on a record or a
    /// category, to a grantee). Writes the proposal every guardian approves unchanged; this
    /// guardian still has to `approve` it.
    ProposeGrant {
        /// The set-up file.
        #[arg(long)]
        setup: PathBuf,
        #[command(flatten)]
        target: Target,
        /// Write access (includes read); READ otherwise.
        #[arg(long)]
        write: bool,
        /// Days until the grant expires.
        #[arg(long, default_value_t = 30)]
        days: u64,
        /// Where to write the proposal (JSON) for the other guardians.
        #[arg(long)]
        out: PathBuf,
    },
    /// As a guardian: propose revoking a guardian-made consent (its grant id from `guardians
    /// list`).
    ProposeRevoke {
        /// The set-up file.
        #[arg(long)]
        setup: PathBuf,
        /// The consent's grant id.
        #[arg(long)]
        grant_id: B256,
        /// Where to write the proposal (JSON) for the other guardians.
        #[arg(long)]
        out: PathBuf,
    },
    /// As a guardian: check a proposal and approve it from this guardian's pseudonym (no ETH);
    /// the approval that reaches the threshold puts the grant or revocation on-chain.
    Approve {
        /// The set-up file.
        #[arg(long)]
        setup: PathBuf,
        /// The proposal file (from `propose-grant` or `propose-revoke`).
        #[arg(long)]
        proposal: PathBuf,
    },
    /// As a guardian: withdraw this guardian's approval of a proposal that has not run.
    Withdraw {
        /// The set-up file.
        #[arg(long)]
        setup: PathBuf,
        /// The proposal file.
        #[arg(long)]
        proposal: PathBuf,
    },
    /// Show how many guardians approved a proposal and whether it ran.
    Status {
        /// The set-up file.
        #[arg(long)]
        setup: PathBuf,
        /// The proposal file.
        #[arg(long)]
        proposal: PathBuf,
    },
    /// List the consents the guardians made under the patient's controller, as they stand.
    List {
        /// The set-up file.
        #[arg(long)]
        setup: PathBuf,
    },
}

/// `medvault patient recovery`: moving a patient's identity to a new wallet by her guardians.
#[derive(Debug, Subcommand)]
enum RecoveryCommand {
    /// As a guardian: approve moving the patient of the set-up to a new account (the new
    /// wallet's address). Once the threshold approves, the delay starts.
    Approve {
        /// The set-up file (from `guardians set --out`).
        #[arg(long)]
        setup: PathBuf,
        /// The new wallet's account.
        #[arg(long)]
        to: Address,
    },
    /// Show where a recovery of `--patient` (default: this account) stands.
    Status {
        /// The (old) patient account.
        #[arg(long)]
        patient: Option<Address>,
    },
    /// With the old wallet: cancel every recovery of this account during its delay.
    Cancel,
    /// With the new wallet: complete the recovery of `--patient` after the delay, registering
    /// this wallet's encryption key (no ETH needed).
    Complete {
        /// The old patient account.
        #[arg(long)]
        patient: Address,
    },
    /// With the new wallet: list the records of the identity (this account and every account it
    /// was recovered from); read each with `patient verify --id`.
    Records,
}

/// `medvault patient emergency`.
#[derive(Debug, Subcommand)]
enum EmergencyCommand {
    /// The emergency profile (blood type, allergies, medication, conditions, contacts) a
    /// certified provider reads during a break-glass window.
    #[command(subcommand)]
    Profile(super::emergency::ProfileCommand),
    /// List the break-glass accesses opened on this patient, with their status.
    List,
    /// Accept or dispute a break-glass access (a dispute ends it and opens a misconduct review).
    Review {
        /// The emergency id (from the `EmergencyAccessOpened` event or the notification).
        #[arg(long)]
        id: U256,
        /// It was justified.
        #[arg(long, conflicts_with = "dispute", required_unless_present = "dispute")]
        accept: bool,
        /// It was not: end it and challenge the provider.
        #[arg(long)]
        dispute: bool,
        /// A statement of the evidence (its keccak256 goes on-chain), for a dispute.
        #[arg(long, default_value = "")]
        evidence: String,
    },
}

/// Who and what a grant or revocation is about.
#[derive(Debug, Args)]
struct Target {
    /// The grantee's account.
    #[arg(long)]
    grantee: Address,
    /// One record: its number as `patient records` lists it (`1`), or its record id (64 hex).
    #[arg(long, conflicts_with = "category", required_unless_present = "category")]
    record: Option<RecordRef>,
    /// A whole category, by name or id: conditions, medications, billing… (docs/FHIR.md).
    #[arg(long, value_parser = super::context::parse_category)]
    category: Option<u16>,
}

impl Target {
    /// The grant's scope, a record number looked up among `patient`'s records at the relayer
    /// (as `signer`, who may list them: the patient herself).
    async fn scope(&self, ctx: &Ctx) -> eyre::Result<ConsentTarget> {
        match (self.record, self.category) {
            (Some(RecordRef::Id(id)), _) => Ok(ConsentTarget::Record(id)),
            (Some(RecordRef::Handle(n)), _) => Ok(ConsentTarget::Record(record_id(ctx, n).await?)),
            (None, Some(c)) => Ok(ConsentTarget::Category(c)),
            (None, None) => unreachable!("clap requires --record or --category"),
        }
    }
}

/// The on-chain record id of the keystore's record number `n` (`patient records` lists them).
async fn record_id(ctx: &Ctx, n: i64) -> eyre::Result<B256> {
    let listed = ctx.session.relayer.patient_records(&ctx.signer).await.map_err(|e| {
        eyre::Report::new(e).wrap_err(format!(
            "cannot look up record #{n} among your records at the relayer: pass its record id \
             (64 hex digits) instead"
        ))
    })?;
    listed.records.iter().find(|r| r.id == n).map(|r| r.record_id).ok_or_else(|| {
        eyre!(
            "you have no record #{n} at the relayer ({} listed): `medvault patient records` \
             shows their numbers",
            listed.records.len()
        )
    })
}

/// Runs `medvault patient`.
pub(crate) async fn run(args: PatientArgs) -> eyre::Result<()> {
    let ctx = Ctx::open(&args.globals).await?;
    let sponsor =
        &KeystoreSponsor { keystore: args.sponsor_keystore.as_deref(), rpc_url: &ctx.rpc_url };
    let (sess, me) = (&ctx.session, &ctx.signer);
    match args.command {
        PatientCommand::Register => register(&ctx, sponsor).await,
        PatientCommand::RotateKey => rotate_key(&ctx, sponsor).await,
        PatientCommand::Verify { id, wrapped_key, out } => verify(&ctx, id, wrapped_key, out).await,
        PatientCommand::Show { id, raw } => show(&ctx, id, raw).await,
        PatientCommand::Grant { target, read: _, write, days, version } => {
            let access = if write { Access::Write } else { Access::Read };
            consent(&ctx, sponsor, &target, Some((access, days, version))).await
        }
        PatientCommand::Revoke { target } => consent(&ctx, sponsor, &target, None).await,
        PatientCommand::Guardians(GuardiansCommand::Controller) => {
            let keys = ctx.keys().await?;
            let controller = keys.current().guardian_set_key().address();
            ctx.out.report("guardian-set controller", json!({ "controller": controller }));
            Ok(())
        }
        PatientCommand::Guardians(GuardiansCommand::Pseudonym { controller }) => {
            let keys = ctx.keys().await?;
            let pseudonym = keys.current().guardian_key(controller).address();
            ctx.out.report(
                "guardian pseudonym",
                json!({ "controller": controller, "pseudonym": pseudonym }),
            );
            Ok(())
        }
        PatientCommand::Guardians(
            cmd @ (GuardiansCommand::Accept { .. }
            | GuardiansCommand::ProposeGrant { .. }
            | GuardiansCommand::ProposeRevoke { .. }
            | GuardiansCommand::Approve { .. }
            | GuardiansCommand::Withdraw { .. }
            | GuardiansCommand::Status { .. }
            | GuardiansCommand::List { .. }),
        ) => guardian(&ctx, sponsor, cmd).await,
        PatientCommand::Recovery(cmd) => recovery(&ctx, sponsor, cmd).await,
        PatientCommand::Guardians(GuardiansCommand::Set { guardians, threshold, out }) => {
            let keys = ctx.keys().await?;
            let proposed = accounts::propose_guardians(
                sess,
                me,
                keys.current(),
                &guardians,
                threshold,
                sponsor,
            )
            .await
            .map_err(account_error)?;
            ctx.out.report(
                "guardians proposed",
                json!({
                    "controller": proposed.controller,
                    "root": proposed.root,
                    "guardians": guardians,
                    "threshold": threshold,
                    "effectiveAt": proposed.effective_at,
                    "delegation": proposed.delegation,
                    "txHash": proposed.tx,
                    "setup": proposed.setup,
                }),
            );
            if let Some(out) = out {
                write_json(&out, &proposed.setup)?;
            }
            Ok(())
        }
        PatientCommand::Emergency(EmergencyCommand::Profile(command)) => {
            super::emergency::profile(&ctx, command).await
        }
        PatientCommand::Emergency(EmergencyCommand::List) => emergencies(&ctx).await,
        PatientCommand::Emergency(EmergencyCommand::Review {
            id,
            accept,
            dispute: _,
            evidence,
        }) => {
            let reviewed = consent::review_emergency(sess, me, id, accept, &evidence, sponsor)
                .await
                .map_err(|e| match e {
                    ConsentError::NoEmergency(id) => eyre!(
                        "there is no emergency {id}: `medvault patient emergency list` shows yours"
                    ),
                    e => consent_error(e),
                })?;
            ctx.out.report(
                "emergency reviewed",
                json!({
                    "emergency": id.to_string(),
                    "provider": reviewed.provider,
                    "status": reviewed.status.name().to_lowercase(),
                    "txHash": reviewed.tx,
                }),
            );
            Ok(())
        }
        PatientCommand::Shred { id, drop_own_key } => shred(&ctx, id, drop_own_key).await,
        PatientCommand::Records => {
            let listed =
                ctx.session.relayer.patient_records(&ctx.signer).await.map_err(|e| match e {
                    ApiError::NotAvailable { url, .. } => {
                        eyre!("the relayer at {url} does not list records")
                    }
                    e => eyre!("listing records refused: {e}"),
                })?;
            ctx.out.json_only(serde_json::to_value(&listed)?);
            ctx.out.text(&records_table(&listed.records));
            Ok(())
        }
        PatientCommand::AccessLog { detail } => access_log(&ctx, detail).await,
        PatientCommand::Export(command) => export(&ctx, command).await,
        PatientCommand::Requests { files } => super::trade::requests(&ctx, &files).await,
        PatientCommand::ApproveTrade { request, files } => {
            super::trade::approve(&ctx, request, &files).await
        }
        PatientCommand::Claim { request } => {
            let claimed =
                trade::claim(sess, me, request, sponsor).await.map_err(|e| match e {
                    TradeError::NoTrade(request) => eyre!(
                        "you have no trade in request {request}: approve one with `medvault patient approve-trade`"
                    ),
                    TradeError::Gasless(e) => gasless_error(e),
                    e => e.into(),
                })?;
            ctx.out.report(
                "payment claimed",
                json!({
                    "request": request.to_string(),
                    "patient": ctx.signer.address(),
                    "payout": claimed.payout.to_string(),
                    "paidTo": claimed.seller,
                    "txHash": claimed.tx,
                    "paidBy": if claimed.tx.is_some() { "this claim" } else { "the relayer's batch claim" },
                }),
            );
            Ok(())
        }
    }
}

/// `patient records` for people: one line per record, its number first (what `--record`,
/// `--id` take).
fn records_table(records: &[medvault_primitives::api::records::PatientRecord]) -> String {
    use std::fmt::Write;
    if records.is_empty() {
        return "no records yet: a provider uploads them with your WRITE consent".into();
    }
    let mut text = format!(
        "{} record(s); name one by its number: `patient show --id 1`, `patient grant --record 1 …`\n",
        records.len()
    );
    let _ =
        writeln!(text, "  {:<5} {:<24} {:<8} {:<10} author", "#", "category", "version", "status");
    for r in records {
        let category = category_name(r.category);
        let status = if r.shredded { "shredded" } else { r.status.as_str() };
        let _ = writeln!(
            text,
            "  {:<5} {category:<24} {:<8} {status:<10} {}",
            format!("#{}", r.id),
            r.version,
            r.author
        );
    }
    text
}

/// A category id by its name, `conditions (3)`.
fn category_name(id: u16) -> String {
    u8::try_from(id)
        .ok()
        .and_then(medvault_fhir::Category::from_id)
        .map_or_else(|| format!("category {id}"), |c| c.to_string())
}

/// `medvault patient access-log`: the relayer's receipts and the key nodes' merged reads, one
/// line each for people (`detail`: in full, as `--json` prints them).
async fn access_log(ctx: &Ctx, detail: bool) -> eyre::Result<()> {
    use medvault_primitives::human;
    let log = ctx.session.relayer.access_log(&ctx.signer).await.map_err(|e| match e {
        ApiError::NotAvailable { url, .. } => {
            eyre!("the relayer at {url} does not serve access logs")
        }
        e => eyre!("access log refused: {e}"),
    })?;
    // The key nodes' logs, merged: one entry per key request, with each node's receipt.
    let (reads, failed) = medvault_client::keynodes::access_log(&ctx.session, &ctx.signer).await?;
    let key_nodes: Vec<_> = reads
        .iter()
        .map(|r| {
            json!({
                "reader": r.reader,
                "recordId": r.record_id,
                "version": r.version,
                "granted": r.granted,
                "reason": r.receipts.first().map(|(_, v)| v.reason.clone()),
                "nodes": r.receipts.iter().map(|(url, v)| json!({
                    "node": url,
                    "receipt": v.id,
                    "leaf": v.leaf,
                    "anchoredIn": v.anchor.as_ref().and_then(|a| a.tx_hash),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let not_answering: Vec<String> =
        failed.iter().map(|f| format!("{}: {}", f.url, f.reason)).collect();
    if detail || ctx.out.is_json() {
        let mut report = serde_json::to_value(&log)?;
        report["keyNodes"] = json!(key_nodes);
        report["keyNodesNotAnswering"] = json!(not_answering);
        ctx.out.report("access log", report);
        return Ok(());
    }
    // Records by the number people name them with; a record not listed shows its id's start.
    let numbers: std::collections::HashMap<(B256, u32), i64> =
        match ctx.session.relayer.patient_records(&ctx.signer).await {
            Ok(listed) => listed.records.iter().map(|r| ((r.record_id, r.version), r.id)).collect(),
            Err(_) => std::collections::HashMap::new(),
        };
    let record = |id: &B256, version: u32| match numbers.get(&(*id, version)) {
        Some(n) => format!("record #{n} v{version}"),
        None => format!("record {}… v{version}", &id.to_string()[..10]),
    };
    let mut lines = Vec::new();
    for r in &log.receipts {
        lines.push((
            r.time,
            format!(
                "{}  {:<8} {:<16} to {} ({}); relayer receipt {}",
                human::date(r.time),
                if r.granted { "released" } else { "refused" },
                record(&r.record_id, r.version),
                r.reader,
                r.reason,
                if r.anchor.as_ref().and_then(|a| a.tx_hash).is_some() {
                    "anchored"
                } else {
                    "anchoring"
                },
            ),
        ));
    }
    for r in &reads {
        let time = r.receipts.iter().map(|(_, v)| v.time).min().unwrap_or_default();
        let anchored = r
            .receipts
            .iter()
            .filter(|(_, v)| v.anchor.as_ref().is_some_and(|a| a.tx_hash.is_some()))
            .count();
        lines.push((
            time,
            format!(
                "{}  {:<8} {:<16} to {} ({}); logged by {} key nodes, {anchored} anchored",
                human::date(time),
                if r.granted { "released" } else { "refused" },
                record(&r.record_id, r.version),
                r.reader,
                r.receipts.first().map_or("", |(_, v)| v.reason.as_str()),
                r.receipts.len(),
            ),
        ));
    }
    lines.sort_by_key(|(time, _)| *time);
    let mut text = format!(
        "access log: {} reads of your records ({} logged by the relayer, {} by the key nodes); \
         `--detail` shows every receipt\n",
        lines.len(),
        log.receipts.len(),
        reads.len()
    );
    for (_, line) in lines {
        text.push_str(&format!("  {line}\n"));
    }
    for f in &not_answering {
        text.push_str(&format!("  key node not answering: {f}\n"));
    }
    ctx.out.text(&text);
    Ok(())
}

/// The account of `--sponsor-keystore`, opened only when the relayer does not relay.
struct KeystoreSponsor<'a> {
    keystore: Option<&'a Path>,
    rpc_url: &'a str,
}

impl Sponsor for KeystoreSponsor<'_> {
    type Wallet = DynProvider;

    fn wallet(&self) -> Result<Option<DynProvider>, BoxError> {
        let Some(path) = self.keystore else { return Ok(None) };
        let payer = keystore::open(path, "MEDVAULT_SPONSOR_PASSWORD")?;
        Ok(Some(connect(self.rpc_url, payer)?))
    }
}

/// What to do when the relayer does not relay and there is no sponsor.
const SPONSOR_HINT: &str =
    "pass --sponsor-keystore (or MEDVAULT_SPONSOR_KEYSTORE) with an account that pays the gas";

/// A gasless call's failure, with what to do: the sponsor flag, the contract's custom error.
fn gasless_error(e: GaslessError) -> eyre::Report {
    match e {
        e @ GaslessError::NotRelayed { .. } => eyre!("{e}; {SPONSOR_HINT}"),
        GaslessError::Execute(e) => call_error("the forwarder refused the signed request", e),
        e => e.into(),
    }
}

/// A consent's failure, with what to do.
fn consent_error(e: ConsentError) -> eyre::Report {
    match e {
        e @ ConsentError::NotRelayed { .. } => eyre!("{e}; {SPONSOR_HINT}"),
        ConsentError::Execute(e) => call_error("the consent manager refused the signature", e),
        ConsentError::Gasless(e) => gasless_error(e),
        e => e.into(),
    }
}

/// An account change's failure, with what to do.
fn account_error(e: AccountError) -> eyre::Report {
    match e {
        AccountError::Gasless(e) => gasless_error(e),
        e => e.into(),
    }
}

async fn register(ctx: &Ctx, sponsor: &KeystoreSponsor<'_>) -> eyre::Result<()> {
    let key = ctx.encryption_key().await?;
    let tx = accounts::register_patient(&ctx.session, &ctx.signer, &key, sponsor)
        .await
        .map_err(account_error)?;
    let balance = ctx.session.provider.get_balance(ctx.signer.address()).await?;
    ctx.out.report(
        "registered patient (gasless)",
        json!({
            "account": ctx.signer.address(),
            "encryptionKey": key.to_string(),
            "txHash": tx,
            "ethBalance": balance.to_string(),
        }),
    );
    Ok(())
}

async fn rotate_key(ctx: &Ctx, sponsor: &KeystoreSponsor<'_>) -> eyre::Result<()> {
    let rotated =
        accounts::rotate_key(&ctx.session, &ctx.signer, sponsor).await.map_err(account_error)?;
    ctx.out.report(
        "rotated the encryption key (gasless)",
        json!({
            "account": ctx.signer.address(),
            "epoch": rotated.epoch,
            "encryptionKey": rotated.key.to_string(),
            "txHash": rotated.tx,
        }),
    );
    Ok(())
}

async fn consent(
    ctx: &Ctx,
    sponsor: &KeystoreSponsor<'_>,
    target: &Target,
    grant: Option<(Access, u64, u32)>,
) -> eyre::Result<()> {
    let (grantee, scope) = (target.grantee, target.scope(ctx).await?);
    let changes = match grant {
        Some((access, days, _)) => {
            vec![
                consent::sign_grant(&ctx.session, &ctx.signer, grantee, scope, access, days)
                    .await?,
            ]
        }
        None => consent::sign_revoke(&ctx.session, &ctx.signer, grantee, scope).await?,
    };
    let (scope_kind, target_id) = scope.scope();
    let mut done = Vec::new();
    for change in changes {
        let c = change.change.clone();
        let tx = consent::submit(&ctx.session, change, sponsor).await.map_err(consent_error)?;
        done.push((c, tx));
    }
    // Nothing to hand over: the key committee releases the data keys to the grantee while the
    // chain says the grant holds, for records filed later too.
    let key_from =
        if grant.is_some() { "the key committee, while the grant holds" } else { "none" };
    let (c, tx) = done.last().cloned().ok_or_else(|| eyre::eyre!("nothing was changed"))?;
    ctx.out.report(
        if grant.is_none() { "revoked" } else { "granted" },
        json!({
            "keyFrom": key_from,
            "patient": ctx.signer.address(),
            "grantee": grantee,
            "scope": scope_kind.name().to_lowercase(),
            "target": target_id,
            "access": Access::try_from(c.access)?.name().to_lowercase(),
            "expiresAt": c.expiresAt,
            "onChain": {
                "grantIds": done.iter().map(|(c, _)| c.grantId).collect::<Vec<_>>(),
                "controllers": done.iter().map(|(c, _)| c.controller).collect::<Vec<_>>(),
            },
            "txHash": tx,
        }),
    );
    Ok(())
}

/// `medvault patient emergency list`: the break-glass accesses on this patient, with their
/// current status.
async fn emergencies(ctx: &Ctx) -> eyre::Result<()> {
    let keys = ctx.keys().await?;
    let found = consent::emergencies(&ctx.session, ctx.signer.address(), &keys).await?;
    let rows: Vec<_> = found
        .iter()
        .map(|e| {
            json!({
                "emergency": e.id.to_string(),
                "provider": e.provider,
                "reasonCode": e.reason_code,
                "openedAt": e.opened_at,
                "expiresAt": e.expires_at,
                "status": e.status.name().to_lowercase(),
                "active": e.active,
                "txHash": e.tx,
            })
        })
        .collect();
    ctx.out.report(&format!("{} emergency accesses", rows.len()), json!({"emergencies": rows}));
    Ok(())
}

/// Fetches record `id`, checks it against the chain and, with a key (given, or released by the
/// relayer to this reader), decrypts it to `out`. Any reader may use it, not only the patient.
/// `medvault patient shred`: prints what each key node and the relayer did, and who may still
/// read the record; fails (after printing) if the shred is not effective or the relayer kept keys.
async fn shred(ctx: &Ctx, id: i64, drop_own: bool) -> eyre::Result<()> {
    let done =
        records::shred(&ctx.session, &ctx.signer, id, drop_own).await.map_err(|e| match e {
            ShredError::Record(RecordError::Fetch { cid, url, source }) => {
                eyre::Report::new(source).wrap_err(format!(
                    "cannot fetch {cid} from IPFS at {url}: check --ipfs-url / MEDVAULT_IPFS_URL"
                ))
            }
            e => eyre::Report::new(e).wrap_err(format!("record #{id} was not shredded")),
        })?;
    let nodes: Vec<String> = done
        .nodes
        .iter()
        .map(|n| match &n.answer {
            Ok(r) => format!(
                "node {} at {}: refuses it for good since {} ({}; signed by {})",
                r.index,
                n.url,
                r.shredded_at,
                if r.first { "shredded now" } else { "already shredded" },
                r.node
            ),
            Err(e) => format!("{}: did not shred it: {e}", n.url),
        })
        .collect();
    let relayer = match &done.relayer {
        Ok(deleted) => format!(
            "deleted {deleted} wrapped key(s); it hands none to anyone {}",
            if drop_own { "any more" } else { "but you" }
        ),
        Err(ApiError::NotAvailable { url, .. }) => {
            format!("the relayer at {url} does not delete keys (DELETE /v1/records/{{id}}/keys)")
        }
        Err(e) => format!("did not delete keys: {e}"),
    };
    let (shredded, members, threshold) = (done.shredded_nodes(), done.members, done.threshold);
    ctx.out.report(
        if done.effective() { "record shredded" } else { "record NOT shredded yet" },
        json!({
            "record": done.record_id,
            "effective": done.effective(),
            "keyNodesShredded": format!(
                "{shredded} of {members} (more than n - t = {} needed, t = {threshold})",
                members - threshold
            ),
            "keyNodes": nodes,
            "relayer": relayer,
            "ownKeyDropped": drop_own,
            "mayStillRead": done.who_may_still_read(),
            "ciphertext": "stays on IPFS: without a key it is unreadable",
        }),
    );
    if !done.effective() {
        return Err(eyre!(
            "only {shredded} of {members} key nodes shredded record #{id}: more than {} must; run the shred again",
            members - threshold
        ));
    }
    if let Err(e) = done.relayer {
        return Err(eyre::Report::new(e).wrap_err(format!(
            "the key nodes shredded record #{id}, but the relayer kept its wrapped keys: run the shred again"
        )));
    }
    Ok(())
}

pub(crate) async fn verify(
    ctx: &Ctx,
    id: i64,
    wrapped_key: Option<Bytes>,
    out: Option<PathBuf>,
) -> eyre::Result<()> {
    let keys = ctx.keys().await?;
    let read = records::read(&ctx.session, &ctx.signer, &keys, id, wrapped_key).await.map_err(
        |e| match e {
            RecordError::Fetch { cid, url, source } => eyre::Report::new(source).wrap_err(format!(
                "cannot fetch {cid} from IPFS at {url}: check --ipfs-url / MEDVAULT_IPFS_URL"
            )),
            e => e.into(),
        },
    )?;
    if let (Some(path), Some(plaintext)) = (&out, &read.plaintext) {
        use std::io::Write;
        // Plaintext medical data: the owner's only, and never over another file.
        super::output::create_private(path, "a decrypted record")?
            .write_all(plaintext.as_bytes())
            .wrap_err_with(|| format!("cannot write {}", path.display()))?;
    }
    let r = &read.record;
    let key = match &read.key {
        KeySource::Given => "given".to_string(),
        KeySource::Released { basis } => format!("released ({basis})"),
        KeySource::NotServed => {
            "none: the relayer does not release keys; pass --wrapped-key".to_string()
        }
        KeySource::Committee { basis, nodes, .. } => format!(
            "released by {} key nodes ({basis}): {}",
            nodes.len(),
            nodes
                .iter()
                .map(|(url, id)| format!("{url} receipt #{id}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let failed_nodes: Vec<String> = match &read.key {
        KeySource::Committee { failed, .. } => {
            failed.iter().map(|f| format!("{}: {}", f.url, f.reason)).collect()
        }
        _ => Vec::new(),
    };
    ctx.out.report(
        "verified",
        json!({
            "id": id,
            "cid": r.cid,
            "root": r.root,
            "anchoredInBlock": r.anchored_in_block,
            "authorship": r.authorship.name(),
            "ciphertextHash": r.leaf.ciphertext_hash,
            "key": key,
            "keyNodesNotUsed": failed_nodes,
            "decryptedBytes": read.plaintext.as_ref().map(|p| p.len()),
            "out": out.map(|p| p.display().to_string()),
        }),
    );
    Ok(())
}

/// `medvault patient show`: a record read, verified and rendered for people.
async fn show(ctx: &Ctx, id: i64, raw: bool) -> eyre::Result<()> {
    let keys = ctx.keys().await?;
    let read = records::read(&ctx.session, &ctx.signer, &keys, id, None).await?;
    let Some(plaintext) = &read.plaintext else {
        eyre::bail!("record {id}: no key to open it (the relayer does not release keys here)");
    };
    let text = std::str::from_utf8(plaintext.as_bytes())
        .wrap_err_with(|| format!("record {id} is not UTF-8 text"))?;
    let document: serde_json::Value =
        serde_json::from_str(text).wrap_err_with(|| format!("record {id} is not JSON"))?;
    let r = &read.record;
    let category = u8::try_from(r.leaf.category.0)
        .ok()
        .and_then(medvault_fhir::Category::from_id)
        .map_or_else(|| r.leaf.category.0.to_string(), |c| c.to_string());
    if raw {
        ctx.out.text(&serde_json::to_string_pretty(&document)?);
    } else {
        ctx.out.text(&format!(
            "Record {id} ({category}), version {}, {}; anchored in block {}\n",
            r.leaf.version.0,
            r.authorship.name(),
            r.anchored_in_block,
        ));
        ctx.out.text(&medvault_fhir::render::render(&document).to_string());
    }
    ctx.out.json_only(json!({
        "id": id,
        "category": category,
        "version": r.leaf.version.0,
        "authorship": r.authorship.name(),
        "rendered": medvault_fhir::render::render(&document),
        "fhir": document,
    }));
    Ok(())
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> eyre::Result<T> {
    let text =
        std::fs::read_to_string(path).wrap_err_with(|| format!("reading {}", path.display()))?;
    serde_json::from_str(&text).wrap_err_with(|| format!("parsing {}", path.display()))
}

/// `medvault patient export consents|audit`.
async fn export(ctx: &Ctx, command: ExportCommand) -> eyre::Result<()> {
    use medvault_client::workflows::export;
    let (what, out) = match &command {
        ExportCommand::Consents { out } => ("consents", out),
        ExportCommand::Audit { out } => ("audit events", out),
    };
    // Refused before anything is asked of the chain or the relayer.
    if let Some(path) = out
        && path.exists()
    {
        return Err(eyre!(
            "{} exists; choose another path (an export never overwrites a file)",
            path.display()
        ));
    }
    let (bundle, mut report) = match command {
        ExportCommand::Consents { .. } => {
            let exported = export::consents(&ctx.session, &ctx.signer).await?;
            for g in &exported.unresolved {
                ctx.out.note(format!(
                    "grant {} to {} left out: its record is not among this patient's records at the relayer",
                    g.grant_id, g.grantee
                ));
            }
            let unresolved: Vec<_> = exported.unresolved.iter().map(|g| g.grant_id).collect();
            (exported.bundle, json!({ "unresolved": unresolved }))
        }
        ExportCommand::Audit { .. } => {
            let exported = export::audit(&ctx.session, &ctx.signer).await?;
            let failed: Vec<String> =
                exported.failed.iter().map(|f| format!("{}: {}", f.url, f.reason)).collect();
            for f in &failed {
                ctx.out.note(format!("key node {f}: its receipts are missing"));
            }
            (exported.bundle, json!({ "keyNodesNotAnswering": failed }))
        }
    };
    let entries = match &bundle {
        medvault_fhir::Resource::Bundle(b) => b.entry.len(),
        _ => 0,
    };
    let Some(path) = out else {
        // The Bundle is the command's output, as is, for a FHIR system to read.
        say!("{}", serde_json::to_string_pretty(&bundle)?);
        return Ok(());
    };
    let mut file = super::output::create_private(path, "an export")?;
    serde_json::to_writer_pretty(&mut file, &bundle)
        .wrap_err_with(|| format!("writing {}", path.display()))?;
    report["out"] = json!(path);
    report["entries"] = json!(entries);
    ctx.out.report(&format!("{what} exported (FHIR R4 Bundle)"), report);
    Ok(())
}

fn write_json(path: &Path, value: &impl serde::Serialize) -> eyre::Result<()> {
    std::fs::write(path, serde_json::to_string_pretty(value)?)
        .wrap_err_with(|| format!("writing {}", path.display()))
}

/// A guardian's side of `medvault patient guardians`.
async fn guardian(
    ctx: &Ctx,
    sponsor: &KeystoreSponsor<'_>,
    cmd: GuardiansCommand,
) -> eyre::Result<()> {
    use medvault_client::workflows::guardians::{self, GuardianProposal, GuardianSetup};
    let sess = &ctx.session;
    let keys = ctx.keys().await?;
    let me = keys.current();
    match cmd {
        GuardiansCommand::Accept { setup } => {
            let setup: GuardianSetup = read_json(&setup)?;
            let accepted = guardians::accept(sess, me, &setup).await?;
            ctx.out.report("guardianship accepted", serde_json::to_value(accepted)?);
        }
        GuardiansCommand::ProposeGrant { setup, target, write, days, out } => {
            let setup: GuardianSetup = read_json(&setup)?;
            let access = if write { Access::Write } else { Access::Read };
            let proposal = guardians::propose_grant(
                sess,
                &setup,
                target.grantee,
                target.scope(ctx).await?,
                access,
                days,
            )
            .await?;
            write_json(&out, &proposal)?;
            ctx.out.report(
                "guardian grant proposed",
                json!({ "proposal": out, "action": proposal.action }),
            );
        }
        GuardiansCommand::ProposeRevoke { setup, grant_id, out } => {
            let setup: GuardianSetup = read_json(&setup)?;
            let proposal = guardians::propose_revoke(sess, &setup, grant_id).await?;
            write_json(&out, &proposal)?;
            ctx.out.report(
                "guardian revocation proposed",
                json!({ "proposal": out, "action": proposal.action }),
            );
        }
        GuardiansCommand::Approve { setup, proposal } => {
            let setup: GuardianSetup = read_json(&setup)?;
            let proposal: GuardianProposal = read_json(&proposal)?;
            let approved = guardians::approve(sess, me, &setup, &proposal, sponsor).await?;
            ctx.out.report("guardian approval", serde_json::to_value(approved)?);
        }
        GuardiansCommand::Withdraw { setup, proposal } => {
            let setup: GuardianSetup = read_json(&setup)?;
            let proposal: GuardianProposal = read_json(&proposal)?;
            let tx = guardians::withdraw(sess, me, &setup, &proposal, sponsor).await?;
            ctx.out.report("guardian approval withdrawn", json!({ "txHash": tx }));
        }
        GuardiansCommand::Status { setup, proposal } => {
            let setup: GuardianSetup = read_json(&setup)?;
            let proposal: GuardianProposal = read_json(&proposal)?;
            let status = guardians::action_status(sess, &setup, &proposal).await?;
            ctx.out.report("guardian action", serde_json::to_value(status)?);
        }
        GuardiansCommand::List { setup } => {
            let setup: GuardianSetup = read_json(&setup)?;
            let listed = guardians::guardian_consents(sess, setup.controller).await?;
            ctx.out.report("guardian-made consents", serde_json::to_value(listed)?);
        }
        GuardiansCommand::Controller
        | GuardiansCommand::Pseudonym { .. }
        | GuardiansCommand::Set { .. } => unreachable!("handled by run"),
    }
    Ok(())
}

/// `medvault patient recovery`.
async fn recovery(
    ctx: &Ctx,
    sponsor: &KeystoreSponsor<'_>,
    cmd: RecoveryCommand,
) -> eyre::Result<()> {
    use medvault_client::workflows::guardians::{self, GuardianSetup};
    let (sess, me) = (&ctx.session, &ctx.signer);
    match cmd {
        RecoveryCommand::Approve { setup, to } => {
            let setup: GuardianSetup = read_json(&setup)?;
            let keys = ctx.keys().await?;
            let approved =
                guardians::approve_recovery(sess, keys.current(), &setup, to, sponsor).await?;
            ctx.out.report("recovery approval", serde_json::to_value(approved)?);
        }
        RecoveryCommand::Status { patient } => {
            let status = guardians::recovery_status(sess, patient.unwrap_or(me.address())).await?;
            ctx.out.report("recovery", serde_json::to_value(status)?);
        }
        RecoveryCommand::Cancel => {
            let tx = guardians::cancel_recovery(sess, me, sponsor).await?;
            ctx.out.report("recoveries cancelled", json!({ "txHash": tx }));
        }
        RecoveryCommand::Complete { patient } => {
            let done = guardians::complete_recovery(sess, me, patient, sponsor).await?;
            ctx.out.report("recovered", serde_json::to_value(done)?);
        }
        RecoveryCommand::Records => {
            let listed = guardians::identity_records(sess, me).await?;
            let rows: Vec<_> = listed
                .into_iter()
                .map(|(account, r)| json!({ "account": account, "record": r }))
                .collect();
            ctx.out.report("records of this identity", json!(rows));
        }
    }
    Ok(())
}
