//! The one way the relayer opens its SQLite database, and the one pragma policy every connection
//! to it runs with. The record store ([`crate::store`]), the transaction journal
//! ([`crate::tx::journal`]) and the API's store ([`crate::api::store`]) each open their own
//! connection to the same file through [`open`], and each owns its tables: it creates and migrates
//! them itself ([`Migrate`]), and no module reads or writes another's tables (it asks the owner).
//!
//! The policy:
//!
//! - `journal_mode = WAL`: readers do not block the writer; one writer at a time.
//! - `synchronous = FULL`: a commit is on disk (the WAL is fsynced) before it returns, so what was
//!   acknowledged survives a power cut, not only a killed process. One policy for the whole file:
//!   with WAL, `synchronous` is per connection, and a connection at `NORMAL` would make its own
//!   commits (the journal's) the ones a power cut can drop.
//! - `foreign_keys = ON`, and a busy timeout of [`BUSY_TIMEOUT`] (three connections share the file).
//!
//! The file is the owner's only (0600), created so and tightened if it was not: it names every
//! patient's account, record ids and who read what. SQLite gives its `-wal` and `-shm` files the
//! database's permissions.

use std::{
    fs::{OpenOptions, Permissions},
    os::unix::fs::{OpenOptionsExt, PermissionsExt},
    path::Path,
    time::Duration,
};

use rusqlite::Connection;

/// How long a connection waits for another connection's write lock before it fails.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Creates or migrates the tables one module owns, on a connection from [`open`].
pub type Migrate<E> = fn(&Connection) -> Result<(), E>;

/// Opens (or creates) the database at `path` with the policy above, then runs `migrate`, the
/// caller's own schema.
pub fn open<E: From<rusqlite::Error>>(path: &Path, migrate: Migrate<E>) -> Result<Connection, E> {
    owner_only(path).map_err(|e| {
        // As SQLite itself reports a file it cannot open, so every owner's error type carries it.
        rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
            Some(format!("{}: {e}", path.display())),
        )
    })?;
    configure(Connection::open(path)?, migrate)
}

/// Creates `path` empty with mode 0600 if it does not exist (SQLite would create it 0644 less the
/// umask), and takes group and other permissions off it if it does.
fn owner_only(path: &Path) -> std::io::Result<()> {
    let file =
        OpenOptions::new().write(true).create(true).truncate(false).mode(0o600).open(path)?;
    let mode = file.metadata()?.permissions().mode();
    if mode & 0o077 != 0 {
        file.set_permissions(Permissions::from_mode(mode & 0o700))?;
    }
    Ok(())
}

/// A fresh database in memory with the same policy (WAL does not apply there): for tests.
#[cfg(any(test, feature = "test-utils"))]
pub fn open_in_memory<E: From<rusqlite::Error>>(migrate: Migrate<E>) -> Result<Connection, E> {
    configure(Connection::open_in_memory()?, migrate)
}

fn configure<E: From<rusqlite::Error>>(
    conn: Connection,
    migrate: Migrate<E>,
) -> Result<Connection, E> {
    // In memory the answer is `memory`: there is no file to journal beside.
    let _mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    migrate(&conn)?;
    Ok(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_tables(_: &Connection) -> rusqlite::Result<()> {
        Ok(())
    }

    #[test]
    fn every_connection_gets_the_same_policy() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("relayer.db");
        for _ in 0..2 {
            let conn = open(&path, no_tables).unwrap();
            let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
            assert_eq!(mode, "wal");
            // 2 = FULL.
            let sync: i64 = conn.pragma_query_value(None, "synchronous", |r| r.get(0)).unwrap();
            assert_eq!(sync, 2);
            let fk: i64 = conn.pragma_query_value(None, "foreign_keys", |r| r.get(0)).unwrap();
            assert_eq!(fk, 1);
        }
    }

    #[test]
    fn the_database_is_the_owners_only() {
        let dir = tempfile::tempdir().unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let fresh = dir.path().join("fresh.db");
        let conn = open(&fresh, no_tables).unwrap();
        conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);").unwrap();
        assert_eq!(mode(&fresh), 0o600);
        let mut wal = fresh.as_os_str().to_owned();
        wal.push("-wal");
        assert_eq!(mode(Path::new(&wal)), 0o600, "the WAL takes the database's mode");
        // A database left world-readable by an older version is tightened.
        let old = dir.path().join("old.db");
        drop(open(&old, no_tables).unwrap());
        std::fs::set_permissions(&old, Permissions::from_mode(0o644)).unwrap();
        drop(open(&old, no_tables).unwrap());
        assert_eq!(mode(&old), 0o600);
    }

    #[test]
    fn the_owners_migration_runs_on_open() {
        fn table(conn: &Connection) -> rusqlite::Result<()> {
            conn.execute_batch("CREATE TABLE IF NOT EXISTS t (x INTEGER)")
        }
        let conn = open_in_memory(table).unwrap();
        conn.execute("INSERT INTO t (x) VALUES (1)", []).unwrap();
    }
}
