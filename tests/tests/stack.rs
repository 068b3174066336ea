//! The local stack itself: real anvil, real IPFS, the suite deployed by the deploy script, and
//! nothing left running afterwards.

use alloy::providers::Provider;
use medvault_bindings::record_registry::RecordRegistry;
use medvault_devnet::{DEV_RELAYER as RELAYER, Stack as TestStack, process_alive};

#[tokio::test(flavor = "multi_thread")]
async fn stack_deploys_the_suite_and_stops_cleanly() -> eyre::Result<()> {
    let stack = TestStack::start()?;
    let provider = stack.wallet_provider(RELAYER)?;

    // Every contract the deploy script returned has code on the chain.
    for (name, address) in stack.deployment.contracts.named() {
        let code = provider.get_code_at(address).await?;
        assert!(!code.is_empty(), "{name} at {address} has no code");
    }
    assert_eq!(stack.deployment.chain_id, provider.get_chain_id().await?);

    // The relayer account holds the anchoring role the deploy script grants it.
    let records = RecordRegistry::new(stack.deployment.contracts.records, &provider);
    let role = records.ANCHORER_ROLE().call().await?;
    assert!(records.hasRole(role, stack.chain.dev_address(RELAYER)).call().await?);

    // The IPFS node answers on its RPC API.
    let version: serde_json::Value =
        reqwest_post(&format!("{}/api/v0/version", stack.ipfs.api_url())).await?;
    assert!(version.get("Version").is_some(), "unexpected version answer: {version}");

    let (ipfs_pid, anvil_pid) = (stack.ipfs.pid(), stack.chain.pid());
    assert!(process_alive(ipfs_pid) && process_alive(anvil_pid));
    drop(stack);
    assert!(!process_alive(ipfs_pid), "the IPFS daemon outlived its stack");
    assert!(!process_alive(anvil_pid), "anvil outlived its stack");
    Ok(())
}

async fn reqwest_post(url: &str) -> eyre::Result<serde_json::Value> {
    let response = alloy::transports::http::reqwest::Client::new().post(url).send().await?;
    Ok(response.error_for_status()?.json().await?)
}
