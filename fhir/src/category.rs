//! Record categories: the unit a consent grant is scoped to.
//!
//! Categories follow FHIR resource types, plus [`Category::Emergency`], the subset a first
//! responder may see under an emergency grant. Every FHIR R4 resource type has one
//! ([`Category::of_type`]; anything without a clinical home is [`Category::Other`]). The numbers
//! are part of the on-chain consent format (a grant carries a [`CategorySet`] bitmask) and must
//! never be renumbered; new categories take new numbers.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::{CodeableConcept, Resource};

const LOINC: &str = "http://loinc.org";
const CLINICAL: &str = "http://terminology.hl7.org/CodeSystem/condition-clinical";
const ALLERGY_CLINICAL: &str = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
const ALLERGY_VERIFICATION: &str =
    "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";
const CONDITION_VERIFICATION: &str = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

/// LOINC codes of blood group results: ABO+Rh, ABO, Rh.
pub const BLOOD_TYPE_LOINC: &[&str] = &["882-1", "883-9", "10331-7"];

/// A consent category with a stable numeric id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[repr(u8)]
pub enum Category {
    /// Patient: demographics.
    Demographics = 1,
    /// Observation: vital signs, laboratory results, social history.
    Observations = 2,
    /// Condition: problems and diagnoses.
    Conditions = 3,
    /// MedicationStatement and MedicationRequest.
    Medications = 4,
    /// Procedure.
    Procedures = 5,
    /// AllergyIntolerance.
    Allergies = 6,
    /// Immunization.
    Immunizations = 7,
    /// DiagnosticReport.
    DiagnosticReports = 8,
    /// Blood type, active allergies, current medication and active conditions.
    Emergency = 9,
    /// Encounter, EpisodeOfCare, Appointment: visits and stays.
    Encounters = 10,
    /// CarePlan, CareTeam, Goal, ServiceRequest, Task…: plans, orders and their follow-up.
    CarePlans = 11,
    /// DocumentReference, Composition, Binary, Media, QuestionnaireResponse…: documents.
    Documents = 12,
    /// Device, DeviceUseStatement, DeviceRequest: implants and devices.
    Devices = 13,
    /// Claim, ExplanationOfBenefit, Coverage, Account, Invoice…: insurance and billing.
    Billing = 14,
    /// Practitioner, Organization, Location…: who and where care came from.
    CareProviders = 15,
    /// Provenance, AuditEvent, Consent: who wrote or saw what.
    Provenance = 16,
    /// Every other FHIR R4 resource type (definitions, terminology, messaging…).
    Other = 17,
}

impl Category {
    /// Every category, in id order.
    pub const ALL: [Category; 17] = [
        Self::Demographics,
        Self::Observations,
        Self::Conditions,
        Self::Medications,
        Self::Procedures,
        Self::Allergies,
        Self::Immunizations,
        Self::DiagnosticReports,
        Self::Emergency,
        Self::Encounters,
        Self::CarePlans,
        Self::Documents,
        Self::Devices,
        Self::Billing,
        Self::CareProviders,
        Self::Provenance,
        Self::Other,
    ];

    /// The stable numeric id used on-chain.
    pub const fn id(self) -> u8 {
        self as u8
    }

    /// The category with this id, if any.
    pub fn from_id(id: u8) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.id() == id)
    }

    /// The category with this name (`conditions`, `care-plans`…) or id (`3`).
    pub fn parse(name_or_id: &str) -> Option<Self> {
        let s = name_or_id.trim();
        if let Ok(id) = s.parse::<u8>() {
            return Self::from_id(id);
        }
        Self::ALL.into_iter().find(|c| c.name() == s)
    }

    /// The category's name, as the CLI and docs/FHIR.md spell it (`diagnostic-reports`).
    pub const fn name(self) -> &'static str {
        match self {
            Self::Demographics => "demographics",
            Self::Observations => "observations",
            Self::Conditions => "conditions",
            Self::Medications => "medications",
            Self::Procedures => "procedures",
            Self::Allergies => "allergies",
            Self::Immunizations => "immunizations",
            Self::DiagnosticReports => "diagnostic-reports",
            Self::Emergency => "emergency",
            Self::Encounters => "encounters",
            Self::CarePlans => "care-plans",
            Self::Documents => "documents",
            Self::Devices => "devices",
            Self::Billing => "billing",
            Self::CareProviders => "care-providers",
            Self::Provenance => "provenance",
            Self::Other => "other",
        }
    }

    /// The category a resource type belongs to: every FHIR R4 resource type has one (docs/FHIR.md
    /// has the table); Bundles and names that are not R4 resource types have none.
    /// [`Category::Emergency`] is never a type's category: it is derived ([`is_emergency`]).
    pub fn of_type(resource_type: &str) -> Option<Self> {
        Some(match resource_type {
            "Patient" | "RelatedPerson" | "Person" | "Linkage" => Self::Demographics,
            "Observation" | "Specimen" | "BodyStructure" => Self::Observations,
            "Condition" | "FamilyMemberHistory" | "AdverseEvent" => Self::Conditions,
            "MedicationStatement"
            | "MedicationRequest"
            | "MedicationAdministration"
            | "MedicationDispense"
            | "Medication" => Self::Medications,
            "Procedure" => Self::Procedures,
            "AllergyIntolerance" => Self::Allergies,
            "Immunization" | "ImmunizationEvaluation" | "ImmunizationRecommendation" => {
                Self::Immunizations
            }
            "DiagnosticReport" | "ImagingStudy" | "MolecularSequence" => Self::DiagnosticReports,
            "Encounter" | "EpisodeOfCare" | "Appointment" | "AppointmentResponse" => {
                Self::Encounters
            }
            "CarePlan"
            | "CareTeam"
            | "Goal"
            | "ServiceRequest"
            | "NutritionOrder"
            | "RequestGroup"
            | "RiskAssessment"
            | "ClinicalImpression"
            | "DetectedIssue"
            | "Communication"
            | "CommunicationRequest"
            | "Task"
            | "Flag"
            | "VisionPrescription"
            | "GuidanceResponse"
            | "ResearchSubject" => Self::CarePlans,
            "DocumentReference"
            | "DocumentManifest"
            | "Composition"
            | "Binary"
            | "Media"
            | "QuestionnaireResponse"
            | "List" => Self::Documents,
            "Device" | "DeviceUseStatement" | "DeviceRequest" | "DeviceMetric" => Self::Devices,
            "Claim"
            | "ClaimResponse"
            | "ExplanationOfBenefit"
            | "Coverage"
            | "CoverageEligibilityRequest"
            | "CoverageEligibilityResponse"
            | "Account"
            | "Invoice"
            | "ChargeItem"
            | "PaymentNotice"
            | "PaymentReconciliation"
            | "EnrollmentRequest"
            | "EnrollmentResponse"
            | "Contract" => Self::Billing,
            "Practitioner"
            | "PractitionerRole"
            | "Organization"
            | "OrganizationAffiliation"
            | "Location"
            | "HealthcareService"
            | "Endpoint"
            | "InsurancePlan"
            | "Schedule"
            | "Slot" => Self::CareProviders,
            "Provenance" | "AuditEvent" | "Consent" | "VerificationResult" => Self::Provenance,
            "Bundle" => return None,
            other if crate::model::is_r4_resource_type(other) => Self::Other,
            _ => return None,
        })
    }
}

/// A name or id that is no category (what [`Category`]'s `FromStr` refuses).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{0:?} is not a category; one of: {all}",
    all = Category::ALL.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
)]
pub struct UnknownCategory(pub String);

impl std::str::FromStr for Category {
    type Err = UnknownCategory;

    /// A category by name (`conditions`) or id (`3`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s).ok_or_else(|| UnknownCategory(s.to_owned()))
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.name(), self.id())
    }
}

/// A set of categories as the bitmask the consent contract stores: bit `id` set per member.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CategorySet(pub u32);

impl CategorySet {
    /// The empty set.
    pub const EMPTY: Self = Self(0);

    /// Adds a category.
    pub fn insert(&mut self, c: Category) {
        self.0 |= 1 << c.id();
    }

    /// Whether the set holds this category.
    pub fn contains(self, c: Category) -> bool {
        self.0 & (1 << c.id()) != 0
    }

    /// Whether the two sets share a category.
    pub fn intersects(self, other: Self) -> bool {
        self.0 & other.0 != 0
    }

    /// The members, in id order.
    pub fn iter(self) -> impl Iterator<Item = Category> {
        Category::ALL.into_iter().filter(move |c| self.contains(*c))
    }
}

impl FromIterator<Category> for CategorySet {
    fn from_iter<I: IntoIterator<Item = Category>>(iter: I) -> Self {
        let mut s = Self::EMPTY;
        iter.into_iter().for_each(|c| s.insert(c));
        s
    }
}

fn status_is(cc: Option<&CodeableConcept>, system: &str, codes: &[&str]) -> bool {
    cc.is_some_and(|cc| cc.has_any_code(system, codes))
}

/// Whether a resource belongs to the emergency view.
///
/// Blood group observations; allergies that are not inactive, resolved or refuted; medication
/// that is active or intended; conditions that are active, recurring or relapsing and not
/// refuted. A missing status counts as current: in an emergency a stale allergy is cheaper than a
/// hidden one.
pub fn is_emergency(resource: &Resource) -> bool {
    use crate::model::{MedicationRequestStatus as Mr, MedicationStatementStatus as Ms};
    match resource {
        Resource::Observation(o) => o.code.has_any_code(LOINC, BLOOD_TYPE_LOINC),
        Resource::AllergyIntolerance(a) => {
            !status_is(a.clinical_status.as_ref(), ALLERGY_CLINICAL, &["inactive", "resolved"])
                && !status_is(
                    a.verification_status.as_ref(),
                    ALLERGY_VERIFICATION,
                    &["refuted", "entered-in-error"],
                )
        }
        Resource::MedicationStatement(m) => {
            matches!(m.status, Ms::Active | Ms::Intended | Ms::OnHold)
        }
        Resource::MedicationRequest(m) => matches!(m.status, Mr::Active | Mr::OnHold),
        Resource::Condition(c) => {
            let current = c.clinical_status.is_none()
                || status_is(
                    c.clinical_status.as_ref(),
                    CLINICAL,
                    &["active", "recurrence", "relapse"],
                );
            current
                && !status_is(
                    c.verification_status.as_ref(),
                    CONDITION_VERIFICATION,
                    &["refuted", "entered-in-error"],
                )
        }
        _ => false,
    }
}

/// The categories a resource falls under (for a Bundle, the union over its entries).
pub fn categories_of(resource: &Resource) -> CategorySet {
    resource
        .flatten()
        .into_iter()
        .flat_map(|r| {
            let base = Category::of_type(r.resource_type());
            let emergency = is_emergency(r).then_some(Category::Emergency);
            base.into_iter().chain(emergency)
        })
        .collect()
}

/// The resources a grant of `granted` lets its holder see, Bundles flattened.
pub fn visible_under(granted: CategorySet, records: &[Resource]) -> Vec<&Resource> {
    records
        .iter()
        .flat_map(Resource::flatten)
        .filter(|r| categories_of(r).intersects(granted))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_json;

    /// The chain refuses a singly anchored record above `RecordRegistry.MAX_CATEGORY`: it must be
    /// the highest category defined here, or records of a new category could not be anchored.
    #[test]
    fn the_registry_knows_every_category() {
        let source = include_str!("../../contracts/src/RecordRegistry.sol");
        let max: u8 = source
            .lines()
            .find_map(|l| l.trim().strip_prefix("uint16 public constant MAX_CATEGORY = "))
            .and_then(|v| v.trim_end_matches(';').parse().ok())
            .expect("RecordRegistry.MAX_CATEGORY");
        assert_eq!(Some(max), Category::ALL.iter().map(|c| c.id()).max());
        assert_eq!(u16::from(max), medvault_primitives::consent::MAX_CATEGORY);
    }

    #[test]
    fn ids_are_stable() {
        let ids: Vec<u8> = Category::ALL.iter().map(|c| c.id()).collect();
        assert_eq!(ids, (1..=17).collect::<Vec<_>>());
        for c in Category::ALL {
            assert_eq!(Category::from_id(c.id()), Some(c));
            assert_eq!(Category::parse(c.name()), Some(c));
            assert_eq!(Category::parse(&c.id().to_string()), Some(c));
            // The serde name is the CLI's name.
            assert_eq!(serde_json::to_value(c).unwrap(), c.name());
        }
        assert_eq!(Category::parse("lab"), None);
        assert_eq!(
            "99".parse::<Category>().unwrap_err().to_string(),
            r#""99" is not a category; one of: demographics (1), observations (2), conditions (3), medications (4), procedures (5), allergies (6), immunizations (7), diagnostic-reports (8), emergency (9), encounters (10), care-plans (11), documents (12), devices (13), billing (14), care-providers (15), provenance (16), other (17)"#
        );
        assert_eq!(Category::from_id(0), None);
        assert_eq!(Category::Emergency.to_string(), "emergency (9)");
    }

    #[test]
    fn blood_type_and_active_allergy_are_emergency_data_but_a_heart_rate_is_not() {
        let blood = parse_json(r#"{"resourceType":"Observation","status":"final","subject":{"reference":"Patient/1"},
            "code":{"coding":[{"system":"http://loinc.org","code":"882-1"}]},
            "valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"278149003"}]}}"#)
        .unwrap();
        let pulse = parse_json(r#"{"resourceType":"Observation","status":"final",
            "code":{"coding":[{"system":"http://loinc.org","code":"8867-4"}]},"valueQuantity":{"value":72}}"#)
        .unwrap();
        let resolved = parse_json(r#"{"resourceType":"AllergyIntolerance","patient":{"reference":"Patient/1"},
            "clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical","code":"resolved"}]}}"#)
        .unwrap();
        let emergency_only: CategorySet = [Category::Emergency].into_iter().collect();
        assert_eq!(
            categories_of(&blood),
            [Category::Observations, Category::Emergency].into_iter().collect()
        );
        assert_eq!(categories_of(&pulse), [Category::Observations].into_iter().collect());
        assert!(!categories_of(&resolved).contains(Category::Emergency));
        let records = [blood.clone(), pulse, resolved];
        assert_eq!(visible_under(emergency_only, &records), vec![&blood]);
    }

    /// Every R4 resource type has a category, and the emergency category is never a type's.
    #[test]
    fn every_r4_type_has_a_category() {
        for t in crate::model::R4_RESOURCE_TYPES.iter().filter(|t| **t != "Bundle") {
            let c = Category::of_type(t).unwrap_or_else(|| panic!("{t} has no category"));
            assert_ne!(c, Category::Emergency, "{t}");
        }
        assert_eq!(Category::of_type("Encounter"), Some(Category::Encounters));
        assert_eq!(Category::of_type("StructureDefinition"), Some(Category::Other));
        assert_eq!(Category::of_type("Bundle"), None);
        assert_eq!(Category::of_type("Patients"), None);
    }

    #[test]
    fn the_bitmask_matches_the_ids() {
        let s: CategorySet = [Category::Demographics, Category::Emergency].into_iter().collect();
        assert_eq!(s.0, (1 << 1) | (1 << 9));
        assert_eq!(s.iter().collect::<Vec<_>>(), vec![Category::Demographics, Category::Emergency]);
    }
}
