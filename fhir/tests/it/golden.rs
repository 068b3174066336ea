//! Realistic records → checked-in research views. Set `UPDATE_GOLDEN=1` to rewrite the
//! expected files after an intended change, then review the diff.

use medvault_fhir::{Resource, deidentify, parse_value};
use serde_json::{Value, json};

use crate::{fixture, fixture_path, opts};

fn golden(name: &str) -> Value {
    let input = fixture(&format!("{name}.json"));
    let view = deidentify(&[input], &opts()).expect("de-identifies");
    let actual = json!({ "view": view.to_json(), "dropped": view.dropped });

    let expected_path = fixture_path(&format!("{name}.research.json"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let text = serde_json::to_string_pretty(&actual).unwrap() + "\n";
        std::fs::write(&expected_path, text).unwrap();
    }
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(&expected_path).expect("expected view exists"),
    )
    .expect("expected view is JSON");
    assert_eq!(actual, expected, "{name}: research view differs from {}", expected_path.display());

    // The view is FHIR our own validator accepts, and de-identifying it again changes nothing.
    let reparsed = parse_value(actual["view"].clone()).expect("research view is valid FHIR");
    let again = deidentify(std::slice::from_ref(&reparsed), &opts()).unwrap();
    assert!(
        Resource::Bundle(again.bundle) == reparsed,
        "{name}: de-identifying the view changed it"
    );
    actual
}

#[test]
fn synthea_diabetic_bundle() {
    let out = golden("synthea_diabetic");
    let view = &out["view"];
    let entries = view["entry"].as_array().unwrap();
    let patient = &entries[0]["resource"];
    assert_eq!(patient["birthDate"], "1971");
    assert_eq!(patient["address"], json!([{"state": "MA", "postalCode": "011", "country": "US"}]));
    assert!(
        patient.get("name").is_none()
            && patient.get("telecom").is_none()
            && patient.get("identifier").is_none()
    );
    // The HbA1c report still points at its observation, under the new id.
    let report = entries
        .iter()
        .map(|e| &e["resource"])
        .find(|r| r["resourceType"] == "DiagnosticReport")
        .unwrap();
    let hba1c_id = entries[2]["resource"]["id"].as_str().unwrap();
    assert_eq!(report["result"], json!([{"reference": format!("Observation/{hba1c_id}")}]));
    // The childhood Hep B shot had only a free-text date: left out, and said so.
    assert_eq!(
        out["dropped"],
        json!([{"index": 12, "resourceType": "Immunization", "reason": "occurrence given only as free text"}])
    );
}

#[test]
fn nonagenarian_in_a_restricted_zip3() {
    let out = golden("nonagenarian_rural");
    let entries = out["view"]["entry"].as_array().unwrap();
    let patient = &entries[0]["resource"];
    assert!(patient.get("birthDate").is_none(), "birth year would reveal an age over 89");
    assert_eq!(patient["extension"][0]["valueString"], "90+");
    assert_eq!(patient["deceasedBoolean"], true);
    // Walpole, NH is in ZIP3 036, one of the restricted prefixes; the old Concord address is gone.
    assert_eq!(patient["address"], json!([{"state": "NH", "postalCode": "000", "country": "US"}]));
    assert_eq!(entries[1]["resource"]["valueQuantity"]["comparator"], ">=");
    assert_eq!(entries[1]["resource"]["valueQuantity"]["value"], 90.0);
    assert_eq!(entries[2]["resource"]["onsetAge"]["value"], 90.0);
    let reasons: Vec<&str> =
        out["dropped"].as_array().unwrap().iter().map(|d| d["reason"].as_str().unwrap()).collect();
    assert_eq!(
        reasons,
        ["no code from a standard terminology", "no code from a standard terminology"]
    );
}
