// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {RecordRegistry} from "../src/RecordRegistry.sol";
import {IRecordRegistry} from "../src/interfaces/IRecordRegistry.sol";
import {RecordLeaf} from "../src/libraries/RecordLeaf.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Test} from "forge-std/Test.sol";

contract RecordRegistryTest is Test {
    RecordRegistry internal records;
    address internal admin = makeAddr("admin");
    address internal relayer = makeAddr("relayer");
    address internal stranger = makeAddr("stranger");

    function setUp() public {
        vm.startPrank(admin);
        records = new RecordRegistry(admin);
        records.grantRole(records.ANCHORER_ROLE(), relayer);
        vm.stopPrank();
    }

    function _leaf(uint256 i) internal pure returns (bytes32) {
        return
            RecordLeaf.hash(bytes32(uint256(1)), bytes32(i), 1, keccak256(abi.encode(i)), address(0xA11CE), 3);
    }

    function _pairRoot(bytes32 a, bytes32 b) internal pure returns (bytes32) {
        return a < b ? keccak256(abi.encode(a, b)) : keccak256(abi.encode(b, a));
    }

    function test_anchorBatch_storesRootAndVerifiesProof() public {
        bytes32 a = _leaf(1);
        bytes32 b = _leaf(2);
        bytes32 root = _pairRoot(a, b);
        vm.expectEmit(address(records));
        emit IRecordRegistry.BatchAnchored(1, root, keccak256("manifest"), 2, relayer);
        vm.prank(relayer);
        uint256 id = records.anchorBatch(root, keccak256("manifest"), 2);

        assertEq(id, 1);
        assertEq(records.batchCount(), 1);
        assertEq(records.batchOf(root), 1);
        (bytes32 stored, uint64 blockNumber) = records.batch(1);
        assertEq(stored, root);
        assertEq(blockNumber, block.number);

        bytes32[] memory proof = new bytes32[](1);
        proof[0] = b;
        assertTrue(records.verify(1, a, proof));
        proof[0] = a;
        assertTrue(records.verify(1, b, proof));
        assertFalse(records.verify(1, _leaf(3), proof));
    }

    function test_RevertWhen_AnchorerLacksRole() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, records.ANCHORER_ROLE()
            )
        );
        vm.prank(stranger);
        records.anchorBatch(bytes32(uint256(1)), bytes32(0), 1);
    }

    function test_RevertWhen_RootIsZero() public {
        vm.expectRevert(IRecordRegistry.EmptyRoot.selector);
        vm.prank(relayer);
        records.anchorBatch(bytes32(0), bytes32(0), 1);
    }

    function test_RevertWhen_BatchIsEmpty() public {
        vm.expectRevert(IRecordRegistry.EmptyBatch.selector);
        vm.prank(relayer);
        records.anchorBatch(bytes32(uint256(1)), bytes32(0), 0);
    }

    function test_RevertWhen_RootAnchoredTwice() public {
        vm.startPrank(relayer);
        records.anchorBatch(bytes32(uint256(7)), bytes32(0), 1);
        vm.expectRevert(
            abi.encodeWithSelector(IRecordRegistry.RootAlreadyAnchored.selector, bytes32(uint256(7)), 1)
        );
        records.anchorBatch(bytes32(uint256(7)), bytes32(0), 1);
        vm.stopPrank();
    }

    function test_RevertWhen_BatchUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.UnknownBatch.selector, 1));
        records.batch(1);
    }
}
