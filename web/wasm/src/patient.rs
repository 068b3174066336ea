//! The patient's journey in the page, over one `medvault_client::workflows::Session`: the same
//! workflow functions the command line calls, with the browser wallet as signer
//! ([`crate::wallet`]).
//!
//! Every method returns a `Promise`. Each relayer request is signed (`Authorization:
//! MedVault-EIP712 …`), so the wallet is asked once per request; a declined signature rejects the
//! promise with "the signature was declined in the wallet" and changes nothing.

use std::rc::Rc;

use alloy::{
    eips::BlockId,
    primitives::{Address, B256, U256},
    providers::{Provider, RootProvider},
    signers::Signer,
};
use js_sys::Promise;
use medvault_bindings::{
    account_registry::AccountRegistry, data_market::DataMarket, med_token::MedToken,
    provider_registry::ProviderRegistry,
};
use medvault_client::workflows::{
    Document, Session,
    accounts::{self, AccountError},
    consent::{self, ConsentTarget},
    export,
    gasless::NoSponsor,
    records::{self, KeySource, VerifiedRecord},
    today,
    trade::{self, TradeError},
};
use medvault_fhir::{Category, Resource};
use medvault_primitives::{
    enums::{Access, TradeStatus},
    human::{self, MVT},
};
use serde_json::{Value, json};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

use crate::session::Account as Inner;
use crate::session::{answer, fail, fail_text};

/// One patient's account in the page: the deployment, the services it names and the wallet.
#[wasm_bindgen]
pub struct PatientSession {
    inner: Rc<Inner>,
}

crate::session::account_methods!(PatientSession);

#[wasm_bindgen]
impl PatientSession {
    /// Where the account stands in `AccountRegistry`: JSON `{registered, keyMatches, ethBalance}`
    /// (`keyMatches`: the registered key is the derived one; null before deriving).
    pub fn status(&self) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let me = inner.signer.address();
            let session = &inner.session;
            let registry =
                AccountRegistry::new(session.deployment.contracts.accounts, &session.provider);
            let registered = registry.isPatient(me).call().await.map_err(fail)?;
            // The borrow ends here, before any await (a derivation may be under way).
            let keys = inner.derived();
            let key_matches = match (registered, keys) {
                (true, Some(keys)) => {
                    let on_chain = session.registered_key(me).await.map_err(fail)?;
                    Some(&on_chain == keys.current().public_key())
                }
                (false, Some(_)) => Some(false),
                (_, None) => None,
            };
            let balance = session.provider.get_balance(me).await.map_err(fail)?;
            answer(json!({
                "registered": registered,
                "keyMatches": key_matches,
                "ethBalance": balance.to_string(),
            }))
        })
    }

    /// Registers the account as a patient with the derived key, without ETH: the wallet signs a
    /// forward request, the relayer submits it. Resolves to JSON `{tx}` once mined.
    pub fn register(&self) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let keys = inner.keys()?;
            let tx = accounts::register_patient(
                &inner.session,
                &inner.signer,
                keys.current().public_key(),
                &NoSponsor,
            )
            .await
            .map_err(|e| match e {
                AccountError::AlreadyPatient(_) => fail_text("this account is registered already"),
                e => fail(e),
            })?;
            answer(json!({ "tx": tx.to_string() }))
        })
    }

    /// The records filed for the account (a signed request to the relayer), oldest first: JSON
    /// `[{id, recordId, version, category, categoryName, author, selfReported, authorCertified,
    /// status, anchored, root, txHash, blockNumber, shredded}]`.
    pub fn records(&self) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let session = &inner.session;
            let listed = session.relayer.patient_records(&inner.signer).await.map_err(fail)?;
            let providers =
                ProviderRegistry::new(session.deployment.contracts.providers, &session.provider);
            let mut out = Vec::with_capacity(listed.records.len());
            for r in listed.records {
                let self_reported = r.author == inner.signer.address();
                let certified =
                    !self_reported && providers.isCertified(r.author).call().await.map_err(fail)?;
                out.push(json!({
                    "id": r.id,
                    "recordId": r.record_id.to_string(),
                    "version": r.version,
                    "category": r.category,
                    "categoryName": crate::category_name(r.category),
                    "author": r.author.to_string(),
                    "selfReported": self_reported,
                    "authorCertified": certified,
                    "status": r.status,
                    "anchored": r.status == "confirmed",
                    "root": r.root.map(|x| x.to_string()),
                    "txHash": r.tx_hash.map(|x| x.to_string()),
                    "blockNumber": r.block_number,
                    "shredded": r.shredded,
                }));
            }
            answer(Value::Array(out))
        })
    }

    /// Opens record `id`: its envelope fetched from IPFS and checked against its leaf, the leaf
    /// against the batch root and the root against `RecordRegistry`; its data key released to the
    /// patient and unwrapped with her derived key; the FHIR rendered as a clinician reads it.
    /// JSON `{verification, keySource, rendered}`.
    #[wasm_bindgen(js_name = openRecord)]
    pub fn open_record(&self, id: f64) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let keys = inner.keys()?;
            let read = records::read(&inner.session, &inner.signer, &*keys, id as i64, None)
                .await
                .map_err(fail)?;
            let plaintext = read
                .plaintext
                .as_ref()
                .ok_or_else(|| fail_text("the relayer released no key for this record"))?;
            let document: Value = serde_json::from_slice(plaintext.as_bytes()).map_err(fail)?;
            let rendered = medvault_fhir::render::render(&document);
            let key = match &read.key {
                KeySource::Given => "given".to_string(),
                KeySource::Released { basis } => format!("released by the relayer ({basis})"),
                KeySource::NotServed => "not served".to_string(),
                KeySource::Committee { basis, nodes, .. } => {
                    format!("released by {} key nodes ({basis})", nodes.len())
                }
            };
            answer(json!({
                "verification": verification(&read.record),
                "keySource": key,
                "rendered": rendered,
            }))
        })
    }

    /// Checks record `id` against the chain again (its ciphertext, leaf, proof and anchored root),
    /// without decrypting: JSON of the verification.
    #[wasm_bindgen(js_name = verifyRecord)]
    pub fn verify_record(&self, id: f64) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let record =
                records::verify(&inner.session, &inner.signer, id as i64).await.map_err(fail)?;
            answer(verification(&record))
        })
    }
}

// Consent, research trades, balances and the events the notification feed is built from: thin
// wrappers over the workflows `medvault patient grant|revoke|consents|requests|approve-trade|claim`
// and `patient emergency list` call, with amounts and dates rendered as the CLI renders them
// (`medvault_primitives::human`).
#[wasm_bindgen]
impl PatientSession {
    /// Grants `grantee` `access` (`read` or `write`) to `target` for `days` days: `kind` is
    /// `record` (`target`: the record id, 64 hex) or `category` (`target`: its name or id). The
    /// wallet signs the delegation (after re-deriving the key that derives the consent's
    /// controller); the relayer submits it. JSON `{tx, expiresAt, expires}` once mined.
    pub fn grant(
        &self,
        grantee: String,
        kind: String,
        target: String,
        access: String,
        days: f64,
    ) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let grantee = parse_address(&grantee)?;
            let target = parse_target(&kind, &target)?;
            let access = match access.as_str() {
                "read" => Access::Read,
                "write" => Access::Write,
                other => {
                    return Err(fail_text(format!("access is read or write, not {other:.20}")));
                }
            };
            if !(1.0..=3650.0).contains(&days) {
                return Err(fail_text("a grant lasts 1 to 3650 days"));
            }
            let session = &inner.session;
            let change =
                consent::sign_grant(session, &inner.signer, grantee, target, access, days as u64)
                    .await
                    .map_err(fail)?;
            let expires_at = change.change.expiresAt;
            let tx = consent::submit(session, change, &NoSponsor).await.map_err(fail)?;
            answer(json!({
                "tx": tx.to_string(),
                "expiresAt": expires_at,
                "expires": human::date(expires_at),
            }))
        })
    }

    /// Revokes every consent in force she gave `grantee` on `target` (`kind` and `target` as for
    /// [`Self::grant`]); the key nodes refuse it from now on. JSON `{txs}` once mined.
    pub fn revoke(&self, grantee: String, kind: String, target: String) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let grantee = parse_address(&grantee)?;
            let target = parse_target(&kind, &target)?;
            let session = &inner.session;
            let changes = consent::sign_revoke(session, &inner.signer, grantee, target)
                .await
                .map_err(fail)?;
            let mut txs = Vec::with_capacity(changes.len());
            for change in changes {
                txs.push(
                    consent::submit(session, change, &NoSponsor).await.map_err(fail)?.to_string(),
                );
            }
            answer(json!({ "txs": txs }))
        })
    }

    /// The consents she gave, re-derived on her device (`medvault patient export consents`):
    /// JSON `[{grantee, grantId, kind, category, categoryName, recordId, access, grantedAt,
    /// granted, expiresAt, expires, revokedAt, inForce}]`, oldest first; `kind` is `record`,
    /// `category` or `unknown` (a record the relayer no longer lists).
    pub fn consents(&self) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let session = &inner.session;
            let grants = export::given_grants(session, &inner.signer).await.map_err(fail)?;
            let now = chain_now(session).await?;
            let rows: Vec<Value> = grants
                .iter()
                .map(|g| {
                    let (kind, category, record) = match g.target {
                        Some(ConsentTarget::Category(c)) => ("category", Some(c), None),
                        Some(ConsentTarget::Record(r)) => ("record", None, Some(r.to_string())),
                        None => ("unknown", None, None),
                    };
                    json!({
                        "grantee": g.grantee.to_string(),
                        "grantId": g.grant_id.to_string(),
                        "kind": kind,
                        "category": category,
                        "categoryName": category.map(crate::category_name),
                        "recordId": record,
                        "access": g.access.name().to_lowercase(),
                        "grantedAt": g.granted_at,
                        "granted": human::date(g.granted_at),
                        "expiresAt": g.expires_at,
                        "expires": human::date(g.expires_at),
                        "revokedAt": g.revoked_at,
                        "inForce": g.revoked_at.is_none()
                            && g.access != Access::None
                            && now < g.expires_at,
                    })
                })
                .collect();
            answer(Value::Array(rows))
        })
    }

    /// The access requests sealed to her (opened with her derived key), oldest first: JSON
    /// `[{id, requester, kind, category, categoryName, recordId, access, purpose, tx}]`; `id`
    /// is the transaction that carried it.
    #[wasm_bindgen(js_name = accessRequests)]
    pub fn access_requests(&self) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let keys = inner.keys()?;
            let me = inner.signer.address();
            let found = consent::access_requests(&inner.session, me, &*keys).await.map_err(fail)?;
            let rows: Vec<Value> = found
                .iter()
                .map(|r| {
                    let (kind, category, record) = match r.target {
                        ConsentTarget::Category(c) => ("category", Some(c), None),
                        ConsentTarget::Record(id) => ("record", None, Some(id.to_string())),
                    };
                    json!({
                        "id": r.tx.map_or_else(|| r.purpose.to_string(), |t| t.to_string()),
                        "requester": r.requester.to_string(),
                        "kind": kind,
                        "category": category,
                        "categoryName": category.map(crate::category_name),
                        "recordId": record,
                        "access": r.access.name().to_lowercase(),
                        "purpose": r.purpose.to_string(),
                        "tx": r.tx.map(|t| t.to_string()),
                    })
                })
                .collect();
            answer(Value::Array(rows))
        })
    }

    /// The break-glass accesses opened on her (`medvault patient emergency list`): JSON
    /// `[{id, provider, reasonCode, openedAt, opened, expiresAt, expires, status, active}]`.
    pub fn emergencies(&self) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let keys = inner.keys()?;
            let me = inner.signer.address();
            let found = consent::emergencies(&inner.session, me, &*keys).await.map_err(fail)?;
            let rows: Vec<Value> = found
                .iter()
                .map(|e| {
                    json!({
                        "id": e.id.to_string(),
                        "provider": e.provider.to_string(),
                        "reasonCode": e.reason_code,
                        "openedAt": e.opened_at,
                        "opened": human::date(e.opened_at),
                        "expiresAt": e.expires_at,
                        "expires": human::date(e.expires_at),
                        "status": e.status.name().to_lowercase(),
                        "active": e.active,
                    })
                })
                .collect();
            answer(Value::Array(rows))
        })
    }

    /// Her MVT: the account's balance, and each trade she made with a one-time key (found by
    /// re-deriving that key for every request opened on the chain) with its payout, status,
    /// release time and the key's balance. JSON `{account: {wei, text}, trades: [{request,
    /// seller, status, payoutWei, payout, releaseAt, release, claimable, balanceWei, balance}],
    /// totalWei, total, now}`.
    pub fn balances(&self) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let keys = inner.keys()?;
            let session = &inner.session;
            let d = &session.deployment;
            let token = MedToken::new(d.contracts.token, &session.provider);
            let market = DataMarket::new(d.contracts.market, &session.provider);
            let own = token.balanceOf(inner.signer.address()).call().await.map_err(fail)?;
            let now = chain_now(session).await?;
            let opened = medvault_client::market::opened_criteria(
                &session.provider,
                d.contracts.market,
                d.start_block,
                None,
            )
            .await
            .map_err(fail)?;
            let mut total = own;
            let mut trades = Vec::new();
            for (request, _) in opened {
                for key in keys.all() {
                    let seller = key.trade_key(request).address();
                    let t = market.trade(request, seller).call().await.map_err(fail)?;
                    let status = TradeStatus::try_from(t.status).map_err(fail)?;
                    if status == TradeStatus::None {
                        continue;
                    }
                    let balance = token.balanceOf(seller).call().await.map_err(fail)?;
                    total += balance;
                    let payout = U256::from(t.payout);
                    trades.push(json!({
                        "request": request.to_string(),
                        "seller": seller.to_string(),
                        "status": status.name().to_lowercase(),
                        "payoutWei": payout.to_string(),
                        "payout": MVT.format(payout),
                        "releaseAt": t.releaseAt,
                        "release": human::date(t.releaseAt),
                        "claimable": status == TradeStatus::Pending && now >= t.releaseAt,
                        "balanceWei": balance.to_string(),
                        "balance": MVT.format(balance),
                    }));
                }
            }
            answer(json!({
                "account": { "wei": own.to_string(), "text": MVT.format(own) },
                "trades": trades,
                "totalWei": total.to_string(),
                "total": MVT.format(total),
                "now": now,
            }))
        })
    }

    /// The open research requests (`medvault patient requests` over her own records, decrypted
    /// here): each with its criteria checked against the chain, whether her records meet them,
    /// and, when they do, exactly what approving would share: the de-identified view
    /// (`trade::preview`, the view the delivery seals), as JSON and rendered. JSON
    /// `[{request, researcher, priceWei, price, openSlots, deadline, deadlineDate, criteria,
    /// matches, reason, shared: {json, rendered, dropped} | null}]`.
    #[wasm_bindgen(js_name = researchRequests)]
    pub fn research_requests(&self) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let records = own_records(&inner).await?;
            let as_of = today();
            let listed =
                trade::open_requests(&inner.session, &records, as_of).await.map_err(trade_fail)?;
            let shared = if records.is_empty() {
                None
            } else {
                // The view `trade::prepare_delivery` seals for the researcher.
                let view = trade::preview(&records, as_of).map_err(trade_fail)?;
                let json = view.to_json();
                Some(json!({
                    "rendered": medvault_fhir::render::render(&json),
                    "json": serde_json::to_string_pretty(&json).map_err(fail)?,
                    "dropped": view.dropped.len(),
                }))
            };
            let rows: Vec<Value> = listed
                .iter()
                .map(|m| {
                    let r = &m.info;
                    let matches = m.matches == Some(true);
                    json!({
                        "request": r.id.to_string(),
                        "researcher": r.researcher.to_string(),
                        "priceWei": r.price_per_record.to_string(),
                        "price": MVT.format(r.price_per_record),
                        "openSlots": r.max_records.saturating_sub(r.settled),
                        "deadline": r.deadline,
                        "deadlineDate": human::date(r.deadline),
                        "criteria": m.criteria.as_ref().ok().map(|c| {
                            String::from_utf8_lossy(&c.canonical_json()).into_owned()
                        }),
                        "matches": matches,
                        "reason": m.criteria.as_ref().err().map(|e| crate::error_text(e)),
                        "shared": if matches { shared.clone() } else { None },
                    })
                })
                .collect();
            answer(Value::Array(rows))
        })
    }

    /// Approves request `request` with her own records (`medvault patient approve-trade`):
    /// matched on her device, de-identified, sealed for the researcher, the `Sale` signed in the
    /// wallet, handed to the relayer. JSON `{request, priceWei, price, seller, deliveryCid,
    /// class: {ageBand, sex, region}, dropped, state}`.
    pub fn approve(&self, request: String) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let request = parse_request(&request)?;
            let records = own_records(&inner).await?;
            let approved =
                trade::approve(&inner.session, &inner.signer, request, &records, today())
                    .await
                    .map_err(trade_fail)?;
            answer(json!({
                "request": approved.request.to_string(),
                "priceWei": approved.price.to_string(),
                "price": MVT.format(approved.price),
                "seller": approved.seller.to_string(),
                "deliveryCid": approved.delivery_cid,
                "class": {
                    "ageBand": approved.qi.age_band,
                    "sex": approved.qi.sex,
                    "region": approved.qi.region,
                },
                "dropped": approved.dropped,
                "state": approved.relayer.get("state").cloned().unwrap_or(Value::Null),
            }))
        })
    }

    /// Claims the payment of her trade in `request` once its dispute window has passed
    /// (`medvault patient claim`): the one-time key signs, the relayer pays the gas. JSON
    /// `{payoutWei, payout, paidTo, tx}` (`tx` null when the relayer's batch claim paid it).
    pub fn claim(&self, request: String) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let request = parse_request(&request)?;
            let claimed = trade::claim(&inner.session, &inner.signer, request, &NoSponsor)
                .await
                .map_err(trade_fail)?;
            answer(json!({
                "payoutWei": claimed.payout.to_string(),
                "payout": MVT.format(claimed.payout),
                "paidTo": claimed.seller.to_string(),
                "tx": claimed.tx.map(|t| t.to_string()),
            }))
        })
    }

    /// Who read her records (`medvault patient access-log`): the relayer's receipts and the key
    /// nodes' logs, merged per read with the nodes that logged it; oldest first. JSON `{reads:
    /// [{source, reader, recordId, version, granted, reason, time, date, anchored, nodes: [{node,
    /// receipt, anchored}]}], notAnswering: [text]}`.
    #[wasm_bindgen(js_name = accessLog)]
    pub fn access_log(&self) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let session = &inner.session;
            let log = session.relayer.access_log(&inner.signer).await.map_err(fail)?;
            let (reads, failed) = medvault_client::keynodes::access_log(session, &inner.signer)
                .await
                .map_err(fail)?;
            let mut rows = Vec::with_capacity(log.receipts.len() + reads.len());
            for r in &log.receipts {
                rows.push((
                    r.time,
                    json!({
                        "source": "relayer",
                        "reader": r.reader.to_string(),
                        "recordId": r.record_id.to_string(),
                        "version": r.version,
                        "granted": r.granted,
                        "reason": r.reason,
                        "time": r.time,
                        "date": human::date(r.time),
                        "anchored": r.anchor.as_ref().and_then(|a| a.tx_hash).is_some(),
                        "nodes": [],
                    }),
                ));
            }
            for r in &reads {
                let time = r.receipts.iter().map(|(_, v)| v.time).min().unwrap_or_default();
                let nodes: Vec<Value> = r
                    .receipts
                    .iter()
                    .map(|(url, v)| {
                        json!({
                            "node": url,
                            "receipt": v.id,
                            "anchored": v.anchor.as_ref().and_then(|a| a.tx_hash).is_some(),
                        })
                    })
                    .collect();
                rows.push((
                    time,
                    json!({
                        "source": "key nodes",
                        "reader": r.reader.to_string(),
                        "recordId": r.record_id.to_string(),
                        "version": r.version,
                        "granted": r.granted,
                        "reason": r.receipts.first().map(|(_, v)| v.reason.clone()),
                        "time": time,
                        "date": human::date(time),
                        "anchored": nodes.iter().all(|n| n["anchored"] == true),
                        "nodes": nodes,
                    }),
                ));
            }
            rows.sort_by_key(|(time, _)| *time);
            let not_answering: Vec<String> =
                failed.iter().map(|f| format!("{}: {}", f.url, f.reason)).collect();
            answer(json!({
                "reads": rows.into_iter().map(|(_, row)| row).collect::<Vec<_>>(),
                "notAnswering": not_answering,
            }))
        })
    }
}

/// Her records at the relayer, decrypted here (each key released to her and unwrapped with her
/// derived key) and parsed as FHIR: what a research request is matched against. Shredded
/// records and records not yet anchored are left out.
async fn own_records(inner: &Inner) -> Result<Vec<Resource>, JsValue> {
    let keys = inner.keys()?;
    let session = &inner.session;
    let listed = session.relayer.patient_records(&inner.signer).await.map_err(fail)?;
    let mut documents = Vec::new();
    for r in listed.records.iter().filter(|r| !r.shredded && r.status == "confirmed") {
        let read = records::read(session, &inner.signer, &*keys, r.id, None).await.map_err(fail)?;
        let Some(plaintext) = read.plaintext else { continue };
        let json = String::from_utf8(plaintext.as_bytes().to_vec()).map_err(fail)?;
        documents.push(Document { name: format!("record #{}", r.id), json });
    }
    trade::parse_records(&documents).map_err(fail)
}

/// The latest block's time: the chain's clock, which expiries and dispute windows run on.
async fn chain_now(session: &Session<RootProvider>) -> Result<u64, JsValue> {
    Ok(session
        .provider
        .get_block(BlockId::latest())
        .await
        .map_err(fail)?
        .map_or(0, |b| b.header.timestamp))
}

fn parse_address(text: &str) -> Result<Address, JsValue> {
    text.trim().parse().map_err(|_| fail_text(format!("not an account address: {text:.60}")))
}

fn parse_request(text: &str) -> Result<U256, JsValue> {
    text.trim().parse().map_err(|_| fail_text(format!("not a request number: {text:.40}")))
}

/// A consent's target from the form: a record id or a category by name or id.
fn parse_target(kind: &str, target: &str) -> Result<ConsentTarget, JsValue> {
    match kind {
        "record" => target
            .trim()
            .parse::<B256>()
            .map(ConsentTarget::Record)
            .map_err(|_| fail_text(format!("not a record id: {target:.70}"))),
        "category" => target
            .parse::<Category>()
            .map(|c| ConsentTarget::Category(u16::from(c.id())))
            .map_err(fail),
        other => Err(fail_text(format!("a consent is on a record or a category, not {other:.20}"))),
    }
}

/// A trade failure as the person reads it.
fn trade_fail(e: TradeError) -> JsValue {
    match e {
        TradeError::Held { release_at, .. } => fail_text(format!(
            "the dispute window is still open: the payment can be claimed from {}",
            human::date(release_at)
        )),
        e => fail(e),
    }
}

/// What was checked of a record, for the page.
fn verification(r: &VerifiedRecord) -> Value {
    json!({
        "id": r.id,
        "cid": r.cid,
        "root": r.root.to_string(),
        "anchoredInBlock": r.anchored_in_block,
        "authorship": r.authorship.name(),
        "authorCertified": !matches!(r.authorship, records::Authorship::SelfReported),
        "leaf": r.leaf.hash().to_string(),
        "ciphertextHash": r.leaf.ciphertext_hash.to_string(),
        "version": r.leaf.version.0,
        "previous": r.leaf.previous.to_string(),
        "proofLength": r.proof.len(),
        "envelopeBytes": r.envelope.len(),
    })
}
