//! Research request criteria: a small filter language evaluated on a patient's own records.
//!
//! A criteria document is JSON, pinned to IPFS and hashed on-chain, so it must mean one thing:
//! unknown keys are refused, and [`Criteria::canonical_json`] gives the bytes to hash.
//!
//! ```json
//! {"all":[{"condition":{"system":"http://snomed.info/sct","code":"44054006"}},
//!         {"age":{"min":40,"max":65}},{"sex":"female"}]}
//! ```
//!
//! The grammar is in docs/FHIR.md.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::{
    deid::max_age,
    model::{CodeableConcept, Gender, Resource},
};

/// Deepest nesting of `all`/`any`/`not` accepted, so a hostile document cannot exhaust the stack.
pub const MAX_DEPTH: usize = 16;

/// Code systems a criterion may name.
pub const CRITERIA_SYSTEMS: &[&str] = &[
    "http://snomed.info/sct",
    "http://hl7.org/fhir/sid/icd-10",
    "http://hl7.org/fhir/sid/icd-10-cm",
    "http://loinc.org",
    "http://www.nlm.nih.gov/research/umls/rxnorm",
    "http://hl7.org/fhir/sid/cvx",
];

/// Why a criteria document was refused.
#[derive(Debug, thiserror::Error)]
pub enum CriteriaError {
    /// Not a criteria document.
    #[error("criteria: {0}")]
    Json(#[from] serde_json::Error),
    /// Well-formed but meaningless.
    #[error("criteria: {0}")]
    Invalid(String),
}

/// Result of reading criteria.
pub type Result<T, E = CriteriaError> = std::result::Result<T, E>;

/// A code to look for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Code {
    /// Code system URI (one of [`CRITERIA_SYSTEMS`]).
    pub system: String,
    /// The code.
    pub code: String,
    /// Also match codes that start with `code` (ICD-10 `E11` matches `E11.9`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub prefix: bool,
}

impl Code {
    fn matches(&self, cc: &CodeableConcept) -> bool {
        cc.coding.iter().any(|c| {
            c.system.as_deref() == Some(self.system.as_str())
                && c.code.as_deref().is_some_and(|code| {
                    if self.prefix { code.starts_with(&self.code) } else { code == self.code }
                })
        })
    }
}

/// An observation with a code and, optionally, a numeric value in range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObservationCriterion {
    /// Code system URI.
    pub system: String,
    /// The code.
    pub code: String,
    /// Lowest accepted `valueQuantity.value`, inclusive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// Highest accepted `valueQuantity.value`, inclusive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// Required UCUM unit code of the value, when a range is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

/// An inclusive age range in whole years; either bound may be left open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgeRange {
    /// Youngest accepted age.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<u16>,
    /// Oldest accepted age.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u16>,
}

/// One node of a criteria document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub enum Criteria {
    /// Every sub-criterion holds.
    All(Vec<Criteria>),
    /// At least one sub-criterion holds.
    Any(Vec<Criteria>),
    /// The sub-criterion does not hold.
    Not(Box<Criteria>),
    /// A Condition with this code that is not refuted or entered in error.
    Condition(Code),
    /// An Observation with this code (and value range).
    Observation(ObservationCriterion),
    /// A MedicationStatement or MedicationRequest with this medication code.
    Medication(Code),
    /// A Procedure with this code.
    Procedure(Code),
    /// An AllergyIntolerance with this substance code.
    Allergy(Code),
    /// An Immunization with this vaccine code.
    Immunization(Code),
    /// The patient's age today is in range.
    Age(AgeRange),
    /// The patient's administrative gender.
    Sex(Gender),
}

impl Criteria {
    /// Reads and checks a criteria document.
    pub fn from_json(json: &str) -> Result<Self> {
        let c: Self = serde_json::from_str(json)?;
        c.validate(0)?;
        Ok(c)
    }

    /// The canonical bytes of the document, the ones to pin and hash: compact JSON, keys in
    /// declaration order, defaults omitted.
    pub fn canonical_json(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("criteria serialise to JSON")
    }

    fn validate(&self, depth: usize) -> Result<()> {
        if depth > MAX_DEPTH {
            return Err(CriteriaError::Invalid(format!("nested deeper than {MAX_DEPTH}")));
        }
        let system = |s: &str| {
            if CRITERIA_SYSTEMS.contains(&s) {
                Ok(())
            } else {
                Err(CriteriaError::Invalid(format!(
                    "unknown code system {s:?} (known: {})",
                    CRITERIA_SYSTEMS.join(", ")
                )))
            }
        };
        match self {
            Self::All(cs) | Self::Any(cs) if cs.is_empty() => {
                Err(CriteriaError::Invalid("`all` and `any` need at least one criterion".into()))
            }
            Self::All(cs) | Self::Any(cs) => cs.iter().try_for_each(|c| c.validate(depth + 1)),
            Self::Not(c) => c.validate(depth + 1),
            Self::Condition(c)
            | Self::Medication(c)
            | Self::Procedure(c)
            | Self::Allergy(c)
            | Self::Immunization(c) => system(&c.system),
            Self::Observation(o) => {
                system(&o.system)?;
                match (o.min, o.max) {
                    (Some(lo), Some(hi)) if lo > hi => {
                        Err(CriteriaError::Invalid("observation: min above max".into()))
                    }
                    _ => Ok(()),
                }
            }
            Self::Age(AgeRange { min: Some(lo), max: Some(hi) }) if lo > hi => {
                Err(CriteriaError::Invalid("age: min above max".into()))
            }
            Self::Age(_) | Self::Sex(_) => Ok(()),
        }
    }

    /// Whether the patient whose records these are (Bundles allowed) meets the criteria at `as_of`.
    pub fn matches(&self, records: &[Resource], as_of: Date) -> bool {
        let flat: Vec<&Resource> = records.iter().flat_map(Resource::flatten).collect();
        self.eval(&flat, as_of)
    }

    fn eval(&self, rs: &[&Resource], as_of: Date) -> bool {
        use crate::model::{MedicationRequestStatus as Mr, MedicationStatementStatus as Ms};
        let any = |f: &dyn Fn(&Resource) -> bool| rs.iter().any(|r| f(r));
        match self {
            Self::All(cs) => cs.iter().all(|c| c.eval(rs, as_of)),
            Self::Any(cs) => cs.iter().any(|c| c.eval(rs, as_of)),
            Self::Not(c) => !c.eval(rs, as_of),
            Self::Condition(code) => any(&|r| match r {
                Resource::Condition(c) => {
                    let refuted = c.verification_status.as_ref().is_some_and(|v| {
                        v.coding.iter().any(|c| {
                            matches!(c.code.as_deref(), Some("refuted" | "entered-in-error"))
                        })
                    });
                    !refuted && c.code.as_ref().is_some_and(|cc| code.matches(cc))
                }
                _ => false,
            }),
            Self::Observation(o) => {
                let code = Code { system: o.system.clone(), code: o.code.clone(), prefix: false };
                any(&|r| match r {
                    Resource::Observation(obs) if code.matches(&obs.code) => {
                        if o.min.is_none() && o.max.is_none() {
                            return true;
                        }
                        let Some(q) = &obs.value_quantity else {
                            return false;
                        };
                        let unit_ok =
                            o.unit.as_deref().is_none_or(|u| q.code.as_deref() == Some(u));
                        q.value.is_some_and(|v| {
                            unit_ok
                                && o.min.is_none_or(|lo| v >= lo)
                                && o.max.is_none_or(|hi| v <= hi)
                        })
                    }
                    _ => false,
                })
            }
            Self::Medication(code) => any(&|r| match r {
                Resource::MedicationStatement(m) => {
                    !matches!(m.status, Ms::EnteredInError | Ms::NotTaken)
                        && m.medication_codeable_concept.as_ref().is_some_and(|cc| code.matches(cc))
                }
                Resource::MedicationRequest(m) => {
                    !matches!(m.status, Mr::EnteredInError | Mr::Cancelled | Mr::Draft)
                        && m.medication_codeable_concept.as_ref().is_some_and(|cc| code.matches(cc))
                }
                _ => false,
            }),
            Self::Procedure(code) => any(&|r| match r {
                Resource::Procedure(p) => {
                    p.status == crate::model::ProcedureStatus::Completed
                        && p.code.as_ref().is_some_and(|cc| code.matches(cc))
                }
                _ => false,
            }),
            Self::Allergy(code) => any(&|r| match r {
                Resource::AllergyIntolerance(a) => {
                    a.code.as_ref().is_some_and(|cc| code.matches(cc))
                }
                _ => false,
            }),
            Self::Immunization(code) => any(&|r| match r {
                Resource::Immunization(i) => {
                    i.status == crate::model::ImmunizationStatus::Completed
                        && code.matches(&i.vaccine_code)
                }
                _ => false,
            }),
            Self::Age(range) => patient(rs).and_then(|p| p.birth_date.as_ref()).is_some_and(|b| {
                // A year-only birth date leaves the age uncertain by one; only a certain age matches.
                let parts = b.parts();
                let oldest = max_age(parts, as_of);
                let youngest = if parts.date().is_some() { oldest } else { oldest - 1 };
                range.min.is_none_or(|lo| youngest >= i32::from(lo))
                    && range.max.is_none_or(|hi| oldest <= i32::from(hi))
            }),
            Self::Sex(g) => patient(rs).is_some_and(|p| p.gender == Some(*g)),
        }
    }
}

fn patient<'a>(rs: &[&'a Resource]) -> Option<&'a crate::model::Patient> {
    rs.iter().find_map(|r| match r {
        Resource::Patient(p) => Some(p),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_json;
    use time::macros::date;

    const EXAMPLE: &str = r#"{"all":[{"condition":{"system":"http://snomed.info/sct","code":"44054006"}},{"age":{"min":40,"max":65}},{"sex":"female"}]}"#;

    fn records(birth: &str, gender: &str, snomed: &str) -> Vec<Resource> {
        vec![
            parse_json(&format!(
                r#"{{"resourceType":"Patient","gender":"{gender}","birthDate":"{birth}"}}"#
            ))
            .unwrap(),
            parse_json(&format!(
                r#"{{"resourceType":"Condition","subject":{{"reference":"Patient/1"}},
                "code":{{"coding":[{{"system":"http://snomed.info/sct","code":"{snomed}"}}]}}}}"#
            ))
            .unwrap(),
        ]
    }

    #[test]
    fn the_documented_example_round_trips_canonically() {
        let c = Criteria::from_json(EXAMPLE).unwrap();
        assert_eq!(String::from_utf8(c.canonical_json()).unwrap(), EXAMPLE);
    }

    #[test]
    fn example_matches_a_diabetic_woman_of_52_only() {
        let c = Criteria::from_json(EXAMPLE).unwrap();
        let today = date!(2024 - 06 - 01);
        assert!(c.matches(&records("1972-03-10", "female", "44054006"), today));
        assert!(!c.matches(&records("1972-03-10", "male", "44054006"), today));
        assert!(!c.matches(&records("1972-03-10", "female", "38341003"), today));
        assert!(!c.matches(&records("1950-03-10", "female", "44054006"), today));
        // 65 until the birthday, 66 after it.
        assert!(c.matches(&records("1958-06-02", "female", "44054006"), today));
        assert!(!c.matches(&records("1958-06-01", "female", "44054006"), today));
    }

    #[test]
    fn prefix_not_and_any_compose() {
        let c = Criteria::from_json(
            r#"{"any":[{"condition":{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"E11","prefix":true}},
                       {"not":{"sex":"male"}}]}"#,
        )
        .unwrap();
        let icd = vec![
            parse_json(r#"{"resourceType":"Patient","gender":"male"}"#).unwrap(),
            parse_json(r#"{"resourceType":"Condition","subject":{},"code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"E11.9"}]}}"#).unwrap(),
        ];
        assert!(c.matches(&icd, date!(2024 - 01 - 01)));
        assert!(!c.matches(&icd[..1], date!(2024 - 01 - 01)));
    }

    #[test]
    fn malformed_documents_are_refused() {
        for (doc, want) in [
            (
                r#"{"condition":{"system":"http://snomed.info/sct","code":"1","typo":true}}"#,
                "unknown field `typo`",
            ),
            (r#"{"condition":{"system":"http://example.org","code":"1"}}"#, "unknown code system"),
            (r#"{"age":{"min":70,"max":40}}"#, "age: min above max"),
            (r#"{"all":[]}"#, "need at least one"),
            (r#"{"sex":"woman"}"#, "unknown variant `woman`"),
        ] {
            let e = Criteria::from_json(doc).unwrap_err().to_string();
            assert!(e.contains(want), "{doc}: {e}");
        }
        let deep = format!("{}{{\"sex\":\"male\"}}{}", "{\"not\":".repeat(20), "}".repeat(20));
        assert!(Criteria::from_json(&deep).unwrap_err().to_string().contains("nested deeper"));
    }
}
