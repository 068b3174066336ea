//! The envelope format of one sealed record version (version 1), and the checks a party without
//! the key can make. Sealing and opening are `medvault-client`'s (`envelope::seal`, `open`).
//!
//! ```text
//! offset  len  field
//!      0    3  magic "MVE"
//!      3    1  version = 0x01
//!      4   12  nonce (random)
//!     16   32  key commitment = SHA-256("medvault/envelope/v1/key" ‖ data key)
//!     48   16  context digest = SHA-256("medvault/envelope/v1/aad" ‖ context)[..16]
//!     64    n  AES-256-GCM ciphertext of the record
//!   64+n   16  GCM tag
//! ```
//!
//! The GCM additional data is the 64-byte header followed by the 96-byte canonical context
//! ([`AadContext::to_bytes`]). Byte layout and test vectors: `docs/ENVELOPE.md`.

use std::fmt;

use alloy::primitives::{Address, B256};
use sha2::{Digest, Sha256};

use crate::{
    error::{EnvelopeError, Result},
    types::{PatientId, RecordId, RecordLeaf, RecordVersion, ciphertext_hash},
};

/// The first three bytes of every envelope.
pub const MAGIC: [u8; 3] = *b"MVE";
/// The format version this build writes and reads.
pub const VERSION: u8 = 1;
/// Length of the AES-GCM nonce.
pub const NONCE_LEN: usize = 12;
/// Length of the version 1 header.
pub const HEADER_LEN: usize = 64;
/// Length of the GCM tag.
pub const TAG_LEN: usize = 16;
/// The shortest envelope: a header and a tag around an empty record.
pub const MIN_LEN: usize = HEADER_LEN + TAG_LEN;
/// Label of the key commitment's hash.
pub const KEY_COMMITMENT_LABEL: &[u8] = b"medvault/envelope/v1/key";
/// Label of the context digest's hash.
pub const CONTEXT_DIGEST_LABEL: &[u8] = b"medvault/envelope/v1/aad";
/// Offset of the nonce in the header.
pub const NONCE_AT: usize = 4;
/// Offset of the key commitment in the header.
pub const COMMITMENT_AT: usize = NONCE_AT + NONCE_LEN;
/// Offset of the context digest in the header.
pub const DIGEST_AT: usize = COMMITMENT_AT + 32;

/// Where a record belongs. Bound into every envelope as additional authenticated data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AadContext {
    /// EIP-155 chain id of the chain the record is anchored on.
    pub chain_id: u64,
    /// Address of the RecordRegistry contract.
    pub registry: Address,
    /// The patient the record belongs to.
    pub patient_id: PatientId,
    /// The record.
    pub record_id: RecordId,
    /// The record version.
    pub version: RecordVersion,
}

impl AadContext {
    /// Length of the canonical encoding.
    pub const LEN: usize = 96;

    /// The context of a leaf's record on a given chain and registry.
    pub const fn for_leaf(chain_id: u64, registry: Address, leaf: &RecordLeaf) -> Self {
        Self {
            chain_id,
            registry,
            patient_id: leaf.patient_id,
            record_id: leaf.record_id,
            version: leaf.version,
        }
    }

    /// Canonical encoding: fixed-width big-endian fields, concatenated, so that two contexts have
    /// the same bytes only if they are equal:
    /// `chain_id (u64, 8) ‖ registry (20) ‖ patient_id (32) ‖ record_id (32) ‖ version (u32, 4)`.
    pub fn to_bytes(&self) -> [u8; Self::LEN] {
        let mut out = [0u8; Self::LEN];
        out[..8].copy_from_slice(&self.chain_id.to_be_bytes());
        out[8..28].copy_from_slice(self.registry.as_slice());
        out[28..60].copy_from_slice(self.patient_id.0.as_slice());
        out[60..92].copy_from_slice(self.record_id.0.as_slice());
        out[92..].copy_from_slice(&self.version.0.to_be_bytes());
        out
    }

    /// The context digest of the header: `SHA-256("medvault/envelope/v1/aad" ‖ context)[..16]`.
    pub fn digest(&self) -> [u8; 16] {
        let full = Sha256::new()
            .chain_update(CONTEXT_DIGEST_LABEL)
            .chain_update(self.to_bytes())
            .finalize();
        full[..16].try_into().expect("16 of 32 bytes")
    }
}

/// A sealed record: the bytes pinned to IPFS and hashed into the leaf. Ciphertext only, so the
/// service may hold and check it.
#[derive(Clone, PartialEq, Eq)]
pub struct Envelope(Vec<u8>);

impl Envelope {
    /// Wraps bytes that `medvault-client` has just sealed; their structure holds by construction.
    #[doc(hidden)]
    pub const fn from_sealed(bytes: Vec<u8>) -> Self {
        Self(bytes)
    }

    /// Takes bytes from the wire after checking their structure (length, magic, version). Needs no
    /// key: the relayer uses it to refuse malformed uploads.
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Self> {
        Self::check_structure(&bytes)?;
        Ok(Self(bytes))
    }

    /// The checks of [`Self::from_bytes`] on borrowed bytes, for a service that only refuses
    /// malformed uploads and keeps the bytes as they came.
    pub fn check_structure(bytes: &[u8]) -> Result<()> {
        check_structure(bytes)
    }

    /// The envelope bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The envelope bytes, owned.
    pub fn into_bytes(self) -> Vec<u8> {
        self.0
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Always false: an envelope has at least a header and a tag.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// The `ciphertextHash` of the record's leaf: keccak256 over all envelope bytes.
    pub fn ciphertext_hash(&self) -> B256 {
        ciphertext_hash(&self.0)
    }
}

impl AsRef<[u8]> for Envelope {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for Envelope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Envelope")
            .field("version", &self.0[3])
            .field("len", &self.0.len())
            .finish_non_exhaustive()
    }
}

/// Checks length, magic and version: what can be checked without the key.
pub fn check_structure(envelope: &[u8]) -> Result<()> {
    // Magic and version first, so a file of another kind is named as such even when short.
    if envelope.len() >= 3 && envelope[..3] != MAGIC {
        return Err(EnvelopeError::BadMagic);
    }
    if envelope.len() >= 4 && envelope[3] != VERSION {
        return Err(EnvelopeError::UnknownVersion(envelope[3]));
    }
    if envelope.len() < MIN_LEN {
        return Err(EnvelopeError::Truncated { len: envelope.len(), min: MIN_LEN });
    }
    Ok(())
}

/// The GCM additional data: the header, then the canonical context.
pub fn aad(header: &[u8; HEADER_LEN], context: &AadContext) -> [u8; HEADER_LEN + AadContext::LEN] {
    let mut aad = [0u8; HEADER_LEN + AadContext::LEN];
    aad[..HEADER_LEN].copy_from_slice(header);
    aad[HEADER_LEN..].copy_from_slice(&context.to_bytes());
    aad
}
