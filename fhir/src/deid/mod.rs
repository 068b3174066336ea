//! De-identification to a research view, following HIPAA Safe Harbor (45 CFR 164.514(b)(2)).
//!
//! The transformation is an allowlist: each output resource is built afresh from the elements
//! listed in docs/FHIR.md, so an element nobody thought about is dropped rather than copied.
//! What is kept is generalised: dates to their year, ZIP codes to ZIP3 (or `000`), ages over 89
//! to "90 or more", codings to standard terminologies only. Free text (narratives, notes,
//! `CodeableConcept.text`, `valueString`, conclusions) is dropped, never scrubbed. A final
//! [`leak`] sweep refuses the view if any identifier-shaped string survived anyway.

pub mod leak;
pub mod zip3;

use std::collections::HashMap;

use serde::Serialize;
use time::Date;

use crate::model::{
    Address, AllergyIntolerance, AllergyReaction, Bundle, BundleEntry, BundleType, CodeableConcept,
    Coding, Condition, DiagnosticReport, Encounter, EncounterDiagnosis, EncounterHospitalization,
    Extension, FhirDate, FhirDateTime, Immunization, MedicationRequest, MedicationStatement, Meta,
    Observation, ObservationComponent, PartialDate, Patient, Period, Procedure, Quantity,
    Reference, ReferenceRange, Resource,
};
pub use leak::Leak;

/// URL of the Patient extension that carries the age band when the birth year must go.
pub const AGE_BAND_URL: &str = "https://medvault.org/fhir/StructureDefinition/age-band";

/// Code systems whose codes and displays are terminology, not patient data, and so are kept.
pub const STANDARD_SYSTEMS: &[&str] = &[
    "http://snomed.info/sct",
    "http://loinc.org",
    "http://hl7.org/fhir/sid/icd-10",
    "http://hl7.org/fhir/sid/icd-10-cm",
    "http://www.nlm.nih.gov/research/umls/rxnorm",
    "http://hl7.org/fhir/sid/cvx",
    "http://hl7.org/fhir/sid/ndc",
    "http://unitsofmeasure.org",
];

/// Prefixes of HL7-defined code systems (statuses, categories, interpretations).
const STANDARD_PREFIXES: &[&str] = &["http://terminology.hl7.org/CodeSystem/"];

/// LOINC codes whose value is the patient's age, which Safe Harbor caps at 90.
const AGE_LOINC: &[&str] = &["30525-0", "21612-7", "29553-5"];

/// Whether codes from this system may appear in a research view.
pub fn is_standard_system(system: &str) -> bool {
    STANDARD_SYSTEMS.contains(&system) || STANDARD_PREFIXES.iter().any(|p| system.starts_with(p))
}

/// Why de-identification refused to produce a view.
#[derive(Debug, thiserror::Error)]
pub enum DeidError {
    /// A research view covers one patient; the records held several.
    #[error("the records describe {0} patients; a research view covers exactly one")]
    SeveralPatients(usize),
    /// An identifier-shaped string survived the transformation (the value is not shown).
    #[error("the research view still holds what looks like a {} at {}", .0.kind, .0.path)]
    Leak(Leak),
}

/// Result of de-identification.
pub type Result<T, E = DeidError> = std::result::Result<T, E>;

/// Settings of a de-identification run.
#[derive(Debug, Clone)]
pub struct DeidOptions {
    /// The date ages are computed at (export date).
    pub as_of: Date,
    /// Id the Patient gets in the view, and every subject reference points to. It must not be
    /// derived from any identifier (164.514(c)); the relayer supplies a fresh one per delivery.
    pub subject_id: String,
}

impl DeidOptions {
    /// Options for an export today, with the subject called `subject`.
    pub fn now() -> Self {
        Self { as_of: time::OffsetDateTime::now_utc().date(), subject_id: "subject".into() }
    }
}

/// A resource left out of the view, and why. Carries no identifier of the resource.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Dropped {
    /// Position among the input's resources (Bundles flattened).
    pub index: usize,
    /// Its resource type.
    pub resource_type: &'static str,
    /// Why it was left out.
    pub reason: &'static str,
}

/// A de-identified research view of one patient's records.
#[derive(Debug, Clone, PartialEq)]
pub struct ResearchView {
    /// The de-identified resources, as a `collection` Bundle labelled `ANONYED`.
    pub bundle: Bundle,
    /// The input resources left out entirely.
    pub dropped: Vec<Dropped>,
}

impl ResearchView {
    /// The view as FHIR JSON (a Bundle).
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(Resource::Bundle(self.bundle.clone()))
            .expect("resources serialise to JSON")
    }

    /// The de-identified resources.
    pub fn resources(&self) -> impl Iterator<Item = &Resource> {
        self.bundle.entry.iter().filter_map(|e| e.resource.as_ref())
    }
}

/// De-identifies one patient's records (any mix of resources and Bundles) into a research view.
pub fn deidentify(records: &[Resource], opts: &DeidOptions) -> Result<ResearchView> {
    let mut flat = Vec::new();
    for r in records {
        flatten_with_urls(r, None, &mut flat);
    }
    let patients = flat.iter().filter(|(_, r)| matches!(r, Resource::Patient(_))).count();
    if patients > 1 {
        return Err(DeidError::SeveralPatients(patients));
    }

    // New ids are positional, so they carry nothing of the originals; the map lets
    // DiagnosticReport.result keep pointing at the observations it groups.
    let mut ctx = Ctx { opts, new_ids: HashMap::new() };
    let mut next = 0usize;
    for (url, r) in &flat {
        if matches!(r, Resource::Patient(_)) {
            continue;
        }
        next += 1;
        let new = format!("{}/r{next}", r.resource_type());
        if let Some(id) = r.id() {
            ctx.new_ids.insert(format!("{}/{id}", r.resource_type()), new.clone());
        }
        if let Some(url) = url {
            ctx.new_ids.insert((*url).to_owned(), new.clone());
        }
    }

    let mut entry = Vec::with_capacity(flat.len());
    let mut dropped = Vec::new();
    let mut n = 0usize;
    for (index, (_, r)) in flat.iter().enumerate() {
        let id = if matches!(r, Resource::Patient(_)) {
            opts.subject_id.clone()
        } else {
            n += 1;
            format!("r{n}")
        };
        match ctx.resource(r, id) {
            Ok(out) => entry.push(BundleEntry { full_url: None, resource: Some(out) }),
            Err(reason) => {
                dropped.push(Dropped { index, resource_type: r.resource_type(), reason })
            }
        }
    }
    // Ids of dropped resources may still be referenced; those references were resolved against
    // every id, so remove the ones that now dangle.
    let kept: std::collections::HashSet<String> = entry
        .iter()
        .filter_map(|e| e.resource.as_ref())
        .filter_map(|r| r.id().map(|id| format!("{}/{id}", r.resource_type())))
        .collect();
    let resolves = |r: &Reference| r.reference.as_ref().is_some_and(|r| kept.contains(r));
    for e in &mut entry {
        match &mut e.resource {
            Some(Resource::DiagnosticReport(d)) => d.result.retain(resolves),
            Some(Resource::Encounter(enc)) => enc.diagnosis.retain(|d| resolves(&d.condition)),
            _ => {}
        }
    }

    let bundle = Bundle {
        id: None,
        meta: Some(Meta {
            security: vec![Coding {
                system: Some("http://terminology.hl7.org/CodeSystem/v3-ObservationValue".into()),
                code: Some("ANONYED".into()),
                display: Some("anonymized".into()),
                version: None,
            }],
        }),
        identifier: None,
        type_: BundleType::Collection,
        timestamp: None,
        entry,
    };
    let view = ResearchView { bundle, dropped };
    if let Some(leak) = leak::sweep(&view.to_json()) {
        return Err(DeidError::Leak(leak));
    }
    Ok(view)
}

fn flatten_with_urls<'a>(
    r: &'a Resource,
    url: Option<&'a str>,
    out: &mut Vec<(Option<&'a str>, &'a Resource)>,
) {
    match r {
        Resource::Bundle(b) => {
            for e in &b.entry {
                if let Some(res) = &e.resource {
                    flatten_with_urls(res, e.full_url.as_deref(), out);
                }
            }
        }
        other => out.push((url, other)),
    }
}

/// Why a resource cannot appear in the view.
type Keep<T> = std::result::Result<T, &'static str>;

/// Why a resource of a type the research view does not model was left out.
pub const NOT_IN_VIEW: &str = "its resource type is not in the research view";

struct Ctx<'a> {
    opts: &'a DeidOptions,
    new_ids: HashMap<String, String>,
}

fn coding(c: &Coding) -> Option<Coding> {
    let system = c.system.as_deref().filter(|s| is_standard_system(s))?;
    Some(Coding {
        system: Some(system.to_owned()),
        version: None,
        code: Some(c.code.clone()?),
        display: c.display.clone(),
    })
}

fn concept(cc: &CodeableConcept) -> Option<CodeableConcept> {
    let coding: Vec<Coding> = cc.coding.iter().filter_map(coding).collect();
    (!coding.is_empty()).then_some(CodeableConcept { coding, text: None })
}

fn concepts(ccs: &[CodeableConcept]) -> Vec<CodeableConcept> {
    ccs.iter().filter_map(concept).collect()
}

fn opt_concept(cc: Option<&CodeableConcept>) -> Option<CodeableConcept> {
    cc.and_then(concept)
}

fn required_concept(cc: Option<&CodeableConcept>) -> Keep<CodeableConcept> {
    opt_concept(cc).ok_or("no code from a standard terminology")
}

fn quantity(q: &Quantity) -> Quantity {
    let ucum = q.system.as_deref() == Some("http://unitsofmeasure.org");
    Quantity {
        value: q.value,
        comparator: q.comparator.clone(),
        unit: q.unit.clone(),
        system: ucum.then(|| "http://unitsofmeasure.org".to_owned()),
        code: if ucum { q.code.clone() } else { None },
    }
}

/// An age in years from an `Age`-like quantity, if its unit says what it is.
fn age_years(q: &Quantity) -> Option<f64> {
    let per_year = match q.code.as_deref().or(q.unit.as_deref()) {
        Some("a" | "yr" | "year" | "years") | None => 1.0,
        Some("mo" | "month" | "months") => 12.0,
        Some("wk" | "week" | "weeks") => 365.25 / 7.0,
        Some("d" | "day" | "days") => 365.25,
        Some(_) => return None,
    };
    Some(q.value? / per_year)
}

/// Caps an age at "90 or more", the Safe Harbor aggregate for ages over 89.
fn age_quantity(q: &Quantity) -> Quantity {
    match age_years(q) {
        Some(years) if years >= 90.0 => Quantity {
            value: Some(90.0),
            comparator: Some(">=".into()),
            unit: Some("a".into()),
            system: Some("http://unitsofmeasure.org".into()),
            code: Some("a".into()),
        },
        _ => quantity(q),
    }
}

fn year(dt: &FhirDateTime) -> FhirDateTime {
    FhirDateTime::year_only(dt.parts().year)
}

fn opt_year(dt: Option<&FhirDateTime>) -> Option<FhirDateTime> {
    dt.map(year)
}

fn period(p: &Period) -> Option<Period> {
    let out = Period { start: opt_year(p.start.as_ref()), end: opt_year(p.end.as_ref()) };
    (out.start.is_some() || out.end.is_some()).then_some(out)
}

fn opt_period(p: Option<&Period>) -> Option<Period> {
    p.and_then(period)
}

/// Full years between a (possibly partial) birth date and `as_of`. For a partial date, the
/// largest age it allows, so that the 90+ rule errs on the side of hiding.
pub(crate) fn max_age(birth: PartialDate, as_of: Date) -> i32 {
    let years = as_of.year() - birth.year;
    match birth.date() {
        Some(b) if (as_of.month() as u8, as_of.day()) < (b.month() as u8, b.day()) => years - 1,
        _ => years,
    }
}

impl Ctx<'_> {
    fn subject(&self) -> Reference {
        Reference::to("Patient", &self.opts.subject_id)
    }

    fn resource(&self, r: &Resource, id: String) -> Keep<Resource> {
        Ok(match r {
            Resource::Patient(p) => Resource::Patient(self.patient(p, id)),
            Resource::Observation(o) => Resource::Observation(self.observation(o, id)?),
            Resource::Condition(c) => Resource::Condition(self.condition(c, id)?),
            Resource::MedicationStatement(m) => {
                Resource::MedicationStatement(self.medication_statement(m, id)?)
            }
            Resource::MedicationRequest(m) => {
                Resource::MedicationRequest(self.medication_request(m, id)?)
            }
            Resource::Procedure(p) => Resource::Procedure(self.procedure(p, id)?),
            Resource::AllergyIntolerance(a) => Resource::AllergyIntolerance(self.allergy(a, id)?),
            Resource::Immunization(i) => Resource::Immunization(self.immunization(i, id)?),
            Resource::DiagnosticReport(d) => Resource::DiagnosticReport(self.report(d, id)?),
            Resource::Encounter(e) => Resource::Encounter(self.encounter(e, id)?),
            Resource::Bundle(_) => unreachable!("bundles are flattened before transformation"),
            Resource::Consent(_) | Resource::AuditEvent(_) => {
                return Err("a consent or an audit record, not clinical data");
            }
            // The allowlist names the modelled types only: a type nobody reviewed never leaves.
            Resource::Other(_) => return Err(NOT_IN_VIEW),
        })
    }

    fn patient(&self, p: &Patient, id: String) -> Patient {
        let over_89 =
            p.birth_date.as_ref().is_some_and(|b| max_age(b.parts(), self.opts.as_of) >= 90);
        let (birth_date, extension) = match &p.birth_date {
            Some(_) if over_89 => (
                None,
                vec![Extension { url: AGE_BAND_URL.into(), value_string: Some("90+".into()) }],
            ),
            Some(b) => (Some(FhirDate::year_only(b.parts().year)), Vec::new()),
            // Only our own band survives from the input, so a view de-identified again keeps it.
            None => (
                None,
                p.extension
                    .iter()
                    .filter(|e| e.url == AGE_BAND_URL && e.value_string.as_deref() == Some("90+"))
                    .cloned()
                    .collect(),
            ),
        };
        // The current address only: a history of states narrows the person down.
        let address = p
            .address
            .iter()
            .find(|a| a.use_.as_deref() != Some("old"))
            .map(address)
            .filter(|a| a != &Address::default())
            .into_iter()
            .collect();
        Patient {
            id: Some(id),
            extension,
            gender: p.gender,
            birth_date,
            // For the over-89 the year of death would date the birth, so only the fact remains.
            deceased_boolean: if over_89 {
                p.deceased_boolean.or(p.deceased_date_time.as_ref().map(|_| true))
            } else {
                p.deceased_boolean
            },
            deceased_date_time: if over_89 {
                None
            } else {
                opt_year(p.deceased_date_time.as_ref())
            },
            address,
            marital_status: opt_concept(p.marital_status.as_ref()),
            ..Patient::default()
        }
    }

    fn observation(&self, o: &Observation, id: String) -> Keep<Observation> {
        let code = required_concept(Some(&o.code))?;
        let is_age = o.code.has_any_code("http://loinc.org", AGE_LOINC);
        let value_quantity =
            o.value_quantity.as_ref().map(|q| if is_age { age_quantity(q) } else { quantity(q) });
        let value_integer = o.value_integer.map(|v| if is_age { v.min(90) } else { v });
        Ok(Observation {
            id: Some(id),
            meta: None,
            text: None,
            identifier: Vec::new(),
            status: o.status,
            category: concepts(&o.category),
            code,
            subject: Some(self.subject()),
            encounter: None,
            effective_date_time: opt_year(o.effective_date_time.as_ref()),
            effective_period: opt_period(o.effective_period.as_ref()),
            issued: opt_year(o.issued.as_ref()),
            performer: Vec::new(),
            value_quantity,
            value_codeable_concept: opt_concept(o.value_codeable_concept.as_ref()),
            value_string: None,
            value_boolean: o.value_boolean,
            value_integer,
            value_date_time: opt_year(o.value_date_time.as_ref()),
            data_absent_reason: opt_concept(o.data_absent_reason.as_ref()),
            interpretation: concepts(&o.interpretation),
            note: Vec::new(),
            body_site: opt_concept(o.body_site.as_ref()),
            method: opt_concept(o.method.as_ref()),
            specimen: None,
            device: None,
            reference_range: o
                .reference_range
                .iter()
                .map(|r| ReferenceRange {
                    low: r.low.as_ref().map(quantity),
                    high: r.high.as_ref().map(quantity),
                    text: None,
                })
                .filter(|r| r.low.is_some() || r.high.is_some())
                .collect(),
            component: o
                .component
                .iter()
                .filter_map(|c| {
                    Some(ObservationComponent {
                        code: concept(&c.code)?,
                        value_quantity: c.value_quantity.as_ref().map(quantity),
                        value_codeable_concept: opt_concept(c.value_codeable_concept.as_ref()),
                        value_string: None,
                        data_absent_reason: opt_concept(c.data_absent_reason.as_ref()),
                    })
                })
                .collect(),
        })
    }

    fn condition(&self, c: &Condition, id: String) -> Keep<Condition> {
        Ok(Condition {
            id: Some(id),
            meta: None,
            text: None,
            identifier: Vec::new(),
            clinical_status: opt_concept(c.clinical_status.as_ref()),
            verification_status: opt_concept(c.verification_status.as_ref()),
            category: concepts(&c.category),
            severity: opt_concept(c.severity.as_ref()),
            code: Some(required_concept(c.code.as_ref())?),
            body_site: concepts(&c.body_site),
            subject: self.subject(),
            encounter: None,
            onset_date_time: opt_year(c.onset_date_time.as_ref()),
            onset_age: c.onset_age.as_ref().map(age_quantity),
            onset_period: opt_period(c.onset_period.as_ref()),
            onset_string: None,
            abatement_date_time: opt_year(c.abatement_date_time.as_ref()),
            abatement_age: c.abatement_age.as_ref().map(age_quantity),
            abatement_period: opt_period(c.abatement_period.as_ref()),
            abatement_string: None,
            recorded_date: opt_year(c.recorded_date.as_ref()),
            recorder: None,
            asserter: None,
            note: Vec::new(),
        })
    }

    fn medication_statement(
        &self,
        m: &MedicationStatement,
        id: String,
    ) -> Keep<MedicationStatement> {
        Ok(MedicationStatement {
            id: Some(id),
            meta: None,
            text: None,
            identifier: Vec::new(),
            status: m.status,
            category: opt_concept(m.category.as_ref()),
            medication_codeable_concept: Some(required_concept(
                m.medication_codeable_concept.as_ref(),
            )?),
            medication_reference: None,
            subject: self.subject(),
            effective_date_time: opt_year(m.effective_date_time.as_ref()),
            effective_period: opt_period(m.effective_period.as_ref()),
            date_asserted: opt_year(m.date_asserted.as_ref()),
            information_source: None,
            reason_code: concepts(&m.reason_code),
            note: Vec::new(),
        })
    }

    fn medication_request(&self, m: &MedicationRequest, id: String) -> Keep<MedicationRequest> {
        Ok(MedicationRequest {
            id: Some(id),
            meta: None,
            text: None,
            identifier: Vec::new(),
            status: m.status,
            intent: m.intent,
            medication_codeable_concept: Some(required_concept(
                m.medication_codeable_concept.as_ref(),
            )?),
            medication_reference: None,
            subject: self.subject(),
            encounter: None,
            authored_on: opt_year(m.authored_on.as_ref()),
            requester: None,
            reason_code: concepts(&m.reason_code),
            note: Vec::new(),
        })
    }

    fn procedure(&self, p: &Procedure, id: String) -> Keep<Procedure> {
        Ok(Procedure {
            id: Some(id),
            meta: None,
            text: None,
            identifier: Vec::new(),
            status: p.status,
            category: opt_concept(p.category.as_ref()),
            code: Some(required_concept(p.code.as_ref())?),
            subject: self.subject(),
            encounter: None,
            performed_date_time: opt_year(p.performed_date_time.as_ref()),
            performed_period: opt_period(p.performed_period.as_ref()),
            performed_string: None,
            location: None,
            reason_code: concepts(&p.reason_code),
            body_site: concepts(&p.body_site),
            outcome: opt_concept(p.outcome.as_ref()),
            note: Vec::new(),
        })
    }

    fn allergy(&self, a: &AllergyIntolerance, id: String) -> Keep<AllergyIntolerance> {
        Ok(AllergyIntolerance {
            id: Some(id),
            meta: None,
            text: None,
            identifier: Vec::new(),
            clinical_status: opt_concept(a.clinical_status.as_ref()),
            verification_status: opt_concept(a.verification_status.as_ref()),
            type_: a.type_,
            category: a.category.clone(),
            criticality: a.criticality,
            code: Some(required_concept(a.code.as_ref())?),
            patient: self.subject(),
            onset_date_time: opt_year(a.onset_date_time.as_ref()),
            recorded_date: opt_year(a.recorded_date.as_ref()),
            recorder: None,
            note: Vec::new(),
            reaction: a
                .reaction
                .iter()
                .filter_map(|r| {
                    let manifestation = concepts(&r.manifestation);
                    (!manifestation.is_empty()).then(|| AllergyReaction {
                        substance: opt_concept(r.substance.as_ref()),
                        manifestation,
                        description: None,
                        onset: opt_year(r.onset.as_ref()),
                        severity: r.severity,
                        note: Vec::new(),
                    })
                })
                .collect(),
        })
    }

    fn immunization(&self, i: &Immunization, id: String) -> Keep<Immunization> {
        // occurrence[x] is required and its string form is free text: without a date, no resource.
        let occurrence =
            i.occurrence_date_time.as_ref().ok_or("occurrence given only as free text")?;
        Ok(Immunization {
            id: Some(id),
            meta: None,
            text: None,
            identifier: Vec::new(),
            status: i.status,
            vaccine_code: required_concept(Some(&i.vaccine_code))?,
            patient: self.subject(),
            encounter: None,
            occurrence_date_time: Some(year(occurrence)),
            occurrence_string: None,
            recorded: opt_year(i.recorded.as_ref()),
            primary_source: i.primary_source,
            location: None,
            lot_number: None,
            expiration_date: None,
            site: opt_concept(i.site.as_ref()),
            route: opt_concept(i.route.as_ref()),
            dose_quantity: i.dose_quantity.as_ref().map(quantity),
            note: Vec::new(),
        })
    }

    fn report(&self, d: &DiagnosticReport, id: String) -> Keep<DiagnosticReport> {
        let result = d
            .result
            .iter()
            .filter_map(|r| self.new_ids.get(r.reference.as_deref()?))
            .filter(|new| new.starts_with("Observation/"))
            .map(|new| Reference { reference: Some(new.clone()), ..Reference::default() })
            .collect();
        Ok(DiagnosticReport {
            id: Some(id),
            meta: None,
            text: None,
            identifier: Vec::new(),
            status: d.status,
            category: concepts(&d.category),
            code: required_concept(Some(&d.code))?,
            subject: Some(self.subject()),
            encounter: None,
            effective_date_time: opt_year(d.effective_date_time.as_ref()),
            effective_period: opt_period(d.effective_period.as_ref()),
            issued: opt_year(d.issued.as_ref()),
            performer: Vec::new(),
            result,
            conclusion: None,
            conclusion_code: concepts(&d.conclusion_code),
            presented_form: Vec::new(),
        })
    }
}

impl Ctx<'_> {
    /// A reference to a resource that is also in the view, re-pointed at its new id.
    fn repoint(&self, r: &Reference) -> Option<Reference> {
        let new = self.new_ids.get(r.reference.as_deref()?)?;
        Some(Reference { reference: Some(new.clone()), ..Reference::default() })
    }

    fn encounter(&self, e: &Encounter, id: String) -> Keep<Encounter> {
        let class = coding(&e.class).ok_or("no class from a standard terminology")?;
        Ok(Encounter {
            id: Some(id),
            meta: None,
            text: None,
            identifier: Vec::new(),
            status: e.status,
            class,
            type_: concepts(&e.type_),
            service_type: opt_concept(e.service_type.as_ref()),
            priority: opt_concept(e.priority.as_ref()),
            subject: Some(self.subject()),
            episode_of_care: Vec::new(),
            participant: Vec::new(),
            period: opt_period(e.period.as_ref()),
            length: e.length.as_ref().map(quantity),
            reason_code: concepts(&e.reason_code),
            reason_reference: Vec::new(),
            diagnosis: e
                .diagnosis
                .iter()
                .filter_map(|d| {
                    Some(EncounterDiagnosis {
                        condition: self.repoint(&d.condition)?,
                        use_: opt_concept(d.use_.as_ref()),
                        rank: d.rank,
                    })
                })
                .collect(),
            hospitalization: e.hospitalization.as_ref().and_then(|h| {
                let out = EncounterHospitalization {
                    admit_source: opt_concept(h.admit_source.as_ref()),
                    re_admission: opt_concept(h.re_admission.as_ref()),
                    discharge_disposition: opt_concept(h.discharge_disposition.as_ref()),
                    ..EncounterHospitalization::default()
                };
                (out != EncounterHospitalization::default()).then_some(out)
            }),
            location: Vec::new(),
            service_provider: None,
            part_of: None,
        })
    }
}

/// State and country stay; the ZIP becomes ZIP3 (or `000`); street, city and district go.
fn address(a: &Address) -> Address {
    let us = a
        .country
        .as_deref()
        .is_none_or(|c| matches!(c.to_ascii_uppercase().as_str(), "US" | "USA" | "UNITED STATES"));
    Address {
        state: a.state.clone(),
        country: a.country.clone(),
        postal_code: if us {
            a.postal_code.as_deref().and_then(zip3::safe_harbor_zip)
        } else {
            None
        },
        ..Address::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn age_is_computed_to_the_day_and_errs_high_for_partial_dates() {
        let as_of = date!(2024 - 06 - 01);
        let full = |s| FhirDate::parse(s).unwrap().parts();
        assert_eq!(max_age(full("1934-06-02"), as_of), 89);
        assert_eq!(max_age(full("1934-06-01"), as_of), 90);
        assert_eq!(max_age(full("1934"), as_of), 90);
    }

    #[test]
    fn ages_in_other_units_are_capped_too() {
        let months =
            Quantity { value: Some(1100.0), code: Some("mo".into()), ..Quantity::default() };
        assert_eq!(age_quantity(&months).comparator.as_deref(), Some(">="));
        let young = Quantity { value: Some(52.0), code: Some("a".into()), ..Quantity::default() };
        assert_eq!(age_quantity(&young).value, Some(52.0));
    }

    #[test]
    fn addresses_keep_state_country_and_zip3_only() {
        let a = Address {
            line: vec!["12 Elm St".into()],
            city: Some("Springfield".into()),
            district: Some("Hampden".into()),
            state: Some("MA".into()),
            postal_code: Some("01103".into()),
            country: Some("US".into()),
            ..Address::default()
        };
        let out = address(&a);
        assert_eq!(
            out,
            Address {
                state: Some("MA".into()),
                postal_code: Some("011".into()),
                country: Some("US".into()),
                ..Address::default()
            }
        );
        let abroad = Address {
            postal_code: Some("75008".into()),
            country: Some("FR".into()),
            ..Address::default()
        };
        assert_eq!(address(&abroad).postal_code, None);
    }
}
