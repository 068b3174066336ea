//! A last sweep over a research view for identifier shapes that must never leave the device.
//!
//! The transformation in [`super`] is an allowlist, so nothing identifying should reach here;
//! the sweep guards against the allowlist's blind spot, strings it keeps by design (code
//! displays, units) carrying something they should not.

use std::sync::LazyLock;

use regex::RegexSet;
use serde_json::Value;

use super::{AGE_BAND_URL, is_standard_system};

/// Kinds of identifier the sweep looks for, in the order of the patterns below.
const KINDS: &[&str] = &[
    "email address",
    "US phone or fax number",
    "social security number",
    "IPv4 address",
    "IPv6 address",
    "wallet address",
    "IPFS CID",
    "UUID",
    "date more precise than a year",
    "URL",
];

static PATTERNS: LazyLock<RegexSet> = LazyLock::new(|| {
    RegexSet::new([
        r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}",
        r"(?:\(\d{3}\)\s?|\b\d{3}[-. ])\d{3}[-. ]\d{4}\b",
        r"\b\d{3}-\d{2}-\d{4}\b",
        r"\b(?:\d{1,3}\.){3}\d{1,3}\b",
        r"\b(?:[0-9A-Fa-f]{1,4}:){4,7}[0-9A-Fa-f]{1,4}\b",
        r"\b0x[0-9A-Fa-f]{40}\b",
        r"\b(?:Qm[1-9A-HJ-NP-Za-km-z]{44}|b[a-z2-7]{58,})\b",
        r"\b[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\b",
        r"\b\d{4}-\d{2}(?:-\d{2})?\b",
        r"(?i)(?:https?|ftp)://|www\.",
    ])
    .expect("static patterns")
});

/// Where an identifier-shaped string was found; the value itself is never carried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leak {
    /// JSON path of the string, e.g. `entry[2].resource.code.coding[0].display`.
    pub path: String,
    /// Which kind of identifier it looks like.
    pub kind: &'static str,
}

/// Finds the first identifier-shaped string in `value`, skipping the code-system URIs the view
/// is allowed to carry.
pub(crate) fn sweep(value: &Value) -> Option<Leak> {
    let mut path = String::new();
    walk(value, &mut path)
}

fn walk(value: &Value, path: &mut String) -> Option<Leak> {
    match value {
        Value::String(s) => check(s, path),
        Value::Array(items) => items.iter().enumerate().find_map(|(i, v)| {
            let len = path.len();
            path.push_str(&format!("[{i}]"));
            let hit = walk(v, path);
            path.truncate(len);
            hit
        }),
        Value::Object(map) => map.iter().find_map(|(k, v)| {
            let len = path.len();
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(k);
            let hit = walk(v, path);
            path.truncate(len);
            hit
        }),
        _ => None,
    }
}

fn check(s: &str, path: &str) -> Option<Leak> {
    let allowed_uri = (path.ends_with("system") && is_standard_system(s))
        || (path.ends_with("url") && s == AGE_BAND_URL);
    if allowed_uri {
        return None;
    }
    let hit = PATTERNS.matches(s).iter().next()?;
    Some(Leak { path: path.to_owned(), kind: KINDS[hit] })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn finds_each_kind() {
        let cases = [
            ("jo@example.org", "email address"),
            ("call (617) 555-0100", "US phone or fax number"),
            ("617-555-0100", "US phone or fax number"),
            ("123-45-6789", "social security number"),
            ("10.0.0.1", "IPv4 address"),
            ("fe80:0:0:0:202:b3ff:fe1e:8329", "IPv6 address"),
            ("0x52908400098527886E0F7030069857D2E4169EE7", "wallet address"),
            ("QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG", "IPFS CID"),
            ("bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi", "IPFS CID"),
            ("f47ac10b-58cc-4372-a567-0e02b2c3d479", "UUID"),
            ("seen 2019-03-04", "date more precise than a year"),
            ("https://portal.example.org/me", "URL"),
        ];
        for (s, kind) in cases {
            let leak = sweep(&json!({ "display": s })).unwrap_or_else(|| panic!("{s} not caught"));
            assert_eq!(leak.kind, kind, "{s}");
            assert_eq!(leak.path, "display");
        }
    }

    #[test]
    fn codes_units_years_and_terminology_uris_pass() {
        let ok = json!({"coding":[{"system":"http://loinc.org","code":"8480-6","display":"Systolic blood pressure"}],
            "valueQuantity":{"value":120,"unit":"mm[Hg]","system":"http://unitsofmeasure.org","code":"mm[Hg]"},
            "effectiveDateTime":"2019","snomed":"44054006","icd":"E11.9","rx":"860975"});
        assert_eq!(sweep(&ok), None);
    }

    #[test]
    fn a_url_in_a_system_that_is_not_a_terminology_is_caught() {
        let leak =
            sweep(&json!({"entry":[{"system":"https://hospital.example.org/mrn"}]})).unwrap();
        assert_eq!(leak, Leak { path: "entry[0].system".into(), kind: "URL" });
    }
}
