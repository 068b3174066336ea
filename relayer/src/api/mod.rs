//! The user-facing API beyond record submission: key release and the access log, gasless relay,
//! notifications, and operations. [`router`] builds it; `serve` merges it with the record API.
//!
//! | module         | routes                                                                   |
//! |----------------|--------------------------------------------------------------------------|
//! | [`keys`]       | `GET /v1/records/{id}`, `POST /v1/records/{id}/view`,                     |
//! |                | `POST /v1/keys/release`, `POST`/`DELETE /v1/records/{id}/keys`,          |
//! |                | `GET /v1/patients/{address}/access-log`                                  |
//! | [`relay`]      | `POST /v1/relay/consent`, `POST /v1/relay/forward`, `GET /v1/relay/{key}` |
//! | [`market`]     | `POST /v1/market/deliveries`, `GET /v1/market/requests`,                 |
//! |                | `GET /v1/market/requests/{id}/deliveries`                                |
//! | [`events`]     | `GET /v1/events` (server-sent events)                                    |
//! | [`ops`]        | `GET /v1/auth/domain`, `GET /metrics`, `GET /openapi.json`,              |
//! |                | `GET /v1/admin/status`,                                                  |
//! |                | `POST /v1/admin/access-log/anchor`                                       |
//!
//! Supporting modules: [`auth`] (what users sign, in which header; nonces spent once), [`store`] (the API's SQLite tables) and
//! [`state`] (the state machines of its deliveries and access-log batches),
//! [`chain`] (chain reads and the transaction manager, as traits; their fakes are in `fakes`, with
//! the `test-utils` feature), [`accesslog`] (the
//! background anchorer of receipts), [`error`] (one error enum → status + reason), [`tls`] (HTTPS with rustls).
//!
//! Every handler checks its input completely before it writes anything; a refusal is a 4xx with
//! `{"error": reason, "retryable": false}`. The one deliberate exception: a key release refused
//! for lack of consent is itself logged (that is what the access log is for).

pub mod accesslog;
pub mod auth;
pub mod chain;
pub mod error;
pub mod events;
#[cfg(any(test, feature = "test-utils"))]
pub mod fakes;
pub mod flags;
pub mod keys;
pub mod market;
pub mod ops;
pub mod relay;
pub mod server;
pub mod state;
pub mod store;
pub mod tls;

use std::sync::Arc;

use alloy::{primitives::Address, signers::local::PrivateKeySigner};
use axum::{
    Router,
    extract::{DefaultBodyLimit, FromRequest, Request},
    routing::{get, post},
};
use serde::de::DeserializeOwned;
use tokio::sync::Notify;

pub use error::ApiError;
pub use flags::ApiFlags;
pub use ops::{Metrics, RateLimiter};

/// Policy and addresses of the API.
#[derive(Clone, Debug)]
pub struct ApiConfig {
    /// Chain id.
    pub chain_id: u64,
    /// The ConsentManager.
    pub consent: Address,
    /// The RecordRegistry: names the deployment in the domain users sign requests under
    /// ([`ApiContext::domain`]).
    pub records: Address,
    /// The MedvaultForwarder.
    pub forwarder: Address,
    /// Contracts forward requests may call (the medvault contracts).
    pub allowed_targets: Vec<Address>,
    /// Largest `gas` of one forward request.
    pub max_gas_per_request: u64,
    /// What the relayer may spend on users' calls.
    pub budget: RelayBudget,
    /// Bearer token of the operator endpoints (`None`: they are off).
    pub operator_token: Option<String>,
    /// The DataMarket.
    pub market: Address,
    /// Smallest quasi-identifier class released to a researcher.
    pub k: usize,
    /// The key nodes (from the deployment file): a revocation the relayer accepts is handed to
    /// each of them before it is submitted, so that they refuse the grant before it is mined.
    pub keynode_urls: Vec<String>,
    /// Users' relayed calls are held to the end of a window of this length and sent together
    /// (zero: sent at once).
    pub relay_window: std::time::Duration,
}

/// What the relayer may spend, in wei, on the calls it sends for users (consents, forward
/// requests): each is charged what its gas estimate times the gas price comes to when it is
/// accepted, to its signer and to the day's total; and none is accepted that would take the
/// relayer's balance below `floor`, which is kept for anchoring records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RelayBudget {
    /// What one signer's calls may cost per UTC day.
    pub per_signer_daily: alloy::primitives::U256,
    /// What all users' calls together may cost per UTC day (fresh keys each get a signer's
    /// budget: this bounds them all).
    pub daily: alloy::primitives::U256,
    /// The balance kept for anchoring: sponsored calls stop above it.
    pub floor: alloy::primitives::U256,
}

/// What the handlers share.
#[derive(Clone)]
pub struct ApiContext {
    /// The API's tables.
    pub store: Arc<store::ApiStore>,
    /// Chain reads.
    pub chain: Arc<dyn chain::ApiChain>,
    /// DataMarket reads.
    pub market: Arc<dyn market::MarketChain>,
    /// Chain writes.
    pub submitter: Arc<dyn chain::Submitter>,
    /// The relayer's key: signs access-log receipts.
    pub signer: PrivateKeySigner,
    /// Policy and addresses.
    pub config: ApiConfig,
    /// Counters.
    pub metrics: Metrics,
    /// Wakes the access-log anchorer.
    pub anchor_now: Arc<Notify>,
    /// Notifications (fed by [`events::EventFeed`]).
    pub events: tokio::sync::broadcast::Sender<events::Event>,
    /// The IPFS node (reads of documents filed by reference, such as research criteria).
    pub ipfs: Arc<dyn crate::ipfs::Pinner>,
    /// Fetches of research criteria in progress or recent.
    pub criteria_fetches: Arc<market::CriteriaFetches>,
    /// The open notification streams, held to their caps.
    pub streams: Arc<events::StreamSlots>,
}

/// The API's background tasks: the access-log anchorer, the event feed, and market releases and
/// claims.
pub struct Background {
    /// The anchorer.
    pub anchorer: accesslog::AccessLogAnchorer,
    /// The feed.
    pub feed: events::EventFeed,
    /// Market releases and claims.
    pub market: market::MarketTask,
    /// Wakes the anchorer.
    pub anchor_now: Arc<Notify>,
}

impl Background {
    /// Runs all three until `stop`.
    pub async fn run(self, stop: tokio::sync::watch::Receiver<bool>) {
        tokio::join!(
            self.anchorer.run(self.anchor_now, stop.clone()),
            self.feed.run(stop.clone()),
            self.market.run(stop)
        );
    }
}

/// A JSON body whose rejection (bad JSON, wrong content type, too large) is an [`ApiError`]
/// with the right 4xx status.
#[derive(Debug)]
pub struct JsonBody<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for JsonBody<T> {
    type Rejection = axum::response::Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(Self(v)),
            Err(rej) => Err((
                rej.status(),
                axum::Json(serde_json::json!({ "error": rej.body_text(), "retryable": false })),
            )
                .into_response()),
        }
    }
}

/// Paths of [`router`] (kept in step with it; a test checks each is in `docs/openapi.json`).
pub const ROUTES: &[&str] = &[
    "/v1/auth/domain",
    "/v1/records/{id}",
    "/v1/keys/release",
    "/v1/records/{id}/keys",
    "/v1/records/{id}/view",
    "/v1/patients/{address}/access-log",
    "/v1/patients/{address}/records",
    "/v1/patients/{address}/emergency-records",
    "/v1/relay/consent",
    "/v1/relay/forward",
    "/v1/relay/{key}",
    "/v1/events",
    "/v1/market/deliveries",
    "/v1/market/requests",
    "/v1/market/requests/{id}/criteria",
    "/v1/market/requests/{id}/deliveries",
    "/metrics",
    "/openapi.json",
    "/v1/admin/status",
    "/v1/admin/access-log/anchor",
];

/// Paths of the record API ([`crate::http::router`]), documented in the same file.
pub const RECORD_ROUTES: &[&str] = &["/v1/records", "/health"];

/// The API's routes with a body limit of `body_limit` bytes.
pub fn router(ctx: ApiContext, body_limit: usize) -> Router {
    Router::new()
        .route("/v1/auth/domain", get(auth::domain))
        .route("/v1/records/{id}", get(keys::record_status))
        .route("/v1/keys/release", post(keys::release))
        .route("/v1/records/{id}/keys", post(keys::add_key).delete(keys::delete_keys))
        .route("/v1/records/{id}/view", post(keys::view))
        .route("/v1/patients/{address}/access-log", get(keys::access_log))
        .route("/v1/patients/{address}/records", get(keys::patient_records))
        .route("/v1/patients/{address}/emergency-records", post(keys::emergency_records))
        .route("/v1/relay/consent", post(relay::consent))
        .route("/v1/relay/forward", post(relay::forward))
        .route("/v1/relay/{key}", get(relay::status))
        .route("/v1/events", get(events::events))
        .route("/v1/market/deliveries", post(market::deliver))
        .route("/v1/market/requests", get(market::requests))
        .route("/v1/market/requests/{id}/criteria", post(market::file_criteria))
        .route("/v1/market/requests/{id}/deliveries", get(market::deliveries))
        .route("/metrics", get(ops::metrics))
        .route("/openapi.json", get(ops::openapi))
        .route("/v1/admin/status", get(ops::admin_status))
        .route("/v1/admin/access-log/anchor", post(ops::admin_anchor))
        .layer(DefaultBodyLimit::max(body_limit))
        .with_state(ctx)
}

/// Wraps the whole app in the per-client rate limit and the request counter.
pub fn with_limits(app: Router, limiter: Arc<RateLimiter>, metrics: Metrics) -> Router {
    app.layer(axum::middleware::from_fn_with_state((limiter, metrics), ops::limit_and_count))
}

/// Builds the API from `medvault serve`'s configuration: its store (tables in the relayer's
/// database, beside `records`, the record store it asks about records), chain reads, and the access-log anchorer (to be spawned by the caller).
pub fn start(
    config: &crate::ServeConfig,
    deployment: &medvault_primitives::Deployment,
    signer: PrivateKeySigner,
    tx: crate::tx::TxManager,
    ipfs: Arc<dyn crate::ipfs::Pinner>,
    records: Arc<dyn crate::store::RecordStore>,
) -> eyre::Result<(ApiContext, Background)> {
    use eyre::WrapErr;
    let store = Arc::new(
        store::ApiStore::open(&config.db, records)
            .wrap_err_with(|| format!("opening the API tables in {}", config.db.display()))?,
    );
    let consent = deployment.contracts.consent;
    let forwarder = deployment.contracts.forwarder;
    // Every contract of the suite but the forwarder itself.
    let allowed_targets = deployment
        .contracts
        .named()
        .into_iter()
        .filter(|(name, _)| *name != "forwarder")
        .map(|(_, address)| address)
        .collect();
    let chain = Arc::new(chain::OnChainApi::new(&config.rpc_url, deployment, signer.address())?);
    let submitter: Arc<dyn chain::Submitter> = Arc::new(tx);
    let mut anchorer = accesslog::AccessLogAnchorer::new(
        store.clone(),
        submitter.clone(),
        consent,
        std::time::Duration::from_millis(config.api.access_log_interval_ms),
    );
    if config.reconcile_interval_ms > 0 {
        anchorer = anchorer.reconciling(
            chain.clone(),
            std::time::Duration::from_millis(config.reconcile_interval_ms),
        );
    }
    let (events, _) = tokio::sync::broadcast::channel(crate::defaults::EVENT_BUFFER);
    let logs =
        Arc::new(events::OnChainLogs::new(&config.rpc_url, consent, deployment.contracts.market)?);
    let feed =
        events::EventFeed::new(store.clone(), logs, events.clone(), crate::defaults::EVENT_POLL);
    let market_address = deployment.contracts.market;
    let market_chain: Arc<dyn market::MarketChain> = Arc::new(market::OnChainMarket::new(
        &config.rpc_url,
        market_address,
        deployment.start_block,
    )?);
    let market_task = market::MarketTask::new(
        store.clone(),
        submitter.clone(),
        market_chain.clone(),
        market_address,
        crate::defaults::MARKET_POLL,
    );
    let anchor_now = Arc::new(Notify::new());
    let ctx = ApiContext {
        market: market_chain,
        store,
        chain,
        submitter,
        signer,
        config: ApiConfig {
            chain_id: deployment.chain_id,
            consent,
            records: deployment.contracts.records,
            forwarder,
            allowed_targets,
            max_gas_per_request: config.api.relay_max_gas,
            budget: RelayBudget {
                per_signer_daily: config.api.relay_daily_wei_per_signer,
                daily: config.api.relay_daily_wei,
                floor: config.api.relay_balance_floor_wei,
            },
            operator_token: config.api.operator_token.clone(),
            market: market_address,
            k: config.api.market_k,
            keynode_urls: deployment.endpoints.keynode_urls.clone(),
            relay_window: std::time::Duration::from_millis(config.api.relay_window_ms),
        },
        metrics: Metrics::new(),
        anchor_now: anchor_now.clone(),
        events,
        ipfs,
        criteria_fetches: Arc::default(),
        streams: Arc::new(events::StreamSlots::new(
            crate::api::events::MAX_STREAMS_PER_PATIENT,
            crate::api::events::MAX_STREAMS,
        )),
    };
    Ok((ctx, Background { anchorer, feed, market: market_task, anchor_now }))
}

/// The whole app: the record API `records` (whose largest body is `records_max_body` bytes)
/// merged with this API, under the rate limit and the body guard ([`server::BodyGuard`]).
///
/// CORS is open (any origin, method and header; no credentials), as the key nodes' is: the web
/// page, served from any static host or IPFS gateway, calls the relayer from the user's browser.
/// No route relies on ambient credentials (cookies); each private one checks an EIP-712 signature
/// in its `Authorization` header, so another origin gains nothing a plain HTTP client has not.
pub fn app(records: Router, records_max_body: usize, ctx: ApiContext, flags: &ApiFlags) -> Router {
    let metrics = ctx.metrics.clone();
    let limiter = Arc::new(RateLimiter::new(
        flags.rate_limit_per_sec,
        flags.rate_limit_burst,
        flags.rate_limit_loopback,
    ));
    let guard = server::BodyGuard::new(flags, records_max_body.max(flags.api_max_body_bytes));
    let app = records
        .merge(router(ctx, flags.api_max_body_bytes))
        .layer(axum::middleware::from_fn_with_state(guard, server::guard_body));
    // Outermost, so refusals (the rate limit's 429, the body guard's 413) reach the page too.
    with_limits(app, limiter, metrics).layer(tower_http::cors::CorsLayer::permissive())
}

/// Serves `app` on `listener` (with client addresses for the rate limit) until `shutdown`
/// ([`server::serve`]: HTTPS if `flags` name a certificate).
pub async fn serve_app(
    listener: tokio::net::TcpListener,
    app: Router,
    flags: &ApiFlags,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> eyre::Result<()> {
    server::serve(listener, app, flags, shutdown).await
}

#[cfg(test)]
mod tests;
