//! medvault-devnet: the local stack and the test kit, for `medvault dev`, the demo, the benches and
//! every end-to-end test: an anvil chain, an IPFS node serving the Kubo RPC API, the contracts
//! deployed by the Solidity deploy script ([`Stack`] holds all three), and a relayer on them,
//! in-process ([`InProcessRelayer`]) or as a child process ([`RelayerProcess`]).
//!
//! Every process started here runs on a free port in a temporary directory and is stopped when its
//! handle is dropped, so a test or a Ctrl-C leaves nothing behind. The tools come from the project's
//! own install (`scripts/setup`); a missing one is reported with the command that fixes it.

use std::{
    collections::BTreeMap,
    io::{BufRead, BufReader},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::mpsc,
    time::Duration,
};

use alloy::{
    network::EthereumWallet,
    node_bindings::{Anvil, AnvilInstance},
    primitives::{Address, B256},
    providers::{DynProvider, Provider, ProviderBuilder},
    signers::local::PrivateKeySigner,
};
pub use committee::{KeyNodeProcess, KeyNodes, publish_committee};
pub use medvault_primitives::{Contracts, Deployment, Endpoints};
pub use relayer::{HEALTHY_WITHIN, InProcessRelayer, RelayerProcess, free_listen_addr};
pub use stack::{Deadline, Stack, StackOptions, free_port, process_alive, toolchain, wait_healthy};

pub mod committee;
pub mod observer;
mod relayer;
mod stack;
pub mod testkit;

/// What can go wrong while starting or driving the local stack.
#[derive(Debug, thiserror::Error)]
pub enum DevnetError {
    /// A tool the project installs is not where `scripts/setup` puts it.
    #[error("{tool} not found at {}: run scripts/setup", path.display())]
    MissingTool {
        /// Name of the tool.
        tool: &'static str,
        /// Where it was looked for.
        path: PathBuf,
    },
    /// The project root (the folder holding foundry.toml) could not be found.
    #[error(
        "cannot find the medvault checkout (a folder with foundry.toml) from {}: run from the \
         repository or set MEDVAULT_ROOT",
        from.display()
    )]
    NoProjectRoot {
        /// Where the search started.
        from: PathBuf,
    },
    /// anvil failed to start.
    #[error("anvil failed to start: {0}")]
    Anvil(String),
    /// A chain endpoint that is not a URL.
    #[error("{0} is not a URL")]
    BadUrl(String),
    /// The IPFS node failed to start or did not become ready in time.
    #[error("IPFS node failed to start: {0}")]
    Ipfs(String),
    /// The deploy script failed.
    #[error("deploy script failed: {0}")]
    Deploy(String),
    /// A relayer did not come up.
    #[error("relayer failed to start: {0}")]
    Relayer(String),
    /// A deployment file could not be read or written.
    #[error(transparent)]
    DeploymentFile(#[from] medvault_primitives::deployment::DeploymentError),
    /// An I/O error while managing a process or a file.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// Result alias for the local stack.
pub type Result<T, E = DevnetError> = std::result::Result<T, E>;

/// Where the project's installed tools are.
#[derive(Debug, Clone)]
pub struct Toolchain {
    root: PathBuf,
}

impl Toolchain {
    /// Finds the checkout from `MEDVAULT_ROOT`, else by walking up from the current directory.
    pub fn discover() -> Result<Self> {
        if let Some(root) = std::env::var_os("MEDVAULT_ROOT") {
            return Self::at(PathBuf::from(root));
        }
        let cwd = std::env::current_dir()?;
        cwd.ancestors()
            .find(|dir| dir.join("foundry.toml").is_file())
            .map(|dir| Self { root: dir.to_path_buf() })
            .ok_or(DevnetError::NoProjectRoot { from: cwd })
    }

    /// Uses the checkout at `root`.
    pub fn at(root: impl Into<PathBuf>) -> Result<Self> {
        let root = root.into();
        if root.join("foundry.toml").is_file() {
            Ok(Self { root })
        } else {
            Err(DevnetError::NoProjectRoot { from: root })
        }
    }

    /// The checkout's root folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The native anvil binary (not the node wrapper in `.bin`, which would outlive a kill).
    pub fn anvil(&self) -> Result<PathBuf> {
        self.tool("anvil", &foundry_native("anvil"))
    }

    /// The native forge binary.
    pub fn forge(&self) -> Result<PathBuf> {
        self.tool("forge", &foundry_native("forge"))
    }

    /// The js-ipfs command line (a node script run directly, so its pid is the daemon's).
    pub fn jsipfs(&self) -> Result<PathBuf> {
        self.tool("jsipfs", "tools/ipfs/node_modules/.bin/jsipfs")
    }

    fn tool(&self, tool: &'static str, rel: &str) -> Result<PathBuf> {
        let path = self.root.join(rel);
        if path.is_file() { Ok(path) } else { Err(DevnetError::MissingTool { tool, path }) }
    }
}

fn foundry_native(tool: &str) -> String {
    let arch = if cfg!(target_arch = "aarch64") { "arm64" } else { "amd64" };
    format!("node_modules/@foundry-rs/{tool}-linux-{arch}/bin/{tool}")
}

/// How a [`Chain`] makes blocks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Mining {
    /// A block as soon as transactions are ready (anvil's automine), and also one every `interval`
    /// with whatever the pool holds. Automine alone can leave a ready transaction in the pool until
    /// the next one arrives (foundry-rs/foundry#10122): under a burst from one sender, its last
    /// transaction can wait for good. The interval block picks such a transaction up.
    Mixed {
        /// Time between interval blocks.
        interval: Duration,
    },
    /// A block every `interval` with whatever the pool holds, and no other: as a real chain makes
    /// them.
    Interval {
        /// Time between blocks.
        interval: Duration,
    },
    /// Automine only, so that `anvil_setAutomine` can switch mining off and on: for tests that
    /// decide themselves when blocks are made.
    Auto,
}

impl Default for Mining {
    /// Automine with a block every second besides, as a chain that a user works against expects.
    fn default() -> Self {
        Self::Mixed { interval: Duration::from_secs(1) }
    }
}

/// A running anvil chain; stopped on drop.
#[derive(Debug)]
pub struct Chain {
    anvil: AnvilInstance,
}

impl Chain {
    /// Starts anvil on a free port with its default funded dev accounts, mining as
    /// [`Mining::default`] does.
    pub fn start(tools: &Toolchain) -> Result<Self> {
        Self::start_mining(tools, Mining::default())
    }

    /// Starts anvil on a free port with its default funded dev accounts, mining as `mining` says.
    pub fn start_mining(tools: &Toolchain, mining: Mining) -> Result<Self> {
        Self::spawn(Anvil::at(tools.anvil()?), mining)
    }

    /// Starts anvil as [`Chain::start`] does, but under `chain_id`: a chain other than the local
    /// one (31337), on which the deploy script makes a production deployment.
    pub fn start_as(tools: &Toolchain, chain_id: u64) -> Result<Self> {
        Self::spawn(Anvil::at(tools.anvil()?).chain_id(chain_id), Mining::default())
    }

    fn spawn(mut anvil: Anvil, mining: Mining) -> Result<Self> {
        match mining {
            Mining::Mixed { interval } => {
                anvil = anvil.arg("--mixed-mining").block_time_f64(interval.as_secs_f64());
            }
            Mining::Interval { interval } => anvil = anvil.block_time_f64(interval.as_secs_f64()),
            Mining::Auto => {}
        }
        // The launcher reads the keys and the port from anvil's banner, then closes the pipe.
        let anvil = anvil.try_spawn().map_err(|e| DevnetError::Anvil(e.to_string()))?;
        Ok(Self { anvil })
    }

    /// HTTP JSON-RPC endpoint.
    pub fn rpc_url(&self) -> String {
        self.anvil.endpoint()
    }

    /// A provider on this chain that signs with `signer`.
    pub fn wallet(&self, signer: &PrivateKeySigner) -> DynProvider {
        wallet_provider(&self.rpc_url(), signer.clone()).expect("anvil's endpoint is a URL")
    }

    /// Chain id.
    pub fn chain_id(&self) -> u64 {
        self.anvil.chain_id()
    }

    /// The private key of the `n`th funded dev account.
    pub fn dev_key(&self, n: usize) -> B256 {
        B256::from_slice(&self.anvil.keys()[n].to_bytes())
    }

    /// The address of the `n`th funded dev account.
    pub fn dev_address(&self, n: usize) -> Address {
        self.anvil.addresses()[n]
    }

    /// Number of funded dev accounts.
    pub fn dev_accounts(&self) -> usize {
        self.anvil.addresses().len()
    }

    /// The anvil process id.
    pub fn pid(&self) -> u32 {
        self.anvil.child().id()
    }
}

/// A running IPFS node (js-ipfs, offline) with its repository in a temporary directory; stopped on drop.
#[derive(Debug)]
pub struct IpfsNode {
    child: Child,
    api_url: String,
    _repo: tempfile::TempDir,
}

impl IpfsNode {
    /// How long a daemon may take to become ready.
    const READY_TIMEOUT: Duration = Duration::from_secs(90);

    /// Initialises a fresh repository and starts the daemon on free ports.
    pub fn start(tools: &Toolchain) -> Result<Self> {
        let jsipfs = tools.jsipfs()?;
        let repo = tempfile::Builder::new().prefix("medvault-ipfs-").tempdir()?;

        let init = Command::new(&jsipfs)
            .args(["init", "--profile", "test"])
            .env("IPFS_PATH", repo.path())
            .stdin(Stdio::null())
            .output()?;
        if !init.status.success() {
            return Err(DevnetError::Ipfs(format!(
                "`jsipfs init` failed: {}",
                String::from_utf8_lossy(&init.stderr).trim()
            )));
        }
        configure_local(&repo.path().join("config"))?;

        let mut child = Command::new(&jsipfs)
            .args(["daemon", "--offline"])
            .env("IPFS_PATH", repo.path())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;

        let (tx, rx) = mpsc::channel();
        let stdout = child.stdout.take().expect("stdout is piped");
        let stderr = child.stderr.take().expect("stderr is piped");
        let err_tx = tx.clone();
        // Drain both pipes for the daemon's whole life so it never blocks on a full pipe.
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = err_tx.send(format!("stderr: {line}"));
            }
        });

        let deadline = std::time::Instant::now() + Self::READY_TIMEOUT;
        let mut api_url = None;
        let mut seen = Vec::new();
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            let line = match rx.recv_timeout(left) {
                Ok(line) => line,
                Err(_) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(DevnetError::Ipfs(format!(
                        "not ready after {:?}; output:\n{}",
                        Self::READY_TIMEOUT,
                        seen.join("\n")
                    )));
                }
            };
            if let Some(addr) = line.strip_prefix("HTTP API listening on ") {
                api_url = multiaddr_to_http(addr.trim());
            }
            if line.contains("Daemon is ready") {
                break;
            }
            seen.push(line);
        }
        let api_url = api_url.ok_or_else(|| {
            DevnetError::Ipfs(format!("daemon did not print its API address:\n{}", seen.join("\n")))
        })?;
        Ok(Self { child, api_url, _repo: repo })
    }

    /// Base URL of the Kubo RPC API, e.g. `http://127.0.0.1:5001`.
    pub fn api_url(&self) -> &str {
        &self.api_url
    }

    /// The daemon's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for IpfsNode {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Points every listener of a fresh js-ipfs repository at a free port, so nodes can run side by side.
/// Makes the fresh repository a local node: every listener on a free loopback port, and no
/// content routing. The daemon runs `--offline`, so announcing provider records to a DHT has no
/// one to reach; js-ipfs still writes one per block to its datastore, which doubled its CPU per
/// byte added (`Routing.Type = none` turns that off; measured: 140 → 70 CPU ticks per 80 MB).
/// Its RPC API answers pages of any origin (CORS), for the web page.
fn configure_local(config: &Path) -> Result<()> {
    let raw = std::fs::read_to_string(config)?;
    let mut json: serde_json::Value = serde_json::from_str(&raw)
        .map_err(|e| DevnetError::Ipfs(format!("unreadable repo config: {e}")))?;
    let addrs = &mut json["Addresses"];
    addrs["API"] = "/ip4/127.0.0.1/tcp/0".into();
    addrs["Gateway"] = "/ip4/127.0.0.1/tcp/0".into();
    addrs["RPC"] = "/ip4/127.0.0.1/tcp/0/ws".into();
    addrs["Swarm"] = serde_json::json!(["/ip4/127.0.0.1/tcp/0"]);
    json["Routing"] = serde_json::json!({ "Type": "none" });
    // The web page reads ciphertext from this node from the user's browser (any origin: the
    // page's port is free too). A local node on loopback only; production pages read through a
    // gateway or the operator's own node.
    json["API"]["HTTPHeaders"] = serde_json::json!({
        "Access-Control-Allow-Origin": ["*"],
        "Access-Control-Allow-Methods": ["GET", "POST"],
    });
    std::fs::write(config, serde_json::to_vec_pretty(&json).expect("a JSON value serialises"))?;
    Ok(())
}

/// `/ip4/127.0.0.1/tcp/5001/http` → `http://127.0.0.1:5001`.
fn multiaddr_to_http(addr: &str) -> Option<String> {
    let parts: Vec<&str> = addr.split('/').collect();
    match parts.as_slice() {
        ["", "ip4", host, "tcp", port, ..] => Some(format!("http://{host}:{port}")),
        _ => None,
    }
}

/// A provider on the chain at `rpc_url` that signs (and fills nonce, gas and fees) with `signer`.
pub fn wallet_provider(rpc_url: &str, signer: PrivateKeySigner) -> Result<DynProvider> {
    let url = rpc_url.parse().map_err(|_| DevnetError::BadUrl(rpc_url.to_string()))?;
    Ok(ProviderBuilder::new().wallet(EthereumWallet::from(signer)).connect_http(url).erased())
}

/// Index of the dev account that deploys and administers the suite on a local chain.
pub const DEV_DEPLOYER: usize = 0;
/// Index of the dev account the relayer signs with on a local chain.
pub const DEV_RELAYER: usize = 9;

/// Deploys the suite on a local chain the way `medvault dev`, the demo and the tests share:
/// deployed by [`DEV_DEPLOYER`], the relayer's roles to [`DEV_RELAYER`], dev tokens to every other
/// dev account.
pub fn deploy_dev(tools: &Toolchain, chain: &Chain) -> Result<Deployment> {
    let faucet: Vec<Address> = (1..chain.dev_accounts()).map(|i| chain.dev_address(i)).collect();
    deploy(
        tools,
        &chain.rpc_url(),
        chain.dev_key(DEV_DEPLOYER),
        chain.dev_address(DEV_RELAYER),
        &faucet,
        None,
    )
}

/// Who holds each power of a production deployment (the deploy script's `Roles`, but the relayer):
/// each a different key, none the deployer's. The timelock this deployment creates administers
/// every contract; `admin` proposes and cancels its operations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProductionRoles {
    /// Proposes and cancels timelocked operations (a multisig).
    pub admin: Address,
    /// Attests researchers.
    pub attester: Address,
    /// Certifies providers directly.
    pub certifier: Address,
    /// Resolves disputed trades.
    pub arbiter: Address,
    /// Sets the key committee.
    pub committee_admin: Address,
    /// Sends forfeits to the treasury.
    pub treasurer: Address,
    /// Receives the token supply, forfeits and fees.
    pub treasury: Address,
}

impl ProductionRoles {
    fn env(&self) -> [(&'static str, Address); 7] {
        [
            ("MEDVAULT_ADMIN", self.admin),
            ("MEDVAULT_ATTESTER", self.attester),
            ("MEDVAULT_CERTIFIER", self.certifier),
            ("MEDVAULT_ARBITER", self.arbiter),
            ("MEDVAULT_COMMITTEE_ADMIN", self.committee_admin),
            ("MEDVAULT_TREASURER", self.treasurer),
            ("MEDVAULT_TREASURY", self.treasury),
        ]
    }
}

/// Deploys the suite with `contracts/script/Deploy.s.sol`, broadcasting from `deployer_key`.
///
/// `relayer` receives the relayer's roles; `faucet` accounts get dev tokens on local chains. On a
/// local chain (31337) the deployer holds every other role; on any other the script makes the
/// production deployment and needs `roles`.
pub fn deploy(
    tools: &Toolchain,
    rpc_url: &str,
    deployer_key: B256,
    relayer: Address,
    faucet: &[Address],
    roles: Option<&ProductionRoles>,
) -> Result<Deployment> {
    let forge = tools.forge()?;
    let faucet = faucet.iter().map(|a| a.to_string()).collect::<Vec<_>>().join(",");
    let mut command = Command::new(forge);
    for (name, address) in roles.map(ProductionRoles::env).into_iter().flatten() {
        command.env(name, address.to_string());
    }
    let output = command
        .current_dir(tools.root())
        .args([
            "script",
            "contracts/script/Deploy.s.sol",
            "--rpc-url",
            rpc_url,
            "--broadcast",
            // One transaction at a time, each after the previous is mined: sent concurrently, a
            // loaded anvil can take them out of order and leave the later nonces queued for good.
            "--slow",
            "--json",
        ])
        // Through the environment, not argv: a command line is visible to every user of the machine.
        .env("MEDVAULT_DEPLOYER_KEY", deployer_key.to_string())
        .env("MEDVAULT_RELAYER", relayer.to_string())
        .env("MEDVAULT_FAUCET", if faucet.is_empty() { ",".to_string() } else { faucet })
        .stdin(Stdio::null())
        .output()?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        return Err(DevnetError::Deploy(format!(
            "{}{}",
            String::from_utf8_lossy(&output.stderr).trim(),
            stdout.trim()
        )));
    }
    parse_script_output(&stdout)
}

/// Reads the deploy script's returned addresses, start block and the chain id from
/// `forge script --json` output.
fn parse_script_output(stdout: &str) -> Result<Deployment> {
    let mut contracts = BTreeMap::new();
    let mut chain_id = None;
    let mut start_block = None;
    for line in stdout.lines().filter(|l| l.starts_with('{')) {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if let Some(returns) = value.get("returns").and_then(|r| r.as_object()) {
            for (name, ret) in returns {
                let Some(text) = ret.get("value").and_then(|v| v.as_str()) else {
                    continue;
                };
                if name == "startBlock" {
                    start_block = text.parse::<u64>().ok();
                } else if let Ok(addr) = text.parse() {
                    contracts.insert(name.clone(), addr);
                }
            }
        }
        if let Some(id) = value.get("chain").and_then(|c| c.as_u64()) {
            chain_id = Some(id);
        }
    }
    if contracts.is_empty() {
        return Err(DevnetError::Deploy(format!("no addresses in the script output:\n{stdout}")));
    }
    let chain_id = chain_id
        .ok_or_else(|| DevnetError::Deploy("the script output names no chain id".into()))?;
    let start_block = start_block.ok_or_else(|| {
        DevnetError::Deploy("the script output names no start block (startBlock)".into())
    })?;
    let mut take = |name: &str| {
        contracts.remove(name).ok_or_else(|| {
            DevnetError::Deploy(format!("the script output names no `{name}` address:\n{stdout}"))
        })
    };
    let contracts = Contracts {
        forwarder: take("forwarder")?,
        token: take("token")?,
        accounts: take("accounts")?,
        providers: take("providers")?,
        records: take("records")?,
        consent: take("consent")?,
        market: take("market")?,
        committee: take("committee")?,
        // Older scripts returned none; a local deployment returns zero.
        timelock: contracts.remove("timelock").unwrap_or_default(),
    };
    Ok(Deployment { chain_id, contracts, start_block, endpoints: Endpoints::default() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multiaddr_becomes_http_url() {
        assert_eq!(
            multiaddr_to_http("/ip4/127.0.0.1/tcp/45123/http").as_deref(),
            Some("http://127.0.0.1:45123")
        );
        assert_eq!(multiaddr_to_http("/dns4/example/tcp/1"), None);
    }

    #[test]
    fn script_output_yields_addresses_and_chain() {
        let names =
            ["forwarder", "token", "accounts", "providers", "consent", "market", "committee"];
        let others: String = names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                format!(
                    r#""{n}":{{"internal_type":"address","value":"{}"}},"#,
                    Address::repeat_byte(i as u8 + 1)
                )
            })
            .collect();
        let out = r#"{"logs":[],"returns":{OTHERS"records":{"internal_type":"address","value":"0x5FbDB2315678afecb367f032d93F642f64180aa3"},"startBlock":{"internal_type":"uint256","value":"41"}},"success":true}
{"chain":31337,"estimated_gas_price":"2.000000001"}
{"status":"success"}"#
            .replace("OTHERS", &others);
        let d = parse_script_output(&out).unwrap();
        assert_eq!(d.chain_id, 31337);
        assert_eq!(d.start_block, 41);
        assert_eq!(
            d.contracts.records,
            "0x5FbDB2315678afecb367f032d93F642f64180aa3".parse::<Address>().unwrap()
        );
        assert_eq!(d.contracts.market, Address::repeat_byte(6));
        let without_market = out.replace(r#""market""#, r#""other""#);
        let err = parse_script_output(&without_market).unwrap_err().to_string();
        assert!(err.contains("`market`"), "{err}");
    }

    #[test]
    fn a_missing_tool_names_itself_and_the_fix() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("foundry.toml"), "").unwrap();
        let tools = Toolchain::at(dir.path()).unwrap();
        for err in
            [tools.anvil().unwrap_err(), tools.forge().unwrap_err(), tools.jsipfs().unwrap_err()]
        {
            let line = err.to_string();
            assert!(line.contains("not found at") && line.ends_with("run scripts/setup"), "{line}");
            assert!(!line.contains('\n'), "one line: {line}");
        }
    }

    #[test]
    fn a_folder_without_foundry_toml_is_not_a_checkout() {
        let dir = tempfile::tempdir().unwrap();
        let err = Toolchain::at(dir.path()).unwrap_err().to_string();
        assert!(err.contains("MEDVAULT_ROOT"), "{err}");
    }

    #[test]
    fn script_output_without_returns_is_an_error() {
        assert!(matches!(parse_script_output("{\"chain\":1}"), Err(DevnetError::Deploy(_))));
    }
}
