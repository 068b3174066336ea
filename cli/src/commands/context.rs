//! What every role command needs: the chain, the relayer, the deployment, the user's keystore and
//! the output mode — from flags or `MEDVAULT_*` environment variables — opened into an SDK
//! `Session`; and [`call_error`], which names a contract's custom error in a failure.

use std::path::PathBuf;

use alloy::{
    providers::{DynProvider, Provider},
    signers::local::PrivateKeySigner,
};
use clap::Args;
use eyre::{WrapErr, bail, eyre};
use medvault_client::{api::RelayerApi, ipfs::IpfsClient, keys::Keyring, workflows::Session};
use medvault_primitives::{Deployment, types::PublicKey};

use super::{keystore, output::Out};

/// Where a local chain, relayer and IPFS node answer unless told otherwise.
const DEFAULT_RPC_URL: &str = "http://127.0.0.1:8545";
const DEFAULT_RELAYER_URL: &str = "http://127.0.0.1:8080";
const DEFAULT_IPFS_URL: &str = "http://127.0.0.1:5001";

/// Flags shared by the role commands (`provider`, `patient`, `authority`, `deploy`).
///
/// An endpoint comes from its flag, else its environment variable, else the deployment file (which
/// `medvault dev` writes with the ports it chose), else the local default.
#[derive(Clone, Debug, Args)]
pub(crate) struct Globals {
    /// JSON-RPC endpoint of the chain [default: the deployment's, else http://127.0.0.1:8545].
    #[arg(long, env = "MEDVAULT_RPC_URL", global = true)]
    pub(crate) rpc_url: Option<String>,
    /// Base URL of the relayer's HTTP API [default: the deployment's, else http://127.0.0.1:8080].
    #[arg(long = "relayer", env = "MEDVAULT_RELAYER_URL", global = true)]
    pub(crate) relayer: Option<String>,
    /// The deployment file (contract addresses) written by `medvault dev` or `medvault deploy`.
    #[arg(
        long,
        env = "MEDVAULT_DEPLOYMENT",
        default_value = "deployments/local.json",
        global = true
    )]
    pub(crate) deployment: PathBuf,
    /// Kubo RPC API of an IPFS node, to fetch ciphertext [default: the deployment's, else
    /// http://127.0.0.1:5001].
    #[arg(long, env = "MEDVAULT_IPFS_URL", global = true)]
    pub(crate) ipfs_url: Option<String>,
    /// The user's encrypted keystore (password from MEDVAULT_PASSWORD or a prompt).
    #[arg(long, env = "MEDVAULT_KEYSTORE", global = true)]
    pub(crate) keystore: Option<PathBuf>,
    /// Print machine-readable JSON instead of text.
    #[arg(long, global = true)]
    pub(crate) json: bool,
}

impl Globals {
    /// The chain's endpoint when there is no deployment file to read it from (`deploy`).
    pub(crate) fn rpc_url_or_default(&self) -> String {
        self.rpc_url.clone().unwrap_or_else(|| DEFAULT_RPC_URL.to_string())
    }
}

/// Picks an endpoint: the flag or environment variable, else the deployment's, else the default.
fn endpoint(given: Option<&String>, deployed: Option<&String>, default: &str) -> String {
    given.or(deployed).cloned().unwrap_or_else(|| default.to_string())
}

/// A role command's connections, opened from [`Globals`]: the user's keystore signer and the
/// SDK session (deployment, relayer, IPFS node, chain) the workflows run over.
pub(crate) struct Ctx {
    pub(crate) out: Out,
    pub(crate) signer: PrivateKeySigner,
    pub(crate) session: Session<DynProvider>,
    pub(crate) rpc_url: String,
}

impl Ctx {
    /// Opens the keystore, the deployment and the chain, and checks they agree on the chain id.
    pub(crate) async fn open(g: &Globals) -> eyre::Result<Self> {
        let path = g
            .keystore
            .clone()
            .ok_or_else(|| eyre!("which account? pass --keystore PATH or set MEDVAULT_KEYSTORE"))?;
        let deployment = Deployment::load(&g.deployment).map_err(|e| {
            eyre!(
                "cannot read the deployment {}: {e}; run `medvault dev` (local) or `medvault deploy`, or pass --deployment / MEDVAULT_DEPLOYMENT",
                g.deployment.display()
            )
        })?;
        let known = &deployment.endpoints;
        let rpc_url = endpoint(g.rpc_url.as_ref(), known.rpc_url.as_ref(), DEFAULT_RPC_URL);
        let relayer = endpoint(g.relayer.as_ref(), known.relayer_url.as_ref(), DEFAULT_RELAYER_URL);
        let ipfs_url = endpoint(g.ipfs_url.as_ref(), known.ipfs_url.as_ref(), DEFAULT_IPFS_URL);
        // Ask for the password only once the deployment is known to be there.
        let signer = keystore::open(&path, keystore::PASSWORD_ENV)?;
        let chain = connect(&rpc_url, signer.clone())?;
        let chain_id = chain.get_chain_id().await.wrap_err_with(|| {
            format!("cannot reach the chain at {rpc_url}: check --rpc-url / MEDVAULT_RPC_URL")
        })?;
        if chain_id != deployment.chain_id {
            bail!(
                "the deployment {} is for chain {}, but {rpc_url} is chain {chain_id}: pass the matching --deployment",
                g.deployment.display(),
                deployment.chain_id,
            );
        }
        let session =
            Session::new(deployment, RelayerApi::new(&relayer), IpfsClient::new(ipfs_url), chain);
        Ok(Self { out: Out::new(g.json), signer, session, rpc_url })
    }

    /// The user's encryption keys, derived from the keystore's signature of the derivation typed
    /// data for this deployment (docs/KEYS.md): every key epoch up to the one on chain (epoch 1
    /// before registering), to unwrap data keys wrapped before a rotation too.
    pub(crate) async fn keys(&self) -> eyre::Result<Keyring> {
        Ok(self.session.encryption_keys(&self.signer).await?)
    }

    /// The public key of the user's current encryption key: the one to register, and the one an
    /// author wraps its own copy of a data key to.
    pub(crate) async fn encryption_key(&self) -> eyre::Result<PublicKey> {
        Ok(self.keys().await?.current().public_key().clone())
    }
}

/// A provider that signs with `signer`.
pub(crate) fn connect(rpc_url: &str, signer: PrivateKeySigner) -> eyre::Result<DynProvider> {
    Ok(medvault_devnet::wallet_provider(rpc_url, signer)?)
}

/// Explains a contract call's failure — the contract's custom error by name when the revert data
/// decodes against one of the suite's interfaces — and, in `what`, what to do.
pub(crate) fn call_error(what: &str, e: alloy::contract::Error) -> eyre::Report {
    match decode_revert(&e) {
        Some(reason) => eyre!("{what} failed: the contract reverted with {reason}"),
        None => eyre!("{what} failed: {e}"),
    }
}

/// The suite's custom error in a revert, if any (`InvalidNonce(InvalidNonce { nonce: 1, .. })`).
fn decode_revert(e: &alloy::contract::Error) -> Option<String> {
    use medvault_bindings::{
        account_registry::AccountRegistry::AccountRegistryErrors,
        consent_manager::ConsentManager::ConsentManagerErrors,
        data_market::DataMarket::DataMarketErrors, med_token::MedToken::MedTokenErrors,
        medvault_forwarder::MedvaultForwarder::MedvaultForwarderErrors,
        provider_registry::ProviderRegistry::ProviderRegistryErrors,
        record_registry::RecordRegistry::RecordRegistryErrors,
    };
    fn show<T: std::fmt::Debug>(v: Option<T>) -> Option<String> {
        v.map(|v| format!("{v:?}"))
    }
    show(e.as_decoded_interface_error::<ProviderRegistryErrors>())
        .or_else(|| show(e.as_decoded_interface_error::<AccountRegistryErrors>()))
        .or_else(|| show(e.as_decoded_interface_error::<ConsentManagerErrors>()))
        .or_else(|| show(e.as_decoded_interface_error::<DataMarketErrors>()))
        .or_else(|| show(e.as_decoded_interface_error::<MedTokenErrors>()))
        .or_else(|| show(e.as_decoded_interface_error::<MedvaultForwarderErrors>()))
        .or_else(|| show(e.as_decoded_interface_error::<RecordRegistryErrors>()))
}

/// A `--category` flag: a category's name (`conditions`) or id (`3`), as docs/FHIR.md lists them.
pub(crate) fn parse_category(s: &str) -> Result<u16, medvault_fhir::category::UnknownCategory> {
    s.parse::<medvault_fhir::Category>().map(|c| u16::from(c.id()))
}
