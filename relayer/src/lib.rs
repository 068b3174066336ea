//! medvault-relayer: the relayer service (`medvault serve`, or the `medvault-relayer` binary). It
//! sees only ciphertext, public keys and signatures. The wire types of its API are
//! `medvault_primitives::api`; the user-side SDK is `medvault-client`, which this crate never uses
//! outside its tests.
//!
//! A record's way through the service, module by module:
//!
//! - [`http`]: the HTTP API (`POST /v1/records`, `GET /v1/records/{id}`, `GET /health`).
//! - [`ingest`]: validation of a submission (envelope header, sizes, wrapped keys, the author's
//!   batch signature, on-chain eligibility through a [`ingest::Registry`]); then the store.
//! - [`db`]: the one opener of the SQLite database, with one pragma policy (WAL,
//!   `synchronous=FULL`); each store owns and migrates its own tables.
//! - [`store`]: the durable [`store::RecordStore`] (SQLite, WAL) and the per-record state machine
//!   received → pinned → batched → submitted → mined → confirmed | failed.
//! - [`batcher`]: cuts batches by size or time, pins them ([`ipfs`]), builds the Merkle tree and the
//!   manifest, anchors the root through an [`anchor::AnchorSubmitter`], and follows it to
//!   confirmation; a restart resumes every state.
//! - [`ipfs`]: the [`ipfs::Pinner`] trait (Kubo RPC API, in-memory), packed batch objects, and
//!   verified reads with restore from a backup node.
//! - [`anchor`]: anchors under idempotency keys; [`chain`]: the on-chain registries.
//! - [`tx`]: the transaction manager (one owner of the relayer's nonce, persisted journal).
//! - [`api`]: the user API beyond records: consent-checked key release and the access log,
//!   gasless relay, metrics and operator endpoints (`docs/API.md`).
//! - [`background`]: the one loop of every periodic task (rounds, wake-ups, backoff, shutdown).
//! - [`audit`]: `medvault audit`, the operator's check of the store against the chain and IPFS.
//! - [`failpoint`]: `MEDVAULT_FAILPOINT`, a process abort at a durable boundary (tests).
//! - [`lock`]: one relayer per database and signer ([`lock::InstanceLock`]).
//! - [`serve`]: [`ServeConfig`], the composition root [`Relayer::builder`] and [`serve`], the
//!   entry point of `medvault serve`; [`defaults`]: every default, in one place.
//!
//! Design notes and measurements: `docs/RELAYER.md`.

pub mod anchor;
pub mod api;
pub mod audit;
pub mod background;
pub mod batcher;
pub mod chain;
pub mod db;
pub mod defaults;
pub mod failpoint;
pub mod http;
pub mod ingest;
pub mod ipfs;
pub mod lock;
pub mod serve;
pub mod store;
pub mod tx;

pub use serve::{Relayer, RelayerBuilder, ServeConfig, refuse_secrets_on_the_command_line, serve};
