//! FHIR R4 `Consent` and `AuditEvent`, the two resources a patient's export is made of
//! ([`crate::export`]): her grants as privacy consents, her access log as audit events.
//!
//! As for the clinical resources, only the elements medvault writes, and the ones R4 requires,
//! are modelled; anything else is ignored on parse. Cardinalities serde cannot express
//! (`Consent.category` 1..*, `AuditEvent.agent` 1..*, `entity.detail.value[x]` exactly one) and
//! the `instant` precision of `AuditEvent.recorded` are checked by [`validate_consent`] and
//! [`validate_audit_event`].

use serde::{Deserialize, Serialize};

use super::{
    datatypes::{CodeableConcept, Coding, Identifier, Meta, Period, Reference},
    primitives::FhirDateTime,
};
use crate::error::{FhirError, Result};

/// `Consent.status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConsentStatus {
    /// draft
    Draft,
    /// proposed
    Proposed,
    /// active
    Active,
    /// rejected
    Rejected,
    /// inactive
    Inactive,
    /// entered-in-error
    EnteredInError,
}

/// `Consent.provision.type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProvisionType {
    /// deny
    Deny,
    /// permit
    Permit,
}

/// `Consent.provision.data.meaning`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ConsentDataMeaning {
    /// instance: the referenced resource itself.
    Instance,
    /// related: resources that reference it.
    Related,
    /// dependents: resources it references.
    Dependents,
    /// authoredby: resources authored by the referenced party.
    Authoredby,
}

/// `AuditEvent.action`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AuditEventAction {
    /// Create.
    C,
    /// Read/view/print.
    R,
    /// Update.
    U,
    /// Delete.
    D,
    /// Execute.
    E,
}

/// `AuditEvent.outcome`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AuditEventOutcome {
    /// The action completed.
    #[serde(rename = "0")]
    Success,
    /// The action was not completed; the system is fine (a refusal).
    #[serde(rename = "4")]
    MinorFailure,
    /// The action failed and the system may need attention.
    #[serde(rename = "8")]
    SeriousFailure,
    /// A failure that makes the service unavailable.
    #[serde(rename = "12")]
    MajorFailure,
}

/// A party the provision is about (`Consent.provision.actor`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConsentActor {
    /// How the actor is involved (v3 ParticipationType: `IRCP` for a recipient).
    pub role: CodeableConcept,
    /// The actor.
    pub reference: Reference,
}

/// Data the provision is about (`Consent.provision.data`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConsentData {
    /// How the reference is to be read.
    pub meaning: ConsentDataMeaning,
    /// The resource.
    pub reference: Reference,
}

/// What is permitted or denied, to whom, for how long (`Consent.provision`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConsentProvision {
    /// permit | deny.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<ProvisionType>,
    /// When the provision is in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// Who it is about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actor: Vec<ConsentActor>,
    /// Actions controlled (consentaction: access, correct…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub action: Vec<CodeableConcept>,
    /// Kinds of resource covered (resource types, or a medvault category).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub class: Vec<Coding>,
    /// Particular resources covered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data: Vec<ConsentData>,
}

/// A healthcare consumer's choice, here: who may read or write which of her records, until when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Consent {
    /// Logical id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Metadata; only security labels are kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    /// Identifiers of this consent (the grant id, the transaction that made it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identifier: Vec<Identifier>,
    /// draft | proposed | active | rejected | inactive | entered-in-error.
    pub status: ConsentStatus,
    /// Which of the four areas of consent (consentscope: `patient-privacy`).
    pub scope: CodeableConcept,
    /// Classification (LOINC 59284-0 Patient Consent); 1..*.
    pub category: Vec<CodeableConcept>,
    /// Who the consent applies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patient: Option<Reference>,
    /// When this consent was issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_time: Option<FhirDateTime>,
    /// Who is agreeing to the policy and rules.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub performer: Vec<Reference>,
    /// The regulation or rule the consent is made under.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_rule: Option<CodeableConcept>,
    /// What is permitted or denied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provision: Option<ConsentProvision>,
}

/// A participant in an audited event (`AuditEvent.agent`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditEventAgent {
    /// How the agent participated.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<CodeableConcept>,
    /// Identifier of who.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub who: Option<Reference>,
    /// Human-meaningful name for the agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether this agent initiated the event.
    pub requestor: bool,
}

/// The system that reported the event (`AuditEvent.source`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditEventSource {
    /// Logical source location within the enterprise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    /// The identity of the source detecting the event.
    pub observer: Reference,
    /// The type of source (audit-source-type).
    #[serde(default, rename = "type", skip_serializing_if = "Vec::is_empty")]
    pub type_: Vec<Coding>,
}

/// A name-value pair about an entity (`AuditEvent.entity.detail`); exactly one value.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditEventDetail {
    /// Name of the property.
    #[serde(rename = "type")]
    pub type_: String,
    /// Its value, as text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_string: Option<String>,
    /// Its value, as base64 bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_base64_binary: Option<String>,
}

/// Data or objects used in the event (`AuditEvent.entity`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditEventEntity {
    /// The specific instance of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub what: Option<Reference>,
    /// Type of entity involved (audit-entity-type).
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<Coding>,
    /// What role the entity played (object-role).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Coding>,
    /// Descriptor for the entity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Descriptive text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Additional information about the entity.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub detail: Vec<AuditEventDetail>,
}

/// A record of an event that matters to security or privacy, here: a release, or a refusal, of a
/// record's key to a reader.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditEvent {
    /// Logical id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Metadata; only security labels are kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    /// Type of event (DICOM audit event id or audit-event-type).
    #[serde(rename = "type")]
    pub type_: Coding,
    /// More specific type of event.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subtype: Vec<Coding>,
    /// C | R | U | D | E.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<AuditEventAction>,
    /// When the activity occurred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// When the event was recorded (an `instant`: to the second, with a zone).
    pub recorded: FhirDateTime,
    /// 0 | 4 | 8 | 12.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<AuditEventOutcome>,
    /// Description of the outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome_desc: Option<String>,
    /// Why the event happened, as the observer understood it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purpose_of_event: Vec<CodeableConcept>,
    /// Who took part; 1..*.
    pub agent: Vec<AuditEventAgent>,
    /// Who reported it.
    pub source: AuditEventSource,
    /// What it was about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entity: Vec<AuditEventEntity>,
}

/// The checks on a [`Consent`] that serde's shape cannot express.
pub fn validate_consent(c: &Consent) -> Result<()> {
    if c.category.is_empty() {
        return Err(FhirError::invalid("Consent.category", "at least one is required"));
    }
    Ok(())
}

/// The checks on an [`AuditEvent`] that serde's shape cannot express.
pub fn validate_audit_event(a: &AuditEvent) -> Result<()> {
    if !is_instant(&a.recorded) {
        return Err(FhirError::invalid(
            "AuditEvent.recorded",
            format!("{:?} is not a FHIR instant (a time to the second, with a zone)", a.recorded),
        ));
    }
    if a.agent.is_empty() {
        return Err(FhirError::invalid("AuditEvent.agent", "at least one is required"));
    }
    for (i, e) in a.entity.iter().enumerate() {
        for (j, d) in e.detail.iter().enumerate() {
            super::choice(
                &format!("AuditEvent.entity[{i}].detail[{j}]"),
                "value",
                &[
                    ("valueString", d.value_string.is_some()),
                    ("valueBase64Binary", d.value_base64_binary.is_some()),
                ],
                true,
            )?;
        }
    }
    Ok(())
}

/// Whether a dateTime has an `instant`'s precision: a full date, a time to the second, a zone
/// (the parser already required the zone whenever a time is given).
fn is_instant(t: &FhirDateTime) -> bool {
    t.parts().day.is_some() && t.as_str().contains('T')
}

#[cfg(test)]
mod tests {
    use crate::{Resource, parse_json};

    #[test]
    fn a_consent_without_category_is_refused() {
        let e = parse_json(
            r#"{"resourceType":"Consent","status":"active","scope":{"text":"x"},"category":[]}"#,
        )
        .unwrap_err();
        assert_eq!(e.to_string(), "Consent.category: at least one is required");
        let e =
            parse_json(r#"{"resourceType":"Consent","status":"on","scope":{},"category":[{}]}"#)
                .unwrap_err();
        assert!(e.to_string().starts_with("Consent.status: unknown variant `on`"), "{e}");
    }

    #[test]
    fn an_audit_event_needs_an_instant_an_agent_and_one_detail_value() {
        let event = |recorded: &str, agent: &str, detail: &str| {
            format!(
                r#"{{"resourceType":"AuditEvent","type":{{"code":"x"}},"recorded":"{recorded}",
                "agent":{agent},"source":{{"observer":{{"display":"n"}}}},
                "entity":[{{"detail":[{detail}]}}]}}"#
            )
        };
        let ok = event(
            "2024-06-01T10:00:00Z",
            r#"[{"requestor":true}]"#,
            r#"{"type":"a","valueString":"b"}"#,
        );
        assert!(matches!(parse_json(&ok), Ok(Resource::AuditEvent(_))));
        let e = parse_json(&event(
            "2024-06-01",
            r#"[{"requestor":true}]"#,
            r#"{"type":"a","valueString":"b"}"#,
        ))
        .unwrap_err();
        assert!(
            e.to_string().starts_with("AuditEvent.recorded: \"2024-06-01\" is not a FHIR instant"),
            "{e}"
        );
        let e =
            parse_json(&event("2024-06-01T10:00:00Z", "[]", r#"{"type":"a","valueString":"b"}"#))
                .unwrap_err();
        assert_eq!(e.to_string(), "AuditEvent.agent: at least one is required");
        let e = parse_json(&event(
            "2024-06-01T10:00:00Z",
            r#"[{"requestor":true}]"#,
            r#"{"type":"a"}"#,
        ))
        .unwrap_err();
        assert!(
            e.to_string()
                .starts_with("AuditEvent.entity[0].detail[0].value[x]: missing required field"),
            "{e}"
        );
        let e = parse_json(&event(
            "2024-06-01T10:00:00Z",
            r#"[{}]"#,
            r#"{"type":"a","valueString":"b"}"#,
        ))
        .unwrap_err();
        assert_eq!(e.to_string(), "AuditEvent.agent[0].requestor: missing required field");
    }
}
