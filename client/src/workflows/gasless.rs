//! Gasless calls: the user signs a call as an ERC-2771 forward request ([`crate::forward`]) and
//! someone else submits it to the `MedvaultForwarder` and pays the gas — the relayer
//! (`POST /v1/relay/forward`, [`relay`]), or, where the relayer does not serve that route, any
//! sponsor account ([`execute`]). The user's account never needs ETH.
//!
//! [`call`] is the usual path: sign, relay (or, turned away, hand it to the [`Sponsor`]), wait
//! until mined.

use std::time::Duration;

use alloy::{
    primitives::{Address, B256, Bytes},
    providers::Provider,
    signers::Signer,
};
use medvault_bindings::medvault_forwarder::{
    ERC2771Forwarder::ForwardRequestData, MedvaultForwarder,
};

use super::{Session, TxError, confirm};
use crate::{
    api::{ApiError, RelayerApi},
    forward::{self, ForwardCall},
};

/// Gas a forwarded call gets.
pub const FORWARD_GAS: u64 = 500_000;
/// How long a signed request (or consent) stays valid, in seconds.
pub const SIGNATURE_LIFETIME: u64 = 600;
/// How long a workflow waits for a relayed submission to be mined.
pub const RELAY_TIMEOUT: Duration = Duration::from_secs(120);

/// Why a gasless call did not take effect.
#[derive(Debug, thiserror::Error)]
pub enum GaslessError {
    /// The forwarder's nonce of the user could not be read.
    #[error("cannot read the forwarder's nonce of {from}")]
    Nonce {
        /// The user.
        from: Address,
        /// The call's error.
        #[source]
        source: Box<alloy::contract::Error>,
    },
    /// The signer did not sign.
    #[error("cannot sign the forward request")]
    Sign(#[source] alloy::signers::Error),
    /// The relayer does not serve `POST /v1/relay/forward`: a sponsor must [`execute`] the request.
    #[error("the relayer at {url} does not relay signed requests (POST /v1/relay/forward)")]
    NotRelayed {
        /// The relayer's base URL.
        url: String,
    },
    /// The relayer refused the request.
    #[error("the relayer did not relay the signed request")]
    Refused(#[source] ApiError),
    /// The relayer took the request, but it was not mined (it failed, or the wait timed out).
    #[error("the relayer accepted the signed request but it did not take effect")]
    NotMined(#[source] ApiError),
    /// The relayer says the submission was mined, but names no transaction.
    #[error("the relayer reports submission {0} mined without a transaction")]
    NoTransaction(B256),
    /// The forwarder refused the sponsor's `execute` (its revert data is in the error).
    #[error("the forwarder refused the signed request")]
    Execute(#[source] alloy::contract::Error),
    /// The sponsor's transaction did not take effect.
    #[error(transparent)]
    Tx(#[from] TxError),
    /// The sponsor's wallet could not be had (a keystore that does not open, say).
    #[error(transparent)]
    Sponsor(BoxError),
}

/// A sponsor's own error, whatever its kind.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Who submits a signed request the relayer does not relay, and pays its gas.
pub trait Sponsor {
    /// A provider with the sponsor's funded wallet.
    type Wallet: Provider;

    /// The sponsor's wallet, or `None` without a sponsor. Asked for only once the relayer has
    /// turned a request away, so a keystore is opened (its password asked for) only then.
    fn wallet(&self) -> std::result::Result<Option<Self::Wallet>, BoxError>;
}

/// No sponsor: a request the relayer does not relay fails with [`GaslessError::NotRelayed`].
#[derive(Clone, Copy, Debug, Default)]
pub struct NoSponsor;

impl Sponsor for NoSponsor {
    type Wallet = alloy::providers::RootProvider;

    fn wallet(&self) -> std::result::Result<Option<Self::Wallet>, BoxError> {
        Ok(None)
    }
}

impl GaslessError {
    /// Whether trying again later may succeed.
    pub const fn is_retryable(&self) -> bool {
        match self {
            Self::Refused(e) | Self::NotMined(e) => e.is_retryable(),
            Self::Nonce { .. } | Self::Tx(TxError::NoReceipt { .. }) => true,
            _ => false,
        }
    }
}

/// Result alias for [`GaslessError`].
pub type Result<T, E = GaslessError> = std::result::Result<T, E>;

/// Signs a forward request for calldata `data` at contract `to`, as `signer`, with the
/// forwarder's current nonce and a deadline [`SIGNATURE_LIFETIME`] from now.
pub async fn sign<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    to: Address,
    data: Bytes,
) -> Result<ForwardRequestData> {
    let forwarder_addr = session.deployment.contracts.forwarder;
    let forwarder = MedvaultForwarder::new(forwarder_addr, &session.provider);
    let from = signer.address();
    let nonce = forwarder
        .nonces(from)
        .call()
        .await
        .map_err(|source| GaslessError::Nonce { from, source: Box::new(source) })?;
    let call = ForwardCall {
        to,
        data,
        gas: FORWARD_GAS,
        nonce,
        deadline: session.deadline_base().await + SIGNATURE_LIFETIME,
    };
    forward::sign(signer, session.chain_id(), forwarder_addr, call)
        .await
        .map_err(GaslessError::Sign)
}

/// Hands a signed request to the relayer and waits until it is mined; the transaction hash.
/// [`GaslessError::NotRelayed`] when the relayer does not relay: [`execute`] it instead.
pub async fn relay<P: Provider>(
    session: &Session<P>,
    request: &ForwardRequestData,
) -> Result<B256> {
    match session.relayer.relay_forward(request).await {
        Ok(accepted) => wait(&session.relayer, accepted.key).await,
        Err(ApiError::NotAvailable { url, .. }) => Err(GaslessError::NotRelayed { url }),
        Err(e) => Err(GaslessError::Refused(e)),
    }
}

/// Submits a signed request at the forwarder from `sponsor`, a provider with a wallet that pays
/// the gas; the transaction hash once mined.
pub async fn execute<W: Provider>(
    sponsor: &W,
    forwarder: Address,
    request: ForwardRequestData,
) -> Result<B256> {
    let pending = MedvaultForwarder::new(forwarder, sponsor)
        .execute(request)
        .send()
        .await
        .map_err(GaslessError::Execute)?;
    Ok(confirm(pending, "forwarded call").await?.transaction_hash)
}

/// [`sign`], then [`relay`]: calls `to` with `data` as `signer`, gas paid by the relayer, or,
/// if the relayer does not relay, by `sponsor` ([`execute`]). The transaction hash once mined.
pub async fn call<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    to: Address,
    data: Bytes,
    sponsor: &impl Sponsor,
) -> Result<B256> {
    let request = sign(session, signer, to, data).await?;
    match relay(session, &request).await {
        Err(GaslessError::NotRelayed { url }) => match sponsor
            .wallet()
            .map_err(GaslessError::Sponsor)?
        {
            Some(wallet) => execute(&wallet, session.deployment.contracts.forwarder, request).await,
            None => Err(GaslessError::NotRelayed { url }),
        },
        relayed => relayed,
    }
}

/// Waits for relayed submission `key` to be mined; its transaction hash.
pub async fn wait(relayer: &RelayerApi, key: B256) -> Result<B256> {
    let status = relayer.wait_relayed(key, RELAY_TIMEOUT).await.map_err(GaslessError::NotMined)?;
    status.tx_hash.ok_or(GaslessError::NoTransaction(key))
}
