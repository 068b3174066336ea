//! Values as people read and type them: dates instead of Unix seconds, token amounts in token
//! units instead of wei, the short record handle a listing prints. One rendering for the command
//! line and the web page (this crate builds for wasm32), so both say the same thing.
//!
//! Everything here is pure: a relative time takes "now" as an argument, the caller's clock.

use std::fmt;

use alloy::primitives::{B256, U256};

/// The suite's ERC-20 as people name it: `MedToken` is "medvault", symbol `MVT`, 18 decimals
/// (`contracts/src/MedToken.sol`; a test reads it there).
pub const MVT: Token = Token { symbol: "MVT", decimals: 18 };

/// Ether, for gas balances: 18 decimals.
pub const ETH: Token = Token { symbol: "ETH", decimals: 18 };

/// An ERC-20's symbol and decimals: what turns a base-unit amount into one people read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// The ticker (`MVT`).
    pub symbol: &'static str,
    /// Base units per token, as a power of ten.
    pub decimals: u8,
}

impl Token {
    /// `amount` base units in token units with the symbol, thousands grouped, trailing zeros of
    /// the fraction dropped: `1000 × 10^18` is `1,000 MVT`, `15 × 10^17` is `1.5 MVT`.
    pub fn format(&self, amount: U256) -> String {
        let unit = U256::from(10u8).pow(U256::from(self.decimals));
        let (whole, fraction) = amount.div_rem(unit);
        let mut text = group_thousands(&whole.to_string());
        if !fraction.is_zero() {
            let digits = format!("{fraction:0>width$}", width = usize::from(self.decimals));
            text.push('.');
            text.push_str(digits.trim_end_matches('0'));
        }
        format!("{text} {}", self.symbol)
    }

    /// An amount as people type it, in base units: `1000`, `1,000`, `1000 MVT` and `2.5` are token
    /// units; `1000000wei` (or `1000000 wei`) is base units, for scripts that compute in them.
    pub fn parse(&self, text: &str) -> Result<U256, AmountError> {
        let bad = |why: &'static str| AmountError { text: text.to_string(), why, token: *self };
        let trimmed = text.trim();
        if let Some(wei) = trimmed.strip_suffix("wei") {
            let digits: String = wei.trim().chars().filter(|c| *c != ',' && *c != '_').collect();
            if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
                return Err(bad("base units are a whole number"));
            }
            return U256::from_str_radix(&digits, 10).map_err(|_| bad("it is too large"));
        }
        let number = match trimmed.rsplit_once(char::is_whitespace) {
            Some((n, unit)) if unit.eq_ignore_ascii_case(self.symbol) => n.trim(),
            Some(_) => return Err(bad("the only unit is the token's symbol, or wei")),
            None => trimmed,
        };
        let number: String = number.chars().filter(|c| *c != ',' && *c != '_').collect();
        let (whole, fraction) = number.split_once('.').unwrap_or((&number, ""));
        let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        if (whole.is_empty() && fraction.is_empty()) || !digits(whole) || !digits(fraction) {
            return Err(bad("it is not a number"));
        }
        if fraction.len() > usize::from(self.decimals) {
            return Err(bad("it has more decimals than the token"));
        }
        let scaled = format!("{whole}{fraction:0<width$}", width = usize::from(self.decimals));
        U256::from_str_radix(&scaled, 10).map_err(|_| bad("it is too large"))
    }
}

/// An amount that does not parse, with why and what is accepted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{text}` is not an amount ({why}): give token units like `1000`, `1,000 {sym}` or `2.5`, or \
     base units like `1000000000000000000wei`",
    sym = token.symbol
)]
pub struct AmountError {
    /// What was typed.
    pub text: String,
    /// Why it is not an amount.
    pub why: &'static str,
    /// The token it was for.
    pub token: Token,
}

/// `1234567` as `1,234,567`.
fn group_thousands(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A Unix time as a UTC date and time to the minute: `2026-12-07 01:06 UTC`.
pub fn date(unix: u64) -> String {
    let days = unix / 86_400;
    let secs = unix % 86_400;
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02} UTC", secs / 3600, secs % 3600 / 60)
}

/// The calendar date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`, for the
/// proleptic Gregorian calendar; no time zone, no leap seconds, as Unix time).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + u64::from(m <= 2);
    (y, m, d)
}

/// How far `unix` is from `now`, in the largest whole unit: `in 30 days`, `3 hours ago`,
/// `now` (within a minute).
pub fn relative(unix: u64, now: u64) -> String {
    let (span, future) = if unix >= now { (unix - now, true) } else { (now - unix, false) };
    if span < 60 {
        return "now".into();
    }
    let (n, unit) = match span {
        s if s < 3600 => (s / 60, "minute"),
        s if s < 86_400 => (s / 3600, "hour"),
        s => (s / 86_400, "day"),
    };
    let plural = if n == 1 { "" } else { "s" };
    if future { format!("in {n} {unit}{plural}") } else { format!("{n} {unit}{plural} ago") }
}

/// A moment with how far it is: `2026-12-07 01:06 UTC (in 30 days)`.
pub fn when(unix: u64, now: u64) -> String {
    format!("{} ({})", date(unix), relative(unix, now))
}

/// A deadline: `2027-01-06 01:06 UTC (in 30 days)`, or `… (expired 2 days ago)` once passed.
pub fn deadline(unix: u64, now: u64) -> String {
    if unix <= now {
        return format!("{} (expired {})", date(unix), relative(unix, now));
    }
    when(unix, now)
}

/// How a person names a record in a command: the short handle a listing prints (the relayer's
/// record number, `1` or `#1`), or the opaque on-chain record id (64 hex digits, `0x` optional).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordRef {
    /// The relayer's record number (`id` in `patient records`, `provider upload`).
    Handle(i64),
    /// The on-chain record id.
    Id(B256),
}

impl std::str::FromStr for RecordRef {
    type Err = RecordRefError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        let number = t.strip_prefix('#').unwrap_or(t);
        if !number.is_empty() && number.len() <= 18 && number.chars().all(|c| c.is_ascii_digit()) {
            return number.parse().map(Self::Handle).map_err(|_| RecordRefError(s.into()));
        }
        let hex = t.strip_prefix("0x").unwrap_or(t);
        if hex.len() == 64 && hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return hex.parse().map(Self::Id).map_err(|_| RecordRefError(s.into()));
        }
        Err(RecordRefError(s.into()))
    }
}

impl fmt::Display for RecordRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Handle(n) => write!(f, "#{n}"),
            Self::Id(id) => write!(f, "{id}"),
        }
    }
}

/// A `--record` that is neither a record number nor a record id.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{0}` names no record: give the record's number as `patient records` lists it (`1` or \
     `#1`), or its record id (64 hex digits)"
)]
pub struct RecordRefError(pub String);

#[cfg(test)]
mod tests {
    use super::*;

    const E18: u128 = 1_000_000_000_000_000_000;

    #[test]
    fn token_amounts_print_in_token_units_with_the_symbol() {
        assert_eq!(MVT.format(U256::from(1000 * E18)), "1,000 MVT");
        assert_eq!(MVT.format(U256::from(15 * E18 / 10)), "1.5 MVT");
        assert_eq!(MVT.format(U256::ZERO), "0 MVT");
        assert_eq!(MVT.format(U256::from(1u8)), "0.000000000000000001 MVT");
        assert_eq!(MVT.format(U256::from(1_234_567 * E18)), "1,234,567 MVT");
        assert_eq!(MVT.format(U256::from(100 * E18)), "100 MVT");
    }

    #[test]
    fn amounts_parse_in_token_units_or_explicit_wei() {
        let mvt = |n: u128| Ok(U256::from(n));
        assert_eq!(MVT.parse("1000"), mvt(1000 * E18));
        assert_eq!(MVT.parse("1,000 MVT"), mvt(1000 * E18));
        assert_eq!(MVT.parse("1000 mvt"), mvt(1000 * E18));
        assert_eq!(MVT.parse("2.5"), mvt(25 * E18 / 10));
        assert_eq!(MVT.parse(".5"), mvt(E18 / 2));
        assert_eq!(MVT.parse("1000000000000000000000wei"), mvt(1000 * E18));
        assert_eq!(MVT.parse("7 wei"), mvt(7));
        for bad in ["", "ten", "1.2.3", "1 ETH", "0.0000000000000000001", "1.5wei", "-1"] {
            let e = MVT.parse(bad).unwrap_err().to_string();
            assert!(e.contains("is not an amount") && e.contains("1,000 MVT"), "{bad}: {e}");
        }
    }

    #[test]
    fn formatted_amounts_parse_back() {
        for n in [0u128, 1, E18, 1000 * E18, 15 * E18 / 10, 123_456_789 * E18 + 42] {
            let text = MVT.format(U256::from(n));
            assert_eq!(MVT.parse(&text), Ok(U256::from(n)), "{text}");
        }
    }

    #[test]
    fn the_token_is_the_one_the_contract_deploys() {
        let source = include_str!("../../contracts/src/MedToken.sol");
        assert!(source.contains(&format!("ERC20(\"medvault\", \"{}\")", MVT.symbol)));
        // OpenZeppelin's ERC20 has 18 decimals unless `decimals()` is overridden.
        assert_eq!(MVT.decimals, 18);
        assert!(!source.contains("function decimals"));
    }

    #[test]
    fn dates_are_utc_to_the_minute() {
        assert_eq!(date(0), "1970-01-01 00:00 UTC");
        assert_eq!(date(1_797_115_619), "2026-12-12 22:46 UTC");
        assert_eq!(date(951_782_400), "2000-02-29 00:00 UTC");
        assert_eq!(date(4_107_542_399), "2100-02-28 23:59 UTC");
    }

    #[test]
    fn relative_times_say_how_far() {
        let now = 1_000_000_000;
        assert_eq!(relative(now + 30 * 86_400, now), "in 30 days");
        assert_eq!(relative(now + 86_400, now), "in 1 day");
        assert_eq!(relative(now - 3 * 3600, now), "3 hours ago");
        assert_eq!(relative(now + 59, now), "now");
        assert_eq!(relative(now + 120, now), "in 2 minutes");
        assert_eq!(
            deadline(now + 30 * 86_400, now),
            format!("{} (in 30 days)", date(now + 30 * 86_400))
        );
        assert_eq!(
            deadline(now - 2 * 86_400, now),
            format!("{} (expired 2 days ago)", date(now - 2 * 86_400))
        );
        assert!(when(now, now).ends_with("(now)"));
    }

    #[test]
    fn a_record_is_named_by_its_number_or_its_id() {
        assert_eq!("1".parse(), Ok(RecordRef::Handle(1)));
        assert_eq!("#12".parse(), Ok(RecordRef::Handle(12)));
        let id = B256::repeat_byte(0xab);
        assert_eq!(id.to_string().parse(), Ok(RecordRef::Id(id)));
        assert_eq!(id.to_string()[2..].parse(), Ok(RecordRef::Id(id)));
        assert_eq!(RecordRef::Handle(3).to_string(), "#3");
        for bad in ["", "abc", "0x1", "#", "-1", "99999999999999999999"] {
            let e = bad.parse::<RecordRef>().unwrap_err().to_string();
            assert!(e.contains("names no record") && e.contains("patient records"), "{bad}: {e}");
        }
    }
}
