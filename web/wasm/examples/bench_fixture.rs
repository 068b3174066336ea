//! The web benchmark's fixture and its native reference (`scripts/bench web`).
//!
//! `cargo run --release -p medvault-web --example bench_fixture -- OUT.json [RUNS]`
//!
//! Builds a 200-resource FHIR Bundle (one patient's history: conditions, observations with units
//! and dates, medications, allergies, encounters, procedures, immunizations, reports), seals it as
//! a provider's upload does (`workflows::upload::seal`: a fresh data key, wrapped for the patient,
//! the author and the committee), puts its leaf in a relayer-sized batch tree of 1,000 leaves, and
//! writes what the page needs to open and check it: the patient's secret key, the wrapped key, the
//! envelope, its context, the leaf, its proof and the root (hex), and the resource count.
//!
//! Then it times, natively, the same three wrappers the page calls — `open_with_reader_secret`,
//! `verify_record`, `render_fhir` — over RUNS runs (default 50) and prints p50/p95 of each; the
//! figures go into the JSON too (`native`), so web/scripts/bench.mjs prints them beside the
//! browser's.

use std::time::{Duration, Instant};

use alloy::primitives::{Address, B256};
use eyre::{OptionExt, WrapErr, eyre};
use medvault_client::{
    keys::SecretKey,
    workflows::{
        Document,
        upload::{UploadTarget, seal},
    },
};
use medvault_primitives::{
    merkle::MerkleTree,
    types::{Category, PatientId, RecordId, RecordLeaf, RecordVersion, ciphertext_hash},
};
use medvault_web::{open_with_reader_secret, render_fhir, verify_record};
use rand::{Rng, RngCore, SeedableRng, rngs::StdRng};
use serde_json::{Value, json};

/// Resources in the record, the Patient included.
const RESOURCES: usize = 200;
/// Leaves in the batch tree the record's proof is drawn from (a full relayer batch).
const BATCH: usize = 1_000;
/// Where in the batch the record sits.
const INDEX: usize = 617;
const CHAIN_ID: u64 = 31337;
const REGISTRY: Address = Address::repeat_byte(0x5f);

fn main() -> eyre::Result<()> {
    let mut args = std::env::args().skip(1);
    let out = args.next().ok_or_eyre("usage: bench_fixture OUT.json [RUNS]")?;
    let runs: usize =
        args.next().map(|r| r.parse()).transpose().wrap_err("RUNS is a number")?.unwrap_or(50);

    let mut rng = StdRng::seed_from_u64(21);
    let (patient, author, committee) =
        (SecretKey::random(&mut rng), SecretKey::random(&mut rng), SecretKey::random(&mut rng));
    let bundle = serde_json::to_string(&bundle(&mut rng))?;
    let target = UploadTarget {
        patient: patient.address(),
        category: 3, // conditions (docs/FHIR.md)
        ..UploadTarget::default()
    };
    let documents = [Document { name: "history.json".into(), json: bundle.clone() }];
    let batch = seal(
        CHAIN_ID,
        REGISTRY,
        author.address(),
        &target,
        patient.public_key(),
        author.public_key(),
        committee.public_key(),
        &documents,
        &mut rng,
        &mut |_| {},
    )?;
    let record = &batch.request.records[0];
    let leaf = RecordLeaf {
        patient_id: PatientId(record.patient_id),
        record_id: RecordId(record.record_id),
        version: RecordVersion(record.version),
        previous: record.previous,
        ciphertext_hash: ciphertext_hash(&record.envelope),
        author: author.address(),
        category: Category(record.category),
    };
    // The other records of the batch: only their leaf hashes matter to the proof.
    let mut leaves: Vec<B256> = (0..BATCH).map(|_| B256::from(rng.r#gen::<[u8; 32]>())).collect();
    leaves[INDEX] = leaf.hash();
    let tree = MerkleTree::new(leaves)?;
    let proof = tree.proof(INDEX)?;

    let reader_secret = patient.to_bytes();
    let wrapped_key = &batch.records[0].wrapped_for_patient;
    let envelope = &record.envelope;
    let context = json!({
        "chainId": CHAIN_ID,
        "registry": REGISTRY,
        "patientId": record.patient_id,
        "recordId": record.record_id,
        "version": record.version,
    })
    .to_string();
    let leaf_json = json!({
        "patientId": leaf.patient_id.0,
        "recordId": leaf.record_id.0,
        "version": leaf.version.0,
        "previous": leaf.previous,
        "ciphertextHash": leaf.ciphertext_hash,
        "author": leaf.author,
        "category": leaf.category.0,
    })
    .to_string();
    let proof_json = serde_json::to_string(&proof)?;
    let root = tree.root().to_string();

    // The native reference: the page's three wrappers, each timed alone, RUNS times after a
    // warm-up run.
    let mut times: [Vec<Duration>; 4] = Default::default();
    for run in 0..=runs {
        let t0 = Instant::now();
        let plaintext =
            open_with_reader_secret(&reader_secret[..], wrapped_key, envelope, &context)
                .map_err(|_| eyre!("the envelope did not open"))?;
        let t1 = Instant::now();
        verify_record(envelope, &leaf_json, &proof_json, &root)
            .map_err(|_| eyre!("the record did not verify"))?;
        let t2 = Instant::now();
        let rendered = render_fhir(&plaintext).map_err(|_| eyre!("the record did not render"))?;
        let t3 = Instant::now();
        assert_eq!(plaintext, bundle, "the record opens to what was sealed");
        std::hint::black_box(rendered);
        if run > 0 {
            for (i, d) in [t1 - t0, t2 - t1, t3 - t2, t3 - t0].into_iter().enumerate() {
                times[i].push(d);
            }
        }
    }
    let steps = ["open", "verify", "render", "total"];
    let mut native = serde_json::Map::new();
    println!(
        "native, {runs} runs of a {RESOURCES}-resource record ({} KiB sealed):",
        envelope.len() / 1024
    );
    for (step, samples) in steps.iter().zip(&mut times) {
        let (p50, p95) = (percentile(samples, 50), percentile(samples, 95));
        println!("  {step:<7} p50 {p50:>8.3} ms   p95 {p95:>8.3} ms");
        native.insert((*step).into(), json!({ "p50": p50, "p95": p95 }));
    }

    let fixture = json!({
        "resources": RESOURCES,
        "readerSecret": hex::encode(&reader_secret[..]),
        "wrappedKey": hex::encode(wrapped_key),
        "envelope": hex::encode(envelope),
        "context": context,
        "leaf": leaf_json,
        "proof": proof_json,
        "root": root,
        "native": { "runs": runs, "steps": native },
    });
    std::fs::write(&out, serde_json::to_string(&fixture)?)
        .wrap_err_with(|| format!("writing {out}"))?;
    println!("wrote {out}");
    Ok(())
}

/// The `p`th percentile of `samples` in milliseconds (nearest rank).
fn percentile(samples: &mut [Duration], p: usize) -> f64 {
    samples.sort();
    let rank = (samples.len() * p).div_ceil(100).clamp(1, samples.len());
    samples[rank - 1].as_secs_f64() * 1e3
}

/// The 200-resource Bundle: one Patient and 199 resources of a long history, in the shapes EHR
/// exports use (codings with systems and displays, dates, units, references to the patient).
fn bundle(rng: &mut StdRng) -> Value {
    const CONDITIONS: [(&str, &str); 8] = [
        ("44054006", "Diabetes mellitus type 2"),
        ("38341003", "Hypertensive disorder"),
        ("195967001", "Asthma"),
        ("55822004", "Hyperlipidemia"),
        ("35489007", "Depressive disorder"),
        ("239873007", "Osteoarthritis of knee"),
        ("40055000", "Chronic sinusitis"),
        ("162864005", "Body mass index 30+ - obesity"),
    ];
    const LABS: [(&str, &str, &str, f64, f64); 8] = [
        ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", 5.0, 9.5),
        ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", 70.0, 220.0),
        ("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "mg/dL", 140.0, 280.0),
        ("2571-8", "Triglyceride [Mass/volume] in Serum or Plasma", "mg/dL", 60.0, 300.0),
        ("29463-7", "Body weight", "kg", 60.0, 110.0),
        ("8302-2", "Body height", "cm", 150.0, 190.0),
        ("8867-4", "Heart rate", "/min", 52.0, 110.0),
        ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", 0.6, 1.6),
    ];
    const MEDICATIONS: [(&str, &str, &str); 6] = [
        ("860975", "Metformin hydrochloride 500 MG Oral Tablet", "twice daily with meals"),
        ("314076", "Lisinopril 10 MG Oral Tablet", "once daily"),
        ("617312", "Atorvastatin 20 MG Oral Tablet", "once daily at night"),
        ("895994", "Fluticasone propionate 0.044 MG/ACTUAT Inhaler", "2 puffs twice daily"),
        ("312938", "Sertraline 50 MG Oral Tablet", "once daily"),
        ("198405", "Ibuprofen 400 MG Oral Tablet", "as needed for pain, at most 3 a day"),
    ];
    const ALLERGIES: [(&str, &str, &str); 4] = [
        ("7980", "Penicillin G", "Hives"),
        ("227493005", "Cashew nuts", "Anaphylaxis"),
        ("111088007", "Latex", "Contact dermatitis"),
        ("256277009", "Grass pollen", "Rhinitis"),
    ];
    const PROCEDURES: [(&str, &str); 3] = [
        ("252779009", "Retinal screening"),
        ("73761001", "Colonoscopy"),
        ("430193006", "Medication reconciliation"),
    ];
    const VACCINES: [(&str, &str); 3] =
        [("140", "Influenza, seasonal, injectable"), ("115", "Tdap"), ("208", "COVID-19 mRNA")];

    let patient_id = uuid(rng);
    let subject = json!({ "reference": format!("urn:uuid:{patient_id}") });
    let mut entries = vec![json!({
        "resourceType": "Patient",
        "id": patient_id,
        "name": [{ "use": "official", "family": "Quintero-Vance", "given": ["Marisol", "Ines"] }],
        "gender": "female",
        "birthDate": "1971-08-23",
        "address": [{ "city": "Springfield", "state": "MA", "postalCode": "01103", "country": "US" }],
    })];
    let mut day = 0u32;
    let mut date = |rng: &mut StdRng| {
        day += rng.gen_range(5..25);
        format!("20{:02}-{:02}-{:02}", 10 + day / 336, 1 + day / 28 % 12, 1 + day % 28)
    };
    let coded = |system: &str, code: &str, display: &str| json!({ "coding": [{ "system": system, "code": code, "display": display }] });
    let snomed = "http://snomed.info/sct";
    let loinc = "http://loinc.org";
    // 199 more: per round an encounter, a condition, four observations, a medication, sometimes an
    // allergy, a procedure, an immunization or a report.
    let mut round = 0usize;
    while entries.len() < RESOURCES {
        let when = date(rng);
        let encounter_id = uuid(rng);
        let kind = round % 7;
        let mut batch = vec![json!({
            "resourceType": "Encounter", "id": encounter_id, "status": "finished",
            "class": { "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB" },
            "type": [coded(snomed, "185349003", "Encounter for check up")],
            "subject": subject,
            "period": { "start": format!("{when}T09:{:02}:00-05:00", round % 60),
                        "end": format!("{when}T09:{:02}:00-05:00", (round + 20) % 60) },
        })];
        let (code, display) = CONDITIONS[round % CONDITIONS.len()];
        batch.push(json!({
            "resourceType": "Condition", "id": uuid(rng),
            "clinicalStatus": { "coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                "code": if round.is_multiple_of(3) { "resolved" } else { "active" } }] },
            "code": coded(snomed, code, display),
            "subject": subject, "encounter": { "reference": format!("urn:uuid:{encounter_id}") },
            "onsetDateTime": format!("{when}T10:42:00-05:00"), "recordedDate": when,
        }));
        for i in 0..4 {
            let (code, display, unit, low, high) = LABS[(round * 4 + i) % LABS.len()];
            let value = ((low + (high - low) * rng.r#gen::<f64>()) * 10.0).round() / 10.0;
            batch.push(json!({
                "resourceType": "Observation", "id": uuid(rng), "status": "final",
                "category": [coded("http://terminology.hl7.org/CodeSystem/observation-category",
                    "laboratory", "Laboratory")],
                "code": coded(loinc, code, display),
                "subject": subject, "encounter": { "reference": format!("urn:uuid:{encounter_id}") },
                "effectiveDateTime": format!("{when}T08:30:00-05:00"),
                "valueQuantity": { "value": value, "unit": unit, "system": "http://unitsofmeasure.org", "code": unit },
                "interpretation": if value > (low + high) / 2.0 {
                    vec![coded("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "H", "High")]
                } else { vec![] },
            }));
        }
        let (code, display, dosage) = MEDICATIONS[round % MEDICATIONS.len()];
        batch.push(json!({
            "resourceType": "MedicationRequest", "id": uuid(rng),
            "status": if round.is_multiple_of(4) { "stopped" } else { "active" }, "intent": "order",
            "medicationCodeableConcept": coded("http://www.nlm.nih.gov/research/umls/rxnorm", code, display),
            "subject": subject, "authoredOn": when,
            "dosageInstruction": [{ "text": dosage }],
        }));
        batch.push(match kind {
            0 | 4 => {
                let (code, display, reaction) = ALLERGIES[round % ALLERGIES.len()];
                json!({
                    "resourceType": "AllergyIntolerance", "id": uuid(rng),
                    "code": coded(snomed, code, display), "patient": subject,
                    "criticality": if round.is_multiple_of(2) { "high" } else { "low" },
                    "recordedDate": when,
                    "reaction": [{ "manifestation": [{ "text": reaction }], "severity": "moderate" }],
                })
            }
            1 | 5 => {
                let (code, display) = PROCEDURES[round % PROCEDURES.len()];
                json!({
                    "resourceType": "Procedure", "id": uuid(rng), "status": "completed",
                    "code": coded(snomed, code, display), "subject": subject,
                    "performedDateTime": format!("{when}T11:00:00-05:00"),
                })
            }
            2 | 6 => {
                let (code, display) = VACCINES[round % VACCINES.len()];
                json!({
                    "resourceType": "Immunization", "id": uuid(rng), "status": "completed",
                    "vaccineCode": coded("http://hl7.org/fhir/sid/cvx", code, display),
                    "patient": subject, "occurrenceDateTime": when,
                })
            }
            _ => json!({
                "resourceType": "DiagnosticReport", "id": uuid(rng), "status": "final",
                "code": coded(loinc, "24323-8", "Comprehensive metabolic panel"),
                "subject": subject, "effectiveDateTime": when,
                "conclusion": "Within expected ranges for the patient's conditions.",
            }),
        });
        entries.extend(batch);
        round += 1;
    }
    entries.truncate(RESOURCES);
    json!({
        "resourceType": "Bundle",
        "type": "collection",
        "entry": entries.into_iter().map(|r| json!({ "resource": r })).collect::<Vec<_>>(),
    })
}

/// A random version-4 UUID, as FHIR ids and `urn:uuid:` references use.
fn uuid(rng: &mut StdRng) -> String {
    let mut b = [0u8; 16];
    rng.fill_bytes(&mut b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex::encode(b);
    format!("{}-{}-{}-{}-{}", &h[..8], &h[8..12], &h[12..16], &h[16..20], &h[20..])
}
