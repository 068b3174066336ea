//! The user workflows, as library functions over one [`Session`]: what a command line, a browser
//! page or a provider's integration does for a user, step by step, with the user's keys.
//!
//! - [`accounts`]: a patient registers and proposes guardians, without ETH; a provider or
//!   researcher registers; an attester attests a researcher.
//! - [`providers`]: a provider stakes and applies, an authority certifies, a provider breaks the
//!   glass in an emergency.
//! - [`review`]: certification by peer vote (commit–reveal), challenges, leaving with the stake.
//! - [`gasless`]: sign a call as an ERC-2771 forward request and have the relayer submit it (the
//!   user needs no ETH), or hand it to a sponsor that pays the gas.
//! - [`upload`]: a provider seals FHIR records for a patient, signs the batch once and waits for
//!   the relayer to anchor it.
//! - [`records`]: any reader checks a record against the chain and, with a key, decrypts it.
//! - [`consent`]: a patient grants and revokes access by EIP-712 signature, shares a record's
//!   data key with a grantee, and lists and reviews break-glass accesses.
//! - [`trade`]: a patient matches research requests on own records and approves a trade:
//!   de-identified view, encrypted to the researcher, pinned, approval signed, delivery posted;
//!   then claims the payment.
//! - [`research`]: a researcher opens a funded request (criteria pinned, budget by permit),
//!   disputes a trade, closes or refunds a request.
//! - [`delivery`]: the byte format of a delivery.
//! - [`deliveries`]: a researcher lists, fetches and decrypts released deliveries.
//! - [`export`]: FHIR out: a patient's grants as FHIR `Consent` and her access log as
//!   `AuditEvent` Bundles; how her device finds the grants it gave without storing them.
//!
//! Signing goes through alloy's [`Signer`](alloy::signers::Signer) (a local key, a keystore, a
//! hardware or remote signer). Decrypting needs the user's encryption key (ECDH, which a signer
//! does not offer): a [`SecretKey`](crate::keys::SecretKey) derived from the signer's signature
//! ([`Session::encryption_keys`]); the functions that decrypt take it, or the whole
//! [`Keyring`](crate::keys::Keyring) of the account's key epochs, beside the signer.
//! Chain reads go through any alloy [`Provider`]. Nothing here reads files, prompts or prints:
//! documents come in as text, results go back as values.

pub mod accounts;
pub mod consent;
pub mod deliveries;
pub mod delivery;
pub mod emergency;
pub mod export;
pub mod gasless;
pub mod guardians;
pub mod providers;
pub mod records;
pub mod research;
pub mod review;
pub mod trade;
pub mod upload;

use std::time::Duration;

use alloy::{
    eips::BlockNumberOrTag,
    network::Ethereum,
    primitives::{Address, B256},
    providers::{PendingTransactionBuilder, Provider},
    rpc::types::TransactionReceipt,
    signers::Signer,
};
use medvault_bindings::{account_registry::AccountRegistry, key_committee::KeyCommittee};
use medvault_primitives::{Deployment, types::PublicKey};

use crate::{
    api::RelayerApi,
    committee::{Committee, Member},
    ipfs::IpfsClient,
    keys::{Keyring, SecretKey, derive_encryption_key},
    time::unix_now,
};

/// How long a workflow waits for a transaction's receipt.
pub const RECEIPT_TIMEOUT: Duration = Duration::from_secs(120);

/// What every workflow needs: the deployment, the relayer, an IPFS node and the chain.
///
/// The user's signer and secret key are not part of it: each workflow takes them as arguments, so
/// one session serves several accounts (a demo, a custodial integration).
#[derive(Clone, Debug)]
pub struct Session<P> {
    /// The deployed suite (chain id, contract addresses, start block).
    pub deployment: Deployment,
    /// The relayer's HTTP API.
    pub relayer: RelayerApi,
    /// The IPFS node records and deliveries are read from and pinned to.
    pub ipfs: IpfsClient,
    /// The chain, for reads (and, for the workflows that send transactions, writes).
    pub provider: P,
}

impl<P: Provider> Session<P> {
    /// A session over `deployment`, the relayer, an IPFS node and the chain. The relayer signs
    /// requests only under a domain of this deployment ([`RelayerApi::for_deployment`]).
    pub fn new(deployment: Deployment, relayer: RelayerApi, ipfs: IpfsClient, provider: P) -> Self {
        let relayer = relayer.for_deployment(deployment.chain_id, deployment.contracts.records);
        Self { deployment, relayer, ipfs, provider }
    }

    /// The chain id of the deployment.
    pub const fn chain_id(&self) -> u64 {
        self.deployment.chain_id
    }

    /// The later of the device's clock and the chain's latest block time. Deadlines of signed
    /// requests are judged by the chain, whose clock may run ahead (test chains, skewed hosts).
    pub async fn deadline_base(&self) -> u64 {
        let chain = self
            .provider
            .get_block_by_number(BlockNumberOrTag::Latest)
            .await
            .ok()
            .flatten()
            .map_or(0, |b| b.header.timestamp);
        unix_now().max(chain)
    }

    /// The key committee in force, as `KeyCommittee` publishes it.
    pub async fn committee(&self) -> Result<Committee, CommitteeLookupError> {
        let contract = self.deployment.contracts.committee;
        let got = KeyCommittee::new(contract, &self.provider).committee().call().await.map_err(
            |source| CommitteeLookupError::NotSet { contract, source: Box::new(source) },
        )?;
        let members = got
            .members
            .iter()
            .map(|m| {
                Ok(Member {
                    index: m.index,
                    verification: PublicKey::from_bytes(&m.verificationShare)?,
                })
            })
            .collect::<Result<Vec<_>, medvault_primitives::types::TypesError>>()?;
        Ok(Committee {
            key: PublicKey::from_bytes(&got.groupKey)?,
            threshold: got.threshold,
            members,
        })
    }

    /// The encryption key `account` registered in `AccountRegistry`.
    pub async fn registered_key(&self, account: Address) -> Result<PublicKey, KeyLookupError> {
        let accounts = AccountRegistry::new(self.deployment.contracts.accounts, &self.provider);
        let raw = accounts
            .encryptionKey(account)
            .call()
            .await
            .map_err(|source| KeyLookupError::Chain { account, source: Box::new(source) })?;
        if raw.is_empty() {
            return Err(KeyLookupError::NotRegistered(account));
        }
        PublicKey::from_bytes(&raw).map_err(|source| KeyLookupError::Invalid { account, source })
    }
}

impl<P: Provider> Session<P> {
    /// `account`'s current key epoch in `AccountRegistry`: 1 from registration, one more on each
    /// rotation; 1 also before it registers (the epoch its first key is for).
    pub async fn key_epoch(&self, account: Address) -> Result<u32, KeyLookupError> {
        let accounts = AccountRegistry::new(self.deployment.contracts.accounts, &self.provider);
        let current = accounts
            .encryptionKeyOf(account)
            .call()
            .await
            .map_err(|source| KeyLookupError::Chain { account, source: Box::new(source) })?;
        Ok(current.epoch.max(1))
    }

    /// The encryption key of `signer`'s account for key epoch `epoch` on this deployment
    /// ([`derive_encryption_key`]).
    pub async fn encryption_key(
        &self,
        signer: &(impl Signer + Sync),
        epoch: u32,
    ) -> Result<SecretKey, KeyLookupError> {
        derive_encryption_key(signer, self.chain_id(), self.deployment.contracts.accounts, epoch)
            .await
            .map_err(|source| KeyLookupError::Derive { account: signer.address(), source })
    }

    /// The encryption keys of `signer`'s account, of every epoch up to its current one on chain:
    /// the current key to register or be wrapped to, the earlier ones to open older data keys.
    pub async fn encryption_keys(
        &self,
        signer: &(impl Signer + Sync),
    ) -> Result<Keyring, KeyLookupError> {
        let account = signer.address();
        let epoch = self.key_epoch(account).await?;
        Keyring::derive(signer, self.chain_id(), self.deployment.contracts.accounts, epoch)
            .await
            .map_err(|source| KeyLookupError::Derive { account, source })
    }
}

/// Why the key committee could not be had from `KeyCommittee`.
#[derive(Debug, thiserror::Error)]
pub enum CommitteeLookupError {
    /// `KeyCommittee` could not be read, or holds no committee yet.
    #[error("no key committee on-chain at {contract}: start the key nodes and set the committee")]
    NotSet {
        /// The contract.
        contract: Address,
        /// The call's error.
        #[source]
        source: Box<alloy::contract::Error>,
    },
    /// The published keys do not parse.
    #[error("the key committee's published keys are invalid: {0}")]
    Invalid(#[from] medvault_primitives::types::TypesError),
}

/// Why an account's encryption key (registered on chain, or derived from its wallet) could not be
/// had.
#[derive(Debug, thiserror::Error)]
pub enum KeyLookupError {
    /// `AccountRegistry` could not be read.
    #[error("cannot read {account}'s encryption key from AccountRegistry")]
    Chain {
        /// The account.
        account: Address,
        /// The call's error.
        #[source]
        source: Box<alloy::contract::Error>,
    },
    /// The account registered no key.
    #[error("{0} has no registered encryption key: it must register first")]
    NotRegistered(Address),
    /// The wallet did not sign the key derivation.
    #[error("cannot derive {account}'s encryption key: the wallet did not sign")]
    Derive {
        /// The account.
        account: Address,
        /// The signer's error.
        #[source]
        source: alloy::signers::Error,
    },
    /// The registered bytes are not a public key.
    #[error("{account} registered an invalid key: {source}")]
    Invalid {
        /// The account.
        account: Address,
        /// Why the key is invalid.
        #[source]
        source: medvault_primitives::types::TypesError,
    },
}

/// Why a transaction sent by a workflow did not take effect.
#[derive(Debug, thiserror::Error)]
pub enum TxError {
    /// No receipt came in time, or it could not be read.
    #[error("{what}: no receipt")]
    NoReceipt {
        /// What the transaction was.
        what: &'static str,
        /// The provider's error.
        #[source]
        source: alloy::providers::PendingTransactionError,
    },
    /// The transaction was mined and reverted.
    #[error("{what}: transaction {tx} reverted")]
    Reverted {
        /// What the transaction was.
        what: &'static str,
        /// Its hash.
        tx: B256,
    },
}

/// Waits for a sent transaction's receipt, unless it reverted.
pub(crate) async fn confirm(
    pending: PendingTransactionBuilder<Ethereum>,
    what: &'static str,
) -> Result<TransactionReceipt, TxError> {
    let receipt = pending
        .with_timeout(Some(RECEIPT_TIMEOUT))
        .get_receipt()
        .await
        .map_err(|source| TxError::NoReceipt { what, source })?;
    if !receipt.status() {
        return Err(TxError::Reverted { what, tx: receipt.transaction_hash });
    }
    Ok(receipt)
}

/// A FHIR JSON document handed to a workflow, with a name to show in errors (a file name, say).
#[derive(Clone, Debug)]
pub struct Document {
    /// What to call it in an error.
    pub name: String,
    /// The FHIR R4 JSON.
    pub json: String,
}

/// Today's date by the device's clock (UTC), for ages and criteria; works in the browser too.
pub fn today() -> time::Date {
    time::OffsetDateTime::from_unix_timestamp(unix_now() as i64)
        .map_or(time::Date::MIN, |t| t.date())
}
