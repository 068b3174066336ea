//! The key committee from a reader's side: ask every key node for its share of a record's
//! committee wrap (one signed EIP-712 key request, `medvault_primitives::committee::KeyRequest`),
//! open the shares sealed to the reader, check each proof against the node's verification share
//! on-chain, combine the threshold and unwrap the data key. A node that answers with a wrong share
//! is named and skipped; with fewer than the threshold of good shares the error says which nodes
//! answered and why the others did not.
//!
//! Also: telling the nodes about a revocation the relayer has not mined yet, ordering them to
//! shred a record, and reading the patient's access log from every node.

use std::time::Duration;

use alloy::{
    primitives::{Address, B256, Bytes},
    providers::Provider,
    signers::Signer,
};
use futures::future::join_all;
use medvault_primitives::{
    api::{
        ErrorBody,
        keynode::{
            NodeInfo, RecordFacts, ShareRequest, ShareResponse, ShredRequest, ShredResponse,
        },
        keys::{AccessLogResponse, ReceiptView},
        relay::ConsentRelayRequest,
    },
    committee::{Shredded, keys_domain},
    request_auth::{ReadAccessLog, keynode_domain},
    types::PublicKey,
    wrapped_key::WrappedKey,
};
use rand::RngCore;

use crate::{
    committee::{Committee, CommitteeError, open_share, verify_share},
    envelope::DataKey,
    keys::{ReaderKeys, SecretKey},
    time::unix_now,
    workflows::{CommitteeLookupError, Session},
};

/// How long one node may take to answer.
pub const NODE_TIMEOUT: Duration = Duration::from_secs(10);

/// Why a node's answer was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NodeFailure {
    /// The node's URL.
    pub url: String,
    /// Why (a [`NodeError`], as text for a report).
    pub reason: String,
}

/// Why the key could not be had from the committee.
#[derive(Debug, thiserror::Error)]
pub enum KeyNodesError {
    /// The deployment names no key node.
    #[error(
        "the deployment names no key node (endpoints.keynodeUrls): cannot ask the key committee"
    )]
    NoNodes,
    /// The committee could not be read from the chain.
    #[error(transparent)]
    Committee(#[from] CommitteeLookupError),
    /// The record's committee wrap is malformed or to another committee.
    #[error("the record's committee wrap {0}")]
    Wrap(String),
    /// The reader's registered key could not be read.
    #[error(transparent)]
    ReaderKey(#[from] crate::workflows::KeyLookupError),
    /// The reader does not hold the secret of the key registered for its account.
    #[error(
        "the encryption key registered for this account is not among the keys held: derive it from this wallet, or rotate"
    )]
    NotMyKey,
    /// The reader's wallet did not sign the request.
    #[error("cannot sign the key request")]
    Sign(#[source] alloy::signers::Error),
    /// Too few good shares.
    #[error("{needed} key shares needed, {got} good: {}", describe(.answered, .failed))]
    TooFew {
        /// Shares needed.
        needed: usize,
        /// Good shares had.
        got: usize,
        /// Nodes that gave a good share (URL, index).
        answered: Vec<(String, u16)>,
        /// Nodes that did not, and why.
        failed: Vec<NodeFailure>,
    },
}

fn describe(answered: &[(String, u16)], failed: &[NodeFailure]) -> String {
    let ok: Vec<String> = answered.iter().map(|(u, i)| format!("node {i} at {u}")).collect();
    let bad: Vec<String> = failed.iter().map(|f| format!("{}: {}", f.url, f.reason)).collect();
    format!(
        "answered: [{}]; did not: [{}]",
        if ok.is_empty() { "none".into() } else { ok.join(", ") },
        bad.join("; ")
    )
}

/// A data key released by the committee.
#[derive(Debug)]
pub struct Released {
    /// The data key.
    pub key: DataKey,
    /// Why the nodes released it (`consent`, `patient`, `author`).
    pub basis: String,
    /// Each node whose share was used, with the receipt it logged.
    pub receipts: Vec<(String, ShareResponse)>,
    /// Nodes whose answer was not used, and why (a wrong share is named here).
    pub failed: Vec<NodeFailure>,
}

/// The facts of a record a key node checks, as the reader verified them.
#[derive(Clone, Debug)]
pub struct KeyQuestion {
    /// The record's patient.
    pub patient: Address,
    /// The record's fields, root and proof.
    pub record: RecordFacts,
    /// The record's committee wrap.
    pub committee_wrap: Bytes,
    /// The reader's grants from the patient that cover the record (none for the patient or the
    /// author).
    pub consents: Vec<medvault_primitives::consent::ConsentGrant>,
    /// For a provider who broke glass: the salt of its emergency's tag on the patient.
    pub emergency_salt: Option<B256>,
}

/// What went wrong with one key node's answer.
#[derive(Debug, thiserror::Error)]
pub enum NodeError {
    /// The node could not be reached in time.
    #[error("cannot reach it ({0})")]
    Unreachable(#[source] reqwest::Error),
    /// The node answered 2xx with a body that does not parse.
    #[error("unreadable answer ({0})")]
    Unreadable(#[source] reqwest::Error),
    /// The node refused, with its reason.
    #[error("refused ({status}): {reason}")]
    Refused {
        /// HTTP status.
        status: u16,
        /// The node's reason (or "no reason given").
        reason: String,
    },
    /// The share does not open, or fails its proof.
    #[error(transparent)]
    Share(#[from] CommitteeError),
    /// The sealed share names another node than the one that sent it.
    #[error("its share says node {share}, the node says {node}")]
    IndexMismatch {
        /// The index inside the share.
        share: u16,
        /// The index the node answered with.
        node: u16,
    },
    /// The node's index is not in the committee in force.
    #[error("node {0} is not in the committee in force")]
    NotMember(u16),
    /// The caller's wallet did not sign the request to the node.
    #[error("cannot sign the request: {0}")]
    Sign(String),
    /// The node's signed word (that it shredded a record) is not the committee member's
    /// signature of what was asked.
    #[error("its signed answer does not hold: {0}")]
    BadSignature(String),
}

async fn post_json<T: serde::Serialize, R: serde::de::DeserializeOwned>(
    http: &reqwest::Client,
    url: String,
    body: &T,
) -> Result<R, NodeError> {
    let response = http
        .post(&url)
        .json(body)
        .timeout(NODE_TIMEOUT)
        .send()
        .await
        .map_err(NodeError::Unreachable)?;
    answer(response).await
}

async fn answer<R: serde::de::DeserializeOwned>(
    response: reqwest::Response,
) -> Result<R, NodeError> {
    let status = response.status();
    if status.is_success() {
        return response.json::<R>().await.map_err(NodeError::Unreadable);
    }
    let reason = match response.json::<ErrorBody>().await {
        Ok(body) => body.error,
        Err(_) => "no reason given".into(),
    };
    Err(NodeError::Refused { status: status.as_u16(), reason })
}

/// The signed key request for `question` by `signer`, and its digest (the context each share
/// answers).
pub async fn sign_request<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    question: &KeyQuestion,
) -> Result<(ShareRequest, B256), KeyNodesError> {
    let mut nonce = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let mut request = ShareRequest {
        reader: signer.address(),
        patient: question.patient,
        record: question.record.clone(),
        committee_wrap: question.committee_wrap.clone(),
        issued_at: unix_now(),
        nonce: B256::from(nonce),
        signature: Bytes::new(),
        consents: question.consents.clone(),
        emergency_salt: question.emergency_salt,
    };
    let domain = keys_domain(session.deployment.chain_id, session.deployment.contracts.committee);
    let typed = request.key_request();
    let digest = typed.digest(&domain);
    let signature =
        crate::sign::sign_typed(signer, &typed, &domain).await.map_err(KeyNodesError::Sign)?;
    request.signature = Bytes::from(signature.as_bytes().to_vec());
    Ok((request, digest))
}

/// Asks every key node of the deployment for its share of `question`'s committee wrap, as the
/// reader `signer` (whose encryption key is `secret`), and unwraps the data key.
pub async fn release<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    keys: &(impl ReaderKeys + ?Sized),
    question: &KeyQuestion,
) -> Result<Released, KeyNodesError> {
    let urls = session.deployment.endpoints.keynode_urls.clone();
    if urls.is_empty() {
        return Err(KeyNodesError::NoNodes);
    }
    // The nodes seal their shares to the reader's registered key.
    let (registered, committee) = reader_and_committee(session, signer.address()).await?;
    let secret: &SecretKey = keys.key_for(&registered).ok_or(KeyNodesError::NotMyKey)?;
    let wrap = WrappedKey::from_bytes(&question.committee_wrap)
        .map_err(|e| KeyNodesError::Wrap(format!("is malformed: {e}")))?;
    if wrap.recipient() != &committee.key {
        return Err(KeyNodesError::Wrap(
            "is to another committee than the one in force: that committee's nodes must open it"
                .into(),
        ));
    }
    let (request, digest) = sign_request(session, signer, question).await?;
    let http = crate::http::client();
    let answers = join_all(urls.iter().map(|url| {
        let http = http.clone();
        let request = request.clone();
        async move {
            let got: Result<ShareResponse, NodeError> =
                post_json(&http, format!("{url}/v1/shares"), &request).await;
            (url.clone(), got)
        }
    }))
    .await;
    let mut failed = Vec::new();
    let mut shares = Vec::new();
    let mut used = Vec::new();
    let needed = usize::from(committee.threshold);
    for (url, got) in answers {
        if shares.len() == needed {
            // Enough good shares: the rest need no opening or checking, but a node that did not
            // answer is still named.
            if let Err(error) = got {
                failed.push(NodeFailure { url, reason: error.to_string() });
            }
            continue;
        }
        let checked = got.and_then(|r| {
            let share = open_share(&r.sealed_share, secret, &digest)?;
            if share.index != r.index {
                return Err(NodeError::IndexMismatch { share: share.index, node: r.index });
            }
            let member = committee.member(share.index).ok_or(NodeError::NotMember(share.index))?;
            if !verify_share(&share, &member.verification, wrap.ephemeral(), &digest) {
                return Err(CommitteeError::BadProof { index: share.index }.into());
            }
            Ok((share, r))
        });
        match checked {
            Ok((share, response)) => {
                shares.push(share);
                used.push((url, response));
            }
            Err(error) => failed.push(NodeFailure { url, reason: error.to_string() }),
        }
    }
    if shares.len() < needed {
        return Err(KeyNodesError::TooFew {
            needed,
            got: shares.len(),
            answered: used.iter().map(|(u, r)| (u.clone(), r.index)).collect(),
            failed,
        });
    }
    let unwrapped =
        committee.unwrap(&wrap, shares, &digest).map_err(|e| KeyNodesError::TooFew {
            needed,
            got: 0,
            answered: Vec::new(),
            failed: vec![NodeFailure {
                url: "(combining the shares)".into(),
                reason: e.to_string(),
            }],
        })?;
    let basis = used.first().map(|(_, r)| r.basis.clone()).unwrap_or_default();
    let receipts = used.into_iter().filter(|(_, r)| unwrapped.used.contains(&r.index)).collect();
    Ok(Released { key: unwrapped.key, basis, receipts, failed })
}

/// How long a reader's registered key and the committee in force, once read, are used without
/// reading them again (a rotation or a new committee reaches the reader within this time).
pub const CHAIN_FACTS_TTL: Duration = Duration::from_secs(2);

/// (relayer URL, chain id, KeyCommittee, reader) → when read, the reader's key, the committee.
type ChainFacts = ((String, u64, Address, Address), crate::time::Instant, PublicKey, Committee);

static CHAIN_FACTS: std::sync::Mutex<Option<ChainFacts>> = std::sync::Mutex::new(None);

/// The reader's registered key and the committee in force, read together (and kept for
/// [`CHAIN_FACTS_TTL`]).
async fn reader_and_committee<P: Provider>(
    session: &Session<P>,
    reader: Address,
) -> Result<(PublicKey, Committee), KeyNodesError> {
    let id = (
        session.relayer.base().to_string(),
        session.deployment.chain_id,
        session.deployment.contracts.committee,
        reader,
    );
    if let Some((of, at, key, committee)) =
        CHAIN_FACTS.lock().unwrap_or_else(std::sync::PoisonError::into_inner).as_ref()
        && *of == id
        && at.elapsed() < CHAIN_FACTS_TTL
    {
        return Ok((key.clone(), committee.clone()));
    }
    let (registered, committee) =
        futures::join!(session.registered_key(reader), session.committee());
    let (registered, committee) = (registered?, committee?);
    *CHAIN_FACTS.lock().unwrap_or_else(std::sync::PoisonError::into_inner) =
        Some((id, crate::time::Instant::now(), registered.clone(), committee.clone()));
    Ok((registered, committee))
}

/// Tells every key node about a signed revocation (before or while the relayer mines it), so that
/// they refuse the grant at once. Returns each node's URL with what it said.
pub async fn announce_revocation<P: Provider>(
    session: &Session<P>,
    revocation: &ConsentRelayRequest,
) -> Vec<(String, Result<(), NodeError>)> {
    let http = crate::http::client();
    join_all(session.deployment.endpoints.keynode_urls.iter().map(|url| {
        let http = http.clone();
        async move {
            let got: Result<serde_json::Value, NodeError> =
                post_json(&http, format!("{url}/v1/revocations"), revocation).await;
            (url.clone(), got.map(|_| ()))
        }
    }))
    .await
}

/// One key node's answer to a shred order.
#[derive(Debug)]
pub struct NodeShred {
    /// The node's URL.
    pub url: String,
    /// Its signed word that it refuses the record from now on, checked against the committee
    /// on-chain; or why it did not give one.
    pub answer: Result<ShredResponse, NodeError>,
}

/// Orders every key node of the deployment to refuse every version of `question`'s record for
/// good (`POST /v1/shreds`), signed by its patient `patient`. `question` states one version of the
/// record (facts and committee wrap) so that each node can check the record is hers; its
/// consents are not used. Returns each node's answer; a node's word is checked: signed by the
/// account the committee in force lists at its index, about this patient and record.
pub async fn shred<P: Provider>(
    session: &Session<P>,
    patient: &(impl Signer + Sync + ?Sized),
    question: &KeyQuestion,
) -> Result<Vec<NodeShred>, KeyNodesError> {
    let urls = session.deployment.endpoints.keynode_urls.clone();
    if urls.is_empty() {
        return Err(KeyNodesError::NoNodes);
    }
    let domain = keys_domain(session.deployment.chain_id, session.deployment.contracts.committee);
    let contract = session.deployment.contracts.committee;
    let members = medvault_bindings::key_committee::KeyCommittee::new(contract, &session.provider)
        .committee()
        .call()
        .await
        .map_err(|source| {
            KeyNodesError::Committee(CommitteeLookupError::NotSet {
                contract,
                source: Box::new(source),
            })
        })?
        .members;
    let mut nonce = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let mut request = ShredRequest {
        patient: patient.address(),
        record: question.record.clone(),
        committee_wrap: question.committee_wrap.clone(),
        issued_at: unix_now(),
        nonce: B256::from(nonce),
        signature: Bytes::new(),
    };
    let signature = crate::sign::sign_typed(patient, &request.shred(), &domain)
        .await
        .map_err(KeyNodesError::Sign)?;
    request.signature = Bytes::from(signature.as_bytes().to_vec());
    let http = crate::http::client();
    let answers = join_all(urls.iter().map(|url| {
        let http = http.clone();
        let request = &request;
        async move {
            let got: Result<ShredResponse, NodeError> =
                post_json(&http, format!("{url}/v1/shreds"), request).await;
            (url.clone(), got)
        }
    }))
    .await;
    Ok(answers
        .into_iter()
        .map(|(url, got)| {
            let answer = got.and_then(|r| {
                if !members.iter().any(|m| m.index == r.index && m.node == r.node) {
                    return Err(NodeError::NotMember(r.index));
                }
                if r.record_id != request.record.record_id {
                    return Err(NodeError::BadSignature(format!(
                        "it names record {}, not {}",
                        r.record_id, request.record.record_id
                    )));
                }
                let word = Shredded {
                    node: r.node,
                    patient: request.patient,
                    recordId: r.record_id,
                    shreddedAt: r.shredded_at,
                };
                let signer = alloy::primitives::Signature::try_from(r.signature.as_ref())
                    .ok()
                    .and_then(|s| s.recover_address_from_prehash(&word.digest(&domain)).ok());
                if signer != Some(r.node) {
                    return Err(NodeError::BadSignature(format!(
                        "not signed by the node's account {}",
                        r.node
                    )));
                }
                Ok(r)
            });
            NodeShred { url, answer }
        })
        .collect())
}

/// Fewer key nodes attested than the committee's threshold.
#[derive(Debug, thiserror::Error)]
#[error("only {got} of the {needed} key nodes needed attested: {failed}")]
pub struct TooFewAttestations {
    /// Attestations needed (the committee's threshold).
    pub needed: usize,
    /// Attestations had.
    pub got: usize,
    /// What the other nodes said.
    pub failed: String,
}

/// Asks every key node for its attestation at `route` (`/v1/sales`, `/v1/emergency-reviews`)
/// with `body`; the signatures, if at least `needed` nodes gave one.
pub async fn attest<P: Provider>(
    session: &Session<P>,
    route: &str,
    body: &(impl serde::Serialize + Sync),
    needed: usize,
) -> Result<Vec<Bytes>, TooFewAttestations> {
    let http = crate::http::client();
    let answers = join_all(session.deployment.endpoints.keynode_urls.iter().map(|url| {
        let http = http.clone();
        async move {
            let got: Result<medvault_primitives::api::keynode::Attestation, NodeError> =
                post_json(&http, format!("{url}{route}"), body).await;
            (url.clone(), got)
        }
    }))
    .await;
    let (mut attestations, mut failed) = (Vec::new(), Vec::new());
    for (url, answer) in answers {
        match answer {
            Ok(a) => attestations.push(a.signature),
            Err(e) => failed.push(format!("{url}: {e}")),
        }
    }
    if attestations.len() < needed {
        return Err(TooFewAttestations {
            needed,
            got: attestations.len(),
            failed: failed.join("; "),
        });
    }
    Ok(attestations)
}

/// Asks every key node to attest that the author of the record version in `req` may write it
/// (`POST /v1/writes`): the threshold's signatures that `RecordRegistry.anchorRecord` takes, or
/// why too few nodes gave one (each node's reason: no live WRITE consent, a bad grant, …).
pub async fn attest_write<P: Provider>(
    session: &Session<P>,
    req: &medvault_primitives::api::keynode::WriteRequest,
) -> Result<Vec<Bytes>, TooFewAttestations> {
    let needed = match session.committee().await {
        Ok(c) => usize::from(c.threshold),
        Err(e) => {
            return Err(TooFewAttestations { needed: 0, got: 0, failed: e.to_string() });
        }
    };
    attest(session, "/v1/writes", req, needed).await
}

/// One read as the patient's merged access log shows it: the receipts of the nodes that logged it.
#[derive(Clone, Debug)]
pub struct LoggedRead {
    /// Who asked.
    pub reader: Address,
    /// The record.
    pub record_id: B256,
    /// Its version.
    pub version: u32,
    /// Released or refused.
    pub granted: bool,
    /// Each node's URL and receipt.
    pub receipts: Vec<(String, ReceiptView)>,
}

/// The patient's access log from every key node, merged: the receipts of one key request (the
/// same request digest at every node) are one read. Nodes that do not answer are returned with
/// why. Each node is asked with its own signed `ReadAccessLog` (domain
/// `request_auth::keynode_domain`: the chain, the committee and the node's address, from its
/// `GET /v1/info`), in the `Authorization` header, so no node can replay the request elsewhere.
pub async fn access_log<P: Provider>(
    session: &Session<P>,
    patient: &(impl Signer + Sync + ?Sized),
) -> Result<(Vec<LoggedRead>, Vec<NodeFailure>), alloy::signers::Error> {
    let http = crate::http::client();
    let (chain_id, committee) =
        (session.deployment.chain_id, session.deployment.contracts.committee);
    let owner = patient.address();
    let answers = join_all(session.deployment.endpoints.keynode_urls.iter().map(|url| {
        let http = http.clone();
        async move {
            let got = async {
                let info = http
                    .get(format!("{url}/v1/info"))
                    .timeout(NODE_TIMEOUT)
                    .send()
                    .await
                    .map_err(NodeError::Unreachable)?;
                let info: NodeInfo = answer(info).await?;
                let domain = keynode_domain(chain_id, committee, info.node);
                let auth = crate::sign::sign_request(patient, &domain, |nonce, expires| {
                    ReadAccessLog { patient: owner, nonce, expires }
                })
                .await
                .map_err(|e| NodeError::Sign(e.to_string()))?;
                let r = http
                    .get(format!("{url}/v1/patients/{owner}/access-log"))
                    .header(reqwest::header::AUTHORIZATION, auth.to_header())
                    .timeout(NODE_TIMEOUT)
                    .send()
                    .await
                    .map_err(NodeError::Unreachable)?;
                answer::<AccessLogResponse>(r).await
            }
            .await;
            (url.clone(), got)
        }
    }))
    .await;
    let mut reads: Vec<LoggedRead> = Vec::new();
    let mut failed = Vec::new();
    for (url, got) in answers {
        match got {
            Ok(log) => {
                for r in log.receipts {
                    let same = reads.iter_mut().find(|m| {
                        r.request.is_some()
                            && m.receipts.first().is_some_and(|(_, o)| o.request == r.request)
                    });
                    match same {
                        Some(m) => m.receipts.push((url.clone(), r)),
                        None => reads.push(LoggedRead {
                            reader: r.reader,
                            record_id: r.record_id,
                            version: r.version,
                            granted: r.granted,
                            receipts: vec![(url.clone(), r)],
                        }),
                    }
                }
            }
            Err(error) => failed.push(NodeFailure { url, reason: error.to_string() }),
        }
    }
    Ok((reads, failed))
}
