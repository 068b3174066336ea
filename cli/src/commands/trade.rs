//! The research trade from the CLI: `medvault patient requests|approve-trade` and
//! `medvault researcher deliveries|fetch`, over `medvault_client::workflows::{trade,
//! deliveries}` (where the delivery format is defined). Here: reading the files, writing the
//! decrypted deliveries, and printing.

use std::path::{Path, PathBuf};

use alloy::primitives::U256;
use eyre::{WrapErr, eyre};
use medvault_client::{
    api::ApiError,
    workflows::{
        Document, deliveries, today,
        trade::{self, TradeError},
    },
};
use serde_json::json;

use super::context::Ctx;

/// `medvault patient approve-trade --request N FILE.json...`.
pub(crate) async fn approve(ctx: &Ctx, request: U256, files: &[PathBuf]) -> eyre::Result<()> {
    let records = trade::parse_records(&read_documents(files)?)?;
    let approved = trade::approve(&ctx.session, &ctx.signer, request, &records, today())
        .await
        .map_err(|e| match e {
            TradeError::Pin { url, source } => eyre::Report::new(source).wrap_err(format!(
                "cannot pin the delivery at {url}: check --ipfs-url / MEDVAULT_IPFS_URL"
            )),
            e => e.into(),
        })?;
    let qi = &approved.qi;
    ctx.out.report(
        "trade approved",
        json!({
            "request": request.to_string(),
            "price": approved.price.to_string(),
            "seller": approved.seller,
            "deliveryCid": approved.delivery_cid,
            "class": {"ageBand": qi.age_band, "sex": qi.sex, "region": qi.region},
            "dropped": approved.dropped,
            "relayer": approved.relayer,
        }),
    );
    Ok(())
}

/// Reads the files as documents, naming the one that cannot be read.
fn read_documents(files: &[PathBuf]) -> eyre::Result<Vec<Document>> {
    files
        .iter()
        .map(|f| {
            let json = std::fs::read_to_string(f)
                .wrap_err_with(|| format!("cannot read {}", f.display()))?;
            Ok(Document { name: f.display().to_string(), json })
        })
        .collect()
}

/// `medvault patient requests [FILE.json...]`: the open research requests, each with its criteria
/// checked against the chain and, given the patient's own records, whether they meet them.
pub(crate) async fn requests(ctx: &Ctx, files: &[PathBuf]) -> eyre::Result<()> {
    let records = trade::parse_records(&read_documents(files)?)?;
    let listed =
        trade::open_requests(&ctx.session, &records, today()).await.map_err(|e| match e {
            TradeError::Feed(ApiError::NotAvailable { url, .. }) => {
                eyre!("the relayer at {url} does not serve the research feed")
            }
            TradeError::Feed(e) => eyre!("cannot read the research feed: {e}"),
            e => e.into(),
        })?;
    let mut matching = 0;
    let rows: Vec<_> = listed
        .iter()
        .map(|m| {
            let r = &m.info;
            matching += usize::from(m.matches == Some(true));
            let criteria = match &m.criteria {
                Ok(c) => String::from_utf8_lossy(&c.canonical_json()).into_owned(),
                Err(e) => format!("unknown: {e}"),
            };
            json!({
                "request": r.id.to_string(),
                "researcher": r.researcher,
                "pricePerRecord": r.price_per_record.to_string(),
                "openSlots": r.max_records.saturating_sub(r.settled),
                "deadline": r.deadline,
                "criteria": criteria,
                "criteriaCid": r.criteria_cid,
                "matches": match m.matches {
                    Some(true) => "yes",
                    Some(false) => "no",
                    None if m.criteria.is_ok() => "not checked (no records given)",
                    None => "cannot tell",
                },
            })
        })
        .collect();
    let title = if records.is_empty() {
        format!("{} open research requests", rows.len())
    } else {
        format!("{} open research requests, {matching} matching these records", rows.len())
    };
    ctx.out.report(&title, json!({"requests": rows}));
    Ok(())
}

/// `medvault researcher deliveries --request N`: the released deliveries.
pub(crate) async fn list(ctx: &Ctx, request: U256) -> eyre::Result<()> {
    let released = deliveries::released(&ctx.session, &ctx.signer, request).await?;
    ctx.out.report(
        &format!("{} released deliveries", released.len()),
        json!({"request": request.to_string(), "deliveries": released}),
    );
    Ok(())
}

/// `medvault researcher fetch --request N --out DIR`: fetches, unwraps and decrypts each released
/// delivery, checking it against the envelope context of its seller (a one-time trade key) and
/// request.
pub(crate) async fn fetch(ctx: &Ctx, request: U256, out: &Path) -> eyre::Result<()> {
    let released = deliveries::released(&ctx.session, &ctx.signer, request).await?;
    std::fs::create_dir_all(out).wrap_err_with(|| format!("cannot create {}", out.display()))?;
    let keys = ctx.keys().await?;
    let bar = ctx.out.progress(released.len() as u64, "decrypting");
    let mut files = Vec::new();
    for d in &released {
        let view = deliveries::open(&ctx.session, &keys, request, d).await?;
        let file = out.join(format!("{request}-{:#x}.json", d.seller));
        std::fs::write(&file, view.as_bytes())?;
        files.push(json!({"seller": d.seller, "cid": d.cid, "file": file.display().to_string(),
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
