//! EIP-1559 fees: what a fresh transaction offers and how a replacement outbids its predecessor.

/// The two EIP-1559 fee fields of one attempt, in wei.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fees {
    /// `maxFeePerGas`.
    pub max_fee_per_gas: u128,
    /// `maxPriorityFeePerGas`.
    pub max_priority_fee_per_gas: u128,
}

/// Nodes refuse a replacement that raises either fee by less than this (geth: 10%; some 12.5%).
pub const MIN_BUMP_PERCENT: u64 = 13;

impl Fees {
    /// Fees for a fresh transaction: twice the base fee plus the tip, so it survives a few full
    /// blocks of base-fee growth; never above `cap` (a tip above the cap is lowered to it).
    pub fn market(base_fee: u128, tip: u128, cap: u128) -> Self {
        let max_fee = base_fee.saturating_mul(2).saturating_add(tip).min(cap);
        Self { max_fee_per_gas: max_fee, max_priority_fee_per_gas: tip.min(max_fee) }
    }

    /// The fees of a replacement: both fields raised by at least `percent` (never less than
    /// [`MIN_BUMP_PERCENT`], and at least 1 wei), and at least the current market; the fee cap never
    /// exceeds `cap`. Returns `None` when the cap leaves no room for an acceptable replacement.
    pub fn bumped(&self, percent: u64, market: Fees, cap: u128) -> Option<Self> {
        let pct = u128::from(percent.max(MIN_BUMP_PERCENT));
        let raise = |v: u128| v.saturating_add((v.saturating_mul(pct)).div_ceil(100).max(1));
        let tip = raise(self.max_priority_fee_per_gas).max(market.max_priority_fee_per_gas);
        let max_fee = raise(self.max_fee_per_gas).max(market.max_fee_per_gas).max(tip);
        let max_fee = max_fee.min(cap);
        let tip = tip.min(max_fee);
        let bumped = Self { max_fee_per_gas: max_fee, max_priority_fee_per_gas: tip };
        bumped.outbids(self).then_some(bumped)
    }

    /// Whether a node would accept `self` as a replacement of `old` (both fields ≥ +10%).
    pub fn outbids(&self, old: &Fees) -> bool {
        let ok =
            |new: u128, old: u128| new.saturating_mul(100) >= old.saturating_mul(110) && new > old;
        ok(self.max_fee_per_gas, old.max_fee_per_gas)
            && ok(self.max_priority_fee_per_gas, old.max_priority_fee_per_gas)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GWEI: u128 = 1_000_000_000;

    #[test]
    fn market_fees_double_the_base_fee_and_respect_the_cap() {
        let f = Fees::market(10 * GWEI, GWEI, 1_000 * GWEI);
        assert_eq!(f, Fees { max_fee_per_gas: 21 * GWEI, max_priority_fee_per_gas: GWEI });
        let capped = Fees::market(10 * GWEI, GWEI, 5 * GWEI);
        assert_eq!(capped.max_fee_per_gas, 5 * GWEI);
        let tiny = Fees::market(0, 2 * GWEI, GWEI);
        assert!(tiny.max_priority_fee_per_gas <= tiny.max_fee_per_gas);
    }

    #[test]
    fn a_bump_raises_both_fields_by_at_least_the_node_minimum() {
        let old = Fees { max_fee_per_gas: 100 * GWEI, max_priority_fee_per_gas: 2 * GWEI };
        let quiet = Fees { max_fee_per_gas: 1, max_priority_fee_per_gas: 1 };
        // Asked for 5%: the node minimum wins.
        let b = old.bumped(5, quiet, u128::MAX).unwrap();
        assert_eq!(b.max_fee_per_gas, 113 * GWEI);
        assert_eq!(b.max_priority_fee_per_gas, 2 * GWEI + 260_000_000);
        assert!(b.outbids(&old));
        // Asked for 25%.
        let b = old.bumped(25, quiet, u128::MAX).unwrap();
        assert_eq!(b.max_fee_per_gas, 125 * GWEI);
        // A market above the bump wins.
        let hot = Fees { max_fee_per_gas: 300 * GWEI, max_priority_fee_per_gas: 5 * GWEI };
        let b = old.bumped(10, hot, u128::MAX).unwrap();
        assert_eq!(b, hot);
    }

    #[test]
    fn tiny_fees_still_rise_and_the_cap_stops_bumping() {
        let old = Fees { max_fee_per_gas: 1, max_priority_fee_per_gas: 0 };
        let quiet = Fees { max_fee_per_gas: 0, max_priority_fee_per_gas: 0 };
        let b = old.bumped(10, quiet, u128::MAX).unwrap();
        assert_eq!(b, Fees { max_fee_per_gas: 2, max_priority_fee_per_gas: 1 });

        let old = Fees { max_fee_per_gas: 100, max_priority_fee_per_gas: 10 };
        assert!(old.bumped(10, quiet, 105).is_none(), "cap leaves less than +10%");
        let b = old.bumped(10, quiet, 120).unwrap();
        assert_eq!(b.max_fee_per_gas, 113);
        let b = b.bumped(10, quiet, 120);
        assert!(b.is_none(), "capped");
    }
}
