//! EIP-712 signatures a patient makes: consent changes (`ConsentManager.setConsentBySig`, signed by
//! a relationship pseudonym), delegations to those pseudonyms, and trade approvals
//! (`DataMarket.settle`).
//!
//! The typed data is the contracts' (docs/CONTRACTS.md):
//!
//! - domain `{name: "MedvaultConsent", version: "1", chainId, verifyingContract: consent}`:
//!   `ConsentChange(address controller,bytes32 grantId,uint8 access,uint64 expiresAt,bytes32 noticeHash,uint64 nonce,uint256 deadline)`,
//!   signed by a relationship pseudonym, and `Delegation(address patient,address controller,address grantee)`,
//!   signed by the patient's wallet and only ever checked off-chain;
//! - domain `{name: "MedvaultDataMarket", version: "1", chainId, verifyingContract: market}`:
//!   `TradeApproval(uint256 requestId,address seller,bytes32 deliveryCommitment,uint256 price,uint256 nonce,uint256 deadline)`,
//!   signed by a one-time trade key, and `SaleAttestation(uint256 requestId,address seller,bytes32 deliveryCommitment)`,
//!   signed by key nodes;
//! - domain `{name: "MedvaultKeys", version: "1", chainId, verifyingContract: committee}`:
//!   `Sale(address patient,uint256 requestId,address seller,bytes32 deliveryCommitment)`, signed by
//!   the patient's wallet and only ever checked by the key nodes.
//!
//! One more is never sent to a contract: [`EncryptionKeyDerivation`], domain
//! `{name: "medvault", version: "1", chainId, verifyingContract: accounts}` (the
//! `AccountRegistry`), `EncryptionKeyDerivation(string notice,address account,uint32 epoch)`. The
//! signature of it is the seed of the account's encryption key for that key epoch
//! (docs/KEYS.md); [`encryption_key_digest`] gives its hash.
//!
//! [`consent_change_digest`], [`delegation_digest`], [`trade_approval_digest`] and [`permit_digest`] give the
//! hash a wallet signs (the last for the token's EIP-2612 permit, domain
//! `{name: "medvault", version: "1"}`, that funds a research request); `medvault-client` signs
//! them through any alloy `Signer`. Any standard wallet signing the same typed data produces a
//! signature the contracts accept.

use alloy::{
    primitives::{Address, B256, U256},
    sol,
    sol_types::{Eip712Domain, SolStruct, eip712_domain},
};
use medvault_bindings::{consent_manager::IConsentManager, data_market::IDataMarket};

sol! {
    /// A consent change signed by its controller, a relationship pseudonym
    /// (`ConsentManager.CONSENT_CHANGE_TYPEHASH`).
    struct ConsentChange {
        address controller;
        bytes32 grantId;
        uint8 access;
        uint64 expiresAt;
        bytes32 noticeHash;
        uint64 nonce;
        uint256 deadline;
    }

    /// The patient's word that `controller` acts for her toward `grantee` (never sent on-chain:
    /// the key nodes and the relayer check it off-chain; docs/PRIVACY.md).
    #[derive(serde::Serialize)]
    struct Delegation {
        address patient;
        address controller;
        address grantee;
    }

    /// The patient's word that the guardians of the set kept by `controller` (her guardian-set
    /// controller) may move her identity to a new wallet (`AccountRegistry.approveRecovery`;
    /// domain [`recovery_domain`]). Handed to her guardians at set-up; on-chain only at recovery.
    #[derive(serde::Serialize)]
    struct RecoveryAuthorization {
        address patient;
        address controller;
    }

    /// A key node's word that a registered patient stands behind `seller` and sells to the request
    /// for the first time (`DataMarket.SALE_ATTESTATION_TYPEHASH`).
    struct SaleAttestation {
        uint256 requestId;
        address seller;
        bytes32 deliveryCommitment;
    }

    /// The patient's wallet approving a sale through her one-time trade key `seller` (never sent
    /// on-chain: shown to the key nodes, domain `MedvaultKeys`).
    #[derive(serde::Serialize)]
    struct Sale {
        address patient;
        uint256 requestId;
        address seller;
        bytes32 deliveryCommitment;
    }

    /// A key node's word that the patient of an emergency's tag, or one of her guardians, asked
    /// for this review (`ConsentManager.EMERGENCY_REVIEW_TYPEHASH`).
    struct EmergencyReview {
        uint256 emergencyId;
        bool accept;
        bytes32 evidence;
        address challenger;
    }

    /// A patient's (or guardian's) wallet asking the key nodes to attest a review (never sent
    /// on-chain; domain `MedvaultKeys`).
    #[derive(serde::Serialize)]
    struct EmergencyReviewRequest {
        address patient;
        address reviewer;
        uint256 emergencyId;
        bool accept;
        bytes32 evidence;
        address challenger;
    }

    /// The key committee's word that a record's author, a certified provider, may write it: the
    /// patient's live WRITE grant covers it, the author broke glass on her for an emergency note,
    /// or the author is the patient (`RecordRegistry.writeDigest`, domain [`records_domain`]).
    struct WriteConsent {
        bytes32 leaf;
        uint64 deadline;
    }

    /// An EIP-2612 permit of the token (`ERC20Permit`), to fund a request in the same call.
    #[derive(serde::Serialize)]
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
    /// Serialisable: a browser wallet is handed it as JSON typed data.
    #[derive(serde::Serialize)]
    struct EncryptionKeyDerivation {
        string notice;
        address account;
        uint32 epoch;
    }

    /// A seller's approval of one trade (`DataMarket.TRADE_APPROVAL_TYPEHASH`).
    struct TradeApproval {
        uint256 requestId;
        address seller;
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

/// The EIP-712 domain of the `RecordRegistry` at `records` on `chain_id`.
pub fn records_domain(chain_id: u64, records: Address) -> Eip712Domain {
    eip712_domain! {
        name: "MedvaultRecords",
        version: "1",
        chain_id: chain_id,
        verifying_contract: records,
    }
}

/// The digest key nodes sign to attest that the author of `leaf` may write it, until `deadline`
/// (`RecordRegistry.writeDigest`; domain [`records_domain`]).
pub fn write_consent_digest(leaf: B256, deadline: u64, domain: &Eip712Domain) -> B256 {
    WriteConsent { leaf, deadline }.eip712_signing_hash(domain)
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

/// The EIP-712 domain of `AccountRegistry`'s own signatures (a recovery's authorization) at
/// `accounts` on `chain_id`.
pub fn recovery_domain(chain_id: u64, accounts: Address) -> Eip712Domain {
    eip712_domain! {
        name: "MedvaultAccounts",
        version: "1",
        chain_id: chain_id,
        verifying_contract: accounts,
    }
}

/// The digest a patient's wallet signs to let her guardian set under `controller` recover her
/// (`AccountRegistry.recoveryAuthorizationDigest`; domain: [`recovery_domain`]).
pub fn recovery_authorization_digest(
    patient: Address,
    controller: Address,
    domain: &Eip712Domain,
) -> B256 {
    RecoveryAuthorization { patient, controller }.eip712_signing_hash(domain)
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

/// The digest a controller signs for change `c` (`ConsentManager.changeDigest(c)`).
pub fn consent_change_digest(c: &IConsentManager::ConsentChange, domain: &Eip712Domain) -> B256 {
    ConsentChange {
        controller: c.controller,
        grantId: c.grantId,
        access: c.access,
        expiresAt: c.expiresAt,
        noticeHash: c.noticeHash,
        nonce: c.nonce,
        deadline: c.deadline,
    }
    .eip712_signing_hash(domain)
}

/// The digest a patient's wallet signs to delegate her relationship with `grantee` to
/// `controller` (domain: [`consent_domain`]).
pub fn delegation_digest(
    patient: Address,
    controller: Address,
    grantee: Address,
    domain: &Eip712Domain,
) -> B256 {
    Delegation { patient, controller, grantee }.eip712_signing_hash(domain)
}

/// The digest a key node signs to attest a sale (`DataMarket.saleAttestationDigest`; domain:
/// [`market_domain`]).
pub fn sale_attestation_digest(
    request_id: U256,
    seller: Address,
    delivery_commitment: B256,
    domain: &Eip712Domain,
) -> B256 {
    SaleAttestation { requestId: request_id, seller, deliveryCommitment: delivery_commitment }
        .eip712_signing_hash(domain)
}

/// The digest a patient's wallet signs to sell to a request through `seller`, her one-time trade
/// key (checked by the key nodes only; domain: `committee::keys_domain`).
pub fn sale_digest(
    patient: Address,
    request_id: U256,
    seller: Address,
    delivery_commitment: B256,
    domain: &Eip712Domain,
) -> B256 {
    Sale { patient, requestId: request_id, seller, deliveryCommitment: delivery_commitment }
        .eip712_signing_hash(domain)
}

/// The digest a key node signs to attest a review (`ConsentManager.reviewDigest`; domain:
/// [`consent_domain`]).
pub fn emergency_review_digest(
    emergency_id: U256,
    accept: bool,
    evidence: B256,
    challenger: Address,
    domain: &Eip712Domain,
) -> B256 {
    EmergencyReview { emergencyId: emergency_id, accept, evidence, challenger }
        .eip712_signing_hash(domain)
}

/// The digest a reviewer's wallet signs to ask the key nodes for a review's attestation
/// (domain: `committee::keys_domain`).
pub fn emergency_review_request_digest(
    patient: Address,
    reviewer: Address,
    emergency_id: U256,
    accept: bool,
    evidence: B256,
    challenger: Address,
    domain: &Eip712Domain,
) -> B256 {
    EmergencyReviewRequest {
        patient,
        reviewer,
        emergencyId: emergency_id,
        accept,
        evidence,
        challenger,
    }
    .eip712_signing_hash(domain)
}

/// The digest a one-time trade key signs to approve trade `a` (`DataMarket.tradeApprovalDigest(a)`).
pub fn trade_approval_digest(a: &IDataMarket::TradeApproval, domain: &Eip712Domain) -> B256 {
    TradeApproval {
        requestId: a.requestId,
        seller: a.seller,
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
            ConsentChange::eip712_encode_type(),
            "ConsentChange(address controller,bytes32 grantId,uint8 access,uint64 expiresAt,bytes32 noticeHash,uint64 nonce,uint256 deadline)"
        );
        assert_eq!(
            Delegation::eip712_encode_type(),
            "Delegation(address patient,address controller,address grantee)"
        );
        assert_eq!(
            RecoveryAuthorization::eip712_encode_type(),
            "RecoveryAuthorization(address patient,address controller)"
        );
        assert_eq!(
            TradeApproval::eip712_encode_type(),
            "TradeApproval(uint256 requestId,address seller,bytes32 deliveryCommitment,uint256 price,uint256 nonce,uint256 deadline)"
        );
        assert_eq!(
            SaleAttestation::eip712_encode_type(),
            "SaleAttestation(uint256 requestId,address seller,bytes32 deliveryCommitment)"
        );
        assert_eq!(
            EmergencyReview::eip712_encode_type(),
            "EmergencyReview(uint256 emergencyId,bool accept,bytes32 evidence,address challenger)"
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
