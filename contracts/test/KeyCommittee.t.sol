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

    // ---------------------------------------------------------------- isAttested

    bytes32 internal constant DIGEST = keccak256("a sale to attest");
    uint256 internal constant SECP256K1_N =
        0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    function _sig(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    function _sigs(bytes memory a) internal pure returns (bytes[] memory l) {
        l = new bytes[](1);
        l[0] = a;
    }

    function _sigs(bytes memory a, bytes memory b) internal pure returns (bytes[] memory l) {
        l = new bytes[](2);
        (l[0], l[1]) = (a, b);
    }

    function _sigs(bytes memory a, bytes memory b, bytes memory c) internal pure returns (bytes[] memory l) {
        l = new bytes[](3);
        (l[0], l[1], l[2]) = (a, b, c);
    }

    function test_isAttested_falseWithoutCommittee() public {
        (, uint256 key) = makeAddrAndKey("would-be node");
        assertFalse(committee.isAttested(DIGEST, _sigs(_sig(key, DIGEST))));
        assertFalse(committee.isAttested(DIGEST, new bytes[](0)));
    }

    function test_isAttested_thresholdMetOrNot() public {
        (, uint256[] memory k) = _setCommittee("member", 3, 2);
        bytes memory s1 = _sig(k[0], DIGEST);
        bytes memory s2 = _sig(k[1], DIGEST);
        bytes memory s3 = _sig(k[2], DIGEST);
        assertFalse(committee.isAttested(DIGEST, new bytes[](0)), "none");
        assertFalse(committee.isAttested(DIGEST, _sigs(s1)), "threshold - 1");
        assertFalse(committee.isAttested(DIGEST, _sigs(s3)), "threshold - 1");
        assertTrue(committee.isAttested(DIGEST, _sigs(s1, s2)), "threshold");
        assertTrue(committee.isAttested(DIGEST, _sigs(s3, s1)), "any order");
        assertTrue(committee.isAttested(DIGEST, _sigs(s1, s2, s3)), "all");
        assertFalse(committee.isAttested(keccak256("another digest"), _sigs(s1, s2)), "other digest");
    }

    function test_isAttested_repeatedMemberCountsOnce() public {
        (, uint256[] memory k) = _setCommittee("member", 3, 2);
        bytes memory s1 = _sig(k[0], DIGEST);
        assertFalse(committee.isAttested(DIGEST, _sigs(s1, s1)));
        assertFalse(committee.isAttested(DIGEST, _sigs(s1, s1, s1)));
        // The malleated twin of the same signature (high s): rejected, and the same member anyway.
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(k[0], DIGEST);
        bytes memory twin = abi.encodePacked(r, bytes32(SECP256K1_N - uint256(s)), v == 27 ? uint8(28) : 27);
        assertFalse(committee.isAttested(DIGEST, _sigs(s1, twin)));
        assertTrue(committee.isAttested(DIGEST, _sigs(s1, s1, _sig(k[1], DIGEST))));
    }

    function test_isAttested_nonMembersSkipped() public {
        (, uint256[] memory k) = _setCommittee("member", 3, 2);
        (, uint256 outsider) = makeAddrAndKey("outsider");
        (, uint256 outsider2) = makeAddrAndKey("outsider 2");
        bytes memory s1 = _sig(k[0], DIGEST);
        assertFalse(committee.isAttested(DIGEST, _sigs(_sig(outsider, DIGEST), _sig(outsider2, DIGEST))));
        assertFalse(committee.isAttested(DIGEST, _sigs(_sig(outsider, DIGEST), s1)));
        assertFalse(committee.isAttested(DIGEST, _sigs(_sig(outsider, DIGEST), _sig(outsider2, DIGEST), s1)));
        assertTrue(committee.isAttested(DIGEST, _sigs(_sig(outsider, DIGEST), s1, _sig(k[2], DIGEST))));
    }

    function test_isAttested_malformedSignaturesSkippedWithoutRevert() public {
        (, uint256[] memory k) = _setCommittee("member", 3, 2);
        bytes memory s1 = _sig(k[0], DIGEST);
        bytes memory s2 = _sig(k[1], DIGEST);
        (, bytes32 r, bytes32 s) = vm.sign(k[1], DIGEST);
        bytes[] memory bad = new bytes[](7);
        bad[0] = "";
        bad[1] = abi.encodePacked(r, s); // 64 bytes (EIP-2098 length): not accepted
        bad[2] = abi.encodePacked(s2, uint8(0)); // 66 bytes
        bad[3] = abi.encodePacked(r, s, uint8(0)); // v = 0
        bad[4] = abi.encodePacked(bytes32(0), bytes32(0), uint8(27)); // r = s = 0
        bad[5] = new bytes(1000);
        bad[6] = s1;
        assertFalse(committee.isAttested(DIGEST, bad), "one member among garbage");
        bytes[] memory withTwo = new bytes[](8);
        for (uint256 i; i < 7; ++i) {
            withTwo[i] = bad[i];
        }
        withTwo[7] = s2;
        assertTrue(committee.isAttested(DIGEST, withTwo), "garbage does not sink two members");
    }

    function test_isAttested_indicesUpToMaxMembers() public {
        (address a, uint256 ka) = makeAddrAndKey("index 32");
        (address b, uint256 kb) = makeAddrAndKey("index 31");
        IKeyCommittee.Member[] memory m = new IKeyCommittee.Member[](2);
        uint16 top = uint16(committee.MAX_MEMBERS());
        m[0] = IKeyCommittee.Member(a, top, _newKey());
        m[1] = IKeyCommittee.Member(b, top - 1, _newKey());
        bytes memory key = _newKey();
        vm.prank(admin);
        committee.setCommittee(key, 2, m);
        assertFalse(committee.isAttested(DIGEST, _sigs(_sig(ka, DIGEST), _sig(ka, DIGEST))));
        assertTrue(committee.isAttested(DIGEST, _sigs(_sig(ka, DIGEST), _sig(kb, DIGEST))));
    }

    function test_isAttested_formerMembersStopCounting() public {
        (, uint256[] memory old) = _setCommittee("old member", 3, 2);
        bytes[] memory oldSigs = _sigs(_sig(old[0], DIGEST), _sig(old[1], DIGEST), _sig(old[2], DIGEST));
        assertTrue(committee.isAttested(DIGEST, oldSigs));
        (, uint256[] memory fresh) = _setCommittee("new member", 3, 2);
        assertFalse(committee.isAttested(DIGEST, oldSigs));
        assertFalse(committee.isAttested(DIGEST, _sigs(_sig(old[0], DIGEST), _sig(fresh[0], DIGEST))));
        assertTrue(committee.isAttested(DIGEST, _sigs(_sig(fresh[2], DIGEST), _sig(fresh[0], DIGEST))));
    }

    function test_setCommittee_rejectsIndexAboveMaxMembers() public {
        IKeyCommittee.Member[] memory m = _members();
        bytes memory key = _newKey();
        uint16 top = uint16(committee.MAX_MEMBERS());
        vm.startPrank(admin);
        m[1].index = top + 1;
        vm.expectRevert(abi.encodeWithSelector(IKeyCommittee.InvalidMember.selector, top + 1, n2));
        committee.setCommittee(key, 2, m);
        m[1].index = type(uint16).max;
        vm.expectRevert(abi.encodeWithSelector(IKeyCommittee.InvalidMember.selector, type(uint16).max, n2));
        committee.setCommittee(key, 2, m);
        m[1].index = top;
        committee.setCommittee(key, 2, m);
        vm.stopPrank();
        (bool member, uint16 index) = committee.memberIndex(n2);
        assertTrue(member);
        assertEq(index, top);
    }

    function test_setCommittee_rejectsMoreThanMaxMembers() public {
        uint256 n = committee.MAX_MEMBERS() + 1;
        IKeyCommittee.Member[] memory m = new IKeyCommittee.Member[](n);
        bytes memory share = _newKey();
        for (uint256 i; i < n; ++i) {
            m[i] = IKeyCommittee.Member(address(uint160(0x1000 + i)), uint16(i + 1), share);
        }
        bytes memory key = _newKey();
        vm.expectRevert(abi.encodeWithSelector(IKeyCommittee.InvalidThreshold.selector, 2, n));
        vm.prank(admin);
        committee.setCommittee(key, 2, m);
    }

    /// @notice isAttested is true exactly when the distinct members among the signers reach the
    /// threshold, whatever the repeats, outsiders and order.
    function testFuzz_isAttested_countsDistinctMembers(
        uint8 mask,
        uint8 repeatMask,
        uint8 threshold,
        bool outsidersFirst
    ) public {
        uint256 n = 5;
        threshold = uint8(bound(threshold, 1, n));
        (, uint256[] memory k) = _setCommittee("member", n, threshold);
        (, uint256 outsider) = makeAddrAndKey("outsider");
        bytes[] memory sigs = new bytes[](2 * n + 1);
        uint256 len;
        uint256 distinct;
        if (outsidersFirst) sigs[len++] = _sig(outsider, DIGEST);
        for (uint256 i; i < n; ++i) {
            if (mask & (1 << i) == 0) continue;
            ++distinct;
            sigs[len++] = _sig(k[i], DIGEST);
            if (repeatMask & (1 << i) != 0) sigs[len++] = _sig(k[i], DIGEST);
        }
        if (!outsidersFirst) sigs[len++] = _sig(outsider, DIGEST);
        assembly ("memory-safe") {
            mstore(sigs, len)
        }
        assertEq(committee.isAttested(DIGEST, sigs), distinct >= threshold);
    }
}
