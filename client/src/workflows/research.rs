//! The research trade on the researcher's side, before any delivery: opening a funded request
//! in one transaction ([`open_request`]): the criteria document checked and committed as the
//! keccak256 of its canonical JSON, pinned to IPFS so patients can fetch and evaluate it, the
//! budget escrowed by an EIP-2612 permit signed in the same call (`openRequestWithPermit`), and
//! the relayer told where the document is so its feed points patients to it.
//!
//! Then, with the researcher's wallet: [`dispute`] a settled trade within its window, and
//! [`close_request`] (or, after its deadline, refund) to take back the unspent budget.
//!
//! The transactions are sent by the session's provider, which must hold a wallet for the
//! researcher's account (the researcher pays their gas).

use alloy::{
    primitives::{Address, B256, U256, aliases::U96, keccak256},
    providers::Provider,
    signers::Signer,
};
use medvault_bindings::{
    account_registry::AccountRegistry, data_market::DataMarket, med_token::MedToken,
};
use medvault_fhir::{Criteria, criteria::CriteriaError};

use super::{Session, TxError, confirm, gasless::SIGNATURE_LIFETIME};
use crate::{api::ApiError, ipfs::IpfsError, sign};

/// Why a request was not opened.
#[derive(Debug, thiserror::Error)]
pub enum ResearchError {
    /// The criteria document is not one (see docs/FHIR.md).
    #[error("not a criteria document (see docs/FHIR.md)")]
    NotCriteria(#[source] CriteriaError),
    /// A price or size of zero.
    #[error("the price per record and the number of records must be above zero")]
    Zero,
    /// A request that would close today or live longer than the market allows.
    #[error("a request stays open for 1 to {MAX_REQUEST_DAYS} days, not {0}")]
    Lifetime(u64),
    /// The token, registry or market could not be read.
    #[error(transparent)]
    Chain(#[from] alloy::contract::Error),
    /// The researcher cannot fund the budget.
    #[error("the budget is {budget} MVT (wei) but the account holds {balance}: get tokens first")]
    Budget {
        /// Price × records.
        budget: U256,
        /// The researcher's balance.
        balance: U256,
    },
    /// The researcher cannot post a dispute's bond.
    #[error(
        "a dispute's bond is {bond} MVT (wei) but the account holds {balance}: get tokens first"
    )]
    Bond {
        /// `DISPUTE_BOND_BPS` of the price.
        bond: U256,
        /// The researcher's balance.
        balance: U256,
    },
    /// The account is not a verified researcher.
    #[error("{0} is not a verified researcher: register, then ask an authority to attest it")]
    NotVerified(alloy::primitives::Address),
    /// The criteria document could not be pinned.
    #[error("cannot pin the criteria at {url}")]
    Pin {
        /// The IPFS node's RPC URL.
        url: String,
        /// The node's error.
        #[source]
        source: IpfsError,
    },
    /// The signer did not sign the permit.
    #[error("cannot sign the permit")]
    Sign(#[source] alloy::signers::Error),
    /// The market refused `openRequestWithPermit` (its revert data is in the error).
    #[error("openRequestWithPermit failed")]
    Open(#[source] alloy::contract::Error),
    /// The transaction did not take effect.
    #[error(transparent)]
    Tx(#[from] TxError),
    /// The market refused a call (its revert data is in the error).
    #[error("{action} failed")]
    Call {
        /// The contract function.
        action: &'static str,
        /// The call's error.
        #[source]
        source: alloy::contract::Error,
    },
    /// There is no such request.
    #[error("there is no request {0}")]
    NoRequest(U256),
    /// The receipt holds no `RequestOpened` event.
    #[error("openRequestWithPermit emitted no RequestOpened event")]
    NoEvent,
}

/// Result alias for [`ResearchError`].
pub type Result<T, E = ResearchError> = std::result::Result<T, E>;

/// The longest a request may stay open (`DataMarket.MAX_REQUEST_DURATION`, 365 days).
pub const MAX_REQUEST_DAYS: u64 = 365;

/// What to ask for: the criteria document and the terms.
#[derive(Clone, Debug)]
pub struct RequestTerms {
    /// The criteria document (JSON, see docs/FHIR.md).
    pub criteria: String,
    /// Price per record, in wei of MVT.
    pub price: u128,
    /// Most records bought.
    pub max: u32,
    /// Days until the request's trade deadline.
    pub days: u64,
}

/// A request opened.
#[derive(Debug)]
pub struct OpenedRequest {
    /// Its id.
    pub request: U256,
    /// The criteria commitment on-chain.
    pub commitment: B256,
    /// Where the criteria document is pinned.
    pub criteria_cid: String,
    /// Tokens escrowed (price × records).
    pub escrowed: U256,
    /// The trade deadline (Unix time).
    pub deadline: u64,
    /// The transaction.
    pub tx: B256,
    /// Whether the relayer listed the criteria in its feed. The request stands either way;
    /// `RelayerApi::file_criteria` retries.
    pub listed: std::result::Result<(), ApiError>,
}

/// Checks the terms against the chain, pins the canonical criteria, signs a permit of the budget
/// as `signer` (the researcher) and opens the request with it; then files the criteria with the
/// relayer.
pub async fn open_request<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    terms: &RequestTerms,
) -> Result<OpenedRequest> {
    let parsed = Criteria::from_json(&terms.criteria).map_err(ResearchError::NotCriteria)?;
    let canonical = parsed.canonical_json();
    let commitment = keccak256(&canonical);
    if terms.price == 0 || terms.max == 0 {
        return Err(ResearchError::Zero);
    }
    if !(1..=MAX_REQUEST_DAYS).contains(&terms.days) {
        return Err(ResearchError::Lifetime(terms.days));
    }
    let budget = U256::from(terms.price) * U256::from(terms.max);
    let contracts = &session.deployment.contracts;
    let token = MedToken::new(contracts.token, &session.provider);
    let me = signer.address();
    let balance = token.balanceOf(me).call().await?;
    if balance < budget {
        return Err(ResearchError::Budget { budget, balance });
    }
    let accounts = AccountRegistry::new(contracts.accounts, &session.provider);
    if !accounts.isVerifiedResearcher(me).call().await? {
        return Err(ResearchError::NotVerified(me));
    }
    let cid = session
        .ipfs
        .add_pinned(canonical)
        .await
        .map_err(|source| ResearchError::Pin { url: session.ipfs.base().to_string(), source })?;
    let base = session.deadline_base().await;
    let permit_deadline = U256::from(base + SIGNATURE_LIFETIME);
    let (v, r, s) = sign::sign_permit(
        signer,
        contracts.market,
        budget,
        token.nonces(me).call().await?,
        permit_deadline,
        &sign::token_domain(session.chain_id(), contracts.token),
    )
    .await
    .map_err(ResearchError::Sign)?;
    let deadline = base + terms.days * 86_400;
    let market = DataMarket::new(contracts.market, &session.provider);
    let pending = market
        .openRequestWithPermit(
            commitment,
            U96::from(terms.price),
            terms.max,
            deadline,
            permit_deadline,
            v,
            r,
            s,
        )
        .send()
        .await
        .map_err(ResearchError::Open)?;
    let receipt = confirm(pending, "openRequestWithPermit").await?;
    let request = receipt
        .inner
        .logs()
        .iter()
        .find_map(|l| l.log_decode::<DataMarket::RequestOpened>().ok())
        .map(|l| l.inner.data.requestId)
        .ok_or(ResearchError::NoEvent)?;
    // Only the commitment is on-chain: tell the relayer where the document is, so the feed points
    // patients to it.
    let listed = session.relayer.file_criteria(request, &cid).await.map(drop);
    Ok(OpenedRequest {
        request,
        commitment,
        criteria_cid: cid,
        escrowed: budget,
        deadline,
        tx: receipt.transaction_hash,
        listed,
    })
}

/// A request closed, and its unspent budget returned.
#[derive(Clone, Copy, Debug)]
pub struct Closed {
    /// The request's researcher, who got the budget back.
    pub researcher: Address,
    /// Tokens returned to the researcher.
    pub returned: U256,
    /// The transaction.
    pub tx: B256,
}

/// Closes `request` and returns its unspent budget to its researcher: `close` by the researcher,
/// or, when `expired`, `refundExpired` by anyone after the deadline.
pub async fn close_request<P: Provider>(
    session: &Session<P>,
    request: U256,
    expired: bool,
) -> Result<Closed> {
    let contracts = &session.deployment.contracts;
    let market = DataMarket::new(contracts.market, &session.provider);
    let token = MedToken::new(contracts.token, &session.provider);
    let researcher = market.request(request).call().await?.researcher;
    if researcher == Address::ZERO {
        return Err(ResearchError::NoRequest(request));
    }
    let before = token.balanceOf(researcher).call().await?;
    let (action, sent) = if expired {
        ("refundExpired", market.refundExpired(request).send().await)
    } else {
        ("close", market.close(request).send().await)
    };
    let pending = sent.map_err(|source| ResearchError::Call { action, source })?;
    let receipt = confirm(pending, action).await?;
    let after = token.balanceOf(researcher).call().await?;
    Ok(Closed { researcher, returned: after.saturating_sub(before), tx: receipt.transaction_hash })
}

/// Disputes `patient`'s settled trade in `request`, within its dispute window, for `reason`
/// (kept off-chain; its keccak256 goes on-chain); the transaction hash. The market takes a bond of
/// `DISPUTE_BOND_BPS` of the price, so the market's allowance is raised to it first if short.
pub async fn dispute<P: Provider>(
    session: &Session<P>,
    request: U256,
    patient: Address,
    reason: &str,
) -> Result<B256> {
    let contracts = &session.deployment.contracts;
    let market = DataMarket::new(contracts.market, &session.provider);
    let token = MedToken::new(contracts.token, &session.provider);
    let terms = market.request(request).call().await?;
    if terms.researcher == Address::ZERO {
        return Err(ResearchError::NoRequest(request));
    }
    let bond_bps = market.DISPUTE_BOND_BPS().call().await?;
    let bond = U256::from(terms.pricePerRecord) * U256::from(bond_bps) / U256::from(10_000u16);
    let balance = token.balanceOf(terms.researcher).call().await?;
    if balance < bond {
        return Err(ResearchError::Bond { bond, balance });
    }
    if token.allowance(terms.researcher, contracts.market).call().await? < bond {
        let pending = token
            .approve(contracts.market, bond)
            .send()
            .await
            .map_err(|source| ResearchError::Call { action: "approve", source })?;
        confirm(pending, "approve").await?;
    }
    let pending = market
        .dispute(request, patient, keccak256(reason.as_bytes()))
        .send()
        .await
        .map_err(|source| ResearchError::Call { action: "dispute", source })?;
    Ok(confirm(pending, "dispute").await?.transaction_hash)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The SDK refuses what the market would: its cap is `DataMarket.MAX_REQUEST_DURATION`.
    #[test]
    fn the_lifetime_cap_is_the_markets() {
        let source = include_str!("../../../contracts/src/DataMarket.sol");
        let days: u64 = source
            .lines()
            .find_map(|l| l.trim().strip_prefix("uint64 public constant MAX_REQUEST_DURATION = "))
            .and_then(|v| v.trim_end_matches(" days;").parse().ok())
            .expect("DataMarket.MAX_REQUEST_DURATION in days");
        assert_eq!(days, MAX_REQUEST_DAYS);
    }
}
