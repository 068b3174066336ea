//! FHIR R4 handling on the patient's side: parsing, categories, de-identification and the release gate.
//!
//! Everything here runs where the plaintext is, on the patient's device; nothing in this crate
//! does I/O.
//!
//! - [`model`]: FHIR R4 JSON in. [`parse_json`] parses and validates Patient, Observation,
//!   Condition, MedicationStatement, MedicationRequest, Procedure, AllergyIntolerance,
//!   Immunization, DiagnosticReport and Bundles of them; errors name the FHIR path.
//! - [`error`]: [`FhirError`], why a document was refused.

pub mod error;
pub mod model;

pub use error::{FhirError, Result};
pub use model::{Resource, parse_json, parse_value};
