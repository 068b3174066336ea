//! Encrypted JSON keystores (Web3 Secret Storage v3, scrypt), as Ethereum wallets write them, and
//! `medvault account`: create, import, show the address.
//!
//! The password comes from `MEDVAULT_PASSWORD` if set, else from a prompt on the terminal without
//! echo. A private key to import comes from `MEDVAULT_PRIVATE_KEY` or a prompt, never from argv
//! (argv is visible to every user in `ps`).

use std::path::{Path, PathBuf};

use alloy::signers::local::{LocalSignerError, PrivateKeySigner};
use clap::{Args, Subcommand};
use eyre::{WrapErr, bail, eyre};
use rand::rngs::OsRng;
use zeroize::Zeroizing;

use super::{
    keystore_v3::{self, Kdf},
    output::Out,
};

/// Environment variable holding the keystore password (for scripts; a prompt otherwise).
pub(crate) const PASSWORD_ENV: &str = "MEDVAULT_PASSWORD";
/// Environment variable holding a private key to import.
const IMPORT_ENV: &str = "MEDVAULT_PRIVATE_KEY";

/// Reads the password for `path`: `MEDVAULT_PASSWORD`, or a prompt (twice when `confirm`).
pub(crate) fn password(path: &Path, env: &str, confirm: bool) -> eyre::Result<Zeroizing<String>> {
    if let Ok(p) = std::env::var(env) {
        return Ok(Zeroizing::new(p));
    }
    let first = Zeroizing::new(
        rpassword::prompt_password(format!("Password for keystore {}: ", path.display()))
            .wrap_err_with(|| format!("cannot read a password from the terminal; set {env}"))?,
    );
    if confirm {
        let again = Zeroizing::new(rpassword::prompt_password("Repeat the password: ")?);
        if *again != *first {
            bail!("the two passwords differ; nothing was written");
        }
    }
    Ok(first)
}

/// Decrypts the keystore at `path` with the password from `env` (or a prompt).
pub(crate) fn open(path: &Path, env: &str) -> eyre::Result<PrivateKeySigner> {
    if !path.exists() {
        bail!(
            "no keystore at {}: create one with `medvault account new --keystore {0}` or pass --keystore / MEDVAULT_KEYSTORE",
            path.display()
        );
    }
    let password = password(path, env, false)?;
    PrivateKeySigner::decrypt_keystore(path, password.as_bytes()).map_err(|e| match e {
        // eth-keystore's error is not re-exported; its MAC mismatch means a wrong password.
        LocalSignerError::EthKeystoreError(inner) if inner.to_string() == "Mac Mismatch" => {
            eyre!("wrong password for keystore {}: check {env}", path.display())
        }
        e => eyre!("cannot read keystore {}: {e}", path.display()),
    })
}

/// Writes `key` (a new random one if `None`) to a new keystore at `path` at scrypt cost `kdf`
/// (refusing to overwrite one).
fn write(path: &Path, key: Option<&[u8; 32]>, kdf: Kdf) -> eyre::Result<PrivateKeySigner> {
    if path.exists() {
        bail!("{} exists; choose another path (a keystore is never overwritten)", path.display());
    }
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).wrap_err_with(|| format!("cannot create {}", dir.display()))?;
    let password = password(path, PASSWORD_ENV, true)?;
    let signer = match key {
        Some(key) => PrivateKeySigner::from_bytes(&(*key).into())
            .map_err(|e| eyre!("not a secp256k1 private key: {e}"))?,
        None => PrivateKeySigner::random_with(&mut OsRng),
    };
    let secret = Zeroizing::new(signer.to_bytes().0);
    let json = keystore_v3::encrypt(&secret, password.as_bytes(), kdf, &mut OsRng)?;
    // Created the owner's only, and never over an existing file.
    let mut file = super::output::create_private(path, "a keystore")?;
    std::io::Write::write_all(&mut file, json.as_bytes())
        .and_then(|()| file.sync_all())
        .wrap_err_with(|| format!("cannot write {}", path.display()))?;
    Ok(signer)
}

/// `medvault account`.
#[derive(Debug, Args)]
pub(crate) struct AccountArgs {
    /// The keystore file.
    #[arg(long, env = "MEDVAULT_KEYSTORE", global = true)]
    keystore: Option<PathBuf>,
    /// Print machine-readable JSON instead of text.
    #[arg(long, global = true)]
    json: bool,
    /// Encrypt with scrypt N = 2^12 instead of 2^18 (geth's --lightkdf): fast, and 64 times
    /// cheaper to guess a password against. For throwaway accounts on a local chain only.
    #[arg(long = "light-kdf", global = true)]
    light_kdf: bool,
    #[command(subcommand)]
    command: AccountCommand,
}

#[derive(Debug, Subcommand)]
enum AccountCommand {
    /// Create a new key in a new encrypted keystore.
    New,
    /// Encrypt an existing private key (from MEDVAULT_PRIVATE_KEY or a prompt) into a keystore.
    Import,
    /// Show the keystore's address (needs the password).
    Address,
}

/// Runs `medvault account`.
pub(crate) fn run(args: AccountArgs) -> eyre::Result<()> {
    let out = Out::new(args.json);
    let kdf = if args.light_kdf { Kdf::Light } else { Kdf::Standard };
    let path = args
        .keystore
        .ok_or_else(|| eyre!("which keystore? pass --keystore PATH or set MEDVAULT_KEYSTORE"))?;
    let (title, signer) = match args.command {
        AccountCommand::New => ("created keystore", write(&path, None, kdf)?),
        AccountCommand::Import => {
            let hex = match std::env::var(IMPORT_ENV) {
                Ok(k) => Zeroizing::new(k),
                Err(_) => Zeroizing::new(
                    rpassword::prompt_password("Private key (hex): ")
                        .wrap_err_with(|| format!("cannot read the key; set {IMPORT_ENV}"))?,
                ),
            };
            let mut key = Zeroizing::new([0u8; 32]);
            hex::decode_to_slice(hex.trim().trim_start_matches("0x"), key.as_mut())
                .map_err(|_| eyre!("the private key must be 32 bytes of hex"))?;
            ("imported key into keystore", write(&path, Some(&key), kdf)?)
        }
        AccountCommand::Address => ("keystore", open(&path, PASSWORD_ENV)?),
    };
    // No encryption key here: it is derived per deployment (chain and AccountRegistry), and is
    // shown by `register` (docs/KEYS.md).
    out.report(
        title,
        serde_json::json!({
            "keystore": path.display().to_string(),
            "address": signer.address(),
        }),
    );
    Ok(())
}
