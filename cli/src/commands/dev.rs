//! `medvault dev`: the local stack for interactive use, kept running until Ctrl-C.

use std::{net::SocketAddr, path::PathBuf};

use clap::Args;
use eyre::WrapErr;
use medvault_devnet::{self as devnet, Chain, IpfsNode, Toolchain};

use super::story::Story;

/// Options of `medvault dev`.
#[derive(Debug, Args)]
pub(crate) struct DevArgs {
    /// Where to write the deployment (contract addresses) for other commands to read.
    #[arg(long, env = "MEDVAULT_DEPLOYMENT", default_value = "deployments/local.json")]
    deployment: PathBuf,
    /// Address the relayer's HTTP API listens on.
    #[arg(long, env = "MEDVAULT_LISTEN", default_value = "127.0.0.1:8080")]
    listen: SocketAddr,
}

/// Index of the anvil dev account the relayer signs with.
pub(crate) const RELAYER: usize = devnet::DEV_RELAYER;

/// A running local stack: chain, IPFS node and deployment. Stops everything on drop.
pub(crate) struct LocalStack {
    pub(crate) chain: Chain,
    pub(crate) ipfs: IpfsNode,
    pub(crate) deployment: devnet::Deployment,
}

impl LocalStack {
    /// Starts anvil and IPFS and deploys the suite, telling the story as it goes.
    pub(crate) fn start(story: &mut Story) -> eyre::Result<Self> {
        let tools = Toolchain::discover()?;
        story.step("Start a local Ethereum chain (anvil) and an IPFS node");
        let chain = Chain::start(&tools)?;
        story.fact("chain RPC", chain.rpc_url());
        story.fact("chain id", chain.chain_id());
        let ipfs = IpfsNode::start(&tools)?;
        story.fact("IPFS API", ipfs.api_url());

        story.step("Deploy the medvault contracts with the Solidity deploy script");
        let deployment = devnet::deploy_dev(&tools, &chain)?;
        for (name, address) in deployment.contracts.named() {
            story.fact(name, address);
        }
        Ok(Self { chain, ipfs, deployment })
    }
}

/// Runs `medvault dev`.
pub(crate) async fn run(args: DevArgs) -> eyre::Result<()> {
    let mut story = Story::default();
    let stack = LocalStack::start(&mut story)?;
    if let Some(dir) = args.deployment.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .wrap_err_with(|| format!("cannot create {}", dir.display()))?;
    }
    // The deployment file also says where this stack answers, so the CLI finds it on its own.
    let mut deployment = stack.deployment.clone();
    deployment.endpoints = devnet::Endpoints {
        rpc_url: Some(stack.chain.rpc_url()),
        relayer_url: Some(format!("http://{}", args.listen)),
        ipfs_url: Some(stack.ipfs.api_url().to_string()),
    };
    deployment.save(&args.deployment)?;

    story.step("Start the relayer");
    let state = tempfile::Builder::new().prefix("medvault-dev-").tempdir()?;
    let config = medvault_relayer::ServeConfig {
        rpc_url: stack.chain.rpc_url(),
        ipfs_api_url: stack.ipfs.api_url().to_string(),
        ipfs_backup_url: None,
        ipfs_timeout_secs: 60,
        db: state.path().join("relayer.db"),
        deployment: args.deployment.clone(),
        signer_key: stack
            .chain
            .dev_key(RELAYER)
            .to_string()
            .parse()
            .map_err(|e: String| eyre::eyre!(e))?,
        listen: args.listen,
        batch_max_records: 2000,
        batch_window_ms: 500,
        max_record_bytes: 1 << 20,
        max_records_per_request: 1000,
        max_body_bytes: 64 << 20,
        confirmations: 1,
        api: Default::default(),
    };
    story.fact("relayer API", format!("http://{}", args.listen));

    story.step("The local stack is running");
    story.fact("deployment file", args.deployment.display());
    story.detail(
        "It names the contracts and these endpoints; `medvault provider|patient|researcher …` read it.",
    );
    story.fact("relayer account", stack.chain.dev_address(RELAYER));
    story.detail("Funded dev accounts (anvil's well-known test keys, never use them elsewhere):");
    for i in 0..stack.chain.dev_accounts() {
        story.detail(format!(
            "  {i}: {}  key {}",
            stack.chain.dev_address(i),
            stack.chain.dev_key(i)
        ));
    }
    story.detail("Press Ctrl-C to stop the relayer, the chain and the IPFS node.");
    let served = medvault_relayer::serve(config, super::shutdown_signal()).await;
    println!("\nstopping…");
    drop(stack);
    served
}
