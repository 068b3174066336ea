//! Integration tests of the relayer against real servers (anvil, IPFS).

mod api;
mod crash;
mod pipeline;
mod stack;
mod tx;
