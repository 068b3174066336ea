//! `medvault researcher`: register, open a funded research request in one call (EIP-2612 permit +
//! `openRequestWithPermit`), dispute a trade, close a request or refund an expired one; and
//! `medvault authority attest` for the authority that verifies researchers.
//!
//! The criteria document is checked with `medvault_fhir::Criteria`, committed on-chain as the
//! keccak256 of its canonical JSON, and pinned to IPFS so patients can fetch and evaluate it
//! (`medvault_client::workflows::research`).

use std::path::{Path, PathBuf};

use alloy::primitives::{Address, U256};
use clap::{Args, Subcommand};
use eyre::{WrapErr, eyre};
use medvault_client::workflows::{
    accounts::{self, AccountError},
    gasless::NoSponsor,
    research::{self, RequestTerms, ResearchError},
};
use medvault_primitives::enums::Role;
use serde_json::json;

use super::{
    context::{Ctx, Globals, call_error},
    provider::{GASLESS, SELF_PAID, register_role},
};

/// `medvault researcher`.
#[derive(Debug, Args)]
pub(crate) struct ResearcherArgs {
    #[command(flatten)]
    globals: Globals,
    #[command(subcommand)]
    command: ResearcherCommand,
}

/// `medvault researcher` subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum ResearcherCommand {
    /// Register the keystore's account as a researcher (an authority then attests it).
    Register,
    /// Research requests.
    #[command(subcommand)]
    Request(RequestCommand),
    /// List the deliveries of a request the relayer has released (classes of at least k).
    Deliveries {
        /// The request.
        #[arg(long)]
        request: U256,
    },
    /// Fetch, unwrap and decrypt the released deliveries of a request into a directory.
    Fetch {
        /// The request.
        #[arg(long)]
        request: U256,
        /// The directory to write the de-identified records to.
        #[arg(long)]
        out: PathBuf,
    },
    /// Dispute a settled trade within its dispute window.
    Dispute {
        /// The request.
        #[arg(long)]
        request: U256,
        /// The trade's seller (the one-time trade key its delivery names).
        #[arg(long)]
        seller: Address,
        /// The reason, kept off-chain; its keccak256 goes on-chain.
        #[arg(long)]
        reason: String,
    },
}

/// `medvault researcher request` subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum RequestCommand {
    /// Open a request and escrow `price × max` tokens, funded by a permit in the same call.
    Open {
        /// The criteria document (JSON, see docs/FHIR.md).
        #[arg(long)]
        criteria: PathBuf,
        /// Price per record in MVT (`2`, `2.5 MVT`; `…wei` for base units).
        #[arg(long, value_parser = super::context::parse_mvt_u128)]
        price: u128,
        /// Most records bought.
        #[arg(long)]
        max: u32,
        /// Days until the request's trade deadline.
        #[arg(long, default_value_t = 30)]
        days: u64,
    },
    /// Tell the relayer where a request's criteria document is (done by `request open`; for a
    /// retry). The relayer checks it against the on-chain commitment.
    ListCriteria {
        /// The request.
        #[arg(long)]
        request: U256,
        /// The criteria document's CID (printed by `request open`).
        #[arg(long)]
        cid: String,
    },
    /// Close a request and take back its unspent budget.
    Close {
        /// The request.
        #[arg(long)]
        request: U256,
    },
    /// After its deadline, close a request and return the unspent budget to the researcher.
    Refund {
        /// The request.
        #[arg(long)]
        request: U256,
    },
}

/// Runs `medvault researcher`.
pub(crate) async fn run(args: ResearcherArgs) -> eyre::Result<()> {
    let ctx = &Ctx::open(&args.globals).await?;
    match args.command {
        ResearcherCommand::Register => {
            let (tx, key, paid_by) = register_role(ctx, Role::Researcher, "researcher").await?;
            ctx.out.report(
                "registered researcher (an authority must attest it before it can open requests)",
                json!({
                    "account": ctx.signer.address(),
                    "encryptionKey": key.to_string(),
                    "txHash": tx,
                    "gasPaidBy": paid_by,
                }),
            );
            Ok(())
        }
        ResearcherCommand::Request(RequestCommand::Open { criteria, price, max, days }) => {
            open(ctx, &criteria, price, max, days).await
        }
        ResearcherCommand::Request(RequestCommand::ListCriteria { request, cid }) => {
            let filed = ctx
                .session
                .relayer
                .file_criteria(request, &cid)
                .await
                .map_err(|e| eyre!("the relayer did not list the criteria: {e}"))?;
            ctx.out.report(
                "criteria listed",
                json!({"request": request.to_string(), "criteriaCid": filed.cid, "criteria": filed.criteria}),
            );
            Ok(())
        }
        ResearcherCommand::Request(RequestCommand::Close { request }) => {
            close(ctx, request, false).await
        }
        ResearcherCommand::Request(RequestCommand::Refund { request }) => {
            close(ctx, request, true).await
        }
        ResearcherCommand::Deliveries { request } => super::trade::list(ctx, request).await,
        ResearcherCommand::Fetch { request, out } => super::trade::fetch(ctx, request, &out).await,
        ResearcherCommand::Dispute { request, seller, reason } => {
            let tx =
                research::dispute(&ctx.session, request, seller, &reason).await.map_err(|e| {
                    research_error(e, "dispute (only the request's researcher, within the window)")
                })?;
            ctx.out.report(
                "trade disputed",
                json!({"request": request.to_string(), "seller": seller, "txHash": tx}),
            );
            Ok(())
        }
    }
}

/// A failed market call, explained with `hint` (who may call it, and when).
fn research_error(e: ResearchError, hint: &str) -> eyre::Report {
    match e {
        ResearchError::Call { source, .. } => call_error(hint, source),
        e => e.into(),
    }
}

/// `medvault authority attest --researcher ADDR`.
pub(crate) async fn attest(ctx: &Ctx, researcher: Address, attestation: &str) -> eyre::Result<()> {
    let attested = accounts::attest_researcher(&ctx.session, researcher, attestation)
        .await
        .map_err(|e| match e {
            AccountError::Call { source, .. } => call_error(
                "attestResearcher (the keystore needs the attester role; the account must be registered as a researcher)",
                source,
            ),
            e => e.into(),
        })?;
    ctx.out.report(
        "attested researcher",
        json!({"researcher": researcher, "verified": attested.verified, "txHash": attested.tx}),
    );
    Ok(())
}

async fn open(ctx: &Ctx, criteria: &Path, price: u128, max: u32, days: u64) -> eyre::Result<()> {
    let text = std::fs::read_to_string(criteria)
        .wrap_err_with(|| format!("cannot read {}", criteria.display()))?;
    let terms = RequestTerms { criteria: text, price, max, days };
    // As `provider stake`: an account without ETH signs, the relayer submits.
    let gasless = ctx.holds_no_eth().await?;
    let opened = if gasless {
        research::open_request_gasless(&ctx.session, &ctx.signer, &terms, &NoSponsor).await
    } else {
        research::open_request(&ctx.session, &ctx.signer, &terms).await
    };
    let opened = opened.map_err(|e| match e {
        ResearchError::NotCriteria(source) => eyre::Report::new(source).wrap_err(format!(
            "{} is not a criteria document (see docs/FHIR.md)",
            criteria.display()
        )),
        ResearchError::Zero => eyre!("--price and --max must be above zero"),
        ResearchError::Lifetime(days) => eyre!(
            "--days {days}: a request stays open for 1 to {} days",
            research::MAX_REQUEST_DAYS
        ),
        ResearchError::Pin { url, source } => eyre::Report::new(source).wrap_err(format!(
            "cannot pin the criteria at {url}: check --ipfs-url / MEDVAULT_IPFS_URL"
        )),
        ResearchError::Open(e) => call_error("openRequestWithPermit", e),
        ResearchError::Gasless(e) => ctx.gasless_error("openRequestWithPermit", e),
        e => e.into(),
    })?;
    let (request, cid) = (opened.request, &opened.criteria_cid);
    let listed = match &opened.listed {
        Ok(()) => "yes".to_string(),
        Err(e) => {
            ctx.out.note(format!("the relayer did not list the criteria: {e}"));
            format!(
                "no: {e}; retry with `medvault researcher request list-criteria --request {request} --cid {cid}`"
            )
        }
    };
    ctx.out.report(
        "request opened",
        json!({
            "request": request.to_string(),
            "criteria": opened.commitment,
            "criteriaCid": cid,
            "pricePerRecord": terms.price.to_string(),
            "maxRecords": terms.max,
            "escrowed": opened.escrowed.to_string(),
            "deadline": opened.deadline,
            "txHash": opened.tx,
            "inFeed": listed,
            "gasPaidBy": if gasless { GASLESS } else { SELF_PAID },
        }),
    );
    Ok(())
}

async fn close(ctx: &Ctx, request: U256, expired: bool) -> eyre::Result<()> {
    let hint = if expired {
        "refundExpired (only after the deadline)"
    } else {
        "close (only by the request's researcher, once)"
    };
    let closed = research::close_request(&ctx.session, request, expired)
        .await
        .map_err(|e| research_error(e, hint))?;
    ctx.out.report(
        "request closed",
        json!({
            "request": request.to_string(),
            "researcher": closed.researcher,
            "returned": closed.returned.to_string(),
            "txHash": closed.tx,
        }),
    );
    Ok(())
}
