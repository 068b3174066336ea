//! `medvault deploy`: deploys the suite to any EVM chain from a keystore account and writes the
//! per-chain deployment file (`deployments/<chain-id>.json`) the relayer and the CLI read.

use std::path::PathBuf;

use alloy::{primitives::Address, providers::Provider};
use clap::Args;
use eyre::{WrapErr, eyre};
use medvault_devnet::{self as devnet, Toolchain};
use serde_json::json;

use super::{
    context::{Globals, connect},
    keystore,
    output::Out,
};

/// Options of `medvault deploy`.
#[derive(Debug, Args)]
pub(crate) struct DeployArgs {
    #[command(flatten)]
    globals: Globals,
    /// The relayer's account, which receives the relayer's roles.
    #[arg(long)]
    relayer_address: Address,
    /// Accounts that receive test tokens (local chains only), comma separated.
    #[arg(long, value_delimiter = ',')]
    faucet: Vec<Address>,
    /// Where to write the deployment; `deployments/<chain-id>.json` if omitted.
    #[arg(long)]
    out: Option<PathBuf>,
}

/// Runs `medvault deploy`.
pub(crate) async fn run(args: DeployArgs) -> eyre::Result<()> {
    let out = Out::new(args.globals.json);
    let path =
        args.globals.keystore.clone().ok_or_else(|| {
            eyre!("which deployer? pass --keystore PATH or set MEDVAULT_KEYSTORE")
        })?;
    let signer = keystore::open(&path, keystore::PASSWORD_ENV)?;
    let deployer = signer.address();
    let rpc = args.globals.rpc_url_or_default();
    let chain = connect(&rpc, signer.clone())?;
    let chain_id = chain.get_chain_id().await.wrap_err_with(|| {
        format!("cannot reach the chain at {rpc}: check --rpc-url / MEDVAULT_RPC_URL")
    })?;
    let tools = Toolchain::discover().wrap_err(
        "cannot find the medvault checkout (forge and the contracts): run from it or set MEDVAULT_ROOT",
    )?;
    out.note(format!("deploying the suite to chain {chain_id} from {deployer}…"));
    let relayer = args.relayer_address;
    let faucet = args.faucet.clone();
    let key = signer.to_bytes();
    let deployment =
        tokio::task::spawn_blocking(move || devnet::deploy(&tools, &rpc, key, relayer, &faucet))
            .await?
            .wrap_err("the deploy script failed (does the deployer hold ETH for gas?)")?;
    let file = args.out.unwrap_or_else(|| PathBuf::from(format!("deployments/{chain_id}.json")));
    if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    deployment.save(&file)?;
    out.report(
        "deployed",
        json!({
            "chainId": deployment.chain_id,
            "deployer": deployer,
            "deployment": file.display().to_string(),
            "contracts": deployment.contracts,
        }),
    );
    Ok(())
}
