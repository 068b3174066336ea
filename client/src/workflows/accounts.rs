//! Accounts in `AccountRegistry`. A patient's, without ETH: registering (publishing the
//! encryption key), rotating that key ([`rotate_key`]) and proposing guardians, each a gasless
//! call ([`super::gasless`]). A provider's
//! or researcher's, paid from its own wallet: [`register_role`]; and the attester's
//! [`attest_researcher`].
//!
//! The paid calls are sent by the session's provider, which must hold the caller's wallet.

use alloy::{
    primitives::{Address, B256, Bytes, keccak256},
    providers::Provider,
    signers::Signer,
};
use medvault_bindings::account_registry::AccountRegistry;
use medvault_primitives::{
    consent::guardian_tree,
    eip712::{Delegation, consent_domain},
    enums::Role,
    types::PublicKey,
};

use crate::{keys::SecretKey, sign::sign_typed};

use super::{
    Session, TxError, confirm,
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
    /// The account has not registered (it has no key to rotate).
    #[error("{0} is not registered: register first")]
    NotRegistered(Address),
    /// The encryption key could not be derived.
    #[error(transparent)]
    Key(#[from] super::KeyLookupError),
    /// The call did not take effect.
    #[error(transparent)]
    Gasless(#[from] GaslessError),
    /// The registry refused a paid call (its revert data is in the error).
    #[error("{action} failed")]
    Call {
        /// The contract function.
        action: &'static str,
        /// The call's error.
        #[source]
        source: alloy::contract::Error,
    },
    /// The paid transaction did not take effect.
    #[error(transparent)]
    Tx(#[from] TxError),
    /// The guardian set cannot be committed.
    #[error("cannot commit the guardian set: {0}")]
    Guardians(String),
    /// The wallet did not sign.
    #[error("the wallet did not sign the delegation to the guardian set: {0}")]
    Sign(#[source] alloy::signers::Error),
}

/// Result alias for [`AccountError`].
pub type Result<T, E = AccountError> = std::result::Result<T, E>;

/// Registers `signer`'s account as a patient with encryption key `key` (the public key of its
/// epoch-1 encryption key, [`Session::encryption_key`]), gaslessly; the transaction hash.
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

/// An encryption key rotated.
#[derive(Clone, Debug)]
pub struct KeyRotated {
    /// The new key epoch.
    pub epoch: u32,
    /// The new key, now registered.
    pub key: PublicKey,
    /// The transaction.
    pub tx: B256,
}

/// Rotates `signer`'s encryption key, gaslessly: derives the key of the next epoch and registers
/// it with `rotateKey`. Data keys wrapped to earlier epochs still open: their keys are re-derived
/// on demand ([`Session::encryption_keys`]). New data keys are wrapped to the new key.
pub async fn rotate_key<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync),
    sponsor: &impl Sponsor,
) -> Result<KeyRotated> {
    let accounts_addr = session.deployment.contracts.accounts;
    let accounts = AccountRegistry::new(accounts_addr, &session.provider);
    let me = signer.address();
    let current = accounts.encryptionKeyOf(me).call().await?;
    if current.epoch == 0 {
        return Err(AccountError::NotRegistered(me));
    }
    let epoch = current.epoch + 1;
    let key = session.encryption_key(signer, epoch).await?.public_key().clone();
    let data = accounts.rotateKey(Bytes::copy_from_slice(key.as_bytes())).calldata().clone();
    let tx = gasless::call(session, signer, accounts_addr, data, sponsor).await?;
    Ok(KeyRotated { epoch, key, tx })
}

/// A guardian set proposed (docs/PRIVACY.md): committed, so that the chain names neither the
/// patient nor a guardian.
#[derive(Clone, Debug)]
pub struct GuardiansProposed {
    /// The patient's guardian-set controller ([`SecretKey::guardian_set_key`]), which keeps the set
    /// and under which her guardians' actions write.
    pub controller: Address,
    /// The committed set: the Merkle root of the guardians' pseudonyms.
    pub root: B256,
    /// The patient's `Delegation(patient, controller, address(0))`: what her guardians show the key
    /// nodes with a guardian-made grant or an emergency review. Hand it to them.
    pub delegation: Bytes,
    /// When it takes effect (Unix time), after the registry's guardian delay.
    pub effective_at: u64,
    /// The transaction.
    pub tx: B256,
    /// What to hand each guardian (privately): the set, the delegation and the patient's
    /// `RecoveryAuthorization` of the controller ([`super::guardians`]).
    pub setup: super::guardians::GuardianSetup,
}

/// Proposes, for the patient `signer` whose encryption key is `key`, the guardian set of the
/// guardians' pseudonyms `guardians` (each a guardian's [`SecretKey::guardian_key`] toward this
/// patient's controller), `threshold` of whom may act together. The set's controller submits it
/// through the forwarder, so neither the patient's account nor her gas appears; her wallet signs
/// only the delegation to the controller.
pub async fn propose_guardians<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    key: &SecretKey,
    guardians: &[Address],
    threshold: u8,
    sponsor: &impl Sponsor,
) -> Result<GuardiansProposed> {
    let accounts_addr = session.deployment.contracts.accounts;
    let accounts = AccountRegistry::new(accounts_addr, &session.provider);
    let controller = key.guardian_set_key();
    let (root, size) = if guardians.is_empty() {
        (B256::ZERO, 0)
    } else {
        let tree = guardian_tree(controller.address(), guardians)
            .map_err(|e| AccountError::Guardians(e.to_string()))?;
        let size = u8::try_from(guardians.len())
            .map_err(|_| AccountError::Guardians(format!("{} guardians", guardians.len())))?;
        (tree.root(), size)
    };
    let data = accounts.proposeGuardianSet(root, size, threshold).calldata().clone();
    let tx = gasless::call(session, &controller.signer(), accounts_addr, data, sponsor).await?;
    let pending = accounts.pendingGuardianSet(controller.address()).call().await?;
    let domain = consent_domain(session.deployment.chain_id, session.deployment.contracts.consent);
    let delegation = Delegation {
        patient: signer.address(),
        controller: controller.address(),
        grantee: Address::ZERO,
    };
    let delegation = Bytes::from(
        sign_typed(signer, &delegation, &domain)
            .await
            .map_err(AccountError::Sign)?
            .as_bytes()
            .to_vec(),
    );
    let recovery_authorization =
        super::guardians::sign_recovery_authorization(session, signer, controller.address())
            .await
            .map_err(|e| AccountError::Guardians(e.to_string()))?;
    Ok(GuardiansProposed {
        controller: controller.address(),
        root,
        delegation: delegation.clone(),
        effective_at: pending.effectiveAt,
        tx,
        setup: super::guardians::GuardianSetup {
            chain_id: session.deployment.chain_id,
            patient: signer.address(),
            controller: controller.address(),
            guardians: guardians.to_vec(),
            threshold,
            delegation,
            recovery_authorization,
        },
    })
}

/// Registers the wallet's account as `role` (a provider or researcher) with encryption key `key`
/// (the public key of its epoch-1 encryption key, [`Session::encryption_key`]), paid from the
/// wallet; the transaction hash.
pub async fn register_role<P: Provider>(
    session: &Session<P>,
    role: Role,
    key: &PublicKey,
) -> Result<B256> {
    let accounts = AccountRegistry::new(session.deployment.contracts.accounts, &session.provider);
    let pending = accounts
        .register(role.into(), Bytes::copy_from_slice(key.as_bytes()), B256::ZERO)
        .send()
        .await
        .map_err(|source| AccountError::Call { action: "register", source })?;
    Ok(confirm(pending, "register").await?.transaction_hash)
}

/// Registers `signer`'s account as `role` with encryption key `key`, gaslessly: a signed forward
/// request the relayer submits (or, if it does not relay, `sponsor`). The account needs no ETH.
pub async fn register_role_gasless<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    role: Role,
    key: &PublicKey,
    sponsor: &impl Sponsor,
) -> Result<B256> {
    let accounts_addr = session.deployment.contracts.accounts;
    let accounts = AccountRegistry::new(accounts_addr, &session.provider);
    let data = accounts
        .register(role.into(), Bytes::copy_from_slice(key.as_bytes()), B256::ZERO)
        .calldata()
        .clone();
    Ok(gasless::call(session, signer, accounts_addr, data, sponsor).await?)
}

/// A researcher attested.
#[derive(Clone, Copy, Debug)]
pub struct Attested {
    /// Whether the registry now counts it as a verified researcher.
    pub verified: bool,
    /// The transaction.
    pub tx: B256,
}

/// Attests `researcher` (the wallet needs the registry's attester role) for `attestation`, what
/// was checked, kept off-chain (its keccak256 goes on-chain).
pub async fn attest_researcher<P: Provider>(
    session: &Session<P>,
    researcher: Address,
    attestation: &str,
) -> Result<Attested> {
    let accounts = AccountRegistry::new(session.deployment.contracts.accounts, &session.provider);
    let pending = accounts
        .attestResearcher(researcher, keccak256(attestation.as_bytes()))
        .send()
        .await
        .map_err(|source| AccountError::Call { action: "attestResearcher", source })?;
    let tx = confirm(pending, "attestResearcher").await?.transaction_hash;
    let verified = accounts.isVerifiedResearcher(researcher).call().await?;
    Ok(Attested { verified, tx })
}
