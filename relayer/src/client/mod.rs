//! Client side: runs with the user's keys, on the user's device.
//!
//! - [`keys`]: the user's secp256k1 [`keys::SecretKey`] (the same key as their Ethereum account).
//! - [`envelope`]: sealing a record into a versioned AES-256-GCM envelope under a fresh
//!   [`envelope::DataKey`], and opening it again.
//! - [`ecies`]: wrapping a data key for a reader's public key, and unwrapping it.
//! - [`forward`]: signing ERC-2771 forward requests, so a relayer can submit the user's calls.
//! - [`sign`]: EIP-712 consent grants, revocations and trade approvals signed in the wallet.
//! - [`api`]: a typed HTTP client of the relayer API.
//! - [`verify`]: checking an envelope against its leaf and the leaf against an anchored root.
//!
//! The byte format of envelopes and wrapped keys, with test vectors, is in `docs/ENVELOPE.md`.
//!
//! # The boundary
//!
//! Only two things made here may leave the device: [`envelope::Envelope`] and
//! [`ecies::WrappedKey`], both ciphertext. The service may name those two (to check their structure
//! and carry them); everything else here ([`keys::SecretKey`], [`envelope::DataKey`],
//! [`envelope::Plaintext`]) has no serde, no `Clone`, no content in `Debug`, and is zeroized on drop,
//! so it cannot slip into a request, a log line or the store by accident.

pub mod api;
pub mod ecies;
pub mod envelope;
mod error;
pub mod forward;
pub mod keys;
pub mod sign;
pub mod verify;

#[cfg(test)]
mod vectors;

pub use error::{EnvelopeError, Result};
