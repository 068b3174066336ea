//! The research trade on the patient's side: which open requests the patient's own records meet
//! ([`open_requests`]), and approving one ([`approve`]): the criteria document checked against
//! the on-chain commitment and matched on the device, the records de-identified
//! (`medvault-fhir`), the view sealed for the researcher ([`super::delivery`]) and pinned, the
//! `TradeApproval` signed, and the delivery handed to the relayer, which holds it until k.
//!
//! Nothing is signed unless the records meet the request's criteria. Once the dispute window has
//! passed, [`claim`] collects the payment.

use std::collections::HashMap;

use alloy::{
    eips::BlockId,
    primitives::{Address, B256, U256, keccak256},
    providers::Provider,
    signers::Signer,
};
use medvault_bindings::data_market::{DataMarket, IDataMarket::TradeApproval};
use medvault_fhir::{
    CoarseQi, CoarseQiExt, Criteria, DeidOptions, ResearchView, Resource, deidentify,
};
use medvault_primitives::{api::market::RequestInfo, enums::TradeStatus, types::PublicKey};
use rand::{CryptoRng, RngCore};

use super::{
    Document, KeyLookupError, Session,
    delivery::{self, Delivery},
    gasless::{self, GaslessError, Sponsor},
};
use crate::{
    api::{ApiError, DeliveryRequest},
    envelope::AadContext,
    ipfs::{IpfsClient, IpfsError},
    market::opened_criteria,
    sign,
};

/// How long an approval stays valid for the relayer to settle it, in seconds.
pub const APPROVAL_LIFETIME: u64 = 7 * 86_400;

/// Why a request could not be matched or a trade approved.
#[derive(Debug, thiserror::Error)]
pub enum TradeError {
    /// A document is not FHIR.
    #[error("{name} is not valid FHIR")]
    NotFhir {
        /// The document's name.
        name: String,
        /// Why.
        #[source]
        source: medvault_fhir::FhirError,
    },
    /// `DataMarket` could not be read.
    #[error(transparent)]
    Chain(#[from] alloy::contract::Error),
    /// The request does not exist or takes no more trades.
    #[error("request {0} does not exist or is closed")]
    Closed(U256),
    /// The researcher's registered key could not be had.
    #[error(transparent)]
    ResearcherKey(#[from] KeyLookupError),
    /// The request's criteria could not be checked, so nothing was signed.
    #[error("cannot check request {request}'s criteria; nothing was signed")]
    Criteria {
        /// The request.
        request: U256,
        /// Why.
        #[source]
        source: Box<TradeError>,
    },
    /// The `RequestOpened` event of a request could not be read.
    #[error("cannot read request {request}'s RequestOpened event: {source}")]
    EventOf {
        /// The request.
        request: U256,
        /// The provider's error.
        source: alloy::transports::TransportError,
    },
    /// The `RequestOpened` events could not be read.
    #[error("cannot read the RequestOpened events: {0}")]
    Events(alloy::transports::TransportError),
    /// There is no `RequestOpened` event of the request.
    #[error("there is no research request {0}")]
    UnknownRequest(U256),
    /// The relayer's research feed could not be read.
    #[error("cannot read the relayer's feed")]
    Feed(#[source] ApiError),
    /// The feed names no criteria document for the request.
    #[error(
        "the feed lists no criteria document for request {0} (closed, full, expired, or the researcher has not listed it)"
    )]
    NotListed(U256),
    /// The feed lists a request whose `RequestOpened` event is not on the chain.
    #[error("no RequestOpened event on the chain for it")]
    NotOnChain,
    /// The researcher has not listed the criteria document.
    #[error("not listed by the researcher")]
    NotListedByResearcher,
    /// The criteria document could not be fetched.
    #[error("cannot fetch {cid}")]
    Fetch {
        /// Its CID.
        cid: String,
        /// The node's error.
        #[source]
        source: IpfsError,
    },
    /// The document at the CID is not the one committed on-chain.
    #[error("the document at {cid} does not match the on-chain criteria commitment {commitment}")]
    CommitmentMismatch {
        /// Its CID.
        cid: String,
        /// The on-chain commitment.
        commitment: B256,
    },
    /// The committed document is not text.
    #[error(transparent)]
    NotUtf8(#[from] std::str::Utf8Error),
    /// The committed document is not a criteria document.
    #[error(transparent)]
    CriteriaDocument(medvault_fhir::criteria::CriteriaError),
    /// The records do not meet the criteria; nothing was signed.
    #[error(
        "these records do not meet request {request}'s criteria ({criteria}); nothing was signed"
    )]
    NoMatch {
        /// The request.
        request: U256,
        /// The criteria, as canonical JSON.
        criteria: String,
    },
    /// No Patient resource among the records, so the delivery has no quasi-identifier class.
    #[error("the records hold no Patient resource, so the delivery has no class")]
    NoPatient,
    /// De-identification refused the records.
    #[error("cannot de-identify the records")]
    Deidentify(#[source] medvault_fhir::DeidError),
    /// The view could not be encoded or sealed.
    #[error(transparent)]
    Seal(#[from] crate::EnvelopeError),
    /// The delivery could not be pinned.
    #[error("cannot pin the delivery at {url}")]
    Pin {
        /// The IPFS node's RPC URL.
        url: String,
        /// The node's error.
        #[source]
        source: IpfsError,
    },
    /// The signer did not sign the approval.
    #[error("cannot sign the trade approval")]
    Sign(#[source] alloy::signers::Error),
    /// The relayer did not take the delivery.
    #[error("the relayer did not take the delivery")]
    Deliver(#[source] ApiError),
    /// The patient's keys could not be had.
    #[error("cannot derive the patient's keys")]
    Keys(#[source] KeyLookupError),
    /// Too few key nodes attested the sale.
    #[error("the sale was not attested")]
    NotAttested(#[from] crate::keynodes::TooFewAttestations),
    /// The key committee could not be read.
    #[error(transparent)]
    Committee(#[from] crate::workflows::CommitteeLookupError),
    /// The payment is held for the dispute window.
    #[error(
        "the payment for request {request} is held for the dispute window until unix time {release_at}; claim again after that"
    )]
    Held {
        /// The request.
        request: U256,
        /// When it may be claimed (Unix time).
        release_at: u64,
    },
    /// The researcher disputed the trade and the arbiter may still decide.
    #[error(
        "the researcher disputed this trade: the arbiter decides until {until} (Unix seconds); if it has not by then, claim again and the sale is paid"
    )]
    Disputed {
        /// When the arbitration window ends.
        until: u64,
    },
    /// The arbiter refunded the trade to the researcher.
    #[error("the arbiter refunded this trade to the researcher: nothing to claim")]
    Refunded,
    /// The patient has no trade in the request.
    #[error("you have no trade in request {0}")]
    NoTrade(U256),
    /// The chain's block or the trade's status could not be read.
    #[error(transparent)]
    Transport(alloy::transports::TransportError),
    /// The chain reports a status this build does not know.
    #[error(transparent)]
    Status(#[from] medvault_primitives::enums::UnknownVariant),
    /// The claim did not take effect.
    #[error(transparent)]
    Gasless(#[from] GaslessError),
}

/// Result alias for [`TradeError`].
pub type Result<T, E = TradeError> = std::result::Result<T, E>;

/// Parses the patient's own FHIR documents, naming the one that is not FHIR.
pub fn parse_records(documents: &[Document]) -> Result<Vec<Resource>> {
    documents
        .iter()
        .map(|d| {
            medvault_fhir::parse_json(&d.json)
                .map_err(|source| TradeError::NotFhir { name: d.name.clone(), source })
        })
        .collect()
}

/// The criteria commitment of `request`, from its `RequestOpened` event on the chain itself (not
/// from the relayer, which only points to the document).
pub async fn onchain_criteria<P: Provider>(session: &Session<P>, request: U256) -> Result<B256> {
    let d = &session.deployment;
    opened_criteria(&session.provider, d.contracts.market, d.start_block, Some(request))
        .await
        .map_err(|source| TradeError::EventOf { request, source })?
        .first()
        .map(|&(_, criteria)| criteria)
        .ok_or(TradeError::UnknownRequest(request))
}

/// The criteria document at `cid`, if it hashes to `commitment`.
pub async fn criteria_at(ipfs: &IpfsClient, cid: &str, commitment: B256) -> Result<Criteria> {
    let bytes =
        ipfs.cat(cid).await.map_err(|source| TradeError::Fetch { cid: cid.into(), source })?;
    if keccak256(&bytes) != commitment {
        return Err(TradeError::CommitmentMismatch { cid: cid.into(), commitment });
    }
    Criteria::from_json(std::str::from_utf8(&bytes)?).map_err(TradeError::CriteriaDocument)
}

/// `request`'s criteria document, fetched from IPFS at the CID the relayer's feed lists and
/// checked against the on-chain commitment.
pub async fn criteria_of<P: Provider>(session: &Session<P>, request: U256) -> Result<Criteria> {
    let commitment = onchain_criteria(session, request).await?;
    let feed = session.relayer.research_requests().await.map_err(TradeError::Feed)?;
    let cid = feed
        .iter()
        .find(|r| r.id == request)
        .and_then(|r| r.criteria_cid.clone())
        .ok_or(TradeError::NotListed(request))?;
    criteria_at(&session.ipfs, &cid, commitment).await
}

/// An open request of the feed, with its criteria as checked against the chain.
#[derive(Debug)]
pub struct RequestMatch {
    /// The request as the relayer's feed shows it.
    pub info: RequestInfo,
    /// Its criteria document, checked against the on-chain commitment, or why it could not be.
    pub criteria: Result<Criteria>,
    /// Whether the given records meet the criteria (`None` without records or criteria).
    pub matches: Option<bool>,
}

/// The open research requests of the relayer's feed, each with its criteria checked against the
/// chain and, given the patient's own `records`, whether they meet them on `as_of`.
/// [`TradeError::Feed`] if the feed cannot be read; a request whose criteria cannot be checked
/// is listed with the reason.
pub async fn open_requests<P: Provider>(
    session: &Session<P>,
    records: &[Resource],
    as_of: time::Date,
) -> Result<Vec<RequestMatch>> {
    let feed = session.relayer.research_requests().await.map_err(TradeError::Feed)?;
    let d = &session.deployment;
    // Every commitment in one read of the chain's events, not one per request.
    let onchain: HashMap<U256, B256> =
        opened_criteria(&session.provider, d.contracts.market, d.start_block, None)
            .await
            .map_err(TradeError::Events)?
            .into_iter()
            .collect();
    let mut rows = Vec::with_capacity(feed.len());
    for info in feed {
        let criteria = match (&info.criteria_cid, onchain.get(&info.id)) {
            (Some(cid), Some(&commitment)) => criteria_at(&session.ipfs, cid, commitment).await,
            (Some(_), None) => Err(TradeError::NotOnChain),
            (None, _) => Err(TradeError::NotListedByResearcher),
        };
        let matches = match &criteria {
            Ok(c) if !records.is_empty() => Some(c.matches(records, as_of)),
            _ => None,
        };
        rows.push(RequestMatch { info, criteria, matches });
    }
    Ok(rows)
}

/// A delivery ready to pin: the object's bytes and what the relayer is told about it.
#[derive(Clone, Debug)]
pub struct PreparedDelivery {
    /// The bytes to pin ([`Delivery::to_bytes`]).
    pub object: Vec<u8>,
    /// The delivery's coarse quasi-identifier class.
    pub qi: CoarseQi,
    /// How many resources de-identification left out.
    pub dropped: usize,
}

/// Matches `records` against `criteria` on `as_of`, de-identifies them and seals the view for
/// `researcher` in `context` ([`delivery::context`]). Pure: no network, nothing signed.
/// [`TradeError::NoMatch`] if the records do not meet the criteria.
pub fn prepare_delivery(
    request: U256,
    records: &[Resource],
    criteria: &Criteria,
    researcher: &PublicKey,
    context: &AadContext,
    as_of: time::Date,
    rng: &mut (impl RngCore + CryptoRng),
) -> Result<PreparedDelivery> {
    if !criteria.matches(records, as_of) {
        return Err(TradeError::NoMatch {
            request,
            criteria: String::from_utf8_lossy(&criteria.canonical_json()).into_owned(),
        });
    }
    let patient = records.iter().find_map(find_patient).ok_or(TradeError::NoPatient)?;
    let qi = CoarseQi::of_patient(patient, as_of);
    let view = preview(records, as_of)?;
    let plaintext = serde_json::to_vec(&view.to_json()).expect("a JSON value serializes");
    let sealed = Delivery::seal(&plaintext, researcher, context, rng)?;
    Ok(PreparedDelivery { object: sealed.to_bytes(), qi, dropped: view.dropped.len() })
}

/// What approving a trade would share of `records` on `as_of`: their de-identified research view,
/// exactly as [`prepare_delivery`] seals it for the researcher. Pure: nothing is signed or sent,
/// so a client shows it before the patient signs.
pub fn preview(records: &[Resource], as_of: time::Date) -> Result<ResearchView> {
    let opts = DeidOptions { as_of, subject_id: "subject".into() };
    deidentify(records, &opts).map_err(TradeError::Deidentify)
}

/// A trade approved and handed to the relayer.
#[derive(Clone, Debug)]
pub struct Approved {
    /// The request.
    pub request: U256,
    /// The price per record the approval accepts.
    pub price: U256,
    /// The CID of the pinned delivery.
    pub delivery_cid: String,
    /// The delivery's class.
    pub qi: CoarseQi,
    /// How many resources de-identification left out.
    pub dropped: usize,
    /// The relayer's answer to `POST /v1/market/deliveries`.
    pub relayer: serde_json::Value,
    /// The one-time trade key that sold and is paid.
    pub seller: Address,
}

/// A trade payment collected.
#[derive(Clone, Copy, Debug)]
pub struct Claimed {
    /// The patient's payout.
    pub payout: U256,
    /// Where it was paid: the trade's one-time key.
    pub seller: Address,
    /// The claim's transaction; `None` if the relayer's batch claim had paid it already.
    pub tx: Option<B256>,
}

/// Collects the payment of the patient `signer`'s trade in `request` once its dispute window has
/// passed, gaslessly: the trade's one-time key signs the claim, the relayer pays its gas, and the
/// payout goes to that key's address. The relayer also claims in batches, so a payment may
/// already be made: that is a success with no transaction.
pub async fn claim<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync),
    request: U256,
    sponsor: &impl Sponsor,
) -> Result<Claimed> {
    let market_addr = session.deployment.contracts.market;
    let market = DataMarket::new(market_addr, &session.provider);
    // The trade key of whichever key epoch sold (the current one unless the key was rotated since).
    let keys = session.encryption_keys(signer).await.map_err(TradeError::Keys)?;
    let mut found = None;
    for key in keys.all() {
        let seller = key.trade_key(request);
        let trade = market.trade(request, seller.address()).call().await?;
        if trade.status != u8::from(TradeStatus::None) {
            found = Some((seller, trade));
            break;
        }
    }
    let Some((seller_key, trade)) = found else { return Err(TradeError::NoTrade(request)) };
    let seller = seller_key.address();
    let payout = U256::from(trade.payout);
    let status = TradeStatus::try_from(trade.status)?;
    let now = session
        .provider
        .get_block(BlockId::latest())
        .await
        .map_err(TradeError::Transport)?
        .map_or(0, |b| b.header.timestamp);
    // A pending trade is claimed after its dispute window; a disputed one the arbiter left
    // undecided past its arbitration window is settled for the seller (`settleUnresolved`, which
    // anyone may call). Both pay the one-time key.
    let data = match status {
        TradeStatus::Paid => None,
        TradeStatus::Pending if now < trade.releaseAt => {
            return Err(TradeError::Held { request, release_at: trade.releaseAt });
        }
        TradeStatus::Pending => Some(market.claim(request, seller).calldata().clone()),
        TradeStatus::Disputed if now < trade.releaseAt => {
            return Err(TradeError::Disputed { until: trade.releaseAt });
        }
        TradeStatus::Disputed => Some(market.settleUnresolved(request, seller).calldata().clone()),
        TradeStatus::Refunded => return Err(TradeError::Refunded),
        TradeStatus::None => return Err(TradeError::NoTrade(request)),
    };
    let tx = match data {
        None => None,
        Some(data) => {
            match gasless::call(session, &seller_key.signer(), market_addr, data, sponsor).await {
                Ok(tx) => Some(tx),
                // Paid meanwhile by the relayer's batch claim: the patient has the money.
                Err(_)
                    if market.trade(request, seller).call().await?.status
                        == u8::from(TradeStatus::Paid) =>
                {
                    None
                }
                Err(e) => return Err(e.into()),
            }
        }
    };
    Ok(Claimed { payout, seller, tx })
}

/// Approves a trade of the patient's own `records` (as of `as_of`) for `request`, as `signer`
/// (the patient): checks the criteria against the chain and matches them, seals the
/// de-identified view for the researcher, pins it, has the key nodes attest the sale (the wallet
/// signs a `Sale` naming the one-time trade key), signs the `TradeApproval` with that key and
/// posts the delivery to the relayer. Nothing is signed unless the records match. On-chain the
/// trade names only the one-time key, which is also paid.
pub async fn approve<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync),
    request: U256,
    records: &[Resource],
    as_of: time::Date,
) -> Result<Approved> {
    let market_addr = session.deployment.contracts.market;
    let market = DataMarket::new(market_addr, &session.provider);
    let info = market.request(request).call().await?;
    if info.researcher == Address::ZERO || info.closed {
        return Err(TradeError::Closed(request));
    }
    let researcher_key = session.registered_key(info.researcher).await?;
    // Matched on the patient's side, before anything is signed: the criteria document, checked
    // against the on-chain commitment, is evaluated on the patient's own records.
    let criteria = criteria_of(session, request)
        .await
        .map_err(|e| TradeError::Criteria { request, source: Box::new(e) })?;
    let keys = session.encryption_keys(signer).await.map_err(TradeError::Keys)?;
    let seller_key = keys.current().trade_key(request);
    let seller = seller_key.address();
    let context = delivery::context(session.chain_id(), market_addr, request, seller);
    let prepared = prepare_delivery(
        request,
        records,
        &criteria,
        &researcher_key,
        &context,
        as_of,
        &mut rand::rngs::OsRng,
    )?;
    let cid = session
        .ipfs
        .add_pinned(prepared.object)
        .await
        .map_err(|source| TradeError::Pin { url: session.ipfs.base().to_string(), source })?;
    let commitment = delivery::commitment(&cid);
    let attestations = attest(session, signer, request, seller, commitment).await?;
    let price = U256::from(info.pricePerRecord);
    let approval = TradeApproval {
        requestId: request,
        seller,
        deliveryCommitment: commitment,
        price,
        nonce: market.nonces(seller).call().await?,
        deadline: U256::from(session.deadline_base().await + APPROVAL_LIFETIME),
    };
    let domain = sign::market_domain(session.chain_id(), market_addr);
    let signature = sign::sign_trade_approval(&seller_key.signer(), &approval, &domain)
        .await
        .map_err(TradeError::Sign)?;
    let body = DeliveryRequest {
        approval,
        signature,
        attestations,
        delivery_cid: cid.clone(),
        qi: prepared.qi.clone(),
    };
    let relayer = session.relayer.deliver(&body).await.map_err(TradeError::Deliver)?;
    Ok(Approved {
        request,
        price,
        delivery_cid: cid,
        qi: prepared.qi,
        dropped: prepared.dropped,
        relayer,
        seller,
    })
}

/// The key committee's attestations of the patient `signer`'s sale through `seller`: her wallet
/// signs the `Sale`, each node checks it (registered patient, open request, her first sale to
/// it) and signs; at least the committee's threshold are needed.
async fn attest<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync),
    request: U256,
    seller: Address,
    commitment: B256,
) -> Result<Vec<alloy::primitives::Bytes>> {
    let patient = signer.address();
    let domain = medvault_primitives::committee::keys_domain(
        session.chain_id(),
        session.deployment.contracts.committee,
    );
    let sale = sign::Sale { patient, requestId: request, seller, deliveryCommitment: commitment };
    let signature = sign::sign_typed(signer, &sale, &domain).await.map_err(TradeError::Sign)?;
    let sale = medvault_primitives::api::keynode::SaleRequest {
        patient,
        request_id: request,
        seller,
        delivery_commitment: commitment,
        signature: alloy::primitives::Bytes::from(signature.as_bytes().to_vec()),
    };
    let needed = usize::from(session.committee().await?.threshold);
    Ok(crate::keynodes::attest(session, "/v1/sales", &sale, needed).await?)
}

fn find_patient(r: &Resource) -> Option<&medvault_fhir::model::Patient> {
    match r {
        Resource::Patient(p) => Some(p),
        Resource::Bundle(b) => {
            b.entry.iter().filter_map(|e| e.resource.as_ref()).find_map(find_patient)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::SecretKey;
    use rand::{SeedableRng, rngs::StdRng};

    const DIABETIC: &str = include_str!("../../../fhir/tests/fixtures/synthea_diabetic.json");
    const MARKET: Address = Address::repeat_byte(0x4d);

    fn records() -> Vec<Resource> {
        parse_records(&[Document { name: "diabetic.json".into(), json: DIABETIC.into() }]).unwrap()
    }

    fn as_of() -> time::Date {
        time::macros::date!(2026 - 01 - 01)
    }

    #[test]
    fn a_document_that_is_not_fhir_is_named() {
        let err = parse_records(&[Document { name: "notes.txt".into(), json: "hello".into() }])
            .unwrap_err();
        assert!(err.to_string().contains("notes.txt is not valid FHIR"), "{err}");
    }

    #[test]
    fn matching_records_make_a_delivery_the_researcher_opens() {
        let mut rng = StdRng::seed_from_u64(7);
        let researcher = SecretKey::random(&mut rng);
        let patient = Address::repeat_byte(0x11);
        let ctx = delivery::context(31337, MARKET, U256::from(1), patient);
        let criteria = Criteria::from_json(
            r#"{"all":[{"condition":{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"E11","prefix":true}},{"age":{"min":40}}]}"#,
        )
        .unwrap();
        let records = records();
        let prepared = prepare_delivery(
            U256::from(1),
            &records,
            &criteria,
            researcher.public_key(),
            &ctx,
            as_of(),
            &mut rng,
        )
        .unwrap();
        assert_ne!(prepared.qi.age_band, "unknown");
        let view = Delivery::from_bytes(&prepared.object).unwrap().open(&researcher, &ctx).unwrap();
        let view = std::str::from_utf8(view.as_bytes()).unwrap();
        medvault_fhir::parse_json(view).unwrap();
        assert!(view.contains("ANONYED"), "the view is the de-identified bundle");
    }

    #[test]
    fn the_preview_is_what_the_researcher_opens() {
        let mut rng = StdRng::seed_from_u64(9);
        let researcher = SecretKey::random(&mut rng);
        let ctx = delivery::context(31337, MARKET, U256::from(3), Address::repeat_byte(0x11));
        let criteria = Criteria::from_json(r#"{"age":{"min":18}}"#).unwrap();
        let records = records();
        let prepared = prepare_delivery(
            U256::from(3),
            &records,
            &criteria,
            researcher.public_key(),
            &ctx,
            as_of(),
            &mut rng,
        )
        .unwrap();
        let opened =
            Delivery::from_bytes(&prepared.object).unwrap().open(&researcher, &ctx).unwrap();
        let opened: serde_json::Value = serde_json::from_slice(opened.as_bytes()).unwrap();
        assert_eq!(opened, preview(&records, as_of()).unwrap().to_json());
    }

    #[test]
    fn records_that_do_not_match_sign_nothing() {
        let mut rng = StdRng::seed_from_u64(8);
        let researcher = SecretKey::random(&mut rng);
        let ctx = delivery::context(31337, MARKET, U256::from(2), Address::repeat_byte(0x11));
        let criteria = Criteria::from_json(r#"{"age":{"min":150}}"#).unwrap();
        let err = prepare_delivery(
            U256::from(2),
            &records(),
            &criteria,
            researcher.public_key(),
            &ctx,
            as_of(),
            &mut rng,
        )
        .unwrap_err();
        assert!(matches!(err, TradeError::NoMatch { .. }), "{err}");
        assert!(err.to_string().contains("nothing was signed"), "{err}");
    }
}
