//! `medvault audit`: an operator's check of a relayer's store against the chain and both IPFS
//! nodes. It opens the database read-only (a running relayer is not disturbed and nothing is
//! written), and reports each finding on one line with what to do:
//!
//! - every confirmed batch's root is anchored on-chain (`RecordRegistry.anchorOf`);
//! - every batch object (not failed) is pinned on the primary and on the backup node, and every
//!   record's bytes there hash to its leaf's ciphertext hash;
//! - no record is stranded: acknowledged but still unbatched after `stranded_after`, or
//!   quarantined because its spool bytes were lost;
//! - the relayer's balance is at least the floor.

use std::{path::PathBuf, time::Duration};

use alloy::primitives::{Address, B256, U256, keccak256};
use alloy::providers::Provider;
use medvault_bindings::record_registry::RecordRegistry;
use rusqlite::{Connection, OpenFlags};

use crate::{
    chain::{ChainError, connect},
    ipfs::{IpfsError, Pinner, kubo::KuboPinner},
};

/// What to audit, and against what.
#[derive(Clone, Debug)]
pub struct AuditConfig {
    /// The relayer's database (opened read-only).
    pub db: PathBuf,
    /// JSON-RPC endpoint of the chain.
    pub rpc_url: String,
    /// RecordRegistry address.
    pub records: Address,
    /// The primary IPFS node's API.
    pub ipfs_api_url: String,
    /// The backup IPFS node's API, if the relayer runs with one.
    pub ipfs_backup_url: Option<String>,
    /// Timeout of one IPFS request.
    pub ipfs_timeout: Duration,
    /// The relayer's account (its balance is checked when given).
    pub relayer: Option<Address>,
    /// The least balance the relayer should hold, in wei.
    pub balance_floor: U256,
    /// How long a record may wait unbatched before it counts as stranded.
    pub stranded_after: Duration,
}

/// Why the audit itself could not run (as opposed to what it found).
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    /// The database could not be opened or read.
    #[error("database: {0}")]
    Db(#[from] rusqlite::Error),
    /// The chain could not be asked.
    #[error(transparent)]
    Chain(#[from] ChainError),
    /// An IPFS node's URL is unusable.
    #[error(transparent)]
    Ipfs(#[from] IpfsError),
}

/// One thing wrong, with what to do about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// What is wrong.
    pub what: String,
    /// What to do.
    pub fix: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} — {}", self.what, self.fix)
    }
}

struct BatchRow {
    id: i64,
    state: String,
    cid: String,
    root: Option<B256>,
}

/// Runs every check; returns the findings (empty when all is well).
pub async fn run(config: &AuditConfig) -> Result<Vec<Finding>, AuditError> {
    let conn = Connection::open_with_flags(
        &config.db,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    let mut findings = Vec::new();
    let batches: Vec<BatchRow> = conn
        .prepare(
            "SELECT id, state, data_cid, root FROM batches WHERE state <> 'failed' ORDER BY id",
        )?
        .query_map([], |r| {
            Ok(BatchRow {
                id: r.get(0)?,
                state: r.get(1)?,
                cid: r.get(2)?,
                root: r.get::<_, Option<Vec<u8>>>(3)?.map(|b| B256::from_slice(&b)),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;

    // Anchors.
    let provider = connect(&config.rpc_url)?;
    let registry = RecordRegistry::new(config.records, &provider);
    for b in batches.iter().filter(|b| b.state == "confirmed") {
        let Some(root) = b.root else { continue };
        let anchor = registry
            .anchorOf(root)
            .call()
            .await
            .map_err(|e| ChainError::Missing(format!("anchorOf({root}): {e}")))?;
        if anchor.blockNumber == 0 {
            findings.push(Finding {
                what: format!("batch {} root {root} is confirmed in the store but not anchored on-chain", b.id),
                fix: "a reorg deeper than the confirmation depth dropped it: a running relayer anchors it again at its next reconciliation (--reconcile.interval-ms); raise --confirmations or use `finalized`".into(),
            });
        }
    }

    // Replicas and bytes.
    let mut nodes: Vec<(&str, KuboPinner)> =
        vec![("primary", KuboPinner::new(&config.ipfs_api_url, config.ipfs_timeout)?)];
    if let Some(url) = &config.ipfs_backup_url {
        nodes.push(("backup", KuboPinner::new(url, config.ipfs_timeout)?));
    }
    let mut members = conn.prepare(
        "SELECT id, data_offset, data_length, ciphertext_hash FROM records WHERE batch_id = ?1
         ORDER BY data_offset",
    )?;
    for b in &batches {
        let records: Vec<(i64, u64, u64, B256)> = members
            .query_map([b.id], |r| {
                Ok((
                    r.get(0)?,
                    r.get::<_, i64>(1)? as u64,
                    r.get::<_, i64>(2)? as u64,
                    B256::from_slice(&r.get::<_, Vec<u8>>(3)?),
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        for (name, node) in &nodes {
            let fix = format!(
                "re-add the batch object to the {name} node from the other node (`ipfs cat {cid} | ipfs add --pin --cid-version 1 --raw-leaves --chunker size-1048576`; the CID must come out as {cid})",
                cid = b.cid
            );
            match node.is_pinned(&b.cid).await {
                Ok(true) => {}
                Ok(false) => {
                    findings.push(Finding {
                        what: format!(
                            "batch {} ({}) is not pinned on the {name} node",
                            b.id, b.cid
                        ),
                        fix,
                    });
                    continue;
                }
                Err(e) => {
                    findings.push(Finding {
                        what: format!(
                            "batch {} ({}): the {name} node did not answer: {e}",
                            b.id, b.cid
                        ),
                        fix: format!("check the {name} IPFS node, then audit again"),
                    });
                    continue;
                }
            }
            let object = match node.cat(&b.cid).await {
                Ok(o) => o,
                Err(e) => {
                    findings.push(Finding {
                        what: format!(
                            "batch {} ({}) is pinned on the {name} node but unreadable: {e}",
                            b.id, b.cid
                        ),
                        fix,
                    });
                    continue;
                }
            };
            let bad = records.iter().filter(|(_, offset, length, hash)| {
                let range = (*offset as usize)..(*offset + *length) as usize;
                object.get(range).is_none_or(|bytes| keccak256(bytes) != *hash)
            });
            if let Some((id, ..)) = bad.clone().next() {
                findings.push(Finding {
                    what: format!(
                        "batch {} ({}) on the {name} node: {} record(s) do not hash to their leaf (first: record {id})",
                        b.id,
                        b.cid,
                        bad.count()
                    ),
                    fix,
                });
            }
        }
    }

    // Stranded records.
    let bound_ms = config.stranded_after.as_millis() as i64;
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0);
    let (stranded, oldest): (i64, Option<i64>) = conn.query_row(
        "SELECT COUNT(*), MIN(id) FROM records r WHERE state = 'received' AND created_ms < ?1
           AND NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.record_id = r.id)",
        [now_ms - bound_ms],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if stranded > 0 {
        findings.push(Finding {
            what: format!(
                "{stranded} acknowledged record(s) unbatched for more than {}s (oldest: record {})",
                config.stranded_after.as_secs(),
                oldest.unwrap_or_default()
            ),
            fix: "the batcher is stuck or stopped: read the relayer's log for `batcher cut` errors, and check its IPFS node".into(),
        });
    }
    let quarantined: Vec<(i64, String)> = conn
        .prepare("SELECT record_id, reason FROM quarantine ORDER BY record_id")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, reason) in quarantined {
        findings.push(Finding {
            what: format!("record {id} is quarantined: {reason}"),
            fix: "its bytes are lost on the relayer: ask its author to submit it again".into(),
        });
    }

    // Balance.
    if let Some(relayer) = config.relayer {
        let balance = provider
            .get_balance(relayer)
            .await
            .map_err(|e| ChainError::rpc("eth_getBalance", e))?;
        if balance < config.balance_floor {
            findings.push(Finding {
                what: format!(
                    "relayer {relayer} holds {balance} wei, below the floor of {} wei",
                    config.balance_floor
                ),
                fix: format!("fund {relayer}: anchoring stops when it runs dry"),
            });
        }
    }
    Ok(findings)
}
