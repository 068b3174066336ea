//! FHIR `date` and `dateTime`, checked on the way in.
//!
//! Both keep the text as received so that round-tripping never changes precision or offset; the
//! checks are the FHIR R4 grammar plus calendar validity (the grammar alone accepts `1980-02-31`).

use std::{fmt, sync::LazyLock};

use regex::Regex;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::{Date, Month};

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?<y>[0-9]{4})(?:-(?<m>[0-9]{2})(?:-(?<d>[0-9]{2}))?)?$").expect("static regex")
});

static DATE_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?<y>[0-9]{4})(?:-(?<m>[0-9]{2})(?:-(?<d>[0-9]{2})(?:T(?<hh>[0-9]{2}):(?<mm>[0-9]{2}):(?<ss>[0-9]{2})(?:\.[0-9]{1,9})?(?:Z|[+-](?<oh>[0-9]{2}):(?<om>[0-9]{2})))?)?)?$",
    )
    .expect("static regex")
});

/// The calendar part shared by `date` and `dateTime`: a year, optionally a month, optionally a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct PartialDate {
    /// Calendar year.
    pub year: i32,
    /// Month 1–12, when given.
    pub month: Option<u8>,
    /// Day of month, when given (only with a month).
    pub day: Option<u8>,
}

impl PartialDate {
    /// The full calendar date, when day precision is present.
    pub fn date(&self) -> Option<Date> {
        let month = Month::try_from(self.month?).ok()?;
        Date::from_calendar_date(self.year, month, self.day?).ok()
    }
}

fn calendar(caps: &regex::Captures<'_>) -> Option<PartialDate> {
    let year: i32 = caps.name("y")?.as_str().parse().ok()?;
    if year == 0 {
        return None;
    }
    let month = match caps.name("m") {
        Some(m) => {
            let m: u8 = m.as_str().parse().ok()?;
            Month::try_from(m).ok()?;
            Some(m)
        }
        None => None,
    };
    let day = match caps.name("d") {
        Some(d) => {
            let d: u8 = d.as_str().parse().ok()?;
            Date::from_calendar_date(year, Month::try_from(month?).ok()?, d).ok()?;
            Some(d)
        }
        None => None,
    };
    Some(PartialDate { year, month, day })
}

fn in_range(caps: &regex::Captures<'_>, name: &str, max: u8) -> bool {
    caps.name(name).is_none_or(|v| v.as_str().parse::<u8>().is_ok_and(|v| v <= max))
}

/// A FHIR `date`: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, no time, no zone.
#[derive(Clone, PartialEq, Eq)]
pub struct FhirDate {
    text: String,
    parts: PartialDate,
}

impl FhirDate {
    /// Parses and checks a FHIR `date`. Returns `None` for anything FHIR would reject.
    pub fn parse(text: &str) -> Option<Self> {
        let caps = DATE.captures(text)?;
        Some(Self { text: text.to_owned(), parts: calendar(&caps)? })
    }

    /// A year-only date, the precision Safe Harbor leaves.
    pub fn year_only(year: i32) -> Self {
        Self { text: format!("{year:04}"), parts: PartialDate { year, month: None, day: None } }
    }

    /// The calendar parts.
    pub fn parts(&self) -> PartialDate {
        self.parts
    }

    /// The text as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

/// A FHIR `dateTime`: a `date`, or a full date with time and zone.
#[derive(Clone, PartialEq, Eq)]
pub struct FhirDateTime {
    text: String,
    parts: PartialDate,
}

impl FhirDateTime {
    /// Parses and checks a FHIR `dateTime`. Returns `None` for anything FHIR would reject.
    pub fn parse(text: &str) -> Option<Self> {
        let caps = DATE_TIME.captures(text)?;
        // FHIR requires a zone whenever a time is given.
        if caps.name("hh").is_some() && !(text.ends_with('Z') || caps.name("oh").is_some()) {
            return None;
        }
        let time_ok = in_range(&caps, "hh", 23)
            && in_range(&caps, "mm", 59)
            && in_range(&caps, "ss", 60)
            && in_range(&caps, "oh", 14)
            && in_range(&caps, "om", 59);
        if !time_ok {
            return None;
        }
        Some(Self { text: text.to_owned(), parts: calendar(&caps)? })
    }

    /// A year-only dateTime, the precision Safe Harbor leaves.
    pub fn year_only(year: i32) -> Self {
        Self { text: format!("{year:04}"), parts: PartialDate { year, month: None, day: None } }
    }

    /// The calendar parts (the time of day is not interpreted).
    pub fn parts(&self) -> PartialDate {
        self.parts
    }

    /// The text as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

macro_rules! text_serde {
    ($ty:ident, $what:literal) => {
        impl fmt::Debug for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(&self.text, f)
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.text)
            }
        }

        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.text)
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = String::deserialize(d)?;
                Self::parse(&text).ok_or_else(|| {
                    serde::de::Error::custom(format!(
                        concat!("{:?} is not a valid FHIR ", $what),
                        text
                    ))
                })
            }
        }
    };
}

text_serde!(FhirDate, "date");
text_serde!(FhirDateTime, "dateTime");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_follow_the_fhir_grammar_and_the_calendar() {
        for ok in ["1980", "1980-02", "1980-02-29", "2024-12-31"] {
            assert!(FhirDate::parse(ok).is_some(), "{ok} should parse");
        }
        for bad in
            ["1980-13-45", "1981-02-29", "80-01-01", "1980-1-1", "1980-01-01T00:00:00Z", "0000", ""]
        {
            assert!(FhirDate::parse(bad).is_none(), "{bad} should be refused");
        }
    }

    #[test]
    fn date_times_need_a_zone_with_a_time() {
        for ok in ["2019", "2019-05-04", "2019-05-04T10:12:00Z", "2019-05-04T10:12:00.123+05:30"] {
            assert!(FhirDateTime::parse(ok).is_some(), "{ok} should parse");
        }
        for bad in
            ["2019-05-04T10:12:00", "2019-05-04T25:00:00Z", "2019-05-04T10:12Z", "2019-02-30"]
        {
            assert!(FhirDateTime::parse(bad).is_none(), "{bad} should be refused");
        }
    }

    #[test]
    fn full_dates_expose_a_calendar_date() {
        let d = FhirDate::parse("1972-06-15").unwrap();
        assert_eq!(d.parts().date(), Date::from_calendar_date(1972, Month::June, 15).ok());
        assert_eq!(FhirDate::parse("1972").unwrap().parts().date(), None);
    }
}
