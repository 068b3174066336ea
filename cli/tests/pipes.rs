//! The command line as a Unix tool: output piped into a reader that leaves early
//! (`medvault … | head`) ends the command quietly and successfully, as `ls | head` does — not with
//! a panic.

use std::process::{Command, Stdio};

#[test]
fn a_reader_that_leaves_early_ends_the_command_quietly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (reader, writer) = std::io::pipe().expect("pipe");
    // The reader is gone before anything is written: every write meets a closed pipe.
    drop(reader);
    let out = Command::new(env!("CARGO_BIN_EXE_medvault"))
        .args(["account", "new", "--keystore"])
        .arg(dir.path().join("k.json"))
        .env("MEDVAULT_PASSWORD", "correct horse battery staple")
        .stdout(Stdio::from(writer))
        .stderr(Stdio::piped())
        .output()
        .expect("medvault runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
    assert!(dir.path().join("k.json").exists(), "the command did its work before printing");
}
