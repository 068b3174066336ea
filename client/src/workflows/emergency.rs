//! When the patient cannot act: her emergency profile, and a provider's read of it in a
//! break-glass window (docs/ARCHITECTURE.md, "Emergency access").
//!
//! - The patient writes her profile ([`medvault_fhir::EmergencyProfile`]) as a self-reported
//!   FHIR record in the emergency category ([`save_profile`]); a later save is the next version
//!   of the same record, so her history keeps every one. Like every record, its data key is
//!   wrapped to the key committee.
//! - A certified provider [`read_as_provider`]: finds its open break-glass window on the patient
//!   or opens one (on the public record; the patient is notified by a notice sealed to her and
//!   reviews it), lists her emergency-category records at the relayer, and has each key node
//!   release its share of each — the emergency category and nothing else, during the window
//!   only. Every read is a receipt in her access log.
//!
//! The provider's tag salts come from its own key ([`SecretKey::emergency_salt`], one per patient
//! and day), so its device finds its open window again without keeping state.

use alloy::{
    primitives::{Address, B256},
    providers::Provider,
    signers::Signer,
};
use medvault_bindings::consent_manager::ConsentManager;
use medvault_fhir::EmergencyProfile;
use medvault_primitives::{
    api::records::PatientRecord,
    consent::{EMERGENCY_CATEGORY, emergency_tag},
    types::RecordId,
};

use super::{
    Document, Session,
    gasless::Sponsor,
    providers::{self, EmergencyOpened, ProviderError},
    records::{self, ReadRecord, RecordError},
    upload::{self, NextVersion, UploadError, UploadTarget, UploadedRecord},
};
use crate::{api::ApiError, keys::SecretKey};

/// Why an emergency step failed.
#[derive(Debug, thiserror::Error)]
pub enum EmergencyError {
    /// The profile is not one a clinician could rely on.
    #[error("the emergency profile: {0}")]
    Profile(#[source] medvault_fhir::FhirError),
    /// The relayer refused or failed.
    #[error(transparent)]
    Relayer(#[from] ApiError),
    /// Uploading the profile failed.
    #[error(transparent)]
    Upload(#[from] UploadError),
    /// A record could not be read.
    #[error(transparent)]
    Record(#[from] RecordError),
    /// Breaking the glass failed.
    #[error("breaking the glass")]
    BreakGlass(#[source] ProviderError),
    /// The chain could not be read.
    #[error("reading the chain: {0}")]
    Chain(#[from] alloy::contract::Error),
    /// The patient has no emergency records.
    #[error("{0} has no emergency records at this relayer (no emergency profile was written)")]
    NoRecords(Address),
}

/// Result alias for [`EmergencyError`].
pub type Result<T, E = EmergencyError> = std::result::Result<T, E>;

/// The latest version of each emergency-category record in `records`, oldest record first.
fn latest(records: Vec<PatientRecord>) -> Vec<PatientRecord> {
    let mut latest: Vec<PatientRecord> = Vec::new();
    for r in records.into_iter().filter(|r| r.category == EMERGENCY_CATEGORY) {
        match latest.iter_mut().find(|l| l.record_id == r.record_id) {
            Some(l) if l.version < r.version => *l = r,
            Some(_) => {}
            None => latest.push(r),
        }
    }
    latest
}

/// The patient's emergency profile as she last saved it: its record (latest version) and
/// contents, or `None` if she has none. Reads her own records with her own wraps.
pub async fn my_profile<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    keys: &SecretKey,
) -> Result<Option<(PatientRecord, EmergencyProfile)>> {
    let mine = session.relayer.patient_records(signer).await?.records;
    for r in latest(mine).into_iter().rev().filter(|r| r.author == signer.address()) {
        let read = records::read(session, signer, keys, r.id, None).await?;
        let Some(plaintext) = read.plaintext else { continue };
        let Ok(value) = serde_json::from_slice::<serde_json::Value>(plaintext.as_bytes()) else {
            continue;
        };
        if EmergencyProfile::is_profile(&value) {
            let profile = EmergencyProfile::from_fhir(&value).map_err(EmergencyError::Profile)?;
            return Ok(Some((r, profile)));
        }
    }
    Ok(None)
}

/// Saves the patient's emergency profile, dated `date` (`YYYY-MM-DD`): the first as a new
/// self-reported record in the emergency category, each later one as the next version of it.
/// No ETH needed: the relayer anchors it.
pub async fn save_profile<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    keys: &SecretKey,
    profile: &EmergencyProfile,
    date: &str,
) -> Result<UploadedRecord> {
    let fhir = profile.to_fhir(date).map_err(EmergencyError::Profile)?;
    let document = Document { name: "emergency-profile.json".into(), json: fhir.to_string() };
    let amends = match my_profile(session, signer, keys).await? {
        Some((record, _)) => {
            let view = session.relayer.view(signer, record.id, &[], None).await?;
            Some(NextVersion {
                record_id: RecordId(view.record_id),
                version: view.version + 1,
                previous: view.leaf,
            })
        }
        None => None,
    };
    let target = UploadTarget {
        patient: signer.address(),
        category: EMERGENCY_CATEGORY,
        amends,
        ..UploadTarget::default()
    };
    let mut saved = upload::upload(
        session,
        signer,
        keys,
        &target,
        std::slice::from_ref(&document),
        &mut |_| {},
    )
    .await?;
    Ok(saved.remove(0))
}

/// A provider's break-glass window on a patient.
#[derive(Clone, Copy, Debug)]
pub struct Window {
    /// The salt of its tag (what the relayer and the key nodes are shown).
    pub salt: B256,
    /// When it ends (Unix time).
    pub until: u64,
    /// The access this call opened, if there was no open window.
    pub opened: Option<EmergencyOpened>,
}

/// The provider's open break-glass window on `patient` (today's or yesterday's tag), or, if
/// there is none, a new one opened for `reason`.
pub async fn open_window<P: Provider>(
    session: &Session<P>,
    provider: Address,
    keys: &SecretKey,
    patient: Address,
    reason: u16,
) -> Result<Window> {
    if let Some(window) = find_window(session, provider, keys, patient).await? {
        return Ok(window);
    }
    let salt = today_salt(keys, patient);
    let opened = providers::break_glass_with_salt(session, patient, reason, salt)
        .await
        .map_err(EmergencyError::BreakGlass)?;
    Ok(Window { salt, until: opened.expires_at, opened: Some(opened) })
}

/// [`open_window`] without ETH: if the glass must be broken, `signer` (the provider's wallet)
/// signs the forward request and the relayer submits it (or, if it does not relay, `sponsor`).
pub async fn open_window_gasless<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    keys: &SecretKey,
    patient: Address,
    reason: u16,
    sponsor: &impl Sponsor,
) -> Result<Window> {
    if let Some(window) = find_window(session, signer.address(), keys, patient).await? {
        return Ok(window);
    }
    let salt = today_salt(keys, patient);
    let opened =
        providers::break_glass_gasless_with_salt(session, signer, patient, reason, salt, sponsor)
            .await
            .map_err(EmergencyError::BreakGlass)?;
    Ok(Window { salt, until: opened.expires_at, opened: Some(opened) })
}

/// The provider's open break-glass window on `patient` under today's or yesterday's tag, if any.
async fn find_window<P: Provider>(
    session: &Session<P>,
    provider: Address,
    keys: &SecretKey,
    patient: Address,
) -> Result<Option<Window>> {
    let consent = ConsentManager::new(session.deployment.contracts.consent, &session.provider);
    let today = crate::time::unix_now() / 86_400;
    for day in [today, today.saturating_sub(1)] {
        let salt = keys.emergency_salt(patient, day);
        let tag = emergency_tag(patient, salt);
        if consent.inEmergency(tag, provider).call().await? {
            let until = consent.emergencyUntil(tag, provider).call().await?;
            return Ok(Some(Window { salt, until, opened: None }));
        }
    }
    Ok(None)
}

/// The salt of the provider's tag on `patient` for today.
fn today_salt(keys: &SecretKey, patient: Address) -> B256 {
    keys.emergency_salt(patient, crate::time::unix_now() / 86_400)
}

/// One emergency record, read.
#[derive(Debug)]
pub struct EmergencyRecord {
    /// The record (latest version).
    pub record: PatientRecord,
    /// What was read and how (the key nodes' receipts).
    pub read: ReadRecord,
    /// Its contents as the patient's emergency profile: only a record she wrote herself and
    /// tagged as her profile (a provider's emergency note is `None`, its text in `read`).
    pub profile: Option<EmergencyProfile>,
}

/// What a provider read in an emergency.
#[derive(Debug)]
pub struct EmergencyRead {
    /// The window it read in.
    pub window: Window,
    /// The patient's emergency records, profile first.
    pub records: Vec<EmergencyRecord>,
}

/// Everything a provider does to read a patient's emergency profile when she cannot act:
/// break the glass if it has no open window on her ([`open_window`]), then [`read_in_window`].
pub async fn read_as_provider<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    keys: &SecretKey,
    patient: Address,
    reason: u16,
) -> Result<EmergencyRead> {
    let window = open_window(session, signer.address(), keys, patient, reason).await?;
    read_in_window(session, signer, keys, patient, window).await
}

/// [`read_as_provider`] without ETH: the glass, if it must be broken, is broken through the
/// relayer ([`open_window_gasless`]).
pub async fn read_as_provider_gasless<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    keys: &SecretKey,
    patient: Address,
    reason: u16,
    sponsor: &impl Sponsor,
) -> Result<EmergencyRead> {
    let window = open_window_gasless(session, signer, keys, patient, reason, sponsor).await?;
    read_in_window(session, signer, keys, patient, window).await
}

/// Lists `patient`'s emergency records in the provider's open `window` on her, and reads the
/// latest version of each through the key committee.
pub async fn read_in_window<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    keys: &SecretKey,
    patient: Address,
    window: Window,
) -> Result<EmergencyRead> {
    let listed = session.relayer.emergency_records(signer, patient, window.salt).await?.records;
    let listed = latest(listed);
    if listed.is_empty() {
        return Err(EmergencyError::NoRecords(patient));
    }
    let mut out = Vec::with_capacity(listed.len());
    for record in listed {
        let read =
            records::read_in_emergency(session, signer, keys, record.id, window.salt).await?;
        // Only the patient's own record is her profile: a provider's note in the emergency
        // category (written in its own window) is shown as a note, however it is tagged, so a
        // false profile cannot stand in for hers.
        let profile = read
            .plaintext
            .as_ref()
            .filter(|_| record.author == patient)
            .and_then(|p| serde_json::from_slice::<serde_json::Value>(p.as_bytes()).ok())
            .filter(EmergencyProfile::is_profile)
            .and_then(|v| EmergencyProfile::from_fhir(&v).ok());
        out.push(EmergencyRecord { record, read, profile });
    }
    // The patient's own profile first, newest first among the rest.
    out.sort_by_key(|r| (r.profile.is_none(), std::cmp::Reverse(r.record.id)));
    Ok(EmergencyRead { window, records: out })
}
