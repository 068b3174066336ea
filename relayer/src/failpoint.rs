//! Failpoints at the relayer's durable boundaries, for the kill-and-restart tests.
//!
//! `MEDVAULT_FAILPOINT=<name>[:<n>]` arms one point: its `n`th hit (default 1) aborts the process
//! there, as a SIGKILL or a power cut between two steps would. The variable is read once, at the
//! first hit of any point; unset, a hit is one load of an initialised `OnceLock` and a branch, so the
//! production binary neither slows down nor behaves differently.
//!
//! The points, in a record's order ([`ALL`]): `spool.written` (envelopes fsynced, the accepting
//! commit not yet made), `accept.committed` (committed, not yet answered), `batch.pinned` (pinned
//! on IPFS, the batch not yet recorded), `batch.created` (recorded, its replicas not yet marked),
//! `batch.confirmed` (confirmed, its spool files not yet released), `spool.release` (about to
//! delete spool files), `accesslog.cut` (an access-log batch recorded, its anchor not yet
//! submitted); and in the transaction manager, on every transaction's way (an anchor's, a relayed
//! call's, a settlement's): `tx.journaled` (a new submission journaled, acknowledged to its caller,
//! not yet signed), `tx.signed` (its signed attempt journaled, not yet broadcast), `tx.sent` (the
//! node answered the broadcast, the answer not yet handled); and `market.released` (a delivery
//! gate committed a class's release, its settlements not yet submitted).

use std::sync::{
    OnceLock,
    atomic::{AtomicU64, Ordering},
};

/// Every failpoint: a record's, in its order (its anchor's transaction between its batch and
/// the batch's confirmation), then the access log's and the market's.
pub const ALL: [&str; 11] = [
    "spool.written",
    "accept.committed",
    "batch.pinned",
    "batch.created",
    "tx.journaled",
    "tx.signed",
    "tx.sent",
    "batch.confirmed",
    "spool.release",
    "accesslog.cut",
    "market.released",
];

static ARMED: OnceLock<Option<(String, AtomicU64)>> = OnceLock::new();

fn armed() -> Option<(String, AtomicU64)> {
    let spec = std::env::var("MEDVAULT_FAILPOINT").ok()?;
    let (name, n) = match spec.split_once(':') {
        Some((name, n)) => (name.to_string(), n.parse().unwrap_or(1)),
        None => (spec, 1),
    };
    Some((name, AtomicU64::new(n)))
}

/// Marks the point `name`; aborts the process if it is the armed one and this is its `n`th hit.
#[inline]
pub fn hit(name: &'static str) {
    if let Some((armed, left)) = ARMED.get_or_init(armed)
        && armed == name
        && left.fetch_sub(1, Ordering::SeqCst) == 1
    {
        eprintln!("failpoint {name}: aborting the process");
        std::process::abort();
    }
}
