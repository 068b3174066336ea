//! A key node: one member of medvault's threshold key committee.
//!
//! Every record's data key is wrapped to the committee's group key, whose secret no one holds. A
//! node holds one Shamir share of it, from a distributed key generation with its peers
//! ([`dkg`]). When a reader asks (a signed EIP-712 key request), the node checks on its own,
//! against the chain only ([`chain`]):
//! 1. the request: signed by the reader for this deployment, fresh, never answered before;
//! 2. the record: the wrap, the patient and the record's fields make a leaf anchored on-chain,
//!    so the wrap is this record's and no other's;
//! 3. the consent: the reader is the patient (or the account her identity was recovered to by
//!    her guardians, `AccountRegistry.identityOf`) or the author; or shows a grant (its preimage and
//!    the patient's delegation to its controller, docs/PRIVACY.md) that names the reader, the
//!    patient and the record or its category, whose id `ConsentManager.isLive` says is READ now,
//!    with no revocation pending that its controller signed; or, for the emergency category, has
//!    an open break-glass window on the patient;
//!
//! then writes a receipt signed with its account key to its store (durably) and only then answers
//! with its decryption share, sealed to the reader's registered encryption key, with a proof that
//! the share is right. Refusals are logged too. [`anchor`] anchors the receipts in batches with
//! `ConsentManager.anchorAccessLog`. A node never sees a data key: it computes `x_i·R`, which
//! alone opens nothing.

pub mod anchor;
pub mod api;
pub mod chain;
pub mod dkg;
pub mod store;

use std::{net::SocketAddr, path::PathBuf, sync::Arc, time::Duration};

use alloy::{
    network::EthereumWallet,
    primitives::{Address, B256},
    providers::{Provider, ProviderBuilder},
    signers::local::PrivateKeySigner,
};
use frost_secp256k1::keys::{KeyPackage, PublicKeyPackage};
use k256::NonZeroScalar;
use medvault_client::keys::SecretKey;
use medvault_primitives::{
    Deployment,
    api::keynode::{ShareRequest, WriteRequest},
    consent::{self, Liveness, Shown, Standing, Unshown},
    eip712::consent_domain,
    enums::Access,
    types::PublicKey,
};
use tokio::sync::RwLock;

use crate::{
    api::ApiError,
    chain::{Chain, OnChainCommittee},
    store::{Store, now_secs},
};

/// A key node's settings (`medvault keynode` and `medvault-keynode` take them as flags).
#[derive(clap::Args, Clone, Debug)]
pub struct KeynodeConfig {
    /// JSON-RPC endpoint of the chain.
    #[arg(long = "rpc-url", env = "MEDVAULT_RPC_URL", default_value = "http://127.0.0.1:8545")]
    pub rpc_url: String,
    /// The deployment file (contract addresses, chain id).
    #[arg(long, env = "MEDVAULT_DEPLOYMENT")]
    pub deployment: PathBuf,
    /// This node's index in the committee, from 1.
    #[arg(long)]
    pub index: u16,
    /// Shares needed to open a wrap.
    #[arg(long)]
    pub threshold: u16,
    /// Every node's base URL, in index order, this node's included (comma-separated).
    #[arg(long, value_delimiter = ',', required = true)]
    pub peers: Vec<String>,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8700")]
    pub listen: SocketAddr,
    /// Directory of the node's store.
    #[arg(long = "data-dir")]
    pub data_dir: PathBuf,
    /// How often receipts are anchored, in milliseconds.
    #[arg(long = "anchor-interval-ms", default_value_t = 2000)]
    pub anchor_interval_ms: u64,
    /// Largest accepted difference between a request's time and the node's clock, in seconds.
    #[arg(long = "max-skew-secs", default_value_t = 300)]
    pub max_skew_secs: u64,
    /// How long to wait for peers during the key generation, in seconds.
    #[arg(long = "dkg-patience-secs", default_value_t = 120)]
    pub dkg_patience_secs: u64,
}

/// The node's share of the committee key.
#[derive(Clone)]
pub struct NodeKey {
    /// Its Shamir share `x_i`.
    pub secret: NonZeroScalar,
    /// `x_i·G`.
    pub verification: PublicKey,
    /// The group key.
    pub group: PublicKey,
}

impl std::fmt::Debug for NodeKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NodeKey").field("verification", &self.verification).finish_non_exhaustive()
    }
}

fn node_key(package: &KeyPackage, public: &PublicKeyPackage) -> eyre::Result<NodeKey> {
    let bytes: [u8; 32] = package
        .signing_share()
        .serialize()
        .try_into()
        .map_err(|_| eyre::eyre!("a signing share is 32 bytes"))?;
    let secret = Option::<NonZeroScalar>::from(NonZeroScalar::from_repr(bytes.into()))
        .ok_or_else(|| eyre::eyre!("the signing share is zero"))?;
    let verification = PublicKey::from_bytes(&package.verifying_share().serialize()?)?;
    let group = PublicKey::from_bytes(&public.verifying_key().serialize()?)?;
    Ok(NodeKey { secret, verification, group })
}

/// A running node.
pub struct Node {
    /// Its index.
    pub index: u16,
    /// Committee size.
    pub members: u16,
    /// Threshold.
    pub threshold: u16,
    /// Its account.
    pub signer: PrivateKeySigner,
    /// Its store.
    pub store: Arc<Store>,
    /// The chain.
    pub chain: Chain,
    /// The key generation's outgoing messages.
    pub outbox: RwLock<dkg::Outbox>,
    /// Its key, once generated.
    pub key: RwLock<Option<NodeKey>>,
    /// Largest accepted clock difference.
    pub max_skew_secs: u64,
    /// The committee in force as last read, and when.
    pub committee_cache: std::sync::Mutex<Option<(std::time::Instant, OnChainCommittee)>>,
}

/// How long the node trusts its last read of the committee in force.
pub const COMMITTEE_TTL: Duration = Duration::from_secs(1);

impl Node {
    /// The committee in force, if it lists this node with its key; else why the node does not
    /// serve.
    pub async fn serving_committee(&self) -> Result<OnChainCommittee, ApiError> {
        let key = self.key.read().await.clone().ok_or_else(|| {
            ApiError::Unavailable("this node's key generation has not completed".into())
        })?;
        let committee =
            self.chain.committee().await?.ok_or_else(|| {
                ApiError::Unavailable("no key committee is set on-chain yet".into())
            })?;
        let me = self.signer.address();
        let listed = committee.nodes.iter().any(|(i, n)| *i == self.index && *n == me)
            && committee.committee.member(self.index).map(|m| &m.verification)
                == Some(&key.verification)
            && committee.committee.key == key.group;
        if !listed {
            return Err(ApiError::Unavailable(format!(
                "the committee in force (epoch {}) does not list node {} with this key",
                committee.epoch, self.index
            )));
        }
        Ok(committee)
    }

    /// Whether the reader may read.
    pub async fn decide(&self, req: &ShareRequest) -> Result<Decision, ApiError> {
        if req.reader == req.patient {
            return Ok(Decision::Release(Basis::Patient));
        }
        if req.reader == req.record.author {
            return Ok(Decision::Release(Basis::Author));
        }
        let shown = Shown {
            reader: req.reader,
            patient: req.patient,
            record_id: req.record.record_id,
            category: req.record.category,
            consents: &req.consents,
            emergency_salt: req.emergency_salt,
        };
        // After a recovery by guardians the patient's identity is her successor's account: the
        // records anchored for the old account are hers (the chain says so, follow it to the end).
        // Read beside the consent, not before it: one round trip on the release path, not two.
        let (identity, standing) =
            tokio::join!(self.chain.identity_of(req.patient), self.standing(&shown, Access::Read));
        if identity? == req.reader {
            return Ok(Decision::Release(Basis::Patient));
        }
        standing
    }

    /// Whether the author of the record version `req` asks about may write it (it is a certified
    /// provider; the caller checked): the author is the patient, or shows her live WRITE grant
    /// covering the record or its category, or, for an emergency-category note, an open
    /// break-glass window of its own on her.
    pub async fn may_write(&self, req: &WriteRequest) -> Result<Decision, ApiError> {
        if req.record.author == req.patient {
            return Ok(Decision::Release(Basis::Patient));
        }
        let shown = Shown {
            reader: req.record.author,
            patient: req.patient,
            record_id: req.record.record_id,
            category: req.record.category,
            consents: &req.consents,
            emergency_salt: req.emergency_salt,
        };
        self.standing(&shown, Access::Write).await
    }

    /// What the consents and break-glass salt `shown` give at `access` level: the shared rule
    /// ([`consent::decide`]) over this node's own reads of the chain and its pending revocations.
    async fn standing(&self, shown: &Shown<'_>, access: Access) -> Result<Decision, ApiError> {
        let domain =
            consent_domain(self.chain.deployment.chain_id, self.chain.deployment.contracts.consent);
        // The node's own knowledge first: a revocation shown to it and not yet mined.
        let live = |controller, grant_id| async move {
            if self.revocation_pending(controller, grant_id).await? {
                return Ok(Liveness::RevocationPending);
            }
            Ok(if self.chain.consent_live_at(controller, grant_id, access).await? {
                Liveness::Live
            } else {
                Liveness::NotLive
            })
        };
        let reader = shown.reader;
        let in_emergency =
            |tag| async move { Ok::<_, ApiError>(self.chain.in_emergency(tag, reader).await?) };
        Ok(match consent::decide(shown, &domain, live, in_emergency).await? {
            Standing::Consent => Decision::Release(Basis::Consent),
            Standing::Emergency => Decision::Release(Basis::Emergency),
            Standing::Refused(Unshown::NoConsent) => {
                Decision::Refuse(Refusal::NoConsent(shown.reader, access))
            }
            Standing::Refused(Unshown::BadGrant(m)) => Decision::Refuse(Refusal::BadGrant(m)),
            Standing::Refused(Unshown::RevocationPending) => {
                Decision::Refuse(Refusal::RevocationPending)
            }
        })
    }

    /// Whether a revocation of the consent is pending: signed, shown to this node, not yet mined.
    async fn revocation_pending(
        &self,
        controller: Address,
        grant_id: B256,
    ) -> Result<bool, ApiError> {
        let pending = self.store.revocations(controller, grant_id, now_secs())?;
        if pending.is_empty() {
            return Ok(false);
        }
        let on_chain = self.chain.consent_nonce(controller, grant_id).await?;
        let mut any = false;
        for nonce in pending {
            if on_chain > nonce {
                // Mined (or overtaken by a later change): from now on the chain decides.
                self.store.drop_revocation(controller, grant_id, nonce)?;
            } else {
                any = true;
            }
        }
        Ok(any)
    }
}

pub use medvault_primitives::consent::EMERGENCY_CATEGORY;

/// A node's decision on one key request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Release the share.
    Release(Basis),
    /// Refuse it.
    Refuse(Refusal),
}

/// Why a node releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// The reader is the record's patient, or the account her identity was recovered to.
    Patient,
    /// The reader is the record's author.
    Author,
    /// The chain says the reader has live READ consent.
    Consent,
    /// The reader broke glass: an open window on the patient's emergency category.
    Emergency,
}

impl Basis {
    /// The word on receipts and in answers.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Patient => "patient",
            Self::Author => "author",
            Self::Consent => "consent",
            Self::Emergency => "emergency",
        }
    }
}

/// Why a node refuses (the text goes on the receipt).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// The patient's revocation of the grant is pending.
    #[error("a revocation of this grant is pending")]
    RevocationPending,
    /// The chain gives the reader no consent at the level asked (READ to read, WRITE to write).
    #[error("{0} has no live {level} consent from the patient for this record", level = access_word(*.1))]
    NoConsent(alloy::primitives::Address, Access),
    /// A grant shown does not fit the request.
    #[error("the grant shown does not apply: {0}")]
    BadGrant(medvault_primitives::consent::GrantMismatch),
    /// The reader has no key to seal the share to.
    #[error("{0} has no registered encryption key")]
    NoEncryptionKey(alloy::primitives::Address),
}

fn access_word(access: Access) -> &'static str {
    match access {
        Access::Write => "WRITE",
        _ => "READ",
    }
}

/// Runs a node until the process is stopped: opens its store, serves its API, runs the key
/// generation with its peers if it has no key yet, and anchors its receipts.
pub async fn run(config: KeynodeConfig, signer: PrivateKeySigner) -> eyre::Result<()> {
    let deployment = Deployment::load(&config.deployment)?;
    std::fs::create_dir_all(&config.data_dir)?;
    let store = Arc::new(Store::open(&config.data_dir.join("keynode.db"))?);
    let provider = ProviderBuilder::new()
        .wallet(EthereumWallet::from(signer.clone()))
        .connect_http(config.rpc_url.parse()?)
        .erased();
    let members = u16::try_from(config.peers.len())?;
    eyre::ensure!(
        config.index >= 1 && config.index <= members,
        "--index {} is not in 1..={members} (one per --peers URL)",
        config.index
    );
    eyre::ensure!(
        config.threshold >= 1 && config.threshold <= members,
        "--threshold {} is not in 1..={members}",
        config.threshold
    );
    let node = Arc::new(Node {
        index: config.index,
        members,
        threshold: config.threshold,
        signer: signer.clone(),
        store: store.clone(),
        chain: Chain { provider, deployment, included: Arc::default(), keys: Arc::default() },
        outbox: RwLock::new(dkg::Outbox::default()),
        key: RwLock::new(None),
        max_skew_secs: config.max_skew_secs,
        committee_cache: std::sync::Mutex::new(None),
    });
    if let Some((package, public)) = store.key_package()? {
        let package = KeyPackage::deserialize(&package)?;
        let public = PublicKeyPackage::deserialize(&public)?;
        *node.key.write().await = Some(node_key(&package, &public)?);
        tracing::info!(index = config.index, "key package loaded");
    }
    let listener = tokio::net::TcpListener::bind(config.listen).await?;
    tracing::info!(index = config.index, listen = %config.listen, node = %signer.address(), "key node listening");
    let server = tokio::spawn(axum::serve(listener, api::router(node.clone())).into_future());
    if node.key.read().await.is_none() {
        let identity = SecretKey::from(&signer);
        let (package, public) = dkg::run(
            config.index,
            config.threshold,
            &config.peers,
            &identity,
            &node.outbox,
            Duration::from_secs(config.dkg_patience_secs),
        )
        .await?;
        store.save_key_package(&package.serialize()?, &public.serialize()?)?;
        *node.key.write().await = Some(node_key(&package, &public)?);
    }
    let anchorer =
        tokio::spawn(anchor::run(node.clone(), Duration::from_millis(config.anchor_interval_ms)));
    tokio::select! {
        r = server => r??,
        r = anchorer => r?,
        _ = tokio::signal::ctrl_c() => tracing::info!("stopping"),
    }
    Ok(())
}

/// The node's account key from the environment variable `MEDVAULT_KEYNODE_KEY` (hex).
pub fn signer_from_env() -> eyre::Result<PrivateKeySigner> {
    let raw = std::env::var("MEDVAULT_KEYNODE_KEY").map_err(|_| {
        eyre::eyre!("set MEDVAULT_KEYNODE_KEY to the node account's private key (hex)")
    })?;
    raw.trim().parse().map_err(|e| eyre::eyre!("MEDVAULT_KEYNODE_KEY is not a private key: {e}"))
}
