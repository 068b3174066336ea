//! [`RecordStore`] on SQLite.
//!
//! WAL mode with `synchronous=FULL`: a commit is on disk (the WAL is fsynced) before
//! [`RecordStore::accept`] returns, so an acknowledged record survives a power cut, not only a
//! killed process. The cost is one fsync per accepted request, which carries a whole submission.
//!
//! Envelopes are not kept in SQLite. An envelope is needed only until its batch object is pinned
//! (the pinned object is the copy from then on), and through SQLite each 4 KiB envelope cost a
//! page written to the WAL, the same page copied by the checkpoint, a page read back by the
//! batcher and a delete. A database on disk keeps them in a spool beside it instead
//! (`<database>-spool/<submission id>`): one file per submission, written in one call and fsynced
//! (with its folder) *before* the commit that names it, so a committed record always has its bytes.
//! `records.spool_offset`/`spool_length` locate each envelope in its submission's file. A file is
//! deleted once no record of its submission waits to be pinned. A crash between the file and the
//! commit leaves a file no row names; the next submission to get that id (SQLite reuses it) writes
//! over it. The in-memory store, and records accepted by versions before the spool, use the
//! `envelopes` table.

use std::{
    collections::{BTreeMap, HashMap},
    fs::File,
    io::Write,
    os::unix::fs::{DirBuilderExt, FileExt, OpenOptionsExt, PermissionsExt},
    path::{Path, PathBuf},
    sync::Mutex,
    time::{SystemTime, UNIX_EPOCH},
};

use alloy::primitives::{Address, B256};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use super::{
    Accepted, BatchRow, BatchStep, Member, NewSubmission, PendingRecord, RecordParties,
    RecordState, RecordStore, RecordView, Result, StoreError, SubmissionInfo,
};
use medvault_primitives::api::records::PatientRecord;
use medvault_primitives::types::{
    Category, PatientId, PublicKey, RecordId, RecordLeaf, RecordVersion,
};

use crate::ipfs::Location;

const SCHEMA: &str = r"
CREATE TABLE IF NOT EXISTS submissions (
    id          INTEGER PRIMARY KEY,
    idem_key    BLOB UNIQUE,
    author      BLOB NOT NULL,
    signature   BLOB NOT NULL,
    root        BLOB NOT NULL,
    created_ms  INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS batches (
    id            INTEGER PRIMARY KEY,
    state         TEXT NOT NULL,
    data_cid      TEXT NOT NULL,
    root          BLOB UNIQUE,
    manifest_cid  TEXT,
    manifest_hash BLOB,
    count         INTEGER NOT NULL,
    tx_hash       BLOB,
    block_number  INTEGER,
    error         TEXT,
    created_ms    INTEGER NOT NULL,
    replicated    INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS records (
    id              INTEGER PRIMARY KEY,
    submission_id   INTEGER NOT NULL REFERENCES submissions(id),
    patient_id      BLOB NOT NULL,
    record_id       BLOB NOT NULL,
    version         INTEGER NOT NULL,
    previous        BLOB NOT NULL DEFAULT X'0000000000000000000000000000000000000000000000000000000000000000',
    category        INTEGER NOT NULL,
    author          BLOB NOT NULL,
    patient_account BLOB NOT NULL,
    ciphertext_hash BLOB NOT NULL,
    wrapped_keys    BLOB NOT NULL,
    state           TEXT NOT NULL,
    batch_id        INTEGER REFERENCES batches(id),
    data_offset     INTEGER,
    data_length     INTEGER,
    leaf_index      INTEGER,
    proof           BLOB,
    created_ms      INTEGER NOT NULL,
    spool_offset    INTEGER,
    spool_length    INTEGER,
    UNIQUE (patient_id, record_id, version)
);
CREATE INDEX IF NOT EXISTS records_state ON records(state, id);
CREATE INDEX IF NOT EXISTS records_batch ON records(batch_id, id);
CREATE INDEX IF NOT EXISTS records_submission ON records(submission_id, id);
CREATE INDEX IF NOT EXISTS records_record ON records(record_id, version);
CREATE INDEX IF NOT EXISTS records_patient ON records(patient_account, id);
CREATE TABLE IF NOT EXISTS envelopes (
    record_id INTEGER PRIMARY KEY REFERENCES records(id),
    envelope  BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS quarantine (
    record_id INTEGER PRIMARY KEY REFERENCES records(id),
    reason    TEXT NOT NULL,
    at_ms     INTEGER NOT NULL
);
";

/// Databases written before replicas were verified lack the flag; their batches start unverified,
/// and the batcher checks (and repairs) each on every node once.
const ADD_REPLICATED_COLUMN: &str =
    "ALTER TABLE batches ADD COLUMN replicated INTEGER NOT NULL DEFAULT 0;";

/// Databases written before envelopes had their own table keep them in `records.envelope`: the
/// ones still waiting to be pinned move to `envelopes`, and the column goes.
const MOVE_ENVELOPES: &str = r"
INSERT OR IGNORE INTO envelopes (record_id, envelope)
    SELECT id, envelope FROM records WHERE state = 'received';
ALTER TABLE records DROP COLUMN envelope;
";

/// Databases written before the spool lack the columns that locate an envelope in it.
const ADD_SPOOL_COLUMNS: &str = r"
ALTER TABLE records ADD COLUMN spool_offset INTEGER;
ALTER TABLE records ADD COLUMN spool_length INTEGER;
";

/// Databases written before versions were chained lack the predecessor's leaf (every record then
/// was a version 1, whose predecessor is zero).
const ADD_PREVIOUS_COLUMN: &str = "ALTER TABLE records ADD COLUMN previous BLOB NOT NULL DEFAULT X'0000000000000000000000000000000000000000000000000000000000000000';";

/// What [`SqliteStore::accept`] knows of one record id while it checks a submission: its patient,
/// and each version stored or earlier in the submission.
#[derive(Default)]
struct KnownRecord {
    owner: Option<Address>,
    versions: HashMap<u32, KnownVersion>,
}

/// One version of a [`KnownRecord`]: its leaf hash, its stored row `(id, state, ciphertext hash)`,
/// and whether this submission holds it.
struct KnownVersion {
    hash: B256,
    stored: Option<(i64, String, B256)>,
    submitted: bool,
}

/// The SQLite store. One connection behind a mutex: SQLite serialises writers anyway, and every
/// call is short.
#[derive(Debug)]
pub struct SqliteStore {
    conn: Mutex<Connection>,
    /// Where envelopes wait to be pinned; `None` in memory (they go to the `envelopes` table).
    spool: Option<Spool>,
}

/// The envelope spool: one file per submission, named by its id (see the module docs).
#[derive(Debug)]
struct Spool {
    dir: PathBuf,
}

impl Spool {
    /// Opens the folder, creating it owner-only (0700): its files are ciphertext, but their
    /// names and sizes tell who submitted how much and when. An existing folder is tightened.
    fn open(dir: PathBuf) -> Result<Self> {
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(&dir)?;
        let mode = std::fs::metadata(&dir)?.permissions().mode();
        if mode & 0o077 != 0 {
            std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(mode & 0o700))?;
        }
        Ok(Self { dir })
    }

    fn path(&self, submission: i64) -> PathBuf {
        self.dir.join(submission.to_string())
    }

    /// Writes a submission's envelopes, one after the other, and makes file and name durable.
    fn write(&self, submission: i64, bytes: &[u8]) -> Result<()> {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(self.path(submission))?;
        file.write_all(bytes)?;
        file.sync_all()?;
        File::open(&self.dir)?.sync_all()?;
        Ok(())
    }

    fn remove(&self, submission: i64) -> Result<()> {
        match std::fs::remove_file(self.path(submission)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.into()),
            _ => Ok(()),
        }
    }

    /// The submissions that have a file.
    fn submissions(&self) -> Result<Vec<i64>> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(&self.dir)? {
            if let Some(id) = entry?.file_name().to_str().and_then(|n| n.parse().ok()) {
                out.push(id);
            }
        }
        Ok(out)
    }
}

/// Where a waiting record's envelope is.
enum Waiting {
    Inline(Vec<u8>),
    Spooled { submission: i64, offset: u64, length: usize },
}

fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

fn b256(bytes: Vec<u8>) -> Result<B256> {
    B256::try_from(bytes.as_slice())
        .map_err(|_| StoreError::Corrupt(format!("{} bytes, not 32", bytes.len())))
}

fn address(bytes: Vec<u8>) -> Result<Address> {
    Address::try_from(bytes.as_slice())
        .map_err(|_| StoreError::Corrupt(format!("{} bytes, not 20", bytes.len())))
}

fn state(s: String) -> Result<RecordState> {
    s.parse().map_err(|e: super::state::UnknownState| StoreError::Corrupt(e.to_string()))
}

fn proof_bytes(proof: &[B256]) -> Vec<u8> {
    proof.iter().flat_map(|h| h.0).collect()
}

fn proof_from(bytes: Option<Vec<u8>>) -> Vec<B256> {
    bytes.unwrap_or_default().chunks_exact(32).map(B256::from_slice).collect()
}

const LEAF_COLS: &str =
    "patient_id, record_id, version, ciphertext_hash, author, category, previous";

fn leaf_at(row: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<RawLeaf> {
    Ok((
        row.get(at)?,
        row.get(at + 1)?,
        row.get(at + 2)?,
        row.get(at + 3)?,
        row.get(at + 4)?,
        row.get(at + 5)?,
        row.get(at + 6)?,
    ))
}

type RawLeaf = (Vec<u8>, Vec<u8>, u32, Vec<u8>, Vec<u8>, u16, Vec<u8>);

fn leaf(raw: RawLeaf) -> Result<RecordLeaf> {
    let (p, r, v, c, a, cat, prev) = raw;
    Ok(RecordLeaf {
        patient_id: PatientId(b256(p)?),
        record_id: RecordId(b256(r)?),
        version: RecordVersion(v),
        previous: b256(prev)?,
        ciphertext_hash: b256(c)?,
        author: address(a)?,
        category: Category(cat),
    })
}

const BATCH_COLS: &str = "id, state, data_cid, root, manifest_cid, manifest_hash, count, tx_hash, \
     block_number, error, replicated";

type RawBatch = (
    i64,
    String,
    String,
    Option<Vec<u8>>,
    Option<String>,
    Option<Vec<u8>>,
    u32,
    Option<Vec<u8>>,
    Option<i64>,
    Option<String>,
    bool,
);

fn raw_batch(row: &rusqlite::Row<'_>) -> rusqlite::Result<RawBatch> {
    Ok((
        row.get(0)?,
        row.get(1)?,
        row.get(2)?,
        row.get(3)?,
        row.get(4)?,
        row.get(5)?,
        row.get(6)?,
        row.get(7)?,
        row.get(8)?,
        row.get(9)?,
        row.get(10)?,
    ))
}

fn batch(raw: RawBatch) -> Result<BatchRow> {
    let (id, st, data_cid, root, manifest_cid, manifest_hash, count, tx_hash, block, error, rep) =
        raw;
    Ok(BatchRow {
        id,
        state: state(st)?,
        data_cid,
        root: root.map(b256).transpose()?,
        manifest_cid,
        manifest_hash: manifest_hash.map(b256).transpose()?,
        count,
        tx_hash: tx_hash.map(b256).transpose()?,
        block_number: block.map(|b| b as u64),
        error,
        replicated: rep,
    })
}

impl SqliteStore {
    /// Opens (or creates) the database at `path`, with its envelope spool at `<path>-spool`.
    pub fn open(path: &Path) -> Result<Self> {
        let mut dir = path.as_os_str().to_owned();
        dir.push("-spool");
        let store = Self::init(crate::db::open(path, migrate)?, Some(Spool::open(dir.into())?));
        store.sweep()?;
        Ok(store)
    }

    /// A fresh database in memory: the store for unit tests (feature `test-utils`).
    #[cfg(any(test, feature = "test-utils"))]
    pub fn in_memory() -> Result<Self> {
        Ok(Self::init(crate::db::open_in_memory(migrate)?, None))
    }

    /// Deletes the spool files of submissions that nothing holds any more (a crash between a
    /// batch's last step and the delete can leave them). Files no row names are left: see the
    /// module docs.
    fn sweep(&self) -> Result<()> {
        let Some(spool) = &self.spool else { return Ok(()) };
        for submission in spool.submissions()? {
            let conn = self.conn();
            let known: bool = conn.query_row(
                "SELECT EXISTS(SELECT 1 FROM submissions WHERE id = ?1)",
                [submission],
                |r| r.get(0),
            )?;
            if known && !is_held(&conn, submission)? {
                spool.remove(submission)?;
            }
        }
        Ok(())
    }

    /// Deletes the spool files of `batch`'s submissions that nothing holds any more. Runs after
    /// the commit that freed them: a crash before the deletes leaves files that `open` sweeps.
    fn release(&self, batch: i64) -> Result<()> {
        let Some(spool) = &self.spool else { return Ok(()) };
        let freed = {
            let conn = self.conn();
            let mut stmt = conn.prepare_cached(
                "SELECT DISTINCT submission_id FROM records
                 WHERE batch_id = ?1 AND spool_offset IS NOT NULL",
            )?;
            let subs = stmt.query_map([batch], |r| r.get::<_, i64>(0))?;
            let mut freed = Vec::new();
            for s in subs {
                let s = s?;
                if !is_held(&conn, s)? {
                    freed.push(s);
                }
            }
            freed
        };
        for submission in freed {
            crate::failpoint::hit("spool.release");
            if let Err(err) = spool.remove(submission) {
                tracing::warn!(%err, submission, "spool file not deleted; the next start does");
            }
        }
        Ok(())
    }

    /// Sets records aside whose spool bytes are gone (see [`RecordStore::quarantined`]), loudly.
    fn quarantine(&self, bad: &[(i64, String)]) -> Result<()> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        {
            let mut insert = tx.prepare_cached(
                "INSERT OR IGNORE INTO quarantine (record_id, reason, at_ms) VALUES (?1, ?2, ?3)",
            )?;
            for (id, reason) in bad {
                insert.execute(params![id, reason, now_ms()])?;
            }
        }
        tx.commit()?;
        for (id, reason) in bad {
            tracing::error!(
                record = id,
                %reason,
                "acknowledged record quarantined: its bytes are gone from the spool; later \
                 batches go on without it (resubmit it; `medvault audit` lists it)"
            );
        }
        super::metrics::QUARANTINED.inc_by(bad.len() as u64);
        Ok(())
    }

    fn init(conn: Connection, spool: Option<Spool>) -> Self {
        Self { conn: Mutex::new(conn), spool }
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves SQLite consistent (a transaction rolls back on
        // drop), so a poisoned lock is safe to take.
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn existing_of_submission(tx: &Connection, submission: i64) -> Result<Vec<Accepted>> {
        let mut stmt = tx
            .prepare_cached("SELECT id, state FROM records WHERE submission_id = ?1 ORDER BY id")?;
        let rows =
            stmt.query_map([submission], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
        rows.map(|r| {
            let (id, st) = r?;
            Ok(Accepted { id, state: state(st)?, duplicate: true })
        })
        .collect()
    }
}

/// Whether `submission` still needs its spool file: a record of it waits for a batch, or is in a
/// batch that is not yet confirmed or not yet verified on every IPFS node (see the module docs).
fn is_held(conn: &Connection, submission: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS(SELECT 1 FROM records r LEFT JOIN batches b ON b.id = r.batch_id
             WHERE r.submission_id = ?1
               AND (b.id IS NULL OR b.state <> 'confirmed' OR b.replicated = 0))",
        )?
        .query_row([submission], |r| r.get(0))?)
}

/// Creates the record store's tables (`submissions`, `records`, `envelopes`, `batches`: it owns
/// them) and brings a database written by an earlier version to the current schema, each change
/// in one transaction.
fn migrate(conn: &Connection) -> Result<()> {
    conn.execute_batch(SCHEMA)?;
    let inline_envelopes: bool = conn.query_row(
        "SELECT COUNT(*) > 0 FROM pragma_table_info('records') WHERE name = 'envelope'",
        [],
        |r| r.get(0),
    )?;
    if inline_envelopes {
        conn.execute_batch(&format!("BEGIN IMMEDIATE;{MOVE_ENVELOPES}COMMIT;"))?;
        tracing::info!("moved waiting envelopes to their own table");
    }
    let spool_columns: bool = conn.query_row(
        "SELECT COUNT(*) > 0 FROM pragma_table_info('records') WHERE name = 'spool_offset'",
        [],
        |r| r.get(0),
    )?;
    if !spool_columns {
        conn.execute_batch(&format!("BEGIN IMMEDIATE;{ADD_SPOOL_COLUMNS}COMMIT;"))?;
    }
    let previous_column: bool = conn.query_row(
        "SELECT COUNT(*) > 0 FROM pragma_table_info('records') WHERE name = 'previous'",
        [],
        |r| r.get(0),
    )?;
    if !previous_column {
        conn.execute_batch(&format!("BEGIN IMMEDIATE;{ADD_PREVIOUS_COLUMN}COMMIT;"))?;
    }
    let replicated_column: bool = conn.query_row(
        "SELECT COUNT(*) > 0 FROM pragma_table_info('batches') WHERE name = 'replicated'",
        [],
        |r| r.get(0),
    )?;
    if !replicated_column {
        conn.execute_batch(&format!("BEGIN IMMEDIATE;{ADD_REPLICATED_COLUMN}COMMIT;"))?;
    }
    Ok(())
}

/// The rows of record id `?1` that are its patient's: a record id is the patient's whose version
/// was filed first (`accept` refuses anyone else's), so a row of another patient under it (in a
/// store written before that refusal) is no version of the record.
const OWNERS_ROWS: &str = "record_id = ?1 AND patient_account =
    (SELECT patient_account FROM records WHERE record_id = ?1 ORDER BY id LIMIT 1)";

impl RecordStore for SqliteStore {
    fn accept(&self, sub: NewSubmission) -> Result<Vec<Accepted>> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        if let Some(key) = sub.idempotency_key {
            let found: Option<(i64, Vec<u8>, Vec<u8>)> = tx
                .query_row(
                    "SELECT id, author, root FROM submissions WHERE idem_key = ?1",
                    [key.as_slice()],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            if let Some((id, author, root)) = found {
                // The key answers the request it came with (the author's signed root commits to
                // every leaf), not another one sent under it.
                if address(author)? != sub.author || b256(root)? != sub.root {
                    return Err(StoreError::KeyReused { key });
                }
                return Self::existing_of_submission(&tx, id);
            }
        }
        let now = now_ms();
        let mut out = Vec::with_capacity(sub.records.len());
        let mut fresh = Vec::new();
        {
            // A record id belongs to the patient of its first version (patient ids are blinded per
            // version, so the account decides), and its versions come without gaps, each naming
            // its predecessor's leaf. One read per record id: its stored versions, which then
            // answer the owner, the predecessor and the duplicate, with this submission's own.
            let mut versions_of = tx.prepare_cached(&format!(
                "SELECT id, state, patient_account, {LEAF_COLS} FROM records WHERE record_id = ?1
                 ORDER BY id"
            ))?;
            let mut seen: HashMap<B256, KnownRecord> = HashMap::new();
            for (i, rec) in sub.records.iter().enumerate() {
                let l = &rec.leaf;
                let known = match seen.entry(l.record_id.0) {
                    std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                    std::collections::hash_map::Entry::Vacant(e) => {
                        let rows = versions_of
                            .query_map([l.record_id.0.as_slice()], |r| {
                                Ok((
                                    r.get::<_, i64>(0)?,
                                    r.get::<_, String>(1)?,
                                    r.get(2)?,
                                    leaf_at(r, 3)?,
                                ))
                            })?
                            .collect::<rusqlite::Result<Vec<(i64, String, Vec<u8>, RawLeaf)>>>()?;
                        let mut k = KnownRecord::default();
                        for (id, st, account, raw) in rows {
                            let stored = leaf(raw)?;
                            // Oldest first: the first row's patient owns the record id, and
                            // another patient's row under it (filed before this refusal) is no
                            // version of it.
                            let account = address(account)?;
                            if *k.owner.get_or_insert(account) != account {
                                continue;
                            }
                            k.versions.insert(
                                stored.version.0,
                                KnownVersion {
                                    hash: stored.hash(),
                                    stored: Some((id, st, stored.ciphertext_hash)),
                                    submitted: false,
                                },
                            );
                        }
                        e.insert(k)
                    }
                };
                if known.owner.is_some_and(|a| a != rec.patient_account) {
                    return Err(StoreError::OtherPatient { record_id: l.record_id.0 });
                }
                if known.versions.get(&l.version.0).is_some_and(|v| v.submitted) {
                    return Err(StoreError::Repeated {
                        record_id: l.record_id.0,
                        version: l.version.0,
                    });
                }
                let predecessor = if l.version.0 == 1 {
                    Some(B256::ZERO)
                } else {
                    known.versions.get(&(l.version.0 - 1)).map(|v| v.hash)
                };
                match predecessor {
                    None => {
                        return Err(StoreError::VersionGap {
                            record_id: l.record_id.0,
                            version: l.version.0,
                        });
                    }
                    Some(p) if p != l.previous => {
                        return Err(StoreError::NotChained {
                            record_id: l.record_id.0,
                            version: l.version.0,
                        });
                    }
                    Some(_) => {}
                }
                let stored = known.versions.get(&l.version.0).and_then(|v| v.stored.clone());
                match stored {
                    Some((id, st, hash)) if hash == l.ciphertext_hash => {
                        out.push(Some(Accepted { id, state: state(st)?, duplicate: true }));
                    }
                    Some((existing, ..)) => {
                        return Err(StoreError::Conflict {
                            record_id: l.record_id.0,
                            version: l.version.0,
                            existing,
                        });
                    }
                    None => {
                        out.push(None);
                        fresh.push(i);
                    }
                }
                known.owner = Some(rec.patient_account);
                known
                    .versions
                    .entry(l.version.0)
                    .and_modify(|v| v.submitted = true)
                    .or_insert(KnownVersion { hash: l.hash(), stored: None, submitted: true });
            }
        }
        if !fresh.is_empty() {
            tx.execute(
                "INSERT INTO submissions (idem_key, author, signature, root, created_ms) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    sub.idempotency_key.as_ref().map(|k| k.as_slice()),
                    sub.author.as_slice(),
                    sub.signature,
                    sub.root.as_slice(),
                    now
                ],
            )?;
            let submission = tx.last_insert_rowid();
            let mut insert = tx.prepare_cached(
                "INSERT INTO records (submission_id, patient_id, record_id, version, category, author, patient_account,
                    ciphertext_hash, wrapped_keys, state, created_ms, spool_offset, spool_length, previous)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'received', ?10, ?11, ?12, ?13)",
            )?;
            let mut insert_envelope =
                tx.prepare_cached("INSERT INTO envelopes (record_id, envelope) VALUES (?1, ?2)")?;
            let mut spooled = Vec::new();
            for i in fresh {
                let rec = &sub.records[i];
                let l = &rec.leaf;
                let keys: Vec<u8> = rec.wrapped_keys.concat();
                let at = self.spool.as_ref().map(|_| spooled.len() as i64);
                insert.execute(params![
                    submission,
                    l.patient_id.0.as_slice(),
                    l.record_id.0.as_slice(),
                    l.version.0,
                    l.category.0,
                    l.author.as_slice(),
                    rec.patient_account.as_slice(),
                    l.ciphertext_hash.as_slice(),
                    keys,
                    now,
                    at,
                    at.map(|_| rec.envelope.len() as i64),
                    l.previous.as_slice()
                ])?;
                let id = tx.last_insert_rowid();
                if at.is_some() {
                    spooled.extend_from_slice(&rec.envelope);
                } else {
                    insert_envelope.execute(params![id, rec.envelope])?;
                }
                out[i] = Some(Accepted { id, state: RecordState::Received, duplicate: false });
            }
            if let Some(spool) = &self.spool {
                spool.write(submission, &spooled)?;
                crate::failpoint::hit("spool.written");
            }
        }
        tx.commit()?;
        crate::failpoint::hit("accept.committed");
        Ok(out.into_iter().map(|a| a.expect("every record answered")).collect())
    }

    fn waiting(&self) -> Result<(usize, Option<i64>)> {
        let conn = self.conn();
        let (n, oldest): (i64, Option<i64>) = conn.query_row(
            "SELECT COUNT(*), MIN(created_ms) FROM records r WHERE state = 'received'
             AND NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.record_id = r.id)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok((n as usize, oldest))
    }

    fn received(&self, limit: usize) -> Result<Vec<PendingRecord>> {
        let rows = {
            let conn = self.conn();
            let mut stmt = conn.prepare_cached(
                "SELECT r.id, r.created_ms, e.envelope, r.submission_id, r.spool_offset, r.spool_length
                 FROM records r LEFT JOIN envelopes e ON e.record_id = r.id
                 WHERE r.state = 'received'
                   AND NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.record_id = r.id)
                 ORDER BY r.id LIMIT ?1",
            )?;
            let rows = stmt.query_map([limit as i64], |r| {
                let at = match (r.get::<_, Option<Vec<u8>>>(2)?, r.get::<_, Option<i64>>(4)?) {
                    (Some(envelope), _) => Some(Waiting::Inline(envelope)),
                    (None, Some(offset)) => Some(Waiting::Spooled {
                        submission: r.get(3)?,
                        offset: offset as u64,
                        length: r.get::<_, i64>(5)? as usize,
                    }),
                    (None, None) => None,
                };
                Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, at))
            })?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        // The files are read without the connection's lock, one read per run of envelopes that
        // follow each other in the same file (a submission's records have consecutive ids).
        let mut out = Vec::with_capacity(rows.len());
        let mut bad = Vec::new();
        let mut rows = rows.into_iter().peekable();
        while let Some((id, created_ms, at)) = rows.next() {
            let (submission, offset, length, spool) = match (at, &self.spool) {
                (Some(Waiting::Inline(envelope)), _) => {
                    out.push(PendingRecord { id, envelope, created_ms });
                    continue;
                }
                (Some(Waiting::Spooled { submission, offset, length }), Some(spool)) => {
                    (submission, offset, length, spool)
                }
                _ => return Err(StoreError::Corrupt(format!("record {id} has no envelope"))),
            };
            let mut run = vec![(id, created_ms, length)];
            let mut end = offset + length as u64;
            while let Some((_, _, Some(Waiting::Spooled { submission: s, offset: o, length }))) =
                rows.peek()
                && *s == submission
                && *o == end
            {
                let length = *length;
                end += length as u64;
                let (id, created_ms, _) = rows.next().expect("peeked");
                run.push((id, created_ms, length));
            }
            let mut bytes = vec![0; (end - offset) as usize];
            // A missing or truncated file loses these records' bytes for good: they are set
            // aside, and the records after them go on. Any other failure may pass (retried).
            let read = File::open(spool.path(submission))
                .and_then(|f| f.read_exact_at(&mut bytes, offset));
            match read {
                Ok(()) => {}
                Err(e)
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::NotFound | std::io::ErrorKind::UnexpectedEof
                    ) =>
                {
                    let reason = format!(
                        "spool file {submission}: {} (bytes {offset}..{end} acknowledged)",
                        if e.kind() == std::io::ErrorKind::NotFound {
                            "missing"
                        } else {
                            "truncated"
                        }
                    );
                    bad.extend(run.iter().map(|(id, ..)| (*id, reason.clone())));
                    continue;
                }
                Err(e) => return Err(e.into()),
            }
            let mut at = 0;
            for (id, created_ms, length) in run {
                out.push(PendingRecord {
                    id,
                    envelope: bytes[at..at + length].to_vec(),
                    created_ms,
                });
                at += length;
            }
        }
        if !bad.is_empty() {
            self.quarantine(&bad)?;
        }
        Ok(out)
    }

    fn create_batch(&self, data_cid: &str, members: &[(i64, u64, u64)]) -> Result<i64> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO batches (state, data_cid, count, created_ms) VALUES ('pinned', ?1, ?2, ?3)",
            params![data_cid, members.len() as i64, now_ms()],
        )?;
        let batch = tx.last_insert_rowid();
        {
            let mut upd = tx.prepare_cached(
                "UPDATE records SET state = 'pinned', batch_id = ?1, data_offset = ?2, data_length = ?3
                 WHERE id = ?4 AND state = 'received' RETURNING spool_offset",
            )?;
            let mut drop_envelope =
                tx.prepare_cached("DELETE FROM envelopes WHERE record_id = ?1")?;
            for &(id, offset, length) in members {
                let updated = upd
                    .query_row(params![batch, offset as i64, length as i64, id], |r| {
                        r.get::<_, Option<i64>>(0)
                    })
                    .optional()?;
                let Some(spool_offset) = updated else {
                    let st: String =
                        tx.query_row("SELECT state FROM records WHERE id = ?1", [id], |r| {
                            r.get(0)
                        })?;
                    return Err(StoreError::InvalidTransition {
                        batch,
                        from: state(st)?,
                        to: RecordState::Pinned,
                    });
                };
                // An in-memory store has no spool: the pinned object holds the bytes from now on.
                // A spool file stays until the batch is confirmed and verified on every node.
                if spool_offset.is_none() {
                    drop_envelope.execute([id])?;
                }
            }
        }
        tx.commit()?;
        Ok(batch)
    }

    fn members(&self, batch: i64) -> Result<Vec<Member>> {
        let conn = self.conn();
        let cid: String = conn
            .query_row("SELECT data_cid FROM batches WHERE id = ?1", [batch], |r| r.get(0))
            .optional()?
            .ok_or(StoreError::NoBatch(batch))?;
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT id, submission_id, data_offset, data_length, patient_account,
                    substr(wrapped_keys, 1, {len}), {LEAF_COLS}
             FROM records WHERE batch_id = ?1 ORDER BY id",
            len = medvault_primitives::wrapped_key::WRAPPED_KEY_LEN
        ))?;
        let rows = stmt.query_map([batch], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, Vec<u8>>(4)?,
                r.get::<_, Vec<u8>>(5)?,
                leaf_at(r, 6)?,
            ))
        })?;
        rows.map(|r| {
            let (id, submission_id, offset, length, patient, committee_wrap, raw) = r?;
            Ok(Member {
                patient_account: address(patient)?,
                committee_wrap,
                id,
                leaf: leaf(raw)?,
                location: Location {
                    cid: cid.clone(),
                    offset: offset as u64,
                    length: length as u64,
                },
                submission_id,
            })
        })
        .collect()
    }

    fn submissions_of(&self, batch: i64) -> Result<Vec<SubmissionInfo>> {
        let conn = self.conn();
        let mut subs = conn.prepare_cached(
            "SELECT id, author, signature, root FROM submissions WHERE id IN
               (SELECT DISTINCT submission_id FROM records WHERE batch_id = ?1) ORDER BY id",
        )?;
        let rows = subs
            .query_map([batch], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, Vec<u8>>(1)?,
                    r.get::<_, Vec<u8>>(2)?,
                    r.get::<_, Vec<u8>>(3)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut leaves_of = conn.prepare_cached(&format!(
            "SELECT {LEAF_COLS} FROM records WHERE submission_id = ?1 ORDER BY id"
        ))?;
        rows.into_iter()
            .map(|(id, author, signature, root)| {
                let leaves = leaves_of
                    .query_map([id], |r| leaf_at(r, 0))?
                    .map(|raw| Ok(leaf(raw?)?.hash()))
                    .collect::<Result<Vec<_>>>()?;
                Ok(SubmissionInfo {
                    id,
                    author: address(author)?,
                    signature,
                    root: b256(root)?,
                    leaves,
                })
            })
            .collect()
    }

    fn set_batched(
        &self,
        batch: i64,
        root: B256,
        manifest_cid: &str,
        manifest_hash: B256,
        proofs: &[Vec<B256>],
    ) -> Result<()> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let st: String = tx
            .query_row("SELECT state FROM batches WHERE id = ?1", [batch], |r| r.get(0))
            .optional()?
            .ok_or(StoreError::NoBatch(batch))?;
        let from = state(st)?;
        if !from.can_become(RecordState::Batched) {
            return Err(StoreError::InvalidTransition { batch, from, to: RecordState::Batched });
        }
        tx.execute(
            "UPDATE batches SET state = 'batched', root = ?2, manifest_cid = ?3, manifest_hash = ?4 WHERE id = ?1",
            params![batch, root.as_slice(), manifest_cid, manifest_hash.as_slice()],
        )?;
        let ids: Vec<i64> = {
            let mut stmt =
                tx.prepare_cached("SELECT id FROM records WHERE batch_id = ?1 ORDER BY id")?;
            stmt.query_map([batch], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?
        };
        if ids.len() != proofs.len() {
            return Err(StoreError::Corrupt(format!(
                "batch {batch} has {} records, {} proofs",
                ids.len(),
                proofs.len()
            )));
        }
        {
            let mut upd = tx.prepare_cached(
                "UPDATE records SET state = 'batched', leaf_index = ?2, proof = ?3 WHERE id = ?1 AND state = 'pinned'",
            )?;
            for (i, (id, proof)) in ids.iter().zip(proofs).enumerate() {
                upd.execute(params![id, i as i64, proof_bytes(proof)])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    fn step(&self, batch: i64, step: BatchStep) -> Result<()> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let st: String = tx
            .query_row("SELECT state FROM batches WHERE id = ?1", [batch], |r| r.get(0))
            .optional()?
            .ok_or(StoreError::NoBatch(batch))?;
        let from = state(st)?;
        let to = step.state();
        let allowed = match step {
            BatchStep::Reopened => from == RecordState::Confirmed,
            _ => from.can_become(to),
        };
        if !allowed {
            return Err(StoreError::InvalidTransition { batch, from, to });
        }
        match &step {
            BatchStep::Submitted | BatchStep::Reopened => tx.execute(
                "UPDATE batches SET state = ?2, tx_hash = NULL, block_number = NULL WHERE id = ?1",
                params![batch, to.as_str()],
            )?,
            BatchStep::Mined { tx_hash, block_number }
            | BatchStep::Confirmed { tx_hash, block_number } => tx.execute(
                "UPDATE batches SET state = ?2, tx_hash = ?3, block_number = ?4 WHERE id = ?1",
                params![batch, to.as_str(), tx_hash.as_slice(), *block_number as i64],
            )?,
            BatchStep::Failed { reason } => tx.execute(
                "UPDATE batches SET state = ?2, error = ?3 WHERE id = ?1",
                params![batch, to.as_str(), reason],
            )?,
        };
        tx.execute(
            "UPDATE records SET state = ?2 WHERE batch_id = ?1",
            params![batch, to.as_str()],
        )?;
        tx.commit()?;
        drop(conn);
        if to == RecordState::Confirmed {
            crate::failpoint::hit("batch.confirmed");
            self.release(batch)?;
        }
        Ok(())
    }

    fn batch(&self, batch: i64) -> Result<Option<BatchRow>> {
        let conn = self.conn();
        let raw = conn
            .query_row(
                &format!("SELECT {BATCH_COLS} FROM batches WHERE id = ?1"),
                [batch],
                raw_batch,
            )
            .optional()?;
        raw.map(self::batch).transpose()
    }

    fn confirmed_batches_since(&self, created_ms: i64, limit: usize) -> Result<Vec<BatchRow>> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {BATCH_COLS} FROM batches WHERE state = 'confirmed' AND created_ms >= ?1
             ORDER BY id DESC LIMIT ?2"
        ))?;
        let rows = stmt
            .query_map(params![created_ms, limit as i64], raw_batch)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter().map(batch).collect()
    }

    fn unfinished_batches(&self) -> Result<Vec<BatchRow>> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {BATCH_COLS} FROM batches WHERE state NOT IN ('confirmed', 'failed') ORDER BY id"
        ))?;
        let rows = stmt.query_map([], raw_batch)?.collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter().map(batch).collect()
    }

    fn record(&self, id: i64) -> Result<Option<RecordView>> {
        let raw = {
            let conn = self.conn();
            conn.query_row(
                &format!(
                    "SELECT state, batch_id, data_offset, data_length, leaf_index, proof, patient_account, {LEAF_COLS} FROM records WHERE id = ?1"
                ),
                [id],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, Option<i64>>(1)?,
                        r.get::<_, Option<i64>>(2)?,
                        r.get::<_, Option<i64>>(3)?,
                        r.get::<_, Option<u32>>(4)?,
                        r.get::<_, Option<Vec<u8>>>(5)?,
                        r.get::<_, Vec<u8>>(6)?,
                        leaf_at(r, 7)?,
                    ))
                },
            )
            .optional()?
        };
        let Some((st, batch_id, offset, length, leaf_index, proof, patient, raw_leaf)) = raw else {
            return Ok(None);
        };
        let batch = batch_id.map(|b| self.batch(b)).transpose()?.flatten();
        let location = match (&batch, offset, length) {
            (Some(b), Some(o), Some(l)) => {
                Some(Location { cid: b.data_cid.clone(), offset: o as u64, length: l as u64 })
            }
            _ => None,
        };
        Ok(Some(RecordView {
            id,
            patient: address(patient)?,
            leaf: leaf(raw_leaf)?,
            state: state(st)?,
            location,
            batch,
            leaf_index,
            proof: proof_from(proof),
        }))
    }

    fn counts(&self) -> Result<BTreeMap<RecordState, u64>> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached("SELECT state, COUNT(*) FROM records GROUP BY state")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        rows.map(|r| {
            let (s, n) = r?;
            Ok((state(s)?, n as u64))
        })
        .collect()
    }

    fn parties(&self, record_id: B256, version: u32) -> Result<Option<RecordParties>> {
        let row = self
            .conn()
            .query_row(
                &format!(
                    "SELECT patient_account, author, category FROM records
                     WHERE {OWNERS_ROWS} AND version = ?2 ORDER BY id LIMIT 1"
                ),
                params![record_id.as_slice(), version],
                |r| Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, Vec<u8>>(1)?, r.get::<_, u16>(2)?)),
            )
            .optional()?;
        row.map(|(p, a, category)| {
            Ok(RecordParties { patient: address(p)?, author: address(a)?, category })
        })
        .transpose()
    }

    fn patient_of(&self, record_id: B256) -> Result<Option<Address>> {
        let p: Option<Vec<u8>> = self
            .conn()
            .query_row(
                "SELECT patient_account FROM records WHERE record_id = ?1 ORDER BY id LIMIT 1",
                params![record_id.as_slice()],
                |r| r.get(0),
            )
            .optional()?;
        p.map(address).transpose()
    }

    fn records_of(&self, patient: Address) -> Result<Vec<PatientRecord>> {
        let conn = self.conn();
        let mut st = conn.prepare_cached(
            "SELECT r.id, r.patient_id, r.record_id, r.version, r.category, r.author, r.state,
                    b.data_cid, b.root, b.tx_hash, b.block_number
             FROM records r LEFT JOIN batches b ON b.id = r.batch_id
             WHERE r.patient_account = ?1 ORDER BY r.id",
        )?;
        type Row = (
            i64,
            Vec<u8>,
            Vec<u8>,
            u32,
            u16,
            Vec<u8>,
            String,
            Option<String>,
            Option<Vec<u8>>,
            Option<Vec<u8>>,
            Option<i64>,
        );
        let rows = st.query_map(params![patient.as_slice()], |r| {
            Ok::<Row, _>((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
                r.get(8)?,
                r.get(9)?,
                r.get(10)?,
            ))
        })?;
        rows.map(|row| {
            let (id, patient_id, record_id, version, category, author, st, cid, root, tx, block) =
                row?;
            Ok(PatientRecord {
                id,
                patient_id: b256(patient_id)?,
                record_id: b256(record_id)?,
                version,
                category,
                author: address(author)?,
                status: state(st)?.to_string(),
                cid,
                root: root.map(b256).transpose()?,
                tx_hash: tx.map(b256).transpose()?,
                block_number: block.map(|b| b as u64),
                shredded: false,
            })
        })
        .collect()
    }

    fn wrapped_keys(&self, record_id: B256, version: u32) -> Result<Option<Vec<u8>>> {
        Ok(self
            .conn()
            .query_row(
                &format!(
                    "SELECT wrapped_keys FROM records
                     WHERE {OWNERS_ROWS} AND version = ?2 ORDER BY id LIMIT 1"
                ),
                params![record_id.as_slice(), version],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn trim_wrapped_keys(&self, record_id: B256, keep: &[PublicKey]) -> Result<usize> {
        use medvault_primitives::wrapped_key::{WRAPPED_KEY_LEN, WrappedKey};
        let addressed_to_keep =
            |k: &[u8]| WrappedKey::from_bytes(k).ok().is_some_and(|k| keep.contains(k.recipient()));
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let rows: Vec<(i64, Vec<u8>)> = {
            let mut st =
                tx.prepare(&format!("SELECT id, wrapped_keys FROM records WHERE {OWNERS_ROWS}"))?;
            st.query_map(params![record_id.as_slice()], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?
        };
        let mut deleted = 0;
        for (id, blob) in rows {
            let kept: Vec<u8> = blob
                .chunks(WRAPPED_KEY_LEN)
                .enumerate()
                .filter(|(i, k)| *i == 0 || addressed_to_keep(k))
                .flat_map(|(_, k)| k)
                .copied()
                .collect();
            deleted += (blob.len() - kept.len()) / WRAPPED_KEY_LEN;
            tx.execute("UPDATE records SET wrapped_keys = ?1 WHERE id = ?2", params![kept, id])?;
        }
        tx.commit()?;
        Ok(deleted)
    }

    fn confirmed_after(&self, after: i64) -> Result<Vec<(i64, Address, B256, u32)>> {
        let conn = self.conn();
        let mut st = conn.prepare_cached(
            "SELECT id, patient_account, record_id, version FROM records
             WHERE state = ?1 AND id > ?2 ORDER BY id LIMIT 1000",
        )?;
        let rows = st.query_map(params![RecordState::Confirmed.as_str(), after], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?, r.get::<_, Vec<u8>>(2)?, r.get(3)?))
        })?;
        rows.map(|row| {
            let (id, patient, record, version) = row?;
            Ok((id, address(patient)?, b256(record)?, version))
        })
        .collect()
    }

    fn last_confirmed(&self) -> Result<i64> {
        Ok(self.conn().query_row(
            "SELECT COALESCE(MAX(id), 0) FROM records WHERE state = ?1",
            [RecordState::Confirmed.as_str()],
            |r| r.get(0),
        )?)
    }

    fn set_replicated(&self, batch: i64) -> Result<()> {
        let changed =
            self.conn().execute("UPDATE batches SET replicated = 1 WHERE id = ?1", [batch])?;
        if changed == 0 {
            return Err(StoreError::NoBatch(batch));
        }
        self.release(batch)
    }

    fn unreplicated(&self) -> Result<Vec<BatchRow>> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {BATCH_COLS} FROM batches WHERE replicated = 0 AND state <> 'failed' ORDER BY id"
        ))?;
        let rows = stmt.query_map([], raw_batch)?.collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter().map(batch).collect()
    }

    fn spooled_object(&self, batch: i64) -> Result<Option<Vec<u8>>> {
        let Some(spool) = &self.spool else { return Ok(None) };
        let parts: Vec<(i64, Option<i64>, Option<i64>, i64)> = {
            let conn = self.conn();
            let mut stmt = conn.prepare_cached(
                "SELECT submission_id, spool_offset, spool_length, data_offset FROM records
                 WHERE batch_id = ?1 ORDER BY data_offset",
            )?;
            stmt.query_map([batch], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                .collect::<rusqlite::Result<_>>()?
        };
        let mut object = Vec::new();
        for (submission, offset, length, data_offset) in parts {
            let (Some(offset), Some(length)) = (offset, length) else { return Ok(None) };
            if data_offset as usize != object.len() {
                return Err(StoreError::Corrupt(format!("batch {batch}: records not contiguous")));
            }
            let mut bytes = vec![0; length as usize];
            let read = File::open(spool.path(submission))
                .and_then(|f| f.read_exact_at(&mut bytes, offset as u64));
            match read {
                Ok(()) => object.extend_from_slice(&bytes),
                Err(e)
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::NotFound | std::io::ErrorKind::UnexpectedEof
                    ) =>
                {
                    return Ok(None);
                }
                Err(e) => return Err(e.into()),
            }
        }
        Ok(Some(object))
    }

    fn quarantined(&self) -> Result<Vec<(i64, String)>> {
        let conn = self.conn();
        let mut stmt =
            conn.prepare_cached("SELECT record_id, reason FROM quarantine ORDER BY record_id")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::NewRecord;

    fn sample(n: u8, version: u32) -> NewRecord {
        let envelope = vec![n; 100];
        NewRecord {
            leaf: RecordLeaf {
                patient_id: PatientId(B256::repeat_byte(1)),
                record_id: RecordId(B256::repeat_byte(n)),
                version: RecordVersion(version),
                previous: B256::ZERO,
                ciphertext_hash: alloy::primitives::keccak256(&envelope),
                author: Address::repeat_byte(9),
                category: Category(2),
            },
            patient_account: Address::repeat_byte(8),
            envelope,
            wrapped_keys: vec![vec![7; 118]],
        }
    }

    fn submission(key: Option<B256>, records: Vec<NewRecord>) -> NewSubmission {
        NewSubmission {
            idempotency_key: key,
            author: Address::repeat_byte(9),
            signature: vec![1; 65],
            root: B256::ZERO,
            records,
        }
    }

    #[test]
    fn accept_is_idempotent_by_key_and_by_record_version() {
        let store = SqliteStore::in_memory().unwrap();
        let key = B256::repeat_byte(0xee);
        let first = store.accept(submission(Some(key), vec![sample(1, 1), sample(2, 1)])).unwrap();
        assert!(first.iter().all(|a| !a.duplicate && a.state == RecordState::Received));
        let again = store.accept(submission(Some(key), vec![sample(1, 1), sample(2, 1)])).unwrap();
        assert_eq!(
            again.iter().map(|a| a.id).collect::<Vec<_>>(),
            first.iter().map(|a| a.id).collect::<Vec<_>>()
        );
        assert!(again.iter().all(|a| a.duplicate));
        // Same (patient, record, version) without the key: the first id, nothing new.
        let by_version = store.accept(submission(None, vec![sample(2, 1), sample(3, 1)])).unwrap();
        assert_eq!(
            by_version[0],
            Accepted { id: first[1].id, state: RecordState::Received, duplicate: true }
        );
        assert!(!by_version[1].duplicate);
        assert_eq!(store.counts().unwrap()[&RecordState::Received], 3);
        // Same version, other bytes: refused, nothing written.
        let mut other = sample(3, 1);
        other.envelope = vec![0; 10];
        other.leaf.ciphertext_hash = alloy::primitives::keccak256(&other.envelope);
        assert!(matches!(
            store.accept(submission(None, vec![sample(4, 1), other])),
            Err(StoreError::Conflict { .. })
        ));
        assert_eq!(store.counts().unwrap()[&RecordState::Received], 3);
    }

    /// An idempotency key answers only the request it came with: the same request again gets
    /// the first answer; another request under the key is refused, and nothing is written.
    #[test]
    fn an_idempotency_key_reused_with_another_request_is_refused() {
        let store = SqliteStore::in_memory().unwrap();
        let key = Some(B256::repeat_byte(0xee));
        let first = store.accept(submission(key, vec![sample(1, 1)])).unwrap();
        let again = store.accept(submission(key, vec![sample(1, 1)])).unwrap();
        assert_eq!(again[0].id, first[0].id);
        assert!(again[0].duplicate);
        let other =
            NewSubmission { root: B256::repeat_byte(2), ..submission(key, vec![sample(2, 1)]) };
        assert!(matches!(store.accept(other), Err(StoreError::KeyReused { .. })));
        let by_another = NewSubmission {
            author: Address::repeat_byte(3),
            ..submission(key, vec![sample(1, 1)])
        };
        assert!(matches!(store.accept(by_another), Err(StoreError::KeyReused { .. })));
        assert_eq!(store.counts().unwrap()[&RecordState::Received], 1);
    }

    /// A store may hold another patient's rows under a record id (filed before ingest refused
    /// squatters): every lookup by record id answers for the record's first patient only, so a
    /// squatted version is not found, and shredding trims her rows, not the squatter's.
    #[test]
    fn lookups_by_record_id_answer_for_its_first_patient_only() {
        let store = SqliteStore::in_memory().unwrap();
        store.accept(submission(None, vec![sample(1, 1)])).unwrap();
        let mut squat = sample(0x66, 1);
        squat.patient_account = Address::repeat_byte(0x66);
        squat.leaf.patient_id = PatientId(B256::repeat_byte(0x66));
        squat.wrapped_keys = vec![vec![0x66; 118], vec![0x66; 118]];
        let [squatted] = store.accept(submission(None, vec![squat])).unwrap()[..] else {
            panic!("one record")
        };
        store
            .conn()
            .execute(
                "UPDATE records SET record_id = ?1, version = 2 WHERE id = ?2",
                params![B256::repeat_byte(1).as_slice(), squatted.id],
            )
            .unwrap();
        let record = B256::repeat_byte(1);
        assert_eq!(store.patient_of(record).unwrap(), Some(Address::repeat_byte(8)));
        assert_eq!(store.parties(record, 1).unwrap().unwrap().patient, Address::repeat_byte(8));
        assert_eq!(store.parties(record, 2).unwrap(), None, "the squatted version is not hers");
        assert_eq!(store.wrapped_keys(record, 2).unwrap(), None);
        assert_eq!(
            store.trim_wrapped_keys(record, &[]).unwrap(),
            0,
            "her one key is the committee's"
        );
        let left: Vec<u8> = store
            .conn()
            .query_row("SELECT wrapped_keys FROM records WHERE id = ?1", [squatted.id], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(left.len(), 2 * 118, "the squatter's row is not hers to trim");
        // Her own version 2 is still hers to file, and is the one found.
        let mut v2 = sample(1, 2);
        v2.leaf.patient_id = PatientId(B256::repeat_byte(2));
        v2.leaf.previous = sample(1, 1).leaf.hash();
        store.accept(submission(None, vec![v2])).unwrap();
        assert_eq!(store.parties(record, 2).unwrap().unwrap().patient, Address::repeat_byte(8));
    }

    /// A record id is its first patient's, even when the patient ids differ (they are blinded per
    /// version), and its versions come without gaps, in the store or earlier in the submission.
    #[test]
    fn a_record_is_its_first_patients_and_its_versions_have_no_gaps() {
        let store = SqliteStore::in_memory().unwrap();
        store.accept(submission(None, vec![sample(1, 1)])).unwrap();
        let mut squat = sample(1, 2);
        squat.patient_account = Address::repeat_byte(0x66);
        squat.leaf.patient_id = PatientId(B256::repeat_byte(0x66));
        assert!(matches!(
            store.accept(submission(None, vec![squat])),
            Err(StoreError::OtherPatient { .. })
        ));
        let mut stranger = sample(5, 1);
        stranger.patient_account = Address::repeat_byte(0x66);
        assert!(matches!(
            store.accept(submission(None, vec![sample(5, 1), stranger])),
            Err(StoreError::OtherPatient { .. })
        ));
        assert!(matches!(
            store.accept(submission(None, vec![sample(1, 3)])),
            Err(StoreError::VersionGap { version: 3, .. })
        ));
        assert!(matches!(
            store.accept(submission(None, vec![sample(2, 1), sample(2, 1)])),
            Err(StoreError::Repeated { .. })
        ));
        assert_eq!(
            store.counts().unwrap()[&RecordState::Received],
            1,
            "nothing refused is written"
        );
        // Versions 2 and 3 in one submission, after the stored 1, each naming its predecessor's
        // leaf: accepted. A version naming anything else is refused.
        let mut v2 = sample(1, 2);
        v2.envelope = vec![2; 100];
        v2.leaf.ciphertext_hash = alloy::primitives::keccak256(&v2.envelope);
        assert!(matches!(
            store.accept(submission(None, vec![v2.clone()])),
            Err(StoreError::NotChained { version: 2, .. })
        ));
        v2.leaf.previous = sample(1, 1).leaf.hash();
        let mut v3 = sample(1, 3);
        v3.envelope = vec![3; 100];
        v3.leaf.ciphertext_hash = alloy::primitives::keccak256(&v3.envelope);
        v3.leaf.previous = v2.leaf.hash();
        assert_eq!(store.accept(submission(None, vec![v2, v3])).unwrap().len(), 2);
        let mut v1 = sample(9, 1);
        v1.leaf.previous = B256::repeat_byte(1);
        assert!(matches!(
            store.accept(submission(None, vec![v1])),
            Err(StoreError::NotChained { version: 1, .. })
        ));
    }

    #[test]
    fn batch_walks_the_state_machine_and_refuses_bad_steps() {
        let store = SqliteStore::in_memory().unwrap();
        let acc = store.accept(submission(None, vec![sample(1, 1), sample(2, 1)])).unwrap();
        let pending = store.received(10).unwrap();
        assert_eq!(pending.len(), 2);
        let batch =
            store.create_batch("cid", &[(acc[0].id, 0, 100), (acc[1].id, 100, 100)]).unwrap();
        assert!(store.received(10).unwrap().is_empty());
        assert!(matches!(
            store.create_batch("cid", &[(acc[0].id, 0, 100)]),
            Err(StoreError::InvalidTransition { from: RecordState::Pinned, .. })
        ));
        assert!(matches!(
            store.step(batch, BatchStep::Submitted),
            Err(StoreError::InvalidTransition {
                from: RecordState::Pinned,
                to: RecordState::Submitted,
                ..
            })
        ));
        let members = store.members(batch).unwrap();
        assert_eq!(members[1].location, Location { cid: "cid".into(), offset: 100, length: 100 });
        let subs = store.submissions_of(batch).unwrap();
        assert_eq!(subs.len(), 1);
        assert_eq!(subs[0].leaves, members.iter().map(|m| m.leaf.hash()).collect::<Vec<_>>());
        let proofs = vec![vec![B256::repeat_byte(3)], vec![B256::repeat_byte(4)]];
        store
            .set_batched(batch, B256::repeat_byte(5), "mcid", B256::repeat_byte(6), &proofs)
            .unwrap();
        store.step(batch, BatchStep::Submitted).unwrap();
        let tx_hash = B256::repeat_byte(7);
        store.step(batch, BatchStep::Mined { tx_hash, block_number: 9 }).unwrap();
        assert_eq!(store.unfinished_batches().unwrap().len(), 1);
        store.step(batch, BatchStep::Confirmed { tx_hash, block_number: 9 }).unwrap();
        assert!(store.unfinished_batches().unwrap().is_empty());
        assert!(
            store.step(batch, BatchStep::Failed { reason: "late".into() }).is_err(),
            "confirmed is final"
        );
        let view = store.record(acc[1].id).unwrap().unwrap();
        assert_eq!(view.state, RecordState::Confirmed);
        assert_eq!(view.proof, proofs[1]);
        assert_eq!(view.leaf_index, Some(1));
        assert_eq!(view.batch.unwrap().block_number, Some(9));
        assert!(store.record(999).unwrap().is_none());
    }

    #[test]
    fn envelopes_stored_inline_by_an_earlier_version_move_to_their_own_table() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        {
            let old = SCHEMA
                .replace(
                    "    wrapped_keys    BLOB NOT NULL,",
                    "    envelope BLOB NOT NULL,\n    wrapped_keys BLOB NOT NULL,",
                )
                .replace(
                    "CREATE TABLE IF NOT EXISTS envelopes",
                    "CREATE TABLE IF NOT EXISTS unused",
                );
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(&old).unwrap();
            conn.execute(
                "INSERT INTO submissions (author, signature, root, created_ms) VALUES (x'00', x'00', x'00', 0)",
                [],
            )
            .unwrap();
            for (id, st) in [(1, "received"), (2, "pinned")] {
                conn.execute(
                    "INSERT INTO records (id, submission_id, patient_id, record_id, version, category, author,
                     patient_account, ciphertext_hash, envelope, wrapped_keys, state, created_ms)
                     VALUES (?1, 1, x'01', ?1, 1, 1, x'02', x'03', x'04', x'0506', x'07', ?2, 0)",
                    params![id, st],
                )
                .unwrap();
            }
        }
        let store = SqliteStore::open(&path).unwrap();
        let waiting = store.received(10).unwrap();
        assert_eq!(waiting.len(), 1);
        assert_eq!((waiting[0].id, waiting[0].envelope.as_slice()), (1, &[5u8, 6][..]));
        drop(store);
        // Opening again finds nothing to move.
        assert_eq!(SqliteStore::open(&path).unwrap().received(10).unwrap().len(), 1);
    }

    #[test]
    fn survives_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.db");
        let id =
            SqliteStore::open(&path).unwrap().accept(submission(None, vec![sample(1, 1)])).unwrap()
                [0]
            .id;
        let store = SqliteStore::open(&path).unwrap();
        assert_eq!(store.record(id).unwrap().unwrap().state, RecordState::Received);
        assert_eq!(store.received(5).unwrap().len(), 1);
    }

    /// Takes a pinned batch through to confirmed (the anchor's steps, with dummy values).
    fn confirm(store: &SqliteStore, batch: i64, members: usize) {
        let hash = B256::repeat_byte(batch as u8);
        store.set_batched(batch, hash, "manifest", hash, &vec![vec![]; members]).unwrap();
        store.step(batch, BatchStep::Submitted).unwrap();
        store.step(batch, BatchStep::Mined { tx_hash: hash, block_number: 1 }).unwrap();
        store.step(batch, BatchStep::Confirmed { tx_hash: hash, block_number: 1 }).unwrap();
    }

    /// The spool is the only copy the relayer controls of what it acknowledged: a file goes only
    /// once every record of its submission is in a batch that is both confirmed on-chain and
    /// verified on every IPFS node (before, it went as soon as the primary pin answered).
    #[test]
    fn the_spool_keeps_a_submission_until_its_batches_are_confirmed_and_replicated() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.db");
        let spool = dir.path().join("r.db-spool");
        let store = SqliteStore::open(&path).unwrap();
        let (a, b, c) = (sample(1, 1), sample(2, 1), sample(3, 1));
        let first = store.accept(submission(None, vec![a.clone(), b.clone()])).unwrap();
        let second = store.accept(submission(None, vec![c.clone()])).unwrap();
        let files = || {
            let mut names: Vec<String> = std::fs::read_dir(&spool)
                .unwrap()
                .map(|e| e.unwrap().file_name().into_string().unwrap())
                .collect();
            names.sort();
            names
        };
        assert_eq!(files().len(), 2, "one file per submission");
        let envelopes: Vec<Vec<u8>> =
            store.received(10).unwrap().into_iter().map(|p| p.envelope).collect();
        assert_eq!(envelopes, [a.envelope.clone(), b.envelope.clone(), c.envelope.clone()]);

        // Pinned (half of the first submission, all of the second): both files stay.
        let one = store.create_batch("cid", &[(first[0].id, 0, 100), (second[0].id, 100, 100)]);
        let one = one.unwrap();
        assert_eq!(files().len(), 2);
        let waiting = store.received(10).unwrap();
        assert_eq!(waiting.len(), 1);
        assert_eq!(waiting[0].envelope, b.envelope);
        // The object can be rebuilt from the spool, in batch order.
        let object = store.spooled_object(one).unwrap().unwrap();
        assert_eq!(object, [a.envelope.clone(), c.envelope.clone()].concat());

        // Confirmed but not verified on every node: kept.
        confirm(&store, one, 2);
        assert_eq!(files().len(), 2);
        assert_eq!(store.unreplicated().unwrap().len(), 1);
        // Replicated too: the second submission's file goes; the first's waits for its other half.
        store.set_replicated(one).unwrap();
        assert!(store.unreplicated().unwrap().is_empty());
        assert_eq!(files(), [first_file(&store, first[0].id)]);

        // Replicated first, confirmed last: the file goes at the confirmation.
        let two = store.create_batch("cid2", &[(first[1].id, 0, 100)]).unwrap();
        store.set_replicated(two).unwrap();
        assert_eq!(files().len(), 1);
        // A crash between the confirmation and the delete: the next start sweeps the file.
        confirm(&store, two, 1);
        assert!(files().is_empty());
        std::fs::write(spool.join(first_file(&store, first[0].id)), b"stale").unwrap();
        drop(store);
        let store = SqliteStore::open(&path).unwrap();
        assert!(files().is_empty());
        assert!(store.received(10).unwrap().is_empty());
    }

    fn first_file(store: &SqliteStore, record: i64) -> String {
        store
            .conn()
            .query_row("SELECT submission_id FROM records WHERE id = ?1", [record], |r| {
                r.get::<_, i64>(0)
            })
            .unwrap()
            .to_string()
    }

    #[test]
    fn the_database_and_the_spool_are_the_owners_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.db");
        let store = SqliteStore::open(&path).unwrap();
        store.accept(submission(None, vec![sample(1, 1)])).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let spool = dir.path().join("r.db-spool");
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&spool), 0o700);
        for f in std::fs::read_dir(&spool).unwrap() {
            assert_eq!(mode(&f.unwrap().path()), 0o600);
        }
        // A folder left open by an older version is tightened at the next start.
        drop(store);
        std::fs::set_permissions(&spool, std::fs::Permissions::from_mode(0o755)).unwrap();
        drop(SqliteStore::open(&path).unwrap());
        assert_eq!(mode(&spool), 0o700);
    }

    /// One submission's spool file gone (or cut short) blocked every later batch: `received`
    /// failed on it, every round. Now its records are set aside (quarantined, never an empty or
    /// short envelope), loudly, and the records after them are batched.
    #[test]
    fn a_missing_or_truncated_spool_file_quarantines_its_records_and_the_rest_go_on() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.db");
        let store = SqliteStore::open(&path).unwrap();
        let gone = store.accept(submission(None, vec![sample(1, 1), sample(2, 1)])).unwrap();
        let cut = store.accept(submission(None, vec![sample(3, 1), sample(4, 1)])).unwrap();
        let fine = store.accept(submission(None, vec![sample(5, 1)])).unwrap();
        let file = |id| dir.path().join("r.db-spool").join(first_file(&store, id));
        std::fs::remove_file(file(gone[0].id)).unwrap();
        // The second record of `cut` loses its last byte.
        let f = std::fs::OpenOptions::new().write(true).open(file(cut[0].id)).unwrap();
        f.set_len(199).unwrap();
        let before = crate::store::metrics::QUARANTINED.get();

        let waiting = store.received(10).unwrap();
        let ids: Vec<i64> = waiting.iter().map(|p| p.id).collect();
        assert_eq!(ids, [fine[0].id], "only the intact record is handed to the batcher");
        assert_eq!(waiting[0].envelope, sample(5, 1).envelope);
        let quarantined = store.quarantined().unwrap();
        let q: Vec<i64> = quarantined.iter().map(|(id, _)| *id).collect();
        assert_eq!(q, [gone[0].id, gone[1].id, cut[0].id, cut[1].id]);
        assert!(quarantined[0].1.contains("missing"), "{}", quarantined[0].1);
        assert!(quarantined[2].1.contains("truncated"), "{}", quarantined[2].1);
        assert!(crate::store::metrics::QUARANTINED.get() >= before + 4);
        // Set aside for good: not counted as waiting, not read again, still acknowledged.
        assert_eq!(store.waiting().unwrap().0, 1);
        assert_eq!(store.received(10).unwrap().len(), 1);
        assert_eq!(store.record(gone[0].id).unwrap().unwrap().state, RecordState::Received);
        // And a batch of what is left goes through.
        store.create_batch("cid", &[(fine[0].id, 0, 100)]).unwrap();
        assert!(store.received(10).unwrap().is_empty());
    }
}
