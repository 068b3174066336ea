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

/// docs/ENVELOPE.md, whose published values the tests below read: the document is the source, so
/// it cannot drift from the code. Each value was also checked with an independent AES-GCM, HKDF
/// and ECDH implementation (OpenSSL through Python's `cryptography`) and with `cast keccak`.
const DOC: &str = include_str!("../../docs/ENVELOPE.md");

/// The test-vector part of the document (from its "Test vectors" heading on).
fn vectors_doc() -> &'static str {
    &DOC[DOC.find("## Test vectors").expect("docs/ENVELOPE.md has its test vectors")..]
}

fn is_hex(token: &str) -> bool {
    token.len() >= 2 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The hex value labelled `label` in a text block: the hex tokens after the label on its line,
/// and those opening the indented lines that follow it.
fn labelled(label: &str) -> Vec<u8> {
    let doc = vectors_doc();
    let mut lines = doc.lines().skip_while(|l| !l.starts_with(label));
    let first = lines.next().unwrap_or_else(|| panic!("docs/ENVELOPE.md has no {label:?}"));
    let mut hex_text: String = first[label.len()..]
        .split_whitespace()
        .take_while(|t| is_hex(t.trim_start_matches("0x")))
        .map(|t| t.trim_start_matches("0x"))
        .collect();
    for line in lines.take_while(|l| l.starts_with(' ') && !l.trim().is_empty()) {
        hex_text.extend(line.split_whitespace().take_while(|t| is_hex(t)));
    }
    hex::decode(hex_text).unwrap_or_else(|e| panic!("{label}: {e}"))
}

/// The bytes of the text block after the paragraph starting `intro`: the first token of each line.
fn block(intro: &str) -> Vec<u8> {
    let doc = vectors_doc();
    let at = doc.find(intro).unwrap_or_else(|| panic!("docs/ENVELOPE.md has no {intro:?}"));
    let after = &doc[at..];
    let body = &after[after.find("```text\n").expect("a text block") + 8..];
    let body = &body[..body.find("```").expect("a closed block")];
    hex::decode(body.lines().filter_map(|l| l.split_whitespace().next()).collect::<String>())
        .unwrap_or_else(|e| panic!("{intro}: {e}"))
}

#[test]
fn vectors_reproduce_byte_for_byte() {
    let v = compute();
    assert_eq!(hex::encode(&v.aad_context), hex::encode(labelled("context (96)")));
    assert_eq!(v.key_commitment, labelled("key commitment"));
    assert_eq!(v.context_digest, labelled("context digest"));
    assert_eq!(hex::encode(&v.envelope), hex::encode(block("The envelope (")));
    assert_eq!(v.ciphertext_hash.to_vec(), labelled("ciphertextHash"));
    assert_eq!(v.leaf.to_vec(), labelled("leaf"));
    assert_eq!(v.reader_public, labelled("recipient public"));
    assert_eq!(v.ephemeral_public, labelled("ephemeral public"));
    assert_eq!(v.shared_x, labelled("shared x"));
    assert_eq!(v.okm, labelled("HKDF output"));
    assert_eq!(hex::encode(&v.wrapped), hex::encode(block("The wrapped key (")));
}

#[test]
fn published_vectors_open() {
    // The other direction: the published bytes parse, unwrap and open to the published record.
    let reader = SecretKey::from_bytes(&READER_SECRET).unwrap();
    let wrapped = ecies::WrappedKey::from_bytes(&block("The wrapped key (")).unwrap();
    let key = ecies::unwrap(&wrapped, &reader).unwrap();
    assert_eq!(key.expose(), &DATA_KEY);
    let plain = envelope::open(&block("The envelope ("), &key, &context()).unwrap();
    assert_eq!(plain.as_bytes(), PLAINTEXT);
}

/// One row of the negative vectors: what it changes and the error it must be refused with.
struct Negative {
    object: String,
    change: Vec<String>,
    error: String,
}

fn negatives() -> Vec<Negative> {
    let doc = vectors_doc();
    let table = &doc[doc.find("### Negative vectors").expect("negative vectors")..];
    table
        .lines()
        .skip_while(|l| !l.starts_with("| ---"))
        .skip(1)
        .take_while(|l| l.starts_with('|'))
        .map(|row| {
            let cells: Vec<String> =
                row.split('|').map(|c| c.trim().trim_matches('`').to_string()).collect();
            Negative {
                object: cells[1].clone(),
                change: cells[2].split_whitespace().map(str::to_string).collect(),
                error: cells[3].clone(),
            }
        })
        .collect()
}

/// `xor I B` / `cut N` on `bytes`; false if the change is not one of those.
fn change_bytes(bytes: &mut Vec<u8>, change: &[String]) -> bool {
    match change {
        [op, i, b] if op == "xor" => {
            bytes[i.parse::<usize>().unwrap()] ^= u8::from_str_radix(b, 16).unwrap();
            true
        }
        [op, n] if op == "cut" => {
            bytes.truncate(n.parse().unwrap());
            true
        }
        _ => false,
    }
}

#[test]
fn negative_vectors_are_refused_with_their_error() {
    let rows = negatives();
    assert!(rows.len() >= 20, "the table is read: {} rows", rows.len());
    for row in rows {
        let name = format!("{} `{}`", row.object, row.change.join(" "));
        let error = match row.object.as_str() {
            "envelope" => {
                let mut bytes = block("The envelope (");
                let mut key = DATA_KEY;
                let mut ctx = context();
                if !change_bytes(&mut bytes, &row.change) {
                    match row.change.iter().map(String::as_str).collect::<Vec<_>>()[..] {
                        ["key", "xor", i, b] => {
                            key[i.parse::<usize>().unwrap()] ^= u8::from_str_radix(b, 16).unwrap()
                        }
                        ["context", "version", v] => {
                            ctx.version = RecordVersion(v.parse().unwrap())
                        }
                        ["context", "chain", c] => ctx.chain_id = c.parse().unwrap(),
                        _ => panic!("{name}: unknown change"),
                    }
                }
                envelope::open(&bytes, &DataKey::from_bytes(&key), &ctx).unwrap_err()
            }
            "wrapped key" => {
                let mut bytes = block("The wrapped key (");
                let mut secret = SecretKey::from_bytes(&READER_SECRET).unwrap();
                if !change_bytes(&mut bytes, &row.change) {
                    match row.change.iter().map(String::as_str).collect::<Vec<_>>()[..] {
                        ["reader", k] => {
                            secret =
                                SecretKey::from_bytes(&hex::decode(k).unwrap().try_into().unwrap())
                                    .unwrap()
                        }
                        _ => panic!("{name}: unknown change"),
                    }
                }
                match ecies::WrappedKey::from_bytes(&bytes) {
                    Err(e) => e,
                    Ok(wrapped) => ecies::unwrap(&wrapped, &secret)
                        .map(|_| ())
                        .expect_err(&format!("{name} unwrapped")),
                }
            }
            other => panic!("unknown object {other:?}"),
        };
        let got = format!("{error:?}");
        assert!(
            got == row.error
                || got.starts_with(&format!("{}(", row.error))
                || got.starts_with(&format!("{} {{", row.error)),
            "{name}: refused with {got}, the document says {}",
            row.error
        );
    }
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

/// No change to the published envelope or wrapped key goes unnoticed: each of their bits,
/// flipped, is refused (the envelope by its structure, context, key commitment or tag; the
/// wrapped key by its structure, recipient or tag). Exhaustive: 127 × 8 and 118 × 8 flips.
#[test]
fn every_bit_flip_is_refused() {
    let (envelope, wrapped) = (block("The envelope ("), block("The wrapped key ("));
    let key = DataKey::from_bytes(&DATA_KEY);
    let reader = SecretKey::from_bytes(&READER_SECRET).unwrap();
    for i in 0..envelope.len() * 8 {
        let mut bytes = envelope.clone();
        bytes[i / 8] ^= 1 << (i % 8);
        assert!(
            envelope::open(&bytes, &key, &context()).is_err(),
            "envelope bit {i} flipped opened"
        );
    }
    for i in 0..wrapped.len() * 8 {
        let mut bytes = wrapped.clone();
        bytes[i / 8] ^= 1 << (i % 8);
        let opened = ecies::WrappedKey::from_bytes(&bytes)
            .and_then(|w| ecies::unwrap(&w, &reader).map(|k| k.expose().to_vec()));
        assert!(opened.is_err(), "wrapped key bit {i} flipped unwrapped");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(
        std::env::var("MEDVAULT_FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(512)
    ))]

    /// Any bytes given as an envelope or a wrapped key are refused with an error, never a panic
    /// (the relayer and key nodes parse what anyone sends). `MEDVAULT_FUZZ_CASES=1000000` for a
    /// long run.
    #[test]
    fn arbitrary_bytes_are_refused_not_a_panic(
        bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400),
        cut in 0usize..400,
    ) {
        let key = DataKey::from_bytes(&DATA_KEY);
        let reader = SecretKey::from_bytes(&READER_SECRET).unwrap();
        proptest::prop_assert!(envelope::open(&bytes, &key, &context()).is_err());
        if let Ok(w) = ecies::WrappedKey::from_bytes(&bytes) {
            proptest::prop_assert!(ecies::unwrap(&w, &reader).is_err());
        }
        // A prefix of the real envelope, with arbitrary bytes after it.
        let mut spliced = block("The envelope (");
        spliced.truncate(cut.min(spliced.len()));
        spliced.extend_from_slice(&bytes);
        let opened = envelope::open(&spliced, &key, &context());
        proptest::prop_assert!(opened.is_err() || spliced == block("The envelope ("));
    }
}
