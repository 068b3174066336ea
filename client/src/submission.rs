//! Building a signed submission of records, as an author's device does before `POST /v1/records`:
//! each record sealed under a fresh data key, the key wrapped for each reader, and the whole batch
//! signed once (the submission signature of `medvault_primitives::api::records`).

use alloy::{
    primitives::{Address, B256, Bytes},
    signers::SignerSync,
};
use medvault_primitives::{
    api::records::{RecordSubmission, SubmitRequest},
    committee::bound_patient_id,
    consent::ConsentGrant,
    eip712::category_target,
    enums::Scope,
    types::{Category, PublicKey, RecordId, RecordLeaf, RecordVersion},
};
use rand::{CryptoRng, RngCore};

use crate::{
    ecies,
    envelope::{AadContext, DataKey, seal_with_key},
};

/// One record to seal: (patient id, patient account, record id, version, category, plaintext).
#[derive(Clone, Debug)]
pub struct Draft {
    /// Ignored: a record's patient id is bound to its patient and committee wrap.
    pub patient_id: B256,
    /// Patient account.
    pub patient_account: Address,
    /// Record id.
    pub record_id: B256,
    /// Version.
    pub version: u32,
    /// The leaf of the version before (zero for version 1).
    pub previous: B256,
    /// Category.
    pub category: u16,
}

/// The WRITE grant a patient gives `author` on `category` in her own namespace (controller: the
/// patient herself, so it needs no delegation), as tests and benches show it: live once the patient
/// calls `ConsentManager.setConsent(grant.grant_id(), WRITE, expiry, "")` (or a fake registry says
/// so). [`build`] shows one for each patient and category of a submission not the author's own.
pub fn write_grant(patient: Address, author: Address, category: u16) -> ConsentGrant {
    ConsentGrant {
        patient,
        grantee: author,
        scope: Scope::Category,
        target: category_target(category),
        salt: alloy::primitives::keccak256("medvault.test-write-grant"),
        controller: patient,
        delegation: Bytes::new(),
    }
}

/// Seals each draft's plaintext, wraps its key for `readers` and to a committee key drawn at
/// random (see [`build_for_committee`]), and signs the request as `author`. The draft's patient
/// id is replaced by the one bound to the patient and the committee wrap. Returns the request and
/// the data keys (client-side secrets, for decrypting in tests).
pub fn build(
    author: &(impl SignerSync + alloy::signers::Signer + ?Sized),
    chain_id: u64,
    registry: Address,
    drafts: &[(Draft, Vec<u8>)],
    readers: &[PublicKey],
    rng: &mut (impl RngCore + CryptoRng),
) -> (SubmitRequest, Vec<DataKey>) {
    let committee = crate::keys::SecretKey::random(rng).public_key().clone();
    build_for_committee(author, chain_id, registry, drafts, readers, &committee, rng)
}

/// [`build`] with the data keys wrapped to the committee key `committee`.
pub fn build_for_committee(
    author: &(impl SignerSync + alloy::signers::Signer + ?Sized),
    chain_id: u64,
    registry: Address,
    drafts: &[(Draft, Vec<u8>)],
    readers: &[PublicKey],
    committee: &PublicKey,
    rng: &mut (impl RngCore + CryptoRng),
) -> (SubmitRequest, Vec<DataKey>) {
    let mut keys = Vec::new();
    let records = drafts
        .iter()
        .map(|(d, plaintext)| {
            let key = DataKey::random(rng);
            let committee_wrap = ecies::wrap_with_rng(&key, committee, rng);
            let patient_id = bound_patient_id(d.patient_account, committee_wrap.as_bytes());
            let leaf = RecordLeaf {
                patient_id,
                record_id: RecordId(d.record_id),
                version: RecordVersion(d.version),
                previous: d.previous,
                ciphertext_hash: B256::ZERO,
                author: author.address(),
                category: Category(d.category),
            };
            let env = seal_with_key(
                plaintext,
                &AadContext::for_leaf(chain_id, registry, &leaf),
                &key,
                rng,
            )
            .expect("seal");
            let wrapped = readers
                .iter()
                .map(|r| Bytes::from(ecies::wrap_with_rng(&key, r, rng).as_bytes().to_vec()))
                .collect();
            keys.push(key);
            RecordSubmission {
                patient_id: patient_id.0,
                patient_account: d.patient_account,
                record_id: d.record_id,
                version: d.version,
                previous: d.previous,
                category: d.category,
                envelope: env.into_bytes().into(),
                wrapped_keys: wrapped,
                committee_wrap: Bytes::copy_from_slice(committee_wrap.as_bytes()),
            }
        })
        .collect();
    let mut req = SubmitRequest {
        idempotency_key: None,
        author: author.address(),
        signature: Bytes::new(),
        records,
        ..SubmitRequest::default()
    };
    for (d, _) in drafts {
        let grant = write_grant(d.patient_account, author.address(), d.category);
        if d.patient_account != author.address() && !req.consents.contains(&grant) {
            req.consents.push(grant);
        }
    }
    sign(&mut req, author, chain_id, registry);
    (req, keys)
}

/// (Re)signs a request as `author`.
pub fn sign(
    req: &mut SubmitRequest,
    author: &(impl SignerSync + alloy::signers::Signer + ?Sized),
    chain_id: u64,
    registry: Address,
) {
    let digest = req.digest(chain_id, registry).expect("records");
    let sig = author.sign_message_sync(digest.as_slice()).expect("sign");
    req.signature = Bytes::from(sig.as_bytes().to_vec());
}
