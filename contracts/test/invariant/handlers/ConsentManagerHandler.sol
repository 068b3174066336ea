// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {ConsentManager} from "../../../src/ConsentManager.sol";
import {IConsentManager} from "../../../src/interfaces/IConsentManager.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Drives the ConsentManager with direct and signed grants and revocations, break-glass and
/// disputes, keeping a ghost model of what each grantee may see.
contract ConsentManagerHandler is Test {
    ConsentManager internal immutable _consent;
    address[] internal _patients;
    uint256[] internal _patientKeys;
    address[] internal _grantees;
    address internal immutable _doctor;
    bytes32[2] internal _records = [keccak256("record a"), keccak256("record b")];
    uint16[2] internal _categories;

    struct Terms {
        uint8 access;
        uint64 expiresAt;
    }

    mapping(bytes32 key => Terms) internal _model;
    mapping(address patient => uint64 until) public emergencyUntil;
    mapping(address patient => uint256[] ids) internal _emergencies;

    constructor(
        ConsentManager consent_,
        address[] memory patients_,
        uint256[] memory keys_,
        address[] memory grantees_,
        address doctor_
    ) {
        _consent = consent_;
        _patients = patients_;
        _patientKeys = keys_;
        _grantees = grantees_;
        _doctor = doctor_;
        _categories = [uint16(3), consent_.EMERGENCY_CATEGORY()];
    }

    // ---------------------------------------------------------------- model

    function records(uint256 i) external view returns (bytes32) {
        return _records[i];
    }

    function categories(uint256 i) external view returns (uint16) {
        return _categories[i];
    }

    function patientsLength() external view returns (uint256) {
        return _patients.length;
    }

    function patients(uint256 i) external view returns (address) {
        return _patients[i];
    }

    function granteesLength() external view returns (uint256) {
        return _grantees.length;
    }

    function grantees(uint256 i) external view returns (address) {
        return _grantees[i];
    }

    function doctor() external view returns (address) {
        return _doctor;
    }

    /// @notice What the model says `hasAccess` must answer.
    function expected(address patient, address grantee, bytes32 recordId, uint16 category, uint8 access)
        external
        view
        returns (bool)
    {
        if (access == 0) return false;
        Terms memory r = _model[_key(patient, grantee, IConsentManager.Scope.Record, recordId)];
        if (r.access >= access && block.timestamp < r.expiresAt) return true;
        Terms memory c =
            _model[_key(patient, grantee, IConsentManager.Scope.Category, bytes32(uint256(category)))];
        if (c.access >= access && block.timestamp < c.expiresAt) return true;
        return grantee == _doctor && access == 1 && category == _consent.EMERGENCY_CATEGORY()
            && block.timestamp < emergencyUntil[patient];
    }

    function _key(address patient, address grantee, IConsentManager.Scope scope, bytes32 target)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(patient, grantee, scope, target));
    }

    // ---------------------------------------------------------------- actions

    function _pick(uint256 p, uint256 g, bool byCategory, uint256 t)
        internal
        view
        returns (address patient, uint256 key, address grantee, IConsentManager.Scope scope, bytes32 target)
    {
        uint256 i = bound(p, 0, _patients.length - 1);
        patient = _patients[i];
        key = _patientKeys[i];
        grantee = _grantees[bound(g, 0, _grantees.length - 1)];
        scope = byCategory ? IConsentManager.Scope.Category : IConsentManager.Scope.Record;
        target = byCategory ? bytes32(uint256(_categories[t % 2])) : _records[t % 2];
    }

    function grant(uint256 p, uint256 g, bool byCategory, uint256 t, bool write, uint64 lifetime, bool signed)
        external
    {
        (address patient, uint256 key, address grantee, IConsentManager.Scope scope, bytes32 target) =
            _pick(p, g, byCategory, t);
        IConsentManager.Access access = write ? IConsentManager.Access.Write : IConsentManager.Access.Read;
        uint64 expiresAt = uint64(block.timestamp + bound(lifetime, 1, 3 days));
        if (signed) {
            IConsentManager.SignedConsent memory c = IConsentManager.SignedConsent({
                patient: patient,
                grantee: grantee,
                scope: scope,
                target: target,
                access: access,
                expiresAt: expiresAt,
                nonce: _consent.nonceOf(patient, grantee, scope, target),
                deadline: block.timestamp
            });
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, _consent.grantDigest(c));
            _consent.grantBySig(c, abi.encodePacked(r, s, v));
        } else {
            vm.prank(patient);
            _consent.grant(grantee, scope, target, access, expiresAt);
        }
        _model[_key(patient, grantee, scope, target)] = Terms(uint8(access), expiresAt);
    }

    function revoke(uint256 p, uint256 g, bool byCategory, uint256 t, bool signed) external {
        (address patient, uint256 key, address grantee, IConsentManager.Scope scope, bytes32 target) =
            _pick(p, g, byCategory, t);
        if (signed) {
            IConsentManager.SignedConsent memory c = IConsentManager.SignedConsent({
                patient: patient,
                grantee: grantee,
                scope: scope,
                target: target,
                access: IConsentManager.Access.None,
                expiresAt: 0,
                nonce: _consent.nonceOf(patient, grantee, scope, target),
                deadline: block.timestamp
            });
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, _consent.revokeDigest(c));
            try _consent.revokeBySig(c, abi.encodePacked(r, s, v)) {
                delete _model[_key(patient, grantee, scope, target)];
            } catch {}
        } else {
            vm.prank(patient);
            try _consent.revoke(grantee, scope, target) {
                delete _model[_key(patient, grantee, scope, target)];
            } catch {}
        }
    }

    function breakGlass(uint256 p) external {
        address patient = _patients[bound(p, 0, _patients.length - 1)];
        vm.prank(_doctor);
        uint256 id = _consent.breakGlass(patient, 1);
        uint64 until = _consent.emergency(id).expiresAt;
        if (until > emergencyUntil[patient]) emergencyUntil[patient] = until;
        _emergencies[patient].push(id);
    }

    function review(uint256 p, uint256 which, bool accept) external {
        address patient = _patients[bound(p, 0, _patients.length - 1)];
        uint256 n = _emergencies[patient].length;
        if (n == 0) return;
        uint256 id = _emergencies[patient][bound(which, 0, n - 1)];
        vm.prank(patient);
        try _consent.reviewEmergency(id, accept, bytes32(0)) {
            if (!accept) emergencyUntil[patient] = 0;
        } catch {}
    }

    function warp(uint256 secondsAhead) external {
        vm.warp(block.timestamp + bound(secondsAhead, 1, 1 days));
    }
}
