//! What a person types is understood, and what cannot be understood is refused with what to type
//! instead — before any chain, relayer or keystore is touched.

use std::process::Command;

/// Runs `medvault ARGS` in an empty folder, with no `MEDVAULT_*` settings and an empty home (so
/// no deployment file is found anywhere); its stderr, which must come with a failure.
fn refused(args: &[&str]) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_medvault"));
    cmd.args(args).current_dir(dir.path()).env("HOME", dir.path()).env_remove("XDG_STATE_HOME");
    for (key, _) in std::env::vars() {
        if key.starts_with("MEDVAULT_") {
            cmd.env_remove(key);
        }
    }
    let out = cmd.output().expect("medvault runs");
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(!out.status.success(), "{args:?} should fail: {stderr}");
    stderr
}

const GRANTEE: &str = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

#[test]
fn a_record_is_named_by_its_number_or_its_id_and_nothing_else() {
    let err = refused(&["patient", "grant", "--grantee", GRANTEE, "--read", "--record", "0x1"]);
    assert!(err.contains("names no record") && err.contains("patient records"), "{err}");
    assert!(!err.contains("odd number of digits"), "{err}");
    // A number is taken: what fails next is finding the stack, not the flag.
    let err = refused(&[
        "patient",
        "grant",
        "--keystore",
        "k.json",
        "--grantee",
        GRANTEE,
        "--read",
        "--record",
        "1",
    ]);
    assert!(err.contains("no deployment file found"), "{err}");
}

#[test]
fn a_record_number_is_taken_as_listings_print_it() {
    let err = refused(&["patient", "show", "--keystore", "k.json", "--id", "#3"]);
    assert!(err.contains("no deployment file found"), "`#3` was taken: {err}");
    let err = refused(&["patient", "show", "--keystore", "k.json", "--id", "three"]);
    assert!(err.contains("names no record"), "{err}");
}

#[test]
fn an_unknown_category_lists_the_valid_ones() {
    let err = refused(&["patient", "grant", "--grantee", GRANTEE, "--read", "--category", "labs"]);
    assert!(err.contains("conditions") && err.contains("medications"), "{err}");
}

#[test]
fn amounts_are_typed_in_tokens() {
    let err = refused(&["provider", "stake", "--amount", "ten"]);
    assert!(err.contains("is not an amount") && err.contains("1,000 MVT"), "{err}");
    let err = refused(&["provider", "stake", "--keystore", "k.json", "--amount", "1,000 MVT"]);
    assert!(err.contains("no deployment file found"), "the amount was taken: {err}");
    let err = refused(&[
        "researcher",
        "request",
        "open",
        "--criteria",
        "c.json",
        "--price",
        "1 ETH",
        "--max",
        "1",
    ]);
    assert!(err.contains("is not an amount"), "{err}");
}

#[test]
fn without_a_deployment_the_error_says_where_it_looked_and_what_to_run() {
    let err = refused(&["patient", "records", "--keystore", "k.json"]);
    assert!(err.contains("no deployment file found"), "{err}");
    assert!(
        err.contains("deployments/local.json") && err.contains(".local/state/medvault"),
        "{err}"
    );
    assert!(err.contains("medvault dev"), "{err}");
    let err = refused(&["dev", "faucet", GRANTEE]);
    assert!(err.contains("no deployment file found"), "{err}");
}

#[test]
fn dev_refuses_a_taken_port_before_starting_anything() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    let addr = taken.local_addr().unwrap().to_string();
    let err = refused(&["dev", "--listen", &addr]);
    assert!(err.contains("cannot listen on") && err.contains("none for a free port"), "{err}");
    assert!(!err.contains("running"), "{err}");
}
