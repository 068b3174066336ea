//! Gasless calls: a user signs an ERC-2771 forward request in their wallet (EIP-712) and anyone —
//! normally the relayer — submits it to the `MedvaultForwarder`, which calls the target contract on
//! the user's behalf. The user needs no ETH.
//!
//! The typed data is OpenZeppelin's `ERC2771Forwarder`:
//! `ForwardRequest(address from,address to,uint256 value,uint256 gas,uint256 nonce,uint48 deadline,bytes data)`
//! in the domain `{name: "medvault", version: "1", chainId, verifyingContract: forwarder}`.

use alloy::{
    dyn_abi::TypedData,
    primitives::{Address, Bytes, U256, aliases::U48},
    signers::Signer,
    sol,
    sol_types::{Eip712Domain, eip712_domain},
};
use medvault_bindings::medvault_forwarder::ERC2771Forwarder::ForwardRequestData;

sol! {
    /// The EIP-712 struct the forwarder verifies (its nonce is read from the forwarder).
    /// Serialisable: a browser wallet is handed it as JSON typed data.
    #[derive(serde::Serialize)]
    struct ForwardRequest {
        address from;
        address to;
        uint256 value;
        uint256 gas;
        uint256 nonce;
        uint48 deadline;
        bytes data;
    }
}

/// The EIP-712 domain of the `MedvaultForwarder` at `forwarder` on `chain_id`.
pub fn domain(chain_id: u64, forwarder: Address) -> Eip712Domain {
    eip712_domain! {
        name: "medvault",
        version: "1",
        chain_id: chain_id,
        verifying_contract: forwarder,
    }
}

/// What the user asks the forwarder to call.
#[derive(Clone, Debug)]
pub struct ForwardCall {
    /// The contract to call (it must trust the forwarder).
    pub to: Address,
    /// The calldata.
    pub data: Bytes,
    /// Gas the forwarder gives the call.
    pub gas: u64,
    /// The user's current nonce at the forwarder (`nonces(from)`).
    pub nonce: U256,
    /// Unix time after which the request is void.
    pub deadline: u64,
}

/// Signs `call` as `signer` (any alloy [`Signer`]: a local key, a keystore, a hardware or remote
/// signer) and returns the request the forwarder's `execute` takes.
pub async fn sign(
    signer: &(impl Signer + Sync + ?Sized),
    chain_id: u64,
    forwarder: Address,
    call: ForwardCall,
) -> alloy::signers::Result<ForwardRequestData> {
    let request = ForwardRequest {
        from: signer.address(),
        to: call.to,
        value: U256::ZERO,
        gas: U256::from(call.gas),
        nonce: call.nonce,
        deadline: U48::from(call.deadline),
        data: call.data.clone(),
    };
    // As typed data, not a bare hash: a browser wallet signs only what it can show.
    let typed = TypedData::from_struct(&request, Some(domain(chain_id, forwarder)));
    let signature = signer.sign_dynamic_typed_data(&typed).await?;
    Ok(ForwardRequestData {
        from: request.from,
        to: request.to,
        value: request.value,
        gas: request.gas,
        deadline: request.deadline,
        data: request.data,
        signature: Bytes::from(signature.as_bytes().to_vec()),
    })
}
