//! What can go wrong while submitting, and what each failure means.
//!
//! Node errors are classified by their meaning ([`RpcErrorKind`]) so the manager can act on them —
//! track, treat as sent, bump fees, reassign a nonce, fail, or retry the same signed bytes — and never
//! retries blindly.

use alloy::{
    primitives::Bytes,
    sol_types::{SolError, SolInterface},
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
    /// The signer cannot pay for gas: an operator must fund it.
    InsufficientFunds,
    /// The call reverts (at estimation): it would never succeed as it stands.
    Reverted {
        /// The decoded revert reason.
        reason: String,
    },
    /// The node could not be reached or answered garbage: retry the same request.
    Transport,
    /// Any other rejection: not retried.
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
            Self::Rejected
        }
    }

    /// Classifies an alloy transport error.
    pub fn classify(err: &RpcError<TransportErrorKind>) -> Self {
        match err {
            RpcError::ErrorResp(payload) => {
                let data = payload.as_revert_data();
                Self::classify_message(payload.code, &payload.message, data.as_ref())
            }
            RpcError::Transport(_)
            | RpcError::NullResp
            | RpcError::DeserError { .. }
            | RpcError::SerError(_)
            | RpcError::LocalUsageError(_) => Self::Transport,
            _ => Self::Rejected,
        }
    }

    /// Whether sending the same signed bytes again may succeed.
    pub fn is_retryable(&self) -> bool {
        matches!(self, Self::Transport)
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

/// Turns revert data into a readable reason: `Error(string)`, `Panic(uint256)`, a medvault custom
/// error, or the raw selector when nothing matches.
pub fn decode_revert(message: &str, data: Option<&Bytes>) -> String {
    let Some(data) = data.filter(|d| d.len() >= 4) else {
        return message.to_string();
    };
    if let Ok(e) = alloy::sol_types::Revert::abi_decode(data) {
        return e.reason;
    }
    if let Ok(p) = alloy::sol_types::Panic::abi_decode(data) {
        return format!("panic {}", p.code);
    }
    macro_rules! try_decode {
        ($($errors:ty),*) => {$(
            if let Ok(e) = <$errors>::abi_decode(data) {
                return format!("{e:?}");
            }
        )*};
    }
    use medvault_bindings::{
        account_registry::AccountRegistry::AccountRegistryErrors,
        consent_manager::ConsentManager::ConsentManagerErrors,
        data_market::DataMarket::DataMarketErrors, med_token::MedToken::MedTokenErrors,
        medvault_forwarder::MedvaultForwarder::MedvaultForwarderErrors,
        provider_registry::ProviderRegistry::ProviderRegistryErrors,
        record_registry::RecordRegistry::RecordRegistryErrors,
    };
    try_decode!(
        RecordRegistryErrors,
        ConsentManagerErrors,
        DataMarketErrors,
        AccountRegistryErrors,
        ProviderRegistryErrors,
        MedTokenErrors,
        MedvaultForwarderErrors
    );
    format!("custom error 0x{} ({message})", alloy::primitives::hex::encode(&data[..4]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::{B256, FixedBytes};

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
        assert_eq!(kind("something else entirely"), RpcErrorKind::Rejected);
        assert!(matches!(
            RpcErrorKind::classify_message(3, "execution reverted", None),
            RpcErrorKind::Reverted { .. }
        ));
    }

    #[test]
    fn only_transport_errors_are_retryable_and_nonce_errors_know_it() {
        assert!(RpcErrorKind::Transport.is_retryable());
        for k in [
            RpcErrorKind::NonceTooLow,
            RpcErrorKind::AlreadyKnown,
            RpcErrorKind::Underpriced,
            RpcErrorKind::InsufficientFunds,
            RpcErrorKind::Rejected,
        ] {
            assert!(!k.is_retryable(), "{k:?}");
        }
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
