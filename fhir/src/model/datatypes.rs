//! The FHIR R4 general-purpose data types the handled resources use.
//!
//! Only the elements medvault reads or must recognise in order to remove them are modelled;
//! anything else in the input is ignored on parse and so never reaches a research view.

use serde::{Deserialize, Serialize};

use super::primitives::FhirDateTime;

/// A code from a code system (`Coding`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Coding {
    /// Identity of the terminology system (a URI).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    /// Version of the system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Symbol in syntax defined by the system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Representation defined by the system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
}

/// A concept given by codes and/or text (`CodeableConcept`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CodeableConcept {
    /// Codes defined by terminology systems.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub coding: Vec<Coding>,
    /// Plain text representation (free text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl CodeableConcept {
    /// Whether any coding has this system and code.
    pub fn has_code(&self, system: &str, code: &str) -> bool {
        self.coding
            .iter()
            .any(|c| c.system.as_deref() == Some(system) && c.code.as_deref() == Some(code))
    }

    /// Whether any coding has this system and one of these codes.
    pub fn has_any_code(&self, system: &str, codes: &[&str]) -> bool {
        codes.iter().any(|code| self.has_code(system, code))
    }
}

/// A reference from one resource to another (`Reference`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Reference {
    /// Literal reference: relative (`Patient/123`), absolute URL or `urn:uuid:`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Type the reference refers to.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Logical reference by business identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<Identifier>,
    /// Text alternative for the resource (often a person's name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
}

impl Reference {
    /// A literal reference to `Type/id`.
    pub fn to(resource_type: &str, id: &str) -> Self {
        Self { reference: Some(format!("{resource_type}/{id}")), ..Self::default() }
    }
}

/// A business identifier: MRN, SSN, plan member number, licence… (`Identifier`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Identifier {
    /// usual | official | temp | secondary | old.
    #[serde(default, rename = "use", skip_serializing_if = "Option::is_none")]
    pub use_: Option<String>,
    /// Description of the identifier (e.g. MR, SS, DL).
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<CodeableConcept>,
    /// The namespace for the value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    /// The value that is unique.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Time period when the identifier is valid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
}

/// A person's name (`HumanName`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HumanName {
    /// usual | official | temp | nickname | anonymous | old | maiden.
    #[serde(default, rename = "use", skip_serializing_if = "Option::is_none")]
    pub use_: Option<String>,
    /// Full text of the name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Family name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    /// Given names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub given: Vec<String>,
    /// Parts before the name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prefix: Vec<String>,
    /// Parts after the name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suffix: Vec<String>,
}

/// Phone, fax, email, URL… (`ContactPoint`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContactPoint {
    /// phone | fax | email | pager | url | sms | other.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    /// The actual contact point details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// home | work | temp | old | mobile.
    #[serde(default, rename = "use", skip_serializing_if = "Option::is_none")]
    pub use_: Option<String>,
}

/// A postal address (`Address`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    /// home | work | temp | old | billing.
    #[serde(default, rename = "use", skip_serializing_if = "Option::is_none")]
    pub use_: Option<String>,
    /// Text representation of the address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Street name, number, direction, P.O. Box…
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub line: Vec<String>,
    /// City, town, suburb…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// District (county).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    /// Sub-unit of country (US state).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Postal code (ZIP).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// Country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// A time range (`Period`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Period {
    /// Starting time with inclusive boundary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<FhirDateTime>,
    /// End time with inclusive boundary, if not ongoing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<FhirDateTime>,
}

/// A measured amount (`Quantity`, also used for `Age`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Quantity {
    /// Numerical value (decimal precision beyond `f64` is not kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// `<` | `<=` | `>=` | `>`: how to understand the value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comparator: Option<String>,
    /// Unit representation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// System that defines the coded unit form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    /// Coded form of the unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

/// A set of ordered quantities (`Range`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Range {
    /// Low limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low: Option<Quantity>,
    /// High limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<Quantity>,
}

/// Content in a format defined elsewhere: photos, scanned documents (`Attachment`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Attachment {
    /// Mime type of the content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// Data inline, base64ed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
    /// URI where the data can be found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Label to display in place of the data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// A text note with attribution (`Annotation`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Annotation {
    /// The annotation, markdown.
    pub text: String,
    /// Individual responsible for the annotation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author_string: Option<String>,
    /// When the annotation was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<FhirDateTime>,
}

/// Human-readable summary of a resource (`Narrative`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Narrative {
    /// generated | extensions | additional | empty.
    pub status: String,
    /// Limited XHTML content.
    pub div: String,
}

/// Metadata about a resource (`Meta`); only the security labels are modelled.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Meta {
    /// Security labels applied to this resource.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub security: Vec<Coding>,
}

/// An extension on Patient; medvault writes only its own age-band extension.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Extension {
    /// Identifies the meaning of the extension.
    pub url: String,
    /// String value of the extension.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_string: Option<String>,
}
