//! Guardians end to end, on a real anvil chain, a real IPFS node, the relayer and three real
//! `medvault-keynode` processes (threshold 2).
//!
//! What a user sees: 2 of her 3 guardians grant a doctor READ on a category from their own
//! clients (gaslessly, from their pseudonyms) while the patient signs nothing beyond what she
//! gave at set-up; the doctor finds the grant and reads through the committee. With one approval
//! every node refuses. A guardian-made revocation ends it. A patient who lost her keystore is
//! recovered by 2 of 3 guardians after the delay, and her new wallet reads every record of the old
//! identity through the committee; her old wallet cancels an unwanted recovery during the delay,
//! and one guardian alone recovers nothing.

use std::{process::Command, time::Duration};

use alloy::{
    primitives::Address,
    providers::{DynProvider, Provider},
    signers::local::PrivateKeySigner,
};
use medvault_bindings::account_registry::AccountRegistry;
use medvault_client::{
    keynodes::{self, KeyQuestion},
    keys::SecretKey,
    workflows::{
        Document, Session,
        accounts::{self},
        consent::{self, ConsentTarget},
        gasless::NoSponsor,
        guardians::{self, GuardianError, GuardianSetup},
        records::{self, KeySource, RecordError},
        upload::{self, UploadTarget},
    },
};
use medvault_devnet::{Deadline, InProcessRelayer, KeyNodes, Stack, free_listen_addr};
use medvault_primitives::{api::keynode::ShareRequest, enums::Access};
use serde_json::Value;

const RECORD: &str = include_str!("../../fhir/tests/fixtures/synthea_diabetic.json");
const CATEGORY: u16 = 3;
const OTHER_CATEGORY: u16 = 5;
const PATIENT: usize = 1;
const AUTHOR: usize = 2;
const DOCTOR: usize = 3;
const GUARDIANS: [usize; 3] = [4, 5, 6];

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

    /// The patient proposes her 3 guardians (threshold 2) from their pseudonyms; the set is in
    /// force once the guardian delay has passed, and each guardian accepts it.
    async fn guardians(&self) -> eyre::Result<GuardianSetup> {
        let patient = self.secret(PATIENT).await;
        let controller = patient.guardian_set_key().address();
        let mut pseudonyms = Vec::new();
        for g in GUARDIANS {
            pseudonyms.push(self.secret(g).await.guardian_key(controller).address());
        }
        let proposed = accounts::propose_guardians(
            &self.session(PATIENT),
            &self.signer(PATIENT),
            &patient,
            &pseudonyms,
            2,
            &NoSponsor,
        )
        .await?;
        let delay = AccountRegistry::new(
            self.stack.deployment.contracts.accounts,
            self.stack.read_provider(),
        )
        .guardianDelay()
        .call()
        .await?;
        self.warp(delay).await;
        // The set-up travels as JSON from the patient to each guardian.
        let json = serde_json::to_string(&proposed.setup)?;
        let setup: GuardianSetup = serde_json::from_str(&json)?;
        for g in GUARDIANS {
            let accepted =
                guardians::accept(&self.session(g), &self.secret(g).await, &setup).await?;
            assert!(accepted.in_force, "{accepted:?}");
        }
        Ok(setup)
    }

    async fn warp(&self, secs: u64) {
        let p = self.stack.read_provider();
        let _: Value = p.raw_request("evm_increaseTime".into(), (secs,)).await.unwrap();
        let _: Value = p.raw_request("evm_mine".into(), ()).await.unwrap();
    }

    /// A record the certified provider files for the patient after she granted it WRITE on the
    /// category.
    async fn provider_record(&self, category: u16) -> eyre::Result<i64> {
        let grant = consent::sign_grant(
            &self.session(PATIENT),
            &self.signer(PATIENT),
            self.signer(AUTHOR).address(),
            ConsentTarget::Category(category),
            Access::Write,
            30,
        )
        .await?;
        consent::relay(&self.session(PATIENT), &grant).await?;
        self.upload(AUTHOR, category).await
    }

    async fn upload(&self, author: usize, category: u16) -> eyre::Result<i64> {
        let signer = self.signer(author);
        let got = upload::upload(
            &self.session(author),
            &signer,
            &self.secret(author).await,
            &UploadTarget {
                patient: self.signer(PATIENT).address(),
                category,
                ..UploadTarget::default()
            },
            &[Document { name: "record.json".into(), json: RECORD.into() }],
            &mut |_| {},
        )
        .await?;
        Ok(got[0].id)
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
    stack.register_patient(PATIENT).await?;
    for n in [AUTHOR, DOCTOR] {
        stack.certify_provider(n).await?;
    }
    Ok(World { stack, nodes, _relayer: relayer, relayer_url, _dir: dir })
}

async fn post_share(url: &str, req: &ShareRequest) -> (u16, String) {
    let r = reqwest::Client::new().post(format!("{url}/v1/shares")).json(req).send().await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

#[tokio::test(flavor = "multi_thread")]
async fn two_of_three_guardians_grant_a_doctor_and_one_is_not_enough() -> eyre::Result<()> {
    let _deadline = Deadline::new(
        "two_of_three_guardians_grant_a_doctor_and_one_is_not_enough",
        Duration::from_secs(600),
    );
    let w = world().await?;
    let setup = w.guardians().await?;
    let id = w.provider_record(CATEGORY).await?;
    let doctor = w.signer(DOCTOR).address();

    // The first guardian proposes and approves; the proposal travels to the others as JSON.
    let (g1, g2, g3) = (GUARDIANS[0], GUARDIANS[1], GUARDIANS[2]);
    let proposal = guardians::propose_grant(
        &w.session(g1),
        &setup,
        doctor,
        ConsentTarget::Category(CATEGORY),
        Access::Read,
        30,
    )
    .await?;
    let first =
        guardians::approve(&w.session(g1), &w.secret(g1).await, &setup, &proposal, &NoSponsor)
            .await?;
    assert_eq!((first.approvals, first.executed), (1, false));

    // One of three: the doctor finds no grant, the relayer refuses, and with the grant's preimage
    // in hand (and the record's facts, which the patient's view gives) every node refuses.
    assert!(
        consent::received_grants(&w.session(DOCTOR), doctor, &w.secret(DOCTOR).await)
            .await?
            .is_empty()
    );
    assert!(matches!(w.read(DOCTOR, id).await, Err(RecordError::Release(_))));
    let patient_session = w.session(PATIENT);
    let record = records::verify(&patient_session, &w.signer(PATIENT), id).await?;
    let released = patient_session
        .relayer
        .release_key(&w.signer(PATIENT), record.leaf.record_id.0, record.leaf.version.0, &[])
        .await?;
    let question = KeyQuestion {
        patient: released.patient,
        record: record.facts(),
        committee_wrap: released.committee_wrap,
        consents: vec![proposal.grant.clone().expect("a grant")],
        emergency_salt: None,
    };
    let (req, _) = keynodes::sign_request(&w.session(DOCTOR), &w.signer(DOCTOR), &question).await?;
    for url in w.nodes.urls() {
        let (status, body) = post_share(&url, &req).await;
        assert_eq!(status, 403, "{url}: {body}");
        assert!(body.contains("no live READ consent"), "{url}: {body}");
    }

    // The second guardian checks the shared proposal and approves: the grant runs.
    let shared: guardians::GuardianProposal =
        serde_json::from_str(&serde_json::to_string(&proposal)?)?;
    guardians::check_proposal(&setup, &shared)?;
    let second =
        guardians::approve(&w.session(g2), &w.secret(g2).await, &setup, &shared, &NoSponsor)
            .await?;
    assert_eq!((second.approvals, second.executed), (2, true));
    // A third approval of an action that ran is refused by the chain.
    let late = guardians::approve(&w.session(g3), &w.secret(g3).await, &setup, &shared, &NoSponsor)
        .await
        .unwrap_err();
    assert!(late.to_string().contains("ActionAlreadyExecuted"), "{late}");

    // The doctor finds the guardian-made grant and reads through the committee.
    let grants =
        consent::received_grants(&w.session(DOCTOR), doctor, &w.secret(DOCTOR).await).await?;
    assert_eq!(grants.len(), 1);
    assert_eq!(grants[0].controller, setup.controller);
    let read = w.read(DOCTOR, id).await?;
    assert_eq!(read.plaintext.as_ref().map(|p| p.as_bytes().to_vec()), Some(RECORD.into()));
    match &read.key {
        KeySource::Committee { basis, nodes, .. } => {
            assert_eq!(basis, "consent");
            assert_eq!(nodes.len(), 2);
        }
        other => panic!("the key should come from the committee, not {other:?}"),
    }
    let listed = guardians::guardian_consents(&w.session(g1), setup.controller).await?;
    assert_eq!(listed.len(), 1);
    assert!(listed[0].live);

    // Two guardians revoke it: every node refuses again.
    let revoke = guardians::propose_revoke(&w.session(g3), &setup, listed[0].grant_id).await?;
    for g in [g3, g1] {
        guardians::approve(&w.session(g), &w.secret(g).await, &setup, &revoke, &NoSponsor).await?;
    }
    let err = w.read(DOCTOR, id).await.unwrap_err();
    assert!(matches!(err, RecordError::Release(_)), "{err:?}");
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn guardians_recover_a_lost_wallet_and_the_new_wallet_reads_every_record() -> eyre::Result<()>
{
    let _deadline = Deadline::new(
        "guardians_recover_a_lost_wallet_and_the_new_wallet_reads_every_record",
        Duration::from_secs(600),
    );
    let w = world().await?;
    let setup = w.guardians().await?;
    // Two records in two categories: one by a provider with WRITE, one self-reported.
    let by_provider = w.provider_record(CATEGORY).await?;
    let own = w.upload(PATIENT, OTHER_CATEGORY).await?;
    let patient = w.signer(PATIENT).address();
    let delay = guardians::recovery_status(&w.session(PATIENT), patient).await?.delay;
    let (g1, g2, g3) = (GUARDIANS[0], GUARDIANS[1], GUARDIANS[2]);
    let approve = |g: usize, to: Address| {
        let setup = setup.clone();
        let w = &w;
        async move {
            guardians::approve_recovery(&w.session(g), &w.secret(g).await, &setup, to, &NoSponsor)
                .await
        }
    };

    // An unwanted recovery (two guardians colluding, say) is cancelled by the old wallet during
    // the delay: it can never complete, and its approvals are void.
    let intruder = PrivateKeySigner::random();
    approve(g1, intruder.address()).await?;
    let started = approve(g2, intruder.address()).await?;
    assert!(started.ready_at.is_some(), "{started:?}");
    guardians::cancel_recovery(&w.session(PATIENT), &w.signer(PATIENT), &NoSponsor).await?;
    let status = guardians::recovery_status(&w.session(PATIENT), patient).await?;
    assert_eq!(status.successor, None);
    w.warp(delay + 1).await;
    let refused =
        guardians::complete_recovery(&w.session(PATIENT), &intruder, patient, &NoSponsor).await;
    assert!(matches!(refused, Err(GuardianError::Refused { .. })), "{refused:?}");
    assert!(format!("{refused:?}").contains("NoRecovery"), "{refused:?}");

    // The keystore is lost. One guardian alone starts nothing, even after the delay.
    let new_wallet = PrivateKeySigner::random();
    let one = approve(g1, new_wallet.address()).await?;
    assert_eq!((one.approvals, one.ready_at), (1, None));
    w.warp(delay + 1).await;
    let session = w.session(PATIENT);
    let early = guardians::complete_recovery(&session, &new_wallet, patient, &NoSponsor).await;
    assert!(format!("{early:?}").contains("NoRecovery"), "one of three is not enough: {early:?}");

    // A second guardian: the delay starts; completing early fails; after it, the new wallet
    // completes (gaslessly: it holds no ETH) and is the patient.
    let two = approve(g3, new_wallet.address()).await?;
    assert!(two.ready_at.is_some());
    assert!(
        guardians::complete_recovery(&session, &new_wallet, patient, &NoSponsor).await.is_err()
    );
    w.warp(delay).await;
    guardians::complete_recovery(&session, &new_wallet, patient, &NoSponsor).await?;
    assert_eq!(w.stack.read_provider().get_balance(new_wallet.address()).await?, 0);
    let status = guardians::recovery_status(&session, patient).await?;
    assert_eq!(status.recovered_to, Some(new_wallet.address()));
    let accounts =
        AccountRegistry::new(w.stack.deployment.contracts.accounts, w.stack.read_provider());
    assert!(!accounts.isPatient(patient).call().await?);
    assert!(accounts.isPatient(new_wallet.address()).call().await?);
    // A late approval of the old account is refused.
    let late = approve(g2, new_wallet.address()).await;
    assert!(format!("{late:?}").contains("AccountRecovered"), "{late:?}");

    // The new wallet lists the old identity's records and reads every one through the committee.
    let new_keys = session.encryption_keys(&new_wallet).await?;
    let listed = guardians::identity_records(&session, &new_wallet).await?;
    let mut ids: Vec<i64> = listed
        .iter()
        .map(|(from, r)| {
            assert_eq!(*from, patient);
            r.id
        })
        .collect();
    ids.sort_unstable();
    assert_eq!(ids, {
        let mut v = vec![by_provider, own];
        v.sort_unstable();
        v
    });
    let mut categories = Vec::new();
    for (_, r) in &listed {
        let read = records::read(&session, &new_wallet, &new_keys, r.id, None).await?;
        assert_eq!(read.plaintext.as_ref().map(|p| p.as_bytes().to_vec()), Some(RECORD.into()));
        match &read.key {
            KeySource::Committee { basis, .. } => assert_eq!(basis, "patient"),
            other => panic!("the new wallet's key comes from the committee, not {other:?}"),
        }
        categories.push(r.category);
    }
    categories.sort_unstable();
    assert_eq!(categories, vec![CATEGORY, OTHER_CATEGORY]);
    // Its access log at the relayer is the old identity's.
    let log = session.relayer.access_log_of(&new_wallet, patient).await?;
    assert!(log.receipts.iter().any(|r| r.reader == new_wallet.address()), "{log:?}");
    // A stranger's wallet is not served the old identity's records.
    let stranger = PrivateKeySigner::random();
    assert!(session.relayer.patient_records_of(&stranger, patient).await.is_err());
    Ok(())
}
