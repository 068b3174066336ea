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
    /// The deployment file (contract addresses) written by `medvault dev` or `medvault deploy`
    /// [default: deployments/local.json in this folder, else the one the running `medvault dev`
    /// wrote to ~/.local/state/medvault/local.json].
    #[arg(long, env = "MEDVAULT_DEPLOYMENT", global = true)]
    pub(crate) deployment: Option<PathBuf>,
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

/// The deployment file `medvault dev` writes in the folder it runs in.
pub(crate) const LOCAL_DEPLOYMENT: &str = "deployments/local.json";

/// Where `medvault dev` also writes its deployment, for commands run from any folder:
/// `$XDG_STATE_HOME/medvault/local.json`, else `~/.local/state/medvault/local.json`.
pub(crate) fn user_deployment() -> Option<PathBuf> {
    let state = std::env::var_os("XDG_STATE_HOME")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|d| !d.is_empty())
                .map(|h| PathBuf::from(h).join(".local/state"))
        })?;
    Some(state.join("medvault").join("local.json"))
}

/// The deployment file to read: the one given, else [`LOCAL_DEPLOYMENT`] here, else
/// [`user_deployment`]; none found is an error that says where it looked and what to do.
pub(crate) fn find_deployment(given: Option<&std::path::Path>) -> eyre::Result<PathBuf> {
    if let Some(path) = given {
        return Ok(path.to_path_buf());
    }
    let here = PathBuf::from(LOCAL_DEPLOYMENT);
    let candidates: Vec<PathBuf> = std::iter::once(here).chain(user_deployment()).collect();
    if let Some(found) = candidates.iter().find(|p| p.is_file()) {
        return Ok(found.clone());
    }
    let looked: Vec<String> = candidates.iter().map(|p| p.display().to_string()).collect();
    Err(eyre!(
        "no deployment file found (looked in {}): start a local stack with `medvault dev` (in \
         another terminal), or pass --deployment / MEDVAULT_DEPLOYMENT",
        looked.join(" and ")
    ))
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
        let file = find_deployment(g.deployment.as_deref())?;
        let deployment = Deployment::load(&file).map_err(|e| {
            eyre!(
                "cannot read the deployment {}: {e}; run `medvault dev` (local) or `medvault deploy`, or pass --deployment / MEDVAULT_DEPLOYMENT",
                file.display()
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
            format!(
                "cannot reach the chain at {rpc_url} (named by {}): is its `medvault dev` still \
                 running? Check --rpc-url / MEDVAULT_RPC_URL",
                file.display()
            )
        })?;
        if chain_id != deployment.chain_id {
            bail!(
                "the deployment {} is for chain {}, but {rpc_url} is chain {chain_id}: pass the matching --deployment",
                file.display(),
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

    /// Whether the keystore's account holds no ETH at all: then its role commands go gasless,
    /// through the relayer.
    pub(crate) async fn holds_no_eth(&self) -> eyre::Result<bool> {
        let balance = self
            .session
            .provider
            .get_balance(self.signer.address())
            .await
            .wrap_err_with(|| format!("cannot read the balance at {}", self.rpc_url))?;
        Ok(balance.is_zero())
    }

    /// A gasless call's failure after `what` was tried, with what to do: the relayer's own reason
    /// (it names the contract's refusal), or, if it relays nothing, how to get ETH instead.
    pub(crate) fn gasless_error(
        &self,
        what: &str,
        e: medvault_client::workflows::gasless::GaslessError,
    ) -> eyre::Report {
        use medvault_client::workflows::gasless::GaslessError;
        let account = self.signer.address();
        match e {
            e @ GaslessError::NotRelayed { .. } => eyre!(
                "{what} failed: {account} holds no ETH for gas, and {e}: fund the account (on \
                 the local stack: `medvault dev faucet {account}`)"
            ),
            e => eyre::Report::new(e)
                .wrap_err(format!("{what} failed (sent gasless: {account} holds no ETH)")),
        }
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

/// Explains a contract call's failure — what the contract's custom error means, in a sentence
/// (`medvault_primitives::revert`) — after `what` was tried; an error that is not a revert (the
/// chain unreachable, no ETH for gas) says so, with what to do.
pub(crate) fn call_error(what: &str, e: alloy::contract::Error) -> eyre::Report {
    let explained = e.as_revert_data().and_then(|data| medvault_primitives::revert::explain(&data));
    match explained {
        Some(reason) => eyre!("{what} failed: {reason}"),
        None if is_out_of_gas_money(&e.to_string()) => eyre!(
            "{what} failed: the account holds too little ETH to pay for gas ({e}); on the local \
             stack, `medvault dev faucet <address>` sends some"
        ),
        None => eyre!("{what} failed: {e}"),
    }
}

/// Whether a node's message says the sender cannot pay for the transaction.
pub(crate) fn is_out_of_gas_money(message: &str) -> bool {
    let m = message.to_ascii_lowercase();
    m.contains("insufficient funds") || m.contains("lack of funds")
}

/// A `--category` flag: a category's name (`conditions`) or id (`3`), as docs/FHIR.md lists them.
pub(crate) fn parse_category(s: &str) -> Result<u16, medvault_fhir::category::UnknownCategory> {
    s.parse::<medvault_fhir::Category>().map(|c| u16::from(c.id()))
}

/// A token amount flag (`--amount`, `--price`): token units (`1000`, `1,000 MVT`, `2.5`), or base
/// units with `wei`; in base units.
pub(crate) fn parse_mvt(
    s: &str,
) -> Result<alloy::primitives::U256, medvault_primitives::human::AmountError> {
    medvault_primitives::human::MVT.parse(s)
}

/// Why a price or record-number flag was refused.
#[derive(Debug, thiserror::Error)]
pub(crate) enum FlagError {
    /// Not an amount.
    #[error(transparent)]
    Amount(#[from] medvault_primitives::human::AmountError),
    /// An amount over the market's 128-bit prices.
    #[error("`{0}` is more than any price the market can hold")]
    PriceTooLarge(String),
    /// Neither a record number nor a record id.
    #[error(transparent)]
    Record(#[from] medvault_primitives::human::RecordRefError),
    /// A record id where the record's number is asked for.
    #[error("`{0}` is a record id; --id takes the record's number, as `patient records` lists it")]
    IdNotNumber(String),
}

/// [`parse_mvt`] for a price the market keeps in 128 bits.
pub(crate) fn parse_mvt_u128(s: &str) -> Result<u128, FlagError> {
    let amount = parse_mvt(s)?;
    u128::try_from(amount).map_err(|_| FlagError::PriceTooLarge(s.to_string()))
}

/// An `--id` flag: a record's number as listings print it (`3` or `#3`).
pub(crate) fn parse_record_number(s: &str) -> Result<i64, FlagError> {
    use medvault_primitives::human::RecordRef;
    match s.parse::<RecordRef>()? {
        RecordRef::Handle(n) => Ok(n),
        RecordRef::Id(_) => Err(FlagError::IdNotNumber(s.to_string())),
    }
}
