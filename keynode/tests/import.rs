//! An EHR export imported end to end: a real anvil chain, a real IPFS node, the relayer and three
//! real `medvault-keynode` processes (threshold 2).
//!
//! What a user sees: a provider imports a patient's export (29 FHIR resource types, hundreds of
//! resources, `urn:uuid` references between them). Before the patient has granted WRITE on every
//! category the export touches, the import is refused naming each missing category, and nothing is
//! filed. Once she has, it becomes one anchored record per category; the patient verifies and
//! decrypts each one, finds every resource and every reference of the export among them, and sees
//! each rendered for people. A provider she grants READ on one category reads that category's
//! record and is refused every other one.

mod common;

use std::{collections::BTreeSet, time::Duration};

use common::World;
use medvault_client::{
    api::ApiError,
    workflows::{
        consent,
        records::{self, RecordError},
        upload::{self, UploadError},
    },
};
use medvault_devnet::Deadline;
use medvault_fhir::{
    Category,
    import::{self, CategoryMap},
    synthetic::{self, Lcg},
};
use medvault_primitives::enums::Access;

const PATIENT: usize = 1;
const AUTHOR: usize = 2;
const READER: usize = 3;
const ENCOUNTERS: usize = 20;

async fn world() -> eyre::Result<World> {
    common::world(&[PATIENT], &[AUTHOR, READER]).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_ehr_export_is_imported_by_category_and_a_category_grant_opens_only_its_part()
-> eyre::Result<()> {
    let _deadline = Deadline::new(
        "an_ehr_export_is_imported_by_category_and_a_category_grant_opens_only_its_part",
        Duration::from_secs(900),
    );
    let w = world().await?;
    let patient = w.stack.signer(PATIENT).address();
    let export = synthetic::export(42, ENCOUNTERS, &mut Lcg(7)).to_string();
    let split = import::split(&export, &CategoryMap::new(), import::MAX_PART_BYTES)?;
    assert_eq!(split.resources, synthetic::resources_in(ENCOUNTERS));
    assert!(split.resources >= 300, "hundreds of resources");
    let categories: BTreeSet<Category> = split.parts.iter().map(|p| p.category).collect();
    assert!(categories.len() >= 12, "{categories:?}");

    let author = w.stack.signer(AUTHOR);
    let (asess, akey) = (w.session(AUTHOR), w.secret(AUTHOR).await);
    let import = |split| {
        let (asess, akey, author) = (&asess, &akey, &author);
        async move { upload::import(asess, author, akey, akey, patient, split, &mut |_| {}).await }
    };

    // She has granted WRITE on conditions only: the import names every other category, and
    // nothing is filed.
    w.stack.grant_write(PATIENT, author.address(), Category::Conditions.id().into()).await?;
    match import(&split).await.unwrap_err() {
        UploadError::NoWriteConsentFor { patient: p, categories: missing } => {
            assert_eq!(p, patient);
            assert_eq!(missing.len(), categories.len() - 1, "{missing:?}");
            assert!(missing.contains(&"billing (14)".to_owned()), "{missing:?}");
            assert!(!missing.contains(&"conditions (3)".to_owned()), "{missing:?}");
        }
        other => panic!("expected NoWriteConsentFor, got {other:?}"),
    }
    let ps = w.session(PATIENT);
    let pk = w.secret(PATIENT).await;
    let listed = ps.relayer.patient_records(&w.stack.signer(PATIENT)).await?;
    assert!(listed.records.is_empty(), "nothing was filed: {listed:?}");

    // With WRITE on every category: one anchored record per category.
    for c in categories.iter().filter(|c| **c != Category::Conditions) {
        w.stack.grant_write(PATIENT, author.address(), c.id().into()).await?;
    }
    let imported = import(&split).await?;
    assert_eq!(imported.len(), split.parts.len());
    assert_eq!(imported.iter().map(|r| r.category).collect::<BTreeSet<_>>(), categories);

    // The patient verifies and decrypts every record: together they are the whole export, every
    // reference resolves, and each record holds its category's types only.
    let mut texts = Vec::new();
    let mut types = BTreeSet::new();
    let map = CategoryMap::new();
    for r in &imported {
        let read = records::read(&ps, &w.stack.signer(PATIENT), &pk, r.uploaded.id, None).await?;
        assert_eq!(read.record.leaf.category.0, u16::from(r.category.id()));
        assert_eq!(read.record.leaf.author, author.address());
        let text = String::from_utf8(read.plaintext.expect("decrypted").as_bytes().to_vec())?;
        let parsed = medvault_fhir::parse_json(&text)?;
        for resource in parsed.flatten() {
            assert_eq!(map.category_of(resource.resource_type()), Some(r.category));
            types.insert(resource.resource_type().to_owned());
        }
        let rendered = medvault_fhir::render::render(&serde_json::from_str(&text)?).to_string();
        if r.category == Category::Conditions {
            assert!(rendered.contains("Conditions\n  - "), "{rendered}");
        }
        texts.push(text);
    }
    assert_eq!(types.iter().map(String::as_str).collect::<Vec<_>>(), synthetic::TYPES);
    let docs: Vec<&str> = texts.iter().map(String::as_str).collect();
    assert_eq!(import::unresolved(&docs)?, Vec::<String>::new());
    let total: usize = docs
        .iter()
        .map(|d| medvault_fhir::parse_json(d).map(|r| r.flatten().len()))
        .sum::<Result<_, _>>()?;
    assert_eq!(total, split.resources, "every resource of the export, once");

    // A provider granted READ on conditions reads the conditions record and nothing else.
    let grant = consent::sign_grant(
        &ps,
        &w.stack.signer(PATIENT),
        w.stack.signer(READER).address(),
        consent::ConsentTarget::Category(Category::Conditions.id().into()),
        Access::Read,
        30,
    )
    .await?;
    consent::execute(
        &w.stack.wallet_provider(PATIENT)?,
        w.stack.deployment.contracts.consent,
        grant,
    )
    .await?;
    let (rs, rk, reader) = (w.session(READER), w.secret(READER).await, w.stack.signer(READER));
    for r in &imported {
        let got = records::read(&rs, &reader, &rk, r.uploaded.id, None).await;
        if r.category == Category::Conditions {
            let text = got?.plaintext.expect("decrypted");
            let parsed = medvault_fhir::parse_json(std::str::from_utf8(text.as_bytes())?)?;
            assert!(
                parsed
                    .flatten()
                    .iter()
                    .all(|x| { matches!(x.resource_type(), "Condition" | "FamilyMemberHistory") })
            );
        } else {
            // Refused: by the key nodes (403), or already by the relayer, which answers one who
            // is no party to a record as if it did not exist (404).
            match got.unwrap_err() {
                RecordError::Relayer(ApiError::Refused { status: 403 | 404, .. })
                | RecordError::Release(ApiError::Refused { status: 403 | 404, .. }) => {}
                other => panic!("{}: expected a refusal, got {other:?}", r.category),
            }
        }
    }
    Ok(())
}
