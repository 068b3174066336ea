//! The chain as the API reads it: [`ApiChain`] (consent checks, signature pre-checks, the
//! forwarder's `verify`), with [`OnChainApi`] over JSON-RPC and [`FakeChain`] for unit tests; and
//! [`Submitter`], the transaction manager as the API writes through it, with [`FakeSubmitter`].

use std::{
    collections::{HashMap, HashSet},
    sync::Mutex,
};

use alloy::{
    primitives::{Address, B256, U256},
    providers::DynProvider,
};
use async_trait::async_trait;
use medvault_bindings::{
    consent_manager::{ConsentManager, IConsentManager::SignedConsent},
    medvault_forwarder::{ERC2771Forwarder::ForwardRequestData, MedvaultForwarder},
};

use crate::{
    chain::{ChainError, Result, connect},
    tx::{IdempotencyKey, TxCall, TxError, TxManager, TxStatus},
};

/// Read-only chain calls the API needs. Errors are the node's, classified ([`ChainError`]).
#[async_trait]
pub trait ApiChain: Send + Sync + 'static {
    /// `ConsentManager.hasAccess(patient, reader, recordId, category, READ)`.
    async fn has_read_access(
        &self,
        patient: Address,
        reader: Address,
        record_id: B256,
        category: u16,
    ) -> Result<bool>;
    /// `ConsentManager.nonceOf(patient, grantee, scope, target)`.
    async fn consent_nonce(&self, consent: &SignedConsent) -> Result<u64>;
    /// `ConsentManager.grantDigest` (or `revokeDigest`) of `consent`.
    async fn consent_digest(&self, consent: &SignedConsent, revoke: bool) -> Result<B256>;
    /// `MedvaultForwarder.verify(request)`.
    async fn forward_verify(&self, request: &ForwardRequestData) -> Result<bool>;
    /// `MedvaultForwarder.nonces(from)`.
    async fn forward_nonce(&self, from: Address) -> Result<U256>;
}

/// [`ApiChain`] over JSON-RPC and the bindings.
#[derive(Clone, Debug)]
pub struct OnChainApi {
    provider: DynProvider,
    consent: Address,
    forwarder: Address,
}

impl OnChainApi {
    /// Connects to `rpc_url`.
    pub fn new(rpc_url: &str, consent: Address, forwarder: Address) -> Result<Self> {
        Ok(Self { provider: connect(rpc_url)?, consent, forwarder })
    }
}

#[async_trait]
impl ApiChain for OnChainApi {
    async fn has_read_access(
        &self,
        patient: Address,
        reader: Address,
        record_id: B256,
        category: u16,
    ) -> Result<bool> {
        ConsentManager::new(self.consent, &self.provider)
            .hasAccess(patient, reader, record_id, category, 1u8)
            .call()
            .await
            .map_err(|e| ChainError::call("ConsentManager.hasAccess", e))
    }

    async fn consent_nonce(&self, c: &SignedConsent) -> Result<u64> {
        ConsentManager::new(self.consent, &self.provider)
            .nonceOf(c.patient, c.grantee, c.scope, c.target)
            .call()
            .await
            .map_err(|e| ChainError::call("ConsentManager.nonceOf", e))
    }

    async fn consent_digest(&self, c: &SignedConsent, revoke: bool) -> Result<B256> {
        let cm = ConsentManager::new(self.consent, &self.provider);
        let r = if revoke {
            cm.revokeDigest(c.clone()).call().await
        } else {
            cm.grantDigest(c.clone()).call().await
        };
        let call =
            if revoke { "ConsentManager.revokeDigest" } else { "ConsentManager.grantDigest" };
        r.map_err(|e| ChainError::call(call, e))
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
}

/// An [`ApiChain`] in memory: grants are a set; digests are keccak of the ABI encoding.
#[derive(Debug, Default)]
pub struct FakeChain {
    /// (patient, reader, record id) with READ access.
    pub grants: Mutex<HashSet<(Address, Address, B256)>>,
    /// Every consent scope's nonce is this.
    pub consent_nonce: Mutex<u64>,
    /// What `verify` answers.
    pub forward_ok: Mutex<bool>,
}

#[async_trait]
impl ApiChain for FakeChain {
    async fn has_read_access(
        &self,
        patient: Address,
        reader: Address,
        record_id: B256,
        _category: u16,
    ) -> Result<bool> {
        Ok(self.grants.lock().expect("lock").contains(&(patient, reader, record_id)))
    }

    async fn consent_nonce(&self, _c: &SignedConsent) -> Result<u64> {
        Ok(*self.consent_nonce.lock().expect("lock"))
    }

    async fn consent_digest(&self, c: &SignedConsent, revoke: bool) -> Result<B256> {
        use alloy::sol_types::SolValue;
        let mut bytes = c.abi_encode();
        bytes.push(u8::from(revoke));
        Ok(alloy::primitives::keccak256(bytes))
    }

    async fn forward_verify(&self, _request: &ForwardRequestData) -> Result<bool> {
        Ok(*self.forward_ok.lock().expect("lock"))
    }

    async fn forward_nonce(&self, _from: Address) -> Result<U256> {
        Ok(U256::ZERO)
    }
}

/// The transaction manager as the API uses it.
#[async_trait]
pub trait Submitter: Send + Sync + 'static {
    /// Journals and queues `call` under `key`; the same key again sends nothing new.
    async fn submit(&self, key: B256, call: TxCall) -> Result<TxStatus, TxError>;
    /// The status of `key`, `None` if never submitted.
    async fn status(&self, key: B256) -> Result<Option<TxStatus>, TxError>;
}

#[async_trait]
impl Submitter for TxManager {
    async fn submit(&self, key: B256, call: TxCall) -> Result<TxStatus, TxError> {
        TxManager::submit(self, IdempotencyKey(key), call).await
    }

    async fn status(&self, key: B256) -> Result<Option<TxStatus>, TxError> {
        TxManager::status(self, &IdempotencyKey(key)).await
    }
}

/// A [`Submitter`] in a map: every first submission is confirmed at once in block `n` (its order).
#[derive(Debug, Default)]
pub struct FakeSubmitter {
    /// Submitted calls by key.
    pub calls: Mutex<HashMap<B256, (TxCall, u64)>>,
}

#[async_trait]
impl Submitter for FakeSubmitter {
    async fn submit(&self, key: B256, call: TxCall) -> Result<TxStatus, TxError> {
        let mut calls = self.calls.lock().expect("lock");
        let n = calls.len() as u64 + 1;
        let (_, block) = *calls.entry(key).or_insert((call, n));
        Ok(fake_status(key, block))
    }

    async fn status(&self, key: B256) -> Result<Option<TxStatus>, TxError> {
        let calls = self.calls.lock().expect("lock");
        Ok(calls.get(&key).map(|(_, b)| fake_status(key, *b)))
    }
}

fn fake_status(key: B256, block: u64) -> TxStatus {
    TxStatus::Confirmed {
        tx_hash: alloy::primitives::keccak256(key),
        block_number: block,
        block_hash: B256::with_last_byte(1),
    }
}
