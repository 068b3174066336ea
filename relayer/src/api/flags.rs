//! The API's flags of `medvault serve` (flattened into [`crate::ServeConfig`]).

use std::path::PathBuf;

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
        default_value_t = 5000
    )]
    pub access_log_interval_ms: u64,
    /// Largest `gas` of one relayed forward request.
    #[arg(long = "relay.max-gas", env = "MEDVAULT_RELAY_MAX_GAS", default_value_t = 1_000_000)]
    pub relay_max_gas: u64,
    /// Gas one account may have relayed per UTC day.
    #[arg(
        long = "relay.daily-gas",
        env = "MEDVAULT_RELAY_DAILY_GAS",
        default_value_t = 10_000_000
    )]
    pub relay_daily_gas: u64,
    /// Requests per second one client IP may make (0 turns the limit off).
    #[arg(long = "rate-limit.per-sec", env = "MEDVAULT_RATE_LIMIT_PER_SEC", default_value_t = 50)]
    pub rate_limit_per_sec: u32,
    /// Requests one client IP may make in a burst.
    #[arg(long = "rate-limit.burst", env = "MEDVAULT_RATE_LIMIT_BURST", default_value_t = 200)]
    pub rate_limit_burst: u32,
    /// Rate-limit loopback clients too (off: the machine itself and a local proxy are not limited;
    /// limit in the proxy then).
    #[arg(long = "rate-limit.loopback", env = "MEDVAULT_RATE_LIMIT_LOOPBACK")]
    pub rate_limit_loopback: bool,
    /// Largest request body of the user API routes (key release, relay, …), in bytes.
    #[arg(
        long = "api.max-body-bytes",
        env = "MEDVAULT_API_MAX_BODY_BYTES",
        default_value_t = 64 << 10
    )]
    pub api_max_body_bytes: usize,
    /// Smallest quasi-identifier class of research deliveries released to a researcher.
    #[arg(long = "market.k", env = "MEDVAULT_MARKET_K", default_value_t = 11)]
    pub market_k: usize,
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
            access_log_interval_ms: 5000,
            relay_max_gas: 1_000_000,
            relay_daily_gas: 10_000_000,
            rate_limit_per_sec: 50,
            rate_limit_burst: 200,
            rate_limit_loopback: false,
            api_max_body_bytes: 64 << 10,
            market_k: 11,
            tls_cert: None,
            tls_key: None,
        }
    }
}
