//! IPFS pinning behind the [`Pinner`] trait.
//!
//! - [`kubo`]: the real pinner, speaking the Kubo RPC API (Kubo, IPFS Cluster's proxy, js-ipfs).
//! - `in_memory` (feature `test-utils`): a map of objects, for tests; it can drop or corrupt an
//!   object on purpose.
//!
//! A batch is ingested as ONE packed object (the envelopes concatenated), added and pinned in one
//! request; each record is found again by its [`Location`] (object CID, byte offset, length) and
//! read back alone with a ranged `cat`. Why one object rather than one block per record: adding many
//! small files costs a few milliseconds each on the node, one object costs one round trip (see
//! `docs/RELAYER.md`). Every record stays verifiable on its own: its bytes hash to the leaf's
//! ciphertext hash, whatever node served them.
//!
//! [`fetch_verified`] reads one record from a primary node and, when the copy there is missing or
//! altered, restores the whole batch object from a backup node.

#[cfg(any(test, feature = "test-utils"))]
pub mod in_memory;
pub mod kubo;

use alloy::primitives::{B256, keccak256};
use async_trait::async_trait;
use serde::{Deserialize, Serialize};

/// What can go wrong talking to an IPFS node.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IpfsError {
    /// The node could not be reached or the request timed out.
    #[error("IPFS node unreachable: {0}")]
    Unreachable(String),
    /// The node answered with an error.
    #[error("IPFS node refused the request: {0}")]
    Api(String),
    /// The node's answer could not be understood.
    #[error("unexpected answer from the IPFS node: {0}")]
    BadResponse(String),
    /// The object is not on the node.
    #[error("object {0} not found")]
    NotFound(String),
    /// The bytes read back do not hash to what the leaf commits to, on every node tried.
    #[error("record bytes at {cid}+{offset} hash to {actual}, expected {expected}")]
    Corrupt {
        /// Object CID.
        cid: String,
        /// Byte offset of the record in the object.
        offset: u64,
        /// The hash expected (the leaf's ciphertext hash).
        expected: B256,
        /// The hash of what was read.
        actual: B256,
    },
}

impl IpfsError {
    /// True if trying again later may succeed (the node was down or slow).
    pub const fn is_retryable(&self) -> bool {
        matches!(self, Self::Unreachable(_))
    }
}

/// Result alias for [`IpfsError`].
pub type Result<T, E = IpfsError> = std::result::Result<T, E>;

/// Where one record's envelope lives: a byte range of a pinned batch object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Location {
    /// CID of the packed batch object.
    pub cid: String,
    /// Offset of the envelope in the object.
    pub offset: u64,
    /// Length of the envelope.
    pub length: u64,
}

/// A node that stores and pins objects. Adding is deterministic: the same bytes give the same CID
/// (CIDv1, raw leaves, sha2-256), so re-adding after a crash is harmless.
#[async_trait]
pub trait Pinner: Send + Sync + 'static {
    /// Adds `data` as one object, pins it, and returns its CID.
    async fn add_pinned(&self, data: Vec<u8>) -> Result<String>;
    /// Reads `length` bytes at `offset` of an object.
    async fn cat_range(&self, cid: &str, offset: u64, length: u64) -> Result<Vec<u8>>;
    /// Reads a whole object.
    async fn cat(&self, cid: &str) -> Result<Vec<u8>>;
    /// True if the object is pinned on this node.
    async fn is_pinned(&self, cid: &str) -> Result<bool>;
}

/// Packs envelopes into one batch object; returns the bytes and each envelope's (offset, length).
pub fn pack<'a>(envelopes: impl IntoIterator<Item = &'a [u8]>) -> (Vec<u8>, Vec<(u64, u64)>) {
    let mut data = Vec::new();
    let mut ranges = Vec::new();
    for env in envelopes {
        ranges.push((data.len() as u64, env.len() as u64));
        data.extend_from_slice(env);
    }
    (data, ranges)
}

/// How a record was obtained by [`fetch_verified`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fetched {
    /// The primary copy was intact.
    Primary,
    /// The primary copy was missing or altered; the batch object was restored from the backup.
    Restored,
}

/// Reads one record from `primary`, checks keccak256 of its bytes against `expected`, and when the
/// primary copy is missing or altered reads it from `backup`, checks it, and re-adds the whole batch
/// object to `primary` (same bytes, same CID). Returns the verified envelope bytes.
pub async fn fetch_verified(
    primary: &dyn Pinner,
    backup: Option<&dyn Pinner>,
    location: &Location,
    expected: B256,
) -> Result<(Vec<u8>, Fetched)> {
    let first = primary.cat_range(&location.cid, location.offset, location.length).await;
    let primary_err = match first {
        Ok(bytes) if keccak256(&bytes) == expected => return Ok((bytes, Fetched::Primary)),
        Ok(bytes) => IpfsError::Corrupt {
            cid: location.cid.clone(),
            offset: location.offset,
            expected,
            actual: keccak256(&bytes),
        },
        Err(e) => e,
    };
    let Some(backup) = backup else {
        return Err(primary_err);
    };
    tracing::warn!(cid = %location.cid, error = %primary_err, "primary copy bad; restoring from backup");
    let object = backup.cat(&location.cid).await?;
    let range = usize::try_from(location.offset)
        .ok()
        .zip(usize::try_from(location.offset + location.length).ok())
        .filter(|(_, end)| *end <= object.len())
        .ok_or_else(|| {
            IpfsError::BadResponse("backup object shorter than the record's range".into())
        })?;
    let bytes = object[range.0..range.1].to_vec();
    let actual = keccak256(&bytes);
    if actual != expected {
        return Err(IpfsError::Corrupt {
            cid: location.cid.clone(),
            offset: location.offset,
            expected,
            actual,
        });
    }
    let cid = primary.add_pinned(object).await?;
    if cid != location.cid {
        tracing::warn!(expected = %location.cid, got = %cid, "restored object got another CID");
    }
    Ok((bytes, Fetched::Restored))
}

#[cfg(test)]
mod tests {
    use super::{in_memory::InMemoryPinner, *};

    #[tokio::test]
    async fn pack_and_read_back_each_record() {
        let pinner = InMemoryPinner::default();
        let envs: Vec<Vec<u8>> = (0..5u8).map(|i| vec![i; 10 + i as usize]).collect();
        let (data, ranges) = pack(envs.iter().map(Vec::as_slice));
        let cid = pinner.add_pinned(data.clone()).await.unwrap();
        assert_eq!(pinner.add_pinned(data).await.unwrap(), cid, "adding is deterministic");
        assert!(pinner.is_pinned(&cid).await.unwrap());
        for (env, (offset, length)) in envs.iter().zip(ranges) {
            let loc = Location { cid: cid.clone(), offset, length };
            let (got, how) = fetch_verified(&pinner, None, &loc, keccak256(env)).await.unwrap();
            assert_eq!((&got, how), (env, Fetched::Primary));
        }
    }

    #[tokio::test]
    async fn missing_or_altered_primary_is_restored_from_backup() {
        let (primary, backup) = (InMemoryPinner::default(), InMemoryPinner::default());
        let envs = [b"first".to_vec(), b"second".to_vec()];
        let (data, ranges) = pack(envs.iter().map(Vec::as_slice));
        let cid = primary.add_pinned(data.clone()).await.unwrap();
        backup.add_pinned(data).await.unwrap();
        let loc = Location { cid: cid.clone(), offset: ranges[1].0, length: ranges[1].1 };
        let hash = keccak256(&envs[1]);

        primary.corrupt(&cid, 7);
        let (got, how) = fetch_verified(&primary, Some(&backup), &loc, hash).await.unwrap();
        assert_eq!((got.as_slice(), how), (&envs[1][..], Fetched::Restored));
        assert_eq!(fetch_verified(&primary, None, &loc, hash).await.unwrap().1, Fetched::Primary);

        primary.remove(&cid);
        assert!(matches!(
            fetch_verified(&primary, None, &loc, hash).await,
            Err(IpfsError::NotFound(_))
        ));
        let (_, how) = fetch_verified(&primary, Some(&backup), &loc, hash).await.unwrap();
        assert_eq!(how, Fetched::Restored);

        // Altered on both: refused, with the hashes.
        primary.corrupt(&cid, 7);
        backup.corrupt(&cid, 7);
        assert!(matches!(
            fetch_verified(&primary, Some(&backup), &loc, hash).await,
            Err(IpfsError::Corrupt { .. })
        ));
    }
}
