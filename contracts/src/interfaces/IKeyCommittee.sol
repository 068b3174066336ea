// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title IKeyCommittee
/// @notice The key committee that releases data keys when the chain says a reader may read. Every record's
/// data key is wrapped to the committee's group key, whose secret no one holds: a distributed key
/// generation gave each of n key nodes a Shamir share (threshold t). A node answers a reader with a
/// decryption share and a proof against its verification share published here, so readers and nodes trust
/// this contract, not a file. A new committee (another key generation) starts a new epoch; records wrapped
/// to an earlier epoch's key are opened by that epoch's members, whose keys stay in `CommitteeSet` events.
interface IKeyCommittee {
    /// @notice One key node.
    /// @param node The node's account: signs its receipts and anchors its access log.
    /// @param index Its Shamir index (x-coordinate), from 1.
    /// @param verificationShare Its share's public key x_i·G (33-byte compressed).
    struct Member {
        address node;
        uint16 index;
        bytes verificationShare;
    }

    /// @notice Thrown when the group key or a verification share is not a compressed secp256k1 point.
    /// @param key The rejected key.
    error MalformedKey(bytes key);
    /// @notice Thrown when the threshold is not in 1..n, or n exceeds `MAX_MEMBERS`.
    /// @param threshold The threshold.
    /// @param members The committee size.
    error InvalidThreshold(uint16 threshold, uint256 members);
    /// @notice Thrown when a member's index is zero, above MAX_MEMBERS or repeated, or its node is zero or
    /// repeated.
    /// @param index The member's index.
    /// @param node The member's node.
    error InvalidMember(uint16 index, address node);
    /// @notice Thrown when reading the committee before one was set.
    error NoCommittee();

    /// @notice Emitted when a committee is set; the sequence of these events is the committee history.
    /// @param epoch The new epoch (from 1).
    /// @param groupKey The group key.
    /// @param threshold Shares needed.
    /// @param members The members.
    event CommitteeSet(uint32 indexed epoch, bytes groupKey, uint16 threshold, Member[] members);

    /// @notice Sets a new committee (the result of a key generation). Committee-admin role only.
    /// @param groupKey The group key (33-byte compressed).
    /// @param threshold Shares needed to open a wrap (1..n).
    /// @param members The members, each with a distinct non-zero index and node.
    /// @return epoch The new epoch.
    function setCommittee(bytes calldata groupKey, uint16 threshold, Member[] calldata members)
        external
        returns (uint32 epoch);

    /// @notice The committee in force.
    /// @return epoch Its epoch.
    /// @return groupKey Its group key.
    /// @return threshold Shares needed.
    /// @return members Its members.
    function committee()
        external
        view
        returns (uint32 epoch, bytes memory groupKey, uint16 threshold, Member[] memory members);

    /// @notice Whether `node` is a member of the committee in force, and its index.
    /// @param node The account.
    /// @return member True for a member.
    /// @return index Its index (0 if none).
    function memberIndex(address node) external view returns (bool member, uint16 index);

    /// @notice Whether `signatures` hold valid ECDSA signatures over `digest` by at least `threshold`
    /// distinct members of the committee in force (a repeated member counts once).
    /// @param digest The signed digest.
    /// @param signatures 65-byte signatures.
    function isAttested(bytes32 digest, bytes[] calldata signatures) external view returns (bool);
}
