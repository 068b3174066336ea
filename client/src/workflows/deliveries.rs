//! The research trade on the researcher's side: the deliveries of a request the relayer has
//! released (classes of at least k, settled on-chain), fetched from IPFS and decrypted
//! ([`super::delivery`]), each checked against the envelope context of its seller and request.

use alloy::{primitives::U256, providers::Provider, signers::Signer};
use medvault_primitives::api::market::DeliveryView;

use super::{
    Session,
    delivery::{self, Delivery, DeliveryFormatError},
};
use crate::{api::ApiError, envelope::Plaintext, ipfs::IpfsError, keys::ReaderKeys};

/// Why a delivery could not be listed, fetched or opened.
#[derive(Debug, thiserror::Error)]
pub enum DeliveriesError {
    /// The relayer did not list the deliveries.
    #[error("the relayer did not list the deliveries")]
    List(#[source] ApiError),
    /// The delivery could not be fetched.
    #[error("cannot fetch {cid}")]
    Fetch {
        /// Its CID.
        cid: String,
        /// The node's error.
        #[source]
        source: IpfsError,
    },
    /// The object is too short to be a delivery.
    #[error("delivery {cid} is too short to hold a wrapped key and an envelope")]
    TooShort {
        /// Its CID.
        cid: String,
    },
    /// The wrapped key is malformed or not for this researcher, or the envelope does not open in
    /// the context of its seller and request.
    #[error("delivery {cid} does not open")]
    Open {
        /// Its CID.
        cid: String,
        /// Why.
        #[source]
        source: DeliveryFormatError,
    },
    /// The opened view is not FHIR.
    #[error("delivery {cid} is not FHIR")]
    NotFhir {
        /// Its CID.
        cid: String,
        /// Why.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
}

/// Result alias for [`DeliveriesError`].
pub type Result<T, E = DeliveriesError> = std::result::Result<T, E>;

/// The deliveries of `request` the relayer has released, as `signer` (the request's researcher)
/// asks for them.
pub async fn released<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    request: U256,
) -> Result<Vec<DeliveryView>> {
    session.relayer.released_deliveries(signer, request).await.map_err(DeliveriesError::List)
}

/// Fetches one released delivery of `request` from IPFS and opens it with the researcher's
/// `secret`; the de-identified view (FHIR JSON).
pub async fn open<P: Provider>(
    session: &Session<P>,
    secret: &(impl ReaderKeys + ?Sized),
    request: U256,
    view: &DeliveryView,
) -> Result<Plaintext> {
    let cid = &view.cid;
    let object = session
        .ipfs
        .cat(cid)
        .await
        .map_err(|source| DeliveriesError::Fetch { cid: cid.clone(), source })?;
    let d = &session.deployment;
    let context = delivery::context(d.chain_id, d.contracts.market, request, view.seller);
    let opened = Delivery::from_bytes(&object).and_then(|found| found.open(secret, &context));
    let plaintext = match opened {
        Ok(p) => p,
        Err(DeliveryFormatError::TooShort(_)) => {
            return Err(DeliveriesError::TooShort { cid: cid.clone() });
        }
        Err(source) => return Err(DeliveriesError::Open { cid: cid.clone(), source }),
    };
    let not_fhir = |source: Box<dyn std::error::Error + Send + Sync>| DeliveriesError::NotFhir {
        cid: cid.clone(),
        source,
    };
    let text = std::str::from_utf8(plaintext.as_bytes()).map_err(|e| not_fhir(Box::new(e)))?;
    medvault_fhir::parse_json(text).map_err(|e| not_fhir(Box::new(e)))?;
    Ok(plaintext)
}
