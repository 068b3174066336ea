//! The key committee on a local stack: real key-node processes that run their key generation
//! together, then the admin publishes the result in `KeyCommittee` and grants each node
//! `ACCESS_LOG_ROLE`. A stack without key nodes gets a placeholder committee whose secret was
//! dealt and thrown away, so that records can be uploaded (their committee wraps open for nobody;
//! the patient and the author read through their own wraps).

use std::{
    path::{Path, PathBuf},
    process::{Child, Command},
    time::Duration,
};

use alloy::{
    network::TransactionBuilder,
    primitives::{Address, Bytes, U256},
    providers::Provider,
    rpc::types::TransactionRequest,
    signers::local::PrivateKeySigner,
};
use medvault_bindings::{
    consent_manager::ConsentManager,
    key_committee::{IKeyCommittee, KeyCommittee},
};
use medvault_primitives::{Deployment, api::keynode::NodeInfo, types::PublicKey};

use crate::{DEV_DEPLOYER, DevnetError, Result, Stack, free_port, wallet_provider};

/// How long the nodes may take to generate their key and come up.
pub const COMMITTEE_WITHIN: Duration = Duration::from_secs(90);

/// Publishes a committee as the deployment's admin: `KeyCommittee.setCommittee`, then
/// `ACCESS_LOG_ROLE` on ConsentManager for each node.
pub async fn publish_committee(
    rpc_url: &str,
    deployment: &Deployment,
    admin: PrivateKeySigner,
    group_key: &PublicKey,
    threshold: u16,
    members: &[(Address, u16, PublicKey)],
) -> Result<()> {
    let provider = wallet_provider(rpc_url, admin)?;
    let committee = KeyCommittee::new(deployment.contracts.committee, &provider);
    let members: Vec<IKeyCommittee::Member> = members
        .iter()
        .map(|(node, index, share)| IKeyCommittee::Member {
            node: *node,
            index: *index,
            verificationShare: Bytes::copy_from_slice(share.as_bytes()),
        })
        .collect();
    let nodes: Vec<Address> = members.iter().map(|m| m.node).collect();
    let fail = |what: &str, e: String| DevnetError::Deploy(format!("{what}: {e}"));
    let receipt = committee
        .setCommittee(Bytes::copy_from_slice(group_key.as_bytes()), threshold, members)
        .send()
        .await
        .map_err(|e| fail("setCommittee", e.to_string()))?
        .with_timeout(Some(Duration::from_secs(60)))
        .get_receipt()
        .await
        .map_err(|e| fail("setCommittee", e.to_string()))?;
    if !receipt.status() {
        return Err(fail("setCommittee", "reverted".into()));
    }
    let consent = ConsentManager::new(deployment.contracts.consent, &provider);
    let role = consent.ACCESS_LOG_ROLE().call().await.map_err(|e| fail("role", e.to_string()))?;
    for node in nodes {
        consent
            .grantRole(role, node)
            .send()
            .await
            .map_err(|e| fail("grantRole", e.to_string()))?
            .with_timeout(Some(Duration::from_secs(60)))
            .get_receipt()
            .await
            .map_err(|e| fail("grantRole", e.to_string()))?;
    }
    Ok(())
}

/// Sets a placeholder 2-of-3 committee whose secret is dealt and discarded (for stacks without key
/// nodes); its group key and its members' account keys. Runs on its own thread, so it may be
/// called from inside a runtime.
pub(crate) fn placeholder(
    rpc_url: &str,
    deployment: &Deployment,
    admin: PrivateKeySigner,
) -> Result<(PublicKey, Vec<PrivateKeySigner>)> {
    let mut rng = rand::rngs::OsRng;
    let secret = <k256::Scalar as k256::elliptic_curve::Field>::random(&mut rng);
    let (committee, _shares) = medvault_client::committee::deal(&secret, 2, 3, &mut rng);
    let accounts: Vec<PrivateKeySigner> =
        committee.members.iter().map(|_| PrivateKeySigner::random()).collect();
    let members: Vec<(Address, u16, PublicKey)> = committee
        .members
        .iter()
        .zip(&accounts)
        .map(|(m, a)| (a.address(), m.index, m.verification.clone()))
        .collect();
    let (rpc_url, deployment) = (rpc_url.to_string(), deployment.clone());
    let key = committee.key.clone();
    std::thread::spawn(move || {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?
            .block_on(publish_committee(&rpc_url, &deployment, admin, &committee.key, 2, &members))
    })
    .join()
    .map_err(|_| DevnetError::Deploy("setting the placeholder committee panicked".into()))??;
    Ok((key, accounts))
}

/// One key node process.
#[derive(Debug)]
pub struct KeyNodeProcess {
    child: Option<Child>,
    /// Its base URL.
    pub url: String,
    /// Its account.
    pub address: Address,
}

impl KeyNodeProcess {
    /// Stops the node (SIGKILL), as a crash or an operator would.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Whether it is running.
    pub fn running(&self) -> bool {
        self.child.is_some()
    }
}

impl Drop for KeyNodeProcess {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A committee of key-node processes on a stack.
#[derive(Debug)]
pub struct KeyNodes {
    /// The nodes, by index − 1.
    pub nodes: Vec<KeyNodeProcess>,
    /// The threshold.
    pub threshold: u16,
    /// The deployment file the nodes read (with their URLs as endpoints).
    pub deployment_file: PathBuf,
}

impl KeyNodes {
    /// Starts `n` key nodes with threshold `t` on `stack`: `command()` gives a command that runs
    /// one node (`medvault keynode` or `medvault-keynode`), to which the node's flags are added.
    /// Each node gets a fresh account funded with 10 ETH, its own store under `dir`, and a free
    /// port; they generate their key together; the admin publishes the committee. Adds the nodes'
    /// URLs to `stack.deployment.endpoints`.
    pub async fn start(
        stack: &mut Stack,
        command: impl Fn() -> Command,
        n: u16,
        t: u16,
        dir: &Path,
    ) -> Result<Self> {
        let ports: Vec<u16> = (0..n).map(|_| free_port()).collect();
        let urls: Vec<String> = ports.iter().map(|p| format!("http://127.0.0.1:{p}")).collect();
        stack.deployment.endpoints.keynode_urls = urls.clone();
        let deployment_file = dir.join("keynodes-deployment.json");
        stack.write_deployment(&deployment_file, None)?;
        let funder = stack.wallet_provider(DEV_DEPLOYER)?;
        let mut nodes = Vec::new();
        for (i, port) in ports.iter().enumerate() {
            let key = PrivateKeySigner::random();
            let address = key.address();
            let tx = TransactionRequest::default()
                .with_to(address)
                .with_value(U256::from(10u64) * U256::from(10u64).pow(U256::from(18u64)));
            funder
                .send_transaction(tx)
                .await
                .map_err(|e| DevnetError::Deploy(format!("funding key node: {e}")))?
                .with_timeout(Some(Duration::from_secs(60)))
                .get_receipt()
                .await
                .map_err(|e| DevnetError::Deploy(format!("funding key node: {e}")))?;
            let mut cmd = command();
            cmd.arg("--rpc-url")
                .arg(stack.chain.rpc_url())
                .arg("--deployment")
                .arg(&deployment_file)
                .arg("--index")
                .arg((i + 1).to_string())
                .arg("--threshold")
                .arg(t.to_string())
                .arg("--peers")
                .arg(urls.join(","))
                .arg("--listen")
                .arg(format!("127.0.0.1:{port}"))
                .arg("--data-dir")
                .arg(dir.join(format!("keynode-{}", i + 1)))
                .arg("--anchor-interval-ms")
                .arg("500")
                .env("MEDVAULT_KEYNODE_KEY", alloy::hex::encode(key.to_bytes()));
            let child = cmd.spawn()?;
            nodes.push(KeyNodeProcess { child: Some(child), url: urls[i].clone(), address });
        }
        let mut committee = Self { nodes, threshold: t, deployment_file };
        let infos = committee.wait_for(|i| i.group_key.is_some(), "its key generation").await?;
        let group = infos[0].group_key.clone().expect("waited for it");
        if infos.iter().any(|i| i.group_key.as_ref() != Some(&group)) {
            return Err(DevnetError::Deploy("the key nodes disagree on the group key".into()));
        }
        let group = PublicKey::from_bytes(&group)
            .map_err(|e| DevnetError::Deploy(format!("group key: {e}")))?;
        let members = infos
            .iter()
            .map(|i| {
                let share = i.verification_share.as_ref().expect("with the group key");
                Ok((
                    i.node,
                    i.index,
                    PublicKey::from_bytes(share)
                        .map_err(|e| DevnetError::Deploy(format!("verification share: {e}")))?,
                ))
            })
            .collect::<Result<Vec<_>>>()?;
        publish_committee(
            &stack.chain.rpc_url(),
            &stack.deployment,
            stack.signer(DEV_DEPLOYER),
            &group,
            t,
            &members,
        )
        .await?;
        stack.committee_key = group;
        stack.placeholder_members.clear();
        committee.wait_for(|i| i.ready, "the committee on-chain").await?;
        Ok(committee)
    }

    /// The running nodes' URLs.
    pub fn urls(&self) -> Vec<String> {
        self.nodes.iter().map(|n| n.url.clone()).collect()
    }

    async fn wait_for(
        &mut self,
        done: impl Fn(&NodeInfo) -> bool,
        what: &str,
    ) -> Result<Vec<NodeInfo>> {
        let http = reqwest::Client::new();
        let deadline = std::time::Instant::now() + COMMITTEE_WITHIN;
        loop {
            let mut infos = Vec::new();
            for node in &mut self.nodes {
                if let Some(child) = node.child.as_mut()
                    && let Ok(Some(status)) = child.try_wait()
                {
                    return Err(DevnetError::Deploy(format!(
                        "key node {} exited: {status}",
                        node.url
                    )));
                }
                if let Ok(r) = http.get(format!("{}/v1/info", node.url)).send().await
                    && let Ok(info) = r.json::<NodeInfo>().await
                    && done(&info)
                {
                    infos.push(info);
                }
            }
            if infos.len() == self.nodes.len() {
                return Ok(infos);
            }
            if std::time::Instant::now() > deadline {
                return Err(DevnetError::Deploy(format!(
                    "{} of {} key nodes reached {what} within {COMMITTEE_WITHIN:?}",
                    infos.len(),
                    self.nodes.len()
                )));
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
}
