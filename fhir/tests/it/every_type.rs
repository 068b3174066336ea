//! Property: whatever resource types a bundle holds, nothing identifying reaches the research
//! view. Bundles mix the modelled types (an Encounter among them) with resources of any other R4
//! type, and plant the identifiers Safe Harbor lists in every string-bearing field: names,
//! telecom, addresses, identifiers, free text, device identifiers, URLs, photos, practitioner and
//! organisation names, contained resources, extensions. Resources of types the view does not
//! model must be dropped and reported, each one.

use medvault_fhir::{
    deid::NOT_IN_VIEW,
    deidentify,
    model::{R4_RESOURCE_TYPES, SUPPORTED_TYPES},
    parse_value,
};
use proptest::prelude::*;
use serde_json::{Value, json};

use crate::{
    no_identifier_survives::{Planted, planted},
    opts,
};

/// R4 types medvault does not model (and so keeps whole in records, never in research views).
fn other_types() -> Vec<&'static str> {
    R4_RESOURCE_TYPES.iter().copied().filter(|t| !SUPPORTED_TYPES.contains(t)).collect()
}

/// Every field an EHR puts identifiers in, on a resource of any type; `fields` picks which.
fn other_resource(resource_type: &str, p: &Planted, fields: u16) -> Value {
    let gossip = format!("{} {} called from {} about {}", p.given, p.family, p.phone, p.email);
    let all = [
        (
            "identifier",
            json!([{"system": "http://hospital.example.org/id", "value": p.mrn},
                              {"system": "http://hl7.org/fhir/sid/us-ssn", "value": p.ssn}]),
        ),
        ("name", json!([{"family": p.family, "given": [p.given]}])),
        (
            "telecom",
            json!([{"system": "phone", "value": p.phone}, {"system": "email", "value": p.email},
                           {"system": "fax", "value": p.fax}, {"system": "url", "value": p.url}]),
        ),
        (
            "address",
            json!([{"line": [p.street], "city": p.city, "postalCode": p.zip, "state": "MA"}]),
        ),
        ("text", json!({"status": "generated", "div": format!("<div>{gossip}</div>")})),
        ("note", json!([{"text": gossip, "authorString": p.family}])),
        ("description", json!(gossip)),
        ("photo", json!([{"url": p.url, "title": p.given}])),
        ("device", json!({"display": p.device, "identifier": {"value": p.device}})),
        ("serialNumber", json!(p.device)),
        ("lotNumber", json!(p.lot)),
        ("extension", json!([{"url": p.url, "valueString": p.licence}])),
        ("subject", json!({"reference": format!("urn:uuid:{}", p.record_id), "display": p.given})),
        (
            "contained",
            json!([{"resourceType": "Practitioner", "id": "pr",
                              "name": [{"family": p.family}], "identifier": [{"value": p.licence}]}]),
        ),
        ("performer", json!([{"display": format!("Dr. {} at {}", p.family, p.city)}])),
        ("date", json!(format!("{:04}-{:02}-{:02}", p.event.0, p.event.1, p.event.2))),
    ];
    let mut r = json!({"resourceType": resource_type, "id": "x1"});
    for (i, (k, v)) in all.into_iter().enumerate() {
        if fields & (1 << i) != 0 {
            r[k] = v;
        }
    }
    r
}

/// An Encounter with identifiers in every field medvault models and some it does not.
fn encounter(p: &Planted) -> Value {
    json!({"resourceType": "Encounter", "id": "enc", "status": "finished",
        "identifier": [{"value": p.mrn}],
        "text": {"status": "generated", "div": format!("<div>{} {}</div>", p.given, p.family)},
        "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "IMP", "display": "inpatient encounter"},
        "type": [{"coding": [{"system": "http://hospital.example.org/visit-type", "code": p.plan}], "text": p.family}],
        "subject": {"reference": format!("urn:uuid:{}", p.record_id), "display": p.given},
        "participant": [{"individual": {"reference": "Practitioner/pr", "display": format!("Dr. {}", p.family)}}],
        "period": {"start": format!("{:04}-{:02}-{:02}T08:00:00Z", p.event.0, p.event.1, p.event.2)},
        "reasonCode": [{"coding": [{"system": "http://snomed.info/sct", "code": "44054006", "display": "Diabetes mellitus type 2"}], "text": p.city}],
        "hospitalization": {"preAdmissionIdentifier": {"value": p.licence}, "origin": {"display": p.street},
            "dischargeDisposition": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/discharge-disposition", "code": "home"}], "text": p.street}},
        "location": [{"location": {"display": format!("{} ward", p.city)}}],
        "serviceProvider": {"display": format!("{} clinic", p.family)},
        "diagnosis": [{"condition": {"reference": "Condition/gone", "display": p.given}}]})
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn nothing_identifying_reaches_the_view_whatever_the_types(
        p in planted(),
        picks in prop::collection::vec((any::<prop::sample::Index>(), 1..u16::MAX), 1..12),
    ) {
        let types = other_types();
        let mut entry = vec![
            json!({"fullUrl": format!("urn:uuid:{}", p.record_id), "resource": {
                "resourceType": "Patient", "name": [{"family": p.family}], "birthDate": "1970-01-01"}}),
            json!({"resource": encounter(&p)}),
        ];
        let others: Vec<&str> = picks.iter().map(|(i, _)| *i.get(&types)).collect();
        for ((_, fields), t) in picks.iter().zip(&others) {
            entry.push(json!({"fullUrl": format!("urn:uuid:{}-{t}", p.record_id), "resource": other_resource(t, &p, *fields)}));
        }
        let input = parse_value(json!({"resourceType": "Bundle", "type": "collection", "entry": entry}))
            .expect("generated bundles are valid FHIR");
        let view = deidentify(&[input], &opts()).expect("de-identifies");
        let out = serde_json::to_string(&view.to_json()).unwrap();

        let strings = [
            &p.given, &p.family, &p.phone, &p.fax, &p.email, &p.ssn, &p.mrn, &p.plan, &p.licence,
            &p.street, &p.city, &p.url, &p.ip, &p.wallet, &p.record_id, &p.device, &p.lot,
        ];
        for s in strings {
            prop_assert!(!out.contains(s.as_str()), "{s:?} survived into {out}");
        }
        prop_assert!(!out.contains(&format!("\"{}\"", p.zip)), "ZIP {} survived", p.zip);
        let (y, m, _) = p.event;
        prop_assert!(!out.contains(&format!("{y:04}-{m:02}")), "a date survived beyond its year");

        // The Encounter is in the view (generalised); every other type is dropped and reported.
        prop_assert!(view.resources().any(|r| r.resource_type() == "Encounter"));
        let reported: Vec<&str> = view.dropped.iter().filter(|d| d.reason == NOT_IN_VIEW).map(|d| d.resource_type).collect();
        prop_assert_eq!(reported, others);
        prop_assert!(parse_value(view.to_json()).is_ok());
    }
}
