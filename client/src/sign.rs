//! Signing in the user's wallet: trade approvals (`DataMarket.settle`), token permits and the
//! requests that authenticate the user to the relayer and the key nodes, through any alloy
//! [`Signer`] (a local key, a keystore, a hardware or remote signer, a browser wallet).
//!
//! The typed data and its digests are `medvault_primitives::eip712`, re-exported here.

use alloy::{
    dyn_abi::TypedData,
    primitives::{Address, B256, Bytes, Signature, U256},
    signers::Signer,
    sol_types::{Eip712Domain, SolStruct},
};
use medvault_bindings::data_market::IDataMarket;
pub use medvault_primitives::eip712::*;
use medvault_primitives::request_auth::RequestAuth;

/// Signs `value` under `domain` as EIP-712 typed data, through
/// [`Signer::sign_dynamic_typed_data`]: the same signature as of its digest for a local key, and
/// what a browser wallet (`eth_signTypedData_v4`) can show its user field by field. Every
/// signature a user's wallet makes goes through here; a wallet signs no bare hash.
pub async fn sign_typed<T: SolStruct + serde::Serialize>(
    signer: &(impl Signer + Sync + ?Sized),
    value: &T,
    domain: &Eip712Domain,
) -> alloy::signers::Result<Signature> {
    signer.sign_dynamic_typed_data(&TypedData::from_struct(value, Some(domain.clone()))).await
}

/// Signs an EIP-2612 permit letting `spender` move `value` of `signer`'s tokens; `(v, r, s)`.
pub async fn sign_permit(
    signer: &(impl Signer + Sync + ?Sized),
    spender: Address,
    value: U256,
    nonce: U256,
    deadline: U256,
    domain: &Eip712Domain,
) -> alloy::signers::Result<(u8, B256, B256)> {
    let permit = Permit { owner: signer.address(), spender, value, nonce, deadline };
    let signature = sign_typed(signer, &permit, domain).await?;
    let v = 27 + u8::from(signature.v());
    Ok((v, B256::from(signature.r()), B256::from(signature.s())))
}

/// Signs a trade approval as `signer` (who must be `a.patient`); the bytes `settle` takes.
pub async fn sign_trade_approval(
    signer: &(impl Signer + Sync + ?Sized),
    a: &IDataMarket::TradeApproval,
    domain: &Eip712Domain,
) -> alloy::signers::Result<Bytes> {
    sign_digest(signer, trade_approval_digest(a, domain)).await
}

/// Signs the request `make(nonce, expires)` (a [`medvault_primitives::request_auth`] struct) as
/// `signer` under `domain`, with a fresh random nonce and an expiry a minute ahead: the
/// `Authorization` header's contents. The typed data goes through
/// [`Signer::sign_dynamic_typed_data`], so a wallet that signs typed data itself
/// (`eth_signTypedData_v4` in a browser) shows the user the action and its arguments.
pub async fn sign_request<T: SolStruct + serde::Serialize>(
    signer: &(impl Signer + Sync + ?Sized),
    domain: &Eip712Domain,
    make: impl FnOnce(B256, u64) -> T,
) -> alloy::signers::Result<RequestAuth> {
    let mut nonce = B256::ZERO;
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, nonce.as_mut_slice());
    let expires = crate::time::unix_now() + REQUEST_VALIDITY_SECS;
    let typed = TypedData::from_struct(&make(nonce, expires), Some(domain.clone()));
    let signature = signer.sign_dynamic_typed_data(&typed).await?;
    Ok(RequestAuth { signature: Bytes::from(signature.as_bytes().to_vec()), nonce, expires })
}

/// How long a signed request stays valid: long enough for a slow network, well inside the
/// services' [`medvault_primitives::request_auth::MAX_VALIDITY_SECS`].
pub const REQUEST_VALIDITY_SECS: u64 = 60;

async fn sign_digest(
    signer: &(impl Signer + Sync + ?Sized),
    digest: B256,
) -> alloy::signers::Result<Bytes> {
    let signature = signer.sign_hash(&digest).await?;
    Ok(Bytes::from(signature.as_bytes().to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::{
        primitives::{address, keccak256},
        signers::local::PrivateKeySigner,
    };

    #[tokio::test]
    async fn trade_approvals_recover_to_the_seller() {
        let signer = PrivateKeySigner::random();
        let a = IDataMarket::TradeApproval {
            requestId: U256::from(1),
            seller: signer.address(),
            deliveryCommitment: keccak256("delivery"),
            price: U256::from(10),
            nonce: U256::ZERO,
            deadline: U256::from(1_900_000_000u64),
        };
        let domain = market_domain(31337, address!("5FbDB2315678afecb367f032d93F642f64180aa3"));
        let sig = sign_trade_approval(&signer, &a, &domain).await.unwrap();
        let parsed = alloy::primitives::Signature::try_from(sig.as_ref()).unwrap();
        let digest = trade_approval_digest(&a, &domain);
        assert_eq!(parsed.recover_address_from_prehash(&digest).unwrap(), signer.address());
    }

    /// A signer that, like a browser wallet, signs typed data and refuses bare hashes.
    struct TypedOnly(PrivateKeySigner);

    #[async_trait::async_trait]
    impl Signer for TypedOnly {
        async fn sign_hash(&self, _: &B256) -> alloy::signers::Result<Signature> {
            Err(alloy::signers::Error::other("a wallet signs no bare hash"))
        }
        async fn sign_dynamic_typed_data(
            &self,
            payload: &TypedData,
        ) -> alloy::signers::Result<Signature> {
            self.0.sign_hash(&payload.eip712_signing_hash()?).await
        }
        fn address(&self) -> Address {
            self.0.address()
        }
        fn chain_id(&self) -> Option<alloy::primitives::ChainId> {
            None
        }
        fn set_chain_id(&mut self, _: Option<alloy::primitives::ChainId>) {}
    }

    #[tokio::test]
    async fn a_wallet_that_signs_typed_data_only_signs_what_a_key_signs() {
        let key = PrivateKeySigner::random();
        let wallet = TypedOnly(key.clone());
        let domain = token_domain(31337, address!("5FbDB2315678afecb367f032d93F642f64180aa3"));
        let spender = address!("e7f1725E7734CE288F8367e1Bb143E90bb3F0512");
        let (v, r, s) =
            sign_permit(&wallet, spender, U256::from(5), U256::ZERO, U256::MAX, &domain)
                .await
                .unwrap();
        let digest =
            permit_digest(key.address(), spender, U256::from(5), U256::ZERO, U256::MAX, &domain);
        let by_key = key.sign_hash(&digest).await.unwrap();
        assert_eq!(
            (v, r, s),
            (27 + u8::from(by_key.v()), B256::from(by_key.r()), B256::from(by_key.s()))
        );
        let delegation =
            Delegation { patient: key.address(), controller: spender, grantee: Address::ZERO };
        let by_wallet = sign_typed(&wallet, &delegation, &domain).await.unwrap();
        assert_eq!(
            by_wallet,
            key.sign_hash(&delegation_digest(key.address(), spender, Address::ZERO, &domain))
                .await
                .unwrap()
        );
        assert!(wallet.sign_hash(&digest).await.is_err());
    }
}
