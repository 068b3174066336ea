//! The provider's journey in the page, over one `medvault_client::workflows::Session`: the same
//! workflow functions `medvault provider …` calls, with the browser wallet as signer
//! ([`crate::wallet`]).
//!
//! Derive the key, register as a provider and stake for certification without ETH (the wallet
//! signs a forward request, and a token permit for the stake; the relayer submits), see where the
//! certification stands, upload FHIR for a patient who gave WRITE consent, list the grants received
//! and open a granted record, break the glass to read an emergency profile. Every method returns a
//! `Promise` of a JSON string; a declined signature rejects it with "the signature was declined in
//! the wallet" and changes nothing.

use std::rc::Rc;

use alloy::{
    primitives::{Address, B256, U256},
    providers::{Provider, RootProvider},
    rpc::types::Filter,
    signers::Signer,
    sol_types::SolEvent,
};
use js_sys::Promise;
use medvault_bindings::{
    account_registry::AccountRegistry, consent_manager::ConsentManager, med_token::MedToken,
    provider_registry::ProviderRegistry,
};
use medvault_client::workflows::{
    Document, Session, accounts, consent, emergency,
    gasless::{self, NoSponsor},
    providers,
    records::{self, KeySource},
    upload::{self, UploadTarget},
};
use medvault_primitives::{
    enums::{Access, ProviderStatus, Role, Scope},
    human::{self, MVT},
};
use serde_json::{Value, json};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

use crate::session::Account as Inner;
use crate::session::{answer, fail};

/// What the page asked for that cannot be done as asked (nothing was sent).
#[derive(Debug, thiserror::Error)]
enum AskError {
    /// Not an account address.
    #[error("the patient's address is not valid: {0:.60}")]
    Address(String),
    /// Not a consent category.
    #[error("{0:.40} is not a consent category (conditions, observations…)")]
    Category(String),
    /// Not a token amount.
    #[error(transparent)]
    Amount(#[from] human::AmountError),
    /// The relayer released no key, so the record was verified but not opened.
    #[error("the relayer released no key for this record")]
    NoKeyReleased,
    /// The account registered before with another role.
    #[error("this account is registered already (as a {0})")]
    Registered(&'static str),
}

/// One provider's account in the page: the deployment, the services it names and the wallet.
#[wasm_bindgen]
pub struct ProviderSession {
    inner: Rc<Inner>,
}

crate::session::account_methods!(ProviderSession);

#[wasm_bindgen]
impl ProviderSession {
    /// Where the account stands: JSON `{role, registered, keyMatches, ethBalance, tokens,
    /// tokensWei, stake, stakeWei, minStake, status, certified, certifiedBy, activeReview, reviews}`. Amounts
    /// are formatted as the command line does (`1,000 MVT`); `certifiedBy` is `authority` or
    /// `peer review` (from the `Certified` event), `reviews` the reviews of this provider.
    pub fn status(&self) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let me = inner.signer.address();
            let session = &inner.session;
            let contracts = &session.deployment.contracts;
            let registry = AccountRegistry::new(contracts.accounts, &session.provider);
            let role =
                Role::try_from(registry.role(me).call().await.map_err(fail)?).unwrap_or(Role::None);
            let registered = role == Role::Provider;
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
            let token = MedToken::new(contracts.token, &session.provider);
            let tokens = token.balanceOf(me).call().await.map_err(fail)?;
            let registry = ProviderRegistry::new(contracts.providers, &session.provider);
            let standing = registry.provider_call(me).call().await.map_err(fail)?;
            let params = registry.params().call().await.map_err(fail)?;
            let status = ProviderStatus::try_from(standing.status).unwrap_or(ProviderStatus::None);
            let certified = registry.isCertified(me).call().await.map_err(fail)?;
            let certified_by = if certified { certified_by(session, me).await? } else { None };
            let now = session.deadline_base().await;
            let reviews = reviews(session, &registry, me, now).await?;
            answer(json!({
                "role": role_name(role),
                "registered": registered,
                "keyMatches": key_matches,
                "ethBalance": eth.to_string(),
                "ethBalanceText": human::ETH.format(eth),
                "tokens": MVT.format(tokens),
                "tokensWei": tokens.to_string(),
                "stake": MVT.format(U256::from(standing.stake)),
                "stakeWei": standing.stake.to_string(),
                "minStake": MVT.format(U256::from(params.minStake)),
                "status": status_name(status),
                "certified": certified,
                "certifiedBy": certified_by,
                "activeReview": (standing.activeReview != 0).then(|| standing.activeReview.to_string()),
                "reviews": reviews,
            }))
        })
    }

    /// Registers the account as a provider with the derived key, without ETH (the wallet signs a
    /// forward request, the relayer submits it): `medvault provider register`'s gasless path.
    /// Resolves to JSON `{tx}` once mined.
    pub fn register(&self) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let keys = inner.keys()?;
            let me = inner.signer.address();
            let session = &inner.session;
            let registry =
                AccountRegistry::new(session.deployment.contracts.accounts, &session.provider);
            let role =
                Role::try_from(registry.role(me).call().await.map_err(fail)?).unwrap_or(Role::None);
            if role != Role::None {
                return Err(fail(AskError::Registered(role_name(role))));
            }
            let tx = accounts::register_role_gasless(
                session,
                &inner.signer,
                Role::Provider,
                keys.current().public_key(),
                &NoSponsor,
            )
            .await
            .map_err(fail)?;
            answer(json!({ "tx": tx.to_string() }))
        })
    }

    /// Stakes `amount` (MVT, as the command line reads it: `1000`, `1,000 MVT`; the registry's
    /// minimum when empty) and applies for certification, without ETH: the wallet signs a token
    /// permit and a forward request (`medvault provider stake`'s gasless path). JSON `{stake, tx}`.
    pub fn stake(&self, amount: String) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let amount = match amount.trim() {
                "" => None,
                text => Some(MVT.parse(text).map_err(|e| fail(AskError::from(e)))?),
            };
            let staked =
                providers::stake_gasless(&inner.session, &inner.signer, amount, "", &NoSponsor)
                    .await
                    .map_err(fail)?;
            answer(json!({ "stake": MVT.format(staked.stake), "tx": staked.tx.to_string() }))
        })
    }

    /// Asks certified peers to review this provider's pending application (instead of waiting
    /// for the authority), without ETH: `ProviderRegistry.requestReview` takes no bond, so the
    /// wallet signs a forward request the relayer submits (`medvault provider review request`
    /// sends it from the provider's own wallet). JSON `{tx}` once mined; `status` lists the review.
    #[wasm_bindgen(js_name = requestReview)]
    pub fn request_review(&self) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let session = &inner.session;
            let providers = session.deployment.contracts.providers;
            let data = ProviderRegistry::new(providers, &session.provider)
                .requestReview()
                .calldata()
                .clone();
            let tx = gasless::call(session, &inner.signer, providers, data, &NoSponsor)
                .await
                .map_err(fail)?;
            answer(json!({ "tx": tx.to_string() }))
        })
    }

    /// The grants patients made to this account (found among the consent notices sealed to its
    /// keys), with whether each is live for reading and for writing now: JSON `[{patient, scope,
    /// category, categoryName, record, read, write}]` (`record` for a one-record grant).
    pub fn grants(&self) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let keys = inner.keys()?;
            let session = &inner.session;
            let me = inner.signer.address();
            let received = consent::received_grants(session, me, &*keys).await.map_err(fail)?;
            let manager =
                ConsentManager::new(session.deployment.contracts.consent, &session.provider);
            let mut out = Vec::with_capacity(received.len());
            for g in received {
                let id = g.grant_id();
                let live = |access: Access| {
                    let call = manager.isLive(g.controller, id, u8::from(access));
                    async move { call.call().await }
                };
                let read = live(Access::Read).await.map_err(fail)?;
                let write = live(Access::Write).await.map_err(fail)?;
                // A category grant's target is `bytes32(uint256(category))`: its last two bytes.
                let (category, record) = match g.scope {
                    Scope::Category => {
                        (Some(u16::from_be_bytes([g.target[30], g.target[31]])), None)
                    }
                    Scope::Record => (None, Some(g.target.to_string())),
                };
                out.push(json!({
                    "patient": g.patient.to_string(),
                    "scope": if g.scope == Scope::Record { "record" } else { "category" },
                    "category": category,
                    "categoryName": category.map(crate::category_name),
                    "record": record,
                    "read": read,
                    "write": write,
                }));
            }
            answer(Value::Array(out))
        })
    }

    /// Uploads the FHIR document `json` (a resource or a Bundle; `name` is its file's name) for
    /// `patient` in the category named `category`, as `medvault provider upload` does: the
    /// provider's live WRITE grants from her are found and shown, the record is sealed, its
    /// authorship signed (EIP-191, `personal_sign`), and it is waited for until anchored.
    /// JSON `[{id, recordId, status, anchored, blockNumber, root, txHash, category,
    /// categoryName}]`.
    pub fn upload(&self, patient: String, category: String, name: String, json: String) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let keys = inner.keys()?;
            let patient: Address =
                patient.trim().parse().map_err(|_| fail(AskError::Address(patient.clone())))?;
            let category = medvault_fhir::Category::parse(&category)
                .map(|c| u16::from(c.id()))
                .ok_or_else(|| fail(AskError::Category(category.clone())))?;
            let session = &inner.session;
            let me = inner.signer.address();
            let consents = if patient == me {
                Vec::new()
            } else {
                upload::write_grants(session, me, &*keys, patient, None, category)
                    .await
                    .map_err(fail)?
            };
            let target = UploadTarget { patient, category, consents, ..UploadTarget::default() };
            let documents = [Document { name, json }];
            let uploaded = upload::upload(
                session,
                &inner.signer,
                keys.current(),
                &target,
                &documents,
                &mut |_| {},
            )
            .await
            .map_err(fail)?;
            let out: Vec<Value> = uploaded
                .iter()
                .map(|u| {
                    let r = &u.record;
                    let batch = r.batch.as_ref();
                    json!({
                        "id": u.id,
                        "recordId": u.sealed.record_id.0.to_string(),
                        "status": r.status,
                        "anchored": r.status == "confirmed",
                        "blockNumber": batch.and_then(|b| b.block_number),
                        "root": batch.and_then(|b| b.root).map(|x| x.to_string()),
                        "txHash": batch.and_then(|b| b.tx_hash).map(|x| x.to_string()),
                        "category": category,
                        "categoryName": crate::category_name(category),
                    })
                })
                .collect();
            answer(Value::Array(out))
        })
    }

    /// Opens record `id` as `medvault provider read` does: checked against the chain, its data
    /// key released to this provider (as its author, or on a grant it holds: the relayer checks
    /// the consent on-chain and logs the release), unwrapped with the derived key, and the FHIR
    /// rendered as a clinician reads it. JSON `{verification, keySource, rendered}`, the shape the
    /// patient's `openRecord` gives.
    #[wasm_bindgen(js_name = openRecord)]
    pub fn open_record(&self, id: f64) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let keys = inner.keys()?;
            let read = records::read(&inner.session, &inner.signer, &*keys, id as i64, None)
                .await
                .map_err(fail)?;
            let plaintext = read.plaintext.as_ref().ok_or_else(|| fail(AskError::NoKeyReleased))?;
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
            let r = &read.record;
            answer(json!({
                "verification": {
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
                },
                "keySource": key,
                "rendered": rendered,
            }))
        })
    }
    /// Reads `patient`'s emergency profile when she cannot act (`medvault provider emergency
    /// read`): breaks the glass for `reason` (a code of the hospital's emergency protocol) if this
    /// provider has no open window on her — without ETH, the wallet signing a forward request of
    /// `ConsentManager.breakGlass` — then has the key committee release her emergency records.
    /// JSON `{until, opened: {id, tx}?, records: [{id, isProfile, bloodType?, rendered}]}`, her
    /// own profile first.
    #[wasm_bindgen(js_name = breakGlass)]
    pub fn break_glass(&self, patient: String, reason: u16) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let keys = inner.keys()?;
            let patient: Address =
                patient.trim().parse().map_err(|_| fail(AskError::Address(patient.clone())))?;
            let read = emergency::read_as_provider_gasless(
                &inner.session,
                &inner.signer,
                keys.current(),
                patient,
                reason,
                &NoSponsor,
            )
            .await
            .map_err(fail)?;
            let mut records = Vec::with_capacity(read.records.len());
            for r in &read.records {
                let document: Option<Value> = r
                    .read
                    .plaintext
                    .as_ref()
                    .and_then(|p| serde_json::from_slice(p.as_bytes()).ok());
                records.push(json!({
                    "id": r.record.id,
                    "isProfile": r.profile.is_some(),
                    "bloodType": r.profile.as_ref().and_then(|p| p.blood_type.clone()),
                    "rendered": document.as_ref().map(medvault_fhir::render::render),
                }));
            }
            let window = &read.window;
            answer(json!({
                "until": human::date(window.until),
                "opened": window.opened.map(|o| json!({ "id": o.id.to_string(), "tx": o.tx.to_string() })),
                "records": records,
            }))
        })
    }
}

fn role_name(role: Role) -> &'static str {
    match role {
        Role::None => "none",
        Role::Patient => "patient",
        Role::Provider => "provider",
        Role::Researcher => "researcher",
    }
}

fn status_name(status: ProviderStatus) -> &'static str {
    match status {
        ProviderStatus::None => "not applied",
        ProviderStatus::Pending => "applied, awaiting certification",
        ProviderStatus::Certified => "certified",
        ProviderStatus::Unbonding => "unbonding",
    }
}

/// Who certified `provider`, from its latest `Certified` event: the authority (review 0) or a
/// peer review.
async fn certified_by(
    session: &Session<RootProvider>,
    provider: Address,
) -> Result<Option<String>, JsValue> {
    let filter = Filter::new()
        .address(session.deployment.contracts.providers)
        .from_block(session.deployment.start_block)
        .event_signature(ProviderRegistry::Certified::SIGNATURE_HASH)
        .topic1(B256::left_padding_from(provider.as_slice()));
    let logs = session.provider.get_logs(&filter).await.map_err(fail)?;
    Ok(logs.iter().rev().find_map(|l| l.log_decode::<ProviderRegistry::Certified>().ok()).map(
        |e| {
            let review = e.inner.data.reviewId;
            if review.is_zero() {
                "the certifying authority".to_string()
            } else {
                format!("peer review #{review}")
            }
        },
    ))
}

/// The reviews of `provider` (certification or misconduct), oldest first, with their phases as
/// dates and their votes so far.
async fn reviews(
    session: &Session<RootProvider>,
    registry: &ProviderRegistry::ProviderRegistryInstance<&RootProvider>,
    provider: Address,
    now: u64,
) -> Result<Vec<Value>, JsValue> {
    let filter = Filter::new()
        .address(session.deployment.contracts.providers)
        .from_block(session.deployment.start_block)
        .event_signature(ProviderRegistry::ReviewOpened::SIGNATURE_HASH)
        .topic2(B256::left_padding_from(provider.as_slice()));
    let logs = session.provider.get_logs(&filter).await.map_err(fail)?;
    let mut out = Vec::new();
    for log in logs {
        let Ok(opened) = log.log_decode::<ProviderRegistry::ReviewOpened>() else { continue };
        let id = opened.inner.data.reviewId;
        let r = registry.review(id).call().await.map_err(fail)?;
        let outcome = match r.outcome {
            0 => "open",
            1 => "approved",
            2 => "rejected",
            _ => "no quorum",
        };
        out.push(json!({
            "id": id.to_string(),
            "kind": if r.kind == 0 { "certification" } else { "misconduct" },
            "outcome": outcome,
            "commits": r.commits,
            "yes": r.yes,
            "no": r.no,
            "quorum": r.quorum,
            "commitEnd": human::date(r.commitEnd),
            "revealEnd": human::date(r.revealEnd),
            "phase": if now < r.commitEnd { "commit" } else if now < r.revealEnd { "reveal" } else { "closed" },
        }));
    }
    Ok(out)
}
