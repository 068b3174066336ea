//! `medvault dev`: the local stack for interactive use, kept running until Ctrl-C.

use super::output::say;
use std::{net::SocketAddr, path::PathBuf};

use clap::Args;
use eyre::WrapErr;
use medvault_devnet::{self as devnet, KeyNodes, Stack, StackOptions, Toolchain};

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

/// Starts the local stack (anvil, IPFS, the deployed suite), telling the story as it goes.
pub(crate) fn start_stack(story: &mut Story) -> eyre::Result<Stack> {
    let tools = Toolchain::discover()?;
    story.step("Start a local Ethereum chain (anvil) and an IPFS node");
    let stack = Stack::start_with(StackOptions { tools: Some(tools), ..StackOptions::default() })?;
    story.fact("chain RPC", stack.chain.rpc_url());
    story.fact("chain id", stack.chain.chain_id());
    story.fact("IPFS API", stack.ipfs.api_url());
    story.step("Deploy the medvault contracts with the Solidity deploy script");
    for (name, address) in stack.deployment.contracts.named() {
        story.fact(name, address);
    }
    Ok(stack)
}

/// Starts `n` key nodes (threshold `t`) as `medvault keynode` processes of this binary, with their
/// stores under `dir`; they generate the committee key together and the admin publishes it.
pub(crate) async fn start_committee(
    story: &mut Story,
    stack: &mut Stack,
    dir: &std::path::Path,
    n: u16,
    t: u16,
) -> eyre::Result<KeyNodes> {
    story.step(format!(
        "Start the key committee: {n} key nodes, any {t} of which release a key the chain allows"
    ));
    let exe = std::env::current_exe().wrap_err("cannot find this program to run key nodes")?;
    let nodes = KeyNodes::start(
        stack,
        || {
            let mut c = std::process::Command::new(&exe);
            c.arg("keynode").env("RUST_LOG", "warn");
            c
        },
        n,
        t,
        dir,
    )
    .await?;
    story.detail("They ran a distributed key generation: none of them ever held the whole key.");
    for node in &nodes.nodes {
        story.fact("key node", format!("{} (account {})", node.url, node.address));
    }
    Ok(nodes)
}

/// Runs `medvault dev`.
pub(crate) async fn run(args: DevArgs) -> eyre::Result<()> {
    let mut story = Story::default();
    let mut stack = start_stack(&mut story)?;
    if let Some(dir) = args.deployment.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .wrap_err_with(|| format!("cannot create {}", dir.display()))?;
    }
    let state = tempfile::Builder::new().prefix("medvault-dev-").tempdir()?;
    let committee = start_committee(&mut story, &mut stack, state.path(), 3, 2).await?;
    stack.write_deployment(&args.deployment, Some(&format!("http://{}", args.listen)))?;

    story.step("Start the relayer");
    let config = stack.serve_config(state.path(), &args.deployment, args.listen, &[])?;
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
    say!("\nstopping…");
    drop(committee);
    drop(stack);
    served
}
