//! Command-line interface: parses the command and dispatches to its module.
//!
//! - `serve`: the relayer service.
//! - `dev`: a local chain, an IPFS node and the deployed suite, kept running for interactive use.
//! - `demo`: the end-to-end story on a fresh local stack, told step by step.
//! - `account`: encrypted keystores ([`keystore`]).
//! - `deploy`: the suite on any chain ([`deploy`]).
//! - `provider`, `authority`: register, stake, certify, upload records ([`provider`]); peer
//!   review, votes, challenges, leaving ([`vote`]).
//! - `patient`: register, verify, grant and revoke without ETH ([`patient`]).
//! - `researcher`: funded requests by permit, disputes, close and refund ([`researcher`]).
//! - the research trade: `patient approve-trade`, `researcher deliveries|fetch` ([`trade`]).
//!
//! Role commands share [`context::Globals`] and print through [`output::Out`]; see docs/CLI.md.

mod audit;
mod context;
mod demo;
mod deploy;
mod dev;
mod emergency;
mod keystore;
mod keystore_v3;
mod output;
mod patient;
mod provider;
mod researcher;
mod story;
mod trade;
mod vote;

use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;

/// medvault: patient-owned medical records with consent enforced on-chain.
#[derive(Debug, Parser)]
#[command(name = "medvault", version, about)]
pub(crate) struct Cli {
    /// Log more (repeat for more detail). Logs go to stderr; RUST_LOG overrides.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub(crate) verbose: u8,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the relayer: HTTP API, durable store, batcher and anchoring.
    Serve(Box<medvault_relayer::ServeConfig>),
    /// Check a relayer's database against the chain and both IPFS nodes; print what is wrong.
    Audit(audit::AuditArgs),
    /// Run one key node of the threshold key committee (its account key in
    /// MEDVAULT_KEYNODE_KEY).
    Keynode(Box<medvault_keynode::KeynodeConfig>),
    /// Start a local chain, an IPFS node, the contracts and a 2-of-3 key committee, and keep them
    /// running until Ctrl-C.
    Dev(dev::DevArgs),
    /// Run the end-to-end story on a fresh local stack, then stop everything.
    Demo(demo::DemoArgs),
    /// Create, import and show encrypted keystores.
    Account(keystore::AccountArgs),
    /// Deploy the contracts to a chain and write its deployment file.
    Deploy(deploy::DeployArgs),
    /// Provider: register, stake for certification, upload records for a patient.
    Provider(provider::ProviderArgs),
    /// Researcher: register, open funded requests, dispute, close and refund.
    Researcher(researcher::ResearcherArgs),
    /// Authority: certify providers, attest researchers.
    Authority(provider::AuthorityArgs),
    /// Patient: register, verify records, grant and revoke access — all without ETH.
    Patient(patient::PatientArgs),
}

/// Logs to stderr, so a command's stdout stays its output.
pub(crate) fn init_tracing(verbose: u8) {
    let default = match verbose {
        0 => "warn",
        1 => "info,medvault=debug",
        _ => "debug",
    };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).init();
}

/// Runs the parsed command.
pub(crate) async fn run(cli: Cli) -> eyre::Result<()> {
    match cli.command {
        Command::Serve(config) => medvault_relayer::serve(*config, shutdown_signal()).await,
        Command::Keynode(config) => {
            medvault_keynode::run(*config, medvault_keynode::signer_from_env()?).await
        }
        Command::Audit(args) => audit::run(args).await,
        Command::Dev(args) => dev::run(args).await,
        Command::Demo(args) => demo::run(args).await,
        Command::Account(args) => keystore::run(args),
        Command::Deploy(args) => deploy::run(args).await,
        Command::Provider(args) => provider::run(args).await,
        Command::Authority(args) => provider::run_authority(args).await,
        Command::Patient(args) => patient::run(args).await,
        Command::Researcher(args) => researcher::run(args).await,
    }
}

/// Resolves on Ctrl-C or SIGTERM, so that whatever was started is stopped either way.
pub(crate) async fn shutdown_signal() {
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .expect("a SIGTERM handler can be installed");
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term.recv() => {}
    }
}
