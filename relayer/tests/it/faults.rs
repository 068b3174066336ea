//! The RPC fault suite: the relayer (`serve`, in process) talks to a real anvil through a JSON-RPC
//! fault proxy that injects, at random with a fixed seed, what providers and flaky nodes do —
//! rate limits (-32005 and HTTP 429), "txpool is full", "header not found", hung sockets,
//! malformed JSON, and a lagging second backend whose nonce answers are behind — while the test
//! also drains the relayer's balance to zero and refills it. Acknowledged records go in throughout.
//!
//! The assertion: every acknowledged record ends anchored exactly once (the chain's
//! `BatchAnchored` events), its bytes retrievable from IPFS and matching what was sent, no root
//! anchored twice, no nonce gap (the relayer's nonce equals its anchors), and no record ever seen
//! `failed`. The counts (faults by kind, records acknowledged, anchored, duplicates, losses) are
//! printed.
//!
//! CI size runs in `cargo test`; the full size is
//! `MEDVAULT_FAULT_RECORDS=3000 cargo test -p medvault-relayer --test it -- --ignored faults_full --nocapture`.

use std::{
    collections::{BTreeMap, BTreeSet},
    net::SocketAddr,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};

use alloy::{
    primitives::{B256, U256},
    providers::Provider,
    rpc::types::Filter,
    sol_types::SolEvent,
};
use axum::{body::Bytes, extract::State, http::StatusCode, response::IntoResponse};
use eyre::{Result, ensure, eyre};
use medvault_bindings::record_registry::RecordRegistry;
use medvault_primitives::api::records::{
    RecordResponse, RecordStatus, SubmitRequest, SubmitResponse,
};
use medvault_relayer::{
    ipfs::{Location, fetch_verified, kubo::KuboPinner},
    serve,
};
use rand::{Rng, SeedableRng, rngs::StdRng};
use serde_json::{Value, json};

use crate::{
    crash::requests,
    pipeline::serve_config,
    stack::{Stack, free_port, wait_healthy},
};

/// What the proxy does to one request instead of (or after) forwarding it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Fault {
    /// JSON-RPC error -32005 "rate limit exceeded" (Infura, Alchemy).
    RateLimit,
    /// HTTP 429 Too Many Requests, no JSON-RPC body.
    Http429,
    /// "txpool is full" for a broadcast.
    PoolFull,
    /// "header not found": a node behind the head the relayer saw elsewhere.
    HeaderNotFound,
    /// The connection is accepted and never answered.
    Hang,
    /// The request is forwarded (it takes effect) but the answer is cut short: not JSON.
    Malformed,
    /// A second backend, lagging: its nonce is 1–2 behind the chain's (every other nonce read).
    StaleNonce,
}

const FAULTS: [Fault; 7] = [
    Fault::RateLimit,
    Fault::Http429,
    Fault::PoolFull,
    Fault::HeaderNotFound,
    Fault::Hang,
    Fault::Malformed,
    Fault::StaleNonce,
];

/// The proxy's state: the upstream, the dice, and what was injected.
struct Proxy {
    upstream: String,
    http: reqwest::Client,
    rng: Mutex<StdRng>,
    /// Faults are injected only while on (the relayer starts and the test reads the chain cleanly).
    on: AtomicBool,
    /// Chance that a request gets a fault.
    rate: f64,
    /// Hung sockets left to inject (each costs the relayer one RPC timeout).
    hangs_left: AtomicUsize,
    injected: Mutex<BTreeMap<Fault, u64>>,
    forwarded: AtomicUsize,
    /// `eth_getTransactionCount` calls seen while faults were on.
    nonce_reads: AtomicUsize,
    /// Calls seen while faults were on, by method.
    calls: Mutex<BTreeMap<String, u64>>,
}

impl Proxy {
    /// The fault for a request calling `methods` (several for a batch), if any.
    fn pick(&self, methods: &[String]) -> Option<Fault> {
        if self.on.load(Ordering::SeqCst) {
            let mut calls = self.calls.lock().expect("lock");
            for m in methods {
                *calls.entry(m.clone()).or_default() += 1;
            }
        }
        if !self.on.load(Ordering::SeqCst) || methods.iter().any(|m| m == "eth_call") {
            // Registry reads on the ingest path answer clients synchronously; their faults are
            // the API's concern, not the submission path's.
            return None;
        }
        let sending = methods.iter().any(|m| m == "eth_sendRawTransaction");
        let nonce = methods.iter().any(|m| m == "eth_getTransactionCount");
        // Nonce reads go round-robin to two backends, one of them lagging: every other answer is
        // behind.
        if nonce && self.nonce_reads.fetch_add(1, Ordering::SeqCst) % 2 == 1 {
            *self.injected.lock().expect("lock").entry(Fault::StaleNonce).or_default() += 1;
            return Some(Fault::StaleNonce);
        }
        let mut rng = self.rng.lock().expect("lock");
        if !rng.gen_bool(self.rate) {
            return None;
        }
        let fits = |f: &Fault| match f {
            Fault::PoolFull => sending,
            Fault::HeaderNotFound => !sending,
            Fault::StaleNonce => false,
            Fault::Hang => self.hangs_left.load(Ordering::SeqCst) > 0,
            _ => true,
        };
        let choices: Vec<Fault> = FAULTS.iter().copied().filter(fits).collect();
        let fault = choices[rng.gen_range(0..choices.len())];
        if fault == Fault::Hang {
            self.hangs_left.fetch_sub(1, Ordering::SeqCst);
        }
        *self.injected.lock().expect("lock").entry(fault).or_default() += 1;
        Some(fault)
    }

    async fn forward(&self, body: Bytes) -> Result<(StatusCode, Bytes)> {
        self.forwarded.fetch_add(1, Ordering::Relaxed);
        let r = self
            .http
            .post(&self.upstream)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await?;
        Ok((r.status(), r.bytes().await?))
    }
}

/// A JSON-RPC error answer for each call of the request (one object, or an array for a batch).
fn errors(request: &Value, code: i64, message: &str) -> Value {
    let one = |call: &Value| json!({"jsonrpc": "2.0", "id": call["id"], "error": {"code": code, "message": message}});
    match request {
        Value::Array(calls) => Value::Array(calls.iter().map(one).collect()),
        call => one(call),
    }
}

/// Takes 1–2 off every `eth_getTransactionCount` answer, as a node a block or two behind would.
fn lag_nonces(request: &Value, answer: &mut Value, behind: u64) {
    let lag = |call: &Value, answer: &mut Value| {
        if call["method"] != "eth_getTransactionCount" {
            return;
        }
        if let Some(n) = answer["result"]
            .as_str()
            .and_then(|s| u64::from_str_radix(s.trim_start_matches("0x"), 16).ok())
        {
            answer["result"] = json!(format!("{:#x}", n.saturating_sub(behind)));
        }
    };
    match (request, answer) {
        (Value::Array(calls), Value::Array(answers)) => {
            for a in answers.iter_mut() {
                if let Some(call) = calls.iter().find(|c| c["id"] == a["id"]) {
                    lag(call, a);
                }
            }
        }
        (call, answer) => lag(call, answer),
    }
}

async fn handle(State(proxy): State<Arc<Proxy>>, body: Bytes) -> axum::response::Response {
    let request: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let methods: Vec<String> = match &request {
        Value::Array(calls) => {
            calls.iter().filter_map(|c| c["method"].as_str()).map(Into::into).collect()
        }
        call => call["method"].as_str().map(Into::into).into_iter().collect(),
    };
    let json_answer =
        |v: Value| ([("content-type", "application/json")], v.to_string()).into_response();
    match proxy.pick(&methods) {
        Some(Fault::RateLimit) => json_answer(errors(&request, -32005, "rate limit exceeded")),
        Some(Fault::Http429) => {
            (StatusCode::TOO_MANY_REQUESTS, "Too Many Requests").into_response()
        }
        Some(Fault::PoolFull) => json_answer(errors(&request, -32000, "txpool is full")),
        Some(Fault::HeaderNotFound) => json_answer(errors(&request, -32000, "header not found")),
        Some(Fault::Hang) => std::future::pending().await,
        Some(Fault::Malformed) => {
            // The node acted on it; only the answer is lost.
            let _ = proxy.forward(body).await;
            ([("content-type", "application/json")], "{\"jsonrpc\":\"2.0\",\"id\":").into_response()
        }
        Some(Fault::StaleNonce) => match proxy.forward(body).await {
            Ok((status, bytes)) => {
                let mut answer: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
                let behind = 1 + proxy.rng.lock().expect("lock").gen_range(0..2);
                lag_nonces(&request, &mut answer, behind);
                (status, [("content-type", "application/json")], answer.to_string()).into_response()
            }
            Err(_) => StatusCode::BAD_GATEWAY.into_response(),
        },
        None => match proxy.forward(body).await {
            Ok((status, bytes)) => {
                (status, [("content-type", "application/json")], bytes).into_response()
            }
            Err(_) => StatusCode::BAD_GATEWAY.into_response(),
        },
    }
}

/// Starts the proxy in front of `upstream` on a free port; faults are off until switched on.
async fn start_proxy(
    upstream: String,
    seed: u64,
    rate: f64,
    hangs: usize,
) -> Result<(Arc<Proxy>, String)> {
    let proxy = Arc::new(Proxy {
        upstream,
        http: reqwest::Client::builder().timeout(Duration::from_secs(30)).build()?,
        rng: Mutex::new(StdRng::seed_from_u64(seed)),
        on: AtomicBool::new(false),
        rate,
        hangs_left: AtomicUsize::new(hangs),
        injected: Mutex::default(),
        forwarded: AtomicUsize::new(0),
        calls: Mutex::default(),
        nonce_reads: AtomicUsize::new(0),
    });
    let addr = SocketAddr::from(([127, 0, 0, 1], free_port()));
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let app = axum::Router::new().fallback(handle).with_state(proxy.clone());
    tokio::spawn(async move { axum::serve(listener, app).await });
    Ok((proxy, format!("http://{addr}")))
}

/// Sends `req` until the relayer answers 202 (a client's retry, same idempotency key).
async fn acknowledge(
    http: &reqwest::Client,
    base: &str,
    req: &SubmitRequest,
) -> Result<SubmitResponse> {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        match http.post(format!("{base}/v1/records")).json(req).send().await {
            Ok(r) if r.status() == 202 => return Ok(r.json().await?),
            Ok(r) if r.status().is_client_error() => {
                return Err(eyre!(
                    "refused: {} {}",
                    r.status(),
                    r.text().await.unwrap_or_default()
                ));
            }
            _ => {}
        }
        ensure!(Instant::now() < deadline, "the relayer never acknowledged a request");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Statuses of `ids` now; errors if any is `failed`.
async fn statuses(
    author: &alloy::signers::local::PrivateKeySigner,
    base: &str,
    ids: &[i64],
) -> Result<BTreeMap<String, usize>> {
    // Their author asks (a stranger would get 404).
    let api = medvault_client::api::RelayerApi::new(base);
    let mut by = BTreeMap::new();
    for id in ids {
        let v: RecordStatus = api.record(author, *id).await?;
        ensure!(v.status != "failed", "record {id} failed after a transient fault");
        *by.entry(v.status).or_default() += 1;
    }
    Ok(by)
}

async fn set_balance(stack: &Stack, wei: U256) -> Result<()> {
    let rpc = stack.read_provider();
    let _: Value =
        rpc.raw_request("anvil_setBalance".into(), (stack.relayer.address(), wei)).await?;
    Ok(())
}

async fn fault_run(records: usize, per_request: usize, rate: f64, hangs: usize) -> Result<()> {
    let stack = Stack::start().await?;
    let (proxy, proxy_url) = start_proxy(stack.chain.rpc_url(), 16, rate, hangs).await?;
    let port = free_port();
    let mut config = serve_config(&stack, stack.dir.path().join("relayer.db"), port);
    config.rpc_url = proxy_url;
    config.batch_max_records = (records / 8).clamp(10, 200);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(serve(config, async move {
        let _ = stopped.await;
    }));
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::builder().timeout(Duration::from_secs(30)).build()?;
    wait_healthy(&base, Duration::from_secs(30)).await?;
    let started = Instant::now();

    let patient_key = stack.encryption_key(2).await?.public_key().clone();
    let reqs = requests(&stack, &patient_key, records, per_request);
    proxy.on.store(true, Ordering::SeqCst);

    // A third of the records with faults; a third with faults and no funds; the rest refilled.
    let mut acked: Vec<(i64, &SubmitRequest, usize)> = Vec::new();
    let third = reqs.len().div_ceil(3);
    for req in &reqs[..third] {
        let answer = acknowledge(&http, &base, req).await?;
        acked.extend(answer.records.iter().enumerate().map(|(i, r)| (r.id, req, i)));
    }
    set_balance(&stack, U256::ZERO).await?;
    let drained_from = acked.len();
    for req in &reqs[third..2 * third] {
        let answer = acknowledge(&http, &base, req).await?;
        acked.extend(answer.records.iter().enumerate().map(|(i, r)| (r.id, req, i)));
    }
    // The relayer cannot pay: what was acknowledged meanwhile waits, none of it fails, and the
    // operator is told.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let ids: Vec<i64> = acked.iter().map(|a| a.0).collect();
    let while_drained = statuses(&stack.provider, &base, &ids[drained_from..]).await?;
    let metrics = http.get(format!("{base}/metrics")).send().await?.text().await?;
    // The gauge is the process's (other tests' relayers share it); the counter only grows.
    ensure!(
        metrics.contains("medvault_tx_rpc_faults_total{kind=\"insufficient_funds\"}")
            && metrics.contains("medvault_tx_signer_funds_low"),
        "no funds alert while drained: {metrics}"
    );
    set_balance(&stack, U256::from(100u64) * U256::from(10u64).pow(U256::from(18u64))).await?;
    for req in &reqs[2 * third..] {
        let answer = acknowledge(&http, &base, req).await?;
        acked.extend(answer.records.iter().enumerate().map(|(i, r)| (r.id, req, i)));
    }

    let ids: Vec<i64> = acked.iter().map(|a| a.0).collect();
    let deadline = Instant::now() + Duration::from_secs(120 + records as u64 / 20);
    loop {
        let by = statuses(&stack.provider, &base, &ids).await?;
        if by.get("confirmed") == Some(&ids.len()) {
            break;
        }
        ensure!(Instant::now() < deadline, "not all confirmed: {by:?}");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    proxy.on.store(false, Ordering::SeqCst);
    let elapsed = started.elapsed();

    // The chain: each root once, leaves == records, one transaction per anchor (no gap).
    let rpc = stack.read_provider();
    let filter = Filter::new()
        .address(stack.registry())
        .event_signature(RecordRegistry::BatchAnchored::SIGNATURE_HASH)
        .from_block(0u64);
    let logs = rpc.get_logs(&filter).await?;
    let mut anchored: BTreeMap<B256, u32> = BTreeMap::new();
    let mut duplicates = 0;
    for log in &logs {
        let ev = RecordRegistry::BatchAnchored::decode_log(&log.inner)?;
        if anchored.insert(ev.root, ev.count).is_some() {
            duplicates += 1;
        }
    }
    let leaves: u64 = anchored.values().map(|&c| c as u64).sum();
    let distinct: BTreeSet<i64> = ids.iter().copied().collect();
    let nonce = rpc.get_transaction_count(stack.relayer.address()).await?;

    // Every record: its root anchored, its proof holds, its bytes come back as sent.
    let api = medvault_client::api::RelayerApi::new(&base);
    let pinner = KuboPinner::new(stack.ipfs.api_url(), Duration::from_secs(30))?;
    let mut losses = 0;
    for &(id, req, index) in &acked {
        let v: RecordResponse = api.view(&stack.provider, id, &[], None).await?;
        let root = v.batch.as_ref().and_then(|b| b.root).unwrap_or_default();
        let proof = v.proof.clone().unwrap_or_default();
        let loc = Location {
            cid: v.cid.clone().unwrap_or_default(),
            offset: v.offset.unwrap_or_default(),
            length: v.length.unwrap_or_default(),
        };
        let bytes = fetch_verified(&pinner, None, &loc, v.ciphertext_hash).await.ok().map(|b| b.0);
        let intact = anchored.contains_key(&root)
            && medvault_primitives::merkle::verify(root, v.leaf, &proof)
            && bytes.as_deref() == Some(&req.records[index].envelope[..]);
        if !intact {
            losses += 1;
        }
    }
    let injected = proxy.injected.lock().expect("lock").clone();
    let total: u64 = injected.values().sum();
    eprintln!(
        "fault suite: {records} records in {} requests; faults injected {total} of {} requests \
         {injected:?}; records acknowledged {}, anchored {leaves} in {} batches, duplicates \
         {duplicates}, losses {losses}; while drained {while_drained:?}; {elapsed:?}; calls {:?}",
        reqs.len(),
        proxy.forwarded.load(Ordering::Relaxed) + total as usize,
        distinct.len(),
        anchored.len(),
        proxy.calls.lock().expect("lock"),
    );
    ensure!(distinct.len() == records, "{} distinct acknowledged of {records}", distinct.len());
    ensure!(duplicates == 0, "{duplicates} roots anchored twice");
    ensure!(leaves == records as u64, "{leaves} leaves anchored for {records} records");
    ensure!(losses == 0, "{losses} records not anchored or not retrievable as sent");
    ensure!(nonce == logs.len() as u64, "relayer nonce {nonce} for {} anchors", logs.len());
    for kind in [
        Fault::RateLimit,
        Fault::Http429,
        Fault::HeaderNotFound,
        Fault::Malformed,
        Fault::StaleNonce,
    ] {
        ensure!(
            injected.get(&kind).copied().unwrap_or(0) > 0,
            "no {kind:?} injected: {injected:?}"
        );
    }
    let _ = stop.send(());
    server.await??;
    Ok(())
}

/// CI size: 150 records, one fault in five requests, two hung sockets.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn faults_ci() -> Result<()> {
    fault_run(150, 10, 0.2, 2).await
}

/// Full size (3,000 records by default; `MEDVAULT_FAULT_RECORDS`, `MEDVAULT_FAULT_RATE` in percent,
/// `MEDVAULT_FAULT_HANGS`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "full size: minutes; run with --ignored"]
async fn faults_full() -> Result<()> {
    let env = |k: &str, d: usize| std::env::var(k).ok().and_then(|v| v.parse().ok()).unwrap_or(d);
    fault_run(
        env("MEDVAULT_FAULT_RECORDS", 3000),
        50,
        env("MEDVAULT_FAULT_RATE", 20) as f64 / 100.0,
        env("MEDVAULT_FAULT_HANGS", 10),
    )
    .await
}
