//! The durable journal of submissions (SQLite, WAL): one row per idempotency key and one row per
//! signed attempt. Every state change is written here before the manager acts on it, so a restart
//! can resume every submission from its last durable state.

use std::{
    path::Path,
    sync::{Arc, Mutex},
    time::{SystemTime, UNIX_EPOCH},
};

use alloy::primitives::{Address, B256, Bytes};
use rusqlite::{Connection, OptionalExtension, params};

use super::{
    IdempotencyKey, TxCall, TxStatus,
    error::{Result, TxError},
    fees::Fees,
};

/// The journal's tables. Amounts in wei are stored as decimal text (they can exceed i64).
pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS tx_submissions (
    id            INTEGER PRIMARY KEY,
    key           BLOB    NOT NULL UNIQUE,
    to_addr       BLOB    NOT NULL,
    input         BLOB    NOT NULL,
    status        TEXT    NOT NULL CHECK (status IN ('queued','submitted','mined','confirmed','failed')),
    nonce         INTEGER,
    tx_hash       BLOB,
    block_number  INTEGER,
    block_hash    BLOB,
    succeeded     INTEGER,
    error         TEXT,
    created_at_ms INTEGER NOT NULL,
    updated_at_ms INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS tx_submissions_open ON tx_submissions (status)
    WHERE status IN ('queued','submitted','mined');
CREATE TABLE IF NOT EXISTS tx_attempts (
    tx_hash                  BLOB    PRIMARY KEY,
    submission_id            INTEGER NOT NULL REFERENCES tx_submissions (id),
    nonce                    INTEGER NOT NULL,
    gas_limit                INTEGER NOT NULL,
    max_fee_per_gas          TEXT    NOT NULL,
    max_priority_fee_per_gas TEXT    NOT NULL,
    raw                      BLOB    NOT NULL,
    created_at_ms            INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS tx_attempts_submission ON tx_attempts (submission_id);
";

/// One signed attempt for a submission (replacements add attempts; the hash changes each time).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    /// Hash of the signed transaction.
    pub tx_hash: B256,
    /// Nonce it was signed with.
    pub nonce: u64,
    /// Gas limit.
    pub gas_limit: u64,
    /// Fees offered.
    pub fees: Fees,
    /// The signed EIP-2718 bytes, rebroadcast as they are.
    pub raw: Bytes,
}

/// Where a block-included transaction sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Inclusion {
    /// Hash of the included attempt.
    pub tx_hash: B256,
    /// Block number.
    pub block_number: u64,
    /// Block hash.
    pub block_hash: B256,
    /// Receipt status.
    pub succeeded: bool,
}

/// A submission as the journal holds it.
#[derive(Debug, Clone)]
pub struct Row {
    /// Row id: submission order.
    pub id: i64,
    /// The caller's key.
    pub key: IdempotencyKey,
    /// What is sent.
    pub call: TxCall,
    /// Lifecycle state.
    pub status: TxStatus,
    /// Nonce currently held (Submitted or later).
    pub nonce: Option<u64>,
    /// Block inclusion, once Mined.
    pub inclusion: Option<Inclusion>,
    /// Every attempt, oldest first.
    pub attempts: Vec<Attempt>,
}

/// The journal: a single SQLite connection behind a mutex (every statement is short).
#[derive(Clone)]
pub struct Journal {
    conn: Arc<Mutex<Connection>>,
}

impl std::fmt::Debug for Journal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Journal").finish_non_exhaustive()
    }
}

/// Creates the journal's tables (the journal owns them; nothing else reads them).
fn migrate(conn: &Connection) -> Result<()> {
    conn.execute_batch(SCHEMA)?;
    Ok(())
}

fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

fn b256(v: Vec<u8>) -> Result<B256> {
    (v.len() == 32).then(|| B256::from_slice(&v)).ok_or_else(|| TxError::Corrupt("hash".into()))
}

impl Journal {
    /// Opens (or creates) the journal's tables in the database at `path`, through [`crate::db`]
    /// (WAL, `synchronous = FULL`: a commit is on disk before it returns).
    pub fn open(path: &Path) -> Result<Self> {
        let conn = crate::db::open(path, migrate)?;
        Ok(Self { conn: Arc::new(Mutex::new(conn)) })
    }

    fn with<T>(&self, f: impl FnOnce(&mut Connection) -> Result<T>) -> Result<T> {
        let mut conn = self.conn.lock().unwrap_or_else(|p| p.into_inner());
        f(&mut conn)
    }

    /// Records a new submission as Queued, or returns the existing row for the key.
    /// `Ok((row, true))` when it was inserted now.
    pub fn insert_or_get(&self, key: &IdempotencyKey, call: &TxCall) -> Result<(Row, bool)> {
        let mut rows = self.insert_many(std::slice::from_ref(&(*key, call.clone())))?;
        rows.pop().ok_or_else(|| TxError::Corrupt("row vanished".into()))
    }

    /// Forgets the submission under `key` if it failed before any transaction of it was signed
    /// (it reverted at estimation, or was rejected): it never reached the chain, so its key may
    /// carry another call. A submission that was ever broadcast stays. True if one was forgotten.
    pub fn forget_unsent(&self, key: &IdempotencyKey) -> Result<bool> {
        self.with(|c| {
            Ok(c.execute(
                "DELETE FROM tx_submissions
                 WHERE key = ?1 AND status = 'failed' AND tx_hash IS NULL
                   AND NOT EXISTS (SELECT 1 FROM tx_attempts a WHERE a.submission_id = tx_submissions.id)",
                [key.0.as_slice()],
            )? == 1)
        })
    }

    /// [`Journal::insert_or_get`] for many calls in one transaction (one commit for all), in order.
    pub fn insert_many(&self, calls: &[(IdempotencyKey, TxCall)]) -> Result<Vec<(Row, bool)>> {
        self.with(|c| {
            let t = c.transaction()?;
            let now = now_ms();
            let mut rows = Vec::with_capacity(calls.len());
            {
                let mut insert = t.prepare_cached(
                    "INSERT OR IGNORE INTO tx_submissions
                     (key, to_addr, input, status, created_at_ms, updated_at_ms)
                     VALUES (?1, ?2, ?3, 'queued', ?4, ?4)",
                )?;
                for (key, call) in calls {
                    let inserted = insert.execute(params![
                        key.0.as_slice(),
                        call.to.as_slice(),
                        call.input.as_ref(),
                        now
                    ])? == 1;
                    let row =
                        load(&t, key)?.ok_or_else(|| TxError::Corrupt("row vanished".into()))?;
                    rows.push((row, inserted));
                }
            }
            t.commit()?;
            Ok(rows)
        })
    }

    /// The row of a key.
    pub fn get(&self, key: &IdempotencyKey) -> Result<Option<Row>> {
        self.with(|c| load(c, key))
    }

    /// The status of each key (`None` for a key never submitted), in key order, in one read.
    pub fn statuses(&self, keys: &[IdempotencyKey]) -> Result<Vec<Option<TxStatus>>> {
        self.with(|c| {
            let t = c.transaction()?;
            let statuses = keys
                .iter()
                .map(|k| Ok(load(&t, k)?.map(|row| row.status)))
                .collect::<Result<_>>()?;
            t.commit()?;
            Ok(statuses)
        })
    }

    /// Every submission not yet Confirmed or Failed, in submission order.
    pub fn open_rows(&self) -> Result<Vec<Row>> {
        self.with(|c| {
            let keys: Vec<Vec<u8>> = c
                .prepare(
                    "SELECT key FROM tx_submissions WHERE status IN ('queued','submitted','mined')
                     ORDER BY id",
                )?
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let mut rows = Vec::with_capacity(keys.len());
            for k in keys {
                let key = IdempotencyKey(b256(k)?);
                rows.extend(load(c, &key)?);
            }
            Ok(rows)
        })
    }

    /// The highest nonce any attempt was ever signed with.
    pub fn max_nonce(&self) -> Result<Option<u64>> {
        self.with(|c| {
            let n: Option<i64> =
                c.query_row("SELECT MAX(nonce) FROM tx_attempts", [], |r| r.get(0))?;
            Ok(n.map(|n| n as u64))
        })
    }

    /// Records a signed attempt and moves the submission to Submitted with that nonce and hash.
    /// Written before the attempt is broadcast.
    pub fn record_attempt(&self, id: i64, a: &Attempt) -> Result<()> {
        self.record_attempts(std::slice::from_ref(&(id, a.clone())))
    }

    /// [`Journal::record_attempt`] for many submissions in one transaction.
    pub fn record_attempts(&self, attempts: &[(i64, Attempt)]) -> Result<()> {
        self.with(|c| {
            let t = c.transaction()?;
            let now = now_ms();
            {
                let mut insert = t.prepare_cached(
                    "INSERT OR IGNORE INTO tx_attempts (tx_hash, submission_id, nonce, gas_limit,
                     max_fee_per_gas, max_priority_fee_per_gas, raw, created_at_ms)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                )?;
                let mut submitted = t.prepare_cached(
                    "UPDATE tx_submissions SET status = 'submitted', nonce = ?2, tx_hash = ?3,
                     block_number = NULL, block_hash = NULL, succeeded = NULL, updated_at_ms = ?4
                     WHERE id = ?1",
                )?;
                for (id, a) in attempts {
                    insert.execute(params![
                        a.tx_hash.as_slice(),
                        id,
                        a.nonce as i64,
                        a.gas_limit as i64,
                        a.fees.max_fee_per_gas.to_string(),
                        a.fees.max_priority_fee_per_gas.to_string(),
                        a.raw.as_ref(),
                        now
                    ])?;
                    expect_one(
                        *id,
                        submitted.execute(params![
                            id,
                            a.nonce as i64,
                            a.tx_hash.as_slice(),
                            now
                        ])?,
                    )?;
                }
            }
            t.commit()?;
            Ok(())
        })
    }

    /// Moves the submission to Mined at `inc`.
    pub fn set_mined(&self, id: i64, inc: &Inclusion) -> Result<()> {
        self.set_mined_many(std::slice::from_ref(&(id, *inc)))
    }

    /// [`Journal::set_mined`] for many submissions in one transaction.
    pub fn set_mined_many(&self, mined: &[(i64, Inclusion)]) -> Result<()> {
        self.with(|c| {
            let t = c.transaction()?;
            let now = now_ms();
            {
                let mut update = t.prepare_cached(
                    "UPDATE tx_submissions SET status = 'mined', tx_hash = ?2, block_number = ?3,
                     block_hash = ?4, succeeded = ?5, updated_at_ms = ?6 WHERE id = ?1",
                )?;
                for (id, inc) in mined {
                    expect_one(
                        *id,
                        update.execute(params![
                            id,
                            inc.tx_hash.as_slice(),
                            inc.block_number as i64,
                            inc.block_hash.as_slice(),
                            inc.succeeded,
                            now
                        ])?,
                    )?;
                }
            }
            t.commit()?;
            Ok(())
        })
    }

    /// Moves a Mined submission back to Submitted: its block left the canonical chain.
    pub fn set_reorged(&self, id: i64) -> Result<()> {
        self.update(
            id,
            "UPDATE tx_submissions SET status = 'submitted', block_number = NULL,
             block_hash = NULL, succeeded = NULL, updated_at_ms = ?2 WHERE id = ?1",
            params![id, now_ms()],
        )
    }

    /// Moves a Mined submission to Confirmed (or to Failed when its receipt says it reverted).
    pub fn set_confirmed(&self, id: i64, succeeded: bool) -> Result<()> {
        self.set_confirmed_many(&[(id, succeeded)])
    }

    /// [`Journal::set_confirmed`] for many submissions in one transaction.
    pub fn set_confirmed_many(&self, confirmed: &[(i64, bool)]) -> Result<()> {
        self.with(|c| {
            let t = c.transaction()?;
            let now = now_ms();
            {
                let mut ok = t.prepare_cached(
                    "UPDATE tx_submissions SET status = 'confirmed', updated_at_ms = ?2 WHERE id = ?1",
                )?;
                let mut reverted = t.prepare_cached(
                    "UPDATE tx_submissions SET status = 'failed',
                     error = 'reverted on-chain (receipt status 0)', updated_at_ms = ?2 WHERE id = ?1",
                )?;
                for &(id, succeeded) in confirmed {
                    let stmt = if succeeded { &mut ok } else { &mut reverted };
                    expect_one(id, stmt.execute(params![id, now])?)?;
                }
            }
            t.commit()?;
            Ok(())
        })
    }

    /// Fails a submission that holds no nonce on chain (its nonce, if any, is released).
    pub fn set_failed(&self, id: i64, reason: &str) -> Result<()> {
        self.update(
            id,
            "UPDATE tx_submissions SET status = 'failed', nonce = NULL, error = ?2,
             updated_at_ms = ?3 WHERE id = ?1",
            params![id, reason, now_ms()],
        )
    }

    /// Returns a submission to Queued: its nonce was consumed by a transaction that is not ours, so
    /// none of its attempts can ever be mined; it will be signed again with a fresh nonce.
    pub fn set_requeued(&self, id: i64) -> Result<()> {
        self.update(
            id,
            "UPDATE tx_submissions SET status = 'queued', nonce = NULL, tx_hash = NULL,
             updated_at_ms = ?2 WHERE id = ?1",
            params![id, now_ms()],
        )
    }

    fn update(&self, id: i64, sql: &str, params: impl rusqlite::Params) -> Result<()> {
        self.with(|c| expect_one(id, c.execute(sql, params)?))
    }
}

/// An update of one submission by id must touch exactly one row.
fn expect_one(id: i64, changed: usize) -> Result<()> {
    if changed == 1 { Ok(()) } else { Err(TxError::Corrupt(format!("no submission with id {id}"))) }
}

fn load(c: &Connection, key: &IdempotencyKey) -> Result<Option<Row>> {
    type Raw = (
        i64,
        Vec<u8>,
        Vec<u8>,
        String,
        Option<i64>,
        Option<Vec<u8>>,
        Option<i64>,
        Option<Vec<u8>>,
        Option<bool>,
        Option<String>,
    );
    let raw: Option<Raw> = c
        .prepare_cached(
            "SELECT id, to_addr, input, status, nonce, tx_hash, block_number, block_hash, succeeded,
             error FROM tx_submissions WHERE key = ?1",
        )?
        .query_row(
            [key.0.as_slice()],
            |r| {
                Ok((
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
                ))
            },
        )
        .optional()?;
    let Some((id, to, input, status, nonce, hash, bn, bh, ok, error)) = raw else {
        return Ok(None);
    };
    if to.len() != 20 {
        return Err(TxError::Corrupt("address".into()));
    }
    let call = TxCall { to: Address::from_slice(&to), input: input.into() };
    let nonce = nonce.map(|n| n as u64);
    let hash = hash.map(b256).transpose()?;
    let inclusion = match (hash, bn, bh, ok) {
        (Some(tx_hash), Some(bn), Some(bh), Some(ok)) => Some(Inclusion {
            tx_hash,
            block_number: bn as u64,
            block_hash: b256(bh)?,
            succeeded: ok,
        }),
        _ => None,
    };
    let corrupt = || TxError::Corrupt(format!("submission {id} in state {status} lacks fields"));
    let status = match status.as_str() {
        "queued" => TxStatus::Queued,
        "submitted" => TxStatus::Submitted {
            tx_hash: hash.ok_or_else(corrupt)?,
            nonce: nonce.ok_or_else(corrupt)?,
        },
        "mined" | "confirmed" => {
            let i = inclusion.ok_or_else(corrupt)?;
            let (tx_hash, block_number, block_hash) = (i.tx_hash, i.block_number, i.block_hash);
            if status == "mined" {
                TxStatus::Mined { tx_hash, block_number, block_hash }
            } else {
                TxStatus::Confirmed { tx_hash, block_number, block_hash }
            }
        }
        "failed" => TxStatus::Failed { reason: error.unwrap_or_default() },
        other => return Err(TxError::Corrupt(format!("unknown status {other}"))),
    };
    let mut stmt = c.prepare_cached(
        "SELECT tx_hash, nonce, gas_limit, max_fee_per_gas, max_priority_fee_per_gas, raw
         FROM tx_attempts WHERE submission_id = ?1 ORDER BY rowid",
    )?;
    let attempts = stmt
        .query_map([id], |r| {
            Ok((
                r.get::<_, Vec<u8>>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, Vec<u8>>(5)?,
            ))
        })?
        .map(|r| {
            let (h, n, g, mf, tip, raw) = r?;
            let fee = |s: String| s.parse::<u128>().map_err(|_| TxError::Corrupt("fee".into()));
            Ok(Attempt {
                tx_hash: b256(h)?,
                nonce: n as u64,
                gas_limit: g as u64,
                fees: Fees { max_fee_per_gas: fee(mf)?, max_priority_fee_per_gas: fee(tip)? },
                raw: raw.into(),
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Some(Row { id, key: *key, call, status, nonce, inclusion, attempts }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn journal() -> (tempfile::TempDir, Journal) {
        let dir = tempfile::tempdir().unwrap();
        let j = Journal::open(&dir.path().join("tx.db")).unwrap();
        (dir, j)
    }

    fn attempt(n: u64, h: u8) -> Attempt {
        Attempt {
            tx_hash: B256::repeat_byte(h),
            nonce: n,
            gas_limit: 50_000,
            fees: Fees { max_fee_per_gas: u128::MAX - 1, max_priority_fee_per_gas: 7 },
            raw: vec![h; 10].into(),
        }
    }

    #[test]
    fn a_key_is_recorded_once() {
        let (_d, j) = journal();
        let key = IdempotencyKey(B256::repeat_byte(1));
        let call = TxCall { to: Address::repeat_byte(2), input: vec![1, 2, 3].into() };
        let (row, fresh) = j.insert_or_get(&key, &call).unwrap();
        assert!(fresh);
        assert_eq!(row.status, TxStatus::Queued);
        let other = TxCall { to: Address::repeat_byte(9), input: Bytes::new() };
        let (again, fresh) = j.insert_or_get(&key, &other).unwrap();
        assert!(!fresh);
        assert_eq!(again.id, row.id);
        assert_eq!(again.call, call, "the first call stands");
    }

    #[test]
    fn the_lifecycle_is_persisted_step_by_step() {
        let (dir, j) = journal();
        let key = IdempotencyKey(B256::repeat_byte(1));
        let call = TxCall { to: Address::repeat_byte(2), input: Bytes::new() };
        let (row, _) = j.insert_or_get(&key, &call).unwrap();

        j.record_attempt(row.id, &attempt(4, 0xa1)).unwrap();
        j.record_attempt(row.id, &attempt(4, 0xa2)).unwrap();
        let r = j.get(&key).unwrap().unwrap();
        assert_eq!(r.status, TxStatus::Submitted { tx_hash: B256::repeat_byte(0xa2), nonce: 4 });
        assert_eq!(r.attempts, vec![attempt(4, 0xa1), attempt(4, 0xa2)]);
        assert_eq!(j.max_nonce().unwrap(), Some(4));

        let inc = Inclusion {
            tx_hash: B256::repeat_byte(0xa1),
            block_number: 10,
            block_hash: B256::repeat_byte(0xbb),
            succeeded: true,
        };
        j.set_mined(row.id, &inc).unwrap();
        let r = j.get(&key).unwrap().unwrap();
        assert_eq!(
            r.status,
            TxStatus::Mined { tx_hash: inc.tx_hash, block_number: 10, block_hash: inc.block_hash }
        );
        j.set_reorged(row.id).unwrap();
        assert!(matches!(j.get(&key).unwrap().unwrap().status, TxStatus::Submitted { .. }));
        j.set_mined(row.id, &inc).unwrap();
        assert_eq!(j.open_rows().unwrap().len(), 1);
        j.set_confirmed(row.id, true).unwrap();
        assert!(j.open_rows().unwrap().is_empty());

        // Survives reopening.
        drop(j);
        let j = Journal::open(&dir.path().join("tx.db")).unwrap();
        assert!(matches!(j.get(&key).unwrap().unwrap().status, TxStatus::Confirmed { .. }));
    }

    #[test]
    fn failure_releases_the_nonce_and_requeue_forgets_it() {
        let (_d, j) = journal();
        let k1 = IdempotencyKey(B256::repeat_byte(1));
        let k2 = IdempotencyKey(B256::repeat_byte(2));
        let call = TxCall { to: Address::repeat_byte(2), input: Bytes::new() };
        let (r1, _) = j.insert_or_get(&k1, &call).unwrap();
        let (r2, _) = j.insert_or_get(&k2, &call).unwrap();
        j.record_attempt(r1.id, &attempt(0, 1)).unwrap();
        j.record_attempt(r2.id, &attempt(1, 2)).unwrap();
        j.set_failed(r1.id, "insufficient funds").unwrap();
        let r = j.get(&k1).unwrap().unwrap();
        assert_eq!(r.status, TxStatus::Failed { reason: "insufficient funds".into() });
        assert_eq!(r.nonce, None);
        j.set_requeued(r2.id).unwrap();
        let r = j.get(&k2).unwrap().unwrap();
        assert_eq!(r.status, TxStatus::Queued);
        assert_eq!(r.attempts.len(), 1, "history is kept");
        let open = j.open_rows().unwrap();
        assert_eq!(open.len(), 1);
        assert_eq!(open[0].key, k2);
    }

    #[test]
    fn groups_are_written_in_one_transaction_each() {
        let (_d, j) = journal();
        let call = |b: u8| TxCall { to: Address::repeat_byte(b), input: Bytes::new() };
        let keys: Vec<IdempotencyKey> =
            (1..=3).map(|i| IdempotencyKey(B256::repeat_byte(i))).collect();
        let (first, _) = j.insert_or_get(&keys[0], &call(9)).unwrap();
        let rows =
            j.insert_many(&keys.iter().map(|k| (*k, call(k.0[0]))).collect::<Vec<_>>()).unwrap();
        assert_eq!(rows.iter().map(|(_, fresh)| *fresh).collect::<Vec<_>>(), [false, true, true]);
        assert_eq!(rows[0].0.id, first.id);
        assert_eq!(rows[0].0.call, call(9), "the first call stands");

        let attempts: Vec<(i64, Attempt)> = rows
            .iter()
            .enumerate()
            .map(|(n, (r, _))| (r.id, attempt(n as u64, 0xa0 + n as u8)))
            .collect();
        j.record_attempts(&attempts).unwrap();
        assert_eq!(j.max_nonce().unwrap(), Some(2));
        let inc = |n: u8, ok: bool| Inclusion {
            tx_hash: B256::repeat_byte(0xa0 + n),
            block_number: 7,
            block_hash: B256::repeat_byte(0xbb),
            succeeded: ok,
        };
        let mined: Vec<(i64, Inclusion)> =
            attempts.iter().enumerate().map(|(n, (id, _))| (*id, inc(n as u8, n != 1))).collect();
        j.set_mined_many(&mined).unwrap();
        j.set_confirmed_many(&mined.iter().map(|(id, i)| (*id, i.succeeded)).collect::<Vec<_>>())
            .unwrap();
        let status = |k: &IdempotencyKey| j.get(k).unwrap().unwrap().status;
        assert!(matches!(status(&keys[0]), TxStatus::Confirmed { .. }));
        assert!(matches!(status(&keys[1]), TxStatus::Failed { .. }));
        assert!(matches!(status(&keys[2]), TxStatus::Confirmed { .. }));
        assert!(j.open_rows().unwrap().is_empty());
        assert!(j.set_mined_many(&[(999, inc(0, true))]).is_err(), "an unknown id is an error");
    }

    #[test]
    fn a_reverted_receipt_confirms_as_failed() {
        let (_d, j) = journal();
        let k = IdempotencyKey(B256::repeat_byte(1));
        let (r, _) =
            j.insert_or_get(&k, &TxCall { to: Address::ZERO, input: Bytes::new() }).unwrap();
        j.record_attempt(r.id, &attempt(0, 1)).unwrap();
        let inc = Inclusion {
            tx_hash: B256::repeat_byte(1),
            block_number: 1,
            block_hash: B256::ZERO,
            succeeded: false,
        };
        j.set_mined(r.id, &inc).unwrap();
        j.set_confirmed(r.id, false).unwrap();
        assert!(matches!(j.get(&k).unwrap().unwrap().status, TxStatus::Failed { .. }));
    }
}
