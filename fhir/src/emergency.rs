//! The patient's emergency profile: what a clinician needs in the first minutes when the patient
//! cannot speak — blood type, allergies with their reactions, current medication, major
//! conditions, whom to call.
//!
//! It travels as a FHIR R4 `Bundle` of type `collection` that a clinician's system reads without
//! knowing medvault: a `Patient` (its `contact` entries are the emergency contacts), an
//! `Observation` of the ABO and Rh blood group (LOINC 882-1, SNOMED CT answer codes), one
//! `AllergyIntolerance` per allergy (reaction manifestation and severity), one
//! `MedicationStatement` per current medication (dosage as text) and one `Condition` per major
//! condition. The bundle carries the tag [`PROFILE_TAG`] in `meta.tag`, so the profile is told
//! apart from other emergency-category records. [`EmergencyProfile::to_fhir`] writes it,
//! [`EmergencyProfile::from_fhir`] reads it back (from any bundle of those resources, tagged or
//! not), and [`EmergencyProfile::render`] prints it as a clinician reads it.

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::error::{FhirError, Result};

/// The `meta.tag` (system, code) of an emergency profile bundle.
pub const PROFILE_TAG: (&str, &str) = ("https://medvault.dev/fhir/tags", "emergency-profile");

/// LOINC code of "ABO and Rh group [Type] in Blood".
pub const BLOOD_GROUP_LOINC: &str = "882-1";

/// The blood groups, with their SNOMED CT codes (the answer list of LOINC 882-1).
pub const BLOOD_GROUPS: [(&str, &str); 8] = [
    ("A+", "278149003"),
    ("A-", "278152006"),
    ("B+", "278150003"),
    ("B-", "278153001"),
    ("AB+", "278151004"),
    ("AB-", "278154007"),
    ("O+", "278147001"),
    ("O-", "278148006"),
];

/// An allergy or intolerance.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Allergy {
    /// What to avoid ("penicillin").
    pub substance: String,
    /// What happens ("anaphylaxis", "hives").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reaction: Option<String>,
    /// `mild`, `moderate` or `severe`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<String>,
}

/// A medication taken now.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Medication {
    /// Its name ("metformin").
    pub name: String,
    /// How it is taken ("500 mg twice daily").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dosage: Option<String>,
}

/// Whom to call.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Contact {
    /// Their name.
    pub name: String,
    /// Who they are to the patient ("spouse", "daughter").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relationship: Option<String>,
    /// A phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// The emergency profile, as the patient writes it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EmergencyProfile {
    /// ABO and Rh group, one of [`BLOOD_GROUPS`] ("A+", "O-", …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blood_type: Option<String>,
    /// Allergies and intolerances.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allergies: Vec<Allergy>,
    /// Current medication.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub medications: Vec<Medication>,
    /// Major conditions ("type 2 diabetes", "epilepsy").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<String>,
    /// Emergency contacts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
    /// Anything else a first responder must know ("pacemaker", "DNR on file").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

fn invalid(path: &str, reason: impl Into<String>) -> FhirError {
    FhirError::Invalid { path: path.into(), message: reason.into() }
}

impl EmergencyProfile {
    /// Checks what a clinician would otherwise misread: a known blood group, no empty names,
    /// severities from FHIR's value set, and something in it at all.
    pub fn validate(&self) -> Result<()> {
        if let Some(b) = &self.blood_type
            && !BLOOD_GROUPS.iter().any(|(g, _)| g == b)
        {
            return Err(invalid(
                "bloodType",
                format!("{b:?} is not a blood group (A+, A-, B+, B-, AB+, AB-, O+, O-)"),
            ));
        }
        for (i, a) in self.allergies.iter().enumerate() {
            if a.substance.trim().is_empty() {
                return Err(invalid(&format!("allergies[{i}].substance"), "empty"));
            }
            if let Some(s) = &a.severity
                && !["mild", "moderate", "severe"].contains(&s.as_str())
            {
                return Err(invalid(
                    &format!("allergies[{i}].severity"),
                    format!("{s:?} is not mild, moderate or severe"),
                ));
            }
        }
        for (i, m) in self.medications.iter().enumerate() {
            if m.name.trim().is_empty() {
                return Err(invalid(&format!("medications[{i}].name"), "empty"));
            }
        }
        for (i, c) in self.conditions.iter().enumerate() {
            if c.trim().is_empty() {
                return Err(invalid(&format!("conditions[{i}]"), "empty"));
            }
        }
        for (i, c) in self.contacts.iter().enumerate() {
            if c.name.trim().is_empty() {
                return Err(invalid(&format!("contacts[{i}].name"), "empty"));
            }
        }
        if self == &Self::default() {
            return Err(invalid("", "the profile is empty: give at least one entry"));
        }
        Ok(())
    }

    /// The profile as a FHIR R4 `Bundle` (see the module docs), dated `date` (`YYYY-MM-DD`).
    pub fn to_fhir(&self, date: &str) -> Result<Value> {
        self.validate()?;
        let mut entries = Vec::new();
        let contacts: Vec<Value> = self
            .contacts
            .iter()
            .map(|c| {
                let mut contact = json!({ "name": { "text": c.name } });
                if let Some(r) = &c.relationship {
                    contact["relationship"] = json!([{ "text": r }]);
                }
                if let Some(p) = &c.phone {
                    contact["telecom"] = json!([{ "system": "phone", "value": p }]);
                }
                contact
            })
            .collect();
        let mut patient = json!({ "resourceType": "Patient", "id": "patient" });
        if !contacts.is_empty() {
            patient["contact"] = Value::Array(contacts);
        }
        if let Some(n) = &self.notes {
            patient["text"] = json!({
                "status": "generated",
                "div": format!("<div xmlns=\"http://www.w3.org/1999/xhtml\">{}</div>", escape(n)),
            });
        }
        entries.push(patient);
        let subject = json!({ "reference": "Patient/patient" });
        if let Some(b) = &self.blood_type {
            let code = BLOOD_GROUPS.iter().find(|(g, _)| g == b).map(|(_, c)| *c).unwrap_or("");
            entries.push(json!({
                "resourceType": "Observation",
                "id": "blood-group",
                "status": "final",
                "category": [{ "coding": [{
                    "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                    "code": "laboratory"
                }] }],
                "code": {
                    "coding": [{ "system": "http://loinc.org", "code": BLOOD_GROUP_LOINC,
                                 "display": "ABO and Rh group [Type] in Blood" }],
                    "text": "Blood group"
                },
                "subject": subject,
                "effectiveDateTime": date,
                "valueCodeableConcept": {
                    "coding": [{ "system": "http://snomed.info/sct", "code": code, "display": b }],
                    "text": b
                }
            }));
        }
        for (i, a) in self.allergies.iter().enumerate() {
            let mut allergy = json!({
                "resourceType": "AllergyIntolerance",
                "id": format!("allergy-{}", i + 1),
                "clinicalStatus": { "coding": [{
                    "system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
                    "code": "active"
                }] },
                "verificationStatus": { "coding": [{
                    "system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
                    "code": "confirmed"
                }] },
                "code": { "text": a.substance },
                "patient": subject,
                "recordedDate": date,
            });
            if a.reaction.is_some() || a.severity.is_some() {
                let mut reaction = json!({});
                if let Some(r) = &a.reaction {
                    reaction["manifestation"] = json!([{ "text": r }]);
                }
                if let Some(s) = &a.severity {
                    reaction["severity"] = json!(s);
                }
                if reaction.get("manifestation").is_none() {
                    reaction["manifestation"] = json!([{ "text": "unspecified reaction" }]);
                }
                allergy["reaction"] = json!([reaction]);
            }
            entries.push(allergy);
        }
        for (i, m) in self.medications.iter().enumerate() {
            let mut statement = json!({
                "resourceType": "MedicationStatement",
                "id": format!("medication-{}", i + 1),
                "status": "active",
                "medicationCodeableConcept": { "text": m.name },
                "subject": subject,
                "effectiveDateTime": date,
            });
            if let Some(d) = &m.dosage {
                statement["dosage"] = json!([{ "text": d }]);
            }
            entries.push(statement);
        }
        for (i, c) in self.conditions.iter().enumerate() {
            entries.push(json!({
                "resourceType": "Condition",
                "id": format!("condition-{}", i + 1),
                "clinicalStatus": { "coding": [{
                    "system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                    "code": "active"
                }] },
                "code": { "text": c },
                "subject": subject,
                "recordedDate": date,
            }));
        }
        let bundle = json!({
            "resourceType": "Bundle",
            "meta": { "tag": [{ "system": PROFILE_TAG.0, "code": PROFILE_TAG.1,
                                "display": "Emergency profile" }] },
            "type": "collection",
            "timestamp": format!("{date}T00:00:00Z"),
            "entry": entries.into_iter().map(|r| {
                let url = format!("urn:medvault:{}/{}", r["resourceType"].as_str().unwrap_or(""),
                                  r["id"].as_str().unwrap_or(""));
                json!({ "fullUrl": url, "resource": r })
            }).collect::<Vec<_>>(),
        });
        // What we write must be what the rest of the system accepts.
        crate::parse_value(bundle.clone())?;
        Ok(bundle)
    }

    /// Whether `value` is a bundle tagged as an emergency profile.
    pub fn is_profile(value: &Value) -> bool {
        value["resourceType"] == "Bundle"
            && value["meta"]["tag"].as_array().is_some_and(|tags| {
                tags.iter().any(|t| t["system"] == PROFILE_TAG.0 && t["code"] == PROFILE_TAG.1)
            })
    }

    /// Reads a profile back from a FHIR bundle (or one resource) of the types above; other
    /// resource types are ignored. [`FhirError`] if it is not valid FHIR R4.
    pub fn from_fhir(value: &Value) -> Result<Self> {
        crate::parse_value(value.clone())?;
        let mut profile = Self::default();
        let resources: Vec<&Value> = match value["resourceType"].as_str() {
            Some("Bundle") => value["entry"]
                .as_array()
                .map(|e| e.iter().filter_map(|e| e.get("resource")).collect())
                .unwrap_or_default(),
            _ => vec![value],
        };
        let text = |v: &Value| -> Option<String> {
            v["text"]
                .as_str()
                .or_else(|| v["coding"][0]["display"].as_str())
                .or_else(|| v["coding"][0]["code"].as_str())
                .map(str::to_string)
        };
        for r in resources {
            match r["resourceType"].as_str() {
                Some("Patient") => {
                    for c in r["contact"].as_array().into_iter().flatten() {
                        profile.contacts.push(Contact {
                            name: c["name"]["text"]
                                .as_str()
                                .map(str::to_string)
                                .or_else(|| {
                                    let given = c["name"]["given"]
                                        .as_array()
                                        .map(|g| {
                                            g.iter()
                                                .filter_map(Value::as_str)
                                                .collect::<Vec<_>>()
                                                .join(" ")
                                        })
                                        .unwrap_or_default();
                                    let family = c["name"]["family"].as_str().unwrap_or("");
                                    Some(format!("{given} {family}").trim().to_string())
                                })
                                .unwrap_or_default(),
                            relationship: c["relationship"][0]
                                .as_object()
                                .and_then(|_| text(&c["relationship"][0])),
                            phone: c["telecom"]
                                .as_array()
                                .into_iter()
                                .flatten()
                                .find(|t| t["system"] == "phone")
                                .and_then(|t| t["value"].as_str())
                                .map(str::to_string),
                        });
                    }
                    if let Some(div) = r["text"]["div"].as_str() {
                        profile.notes = Some(strip_tags(div));
                    }
                }
                Some("Observation")
                    if r["code"]["coding"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .any(|c| c["code"] == BLOOD_GROUP_LOINC) =>
                {
                    let v = &r["valueCodeableConcept"];
                    let by_code = v["coding"].as_array().into_iter().flatten().find_map(|c| {
                        BLOOD_GROUPS
                            .iter()
                            .find(|(_, code)| c["code"] == *code)
                            .map(|(g, _)| g.to_string())
                    });
                    profile.blood_type = by_code.or_else(|| text(v));
                }
                Some("AllergyIntolerance") => profile.allergies.push(Allergy {
                    substance: text(&r["code"]).unwrap_or_default(),
                    reaction: r["reaction"][0]["manifestation"][0]
                        .as_object()
                        .and_then(|_| text(&r["reaction"][0]["manifestation"][0])),
                    severity: r["reaction"][0]["severity"].as_str().map(str::to_string),
                }),
                Some("MedicationStatement") => profile.medications.push(Medication {
                    name: text(&r["medicationCodeableConcept"]).unwrap_or_default(),
                    dosage: r["dosage"][0]["text"].as_str().map(str::to_string),
                }),
                Some("Condition") => {
                    if let Some(c) = text(&r["code"]) {
                        profile.conditions.push(c);
                    }
                }
                _ => {}
            }
        }
        Ok(profile)
    }

    /// The profile as a clinician reads it: one section per kind, the most urgent first.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "EMERGENCY PROFILE");
        let _ = writeln!(
            out,
            "  Blood group: {}",
            self.blood_type.as_deref().unwrap_or("not recorded")
        );
        let _ = writeln!(out, "  Allergies:");
        if self.allergies.is_empty() {
            let _ = writeln!(out, "    none recorded");
        }
        for a in &self.allergies {
            let mut line = format!("    - {}", a.substance);
            match (&a.reaction, &a.severity) {
                (Some(r), Some(s)) => line += &format!(": {r} ({s})"),
                (Some(r), None) => line += &format!(": {r}"),
                (None, Some(s)) => line += &format!(" ({s})"),
                (None, None) => {}
            }
            let _ = writeln!(out, "{line}");
        }
        let _ = writeln!(out, "  Current medication:");
        if self.medications.is_empty() {
            let _ = writeln!(out, "    none recorded");
        }
        for m in &self.medications {
            match &m.dosage {
                Some(d) => writeln!(out, "    - {}, {d}", m.name),
                None => writeln!(out, "    - {}", m.name),
            }
            .ok();
        }
        let _ = writeln!(out, "  Major conditions:");
        if self.conditions.is_empty() {
            let _ = writeln!(out, "    none recorded");
        }
        for c in &self.conditions {
            let _ = writeln!(out, "    - {c}");
        }
        let _ = writeln!(out, "  Emergency contacts:");
        if self.contacts.is_empty() {
            let _ = writeln!(out, "    none recorded");
        }
        for c in &self.contacts {
            let mut line = format!("    - {}", c.name);
            if let Some(r) = &c.relationship {
                line += &format!(" ({r})");
            }
            if let Some(p) = &c.phone {
                line += &format!(", {p}");
            }
            let _ = writeln!(out, "{line}");
        }
        if let Some(n) = &self.notes {
            let _ = writeln!(out, "  Notes: {n}");
        }
        out
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn strip_tags(div: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in div.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alice() -> EmergencyProfile {
        EmergencyProfile {
            blood_type: Some("O-".into()),
            allergies: vec![
                Allergy {
                    substance: "penicillin".into(),
                    reaction: Some("anaphylaxis".into()),
                    severity: Some("severe".into()),
                },
                Allergy { substance: "latex".into(), reaction: None, severity: None },
            ],
            medications: vec![Medication {
                name: "metformin".into(),
                dosage: Some("500 mg twice daily".into()),
            }],
            conditions: vec!["type 2 diabetes".into()],
            contacts: vec![Contact {
                name: "Bob Smith".into(),
                relationship: Some("spouse".into()),
                phone: Some("+1 555 0100".into()),
            }],
            notes: Some("pacemaker <since 2019>".into()),
        }
    }

    #[test]
    fn a_profile_goes_to_fhir_and_back() {
        let fhir = alice().to_fhir("2026-12-06").unwrap();
        assert!(EmergencyProfile::is_profile(&fhir));
        assert_eq!(fhir["type"], "collection");
        // Every resource is one the rest of the system parses, with its categories.
        let parsed = crate::parse_value(fhir.clone()).unwrap();
        assert_eq!(parsed.flatten().len(), 6);
        let obs = &fhir["entry"][1]["resource"];
        assert_eq!(obs["code"]["coding"][0]["code"], BLOOD_GROUP_LOINC);
        assert_eq!(obs["valueCodeableConcept"]["coding"][0]["code"], "278148006");
        assert_eq!(EmergencyProfile::from_fhir(&fhir).unwrap(), alice());
    }

    #[test]
    fn it_renders_as_a_clinician_reads_it() {
        let text = alice().render();
        for line in [
            "Blood group: O-",
            "- penicillin: anaphylaxis (severe)",
            "- latex",
            "- metformin, 500 mg twice daily",
            "- type 2 diabetes",
            "- Bob Smith (spouse), +1 555 0100",
            "Notes: pacemaker <since 2019>",
        ] {
            assert!(text.contains(line), "{line:?} missing from:\n{text}");
        }
        let empty = EmergencyProfile { blood_type: Some("A+".into()), ..Default::default() };
        assert!(empty.render().contains("Allergies:\n    none recorded"));
    }

    #[test]
    fn mistakes_a_clinician_would_misread_are_refused() {
        let bad = |p: EmergencyProfile| p.to_fhir("2026-12-06").unwrap_err().to_string();
        assert!(
            bad(EmergencyProfile { blood_type: Some("0+".into()), ..alice() })
                .contains("not a blood group")
        );
        let mut p = alice();
        p.allergies[0].severity = Some("deadly".into());
        assert!(bad(p).contains("not mild, moderate or severe"));
        let mut p = alice();
        p.medications[0].name = " ".into();
        assert!(bad(p).contains("medications[0].name"));
        assert!(bad(EmergencyProfile::default()).contains("empty"));
    }

    #[test]
    fn a_bundle_from_elsewhere_reads_too() {
        let other = json!({
            "resourceType": "Bundle", "type": "collection",
            "entry": [
                { "resource": { "resourceType": "Patient", "contact": [{
                    "name": { "given": ["Ann"], "family": "Lee" },
                    "relationship": [{ "coding": [{ "code": "N", "display": "next-of-kin" }] }]
                }] } },
                { "resource": { "resourceType": "AllergyIntolerance",
                    "patient": { "reference": "Patient/1" },
                    "code": { "coding": [{ "system": "http://snomed.info/sct", "code": "91936005",
                                           "display": "Allergy to penicillin" }] } } }
            ]
        });
        let p = EmergencyProfile::from_fhir(&other).unwrap();
        assert!(!EmergencyProfile::is_profile(&other));
        assert_eq!(p.contacts[0].name, "Ann Lee");
        assert_eq!(p.contacts[0].relationship.as_deref(), Some("next-of-kin"));
        assert_eq!(p.allergies[0].substance, "Allergy to penicillin");
    }
}
