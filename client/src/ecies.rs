//! Wrapping a data key for a reader: ECIES on secp256k1.
//!
//! A fresh ephemeral key per wrap; ECDH with the reader's public key; HKDF-SHA256 turns the shared
//! x-coordinate into an AES-256-GCM key and nonce; GCM seals the 32-byte data key.
//!
//! # Version 1
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
//! - IKM: the x-coordinate of `ephemeral_secret · recipient_public` (32 bytes).
//! - salt: the ASCII label `medvault/ecies/v1`.
//! - info: `ephemeral public (33) ‖ recipient public (33)`, so the derived key belongs to this one
//!   exchange and neither key can be swapped.
//! - OKM: 44 bytes, the GCM key (32) then the GCM nonce (12). The ephemeral key is fresh for every
//!   wrap, so each derived key seals exactly once and a derived nonce is safe.
//! - GCM additional data: bytes 0..70 (magic, version, both public keys).
//!
//! The recipient's key is in the clear so that the relayer can check that a wrapped key handed to
//! it is addressed to the grantee's registered key, and a reader is told plainly when a wrapped key
//! is not theirs. It is public already (readers register it on-chain).

use rand::{CryptoRng, RngCore, rngs::OsRng};
use ring::aead::{Aad, LessSafeKey, Nonce};
use zeroize::Zeroizing;

use medvault_primitives::{
    error::{EnvelopeError, Result},
    sealed,
};
pub use medvault_primitives::{types::PublicKey, wrapped_key::*};

use crate::{
    envelope::DataKey,
    keys::{ReaderKeys, SecretKey},
};

const HKDF_SALT: &[u8] = b"medvault/ecies/v1";

/// Wraps a data key for `recipient` with an ephemeral key from the operating system's RNG.
pub fn wrap(key: &DataKey, recipient: &PublicKey) -> WrappedKey {
    wrap_with_rng(key, recipient, &mut OsRng)
}

/// Wraps a data key for `recipient` with an ephemeral key drawn from `rng`.
pub fn wrap_with_rng(
    key: &DataKey,
    recipient: &PublicKey,
    rng: &mut (impl RngCore + CryptoRng),
) -> WrappedKey {
    // k256's SecretKey zeroizes its scalar on drop.
    wrap_with_ephemeral(key, recipient, &k256::SecretKey::random(rng))
}

/// Wraps with a given ephemeral key. Crate-private: outside test vectors the ephemeral key is
/// always fresh.
pub(crate) fn wrap_with_ephemeral(
    key: &DataKey,
    recipient: &PublicKey,
    ephemeral_secret: &k256::SecretKey,
) -> WrappedKey {
    let ephemeral = PublicKey::from(ephemeral_secret.public_key());
    let shared = k256::ecdh::diffie_hellman(
        ephemeral_secret.to_nonzero_scalar(),
        recipient.as_k256().as_affine(),
    );
    seal_key(key, recipient, &ephemeral, shared.raw_secret_bytes())
}

/// Seals `key` for `recipient` once the key agreement is done (`shared_x` the x-coordinate of
/// `ephemeral secret · recipient`).
fn seal_key(
    key: &DataKey,
    recipient: &PublicKey,
    ephemeral: &PublicKey,
    shared_x: &[u8],
) -> WrappedKey {
    let header = WrappedKey::header(recipient, ephemeral);
    let (aead, nonce) = derive(shared_x, ephemeral, recipient);
    let mut sealed = Zeroizing::new([0u8; SEALED_KEY_LEN]);
    sealed[..DataKey::LEN].copy_from_slice(key.expose());
    let tag = aead
        .seal_in_place_separate_tag(nonce, Aad::from(&header[..]), &mut sealed[..DataKey::LEN])
        .expect("32 bytes are within GCM's limit");
    sealed[DataKey::LEN..].copy_from_slice(tag.as_ref());
    WrappedKey::assemble(recipient, ephemeral, &sealed)
}

/// Wraps the data keys of many records to the same recipients (the key committee, the patient,
/// the author), in the version 1 format: each record gets one fresh ephemeral key, shared by its
/// recipients (the KDF binds each recipient's key, so the wraps are independent), and each
/// recipient's key agreement goes through its fixed-base table ([`crate::fixed_base`]). Every wrap
/// is byte for byte what a single wrap makes for that ephemeral key.
#[derive(Debug)]
pub struct Wrapper {
    recipients: Vec<crate::fixed_base::FixedBase>,
}

impl Wrapper {
    /// A wrapper for `recipients` (their tables are built here: about a millisecond each).
    pub fn new(recipients: &[&PublicKey]) -> Self {
        Self {
            recipients: recipients.iter().map(|r| crate::fixed_base::FixedBase::new(r)).collect(),
        }
    }

    /// Wraps `key` for every recipient, in the order given to [`Wrapper::new`].
    pub fn wrap(&self, key: &DataKey, rng: &mut (impl RngCore + CryptoRng)) -> Vec<WrappedKey> {
        self.wrap_with(key, &k256::SecretKey::random(rng))
    }

    fn wrap_with(&self, key: &DataKey, ephemeral_secret: &k256::SecretKey) -> Vec<WrappedKey> {
        use k256::elliptic_curve::sec1::ToEncodedPoint;
        let ephemeral = PublicKey::from(ephemeral_secret.public_key());
        let e = Zeroizing::new(*ephemeral_secret.to_nonzero_scalar().as_ref());
        self.recipients
            .iter()
            .map(|table| {
                let shared = table.mul(&e).to_affine().to_encoded_point(false);
                let shared_x = shared.x().expect("e·P is not the identity for e ≠ 0");
                seal_key(key, table.point(), &ephemeral, shared_x)
            })
            .collect()
    }
}

/// Unwraps a data key with the reader's key that the wrap names: a [`SecretKey`] itself, or the
/// matching epoch's key of a [`Keyring`](crate::keys::Keyring).
///
/// Fails with [`EnvelopeError::NotForThisKey`] if the key was wrapped for a key the reader does not
/// hold, and with [`EnvelopeError::UnwrapFailed`] if it names this reader but was altered.
///
/// [`SecretKey`]: crate::keys::SecretKey
pub fn unwrap(wrapped: &WrappedKey, keys: &(impl ReaderKeys + ?Sized)) -> Result<DataKey> {
    let Some(secret) = keys.key_for(wrapped.recipient()) else {
        return Err(EnvelopeError::NotForThisKey {
            recipient: Box::new(wrapped.recipient().clone()),
        });
    };
    let shared = k256::ecdh::diffie_hellman(
        secret.as_k256().to_nonzero_scalar(),
        wrapped.ephemeral().as_k256().as_affine(),
    );
    open_key(wrapped, shared.raw_secret_bytes())
}

/// Unwraps a data key given the ECDH point itself (`secret · ephemeral`), for a recipient whose
/// secret nobody holds whole: the key committee's members each contribute a share of that point
/// (`crate::committee`). Same checks as [`unwrap`] after the key agreement.
pub(crate) fn unwrap_with_shared_point(
    wrapped: &WrappedKey,
    shared: &k256::AffinePoint,
) -> Result<DataKey> {
    use k256::elliptic_curve::sec1::ToEncodedPoint;
    let encoded = shared.to_encoded_point(false);
    open_key(wrapped, encoded.x().ok_or(EnvelopeError::UnwrapFailed)?)
}

/// Opens the sealed data key once the key agreement is done (`shared_x` the x-coordinate of
/// `recipient secret · ephemeral`): the inverse of `seal_key`.
fn open_key(wrapped: &WrappedKey, shared_x: &[u8]) -> Result<DataKey> {
    let (aead, nonce) = derive(shared_x, wrapped.ephemeral(), wrapped.recipient());
    let mut body = Zeroizing::new([0u8; DataKey::LEN + 16]);
    body.copy_from_slice(wrapped.sealed());
    let plain = aead
        .open_in_place(nonce, Aad::from(&wrapped.as_bytes()[..CIPHERTEXT_AT]), &mut body[..])
        .map_err(|_| EnvelopeError::UnwrapFailed)?;
    let key: &[u8; DataKey::LEN] = (&*plain).try_into().expect("GCM returns the 32 key bytes");
    Ok(DataKey::from_bytes(key))
}

/// Seals arbitrary bytes to `recipient` under `label` with a fresh ephemeral key: the labelled
/// ECIES of [`medvault_primitives::sealed`] (consent notices, key-generation packages).
pub fn seal_bytes(recipient: &PublicKey, plaintext: &[u8], label: &[u8]) -> Vec<u8> {
    // k256's SecretKey zeroizes its scalar on drop.
    sealed::seal(recipient, plaintext, label, &k256::SecretKey::random(&mut OsRng))
}

/// Opens bytes sealed by [`seal_bytes`] to `secret`'s public key under the same `label`.
pub fn open_bytes(secret: &SecretKey, sealed: &[u8], label: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
    sealed::open(secret.as_k256(), sealed, label)
}

/// HKDF-SHA256 from the shared secret to a GCM key and nonce (see the module docs).
fn derive(shared_x: &[u8], ephemeral: &PublicKey, recipient: &PublicKey) -> (LessSafeKey, Nonce) {
    let mut info = [0u8; 2 * PublicKey::LEN];
    info[..PublicKey::LEN].copy_from_slice(ephemeral.as_bytes());
    info[PublicKey::LEN..].copy_from_slice(recipient.as_bytes());
    sealed::gcm_key_and_nonce(HKDF_SALT, shared_x, &info)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::SecretKey;
    use rand::{SeedableRng, rngs::StdRng};

    fn reader(seed: u64) -> SecretKey {
        SecretKey::random(&mut StdRng::seed_from_u64(seed))
    }

    fn data_key() -> DataKey {
        DataKey::random(&mut StdRng::seed_from_u64(42))
    }

    #[test]
    fn wrap_unwrap_round_trip() {
        let reader = reader(1);
        let key = data_key();
        let wrapped = wrap(&key, reader.public_key());
        assert_eq!(wrapped.recipient(), reader.public_key());
        let parsed = WrappedKey::from_bytes(wrapped.as_bytes()).unwrap();
        assert_eq!(parsed, wrapped);
        assert_eq!(unwrap(&parsed, &reader).unwrap().expose(), key.expose());
    }

    #[test]
    fn sealed_bytes_open_for_their_recipient_and_label_only() {
        let (a, b) = (reader(1), reader(2));
        let sealed = seal_bytes(a.public_key(), b"round two package", b"dkg/round2");
        assert_eq!(&open_bytes(&a, &sealed, b"dkg/round2").unwrap()[..], b"round two package");
        assert_eq!(
            open_bytes(&b, &sealed, b"dkg/round2").unwrap_err(),
            EnvelopeError::UnwrapFailed
        );
        assert_eq!(open_bytes(&a, &sealed, b"other").unwrap_err(), EnvelopeError::UnwrapFailed);
        assert_eq!(
            open_bytes(&a, &sealed[..40], b"dkg/round2").unwrap_err(),
            EnvelopeError::UnwrapFailed
        );
    }

    #[test]
    fn the_batch_wrapper_makes_the_same_wraps() {
        let mut rng = StdRng::seed_from_u64(8);
        let (a, b) = (reader(1), reader(2));
        let wrapper = Wrapper::new(&[a.public_key(), b.public_key()]);
        let key = data_key();
        let e = k256::SecretKey::random(&mut rng);
        let wraps = wrapper.wrap_with(&key, &e);
        assert_eq!(wraps[0], wrap_with_ephemeral(&key, a.public_key(), &e));
        assert_eq!(wraps[1], wrap_with_ephemeral(&key, b.public_key(), &e));
        let fresh = wrapper.wrap(&key, &mut rng);
        assert_eq!(unwrap(&fresh[0], &a).unwrap().expose(), key.expose());
        assert_eq!(unwrap(&fresh[1], &b).unwrap().expose(), key.expose());
    }

    #[test]
    fn every_wrap_has_a_fresh_ephemeral_key() {
        let reader = reader(1);
        let key = data_key();
        let a = wrap(&key, reader.public_key());
        let b = wrap(&key, reader.public_key());
        assert_ne!(a.as_bytes()[EPHEMERAL_AT..], b.as_bytes()[EPHEMERAL_AT..]);
    }

    #[test]
    fn another_readers_key_is_refused() {
        let wrapped = wrap(&data_key(), reader(1).public_key());
        let err = unwrap(&wrapped, &reader(2)).unwrap_err();
        assert_eq!(
            err,
            EnvelopeError::NotForThisKey { recipient: Box::new(reader(1).public_key().clone()) }
        );
        assert!(err.to_string().starts_with("wrapped key is for reader 0x0"), "{err}");
    }

    #[test]
    fn altered_wrapped_key_is_refused() {
        let reader = reader(1);
        let wrapped = wrap(&data_key(), reader.public_key());
        // Ciphertext, tag, and the ephemeral key's x-coordinate (a different point, or none).
        for at in [CIPHERTEXT_AT, WRAPPED_KEY_LEN - 1, EPHEMERAL_AT + 5] {
            let mut bytes = *wrapped.as_bytes();
            bytes[at] ^= 0x01;
            match WrappedKey::from_bytes(&bytes) {
                Ok(altered) => {
                    let err = unwrap(&altered, &reader).unwrap_err();
                    assert_eq!(err, EnvelopeError::UnwrapFailed, "byte {at}");
                }
                Err(err) => assert_eq!(err, EnvelopeError::WrappedKeyInvalidPoint("ephemeral")),
            }
        }
        // Re-addressed to another reader: that reader's unwrap fails, since the KDF binds the
        // recipient named at wrap time.
        let other = crate::keys::SecretKey::random(&mut StdRng::seed_from_u64(3));
        let mut bytes = *wrapped.as_bytes();
        bytes[RECIPIENT_AT..EPHEMERAL_AT].copy_from_slice(other.public_key().as_bytes());
        let readdressed = WrappedKey::from_bytes(&bytes).unwrap();
        assert_eq!(unwrap(&readdressed, &other).unwrap_err(), EnvelopeError::UnwrapFailed);
    }

    #[test]
    fn malformed_wrapped_keys_are_refused() {
        let wrapped = wrap(&data_key(), reader(1).public_key());
        let bytes = *wrapped.as_bytes();
        assert_eq!(
            WrappedKey::from_bytes(&bytes[..100]).unwrap_err(),
            EnvelopeError::WrappedKeyLength { len: 100, expected: WRAPPED_KEY_LEN }
        );
        let mut b = bytes;
        b[0] = b'X';
        assert_eq!(WrappedKey::from_bytes(&b).unwrap_err(), EnvelopeError::WrappedKeyBadMagic);
        let mut b = bytes;
        b[3] = 9;
        assert_eq!(
            WrappedKey::from_bytes(&b).unwrap_err(),
            EnvelopeError::WrappedKeyUnknownVersion(9)
        );
        let mut b = bytes;
        b[RECIPIENT_AT] = 0x04;
        assert_eq!(
            WrappedKey::from_bytes(&b).unwrap_err(),
            EnvelopeError::WrappedKeyInvalidPoint("recipient")
        );
        assert_eq!(
            WrappedKey::check_structure(&b).unwrap_err(),
            EnvelopeError::WrappedKeyInvalidPoint("recipient")
        );
        let mut b = bytes;
        b[EPHEMERAL_AT] = 0x05;
        assert_eq!(
            WrappedKey::check_structure(&b).unwrap_err(),
            EnvelopeError::WrappedKeyInvalidPoint("ephemeral")
        );
        assert_eq!(
            WrappedKey::check_structure(&bytes).unwrap(),
            reader(1).public_key().as_bytes(),
            "the structure check hands back the recipient"
        );
    }

    #[test]
    fn wrapped_key_opens_the_envelope() {
        use crate::envelope::{AadContext, open, seal};
        use alloy::primitives::{Address, B256};
        use medvault_primitives::types::{PatientId, RecordId, RecordVersion};

        let ctx = AadContext {
            chain_id: 1,
            registry: Address::ZERO,
            patient_id: PatientId(B256::repeat_byte(1)),
            record_id: RecordId(B256::repeat_byte(2)),
            version: RecordVersion(1),
        };
        let (patient, author) = (reader(10), reader(11));
        let (env, key) = seal(b"record", &ctx, &mut StdRng::seed_from_u64(5)).unwrap();
        let for_patient = wrap(&key, patient.public_key());
        let for_author = wrap(&key, author.public_key());
        drop(key);
        for (w, sk) in [(for_patient, patient), (for_author, author)] {
            let key = unwrap(&w, &sk).unwrap();
            assert_eq!(open(env.as_bytes(), &key, &ctx).unwrap().as_bytes(), b"record");
        }
    }
}
