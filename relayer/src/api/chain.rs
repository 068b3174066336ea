//! The chain as the API reads it: [`ApiChain`] (consent checks, signature pre-checks, the
//! forwarder's `verify`), with [`OnChainApi`] over JSON-RPC and [`FakeChain`] for unit tests; and
//! [`Submitter`], the transaction manager as the API writes through it, with [`FakeSubmitter`].

use std::{
    collections::{HashMap, HashSet},
    sync::Mutex,
};

use alloy::{
    primitives::{Address, B256, U256},
    providers::{DynProvider, Provider, ProviderBuilder},
};
use async_trait::async_trait;
use medvault_bindings::{
    consent_manager::{ConsentManager, IConsentManager::SignedConsent},
    medvault_forwarder::{ERC2771Forwarder::ForwardRequestData, MedvaultForwarder},
};

use crate::tx::{IdempotencyKey, TxCall, TxManager, TxStatus};

/// Read-only chain calls the API needs. Errors are the node's, as text.
#[async_trait]
pub trait ApiChain: Send + Sync + 'static {
    /// `ConsentManager.hasAccess(patient, reader, recordId, category, READ)`.
    async fn has_read_access(
        &self,
        patient: Address,
        reader: Address,
        record_id: B256,
        category: u16,
    ) -> Result<bool, String>;
    /// `ConsentManager.nonceOf(patient, grantee, scope, target)`.
    async fn consent_nonce(&self, consent: &SignedConsent) -> Result<u64, String>;
    /// `ConsentManager.grantDigest` (or `revokeDigest`) of `consent`.
    async fn consent_digest(&self, consent: &SignedConsent, revoke: bool) -> Result<B256, String>;
    /// `MedvaultForwarder.verify(request)`.
    async fn forward_verify(&self, request: &ForwardRequestData) -> Result<bool, String>;
    /// `MedvaultForwarder.nonces(from)`.
    async fn forward_nonce(&self, from: Address) -> Result<U256, String>;
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
    pub fn new(rpc_url: &str, consent: Address, forwarder: Address) -> Result<Self, String> {
        let url = rpc_url.parse().map_err(|e| format!("bad RPC URL {rpc_url}: {e}"))?;
        Ok(Self { provider: ProviderBuilder::new().connect_http(url).erased(), consent, forwarder })
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
    ) -> Result<bool, String> {
        ConsentManager::new(self.consent, &self.provider)
            .hasAccess(patient, reader, record_id, category, 1u8)
            .call()
            .await
            .map_err(|e| format!("ConsentManager.hasAccess: {e}"))
    }

    async fn consent_nonce(&self, c: &SignedConsent) -> Result<u64, String> {
        ConsentManager::new(self.consent, &self.provider)
            .nonceOf(c.patient, c.grantee, c.scope, c.target)
            .call()
            .await
            .map_err(|e| format!("ConsentManager.nonceOf: {e}"))
    }

    async fn consent_digest(&self, c: &SignedConsent, revoke: bool) -> Result<B256, String> {
        let cm = ConsentManager::new(self.consent, &self.provider);
        let r = if revoke {
            cm.revokeDigest(c.clone()).call().await
        } else {
            cm.grantDigest(c.clone()).call().await
        };
        r.map_err(|e| format!("ConsentManager digest: {e}"))
    }

    async fn forward_verify(&self, request: &ForwardRequestData) -> Result<bool, String> {
        MedvaultForwarder::new(self.forwarder, &self.provider)
            .verify(request.clone())
            .call()
            .await
            .map_err(|e| format!("MedvaultForwarder.verify: {e}"))
    }

    async fn forward_nonce(&self, from: Address) -> Result<U256, String> {
        MedvaultForwarder::new(self.forwarder, &self.provider)
            .nonces(from)
            .call()
            .await
            .map_err(|e| format!("MedvaultForwarder.nonces: {e}"))
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
    ) -> Result<bool, String> {
        Ok(self.grants.lock().map_err(|e| e.to_string())?.contains(&(patient, reader, record_id)))
    }

    async fn consent_nonce(&self, _c: &SignedConsent) -> Result<u64, String> {
        Ok(*self.consent_nonce.lock().map_err(|e| e.to_string())?)
    }

    async fn consent_digest(&self, c: &SignedConsent, revoke: bool) -> Result<B256, String> {
        use alloy::sol_types::SolValue;
        let mut bytes = c.abi_encode();
        bytes.push(u8::from(revoke));
        Ok(alloy::primitives::keccak256(bytes))
    }

    async fn forward_verify(&self, _request: &ForwardRequestData) -> Result<bool, String> {
        Ok(*self.forward_ok.lock().map_err(|e| e.to_string())?)
    }

    async fn forward_nonce(&self, _from: Address) -> Result<U256, String> {
        Ok(U256::ZERO)
    }
}

/// The transaction manager as the API uses it.
#[async_trait]
pub trait Submitter: Send + Sync + 'static {
    /// Journals and queues `call` under `key`; the same key again sends nothing new.
    async fn submit(&self, key: B256, call: TxCall) -> Result<TxStatus, String>;
    /// The status of `key`, `None` if never submitted.
    async fn status(&self, key: B256) -> Result<Option<TxStatus>, String>;
}

#[async_trait]
impl Submitter for TxManager {
    async fn submit(&self, key: B256, call: TxCall) -> Result<TxStatus, String> {
        TxManager::submit(self, IdempotencyKey(key), call).await.map_err(|e| e.to_string())
    }

    async fn status(&self, key: B256) -> Result<Option<TxStatus>, String> {
        TxManager::status(self, &IdempotencyKey(key)).await.map_err(|e| e.to_string())
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
    async fn submit(&self, key: B256, call: TxCall) -> Result<TxStatus, String> {
        let mut calls = self.calls.lock().map_err(|e| e.to_string())?;
        let n = calls.len() as u64 + 1;
        let (_, block) = *calls.entry(key).or_insert((call, n));
        Ok(fake_status(key, block))
    }

    async fn status(&self, key: B256) -> Result<Option<TxStatus>, String> {
        let calls = self.calls.lock().map_err(|e| e.to_string())?;
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
