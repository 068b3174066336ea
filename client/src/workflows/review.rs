//! Certification by peer vote, and misconduct challenges, in `ProviderRegistry`: a provider
//! that applied opens a review ([`request_review`]); certified peers vote by commit and reveal
//! ([`seal_vote`], [`commit_vote`], [`reveal_vote`]), each with a bond; anyone
//! [`finalize`]s after the reveal phase; voters [`claim_bond`]; a certified provider can be
//! [`challenge`]d; a provider [`leave`]s and, after the unbonding delay, [`withdraw`]s its stake.
//!
//! A vote's salt must stay secret until the reveal, and be kept until then: a lost salt forfeits
//! the bond. [`seal_vote`] draws it and returns it as a [`SealedVote`], which the caller stores
//! (durably, before [`commit_vote`] sends the commitment) and hands back to [`reveal_vote`].
//!
//! The transactions are sent by the session's provider, which must hold the caller's wallet.

use alloy::{
    primitives::{Address, B256, U256, keccak256},
    providers::Provider,
    rpc::types::TransactionReceipt,
};
use medvault_bindings::{med_token::MedToken, provider_registry::ProviderRegistry};
use medvault_primitives::enums::{Outcome, UnknownVariant};
use rand::{CryptoRng, RngCore};
use serde::{Deserialize, Serialize};

use super::{Session, TxError, confirm};

/// Why a review step did not take effect.
#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    /// A contract could not be read.
    #[error(transparent)]
    Chain(#[from] alloy::contract::Error),
    /// The account cannot post the bond.
    #[error("the bond is {bond} MVT (wei) but the account holds {balance}: get tokens first")]
    Balance {
        /// The bond.
        bond: U256,
        /// The account's balance.
        balance: U256,
    },
    /// Only a certified provider can be challenged.
    #[error("{0} is not a certified provider: only certified providers can be challenged")]
    NotCertified(Address),
    /// The stored vote was for another registry (another deployment).
    #[error("the vote on review {review} was for registry {registry}")]
    OtherRegistry {
        /// The review.
        review: U256,
        /// The registry the vote was sealed for.
        registry: Address,
    },
    /// A contract refused a call (its revert data is in the error).
    #[error("{action} failed")]
    Call {
        /// The contract function.
        action: &'static str,
        /// The call's error.
        #[source]
        source: Box<alloy::contract::Error>,
    },
    /// The transaction did not take effect.
    #[error(transparent)]
    Tx(#[from] TxError),
    /// The receipt lacks the event the call emits.
    #[error("{0}")]
    NoEvent(&'static str),
    /// The chain reports an outcome this build does not know.
    #[error(transparent)]
    Outcome(#[from] UnknownVariant),
}

/// Result alias for [`ReviewError`].
pub type Result<T, E = ReviewError> = std::result::Result<T, E>;

/// A review opened.
#[derive(Clone, Copy, Debug)]
pub struct ReviewOpened {
    /// The review id.
    pub review: U256,
    /// The provider under review.
    pub subject: Address,
    /// End of the commit phase (Unix time).
    pub commit_end: u64,
    /// End of the reveal phase (Unix time).
    pub reveal_end: u64,
    /// The transaction.
    pub tx: B256,
}

/// Opens a peer review of the wallet's pending application.
pub async fn request_review<P: Provider>(session: &Session<P>) -> Result<ReviewOpened> {
    let providers = registry(session);
    let pending = providers.requestReview().send().await.map_err(|source| ReviewError::Call {
        action: "requestReview",
        source: Box::new(source),
    })?;
    let receipt = confirm(pending, "requestReview").await?;
    let review = opened_review(&receipt)?;
    let r = providers.review(review).call().await?;
    Ok(ReviewOpened {
        review,
        subject: r.subject,
        commit_end: r.commitEnd,
        reveal_end: r.revealEnd,
        tx: receipt.transaction_hash,
    })
}

/// A vote committed but not yet revealed: what its voter must keep, secret, until the reveal.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SealedVote {
    /// Approve (certify, or uphold the challenge) or reject.
    pub approve: bool,
    /// The salt hiding the vote.
    pub salt: B256,
    /// The `ProviderRegistry` voted at.
    pub registry: Address,
}

/// Seals `voter`'s vote on `review` under a fresh salt, and approves the vote bond if the
/// allowance is short; the vote to keep and the commitment to send with [`commit_vote`].
pub async fn seal_vote<P: Provider>(
    session: &Session<P>,
    voter: Address,
    review: U256,
    approve: bool,
    rng: &mut (impl RngCore + CryptoRng),
) -> Result<(SealedVote, B256)> {
    let providers = registry(session);
    let mut salt = [0u8; 32];
    rng.fill_bytes(&mut salt);
    let salt = B256::from(salt);
    let commitment = providers.voteCommitment(review, voter, approve, salt).call().await?;
    approve_bond(session, voter, U256::from(providers.params().call().await?.voteBond)).await?;
    let vote = SealedVote { approve, salt, registry: session.deployment.contracts.providers };
    Ok((vote, commitment))
}

/// Commits a sealed vote's `commitment` on `review` (posts the vote bond); the transaction hash.
pub async fn commit_vote<P: Provider>(
    session: &Session<P>,
    review: U256,
    commitment: B256,
) -> Result<B256> {
    let pending =
        registry(session).commitVote(review, commitment).send().await.map_err(|source| {
            ReviewError::Call { action: "commitVote", source: Box::new(source) }
        })?;
    Ok(confirm(pending, "commitVote").await?.transaction_hash)
}

/// Reveals `vote` on `review`, in the reveal phase; the transaction hash.
pub async fn reveal_vote<P: Provider>(
    session: &Session<P>,
    review: U256,
    vote: &SealedVote,
) -> Result<B256> {
    if vote.registry != session.deployment.contracts.providers {
        return Err(ReviewError::OtherRegistry { review, registry: vote.registry });
    }
    let pending =
        registry(session).revealVote(review, vote.approve, vote.salt).send().await.map_err(
            |source| ReviewError::Call { action: "revealVote", source: Box::new(source) },
        )?;
    Ok(confirm(pending, "revealVote").await?.transaction_hash)
}

/// A review finalized.
#[derive(Clone, Copy, Debug)]
pub struct Finalized {
    /// The provider reviewed.
    pub subject: Address,
    /// How it ended.
    pub outcome: Outcome,
    /// Votes to approve.
    pub yes: u32,
    /// Votes to reject.
    pub no: u32,
    /// Whether the subject is certified now.
    pub certified: bool,
    /// The transaction.
    pub tx: B256,
}

/// Finalizes `review` after its reveal phase and applies the outcome.
pub async fn finalize<P: Provider>(session: &Session<P>, review: U256) -> Result<Finalized> {
    let providers = registry(session);
    let pending = providers
        .finalize(review)
        .send()
        .await
        .map_err(|source| ReviewError::Call { action: "finalize", source: Box::new(source) })?;
    let receipt = confirm(pending, "finalize").await?;
    let event = receipt
        .inner
        .logs()
        .iter()
        .find_map(|log| log.log_decode::<ProviderRegistry::ReviewFinalized>().ok())
        .ok_or(ReviewError::NoEvent("finalize emitted no ReviewFinalized event"))?;
    let e = &event.inner.data;
    let subject = providers.review(review).call().await?.subject;
    Ok(Finalized {
        subject,
        outcome: Outcome::try_from(e.outcome)?,
        yes: e.yes,
        no: e.no,
        certified: providers.isCertified(subject).call().await?,
        tx: receipt.transaction_hash,
    })
}

/// Challenges certified `provider` for misconduct as `challenger` (the wallet's account), for
/// `evidence` kept off-chain (its keccak256 goes on-chain), posting the challenge bond; the
/// review it opens and the transaction.
pub async fn challenge<P: Provider>(
    session: &Session<P>,
    challenger: Address,
    provider: Address,
    evidence: &str,
) -> Result<(U256, B256)> {
    let providers = registry(session);
    // Checked first, so a challenge that cannot be opened leaves no token approval behind.
    if !providers.isCertified(provider).call().await? {
        return Err(ReviewError::NotCertified(provider));
    }
    let bond = U256::from(providers.params().call().await?.challengeBond);
    approve_bond(session, challenger, bond).await?;
    let pending =
        providers.challenge(provider, keccak256(evidence.as_bytes())).send().await.map_err(
            |source| ReviewError::Call { action: "challenge", source: Box::new(source) },
        )?;
    let receipt = confirm(pending, "challenge").await?;
    Ok((opened_review(&receipt)?, receipt.transaction_hash))
}

/// Takes back the wallet's vote bond (and any reward) on `review` after it is finalized.
pub async fn claim_bond<P: Provider>(session: &Session<P>, review: U256) -> Result<B256> {
    let pending = registry(session)
        .claimBond(review)
        .send()
        .await
        .map_err(|source| ReviewError::Call { action: "claimBond", source: Box::new(source) })?;
    Ok(confirm(pending, "claimBond").await?.transaction_hash)
}

/// A provider's stake after [`leave`] or [`withdraw`].
#[derive(Clone, Copy, Debug)]
pub struct StakeMoved {
    /// Tokens the account received.
    pub received: U256,
    /// Stake still held by the registry.
    pub remaining_stake: U256,
    /// The registry's unbonding delay, in seconds.
    pub unbonding_delay: U256,
    /// The transaction.
    pub tx: B256,
}

/// Stops practising: `account`'s stake starts unbonding.
pub async fn leave<P: Provider>(session: &Session<P>, account: Address) -> Result<StakeMoved> {
    move_stake(session, account, false).await
}

/// Withdraws `account`'s stake once unbonded.
pub async fn withdraw<P: Provider>(session: &Session<P>, account: Address) -> Result<StakeMoved> {
    move_stake(session, account, true).await
}

async fn move_stake<P: Provider>(
    session: &Session<P>,
    account: Address,
    withdraw: bool,
) -> Result<StakeMoved> {
    let providers = registry(session);
    let token = MedToken::new(session.deployment.contracts.token, &session.provider);
    let before = token.balanceOf(account).call().await?;
    let (action, sent) = if withdraw {
        ("withdraw", providers.withdraw().send().await)
    } else {
        ("leave", providers.leave().send().await)
    };
    let pending = sent.map_err(|source| ReviewError::Call { action, source: Box::new(source) })?;
    let receipt = confirm(pending, action).await?;
    let after = token.balanceOf(account).call().await?;
    let p = providers.provider_call(account).call().await?;
    Ok(StakeMoved {
        received: after.saturating_sub(before),
        remaining_stake: U256::from(p.stake),
        unbonding_delay: U256::from(providers.params().call().await?.unbondingDelay),
        tx: receipt.transaction_hash,
    })
}

fn registry<P: Provider>(session: &Session<P>) -> ProviderRegistry::ProviderRegistryInstance<&P> {
    ProviderRegistry::new(session.deployment.contracts.providers, &session.provider)
}

/// Approves `amount` of `account`'s tokens to the provider registry if the allowance is short.
async fn approve_bond<P: Provider>(
    session: &Session<P>,
    account: Address,
    amount: U256,
) -> Result<()> {
    let providers = session.deployment.contracts.providers;
    let token = MedToken::new(session.deployment.contracts.token, &session.provider);
    if token.allowance(account, providers).call().await? >= amount {
        return Ok(());
    }
    let balance = token.balanceOf(account).call().await?;
    if balance < amount {
        return Err(ReviewError::Balance { bond: amount, balance });
    }
    let pending = token
        .approve(providers, amount)
        .send()
        .await
        .map_err(|source| ReviewError::Call { action: "approve", source: Box::new(source) })?;
    confirm(pending, "approve").await?;
    Ok(())
}

/// The review a transaction opened (from its `ReviewOpened` event).
fn opened_review(receipt: &TransactionReceipt) -> Result<U256> {
    receipt
        .inner
        .logs()
        .iter()
        .find_map(|log| log.log_decode::<ProviderRegistry::ReviewOpened>().ok())
        .map(|log| log.inner.data.reviewId)
        .ok_or(ReviewError::NoEvent("the transaction opened no review"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The vote state files written before the SDK held this type still read back.
    #[test]
    fn a_sealed_vote_reads_back_from_its_stored_form() {
        let stored = r#"{"approve":true,"salt":"0x1111111111111111111111111111111111111111111111111111111111111111","registry":"0x5fbdb2315678afecb367f032d93f642f64180aa3"}"#;
        let vote: SealedVote = serde_json::from_str(stored).unwrap();
        assert!(vote.approve);
        assert_eq!(vote.salt, B256::repeat_byte(0x11));
        let again: SealedVote =
            serde_json::from_str(&serde_json::to_string(&vote).unwrap()).unwrap();
        assert_eq!(
            (again.approve, again.salt, again.registry),
            (vote.approve, vote.salt, vote.registry)
        );
    }
}
