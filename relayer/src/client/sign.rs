//! EIP-712 signatures a patient makes in their wallet: consent grants and revocations
//! (`ConsentManager.grantBySig` / `revokeBySig`) and trade approvals (`DataMarket.settle`).
//!
//! The typed data is the contracts' (docs/CONTRACTS.md):
//!
//! - domain `{name: "MedvaultConsent", version: "1", chainId, verifyingContract: consent}`:
//!   `Grant(address patient,address grantee,uint8 scope,bytes32 target,uint8 access,uint64 expiresAt,uint256 nonce,uint256 deadline)`
//!   and `Revoke(address patient,address grantee,uint8 scope,bytes32 target,uint256 nonce,uint256 deadline)`;
//! - domain `{name: "MedvaultDataMarket", version: "1", chainId, verifyingContract: market}`:
//!   `TradeApproval(uint256 requestId,address patient,bytes32 deliveryCommitment,uint256 price,uint256 nonce,uint256 deadline)`.
//!
//! [`grant_digest`], [`revoke_digest`] and [`trade_approval_digest`] give the hash a wallet signs;
//! the `sign_*` functions sign it with a local key. [`sign_permit`] signs the token's EIP-2612
//! permit (domain `{name: "medvault", version: "1"}`) that funds a research request. Any standard wallet signing the same typed data
//! produces a signature the contracts accept.

use alloy::{
    primitives::{Address, B256, Bytes, U256},
    signers::{Signer, local::PrivateKeySigner},
    sol,
    sol_types::{Eip712Domain, SolStruct, eip712_domain},
};
use medvault_bindings::{
    consent_manager::IConsentManager::SignedConsent, data_market::IDataMarket,
};

sol! {
    /// A signed grant of access (`ConsentManager.GRANT_TYPEHASH`).
    struct Grant {
        address patient;
        address grantee;
        uint8 scope;
        bytes32 target;
        uint8 access;
        uint64 expiresAt;
        uint256 nonce;
        uint256 deadline;
    }

    /// A signed revocation (`ConsentManager.REVOKE_TYPEHASH`).
    struct Revoke {
        address patient;
        address grantee;
        uint8 scope;
        bytes32 target;
        uint256 nonce;
        uint256 deadline;
    }

    /// An EIP-2612 permit of the token (`ERC20Permit`), to fund a request in the same call.
    struct Permit {
        address owner;
        address spender;
        uint256 value;
        uint256 nonce;
        uint256 deadline;
    }

    /// A patient's approval of one trade (`DataMarket.TRADE_APPROVAL_TYPEHASH`).
    struct TradeApproval {
        uint256 requestId;
        address patient;
        bytes32 deliveryCommitment;
        uint256 price;
        uint256 nonce;
        uint256 deadline;
    }
}

/// `IConsentManager.Scope.Record`: the target is a record id.
pub const SCOPE_RECORD: u8 = 0;
/// `IConsentManager.Scope.Category`: the target is `bytes32(uint256(category))`.
pub const SCOPE_CATEGORY: u8 = 1;
/// `IConsentManager.Access.Read`.
pub const ACCESS_READ: u8 = 1;
/// `IConsentManager.Access.Write` (includes read).
pub const ACCESS_WRITE: u8 = 2;

/// The target of a category-scoped grant: `bytes32(uint256(category))`.
pub fn category_target(category: u16) -> B256 {
    B256::from(U256::from(category))
}

/// The EIP-712 domain of the `ConsentManager` at `consent` on `chain_id`.
pub fn consent_domain(chain_id: u64, consent: Address) -> Eip712Domain {
    eip712_domain! {
        name: "MedvaultConsent",
        version: "1",
        chain_id: chain_id,
        verifying_contract: consent,
    }
}

/// The EIP-712 domain of the `DataMarket` at `market` on `chain_id`.
pub fn market_domain(chain_id: u64, market: Address) -> Eip712Domain {
    eip712_domain! {
        name: "MedvaultDataMarket",
        version: "1",
        chain_id: chain_id,
        verifying_contract: market,
    }
}

/// The digest a wallet signs to grant `c` (`ConsentManager.grantDigest(c)`).
pub fn grant_digest(c: &SignedConsent, domain: &Eip712Domain) -> B256 {
    Grant {
        patient: c.patient,
        grantee: c.grantee,
        scope: c.scope,
        target: c.target,
        access: c.access,
        expiresAt: c.expiresAt,
        nonce: c.nonce,
        deadline: c.deadline,
    }
    .eip712_signing_hash(domain)
}

/// The digest a wallet signs to revoke `c` (`ConsentManager.revokeDigest(c)`; `access` and
/// `expiresAt` are not part of it).
pub fn revoke_digest(c: &SignedConsent, domain: &Eip712Domain) -> B256 {
    Revoke {
        patient: c.patient,
        grantee: c.grantee,
        scope: c.scope,
        target: c.target,
        nonce: c.nonce,
        deadline: c.deadline,
    }
    .eip712_signing_hash(domain)
}

/// The digest a wallet signs to approve trade `a` (`DataMarket.tradeApprovalDigest(a)`).
pub fn trade_approval_digest(a: &IDataMarket::TradeApproval, domain: &Eip712Domain) -> B256 {
    TradeApproval {
        requestId: a.requestId,
        patient: a.patient,
        deliveryCommitment: a.deliveryCommitment,
        price: a.price,
        nonce: a.nonce,
        deadline: a.deadline,
    }
    .eip712_signing_hash(domain)
}

/// The EIP-712 domain of the `MedToken` at `token` (`ERC20Permit("medvault")`).
pub fn token_domain(chain_id: u64, token: Address) -> Eip712Domain {
    eip712_domain! {
        name: "medvault",
        version: "1",
        chain_id: chain_id,
        verifying_contract: token,
    }
}

/// Signs an EIP-2612 permit letting `spender` move `value` of `signer`'s tokens; `(v, r, s)`.
pub async fn sign_permit(
    signer: &PrivateKeySigner,
    spender: Address,
    value: U256,
    nonce: U256,
    deadline: U256,
    domain: &Eip712Domain,
) -> alloy::signers::Result<(u8, B256, B256)> {
    let permit = Permit { owner: signer.address(), spender, value, nonce, deadline };
    let signature = signer.sign_hash(&permit.eip712_signing_hash(domain)).await?;
    let v = 27 + u8::from(signature.v());
    Ok((v, B256::from(signature.r()), B256::from(signature.s())))
}

/// Signs a grant as `signer` (who must be `c.patient`); the bytes `grantBySig` takes.
pub async fn sign_grant(
    signer: &PrivateKeySigner,
    c: &SignedConsent,
    domain: &Eip712Domain,
) -> alloy::signers::Result<Bytes> {
    sign_digest(signer, grant_digest(c, domain)).await
}

/// Signs a revocation as `signer` (who must be `c.patient`); the bytes `revokeBySig` takes.
pub async fn sign_revoke(
    signer: &PrivateKeySigner,
    c: &SignedConsent,
    domain: &Eip712Domain,
) -> alloy::signers::Result<Bytes> {
    sign_digest(signer, revoke_digest(c, domain)).await
}

/// Signs a trade approval as `signer` (who must be `a.patient`); the bytes `settle` takes.
pub async fn sign_trade_approval(
    signer: &PrivateKeySigner,
    a: &IDataMarket::TradeApproval,
    domain: &Eip712Domain,
) -> alloy::signers::Result<Bytes> {
    sign_digest(signer, trade_approval_digest(a, domain)).await
}

async fn sign_digest(signer: &PrivateKeySigner, digest: B256) -> alloy::signers::Result<Bytes> {
    let signature = signer.sign_hash(&digest).await?;
    Ok(Bytes::from(signature.as_bytes().to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::{
        primitives::{address, keccak256},
        sol_types::SolStruct,
    };

    #[test]
    fn type_strings_match_the_contracts() {
        assert_eq!(
            Grant::eip712_encode_type(),
            "Grant(address patient,address grantee,uint8 scope,bytes32 target,uint8 access,uint64 expiresAt,uint256 nonce,uint256 deadline)"
        );
        assert_eq!(
            Revoke::eip712_encode_type(),
            "Revoke(address patient,address grantee,uint8 scope,bytes32 target,uint256 nonce,uint256 deadline)"
        );
        assert_eq!(
            TradeApproval::eip712_encode_type(),
            "TradeApproval(uint256 requestId,address patient,bytes32 deliveryCommitment,uint256 price,uint256 nonce,uint256 deadline)"
        );
    }

    #[tokio::test]
    async fn signatures_recover_to_the_patient() {
        let signer = PrivateKeySigner::random();
        let c = SignedConsent {
            patient: signer.address(),
            grantee: address!("70997970C51812dc3A010C7d01b50e0d17dc79C8"),
            scope: SCOPE_CATEGORY,
            target: category_target(3),
            access: ACCESS_READ,
            expiresAt: 1_900_000_000,
            nonce: U256::ZERO,
            deadline: U256::from(1_900_000_000u64),
        };
        let domain = consent_domain(31337, address!("5FbDB2315678afecb367f032d93F642f64180aa3"));
        let sig = sign_grant(&signer, &c, &domain).await.unwrap();
        let parsed = alloy::primitives::Signature::try_from(sig.as_ref()).unwrap();
        let digest = grant_digest(&c, &domain);
        assert_eq!(parsed.recover_address_from_prehash(&digest).unwrap(), signer.address());
        assert_ne!(digest, revoke_digest(&c, &domain));
        assert_ne!(keccak256(digest), B256::ZERO);
    }
}
