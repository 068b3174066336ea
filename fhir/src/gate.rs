//! The release gate: k-anonymity and ℓ-diversity before rows reach a researcher.
//!
//! Two forms, for two vantage points. [`check_release`] sees the whole set of rows about to be
//! delivered and refuses it if any equivalence class (rows sharing all quasi-identifier values)
//! holds fewer than `k` rows or fewer than `ℓ` distinct values of a sensitive attribute.
//! [`ClassTracker`] is for the relayer, which never sees the rows, only the coarse public tuple
//! each delivery carries ([`CoarseQi`]): it holds deliveries until their class reaches `k`.

use std::{
    collections::{BTreeMap, BTreeSet, HashMap, HashSet},
    fmt,
    hash::Hash,
};

use serde::{Deserialize, Serialize};
use time::Date;

use crate::model::{Gender, Patient};
pub use medvault_primitives::api::market::CoarseQi;

/// The default `k`: no class smaller than this is released.
pub const DEFAULT_K: usize = 11;
/// The default `ℓ` (distinct ℓ-diversity).
pub const DEFAULT_L: usize = 2;

/// One row about to be released: attribute name → value.
pub type Row = BTreeMap<String, String>;

/// What the gate checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GatePolicy {
    /// Minimum rows per equivalence class.
    pub k: usize,
    /// Minimum distinct values of each sensitive attribute per class.
    pub l: usize,
    /// Attributes an adversary may know from elsewhere (age band, sex, region…).
    pub quasi_identifiers: Vec<String>,
    /// Attributes whose value must not be inferable from the class (diagnosis…).
    pub sensitive: Vec<String>,
}

impl Default for GatePolicy {
    fn default() -> Self {
        Self {
            k: DEFAULT_K,
            l: DEFAULT_L,
            quasi_identifiers: vec!["ageBand".into(), "sex".into(), "region".into()],
            sensitive: Vec::new(),
        }
    }
}

/// One equivalence class the gate looked at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupReport {
    /// The quasi-identifier values the class shares.
    pub quasi: BTreeMap<String, String>,
    /// How many rows it holds.
    pub count: usize,
    /// Distinct values per sensitive attribute.
    pub distinct: BTreeMap<String, usize>,
    /// Whether `count < k`.
    pub below_k: bool,
    /// Sensitive attributes with fewer than `ℓ` distinct values.
    pub below_l: Vec<String>,
}

impl fmt::Display for GroupReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let quasi: Vec<String> = self.quasi.iter().map(|(k, v)| format!("{k}={v}")).collect();
        write!(f, "({}) → {} rows", quasi.join(", "), self.count)?;
        for (attr, n) in &self.distinct {
            write!(f, ", {n} distinct {attr}")?;
        }
        Ok(())
    }
}

/// The outcome of a gate check: the classes that fail (empty when the release may go).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReleaseReport {
    /// The `k` applied.
    pub k: usize,
    /// The `ℓ` applied.
    pub l: usize,
    /// Rows checked.
    pub rows: usize,
    /// Equivalence classes found.
    pub groups: usize,
    /// Classes below `k` or `ℓ`, in quasi-identifier order.
    pub failing: Vec<GroupReport>,
}

impl fmt::Display for ReleaseReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} of {} groups ({} rows) fail k={} / ℓ={}",
            self.failing.len(),
            self.groups,
            self.rows,
            self.k,
            self.l
        )?;
        for g in &self.failing {
            write!(f, "; {g}")?;
        }
        Ok(())
    }
}

/// Why a release was refused or could not be checked.
#[derive(Debug, thiserror::Error)]
pub enum GateError {
    /// Some classes are too small or not diverse enough.
    #[error("release refused: {0}")]
    Refused(ReleaseReport),
    /// A row lacks a declared attribute.
    #[error("row {row} has no value for {attribute:?}")]
    MissingAttribute {
        /// Position of the row.
        row: usize,
        /// The attribute it lacks.
        attribute: String,
    },
    /// The policy itself is unusable.
    #[error("invalid gate policy: {0}")]
    InvalidPolicy(&'static str),
}

/// Result of a gate check.
pub type Result<T, E = GateError> = std::result::Result<T, E>;

/// Checks a set of rows against `policy`. `Ok` carries the report of a release that may go;
/// a refusal carries the report listing every failing class.
pub fn check_release(rows: &[Row], policy: &GatePolicy) -> Result<ReleaseReport> {
    if policy.k == 0 || policy.l == 0 {
        return Err(GateError::InvalidPolicy("k and ℓ must be at least 1"));
    }
    if policy.quasi_identifiers.is_empty() {
        return Err(GateError::InvalidPolicy("no quasi-identifiers declared"));
    }
    let value = |i: usize, row: &Row, attr: &String| {
        row.get(attr)
            .cloned()
            .ok_or_else(|| GateError::MissingAttribute { row: i, attribute: attr.clone() })
    };
    let mut classes: BTreeMap<Vec<String>, (usize, Vec<BTreeSet<String>>)> = BTreeMap::new();
    for (i, row) in rows.iter().enumerate() {
        let key = policy
            .quasi_identifiers
            .iter()
            .map(|a| value(i, row, a))
            .collect::<Result<Vec<_>>>()?;
        let sensitive =
            policy.sensitive.iter().map(|a| value(i, row, a)).collect::<Result<Vec<_>>>()?;
        let (count, seen) = classes
            .entry(key)
            .or_insert_with(|| (0, vec![BTreeSet::new(); policy.sensitive.len()]));
        *count += 1;
        for (set, v) in seen.iter_mut().zip(sensitive) {
            set.insert(v);
        }
    }
    let groups = classes.len();
    let failing = classes
        .into_iter()
        .filter_map(|(key, (count, seen))| {
            let distinct: BTreeMap<String, usize> =
                policy.sensitive.iter().cloned().zip(seen.iter().map(BTreeSet::len)).collect();
            let below_l: Vec<String> =
                distinct.iter().filter(|(_, n)| **n < policy.l).map(|(a, _)| a.clone()).collect();
            let below_k = count < policy.k;
            (below_k || !below_l.is_empty()).then(|| GroupReport {
                quasi: policy.quasi_identifiers.iter().cloned().zip(key).collect(),
                count,
                distinct,
                below_k,
                below_l,
            })
        })
        .collect::<Vec<_>>();
    let report = ReleaseReport { k: policy.k, l: policy.l, rows: rows.len(), groups, failing };
    if report.failing.is_empty() { Ok(report) } else { Err(GateError::Refused(report)) }
}

/// The coarse, public quasi-identifier tuple a delivery carries (age band, sex, region; the wire
/// type is `medvault_primitives::api::market::CoarseQi`), computed from FHIR.
pub trait CoarseQiExt: Sized {
    /// The tuple of a patient at `as_of`, from the patient's own (not yet de-identified) record.
    fn of_patient(p: &Patient, as_of: Date) -> Self;

    /// As a gate row under the default policy's attribute names.
    fn to_row(&self) -> Row;
}

impl CoarseQiExt for CoarseQi {
    fn of_patient(p: &Patient, as_of: Date) -> Self {
        let age_band = p
            .birth_date
            .as_ref()
            .map_or_else(|| "unknown".into(), |b| age_band(crate::deid::max_age(b.parts(), as_of)));
        let sex = match p.gender {
            Some(Gender::Male) => "male",
            Some(Gender::Female) => "female",
            Some(Gender::Other) => "other",
            Some(Gender::Unknown) | None => "unknown",
        }
        .to_owned();
        let address = p.address.iter().find(|a| a.use_.as_deref() != Some("old"));
        let region = address
            .and_then(|a| a.state.as_deref().or(a.country.as_deref()))
            .map_or_else(|| "unknown".into(), |r| r.trim().to_uppercase());
        Self { age_band, sex, region }
    }

    fn to_row(&self) -> Row {
        Row::from([
            ("ageBand".to_owned(), self.age_band.clone()),
            ("sex".to_owned(), self.sex.clone()),
            ("region".to_owned(), self.region.clone()),
        ])
    }
}

/// The ten-year band of an age, with everything from 90 on as `90+` (Safe Harbor).
pub fn age_band(age: i32) -> String {
    match age {
        a if a < 0 => "unknown".into(),
        a if a >= 90 => "90+".into(),
        a => {
            let lo = a / 10 * 10;
            format!("{lo}-{}", lo + 9)
        }
    }
}

/// What happened to a delivery handed to [`ClassTracker::admit`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Admission<Id> {
    /// Held: its class has `size` deliveries and needs `k`.
    Held {
        /// Deliveries in the class so far.
        size: usize,
        /// The `k` it must reach.
        k: usize,
    },
    /// These deliveries may go now: the whole held class when it just reached `k`, or only
    /// this one when its class had reached `k` before.
    Release(Vec<Id>),
    /// This delivery id was admitted before; nothing changes.
    Duplicate,
}

#[derive(Debug)]
struct Class<Id> {
    held: Vec<Id>,
    size: usize,
}

/// Holds deliveries until their quasi-identifier class reaches `k`, incrementally.
///
/// A class that has reached `k` stays open: later deliveries into it only grow a class the
/// researcher has already seen at `k` or more, so they go at once. One delivery per patient per
/// request is assumed; the tracker counts deliveries, not people.
#[derive(Debug)]
pub struct ClassTracker<Id, Q = CoarseQi> {
    k: usize,
    classes: HashMap<Q, Class<Id>>,
    seen: HashSet<Id>,
}

impl<Id: Clone + Eq + Hash, Q: Clone + Eq + Hash> ClassTracker<Id, Q> {
    /// A tracker releasing classes of at least `k` deliveries (at least 1).
    pub fn new(k: usize) -> Self {
        Self { k: k.max(1), classes: HashMap::new(), seen: HashSet::new() }
    }

    /// Records a delivery and says whether anything may be released.
    pub fn admit(&mut self, id: Id, qi: Q) -> Admission<Id> {
        if !self.seen.insert(id.clone()) {
            return Admission::Duplicate;
        }
        let class = self.classes.entry(qi).or_insert_with(|| Class { held: Vec::new(), size: 0 });
        class.size += 1;
        if class.size < self.k {
            class.held.push(id);
            return Admission::Held { size: class.size, k: self.k };
        }
        class.held.push(id);
        Admission::Release(std::mem::take(&mut class.held))
    }

    /// Size of a class and whether it has reached `k`.
    pub fn class_size(&self, qi: &Q) -> usize {
        self.classes.get(qi).map_or(0, |c| c.size)
    }

    /// Classes that have reached `k`.
    pub fn released_classes(&self) -> Vec<&Q> {
        self.classes.iter().filter(|(_, c)| c.size >= self.k).map(|(q, _)| q).collect()
    }

    /// Deliveries still held, by class: what a timeout or refund would act on.
    pub fn held(&self) -> impl Iterator<Item = (&Q, &[Id])> {
        self.classes.iter().filter(|(_, c)| !c.held.is_empty()).map(|(q, c)| (q, c.held.as_slice()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_are_ten_years_wide_and_cap_at_90() {
        assert_eq!(age_band(0), "0-9");
        assert_eq!(age_band(52), "50-59");
        assert_eq!(age_band(89), "80-89");
        assert_eq!(age_band(90), "90+");
        assert_eq!(age_band(104), "90+");
    }

    #[test]
    fn tracker_holds_until_k_then_releases_the_class_and_later_arrivals() {
        let qi = |s: &str| s.to_owned();
        let mut t: ClassTracker<u32, String> = ClassTracker::new(3);
        assert_eq!(t.admit(1, qi("a")), Admission::Held { size: 1, k: 3 });
        assert_eq!(t.admit(2, qi("b")), Admission::Held { size: 1, k: 3 });
        assert_eq!(t.admit(3, qi("a")), Admission::Held { size: 2, k: 3 });
        assert_eq!(t.admit(3, qi("a")), Admission::Duplicate);
        assert_eq!(t.admit(4, qi("a")), Admission::Release(vec![1, 3, 4]));
        assert_eq!(t.admit(5, qi("a")), Admission::Release(vec![5]));
        assert_eq!(t.released_classes(), vec![&qi("a")]);
        assert_eq!(t.held().collect::<Vec<_>>(), vec![(&qi("b"), &[2][..])]);
        assert_eq!(t.class_size(&qi("a")), 4);
    }
}
