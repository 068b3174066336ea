// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {ConsentManager} from "../../src/ConsentManager.sol";
import {IAccountRegistry} from "../../src/interfaces/IAccountRegistry.sol";
import {IConsentManager} from "../../src/interfaces/IConsentManager.sol";
import {BaseTest} from "./BaseTest.sol";

/// @notice Actors and signing helpers shared by the ConsentManager tests.
abstract contract ConsentTestBase is BaseTest {
    address internal patient;
    uint256 internal patientKey;
    address internal grantee = makeAddr("grantee");
    bytes32 internal constant RECORD = keccak256("record 1");
    uint16 internal constant CATEGORY = 3;
    uint16 internal emergencyCategory;

    function setUp() public virtual override {
        super.setUp();
        (patient, patientKey) = makeAddrAndKey("patient");
        _register(patient, IAccountRegistry.Role.Patient);
        emergencyCategory = consent.EMERGENCY_CATEGORY();
        vm.warp(1_000_000);
    }

    function _cat(uint16 category) internal pure returns (bytes32) {
        return bytes32(uint256(category));
    }

    function _signed(address grantee_, bytes32 target, uint64 expiresAt, uint256 nonce, uint256 deadline)
        internal
        view
        returns (IConsentManager.SignedConsent memory)
    {
        return IConsentManager.SignedConsent({
            patient: patient,
            grantee: grantee_,
            scope: IConsentManager.Scope.Record,
            target: target,
            access: IConsentManager.Access.Read,
            expiresAt: expiresAt,
            nonce: nonce,
            deadline: deadline
        });
    }

    function _sign(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    function _signGrant(ConsentManager cm, uint256 key, IConsentManager.SignedConsent memory c)
        internal
        view
        returns (bytes memory)
    {
        return _sign(key, cm.grantDigest(c));
    }

    function _signRevoke(ConsentManager cm, uint256 key, IConsentManager.SignedConsent memory c)
        internal
        view
        returns (bytes memory)
    {
        return _sign(key, cm.revokeDigest(c));
    }

    /// @dev Sets `n` guardians with threshold `m` for the patient and waits for them to be in force.
    function _guardians(uint256 n, uint8 m) internal returns (address[] memory set) {
        set = new address[](n);
        for (uint256 i; i < n; ++i) {
            set[i] = makeAddr(string.concat("guardian", vm.toString(i)));
        }
        vm.prank(patient);
        accounts.proposeGuardians(set, m);
        vm.warp(block.timestamp + accounts.guardianDelay());
    }

    function _read(address who, bytes32 recordId, uint16 category) internal view returns (bool) {
        return consent.hasAccess(patient, who, recordId, category, IConsentManager.Access.Read);
    }
}
