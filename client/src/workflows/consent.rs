//! Consent by commitment (docs/PRIVACY.md). The patient's client derives, from her encryption key,
//! one signing key per relationship (the consent's *controller*) and a salt per grant; it stores
//! the consent under `grantId = H(patient, grantee, scope, target, salt, controller)`, signs the
//! `ConsentChange` with the controller key, and seals the preimage with her wallet's
//! `Delegation` to the controller into a notice only the grantee can open. The relayer submits it
//! (`POST /v1/relay/consent`, `setConsentBySig`), or a sponsor does ([`execute`]). Nothing
//! on-chain names the patient, the grantee, the scope or the target.
//!
//! The grantee finds the grants made to it with [`received_grants`] and shows them when it asks
//! for a key; the patient finds the access requests sealed to her with [`access_requests`].
//! [`emergencies`] lists the break-glass accesses opened on a patient, for review.

use alloy::{
    eips::BlockId,
    primitives::{Address, B256, Bytes, U256, keccak256},
    providers::Provider,
    rpc::types::Filter,
    signers::{Signer, SignerSync},
    sol_types::SolEvent,
};
use medvault_bindings::consent_manager::{ConsentManager, IConsentManager::ConsentChange};
use medvault_primitives::{
    consent::{ConsentGrant, NOTICE_LABEL, Notice},
    eip712::{Delegation, consent_change_digest, consent_domain},
    enums::{Access, EmergencyStatus, Scope},
};

use super::{
    KeyLookupError, Session, TxError, confirm,
    gasless::{self, BoxError, GaslessError, SIGNATURE_LIFETIME, Sponsor},
};
use crate::{
    api::{ApiError, ConsentRelayRequest},
    ecies,
    keys::{Keyring, ReaderKeys, SecretKey},
    sign,
};

/// What a grant or revocation is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConsentTarget {
    /// One record (its opaque record id).
    Record(B256),
    /// A whole consent category (see docs/FHIR.md).
    Category(u16),
}

impl ConsentTarget {
    /// The scope and target id the consent's commitment holds.
    pub fn scope(&self) -> (Scope, B256) {
        match *self {
            Self::Record(record) => (Scope::Record, record),
            Self::Category(c) => (Scope::Category, sign::category_target(c)),
        }
    }
}

/// Why a consent change did not take effect.
#[derive(Debug, thiserror::Error)]
pub enum ConsentError {
    /// The consent manager could not be read.
    #[error(transparent)]
    Chain(alloy::contract::Error),
    /// The chain's logs could not be read.
    #[error("cannot read the consent manager's events")]
    Logs(#[source] alloy::transports::TransportError),
    /// The signer did not sign.
    #[error("cannot sign the consent")]
    Sign(#[source] alloy::signers::Error),
    /// The relayer does not serve `POST /v1/relay/consent`: a sponsor must [`execute`] it.
    #[error("the relayer at {url} does not relay signed consents (POST /v1/relay/consent)")]
    NotRelayed {
        /// The relayer's base URL.
        url: String,
    },
    /// The relayer refused the signed consent.
    #[error("the relayer did not relay the signed consent")]
    Refused(#[source] ApiError),
    /// The relayer took it but it did not take effect.
    #[error(transparent)]
    Relayed(GaslessError),
    /// The consent manager refused the sponsor's submission (its revert data is in the error).
    #[error("the consent manager refused the signature")]
    Execute(#[source] alloy::contract::Error),
    /// The sponsor's transaction did not take effect.
    #[error(transparent)]
    Tx(#[from] TxError),
    /// The grantee's (or the patient's) registered key could not be had.
    #[error(transparent)]
    Key(#[from] KeyLookupError),
    /// The sponsor's wallet could not be had.
    #[error(transparent)]
    Sponsor(BoxError),
    /// There is nothing in force to revoke.
    #[error("{patient} has no consent in force for {grantee} on this target: nothing to revoke")]
    NothingToRevoke {
        /// The patient.
        patient: Address,
        /// The grantee.
        grantee: Address,
    },
    /// A grant to oneself.
    #[error("a patient needs no consent to read her own records")]
    SelfGrant,
    /// A category no record can have.
    #[error("{0} is not a consent category: use 1 to 9 (docs/FHIR.md, \"Categories\")")]
    UnknownCategory(u16),
    /// There is no such emergency.
    #[error("there is no emergency {0}")]
    NoEmergency(U256),
    /// The emergency is another patient's.
    #[error("emergency {id} is not on this patient ({patient})")]
    NotYours {
        /// The emergency.
        id: U256,
        /// The caller.
        patient: Address,
    },
    /// The review did not take effect.
    #[error(transparent)]
    Gasless(#[from] GaslessError),
    /// The chain reports a status this build does not know.
    #[error(transparent)]
    Status(#[from] medvault_primitives::enums::UnknownVariant),
    /// The break-glass accesses could not be listed.
    #[error("cannot list the break-glass accesses")]
    Emergencies(#[source] Box<EmergencyListError>),
    /// The key committee could not be read.
    #[error(transparent)]
    Committee(crate::workflows::CommitteeLookupError),
    /// Too few key nodes attested the review.
    #[error("the review was not attested")]
    NotAttested(#[from] crate::keynodes::TooFewAttestations),
}

/// Result alias for [`ConsentError`].
pub type Result<T, E = ConsentError> = std::result::Result<T, E>;

/// One consent of the patient's, as her client derives it: the relationship key that controls it
/// and the grant's preimage.
pub(super) struct Derived {
    pub(super) controller: SecretKey,
    pub(super) grant: ConsentGrant,
}

pub(super) fn derive(
    patient: Address,
    key: &SecretKey,
    grantee: Address,
    target: ConsentTarget,
) -> Derived {
    let (scope, target) = target.scope();
    let controller = key.relationship_key(grantee);
    let grant = ConsentGrant {
        patient,
        grantee,
        scope,
        target,
        salt: key.grant_salt(grantee, u8::from(scope), target),
        controller: controller.address(),
        delegation: Bytes::new(),
    };
    Derived { controller, grant }
}

/// Signs a grant of `access` to `target` for `grantee`, valid `days` days, as the patient
/// `signer`: her wallet signs the [`Delegation`](medvault_primitives::eip712::Delegation) of the
/// relationship to its controller, the controller signs the change. Submit it with [`relay`] or
/// [`execute`].
pub async fn sign_grant<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync),
    grantee: Address,
    target: ConsentTarget,
    access: Access,
    days: u64,
) -> Result<ConsentRelayRequest> {
    let patient = signer.address();
    if grantee == patient {
        return Err(ConsentError::SelfGrant);
    }
    if let ConsentTarget::Category(c) = target
        && u8::try_from(c).ok().and_then(medvault_fhir::category::Category::from_id).is_none()
    {
        return Err(ConsentError::UnknownCategory(c));
    }
    let keys = patient_keys(session, signer).await?;
    let Derived { controller, mut grant } = derive(patient, keys.current(), grantee, target);
    let domain = consent_domain(session.chain_id(), session.deployment.contracts.consent);
    let delegation = Delegation { patient, controller: grant.controller, grantee };
    let delegation =
        sign::sign_typed(signer, &delegation, &domain).await.map_err(ConsentError::Sign)?;
    grant.delegation = Bytes::from(delegation.as_bytes().to_vec());
    let grantee_key = session.registered_key(grantee).await?;
    let notice = seal_notice(&grantee_key, &Notice::Grant(grant.clone()));
    let expires_at = session.deadline_base().await + days * 86_400;
    sign_change(session, &controller, grant.grant_id(), Some((access, expires_at)), notice.into())
        .await
}

/// Signs the revocations of every consent in force that the patient `signer` gave `grantee` on
/// `target` (one per key epoch under which she granted it; usually one). Submit each with
/// [`relay`] or [`execute`]. [`ConsentError::NothingToRevoke`] if there is none.
pub async fn sign_revoke<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync),
    grantee: Address,
    target: ConsentTarget,
) -> Result<Vec<ConsentRelayRequest>> {
    let patient = signer.address();
    let keys = patient_keys(session, signer).await?;
    let manager = ConsentManager::new(session.deployment.contracts.consent, &session.provider);
    let mut changes = Vec::new();
    for key in keys.all() {
        let Derived { controller, grant } = derive(patient, key, grantee, target);
        let now = manager
            .consentOf(grant.controller, grant.grant_id())
            .call()
            .await
            .map_err(ConsentError::Chain)?;
        if now.access != 0 {
            changes.push(
                sign_change(session, &controller, grant.grant_id(), None, Bytes::new()).await?,
            );
        }
    }
    if changes.is_empty() {
        return Err(ConsentError::NothingToRevoke { patient, grantee });
    }
    Ok(changes)
}

async fn patient_keys<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync),
) -> Result<Keyring> {
    let epoch = session.key_epoch(signer.address()).await?;
    Keyring::derive(signer, session.chain_id(), session.deployment.contracts.accounts, epoch)
        .await
        .map_err(ConsentError::Sign)
}

async fn sign_change<P: Provider>(
    session: &Session<P>,
    controller: &SecretKey,
    grant_id: B256,
    grant: Option<(Access, u64)>,
    notice: Bytes,
) -> Result<ConsentRelayRequest> {
    let consent_addr = session.deployment.contracts.consent;
    let manager = ConsentManager::new(consent_addr, &session.provider);
    let now = manager
        .consentOf(controller.address(), grant_id)
        .call()
        .await
        .map_err(ConsentError::Chain)?;
    let (access, expires_at) = grant.map_or((0, 0), |(a, e)| (u8::from(a), e));
    let change = ConsentChange {
        controller: controller.address(),
        grantId: grant_id,
        access,
        expiresAt: expires_at,
        noticeHash: keccak256(&notice),
        nonce: now.nonce,
        deadline: U256::from(session.deadline_base().await + SIGNATURE_LIFETIME),
    };
    let digest = consent_change_digest(&change, &consent_domain(session.chain_id(), consent_addr));
    let signature = controller.signer().sign_hash_sync(&digest).map_err(ConsentError::Sign)?;
    Ok(ConsentRelayRequest {
        change,
        signature: Bytes::from(signature.as_bytes().to_vec()),
        notice,
    })
}

/// Hands a signed grant or revocation to the relayer and waits until it is mined; the
/// transaction hash. [`ConsentError::NotRelayed`] when the relayer does not relay consents.
pub async fn relay<P: Provider>(
    session: &Session<P>,
    change: &ConsentRelayRequest,
) -> Result<B256> {
    if change.is_revocation() {
        // The key nodes refuse the grant from now on, before the revocation is mined.
        for (url, told) in crate::keynodes::announce_revocation(session, change).await {
            if let Err(reason) = told {
                tracing::warn!(%url, %reason, "a key node did not take the pending revocation");
            }
        }
    }
    match session.relayer.relay_consent(change).await {
        Ok(accepted) => {
            gasless::wait(&session.relayer, accepted.key).await.map_err(ConsentError::Relayed)
        }
        Err(ApiError::NotAvailable { url, .. }) => Err(ConsentError::NotRelayed { url }),
        Err(e) => Err(ConsentError::Refused(e)),
    }
}

/// Submits a signed grant or revocation at the consent manager from `sponsor`, a provider with a
/// wallet that pays the gas; the transaction hash once mined.
pub async fn execute<W: Provider>(
    sponsor: &W,
    consent_manager: Address,
    change: ConsentRelayRequest,
) -> Result<B256> {
    let manager = ConsentManager::new(consent_manager, sponsor);
    let revoke = change.is_revocation();
    let ConsentRelayRequest { change, signature, notice } = change;
    let pending = manager
        .setConsentBySig(change, signature, notice)
        .send()
        .await
        .map_err(ConsentError::Execute)?;
    Ok(confirm(pending, if revoke { "revoked" } else { "granted" }).await?.transaction_hash)
}

/// [`relay`]s a signed grant or revocation, or, if the relayer does not relay consents, has
/// `sponsor` [`execute`] it; the transaction hash once mined.
pub async fn submit<P: Provider>(
    session: &Session<P>,
    change: ConsentRelayRequest,
    sponsor: &impl Sponsor,
) -> Result<B256> {
    match relay(session, &change).await {
        Err(ConsentError::NotRelayed { url }) => match sponsor
            .wallet()
            .map_err(ConsentError::Sponsor)?
        {
            Some(wallet) => execute(&wallet, session.deployment.contracts.consent, change).await,
            None => Err(ConsentError::NotRelayed { url }),
        },
        relayed => relayed,
    }
}

/// The grants made to `grantee` (whose encryption keys are `keys`): every `ConsentChanged` notice
/// since the deployment's start block that opens with one of the keys and whose preimage gives
/// the event's grant id and controller. Grants since revoked or expired are included (the key
/// nodes read whether each is live); a grant given again is listed once.
pub async fn received_grants<P: Provider>(
    session: &Session<P>,
    grantee: Address,
    keys: &(impl ReaderKeys + ?Sized),
) -> Result<Vec<ConsentGrant>> {
    let filter = Filter::new()
        .address(session.deployment.contracts.consent)
        .from_block(session.deployment.start_block)
        .event_signature(ConsentManager::ConsentChanged::SIGNATURE_HASH);
    let logs = session.provider.get_logs(&filter).await.map_err(ConsentError::Logs)?;
    let mut found: Vec<ConsentGrant> = Vec::new();
    for log in logs {
        let Ok(event) = log.log_decode::<ConsentManager::ConsentChanged>() else { continue };
        let event = event.inner.data;
        if event.notice.is_empty() {
            continue;
        }
        let Some(Notice::Grant(grant)) = open_notice(&event.notice, grantee, keys) else {
            continue;
        };
        if grant.grant_id() == event.grantId
            && grant.controller == event.controller
            && !found.contains(&grant)
        {
            found.push(grant);
        }
    }
    Ok(found)
}

/// Seals `notice` to `recipient`'s encryption key (MVN v1 under [`NOTICE_LABEL`]): the one place
/// notices are sealed, as [`open_notice`] is the one place they are opened.
pub fn seal_notice(recipient: &ecies::PublicKey, notice: &Notice) -> Vec<u8> {
    ecies::seal_bytes(recipient, &notice.to_bytes(), NOTICE_LABEL)
}

/// Opens a notice sealed to one of `keys`, for `recipient`.
fn open_notice(
    sealed: &[u8],
    recipient: Address,
    keys: &(impl ReaderKeys + ?Sized),
) -> Option<Notice> {
    keys.all_keys().into_iter().find_map(|key| {
        let plain = ecies::open_bytes(key, sealed, NOTICE_LABEL).ok()?;
        Notice::from_bytes(&plain, recipient).ok()
    })
}

/// An access request sealed to the patient.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccessRequest {
    /// Who asks.
    pub requester: Address,
    /// What for.
    pub target: ConsentTarget,
    /// READ or WRITE.
    pub access: Access,
    /// Commitment to the stated purpose.
    pub purpose: B256,
    /// The transaction that carried it.
    pub tx: Option<B256>,
}

/// Asks `patient` for `access` to `target`, as `signer` (a provider or researcher who pays the
/// gas from `wallet`): the request is sealed to her registered key, so the chain shows only that
/// the requester asked someone.
pub async fn request_access<P: Provider, W: Provider>(
    session: &Session<P>,
    wallet: &W,
    requester: Address,
    patient: Address,
    target: ConsentTarget,
    access: Access,
    purpose: B256,
) -> Result<B256> {
    let (scope, target) = target.scope();
    let notice = Notice::AccessRequest {
        requester,
        patient,
        scope,
        target,
        access: u8::from(access),
        purpose,
    };
    let key = session.registered_key(patient).await?;
    let sealed = seal_notice(&key, &notice);
    let manager = ConsentManager::new(session.deployment.contracts.consent, wallet);
    let pending =
        manager.requestAccess(sealed.into()).send().await.map_err(ConsentError::Execute)?;
    Ok(confirm(pending, "requestAccess").await?.transaction_hash)
}

/// The access requests sealed to `patient` (whose encryption keys are `keys`), oldest first.
/// A request whose sealed requester is not the transaction's sender is dropped.
pub async fn access_requests<P: Provider>(
    session: &Session<P>,
    patient: Address,
    keys: &(impl ReaderKeys + ?Sized),
) -> Result<Vec<AccessRequest>> {
    let filter = Filter::new()
        .address(session.deployment.contracts.consent)
        .from_block(session.deployment.start_block)
        .event_signature(ConsentManager::AccessRequested::SIGNATURE_HASH);
    let logs = session.provider.get_logs(&filter).await.map_err(ConsentError::Logs)?;
    let mut found = Vec::new();
    for log in logs {
        let tx = log.transaction_hash;
        let Ok(event) = log.log_decode::<ConsentManager::AccessRequested>() else { continue };
        let event = event.inner.data;
        let Some(Notice::AccessRequest { requester, patient: to, scope, target, access, purpose }) =
            open_notice(&event.notice, patient, keys)
        else {
            continue;
        };
        if requester != event.requester || to != patient {
            continue;
        }
        let target = match scope {
            Scope::Record => ConsentTarget::Record(target),
            Scope::Category => {
                ConsentTarget::Category(u16::try_from(U256::from_be_bytes(target.0)).unwrap_or(0))
            }
        };
        let Ok(access) = Access::try_from(access) else { continue };
        found.push(AccessRequest { requester, target, access, purpose, tx });
    }
    Ok(found)
}

/// What a review of a break-glass access did.
#[derive(Clone, Debug)]
pub struct Reviewed {
    /// The provider who broke the glass.
    pub provider: Address,
    /// The emergency's status after the review.
    pub status: EmergencyStatus,
    /// The transaction.
    pub tx: B256,
}

/// Reviews break-glass access `id` on the patient `signer`, gaslessly: `accept` it as justified,
/// or dispute it (which ends it and opens a misconduct review of the provider, brought by a
/// one-time key of hers) with `evidence`, whose keccak256 goes on-chain. Her client finds the
/// emergency's salt in the notice sealed to her, her wallet asks the key nodes to attest the
/// review, and a throwaway key submits it: the chain never learns who reviewed.
pub async fn review_emergency<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync),
    id: U256,
    accept: bool,
    evidence: &str,
    sponsor: &impl Sponsor,
) -> Result<Reviewed> {
    let consent_addr = session.deployment.contracts.consent;
    let manager = ConsentManager::new(consent_addr, &session.provider);
    let e = manager.emergency(id).call().await.map_err(ConsentError::Chain)?;
    let patient = signer.address();
    if e.tag.is_zero() {
        return Err(ConsentError::NoEmergency(id));
    }
    let keys = patient_keys(session, signer).await?;
    let mine = emergencies(session, patient, &keys)
        .await
        .map_err(|e| ConsentError::Emergencies(Box::new(e)))?
        .into_iter()
        .find(|found| found.id == id)
        .ok_or(ConsentError::NotYours { id, patient })?;
    let evidence = keccak256(evidence.as_bytes());
    let challenger = if accept { Address::ZERO } else { keys.current().dispute_key(id).address() };
    let domain = medvault_primitives::committee::keys_domain(
        session.chain_id(),
        session.deployment.contracts.committee,
    );
    let review = medvault_primitives::eip712::EmergencyReviewRequest {
        patient,
        reviewer: patient,
        emergencyId: id,
        accept,
        evidence,
        challenger,
    };
    let signature = sign::sign_typed(signer, &review, &domain).await.map_err(ConsentError::Sign)?;
    let request = medvault_primitives::api::keynode::ReviewRequest {
        patient,
        reviewer: patient,
        emergency_id: id,
        salt: mine.salt,
        accept,
        evidence,
        challenger,
        signature: Bytes::from(signature.as_bytes().to_vec()),
        guardian: None,
    };
    let needed = usize::from(session.committee().await.map_err(ConsentError::Committee)?.threshold);
    let attestations =
        crate::keynodes::attest(session, "/v1/emergency-reviews", &request, needed).await?;
    let data =
        manager.reviewEmergency(id, accept, evidence, challenger, attestations).calldata().clone();
    // Submitted from a throwaway key: the forwarder names its signer, who must not be her.
    let submitter = alloy::signers::local::PrivateKeySigner::random();
    let tx = gasless::call(session, &submitter, consent_addr, data, sponsor).await?;
    let after = manager.emergency(id).call().await.map_err(ConsentError::Chain)?;
    Ok(Reviewed { provider: e.provider, status: EmergencyStatus::try_from(after.status)?, tx })
}

/// A break-glass access opened on a patient, with its current status.
#[derive(Clone, Debug)]
pub struct EmergencyAccess {
    /// The emergency id.
    pub id: U256,
    /// The provider who broke the glass.
    pub provider: Address,
    /// The code of the hospital's emergency protocol it gave.
    pub reason_code: u16,
    /// When it was opened (Unix time).
    pub opened_at: u64,
    /// When it ends (Unix time).
    pub expires_at: u64,
    /// Its status now.
    pub status: EmergencyStatus,
    /// Whether it is open and not yet expired by the chain's clock.
    pub active: bool,
    /// The transaction that opened it.
    pub tx: Option<B256>,
    /// The salt of its tag (from the notice sealed to the patient).
    pub salt: B256,
}

/// The break-glass accesses opened on `patient` (whose encryption keys are `keys`): every
/// `EmergencyAccessOpened` event since the deployment's start block whose notice opens with one
/// of the keys and names her with the event's tag, each with its status now.
pub async fn emergencies<P: Provider>(
    session: &Session<P>,
    patient: Address,
    keys: &(impl ReaderKeys + ?Sized),
) -> Result<Vec<EmergencyAccess>, EmergencyListError> {
    let consent_addr = session.deployment.contracts.consent;
    let manager = ConsentManager::new(consent_addr, &session.provider);
    let filter = Filter::new()
        .address(consent_addr)
        .from_block(session.deployment.start_block)
        .event_signature(ConsentManager::EmergencyAccessOpened::SIGNATURE_HASH);
    let now = session
        .provider
        .get_block(BlockId::latest())
        .await
        .map_err(EmergencyListError::Transport)?
        .map_or(0, |b| b.header.timestamp);
    let logs = session.provider.get_logs(&filter).await.map_err(EmergencyListError::Transport)?;
    let mut found = Vec::new();
    for log in logs {
        let Ok(opened) = log.log_decode::<ConsentManager::EmergencyAccessOpened>() else {
            continue;
        };
        let opened = opened.inner.data;
        let Some(Notice::Emergency { patient: named, salt }) =
            open_notice(&opened.notice, patient, keys)
        else {
            continue;
        };
        if named != patient
            || medvault_primitives::consent::emergency_tag(patient, salt) != opened.tag
        {
            continue;
        }
        let id = opened.emergencyId;
        let e = manager.emergency(id).call().await?;
        let status = EmergencyStatus::try_from(e.status)?;
        found.push(EmergencyAccess {
            id,
            provider: e.provider,
            reason_code: e.reasonCode,
            opened_at: e.openedAt,
            expires_at: e.expiresAt,
            status,
            active: status == EmergencyStatus::Open && now < e.expiresAt,
            tx: log.transaction_hash,
            salt,
        });
    }
    Ok(found)
}

/// Why the break-glass accesses could not be listed.
#[derive(Debug, thiserror::Error)]
pub enum EmergencyListError {
    /// The chain's blocks or logs could not be read.
    #[error(transparent)]
    Transport(alloy::transports::TransportError),
    /// An emergency could not be read.
    #[error(transparent)]
    Chain(#[from] alloy::contract::Error),
    /// The chain reports a status this build does not know.
    #[error(transparent)]
    Status(#[from] medvault_primitives::enums::UnknownVariant),
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use alloy::providers::{ProviderBuilder, RootProvider};
    use medvault_primitives::deployment::{Contracts, Deployment, Endpoints};

    use super::*;
    use crate::{api::RelayerApi, ipfs::IpfsClient};

    /// A sponsor that counts how often it is asked, and has no wallet.
    struct Counting(Cell<u32>);

    impl Sponsor for Counting {
        type Wallet = RootProvider;

        fn wallet(&self) -> std::result::Result<Option<RootProvider>, BoxError> {
            self.0.set(self.0.get() + 1);
            Ok(None)
        }
    }

    /// A session whose relayer serves no route at all (an older relayer) and whose chain is
    /// never reached.
    async fn session_without_relay() -> Session<RootProvider> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, axum::Router::new()).await.unwrap() });
        let contracts = Contracts {
            forwarder: Address::repeat_byte(1),
            token: Address::repeat_byte(2),
            accounts: Address::repeat_byte(3),
            providers: Address::repeat_byte(4),
            records: Address::repeat_byte(5),
            consent: Address::repeat_byte(6),
            market: Address::repeat_byte(7),
            committee: Address::repeat_byte(8),
            timelock: Address::repeat_byte(9),
        };
        let deployment = Deployment {
            chain_id: 31337,
            contracts,
            start_block: 0,
            endpoints: Endpoints::default(),
        };
        let provider = ProviderBuilder::new()
            .disable_recommended_fillers()
            .connect_http("http://127.0.0.1:9".parse().unwrap());
        Session::new(
            deployment,
            RelayerApi::new(format!("http://{addr}")),
            IpfsClient::new("http://127.0.0.1:9"),
            provider.root().clone(),
        )
    }

    fn change() -> ConsentRelayRequest {
        ConsentRelayRequest {
            change: ConsentChange {
                controller: Address::repeat_byte(0x11),
                grantId: B256::repeat_byte(0x22),
                access: Access::Read.into(),
                expiresAt: 1_900_000_000,
                noticeHash: keccak256([]),
                nonce: 0,
                deadline: U256::from(1_900_000_000u64),
            },
            signature: Bytes::from_static(&[0; 65]),
            notice: Bytes::new(),
        }
    }

    #[tokio::test]
    async fn without_relay_the_sponsor_is_asked_once_and_none_means_not_relayed() {
        let session = session_without_relay().await;
        let sponsor = Counting(Cell::new(0));
        let err = submit(&session, change(), &sponsor).await.unwrap_err();
        assert!(matches!(err, ConsentError::NotRelayed { .. }), "{err}");
        assert!(err.to_string().contains("does not relay signed consents"), "{err}");
        assert_eq!(sponsor.0.get(), 1);
    }

    #[tokio::test]
    async fn an_unrelayed_forward_request_says_so() {
        let session = session_without_relay().await;
        let err = gasless::relay(&session, &Default::default()).await.unwrap_err();
        assert!(matches!(err, GaslessError::NotRelayed { .. }), "{err}");
    }
}
