//! A local stack for the record pipeline's tests: the shared `medvault_devnet::Stack` (anvil, IPFS,
//! the deployed suite), with a registered patient and a certified provider.

use std::path::PathBuf;

use alloy::{primitives::Address, providers::DynProvider, signers::local::PrivateKeySigner};
use eyre::Result;
use medvault_devnet::{DEV_RELAYER, StackOptions};
pub(crate) use medvault_devnet::{free_port, wait_healthy};

/// Dev accounts used: 0 deployer (certifier), 1 provider, 2 patient, 9 relayer.
pub(crate) struct Stack {
    _deadline: medvault_devnet::Deadline,
    stack: medvault_devnet::Stack,
    pub(crate) deployment_file: PathBuf,
    pub(crate) dir: tempfile::TempDir,
    pub(crate) provider: PrivateKeySigner,
    pub(crate) patient: PrivateKeySigner,
    pub(crate) relayer: PrivateKeySigner,
}

impl std::ops::Deref for Stack {
    type Target = medvault_devnet::Stack;

    fn deref(&self) -> &medvault_devnet::Stack {
        &self.stack
    }
}

impl Stack {
    pub(crate) async fn start() -> Result<Self> {
        let deadline = crate::deadline();
        let stack = medvault_devnet::Stack::start_with(StackOptions {
            faucet: Some(vec![1]),
            ..StackOptions::default()
        })?;
        let (provider, patient, relayer) =
            (stack.signer(1), stack.signer(2), stack.signer(DEV_RELAYER));
        let dir = tempfile::tempdir()?;
        let deployment_file = dir.path().join("deployment.json");
        stack.deployment.save(&deployment_file)?;

        stack.register_patient(2).await?;
        stack.certify_provider(1).await?;
        stack.open_test_writes(2, provider.address(), &[1, 2, 3, 9]).await?;
        Ok(Self { _deadline: deadline, stack, deployment_file, dir, provider, patient, relayer })
    }

    pub(crate) fn registry(&self) -> Address {
        self.deployment.contracts.records
    }

    pub(crate) fn read_provider(&self) -> DynProvider {
        self.stack.read_provider()
    }
}
