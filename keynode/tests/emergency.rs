//! When the patient cannot act, end to end: a real anvil chain, a real IPFS node, the relayer and
//! three real `medvault-keynode` processes (threshold 2).
//!
//! What a user sees: the patient writes her emergency profile (and updates it: version 2 of the
//! same record); a certified provider who has no consent at all reads it in one step — it breaks
//! the glass, the key nodes release the emergency category to it, it reads the latest version —
//! and is refused every other category; the patient finds the access among her break-glass
//! notices and its reads in her access log, each logged by the nodes; her dispute ends the window
//! at once. A window that runs out releases nothing either.

mod common;

use std::time::Duration;

use alloy::providers::Provider;
use common::World;
use medvault_client::{
    api::ApiError,
    keynodes,
    workflows::{
        Document, consent,
        emergency::{self, EmergencyError},
        gasless::NoSponsor,
        records::{self, KeySource, RecordError},
        upload::{self, UploadTarget},
    },
};
use medvault_devnet::Deadline;
use medvault_fhir::emergency::{Allergy, Contact, EmergencyProfile, Medication};
use medvault_primitives::enums::EmergencyStatus;

const RECORD: &str = include_str!("../../fhir/tests/fixtures/synthea_diabetic.json");
const PATIENT: usize = 1;
const AUTHOR: usize = 2;
const MEDIC: usize = 3;
const OTHER_MEDIC: usize = 4;

/// The world, with her doctor holding WRITE on conditions.
async fn world() -> eyre::Result<World> {
    let w = common::world(&[PATIENT], &[AUTHOR, MEDIC, OTHER_MEDIC]).await?;
    w.stack.grant_write(PATIENT, w.stack.signer(AUTHOR).address(), 3).await?;
    Ok(w)
}

/// The relayer's 403 and its reason (it neither shows the record nor hands over its wrap).
/// The reason of a refusal: 403 from a key release, or the relayer's 404 for a record the reader
/// may not see (the answer it gives for a missing one).
fn forbidden(err: RecordError) -> String {
    match err {
        RecordError::Relayer(ApiError::Refused { status: 404, reason, .. })
        | RecordError::Release(ApiError::Refused { status: 403, reason, .. }) => reason,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn alice() -> EmergencyProfile {
    EmergencyProfile {
        blood_type: Some("O-".into()),
        allergies: vec![Allergy {
            substance: "penicillin".into(),
            reaction: Some("anaphylaxis".into()),
            severity: Some("severe".into()),
        }],
        medications: vec![Medication {
            name: "metformin".into(),
            dosage: Some("500 mg twice daily".into()),
        }],
        conditions: vec!["type 2 diabetes".into()],
        contacts: vec![Contact {
            name: "Bob Smith".into(),
            relationship: Some("spouse".into()),
            phone: Some("+1 555 0100".into()),
        }],
        notes: None,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_provider_reads_the_emergency_profile_in_a_break_glass_window_and_nothing_else()
-> eyre::Result<()> {
    let _deadline = Deadline::new(
        "a_provider_reads_the_emergency_profile_in_a_break_glass_window_and_nothing_else",
        Duration::from_secs(600),
    );
    let w = world().await?;
    let patient = w.stack.signer(PATIENT);
    let (ps, pk) = (w.session(PATIENT), w.secret(PATIENT).await);

    // The patient writes her profile, then adds a medication: version 2 of the same record.
    let first = emergency::save_profile(&ps, &patient, &pk, &alice(), "2026-12-01").await?;
    assert_eq!(first.record.version, 1);
    let mut updated = alice();
    updated
        .medications
        .push(Medication { name: "lisinopril".into(), dosage: Some("10 mg".into()) });
    let second = emergency::save_profile(&ps, &patient, &pk, &updated, "2026-12-06").await?;
    assert_eq!(second.record.version, 2);
    assert_eq!(second.sealed.record_id, first.sealed.record_id, "the same record, amended");
    assert_eq!(second.record.previous, first.record.leaf, "chained to the version before");
    let (_, mine) = emergency::my_profile(&ps, &patient, &pk).await?.expect("her profile");
    assert_eq!(mine, updated);
    // A record of another category, filed with her WRITE consent by her doctor.
    let author = w.stack.signer(AUTHOR);
    let other = upload::upload(
        &w.session(AUTHOR),
        &author,
        &w.secret(AUTHOR).await,
        &UploadTarget { patient: patient.address(), category: 3, ..UploadTarget::default() },
        &[Document { name: "visit.json".into(), json: RECORD.into() }],
        &mut |_| {},
    )
    .await?;

    // A certified provider with no consent at all: one call breaks the glass and reads the
    // profile as she last saved it, through the key committee.
    let medic = w.stack.signer(MEDIC);
    let (ms, mk) = (w.session(MEDIC), w.secret(MEDIC).await);
    let read = emergency::read_as_provider(&ms, &medic, &mk, patient.address(), 7).await?;
    let opened = read.window.opened.expect("it broke the glass");
    assert_eq!(read.records.len(), 1);
    let got = &read.records[0];
    assert_eq!(got.record.version, 2, "the latest version");
    assert_eq!(got.profile.as_ref(), Some(&updated));
    match &got.read.key {
        KeySource::Committee { basis, nodes, .. } => {
            assert_eq!(basis, "emergency");
            assert_eq!(nodes.len(), 2);
        }
        other => panic!("the key should come from the committee, not {other:?}"),
    }
    assert!(got.profile.as_ref().unwrap().render().contains("penicillin: anaphylaxis (severe)"));
    // Again: the same window (found from the provider's own key), no second break-glass.
    let again = emergency::read_as_provider(&ms, &medic, &mk, patient.address(), 7).await?;
    assert!(again.window.opened.is_none());
    assert_eq!(again.window.salt, read.window.salt);
    let reads_before_note = 2;

    // The medic writes an emergency note during its window (the policy: emergency category only,
    // window only), and tags it as a profile with another blood group: the next reader still gets
    // her profile as hers, and the note as the medic's note.
    let mut forged = updated.clone();
    forged.blood_type = Some("AB+".into());
    let note = upload::upload(
        &ms,
        &medic,
        &mk,
        &UploadTarget {
            patient: patient.address(),
            category: 9,
            emergency_salt: Some(read.window.salt),
            ..UploadTarget::default()
        },
        &[Document { name: "note.json".into(), json: forged.to_fhir("2026-12-06")?.to_string() }],
        &mut |_| {},
    )
    .await?;
    let err = upload::upload(
        &ms,
        &medic,
        &mk,
        &UploadTarget {
            patient: patient.address(),
            category: 3,
            emergency_salt: Some(read.window.salt),
            ..UploadTarget::default()
        },
        &[Document { name: "note.json".into(), json: RECORD.into() }],
        &mut |_| {},
    )
    .await
    .unwrap_err();
    assert!(format!("{:?}", eyre::Report::from(err)).contains("WRITE consent"));
    let again = emergency::read_as_provider(&ms, &medic, &mk, patient.address(), 7).await?;
    assert_eq!(again.records.len(), 2);
    assert_eq!(again.records[0].profile.as_ref(), Some(&updated), "hers, first");
    assert_eq!(again.records[1].record.id, note[0].id);
    assert_eq!(again.records[1].record.author, medic.address());
    assert!(again.records[1].profile.is_none(), "a provider's note is never her profile");

    // Every other category is refused, by the relayer and by every node.
    let err = records::read_in_emergency(&ms, &medic, &mk, other[0].id, read.window.salt)
        .await
        .unwrap_err();
    let reason = forbidden(err);
    assert!(reason.contains("of yours"), "{reason}");

    // The patient finds the access among her break-glass notices, open, naming the provider;
    // her access log has its reads, each logged by the nodes.
    let accesses = consent::emergencies(&ps, patient.address(), &pk).await?;
    let access = accesses.iter().find(|a| a.id == opened.id).expect("she sees it");
    assert_eq!(access.provider, medic.address());
    assert!(access.active);
    let (log, _) = keynodes::access_log(&ps, &patient).await?;
    let reads: Vec<_> = log.iter().filter(|r| r.reader == medic.address() && r.granted).collect();
    assert!(reads.len() >= reads_before_note, "the reads are in her log: {} reads", log.len());
    assert!(reads.iter().all(|r| r.receipts.len() >= 2), "each logged by the nodes that answered");

    // Her dispute ends it at once: refused, and the provider is barred from breaking it again.
    consent::review_emergency(&ps, &patient, opened.id, false, "I was awake", &NoSponsor).await?;
    let accesses = consent::emergencies(&ps, patient.address(), &pk).await?;
    let access = accesses.iter().find(|a| a.id == opened.id).unwrap();
    assert_eq!(access.status, EmergencyStatus::Disputed);
    let err = records::read_in_emergency(&ms, &medic, &mk, got.record.id, read.window.salt)
        .await
        .unwrap_err();
    let reason = forbidden(err);
    assert!(reason.contains("of yours"), "{reason}");
    let barred =
        emergency::read_as_provider(&ms, &medic, &mk, patient.address(), 7).await.unwrap_err();
    assert!(matches!(barred, EmergencyError::BreakGlass(_)), "{barred:?}");

    // Another provider's window that runs out: nothing after it.
    let other_medic = w.stack.signer(OTHER_MEDIC);
    let (os, ok) = (w.session(OTHER_MEDIC), w.secret(OTHER_MEDIC).await);
    let read = emergency::read_as_provider(&os, &other_medic, &ok, patient.address(), 3).await?;
    assert_eq!(read.records.len(), 2, "her profile and the first medic's note");
    assert_eq!(read.records[0].profile.as_ref(), Some(&updated));
    let chain = w.stack.read_provider();
    let _: serde_json::Value = chain.raw_request("evm_increaseTime".into(), (86_401u64,)).await?;
    let _: serde_json::Value = chain.raw_request("evm_mine".into(), ()).await?;
    let err = records::read_in_emergency(
        &os,
        &other_medic,
        &ok,
        read.records[0].record.id,
        read.window.salt,
    )
    .await
    .unwrap_err();
    forbidden(err);
    Ok(())
}
