// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {DataMarket} from "../../src/DataMarket.sol";
import {IAccountRegistry} from "../../src/interfaces/IAccountRegistry.sol";
import {IDataMarket} from "../../src/interfaces/IDataMarket.sol";
import {BaseTest} from "./BaseTest.sol";

/// @notice Actors and signing helpers shared by the DataMarket tests.
abstract contract MarketTestBase is BaseTest {
    address internal researcher;
    uint256 internal researcherKey;
    address internal patient;
    uint256 internal patientKey;
    address internal arbiter;

    uint96 internal constant PRICE = 10e18;
    uint32 internal constant MAX = 5;
    bytes32 internal constant CRITERIA = keccak256("criteria");
    bytes32 internal constant DELIVERY = keccak256("delivery");

    function setUp() public virtual override {
        super.setUp();
        vm.warp(1_000_000);
        arbiter = admin;
        (researcher, researcherKey) = makeAddrAndKey("researcher");
        (patient, patientKey) = makeAddrAndKey("patient");
        _verifiedResearcher(researcher);
        _register(patient, IAccountRegistry.Role.Patient);
    }

    function _verifiedResearcher(address who) internal {
        _register(who, IAccountRegistry.Role.Researcher);
        vm.prank(admin);
        accounts.attestResearcher(who, keccak256("attestation"));
        _fund(who, 1_000_000e18);
        vm.prank(who);
        token.approve(address(market), type(uint256).max);
    }

    function _openRequest() internal returns (uint256 id) {
        vm.prank(researcher);
        id = market.openRequest(CRITERIA, PRICE, MAX, uint64(block.timestamp + 7 days));
    }

    function _approval(uint256 requestId, address patient_, uint256 nonce)
        internal
        view
        returns (IDataMarket.TradeApproval memory)
    {
        return IDataMarket.TradeApproval({
            requestId: requestId,
            patient: patient_,
            deliveryCommitment: DELIVERY,
            price: PRICE,
            nonce: nonce,
            deadline: block.timestamp + 1 days
        });
    }

    function _signApproval(DataMarket m, uint256 key, IDataMarket.TradeApproval memory a)
        internal
        view
        returns (bytes memory)
    {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, m.tradeApprovalDigest(a));
        return abi.encodePacked(r, s, v);
    }

    /// @dev Settles a trade for `patient` on `requestId` and returns the payout.
    function _settle(uint256 requestId) internal returns (uint256 payout) {
        IDataMarket.TradeApproval memory a = _approval(requestId, patient, market.nonces(patient));
        market.settle(a, _signApproval(market, patientKey, a));
        payout = market.trade(requestId, patient).payout;
    }

    function _fee(uint256 price) internal view returns (uint256) {
        return (price * market.fee()) / 10_000;
    }

    function _calldataCost(bytes memory data) internal pure returns (uint256 cost) {
        for (uint256 i; i < data.length; ++i) {
            cost += data[i] == 0 ? 4 : 16;
        }
    }
}
