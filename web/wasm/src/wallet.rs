//! The browser wallet as an alloy [`Signer`]: each signature is asked of the page's wallet
//! (`eth_signTypedData_v4`) through a JavaScript callback, so the user sees what she signs. A
//! wallet does not sign bare hashes; every workflow the page runs signs typed data
//! ([`Signer::sign_dynamic_typed_data`], through `medvault_client::sign::sign_typed`) or an
//! EIP-191 message (`personal_sign`), and one that asked for a hash fails with a message
//! naming it.

use std::cell::RefCell;

use alloy::{
    dyn_abi::TypedData,
    primitives::{Address, B256, ChainId, Signature},
    signers::{Error, Result, Signer},
};
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

thread_local! {
    // The page's signing callback: `(method, address, payload) => Promise<signatureHex>`. A
    // WebAssembly module runs on one thread; the signer holds no JS value, so it is `Send + Sync`
    // as the workflows' bounds ask.
    static SIGN: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// Installs the page's signing callback: `(method, address, payload) => Promise<signatureHex>`.
pub(crate) fn set_callback(sign: Function) {
    SIGN.with(|s| *s.borrow_mut() = Some(sign));
}

/// Why the wallet did not sign.
#[derive(Debug, thiserror::Error)]
pub enum WalletError {
    /// The user refused in the wallet (EIP-1193 code 4001).
    #[error("the signature was declined in the wallet")]
    Declined,
    /// The wallet failed otherwise.
    #[error("the wallet did not sign: {0}")]
    Failed(String),
    /// A workflow asked for a bare hash.
    #[error("the wallet signs typed data only, and this step asked it to sign a bare hash")]
    BareHash,
}

/// The connected account, signing through the wallet.
#[derive(Clone, Copy, Debug)]
pub struct WalletSigner {
    address: Address,
    chain_id: Option<ChainId>,
}

impl WalletSigner {
    /// The wallet's account `address`.
    pub const fn new(address: Address) -> Self {
        Self { address, chain_id: None }
    }

    /// Asks the page's callback to sign `payload` with the wallet's `method`.
    async fn ask(&self, method: &str, payload: String) -> Result<Signature> {
        let callback = SIGN
            .with(|s| s.borrow().clone())
            .ok_or_else(|| Error::other(WalletError::Failed("no wallet is connected".into())))?;
        let answer = callback
            .call3(
                &JsValue::NULL,
                &method.into(),
                &self.address.to_string().into(),
                &payload.into(),
            )
            .map_err(|e| Error::other(describe(&e)))?;
        let promise: Promise = answer.dyn_into().map_err(|_| {
            Error::other(WalletError::Failed("the callback gave no promise".into()))
        })?;
        let signature = JsFuture::from(promise).await.map_err(|e| Error::other(describe(&e)))?;
        let signature = signature
            .as_string()
            .ok_or_else(|| Error::other(WalletError::Failed("the signature is not text".into())))?;
        signature.parse::<Signature>().map_err(Error::other)
    }
}

/// A JS value's `code` and message, as EIP-1193 errors carry them.
fn describe(error: &JsValue) -> WalletError {
    let code = Reflect::get(error, &"code".into()).ok().and_then(|c| c.as_f64());
    if code == Some(4001.0) {
        return WalletError::Declined;
    }
    let message = Reflect::get(error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "no reason given".into());
    WalletError::Failed(message)
}

#[async_trait::async_trait(?Send)]
impl Signer for WalletSigner {
    async fn sign_hash(&self, _hash: &B256) -> Result<Signature> {
        Err(Error::other(WalletError::BareHash))
    }

    async fn sign_dynamic_typed_data(&self, payload: &TypedData) -> Result<Signature> {
        let json = serde_json::to_string(payload).map_err(Error::other)?;
        self.ask("eth_signTypedData_v4", json).await
    }

    /// An EIP-191 message (a record's authorship signature), through `personal_sign`; the wallet
    /// shows the message's bytes.
    async fn sign_message(&self, message: &[u8]) -> Result<Signature> {
        self.ask("personal_sign", alloy::hex::encode_prefixed(message)).await
    }

    fn address(&self) -> Address {
        self.address
    }

    fn chain_id(&self) -> Option<ChainId> {
        self.chain_id
    }

    fn set_chain_id(&mut self, chain_id: Option<ChainId>) {
        self.chain_id = chain_id;
    }
}
