//! What the transaction manager tells the operator: every infrastructure fault it retries, as a
//! Prometheus counter by kind (`medvault_tx_rpc_faults_total{kind}`), and whether the signer
//! cannot pay for gas (`medvault_tx_signer_funds_low`, 1 from a refused send or estimate until a
//! send goes through). Both live in the process's default registry, which `/metrics` serves beside
//! the API's own (a relayer runs one manager; the gauge shows the last manager to change it); the
//! matching log lines carry a stable `ALERT:` message to match on. Each manager also keeps its own
//! [`Alerts`], which [`super::TxManager::alerts`] reads.

use std::{
    collections::BTreeMap,
    sync::{
        LazyLock, Mutex,
        atomic::{AtomicBool, Ordering},
    },
};

use prometheus::{IntCounterVec, IntGauge, Opts};

use super::error::RpcErrorKind;

static FAULTS: LazyLock<IntCounterVec> = LazyLock::new(|| {
    let faults = IntCounterVec::new(
        Opts::new(
            "medvault_tx_rpc_faults_total",
            "Node errors the transaction manager retried, by kind",
        ),
        &["kind"],
    )
    .expect("valid metric");
    // Registered once per process; a second registration can only be this same metric.
    let _ = prometheus::register(Box::new(faults.clone()));
    faults
});

static FUNDS_LOW: LazyLock<IntGauge> = LazyLock::new(|| {
    let low = IntGauge::new(
        "medvault_tx_signer_funds_low",
        "1 while the relayer's signer cannot pay for gas (its sends wait until it is funded)",
    )
    .expect("valid metric");
    let _ = prometheus::register(Box::new(low.clone()));
    low
});

/// Registers the metrics, so that `/metrics` shows them (at zero) before the first fault.
pub fn init() {
    LazyLock::force(&FAULTS);
    LazyLock::force(&FUNDS_LOW);
}

/// One manager's alerts: the same facts as the process's metrics, for this signer alone.
#[derive(Debug, Default)]
pub struct Alerts {
    funds_low: AtomicBool,
    faults: Mutex<BTreeMap<&'static str, u64>>,
}

impl Alerts {
    /// Counts one retried fault of `kind`; an unpaid-gas fault also raises the funds alert.
    pub fn fault(&self, kind: &RpcErrorKind) {
        FAULTS.with_label_values(&[kind.label()]).inc();
        *self.faults.lock().unwrap_or_else(|p| p.into_inner()).entry(kind.label()).or_default() +=
            1;
        if *kind == RpcErrorKind::InsufficientFunds {
            self.funds_low.store(true, Ordering::SeqCst);
            FUNDS_LOW.set(1);
        }
    }

    /// A transaction was accepted by the node: the signer can pay again.
    pub fn funded(&self) {
        if self.funds_low.swap(false, Ordering::SeqCst) {
            FUNDS_LOW.set(0);
        }
    }

    /// Whether the signer could not pay for its last send (and none has gone through since).
    pub fn funds_low(&self) -> bool {
        self.funds_low.load(Ordering::SeqCst)
    }

    /// Faults retried so far, by [`RpcErrorKind::label`].
    pub fn faults(&self) -> BTreeMap<&'static str, u64> {
        self.faults.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}
