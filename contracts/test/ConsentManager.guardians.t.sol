// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IConsentManager} from "../src/interfaces/IConsentManager.sol";
import {ConsentTestBase} from "./utils/ConsentTestBase.sol";

contract ConsentManagerGuardiansTest is ConsentTestBase {
    address[] internal g;

    function setUp() public override {
        super.setUp();
        g = _guardians(3, 2);
    }

    function _action(bool revoke, bytes32 salt)
        internal
        view
        returns (IConsentManager.GuardianAction memory)
    {
        return IConsentManager.GuardianAction({
            revoke: revoke,
            grantee: grantee,
            scope: IConsentManager.Scope.Category,
            target: _cat(CATEGORY),
            access: IConsentManager.Access.Read,
            expiresAt: uint64(block.timestamp + 7 days),
            salt: salt
        });
    }

    function test_approveGuardianAction_grantsAtThreshold() public {
        IConsentManager.GuardianAction memory a = _action(false, bytes32(0));
        bytes32 id = consent.guardianActionId(patient, a);
        vm.expectEmit(address(consent));
        emit IConsentManager.GuardianApproved(patient, id, g[0], a);
        vm.prank(g[0]);
        consent.approveGuardianAction(patient, a);
        assertTrue(consent.hasApproved(id, g[0]));

        vm.expectEmit(address(consent));
        emit IConsentManager.GuardianActionExecuted(patient, id, 2);
        vm.prank(g[2]);
        (bytes32 id2, bool executed) = consent.approveGuardianAction(patient, a);
        assertEq(id2, id);
        assertTrue(executed);
        assertTrue(consent.isExecuted(id));
        assertTrue(_read(grantee, RECORD, CATEGORY));
    }

    function test_approveGuardianAction_revokes() public {
        vm.prank(patient);
        consent.grant(
            grantee,
            IConsentManager.Scope.Category,
            _cat(CATEGORY),
            IConsentManager.Access.Read,
            uint64(block.timestamp + 1 days)
        );
        IConsentManager.GuardianAction memory a = _action(true, bytes32(0));
        vm.prank(g[1]);
        consent.approveGuardianAction(patient, a);
        assertTrue(_read(grantee, RECORD, CATEGORY));
        vm.prank(g[2]);
        consent.approveGuardianAction(patient, a);
        assertFalse(_read(grantee, RECORD, CATEGORY));
    }

    function test_approveGuardianAction_differentActionsDoNotCombine() public {
        vm.prank(g[0]);
        consent.approveGuardianAction(patient, _action(false, bytes32(0)));
        vm.prank(g[1]);
        (, bool executed) = consent.approveGuardianAction(patient, _action(false, bytes32(uint256(1))));
        assertFalse(executed);
        assertFalse(_read(grantee, RECORD, CATEGORY));
    }

    function test_approveGuardianAction_replacedGuardianNoLongerCounts() public {
        IConsentManager.GuardianAction memory a = _action(false, bytes32(0));
        vm.prank(g[0]);
        consent.approveGuardianAction(patient, a);
        // The patient replaces guardian 0; its approval stops counting once the new set is in force.
        address[] memory next = new address[](3);
        next[0] = makeAddr("new guardian");
        next[1] = g[1];
        next[2] = g[2];
        vm.prank(patient);
        accounts.proposeGuardians(next, 2);
        vm.warp(block.timestamp + accounts.guardianDelay());
        a.expiresAt = uint64(block.timestamp + 7 days);
        vm.prank(g[0]);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NotGuardian.selector, patient, g[0]));
        consent.approveGuardianAction(patient, a);
        IConsentManager.GuardianAction memory b = _action(false, bytes32(0));
        vm.prank(g[1]);
        (, bool executed) = consent.approveGuardianAction(patient, b);
        assertFalse(executed);
    }

    function test_approveGuardianAction_throughForwarder() public {
        (address gasless, uint256 key) = makeAddrAndKey("gasless guardian");
        address[] memory set = new address[](1);
        set[0] = gasless;
        vm.prank(patient);
        accounts.proposeGuardians(set, 1);
        vm.warp(block.timestamp + accounts.guardianDelay());
        _forward(
            key, address(consent), abi.encodeCall(consent.approveGuardianAction, (patient, _action(false, 0)))
        );
        assertTrue(_read(grantee, RECORD, CATEGORY));
    }

    function test_RevertWhen_NotGuardian() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NotGuardian.selector, patient, stranger));
        vm.prank(stranger);
        consent.approveGuardianAction(patient, _action(false, bytes32(0)));
    }

    function test_RevertWhen_ActionAlreadyExecuted() public {
        IConsentManager.GuardianAction memory a = _action(false, bytes32(0));
        vm.prank(g[0]);
        consent.approveGuardianAction(patient, a);
        vm.prank(g[1]);
        consent.approveGuardianAction(patient, a);
        bytes32 id = consent.guardianActionId(patient, a);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.ActionAlreadyExecuted.selector, id));
        vm.prank(g[2]);
        consent.approveGuardianAction(patient, a);
    }

    function test_RevertWhen_GuardianApprovesTwice() public {
        IConsentManager.GuardianAction memory a = _action(false, bytes32(0));
        bytes32 id = consent.guardianActionId(patient, a);
        vm.startPrank(g[0]);
        consent.approveGuardianAction(patient, a);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.AlreadyApproved.selector, id, g[0]));
        consent.approveGuardianAction(patient, a);
        vm.stopPrank();
    }
}
