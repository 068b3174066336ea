//! The user API against real anvil + IPFS: a doctor refused, granted by a relayed consent
//! commitment (found in a notice sealed to the doctor and shown back), served, revoked and
//! refused again, every decision in the patient's access log and
//! anchored on-chain; a gasless registration and access request through the forwarder, the
//! patient notified over server-sent events; replayed and expired signatures and bad bodies
//! refused with nothing written; research deliveries held until k, settled and claimed.

use medvault_primitives::enums::{Access, Role, Scope};
use std::time::Duration;

use alloy::{
    primitives::{Address, B256, Bytes, U256},
    providers::Provider,
    signers::{SignerSync, local::PrivateKeySigner},
    sol_types::{Eip712Domain, SolCall, SolStruct},
};
use eyre::{Result, ensure, eyre};
use medvault_bindings::{
    account_registry::AccountRegistry, consent_manager::ConsentManager,
    medvault_forwarder::MedvaultForwarder,
};
use medvault_client::{
    ecies, forward,
    keys::SecretKey,
    submission::{self as testkit, Draft},
    workflows::{
        consent::{self, ConsentTarget},
        gasless,
    },
};
use medvault_primitives::consent::ConsentGrant;
use medvault_relayer::{
    api::{auth, keys::AccessLogResponse, relay::RelayAccepted, relay::RelayStatus},
    serve,
};
use rand::{SeedableRng, rngs::StdRng};
use reqwest::header::AUTHORIZATION;

use crate::{
    pipeline::serve_config,
    stack::{Stack, free_port, wait_healthy},
};

/// The `Authorization` header of `make(nonce, expires)` signed by `who` under the domain the
/// relayer at `base` names.
async fn authz<T: SolStruct + serde::Serialize>(
    http: &reqwest::Client,
    base: &str,
    who: &PrivateKeySigner,
    make: impl FnOnce(B256, u64) -> T,
) -> Result<String> {
    let domain: Eip712Domain =
        http.get(format!("{base}/v1/auth/domain")).send().await?.json().await?;
    Ok(medvault_client::sign::sign_request(who, &domain, make).await?.to_header())
}

async fn wait_relayed(http: &reqwest::Client, base: &str, key: B256) -> Result<RelayStatus> {
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    loop {
        let s: RelayStatus =
            http.get(format!("{base}/v1/relay/{key}")).send().await?.json().await?;
        if s.state == "confirmed" || s.state == "failed" {
            return Ok(s);
        }
        ensure!(std::time::Instant::now() < deadline, "relay {key} stuck in {}", s.state);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn release(
    http: &reqwest::Client,
    base: &str,
    reader: &PrivateKeySigner,
    record: B256,
    consents: &[ConsentGrant],
) -> Result<reqwest::Response> {
    let header = authz(http, base, reader, |nonce, expires| auth::ReleaseKey {
        recordId: record,
        version: 1,
        nonce,
        expires,
    })
    .await?;
    Ok(http
        .post(format!("{base}/v1/keys/release"))
        .header(AUTHORIZATION, header)
        .json(&serde_json::json!({
            "recordId": record, "version": 1, "reader": reader.address(), "consents": consents,
        }))
        .send()
        .await?)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn consent_key_release_access_log_and_gasless_relay() -> Result<()> {
    let stack = Stack::start().await?;
    let port = free_port();
    let mut config = serve_config(&stack, stack.dir.path().join("relayer.db"), port);
    config.api.access_log_interval_ms = 200;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(serve(config, async move {
        let _ = stopped.await;
    }));
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    wait_healthy(&base, Duration::from_secs(30)).await?;
    // The patient follows their notifications from the start.
    let patient = stack.patient.address();
    let follow = authz(&http, &base, &stack.patient, |nonce, expires| auth::FollowEvents {
        patient,
        nonce,
        expires,
    })
    .await?;
    let open = |header: String| {
        http.get(format!("{base}/v1/events?patient={patient}")).header(AUTHORIZATION, header).send()
    };
    let mut events = open(follow.clone()).await?;
    ensure!(events.status() == 200, "event stream: {}", events.status());
    // The same signature opens no second stream.
    let again = open(follow).await?;
    ensure!(again.status() == 401, "a second stream on one signature: {}", again.status());
    // Nor does a signature for the relayer in the URL.
    let in_url = http
        .get(format!("{base}/v1/events?patient={patient}&timestamp=1&signature=0x00"))
        .send()
        .await?;
    ensure!(in_url.status().is_client_error(), "a URL signature: {}", in_url.status());
    let rpc = stack.read_provider();
    let chain_id = stack.deployment.chain_id;
    let consent = stack.deployment.contracts.consent;

    // A doctor with no ETH registers its derived encryption key through the forwarder (the
    // relayer hands out only keys wrapped to a key the reader registered).
    let doctor = PrivateKeySigner::random();
    let session = stack.session(0, &base)?;
    let doctor_key = session.encryption_key(&doctor, 1).await?;
    let register = AccountRegistry::registerCall {
        role_: Role::Provider.into(),
        key: doctor_key.public_key().as_bytes().to_vec().into(),
        commitment: B256::ZERO,
    };
    gasless::call(
        &session,
        &doctor,
        stack.deployment.contracts.accounts,
        register.abi_encode().into(),
        &gasless::NoSponsor,
    )
    .await?;

    // A record for the patient, its key wrapped for the patient and for the doctor.
    let record = B256::repeat_byte(0x42);
    let readers =
        [stack.encryption_key(2).await?.public_key().clone(), doctor_key.public_key().clone()];
    let draft = Draft {
        patient_id: B256::repeat_byte(0x11),
        patient_account: stack.patient.address(),
        record_id: record,
        version: 1,
        previous: B256::ZERO,
        category: 2,
    };
    let (req, _) = testkit::build_for_committee(
        &stack.provider,
        chain_id,
        stack.registry(),
        &[(draft.clone(), b"{\"resourceType\":\"Observation\"}".to_vec())],
        &readers,
        &stack.committee_key,
        &mut StdRng::seed_from_u64(7),
    );
    let r = http.post(format!("{base}/v1/records")).json(&req).send().await?;
    ensure!(r.status() == 202, "record accepted: {}", r.status());

    // A record wrapped to a key other than the committee's in force, or whose patient id is not
    // bound to its patient and committee wrap, is refused with the reason.
    let odd = Draft { record_id: B256::repeat_byte(0x43), ..draft.clone() };
    let doc = b"{\"resourceType\":\"Observation\"}".to_vec();
    let (foreign, _) = testkit::build(
        &stack.provider,
        chain_id,
        stack.registry(),
        &[(odd.clone(), doc.clone())],
        &readers,
        &mut StdRng::seed_from_u64(8),
    );
    let r = http.post(format!("{base}/v1/records")).json(&foreign).send().await?;
    let (status, body) = (r.status(), r.text().await?);
    ensure!(status == 422 && body.contains("key committee in force"), "{status} {body}");
    let (mut unbound, _) = testkit::build_for_committee(
        &stack.provider,
        chain_id,
        stack.registry(),
        &[(odd, doc)],
        &readers,
        &stack.committee_key,
        &mut StdRng::seed_from_u64(9),
    );
    unbound.records[0].patient_id = B256::repeat_byte(0x42);
    testkit::sign(&mut unbound, &stack.provider, chain_id, stack.registry());
    let r = http.post(format!("{base}/v1/records")).json(&unbound).send().await?;
    let (status, body) = (r.status(), r.text().await?);
    ensure!(status == 422 && body.contains("patient id"), "{status} {body}");

    // The squatter: a free patient account files self-reported records under the patient's
    // record id, as a version 1 beside hers and as her next version. Both are refused: a record id
    // is its first patient's, so nobody can shadow her record, take its next version, or receive
    // her readers' refusals in their own access log.
    stack.register_patient(3).await?;
    let mallory = stack.signer(3);
    let mallory_key = stack.encryption_key(3).await?.public_key().clone();
    for version in [1, 2] {
        let squat = Draft { patient_account: mallory.address(), version, ..draft.clone() };
        let (squat, _) = testkit::build_for_committee(
            &mallory,
            chain_id,
            stack.registry(),
            &[(squat, b"{\"resourceType\":\"Observation\"}".to_vec())],
            std::slice::from_ref(&mallory_key),
            &stack.committee_key,
            &mut StdRng::seed_from_u64(10 + u64::from(version)),
        );
        let r = http.post(format!("{base}/v1/records")).json(&squat).send().await?;
        let (status, body) = (r.status(), r.text().await?);
        ensure!(
            status == 409 && body.contains("another patient's record"),
            "squatting version {version}: {status} {body}"
        );
    }
    // Her own versions go 1, 2, 3: a version 3 with no version 2 is refused too.
    let (gap, _) = testkit::build_for_committee(
        &stack.provider,
        chain_id,
        stack.registry(),
        &[(Draft { version: 3, ..draft.clone() }, b"{}".to_vec())],
        &readers,
        &stack.committee_key,
        &mut StdRng::seed_from_u64(13),
    );
    let r = http.post(format!("{base}/v1/records")).json(&gap).send().await?;
    let (status, body) = (r.status(), r.text().await?);
    ensure!(status == 409 && body.contains("follows no version 2"), "{status} {body}");
    // Her version 2 must name her version 1's leaf; then it is hers, squatters or not.
    let first_leaf = req.leaves()[0].hash();
    let next = |previous: B256, seed: u64| {
        testkit::build_for_committee(
            &stack.provider,
            chain_id,
            stack.registry(),
            &[(Draft { version: 2, previous, ..draft.clone() }, b"{\"amended\":true}".to_vec())],
            &readers,
            &stack.committee_key,
            &mut StdRng::seed_from_u64(seed),
        )
        .0
    };
    let r = http
        .post(format!("{base}/v1/records"))
        .json(&next(B256::repeat_byte(9), 14))
        .send()
        .await?;
    let (status, body) = (r.status(), r.text().await?);
    ensure!(status == 409 && body.contains("as its previous"), "{status} {body}");
    let r = http.post(format!("{base}/v1/records")).json(&next(first_leaf, 15)).send().await?;
    ensure!(r.status() == 202, "her version 2: {} {}", r.status(), r.text().await?);

    // No consent yet: refused, and the refusal is logged.
    let r = release(&http, &base, &doctor, record, &[]).await?;
    ensure!(r.status() == 403, "refused before the grant: {}", r.status());

    // The patient grants by commitment; the relayer submits it.
    let cm = ConsentManager::new(consent, &rpc);
    let now = auth::now_secs();
    let grant = consent::sign_grant(
        &session,
        &stack.patient,
        doctor.address(),
        ConsentTarget::Record(record),
        Access::Read,
        30,
    )
    .await?;
    let r = http.post(format!("{base}/v1/relay/consent")).json(&grant).send().await?;
    ensure!(r.status() == 202, "grant relayed: {}", r.status());
    let accepted: RelayAccepted = r.json().await?;
    let status = wait_relayed(&http, &base, accepted.key).await?;
    ensure!(status.state == "confirmed", "grant: {status:?}");
    // The same signature again: refused, nothing new.
    let r = http.post(format!("{base}/v1/relay/consent")).json(&grant).send().await?;
    ensure!(r.status() == 409, "replayed grant: {}", r.status());
    // A different notice under the same signature: refused before anything is paid.
    let mut swapped = grant.clone();
    swapped.notice = Bytes::from_static(b"not the signed notice");
    let r = http.post(format!("{base}/v1/relay/consent")).json(&swapped).send().await?;
    ensure!(r.status() == 422, "swapped notice: {}", r.status());

    // The doctor finds the grant in the chain's notices; without showing it, still refused.
    let grants = consent::received_grants(&session, doctor.address(), &doctor_key).await?;
    ensure!(grants.len() == 1 && grants[0].patient == stack.patient.address(), "{grants:?}");
    let r = release(&http, &base, &doctor, record, &[]).await?;
    ensure!(r.status() == 403, "a grant not shown does not count: {}", r.status());
    let r = release(&http, &base, &doctor, record, &grants).await?;
    ensure!(r.status() == 200, "released after the grant: {}", r.status());
    let v: serde_json::Value = r.json().await?;
    let wrapped: Bytes = serde_json::from_value(v["wrappedKey"].clone())?;
    ensure!(
        ecies::WrappedKey::from_bytes(&wrapped)?.recipient() == doctor_key.public_key(),
        "the doctor's own wrapped key"
    );

    // Revoke by signature; the doctor is refused again, grant shown or not.
    let revokes = consent::sign_revoke(
        &session,
        &stack.patient,
        doctor.address(),
        ConsentTarget::Record(record),
    )
    .await?;
    ensure!(revokes.len() == 1, "one consent to revoke");
    let r = http.post(format!("{base}/v1/relay/consent")).json(&revokes[0]).send().await?;
    ensure!(r.status() == 202, "revoke relayed: {}", r.status());
    let accepted: RelayAccepted = r.json().await?;
    ensure!(wait_relayed(&http, &base, accepted.key).await?.state == "confirmed");
    let r = release(&http, &base, &doctor, record, &grants).await?;
    ensure!(r.status() == 403, "refused after the revocation: {}", r.status());

    // The access log: refused (twice, logged once), released, refused — each anchored on-chain.
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    let log = loop {
        let header = authz(&http, &base, &stack.patient, |nonce, expires| auth::ReadAccessLog {
            patient,
            nonce,
            expires,
        })
        .await?;
        let log: AccessLogResponse = http
            .get(format!("{base}/v1/patients/{patient}/access-log"))
            .header(AUTHORIZATION, header)
            .send()
            .await?
            .json()
            .await?;
        if log.receipts.iter().all(|r| r.anchor.as_ref().is_some_and(|a| a.state == "confirmed")) {
            break log;
        }
        ensure!(std::time::Instant::now() < deadline, "access log not anchored");
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    let decisions: Vec<bool> = log.receipts.iter().map(|r| r.granted).collect();
    // The two refusals before the grant are one receipt: nothing was decided in between.
    ensure!(decisions == [false, true, false], "decisions {decisions:?}");
    for r in &log.receipts {
        let a = r.anchor.as_ref().ok_or_else(|| eyre!("anchor"))?;
        ensure!(medvault_primitives::merkle::verify(a.root, r.leaf, &a.proof));
        let onchain = cm.accessLogOf(a.root).call().await?;
        ensure!(onchain.blockNumber != 0 && onchain.count == a.count, "root anchored");
    }

    // Gasless: a new patient with no ETH registers through the forwarder.
    let newcomer = PrivateKeySigner::random();
    let forwarder = stack.deployment.contracts.forwarder;
    let accounts = stack.deployment.contracts.accounts;
    let data = AccountRegistry::registerCall {
        role_: 1,
        key: SecretKey::from(&newcomer).public_key().as_bytes().to_vec().into(),
        commitment: B256::ZERO,
    }
    .abi_encode();
    let nonce = MedvaultForwarder::new(forwarder, &rpc).nonces(newcomer.address()).call().await?;
    let call = |deadline: u64| forward::ForwardCall {
        to: accounts,
        data: data.clone().into(),
        gas: 300_000,
        nonce,
        deadline,
    };
    let expired = forward::sign(&newcomer, chain_id, forwarder, call(now - 10)).await?;
    let r = http.post(format!("{base}/v1/relay/forward")).json(&expired).send().await?;
    ensure!(r.status() == 401, "expired forward request: {}", r.status());
    // A request that would revert (a malformed key) is refused at once, saying why, and holds
    // nothing: the corrected request with the same nonce is relayed.
    let malformed = AccountRegistry::registerCall {
        role_: 1,
        key: vec![1, 2, 3].into(),
        commitment: B256::ZERO,
    }
    .abi_encode();
    let bad = forward::sign(
        &newcomer,
        chain_id,
        forwarder,
        forward::ForwardCall { data: malformed.into(), ..call(now + 600) },
    )
    .await?;
    let r = http.post(format!("{base}/v1/relay/forward")).json(&bad).send().await?;
    let (status, body) = (r.status(), r.text().await?);
    ensure!(status == 422 && body.contains("MalformedKey"), "reverting forward: {status} {body}");
    let request = forward::sign(&newcomer, chain_id, forwarder, call(now + 600)).await?;
    let r = http.post(format!("{base}/v1/relay/forward")).json(&request).send().await?;
    ensure!(r.status() == 202, "forward relayed: {}", r.status());
    let accepted: RelayAccepted = r.json().await?;
    let status = wait_relayed(&http, &base, accepted.key).await?;
    ensure!(status.state == "confirmed", "forward: {status:?}");
    let r = http.post(format!("{base}/v1/relay/forward")).json(&request).send().await?;
    ensure!(r.status() == 409, "replayed forward request: {}", r.status());
    ensure!(
        AccountRegistry::new(accounts, &rpc).isPatient(newcomer.address()).call().await?,
        "registered"
    );
    ensure!(rpc.get_balance(newcomer.address()).await? == U256::ZERO, "the patient paid nothing");

    // The doctor (no ETH either) asks the patient for access through the forwarder, sealed to
    // her key: she finds it, and hears of the record anchored earlier.
    let notice = medvault_primitives::consent::Notice::AccessRequest {
        requester: doctor.address(),
        patient: stack.patient.address(),
        scope: Scope::Record,
        target: record,
        access: Access::Read.into(),
        purpose: B256::repeat_byte(0x70),
    };
    let patient_key = session.encryption_key(&stack.patient, 1).await?;
    let sealed = ecies::seal_bytes(
        patient_key.public_key(),
        &notice.to_bytes(),
        medvault_primitives::consent::NOTICE_LABEL,
    );
    let data = ConsentManager::requestAccessCall { notice: sealed.into() }.abi_encode();
    let nonce = MedvaultForwarder::new(forwarder, &rpc).nonces(doctor.address()).call().await?;
    let ask = forward::sign(
        &doctor,
        chain_id,
        forwarder,
        forward::ForwardCall {
            to: consent,
            data: data.into(),
            gas: 200_000,
            nonce,
            deadline: now + 600,
        },
    )
    .await?;
    let r = http.post(format!("{base}/v1/relay/forward")).json(&ask).send().await?;
    ensure!(r.status() == 202, "access request relayed: {}", r.status());
    let accepted: RelayAccepted = r.json().await?;
    ensure!(wait_relayed(&http, &base, accepted.key).await?.state == "confirmed");
    let asked = consent::access_requests(&session, stack.patient.address(), &patient_key).await?;
    ensure!(
        asked.len() == 1
            && asked[0].requester == doctor.address()
            && asked[0].target == ConsentTarget::Record(record),
        "{asked:?}"
    );
    ensure!(
        consent::access_requests(&session, doctor.address(), &doctor_key).await?.is_empty(),
        "nobody else can open it"
    );
    let mut seen = String::new();
    let until = std::time::Instant::now() + Duration::from_secs(20);
    while !seen.contains("event: record_anchored") {
        let left = until.saturating_duration_since(std::time::Instant::now());
        ensure!(!left.is_zero(), "notifications missing; got: {seen}");
        if let Ok(chunk) = tokio::time::timeout(left, events.chunk()).await {
            seen.push_str(&String::from_utf8_lossy(&chunk?.unwrap_or_default()));
        }
    }
    drop(events);

    // Bad bodies: refused (unsigned, before the body is read; signed, by its size).
    let r = http
        .post(format!("{base}/v1/keys/release"))
        .header("content-type", "application/json")
        .body(vec![b' '; 1 << 17])
        .send()
        .await?;
    ensure!(r.status() == 401, "oversized and unsigned: {}", r.status());
    let header = authz(&http, &base, &doctor, |nonce, expires| auth::ReleaseKey {
        recordId: record,
        version: 1,
        nonce,
        expires,
    })
    .await?;
    let r = http
        .post(format!("{base}/v1/keys/release"))
        .header("content-type", "application/json")
        .header(AUTHORIZATION, header)
        .body(vec![b' '; 1 << 17])
        .send()
        .await?;
    ensure!(r.status() == 413, "oversized: {}", r.status());
    let r = http
        .post(format!("{base}/v1/relay/forward"))
        .header("content-type", "application/json")
        .body("{\"from\":")
        .send()
        .await?;
    ensure!(r.status() == 400, "malformed: {}", r.status());

    let _ = stop.send(());
    server.await??;
    Ok(())
}

fn wallet(stack: &Stack, key: &PrivateKeySigner) -> alloy::providers::DynProvider {
    stack.chain.wallet(key)
}

macro_rules! mined {
    ($call:expr) => {{
        let r =
            $call.send().await?.with_timeout(Some(Duration::from_secs(30))).get_receipt().await?;
        ensure!(r.status(), "{} reverted", stringify!($call));
    }};
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn research_deliveries_wait_for_k_then_settle_and_are_claimed() -> Result<()> {
    use medvault_bindings::{
        data_market::{DataMarket, IDataMarket::TradeApproval},
        med_token::MedToken,
    };
    let stack = Stack::start().await?;
    let port = free_port();
    let mut config = serve_config(&stack, stack.dir.path().join("relayer.db"), port);
    config.api.market_k = 2;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(serve(config, async move {
        let _ = stopped.await;
    }));
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    wait_healthy(&base, Duration::from_secs(30)).await?;
    let rpc = stack.read_provider();
    let (accounts, market, token) = (
        stack.deployment.contracts.accounts,
        stack.deployment.contracts.market,
        stack.deployment.contracts.token,
    );

    // A verified researcher opens a request with a budget.
    let deployer = PrivateKeySigner::from_bytes(&stack.chain.dev_key(0))?;
    let researcher = PrivateKeySigner::from_bytes(&stack.chain.dev_key(3))?;
    let (dp, rp) = (wallet(&stack, &deployer), wallet(&stack, &researcher));
    let rkey = SecretKey::from(&researcher).public_key().as_bytes().to_vec();
    mined!(AccountRegistry::new(accounts, &rp).register(
        Role::Researcher.into(),
        rkey.into(),
        B256::ZERO
    ));
    mined!(
        AccountRegistry::new(accounts, &dp)
            .attestResearcher(researcher.address(), B256::repeat_byte(9))
    );
    let price = U256::from(10u64).pow(U256::from(18u64));
    mined!(MedToken::new(token, &dp).transfer(researcher.address(), price * U256::from(10)));
    mined!(MedToken::new(token, &rp).approve(market, price * U256::from(10)));
    let now = rpc.get_block_by_number(Default::default()).await?.ok_or_else(|| eyre!("head"))?;
    let deadline = now.header.timestamp + 86_400;
    let criteria = B256::repeat_byte(0xc1);
    mined!(DataMarket::new(market, &rp).openRequest(
        criteria,
        alloy::primitives::aliases::U96::from(10u64.pow(18)),
        10,
        deadline
    ));
    let open: Vec<serde_json::Value> =
        http.get(format!("{base}/v1/market/requests")).send().await?.json().await?;
    ensure!(open.len() == 1 && open[0]["criteria"] == serde_json::json!(criteria), "{open:?}");
    let request_id: U256 = serde_json::from_value(open[0]["id"].clone())?;

    // Three patients (no ETH) approve in their wallets: two share a class, one is alone.
    let dm = DataMarket::new(market, &rpc);
    let patients: Vec<PrivateKeySigner> = (0..3).map(|_| PrivateKeySigner::random()).collect();
    let attest = |seller: Address, cid: &str| {
        stack.attest_sale(request_id, seller, alloy::primitives::keccak256(cid.as_bytes()))
    };
    let deliver = |p: &PrivateKeySigner, region: &'static str, attestations: Vec<Bytes>| {
        let p = p.clone();
        let (dm, http, base) = (dm.clone(), http.clone(), base.clone());
        async move {
            let cid = format!("bafy-delivery-{}", p.address());
            let approval = TradeApproval {
                requestId: request_id,
                seller: p.address(),
                deliveryCommitment: alloy::primitives::keccak256(cid.as_bytes()),
                price,
                nonce: dm.nonces(p.address()).call().await?,
                deadline: U256::from(auth::now_secs() + 3600),
            };
            let digest = dm.tradeApprovalDigest(approval.clone()).call().await?;
            let signature = Bytes::from(p.sign_hash_sync(&digest)?.as_bytes().to_vec());
            let r = http
                .post(format!("{base}/v1/market/deliveries"))
                .json(&serde_json::json!({
                    "approval": approval, "signature": signature, "deliveryCid": cid,
                    "attestations": attestations,
                    "qi": { "ageBand": "40-49", "sex": "female", "region": region },
                }))
                .send()
                .await?;
            let status = r.status();
            let body: serde_json::Value = r.json().await?;
            Ok::<_, eyre::Report>((status, body))
        }
    };
    let delivered = |(status, body): (reqwest::StatusCode, serde_json::Value)| {
        ensure!(status == 202, "delivery: {status} {body}");
        Ok(body)
    };
    // A throwaway key with no attestation of the committee cannot fill the request (sybil
    // trades); nor with one member's attestation where two are needed, or another sale's.
    let sybil = PrivateKeySigner::random();
    let sybil_cid = format!("bafy-delivery-{}", sybil.address());
    for attestations in [
        Vec::new(),
        attest(sybil.address(), &sybil_cid)[..1].to_vec(),
        attest(patients[0].address(), &format!("bafy-delivery-{}", patients[0].address())),
    ] {
        let (status, body) = deliver(&sybil, "CA", attestations).await?;
        ensure!(status == 403 && body.to_string().contains("not attested"), "{status} {body}");
    }
    let cid_of = |p: &PrivateKeySigner| format!("bafy-delivery-{}", p.address());
    ensure!(
        delivered(
            deliver(&patients[0], "CA", attest(patients[0].address(), &cid_of(&patients[0])))
                .await?
        )?["state"]
            == "held"
    );
    ensure!(
        delivered(
            deliver(&patients[2], "NY", attest(patients[2].address(), &cid_of(&patients[2])))
                .await?
        )?["state"]
            == "held"
    );
    ensure!(
        delivered(
            deliver(&patients[1], "CA", attest(patients[1].address(), &cid_of(&patients[1])))
                .await?
        )?["state"]
            == "released"
    );

    // The CA class settles on-chain; the lone NY delivery does not.
    let settled = |p: Address| {
        let dm = dm.clone();
        async move { Ok::<u8, eyre::Report>(dm.trade(request_id, p).call().await?.status) }
    };
    let until = std::time::Instant::now() + Duration::from_secs(30);
    while settled(patients[0].address()).await? != 1 || settled(patients[1].address()).await? != 1 {
        ensure!(std::time::Instant::now() < until, "the class did not settle");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    ensure!(settled(patients[2].address()).await? == 0, "below k: not settled");
    let header = authz(&http, &base, &researcher, |nonce, expires| auth::ListDeliveries {
        requestId: request_id,
        nonce,
        expires,
    })
    .await?;
    let list: Vec<serde_json::Value> = http
        .get(format!("{base}/v1/market/requests/{request_id}/deliveries"))
        .header(AUTHORIZATION, header)
        .send()
        .await?
        .json()
        .await?;
    ensure!(list.len() == 2 && list.iter().all(|d| d["qi"]["region"] == "CA"), "{list:?}");

    // After the dispute window the relayer claims both in one claimMany: the patients are paid.
    let window = dm.disputeWindow().call().await?;
    let _: serde_json::Value = rpc.raw_request("evm_increaseTime".into(), (window + 1,)).await?;
    let _: serde_json::Value = rpc.raw_request("evm_mine".into(), ()).await?;
    let token_r = MedToken::new(token, &rpc);
    let until = std::time::Instant::now() + Duration::from_secs(30);
    while settled(patients[0].address()).await? != 3 || settled(patients[1].address()).await? != 3 {
        ensure!(std::time::Instant::now() < until, "not claimed");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    for p in &patients[..2] {
        ensure!(token_r.balanceOf(p.address()).call().await? > U256::ZERO, "paid");
        ensure!(rpc.get_balance(p.address()).await? == U256::ZERO, "no ETH needed");
    }
    ensure!(token_r.balanceOf(patients[2].address()).call().await? == U256::ZERO, "unpaid");

    let _ = stop.send(());
    server.await??;
    Ok(())
}
