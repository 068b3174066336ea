//! An EHR export in: one FHIR R4 document (a `$everything` Bundle, a Bulk Data or Synthea export,
//! or a single resource) split into one record per consent category, so that a grant on a
//! category opens exactly that part of it.
//!
//! [`split`] works on the JSON as it came: every resource is validated ([`crate::parse_value`])
//! but carried into its part byte for byte (the typed models read only what medvault reasons
//! about, and an import must lose nothing). Each part is a `collection` Bundle whose entries keep
//! their `fullUrl`s, so every reference of the export still resolves against the patient's
//! records taken together ([`unresolved`] checks it); a part larger than a record may be is cut
//! into several, each whole resources.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::{Map, Value, json};

use crate::{
    category::{Category, UnknownCategory},
    error::{FhirError, Result},
    model::is_r4_resource_type,
};

/// How large a part's JSON may grow before it is cut in two: under the relayer's 1 MiB record
/// limit with room for the envelope around it.
pub const MAX_PART_BYTES: usize = 960 * 1024;

/// Which category each resource type goes to: [`Category::of_type`], with overrides.
#[derive(Debug, Clone, Default)]
pub struct CategoryMap {
    overrides: HashMap<String, Category>,
}

/// Why a category override was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum MapError {
    /// The override is not `Type=category`.
    #[error("{0:?} is not TYPE=CATEGORY (e.g. Encounter=care-plans)")]
    Syntax(String),
    /// Not an R4 resource type.
    #[error("{0:?} is not a FHIR R4 resource type")]
    Type(String),
    /// Not a category.
    #[error(
        "{0:?} is not a category (one of: {names})",
        names = Category::ALL.iter().map(|c| c.name()).collect::<Vec<_>>().join(", ")
    )]
    Category(String),
    /// The emergency category is derived from content, never a type's home.
    #[error(
        "a resource type cannot go to the emergency category: it is what the patient's emergency \
         profile holds"
    )]
    Emergency,
    /// Bundles are split, not placed.
    #[error("a Bundle is split into its entries, it has no category of its own")]
    Bundle,
}

impl CategoryMap {
    /// The default mapping (docs/FHIR.md).
    pub fn new() -> Self {
        Self::default()
    }

    /// Sends `resource_type` to `category` instead of its default.
    pub fn set(&mut self, resource_type: &str, category: Category) -> Result<(), MapError> {
        if resource_type == "Bundle" {
            return Err(MapError::Bundle);
        }
        if !is_r4_resource_type(resource_type) {
            return Err(MapError::Type(resource_type.to_owned()));
        }
        if category == Category::Emergency {
            return Err(MapError::Emergency);
        }
        self.overrides.insert(resource_type.to_owned(), category);
        Ok(())
    }

    /// Applies an override written `Type=category` (the category by name or id).
    pub fn set_from_str(&mut self, spec: &str) -> Result<(), MapError> {
        let (t, c) = spec.split_once('=').ok_or_else(|| MapError::Syntax(spec.to_owned()))?;
        let category: Category = c.parse().map_err(|e: UnknownCategory| MapError::Category(e.0))?;
        self.set(t.trim(), category)
    }

    /// The category `resource_type` goes to.
    pub fn category_of(&self, resource_type: &str) -> Option<Category> {
        self.overrides.get(resource_type).copied().or_else(|| Category::of_type(resource_type))
    }
}

/// One record of an import: a `collection` Bundle of the resources of one category (and, split
/// per encounter, of one encounter).
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// The category every resource in it belongs to.
    pub category: Category,
    /// Split per encounter: the encounter its resources belong to (its `fullUrl`, or
    /// `Encounter/id`); `None` for what belongs to no encounter.
    pub encounter: Option<String>,
    /// The Bundle, as JSON text ready to seal.
    pub json: String,
    /// How many resources of each type it holds.
    pub types: BTreeMap<String, usize>,
}

impl Part {
    /// How many resources it holds.
    pub fn resources(&self) -> usize {
        self.types.values().sum()
    }
}

/// What an import put where.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Split {
    /// The records, in category order (within a category, encounters in document order, and a
    /// part cut in several keeps document order).
    pub parts: Vec<Part>,
    /// Resources in all.
    pub resources: usize,
    /// The Patient resources found (an export is one patient's).
    pub patients: usize,
}

/// How an export is cut into records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SplitOptions {
    /// A part larger than this is cut in several.
    pub max_part_bytes: usize,
    /// One record per category *and encounter*: a visit's labs apart from the next visit's, so a
    /// grant of one record shares one visit. Resources tied to no encounter stay together.
    pub per_encounter: bool,
}

impl Default for SplitOptions {
    fn default() -> Self {
        Self { max_part_bytes: MAX_PART_BYTES, per_encounter: false }
    }
}

/// Splits one FHIR document into one part per category (several where a part would exceed
/// `max_part_bytes`). The whole document is validated first; nothing is split from an invalid
/// one. A resource larger than `max_part_bytes` on its own is refused.
pub fn split(json: &str, map: &CategoryMap, max_part_bytes: usize) -> Result<Split> {
    split_with(json, map, &SplitOptions { max_part_bytes, per_encounter: false })
}

/// [`split`] with options: per category, or per category and encounter.
pub fn split_with(json: &str, map: &CategoryMap, opts: &SplitOptions) -> Result<Split> {
    let max_part_bytes = opts.max_part_bytes;
    let value: Value = serde_json::from_str(json).map_err(FhirError::Json)?;
    crate::parse_value(value.clone())?;
    let mut entries = Vec::new();
    flatten(value, None, &mut entries);
    let encounters = opts.per_encounter.then(|| encounter_aliases(&entries));

    // Groups in order of first appearance, by (category, encounter).
    type Group = (Category, Option<String>);
    type Entries = Vec<(Option<String>, Value)>;
    let mut order: HashMap<Group, usize> = HashMap::new();
    let mut groups: Vec<(Group, Entries)> = Vec::new();
    let mut patients = 0;
    let resources = entries.len();
    for (full_url, resource) in entries {
        let resource_type = resource["resourceType"].as_str().unwrap_or_default().to_owned();
        patients += usize::from(resource_type == "Patient");
        let category = map.category_of(&resource_type).ok_or_else(|| {
            FhirError::invalid(resource_type.clone(), "has no category (not an R4 resource type)")
        })?;
        let encounter =
            encounters.as_ref().and_then(|a| encounter_of(&resource, full_url.as_deref(), a));
        let key = (category, encounter);
        let at = *order.entry(key.clone()).or_insert_with(|| {
            groups.push((key, Vec::new()));
            groups.len() - 1
        });
        groups[at].1.push((full_url, resource));
    }
    // Category order; within a category, first appearance.
    groups.sort_by_key(|((category, _), _)| *category);

    let mut parts = Vec::new();
    for ((category, encounter), resources) in groups {
        let mut part = PartBuilder::new(category, encounter.clone());
        for (full_url, resource) in resources {
            let mut entry = Map::new();
            if let Some(url) = full_url {
                entry.insert("fullUrl".into(), Value::String(url));
            }
            let resource_type = resource["resourceType"].as_str().unwrap_or_default().to_owned();
            entry.insert("resource".into(), resource);
            let entry = serde_json::to_string(&entry).expect("JSON serialises");
            if PartBuilder::EMPTY_LEN + entry.len() > max_part_bytes {
                return Err(FhirError::invalid(
                    resource_type,
                    format!(
                        "one resource of {} bytes is larger than a record may be ({max_part_bytes})",
                        entry.len()
                    ),
                ));
            }
            if part.len() + 1 + entry.len() > max_part_bytes {
                let next = PartBuilder::new(category, encounter.clone());
                parts.push(std::mem::replace(&mut part, next).finish());
            }
            part.push(resource_type, &entry);
        }
        parts.push(part.finish());
    }
    Ok(Split { parts, resources, patients })
}

/// Every way the export refers to each of its Encounters (`fullUrl`, `Encounter/id`), mapped to
/// one name for it.
fn encounter_aliases(entries: &[(Option<String>, Value)]) -> HashMap<String, String> {
    let mut aliases = HashMap::new();
    for (url, r) in entries.iter().filter(|(_, r)| r["resourceType"] == "Encounter") {
        let local = r["id"].as_str().map(|id| format!("Encounter/{id}"));
        let Some(name) = url.clone().or_else(|| local.clone()) else { continue };
        for alias in [url.clone(), local].into_iter().flatten() {
            aliases.insert(alias, name.clone());
        }
    }
    aliases
}

/// The encounter a resource belongs to: itself for an Encounter, else the one its `encounter`
/// (or R4's `context`) element names.
fn encounter_of(
    r: &Value,
    full_url: Option<&str>,
    aliases: &HashMap<String, String>,
) -> Option<String> {
    let reference = if r["resourceType"] == "Encounter" {
        full_url.map(str::to_owned).or_else(|| r["id"].as_str().map(|id| format!("Encounter/{id}")))
    } else {
        [&r["encounter"], &r["context"], &r["context"]["encounter"][0]]
            .into_iter()
            .find_map(|v| v["reference"].as_str())
            .filter(|reference| {
                reference.starts_with("Encounter/") || aliases.contains_key(*reference)
            })
            .map(str::to_owned)
    }?;
    Some(aliases.get(&reference).cloned().unwrap_or(reference))
}

/// Resources of a document, Bundles opened (recursively), each with its entry's `fullUrl`.
fn flatten(value: Value, full_url: Option<String>, out: &mut Vec<(Option<String>, Value)>) {
    let Value::Object(mut object) = value else { return };
    if object.get("resourceType").and_then(Value::as_str) != Some("Bundle") {
        out.push((full_url, Value::Object(object)));
        return;
    }
    let Some(Value::Array(entries)) = object.remove("entry") else { return };
    for entry in entries {
        let Value::Object(mut entry) = entry else { continue };
        let url = match entry.remove("fullUrl") {
            Some(Value::String(u)) => Some(u),
            _ => None,
        };
        if let Some(resource) = entry.remove("resource") {
            flatten(resource, url, out);
        }
    }
}

/// A part's Bundle built as text, so its size is known without serialising twice.
struct PartBuilder {
    category: Category,
    encounter: Option<String>,
    json: String,
    entries: usize,
    types: BTreeMap<String, usize>,
}

impl PartBuilder {
    const HEAD: &'static str = r#"{"resourceType":"Bundle","type":"collection","entry":["#;
    const TAIL: &'static str = "]}";
    const EMPTY_LEN: usize = Self::HEAD.len() + Self::TAIL.len();

    fn new(category: Category, encounter: Option<String>) -> Self {
        Self {
            category,
            encounter,
            json: Self::HEAD.to_owned(),
            entries: 0,
            types: BTreeMap::new(),
        }
    }

    fn len(&self) -> usize {
        self.json.len() + Self::TAIL.len()
    }

    fn push(&mut self, resource_type: String, entry: &str) {
        if self.entries > 0 {
            self.json.push(',');
        }
        self.json.push_str(entry);
        self.entries += 1;
        *self.types.entry(resource_type).or_default() += 1;
    }

    fn finish(mut self) -> Part {
        self.json.push_str(Self::TAIL);
        Part {
            category: self.category,
            encounter: self.encounter,
            json: self.json,
            types: self.types,
        }
    }
}

/// Every literal reference in `documents` (FHIR JSON texts) that resolves to no resource among
/// them, by `fullUrl` or `Type/id`. Contained references (`#id`) and absolute URLs other than
/// `urn:` are not checked.
pub fn unresolved(documents: &[&str]) -> Result<Vec<String>> {
    let mut targets = HashSet::new();
    let mut references = Vec::new();
    for doc in documents {
        let value: Value = serde_json::from_str(doc).map_err(FhirError::Json)?;
        let mut entries = Vec::new();
        flatten(value, None, &mut entries);
        for (url, resource) in &entries {
            if let Some(url) = url {
                targets.insert(url.clone());
            }
            if let (Some(t), Some(id)) =
                (resource["resourceType"].as_str(), resource["id"].as_str())
            {
                targets.insert(format!("{t}/{id}"));
            }
            collect_references(resource, &mut references);
        }
    }
    let mut missing: Vec<String> = references
        .into_iter()
        .filter(|r| !r.starts_with('#'))
        .filter(|r| r.starts_with("urn:") || !r.contains("://"))
        .filter(|r| !targets.contains(r))
        .collect();
    missing.sort();
    missing.dedup();
    Ok(missing)
}

fn collect_references(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(o) => {
            if let Some(Value::String(r)) = o.get("reference") {
                out.push(r.clone());
            }
            // A contained resource's references point inside its container.
            o.iter()
                .filter(|(k, _)| *k != "contained")
                .for_each(|(_, v)| collect_references(v, out));
        }
        Value::Array(a) => a.iter().for_each(|v| collect_references(v, out)),
        _ => {}
    }
}

/// A one-line summary of a split: per part, its category and what it holds.
pub fn summary(split: &Split) -> Value {
    json!({
        "resources": split.resources,
        "records": split.parts.iter().map(|p| json!({
            "category": p.category.name(),
            "categoryId": p.category.id(),
            "encounter": p.encounter,
            "resources": p.resources(),
            "bytes": p.json.len(),
            "types": p.types,
        })).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXPORT: &str = r#"{"resourceType":"Bundle","type":"transaction","entry":[
        {"fullUrl":"urn:uuid:p1","resource":{"resourceType":"Patient","id":"p1","name":[{"family":"Doe"}]},
         "request":{"method":"POST","url":"Patient"}},
        {"fullUrl":"urn:uuid:e1","resource":{"resourceType":"Encounter","id":"e1","status":"finished",
         "class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB"},
         "subject":{"reference":"urn:uuid:p1"},"serviceProvider":{"reference":"urn:uuid:o1"}}},
        {"fullUrl":"urn:uuid:o1","resource":{"resourceType":"Organization","id":"o1","name":"Clinic",
         "alias":["The Clinic"]}},
        {"fullUrl":"urn:uuid:c1","resource":{"resourceType":"Condition","id":"c1",
         "subject":{"reference":"urn:uuid:p1"},"encounter":{"reference":"urn:uuid:e1"},
         "code":{"coding":[{"system":"http://snomed.info/sct","code":"44054006"}]},
         "unmodelledElement":{"kept":true}}},
        {"fullUrl":"urn:uuid:g1","resource":{"resourceType":"Goal","lifecycleStatus":"active",
         "description":{"text":"HbA1c < 7"},"subject":{"reference":"urn:uuid:p1"},
         "addresses":[{"reference":"urn:uuid:c1"}]}}]}"#;

    #[test]
    fn an_export_splits_by_category_and_keeps_every_byte_and_reference() {
        let split = split(EXPORT, &CategoryMap::new(), MAX_PART_BYTES).unwrap();
        let cats: Vec<_> = split.parts.iter().map(|p| p.category).collect();
        assert_eq!(
            cats,
            [
                Category::Demographics,
                Category::Conditions,
                Category::Encounters,
                Category::CarePlans,
                Category::CareProviders
            ]
        );
        assert_eq!((split.resources, split.patients), (5, 1));
        // Each part is a valid collection Bundle, and the unmodelled elements survived.
        for p in &split.parts {
            let parsed = crate::parse_json(&p.json).unwrap();
            assert_eq!(parsed.resource_type(), "Bundle");
        }
        let conditions = &split.parts[1].json;
        assert!(conditions.contains(r#""unmodelledElement":{"kept":true}"#), "{conditions}");
        assert!(split.parts[4].json.contains(r#""alias":["The Clinic"]"#));
        // Every reference resolves across the parts, and not within one alone.
        let docs: Vec<&str> = split.parts.iter().map(|p| p.json.as_str()).collect();
        assert_eq!(unresolved(&docs).unwrap(), Vec::<String>::new());
        assert_eq!(unresolved(&[conditions]).unwrap(), ["urn:uuid:e1", "urn:uuid:p1"]);
    }

    /// Per encounter: each visit's resources of a category are a record of their own; what no
    /// visit names stays together; nothing is lost and every reference still resolves.
    #[test]
    fn an_export_splits_per_encounter_too() {
        use crate::synthetic::{self, Lcg};
        let export = synthetic::export(1, 4, &mut Lcg(3)).to_string();
        let opts = SplitOptions { per_encounter: true, ..SplitOptions::default() };
        let split = split_with(&export, &CategoryMap::new(), &opts).unwrap();
        let of = |c: Category| split.parts.iter().filter(move |p| p.category == c);
        // One record per visit for the visit's own categories.
        assert_eq!(of(Category::Encounters).count(), 4);
        assert!(of(Category::Encounters).all(|p| p.types.get("Encounter") == Some(&1)));
        assert_eq!(of(Category::Observations).filter(|p| p.encounter.is_some()).count(), 4);
        let visits: Vec<_> = of(Category::Encounters).map(|p| p.encounter.clone()).collect();
        let labs: Vec<_> =
            of(Category::Observations).filter_map(|p| p.encounter.clone().map(Some)).collect();
        assert_eq!(visits, labs, "the same visits, in document order");
        // What belongs to no visit (the patient, her doctors, the specimens) is not split.
        assert_eq!(of(Category::Demographics).count(), 1);
        assert!(of(Category::CareProviders).all(|p| p.encounter.is_none()));
        assert_eq!(split.parts.iter().map(Part::resources).sum::<usize>(), split.resources);
        let docs: Vec<&str> = split.parts.iter().map(|p| p.json.as_str()).collect();
        assert_eq!(unresolved(&docs).unwrap(), Vec::<String>::new());
        // Per category only, the same export is one record per category.
        let whole = super::split(&export, &CategoryMap::new(), MAX_PART_BYTES).unwrap();
        assert_eq!(whole.parts.iter().filter(|p| p.category == Category::Encounters).count(), 1);
        assert!(whole.parts.iter().all(|p| p.encounter.is_none()));
    }

    #[test]
    fn overrides_move_a_type_and_bad_ones_say_why() {
        let mut map = CategoryMap::new();
        map.set_from_str("Goal=conditions").unwrap();
        let split = split(EXPORT, &map, MAX_PART_BYTES).unwrap();
        let conditions = split.parts.iter().find(|p| p.category == Category::Conditions).unwrap();
        assert_eq!(conditions.types.get("Goal"), Some(&1));
        assert_eq!(map.set_from_str("Goal"), Err(MapError::Syntax("Goal".into())));
        assert_eq!(map.set_from_str("Gaol=conditions"), Err(MapError::Type("Gaol".into())));
        assert_eq!(map.set_from_str("Goal=lab"), Err(MapError::Category("lab".into())));
        assert_eq!(map.set_from_str("Goal=emergency"), Err(MapError::Emergency));
        assert_eq!(map.set_from_str("Bundle=other"), Err(MapError::Bundle));
    }

    #[test]
    fn large_categories_are_cut_into_records_that_fit() {
        let observations: Vec<String> = (0..50)
            .map(|i| {
                format!(
                    r#"{{"fullUrl":"urn:uuid:o{i}","resource":{{"resourceType":"Observation","id":"o{i}",
                    "status":"final","code":{{"text":"{}"}}}}}}"#,
                    "x".repeat(200)
                )
            })
            .collect();
        let doc = format!(
            r#"{{"resourceType":"Bundle","type":"collection","entry":[{}]}}"#,
            observations.join(",")
        );
        let split = split(&doc, &CategoryMap::new(), 2_000).unwrap();
        assert!(split.parts.len() > 5, "{}", split.parts.len());
        assert!(split.parts.iter().all(|p| p.json.len() <= 2_000));
        assert_eq!(split.parts.iter().map(Part::resources).sum::<usize>(), 50);
        let e = super::split(&doc, &CategoryMap::new(), 100).unwrap_err();
        assert!(e.to_string().contains("larger than a record may be"), "{e}");
    }

    #[test]
    fn an_invalid_export_is_refused_whole() {
        let bad = EXPORT.replace(r#""status":"finished","#, "");
        let e = split(&bad, &CategoryMap::new(), MAX_PART_BYTES).unwrap_err();
        assert_eq!(
            e.to_string(),
            "Bundle.entry[1].resource: Encounter.status: missing required field"
        );
    }
}
