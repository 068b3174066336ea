//! What can go wrong while submitting, and what each failure means.
//!
//! Node errors are classified by their meaning ([`RpcErrorKind`]) so the manager can act on them —
//! track, treat as sent, bump fees, reassign a nonce, fail, or retry the same signed bytes — and never
//! retries blindly.
//!
//! Only an error that says the call can never succeed as it stands ([`RpcErrorKind::is_final`]: a
//! revert) ends a submission. Everything the infrastructure does — an empty signer, a provider's rate
//! limit, a full pool, a node behind the head, a dropped connection, garbage, and any message this
//! file does not know — is retried with a capped backoff and raised as an alert: an acknowledged
//! record must never be lost to a fault an operator or a minute can fix.

use alloy::{
    primitives::Bytes,
    transports::{RpcError, TransportErrorKind},
};

/// Result alias for the transaction manager.
pub type Result<T, E = TxError> = std::result::Result<T, E>;

/// What a JSON-RPC error from the node means for a submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RpcErrorKind {
    /// The nonce is below the account's: one of our attempts was mined, or someone else used it.
    NonceTooLow,
    /// The nonce is too far ahead of the account's (a gap the node will not queue).
    NonceTooHigh,
    /// The very same transaction is already in the pool: it counts as sent.
    AlreadyKnown,
    /// A transaction with this nonce is in the pool and the new one does not pay enough more.
    Underpriced,
    /// The fee cap is below the block's base fee: resend with market fees.
    FeeCapTooLow,
    /// The signer cannot pay for gas: an operator must fund it. Retried until funded.
    InsufficientFunds,
    /// The provider throttles us (JSON-RPC -32005, HTTP 429, "rate limit"): retry later.
    RateLimited,
    /// The node's pool is full: retry later (or elsewhere).
    PoolFull,
    /// The node is behind ("header not found", "unknown block"): a load-balanced backend that has
    /// not seen the block another one served. Retry later.
    LaggingNode,
    /// The call reverts (at estimation): it would never succeed as it stands.
    Reverted {
        /// The decoded revert reason.
        reason: String,
    },
    /// The node could not be reached, timed out or answered garbage: retry the same request.
    Transport,
    /// A node message this classification does not know: retried (with an alert), since a new
    /// provider's wording for a passing fault must not strand a submission.
    Unrecognised,
    /// Not a node error at all (a contract call's answer that does not decode): not retried.
    Rejected,
}

impl RpcErrorKind {
    /// Classifies an error message (and optional revert data) as nodes word them.
    pub fn classify_message(code: i64, message: &str, revert_data: Option<&Bytes>) -> Self {
        let m = message.to_ascii_lowercase();
        if m.contains("nonce too low") || m.contains("nonce has already been used") {
            Self::NonceTooLow
        } else if m.contains("nonce too high") {
            Self::NonceTooHigh
        } else if m.contains("already known")
            || m.contains("already imported")
            || m.contains("known transaction")
            || m.contains("already exists")
        {
            Self::AlreadyKnown
        } else if m.contains("insufficient funds") {
            Self::InsufficientFunds
        } else if code == -32005
            || m.contains("rate limit")
            || m.contains("too many requests")
            || m.contains("exceeded its compute units")
        {
            Self::RateLimited
        } else if m.contains("txpool is full")
            || m.contains("transaction pool is full")
            || m.contains("pool is full")
        {
            Self::PoolFull
        } else if m.contains("header not found")
            || m.contains("unknown block")
            || m.contains("block not found")
        {
            Self::LaggingNode
        } else if m.contains("less than block base fee")
            || m.contains("below block base fee")
            || m.contains("fee cap less than")
            || m.contains("max fee per gas less than")
        {
            Self::FeeCapTooLow
        } else if m.contains("underpriced")
            || m.contains("insufficient gas price to replace")
            || m.contains("fee too low")
        {
            Self::Underpriced
        } else if code == 3 || m.contains("execution reverted") || m.contains("revert") {
            Self::Reverted { reason: decode_revert(message, revert_data) }
        } else {
            Self::Unrecognised
        }
    }

    /// Classifies an alloy transport error.
    pub fn classify(err: &RpcError<TransportErrorKind>) -> Self {
        match err {
            RpcError::ErrorResp(payload) => {
                let data = payload.as_revert_data();
                Self::classify_message(payload.code, &payload.message, data.as_ref())
            }
            RpcError::Transport(t) if t.as_http_error().is_some_and(|e| e.status == 429) => {
                Self::RateLimited
            }
            RpcError::Transport(_)
            | RpcError::NullResp
            | RpcError::DeserError { .. }
            | RpcError::SerError(_)
            | RpcError::LocalUsageError(_) => Self::Transport,
            _ => Self::Rejected,
        }
    }

    /// Whether the same request (the same signed bytes, the same estimate) may succeed later: every
    /// infrastructure fault, and every message not known to mean otherwise.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            Self::Transport
                | Self::InsufficientFunds
                | Self::RateLimited
                | Self::PoolFull
                | Self::LaggingNode
                | Self::Unrecognised
        )
    }

    /// Whether the error means the call can never succeed as it stands: it reverts. Only this may
    /// end a submission as Failed (the nonce and fee errors are acted on, not final).
    pub fn is_final(&self) -> bool {
        matches!(self, Self::Reverted { .. } | Self::Rejected)
    }

    /// A stable, low-cardinality name: the `kind` label of the fault metrics and alerts.
    pub const fn label(&self) -> &'static str {
        match self {
            Self::NonceTooLow => "nonce_too_low",
            Self::NonceTooHigh => "nonce_too_high",
            Self::AlreadyKnown => "already_known",
            Self::Underpriced => "underpriced",
            Self::FeeCapTooLow => "fee_cap_too_low",
            Self::InsufficientFunds => "insufficient_funds",
            Self::RateLimited => "rate_limited",
            Self::PoolFull => "pool_full",
            Self::LaggingNode => "lagging_node",
            Self::Reverted { .. } => "reverted",
            Self::Transport => "transport",
            Self::Unrecognised => "unrecognised",
            Self::Rejected => "rejected",
        }
    }

    /// Whether the error is about the nonce.
    pub fn is_nonce_error(&self) -> bool {
        matches!(self, Self::NonceTooLow | Self::NonceTooHigh)
    }
}

/// Errors of the transaction manager.
#[derive(Debug, thiserror::Error)]
pub enum TxError {
    /// The node answered an RPC call with an error.
    #[error("node error ({kind:?}): {message}")]
    Rpc {
        /// What the error means.
        kind: RpcErrorKind,
        /// The node's message.
        message: String,
    },
    /// The journal (SQLite) failed.
    #[error("journal: {0}")]
    Journal(#[from] rusqlite::Error),
    /// A journal row could not be read back (corruption or a foreign writer).
    #[error("journal row is malformed: {0}")]
    Corrupt(String),
    /// The RPC URL is not a URL.
    #[error("invalid RPC URL `{0}`")]
    BadUrl(String),
    /// Signing failed.
    #[error("signing failed: {0}")]
    Sign(String),
    /// The manager has stopped.
    #[error("the transaction manager has stopped")]
    Stopped,
    /// A wait ended before the submission reached a final state.
    #[error("timed out waiting for the submission")]
    Timeout,
    /// No submission was ever made with this key.
    #[error("no submission with this idempotency key")]
    UnknownKey,
    /// A blocking journal task panicked or was cancelled.
    #[error("journal task failed: {0}")]
    Task(String),
}

impl TxError {
    /// Wraps an alloy transport error with its classification.
    pub fn rpc(err: RpcError<TransportErrorKind>) -> Self {
        Self::Rpc { kind: RpcErrorKind::classify(&err), message: err.to_string() }
    }

    /// The classification of a node error, if this is one.
    pub fn rpc_kind(&self) -> Option<&RpcErrorKind> {
        match self {
            Self::Rpc { kind, .. } => Some(kind),
            _ => None,
        }
    }

    /// Whether trying the same operation again may succeed.
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Rpc { kind, .. } => kind.is_retryable(),
            Self::Timeout => true,
            _ => false,
        }
    }

    /// Whether the error is about the signer's nonce.
    pub fn is_nonce_error(&self) -> bool {
        self.rpc_kind().is_some_and(RpcErrorKind::is_nonce_error)
    }
}

/// Turns revert data into a readable reason: a sentence that says what happened and what to do
/// (`medvault_primitives::revert`, ending with the error's name in brackets), a revert string, or
/// the raw selector when nothing matches.
pub fn decode_revert(message: &str, data: Option<&Bytes>) -> String {
    let Some(data) = data.filter(|d| d.len() >= 4) else {
        return message.to_string();
    };
    match medvault_primitives::revert::explain(data) {
        Some(explained) => explained.to_string(),
        None => {
            format!("custom error 0x{} ({message})", alloy::primitives::hex::encode(&data[..4]))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::{
        primitives::{B256, FixedBytes},
        sol_types::SolError,
    };

    fn kind(msg: &str) -> RpcErrorKind {
        RpcErrorKind::classify_message(-32000, msg, None)
    }

    #[test]
    fn node_messages_are_classified_by_meaning() {
        assert_eq!(kind("nonce too low"), RpcErrorKind::NonceTooLow);
        assert_eq!(kind("Nonce too low: next nonce 5, tx nonce 3"), RpcErrorKind::NonceTooLow);
        assert_eq!(kind("nonce too high"), RpcErrorKind::NonceTooHigh);
        assert_eq!(kind("already known"), RpcErrorKind::AlreadyKnown);
        assert_eq!(kind("transaction already imported"), RpcErrorKind::AlreadyKnown);
        assert_eq!(kind("replacement transaction underpriced"), RpcErrorKind::Underpriced);
        assert_eq!(kind("transaction underpriced"), RpcErrorKind::Underpriced);
        assert_eq!(kind("max fee per gas less than block base fee"), RpcErrorKind::FeeCapTooLow);
        assert_eq!(
            kind("Insufficient funds for gas * price + value"),
            RpcErrorKind::InsufficientFunds
        );
        assert_eq!(kind("something else entirely"), RpcErrorKind::Unrecognised);
        assert_eq!(
            RpcErrorKind::classify_message(-32005, "slow down", None),
            RpcErrorKind::RateLimited
        );
        assert_eq!(
            kind("Your app has exceeded its compute units per second capacity"),
            RpcErrorKind::RateLimited
        );
        assert_eq!(
            kind("daily request count exceeded, request rate limited"),
            RpcErrorKind::RateLimited
        );
        assert_eq!(kind("txpool is full"), RpcErrorKind::PoolFull);
        assert_eq!(kind("transaction pool is full"), RpcErrorKind::PoolFull);
        assert_eq!(kind("header not found"), RpcErrorKind::LaggingNode);
        assert_eq!(kind("unknown block"), RpcErrorKind::LaggingNode);
        assert!(matches!(
            RpcErrorKind::classify_message(3, "execution reverted", None),
            RpcErrorKind::Reverted { .. }
        ));
    }

    #[test]
    fn infrastructure_faults_are_retried_only_reverts_are_final() {
        for k in [
            RpcErrorKind::Transport,
            RpcErrorKind::InsufficientFunds,
            RpcErrorKind::RateLimited,
            RpcErrorKind::PoolFull,
            RpcErrorKind::LaggingNode,
            RpcErrorKind::Unrecognised,
        ] {
            assert!(k.is_retryable() && !k.is_final(), "{k:?}");
        }
        for k in [
            RpcErrorKind::NonceTooLow,
            RpcErrorKind::AlreadyKnown,
            RpcErrorKind::Underpriced,
            RpcErrorKind::Rejected,
        ] {
            assert!(!k.is_retryable(), "{k:?}");
        }
        assert!(RpcErrorKind::Reverted { reason: String::new() }.is_final());
        assert!(!RpcErrorKind::NonceTooLow.is_final() && !RpcErrorKind::Underpriced.is_final());
        assert!(RpcErrorKind::NonceTooLow.is_nonce_error());
        assert!(RpcErrorKind::NonceTooHigh.is_nonce_error());
        assert!(!RpcErrorKind::Underpriced.is_nonce_error());
        let e = TxError::Rpc { kind: RpcErrorKind::NonceTooLow, message: String::new() };
        assert!(e.is_nonce_error() && !e.is_retryable());
    }

    #[test]
    fn revert_data_is_decoded() {
        let data: Bytes = alloy::sol_types::Revert::from("no way").abi_encode().into();
        assert_eq!(decode_revert("execution reverted", Some(&data)), "no way");

        use medvault_bindings::record_registry::RecordRegistry::{EmptyRoot, RootAlreadyAnchored};
        let data: Bytes = EmptyRoot {}.abi_encode().into();
        assert!(decode_revert("execution reverted", Some(&data)).contains("EmptyRoot"));
        let data: Bytes =
            RootAlreadyAnchored { root: B256::repeat_byte(7), blockNumber: 9 }.abi_encode().into();
        assert!(decode_revert("x", Some(&data)).contains("RootAlreadyAnchored"));

        let unknown: Bytes = FixedBytes::<4>::from([1, 2, 3, 4]).to_vec().into();
        assert!(decode_revert("x", Some(&unknown)).contains("0x01020304"));
        assert_eq!(decode_revert("plain", None), "plain");
    }
}
