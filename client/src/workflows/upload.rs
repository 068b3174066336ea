//! A provider's upload: FHIR records sealed for a patient on the author's device, each under a
//! fresh data key wrapped for the patient (the key the patient registered in `AccountRegistry`),
//! for the author, and for the key committee (the group key `KeyCommittee` publishes; every other
//! reader gets the key from the committee when the chain says so); the record's patient id bound
//! to the patient and the committee wrap (`medvault_primitives::committee::bound_patient_id`); the
//! batch signed once and posted to the relayer (`POST /v1/records`); then a wait until the relayer
//! has anchored it.
//!
//! Writing about a patient needs her consent: a provider shows her live WRITE grant covering the
//! record or its category ([`write_grants`] finds them among the notices sealed to it), or, for an
//! emergency note, the salt of its open break-glass window on her; the relayer checks both
//! on-chain. A patient's own records need neither (they are self-reported).
//!
//! An amendment ([`amend`]) is the next version of a record: same record id, the version after
//! the latest, chained to that version's leaf; nothing is ever deleted.
//!
//! An EHR export ([`import`]) becomes one record per consent category (several where a category
//! outgrows a record), so a grant on a category opens exactly that part of it.
//!
//! Nothing is sent unless every document is FHIR R4.

use std::time::Duration;

use alloy::{
    primitives::{Address, B256, Bytes},
    providers::Provider,
    signers::Signer,
};
use medvault_bindings::consent_manager::ConsentManager;
use medvault_primitives::{
    api::records::{EmergencyShown, RecordResponse, RecordSubmission, SubmitRequest},
    committee::bound_patient_id,
    consent::ConsentGrant,
    enums::{Access, Scope},
    types::{PatientId, PublicKey, RecordId, RecordVersion},
};
use rand::{CryptoRng, RngCore};

use super::{CommitteeLookupError, Document, KeyLookupError, Session};
use crate::{
    api::ApiError,
    ecies::{self, WrappedKey},
    envelope::{self, AadContext, DataKey},
    keys::{ReaderKeys, SecretKey},
};

/// From how many records a batch's wraps go through fixed-base tables ([`ecies::Wrapper`]).
pub const WRAPPER_FROM: usize = 32;

/// How long [`upload`] waits for the relayer to anchor each record.
pub const CONFIRM_TIMEOUT: Duration = Duration::from_secs(120);

/// Why an upload did not complete.
#[derive(Debug, thiserror::Error)]
pub enum UploadError {
    /// The patient's registered key could not be had.
    #[error(transparent)]
    PatientKey(#[from] KeyLookupError),
    /// The key committee's group key could not be had.
    #[error(transparent)]
    Committee(#[from] CommitteeLookupError),
    /// A document is not FHIR R4; nothing was sent.
    #[error("{name} is not a valid FHIR R4 resource; nothing was uploaded")]
    NotFhir {
        /// The document's name.
        name: String,
        /// Why.
        #[source]
        source: medvault_fhir::FhirError,
    },
    /// A record could not be sealed.
    #[error(transparent)]
    Seal(#[from] crate::EnvelopeError),
    /// No documents were given.
    #[error("no records to upload")]
    Empty,
    /// The signer did not sign the batch.
    #[error("cannot sign the submission")]
    Sign(#[source] alloy::signers::Error),
    /// The relayer refused the batch.
    #[error("the relayer refused the upload")]
    Submit(#[source] ApiError),
    /// The patient has given the author no live WRITE consent covering the records.
    #[error(
        "{patient} has given you no live WRITE consent on category {category}{record}: ask her \
         for one (a WRITE grant on the record or the category); nothing was uploaded"
    )]
    NoWriteConsent {
        /// The patient.
        patient: Address,
        /// The category written.
        category: u16,
        /// ", record 0x…" for an amendment.
        record: String,
    },
    /// The grants could not be looked up.
    #[error("looking up your WRITE grants")]
    Grants(#[source] Box<super::consent::ConsentError>),
    /// The chain could not be read.
    #[error("reading the chain: {0}")]
    Chain(String),
    /// The record to amend could not be had.
    #[error("record {id} cannot be amended")]
    Amend {
        /// The relayer's id of the record.
        id: i64,
        /// Why.
        #[source]
        source: ApiError,
    },
    /// An amendment carries exactly one document.
    #[error("an amendment is one document, not {0}")]
    AmendmentIsOneDocument(usize),
    /// A record was not anchored (the relayer failed it, or the wait timed out).
    #[error(transparent)]
    Confirm(ApiError),
    /// An import's export cannot be split into records.
    #[error("the export is not one patient's FHIR R4; nothing was uploaded")]
    Export(#[source] medvault_fhir::FhirError),
    /// An export holds several patients' records.
    #[error(
        "the export holds {0} Patient resources: import one patient's records at a time; nothing \
         was uploaded"
    )]
    SeveralPatients(usize),
    /// The patient has given the author no live WRITE consent on some of an import's categories.
    #[error(
        "{patient} has given you no live WRITE consent on {}: ask her for WRITE on {} (or map \
         those resource types to a category she granted); nothing was uploaded",
        .categories.join(", "),
        if .categories.len() == 1 { "it" } else { "each" }
    )]
    NoWriteConsentFor {
        /// The patient.
        patient: Address,
        /// The categories without one, as `name (id)`.
        categories: Vec<String>,
    },
}

/// Result alias for [`UploadError`].
pub type Result<T, E = UploadError> = std::result::Result<T, E>;

/// Whom and what an upload is for.
#[derive(Clone, Debug, Default)]
pub struct UploadTarget {
    /// The patient's account (registered; its encryption key is read from `AccountRegistry`).
    pub patient: Address,
    /// The records' consent category (see docs/FHIR.md).
    pub category: u16,
    /// The author's WRITE grants from the patient that cover the records ([`write_grants`]);
    /// [`upload`] looks them up when none are given and the author is not the patient.
    pub consents: Vec<ConsentGrant>,
    /// For an emergency note: the salt of the author's open break-glass tag on the patient.
    pub emergency_salt: Option<B256>,
    /// For an amendment: the version it follows (then exactly one document).
    pub amends: Option<NextVersion>,
}

/// Where an amendment goes: the record, the next version, and the leaf of the version before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextVersion {
    /// The record.
    pub record_id: RecordId,
    /// The new version (the latest plus one).
    pub version: u32,
    /// The leaf of the latest version.
    pub previous: B256,
}

/// A step of an upload done, for a progress bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// One more record sealed.
    Sealed,
    /// One more record anchored.
    Anchored,
}

/// One record of a sealed batch, with what the author's device keeps of it.
#[derive(Clone, Debug)]
pub struct SealedRecord {
    /// The document's name.
    pub name: String,
    /// The record id drawn for it.
    pub record_id: RecordId,
    /// Its patient id (bound to the patient and its committee wrap).
    pub patient_id: PatientId,
    /// Its data key wrapped for the patient (ciphertext; the patient's `verify` takes it).
    pub wrapped_for_patient: Bytes,
}

/// A batch sealed and ready to sign: the request (unsigned) and its records.
#[derive(Clone, Debug)]
pub struct SealedBatch {
    /// `POST /v1/records`'s body, without its signature.
    pub request: SubmitRequest,
    /// Its records, in order.
    pub records: Vec<SealedRecord>,
}

/// One uploaded record, anchored.
#[derive(Clone, Debug)]
pub struct UploadedRecord {
    /// What the device sealed.
    pub sealed: SealedRecord,
    /// The relayer's id of the record.
    pub id: i64,
    /// The relayer's view of it once confirmed (CID, batch root, anchor transaction, proof).
    pub record: RecordResponse,
}

/// Seals `documents` for `target` as `author`, on `chain_id` and the `RecordRegistry` at
/// `registry`: each under a fresh data key wrapped for `patient_key`, `author_key` and the key
/// committee's group key `committee`. Pure: no network, nothing signed.
/// [`UploadError::NotFhir`] for the first document that is not FHIR.
#[allow(clippy::too_many_arguments)]
pub fn seal(
    chain_id: u64,
    registry: Address,
    author: Address,
    target: &UploadTarget,
    patient_key: &PublicKey,
    author_key: &PublicKey,
    committee: &PublicKey,
    documents: &[Document],
    rng: &mut (impl RngCore + CryptoRng),
    progress: &mut dyn FnMut(Progress),
) -> Result<SealedBatch> {
    // From a few dozen records on, fixed-base tables of the three recipients pay for themselves
    // (docs/ENVELOPE.md, "Cost").
    if target.amends.is_some() && documents.len() != 1 {
        return Err(UploadError::AmendmentIsOneDocument(documents.len()));
    }
    let wrapper = (documents.len() >= WRAPPER_FROM)
        .then(|| ecies::Wrapper::new(&[committee, patient_key, author_key]));
    let mut submissions = Vec::with_capacity(documents.len());
    let mut records = Vec::with_capacity(documents.len());
    for document in documents {
        medvault_fhir::parse_json(&document.json)
            .map_err(|source| UploadError::NotFhir { name: document.name.clone(), source })?;
        let (record_id, version, previous) = match target.amends {
            Some(next) => (next.record_id, next.version, next.previous),
            None => (RecordId(random_b256(rng)), 1, B256::ZERO),
        };
        let data_key = DataKey::random(rng);
        let [committee_wrap, for_patient, for_author] = match &wrapper {
            Some(w) => <[WrappedKey; 3]>::try_from(w.wrap(&data_key, rng)).expect("3 recipients"),
            None => [committee, patient_key, author_key]
                .map(|r| ecies::wrap_with_rng(&data_key, r, rng)),
        };
        let patient_id = bound_patient_id(target.patient, committee_wrap.as_bytes());
        let context = AadContext {
            chain_id,
            registry,
            patient_id,
            record_id,
            version: RecordVersion(version),
        };
        let sealed = envelope::seal_with_key(document.json.as_bytes(), &context, &data_key, rng)?;
        let for_patient = Bytes::copy_from_slice(for_patient.as_bytes());
        let for_author = Bytes::copy_from_slice(for_author.as_bytes());
        drop(data_key);
        submissions.push(RecordSubmission {
            patient_id: patient_id.0,
            patient_account: target.patient,
            record_id: record_id.0,
            version,
            previous,
            category: target.category,
            envelope: Bytes::from(sealed.into_bytes()),
            wrapped_keys: vec![for_patient.clone(), for_author],
            committee_wrap: Bytes::copy_from_slice(committee_wrap.as_bytes()),
        });
        records.push(SealedRecord {
            name: document.name.clone(),
            record_id,
            patient_id,
            wrapped_for_patient: for_patient,
        });
        progress(Progress::Sealed);
    }
    let request = SubmitRequest {
        idempotency_key: Some(random_b256(rng)),
        author,
        signature: Bytes::new(),
        records: submissions,
        consents: target.consents.clone(),
        emergency: target
            .emergency_salt
            .map(|salt| EmergencyShown { patient: target.patient, salt })
            .into_iter()
            .collect(),
    };
    Ok(SealedBatch { request, records })
}

/// The author's WRITE grants from `patient` that are live now and cover `record` (or, without one,
/// category `category`): found among the consent notices sealed to `keys`, read on-chain.
pub async fn write_grants<P: Provider>(
    session: &Session<P>,
    author: Address,
    keys: &(impl ReaderKeys + ?Sized),
    patient: Address,
    record: Option<RecordId>,
    category: u16,
) -> Result<Vec<ConsentGrant>> {
    let received = super::consent::received_grants(session, author, keys)
        .await
        .map_err(|e| UploadError::Grants(Box::new(e)))?;
    live_writes(
        session,
        received.into_iter().filter(|g| {
            g.patient == patient
                && match record {
                    Some(r) => g.covers(r.0, category),
                    None => g.scope == Scope::Category && g.covers(B256::ZERO, category),
                }
        }),
    )
    .await
}

/// The grants among `candidates` that are live WRITE consents on-chain now (one read each).
async fn live_writes<P: Provider>(
    session: &Session<P>,
    candidates: impl IntoIterator<Item = ConsentGrant>,
) -> Result<Vec<ConsentGrant>> {
    let consent = ConsentManager::new(session.deployment.contracts.consent, &session.provider);
    let mut live = Vec::new();
    for g in candidates {
        let write = consent
            .isLive(g.controller, g.grant_id(), u8::from(Access::Write))
            .call()
            .await
            .map_err(|e| UploadError::Chain(e.to_string()))?;
        if write {
            live.push(g);
        }
    }
    Ok(live)
}

/// Uploads `documents` for `target` as `author` (`author_key` is its encryption key): finds its
/// WRITE grants from the patient if none are given (an author writing about someone else needs
/// one; [`UploadError::NoWriteConsent`] before anything is sent), seals the documents ([`seal`]),
/// signs the batch once, posts it to the relayer and waits until each record is anchored.
pub async fn upload<P: Provider>(
    session: &Session<P>,
    author: &(impl Signer + Sync + ?Sized),
    author_key: &SecretKey,
    target: &UploadTarget,
    documents: &[Document],
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<UploadedRecord>> {
    let author_public = author_key.public_key();
    let patient_key = session.registered_key(target.patient).await?;
    let committee = session.committee().await?;
    let chain_id = session.chain_id();
    let registry = session.deployment.contracts.records;
    // Sealing checks every document first: a file that is not FHIR is named before anything else.
    let SealedBatch { mut request, records } = seal(
        chain_id,
        registry,
        author.address(),
        target,
        &patient_key,
        author_public,
        &committee.key,
        documents,
        &mut rand::rngs::OsRng,
        progress,
    )?;
    if author.address() != target.patient
        && request.consents.is_empty()
        && request.emergency.is_empty()
    {
        let record = target.amends.map(|n| n.record_id);
        request.consents = write_grants(
            session,
            author.address(),
            author_key,
            target.patient,
            record,
            target.category,
        )
        .await?;
        if request.consents.is_empty() {
            return Err(UploadError::NoWriteConsent {
                patient: target.patient,
                category: target.category,
                record: record.map(|r| format!(", record {}", r.0)).unwrap_or_default(),
            });
        }
    }
    let digest = request.digest(chain_id, registry).ok_or(UploadError::Empty)?;
    let signature = author.sign_message(digest.as_slice()).await.map_err(UploadError::Sign)?;
    request.signature = Bytes::from(signature.as_bytes().to_vec());
    let accepted = session.relayer.submit(&request).await.map_err(UploadError::Submit)?;
    let mut uploaded = Vec::with_capacity(records.len());
    for (a, sealed) in accepted.records.iter().zip(records) {
        let record = session
            .relayer
            .wait_confirmed(author, a.id, CONFIRM_TIMEOUT)
            .await
            .map_err(UploadError::Confirm)?;
        progress(Progress::Anchored);
        uploaded.push(UploadedRecord { sealed, id: a.id, record });
    }
    Ok(uploaded)
}

/// Amends the record version the relayer knows as `id` with `document`, as `author` (its author,
/// or a provider holding the patient's WRITE consent for it): the next version of the same
/// record, chained to that version's leaf, in its category. The relayer refuses it if `id` is not
/// the latest version (another amendment came first).
pub async fn amend<P: Provider>(
    session: &Session<P>,
    author: &(impl Signer + Sync + ?Sized),
    author_key: &SecretKey,
    id: i64,
    document: &Document,
    progress: &mut dyn FnMut(Progress),
) -> Result<UploadedRecord> {
    let amend_err = |source| UploadError::Amend { id, source };
    // A WRITE grant lets its holder read too: the same grants open the record's view.
    let grants = super::consent::received_grants(session, author.address(), author_key)
        .await
        .map_err(|e| UploadError::Grants(Box::new(e)))?;
    let latest = session.relayer.view(author, id, &grants, None).await.map_err(amend_err)?;
    let released = session
        .relayer
        .release_key(author, latest.record_id, latest.version, &grants)
        .await
        .map_err(amend_err)?;
    let target = UploadTarget {
        patient: released.patient,
        category: latest.category,
        amends: Some(NextVersion {
            record_id: RecordId(latest.record_id),
            version: latest.version + 1,
            previous: latest.leaf,
        }),
        ..UploadTarget::default()
    };
    let mut got =
        upload(session, author, author_key, &target, std::slice::from_ref(document), progress)
            .await?;
    Ok(got.remove(0))
}

/// How much plaintext one batch of an import carries at most (the relayer takes bodies of up to
/// 64 MiB, in which records travel hex-encoded).
pub const IMPORT_BATCH_BYTES: usize = 16 << 20;

/// One record of an import, anchored.
#[derive(Clone, Debug)]
pub struct ImportedRecord {
    /// The part it holds (category, resource types).
    pub category: medvault_fhir::Category,
    /// Split per encounter: the encounter its resources belong to.
    pub encounter: Option<String>,
    /// How many resources of each type.
    pub types: std::collections::BTreeMap<String, usize>,
    /// The record.
    pub uploaded: UploadedRecord,
}

/// Imports an EHR export split by category ([`medvault_fhir::import::split`]) for `patient`, as
/// `author` (`keys` its encryption keys, every epoch; `author_key` the current one): one record
/// per part, one batch per category. An author writing about someone else needs her live WRITE
/// grant on every category the export touches; [`UploadError::NoWriteConsentFor`] names each
/// missing one before anything is sent. Records already anchored stay anchored if a later
/// category fails.
pub async fn import<P: Provider>(
    session: &Session<P>,
    author: &(impl Signer + Sync + ?Sized),
    keys: &(impl ReaderKeys + ?Sized),
    author_key: &SecretKey,
    patient: Address,
    split: &medvault_fhir::import::Split,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<ImportedRecord>> {
    if split.patients > 1 {
        return Err(UploadError::SeveralPatients(split.patients));
    }
    let mut categories: Vec<medvault_fhir::Category> =
        split.parts.iter().map(|p| p.category).collect();
    categories.dedup();
    // Her live WRITE grants by category: one scan of the notices, one chain read per candidate.
    let mut grants: std::collections::HashMap<u16, Vec<ConsentGrant>> = Default::default();
    if author.address() != patient {
        let received = super::consent::received_grants(session, author.address(), keys)
            .await
            .map_err(|e| UploadError::Grants(Box::new(e)))?;
        let covering = |g: &ConsentGrant| {
            categories.iter().map(|c| u16::from(c.id())).find(|c| g.covers(B256::ZERO, *c))
        };
        let candidates = received.into_iter().filter(|g| {
            g.patient == patient && g.scope == Scope::Category && covering(g).is_some()
        });
        for g in live_writes(session, candidates).await? {
            let c = covering(&g).expect("filtered on it");
            grants.entry(c).or_default().push(g);
        }
        let missing: Vec<String> = categories
            .iter()
            .filter(|c| !grants.contains_key(&u16::from(c.id())))
            .map(ToString::to_string)
            .collect();
        if !missing.is_empty() {
            return Err(UploadError::NoWriteConsentFor { patient, categories: missing });
        }
    }
    let mut imported = Vec::with_capacity(split.parts.len());
    for category in categories {
        let parts: Vec<_> = split.parts.iter().filter(|p| p.category == category).collect();
        let documents: Vec<Document> = parts
            .iter()
            .enumerate()
            .map(|(i, p)| Document {
                name: match parts.len() {
                    1 => category.name().to_owned(),
                    n => format!("{} ({}/{n})", category.name(), i + 1),
                },
                json: p.json.clone(),
            })
            .collect();
        let id = u16::from(category.id());
        let target = UploadTarget {
            patient,
            category: id,
            consents: grants.remove(&id).unwrap_or_default(),
            ..UploadTarget::default()
        };
        // A batch's body carries its records hex-encoded: batches of at most IMPORT_BATCH_BYTES
        // of plaintext stay well under the relayer's body limit.
        let mut from = 0;
        while from < documents.len() {
            let mut to = from + 1;
            let mut bytes = documents[from].json.len();
            while to < documents.len() && bytes + documents[to].json.len() <= IMPORT_BATCH_BYTES {
                bytes += documents[to].json.len();
                to += 1;
            }
            let uploaded =
                upload(session, author, author_key, &target, &documents[from..to], progress)
                    .await?;
            imported.extend(uploaded.into_iter().zip(&parts[from..to]).map(|(uploaded, p)| {
                ImportedRecord {
                    category,
                    encounter: p.encounter.clone(),
                    types: p.types.clone(),
                    uploaded,
                }
            }));
            from = to;
        }
    }
    Ok(imported)
}

fn random_b256(rng: &mut (impl RngCore + CryptoRng)) -> B256 {
    let mut b = [0u8; 32];
    rng.fill_bytes(&mut b);
    B256::from(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ecies::WrappedKey, keys::SecretKey, verify::verify_and_open};
    use medvault_primitives::{
        merkle::MerkleTree,
        types::{Category, RecordLeaf, ciphertext_hash},
    };
    use rand::{SeedableRng, rngs::StdRng};

    const DIABETIC: &str = include_str!("../../../fhir/tests/fixtures/synthea_diabetic.json");
    const REGISTRY: Address = Address::repeat_byte(0xaa);

    fn target() -> UploadTarget {
        UploadTarget { patient: Address::repeat_byte(0x11), category: 3, ..UploadTarget::default() }
    }

    #[test]
    fn sealed_records_open_for_the_patient_and_the_author() {
        let mut rng = StdRng::seed_from_u64(1);
        let (patient, author) = (SecretKey::random(&mut rng), SecretKey::random(&mut rng));
        let (committee, shares) =
            crate::committee::deal(&k256::Scalar::from(77u64), 2, 3, &mut rng);
        let docs = vec![
            Document { name: "a.json".into(), json: DIABETIC.into() },
            Document { name: "b.json".into(), json: DIABETIC.into() },
        ];
        let mut sealed_count = 0;
        let batch = seal(
            31337,
            REGISTRY,
            author.address(),
            &target(),
            patient.public_key(),
            author.public_key(),
            &committee.key,
            &docs,
            &mut rng,
            &mut |p| {
                assert_eq!(p, Progress::Sealed);
                sealed_count += 1;
            },
        )
        .unwrap();
        assert_eq!(sealed_count, 2);
        assert_eq!(batch.records.len(), 2);
        assert_ne!(batch.records[0].record_id, batch.records[1].record_id);
        let leaves: Vec<RecordLeaf> = batch
            .request
            .records
            .iter()
            .map(|r| RecordLeaf {
                patient_id: PatientId(r.patient_id),
                record_id: RecordId(r.record_id),
                version: RecordVersion(r.version),
                previous: r.previous,
                ciphertext_hash: ciphertext_hash(&r.envelope),
                author: author.address(),
                category: Category(r.category),
            })
            .collect();
        let tree = MerkleTree::new(leaves.iter().map(RecordLeaf::hash).collect()).unwrap();
        for (i, r) in batch.request.records.iter().enumerate() {
            assert_eq!(r.wrapped_keys[0], batch.records[i].wrapped_for_patient);
            assert_eq!(
                PatientId(r.patient_id),
                bound_patient_id(target().patient, &r.committee_wrap),
                "the patient id is bound to the patient and the committee wrap"
            );
            // Two of the committee's three shares open the committee wrap to the same key.
            let wrap = WrappedKey::from_bytes(&r.committee_wrap).unwrap();
            let ctx = B256::repeat_byte(1);
            let two = shares[1..]
                .iter()
                .zip(2u16..)
                .map(|(x, i)| {
                    crate::committee::decryption_share(i, x, wrap.ephemeral(), &ctx, &mut rng)
                })
                .collect();
            let from_committee = committee.unwrap(&wrap, two, &ctx).unwrap().key;
            let mut keys = vec![from_committee];
            for (key, secret) in r.wrapped_keys.iter().zip([&patient, &author]) {
                keys.push(ecies::unwrap(&WrappedKey::from_bytes(key).unwrap(), secret).unwrap());
            }
            for data_key in keys {
                let plain = verify_and_open(
                    &r.envelope,
                    &leaves[i],
                    &tree.proof(i).unwrap(),
                    tree.root(),
                    &data_key,
                    31337,
                    REGISTRY,
                )
                .unwrap();
                assert_eq!(plain.as_bytes(), DIABETIC.as_bytes());
            }
        }
    }

    #[test]
    fn a_large_batch_wraps_through_tables_to_the_same_keys() {
        let mut rng = StdRng::seed_from_u64(3);
        let (patient, author, committee) =
            (SecretKey::random(&mut rng), SecretKey::random(&mut rng), SecretKey::random(&mut rng));
        let docs: Vec<Document> = (0..WRAPPER_FROM)
            .map(|i| Document { name: format!("{i}.json"), json: DIABETIC.into() })
            .collect();
        let batch = seal(
            31337,
            REGISTRY,
            author.address(),
            &target(),
            patient.public_key(),
            author.public_key(),
            committee.public_key(),
            &docs,
            &mut rng,
            &mut |_| {},
        )
        .unwrap();
        for r in &batch.request.records {
            let wraps = [&r.committee_wrap, &r.wrapped_keys[0], &r.wrapped_keys[1]];
            let keys: Vec<_> = wraps
                .iter()
                .zip([&committee, &patient, &author])
                .map(|(w, k)| ecies::unwrap(&WrappedKey::from_bytes(w).unwrap(), k).unwrap())
                .collect();
            assert!(keys.iter().all(|k| k.expose() == keys[0].expose()));
            assert_eq!(
                PatientId(r.patient_id),
                bound_patient_id(target().patient, &r.committee_wrap)
            );
        }
    }

    #[test]
    fn one_document_that_is_not_fhir_stops_the_batch() {
        let mut rng = StdRng::seed_from_u64(2);
        let key = SecretKey::random(&mut rng);
        let docs = vec![
            Document { name: "a.json".into(), json: DIABETIC.into() },
            Document { name: "notes.txt".into(), json: "{\"resourceType\":\"Nope\"}".into() },
        ];
        let err = seal(
            31337,
            REGISTRY,
            key.address(),
            &target(),
            key.public_key(),
            key.public_key(),
            key.public_key(),
            &docs,
            &mut rng,
            &mut |_| {},
        )
        .unwrap_err();
        assert!(
            err.to_string() == "notes.txt is not a valid FHIR R4 resource; nothing was uploaded",
            "{err}"
        );
    }
}
