//! `medvault serve`: configuration ([`ServeConfig`], defaults in [`crate::defaults`]), the
//! composition root ([`Relayer::builder`]) and the service's entry point ([`serve`]).

use std::{
    fmt, future::Future, net::SocketAddr, path::PathBuf, str::FromStr, sync::Arc, time::Duration,
};

use alloy::{primitives::B256, signers::local::PrivateKeySigner};
use eyre::WrapErr;
use tokio::sync::{Notify, watch};

use super::{
    anchor::{AnchorSubmitter, TxAnchorer},
    api::{self as user_api, ApiFlags},
    batcher::{Batcher, BatcherConfig},
    chain::OnChainRegistry,
    defaults,
    http::{ApiState, router},
    ingest::{CachedRegistry, IngestConfig, Pipeline, Registry},
    ipfs::{Pinner, kubo::KuboPinner},
    lock::InstanceLock,
    store::{RecordStore, SqliteStore},
    tx::{Finality, TxConfig, TxManager},
};
use medvault_primitives::Deployment;

/// The relayer's own signing key (hex). Never printed.
#[derive(Clone)]
pub struct SignerKey(B256);

impl SignerKey {
    /// The signer.
    pub fn signer(&self) -> eyre::Result<PrivateKeySigner> {
        PrivateKeySigner::from_bytes(&self.0)
            .wrap_err("the relayer key is not a valid secp256k1 key")
    }
}

impl fmt::Debug for SignerKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SignerKey(<redacted>)")
    }
}

impl FromStr for SignerKey {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.trim()
            .parse::<B256>()
            .map(Self)
            .map_err(|_| "expected a 32-byte hex private key".to_string())
    }
}

/// Configuration of `medvault serve`. Every flag has an environment mirror.
#[derive(Clone, Debug, clap::Args)]
pub struct ServeConfig {
    /// JSON-RPC endpoint of the chain.
    #[arg(long = "rpc-url", env = "MEDVAULT_RPC_URL", default_value = defaults::RPC_URL)]
    pub rpc_url: String,
    /// Kubo RPC API of the IPFS node that pins batches.
    #[arg(
        long = "ipfs.api-url",
        env = "MEDVAULT_IPFS_API_URL",
        default_value = defaults::IPFS_API_URL
    )]
    pub ipfs_api_url: String,
    /// Kubo RPC API of a second node holding a backup pin of every batch (optional).
    #[arg(long = "ipfs.backup-url", env = "MEDVAULT_IPFS_BACKUP_URL")]
    pub ipfs_backup_url: Option<String>,
    /// Timeout of one IPFS request, in seconds.
    #[arg(long = "ipfs.timeout-secs", env = "MEDVAULT_IPFS_TIMEOUT_SECS", default_value_t = defaults::IPFS_TIMEOUT_SECS)]
    pub ipfs_timeout_secs: u64,
    /// SQLite database of the relayer (created if missing); envelopes waiting to be pinned go to
    /// `<db>-spool/` beside it.
    #[arg(long, env = "MEDVAULT_DB", default_value = defaults::DB)]
    pub db: PathBuf,
    /// Deployment file (contract addresses and chain id) as written by `medvault deploy`.
    #[arg(long, env = "MEDVAULT_DEPLOYMENT")]
    pub deployment: PathBuf,
    /// The relayer's own private key (hex): it pays gas and holds the anchorer role.
    #[arg(long = "signer-key", env = "MEDVAULT_RELAYER_KEY", hide_env_values = true)]
    pub signer_key: SignerKey,
    /// Address the HTTP API listens on.
    #[arg(long, env = "MEDVAULT_LISTEN", default_value = defaults::LISTEN)]
    pub listen: SocketAddr,
    /// Cut a batch as soon as this many records wait.
    #[arg(long = "batch.max-records", env = "MEDVAULT_BATCH_MAX_RECORDS", default_value_t = defaults::BATCH_MAX_RECORDS)]
    pub batch_max_records: usize,
    /// Cut whatever waits once the oldest record has waited this long (milliseconds).
    #[arg(long = "batch.window-ms", env = "MEDVAULT_BATCH_WINDOW_MS", default_value_t = defaults::BATCH_WINDOW_MS)]
    pub batch_window_ms: u64,
    /// Largest envelope accepted, in bytes.
    #[arg(long = "max-record-bytes", env = "MEDVAULT_MAX_RECORD_BYTES", default_value_t = defaults::MAX_RECORD_BYTES)]
    pub max_record_bytes: usize,
    /// Most records in one request.
    #[arg(
        long = "max-records-per-request",
        env = "MEDVAULT_MAX_RECORDS_PER_REQUEST",
        default_value_t = defaults::MAX_RECORDS_PER_REQUEST
    )]
    pub max_records_per_request: usize,
    /// Largest request body, in bytes.
    #[arg(long = "max-body-bytes", env = "MEDVAULT_MAX_BODY_BYTES", default_value_t = defaults::MAX_BODY_BYTES)]
    pub max_body_bytes: usize,
    /// When a transaction is final: a number of blocks (its own included), or `finalized` (the
    /// chain's finalized block). Default: 1 on a local development chain (ids 31337, 1337),
    /// `finalized` on every other.
    #[arg(long, env = "MEDVAULT_CONFIRMATIONS")]
    pub confirmations: Option<Finality>,
    /// How often recently confirmed anchors are re-checked on-chain, in milliseconds: a root a
    /// reorg deeper than the confirmation depth took out is anchored again. 0 turns it off.
    #[arg(
        long = "reconcile.interval-ms",
        env = "MEDVAULT_RECONCILE_INTERVAL_MS",
        default_value_t = defaults::RECONCILE_INTERVAL_MS
    )]
    pub reconcile_interval_ms: u64,
    /// The user API: key release, relay, operations.
    #[command(flatten)]
    pub api: ApiFlags,
}

/// The settings that are secrets, by clap id, flag and environment variable. They are taken from
/// the environment only: a process's command line is visible to every user of the machine (`ps`,
/// `/proc/<pid>/cmdline`) and lands in shell histories.
pub const SECRET_ARGS: [(&str, &str, &str); 2] = [
    ("signer_key", "--signer-key", "MEDVAULT_RELAYER_KEY"),
    ("operator_token", "--operator-token", "MEDVAULT_OPERATOR_TOKEN"),
];

/// Refuses a secret ([`SECRET_ARGS`]) given on the command line of `matches`, saying where to
/// put it instead.
pub fn refuse_secrets_on_the_command_line(matches: &clap::ArgMatches) -> eyre::Result<()> {
    for (id, flag, env) in SECRET_ARGS {
        if matches.value_source(id) == Some(clap::parser::ValueSource::CommandLine) {
            eyre::bail!(
                "{flag} is a secret and is not taken from the command line, which every user of \
                 this machine can read (ps): set {env} in the service's environment instead"
            );
        }
    }
    Ok(())
}

/// The relayer, composed: its store, pinners, registry and transaction manager, ready to
/// [`run`](Self::run). Built by [`Relayer::builder`], the composition root of `medvault serve`.
pub struct Relayer {
    config: ServeConfig,
    deployment: Deployment,
    signer: PrivateKeySigner,
    store: Arc<dyn RecordStore>,
    pinner: Arc<dyn Pinner>,
    backup: Option<Arc<dyn Pinner>>,
    registry: Arc<dyn Registry>,
    tx: TxManager,
    /// Held until the relayer stops: no second instance on this database or signer meanwhile.
    lock: InstanceLock,
}

/// Builds a [`Relayer`] from its configuration; each part not given is made from the
/// configuration (the SQLite store at `--db`, the IPFS nodes at `--ipfs.*`, the on-chain
/// registries behind a cache).
pub struct RelayerBuilder {
    config: ServeConfig,
    deployment: Option<Deployment>,
    store: Option<Arc<dyn RecordStore>>,
    pinner: Option<Arc<dyn Pinner>>,
    backup: Option<Option<Arc<dyn Pinner>>>,
    registry: Option<Arc<dyn Registry>>,
}

impl Relayer {
    /// A builder over `config`.
    pub const fn builder(config: ServeConfig) -> RelayerBuilder {
        RelayerBuilder {
            config,
            deployment: None,
            store: None,
            pinner: None,
            backup: None,
            registry: None,
        }
    }

    /// Runs the relayer until `shutdown` resolves: the HTTP API on `--listen`, the batcher and the
    /// API's background tasks; then stops them and the transaction manager.
    pub async fn run(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> eyre::Result<()> {
        let Self { config, deployment, signer, store, pinner, backup, registry, tx, lock } = self;
        let records = deployment.contracts.records;
        let wake = Arc::new(Notify::new());
        let ingest = IngestConfig {
            max_record_bytes: config.max_record_bytes,
            max_records_per_request: config.max_records_per_request,
            chain_id: deployment.chain_id,
            registry: records,
            consent: deployment.contracts.consent,
        };
        let pipeline = Pipeline::new(store.clone(), registry, ingest, wake.clone());
        let (api, background) = user_api::start(
            &config,
            &deployment,
            signer.clone(),
            tx.clone(),
            pinner.clone(),
            store.clone(),
        )?;
        let anchorer: Arc<dyn AnchorSubmitter> = Arc::new(
            TxAnchorer::new(tx.clone(), records)
                .reading_logs(crate::chain::connect(&config.rpc_url)?, deployment.start_block),
        );
        let batcher = Batcher::new(
            store,
            pinner,
            backup,
            anchorer,
            BatcherConfig {
                max_records: config.batch_max_records,
                window: Duration::from_millis(config.batch_window_ms),
                poll: defaults::BATCH_POLL,
                follow_poll: defaults::BATCH_FOLLOW_POLL,
                replicate_poll: defaults::REPLICATE_POLL,
                anchor_retry: defaults::ANCHOR_RETRY,
                reconcile: (config.reconcile_interval_ms > 0)
                    .then(|| Duration::from_millis(config.reconcile_interval_ms)),
                chain_id: deployment.chain_id,
                registry: records,
            },
        );
        let (stop_tx, stop_rx) = watch::channel(false);
        let background = tokio::spawn(background.run(stop_rx.clone()));
        let batcher = tokio::spawn(batcher.run(wake, stop_rx));

        let listener = tokio::net::TcpListener::bind(config.listen)
            .await
            .wrap_err_with(|| format!("binding {}", config.listen))?;
        tracing::info!(listen = %listener.local_addr()?, relayer = %signer.address(), "medvault relayer serving");
        let app = user_api::app(
            router(ApiState { pipeline }, config.max_body_bytes),
            config.max_body_bytes,
            api,
            &config.api,
        );
        user_api::serve_app(listener, app, &config.api, shutdown).await?;
        let _ = stop_tx.send(true);
        batcher.await?;
        background.await?;
        tx.shutdown().await;
        drop(lock);
        Ok(())
    }
}

impl RelayerBuilder {
    /// The deployment (default: read from `--deployment`).
    pub fn deployment(mut self, deployment: Deployment) -> Self {
        self.deployment = Some(deployment);
        self
    }

    /// The record store (default: SQLite at `--db`).
    pub fn store(mut self, store: Arc<dyn RecordStore>) -> Self {
        self.store = Some(store);
        self
    }

    /// The IPFS node batches are pinned on (default: Kubo RPC at `--ipfs.api-url`).
    pub fn pinner(mut self, pinner: Arc<dyn Pinner>) -> Self {
        self.pinner = Some(pinner);
        self
    }

    /// The backup node, or none (default: `--ipfs.backup-url`, if given).
    pub fn backup(mut self, backup: Option<Arc<dyn Pinner>>) -> Self {
        self.backup = Some(backup);
        self
    }

    /// Who may submit (default: the on-chain registries, positive answers cached).
    pub fn registry(mut self, registry: Arc<dyn Registry>) -> Self {
        self.registry = Some(registry);
        self
    }

    /// Makes every part not given from the configuration, and starts the transaction manager
    /// (its journal is in `--db`).
    pub async fn build(self) -> eyre::Result<Relayer> {
        let Self { config, deployment, store, pinner, backup, registry } = self;
        let deployment = match deployment {
            Some(d) => d,
            None => Deployment::load(&config.deployment).wrap_err_with(|| {
                format!("reading the deployment {}", config.deployment.display())
            })?,
        };
        let signer = config.signer_key.signer()?;
        // Before the database is opened: a second instance must not even migrate it.
        let lock = InstanceLock::acquire(&config.db, deployment.chain_id, signer.address())?;
        tracing::debug!(lock = %lock.path().display(), "single-instance lock taken");
        let store: Arc<dyn RecordStore> = match store {
            Some(s) => s,
            None => Arc::new(
                SqliteStore::open(&config.db)
                    .wrap_err_with(|| format!("opening the database {}", config.db.display()))?,
            ),
        };
        let timeout = Duration::from_secs(config.ipfs_timeout_secs);
        let pinner: Arc<dyn Pinner> = match pinner {
            Some(p) => p,
            None => {
                let kubo = KuboPinner::new(&config.ipfs_api_url, timeout)?;
                let version = kubo
                    .version()
                    .await
                    .wrap_err_with(|| format!("IPFS node at {}", config.ipfs_api_url))?;
                tracing::info!(url = %config.ipfs_api_url, %version, "IPFS node");
                Arc::new(kubo)
            }
        };
        let backup: Option<Arc<dyn Pinner>> = match (backup, &config.ipfs_backup_url) {
            (Some(b), _) => b,
            (None, Some(url)) => Some(Arc::new(KuboPinner::new(url, timeout)?)),
            (None, None) => None,
        };
        // The transaction manager keeps its journal in its own tables of the same database.
        let finality =
            config.confirmations.unwrap_or_else(|| Finality::for_chain(deployment.chain_id));
        tracing::info!(%finality, chain = deployment.chain_id, "transactions are final at");
        let tx_config =
            TxConfig { finality, receipt_poll: defaults::RECEIPT_POLL, ..TxConfig::default() };
        let tx = TxManager::start(&config.rpc_url, signer.clone(), &config.db, tx_config)
            .await
            .wrap_err("starting the transaction manager")?;
        let registry: Arc<dyn Registry> = match registry {
            Some(r) => r,
            None => Arc::new(CachedRegistry::new(
                OnChainRegistry::new(
                    &config.rpc_url,
                    deployment.contracts.accounts,
                    deployment.contracts.providers,
                    deployment.contracts.consent,
                )?
                .with_committee(deployment.contracts.committee),
                defaults::CERTIFIED_TTL,
            )),
        };
        Ok(Relayer { config, deployment, signer, store, pinner, backup, registry, tx, lock })
    }
}

/// Runs the relayer until `shutdown` resolves: the HTTP API on `config.listen` and the batcher.
/// The same as `Relayer::builder(config).build().await?.run(shutdown).await`.
pub async fn serve(
    config: ServeConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> eyre::Result<()> {
    Relayer::builder(config).build().await?.run(shutdown).await
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        serve: ServeConfig,
    }

    /// A secret on the command line is refused, naming the variable to use instead.
    #[test]
    fn secrets_are_refused_on_the_command_line() {
        use clap::CommandFactory;
        let key = format!("0x{}", "11".repeat(32));
        let matches = Cli::command()
            .try_get_matches_from(["serve", "--deployment", "d.json", "--signer-key", &key])
            .expect("parses");
        let e = refuse_secrets_on_the_command_line(&matches).unwrap_err().to_string();
        assert!(e.contains("MEDVAULT_RELAYER_KEY") && e.contains("(ps)"), "{e}");
    }

    #[test]
    fn the_flags_defaults_are_the_defaults_module() {
        let key = format!("0x{}", "11".repeat(32));
        let cli = Cli::try_parse_from(["serve", "--deployment", "d.json", "--signer-key", &key])
            .expect("parses with the required flags only");
        let c = cli.serve;
        assert_eq!(c.rpc_url, defaults::RPC_URL);
        assert_eq!(c.ipfs_api_url, defaults::IPFS_API_URL);
        assert_eq!(c.ipfs_timeout_secs, defaults::IPFS_TIMEOUT_SECS);
        assert_eq!(c.db, PathBuf::from(defaults::DB));
        assert_eq!(c.listen, defaults::LISTEN.parse::<SocketAddr>().unwrap());
        assert_eq!(c.batch_max_records, defaults::BATCH_MAX_RECORDS);
        assert_eq!(c.batch_window_ms, defaults::BATCH_WINDOW_MS);
        assert_eq!(c.max_record_bytes, defaults::MAX_RECORD_BYTES);
        assert_eq!(c.max_records_per_request, defaults::MAX_RECORDS_PER_REQUEST);
        assert_eq!(c.max_body_bytes, defaults::MAX_BODY_BYTES);
        assert_eq!(c.confirmations, None, "chosen by chain");
        assert_eq!(c.reconcile_interval_ms, defaults::RECONCILE_INTERVAL_MS);
        // The API's flags parse to what `ApiFlags::default()` says.
        let d = ApiFlags::default();
        let a = c.api;
        assert_eq!(
            (a.access_log_interval_ms, a.relay_max_gas, a.market_k),
            (d.access_log_interval_ms, d.relay_max_gas, d.market_k)
        );
        assert_eq!(
            (a.relay_daily_wei_per_signer, a.relay_daily_wei, a.relay_balance_floor_wei),
            (d.relay_daily_wei_per_signer, d.relay_daily_wei, d.relay_balance_floor_wei)
        );
        assert_eq!(
            (a.rate_limit_per_sec, a.rate_limit_burst, a.rate_limit_loopback, a.api_max_body_bytes),
            (d.rate_limit_per_sec, d.rate_limit_burst, d.rate_limit_loopback, d.api_max_body_bytes)
        );
    }
}
