// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {ERC2771Forwarder} from "@openzeppelin/contracts/metatx/ERC2771Forwarder.sol";

/// @title MedvaultForwarder
/// @notice The one ERC-2771 forwarder that every medvault contract trusts, so any user action can be
/// relayed gaslessly: the user signs an EIP-712 `ForwardRequest` and the relayer submits it. The
/// forwarder checks the signature, the per-signer nonce and the deadline, and appends the signer to the
/// calldata. Invariant: a request executes at most once (nonces) and only as its signer.
contract MedvaultForwarder is ERC2771Forwarder {
    constructor() ERC2771Forwarder("medvault") {}
}
