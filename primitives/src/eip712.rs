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
//! One more is never sent to a contract: [`EncryptionKeyDerivation`], domain
//! `{name: "medvault", version: "1", chainId, verifyingContract: accounts}` (the
//! `AccountRegistry`), `EncryptionKeyDerivation(string notice,address account,uint32 epoch)`. The
//! signature of it is the seed of the account's encryption key for that key epoch
//! (docs/KEYS.md); [`encryption_key_digest`] gives its hash.
//!
//! [`grant_digest`], [`revoke_digest`], [`trade_approval_digest`] and [`permit_digest`] give the
//! hash a wallet signs (the last for the token's EIP-2612 permit, domain
//! `{name: "medvault", version: "1"}`, that funds a research request); `medvault-client` signs
//! them through any alloy `Signer`. Any standard wallet signing the same typed data produces a
//! signature the contracts accept.

use alloy::{
    primitives::{Address, B256, U256},
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

    /// What an account signs to derive its encryption key for one key epoch (docs/KEYS.md). The
    /// signature is the key's seed and never leaves the device; `notice` is always
    /// [`ENCRYPTION_KEY_NOTICE`], so the wallet shows the user what signing gives away.
    struct EncryptionKeyDerivation {
        string notice;
        address account;
        uint32 epoch;
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

/// The text a wallet shows when asked to derive the encryption key: what signing does, and that
/// the signature is as good as the key to whoever obtains it.
pub const ENCRYPTION_KEY_NOTICE: &str = "Derive my medvault encryption key. Anyone who obtains this signature can read my medical records: sign it only in medvault.";

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

/// The EIP-712 domain of key derivation for the `AccountRegistry` at `accounts` on `chain_id`.
pub fn accounts_domain(chain_id: u64, accounts: Address) -> Eip712Domain {
    eip712_domain! {
        name: "medvault",
        version: "1",
        chain_id: chain_id,
        verifying_contract: accounts,
    }
}

/// The typed data `account` signs to derive its encryption key for `epoch`.
pub fn encryption_key_derivation(account: Address, epoch: u32) -> EncryptionKeyDerivation {
    EncryptionKeyDerivation { notice: ENCRYPTION_KEY_NOTICE.to_string(), account, epoch }
}

/// The digest `account` signs to derive its encryption key for `epoch` (domain:
/// [`accounts_domain`]).
pub fn encryption_key_digest(account: Address, epoch: u32, domain: &Eip712Domain) -> B256 {
    encryption_key_derivation(account, epoch).eip712_signing_hash(domain)
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

/// The digest a wallet signs for an EIP-2612 permit letting `spender` move `value` of `owner`'s
/// tokens (`ERC20Permit`).
pub fn permit_digest(
    owner: Address,
    spender: Address,
    value: U256,
    nonce: U256,
    deadline: U256,
    domain: &Eip712Domain,
) -> B256 {
    Permit { owner, spender, value, nonce, deadline }.eip712_signing_hash(domain)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::sol_types::SolStruct;

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
        assert_eq!(
            Permit::eip712_encode_type(),
            "Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"
        );
        assert_eq!(
            EncryptionKeyDerivation::eip712_encode_type(),
            "EncryptionKeyDerivation(string notice,address account,uint32 epoch)"
        );
    }

    /// Pinned: the digest of anvil account 1's epoch-1 derivation for a registry at
    /// 0x5FbDB2315678afecb367f032d93F642f64180aa3 on chain 31337 (docs/KEYS.md).
    #[test]
    fn encryption_key_digest_is_pinned() {
        let domain = accounts_domain(
            31337,
            alloy::primitives::address!("5FbDB2315678afecb367f032d93F642f64180aa3"),
        );
        let account = alloy::primitives::address!("70997970C51812dc3A010C7d01b50e0d17dc79C8");
        let digest = encryption_key_digest(account, 1, &domain);
        assert_eq!(
            digest.to_string(),
            "0xf1aa4324723aa0a0fa7225ff63b151eef2f6d3592dafd61cfb92d17ed28131ed"
        );
        assert_ne!(digest, encryption_key_digest(account, 2, &domain), "the epoch is signed");
    }
}
