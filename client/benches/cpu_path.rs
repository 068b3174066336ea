//! The client's CPU path per record, next to the raw AEAD + hash ceiling, in one run.
//!
//! `cargo bench -p medvault-client --bench cpu_path`
//!
//! For a batch of 1,024 records of 4 KiB and of 64 KiB:
//! - `ceiling`: ring AES-256-GCM over each record under one prepared key, then keccak256 over the
//!   sealed bytes: the least any envelope format has to do.
//! - `path`: what medvault does per record: `envelope::seal` (fresh data key and nonce, key
//!   commitment, context digest, AES-256-GCM), keccak256 of the envelope, the leaf hash, and the
//!   Merkle tree over the batch with every proof, amortized over the batch.
//! - `path+2wraps`: the same plus wrapping each data key for the patient and the author (two ECIES
//!   wraps, each an ephemeral key generation and an ECDH).
//!
//! Criterion reports each as records per second; a summary at the end prints the ratios. The
//! Merkle tree is also timed alone (`merkle/build/1024`, `merkle/all_proofs/1024`).

use std::{
    hint::black_box,
    time::{Duration, Instant},
};

use alloy::primitives::{Address, B256, keccak256};
use criterion::{BenchmarkId, Criterion, Throughput};
use medvault_client::{
    ecies,
    envelope::{self, AadContext},
    keys::SecretKey,
};
use medvault_primitives::{
    merkle::MerkleTree,
    types::{Category, PatientId, RecordId, RecordLeaf, RecordVersion, ciphertext_hash},
};
use rand::{RngCore, SeedableRng, rngs::StdRng};
use ring::aead::{AES_256_GCM, Aad, LessSafeKey, Nonce, UnboundKey};

const BATCH: usize = 1024;
const SIZES: [(usize, &str); 2] = [(4 * 1024, "4KiB"), (64 * 1024, "64KiB")];

struct Fixture {
    records: Vec<Vec<u8>>,
    contexts: Vec<AadContext>,
    patient: SecretKey,
    author: SecretKey,
}

fn fixture(size: usize) -> Fixture {
    let mut rng = StdRng::seed_from_u64(1);
    let records = (0..BATCH)
        .map(|_| {
            let mut r = vec![0u8; size];
            rng.fill_bytes(&mut r);
            r
        })
        .collect();
    let contexts = (0..BATCH)
        .map(|i| AadContext {
            chain_id: 31337,
            registry: Address::repeat_byte(0xaa),
            patient_id: PatientId(B256::repeat_byte(0x11)),
            record_id: RecordId(keccak256((i as u64).to_be_bytes())),
            version: RecordVersion(1),
        })
        .collect();
    Fixture {
        records,
        contexts,
        patient: SecretKey::random(&mut rng),
        author: SecretKey::random(&mut rng),
    }
}

/// Raw AES-256-GCM + keccak256 over every record: the ceiling.
fn ceiling(f: &Fixture, key: &LessSafeKey, buf: &mut Vec<u8>) -> B256 {
    let mut acc = B256::ZERO;
    for (i, record) in f.records.iter().enumerate() {
        buf.clear();
        buf.extend_from_slice(record);
        let mut nonce = [0u8; 12];
        nonce[..8].copy_from_slice(&(i as u64).to_be_bytes());
        let tag = key
            .seal_in_place_separate_tag(Nonce::assume_unique_for_key(nonce), Aad::empty(), buf)
            .unwrap();
        buf.extend_from_slice(tag.as_ref());
        acc ^= keccak256(&buf[..]);
    }
    acc
}

/// medvault's path: seal, hash, leaf, Merkle tree and proofs; optionally two key wraps.
fn path(f: &Fixture, rng: &mut StdRng, wraps: bool) -> (B256, usize) {
    let mut leaves = Vec::with_capacity(BATCH);
    let mut wrapped = 0;
    for (record, ctx) in f.records.iter().zip(&f.contexts) {
        let (env, key) = envelope::seal(record, ctx, rng).unwrap();
        if wraps {
            black_box(ecies::wrap_with_rng(&key, f.patient.public_key(), rng));
            black_box(ecies::wrap_with_rng(&key, f.author.public_key(), rng));
            wrapped += 2;
        }
        let leaf = RecordLeaf {
            patient_id: ctx.patient_id,
            record_id: ctx.record_id,
            version: ctx.version,
            ciphertext_hash: ciphertext_hash(env.as_bytes()),
            author: f.author.address(),
            category: Category(1),
        };
        leaves.push(leaf.hash());
        black_box(env);
    }
    let tree = MerkleTree::new(leaves).unwrap();
    black_box(tree.proofs());
    (tree.root(), wrapped)
}

fn aead_key() -> LessSafeKey {
    LessSafeKey::new(UnboundKey::new(&AES_256_GCM, &[7u8; 32]).unwrap())
}

fn bench(c: &mut Criterion) {
    let key = aead_key();
    let mut rng = StdRng::seed_from_u64(2);
    for (size, label) in SIZES {
        let f = fixture(size);
        let mut group = c.benchmark_group(format!("cpu_path/{label}"));
        group.throughput(Throughput::Elements(BATCH as u64));
        group.sample_size(10);
        group.warm_up_time(Duration::from_secs(1));
        group.measurement_time(Duration::from_secs(if size > 4096 { 8 } else { 4 }));
        let mut buf = Vec::with_capacity(size + 16);
        group.bench_function(BenchmarkId::new("ceiling", BATCH), |b| {
            b.iter(|| ceiling(&f, &key, &mut buf))
        });
        group.bench_function(BenchmarkId::new("path", BATCH), |b| {
            b.iter(|| path(&f, &mut rng, false))
        });
        group.bench_function(BenchmarkId::new("path+2wraps", BATCH), |b| {
            b.iter(|| path(&f, &mut rng, true))
        });
        group.finish();
    }
}

/// The Merkle tree alone: build over 1,024 leaves, and all 1,024 proofs.
fn merkle(c: &mut Criterion) {
    let leaves: Vec<B256> = (0..BATCH as u64).map(|i| keccak256(i.to_be_bytes())).collect();
    let mut group = c.benchmark_group("merkle");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(2));
    group.bench_function(BenchmarkId::new("build", BATCH), |b| {
        b.iter(|| MerkleTree::new(black_box(leaves.clone())).unwrap())
    });
    let tree = MerkleTree::new(leaves.clone()).unwrap();
    group.bench_function(BenchmarkId::new("all_proofs", BATCH), |b| b.iter(|| tree.proofs()));
    group.finish();
}

/// Seconds for one call of `run`.
fn time(run: &mut impl FnMut()) -> f64 {
    let start = Instant::now();
    run();
    start.elapsed().as_secs_f64()
}

/// Records per second of the ceiling, the path, and the path with wraps, best of `ROUNDS` batches
/// each. The three are timed in turn within every round, so that load from other processes on a
/// shared machine falls on all three alike rather than skewing the ratio.
fn summary() {
    const ROUNDS: usize = 7;
    let key = aead_key();
    let mut rng = StdRng::seed_from_u64(3);
    println!("\nsummary (records/s, best of {ROUNDS} interleaved batches of {BATCH})");
    println!(
        "{:<7} {:>12} {:>12} {:>8} {:>13} {:>8}",
        "size", "ceiling", "path", "ratio", "path+2wraps", "ratio"
    );
    for (size, label) in SIZES {
        let f = fixture(size);
        let mut buf = Vec::with_capacity(size + 16);
        let mut ceil = || {
            black_box(ceiling(&f, &key, &mut buf));
        };
        let mut plain = || {
            black_box(path(&f, &mut StdRng::seed_from_u64(4), false));
        };
        let mut wrapped = || {
            black_box(path(&f, &mut rng, true));
        };
        // One untimed round to warm caches and the allocator.
        let mut best = [time(&mut ceil), time(&mut plain), time(&mut wrapped)];
        for _ in 0..ROUNDS {
            best[0] = best[0].min(time(&mut ceil));
            best[1] = best[1].min(time(&mut plain));
            best[2] = best[2].min(time(&mut wrapped));
        }
        let [ceil, plain, wrapped] = best.map(|secs| BATCH as f64 / secs);
        println!(
            "{label:<7} {ceil:>12.0} {plain:>12.0} {:>7.2}x {wrapped:>13.0} {:>7.2}x",
            plain / ceil,
            wrapped / ceil
        );
    }
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    merkle(&mut c);
    bench(&mut c);
    c.final_summary();
    // `cargo test --benches` runs this binary in test mode; the summary is for real runs only.
    if std::env::args().any(|a| a == "--bench") {
        summary();
    }
}
