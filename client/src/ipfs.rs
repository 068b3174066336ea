//! Reading from and adding to IPFS through any node's Kubo RPC API (`/api/v0/cat`, `/api/v0/add`),
//! over plain HTTP so that the same code runs in the browser.
//!
//! What is read is ciphertext or a public document; the caller checks it against the chain
//! ([`crate::verify`]) before trusting a byte of it.

use std::fmt;

use medvault_primitives::kubo::{ADD_QUERY, cid_of_add_answer, error_message};
use reqwest::multipart::{Form, Part};

/// What can go wrong talking to an IPFS node.
#[derive(Debug, thiserror::Error)]
pub enum IpfsError {
    /// The node could not be reached or its answer could not be read.
    #[error("cannot reach the IPFS node at {url}: {source}")]
    Transport {
        /// The node's RPC URL.
        url: String,
        /// The transport error.
        #[source]
        source: reqwest::Error,
    },
    /// The node answered with an error (for `cat`: it does not have the content).
    #[error("the IPFS node refused {what}: {message}")]
    Refused {
        /// What was asked.
        what: String,
        /// The node's message.
        message: String,
    },
    /// The node's answer to `add` names no CID.
    #[error("the IPFS node's add answer names no CID: {0:.200}")]
    BadResponse(String),
}

/// Result alias for [`IpfsError`].
pub type Result<T, E = IpfsError> = std::result::Result<T, E>;

/// The Kubo RPC API of one IPFS node.
#[derive(Clone)]
pub struct IpfsClient {
    base: String,
    http: reqwest::Client,
}

impl fmt::Debug for IpfsClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IpfsClient").field("base", &self.base).finish_non_exhaustive()
    }
}

impl IpfsClient {
    /// A client of the node whose RPC API answers at `base` (e.g. `http://127.0.0.1:5001`).
    pub fn new(base: impl Into<String>) -> Self {
        Self { base: base.into().trim_end_matches('/').to_string(), http: crate::http::client() }
    }

    /// The RPC base URL.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The whole object at `cid`.
    pub async fn cat(&self, cid: &str) -> Result<Vec<u8>> {
        self.cat_query(cid, &[("arg", cid.to_string())]).await
    }

    /// `length` bytes at `offset` of the object at `cid` (one envelope of a packed batch).
    pub async fn cat_range(&self, cid: &str, offset: u64, length: u64) -> Result<Vec<u8>> {
        let query = [
            ("arg", cid.to_string()),
            ("offset", offset.to_string()),
            ("length", length.to_string()),
        ];
        self.cat_query(cid, &query).await
    }

    /// Adds `data` as one file (CIDv1, raw leaves, SHA-256), pins it, and returns its CID.
    pub async fn add_pinned(&self, data: Vec<u8>) -> Result<String> {
        // js-ipfs refuses a part without a content type; Kubo takes either.
        let part = Part::bytes(data)
            .file_name("data")
            .mime_str("application/octet-stream")
            .expect("a valid MIME type");
        let form = Form::new().part("path", part);
        let response = self
            .http
            .post(format!("{}/api/v0/add", self.base))
            .query(&ADD_QUERY)
            .multipart(form)
            .send()
            .await
            .map_err(|source| self.transport(source))?;
        let ok = response.status().is_success();
        let body = response.text().await.map_err(|source| self.transport(source))?;
        if !ok {
            return Err(IpfsError::Refused { what: "add".into(), message: error_message(&body) });
        }
        cid_of_add_answer(&body).ok_or(IpfsError::BadResponse(body))
    }

    async fn cat_query(&self, cid: &str, query: &[(&str, String)]) -> Result<Vec<u8>> {
        let response = self
            .http
            .post(format!("{}/api/v0/cat", self.base))
            .query(query)
            .send()
            .await
            .map_err(|source| self.transport(source))?;
        let ok = response.status().is_success();
        let body = response.bytes().await.map_err(|source| self.transport(source))?;
        if !ok {
            let message = error_message(&String::from_utf8_lossy(&body));
            return Err(IpfsError::Refused { what: format!("cat {cid}"), message });
        }
        Ok(body.to_vec())
    }

    fn transport(&self, source: reqwest::Error) -> IpfsError {
        IpfsError::Transport { url: self.base.clone(), source }
    }
}
