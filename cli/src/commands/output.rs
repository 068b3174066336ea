//! Command output: plain text for people by default, one JSON document with `--json` for scripts.
//! Progress bars go to stderr and are hidden with `--json`.
//!
//! The JSON document keeps the values scripts compute with (Unix seconds, token base units,
//! category ids); the text says them as people read them — dates, `1,000 MVT`, `conditions (3)` —
//! through `medvault_primitives::human`, the rendering the web page shares. Which field is which
//! kind is said once, in [`Kind::of`].

use std::io::Write;

use indicatif::{ProgressBar, ProgressStyle};
use serde_json::Value;

/// Writes one line to stdout. A closed pipe (`medvault … | head`) means the reader has all it
/// wants: the command stops there, quietly and successfully, as Unix tools do — where `println!`
/// would panic.
pub(crate) fn write_line(line: std::fmt::Arguments<'_>) {
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout.write_fmt(line).and_then(|()| stdout.write_all(b"\n")) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("Error: cannot write to stdout: {e}");
        std::process::exit(1);
    }
}

/// `println!` through [`write_line`].
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::commands::output::write_line(format_args!($($arg)*))
    };
}
pub(crate) use say;

/// How a command prints its result.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Out {
    json: bool,
}

impl Out {
    /// Text unless `json`.
    pub(crate) const fn new(json: bool) -> Self {
        Self { json }
    }

    /// Whether the output is one JSON document.
    pub(crate) const fn is_json(&self) -> bool {
        self.json
    }

    /// Prints a result: a title and its fields as text, or the fields as one JSON document.
    pub(crate) fn report(&self, title: &str, fields: Value) {
        if self.json {
            say!("{fields}");
            return;
        }
        say!("{title}");
        print_fields(&fields, 1);
    }

    /// A block of text for people, on stdout before the result (silent with `--json`, whose
    /// document carries the same content as fields).
    pub(crate) fn text(&self, block: &str) {
        if !self.json {
            say!("{}", block.trim_end());
        }
    }

    /// What `--json` prints (nothing for people, who were shown [`Out::text`]).
    pub(crate) fn json_only(&self, value: Value) {
        if self.json {
            say!("{value}");
        }
    }

    /// A line of progress for people (stderr; silent with `--json`).
    pub(crate) fn note(&self, line: impl std::fmt::Display) {
        if !self.json {
            eprintln!("{line}");
        }
    }

    /// A progress bar of `len` steps (hidden with `--json`).
    pub(crate) fn progress(&self, len: u64, what: &str) -> ProgressBar {
        if self.json {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::new(len);
        if let Ok(style) = ProgressStyle::with_template("{msg:>12} [{bar:30}] {pos}/{len}") {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(what.to_string());
        bar
    }
}

/// How a field's value reads for people, by the field's name across every command's output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// A moment (Unix seconds): a date, and how far from now.
    Time,
    /// A moment after which something no longer holds: a date, or "expired".
    Deadline,
    /// An amount of MVT in base units.
    Tokens,
    /// An amount of ETH in wei.
    Ether,
    /// A span of seconds.
    Duration,
    /// A consent category's id: its name.
    Category,
}

impl Kind {
    /// The kind of the field `key`, if it is one people read differently from its JSON value.
    fn of(key: &str) -> Option<Self> {
        Some(match key {
            "expiresAt" | "deadline" | "windowEndsAt" => Self::Deadline,
            "stake" | "remainingStake" | "returned" | "received" | "price" | "pricePerRecord"
            | "payout" | "escrowed" | "balance" | "amount" => Self::Tokens,
            "ethBalance" => Self::Ether,
            "unbondingDelaySecs" => Self::Duration,
            "category" => Self::Category,
            k if k.ends_with("At") || k.ends_with("End") => Self::Time,
            _ => return None,
        })
    }

    /// `value` as people read it; `None` when it is not the number the kind expects.
    fn render(self, value: &Value, now: u64) -> Option<String> {
        use medvault_primitives::human;
        let number = match value {
            Value::Number(n) => n.to_string(),
            Value::String(s) => s.clone(),
            _ => return None,
        };
        Some(match self {
            Self::Time => human::when(number.parse().ok()?, now),
            Self::Deadline => human::deadline(number.parse().ok()?, now),
            Self::Tokens => human::MVT.format(number.parse().ok()?),
            Self::Ether => human::ETH.format(number.parse().ok()?),
            Self::Duration => human::relative(number.parse().ok()?, 0).replace("in ", ""),
            Self::Category => medvault_fhir::Category::from_id(number.parse().ok()?)?.to_string(),
        })
    }
}

/// A scalar field as people read it.
fn for_people(key: &str, value: &Value, now: u64) -> String {
    Kind::of(key).and_then(|kind| kind.render(value, now)).unwrap_or_else(|| scalar(value))
}

/// Seconds since the Unix epoch by this machine's clock.
fn unix_now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

fn print_fields(value: &Value, depth: usize) {
    let pad = "  ".repeat(depth);
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                match v {
                    Value::Object(_) | Value::Array(_) => {
                        say!("{pad}{k}:");
                        print_fields(v, depth + 1);
                    }
                    v => say!("{pad}{k:<18} {}", for_people(k, v, unix_now())),
                }
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                match v {
                    Value::Object(_) | Value::Array(_) => {
                        say!("{pad}[{i}]");
                        print_fields(v, depth + 1);
                    }
                    v => say!("{pad}- {}", scalar(v)),
                }
            }
        }
        v => say!("{pad}{}", scalar(v)),
    }
}

fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        v => v.to_string(),
    }
}

/// Creates `path` for data only its owner may read (mode 0600 on Unix), refusing to overwrite
/// anything: `what` says in the refusal what is never overwritten ("a keystore", "a decrypted
/// record"). The file is created before anything is written to it, so it is never readable by
/// others even for a moment.
pub(crate) fn create_private(path: &std::path::Path, what: &str) -> eyre::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => eyre::eyre!(
            "{} exists; choose another path ({what} never overwrites a file)",
            path.display()
        ),
        _ => eyre::Report::new(e).wrap_err(format!("cannot create {}", path.display())),
    })
}

#[cfg(test)]
mod people {
    use serde_json::json;

    use super::*;

    const NOW: u64 = 1_797_115_619;

    #[test]
    fn times_amounts_and_categories_read_as_people_say_them() {
        let at = |k: &str, v: Value| for_people(k, &v, NOW);
        assert_eq!(at("expiresAt", json!(NOW + 30 * 86_400)), "2027-01-11 22:46 UTC (in 30 days)");
        assert_eq!(
            at("expiresAt", json!(NOW - 86_400)),
            "2026-12-11 22:46 UTC (expired 1 day ago)"
        );
        assert_eq!(at("openedAt", json!(NOW - 7200)), "2026-12-12 20:46 UTC (2 hours ago)");
        assert_eq!(at("revealEnd", json!(NOW + 3600)), "2026-12-12 23:46 UTC (in 1 hour)");
        assert_eq!(at("stake", json!("1000000000000000000000")), "1,000 MVT");
        assert_eq!(at("pricePerRecord", json!("2000000000000000000")), "2 MVT");
        assert_eq!(at("ethBalance", json!("0")), "0 ETH");
        assert_eq!(at("unbondingDelaySecs", json!("604800")), "7 days");
        assert_eq!(at("category", json!(3)), "conditions (3)");
        // Anything else, or a value of another shape, prints as it is.
        assert_eq!(at("category", json!("conditions (3)")), "conditions (3)");
        assert_eq!(at("id", json!(1)), "1");
        assert_eq!(at("expiresAt", json!(null)), "null");
    }
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    #[test]
    fn private_files_are_the_owners_only_and_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("record.json");
        drop(create_private(&path, "a decrypted record").unwrap());
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let err = create_private(&path, "a decrypted record").unwrap_err().to_string();
        assert!(err.contains("exists; choose another path (a decrypted record never"), "{err}");
    }
}
