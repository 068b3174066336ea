//! The researcher's journey in the page, over one `medvault_client::workflows::Session`: the same
//! workflow functions `medvault researcher …` calls, with the browser wallet as signer
//! ([`crate::wallet`]) and the relayer paying every gas fee:
//!
//! - derive the encryption key (one labelled signature) and register as a researcher
//!   (`accounts::register_role_gasless`); an authority attests the account;
//! - open a request whose budget is escrowed by a permit (`research::open_request_gasless`);
//! - list the deliveries the relayer released (`deliveries::released`), fetch and decrypt one
//!   (`deliveries::open`) and render its de-identified FHIR (`medvault_fhir::render`);
//! - close a request (`research::close_request_gasless`) or dispute a trade
//!   (`research::dispute_gasless`).
//!
//! Every method returns a `Promise` of a JSON string; a declined signature rejects it with "the
//! signature was declined in the wallet" and changes nothing.

use std::rc::Rc;

use alloy::{
    primitives::{Address, U256},
    providers::Provider,
    signers::Signer,
};
use js_sys::Promise;
use medvault_bindings::{
    account_registry::AccountRegistry, data_market::DataMarket, med_token::MedToken,
};
use medvault_client::workflows::{
    deliveries::{self, DeliveriesError},
    gasless::NoSponsor,
    research::{self, RequestTerms, ResearchError},
};
use medvault_fhir::Criteria;
use medvault_primitives::{
    api::market::{CoarseQi, DeliveryView},
    enums::Role,
    human::{self, MVT},
};
use serde::Deserialize;
use serde_json::{Value, json};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

use crate::session::Account as Inner;
use crate::{
    js_error,
    session::{answer, fail, fail_text},
};

/// One researcher's account in the page: the deployment, the services it names and the wallet.
#[wasm_bindgen]
pub struct ResearcherSession {
    inner: Rc<Inner>,
}

crate::session::account_methods!(ResearcherSession);

#[wasm_bindgen]
impl ResearcherSession {
    /// Where the account stands: JSON `{registered, verified, keyMatches, ethBalance, mvt,
    /// mvtText}` (`registered`: as a researcher; `verified`: attested by an authority; `mvt`: the
    /// token balance in wei, `mvtText` as the CLI shows it).
    pub fn status(&self) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let me = inner.signer.address();
            let session = &inner.session;
            let contracts = &session.deployment.contracts;
            let registry = AccountRegistry::new(contracts.accounts, &session.provider);
            let role = registry.role(me).call().await.map_err(fail)?;
            let registered = role == u8::from(Role::Researcher);
            let verified = registry.isVerifiedResearcher(me).call().await.map_err(fail)?;
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
            let eth = session.provider.get_balance(me).await.map_err(fail)?;
            let mvt = MedToken::new(contracts.token, &session.provider)
                .balanceOf(me)
                .call()
                .await
                .map_err(fail)?;
            answer(json!({
                "registered": registered,
                "otherRole": role != 0 && !registered,
                "verified": verified,
                "keyMatches": key_matches,
                "ethBalance": eth.to_string(),
                "mvt": mvt.to_string(),
                "mvtText": MVT.format(mvt),
            }))
        })
    }

    /// Registers the account as a researcher with the derived key, without ETH: the wallet signs
    /// a forward request, the relayer submits it. Resolves to JSON `{tx}` once mined.
    pub fn register(&self) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let keys = inner.keys()?;
            let tx = medvault_client::workflows::accounts::register_role_gasless(
                &inner.session,
                &inner.signer,
                Role::Researcher,
                keys.current().public_key(),
                &NoSponsor,
            )
            .await
            .map_err(fail)?;
            answer(json!({ "tx": tx.to_string() }))
        })
    }

    /// Opens a request for the criteria document `criteria` (JSON, see [`check_criteria`]) at
    /// `price` tokens per record (as typed: `2`, `2.5`) for at most `max` records, open `days`
    /// days; its budget escrowed by a permit, all without ETH (two signatures: the permit and the
    /// forward request). JSON `{request, escrowed, escrowedText, deadline, deadlineText,
    /// criteriaCid, tx, listed}`.
    #[wasm_bindgen(js_name = openRequest)]
    pub fn open_request(&self, criteria: String, price: String, max: u32, days: u32) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let price = u128::try_from(MVT.parse(&price).map_err(fail)?)
                .map_err(|_| fail_text("the price is too large"))?;
            let terms = RequestTerms { criteria, price, max, days: u64::from(days) };
            let opened =
                research::open_request_gasless(&inner.session, &inner.signer, &terms, &NoSponsor)
                    .await
                    .map_err(|e| match e {
                        ResearchError::Budget { budget, balance } => fail_text(format!(
                            "the budget is {} but the account holds {}: get tokens first",
                            MVT.format(budget),
                            MVT.format(balance)
                        )),
                        e => fail(e),
                    })?;
            answer(json!({
                "request": opened.request.to_string(),
                "escrowed": opened.escrowed.to_string(),
                "escrowedText": MVT.format(opened.escrowed),
                "deadline": opened.deadline,
                "deadlineText": human::date(opened.deadline),
                "criteriaCid": opened.criteria_cid,
                "tx": opened.tx.to_string(),
                "listed": opened.listed.as_ref().err().map(|e| crate::error_text(e)),
            }))
        })
    }

    /// Request `request` as the chain holds it: JSON `{request, researcher, price, priceText,
    /// maxRecords, settled, escrowText, deadline, deadlineText, closed, openDisputes}` (`escrowText`:
    /// what the unspent budget still holds, price × unsold records).
    pub fn request(&self, request: String) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let id = parse_request(&request)?;
            let session = &inner.session;
            let market = DataMarket::new(session.deployment.contracts.market, &session.provider);
            let r = market.request(id).call().await.map_err(fail)?;
            if r.researcher == Address::ZERO {
                return Err(fail_text(format!("there is no request {id}")));
            }
            let price = U256::from(r.pricePerRecord);
            let unsold = U256::from(r.maxRecords.saturating_sub(r.settled));
            answer(json!({
                "request": id.to_string(),
                "researcher": r.researcher.to_string(),
                "price": price.to_string(),
                "priceText": MVT.format(price),
                "maxRecords": r.maxRecords,
                "settled": r.settled,
                "escrowText": MVT.format(if r.closed { U256::ZERO } else { price * unsold }),
                "deadline": r.deadline,
                "deadlineText": human::date(r.deadline),
                "closed": r.closed,
                "openDisputes": r.openDisputes,
            }))
        })
    }

    /// The deliveries of `request` the relayer has released (classes of at least k), as the
    /// request's researcher asks for them (a signed request): JSON `[{cid, seller, ageBand, sex,
    /// region}]`.
    pub fn deliveries(&self, request: String) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let id = parse_request(&request)?;
            let released =
                deliveries::released(&inner.session, &inner.signer, id).await.map_err(fail)?;
            answer(Value::Array(
                released
                    .iter()
                    .map(|d| {
                        json!({
                            "cid": d.cid,
                            "seller": d.seller.to_string(),
                            "ageBand": d.qi.age_band,
                            "sex": d.qi.sex,
                            "region": d.qi.region,
                        })
                    })
                    .collect(),
            ))
        })
    }

    /// Fetches the released delivery `delivery` of `request` (JSON, a row of [`Self::deliveries`])
    /// from IPFS, opens it with the derived key (checked against its seller and request) and
    /// renders its de-identified FHIR: JSON `{seller, cid, ageBand, sex, region, rendered}`
    /// (`rendered` as `renderFhir` gives it).
    #[wasm_bindgen(js_name = openDelivery)]
    pub fn open_delivery(&self, request: String, delivery: String) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let id = parse_request(&request)?;
            let row: DeliveryRow = serde_json::from_str(&delivery).map_err(fail)?;
            let view = DeliveryView {
                cid: row.cid,
                qi: CoarseQi { age_band: row.age_band, sex: row.sex, region: row.region },
                seller: row.seller,
            };
            let keys = inner.keys()?;
            let plaintext =
                deliveries::open(&inner.session, &*keys, id, &view).await.map_err(|e| match e {
                    e @ DeliveriesError::Open { .. } => fail_text(format!(
                        "{}: was it sold to another account or key?",
                        crate::error_text(&e)
                    )),
                    e => fail(e),
                })?;
            let document: Value = serde_json::from_slice(plaintext.as_bytes()).map_err(fail)?;
            answer(json!({
                "seller": view.seller.to_string(),
                "cid": view.cid,
                "ageBand": view.qi.age_band,
                "sex": view.qi.sex,
                "region": view.qi.region,
                "rendered": medvault_fhir::render::render(&document),
            }))
        })
    }

    /// Closes `request` and takes its unspent budget back, without ETH: JSON `{returned,
    /// returnedText, tx}`.
    #[wasm_bindgen(js_name = closeRequest)]
    pub fn close_request(&self, request: String) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let id = parse_request(&request)?;
            let closed = research::close_request_gasless(
                &inner.session,
                &inner.signer,
                id,
                false,
                &NoSponsor,
            )
            .await
            .map_err(fail)?;
            answer(json!({
                "returned": closed.returned.to_string(),
                "returnedText": MVT.format(closed.returned),
                "tx": closed.tx.to_string(),
            }))
        })
    }

    /// Disputes the trade of `request` sold by `seller` for `reason` (its keccak256 goes
    /// on-chain), without ETH when the market may already take the bond (see
    /// `research::dispute_gasless`): JSON `{tx}`.
    pub fn dispute(&self, request: String, seller: String, reason: String) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let id = parse_request(&request)?;
            let seller: Address =
                seller.parse().map_err(|_| fail_text(format!("not a seller: {seller:.60}")))?;
            let tx = research::dispute_gasless(
                &inner.session,
                &inner.signer,
                id,
                seller,
                &reason,
                &NoSponsor,
            )
            .await
            .map_err(|e| match e {
                ResearchError::Allowance { bond, .. } => fail_text(format!(
                    "a dispute posts a bond of {}, and letting the market take it is a token \
                     approval only your account can send: it needs ETH for gas, which this page \
                     does not ask for. Dispute with `medvault researcher dispute` from a funded \
                     account.",
                    MVT.format(bond)
                )),
                e => fail(e),
            })?;
            answer(json!({ "tx": tx.to_string() }))
        })
    }
}

/// A row of [`ResearcherSession::deliveries`], handed back to open it.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct DeliveryRow {
    cid: String,
    seller: Address,
    age_band: String,
    sex: String,
    region: String,
}

fn parse_request(request: &str) -> Result<U256, JsValue> {
    request.parse().map_err(|_| fail_text(format!("not a request number: {request:.40}")))
}

/// Checks a criteria document (JSON, docs/FHIR.md) as the workflow will: the canonical JSON
/// that is pinned and committed on-chain, or an error saying what is wrong.
#[wasm_bindgen(js_name = checkCriteria)]
pub fn check_criteria(criteria: &str) -> Result<String, JsError> {
    let parsed = Criteria::from_json(criteria).map_err(js_error)?;
    String::from_utf8(parsed.canonical_json()).map_err(js_error)
}

/// The budget of `max` records at `price` tokens each (as typed), as the CLI shows amounts:
/// JSON `{budget, budgetText}` (wei and text), or an error saying why `price` is no amount.
#[wasm_bindgen(js_name = researchBudget)]
pub fn research_budget(price: &str, max: u32) -> Result<String, JsError> {
    let budget = MVT.parse(price).map_err(js_error)? * U256::from(max);
    Ok(json!({ "budget": budget.to_string(), "budgetText": MVT.format(budget) }).to_string())
}

/// The code systems a criterion may name (`medvault_fhir::criteria::CRITERIA_SYSTEMS`): JSON
/// array of URIs.
#[wasm_bindgen(js_name = criteriaSystems)]
pub fn criteria_systems() -> String {
    json!(medvault_fhir::criteria::CRITERIA_SYSTEMS).to_string()
}
