//! Who is asking: every user request carries EIP-712 typed data signed by its caller
//! (`medvault_primitives::request_auth`: one struct per action with its arguments, a random nonce
//! and an expiry at most [`MAX_VALIDITY_SECS`] ahead) under this relayer's domain
//! ([`ApiContext::domain`]: its chain, its deployment's RecordRegistry, its own address), in the
//! `Authorization: MedVault-EIP712 sig=…, nonce=…, expires=…` header ([`Auth`]), never in a URL.
//!
//! A handler first recovers the signer ([`signer`]), compares it with who may ask ([`check`],
//! [`check_patient`]) and spends the nonce ([`spend`]), before any lookup that could tell the
//! caller whether a record exists. A nonce is spent once: the store remembers it until its
//! request expires (on disk, so a restart opens no replay window), so a captured request cannot be
//! sent again, and one `events` signature opens one stream. No private key reaches the relayer.

use std::time::{SystemTime, UNIX_EPOCH};

use alloy::{
    primitives::Address,
    sol_types::{Eip712Domain, SolStruct},
};
use axum::{extract::FromRequestParts, http::request::Parts};
pub use medvault_primitives::request_auth::{
    AddKey, AuthError, DeleteKeys, FollowEvents, ListDeliveries, ListEmergencyRecords, ListRecords,
    MAX_VALIDITY_SECS, ReadAccessLog, RecordStatusRequest, ReleaseKey, RequestAuth, ViewRecord,
    relayer_domain,
};

use super::{
    ApiContext,
    error::{ApiError, Result},
};

/// Now, in Unix seconds.
pub fn now_secs() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

/// Now, in Unix milliseconds.
pub fn now_millis() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as u64).unwrap_or(0)
}

impl From<AuthError> for ApiError {
    fn from(e: AuthError) -> Self {
        Self::Unauthorized(e.to_string())
    }
}

impl ApiContext {
    /// The EIP-712 domain users sign requests to this relayer under.
    pub fn domain(&self) -> Eip712Domain {
        relayer_domain(self.config.chain_id, self.config.records, self.signer.address())
    }
}

/// `GET /v1/auth/domain`: the EIP-712 domain to sign requests to this relayer under. A client
/// that knows its deployment checks the chain and RecordRegistry in it before signing.
pub async fn domain(
    axum::extract::State(ctx): axum::extract::State<ApiContext>,
) -> axum::Json<Eip712Domain> {
    axum::Json(ctx.domain())
}

/// The `Authorization` header of a request, parsed; a request without one (or with a malformed
/// one) is refused with 401 before its handler runs.
#[derive(Clone, Debug)]
pub struct Auth(pub RequestAuth);

impl<S: Send + Sync> FromRequestParts<S> for Auth {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self> {
        let value = parts
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .ok_or(AuthError::Missing)?
            .to_str()
            .map_err(|_| AuthError::Malformed("not ASCII".into()))?;
        Ok(Self(RequestAuth::parse(value)?))
    }
}

/// Who signed `request` under this relayer's domain (the expiry checked, the nonce not spent).
pub fn signer<T: SolStruct>(ctx: &ApiContext, auth: &Auth, request: &T) -> Result<Address> {
    Ok(auth.0.signer(request, &ctx.domain(), now_secs())?)
}

/// Spends the request's nonce for `signer`: a nonce seen before (until its request expires) is
/// a replay, refused with 401.
pub async fn spend(ctx: &ApiContext, signer: Address, auth: &Auth) -> Result<()> {
    let store = ctx.store.clone();
    let (nonce, expires) = (auth.0.nonce, auth.0.expires);
    let fresh =
        tokio::task::spawn_blocking(move || store.use_nonce(signer, nonce, expires, now_secs()))
            .await??;
    if !fresh {
        return Err(AuthError::Replayed(nonce).into());
    }
    Ok(())
}

/// Checks that `request` is signed by `expected`, and spends its nonce.
pub async fn check<T: SolStruct>(
    ctx: &ApiContext,
    auth: &Auth,
    request: &T,
    expected: Address,
) -> Result<()> {
    let by = signer(ctx, auth, request)?;
    if by != expected {
        return Err(AuthError::WrongSigner { signer: by, expected }.into());
    }
    spend(ctx, by, auth).await
}

/// Checks that `request` is signed by the patient, or, after a recovery of her wallet by her
/// guardians, her successor (`AccountRegistry.identityOf`), and spends its nonce.
pub async fn check_patient<T: SolStruct>(
    ctx: &ApiContext,
    auth: &Auth,
    request: &T,
    patient: Address,
) -> Result<()> {
    let by = signer(ctx, auth, request)?;
    if by != patient && ctx.chain.identity_of(patient).await.map_err(ApiError::Chain)? != by {
        return Err(AuthError::WrongSigner { signer: by, expected: patient }.into());
    }
    spend(ctx, by, auth).await
}

#[cfg(test)]
pub(crate) mod tests {
    use alloy::{
        primitives::{B256, Bytes},
        signers::{SignerSync, local::PrivateKeySigner},
    };

    use super::*;

    /// `key`'s signature of `request` under `domain`, valid for a minute, with a fresh nonce.
    pub(crate) fn sign<T: SolStruct>(
        key: &PrivateKeySigner,
        domain: &Eip712Domain,
        request: impl FnOnce(B256, u64) -> T,
    ) -> Auth {
        let mut nonce = B256::ZERO;
        rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, nonce.as_mut_slice());
        let expires = now_secs() + 60;
        let r = request(nonce, expires);
        let sig = key.sign_hash_sync(&r.eip712_signing_hash(domain)).expect("sign");
        Auth(RequestAuth { signature: Bytes::from(sig.as_bytes().to_vec()), nonce, expires })
    }
}
