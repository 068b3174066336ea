//! How a user authenticates a request to the relayer: EIP-712 typed data, so that any wallet's
//! `eth_signTypedData_v4` signs it and shows the user what she signs. The client builds the
//! structs, the relayer checks them; both use this one copy.
//!
//! # The domain
//!
//! [`relayer_domain`]: `{name: "medvault relayer", version: "1", chainId, verifyingContract:
//! the deployment's RecordRegistry, salt: the relayer's address (left-padded)}`. A signature for
//! one relayer, chain or deployment recovers to another address under any other domain, so the
//! relayer that checks it refuses it.
//!
//! # The structs
//!
//! One per action, naming its arguments, then `nonce` (32 random bytes, used once) and `expires`
//! (Unix seconds, at most [`MAX_VALIDITY_SECS`] ahead of the service's clock). The signer is not a
//! field: the service recovers it and compares it with who the request says is asking.
//!
//! # The header
//!
//! The signature, nonce and expiry travel in one header, never in a URL (where proxies log them):
//!
//! ```text
//! Authorization: MedVault-EIP712 sig=0x<65 bytes>, nonce=0x<32 bytes>, expires=<unix seconds>
//! ```
//!
//! [`RequestAuth::to_header`] writes it and [`RequestAuth::parse`] reads it.

use std::fmt;

use alloy::{
    primitives::{Address, B256, Bytes, Signature},
    sol,
    sol_types::{Eip712Domain, SolStruct, eip712_domain},
};

/// The longest a signed request may stay valid, in seconds: its `expires` must be in the future
/// and no further ahead of the service's clock than this.
pub const MAX_VALIDITY_SECS: u64 = 300;

/// The authentication scheme of the `Authorization` header.
pub const SCHEME: &str = "MedVault-EIP712";

sol! {
    /// A reader asks for a record version's wrapped key (`POST /v1/keys/release`).
    #[derive(serde::Serialize, serde::Deserialize)]
    struct ReleaseKey {
        bytes32 recordId;
        uint32 version;
        bytes32 nonce;
        uint64 expires;
    }

    /// The patient hands over a data key wrapped for `grantee` (`POST /v1/records/{id}/keys`);
    /// `keyHash` is keccak256 of the wrapped key.
    #[derive(serde::Serialize, serde::Deserialize)]
    struct AddKey {
        bytes32 recordId;
        uint32 version;
        address grantee;
        bytes32 keyHash;
        bytes32 nonce;
        uint64 expires;
    }

    /// The patient deletes every wrapped key of a record but her own, or hers too with `dropOwn`
    /// (`DELETE /v1/records/{id}/keys`).
    #[derive(serde::Serialize, serde::Deserialize)]
    struct DeleteKeys {
        bytes32 recordId;
        bool dropOwn;
        bytes32 nonce;
        uint64 expires;
    }

    /// The patient (or her successor) reads her access log
    /// (`GET /v1/patients/{address}/access-log`, and a key node's).
    #[derive(serde::Serialize, serde::Deserialize)]
    struct ReadAccessLog {
        address patient;
        bytes32 nonce;
        uint64 expires;
    }

    /// The patient (or her successor) lists her records (`GET /v1/patients/{address}/records`).
    #[derive(serde::Serialize, serde::Deserialize)]
    struct ListRecords {
        address patient;
        bytes32 nonce;
        uint64 expires;
    }

    /// A provider in a break-glass window lists a patient's emergency-category records
    /// (`POST /v1/patients/{address}/emergency-records`).
    #[derive(serde::Serialize, serde::Deserialize)]
    struct ListEmergencyRecords {
        address patient;
        bytes32 nonce;
        uint64 expires;
    }

    /// A record's party sees its fields and proof (`POST /v1/records/{id}/view`).
    #[derive(serde::Serialize, serde::Deserialize)]
    struct ViewRecord {
        uint64 id;
        bytes32 nonce;
        uint64 expires;
    }

    /// A record's party asks how far its submission is (`GET /v1/records/{id}`).
    #[derive(serde::Serialize, serde::Deserialize)]
    struct RecordStatusRequest {
        uint64 id;
        bytes32 nonce;
        uint64 expires;
    }

    /// The patient opens one stream of her notifications (`GET /v1/events`).
    #[derive(serde::Serialize, serde::Deserialize)]
    struct FollowEvents {
        address patient;
        bytes32 nonce;
        uint64 expires;
    }

    /// A researcher lists a request's released deliveries
    /// (`GET /v1/market/requests/{id}/deliveries`).
    #[derive(serde::Serialize, serde::Deserialize)]
    struct ListDeliveries {
        uint256 requestId;
        bytes32 nonce;
        uint64 expires;
    }
}

/// The EIP-712 domain of the relayer whose account is `relayer`, serving the deployment whose
/// RecordRegistry is `records` on `chain_id`.
pub fn relayer_domain(chain_id: u64, records: Address, relayer: Address) -> Eip712Domain {
    eip712_domain! {
        name: "medvault relayer",
        version: "1",
        chain_id: chain_id,
        verifying_contract: records,
        salt: relayer.into_word(),
    }
}

/// The EIP-712 domain of the key node whose account is `node`, in the committee at `committee`
/// on `chain_id`.
pub fn keynode_domain(chain_id: u64, committee: Address, node: Address) -> Eip712Domain {
    eip712_domain! {
        name: "medvault key node",
        version: "1",
        chain_id: chain_id,
        verifying_contract: committee,
        salt: node.into_word(),
    }
}

/// Why a request's authentication was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    /// No `Authorization` header.
    #[error("missing Authorization header ({SCHEME} sig=0x…, nonce=0x…, expires=…)")]
    Missing,
    /// The header is not a well-formed [`SCHEME`] header.
    #[error("malformed Authorization header: {0}")]
    Malformed(String),
    /// `expires` has passed.
    #[error("the signed request expired at {expires} (now {now}): sign a new one")]
    Expired {
        /// The request's expiry.
        expires: u64,
        /// The service's clock.
        now: u64,
    },
    /// `expires` is further ahead than [`MAX_VALIDITY_SECS`].
    #[error(
        "the signed request expires at {expires}, more than {MAX_VALIDITY_SECS} s after now ({now})"
    )]
    TooLong {
        /// The request's expiry.
        expires: u64,
        /// The service's clock.
        now: u64,
    },
    /// The signature is not a signature, or recovers to no address.
    #[error("bad signature: {0}")]
    BadSignature(String),
    /// The signature is by someone other than who the request says is asking, or over other
    /// typed data (another action, arguments, service, chain or deployment).
    #[error(
        "the signature is by {signer}, not by {expected} (or it was made for another request, relayer, chain or deployment)"
    )]
    WrongSigner {
        /// Who the signature recovers to.
        signer: Address,
        /// Who was expected.
        expected: Address,
    },
    /// The nonce was used before.
    #[error("this signed request was used before (nonce {0}): sign a new one")]
    Replayed(B256),
}

/// The signature, nonce and expiry of one request, as carried in its `Authorization` header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestAuth {
    /// The EIP-712 signature (65 bytes).
    pub signature: Bytes,
    /// Random, used once.
    pub nonce: B256,
    /// Unix seconds after which the request is refused.
    pub expires: u64,
}

impl RequestAuth {
    /// The header's value: `MedVault-EIP712 sig=0x…, nonce=0x…, expires=…`.
    pub fn to_header(&self) -> String {
        self.to_string()
    }

    /// Reads a header value written by [`Self::to_header`].
    pub fn parse(value: &str) -> Result<Self, AuthError> {
        let malformed = |why: &str| AuthError::Malformed(why.to_string());
        let rest = value
            .trim()
            .strip_prefix(SCHEME)
            .ok_or_else(|| malformed(&format!("the scheme is not {SCHEME}")))?;
        let (mut signature, mut nonce, mut expires) = (None, None, None);
        for part in rest.split(',') {
            let (key, v) = part.trim().split_once('=').ok_or_else(|| malformed("expected k=v"))?;
            match key.trim() {
                "sig" => {
                    signature =
                        Some(v.parse::<Bytes>().map_err(|e| malformed(&format!("sig: {e}")))?)
                }
                "nonce" => {
                    nonce = Some(v.parse::<B256>().map_err(|e| malformed(&format!("nonce: {e}")))?)
                }
                "expires" => {
                    expires =
                        Some(v.parse::<u64>().map_err(|e| malformed(&format!("expires: {e}")))?)
                }
                other => return Err(malformed(&format!("unknown parameter {other:?}"))),
            }
        }
        Ok(Self {
            signature: signature.ok_or_else(|| malformed("no sig"))?,
            nonce: nonce.ok_or_else(|| malformed("no nonce"))?,
            expires: expires.ok_or_else(|| malformed("no expires"))?,
        })
    }

    /// Checks `expires` against `now` (it must be after now and at most [`MAX_VALIDITY_SECS`]
    /// ahead).
    pub const fn check_window(&self, now: u64) -> Result<(), AuthError> {
        if self.expires <= now {
            return Err(AuthError::Expired { expires: self.expires, now });
        }
        if self.expires - now > MAX_VALIDITY_SECS {
            return Err(AuthError::TooLong { expires: self.expires, now });
        }
        Ok(())
    }

    /// Who signed `request` under `domain`, once the window is checked against `now`. The caller
    /// compares the signer with who may ask, and then spends the nonce.
    pub fn signer<T: SolStruct>(
        &self,
        request: &T,
        domain: &Eip712Domain,
        now: u64,
    ) -> Result<Address, AuthError> {
        self.check_window(now)?;
        let signature = Signature::try_from(self.signature.as_ref())
            .map_err(|e| AuthError::BadSignature(e.to_string()))?;
        signature
            .recover_address_from_prehash(&request.eip712_signing_hash(domain))
            .map_err(|e| AuthError::BadSignature(e.to_string()))
    }
}

impl fmt::Display for RequestAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{SCHEME} sig={}, nonce={}, expires={}", self.signature, self.nonce, self.expires)
    }
}

#[cfg(test)]
mod tests {
    use alloy::signers::{SignerSync, local::PrivateKeySigner};

    use super::*;

    fn signed<T: SolStruct>(
        key: &PrivateKeySigner,
        r: &T,
        d: &Eip712Domain,
        exp: u64,
    ) -> RequestAuth {
        let sig = key.sign_hash_sync(&r.eip712_signing_hash(d)).unwrap();
        RequestAuth {
            signature: Bytes::from(sig.as_bytes().to_vec()),
            nonce: B256::repeat_byte(7),
            expires: exp,
        }
    }

    #[test]
    fn the_type_strings_are_what_wallets_are_shown() {
        assert_eq!(
            ReleaseKey::eip712_encode_type(),
            "ReleaseKey(bytes32 recordId,uint32 version,bytes32 nonce,uint64 expires)"
        );
        assert_eq!(
            FollowEvents::eip712_encode_type(),
            "FollowEvents(address patient,bytes32 nonce,uint64 expires)"
        );
    }

    #[test]
    fn header_round_trips_and_refuses_junk() {
        let a = RequestAuth {
            signature: Bytes::from(vec![1; 65]),
            nonce: B256::repeat_byte(2),
            expires: 1_790_000_000,
        };
        assert_eq!(RequestAuth::parse(&a.to_header()).unwrap(), a);
        for bad in [
            "Bearer abc",
            "MedVault-EIP712 sig=0x01, nonce=0x02",
            "MedVault-EIP712 sig=zz, nonce=0x02, expires=1",
            "MedVault-EIP712 sig=0x01, nonce=0x02, expires=1, extra=3",
        ] {
            assert!(matches!(RequestAuth::parse(bad), Err(AuthError::Malformed(_))), "{bad}");
        }
    }

    #[test]
    fn a_signature_binds_service_chain_deployment_and_arguments() {
        let key = PrivateKeySigner::random();
        let now = 1_790_000_000;
        let d = relayer_domain(31337, Address::repeat_byte(1), Address::repeat_byte(2));
        let r =
            FollowEvents { patient: key.address(), nonce: B256::repeat_byte(7), expires: now + 60 };
        let auth = signed(&key, &r, &d, now + 60);
        assert_eq!(auth.signer(&r, &d, now).unwrap(), key.address());
        for other in [
            relayer_domain(1, Address::repeat_byte(1), Address::repeat_byte(2)),
            relayer_domain(31337, Address::repeat_byte(9), Address::repeat_byte(2)),
            relayer_domain(31337, Address::repeat_byte(1), Address::repeat_byte(9)),
            keynode_domain(31337, Address::repeat_byte(1), Address::repeat_byte(2)),
        ] {
            assert_ne!(auth.signer(&r, &other, now).unwrap(), key.address());
        }
        let r2 = FollowEvents { patient: Address::repeat_byte(5), ..r.clone() };
        assert_ne!(auth.signer(&r2, &d, now).unwrap(), key.address());
        assert!(matches!(auth.signer(&r, &d, now + 60), Err(AuthError::Expired { .. })));
        let long = signed(&key, &r, &d, now + MAX_VALIDITY_SECS + 1);
        assert!(matches!(long.signer(&r, &d, now), Err(AuthError::TooLong { .. })));
    }
}
