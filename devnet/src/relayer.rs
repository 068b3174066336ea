//! A relayer on a [`Stack`]: in-process (tests, the demo, `medvault dev`, benches) or as a child
//! process (crash tests, the CLI's end-to-end suite), with `medvault serve`'s own defaults for every
//! setting not given.

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
    process::{Child, Command},
    time::Duration,
};

use clap::Parser;
use medvault_primitives::Endpoints;
use medvault_relayer::ServeConfig;
use tokio::{sync::oneshot, task::JoinHandle};

use crate::{DEV_RELAYER, DevnetError, Result, Stack, free_port, wait_healthy};

/// How long a relayer may take to answer `/health` after it starts.
pub const HEALTHY_WITHIN: Duration = Duration::from_secs(60);

/// `medvault serve`'s flags, so a configuration built here takes the same defaults.
#[derive(Parser)]
struct ServeFlags {
    #[command(flatten)]
    config: ServeConfig,
}

impl Stack {
    /// Writes this stack's deployment to `path`, naming the chain, IPFS and (when given) the
    /// relayer as its endpoints, so the CLI finds them on its own; returns the path.
    pub fn write_deployment(&self, path: &Path, relayer_url: Option<&str>) -> Result<PathBuf> {
        let mut deployment = self.deployment.clone();
        deployment.endpoints = Endpoints {
            rpc_url: Some(self.chain.rpc_url()),
            relayer_url: relayer_url.map(str::to_string),
            ipfs_url: Some(self.ipfs.api_url().to_string()),
            keynode_urls: self.deployment.endpoints.keynode_urls.clone(),
        };
        deployment.save(path)?;
        Ok(path.to_path_buf())
    }

    /// The relayer's settings on this stack as `medvault serve` would take them from `flags`
    /// (`--batch.window-ms=200`, …; every other setting its default, but no relay window unless
    /// `flags` sets one): the chain, IPFS, the relayer
    /// dev key, its database in `dir`, the deployment file `deployment`, listening on `listen`.
    pub fn serve_config(
        &self,
        dir: &Path,
        deployment: &Path,
        listen: SocketAddr,
        flags: &[&str],
    ) -> Result<ServeConfig> {
        let mut args = vec![
            "medvault-serve".to_string(),
            format!("--rpc-url={}", self.chain.rpc_url()),
            format!("--ipfs.api-url={}", self.ipfs.api_url()),
            format!("--db={}", dir.join("relayer.db").display()),
            format!("--deployment={}", deployment.display()),
            format!("--signer-key={}", self.chain.dev_key(DEV_RELAYER)),
            format!("--listen={listen}"),
        ];
        // A local chain mines every call at once and its users time their steps: no relay window.
        if !flags.iter().any(|f| f.starts_with("--relay.window-ms")) {
            args.push("--relay.window-ms=0".into());
        }
        args.extend(flags.iter().map(|f| f.to_string()));
        ServeFlags::try_parse_from(args)
            .map(|f| f.config)
            .map_err(|e| DevnetError::Relayer(format!("relayer settings: {e}")))
    }

    /// The environment that makes `medvault serve` (or `medvault-relayer`) run on this stack:
    /// the same settings as [`Self::serve_config`] with no flags.
    pub fn relayer_env(
        &self,
        dir: &Path,
        deployment: &Path,
        listen: SocketAddr,
    ) -> Vec<(&'static str, String)> {
        vec![
            ("MEDVAULT_RPC_URL", self.chain.rpc_url()),
            ("MEDVAULT_IPFS_API_URL", self.ipfs.api_url().to_string()),
            ("MEDVAULT_DB", dir.join("relayer.db").display().to_string()),
            ("MEDVAULT_DEPLOYMENT", deployment.display().to_string()),
            ("MEDVAULT_RELAYER_KEY", self.chain.dev_key(DEV_RELAYER).to_string()),
            ("MEDVAULT_LISTEN", listen.to_string()),
            ("MEDVAULT_RELAY_WINDOW_MS", "0".into()),
        ]
    }
}

/// A free address on localhost for a relayer to listen on.
pub fn free_listen_addr() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], free_port()))
}

/// A relayer serving in this process, stopped (and awaited) by [`InProcessRelayer::stop`] or on
/// drop.
#[derive(Debug)]
pub struct InProcessRelayer {
    url: String,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<eyre::Result<()>>>,
}

impl InProcessRelayer {
    /// Starts `medvault_relayer::serve(config)` on the current tokio runtime and waits until it
    /// answers `/health`.
    pub async fn start(config: ServeConfig) -> Result<Self> {
        let url = format!("http://{}", config.listen);
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(medvault_relayer::serve(config, async move {
            let _ = stopped.await;
        }));
        let mut relayer = Self { url, stop: Some(stop), task: Some(task) };
        if let Err(e) = wait_healthy(&relayer.url, HEALTHY_WITHIN).await {
            // A relayer that failed to start has ended with the reason.
            return Err(match relayer.stop().await {
                Err(reason) => reason,
                Ok(()) => e,
            });
        }
        Ok(relayer)
    }

    /// The relayer's base URL.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Stops the relayer and waits for it to finish; its error, if it failed.
    pub async fn stop(&mut self) -> Result<()> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        match self.task.take() {
            Some(task) => match task.await {
                Ok(Ok(())) => Ok(()),
                Ok(Err(e)) => Err(DevnetError::Relayer(format!("{e:#}"))),
                Err(e) => Err(DevnetError::Relayer(format!("the relayer task: {e}"))),
            },
            None => Ok(()),
        }
    }
}

impl Drop for InProcessRelayer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// A relayer running as a child process (`medvault serve` or `medvault-relayer`), killed on drop.
#[derive(Debug)]
pub struct RelayerProcess {
    child: Child,
    url: String,
}

impl RelayerProcess {
    /// Spawns `command` (already given its arguments and environment, listening on `listen`) and
    /// waits until it answers `/health`.
    pub async fn spawn(mut command: Command, listen: SocketAddr) -> Result<Self> {
        let child = command.spawn()?;
        let mut process = Self { child, url: format!("http://{listen}") };
        wait_healthy(&process.url, HEALTHY_WITHIN).await.map_err(|e| {
            match process.child.try_wait() {
                Ok(Some(status)) => DevnetError::Relayer(format!("the relayer exited: {status}")),
                _ => e,
            }
        })?;
        Ok(process)
    }

    /// The relayer's base URL.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The child's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The child process, to kill or wait for it.
    pub fn child(&mut self) -> &mut Child {
        &mut self.child
    }
}

impl Drop for RelayerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
