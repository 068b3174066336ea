//! `medvault serve`: configuration and the service's entry point.

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
    http::{ApiState, router},
    ingest::{CachedRegistry, IngestConfig, Pipeline},
    ipfs::{Pinner, kubo::KuboPinner},
    store::{RecordStore, SqliteStore},
    tx::{TxConfig, TxManager},
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
    #[arg(long = "rpc-url", env = "MEDVAULT_RPC_URL", default_value = "http://127.0.0.1:8545")]
    pub rpc_url: String,
    /// Kubo RPC API of the IPFS node that pins batches.
    #[arg(
        long = "ipfs.api-url",
        env = "MEDVAULT_IPFS_API_URL",
        default_value = "http://127.0.0.1:5001"
    )]
    pub ipfs_api_url: String,
    /// Kubo RPC API of a second node holding a backup pin of every batch (optional).
    #[arg(long = "ipfs.backup-url", env = "MEDVAULT_IPFS_BACKUP_URL")]
    pub ipfs_backup_url: Option<String>,
    /// Timeout of one IPFS request, in seconds.
    #[arg(long = "ipfs.timeout-secs", env = "MEDVAULT_IPFS_TIMEOUT_SECS", default_value_t = 60)]
    pub ipfs_timeout_secs: u64,
    /// SQLite database of the relayer (created if missing); envelopes waiting to be pinned go to
    /// `<db>-spool/` beside it.
    #[arg(long, env = "MEDVAULT_DB", default_value = "medvault-relayer.db")]
    pub db: PathBuf,
    /// Deployment file (contract addresses and chain id) as written by `medvault deploy`.
    #[arg(long, env = "MEDVAULT_DEPLOYMENT")]
    pub deployment: PathBuf,
    /// The relayer's own private key (hex): it pays gas and holds the anchorer role.
    #[arg(long = "signer-key", env = "MEDVAULT_RELAYER_KEY", hide_env_values = true)]
    pub signer_key: SignerKey,
    /// Address the HTTP API listens on.
    #[arg(long, env = "MEDVAULT_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// Cut a batch as soon as this many records wait.
    #[arg(long = "batch.max-records", env = "MEDVAULT_BATCH_MAX_RECORDS", default_value_t = 2000)]
    pub batch_max_records: usize,
    /// Cut whatever waits once the oldest record has waited this long (milliseconds).
    #[arg(long = "batch.window-ms", env = "MEDVAULT_BATCH_WINDOW_MS", default_value_t = 500)]
    pub batch_window_ms: u64,
    /// Largest envelope accepted, in bytes.
    #[arg(long = "max-record-bytes", env = "MEDVAULT_MAX_RECORD_BYTES", default_value_t = 1 << 20)]
    pub max_record_bytes: usize,
    /// Most records in one request.
    #[arg(
        long = "max-records-per-request",
        env = "MEDVAULT_MAX_RECORDS_PER_REQUEST",
        default_value_t = 1000
    )]
    pub max_records_per_request: usize,
    /// Largest request body, in bytes.
    #[arg(long = "max-body-bytes", env = "MEDVAULT_MAX_BODY_BYTES", default_value_t = 64 << 20)]
    pub max_body_bytes: usize,
    /// Blocks an anchor needs (its own included) to be confirmed.
    #[arg(long, env = "MEDVAULT_CONFIRMATIONS", default_value_t = 1)]
    pub confirmations: u64,
    /// The user API: key release, relay, operations.
    #[command(flatten)]
    pub api: ApiFlags,
}

/// Runs the relayer until `shutdown` resolves: the HTTP API on `config.listen` and the batcher.
pub async fn serve(
    config: ServeConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> eyre::Result<()> {
    let deployment = Deployment::load(&config.deployment)
        .wrap_err_with(|| format!("reading the deployment {}", config.deployment.display()))?;
    let records = deployment.contracts.records;
    let signer = config.signer_key.signer()?;
    let store: Arc<dyn RecordStore> = Arc::new(
        SqliteStore::open(&config.db)
            .wrap_err_with(|| format!("opening the database {}", config.db.display()))?,
    );
    let timeout = Duration::from_secs(config.ipfs_timeout_secs);
    let kubo = KuboPinner::new(&config.ipfs_api_url, timeout)?;
    let version =
        kubo.version().await.wrap_err_with(|| format!("IPFS node at {}", config.ipfs_api_url))?;
    tracing::info!(url = %config.ipfs_api_url, %version, "IPFS node");
    let pinner: Arc<dyn Pinner> = Arc::new(kubo);
    let backup: Option<Arc<dyn Pinner>> = match &config.ipfs_backup_url {
        Some(url) => Some(Arc::new(KuboPinner::new(url, timeout)?)),
        None => None,
    };
    // The transaction manager keeps its journal in its own tables of the same database.
    let tx_config = TxConfig {
        confirmations: config.confirmations,
        receipt_poll: Duration::from_millis(25),
        ..TxConfig::default()
    };
    let tx = TxManager::start(&config.rpc_url, signer.clone(), &config.db, tx_config)
        .await
        .wrap_err("starting the transaction manager")?;
    let anchorer: Arc<dyn AnchorSubmitter> = Arc::new(TxAnchorer::new(tx.clone(), records));
    let registry = OnChainRegistry::new(
        &config.rpc_url,
        deployment.contracts.accounts,
        deployment.contracts.providers,
    )?;
    let registry = Arc::new(CachedRegistry::new(registry, Duration::from_secs(60)));

    let wake = Arc::new(Notify::new());
    let ingest = IngestConfig {
        max_record_bytes: config.max_record_bytes,
        max_records_per_request: config.max_records_per_request,
        chain_id: deployment.chain_id,
        registry: records,
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
    let batcher = Batcher::new(
        store,
        pinner,
        backup,
        anchorer,
        BatcherConfig {
            max_records: config.batch_max_records,
            window: Duration::from_millis(config.batch_window_ms),
            poll: Duration::from_millis(50),
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
    let app = user_api::app(router(ApiState { pipeline }, config.max_body_bytes), api, &config.api);
    user_api::serve_app(listener, app, &config.api, shutdown).await?;
    let _ = stop_tx.send(true);
    batcher.await?;
    background.await?;
    tx.shutdown().await;
    Ok(())
}
