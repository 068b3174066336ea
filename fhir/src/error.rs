//! Why a FHIR document was refused.

/// A FHIR document that could not be read as one of the resources medvault handles.
///
/// Every variant names where the problem is, in FHIR path form, so a patient's app can show
/// `Observation.status: missing required field` rather than a byte offset.
#[derive(Debug, thiserror::Error)]
pub enum FhirError {
    /// The input is not JSON at all.
    #[error("not valid JSON: {0}")]
    Json(#[source] serde_json::Error),
    /// The JSON is not an object with a string `resourceType`.
    #[error("resourceType: {0}")]
    ResourceType(String),
    /// A `resourceType` that is not a FHIR R4 resource type.
    #[error(
        "resourceType: {0:?} is not supported: it is not a FHIR R4 resource type (check its spelling and case)"
    )]
    Unsupported(String),
    /// A field is missing, has the wrong shape, or has a value FHIR forbids.
    #[error("{path}: {message}")]
    Invalid {
        /// FHIR path of the offending element, e.g. `Patient.birthDate` or `Observation.code.coding[0].system`.
        path: String,
        /// What is wrong with it.
        message: String,
    },
    /// A resource inside a Bundle is invalid.
    #[error("Bundle.entry[{index}].resource: {source}")]
    InEntry {
        /// Position of the entry in `Bundle.entry`.
        index: usize,
        /// Why that entry's resource was refused.
        #[source]
        source: Box<FhirError>,
    },
}

impl FhirError {
    /// The innermost FHIR path the error points at, e.g. `Observation.status`.
    pub fn path(&self) -> Option<&str> {
        match self {
            Self::Invalid { path, .. } => Some(path),
            Self::InEntry { source, .. } => source.path(),
            _ => None,
        }
    }

    pub(crate) fn invalid(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Invalid { path: path.into(), message: message.into() }
    }
}

/// Result of parsing or validating FHIR.
pub type Result<T, E = FhirError> = std::result::Result<T, E>;
