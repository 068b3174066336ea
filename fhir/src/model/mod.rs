//! FHIR R4 JSON in: the resource types medvault handles, parsed and validated.
//!
//! [`parse_json`] is the one way in. It reads `resourceType`, deserialises into the matching
//! type while tracking the JSON path, then checks what serde cannot express (choice elements,
//! ids). Every refusal names the FHIR path of the offending element. A resource of any other R4
//! type is accepted as [`Resource::Other`], checked for the shape every resource has and kept whole.

pub mod consent;
pub mod datatypes;
pub mod primitives;
pub mod r4;
pub mod resources;

use serde::{Deserialize, Deserializer, Serialize, de::DeserializeOwned};
use serde_json::Value;

pub use consent::*;
pub use datatypes::*;
pub use primitives::{FhirDate, FhirDateTime, PartialDate};
pub use r4::{R4_RESOURCE_TYPES, is_r4_resource_type};
pub use resources::*;

use crate::error::{FhirError, Result};

/// The resource types [`parse_json`] models (every other R4 type is [`Resource::Other`]).
pub const SUPPORTED_TYPES: &[&str] = &[
    "Patient",
    "Observation",
    "Condition",
    "MedicationStatement",
    "MedicationRequest",
    "Procedure",
    "AllergyIntolerance",
    "Immunization",
    "DiagnosticReport",
    "Encounter",
    "Bundle",
    "Consent",
    "AuditEvent",
];

/// One FHIR R4 resource: a modelled type, or [`Resource::Other`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "resourceType")]
#[allow(clippy::large_enum_variant)] // resources are parsed once and moved, never copied in bulk
pub enum Resource {
    /// Demographics.
    Patient(Patient),
    /// Measurements and assertions.
    Observation(Observation),
    /// Problems and diagnoses.
    Condition(Condition),
    /// Medications as reported.
    MedicationStatement(MedicationStatement),
    /// Medication orders.
    MedicationRequest(MedicationRequest),
    /// Procedures.
    Procedure(Procedure),
    /// Allergies and intolerances.
    AllergyIntolerance(AllergyIntolerance),
    /// Vaccinations.
    Immunization(Immunization),
    /// Diagnostic reports.
    DiagnosticReport(DiagnosticReport),
    /// Visits and stays.
    Encounter(Encounter),
    /// A collection of resources.
    Bundle(Bundle),
    /// A patient's consent (her grants, exported).
    Consent(Consent),
    /// A security-relevant event (her access log, exported).
    AuditEvent(AuditEvent),
    /// Any other R4 resource type, kept whole and unread (serialises as it came).
    #[serde(untagged)]
    Other(OtherResource),
}

impl Resource {
    /// The FHIR `resourceType`.
    pub fn resource_type(&self) -> &'static str {
        match self {
            Self::Patient(_) => "Patient",
            Self::Observation(_) => "Observation",
            Self::Condition(_) => "Condition",
            Self::MedicationStatement(_) => "MedicationStatement",
            Self::MedicationRequest(_) => "MedicationRequest",
            Self::Procedure(_) => "Procedure",
            Self::AllergyIntolerance(_) => "AllergyIntolerance",
            Self::Immunization(_) => "Immunization",
            Self::DiagnosticReport(_) => "DiagnosticReport",
            Self::Encounter(_) => "Encounter",
            Self::Bundle(_) => "Bundle",
            Self::Consent(_) => "Consent",
            Self::AuditEvent(_) => "AuditEvent",
            Self::Other(r) => r.resource_type(),
        }
    }

    /// The logical id, if any.
    pub fn id(&self) -> Option<&str> {
        match self {
            Self::Patient(r) => r.id.as_deref(),
            Self::Observation(r) => r.id.as_deref(),
            Self::Condition(r) => r.id.as_deref(),
            Self::MedicationStatement(r) => r.id.as_deref(),
            Self::MedicationRequest(r) => r.id.as_deref(),
            Self::Procedure(r) => r.id.as_deref(),
            Self::AllergyIntolerance(r) => r.id.as_deref(),
            Self::Immunization(r) => r.id.as_deref(),
            Self::DiagnosticReport(r) => r.id.as_deref(),
            Self::Encounter(r) => r.id.as_deref(),
            Self::Bundle(r) => r.id.as_deref(),
            Self::Consent(r) => r.id.as_deref(),
            Self::AuditEvent(r) => r.id.as_deref(),
            Self::Other(r) => r.id(),
        }
    }

    /// Every non-Bundle resource, looking inside Bundles (recursively), in document order.
    pub fn flatten(&self) -> Vec<&Resource> {
        let mut out = Vec::new();
        self.flatten_into(&mut out);
        out
    }

    fn flatten_into<'a>(&'a self, out: &mut Vec<&'a Resource>) {
        match self {
            Self::Bundle(b) => {
                b.entry.iter().filter_map(|e| e.resource.as_ref()).for_each(|r| r.flatten_into(out))
            }
            other => out.push(other),
        }
    }

    /// Serialises to FHIR JSON.
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).expect("resources serialise to JSON")
    }
}

impl<'de> Deserialize<'de> for Resource {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        parse_value(Value::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

/// Parses and validates one FHIR R4 JSON resource (a Bundle included).
pub fn parse_json(json: &str) -> Result<Resource> {
    parse_value(serde_json::from_str(json).map_err(FhirError::Json)?)
}

/// Parses and validates one FHIR R4 resource already read as JSON.
pub fn parse_value(value: Value) -> Result<Resource> {
    let resource_type = match value.get("resourceType") {
        Some(Value::String(t)) => t.clone(),
        Some(_) => return Err(FhirError::ResourceType("must be a string".into())),
        None if value.is_object() => {
            return Err(FhirError::ResourceType("missing required field".into()));
        }
        None => {
            return Err(FhirError::ResourceType("a resource must be a JSON object".into()));
        }
    };
    let rt = resource_type.as_str();
    let resource = match rt {
        "Patient" => Resource::Patient(typed(rt, value)?),
        "Observation" => Resource::Observation(typed(rt, value)?),
        "Condition" => Resource::Condition(typed(rt, value)?),
        "MedicationStatement" => Resource::MedicationStatement(typed(rt, value)?),
        "MedicationRequest" => Resource::MedicationRequest(typed(rt, value)?),
        "Procedure" => Resource::Procedure(typed(rt, value)?),
        "AllergyIntolerance" => Resource::AllergyIntolerance(typed(rt, value)?),
        "Immunization" => Resource::Immunization(typed(rt, value)?),
        "DiagnosticReport" => Resource::DiagnosticReport(typed(rt, value)?),
        "Encounter" => Resource::Encounter(typed(rt, value)?),
        "Bundle" => Resource::Bundle(bundle(value)?),
        "Consent" => Resource::Consent(typed(rt, value)?),
        "AuditEvent" => Resource::AuditEvent(typed(rt, value)?),
        _ => match R4_RESOURCE_TYPES.binary_search(&rt) {
            Ok(i) => Resource::Other(other(R4_RESOURCE_TYPES[i], value)?),
            Err(_) => return Err(FhirError::Unsupported(resource_type)),
        },
    };
    validate(&resource)?;
    Ok(resource)
}

/// Deserialises with path tracking and turns serde's wording into FHIR paths.
fn typed<T: DeserializeOwned>(resource_type: &str, value: Value) -> Result<T> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let mut path = resource_type.to_owned();
        for segment in e.path().iter() {
            use serde_path_to_error::Segment;
            match segment {
                Segment::Seq { index } => path.push_str(&format!("[{index}]")),
                Segment::Map { key } => {
                    path.push('.');
                    path.push_str(key);
                }
                Segment::Enum { variant } => {
                    path.push('.');
                    path.push_str(variant);
                }
                Segment::Unknown => path.push_str(".?"),
            }
        }
        let message = e.inner().to_string();
        // serde reports a missing field at its parent; FHIR users expect the field's own path.
        if let Some(field) =
            message.strip_prefix("missing field `").and_then(|m| m.strip_suffix('`'))
        {
            return FhirError::invalid(format!("{path}.{field}"), "missing required field");
        }
        FhirError::invalid(path, message)
    })
}

/// Whether `name` may name a JSON element of a FHIR resource: a letter then letters, digits or
/// `_` (a primitive's extension sibling is `_` + the name).
fn is_element_name(name: &str) -> bool {
    let name = name.strip_prefix('_').unwrap_or(name);
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// A resource of an R4 type medvault does not model: its shape is checked, its content kept.
fn other(resource_type: &'static str, value: Value) -> Result<OtherResource> {
    let Value::Object(json) = value else { unreachable!("resourceType was read from an object") };
    for (name, element) in &json {
        if !is_element_name(name) {
            return Err(FhirError::invalid(
                format!("{resource_type}.{name}"),
                "is not a FHIR element name",
            ));
        }
        if element.is_null() {
            return Err(FhirError::invalid(
                format!("{resource_type}.{name}"),
                "null is not a FHIR value (leave the element out)",
            ));
        }
    }
    if let Some(id) = json.get("id") {
        let Some(id) = id.as_str() else {
            return Err(FhirError::invalid(format!("{resource_type}.id"), "must be a string"));
        };
        check_id(resource_type, Some(id))?;
    }
    if let Some(meta) = json.get("meta")
        && !meta.is_object()
    {
        return Err(FhirError::invalid(format!("{resource_type}.meta"), "must be an object"));
    }
    match json.get("contained") {
        None => {}
        Some(Value::Array(contained)) => {
            for (i, c) in contained.iter().enumerate() {
                let path = format!("{resource_type}.contained[{i}]");
                let inner = parse_value(c.clone())
                    .map_err(|e| FhirError::invalid(path.clone(), e.to_string()))?;
                if matches!(inner, Resource::Bundle(_)) {
                    return Err(FhirError::invalid(path, "a Bundle cannot be contained"));
                }
            }
        }
        Some(_) => {
            return Err(FhirError::invalid(
                format!("{resource_type}.contained"),
                "must be an array of resources",
            ));
        }
    }
    Ok(OtherResource::new(resource_type, json))
}

/// A Bundle whose entries are parsed one by one, so an error names the entry.
fn bundle(value: Value) -> Result<Bundle> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct RawEntry {
        #[serde(default)]
        full_url: Option<String>,
        #[serde(default)]
        resource: Option<Value>,
    }
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct RawBundle {
        #[serde(default)]
        id: Option<String>,
        #[serde(default)]
        meta: Option<Meta>,
        #[serde(default)]
        identifier: Option<Identifier>,
        #[serde(rename = "type")]
        type_: BundleType,
        #[serde(default)]
        timestamp: Option<FhirDateTime>,
        #[serde(default)]
        entry: Vec<RawEntry>,
    }
    let raw: RawBundle = typed("Bundle", value)?;
    let entry = raw
        .entry
        .into_iter()
        .enumerate()
        .map(|(index, e)| {
            let resource = e
                .resource
                .map(parse_value)
                .transpose()
                .map_err(|source| FhirError::InEntry { index, source: Box::new(source) })?;
            Ok(BundleEntry { full_url: e.full_url, resource })
        })
        .collect::<Result<_>>()?;
    Ok(Bundle {
        id: raw.id,
        meta: raw.meta,
        identifier: raw.identifier,
        type_: raw.type_,
        timestamp: raw.timestamp,
        entry,
    })
}

/// At most one (or, when `required`, exactly one) of a choice element's forms may be present.
fn choice(
    resource_type: &str,
    element: &str,
    present: &[(&str, bool)],
    required: bool,
) -> Result<()> {
    let set: Vec<&str> = present.iter().filter(|(_, p)| *p).map(|(n, _)| *n).collect();
    match set.len() {
        0 if required => Err(FhirError::invalid(
            format!("{resource_type}.{element}[x]"),
            format!(
                "missing required field (one of {})",
                present.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
            ),
        )),
        0 | 1 => Ok(()),
        _ => Err(FhirError::invalid(
            format!("{resource_type}.{element}[x]"),
            format!("only one form may be present, found {}", set.join(" and ")),
        )),
    }
}

fn check_id(resource_type: &str, id: Option<&str>) -> Result<()> {
    let Some(id) = id else { return Ok(()) };
    let ok = !id.is_empty()
        && id.len() <= 64
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
    if ok {
        Ok(())
    } else {
        Err(FhirError::invalid(
            format!("{resource_type}.id"),
            format!("{id:?} is not a valid FHIR id (1-64 of A-Z a-z 0-9 - .)"),
        ))
    }
}

/// The checks serde's shape cannot express. Bundles' entries were validated as they were parsed.
fn validate(resource: &Resource) -> Result<()> {
    let rt = resource.resource_type();
    check_id(rt, resource.id())?;
    match resource {
        Resource::Patient(p) => {
            choice(
                rt,
                "deceased",
                &[
                    ("deceasedBoolean", p.deceased_boolean.is_some()),
                    ("deceasedDateTime", p.deceased_date_time.is_some()),
                ],
                false,
            )?;
            choice(
                rt,
                "multipleBirth",
                &[
                    ("multipleBirthBoolean", p.multiple_birth_boolean.is_some()),
                    ("multipleBirthInteger", p.multiple_birth_integer.is_some()),
                ],
                false,
            )
        }
        Resource::Observation(o) => {
            choice(
                rt,
                "effective",
                &[
                    ("effectiveDateTime", o.effective_date_time.is_some()),
                    ("effectivePeriod", o.effective_period.is_some()),
                ],
                false,
            )?;
            choice(
                rt,
                "value",
                &[
                    ("valueQuantity", o.value_quantity.is_some()),
                    ("valueCodeableConcept", o.value_codeable_concept.is_some()),
                    ("valueString", o.value_string.is_some()),
                    ("valueBoolean", o.value_boolean.is_some()),
                    ("valueInteger", o.value_integer.is_some()),
                    ("valueDateTime", o.value_date_time.is_some()),
                ],
                false,
            )?;
            for (i, c) in o.component.iter().enumerate() {
                choice(
                    &format!("{rt}.component[{i}]"),
                    "value",
                    &[
                        ("valueQuantity", c.value_quantity.is_some()),
                        ("valueCodeableConcept", c.value_codeable_concept.is_some()),
                        ("valueString", c.value_string.is_some()),
                    ],
                    false,
                )?;
            }
            Ok(())
        }
        Resource::Condition(c) => {
            choice(
                rt,
                "onset",
                &[
                    ("onsetDateTime", c.onset_date_time.is_some()),
                    ("onsetAge", c.onset_age.is_some()),
                    ("onsetPeriod", c.onset_period.is_some()),
                    ("onsetString", c.onset_string.is_some()),
                ],
                false,
            )?;
            choice(
                rt,
                "abatement",
                &[
                    ("abatementDateTime", c.abatement_date_time.is_some()),
                    ("abatementAge", c.abatement_age.is_some()),
                    ("abatementPeriod", c.abatement_period.is_some()),
                    ("abatementString", c.abatement_string.is_some()),
                ],
                false,
            )
        }
        Resource::MedicationStatement(m) => {
            choice(
                rt,
                "medication",
                &[
                    ("medicationCodeableConcept", m.medication_codeable_concept.is_some()),
                    ("medicationReference", m.medication_reference.is_some()),
                ],
                true,
            )?;
            choice(
                rt,
                "effective",
                &[
                    ("effectiveDateTime", m.effective_date_time.is_some()),
                    ("effectivePeriod", m.effective_period.is_some()),
                ],
                false,
            )
        }
        Resource::MedicationRequest(m) => choice(
            rt,
            "medication",
            &[
                ("medicationCodeableConcept", m.medication_codeable_concept.is_some()),
                ("medicationReference", m.medication_reference.is_some()),
            ],
            true,
        ),
        Resource::Procedure(p) => choice(
            rt,
            "performed",
            &[
                ("performedDateTime", p.performed_date_time.is_some()),
                ("performedPeriod", p.performed_period.is_some()),
                ("performedString", p.performed_string.is_some()),
            ],
            false,
        ),
        Resource::AllergyIntolerance(a) => {
            for (i, r) in a.reaction.iter().enumerate() {
                if r.manifestation.is_empty() {
                    return Err(FhirError::invalid(
                        format!("{rt}.reaction[{i}].manifestation"),
                        "at least one is required",
                    ));
                }
            }
            Ok(())
        }
        Resource::Immunization(i) => choice(
            rt,
            "occurrence",
            &[
                ("occurrenceDateTime", i.occurrence_date_time.is_some()),
                ("occurrenceString", i.occurrence_string.is_some()),
            ],
            true,
        ),
        Resource::DiagnosticReport(d) => choice(
            rt,
            "effective",
            &[
                ("effectiveDateTime", d.effective_date_time.is_some()),
                ("effectivePeriod", d.effective_period.is_some()),
            ],
            false,
        ),
        Resource::Encounter(e) => {
            for (i, p) in e.participant.iter().enumerate() {
                if p.individual.is_none() && p.type_.is_empty() && p.period.is_none() {
                    return Err(FhirError::invalid(
                        format!("{rt}.participant[{i}]"),
                        "an empty participant (no individual, type or period)",
                    ));
                }
            }
            Ok(())
        }
        Resource::Consent(c) => consent::validate_consent(c),
        Resource::AuditEvent(a) => consent::validate_audit_event(a),
        Resource::Bundle(_) | Resource::Other(_) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(json: &str) -> String {
        parse_json(json).expect_err("should be refused").to_string()
    }

    #[test]
    fn missing_required_field_is_named() {
        let e = err(r#"{"resourceType":"Observation","code":{"text":"x"}}"#);
        assert_eq!(e, "Observation.status: missing required field");
    }

    #[test]
    fn impossible_birth_date_is_named_with_its_value() {
        let e = err(r#"{"resourceType":"Patient","birthDate":"1980-13-45"}"#);
        assert_eq!(e, r#"Patient.birthDate: "1980-13-45" is not a valid FHIR date"#);
    }

    #[test]
    fn nested_paths_include_indices() {
        let e = err(
            r#"{"resourceType":"Observation","status":"final","code":{"coding":[{"system":1}]}}"#,
        );
        assert!(
            e.starts_with("Observation.code.coding[0].system: invalid type: integer `1`"),
            "{e}"
        );
    }

    #[test]
    fn bundle_errors_name_the_entry() {
        let e = parse_json(
            r#"{"resourceType":"Bundle","type":"collection","entry":[
                {"resource":{"resourceType":"Patient"}},
                {"resource":{"resourceType":"Condition","code":{"text":"x"}}}]}"#,
        )
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            "Bundle.entry[1].resource: Condition.subject: missing required field"
        );
        assert_eq!(e.path(), Some("Condition.subject"));
    }

    #[test]
    fn two_forms_of_a_choice_are_refused() {
        let e = err(
            r#"{"resourceType":"Observation","status":"final","code":{},"valueString":"a","valueBoolean":true}"#,
        );
        assert_eq!(
            e,
            "Observation.value[x]: only one form may be present, found valueString and valueBoolean"
        );
    }

    #[test]
    fn unknown_status_code_lists_the_allowed_ones() {
        let e = err(r#"{"resourceType":"Observation","status":"done","code":{}}"#);
        assert!(
            e.starts_with(
                "Observation.status: unknown variant `done`, expected one of `registered`"
            ),
            "{e}"
        );
    }

    #[test]
    fn unsupported_and_missing_resource_types_are_refused() {
        assert!(
            err(r#"{"resourceType":"Encounters"}"#)
                .starts_with(r#"resourceType: "Encounters" is not supported"#)
        );
        assert_eq!(err(r#"{"id":"x"}"#), "resourceType: missing required field");
        assert!(err("[1,2").starts_with("not valid JSON"));
    }

    /// A type medvault does not model is kept whole: serialising it gives back what came in.
    #[test]
    fn other_r4_types_are_kept_as_they_came() {
        let json = r#"{"resourceType":"Goal","id":"g1","lifecycleStatus":"active",
            "description":{"text":"walk 5 km"},"subject":{"reference":"Patient/1"},
            "_lifecycleStatus":{"extension":[{"url":"http://x.org/e","valueString":"v"}]},
            "contained":[{"resourceType":"Practitioner","id":"p"}]}"#;
        let goal = parse_json(json).unwrap();
        assert_eq!(goal.resource_type(), "Goal");
        assert_eq!(goal.id(), Some("g1"));
        assert_eq!(goal.to_json(), serde_json::from_str::<Value>(json).unwrap());
        // Through a Bundle too, beside a modelled type.
        let bundle = format!(
            r#"{{"resourceType":"Bundle","type":"collection","entry":[{{"resource":{json}}},
            {{"resource":{{"resourceType":"Encounter","status":"finished",
            "class":{{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB"}}}}}}]}}"#
        );
        let parsed = parse_json(&bundle).unwrap();
        let types: Vec<_> = parsed.flatten().iter().map(|r| r.resource_type()).collect();
        assert_eq!(types, ["Goal", "Encounter"]);
        assert_eq!(parse_value(parsed.to_json()).unwrap(), parsed);
    }

    #[test]
    fn other_r4_types_are_checked_for_the_shape_of_a_resource() {
        assert_eq!(
            err(r#"{"resourceType":"Goal","id":"a b"}"#),
            r#"Goal.id: "a b" is not a valid FHIR id (1-64 of A-Z a-z 0-9 - .)"#
        );
        assert_eq!(err(r#"{"resourceType":"Goal","id":7}"#), "Goal.id: must be a string");
        assert_eq!(
            err(r#"{"resourceType":"Goal","life cycle":"x"}"#),
            "Goal.life cycle: is not a FHIR element name"
        );
        assert_eq!(
            err(r#"{"resourceType":"Goal","note":null}"#),
            "Goal.note: null is not a FHIR value (leave the element out)"
        );
        assert!(
            err(r#"{"resourceType":"Goal","contained":[{"resourceType":"Nope"}]}"#)
                .starts_with("Goal.contained[0]: resourceType: \"Nope\" is not supported"),
        );
        assert_eq!(
            err(r#"{"resourceType":"Encounter","class":{"code":"AMB"}}"#),
            "Encounter.status: missing required field"
        );
    }

    #[test]
    fn bad_ids_are_refused() {
        assert_eq!(
            err(r#"{"resourceType":"Patient","id":"a b"}"#),
            r#"Patient.id: "a b" is not a valid FHIR id (1-64 of A-Z a-z 0-9 - .)"#
        );
    }
}
