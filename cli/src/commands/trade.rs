//! The research trade from the CLI: `medvault patient approve-trade` and
//! `medvault researcher deliveries|fetch`.
//!
//! A delivery is one IPFS object, pinned by the patient's client: the data key wrapped for the
//! researcher's registered key (118 bytes, docs/ENVELOPE.md) followed by an envelope sealing the
//! de-identified research view (FHIR JSON) under the context `{chainId, registry: DataMarket,
//! patientId: the patient's address left-padded, recordId: the request id, version 1}`. The trade
//! approval commits to it with `deliveryCommitment = keccak256(cid)`. The relayer holds the
//! delivery until its quasi-identifier class reaches k, then settles the approval on-chain.

use std::path::PathBuf;

use alloy::primitives::{Address, B256, Bytes, U256, keccak256};
use eyre::{WrapErr, bail, eyre};
use medvault_bindings::data_market::{DataMarket, IDataMarket::TradeApproval};
use medvault_client::market::opened_criteria;
use medvault_client::{
    api::ApiError,
    ecies::{self, WRAPPED_KEY_LEN, WrappedKey},
    envelope::{self, AadContext},
    ipfs::IpfsClient,
    keys::SecretKey,
    sign,
};
use medvault_fhir::{CoarseQi, CoarseQiExt, Criteria, DeidOptions, Resource, deidentify};
use medvault_primitives::{
    api::market::{DeliveryRequest, DeliveryView},
    messages::deliveries_message,
    types::{PatientId, RecordId, RecordVersion},
};
use serde_json::json;

use super::context::{Ctx, deadline_base, now};

/// How long an approval stays valid for the relayer to settle it.
const APPROVAL_LIFETIME: u64 = 7 * 86_400;

/// The envelope context of the delivery of `patient` for `request`.
fn delivery_context(ctx: &Ctx, market: Address, request: U256, patient: Address) -> AadContext {
    AadContext {
        chain_id: ctx.chain_id,
        registry: market,
        patient_id: PatientId(patient.into_word()),
        record_id: RecordId(B256::from(request)),
        version: RecordVersion(1),
    }
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

/// `medvault patient approve-trade --request N FILE.json...`.
pub(crate) async fn approve(ctx: &Ctx, request: U256, files: &[PathBuf]) -> eyre::Result<()> {
    let market_addr = ctx.deployment.contracts.market;
    let market = DataMarket::new(market_addr, &ctx.chain);
    let info = market.request(request).call().await?;
    if info.researcher == Address::ZERO || info.closed {
        bail!("request {request} does not exist or is closed");
    }
    let researcher_key = super::provider::registered_key(ctx, info.researcher).await?;
    let records = read_records(files)?;
    let opts = DeidOptions::now();
    // Matched on the patient's side, before anything is signed: the criteria document, checked
    // against the on-chain commitment, is evaluated on the patient's own records.
    let criteria =
        criteria_of(ctx, &IpfsClient::new(&ctx.ipfs_url), request).await.wrap_err_with(|| {
            format!("cannot check request {request}'s criteria; nothing was signed")
        })?;
    if !criteria.matches(&records, opts.as_of) {
        bail!(
            "these records do not meet request {request}'s criteria ({}); nothing was signed",
            String::from_utf8_lossy(&criteria.canonical_json())
        );
    }
    let patient = records.iter().find_map(find_patient).ok_or_else(|| {
        eyre!("the records hold no Patient resource, so the delivery has no class")
    })?;
    let qi = CoarseQi::of_patient(patient, opts.as_of);
    let view = deidentify(&records, &opts).wrap_err("cannot de-identify the records")?;
    let plaintext = serde_json::to_vec(&view.to_json())?;
    let me = ctx.signer.address();
    let context = delivery_context(ctx, market_addr, request, me);
    let (sealed, data_key) = envelope::seal(&plaintext, &context, &mut rand::rngs::OsRng)?;
    let wrapped = ecies::wrap(&data_key, &researcher_key);
    drop(data_key);
    let mut object = wrapped.as_bytes().to_vec();
    object.extend_from_slice(sealed.as_bytes());
    let ipfs = IpfsClient::new(&ctx.ipfs_url);
    let cid = ipfs.add_pinned(object).await.wrap_err_with(|| {
        format!("cannot pin the delivery at {}: check --ipfs-url / MEDVAULT_IPFS_URL", ctx.ipfs_url)
    })?;
    let approval = TradeApproval {
        requestId: request,
        patient: me,
        deliveryCommitment: keccak256(cid.as_bytes()),
        price: U256::from(info.pricePerRecord),
        nonce: market.nonces(me).call().await?,
        deadline: U256::from(deadline_base(ctx).await + APPROVAL_LIFETIME),
    };
    let signature = sign::sign_trade_approval(
        &ctx.signer,
        &approval,
        &sign::market_domain(ctx.chain_id, market_addr),
    )
    .await?;
    let body = DeliveryRequest { approval, signature, delivery_cid: cid.clone(), qi: qi.clone() };
    let answer: serde_json::Value = ctx
        .api
        .post_json("/v1/market/deliveries", &body)
        .await
        .wrap_err("the relayer did not take the delivery")?;
    ctx.out.report(
        "trade approved",
        json!({
            "request": request.to_string(),
            "price": info.pricePerRecord.to_string(),
            "deliveryCid": cid,
            "class": {"ageBand": qi.age_band, "sex": qi.sex, "region": qi.region},
            "dropped": view.dropped.len(),
            "relayer": answer,
        }),
    );
    Ok(())
}

/// Reads FHIR JSON files, naming the one that is not FHIR.
fn read_records(files: &[PathBuf]) -> eyre::Result<Vec<Resource>> {
    files
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(f)
                .wrap_err_with(|| format!("cannot read {}", f.display()))?;
            medvault_fhir::parse_json(&text)
                .wrap_err_with(|| format!("{} is not valid FHIR", f.display()))
        })
        .collect()
}

/// The criteria commitment of `request`, read from its `RequestOpened` event on the chain itself
/// (not from the relayer, which only points to the document).
async fn onchain_criteria(ctx: &Ctx, market: Address, request: U256) -> eyre::Result<B256> {
    opened_criteria(&ctx.chain, market, ctx.deployment.start_block, Some(request))
        .await
        .map_err(|e| eyre!("cannot read request {request}'s RequestOpened event: {e}"))?
        .first()
        .map(|&(_, criteria)| criteria)
        .ok_or_else(|| eyre!("there is no research request {request}"))
}

/// Fetches `request`'s criteria document from IPFS (the CID the relayer's feed lists) and checks
/// it against the on-chain commitment.
async fn criteria_of(ctx: &Ctx, ipfs: &IpfsClient, request: U256) -> eyre::Result<Criteria> {
    let market = ctx.deployment.contracts.market;
    let commitment = onchain_criteria(ctx, market, request).await?;
    let feed = ctx.api.research_requests().await.wrap_err("cannot read the relayer's feed")?;
    let cid = feed
        .iter()
        .find(|r| r.id == request)
        .and_then(|r| r.criteria_cid.clone())
        .ok_or_else(|| {
            eyre!("the feed lists no criteria document for request {request} (closed, full, expired, or the researcher has not listed it)")
        })?;
    criteria_at(ipfs, &cid, commitment).await
}

/// The criteria document at `cid`, if it hashes to `commitment`.
async fn criteria_at(ipfs: &IpfsClient, cid: &str, commitment: B256) -> eyre::Result<Criteria> {
    let bytes = ipfs.cat(cid).await.wrap_err_with(|| format!("cannot fetch {cid}"))?;
    if keccak256(&bytes) != commitment {
        bail!("the document at {cid} does not match the on-chain criteria commitment {commitment}");
    }
    Ok(Criteria::from_json(std::str::from_utf8(&bytes)?)?)
}

/// `medvault patient requests [FILE.json...]`: the open research requests, each with its criteria
/// checked against the chain and, given the patient's own records, whether they meet them.
pub(crate) async fn requests(ctx: &Ctx, files: &[PathBuf]) -> eyre::Result<()> {
    let records = read_records(files)?;
    let market = ctx.deployment.contracts.market;
    let feed = ctx.api.research_requests().await.map_err(|e| match e {
        ApiError::NotAvailable { url, .. } => {
            eyre!("the relayer at {url} does not serve the research feed")
        }
        e => eyre!("cannot read the research feed: {e}"),
    })?;
    let ipfs = IpfsClient::new(&ctx.ipfs_url);
    let today = DeidOptions::now().as_of;
    // Every commitment in one read of the chain's events, not one per request.
    let onchain: std::collections::HashMap<U256, B256> =
        opened_criteria(&ctx.chain, market, ctx.deployment.start_block, None)
            .await
            .map_err(|e| eyre!("cannot read the RequestOpened events: {e}"))?
            .into_iter()
            .collect();
    let mut rows = Vec::new();
    let mut matching = 0;
    for r in &feed {
        let checked = match (&r.criteria_cid, onchain.get(&r.id)) {
            (Some(cid), Some(&commitment)) => criteria_at(&ipfs, cid, commitment).await,
            (Some(_), None) => Err(eyre!("no RequestOpened event on the chain for it")),
            (None, _) => Err(eyre!("not listed by the researcher")),
        };
        let (criteria, matches) = match &checked {
            Ok(c) => (
                String::from_utf8_lossy(&c.canonical_json()).into_owned(),
                (!records.is_empty()).then(|| c.matches(&records, today)),
            ),
            Err(e) => (format!("unknown: {e}"), None),
        };
        matching += usize::from(matches == Some(true));
        rows.push(json!({
            "request": r.id.to_string(),
            "researcher": r.researcher,
            "pricePerRecord": r.price_per_record.to_string(),
            "openSlots": r.max_records.saturating_sub(r.settled),
            "deadline": r.deadline,
            "criteria": criteria,
            "criteriaCid": r.criteria_cid,
            "matches": match matches {
                Some(true) => "yes",
                Some(false) => "no",
                None if checked.is_ok() => "not checked (no records given)",
                None => "cannot tell",
            },
        }));
    }
    let title = if records.is_empty() {
        format!("{} open research requests", rows.len())
    } else {
        format!("{} open research requests, {matching} matching these records", rows.len())
    };
    ctx.out.report(&title, json!({"requests": rows}));
    Ok(())
}

async fn released(ctx: &Ctx, request: U256) -> eyre::Result<Vec<DeliveryView>> {
    let timestamp = now();
    let signature = alloy::signers::Signer::sign_message(
        &ctx.signer,
        deliveries_message(request, timestamp).as_bytes(),
    )
    .await?;
    let path = format!(
        "/v1/market/requests/{request}/deliveries?timestamp={timestamp}&signature={}",
        Bytes::from(signature.as_bytes().to_vec())
    );
    ctx.api.get_json(&path).await.wrap_err("the relayer did not list the deliveries")
}

/// `medvault researcher deliveries --request N`: the released deliveries.
pub(crate) async fn list(ctx: &Ctx, request: U256) -> eyre::Result<()> {
    let deliveries = released(ctx, request).await?;
    ctx.out.report(
        &format!("{} released deliveries", deliveries.len()),
        json!({"request": request.to_string(), "deliveries": deliveries}),
    );
    Ok(())
}

/// `medvault researcher fetch --request N --out DIR`: fetches, unwraps and decrypts each released
/// delivery, checking it against the envelope context of its patient and request.
pub(crate) async fn fetch(ctx: &Ctx, request: U256, out: &std::path::Path) -> eyre::Result<()> {
    let market = ctx.deployment.contracts.market;
    let deliveries = released(ctx, request).await?;
    std::fs::create_dir_all(out).wrap_err_with(|| format!("cannot create {}", out.display()))?;
    let ipfs = IpfsClient::new(&ctx.ipfs_url);
    let secret = SecretKey::from(&ctx.signer);
    let bar = ctx.out.progress(deliveries.len() as u64, "decrypting");
    let mut files = Vec::new();
    for d in &deliveries {
        let object = ipfs.cat(&d.cid).await.wrap_err_with(|| format!("cannot fetch {}", d.cid))?;
        if object.len() <= WRAPPED_KEY_LEN {
            bail!("delivery {} is too short to hold a wrapped key and an envelope", d.cid);
        }
        let wrapped = WrappedKey::from_bytes(&object[..WRAPPED_KEY_LEN])?;
        let key = ecies::unwrap(&wrapped, &secret)?;
        let context = delivery_context(ctx, market, request, d.patient);
        let plaintext = envelope::open(&object[WRAPPED_KEY_LEN..], &key, &context)
            .wrap_err_with(|| format!("delivery {} does not open", d.cid))?;
        medvault_fhir::parse_json(std::str::from_utf8(plaintext.as_bytes())?)
            .wrap_err_with(|| format!("delivery {} is not FHIR", d.cid))?;
        let file = out.join(format!("{request}-{:#x}.json", d.patient));
        std::fs::write(&file, plaintext.as_bytes())?;
        files.push(json!({"patient": d.patient, "cid": d.cid, "file": file.display().to_string(),
            "class": {"ageBand": d.qi.age_band, "sex": d.qi.sex, "region": d.qi.region}}));
        bar.inc(1);
    }
    bar.finish_and_clear();
    ctx.out.report(
        &format!("{} deliveries decrypted", files.len()),
        json!({"request": request.to_string(), "deliveries": files}),
    );
    Ok(())
}
