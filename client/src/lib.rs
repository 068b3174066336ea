//! medvault-client: the SDK. It runs with the user's keys, on the user's device (a command line, a
//! browser page through WebAssembly, a provider's integration), and builds for
//! `wasm32-unknown-unknown`.
//!
//! - [`keys`]: the user's secp256k1 [`keys::SecretKey`], derived from a wallet signature per key
//!   epoch, and the [`keys::Keyring`] of every epoch's key.
//! - [`envelope`]: sealing a record into a versioned AES-256-GCM envelope under a fresh
//!   [`envelope::DataKey`], and opening it again.
//! - [`ecies`]: wrapping a data key for a reader's public key, and unwrapping it.
//! - [`sign`]: EIP-712 consent grants, revocations, trade approvals and permits, signed through any
//!   alloy `Signer`.
//! - [`forward`]: signing ERC-2771 forward requests, so a relayer can submit the user's calls.
//! - [`submission`]: sealing, wrapping and signing a batch of records for `POST /v1/records`.
//! - [`api`]: a typed HTTP client of every relayer route.
//! - [`ipfs`]: reading what the relayer pinned, from any IPFS node's Kubo RPC API.
//! - [`market`]: the research market as read from the chain.
//! - [`verify`]: checking an envelope against its leaf and the leaf against an anchored root.
//! - [`workflows`]: the user workflows over one [`workflows::Session`] — upload, verify and
//!   decrypt, grant and revoke, gasless calls, approving a research trade, fetching deliveries.
//!
//! The byte formats and the wire types are `medvault_primitives`'; the format of envelopes and
//! wrapped keys, with test vectors, is in `docs/ENVELOPE.md`.
//!
//! # The boundary
//!
//! Only two things made here may leave the device: [`envelope::Envelope`] and
//! [`ecies::WrappedKey`], both ciphertext. Everything else ([`keys::SecretKey`],
//! [`envelope::DataKey`], [`envelope::Plaintext`]) has no serde, no `Clone`, no content in `Debug`,
//! and is zeroized on drop, so it cannot slip into a request, a log line or the store by accident.

pub mod api;
pub mod committee;
pub mod ecies;
pub mod envelope;
pub mod fixed_base;
pub mod forward;
pub mod http;
pub mod ipfs;
pub mod keynodes;
pub mod keys;
pub mod market;
pub mod sign;
pub mod submission;
mod time;
pub mod verify;
pub mod workflows;

#[cfg(test)]
mod vectors;

pub use medvault_primitives::error::{EnvelopeError, Result};
