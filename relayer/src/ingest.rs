//! Accepting records: validation, the author's batch signature, on-chain eligibility, then the
//! durable store.
//!
//! The service side takes only ciphertext-side data ([`SubmitRequest`]): opaque envelope bytes,
//! the leaf fields, wrapped keys (ciphertext) and the author's signature. Nothing in it can carry
//! plaintext or a private key.
//!
//! # The submission signature
//!
//! An author signs all the records of one request at once, not each record (one ECDSA recovery
//! per request instead of per record). The signed message is
//!
//! ```text
//! digest = keccak256(abi.encode(
//!     keccak256("medvault.submit.v1"), uint256 chainId, address recordRegistry,
//!     bytes32 root,          // Merkle root (medvault_primitives::merkle) of the request's leaf hashes, in order
//!     bytes32 accountsHash)) // keccak256 of the patients' 20-byte accounts, concatenated in order
//! signature = EIP-191 personal_sign(digest)  // "\x19Ethereum Signed Message:\n32" ‖ digest
//! ```
//!
//! The root covers every leaf field (patient id, record id, version, ciphertext hash, author,
//! category); `accountsHash` binds the patient accounts the relayer checks on-chain, which never go
//! on-chain themselves. Any Ethereum wallet can produce the signature (`personal_sign` of 32 bytes).
//!
//! # Checks, in order (the first failure is answered; nothing is stored)
//! 1. shape: at least one record, at most the request limit; versions from 1;
//! 2. each record: size limit, envelope header (magic and version, read without a key), at least
//!    one wrapped key, each well-formed;
//! 3. the signature recovers to the author;
//! 4. every patient account is a registered patient (AccountRegistry.isPatient, positive answers
//!    cached);
//! 5. each record's author is its patient (self-reported), or a certified provider
//!    (ProviderRegistry.isCertified) who shows the patient's live WRITE grant covering the record
//!    or its category (`ConsentManager.isLive(controller, grantId, WRITE)`, read for every
//!    submission: a revocation counts at once), or, for an emergency-category note, an open
//!    break-glass window of its own on her (`inEmergency`).

use std::{
    collections::{BTreeSet, HashMap, HashSet},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use alloy::primitives::{Address, B256, Signature};

/// Most wrapped keys a record may carry besides its committee wrap: the patient's and the
/// author's (every other reader gets shares from the key committee).
pub const MAX_WRAPPED_KEYS: usize = 2;
use async_trait::async_trait;
use tokio::sync::Notify;

use super::chain::ChainError;
use super::store::{Accepted, NewRecord, NewSubmission, RecordStore, StoreError};
pub use medvault_primitives::api::records::{RecordSubmission, SubmitRequest, submission_digest};
use medvault_primitives::{
    api::records::MAX_SUBMIT_CONSENTS,
    committee::bound_patient_id,
    consent::{self, ConsentGrant, Liveness, Shown, Standing, Unshown, emergency_tag},
    eip712::consent_domain,
    envelope::Envelope,
    error::EnvelopeError,
    merkle::MerkleTree,
    types::{PublicKey, RecordLeaf},
    wrapped_key::WrappedKey,
};

/// Why a submission was refused. Nothing was stored.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// No records.
    #[error("the submission holds no records")]
    Empty,
    /// More records than one request may carry.
    #[error("the submission holds {count} records; at most {max} per request")]
    TooManyRecords {
        /// Records sent.
        count: usize,
        /// The limit.
        max: usize,
    },
    /// A record is larger than the configured limit.
    #[error("record {index}: envelope of {len} bytes exceeds the limit of {max} bytes")]
    TooLarge {
        /// Index of the record in the request.
        index: usize,
        /// Its size.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// An envelope's header is not a medvault envelope this relayer can carry.
    #[error("record {index}: malformed envelope: {reason}")]
    MalformedEnvelope {
        /// Index of the record.
        index: usize,
        /// What is wrong.
        reason: String,
    },
    /// A wrapped key is malformed, or there is none.
    #[error("record {index}: malformed wrapped key: {reason}")]
    MalformedWrappedKey {
        /// Index of the record.
        index: usize,
        /// What is wrong.
        reason: String,
    },
    /// The patient id is not the one bound to the patient and the committee wrap.
    #[error(
        "record {index}: the patient id is not keccak256(abi.encode(keccak256(\"medvault.patient-id.v2\"), patient, keccak256(committeeWrap)))"
    )]
    UnboundPatientId {
        /// Index of the record.
        index: usize,
    },
    /// A version of 0.
    #[error("record {index}: versions start at 1")]
    BadVersion {
        /// Index of the record.
        index: usize,
    },
    /// A category no consent can name.
    #[error("record {index}: {category} is not a consent category (1 to 9, docs/FHIR.md)")]
    UnknownCategory {
        /// Index of the record.
        index: usize,
        /// The category given.
        category: u16,
    },
    /// The signature is not the author's over this submission.
    #[error("bad signature: {0}")]
    BadSignature(String),
    /// A patient account is not registered as a patient on-chain.
    #[error("unknown patient: {0} is not a registered patient")]
    UnknownPatient(Address),
    /// The author is neither a certified provider nor the patient of every record.
    #[error("author {0} is neither a certified provider nor the patient of every record")]
    IneligibleAuthor(Address),
    /// A certified author shows no live WRITE consent of the record's patient covering it.
    #[error(
        "record {index}: {patient} has given the author no live WRITE consent covering this \
         record or its category ({reason}): ask her for it (a WRITE grant on the record or the \
         category)"
    )]
    NoWriteConsent {
        /// Index of the record.
        index: usize,
        /// The record's patient.
        patient: Address,
        /// What the grants shown lacked.
        reason: String,
    },
    /// More grants or break-glass salts than one submission may show.
    #[error("the submission shows {count} grants and salts; at most {max}")]
    TooManyConsents {
        /// Shown.
        count: usize,
        /// The limit.
        max: usize,
    },
    /// A record version already stored with other content.
    #[error(transparent)]
    Conflict(StoreError),
    /// The chain could not be asked (try again later).
    #[error("chain unavailable: {0}")]
    Chain(#[source] ChainError),
    /// The blocking store task panicked or was cancelled.
    #[error("store task failed: {0}")]
    Task(String),
    /// The store failed.
    #[error("store failed: {0}")]
    Store(StoreError),
}

impl IngestError {
    /// True if the client may retry the same request later (the relayer's dependencies failed).
    pub fn is_retryable(&self) -> bool {
        matches!(self, Self::Chain(_) | Self::Task(_))
            || matches!(self, Self::Store(e) if e.is_retryable())
    }

    /// True if the request itself is at fault (a 4xx).
    pub const fn is_client_error(&self) -> bool {
        !matches!(self, Self::Chain(_) | Self::Task(_) | Self::Store(_))
    }
}

/// Who may submit: the on-chain registries, asked through this trait.
#[async_trait]
pub trait Registry: Send + Sync + 'static {
    /// AccountRegistry.isPatient.
    async fn is_patient(&self, account: Address) -> Result<bool, ChainError>;
    /// ProviderRegistry.isCertified.
    async fn is_certified(&self, account: Address) -> Result<bool, ChainError>;
    /// The group key of the key committee in force (`KeyCommittee.committee`), if one is set and
    /// known: every record's committee wrap must be addressed to it.
    async fn committee_key(&self) -> Result<Option<[u8; 33]>, ChainError> {
        Ok(None)
    }
    /// ConsentManager.isLive(controller, grantId, WRITE).
    async fn write_live(&self, controller: Address, grant_id: B256) -> Result<bool, ChainError>;
    /// ConsentManager.inEmergency(tag, provider).
    async fn in_emergency(&self, tag: B256, provider: Address) -> Result<bool, ChainError>;
}

#[cfg(any(test, feature = "test-utils"))]
/// Fixed answers, for unit tests.
#[derive(Debug, Default)]
pub struct InMemoryRegistry {
    /// Registered patients.
    pub patients: Mutex<BTreeSet<Address>>,
    /// Certified providers.
    pub certified: Mutex<BTreeSet<Address>>,
    /// Live WRITE consents, as (controller, grant id).
    pub writes: Mutex<BTreeSet<(Address, B256)>>,
    /// Open break-glass windows, as (tag, provider).
    pub emergencies: Mutex<BTreeSet<(B256, Address)>>,
}

#[cfg(any(test, feature = "test-utils"))]
#[async_trait]
impl Registry for InMemoryRegistry {
    async fn is_patient(&self, account: Address) -> Result<bool, ChainError> {
        Ok(self.patients.lock().expect("lock").contains(&account))
    }
    async fn is_certified(&self, account: Address) -> Result<bool, ChainError> {
        Ok(self.certified.lock().expect("lock").contains(&account))
    }
    async fn write_live(&self, controller: Address, grant_id: B256) -> Result<bool, ChainError> {
        Ok(self.writes.lock().expect("lock").contains(&(controller, grant_id)))
    }
    async fn in_emergency(&self, tag: B256, provider: Address) -> Result<bool, ChainError> {
        Ok(self.emergencies.lock().expect("lock").contains(&(tag, provider)))
    }
}

/// Caches positive answers of another [`Registry`]: a registration is never undone, so a patient
/// is cached for good; a certification can be lost (slashing, unbonding), so it is cached for
/// `certified_ttl` only. Negative answers are never cached (a new patient registers, then submits).
pub struct CachedRegistry<R> {
    inner: R,
    certified_ttl: Duration,
    patients: Mutex<BTreeSet<Address>>,
    certified: Mutex<HashMap<Address, Instant>>,
}

impl<R> CachedRegistry<R> {
    /// Wraps `inner`.
    pub fn new(inner: R, certified_ttl: Duration) -> Self {
        Self { inner, certified_ttl, patients: Mutex::default(), certified: Mutex::default() }
    }
}

#[async_trait]
impl<R: Registry> Registry for CachedRegistry<R> {
    async fn is_patient(&self, account: Address) -> Result<bool, ChainError> {
        if self.patients.lock().expect("lock").contains(&account) {
            return Ok(true);
        }
        let yes = self.inner.is_patient(account).await?;
        if yes {
            self.patients.lock().expect("lock").insert(account);
        }
        Ok(yes)
    }

    async fn is_certified(&self, account: Address) -> Result<bool, ChainError> {
        if let Some(at) = self.certified.lock().expect("lock").get(&account)
            && at.elapsed() < self.certified_ttl
        {
            return Ok(true);
        }
        let yes = self.inner.is_certified(account).await?;
        if yes {
            self.certified.lock().expect("lock").insert(account, Instant::now());
        }
        Ok(yes)
    }

    async fn committee_key(&self) -> Result<Option<[u8; 33]>, ChainError> {
        self.inner.committee_key().await
    }

    // Consent is never cached: a revocation counts for the next submission.
    async fn write_live(&self, controller: Address, grant_id: B256) -> Result<bool, ChainError> {
        self.inner.write_live(controller, grant_id).await
    }

    async fn in_emergency(&self, tag: B256, provider: Address) -> Result<bool, ChainError> {
        self.inner.in_emergency(tag, provider).await
    }
}

/// Limits and chain context of ingest.
#[derive(Clone, Debug)]
pub struct IngestConfig {
    /// Largest envelope accepted, in bytes.
    pub max_record_bytes: usize,
    /// Most records in one request.
    pub max_records_per_request: usize,
    /// Chain id (bound into the signature).
    pub chain_id: u64,
    /// RecordRegistry address (bound into the signature).
    pub registry: Address,
    /// ConsentManager address (the domain of the patients' delegations in WRITE grants).
    pub consent: Address,
}

/// The ingest service: validates, then stores, then wakes the batcher.
#[derive(Clone)]
pub struct Pipeline {
    store: Arc<dyn RecordStore>,
    registry: Arc<dyn Registry>,
    config: IngestConfig,
    wake: Arc<Notify>,
}

impl Pipeline {
    /// A pipeline over a store and a registry; `wake` is notified after each accepted submission.
    pub fn new(
        store: Arc<dyn RecordStore>,
        registry: Arc<dyn Registry>,
        config: IngestConfig,
        wake: Arc<Notify>,
    ) -> Self {
        Self { store, registry, config, wake }
    }

    /// The store (for reads).
    pub fn store(&self) -> &Arc<dyn RecordStore> {
        &self.store
    }

    /// The configuration.
    pub const fn config(&self) -> &IngestConfig {
        &self.config
    }

    /// Checks a submission without touching the store; returns what would be stored.
    pub async fn validate(&self, req: SubmitRequest) -> Result<NewSubmission, IngestError> {
        let cfg = &self.config;
        if req.records.is_empty() {
            return Err(IngestError::Empty);
        }
        if req.records.len() > cfg.max_records_per_request {
            return Err(IngestError::TooManyRecords {
                count: req.records.len(),
                max: cfg.max_records_per_request,
            });
        }
        // Readers repeat across a submission's records: each distinct key is checked on the curve
        // once (see `WrappedKey::check_structure`).
        let mut recipients: HashSet<[u8; 33]> = HashSet::new();
        for (index, r) in req.records.iter().enumerate() {
            if r.envelope.len() > cfg.max_record_bytes {
                return Err(IngestError::TooLarge {
                    index,
                    len: r.envelope.len(),
                    max: cfg.max_record_bytes,
                });
            }
            if r.version == 0 {
                return Err(IngestError::BadVersion { index });
            }
            if u8::try_from(r.category).ok().and_then(medvault_fhir::Category::from_id).is_none() {
                return Err(IngestError::UnknownCategory { index, category: r.category });
            }
            Envelope::check_structure(&r.envelope)
                .map_err(|e| IngestError::MalformedEnvelope { index, reason: e.to_string() })?;
            if r.wrapped_keys.is_empty() {
                return Err(IngestError::MalformedWrappedKey {
                    index,
                    reason: "no wrapped key".into(),
                });
            }
            if r.wrapped_keys.len() > MAX_WRAPPED_KEYS {
                return Err(IngestError::MalformedWrappedKey {
                    index,
                    reason: format!(
                        "{} wrapped keys, at most {MAX_WRAPPED_KEYS} (the patient's and the \
                         author's): other readers get keys from the key committee",
                        r.wrapped_keys.len()
                    ),
                });
            }
            WrappedKey::check_structure(&r.committee_wrap).map_err(|e| {
                IngestError::MalformedWrappedKey { index, reason: format!("committee wrap: {e}") }
            })?;
            if bound_patient_id(r.patient_account, &r.committee_wrap).0 != r.patient_id {
                return Err(IngestError::UnboundPatientId { index });
            }
            for k in &r.wrapped_keys {
                let malformed = |e: EnvelopeError| IngestError::MalformedWrappedKey {
                    index,
                    reason: e.to_string(),
                };
                let recipient = WrappedKey::check_structure(k).map_err(malformed)?;
                if !recipients.contains(recipient) {
                    PublicKey::from_bytes(recipient).map_err(|_| {
                        malformed(EnvelopeError::WrappedKeyInvalidPoint("recipient"))
                    })?;
                    recipients.insert(*recipient);
                }
            }
        }
        if let Some(committee) = self.registry.committee_key().await.map_err(IngestError::Chain)? {
            for (index, r) in req.records.iter().enumerate() {
                if WrappedKey::check_structure(&r.committee_wrap).ok() != Some(&committee) {
                    return Err(IngestError::MalformedWrappedKey {
                        index,
                        reason:
                            "the committee wrap is not addressed to the key committee in force \
                                 (KeyCommittee.committee): the committee could never release it"
                                .into(),
                    });
                }
            }
        }
        let leaves = req.leaves();
        let root = MerkleTree::new(leaves.iter().map(RecordLeaf::hash).collect())
            .expect("not empty")
            .root();
        let digest = submission_digest(cfg.chain_id, cfg.registry, root, req.accounts_hash());
        let sig = Signature::try_from(req.signature.as_ref())
            .map_err(|e| IngestError::BadSignature(format!("not a 65-byte signature: {e}")))?;
        let signer = sig
            .recover_address_from_msg(digest.as_slice())
            .map_err(|e| IngestError::BadSignature(format!("does not recover: {e}")))?;
        if signer != req.author {
            return Err(IngestError::BadSignature(format!(
                "signed by {signer}, not by the author {}",
                req.author
            )));
        }
        let accounts: BTreeSet<Address> = req.records.iter().map(|r| r.patient_account).collect();
        for &account in &accounts {
            if !self.registry.is_patient(account).await.map_err(IngestError::Chain)? {
                return Err(IngestError::UnknownPatient(account));
            }
        }
        self.check_write_consent(&req).await?;
        let records = req
            .records
            .into_iter()
            .zip(leaves)
            .map(|(r, leaf)| NewRecord {
                leaf,
                patient_account: r.patient_account,
                envelope: r.envelope.to_vec(),
                // The committee wrap comes first: the store finds it there.
                wrapped_keys: std::iter::once(r.committee_wrap.to_vec())
                    .chain(r.wrapped_keys.into_iter().map(|k| k.to_vec()))
                    .collect(),
            })
            .collect();
        Ok(NewSubmission {
            idempotency_key: req.idempotency_key,
            author: req.author,
            signature: req.signature.to_vec(),
            root,
            records,
        })
    }

    /// Step 5: every record about someone other than its author comes from a certified provider
    /// with her WRITE consent (or an open break-glass window, for an emergency note). Each grant
    /// and salt shown is read on-chain once per submission, whatever the number of records.
    async fn check_write_consent(&self, req: &SubmitRequest) -> Result<(), IngestError> {
        if req.records.iter().all(|r| r.patient_account == req.author) {
            return Ok(());
        }
        let shown = req.consents.len() + req.emergency.len();
        if shown > MAX_SUBMIT_CONSENTS {
            return Err(IngestError::TooManyConsents { count: shown, max: MAX_SUBMIT_CONSENTS });
        }
        if !self.registry.is_certified(req.author).await.map_err(IngestError::Chain)? {
            return Err(IngestError::IneligibleAuthor(req.author));
        }
        let domain = consent_domain(self.config.chain_id, self.config.consent);
        // Only grants to the author from a patient of the submission can count: read those once.
        let accounts: BTreeSet<Address> = req.records.iter().map(|r| r.patient_account).collect();
        let mut live: HashMap<(Address, B256), bool> = HashMap::new();
        for g in
            req.consents.iter().filter(|g| g.grantee == req.author && accounts.contains(&g.patient))
        {
            let key = (g.controller, g.grant_id());
            if let std::collections::hash_map::Entry::Vacant(slot) = live.entry(key) {
                let yes =
                    self.registry.write_live(key.0, key.1).await.map_err(IngestError::Chain)?;
                slot.insert(yes);
            }
        }
        let mut windows: HashMap<B256, bool> = HashMap::new();
        for e in req.emergency.iter().filter(|e| accounts.contains(&e.patient)) {
            let tag = emergency_tag(e.patient, e.salt);
            if let std::collections::hash_map::Entry::Vacant(slot) = windows.entry(tag) {
                let open = self
                    .registry
                    .in_emergency(tag, req.author)
                    .await
                    .map_err(IngestError::Chain)?;
                slot.insert(open);
            }
        }
        for (index, r) in req.records.iter().enumerate() {
            if r.patient_account == req.author {
                continue;
            }
            let hers: Vec<ConsentGrant> =
                req.consents.iter().filter(|g| g.patient == r.patient_account).cloned().collect();
            let shown = Shown {
                reader: req.author,
                patient: r.patient_account,
                record_id: r.record_id,
                category: r.category,
                consents: &hers,
                emergency_salt: req
                    .emergency
                    .iter()
                    .find(|e| e.patient == r.patient_account)
                    .map(|e| e.salt),
            };
            let standing = consent::decide(
                &shown,
                &domain,
                |controller, grant_id| {
                    let yes = live.get(&(controller, grant_id)).copied().unwrap_or(false);
                    async move {
                        Ok::<_, IngestError>(if yes { Liveness::Live } else { Liveness::NotLive })
                    }
                },
                |tag| {
                    let open = windows.get(&tag).copied().unwrap_or(false);
                    async move { Ok(open) }
                },
            )
            .await?;
            if let Standing::Refused(why) = standing {
                return Err(IngestError::NoWriteConsent {
                    index,
                    patient: r.patient_account,
                    reason: match why {
                        Unshown::BadGrant(m) => m.to_string(),
                        _ => "none shown is live".into(),
                    },
                });
            }
        }
        Ok(())
    }

    /// Validates and durably stores a submission; returns each record's id and state once they
    /// are committed. A retry returns the first answer (see [`RecordStore::accept`]).
    ///
    /// Its span names the records' ids, which the batcher's `batch pinned` event names again (as
    /// a range) with the batch id, and the anchor's events name with the transaction's key and hash.
    #[tracing::instrument(
        name = "submit",
        skip_all,
        fields(author = %req.author, records = req.records.len(), ids = tracing::field::Empty)
    )]
    pub async fn submit(&self, req: SubmitRequest) -> Result<Vec<Accepted>, IngestError> {
        let sub = self.validate(req).await?;
        let store = self.store.clone();
        let accepted = tokio::task::spawn_blocking(move || store.accept(sub))
            .await
            .map_err(|e| IngestError::Task(e.to_string()))?
            .map_err(|e| match e {
                StoreError::Conflict { .. }
                | StoreError::OtherPatient { .. }
                | StoreError::VersionGap { .. }
                | StoreError::Repeated { .. }
                | StoreError::NotChained { .. }
                | StoreError::KeyReused { .. } => IngestError::Conflict(e),
                other => IngestError::Store(other),
            })?;
        if let (Some(first), Some(last)) = (accepted.first(), accepted.last()) {
            tracing::Span::current().record("ids", format!("{}..={}", first.id, last.id));
        }
        tracing::debug!(duplicates = accepted.iter().filter(|a| a.duplicate).count(), "accepted");
        self.wake.notify_one();
        Ok(accepted)
    }
}

#[cfg(test)]
mod tests {
    use alloy::signers::local::PrivateKeySigner;
    use rand::{SeedableRng, rngs::StdRng};

    use alloy::primitives::Bytes;
    use medvault_client::{keys::SecretKey, submission::*};
    use medvault_primitives::api::records::EmergencyShown;

    use super::*;
    use crate::store::SqliteStore;

    const CHAIN: u64 = 31337;
    const REG: Address = Address::repeat_byte(0xaa);
    const CONSENT: Address = Address::repeat_byte(0xcc);

    struct Fixture {
        pipeline: Pipeline,
        registry: Arc<InMemoryRegistry>,
        provider: PrivateKeySigner,
        patient: PrivateKeySigner,
        rng: StdRng,
    }

    fn fixture() -> Fixture {
        let store: Arc<dyn RecordStore> = Arc::new(SqliteStore::in_memory().unwrap());
        let registry = Arc::new(InMemoryRegistry::default());
        let provider = PrivateKeySigner::random();
        let patient = PrivateKeySigner::random();
        registry.patients.lock().unwrap().insert(patient.address());
        registry.certified.lock().unwrap().insert(provider.address());
        let grant = write_grant(patient.address(), provider.address(), 3);
        registry.writes.lock().unwrap().insert((grant.controller, grant.grant_id()));
        let config = IngestConfig {
            max_record_bytes: 4096,
            max_records_per_request: 10,
            chain_id: CHAIN,
            registry: REG,
            consent: CONSENT,
        };
        let pipeline = Pipeline::new(store, registry.clone(), config, Arc::default());
        Fixture { pipeline, registry, provider, patient, rng: StdRng::seed_from_u64(7) }
    }

    fn drafts(patient: Address, n: u8, size: usize) -> Vec<(Draft, Vec<u8>)> {
        (0..n)
            .map(|i| {
                let d = Draft {
                    patient_id: B256::repeat_byte(1),
                    patient_account: patient,
                    record_id: B256::repeat_byte(i + 1),
                    version: 1,
                    previous: B256::ZERO,
                    category: 3,
                };
                (d, vec![i; size])
            })
            .collect()
    }

    fn reader(f: &mut Fixture) -> Vec<medvault_primitives::types::PublicKey> {
        vec![SecretKey::from(&f.patient).public_key().clone()]
    }

    fn total(f: &Fixture) -> u64 {
        f.pipeline.store().counts().unwrap().values().sum()
    }

    #[tokio::test]
    async fn a_signed_batch_from_a_certified_provider_is_stored_once() {
        let mut f = fixture();
        let readers = reader(&mut f);
        let (mut req, _) = build(
            &f.provider,
            CHAIN,
            REG,
            &drafts(f.patient.address(), 3, 100),
            &readers,
            &mut f.rng,
        );
        req.idempotency_key = Some(B256::repeat_byte(0x42));
        let first = f.pipeline.submit(req.clone()).await.unwrap();
        assert_eq!(first.len(), 3);
        let again = f.pipeline.submit(req).await.unwrap();
        assert!(again.iter().all(|a| a.duplicate));
        assert_eq!(total(&f), 3);
        // Another batch under the same key is refused, not answered with the first's records.
        let (mut other, _) = build(
            &f.provider,
            CHAIN,
            REG,
            &drafts(f.patient.address(), 1, 100),
            &readers,
            &mut f.rng,
        );
        other.idempotency_key = Some(B256::repeat_byte(0x42));
        let e = f.pipeline.submit(other).await.unwrap_err();
        assert!(matches!(e, IngestError::Conflict(StoreError::KeyReused { .. })), "{e}");
        assert!(e.to_string().contains("reused with another request"), "{e}");
        assert_eq!(total(&f), 3);
    }

    #[tokio::test]
    async fn a_patient_may_self_report() {
        let mut f = fixture();
        let readers = reader(&mut f);
        let patient = f.patient.clone();
        let (req, _) =
            build(&patient, CHAIN, REG, &drafts(patient.address(), 1, 10), &readers, &mut f.rng);
        f.pipeline.submit(req).await.unwrap();
        // ...but not for another patient.
        let other = PrivateKeySigner::random();
        f.registry.patients.lock().unwrap().insert(other.address());
        let (req, _) =
            build(&other, CHAIN, REG, &drafts(patient.address(), 1, 10), &readers, &mut f.rng);
        assert!(matches!(f.pipeline.submit(req).await, Err(IngestError::IneligibleAuthor(_))));
    }

    #[tokio::test]
    async fn bad_input_is_refused_and_nothing_is_stored() {
        let mut f = fixture();
        let readers = reader(&mut f);
        let provider = f.provider.clone();
        let good = |f: &mut Fixture| {
            build(&provider, CHAIN, REG, &drafts(f.patient.address(), 2, 100), &readers, &mut f.rng)
                .0
        };

        let mut req = good(&mut f);
        let mut env = req.records[1].envelope.to_vec();
        env[0] = b'X';
        req.records[1].envelope = env.into();
        sign(&mut req, &provider, CHAIN, REG);
        assert!(matches!(
            f.pipeline.submit(req).await,
            Err(IngestError::MalformedEnvelope { index: 1, .. })
        ));

        // A category no consent can name (0, or past the defined ones): refused, as a grant on it is.
        for category in [0u16, 18, 99] {
            let mut req = good(&mut f);
            req.records[0].category = category;
            sign(&mut req, &provider, CHAIN, REG);
            let e = f.pipeline.submit(req).await.unwrap_err();
            assert!(
                matches!(e, IngestError::UnknownCategory { index: 0, category: c } if c == category),
                "{e}"
            );
        }

        let (big, _) = build(
            &provider,
            CHAIN,
            REG,
            &drafts(f.patient.address(), 1, 5000),
            &readers,
            &mut f.rng,
        );
        assert!(matches!(
            f.pipeline.submit(big).await,
            Err(IngestError::TooLarge { index: 0, .. })
        ));

        let mut req = good(&mut f);
        req.records[0].category += 1; // signed over other leaves
        assert!(matches!(f.pipeline.submit(req).await, Err(IngestError::BadSignature(_))));

        let mut req = good(&mut f);
        req.signature = Bytes::from(vec![1u8; 10]);
        assert!(matches!(f.pipeline.submit(req).await, Err(IngestError::BadSignature(_))));

        let stranger = Address::repeat_byte(0x55);
        let (req, _) = build(&provider, CHAIN, REG, &drafts(stranger, 1, 10), &readers, &mut f.rng);
        assert_eq!(
            f.pipeline.submit(req).await.unwrap_err().to_string(),
            format!("unknown patient: {stranger} is not a registered patient")
        );

        let uncertified = PrivateKeySigner::random();
        let (req, _) = build(
            &uncertified,
            CHAIN,
            REG,
            &drafts(f.patient.address(), 1, 10),
            &readers,
            &mut f.rng,
        );
        assert!(matches!(f.pipeline.submit(req).await, Err(IngestError::IneligibleAuthor(_))));

        let mut req = good(&mut f);
        req.records[0].wrapped_keys = vec![Bytes::from(vec![0u8; 5])];
        sign(&mut req, &provider, CHAIN, REG);
        assert!(matches!(
            f.pipeline.submit(req).await,
            Err(IngestError::MalformedWrappedKey { index: 0, .. })
        ));

        // Every release scans a record's wraps (two point decompressions each): a record that
        // carried thousands would stall every release. It carries the patient's and the
        // author's, no more (grantees' are added, capped, through the key API).
        let mut req = good(&mut f);
        let wrap = req.records[0].wrapped_keys[0].clone();
        req.records[0].wrapped_keys = vec![wrap; MAX_WRAPPED_KEYS + 1];
        sign(&mut req, &provider, CHAIN, REG);
        assert!(matches!(
            f.pipeline.submit(req).await,
            Err(IngestError::MalformedWrappedKey { index: 0, reason }) if reason.contains("at most")
        ));

        // A recipient key that is no point on the curve: x = 5 has no y on secp256k1.
        let mut req = good(&mut f);
        let mut key = req.records[0].wrapped_keys[0].to_vec();
        key[5..37].copy_from_slice(&[0; 32]);
        key[36] = 5;
        req.records[0].wrapped_keys = vec![Bytes::from(key)];
        sign(&mut req, &provider, CHAIN, REG);
        assert!(matches!(
            f.pipeline.submit(req).await,
            Err(IngestError::MalformedWrappedKey { index: 0, reason }) if reason.contains("recipient")
        ));

        let (req, _) =
            build(&provider, CHAIN, REG, &drafts(f.patient.address(), 11, 1), &readers, &mut f.rng);
        assert!(matches!(
            f.pipeline.submit(req).await,
            Err(IngestError::TooManyRecords { count: 11, max: 10 })
        ));

        assert_eq!(total(&f), 0, "nothing stored");
    }

    /// The attack on the old relayer: any certified provider filed records into any registered
    /// patient's history, with no consent of hers. Now a provider shows her live WRITE grant, on
    /// the record's category, to itself; anything less is refused with the reason and stores
    /// nothing. Her own records need no grant.
    #[tokio::test]
    async fn writing_about_a_patient_needs_her_live_write_consent() {
        let mut f = fixture();
        let readers = reader(&mut f);
        let provider = f.provider.clone();
        let refused = |e: IngestError| match e {
            IngestError::NoWriteConsent { index: 0, patient, reason } => (patient, reason),
            other => panic!("expected a refusal for want of WRITE consent, got {other}"),
        };
        // No grant shown.
        let (mut req, _) =
            build(&provider, CHAIN, REG, &drafts(f.patient.address(), 1, 10), &readers, &mut f.rng);
        req.consents.clear();
        let (patient, _) = refused(f.pipeline.submit(req.clone()).await.unwrap_err());
        assert_eq!(patient, f.patient.address());
        // A grant on another category (7 is not live), and one to another provider.
        req.consents = vec![write_grant(f.patient.address(), provider.address(), 7)];
        let (_, reason) = refused(f.pipeline.submit(req.clone()).await.unwrap_err());
        assert!(reason.contains("covers neither"), "{reason}");
        let other = PrivateKeySigner::random();
        f.registry.certified.lock().unwrap().insert(other.address());
        let theirs = write_grant(f.patient.address(), other.address(), 3);
        f.registry.writes.lock().unwrap().insert((theirs.controller, theirs.grant_id()));
        req.consents = vec![theirs];
        refused(f.pipeline.submit(req.clone()).await.unwrap_err());
        // The right grant, revoked on-chain (no longer live): refused.
        let mine = write_grant(f.patient.address(), provider.address(), 3);
        f.registry.writes.lock().unwrap().remove(&(mine.controller, mine.grant_id()));
        req.consents = vec![mine.clone()];
        let (_, reason) = refused(f.pipeline.submit(req.clone()).await.unwrap_err());
        assert!(reason.contains("none shown is live"), "{reason}");
        assert_eq!(total(&f), 0, "nothing stored");
        // Live again: accepted.
        f.registry.writes.lock().unwrap().insert((mine.controller, mine.grant_id()));
        assert_eq!(f.pipeline.submit(req).await.unwrap().len(), 1);
        // More grants than a submission may show: refused before any chain read.
        let (mut req, _) =
            build(&provider, CHAIN, REG, &drafts(f.patient.address(), 1, 10), &readers, &mut f.rng);
        req.consents = vec![mine; MAX_SUBMIT_CONSENTS + 1];
        assert!(matches!(f.pipeline.submit(req).await, Err(IngestError::TooManyConsents { .. })));
    }

    /// An emergency note: a provider with an open break-glass window of its own on the patient
    /// writes in the emergency category, and nowhere else; the window closed, not even there.
    #[tokio::test]
    async fn an_emergency_note_needs_an_open_window_and_the_emergency_category() {
        let mut f = fixture();
        let readers = reader(&mut f);
        let provider = f.provider.clone();
        let salt = B256::repeat_byte(0x5a);
        let tag = emergency_tag(f.patient.address(), salt);
        f.registry.emergencies.lock().unwrap().insert((tag, provider.address()));
        let note = |f: &mut Fixture, category: u16| {
            let mut d = drafts(f.patient.address(), 1, 10);
            d[0].0.category = category;
            d[0].0.record_id = B256::repeat_byte(category as u8 + 0x40);
            let (mut req, _) = build(&provider, CHAIN, REG, &d, &readers, &mut f.rng);
            req.consents.clear();
            req.emergency = vec![EmergencyShown { patient: f.patient.address(), salt }];
            req
        };
        let req = note(&mut f, 9);
        assert_eq!(f.pipeline.submit(req).await.unwrap().len(), 1);
        let req = note(&mut f, 4);
        assert!(matches!(f.pipeline.submit(req).await, Err(IngestError::NoWriteConsent { .. })));
        f.registry.emergencies.lock().unwrap().clear();
        let mut req = note(&mut f, 9);
        req.records[0].record_id = B256::repeat_byte(0x77);
        sign(&mut req, &provider, CHAIN, REG);
        assert!(matches!(f.pipeline.submit(req).await, Err(IngestError::NoWriteConsent { .. })));
    }

    #[tokio::test]
    async fn cache_keeps_positive_answers_only() {
        let inner = InMemoryRegistry::default();
        let a = Address::repeat_byte(1);
        let cached = CachedRegistry::new(inner, Duration::from_secs(60));
        assert!(!cached.is_patient(a).await.unwrap());
        cached.inner.patients.lock().unwrap().insert(a);
        assert!(cached.is_patient(a).await.unwrap(), "a negative answer is not cached");
        cached.inner.patients.lock().unwrap().clear();
        assert!(cached.is_patient(a).await.unwrap(), "a positive answer is");
    }
}
