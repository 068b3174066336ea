//! One relayer per database and per signer: [`InstanceLock`].
//!
//! Two relayers on one database would both resume the same journal rows and batches (each
//! broadcasting the other's anchors, each deleting spool files the other still reads), and two on
//! one signer key race for its nonce. So `medvault serve` takes, before it opens anything:
//!
//! - `<db>.lock`: an exclusive `flock` on a file beside the database, holding the owner's pid,
//!   signer and chain id. The kernel drops a `flock` with its process, however it dies (SIGKILL,
//!   power loss), so a stale file never blocks a restart and no pid needs checking;
//! - `<db folder>/.medvault-signer-<chain id>-<address>.lock`: the same for the signer key, so a
//!   second database in the same folder with the same key is refused too. (Relayers on other hosts
//!   with one key are the transaction manager's to detect, from the chain's nonce.)
//!
//! A second instance gets [`LockError::Held`], whose message names the file and what its holder
//! wrote there, and exits non-zero without touching the database.

use std::{
    fs::{File, OpenOptions, TryLockError},
    io::{Read, Seek, Write},
    os::unix::fs::OpenOptionsExt,
    path::{Path, PathBuf},
};

use alloy::primitives::Address;

/// Why the lock could not be taken.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another live process holds it.
    #[error(
        "{what} is in use by another relayer ({holder}; lock {}): stop that relayer first, or \
         give this one its own --db and --signer-key",
        path.display()
    )]
    Held {
        /// What the lock guards ("database /x/relayer.db", "signer 0x… on chain 1").
        what: String,
        /// The lock file.
        path: PathBuf,
        /// What its holder wrote there (pid, signer, chain), or that it wrote nothing yet.
        holder: String,
    },
    /// The lock file could not be created, read or written.
    #[error("lock file {}: {source}", path.display())]
    Io {
        /// The lock file.
        path: PathBuf,
        /// The failure.
        #[source]
        source: std::io::Error,
    },
}

/// Result alias for [`LockError`].
pub type Result<T, E = LockError> = std::result::Result<T, E>;

/// The locks of one running relayer; released when dropped (or when the process ends).
#[derive(Debug)]
pub struct InstanceLock {
    _database: File,
    _signer: File,
    database_path: PathBuf,
}

impl InstanceLock {
    /// Takes the database's and the signer's locks (see the module docs), or says who holds them.
    pub fn acquire(db: &Path, chain_id: u64, signer: Address) -> Result<Self> {
        let mut database_path = db.as_os_str().to_owned();
        database_path.push(".lock");
        let database_path = PathBuf::from(database_path);
        let folder = match db.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let signer_path = folder.join(format!(".medvault-signer-{chain_id}-{signer:#x}.lock"));
        let owner = format!("pid {}, signer {signer:#x}, chain {chain_id}", std::process::id());
        let database = take(&database_path, &format!("database {}", db.display()), &owner)?;
        let signer =
            take(&signer_path, &format!("signer {signer:#x} on chain {chain_id}"), &owner)?;
        Ok(Self { _database: database, _signer: signer, database_path })
    }

    /// The database's lock file.
    pub fn path(&self) -> &Path {
        &self.database_path
    }
}

/// Opens (owner-only) and locks `path`, then writes `owner` into it.
fn take(path: &Path, what: &str, owner: &str) -> Result<File> {
    let io = |source| LockError::Io { path: path.to_owned(), source };
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(path)
        .map_err(io)?;
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            let mut holder = String::new();
            // The holder may be between its lock and its write: say so rather than print nothing.
            let _ = file.read_to_string(&mut holder);
            let holder = holder.trim();
            return Err(LockError::Held {
                what: what.to_string(),
                path: path.to_owned(),
                holder: if holder.is_empty() { "starting".into() } else { holder.to_string() },
            });
        }
        Err(TryLockError::Error(e)) => return Err(io(e)),
    }
    file.set_len(0).map_err(io)?;
    file.rewind().map_err(io)?;
    file.write_all(owner.as_bytes()).map_err(io)?;
    Ok(file)
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    #[test]
    fn a_second_instance_on_the_database_or_the_signer_is_refused_until_the_first_ends() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("relayer.db");
        let (a, b) = (Address::repeat_byte(1), Address::repeat_byte(2));
        let first = InstanceLock::acquire(&db, 1, a).unwrap();
        let mode = std::fs::metadata(first.path()).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);

        // Same database, another key: refused, naming the holder.
        let e = InstanceLock::acquire(&db, 1, b).unwrap_err();
        let msg = e.to_string();
        assert!(matches!(e, LockError::Held { .. }), "{msg}");
        assert!(msg.contains(&format!("pid {}", std::process::id())), "{msg}");
        assert!(msg.contains("relayer.db"), "{msg}");
        // Same key and chain, another database in the folder: refused.
        let e = InstanceLock::acquire(&dir.path().join("other.db"), 1, a).unwrap_err();
        assert!(e.to_string().contains("signer"), "{e}");
        // Same key on another chain, another database: allowed.
        drop(InstanceLock::acquire(&dir.path().join("other.db"), 2, a).unwrap());

        drop(first);
        InstanceLock::acquire(&db, 1, b).expect("free once the first is gone");
    }
}
