//! `medvault deploy`: deploys the suite to any EVM chain from a keystore account and writes the
//! per-chain deployment file (`deployments/<chain-id>.json`) the relayer and the CLI read.

use std::path::PathBuf;

use alloy::{primitives::Address, providers::Provider};
use clap::Args;
use eyre::{WrapErr, eyre};
use medvault_devnet::{self as devnet, ProductionRoles, Toolchain};
use serde_json::json;

use super::{
    context::{Globals, connect},
    keystore,
    output::Out,
};

/// The local chain's id: there one dev key holds every role.
const LOCAL_CHAIN_ID: u64 = 31_337;

/// Options of `medvault deploy`.
#[derive(Debug, Args)]
pub(crate) struct DeployArgs {
    #[command(flatten)]
    globals: Globals,
    /// The relayer's account, which receives the relayer's roles.
    #[arg(long)]
    relayer_address: Address,
    /// Accounts that receive test tokens (local chains only), comma separated.
    #[arg(long, value_delimiter = ',')]
    faucet: Vec<Address>,
    /// Where to write the deployment; `deployments/<chain-id>.json` if omitted.
    #[arg(long)]
    out: Option<PathBuf>,
    #[command(flatten)]
    roles: RoleArgs,
}

/// Who holds each power on a chain other than the local one. Each must be a different key, and none
/// the deployer's: a timelock administers the contracts and the deployer keeps nothing.
#[derive(Debug, Args)]
struct RoleArgs {
    /// Proposes and cancels the timelock's operations (parameters, direct slashes, fees, admin
    /// transfer): a multisig.
    #[arg(long)]
    admin: Option<Address>,
    /// Attests and revokes researchers.
    #[arg(long)]
    attester: Option<Address>,
    /// Certifies or rejects provider applications directly.
    #[arg(long)]
    certifier: Option<Address>,
    /// Resolves disputed trades.
    #[arg(long)]
    arbiter: Option<Address>,
    /// Sets the key committee after each key generation.
    #[arg(long)]
    committee_admin: Option<Address>,
    /// Sends the provider registry's forfeits to the treasury.
    #[arg(long)]
    treasurer: Option<Address>,
    /// Receives the token supply, forfeits and fees.
    #[arg(long)]
    treasury: Option<Address>,
}

impl RoleArgs {
    /// The production roles, or what is missing or shared, said so that the user can fix it.
    fn production(&self, deployer: Address, relayer: Address) -> eyre::Result<ProductionRoles> {
        let given = [
            ("--admin", self.admin),
            ("--attester", self.attester),
            ("--certifier", self.certifier),
            ("--arbiter", self.arbiter),
            ("--committee-admin", self.committee_admin),
            ("--treasurer", self.treasurer),
            ("--treasury", self.treasury),
        ];
        let missing: Vec<&str> =
            given.iter().filter(|(_, a)| a.is_none()).map(|(flag, _)| *flag).collect();
        if !missing.is_empty() {
            return Err(eyre!(
                "a deployment outside the local chain gives each power its own key: pass {}",
                missing.join(", ")
            ));
        }
        let keys: Vec<(&str, Address)> = given[..6]
            .iter()
            .map(|(flag, a)| (*flag, a.expect("checked")))
            .chain([("--relayer-address", relayer)])
            .collect();
        for (i, (flag, key)) in keys.iter().enumerate() {
            if *key == deployer {
                return Err(eyre!(
                    "{flag} is the deployer's own address: the deployer keeps no power, give the role another key"
                ));
            }
            if let Some((other, _)) = keys[..i].iter().find(|(_, k)| k == key) {
                return Err(eyre!("{flag} and {other} are the same key: give each power its own"));
            }
        }
        Ok(ProductionRoles {
            admin: keys[0].1,
            attester: keys[1].1,
            certifier: keys[2].1,
            arbiter: keys[3].1,
            committee_admin: keys[4].1,
            treasurer: keys[5].1,
            treasury: self.treasury.expect("checked"),
        })
    }
}

/// Runs `medvault deploy`.
pub(crate) async fn run(args: DeployArgs) -> eyre::Result<()> {
    let out = Out::new(args.globals.json);
    let path =
        args.globals.keystore.clone().ok_or_else(|| {
            eyre!("which deployer? pass --keystore PATH or set MEDVAULT_KEYSTORE")
        })?;
    let signer = keystore::open(&path, keystore::PASSWORD_ENV)?;
    let deployer = signer.address();
    let rpc = args.globals.rpc_url_or_default();
    let chain = connect(&rpc, signer.clone())?;
    let chain_id = chain.get_chain_id().await.wrap_err_with(|| {
        format!("cannot reach the chain at {rpc}: check --rpc-url / MEDVAULT_RPC_URL")
    })?;
    let tools = Toolchain::discover().wrap_err(
        "cannot find the medvault checkout (forge and the contracts): run from it or set MEDVAULT_ROOT",
    )?;
    let relayer = args.relayer_address;
    let roles = if chain_id == LOCAL_CHAIN_ID {
        None
    } else {
        Some(args.roles.production(deployer, relayer)?)
    };
    out.note(match roles {
        None => format!("deploying the suite to the local chain from {deployer}, which holds every role…"),
        Some(_) => format!(
            "deploying the suite to chain {chain_id} from {deployer}: a timelock administers it, each role has its own key…"
        ),
    });
    let faucet = args.faucet.clone();
    let key = signer.to_bytes();
    let deployment = tokio::task::spawn_blocking(move || {
        devnet::deploy(&tools, &rpc, key, relayer, &faucet, roles.as_ref())
    })
    .await?
    .wrap_err("the deploy script failed (does the deployer hold ETH for gas?)")?;
    let file = args.out.unwrap_or_else(|| PathBuf::from(format!("deployments/{chain_id}.json")));
    if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    deployment.save(&file)?;
    out.report(
        "deployed",
        json!({
            "chainId": deployment.chain_id,
            "deployer": deployer,
            "deployment": file.display().to_string(),
            "contracts": deployment.contracts,
        }),
    );
    Ok(())
}
