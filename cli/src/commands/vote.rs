//! `medvault provider review|vote|finalize|challenge|claim-bond|leave|withdraw`: certification by
//! peer vote (commit–reveal), misconduct challenges, and leaving with the stake.
//!
//! A vote's salt must stay secret until the reveal and be kept until then: `vote commit` stores it
//! in a small state file next to the keystore (`<keystore>.votes.json`, mode 0600), `vote reveal`
//! reads it back and removes it once revealed.

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
};

use alloy::{
    primitives::{Address, B256, U256, keccak256},
    rpc::types::TransactionReceipt,
};
use clap::{Args, Subcommand};
use eyre::{WrapErr, bail, eyre};
use medvault_bindings::{med_token::MedToken, provider_registry::ProviderRegistry};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::context::{Ctx, call_error, confirm, random_b256};

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

/// A committed, not yet revealed vote.
#[derive(Debug, Serialize, Deserialize)]
struct PendingVote {
    approve: bool,
    salt: B256,
    registry: Address,
}

/// The state file of votes awaiting reveal, keyed by review id.
fn state_path(keystore: &Path) -> PathBuf {
    let mut name = keystore.file_name().unwrap_or_default().to_os_string();
    name.push(".votes.json");
    keystore.with_file_name(name)
}

fn load(path: &Path) -> eyre::Result<BTreeMap<String, PendingVote>> {
    match std::fs::read(path) {
        Ok(raw) => serde_json::from_slice(&raw)
            .wrap_err_with(|| format!("{} is not a vote state file", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeMap::new()),
        Err(e) => Err(e).wrap_err_with(|| format!("cannot read {}", path.display())),
    }
}

fn save(path: &Path, votes: &BTreeMap<String, PendingVote>) -> eyre::Result<()> {
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

/// The review a transaction opened (from its `ReviewOpened` event).
fn opened_review(receipt: &TransactionReceipt) -> eyre::Result<U256> {
    receipt
        .inner
        .logs()
        .iter()
        .find_map(|log| log.log_decode::<ProviderRegistry::ReviewOpened>().ok())
        .map(|log| log.inner.data.reviewId)
        .ok_or_else(|| eyre!("the transaction opened no review"))
}

/// Posts approval of `amount` to the provider registry if the allowance is short.
async fn approve_bond(ctx: &Ctx, amount: U256) -> eyre::Result<()> {
    let providers = ctx.session.deployment.contracts.providers;
    let token = MedToken::new(ctx.session.deployment.contracts.token, &ctx.session.provider);
    if token.allowance(ctx.signer.address(), providers).call().await? >= amount {
        return Ok(());
    }
    let balance = token.balanceOf(ctx.signer.address()).call().await?;
    if balance < amount {
        bail!("the bond is {amount} MVT (wei) but the account holds {balance}: get tokens first");
    }
    let pending =
        token.approve(providers, amount).send().await.map_err(|e| call_error("approve", e))?;
    confirm(pending, "approve").await?;
    Ok(())
}

/// `medvault provider review request`: opens a peer review of the caller's application.
pub(crate) async fn request_review(ctx: &Ctx) -> eyre::Result<()> {
    let providers =
        ProviderRegistry::new(ctx.session.deployment.contracts.providers, &ctx.session.provider);
    let pending = providers.requestReview().send().await.map_err(|e| {
        call_error("requestReview (apply first with `provider stake`; one review at a time)", e)
    })?;
    let receipt = confirm(pending, "requestReview").await?;
    let review = opened_review(&receipt)?;
    let r = providers.review(review).call().await?;
    ctx.out.report(
        "review opened",
        json!({
            "review": review.to_string(),
            "subject": r.subject,
            "commitEnd": r.commitEnd,
            "revealEnd": r.revealEnd,
            "txHash": receipt.transaction_hash,
        }),
    );
    Ok(())
}

/// `medvault provider vote commit|reveal`.
pub(crate) async fn vote(ctx: &Ctx, keystore: &Path, command: VoteCommand) -> eyre::Result<()> {
    let registry = ctx.session.deployment.contracts.providers;
    let providers = ProviderRegistry::new(registry, &ctx.session.provider);
    let state = state_path(keystore);
    let mut votes = load(&state)?;
    match command {
        VoteCommand::Commit { review, choice } => {
            let approve = choice.approve && !choice.reject;
            let key = review.to_string();
            if votes.contains_key(&key) {
                bail!("a vote on review {review} awaits reveal already ({})", state.display());
            }
            let salt = random_b256();
            let commitment = providers
                .voteCommitment(review, ctx.signer.address(), approve, salt)
                .call()
                .await?;
            approve_bond(ctx, U256::from(providers.params().call().await?.voteBond)).await?;
            // Keep the salt before the commitment goes on-chain: a lost salt forfeits the bond.
            votes.insert(key.clone(), PendingVote { approve, salt, registry });
            save(&state, &votes)?;
            let sent = providers.commitVote(review, commitment).send().await;
            let pending = match sent {
                Ok(p) => p,
                Err(e) => {
                    votes.remove(&key);
                    save(&state, &votes)?;
                    return Err(call_error(
                        "commitVote (certified providers vote, once, during the commit phase)",
                        e,
                    ));
                }
            };
            let receipt = confirm(pending, "commitVote").await?;
            ctx.out.report(
                "vote committed",
                json!({
                    "review": key,
                    "vote": if approve { "approve" } else { "reject" },
                    "commitment": commitment,
                    "stateFile": state.display().to_string(),
                    "txHash": receipt.transaction_hash,
                }),
            );
        }
        VoteCommand::Reveal { review } => {
            let key = review.to_string();
            let Some(vote) = votes.get(&key) else {
                bail!("no committed vote on review {review} in {}", state.display());
            };
            if vote.registry != registry {
                bail!("the vote on review {review} was for registry {}", vote.registry);
            }
            let pending = providers
                .revealVote(review, vote.approve, vote.salt)
                .send()
                .await
                .map_err(|e| call_error("revealVote (only during the reveal phase)", e))?;
            let receipt = confirm(pending, "revealVote").await?;
            let approve = vote.approve;
            votes.remove(&key);
            save(&state, &votes)?;
            ctx.out.report(
                "vote revealed",
                json!({
                    "review": key,
                    "vote": if approve { "approve" } else { "reject" },
                    "txHash": receipt.transaction_hash,
                }),
            );
        }
    }
    Ok(())
}

/// `medvault provider finalize --review N`.
pub(crate) async fn finalize(ctx: &Ctx, review: U256) -> eyre::Result<()> {
    let providers =
        ProviderRegistry::new(ctx.session.deployment.contracts.providers, &ctx.session.provider);
    let pending = providers
        .finalize(review)
        .send()
        .await
        .map_err(|e| call_error("finalize (only after the reveal phase, once)", e))?;
    let receipt = confirm(pending, "finalize").await?;
    let event = receipt
        .inner
        .logs()
        .iter()
        .find_map(|log| log.log_decode::<ProviderRegistry::ReviewFinalized>().ok())
        .ok_or_else(|| eyre!("finalize emitted no ReviewFinalized event"))?;
    let e = &event.inner.data;
    let outcome = match e.outcome {
        1 => "approved",
        2 => "rejected",
        3 => "no quorum",
        _ => "open",
    };
    let subject = providers.review(review).call().await?.subject;
    ctx.out.report(
        "review finalized",
        json!({
            "review": review.to_string(),
            "subject": subject,
            "outcome": outcome,
            "yes": e.yes,
            "no": e.no,
            "certified": providers.isCertified(subject).call().await?,
            "txHash": receipt.transaction_hash,
        }),
    );
    Ok(())
}

/// `medvault provider challenge --provider ADDR --evidence TEXT` (posts the challenge bond).
pub(crate) async fn challenge(ctx: &Ctx, provider: Address, evidence: &str) -> eyre::Result<()> {
    let providers =
        ProviderRegistry::new(ctx.session.deployment.contracts.providers, &ctx.session.provider);
    // Checked first, so a challenge that cannot be opened leaves no token approval behind.
    if !providers.isCertified(provider).call().await? {
        bail!("{provider} is not a certified provider: only certified providers can be challenged");
    }
    approve_bond(ctx, U256::from(providers.params().call().await?.challengeBond)).await?;
    let pending =
        providers.challenge(provider, keccak256(evidence.as_bytes())).send().await.map_err(
            |e| call_error("challenge (the provider must be certified and not under review)", e),
        )?;
    let receipt = confirm(pending, "challenge").await?;
    let review = opened_review(&receipt)?;
    ctx.out.report(
        "challenge opened",
        json!({"review": review.to_string(), "provider": provider, "txHash": receipt.transaction_hash}),
    );
    Ok(())
}

/// `medvault provider claim-bond --review N`: the voter's bond (and reward) after finalization.
pub(crate) async fn claim_bond(ctx: &Ctx, review: U256) -> eyre::Result<()> {
    let providers =
        ProviderRegistry::new(ctx.session.deployment.contracts.providers, &ctx.session.provider);
    let pending = providers
        .claimBond(review)
        .send()
        .await
        .map_err(|e| call_error("claimBond (after finalize, once, by a voter)", e))?;
    let receipt = confirm(pending, "claimBond").await?;
    ctx.out.report(
        "bond claimed",
        json!({"review": review.to_string(), "txHash": receipt.transaction_hash}),
    );
    Ok(())
}

/// `medvault provider leave` / `withdraw`.
pub(crate) async fn leave_or_withdraw(ctx: &Ctx, withdraw: bool) -> eyre::Result<()> {
    let providers =
        ProviderRegistry::new(ctx.session.deployment.contracts.providers, &ctx.session.provider);
    let token = MedToken::new(ctx.session.deployment.contracts.token, &ctx.session.provider);
    let before = token.balanceOf(ctx.signer.address()).call().await?;
    let (pending, what) =
        if withdraw {
            (
                providers.withdraw().send().await.map_err(|e| {
                    call_error("withdraw (leave first and wait out the unbonding delay)", e)
                })?,
                "withdraw",
            )
        } else {
            (
                providers.leave().send().await.map_err(|e| {
                    call_error("leave (only a staked provider with no open review)", e)
                })?,
                "leave",
            )
        };
    let receipt = confirm(pending, what).await?;
    let after = token.balanceOf(ctx.signer.address()).call().await?;
    let p = providers.provider_call(ctx.signer.address()).call().await?;
    let unbonding = U256::from(providers.params().call().await?.unbondingDelay);
    ctx.out.report(
        if withdraw { "stake withdrawn" } else { "left; unbonding" },
        json!({
            "account": ctx.signer.address(),
            "received": (after.saturating_sub(before)).to_string(),
            "remainingStake": p.stake.to_string(),
            "unbondingDelaySecs": unbonding.to_string(),
            "txHash": receipt.transaction_hash,
        }),
    );
    Ok(())
}
