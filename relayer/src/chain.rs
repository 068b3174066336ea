//! The on-chain [`Registry`]: AccountRegistry.isPatient and ProviderRegistry.isCertified through
//! the bindings.

use alloy::{
    primitives::Address,
    providers::{DynProvider, Provider, ProviderBuilder},
};
use async_trait::async_trait;
use medvault_bindings::{account_registry::AccountRegistry, provider_registry::ProviderRegistry};

use super::ingest::Registry;

/// Read-only calls to the registries.
#[derive(Clone, Debug)]
pub struct OnChainRegistry {
    provider: DynProvider,
    accounts: Address,
    providers: Address,
}

impl OnChainRegistry {
    /// Connects to `rpc_url`; `accounts` and `providers` are the registries' addresses.
    pub fn new(rpc_url: &str, accounts: Address, providers: Address) -> Result<Self, String> {
        let url = rpc_url.parse().map_err(|e| format!("bad RPC URL {rpc_url}: {e}"))?;
        let provider = ProviderBuilder::new().connect_http(url).erased();
        Ok(Self { provider, accounts, providers })
    }
}

#[async_trait]
impl Registry for OnChainRegistry {
    async fn is_patient(&self, account: Address) -> Result<bool, String> {
        AccountRegistry::new(self.accounts, &self.provider)
            .isPatient(account)
            .call()
            .await
            .map_err(|e| format!("AccountRegistry.isPatient: {e}"))
    }

    async fn is_certified(&self, account: Address) -> Result<bool, String> {
        ProviderRegistry::new(self.providers, &self.provider)
            .isCertified(account)
            .call()
            .await
            .map_err(|e| format!("ProviderRegistry.isCertified: {e}"))
    }
}
