//! The API's durable state, in its own tables of the relayer's SQLite database (opened through
//! [`crate::db`]; this module creates and migrates them, and nothing else touches them): wrapped
//! keys added by patients, crypto-shredded records, the access log (signed receipts) and its
//! anchored batches, research deliveries and criteria, and per-account relay gas use. Record
//! metadata and the wrapped keys that came with a record belong to the record store: they are
//! asked of it ([`RecordStore`]), never read from its tables, and shredding asks it to trim them.

pub use medvault_primitives::api::records::PatientRecord;
use std::{
    collections::HashMap,
    path::Path,
    sync::{Arc, Mutex, MutexGuard},
    time::{SystemTime, UNIX_EPOCH},
};

use alloy::primitives::{Address, B256, U256};
use medvault_fhir::gate::CoarseQi;
use rusqlite::{Connection, OptionalExtension, params};

use medvault_primitives::{
    types::PublicKey,
    wrapped_key::{WRAPPED_KEY_LEN, WrappedKey},
};

use crate::store::{self as records, RecordStore};

pub use super::state::{AccessBatchState, DeliveryState};

const SCHEMA: &str = r"
CREATE TABLE IF NOT EXISTS api_keys (
    record_id   BLOB NOT NULL,
    version     INTEGER NOT NULL,
    grantee     BLOB NOT NULL,
    wrapped     BLOB NOT NULL,
    created_ms  INTEGER NOT NULL,
    PRIMARY KEY (record_id, version, grantee)
);
CREATE TABLE IF NOT EXISTS api_shredded (
    record_id   BLOB PRIMARY KEY,
    shredded_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS api_access_batches (
    id           INTEGER PRIMARY KEY,
    root         BLOB NOT NULL UNIQUE,
    manifest     BLOB NOT NULL,
    count        INTEGER NOT NULL,
    tx_hash      BLOB,
    block_number INTEGER,
    state        TEXT NOT NULL,
    error        TEXT,
    attempt      INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS api_access_log (
    id          INTEGER PRIMARY KEY,
    patient     BLOB NOT NULL,
    reader      BLOB NOT NULL,
    record_id   BLOB NOT NULL,
    version     INTEGER NOT NULL,
    time_secs   INTEGER NOT NULL,
    granted     INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    leaf        BLOB NOT NULL,
    signature   BLOB NOT NULL,
    batch_id    INTEGER REFERENCES api_access_batches(id),
    leaf_index  INTEGER,
    proof       BLOB
);
CREATE INDEX IF NOT EXISTS api_access_log_patient ON api_access_log(patient, id);
CREATE INDEX IF NOT EXISTS api_access_log_refusals ON api_access_log(patient, granted, time_secs);
CREATE INDEX IF NOT EXISTS api_access_log_reader ON api_access_log(reader, record_id, version, id);
CREATE INDEX IF NOT EXISTS api_access_log_unbatched ON api_access_log(batch_id, id);
CREATE TABLE IF NOT EXISTS api_deliveries (
    id          INTEGER PRIMARY KEY,
    request_id  BLOB NOT NULL,
    patient     BLOB NOT NULL,
    qi          TEXT NOT NULL,
    cid         TEXT NOT NULL,
    approval    TEXT NOT NULL,
    signature   BLOB NOT NULL,
    digest      BLOB NOT NULL,
    deadline    INTEGER NOT NULL,
    state       TEXT NOT NULL,
    created_ms  INTEGER NOT NULL,
    UNIQUE (request_id, patient)
);
CREATE INDEX IF NOT EXISTS api_deliveries_state ON api_deliveries(state, id);
CREATE TABLE IF NOT EXISTS api_criteria (
    request_id  BLOB PRIMARY KEY,
    cid         TEXT NOT NULL,
    created_ms  INTEGER NOT NULL
);
-- What the relayer spent on users' calls per UTC day, in wei (32-byte big-endian): per signer,
-- and in all under the empty account.
CREATE TABLE IF NOT EXISTS api_spend (
    account BLOB NOT NULL,
    day     INTEGER NOT NULL,
    wei     BLOB NOT NULL,
    PRIMARY KEY (account, day)
);
CREATE TABLE IF NOT EXISTS api_nonces (
    signer  BLOB NOT NULL,
    nonce   BLOB NOT NULL,
    expires INTEGER NOT NULL,
    PRIMARY KEY (signer, nonce)
);
CREATE INDEX IF NOT EXISTS api_nonces_expires ON api_nonces(expires);
";

/// The most keys a patient may add to one record version (readers beyond them get the key from the
/// key committee).
pub const MAX_ADDED_KEYS: usize = 16;

/// What [`ApiStore::spend`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spent {
    /// Charged to the signer and to the day's total.
    Charged,
    /// Nothing: the signer's budget for the day would be exceeded.
    SignerBudget,
    /// Nothing: the relayer's budget for the day, for all users together, would be exceeded.
    DailyBudget,
}

/// A research delivery held by the relayer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delivery {
    /// Row id (arrival order).
    pub id: i64,
    /// The research request.
    pub request_id: U256,
    /// The patient.
    pub patient: Address,
    /// Its quasi-identifier class.
    pub qi: CoarseQi,
    /// CID of the ciphertext for the researcher.
    pub cid: String,
    /// The signed `TradeApproval`, as JSON.
    pub approval: String,
    /// The patient's signature.
    pub signature: Vec<u8>,
    /// The approval's EIP-712 digest.
    pub digest: B256,
    /// Last second the approval can settle (approval and request deadlines).
    pub deadline: u64,
    /// Where it is.
    pub state: DeliveryState,
}

/// A record as the key release needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyRecord {
    /// The patient's account.
    pub patient: Address,
    /// The author.
    pub author: Address,
    /// The category.
    pub category: u16,
    /// Whether the patient deleted the record's keys.
    pub shredded: bool,
}

/// One key-release decision, as logged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewReceipt {
    /// The patient.
    pub patient: Address,
    /// Who asked.
    pub reader: Address,
    /// The record.
    pub record_id: B256,
    /// Its version.
    pub version: u32,
    /// Unix seconds.
    pub time_secs: u64,
    /// Released or refused.
    pub granted: bool,
    /// Why (for a refusal), or `"consent"`/`"patient"`/`"author"` for a release.
    pub reason: String,
    /// The receipt's leaf hash.
    pub leaf: B256,
    /// The relayer's signature over the leaf.
    pub signature: Vec<u8>,
}

/// A stored receipt with its anchoring.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Receipt {
    /// Log id.
    pub id: i64,
    /// The receipt.
    pub receipt: NewReceipt,
    /// Its anchored batch, if batched.
    pub batch: Option<AccessBatch>,
    /// Its index in the batch.
    pub leaf_index: Option<u32>,
    /// Its inclusion proof.
    pub proof: Vec<B256>,
}

/// A batch of receipts anchored (or being anchored) under one root.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccessBatch {
    /// Batch id.
    pub id: i64,
    /// Merkle root.
    pub root: B256,
    /// Manifest commitment (keccak256 of the leaves in order).
    pub manifest: B256,
    /// Number of receipts.
    pub count: u32,
    /// Where its anchor is.
    pub state: AccessBatchState,
    /// Anchor transaction, once mined.
    pub tx_hash: Option<B256>,
    /// Anchor block, once mined.
    pub block_number: Option<u64>,
    /// How many of its anchors failed before this one (each attempt has its own key).
    pub attempt: u32,
}

/// The API's store. One connection behind a mutex, and the record store for what is the
/// records'; calls block (use `spawn_blocking`).
pub struct ApiStore {
    conn: Mutex<Connection>,
    records: Arc<dyn RecordStore>,
}

impl std::fmt::Debug for ApiStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiStore").finish_non_exhaustive()
    }
}

/// Creates the API's tables (it owns them).
fn migrate(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(SCHEMA)?;
    // Databases written before failed access-log anchors were retried lack the attempt count.
    let attempt_column: bool = conn.query_row(
        "SELECT COUNT(*) > 0 FROM pragma_table_info('api_access_batches') WHERE name = 'attempt'",
        [],
        |r| r.get(0),
    )?;
    if !attempt_column {
        conn.execute_batch(
            "ALTER TABLE api_access_batches ADD COLUMN attempt INTEGER NOT NULL DEFAULT 0;",
        )?;
    }
    Ok(())
}

fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

fn b256(v: Vec<u8>) -> rusqlite::Result<B256> {
    B256::try_from(v.as_slice()).map_err(|_| rusqlite::Error::InvalidQuery)
}

/// An access-log batch from a row of `id, root, manifest, count, state, tx_hash, block_number,
/// attempt`.
fn access_batch(r: &rusqlite::Row<'_>) -> rusqlite::Result<AccessBatch> {
    Ok(AccessBatch {
        id: r.get(0)?,
        root: b256(r.get(1)?)?,
        manifest: b256(r.get(2)?)?,
        count: r.get(3)?,
        state: r.get(4)?,
        tx_hash: r.get::<_, Option<Vec<u8>>>(5)?.map(b256).transpose()?,
        block_number: r.get::<_, Option<i64>>(6)?.map(|b| b as u64),
        attempt: r.get(7)?,
    })
}

fn addr(v: Vec<u8>) -> rusqlite::Result<Address> {
    Address::try_from(v.as_slice()).map_err(|_| rusqlite::Error::InvalidQuery)
}

/// The public key a wrapped key is addressed to, if it is a well-formed wrapped key.
pub fn recipient_of(wrapped: &[u8]) -> Option<PublicKey> {
    WrappedKey::from_bytes(wrapped).ok().map(|k| k.recipient().clone())
}

impl ApiStore {
    /// Opens the API's tables in the database at `path` (creating them if needed); `records` is
    /// the record store, asked for what concerns records.
    pub fn open(path: &Path, records: Arc<dyn RecordStore>) -> rusqlite::Result<Self> {
        Ok(Self { conn: Mutex::new(crate::db::open(path, migrate)?), records })
    }

    fn is_shredded(&self, record_id: B256) -> rusqlite::Result<bool> {
        self.conn().query_row(
            "SELECT EXISTS (SELECT 1 FROM api_shredded WHERE record_id = ?1)",
            params![record_id.as_slice()],
            |r| r.get(0),
        )
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Record `id` (the relayer's number) as the batcher keeps it, with its parties.
    pub fn view(&self, id: i64) -> records::Result<Option<(crate::store::RecordView, KeyRecord)>> {
        let Some(v) = self.records.record(id)? else { return Ok(None) };
        // The row holds the parties already: only the shredded flag is elsewhere.
        let parties = KeyRecord {
            patient: v.patient,
            author: v.leaf.author,
            category: v.leaf.category.0,
            shredded: self.is_shredded(v.leaf.record_id.0)?,
        };
        Ok(Some((v, parties)))
    }

    /// The record `(record_id, version)`, if the relayer holds it.
    pub fn record(&self, record_id: B256, version: u32) -> records::Result<Option<KeyRecord>> {
        let Some(p) = self.records.parties(record_id, version)? else { return Ok(None) };
        Ok(Some(KeyRecord {
            patient: p.patient,
            author: p.author,
            category: p.category,
            shredded: self.is_shredded(record_id)?,
        }))
    }

    /// Files `cid` as where request `request_id`'s criteria document is (checked by the caller
    /// against the on-chain commitment). The first CID filed stays; returns the one on file.
    pub fn file_criteria(&self, request_id: U256, cid: &str) -> rusqlite::Result<String> {
        let conn = self.conn();
        let key = request_id.to_be_bytes::<32>();
        conn.execute(
            "INSERT OR IGNORE INTO api_criteria (request_id, cid, created_ms) VALUES (?1, ?2, ?3)",
            params![key.as_slice(), cid, now_ms()],
        )?;
        conn.query_row(
            "SELECT cid FROM api_criteria WHERE request_id = ?1",
            params![key.as_slice()],
            |r| r.get(0),
        )
    }

    /// The CID of request `request_id`'s criteria document, if one was filed.
    pub fn criteria_cid(&self, request_id: U256) -> rusqlite::Result<Option<String>> {
        self.conn()
            .query_row(
                "SELECT cid FROM api_criteria WHERE request_id = ?1",
                params![request_id.to_be_bytes::<32>().as_slice()],
                |r| r.get(0),
            )
            .optional()
    }

    /// The CID of every criteria document filed, by request.
    pub fn criteria_cids(&self) -> rusqlite::Result<HashMap<U256, String>> {
        let conn = self.conn();
        let mut st = conn.prepare_cached("SELECT request_id, cid FROM api_criteria")?;
        let rows = st.query_map([], |r| {
            let id: Vec<u8> = r.get(0)?;
            Ok((U256::from_be_slice(&id), r.get(1)?))
        })?;
        rows.collect()
    }

    /// Every record filed for `patient`, oldest first, with where its batch stands.
    pub fn records_of(&self, patient: Address) -> records::Result<Vec<PatientRecord>> {
        let mut all = self.records.records_of(patient)?;
        for r in &mut all {
            r.shredded = self.is_shredded(r.record_id)?;
        }
        Ok(all)
    }

    /// The wrapped key for `grantee`, whose registered encryption keys are `grantee_keys`: one
    /// added by the patient, else one that came with the record addressed to one of those keys.
    pub fn wrapped_key(
        &self,
        record_id: B256,
        version: u32,
        grantee: Address,
        grantee_keys: &[PublicKey],
    ) -> records::Result<Option<Vec<u8>>> {
        let added: Option<Vec<u8>> = self
            .conn()
            .query_row(
                "SELECT wrapped FROM api_keys WHERE record_id = ?1 AND version = ?2 AND grantee = ?3",
                params![record_id.as_slice(), version, grantee.as_slice()],
                |r| r.get(0),
            )
            .optional()?;
        if added.is_some() {
            return Ok(added);
        }
        let blob = self.records.wrapped_keys(record_id, version)?;
        Ok(blob.and_then(|b| {
            b.chunks(WRAPPED_KEY_LEN)
                .find(|k| recipient_of(k).is_some_and(|r| grantee_keys.contains(&r)))
                .map(<[u8]>::to_vec)
        }))
    }

    /// The record version's committee wrap (the first key that came with it).
    pub fn committee_wrap(
        &self,
        record_id: B256,
        version: u32,
    ) -> records::Result<Option<Vec<u8>>> {
        let blob = self.records.wrapped_keys(record_id, version)?;
        Ok(blob.and_then(|b| b.chunks(WRAPPED_KEY_LEN).next().map(<[u8]>::to_vec)))
    }

    /// Stores (or replaces) a wrapped key for a grantee; false (nothing written) when the record
    /// version already holds [`MAX_ADDED_KEYS`] keys for other grantees.
    pub fn add_key(
        &self,
        record_id: B256,
        version: u32,
        grantee: Address,
        wrapped: &[u8],
    ) -> rusqlite::Result<bool> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let (held, mine): (i64, i64) = tx.query_row(
            "SELECT COUNT(*), COALESCE(SUM(grantee = ?3), 0) FROM api_keys WHERE record_id = ?1 AND version = ?2",
            params![record_id.as_slice(), version, grantee.as_slice()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if mine == 0 && held >= MAX_ADDED_KEYS as i64 {
            return Ok(false);
        }
        tx.execute(
            "INSERT INTO api_keys (record_id, version, grantee, wrapped, created_ms) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (record_id, version, grantee) DO UPDATE SET wrapped = excluded.wrapped, created_ms = excluded.created_ms",
            params![record_id.as_slice(), version, grantee.as_slice(), wrapped, now_ms()],
        )?;
        tx.commit()?;
        Ok(true)
    }

    /// Crypto-shredding: deletes every wrapped key of every version of the record except those
    /// addressed to one of `keep` (the patient's registered encryption keys) and the keys added
    /// for `keep_grantee` (the patient; `None` when she drops her own keys too), and marks the
    /// record shredded. Returns the number of keys deleted. The committee wrap stays: the key
    /// nodes refuse it once shredded, and the relayer hands it to nobody but the patient.
    ///
    /// Two transactions, one per owner: the record store trims the keys that came with the record
    /// first, then the API's added keys go and the mark is set. A crash between them leaves the
    /// request unanswered and the record unmarked; the patient's retry finishes it (both steps are
    /// idempotent).
    pub fn shred(
        &self,
        record_id: B256,
        keep_grantee: Option<Address>,
        keep: &[PublicKey],
    ) -> records::Result<usize> {
        let trimmed = self.records.trim_wrapped_keys(record_id, keep)?;
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let deleted = match keep_grantee {
            Some(patient) => tx.execute(
                "DELETE FROM api_keys WHERE record_id = ?1 AND grantee != ?2",
                params![record_id.as_slice(), patient.as_slice()],
            )?,
            None => tx.execute(
                "DELETE FROM api_keys WHERE record_id = ?1",
                params![record_id.as_slice()],
            )?,
        };
        tx.execute(
            "INSERT OR IGNORE INTO api_shredded (record_id, shredded_ms) VALUES (?1, ?2)",
            params![record_id.as_slice(), now_ms()],
        )?;
        tx.commit().map_err(records::StoreError::from)?;
        Ok(trimmed + deleted)
    }

    /// The patient of a record (any version), if held.
    pub fn patient_of(&self, record_id: B256) -> records::Result<Option<Address>> {
        self.records.patient_of(record_id)
    }

    /// Appends a receipt durably; returns its id.
    pub fn log(&self, r: &NewReceipt) -> rusqlite::Result<i64> {
        let conn = self.conn();
        conn.execute(
            "INSERT INTO api_access_log (patient, reader, record_id, version, time_secs, granted, reason, leaf, signature)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                r.patient.as_slice(),
                r.reader.as_slice(),
                r.record_id.as_slice(),
                r.version,
                r.time_secs as i64,
                r.granted,
                r.reason,
                r.leaf.as_slice(),
                r.signature
            ],
        )?;
        Ok(conn.last_insert_rowid())
    }

    /// The receipt to give again for refusal `r`: the latest receipt of its reader for its record
    /// version, if written at or after `since` (Unix seconds) and itself a refusal for the same
    /// reason. A refusal repeated within the window, with nothing decided in between, is not
    /// written again; one after a release (a revocation since, say) is.
    pub fn repeated_refusal(
        &self,
        r: &NewReceipt,
        since: u64,
    ) -> rusqlite::Result<Option<(i64, B256, Vec<u8>)>> {
        let latest = self
            .conn()
            .query_row(
                "SELECT id, leaf, signature, granted, reason, time_secs, patient
                 FROM api_access_log INDEXED BY api_access_log_reader
                 WHERE reader = ?1 AND record_id = ?2 AND version = ?3
                 ORDER BY id DESC LIMIT 1",
                params![r.reader.as_slice(), r.record_id.as_slice(), r.version],
                |row| {
                    let same = !row.get::<_, bool>(3)?
                        && row.get::<_, String>(4)? == r.reason
                        && row.get::<_, i64>(5)? >= since as i64
                        && row.get::<_, Vec<u8>>(6)? == r.patient.as_slice();
                    Ok(same.then(|| {
                        Ok::<_, rusqlite::Error>((
                            row.get(0)?,
                            B256::from_slice(&row.get::<_, Vec<u8>>(1)?),
                            row.get(2)?,
                        ))
                    }))
                },
            )
            .optional()?;
        latest.flatten().transpose()
    }

    /// How many refusal receipts about `patient` were written at or after `since`.
    pub fn refusals_since(&self, patient: Address, since: u64) -> rusqlite::Result<u64> {
        self.conn().query_row(
            "SELECT COUNT(*) FROM api_access_log INDEXED BY api_access_log_refusals
             WHERE patient = ?1 AND granted = 0 AND time_secs >= ?2",
            params![patient.as_slice(), since as i64],
            |row| Ok(row.get::<_, i64>(0)? as u64),
        )
    }

    /// The receipts about `patient`, oldest first, with their batches.
    pub fn receipts(&self, patient: Address) -> rusqlite::Result<Vec<Receipt>> {
        let conn = self.conn();
        let mut st = conn.prepare(
            "SELECT l.id, l.patient, l.reader, l.record_id, l.version, l.time_secs, l.granted, l.reason,
                    l.leaf, l.signature, l.leaf_index, l.proof,
                    b.id, b.root, b.manifest, b.count, b.state, b.tx_hash, b.block_number, b.attempt
             FROM api_access_log l LEFT JOIN api_access_batches b ON b.id = l.batch_id
             WHERE l.patient = ?1 ORDER BY l.id",
        )?;
        let rows = st.query_map(params![patient.as_slice()], |r| {
            let batch = match r.get::<_, Option<i64>>(12)? {
                Some(id) => Some(AccessBatch {
                    id,
                    root: b256(r.get(13)?)?,
                    manifest: b256(r.get(14)?)?,
                    count: r.get(15)?,
                    state: r.get(16)?,
                    tx_hash: r.get::<_, Option<Vec<u8>>>(17)?.map(b256).transpose()?,
                    block_number: r.get::<_, Option<i64>>(18)?.map(|b| b as u64),
                    attempt: r.get(19)?,
                }),
                None => None,
            };
            let proof: Option<Vec<u8>> = r.get(11)?;
            Ok(Receipt {
                id: r.get(0)?,
                receipt: NewReceipt {
                    patient: addr(r.get(1)?)?,
                    reader: addr(r.get(2)?)?,
                    record_id: b256(r.get(3)?)?,
                    version: r.get(4)?,
                    time_secs: r.get::<_, i64>(5)? as u64,
                    granted: r.get(6)?,
                    reason: r.get(7)?,
                    leaf: b256(r.get(8)?)?,
                    signature: r.get(9)?,
                },
                batch,
                leaf_index: r.get(10)?,
                proof: proof.unwrap_or_default().chunks(32).map(B256::from_slice).collect(),
            })
        })?;
        rows.collect()
    }

    /// Up to `limit` receipts not yet in a batch: (id, leaf), oldest first.
    pub fn unbatched(&self, limit: usize) -> rusqlite::Result<Vec<(i64, B256)>> {
        let conn = self.conn();
        let mut st = conn.prepare(
            "SELECT id, leaf FROM api_access_log WHERE batch_id IS NULL ORDER BY id LIMIT ?1",
        )?;
        let rows = st.query_map(params![limit as i64], |r| Ok((r.get(0)?, b256(r.get(1)?)?)))?;
        rows.collect()
    }

    /// Creates a batch over the receipts `ids` (in leaf order) with their proofs, in one
    /// transaction; returns the batch id.
    ///
    /// Receipts identical to those of an earlier batch (the same leaves in the same order: the
    /// same reader refused twice in one second, each cut alone) have its root: they join that
    /// batch, whose anchor proves them with the same proofs, instead of a second batch.
    pub fn create_batch(
        &self,
        root: B256,
        manifest: B256,
        ids: &[i64],
        proofs: &[Vec<B256>],
    ) -> rusqlite::Result<i64> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        tx.execute(
            "INSERT INTO api_access_batches (root, manifest, count, state) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(root) DO NOTHING",
            params![
                root.as_slice(),
                manifest.as_slice(),
                ids.len() as i64,
                AccessBatchState::Submitted
            ],
        )?;
        let batch: i64 = tx.query_row(
            "SELECT id FROM api_access_batches WHERE root = ?1",
            params![root.as_slice()],
            |r| r.get(0),
        )?;
        for (i, (id, proof)) in ids.iter().zip(proofs).enumerate() {
            let proof: Vec<u8> = proof.iter().flat_map(|h| h.0).collect();
            tx.execute(
                "UPDATE api_access_log SET batch_id = ?1, leaf_index = ?2, proof = ?3 WHERE id = ?4",
                params![batch, i as i64, proof, id],
            )?;
        }
        tx.commit()?;
        Ok(batch)
    }

    /// Batches not yet confirmed or failed.
    pub fn open_batches(&self) -> rusqlite::Result<Vec<AccessBatch>> {
        let conn = self.conn();
        let mut st = conn.prepare(
            "SELECT id, root, manifest, count, state, tx_hash, block_number, attempt
             FROM api_access_batches WHERE state IN (?1, ?2) ORDER BY id",
        )?;
        let open = [AccessBatchState::Submitted, AccessBatchState::Mined];
        debug_assert!(AccessBatchState::ALL.iter().all(|s| s.is_final() != open.contains(s)));
        let rows = st.query_map(open, access_batch)?;
        rows.collect()
    }

    /// The newest confirmed access-log batches, at most `limit`: what the reconciliation re-checks.
    pub fn confirmed_batches(&self, limit: usize) -> rusqlite::Result<Vec<AccessBatch>> {
        let conn = self.conn();
        let mut st = conn.prepare(
            "SELECT id, root, manifest, count, state, tx_hash, block_number, attempt
             FROM api_access_batches WHERE state = ?1 ORDER BY id DESC LIMIT ?2",
        )?;
        let rows =
            st.query_map(params![AccessBatchState::Confirmed, limit as i64], access_batch)?;
        rows.collect()
    }

    /// Records that a batch's anchor failed and that it is to be anchored again, as attempt
    /// `attempt` (under that attempt's key): it stays open, with the failure kept as its error.
    pub fn retry_batch(&self, batch: i64, attempt: u32, error: &str) -> rusqlite::Result<()> {
        self.conn().execute(
            "UPDATE api_access_batches SET state = ?1, tx_hash = NULL, block_number = NULL,
                 error = ?2, attempt = ?3 WHERE id = ?4",
            params![AccessBatchState::Submitted, error, attempt, batch],
        )?;
        Ok(())
    }

    /// Records a batch's anchoring progress.
    pub fn set_batch_state(
        &self,
        batch: i64,
        state: AccessBatchState,
        tx_hash: Option<B256>,
        block_number: Option<u64>,
        error: Option<&str>,
    ) -> rusqlite::Result<()> {
        self.conn().execute(
            "UPDATE api_access_batches SET state = ?1, tx_hash = ?2, block_number = ?3, error = ?4 WHERE id = ?5",
            params![
                state,
                tx_hash.as_ref().map(|h| h.as_slice()),
                block_number.map(|b| b as i64),
                error,
                batch
            ],
        )?;
        Ok(())
    }

    /// Charges `cost` wei to `signer` and to the day's total if both stay within their budgets;
    /// else charges nothing and says which budget it would break.
    pub fn spend(
        &self,
        signer: Address,
        day: u64,
        cost: U256,
        budget: &super::RelayBudget,
    ) -> rusqlite::Result<Spent> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let used = |account: &[u8]| -> rusqlite::Result<U256> {
            let wei: Option<Vec<u8>> = tx
                .query_row(
                    "SELECT wei FROM api_spend WHERE account = ?1 AND day = ?2",
                    params![account, day as i64],
                    |r| r.get(0),
                )
                .optional()?;
            Ok(wei.map(|w| U256::from_be_slice(&w)).unwrap_or_default())
        };
        let by_signer = used(signer.as_slice())?.saturating_add(cost);
        let in_all = used(&[])?.saturating_add(cost);
        if by_signer > budget.per_signer_daily {
            return Ok(Spent::SignerBudget);
        }
        if in_all > budget.daily {
            return Ok(Spent::DailyBudget);
        }
        for (account, wei) in [(signer.as_slice(), by_signer), (&[][..], in_all)] {
            tx.execute(
                "INSERT INTO api_spend (account, day, wei) VALUES (?1, ?2, ?3)
                 ON CONFLICT (account, day) DO UPDATE SET wei = excluded.wei",
                params![account, day as i64, wei.to_be_bytes::<32>().as_slice()],
            )?;
        }
        tx.commit()?;
        Ok(Spent::Charged)
    }

    /// Spends `signer`'s request nonce `nonce`, valid until `expires`; returns whether it was
    /// fresh. Nonces whose requests expired before `now` are forgotten first (the expiry check
    /// refuses those requests anyway), so the table holds at most the last few minutes' nonces.
    pub fn use_nonce(
        &self,
        signer: Address,
        nonce: B256,
        expires: u64,
        now: u64,
    ) -> rusqlite::Result<bool> {
        let conn = self.conn();
        conn.execute("DELETE FROM api_nonces WHERE expires < ?1", params![now as i64])?;
        let inserted = conn.execute(
            "INSERT OR IGNORE INTO api_nonces (signer, nonce, expires) VALUES (?1, ?2, ?3)",
            params![signer.as_slice(), nonce.as_slice(), expires as i64],
        )?;
        Ok(inserted == 1)
    }

    /// Number of request nonces remembered (for tests and the operator).
    pub fn nonce_count(&self) -> rusqlite::Result<u64> {
        self.conn().query_row("SELECT COUNT(*) FROM api_nonces", [], |r| r.get(0))
    }

    /// Number of receipts and of unanchored receipts, for the operator.
    pub fn log_counts(&self) -> rusqlite::Result<(u64, u64)> {
        self.conn().query_row(
            "SELECT COUNT(*), COUNT(*) FILTER (WHERE batch_id IS NULL) FROM api_access_log",
            [],
            |r| Ok((r.get::<_, i64>(0)? as u64, r.get::<_, i64>(1)? as u64)),
        )
    }

    /// Confirmed records with id above `after`: (id, patient, record id, version), oldest first.
    pub fn confirmed_after(&self, after: i64) -> records::Result<Vec<(i64, Address, B256, u32)>> {
        self.records.confirmed_after(after)
    }

    /// The highest confirmed record id (0 if none).
    pub fn last_confirmed(&self) -> records::Result<i64> {
        self.records.last_confirmed()
    }

    fn delivery_rows(
        &self,
        sql: &str,
        args: &[&dyn rusqlite::ToSql],
    ) -> rusqlite::Result<Vec<Delivery>> {
        delivery_rows_on(&self.conn(), sql, args)
    }

    /// Takes delivery `new` through the k-gate in one transaction: stores it, expires held
    /// deliveries past their deadline, asks `gate` which of the request's live deliveries to
    /// release, and marks them released. A crash anywhere in it leaves none of it done, so a class
    /// that reached k is never left held. `None` if the seller delivered to the request already;
    /// else the live deliveries and the ids released.
    pub fn deliver_through_gate(
        &self,
        new: &Delivery,
        now_secs: u64,
        gate: impl FnOnce(&[Delivery]) -> Vec<i64>,
    ) -> rusqlite::Result<Option<(Vec<Delivery>, Vec<i64>)>> {
        let qi = serde_json::to_string(&new.qi).map_err(|_| rusqlite::Error::InvalidQuery)?;
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let added = tx.execute(
            "INSERT OR IGNORE INTO api_deliveries (request_id, patient, qi, cid, approval, signature, digest, deadline, state, created_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                new.request_id.to_be_bytes::<32>().as_slice(),
                new.patient.as_slice(),
                qi,
                new.cid,
                new.approval,
                new.signature,
                new.digest.as_slice(),
                new.deadline as i64,
                DeliveryState::Held,
                now_ms()
            ],
        )?;
        if added == 0 {
            return Ok(None);
        }
        tx.execute(
            "UPDATE api_deliveries SET state = ?1 WHERE state = ?2 AND deadline < ?3",
            params![DeliveryState::Expired, DeliveryState::Held, now_secs as i64],
        )?;
        let live = delivery_rows_on(
            &tx,
            "SELECT id, request_id, patient, qi, cid, approval, signature, digest, deadline, state
             FROM api_deliveries WHERE request_id = ?1 AND state != ?2 ORDER BY id",
            &[&new.request_id.to_be_bytes::<32>().as_slice(), &DeliveryState::Expired],
        )?;
        let released = gate(&live);
        for id in &released {
            tx.execute(
                "UPDATE api_deliveries SET state = ?1 WHERE id = ?2",
                params![DeliveryState::Released, id],
            )?;
        }
        tx.commit()?;
        Ok(Some((live, released)))
    }
}

/// Deliveries as `sql` selects them (the columns of `api_deliveries` in table order) on `conn`.
fn delivery_rows_on(
    conn: &Connection,
    sql: &str,
    args: &[&dyn rusqlite::ToSql],
) -> rusqlite::Result<Vec<Delivery>> {
    {
        let mut st = conn.prepare(sql)?;
        let rows = st.query_map(args, |r| {
            let qi: String = r.get(3)?;
            Ok(Delivery {
                id: r.get(0)?,
                request_id: U256::from_be_slice(&r.get::<_, Vec<u8>>(1)?),
                patient: addr(r.get(2)?)?,
                qi: serde_json::from_str(&qi).map_err(|_| rusqlite::Error::InvalidQuery)?,
                cid: r.get(4)?,
                approval: r.get(5)?,
                signature: r.get(6)?,
                digest: b256(r.get(7)?)?,
                deadline: r.get::<_, i64>(8)? as u64,
                state: r.get(9)?,
            })
        })?;
        rows.collect()
    }
}

impl ApiStore {
    /// The deliveries of a request that are not expired, in arrival order.
    pub fn deliveries(&self, request_id: U256) -> rusqlite::Result<Vec<Delivery>> {
        self.delivery_rows(
            "SELECT id, request_id, patient, qi, cid, approval, signature, digest, deadline, state
             FROM api_deliveries WHERE request_id = ?1 AND state != ?2 ORDER BY id",
            &[&request_id.to_be_bytes::<32>().as_slice(), &DeliveryState::Expired],
        )
    }

    /// Every delivery in `state`, oldest first.
    pub fn deliveries_in(&self, state: DeliveryState) -> rusqlite::Result<Vec<Delivery>> {
        self.delivery_rows(
            "SELECT id, request_id, patient, qi, cid, approval, signature, digest, deadline, state
             FROM api_deliveries WHERE state = ?1 ORDER BY id LIMIT 1000",
            &[&state],
        )
    }

    /// Moves deliveries to `state`, in one transaction.
    pub fn set_delivery_state(&self, ids: &[i64], state: DeliveryState) -> rusqlite::Result<()> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        for id in ids {
            tx.execute("UPDATE api_deliveries SET state = ?1 WHERE id = ?2", params![state, id])?;
        }
        tx.commit()
    }

    /// Held deliveries whose deadline passed become `expired`; returns how many.
    pub fn expire_deliveries(&self, now_secs: u64) -> rusqlite::Result<usize> {
        self.conn().execute(
            "UPDATE api_deliveries SET state = ?1 WHERE state = ?2 AND deadline < ?3",
            params![DeliveryState::Expired, DeliveryState::Held, now_secs as i64],
        )
    }
}
