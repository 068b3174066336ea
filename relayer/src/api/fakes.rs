//! In-memory fakes of the API's chain seams, for tests (here and in the crates above, through
//! the `test-utils` feature; never in the release library): [`FakeChain`] ([`ApiChain`]),
//! [`FakeSubmitter`] ([`Submitter`]) and [`FakeMarket`] ([`MarketChain`]).

use medvault_primitives::{enums::TradeStatus, types::PublicKey};
use std::{
    collections::{HashMap, HashSet},
    sync::Mutex,
};

use alloy::primitives::{Address, B256, Bytes, U256, keccak256};
use async_trait::async_trait;
use medvault_bindings::{
    consent_manager::IConsentManager::ConsentChange, data_market::IDataMarket::TradeApproval,
    medvault_forwarder::ERC2771Forwarder::ForwardRequestData,
};
use tokio::sync::broadcast;

use super::{
    auth,
    chain::{ApiChain, Sponsored, Submitter},
    market::{MarketChain, RequestInfo, TradeInfo},
};
use crate::{
    chain::{self, Result},
    tx::{IdempotencyKey, TxCall, TxError, TxStatus},
};

/// An [`ApiChain`] in memory: live consents are a set; digests are keccak of the ABI encoding.
#[derive(Debug, Default)]
pub struct FakeChain {
    /// (controller, grant id) of the consents live at READ.
    pub grants: Mutex<HashSet<(Address, B256)>>,
    /// (tag, provider) with an open break-glass window.
    pub emergencies: Mutex<HashSet<(B256, Address)>>,
    /// Every consent scope's nonce is this.
    pub consent_nonce: Mutex<u64>,
    /// What `verify` answers.
    pub forward_ok: Mutex<bool>,
    /// Every account's forwarder nonce.
    pub forward_nonce_of: Mutex<u64>,
    /// Each account's registered encryption keys, oldest first.
    pub keys: Mutex<HashMap<Address, Vec<PublicKey>>>,
    /// Recoveries by guardians: each old account's successor.
    pub successors: Mutex<HashMap<Address, Address>>,
    /// Why every forward request reverts at estimation (`None`: none does).
    pub forward_revert: Mutex<Option<String>>,
    /// What every sponsored call costs, in wei (`sponsored_cost`); it reverts if `forward_revert`.
    pub call_cost: Mutex<U256>,
    /// The relayer's balance, in wei.
    pub balance: Mutex<U256>,
    /// Access-log roots a reorg took off the chain (every other one counts as anchored).
    pub dropped_access_logs: Mutex<HashSet<B256>>,
}

impl FakeChain {
    /// A chain where the relayer holds 100 ether and every call costs 0.001 ether.
    pub fn new() -> Self {
        Self {
            call_cost: Mutex::new(U256::from(10u64.pow(15))),
            balance: Mutex::new(U256::from(10u64.pow(18)) * U256::from(100)),
            ..Self::default()
        }
    }
}

#[async_trait]
impl ApiChain for FakeChain {
    async fn identity_of(&self, account: Address) -> Result<Address> {
        let successors = self.successors.lock().expect("lock");
        let mut at = account;
        while let Some(next) = successors.get(&at) {
            at = *next;
        }
        Ok(at)
    }

    async fn sponsored_cost(&self, _to: Address, _input: &Bytes) -> Result<Sponsored> {
        Ok(match self.forward_revert.lock().expect("lock").clone() {
            Some(reason) => Sponsored::Reverts(reason),
            None => Sponsored::Costs(*self.call_cost.lock().expect("lock")),
        })
    }

    async fn relayer_balance(&self) -> Result<U256> {
        Ok(*self.balance.lock().expect("lock"))
    }

    async fn access_log_anchored(&self, root: B256) -> Result<bool> {
        Ok(!self.dropped_access_logs.lock().expect("lock").contains(&root))
    }

    async fn consent_live(&self, controller: Address, grant_id: B256) -> Result<bool> {
        Ok(self.grants.lock().expect("lock").contains(&(controller, grant_id)))
    }

    async fn in_emergency(&self, tag: B256, provider: Address) -> Result<bool> {
        Ok(self.emergencies.lock().expect("lock").contains(&(tag, provider)))
    }

    async fn consent_nonce(&self, _controller: Address, _grant_id: B256) -> Result<u64> {
        Ok(*self.consent_nonce.lock().expect("lock"))
    }

    async fn consent_digest(&self, c: &ConsentChange) -> Result<B256> {
        use alloy::sol_types::SolValue;
        Ok(alloy::primitives::keccak256(c.abi_encode()))
    }

    async fn forward_verify(&self, _request: &ForwardRequestData) -> Result<bool> {
        Ok(*self.forward_ok.lock().expect("lock"))
    }

    async fn forward_nonce(&self, _from: Address) -> Result<U256> {
        Ok(U256::from(*self.forward_nonce_of.lock().expect("lock")))
    }

    async fn forward_revert_reason(
        &self,
        _request: &ForwardRequestData,
        reason: String,
    ) -> Result<String> {
        Ok(format!("FailedCall(): {reason}"))
    }

    async fn encryption_keys(&self, account: Address) -> Result<Vec<PublicKey>> {
        Ok(self.keys.lock().expect("lock").get(&account).cloned().unwrap_or_default())
    }
}

/// A [`Submitter`] in a map: every first submission is confirmed at once in block `n` (its order),
/// and reported so to subscribers.
#[derive(Debug)]
pub struct FakeSubmitter {
    /// Submitted calls by key.
    pub calls: Mutex<HashMap<B256, (TxCall, u64)>>,
    /// How many of the next new keys fail for good (as the transaction manager answers a key
    /// whose transaction failed: with its failure, every time).
    pub fail_next: Mutex<usize>,
    /// Keys whose submissions failed (their status is `Failed`).
    pub failed: Mutex<HashSet<B256>>,
    changes: broadcast::Sender<(IdempotencyKey, TxStatus)>,
}

impl Default for FakeSubmitter {
    fn default() -> Self {
        Self {
            calls: Mutex::default(),
            fail_next: Mutex::default(),
            failed: Mutex::default(),
            changes: broadcast::channel(64).0,
        }
    }
}

#[async_trait]
impl Submitter for FakeSubmitter {
    async fn submit(&self, key: B256, call: TxCall) -> Result<TxStatus, TxError> {
        let failed = TxStatus::Failed { reason: "execution reverted (fake)".into() };
        {
            let mut set = self.failed.lock().expect("lock");
            let mut next = self.fail_next.lock().expect("lock");
            if set.contains(&key) {
                return Ok(failed);
            }
            if *next > 0 && !self.calls.lock().expect("lock").contains_key(&key) {
                *next -= 1;
                set.insert(key);
                return Ok(failed);
            }
        }
        let mut calls = self.calls.lock().expect("lock");
        let n = calls.len() as u64 + 1;
        let fresh = !calls.contains_key(&key);
        let (_, block) = *calls.entry(key).or_insert((call, n));
        let status = fake_status(key, block);
        if fresh {
            let _ = self.changes.send((IdempotencyKey(key), status.clone()));
        }
        Ok(status)
    }

    fn subscribe(&self) -> broadcast::Receiver<(IdempotencyKey, TxStatus)> {
        self.changes.subscribe()
    }

    async fn status(&self, key: B256) -> Result<Option<TxStatus>, TxError> {
        if self.failed.lock().expect("lock").contains(&key) {
            return Ok(Some(TxStatus::Failed { reason: "reverted".into() }));
        }
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

/// A [`MarketChain`] in memory for unit tests.
#[derive(Debug, Default)]
pub struct FakeMarket {
    /// The requests.
    pub requests: std::sync::Mutex<Vec<RequestInfo>>,
    /// Trades by (request, patient).
    pub trades: std::sync::Mutex<std::collections::HashMap<(U256, Address), TradeInfo>>,
}

impl FakeMarket {
    /// The attestation the fake takes as the committee's.
    pub const ATTESTED: &'static [u8] = b"attested by the fake committee";
}

#[async_trait]
impl MarketChain for FakeMarket {
    async fn trade_digest(&self, approval: &TradeApproval) -> chain::Result<B256> {
        use alloy::sol_types::SolValue;
        Ok(keccak256(approval.abi_encode()))
    }

    async fn nonce(&self, _patient: Address) -> chain::Result<U256> {
        Ok(U256::ZERO)
    }

    /// Attested when the attestations hold [`FakeMarket::ATTESTED`].
    async fn attested(
        &self,
        _approval: &TradeApproval,
        attestations: &[alloy::primitives::Bytes],
    ) -> chain::Result<bool> {
        Ok(attestations.iter().any(|a| a.as_ref() == Self::ATTESTED))
    }

    async fn requests(&self) -> chain::Result<Vec<RequestInfo>> {
        Ok(self.requests.lock().expect("lock").clone())
    }

    async fn request(&self, id: U256) -> chain::Result<Option<RequestInfo>> {
        Ok(self.requests().await?.into_iter().find(|r| r.id == id))
    }

    async fn criteria(&self, id: U256) -> chain::Result<Option<B256>> {
        Ok(self.request(id).await?.and_then(|r| r.criteria))
    }

    async fn trade(&self, id: U256, patient: Address) -> chain::Result<TradeInfo> {
        Ok(self
            .trades
            .lock()
            .expect("lock")
            .get(&(id, patient))
            .copied()
            .unwrap_or(TradeInfo { status: TradeStatus::None, release_at: 0 }))
    }

    async fn now(&self) -> chain::Result<u64> {
        Ok(auth::now_secs())
    }
}
