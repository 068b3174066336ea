// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {DataMarket} from "../../../src/DataMarket.sol";
import {MedToken} from "../../../src/MedToken.sol";
import {IDataMarket} from "../../../src/interfaces/IDataMarket.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Drives the DataMarket with random researchers' requests, patients' signed approvals, claims,
/// disputes, resolutions, closes, refunds and fee collection, keeping a ghost ledger of every token
/// movement and of every consumed (patient, nonce).
contract DataMarketHandler is Test {
    DataMarket internal immutable _market;
    MedToken internal immutable _token;
    address internal immutable _arbiter;
    address[] internal _researchers;
    address[] internal _patients;
    uint256[] internal _patientKeys;

    uint256 public ghostDeposits;
    uint256 public ghostPayouts;
    uint256 public ghostRefunds;
    uint256 public ghostFees;
    /// @dev Successful settlements per (patient, nonce): must never exceed 1.
    mapping(address patient => mapping(uint256 nonce => uint256 uses)) public nonceUses;
    /// @dev Settlements recorded with the nonce their signature consumed; +1 so 0 means "none".
    mapping(uint256 requestId => mapping(address patient => uint256 noncePlusOne)) public settledWith;
    uint256 public maxNonceUses;

    constructor(
        DataMarket market_,
        MedToken token_,
        address arbiter_,
        address[] memory researchers_,
        address[] memory patients_,
        uint256[] memory patientKeys_
    ) {
        _market = market_;
        _token = token_;
        _arbiter = arbiter_;
        _researchers = researchers_;
        _patients = patients_;
        _patientKeys = patientKeys_;
    }

    function patientCount() external view returns (uint256) {
        return _patients.length;
    }

    function patients(uint256 i) external view returns (address) {
        return _patients[i];
    }

    function _requestId(uint256 seed) internal view returns (uint256) {
        uint256 n = _market.requestCount();
        return n == 0 ? 0 : bound(seed, 1, n);
    }

    // ---------------------------------------------------------------- actions

    function openRequest(uint256 who, uint96 price, uint32 maxRecords, uint64 lifetime) external {
        address researcher = _researchers[bound(who, 0, _researchers.length - 1)];
        price = uint96(bound(price, 1, 1000e18));
        maxRecords = uint32(bound(maxRecords, 1, 6));
        lifetime = uint64(bound(lifetime, 1, 10 days));
        vm.prank(researcher);
        _market.openRequest(keccak256("criteria"), price, maxRecords, uint64(block.timestamp) + lifetime);
        ghostDeposits += uint256(price) * maxRecords;
    }

    function settle(uint256 requestSeed, uint256 who, bool stalePrice, bool reuseNonce) external {
        uint256 id = _requestId(requestSeed);
        if (id == 0) return;
        uint256 i = bound(who, 0, _patients.length - 1);
        address patient = _patients[i];
        uint256 nonce = _market.nonces(patient);
        if (reuseNonce && nonce > 0) nonce -= 1;
        uint256 price = _market.request(id).pricePerRecord + (stalePrice ? 1 : 0);
        IDataMarket.TradeApproval memory a = IDataMarket.TradeApproval({
            requestId: id,
            patient: patient,
            deliveryCommitment: keccak256(abi.encode(id, patient)),
            price: price,
            nonce: nonce,
            deadline: block.timestamp + 1 hours
        });
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(_patientKeys[i], _market.tradeApprovalDigest(a));
        try _market.settle(a, abi.encodePacked(r, s, v)) {
            uint256 uses = ++nonceUses[patient][nonce];
            if (uses > maxNonceUses) maxNonceUses = uses;
            settledWith[id][patient] = nonce + 1;
        } catch {}
    }

    function claim(uint256 requestSeed, uint256 who) external {
        uint256 id = _requestId(requestSeed);
        if (id == 0) return;
        address patient = _patients[bound(who, 0, _patients.length - 1)];
        uint256 before = _token.balanceOf(patient);
        try _market.claim(id, patient) {
            ghostPayouts += _token.balanceOf(patient) - before;
        } catch {}
    }

    function claimMany(uint256 requestSeed) external {
        uint256 id = _requestId(requestSeed);
        if (id == 0) return;
        uint256[] memory ids = new uint256[](_patients.length);
        uint256 before;
        for (uint256 i; i < _patients.length; ++i) {
            ids[i] = id;
            before += _token.balanceOf(_patients[i]);
        }
        _market.claimMany(ids, _patients);
        uint256 afterwards;
        for (uint256 i; i < _patients.length; ++i) {
            afterwards += _token.balanceOf(_patients[i]);
        }
        ghostPayouts += afterwards - before;
    }

    function dispute(uint256 requestSeed, uint256 who) external {
        uint256 id = _requestId(requestSeed);
        if (id == 0) return;
        address patient = _patients[bound(who, 0, _patients.length - 1)];
        vm.prank(_market.request(id).researcher);
        try _market.dispute(id, patient, bytes32(0)) {} catch {}
    }

    function resolve(uint256 requestSeed, uint256 who, bool payPatient) external {
        uint256 id = _requestId(requestSeed);
        if (id == 0) return;
        address patient = _patients[bound(who, 0, _patients.length - 1)];
        address researcher = _market.request(id).researcher;
        uint256 pBefore = _token.balanceOf(patient);
        uint256 rBefore = _token.balanceOf(researcher);
        vm.prank(_arbiter);
        try _market.resolve(id, patient, payPatient) {
            ghostPayouts += _token.balanceOf(patient) - pBefore;
            ghostRefunds += _token.balanceOf(researcher) - rBefore;
        } catch {}
    }

    function close(uint256 requestSeed) external {
        uint256 id = _requestId(requestSeed);
        if (id == 0) return;
        address researcher = _market.request(id).researcher;
        uint256 before = _token.balanceOf(researcher);
        vm.prank(researcher);
        try _market.close(id) {
            ghostRefunds += _token.balanceOf(researcher) - before;
        } catch {}
    }

    function refundExpired(uint256 requestSeed) external {
        uint256 id = _requestId(requestSeed);
        if (id == 0) return;
        address researcher = _market.request(id).researcher;
        uint256 before = _token.balanceOf(researcher);
        try _market.refundExpired(id) {
            ghostRefunds += _token.balanceOf(researcher) - before;
        } catch {}
    }

    function collectFees(uint256 requestSeed) external {
        uint256 id = _requestId(requestSeed);
        if (id == 0) return;
        address treasury = _market.treasury();
        uint256 before = _token.balanceOf(treasury);
        try _market.collectFees(id) {
            ghostFees += _token.balanceOf(treasury) - before;
        } catch {}
    }

    function warp(uint256 secondsAhead) external {
        vm.warp(block.timestamp + bound(secondsAhead, 1, 2 days));
    }
}
