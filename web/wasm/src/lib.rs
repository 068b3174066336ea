//! medvault-web: the SDK ([`medvault_client`]) and the FHIR crate ([`medvault_fhir`]) for the web
//! page, through wasm-bindgen. Thin wrappers only: the page runs the code the command line runs,
//! pinned by the same test vectors (`web/test/vectors.test.mjs`).
//!
//! - this module: pure functions — the typed data a wallet signs to derive the encryption key, the
//!   key's public half from that signature, opening a record's envelope, checking a record against
//!   its anchored root, rendering FHIR as a clinician reads it, category names.
//! - [`wallet`] (wasm32 only): an alloy `Signer` whose signatures come from the browser wallet
//!   (`eth_signTypedData_v4`, through a JavaScript callback). It signs typed data only.
//! - [`patient`] (wasm32 only): [`patient::PatientSession`], the patient's journey over one
//!   `medvault_client::workflows::Session`: derive the key, register without ETH, list records,
//!   open and verify one.
//!
//! # The boundary
//!
//! A derived encryption key and every data key stay inside the module: JavaScript gets public
//! keys, transaction hashes, record metadata and the rendered record it shows. Only
//! [`open_with_reader_secret`] takes a raw secret key from the caller, for the published test
//! vectors; the page never calls it.

use std::str::FromStr;

use alloy::{
    dyn_abi::TypedData,
    primitives::{Address, B256, Signature},
};
use medvault_client::{
    ecies::{self, WrappedKey},
    envelope,
    keys::SecretKey,
};
use medvault_primitives::{
    eip712::{accounts_domain, encryption_key_derivation},
    envelope::AadContext,
    types::{Category, PatientId, RecordId, RecordLeaf, RecordVersion},
};
use serde::Deserialize;
use wasm_bindgen::prelude::*;
use zeroize::Zeroizing;

#[cfg(target_arch = "wasm32")]
pub mod patient;
#[cfg(target_arch = "wasm32")]
pub mod provider;
#[cfg(target_arch = "wasm32")]
pub mod researcher;
#[cfg(target_arch = "wasm32")]
mod session;
#[cfg(target_arch = "wasm32")]
pub mod wallet;

/// An error as JavaScript sees it: the message with its causes, outermost first.
pub(crate) fn error_text(e: &(dyn std::error::Error + 'static)) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        let more = cause.to_string();
        if !text.contains(&more) {
            text.push_str(": ");
            text.push_str(&more);
        }
        source = cause.source();
    }
    text
}

fn js_error(e: impl std::error::Error + 'static) -> JsError {
    JsError::new(&error_text(&e))
}

fn parse<T: FromStr>(what: &str, value: &str) -> Result<T, JsError> {
    value.parse().map_err(|_| JsError::new(&format!("{what} is not valid: {value:.80}")))
}

/// The EIP-712 typed data (JSON, as `eth_signTypedData_v4` takes it) that `account` signs to
/// derive its encryption key of key epoch `epoch`, for the `AccountRegistry` at `accounts` on
/// `chain_id` (docs/KEYS.md). The wallet shows its notice.
#[wasm_bindgen(js_name = encryptionKeyTypedData)]
pub fn encryption_key_typed_data(
    chain_id: u64,
    accounts: &str,
    account: &str,
    epoch: u32,
) -> Result<String, JsError> {
    let accounts: Address = parse("the AccountRegistry address", accounts)?;
    let account: Address = parse("the account", account)?;
    let typed = TypedData::from_struct(
        &encryption_key_derivation(account, epoch),
        Some(accounts_domain(chain_id, accounts)),
    );
    serde_json::to_string(&typed).map_err(js_error)
}

/// The public half (compressed SEC1, `0x` + 66 hex digits) of the encryption key of epoch `epoch`
/// derived from the wallet's `signature` of [`encryption_key_typed_data`]. The secret half is
/// dropped (and zeroized) here; a [`patient::PatientSession`] keeps its own.
#[wasm_bindgen(js_name = encryptionPublicKey)]
pub fn encryption_public_key(signature: &str, epoch: u32) -> Result<String, JsError> {
    let signature = Signature::from_str(signature).map_err(js_error)?;
    Ok(SecretKey::from_wallet_signature(&signature, epoch).public_key().to_string())
}

/// Where a record's envelope belongs: what its AAD binds (docs/ENVELOPE.md).
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct ContextJson {
    chain_id: u64,
    registry: Address,
    patient_id: B256,
    record_id: B256,
    version: u32,
}

/// Opens `envelope` with the data key in `wrapped_key`, unwrapped with the reader's raw secret
/// key `reader_secret` (32 bytes), for the context `context` (JSON: `chainId`, `registry`,
/// `patientId`, `recordId`, `version`); the plaintext. For the published test vectors: the page
/// opens records with the key it derived, inside [`patient::PatientSession`].
#[wasm_bindgen(js_name = openWithReaderSecret)]
pub fn open_with_reader_secret(
    reader_secret: &[u8],
    wrapped_key: &[u8],
    envelope: &[u8],
    context: &str,
) -> Result<String, JsError> {
    let secret: Zeroizing<[u8; 32]> = Zeroizing::new(
        reader_secret.try_into().map_err(|_| JsError::new("a secret key is 32 bytes"))?,
    );
    let reader = SecretKey::from_bytes(&secret).map_err(js_error)?;
    let c: ContextJson = serde_json::from_str(context).map_err(js_error)?;
    let context = AadContext {
        chain_id: c.chain_id,
        registry: c.registry,
        patient_id: PatientId(c.patient_id),
        record_id: RecordId(c.record_id),
        version: RecordVersion(c.version),
    };
    let key = ecies::unwrap(&WrappedKey::from_bytes(wrapped_key).map_err(js_error)?, &reader)
        .map_err(js_error)?;
    let plaintext = envelope::open(envelope, &key, &context).map_err(js_error)?;
    String::from_utf8(plaintext.as_bytes().to_vec()).map_err(js_error)
}

/// A record's leaf as JSON (the fields of `RecordRegistry`'s `Record`).
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct LeafJson {
    patient_id: B256,
    record_id: B256,
    version: u32,
    previous: B256,
    ciphertext_hash: B256,
    author: Address,
    category: u16,
}

/// Checks that `envelope` is the ciphertext the leaf `leaf` (JSON: `patientId`, `recordId`,
/// `version`, `previous`, `ciphertextHash`, `author`, `category`) commits to and that the leaf is
/// under `root` by `proof` (JSON array of 32-byte hex); the leaf hash. The on-chain half of
/// "verify against the chain" (the root is anchored) is [`patient::PatientSession`]'s.
#[wasm_bindgen(js_name = verifyRecord)]
pub fn verify_record(
    envelope: &[u8],
    leaf: &str,
    proof: &str,
    root: &str,
) -> Result<String, JsError> {
    let l: LeafJson = serde_json::from_str(leaf).map_err(js_error)?;
    let proof: Vec<B256> = serde_json::from_str(proof).map_err(js_error)?;
    let leaf = RecordLeaf {
        patient_id: PatientId(l.patient_id),
        record_id: RecordId(l.record_id),
        version: RecordVersion(l.version),
        previous: l.previous,
        ciphertext_hash: l.ciphertext_hash,
        author: l.author,
        category: Category(l.category),
    };
    let root: B256 = parse("the root", root)?;
    let hash =
        medvault_client::verify::verify_record(envelope, &leaf, &proof, root).map_err(js_error)?;
    Ok(hash.to_string())
}

/// A FHIR document (a resource or a Bundle, JSON) rendered as a clinician reads it
/// (`medvault_fhir::render`, the command line's rendering): JSON `{patient?, sections: [{title,
/// lines: [{text, detail?, date?}]}], also: {type: count}}`.
#[wasm_bindgen(js_name = renderFhir)]
pub fn render_fhir(document: &str) -> Result<String, JsError> {
    let value: serde_json::Value = serde_json::from_str(document).map_err(js_error)?;
    serde_json::to_string(&medvault_fhir::render::render(&value)).map_err(js_error)
}

/// The name of consent category `id` (`conditions`, `diagnostic-reports`…), or its number when it
/// has none.
#[wasm_bindgen(js_name = categoryName)]
pub fn category_name(id: u16) -> String {
    u8::try_from(id)
        .ok()
        .and_then(medvault_fhir::Category::from_id)
        .map_or_else(|| id.to_string(), |c| c.name().to_string())
}

/// The consent categories, JSON `[{id, name}]` in id order: what a grant or an upload picks by name.
#[wasm_bindgen(js_name = consentCategories)]
pub fn consent_categories() -> String {
    let all: Vec<serde_json::Value> = medvault_fhir::Category::ALL
        .iter()
        .map(|c| serde_json::json!({ "id": c.id(), "name": c.name() }))
        .collect();
    serde_json::Value::Array(all).to_string()
}

#[cfg(test)]
mod tests {
    //! The wrappers against docs/KEYS.md's and docs/ENVELOPE.md's vectors, natively (the Node
    //! test checks the same on the built WebAssembly).
    use super::*;
    use alloy::signers::{SignerSync, local::PrivateKeySigner};

    const ANVIL_1: &str = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    const REGISTRY: &str = "0x5FbDB2315678afecb367f032d93F642f64180aa3";

    #[test]
    fn key_derivation_matches_docs_keys_vectors() {
        let signer: PrivateKeySigner = ANVIL_1.parse().unwrap();
        let json =
            encryption_key_typed_data(31337, REGISTRY, &signer.address().to_string(), 1).unwrap();
        let typed: TypedData = serde_json::from_str(&json).unwrap();
        assert_eq!(
            typed.eip712_signing_hash().unwrap().to_string(),
            "0xf1aa4324723aa0a0fa7225ff63b151eef2f6d3592dafd61cfb92d17ed28131ed"
        );
        let signature = signer.sign_dynamic_typed_data_sync(&typed).unwrap();
        assert_eq!(
            encryption_public_key(&signature.to_string(), 1).unwrap(),
            "0x0280dc35a31c881a55a67688e5d75c673eb3cd95104838de1187b16c60cec3ed13"
        );
    }

    #[test]
    fn renders_a_condition_by_its_words() {
        let rendered = render_fhir(
            r#"{"resourceType":"Condition","code":{"text":"Asthma"},"onsetDateTime":"2020-01-02"}"#,
        )
        .unwrap();
        assert!(rendered.contains("\"Conditions\"") && rendered.contains("Asthma"), "{rendered}");
        assert_eq!(category_name(3), "conditions");
        assert_eq!(category_name(999), "999");
    }
}
