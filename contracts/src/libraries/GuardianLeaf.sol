// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title GuardianLeaf
/// @notice The Merkle leaf of one guardian in a patient's committed guardian set: the guardian's own
/// pseudonym under the patient's guardian-set controller, double-hashed as OpenZeppelin's
/// StandardMerkleTree does. Shared by the AccountRegistry, which holds the sets, and the
/// ConsentManager, which checks a guardian's proof against the root it has already read.
library GuardianLeaf {
    /// @notice The leaf of `guardian` in the set of `controller`.
    /// @param controller The guardian-set controller (a pseudonym of the patient).
    /// @param guardian The guardian's pseudonym.
    function hash(address controller, address guardian) internal pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(controller, guardian))));
    }
}
