//! The world the key-node journeys run in: a real anvil chain and IPFS node (`Stack`), three
//! real `medvault-keynode` processes (threshold 2) that generated their key together, and the
//! relayer in process, pointed at them.

use std::process::Command;

use medvault_client::{keys::SecretKey, workflows::Session};
use medvault_devnet::{InProcessRelayer, KeyNodes, Stack, free_listen_addr};

pub(crate) struct World {
    pub(crate) stack: Stack,
    _nodes: KeyNodes,
    _relayer: InProcessRelayer,
    pub(crate) relayer_url: String,
    pub(crate) nodes: Vec<String>,
    _dir: tempfile::TempDir,
}

impl World {
    /// Dev account `n`'s session, with the relayer and the key nodes of this world.
    pub(crate) fn session(&self, n: usize) -> Session<alloy::providers::DynProvider> {
        let mut s = self.stack.session(n, &self.relayer_url).unwrap();
        s.deployment.endpoints.keynode_urls = self.nodes.clone();
        s
    }

    /// Dev account `n`'s current encryption key.
    pub(crate) async fn secret(&self, n: usize) -> SecretKey {
        self.stack.encryption_key(n).await.unwrap()
    }
}

/// Starts the world with the dev accounts `patients` registered as patients and `providers`
/// registered, staked and certified.
pub(crate) async fn world(patients: &[usize], providers: &[usize]) -> eyre::Result<World> {
    let mut stack = Stack::start()?;
    let dir = tempfile::tempdir()?;
    let nodes = KeyNodes::start(
        &mut stack,
        || Command::new(env!("CARGO_BIN_EXE_medvault-keynode")),
        3,
        2,
        dir.path(),
    )
    .await?;
    let listen = free_listen_addr();
    let relayer_url = format!("http://{listen}");
    let file = stack.write_deployment(&dir.path().join("deployment.json"), Some(&relayer_url))?;
    let config = stack.serve_config(
        dir.path(),
        &file,
        listen,
        &["--batch.window-ms=200", "--access-log.interval-ms=500"],
    )?;
    let relayer = InProcessRelayer::start(config).await?;
    for &n in patients {
        stack.register_patient(n).await?;
    }
    for &n in providers {
        stack.certify_provider(n).await?;
    }
    let urls = nodes.urls();
    Ok(World { stack, _nodes: nodes, _relayer: relayer, relayer_url, nodes: urls, _dir: dir })
}
