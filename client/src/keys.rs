//! The user's secret key: a secp256k1 scalar, the same key as the user's Ethereum account.
//!
//! Readers unwrap data keys with it (ECDH, see [`crate::client::ecies`]). It never leaves the
//! client: no serde, no `Clone`, no content in `Debug`, zeroized on drop (k256's `SecretKey`
//! clears its scalar when dropped).

use std::fmt;

use alloy::{primitives::Address, signers::local::PrivateKeySigner};
use rand::{CryptoRng, RngCore};
use zeroize::Zeroizing;

use medvault_primitives::error::{EnvelopeError, Result};
use medvault_primitives::types::PublicKey;

/// A secp256k1 secret key held on the user's device.
pub struct SecretKey {
    inner: k256::SecretKey,
    // Derived once: wrapping and unwrapping need the public key each time.
    public: PublicKey,
}

impl SecretKey {
    /// A fresh random key.
    pub fn random(rng: &mut (impl RngCore + CryptoRng)) -> Self {
        Self::from_k256(k256::SecretKey::random(rng))
    }

    /// A key from its 32 big-endian bytes. The caller's copy is its own to zeroize; passing a
    /// `Zeroizing` buffer does that.
    pub fn from_bytes(bytes: &[u8; 32]) -> Result<Self> {
        k256::SecretKey::from_bytes(bytes.into())
            .map(Self::from_k256)
            .map_err(|_| EnvelopeError::InvalidSecretKey)
    }

    /// The 32 big-endian bytes, in a buffer that is zeroized when dropped (for a keystore).
    pub fn to_bytes(&self) -> Zeroizing<[u8; 32]> {
        Zeroizing::new(self.inner.to_bytes().into())
    }

    /// The public key readers register and writers wrap data keys to.
    pub const fn public_key(&self) -> &PublicKey {
        &self.public
    }

    /// The Ethereum address of this key.
    pub fn address(&self) -> Address {
        self.public.address()
    }

    /// The k256 key, for ECDH inside this crate.
    pub(crate) const fn as_k256(&self) -> &k256::SecretKey {
        &self.inner
    }

    fn from_k256(inner: k256::SecretKey) -> Self {
        let public = PublicKey::from(inner.public_key());
        Self { inner, public }
    }
}

impl From<&PrivateKeySigner> for SecretKey {
    /// The same key as an alloy signer (alloy's local signer holds a k256 0.13 signing key).
    fn from(signer: &PrivateKeySigner) -> Self {
        Self::from_k256(k256::SecretKey::from(signer.credential()))
    }
}

impl fmt::Debug for SecretKey {
    /// Shows the public key only.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SecretKey").field("public", &self.public).finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::address;

    /// Anvil's account 1, whose address every foundry user knows.
    const ANVIL_1: [u8; 32] =
        alloy::primitives::hex!("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");

    #[test]
    fn key_matches_alloy_signer() {
        let signer = PrivateKeySigner::from_bytes(&ANVIL_1.into()).unwrap();
        let key = SecretKey::from(&signer);
        assert_eq!(key.address(), signer.address());
        assert_eq!(key.address(), address!("70997970C51812dc3A010C7d01b50e0d17dc79C8"));
        assert_eq!(*key.to_bytes(), ANVIL_1);
        assert_eq!(SecretKey::from_bytes(&ANVIL_1).unwrap().public_key(), key.public_key());
    }

    #[test]
    fn invalid_scalars_are_refused() {
        assert_eq!(SecretKey::from_bytes(&[0; 32]).unwrap_err(), EnvelopeError::InvalidSecretKey);
        assert_eq!(
            SecretKey::from_bytes(&[0xff; 32]).unwrap_err(),
            EnvelopeError::InvalidSecretKey
        );
    }

    #[test]
    fn debug_shows_no_secret() {
        let key = SecretKey::from_bytes(&ANVIL_1).unwrap();
        let shown = format!("{key:?}");
        assert!(!shown.contains("59c6995e"), "{shown}");
        assert!(shown.contains("02ba5734"), "{shown}");
    }
}
