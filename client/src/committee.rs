//! Threshold decryption of data keys wrapped to the key committee.
//!
//! Every record's data key is also wrapped (ECIES, [`crate::ecies`]) to the committee's public
//! key `Y = x·G`, whose secret `x` nobody holds: a distributed key generation gave each of the n
//! key nodes a Shamir share `x_i` (threshold t) and published `Y_i = x_i·G`. The wrap carries an
//! ephemeral point `R`; unwrapping needs the ECDH point `x·R`. A node that the chain says should
//! release answers with its **decryption share** `D_i = x_i·R` and a proof that it used its real
//! share; the reader checks each proof, interpolates t shares at zero
//! (`x·R = Σ λ_i·D_i`, Lagrange coefficients `λ_i = Π_{j≠i} j/(j−i)`) and finishes the ECIES
//! unwrap. This is hashed threshold ElGamal with Chaum–Pedersen proofs (Shoup–Gennaro's TDH1
//! decryption shares); the key generation is ZF FROST's (`frost-secp256k1`), whose signing shares
//! are exactly these Shamir shares.
//!
//! # Proof of a share (Chaum–Pedersen, Fiat–Shamir)
//! The node proves `log_G(Y_i) = log_R(D_i)` without revealing `x_i`, as RFC 9497 §2.2.1 does for
//! one pair: `k` random, `A = k·G`, `B = k·R`,
//! `c = SHA-256("medvault/dleq/v1" ‖ context ‖ G ‖ Y_i ‖ R ‖ D_i ‖ A ‖ B) mod n`,
//! `s = k − c·x_i`; the verifier recomputes `A = s·G + c·Y_i`, `B = s·R + c·D_i` and `c`. Points
//! are 33-byte compressed; `context` is the 32-byte digest of the reader's request, so a proof
//! answers that one request.
//!
//! # A share on the wire (`MVS`, version 1)
//! A share is as good as the key to anyone who gathers t of them, so each travels sealed to the
//! reader's registered encryption key (ECIES as for wrapped keys, with its own labels):
//!
//! ```text
//! offset  len  field
//!      0    3  magic "MVS"
//!      3    1  version = 0x01
//!      4   33  ephemeral public key (compressed)
//!     37   99  AES-256-GCM ciphertext of: index (u16 BE) ‖ D_i (33) ‖ c (32) ‖ s (32)
//!    136   16  GCM tag                                  (152 bytes in all)
//! ```
//! HKDF-SHA256: IKM the x-coordinate of `e·reader`, salt `medvault/share/v1`, info
//! `ephemeral (33) ‖ reader (33) ‖ context (32)`, 44 bytes of output (GCM key, nonce); GCM
//! additional data: bytes 0..37 and the context. Vectors: `docs/ENVELOPE.md`.

use alloy::primitives::B256;
use hkdf::Hkdf;
use k256::{
    AffinePoint, NonZeroScalar, ProjectivePoint, Scalar, U256,
    elliptic_curve::{
        Field, Group, PrimeField,
        group::GroupEncoding,
        ops::{MulByGenerator, Reduce},
    },
};
use rand::{CryptoRng, RngCore, rngs::OsRng};
use ring::aead::{AES_256_GCM, Aad, LessSafeKey, Nonce, UnboundKey};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use medvault_primitives::{types::PublicKey, wrapped_key::WrappedKey};

use crate::{envelope::DataKey, keys::SecretKey};

/// The first three bytes of a sealed share.
pub const SHARE_MAGIC: [u8; 3] = *b"MVS";
/// The sealed-share format version this build writes and reads.
pub const SHARE_VERSION: u8 = 1;
/// Length of a share in the clear: index, point, proof.
pub const SHARE_LEN: usize = 2 + 33 + 64;
/// Length of a sealed share.
pub const SEALED_SHARE_LEN: usize = 4 + 33 + SHARE_LEN + 16;

const DLEQ_LABEL: &[u8] = b"medvault/dleq/v1";
const SHARE_SALT: &[u8] = b"medvault/share/v1";

/// Why a share or a combination failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CommitteeError {
    /// The sealed share is not 152 bytes of format `MVS` version 1.
    #[error("malformed key share: {0}")]
    Malformed(&'static str),
    /// The sealed share does not open with this reader's key for this request.
    #[error("the key share does not open with this reader's key for this request")]
    SealBroken,
    /// A share's proof does not verify against the node's published verification share.
    #[error("key node {index}'s share fails its proof: the node answered with a wrong share")]
    BadProof {
        /// The node's index.
        index: u16,
    },
    /// Two shares carry the same index.
    #[error("two shares from key node {0}")]
    DuplicateIndex(u16),
    /// A share's index is not a member of the committee.
    #[error("key node {0} is not a member of the committee")]
    UnknownIndex(u16),
    /// Fewer valid shares than the threshold.
    #[error("{got} valid key shares, {needed} needed")]
    TooFewShares {
        /// Valid shares in hand.
        got: usize,
        /// The committee's threshold.
        needed: usize,
    },
    /// The combined point does not unwrap the data key (a share was wrong without being caught,
    /// or the wrap is not to this committee).
    #[error("the combined key shares do not unwrap the data key")]
    UnwrapFailed,
}

/// Result alias for [`CommitteeError`].
pub type Result<T, E = CommitteeError> = std::result::Result<T, E>;

/// A proof that a decryption share used the node's real key share.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DleqProof {
    /// The challenge.
    pub c: Scalar,
    /// The response.
    pub s: Scalar,
}

/// One node's decryption share of one wrap: `D_i = x_i·R` and its proof.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyShare {
    /// The node's index in the committee (its Shamir x-coordinate), from 1.
    pub index: u16,
    /// `x_i · R`.
    pub point: PublicKey,
    /// `log_G(Y_i) = log_R(D_i)`.
    pub proof: DleqProof,
}

impl KeyShare {
    /// The 99-byte encoding: index (u16 BE) ‖ point ‖ c ‖ s.
    pub fn to_bytes(&self) -> [u8; SHARE_LEN] {
        let mut out = [0u8; SHARE_LEN];
        out[..2].copy_from_slice(&self.index.to_be_bytes());
        out[2..35].copy_from_slice(self.point.as_bytes());
        out[35..67].copy_from_slice(&self.proof.c.to_bytes());
        out[67..].copy_from_slice(&self.proof.s.to_bytes());
        out
    }

    /// Parses the 99-byte encoding.
    pub fn from_bytes(bytes: &[u8; SHARE_LEN]) -> Result<Self> {
        let index = u16::from_be_bytes([bytes[0], bytes[1]]);
        let point = PublicKey::from_bytes(&bytes[2..35])
            .map_err(|_| CommitteeError::Malformed("the share is not a curve point"))?;
        let scalar = |b: &[u8]| {
            Option::<Scalar>::from(Scalar::from_repr(
                <[u8; 32]>::try_from(b).expect("32 bytes").into(),
            ))
            .ok_or(CommitteeError::Malformed("a proof scalar is not below the group order"))
        };
        let proof = DleqProof { c: scalar(&bytes[35..67])?, s: scalar(&bytes[67..])? };
        Ok(Self { index, point, proof })
    }
}

/// A node's decryption share of the wrap whose ephemeral point is `ephemeral`, with its proof for
/// the request `context`. `secret` is the node's key share `x_i`.
pub fn decryption_share(
    index: u16,
    secret: &NonZeroScalar,
    ephemeral: &PublicKey,
    context: &B256,
    rng: &mut (impl RngCore + CryptoRng),
) -> KeyShare {
    share_with_nonce(index, secret, ephemeral, context, &Zeroizing::new(Scalar::random(rng)))
}

/// [`decryption_share`] with the proof's nonce given (for test vectors only).
fn share_with_nonce(
    index: u16,
    secret: &NonZeroScalar,
    ephemeral: &PublicKey,
    context: &B256,
    k: &Zeroizing<Scalar>,
) -> KeyShare {
    let r = ephemeral.as_k256().to_projective();
    let x: &Scalar = secret.as_ref();
    let verification = ProjectivePoint::mul_by_generator(x);
    let d = r * x;
    let a = ProjectivePoint::mul_by_generator(&**k);
    let b = r * **k;
    let c = challenge(context, &verification, &r, &d, &a, &b);
    let s = **k - c * x;
    KeyShare { index, point: public(&d), proof: DleqProof { c, s } }
}

/// Whether `share` is node `verification`'s true share of the wrap with ephemeral point
/// `ephemeral`, for request `context`.
pub fn verify_share(
    share: &KeyShare,
    verification: &PublicKey,
    ephemeral: &PublicKey,
    context: &B256,
) -> bool {
    let y = verification.as_k256().to_projective();
    let r = ephemeral.as_k256().to_projective();
    let d = share.point.as_k256().to_projective();
    let DleqProof { c, s } = share.proof;
    let a = ProjectivePoint::mul_by_generator(&s) + y * c;
    let b = r * s + d * c;
    if bool::from(a.is_identity()) || bool::from(b.is_identity()) {
        return false;
    }
    challenge(context, &y, &r, &d, &a, &b) == c
}

/// `c = SHA-256(label ‖ context ‖ G ‖ Y_i ‖ R ‖ D_i ‖ A ‖ B) mod n`.
fn challenge(
    context: &B256,
    y: &ProjectivePoint,
    r: &ProjectivePoint,
    d: &ProjectivePoint,
    a: &ProjectivePoint,
    b: &ProjectivePoint,
) -> Scalar {
    let mut h = Sha256::new();
    h.update(DLEQ_LABEL);
    h.update(context);
    for p in [&ProjectivePoint::GENERATOR, y, r, d, a, b] {
        h.update(p.to_affine().to_bytes());
    }
    <Scalar as Reduce<U256>>::reduce_bytes(&h.finalize())
}

fn public(p: &ProjectivePoint) -> PublicKey {
    PublicKey::from(
        k256::PublicKey::from_affine(p.to_affine()).expect("x_i·R is never the identity"),
    )
}

/// Seals a share to the reader's encryption key for request `context`.
pub fn seal_share(
    share: &KeyShare,
    reader: &PublicKey,
    context: &B256,
    rng: &mut (impl RngCore + CryptoRng),
) -> [u8; SEALED_SHARE_LEN] {
    let e = k256::SecretKey::random(rng);
    let ephemeral = PublicKey::from(e.public_key());
    let shared = k256::ecdh::diffie_hellman(e.to_nonzero_scalar(), reader.as_k256().as_affine());
    let (aead, nonce) = share_key(shared.raw_secret_bytes(), &ephemeral, reader, context);
    let mut out = [0u8; SEALED_SHARE_LEN];
    out[..3].copy_from_slice(&SHARE_MAGIC);
    out[3] = SHARE_VERSION;
    out[4..37].copy_from_slice(ephemeral.as_bytes());
    let mut body = Zeroizing::new(share.to_bytes());
    let aad = [&out[..37], context.as_slice()].concat();
    let tag = aead
        .seal_in_place_separate_tag(nonce, Aad::from(&aad[..]), &mut body[..])
        .expect("99 bytes are within GCM's limit");
    out[37..37 + SHARE_LEN].copy_from_slice(&body[..]);
    out[37 + SHARE_LEN..].copy_from_slice(tag.as_ref());
    out
}

/// Opens a share sealed to `reader` for request `context`. The proof is not checked here: that
/// needs the node's verification share ([`verify_share`], [`Committee::unwrap`]).
pub fn open_share(sealed: &[u8], reader: &SecretKey, context: &B256) -> Result<KeyShare> {
    let sealed: &[u8; SEALED_SHARE_LEN] =
        sealed.try_into().map_err(|_| CommitteeError::Malformed("a sealed share is 152 bytes"))?;
    if sealed[..3] != SHARE_MAGIC {
        return Err(CommitteeError::Malformed("not a key share: the magic is not \"MVS\""));
    }
    if sealed[3] != SHARE_VERSION {
        return Err(CommitteeError::Malformed("unknown key-share version: this build reads 1"));
    }
    let ephemeral = PublicKey::from_bytes(&sealed[4..37])
        .map_err(|_| CommitteeError::Malformed("the ephemeral key is not a curve point"))?;
    let shared = k256::ecdh::diffie_hellman(
        reader.as_k256().to_nonzero_scalar(),
        ephemeral.as_k256().as_affine(),
    );
    let (aead, nonce) =
        share_key(shared.raw_secret_bytes(), &ephemeral, reader.public_key(), context);
    let mut body = Zeroizing::new([0u8; SHARE_LEN + 16]);
    body.copy_from_slice(&sealed[37..]);
    let aad = [&sealed[..37], context.as_slice()].concat();
    let plain = aead
        .open_in_place(nonce, Aad::from(&aad[..]), &mut body[..])
        .map_err(|_| CommitteeError::SealBroken)?;
    KeyShare::from_bytes((&*plain).try_into().expect("GCM returns the 99 share bytes"))
}

fn share_key(
    shared_x: &[u8],
    ephemeral: &PublicKey,
    reader: &PublicKey,
    context: &B256,
) -> (LessSafeKey, Nonce) {
    let info = [ephemeral.as_bytes().as_slice(), reader.as_bytes(), context.as_slice()].concat();
    let mut okm = Zeroizing::new([0u8; 44]);
    Hkdf::<Sha256>::new(Some(SHARE_SALT), shared_x)
        .expand(&info, &mut okm[..])
        .expect("44 bytes are within HKDF-SHA256's limit");
    let key = UnboundKey::new(&AES_256_GCM, &okm[..32]).expect("32-byte key");
    let nonce = Nonce::try_assume_unique_for_key(&okm[32..]).expect("12-byte nonce");
    (LessSafeKey::new(key), nonce)
}

/// The Lagrange coefficients at zero of the shares with these indices.
fn lagrange_at_zero(indices: &[u16]) -> Vec<Scalar> {
    indices
        .iter()
        .map(|&i| {
            let xi = Scalar::from(u64::from(i));
            let (mut num, mut den) = (Scalar::ONE, Scalar::ONE);
            for &j in indices.iter().filter(|&&j| j != i) {
                let xj = Scalar::from(u64::from(j));
                num *= xj;
                den *= xj - xi;
            }
            num * den.invert().expect("distinct indices")
        })
        .collect()
}

/// Interpolates `x·R` from exactly the given shares (distinct indices, at least the threshold;
/// proofs already checked).
pub fn combine(shares: &[KeyShare]) -> Result<AffinePoint> {
    let indices: Vec<u16> = shares.iter().map(|s| s.index).collect();
    for (n, i) in indices.iter().enumerate() {
        if *i == 0 {
            return Err(CommitteeError::UnknownIndex(0));
        }
        if indices[..n].contains(i) {
            return Err(CommitteeError::DuplicateIndex(*i));
        }
    }
    let point = lagrange_at_zero(&indices)
        .into_iter()
        .zip(shares)
        .fold(ProjectivePoint::IDENTITY, |acc, (l, s)| acc + s.point.as_k256().to_projective() * l);
    Ok(point.to_affine())
}

/// One member of the committee, as published on-chain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    /// Its index (Shamir x-coordinate), from 1.
    pub index: u16,
    /// Its verification share `Y_i = x_i·G`.
    pub verification: PublicKey,
}

/// The key committee as the chain publishes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Committee {
    /// The group key `Y`, which data keys are wrapped to.
    pub key: PublicKey,
    /// How many shares open a wrap.
    pub threshold: u16,
    /// The members.
    pub members: Vec<Member>,
}

/// What [`Committee::unwrap`] made of the shares it was given.
#[derive(Debug)]
pub struct Unwrapped {
    /// The data key.
    pub key: DataKey,
    /// Indices of the shares used.
    pub used: Vec<u16>,
    /// Indices whose shares failed their proof, with the error.
    pub rejected: Vec<(u16, CommitteeError)>,
}

impl Committee {
    /// The member with index `index`.
    pub fn member(&self, index: u16) -> Option<&Member> {
        self.members.iter().find(|m| m.index == index)
    }

    /// Wraps a data key to the committee.
    pub fn wrap(&self, key: &DataKey, rng: &mut (impl RngCore + CryptoRng)) -> WrappedKey {
        crate::ecies::wrap_with_rng(key, &self.key, rng)
    }

    /// Wraps a data key to the committee with the operating system's RNG.
    pub fn wrap_os(&self, key: &DataKey) -> WrappedKey {
        self.wrap(key, &mut OsRng)
    }

    /// Checks each share's proof against its member's verification share, combines the first
    /// `threshold` valid ones and unwraps the data key. Shares that fail are named in
    /// [`Unwrapped::rejected`] and skipped.
    pub fn unwrap(
        &self,
        wrapped: &WrappedKey,
        shares: Vec<KeyShare>,
        context: &B256,
    ) -> Result<Unwrapped> {
        if wrapped.recipient() != &self.key {
            return Err(CommitteeError::UnwrapFailed);
        }
        let mut good: Vec<KeyShare> = Vec::new();
        let mut rejected = Vec::new();
        for share in shares {
            let Some(member) = self.member(share.index) else {
                rejected.push((share.index, CommitteeError::UnknownIndex(share.index)));
                continue;
            };
            if good.iter().any(|g| g.index == share.index) {
                rejected.push((share.index, CommitteeError::DuplicateIndex(share.index)));
            } else if verify_share(&share, &member.verification, wrapped.ephemeral(), context) {
                good.push(share);
            } else {
                rejected.push((share.index, CommitteeError::BadProof { index: share.index }));
            }
        }
        let needed = usize::from(self.threshold);
        if good.len() < needed {
            return Err(CommitteeError::TooFewShares { got: good.len(), needed });
        }
        good.truncate(needed);
        let point = combine(&good)?;
        let key = crate::ecies::unwrap_with_shared_point(wrapped, &point)
            .map_err(|_| CommitteeError::UnwrapFailed)?;
        Ok(Unwrapped { key, used: good.iter().map(|s| s.index).collect(), rejected })
    }
}

/// Splits `secret` into `n` Shamir shares with threshold `t` (a dealer). For tests and vectors
/// only: the committee's real shares come from a distributed key generation in which nobody holds
/// the secret.
#[cfg(any(test, feature = "test-utils"))]
pub fn deal(
    secret: &Scalar,
    t: u16,
    n: u16,
    rng: &mut (impl RngCore + CryptoRng),
) -> (Committee, Vec<NonZeroScalar>) {
    let coeffs: Vec<Scalar> =
        std::iter::once(*secret).chain((1..t).map(|_| Scalar::random(&mut *rng))).collect();
    let mut shares = Vec::new();
    let mut members = Vec::new();
    for i in 1..=n {
        let x = Scalar::from(u64::from(i));
        let y = coeffs.iter().rev().fold(Scalar::ZERO, |acc, c| acc * x + c);
        let y = NonZeroScalar::new(y).expect("a zero share is negligible");
        members.push(Member {
            index: i,
            verification: public(&ProjectivePoint::mul_by_generator(&*y)),
        });
        shares.push(y);
    }
    let key = public(&ProjectivePoint::mul_by_generator(secret));
    (Committee { key, threshold: t, members }, shares)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{SeedableRng, rngs::StdRng};

    fn setup() -> (Committee, Vec<NonZeroScalar>, StdRng) {
        let mut rng = StdRng::seed_from_u64(7);
        let secret = Scalar::random(&mut rng);
        let (c, shares) = deal(&secret, 2, 3, &mut rng);
        (c, shares, rng)
    }

    fn shares_for(
        c: &Committee,
        secrets: &[NonZeroScalar],
        wrapped: &WrappedKey,
        ctx: &B256,
        rng: &mut StdRng,
    ) -> Vec<KeyShare> {
        c.members
            .iter()
            .zip(secrets)
            .map(|(m, x)| decryption_share(m.index, x, wrapped.ephemeral(), ctx, rng))
            .collect()
    }

    #[test]
    fn any_two_of_three_unwrap() {
        let (c, secrets, mut rng) = setup();
        let key = DataKey::random(&mut rng);
        let wrapped = c.wrap(&key, &mut rng);
        let ctx = B256::repeat_byte(9);
        let all = shares_for(&c, &secrets, &wrapped, &ctx, &mut rng);
        for pair in [[0, 1], [0, 2], [1, 2], [2, 0]] {
            let got = c.unwrap(&wrapped, pair.iter().map(|&i| all[i].clone()).collect(), &ctx);
            let got = got.unwrap();
            assert_eq!(got.key.expose(), key.expose(), "{pair:?}");
            assert!(got.rejected.is_empty());
        }
    }

    #[test]
    fn one_share_does_not_unwrap() {
        // t − 1 shares: the committee refuses to combine them, and forcing the combination (the
        // one share scaled as if it were two) gives a point that does not open the wrap.
        let (c, secrets, mut rng) = setup();
        let key = DataKey::random(&mut rng);
        let wrapped = c.wrap(&key, &mut rng);
        let ctx = B256::repeat_byte(9);
        let all = shares_for(&c, &secrets, &wrapped, &ctx, &mut rng);
        for one in &all {
            let err = c.unwrap(&wrapped, vec![one.clone()], &ctx).unwrap_err();
            assert_eq!(err, CommitteeError::TooFewShares { got: 1, needed: 2 });
            let lone = combine(std::slice::from_ref(one)).unwrap();
            assert_eq!(
                crate::ecies::unwrap_with_shared_point(&wrapped, &lone).unwrap_err(),
                crate::EnvelopeError::UnwrapFailed
            );
        }
    }

    #[test]
    fn a_wrong_share_is_named_and_skipped() {
        let (c, secrets, mut rng) = setup();
        let key = DataKey::random(&mut rng);
        let wrapped = c.wrap(&key, &mut rng);
        let ctx = B256::repeat_byte(9);
        let mut all = shares_for(&c, &secrets, &wrapped, &ctx, &mut rng);
        // Node 1 answers with a share of another key, proved honestly for that key.
        let liar = NonZeroScalar::random(&mut rng);
        all[0] = decryption_share(1, &liar, wrapped.ephemeral(), &ctx, &mut rng);
        let got = c.unwrap(&wrapped, all.clone(), &ctx).unwrap();
        assert_eq!(got.key.expose(), key.expose());
        assert_eq!(got.used, vec![2, 3]);
        assert_eq!(got.rejected, vec![(1, CommitteeError::BadProof { index: 1 })]);
        // With only the bad share and one good one, too few remain.
        let err = c.unwrap(&wrapped, all[..2].to_vec(), &ctx).unwrap_err();
        assert_eq!(err, CommitteeError::TooFewShares { got: 1, needed: 2 });
    }

    #[test]
    fn a_proof_answers_one_request_and_one_wrap() {
        let (c, secrets, mut rng) = setup();
        let wrapped = c.wrap(&DataKey::random(&mut rng), &mut rng);
        let other = c.wrap(&DataKey::random(&mut rng), &mut rng);
        let ctx = B256::repeat_byte(9);
        let share = decryption_share(1, &secrets[0], wrapped.ephemeral(), &ctx, &mut rng);
        let y1 = &c.members[0].verification;
        assert!(verify_share(&share, y1, wrapped.ephemeral(), &ctx));
        assert!(!verify_share(&share, y1, wrapped.ephemeral(), &B256::repeat_byte(8)));
        assert!(!verify_share(&share, y1, other.ephemeral(), &ctx));
        assert!(!verify_share(&share, &c.members[1].verification, wrapped.ephemeral(), &ctx));
    }

    #[test]
    fn sealed_share_opens_for_its_reader_and_request_only() {
        let (c, secrets, mut rng) = setup();
        let wrapped = c.wrap(&DataKey::random(&mut rng), &mut rng);
        let ctx = B256::repeat_byte(9);
        let share = decryption_share(2, &secrets[1], wrapped.ephemeral(), &ctx, &mut rng);
        let reader = SecretKey::random(&mut rng);
        let sealed = seal_share(&share, reader.public_key(), &ctx, &mut rng);
        assert_eq!(open_share(&sealed, &reader, &ctx).unwrap(), share);
        let other = SecretKey::random(&mut rng);
        assert_eq!(open_share(&sealed, &other, &ctx).unwrap_err(), CommitteeError::SealBroken);
        assert_eq!(
            open_share(&sealed, &reader, &B256::repeat_byte(1)).unwrap_err(),
            CommitteeError::SealBroken
        );
        let mut altered = sealed;
        altered[50] ^= 1;
        assert_eq!(open_share(&altered, &reader, &ctx).unwrap_err(), CommitteeError::SealBroken);
        assert!(matches!(
            open_share(&sealed[..100], &reader, &ctx),
            Err(CommitteeError::Malformed(_))
        ));
    }

    /// Pinned vectors (also in docs/ENVELOPE.md): a share and its proof from fixed scalars.
    #[test]
    fn share_vectors() {
        let x = NonZeroScalar::new(Scalar::from(0x1234_5678_u64)).unwrap();
        let r = PublicKey::from(k256::PublicKey::from_secret_scalar(
            &NonZeroScalar::new(Scalar::from(0xabcd_u64)).unwrap(),
        ));
        let ctx = B256::repeat_byte(0x42);
        let k = Zeroizing::new(Scalar::from(0x0777_u64));
        let share = share_with_nonce(3, &x, &r, &ctx, &k);
        let y = public(&ProjectivePoint::mul_by_generator(x.as_ref()));
        assert!(verify_share(&share, &y, &r, &ctx));
        assert_eq!(hex::encode(share.to_bytes()), VECTOR_SHARE);
    }

    const VECTOR_SHARE: &str = "000302d95ad02abcfa8c86661f51a336ff180075a6f8bfb04c66b5563124e31f8acdc38945ff0252be842d6fc3b9cb5863a1553dfd556371a16ba60dc5f0d615c3fa1e2d3b7b1f2b345055d251a3684905b32566f781045dac3cc5aade0bea8c7c56eb";
}
