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
//! - `path+3wraps`: the same plus wrapping each data key for the key committee, the patient and the
//!   author one wrap at a time (three ECIES wraps, each an ephemeral key and an ECDH).
//! - `path+3wraps batched`: the same wraps as the upload makes them (`ecies::Wrapper`): one
//!   ephemeral key per record shared by its three recipients, each recipient's key agreement
//!   through a fixed-base table built for the batch (its cost included).
//! - in the summary, the batched path also on two threads (a device's cores; the records of a
//!   batch are independent).
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
    committee: SecretKey,
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
        committee: SecretKey::random(&mut rng),
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

/// How a path wraps each record's data key.
#[derive(Clone, Copy)]
enum Wraps {
    None,
    Each,
    Batched,
}

/// Seals records `from..to`, wraps their keys, and returns their leaves.
fn seal_range(f: &Fixture, from: usize, to: usize, rng: &mut StdRng, wraps: Wraps) -> Vec<B256> {
    let wrapper = matches!(wraps, Wraps::Batched).then(|| {
        ecies::Wrapper::new(&[
            f.committee.public_key(),
            f.patient.public_key(),
            f.author.public_key(),
        ])
    });
    let mut leaves = Vec::with_capacity(to - from);
    for (record, ctx) in f.records[from..to].iter().zip(&f.contexts[from..to]) {
        let (env, key) = envelope::seal(record, ctx, rng).unwrap();
        match (&wraps, &wrapper) {
            (Wraps::Each, _) => {
                for r in [&f.committee, &f.patient, &f.author] {
                    black_box(ecies::wrap_with_rng(&key, r.public_key(), rng));
                }
            }
            (Wraps::Batched, Some(w)) => {
                black_box(w.wrap(&key, rng));
            }
            _ => {}
        }
        let leaf = RecordLeaf {
            patient_id: ctx.patient_id,
            record_id: ctx.record_id,
            version: ctx.version,
            previous: B256::ZERO,
            ciphertext_hash: ciphertext_hash(env.as_bytes()),
            author: f.author.address(),
            category: Category(1),
        };
        leaves.push(leaf.hash());
        black_box(env);
    }
    leaves
}

/// medvault's path: seal, hash, leaf, Merkle tree and proofs, with the given wraps.
fn path(f: &Fixture, rng: &mut StdRng, wraps: Wraps) -> B256 {
    let tree = MerkleTree::new(seal_range(f, 0, BATCH, rng, wraps)).unwrap();
    black_box(tree.proofs());
    tree.root()
}

/// [`path`] with batched wraps, the records split over two threads.
fn path_two_threads(f: &Fixture) -> B256 {
    let halves = std::thread::scope(|s| {
        let a =
            s.spawn(|| seal_range(f, 0, BATCH / 2, &mut StdRng::from_entropy(), Wraps::Batched));
        let b = s
            .spawn(|| seal_range(f, BATCH / 2, BATCH, &mut StdRng::from_entropy(), Wraps::Batched));
        [a.join().unwrap(), b.join().unwrap()]
    });
    let tree = MerkleTree::new(halves.concat()).unwrap();
    black_box(tree.proofs());
    tree.root()
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
            b.iter(|| path(&f, &mut rng, Wraps::None))
        });
        group.bench_function(BenchmarkId::new("path+3wraps", BATCH), |b| {
            b.iter(|| path(&f, &mut rng, Wraps::Each))
        });
        group.bench_function(BenchmarkId::new("path+3wraps_batched", BATCH), |b| {
            b.iter(|| path(&f, &mut rng, Wraps::Batched))
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
        "{:<7} {:>10} {:>10} {:>7} {:>12} {:>20} {:>22}",
        "size", "ceiling", "path", "ratio", "path+3wraps", "3wraps batched", "batched, 2 threads"
    );
    for (size, label) in SIZES {
        let f = fixture(size);
        let mut buf = Vec::with_capacity(size + 16);
        let mut runs: [Box<dyn FnMut() + '_>; 5] = [
            Box::new(|| {
                black_box(ceiling(&f, &key, &mut buf));
            }),
            Box::new(|| {
                black_box(path(&f, &mut StdRng::seed_from_u64(4), Wraps::None));
            }),
            Box::new(|| {
                black_box(path(&f, &mut StdRng::seed_from_u64(5), Wraps::Each));
            }),
            Box::new(|| {
                black_box(path(&f, &mut rng, Wraps::Batched));
            }),
            Box::new(|| {
                black_box(path_two_threads(&f));
            }),
        ];
        // One untimed round to warm caches and the allocator.
        let mut best = [f64::MAX; 5];
        for round in 0..=ROUNDS {
            for (i, run) in runs.iter_mut().enumerate() {
                let secs = time(run);
                if round > 0 {
                    best[i] = best[i].min(secs);
                }
            }
        }
        let [ceil, plain, each, batched, two] = best.map(|secs| BATCH as f64 / secs);
        println!(
            "{label:<7} {ceil:>10.0} {plain:>10.0} {:>6.2}x {each:>12.0} {batched:>11.0} ({:>4.1}x) {two:>13.0} ({:>4.1}x)",
            plain / ceil,
            batched / each,
            two / each
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
