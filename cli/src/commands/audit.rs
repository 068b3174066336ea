//! `medvault audit`: an operator's check of a relayer's database against the chain and both IPFS
//! nodes ([`medvault_relayer::audit`]). Prints one line per finding, with what to do, and exits
//! non-zero when there is any. The database is opened read-only: a running relayer is not
//! disturbed. Addresses come from the same flags and environment variables as `medvault serve`.

use std::{path::PathBuf, time::Duration};

use alloy::primitives::{Address, U256};
use clap::Args;
use eyre::WrapErr;
use medvault_primitives::Deployment;
use medvault_relayer::{
    audit::{self, AuditConfig},
    defaults,
};

/// Options of `medvault audit`.
#[derive(Debug, Args)]
pub(crate) struct AuditArgs {
    /// The relayer's SQLite database (read-only).
    #[arg(long, env = "MEDVAULT_DB", default_value = defaults::DB)]
    db: PathBuf,
    /// JSON-RPC endpoint of the chain.
    #[arg(long = "rpc-url", env = "MEDVAULT_RPC_URL", default_value = defaults::RPC_URL)]
    rpc_url: String,
    /// Deployment file (contract addresses) as written by `medvault deploy`.
    #[arg(long, env = "MEDVAULT_DEPLOYMENT")]
    deployment: PathBuf,
    /// Kubo RPC API of the primary IPFS node.
    #[arg(long = "ipfs.api-url", env = "MEDVAULT_IPFS_API_URL", default_value = defaults::IPFS_API_URL)]
    ipfs_api_url: String,
    /// Kubo RPC API of the backup IPFS node, if the relayer runs with one.
    #[arg(long = "ipfs.backup-url", env = "MEDVAULT_IPFS_BACKUP_URL")]
    ipfs_backup_url: Option<String>,
    /// Timeout of one IPFS request, in seconds.
    #[arg(long = "ipfs.timeout-secs", env = "MEDVAULT_IPFS_TIMEOUT_SECS", default_value_t = defaults::IPFS_TIMEOUT_SECS)]
    ipfs_timeout_secs: u64,
    /// The relayer's account, whose balance is checked against the floor.
    #[arg(long, env = "MEDVAULT_RELAYER_ADDRESS")]
    relayer: Option<Address>,
    /// The least balance the relayer should hold, in wei (default 0.05 ETH).
    #[arg(long = "balance-floor-wei", default_value = "50000000000000000")]
    balance_floor_wei: U256,
    /// Seconds an acknowledged record may wait unbatched before it counts as stranded.
    #[arg(long = "stranded-after-secs", default_value_t = 600)]
    stranded_after_secs: u64,
}

pub(crate) async fn run(args: AuditArgs) -> eyre::Result<()> {
    let deployment = Deployment::load(&args.deployment)
        .wrap_err_with(|| format!("reading the deployment {}", args.deployment.display()))?;
    let config = AuditConfig {
        db: args.db,
        rpc_url: args.rpc_url,
        records: deployment.contracts.records,
        ipfs_api_url: args.ipfs_api_url,
        ipfs_backup_url: args.ipfs_backup_url,
        ipfs_timeout: Duration::from_secs(args.ipfs_timeout_secs),
        relayer: args.relayer,
        balance_floor: args.balance_floor_wei,
        stranded_after: Duration::from_secs(args.stranded_after_secs),
    };
    let findings = audit::run(&config).await?;
    for f in &findings {
        println!("{f}");
    }
    if findings.is_empty() {
        println!("audit: no findings");
        return Ok(());
    }
    eyre::bail!("audit: {} finding(s)", findings.len())
}
