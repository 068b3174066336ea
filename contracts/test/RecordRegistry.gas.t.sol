// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IRecordRegistry} from "../src/interfaces/IRecordRegistry.sol";
import {RecordLeaf} from "../src/libraries/RecordLeaf.sol";
import {BaseTest} from "./utils/BaseTest.sol";
import {Merkle} from "./utils/Merkle.sol";
import {console} from "forge-std/console.sol";

/// @notice Anchoring cost per record. Each test anchors a real batch of n leaves and checks one proof;
/// the amortized cost counts the whole transaction: 21,000 intrinsic + calldata + the call's execution
/// gas (`vm.lastCallGas`, which excludes the caller-side cold access that a transaction's `to` does not
/// pay).
contract RecordRegistryGasTest is BaseTest {
    /// @dev The issue's budget: 50 gas per record at 1,024 records.
    uint256 internal constant BUDGET_PER_RECORD_AT_1024 = 50;

    function _anchor(uint256 n) internal returns (uint256 txGas) {
        bytes32[] memory leaves = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            leaves[i] = RecordLeaf.hash(
                keccak256(abi.encode("patient", i % 7)),
                keccak256(abi.encode("record", i)),
                1,
                bytes32(0),
                keccak256(abi.encode("ciphertext", i)),
                relayer,
                uint16(i % 5)
            );
        }
        bytes32 root = Merkle.root(leaves);
        bytes32 manifest = keccak256(abi.encode("manifest", n));
        bytes memory data = abi.encodeCall(records.anchorBatch, (root, manifest, uint32(n)));

        // Start from cold storage, as a transaction of its own would.
        vm.cool(address(records));
        vm.prank(relayer);
        records.anchorBatch(root, manifest, uint32(n));
        uint256 execution = vm.lastCallGas().gasTotalUsed;
        txGas = 21_000 + _calldataCost(data) + execution;
        console.log("records", n);
        console.log("  tx gas (intrinsic + calldata + execution)", txGas);
        console.log("  gas per record", txGas / n);

        (uint64 blockNumber,, uint32 count) = records.anchorOf(root);
        assertEq(blockNumber, block.number);
        assertEq(count, n);
    }

    function _calldataCost(bytes memory data) internal pure returns (uint256 cost) {
        for (uint256 i; i < data.length; ++i) {
            cost += data[i] == 0 ? 4 : 16;
        }
    }

    function test_gas_anchorBatch_16() public {
        _anchor(16);
    }

    function test_gas_anchorBatch_256() public {
        _anchor(256);
    }

    function test_gas_anchorBatch_1024() public {
        uint256 txGas = _anchor(1024);
        assertLe(txGas, BUDGET_PER_RECORD_AT_1024 * 1024);
    }

    /// @notice A certified provider's own anchor of one record, with the key committee's word that it
    /// may write it (two of three members' signatures): the call's execution gas, from cold storage.
    function test_gas_anchorRecord_attested() public {
        (, uint256[] memory keys) = _setCommittee("node", 3, 2);
        address doctor = _certifiedProvider("doctor");
        IRecordRegistry.Record memory r = IRecordRegistry.Record({
            patientId: keccak256("patient"),
            recordId: keccak256("record"),
            version: 1,
            previous: bytes32(0),
            ciphertextHash: keccak256("ciphertext"),
            author: doctor,
            category: 3
        });
        uint64 deadline = uint64(block.timestamp + 10 minutes);
        bytes32 digest = records.writeDigest(records.leafOf(r), deadline);
        bytes[] memory sigs = new bytes[](2);
        for (uint256 i; i < 2; ++i) {
            (uint8 v, bytes32 sr, bytes32 ss) = vm.sign(keys[i], digest);
            sigs[i] = abi.encodePacked(sr, ss, v);
        }
        vm.cool(address(records));
        vm.cool(address(committee));
        vm.cool(address(providers));
        vm.prank(doctor);
        records.anchorRecord(r, deadline, sigs);
        console.log("anchorRecord, attested by 2 of 3: execution gas", vm.lastCallGas().gasTotalUsed);
    }
}
