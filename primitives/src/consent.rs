//! Consent by commitment (docs/PRIVACY.md).
//!
//! The chain stores a consent under `grantId = keccak256(abi.encode(GRANT_ID_TAG, patient,
//! grantee, scope, target, salt, controller))`, in the namespace of its `controller`: a signing key
//! the patient's client derives for that one relationship. Nothing on-chain names the patient, the
//! grantee, the scope or the target. The grantee learns the preimage, with the patient's
//! [`Delegation`](crate::eip712::Delegation) of the relationship to the controller, from a
//! [`Notice`] sealed to the grantee's encryption key and emitted with the grant; the grantee shows
//! the resulting [`ConsentGrant`] to the key nodes and the relayer, which [`ConsentGrant::check`]
//! it and then read `ConsentManager.isLive(controller, grantId, READ)`.
//!
//! A consent made by the patient's guardians sits in the namespace of her guardian-set controller,
//! a pseudonym she delegated to act toward anyone: `Delegation(patient, controller, address(0))`.
//! The set itself is committed on-chain as the Merkle root of the guardians' own pseudonyms
//! ([`guardian_leaf`], [`guardian_tree`]); a guardian shows its membership with a proof
//! ([`GuardianMembership`]).

use alloy::{
    primitives::{Address, B256, Bytes, Signature, keccak256},
    sol_types::{Eip712Domain, SolValue},
};
use serde::{Deserialize, Serialize};

use crate::{eip712, enums::Scope};

/// First word of a grant id's preimage (`ConsentManager.GRANT_ID_TAG`).
pub fn grant_id_tag() -> B256 {
    keccak256("medvault.grant-id.v1")
}

/// What a grantee shows to be let read: the grant's preimage and the patient's delegation.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ConsentGrant {
    /// The patient.
    pub patient: Address,
    /// The grantee.
    pub grantee: Address,
    /// `record` or `category`.
    pub scope: Scope,
    /// The record id, or the category as `bytes32(uint256(category))`.
    pub target: B256,
    /// The patient's secret salt of this grant.
    pub salt: B256,
    /// The relationship pseudonym that controls the consent on-chain (the patient herself for a
    /// guardian-made consent).
    pub controller: Address,
    /// The patient's EIP-712 `Delegation(patient, controller, grantee)` signature (65 bytes);
    /// empty when `controller` is the patient.
    #[serde(default)]
    pub delegation: Bytes,
}

/// Why a [`ConsentGrant`] does not let its bearer read a record.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum GrantMismatch {
    /// The grant is to someone else.
    #[error("the grant is to {grantee}, not to {reader}")]
    NotTheGrantee {
        /// The grant's grantee.
        grantee: Address,
        /// Who showed it.
        reader: Address,
    },
    /// The grant is another patient's.
    #[error("the grant is not from this record's patient")]
    OtherPatient,
    /// The grant does not cover the record.
    #[error("the grant covers neither this record nor its category")]
    NotCovered,
    /// The delegation is not the patient's signature.
    #[error("the delegation to {0} is not signed by the patient")]
    BadDelegation(Address),
}

impl ConsentGrant {
    /// The commitment the consent is stored under.
    pub fn grant_id(&self) -> B256 {
        grant_id(self.patient, self.grantee, self.scope, self.target, self.salt, self.controller)
    }

    /// Whether the grant covers record `record_id` of category `category`.
    pub fn covers(&self, record_id: B256, category: u16) -> bool {
        match self.scope {
            Scope::Record => self.target == record_id,
            Scope::Category => self.target == eip712::category_target(category),
        }
    }

    /// Checks everything that needs no chain read: that `reader` is the grantee, `patient` the
    /// patient, that the grant covers the record, and that the patient delegated the relationship
    /// to the controller (`domain`: the consent manager's). The grant id to read on-chain.
    pub fn check(
        &self,
        reader: Address,
        patient: Address,
        record_id: B256,
        category: u16,
        domain: &Eip712Domain,
    ) -> Result<B256, GrantMismatch> {
        if self.grantee != reader {
            return Err(GrantMismatch::NotTheGrantee { grantee: self.grantee, reader });
        }
        if self.patient != patient {
            return Err(GrantMismatch::OtherPatient);
        }
        if !self.covers(record_id, category) {
            return Err(GrantMismatch::NotCovered);
        }
        if !self.is_delegated(domain) {
            return Err(GrantMismatch::BadDelegation(self.controller));
        }
        Ok(self.grant_id())
    }

    /// Whether the controller acts for the patient: the patient herself, a pseudonym she delegated
    /// this relationship to by signature, or her guardian-set controller (delegated toward anyone).
    pub fn is_delegated(&self, domain: &Eip712Domain) -> bool {
        self.controller == self.patient
            || delegated(self.patient, self.controller, self.grantee, &self.delegation, domain)
            || delegated(self.patient, self.controller, Address::ZERO, &self.delegation, domain)
    }
}

/// Whether `signature` is the patient's EIP-712 `Delegation(patient, controller, grantee)` (low s
/// only, as the contracts' OpenZeppelin ECDSA).
pub fn delegated(
    patient: Address,
    controller: Address,
    grantee: Address,
    signature: &[u8],
    domain: &Eip712Domain,
) -> bool {
    let digest = eip712::delegation_digest(patient, controller, grantee, domain);
    Signature::try_from(signature)
        .ok()
        // `normalize_s` is `None` for a low s.
        .filter(|s| s.normalize_s().is_none())
        .and_then(|s| s.recover_address_from_prehash(&digest).ok())
        == Some(patient)
}

/// `AccountRegistry.guardianLeaf`: `keccak256(bytes.concat(keccak256(abi.encode(controller, guardian))))`.
pub fn guardian_leaf(controller: Address, guardian: Address) -> B256 {
    keccak256(keccak256((controller, guardian).abi_encode()))
}

/// The committed guardian set of `controller` over the guardians' pseudonyms, in the order given
/// (OpenZeppelin layout; its root is what `AccountRegistry.proposeGuardianSet` takes).
pub fn guardian_tree(
    controller: Address,
    guardians: &[Address],
) -> Result<crate::merkle::MerkleTree, crate::merkle::MerkleError> {
    crate::merkle::MerkleTree::new(
        guardians.iter().map(|g| guardian_leaf(controller, *g)).collect(),
    )
}

/// What a guardian shows to act for a patient off-chain (an emergency review, a guardian-made
/// grant): her set's controller, her delegation to it, and the guardian's proof in the set.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct GuardianMembership {
    /// The patient's guardian-set controller.
    pub controller: Address,
    /// The patient's `Delegation(patient, controller, address(0))` signature.
    pub delegation: Bytes,
    /// The guardian's Merkle proof in the set in force (`AccountRegistry.isGuardian`).
    pub proof: Vec<B256>,
}

impl GuardianMembership {
    /// Whether the patient delegated `controller` to act toward anyone (her guardian set's).
    pub fn is_delegated(&self, patient: Address, domain: &Eip712Domain) -> bool {
        delegated(patient, self.controller, Address::ZERO, &self.delegation, domain)
    }
}

/// The category a break-glass window opens (`ConsentManager.EMERGENCY_CATEGORY`).
pub const EMERGENCY_CATEGORY: u16 = 9;

/// The highest consent category defined (`RecordRegistry.MAX_CATEGORY`; the names are
/// `medvault_fhir::Category`, docs/FHIR.md). Categories run from 1 to this.
pub const MAX_CATEGORY: u16 = 17;

/// What a reader who is neither the record's patient nor its author shows to read it.
#[derive(Clone, Copy, Debug)]
pub struct Shown<'a> {
    /// The reader.
    pub reader: Address,
    /// The record's patient (from the anchored leaf, not from the reader).
    pub patient: Address,
    /// The record.
    pub record_id: B256,
    /// Its category (from the anchored leaf).
    pub category: u16,
    /// The grants the reader shows; the first `api::keynode::MAX_CONSENTS` count.
    pub consents: &'a [ConsentGrant],
    /// The salt of the reader's break-glass tag on the patient, if it shows one.
    pub emergency_salt: Option<B256>,
}

/// A grant's standing on-chain, as whoever decides reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Liveness {
    /// `ConsentManager.isLive(controller, grantId, READ)`.
    Live,
    /// Not live.
    NotLive,
    /// Live on-chain, but a signed revocation of it is pending (a key node's own knowledge).
    RevocationPending,
}

/// What [`decide`] finds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Standing {
    /// A live grant shown.
    Consent,
    /// An open break-glass window on an emergency-category record.
    Emergency,
    /// Nothing shown lets the reader read: the last reason seen.
    Refused(Unshown),
}

/// Why nothing a reader showed lets it read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unshown {
    /// No grant shown is live (or none was shown).
    NoConsent,
    /// A grant shown does not fit the record or the reader.
    BadGrant(GrantMismatch),
    /// A revocation of the grant shown is pending.
    RevocationPending,
}

/// The release rule for a reader who is neither the patient nor the author, shared by the relayer
/// (which gates the committee wrap) and every key node: a shown grant that [`ConsentGrant::check`]s
/// against the record and is `live`, else, on an emergency-category record, a salt whose tag has
/// a window open for the reader (`in_emergency(tag)`). The chain reads are the caller's.
pub async fn decide<E, L, LF, M, MF>(
    shown: &Shown<'_>,
    domain: &Eip712Domain,
    mut live: L,
    in_emergency: M,
) -> Result<Standing, E>
where
    L: FnMut(Address, B256) -> LF,
    LF: std::future::Future<Output = Result<Liveness, E>>,
    M: FnOnce(B256) -> MF,
    MF: std::future::Future<Output = Result<bool, E>>,
{
    let mut why = Unshown::NoConsent;
    for grant in shown.consents.iter().take(crate::api::keynode::MAX_CONSENTS) {
        let grant_id =
            match grant.check(shown.reader, shown.patient, shown.record_id, shown.category, domain)
            {
                Ok(id) => id,
                Err(mismatch) => {
                    why = Unshown::BadGrant(mismatch);
                    continue;
                }
            };
        match live(grant.controller, grant_id).await? {
            Liveness::Live => return Ok(Standing::Consent),
            Liveness::RevocationPending => why = Unshown::RevocationPending,
            Liveness::NotLive => {}
        }
    }
    if let Some(salt) = shown.emergency_salt
        && shown.category == EMERGENCY_CATEGORY
        && in_emergency(emergency_tag(shown.patient, salt)).await?
    {
        return Ok(Standing::Emergency);
    }
    Ok(Standing::Refused(why))
}

/// `keccak256(abi.encode(GRANT_ID_TAG, patient, grantee, scope, target, salt, controller))`.
pub fn grant_id(
    patient: Address,
    grantee: Address,
    scope: Scope,
    target: B256,
    salt: B256,
    controller: Address,
) -> B256 {
    let preimage = GrantIdPreimage {
        tag: grant_id_tag(),
        patient,
        grantee,
        scope: u8::from(scope),
        target,
        salt,
        controller,
    };
    keccak256(preimage.abi_encode())
}

alloy::sol! {
    /// The words of a grant id's preimage, in order (static: encodes as `abi.encode` of the fields).
    struct GrantIdPreimage {
        bytes32 tag;
        address patient;
        address grantee;
        uint8 scope;
        bytes32 target;
        bytes32 salt;
        address controller;
    }
}

/// First word of an emergency tag's preimage (`ConsentManager.EMERGENCY_TAG`).
pub fn emergency_tag_word() -> B256 {
    keccak256("medvault.emergency-tag.v1")
}

/// The salted tag a break-glass access names its patient by:
/// `keccak256(abi.encode(EMERGENCY_TAG, patient, salt))`.
pub fn emergency_tag(patient: Address, salt: B256) -> B256 {
    keccak256((emergency_tag_word(), patient, salt).abi_encode())
}

/// A notice sealed to one account's encryption key (MVN v1): the plaintext before sealing. The
/// sealed bytes name no one: only the recipient can tell a notice is for them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A grant to the recipient: what it needs to read.
    Grant(ConsentGrant),
    /// A request for access to the recipient (a patient) from `requester`.
    AccessRequest {
        /// Who asks (also the transaction's public sender).
        requester: Address,
        /// The patient asked.
        patient: Address,
        /// Record or category.
        scope: Scope,
        /// The record id or category target.
        target: B256,
        /// READ or WRITE.
        access: u8,
        /// Commitment to the stated purpose.
        purpose: B256,
    },
    /// A break-glass access to the recipient (a patient): the preimage of its tag.
    Emergency {
        /// The patient.
        patient: Address,
        /// The tag's secret salt.
        salt: B256,
    },
}

/// Why notice bytes do not decode.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not a medvault notice (MVN v1): {0}")]
pub struct BadNotice(&'static str);

/// The label sealed notices are bound to (`seal_bytes`' label).
pub const NOTICE_LABEL: &[u8] = b"medvault/notice/v1";

const GRANT: u8 = 1;
const REQUEST: u8 = 2;
const EMERGENCY: u8 = 3;

impl Notice {
    /// Fixed-layout bytes (version 1, kind, fields; a grant's grantee is the recipient and not
    /// repeated): 172 bytes for a grant, 108 for a request, 54 for an emergency.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = vec![1u8];
        match self {
            Self::Grant(g) => {
                out.push(GRANT);
                out.extend_from_slice(g.patient.as_slice());
                out.push(u8::from(g.scope));
                out.extend_from_slice(g.target.as_slice());
                out.extend_from_slice(g.salt.as_slice());
                out.extend_from_slice(g.controller.as_slice());
                let mut sig = [0u8; 65];
                if g.delegation.len() == 65 {
                    sig.copy_from_slice(&g.delegation);
                }
                out.extend_from_slice(&sig);
            }
            Self::AccessRequest { requester, patient, scope, target, access, purpose } => {
                out.push(REQUEST);
                out.extend_from_slice(requester.as_slice());
                out.extend_from_slice(patient.as_slice());
                out.push(u8::from(*scope));
                out.extend_from_slice(target.as_slice());
                out.push(*access);
                out.extend_from_slice(purpose.as_slice());
            }
            Self::Emergency { patient, salt } => {
                out.push(EMERGENCY);
                out.extend_from_slice(patient.as_slice());
                out.extend_from_slice(salt.as_slice());
            }
        }
        out
    }

    /// Decodes [`Notice::to_bytes`]; `recipient` fills a grant's grantee.
    pub fn from_bytes(bytes: &[u8], recipient: Address) -> Result<Self, BadNotice> {
        let (&version, rest) = bytes.split_first().ok_or(BadNotice("empty"))?;
        if version != 1 {
            return Err(BadNotice("unknown version"));
        }
        let (&kind, rest) = rest.split_first().ok_or(BadNotice("no kind"))?;
        let scope = |b: u8| Scope::try_from(b).map_err(|_| BadNotice("unknown scope"));
        match (kind, rest.len()) {
            (GRANT, 170) => {
                let sig = &rest[105..170];
                let delegation = if sig.iter().all(|b| *b == 0) {
                    Bytes::new()
                } else {
                    Bytes::copy_from_slice(sig)
                };
                Ok(Self::Grant(ConsentGrant {
                    patient: Address::from_slice(&rest[..20]),
                    grantee: recipient,
                    scope: scope(rest[20])?,
                    target: B256::from_slice(&rest[21..53]),
                    salt: B256::from_slice(&rest[53..85]),
                    controller: Address::from_slice(&rest[85..105]),
                    delegation,
                }))
            }
            (REQUEST, 106) => Ok(Self::AccessRequest {
                requester: Address::from_slice(&rest[..20]),
                patient: Address::from_slice(&rest[20..40]),
                scope: scope(rest[40])?,
                target: B256::from_slice(&rest[41..73]),
                access: rest[73],
                purpose: B256::from_slice(&rest[74..106]),
            }),
            (EMERGENCY, 52) => Ok(Self::Emergency {
                patient: Address::from_slice(&rest[..20]),
                salt: B256::from_slice(&rest[20..52]),
            }),
            (GRANT | REQUEST | EMERGENCY, _) => Err(BadNotice("wrong length")),
            _ => Err(BadNotice("unknown kind")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::{address, b256};

    fn grant() -> ConsentGrant {
        ConsentGrant {
            patient: address!("70997970C51812dc3A010C7d01b50e0d17dc79C8"),
            grantee: address!("3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"),
            scope: Scope::Category,
            target: eip712::category_target(3),
            salt: b256!("1111111111111111111111111111111111111111111111111111111111111111"),
            controller: address!("90F79bf6EB2c4f870365E785982E1f101E93b906"),
            delegation: Bytes::from(vec![7u8; 65]),
        }
    }

    #[test]
    fn notices_round_trip() {
        let g = grant();
        let bytes = Notice::Grant(g.clone()).to_bytes();
        assert_eq!(bytes.len(), 172);
        assert_eq!(Notice::from_bytes(&bytes, g.grantee), Ok(Notice::Grant(g.clone())));
        let r = Notice::AccessRequest {
            requester: g.grantee,
            patient: g.patient,
            scope: Scope::Record,
            target: B256::repeat_byte(9),
            access: 2,
            purpose: B256::repeat_byte(4),
        };
        let bytes = r.to_bytes();
        assert_eq!(bytes.len(), 108);
        assert_eq!(Notice::from_bytes(&bytes, g.grantee), Ok(r));
        assert!(Notice::from_bytes(&bytes[..100], g.grantee).is_err());
        let e = Notice::Emergency { patient: g.patient, salt: B256::repeat_byte(8) };
        assert_eq!(e.to_bytes().len(), 54);
        assert_eq!(Notice::from_bytes(&e.to_bytes(), g.grantee), Ok(e));
        assert!(Notice::from_bytes(&[2, 1], g.grantee).is_err());
    }

    /// Pinned: the same value as `ConsentManager` tests compute with `abi.encode`.
    #[test]
    fn grant_id_is_abi_encoded_with_the_tag() {
        let g = grant();
        let mut words = Vec::new();
        words.extend_from_slice(grant_id_tag().as_slice());
        for a in [g.patient, g.grantee] {
            words.extend_from_slice(B256::left_padding_from(a.as_slice()).as_slice());
        }
        words.extend_from_slice(B256::with_last_byte(1).as_slice());
        words.extend_from_slice(g.target.as_slice());
        words.extend_from_slice(g.salt.as_slice());
        words.extend_from_slice(B256::left_padding_from(g.controller.as_slice()).as_slice());
        assert_eq!(g.grant_id(), keccak256(&words));
        let other = ConsentGrant { salt: B256::repeat_byte(2), ..g.clone() };
        assert_ne!(g.grant_id(), other.grant_id(), "the salt blinds the id");
    }

    /// A grant whose patient is a fresh key that signed its delegation; the key and the domain.
    fn delegated_grant() -> (alloy::signers::local::PrivateKeySigner, Eip712Domain, ConsentGrant) {
        use alloy::signers::SignerSync;
        let signer = alloy::signers::local::PrivateKeySigner::random();
        let domain = eip712::consent_domain(31337, Address::repeat_byte(0xcc));
        let mut g = grant();
        g.patient = signer.address();
        let digest = eip712::delegation_digest(g.patient, g.controller, g.grantee, &domain);
        g.delegation = Bytes::from(signer.sign_hash_sync(&digest).unwrap().as_bytes().to_vec());
        (signer, domain, g)
    }

    #[test]
    fn check_names_what_does_not_match() {
        let (signer, domain, g) = delegated_grant();
        let record = B256::repeat_byte(5);
        assert_eq!(g.check(g.grantee, g.patient, record, 3, &domain), Ok(g.grant_id()));
        assert!(matches!(
            g.check(g.patient, g.patient, record, 3, &domain),
            Err(GrantMismatch::NotTheGrantee { .. })
        ));
        assert_eq!(
            g.check(g.grantee, g.grantee, record, 3, &domain),
            Err(GrantMismatch::OtherPatient)
        );
        assert_eq!(
            g.check(g.grantee, g.patient, record, 4, &domain),
            Err(GrantMismatch::NotCovered)
        );
        let forged = ConsentGrant { controller: Address::repeat_byte(1), ..g.clone() };
        assert_eq!(
            forged.check(g.grantee, g.patient, record, 3, &domain),
            Err(GrantMismatch::BadDelegation(forged.controller))
        );
        let own = ConsentGrant { controller: g.patient, delegation: Bytes::new(), ..g.clone() };
        assert!(own.is_delegated(&domain), "the patient controls her own namespace");
        // Her guardian set's controller, delegated toward anyone, acts for her toward any grantee;
        // a delegation toward one grantee does not stretch to another.
        let set_controller = Address::repeat_byte(0x5e);
        let anyone = eip712::delegation_digest(g.patient, set_controller, Address::ZERO, &domain);
        use alloy::signers::SignerSync;
        let to_anyone = Bytes::from(signer.sign_hash_sync(&anyone).unwrap().as_bytes().to_vec());
        let guardian_made =
            ConsentGrant { controller: set_controller, delegation: to_anyone.clone(), ..g.clone() };
        assert_eq!(
            guardian_made.check(g.grantee, g.patient, record, 3, &domain),
            Ok(guardian_made.grant_id())
        );
        let membership =
            GuardianMembership { controller: set_controller, delegation: to_anyone, proof: vec![] };
        assert!(membership.is_delegated(g.patient, &domain));
        assert!(!membership.is_delegated(g.grantee, &domain));
        let narrow = ConsentGrant { grantee: Address::repeat_byte(0x77), ..g.clone() };
        assert_eq!(
            narrow.check(narrow.grantee, g.patient, record, 3, &domain),
            Err(GrantMismatch::BadDelegation(g.controller))
        );
    }

    /// The shared release rule: a grant that fits and is live opens; one that does not fit, or whose
    /// revocation is pending, is named; a break-glass salt counts on the emergency category only.
    #[test]
    fn decide_follows_the_release_rule() {
        use std::future::ready;
        let (_, domain, g) = delegated_grant();
        let record = B256::repeat_byte(5);
        let run = |consents: &[ConsentGrant], category: u16, salt, liveness, open: bool| {
            let shown = Shown {
                reader: g.grantee,
                patient: g.patient,
                record_id: record,
                category,
                consents,
                emergency_salt: salt,
            };
            let f = decide::<(), _, _, _, _>(
                &shown,
                &domain,
                |_, _| ready(Ok(liveness)),
                |_| ready(Ok(open)),
            );
            // No chain: every read answers at once.
            block_on_ready(f).unwrap()
        };
        let good = std::slice::from_ref(&g);
        assert_eq!(run(good, 3, None, Liveness::Live, false), Standing::Consent);
        assert_eq!(
            run(good, 3, None, Liveness::NotLive, false),
            Standing::Refused(Unshown::NoConsent)
        );
        assert_eq!(
            run(good, 3, None, Liveness::RevocationPending, false),
            Standing::Refused(Unshown::RevocationPending)
        );
        assert_eq!(
            run(good, 4, None, Liveness::Live, false),
            Standing::Refused(Unshown::BadGrant(GrantMismatch::NotCovered))
        );
        let salt = Some(B256::repeat_byte(8));
        assert_eq!(
            run(&[], EMERGENCY_CATEGORY, salt, Liveness::NotLive, true),
            Standing::Emergency
        );
        assert_eq!(
            run(&[], 3, salt, Liveness::NotLive, true),
            Standing::Refused(Unshown::NoConsent)
        );
        assert_eq!(
            run(&[], EMERGENCY_CATEGORY, salt, Liveness::NotLive, false),
            Standing::Refused(Unshown::NoConsent)
        );
    }

    /// Polls a future that never waits (the test's chain answers at once).
    fn block_on_ready<F: std::future::Future>(f: F) -> F::Output {
        use std::task::{Context, Poll, Waker};
        let mut f = std::pin::pin!(f);
        match f.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(out) => out,
            Poll::Pending => panic!("the test's reads never wait"),
        }
    }

    /// Pinned: the leaf `AccountRegistry.guardianLeaf` computes, and a tree whose proofs
    /// OpenZeppelin's MerkleProof accepts (the leaf is the root of a one-member set).
    #[test]
    fn guardian_leaves_and_tree() {
        let (controller, guardian) = (Address::repeat_byte(0xc0), Address::repeat_byte(0x9a));
        let mut words = Vec::new();
        words.extend_from_slice(B256::left_padding_from(controller.as_slice()).as_slice());
        words.extend_from_slice(B256::left_padding_from(guardian.as_slice()).as_slice());
        assert_eq!(guardian_leaf(controller, guardian), keccak256(keccak256(&words)));
        // `cast keccak $(cast keccak $(cast abi-encode "f(address,address)" 0xc0…c0 0x9a…9a))`
        assert_eq!(
            guardian_leaf(controller, guardian),
            "0x32e785f9ca82ca575f313e2a118f31ae010c0d2b47e99ba74a5d8e95140067ba"
                .parse::<B256>()
                .unwrap()
        );
        let one = guardian_tree(controller, &[guardian]).unwrap();
        assert_eq!(one.root(), guardian_leaf(controller, guardian));
        let members = [guardian, Address::repeat_byte(0x9b), Address::repeat_byte(0x9c)];
        let tree = guardian_tree(controller, &members).unwrap();
        for (i, m) in members.iter().enumerate() {
            let proof = tree.proof(i).unwrap();
            assert!(crate::merkle::verify(tree.root(), guardian_leaf(controller, *m), &proof));
        }
        assert!(guardian_tree(controller, &[]).is_err());
    }
}
