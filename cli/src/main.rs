//! The `medvault` binary: the relayer service, the local development stack, the demo, and the
//! per-role client commands.

mod commands;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

fn main() -> ExitCode {
    let matches = commands::Cli::command().get_matches();
    if let Some(serve) = matches.subcommand_matches("serve")
        && let Err(e) = medvault_relayer::refuse_secrets_on_the_command_line(serve)
    {
        report(&e, false);
        return ExitCode::FAILURE;
    }
    let args = commands::Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    commands::init_tracing(args.verbose);
    let verbose = args.verbose > 0;
    let result = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(eyre::Report::from)
        .and_then(|runtime| runtime.block_on(commands::run(args)));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            report(&e, verbose);
            ExitCode::FAILURE
        }
    }
}

/// Prints an error for people: what failed and why, one cause per line; with `-v` also where
/// (and the backtrace, when RUST_BACKTRACE asks for it).
fn report(e: &eyre::Report, verbose: bool) {
    if verbose {
        eprintln!("Error: {e:?}");
        return;
    }
    eprintln!("Error: {e}");
    for cause in e.chain().skip(1) {
        eprintln!("  because: {cause}");
    }
}
