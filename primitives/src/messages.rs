//! The texts users sign (EIP-191 `personal_sign`) for requests to the relayer itself: the client
//! builds them, the service checks them, so both use this one copy. Each names its action, its
//! arguments and a Unix timestamp the relayer holds to a short window. Nothing secret goes in.

use alloy::primitives::{Address, B256, U256};

/// The text a reader signs to have a record key released.
pub fn release_message(record: B256, version: u32, reader: Address, timestamp: u64) -> String {
    format!(
        "medvault: release key\nrecord: {record:#x}\nversion: {version}\nreader: {}\ntimestamp: {timestamp}",
        lower(reader)
    )
}

/// The text a patient signs to hand the relayer a wrapped key for a grantee.
pub fn add_key_message(
    record: B256,
    version: u32,
    grantee: Address,
    key_hash: B256,
    timestamp: u64,
) -> String {
    format!(
        "medvault: add key\nrecord: {record:#x}\nversion: {version}\ngrantee: {}\nkey: {key_hash:#x}\ntimestamp: {timestamp}",
        lower(grantee)
    )
}

/// The text a patient signs to delete every wrapped key of a record but their own.
pub fn delete_keys_message(record: B256, timestamp: u64) -> String {
    format!("medvault: delete keys\nrecord: {record:#x}\ntimestamp: {timestamp}")
}

/// The text a patient signs to delete every wrapped key of a record, their own too.
pub fn delete_all_keys_message(record: B256, timestamp: u64) -> String {
    format!("medvault: delete keys, mine too\nrecord: {record:#x}\ntimestamp: {timestamp}")
}

/// The text a patient signs to read their access log.
pub fn access_log_message(patient: Address, timestamp: u64) -> String {
    format!("medvault: access log\npatient: {}\ntimestamp: {timestamp}", lower(patient))
}

/// The text a patient signs to list the records filed for them.
pub fn records_message(patient: Address, timestamp: u64) -> String {
    format!("medvault: records\npatient: {}\ntimestamp: {timestamp}", lower(patient))
}

/// The text a provider in a break-glass window signs to list a patient's emergency-category
/// records (`POST /v1/patients/{address}/emergency-records`).
pub fn emergency_records_message(patient: Address, reader: Address, timestamp: u64) -> String {
    format!(
        "medvault: emergency records\npatient: {}\nreader: {}\ntimestamp: {timestamp}",
        lower(patient),
        lower(reader)
    )
}

/// The text a reader signs to see a record's fields and proof (`POST /v1/records/{id}/view`).
pub fn record_view_message(id: i64, reader: Address, timestamp: u64) -> String {
    format!("medvault: view record\nid: {id}\nreader: {}\ntimestamp: {timestamp}", lower(reader))
}

/// The text a patient signs to follow their notifications.
pub fn events_message(patient: Address, timestamp: u64) -> String {
    format!("medvault: events\npatient: {}\ntimestamp: {timestamp}", lower(patient))
}

/// The text a researcher signs to list a request's released deliveries.
pub fn deliveries_message(request_id: U256, timestamp: u64) -> String {
    format!("medvault: deliveries\nrequest: {request_id}\ntimestamp: {timestamp}")
}

fn lower(a: Address) -> String {
    format!("{a:#x}")
}
