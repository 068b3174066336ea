//! Operations: Prometheus `/metrics`, operator endpoints behind a bearer token, per-client rate
//! limits, and the OpenAPI document.

use std::{
    collections::HashMap,
    net::{IpAddr, SocketAddr},
    sync::{Arc, Mutex},
    time::Instant,
};

use axum::{
    Json,
    extract::{ConnectInfo, Request, State},
    http::{HeaderMap, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use prometheus::{Encoder, IntCounterVec, Opts, Registry, TextEncoder};

use super::{
    ApiContext,
    error::{ApiError, Result},
};

/// The OpenAPI document (kept in the repository as `docs/openapi.json`).
pub const OPENAPI: &str = include_str!("../../../docs/openapi.json");

/// The API's Prometheus counters.
#[derive(Clone)]
pub struct Metrics {
    registry: Registry,
    events: IntCounterVec,
    requests: IntCounterVec,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Metrics")
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    /// A fresh registry with the API's counters.
    pub fn new() -> Self {
        let registry = Registry::new();
        let events = IntCounterVec::new(
            Opts::new("medvault_api_events_total", "API events by kind"),
            &["event"],
        )
        .expect("valid metric");
        let requests = IntCounterVec::new(
            Opts::new("medvault_http_requests_total", "HTTP requests by status class"),
            &["status"],
        )
        .expect("valid metric");
        registry.register(Box::new(events.clone())).expect("unique metric");
        registry.register(Box::new(requests.clone())).expect("unique metric");
        Self { registry, events, requests }
    }

    /// Counts one `event`.
    pub fn count(&self, event: &str) {
        self.events.with_label_values(&[event]).inc();
    }

    /// Counts one answered request.
    pub fn request(&self, status: StatusCode) {
        let class = match status.as_u16() {
            200..=299 => "2xx",
            300..=399 => "3xx",
            400..=499 => "4xx",
            _ => "5xx",
        };
        self.requests.with_label_values(&[class]).inc();
    }

    /// The text exposition format: the API's counters and the process's default registry (the
    /// transaction manager's fault counters and funds alert, `crate::tx::alert`).
    pub fn render(&self) -> String {
        let mut families = self.registry.gather();
        families.extend(prometheus::gather());
        let mut buf = Vec::new();
        let _ = TextEncoder::new().encode(&families, &mut buf);
        String::from_utf8(buf).unwrap_or_default()
    }
}

/// `GET /metrics`.
pub async fn metrics(State(ctx): State<ApiContext>) -> Response {
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], ctx.metrics.render()).into_response()
}

/// `GET /openapi.json`.
pub async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

fn operator(ctx: &ApiContext, headers: &HeaderMap) -> Result<()> {
    let Some(token) = ctx.config.operator_token.as_deref() else {
        return Err(ApiError::Forbidden(
            "operator endpoints are off (no operator token configured)".into(),
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    // Constant-time comparison of equal-length byte strings.
    let ok = given.is_some_and(|g| {
        g.len() == token.len()
            && g.bytes().zip(token.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
    });
    if ok {
        Ok(())
    } else {
        Err(ApiError::Unauthorized("operator endpoint: missing or wrong bearer token".into()))
    }
}

/// `GET /v1/admin/status` (operator).
pub async fn admin_status(
    State(ctx): State<ApiContext>,
    headers: HeaderMap,
) -> Result<Json<serde_json::Value>> {
    operator(&ctx, &headers)?;
    let store = ctx.store.clone();
    let (receipts, unbatched, open) = tokio::task::spawn_blocking(move || {
        let (r, u) = store.log_counts()?;
        Ok::<_, rusqlite::Error>((r, u, store.open_batches()?.len()))
    })
    .await??;
    Ok(Json(serde_json::json!({
        "relayer": ctx.signer.address(),
        "chainId": ctx.config.chain_id,
        "accessLog": { "receipts": receipts, "unbatched": unbatched, "openBatches": open },
    })))
}

/// `POST /v1/admin/access-log/anchor` (operator): cut and anchor the waiting receipts now.
pub async fn admin_anchor(State(ctx): State<ApiContext>, headers: HeaderMap) -> Result<Response> {
    operator(&ctx, &headers)?;
    ctx.anchor_now.notify_one();
    Ok((StatusCode::ACCEPTED, Json(serde_json::json!({ "anchoring": true }))).into_response())
}

/// A token bucket per client IP: `burst` requests at once, refilled at `per_sec`.
#[derive(Debug)]
pub struct RateLimiter {
    per_sec: f64,
    limit_loopback: bool,
    burst: f64,
    buckets: Mutex<HashMap<IpAddr, (f64, Instant)>>,
}

impl RateLimiter {
    /// A limiter; `per_sec = 0` turns it off. Loopback clients (the machine itself, or a proxy in
    /// front of the relayer, which would put every client in one bucket) are limited only if
    /// `limit_loopback`.
    pub fn new(per_sec: u32, burst: u32, limit_loopback: bool) -> Self {
        Self {
            limit_loopback,
            per_sec: f64::from(per_sec),
            burst: f64::from(burst.max(1)),
            buckets: Mutex::default(),
        }
    }

    /// Takes one token for `ip`; false if it has none left.
    pub fn allow(&self, ip: IpAddr) -> bool {
        if self.per_sec == 0.0 || (ip.is_loopback() && !self.limit_loopback) {
            return true;
        }
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if buckets.len() > 100_000 {
            // Forget idle clients rather than grow without bound.
            buckets.retain(|_, (tokens, _)| *tokens < self.burst);
        }
        let (tokens, at) = buckets.entry(ip).or_insert((self.burst, now));
        *tokens = (*tokens + now.duration_since(*at).as_secs_f64() * self.per_sec).min(self.burst);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

/// Middleware: rate limit by client IP (from the connection) and count answers by status class.
pub async fn limit_and_count(
    State((limiter, metrics)): State<(Arc<RateLimiter>, Metrics)>,
    req: Request,
    next: Next,
) -> Response {
    let ip = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::from([0, 0, 0, 0]), |c| c.0.ip());
    let response = if limiter.allow(ip) {
        next.run(req).await
    } else {
        ApiError::TooManyRequests(format!("rate limit: too many requests from {ip}"))
            .into_response()
    };
    metrics.request(response.status());
    response
}
