//! Writing Web3 Secret Storage v3 keystores (the Ethereum wallets' JSON format:
//! <https://ethereum.org/developers/docs/data-structures-and-encoding/web3-secret-storage/>) at a
//! chosen scrypt cost. The construction is the published one, composed from RustCrypto's
//! primitives: `derived = scrypt(password, salt, n, r = 8, p = 1, dklen = 32)`; `ciphertext =
//! AES-128-CTR(key = derived[0..16], iv)(private key)`; `mac = keccak256(derived[16..32] ‖
//! ciphertext)`. Pinned by a vector computed with an independent implementation (below). Reading
//! is alloy's
//! (`PrivateKeySigner::decrypt_keystore`), which takes the cost from the file.
//!
//! Why not alloy's writer: it fixes scrypt at N = 2^13 (eth-keystore's default), 32 times below
//! what geth and the definition use (2^18), so an offline guess at a stolen keystore's password
//! costs 32 times less.

use aes::cipher::{KeyIvInit, StreamCipher};
use alloy::primitives::keccak256;
use rand::{CryptoRng, RngCore};
use serde_json::json;
use zeroize::Zeroizing;

type Aes128Ctr = ctr::Ctr128BE<aes::Aes128>;

/// The scrypt cost of a new keystore.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kdf {
    /// N = 2^18, as geth and the definition: about a second and 256 MiB to try one password.
    Standard,
    /// N = 2^12, geth's `--lightkdf`: for throwaway accounts on a local chain only.
    Light,
}

impl Kdf {
    const fn log_n(self) -> u8 {
        match self {
            Self::Standard => 18,
            Self::Light => 12,
        }
    }
}

/// The keystore JSON for `key` under `password`, with fresh salt, iv and id from `rng`.
pub(crate) fn encrypt(
    key: &[u8; 32],
    password: &[u8],
    kdf: Kdf,
    rng: &mut (impl RngCore + CryptoRng),
) -> eyre::Result<String> {
    let (mut salt, mut iv, mut id) = ([0u8; 32], [0u8; 16], [0u8; 16]);
    rng.fill_bytes(&mut salt);
    rng.fill_bytes(&mut iv);
    rng.fill_bytes(&mut id);
    encrypt_with(key, password, Cost { log_n: kdf.log_n(), r: 8, p: 1 }, &salt, &iv, id)
}

/// scrypt's parameters: N = 2^log_n, r, p.
struct Cost {
    log_n: u8,
    r: u32,
    p: u32,
}

fn encrypt_with(
    key: &[u8; 32],
    password: &[u8],
    Cost { log_n, r, p }: Cost,
    salt: &[u8; 32],
    iv: &[u8; 16],
    mut id: [u8; 16],
) -> eyre::Result<String> {
    let params =
        scrypt::Params::new(log_n, r, p).map_err(|e| eyre::eyre!("scrypt parameters: {e}"))?;
    let mut derived = Zeroizing::new([0u8; 32]);
    scrypt::scrypt(password, salt, &params, derived.as_mut())
        .map_err(|e| eyre::eyre!("scrypt: {e}"))?;
    let mut ciphertext = key.to_vec();
    Aes128Ctr::new(derived[..16].into(), iv.into()).apply_keystream(&mut ciphertext);
    let mac = keccak256([&derived[16..32], ciphertext.as_slice()].concat());
    // A random (version 4) UUID names the keystore, as the definition asks.
    id[6] = (id[6] & 0x0f) | 0x40;
    id[8] = (id[8] & 0x3f) | 0x80;
    let id = hex::encode(id);
    let id = format!("{}-{}-{}-{}-{}", &id[..8], &id[8..12], &id[12..16], &id[16..20], &id[20..]);
    Ok(json!({
        "version": 3,
        "id": id,
        "crypto": {
            "cipher": "aes-128-ctr",
            "cipherparams": { "iv": hex::encode(iv) },
            "ciphertext": hex::encode(&ciphertext),
            "kdf": "scrypt",
            "kdfparams": { "dklen": 32, "n": 1u32 << log_n, "r": r, "p": p, "salt": hex::encode(salt) },
            "mac": hex::encode(mac),
        },
    })
    .to_string())
}

#[cfg(test)]
mod tests {
    use alloy::{primitives::hex, signers::local::PrivateKeySigner};

    use super::*;

    /// The Web3 Secret Storage definition's key, password, salt and iv at this writer's cost
    /// (N = 2^18, r = 8, p = 1; the definition's own scrypt vector uses r = 1, p = 8 with
    /// N = 2^18, which RFC 7914 forbids and RustCrypto refuses). The ciphertext and MAC were
    /// computed independently (Python: `hashlib.scrypt`, pycryptodome's AES-CTR and keccak), and
    /// alloy's reader opens what this writes to the key.
    #[test]
    fn the_definitions_inputs_at_standard_cost() {
        let key = hex!("7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d");
        let salt = hex!("ab0c7876052600dd703518d6fc3fe8984592145b591fc8fb5c6d43190334ba19");
        let iv = hex!("83dbcc02d8ccb40e466191a123791e0e");
        let cost = Cost { log_n: Kdf::Standard.log_n(), r: 8, p: 1 };
        let json = encrypt_with(&key, b"testpassword", cost, &salt, &iv, [0; 16]).unwrap();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(
            v["crypto"]["ciphertext"],
            "b160ff7e6d855b53a3f8d65e4b2850584cfaa01751807f19d07c298de16f802d"
        );
        assert_eq!(
            v["crypto"]["mac"],
            "daeeba49ffae86381ae33f74c05dc0038888a7806267a04a1ae2183a7f2b7b17"
        );
        assert_eq!(v["crypto"]["kdfparams"]["n"], 262_144);
        assert_eq!(v["id"], "00000000-0000-4000-8000-000000000000");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.json");
        std::fs::write(&path, &json).unwrap();
        let signer = PrivateKeySigner::decrypt_keystore(&path, "testpassword").unwrap();
        assert_eq!(signer.to_bytes().0, key);
    }

    /// A light keystore opens too, and a wrong password does not open it.
    #[test]
    fn light_keystores_open_with_their_password_only() {
        let key = [7u8; 32];
        let json = encrypt(&key, b"pw", Kdf::Light, &mut rand::rngs::OsRng).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.json");
        std::fs::write(&path, &json).unwrap();
        assert_eq!(PrivateKeySigner::decrypt_keystore(&path, "pw").unwrap().to_bytes().0, key);
        assert!(PrivateKeySigner::decrypt_keystore(&path, "not it").is_err());
    }
}
