//! The one error type of client-side cryptography.

use crate::types::PublicKey;

/// What can go wrong sealing, opening, wrapping or unwrapping.
///
/// Opening checks, in order: structure, context, key, then the AEAD tag, so a caller learns which
/// of its inputs is wrong. Only [`EnvelopeError::Tampered`] and [`EnvelopeError::UnwrapFailed`]
/// mean the bytes themselves were altered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EnvelopeError {
    /// Fewer bytes than a header and a tag need.
    #[error("envelope truncated: {len} bytes, but a version 1 envelope needs at least {min}")]
    Truncated {
        /// Bytes received.
        len: usize,
        /// Bytes required (header and tag).
        min: usize,
    },
    /// The first three bytes are not `MVE`.
    #[error("not a medvault envelope: the magic bytes are not \"MVE\"")]
    BadMagic,
    /// The version byte names a format this build does not read.
    #[error("unknown envelope version {0}: this build reads version 1")]
    UnknownVersion(u8),
    /// The envelope was sealed for another chain, registry, patient, record or version.
    #[error(
        "envelope was sealed for a different context (chain id, registry, patient, record or version)"
    )]
    WrongContext,
    /// The data key is not the one the envelope was sealed with.
    #[error("wrong data key: the key does not match the envelope's key commitment")]
    WrongKey,
    /// Context and key match, but the AEAD tag does not: the ciphertext or header was altered.
    #[error("envelope authentication failed: the ciphertext or header was altered")]
    Tampered,
    /// The plaintext is larger than AES-GCM can seal under one nonce.
    #[error("record too large to seal: {0} bytes")]
    TooLarge(usize),

    /// A wrapped key does not have the length of a version 1 wrapped key.
    #[error("wrapped key has {len} bytes, a version 1 wrapped key has {expected}")]
    WrappedKeyLength {
        /// Bytes received.
        len: usize,
        /// Bytes required.
        expected: usize,
    },
    /// The first three bytes of a wrapped key are not `MVK`.
    #[error("not a medvault wrapped key: the magic bytes are not \"MVK\"")]
    WrappedKeyBadMagic,
    /// The version byte of a wrapped key names a format this build does not read.
    #[error("unknown wrapped-key version {0}: this build reads version 1")]
    WrappedKeyUnknownVersion(u8),
    /// A public key inside a wrapped key is not a valid compressed secp256k1 point.
    #[error("wrapped key carries an invalid {0} public key")]
    WrappedKeyInvalidPoint(&'static str),
    /// The wrapped key was made for another reader's public key.
    #[error("wrapped key is for reader {recipient}, not for this secret key")]
    NotForThisKey {
        /// The reader the key was wrapped for (boxed: it is large, and errors should be small).
        recipient: Box<PublicKey>,
    },
    /// The wrapped key names this reader but does not authenticate: it was altered.
    #[error("wrapped key authentication failed: the wrapped key was altered")]
    UnwrapFailed,
    /// Bytes given as a secret key are not a valid secp256k1 scalar.
    #[error("invalid secret key: not a non-zero scalar below the secp256k1 group order")]
    InvalidSecretKey,
}

/// Result alias for [`EnvelopeError`].
pub type Result<T, E = EnvelopeError> = std::result::Result<T, E>;
