//! The patient's journey in the page, over one `medvault_client::workflows::Session`: the same
//! workflow functions the command line calls, with the browser wallet as signer
//! ([`crate::wallet`]).
//!
//! Every method returns a `Promise`. Each relayer request is signed (`Authorization:
//! MedVault-EIP712 …`), so the wallet is asked once per request; a declined signature rejects the
//! promise with "the signature was declined in the wallet" and changes nothing.

use std::{cell::RefCell, rc::Rc};

use alloy::{
    providers::{Provider, RootProvider},
    signers::Signer,
};
use js_sys::{Function, Promise};
use medvault_bindings::{account_registry::AccountRegistry, provider_registry::ProviderRegistry};
use medvault_client::{
    keys::Keyring,
    workflows::{
        Session,
        accounts::{self, AccountError},
        gasless::NoSponsor,
        records::{self, KeySource, VerifiedRecord},
    },
};
use serde_json::{Value, json};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

use crate::{
    session::{answer, fail, fail_text},
    wallet::WalletSigner,
};

struct Inner {
    session: Session<RootProvider>,
    signer: WalletSigner,
    // The encryption keys derived this visit: never serialised, never handed to JavaScript.
    keys: RefCell<Option<Rc<Keyring>>>,
}

/// One patient's account in the page: the deployment, the services it names and the wallet.
#[wasm_bindgen]
pub struct PatientSession {
    inner: Rc<Inner>,
}

#[wasm_bindgen]
impl PatientSession {
    /// A session for `account` over the deployment `deployment` (the JSON of
    /// `deployments/<name>.json`, with its endpoints), signing with `sign`:
    /// `(method, address, payload) => Promise<signatureHex>` (see `session::connect`).
    #[wasm_bindgen(constructor)]
    pub fn new(deployment: &str, account: &str, sign: Function) -> Result<PatientSession, JsError> {
        let (session, signer) = crate::session::connect(deployment, account, sign)?;
        Ok(Self { inner: Rc::new(Inner { session, signer, keys: RefCell::new(None) }) })
    }

    /// The account.
    #[wasm_bindgen(getter)]
    pub fn account(&self) -> String {
        self.inner.signer.address().to_string()
    }

    /// Whether the encryption key was derived this visit.
    #[wasm_bindgen(js_name = hasKey)]
    pub fn has_key(&self) -> bool {
        self.inner.keys.borrow().is_some()
    }

    /// Drops the derived keys (on disconnect or account change).
    #[wasm_bindgen(js_name = forgetKey)]
    pub fn forget_key(&self) {
        self.inner.keys.borrow_mut().take();
    }

    /// Derives the account's encryption keys (one wallet signature per key epoch, of the typed
    /// data whose notice says what signing gives away); resolves to JSON `{publicKey, epoch}`.
    /// Nothing is kept when the wallet declines.
    #[wasm_bindgen(js_name = deriveKey)]
    pub fn derive_key(&self) -> Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let keys = inner.session.encryption_keys(&inner.signer).await.map_err(fail)?;
            let public = keys.current().public_key().to_string();
            let epoch = keys.epoch();
            *inner.keys.borrow_mut() = Some(Rc::new(keys));
            answer(json!({ "publicKey": public, "epoch": epoch }))
        })
    }

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
            let keys = inner.keys.borrow().clone();
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
            let keys = inner
                .keys
                .borrow()
                .clone()
                .ok_or_else(|| fail_text("derive the encryption key first"))?;
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
            let keys = inner
                .keys
                .borrow()
                .clone()
                .ok_or_else(|| fail_text("derive the encryption key first"))?;
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
