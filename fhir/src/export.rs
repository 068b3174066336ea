//! FHIR out: a patient's grants as R4 `Consent` resources and her access log as R4 `AuditEvent`
//! resources, each set in a `collection` Bundle that any FHIR system reads without knowing
//! medvault (docs/FHIR.md, "FHIR out").
//!
//! The input is plain facts the patient's device gathered from the chain, the relayer and the key
//! nodes ([`GrantFacts`], [`AccessFacts`]); this module only maps them. Accounts, grant ids, record
//! ids and transaction hashes appear as identifiers under medvault's own systems: the export is
//! the patient's own copy of her data, and nothing here goes on-chain.

use medvault_primitives::enums::Access;

use crate::{
    category::Category,
    model::{
        AuditEvent, AuditEventAction, AuditEventAgent, AuditEventDetail, AuditEventEntity,
        AuditEventOutcome, AuditEventSource, Bundle, BundleEntry, BundleType, CodeableConcept,
        Coding, Consent, ConsentActor, ConsentData, ConsentDataMeaning, ConsentProvision,
        ConsentStatus, FhirDateTime, Identifier, Period, ProvisionType, Reference, Resource,
    },
};

/// Identifier system of an account on the chain (value: the checksummed `0x` address).
pub const ACCOUNT_SYSTEM: &str = "https://medvault.dev/fhir/sid/account";
/// Identifier system of a consent's grant id, its on-chain commitment (value: `0x` + 64 hex).
pub const GRANT_ID_SYSTEM: &str = "https://medvault.dev/fhir/sid/grant-id";
/// Identifier system of a transaction on the chain (value: its `0x` hash).
pub const TRANSACTION_SYSTEM: &str = "https://medvault.dev/fhir/sid/transaction";
/// Identifier system of a record's opaque id (value: `0x` + 64 hex).
pub const RECORD_ID_SYSTEM: &str = "https://medvault.dev/fhir/sid/record-id";
/// Identifier system of an access-log receipt (value: the receipt's leaf hash).
pub const RECEIPT_SYSTEM: &str = "https://medvault.dev/fhir/sid/access-receipt";
/// Code system of medvault's consent categories (codes: the names of docs/FHIR.md, "Categories").
pub const CATEGORY_SYSTEM: &str = "https://medvault.dev/fhir/CodeSystem/category";

const LOINC: &str = "http://loinc.org";
const CONSENT_SCOPE: &str = "http://terminology.hl7.org/CodeSystem/consentscope";
const CONSENT_ACTION: &str = "http://terminology.hl7.org/CodeSystem/consentaction";
const ACT_CODE: &str = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
const PARTICIPATION: &str = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
const RESOURCE_TYPES: &str = "http://hl7.org/fhir/resource-types";
const DICOM: &str = "http://dicom.nema.org/resources/ontology/DCM";
const SOURCE_TYPE: &str = "http://terminology.hl7.org/CodeSystem/security-source-type";
const ENTITY_TYPE: &str = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
const OBJECT_ROLE: &str = "http://terminology.hl7.org/CodeSystem/object-role";
const URI: &str = "urn:ietf:rfc:3986";

/// What a grant covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GrantTarget {
    /// One record: its opaque id (`0x` + 64 hex) and, when known, its category.
    Record {
        /// The record id.
        id: String,
        /// The category it was filed under.
        category: Option<Category>,
    },
    /// A whole category.
    Category(Category),
}

/// Where a grant stands now, by the chain's clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrantState {
    /// In force until `expires_at`.
    Live,
    /// Ran out at `expires_at`.
    Expired,
    /// Revoked at `revoked_at`.
    Revoked {
        /// Unix seconds of the block that revoked it.
        revoked_at: u64,
    },
}

/// One grant a patient gave, as her device found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantFacts {
    /// The grant id, its on-chain commitment (`0x` + 64 hex).
    pub grant_id: String,
    /// The grantee's account.
    pub grantee: String,
    /// What it covers.
    pub target: GrantTarget,
    /// READ or WRITE (WRITE includes READ).
    pub access: Access,
    /// Unix seconds of the block that last granted it.
    pub granted_at: u64,
    /// The transaction that last granted it.
    pub tx: Option<String>,
    /// The expiry the grant was given (exclusive: live while the chain's time is before it).
    pub expires_at: u64,
    /// Where it stands.
    pub state: GrantState,
}

/// Who wrote a receipt of an access.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObserverKind {
    /// The relayer, which hands out wrapped keys after its own consent check.
    Relayer,
    /// A key node of the committee, which releases its share after checking the chain.
    KeyNode,
}

/// One observer's signed receipt of an access.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceiptFacts {
    /// What kind of service wrote it.
    pub kind: ObserverKind,
    /// The service's URL.
    pub url: String,
    /// The receipt's id in that service's log.
    pub id: i64,
    /// The receipt's leaf hash (`0x` + 64 hex).
    pub leaf: String,
    /// The service's signature over the leaf (`0x` hex).
    pub signature: String,
    /// The access-log root the receipt was anchored under, once anchored.
    pub anchor_root: Option<String>,
    /// The anchoring transaction, once mined.
    pub anchor_tx: Option<String>,
}

/// One access to one of the patient's records, with every receipt of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessFacts {
    /// Who asked.
    pub reader: String,
    /// The record id (`0x` + 64 hex).
    pub record_id: String,
    /// Its version.
    pub version: u32,
    /// Unix seconds of the (first) receipt.
    pub time: u64,
    /// Released or refused.
    pub granted: bool,
    /// The basis of a release or the reason of a refusal.
    pub reason: String,
    /// The receipts; the first one's service is the event's `source`.
    pub receipts: Vec<ReceiptFacts>,
}

/// A Bundle (type `collection`, stamped `at`) of one `Consent` per grant of `patient`'s.
pub fn consents(patient: &str, grants: &[GrantFacts], at: u64) -> Resource {
    bundle(grants.iter().map(|g| Resource::Consent(consent(patient, g))).collect(), at)
}

/// A Bundle (type `collection`, stamped `at`) of one `AuditEvent` per access to `patient`'s
/// records.
pub fn audit_events(patient: &str, accesses: &[AccessFacts], at: u64) -> Resource {
    bundle(accesses.iter().map(|a| Resource::AuditEvent(audit_event(patient, a))).collect(), at)
}

fn bundle(resources: Vec<Resource>, at: u64) -> Resource {
    Resource::Bundle(Bundle {
        id: None,
        meta: None,
        identifier: None,
        type_: BundleType::Collection,
        timestamp: Some(instant(at)),
        entry: resources
            .into_iter()
            .map(|r| BundleEntry { full_url: None, resource: Some(r) })
            .collect(),
    })
}

/// The Consent of one grant.
pub fn consent(patient: &str, g: &GrantFacts) -> Consent {
    let her = account(patient, "Patient");
    let mut identifier = vec![Identifier {
        use_: Some("official".into()),
        system: Some(GRANT_ID_SYSTEM.into()),
        value: Some(g.grant_id.clone()),
        ..Identifier::default()
    }];
    if let Some(tx) = &g.tx {
        identifier.push(Identifier {
            use_: Some("secondary".into()),
            system: Some(TRANSACTION_SYSTEM.into()),
            value: Some(tx.clone()),
            ..Identifier::default()
        });
    }
    // FHIR periods end inclusively; a grant is live while the chain's time is before its expiry.
    let end = match g.state {
        GrantState::Live | GrantState::Expired => g.expires_at.saturating_sub(1),
        GrantState::Revoked { revoked_at } => revoked_at,
    };
    let mut action = vec![concept(CONSENT_ACTION, "access", "Access")];
    if g.access == Access::Write {
        action.push(concept(CONSENT_ACTION, "correct", "Access and Correct"));
    }
    let (class, data) = match &g.target {
        GrantTarget::Category(c) => (category_class(*c), Vec::new()),
        GrantTarget::Record { id, category } => {
            let display = match category {
                Some(c) => format!("record {id} ({c})"),
                None => format!("record {id}"),
            };
            let reference = Reference {
                identifier: Some(identifier_of(RECORD_ID_SYSTEM, id)),
                display: Some(display),
                ..Reference::default()
            };
            (Vec::new(), vec![ConsentData { meaning: ConsentDataMeaning::Instance, reference }])
        }
    };
    Consent {
        id: fhir_id(&g.grant_id),
        meta: None,
        identifier,
        status: match g.state {
            GrantState::Live => ConsentStatus::Active,
            GrantState::Expired | GrantState::Revoked { .. } => ConsentStatus::Inactive,
        },
        scope: concept(CONSENT_SCOPE, "patient-privacy", "Privacy Consent"),
        category: vec![concept(LOINC, "59284-0", "Patient Consent")],
        patient: Some(her.clone()),
        date_time: Some(instant(g.granted_at)),
        performer: vec![her],
        policy_rule: Some(concept(ACT_CODE, "OPTIN", "opt-in")),
        provision: Some(ConsentProvision {
            type_: Some(ProvisionType::Permit),
            period: Some(Period { start: Some(instant(g.granted_at)), end: Some(instant(end)) }),
            actor: vec![ConsentActor {
                role: concept(PARTICIPATION, "IRCP", "information recipient"),
                reference: account(&g.grantee, ""),
            }],
            action,
            class,
            data,
        }),
    }
}

/// The AuditEvent of one access.
pub fn audit_event(patient: &str, a: &AccessFacts) -> AuditEvent {
    let source = a.receipts.first().map_or_else(
        || AuditEventSource {
            site: None,
            observer: Reference { display: Some("unknown".into()), ..Reference::default() },
            type_: Vec::new(),
        },
        |r| AuditEventSource {
            site: Some(observer_name(r.kind).into()),
            observer: Reference {
                identifier: Some(identifier_of(URI, &r.url)),
                display: Some(format!("{} at {}", observer_name(r.kind), r.url)),
                ..Reference::default()
            },
            type_: vec![match r.kind {
                ObserverKind::Relayer => coding(SOURCE_TYPE, "4", "Application Server"),
                ObserverKind::KeyNode => coding(SOURCE_TYPE, "6", "Security Server"),
            }],
        },
    );
    let mut entity = vec![
        AuditEventEntity {
            what: Some(account(patient, "Patient")),
            type_: Some(coding(ENTITY_TYPE, "1", "Person")),
            role: Some(coding(OBJECT_ROLE, "1", "Patient")),
            ..AuditEventEntity::default()
        },
        AuditEventEntity {
            what: Some(Reference {
                identifier: Some(identifier_of(RECORD_ID_SYSTEM, &a.record_id)),
                display: Some(format!("record {} version {}", a.record_id, a.version)),
                ..Reference::default()
            }),
            type_: Some(coding(ENTITY_TYPE, "2", "System Object")),
            role: Some(coding(OBJECT_ROLE, "4", "Domain Resource")),
            detail: vec![detail("version", a.version.to_string())],
            ..AuditEventEntity::default()
        },
    ];
    entity.extend(a.receipts.iter().map(|r| {
        let mut details = vec![
            detail("observer", r.url.clone()),
            detail("receipt", r.id.to_string()),
            detail("signature", r.signature.clone()),
        ];
        details.extend(r.anchor_root.clone().map(|root| detail("anchor-root", root)));
        details.extend(r.anchor_tx.clone().map(|tx| detail("anchor-transaction", tx)));
        AuditEventEntity {
            what: Some(Reference {
                identifier: Some(identifier_of(RECEIPT_SYSTEM, &r.leaf)),
                ..Reference::default()
            }),
            type_: Some(coding(ENTITY_TYPE, "2", "System Object")),
            name: Some(format!("receipt {} of the {} at {}", r.id, observer_name(r.kind), r.url)),
            detail: details,
            ..AuditEventEntity::default()
        }
    }));
    AuditEvent {
        // No id: two receipts may share a leaf (the same read logged twice in one second), and
        // the receipts are the event's identity, in `entity`.
        id: None,
        meta: None,
        type_: coding(DICOM, "110110", "Patient Record"),
        subtype: Vec::new(),
        action: Some(AuditEventAction::R),
        period: None,
        recorded: instant(a.time),
        outcome: Some(if a.granted {
            AuditEventOutcome::Success
        } else {
            AuditEventOutcome::MinorFailure
        }),
        outcome_desc: (!a.reason.is_empty()).then(|| a.reason.clone()),
        purpose_of_event: Vec::new(),
        agent: vec![AuditEventAgent {
            type_: Some(concept(PARTICIPATION, "IRCP", "information recipient")),
            who: Some(account(&a.reader, "")),
            name: None,
            requestor: true,
        }],
        source,
        entity,
    }
}

fn observer_name(kind: ObserverKind) -> &'static str {
    match kind {
        ObserverKind::Relayer => "relayer",
        ObserverKind::KeyNode => "key node",
    }
}

/// The FHIR resource types a category's grant lets its holder see: every R4 type whose home it is
/// (docs/FHIR.md; none for the emergency category, which is a subset of several types chosen by
/// content).
fn resource_types(c: Category) -> impl Iterator<Item = &'static str> {
    crate::model::R4_RESOURCE_TYPES.into_iter().filter(move |t| Category::of_type(t) == Some(c))
}

fn category_class(c: Category) -> Vec<Coding> {
    let own = Coding {
        system: Some(CATEGORY_SYSTEM.into()),
        version: None,
        code: Some(c.name().to_owned()),
        display: Some(c.to_string()),
    };
    std::iter::once(own).chain(resource_types(c).map(|t| coding(RESOURCE_TYPES, t, t))).collect()
}

fn coding(system: &str, code: &str, display: &str) -> Coding {
    Coding {
        system: Some(system.into()),
        version: None,
        code: Some(code.into()),
        display: Some(display.into()),
    }
}

fn concept(system: &str, code: &str, display: &str) -> CodeableConcept {
    CodeableConcept { coding: vec![coding(system, code, display)], text: None }
}

fn identifier_of(system: &str, value: &str) -> Identifier {
    Identifier { system: Some(system.into()), value: Some(value.into()), ..Identifier::default() }
}

/// A reference to an account by its identifier (`type` names the FHIR resource type it stands
/// for, when one does).
fn account(address: &str, type_: &str) -> Reference {
    Reference {
        reference: None,
        type_: (!type_.is_empty()).then(|| type_.to_owned()),
        identifier: Some(identifier_of(ACCOUNT_SYSTEM, address)),
        display: None,
    }
}

fn detail(type_: &str, value: String) -> AuditEventDetail {
    AuditEventDetail { type_: type_.into(), value_string: Some(value), value_base64_binary: None }
}

/// A resource id from a `0x` hash: its 64 hex digits, which FHIR's id grammar takes.
fn fhir_id(hash: &str) -> Option<String> {
    let hex = hash.strip_prefix("0x").unwrap_or(hash);
    (!hex.is_empty() && hex.len() <= 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| hex.to_owned())
}

/// A FHIR `instant` (UTC, to the second) from Unix seconds.
fn instant(unix: u64) -> FhirDateTime {
    let t = i64::try_from(unix)
        .ok()
        .and_then(|s| time::OffsetDateTime::from_unix_timestamp(s).ok())
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let text = format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    );
    FhirDateTime::parse(&text).expect("a UTC timestamp is a FHIR dateTime")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_json;

    const PATIENT: &str = "0x8ba1f109551bD432803012645Ac136ddd64DBA72";
    const DOCTOR: &str = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

    fn grants() -> Vec<GrantFacts> {
        vec![
            GrantFacts {
                grant_id: format!("0x{}", "ab".repeat(32)),
                grantee: DOCTOR.into(),
                target: GrantTarget::Category(Category::Conditions),
                access: Access::Write,
                granted_at: 1_717_236_000,
                tx: Some(format!("0x{}", "cd".repeat(32))),
                expires_at: 1_719_828_000,
                state: GrantState::Live,
            },
            GrantFacts {
                grant_id: format!("0x{}", "12".repeat(32)),
                grantee: DOCTOR.into(),
                target: GrantTarget::Record {
                    id: format!("0x{}", "34".repeat(32)),
                    category: Some(Category::Medications),
                },
                access: Access::Read,
                granted_at: 1_717_236_100,
                tx: None,
                expires_at: 1_719_828_100,
                state: GrantState::Revoked { revoked_at: 1_717_240_000 },
            },
        ]
    }

    #[test]
    fn a_category_write_grant_reads_as_a_permit_to_access_and_correct_its_types() {
        let c = consent(PATIENT, &grants()[0]);
        assert_eq!(c.status, ConsentStatus::Active);
        assert_eq!(c.id.as_deref(), Some("ab".repeat(32).as_str()));
        let p = c.provision.unwrap();
        assert_eq!(p.type_, Some(ProvisionType::Permit));
        let actions: Vec<_> = p.action.iter().map(|a| a.coding[0].code.clone().unwrap()).collect();
        assert_eq!(actions, ["access", "correct"]);
        assert_eq!(p.class[0].code.as_deref(), Some("conditions"));
        let types: Vec<_> = p.class[1..].iter().map(|c| c.code.as_deref().unwrap()).collect();
        assert_eq!(types, ["AdverseEvent", "Condition", "FamilyMemberHistory"]);
        let period = p.period.unwrap();
        assert_eq!(period.start.unwrap().as_str(), "2024-06-01T10:00:00Z");
        // Live while the chain's time is before the expiry: the last live second ends the period.
        assert_eq!(period.end.unwrap().as_str(), "2024-07-01T09:59:59Z");
        assert_eq!(
            p.actor[0].reference.identifier.as_ref().unwrap().value.as_deref(),
            Some(DOCTOR)
        );
    }

    #[test]
    fn a_revoked_record_grant_is_inactive_from_its_revocation() {
        let c = consent(PATIENT, &grants()[1]);
        assert_eq!(c.status, ConsentStatus::Inactive);
        let p = c.provision.unwrap();
        assert_eq!(p.period.unwrap().end.unwrap().as_str(), "2024-06-01T11:06:40Z");
        assert_eq!(p.action.len(), 1);
        assert!(p.class.is_empty());
        let data = &p.data[0];
        assert_eq!(data.meaning, ConsentDataMeaning::Instance);
        assert_eq!(
            data.reference.identifier.as_ref().unwrap().value.as_deref(),
            Some(format!("0x{}", "34".repeat(32)).as_str())
        );
        assert_eq!(c.identifier.len(), 1, "no transaction known, no second identifier");
    }

    #[test]
    fn both_bundles_round_trip_through_the_typed_models() {
        let access = AccessFacts {
            reader: DOCTOR.into(),
            record_id: format!("0x{}", "34".repeat(32)),
            version: 2,
            time: 1_717_236_500,
            granted: false,
            reason: "no live consent".into(),
            receipts: vec![ReceiptFacts {
                kind: ObserverKind::KeyNode,
                url: "http://127.0.0.1:9001".into(),
                id: 7,
                leaf: format!("0x{}", "56".repeat(32)),
                signature: "0x0102".into(),
                anchor_root: None,
                anchor_tx: Some(format!("0x{}", "78".repeat(32))),
            }],
        };
        for bundle in [
            consents(PATIENT, &grants(), 1_717_300_000),
            audit_events(PATIENT, &[access], 1_717_300_000),
        ] {
            let text = serde_json::to_string(&bundle).unwrap();
            assert_eq!(parse_json(&text).unwrap(), bundle, "{text}");
        }
    }
}
