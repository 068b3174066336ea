//! `medvault-keynode`: one key node of the committee (the same as `medvault keynode`). The node
//! account's key comes from `MEDVAULT_KEYNODE_KEY`.

use clap::Parser;
use medvault_keynode::{KeynodeConfig, run, signer_from_env};

/// A medvault key node.
#[derive(Parser, Debug)]
#[command(name = "medvault-keynode", version, about)]
struct Cli {
    #[command(flatten)]
    config: KeynodeConfig,
}

#[tokio::main]
async fn main() -> eyre::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .init();
    let cli = Cli::parse();
    run(cli.config, signer_from_env()?).await
}
