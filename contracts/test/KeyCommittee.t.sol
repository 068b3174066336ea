// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IKeyCommittee} from "../src/interfaces/IKeyCommittee.sol";
import {BaseTest} from "./utils/BaseTest.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

contract KeyCommitteeTest is BaseTest {
    address internal n1 = makeAddr("node1");
    address internal n2 = makeAddr("node2");
    address internal n3 = makeAddr("node3");

    function _members() internal returns (IKeyCommittee.Member[] memory m) {
        m = new IKeyCommittee.Member[](3);
        m[0] = IKeyCommittee.Member(n1, 1, _newKey());
        m[1] = IKeyCommittee.Member(n2, 2, _newKey());
        m[2] = IKeyCommittee.Member(n3, 3, _newKey());
    }

    function test_committee_revertsBeforeItIsSet() public {
        vm.expectRevert(IKeyCommittee.NoCommittee.selector);
        committee.committee();
    }

    function test_setCommittee_publishesKeysAndMembers() public {
        bytes memory key = _newKey();
        IKeyCommittee.Member[] memory m = _members();
        vm.expectEmit(address(committee));
        emit IKeyCommittee.CommitteeSet(1, key, 2, m);
        vm.prank(admin);
        assertEq(committee.setCommittee(key, 2, m), 1);
        (uint32 epoch, bytes memory groupKey, uint16 threshold, IKeyCommittee.Member[] memory got) =
            committee.committee();
        assertEq(epoch, 1);
        assertEq(groupKey, key);
        assertEq(threshold, 2);
        assertEq(got.length, 3);
        assertEq(got[1].node, n2);
        assertEq(got[1].index, 2);
        assertEq(got[1].verificationShare, m[1].verificationShare);
        (bool member, uint16 index) = committee.memberIndex(n3);
        assertTrue(member);
        assertEq(index, 3);
    }

    function test_setCommittee_newEpochReplacesMembers() public {
        vm.startPrank(admin);
        committee.setCommittee(_newKey(), 2, _members());
        IKeyCommittee.Member[] memory m = new IKeyCommittee.Member[](1);
        m[0] = IKeyCommittee.Member(stranger, 1, _newKey());
        assertEq(committee.setCommittee(_newKey(), 1, m), 2);
        vm.stopPrank();
        (bool member,) = committee.memberIndex(n1);
        assertFalse(member, "a member of the old committee is no member of the new one");
        (member,) = committee.memberIndex(stranger);
        assertTrue(member);
    }

    function test_setCommittee_onlyAdmin() public {
        IKeyCommittee.Member[] memory m = _members();
        bytes memory key = _newKey();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                stranger,
                committee.COMMITTEE_ADMIN_ROLE()
            )
        );
        vm.prank(stranger);
        committee.setCommittee(key, 2, m);
    }

    function test_setCommittee_rejectsBadInput() public {
        IKeyCommittee.Member[] memory m = _members();
        bytes memory key = _newKey();
        vm.startPrank(admin);
        bytes memory bad = abi.encodePacked(bytes1(0x04), bytes32(uint256(1)));
        vm.expectRevert(abi.encodeWithSelector(IKeyCommittee.MalformedKey.selector, bad));
        committee.setCommittee(bad, 2, m);
        vm.expectRevert(abi.encodeWithSelector(IKeyCommittee.InvalidThreshold.selector, 0, 3));
        committee.setCommittee(key, 0, m);
        vm.expectRevert(abi.encodeWithSelector(IKeyCommittee.InvalidThreshold.selector, 4, 3));
        committee.setCommittee(key, 4, m);
        m[2].index = 1;
        vm.expectRevert(abi.encodeWithSelector(IKeyCommittee.InvalidMember.selector, 1, n3));
        committee.setCommittee(key, 2, m);
        m[2].index = 3;
        m[2].node = n1;
        vm.expectRevert(abi.encodeWithSelector(IKeyCommittee.InvalidMember.selector, 3, n1));
        committee.setCommittee(key, 2, m);
        m[2].node = n3;
        m[2].verificationShare = hex"02";
        vm.expectRevert(abi.encodeWithSelector(IKeyCommittee.MalformedKey.selector, hex"02"));
        committee.setCommittee(key, 2, m);
        vm.stopPrank();
    }
}
