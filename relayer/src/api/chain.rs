//! The chain as the API reads it: [`ApiChain`] (consent checks, signature pre-checks, the
//! forwarder's `verify`, accounts' encryption keys), with [`OnChainApi`] over JSON-RPC; and [`Submitter`], the transaction
//! manager as the API writes through it. Their fakes are in `api::fakes` (feature `test-utils`).

use alloy::{
    primitives::{Address, B256, Bytes, U256},
    providers::{DynProvider, Provider},
    rpc::types::{Filter, TransactionRequest},
    sol_types::SolEvent,
};
use async_trait::async_trait;
use medvault_bindings::{
    account_registry::AccountRegistry,
    consent_manager::{ConsentManager, IConsentManager::ConsentChange},
    medvault_forwarder::{ERC2771Forwarder::ForwardRequestData, MedvaultForwarder},
};
use medvault_primitives::types::PublicKey;
use tokio::sync::broadcast;

use crate::{
    chain::{ChainError, Result, connect},
    tx::{IdempotencyKey, RpcErrorKind, TxCall, TxError, TxManager, TxStatus},
};

/// Read-only chain calls the API needs. Errors are the node's, classified ([`ChainError`]).
#[async_trait]
pub trait ApiChain: Send + Sync + 'static {
    /// `ConsentManager.isLive(controller, grantId, READ)`.
    async fn consent_live(&self, controller: Address, grant_id: B256) -> Result<bool>;
    /// `ConsentManager.inEmergency(tag, provider)`.
    async fn in_emergency(&self, tag: B256, provider: Address) -> Result<bool>;
    /// The next nonce of a consent (`ConsentManager.consentOf(controller, grantId)`).
    async fn consent_nonce(&self, controller: Address, grant_id: B256) -> Result<u64>;
    /// `ConsentManager.changeDigest(change)`.
    async fn consent_digest(&self, change: &ConsentChange) -> Result<B256>;
    /// `MedvaultForwarder.verify(request)`.
    async fn forward_verify(&self, request: &ForwardRequestData) -> Result<bool>;
    /// `MedvaultForwarder.nonces(from)`.
    async fn forward_nonce(&self, from: Address) -> Result<U256>;
    /// Why `MedvaultForwarder.execute(request)` reverts, given the forwarder's own `reason` (which
    /// is `FailedCall()` whatever the target said): the target's custom error, decoded, after it.
    async fn forward_revert_reason(
        &self,
        request: &ForwardRequestData,
        reason: String,
    ) -> Result<String>;
    /// Every encryption key `account` has registered, oldest first (its `EncryptionKeySet`
    /// history): a wrapped key is the account's if addressed to any of them, since a key derived
    /// for an earlier epoch still opens what was wrapped to it (docs/KEYS.md).
    async fn encryption_keys(&self, account: Address) -> Result<Vec<PublicKey>>;
    /// `AccountRegistry.identityOf(account)`: the account that acts for `account` now (its last
    /// successor after recoveries by guardians; itself if never recovered).
    async fn identity_of(&self, account: Address) -> Result<Address>;
    /// What the relayer would pay, in wei, to send `input` to `to` now: its gas estimate (sent
    /// from the relayer) times the node's gas price. [`Sponsored::Reverts`] if the estimate
    /// reverts: the call would never succeed as it stands.
    async fn sponsored_cost(&self, to: Address, input: &Bytes) -> Result<Sponsored>;
    /// The relayer's balance, in wei.
    async fn relayer_balance(&self) -> Result<U256>;
    /// Whether an access-log root is anchored on the chain as it is now
    /// (`ConsentManager.accessLogOf`).
    async fn access_log_anchored(&self, root: B256) -> Result<bool>;
}

/// What a call the relayer would pay for costs ([`ApiChain::sponsored_cost`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sponsored {
    /// It would go through, at about this many wei.
    Costs(U256),
    /// It would revert, with this decoded reason.
    Reverts(String),
}

/// [`ApiChain`] over JSON-RPC and the bindings.
#[derive(Clone, Debug)]
pub struct OnChainApi {
    provider: DynProvider,
    consent: Address,
    forwarder: Address,
    accounts: Address,
    start_block: u64,
    relayer: Address,
}

impl OnChainApi {
    /// Connects to `rpc_url`, for the deployment's contracts (key histories are read from its
    /// start block on), as the relayer at `relayer` (whose costs and balance it reads).
    pub fn new(
        rpc_url: &str,
        deployment: &medvault_primitives::Deployment,
        relayer: Address,
    ) -> Result<Self> {
        Ok(Self {
            provider: connect(rpc_url)?,
            consent: deployment.contracts.consent,
            forwarder: deployment.contracts.forwarder,
            accounts: deployment.contracts.accounts,
            start_block: deployment.start_block,
            relayer,
        })
    }
}

#[async_trait]
impl ApiChain for OnChainApi {
    async fn consent_live(&self, controller: Address, grant_id: B256) -> Result<bool> {
        ConsentManager::new(self.consent, &self.provider)
            .isLive(controller, grant_id, 1u8)
            .call()
            .await
            .map_err(|e| ChainError::call("ConsentManager.isLive", e))
    }

    async fn in_emergency(&self, tag: B256, provider: Address) -> Result<bool> {
        ConsentManager::new(self.consent, &self.provider)
            .inEmergency(tag, provider)
            .call()
            .await
            .map_err(|e| ChainError::call("ConsentManager.inEmergency", e))
    }

    async fn consent_nonce(&self, controller: Address, grant_id: B256) -> Result<u64> {
        ConsentManager::new(self.consent, &self.provider)
            .consentOf(controller, grant_id)
            .call()
            .await
            .map(|c| c.nonce)
            .map_err(|e| ChainError::call("ConsentManager.consentOf", e))
    }

    async fn consent_digest(&self, change: &ConsentChange) -> Result<B256> {
        ConsentManager::new(self.consent, &self.provider)
            .changeDigest(change.clone())
            .call()
            .await
            .map_err(|e| ChainError::call("ConsentManager.changeDigest", e))
    }

    async fn forward_verify(&self, request: &ForwardRequestData) -> Result<bool> {
        MedvaultForwarder::new(self.forwarder, &self.provider)
            .verify(request.clone())
            .call()
            .await
            .map_err(|e| ChainError::call("MedvaultForwarder.verify", e))
    }

    async fn forward_nonce(&self, from: Address) -> Result<U256> {
        MedvaultForwarder::new(self.forwarder, &self.provider)
            .nonces(from)
            .call()
            .await
            .map_err(|e| ChainError::call("MedvaultForwarder.nonces", e))
    }

    async fn forward_revert_reason(
        &self,
        request: &ForwardRequestData,
        outer: String,
    ) -> Result<String> {
        // Ask the target itself, called as the forwarder calls it (ERC-2771: the signer appended
        // to the data), for the custom error that says why.
        let mut data = request.data.to_vec();
        data.extend_from_slice(request.from.as_slice());
        let inner = TransactionRequest::default()
            .from(self.forwarder)
            .to(request.to)
            .input(Bytes::from(data).into())
            .value(U256::ZERO);
        Ok(match self.provider.estimate_gas(inner).await {
            Err(e) => match ChainError::rpc("eth_estimateGas", e) {
                ChainError::Rpc { kind: RpcErrorKind::Reverted { reason }, .. } => {
                    format!("{outer}: {reason}")
                }
                _ => outer,
            },
            Ok(_) => outer,
        })
    }

    async fn sponsored_cost(&self, to: Address, input: &Bytes) -> Result<Sponsored> {
        let call = TransactionRequest::default()
            .from(self.relayer)
            .to(to)
            .input(input.clone().into())
            .value(U256::ZERO);
        let gas = match self.provider.estimate_gas(call).await {
            Ok(gas) => gas,
            Err(e) => {
                return match ChainError::rpc("eth_estimateGas", e) {
                    ChainError::Rpc { kind: RpcErrorKind::Reverted { reason }, .. } => {
                        Ok(Sponsored::Reverts(reason))
                    }
                    other => Err(other),
                };
            }
        };
        let price =
            self.provider.get_gas_price().await.map_err(|e| ChainError::rpc("eth_gasPrice", e))?;
        Ok(Sponsored::Costs(U256::from(gas) * U256::from(price)))
    }

    async fn relayer_balance(&self) -> Result<U256> {
        self.provider
            .get_balance(self.relayer)
            .await
            .map_err(|e| ChainError::rpc("eth_getBalance", e))
    }

    async fn access_log_anchored(&self, root: B256) -> Result<bool> {
        let anchor = ConsentManager::new(self.consent, &self.provider)
            .accessLogOf(root)
            .call()
            .await
            .map_err(|e| ChainError::call("ConsentManager.accessLogOf", e))?;
        Ok(anchor.blockNumber != 0)
    }

    async fn identity_of(&self, account: Address) -> Result<Address> {
        AccountRegistry::new(self.accounts, &self.provider)
            .identityOf(account)
            .call()
            .await
            .map_err(|e| ChainError::call("AccountRegistry.identityOf", e))
    }

    async fn encryption_keys(&self, account: Address) -> Result<Vec<PublicKey>> {
        let filter = Filter::new()
            .address(self.accounts)
            .event_signature(AccountRegistry::EncryptionKeySet::SIGNATURE_HASH)
            .topic1(account.into_word())
            .from_block(self.start_block);
        let logs =
            self.provider.get_logs(&filter).await.map_err(|e| ChainError::rpc("eth_getLogs", e))?;
        // The registry accepts only valid compressed points, so every logged key parses.
        Ok(logs
            .iter()
            .filter_map(|log| log.log_decode::<AccountRegistry::EncryptionKeySet>().ok())
            .filter_map(|e| PublicKey::from_bytes(&e.inner.data.key).ok())
            .collect())
    }
}

/// The transaction manager as the API uses it.
#[async_trait]
pub trait Submitter: Send + Sync + 'static {
    /// Journals and queues `call` under `key`; the same key again sends nothing new.
    async fn submit(&self, key: B256, call: TxCall) -> Result<TxStatus, TxError>;
    /// [`Self::submit`], journaled now but sent only after `hold` (the relay window).
    async fn submit_held(
        &self,
        key: B256,
        call: TxCall,
        hold: std::time::Duration,
    ) -> Result<TxStatus, TxError> {
        let _ = hold;
        self.submit(key, call).await
    }
    /// The status of `key`, `None` if never submitted.
    async fn status(&self, key: B256) -> Result<Option<TxStatus>, TxError>;
    /// Forgets the submission under `key` if it failed before it was ever broadcast (it reverted
    /// at estimation), so the key may carry another call; true if one was forgotten.
    async fn forget_unsent(&self, key: B256) -> Result<bool, TxError> {
        let _ = key;
        Ok(false)
    }
    /// Status changes of submissions from now on ([`TxManager::subscribe`]): the API's background
    /// tasks wake on them instead of waiting for their poll. They still read [`Self::status`].
    fn subscribe(&self) -> broadcast::Receiver<(IdempotencyKey, TxStatus)>;
}

#[async_trait]
impl Submitter for TxManager {
    async fn submit(&self, key: B256, call: TxCall) -> Result<TxStatus, TxError> {
        TxManager::submit(self, IdempotencyKey(key), call).await
    }

    async fn submit_held(
        &self,
        key: B256,
        call: TxCall,
        hold: std::time::Duration,
    ) -> Result<TxStatus, TxError> {
        TxManager::submit_held(self, IdempotencyKey(key), call, hold).await
    }

    async fn status(&self, key: B256) -> Result<Option<TxStatus>, TxError> {
        TxManager::status(self, &IdempotencyKey(key)).await
    }

    async fn forget_unsent(&self, key: B256) -> Result<bool, TxError> {
        TxManager::forget_unsent(self, &IdempotencyKey(key)).await
    }

    fn subscribe(&self) -> broadcast::Receiver<(IdempotencyKey, TxStatus)> {
        TxManager::subscribe(self)
    }
}
