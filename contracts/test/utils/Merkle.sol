// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @notice Test-side Merkle tree over a power-of-two number of leaves, built as the relayer builds it:
/// commutative keccak of the sorted pair, compatible with OpenZeppelin MerkleProof.
library Merkle {
    function root(bytes32[] memory leaves) internal pure returns (bytes32) {
        bytes32[] memory level = leaves;
        while (level.length > 1) {
            level = _up(level);
        }
        return level[0];
    }

    function proof(bytes32[] memory leaves, uint256 index) internal pure returns (bytes32[] memory p) {
        uint256 depth;
        for (uint256 n = leaves.length; n > 1; n >>= 1) {
            ++depth;
        }
        p = new bytes32[](depth);
        bytes32[] memory level = leaves;
        for (uint256 d; d < depth; ++d) {
            p[d] = level[index ^ 1];
            level = _up(level);
            index >>= 1;
        }
    }

    function _up(bytes32[] memory level) private pure returns (bytes32[] memory next) {
        next = new bytes32[](level.length / 2);
        for (uint256 i; i < next.length; ++i) {
            next[i] = _pair(level[2 * i], level[2 * i + 1]);
        }
    }

    function _pair(bytes32 a, bytes32 b) private pure returns (bytes32) {
        return a < b ? keccak256(abi.encode(a, b)) : keccak256(abi.encode(b, a));
    }
}
