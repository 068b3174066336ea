//! An envelope from the wire: its structure check (what the relayer runs on every upload) never
//! panics, and what it accepts keeps its bytes as they came.
#![no_main]

use libfuzzer_sys::fuzz_target;
use medvault_primitives::envelope::Envelope;

fuzz_target!(|data: &[u8]| {
    let checked = Envelope::check_structure(data);
    match Envelope::from_bytes(data.to_vec()) {
        Ok(envelope) => {
            assert!(checked.is_ok(), "from_bytes accepted what check_structure refused");
            assert_eq!(envelope.as_bytes(), data);
        }
        Err(_) => assert!(checked.is_err(), "check_structure accepted what from_bytes refused"),
    }
});
