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
//! researcher's account (the researcher pays their gas), or, in the `_gasless` forms, signed by
//! the researcher as ERC-2771 forward requests that the relayer submits (no ETH needed).

use alloy::{
    primitives::{Address, B256, Bytes, U256, aliases::U96, keccak256},
    providers::Provider,
    rpc::types::TransactionReceipt,
    signers::Signer,
    sol_types::SolCall,
};
use medvault_bindings::{
    account_registry::AccountRegistry, data_market::DataMarket, med_token::MedToken,
};
use medvault_fhir::{Criteria, criteria::CriteriaError};

use super::{
    Session, TxError, confirm,
    gasless::{self, GaslessError, SIGNATURE_LIFETIME, Sponsor},
};
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
    /// The market may not take a dispute's bond, and raising its allowance takes a transaction
    /// of the researcher's own (the token takes no forward requests).
    #[error(
        "a dispute's bond is {bond} MVT (wei) but the market may take only {allowance}: raising \
         the allowance is a transaction that needs ETH"
    )]
    Allowance {
        /// `DISPUTE_BOND_BPS` of the price.
        bond: U256,
        /// The market's allowance from the researcher.
        allowance: U256,
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
    /// A gasless call did not take effect.
    #[error(transparent)]
    Gasless(#[from] GaslessError),
    /// A relayed transaction's receipt could not be read.
    #[error("cannot read the receipt of {tx}")]
    Receipt {
        /// The transaction.
        tx: B256,
        /// The provider's error.
        #[source]
        source: alloy::transports::TransportError,
    },
    /// The relayer reported a transaction mined that the chain has no receipt of.
    #[error("the chain has no receipt of relayed transaction {0}")]
    NoReceipt(B256),
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
/// as `signer` (the researcher) and opens the request with it, sent from the session's provider
/// (which holds the researcher's wallet and pays the gas); then files the criteria with the
/// relayer. [`open_request_gasless`] is the same without ETH.
pub async fn open_request<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    terms: &RequestTerms,
) -> Result<OpenedRequest> {
    let prepared = prepare_open(session, signer, terms).await?;
    let market = DataMarket::new(session.deployment.contracts.market, &session.provider);
    let pending =
        market.call_builder(&prepared.call()).send().await.map_err(ResearchError::Open)?;
    let receipt = confirm(pending, "openRequestWithPermit").await?;
    prepared.finish(session, &receipt).await
}

/// [`open_request`] without ETH: `signer` signs the permit and a forward request of
/// `openRequestWithPermit` (the market takes the permit's owner from `_msgSender()`, the
/// signer), which the relayer submits (or, if it does not relay, `sponsor`).
pub async fn open_request_gasless<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    terms: &RequestTerms,
    sponsor: &impl Sponsor,
) -> Result<OpenedRequest> {
    let prepared = prepare_open(session, signer, terms).await?;
    let data = Bytes::from(prepared.call().abi_encode());
    let tx =
        gasless::call(session, signer, session.deployment.contracts.market, data, sponsor).await?;
    let receipt = mined(session, tx, "openRequestWithPermit").await?;
    prepared.finish(session, &receipt).await
}

/// A request checked, its criteria pinned and its budget's permit signed: ready to open.
struct PreparedOpen {
    commitment: B256,
    cid: String,
    budget: U256,
    price: u128,
    max: u32,
    deadline: u64,
    permit_deadline: U256,
    v: u8,
    r: B256,
    s: B256,
}

impl PreparedOpen {
    /// `openRequestWithPermit` with these terms and permit.
    fn call(&self) -> DataMarket::openRequestWithPermitCall {
        DataMarket::openRequestWithPermitCall {
            criteria: self.commitment,
            pricePerRecord: U96::from(self.price),
            maxRecords: self.max,
            deadline: self.deadline,
            permitDeadline: self.permit_deadline,
            v: self.v,
            r: self.r,
            s: self.s,
        }
    }

    /// The request the receipt of the opening holds, its criteria filed with the relayer.
    async fn finish<P: Provider>(
        self,
        session: &Session<P>,
        receipt: &TransactionReceipt,
    ) -> Result<OpenedRequest> {
        let request = receipt
            .inner
            .logs()
            .iter()
            .find_map(|l| l.log_decode::<DataMarket::RequestOpened>().ok())
            .map(|l| l.inner.data.requestId)
            .ok_or(ResearchError::NoEvent)?;
        // Only the commitment is on-chain: tell the relayer where the document is, so the feed
        // points patients to it.
        let listed = session.relayer.file_criteria(request, &self.cid).await.map(drop);
        Ok(OpenedRequest {
            request,
            commitment: self.commitment,
            criteria_cid: self.cid,
            escrowed: self.budget,
            deadline: self.deadline,
            tx: receipt.transaction_hash,
            listed,
        })
    }
}

/// Checks `terms` against the chain (balance, verification), pins the canonical criteria and
/// signs the budget's permit to the market as `signer`.
async fn prepare_open<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    terms: &RequestTerms,
) -> Result<PreparedOpen> {
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
    Ok(PreparedOpen {
        commitment,
        cid,
        budget,
        price: terms.price,
        max: terms.max,
        deadline: base + terms.days * 86_400,
        permit_deadline,
        v,
        r,
        s,
    })
}

/// The receipt of relayed transaction `tx` (mined, per the relayer), unless it reverted.
async fn mined<P: Provider>(
    session: &Session<P>,
    tx: B256,
    what: &'static str,
) -> Result<TransactionReceipt> {
    let receipt = session
        .provider
        .get_transaction_receipt(tx)
        .await
        .map_err(|source| ResearchError::Receipt { tx, source })?
        .ok_or(ResearchError::NoReceipt(tx))?;
    if !receipt.status() {
        return Err(TxError::Reverted { what, tx }.into());
    }
    Ok(receipt)
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

/// The bond a dispute in `request` takes, checked against the balance of its researcher:
/// `(researcher, bond)`.
async fn bond_for_dispute<P: Provider>(
    session: &Session<P>,
    request: U256,
) -> Result<(Address, U256)> {
    let contracts = &session.deployment.contracts;
    let market = DataMarket::new(contracts.market, &session.provider);
    let terms = market.request(request).call().await?;
    if terms.researcher == Address::ZERO {
        return Err(ResearchError::NoRequest(request));
    }
    let bond = dispute_bond(&market, terms.pricePerRecord).await?;
    let balance = MedToken::new(contracts.token, &session.provider)
        .balanceOf(terms.researcher)
        .call()
        .await?;
    if balance < bond {
        return Err(ResearchError::Bond { bond, balance });
    }
    Ok((terms.researcher, bond))
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
    let (researcher, bond) = bond_for_dispute(session, request).await?;
    if token.allowance(researcher, contracts.market).call().await? < bond {
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

/// [`close_request`] without ETH: `signer` (the request's researcher for `close`; anyone for
/// `refundExpired`) signs a forward request, which the relayer submits (or, if it does not
/// relay, `sponsor`).
pub async fn close_request_gasless<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    request: U256,
    expired: bool,
    sponsor: &impl Sponsor,
) -> Result<Closed> {
    let contracts = &session.deployment.contracts;
    let market = DataMarket::new(contracts.market, &session.provider);
    let token = MedToken::new(contracts.token, &session.provider);
    let researcher = market.request(request).call().await?.researcher;
    if researcher == Address::ZERO {
        return Err(ResearchError::NoRequest(request));
    }
    let before = token.balanceOf(researcher).call().await?;
    let data = if expired {
        market.refundExpired(request).calldata().clone()
    } else {
        market.close(request).calldata().clone()
    };
    let tx = gasless::call(session, signer, contracts.market, data, sponsor).await?;
    let after = token.balanceOf(researcher).call().await?;
    Ok(Closed { researcher, returned: after.saturating_sub(before), tx })
}

/// [`dispute`] without ETH, when the market may already take the bond: `signer` (the request's
/// researcher) signs a forward request of `dispute`. The token takes no forward requests, so an
/// allowance short of the bond fails with [`ResearchError::Allowance`]: raising it is a
/// transaction of the researcher's own ([`dispute`] sends it).
pub async fn dispute_gasless<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    request: U256,
    patient: Address,
    reason: &str,
    sponsor: &impl Sponsor,
) -> Result<B256> {
    let contracts = &session.deployment.contracts;
    let market = DataMarket::new(contracts.market, &session.provider);
    let token = MedToken::new(contracts.token, &session.provider);
    let (researcher, bond) = bond_for_dispute(session, request).await?;
    let allowance = token.allowance(researcher, contracts.market).call().await?;
    if allowance < bond {
        return Err(ResearchError::Allowance { bond, allowance });
    }
    let data = market.dispute(request, patient, keccak256(reason.as_bytes())).calldata().clone();
    Ok(gasless::call(session, signer, contracts.market, data, sponsor).await?)
}

/// The bond a dispute of a trade at `price` posts: `DISPUTE_BOND_BPS` of it.
async fn dispute_bond<P: Provider>(
    market: &DataMarket::DataMarketInstance<&P>,
    price: U96,
) -> Result<U256> {
    let bond_bps = market.DISPUTE_BOND_BPS().call().await?;
    Ok(U256::from(price) * U256::from(bond_bps) / U256::from(10_000u16))
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
