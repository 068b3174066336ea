//! Small fixtures the relayer's transaction tests and benches share.

use alloy::primitives::{Bytes, keccak256};

/// The init code of a tiny contract for transaction tests and benches: a call with a non-zero 32-byte word `k` marks `k` (reverting if already marked)
/// and increments a counter in slot 0; a zero word reverts with RecordRegistry's `EmptyRoot()`.
pub fn counter_initcode() -> Bytes {
    let sel = &keccak256("EmptyRoot()")[..4];
    let mut runtime = vec![
        0x60, 0x00, 0x35, // k = calldataload(0)
        0x80, 0x15, 0x60, 0x1b, 0x57, // if k == 0 → revert
        0x80, 0x54, 0x60, 0x1b, 0x57, // if sload(k) != 0 → revert
        0x60, 0x01, 0x90, 0x55, // sstore(k, 1)
        0x60, 0x00, 0x54, 0x60, 0x01, 0x01, 0x60, 0x00, 0x55, // slot0 += 1
        0x00, // stop
        0x5b, 0x63, // revert: push4 selector
    ];
    runtime.extend_from_slice(sel);
    runtime.extend_from_slice(&[0x60, 0xe0, 0x1b, 0x60, 0x00, 0x52, 0x60, 0x04, 0x60, 0x00, 0xfd]);
    assert_eq!(runtime.len(), 0x2c);
    let mut init = vec![0x60, 0x2c, 0x80, 0x60, 0x0b, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3];
    init.extend(runtime);
    init.into()
}
