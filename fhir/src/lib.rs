//! FHIR R4 handling on the patient's side: parsing, categories, de-identification and the release gate.
//!
//! Everything here runs where the plaintext is, on the patient's device; nothing in this crate
//! does I/O.
//!
//! - [`model`]: FHIR R4 JSON in. [`parse_json`] parses and validates every R4 resource type:
//!   Patient, Observation, Condition, MedicationStatement, MedicationRequest, Procedure,
//!   AllergyIntolerance, Immunization, DiagnosticReport, Encounter, Consent, AuditEvent and
//!   Bundles with typed models, every other type checked for shape and kept whole; errors name the FHIR path.
//! - [`category`]: consent categories with stable on-chain ids, every R4 type's category, and
//!   the emergency subset.
//! - [`import`]: an EHR export split into one record per category, references kept resolvable.
//! - [`render`]: a record as people read it (the CLI's and the web page's one rendering).
//! - [`emergency`]: the patient's emergency profile, as a FHIR bundle and as a clinician reads it.
//! - [`export`]: FHIR out: the patient's grants as `Consent` and her access log as `AuditEvent`
//!   Bundles.
//! - [`deid`]: Safe Harbor de-identification of one patient's records to a research view.
//! - [`gate`]: the k-anonymity / ℓ-diversity release gate, and the relayer's incremental
//!   [`gate::ClassTracker`] over coarse public quasi-identifier tuples.
//! - [`criteria`]: the research request filter language, evaluated on the patient's records.
//! - [`error`]: [`FhirError`], why a document was refused.

pub mod category;
pub mod criteria;
pub mod deid;
pub mod emergency;
pub mod error;
pub mod export;
pub mod gate;
pub mod import;
pub mod model;
pub mod render;
pub mod synthetic;

pub use category::{Category, CategorySet, categories_of};
pub use criteria::Criteria;
pub use deid::{DeidError, DeidOptions, ResearchView, deidentify};
pub use emergency::EmergencyProfile;
pub use error::{FhirError, Result};
pub use gate::{ClassTracker, CoarseQi, CoarseQiExt, GatePolicy, ReleaseReport, check_release};
pub use model::{Resource, parse_json, parse_value};
