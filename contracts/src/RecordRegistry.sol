// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IRecordRegistry} from "./interfaces/IRecordRegistry.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @title RecordRegistry
/// @notice Anchors batches of encrypted-record leaves. Invariants: an anchored root is never changed or
/// removed; batch ids are sequential from 1; every root maps to exactly one batch.
contract RecordRegistry is IRecordRegistry, AccessControl {
    /// @notice Role allowed to anchor batches (the relayer's signer).
    bytes32 public constant ANCHORER_ROLE = keccak256("ANCHORER_ROLE");

    struct Batch {
        bytes32 root;
        uint64 blockNumber;
    }

    Batch[] private _batches;
    mapping(bytes32 root => uint256 batchId) private _batchOf;

    /// @param admin Account that administers roles.
    constructor(address admin) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @inheritdoc IRecordRegistry
    function anchorBatch(bytes32 root, bytes32 manifest, uint32 count)
        external
        onlyRole(ANCHORER_ROLE)
        returns (uint256 batchId)
    {
        if (root == bytes32(0)) revert EmptyRoot();
        if (count == 0) revert EmptyBatch();
        uint256 existing = _batchOf[root];
        if (existing != 0) revert RootAlreadyAnchored(root, existing);

        _batches.push(Batch({root: root, blockNumber: uint64(block.number)}));
        batchId = _batches.length;
        _batchOf[root] = batchId;
        emit BatchAnchored(batchId, root, manifest, count, msg.sender);
    }

    /// @inheritdoc IRecordRegistry
    function batch(uint256 batchId) external view returns (bytes32 root, uint64 blockNumber) {
        Batch storage b = _batch(batchId);
        return (b.root, b.blockNumber);
    }

    /// @inheritdoc IRecordRegistry
    function batchOf(bytes32 root) external view returns (uint256) {
        return _batchOf[root];
    }

    /// @inheritdoc IRecordRegistry
    function batchCount() external view returns (uint256) {
        return _batches.length;
    }

    /// @inheritdoc IRecordRegistry
    function verify(uint256 batchId, bytes32 leaf, bytes32[] calldata proof) external view returns (bool) {
        return MerkleProof.verifyCalldata(proof, _batch(batchId).root, leaf);
    }

    function _batch(uint256 batchId) private view returns (Batch storage) {
        if (batchId == 0 || batchId > _batches.length) revert UnknownBatch(batchId);
        return _batches[batchId - 1];
    }
}
