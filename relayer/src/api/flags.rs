//! The API's flags of `medvault serve` (flattened into [`crate::ServeConfig`]).

use std::path::PathBuf;

use alloy::primitives::U256;

use crate::defaults;

/// Flags of the user API. Every flag has an environment mirror.
#[derive(Clone, Debug, clap::Args)]
pub struct ApiFlags {
    /// Bearer token of the operator endpoints (`/v1/admin/…`); without it they are off.
    #[arg(long = "operator-token", env = "MEDVAULT_OPERATOR_TOKEN", hide_env_values = true)]
    pub operator_token: Option<String>,
    /// How often waiting access-log receipts are anchored (milliseconds).
    #[arg(
        long = "access-log.interval-ms",
        env = "MEDVAULT_ACCESS_LOG_INTERVAL_MS",
        default_value_t = defaults::ACCESS_LOG_INTERVAL_MS
    )]
    pub access_log_interval_ms: u64,
    /// Largest `gas` of one relayed forward request.
    #[arg(long = "relay.max-gas", env = "MEDVAULT_RELAY_MAX_GAS", default_value_t = defaults::RELAY_MAX_GAS)]
    pub relay_max_gas: u64,
    /// What one signer's relayed calls may cost the relayer per UTC day, in wei (charged at
    /// acceptance: gas estimate × gas price).
    #[arg(
        long = "relay.daily-wei-per-signer",
        env = "MEDVAULT_RELAY_DAILY_WEI_PER_SIGNER",
        default_value_t = defaults::RELAY_DAILY_WEI_PER_SIGNER
    )]
    pub relay_daily_wei_per_signer: U256,
    /// What all users' relayed calls together may cost the relayer per UTC day, in wei.
    #[arg(
        long = "relay.daily-wei",
        env = "MEDVAULT_RELAY_DAILY_WEI",
        default_value_t = defaults::RELAY_DAILY_WEI
    )]
    pub relay_daily_wei: U256,
    /// The relayer's balance kept for anchoring records, in wei: no user's call is relayed that
    /// would take the balance below it (refused with 503, and an alert logged).
    #[arg(
        long = "relay.balance-floor-wei",
        env = "MEDVAULT_RELAY_BALANCE_FLOOR_WEI",
        default_value_t = defaults::RELAY_BALANCE_FLOOR_WEI
    )]
    pub relay_balance_floor_wei: U256,
    /// Users' relayed calls (consents, forward requests) are held to the end of a window of this
    /// many milliseconds, aligned to the clock, and sent together in shuffled order, so that their
    /// timing does not tie them to their senders' other actions (0: sent at once).
    #[arg(
        long = "relay.window-ms",
        env = "MEDVAULT_RELAY_WINDOW_MS",
        default_value_t = defaults::RELAY_WINDOW_MS
    )]
    pub relay_window_ms: u64,
    /// Requests per second one client IP may make (0 turns the limit off).
    #[arg(long = "rate-limit.per-sec", env = "MEDVAULT_RATE_LIMIT_PER_SEC", default_value_t = defaults::RATE_LIMIT_PER_SEC)]
    pub rate_limit_per_sec: u32,
    /// Requests one client IP may make in a burst.
    #[arg(long = "rate-limit.burst", env = "MEDVAULT_RATE_LIMIT_BURST", default_value_t = defaults::RATE_LIMIT_BURST)]
    pub rate_limit_burst: u32,
    /// Rate-limit loopback clients too (off: the machine itself and a local proxy are not limited;
    /// limit in the proxy then).
    #[arg(long = "rate-limit.loopback", env = "MEDVAULT_RATE_LIMIT_LOOPBACK")]
    pub rate_limit_loopback: bool,
    /// Largest request body of the user API routes (key release, relay, …), in bytes.
    #[arg(
        long = "api.max-body-bytes",
        env = "MEDVAULT_API_MAX_BODY_BYTES",
        default_value_t = defaults::API_MAX_BODY_BYTES
    )]
    pub api_max_body_bytes: usize,
    /// Smallest quasi-identifier class of research deliveries released to a researcher.
    #[arg(long = "market.k", env = "MEDVAULT_MARKET_K", default_value_t = defaults::MARKET_K)]
    pub market_k: usize,
    /// Connections served at once; past that, accepting waits.
    #[arg(
        long = "http.max-connections",
        env = "MEDVAULT_HTTP_MAX_CONNECTIONS",
        default_value_t = defaults::HTTP_MAX_CONNECTIONS
    )]
    pub http_max_connections: usize,
    /// Seconds a client has to finish its TLS handshake, and each request's headers.
    #[arg(
        long = "http.header-timeout-secs",
        env = "MEDVAULT_HTTP_HEADER_TIMEOUT_SECS",
        default_value_t = defaults::HTTP_HEADER_TIMEOUT_SECS
    )]
    pub http_header_timeout_secs: u64,
    /// Seconds a client has to send a request's whole body (408 past it; nothing is done).
    #[arg(
        long = "http.body-timeout-secs",
        env = "MEDVAULT_HTTP_BODY_TIMEOUT_SECS",
        default_value_t = defaults::HTTP_BODY_TIMEOUT_SECS
    )]
    pub http_body_timeout_secs: u64,
    /// Bodies over 64 KiB (record submissions) read at once; more are answered 503 at once.
    #[arg(
        long = "http.max-large-bodies",
        env = "MEDVAULT_HTTP_MAX_LARGE_BODIES",
        default_value_t = defaults::HTTP_MAX_LARGE_BODIES
    )]
    pub http_max_large_bodies: usize,
    /// TLS certificate chain (PEM); with `--tls-key`, the API is served over HTTPS.
    #[arg(long = "tls-cert", env = "MEDVAULT_TLS_CERT", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// TLS private key (PEM).
    #[arg(long = "tls-key", env = "MEDVAULT_TLS_KEY", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
}

impl Default for ApiFlags {
    fn default() -> Self {
        Self {
            operator_token: None,
            access_log_interval_ms: defaults::ACCESS_LOG_INTERVAL_MS,
            relay_max_gas: defaults::RELAY_MAX_GAS,
            relay_daily_wei_per_signer: defaults::RELAY_DAILY_WEI_PER_SIGNER,
            relay_daily_wei: defaults::RELAY_DAILY_WEI,
            relay_balance_floor_wei: defaults::RELAY_BALANCE_FLOOR_WEI,
            relay_window_ms: defaults::RELAY_WINDOW_MS,
            rate_limit_per_sec: defaults::RATE_LIMIT_PER_SEC,
            rate_limit_burst: defaults::RATE_LIMIT_BURST,
            rate_limit_loopback: false,
            api_max_body_bytes: defaults::API_MAX_BODY_BYTES,
            market_k: defaults::MARKET_K,
            http_max_connections: defaults::HTTP_MAX_CONNECTIONS,
            http_header_timeout_secs: defaults::HTTP_HEADER_TIMEOUT_SECS,
            http_body_timeout_secs: defaults::HTTP_BODY_TIMEOUT_SECS,
            http_max_large_bodies: defaults::HTTP_MAX_LARGE_BODIES,
            tls_cert: None,
            tls_key: None,
        }
    }
}
