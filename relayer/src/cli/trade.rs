//! The research trade from the CLI: `medvault patient approve-trade` and
//! `medvault researcher deliveries|fetch`.
//!
//! A delivery is one IPFS object, pinned by the patient's client: the data key wrapped for the
//! researcher's registered key (118 bytes, docs/ENVELOPE.md) followed by an envelope sealing the
//! de-identified research view (FHIR JSON) under the context `{chainId, registry: DataMarket,
//! patientId: the patient's address left-padded, recordId: the request id, version 1}`. The trade
//! approval commits to it with `deliveryCommitment = keccak256(cid)`. The relayer holds the
//! delivery until its quasi-identifier class reaches k, then settles the approval on-chain.

use std::{path::PathBuf, time::Duration};

use alloy::primitives::{Address, B256, Bytes, U256, keccak256};
use eyre::{WrapErr, bail, eyre};
use medvault_bindings::data_market::{DataMarket, IDataMarket::TradeApproval};
use medvault_fhir::{CoarseQi, DeidOptions, Resource, deidentify};
use medvault_relayer::{
    client::{
        ecies::{self, WRAPPED_KEY_LEN, WrappedKey},
        envelope::{self, AadContext},
        keys::SecretKey,
        sign,
    },
    messages::deliveries_message,
    service::{
        api::market::{DeliveryRequest, DeliveryView},
        ipfs::{Pinner, kubo::KuboPinner},
    },
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
    let market_addr = ctx.address("market")?;
    let market = DataMarket::new(market_addr, &ctx.chain);
    let info = market.request(request).call().await?;
    if info.researcher == Address::ZERO || info.closed {
        bail!("request {request} does not exist or is closed");
    }
    let researcher_key = super::provider::registered_key(ctx, info.researcher).await?;
    let mut records = Vec::new();
    for f in files {
        let text =
            std::fs::read_to_string(f).wrap_err_with(|| format!("cannot read {}", f.display()))?;
        records.push(
            medvault_fhir::parse_json(&text)
                .wrap_err_with(|| format!("{} is not valid FHIR", f.display()))?,
        );
    }
    let opts = DeidOptions::now();
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
    let ipfs = KuboPinner::new(&ctx.ipfs_url, Duration::from_secs(30))?;
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
    let market = ctx.address("market")?;
    let deliveries = released(ctx, request).await?;
    std::fs::create_dir_all(out).wrap_err_with(|| format!("cannot create {}", out.display()))?;
    let ipfs = KuboPinner::new(&ctx.ipfs_url, Duration::from_secs(30))?;
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
