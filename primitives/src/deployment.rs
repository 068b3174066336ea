//! One deployment of the contract suite on one chain: the per-chain configuration that the relayer
//! (`medvault serve`), the key tools and every `medvault` command read.
//!
//! Written by `medvault deploy` and the local stack as JSON (`deployments/<name>.json`):
//!
//! ```json
//! { "chain_id": 31337, "start_block": 1,
//!   "contracts": { "forwarder": "0x…", "token": "0x…", "accounts": "0x…", "providers": "0x…",
//!                  "records": "0x…", "consent": "0x…", "market": "0x…" },
//!   "endpoints": { "rpcUrl": "http://…", "relayerUrl": "http://…", "ipfsUrl": "http://…" } }
//! ```

use std::path::Path;

use alloy::primitives::Address;
use serde::{Deserialize, Serialize};

/// What can go wrong reading or writing a deployment file.
#[derive(Debug, thiserror::Error)]
pub enum DeploymentError {
    /// The file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The file is not a deployment (or lacks a contract).
    #[error("{path}: not a deployment file: {reason}")]
    Invalid {
        /// The file.
        path: String,
        /// What is wrong with it.
        reason: String,
    },
}

/// The addresses of the deployed contracts, as the deploy script returns them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contracts {
    /// The ERC-2771 forwarder every contract trusts (gasless calls).
    pub forwarder: Address,
    /// MedToken (ERC-20 with permit).
    pub token: Address,
    /// AccountRegistry.
    pub accounts: Address,
    /// ProviderRegistry.
    pub providers: Address,
    /// RecordRegistry.
    pub records: Address,
    /// ConsentManager.
    pub consent: Address,
    /// DataMarket.
    pub market: Address,
    /// KeyCommittee (zero in files written before it existed).
    #[serde(default)]
    pub committee: Address,
    /// The TimelockController that administers a production deployment (zero on a local chain,
    /// where one dev key holds every role).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub timelock: Address,
}

fn is_zero(address: &Address) -> bool {
    address.is_zero()
}

impl Contracts {
    /// Each contract with the deploy script's name for it, in deployment order.
    pub const fn named(&self) -> [(&'static str, Address); 8] {
        [
            ("forwarder", self.forwarder),
            ("token", self.token),
            ("accounts", self.accounts),
            ("providers", self.providers),
            ("records", self.records),
            ("consent", self.consent),
            ("market", self.market),
            ("committee", self.committee),
        ]
    }
}

/// One deployment of the suite.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deployment {
    /// Chain the suite is deployed on.
    pub chain_id: u64,
    /// The deployed contracts.
    pub contracts: Contracts,
    /// The chain's head when the deployment began: none of its events is older, so readers of its
    /// logs start here (0 in files written before it was recorded).
    #[serde(default)]
    pub start_block: u64,
    /// Where the chain, the relayer and the IPFS node of this deployment answer, when known (a
    /// local stack writes them; the CLI uses them where no flag or environment variable says
    /// otherwise).
    #[serde(default, skip_serializing_if = "Endpoints::is_empty")]
    pub endpoints: Endpoints,
}

/// The services a deployment is used through.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Endpoints {
    /// JSON-RPC endpoint of the chain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rpc_url: Option<String>,
    /// Base URL of the relayer's HTTP API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relayer_url: Option<String>,
    /// Kubo RPC API of an IPFS node.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipfs_url: Option<String>,
    /// Base URLs of the key nodes' HTTP APIs, in committee order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keynode_urls: Vec<String>,
}

impl Endpoints {
    /// Whether no endpoint is known.
    pub fn is_empty(&self) -> bool {
        self.rpc_url.is_none()
            && self.relayer_url.is_none()
            && self.ipfs_url.is_none()
            && self.keynode_urls.is_empty()
    }
}

impl Deployment {
    /// Reads a deployment from its JSON.
    pub fn from_json(json: &[u8]) -> Result<Self, serde_json::Error> {
        serde_json::from_slice(json)
    }

    /// Reads a deployment written by [`Deployment::save`].
    pub fn load(path: &Path) -> Result<Self, DeploymentError> {
        let name = path.display().to_string();
        let raw = std::fs::read(path)
            .map_err(|source| DeploymentError::Io { path: name.clone(), source })?;
        Self::from_json(&raw)
            .map_err(|e| DeploymentError::Invalid { path: name, reason: e.to_string() })
    }

    /// Writes the deployment as JSON.
    pub fn save(&self, path: &Path) -> Result<(), DeploymentError> {
        let json = serde_json::to_vec_pretty(self).expect("a deployment serialises");
        std::fs::write(path, json)
            .map_err(|source| DeploymentError::Io { path: path.display().to_string(), source })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_without_a_contract_is_refused_with_its_name() {
        let json =
            br#"{"chain_id":1,"contracts":{"token":"0x5FbDB2315678afecb367f032d93F642f64180aa3"}}"#;
        let err = Deployment::from_json(json).unwrap_err().to_string();
        assert!(err.contains("missing field `forwarder`"), "{err}");
    }

    #[test]
    fn round_trips_through_json() {
        let c = Contracts {
            forwarder: Address::repeat_byte(1),
            token: Address::repeat_byte(2),
            accounts: Address::repeat_byte(3),
            providers: Address::repeat_byte(4),
            records: Address::repeat_byte(5),
            consent: Address::repeat_byte(6),
            market: Address::repeat_byte(7),
            committee: Address::repeat_byte(8),
            timelock: Address::repeat_byte(9),
        };
        let d = Deployment {
            chain_id: 31337,
            contracts: c,
            start_block: 9,
            endpoints: Endpoints::default(),
        };
        let json = serde_json::to_vec(&d).unwrap();
        assert_eq!(Deployment::from_json(&json).unwrap(), d);
        assert_eq!(c.named()[4], ("records", Address::repeat_byte(5)));
    }
}
