// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {DataMarket} from "../../src/DataMarket.sol";
import {IAccountRegistry} from "../../src/interfaces/IAccountRegistry.sol";
import {IDataMarket} from "../../src/interfaces/IDataMarket.sol";
import {BaseTest} from "./BaseTest.sol";
import {MarketDigests} from "./MarketDigests.sol";

/// @notice Actors and signing helpers shared by the DataMarket tests. A registered `patient` sells through
/// `seller`, a one-time trade key; a key committee of `NODES` members with threshold `THRESHOLD` attests
/// her sales.
abstract contract MarketTestBase is BaseTest {
    address internal researcher;
    uint256 internal researcherKey;
    /// @dev The patient's account (registered); never named by a trade.
    address internal patient;
    uint256 internal patientKey;
    /// @dev The patient's one-time trade key: signs the approval and is paid.
    address internal seller;
    uint256 internal sellerKey;
    address internal arbiter;
    /// @dev The key committee's nodes and their signing keys.
    address[] internal nodes;
    uint256[] internal nodeKeys;

    uint96 internal constant PRICE = 10e18;
    uint32 internal constant MAX = 5;
    bytes32 internal constant CRITERIA = keccak256("criteria");
    bytes32 internal constant DELIVERY = keccak256("delivery");
    uint256 internal constant NODES = 3;
    uint16 internal constant THRESHOLD = 2;

    function setUp() public virtual override {
        super.setUp();
        vm.warp(1_000_000);
        arbiter = admin;
        (researcher, researcherKey) = makeAddrAndKey("researcher");
        (patient, patientKey) = makeAddrAndKey("patient");
        (seller, sellerKey) = makeAddrAndKey("patient's trade key");
        _verifiedResearcher(researcher);
        _register(patient, IAccountRegistry.Role.Patient);
        (nodes, nodeKeys) = _setCommittee("node", NODES, THRESHOLD);
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

    function _approval(uint256 requestId, address seller_, uint256 nonce)
        internal
        view
        returns (IDataMarket.TradeApproval memory)
    {
        return IDataMarket.TradeApproval({
            requestId: requestId,
            seller: seller_,
            deliveryCommitment: DELIVERY,
            price: PRICE,
            nonce: nonce,
            deadline: block.timestamp + 1 days
        });
    }

    function _sign(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    function _signApproval(DataMarket m, uint256 key, IDataMarket.TradeApproval memory a)
        internal
        view
        returns (bytes memory)
    {
        return _sign(key, MarketDigests.tradeApproval(address(m), a));
    }

    /// @dev Signatures by `keys` (in order) over the sale attestation of (requestId, seller, commitment) on `m`.
    function _attest(
        DataMarket m,
        uint256[] memory keys,
        uint256 requestId,
        address seller_,
        bytes32 commitment
    ) internal view returns (bytes[] memory sigs) {
        bytes32 digest = MarketDigests.saleAttestation(address(m), requestId, seller_, commitment);
        sigs = new bytes[](keys.length);
        for (uint256 i; i < keys.length; ++i) {
            sigs[i] = _sign(keys[i], digest);
        }
    }

    /// @dev The first `n` committee members' keys.
    function _nodeKeys(uint256 n) internal view returns (uint256[] memory keys) {
        keys = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            keys[i] = nodeKeys[i];
        }
    }

    /// @dev A threshold of the committee's attestations of the sale `a` on `m`.
    function _attestations(DataMarket m, IDataMarket.TradeApproval memory a)
        internal
        view
        returns (bytes[] memory)
    {
        return _attest(m, _nodeKeys(THRESHOLD), a.requestId, a.seller, a.deliveryCommitment);
    }

    /// @dev Settles `a` on the market, signed by `key` and attested by a threshold of the committee.
    function _settleSigned(IDataMarket.TradeApproval memory a, uint256 key) internal {
        market.settle(a, _signApproval(market, key, a), _attestations(market, a));
    }

    /// @dev Settles a trade for `seller` on `requestId` and returns the payout.
    function _settle(uint256 requestId) internal returns (uint256 payout) {
        _settleSigned(_approval(requestId, seller, market.nonces(seller)), sellerKey);
        payout = market.trade(requestId, seller).payout;
    }

    function _fee(uint256 price) internal view returns (uint256) {
        return (price * market.fee()) / 10_000;
    }

    function _bond(uint256 price) internal view returns (uint256) {
        return (price * market.DISPUTE_BOND_BPS()) / 10_000;
    }

    function _calldataCost(bytes memory data) internal pure returns (uint256 cost) {
        for (uint256 i; i < data.length; ++i) {
            cost += data[i] == 0 ? 4 : 16;
        }
    }
}
