//! The node's durable store (SQLite, `synchronous = FULL`): its key package, the request nonces it
//! has answered, pending revocations, the records their patients shredded, and its receipts with
//! the batches that anchor them.
//! Nothing is answered before the receipt behind it is on disk.

use std::{path::Path, sync::Mutex};

use alloy::primitives::{Address, B256};
use rusqlite::{Connection, OptionalExtension, params};

/// A receipt to log.
#[derive(Clone, Debug)]
pub struct NewReceipt {
    /// Who asked.
    pub reader: Address,
    /// Whose record.
    pub patient: Address,
    /// The record.
    pub record_id: B256,
    /// Its version.
    pub version: u32,
    /// Unix seconds.
    pub time: u64,
    /// Released or refused.
    pub granted: bool,
    /// Basis or reason.
    pub reason: String,
    /// The leaf.
    pub leaf: B256,
    /// The node's signature over the leaf.
    pub signature: Vec<u8>,
    /// The key request's digest.
    pub request: B256,
}

/// A logged receipt with where it is anchored.
#[derive(Clone, Debug)]
pub struct Receipt {
    /// Log id.
    pub id: i64,
    /// The receipt.
    pub receipt: NewReceipt,
    /// Its batch, once cut.
    pub batch: Option<Batch>,
    /// Its index in the batch.
    pub leaf_index: Option<u32>,
}

/// A batch of receipts anchored with one transaction.
#[derive(Clone, Debug)]
pub struct Batch {
    /// Batch id.
    pub id: i64,
    /// Merkle root.
    pub root: B256,
    /// keccak256 of the leaves in order.
    pub manifest: B256,
    /// Receipts in it.
    pub count: u32,
    /// `open` (cut, not yet anchored) or `anchored`.
    pub state: String,
    /// The anchoring transaction.
    pub tx_hash: Option<B256>,
    /// The anchoring block.
    pub block_number: Option<u64>,
}

/// The store.
pub struct Store {
    conn: Mutex<Connection>,
}

fn b256(v: Vec<u8>) -> B256 {
    B256::from_slice(&v)
}

impl Store {
    /// Opens (or creates) the store at `path`.
    pub fn open(path: &Path) -> rusqlite::Result<Self> {
        let conn = Connection::open(path)?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             CREATE TABLE IF NOT EXISTS key_package (
                 id INTEGER PRIMARY KEY CHECK (id = 1),
                 package BLOB NOT NULL,
                 public_package BLOB NOT NULL);
             CREATE TABLE IF NOT EXISTS nonces (
                 reader BLOB NOT NULL, nonce BLOB NOT NULL, expires INTEGER NOT NULL,
                 PRIMARY KEY (reader, nonce));
             DROP TABLE IF EXISTS revocations;
             CREATE TABLE IF NOT EXISTS sales (
                 request_id BLOB NOT NULL, patient BLOB NOT NULL, seller BLOB NOT NULL,
                 commitment BLOB NOT NULL, PRIMARY KEY (request_id, patient));
             CREATE TABLE IF NOT EXISTS pending_revocations (
                 controller BLOB NOT NULL, grant_id BLOB NOT NULL, nonce INTEGER NOT NULL,
                 deadline INTEGER NOT NULL, PRIMARY KEY (controller, grant_id, nonce));
             CREATE TABLE IF NOT EXISTS shreds (
                 patient BLOB NOT NULL, record_id BLOB NOT NULL, shredded_at INTEGER NOT NULL,
                 request BLOB NOT NULL, PRIMARY KEY (patient, record_id));
             CREATE TABLE IF NOT EXISTS batches (
                 id INTEGER PRIMARY KEY, root BLOB NOT NULL, manifest BLOB NOT NULL,
                 count INTEGER NOT NULL, state TEXT NOT NULL, tx_hash BLOB, block_number INTEGER);
             CREATE TABLE IF NOT EXISTS receipts (
                 id INTEGER PRIMARY KEY, reader BLOB NOT NULL, patient BLOB NOT NULL,
                 record_id BLOB NOT NULL, version INTEGER NOT NULL, time INTEGER NOT NULL,
                 granted INTEGER NOT NULL, reason TEXT NOT NULL, leaf BLOB NOT NULL,
                 signature BLOB NOT NULL, request BLOB NOT NULL,
                 batch INTEGER REFERENCES batches(id), leaf_index INTEGER);
             CREATE INDEX IF NOT EXISTS receipts_patient ON receipts (patient);
             CREATE INDEX IF NOT EXISTS receipts_reader ON receipts (reader, record_id, version);
             CREATE INDEX IF NOT EXISTS receipts_unbatched ON receipts (batch) WHERE batch IS NULL;",
        )?;
        Ok(Self { conn: Mutex::new(conn) })
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The key package from this node's key generation, if it has run.
    pub fn key_package(&self) -> rusqlite::Result<Option<(Vec<u8>, Vec<u8>)>> {
        self.conn()
            .query_row("SELECT package, public_package FROM key_package WHERE id = 1", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()
    }

    /// Keeps the key package (once; a second key generation would need a new store).
    pub fn save_key_package(&self, package: &[u8], public: &[u8]) -> rusqlite::Result<()> {
        self.conn().execute(
            "INSERT INTO key_package (id, package, public_package) VALUES (1, ?1, ?2)",
            params![package, public],
        )?;
        Ok(())
    }

    /// Records a request nonce; false if this reader used it before.
    pub fn use_nonce(&self, reader: Address, nonce: B256, expires: u64) -> rusqlite::Result<bool> {
        let conn = self.conn();
        conn.execute("DELETE FROM nonces WHERE expires < ?1", params![now_secs()])?;
        let n = conn.execute(
            "INSERT OR IGNORE INTO nonces (reader, nonce, expires) VALUES (?1, ?2, ?3)",
            params![reader.as_slice(), nonce.as_slice(), expires],
        )?;
        Ok(n == 1)
    }

    /// Records that `patient` sells to request `request_id` through `seller` with delivery
    /// `commitment` (durably: FULL sync); false if the patient already sold to that request
    /// otherwise. The same sale asked again is true (an answer lost on the way may be asked for
    /// again).
    pub fn record_sale(
        &self,
        request_id: alloy::primitives::U256,
        patient: Address,
        seller: Address,
        commitment: B256,
    ) -> rusqlite::Result<bool> {
        let conn = self.conn();
        let id = request_id.to_be_bytes::<32>();
        conn.execute(
            "INSERT OR IGNORE INTO sales (request_id, patient, seller, commitment) VALUES (?1, ?2, ?3, ?4)",
            params![&id[..], patient.as_slice(), seller.as_slice(), commitment.as_slice()],
        )?;
        let (s, c): (Vec<u8>, Vec<u8>) = conn.query_row(
            "SELECT seller, commitment FROM sales WHERE request_id = ?1 AND patient = ?2",
            params![&id[..], patient.as_slice()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(s == seller.as_slice() && c == commitment.as_slice())
    }

    /// Keeps a revocation the consent's controller signed that is not mined yet.
    pub fn add_revocation(
        &self,
        controller: Address,
        grant_id: B256,
        nonce: u64,
        deadline: u64,
    ) -> rusqlite::Result<()> {
        self.conn().execute(
            "INSERT OR IGNORE INTO pending_revocations (controller, grant_id, nonce, deadline)
             VALUES (?1, ?2, ?3, ?4)",
            params![controller.as_slice(), grant_id.as_slice(), nonce, deadline],
        )?;
        Ok(())
    }

    /// The nonces of the pending revocations of consent `grant_id` under `controller` whose
    /// deadline has not passed.
    pub fn revocations(
        &self,
        controller: Address,
        grant_id: B256,
        now: u64,
    ) -> rusqlite::Result<Vec<u64>> {
        let conn = self.conn();
        conn.execute("DELETE FROM pending_revocations WHERE deadline < ?1", params![now])?;
        let mut st = conn.prepare(
            "SELECT nonce FROM pending_revocations WHERE controller = ?1 AND grant_id = ?2",
        )?;
        st.query_map(params![controller.as_slice(), grant_id.as_slice()], |r| r.get::<_, u64>(0))?
            .collect()
    }

    /// Forgets a revocation (mined or overtaken: the chain decides from now on).
    pub fn drop_revocation(
        &self,
        controller: Address,
        grant_id: B256,
        nonce: u64,
    ) -> rusqlite::Result<()> {
        self.conn().execute(
            "DELETE FROM pending_revocations WHERE controller = ?1 AND grant_id = ?2 AND nonce = ?3",
            params![controller.as_slice(), grant_id.as_slice(), nonce],
        )?;
        Ok(())
    }

    /// Keeps, durably, that `patient` shredded her record `record_id` (every version) at `at` by the
    /// order whose digest is `request`. Returns since when the record is shredded and whether this
    /// order did it: a repeat keeps the first order's time.
    ///
    /// Keyed by patient and record, as the chain keys a record's versions: another patient's leaf
    /// naming the same record id is another record, which her shred does not touch.
    pub fn shred(
        &self,
        patient: Address,
        record_id: B256,
        at: u64,
        request: B256,
    ) -> rusqlite::Result<(u64, bool)> {
        let conn = self.conn();
        let first = conn.execute(
            "INSERT OR IGNORE INTO shreds (patient, record_id, shredded_at, request)
             VALUES (?1, ?2, ?3, ?4)",
            params![patient.as_slice(), record_id.as_slice(), at, request.as_slice()],
        )? == 1;
        let since = conn.query_row(
            "SELECT shredded_at FROM shreds WHERE patient = ?1 AND record_id = ?2",
            params![patient.as_slice(), record_id.as_slice()],
            |r| r.get(0),
        )?;
        Ok((since, first))
    }

    /// Since when `patient`'s record `record_id` is shredded, if it is.
    pub fn shredded(&self, patient: Address, record_id: B256) -> rusqlite::Result<Option<u64>> {
        self.conn()
            .query_row(
                "SELECT shredded_at FROM shreds WHERE patient = ?1 AND record_id = ?2",
                params![patient.as_slice(), record_id.as_slice()],
                |r| r.get(0),
            )
            .optional()
    }

    /// Appends a receipt durably; returns its id.
    pub fn log(&self, r: &NewReceipt) -> rusqlite::Result<i64> {
        let conn = self.conn();
        conn.execute(
            "INSERT INTO receipts (reader, patient, record_id, version, time, granted, reason, leaf, signature, request)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                r.reader.as_slice(),
                r.patient.as_slice(),
                r.record_id.as_slice(),
                r.version,
                r.time,
                r.granted,
                r.reason,
                r.leaf.as_slice(),
                r.signature,
                r.request.as_slice()
            ],
        )?;
        Ok(conn.last_insert_rowid())
    }

    /// Whether `r`, a refusal, repeats the reader's latest verdict on the record version: the same
    /// refusal, of the same patient's record, at `since` or later. Such a refusal is not logged
    /// again (the log already says that they tried).
    pub fn repeated_refusal(&self, r: &NewReceipt, since: u64) -> rusqlite::Result<bool> {
        let latest = self
            .conn()
            .query_row(
                "SELECT granted, reason, time, patient FROM receipts INDEXED BY receipts_reader
                 WHERE reader = ?1 AND record_id = ?2 AND version = ?3
                 ORDER BY id DESC LIMIT 1",
                params![r.reader.as_slice(), r.record_id.as_slice(), r.version],
                |row| {
                    Ok(!row.get::<_, bool>(0)?
                        && row.get::<_, String>(1)? == r.reason
                        && row.get::<_, i64>(2)? >= since as i64
                        && row.get::<_, Vec<u8>>(3)? == r.patient.as_slice())
                },
            )
            .optional()?;
        Ok(latest.unwrap_or(false))
    }

    /// How many refusals about `patient`'s records were logged at `since` or later.
    pub fn refusals_since(&self, patient: Address, since: u64) -> rusqlite::Result<u64> {
        self.conn().query_row(
            "SELECT COUNT(*) FROM receipts INDEXED BY receipts_patient
             WHERE patient = ?1 AND granted = 0 AND time >= ?2",
            params![patient.as_slice(), since as i64],
            |row| row.get::<_, i64>(0).map(|n| n as u64),
        )
    }

    /// Receipts not yet in a batch: (id, leaf), oldest first.
    pub fn unbatched(&self, limit: usize) -> rusqlite::Result<Vec<(i64, B256)>> {
        let conn = self.conn();
        let mut st =
            conn.prepare("SELECT id, leaf FROM receipts WHERE batch IS NULL ORDER BY id LIMIT ?1")?;
        st.query_map(params![limit as i64], |r| Ok((r.get(0)?, b256(r.get(1)?))))?.collect()
    }

    /// Cuts a batch of the given receipts (in order) in one transaction; returns its id.
    pub fn create_batch(&self, root: B256, manifest: B256, ids: &[i64]) -> rusqlite::Result<i64> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        tx.execute(
            "INSERT INTO batches (root, manifest, count, state) VALUES (?1, ?2, ?3, 'open')",
            params![root.as_slice(), manifest.as_slice(), ids.len() as i64],
        )?;
        let batch = tx.last_insert_rowid();
        for (i, id) in ids.iter().enumerate() {
            tx.execute(
                "UPDATE receipts SET batch = ?1, leaf_index = ?2 WHERE id = ?3",
                params![batch, i as i64, id],
            )?;
        }
        tx.commit()?;
        Ok(batch)
    }

    /// Batches cut but not yet anchored.
    pub fn open_batches(&self) -> rusqlite::Result<Vec<Batch>> {
        self.batches_where("state = 'open'")
    }

    fn batches_where(&self, clause: &str) -> rusqlite::Result<Vec<Batch>> {
        let conn = self.conn();
        let mut st = conn.prepare(&format!(
            "SELECT id, root, manifest, count, state, tx_hash, block_number FROM batches WHERE {clause} ORDER BY id"
        ))?;
        st.query_map([], batch_row)?.collect()
    }

    /// Marks a batch anchored.
    pub fn set_anchored(&self, id: i64, tx_hash: Option<B256>, block: u64) -> rusqlite::Result<()> {
        self.conn().execute(
            "UPDATE batches SET state = 'anchored', tx_hash = ?1, block_number = ?2 WHERE id = ?3",
            params![tx_hash.map(|h| h.to_vec()), block, id],
        )?;
        Ok(())
    }

    /// The leaves of a batch, in order.
    pub fn batch_leaves(&self, batch: i64) -> rusqlite::Result<Vec<B256>> {
        let conn = self.conn();
        let mut st =
            conn.prepare("SELECT leaf FROM receipts WHERE batch = ?1 ORDER BY leaf_index")?;
        st.query_map(params![batch], |r| Ok(b256(r.get(0)?)))?.collect()
    }

    /// The receipts about `patient`, oldest first, with their batches.
    pub fn receipts(&self, patient: Address) -> rusqlite::Result<Vec<Receipt>> {
        let conn = self.conn();
        let mut st = conn.prepare(
            "SELECT r.id, r.reader, r.patient, r.record_id, r.version, r.time, r.granted, r.reason,
                    r.leaf, r.signature, r.leaf_index, r.request,
                    b.id, b.root, b.manifest, b.count, b.state, b.tx_hash, b.block_number
             FROM receipts r LEFT JOIN batches b ON b.id = r.batch
             WHERE r.patient = ?1 ORDER BY r.id",
        )?;
        st.query_map(params![patient.as_slice()], |r| {
            let batch = match r.get::<_, Option<i64>>(12)? {
                Some(id) => Some(Batch {
                    id,
                    root: b256(r.get(13)?),
                    manifest: b256(r.get(14)?),
                    count: r.get(15)?,
                    state: r.get(16)?,
                    tx_hash: r.get::<_, Option<Vec<u8>>>(17)?.map(b256),
                    block_number: r.get(18)?,
                }),
                None => None,
            };
            Ok(Receipt {
                id: r.get(0)?,
                receipt: NewReceipt {
                    reader: Address::from_slice(&r.get::<_, Vec<u8>>(1)?),
                    patient: Address::from_slice(&r.get::<_, Vec<u8>>(2)?),
                    record_id: b256(r.get(3)?),
                    version: r.get(4)?,
                    time: r.get(5)?,
                    granted: r.get(6)?,
                    reason: r.get(7)?,
                    leaf: b256(r.get(8)?),
                    signature: r.get(9)?,
                    request: b256(r.get(11)?),
                },
                batch,
                leaf_index: r.get(10)?,
            })
        })?
        .collect()
    }
}

fn batch_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Batch> {
    Ok(Batch {
        id: r.get(0)?,
        root: b256(r.get(1)?),
        manifest: b256(r.get(2)?),
        count: r.get(3)?,
        state: r.get(4)?,
        tx_hash: r.get::<_, Option<Vec<u8>>>(5)?.map(b256),
        block_number: r.get(6)?,
    })
}

/// Unix seconds now.
pub fn now_secs() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nonce_is_answered_once() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("node.db")).unwrap();
        let reader = Address::repeat_byte(1);
        assert!(store.use_nonce(reader, B256::repeat_byte(2), now_secs() + 600).unwrap());
        assert!(!store.use_nonce(reader, B256::repeat_byte(2), now_secs() + 600).unwrap());
        assert!(
            store
                .use_nonce(Address::repeat_byte(3), B256::repeat_byte(2), now_secs() + 600)
                .unwrap()
        );
    }

    #[test]
    fn a_shred_survives_reopening_and_keeps_its_first_time() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("node.db");
        let (patient, record) = (Address::repeat_byte(1), B256::repeat_byte(2));
        let store = Store::open(&path).unwrap();
        assert_eq!(store.shredded(patient, record).unwrap(), None);
        assert_eq!(store.shred(patient, record, 10, B256::repeat_byte(3)).unwrap(), (10, true));
        drop(store);
        let store = Store::open(&path).unwrap();
        assert_eq!(store.shredded(patient, record).unwrap(), Some(10));
        assert_eq!(store.shred(patient, record, 20, B256::repeat_byte(4)).unwrap(), (10, false));
        // Another patient's record under the same id is another record.
        assert_eq!(store.shredded(Address::repeat_byte(9), record).unwrap(), None);
    }

    #[test]
    fn receipts_survive_reopening_and_batch() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("node.db");
        let r = NewReceipt {
            reader: Address::repeat_byte(1),
            patient: Address::repeat_byte(2),
            record_id: B256::repeat_byte(3),
            version: 1,
            time: 5,
            granted: true,
            reason: "consent".into(),
            leaf: B256::repeat_byte(4),
            signature: vec![1; 65],
            request: B256::repeat_byte(5),
        };
        let id = Store::open(&path).unwrap().log(&r).unwrap();
        let store = Store::open(&path).unwrap();
        assert_eq!(store.unbatched(10).unwrap(), vec![(id, B256::repeat_byte(4))]);
        let batch = store.create_batch(B256::repeat_byte(9), B256::repeat_byte(8), &[id]).unwrap();
        assert!(store.unbatched(10).unwrap().is_empty());
        assert_eq!(store.open_batches().unwrap().len(), 1);
        store.set_anchored(batch, None, 7).unwrap();
        let got = store.receipts(Address::repeat_byte(2)).unwrap();
        assert_eq!(got[0].batch.as_ref().unwrap().block_number, Some(7));
        assert_eq!(got[0].leaf_index, Some(0));
    }
}
