//! Every wire type of the relayer's HTTP API, shared by the service that answers and the SDK that
//! asks, so the two cannot drift. Routes and semantics: `docs/API.md`.
//!
//! - [`records`]: submitting records, their status and proofs, a patient's listing.
//! - [`keys`]: key release, grantee keys, the access log.
//! - [`relay`]: gasless submission of signed consents and forward requests.
//! - [`market`]: research requests, criteria, deliveries.
//! - [`events`]: the patient's notification feed.

pub mod events;
pub mod keynode;
pub mod keys;
pub mod market;
pub mod records;
pub mod relay;

use serde::{Deserialize, Serialize};

/// The body of every error answer (4xx, 5xx).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// What was wrong, for people.
    pub error: String,
    /// Whether the same request may succeed later.
    #[serde(default)]
    pub retryable: bool,
}
