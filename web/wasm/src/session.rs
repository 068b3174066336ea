//! What every role's session in the page shares: a `medvault_client::workflows::Session` over
//! the deployment's chain, relayer and IPFS node, with the browser wallet as signer
//! ([`crate::wallet`]), and the shape of the answers JavaScript gets.

use std::{cell::RefCell, rc::Rc};

use alloy::{primitives::Address, providers::RootProvider, signers::Signer};
use js_sys::Function;
use medvault_client::{api::RelayerApi, ipfs::IpfsClient, keys::Keyring, workflows::Session};
use medvault_primitives::Deployment;
use serde_json::{Value, json};
use wasm_bindgen::prelude::*;

use crate::{error_text, wallet::WalletSigner};

/// What a method's future gives JavaScript: a JSON string, or an `Error` with the message.
pub(crate) type Answer = Result<JsValue, JsValue>;

pub(crate) fn fail(e: impl std::error::Error + 'static) -> JsValue {
    js_sys::Error::new(&error_text(&e)).into()
}

pub(crate) fn fail_text(text: impl AsRef<str>) -> JsValue {
    js_sys::Error::new(text.as_ref()).into()
}

pub(crate) fn answer(value: Value) -> Answer {
    Ok(JsValue::from_str(&value.to_string()))
}

/// A session for `account` over `deployment` (the JSON of `deployments/<name>.json`, with its
/// endpoints), signing with `sign`: `(method, address, payload) => Promise<signatureHex>`, with `method`
/// `eth_signTypedData_v4` (payload: the typed data's JSON) or `personal_sign` (payload: hex).
pub(crate) fn connect(
    deployment: &str,
    account: &str,
    sign: Function,
) -> Result<(Session<RootProvider>, WalletSigner), JsError> {
    let deployment: Deployment = serde_json::from_str(deployment)
        .map_err(|e| JsError::new(&format!("the deployment file is not valid: {e}")))?;
    let account: Address = account
        .parse()
        .map_err(|_| JsError::new(&format!("not an account address: {account:.60}")))?;
    let endpoint = |name: &str, url: &Option<String>| {
        url.clone().ok_or_else(|| JsError::new(&format!("the deployment file names no {name}")))
    };
    let rpc = endpoint("chain RPC URL (endpoints.rpcUrl)", &deployment.endpoints.rpc_url)?;
    let relayer =
        endpoint("relayer URL (endpoints.relayerUrl)", &deployment.endpoints.relayer_url)?;
    let ipfs = endpoint("IPFS URL (endpoints.ipfsUrl)", &deployment.endpoints.ipfs_url)?;
    let provider = RootProvider::new_http(
        rpc.parse().map_err(|_| JsError::new(&format!("not a URL: {rpc:.80}")))?,
    );
    crate::wallet::set_callback(sign);
    let session =
        Session::new(deployment, RelayerApi::new(relayer), IpfsClient::new(ipfs), provider);
    Ok((session, WalletSigner::new(account)))
}

/// Why an account's step cannot start.
#[derive(Debug, thiserror::Error)]
pub(crate) enum AccountError {
    /// The step needs the encryption key, and it was not derived this visit.
    #[error("derive the encryption key first")]
    NoKey,
}

/// One account in the page, whatever its role: the session over the deployment's services, the
/// wallet as signer, and the encryption keys derived this visit (never serialised, never handed
/// to JavaScript).
pub(crate) struct Account {
    pub(crate) session: Session<RootProvider>,
    pub(crate) signer: WalletSigner,
    keys: RefCell<Option<Rc<Keyring>>>,
}

impl Account {
    /// The account `account` over `deployment`, signing with `sign` (see [`connect`]).
    pub(crate) fn connect(
        deployment: &str,
        account: &str,
        sign: Function,
    ) -> Result<Self, JsError> {
        let (session, signer) = connect(deployment, account, sign)?;
        Ok(Self { session, signer, keys: RefCell::new(None) })
    }

    /// The account's address, as text.
    pub(crate) fn address(&self) -> String {
        self.signer.address().to_string()
    }

    /// Whether the encryption key was derived this visit.
    pub(crate) fn has_key(&self) -> bool {
        self.keys.borrow().is_some()
    }

    /// Drops the derived keys (on disconnect or account change).
    pub(crate) fn forget_key(&self) {
        self.keys.borrow_mut().take();
    }

    /// The derived keys, if derived. The borrow ends before the caller awaits anything.
    pub(crate) fn derived(&self) -> Option<Rc<Keyring>> {
        self.keys.borrow().clone()
    }

    /// The derived keys, or the error that asks for them.
    pub(crate) fn keys(&self) -> Result<Rc<Keyring>, JsValue> {
        self.derived().ok_or_else(|| fail(AccountError::NoKey))
    }

    /// Derives the account's encryption keys (one wallet signature per key epoch, of the typed
    /// data whose notice says what signing gives away) and keeps them for this visit; JSON
    /// `{publicKey, epoch}`. Nothing is kept when the wallet declines.
    pub(crate) async fn derive_key(&self) -> Answer {
        let keys = self.session.encryption_keys(&self.signer).await.map_err(fail)?;
        let public = keys.current().public_key().to_string();
        let epoch = keys.epoch();
        *self.keys.borrow_mut() = Some(Rc::new(keys));
        answer(json!({ "publicKey": public, "epoch": epoch }))
    }
}

/// The methods every role's session shares, on its `#[wasm_bindgen]` struct `$session` (which
/// holds `inner: Rc<Account>`): the constructor, `account`, `hasKey`, `forgetKey` and `deriveKey`.
macro_rules! account_methods {
    ($session:ident) => {
        #[wasm_bindgen::prelude::wasm_bindgen]
        impl $session {
            /// A session for `account` over the deployment `deployment` (the JSON of
            /// `deployments/<name>.json`, with its endpoints), signing with `sign`:
            /// `(method, address, payload) => Promise<signatureHex>` (see `session::connect`).
            #[wasm_bindgen(constructor)]
            pub fn new(
                deployment: &str,
                account: &str,
                sign: js_sys::Function,
            ) -> Result<$session, wasm_bindgen::JsError> {
                let account = $crate::session::Account::connect(deployment, account, sign)?;
                Ok(Self { inner: std::rc::Rc::new(account) })
            }

            /// The account.
            #[wasm_bindgen(getter)]
            pub fn account(&self) -> String {
                self.inner.address()
            }

            /// Whether the encryption key was derived this visit.
            #[wasm_bindgen(js_name = hasKey)]
            pub fn has_key(&self) -> bool {
                self.inner.has_key()
            }

            /// Drops the derived keys (on disconnect or account change).
            #[wasm_bindgen(js_name = forgetKey)]
            pub fn forget_key(&self) {
                self.inner.forget_key();
            }

            /// Derives the account's encryption keys (one wallet signature per key epoch, of the
            /// typed data whose notice says what signing gives away); resolves to JSON
            /// `{publicKey, epoch}`. Nothing is kept when the wallet declines.
            #[wasm_bindgen(js_name = deriveKey)]
            pub fn derive_key(&self) -> js_sys::Promise {
                let inner = self.inner.clone();
                wasm_bindgen_futures::future_to_promise(async move { inner.derive_key().await })
            }
        }
    };
}
pub(crate) use account_methods;
