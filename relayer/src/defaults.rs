//! Every default of `medvault serve`, in one place: the flags' defaults (which [`crate::ServeConfig`]
//! and [`crate::api::ApiFlags`] show in `--help` and `Default`) and the intervals that are not
//! flags. Defaults run locally: a dev chain on 8545, an IPFS node on 5001, the API on 8080.

use std::time::Duration;

use alloy::primitives::U256;

/// `--rpc-url`.
pub const RPC_URL: &str = "http://127.0.0.1:8545";
/// `--ipfs.api-url`.
pub const IPFS_API_URL: &str = "http://127.0.0.1:5001";
/// `--ipfs.timeout-secs`.
pub const IPFS_TIMEOUT_SECS: u64 = 60;
/// `--db`.
pub const DB: &str = "medvault-relayer.db";
/// `--listen`.
pub const LISTEN: &str = "127.0.0.1:8080";
/// `--batch.max-records`.
pub const BATCH_MAX_RECORDS: usize = 2000;
/// `--batch.window-ms`.
pub const BATCH_WINDOW_MS: u64 = 500;
/// `--max-record-bytes` (1 MiB).
pub const MAX_RECORD_BYTES: usize = 1 << 20;
/// `--max-records-per-request`.
pub const MAX_RECORDS_PER_REQUEST: usize = 1000;
/// `--max-body-bytes` (64 MiB).
pub const MAX_BODY_BYTES: usize = 64 << 20;
/// `--reconcile.interval-ms`: recently confirmed anchors are re-checked once a minute.
pub const RECONCILE_INTERVAL_MS: u64 = 60_000;
/// How far back the reconciliation re-checks confirmed batches (by when they were cut): a day.
pub const RECONCILE_HORIZON: Duration = Duration::from_secs(24 * 3600);

/// `--access-log.interval-ms`.
pub const ACCESS_LOG_INTERVAL_MS: u64 = 5000;
/// `--relay.max-gas`.
pub const RELAY_MAX_GAS: u64 = 1_000_000;
/// The wait before a failed anchor's second attempt (doubled before each later one: 5, 10, 20,
/// 40 s).
pub const ANCHOR_RETRY: Duration = Duration::from_secs(5);
/// `--http.max-connections`.
pub const HTTP_MAX_CONNECTIONS: usize = 1_024;
/// `--http.header-timeout-secs`.
pub const HTTP_HEADER_TIMEOUT_SECS: u64 = 10;
/// `--http.body-timeout-secs`: 64 MiB at ~2 MB/s.
pub const HTTP_BODY_TIMEOUT_SECS: u64 = 30;
/// `--http.max-large-bodies`: 8 × 64 MiB held at most.
pub const HTTP_MAX_LARGE_BODIES: usize = 8;
/// `--relay.daily-wei-per-signer`: 0.05 ether (about 500 consents at 1 gwei).
pub const RELAY_DAILY_WEI_PER_SIGNER: U256 = U256::from_limbs([50_000_000_000_000_000, 0, 0, 0]);
/// `--relay.daily-wei`: 5 ether.
pub const RELAY_DAILY_WEI: U256 = U256::from_limbs([5_000_000_000_000_000_000, 0, 0, 0]);
/// `--relay.balance-floor-wei`: 0.5 ether kept for anchoring.
pub const RELAY_BALANCE_FLOOR_WEI: U256 = U256::from_limbs([500_000_000_000_000_000, 0, 0, 0]);
/// `--relay.window-ms`: one 12-second slot. Local stacks (`medvault dev`, the demo, the tests)
/// set 0, since they mine every call at once and time their steps.
pub const RELAY_WINDOW_MS: u64 = 12_000;
/// `--rate-limit.per-sec`.
pub const RATE_LIMIT_PER_SEC: u32 = 50;
/// `--rate-limit.burst`.
pub const RATE_LIMIT_BURST: u32 = 200;
/// `--api.max-body-bytes` (64 KiB).
pub const API_MAX_BODY_BYTES: usize = 64 << 10;
/// `--market.k`.
pub const MARKET_K: usize = 11;

/// How often the batcher looks at waiting records (with the window); its first backoff.
pub const BATCH_POLL: Duration = Duration::from_millis(50);
/// How often the batcher looks at submitted anchors when no status change of the transaction
/// manager has woken it (a fallback: a mined, confirmed or failed anchor wakes it at once).
pub const BATCH_FOLLOW_POLL: Duration = Duration::from_secs(1);
/// How often the batcher re-checks batches not yet verified on every IPFS node (a failed backup
/// pin is retried this often; their spool files are kept meanwhile).
pub const REPLICATE_POLL: Duration = Duration::from_secs(5);
/// How often the transaction manager asks for receipts.
pub const RECEIPT_POLL: Duration = Duration::from_millis(25);
/// How long a positive `isCertified` answer is cached (a certification can be lost).
pub const CERTIFIED_TTL: Duration = Duration::from_secs(60);
/// How often the event feed polls the record store and the chain's logs.
pub const EVENT_POLL: Duration = Duration::from_millis(500);
/// Notifications buffered per subscriber before a slow one gets `lagged`.
pub const EVENT_BUFFER: usize = 1024;
/// How often the market task settles, expires and claims.
pub const MARKET_POLL: Duration = Duration::from_millis(1000);
