//! A deterministic synthetic EHR export, shaped like a Synthea or `$everything` Bundle: one
//! patient with the people and places of their care and, per encounter, what happened in it —
//! 29 resource types, every reference a `urn:uuid:` between entries, identifiers planted where
//! real exports carry them (names, MRN, SSN, phone, address, licence numbers, device serials).
//! For tests and benchmarks; same input, same export.

use serde_json::{Value, json};

/// The resource types [`export`] writes (each at least once).
pub const TYPES: [&str; 29] = [
    "AllergyIntolerance",
    "CarePlan",
    "CareTeam",
    "Claim",
    "Condition",
    "Coverage",
    "Device",
    "DiagnosticReport",
    "DocumentReference",
    "Encounter",
    "ExplanationOfBenefit",
    "FamilyMemberHistory",
    "Goal",
    "ImagingStudy",
    "Immunization",
    "Location",
    "MedicationAdministration",
    "MedicationRequest",
    "MedicationStatement",
    "Observation",
    "Organization",
    "Patient",
    "Practitioner",
    "PractitionerRole",
    "Procedure",
    "Provenance",
    "RelatedPerson",
    "ServiceRequest",
    "Specimen",
];

/// A small linear congruential generator: deterministic without a dependency.
#[derive(Debug, Clone)]
pub struct Lcg(pub u64);

impl Lcg {
    /// A number in `0..n`.
    pub fn next(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

const SNOMED: &str = "http://snomed.info/sct";
const LOINC: &str = "http://loinc.org";
const RXNORM: &str = "http://www.nlm.nih.gov/research/umls/rxnorm";
const UCUM: &str = "http://unitsofmeasure.org";

fn code(system: &str, code: &str, display: &str) -> Value {
    json!({"coding": [{"system": system, "code": code, "display": display}], "text": display})
}

/// Resources in an export of `encounters` encounters.
pub const fn resources_in(encounters: usize) -> usize {
    15 + 17 * encounters
}

/// Patient number `i`'s export with `encounters` encounters (a `transaction` Bundle).
pub fn export(i: usize, encounters: usize, rng: &mut Lcg) -> Value {
    let uuid = |k: u64| format!("{i:08x}-0000-4000-8000-{k:012x}");
    let mut entry = Vec::new();
    let mut add = |k: u64, resource: Value| {
        let t = resource["resourceType"].as_str().expect("typed").to_owned();
        let mut resource = resource;
        resource["id"] = json!(uuid(k));
        entry.push(json!({"fullUrl": format!("urn:uuid:{}", uuid(k)), "resource": resource,
            "request": {"method": "POST", "url": t}}));
    };
    let r = |k: u64| json!({"reference": format!("urn:uuid:{}", uuid(k))});
    let date = |rng: &mut Lcg| {
        format!("{}-{:02}-{:02}", 2005 + rng.next(19), 1 + rng.next(12), 1 + rng.next(28))
    };
    let (patient, doctor, role, org, place, device, relative) = (0, 1, 2, 3, 4, 5, 6);
    let family = format!("Family{i}");

    add(
        patient,
        json!({"resourceType": "Patient",
        "identifier": [{"system": "http://hospital.example.org/mrn", "value": format!("MRN{i:07}")},
                       {"system": "http://hl7.org/fhir/sid/us-ssn", "value": format!("999-{:02}-{:04}", i % 100, i % 10_000)}],
        "name": [{"use": "official", "family": family, "given": [format!("Given{i}")]}],
        "telecom": [{"system": "phone", "value": format!("555-{:03}-{:04}", i % 1000, i % 10_000), "use": "home"}],
        "gender": if rng.next(2) == 0 { "female" } else { "male" },
        "birthDate": format!("{}-{:02}-{:02}", 1925 + rng.next(95), 1 + rng.next(12), 1 + rng.next(28)),
        "address": [{"line": [format!("{i} Main St")], "city": "Springfield", "state": "MA",
                     "postalCode": format!("{:05}", rng.next(100_000)), "country": "US"}],
        "maritalStatus": code("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "M", "Married"),
        "generalPractitioner": [r(doctor)], "managingOrganization": r(org)}),
    );
    add(
        doctor,
        json!({"resourceType": "Practitioner",
        "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": format!("99{i:08}")}],
        "name": [{"family": format!("Doctor{i}"), "given": ["Jo"], "prefix": ["Dr."]}],
        "telecom": [{"system": "email", "value": format!("dr{i}@clinic.example.org")}]}),
    );
    add(
        role,
        json!({"resourceType": "PractitionerRole", "practitioner": r(doctor), "organization": r(org),
        "code": [code(SNOMED, "158965000", "Medical practitioner")]}),
    );
    add(
        org,
        json!({"resourceType": "Organization", "name": format!("Clinic {i}"),
        "address": [{"line": ["1 Hospital Rd"], "city": "Boston", "state": "MA", "postalCode": "02115"}],
        "telecom": [{"system": "phone", "value": "555-010-0100"}]}),
    );
    add(
        place,
        json!({"resourceType": "Location", "name": format!("Clinic {i} ward B"), "managingOrganization": r(org),
        "address": {"city": "Boston", "state": "MA"}}),
    );
    add(
        device,
        json!({"resourceType": "Device", "patient": r(patient),
        "serialNumber": format!("SN-{i:08}"), "udiCarrier": [{"deviceIdentifier": format!("0100{i:010}")}],
        "type": code(SNOMED, "14106009", "Cardiac pacemaker")}),
    );
    add(
        relative,
        json!({"resourceType": "RelatedPerson", "patient": r(patient),
        "name": [{"family": family, "given": ["Kin"]}],
        "telecom": [{"system": "phone", "value": format!("555-020-{:04}", i % 10_000)}],
        "relationship": [code("http://terminology.hl7.org/CodeSystem/v3-RoleCode", "SPS", "spouse")]}),
    );
    add(
        7,
        json!({"resourceType": "CareTeam", "status": "active", "subject": r(patient),
        "participant": [{"member": r(doctor)}, {"member": r(relative)}], "managingOrganization": [r(org)]}),
    );
    add(
        8,
        json!({"resourceType": "Goal", "lifecycleStatus": "active", "subject": r(patient),
        "description": {"text": "HbA1c below 7 %"}}),
    );
    add(
        9,
        json!({"resourceType": "CarePlan", "status": "active", "intent": "plan", "subject": r(patient),
        "careTeam": [r(7)], "goal": [r(8)], "title": "Diabetes self-management"}),
    );
    add(
        10,
        json!({"resourceType": "AllergyIntolerance", "patient": r(patient), "criticality": "high",
        "code": code(SNOMED, "91936005", "Allergy to penicillin"),
        "reaction": [{"manifestation": [code(SNOMED, "39579001", "Anaphylaxis")], "severity": "severe"}]}),
    );
    add(
        11,
        json!({"resourceType": "Coverage", "status": "active", "beneficiary": r(patient), "payor": [r(org)],
        "subscriberId": format!("HP{i:08}")}),
    );
    add(
        12,
        json!({"resourceType": "FamilyMemberHistory", "status": "completed", "patient": r(patient),
        "relationship": code("http://terminology.hl7.org/CodeSystem/v3-RoleCode", "FTH", "father"),
        "condition": [{"code": code(SNOMED, "22298006", "Myocardial infarction")}]}),
    );
    add(
        13,
        json!({"resourceType": "ImagingStudy", "status": "available", "subject": r(patient),
        "identifier": [{"system": "urn:dicom:uid", "value": format!("urn:oid:1.2.840.99999.{i}")}],
        "started": format!("{}T10:00:00Z", date(rng)), "numberOfSeries": 1, "numberOfInstances": 2}),
    );
    add(
        14,
        json!({"resourceType": "Immunization", "status": "completed", "patient": r(patient),
        "vaccineCode": code("http://hl7.org/fhir/sid/cvx", "140", "Influenza, seasonal"),
        "occurrenceDateTime": date(rng), "lotNumber": format!("LOT{i}")}),
    );

    let labs = [
        ("4548-4", "Hemoglobin A1c", "%", 5.0),
        ("2339-0", "Glucose", "mg/dL", 80.0),
        ("8480-6", "Systolic blood pressure", "mm[Hg]", 100.0),
        ("39156-5", "Body mass index", "kg/m2", 18.0),
    ];
    let conditions = [
        ("44054006", "Type 2 diabetes mellitus"),
        ("38341003", "Hypertension"),
        ("195967001", "Asthma"),
        ("55822004", "Hyperlipidemia"),
    ];
    for e in 0..encounters as u64 {
        let base = 100 + 20 * e;
        let when = date(rng);
        let (enc, cond) = (base, base + 1);
        add(
            enc,
            json!({"resourceType": "Encounter", "status": "finished",
            "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB", "display": "ambulatory"},
            "type": [code(SNOMED, "185349003", "Encounter for check up")], "subject": r(patient),
            "participant": [{"individual": r(doctor)}], "period": {"start": format!("{when}T09:00:00Z"), "end": format!("{when}T09:30:00Z")},
            "location": [{"location": r(place)}], "serviceProvider": r(org),
            "diagnosis": [{"condition": r(cond), "rank": 1}]}),
        );
        let (c, name) = conditions[rng.next(4) as usize];
        add(
            cond,
            json!({"resourceType": "Condition", "subject": r(patient), "encounter": r(enc),
            "clinicalStatus": code("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active"),
            "code": code(SNOMED, c, name), "onsetDateTime": when, "recorder": r(doctor)}),
        );
        for k in 0..4u64 {
            let (loinc, name, unit, low) = labs[k as usize];
            add(
                base + 2 + k,
                json!({"resourceType": "Observation", "status": "final", "subject": r(patient),
                "encounter": r(enc), "code": code(LOINC, loinc, name), "effectiveDateTime": format!("{when}T09:10:00Z"),
                "category": [code("http://terminology.hl7.org/CodeSystem/observation-category", "laboratory", "Laboratory")],
                "valueQuantity": {"value": low + rng.next(500) as f64 / 10.0, "unit": unit, "system": UCUM, "code": unit},
                "specimen": r(base + 15), "performer": [r(doctor)]}),
            );
        }
        add(
            base + 6,
            json!({"resourceType": "DiagnosticReport", "status": "final", "subject": r(patient),
            "encounter": r(enc), "code": code(LOINC, "24323-8", "Comprehensive metabolic panel"),
            "result": [r(base + 2), r(base + 3)], "effectiveDateTime": when, "conclusion": format!("reviewed by Dr. Doctor{i}")}),
        );
        add(
            base + 7,
            json!({"resourceType": "Procedure", "status": "completed", "subject": r(patient),
            "encounter": r(enc), "code": code(SNOMED, "430193006", "Medication reconciliation"),
            "performedDateTime": when, "location": r(place)}),
        );
        add(
            base + 8,
            json!({"resourceType": "MedicationRequest", "status": "active", "intent": "order",
            "subject": r(patient), "encounter": r(enc), "requester": r(doctor),
            "medicationCodeableConcept": code(RXNORM, "860975", "Metformin 500 MG Oral Tablet"),
            "authoredOn": when, "dosageInstruction": [{"text": "1 tablet twice daily"}]}),
        );
        add(
            base + 9,
            json!({"resourceType": "MedicationAdministration", "status": "completed",
            "subject": r(patient), "context": r(enc), "request": r(base + 8),
            "medicationCodeableConcept": code(RXNORM, "860975", "Metformin 500 MG Oral Tablet"),
            "effectiveDateTime": format!("{when}T09:20:00Z")}),
        );
        add(
            base + 10,
            json!({"resourceType": "MedicationStatement", "status": "active", "subject": r(patient),
            "medicationCodeableConcept": code(RXNORM, "197361", "Amlodipine 5 MG Oral Tablet"),
            "dosage": [{"text": "once daily"}], "effectiveDateTime": when}),
        );
        add(
            base + 11,
            json!({"resourceType": "ServiceRequest", "status": "active", "intent": "order",
            "subject": r(patient), "encounter": r(enc), "requester": r(role),
            "code": code(SNOMED, "698314001", "Consultation for treatment")}),
        );
        add(
            base + 12,
            json!({"resourceType": "DocumentReference", "status": "current", "subject": r(patient),
            "type": code(LOINC, "34117-2", "History and physical note"), "author": [r(doctor)],
            "context": {"encounter": [r(enc)]},
            "content": [{"attachment": {"contentType": "text/plain",
                "data": "UGF0aWVudCBzZWVuIGZvciBjaGVjay11cC4="}}]}),
        );
        add(
            base + 13,
            json!({"resourceType": "Claim", "status": "active", "use": "claim", "patient": r(patient),
            "type": code("http://terminology.hl7.org/CodeSystem/claim-type", "professional", "Professional"),
            "created": when, "provider": r(org), "priority": code("http://terminology.hl7.org/CodeSystem/processpriority", "normal", "Normal"),
            "insurance": [{"sequence": 1, "focal": true, "coverage": r(11)}],
            "item": [{"sequence": 1, "productOrService": code(SNOMED, "185349003", "Encounter for check up"), "encounter": [r(enc)]}],
            "total": {"value": 125.0, "currency": "USD"}}),
        );
        add(
            base + 14,
            json!({"resourceType": "ExplanationOfBenefit", "status": "active", "use": "claim",
            "patient": r(patient), "type": code("http://terminology.hl7.org/CodeSystem/claim-type", "professional", "Professional"),
            "created": when, "insurer": r(org), "provider": r(doctor), "claim": r(base + 13), "outcome": "complete",
            "insurance": [{"focal": true, "coverage": r(11)}]}),
        );
        add(
            base + 15,
            json!({"resourceType": "Specimen", "subject": r(patient),
            "accessionIdentifier": {"value": format!("ACC{i}-{e}")},
            "type": code(SNOMED, "119297000", "Blood specimen"), "receivedTime": format!("{when}T09:05:00Z")}),
        );
        add(
            base + 16,
            json!({"resourceType": "Provenance", "recorded": format!("{when}T10:00:00Z"),
            "target": [r(enc), r(cond)], "agent": [{"who": r(doctor), "onBehalfOf": r(org)}]}),
        );
    }
    json!({"resourceType": "Bundle", "type": "transaction", "entry": entry})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_export_is_valid_fhir_with_every_type_and_every_reference_resolved() {
        let doc = export(7, 3, &mut Lcg(1));
        let parsed = crate::parse_value(doc.clone()).unwrap();
        let flat = parsed.flatten();
        assert_eq!(flat.len(), resources_in(3));
        let mut types: Vec<_> = flat.iter().map(|r| r.resource_type()).collect();
        types.sort();
        types.dedup();
        assert_eq!(types, TYPES);
        let text = doc.to_string();
        assert_eq!(crate::import::unresolved(&[&text]).unwrap(), Vec::<String>::new());
        // Deterministic.
        assert_eq!(export(7, 3, &mut Lcg(1)), doc);
    }
}
