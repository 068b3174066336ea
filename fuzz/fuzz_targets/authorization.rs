//! The `Authorization: MedVault-EIP712 sig=…, nonce=…, expires=…` header, parsed before anything
//! else of a request is looked at: never panics, whatever the caller sends, and a header it
//! accepts reads back the same once written out again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use medvault_primitives::request_auth::RequestAuth;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(auth) = RequestAuth::parse(text) {
        let header = auth.to_header();
        let again = RequestAuth::parse(&header).expect("a written header parses");
        assert_eq!(again.to_header(), header);
    }
});
