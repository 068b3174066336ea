//! Command output: plain text for people by default, one JSON document with `--json` for scripts.
//! Progress bars go to stderr and are hidden with `--json`.

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
                    v => say!("{pad}{k:<18} {}", scalar(v)),
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
