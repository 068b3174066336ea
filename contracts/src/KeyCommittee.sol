// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {DelayedAdmin} from "./access/DelayedAdmin.sol";
import {IKeyCommittee} from "./interfaces/IKeyCommittee.sol";
import {CompressedKey} from "./libraries/CompressedKey.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @title KeyCommittee
/// @notice The key committee in force (see IKeyCommittee).
/// Invariants: once set, the group key and every verification share are valid compressed points; the
/// threshold is in 1..n; indices are distinct and in 1..MAX_MEMBERS; nodes are distinct and non-zero; the
/// epoch only grows.
contract KeyCommittee is IKeyCommittee, DelayedAdmin {
    /// @notice Role that sets the committee after a key generation.
    bytes32 public constant COMMITTEE_ADMIN_ROLE = keccak256("COMMITTEE_ADMIN_ROLE");
    /// @notice Largest committee.
    uint256 public constant MAX_MEMBERS = 32;

    uint32 private _epoch;
    uint16 private _threshold;
    bytes private _groupKey;
    Member[] private _members;
    mapping(address node => uint16 index) private _indexOf;

    /// @param admin Administers roles (gets DEFAULT_ADMIN_ROLE only).
    constructor(address admin) DelayedAdmin(admin) {}

    /// @inheritdoc IKeyCommittee
    function setCommittee(bytes calldata groupKey, uint16 threshold, Member[] calldata members)
        external
        onlyRole(COMMITTEE_ADMIN_ROLE)
        returns (uint32 epoch)
    {
        if (!CompressedKey.isValid(groupKey)) revert MalformedKey(groupKey);
        if (members.length > MAX_MEMBERS || threshold == 0 || threshold > members.length) {
            revert InvalidThreshold(threshold, members.length);
        }
        for (uint256 i; i < _members.length; ++i) {
            delete _indexOf[_members[i].node];
        }
        delete _members;
        for (uint256 i; i < members.length; ++i) {
            Member calldata m = members[i];
            if (m.index == 0 || m.index > MAX_MEMBERS || m.node == address(0) || _indexOf[m.node] != 0) {
                revert InvalidMember(m.index, m.node);
            }
            for (uint256 j; j < i; ++j) {
                if (members[j].index == m.index) revert InvalidMember(m.index, m.node);
            }
            if (!CompressedKey.isValid(m.verificationShare)) revert MalformedKey(m.verificationShare);
            _indexOf[m.node] = m.index;
            _members.push(m);
        }
        _groupKey = groupKey;
        _threshold = threshold;
        epoch = ++_epoch;
        emit CommitteeSet(epoch, groupKey, threshold, members);
    }

    /// @inheritdoc IKeyCommittee
    function committee()
        external
        view
        returns (uint32 epoch, bytes memory groupKey, uint16 threshold, Member[] memory members)
    {
        if (_epoch == 0) revert NoCommittee();
        return (_epoch, _groupKey, _threshold, _members);
    }

    /// @inheritdoc IKeyCommittee
    function memberIndex(address node) external view returns (bool member, uint16 index) {
        index = _indexOf[node];
        member = index != 0;
    }

    /// @inheritdoc IKeyCommittee
    function isAttested(bytes32 digest, bytes[] calldata signatures) external view returns (bool) {
        uint256 threshold = _threshold;
        if (threshold == 0) return false;
        uint256 seen = 0; // bit i set: member index i counted (indices are in 1..MAX_MEMBERS)
        uint256 count = 0;
        for (uint256 i; i < signatures.length; ++i) {
            // slither-disable-next-line unused-return (a failed recovery returns address(0), never a member)
            (address signer,,) = ECDSA.tryRecoverCalldata(digest, signatures[i]);
            uint16 index = _indexOf[signer];
            if (index == 0) continue;
            uint256 bit = 1 << index;
            if (seen & bit != 0) continue;
            seen |= bit;
            if (++count >= threshold) return true;
        }
        return false;
    }
}
