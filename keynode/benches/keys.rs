//! Key releases through the committee, end to end: three `medvault-keynode` processes (release
//! build) on a real anvil chain, each checking the chain, logging durably and answering with a
//! sealed share; the reader's SDK signs, asks all three, checks two proofs and combines.
//!
//! Prints, side by side in one run:
//! - one release at a time (p50/p99 latency), through the committee and, as the reference, the
//!   relayer's release of a reader's own wrapped key (the path before the committee);
//! - releases per second with 32 readers' requests in flight;
//! - the client's own cost: open two sealed shares, check two proofs, combine, unwrap.
//!
//! `scripts/bench keys`; `MEDVAULT_BENCH_RELEASES` sets the count (default 400).

use std::{
    process::{Command, Stdio},
    sync::Arc,
    time::{Duration, Instant},
};

use alloy::primitives::B256;
use medvault_client::{
    committee::{decryption_share, open_share, seal_share},
    keynodes::{self, KeyQuestion},
    workflows::{
        Document,
        consent::{self, ConsentTarget},
        records,
        upload::{self, UploadTarget},
    },
};
use medvault_devnet::{InProcessRelayer, KeyNodes, Stack, free_listen_addr};
use medvault_primitives::{enums::Access, wrapped_key::WrappedKey};

const RECORD: &str = include_str!("../../fhir/tests/fixtures/synthea_diabetic.json");
const PATIENT: usize = 1;
const AUTHOR: usize = 2;
const READER: usize = 3;
/// Records released in turn (each node reads each one's anchor from the chain once).
const RECORDS: usize = 64;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn summary(name: &str, mut lat: Vec<Duration>) {
    lat.sort();
    println!(
        "{name:<44} n={:<5} p50 {:>7.2} ms  p99 {:>7.2} ms",
        lat.len(),
        percentile(&lat, 0.5).as_secs_f64() * 1e3,
        percentile(&lat, 0.99).as_secs_f64() * 1e3
    );
}

fn main() -> eyre::Result<()> {
    tokio::runtime::Builder::new_multi_thread().enable_all().build()?.block_on(run())
}

async fn run() -> eyre::Result<()> {
    let n: usize =
        std::env::var("MEDVAULT_BENCH_RELEASES").ok().and_then(|v| v.parse().ok()).unwrap_or(400);
    let mut stack = Stack::start()?;
    let dir = tempfile::tempdir()?;
    let nodes = KeyNodes::start(
        &mut stack,
        || {
            let mut c = Command::new(env!("CARGO_BIN_EXE_medvault-keynode"));
            c.env("RUST_LOG", "warn").stdout(Stdio::null());
            c
        },
        3,
        2,
        dir.path(),
    )
    .await?;
    let listen = free_listen_addr();
    let url = format!("http://{listen}");
    let file = stack.write_deployment(&dir.path().join("deployment.json"), Some(&url))?;
    let config = stack.serve_config(dir.path(), &file, listen, &["--batch.window-ms=100"])?;
    let _relayer = InProcessRelayer::start(config).await?;
    stack.register_patient(PATIENT).await?;
    stack.certify_provider(AUTHOR).await?;
    stack.certify_provider(READER).await?;
    let session = stack.session(READER, &url)?;
    let (patient, author, reader) =
        (stack.signer(PATIENT), stack.signer(AUTHOR), stack.signer(READER));
    let grant = consent::sign_grant(
        &stack.session(PATIENT, &url)?,
        &patient,
        reader.address(),
        ConsentTarget::Category(3),
        Access::Read,
        30,
    )
    .await?;
    consent::relay(&stack.session(PATIENT, &url)?, &grant).await?;
    stack.grant_write(PATIENT, author.address(), 3).await?;
    let documents: Vec<Document> =
        (0..RECORDS).map(|i| Document { name: format!("{i}.json"), json: RECORD.into() }).collect();
    let up = upload::upload(
        &stack.session(AUTHOR, &url)?,
        &author,
        &stack.encryption_key(AUTHOR).await?,
        &UploadTarget { patient: patient.address(), category: 3, ..UploadTarget::default() },
        &documents,
        &mut |_| {},
    )
    .await?;
    let mut questions = Vec::new();
    let secret = Arc::new(stack.encryption_key(READER).await?);
    let consents = consent::received_grants(&session, reader.address(), &*secret).await?;
    for u in &up {
        let record = records::verify_shown(&session, &reader, u.id, &consents, None).await?;
        let released = session
            .relayer
            .release_key(&reader, record.leaf.record_id.0, record.leaf.version.0, &consents)
            .await?;
        questions.push(KeyQuestion {
            patient: released.patient,
            record: record.facts(),
            committee_wrap: released.committee_wrap.clone(),
            consents: consents.clone(),
            emergency_salt: None,
        });
    }
    let first_record = questions[0].record.record_id;
    let author_session = stack.session(AUTHOR, &url)?;
    println!(
        "\nkey release, 3 key nodes (t = 2), anvil, {} cores, {RECORDS} records in turn",
        num_cpus()
    );

    // One at a time.
    let mut committee = Vec::new();
    let mut relayer = Vec::new();
    for i in 0..n / 4 {
        let t = Instant::now();
        keynodes::release(&session, &reader, &*secret, &questions[i % RECORDS]).await?;
        committee.push(t.elapsed());
        let t = Instant::now();
        author_session.relayer.release_key(&author, first_record, 1, &[]).await?;
        relayer.push(t.elapsed());
    }
    summary("committee: sign, 3 nodes, 2 proofs, combine", committee);
    summary("reference: relayer releases an own wrapped key", relayer);

    // Many in flight.
    let in_flight = 32;
    let session = Arc::new(session);
    let questions = Arc::new(questions);
    let start = Instant::now();
    let mut tasks = Vec::new();
    for i in 0..in_flight {
        let (session, questions, secret, reader) =
            (session.clone(), questions.clone(), secret.clone(), reader.clone());
        let count = n / in_flight + usize::from(i < n % in_flight);
        tasks.push(tokio::spawn(async move {
            let mut lat = Vec::new();
            for j in 0..count {
                let t = Instant::now();
                let q = &questions[(i + j * in_flight) % RECORDS];
                keynodes::release(&session, &reader, &*secret, q).await.map(|_| ())?;
                lat.push(t.elapsed());
            }
            Ok::<_, eyre::Report>(lat)
        }));
    }
    let mut lat = Vec::new();
    for t in tasks {
        lat.extend(t.await??);
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{:<44} {:.0} releases/s ({} in {secs:.2} s, {in_flight} in flight)",
        "committee throughput",
        lat.len() as f64 / secs,
        lat.len()
    );
    summary("committee latency under that load", lat);

    // The client's own share of the work.
    let wrap = WrappedKey::from_bytes(&questions[0].committee_wrap)?;
    let on_chain = session.committee().await?;
    let mut rng = rand::rngs::OsRng;
    let dealt_secret = k256::NonZeroScalar::random(&mut rng);
    let ctx = B256::repeat_byte(1);
    let sealed: Vec<_> = (1..=2u16)
        .map(|i| {
            let share = decryption_share(i, &dealt_secret, wrap.ephemeral(), &ctx, &mut rng);
            seal_share(&share, secret.public_key(), &ctx, &mut rng)
        })
        .collect();
    let rounds = 2000;
    let t = Instant::now();
    for _ in 0..rounds {
        let mut shares = Vec::new();
        for s in &sealed {
            let share = open_share(s, &secret, &ctx)?;
            std::hint::black_box(medvault_client::committee::verify_share(
                &share,
                &on_chain.members[0].verification,
                wrap.ephemeral(),
                &ctx,
            ));
            shares.push(share);
        }
        std::hint::black_box(medvault_client::committee::combine(&shares)?);
    }
    println!(
        "{:<44} {:.0} µs per release (2 opens, 2 proofs, combine)",
        "client: open + verify + combine",
        t.elapsed().as_secs_f64() * 1e6 / rounds as f64
    );
    drop(nodes);
    Ok(())
}

fn num_cpus() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}
