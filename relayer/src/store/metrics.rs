//! Storage alerts as Prometheus metrics, in the default registry (`prometheus::gather`), which
//! `GET /metrics` serves beside the API's counters. Alert on any increase of the counters, and on
//! the gauge staying above zero.

use std::sync::LazyLock;

use prometheus::{IntCounter, IntGauge, register_int_counter, register_int_gauge};

/// Acknowledged records set aside because their spool bytes were missing or truncated.
pub static QUARANTINED: LazyLock<IntCounter> = LazyLock::new(|| {
    register_int_counter!(
        "medvault_spool_quarantined_records_total",
        "Acknowledged records whose spool bytes were missing or truncated (set aside; resubmit)"
    )
    .expect("unique metric")
});

/// Batches whose object is not (yet) verified on every configured IPFS node.
pub static UNREPLICATED: LazyLock<IntGauge> = LazyLock::new(|| {
    register_int_gauge!(
        "medvault_batches_unreplicated",
        "Batches not yet verified pinned on every configured IPFS node (spool kept meanwhile)"
    )
    .expect("unique metric")
});

/// Failed attempts to pin a batch on a node or to verify it there (retried).
pub static REPLICATION_FAILURES: LazyLock<IntCounter> = LazyLock::new(|| {
    register_int_counter!(
        "medvault_replication_failures_total",
        "Failed attempts to pin or verify a batch object on an IPFS node (retried)"
    )
    .expect("unique metric")
});

/// Batches whose bytes no node and no spool file holds any more: nothing left to repair from.
pub static UNRECOVERABLE: LazyLock<IntCounter> = LazyLock::new(|| {
    register_int_counter!(
        "medvault_batches_unrecoverable_total",
        "Times a batch object was found on no IPFS node and not in the spool"
    )
    .expect("unique metric")
});

/// Confirmed batches found no longer anchored (a reorg deeper than the confirmation depth), and
/// taken back to be anchored again.
pub static REOPENED: LazyLock<IntCounter> = LazyLock::new(|| {
    register_int_counter!(
        "medvault_batches_reopened_total",
        "Confirmed batches whose root a reorg took off the chain (anchored again); raise --confirmations"
    )
    .expect("unique metric")
});
