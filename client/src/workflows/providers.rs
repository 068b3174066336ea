//! A provider's standing in `ProviderRegistry`, paid from the provider's own wallet: staking and
//! applying for certification ([`stake`]), an authority's [`certify`], and an emergency
//! [`break_glass`] access to a patient's records (in `ConsentManager`, reviewed by the patient
//! afterwards with [`super::consent::review_emergency`]).
//!
//! The transactions are sent by the session's provider, which must hold the caller's wallet,
//! except those of the `_gasless` functions, which the wallet signs and the relayer submits.
//! Peer review by commit–reveal vote is [`super::review`].

use alloy::{
    primitives::{Address, B256, Bytes, U256, keccak256},
    providers::Provider,
    rpc::types::TransactionReceipt,
    signers::Signer,
};
use medvault_bindings::{
    consent_manager::ConsentManager, med_token::MedToken, provider_registry::ProviderRegistry,
};
use medvault_primitives::human::MVT;

use super::{
    Session, TxError, confirm,
    gasless::{self, GaslessError, SIGNATURE_LIFETIME, Sponsor},
};
use crate::sign;

/// Why a provider's call did not take effect.
#[derive(Debug, thiserror::Error)]
pub enum ProviderError {
    /// A contract could not be read.
    #[error(transparent)]
    Chain(#[from] alloy::contract::Error),
    /// The account cannot fund the stake.
    #[error(
        "the account holds {}, the stake is {}: get tokens first (on the local stack: `medvault \
         dev faucet <address>`)",
        MVT.format(*balance),
        MVT.format(*stake)
    )]
    Balance {
        /// The account's balance.
        balance: U256,
        /// The stake.
        stake: U256,
    },
    /// A contract refused a call (its revert data is in the error).
    #[error("{action} failed")]
    Call {
        /// The contract function.
        action: &'static str,
        /// The call's error.
        #[source]
        source: alloy::contract::Error,
    },
    /// The transaction did not take effect.
    #[error(transparent)]
    Tx(#[from] TxError),
    /// A gasless call did not take effect.
    #[error(transparent)]
    Gasless(#[from] GaslessError),
    /// The wallet did not sign the permit.
    #[error("cannot sign the token permit")]
    Sign(#[source] alloy::signers::Error),
    /// The patient has no registered key to seal the notice to.
    #[error(transparent)]
    PatientKey(super::KeyLookupError),
    /// The receipt holds no `EmergencyAccessOpened` event.
    #[error("breakGlass emitted no EmergencyAccessOpened event")]
    NoEvent,
}

/// Result alias for [`ProviderError`].
pub type Result<T, E = ProviderError> = std::result::Result<T, E>;

/// A stake posted with an application for certification.
#[derive(Clone, Copy, Debug)]
pub struct Staked {
    /// The stake, in wei of MVT.
    pub stake: U256,
    /// The application's transaction.
    pub tx: B256,
}

/// Stakes `amount` (the registry's minimum if `None`) from `account` (the wallet's) and applies
/// for certification with `credentials`, kept off-chain (its keccak256 goes on-chain):
/// `MedToken.approve`, then `ProviderRegistry.applyForCertification`.
pub async fn stake<P: Provider>(
    session: &Session<P>,
    account: Address,
    amount: Option<U256>,
    credentials: &str,
) -> Result<Staked> {
    let contracts = &session.deployment.contracts;
    let providers = ProviderRegistry::new(contracts.providers, &session.provider);
    let stake = match amount {
        Some(a) => a,
        None => U256::from(providers.params().call().await?.minStake),
    };
    let token = MedToken::new(contracts.token, &session.provider);
    let balance = token.balanceOf(account).call().await?;
    if balance < stake {
        return Err(ProviderError::Balance { balance, stake });
    }
    let pending = token
        .approve(contracts.providers, stake)
        .send()
        .await
        .map_err(|source| ProviderError::Call { action: "approve", source })?;
    confirm(pending, "approve").await?;
    let pending = providers
        .applyForCertification(stake, keccak256(credentials.as_bytes()))
        .send()
        .await
        .map_err(|source| ProviderError::Call { action: "applyForCertification", source })?;
    let tx = confirm(pending, "applyForCertification").await?.transaction_hash;
    Ok(Staked { stake, tx })
}

/// [`stake`] without ETH: `signer` signs an EIP-2612 permit of the stake to the registry and a
/// forward request of `ProviderRegistry.applyWithPermit`, which the relayer submits (or, if it
/// does not relay, `sponsor`).
pub async fn stake_gasless<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    amount: Option<U256>,
    credentials: &str,
    sponsor: &impl Sponsor,
) -> Result<Staked> {
    let contracts = &session.deployment.contracts;
    let providers = ProviderRegistry::new(contracts.providers, &session.provider);
    let stake = match amount {
        Some(a) => a,
        None => U256::from(providers.params().call().await?.minStake),
    };
    let me = signer.address();
    let token = MedToken::new(contracts.token, &session.provider);
    let balance = token.balanceOf(me).call().await?;
    if balance < stake {
        return Err(ProviderError::Balance { balance, stake });
    }
    let deadline = U256::from(session.deadline_base().await + SIGNATURE_LIFETIME);
    let (v, r, s) = sign::sign_permit(
        signer,
        contracts.providers,
        stake,
        token.nonces(me).call().await?,
        deadline,
        &sign::token_domain(session.chain_id(), contracts.token),
    )
    .await
    .map_err(ProviderError::Sign)?;
    let data = providers
        .applyWithPermit(stake, keccak256(credentials.as_bytes()), deadline, v, r, s)
        .calldata()
        .clone();
    let tx = gasless::call(session, signer, contracts.providers, data, sponsor).await?;
    Ok(Staked { stake, tx })
}

/// A provider certified.
#[derive(Clone, Copy, Debug)]
pub struct Certified {
    /// Whether the registry now counts it as certified.
    pub certified: bool,
    /// The transaction.
    pub tx: B256,
}

/// Certifies `provider`, which applied (the wallet needs the registry's certifier role), for
/// `reason` (its keccak256 goes on-chain).
pub async fn certify<P: Provider>(
    session: &Session<P>,
    provider: Address,
    reason: &str,
) -> Result<Certified> {
    let providers =
        ProviderRegistry::new(session.deployment.contracts.providers, &session.provider);
    let pending = providers
        .certify(provider, keccak256(reason.as_bytes()))
        .send()
        .await
        .map_err(|source| ProviderError::Call { action: "certify", source })?;
    let tx = confirm(pending, "certify").await?.transaction_hash;
    let certified = providers.isCertified(provider).call().await?;
    Ok(Certified { certified, tx })
}

/// An emergency access opened.
#[derive(Clone, Copy, Debug)]
pub struct EmergencyOpened {
    /// The emergency id.
    pub id: U256,
    /// The salted tag the chain names the patient by.
    pub tag: B256,
    /// The tag's secret salt: with the patient, what the key nodes need to release the
    /// emergency category to this provider.
    pub salt: B256,
    /// When it ends (Unix time).
    pub expires_at: u64,
    /// The transaction.
    pub tx: B256,
}

/// Breaks the glass: opens an emergency access to `patient`'s emergency records for the wallet's
/// account (a certified provider), for the code `reason` of the hospital's emergency protocol.
/// The chain names the patient by a salted tag only; the patient learns of it from a notice
/// sealed to her registered key.
pub async fn break_glass<P: Provider>(
    session: &Session<P>,
    patient: Address,
    reason: u16,
) -> Result<EmergencyOpened> {
    let mut salt = [0u8; 32];
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut salt);
    break_glass_with_salt(session, patient, reason, B256::from(salt)).await
}

/// [`break_glass`] under the tag of `salt` (fresh per access, secret: e.g.
/// `SecretKey::emergency_salt`, which the provider's device re-derives instead of storing it).
/// Breaking glass again on the same tag extends its window.
pub async fn break_glass_with_salt<P: Provider>(
    session: &Session<P>,
    patient: Address,
    reason: u16,
    salt: B256,
) -> Result<EmergencyOpened> {
    let (tag, notice) = emergency_notice(session, patient, salt).await?;
    let consent = ConsentManager::new(session.deployment.contracts.consent, &session.provider);
    let pending = consent
        .breakGlass(tag, reason, notice)
        .send()
        .await
        .map_err(|source| ProviderError::Call { action: "breakGlass", source })?;
    let receipt = confirm(pending, "breakGlass").await?;
    emergency_opened(&receipt, tag, salt).ok_or(ProviderError::NoEvent)
}

/// [`break_glass_with_salt`] without ETH: `signer` (the provider's wallet) signs a forward request
/// of `ConsentManager.breakGlass`, which the relayer submits (or, if it does not relay, `sponsor`).
pub async fn break_glass_gasless_with_salt<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    patient: Address,
    reason: u16,
    salt: B256,
    sponsor: &impl Sponsor,
) -> Result<EmergencyOpened> {
    let (tag, notice) = emergency_notice(session, patient, salt).await?;
    let address = session.deployment.contracts.consent;
    let data = ConsentManager::new(address, &session.provider)
        .breakGlass(tag, reason, notice)
        .calldata()
        .clone();
    let tx = gasless::call(session, signer, address, data, sponsor).await?;
    let receipt = session
        .provider
        .get_transaction_receipt(tx)
        .await
        .map_err(|e| ProviderError::Chain(e.into()))?
        .ok_or(ProviderError::NoEvent)?;
    emergency_opened(&receipt, tag, salt).ok_or(ProviderError::NoEvent)
}

/// The salted tag the chain names `patient` by under `salt`, and the notice of the access sealed
/// to her registered key.
async fn emergency_notice<P: Provider>(
    session: &Session<P>,
    patient: Address,
    salt: B256,
) -> Result<(B256, Bytes)> {
    let key = session.registered_key(patient).await.map_err(ProviderError::PatientKey)?;
    let tag = medvault_primitives::consent::emergency_tag(patient, salt);
    let notice = crate::workflows::consent::seal_notice(
        &key,
        &medvault_primitives::consent::Notice::Emergency { patient, salt },
    );
    Ok((tag, notice.into()))
}

/// The access a `breakGlass` transaction opened, from its `EmergencyAccessOpened` event (`None`
/// if the receipt holds none).
fn emergency_opened(
    receipt: &TransactionReceipt,
    tag: B256,
    salt: B256,
) -> Option<EmergencyOpened> {
    let opened = receipt
        .inner
        .logs()
        .iter()
        .find_map(|l| l.log_decode::<ConsentManager::EmergencyAccessOpened>().ok())?
        .inner
        .data;
    Some(EmergencyOpened {
        id: opened.emergencyId,
        tag,
        salt,
        expires_at: opened.expiresAt,
        tx: receipt.transaction_hash,
    })
}
