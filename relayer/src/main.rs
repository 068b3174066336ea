//! `medvault-relayer`: the relayer service on its own, for operators who run it apart from the
//! `medvault` command line (`medvault serve` runs the same service with the same flags).

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser};
use medvault_relayer::ServeConfig;
use tracing_subscriber::EnvFilter;

/// The medvault relayer: HTTP API, durable store, batcher and anchoring.
#[derive(Debug, Parser)]
#[command(name = "medvault-relayer", version, about)]
struct Args {
    #[command(flatten)]
    config: Box<ServeConfig>,
}

fn main() -> ExitCode {
    let matches = Args::command().get_matches();
    if let Err(e) = medvault_relayer::refuse_secrets_on_the_command_line(&matches) {
        eprintln!("Error: {e}");
        return ExitCode::FAILURE;
    }
    let args = Args::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).init();
    let result = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(eyre::Report::from)
        .and_then(|runtime| runtime.block_on(medvault_relayer::serve(*args.config, shutdown())));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("Error: {e:?}");
            ExitCode::FAILURE
        }
    }
}

/// Resolves on Ctrl-C or SIGTERM.
async fn shutdown() {
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .expect("a SIGTERM handler can be installed");
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term.recv() => {}
    }
}
