//! What every role's session in the page shares: a `medvault_client::workflows::Session` over
//! the deployment's chain, relayer and IPFS node, with the browser wallet as signer
//! ([`crate::wallet`]), and the shape of the answers JavaScript gets.

use alloy::{primitives::Address, providers::RootProvider};
use js_sys::Function;
use medvault_client::{api::RelayerApi, ipfs::IpfsClient, workflows::Session};
use medvault_primitives::Deployment;
use serde_json::Value;
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
