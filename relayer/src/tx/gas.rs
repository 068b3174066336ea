//! Gas estimates remembered per call shape.
//!
//! An `eth_estimateGas` runs the call several times on the node (a search for the lowest limit
//! that succeeds), which costs the node more than executing the transaction itself. The relayer
//! sends the same few functions over and over (`anchorBatch`, `anchorAccessLog`) whose gas does
//! not depend on the arguments' values, so for calls submitted with [`super::GasPolicy::ReuseForShape`]
//! one estimate serves every call of the same shape for a while: same target, same 4-byte selector,
//! same calldata length. Calls submitted with [`super::GasPolicy::Estimate`] are always estimated
//! (their estimates are remembered for the others).
//!
//! While the first call of a shape is being estimated, later calls of that shape wait for its
//! answer instead of asking too ([`GasCache::lookup`], [`GasCache::settle`]).
//!
//! What is given up: a call signed with a remembered limit is not executed before it takes a
//! nonce, so a call that would revert now reverts on-chain instead of at estimation. The engine
//! makes up for it: a submission signed with a remembered limit whose receipt says it reverted is
//! estimated afresh (the entry is forgotten) and sent once more; if it reverts at that estimate, it
//! fails without another nonce, as any other.

use std::{collections::HashMap, time::Duration};

use alloy::primitives::Address;
use tokio::time::Instant;

use super::TxCall;

/// What makes two calls cost the same gas, for the calls the relayer sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Shape {
    to: Address,
    selector: [u8; 4],
    len: usize,
}

impl Shape {
    /// `None` for calldata without a selector (plain transfers, fallbacks): never remembered.
    fn of(call: &TxCall) -> Option<Self> {
        let selector = call.input.get(..4)?.try_into().ok()?;
        Some(Self { to: call.to, selector, len: call.input.len() })
    }
}

/// What to do about the gas of a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Lookup {
    /// A fresh estimate of its shape.
    Known(u64),
    /// Estimate it (no other call of its shape is being estimated).
    Estimate,
    /// Another call of its shape is being estimated: wait for [`GasCache::settle`].
    Wait,
}

/// Estimates per call shape, each usable for `ttl` after it was made.
#[derive(Debug)]
pub(super) struct GasCache {
    ttl: Duration,
    estimates: HashMap<Shape, (u64, Instant)>,
    /// Shapes being estimated, with the submissions waiting for the answer.
    waiting: HashMap<Shape, Vec<i64>>,
}

impl GasCache {
    /// A cache whose estimates expire after `ttl` (zero: nothing is remembered).
    pub(super) fn new(ttl: Duration) -> Self {
        Self { ttl, estimates: HashMap::new(), waiting: HashMap::new() }
    }

    /// Decides how submission `id` gets its gas; `Estimate` marks its shape as being estimated.
    pub(super) fn lookup(&mut self, id: i64, call: &TxCall, now: Instant) -> Lookup {
        if let Some(gas) = self.get(call, now) {
            return Lookup::Known(gas);
        }
        let Some(shape) = Shape::of(call).filter(|_| !self.ttl.is_zero()) else {
            return Lookup::Estimate;
        };
        match self.waiting.get_mut(&shape) {
            Some(ids) => {
                ids.push(id);
                Lookup::Wait
            }
            None => {
                self.waiting.insert(shape, Vec::new());
                Lookup::Estimate
            }
        }
    }

    /// An estimate of `call` came back (`Some(gas)`) or failed (`None`): remembers it, and returns
    /// the submissions that waited for it (with a failure, each must be estimated on its own).
    pub(super) fn settle(&mut self, call: &TxCall, gas: Option<u64>, now: Instant) -> Vec<i64> {
        if let Some(gas) = gas {
            self.record(call, gas, now);
        }
        Shape::of(call).and_then(|shape| self.waiting.remove(&shape)).unwrap_or_default()
    }

    /// The remembered estimate for calls shaped like `call`, if one is fresh.
    pub(super) fn get(&self, call: &TxCall, now: Instant) -> Option<u64> {
        let (gas, at) = self.estimates.get(&Shape::of(call)?)?;
        (now.duration_since(*at) < self.ttl).then_some(*gas)
    }

    /// Remembers an estimate; a fresh one never lowers a fresh remembered one (arguments can still
    /// change the cost a little: a cold slot, a longer loop).
    pub(super) fn record(&mut self, call: &TxCall, gas: u64, now: Instant) {
        if self.ttl.is_zero() {
            return;
        }
        let Some(shape) = Shape::of(call) else {
            return;
        };
        let fresh = self.get(call, now).unwrap_or(0);
        self.estimates.insert(shape, (gas.max(fresh), now));
    }

    /// Forgets the estimate for calls shaped like `call` (one of them reverted with it).
    pub(super) fn forget(&mut self, call: &TxCall) {
        if let Some(shape) = Shape::of(call) {
            self.estimates.remove(&shape);
        }
    }
}

#[cfg(test)]
mod tests {
    use alloy::primitives::Bytes;

    use super::*;

    fn call(to: u8, input: &[u8]) -> TxCall {
        TxCall { to: Address::repeat_byte(to), input: Bytes::copy_from_slice(input) }
    }

    #[test]
    fn estimates_are_shared_by_target_selector_and_length_until_they_expire() {
        let mut c = GasCache::new(Duration::from_secs(10));
        let t0 = Instant::now();
        c.record(&call(1, &[1, 2, 3, 4, 9, 9]), 50_000, t0);
        assert_eq!(c.get(&call(1, &[1, 2, 3, 4, 7, 7]), t0), Some(50_000), "other arguments");
        assert_eq!(c.get(&call(2, &[1, 2, 3, 4, 7, 7]), t0), None, "other target");
        assert_eq!(c.get(&call(1, &[1, 2, 3, 5, 7, 7]), t0), None, "other selector");
        assert_eq!(c.get(&call(1, &[1, 2, 3, 4, 7]), t0), None, "other length");
        assert_eq!(c.get(&call(1, &[1, 2, 3, 4, 7, 7]), t0 + Duration::from_secs(10)), None);

        c.record(&call(1, &[1, 2, 3, 4, 0, 0]), 40_000, t0);
        assert_eq!(c.get(&call(1, &[1, 2, 3, 4, 7, 7]), t0), Some(50_000), "never lowered");
        c.forget(&call(1, &[1, 2, 3, 4, 0, 0]));
        assert_eq!(c.get(&call(1, &[1, 2, 3, 4, 7, 7]), t0), None);
    }

    #[test]
    fn calls_of_a_shape_being_estimated_wait_for_its_answer() {
        let t0 = Instant::now();
        let mut c = GasCache::new(Duration::from_secs(10));
        assert_eq!(c.lookup(1, &call(1, &[1, 2, 3, 4, 1]), t0), Lookup::Estimate);
        assert_eq!(c.lookup(2, &call(1, &[1, 2, 3, 4, 2]), t0), Lookup::Wait);
        assert_eq!(c.lookup(3, &call(1, &[1, 2, 3, 4, 3]), t0), Lookup::Wait);
        assert_eq!(c.lookup(4, &call(2, &[1, 2, 3, 4, 3]), t0), Lookup::Estimate, "other shape");
        assert_eq!(c.settle(&call(1, &[1, 2, 3, 4, 1]), None, t0), [2, 3], "failed: on their own");
        assert_eq!(c.lookup(5, &call(1, &[1, 2, 3, 4, 5]), t0), Lookup::Estimate);
        assert_eq!(c.lookup(6, &call(1, &[1, 2, 3, 4, 6]), t0), Lookup::Wait);
        assert_eq!(c.settle(&call(1, &[1, 2, 3, 4, 5]), Some(30_000), t0), [6]);
        assert_eq!(c.lookup(7, &call(1, &[1, 2, 3, 4, 7]), t0), Lookup::Known(30_000));
        assert_eq!(c.lookup(8, &call(1, &[1, 2, 3]), t0), Lookup::Estimate, "no selector");
        assert_eq!(c.lookup(9, &call(1, &[1, 2, 3]), t0), Lookup::Estimate);
    }

    #[test]
    fn calls_without_a_selector_and_a_zero_ttl_remember_nothing() {
        let t0 = Instant::now();
        let mut c = GasCache::new(Duration::from_secs(10));
        c.record(&call(1, &[1, 2, 3]), 21_000, t0);
        assert_eq!(c.get(&call(1, &[1, 2, 3]), t0), None);
        let mut off = GasCache::new(Duration::ZERO);
        off.record(&call(1, &[1, 2, 3, 4]), 21_000, t0);
        assert_eq!(off.get(&call(1, &[1, 2, 3, 4]), t0), None);
    }
}
