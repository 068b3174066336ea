//! The real [`Pinner`]: the Kubo RPC API through `ipfs-api-backend-hyper`.
//!
//! `add` goes through `Backend::request_string` with the crate's own request struct and a tolerant
//! parse, because js-ipfs answers `"Size"` as a JSON number where Kubo sends a string and the
//! crate's typed response refuses the number. Objects are added as CIDv1 with raw leaves
//! (sha2-256), so the same bytes always give the same CID on any node.

use std::{io::Cursor, time::Duration};

use async_trait::async_trait;
use ipfs_api_backend_hyper::{Form, IpfsApi, IpfsClient, TryFromUri, request};
use ipfs_api_prelude::Backend;

use super::{IpfsError, Pinner, Result};

/// A Kubo RPC API endpoint.
pub struct KuboPinner {
    client: IpfsClient,
    url: String,
    timeout: Duration,
}

impl std::fmt::Debug for KuboPinner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KuboPinner").field("url", &self.url).finish_non_exhaustive()
    }
}

impl KuboPinner {
    /// Connects to the API at `url` (e.g. `http://127.0.0.1:5001`); every request times out after
    /// `timeout` (a missing object on an offline node would otherwise be searched for forever).
    pub fn new(url: &str, timeout: Duration) -> Result<Self> {
        let client = IpfsClient::from_str(url)
            .map_err(|e| IpfsError::Unreachable(format!("bad IPFS API URL {url}: {e}")))?;
        Ok(Self { client, url: url.to_string(), timeout })
    }

    /// The node's version string; a cheap liveness check.
    pub async fn version(&self) -> Result<String> {
        let v = self.timed(self.client.version()).await?.map_err(map_err)?;
        Ok(v.version)
    }

    async fn timed<F: std::future::Future>(&self, f: F) -> Result<F::Output> {
        tokio::time::timeout(self.timeout, f).await.map_err(|_| {
            IpfsError::Unreachable(format!("{} did not answer within {:?}", self.url, self.timeout))
        })
    }
}

fn map_err(e: ipfs_api_backend_hyper::Error) -> IpfsError {
    match e {
        ipfs_api_backend_hyper::Error::Api(api) => {
            let msg = api.message;
            if msg.contains("not found")
                || msg.contains("no link")
                || msg.contains("could not find")
            {
                IpfsError::NotFound(msg)
            } else {
                IpfsError::Api(msg)
            }
        }
        ipfs_api_backend_hyper::Error::Client(e) => IpfsError::Unreachable(e.to_string()),
        other => IpfsError::BadResponse(other.to_string()),
    }
}

/// Takes the CID out of an `add` answer, whether `Size` is a string (Kubo) or a number (js-ipfs).
/// The answer may hold one JSON object per line (progress, then the result); the last one with a
/// `Hash` wins.
fn parse_add(body: &str) -> Result<String> {
    body.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("Hash").and_then(|h| h.as_str()).map(str::to_string))
        .next_back()
        .ok_or_else(|| IpfsError::BadResponse(format!("no Hash in add answer: {body:.200}")))
}

#[async_trait]
impl Pinner for KuboPinner {
    async fn add_pinned(&self, data: Vec<u8>) -> Result<String> {
        let mut form = Form::default();
        form.add_reader("path", Cursor::new(data));
        let req = request::Add {
            pin: Some(true),
            cid_version: Some(1),
            raw_leaves: Some(true),
            hash: Some("sha2-256"),
            ..Default::default()
        };
        let body =
            self.timed(self.client.request_string(req, Some(form))).await?.map_err(map_err)?;
        parse_add(&body)
    }

    async fn cat_range(&self, cid: &str, offset: u64, length: u64) -> Result<Vec<u8>> {
        let req = request::Cat {
            path: cid,
            offset: Some(offset as usize),
            length: Some(length as usize),
        };
        let (status, body) =
            self.timed(self.client.request_raw(req, None)).await?.map_err(map_err)?;
        if !status.is_success() {
            return Err(IpfsError::NotFound(format!("{cid}: {}", String::from_utf8_lossy(&body))));
        }
        Ok(body.to_vec())
    }

    async fn cat(&self, cid: &str) -> Result<Vec<u8>> {
        let req = request::Cat { path: cid, offset: None, length: None };
        let (status, body) =
            self.timed(self.client.request_raw(req, None)).await?.map_err(map_err)?;
        if !status.is_success() {
            return Err(IpfsError::NotFound(format!("{cid}: {}", String::from_utf8_lossy(&body))));
        }
        Ok(body.to_vec())
    }

    async fn is_pinned(&self, cid: &str) -> Result<bool> {
        match self.timed(self.client.pin_ls(Some(cid), None)).await? {
            Ok(ls) => Ok(!ls.keys.is_empty()),
            Err(e) => match map_err(e) {
                IpfsError::NotFound(_) => Ok(false),
                IpfsError::Api(m) if m.contains("not pinned") => Ok(false),
                other => Err(other),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_answer_parses_with_size_as_string_or_number() {
        let kubo = r#"{"Name":"x","Hash":"bafkrei","Size":"12"}"#;
        let js = "{\"Name\":\"x\",\"Hash\":\"bafkjs\",\"Size\":12}\n";
        assert_eq!(parse_add(kubo).unwrap(), "bafkrei");
        assert_eq!(parse_add(js).unwrap(), "bafkjs");
        assert!(matches!(parse_add("{}"), Err(IpfsError::BadResponse(_))));
    }
}
