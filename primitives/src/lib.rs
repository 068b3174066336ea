//! medvault-primitives: what every other medvault crate agrees on. It depends on no medvault crate
//! but the generated contract bindings, and builds for `wasm32-unknown-unknown`.
//!
//! - [`types`]: opaque ids, record leaves, public keys.
//! - [`merkle`]: the record tree the RecordRegistry verifies (OpenZeppelin-compatible).
//! - [`envelope`] and [`wrapped_key`]: the byte formats of a sealed record and of a data key
//!   wrapped for a reader, with the checks that need no key ([`error::EnvelopeError`]).
//! - [`eip712`]: the typed data users sign in their wallets, and its digests.
//! - [`request_auth`]: the EIP-712 typed data users sign to authenticate requests to the relayer
//!   and the key nodes, and the header that carries it.
//! - [`enums`]: the one mirror of each Solidity enum, checked against the contracts.
//! - [`api`]: every wire type of the relayer's HTTP API.
//! - [`market`]: which events of the research market say what.
//! - [`kubo`]: reading the Kubo RPC API's answers.
//! - [`deployment`]: one deployment of the suite on one chain.
//! - [`human`]: dates, token amounts and record handles as people read and type them.
//! - [`revert`]: a contract's custom error explained in a sentence.
//!
//! Nothing here holds a private key, a data key or plaintext: every type is safe for the relayer
//! to see.

pub mod api;
pub mod committee;
pub mod consent;
pub mod deployment;
pub mod eip712;
pub mod enums;
pub mod envelope;
pub mod error;
pub mod human;
pub mod kubo;
pub mod manifest;
pub mod market;
pub mod merkle;
pub mod request_auth;
pub mod revert;
pub mod sealed;
pub mod types;
pub mod wrapped_key;

pub use deployment::{Contracts, Deployment, Endpoints};
pub use enums::{Access, Role, Scope, TradeStatus};
