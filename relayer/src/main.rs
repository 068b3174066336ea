//! The `medvault` binary: the relayer service, the local development stack, the demo, and the
//! per-role client commands.

mod cli;

use clap::Parser;

fn main() -> eyre::Result<()> {
    let args = cli::Cli::parse();
    cli::init_tracing(args.verbose);
    tokio::runtime::Builder::new_multi_thread().enable_all().build()?.block_on(cli::run(args))
}
