//! Consent by signature: a patient signs an EIP-712 `Grant` or `Revoke` (domain
//! `MedvaultConsent`) and the relayer submits it (`POST /v1/relay/consent`, `grantBySig` /
//! `revokeBySig`), or a sponsor does ([`execute`]). A grant of one record also hands the grantee
//! the record's data key ([`share_key`]), which the relayer releases only while the grant holds.
//! [`emergencies`] lists the break-glass accesses opened on a patient, for review.

use alloy::{
    eips::BlockId,
    primitives::{Address, B256, Bytes, U256},
    providers::Provider,
    rpc::types::Filter,
    signers::Signer,
    sol_types::SolEvent,
};
use medvault_bindings::consent_manager::{ConsentManager, IConsentManager::SignedConsent};
use medvault_primitives::enums::{Access, EmergencyStatus, Scope};

use super::{
    KeyLookupError, Session, TxError, confirm,
    gasless::{self, BoxError, GaslessError, SIGNATURE_LIFETIME, Sponsor},
};
use crate::{
    api::{ApiError, ConsentRelayRequest},
    ecies::{self, WrappedKey},
    keys::ReaderKeys,
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
    /// The scope and target id `ConsentManager` keys the consent by.
    pub fn scope(&self) -> (Scope, B256) {
        match *self {
            Self::Record(record) => (Scope::Record, record),
            Self::Category(c) => (Scope::Category, sign::category_target(c)),
        }
    }
}

/// Why a consent change did not take effect, or its key was not shared.
#[derive(Debug, thiserror::Error)]
pub enum ConsentError {
    /// The consent manager could not be read.
    #[error(transparent)]
    Chain(alloy::contract::Error),
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
    /// The patient's own wrapped key could not be had from the relayer.
    #[error("cannot fetch the record's key to share it")]
    FetchKey(#[source] ApiError),
    /// The patient's wrapped key does not unwrap with the patient's secret key.
    #[error(transparent)]
    Key(#[from] crate::EnvelopeError),
    /// The grantee's registered key could not be had.
    #[error(transparent)]
    GranteeKey(#[from] KeyLookupError),
    /// The sponsor's wallet could not be had.
    #[error(transparent)]
    Sponsor(BoxError),
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
    /// The relayer did not store the grantee's wrapped key.
    #[error("the relayer did not take the grantee's wrapped key")]
    AddKey(#[source] ApiError),
}

/// Result alias for [`ConsentError`].
pub type Result<T, E = ConsentError> = std::result::Result<T, E>;

/// Signs a grant of `access` to `target` for `grantee`, valid `days` days, as `signer` (the
/// patient). Submit it with [`relay`] or [`execute`].
pub async fn sign_grant<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    grantee: Address,
    target: ConsentTarget,
    access: Access,
    days: u64,
) -> Result<ConsentRelayRequest> {
    let expires_at = session.deadline_base().await + days * 86_400;
    sign_change(session, signer, grantee, target, Some((access, expires_at))).await
}

/// Signs a revocation of `grantee`'s consent to `target`, as `signer` (the patient).
pub async fn sign_revoke<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    grantee: Address,
    target: ConsentTarget,
) -> Result<ConsentRelayRequest> {
    sign_change(session, signer, grantee, target, None).await
}

async fn sign_change<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    grantee: Address,
    target: ConsentTarget,
    grant: Option<(Access, u64)>,
) -> Result<ConsentRelayRequest> {
    let consent_addr = session.deployment.contracts.consent;
    let manager = ConsentManager::new(consent_addr, &session.provider);
    let patient = signer.address();
    let (scope, target_id) = target.scope();
    let scope = u8::from(scope);
    let nonce = manager
        .nonceOf(patient, grantee, scope, target_id)
        .call()
        .await
        .map_err(ConsentError::Chain)?;
    let (access, expires_at) = grant.map_or((0, 0), |(a, e)| (u8::from(a), e));
    let consent = SignedConsent {
        patient,
        grantee,
        scope,
        target: target_id,
        access,
        expiresAt: expires_at,
        nonce: U256::from(nonce),
        deadline: U256::from(session.deadline_base().await + SIGNATURE_LIFETIME),
    };
    let domain = sign::consent_domain(session.chain_id(), consent_addr);
    let revoke = grant.is_none();
    let signature = if revoke {
        sign::sign_revoke(signer, &consent, &domain).await
    } else {
        sign::sign_grant(signer, &consent, &domain).await
    }
    .map_err(ConsentError::Sign)?;
    Ok(ConsentRelayRequest { consent, signature, revoke })
}

/// Hands a signed grant or revocation to the relayer and waits until it is mined; the
/// transaction hash. [`ConsentError::NotRelayed`] when the relayer does not relay consents.
pub async fn relay<P: Provider>(
    session: &Session<P>,
    change: &ConsentRelayRequest,
) -> Result<B256> {
    if change.revoke {
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
    let ConsentRelayRequest { consent, signature, revoke } = change;
    let sent = if revoke {
        manager.revokeBySig(consent, signature).send().await
    } else {
        manager.grantBySig(consent, signature).send().await
    };
    let pending = sent.map_err(ConsentError::Execute)?;
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
/// or dispute it (which ends it and opens a misconduct review of the provider) with `evidence`,
/// whose keccak256 goes on-chain.
pub async fn review_emergency<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    id: U256,
    accept: bool,
    evidence: &str,
    sponsor: &impl Sponsor,
) -> Result<Reviewed> {
    let consent_addr = session.deployment.contracts.consent;
    let manager = ConsentManager::new(consent_addr, &session.provider);
    let e = manager.emergency(id).call().await.map_err(ConsentError::Chain)?;
    let patient = signer.address();
    if e.patient.is_zero() {
        return Err(ConsentError::NoEmergency(id));
    }
    if e.patient != patient {
        return Err(ConsentError::NotYours { id, patient });
    }
    let data = manager
        .reviewEmergency(id, accept, alloy::primitives::keccak256(evidence.as_bytes()))
        .calldata()
        .clone();
    let tx = gasless::call(session, signer, consent_addr, data, sponsor).await?;
    let after = manager.emergency(id).call().await.map_err(ConsentError::Chain)?;
    Ok(Reviewed { provider: e.provider, status: EmergencyStatus::try_from(after.status)?, tx })
}

/// Whether a record's data key was handed to a grantee.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyShare {
    /// The relayer holds the key wrapped for the grantee.
    Shared,
    /// The relayer does not hold keys for grantees (it serves no `POST /v1/keys/release`).
    NotServed {
        /// The relayer's base URL.
        url: String,
    },
}

/// Re-wraps record `record`'s data key (version `version`) for `grantee`'s registered key and
/// hands it to the relayer, which releases it only while the on-chain grant holds. `signer` and
/// `secret` are the patient's (the same account); the data key exists only inside this call.
pub async fn share_key<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    secret: &(impl ReaderKeys + ?Sized),
    record: B256,
    version: u32,
    grantee: Address,
) -> Result<KeyShare> {
    let own = match session.relayer.release_key(signer, record, version).await {
        Ok(released) => released.wrapped_key,
        Err(ApiError::NotAvailable { url, .. }) => return Ok(KeyShare::NotServed { url }),
        Err(e) => return Err(ConsentError::FetchKey(e)),
    };
    let data_key = ecies::unwrap(&WrappedKey::from_bytes(&own)?, secret)?;
    let grantee_key = session.registered_key(grantee).await?;
    let wrapped = ecies::wrap(&data_key, &grantee_key);
    drop(data_key);
    session
        .relayer
        .add_key(signer, record, version, grantee, Bytes::from(wrapped.as_bytes().to_vec()))
        .await
        .map_err(ConsentError::AddKey)?;
    Ok(KeyShare::Shared)
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
}

/// The break-glass accesses opened on `patient`, from the chain's `EmergencyAccessOpened` events
/// (from the deployment's start block), each with its status now.
pub async fn emergencies<P: Provider>(
    session: &Session<P>,
    patient: Address,
) -> Result<Vec<EmergencyAccess>, EmergencyListError> {
    let consent_addr = session.deployment.contracts.consent;
    let manager = ConsentManager::new(consent_addr, &session.provider);
    let filter = Filter::new()
        .address(consent_addr)
        .from_block(session.deployment.start_block)
        .event_signature(ConsentManager::EmergencyAccessOpened::SIGNATURE_HASH)
        .topic2(patient.into_word());
    let now = session
        .provider
        .get_block(BlockId::latest())
        .await
        .map_err(EmergencyListError::Transport)?
        .map_or(0, |b| b.header.timestamp);
    let logs = session.provider.get_logs(&filter).await.map_err(EmergencyListError::Transport)?;
    let mut found = Vec::with_capacity(logs.len());
    for log in logs {
        let Ok(opened) = log.log_decode::<ConsentManager::EmergencyAccessOpened>() else {
            continue;
        };
        let id = opened.inner.data.emergencyId;
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
            consent: SignedConsent {
                patient: Address::repeat_byte(0x11),
                grantee: Address::repeat_byte(0x22),
                scope: Scope::Category.into(),
                target: sign::category_target(3),
                access: Access::Read.into(),
                expiresAt: 1_900_000_000,
                nonce: U256::ZERO,
                deadline: U256::from(1_900_000_000u64),
            },
            signature: Bytes::from_static(&[0; 65]),
            revoke: false,
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
