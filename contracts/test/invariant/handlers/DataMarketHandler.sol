// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {DataMarket} from "../../../src/DataMarket.sol";
import {KeyCommittee} from "../../../src/KeyCommittee.sol";
import {MedToken} from "../../../src/MedToken.sol";
import {IDataMarket} from "../../../src/interfaces/IDataMarket.sol";
import {IKeyCommittee} from "../../../src/interfaces/IKeyCommittee.sol";
import {MarketDigests} from "../../utils/MarketDigests.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Drives the DataMarket with random researchers' requests, sellers' signed approvals attested (or
/// not) by the key committee, claims, disputes, resolutions, closes, refunds, fee collection, fee changes
/// and committee changes.
/// @dev Every ghost value comes from the handler's own model of the calls it made (request terms, fee
/// rate, committee, trade states, nonces, the clock), never from the market: the model predicts whether
/// each call succeeds and what it moves, and the invariants compare the market and the token with it.
contract DataMarketHandler is Test {
    /// @notice What the handler is given: the contracts, the admin (arbiter, fee admin and committee
    /// admin), the market's initial fee and dispute window, and the actors' keys.
    struct Config {
        DataMarket market;
        MedToken token;
        KeyCommittee committee;
        address admin;
        address treasury;
        uint16 feeBps;
        uint64 disputeWindow;
        address[] researchers;
        uint256[] sellerKeys;
        uint256[] nodeKeys;
        bytes[] publicKeys;
    }

    /// @dev The model of a request, from the handler's own calls.
    struct Req {
        address researcher;
        uint96 price;
        uint32 maxRecords;
        uint16 feeBps;
        uint64 deadline;
        uint32 settled;
        uint32 refunded;
        uint32 disputes;
        bool closed;
        bool feesCollected;
        uint64 lastSettledAt;
    }

    /// @dev The model of a trade.
    struct Tr {
        uint96 payout;
        uint64 releaseAt;
        IDataMarket.TradeStatus status;
    }

    uint256 internal constant BPS = 10_000;
    uint16 internal constant MAX_FEE_BPS = 1000;

    DataMarket internal immutable _market;
    MedToken internal immutable _token;
    KeyCommittee internal immutable _committee;
    address internal immutable _admin;
    address internal immutable _treasury;
    uint64 internal immutable _window;
    address[] internal _researchers;
    /// @dev Every seller key used so far: a few reused keys, then the one-time keys created on the way.
    address[] internal _sellers;
    mapping(address seller => uint256 key) internal _keyOf;
    uint256[] internal _nodeKeys;
    bytes[] internal _publicKeys;

    // ---------------------------------------------------------------- model

    uint256 internal _requestCount;
    mapping(uint256 requestId => Req) internal _req;
    mapping(uint256 requestId => mapping(address seller => Tr)) internal _trade;
    mapping(address seller => uint256 nonce) internal _nextNonce;
    uint16 internal _feeBps;
    /// @dev Which keys of the node pool form the committee in force, and its threshold.
    mapping(uint256 node => bool) internal _member;
    uint16 internal _threshold;
    uint256 internal _oneTimeKeys;

    // ---------------------------------------------------------------- ghosts

    uint256 public ghostDeposits;
    uint256 public ghostPayouts;
    uint256 public ghostRefunds;
    uint256 public ghostFees;
    /// @dev Successful settlements per (seller, nonce): must never exceed 1.
    mapping(address seller => mapping(uint256 nonce => uint256 uses)) public nonceUses;
    /// @dev Settlements recorded with the nonce their signature consumed; +1 so 0 means "none".
    mapping(uint256 requestId => mapping(address seller => uint256 noncePlusOne)) public settledWith;
    uint256 public maxNonceUses;
    /// @dev Settlements that succeeded although fewer than `threshold` distinct members of the committee
    /// in force attested the sale: must stay 0.
    uint256 public ghostUnattestedSettles;
    /// @dev Settle attempts made without a valid attestation set (sybil attempts), for the record.
    uint256 public ghostSybilAttempts;
    /// @dev Calls whose outcome (success or revert, amount paid) differed from the model's: must stay 0.
    uint256 public ghostMismatches;
    /// @dev Committees set by the handler.
    uint256 public ghostCommittees;
    /// @dev Trades settled, and trades paid to their sellers (by claim, claimMany or resolve).
    uint256 public ghostSettles;
    uint256 public ghostPaidTrades;

    constructor(Config memory c) {
        _market = c.market;
        _token = c.token;
        _committee = c.committee;
        _admin = c.admin;
        _treasury = c.treasury;
        _feeBps = c.feeBps;
        _window = c.disputeWindow;
        _researchers = c.researchers;
        _nodeKeys = c.nodeKeys;
        _publicKeys = c.publicKeys;
        for (uint256 i; i < c.sellerKeys.length; ++i) {
            _addSeller(c.sellerKeys[i]);
        }
        // The first committee: the pool's first three nodes, threshold 2.
        _setCommittee(0x07, 2, 0);
    }

    // ---------------------------------------------------------------- views for the invariants

    function sellerCount() external view returns (uint256) {
        return _sellers.length;
    }

    function sellers(uint256 i) external view returns (address) {
        return _sellers[i];
    }

    function requestCount() external view returns (uint256) {
        return _requestCount;
    }

    /// @notice The model's trade (status and payout) for comparison with the market's.
    function modelTrade(uint256 requestId, address seller) external view returns (Tr memory) {
        return _trade[requestId][seller];
    }

    /// @notice The model's request for comparison with the market's.
    function modelRequest(uint256 requestId) external view returns (Req memory) {
        return _req[requestId];
    }

    // ---------------------------------------------------------------- helpers

    function _addSeller(uint256 key) internal returns (address seller) {
        seller = vm.addr(key);
        _sellers.push(seller);
        _keyOf[seller] = key;
    }

    function _requestId(uint256 seed) internal view returns (uint256) {
        return _requestCount == 0 ? 0 : bound(seed, 1, _requestCount);
    }

    function _seller(uint256 seed) internal view returns (address) {
        return _sellers[bound(seed, 0, _sellers.length - 1)];
    }

    function _feeOf(Req storage q) internal view returns (uint256) {
        return (uint256(q.price) * q.feeBps) / BPS;
    }

    function _check(bool succeeded, bool predicted) internal {
        if (succeeded != predicted) ++ghostMismatches;
    }

    function _sign(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    /// @dev Sets the committee to the pool nodes in `mask` (bit i: node i), with indices from
    /// `firstIndex` up (so indices up to MAX_MEMBERS are used), and records it in the model.
    function _setCommittee(uint256 mask, uint256 thresholdSeed, uint256 indexSeed) internal {
        uint256 n;
        for (uint256 i; i < _nodeKeys.length; ++i) {
            if (mask & (1 << i) != 0) ++n;
        }
        IKeyCommittee.Member[] memory m = new IKeyCommittee.Member[](n);
        uint16 threshold = uint16(bound(thresholdSeed, 1, n));
        uint256 firstIndex = bound(indexSeed, 1, 32 - _nodeKeys.length + 1);
        uint256 j;
        for (uint256 i; i < _nodeKeys.length; ++i) {
            if (mask & (1 << i) == 0) continue;
            m[j] = IKeyCommittee.Member(vm.addr(_nodeKeys[i]), uint16(firstIndex + j), _publicKeys[1 + i]);
            ++j;
        }
        vm.prank(_admin);
        try _committee.setCommittee(_publicKeys[0], threshold, m) {
            for (uint256 i; i < _nodeKeys.length; ++i) {
                _member[i] = mask & (1 << i) != 0;
            }
            _threshold = threshold;
            ++ghostCommittees;
        } catch {
            ++ghostMismatches;
        }
    }

    /// @dev Attestations of the sale (requestId, seller, commitment) in one of several shapes, and
    /// whether the model says they reach the threshold of the committee in force.
    /// Modes (by `seed % 12`): 0–5 every member (so that half the attempts are genuine sales); 6 threshold
    /// − 1 members; 7 one member repeated threshold times; 8 and 9 any subset of the node pool (members,
    /// former members, never members) plus an outsider and a truncated signature; 10 every member, over
    /// another seller; 11 none.
    function _attestations(uint256 requestId, address seller, bytes32 commitment, uint256 seed)
        internal
        view
        returns (bytes[] memory sigs, bool attested)
    {
        uint256 mode = seed % 12;
        if (mode < 6) mode = 0;
        else if (mode == 9) mode = 8;
        uint256 subset = seed >> 8;
        bytes32 digest = MarketDigests.saleAttestation(address(_market), requestId, seller, commitment);
        if (mode == 10) {
            digest = MarketDigests.saleAttestation(
                address(_market), requestId, address(uint160(seller) ^ 1), commitment
            );
        }
        uint256[] memory keys = new uint256[](_nodeKeys.length + 2);
        uint256 n;
        uint256 distinctMembers;
        if (mode == 0 || mode == 10) {
            for (uint256 i; i < _nodeKeys.length; ++i) {
                if (!_member[i]) continue;
                keys[n++] = _nodeKeys[i];
                ++distinctMembers;
            }
        } else if (mode == 6) {
            for (uint256 i; i < _nodeKeys.length && distinctMembers + 1 < _threshold; ++i) {
                if (!_member[i]) continue;
                keys[n++] = _nodeKeys[i];
                ++distinctMembers;
            }
        } else if (mode == 7) {
            uint256 first;
            while (!_member[first]) {
                ++first;
            }
            n = _threshold;
            keys = new uint256[](n);
            for (uint256 i; i < n; ++i) {
                keys[i] = _nodeKeys[first];
            }
            distinctMembers = 1;
        } else if (mode == 8) {
            for (uint256 i; i < _nodeKeys.length; ++i) {
                if (subset & (1 << i) == 0) continue;
                keys[n++] = _nodeKeys[i];
                if (_member[i]) ++distinctMembers;
            }
            keys[n++] = uint256(keccak256("outsider node"));
        }
        uint256 extra = mode == 8 ? 1 : 0;
        sigs = new bytes[](n + extra);
        for (uint256 i; i < n; ++i) {
            sigs[i] = _sign(keys[i], digest);
        }
        if (extra == 1 && n > 0) {
            // A member's signature cut to 64 bytes: skipped, never counted, never fatal.
            bytes memory full = _sign(_nodeKeys[0], digest);
            bytes memory cut = new bytes(64);
            for (uint256 i; i < 64; ++i) {
                cut[i] = full[i];
            }
            sigs[n] = cut;
        }
        attested = mode != 10 && distinctMembers >= _threshold;
    }

    // ---------------------------------------------------------------- actions

    function openRequest(uint256 who, uint96 price, uint32 maxRecords, uint64 lifetime) external {
        address researcher = _researchers[bound(who, 0, _researchers.length - 1)];
        price = uint96(bound(price, 1, 1000e18));
        maxRecords = uint32(bound(maxRecords, 1, 6));
        lifetime = uint64(bound(lifetime, 1 hours, 10 days));
        uint64 deadline = uint64(block.timestamp) + lifetime;
        vm.prank(researcher);
        try _market.openRequest(keccak256("criteria"), price, maxRecords, deadline) returns (uint256 id) {
            // Ids count up from 1: the model keys requests by its own count, and checks the market's.
            uint256 expected = ++_requestCount;
            if (id != expected) ++ghostMismatches;
            _req[expected] = Req({
                researcher: researcher,
                price: price,
                maxRecords: maxRecords,
                feeBps: _feeBps,
                deadline: deadline,
                settled: 0,
                refunded: 0,
                disputes: 0,
                closed: false,
                feesCollected: false,
                lastSettledAt: 0
            });
            ghostDeposits += uint256(price) * maxRecords;
        } catch {
            ++ghostMismatches;
        }
    }

    /// @notice Up to three sellers try to sell to one request, each as in `_settleOne`.
    /// @param requestSeed Picks the request.
    /// @param who Picks the first seller key; past the known ones, a fresh one-time key.
    /// @param flags Low byte: how many sellers (1–3); next bytes: 1 in 8 approvals at a stale price, 1 in 4
    /// with the key's previous nonce.
    /// @param attestSeed Picks the shape of the attestations (see `_attestations`).
    function settle(uint256 requestSeed, uint256 who, uint256 flags, uint256 attestSeed) external {
        // Half the time the newest request, which is the likeliest to be open.
        uint256 id = requestSeed % 2 == 0 ? _requestCount : _requestId(requestSeed);
        if (id == 0) return;
        uint256 count = 1 + (flags & 0xff) % 3;
        who %= 1 << 32;
        for (uint256 j; j < count; ++j) {
            uint256 f = uint256(keccak256(abi.encode(flags, j)));
            _settleOne(
                id,
                who + j,
                (f >> 8) % 8 == 0,
                (f >> 16) % 4 == 0,
                uint256(keccak256(abi.encode(attestSeed, j)))
            );
        }
    }

    function _settleOne(uint256 id, uint256 who, bool stalePrice, bool reuseNonce, uint256 attestSeed)
        internal
    {
        who = who % (_sellers.length + 1);
        bool fresh = who == _sellers.length;
        uint256 key = fresh
            ? uint256(keccak256(abi.encode("one-time trade key", ++_oneTimeKeys)))
            : _keyOf[_sellers[who]];
        address seller = vm.addr(key);
        uint256 nonce = _nextNonce[seller];
        if (reuseNonce && nonce > 0) nonce -= 1;
        // Everything but the attestations: the model says whether the sale is otherwise acceptable.
        bool acceptable = _acceptable(id, seller, nonce) && !stalePrice;
        IDataMarket.TradeApproval memory a = IDataMarket.TradeApproval({
            requestId: id,
            seller: seller,
            deliveryCommitment: keccak256(abi.encode(id, seller)),
            price: uint256(_req[id].price) + (stalePrice ? 1 : 0),
            nonce: nonce,
            deadline: block.timestamp + 1 hours
        });
        (bool ok, bool attested) = _trySettle(a, key, attestSeed);
        _check(ok, acceptable && attested);
        if (!ok) return;
        if (!attested) ++ghostUnattestedSettles;
        _recordSettle(id, seller, nonce);
        if (fresh) _addSeller(key);
    }

    function _acceptable(uint256 id, address seller, uint256 nonce) internal view returns (bool) {
        Req storage q = _req[id];
        return !q.closed && block.timestamp < q.deadline && q.settled < q.maxRecords
            && _trade[id][seller].status == IDataMarket.TradeStatus.None && nonce == _nextNonce[seller];
    }

    function _recordSettle(uint256 id, address seller, uint256 nonce) internal {
        uint256 uses = ++nonceUses[seller][nonce];
        if (uses > maxNonceUses) maxNonceUses = uses;
        settledWith[id][seller] = nonce + 1;
        _nextNonce[seller] = nonce + 1;
        Req storage q = _req[id];
        ++q.settled;
        q.lastSettledAt = uint64(block.timestamp);
        Tr storage t = _trade[id][seller];
        t.payout = uint96(q.price - _feeOf(q));
        t.releaseAt = uint64(block.timestamp) + _window;
        t.status = IDataMarket.TradeStatus.Pending;
        ++ghostSettles;
    }

    /// @dev Signs `a` with `key`, attests it as `attestSeed` says, submits it; whether it settled and
    /// whether the model says the attestations reach the threshold.
    function _trySettle(IDataMarket.TradeApproval memory a, uint256 key, uint256 attestSeed)
        internal
        returns (bool ok, bool attested)
    {
        bytes memory sig = _sign(key, MarketDigests.tradeApproval(address(_market), a));
        bytes[] memory atts;
        (atts, attested) = _attestations(a.requestId, a.seller, a.deliveryCommitment, attestSeed);
        if (!attested) ++ghostSybilAttempts;
        try _market.settle(a, sig, atts) {
            ok = true;
        } catch {}
    }

    function _claimable(Tr storage t) internal view returns (bool) {
        return t.status == IDataMarket.TradeStatus.Pending && block.timestamp >= t.releaseAt;
    }

    function claim(uint256 requestSeed, uint256 who) external {
        uint256 id = _requestId(requestSeed);
        if (id == 0) return;
        address seller = _seller(who);
        Tr storage t = _trade[id][seller];
        bool predicted = _claimable(t);
        uint256 before = _token.balanceOf(seller);
        try _market.claim(id, seller) {
            _check(true, predicted);
            ghostPayouts += t.payout;
            ++ghostPaidTrades;
            t.status = IDataMarket.TradeStatus.Paid;
            // The payee is the seller, whoever calls, and gets exactly the modelled payout.
            if (_token.balanceOf(seller) != before + t.payout) ++ghostMismatches;
        } catch {
            _check(false, predicted);
        }
    }

    function claimMany(uint256 requestSeed) external {
        uint256 id = _requestId(requestSeed);
        if (id == 0) return;
        uint256 n = _sellers.length;
        uint256[] memory ids = new uint256[](n);
        address[] memory who = new address[](n);
        uint256 expectedPaid;
        uint256 expectedAmount;
        bool[] memory pays = new bool[](n);
        for (uint256 i; i < n; ++i) {
            ids[i] = id;
            who[i] = _sellers[i];
            Tr storage t = _trade[id][who[i]];
            if (_claimable(t)) {
                pays[i] = true;
                ++expectedPaid;
                expectedAmount += t.payout;
            }
        }
        try _market.claimMany(ids, who) returns (uint256 paid) {
            if (paid != expectedPaid) ++ghostMismatches;
            ghostPayouts += expectedAmount;
            ghostPaidTrades += expectedPaid;
            for (uint256 i; i < n; ++i) {
                if (pays[i]) _trade[id][who[i]].status = IDataMarket.TradeStatus.Paid;
            }
        } catch {
            ++ghostMismatches;
        }
    }

    function dispute(uint256 requestSeed, uint256 who) external {
        uint256 id = _requestId(requestSeed);
        if (id == 0) return;
        address seller = _seller(who);
        Tr storage t = _trade[id][seller];
        bool predicted = t.status == IDataMarket.TradeStatus.Pending && block.timestamp < t.releaseAt;
        vm.prank(_req[id].researcher);
        try _market.dispute(id, seller, bytes32(0)) {
            _check(true, predicted);
            t.status = IDataMarket.TradeStatus.Disputed;
            t.releaseAt = uint64(block.timestamp) + 14 days;
            ++_req[id].disputes;
            ghostDeposits += uint256(_req[id].price) / 10;
        } catch {
            _check(false, predicted);
        }
    }

    function resolve(uint256 requestSeed, uint256 who, bool paySeller) external {
        uint256 id = _requestId(requestSeed);
        if (id == 0) return;
        address seller = _seller(who);
        Req storage q = _req[id];
        Tr storage t = _trade[id][seller];
        bool predicted = t.status == IDataMarket.TradeStatus.Disputed;
        vm.prank(_admin);
        try _market.resolve(id, seller, paySeller) {
            _check(true, predicted);
            --q.disputes;
            uint256 bond = uint256(q.price) / 10;
            if (paySeller) {
                ghostPayouts += t.payout + bond;
                ++ghostPaidTrades;
                t.status = IDataMarket.TradeStatus.Paid;
            } else {
                ghostRefunds += bond + (q.closed ? q.price : 0);
                --q.settled;
                t.status = IDataMarket.TradeStatus.Refunded;
            }
        } catch {
            _check(false, predicted);
        }
    }

    function _closed(Req storage q) internal {
        q.closed = true;
        ghostRefunds += uint256(q.price) * (q.maxRecords - q.settled);
    }

    /// @param chance The researcher closes early one time in three (so that requests live to see trades).
    function close(uint256 requestSeed, uint256 chance) external {
        uint256 id = _requestId(requestSeed);
        if (id == 0 || chance % 3 != 0) return;
        Req storage q = _req[id];
        vm.prank(q.researcher);
        try _market.close(id) {
            _check(true, !q.closed);
            _closed(q);
        } catch {
            _check(false, !q.closed);
        }
    }

    function refundExpired(uint256 requestSeed) external {
        uint256 id = _requestId(requestSeed);
        if (id == 0) return;
        Req storage q = _req[id];
        bool predicted = !q.closed && block.timestamp >= q.deadline;
        try _market.refundExpired(id) {
            _check(true, predicted);
            _closed(q);
        } catch {
            _check(false, predicted);
        }
    }

    function collectFees(uint256 requestSeed) external {
        uint256 id = _requestId(requestSeed);
        if (id == 0) return;
        Req storage q = _req[id];
        bool predicted = (q.closed || block.timestamp >= q.deadline) && !q.feesCollected && q.disputes == 0
            && block.timestamp >= uint256(q.lastSettledAt) + _window;
        uint256 before = _token.balanceOf(_treasury);
        try _market.collectFees(id) {
            _check(true, predicted);
            q.feesCollected = true;
            uint256 amount = _feeOf(q) * q.settled;
            ghostFees += amount;
            if (_token.balanceOf(_treasury) != before + amount) ++ghostMismatches;
        } catch {
            _check(false, predicted);
        }
    }

    function setFee(uint16 feeBps) external {
        feeBps = uint16(bound(feeBps, 0, MAX_FEE_BPS + 100));
        vm.prank(_admin);
        try _market.setFee(feeBps) {
            _check(true, feeBps <= MAX_FEE_BPS);
            _feeBps = feeBps;
        } catch {
            _check(false, feeBps <= MAX_FEE_BPS);
        }
    }

    /// @notice A new committee from the node pool: attestations of its former members stop counting.
    function setCommittee(uint256 mask, uint256 thresholdSeed, uint256 indexSeed) external {
        _setCommittee(bound(mask, 1, (1 << _nodeKeys.length) - 1), thresholdSeed, indexSeed);
    }

    function warp(uint256 secondsAhead) external {
        vm.warp(block.timestamp + bound(secondsAhead, 1, 2 days));
    }
}
