//! The wrapped-key format (version 1): a data key sealed to one reader's public key, and the
//! checks a party without the reader's key can make. Wrapping and unwrapping are
//! `medvault-client`'s (`ecies::wrap`, `unwrap`).
//!
//! ```text
//! offset  len  field
//!      0    3  magic "MVK"
//!      3    1  version = 0x01
//!      4   33  recipient public key (compressed)
//!     37   33  ephemeral public key (compressed)
//!     70   32  AES-256-GCM ciphertext of the data key
//!    102   16  GCM tag                                  (118 bytes in all)
//! ```
//!
//! The recipient's key is in the clear so that the relayer can check that a wrapped key handed to
//! it is addressed to the grantee's registered key. Construction: `docs/ENVELOPE.md`.

use std::fmt;

use crate::{
    error::{EnvelopeError, Result},
    types::PublicKey,
};

/// The first three bytes of every wrapped key.
pub const MAGIC: [u8; 3] = *b"MVK";
/// The format version this build writes and reads.
pub const VERSION: u8 = 1;
/// Length of a version 1 wrapped key.
pub const WRAPPED_KEY_LEN: usize = 118;
/// Offset of the recipient's public key.
pub const RECIPIENT_AT: usize = 4;
/// Offset of the ephemeral public key.
pub const EPHEMERAL_AT: usize = RECIPIENT_AT + PublicKey::LEN;
/// Offset of the sealed data key (ciphertext, then tag); bytes before it are the GCM additional data.
pub const CIPHERTEXT_AT: usize = EPHEMERAL_AT + PublicKey::LEN;
/// Length of the sealed data key: 32 bytes of ciphertext and a 16-byte tag.
pub const SEALED_KEY_LEN: usize = WRAPPED_KEY_LEN - CIPHERTEXT_AT;

/// A data key wrapped for one reader. Ciphertext only, so the service may hold and check it.
#[derive(Clone, PartialEq, Eq)]
pub struct WrappedKey {
    bytes: [u8; WRAPPED_KEY_LEN],
    recipient: PublicKey,
    ephemeral: PublicKey,
}

impl WrappedKey {
    /// The header of a wrapped key for `recipient` under `ephemeral`: the GCM additional data.
    pub fn header(recipient: &PublicKey, ephemeral: &PublicKey) -> [u8; CIPHERTEXT_AT] {
        let mut header = [0u8; CIPHERTEXT_AT];
        header[..3].copy_from_slice(&MAGIC);
        header[3] = VERSION;
        header[RECIPIENT_AT..EPHEMERAL_AT].copy_from_slice(recipient.as_bytes());
        header[EPHEMERAL_AT..].copy_from_slice(ephemeral.as_bytes());
        header
    }

    /// Assembles a wrapped key from its parts: the recipient, the ephemeral key and the sealed data
    /// key (ciphertext and tag, sealed under [`Self::header`] as additional data).
    pub fn assemble(
        recipient: &PublicKey,
        ephemeral: &PublicKey,
        sealed: &[u8; SEALED_KEY_LEN],
    ) -> Self {
        let mut bytes = [0u8; WRAPPED_KEY_LEN];
        bytes[..CIPHERTEXT_AT].copy_from_slice(&Self::header(recipient, ephemeral));
        bytes[CIPHERTEXT_AT..].copy_from_slice(sealed);
        Self { bytes, recipient: recipient.clone(), ephemeral: ephemeral.clone() }
    }

    /// Takes bytes from the wire after checking their structure: length, magic, version, and that
    /// both public keys are points on the curve. Needs no secret.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self> {
        Self::check_structure(bytes)?;
        let bytes: [u8; WRAPPED_KEY_LEN] = bytes.try_into().expect("length checked");
        let recipient = PublicKey::from_bytes(&bytes[RECIPIENT_AT..EPHEMERAL_AT])
            .map_err(|_| EnvelopeError::WrappedKeyInvalidPoint("recipient"))?;
        let ephemeral = PublicKey::from_bytes(&bytes[EPHEMERAL_AT..CIPHERTEXT_AT])
            .map_err(|_| EnvelopeError::WrappedKeyInvalidPoint("ephemeral"))?;
        Ok(Self { bytes, recipient, ephemeral })
    }

    /// Checks a wrapped key's structure without decompressing its points: length, magic, version
    /// and the compressed-point tag (0x02 or 0x03) of both keys; returns the recipient key's bytes.
    ///
    /// For a service that takes many wrapped keys for few readers: it checks each distinct
    /// recipient on the curve once ([`PublicKey::from_bytes`]) instead of two point
    /// decompressions per wrapped key. An ephemeral key off the curve only makes that one wrapped
    /// key fail to open for its reader; anything that does ECDH with it parses it in full
    /// ([`Self::from_bytes`]) first.
    pub fn check_structure(bytes: &[u8]) -> Result<&[u8; 33]> {
        let bytes: &[u8; WRAPPED_KEY_LEN] = bytes.try_into().map_err(|_| {
            EnvelopeError::WrappedKeyLength { len: bytes.len(), expected: WRAPPED_KEY_LEN }
        })?;
        if bytes[..3] != MAGIC {
            return Err(EnvelopeError::WrappedKeyBadMagic);
        }
        if bytes[3] != VERSION {
            return Err(EnvelopeError::WrappedKeyUnknownVersion(bytes[3]));
        }
        if !matches!(bytes[RECIPIENT_AT], 0x02 | 0x03) {
            return Err(EnvelopeError::WrappedKeyInvalidPoint("recipient"));
        }
        if !matches!(bytes[EPHEMERAL_AT], 0x02 | 0x03) {
            return Err(EnvelopeError::WrappedKeyInvalidPoint("ephemeral"));
        }
        Ok(bytes[RECIPIENT_AT..EPHEMERAL_AT].try_into().expect("33 bytes"))
    }

    /// The wrapped key's bytes.
    pub const fn as_bytes(&self) -> &[u8; WRAPPED_KEY_LEN] {
        &self.bytes
    }

    /// The reader this key was wrapped for.
    pub const fn recipient(&self) -> &PublicKey {
        &self.recipient
    }

    /// The ephemeral public key of the exchange.
    pub const fn ephemeral(&self) -> &PublicKey {
        &self.ephemeral
    }

    /// The sealed data key: ciphertext and tag.
    pub fn sealed(&self) -> &[u8; SEALED_KEY_LEN] {
        self.bytes[CIPHERTEXT_AT..].try_into().expect("48 bytes")
    }
}

impl AsRef<[u8]> for WrappedKey {
    fn as_ref(&self) -> &[u8] {
        &self.bytes
    }
}

impl fmt::Debug for WrappedKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WrappedKey").field("recipient", &self.recipient).finish_non_exhaustive()
    }
}
