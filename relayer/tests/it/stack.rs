//! A local stack for the record pipeline's tests: anvil, IPFS, the deployed suite, a registered
//! patient and a certified provider.

use std::{path::PathBuf, time::Duration};

use alloy::{
    primitives::{Address, B256, U256},
    providers::{DynProvider, Provider, ProviderBuilder},
    signers::local::PrivateKeySigner,
};
use eyre::{Result, WrapErr};
use medvault_bindings::{
    account_registry::AccountRegistry, med_token::MedToken, provider_registry::ProviderRegistry,
};
use medvault_client::keys::SecretKey;
use medvault_devnet::{Chain, Deployment, IpfsNode, Toolchain, deploy};

/// Dev accounts used: 0 deployer (certifier), 1 provider, 2 patient, 9 relayer.
pub(crate) struct Stack {
    pub(crate) chain: Chain,
    pub(crate) ipfs: IpfsNode,
    pub(crate) deployment: Deployment,
    pub(crate) deployment_file: PathBuf,
    pub(crate) dir: tempfile::TempDir,
    pub(crate) provider: PrivateKeySigner,
    pub(crate) patient: PrivateKeySigner,
    pub(crate) relayer: PrivateKeySigner,
}

pub(crate) fn toolchain() -> Toolchain {
    match std::env::var_os("MEDVAULT_ROOT") {
        Some(_) => Toolchain::discover().expect("MEDVAULT_ROOT names the checkout"),
        None => Toolchain::at(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".."))
            .expect("the checkout holds foundry.toml"),
    }
}

fn signer(chain: &Chain, n: usize) -> PrivateKeySigner {
    PrivateKeySigner::from_bytes(&chain.dev_key(n)).expect("dev key")
}

fn wallet_provider(chain: &Chain, key: &PrivateKeySigner) -> DynProvider {
    chain.wallet(key)
}

macro_rules! mine {
    ($call:expr) => {
        $call
            .send()
            .await
            .wrap_err(stringify!($call))?
            .with_timeout(Some(Duration::from_secs(30)))
            .get_receipt()
            .await
            .wrap_err(stringify!($call))?
    };
}

impl Stack {
    pub(crate) async fn start() -> Result<Self> {
        let tools = toolchain();
        let chain = Chain::start(&tools)?;
        let ipfs = IpfsNode::start(&tools)?;
        let (deployer, provider, patient, relayer) =
            (signer(&chain, 0), signer(&chain, 1), signer(&chain, 2), signer(&chain, 9));
        let deployment = deploy(
            &tools,
            &chain.rpc_url(),
            chain.dev_key(0),
            relayer.address(),
            &[provider.address()],
        )?;
        let dir = tempfile::tempdir()?;
        let deployment_file = dir.path().join("deployment.json");
        deployment.save(&deployment_file)?;

        const PATIENT: u8 = 1;
        const PROVIDER: u8 = 2;
        let accounts = deployment.contracts.accounts;
        let providers = deployment.contracts.providers;
        let p = wallet_provider(&chain, &patient);
        let key = SecretKey::from(&patient).public_key().as_bytes().to_vec();
        mine!(AccountRegistry::new(accounts, &p).register(PATIENT, key.into(), B256::ZERO));

        let pp = wallet_provider(&chain, &provider);
        let key = SecretKey::from(&provider).public_key().as_bytes().to_vec();
        mine!(AccountRegistry::new(accounts, &pp).register(PROVIDER, key.into(), B256::ZERO));
        let stake = U256::from(1000u64) * U256::from(10u64).pow(U256::from(18u64));
        mine!(MedToken::new(deployment.contracts.token, &pp).approve(providers, stake));
        mine!(
            ProviderRegistry::new(providers, &pp)
                .applyForCertification(stake, B256::repeat_byte(1))
        );
        let dp = wallet_provider(&chain, &deployer);
        mine!(
            ProviderRegistry::new(providers, &dp).certify(provider.address(), B256::repeat_byte(2))
        );
        let certified =
            ProviderRegistry::new(providers, &dp).isCertified(provider.address()).call().await?;
        eyre::ensure!(certified, "the provider is certified");
        Ok(Self { chain, ipfs, deployment, deployment_file, dir, provider, patient, relayer })
    }

    pub(crate) fn registry(&self) -> Address {
        self.deployment.contracts.records
    }

    pub(crate) fn read_provider(&self) -> DynProvider {
        ProviderBuilder::new().connect_http(self.chain.rpc_url().parse().expect("url")).erased()
    }
}

/// A free TCP port on localhost.
pub(crate) fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

/// Polls `GET /health` until it answers.
pub(crate) async fn wait_healthy(
    http: &reqwest::Client,
    base: &str,
    timeout: Duration,
) -> Result<()> {
    let deadline = std::time::Instant::now() + timeout;
    loop {
        if let Ok(r) = http.get(format!("{base}/health")).send().await
            && r.status().is_success()
        {
            return Ok(());
        }
        eyre::ensure!(
            std::time::Instant::now() < deadline,
            "relayer not healthy after {timeout:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
