//! The persisted state machines of the API's own rows: a research [`DeliveryState`] and an
//! access-log [`AccessBatchState`]. Stored by name, as [`crate::store::RecordState`] is; the names
//! are also what the API shows, so they never change.

use std::{fmt, str::FromStr};

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use crate::store::UnknownState;

/// Implements the name round trip and the SQLite conversions of a state enum.
macro_rules! named_states {
    ($ty:ident, $machine:literal, { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl $ty {
            /// Every state, in order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The name stored in the database and shown by the API.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $name),+
                }
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $ty {
            type Err = UnknownState;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::ALL
                    .iter()
                    .copied()
                    .find(|st| st.as_str() == s)
                    .ok_or_else(|| UnknownState { machine: $machine, value: s.to_string() })
            }
        }

        impl ToSql for $ty {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }

        impl FromSql for $ty {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                value.as_str()?.parse().map_err(|e| FromSqlError::Other(Box::new(e)))
            }
        }
    };
}

/// Where a research delivery is.
///
/// ```text
/// held ─► released ─► settling ─► done
///   │                    │
///   └─► expired          └─► failed
/// ```
/// `held → released` when its quasi-identifier class reaches k; `released → settling` once its
/// settlement is handed to the transaction manager (again after a crash: the key is the same);
/// `settling → done` when the trade is claimed or no longer pending, `settling → failed` when the
/// settlement failed for good; `held → expired` when its deadline passes first. The researcher
/// sees a delivery once its settlement is confirmed on-chain (`settling` with a confirmed
/// settlement, or `done`): never one not paid for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeliveryState {
    /// Stored; its class has not reached k.
    Held,
    /// Its class reached k; the settlement is about to be submitted.
    Released,
    /// The settlement is with the transaction manager.
    Settling,
    /// Settled and claimed (or the trade is no longer pending): final.
    Done,
    /// The settlement failed: final.
    Failed,
    /// Its deadline passed while held: final, never paid.
    Expired,
}

named_states!(DeliveryState, "delivery", {
    Held => "held",
    Released => "released",
    Settling => "settling",
    Done => "done",
    Failed => "failed",
    Expired => "expired",
});

/// Where an access-log batch's anchor is.
///
/// ```text
/// submitted ─► mined ─► confirmed
///     │          │
///     └──────────┴────► failed
/// ```
/// A batch is created `submitted` (its anchor is submitted in the same round, and again after a
/// restart under the same key); it follows the transaction manager's status from there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccessBatchState {
    /// Cut, its anchor handed to the transaction manager.
    Submitted,
    /// The anchor is in a block.
    Mined,
    /// The anchor has its confirmations: final.
    Confirmed,
    /// The anchor failed for good: final.
    Failed,
}

named_states!(AccessBatchState, "access-log batch", {
    Submitted => "submitted",
    Mined => "mined",
    Confirmed => "confirmed",
    Failed => "failed",
});

impl AccessBatchState {
    /// True for `confirmed` and `failed`: the anchorer no longer follows the batch.
    pub const fn is_final(self) -> bool {
        matches!(self, Self::Confirmed | Self::Failed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delivery_states_round_trip_by_name() {
        for &s in DeliveryState::ALL {
            assert_eq!(s.as_str().parse::<DeliveryState>().unwrap(), s);
            assert_eq!(s.to_string(), s.as_str());
        }
        let names: Vec<_> = DeliveryState::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(names, ["held", "released", "settling", "done", "failed", "expired"]);
        let e = "paid".parse::<DeliveryState>().unwrap_err();
        assert_eq!(e.to_string(), "unknown delivery state `paid`");
    }

    #[test]
    fn access_batch_states_round_trip_by_name() {
        for &s in AccessBatchState::ALL {
            assert_eq!(s.as_str().parse::<AccessBatchState>().unwrap(), s);
        }
        let names: Vec<_> = AccessBatchState::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(names, ["submitted", "mined", "confirmed", "failed"]);
        assert!("pending".parse::<AccessBatchState>().is_err());
        assert!(AccessBatchState::Confirmed.is_final() && !AccessBatchState::Mined.is_final());
    }

    #[test]
    fn states_round_trip_through_sqlite_and_a_foreign_name_is_an_error() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (s TEXT NOT NULL)").unwrap();
        for &s in DeliveryState::ALL {
            conn.execute("INSERT INTO t (s) VALUES (?1)", [s]).unwrap();
            let back: DeliveryState = conn
                .query_row("SELECT s FROM t WHERE rowid = last_insert_rowid()", [], |r| r.get(0))
                .unwrap();
            assert_eq!(back, s);
            let raw: String = conn
                .query_row("SELECT s FROM t WHERE rowid = last_insert_rowid()", [], |r| r.get(0))
                .unwrap();
            assert_eq!(raw, s.as_str(), "stored by name");
        }
        for &s in AccessBatchState::ALL {
            conn.execute("INSERT INTO t (s) VALUES (?1)", [s]).unwrap();
            let back: AccessBatchState = conn
                .query_row("SELECT s FROM t WHERE rowid = last_insert_rowid()", [], |r| r.get(0))
                .unwrap();
            assert_eq!(back, s);
        }
        conn.execute("INSERT INTO t (s) VALUES ('paid')", []).unwrap();
        let bad = conn.query_row("SELECT s FROM t WHERE rowid = last_insert_rowid()", [], |r| {
            r.get::<_, DeliveryState>(0)
        });
        assert!(bad.is_err());
    }
}
