//! Signing in the user's wallet: trade approvals (`DataMarket.settle`) and token permits, through any alloy
//! [`Signer`] (a local key, a keystore, a hardware or remote signer).
//!
//! The typed data and its digests are `medvault_primitives::eip712`, re-exported here.

use alloy::{
    primitives::{Address, B256, Bytes, U256},
    signers::Signer,
    sol_types::Eip712Domain,
};
use medvault_bindings::data_market::IDataMarket;
pub use medvault_primitives::eip712::*;

/// Signs an EIP-2612 permit letting `spender` move `value` of `signer`'s tokens; `(v, r, s)`.
pub async fn sign_permit(
    signer: &(impl Signer + Sync + ?Sized),
    spender: Address,
    value: U256,
    nonce: U256,
    deadline: U256,
    domain: &Eip712Domain,
) -> alloy::signers::Result<(u8, B256, B256)> {
    let digest = permit_digest(signer.address(), spender, value, nonce, deadline, domain);
    let signature = signer.sign_hash(&digest).await?;
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
}
