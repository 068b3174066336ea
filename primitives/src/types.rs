//! Types shared by the client and the service: opaque ids, record leaves, public keys.
//!
//! Everything here is safe for the relayer to hold: ids are opaque 32-byte values, a
//! [`PublicKey`] is public, and a [`RecordLeaf`] commits only to a hash over ciphertext. Nothing in
//! this module can carry plaintext or a private key.

use std::{fmt, str::FromStr};

use alloy::{
    primitives::{Address, B256, keccak256},
    sol_types::SolValue,
};
use k256::elliptic_curve::sec1::ToEncodedPoint;

/// Errors from parsing shared types.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TypesError {
    /// A public key was not 33 bytes long.
    #[error("public key must be 33 bytes (compressed SEC1), got {0} bytes")]
    PublicKeyLength(usize),
    /// The 33 bytes are not a compressed point on secp256k1.
    #[error("public key is not a valid compressed secp256k1 point")]
    PublicKeyInvalid,
    /// A hex string could not be decoded.
    #[error("invalid hex: {0}")]
    Hex(#[from] hex::FromHexError),
}

/// Result alias for [`TypesError`].
pub type Result<T, E = TypesError> = std::result::Result<T, E>;

/// Opaque id of a patient. Not an address and not derived from personal data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct PatientId(pub B256);

/// Opaque id of a record, stable across its versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct RecordId(pub B256);

/// Consent category of a record (grants can be given per category).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Category(pub u16);

/// Version of a record, starting at 1. Every version has its own data key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct RecordVersion(pub u32);

macro_rules! display_inner {
    ($($t:ty),*) => {$(
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }
    )*};
}
display_inner!(PatientId, RecordId, Category, RecordVersion);

/// A secp256k1 public key in compressed SEC1 form (33 bytes), validated when parsed.
///
/// Readers register these keys; data keys are wrapped to them. The compressed bytes are the
/// canonical form: key wrapping binds them into its key derivation, so one key has one encoding.
#[derive(Clone)]
pub struct PublicKey {
    bytes: [u8; 33],
    // Kept decoded so that wrapping a key does not pay for a point decompression each time.
    point: k256::PublicKey,
}

impl PublicKey {
    /// Length of the compressed encoding.
    pub const LEN: usize = 33;

    /// Parses a compressed SEC1 public key (33 bytes, prefix 0x02 or 0x03) and checks that it is a
    /// point on the curve.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self> {
        let bytes: [u8; 33] =
            bytes.try_into().map_err(|_| TypesError::PublicKeyLength(bytes.len()))?;
        // from_sec1_bytes also accepts the uncompressed form and, at 33 bytes, SEC1's "compact"
        // tag 0x05 (x only). The length and tag checks keep one canonical encoding per key.
        if !matches!(bytes[0], 0x02 | 0x03) {
            return Err(TypesError::PublicKeyInvalid);
        }
        let point =
            k256::PublicKey::from_sec1_bytes(&bytes).map_err(|_| TypesError::PublicKeyInvalid)?;
        Ok(Self { bytes, point })
    }

    /// The compressed SEC1 bytes.
    pub const fn as_bytes(&self) -> &[u8; 33] {
        &self.bytes
    }

    /// The decoded curve point.
    pub const fn as_k256(&self) -> &k256::PublicKey {
        &self.point
    }

    /// The Ethereum address of this key: the last 20 bytes of keccak256 over the uncompressed
    /// point without its 0x04 prefix.
    pub fn address(&self) -> Address {
        let uncompressed = self.point.to_encoded_point(false);
        Address::from_slice(&keccak256(&uncompressed.as_bytes()[1..])[12..])
    }
}

impl From<k256::PublicKey> for PublicKey {
    fn from(point: k256::PublicKey) -> Self {
        let encoded = point.to_encoded_point(true);
        let mut bytes = [0u8; 33];
        bytes.copy_from_slice(encoded.as_bytes());
        Self { bytes, point }
    }
}

impl PartialEq for PublicKey {
    fn eq(&self, other: &Self) -> bool {
        self.bytes == other.bytes
    }
}

impl Eq for PublicKey {}

impl std::hash::Hash for PublicKey {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.bytes.hash(state);
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({self})")
    }
}

impl fmt::Display for PublicKey {
    /// `0x`-prefixed lowercase hex of the compressed bytes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "0x{}", hex::encode(self.bytes))
    }
}

impl FromStr for PublicKey {
    type Err = TypesError;

    /// Parses hex (with or without `0x`) of the compressed bytes.
    fn from_str(s: &str) -> Result<Self> {
        let s = s.strip_prefix("0x").unwrap_or(s);
        Self::from_bytes(&hex::decode(s)?)
    }
}

/// keccak256 of an envelope exactly as pinned: the `ciphertextHash` of a [`RecordLeaf`].
pub fn ciphertext_hash(envelope: &[u8]) -> B256 {
    keccak256(envelope)
}

/// The Merkle leaf that commits to one version of one encrypted record.
///
/// Mirrors the Solidity library `RecordLeaf.hash` byte for byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RecordLeaf {
    /// The patient the record belongs to.
    pub patient_id: PatientId,
    /// The record, stable across versions.
    pub record_id: RecordId,
    /// The version this leaf commits to.
    pub version: RecordVersion,
    /// The leaf of the version before (zero for version 1): each version commits to its
    /// predecessor, so a record's history is one hash chain.
    pub previous: B256,
    /// keccak256 of the envelope bytes as pinned (see [`ciphertext_hash`]).
    pub ciphertext_hash: B256,
    /// The address that authored this version.
    pub author: Address,
    /// Consent category of the record.
    pub category: Category,
}

impl RecordLeaf {
    /// The leaf hash:
    /// `keccak256(bytes.concat(keccak256(abi.encode(patientId, recordId, version, previous,
    /// ciphertextHash, author, category))))`.
    ///
    /// The double hash (as in OpenZeppelin's StandardMerkleTree) means a 64-byte inner node can
    /// never be passed off as a leaf.
    pub fn hash(&self) -> B256 {
        let encoded = (
            self.patient_id.0,
            self.record_id.0,
            self.version.0,
            self.previous,
            self.ciphertext_hash,
            self.author,
            self.category.0,
        )
            .abi_encode_params();
        keccak256(keccak256(encoded))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::{address, b256};

    fn sample_leaf() -> RecordLeaf {
        RecordLeaf {
            patient_id: PatientId(B256::repeat_byte(0x11)),
            record_id: RecordId(B256::repeat_byte(0x22)),
            version: RecordVersion(3),
            previous: B256::repeat_byte(0x33),
            ciphertext_hash: ciphertext_hash(b"medvault envelope"),
            author: address!("70997970C51812dc3A010C7d01b50e0d17dc79C8"),
            category: Category(7),
        }
    }

    /// Expected values computed with foundry's `cast`:
    /// `cast abi-encode "f(bytes32,bytes32,uint32,bytes32,bytes32,address,uint16)" 0x11..11 0x22..22 3
    /// 0x33..33 $(cast keccak "medvault envelope") 0x7099..79C8 7`, then `cast keccak` twice.
    #[test]
    fn leaf_hash_matches_solidity() {
        let leaf = sample_leaf();
        assert_eq!(
            leaf.ciphertext_hash,
            b256!("02903c22c16f6c32d5a1196913b3e901ed1515582d04c33c4bc820323f4b6919")
        );
        assert_eq!(
            leaf.hash(),
            b256!("ca1c90eab4b99633dc4c72ac0fee569d4c5b2eb3653333964faa38c7dd51115c")
        );
    }

    #[test]
    fn leaf_hash_changes_with_every_field() {
        let base = sample_leaf();
        let variants = [
            RecordLeaf { patient_id: PatientId(B256::repeat_byte(0x12)), ..base },
            RecordLeaf { record_id: RecordId(B256::repeat_byte(0x23)), ..base },
            RecordLeaf { version: RecordVersion(4), ..base },
            RecordLeaf { previous: B256::ZERO, ..base },
            RecordLeaf { ciphertext_hash: B256::ZERO, ..base },
            RecordLeaf { author: Address::ZERO, ..base },
            RecordLeaf { category: Category(8), ..base },
        ];
        for v in variants {
            assert_ne!(v.hash(), base.hash());
        }
    }

    #[test]
    fn public_key_parses_compressed_only() {
        // Anvil account 1's key; its address is the sample author above.
        let pk: PublicKey =
            "0x02ba5734d8f7091719471e7f7ed6b9df170dc70cc661ca05e688601ad984f068b0".parse().unwrap();
        assert_eq!(pk.address(), address!("70997970C51812dc3A010C7d01b50e0d17dc79C8"));
        assert_eq!(pk.to_string().parse::<PublicKey>().unwrap(), pk);

        let uncompressed = pk.as_k256().to_encoded_point(false);
        assert_eq!(
            PublicKey::from_bytes(uncompressed.as_bytes()),
            Err(TypesError::PublicKeyLength(65))
        );
        // SEC1's compact tag (x only) and the identity are refused, as is an x off the curve.
        for tag in [0x05, 0x00] {
            let mut bad = *pk.as_bytes();
            bad[0] = tag;
            assert_eq!(PublicKey::from_bytes(&bad), Err(TypesError::PublicKeyInvalid));
        }
        let mut off_curve = [0u8; 33];
        off_curve[0] = 0x02;
        off_curve[32] = 5; // x = 5: x^3 + 7 = 132 is not a square mod p
        assert_eq!(PublicKey::from_bytes(&off_curve), Err(TypesError::PublicKeyInvalid));
        assert!(matches!("0xzz".parse::<PublicKey>(), Err(TypesError::Hex(_))));
    }
}
