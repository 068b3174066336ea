//! Scalar multiplication of one fixed point by many secret scalars, for wrapping a batch of data
//! keys to the same recipients (the key committee's group key, the patient, the author).
//!
//! The textbook fixed-base comb with 4-bit windows (Handbook of Applied Cryptography, 14.117;
//! the layout of k256's own generator table): for the point `P`, the table holds
//! `T[i][j] = j·16^i·P` for the 64 nibble positions `i` and the 16 nibble values `j`, in affine
//! form; `k·P = Σ_i T[i][k_i]` with `k_i` the `i`-th nibble of `k` — 64 mixed additions and no
//! doublings, against 256 doublings and 64 additions for a variable-base multiplication.
//!
//! Constant time in the scalar: every lookup reads all 16 entries of its row with
//! `ConditionallySelectable` (k256's affine points), and the additions are k256's complete
//! (Renes–Costello–Batina) mixed addition, which handles the identity without a branch. Built only
//! from k256's field and group operations; the result is checked against k256's own
//! multiplication in the tests. A table costs 1,024 points (64 KiB) and about a millisecond, so it
//! pays from a few dozen multiplications on.

use k256::{
    AffinePoint, ProjectivePoint, Scalar,
    elliptic_curve::{BatchNormalize, subtle::ConditionallySelectable},
};

use medvault_primitives::types::PublicKey;

const WINDOWS: usize = 64;
const ENTRIES: usize = 16;

/// The precomputed multiples of one point.
pub struct FixedBase {
    point: PublicKey,
    rows: Vec<[AffinePoint; ENTRIES]>,
}

impl FixedBase {
    /// The table of `point`.
    pub fn new(point: &PublicKey) -> Self {
        let mut projective = Vec::with_capacity(WINDOWS * ENTRIES);
        let mut base = point.as_k256().to_projective();
        for _ in 0..WINDOWS {
            let mut acc = ProjectivePoint::IDENTITY;
            for _ in 0..ENTRIES {
                projective.push(acc);
                acc += base;
            }
            // base ← 16·base
            for _ in 0..4 {
                base = base.double();
            }
        }
        let affine = <ProjectivePoint as BatchNormalize<[ProjectivePoint]>>::batch_normalize(
            projective.as_slice(),
        );
        let rows = affine
            .chunks_exact(ENTRIES)
            .map(|row| <[AffinePoint; ENTRIES]>::try_from(row).expect("16 entries"))
            .collect();
        Self { point: point.clone(), rows }
    }

    /// The point the table is of.
    pub const fn point(&self) -> &PublicKey {
        &self.point
    }

    /// `k · point`, in constant time in `k`.
    pub fn mul(&self, k: &Scalar) -> ProjectivePoint {
        let bytes = k.to_bytes();
        let mut acc = ProjectivePoint::IDENTITY;
        for (i, row) in self.rows.iter().enumerate() {
            // Nibble i counts from the least significant end of the big-endian bytes.
            let byte = bytes[31 - i / 2];
            let nibble = if i % 2 == 0 { byte & 0x0f } else { byte >> 4 };
            let mut entry = AffinePoint::IDENTITY;
            for (j, candidate) in row.iter().enumerate() {
                entry.conditional_assign(candidate, (j as u8).ct_eq_u8(nibble));
            }
            acc += entry;
        }
        acc
    }
}

/// Constant-time byte equality as a `Choice`.
trait CtEqU8 {
    fn ct_eq_u8(self, other: u8) -> k256::elliptic_curve::subtle::Choice;
}

impl CtEqU8 for u8 {
    fn ct_eq_u8(self, other: u8) -> k256::elliptic_curve::subtle::Choice {
        k256::elliptic_curve::subtle::ConstantTimeEq::ct_eq(&self, &other)
    }
}

impl std::fmt::Debug for FixedBase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FixedBase").field("point", &self.point).finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use k256::elliptic_curve::{Field, group::Group};
    use rand::{SeedableRng, rngs::StdRng};

    #[test]
    fn agrees_with_k256_multiplication() {
        let mut rng = StdRng::seed_from_u64(11);
        let point = PublicKey::from(k256::SecretKey::random(&mut rng).public_key());
        let table = FixedBase::new(&point);
        let p = point.as_k256().to_projective();
        let mut scalars: Vec<Scalar> = (0..200).map(|_| Scalar::random(&mut rng)).collect();
        scalars.extend([
            Scalar::ZERO,
            Scalar::ONE,
            -Scalar::ONE,
            Scalar::from(15u64),
            Scalar::from(16u64),
            Scalar::from(u64::MAX),
        ]);
        for k in scalars {
            assert_eq!(table.mul(&k).to_affine(), (p * k).to_affine(), "k = {k:?}");
        }
        assert!(bool::from(table.mul(&Scalar::ZERO).is_identity()));
    }
}
