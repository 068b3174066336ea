//! The one harness: a chain, an IPFS node and a deployment of the suite, stopped on drop. Every
//! end-to-end test, bench, `medvault dev` and the demo start their stack through [`Stack`].

use std::{path::PathBuf, time::Duration};

use alloy::{
    primitives::Address,
    providers::{DynProvider, Provider, ProviderBuilder},
    signers::local::PrivateKeySigner,
};
use medvault_bindings::consent_manager::ConsentManager;
use medvault_client::{
    api::RelayerApi,
    ipfs::IpfsClient,
    keys::SecretKey,
    submission::write_grant,
    workflows::{
        Session,
        accounts::register_role,
        consent::{self, ConsentTarget},
        providers,
    },
};
use medvault_primitives::enums::{Access, Role};

use crate::{
    Chain, DEV_DEPLOYER, DEV_RELAYER, Deployment, DevnetError, IpfsNode, Mining, Result, Toolchain,
    deploy, deploy_dev, wallet_provider,
};

/// A chain, an IPFS node and a deployment of the suite, all stopped on drop.
#[derive(Debug)]
pub struct Stack {
    /// The installed tools.
    pub tools: Toolchain,
    /// The anvil chain.
    pub chain: Chain,
    /// The IPFS node.
    pub ipfs: IpfsNode,
    /// The deployed contracts.
    pub deployment: Deployment,
    /// The group key of the key committee in force: a placeholder's until key nodes are started
    /// ([`crate::KeyNodes::start`]). Records must be wrapped to it.
    pub committee_key: medvault_primitives::types::PublicKey,
    /// The placeholder committee's member accounts (empty once key nodes are started): tests
    /// without key nodes sign the members' attestations with them ([`Stack::attest_sale`]).
    pub placeholder_members: Vec<PrivateKeySigner>,
}

/// How to start a [`Stack`].
#[derive(Debug, Clone, Default)]
pub struct StackOptions {
    /// Where the tools are; `None` finds them with [`toolchain`].
    pub tools: Option<Toolchain>,
    /// How the chain mines.
    pub mining: Mining,
    /// The dev accounts (by index) given dev tokens; `None` gives them to every dev account but
    /// the deployer's.
    pub faucet: Option<Vec<usize>>,
}

impl Stack {
    /// Starts anvil and IPFS on free ports and deploys the suite: deployed by dev account
    /// [`DEV_DEPLOYER`], the relayer's roles to [`DEV_RELAYER`], dev tokens to every other account.
    pub fn start() -> Result<Self> {
        Self::start_with(StackOptions::default())
    }

    /// Starts a stack as `options` say.
    pub fn start_with(options: StackOptions) -> Result<Self> {
        let tools = match options.tools {
            Some(tools) => tools,
            None => toolchain()?,
        };
        let chain = Chain::start_mining(&tools, options.mining)?;
        let ipfs = IpfsNode::start(&tools)?;
        let deployment = match options.faucet {
            None => deploy_dev(&tools, &chain)?,
            Some(faucet) => {
                let faucet: Vec<Address> = faucet.iter().map(|&n| chain.dev_address(n)).collect();
                deploy(
                    &tools,
                    &chain.rpc_url(),
                    chain.dev_key(DEV_DEPLOYER),
                    chain.dev_address(DEV_RELAYER),
                    &faucet,
                    None,
                )?
            }
        };
        let (committee_key, placeholder_members) = crate::committee::placeholder(
            &chain.rpc_url(),
            &deployment,
            PrivateKeySigner::from_bytes(&chain.dev_key(DEV_DEPLOYER)).expect("dev key"),
        )?;
        Ok(Self { tools, chain, ipfs, deployment, committee_key, placeholder_members })
    }

    /// The placeholder committee's attestations of a sale (every member's), as key nodes would
    /// sign them after their checks. Empty once real key nodes serve.
    pub fn attest_sale(
        &self,
        request: alloy::primitives::U256,
        seller: Address,
        delivery_commitment: alloy::primitives::B256,
    ) -> Vec<alloy::primitives::Bytes> {
        use alloy::signers::SignerSync;
        let digest = medvault_primitives::eip712::sale_attestation_digest(
            request,
            seller,
            delivery_commitment,
            &medvault_primitives::eip712::market_domain(
                self.deployment.chain_id,
                self.deployment.contracts.market,
            ),
        );
        self.placeholder_members
            .iter()
            .map(|m| {
                let signature = m.sign_hash_sync(&digest).expect("a local key signs");
                alloy::primitives::Bytes::from(signature.as_bytes().to_vec())
            })
            .collect()
    }

    /// The signer of the `n`th dev account.
    pub fn signer(&self, n: usize) -> PrivateKeySigner {
        PrivateKeySigner::from_bytes(&self.chain.dev_key(n)).expect("anvil's dev keys are valid")
    }

    /// A provider that signs as the `n`th dev account.
    pub fn wallet_provider(&self, n: usize) -> Result<DynProvider> {
        wallet_provider(&self.chain.rpc_url(), self.signer(n))
    }

    /// A provider that only reads.
    pub fn read_provider(&self) -> DynProvider {
        ProviderBuilder::new().connect_http(self.chain.rpc_url().parse().expect("url")).erased()
    }
}

/// The project's tools: `MEDVAULT_ROOT` if set, else the checkout this crate was built in.
pub fn toolchain() -> Result<Toolchain> {
    match std::env::var_os("MEDVAULT_ROOT") {
        Some(_) => Toolchain::discover(),
        None => Toolchain::at(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").canonicalize()?),
    }
}

/// A free TCP port on localhost.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

/// Polls `GET {base}/health` until a relayer answers 2xx, for at most `timeout`.
pub async fn wait_healthy(base: &str, timeout: Duration) -> Result<()> {
    let http = reqwest::Client::new();
    let deadline = std::time::Instant::now() + timeout;
    loop {
        if let Ok(r) = http.get(format!("{base}/health")).send().await
            && r.status().is_success()
        {
            return Ok(());
        }
        if std::time::Instant::now() >= deadline {
            return Err(DevnetError::Relayer(format!("{base} not healthy after {timeout:?}")));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Whether a process with `pid` is still running (and not a zombie).
pub fn process_alive(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        // The state is the field after the parenthesised command name; Z is a zombie.
        Ok(stat) => stat.rsplit(')').next().is_some_and(|rest| !rest.trim_start().starts_with('Z')),
        Err(_) => false,
    }
}

impl Stack {
    /// The SDK's session on this stack as dev account `n`, with a relayer at `relayer_url`
    /// (chain-only workflows never call it).
    pub fn session(&self, n: usize, relayer_url: &str) -> Result<Session<DynProvider>> {
        Ok(Session::new(
            self.deployment.clone(),
            RelayerApi::new(relayer_url),
            IpfsClient::new(self.ipfs.api_url()),
            self.wallet_provider(n)?,
        ))
    }

    /// Dev account `n`'s current encryption key on this deployment, derived from its signature
    /// (`Session::encryption_keys`; the epoch-1 key before it registers).
    pub async fn encryption_key(&self, n: usize) -> eyre::Result<SecretKey> {
        Ok(self.session(n, "")?.encryption_keys(&self.signer(n)).await?.into_current())
    }

    /// Registers dev account `n` as a patient, with its derived encryption key (paying its own
    /// gas: `workflows::accounts::register_role`).
    pub async fn register_patient(&self, n: usize) -> eyre::Result<()> {
        let key = self.encryption_key(n).await?.public_key().clone();
        register_role(&self.session(n, "")?, Role::Patient, &key).await?;
        Ok(())
    }

    /// Has the patient dev account `patient` give `grantee` WRITE consent on category `category`
    /// for 30 days (her own wallet submits it): what a provider needs before it files records
    /// about her.
    pub async fn grant_write(
        &self,
        patient: usize,
        grantee: Address,
        category: u16,
    ) -> eyre::Result<()> {
        let session = self.session(patient, "")?;
        let change = consent::sign_grant(
            &session,
            &self.signer(patient),
            grantee,
            ConsentTarget::Category(category),
            Access::Write,
            30,
        )
        .await?;
        consent::execute(&session.provider, self.deployment.contracts.consent, change).await?;
        Ok(())
    }

    /// Makes live, for 30 days, the WRITE grants `medvault_client::submission::write_grant` shows
    /// from the patient dev account `patient` to `author` on `categories` (her wallet calls
    /// `setConsent` in her own namespace): what the pipeline's tests and benches need before a
    /// provider files records about her.
    pub async fn open_test_writes(
        &self,
        patient: usize,
        author: Address,
        categories: &[u16],
    ) -> eyre::Result<()> {
        let provider = self.wallet_provider(patient)?;
        let consent = ConsentManager::new(self.deployment.contracts.consent, &provider);
        let head = provider.get_block_number().await?;
        let now = provider
            .get_block_by_number(head.into())
            .await?
            .ok_or_else(|| eyre::eyre!("no head block"))?
            .header
            .timestamp;
        for &category in categories {
            let grant = write_grant(self.signer(patient).address(), author, category);
            consent
                .setConsent(
                    grant.grant_id(),
                    u8::from(Access::Write),
                    now + 30 * 86_400,
                    alloy::primitives::Bytes::new(),
                )
                .send()
                .await?
                .get_receipt()
                .await?;
        }
        Ok(())
    }

    /// Registers dev account `n` as a provider, stakes the minimum and has the authority (the
    /// deployer) certify it, through the SDK's workflows. The account needs dev tokens (see
    /// [`StackOptions::faucet`]).
    pub async fn certify_provider(&self, n: usize) -> eyre::Result<()> {
        let provider = self.signer(n);
        let key = self.encryption_key(n).await?.public_key().clone();
        let session = self.session(n, "")?;
        register_role(&session, Role::Provider, &key).await?;
        providers::stake(&session, provider.address(), None, "devnet provider").await?;
        let certified =
            providers::certify(&self.session(DEV_DEPLOYER, "")?, provider.address(), "devnet")
                .await?;
        eyre::ensure!(certified.certified, "dev account {n} is not certified after certify()");
        Ok(())
    }
}

/// Ends the process if it is still held after `limit`: a test that waits on a real chain or node
/// fails in bounded time, with its name on stderr, instead of hanging its whole run.
#[derive(Debug)]
pub struct Deadline {
    done: Option<std::sync::mpsc::Sender<()>>,
}

impl Deadline {
    /// Starts the clock for `what`.
    pub fn new(what: impl Into<String>, limit: Duration) -> Self {
        let (done, finished) = std::sync::mpsc::channel::<()>();
        let what = what.into();
        std::thread::spawn(move || {
            if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = finished.recv_timeout(limit) {
                eprintln!("{what} ran over {limit:?}: ending the test process");
                std::process::exit(101);
            }
        });
        Self { done: Some(done) }
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        if let Some(done) = self.done.take() {
            let _ = done.send(());
        }
    }
}
