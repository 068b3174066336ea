//! `medvault provider`: a provider's journey — register, stake for certification, author and
//! upload records for a patient, break the glass — and `medvault authority certify` for the
//! certifying authority, over `medvault_client::workflows::{accounts, providers, upload}`.

use std::path::{Path, PathBuf};

use alloy::primitives::{Address, B256, U256};
use clap::{Args, Subcommand};
use eyre::WrapErr;
use medvault_client::workflows::{
    Document,
    accounts::{self, AccountError},
    gasless::NoSponsor,
    providers::{self, ProviderError},
    upload::{self, Progress, UploadTarget},
};
use medvault_primitives::{enums::Role, types::PublicKey};
use serde_json::json;

use super::{
    context::{Ctx, Globals, call_error},
    vote,
};

/// `medvault provider`.
#[derive(Debug, Args)]
pub(crate) struct ProviderArgs {
    #[command(flatten)]
    globals: Globals,
    #[command(subcommand)]
    command: ProviderCommand,
}

#[derive(Debug, Subcommand)]
enum ProviderCommand {
    /// Register the keystore's account as a provider, publishing its encryption key.
    Register,
    /// Stake tokens (approve + applyForCertification) and apply for certification.
    Stake {
        /// Amount in MVT (`1000`, `1,000 MVT`; `…wei` for base units); the registry's minimum
        /// stake if omitted.
        #[arg(long, value_parser = super::context::parse_mvt)]
        amount: Option<U256>,
        /// A statement of credentials kept off-chain; its keccak256 goes on-chain.
        #[arg(long, default_value = "")]
        credentials: String,
    },
    /// Open a peer review of this provider's application (`review request`).
    #[command(subcommand)]
    Review(ReviewCommand),
    /// Vote on a review by commit and reveal.
    #[command(subcommand)]
    Vote(super::vote::VoteCommand),
    /// Close a review after its reveal phase and apply the outcome.
    Finalize {
        /// The review.
        #[arg(long)]
        review: U256,
    },
    /// Challenge a certified provider for misconduct (posts the challenge bond).
    Challenge {
        /// The provider challenged.
        #[arg(long)]
        provider: Address,
        /// A statement of the evidence, kept off-chain; its keccak256 goes on-chain.
        #[arg(long)]
        evidence: String,
    },
    /// Take back a vote bond (and any reward) after the review is finalized.
    ClaimBond {
        /// The review.
        #[arg(long)]
        review: U256,
    },
    /// Stop practising: the stake unbonds and can be withdrawn after the unbonding delay.
    Leave,
    /// Withdraw the stake once unbonded.
    Withdraw,
    /// Read a record granted to this account: the relayer releases its key after the on-chain
    /// consent check; the record is checked against the chain and decrypted to --out.
    Read {
        /// The relayer's id of the record.
        #[arg(long, value_parser = super::context::parse_record_number)]
        id: i64,
        /// Where to write the decrypted record.
        #[arg(long)]
        out: PathBuf,
    },
    /// Break the glass: open an emergency access to a patient's records (for at most the contract's
    /// emergency duration, ≤ 24 h), on the public record; the patient reviews it afterwards.
    BreakGlass {
        /// The patient.
        #[arg(long)]
        patient: Address,
        /// Why (a code of the hospital's emergency protocol; recorded on-chain).
        #[arg(long)]
        reason: u16,
    },
    /// Encrypt FHIR JSON records for a patient and upload them through the relayer, signed once.
    /// Needs the patient's WRITE consent on the category (or on each record): your live WRITE
    /// grants from her are found and shown to the relayer.
    Upload {
        /// The patient's account (registered; its encryption key is read from AccountRegistry).
        #[arg(long)]
        patient: Address,
        /// Consent category of the records, by name or id: conditions, observations… (docs/FHIR.md).
        #[arg(long, value_parser = super::context::parse_category)]
        category: u16,
        /// FHIR R4 JSON files, one record each.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Import an EHR export (a FHIR R4 Bundle: `$everything`, Bulk Data or Synthea; any R4
    /// resource types) for a patient: split into one record per consent category (see
    /// docs/FHIR.md for which type goes where), references kept, sealed, uploaded and anchored.
    /// Needs the patient's WRITE consent on every category the export touches.
    Import {
        /// The patient's account (registered; her record ids are derived from it).
        #[arg(long)]
        patient: Address,
        /// Send a resource type to another category than its default, e.g.
        /// `--category-of Encounter=care-plans` (repeatable).
        #[arg(long = "category-of", value_name = "TYPE=CATEGORY")]
        category_of: Vec<String>,
        /// One record per category and encounter (each visit's labs, notes… apart, so one visit
        /// can be shared by granting its records), instead of one per category.
        #[arg(long)]
        per_encounter: bool,
        /// Show how the export would be split, and upload nothing.
        #[arg(long)]
        dry_run: bool,
        /// The export (FHIR R4 JSON).
        file: PathBuf,
    },
    /// In an emergency: read a patient's emergency profile (breaking the glass if needed).
    #[command(subcommand)]
    Emergency(super::emergency::ProviderEmergencyCommand),
    /// File a new version of a record (its author, or a provider with the patient's WRITE
    /// consent on it or its category): same record, the next version, chained to the one it
    /// amends. Nothing is deleted; the patient sees every version.
    Amend {
        /// The relayer's id of the record's latest version (from `upload` or `patient records`).
        #[arg(long, value_parser = super::context::parse_record_number)]
        id: i64,
        /// The FHIR R4 JSON file of the new version.
        file: PathBuf,
    },
}

/// `medvault provider review`.
#[derive(Debug, Subcommand)]
enum ReviewCommand {
    /// Ask certified peers to review this provider's pending application.
    Request,
}

/// `medvault authority`: the certifying authority's actions.
#[derive(Debug, Args)]
pub(crate) struct AuthorityArgs {
    #[command(flatten)]
    globals: Globals,
    #[command(subcommand)]
    command: AuthorityCommand,
}

#[derive(Debug, Subcommand)]
enum AuthorityCommand {
    /// Certify a provider that applied (needs the registry's certifier role).
    Certify {
        /// The provider's account.
        #[arg(long)]
        provider: Address,
        /// The reason recorded on-chain (its keccak256).
        #[arg(long, default_value = "credentials checked")]
        reason: String,
    },
    /// Attest a registered researcher (needs the registry's attester role).
    Attest {
        /// The researcher's account.
        #[arg(long)]
        researcher: Address,
        /// What was checked, kept off-chain; its keccak256 goes on-chain.
        #[arg(long, default_value = "institution and ethics approval checked")]
        attestation: String,
    },
}

/// Runs `medvault provider`.
pub(crate) async fn run(args: ProviderArgs) -> eyre::Result<()> {
    let ctx = Ctx::open(&args.globals).await?;
    match args.command {
        ProviderCommand::Register => register(&ctx).await,
        ProviderCommand::Stake { amount, credentials } => stake(&ctx, amount, &credentials).await,
        ProviderCommand::Review(ReviewCommand::Request) => vote::request_review(&ctx).await,
        ProviderCommand::Vote(command) => {
            let keystore = args.globals.keystore.as_deref().unwrap_or(std::path::Path::new("."));
            vote::vote(&ctx, keystore, command).await
        }
        ProviderCommand::Finalize { review } => vote::finalize(&ctx, review).await,
        ProviderCommand::Challenge { provider, evidence } => {
            vote::challenge(&ctx, provider, &evidence).await
        }
        ProviderCommand::ClaimBond { review } => vote::claim_bond(&ctx, review).await,
        ProviderCommand::Leave => vote::leave_or_withdraw(&ctx, false).await,
        ProviderCommand::Withdraw => vote::leave_or_withdraw(&ctx, true).await,
        ProviderCommand::Read { id, out } => {
            super::patient::verify(&ctx, id, None, Some(out)).await
        }
        ProviderCommand::BreakGlass { patient, reason } => break_glass(&ctx, patient, reason).await,
        ProviderCommand::Upload { patient, category, files } => {
            upload(&ctx, patient, category, &files).await
        }
        ProviderCommand::Amend { id, file } => amend(&ctx, id, &file).await,
        ProviderCommand::Import { patient, category_of, per_encounter, dry_run, file } => {
            import(&ctx, patient, &category_of, per_encounter, dry_run, &file).await
        }
        ProviderCommand::Emergency(command) => super::emergency::provider(&ctx, command).await,
    }
}

/// `medvault provider amend --id N file.json`.
async fn amend(ctx: &Ctx, id: i64, file: &std::path::Path) -> eyre::Result<()> {
    let json = std::fs::read_to_string(file)
        .wrap_err_with(|| format!("cannot read {}", file.display()))?;
    let document = Document { name: file.display().to_string(), json };
    let keys = ctx.keys().await?;
    let amended =
        upload::amend(&ctx.session, &ctx.signer, keys.current(), id, &document, &mut |_| {})
            .await?;
    let r = &amended.record;
    ctx.out.report(
        "amended and anchored",
        json!({
            "amends": id,
            "id": amended.id,
            "recordId": amended.sealed.record_id.0,
            "version": r.version,
            "previous": r.previous,
            "status": r.status,
            "cid": r.cid,
            "root": r.batch.as_ref().and_then(|b| b.root),
        }),
    );
    Ok(())
}

/// `medvault provider break-glass --patient P --reason N`.
async fn break_glass(ctx: &Ctx, patient: Address, reason: u16) -> eyre::Result<()> {
    let opened = providers::break_glass(&ctx.session, patient, reason).await.map_err(|e| {
        provider_error(e, "breakGlass (the keystore's account must be a certified provider)")
    })?;
    ctx.out.report(
        "emergency access opened (the patient will review it)",
        json!({
            "emergency": opened.id.to_string(),
            "patient": patient,
            "tag": opened.tag,
            "salt": opened.salt,
            "reasonCode": reason,
            "expiresAt": opened.expires_at,
            "txHash": opened.tx,
        }),
    );
    Ok(())
}

/// A provider call's failure, explained with `hint` (who may call it, and when).
fn provider_error(e: ProviderError, hint: &str) -> eyre::Report {
    match e {
        ProviderError::Call { source, .. } => call_error(hint, source),
        e => e.into(),
    }
}

/// Runs `medvault authority`.
pub(crate) async fn run_authority(args: AuthorityArgs) -> eyre::Result<()> {
    let ctx = Ctx::open(&args.globals).await?;
    match args.command {
        AuthorityCommand::Attest { researcher, attestation } => {
            super::researcher::attest(&ctx, researcher, &attestation).await
        }
        AuthorityCommand::Certify { provider, reason } => {
            let certified =
                providers::certify(&ctx.session, provider, &reason).await.map_err(|e| {
                    provider_error(
                        e,
                        "certify (the keystore needs the certifier role, and the provider must have applied)",
                    )
                })?;
            ctx.out.report(
                "certified provider",
                json!({"provider": provider, "certified": certified.certified, "txHash": certified.tx}),
            );
            Ok(())
        }
    }
}

/// Registers a role with the keystore's derived encryption key (epoch 1); the transaction, the
/// key and who paid the gas: the account, if it holds ETH, else the relayer (gasless).
pub(crate) async fn register_role(
    ctx: &Ctx,
    role: Role,
    what: &str,
) -> eyre::Result<(B256, PublicKey, &'static str)> {
    let key = ctx.encryption_key().await?;
    let hint = format!("register as {what} (is the account registered already?)");
    if ctx.holds_no_eth().await? {
        let tx = accounts::register_role_gasless(&ctx.session, &ctx.signer, role, &key, &NoSponsor)
            .await
            .map_err(|e| match e {
                AccountError::Gasless(e) => ctx.gasless_error(&hint, e),
                e => e.into(),
            })?;
        return Ok((tx, key, GASLESS));
    }
    let tx = accounts::register_role(&ctx.session, role, &key).await.map_err(|e| match e {
        AccountError::Call { source, .. } => call_error(&hint, source),
        e => e.into(),
    })?;
    Ok((tx, key, SELF_PAID))
}

/// Who paid: the relayer, for an account without ETH.
pub(crate) const GASLESS: &str = "the relayer (gasless: this account holds no ETH)";
/// Who paid: the account itself.
pub(crate) const SELF_PAID: &str = "this account";

async fn register(ctx: &Ctx) -> eyre::Result<()> {
    let (tx, key, paid_by) = register_role(ctx, Role::Provider, "provider").await?;
    ctx.out.report(
        "registered provider",
        json!({
            "account": ctx.signer.address(),
            "encryptionKey": key.to_string(),
            "txHash": tx,
            "gasPaidBy": paid_by,
        }),
    );
    Ok(())
}

async fn stake(ctx: &Ctx, amount: Option<U256>, credentials: &str) -> eyre::Result<()> {
    const HINT: &str = "applyForCertification (register as a provider first; the amount must be at \
                        least the minimum stake)";
    let gasless = ctx.holds_no_eth().await?;
    let staked = if gasless {
        providers::stake_gasless(&ctx.session, &ctx.signer, amount, credentials, &NoSponsor)
            .await
            .map_err(|e| match e {
            ProviderError::Gasless(e) => ctx.gasless_error(HINT, e),
            e => provider_error(e, HINT),
        })?
    } else {
        providers::stake(&ctx.session, ctx.signer.address(), amount, credentials).await.map_err(
            |e| match e {
                ProviderError::Call { action: "approve", source } => call_error("approve", source),
                e => provider_error(e, HINT),
            },
        )?
    };
    ctx.out.report(
        "staked and applied for certification",
        json!({
            "account": ctx.signer.address(),
            "stake": staked.stake.to_string(),
            "txHash": staked.tx,
            "gasPaidBy": if gasless { GASLESS } else { SELF_PAID },
        }),
    );
    Ok(())
}

async fn import(
    ctx: &Ctx,
    patient: Address,
    category_of: &[String],
    per_encounter: bool,
    dry_run: bool,
    file: &Path,
) -> eyre::Result<()> {
    use medvault_fhir::import::{self, CategoryMap, SplitOptions};
    let mut map = CategoryMap::new();
    for spec in category_of {
        map.set_from_str(spec).wrap_err("--category-of")?;
    }
    let json = std::fs::read_to_string(file)
        .wrap_err_with(|| format!("cannot read {}", file.display()))?;
    let opts = SplitOptions { per_encounter, ..SplitOptions::default() };
    let split = import::split_with(&json, &map, &opts).wrap_err_with(|| {
        format!("{} is not a valid FHIR R4 export; nothing was uploaded", file.display())
    })?;
    let plan = import::summary(&split);
    if dry_run {
        ctx.out.report("import plan (nothing uploaded)", json!({"patient": patient, "plan": plan}));
        return Ok(());
    }
    let keys = ctx.keys().await?;
    let bar = ctx.out.progress(2 * split.parts.len() as u64, "sealing and anchoring");
    let imported = upload::import(
        &ctx.session,
        &ctx.signer,
        &keys,
        keys.current(),
        patient,
        &split,
        &mut |_| bar.inc(1),
    )
    .await;
    bar.finish_and_clear();
    let records: Vec<_> = imported?
        .iter()
        .map(|r| {
            let u = &r.uploaded;
            json!({
                "category": r.category.to_string(),
                "encounter": r.encounter,
                "id": u.id,
                "resources": r.types.values().sum::<usize>(),
                "types": r.types,
                "recordId": u.sealed.record_id.0,
                "cid": u.record.cid,
                "anchorTx": u.record.batch.as_ref().and_then(|b| b.tx_hash),
            })
        })
        .collect();
    ctx.out.report(
        "imported and anchored",
        json!({
            "patient": patient,
            "file": file.display().to_string(),
            "resources": split.resources,
            "records": records,
        }),
    );
    Ok(())
}

async fn upload(ctx: &Ctx, patient: Address, category: u16, files: &[PathBuf]) -> eyre::Result<()> {
    let documents = files
        .iter()
        .map(|f| {
            let json = std::fs::read_to_string(f)
                .wrap_err_with(|| format!("cannot read {}", f.display()))?;
            Ok(Document { name: f.display().to_string(), json })
        })
        .collect::<eyre::Result<Vec<_>>>()?;
    let keys = ctx.keys().await?;
    let author_key = keys.current();
    // Her WRITE grants, sealed to any of this provider's key epochs (a rotation does not hide
    // the grants made before it); `upload` refuses, saying what to ask for, if there is none.
    let consents = if patient == ctx.signer.address() {
        Vec::new()
    } else {
        upload::write_grants(&ctx.session, ctx.signer.address(), &keys, patient, None, category)
            .await?
    };
    let target = UploadTarget { patient, category, consents, ..UploadTarget::default() };
    let sealing = ctx.out.progress(files.len() as u64, "sealing");
    let mut anchoring = None;
    let uploaded =
        upload::upload(&ctx.session, &ctx.signer, author_key, &target, &documents, &mut |step| {
            match step {
                Progress::Sealed => sealing.inc(1),
                Progress::Anchored => anchoring
                    .get_or_insert_with(|| {
                        sealing.finish_and_clear();
                        ctx.out.progress(files.len() as u64, "anchoring")
                    })
                    .inc(1),
            }
        })
        .await;
    sealing.finish_and_clear();
    if let Some(bar) = anchoring {
        bar.finish_and_clear();
    }
    let results: Vec<_> = uploaded?
        .into_iter()
        .map(|u| {
            let r = &u.record;
            json!({
                "file": u.sealed.name,
                "id": u.id,
                "recordId": u.sealed.record_id.0,
                "patientId": u.sealed.patient_id.0,
                "status": r.status,
                "cid": r.cid,
                "root": r.batch.as_ref().and_then(|b| b.root),
                "anchorTx": r.batch.as_ref().and_then(|b| b.tx_hash),
                "proof": r.proof,
                "wrappedKeyForPatient": u.sealed.wrapped_for_patient,
            })
        })
        .collect();
    ctx.out.report(
        "uploaded and anchored",
        json!({"patient": patient, "category": category, "records": results}),
    );
    Ok(())
}
