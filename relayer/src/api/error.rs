//! The API's error: one enum, mapped to a status code and `{"error": reason, "retryable": bool}`.

use axum::{
    Json,
    http::StatusCode,
    response::{IntoResponse, Response},
};

/// What an API call can fail with. Client errors (4xx) write nothing.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// Malformed input (bad JSON, wrong field).
    #[error("{0}")]
    BadRequest(String),
    /// A signature that does not prove what it claims, or is too old.
    #[error("{0}")]
    Unauthorized(String),
    /// Authenticated, but not allowed (no consent, policy).
    #[error("{0}")]
    Forbidden(String),
    /// Unknown thing.
    #[error("{0}")]
    NotFound(String),
    /// Already done (replay, nonce used).
    #[error("{0}")]
    Conflict(String),
    /// Deliberately destroyed (crypto-shredded keys).
    #[error("{0}")]
    Gone(String),
    /// Too many requests from this client.
    #[error("{0}")]
    TooManyRequests(String),
    /// The relayer will not do this now (its funds are kept for anchoring; its budget for the
    /// day is spent; every notification stream is taken): the same request may succeed later.
    #[error("{0}")]
    Unavailable(String),
    /// The chain could not be read.
    #[error("chain: {0}")]
    Chain(#[source] crate::chain::ChainError),
    /// The IPFS node could not be read.
    #[error("ipfs: {0}")]
    Ipfs(String),
    /// The transaction manager failed.
    #[error("transactions: {0}")]
    Tx(#[source] crate::tx::TxError),
    /// The database failed.
    #[error("database: {0}")]
    Store(#[from] rusqlite::Error),
    /// The record store failed.
    #[error("database: {0}")]
    Records(#[from] crate::store::StoreError),
    /// Anything else inside the relayer.
    #[error("internal: {0}")]
    Internal(String),
}

impl ApiError {
    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::BadRequest(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::Gone(_) => StatusCode::GONE,
            Self::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            Self::Chain(_) | Self::Tx(_) | Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Ipfs(_) => StatusCode::BAD_GATEWAY,
            Self::Store(_) | Self::Records(_) | Self::Internal(_) => {
                StatusCode::INTERNAL_SERVER_ERROR
            }
        }
    }

    /// True if the same request may succeed later.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            Self::Chain(_)
                | Self::Ipfs(_)
                | Self::Tx(_)
                | Self::Store(_)
                | Self::Records(_)
                | Self::TooManyRequests(_)
                | Self::Unavailable(_)
        )
    }
}

impl ApiError {
    /// What the client is told. The relayer's own failures (database, internals) are logged
    /// whole under a reference and answered with the reference only: their text names tables,
    /// paths and queries, which are the operator's to read, not a caller's.
    fn public_message(&self) -> String {
        match self {
            Self::Store(_) | Self::Records(_) | Self::Internal(_) => crate::http::internal(self),
            other => other.to_string(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        if status.is_server_error() {
            tracing::warn!(error = %self, "request failed");
        } else {
            tracing::debug!(error = %self, "request refused");
        }
        let error = self.public_message();
        (status, Json(serde_json::json!({ "error": error, "retryable": self.is_retryable() })))
            .into_response()
    }
}

impl From<tokio::task::JoinError> for ApiError {
    fn from(e: tokio::task::JoinError) -> Self {
        Self::Internal(e.to_string())
    }
}

/// Result alias for [`ApiError`].
pub type Result<T, E = ApiError> = std::result::Result<T, E>;
