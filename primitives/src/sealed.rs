//! Sealed bytes: labelled ECIES on secp256k1 for anything that is not a data key (consent notices,
//! the key nodes' key-generation packages, batch metadata sealed to the key committee).
//!
//! ```text
//! ephemeral public key (33, compressed) ‖ AES-256-GCM ciphertext ‖ tag (16)
//! ```
//!
//! - IKM: the x-coordinate of `ephemeral secret · recipient public`.
//! - HKDF-SHA256, salt `medvault/ecies-bytes/v1`, info `ephemeral (33) ‖ recipient (33) ‖ label`,
//!   44 bytes out: the GCM key (32), then the GCM nonce (12). The ephemeral key is fresh per
//!   sealing, so each derived key seals once and a derived nonce is safe.
//! - GCM additional data: the label. It says what the bytes are, so sealed bytes of one kind never
//!   open as another.
//!
//! The recipient's key is not in the output: nobody but the recipient can tell whom sealed bytes are
//! for. Vectors: `docs/ENVELOPE.md`, "Sealed bytes".

use hkdf::Hkdf;
use ring::aead::{AES_256_GCM, Aad, LessSafeKey, Nonce, UnboundKey};
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::{
    error::{EnvelopeError, Result},
    types::PublicKey,
};

const SALT: &[u8] = b"medvault/ecies-bytes/v1";
/// Bytes sealing adds to a plaintext: the ephemeral key and the GCM tag.
pub const OVERHEAD: usize = PublicKey::LEN + 16;

/// Seals `plaintext` to `recipient` under `label` with the ephemeral key `ephemeral`, which must be
/// fresh for every call (draw it from a CSPRNG).
pub fn seal(
    recipient: &PublicKey,
    plaintext: &[u8],
    label: &[u8],
    ephemeral: &k256::SecretKey,
) -> Vec<u8> {
    let ephemeral_public = PublicKey::from(ephemeral.public_key());
    let shared =
        k256::ecdh::diffie_hellman(ephemeral.to_nonzero_scalar(), recipient.as_k256().as_affine());
    let (aead, nonce) = derive(shared.raw_secret_bytes(), &ephemeral_public, recipient, label);
    let mut out = Vec::with_capacity(OVERHEAD + plaintext.len());
    out.extend_from_slice(ephemeral_public.as_bytes());
    let mut body = Zeroizing::new(plaintext.to_vec());
    let tag = aead
        .seal_in_place_separate_tag(nonce, Aad::from(label), &mut body)
        .expect("within GCM's limit");
    out.extend_from_slice(&body);
    out.extend_from_slice(tag.as_ref());
    out
}

/// Opens bytes sealed by [`seal`] to `secret`'s public key under the same `label`.
pub fn open(secret: &k256::SecretKey, sealed: &[u8], label: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
    if sealed.len() < OVERHEAD {
        return Err(EnvelopeError::UnwrapFailed);
    }
    let ephemeral = PublicKey::from_bytes(&sealed[..PublicKey::LEN])
        .map_err(|_| EnvelopeError::UnwrapFailed)?;
    let shared =
        k256::ecdh::diffie_hellman(secret.to_nonzero_scalar(), ephemeral.as_k256().as_affine());
    let recipient = PublicKey::from(secret.public_key());
    let (aead, nonce) = derive(shared.raw_secret_bytes(), &ephemeral, &recipient, label);
    let mut body = Zeroizing::new(sealed[PublicKey::LEN..].to_vec());
    let len = aead
        .open_in_place(nonce, Aad::from(label), &mut body[..])
        .map_err(|_| EnvelopeError::UnwrapFailed)?
        .len();
    body.truncate(len);
    Ok(body)
}

fn derive(
    shared_x: &[u8],
    ephemeral: &PublicKey,
    recipient: &PublicKey,
    label: &[u8],
) -> (LessSafeKey, Nonce) {
    let info = [ephemeral.as_bytes().as_slice(), recipient.as_bytes(), label].concat();
    gcm_key_and_nonce(SALT, shared_x, &info)
}

/// The AES-256-GCM key and nonce of an ECIES exchange: 44 bytes of HKDF-SHA256 over `shared_x`
/// with `salt` and `info`, the key (32) then the nonce (12). The one derivation behind sealed bytes
/// and the wrapped-key format (MVK v1), which differ in salt and info only.
pub fn gcm_key_and_nonce(salt: &[u8], shared_x: &[u8], info: &[u8]) -> (LessSafeKey, Nonce) {
    let mut okm = Zeroizing::new([0u8; 44]);
    Hkdf::<Sha256>::new(Some(salt), shared_x)
        .expand(info, &mut okm[..])
        .expect("44 bytes are within HKDF-SHA256's limit");
    let key = UnboundKey::new(&AES_256_GCM, &okm[..32]).expect("32-byte key");
    let nonce = Nonce::try_assume_unique_for_key(&okm[32..]).expect("12-byte nonce");
    (LessSafeKey::new(key), nonce)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(byte: u8) -> k256::SecretKey {
        k256::SecretKey::from_slice(&[byte; 32]).unwrap()
    }

    /// The byte-exact output for fixed keys (docs/ENVELOPE.md, "Sealed bytes"): the format is a
    /// protocol between the client, the relayer and the key nodes.
    #[test]
    fn vector() {
        let recipient = PublicKey::from(key(0x11).public_key());
        let sealed = seal(&recipient, b"medvault", b"medvault/test/v1", &key(0x22));
        assert_eq!(hex::encode(&sealed), VECTOR);
        assert_eq!(&open(&key(0x11), &sealed, b"medvault/test/v1").unwrap()[..], b"medvault");
    }

    // Cross-checked with an independent implementation (Python, pyca/cryptography: ECDH, HKDF,
    // AESGCM), docs/ENVELOPE.md.
    const VECTOR: &str = "02466d7fcae563e5cb09a0d1870bb580344804617879a14949cf22285f1bae3f2783962ce19e1dec77fce7566431e2ffa6b99f75032bebf20a";

    #[test]
    fn opens_for_its_recipient_and_label_only() {
        let recipient = PublicKey::from(key(0x11).public_key());
        let sealed = seal(&recipient, b"batch metadata", METADATA, &key(0x33));
        assert!(open(&key(0x12), &sealed, METADATA).is_err(), "another key");
        assert!(open(&key(0x11), &sealed, b"other").is_err(), "another label");
        let mut flipped = sealed.clone();
        *flipped.last_mut().unwrap() ^= 1;
        assert!(open(&key(0x11), &flipped, METADATA).is_err(), "a changed tag");
        assert!(open(&key(0x11), &sealed[..OVERHEAD - 1], METADATA).is_err(), "too short");
    }

    const METADATA: &[u8] = b"medvault/batch-metadata/v1";
}
