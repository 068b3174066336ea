//! De-identification and import throughput, in resources per second, on synthetic populations
//! of 1,000 patients generated deterministically (same records every run):
//!
//! - `deidentify/…_resources`: the reference population, 19 resources of the 9 first modelled
//!   types per patient;
//! - `deidentify/every_type_…`: `medvault_fhir::synthetic` exports, 29 resource types (the
//!   modelled ones and 19 others, which the view drops and reports) per patient;
//! - `import/every_type_…`: the same exports split into per-category records from their JSON
//!   text (parse, validate, split), as `medvault provider import` does before sealing.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use medvault_fhir::{
    DeidOptions, Resource, deidentify,
    import::{self, CategoryMap},
    parse_value,
    synthetic::{self, Lcg},
};
use serde_json::{Value, json};
use time::macros::date;

const PATIENTS: usize = 1_000;

fn patient_bundle(i: usize, rng: &mut Lcg) -> Value {
    let uuid = |k: u64| format!("{:08x}-0000-4000-8000-{:012x}", i, k);
    let pid = uuid(0);
    let subject = json!({"reference": format!("urn:uuid:{pid}")});
    let when = |rng: &mut Lcg| {
        format!(
            "{}-{:02}-{:02}T{:02}:15:00-05:00",
            2000 + rng.next(24),
            1 + rng.next(12),
            1 + rng.next(28),
            rng.next(24)
        )
    };
    let mut entry = vec![json!({"fullUrl": format!("urn:uuid:{pid}"), "resource": {
        "resourceType": "Patient", "id": pid,
        "identifier": [{"system": "http://hospital.example.org/mrn", "value": format!("MRN{i:07}")},
                       {"system": "http://hl7.org/fhir/sid/us-ssn", "value": format!("999-{:02}-{:04}", i % 100, i)}],
        "name": [{"family": format!("Family{i}"), "given": [format!("Given{i}")]}],
        "telecom": [{"system": "phone", "value": format!("555-{:03}-{:04}", i % 1000, i)}],
        "gender": if rng.next(2) == 0 { "female" } else { "male" },
        "birthDate": format!("{}-{:02}-{:02}", 1925 + rng.next(95), 1 + rng.next(12), 1 + rng.next(28)),
        "address": [{"line": [format!("{i} Main St")], "city": "Springfield", "state": "MA",
                     "postalCode": format!("{:05}", rng.next(100_000)), "country": "US"}]
    }})];
    let labs = [
        ("4548-4", "%", 5.0, 4.0),
        ("2339-0", "mg/dL", 80.0, 120.0),
        ("8480-6", "mm[Hg]", 100.0, 60.0),
        ("39156-5", "kg/m2", 18.0, 20.0),
    ];
    for k in 0..12u64 {
        let (code, unit, base, spread) = labs[(k % 4) as usize];
        entry.push(json!({"fullUrl": format!("urn:uuid:{}", uuid(k + 1)), "resource": {
            "resourceType": "Observation", "id": uuid(k + 1), "status": "final",
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]}],
            "code": {"coding": [{"system": "http://loinc.org", "code": code}], "text": "lab"},
            "subject": subject, "effectiveDateTime": when(rng), "issued": "2023-11-07T14:02:11.774-05:00",
            "valueQuantity": {"value": base + (rng.next(1000) as f64) * spread / 1000.0, "unit": unit,
                              "system": "http://unitsofmeasure.org", "code": unit},
            "note": [{"text": format!("seen by Dr Family{}", i + 1)}]
        }}));
    }
    let conditions = ["44054006", "38341003", "195967001", "55822004"];
    for k in 0..2u64 {
        entry.push(json!({"resource": {
            "resourceType": "Condition", "id": uuid(100 + k),
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
            "code": {"coding": [{"system": "http://snomed.info/sct", "code": conditions[rng.next(4) as usize]}]},
            "subject": subject, "onsetDateTime": when(rng)
        }}));
    }
    entry.push(json!({"resource": {
        "resourceType": "MedicationRequest", "id": uuid(200), "status": "active", "intent": "order",
        "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "860975"}]},
        "subject": subject, "authoredOn": when(rng)
    }}));
    entry.push(json!({"resource": {
        "resourceType": "Immunization", "id": uuid(300), "status": "completed",
        "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "140"}]},
        "patient": subject, "occurrenceDateTime": when(rng), "lotNumber": format!("LOT{i}")
    }}));
    entry.push(json!({"resource": {
        "resourceType": "AllergyIntolerance", "id": uuid(400),
        "code": {"coding": [{"system": "http://snomed.info/sct", "code": "91935009"}]}, "patient": subject
    }}));
    entry.push(json!({"resource": {
        "resourceType": "DiagnosticReport", "id": uuid(500), "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4"}]}, "subject": subject,
        "result": [{"reference": format!("urn:uuid:{}", uuid(1))}], "conclusion": "stable"
    }}));
    json!({"resourceType": "Bundle", "type": "transaction", "entry": entry})
}

fn population() -> (Vec<Resource>, u64) {
    let mut rng = Lcg(0x6d65_6476_6175_6c74);
    let bundles: Vec<Resource> = (0..PATIENTS)
        .map(|i| parse_value(patient_bundle(i, &mut rng)).expect("generated bundle is valid"))
        .collect();
    let resources = bundles.iter().map(|b| b.flatten().len() as u64).sum();
    (bundles, resources)
}

fn bench(c: &mut Criterion) {
    let (population, resources) = population();
    let opts = DeidOptions { as_of: date!(2024 - 06 - 01), subject_id: "subject".into() };
    let mut group = c.benchmark_group("deidentify");
    group.throughput(Throughput::Elements(resources));
    group.sample_size(10);
    group.bench_function(format!("{PATIENTS}_patients_{resources}_resources"), |b| {
        b.iter(|| {
            for patient in &population {
                black_box(deidentify(std::slice::from_ref(patient), &opts).expect("de-identifies"));
            }
        })
    });

    // Every type: three encounters per patient.
    let mut rng = Lcg(0x6d65_6476_6175_6c74);
    let exports: Vec<String> =
        (0..PATIENTS).map(|i| synthetic::export(i, 3, &mut rng).to_string()).collect();
    let parsed: Vec<Resource> =
        exports.iter().map(|e| medvault_fhir::parse_json(e).expect("valid")).collect();
    let every = (PATIENTS * synthetic::resources_in(3)) as u64;
    group.throughput(Throughput::Elements(every));
    group.bench_function(format!("every_type_{PATIENTS}_patients_{every}_resources"), |b| {
        b.iter(|| {
            for patient in &parsed {
                black_box(deidentify(std::slice::from_ref(patient), &opts).expect("de-identifies"));
            }
        })
    });
    group.finish();

    let mut group = c.benchmark_group("import");
    group.throughput(Throughput::Elements(every));
    group.sample_size(10);
    let map = CategoryMap::new();
    group.bench_function(format!("every_type_{PATIENTS}_patients_{every}_resources"), |b| {
        b.iter(|| {
            for export in &exports {
                black_box(import::split(export, &map, import::MAX_PART_BYTES).expect("splits"));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
