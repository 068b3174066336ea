//! Test support for medvault's end-to-end tests: every test gets its own real servers.
//!
//! [`TestStack::start`] starts an anvil chain and an IPFS node on free ports in temporary
//! directories and deploys the suite with the Solidity deploy script; dropping the stack stops
//! both. A missing tool fails with one line naming it and the command that installs it.
//!
//! The launchers themselves live in [`medvault_relayer::devnet`], which `medvault dev` and the
//! demo use too, so tests and users run the same stack.

use std::path::PathBuf;

use alloy::{
    primitives::{Address, B256},
    providers::DynProvider,
    signers::local::PrivateKeySigner,
};
use medvault_relayer::devnet;
pub use medvault_relayer::devnet::{Chain, Deployment, IpfsNode, Toolchain};

/// Index of the anvil dev account that deploys and administers the suite.
pub const DEPLOYER: usize = devnet::DEV_DEPLOYER;
/// Index of the anvil dev account the relayer signs with.
pub const RELAYER: usize = devnet::DEV_RELAYER;

/// A chain, an IPFS node and a deployment of the suite, all stopped on drop.
#[derive(Debug)]
pub struct TestStack {
    /// The installed tools.
    pub tools: Toolchain,
    /// The anvil chain.
    pub chain: Chain,
    /// The IPFS node.
    pub ipfs: IpfsNode,
    /// Addresses of the deployed contracts.
    pub deployment: Deployment,
}

impl TestStack {
    /// Starts anvil and IPFS and deploys the suite (deployer: dev account 0; relayer: dev account 9).
    pub fn start() -> eyre::Result<Self> {
        let tools = toolchain()?;
        let chain = Chain::start(&tools)?;
        let ipfs = IpfsNode::start(&tools)?;
        let deployment = devnet::deploy_dev(&tools, &chain)?;
        Ok(Self { tools, chain, ipfs, deployment })
    }

    /// A provider that signs as the `n`th dev account.
    pub fn wallet_provider(&self, n: usize) -> eyre::Result<DynProvider> {
        wallet_provider(&self.chain.rpc_url(), self.chain.dev_key(n))
    }

    /// The address of a deployed contract by the deploy script's name for it.
    pub fn address(&self, name: &str) -> eyre::Result<Address> {
        Ok(self.deployment.address(name)?)
    }
}

/// A provider that signs with `key`.
pub fn wallet_provider(rpc_url: &str, key: B256) -> eyre::Result<DynProvider> {
    Ok(devnet::wallet_provider(rpc_url, PrivateKeySigner::from_bytes(&key)?)?)
}

/// The project's tools, found from this crate's place in the checkout.
pub fn toolchain() -> eyre::Result<Toolchain> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    Ok(Toolchain::at(root.canonicalize()?)?)
}

/// Whether a process with `pid` is still running (and not a zombie).
pub fn process_alive(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        // The state is the field after the parenthesised command name; Z is a zombie.
        Ok(stat) => stat.rsplit(')').next().is_some_and(|rest| !rest.trim_start().starts_with('Z')),
        Err(_) => false,
    }
}
