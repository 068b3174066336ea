// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IAccountRegistry} from "../../src/interfaces/IAccountRegistry.sol";
import {IRecordRegistry} from "../../src/interfaces/IRecordRegistry.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {RecordRegistryHandler} from "./handlers/RecordRegistryHandler.sol";
import {console} from "forge-std/console.sol";

/// @notice The RecordRegistry under honest patients and doctors anchoring singly and in the relayer's
/// batches, a doctor whose certification comes and goes, and a squatter who anchors the victims' record
/// ids at any version and front-runs their anchors: versions along each record only increase, no honest
/// anchor is ever blocked, and `verifyRecord` classifies every anchored leaf as the model says (and any
/// leaf never anchored as NotIncluded).
contract RecordRegistryInvariantTest is BaseTest {
    /// @dev Per run (64 calls at the default profile, over 7 actions): at least half the calls change
    /// something, and honest anchors (single and batched) succeed at least this often.
    uint256 internal constant MIN_PRODUCTIVE_PCT = 50;
    uint256 internal constant MIN_HONEST_ANCHORS = 8;

    RecordRegistryHandler internal handler;

    function setUp() public override {
        super.setUp();
        address[] memory patients = new address[](2);
        for (uint256 i; i < patients.length; ++i) {
            patients[i] = makeAddr(string.concat("patient", vm.toString(i)));
            _register(patients[i], IAccountRegistry.Role.Patient);
        }
        address squatter = makeAddr("squatter");
        _register(squatter, IAccountRegistry.Role.Patient);
        address doctor = _certifiedProvider("doctor");
        address flaky = _certifiedProvider("flaky doctor");
        (, uint256[] memory nodeKeys) = _setCommittee("node", 3, 2);
        handler = new RecordRegistryHandler(
            records, providers, token, admin, relayer, treasury, patients, doctor, flaky, squatter, nodeKeys
        );
        vm.roll(block.number + 1);
        bytes4[] memory selectors = new bytes4[](9);
        selectors[0] = handler.anchorSingle.selector;
        selectors[1] = handler.anchorSingle.selector;
        selectors[2] = handler.anchorBatch.selector;
        selectors[3] = handler.squat.selector;
        selectors[4] = handler.frontRun.selector;
        selectors[5] = handler.toggleDoctor.selector;
        selectors[6] = handler.anchorThenDecertify.selector;
        selectors[7] = handler.roll.selector;
        selectors[8] = handler.writeWithoutConsent.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    /// @notice Along each honest record the anchored versions are 1, 2, 3, … in anchoring order, in
    /// non-decreasing blocks; single anchors keep the version the model gave them (the squatter's too).
    function invariant_VersionsOnlyIncrease() public view {
        for (uint256 c; c < handler.chainCount(); ++c) {
            bytes32[] memory leaves = handler.chainLeaves(c);
            assertEq(leaves.length, handler.chain(c).version, "chain length");
            uint256 lastBlock;
            for (uint256 v; v < leaves.length; ++v) {
                RecordRegistryHandler.Anchored memory a =
                    handler.anchored(handler.anchoredIndex(leaves[v]) - 1);
                assertEq(a.record.version, v + 1, "version");
                assertEq(a.record.previous, v == 0 ? bytes32(0) : leaves[v - 1], "previous");
                (uint64 blockNumber,,) = records.anchorOf(a.root);
                assertGe(blockNumber, lastBlock, "anchored out of order");
                lastBlock = blockNumber;
                assertEq(records.versionOf(leaves[v]), handler.singleVersion(leaves[v]), "versionOf");
            }
        }
    }

    /// @notice No honest anchor the model allowed was refused, and every call went as predicted.
    function invariant_HonestNeverBlocked() public view {
        assertEq(handler.honestBlocked(), 0, "an honest anchor was blocked");
        assertEq(handler.mismatches(), 0, handler.firstMismatch());
    }

    /// @notice The latest anchored leaves verify, with their proofs, as the model's class at their
    /// anchoring block; each chain's next version, never anchored, is NotIncluded.
    function invariant_VerifyMatchesModel() public view {
        uint256 n = handler.anchoredCount();
        _verify(n > 8 ? n - 8 : 0, n);
        for (uint256 c; c < handler.chainCount(); ++c) {
            IRecordRegistry.Record memory r = handler.pending(c);
            bytes32 root = r.previous == bytes32(0) ? keccak256("no root") : _rootOf(r.previous);
            (IRecordRegistry.Authorship a, uint64 b) = records.verifyRecord(root, r, new bytes32[](0));
            assertEq(uint8(a), uint8(IRecordRegistry.Authorship.NotIncluded), "never anchored");
            assertEq(b, 0);
        }
    }

    function _rootOf(bytes32 leaf) internal view returns (bytes32) {
        return handler.anchored(handler.anchoredIndex(leaf) - 1).root;
    }

    function _verify(uint256 from, uint256 to) internal view {
        for (uint256 i = from; i < to; ++i) {
            RecordRegistryHandler.Anchored memory a = handler.anchored(i);
            (IRecordRegistry.Authorship got, uint64 b) = records.verifyRecord(a.root, a.record, a.proof);
            bytes32 leaf = records.leafOf(a.record);
            assertEq(uint8(got), uint8(handler.expectedClass(a.record.author, a.blockNumber, leaf)), "class");
            assertEq(b, a.blockNumber, "block");
        }
    }

    /// @notice After a run: every leaf anchored in it verifies as the model says, and the run was not
    /// blind.
    function afterInvariant() public {
        _verify(0, handler.anchoredCount());
        string[9] memory actions = [
            "honest single",
            "batch",
            "squat",
            "front-run copy",
            "recertify",
            "decertify",
            "ineligible single",
            "front-run as her",
            "write without consent"
        ];
        for (uint256 i; i < actions.length; ++i) {
            console.log(actions[i], handler.successes(actions[i]), handler.refusals(actions[i]));
        }
        console.log("decertified in the anchoring block", handler.decertifiedInAnchorBlock());
        console.log("calls", handler.calls(), "productive", handler.productive());
        assertGe(
            handler.productive() * 100, handler.calls() * MIN_PRODUCTIVE_PCT, "too few calls did anything"
        );
        assertGe(
            handler.successes("honest single") + handler.successes("batch"),
            MIN_HONEST_ANCHORS,
            "too few honest anchors: the run was blind"
        );
        assertGt(handler.refusals("write without consent"), 0, "no write without consent was tried");
    }
}
