//! Envelope encryption of one record version: AES-256-GCM under a fresh data key.
//!
//! [`seal`] draws a fresh random 256-bit [`DataKey`] and a random 96-bit nonce for every record
//! version and returns the [`Envelope`] (what is pinned to IPFS and hashed into the leaf) with the
//! key (which the writer then wraps for each reader, see [`crate::ecies`]). [`open`] is the
//! reverse. Byte layout and test vectors: `docs/ENVELOPE.md`.
//!
//! # Version 1
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
//! ([`AadContext::to_bytes`]), so a ciphertext moved to another chain, registry, patient, record or
//! version does not open, and neither does one whose header was edited.
//!
//! Why the two digests: AES-GCM is not key-committing — a crafted ciphertext can open under two
//! different keys to two different records, so an author could show one record to the patient and
//! another to a grantee. The key commitment closes that, and with the context digest it lets
//! [`open`] say which input is wrong (context, key, or the bytes) instead of one opaque failure.
//! Both are hashes of values that are random (the key) or public (the context).
//!
//! Nonces: a key seals exactly one record version and is never reused, so a nonce cannot repeat
//! under a key whatever the nonce is; it is random anyway, so that a bug that reused a key would
//! still not reuse a (key, nonce) pair.

use std::fmt;

use rand::{CryptoRng, RngCore};
use ring::aead::{AES_256_GCM, Aad, LessSafeKey, Nonce, UnboundKey};
use secrecy::{ExposeSecret, SecretBox};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

pub use medvault_primitives::envelope::*;
use medvault_primitives::error::{EnvelopeError, Result};

/// The 256-bit key that seals one record version. Zeroized on drop; no serde, no `Clone`, no
/// content in `Debug`.
pub struct DataKey(SecretBox<[u8; 32]>);

impl DataKey {
    /// Length of a data key.
    pub const LEN: usize = 32;

    /// A fresh random key.
    pub fn random(rng: &mut (impl RngCore + CryptoRng)) -> Self {
        Self(SecretBox::init_with_mut(|k: &mut [u8; 32]| rng.fill_bytes(k)))
    }

    /// A key from known bytes: for unwrapping and for test vectors only. The caller zeroizes its
    /// copy.
    pub(crate) fn from_bytes(bytes: &[u8; 32]) -> Self {
        Self(SecretBox::init_with_mut(|k: &mut [u8; 32]| k.copy_from_slice(bytes)))
    }

    pub(crate) fn expose(&self) -> &[u8; 32] {
        self.0.expose_secret()
    }

    fn commitment(&self) -> [u8; 32] {
        Sha256::new()
            .chain_update(KEY_COMMITMENT_LABEL)
            .chain_update(self.expose())
            .finalize()
            .into()
    }

    fn aead_key(&self) -> LessSafeKey {
        LessSafeKey::new(UnboundKey::new(&AES_256_GCM, self.expose()).expect("32-byte key"))
    }
}

impl fmt::Debug for DataKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DataKey(<redacted>)")
    }
}

/// A decrypted record. Zeroized on drop; no serde, no `Clone`, no content in `Debug`.
pub struct Plaintext(Zeroizing<Vec<u8>>);

impl Plaintext {
    /// The record bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The record length in bytes.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the record is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The bytes, still zeroized when dropped.
    pub fn into_inner(self) -> Zeroizing<Vec<u8>> {
        self.0
    }
}

impl fmt::Debug for Plaintext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Plaintext({} bytes)", self.len())
    }
}

/// Seals one record version under a fresh random data key and nonce.
///
/// Returns the envelope and its data key; wrap the key for each reader, then drop it.
pub fn seal(
    plaintext: &[u8],
    context: &AadContext,
    rng: &mut (impl RngCore + CryptoRng),
) -> Result<(Envelope, DataKey)> {
    let key = DataKey::random(rng);
    let mut nonce = [0u8; NONCE_LEN];
    rng.fill_bytes(&mut nonce);
    let envelope = seal_with(plaintext, context, &key, nonce)?;
    Ok((envelope, key))
}

/// Seals one record version under `key` (fresh, drawn by the caller, who needs it before the
/// context is known: the context's patient id is bound to the key's committee wrap) and a fresh
/// random nonce. Use each key for one record version only.
pub fn seal_with_key(
    plaintext: &[u8],
    context: &AadContext,
    key: &DataKey,
    rng: &mut (impl RngCore + CryptoRng),
) -> Result<Envelope> {
    let mut nonce = [0u8; NONCE_LEN];
    rng.fill_bytes(&mut nonce);
    seal_with(plaintext, context, key, nonce)
}

/// Seals with a given key and nonce. Crate-private: outside test vectors, a key and nonce always
/// come from [`seal`].
pub(crate) fn seal_with(
    plaintext: &[u8],
    context: &AadContext,
    key: &DataKey,
    nonce: [u8; NONCE_LEN],
) -> Result<Envelope> {
    // ring refuses more than 2^36 - 32 bytes per nonce (GCM's limit); say so before allocating.
    if plaintext.len() as u64 > (1u64 << 36) - 32 {
        return Err(EnvelopeError::TooLarge(plaintext.len()));
    }
    let mut out = Vec::with_capacity(HEADER_LEN + plaintext.len() + TAG_LEN);
    out.extend_from_slice(&MAGIC);
    out.push(VERSION);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&key.commitment());
    out.extend_from_slice(&context.digest());
    debug_assert_eq!(out.len(), HEADER_LEN);
    let aad = aad(out[..HEADER_LEN].try_into().expect("header"), context);
    out.extend_from_slice(plaintext);
    let tag = key
        .aead_key()
        .seal_in_place_separate_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(&aad[..]),
            &mut out[HEADER_LEN..],
        )
        .map_err(|_| EnvelopeError::TooLarge(plaintext.len()))?;
    out.extend_from_slice(tag.as_ref());
    Ok(Envelope::from_sealed(out))
}

/// Opens an envelope with its data key, for the context it was sealed for.
///
/// Checks, in order: structure ([`EnvelopeError::Truncated`], [`EnvelopeError::BadMagic`],
/// [`EnvelopeError::UnknownVersion`]), context ([`EnvelopeError::WrongContext`]), key
/// ([`EnvelopeError::WrongKey`]), then the tag ([`EnvelopeError::Tampered`]).
pub fn open(envelope: &[u8], key: &DataKey, context: &AadContext) -> Result<Plaintext> {
    check_structure(envelope)?;
    let header: &[u8; HEADER_LEN] = envelope[..HEADER_LEN].try_into().expect("checked length");
    if header[DIGEST_AT..HEADER_LEN] != context.digest() {
        return Err(EnvelopeError::WrongContext);
    }
    if header[COMMITMENT_AT..DIGEST_AT] != key.commitment() {
        return Err(EnvelopeError::WrongKey);
    }
    let nonce: [u8; NONCE_LEN] = header[NONCE_AT..COMMITMENT_AT].try_into().expect("12 bytes");
    let aad = aad(header, context);
    let mut buf = Zeroizing::new(envelope[HEADER_LEN..].to_vec());
    let len = key
        .aead_key()
        .open_in_place(Nonce::assume_unique_for_key(nonce), Aad::from(&aad[..]), &mut buf)
        .map_err(|_| EnvelopeError::Tampered)?
        .len();
    // Truncating keeps the capacity, which Zeroizing clears on drop along with the tag bytes.
    buf.truncate(len);
    Ok(Plaintext(buf))
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::{Address, B256};
    use medvault_primitives::types::{PatientId, RecordId, RecordVersion};
    use proptest::prelude::*;
    use rand::{SeedableRng, rngs::StdRng};

    fn context() -> AadContext {
        AadContext {
            chain_id: 31337,
            registry: Address::repeat_byte(0xaa),
            patient_id: PatientId(B256::repeat_byte(0x11)),
            record_id: RecordId(B256::repeat_byte(0x22)),
            version: RecordVersion(1),
        }
    }

    fn sealed(plaintext: &[u8]) -> (Envelope, DataKey) {
        seal(plaintext, &context(), &mut StdRng::seed_from_u64(7)).unwrap()
    }

    #[test]
    fn round_trip() {
        for len in [0, 1, 4096, 65536] {
            let record = vec![0x5a; len];
            let (env, key) = sealed(&record);
            assert_eq!(env.len(), MIN_LEN + len);
            assert_eq!(open(env.as_bytes(), &key, &context()).unwrap().as_bytes(), &record[..]);
        }
    }

    #[test]
    fn every_seal_has_a_fresh_key_and_nonce() {
        let mut rng = StdRng::seed_from_u64(1);
        let (a, ka) = seal(b"same record", &context(), &mut rng).unwrap();
        let (b, kb) = seal(b"same record", &context(), &mut rng).unwrap();
        assert_ne!(ka.expose(), kb.expose());
        assert_ne!(a.as_bytes()[NONCE_AT..COMMITMENT_AT], b.as_bytes()[NONCE_AT..COMMITMENT_AT]);
        assert_ne!(a, b);
    }

    #[test]
    fn tampered_ciphertext_tag_or_nonce_is_refused() {
        let (env, key) = sealed(b"{\"resourceType\":\"Observation\"}");
        // Ciphertext, tag, and nonce bytes: none is covered by the header digests, all by GCM.
        for at in [HEADER_LEN, env.len() - 1, NONCE_AT] {
            let mut bytes = env.clone().into_bytes();
            bytes[at] ^= 0x01;
            let err = open(&bytes, &key, &context()).unwrap_err();
            assert_eq!(err, EnvelopeError::Tampered, "byte {at}");
            assert_eq!(
                err.to_string(),
                "envelope authentication failed: the ciphertext or header was altered"
            );
        }
        let mut cut = env.into_bytes();
        cut.pop();
        cut.push(0);
        assert_eq!(open(&cut, &key, &context()).unwrap_err(), EnvelopeError::Tampered);
    }

    #[test]
    fn wrong_key_is_refused() {
        let (env, _) = sealed(b"record");
        let other = DataKey::random(&mut StdRng::seed_from_u64(99));
        let err = open(env.as_bytes(), &other, &context()).unwrap_err();
        assert_eq!(err, EnvelopeError::WrongKey);
        assert!(err.to_string().starts_with("wrong data key"));
    }

    #[test]
    fn wrong_context_is_refused_for_every_field() {
        let (env, key) = sealed(b"record");
        let base = context();
        let others = [
            AadContext { chain_id: 1, ..base },
            AadContext { registry: Address::repeat_byte(0xab), ..base },
            AadContext { patient_id: PatientId(B256::repeat_byte(0x12)), ..base },
            AadContext { record_id: RecordId(B256::repeat_byte(0x23)), ..base },
            AadContext { version: RecordVersion(2), ..base },
        ];
        for other in others {
            let err = open(env.as_bytes(), &key, &other).unwrap_err();
            assert_eq!(err, EnvelopeError::WrongContext, "{other:?}");
            assert!(err.to_string().contains("different context"));
        }
    }

    #[test]
    fn edited_context_digest_is_still_refused() {
        // Someone rewrites the digest to match another context: GCM's AAD still binds the real one.
        let (env, key) = sealed(b"record");
        let other = AadContext { chain_id: 1, ..context() };
        let mut bytes = env.into_bytes();
        bytes[DIGEST_AT..HEADER_LEN].copy_from_slice(&other.digest());
        assert_eq!(open(&bytes, &key, &other).unwrap_err(), EnvelopeError::Tampered);
    }

    #[test]
    fn structure_errors() {
        let (env, key) = sealed(b"record");
        let ctx = context();

        let mut v2 = env.clone().into_bytes();
        v2[3] = 2;
        let err = open(&v2, &key, &ctx).unwrap_err();
        assert_eq!(err, EnvelopeError::UnknownVersion(2));
        assert_eq!(err.to_string(), "unknown envelope version 2: this build reads version 1");

        let mut magic = env.clone().into_bytes();
        magic[0] = b'X';
        assert_eq!(open(&magic, &key, &ctx).unwrap_err(), EnvelopeError::BadMagic);

        for len in [0, 2, 4, HEADER_LEN, MIN_LEN - 1] {
            let err = open(&env.as_bytes()[..len], &key, &ctx).unwrap_err();
            assert_eq!(err, EnvelopeError::Truncated { len, min: MIN_LEN });
        }
        assert_eq!(
            EnvelopeError::Truncated { len: 10, min: MIN_LEN }.to_string(),
            "envelope truncated: 10 bytes, but a version 1 envelope needs at least 80"
        );

        assert_eq!(Envelope::from_bytes(env.as_bytes().to_vec()).unwrap(), env);
        assert_eq!(Envelope::from_bytes(v2).unwrap_err(), EnvelopeError::UnknownVersion(2));
        assert!(matches!(
            Envelope::from_bytes(vec![b'M', b'V', b'E', 1]),
            Err(EnvelopeError::Truncated { len: 4, .. })
        ));
    }

    #[test]
    fn secrets_do_not_print() {
        let (env, key) = sealed(b"Patient: Jane Doe");
        let plain = open(env.as_bytes(), &key, &context()).unwrap();
        assert_eq!(format!("{key:?}"), "DataKey(<redacted>)");
        assert_eq!(format!("{plain:?}"), "Plaintext(17 bytes)");
        assert!(!format!("{env:?}").contains("Jane"));
    }

    #[test]
    fn context_encoding_is_canonical() {
        let bytes = context().to_bytes();
        assert_eq!(bytes[..8], 31337u64.to_be_bytes());
        assert_eq!(bytes[8..28], [0xaa; 20]);
        assert_eq!(bytes[28..60], [0x11; 32]);
        assert_eq!(bytes[60..92], [0x22; 32]);
        assert_eq!(bytes[92..], 1u32.to_be_bytes());
    }

    proptest! {
        #[test]
        fn seal_open_round_trips(
            record in prop::collection::vec(any::<u8>(), 0..2048),
            seed in any::<u64>(),
            chain_id in any::<u64>(),
            version in any::<u32>(),
        ) {
            let ctx = AadContext { chain_id, version: RecordVersion(version), ..context() };
            let (env, key) = seal(&record, &ctx, &mut StdRng::seed_from_u64(seed)).unwrap();
            let opened = open(env.as_bytes(), &key, &ctx).unwrap();
            prop_assert_eq!(opened.as_bytes(), &record[..]);
        }
    }
}
