//! Integration tests of the relayer against real servers (anvil, IPFS).

mod api;
mod audit;
mod backup;
mod crash;
mod failpoints;
mod faults;
mod instance;
mod pipeline;
mod stack;
mod tx;

use std::time::Duration;

use medvault_devnet::Deadline;

/// Bounds a test that waits on real servers: ends the run with the test's name if it is still going
/// after 10 minutes (every test here takes well under one).
pub(crate) fn deadline() -> Deadline {
    let name = std::thread::current().name().unwrap_or("a relayer integration test").to_string();
    Deadline::new(name, Duration::from_secs(600))
}
