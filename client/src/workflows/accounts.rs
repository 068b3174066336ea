//! A patient's account, without ETH: registering (publishing the encryption key) and proposing
//! guardians, each a gasless call ([`super::gasless`]).

use alloy::{
    primitives::{Address, B256, Bytes},
    providers::Provider,
    signers::Signer,
};
use medvault_bindings::account_registry::AccountRegistry;
use medvault_primitives::{enums::Role, types::PublicKey};

use super::{
    Session,
    gasless::{self, GaslessError, Sponsor},
};

/// Why an account change did not take effect.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    /// `AccountRegistry` could not be read.
    #[error(transparent)]
    Chain(#[from] alloy::contract::Error),
    /// The account is a patient already.
    #[error("{0} is registered as a patient already")]
    AlreadyPatient(Address),
    /// The call did not take effect.
    #[error(transparent)]
    Gasless(#[from] GaslessError),
}

/// Result alias for [`AccountError`].
pub type Result<T, E = AccountError> = std::result::Result<T, E>;

/// Registers `signer`'s account as a patient with encryption key `key` (the account's own
/// public key), gaslessly; the transaction hash.
pub async fn register_patient<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    key: &PublicKey,
    sponsor: &impl Sponsor,
) -> Result<B256> {
    let accounts_addr = session.deployment.contracts.accounts;
    let accounts = AccountRegistry::new(accounts_addr, &session.provider);
    let me = signer.address();
    if accounts.isPatient(me).call().await? {
        return Err(AccountError::AlreadyPatient(me));
    }
    let data = accounts
        .register(Role::Patient.into(), Bytes::copy_from_slice(key.as_bytes()), B256::ZERO)
        .calldata()
        .clone();
    Ok(gasless::call(session, signer, accounts_addr, data, sponsor).await?)
}

/// A guardian set proposed.
#[derive(Clone, Copy, Debug)]
pub struct GuardiansProposed {
    /// When it takes effect (Unix time), after the registry's guardian delay.
    pub effective_at: u64,
    /// The transaction.
    pub tx: B256,
}

/// Proposes `guardians`, `threshold` of whom may act for the patient `signer`, gaslessly.
pub async fn propose_guardians<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    guardians: Vec<Address>,
    threshold: u8,
    sponsor: &impl Sponsor,
) -> Result<GuardiansProposed> {
    let accounts_addr = session.deployment.contracts.accounts;
    let accounts = AccountRegistry::new(accounts_addr, &session.provider);
    let data = accounts.proposeGuardians(guardians, threshold).calldata().clone();
    let tx = gasless::call(session, signer, accounts_addr, data, sponsor).await?;
    let pending = accounts.pendingGuardians(signer.address()).call().await?;
    Ok(GuardiansProposed { effective_at: pending.effectiveAt, tx })
}
