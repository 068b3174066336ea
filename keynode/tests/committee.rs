//! The key committee end to end: a real anvil chain, a real IPFS node, the relayer, and three
//! real `medvault-keynode` processes (threshold 2) that generated their key together.
//!
//! What a user sees: a category grant made before a record exists lets the grantee read it; a
//! revocation the relayer has not mined yet is refused by every node, and once mined the chain
//! refuses; one node down leaves reads working, two down give an error naming the nodes; a node
//! that answers with a wrong share is named and skipped; the patient's merged access log shows
//! each read logged by the nodes, each receipt under a root anchored on-chain.
//! What an attacker tries: replaying a key request, signing it for another deployment, asking
//! for record A with record B's wrap (or B's facts under A's patient), and reading without
//! consent: every node refuses.

use std::{process::Command, sync::Arc, time::Duration};

use alloy::{
    primitives::{Address, B256, Bytes},
    providers::DynProvider,
    signers::{SignerSync, local::PrivateKeySigner},
};
use axum::{Json, Router, extract::State, routing::post};
use medvault_bindings::consent_manager::ConsentManager;
use medvault_client::{
    committee::{decryption_share, seal_share},
    keynodes::{self, KeyNodesError, KeyQuestion},
    keys::SecretKey,
    workflows::{
        Document, Session,
        consent::{self, ConsentTarget},
        records::{self, KeySource, RecordError},
        upload::{self, UploadTarget},
    },
};
use medvault_devnet::{Deadline, InProcessRelayer, KeyNodes, Stack, free_listen_addr};
use medvault_primitives::{
    api::keynode::{ShareRequest, ShareResponse},
    committee::keys_domain,
    enums::Access,
    merkle,
    types::PublicKey,
    wrapped_key::WrappedKey,
};

const RECORD: &str = include_str!("../../fhir/tests/fixtures/synthea_diabetic.json");
const CATEGORY: u16 = 3;
const PATIENT: usize = 1;
const AUTHOR: usize = 2;
const READER: usize = 3;
const OUTSIDER: usize = 4;
const OTHER_PATIENT: usize = 5;

struct World {
    stack: Stack,
    nodes: KeyNodes,
    _relayer: InProcessRelayer,
    relayer_url: String,
    _dir: tempfile::TempDir,
}

impl World {
    fn session(&self, n: usize) -> Session<DynProvider> {
        let mut s = self.stack.session(n, &self.relayer_url).unwrap();
        s.deployment.endpoints.keynode_urls = self.nodes.urls();
        s
    }

    fn signer(&self, n: usize) -> PrivateKeySigner {
        self.stack.signer(n)
    }

    async fn secret(&self, n: usize) -> SecretKey {
        self.stack.encryption_key(n).await.unwrap()
    }

    async fn upload(&self, patient: usize) -> eyre::Result<(i64, B256)> {
        self.upload_in(patient, CATEGORY).await
    }

    async fn upload_in(&self, patient: usize, category: u16) -> eyre::Result<(i64, B256)> {
        let author = self.signer(AUTHOR);
        let got = upload::upload(
            &self.session(AUTHOR),
            &author,
            &self.secret(AUTHOR).await,
            &UploadTarget {
                patient: self.signer(patient).address(),
                category,
                ..UploadTarget::default()
            },
            &[Document { name: "record.json".into(), json: RECORD.into() }],
            &mut |_| {},
        )
        .await?;
        Ok((got[0].id, got[0].sealed.record_id.0))
    }

    async fn read(&self, reader: usize, id: i64) -> Result<records::ReadRecord, RecordError> {
        records::read(
            &self.session(reader),
            &self.signer(reader),
            &self.secret(reader).await,
            id,
            None,
        )
        .await
    }

    async fn change_consent(&self, revoke: bool) -> eyre::Result<()> {
        let session = self.session(PATIENT);
        let patient = self.signer(PATIENT);
        let reader = self.signer(READER).address();
        let changes = if revoke {
            consent::sign_revoke(&session, &patient, reader, ConsentTarget::Category(CATEGORY))
                .await?
        } else {
            vec![
                consent::sign_grant(
                    &session,
                    &patient,
                    reader,
                    ConsentTarget::Category(CATEGORY),
                    Access::Read,
                    30,
                )
                .await?,
            ]
        };
        for change in &changes {
            consent::relay(&session, change).await?;
        }
        Ok(())
    }
}

async fn world() -> eyre::Result<World> {
    let mut stack = Stack::start()?;
    let dir = tempfile::tempdir()?;
    let nodes = KeyNodes::start(
        &mut stack,
        || Command::new(env!("CARGO_BIN_EXE_medvault-keynode")),
        3,
        2,
        dir.path(),
    )
    .await?;
    let listen = free_listen_addr();
    let relayer_url = format!("http://{listen}");
    let file = stack.write_deployment(&dir.path().join("deployment.json"), Some(&relayer_url))?;
    let config = stack.serve_config(
        dir.path(),
        &file,
        listen,
        &["--batch.window-ms=200", "--access-log.interval-ms=500"],
    )?;
    let relayer = InProcessRelayer::start(config).await?;
    for n in [PATIENT, OTHER_PATIENT] {
        stack.register_patient(n).await?;
    }
    for n in [AUTHOR, READER, OUTSIDER] {
        stack.certify_provider(n).await?;
    }
    // The author files records about both patients, with their WRITE consent.
    for n in [PATIENT, OTHER_PATIENT] {
        for category in [CATEGORY, EMERGENCY] {
            stack.grant_write(n, stack.signer(AUTHOR).address(), category).await?;
        }
    }
    Ok(World { stack, nodes, _relayer: relayer, relayer_url, _dir: dir })
}

fn too_few(err: RecordError) -> (usize, Vec<String>) {
    match err {
        RecordError::Committee(KeyNodesError::TooFew { got, failed, .. }) => {
            (got, failed.into_iter().map(|f| format!("{}: {}", f.url, f.reason)).collect())
        }
        other => panic!("expected too few key shares, got: {other:?}"),
    }
}

/// The facts a reader would send for record `id`, as verified against the chain.
async fn question(w: &World, id: i64, as_reader: usize) -> eyre::Result<KeyQuestion> {
    let session = w.session(as_reader);
    let signer = w.signer(as_reader);
    let consents =
        consent::received_grants(&session, signer.address(), &w.secret(as_reader).await).await?;
    let record = records::verify_shown(&session, &signer, id, &consents, None).await?;
    let released = session
        .relayer
        .release_key(&signer, record.leaf.record_id.0, record.leaf.version.0, &consents)
        .await?;
    Ok(KeyQuestion {
        patient: released.patient,
        record: record.facts(),
        committee_wrap: released.committee_wrap,
        consents,
        emergency_salt: None,
    })
}

async fn post_share(url: &str, req: &ShareRequest) -> (u16, String) {
    let r = reqwest::Client::new().post(format!("{url}/v1/shares")).json(req).send().await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

#[tokio::test(flavor = "multi_thread")]
async fn keys_follow_consent_through_the_committee() -> eyre::Result<()> {
    let _deadline =
        Deadline::new("keys_follow_consent_through_the_committee", Duration::from_secs(600));
    let mut w = world().await?;

    // A category grant made before the record exists...
    w.change_consent(false).await?;
    let (id, _) = w.upload(PATIENT).await?;
    // ...lets the grantee read it, through two of the three nodes.
    let read = w.read(READER, id).await?;
    assert_eq!(
        read.plaintext.as_ref().map(|p| p.as_bytes().to_vec()),
        Some(RECORD.as_bytes().to_vec())
    );
    match &read.key {
        KeySource::Committee { basis, nodes, failed } => {
            assert_eq!(basis, "consent");
            assert_eq!(nodes.len(), 2, "the threshold of shares was used");
            assert!(failed.is_empty(), "{failed:?}");
        }
        other => panic!("the key should come from the committee, not {other:?}"),
    }

    // Without consent, the relayer does not even hand over the wrap; and with the record's facts
    // in hand (they are not secret), every node refuses on its own, and logs the refusal.
    assert!(matches!(w.read(OUTSIDER, id).await, Err(RecordError::Release(_))));
    let q = question(&w, id, READER).await?;
    let session = w.session(READER);
    let refuse_all = |who: usize, q: KeyQuestion, why: &'static str| {
        let (session, signer, nodes) = (w.session(who), w.signer(who), w.nodes.urls());
        async move {
            let (req, _) = keynodes::sign_request(&session, &signer, &q).await.unwrap();
            for url in nodes {
                let (status, body) = post_share(&url, &req).await;
                assert_eq!(status, 403, "{url}: {body}");
                assert!(body.contains(why), "{url}: {body}");
            }
        }
    };
    refuse_all(OUTSIDER, KeyQuestion { consents: Vec::new(), ..q.clone() }, "no live READ consent")
        .await;
    // The reader's grant, seen by an outsider (it is a bearer of nothing): refused by every node.
    refuse_all(OUTSIDER, q.clone(), "the grant is to").await;

    // A replayed request is refused; one signed for another deployment is refused by every node.
    let (req, _) = keynodes::sign_request(&session, &w.signer(READER), &q).await?;
    let url = &w.nodes.nodes[0].url;
    assert_eq!(post_share(url, &req).await.0, 200);
    let (status, body) = post_share(url, &req).await;
    assert_eq!(status, 409, "a replay: {body}");
    let mut foreign = req.clone();
    foreign.nonce = B256::repeat_byte(0x77);
    let digest = foreign.key_request().digest(&keys_domain(
        w.stack.deployment.chain_id + 1,
        w.stack.deployment.contracts.committee,
    ));
    foreign.signature = Bytes::from(w.signer(READER).sign_hash_sync(&digest)?.as_bytes().to_vec());
    for node in &w.nodes.nodes {
        let (status, body) = post_share(&node.url, &foreign).await;
        assert_eq!(status, 401, "another deployment's request at {}: {body}", node.url);
    }

    // Record A's facts with record B's wrap, or B's facts under A's patient: refused.
    let (id_b, _) = w.upload(OTHER_PATIENT).await?;
    let q_b = question(&w, id_b, OTHER_PATIENT).await?;
    let mut swapped = q.clone();
    swapped.committee_wrap = q_b.committee_wrap.clone();
    let (req, _) = keynodes::sign_request(&session, &w.signer(READER), &swapped).await?;
    for node in &w.nodes.nodes {
        let (status, body) = post_share(&node.url, &req).await;
        assert_eq!(status, 403, "A with B's wrap at {}: {body}", node.url);
        assert!(body.contains("not the one anchored"), "{body}");
    }
    let mut claimed = q_b.clone();
    claimed.patient = q.patient;
    let (req, _) = keynodes::sign_request(&session, &w.signer(READER), &claimed).await?;
    for node in &w.nodes.nodes {
        assert_eq!(post_share(&node.url, &req).await.0, 403, "B's record under A's patient");
    }

    // A node that answers with a wrong share is caught by its proof and named; the read works.
    let proxy = wrong_share_proxy(
        w.nodes.nodes[0].url.clone(),
        w.secret(READER).await.public_key().clone(),
        w.stack.deployment.chain_id,
        w.stack.deployment.contracts.committee,
    )
    .await;
    let mut session = w.session(READER);
    session.deployment.endpoints.keynode_urls =
        vec![proxy.clone(), w.nodes.nodes[1].url.clone(), w.nodes.nodes[2].url.clone()];
    let read =
        records::read(&session, &w.signer(READER), &w.secret(READER).await, id, None).await?;
    assert!(read.plaintext.is_some());
    match &read.key {
        KeySource::Committee { failed, .. } => {
            assert_eq!(failed.len(), 1, "{failed:?}");
            assert_eq!(failed[0].url, proxy);
            assert!(failed[0].reason.contains("key node 1's share fails its proof"), "{failed:?}");
        }
        other => panic!("{other:?}"),
    }

    // The patient's merged access log: each read by the reader carries receipts from at least t
    // nodes, each under a root anchored on-chain.
    let consent_manager =
        ConsentManager::new(w.stack.deployment.contracts.consent, w.stack.read_provider());
    let patient_session = w.session(PATIENT);
    let mut anchored = false;
    for _ in 0..60 {
        let (reads, failed) = keynodes::access_log(&patient_session, &w.signer(PATIENT)).await?;
        assert!(failed.is_empty(), "{failed:?}");
        let reader = w.signer(READER).address();
        let delivered =
            reads.iter().filter(|r| r.granted && r.reader == reader && r.receipts.len() >= 2);
        // The first read and the one through the lying proxy; the replay test went to one node.
        assert_eq!(delivered.count(), 2, "{reads:?}");
        let refused =
            reads.iter().filter(|r| !r.granted && r.reader == w.signer(OUTSIDER).address());
        assert_eq!(
            refused.map(|r| r.receipts.len()).collect::<Vec<_>>(),
            vec![3, 3],
            "two refused requests (no grant; a stolen grant), each logged by each node"
        );
        let receipts: Vec<_> = reads.iter().flat_map(|r| &r.receipts).collect();
        if receipts.iter().all(|(_, v)| v.anchor.as_ref().is_some_and(|a| a.block_number.is_some()))
        {
            for (_, v) in receipts {
                let a = v.anchor.as_ref().unwrap();
                assert!(
                    merkle::verify(a.root, v.leaf, &a.proof),
                    "receipt {} is under its root",
                    v.id
                );
                let on_chain = consent_manager.accessLogOf(a.root).call().await?;
                assert_ne!(on_chain.blockNumber, 0, "root {} is anchored", a.root);
            }
            anchored = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    assert!(anchored, "the nodes anchored their receipts");

    // A revocation the relayer has not mined yet is already refused by every node...
    let revoke = consent::sign_revoke(
        &patient_session,
        &w.signer(PATIENT),
        w.signer(READER).address(),
        ConsentTarget::Category(CATEGORY),
    )
    .await?;
    assert_eq!(revoke.len(), 1, "one consent in force");
    let revoke = &revoke[0];
    let told = keynodes::announce_revocation(&patient_session, revoke).await;
    assert!(told.iter().all(|(_, r)| r.is_ok()), "{told:?}");
    let (_, failed) = too_few(w.read(READER, id).await.unwrap_err());
    assert_eq!(failed.len(), 3);
    assert!(failed.iter().all(|f| f.contains("revocation of this grant is pending")), "{failed:?}");
    // ...and once mined, the chain itself refuses at every node.
    consent::relay(&patient_session, revoke).await?;
    refuse_all(READER, q.clone(), "no live READ consent").await;

    // Granted again: with one node down reads work; with two down the error names them.
    w.change_consent(false).await?;
    w.nodes.nodes[2].stop();
    let read = w.read(READER, id).await?;
    assert!(read.plaintext.is_some());
    w.nodes.nodes[1].stop();
    let err = w.read(READER, id).await.unwrap_err();
    let text = err.to_string();
    let (got, failed) = too_few(err);
    assert_eq!(got, 1);
    assert_eq!(failed.len(), 2);
    for node in &w.nodes.nodes[1..] {
        assert!(text.contains(&node.url), "the error names {}: {text}", node.url);
    }
    assert!(text.contains("2 key shares needed, 1 good"), "{text}");
    Ok(())
}

/// A proxy in front of a real node that replaces its share with a share of another key, sealed
/// properly to the reader: only the proof can tell.
async fn wrong_share_proxy(
    node: String,
    reader: PublicKey,
    chain_id: u64,
    committee: Address,
) -> String {
    #[derive(Clone)]
    struct Proxy {
        node: String,
        reader: PublicKey,
        chain_id: u64,
        committee: Address,
    }
    async fn shares(
        State(p): State<Arc<Proxy>>,
        Json(req): Json<ShareRequest>,
    ) -> Json<ShareResponse> {
        let mut answer: ShareResponse = reqwest::Client::new()
            .post(format!("{}/v1/shares", p.node))
            .json(&req)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let digest = req.key_request().digest(&keys_domain(p.chain_id, p.committee));
        let wrap = WrappedKey::from_bytes(&req.committee_wrap).unwrap();
        let mut rng = rand::rngs::OsRng;
        let liar = k256::NonZeroScalar::random(&mut rng);
        let bad = decryption_share(answer.index, &liar, wrap.ephemeral(), &digest, &mut rng);
        answer.sealed_share =
            Bytes::copy_from_slice(&seal_share(&bad, &p.reader, &digest, &mut rng));
        Json(answer)
    }
    let app = Router::new().route("/v1/shares", post(shares)).with_state(Arc::new(Proxy {
        node,
        reader,
        chain_id,
        committee,
    }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    url
}

/// Break-glass by tag: the key nodes release the emergency category to the provider who broke the
/// glass and shows its tag's salt — for that patient, that category, that window — and to nobody
/// who cannot.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn break_glass_releases_the_emergency_category_to_who_shows_the_tag() -> eyre::Result<()> {
    let _deadline = Deadline::new(
        "break_glass_releases_the_emergency_category_to_who_shows_the_tag",
        Duration::from_secs(600),
    );
    let w = world().await?;
    let (emergency, _) = w.upload_in(PATIENT, EMERGENCY).await?;
    let (ordinary, _) = w.upload_in(PATIENT, CATEGORY).await?;
    let opened = medvault_client::workflows::providers::break_glass(
        &w.session(OUTSIDER),
        w.signer(PATIENT).address(),
        7,
    )
    .await?;
    // The chain names the patient by the tag only.
    assert_ne!(opened.tag, w.signer(PATIENT).address().into_word());

    let question = |id: i64, salt: B256| {
        let session = w.session(OUTSIDER);
        let signer = w.signer(OUTSIDER);
        async move {
            let record = records::verify_shown(&session, &signer, id, &[], Some(salt)).await?;
            let released = session
                .relayer
                .release_key_in_emergency(
                    &signer,
                    record.leaf.record_id.0,
                    record.leaf.version.0,
                    salt,
                )
                .await?;
            Ok::<_, eyre::Report>(KeyQuestion {
                patient: released.patient,
                record: record.facts(),
                committee_wrap: released.committee_wrap,
                consents: Vec::new(),
                emergency_salt: Some(salt),
            })
        }
    };
    let q = question(emergency, opened.salt).await?;
    let got =
        keynodes::release(&w.session(OUTSIDER), &w.signer(OUTSIDER), &w.secret(OUTSIDER).await, &q)
            .await?;
    assert_eq!(got.basis, "emergency");

    // Another salt (another patient's tag, or a guess), or no salt: every node refuses.
    let (session, signer) = (w.session(OUTSIDER), w.signer(OUTSIDER));
    for salt in [Some(B256::repeat_byte(1)), None] {
        let (req, _) = keynodes::sign_request(
            &session,
            &signer,
            &KeyQuestion { emergency_salt: salt, ..q.clone() },
        )
        .await?;
        for url in w.nodes.urls() {
            let (status, body) = post_share(&url, &req).await;
            assert_eq!(status, 403, "{url}: {body}");
        }
    }
    // The relayer does not hand over a record of another category in an emergency.
    assert!(question(ordinary, opened.salt).await.is_err(), "not the emergency category");
    // Another provider, with the right salt but no window of its own: refused.
    let (req, _) = keynodes::sign_request(&w.session(READER), &w.signer(READER), &q).await?;
    for url in w.nodes.urls() {
        assert_eq!(post_share(&url, &req).await.0, 403, "{url}");
    }
    Ok(())
}

const EMERGENCY: u16 = 9;

/// Writing into a patient's history needs her consent, on both paths and at every key node: a
/// certified provider without her WRITE grant is refused by the relayer (with the reason) and by
/// every node asked to attest a single anchor, and the chain refuses the anchor without the
/// committee's word; with a WRITE grant on the category, both paths take it (the single anchor
/// then verifies as the certified provider's); once she revokes, both refuse again. A provider in
/// a break-glass window writes an emergency note, and nothing else.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn writing_needs_the_patients_write_consent_on_every_path() -> eyre::Result<()> {
    use medvault_bindings::record_registry::{IRecordRegistry, RecordRegistry};
    use medvault_primitives::{
        api::keynode::{WriteFacts, WriteRequest},
        types::ciphertext_hash,
    };

    let _deadline = Deadline::new(
        "writing_needs_the_patients_write_consent_on_every_path",
        Duration::from_secs(600),
    );
    let w = world().await?;
    let now =
        || std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    let (session, doctor) = (w.session(OUTSIDER), w.signer(OUTSIDER));
    let doctor_key = w.secret(OUTSIDER).await;
    let patient = w.signer(PATIENT).address();
    let document = Document { name: "note.json".into(), json: RECORD.into() };
    let target = |category| UploadTarget { patient, category, ..UploadTarget::default() };
    let upload = |t: UploadTarget| {
        let (session, doctor, key, document) = (&session, &doctor, &doctor_key, &document);
        async move {
            upload::upload(session, doctor, key, &t, std::slice::from_ref(document), &mut |_| {})
                .await
        }
    };
    // One record version sealed for the single path, and the nodes' verdict on it.
    let committee = session.committee().await?;
    let sealed = upload::seal(
        w.stack.deployment.chain_id,
        w.stack.deployment.contracts.records,
        doctor.address(),
        &target(CATEGORY),
        &session.registered_key(patient).await?,
        doctor_key.public_key(),
        &committee.key,
        std::slice::from_ref(&document),
        &mut rand::rngs::OsRng,
        &mut |_| {},
    )?;
    let r = &sealed.request.records[0];
    let facts = WriteFacts {
        record_id: r.record_id,
        version: 1,
        previous: B256::ZERO,
        ciphertext_hash: ciphertext_hash(&r.envelope),
        author: doctor.address(),
        category: CATEGORY,
    };
    let ask = |consents: Vec<medvault_primitives::consent::ConsentGrant>| WriteRequest {
        patient,
        record: facts.clone(),
        committee_wrap: r.committee_wrap.clone(),
        deadline: now() + 300,
        consents,
        emergency_salt: None,
    };
    let registry = RecordRegistry::new(w.stack.deployment.contracts.records, &session.provider);
    let record = IRecordRegistry::Record {
        patientId: r.patient_id,
        recordId: r.record_id,
        version: 1,
        previous: B256::ZERO,
        ciphertextHash: facts.ciphertext_hash,
        author: doctor.address(),
        category: CATEGORY,
    };

    // No consent: refused before anything is sent, and, shown a grant that is not live, by the
    // relayer; every node refuses to attest; the chain refuses the anchor without the word.
    let err = upload(target(CATEGORY)).await.unwrap_err();
    assert!(err.to_string().contains("no live WRITE consent on category 3"), "{err}");
    let fake = medvault_client::submission::write_grant(patient, doctor.address(), CATEGORY);
    let err = upload(UploadTarget { consents: vec![fake.clone()], ..target(CATEGORY) })
        .await
        .unwrap_err();
    let chain = format!("{:?}", eyre::Report::from(err));
    assert!(chain.contains("403") && chain.contains("WRITE consent"), "{chain}");
    let refused = keynodes::attest_write(&session, &ask(vec![fake])).await.unwrap_err();
    assert_eq!(refused.got, 0, "{refused}");
    assert!(refused.failed.contains("no live WRITE consent"), "{refused}");
    let reverted =
        registry.anchorRecord(record.clone(), now() + 300, vec![]).call().await.unwrap_err();
    assert!(
        reverted.as_decoded_error::<RecordRegistry::WriteNotAttested>().is_some(),
        "{reverted:?}"
    );

    // Her WRITE grant on the category: both paths take it.
    let grant = consent::sign_grant(
        &w.session(PATIENT),
        &w.signer(PATIENT),
        doctor.address(),
        ConsentTarget::Category(CATEGORY),
        Access::Write,
        30,
    )
    .await?;
    consent::relay(&w.session(PATIENT), &grant).await?;
    let filed = upload(target(CATEGORY)).await?;
    assert_eq!(filed.len(), 1);
    let grants =
        upload::write_grants(&session, doctor.address(), &doctor_key, patient, None, CATEGORY)
            .await?;
    assert_eq!(grants.len(), 1);
    let req = ask(grants);
    let attestations = keynodes::attest_write(&session, &req).await?;
    assert!(attestations.len() >= 2);
    registry
        .anchorRecord(record.clone(), req.deadline, attestations)
        .send()
        .await?
        .get_receipt()
        .await?;
    let leaf = registry.leafOf(record.clone()).call().await?;
    let verified = registry.verifyRecord(leaf, record.clone(), vec![]).call().await?;
    assert_eq!(
        verified.authorship, 1,
        "CertifiedProvider: the provider's own anchor, with consent"
    );

    // She revokes: both paths refuse again.
    for change in consent::sign_revoke(
        &w.session(PATIENT),
        &w.signer(PATIENT),
        doctor.address(),
        ConsentTarget::Category(CATEGORY),
    )
    .await?
    {
        consent::relay(&w.session(PATIENT), &change).await?;
    }
    let err = upload(target(CATEGORY)).await.unwrap_err();
    assert!(err.to_string().contains("no live WRITE consent"), "{err}");
    let grants_now = consent::received_grants(&session, doctor.address(), &doctor_key).await?;
    let refused = keynodes::attest_write(&session, &ask(grants_now)).await.unwrap_err();
    assert_eq!(refused.got, 0, "{refused}");

    // Break-glass: an emergency note during the window, and nothing else.
    let opened = medvault_client::workflows::providers::break_glass(&session, patient, 7).await?;
    let note =
        upload(UploadTarget { emergency_salt: Some(opened.salt), ..target(EMERGENCY) }).await?;
    assert_eq!(note.len(), 1);
    let err = upload(UploadTarget { emergency_salt: Some(opened.salt), ..target(CATEGORY) })
        .await
        .unwrap_err();
    let chain = format!("{:?}", eyre::Report::from(err));
    assert!(chain.contains("403"), "{chain}");
    Ok(())
}
