//! medvault: the client library and the relayer service.
//!
//! The crate has two sides, kept apart on purpose:
//!
//! - [`client`] runs with a user's keys, on the user's device: it encrypts records into envelopes,
//!   wraps data keys for readers, signs EIP-712 messages and verifies what it reads back.
//! - [`service`] is the relayer: it sees only ciphertext, public keys and signatures. Nothing in its
//!   API can carry plaintext or a private key.
//!
//! Shared by both: [`messages`] (the texts users sign for the relayer), [`merkle`] (the record
//! tree the RecordRegistry verifies) and [`types`] (opaque ids,
//! leaves, public keys).

pub mod client;
pub mod devnet;
pub mod merkle;
pub mod messages;
pub mod service;
pub mod types;
