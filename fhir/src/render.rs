//! A record as people read it: conditions, observations with value, unit and date, medications
//! with dosage, allergies with reaction, encounters, procedures — not a JSON dump.
//!
//! One rendering for every front end: [`render`] gives [`Rendered`] sections of lines, which the
//! command line prints ([`Rendered`]'s `Display`) and the web page lays out (it serialises). It
//! reads the FHIR JSON directly, so every element a clinician would look for is shown whether or
//! not medvault models it (dosage text, units, displays); types without a section of their own
//! are counted at the end.

use std::{collections::BTreeMap, fmt};

use serde::Serialize;
use serde_json::Value;

/// One line of a section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Line {
    /// What it is: "Type 2 diabetes mellitus", "Hemoglobin A1c 7.2 %".
    pub text: String,
    /// Qualifiers: status, dosage, reaction and severity, reason.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// When (a date, `YYYY-MM-DD` or as precise as the record is).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// A heading and its lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    /// "Conditions", "Observations"…
    pub title: &'static str,
    /// In document order.
    pub lines: Vec<Line>,
}

/// A record rendered for people.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rendered {
    /// Who the record is about (name, birth date, sex), when it says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub patient: Option<String>,
    /// The sections with content, in a fixed clinical order.
    pub sections: Vec<Section>,
    /// Resources of types without a section, by type.
    pub also: BTreeMap<String, usize>,
}

/// Section titles, by slot.
const TITLES: [&str; 10] = [
    "Conditions",
    "Allergies",
    "Medications",
    "Observations",
    "Diagnostic reports",
    "Procedures",
    "Immunizations",
    "Encounters",
    "Care plans and goals",
    "Documents",
];

/// Renders a FHIR document (a resource or a Bundle, as JSON).
pub fn render(document: &Value) -> Rendered {
    let mut resources = Vec::new();
    flatten(document, &mut resources);
    let mut out = Rendered::default();
    let mut sections: BTreeMap<usize, Vec<Line>> = BTreeMap::new();
    for r in resources {
        let t = r["resourceType"].as_str().unwrap_or_default();
        let (slot, line) = match t {
            "Patient" => {
                out.patient = Some(patient(r));
                continue;
            }
            "Condition" => (0, condition(r)),
            "AllergyIntolerance" => (1, allergy(r)),
            "MedicationStatement"
            | "MedicationRequest"
            | "MedicationAdministration"
            | "MedicationDispense" => (2, medication(r)),
            "Observation" => (3, observation(r)),
            "DiagnosticReport" => (4, report(r)),
            "Procedure" => (5, event(r, &r["code"], &["performedDateTime", "performedPeriod"])),
            "Immunization" => (6, event(r, &r["vaccineCode"], &["occurrenceDateTime"])),
            "Encounter" => (7, encounter(r)),
            "CarePlan" | "Goal" => (8, plan(r)),
            "DocumentReference" => (9, document_line(r)),
            other => {
                *out.also.entry(other.to_owned()).or_default() += 1;
                continue;
            }
        };
        sections.entry(slot).or_default().push(line);
    }
    out.sections =
        sections.into_iter().map(|(slot, lines)| Section { title: TITLES[slot], lines }).collect();
    out
}

fn flatten<'a>(v: &'a Value, out: &mut Vec<&'a Value>) {
    if v["resourceType"] == "Bundle" {
        for e in v["entry"].as_array().into_iter().flatten() {
            flatten(&e["resource"], out);
        }
    } else if v.is_object() {
        out.push(v);
    }
}

/// A CodeableConcept as words: its text, else the first coding's display, else its code.
fn concept(cc: &Value) -> Option<String> {
    if let Some(t) = cc["text"].as_str() {
        return Some(t.to_owned());
    }
    let codings = cc["coding"].as_array()?;
    codings
        .iter()
        .find_map(|c| c["display"].as_str())
        .or_else(|| codings.iter().find_map(|c| c["code"].as_str()))
        .map(str::to_owned)
}

fn concepts(v: &Value) -> Vec<String> {
    v.as_array().into_iter().flatten().filter_map(concept).collect()
}

/// A status element, coded or plain.
fn status(v: &Value) -> Option<String> {
    v.as_str().map(str::to_owned).or_else(|| concept(v))
}

/// The first date among `fields` (a dateTime, or a Period's start), as its date part.
fn date(r: &Value, fields: &[&str]) -> Option<String> {
    fields.iter().find_map(|f| {
        let v = &r[*f];
        v.as_str().or_else(|| v["start"].as_str()).map(|d| d.get(..10).unwrap_or(d).to_owned())
    })
}

fn quantity(q: &Value) -> Option<String> {
    let value = match &q["value"] {
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    let comparator = q["comparator"].as_str().unwrap_or_default();
    Some(match q["unit"].as_str().or_else(|| q["code"].as_str()) {
        Some(unit) => format!("{comparator}{value} {unit}"),
        None => format!("{comparator}{value}"),
    })
}

/// An observation's or component's value as words.
fn value(r: &Value) -> Option<String> {
    quantity(&r["valueQuantity"])
        .or_else(|| concept(&r["valueCodeableConcept"]))
        .or_else(|| r["valueString"].as_str().map(str::to_owned))
        .or_else(|| r["valueBoolean"].as_bool().map(|b| if b { "yes" } else { "no" }.to_owned()))
        .or_else(|| r["valueInteger"].as_i64().map(|i| i.to_string()))
        .or_else(|| r["valueDateTime"].as_str().map(str::to_owned))
}

fn joined(parts: impl IntoIterator<Item = Option<String>>) -> Option<String> {
    let parts: Vec<String> = parts.into_iter().flatten().filter(|s| !s.is_empty()).collect();
    (!parts.is_empty()).then(|| parts.join("; "))
}

fn unnamed(r: &Value) -> String {
    format!("{} (no code)", r["resourceType"].as_str().unwrap_or("resource"))
}

fn patient(r: &Value) -> String {
    let name = r["name"].as_array().and_then(|n| n.first()).map(|n| {
        n["text"].as_str().map(str::to_owned).unwrap_or_else(|| {
            let given: Vec<&str> =
                n["given"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
            [given.join(" "), n["family"].as_str().unwrap_or_default().to_owned()]
                .join(" ")
                .trim()
                .to_owned()
        })
    });
    joined([
        name,
        r["birthDate"].as_str().map(|b| format!("born {b}")),
        r["gender"].as_str().map(str::to_owned),
    ])
    .unwrap_or_else(|| "patient".into())
}

fn condition(r: &Value) -> Line {
    Line {
        text: concept(&r["code"]).unwrap_or_else(|| unnamed(r)),
        detail: joined([status(&r["clinicalStatus"]), concept(&r["severity"])]),
        date: date(r, &["onsetDateTime", "onsetPeriod", "recordedDate"]),
    }
}

fn allergy(r: &Value) -> Line {
    let reactions: Vec<String> = r["reaction"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|x| {
            let what = concepts(&x["manifestation"]).join(", ");
            match x["severity"].as_str() {
                Some(s) => format!("{what} ({s})"),
                None => what,
            }
        })
        .collect();
    Line {
        text: concept(&r["code"]).unwrap_or_else(|| unnamed(r)),
        detail: joined([
            (!reactions.is_empty()).then(|| format!("reaction: {}", reactions.join(", "))),
            r["criticality"].as_str().map(|c| format!("criticality {c}")),
            status(&r["clinicalStatus"]),
        ]),
        date: date(r, &["onsetDateTime", "recordedDate"]),
    }
}

fn medication(r: &Value) -> Line {
    let dosage = ["dosage", "dosageInstruction"]
        .iter()
        .flat_map(|f| r[*f].as_array().into_iter().flatten())
        .filter_map(|d| {
            d["text"].as_str().map(str::to_owned).or_else(|| {
                let dose = d["doseAndRate"][0]["doseQuantity"].clone();
                quantity(&dose)
            })
        })
        .chain(r["dosage"]["text"].as_str().map(str::to_owned))
        .chain(quantity(&r["dosage"]["dose"]))
        .collect::<Vec<_>>();
    Line {
        text: concept(&r["medicationCodeableConcept"])
            .or_else(|| r["medicationReference"]["display"].as_str().map(str::to_owned))
            .unwrap_or_else(|| unnamed(r)),
        detail: joined([
            (!dosage.is_empty()).then(|| dosage.join(", ")),
            status(&r["status"]),
            concepts(&r["reasonCode"]).first().map(|c| format!("for {c}")),
        ]),
        date: date(
            r,
            &[
                "effectiveDateTime",
                "effectivePeriod",
                "authoredOn",
                "whenHandedOver",
                "dateAsserted",
            ],
        ),
    }
}

fn observation(r: &Value) -> Line {
    let name = concept(&r["code"]).unwrap_or_else(|| unnamed(r));
    let components: Vec<String> = r["component"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| Some(format!("{} {}", concept(&c["code"])?, value(c)?)))
        .collect();
    let text = match value(r) {
        Some(v) => format!("{name}: {v}"),
        None if !components.is_empty() => format!("{name}: {}", components.join(", ")),
        None => name,
    };
    Line {
        text,
        detail: joined([concepts(&r["interpretation"]).first().cloned()]),
        date: date(r, &["effectiveDateTime", "effectivePeriod", "issued"]),
    }
}

fn report(r: &Value) -> Line {
    let results = r["result"].as_array().map_or(0, Vec::len);
    Line {
        text: concept(&r["code"]).unwrap_or_else(|| unnamed(r)),
        detail: joined([
            (results > 0)
                .then(|| format!("{results} result{}", if results == 1 { "" } else { "s" })),
            r["conclusion"].as_str().map(str::to_owned),
            status(&r["status"]),
        ]),
        date: date(r, &["effectiveDateTime", "effectivePeriod", "issued"]),
    }
}

fn event(r: &Value, code: &Value, when: &[&str]) -> Line {
    Line {
        text: concept(code).unwrap_or_else(|| unnamed(r)),
        detail: joined([
            status(&r["status"]),
            concepts(&r["reasonCode"]).first().map(|c| format!("for {c}")),
        ]),
        date: date(r, when),
    }
}

fn encounter(r: &Value) -> Line {
    let class = r["class"]["display"].as_str().or_else(|| r["class"]["code"].as_str());
    let kind = concepts(&r["type"]).first().cloned();
    Line {
        text: kind.or(class.map(str::to_owned)).unwrap_or_else(|| "Encounter".into()),
        detail: joined([
            concepts(&r["reasonCode"]).first().map(|c| format!("for {c}")),
            r["serviceProvider"]["display"].as_str().map(|p| format!("at {p}")),
            status(&r["status"]),
        ]),
        date: date(r, &["period"]),
    }
}

fn plan(r: &Value) -> Line {
    let text = concept(&r["description"])
        .or_else(|| r["title"].as_str().map(str::to_owned))
        .or_else(|| r["description"].as_str().map(str::to_owned))
        .or_else(|| concepts(&r["category"]).first().cloned())
        .unwrap_or_else(|| unnamed(r));
    Line {
        text,
        detail: joined([status(&r["lifecycleStatus"]).or_else(|| status(&r["status"]))]),
        date: date(r, &["period", "startDate", "created"]),
    }
}

fn document_line(r: &Value) -> Line {
    Line {
        text: concept(&r["type"])
            .or_else(|| r["description"].as_str().map(str::to_owned))
            .unwrap_or_else(|| unnamed(r)),
        detail: r["content"][0]["attachment"]["contentType"].as_str().map(str::to_owned),
        date: date(r, &["date"]),
    }
}

impl fmt::Display for Rendered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(p) = &self.patient {
            writeln!(f, "Patient: {p}")?;
        }
        for s in &self.sections {
            writeln!(f, "{}", s.title)?;
            for l in &s.lines {
                write!(f, "  - {}", l.text)?;
                if let Some(d) = &l.detail {
                    write!(f, " ({d})")?;
                }
                if let Some(d) = &l.date {
                    write!(f, ", {d}")?;
                }
                writeln!(f)?;
            }
        }
        if !self.also.is_empty() {
            let also: Vec<String> = self.also.iter().map(|(t, n)| format!("{n} {t}")).collect();
            writeln!(f, "Also: {}", also.join(", "))?;
        }
        if self.patient.is_none() && self.sections.is_empty() && self.also.is_empty() {
            writeln!(f, "(no resources)")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_record_reads_as_a_clinician_would_read_it() {
        let doc = json!({"resourceType":"Bundle","type":"collection","entry":[
            {"resource":{"resourceType":"Patient","name":[{"given":["Alice"],"family":"Doe"}],
              "birthDate":"1970-04-02","gender":"female"}},
            {"resource":{"resourceType":"Condition","subject":{"reference":"Patient/1"},
              "code":{"coding":[{"system":"http://snomed.info/sct","code":"44054006",
                "display":"Type 2 diabetes mellitus"}]},
              "clinicalStatus":{"coding":[{"code":"active"}]},"onsetDateTime":"2015-03-01T10:00:00Z"}},
            {"resource":{"resourceType":"Observation","status":"final",
              "code":{"coding":[{"system":"http://loinc.org","code":"4548-4","display":"Hemoglobin A1c"}]},
              "valueQuantity":{"value":7.2,"unit":"%"},"effectiveDateTime":"2024-01-15"}},
            {"resource":{"resourceType":"Observation","status":"final","code":{"text":"Blood pressure"},
              "component":[{"code":{"text":"Systolic"},"valueQuantity":{"value":128,"unit":"mmHg"}},
                           {"code":{"text":"Diastolic"},"valueQuantity":{"value":82,"unit":"mmHg"}}]}},
            {"resource":{"resourceType":"MedicationRequest","status":"active","intent":"order",
              "subject":{"reference":"Patient/1"},
              "medicationCodeableConcept":{"coding":[{"display":"Metformin 500 mg"}]},
              "dosageInstruction":[{"text":"twice daily with meals"}]}},
            {"resource":{"resourceType":"AllergyIntolerance","patient":{"reference":"Patient/1"},
              "code":{"text":"Penicillin"},"criticality":"high",
              "reaction":[{"manifestation":[{"text":"Anaphylaxis"}],"severity":"severe"}]}},
            {"resource":{"resourceType":"Encounter","status":"finished","class":{"code":"AMB"},
              "type":[{"text":"Diabetes check-up"}],"period":{"start":"2024-01-15T09:00:00Z"}}},
            {"resource":{"resourceType":"Procedure","status":"completed","subject":{"reference":"Patient/1"},
              "code":{"text":"Retinal screening"},"performedDateTime":"2024-01-15"}},
            {"resource":{"resourceType":"Claim","status":"active"}}
        ]});
        let r = render(&doc);
        assert_eq!(
            r.to_string(),
            "Patient: Alice Doe; born 1970-04-02; female
Conditions
  - Type 2 diabetes mellitus (active), 2015-03-01
Allergies
  - Penicillin (reaction: Anaphylaxis (severe); criticality high)
Medications
  - Metformin 500 mg (twice daily with meals; active)
Observations
  - Hemoglobin A1c: 7.2 %, 2024-01-15
  - Blood pressure: Systolic 128 mmHg, Diastolic 82 mmHg
Procedures
  - Retinal screening (completed), 2024-01-15
Encounters
  - Diabetes check-up (finished), 2024-01-15
Also: 1 Claim
"
        );
        let web = serde_json::to_value(&r).unwrap();
        assert_eq!(web["sections"][0]["lines"][0]["date"], "2015-03-01");
    }

    #[test]
    fn an_empty_document_says_so() {
        let r = render(&json!({"resourceType":"Bundle","type":"collection"}));
        assert_eq!(r.to_string(), "(no resources)\n");
    }
}
