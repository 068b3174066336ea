//! `medvault provider review|vote|finalize|challenge|claim-bond|leave|withdraw`: certification by
//! peer vote (commit–reveal), misconduct challenges, and leaving with the stake.
//!
//! The workflows are `medvault_client::workflows::review`. A vote's salt must stay secret until
//! the reveal and be kept until then: `vote commit` stores the sealed vote in a small state file
//! next to the keystore (`<keystore>.votes.json`, mode 0600) before the commitment is sent, and
//! `vote reveal` reads it back and removes it once revealed.

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
};

use alloy::primitives::{Address, U256};
use clap::{Args, Subcommand};
use eyre::{WrapErr, bail};
use medvault_client::workflows::review::{self, ReviewError, SealedVote};
use medvault_primitives::enums::Outcome;
use serde_json::json;

use super::context::{Ctx, call_error};

/// `medvault provider vote`.
#[derive(Debug, Subcommand)]
pub(crate) enum VoteCommand {
    /// Commit a hidden vote on a review (posts the vote bond).
    Commit {
        /// The review.
        #[arg(long)]
        review: U256,
        #[command(flatten)]
        choice: Choice,
    },
    /// Reveal the vote committed earlier (the salt comes from the state file).
    Reveal {
        /// The review.
        #[arg(long)]
        review: U256,
    },
}

/// Approve or reject.
#[derive(Debug, Args)]
pub(crate) struct Choice {
    /// Vote to approve (certify, or uphold the challenge).
    #[arg(long, conflicts_with = "reject", required_unless_present = "reject")]
    approve: bool,
    /// Vote to reject.
    #[arg(long)]
    reject: bool,
}

/// The state file of votes awaiting reveal, keyed by review id.
fn state_path(keystore: &Path) -> PathBuf {
    let mut name = keystore.file_name().unwrap_or_default().to_os_string();
    name.push(".votes.json");
    keystore.with_file_name(name)
}

fn load(path: &Path) -> eyre::Result<BTreeMap<String, SealedVote>> {
    match std::fs::read(path) {
        Ok(raw) => serde_json::from_slice(&raw)
            .wrap_err_with(|| format!("{} is not a vote state file", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeMap::new()),
        Err(e) => Err(e).wrap_err_with(|| format!("cannot read {}", path.display())),
    }
}

fn save(path: &Path, votes: &BTreeMap<String, SealedVote>) -> eyre::Result<()> {
    use std::io::Write;
    #[cfg(unix)]
    use std::os::unix::fs::OpenOptionsExt;
    let tmp = path.with_extension("tmp");
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    options.mode(0o600);
    let mut file =
        options.open(&tmp).wrap_err_with(|| format!("cannot write {}", tmp.display()))?;
    file.write_all(&serde_json::to_vec_pretty(votes)?)?;
    file.sync_all()?;
    std::fs::rename(&tmp, path)?;
    Ok(())
}

/// A review step's failure, explained with `hint` (who may call it, and when).
fn review_error(e: ReviewError, hint: &str) -> eyre::Report {
    match e {
        ReviewError::Call { action: "approve", source } => call_error("approve", *source),
        ReviewError::Call { source, .. } => call_error(hint, *source),
        e => e.into(),
    }
}

/// `medvault provider review request`: opens a peer review of the caller's application.
pub(crate) async fn request_review(ctx: &Ctx) -> eyre::Result<()> {
    let opened = review::request_review(&ctx.session).await.map_err(|e| {
        review_error(e, "requestReview (apply first with `provider stake`; one review at a time)")
    })?;
    ctx.out.report(
        "review opened",
        json!({
            "review": opened.review.to_string(),
            "subject": opened.subject,
            "commitEnd": opened.commit_end,
            "revealEnd": opened.reveal_end,
            "txHash": opened.tx,
        }),
    );
    Ok(())
}

/// `medvault provider vote commit|reveal`.
pub(crate) async fn vote(ctx: &Ctx, keystore: &Path, command: VoteCommand) -> eyre::Result<()> {
    let state = state_path(keystore);
    let mut votes = load(&state)?;
    match command {
        VoteCommand::Commit { review, choice } => {
            let approve = choice.approve && !choice.reject;
            let key = review.to_string();
            if votes.contains_key(&key) {
                bail!("a vote on review {review} awaits reveal already ({})", state.display());
            }
            let voter = ctx.signer.address();
            let (vote, commitment) =
                review::seal_vote(&ctx.session, voter, review, approve, &mut rand::rngs::OsRng)
                    .await
                    .map_err(|e| review_error(e, "voteCommitment"))?;
            // Keep the salt before the commitment goes on-chain: a lost salt forfeits the bond.
            votes.insert(key.clone(), vote);
            save(&state, &votes)?;
            let tx = match review::commit_vote(&ctx.session, review, commitment).await {
                Ok(tx) => tx,
                Err(e @ ReviewError::Call { .. }) => {
                    votes.remove(&key);
                    save(&state, &votes)?;
                    return Err(review_error(
                        e,
                        "commitVote (certified providers vote, once, during the commit phase)",
                    ));
                }
                Err(e) => return Err(e.into()),
            };
            ctx.out.report(
                "vote committed",
                json!({
                    "review": key,
                    "vote": if approve { "approve" } else { "reject" },
                    "commitment": commitment,
                    "stateFile": state.display().to_string(),
                    "txHash": tx,
                }),
            );
        }
        VoteCommand::Reveal { review } => {
            let key = review.to_string();
            let Some(vote) = votes.get(&key) else {
                bail!("no committed vote on review {review} in {}", state.display());
            };
            let tx = review::reveal_vote(&ctx.session, review, vote)
                .await
                .map_err(|e| review_error(e, "revealVote (only during the reveal phase)"))?;
            let approve = vote.approve;
            votes.remove(&key);
            save(&state, &votes)?;
            ctx.out.report(
                "vote revealed",
                json!({
                    "review": key,
                    "vote": if approve { "approve" } else { "reject" },
                    "txHash": tx,
                }),
            );
        }
    }
    Ok(())
}

/// `medvault provider finalize --review N`.
pub(crate) async fn finalize(ctx: &Ctx, review: U256) -> eyre::Result<()> {
    let f = review::finalize(&ctx.session, review)
        .await
        .map_err(|e| review_error(e, "finalize (only after the reveal phase, once)"))?;
    let outcome = match f.outcome {
        Outcome::Approved => "approved",
        Outcome::Rejected => "rejected",
        Outcome::NoQuorum => "no quorum",
        Outcome::Open => "open",
    };
    ctx.out.report(
        "review finalized",
        json!({
            "review": review.to_string(),
            "subject": f.subject,
            "outcome": outcome,
            "yes": f.yes,
            "no": f.no,
            "certified": f.certified,
            "txHash": f.tx,
        }),
    );
    Ok(())
}

/// `medvault provider challenge --provider ADDR --evidence TEXT` (posts the challenge bond).
pub(crate) async fn challenge(ctx: &Ctx, provider: Address, evidence: &str) -> eyre::Result<()> {
    let (review, tx) =
        review::challenge(&ctx.session, ctx.signer.address(), provider, evidence).await.map_err(
            |e| review_error(e, "challenge (the provider must be certified and not under review)"),
        )?;
    ctx.out.report(
        "challenge opened",
        json!({"review": review.to_string(), "provider": provider, "txHash": tx}),
    );
    Ok(())
}

/// `medvault provider claim-bond --review N`: the voter's bond (and reward) after finalization.
pub(crate) async fn claim_bond(ctx: &Ctx, review: U256) -> eyre::Result<()> {
    let tx = review::claim_bond(&ctx.session, review)
        .await
        .map_err(|e| review_error(e, "claimBond (after finalize, once, by a voter)"))?;
    ctx.out.report("bond claimed", json!({"review": review.to_string(), "txHash": tx}));
    Ok(())
}

/// `medvault provider leave` / `withdraw`.
pub(crate) async fn leave_or_withdraw(ctx: &Ctx, withdraw: bool) -> eyre::Result<()> {
    let account = ctx.signer.address();
    let moved = if withdraw {
        review::withdraw(&ctx.session, account).await.map_err(|e| {
            review_error(e, "withdraw (leave first and wait out the unbonding delay)")
        })?
    } else {
        review::leave(&ctx.session, account)
            .await
            .map_err(|e| review_error(e, "leave (only a staked provider with no open review)"))?
    };
    ctx.out.report(
        if withdraw { "stake withdrawn" } else { "left; unbonding" },
        json!({
            "account": account,
            "received": moved.received.to_string(),
            "remainingStake": moved.remaining_stake.to_string(),
            "unbondingDelaySecs": moved.unbonding_delay.to_string(),
            "txHash": moved.tx,
        }),
    );
    Ok(())
}
