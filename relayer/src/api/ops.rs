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

    /// The text exposition format: the API's counters and the process-wide ones of the default
    /// registry (the storage alerts of [`crate::store::metrics`], the transaction manager's fault
    /// counters and funds alert, `crate::tx::alert`).
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

/// A token bucket per client: an IPv4 address, or an IPv6 /64 (one subscriber's network: a
/// client holding a /64 gets one bucket, not 2^64). `burst` requests at once, refilled at
/// `per_sec`. At most `capacity` buckets are kept: when full, buckets idle long enough to be full
/// again (no different from a new one) are swept, at most once a second; if every bucket is
/// still busy, clients without one share a single overflow bucket. Memory and the time under
/// the lock stay bounded however many addresses an attacker uses.
#[derive(Debug)]
pub struct RateLimiter {
    per_sec: f64,
    limit_loopback: bool,
    burst: f64,
    capacity: usize,
    state: Mutex<Buckets>,
}

#[derive(Debug, Default)]
struct Buckets {
    by_client: HashMap<IpAddr, (f64, Instant)>,
    overflow: Option<(f64, Instant)>,
    swept: Option<Instant>,
}

/// Buckets kept at most, by default.
pub const RATE_LIMIT_CLIENTS: usize = 100_000;

impl RateLimiter {
    /// A limiter; `per_sec = 0` turns it off. Loopback clients (the machine itself, or a proxy in
    /// front of the relayer, which would put every client in one bucket) are limited only if
    /// `limit_loopback`.
    pub fn new(per_sec: u32, burst: u32, limit_loopback: bool) -> Self {
        Self::with_capacity(per_sec, burst, limit_loopback, RATE_LIMIT_CLIENTS)
    }

    /// [`Self::new`] keeping at most `capacity` buckets.
    pub fn with_capacity(per_sec: u32, burst: u32, limit_loopback: bool, capacity: usize) -> Self {
        Self {
            limit_loopback,
            per_sec: f64::from(per_sec),
            burst: f64::from(burst.max(1)),
            capacity: capacity.max(1),
            state: Mutex::default(),
        }
    }

    /// The bucket a client address falls in.
    fn client(ip: IpAddr) -> IpAddr {
        match ip {
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => IpAddr::V4(v4),
                None => {
                    let mut octets = v6.octets();
                    octets[8..].fill(0);
                    IpAddr::V6(octets.into())
                }
            },
            v4 => v4,
        }
    }

    /// Takes one token for `ip`; false if it has none left.
    pub fn allow(&self, ip: IpAddr) -> bool {
        self.allow_at(ip, Instant::now())
    }

    fn allow_at(&self, ip: IpAddr, now: Instant) -> bool {
        if self.per_sec == 0.0 || (ip.is_loopback() && !self.limit_loopback) {
            return true;
        }
        let client = Self::client(ip);
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let Buckets { by_client, overflow, swept } = &mut *state;
        if !by_client.contains_key(&client)
            && by_client.len() >= self.capacity
            && swept.is_none_or(|at| now.duration_since(at).as_secs_f64() >= 1.0)
        {
            *swept = Some(now);
            let (burst, per_sec) = (self.burst, self.per_sec);
            by_client.retain(|_, (tokens, at)| {
                *tokens + now.duration_since(*at).as_secs_f64() * per_sec < burst
            });
        }
        let bucket = if by_client.contains_key(&client) || by_client.len() < self.capacity {
            by_client.entry(client).or_insert((self.burst, now))
        } else {
            overflow.get_or_insert((self.burst, now))
        };
        let (tokens, at) = bucket;
        *tokens = (*tokens + now.duration_since(*at).as_secs_f64() * self.per_sec).min(self.burst);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }

    /// Buckets held now.
    pub fn clients(&self) -> usize {
        self.state.lock().unwrap_or_else(|p| p.into_inner()).by_client.len()
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

#[cfg(test)]
mod tests {
    use std::{
        net::{IpAddr, Ipv4Addr, Ipv6Addr},
        time::{Duration, Instant},
    };

    use super::RateLimiter;

    fn v4(n: u32) -> IpAddr {
        IpAddr::V4(Ipv4Addr::from(0x0a00_0000 + n))
    }

    /// An attacker with many addresses, each asking once: the limiter keeps at most its capacity
    /// of buckets (idle ones are swept), and still limits every client.
    #[test]
    fn one_shot_clients_do_not_grow_the_limiter() {
        let limiter = RateLimiter::with_capacity(10, 2, false, 100);
        let start = Instant::now();
        for n in 0..10_000u32 {
            let now = start + Duration::from_millis(u64::from(n) * 20);
            assert!(limiter.allow_at(v4(n), now), "a new client has its burst");
            assert!(limiter.clients() <= 100, "{} buckets after {n} clients", limiter.clients());
        }
        // A client that stays busy keeps its (empty) bucket.
        let busy = v4(1_000_000);
        let t = start + Duration::from_secs(200);
        assert!(limiter.allow_at(busy, t) && limiter.allow_at(busy, t));
        assert!(!limiter.allow_at(busy, t), "past its burst");
    }

    /// When every bucket is busy, newcomers share one overflow bucket: they are limited together
    /// rather than growing the map.
    #[test]
    fn newcomers_share_the_overflow_when_every_bucket_is_busy() {
        let limiter = RateLimiter::with_capacity(1, 1, false, 10);
        let now = Instant::now();
        for n in 0..10 {
            assert!(limiter.allow_at(v4(n), now));
        }
        assert!(limiter.allow_at(v4(100), now), "the overflow bucket's one token");
        assert!(!limiter.allow_at(v4(101), now), "shared with the first newcomer");
        assert_eq!(limiter.clients(), 10);
    }

    /// Every address of one IPv6 /64 is one client.
    #[test]
    fn an_ipv6_network_is_one_client() {
        let limiter = RateLimiter::with_capacity(1, 3, false, 100);
        let now = Instant::now();
        let allowed = (0..10u16)
            .filter(|n| {
                limiter.allow_at(IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 1, 2, *n, 7, 7, *n)), now)
            })
            .count();
        assert_eq!(allowed, 3);
        assert!(limiter.allow_at(IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 1, 3, 0, 0, 0, 1)), now));
    }
}
