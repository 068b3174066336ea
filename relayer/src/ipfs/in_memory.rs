//! An in-memory [`Pinner`] for unit tests. CIDs are `mem-` plus the hex SHA-256 of the bytes.

use std::{
    collections::HashMap,
    sync::{
        Mutex,
        atomic::{AtomicBool, Ordering},
    },
};

use async_trait::async_trait;
use sha2::{Digest, Sha256};

use super::{IpfsError, Pinner, Result};

/// Objects in a map. [`InMemoryPinner::corrupt`] and [`InMemoryPinner::remove`] simulate a damaged
/// node, [`InMemoryPinner::set_down`] an unreachable one.
#[derive(Debug, Default)]
pub struct InMemoryPinner {
    objects: Mutex<HashMap<String, Vec<u8>>>,
    down: AtomicBool,
}

impl InMemoryPinner {
    /// While down, every call fails as an unreachable node's would.
    pub fn set_down(&self, down: bool) {
        self.down.store(down, Ordering::SeqCst);
    }

    fn up(&self) -> Result<()> {
        if self.down.load(Ordering::SeqCst) {
            return Err(IpfsError::Unreachable("in-memory node is down".into()));
        }
        Ok(())
    }

    /// Flips one byte of an object (as a damaged disk would).
    pub fn corrupt(&self, cid: &str, at: usize) {
        if let Some(obj) = self.objects.lock().expect("lock").get_mut(cid) {
            let i = at % obj.len().max(1);
            if let Some(b) = obj.get_mut(i) {
                *b ^= 0xff;
            }
        }
    }

    /// Drops an object.
    pub fn remove(&self, cid: &str) {
        self.objects.lock().expect("lock").remove(cid);
    }

    /// Number of objects held.
    pub fn len(&self) -> usize {
        self.objects.lock().expect("lock").len()
    }

    /// True if no object is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[async_trait]
impl Pinner for InMemoryPinner {
    async fn add_pinned(&self, data: Vec<u8>) -> Result<String> {
        self.up()?;
        let cid = format!("mem-{}", hex::encode(Sha256::digest(&data)));
        self.objects.lock().expect("lock").insert(cid.clone(), data);
        Ok(cid)
    }

    async fn cat_range(&self, cid: &str, offset: u64, length: u64) -> Result<Vec<u8>> {
        self.up()?;
        let objects = self.objects.lock().expect("lock");
        let obj = objects.get(cid).ok_or_else(|| IpfsError::NotFound(cid.to_string()))?;
        let start = (offset as usize).min(obj.len());
        let end = (offset.saturating_add(length) as usize).min(obj.len());
        Ok(obj[start..end].to_vec())
    }

    async fn cat(&self, cid: &str) -> Result<Vec<u8>> {
        self.up()?;
        let objects = self.objects.lock().expect("lock");
        objects.get(cid).cloned().ok_or_else(|| IpfsError::NotFound(cid.to_string()))
    }

    async fn is_pinned(&self, cid: &str) -> Result<bool> {
        self.up()?;
        Ok(self.objects.lock().expect("lock").contains_key(cid))
    }
}
