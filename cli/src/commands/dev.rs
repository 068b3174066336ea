//! `medvault dev`: the local stack for interactive use, kept running until Ctrl-C, on free ports
//! (several stacks run side by side); and `medvault dev faucet`, test ETH and MVT from it.
//!
//! The deployment file goes to the folder `dev` runs in and to a per-user path
//! ([`super::context::user_deployment`]), so commands run from any folder find the stack.

use super::output::say;
use std::{net::SocketAddr, path::PathBuf};

use alloy::{
    primitives::{Address, U256},
    providers::{Provider, ProviderBuilder, ext::AnvilApi},
};
use clap::{Args, Subcommand};
use eyre::{WrapErr, bail, eyre};
use medvault_bindings::med_token::MedToken;
use medvault_devnet::{self as devnet, KeyNodes, Stack, StackOptions, Toolchain};
use medvault_primitives::Deployment;
use serde_json::json;

use super::{context, output::Out, story::Story};

/// Options of `medvault dev`.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub(crate) struct DevArgs {
    #[command(subcommand)]
    command: Option<DevCommand>,
    /// Where to write the deployment (contract addresses) for other commands to read; it is
    /// also written to ~/.local/state/medvault/local.json, for commands run from any folder.
    #[arg(long, env = "MEDVAULT_DEPLOYMENT", default_value = context::LOCAL_DEPLOYMENT)]
    deployment: PathBuf,
    /// Address the relayer's HTTP API listens on [default: a free port on 127.0.0.1].
    #[arg(long, env = "MEDVAULT_LISTEN")]
    listen: Option<SocketAddr>,
    /// The built web page to serve, with this stack's deployment file beside it [default:
    /// web/dist in the checkout; built by `cd web && npm run wasm && npm run build`].
    #[arg(long, value_name = "DIR")]
    web: Option<PathBuf>,
    /// Address the web page is served on [default: a free port on 127.0.0.1].
    #[arg(long, value_name = "ADDR")]
    web_listen: Option<SocketAddr>,
}

/// `medvault dev …`.
#[derive(Debug, Subcommand)]
enum DevCommand {
    /// Send test ETH (for gas) and MVT to an account on the local stack that `medvault dev`
    /// runs (chain 31337 only).
    Faucet {
        /// The account to fund.
        address: Address,
        /// MVT to send (`1000`, `2.5`, `…wei`).
        #[arg(long, default_value = "1000", value_parser = context::parse_mvt)]
        mvt: U256,
        /// ETH to add to its balance, for gas.
        #[arg(long, default_value_t = 10)]
        eth: u64,
        /// The stack's deployment file [default: as every command finds it].
        #[arg(long, env = "MEDVAULT_DEPLOYMENT")]
        deployment: Option<PathBuf>,
        /// Print machine-readable JSON instead of text.
        #[arg(long)]
        json: bool,
    },
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

/// Runs `medvault dev` (or its faucet).
pub(crate) async fn run(args: DevArgs) -> eyre::Result<()> {
    if let Some(DevCommand::Faucet { address, mvt, eth, deployment, json }) = args.command {
        return faucet(Out::new(json), deployment, address, mvt, eth).await;
    }
    let listen = args.listen.unwrap_or_else(devnet::free_listen_addr);
    // Refused before anything starts, not after the stack says it is running.
    if let Err(e) = std::net::TcpListener::bind(listen) {
        bail!(
            "the relayer cannot listen on {listen} ({e}): another program (another `medvault dev`?) \
             uses it; pass another --listen, or none for a free port"
        );
    }
    let mut story = Story::default();
    let mut stack = start_stack(&mut story)?;
    if let Some(dir) = args.deployment.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .wrap_err_with(|| format!("cannot create {}", dir.display()))?;
    }
    let state = tempfile::Builder::new().prefix("medvault-dev-").tempdir()?;
    let committee = start_committee(&mut story, &mut stack, state.path(), 3, 2).await?;
    let relayer_url = format!("http://{listen}");
    stack.write_deployment(&args.deployment, Some(&relayer_url))?;
    // The per-user copy: the newest stack's, removed when it stops (if still this stack's).
    let user_copy = context::user_deployment().and_then(|path| {
        let dir = path.parent()?;
        std::fs::create_dir_all(dir).ok()?;
        stack.write_deployment(&path, Some(&relayer_url)).ok()?;
        std::fs::read(&path).ok().map(|written| (path, written))
    });

    story.step("Start the relayer");
    let config = stack.serve_config(state.path(), &args.deployment, listen, &[])?;
    story.fact("relayer API", &relayer_url);

    let page = start_page(
        &mut story,
        args.web.clone().unwrap_or_else(|| stack.tools.root().join("web/dist")),
        &args.deployment,
        args.web_listen,
    )
    .await?;

    story.step("The local stack is running");
    story.fact("deployment file", args.deployment.display());
    if let Some((path, _)) = &user_copy {
        story.fact("and its copy", path.display());
    }
    story.detail(
        "It names the contracts and these endpoints; `medvault provider|patient|researcher …` read it",
    );
    story.detail("from this folder, or from any folder through the copy.");
    story.detail(
        "Fund any new account with test ETH (for gas) and MVT: `medvault dev faucet <address>`.",
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
    if let Some(page) = page {
        page.abort();
    }
    if let Some((path, written)) = user_copy
        && std::fs::read(&path).is_ok_and(|now| now == written)
    {
        let _ = std::fs::remove_file(&path);
    }
    drop(committee);
    drop(stack);
    served
}

/// Serves the built web page in `dist` with the deployment file at `deployment` beside it, on
/// `listen` (default: a free port), telling the story; `None` (and how to build it) when `dist` is
/// not built. The task ends when aborted.
pub(crate) async fn start_page(
    story: &mut Story,
    dist: PathBuf,
    deployment: &std::path::Path,
    listen: Option<SocketAddr>,
) -> eyre::Result<Option<tokio::task::JoinHandle<()>>> {
    if !dist.join("index.html").is_file() {
        story.detail(format!(
            "The web page is not built ({} has no index.html): `cd web && npm run wasm && npm run build`.",
            dist.display()
        ));
        return Ok(None);
    }
    let deployment = std::fs::read(deployment)
        .wrap_err_with(|| format!("cannot read {}", deployment.display()))?;
    let addr = listen.unwrap_or_else(devnet::free_listen_addr);
    let listener = tokio::net::TcpListener::bind(addr).await.wrap_err_with(|| {
        format!("the web page cannot be served on {addr}: pass another --web-listen")
    })?;
    story.step("Serve the web page");
    story.fact("web page", format!("http://{addr}/"));
    story.detail(
        "Open it in a browser with a wallet (MetaMask, Rabby…); it adds this chain to the wallet.",
    );
    Ok(Some(tokio::spawn(serve_page(listener, dist, deployment))))
}

/// Serves the static files of the built page in `dist`, and `/deployment.json` (this stack's
/// deployment file, which tells the page where the chain, the relayer, IPFS and the key nodes
/// are), as any static host would.
async fn serve_page(listener: tokio::net::TcpListener, dist: PathBuf, deployment: Vec<u8>) {
    use axum::{Router, http::header, routing::get};
    let app = Router::new()
        .route(
            "/deployment.json",
            get(move || async move {
                (
                    [
                        (header::CONTENT_TYPE, "application/json"),
                        (header::CACHE_CONTROL, "no-store"),
                    ],
                    deployment,
                )
            }),
        )
        .fallback_service(tower_http::services::ServeDir::new(dist));
    if let Err(e) = axum::serve(listener, app).await {
        say!("the web page stopped: {e}");
    }
}

/// The chain id of anvil's local chain, where the faucet works.
const LOCAL_CHAIN_ID: u64 = 31_337;

/// `medvault dev faucet`: adds `eth` ETH to `address`'s balance (anvil's `anvil_setBalance`) and
/// sends it `mvt` from the deployer, which holds the local supply (one of anvil's unlocked dev
/// accounts, so the node signs).
async fn faucet(
    out: Out,
    deployment: Option<PathBuf>,
    address: Address,
    mvt: U256,
    eth: u64,
) -> eyre::Result<()> {
    let file = context::find_deployment(deployment.as_deref())?;
    let deployment = Deployment::load(&file)
        .map_err(|e| eyre!("cannot read the deployment {}: {e}", file.display()))?;
    let rpc = deployment.endpoints.rpc_url.clone().ok_or_else(|| {
        eyre!("{} names no chain endpoint: is it a `medvault dev` deployment?", file.display())
    })?;
    let chain = ProviderBuilder::new().connect_http(rpc.parse().wrap_err("the chain's URL")?);
    let chain_id = chain.get_chain_id().await.wrap_err_with(|| {
        format!("cannot reach the chain at {rpc}: is `medvault dev` still running?")
    })?;
    if chain_id != LOCAL_CHAIN_ID || deployment.chain_id != LOCAL_CHAIN_ID {
        bail!(
            "the faucet serves the local chain of `medvault dev` only; {rpc} is chain {chain_id}"
        );
    }
    let wei = U256::from(eth) * U256::from(10u64).pow(U256::from(18));
    let balance = chain.get_balance(address).await?;
    chain.anvil_set_balance(address, balance + wei).await.wrap_err("anvil_setBalance")?;
    let treasury = *chain
        .get_accounts()
        .await?
        .first()
        .ok_or_else(|| eyre!("the local chain has no unlocked dev account to send MVT from"))?;
    let token = MedToken::new(deployment.contracts.token, &chain);
    if !mvt.is_zero() {
        token
            .transfer(address, mvt)
            .from(treasury)
            .send()
            .await
            .map_err(|e| context::call_error("sending MVT from the local supply", e))?
            .get_receipt()
            .await?;
    }
    let tokens = token.balanceOf(address).call().await?;
    let ether = chain.get_balance(address).await?;
    out.report(
        &format!("funded {address}"),
        json!({
            "account": address,
            "ethBalance": ether.to_string(),
            "balance": tokens.to_string(),
        }),
    );
    Ok(())
}
