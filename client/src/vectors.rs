//! The test vectors published in `docs/ENVELOPE.md`, reproduced byte for byte, so that the
//! format cannot drift without the document and this test changing together.
//!
//! `cargo test -p medvault-relayer vectors::print -- --ignored --nocapture` prints them.

use alloy::primitives::{Address, B256, address, hex};
use hkdf::Hkdf;
use sha2::{Digest, Sha256};

use super::{
    ecies,
    envelope::{self, AadContext, DataKey},
    keys::SecretKey,
};
use medvault_primitives::types::{
    Category, PatientId, RecordId, RecordLeaf, RecordVersion, ciphertext_hash,
};

const DATA_KEY: [u8; 32] = hex!("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
const NONCE: [u8; 12] = hex!("a0a1a2a3a4a5a6a7a8a9aaab");
const PLAINTEXT: &[u8] = br#"{"resourceType":"Observation","status":"final"}"#;
const CHAIN_ID: u64 = 31337;
const REGISTRY: Address = address!("5FbDB2315678afecb367f032d93F642f64180aa3");
const AUTHOR: Address = address!("f39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
/// anvil's account 1: the reader, so anyone can check the unwrap too.
const READER_SECRET: [u8; 32] =
    hex!("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
const EPHEMERAL_SECRET: [u8; 32] = [0x42; 32];

fn context() -> AadContext {
    AadContext {
        chain_id: CHAIN_ID,
        registry: REGISTRY,
        patient_id: PatientId(B256::repeat_byte(0x11)),
        record_id: RecordId(B256::repeat_byte(0x22)),
        version: RecordVersion(1),
    }
}

struct Vectors {
    aad_context: Vec<u8>,
    key_commitment: Vec<u8>,
    context_digest: Vec<u8>,
    envelope: Vec<u8>,
    ciphertext_hash: B256,
    leaf: B256,
    reader_public: Vec<u8>,
    ephemeral_public: Vec<u8>,
    shared_x: Vec<u8>,
    okm: Vec<u8>,
    wrapped: Vec<u8>,
}

fn compute() -> Vectors {
    let ctx = context();
    let key = DataKey::from_bytes(&DATA_KEY);
    let env = envelope::seal_with(PLAINTEXT, &ctx, &key, NONCE).unwrap();
    let leaf = RecordLeaf {
        patient_id: ctx.patient_id,
        record_id: ctx.record_id,
        version: ctx.version,
        previous: B256::ZERO,
        ciphertext_hash: env.ciphertext_hash(),
        author: AUTHOR,
        category: Category(1),
    };
    let reader = SecretKey::from_bytes(&READER_SECRET).unwrap();
    let eph = k256::SecretKey::from_bytes(&EPHEMERAL_SECRET.into()).unwrap();
    let wrapped = ecies::wrap_with_ephemeral(&key, reader.public_key(), &eph);

    // Intermediates, recomputed here from the documented recipe rather than by the code under test.
    let eph_pub = medvault_primitives::types::PublicKey::from(eph.public_key());
    let shared = k256::ecdh::diffie_hellman(
        eph.to_nonzero_scalar(),
        reader.public_key().as_k256().as_affine(),
    );
    let mut info = eph_pub.as_bytes().to_vec();
    info.extend_from_slice(reader.public_key().as_bytes());
    let mut okm = [0u8; 44];
    Hkdf::<Sha256>::new(Some(b"medvault/ecies/v1"), shared.raw_secret_bytes())
        .expand(&info, &mut okm)
        .unwrap();

    Vectors {
        aad_context: ctx.to_bytes().to_vec(),
        key_commitment: Sha256::new()
            .chain_update(b"medvault/envelope/v1/key")
            .chain_update(DATA_KEY)
            .finalize()
            .to_vec(),
        context_digest: Sha256::new()
            .chain_update(b"medvault/envelope/v1/aad")
            .chain_update(ctx.to_bytes())
            .finalize()[..16]
            .to_vec(),
        envelope: env.as_bytes().to_vec(),
        ciphertext_hash: ciphertext_hash(env.as_bytes()),
        leaf: leaf.hash(),
        reader_public: reader.public_key().as_bytes().to_vec(),
        ephemeral_public: eph_pub.as_bytes().to_vec(),
        shared_x: shared.raw_secret_bytes().to_vec(),
        okm: okm.to_vec(),
        wrapped: wrapped.as_bytes().to_vec(),
    }
}

// The published values (docs/ENVELOPE.md), each also checked with an independent AES-GCM, HKDF
// and ECDH implementation (OpenSSL through Python's `cryptography`) and with `cast keccak`.
const AAD_CONTEXT: &str = "0000000000007a695fbdb2315678afecb367f032d93f642f64180aa3\
    1111111111111111111111111111111111111111111111111111111111111111\
    2222222222222222222222222222222222222222222222222222222222222222\
    00000001";
const KEY_COMMITMENT: &str = "25e86b28d38845841afa4a1756b9cc66f48e0008e4a71ea86edc517161f16aa2";
const CONTEXT_DIGEST: &str = "803b0ad566cdbb5a6b186ce81f00a768";
const ENVELOPE: &str = "4d564501\
    a0a1a2a3a4a5a6a7a8a9aaab\
    25e86b28d38845841afa4a1756b9cc66f48e0008e4a71ea86edc517161f16aa2\
    803b0ad566cdbb5a6b186ce81f00a768\
    9d3a0e4836a477cd0100d3aa771fe2e452e33b63f7c5340de86749e85d875772\
    a617338adc00691f39f56aa96558fe\
    1d8c04989e5d8085f03abe516050f726";
const CIPHERTEXT_HASH: &str = "0x5a150ae75029db099399d2c12848fa37cb0d5e5f7cb4105ee74c3f6908a5d162";
const LEAF: &str = "0xf266f4aeed8455cf0d903c3e234ad9ad6a45d85b9aaf1ddaeb224277278e6a04";
const READER_PUBLIC: &str = "02ba5734d8f7091719471e7f7ed6b9df170dc70cc661ca05e688601ad984f068b0";
const EPHEMERAL_PUBLIC: &str = "0324653eac434488002cc06bbfb7f10fe18991e35f9fe4302dbea6d2353dc0ab1c";
const SHARED_X: &str = "ae22ed811fd24a1fade488d8cbbbd6b6c615a2cb0b742d40bfe9ca8ed940b762";
const OKM: &str = "710b1d15dd128b537216e94fc724122f568a462b49d0115848aecb40757f6fcb\
    e631ec60734413b64d3d2da1";
const WRAPPED: &str = "4d564b01\
    02ba5734d8f7091719471e7f7ed6b9df170dc70cc661ca05e688601ad984f068b0\
    0324653eac434488002cc06bbfb7f10fe18991e35f9fe4302dbea6d2353dc0ab1c\
    7868879ec98d22e8f8b52c51d382ae3487af2baeb7cc4c1332e6e7d60477933c\
    1ff8d7bc6286427868b0bcb2b30afb04";

fn unhex(s: &str) -> Vec<u8> {
    hex::decode(s.split_whitespace().collect::<String>()).unwrap()
}

#[test]
fn vectors_reproduce_byte_for_byte() {
    let v = compute();
    assert_eq!(v.aad_context, unhex(AAD_CONTEXT));
    assert_eq!(v.key_commitment, unhex(KEY_COMMITMENT));
    assert_eq!(v.context_digest, unhex(CONTEXT_DIGEST));
    assert_eq!(hex::encode(&v.envelope), hex::encode(unhex(ENVELOPE)));
    assert_eq!(v.ciphertext_hash.to_string(), CIPHERTEXT_HASH);
    assert_eq!(v.leaf.to_string(), LEAF);
    assert_eq!(v.reader_public, unhex(READER_PUBLIC));
    assert_eq!(v.ephemeral_public, unhex(EPHEMERAL_PUBLIC));
    assert_eq!(v.shared_x, unhex(SHARED_X));
    assert_eq!(v.okm, unhex(OKM));
    assert_eq!(hex::encode(&v.wrapped), hex::encode(unhex(WRAPPED)));
}

#[test]
fn published_vectors_open() {
    // The other direction: the published bytes parse, unwrap and open to the published record.
    let reader = SecretKey::from_bytes(&READER_SECRET).unwrap();
    let wrapped = ecies::WrappedKey::from_bytes(&unhex(WRAPPED)).unwrap();
    let key = ecies::unwrap(&wrapped, &reader).unwrap();
    assert_eq!(key.expose(), &DATA_KEY);
    let plain = envelope::open(&unhex(ENVELOPE), &key, &context()).unwrap();
    assert_eq!(plain.as_bytes(), PLAINTEXT);
}

#[test]
#[ignore = "prints the vectors for docs/ENVELOPE.md"]
fn print() {
    let v = compute();
    println!("aad context      {}", hex::encode(&v.aad_context));
    println!("key commitment   {}", hex::encode(&v.key_commitment));
    println!("context digest   {}", hex::encode(&v.context_digest));
    println!("envelope         {}", hex::encode(&v.envelope));
    println!("ciphertext hash  {}", v.ciphertext_hash);
    println!("leaf             {}", v.leaf);
    println!("reader public    {}", hex::encode(&v.reader_public));
    println!("ephemeral public {}", hex::encode(&v.ephemeral_public));
    println!("shared x         {}", hex::encode(&v.shared_x));
    println!("okm              {}", hex::encode(&v.okm));
    println!("wrapped          {}", hex::encode(&v.wrapped));
}
