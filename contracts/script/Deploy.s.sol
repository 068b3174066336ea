// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {RecordRegistry} from "../src/RecordRegistry.sol";
import {Script} from "forge-std/Script.sol";

/// @title Deploy
/// @notice Deploys the medvault suite wired together. Tests reuse `deploy`; the command line and the
/// relayer's dev mode run `run`, which broadcasts from the key given to `forge script` and grants the
/// relayer its roles. The addresses are returned, so `forge script --json` reports them.
contract Deploy is Script {
    /// @notice Addresses of one deployment.
    struct Deployment {
        RecordRegistry records;
    }

    /// @notice Deploys with the broadcaster as admin and `MEDVAULT_RELAYER` (default: broadcaster) as relayer.
    /// @return records Address of the RecordRegistry.
    function run() external returns (address records) {
        address relayer = vm.envOr("MEDVAULT_RELAYER", msg.sender);
        vm.startBroadcast();
        Deployment memory d = deploy(msg.sender, relayer);
        vm.stopBroadcast();
        return address(d.records);
    }

    /// @notice Deploys every contract and wires roles. Must be called by the admin (or inside a broadcast).
    /// @param admin Account that administers every contract.
    /// @param relayer Account of the relayer (anchors batches, submits signed user actions).
    function deploy(address admin, address relayer) public returns (Deployment memory d) {
        d.records = new RecordRegistry(admin);
        d.records.grantRole(d.records.ANCHORER_ROLE(), relayer);
    }
}
