// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IConsentManager} from "../src/interfaces/IConsentManager.sol";
import {ConsentTestBase} from "./utils/ConsentTestBase.sol";
import {console} from "forge-std/console.sol";

/// @notice Transaction gas of consent changes: 21,000 intrinsic + calldata + the call's execution gas
/// (`vm.lastCallGas`), measured from cold storage as a transaction of its own would start, each submitted
/// by a relayer. Notices are the size of a sealed MVN v1 grant notice (221 bytes: 33-byte ephemeral key,
/// 172-byte plaintext, 16-byte tag). Each test also bounds its figure so that a regression fails here,
/// not only in the snapshot. Break-glass notices are 101 bytes (33-byte ephemeral key, the patient and the
/// salt, 16-byte tag); reviews carry the threshold (2) of key nodes' attestations. Reference before consents by commitment: 58,870 for a signed grant on a new
/// scope (`grantBySig`, no notice).
contract ConsentManagerGasTest is ConsentTestBase {
    address internal submitter = makeAddr("third-party relayer");

    function _tx(address from, bytes memory data) internal returns (uint256 txGas) {
        vm.cool(address(consent));
        vm.cool(address(committee));
        vm.cool(address(providers));
        vm.prank(from);
        (bool ok, bytes memory ret) = address(consent).call(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 32), mload(ret))
            }
        }
        uint256 execution = vm.lastCallGas().gasTotalUsed;
        uint256 calldataGas = _calldataCost(data);
        txGas = 21_000 + calldataGas + execution;
        console.log("  calldata bytes", data.length);
        console.log("  calldata gas", calldataGas);
        console.log("  execution", execution);
    }

    function _calldataCost(bytes memory data) internal pure returns (uint256 cost) {
        for (uint256 i; i < data.length; ++i) {
            cost += data[i] == 0 ? 4 : 16;
        }
    }

    function _report(string memory what, uint256 txGas, uint256 budget) internal pure {
        console.log(what, txGas);
        assertLe(txGas, budget, what);
    }

    function _bySig(bytes32 id, IConsentManager.Access access, uint64 expiresAt, bytes memory notice)
        internal
        view
        returns (bytes memory)
    {
        IConsentManager.ConsentChange memory c =
            _change(controller, id, access, expiresAt, notice, _nonce(controller, id));
        return abi.encodeCall(consent.setConsentBySig, (c, _signChange(consent, controllerKey, c), notice));
    }

    /// @dev A controller's first consent: one cold slot written from zero.
    function test_gas_setConsentBySig_firstGrant() public {
        bytes32 id = _categoryGrant();
        uint256 g = _tx(submitter, _bySig(id, READ, uint64(block.timestamp + 30 days), _notice("grant")));
        _report("setConsentBySig, first grant (221-byte notice)", g, 65_000);
        assertTrue(_live(controller, id, READ));
    }

    function test_gas_setConsentBySig_replace() public {
        bytes32 id = _categoryGrant();
        _tx(submitter, _bySig(id, READ, uint64(block.timestamp + 30 days), _notice("grant")));
        uint256 g = _tx(submitter, _bySig(id, WRITE, uint64(block.timestamp + 60 days), _notice("replace")));
        _report("setConsentBySig, replacement (221-byte notice)", g, 48_000);
        assertTrue(_live(controller, id, WRITE));
    }

    /// @dev 2 of 3 guardians: the first approval only counts; the second runs the grant (its notice in
    /// calldata, the consent slot written from zero). Each through the forwarder in production; here
    /// direct, as the forwarder adds the same for every call.
    function test_gas_approveGuardianAction() public {
        address[] memory g = _guardians(3, 2);
        bytes memory notice = _notice("guardian grant");
        IConsentManager.GuardianAction memory a = IConsentManager.GuardianAction({
            grantId: _categoryGrant(),
            access: READ,
            expiresAt: uint64(block.timestamp + 30 days),
            noticeHash: keccak256(notice),
            salt: bytes32(0),
            deadline: uint64(block.timestamp + 7 days)
        });
        // Only the approval that runs the action needs the notice; the others send none.
        vm.cool(address(accounts));
        uint256 first = _tx(
            g[0], abi.encodeCall(consent.approveGuardianAction, (guardianSet, a, _memberProof(g[0]), ""))
        );
        _report("approveGuardianAction, counted (2 of 3)", first, 90_000);
        vm.cool(address(accounts));
        uint256 last = _tx(
            g[1], abi.encodeCall(consent.approveGuardianAction, (guardianSet, a, _memberProof(g[1]), notice))
        );
        _report("approveGuardianAction, runs the grant", last, 130_000);
    }

    function test_gas_setConsentBySig_revoke() public {
        bytes32 id = _categoryGrant();
        _tx(submitter, _bySig(id, READ, uint64(block.timestamp + 30 days), _notice("grant")));
        uint256 g = _tx(submitter, _bySig(id, NONE, 0, ""));
        _report("setConsentBySig, revocation", g, 42_000);
        assertFalse(_live(controller, id, READ));
    }

    function test_gas_setConsent_firstGrant() public {
        bytes32 id = _categoryGrant();
        uint256 g = _tx(
            controller,
            abi.encodeCall(
                consent.setConsent, (id, READ, uint64(block.timestamp + 30 days), _notice("grant"))
            )
        );
        _report("setConsent, first grant (221-byte notice)", g, 55_000);
        assertTrue(_live(controller, id, READ));
    }

    // ---------------------------------------------------------------- break-glass

    bytes32 internal constant EVIDENCE = keccak256("evidence");

    function _breakGlass(address doctor) internal returns (uint256 g) {
        bytes32 tag = _emergencyTag(patient, keccak256("doctor's secret salt"));
        g = _tx(doctor, abi.encodeCall(consent.breakGlass, (tag, 7, _sealed("emergency notice", 101))));
    }

    /// @dev The first break-glass of the deployment: three struct slots, the window and the counter, all
    /// written from zero.
    function test_gas_breakGlass() public {
        address doctor = _certifiedProvider("doctor");
        uint256 g = _breakGlass(doctor);
        // A provider's first break-glass also writes its budget slot (zero to non-zero).
        _report("breakGlass (101-byte notice)", g, 175_000);
        assertEq(uint8(consent.emergency(1).status), uint8(IConsentManager.EmergencyStatus.Open));
    }

    function test_gas_reviewEmergency_accept() public {
        _breakGlass(_certifiedProvider("doctor"));
        uint256 g = _tx(
            submitter,
            abi.encodeCall(
                consent.reviewEmergency,
                (1, true, bytes32(0), address(0), _attest(1, true, bytes32(0), address(0)))
            )
        );
        _report("reviewEmergency, attested accept (2 attestations)", g, 55_000);
        assertEq(uint8(consent.emergency(1).status), uint8(IConsentManager.EmergencyStatus.Accepted));
    }

    /// @dev Most of it is the provider registry's new review.
    function test_gas_reviewEmergency_dispute() public {
        _breakGlass(_certifiedProvider("doctor"));
        address challenger = makeAddr("one-time dispute key");
        uint256 g = _tx(
            submitter,
            abi.encodeCall(
                consent.reviewEmergency,
                (1, false, EVIDENCE, challenger, _attest(1, false, EVIDENCE, challenger))
            )
        );
        // Since the hardening: the review's opening block (+22k, who may vote is read there) and the
        // provider's break-glass bar (+5k).
        _report("reviewEmergency, attested dispute opening a challenge (2 attestations)", g, 240_000);
        assertEq(uint8(consent.emergency(1).status), uint8(IConsentManager.EmergencyStatus.Disputed));
    }
}
