//! The persisted state machine of one record.

use std::{fmt, str::FromStr};

/// Where a record is on its way to the chain.
///
/// ```text
/// received ─► pinned ─► batched ─► submitted ─► mined ─► confirmed
///     │          │          │           │          │
///     └──────────┴──────────┴───────────┴──────────┴────► failed
/// ```
/// `mined → submitted` is also allowed: a reorg dropped the block that held the anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordState {
    /// Accepted and durable; not yet in IPFS.
    Received,
    /// Its bytes are in a pinned batch object.
    Pinned,
    /// It has a leaf index and proof in a batch whose root and manifest are known.
    Batched,
    /// The batch's anchor transaction was handed to the transaction manager.
    Submitted,
    /// The anchor is in a block.
    Mined,
    /// The anchor has the required confirmations: final.
    Confirmed,
    /// The anchor failed for good: final.
    Failed,
}

impl RecordState {
    /// Every state, in order.
    pub const ALL: [Self; 7] = [
        Self::Received,
        Self::Pinned,
        Self::Batched,
        Self::Submitted,
        Self::Mined,
        Self::Confirmed,
        Self::Failed,
    ];

    /// The name stored in the database and shown by the API.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Received => "received",
            Self::Pinned => "pinned",
            Self::Batched => "batched",
            Self::Submitted => "submitted",
            Self::Mined => "mined",
            Self::Confirmed => "confirmed",
            Self::Failed => "failed",
        }
    }

    /// True for `confirmed` and `failed`.
    pub const fn is_final(self) -> bool {
        matches!(self, Self::Confirmed | Self::Failed)
    }

    /// Whether `self → next` is a step of the machine.
    pub const fn can_become(self, next: Self) -> bool {
        use RecordState::*;
        matches!(
            (self, next),
            (Received, Pinned)
                | (Pinned, Batched)
                | (Batched, Submitted)
                | (Submitted, Mined)
                | (Mined, Confirmed)
                | (Mined, Submitted)
                | (Received | Pinned | Batched | Submitted | Mined, Failed)
        )
    }
}

impl fmt::Display for RecordState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for RecordState {
    type Err = UnknownState;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|st| st.as_str() == s)
            .ok_or_else(|| UnknownState { machine: "record", value: s.to_string() })
    }
}

/// A stored state name that no state of its machine has (a corrupt row or a foreign writer).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown {machine} state `{value}`")]
pub struct UnknownState {
    /// Which machine (`record`, `delivery`, `access-log batch`).
    pub machine: &'static str,
    /// The name that was read.
    pub value: String,
}

#[cfg(test)]
mod tests {
    use super::RecordState::{self, *};

    #[test]
    fn only_forward_steps_and_failure_are_allowed() {
        let path = [Received, Pinned, Batched, Submitted, Mined, Confirmed];
        for w in path.windows(2) {
            assert!(w[0].can_become(w[1]), "{} → {}", w[0], w[1]);
        }
        assert!(Mined.can_become(Submitted), "reorg");
        for s in RecordState::ALL {
            assert_eq!(s.as_str().parse::<RecordState>().unwrap(), s);
            assert!(!s.can_become(Received), "nothing goes back to received");
            assert_eq!(s.can_become(Failed), !s.is_final());
            if s.is_final() {
                assert!(RecordState::ALL.iter().all(|n| !s.can_become(*n)), "{s} is final");
            }
        }
        assert!(!Received.can_become(Batched), "no skipping");
        assert!(!Pinned.can_become(Submitted));
        assert!(!Submitted.can_become(Confirmed));
    }
}
