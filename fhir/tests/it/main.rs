//! Integration tests: golden research views, the no-identifier properties (the modelled types;
//! every R4 type), the gate, bad FHIR, and the exported Consent and AuditEvent bundles against
//! the official R4 JSON schema.

mod bad_fhir;
mod every_type;
mod gate;
mod golden;
mod no_identifier_survives;
mod r4_schema;

use std::path::PathBuf;

use medvault_fhir::{DeidOptions, Resource, parse_json};
use time::macros::date;

fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn fixture(name: &str) -> Resource {
    let text = std::fs::read_to_string(fixture_path(name)).expect("fixture exists");
    parse_json(&text).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The export date every test uses, so ages and the 90+ rule are reproducible.
fn opts() -> DeidOptions {
    DeidOptions { as_of: date!(2024 - 06 - 01), subject_id: "subject".into() }
}
