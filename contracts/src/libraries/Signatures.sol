// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";

/// @title Signatures
/// @notice Signature check for users' EIP-712 messages: an ECDSA signature by the signer's key (low s only,
/// as OpenZeppelin's ECDSA enforces), else an ERC-1271 answer from the signer's contract.
/// @dev The same answers as OpenZeppelin's `SignatureChecker.isValidSignatureNowCalldata`, except that an
/// account with code whose key signed is also accepted (an EIP-7702 delegated EOA). Trying ECDSA first
/// skips the cold `EXTCODESIZE` (2,600 gas) on the common path, an EOA patient.
library Signatures {
    /// @notice Whether `signature` over `hash` is `signer`'s.
    /// @param signer The expected signer.
    /// @param hash The signed digest.
    /// @param signature 65-byte (r, s, v) ECDSA signature, or the signer contract's ERC-1271 data.
    function isValidNow(address signer, bytes32 hash, bytes calldata signature) internal view returns (bool) {
        // slither-disable-next-line unused-return (the third value only details a failure, which falls through)
        (address recovered, ECDSA.RecoverError err,) = ECDSA.tryRecoverCalldata(hash, signature);
        if (err == ECDSA.RecoverError.NoError && recovered == signer) return true;
        return SignatureChecker.isValidERC1271SignatureNowCalldata(signer, hash, signature);
    }
}
