// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title CompressedKey
/// @notice Checks that bytes are exactly a compressed secp256k1 point: 0x02 or 0x03, then an x below the
/// field prime with x^3 + 7 a square mod p (Euler's criterion through the modexp precompile), so that
/// every key accepted decompresses.
library CompressedKey {
    /// @dev secp256k1 field prime.
    uint256 private constant _P = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F;

    /// @notice Whether `key` is a 33-byte compressed secp256k1 point.
    /// @param key The bytes to check.
    function isValid(bytes memory key) internal view returns (bool) {
        if (key.length != 33) return false;
        uint8 prefix = uint8(key[0]);
        uint256 x;
        assembly ("memory-safe") {
            x := mload(add(key, 33))
        }
        return (prefix == 2 || prefix == 3) && x < _P && _onCurve(x);
    }

    function _onCurve(uint256 x) private view returns (bool) {
        uint256 rhs = addmod(mulmod(mulmod(x, x, _P), x, _P), 7, _P);
        if (rhs == 0) return true;
        (bool ok, bytes memory out) =
            address(0x05).staticcall(abi.encode(uint256(32), uint256(32), uint256(32), rhs, (_P - 1) / 2, _P));
        return ok && abi.decode(out, (uint256)) == 1;
    }
}
