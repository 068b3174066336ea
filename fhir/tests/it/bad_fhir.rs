//! Bad FHIR is refused with a message naming the field.

use medvault_fhir::{FhirError, parse_json, parse_value};
use serde_json::Value;

use crate::fixture_path;

#[test]
fn each_refusal_names_the_field() {
    let cases = [
        (
            r#"{"resourceType":"Observation","code":{"text":"HbA1c"}}"#,
            "Observation.status: missing required field",
        ),
        (
            r#"{"resourceType":"Patient","birthDate":"1980-13-45"}"#,
            r#"Patient.birthDate: "1980-13-45" is not a valid FHIR date"#,
        ),
        (
            r#"{"resourceType":"Observation","status":"final","code":{},"effectiveDateTime":"2020-01-01T10:00:00"}"#,
            r#"Observation.effectiveDateTime: "2020-01-01T10:00:00" is not a valid FHIR dateTime"#,
        ),
        (
            r#"{"resourceType":"MedicationRequest","status":"active","intent":"order","subject":{}}"#,
            "MedicationRequest.medication[x]: missing required field (one of medicationCodeableConcept, medicationReference)",
        ),
        (
            r#"{"resourceType":"Immunization","status":"completed","patient":{},"occurrenceDateTime":"2020"}"#,
            "Immunization.vaccineCode: missing required field",
        ),
        (
            r#"{"resourceType":"AllergyIntolerance","patient":{},"reaction":[{"manifestation":[]}]}"#,
            "AllergyIntolerance.reaction[0].manifestation: at least one is required",
        ),
        (
            r#"{"resourceType":"Patient","gender":"F"}"#,
            "Patient.gender: unknown variant `F`, expected one of `male`, `female`, `other`, `unknown`",
        ),
        (
            r#"{"resourceType":"Patient","name":{"family":"Doe"}}"#,
            "Patient.name: invalid type: map, expected a sequence",
        ),
    ];
    for (json, want) in cases {
        let got = parse_json(json).expect_err(json).to_string();
        assert_eq!(got, want, "input: {json}");
    }
}

#[test]
fn a_broken_entry_in_a_synthea_bundle_is_located() {
    let mut bundle: Value = serde_json::from_str(
        &std::fs::read_to_string(fixture_path("synthea_diabetic.json")).unwrap(),
    )
    .unwrap();
    bundle["entry"][2]["resource"].as_object_mut().unwrap().remove("status");
    let err = parse_value(bundle).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Bundle.entry[2].resource: Observation.status: missing required field"
    );
    assert!(matches!(err, FhirError::InEntry { index: 2, .. }));
}
