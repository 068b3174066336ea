//! A wrapped key from the wire (the relayer and the key nodes parse them from uploads and key
//! requests): never panics, and what it accepts is the bytes it came from, both points on the
//! curve.
#![no_main]

use libfuzzer_sys::fuzz_target;
use medvault_primitives::wrapped_key::WrappedKey;

fuzz_target!(|data: &[u8]| {
    if let Ok(wrapped) = WrappedKey::from_bytes(data) {
        assert_eq!(wrapped.as_bytes().as_slice(), data);
    }
});
