//! What users sign to talk to the API: EIP-191 (`personal_sign`) texts any wallet can sign, each
//! naming the action, its arguments and a Unix timestamp. The relayer recovers the signer and
//! accepts the timestamp within [`MAX_SKEW_SECS`] of its clock. No private key reaches the relayer.
//!
//! The texts (lines joined with `\n`, addresses and hashes in lowercase `0x` hex):
//!
//! ```text
//! medvault: release key           medvault: add key              medvault: delete keys
//! record: 0x…                     record: 0x…                    record: 0x…
//! version: 3                      version: 3                     timestamp: 1790000000
//! reader: 0x…                     grantee: 0x…
//! timestamp: 1790000000           key: 0x<keccak256 of the wrapped key>
//!                                 timestamp: 1790000000
//!
//! medvault: access log           medvault: events
//! patient: 0x…                    patient: 0x…
//! timestamp: 1790000000           timestamp: 1790000000
//! ```

use std::time::{SystemTime, UNIX_EPOCH};

use alloy::primitives::{Address, Bytes, Signature};

use super::error::{ApiError, Result};

/// Largest accepted distance between a signed timestamp and the relayer's clock, in seconds.
pub const MAX_SKEW_SECS: u64 = 300;

/// Now, in Unix seconds.
pub fn now_secs() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

/// Now, in Unix milliseconds.
pub fn now_millis() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as u64).unwrap_or(0)
}

// The texts are the protocol between the client and this service; one copy serves both.
pub use medvault_primitives::messages::{
    access_log_message, add_key_message, delete_all_keys_message, delete_keys_message,
    deliveries_message, events_message, record_view_message, records_message, release_message,
};

/// Checks that `signature` over `message` is the patient's, or, after a recovery of her wallet by
/// her guardians, her successor's (`AccountRegistry.identityOf`), and that `timestamp` is fresh.
pub async fn check_patient(
    chain: &dyn super::chain::ApiChain,
    message: &str,
    signature: &Bytes,
    patient: Address,
    timestamp: u64,
) -> Result<()> {
    match check(message, signature, patient, timestamp) {
        Err(ApiError::Unauthorized(why)) if why.starts_with("signature is by ") => {
            let signer = recover(message, signature)?;
            if chain.identity_of(patient).await.map_err(ApiError::Chain)? == signer {
                Ok(())
            } else {
                Err(ApiError::Unauthorized(why))
            }
        }
        other => other,
    }
}

fn recover(message: &str, signature: &Bytes) -> Result<Address> {
    Signature::try_from(signature.as_ref())
        .map_err(|e| ApiError::Unauthorized(format!("malformed signature: {e}")))?
        .recover_address_from_msg(message.as_bytes())
        .map_err(|e| ApiError::Unauthorized(format!("signature does not recover: {e}")))
}

/// Checks that `signature` over `message` is `signer`'s and that `timestamp` is fresh.
pub fn check(message: &str, signature: &Bytes, signer: Address, timestamp: u64) -> Result<()> {
    let now = now_secs();
    if timestamp.abs_diff(now) > MAX_SKEW_SECS {
        return Err(ApiError::Unauthorized(format!(
            "timestamp {timestamp} is more than {MAX_SKEW_SECS} s from the relayer's clock ({now})"
        )));
    }
    let recovered = recover(message, signature)?;
    if recovered != signer {
        return Err(ApiError::Unauthorized(format!("signature is by {recovered}, not {signer}")));
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use alloy::{
        primitives::B256,
        signers::{SignerSync, local::PrivateKeySigner},
    };

    use super::*;

    pub(crate) fn sign(key: &PrivateKeySigner, msg: &str) -> Bytes {
        Bytes::from(key.sign_message_sync(msg.as_bytes()).expect("sign").as_bytes().to_vec())
    }

    #[test]
    fn accepts_own_fresh_signature_and_refuses_others() {
        let alice = PrivateKeySigner::random();
        let bob = PrivateKeySigner::random();
        let t = now_secs();
        let msg = release_message(B256::repeat_byte(1), 1, alice.address(), t);
        check(&msg, &sign(&alice, &msg), alice.address(), t).expect("valid");
        let e = check(&msg, &sign(&bob, &msg), alice.address(), t).unwrap_err();
        assert!(matches!(e, ApiError::Unauthorized(_)));
        let old = t - MAX_SKEW_SECS - 1;
        let msg = release_message(B256::repeat_byte(1), 1, alice.address(), old);
        let e = check(&msg, &sign(&alice, &msg), alice.address(), old).unwrap_err();
        assert!(e.to_string().contains("timestamp"));
        let e = check(&msg, &Bytes::from(vec![1, 2]), alice.address(), t).unwrap_err();
        assert!(matches!(e, ApiError::Unauthorized(_)));
    }
}
