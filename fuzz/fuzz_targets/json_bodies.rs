//! Every JSON request body the relayer and the key nodes take: the first byte picks the type, the
//! rest is the body. Parsing never panics, and a body that parses serialises to JSON that parses
//! again to the same value (what is stored or forwarded is what was accepted).
#![no_main]

use libfuzzer_sys::fuzz_target;
use medvault_bindings::medvault_forwarder::ERC2771Forwarder::ForwardRequestData;
use medvault_primitives::api::{
    keynode::{ReviewRequest, SaleRequest, ShareRequest, ShredRequest, WriteRequest},
    keys::{AddKeyRequest, DeleteKeysRequest, ReleaseRequest},
    market::{CriteriaFiling, DeliveryRequest},
    records::{EmergencyRecordsRequest, RecordViewRequest, SubmitRequest},
    relay::ConsentRelayRequest,
};
use serde::{Serialize, de::DeserializeOwned};

fn round_trip<T: Serialize + DeserializeOwned>(body: &[u8]) {
    let Ok(value) = serde_json::from_slice::<T>(body) else { return };
    let json = serde_json::to_vec(&value).expect("an accepted body serialises");
    let again: T = serde_json::from_slice(&json).expect("what was accepted parses again");
    assert_eq!(serde_json::to_vec(&again).expect("serialises"), json, "a stable round trip");
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, body)) = data.split_first() else { return };
    match pick % 15 {
        0 => round_trip::<SubmitRequest>(body),
        1 => round_trip::<RecordViewRequest>(body),
        2 => round_trip::<EmergencyRecordsRequest>(body),
        3 => round_trip::<ReleaseRequest>(body),
        4 => round_trip::<AddKeyRequest>(body),
        5 => round_trip::<DeleteKeysRequest>(body),
        6 => round_trip::<ConsentRelayRequest>(body),
        7 => round_trip::<ForwardRequestData>(body),
        8 => round_trip::<DeliveryRequest>(body),
        9 => round_trip::<CriteriaFiling>(body),
        10 => round_trip::<ShareRequest>(body),
        11 => round_trip::<SaleRequest>(body),
        12 => round_trip::<ReviewRequest>(body),
        13 => round_trip::<WriteRequest>(body),
        _ => round_trip::<ShredRequest>(body),
    }
});
