//! Unit tests of the API over the real SQLite store (a temporary file) and in-memory fakes of
//! the chain and the transaction manager.

use std::sync::Arc;

use alloy::{
    primitives::{Address, B256, Bytes, U256, aliases::U48},
    signers::{SignerSync, local::PrivateKeySigner},
};
use axum::{
    Json,
    extract::{Path, Query, State},
    http::StatusCode,
    response::IntoResponse,
};
use medvault_bindings::{
    consent_manager::IConsentManager::ConsentChange,
    medvault_forwarder::ERC2771Forwarder::ForwardRequestData,
};
use rand::rngs::OsRng;
use tokio::sync::Notify;

use alloy::sol_types::SolStruct;

use super::{
    ApiConfig, ApiContext, ApiFlags, JsonBody, Metrics, accesslog,
    auth::{self, Auth},
    error::ApiError,
    fakes::{FakeChain, FakeMarket, FakeSubmitter},
    keys::{self, AccessLogQuery, AddKeyRequest, DeleteKeysRequest, ReleaseRequest},
    market::{self, RequestInfo},
    relay::{self, ConsentRelayRequest},
    store::{ApiStore, Spent},
};
use medvault_client::{ecies, envelope::DataKey, keys::SecretKey};
use medvault_primitives::{
    consent::ConsentGrant,
    eip712::{consent_domain, delegation_digest},
    merkle,
    types::{Category, PatientId, PublicKey, RecordId, RecordLeaf, RecordVersion},
};

use crate::{
    ipfs::in_memory::InMemoryPinner,
    store::{NewRecord, NewSubmission, RecordStore, SqliteStore},
};

struct Fixture {
    ctx: ApiContext,
    chain: Arc<FakeChain>,
    submitter: Arc<FakeSubmitter>,
    market: Arc<FakeMarket>,
    ipfs: Arc<InMemoryPinner>,
    patient: PrivateKeySigner,
    author: PrivateKeySigner,
    reader: PrivateKeySigner,
    record: B256,
    _dir: tempfile::TempDir,
}

const TARGET: Address = Address::repeat_byte(0x77);

/// 0.001 ether: what every call costs on the fake chain.
const MILLI_ETHER: u64 = 1_000_000_000_000_000;

/// The encryption key the tests register for `signer` (its own key: the relayer only compares
/// public keys, however they were derived).
fn key_of(signer: &PrivateKeySigner) -> PublicKey {
    SecretKey::from(signer).public_key().clone()
}

fn wrap_for(signer: &PrivateKeySigner, key: &DataKey) -> Vec<u8> {
    ecies::wrap(key, &key_of(signer)).as_bytes().to_vec()
}

/// Registers `signer`'s key in the fake chain.
fn register(chain: &FakeChain, signer: &PrivateKeySigner) {
    chain.keys.lock().unwrap().entry(signer.address()).or_default().push(key_of(signer));
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("relayer.db");
    let records = Arc::new(SqliteStore::open(&db).expect("store"));
    let (patient, author, reader) =
        (PrivateKeySigner::random(), PrivateKeySigner::random(), PrivateKeySigner::random());
    let record = B256::repeat_byte(0xab);
    let data_key = DataKey::random(&mut OsRng);
    records
        .accept(NewSubmission {
            idempotency_key: None,
            author: author.address(),
            signature: vec![1; 65],
            root: B256::repeat_byte(1),
            records: vec![NewRecord {
                leaf: RecordLeaf {
                    patient_id: PatientId(B256::repeat_byte(2)),
                    record_id: RecordId(record),
                    version: RecordVersion(1),
                    previous: B256::ZERO,
                    ciphertext_hash: B256::repeat_byte(3),
                    author: author.address(),
                    category: Category(4),
                },
                patient_account: patient.address(),
                envelope: vec![9; 64],
                // The committee wrap first, as ingest stores it.
                wrapped_keys: vec![
                    ecies::wrap(&data_key, SecretKey::random(&mut OsRng).public_key())
                        .as_bytes()
                        .to_vec(),
                    wrap_for(&patient, &data_key),
                    wrap_for(&author, &data_key),
                    wrap_for(&reader, &data_key),
                ],
            }],
        })
        .expect("accept");
    let chain = Arc::new(FakeChain::new());
    for who in [&patient, &author, &reader] {
        register(&chain, who);
    }
    let submitter = Arc::new(FakeSubmitter::default());
    let market = Arc::new(FakeMarket::default());
    let ipfs = Arc::new(InMemoryPinner::default());
    let ctx = ApiContext {
        store: Arc::new(ApiStore::open(&db, records).expect("api store")),
        chain: chain.clone(),
        market: market.clone(),
        submitter: submitter.clone(),
        signer: PrivateKeySigner::random(),
        config: ApiConfig {
            chain_id: 31337,
            consent: Address::repeat_byte(0xc0),
            records: Address::repeat_byte(0xe0),
            forwarder: Address::repeat_byte(0xf0),
            allowed_targets: vec![TARGET],
            max_gas_per_request: 500_000,
            budget: super::RelayBudget {
                per_signer_daily: U256::from(MILLI_ETHER * 5),
                daily: U256::from(MILLI_ETHER * 50),
                floor: U256::from(MILLI_ETHER * 100),
            },
            relay_window: std::time::Duration::ZERO,
            operator_token: Some("s3cret".into()),
            market: Address::repeat_byte(0x3a),
            k: 3,
            keynode_urls: Vec::new(),
        },
        metrics: Metrics::new(),
        anchor_now: Arc::new(Notify::new()),
        events: tokio::sync::broadcast::channel(16).0,
        ipfs: ipfs.clone(),
        criteria_fetches: Arc::default(),
        streams: Arc::new(super::events::StreamSlots::new(2, 3)),
    };
    Fixture { ctx, chain, submitter, market, ipfs, patient, author, reader, record, _dir: dir }
}

impl Fixture {
    /// The access-log anchorer over this fixture's store and submitter.
    fn access_log_anchorer(&self) -> accesslog::AccessLogAnchorer {
        accesslog::AccessLogAnchorer::new(
            self.ctx.store.clone(),
            self.submitter.clone(),
            self.ctx.config.consent,
            std::time::Duration::from_millis(10),
        )
    }

    /// `GET /v1/market/requests/{request}/deliveries`, signed by `who`.
    async fn deliveries_of(
        &self,
        request: u64,
        who: &PrivateKeySigner,
    ) -> Result<Json<Vec<market::DeliveryView>>, ApiError> {
        let auth = self.sign(who, |nonce, expires| auth::ListDeliveries {
            requestId: U256::from(request),
            nonce,
            expires,
        });
        market::deliveries(
            State(self.ctx.clone()),
            auth,
            Path(U256::from(request)),
            Query(market::DeliveriesQuery {}),
        )
        .await
    }

    /// `who`'s signature of `make(nonce, expires)` under this relayer's domain, fresh nonce.
    fn sign<T: SolStruct>(
        &self,
        who: &PrivateKeySigner,
        make: impl FnOnce(B256, u64) -> T,
    ) -> Auth {
        auth::tests::sign(who, &self.ctx.domain(), make)
    }

    /// `who`'s release request of the record (version 1), showing its grant, and its signature.
    fn release_req(&self, who: &PrivateKeySigner) -> (Auth, ReleaseRequest) {
        let auth = self.sign(who, |nonce, expires| auth::ReleaseKey {
            recordId: self.record,
            version: 1,
            nonce,
            expires,
        });
        let req = ReleaseRequest {
            record_id: self.record,
            version: 1,
            reader: who.address(),
            consents: vec![self.grant_for(who.address())],
            emergency_salt: None,
        };
        (auth, req)
    }

    /// The patient's signed `AddKey` of `wrapped` for `grantee` on the record, signed by `by`.
    fn add_key_req(
        &self,
        by: &PrivateKeySigner,
        grantee: Address,
        wrapped: &[u8],
    ) -> (Auth, AddKeyRequest) {
        let auth = self.sign(by, |nonce, expires| auth::AddKey {
            recordId: self.record,
            version: 1,
            grantee,
            keyHash: alloy::primitives::keccak256(wrapped),
            nonce,
            expires,
        });
        (auth, AddKeyRequest { version: 1, grantee, wrapped_key: Bytes::from(wrapped.to_vec()) })
    }

    async fn add_key(
        &self,
        by: &PrivateKeySigner,
        grantee: Address,
        wrapped: &[u8],
    ) -> Result<axum::response::Response, ApiError> {
        let (auth, req) = self.add_key_req(by, grantee, wrapped);
        keys::add_key(State(self.ctx.clone()), auth, Path(self.record), JsonBody(req)).await
    }

    /// `by`'s signed order to delete the record's keys (and her own with `drop_own`).
    async fn delete_keys(
        &self,
        by: &PrivateKeySigner,
        record: B256,
        drop_own: bool,
    ) -> Result<axum::response::Response, ApiError> {
        let auth = self.sign(by, |nonce, expires| auth::DeleteKeys {
            recordId: record,
            dropOwn: drop_own,
            nonce,
            expires,
        });
        keys::delete_keys(
            State(self.ctx.clone()),
            auth,
            Path(record),
            JsonBody(DeleteKeysRequest { drop_own }),
        )
        .await
    }

    /// `by`'s signed read of `patient`'s access log.
    async fn access_log_as(
        &self,
        by: &PrivateKeySigner,
        patient: Address,
    ) -> Result<Json<keys::AccessLogResponse>, ApiError> {
        let auth = self.sign(by, |nonce, expires| auth::ReadAccessLog { patient, nonce, expires });
        keys::access_log(State(self.ctx.clone()), auth, Path(patient), Query(AccessLogQuery {}))
            .await
    }

    /// The grant `who` would show for the record: delegated by the patient to a controller of
    /// its own; live only once [`Fixture::allow`]ed.
    fn grant_for(&self, who: Address) -> ConsentGrant {
        let controller =
            PrivateKeySigner::from_bytes(&alloy::primitives::keccak256(who)).unwrap().address();
        let domain = consent_domain(self.ctx.config.chain_id, self.ctx.config.consent);
        let digest = delegation_digest(self.patient.address(), controller, who, &domain);
        let delegation =
            Bytes::from(self.patient.sign_hash_sync(&digest).unwrap().as_bytes().to_vec());
        ConsentGrant {
            patient: self.patient.address(),
            grantee: who,
            scope: medvault_primitives::enums::Scope::Record,
            target: self.record,
            salt: B256::repeat_byte(3),
            controller,
            delegation,
        }
    }

    /// Makes `who`'s grant live on the fake chain.
    fn allow(&self, who: Address) {
        let g = self.grant_for(who);
        self.chain.grants.lock().unwrap().insert((g.controller, g.grant_id()));
    }

    async fn release(&self, who: &PrivateKeySigner) -> Result<keys::ReleaseResponse, ApiError> {
        let (auth, req) = self.release_req(who);
        let resp = keys::release(State(self.ctx.clone()), auth, JsonBody(req)).await?;
        assert_eq!(resp.status(), StatusCode::OK);
        let body = axum::body::to_bytes(resp.into_body(), 1 << 20).await.expect("body");
        Ok(serde_json::from_slice(&body).expect("json"))
    }

    async fn log(&self) -> Vec<keys::ReceiptView> {
        let Json(log) =
            self.access_log_as(&self.patient, self.patient.address()).await.expect("log");
        log.receipts
    }
}

#[tokio::test]
async fn release_follows_consent_and_every_decision_is_logged() {
    let f = fixture();
    let own = f.release(&f.patient).await.expect("patient");
    assert_eq!(own.basis, "patient");
    assert_eq!(
        ecies::WrappedKey::from_bytes(&own.wrapped_key).expect("key").recipient().address(),
        f.patient.address()
    );
    assert_eq!(f.release(&f.author).await.expect("author").basis, "author");
    let refused = f.release(&f.reader).await.unwrap_err();
    assert!(matches!(refused, ApiError::Forbidden(_)), "{refused}");
    // A grant of someone else's shown by the reader does not count.
    let (auth, mut req) = f.release_req(&f.reader);
    req.consents = vec![f.grant_for(f.author.address())];
    f.allow(f.author.address());
    let e = keys::release(State(f.ctx.clone()), auth, JsonBody(req)).await.unwrap_err();
    assert!(matches!(e, ApiError::Forbidden(_)), "{e}");
    f.allow(f.reader.address());
    let ok = f.release(&f.reader).await.expect("granted");
    assert_eq!(ok.basis, "consent");
    // The receipt is signed by the relayer over its leaf.
    let sig = alloy::primitives::Signature::try_from(ok.receipt.signature.as_ref()).unwrap();
    assert_eq!(sig.recover_address_from_prehash(&ok.receipt.leaf).unwrap(), f.ctx.signer.address());
    let log = f.log().await;
    let decisions: Vec<(Address, bool)> = log.iter().map(|r| (r.reader, r.granted)).collect();
    // The reader's two refusals, for the same reason within the hour, are logged once.
    assert_eq!(
        decisions,
        vec![
            (f.patient.address(), true),
            (f.author.address(), true),
            (f.reader.address(), false),
            (f.reader.address(), true),
        ]
    );
    assert_eq!(log[2].reason, "no consent");
}

/// Anyone may ask for any record's key and be refused, and each refusal used to be a receipt in
/// the patient's access log, anchored at the relayer's cost. A loop of refused requests now
/// writes one receipt, and fresh keys write at most a day's cap before being refused unlogged.
#[tokio::test]
async fn refused_requests_cannot_flood_the_patients_access_log() {
    let f = fixture();
    for _ in 0..20 {
        let e = f.release(&f.reader).await.unwrap_err();
        assert_eq!(e.status(), StatusCode::FORBIDDEN, "{e}");
    }
    assert_eq!(f.log().await.len(), 1, "one refusal logged for twenty asks");
    let mut throttled = 0;
    for _ in 0..keys::MAX_REFUSALS_PER_DAY + 5 {
        let stranger = PrivateKeySigner::random();
        register(&f.chain, &stranger);
        match f.release(&stranger).await.unwrap_err() {
            ApiError::Forbidden(_) => {}
            ApiError::TooManyRequests(m) => {
                assert!(m.contains("nothing was logged"), "{m}");
                throttled += 1;
            }
            e => panic!("{e}"),
        }
    }
    assert_eq!(throttled, 6);
    assert_eq!(f.log().await.len() as u64, keys::MAX_REFUSALS_PER_DAY);
    // The patient herself still reads, and is logged.
    f.release(&f.patient).await.expect("patient");
    assert_eq!(f.log().await.len() as u64, keys::MAX_REFUSALS_PER_DAY + 1);
}

#[tokio::test]
async fn bad_signatures_and_unknown_records_write_nothing() {
    let f = fixture();
    let (auth, mut req) = f.release_req(&f.reader);
    req.reader = f.author.address();
    let e = keys::release(State(f.ctx.clone()), auth, JsonBody(req)).await.unwrap_err();
    assert!(matches!(e, ApiError::Unauthorized(_)));
    // Expired, and valid for longer than the window: refused.
    for expires in [auth::now_secs() - 1, auth::now_secs() + auth::MAX_VALIDITY_SECS + 10] {
        let (mut auth, req) = f.release_req(&f.reader);
        auth.0.expires = expires;
        let e = keys::release(State(f.ctx.clone()), auth, JsonBody(req)).await.unwrap_err();
        assert!(matches!(e, ApiError::Unauthorized(_)), "{e}");
    }
    let other = B256::repeat_byte(0xee);
    let auth = f.sign(&f.reader, |nonce, expires| auth::ReleaseKey {
        recordId: other,
        version: 1,
        nonce,
        expires,
    });
    let e = keys::release(
        State(f.ctx.clone()),
        auth,
        JsonBody(ReleaseRequest {
            record_id: other,
            version: 1,
            reader: f.reader.address(),
            consents: Vec::new(),
            emergency_salt: None,
        }),
    )
    .await
    .unwrap_err();
    assert!(matches!(e, ApiError::NotFound(_)));
    assert!(f.log().await.is_empty());
    // The log itself is the patient's only.
    let e = f.access_log_as(&f.reader, f.patient.address()).await.unwrap_err();
    assert!(matches!(e, ApiError::Unauthorized(_)));
}

#[tokio::test]
async fn keys_wrapped_before_a_rotation_stay_the_accounts() {
    let f = fixture();
    let rotated = SecretKey::random(&mut OsRng).public_key().clone();
    f.chain.keys.lock().unwrap().get_mut(&f.patient.address()).unwrap().push(rotated);
    let own = f.release(&f.patient).await.expect("the epoch-1 wrap is still the patient's");
    let recipient = ecies::WrappedKey::from_bytes(&own.wrapped_key).unwrap().recipient().clone();
    assert_eq!(recipient, key_of(&f.patient));
    f.delete_keys(&f.patient, f.record, false).await.expect("shredded");
    assert_eq!(f.release(&f.patient).await.expect("kept").wrapped_key, own.wrapped_key);
}

#[tokio::test]
async fn a_patient_who_asks_drops_her_own_keys_too() {
    let f = fixture();
    // An order to keep her keys, signed, is not one to drop them.
    let keep = f.sign(&f.patient, |nonce, expires| auth::DeleteKeys {
        recordId: f.record,
        dropOwn: false,
        nonce,
        expires,
    });
    let e = keys::delete_keys(
        State(f.ctx.clone()),
        keep,
        Path(f.record),
        JsonBody(DeleteKeysRequest { drop_own: true }),
    )
    .await
    .unwrap_err();
    assert!(matches!(e, ApiError::NotFound(_)), "{e}");
    assert_eq!(f.release(&f.patient).await.expect("still hers").basis, "patient");
    f.delete_keys(&f.patient, f.record, true).await.expect("shredded");
    // No wrapped key is left for anyone, the patient included: she gets the committee wrap only.
    let own = f.release(&f.patient).await.expect("the committee wrap");
    assert!(own.wrapped_key.is_empty());
    assert!(!own.committee_wrap.is_empty());
    for who in [&f.reader, &f.author] {
        let e = f.release(who).await.unwrap_err();
        assert!(matches!(e, ApiError::Gone(_)), "{e}");
    }
    let patient_keys = [key_of(&f.patient)];
    assert!(
        f.ctx.store.wrapped_key(f.record, 1, f.patient.address(), &patient_keys).unwrap().is_none()
    );
    // The committee wrap stays (the key nodes refuse it), and is still the committee's.
    let committee = f.ctx.store.committee_wrap(f.record, 1).unwrap().expect("kept");
    assert!(!patient_keys.contains(&super::store::recipient_of(&committee).unwrap()));
}

#[tokio::test]
async fn added_keys_per_record_are_capped() {
    // A patient's client (or a stolen session) cannot grow one record's key list without bound:
    // past the cap the relayer refuses and writes nothing; replacing a grantee's key still works.
    let f = fixture();
    let key = DataKey::random(&mut OsRng);
    let f = &f;
    let add = |grantee: &PrivateKeySigner| {
        let (to, wrapped) = (grantee.address(), wrap_for(grantee, &key));
        async move { f.add_key(&f.patient, to, &wrapped).await }
    };
    let mut grantees = Vec::new();
    for _ in 0..super::store::MAX_ADDED_KEYS {
        let g = PrivateKeySigner::random();
        register(&f.chain, &g);
        add(&g).await.expect("under the cap");
        grantees.push(g);
    }
    let one_more = PrivateKeySigner::random();
    register(&f.chain, &one_more);
    let e = add(&one_more).await.unwrap_err();
    assert!(matches!(e, ApiError::Conflict(ref m) if m.contains("key committee")), "{e:?}");
    add(&grantees[0]).await.expect("replacing a grantee's key is not a new key");
}

/// A free self-registered account files under the patient's record id (a version 1 beside hers,
/// and her next version): both are refused, and the record stays hers in every key operation.
/// She still adds grantee keys and reads her record; the squatter can neither shred it nor add
/// keys to it, and the squatter's refused release is written to her access log, not to theirs.
#[tokio::test]
async fn a_record_id_squatter_gets_no_hold_on_the_patients_record() {
    let f = fixture();
    let records = SqliteStore::open(&f._dir.path().join("relayer.db")).expect("store");
    let mallory = PrivateKeySigner::random();
    register(&f.chain, &mallory);
    for version in [1, 2] {
        let squat = NewSubmission {
            idempotency_key: None,
            author: mallory.address(),
            signature: vec![1; 65],
            root: B256::repeat_byte(5),
            records: vec![NewRecord {
                leaf: RecordLeaf {
                    patient_id: PatientId(B256::repeat_byte(6)),
                    record_id: RecordId(f.record),
                    version: RecordVersion(version),
                    previous: B256::ZERO,
                    ciphertext_hash: B256::repeat_byte(7),
                    author: mallory.address(),
                    category: Category(4),
                },
                patient_account: mallory.address(),
                envelope: vec![8; 64],
                wrapped_keys: vec![wrap_for(&mallory, &DataKey::random(&mut OsRng))],
            }],
        };
        let e = records.accept(squat).unwrap_err();
        assert!(
            matches!(e, crate::store::StoreError::OtherPatient { .. }),
            "version {version}: {e}"
        );
    }
    assert_eq!(f.ctx.store.patient_of(f.record).unwrap(), Some(f.patient.address()));

    // Her operations work.
    assert_eq!(f.release(&f.patient).await.expect("hers").basis, "patient");
    let doctor = PrivateKeySigner::random();
    register(&f.chain, &doctor);
    let wrapped = wrap_for(&doctor, &DataKey::random(&mut OsRng));
    let e = f.add_key(&mallory, doctor.address(), &wrapped).await.unwrap_err();
    assert!(matches!(e, ApiError::NotFound(_)), "the squatter adds no key: {e}");
    let r =
        f.add_key(&f.patient, doctor.address(), &wrapped).await.expect("she adds a grantee key");
    assert_eq!(r.status(), StatusCode::CREATED);

    // The squatter cannot shred her record.
    let e = f.delete_keys(&mallory, f.record, true).await.unwrap_err();
    assert!(matches!(e, ApiError::NotFound(_)), "{e}");
    f.allow(f.reader.address());
    assert!(
        !f.release(&f.reader)
            .await
            .expect("her reader's key is still there")
            .wrapped_key
            .is_empty()
    );

    // The squatter's refused release concerns her record, so it is in her log.
    let e = f.release(&mallory).await.unwrap_err();
    assert!(matches!(e, ApiError::Forbidden(_)), "{e}");
    let log = f.log().await;
    assert!(log.iter().any(|r| r.reader == mallory.address() && !r.granted), "{log:?}");
    let Json(theirs) = f.access_log_as(&mallory, mallory.address()).await.expect("their log");
    assert!(theirs.receipts.is_empty(), "{:?}", theirs.receipts);
}

#[tokio::test]
async fn patient_adds_keys_and_shredding_leaves_only_theirs() {
    let f = fixture();
    let doctor = PrivateKeySigner::random();
    register(&f.chain, &doctor);
    let wrapped = wrap_for(&doctor, &DataKey::random(&mut OsRng));
    let e = f.add_key(&doctor, doctor.address(), &wrapped).await.unwrap_err();
    assert!(matches!(e, ApiError::NotFound(_)), "only the patient");
    let e = f.add_key(&f.patient, f.reader.address(), &wrapped).await.unwrap_err();
    assert!(matches!(e, ApiError::BadRequest(_)), "key for someone else");
    let r = f.add_key(&f.patient, doctor.address(), &wrapped).await.expect("added");
    assert_eq!(r.status(), StatusCode::CREATED);
    f.allow(doctor.address());
    let got = f.release(&doctor).await.expect("doctor");
    assert_eq!(got.wrapped_key.to_vec(), wrapped);

    let e = f.delete_keys(&doctor, f.record, false).await.unwrap_err();
    assert!(matches!(e, ApiError::NotFound(_)));
    f.delete_keys(&f.patient, f.record, false).await.expect("shredded");
    for who in [&doctor, &f.reader, &f.author] {
        let e = f.release(who).await.unwrap_err();
        assert!(matches!(e, ApiError::Gone(_)), "{e}");
    }
    assert_eq!(f.release(&f.patient).await.expect("own").basis, "patient");
    // The bytes are gone from the records table too.
    let reader_keys = [key_of(&f.reader)];
    assert!(
        f.ctx.store.wrapped_key(f.record, 1, f.reader.address(), &reader_keys).unwrap().is_none()
    );
    let log = f.log().await;
    assert_eq!(log.iter().filter(|r| r.reason == "shredded").count(), 3);
}

#[tokio::test]
async fn receipts_are_anchored_with_proofs() {
    let f = fixture();
    f.release(&f.patient).await.expect("own");
    let _ = f.release(&f.reader).await;
    let anchorer = f.access_log_anchorer();
    assert_eq!(anchorer.tick().await.expect("tick"), 2);
    assert_eq!(anchorer.tick().await.expect("tick"), 0);
    let log = f.log().await;
    let root = log[0].anchor.as_ref().expect("anchored").root;
    for r in &log {
        let a = r.anchor.as_ref().expect("anchored");
        assert_eq!(a.state, "confirmed");
        assert_eq!(a.root, root);
        assert!(merkle::verify(root, r.leaf, &a.proof));
    }
    // One anchor, under the documented key.
    let calls = f.submitter.calls.lock().unwrap();
    assert_eq!(calls.len(), 1);
    assert!(calls.contains_key(&accesslog::anchor_key(root)));
}

/// A failed access-log anchor was final: its receipts stayed unanchored for good. Now it is tried
/// again at the next tick under the next attempt's key, until it lands (or `MAX_ATTEMPTS`).
#[tokio::test]
async fn a_failed_access_log_anchor_is_retried_until_it_lands() {
    let f = fixture();
    f.release(&f.patient).await.expect("own");
    let anchorer = f.access_log_anchorer();
    *f.submitter.fail_next.lock().unwrap() = 2;
    assert_eq!(anchorer.tick().await.expect("cut; the anchor fails"), 1);
    anchorer.tick().await.expect("the retry fails too");
    assert!(f.log().await[0].anchor.as_ref().is_some_and(|a| a.state != "confirmed"));
    anchorer.tick().await.expect("the third attempt lands");
    let log = f.log().await;
    let a = log[0].anchor.as_ref().expect("anchored");
    assert_eq!(a.state, "confirmed");
    {
        let calls = f.submitter.calls.lock().unwrap();
        assert_eq!(calls.len(), 1, "one anchor landed");
        assert!(calls.contains_key(&accesslog::attempt_key(a.root, 2)));
    }

    // A batch that keeps failing is left failed after MAX_ATTEMPTS, not paid for forever.
    let _ = f.release(&f.reader).await;
    *f.submitter.fail_next.lock().unwrap() = usize::MAX;
    for _ in 0..accesslog::MAX_ATTEMPTS + 2 {
        anchorer.tick().await.expect("tick");
    }
    let log = f.log().await;
    assert_eq!(log.last().unwrap().anchor.as_ref().expect("batched").state, "failed");
    assert_eq!(f.submitter.calls.lock().unwrap().len(), 1);
}

/// A reorg deeper than the confirmation depth takes a confirmed access-log anchor off the chain.
/// It stayed "confirmed" for good, its receipts unanchored; now the reconciliation finds the root
/// gone and anchors it again under its next attempt's key.
#[tokio::test]
async fn an_access_log_root_a_deep_reorg_took_out_is_anchored_again() {
    let f = fixture();
    f.release(&f.patient).await.expect("own");
    let anchorer =
        f.access_log_anchorer().reconciling(f.chain.clone(), std::time::Duration::from_millis(10));
    assert_eq!(anchorer.tick().await.expect("tick"), 1);
    let root = f.log().await[0].anchor.as_ref().expect("anchored").root;
    assert_eq!(anchorer.reconcile().await.expect("reconcile"), 0, "on the chain");

    f.chain.dropped_access_logs.lock().unwrap().insert(root);
    assert_eq!(anchorer.reconcile().await.expect("reconcile"), 1);
    assert_ne!(f.log().await[0].anchor.as_ref().expect("batched").state, "confirmed");
    f.chain.dropped_access_logs.lock().unwrap().clear();
    anchorer.tick().await.expect("anchored again");
    let a = f.log().await[0].anchor.clone().expect("anchored");
    assert_eq!((a.state.as_str(), a.root), ("confirmed", root));
    let calls = f.submitter.calls.lock().unwrap();
    assert_eq!(calls.len(), 2, "the first anchor, gone, and the new one");
    assert!(calls.contains_key(&accesslog::attempt_key(root, 1)));
}

#[tokio::test]
async fn identical_receipts_cut_apart_join_the_first_ones_anchor() {
    // The same refusal twice in one second: the same leaf, so alone in a batch, the same root.
    let f = fixture();
    let mut receipt = super::store::NewReceipt {
        patient: f.patient.address(),
        reader: f.reader.address(),
        record_id: f.record,
        version: 1,
        time_secs: 1_700_000_000,
        granted: false,
        reason: "no consent".into(),
        leaf: B256::ZERO,
        signature: vec![1; 65],
    };
    receipt.leaf = keys::receipt_leaf(&receipt);
    let anchorer = f.access_log_anchorer();
    f.ctx.store.log(&receipt).unwrap();
    assert_eq!(anchorer.tick().await.expect("first"), 1);
    f.ctx.store.log(&receipt).unwrap();
    assert_eq!(anchorer.tick().await.expect("the same root again is no error"), 1);
    let log = f.log().await;
    let anchored: Vec<_> = log
        .iter()
        .filter(|r| r.leaf == receipt.leaf)
        .map(|r| r.anchor.clone().expect("anchored"))
        .collect();
    assert_eq!(anchored.len(), 2);
    assert_eq!((anchored[0].root, &anchored[0].proof), (anchored[1].root, &anchored[1].proof));
    assert_eq!(anchored[0].state, "confirmed");
    assert!(merkle::verify(anchored[0].root, receipt.leaf, &anchored[0].proof));
    assert_eq!(f.submitter.calls.lock().unwrap().len(), 1, "one anchor");
}

fn consent(f: &Fixture, deadline: u64) -> ConsentChange {
    ConsentChange {
        controller: f.patient.address(),
        grantId: B256::repeat_byte(0x61),
        access: medvault_primitives::enums::Access::Read.into(),
        expiresAt: auth::now_secs() + 86_400,
        noticeHash: alloy::primitives::keccak256([]),
        nonce: 0,
        deadline: U256::from(deadline),
    }
}

async fn relay_consent(
    f: &Fixture,
    c: ConsentChange,
    by: &PrivateKeySigner,
) -> Result<B256, ApiError> {
    use super::chain::ApiChain;
    let digest = f.chain.consent_digest(&c).await.unwrap();
    let signature = Bytes::from(by.sign_hash_sync(&digest).unwrap().as_bytes().to_vec());
    let resp = relay::consent(
        State(f.ctx.clone()),
        JsonBody(ConsentRelayRequest { change: c, signature, notice: Bytes::new() }),
    )
    .await?;
    assert_eq!(resp.status(), StatusCode::ACCEPTED);
    let body = axum::body::to_bytes(resp.into_body(), 1 << 20).await.unwrap();
    let v: relay::RelayAccepted = serde_json::from_slice(&body).unwrap();
    Ok(v.key)
}

#[tokio::test]
async fn consent_relay_checks_before_paying_and_refuses_replays() {
    let f = fixture();
    let later = auth::now_secs() + 600;
    let e = relay_consent(&f, consent(&f, later), &f.reader).await.unwrap_err();
    assert!(matches!(e, ApiError::Unauthorized(_)), "not the controller");
    let mut other_notice = consent(&f, later);
    other_notice.noticeHash = B256::repeat_byte(1);
    let e = relay_consent(&f, other_notice, &f.patient).await.unwrap_err();
    assert!(matches!(e, ApiError::BadRequest(_)), "the notice is not the signed one: {e}");
    let e = relay_consent(&f, consent(&f, auth::now_secs() - 1), &f.patient).await.unwrap_err();
    assert!(e.to_string().contains("expired"), "{e}");
    *f.chain.consent_nonce.lock().unwrap() = 1;
    let e = relay_consent(&f, consent(&f, later), &f.patient).await.unwrap_err();
    assert!(matches!(e, ApiError::Conflict(_)), "used nonce");
    *f.chain.consent_nonce.lock().unwrap() = 0;
    assert!(f.submitter.calls.lock().unwrap().is_empty(), "nothing written");

    let key = relay_consent(&f, consent(&f, later), &f.patient).await.expect("relayed");
    let e = relay_consent(&f, consent(&f, later), &f.patient).await.unwrap_err();
    assert!(matches!(e, ApiError::Conflict(_)), "replay");
    assert_eq!(f.submitter.calls.lock().unwrap().len(), 1);
    let Json(status) = relay::status(State(f.ctx.clone()), Path(key)).await.expect("status");
    assert_eq!(status.state, "confirmed");
    let e = relay::status(State(f.ctx.clone()), Path(B256::ZERO)).await.unwrap_err();
    assert!(matches!(e, ApiError::NotFound(_)));
}

#[tokio::test]
async fn an_accepted_revocation_reaches_the_key_nodes_before_it_is_submitted() {
    // Two key nodes that record what they are told, and one that is down.
    let told = Arc::new(std::sync::Mutex::new(Vec::<(String, ConsentRelayRequest)>::new()));
    let mut urls = Vec::new();
    for name in ["a", "b"] {
        let told = told.clone();
        let app = axum::Router::new().route(
            "/v1/revocations",
            axum::routing::post(move |Json(body): Json<ConsentRelayRequest>| {
                let told = told.clone();
                async move {
                    told.lock().unwrap().push((name.to_string(), body));
                    StatusCode::ACCEPTED
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        urls.push(format!("http://{}", listener.local_addr().unwrap()));
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    }
    urls.push("http://127.0.0.1:9".into());
    let mut f = fixture();
    f.ctx.config.keynode_urls = urls;
    use super::chain::ApiChain;
    let c = ConsentChange { access: 0, expiresAt: 0, ..consent(&f, auth::now_secs() + 600) };
    let digest = f.chain.consent_digest(&c).await.unwrap();
    let signature = Bytes::from(f.patient.sign_hash_sync(&digest).unwrap().as_bytes().to_vec());
    let revoke = ConsentRelayRequest { change: c.clone(), signature, notice: Bytes::new() };
    let resp = relay::consent(State(f.ctx.clone()), JsonBody(revoke.clone()))
        .await
        .expect("a node down does not stop the revocation");
    assert_eq!(resp.status(), StatusCode::ACCEPTED);
    let mut got = told.lock().unwrap().clone();
    got.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(got.len(), 2, "both running nodes were told before the answer");
    for (_, body) in got {
        assert!(body.is_revocation());
        assert_eq!(body.change.nonce, c.nonce);
        assert_eq!(body.signature, revoke.signature);
    }
    assert_eq!(f.submitter.calls.lock().unwrap().len(), 1, "and it was submitted");
}

fn forward_req(from: Address, to: Address, gas: u64) -> ForwardRequestData {
    ForwardRequestData {
        from,
        to,
        value: U256::ZERO,
        gas: U256::from(gas),
        deadline: U48::from(auth::now_secs() + 600),
        data: Bytes::from(vec![1, 2, 3, 4]),
        signature: Bytes::from(vec![0; 65]),
    }
}

#[tokio::test]
async fn forward_relay_enforces_the_gas_policy() {
    let f = fixture();
    let from = f.patient.address();
    let forward = |req| relay::forward(State(f.ctx.clone()), JsonBody(req));
    let e = forward(forward_req(from, Address::repeat_byte(1), 100_000)).await.unwrap_err();
    assert!(matches!(e, ApiError::Forbidden(_)), "{e}");
    let e = forward(forward_req(from, TARGET, 600_000)).await.unwrap_err();
    assert!(matches!(e, ApiError::Forbidden(_)), "{e}");
    let e = forward(forward_req(from, TARGET, 400_000)).await.unwrap_err();
    assert!(matches!(e, ApiError::Unauthorized(_)), "verify says no: {e}");
    *f.chain.forward_ok.lock().unwrap() = true;
    let r = forward(forward_req(from, TARGET, 400_000)).await.expect("relayed");
    assert_eq!(r.status(), StatusCode::ACCEPTED);
    let e = forward(forward_req(from, TARGET, 400_000)).await.unwrap_err();
    assert!(matches!(e, ApiError::Conflict(_)), "same nonce again: {e}");
    assert_eq!(f.submitter.calls.lock().unwrap().len(), 1);
}

/// A forward request that would revert is refused at once with the decoded reason, and leaves
/// nothing behind: the corrected request with the same nonce is relayed, and the refused one
/// spent none of the sender's gas budget.
#[tokio::test]
async fn a_forward_that_would_revert_is_refused_with_its_reason_and_holds_nothing() {
    let f = fixture();
    *f.chain.forward_ok.lock().unwrap() = true;
    *f.chain.forward_revert.lock().unwrap() = Some("NotGuardian(0x01)".into());
    let from = f.patient.address();
    let forward = |req| relay::forward(State(f.ctx.clone()), JsonBody(req));
    let e = forward(forward_req(from, TARGET, 400_000)).await.unwrap_err();
    assert!(matches!(&e, ApiError::BadRequest(m) if m.contains("NotGuardian")), "{e}");
    assert_eq!(e.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(f.submitter.calls.lock().unwrap().is_empty());
    *f.chain.forward_revert.lock().unwrap() = None;
    let r = forward(forward_req(from, TARGET, 400_000)).await.expect("the corrected request");
    assert_eq!(r.status(), StatusCode::ACCEPTED);
    // The refused request spent nothing of the sender's budget (5 calls a day): 4 more fit.
    let day = auth::now_secs() / 86_400;
    let cost = U256::from(MILLI_ETHER);
    for _ in 0..4 {
        assert_eq!(
            f.ctx.store.spend(from, day, cost, &f.ctx.config.budget).unwrap(),
            Spent::Charged
        );
    }
    assert_eq!(
        f.ctx.store.spend(from, day, cost, &f.ctx.config.budget).unwrap(),
        Spent::SignerBudget
    );
}

/// A forward request that reverts at estimation never reached the chain: its nonce is still
/// the signer's next, so a corrected request with that nonce (here: the same request, once the
/// chain would take it) goes through instead of being refused as a replay.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forward_that_reverts_at_estimation_leaves_its_nonce_free() {
    use crate::tx::{TxConfig, TxManager, TxStatus, in_memory::InMemoryChain};
    let mut f = fixture();
    let relayer = PrivateKeySigner::random();
    let chain = Arc::new(InMemoryChain::new(relayer.address()));
    let tx = TxManager::start_with(
        chain.clone(),
        relayer,
        &f._dir.path().join("tx.db"),
        TxConfig { receipt_poll: std::time::Duration::from_millis(5), ..TxConfig::default() },
    )
    .await
    .expect("tx manager");
    f.ctx.submitter = Arc::new(tx.clone());
    *f.chain.forward_ok.lock().unwrap() = true;
    let forwarder = f.ctx.config.forwarder;
    let from = f.patient.address();
    let forward = |req| relay::forward(State(f.ctx.clone()), JsonBody(req));
    let wait = std::time::Duration::from_secs(10);

    chain.revert_calls_to(forwarder);
    let r = forward(forward_req(from, TARGET, 100_000)).await.expect("accepted");
    assert_eq!(r.status(), StatusCode::ACCEPTED);
    let key = crate::tx::IdempotencyKey(relay::forward_key(from, U256::ZERO));
    assert!(matches!(tx.wait(&key, wait).await.unwrap(), TxStatus::Failed { .. }));

    chain.stop_reverting_calls_to(forwarder);
    let r = forward(forward_req(from, TARGET, 100_000)).await.expect("the corrected request");
    assert_eq!(r.status(), StatusCode::ACCEPTED);
    assert!(matches!(tx.wait(&key, wait).await.unwrap(), TxStatus::Confirmed { .. }));
    // Once broadcast, the signature takes effect once.
    let e = forward(forward_req(from, TARGET, 100_000)).await.unwrap_err();
    assert!(matches!(e, ApiError::Conflict(_)), "{e}");
    tx.shutdown().await;
}

#[tokio::test]
async fn the_daily_budget_is_per_signer_and_in_all() {
    let f = fixture();
    let budget = super::RelayBudget {
        per_signer_daily: U256::from(600),
        daily: U256::from(1_000),
        floor: U256::ZERO,
    };
    let (a, b) = (Address::repeat_byte(0xa), Address::repeat_byte(0xb));
    let spend = |who, day, wei: u64| f.ctx.store.spend(who, day, U256::from(wei), &budget).unwrap();
    assert_eq!(spend(a, 1, 600), Spent::Charged);
    assert_eq!(spend(a, 1, 1), Spent::SignerBudget);
    assert_eq!(spend(a, 2, 600), Spent::Charged, "a new day");
    assert_eq!(spend(b, 1, 400), Spent::Charged);
    assert_eq!(spend(Address::repeat_byte(0xc), 1, 1), Spent::DailyBudget, "the day's total");
    assert_eq!(spend(b, 1, 1), Spent::DailyBudget, "a refused charge charged nothing");
}

/// N changes of one consent signed with the same nonce (say, one per expiry) all pass every
/// check before the chain; the chain takes only one. Only the first may cost the relayer: the
/// others are refused before anything is sent.
#[tokio::test]
async fn variants_of_one_consent_nonce_are_relayed_once() {
    let f = fixture();
    let later = auth::now_secs() + 600;
    let first = relay_consent(&f, consent(&f, later), &f.patient).await.expect("relayed");
    for days in 2..6 {
        let mut variant = consent(&f, later);
        variant.expiresAt = auth::now_secs() + days * 86_400;
        let e = relay_consent(&f, variant, &f.patient).await.unwrap_err();
        assert!(matches!(&e, ApiError::Conflict(m) if m.contains(&first.to_string())), "{e}");
    }
    assert_eq!(f.submitter.calls.lock().unwrap().len(), 1, "one call sent");
}

/// Fresh keys cost nothing to make, so each signer's budget bounds nothing on its own: the
/// day's total does. Past it, and past the signer's own, calls are refused and nothing is sent.
#[tokio::test]
async fn fresh_signers_cannot_spend_more_than_the_days_budget() {
    let mut f = fixture();
    f.ctx.config.budget.per_signer_daily = U256::from(MILLI_ETHER * 2);
    f.ctx.config.budget.daily = U256::from(MILLI_ETHER * 5);
    *f.chain.forward_ok.lock().unwrap() = true;
    let forward = |req| relay::forward(State(f.ctx.clone()), JsonBody(req));
    let one = PrivateKeySigner::random().address();
    forward(forward_req(one, TARGET, 100_000)).await.expect("first call");
    *f.chain.forward_nonce_of.lock().unwrap() = 1;
    forward(forward_req(one, TARGET, 100_000)).await.expect("second call");
    *f.chain.forward_nonce_of.lock().unwrap() = 2;
    let e = forward(forward_req(one, TARGET, 100_000)).await.unwrap_err();
    assert_eq!(e.status(), StatusCode::TOO_MANY_REQUESTS, "{e}");
    let mut refused = 0;
    for _ in 0..10 {
        match forward(forward_req(PrivateKeySigner::random().address(), TARGET, 100_000)).await {
            Ok(_) => {}
            Err(e) => {
                assert_eq!(e.status(), StatusCode::SERVICE_UNAVAILABLE, "{e}");
                assert!(e.to_string().contains("budget"), "{e}");
                refused += 1;
            }
        }
    }
    assert_eq!(refused, 7, "three fresh signers fit what is left of the day");
    assert_eq!(f.submitter.calls.lock().unwrap().len(), 5, "5 calls = the day's budget");
}

/// The relayer keeps a floor of its balance for anchoring records: a user's call that would take
/// it below is refused (503) and sends nothing, until the operator refills it.
#[tokio::test]
async fn users_calls_stop_at_the_floor_kept_for_anchoring() {
    let f = fixture();
    *f.chain.forward_ok.lock().unwrap() = true;
    *f.chain.balance.lock().unwrap() = U256::from(MILLI_ETHER * 100 + MILLI_ETHER / 2);
    let from = f.patient.address();
    let e = relay::forward(State(f.ctx.clone()), JsonBody(forward_req(from, TARGET, 100_000)))
        .await
        .unwrap_err();
    assert_eq!(e.status(), StatusCode::SERVICE_UNAVAILABLE, "{e}");
    assert!(e.to_string().contains("refills"), "{e}");
    let e = relay_consent(&f, consent(&f, auth::now_secs() + 600), &f.patient).await.unwrap_err();
    assert_eq!(e.status(), StatusCode::SERVICE_UNAVAILABLE, "{e}");
    assert!(f.submitter.calls.lock().unwrap().is_empty());
    assert!(f.ctx.metrics.render().contains("relay_refused_at_floor"));
    *f.chain.balance.lock().unwrap() = U256::from(MILLI_ETHER * 200);
    relay::forward(State(f.ctx.clone()), JsonBody(forward_req(from, TARGET, 100_000)))
        .await
        .expect("refilled");
}

/// A consent change the chain would refuse (here: the estimate reverts) is answered with why
/// and costs nothing; the nonce stays free.
#[tokio::test]
async fn a_consent_that_would_revert_is_refused_with_its_reason() {
    let f = fixture();
    *f.chain.forward_revert.lock().unwrap() = Some("ScopeExpired()".into());
    let e = relay_consent(&f, consent(&f, auth::now_secs() + 600), &f.patient).await.unwrap_err();
    assert!(matches!(&e, ApiError::BadRequest(m) if m.contains("ScopeExpired")), "{e}");
    assert!(f.submitter.calls.lock().unwrap().is_empty());
    *f.chain.forward_revert.lock().unwrap() = None;
    relay_consent(&f, consent(&f, auth::now_secs() + 600), &f.patient).await.expect("then relayed");
}

/// A failure inside the relayer is answered with a reference, never with the database's text.
#[tokio::test]
async fn internal_failures_do_not_show_the_database() {
    let e = ApiError::Store(rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(1),
        Some("no such table: api_keys".into()),
    ));
    let resp = e.into_response();
    assert_eq!(resp.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let body = axum::body::to_bytes(resp.into_body(), 1 << 16).await.unwrap();
    let body = String::from_utf8(body.to_vec()).unwrap();
    assert!(!body.contains("api_keys") && !body.contains("table"), "{body}");
    assert!(body.contains("reference"), "{body}");
}

async fn spawn(f: &Fixture, flags: &ApiFlags) -> String {
    let app =
        super::app(axum::Router::new(), crate::defaults::MAX_BODY_BYTES, f.ctx.clone(), flags);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let flags = flags.clone();
    tokio::spawn(
        async move { super::serve_app(listener, app, &flags, std::future::pending()).await },
    );
    format!("http://{addr}")
}

#[tokio::test]
async fn http_limits_errors_operator_and_metrics() {
    let f = fixture();
    let flags = ApiFlags {
        api_max_body_bytes: 1024,
        rate_limit_per_sec: 1,
        rate_limit_burst: 12,
        rate_limit_loopback: true,
        ..ApiFlags::default()
    };
    let base = spawn(&f, &flags).await;
    let http = reqwest::Client::new();
    // A well-formed Authorization header gets the request to its body checks (it is verified
    // after the body is read); without one it is refused first, 401.
    let header =
        auth::RequestAuth { signature: Bytes::from(vec![1; 65]), nonce: B256::ZERO, expires: 1 }
            .to_header();
    let r = http
        .post(format!("{base}/v1/keys/release"))
        .header("content-type", "application/json")
        .body(vec![b' '; 4096])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = http
        .post(format!("{base}/v1/keys/release"))
        .header("content-type", "application/json")
        .header("authorization", &header)
        .body(vec![b' '; 4096])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let r = http
        .post(format!("{base}/v1/relay/consent"))
        .header("content-type", "application/json")
        .body("{\"consent\": 1}")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let v: serde_json::Value = r.json().await.unwrap();
    assert!(v["error"].as_str().is_some_and(|e| !e.is_empty()));
    let r = http
        .post(format!("{base}/v1/keys/release"))
        .header("content-type", "application/json")
        .header("authorization", &header)
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = http.get(format!("{base}/v1/admin/status")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = http.get(format!("{base}/v1/admin/status")).bearer_auth("s3cret").send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let r = http.get(format!("{base}/openapi.json")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let metrics = http.get(format!("{base}/metrics")).send().await.unwrap().text().await.unwrap();
    assert!(metrics.contains("medvault_http_requests_total{status=\"4xx\"}"), "{metrics}");
    // The burst is spent: the client is limited.
    let mut limited = false;
    for _ in 0..12 {
        limited |= http.get(format!("{base}/metrics")).send().await.unwrap().status()
            == StatusCode::TOO_MANY_REQUESTS;
    }
    assert!(limited);
    assert!(
        super::ops::admin_status(State(f.ctx.clone()), axum::http::HeaderMap::new())
            .await
            .map(IntoResponse::into_response)
            .is_err()
    );
}

/// Every route of the router is documented in the OpenAPI document kept in the repository.
#[test]
fn openapi_documents_every_route() {
    let doc: serde_json::Value = serde_json::from_str(super::ops::OPENAPI).expect("json");
    let paths = doc["paths"].as_object().expect("paths");
    for route in super::ROUTES.iter().chain(crate::api::RECORD_ROUTES) {
        assert!(paths.contains_key(*route), "{route} is missing from docs/openapi.json");
    }
}

/// Opens request `id` on the fake market: 100 per record, 10 records, an hour to run.
fn open_request(f: &Fixture, id: u64, researcher: Address, criteria: B256) {
    f.market.requests.lock().unwrap().push(RequestInfo {
        id: U256::from(id),
        researcher,
        criteria: Some(criteria),
        price_per_record: U256::from(100),
        max_records: 10,
        settled: 0,
        deadline: auth::now_secs() + 3600,
        closed: false,
        criteria_cid: None,
    });
}

fn qi(region: &str) -> medvault_fhir::gate::CoarseQi {
    medvault_fhir::gate::CoarseQi {
        age_band: "40-49".into(),
        sex: "female".into(),
        region: region.into(),
    }
}

async fn deliver(
    f: &Fixture,
    patient: &PrivateKeySigner,
    region: &str,
    deadline: u64,
) -> Result<serde_json::Value, ApiError> {
    deliver_to(f, U256::from(1), patient, region, deadline).await
}

async fn deliver_to(
    f: &Fixture,
    request: U256,
    patient: &PrivateKeySigner,
    region: &str,
    deadline: u64,
) -> Result<serde_json::Value, ApiError> {
    use super::market::MarketChain;
    use medvault_bindings::data_market::IDataMarket::TradeApproval;
    let cid = format!("bafy-{request}-{}", patient.address());
    let approval = TradeApproval {
        requestId: request,
        seller: patient.address(),
        deliveryCommitment: alloy::primitives::keccak256(cid.as_bytes()),
        price: U256::from(100),
        nonce: U256::ZERO,
        deadline: U256::from(deadline),
    };
    let digest = f.market.trade_digest(&approval).await.unwrap();
    let signature = Bytes::from(patient.sign_hash_sync(&digest).unwrap().as_bytes().to_vec());
    let resp = super::market::deliver(
        State(f.ctx.clone()),
        JsonBody(super::market::DeliveryRequest {
            approval,
            signature,
            attestations: vec![Bytes::from_static(super::fakes::FakeMarket::ATTESTED)],
            delivery_cid: cid,
            qi: qi(region),
        }),
    )
    .await?;
    assert_eq!(resp.status(), StatusCode::ACCEPTED);
    let body = axum::body::to_bytes(resp.into_body(), 1 << 20).await.unwrap();
    Ok(serde_json::from_slice(&body).unwrap())
}

#[tokio::test]
async fn deliveries_are_held_until_their_class_reaches_k_then_settled_and_claimed() {
    let f = fixture();
    let researcher = PrivateKeySigner::random();
    let now = auth::now_secs();
    open_request(&f, 1, researcher.address(), B256::repeat_byte(5));
    let patients: Vec<PrivateKeySigner> = (0..4).map(|_| PrivateKeySigner::random()).collect();
    let e = deliver(&f, &patients[0], "CA", now - 1).await.unwrap_err();
    assert!(matches!(e, ApiError::Unauthorized(_)), "expired approval");
    let v = deliver(&f, &patients[0], "CA", now + 600).await.unwrap();
    assert_eq!(v["state"], "held");
    let e = deliver(&f, &patients[0], "CA", now + 600).await.unwrap_err();
    assert!(matches!(e, ApiError::Conflict(_)), "one delivery per patient");
    assert_eq!(deliver(&f, &patients[1], "CA", now + 600).await.unwrap()["state"], "held");
    assert_eq!(deliver(&f, &patients[3], "NY", now + 600).await.unwrap()["state"], "held");
    assert!(f.submitter.calls.lock().unwrap().is_empty(), "nothing settles below k");
    let v = deliver(&f, &patients[2], "CA", now + 600).await.unwrap();
    assert_eq!(v["state"], "released");
    assert_eq!(v["classSize"], 3);
    assert_eq!(f.submitter.calls.lock().unwrap().len(), 3, "the whole class settles");

    // The researcher sees the released class only.
    let Json(list) = f.deliveries_of(1, &researcher).await.expect("deliveries");
    assert_eq!(list.len(), 3);
    assert!(list.iter().all(|d| d.qi.region == "CA"));
    let e = f.deliveries_of(1, &patients[0]).await.unwrap_err();
    assert!(matches!(e, ApiError::Unauthorized(_)));

    // Settled trades past the dispute window are claimed in one claimMany.
    for p in &patients[..3] {
        f.market.trades.lock().unwrap().insert(
            (U256::from(1), p.address()),
            super::market::TradeInfo {
                status: medvault_primitives::enums::TradeStatus::Pending,
                release_at: now - 1,
            },
        );
    }
    let task = super::market::MarketTask::new(
        f.ctx.store.clone(),
        f.submitter.clone(),
        f.market.clone(),
        f.ctx.config.market,
        std::time::Duration::from_secs(1),
    );
    assert_eq!(task.tick().await.expect("tick"), 3);
    assert_eq!(f.submitter.calls.lock().unwrap().len(), 4);
    // The lone NY delivery expires unpaid once its deadline passes.
    f.ctx.store.expire_deliveries(now + 601).unwrap();
    assert!(f.ctx.store.deliveries_in(super::state::DeliveryState::Held).unwrap().is_empty());
    assert_eq!(f.ctx.store.deliveries_in(super::state::DeliveryState::Expired).unwrap().len(), 1);

    let Json(open) = super::market::requests(State(f.ctx.clone())).await.expect("feed");
    assert_eq!(open.len(), 1);
}

/// Claims are batched per request: the trades of one patient are in different requests (one
/// per request, attested), so no claim transaction ever names two of her trade keys together.
/// A researcher gets a delivery's CID only once its settlement is confirmed: data is never
/// given without payment. Here the class reaches k but every settlement fails on-chain.
#[tokio::test]
async fn deliveries_whose_settlement_failed_are_never_shown() {
    let f = fixture();
    let researcher = PrivateKeySigner::random();
    let now = auth::now_secs();
    open_request(&f, 1, researcher.address(), B256::repeat_byte(5));
    for _ in 0..3 {
        deliver(&f, &PrivateKeySigner::random(), "CA", now + 600).await.unwrap();
    }
    let settlements: Vec<B256> = f.submitter.calls.lock().unwrap().keys().copied().collect();
    assert_eq!(settlements.len(), 3, "the class settles");
    f.submitter.failed.lock().unwrap().extend(settlements);
    let Json(list) = f.deliveries_of(1, &researcher).await.expect("deliveries");
    assert!(list.is_empty(), "failed settlements show nothing: {list:?}");
    let task = super::market::MarketTask::new(
        f.ctx.store.clone(),
        f.submitter.clone(),
        f.market.clone(),
        f.ctx.config.market,
        std::time::Duration::from_secs(1),
    );
    task.tick().await.expect("tick");
    let Json(list) = f.deliveries_of(1, &researcher).await.expect("deliveries");
    assert!(list.is_empty(), "nor once marked failed: {list:?}");
}

/// The k-gate stores a delivery, expires the stale and releases a full class in one
/// transaction: a crash inside it (here, the gate panics) leaves nothing of it done, so no class
/// that reached k is left held and no delivery half-stored.
#[tokio::test]
async fn the_k_gate_is_one_transaction() {
    let f = fixture();
    let delivery = super::store::Delivery {
        id: 0,
        request_id: U256::from(7),
        patient: Address::repeat_byte(1),
        qi: qi("CA"),
        cid: "bafy".into(),
        approval: "{}".into(),
        signature: vec![1],
        digest: B256::repeat_byte(1),
        deadline: auth::now_secs() + 600,
        state: super::state::DeliveryState::Held,
    };
    let store = f.ctx.store.clone();
    let crashed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        store.deliver_through_gate(&delivery, auth::now_secs(), |_| panic!("crash in the gate"))
    }));
    assert!(crashed.is_err());
    assert!(f.ctx.store.deliveries(U256::from(7)).unwrap().is_empty(), "nothing stored");
    let (live, released) = f
        .ctx
        .store
        .deliver_through_gate(&delivery, auth::now_secs(), |live| {
            live.iter().map(|d| d.id).collect()
        })
        .unwrap()
        .expect("stored");
    assert_eq!((live.len(), released.len()), (1, 1));
    assert_eq!(
        f.ctx.store.deliveries(U256::from(7)).unwrap()[0].state,
        super::state::DeliveryState::Released
    );
}

#[tokio::test]
async fn claims_are_batched_per_request_so_no_claim_names_two_trades_of_one_patient() {
    use alloy::sol_types::SolCall;
    let f = fixture();
    let researcher = PrivateKeySigner::random();
    let now = auth::now_secs();
    for id in [1u64, 2] {
        open_request(&f, id, researcher.address(), B256::repeat_byte(5));
    }
    // Each of three patients sells to both requests, through a trade key per request.
    let keys: Vec<Vec<PrivateKeySigner>> =
        (0..2).map(|_| (0..3).map(|_| PrivateKeySigner::random()).collect()).collect();
    for (r, sellers) in keys.iter().enumerate() {
        for seller in sellers {
            deliver_to(&f, U256::from(r as u64 + 1), seller, "CA", now + 600).await.unwrap();
            f.market.trades.lock().unwrap().insert(
                (U256::from(r as u64 + 1), seller.address()),
                super::market::TradeInfo {
                    status: medvault_primitives::enums::TradeStatus::Pending,
                    release_at: now - 1,
                },
            );
        }
    }
    assert_eq!(f.submitter.calls.lock().unwrap().len(), 6, "both classes settle");
    let task = super::market::MarketTask::new(
        f.ctx.store.clone(),
        f.submitter.clone(),
        f.market.clone(),
        f.ctx.config.market,
        std::time::Duration::from_secs(1),
    );
    assert_eq!(task.tick().await.expect("tick"), 6);
    let calls = f.submitter.calls.lock().unwrap();
    let claims: Vec<_> = calls
        .values()
        .filter_map(|(call, _)| {
            medvault_bindings::data_market::DataMarket::claimManyCall::abi_decode(&call.input).ok()
        })
        .collect();
    assert_eq!(claims.len(), 2, "one claimMany per request");
    for claim in claims {
        assert!(claim.requestIds.windows(2).all(|w| w[0] == w[1]), "{:?}", claim.requestIds);
    }
}

struct FakeLogs;

#[async_trait::async_trait]
impl super::events::LogSource for FakeLogs {
    async fn head(&self) -> crate::chain::Result<u64> {
        Ok(7)
    }

    async fn events(&self, from: u64, to: u64) -> crate::chain::Result<Vec<super::events::Event>> {
        Ok(vec![super::events::Event {
            kind: "access_requested".into(),
            patient: Address::repeat_byte(0xaa),
            data: serde_json::json!({ "from": from, "to": to }),
        }])
    }
}

#[tokio::test]
async fn the_event_stream_carries_the_patients_notifications_only() {
    use futures::StreamExt;
    let f = fixture();
    let feed = super::events::EventFeed::new(
        f.ctx.store.clone(),
        Arc::new(FakeLogs),
        f.ctx.events.clone(),
        std::time::Duration::from_secs(1),
    );
    let mut rx = f.ctx.events.subscribe();
    assert_eq!(feed.tick((0, 3)).await.expect("tick"), (0, 8));
    let e = rx.recv().await.expect("event");
    assert_eq!((e.kind.as_str(), e.data["from"].as_u64()), ("access_requested", Some(3)));

    let patient = f.patient.address();
    let follow = |who: &PrivateKeySigner| {
        f.sign(who, |nonce, expires| auth::FollowEvents { patient, nonce, expires })
    };
    let sse = super::events::events(
        State(f.ctx.clone()),
        follow(&f.patient),
        Query(super::events::EventsQuery { patient }),
    )
    .await
    .expect("stream")
    .into_response();
    let mut body = sse.into_body().into_data_stream();
    for patient in [Address::repeat_byte(1), f.patient.address()] {
        f.ctx
            .events
            .send(super::events::Event {
                kind: "trade_settled".into(),
                patient,
                data: serde_json::json!({}),
            })
            .unwrap();
    }
    let chunk = tokio::time::timeout(std::time::Duration::from_secs(5), body.next())
        .await
        .expect("an event")
        .expect("chunk")
        .expect("bytes");
    let text = String::from_utf8(chunk.to_vec()).unwrap();
    assert!(text.contains("event: trade_settled"), "{text}");
    assert!(text.contains(&format!("{:#x}", f.patient.address()).to_lowercase()), "{text}");
    let Err(e) = super::events::events(
        State(f.ctx.clone()),
        follow(&f.reader),
        Query(super::events::EventsQuery { patient }),
    )
    .await
    else {
        panic!("refused")
    };
    assert!(matches!(e, ApiError::Unauthorized(_)));
}

#[tokio::test]
async fn the_patient_lists_their_records_and_no_one_else_can() {
    let f = fixture();
    let list = |who: &PrivateKeySigner| {
        let patient = f.patient.address();
        let auth = f.sign(who, |nonce, expires| auth::ListRecords { patient, nonce, expires });
        keys::patient_records(State(f.ctx.clone()), auth, Path(patient), Query(AccessLogQuery {}))
    };
    let Json(listed) = list(&f.patient).await.expect("the patient's own list");
    assert_eq!(listed.records.len(), 1);
    let rec = &listed.records[0];
    assert_eq!(rec.record_id, f.record);
    assert_eq!(rec.author, f.author.address());
    assert_eq!(rec.status, "received");
    assert!(!rec.shredded);
    let e = list(&f.reader).await.unwrap_err();
    assert!(matches!(e, ApiError::Unauthorized(_)), "{e}");
}

#[tokio::test]
async fn criteria_are_filed_only_when_they_hash_to_the_commitment() {
    use crate::ipfs::Pinner;
    let f = fixture();
    let document = br#"{"sex":"female"}"#.to_vec();
    let commitment = alloy::primitives::keccak256(&document);
    open_request(&f, 7, Address::repeat_byte(0x11), commitment);
    let file = |id: u64, cid: String| {
        market::file_criteria(
            State(f.ctx.clone()),
            Path(U256::from(id)),
            JsonBody(market::CriteriaFiling { cid }),
        )
    };
    let feed = || async {
        let Json(feed) = market::requests(State(f.ctx.clone())).await.expect("feed");
        feed
    };
    let other = f.ipfs.add_pinned(br#"{"sex":"male"}"#.to_vec()).await.unwrap();
    let e = file(7, other).await.unwrap_err();
    assert!(matches!(e, ApiError::BadRequest(ref m) if m.contains("does not hash")), "{e}");
    let large = f.ipfs.add_pinned(vec![b' '; 1 << 20]).await.unwrap();
    let e = file(7, large).await.unwrap_err();
    assert!(matches!(e, ApiError::BadRequest(ref m) if m.contains("more than 65536 bytes")), "{e}");
    let e = file(7, "not a cid!".into()).await.unwrap_err();
    assert!(matches!(e, ApiError::BadRequest(_)), "{e}");
    let cid = f.ipfs.add_pinned(document).await.unwrap();
    let e = file(8, cid.clone()).await.unwrap_err();
    assert!(matches!(e, ApiError::NotFound(_)), "{e}");
    assert_eq!(feed().await[0].criteria_cid, None, "nothing filed by the refusals");
    let Json(filed) = file(7, cid.clone()).await.expect("the matching document is filed");
    assert_eq!((filed.cid.as_str(), filed.criteria), (cid.as_str(), commitment));
    assert_eq!(feed().await[0].criteria_cid.as_deref(), Some(cid.as_str()));
    // Filed once, it stands: nothing is fetched again, whatever CID is sent.
    let Json(again) = file(7, "bafynothingthere".into()).await.expect("the filed one");
    assert_eq!(again.cid, cid);
}

/// Anyone may file criteria, and each filing made the IPFS node look for the CID (up to a
/// minute, over the network, for one that does not exist). Now a search that found nothing
/// holds that request's filings back for a while, and the search itself is bounded.
#[tokio::test]
async fn criteria_filings_cannot_keep_the_ipfs_node_searching() {
    let f = fixture();
    open_request(&f, 7, Address::repeat_byte(0x11), B256::repeat_byte(1));
    let file = |cid: &str| {
        market::file_criteria(
            State(f.ctx.clone()),
            Path(U256::from(7)),
            JsonBody(market::CriteriaFiling { cid: cid.into() }),
        )
    };
    let e = file("bafymissing1").await.unwrap_err();
    assert!(matches!(e, ApiError::Ipfs(_)), "{e}");
    for n in 2..10 {
        let e = file(&format!("bafymissing{n}")).await.unwrap_err();
        assert_eq!(e.status(), StatusCode::TOO_MANY_REQUESTS, "no search: {e}");
    }
}

/// What anyone may send to the user API's body routes, as random bytes and as random mutations
/// of well-formed requests, is answered with a 4xx and a reason: never a 5xx, never a panic.
/// `MEDVAULT_FUZZ_CASES` sets the number of cases (a long run by hand).
#[tokio::test]
async fn every_json_body_route_refuses_garbage_with_a_4xx() {
    use proptest::{
        strategy::{Strategy, ValueTree},
        test_runner::TestRunner,
    };
    use tower::ServiceExt;
    let f = fixture();
    let app = super::router(f.ctx.clone(), 1 << 16);
    let record = f.record;
    let routes: Vec<(&str, String, String)> = vec![
        ("POST", "/v1/keys/release".into(), serde_json::to_string(&f.release_req(&f.reader).1).unwrap()),
        ("POST", format!("/v1/records/{record}/keys"), r#"{"version":1,"grantee":"0x0000000000000000000000000000000000000001","wrappedKey":"0x00","timestamp":1,"signature":"0x00"}"#.into()),
        ("DELETE", format!("/v1/records/{record}/keys"), r#"{"timestamp":1,"signature":"0x00"}"#.into()),
        ("POST", "/v1/records/1/view".into(), r#"{"reader":"0x0000000000000000000000000000000000000001","timestamp":1,"signature":"0x00"}"#.into()),
        ("POST", format!("/v1/patients/{}/emergency-records", f.patient.address()), r#"{"reader":"0x0000000000000000000000000000000000000001","salt":"0x00","timestamp":1,"signature":"0x00"}"#.into()),
        ("POST", "/v1/relay/consent".into(), r#"{"change":{"controller":"0x0000000000000000000000000000000000000001","grantId":"0x01","access":1,"expiresAt":1,"noticeHash":"0x00","nonce":0,"deadline":"1"},"signature":"0x00","notice":"0x"}"#.into()),
        ("POST", "/v1/relay/forward".into(), serde_json::to_string(&forward_req(f.patient.address(), TARGET, 1)).unwrap()),
        ("POST", "/v1/market/deliveries".into(), r#"{"approval":{},"signature":"0x00","deliveryCid":"x","qi":{},"attestations":[]}"#.into()),
        ("POST", "/v1/market/requests/1/criteria".into(), r#"{"cid":"bafy"}"#.into()),
    ];
    let cases: u32 =
        std::env::var("MEDVAULT_FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(48);
    let mut runner = TestRunner::deterministic();
    let noise = proptest::collection::vec(proptest::prelude::any::<u8>(), 0..256);
    let edits = proptest::collection::vec(
        (proptest::prelude::any::<usize>(), proptest::prelude::any::<u8>()),
        1..6,
    );
    for (method, path, template) in &routes {
        for case in 0..cases {
            let body: Vec<u8> = if case % 2 == 0 {
                noise.new_tree(&mut runner).unwrap().current()
            } else {
                let mut bytes = template.clone().into_bytes();
                for (at, b) in edits.new_tree(&mut runner).unwrap().current() {
                    let i = at % bytes.len();
                    // Mostly JSON-looking edits, so that the parser gets past the first byte.
                    let alphabet = b"{}[]\":,0123456789abcdefx -";
                    bytes[i] = alphabet[b as usize % alphabet.len()];
                }
                bytes
            };
            let req = axum::http::Request::builder()
                .method(*method)
                .uri(path)
                .header("content-type", "application/json")
                .body(axum::body::Body::from(body.clone()))
                .unwrap();
            let resp = app.clone().oneshot(req).await.unwrap();
            assert!(
                resp.status().is_client_error(),
                "{method} {path} answered {} to {:?}",
                resp.status(),
                String::from_utf8_lossy(&body)
            );
        }
    }
}

// ---- Attacks on request authentication (#16 items 5, 8, 10). Each was written against the
// ---- old API first (EIP-191 texts with a timestamp) and failed there.

/// Sends `req` through the whole API router; its status and body.
async fn call(
    app: axum::Router,
    req: axum::http::Request<axum::body::Body>,
) -> (StatusCode, String) {
    use tower::ServiceExt;
    let resp = app.oneshot(req).await.expect("answer");
    let status = resp.status();
    let body = axum::body::to_bytes(resp.into_body(), 1 << 20).await.unwrap_or_default();
    (status, String::from_utf8_lossy(&body).into_owned())
}

fn get(uri: &str, auth: Option<&Auth>) -> axum::http::Request<axum::body::Body> {
    let mut req = axum::http::Request::get(uri);
    if let Some(a) = auth {
        req = req.header("authorization", a.0.to_header());
    }
    req.body(axum::body::Body::empty()).unwrap()
}

#[tokio::test]
async fn attack_replay_of_a_captured_request_is_refused() {
    let f = fixture();
    let (auth, req) = f.release_req(&f.patient);
    keys::release(State(f.ctx.clone()), auth.clone(), JsonBody(req.clone())).await.expect("first");
    let receipts = f.ctx.store.log_counts().unwrap();
    let e = keys::release(State(f.ctx.clone()), auth, JsonBody(req)).await.unwrap_err();
    assert!(matches!(e, ApiError::Unauthorized(ref m) if m.contains("used before")), "{e}");
    assert_eq!(f.ctx.store.log_counts().unwrap(), receipts, "a replay writes nothing");
    // The nonce outlives a restart: a second store over the same file refuses it too.
    let (auth, req) = f.release_req(&f.patient);
    keys::release(State(f.ctx.clone()), auth.clone(), JsonBody(req.clone())).await.expect("fresh");
    let mut reopened = f.ctx.clone();
    let records = Arc::new(SqliteStore::open(&f._dir.path().join("relayer.db")).unwrap());
    reopened.store =
        Arc::new(ApiStore::open(&f._dir.path().join("relayer.db"), records).expect("reopen"));
    let e = keys::release(State(reopened), auth, JsonBody(req)).await.unwrap_err();
    assert!(matches!(e, ApiError::Unauthorized(ref m) if m.contains("used before")), "{e}");
}

#[tokio::test]
async fn attack_a_signature_for_one_relayer_chain_or_deployment_is_refused_by_another() {
    let a = fixture();
    let patient = a.patient.address();
    let signed =
        || a.sign(&a.patient, |nonce, expires| auth::ReadAccessLog { patient, nonce, expires });
    // Relayer B (another account), chain Z, deployment Y: each refuses what A's domain signed.
    let mut other_relayer = a.ctx.clone();
    other_relayer.signer = PrivateKeySigner::random();
    let mut other_chain = a.ctx.clone();
    other_chain.config.chain_id = 1;
    let mut other_deployment = a.ctx.clone();
    other_deployment.config.records = Address::repeat_byte(0xe1);
    for ctx in [other_relayer, other_chain, other_deployment] {
        let e = keys::access_log(State(ctx), signed(), Path(patient), Query(AccessLogQuery {}))
            .await
            .unwrap_err();
        assert!(matches!(e, ApiError::Unauthorized(_)), "{e}");
    }
    let Json(log) =
        keys::access_log(State(a.ctx.clone()), signed(), Path(patient), Query(AccessLogQuery {}))
            .await
            .expect("its own relayer accepts it");
    assert_eq!(log.patient, patient);
}

#[tokio::test]
async fn attack_a_signature_in_the_url_is_refused() {
    let f = fixture();
    let patient = f.patient.address();
    let auth = f.sign(&f.patient, |nonce, expires| auth::ReadAccessLog { patient, nonce, expires });
    let app = super::router(f.ctx.clone(), 1 << 20);
    let base = format!("/v1/patients/{patient:#x}/access-log");
    let in_url = format!(
        "{base}?timestamp={}&signature={}&nonce={}&expires={}",
        auth.0.expires, auth.0.signature, auth.0.nonce, auth.0.expires
    );
    let (status, body) = call(app.clone(), get(&in_url, None)).await;
    assert!(status.is_client_error(), "URL signature accepted: {status} {body}");
    let (status, body) = call(app.clone(), get(&base, None)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    assert!(body.contains("Authorization"), "{body}");
    let (status, body) = call(app, get(&base, Some(&auth))).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[tokio::test]
async fn attack_one_events_signature_opens_one_stream_and_streams_are_capped() {
    let f = fixture();
    let patient = f.patient.address();
    let follow =
        || f.sign(&f.patient, |nonce, expires| auth::FollowEvents { patient, nonce, expires });
    let open = |auth: Auth| {
        super::events::events(
            State(f.ctx.clone()),
            auth,
            Query(super::events::EventsQuery { patient }),
        )
    };
    let auth = follow();
    let first = open(auth.clone()).await.expect("first stream");
    let Err(e) = open(auth).await else { panic!("a second stream on the same signature") };
    assert!(matches!(e, ApiError::Unauthorized(_)), "{e}");
    // The fixture allows 2 streams per patient and 3 in all.
    let second = open(follow()).await.expect("second stream");
    let Err(e) = open(follow()).await else { panic!("a third stream of one patient") };
    assert_eq!(e.status(), StatusCode::TOO_MANY_REQUESTS, "{e}");
    let other = PrivateKeySigner::random();
    let theirs = f.sign(&other, |nonce, expires| auth::FollowEvents {
        patient: other.address(),
        nonce,
        expires,
    });
    let third = super::events::events(
        State(f.ctx.clone()),
        theirs,
        Query(super::events::EventsQuery { patient: other.address() }),
    )
    .await
    .expect("another patient's stream");
    let late = PrivateKeySigner::random();
    let refused = f.sign(&late, |nonce, expires| auth::FollowEvents {
        patient: late.address(),
        nonce,
        expires,
    });
    let Err(e) = super::events::events(
        State(f.ctx.clone()),
        refused,
        Query(super::events::EventsQuery { patient: late.address() }),
    )
    .await
    else {
        panic!("a stream past the total cap")
    };
    assert_eq!(e.status(), StatusCode::SERVICE_UNAVAILABLE, "{e}");
    // Closing a stream frees its place.
    drop(first.into_response());
    assert_eq!(f.ctx.streams.open(patient), (2, 1));
    let again = open(follow()).await.expect("a stream again once one closed");
    drop(again);
    drop((second, third));
}

#[tokio::test]
async fn attack_an_unsigned_or_foreign_caller_cannot_tell_a_missing_record_from_a_present_one() {
    let f = fixture();
    let app = super::router(f.ctx.clone(), 1 << 20);
    let missing = B256::repeat_byte(0xee);
    let mallory = PrivateKeySigner::random();
    let blank = |s: String| {
        s.replace(&format!("{:#x}", f.record), "R").replace(&format!("{missing:#x}"), "R")
    };
    for (method, body) in [
        ("DELETE", serde_json::json!({ "dropOwn": true })),
        (
            "POST",
            serde_json::json!({ "version": 1, "grantee": mallory.address(), "wrappedKey": "0x00" }),
        ),
    ] {
        let mut answers = Vec::new();
        for record in [f.record, missing] {
            for signed in [false, true] {
                let mut req = axum::http::Request::builder()
                    .method(method)
                    .uri(format!("/v1/records/{record:#x}/keys"))
                    .header("content-type", "application/json");
                if signed {
                    let auth = if method == "DELETE" {
                        f.sign(&mallory, |nonce, expires| auth::DeleteKeys {
                            recordId: record,
                            dropOwn: true,
                            nonce,
                            expires,
                        })
                    } else {
                        f.sign(&mallory, |nonce, expires| auth::AddKey {
                            recordId: record,
                            version: 1,
                            grantee: mallory.address(),
                            keyHash: alloy::primitives::keccak256([0u8]),
                            nonce,
                            expires,
                        })
                    };
                    req = req.header("authorization", auth.0.to_header());
                }
                let req = req.body(axum::body::Body::from(body.to_string())).unwrap();
                let (status, text) = call(app.clone(), req).await;
                answers.push((signed, status, blank(text)));
            }
        }
        assert_eq!(answers[0], answers[2], "{method} unsigned: {answers:?}");
        assert_eq!(answers[1], answers[3], "{method} signed by a stranger: {answers:?}");
    }
    assert!(f.release(&f.patient).await.is_ok(), "the record is untouched");
}

#[tokio::test]
async fn attack_enumerating_record_numbers_gives_a_stranger_nothing() {
    let f = fixture();
    let app = super::router(f.ctx.clone(), 1 << 20);
    let id = f.ctx.store.view(1).unwrap().expect("record 1").0.id;
    let status_as = |who: &PrivateKeySigner, id: i64| {
        let auth = f.sign(who, |nonce, expires| auth::RecordStatusRequest {
            id: id as u64,
            nonce,
            expires,
        });
        get(&format!("/v1/records/{id}"), Some(&auth))
    };
    let stranger = PrivateKeySigner::random();
    let mut answers = Vec::new();
    for n in [id, id + 1] {
        let (status, body) = call(app.clone(), get(&format!("/v1/records/{n}"), None)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "unsigned #{n}: {body}");
        let (status, body) = call(app.clone(), status_as(&stranger, n)).await;
        answers.push((status, body.replace(&n.to_string(), "N")));
    }
    assert_eq!(answers[0].0, StatusCode::NOT_FOUND, "{answers:?}");
    assert_eq!(answers[0], answers[1], "a stranger tells record {id} from a missing one");
    // Its parties see how far it is; the author (its submitter) polls it.
    for who in [&f.author, &f.patient] {
        let (status, body) = call(app.clone(), status_as(who, id)).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert!(body.contains("\"status\":\"received\""), "{body}");
    }
    // The view is refused to a stranger with the same 404.
    let auth =
        f.sign(&stranger, |nonce, expires| auth::ViewRecord { id: id as u64, nonce, expires });
    let e = keys::view(
        State(f.ctx.clone()),
        auth,
        Path(id),
        JsonBody(keys::RecordViewRequest {
            reader: stranger.address(),
            consents: Vec::new(),
            emergency_salt: None,
        }),
    )
    .await
    .unwrap_err();
    assert_eq!(e.status(), StatusCode::NOT_FOUND, "{e}");

    // A reader whose grant was revoked is told that what they showed does not cover the record,
    // in the same words for a record that does not exist.
    let shown = |n: i64| {
        let auth =
            f.sign(&f.reader, |nonce, expires| auth::ViewRecord { id: n as u64, nonce, expires });
        keys::view(
            State(f.ctx.clone()),
            auth,
            Path(n),
            JsonBody(keys::RecordViewRequest {
                reader: f.reader.address(),
                consents: vec![f.grant_for(f.reader.address())],
                emergency_salt: None,
            }),
        )
    };
    let revoked = shown(id).await.unwrap_err().to_string();
    let missing = shown(id + 1).await.unwrap_err().to_string();
    assert!(revoked.contains("a grant revoked, expired"), "{revoked}");
    assert_eq!(revoked.replace(&id.to_string(), "N"), missing.replace(&(id + 1).to_string(), "N"));
}

#[test]
fn nonces_are_forgotten_once_their_requests_expire() {
    let f = fixture();
    let who = Address::repeat_byte(1);
    assert!(f.ctx.store.use_nonce(who, B256::repeat_byte(1), 100, 50).unwrap());
    assert!(!f.ctx.store.use_nonce(who, B256::repeat_byte(1), 100, 50).unwrap());
    assert!(f.ctx.store.use_nonce(Address::repeat_byte(2), B256::repeat_byte(1), 100, 50).unwrap());
    assert_eq!(f.ctx.store.nonce_count().unwrap(), 2);
    // Past their expiry, the next use prunes them: the table holds only live nonces.
    assert!(f.ctx.store.use_nonce(who, B256::repeat_byte(2), 300, 200).unwrap());
    assert_eq!(f.ctx.store.nonce_count().unwrap(), 1);
}
