// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {DataMarket} from "../src/DataMarket.sol";
import {IDataMarket} from "../src/interfaces/IDataMarket.sol";
import {IKeyCommittee} from "../src/interfaces/IKeyCommittee.sol";
import {MarketDigests} from "./utils/MarketDigests.sol";
import {MarketTestBase} from "./utils/MarketTestBase.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice Attacks on the committee-attested market, as an attacker would try them: filling a request
/// with throwaway keys (sybil trades) by every way of faking, stretching or replaying the committee's
/// attestations; and linking a patient's trades through what the chain records.
contract DataMarketSybilTest is MarketTestBase {
    uint256 internal constant SECP256K1_N =
        0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    uint256 internal id;

    function setUp() public override {
        super.setUp();
        id = _openRequest();
    }

    function _throwaway(uint256 i) internal returns (address, uint256) {
        return makeAddrAndKey(string.concat("throwaway key ", vm.toString(i)));
    }

    function _notAttested(uint256 requestId, address who) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IDataMarket.NotAttested.selector, requestId, who);
    }

    function _one(bytes memory a) internal pure returns (bytes[] memory l) {
        l = new bytes[](1);
        l[0] = a;
    }

    function _two(bytes memory a, bytes memory b) internal pure returns (bytes[] memory l) {
        l = new bytes[](2);
        (l[0], l[1]) = (a, b);
    }

    /// @dev A committee member's attestation of the sale (id, who, DELIVERY) on the market.
    function _memberSig(uint256 member, address who) internal view returns (bytes memory) {
        return _sign(nodeKeys[member], MarketDigests.saleAttestation(address(market), id, who, DELIVERY));
    }

    /// @dev Submits `atts` for a freshly signed approval of `who` and expects NotAttested; the request,
    /// the key's nonce and the market's balance are untouched.
    function _expectNotAttested(address who, uint256 key, bytes[] memory atts) internal {
        IDataMarket.TradeApproval memory a = _approval(id, who, 0);
        bytes memory sig = _signApproval(market, key, a);
        assertFalse(market.isAttested(id, who, DELIVERY, atts));
        uint256 balance = token.balanceOf(address(market));
        vm.expectRevert(_notAttested(id, who));
        vm.prank(stranger);
        market.settle(a, sig, atts);
        assertEq(market.request(id).settled, 0);
        assertEq(market.nonces(who), 0);
        assertEq(uint8(market.trade(id, who).status), uint8(IDataMarket.TradeStatus.None));
        assertEq(token.balanceOf(address(market)), balance);
    }

    // ---------------------------------------------------------------- sybil fill

    /// @notice An attacker mints as many keys as the request has places, each signing a perfect approval:
    /// without attestations, none settles, and the request stays open to real patients.
    function test_RevertWhen_SybilKeysSettleWithoutAttestations() public {
        for (uint256 i; i < MAX; ++i) {
            (address who, uint256 key) = _throwaway(i);
            _expectNotAttested(who, key, new bytes[](0));
        }
        _settle(id);
        assertEq(market.request(id).settled, 1);
    }

    function test_RevertWhen_OnlyThresholdMinusOneAttest() public {
        (address who, uint256 key) = _throwaway(0);
        // Every single member alone (threshold − 1 = 1) is not enough.
        for (uint256 m; m < NODES; ++m) {
            _expectNotAttested(who, key, _one(_memberSig(m, who)));
        }
        // A corrupt or careless member signs, the rest refuse: still not enough.
        _expectNotAttested(who, key, _attest(market, _nodeKeys(THRESHOLD - 1), id, who, DELIVERY));
    }

    function test_RevertWhen_OneMemberAttestsRepeatedly() public {
        (address who, uint256 key) = _throwaway(0);
        bytes memory s0 = _memberSig(0, who);
        _expectNotAttested(who, key, _two(s0, s0));
        bytes[] memory many = new bytes[](NODES + 2);
        for (uint256 i; i < many.length; ++i) {
            many[i] = s0;
        }
        _expectNotAttested(who, key, many);
        // The same signature's malleated twin (s → n − s, v flipped) does not pass as a second member.
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(nodeKeys[0], MarketDigests.saleAttestation(address(market), id, who, DELIVERY));
        bytes memory twin = abi.encodePacked(r, bytes32(SECP256K1_N - uint256(s)), v == 27 ? uint8(28) : 27);
        _expectNotAttested(who, key, _two(s0, twin));
    }

    function test_RevertWhen_NonMembersAttest() public {
        (address who, uint256 key) = _throwaway(0);
        bytes32 digest = MarketDigests.saleAttestation(address(market), id, who, DELIVERY);
        // The attacker's own throwaway keys "attest" each other.
        (, uint256 k1) = _throwaway(1);
        (, uint256 k2) = _throwaway(2);
        _expectNotAttested(who, key, _two(_sign(k1, digest), _sign(k2, digest)));
        // Keys with standing elsewhere are no members either: the registered patient's, the researcher's,
        // the seller's own.
        _expectNotAttested(who, key, _two(_sign(patientKey, digest), _sign(researcherKey, digest)));
        _expectNotAttested(who, key, _two(_sign(key, digest), _memberSig(0, who)));
        // One member plus any number of outsiders stays below the threshold.
        bytes[] memory atts = new bytes[](4);
        atts[0] = _sign(k1, digest);
        atts[1] = _memberSig(1, who);
        atts[2] = _sign(k2, digest);
        atts[3] = _sign(patientKey, digest);
        _expectNotAttested(who, key, atts);
    }

    function test_RevertWhen_MalformedAttestationsPadTheSet() public {
        (address who, uint256 key) = _throwaway(0);
        bytes memory s0 = _memberSig(0, who);
        bytes[] memory atts = new bytes[](4);
        atts[0] = s0;
        atts[1] = "";
        atts[2] = abi.encodePacked(s0, uint8(0)); // 66 bytes
        atts[3] = new bytes(64);
        _expectNotAttested(who, key, atts);
        // Garbage never makes settle revert for another reason: with a second member it settles.
        bytes[] memory padded = new bytes[](5);
        for (uint256 i; i < 4; ++i) {
            padded[i] = atts[i];
        }
        padded[4] = _memberSig(2, who);
        IDataMarket.TradeApproval memory a = _approval(id, who, 0);
        market.settle(a, _signApproval(market, key, a), padded);
        assertEq(uint8(market.trade(id, who).status), uint8(IDataMarket.TradeStatus.Pending));
    }

    /// @notice A full threshold of genuine attestations, but of another sale: another seller, request,
    /// delivery, deployment or chain. None is accepted.
    function test_RevertWhen_AttestationsOfAnotherSale() public {
        (address who, uint256 key) = _throwaway(0);
        uint256[] memory k = _nodeKeys(THRESHOLD);
        uint256 other = _openRequest();
        _expectNotAttested(who, key, _attest(market, k, id, seller, DELIVERY));
        _expectNotAttested(who, key, _attest(market, k, other, who, DELIVERY));
        _expectNotAttested(who, key, _attest(market, k, id, who, keccak256("another delivery")));
        DataMarket twin = new DataMarket(
            admin, address(forwarder), IERC20(address(token)), accounts, committee, treasury, 250, 1 days
        );
        _expectNotAttested(who, key, _attest(twin, k, id, who, DELIVERY));
        uint256 chainId = block.chainid;
        vm.chainId(chainId + 1);
        bytes[] memory otherChain = _attest(market, k, id, who, DELIVERY);
        vm.chainId(chainId);
        _expectNotAttested(who, key, otherChain);
        // The right sale's attestations settle it.
        IDataMarket.TradeApproval memory a = _approval(id, who, 0);
        market.settle(a, _signApproval(market, key, a), _attest(market, k, id, who, DELIVERY));
    }

    /// @notice A patient's genuine sale goes through the public mempool. The attacker copies its
    /// attestations and tries them for his own throwaway keys, for the same key on another request, and
    /// resubmits the sale itself: he fills nothing.
    function test_RevertWhen_AttestationSetReplayedForAnotherSeller() public {
        IDataMarket.TradeApproval memory honest = _approval(id, seller, 0);
        bytes memory honestSig = _signApproval(market, sellerKey, honest);
        bytes[] memory seen = _attestations(market, honest);
        market.settle(honest, honestSig, seen);

        for (uint256 i; i < MAX; ++i) {
            (address who, uint256 key) = _throwaway(i);
            IDataMarket.TradeApproval memory a = _approval(id, who, 0);
            bytes memory sig = _signApproval(market, key, a);
            vm.expectRevert(_notAttested(id, who));
            market.settle(a, sig, seen);
        }
        // The same seller key on another request (a patient reusing her attestation): refused.
        uint256 other = _openRequest();
        IDataMarket.TradeApproval memory again = _approval(other, seller, 1);
        bytes memory againSig = _signApproval(market, sellerKey, again);
        vm.expectRevert(_notAttested(other, seller));
        market.settle(again, againSig, seen);
        // The very same sale twice: one trade per seller and request.
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.AlreadyTraded.selector, id, seller));
        market.settle(honest, honestSig, seen);

        assertEq(market.request(id).settled, 1);
        assertEq(market.request(other).settled, 0);
    }

    /// @dev `[a, b]`.
    function _pair(uint256 a, uint256 b) internal pure returns (uint256[] memory l) {
        l = new uint256[](2);
        (l[0], l[1]) = (a, b);
    }

    /// @dev A new committee (threshold THRESHOLD) that keeps the old member 0, under a new index, and adds
    /// two fresh nodes; returns the first fresh node's key.
    function _replaceCommittee() internal returns (uint256 freshKey) {
        (address fresh1, uint256 freshKey1) = makeAddrAndKey("fresh node 1");
        (address fresh2,) = makeAddrAndKey("fresh node 2");
        IKeyCommittee.Member[] memory m = new IKeyCommittee.Member[](3);
        m[0] = IKeyCommittee.Member(fresh1, 1, _newKey());
        m[1] = IKeyCommittee.Member(fresh2, 2, _newKey());
        m[2] = IKeyCommittee.Member(nodes[0], 7, _newKey());
        bytes memory groupKey = _newKey();
        vm.prank(admin);
        committee.setCommittee(groupKey, THRESHOLD, m);
        return freshKey1;
    }

    /// @notice After a key generation replaces the committee, attestations of its former members no
    /// longer count (including ones made before the change and not yet submitted); a member kept in the
    /// new committee still counts, with the new members.
    function test_RevertWhen_FormerCommitteeAttests() public {
        (address who, uint256 key) = _throwaway(0);
        bytes[] memory made = _attest(market, nodeKeys, id, who, DELIVERY);
        assertTrue(market.isAttested(id, who, DELIVERY, made));

        uint256 freshKey = _replaceCommittee();

        _expectNotAttested(who, key, made);
        _expectNotAttested(who, key, _attest(market, _pair(nodeKeys[1], nodeKeys[2]), id, who, DELIVERY));
        // A kept member with a former one: still one member.
        _expectNotAttested(who, key, _attest(market, _pair(nodeKeys[0], nodeKeys[1]), id, who, DELIVERY));
        // A kept member with a new one: a threshold of the committee in force.
        IDataMarket.TradeApproval memory a = _approval(id, who, 0);
        market.settle(
            a, _signApproval(market, key, a), _attest(market, _pair(nodeKeys[0], freshKey), id, who, DELIVERY)
        );
        assertEq(market.request(id).settled, 1);
    }

    /// @notice Any subset of members, repeated or mixed with outsiders, settles exactly when its distinct
    /// members reach the threshold.
    function testFuzz_settle_needsThresholdDistinctMembers(uint8 mask, uint8 repeats, uint8 outsiders)
        public
    {
        (address who, uint256 key) = _throwaway(0);
        bytes32 digest = MarketDigests.saleAttestation(address(market), id, who, DELIVERY);
        outsiders = uint8(bound(outsiders, 0, 3));
        bytes[] memory atts = new bytes[](2 * NODES + outsiders);
        uint256 len;
        uint256 distinct;
        for (uint256 i; i < outsiders; ++i) {
            (, uint256 k) = _throwaway(100 + i);
            atts[len++] = _sign(k, digest);
        }
        for (uint256 i; i < NODES; ++i) {
            if (mask & (1 << i) == 0) continue;
            ++distinct;
            atts[len++] = _sign(nodeKeys[i], digest);
            if (repeats & (1 << i) != 0) atts[len++] = _sign(nodeKeys[i], digest);
        }
        assembly ("memory-safe") {
            mstore(atts, len)
        }
        IDataMarket.TradeApproval memory a = _approval(id, who, 0);
        bytes memory sig = _signApproval(market, key, a);
        if (distinct < THRESHOLD) vm.expectRevert(_notAttested(id, who));
        market.settle(a, sig, atts);
        assertEq(market.request(id).settled, distinct < THRESHOLD ? 0 : 1);
    }

    // ---------------------------------------------------------------- unlinkability

    /// @dev The patient's client derives one trade key per request from her secret.
    function _tradeKey(uint256 requestId) internal view returns (address who, uint256 key) {
        key = uint256(keccak256(abi.encode("medvault/trade", patientKey, requestId))) % (SECP256K1_N - 1) + 1;
        who = vm.addr(key);
    }

    /// @dev Settles and claims `requestId` for `who`, with a delivery of its own, both submitted by the
    /// relayer, and returns every log the two calls emitted.
    function _sellAndClaim(uint256 requestId, address who, uint256 key, bytes32 delivery)
        internal
        returns (Vm.Log[] memory logs)
    {
        IDataMarket.TradeApproval memory a = _approval(requestId, who, 0);
        a.deliveryCommitment = delivery;
        bytes memory sig = _signApproval(market, key, a);
        bytes[] memory atts = _attestations(market, a);
        _assertNoWord(
            abi.encodeCall(market.settle, (a, sig, atts)), patient, "settle calldata names the patient"
        );
        vm.recordLogs();
        vm.prank(relayer);
        market.settle(a, sig, atts);
        vm.warp(block.timestamp + market.disputeWindow());
        vm.prank(relayer);
        market.claim(requestId, who);
        logs = vm.getRecordedLogs();
    }

    /// @dev Every topic but the event's signature, and every 32-byte word of the data.
    function _words(Vm.Log[] memory logs) internal pure returns (bytes32[] memory words) {
        uint256 n;
        for (uint256 i; i < logs.length; ++i) {
            n += logs[i].topics.length - 1 + logs[i].data.length / 32;
        }
        words = new bytes32[](n);
        n = 0;
        for (uint256 i; i < logs.length; ++i) {
            for (uint256 t = 1; t < logs[i].topics.length; ++t) {
                words[n++] = logs[i].topics[t];
            }
            bytes memory data = logs[i].data;
            for (uint256 w; w < data.length / 32; ++w) {
                bytes32 word;
                assembly ("memory-safe") {
                    word := mload(add(add(data, 32), mul(w, 32)))
                }
                words[n++] = word;
            }
        }
    }

    function _contains(bytes32[] memory words, bytes32 w) internal pure returns (bool) {
        for (uint256 i; i < words.length; ++i) {
            if (words[i] == w) return true;
        }
        return false;
    }

    function _word(address a) internal pure returns (bytes32) {
        return bytes32(uint256(uint160(a)));
    }

    function _assertNoWord(bytes memory data, address a, string memory what) internal pure {
        // Any 32-byte window, aligned or not, that holds the address as an ABI word.
        bytes32 w = _word(a);
        for (uint256 i; i + 32 <= data.length; ++i) {
            bytes32 window;
            assembly ("memory-safe") {
                window := mload(add(add(data, 32), i))
            }
            assertTrue(window != w, what);
        }
    }

    /// @notice The same patient sells to two requests through two one-time trade keys. Nothing the two
    /// trades write to the logs is common to both but the market's public parties (market, token,
    /// researcher) and small numbers (amounts, times, nonces): no address, hash or key of the patient, and
    /// neither seller key appears in the other's trade. Each payout goes to its trade key.
    function test_unlinkability_twoTradesOfOnePatientShareNothing() public {
        uint256 other = _openRequest();
        (address s1, uint256 k1) = _tradeKey(id);
        (address s2, uint256 k2) = _tradeKey(other);
        assertTrue(s1 != s2 && s1 != patient && s2 != patient);
        uint256 patientBalance = token.balanceOf(patient);

        Vm.Log[] memory logs1 = _sellAndClaim(id, s1, k1, keccak256("delivery 1"));
        Vm.Log[] memory logs2 = _sellAndClaim(other, s2, k2, keccak256("delivery 2"));
        assertGt(logs1.length, 0);
        assertGt(logs2.length, 0);
        bytes32[] memory w1 = _words(logs1);
        bytes32[] memory w2 = _words(logs2);

        // Nothing high-entropy is common: a common word is a public party or a small number.
        for (uint256 i; i < w1.length; ++i) {
            if (!_contains(w2, w1[i])) continue;
            bool publicParty = w1[i] == _word(address(market)) || w1[i] == _word(address(token))
                || w1[i] == _word(researcher);
            assertTrue(publicParty || uint256(w1[i]) <= type(uint96).max, "the two trades share a word");
        }
        // Neither the patient nor the other trade's key is named; each trade names its own key.
        assertFalse(_contains(w1, _word(patient)) || _contains(w2, _word(patient)), "a log names the patient");
        assertFalse(_contains(w1, _word(s2)), "trade 1 names trade 2's key");
        assertFalse(_contains(w2, _word(s1)), "trade 2 names trade 1's key");
        assertTrue(_contains(w1, _word(s1)) && _contains(w2, _word(s2)));

        // Paid to the trade keys, not to the patient's account; her account has no trade at all.
        uint256 payout = PRICE - _fee(PRICE);
        assertEq(token.balanceOf(s1), payout);
        assertEq(token.balanceOf(s2), payout);
        assertEq(token.balanceOf(patient), patientBalance);
        assertEq(uint8(market.trade(id, patient).status), uint8(IDataMarket.TradeStatus.None));
        assertEq(uint8(market.trade(other, patient).status), uint8(IDataMarket.TradeStatus.None));
        // The token's Transfer of each claim goes from the market to that trade's key.
        assertTrue(_paidTo(logs1, s1, payout) && _paidTo(logs2, s2, payout));
    }

    function _paidTo(Vm.Log[] memory logs, address to, uint256 amount) internal view returns (bool) {
        for (uint256 i; i < logs.length; ++i) {
            if (
                logs[i].emitter == address(token) && logs[i].topics[0] == IERC20.Transfer.selector
                    && logs[i].topics[1] == _word(address(market)) && logs[i].topics[2] == _word(to)
                    && abi.decode(logs[i].data, (uint256)) == amount
            ) return true;
        }
        return false;
    }
}
