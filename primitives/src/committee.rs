//! What ties the key committee to the chain: how a record's committee wrap is bound to its
//! anchored leaf, the key request a reader signs (EIP-712), and the access receipt a key node
//! logs and anchors.
//!
//! # Binding a committee wrap to its record
//! A key node releases a share of the wrap a reader hands it only if that wrap is the one anchored
//! for the record the chain lets the reader read. The leaf's opaque patient id is the binding:
//!
//! ```text
//! patientId = keccak256(abi.encode(keccak256("medvault.patient-id.v2"), patient, keccak256(committeeWrap)))
//! ```
//!
//! A node recomputes it from the patient account and the wrap in the request, then checks the
//! leaf (with the request's record id, version, ciphertext hash, author and category) against an
//! anchored root with `RecordRegistry.verifyRecord`. A wrap taken from record B does not make
//! record A's leaf, and neither does another patient's account, so consent to A (or from another
//! patient) never opens B. The wrap's ephemeral key is fresh per version, so the patient id is a
//! per-record blind: nobody without the wrap can tell two records' patients are the same.
//!
//! # Shredding a record
//! A patient signs a [`Shred`] of one of her records; a key node that takes it (after checking
//! that the record's leaf binds her, as for a key request) keeps it durably and refuses every
//! share of every version of that record from then on, to everyone, with a logged receipt. It
//! answers with its own signed [`Shredded`], the patient's evidence that it promised to.

use alloy::{
    dyn_abi::Eip712Domain,
    primitives::{Address, B256, keccak256},
    sol,
    sol_types::{SolStruct, SolValue, eip712_domain},
};

use crate::types::PatientId;

/// The patient id of a record version whose data key is wrapped to the committee as
/// `committee_wrap`, for `patient` (see the module docs).
pub fn bound_patient_id(patient: Address, committee_wrap: &[u8]) -> PatientId {
    let encoded =
        (keccak256("medvault.patient-id.v2"), patient, keccak256(committee_wrap)).abi_encode();
    PatientId(keccak256(encoded))
}

sol! {
    /// A reader's request for key shares of one record version (EIP-712, domain
    /// [`keys_domain`]). `wrapHash` is keccak256 of the committee wrap asked about; `nonce` is
    /// fresh per request and a node refuses it twice; `issuedAt` must be within five minutes of
    /// the node's clock.
    #[derive(serde::Serialize)]
    struct KeyRequest {
        address reader;
        address patient;
        bytes32 recordId;
        uint32 version;
        bytes32 wrapHash;
        uint64 issuedAt;
        bytes32 nonce;
    }

    /// A key node's receipt of one key request, as hashed into its access log
    /// (leaf = keccak256(keccak256(abi.encode(receipt)))). `node` is the logging node's account,
    /// so each node's receipts (and roots) are its own. `request` is the request's EIP-712
    /// digest: every node that answered the same request logs the same digest, which is how the
    /// patient's merged log knows them for one read.
    struct AccessReceipt {
        address node;
        address reader;
        address patient;
        bytes32 recordId;
        uint32 version;
        uint64 time;
        bool granted;
        bytes32 reasonHash;
        bytes32 request;
    }

    /// A patient's order that the key nodes refuse every version of one of her records for good
    /// (EIP-712, domain [`keys_domain`]). `nonce` is fresh per order and a node takes it once;
    /// `issuedAt` must be within five minutes of the node's clock.
    #[derive(serde::Serialize)]
    struct Shred {
        address patient;
        bytes32 recordId;
        uint64 issuedAt;
        bytes32 nonce;
    }

    /// A key node's word, signed with its account key (EIP-712, domain [`keys_domain`]), that it
    /// refuses every share of the patient's record since `shreddedAt` (Unix seconds).
    struct Shredded {
        address node;
        address patient;
        bytes32 recordId;
        uint64 shreddedAt;
    }
}

/// The EIP-712 domain of key requests: bound to the chain and the KeyCommittee contract, so a
/// request signed for one deployment is refused by every other.
pub fn keys_domain(chain_id: u64, committee: Address) -> Eip712Domain {
    eip712_domain! {
        name: "MedvaultKeys",
        version: "1",
        chain_id: chain_id,
        verifying_contract: committee,
    }
}

impl KeyRequest {
    /// The EIP-712 digest the reader signs (and the context every share answers).
    pub fn digest(&self, domain: &Eip712Domain) -> B256 {
        self.eip712_signing_hash(domain)
    }
}

impl Shred {
    /// The EIP-712 digest the patient signs.
    pub fn digest(&self, domain: &Eip712Domain) -> B256 {
        self.eip712_signing_hash(domain)
    }
}

impl Shredded {
    /// The EIP-712 digest the node signs.
    pub fn digest(&self, domain: &Eip712Domain) -> B256 {
        self.eip712_signing_hash(domain)
    }
}

impl AccessReceipt {
    /// The receipt's Merkle leaf, as anchored.
    pub fn leaf(&self) -> B256 {
        keccak256(keccak256(self.abi_encode()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_patient_id_binds_account_and_wrap() {
        let (a, b) = (Address::repeat_byte(1), Address::repeat_byte(2));
        let id = bound_patient_id(a, b"wrap one");
        assert_eq!(id, bound_patient_id(a, b"wrap one"));
        assert_ne!(id, bound_patient_id(b, b"wrap one"));
        assert_ne!(id, bound_patient_id(a, b"wrap two"));
    }

    #[test]
    fn key_request_type_is_pinned() {
        assert_eq!(
            KeyRequest::eip712_encode_type(),
            "KeyRequest(address reader,address patient,bytes32 recordId,uint32 version,bytes32 wrapHash,uint64 issuedAt,bytes32 nonce)"
        );
        let r = KeyRequest {
            reader: Address::repeat_byte(1),
            patient: Address::repeat_byte(2),
            recordId: B256::repeat_byte(3),
            version: 1,
            wrapHash: B256::repeat_byte(4),
            issuedAt: 5,
            nonce: B256::repeat_byte(6),
        };
        let d1 = r.digest(&keys_domain(31337, Address::repeat_byte(9)));
        assert_ne!(d1, r.digest(&keys_domain(1, Address::repeat_byte(9))));
        assert_ne!(d1, r.digest(&keys_domain(31337, Address::repeat_byte(8))));
    }

    #[test]
    fn shred_types_are_pinned() {
        assert_eq!(
            Shred::eip712_encode_type(),
            "Shred(address patient,bytes32 recordId,uint64 issuedAt,bytes32 nonce)"
        );
        assert_eq!(
            Shredded::eip712_encode_type(),
            "Shredded(address node,address patient,bytes32 recordId,uint64 shreddedAt)"
        );
        let order = Shred {
            patient: Address::repeat_byte(1),
            recordId: B256::repeat_byte(2),
            issuedAt: 3,
            nonce: B256::repeat_byte(4),
        };
        let domain = keys_domain(31337, Address::repeat_byte(9));
        assert_ne!(order.digest(&domain), order.digest(&keys_domain(1, Address::repeat_byte(9))));
        let word = Shredded {
            node: Address::repeat_byte(5),
            patient: order.patient,
            recordId: order.recordId,
            shreddedAt: 3,
        };
        assert_ne!(word.digest(&domain), order.digest(&domain));
    }
}
