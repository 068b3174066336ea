//! Notifications: `GET /v1/events?patient=0x…`, a server-sent-events stream of what concerns one
//! patient, who signs a [`auth::FollowEvents`] in the `Authorization` header as for the access
//! log. Its nonce is spent when the stream opens, so one signature opens one stream; a patient
//! holds at most [`MAX_STREAMS_PER_PATIENT`] streams at once (429 beyond) and the relayer at most
//! [`MAX_STREAMS`] in all (503 beyond), so that signed-in clients cannot pin its memory and
//! connections:
//!
//! | event              | source                                                   |
//! |--------------------|----------------------------------------------------------|
//! | `record_anchored`  | the record store: a record of the patient confirmed      |
//! | `trade_settled`    | `DataMarket.TradeSettled`                                |
//!
//! Access requests and break-glass accesses name no patient on-chain (their notices are sealed
//! to her key), so the relayer cannot tell whose they are: her own client finds them by opening
//! the notices (`workflows::consent::access_requests` and `emergencies`).
//!
//! The [`EventFeed`] task polls both sources and publishes on a broadcast channel; each stream
//! filters it. A slow client that falls behind gets a `lagged` event and continues.

pub use medvault_primitives::api::events::{Event, EventsQuery};
use std::{
    collections::HashMap,
    convert::Infallible,
    sync::{Arc, Mutex},
    time::Duration,
};

use alloy::{
    primitives::Address,
    providers::{DynProvider, Provider},
    rpc::types::Filter,
    sol_types::SolEvent,
};
use async_trait::async_trait;
use axum::{
    extract::{Query, State},
    response::sse::{Event as SseEvent, KeepAlive, Sse},
};
use futures::Stream;
use medvault_bindings::data_market::DataMarket;
use tokio::sync::{broadcast, watch};

use super::{
    ApiContext,
    auth::{self, Auth},
    error::{ApiError, Result},
    store::ApiStore,
};
use crate::{
    background::{Schedule, repeat},
    chain::{self, ChainError, connect},
};

/// The most notification streams one patient may hold open at once.
pub const MAX_STREAMS_PER_PATIENT: usize = 4;

/// The most notification streams the relayer holds open at once.
pub const MAX_STREAMS: usize = 1024;

/// The open notification streams, per patient and in all, held to their caps. A stream holds a
/// [`StreamSlot`] for its life; dropping the stream (the client went away) frees it.
#[derive(Debug)]
pub struct StreamSlots {
    per_patient: usize,
    total: usize,
    open: Mutex<(HashMap<Address, usize>, usize)>,
}

impl StreamSlots {
    /// Caps of `per_patient` streams per patient and `total` in all.
    pub fn new(per_patient: usize, total: usize) -> Self {
        Self { per_patient, total, open: Mutex::default() }
    }

    /// A slot for one more stream of `patient`'s, or why not.
    pub fn acquire(self: &Arc<Self>, patient: Address) -> Result<StreamSlot> {
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        if open.1 >= self.total {
            return Err(ApiError::Unavailable(format!(
                "the relayer already serves {} notification streams, its most: try again later",
                self.total
            )));
        }
        let mine = open.0.entry(patient).or_default();
        if *mine >= self.per_patient {
            return Err(ApiError::TooManyRequests(format!(
                "{patient} already has {} notification streams open, the most one patient may: \
                 close one first",
                self.per_patient
            )));
        }
        *mine += 1;
        open.1 += 1;
        Ok(StreamSlot { slots: self.clone(), patient })
    }

    /// Streams open now (in all, and `patient`'s).
    pub fn open(&self, patient: Address) -> (usize, usize) {
        let open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        (open.1, open.0.get(&patient).copied().unwrap_or(0))
    }
}

/// One open stream's place under the caps; freed on drop.
#[derive(Debug)]
pub struct StreamSlot {
    slots: Arc<StreamSlots>,
    patient: Address,
}

impl Drop for StreamSlot {
    fn drop(&mut self) {
        let mut open = self.slots.open.lock().unwrap_or_else(|p| p.into_inner());
        open.1 -= 1;
        if let Some(n) = open.0.get_mut(&self.patient) {
            *n -= 1;
            if *n == 0 {
                open.0.remove(&self.patient);
            }
        }
    }
}

/// `GET /v1/events`.
pub async fn events(
    State(ctx): State<ApiContext>,
    auth: Auth,
    Query(q): Query<EventsQuery>,
) -> Result<Sse<impl Stream<Item = std::result::Result<SseEvent, Infallible>>>> {
    let patient = q.patient;
    let signed = auth::FollowEvents { patient, nonce: auth.0.nonce, expires: auth.0.expires };
    let by = auth::signer(&ctx, &auth, &signed)?;
    if by != patient {
        return Err(auth::AuthError::WrongSigner { signer: by, expected: patient }.into());
    }
    // The cap is checked before the nonce is spent, so a refused stream can be asked again.
    let slot = ctx.streams.acquire(patient)?;
    auth::spend(&ctx, by, &auth).await?;
    let rx = ctx.events.subscribe();
    let stream = futures::stream::unfold((rx, slot), move |(mut rx, slot)| async move {
        loop {
            match rx.recv().await {
                Ok(e) if e.patient == patient => {
                    let sse =
                        SseEvent::default().event(e.kind.clone()).json_data(&e).unwrap_or_default();
                    return Some((Ok(sse), (rx, slot)));
                }
                Ok(_) => {}
                Err(broadcast::error::RecvError::Lagged(n)) => {
                    let sse = SseEvent::default()
                        .event("lagged")
                        .data(format!("{n} events were dropped"));
                    return Some((Ok(sse), (rx, slot)));
                }
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    });
    Ok(Sse::new(stream).keep_alive(KeepAlive::default()))
}

/// Contract logs as notifications.
#[async_trait]
pub trait LogSource: Send + Sync + 'static {
    /// The latest block.
    async fn head(&self) -> chain::Result<u64>;
    /// Notifications from blocks `from..=to`.
    async fn events(&self, from: u64, to: u64) -> chain::Result<Vec<Event>>;
}

/// [`LogSource`] over JSON-RPC.
#[derive(Clone, Debug)]
pub struct OnChainLogs {
    provider: DynProvider,
    consent: Address,
    market: Address,
}

impl OnChainLogs {
    /// Connects to `rpc_url`.
    pub fn new(rpc_url: &str, consent: Address, market: Address) -> chain::Result<Self> {
        Ok(Self { provider: connect(rpc_url)?, consent, market })
    }
}

#[async_trait]
impl LogSource for OnChainLogs {
    async fn head(&self) -> chain::Result<u64> {
        self.provider.get_block_number().await.map_err(|e| ChainError::rpc("eth_blockNumber", e))
    }

    async fn events(&self, from: u64, to: u64) -> chain::Result<Vec<Event>> {
        let filter = Filter::new()
            .address(vec![self.consent, self.market])
            .from_block(from)
            .to_block(to)
            .event_signature(vec![DataMarket::TradeSettled::SIGNATURE_HASH]);
        let logs =
            self.provider.get_logs(&filter).await.map_err(|e| ChainError::rpc("eth_getLogs", e))?;
        let mut out = Vec::new();
        for log in logs {
            let block = log.block_number;
            let tx = log.transaction_hash;
            if let Ok(e) = log.log_decode::<DataMarket::TradeSettled>() {
                let e = e.inner.data;
                out.push(Event {
                    kind: "trade_settled".into(),
                    // The one-time trade key: its holder subscribes with that key.
                    patient: e.seller,
                    data: serde_json::json!({
                        "requestId": e.requestId, "deliveryCommitment": e.deliveryCommitment,
                        "releaseAt": e.releaseAt, "block": block, "txHash": tx,
                    }),
                });
            }
        }
        Ok(out)
    }
}

/// The feed: polls confirmed records and contract logs, publishes [`Event`]s.
pub struct EventFeed {
    store: Arc<ApiStore>,
    logs: Arc<dyn LogSource>,
    tx: broadcast::Sender<Event>,
    poll: Duration,
}

impl EventFeed {
    /// A feed publishing on `tx`.
    pub fn new(
        store: Arc<ApiStore>,
        logs: Arc<dyn LogSource>,
        tx: broadcast::Sender<Event>,
        poll: Duration,
    ) -> Self {
        Self { store, logs, tx, poll }
    }

    /// Publishes what happened after `(record, block)`; returns the new cursor.
    pub async fn tick(&self, cursor: (i64, u64)) -> Result<(i64, u64)> {
        let (mut last_record, mut next_block) = cursor;
        let store = self.store.clone();
        let confirmed =
            tokio::task::spawn_blocking(move || store.confirmed_after(last_record)).await??;
        for (id, patient, record, version) in confirmed {
            last_record = id;
            let _ = self.tx.send(Event {
                kind: "record_anchored".into(),
                patient,
                data: serde_json::json!({ "recordId": record, "version": version, "id": id }),
            });
        }
        let head = self.logs.head().await.map_err(ApiError::Chain)?;
        if head >= next_block {
            let to = head.min(next_block + 1000);
            for e in self.logs.events(next_block, to).await.map_err(ApiError::Chain)? {
                let _ = self.tx.send(e);
            }
            next_block = to + 1;
        }
        Ok((last_record, next_block))
    }

    /// Polls until `stop`, starting at the current record and block (no replay of history).
    pub async fn run(self, stop: watch::Receiver<bool>) {
        let cursor = std::sync::Mutex::new(None);
        repeat("event feed", Schedule::every(self.poll), None, stop, || async {
            let at = *cursor.lock().expect("lock");
            let at = match at {
                Some(at) => at,
                None => {
                    let store = self.store.clone();
                    let last =
                        tokio::task::spawn_blocking(move || store.last_confirmed()).await??;
                    let at = (last, self.logs.head().await.map_err(ApiError::Chain)? + 1);
                    *cursor.lock().expect("lock") = Some(at);
                    at
                }
            };
            let next = self.tick(at).await?;
            *cursor.lock().expect("lock") = Some(next);
            Ok::<_, ApiError>(false)
        })
        .await;
    }
}
