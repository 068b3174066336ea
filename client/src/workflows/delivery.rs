//! The delivery format: what a patient's client pins to IPFS for a researcher when it approves a
//! trade, and what the researcher's client opens.
//!
//! A delivery is one IPFS object:
//!
//! ```text
//! offset  length  field
//!      0     118  the data key wrapped for the researcher's registered key (docs/ENVELOPE.md)
//!    118       …  an envelope sealing the de-identified research view (FHIR JSON) under that key
//! ```
//!
//! The envelope is bound ([`context`]) to `{chainId, registry: DataMarket, patientId: the
//! patient's address left-padded to 32 bytes, recordId: the request id, version 1}`, so a
//! delivery opens only as the delivery of that patient for that request. The patient's
//! `TradeApproval` commits to it with `deliveryCommitment = keccak256(cid)` ([`commitment`]). The
//! relayer holds the delivery until its quasi-identifier class reaches k, then settles the
//! approval on-chain and lists the delivery to the researcher.

use alloy::primitives::{Address, B256, U256, keccak256};
use medvault_primitives::types::{PatientId, PublicKey, RecordId, RecordVersion};
use rand::{CryptoRng, RngCore};

use crate::{
    EnvelopeError,
    ecies::{self, WRAPPED_KEY_LEN, WrappedKey},
    envelope::{self, AadContext, Plaintext},
    keys::ReaderKeys,
};

/// The envelope version a delivery is sealed as (the `version` of its [`context`]).
pub const DELIVERY_VERSION: u32 = 1;

/// Why bytes are not a delivery, or do not open.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeliveryFormatError {
    /// Too short to hold a wrapped key and an envelope.
    #[error("{0} bytes are too few to hold a wrapped key and an envelope")]
    TooShort(usize),
    /// The wrapped key or the envelope is malformed, for another key, or another context.
    #[error(transparent)]
    Envelope(#[from] EnvelopeError),
}

/// The envelope context of `patient`'s delivery for request `request` of the `DataMarket` at
/// `market` on `chain_id`.
pub fn context(chain_id: u64, market: Address, request: U256, patient: Address) -> AadContext {
    AadContext {
        chain_id,
        registry: market,
        patient_id: PatientId(patient.into_word()),
        record_id: RecordId(B256::from(request)),
        version: RecordVersion(DELIVERY_VERSION),
    }
}

/// The `deliveryCommitment` of a `TradeApproval` for the delivery pinned at `cid`.
pub fn commitment(cid: &str) -> B256 {
    keccak256(cid.as_bytes())
}

/// A delivery: the wrapped data key and the envelope, in the format above.
#[derive(Clone, Debug)]
pub struct Delivery {
    wrapped: WrappedKey,
    envelope: Vec<u8>,
}

impl Delivery {
    /// Seals `view` (the de-identified research view) for `context` under a fresh data key,
    /// wrapped for `researcher`.
    pub fn seal(
        view: &[u8],
        researcher: &PublicKey,
        context: &AadContext,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<Self, EnvelopeError> {
        let (sealed, data_key) = envelope::seal(view, context, rng)?;
        let wrapped = ecies::wrap_with_rng(&data_key, researcher, rng);
        Ok(Self { wrapped, envelope: sealed.into_bytes() })
    }

    /// Splits an IPFS object into its wrapped key and envelope (checks the key's structure; the
    /// envelope is checked when opened).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, DeliveryFormatError> {
        if bytes.len() <= WRAPPED_KEY_LEN {
            return Err(DeliveryFormatError::TooShort(bytes.len()));
        }
        let wrapped = WrappedKey::from_bytes(&bytes[..WRAPPED_KEY_LEN])?;
        Ok(Self { wrapped, envelope: bytes[WRAPPED_KEY_LEN..].to_vec() })
    }

    /// The bytes to pin: the wrapped key, then the envelope.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut object = Vec::with_capacity(WRAPPED_KEY_LEN + self.envelope.len());
        object.extend_from_slice(self.wrapped.as_bytes());
        object.extend_from_slice(&self.envelope);
        object
    }

    /// Unwraps the data key with the researcher's `secret` and opens the view for `context`.
    pub fn open(
        &self,
        secret: &(impl ReaderKeys + ?Sized),
        context: &AadContext,
    ) -> Result<Plaintext, DeliveryFormatError> {
        let key = ecies::unwrap(&self.wrapped, secret)?;
        Ok(envelope::open(&self.envelope, &key, context)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::SecretKey;
    use rand::{SeedableRng, rngs::StdRng};

    const MARKET: Address = Address::repeat_byte(0x4d);

    #[test]
    fn a_delivery_round_trips_through_its_bytes() {
        let mut rng = StdRng::seed_from_u64(14);
        let researcher = SecretKey::random(&mut rng);
        let patient = Address::repeat_byte(0x11);
        let ctx = context(31337, MARKET, U256::from(3), patient);
        let view = br#"{"resourceType":"Bundle","type":"collection"}"#;
        let bytes =
            Delivery::seal(view, researcher.public_key(), &ctx, &mut rng).unwrap().to_bytes();
        assert_eq!(&bytes[..3], b"MVK", "the wrapped key comes first");
        assert_eq!(&bytes[WRAPPED_KEY_LEN..WRAPPED_KEY_LEN + 3], b"MVE", "then the envelope");
        let opened = Delivery::from_bytes(&bytes).unwrap().open(&researcher, &ctx).unwrap();
        assert_eq!(opened.as_bytes(), view);
    }

    #[test]
    fn a_delivery_opens_only_for_its_researcher_patient_and_request() {
        let mut rng = StdRng::seed_from_u64(15);
        let researcher = SecretKey::random(&mut rng);
        let patient = Address::repeat_byte(0x11);
        let ctx = context(31337, MARKET, U256::from(3), patient);
        let delivery = Delivery::seal(b"{}", researcher.public_key(), &ctx, &mut rng).unwrap();
        let other = SecretKey::random(&mut rng);
        assert!(delivery.open(&other, &ctx).is_err(), "another researcher");
        let elsewhere = context(31337, MARKET, U256::from(4), patient);
        assert_eq!(
            delivery.open(&researcher, &elsewhere).unwrap_err(),
            DeliveryFormatError::Envelope(EnvelopeError::WrongContext)
        );
        let someone_else = context(31337, MARKET, U256::from(3), Address::repeat_byte(0x22));
        assert!(delivery.open(&researcher, &someone_else).is_err(), "another patient");
    }

    #[test]
    fn short_or_garbled_bytes_are_refused() {
        assert_eq!(
            Delivery::from_bytes(&[0; WRAPPED_KEY_LEN]).unwrap_err(),
            DeliveryFormatError::TooShort(WRAPPED_KEY_LEN)
        );
        assert!(matches!(
            Delivery::from_bytes(&[0; WRAPPED_KEY_LEN + 10]),
            Err(DeliveryFormatError::Envelope(_))
        ));
    }

    #[test]
    fn the_commitment_is_the_keccak_of_the_cid() {
        assert_eq!(commitment("bafy"), keccak256(b"bafy"));
    }
}
