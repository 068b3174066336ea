//! The FHIR R4 resources medvault handles, as serde types.
//!
//! Required elements (cardinality 1..1) are plain fields, so serde refuses a resource without
//! them; choice elements (`value[x]`, `effective[x]`…) are one optional field per allowed type,
//! and [`super::validate`] checks that at most one is set.

use serde::{Deserialize, Serialize};

use super::{
    datatypes::{
        Address, Annotation, Attachment, CodeableConcept, ContactPoint, Extension, HumanName,
        Identifier, Meta, Narrative, Period, Quantity, Reference,
    },
    primitives::{FhirDate, FhirDateTime},
};

macro_rules! code_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name {
            $($(#[$vdoc])* $variant),+
        }
    };
}

code_enum!(
    /// `Patient.gender` (administrative gender).
    Gender { /// male
    Male, /// female
    Female, /// other
    Other, /// unknown
    Unknown }
);

code_enum!(
    /// `Observation.status` and `DiagnosticReport.status` share most codes; this is Observation's.
    ObservationStatus { /// registered
    Registered, /// preliminary
    Preliminary, /// final
    Final, /// amended
    Amended, /// corrected
    Corrected, /// cancelled
    Cancelled, /// entered-in-error
    EnteredInError, /// unknown
    Unknown }
);

code_enum!(
    /// `DiagnosticReport.status`.
    DiagnosticReportStatus { /// registered
    Registered, /// partial
    Partial, /// preliminary
    Preliminary, /// final
    Final, /// amended
    Amended, /// corrected
    Corrected, /// appended
    Appended, /// cancelled
    Cancelled, /// entered-in-error
    EnteredInError, /// unknown
    Unknown }
);

code_enum!(
    /// `MedicationStatement.status`.
    MedicationStatementStatus { /// active
    Active, /// completed
    Completed, /// entered-in-error
    EnteredInError, /// intended
    Intended, /// stopped
    Stopped, /// on-hold
    OnHold, /// unknown
    Unknown, /// not-taken
    NotTaken }
);

code_enum!(
    /// `MedicationRequest.status`.
    MedicationRequestStatus { /// active
    Active, /// on-hold
    OnHold, /// cancelled
    Cancelled, /// completed
    Completed, /// entered-in-error
    EnteredInError, /// stopped
    Stopped, /// draft
    Draft, /// unknown
    Unknown }
);

code_enum!(
    /// `MedicationRequest.intent`.
    MedicationRequestIntent { /// proposal
    Proposal, /// plan
    Plan, /// order
    Order, /// original-order
    OriginalOrder, /// reflex-order
    ReflexOrder, /// filler-order
    FillerOrder, /// instance-order
    InstanceOrder, /// option
    Option }
);

code_enum!(
    /// `Procedure.status` (event status).
    ProcedureStatus { /// preparation
    Preparation, /// in-progress
    InProgress, /// not-done
    NotDone, /// on-hold
    OnHold, /// stopped
    Stopped, /// completed
    Completed, /// entered-in-error
    EnteredInError, /// unknown
    Unknown }
);

code_enum!(
    /// `Immunization.status`.
    ImmunizationStatus { /// completed
    Completed, /// entered-in-error
    EnteredInError, /// not-done
    NotDone }
);

code_enum!(
    /// `AllergyIntolerance.type`.
    AllergyType { /// allergy
    Allergy, /// intolerance
    Intolerance }
);

code_enum!(
    /// `AllergyIntolerance.category`.
    AllergyCategory { /// food
    Food, /// medication
    Medication, /// environment
    Environment, /// biologic
    Biologic }
);

code_enum!(
    /// `AllergyIntolerance.criticality`.
    AllergyCriticality { /// low
    Low, /// high
    High, /// unable-to-assess
    UnableToAssess }
);

code_enum!(
    /// `AllergyIntolerance.reaction.severity`.
    ReactionSeverity { /// mild
    Mild, /// moderate
    Moderate, /// severe
    Severe }
);

code_enum!(
    /// `Bundle.type`.
    BundleType { /// document
    Document, /// message
    Message, /// transaction
    Transaction, /// transaction-response
    TransactionResponse, /// batch
    Batch, /// batch-response
    BatchResponse, /// history
    History, /// searchset
    Searchset, /// collection
    Collection }
);

/// Demographics and administrative information about a person receiving care.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Patient {
    /// Logical id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Metadata; only security labels are kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    /// Narrative summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Narrative>,
    /// Extensions; on output only medvault's own age band.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extension: Vec<Extension>,
    /// MRN, SSN, driver's licence, passport…
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identifier: Vec<Identifier>,
    /// Whether the record is in active use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub name: Vec<HumanName>,
    /// Phone, email…
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub telecom: Vec<ContactPoint>,
    /// Administrative gender.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    /// Date of birth.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<FhirDate>,
    /// Deceased flag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deceased_boolean: Option<bool>,
    /// Date of death.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deceased_date_time: Option<FhirDateTime>,
    /// Addresses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub address: Vec<Address>,
    /// Marital status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marital_status: Option<CodeableConcept>,
    /// Birth order flag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multiple_birth_boolean: Option<bool>,
    /// Birth order number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multiple_birth_integer: Option<i64>,
    /// Photos.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub photo: Vec<Attachment>,
    /// Primary care providers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub general_practitioner: Vec<Reference>,
    /// Organisation that is the custodian of the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managing_organization: Option<Reference>,
}

/// A reference range of an observation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReferenceRange {
    /// Low range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low: Option<Quantity>,
    /// High range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<Quantity>,
    /// Free-text range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// One component of a multi-part observation (e.g. systolic and diastolic pressure).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ObservationComponent {
    /// Type of component observation.
    pub code: CodeableConcept,
    /// Measured value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_quantity: Option<Quantity>,
    /// Coded value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_codeable_concept: Option<CodeableConcept>,
    /// Free-text value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_string: Option<String>,
    /// Why the value is missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_absent_reason: Option<CodeableConcept>,
}

/// Measurements and simple assertions: vital signs, lab results, blood type, social history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Observation {
    /// Logical id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Metadata; only security labels are kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    /// Narrative summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Narrative>,
    /// Business identifiers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identifier: Vec<Identifier>,
    /// Result status.
    pub status: ObservationStatus,
    /// Classification (vital-signs, laboratory…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub category: Vec<CodeableConcept>,
    /// What was observed (LOINC).
    pub code: CodeableConcept,
    /// Who the observation is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<Reference>,
    /// Encounter during which it was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encounter: Option<Reference>,
    /// Clinically relevant time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_date_time: Option<FhirDateTime>,
    /// Clinically relevant period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_period: Option<Period>,
    /// When this version was made available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<FhirDateTime>,
    /// Who is responsible.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub performer: Vec<Reference>,
    /// Measured value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_quantity: Option<Quantity>,
    /// Coded value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_codeable_concept: Option<CodeableConcept>,
    /// Free-text value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_string: Option<String>,
    /// Boolean value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_boolean: Option<bool>,
    /// Integer value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_integer: Option<i64>,
    /// Date value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_date_time: Option<FhirDateTime>,
    /// Why the value is missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_absent_reason: Option<CodeableConcept>,
    /// High, low, normal…
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interpretation: Vec<CodeableConcept>,
    /// Comments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub note: Vec<Annotation>,
    /// Observed body part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body_site: Option<CodeableConcept>,
    /// How it was done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<CodeableConcept>,
    /// Specimen used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub specimen: Option<Reference>,
    /// Measurement device.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<Reference>,
    /// Guide for interpretation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reference_range: Vec<ReferenceRange>,
    /// Component results.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub component: Vec<ObservationComponent>,
}

/// A problem, diagnosis or health concern.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Condition {
    /// Logical id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Metadata; only security labels are kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    /// Narrative summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Narrative>,
    /// Business identifiers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identifier: Vec<Identifier>,
    /// active | recurrence | relapse | inactive | remission | resolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clinical_status: Option<CodeableConcept>,
    /// unconfirmed | provisional | differential | confirmed | refuted | entered-in-error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_status: Option<CodeableConcept>,
    /// problem-list-item | encounter-diagnosis.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub category: Vec<CodeableConcept>,
    /// Subjective severity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<CodeableConcept>,
    /// Identification of the condition (SNOMED CT, ICD-10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<CodeableConcept>,
    /// Anatomical location.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub body_site: Vec<CodeableConcept>,
    /// Who has the condition.
    pub subject: Reference,
    /// Encounter created as part of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encounter: Option<Reference>,
    /// Estimated or actual onset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onset_date_time: Option<FhirDateTime>,
    /// Age at onset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onset_age: Option<Quantity>,
    /// Onset period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onset_period: Option<Period>,
    /// Onset as free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onset_string: Option<String>,
    /// When resolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abatement_date_time: Option<FhirDateTime>,
    /// Age when resolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abatement_age: Option<Quantity>,
    /// Resolution period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abatement_period: Option<Period>,
    /// Resolution as free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abatement_string: Option<String>,
    /// Date recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded_date: Option<FhirDateTime>,
    /// Who recorded it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorder: Option<Reference>,
    /// Person who asserts it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asserter: Option<Reference>,
    /// Comments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub note: Vec<Annotation>,
}

/// A medication being taken, now or in the past, as reported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MedicationStatement {
    /// Logical id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Metadata; only security labels are kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    /// Narrative summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Narrative>,
    /// Business identifiers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identifier: Vec<Identifier>,
    /// Status.
    pub status: MedicationStatementStatus,
    /// Type of statement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<CodeableConcept>,
    /// What medication (RxNorm).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medication_codeable_concept: Option<CodeableConcept>,
    /// What medication, by reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medication_reference: Option<Reference>,
    /// Who is taking it.
    pub subject: Reference,
    /// When taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_date_time: Option<FhirDateTime>,
    /// Period taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_period: Option<Period>,
    /// When the statement was asserted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_asserted: Option<FhirDateTime>,
    /// Person or organisation that provided the information.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub information_source: Option<Reference>,
    /// Reason for taking it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reason_code: Vec<CodeableConcept>,
    /// Comments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub note: Vec<Annotation>,
}

/// An order or request for a medication.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MedicationRequest {
    /// Logical id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Metadata; only security labels are kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    /// Narrative summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Narrative>,
    /// Business identifiers (prescription numbers).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identifier: Vec<Identifier>,
    /// Status.
    pub status: MedicationRequestStatus,
    /// Intent.
    pub intent: MedicationRequestIntent,
    /// What medication (RxNorm).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medication_codeable_concept: Option<CodeableConcept>,
    /// What medication, by reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medication_reference: Option<Reference>,
    /// Who it is for.
    pub subject: Reference,
    /// Encounter created as part of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encounter: Option<Reference>,
    /// When written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authored_on: Option<FhirDateTime>,
    /// Who asked for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requester: Option<Reference>,
    /// Reason for ordering.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reason_code: Vec<CodeableConcept>,
    /// Comments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub note: Vec<Annotation>,
}

/// An action performed on the patient: surgery, therapy, counselling.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Procedure {
    /// Logical id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Metadata; only security labels are kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    /// Narrative summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Narrative>,
    /// Business identifiers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identifier: Vec<Identifier>,
    /// Status.
    pub status: ProcedureStatus,
    /// Classification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<CodeableConcept>,
    /// What was done (SNOMED CT).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<CodeableConcept>,
    /// On whom.
    pub subject: Reference,
    /// Encounter created as part of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encounter: Option<Reference>,
    /// When performed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub performed_date_time: Option<FhirDateTime>,
    /// Period performed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub performed_period: Option<Period>,
    /// Performed, as free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub performed_string: Option<String>,
    /// Where it was done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Reference>,
    /// Coded reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reason_code: Vec<CodeableConcept>,
    /// Target body sites.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub body_site: Vec<CodeableConcept>,
    /// Outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<CodeableConcept>,
    /// Comments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub note: Vec<Annotation>,
}

/// An adverse reaction event of an allergy or intolerance.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AllergyReaction {
    /// Specific substance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub substance: Option<CodeableConcept>,
    /// Clinical symptoms (required, 1..*).
    pub manifestation: Vec<CodeableConcept>,
    /// Free-text description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// When it started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onset: Option<FhirDateTime>,
    /// Severity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<ReactionSeverity>,
    /// Comments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub note: Vec<Annotation>,
}

/// Risk of a harmful reaction to a substance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AllergyIntolerance {
    /// Logical id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Metadata; only security labels are kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    /// Narrative summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Narrative>,
    /// Business identifiers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identifier: Vec<Identifier>,
    /// active | inactive | resolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clinical_status: Option<CodeableConcept>,
    /// unconfirmed | confirmed | refuted | entered-in-error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_status: Option<CodeableConcept>,
    /// allergy | intolerance.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<AllergyType>,
    /// food | medication | environment | biologic.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub category: Vec<AllergyCategory>,
    /// low | high | unable-to-assess.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criticality: Option<AllergyCriticality>,
    /// The substance (SNOMED CT, RxNorm).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<CodeableConcept>,
    /// Who the sensitivity is for.
    pub patient: Reference,
    /// When it was identified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onset_date_time: Option<FhirDateTime>,
    /// Date first recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded_date: Option<FhirDateTime>,
    /// Who recorded it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorder: Option<Reference>,
    /// Comments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub note: Vec<Annotation>,
    /// Adverse reactions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reaction: Vec<AllergyReaction>,
}

/// A vaccination given (or not given).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Immunization {
    /// Logical id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Metadata; only security labels are kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    /// Narrative summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Narrative>,
    /// Business identifiers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identifier: Vec<Identifier>,
    /// Status.
    pub status: ImmunizationStatus,
    /// Vaccine product (CVX).
    pub vaccine_code: CodeableConcept,
    /// Who was immunised.
    pub patient: Reference,
    /// Encounter administered as part of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encounter: Option<Reference>,
    /// When given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occurrence_date_time: Option<FhirDateTime>,
    /// When given, as free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occurrence_string: Option<String>,
    /// When recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded: Option<FhirDateTime>,
    /// Whether from the source who administered it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_source: Option<bool>,
    /// Where it was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Reference>,
    /// Vaccine lot number (a device identifier).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lot_number: Option<String>,
    /// Vaccine expiration date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<FhirDate>,
    /// Body site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<CodeableConcept>,
    /// Route.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<CodeableConcept>,
    /// Amount given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dose_quantity: Option<Quantity>,
    /// Comments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub note: Vec<Annotation>,
}

/// The findings of a set of diagnostic tests (a lab panel, an imaging report).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DiagnosticReport {
    /// Logical id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Metadata; only security labels are kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    /// Narrative summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Narrative>,
    /// Business identifiers (accession numbers).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identifier: Vec<Identifier>,
    /// Status.
    pub status: DiagnosticReportStatus,
    /// Service category.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub category: Vec<CodeableConcept>,
    /// Name of the report (LOINC).
    pub code: CodeableConcept,
    /// The subject of the report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<Reference>,
    /// Encounter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encounter: Option<Reference>,
    /// Clinically relevant time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_date_time: Option<FhirDateTime>,
    /// Clinically relevant period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_period: Option<Period>,
    /// When released.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<FhirDateTime>,
    /// Responsible diagnostic service.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub performer: Vec<Reference>,
    /// Observations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub result: Vec<Reference>,
    /// Clinical conclusion (free text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conclusion: Option<String>,
    /// Codes for the conclusion.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conclusion_code: Vec<CodeableConcept>,
    /// Entire report as issued (PDF, scans).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub presented_form: Vec<Attachment>,
}

/// One entry of a Bundle.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BundleEntry {
    /// URI for the resource (often `urn:uuid:` in transaction bundles).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_url: Option<String>,
    /// The resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<super::Resource>,
}

/// A container for a collection of resources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Bundle {
    /// Logical id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Metadata; only security labels are kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    /// Persistent identifier for the bundle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<Identifier>,
    /// Kind of bundle.
    #[serde(rename = "type")]
    pub type_: BundleType,
    /// When assembled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<FhirDateTime>,
    /// Entries.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entry: Vec<BundleEntry>,
}

code_enum!(
    /// `Encounter.status`.
    EncounterStatus { /// planned
    Planned, /// arrived
    Arrived, /// triaged
    Triaged, /// in-progress
    InProgress, /// onleave
    Onleave, /// finished
    Finished, /// cancelled
    Cancelled, /// entered-in-error
    EnteredInError, /// unknown
    Unknown }
);

/// A participant in an encounter (`Encounter.participant`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EncounterParticipant {
    /// Role of the participant.
    #[serde(default, rename = "type", skip_serializing_if = "Vec::is_empty")]
    pub type_: Vec<CodeableConcept>,
    /// Period of participation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// The practitioner or related person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub individual: Option<Reference>,
}

/// A diagnosis relevant to an encounter (`Encounter.diagnosis`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EncounterDiagnosis {
    /// The Condition or Procedure (required).
    pub condition: Reference,
    /// Its role (admission, discharge, chief complaint…).
    #[serde(default, rename = "use", skip_serializing_if = "Option::is_none")]
    pub use_: Option<CodeableConcept>,
    /// Ranking.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank: Option<u32>,
}

/// Details of an admission (`Encounter.hospitalization`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EncounterHospitalization {
    /// Pre-admission identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_admission_identifier: Option<Identifier>,
    /// Where the patient came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Reference>,
    /// Emergency room, physician referral, self-referral…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admit_source: Option<CodeableConcept>,
    /// Whether this is a readmission.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub re_admission: Option<CodeableConcept>,
    /// Where the patient went after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<Reference>,
    /// Category or kind of location after discharge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discharge_disposition: Option<CodeableConcept>,
}

/// A location the patient was at during an encounter (`Encounter.location`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EncounterLocation {
    /// The location (required).
    pub location: Reference,
    /// Time period at the location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
}

/// An interaction between a patient and providers: a visit, a stay, a call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Encounter {
    /// Logical id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Metadata; only security labels are kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    /// Narrative summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Narrative>,
    /// Business identifiers (visit numbers).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identifier: Vec<Identifier>,
    /// Status.
    pub status: EncounterStatus,
    /// Inpatient, outpatient, emergency… (v3 ActCode; required).
    pub class: super::Coding,
    /// Specific type of encounter.
    #[serde(default, rename = "type", skip_serializing_if = "Vec::is_empty")]
    pub type_: Vec<CodeableConcept>,
    /// Specific type of service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_type: Option<CodeableConcept>,
    /// Urgency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<CodeableConcept>,
    /// The patient.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<Reference>,
    /// Episodes of care.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub episode_of_care: Vec<Reference>,
    /// Who took part.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participant: Vec<EncounterParticipant>,
    /// When it took place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// How long it lasted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length: Option<Quantity>,
    /// Coded reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reason_code: Vec<CodeableConcept>,
    /// Reason as a Condition, Procedure or Observation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reason_reference: Vec<Reference>,
    /// Diagnoses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub diagnosis: Vec<EncounterDiagnosis>,
    /// Admission details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hospitalization: Option<EncounterHospitalization>,
    /// Where.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub location: Vec<EncounterLocation>,
    /// The organisation responsible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_provider: Option<Reference>,
    /// Another encounter this one is part of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<Reference>,
}

/// A resource of an R4 type medvault does not model: kept as it came, whole.
///
/// It is checked for what every R4 resource must be (a JSON object of a type R4 defines, a valid
/// id, element names that are JSON element names, contained resources of R4 types) and otherwise
/// carried through unread. The research view never includes one (its allowlist names the modelled
/// types); a record keeps it byte for byte.
#[derive(Debug, Clone, PartialEq)]
pub struct OtherResource {
    resource_type: &'static str,
    json: serde_json::Map<String, serde_json::Value>,
}

impl OtherResource {
    /// Wraps an object of type `resource_type` (one of [`super::R4_RESOURCE_TYPES`]).
    pub(crate) fn new(
        resource_type: &'static str,
        json: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        Self { resource_type, json }
    }

    /// Its `resourceType`.
    pub fn resource_type(&self) -> &'static str {
        self.resource_type
    }

    /// Its logical id, if any.
    pub fn id(&self) -> Option<&str> {
        self.json.get("id").and_then(serde_json::Value::as_str)
    }

    /// The resource as it came.
    pub fn json(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.json
    }
}

impl Serialize for OtherResource {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.json.serialize(s)
    }
}
