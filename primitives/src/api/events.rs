//! The notification feed: `GET /v1/events` (server-sent events of [`Event`]s).

use alloy::primitives::Address;
use serde::{Deserialize, Serialize};

/// One notification.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Event {
    /// `record_anchored` or `trade_settled`.
    pub kind: String,
    /// The patient it concerns.
    pub patient: Address,
    /// The event's fields.
    pub data: serde_json::Value,
}

/// Query of `GET /v1/events`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventsQuery {
    /// The patient (the signer of the [`crate::request_auth::FollowEvents`] in the
    /// `Authorization` header; a signature in the URL is refused as an unknown field).
    pub patient: Address,
}
