//! Crypto-shredding end to end: a real anvil chain, a real IPFS node, the relayer, and three real
//! `medvault-keynode` processes (threshold 2).
//!
//! What an attacker tries first: a stranger orders the nodes to shred the patient's record, in her
//! name or in his own with her record's facts and wrap; every node refuses and the record stays
//! readable. Then the patient shreds it: every node gives its signed word, and from then on
//! refuses every version of it to everyone (the grantee, the author, the patient herself) with a
//! logged refusal that her merged access log shows; her own wrap at the relayer goes only when she
//! asks; another record of hers stays readable.

use std::{process::Command, time::Duration};

use alloy::{
    primitives::{Address, B256, Bytes},
    providers::DynProvider,
    signers::{SignerSync, local::PrivateKeySigner},
};
use medvault_client::{
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
    api::keynode::{ShareRequest, ShredRequest, ShredResponse},
    committee::keys_domain,
    enums::Access,
};

const RECORD: &str = include_str!("../../fhir/tests/fixtures/synthea_diabetic.json");
const CATEGORY: u16 = 3;
const PATIENT: usize = 1;
const AUTHOR: usize = 2;
const READER: usize = 3;
const STRANGER: usize = 5;

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
        let author = self.signer(AUTHOR);
        let got = upload::upload(
            &self.session(AUTHOR),
            &author,
            &self.secret(AUTHOR).await,
            &UploadTarget {
                patient: self.signer(patient).address(),
                category: CATEGORY,
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

    /// The patient grants the reader READ on the category, by signature, relayed.
    async fn grant_reader(&self) -> eyre::Result<()> {
        let session = self.session(PATIENT);
        let change = consent::sign_grant(
            &session,
            &self.signer(PATIENT),
            self.signer(READER).address(),
            ConsentTarget::Category(CATEGORY),
            Access::Read,
            30,
        )
        .await?;
        consent::relay(&session, &change).await?;
        Ok(())
    }

    /// A shred order for `q`'s record naming `patient`, signed by `signer`.
    fn order(&self, signer: usize, patient: Address, q: &KeyQuestion) -> ShredRequest {
        let mut req = ShredRequest {
            patient,
            record: q.record.clone(),
            committee_wrap: q.committee_wrap.clone(),
            issued_at: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_secs(),
            nonce: B256::from(rand::random::<[u8; 32]>()),
            signature: Bytes::new(),
        };
        let digest = req.shred().digest(&keys_domain(
            self.stack.deployment.chain_id,
            self.stack.deployment.contracts.committee,
        ));
        let signature = self.signer(signer).sign_hash_sync(&digest).unwrap();
        req.signature = Bytes::from(signature.as_bytes().to_vec());
        req
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
    for n in [PATIENT, STRANGER] {
        stack.register_patient(n).await?;
    }
    for n in [AUTHOR, READER] {
        stack.certify_provider(n).await?;
    }
    // The author files records about the patient with her WRITE consent.
    stack.grant_write(PATIENT, stack.signer(AUTHOR).address(), CATEGORY).await?;
    Ok(World { stack, nodes, _relayer: relayer, relayer_url, _dir: dir })
}

/// The facts a reader would send for record `id`, as verified against the chain, with the grants
/// it holds.
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

async fn post<T: serde::Serialize>(url: &str, route: &str, body: &T) -> (u16, String) {
    let r = reqwest::Client::new().post(format!("{url}{route}")).json(body).send().await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_shredded_record_is_refused_by_every_node_for_good() -> eyre::Result<()> {
    let _deadline = Deadline::new(
        "a_shredded_record_is_refused_by_every_node_for_good",
        Duration::from_secs(600),
    );
    let w = world().await?;
    let patient = w.signer(PATIENT).address();

    // The reader holds a category grant; the author files a record, amends it, and files a
    // second one; the reader reads the record through the committee.
    w.grant_reader().await?;
    let (id, record_id) = w.upload(PATIENT).await?;
    let v2 = upload::amend(
        &w.session(AUTHOR),
        &w.signer(AUTHOR),
        &w.secret(AUTHOR).await,
        id,
        &Document { name: "record.json".into(), json: RECORD.into() },
        &mut |_| {},
    )
    .await?;
    let id_v2 = v2.id;
    let (other, _) = w.upload(PATIENT).await?;
    let read = w.read(READER, id).await?;
    assert_eq!(read.plaintext.as_ref().map(|p| p.as_bytes()), Some(RECORD.as_bytes()));
    assert!(matches!(read.key, KeySource::Committee { .. }), "{:?}", read.key);
    // What a reader of each version would show the nodes (facts are not secret).
    let q = question(&w, id, READER).await?;
    let q_v2 = question(&w, id_v2, READER).await?;
    assert_eq!(q_v2.record.record_id, record_id);
    assert_eq!(q_v2.record.version, 2);

    // A stranger orders the shred in her name: not her signature, refused by every node.
    let forged = w.order(STRANGER, patient, &q);
    for url in w.nodes.urls() {
        let (status, body) = post(&url, "/v1/shreds", &forged).await;
        assert_eq!(status, 401, "{url}: {body}");
    }
    // In his own name, with her record's facts and wrap: the leaf does not bind him, refused.
    let squatted = w.order(STRANGER, w.signer(STRANGER).address(), &q);
    for url in w.nodes.urls() {
        let (status, body) = post(&url, "/v1/shreds", &squatted).await;
        assert_eq!(status, 403, "{url}: {body}");
        assert!(body.contains("not shown to be"), "{url}: {body}");
    }
    // The record is as readable as before.
    assert!(w.read(READER, id).await?.plaintext.is_some());

    // The patient shreds it: every node gives its signed word; the relayer drops every wrap but hers.
    let done = records::shred(&w.session(PATIENT), &w.signer(PATIENT), id, false).await?;
    assert_eq!(done.record_id, record_id);
    assert_eq!(done.shredded_nodes(), 3, "{:?}", done.nodes);
    assert!(done.effective());
    let answers: Vec<&ShredResponse> =
        done.nodes.iter().map(|n| n.answer.as_ref().unwrap()).collect();
    assert!(answers.iter().all(|a| a.first), "{answers:?}");
    assert!(done.relayer.as_ref().is_ok_and(|deleted| *deleted > 0), "{:?}", done.relayer);
    let still = done.who_may_still_read().join("\n");
    assert!(still.contains("author") && still.contains("read it before"), "{still}");
    assert!(still.contains("you:"), "her own wrap is kept: {still}");

    // Twice is fine: each node answers with the first shred's time. A replayed order is not.
    let again = w.order(PATIENT, patient, &q);
    let (status, body) = post(&w.nodes.nodes[0].url, "/v1/shreds", &again).await;
    assert_eq!(status, 200, "{body}");
    let repeat: ShredResponse = serde_json::from_str(&body)?;
    assert!(!repeat.first);
    assert_eq!(repeat.shredded_at, answers[0].shredded_at);
    let (status, body) = post(&w.nodes.nodes[0].url, "/v1/shreds", &again).await;
    assert_eq!(status, 409, "a replay: {body}");

    // Every node refuses every version to the grantee, the author and the patient herself.
    let mut refused = Vec::new();
    for who in [READER, AUTHOR, PATIENT] {
        for question in [&q, &q_v2] {
            let shown = KeyQuestion {
                consents: if who == READER { question.consents.clone() } else { Vec::new() },
                ..question.clone()
            };
            let (req, digest): (ShareRequest, B256) =
                keynodes::sign_request(&w.session(who), &w.signer(who), &shown).await?;
            for url in w.nodes.urls() {
                let (status, body) = post(&url, "/v1/shares", &req).await;
                assert_eq!(status, 403, "{who} v{} at {url}: {body}", shown.record.version);
                assert!(body.contains("shredded"), "{url}: {body}");
            }
            refused.push((w.signer(who).address(), digest));
        }
    }
    // Through the SDK: the relayer refuses the grantee and the author before the nodes do.
    assert!(matches!(w.read(READER, id).await, Err(RecordError::Release(_))));
    assert!(matches!(w.read(AUTHOR, id_v2).await, Err(RecordError::Release(_))));
    // The patient still opens her own wrap until she drops it; then nothing opens it for her.
    let own = w.read(PATIENT, id).await?;
    assert_eq!(own.key, KeySource::Released { basis: "patient".into() });
    let dropped = records::shred(&w.session(PATIENT), &w.signer(PATIENT), id, true).await?;
    assert!(dropped.nodes.iter().all(|n| n.answer.as_ref().is_ok_and(|a| !a.first)));
    assert!(!dropped.who_may_still_read().join("\n").contains("you:"));
    match w.read(PATIENT, id).await {
        Err(RecordError::Committee(KeyNodesError::TooFew { got: 0, failed, .. })) => {
            assert_eq!(failed.len(), 3, "{failed:?}");
            assert!(failed.iter().all(|f| f.reason.contains("shredded")), "{failed:?}");
        }
        other => panic!("the patient's read after dropping her key: {other:?}"),
    }

    // Her merged access log shows each refusal, logged by every node.
    let (reads, failed) = keynodes::access_log(&w.session(PATIENT), &w.signer(PATIENT)).await?;
    assert!(failed.is_empty(), "{failed:?}");
    for (reader, digest) in &refused {
        let logged = reads
            .iter()
            .find(|r| r.receipts.first().is_some_and(|(_, v)| v.request == Some(*digest)))
            .unwrap_or_else(|| panic!("{reader}'s refused request is not in the log"));
        assert_eq!(logged.reader, *reader);
        assert_eq!(logged.record_id, record_id);
        assert!(!logged.granted);
        assert_eq!(logged.receipts.len(), 3, "every node logged it");
        assert!(
            logged.receipts.iter().all(|(_, v)| v.reason.contains("the patient shredded")),
            "{:?}",
            logged.receipts
        );
    }

    // Another record of hers is untouched.
    let read = w.read(READER, other).await?;
    assert_eq!(read.plaintext.as_ref().map(|p| p.as_bytes()), Some(RECORD.as_bytes()));
    Ok(())
}
