//! Reading the chain: [`ChainError`], what a failed read means, the one way every on-chain reader
//! connects ([`connect`]), and the on-chain [`Registry`] (AccountRegistry.isPatient and
//! ProviderRegistry.isCertified through the bindings).

use alloy::{
    primitives::{Address, B256},
    providers::{DynProvider, Provider, ProviderBuilder},
    transports::{RpcError, TransportErrorKind},
};
use async_trait::async_trait;
use medvault_bindings::{
    account_registry::AccountRegistry, consent_manager::ConsentManager,
    key_committee::KeyCommittee, provider_registry::ProviderRegistry,
};
use medvault_primitives::enums::Access;

use super::{ingest::Registry, tx::RpcErrorKind};

/// Result alias for [`ChainError`].
pub type Result<T, E = ChainError> = std::result::Result<T, E>;

/// Why a read of the chain failed. Node errors are classified as the transaction manager
/// classifies them ([`RpcErrorKind`], `tx/error.rs`), so a caller can tell a node that may answer
/// later from a call that never will.
#[derive(Debug, thiserror::Error)]
pub enum ChainError {
    /// The RPC URL is not a URL.
    #[error("bad RPC URL {url}: {reason}")]
    BadUrl {
        /// What was given.
        url: String,
        /// Why it does not parse.
        reason: String,
    },
    /// A call or request failed: the node could not be reached, refused it, or it reverted.
    #[error("{call}: {message}")]
    Rpc {
        /// The contract function or JSON-RPC method (`ConsentManager.hasAccess`, `eth_getLogs`).
        call: &'static str,
        /// What the node's error means.
        kind: RpcErrorKind,
        /// The error as the node (or the transport) put it.
        message: String,
    },
    /// The node answered without something it must have (no latest block; no `RequestOpened`
    /// event for a request that exists): it may not have caught up yet.
    #[error("{0}")]
    Missing(String),
}

impl ChainError {
    /// A failed contract call through the bindings, classified.
    pub fn call(call: &'static str, err: alloy::contract::Error) -> Self {
        let kind = match &err {
            alloy::contract::Error::TransportError(e) => RpcErrorKind::classify(e),
            // A return value that does not decode: the address holds no such contract.
            _ => RpcErrorKind::Rejected,
        };
        Self::Rpc { call, kind, message: err.to_string() }
    }

    /// A failed JSON-RPC request, classified.
    pub fn rpc(call: &'static str, err: RpcError<TransportErrorKind>) -> Self {
        Self::Rpc { call, kind: RpcErrorKind::classify(&err), message: err.to_string() }
    }

    /// The classification of a node error, if this is one.
    pub const fn rpc_kind(&self) -> Option<&RpcErrorKind> {
        match self {
            Self::Rpc { kind, .. } => Some(kind),
            _ => None,
        }
    }

    /// Whether asking again later may succeed: the node was unreachable or answered garbage, or
    /// lacked a block it will have.
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Rpc { kind, .. } => kind.is_retryable(),
            Self::Missing(_) => true,
            Self::BadUrl { .. } => false,
        }
    }

    /// Whether the same read will fail again whatever the node's state: a bad URL, a revert, a
    /// rejected call.
    pub fn is_permanent(&self) -> bool {
        !self.is_retryable()
    }
}

/// An HTTP provider for `rpc_url`: how every reader of the chain connects. Each request is bounded
/// by the transaction manager's timeout ([`crate::tx::chain::DEFAULT_RPC_TIMEOUT`]): a node that
/// accepts a connection and never answers fails the read as a transport error instead of holding
/// the reader (an API request, the event feed, the market task, shutdown) forever.
pub fn connect(rpc_url: &str) -> Result<DynProvider> {
    let bad = |reason: String| ChainError::BadUrl { url: rpc_url.to_string(), reason };
    let url = rpc_url.parse().map_err(|e| bad(format!("{e}")))?;
    let timeout = crate::tx::chain::DEFAULT_RPC_TIMEOUT;
    let http = alloy::transports::http::reqwest::Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout)
        .build()
        .map_err(|e| bad(format!("{e}")))?;
    let transport = alloy::transports::http::Http::with_client(http, url);
    let is_local = transport.guess_local();
    let client = alloy::rpc::client::RpcClient::new(transport, is_local);
    Ok(ProviderBuilder::new().connect_client(client).erased())
}

/// Read-only calls to the registries.
#[derive(Clone, Debug)]
pub struct OnChainRegistry {
    provider: DynProvider,
    accounts: Address,
    providers: Address,
    committee: Option<Address>,
    consent: Address,
}

impl OnChainRegistry {
    /// Connects to `rpc_url`; `accounts`, `providers` and `consent` are the registries' and the
    /// consent manager's addresses.
    pub fn new(
        rpc_url: &str,
        accounts: Address,
        providers: Address,
        consent: Address,
    ) -> Result<Self> {
        Ok(Self { provider: connect(rpc_url)?, accounts, providers, committee: None, consent })
    }

    /// Also checks committee wraps against the KeyCommittee at `committee`.
    #[must_use]
    pub const fn with_committee(mut self, committee: Address) -> Self {
        self.committee = Some(committee);
        self
    }
}

#[async_trait]
impl Registry for OnChainRegistry {
    async fn is_patient(&self, account: Address) -> Result<bool> {
        AccountRegistry::new(self.accounts, &self.provider)
            .isPatient(account)
            .call()
            .await
            .map_err(|e| ChainError::call("AccountRegistry.isPatient", e))
    }

    async fn is_certified(&self, account: Address) -> Result<bool> {
        ProviderRegistry::new(self.providers, &self.provider)
            .isCertified(account)
            .call()
            .await
            .map_err(|e| ChainError::call("ProviderRegistry.isCertified", e))
    }

    async fn write_live(&self, controller: Address, grant_id: B256) -> Result<bool> {
        ConsentManager::new(self.consent, &self.provider)
            .isLive(controller, grant_id, u8::from(Access::Write))
            .call()
            .await
            .map_err(|e| ChainError::call("ConsentManager.isLive", e))
    }

    async fn in_emergency(&self, tag: B256, provider: Address) -> Result<bool> {
        ConsentManager::new(self.consent, &self.provider)
            .inEmergency(tag, provider)
            .call()
            .await
            .map_err(|e| ChainError::call("ConsentManager.inEmergency", e))
    }

    async fn committee_key(&self) -> Result<Option<[u8; 33]>> {
        let Some(committee) = self.committee.filter(|c| !c.is_zero()) else {
            return Ok(None);
        };
        // Before a committee is set the call reverts (NoCommittee): nothing to check against.
        match KeyCommittee::new(committee, &self.provider).committee().call().await {
            Ok(got) => Ok(<[u8; 33]>::try_from(got.groupKey.as_ref()).ok()),
            Err(e) if e.as_revert_data().is_some() => Ok(None),
            Err(e) => Err(ChainError::call("KeyCommittee.committee", e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn node_errors_are_classified_like_the_transaction_managers() {
        let down = ChainError::rpc("eth_blockNumber", TransportErrorKind::backend_gone());
        assert!(down.is_retryable() && !down.is_permanent(), "{down}");
        assert_eq!(down.rpc_kind(), Some(&RpcErrorKind::Transport));
        assert!(down.to_string().starts_with("eth_blockNumber: "));

        let reverted = ChainError::Rpc {
            call: "DataMarket.trade",
            kind: RpcErrorKind::classify_message(3, "execution reverted", None),
            message: "execution reverted".into(),
        };
        assert!(reverted.is_permanent());

        let bad = connect("not a url").unwrap_err();
        assert!(matches!(bad, ChainError::BadUrl { .. }) && bad.is_permanent());
        assert!(bad.to_string().starts_with("bad RPC URL not a url: "));
        assert!(ChainError::Missing("no latest block".into()).is_retryable());
    }
}
