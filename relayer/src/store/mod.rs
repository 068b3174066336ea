//! The durable store: every accepted record and every batch, with its state.
//!
//! - [`state`]: the per-record state machine ([`RecordState`]) with its allowed steps.
//! - [`metrics`]: the storage alerts (quarantined records, batches short of a replica), in
//!   Prometheus' default registry, which `GET /metrics` serves with the API's own.
//! - [`sqlite`]: the [`RecordStore`] on SQLite (WAL, `synchronous=FULL`); on `:memory:` it is also
//!   the in-memory store unit tests use.
//!
//! Nothing is acknowledged to a client before [`RecordStore::accept`] has committed. Batches carry
//! their records through the machine together: a batch row's state is the state of each of its
//! records, and each step is one transaction that checks the step is allowed.

pub mod metrics;
pub mod sqlite;
pub mod state;

use std::collections::BTreeMap;

use alloy::primitives::{Address, B256};

pub use sqlite::SqliteStore;
pub use state::{RecordState, UnknownState};

use super::ipfs::Location;
use medvault_primitives::{
    api::records::PatientRecord,
    types::{PublicKey, RecordLeaf},
};

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database failed (I/O, corruption, lock).
    #[error("database error: {0}")]
    Db(#[from] rusqlite::Error),
    /// A step the state machine does not allow.
    #[error("batch {batch}: {from} → {to} is not an allowed step")]
    InvalidTransition {
        /// The batch.
        batch: i64,
        /// Its current state.
        from: RecordState,
        /// The state asked for.
        to: RecordState,
    },
    /// The idempotency key came before with another request (another author or signed root).
    #[error("idempotency key {key} reused with another request: a new request needs a new key")]
    KeyReused {
        /// The key.
        key: B256,
    },
    /// The same (patient, record, version) was submitted before with other bytes.
    #[error(
        "record {record_id} version {version} of this patient was already submitted with other content (record {existing})"
    )]
    Conflict {
        /// The record id.
        record_id: B256,
        /// The version.
        version: u32,
        /// The id of the record already stored.
        existing: i64,
    },
    /// The record id is another patient's: a record's versions all belong to the patient of its
    /// first version, so no one can file into, or shadow, someone else's record.
    #[error("record {record_id} is another patient's record: a new record needs a new record id")]
    OtherPatient {
        /// The record id.
        record_id: B256,
    },
    /// A version whose `previous` is not its predecessor's leaf (or not zero for a version 1).
    #[error(
        "record {record_id} version {version} must name the leaf of version {} as its previous (zero for version 1)",
        version.saturating_sub(1)
    )]
    NotChained {
        /// The record id.
        record_id: B256,
        /// The version submitted.
        version: u32,
    },
    /// The same record version twice in one submission.
    #[error("record {record_id} version {version} is in the submission twice")]
    Repeated {
        /// The record id.
        record_id: B256,
        /// The version.
        version: u32,
    },
    /// A version whose predecessor was never submitted: versions of a record go 1, 2, 3, …
    #[error(
        "record {record_id} version {version} follows no version {}: versions go 1, 2, 3, … without gaps",
        version - 1
    )]
    VersionGap {
        /// The record id.
        record_id: B256,
        /// The version submitted.
        version: u32,
    },
    /// The envelope spool could not be written or read.
    #[error("envelope spool: {0}")]
    Spool(#[from] std::io::Error),
    /// A batch id that does not exist.
    #[error("no batch {0}")]
    NoBatch(i64),
    /// Stored data that does not parse (written by another version, or damaged).
    #[error("corrupt row: {0}")]
    Corrupt(String),
}

impl StoreError {
    /// True if trying again may succeed (a busy database).
    pub fn is_retryable(&self) -> bool {
        matches!(self, Self::Db(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::DatabaseBusy)
    }
}

/// Result alias for [`StoreError`].
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// One record to store (already validated).
#[derive(Clone, Debug)]
pub struct NewRecord {
    /// The leaf the record will be anchored as.
    pub leaf: RecordLeaf,
    /// The patient's account (checked on-chain; kept off-chain only).
    pub patient_account: Address,
    /// The envelope bytes (ciphertext).
    pub envelope: Vec<u8>,
    /// Wrapped data keys (ciphertext), each as sent.
    pub wrapped_keys: Vec<Vec<u8>>,
}

/// One author's signed submission of records (already validated).
#[derive(Clone, Debug)]
pub struct NewSubmission {
    /// The client's idempotency key, if it gave one.
    pub idempotency_key: Option<B256>,
    /// The author of every record.
    pub author: Address,
    /// The author's signature over the submission root.
    pub signature: Vec<u8>,
    /// The Merkle root of the submission's leaves (what was signed).
    pub root: B256,
    /// The records, in order.
    pub records: Vec<NewRecord>,
}

/// What the store answers for one record of a submission.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Accepted {
    /// The record's id in this relayer.
    pub id: i64,
    /// Its state now.
    pub state: RecordState,
    /// True if it was stored by an earlier submission (a retry): nothing new was written.
    pub duplicate: bool,
}

/// A received record waiting for a batch.
#[derive(Clone, Debug)]
pub struct PendingRecord {
    /// Record id.
    pub id: i64,
    /// The envelope bytes.
    pub envelope: Vec<u8>,
    /// When it was accepted (Unix milliseconds).
    pub created_ms: i64,
}

/// A record of a batch, as the batcher needs it to build the tree and manifest.
#[derive(Clone, Debug)]
pub struct Member {
    /// Record id.
    pub id: i64,
    /// The leaf.
    pub leaf: RecordLeaf,
    /// Where its bytes are.
    pub location: Location,
    /// The submission it came in.
    pub submission_id: i64,
    /// The patient's account.
    pub patient_account: Address,
    /// Its committee wrap (MVK v1), which names the committee it is for.
    pub committee_wrap: Vec<u8>,
}

/// A submission as the manifest lists it.
#[derive(Clone, Debug)]
pub struct SubmissionInfo {
    /// Submission id.
    pub id: i64,
    /// Author.
    pub author: Address,
    /// The author's signature over `root`.
    pub signature: Vec<u8>,
    /// Merkle root of every leaf of the submission.
    pub root: B256,
    /// Every leaf hash of the submission, in submission order (to recompute `root`).
    pub leaves: Vec<B256>,
}

/// One batch and its progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BatchRow {
    /// Batch id.
    pub id: i64,
    /// State (shared by all its records).
    pub state: RecordState,
    /// CID of the packed batch object.
    pub data_cid: String,
    /// Merkle root (from `batched` on).
    pub root: Option<B256>,
    /// CID of the manifest (from `batched` on).
    pub manifest_cid: Option<String>,
    /// keccak256 of the manifest bytes, anchored with the root.
    pub manifest_hash: Option<B256>,
    /// Number of records.
    pub count: u32,
    /// Anchor transaction (from `mined` on).
    pub tx_hash: Option<B256>,
    /// Anchor block (from `mined` on).
    pub block_number: Option<u64>,
    /// Why it failed.
    pub error: Option<String>,
    /// The object is verified pinned on every configured IPFS node (primary and backup).
    pub replicated: bool,
}

/// Everything the API shows about one record.
#[derive(Clone, Debug)]
pub struct RecordView {
    /// Record id.
    pub id: i64,
    /// The patient's account.
    pub patient: Address,
    /// The leaf.
    pub leaf: RecordLeaf,
    /// State.
    pub state: RecordState,
    /// Where its bytes are (from `pinned` on).
    pub location: Option<Location>,
    /// Its batch (from `pinned` on).
    pub batch: Option<BatchRow>,
    /// Its index among the batch's leaves (from `batched` on).
    pub leaf_index: Option<u32>,
    /// Its inclusion proof (from `batched` on).
    pub proof: Vec<B256>,
}

/// A step of a batch (and all its records) to a new state, with what that state records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BatchStep {
    /// Handed to the transaction manager.
    Submitted,
    /// In a block.
    Mined {
        /// Transaction hash.
        tx_hash: B256,
        /// Block number.
        block_number: u64,
    },
    /// Final.
    Confirmed {
        /// Transaction hash.
        tx_hash: B256,
        /// Block number.
        block_number: u64,
    },
    /// Final failure.
    Failed {
        /// Why.
        reason: String,
    },
    /// Confirmed, but the root is no longer anchored (a reorg deeper than the confirmation depth
    /// took the anchor out): back to submitted, to be anchored again. Only from confirmed.
    Reopened,
}

impl BatchStep {
    /// The state this step leads to.
    pub const fn state(&self) -> RecordState {
        match self {
            Self::Submitted | Self::Reopened => RecordState::Submitted,
            Self::Mined { .. } => RecordState::Mined,
            Self::Confirmed { .. } => RecordState::Confirmed,
            Self::Failed { .. } => RecordState::Failed,
        }
    }
}

/// Durable storage of records and batches. Calls block (SQLite); async callers use
/// `spawn_blocking`.
pub trait RecordStore: Send + Sync + 'static {
    /// Stores a submission atomically, or finds it stored already: a retry with the same
    /// idempotency key, or records with an already stored (patient, record, version) and the same
    /// bytes, return the stored ids with `duplicate = true` and write nothing.
    fn accept(&self, submission: NewSubmission) -> Result<Vec<Accepted>>;
    /// How many records wait in `received`, and when the oldest was accepted (Unix ms).
    fn waiting(&self) -> Result<(usize, Option<i64>)>;
    /// Up to `limit` received records, oldest first.
    fn received(&self, limit: usize) -> Result<Vec<PendingRecord>>;
    /// Creates a batch of received records whose bytes are in the pinned object `data_cid` at the
    /// given (offset, length); they become `pinned`.
    fn create_batch(&self, data_cid: &str, members: &[(i64, u64, u64)]) -> Result<i64>;
    /// The records of a batch, in batch order.
    fn members(&self, batch: i64) -> Result<Vec<Member>>;
    /// The submissions that records of a batch came in, with all their leaves.
    fn submissions_of(&self, batch: i64) -> Result<Vec<SubmissionInfo>>;
    /// Records the tree and manifest of a pinned batch; its records become `batched` with their
    /// leaf index and proof (`proofs[i]` belongs to the `i`th member).
    fn set_batched(
        &self,
        batch: i64,
        root: B256,
        manifest_cid: &str,
        manifest_hash: B256,
        proofs: &[Vec<B256>],
    ) -> Result<()>;
    /// Moves a batch and its records one step.
    fn step(&self, batch: i64, step: BatchStep) -> Result<()>;
    /// A batch.
    fn batch(&self, batch: i64) -> Result<Option<BatchRow>>;
    /// Every batch not yet confirmed or failed, oldest first.
    fn unfinished_batches(&self) -> Result<Vec<BatchRow>>;
    /// Confirmed batches cut at or after `created_ms` (Unix milliseconds), newest first, at most
    /// `limit`: what the reconciliation re-checks on-chain.
    fn confirmed_batches_since(&self, created_ms: i64, limit: usize) -> Result<Vec<BatchRow>>;
    /// One record as the API shows it.
    fn record(&self, id: i64) -> Result<Option<RecordView>>;
    /// Number of records in each state.
    fn counts(&self) -> Result<BTreeMap<RecordState, u64>>;

    // What the API asks of the records (it keeps its own tables, and asks here for these).

    /// Who a record version concerns (`None` if the relayer does not hold it). Every lookup by
    /// record id here answers for the record's patient only (the patient of its first version),
    /// never for another patient's row under the same id.
    fn parties(&self, record_id: B256, version: u32) -> Result<Option<RecordParties>>;
    /// The patient of a record: the patient of its first version.
    fn patient_of(&self, record_id: B256) -> Result<Option<Address>>;
    /// Every record of `patient`, oldest first, with where its batch stands (`shredded` is
    /// `false`: shredding is the API's to know).
    fn records_of(&self, patient: Address) -> Result<Vec<PatientRecord>>;
    /// The wrapped keys that came with a record version, concatenated.
    fn wrapped_keys(&self, record_id: B256, version: u32) -> Result<Option<Vec<u8>>>;
    /// Crypto-shredding of the keys that came with the record: every version's wrapped keys but
    /// its committee wrap (the first) and those addressed to one of the `keep` keys are deleted,
    /// in one transaction. Returns how many were deleted. The committee wrap is the record's, not
    /// a reader's: its patient id binds it, the batcher seals it into the manifest, and the key
    /// nodes, not the relayer, refuse it once the patient shredded the record with them.
    fn trim_wrapped_keys(&self, record_id: B256, keep: &[PublicKey]) -> Result<usize>;
    /// Confirmed records with id above `after`: (id, patient, record id, version), oldest first,
    /// at most 1,000.
    fn confirmed_after(&self, after: i64) -> Result<Vec<(i64, Address, B256, u32)>>;
    /// The highest confirmed record id (0 if none).
    fn last_confirmed(&self) -> Result<i64>;

    // Replicas and the spool.

    /// Records that a batch's object is verified pinned on every configured IPFS node. A
    /// submission's spool file is deleted once every batch holding its records is replicated and
    /// confirmed (this call or [`BatchStep::Confirmed`], whichever comes last).
    fn set_replicated(&self, batch: i64) -> Result<()>;
    /// Every batch not failed whose object is not yet verified on every node, oldest first.
    fn unreplicated(&self) -> Result<Vec<BatchRow>>;
    /// A batch's object rebuilt from the spool (its records' envelopes in batch order), or `None`
    /// if a file is gone or short (or the store keeps no spool).
    fn spooled_object(&self, batch: i64) -> Result<Option<Vec<u8>>>;
    /// Records set aside because their acknowledged bytes are gone from the spool (missing or
    /// truncated file): (record id, why), oldest first. They hold no batch up; an operator
    /// resubmits them (`medvault audit` lists them).
    fn quarantined(&self) -> Result<Vec<(i64, String)>>;
}

/// Who a record concerns, as the key release needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecordParties {
    /// The patient's account.
    pub patient: Address,
    /// The author.
    pub author: Address,
    /// The category.
    pub category: u16,
}
