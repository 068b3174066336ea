// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IAccountRegistry} from "../../src/interfaces/IAccountRegistry.sol";
import {IConsentManager} from "../../src/interfaces/IConsentManager.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {ConsentManagerHandler} from "./handlers/ConsentManagerHandler.sol";

/// @notice `hasAccess` answers exactly what the ghost model of grants, revocations, expiries and
/// break-glass windows says, under random sequences of every consent action.
contract ConsentManagerInvariantTest is BaseTest {
    ConsentManagerHandler internal handler;

    function setUp() public override {
        super.setUp();
        address doctor = _certifiedProvider("doctor");
        address[] memory patients = new address[](2);
        uint256[] memory keys = new uint256[](2);
        for (uint256 i; i < patients.length; ++i) {
            (patients[i], keys[i]) = makeAddrAndKey(string.concat("patient", vm.toString(i)));
            _register(patients[i], IAccountRegistry.Role.Patient);
        }
        address[] memory grantees = new address[](3);
        grantees[0] = doctor;
        grantees[1] = makeAddr("researcher");
        grantees[2] = makeAddr("family doctor");
        handler = new ConsentManagerHandler(consent, patients, keys, grantees, doctor);
        targetContract(address(handler));
    }

    /// @notice hasAccess implies an unexpired, unrevoked grant at a sufficient level or a live emergency
    /// window (and conversely).
    function invariant_HasAccessMatchesModel() public view {
        for (uint256 p; p < handler.patientsLength(); ++p) {
            address patient = handler.patients(p);
            for (uint256 g; g < handler.granteesLength(); ++g) {
                address grantee = handler.grantees(g);
                for (uint256 r; r < 2; ++r) {
                    for (uint256 c; c < 2; ++c) {
                        for (uint8 a; a < 3; ++a) {
                            bytes32 recordId = handler.records(r);
                            uint16 category = handler.categories(c);
                            assertEq(
                                consent.hasAccess(
                                    patient, grantee, recordId, category, IConsentManager.Access(a)
                                ),
                                handler.expected(patient, grantee, recordId, category, a)
                            );
                        }
                    }
                }
            }
        }
    }

    /// @notice A break-glass window never outlasts the maximum duration.
    function invariant_EmergencyWindowBounded() public view {
        for (uint256 p; p < handler.patientsLength(); ++p) {
            uint64 until = consent.emergencyUntil(handler.patients(p), handler.doctor());
            assertLe(until, block.timestamp + consent.MAX_EMERGENCY_DURATION());
        }
    }
}
