//! The release gate on crafted sets, and on tuples taken from real-shaped records.

use medvault_fhir::{
    CoarseQi, CoarseQiExt, GatePolicy, Resource, check_release,
    gate::{GateError, Row},
};
use serde_json::json;

use crate::{fixture, opts};

fn rows(class: (&str, &str, &str), diagnoses: &[&str]) -> Vec<Row> {
    diagnoses
        .iter()
        .map(|d| {
            Row::from([
                ("ageBand".into(), class.0.into()),
                ("sex".into(), class.1.into()),
                ("region".into(), class.2.into()),
                ("diagnosis".into(), (*d).into()),
            ])
        })
        .collect()
}

fn policy() -> GatePolicy {
    GatePolicy { sensitive: vec!["diagnosis".into()], ..GatePolicy::default() }
}

#[test]
fn eleven_diverse_rows_per_class_pass() {
    let mut set = rows(("50-59", "female", "MA"), &["E11"; 6]);
    set.extend(rows(("50-59", "female", "MA"), &["I10"; 5]));
    set.extend(rows(
        ("60-69", "male", "NH"),
        &["E11", "I10", "J45", "E11", "E11", "E11", "E11", "E11", "E11", "E11", "E11", "E11"],
    ));
    let report = check_release(&set, &policy()).expect("passes");
    assert_eq!((report.rows, report.groups, report.failing.len()), (23, 2, 0));
}

#[test]
fn small_and_uniform_classes_are_reported() {
    let mut set = rows(("50-59", "female", "MA"), &["E11"; 12]);
    set.extend(rows(("90+", "male", "VT"), &["E11", "I10", "C50"]));
    set.extend(rows(
        ("30-39", "other", "RI"),
        &["E11", "I10", "I10", "I10", "I10", "I10", "I10", "I10", "I10", "I10", "I10"],
    ));
    let Err(GateError::Refused(report)) = check_release(&set, &policy()) else {
        panic!("must be refused")
    };
    let failing = serde_json::to_value(&report.failing).unwrap();
    assert_eq!(
        failing,
        json!([
            {"quasi": {"ageBand": "50-59", "region": "MA", "sex": "female"}, "count": 12,
             "distinct": {"diagnosis": 1}, "belowK": false, "belowL": ["diagnosis"]},
            {"quasi": {"ageBand": "90+", "region": "VT", "sex": "male"}, "count": 3,
             "distinct": {"diagnosis": 3}, "belowK": true, "belowL": []}
        ])
    );
    assert_eq!(
        GateError::Refused(report).to_string(),
        "release refused: 2 of 3 groups (26 rows) fail k=11 / ℓ=2; \
         (ageBand=50-59, region=MA, sex=female) → 12 rows, 1 distinct diagnosis; \
         (ageBand=90+, region=VT, sex=male) → 3 rows, 3 distinct diagnosis"
    );
}

#[test]
fn a_row_without_a_declared_attribute_is_an_error_not_a_pass() {
    let mut set = rows(("50-59", "female", "MA"), &["E11"; 11]);
    set[4].remove("sex");
    let err = check_release(&set, &GatePolicy::default()).unwrap_err();
    assert_eq!(err.to_string(), r#"row 4 has no value for "sex""#);
}

#[test]
fn coarse_tuples_from_records_feed_the_gate() {
    let Resource::Bundle(b) = fixture("synthea_diabetic.json") else { panic!() };
    let Some(Resource::Patient(p)) = &b.entry[0].resource else { panic!() };
    let qi = CoarseQi::of_patient(p, opts().as_of);
    assert_eq!(
        qi,
        CoarseQi { age_band: "50-59".into(), sex: "female".into(), region: "MA".into() }
    );
    let ten = vec![qi.to_row(); 10];
    assert!(check_release(&ten, &GatePolicy::default()).is_err());
    let eleven = vec![qi.to_row(); 11];
    assert!(check_release(&eleven, &GatePolicy::default()).is_ok());
}
