//! What a key node reads from the chain (each node on its own, through its own RPC endpoint): the
//! committee in force, the anchored leaf, the reader's consent, the reader's encryption key and
//! revocation nonces.

use alloy::{
    primitives::{Address, B256},
    providers::{DynProvider, Provider},
};
use medvault_bindings::{
    account_registry::AccountRegistry,
    consent_manager::ConsentManager,
    data_market::DataMarket,
    key_committee::KeyCommittee,
    provider_registry::ProviderRegistry,
    record_registry::{IRecordRegistry, RecordRegistry},
};
use medvault_client::committee::{Committee, Member};
use medvault_primitives::{
    Deployment,
    enums::Access,
    merkle,
    types::{Category, PatientId, PublicKey, RecordId, RecordLeaf, RecordVersion},
};
use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

/// A failed chain read, named.
#[derive(Debug, thiserror::Error)]
#[error("{what}: {source}")]
pub struct ChainError {
    what: &'static str,
    #[source]
    source: alloy::contract::Error,
}

fn named(what: &'static str) -> impl FnOnce(alloy::contract::Error) -> ChainError {
    move |source| ChainError { what, source }
}

/// The committee in force, with its members' accounts.
#[derive(Clone, Debug)]
pub struct OnChainCommittee {
    /// Its epoch.
    pub epoch: u32,
    /// Keys and threshold.
    pub committee: Committee,
    /// Member accounts by index.
    pub nodes: Vec<(u16, Address)>,
}

/// The node's view of the chain.
#[derive(Clone, Debug)]
pub struct Chain {
    /// The provider (with the node's wallet, for anchoring).
    pub provider: DynProvider,
    /// The deployment.
    pub deployment: Deployment,
    /// Leaves found under anchored roots: an anchor never changes, so a leaf once included stays
    /// included (bounded; cleared when full).
    pub included: Arc<Mutex<HashMap<(B256, B256), u8>>>,
    /// Registered encryption keys as last read, and when (kept for [`KEY_TTL`]).
    pub keys: Arc<Mutex<KeyCache>>,
}

/// Registered encryption keys by account, with when they were read.
pub type KeyCache = HashMap<Address, (Instant, Option<PublicKey>)>;

/// Most leaves remembered as included.
pub const INCLUDED_CACHE: usize = 100_000;
/// How long a registered encryption key is trusted without reading it again: a rotation reaches
/// the node within this time (a share sealed to the old key is useless to anyone but its owner).
pub const KEY_TTL: Duration = Duration::from_secs(2);

fn locked<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Chain {
    /// The committee in force, or `None` before one is set (or if its keys do not parse).
    pub async fn committee(&self) -> Result<Option<OnChainCommittee>, ChainError> {
        let c = KeyCommittee::new(self.deployment.contracts.committee, &self.provider);
        let Ok(got) = c.committee().call().await else {
            return Ok(None);
        };
        let Ok(key) = PublicKey::from_bytes(&got.groupKey) else {
            return Ok(None);
        };
        let mut members = Vec::new();
        let mut nodes = Vec::new();
        for m in got.members {
            let Ok(verification) = PublicKey::from_bytes(&m.verificationShare) else {
                return Ok(None);
            };
            members.push(Member { index: m.index, verification });
            nodes.push((m.index, m.node));
        }
        Ok(Some(OnChainCommittee {
            epoch: got.epoch,
            committee: Committee { key, threshold: got.threshold, members },
            nodes,
        }))
    }

    /// `RecordRegistry.verifyRecord`: 0 if the leaf is not under an anchored `root`.
    pub async fn verify_record(
        &self,
        root: B256,
        record: IRecordRegistry::Record,
        proof: Vec<B256>,
    ) -> Result<u8, ChainError> {
        let leaf = RecordLeaf {
            patient_id: PatientId(record.patientId),
            record_id: RecordId(record.recordId),
            version: RecordVersion(record.version),
            previous: record.previous,
            ciphertext_hash: record.ciphertextHash,
            author: record.author,
            category: Category(record.category),
        }
        .hash();
        // A cached inclusion is only trusted with a proof that leads to the same root.
        if merkle::verify(root, leaf, &proof)
            && let Some(&authorship) = locked(&self.included).get(&(root, leaf))
        {
            return Ok(authorship);
        }
        let got = RecordRegistry::new(self.deployment.contracts.records, &self.provider)
            .verifyRecord(root, record, proof)
            .call()
            .await
            .map_err(named("RecordRegistry.verifyRecord"))?;
        if got.authorship != 0 {
            let mut cache = locked(&self.included);
            if cache.len() >= INCLUDED_CACHE {
                cache.clear();
            }
            cache.insert((root, leaf), got.authorship);
        }
        Ok(got.authorship)
    }

    /// `ConsentManager.isLive(controller, grantId, READ)`.
    pub async fn consent_live(
        &self,
        controller: Address,
        grant_id: B256,
    ) -> Result<bool, ChainError> {
        self.consent_live_at(controller, grant_id, Access::Read).await
    }

    /// `ConsentManager.isLive(controller, grantId, access)`.
    pub async fn consent_live_at(
        &self,
        controller: Address,
        grant_id: B256,
        access: Access,
    ) -> Result<bool, ChainError> {
        ConsentManager::new(self.deployment.contracts.consent, &self.provider)
            .isLive(controller, grant_id, u8::from(access))
            .call()
            .await
            .map_err(named("ConsentManager.isLive"))
    }

    /// `ProviderRegistry.isCertified(account)`.
    pub async fn is_certified(&self, account: Address) -> Result<bool, ChainError> {
        ProviderRegistry::new(self.deployment.contracts.providers, &self.provider)
            .isCertified(account)
            .call()
            .await
            .map_err(named("ProviderRegistry.isCertified"))
    }

    /// The next nonce of consent `grant_id` under `controller` (`ConsentManager.consentOf`).
    pub async fn consent_nonce(
        &self,
        controller: Address,
        grant_id: B256,
    ) -> Result<u64, ChainError> {
        ConsentManager::new(self.deployment.contracts.consent, &self.provider)
            .consentOf(controller, grant_id)
            .call()
            .await
            .map(|c| c.nonce)
            .map_err(named("ConsentManager.consentOf"))
    }

    /// `ConsentManager.inEmergency(tag, provider)`: an open break-glass window.
    pub async fn in_emergency(&self, tag: B256, provider: Address) -> Result<bool, ChainError> {
        ConsentManager::new(self.deployment.contracts.consent, &self.provider)
            .inEmergency(tag, provider)
            .call()
            .await
            .map_err(named("ConsentManager.inEmergency"))
    }

    /// `ConsentManager.emergency(id)`: its tag and whether it is still open for review.
    pub async fn emergency(&self, id: alloy::primitives::U256) -> Result<(B256, bool), ChainError> {
        let e = ConsentManager::new(self.deployment.contracts.consent, &self.provider)
            .emergency(id)
            .call()
            .await
            .map_err(named("ConsentManager.emergency"))?;
        Ok((e.tag, e.status == 1))
    }

    /// `AccountRegistry.isGuardian(controller, account, proof)`.
    pub async fn is_guardian(
        &self,
        controller: Address,
        account: Address,
        proof: &[B256],
    ) -> Result<bool, ChainError> {
        AccountRegistry::new(self.deployment.contracts.accounts, &self.provider)
            .isGuardian(controller, account, proof.to_vec())
            .call()
            .await
            .map_err(named("AccountRegistry.isGuardian"))
    }

    /// `AccountRegistry.identityOf(account)`: the account that acts for `account` now, its last
    /// successor after recoveries by guardians (itself if never recovered).
    pub async fn identity_of(&self, account: Address) -> Result<Address, ChainError> {
        AccountRegistry::new(self.deployment.contracts.accounts, &self.provider)
            .identityOf(account)
            .call()
            .await
            .map_err(named("AccountRegistry.identityOf"))
    }

    /// `AccountRegistry.isPatient(account)`.
    pub async fn is_patient(&self, account: Address) -> Result<bool, ChainError> {
        AccountRegistry::new(self.deployment.contracts.accounts, &self.provider)
            .isPatient(account)
            .call()
            .await
            .map_err(named("AccountRegistry.isPatient"))
    }

    /// Whether research request `id` exists, is open and not full (`DataMarket.request`).
    pub async fn request_open(&self, id: alloy::primitives::U256) -> Result<bool, ChainError> {
        let q = DataMarket::new(self.deployment.contracts.market, &self.provider)
            .request(id)
            .call()
            .await
            .map_err(named("DataMarket.request"))?;
        // The chain's clock, not the node's: the request's deadline is the chain's.
        let now = self
            .provider
            .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
            .await
            .ok()
            .flatten()
            .map_or(0, |b| b.header.timestamp);
        Ok(!q.researcher.is_zero() && !q.closed && q.settled < q.maxRecords && q.deadline > now)
    }

    /// The reader's registered encryption key, if any.
    pub async fn encryption_key(&self, account: Address) -> Result<Option<PublicKey>, ChainError> {
        if let Some((at, key)) = locked(&self.keys).get(&account)
            && at.elapsed() < KEY_TTL
        {
            return Ok(key.clone());
        }
        let key = self.read_encryption_key(account).await?;
        let mut cache = locked(&self.keys);
        if cache.len() >= INCLUDED_CACHE {
            cache.clear();
        }
        cache.insert(account, (Instant::now(), key.clone()));
        Ok(key)
    }

    async fn read_encryption_key(&self, account: Address) -> Result<Option<PublicKey>, ChainError> {
        let raw = AccountRegistry::new(self.deployment.contracts.accounts, &self.provider)
            .encryptionKey(account)
            .call()
            .await
            .map_err(named("AccountRegistry.encryptionKey"))?;
        Ok(PublicKey::from_bytes(&raw).ok())
    }

    /// The latest block number.
    pub async fn block_number(&self) -> Result<u64, alloy::transports::TransportError> {
        self.provider.get_block_number().await
    }
}
