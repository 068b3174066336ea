// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {AccountRegistry} from "../../../src/AccountRegistry.sol";
import {DataMarket} from "../../../src/DataMarket.sol";
import {KeyCommittee} from "../../../src/KeyCommittee.sol";
import {MedToken} from "../../../src/MedToken.sol";
import {IDataMarket} from "../../../src/interfaces/IDataMarket.sol";
import {IKeyCommittee} from "../../../src/interfaces/IKeyCommittee.sol";
import {MarketDigests} from "../../utils/MarketDigests.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Drives the DataMarket as its users and its attackers would, against a model of what each call
/// should do.
/// Honest actors: researchers open, dispute and close requests; registered patients sign approvals through
/// fresh one-time trade keys, which the key committee attests and the relayer submits, and claim; the
/// arbiter resolves disputes, or stays silent; anyone collects fees and settles lapsed disputes; the admin
/// changes the fee, the committee, and revokes or reinstates researchers.
/// Attackers: sybil sellers (throwaway keys with no, too few, repeated, outsider or misdirected
/// attestations), a front-runner who copies pending approvals and their attestations and submits them
/// first (as they are, or redirected to itself, or for another delivery), and a stale-approval holder who
/// submits approvals their patients cancelled.
/// @dev The model is the handler's own: request terms, fee rates, committee membership, clock, trade
/// states and nonces, and from them what every party should hold. It never reads the market or a token
/// balance to update itself: it predicts whether each call succeeds and what it moves, applies that on
/// success, and counts every call whose outcome differed (`ghostMismatches`). The invariants compare the
/// market's state, its token balance and every party's balance with the model.
contract DataMarketHandler is Test {
    /// @notice What the handler is given: the contracts, the admin (arbiter, fee, committee and researcher
    /// attester), the market's initial fee and dispute window, and the actors.
    struct Config {
        DataMarket market;
        MedToken token;
        KeyCommittee committee;
        AccountRegistry accounts;
        address admin;
        address treasury;
        uint16 feeBps;
        uint64 disputeWindow;
        address[] researchers;
        uint256[] nodeKeys;
        bytes[] publicKeys;
    }

    /// @dev The model of a request.
    struct Req {
        address researcher;
        uint96 price;
        uint32 maxRecords;
        uint16 feeBps;
        uint64 deadline;
        uint64 lastSettledAt;
        uint32 slots;
        uint32 disputes;
        bool closed;
        bool feesCollected;
    }

    /// @dev The model of a trade.
    struct Tr {
        uint96 payout;
        uint64 releaseAt;
        IDataMarket.TradeStatus status;
    }

    /// @dev A patient's signed, attested approval that nobody has submitted yet.
    struct Pending {
        IDataMarket.TradeApproval approval;
        bytes signature;
        bytes[] attestations;
        /// @dev Bit i: pool node i signed the attestation.
        uint256 signers;
    }

    /// @dev A settled trade, for the handler's targeted actions and the invariants.
    struct TradeRef {
        uint256 requestId;
        address seller;
    }

    uint256 internal constant BPS = 10_000;
    uint16 internal constant MAX_FEE_BPS = 1000;
    uint16 internal constant BOND_BPS = 1000;
    uint64 internal constant ARBITRATION = 14 days;
    uint64 internal constant MAX_DURATION = 365 days;

    DataMarket internal immutable _market;
    MedToken internal immutable _token;
    KeyCommittee internal immutable _committee;
    AccountRegistry internal immutable _accounts;
    address internal immutable _admin;
    address internal immutable _treasury;
    uint64 internal immutable _window;
    address[] internal _researchers;
    uint256[] internal _nodeKeys;
    bytes[] internal _publicKeys;

    address public immutable frontRunner = makeAddr("front-runner");
    address public immutable staleHolder = makeAddr("stale-approval holder");
    address public immutable relayer = makeAddr("market relayer");

    // ---------------------------------------------------------------- model

    uint256 internal _requestCount;
    mapping(uint256 requestId => Req) internal _req;
    mapping(uint256 requestId => mapping(address seller => Tr)) internal _trade;
    mapping(address seller => uint256 nonce) internal _nextNonce;
    mapping(address researcher => bool) internal _verified;
    uint16 internal _feeBps;
    mapping(uint256 node => bool) internal _member;
    uint16 internal _threshold;
    uint256 internal _keys;
    /// @dev What every party should hold, from the model's own accounting of the calls made.
    mapping(address party => uint256) internal _expected;
    /// @dev Every party whose balance the model tracks: researchers, treasury, sellers and attackers.
    address[] internal _parties;
    mapping(address party => bool) internal _tracked;
    Pending[] internal _pending;
    TradeRef[] internal _tradeRefs;
    /// @dev Throwaway keys the sybils tried: none may ever hold a trade.
    address[] internal _sybils;

    // ---------------------------------------------------------------- ghosts

    /// @dev Calls whose outcome (success or revert) differed from the model's: must stay 0.
    uint256 public ghostMismatches;
    /// @dev Trades settled without a threshold of the committee in force attesting: must stay 0.
    uint256 public ghostUnattestedSettles;
    /// @dev Cancelled approvals that settled: must stay 0.
    uint256 public ghostStaleSettles;
    /// @dev Copied approvals that settled to anyone but their seller, or for another delivery: must stay 0.
    uint256 public ghostHijacks;

    /// @notice Successful calls per action (the call summary).
    mapping(bytes32 action => uint256) public calls;
    /// @notice Calls made to the handler's actions in this run, successful or not.
    uint256 public callsMade;
    /// @notice Calls made per main action, successful or not.
    mapping(bytes32 action => uint256) public tried;

    modifier counted() {
        ++callsMade;
        _;
    }

    constructor(Config memory c) {
        _market = c.market;
        _token = c.token;
        _committee = c.committee;
        _accounts = c.accounts;
        _admin = c.admin;
        _treasury = c.treasury;
        _feeBps = c.feeBps;
        _window = c.disputeWindow;
        _researchers = c.researchers;
        _nodeKeys = c.nodeKeys;
        _publicKeys = c.publicKeys;
        for (uint256 i; i < c.researchers.length; ++i) {
            _verified[c.researchers[i]] = true;
            _track(c.researchers[i]);
        }
        _track(c.treasury);
        _track(frontRunner);
        _track(staleHolder);
        _track(relayer);
        // The first committee: the pool's first three nodes, threshold 2.
        _setCommittee(0x07, 2, 0);
    }

    // ---------------------------------------------------------------- views for the invariants

    function requestCount() external view returns (uint256) {
        return _requestCount;
    }

    function modelRequest(uint256 requestId) external view returns (Req memory) {
        return _req[requestId];
    }

    function modelTrade(uint256 requestId, address seller) external view returns (Tr memory) {
        return _trade[requestId][seller];
    }

    function tradeCount() external view returns (uint256) {
        return _tradeRefs.length;
    }

    function tradeRef(uint256 i) external view returns (TradeRef memory) {
        return _tradeRefs[i];
    }

    function partyCount() external view returns (uint256) {
        return _parties.length;
    }

    function party(uint256 i) external view returns (address who, uint256 expected) {
        who = _parties[i];
        expected = _expected[who];
    }

    function sybilCount() external view returns (uint256) {
        return _sybils.length;
    }

    function sybil(uint256 i) external view returns (address) {
        return _sybils[i];
    }

    function isVerified(address researcher) external view returns (bool) {
        return _verified[researcher];
    }

    /// @notice What the market should hold now, from the model alone: the unspent budget of requests not
    /// closed, the uncollected fees of trades holding a slot, the payouts of pending and disputed trades,
    /// and the bonds of disputed ones.
    function modelEscrow() public view returns (uint256 owed) {
        for (uint256 id = 1; id <= _requestCount; ++id) {
            Req storage q = _req[id];
            if (!q.closed) owed += uint256(q.price) * (q.maxRecords - q.slots);
            if (!q.feesCollected) owed += _feeOf(q) * q.slots;
        }
        for (uint256 i; i < _tradeRefs.length; ++i) {
            TradeRef storage r = _tradeRefs[i];
            Tr storage t = _trade[r.requestId][r.seller];
            if (t.status == IDataMarket.TradeStatus.Pending) owed += t.payout;
            if (t.status == IDataMarket.TradeStatus.Disputed) owed += t.payout + _bondOf(_req[r.requestId]);
        }
    }

    /// @notice Whether everything is wound down in the model: every request closed with its fees
    /// collected, every trade paid or refunded.
    function modelSettled() public view returns (bool) {
        for (uint256 id = 1; id <= _requestCount; ++id) {
            if (!_req[id].closed || !_req[id].feesCollected) return false;
        }
        for (uint256 i; i < _tradeRefs.length; ++i) {
            IDataMarket.TradeStatus s = _trade[_tradeRefs[i].requestId][_tradeRefs[i].seller].status;
            if (s == IDataMarket.TradeStatus.Pending || s == IDataMarket.TradeStatus.Disputed) return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- actions: requests

    function openRequest(uint256 who, uint96 price, uint32 maxRecords, uint64 lifetime) external counted {
        ++tried["openRequest"];
        address researcher = _researchers[bound(who, 0, _researchers.length - 1)];
        // A revoked researcher tries one time in four (refused); otherwise a verified one opens.
        if (!_verified[researcher] && tried["openRequest"] % 4 != 0) researcher = _researchers[0];
        price = uint96(bound(price, 1, 1000e18));
        maxRecords = uint32(bound(maxRecords, 1, 4));
        // One request in sixteen asks for a deadline around the longest lifetime, on either side of it.
        lifetime = lifetime % 16 == 0
            ? uint64(bound(lifetime, MAX_DURATION - 1 days, MAX_DURATION + 1 days))
            : uint64(bound(lifetime, 1 hours, 12 days));
        uint64 deadline = uint64(block.timestamp) + lifetime;
        bool predicted = _verified[researcher] && lifetime <= MAX_DURATION;
        vm.prank(researcher);
        try _market.openRequest(keccak256("criteria"), price, maxRecords, deadline) returns (uint256 id) {
            _check(true, predicted);
            // Ids count up from 1: the model keys requests by its own count, and checks the market's.
            uint256 expectedId = ++_requestCount;
            if (id != expectedId) ++ghostMismatches;
            _req[expectedId] = Req({
                researcher: researcher,
                price: price,
                maxRecords: maxRecords,
                feeBps: _feeBps,
                deadline: deadline,
                lastSettledAt: 0,
                slots: 0,
                disputes: 0,
                closed: false,
                feesCollected: false
            });
            _expected[researcher] -= uint256(price) * maxRecords;
            ++calls["openRequest"];
        } catch {
            _check(false, predicted);
        }
    }

    /// @notice A request is closed: mostly one that is done (full, expired, or its researcher revoked), by
    /// its researcher or, once she is revoked, by anyone; else, one time in four, the researcher closes one
    /// early, and otherwise a stranger tries (and fails unless she is revoked).
    function close(uint256 requestSeed, uint8 choice) external counted {
        if (_anyDone()) ++tried["close"];
        uint256 id = _done(requestSeed);
        bool byStranger;
        if (id == 0) {
            id = _requestId(requestSeed);
            if (id == 0) return;
            byStranger = choice % 4 != 0;
        } else {
            byStranger = !_verified[_req[id].researcher];
        }
        Req storage q = _req[id];
        bool predicted = !q.closed && (!byStranger || !_verified[q.researcher]);
        vm.prank(byStranger ? relayer : q.researcher);
        try _market.close(id) {
            _check(true, predicted);
            _closed(q);
            ++calls["close"];
        } catch {
            _check(false, predicted);
        }
    }

    function refundExpired(uint256 requestSeed) external counted {
        uint256 id = _requestId(requestSeed);
        if (id == 0) return;
        Req storage q = _req[id];
        bool predicted = !q.closed && block.timestamp >= q.deadline;
        try _market.refundExpired(id) {
            _check(true, predicted);
            _closed(q);
            ++calls["refundExpired"];
        } catch {
            _check(false, predicted);
        }
    }

    function collectFees(uint256 requestSeed) public counted {
        uint256 id = _requestId(requestSeed);
        if (id == 0) return;
        Req storage q = _req[id];
        bool predicted = (q.closed || block.timestamp >= q.deadline) && !q.feesCollected && q.disputes == 0
            && block.timestamp >= uint256(q.lastSettledAt) + _window;
        try _market.collectFees(id) {
            _check(true, predicted);
            q.feesCollected = true;
            _expected[_treasury] += _feeOf(q) * q.slots;
            ++calls["collectFees"];
        } catch {
            _check(false, predicted);
        }
    }

    // ---------------------------------------------------------------- actions: approvals and trades

    /// @notice A registered patient signs an approval for a request with a fresh one-time key and the
    /// committee in force attests it (every member); it waits, unsubmitted, for the relayer.
    function approve(uint256 requestSeed) external counted {
        _approve(requestSeed);
    }

    function _approve(uint256 requestSeed) internal returns (bool approved) {
        uint256 id = _takingTrades(requestSeed);
        if (id == 0) return false;
        uint256 key = _newKey();
        address seller = vm.addr(key);
        _track(seller);
        IDataMarket.TradeApproval memory a = IDataMarket.TradeApproval({
            requestId: id,
            seller: seller,
            deliveryCommitment: keccak256(abi.encode(id, seller)),
            price: _req[id].price,
            nonce: _nextNonce[seller],
            deadline: block.timestamp + 3 days
        });
        Pending storage p = _pending.push();
        p.approval = a;
        p.signature = _sign(key, MarketDigests.tradeApproval(address(_market), a));
        uint256 signers;
        for (uint256 i; i < _nodeKeys.length; ++i) {
            if (_member[i]) signers |= 1 << i;
        }
        p.attestations = _attestBy(
            signers, MarketDigests.saleAttestation(address(_market), id, seller, a.deliveryCommitment)
        );
        p.signers = signers;
        ++calls["approve"];
        approved = true;
    }

    /// @notice The relayer submits a pending approval: mostly the first, from the seed on, that the model
    /// says would settle (as a relayer skips dead ones; if none, a patient approves a sale to a request that
    /// takes trades first), else whichever the seed picks.
    function submit(uint256 pendingSeed, uint8 choice) external counted {
        if (_anyTakingTrades()) ++tried["settle"];
        if (choice % 4 != 0) {
            uint256 n = _pending.length;
            for (uint256 k; k < n; ++k) {
                Pending storage c = _pending[(pendingSeed % n + k) % n];
                if (_live(c.approval) && _attestedNow(c.signers)) {
                    if (_submit(c, c.approval, relayer)) ++calls["settle"];
                    return;
                }
            }
            _sellNow(pendingSeed);
            return;
        }
        if (_pending.length == 0) return;
        Pending storage p = _pending[pendingSeed % _pending.length];
        if (_submit(p, p.approval, relayer)) ++calls["settle"];
    }

    /// @dev A patient approves a sale to a request that takes trades and the relayer submits it at once.
    function _sellNow(uint256 seed) internal returns (bool) {
        if (!_approve(seed)) return false;
        Pending storage fresh = _pending[_pending.length - 1];
        if (!_submit(fresh, fresh.approval, relayer)) return false;
        ++calls["settle"];
        return true;
    }

    /// @notice The front-runner copies a pending approval with its attestations and submits it first: as it
    /// is (the seller is still the one paid), redirected to itself, or for another delivery.
    function frontRun(uint256 pendingSeed, uint256 mode) external counted {
        if (_pending.length == 0) return;
        Pending storage p = _pending[bound(pendingSeed, 0, _pending.length - 1)];
        mode %= 3;
        if (mode == 0) {
            if (_submit(p, p.approval, frontRunner)) ++calls["frontRunCopied"];
            return;
        }
        IDataMarket.TradeApproval memory a = p.approval;
        if (mode == 1) a.seller = frontRunner;
        else a.deliveryCommitment = keccak256(abi.encode(a.deliveryCommitment, "swapped"));
        vm.prank(frontRunner);
        try _market.settle(a, p.signature, p.attestations) {
            ++ghostHijacks;
        } catch {}
    }

    /// @notice The patient cancels a pending approval before anyone submitted it.
    function cancel(uint256 pendingSeed) external counted {
        if (_pending.length == 0) return;
        Pending storage p = _pending[bound(pendingSeed, 0, _pending.length - 1)];
        address seller = p.approval.seller;
        uint256 nonce = _nextNonce[seller];
        vm.prank(seller);
        try _market.cancelTradeApproval() returns (uint256 used) {
            _check(true, true);
            if (used != nonce) ++ghostMismatches;
            _nextNonce[seller] = nonce + 1;
            ++calls["cancel"];
        } catch {
            _check(false, true);
        }
    }

    /// @notice The stale-approval holder submits an approval whose seller cancelled it.
    function submitStale(uint256 pendingSeed) external counted {
        if (_pending.length == 0) return;
        Pending storage p = _pending[bound(pendingSeed, 0, _pending.length - 1)];
        if (_nextNonce[p.approval.seller] <= p.approval.nonce) return; // not cancelled (nor used)
        vm.prank(staleHolder);
        try _market.settle(p.approval, p.signature, p.attestations) {
            ++ghostStaleSettles;
        } catch {}
    }

    /// @notice A sybil: a throwaway key that no registered patient stands behind signs an approval for an
    /// open request, with attestations that do not reach the committee's threshold.
    /// Modes (by `seed % 5`): threshold − 1 members; one member repeated threshold times; non-members,
    /// former members and an outsider; every member, over another seller; none.
    function sybilSettle(uint256 requestSeed, uint256 seed) external counted {
        uint256 id = _newestFirst(requestSeed);
        if (id == 0) return;
        uint256 key = _newKey();
        address seller = vm.addr(key);
        _sybils.push(seller);
        IDataMarket.TradeApproval memory a = IDataMarket.TradeApproval({
            requestId: id,
            seller: seller,
            deliveryCommitment: keccak256(abi.encode(id, seller)),
            price: _req[id].price,
            nonce: 0,
            deadline: block.timestamp + 1 hours
        });
        bytes32 digest = MarketDigests.saleAttestation(address(_market), id, seller, a.deliveryCommitment);
        uint256 mode = seed % 5;
        // With threshold 1, one member's signature is a genuine attestation: no sybil there.
        if (mode == 1 && _threshold < 2) mode = 4;
        bytes[] memory atts;
        if (mode == 0) {
            uint256 signers;
            uint256 n;
            for (uint256 i; i < _nodeKeys.length && n + 1 < _threshold; ++i) {
                if (_member[i]) {
                    signers |= 1 << i;
                    ++n;
                }
            }
            atts = _attestBy(signers, digest);
        } else if (mode == 1) {
            uint256 first;
            while (!_member[first]) {
                ++first;
            }
            atts = new bytes[](_threshold);
            for (uint256 i; i < atts.length; ++i) {
                atts[i] = _sign(_nodeKeys[first], digest);
            }
        } else if (mode == 2) {
            uint256 outsiders;
            for (uint256 i; i < _nodeKeys.length; ++i) {
                if (!_member[i]) outsiders |= 1 << i;
            }
            bytes[] memory former = _attestBy(outsiders, digest);
            atts = new bytes[](former.length + 1);
            for (uint256 i; i < former.length; ++i) {
                atts[i] = former[i];
            }
            atts[former.length] = _sign(uint256(keccak256("outsider node")), digest);
        } else if (mode == 3) {
            uint256 members;
            for (uint256 i; i < _nodeKeys.length; ++i) {
                if (_member[i]) members |= 1 << i;
            }
            atts = _attestBy(
                members,
                MarketDigests.saleAttestation(
                    address(_market), id, address(uint160(seller) ^ 1), a.deliveryCommitment
                )
            );
        }
        bytes memory sig = _sign(key, MarketDigests.tradeApproval(address(_market), a));
        vm.prank(relayer);
        try _market.settle(a, sig, atts) {
            ++ghostUnattestedSettles;
        } catch {}
        ++calls["sybilAttempt"];
    }

    /// @notice Claims a pending trade; mostly after waiting for its release (at most a dispute window).
    function claim(uint256 tradeSeed, uint8 impatience) external counted {
        if (_anyTakingTrades() || _anyWithStatus(IDataMarket.TradeStatus.Pending)) ++tried["claim"];
        bool wait = impatience % 8 != 5;
        (bool found, TradeRef memory r) = _pickTrade(tradeSeed, IDataMarket.TradeStatus.Pending);
        if (!found) {
            // Nothing to claim: a patient sells first (if a request takes trades), then claims.
            if (!_sellNow(tradeSeed)) return;
            r = _tradeRefs[_tradeRefs.length - 1];
        }
        Tr storage t = _trade[r.requestId][r.seller];
        if (wait && t.releaseAt > block.timestamp && t.releaseAt - block.timestamp <= _window) {
            vm.warp(t.releaseAt);
        }
        bool predicted = block.timestamp >= t.releaseAt;
        vm.prank(relayer);
        try _market.claim(r.requestId, r.seller) {
            _check(true, predicted);
            _paid(r.seller, t, t.payout);
            ++calls["claim"];
        } catch {
            _check(false, predicted);
        }
    }

    /// @notice The relayer claims every trade of one request in one call.
    function claimMany(uint256 requestSeed) external counted {
        uint256 id = _requestId(requestSeed);
        if (id == 0) return;
        uint256 n = _tradeRefs.length;
        uint256[] memory ids = new uint256[](n);
        address[] memory who = new address[](n);
        uint256 expectedPaid;
        for (uint256 i; i < n; ++i) {
            ids[i] = id;
            who[i] = _tradeRefs[i].seller;
            Tr storage t = _trade[id][who[i]];
            if (t.status == IDataMarket.TradeStatus.Pending && block.timestamp >= t.releaseAt) {
                ++expectedPaid;
            }
        }
        vm.prank(relayer);
        try _market.claimMany(ids, who) returns (uint256 paid) {
            if (paid != expectedPaid) ++ghostMismatches;
            for (uint256 i; i < n; ++i) {
                Tr storage t = _trade[id][who[i]];
                if (t.status == IDataMarket.TradeStatus.Pending && block.timestamp >= t.releaseAt) {
                    _paid(who[i], t, t.payout);
                }
            }
            if (paid != 0) ++calls["claimMany"];
        } catch {
            ++ghostMismatches;
        }
    }

    /// @notice The researcher disputes a pending trade (within its window or, to be refused, after it).
    function dispute(uint256 tradeSeed) external counted {
        (bool found, TradeRef memory r) = _pickTrade(tradeSeed, IDataMarket.TradeStatus.Pending);
        if (!found) return;
        Req storage q = _req[r.requestId];
        Tr storage t = _trade[r.requestId][r.seller];
        bool predicted = block.timestamp < t.releaseAt;
        vm.prank(q.researcher);
        try _market.dispute(r.requestId, r.seller, keccak256("not as described")) {
            _check(true, predicted);
            t.status = IDataMarket.TradeStatus.Disputed;
            t.releaseAt = uint64(block.timestamp) + ARBITRATION;
            ++q.disputes;
            _expected[q.researcher] -= _bondOf(q);
            ++calls["dispute"];
        } catch {
            _check(false, predicted);
        }
    }

    /// @notice The arbiter rules on a disputed trade, or (one time in three) stays silent.
    function resolve(uint256 tradeSeed, bool paySeller, uint8 mood) external counted {
        (bool found, TradeRef memory r) = _pickTrade(tradeSeed, IDataMarket.TradeStatus.Disputed);
        if (!found || mood % 3 == 0) return;
        Req storage q = _req[r.requestId];
        Tr storage t = _trade[r.requestId][r.seller];
        vm.prank(_admin);
        try _market.resolve(r.requestId, r.seller, paySeller) {
            --q.disputes;
            uint256 bond = _bondOf(q);
            if (paySeller) {
                _paid(r.seller, t, t.payout + bond);
            } else {
                t.status = IDataMarket.TradeStatus.Refunded;
                --q.slots;
                _expected[q.researcher] += bond + (q.closed ? q.price : 0);
            }
            ++calls["resolve"];
        } catch {
            ++ghostMismatches;
        }
    }

    /// @notice Anyone settles a dispute the arbiter left unresolved; half the time after waiting for the
    /// arbitration window to end.
    function settleUnresolved(uint256 tradeSeed, bool wait) public counted {
        (bool found, TradeRef memory r) = _pickTrade(tradeSeed, IDataMarket.TradeStatus.Disputed);
        if (!found) return;
        Req storage q = _req[r.requestId];
        Tr storage t = _trade[r.requestId][r.seller];
        if (wait && t.releaseAt > block.timestamp) vm.warp(t.releaseAt);
        bool predicted = block.timestamp >= t.releaseAt;
        vm.prank(relayer);
        try _market.settleUnresolved(r.requestId, r.seller) {
            _check(true, predicted);
            --q.disputes;
            _paid(r.seller, t, t.payout);
            _expected[q.researcher] += _bondOf(q);
            ++calls["settleUnresolved"];
        } catch {
            _check(false, predicted);
        }
    }

    // ---------------------------------------------------------------- actions: admin and time

    function setFee(uint16 feeBps) external counted {
        feeBps = uint16(bound(feeBps, 0, MAX_FEE_BPS + 100));
        vm.prank(_admin);
        try _market.setFee(feeBps) {
            _check(true, feeBps <= MAX_FEE_BPS);
            _feeBps = feeBps;
        } catch {
            _check(false, feeBps <= MAX_FEE_BPS);
        }
    }

    /// @notice A new committee from the node pool: attestations of its former members stop counting, so
    /// approvals waiting with them no longer settle.
    function setCommittee(uint256 mask, uint256 thresholdSeed, uint256 indexSeed) external counted {
        _setCommittee(bound(mask, 1, (1 << _nodeKeys.length) - 1), thresholdSeed, indexSeed);
    }

    /// @notice The admin revokes the last researcher's verification, or reinstates it (the first stays
    /// verified, so that requests keep opening).
    function toggleResearcher() external counted {
        address researcher = _researchers[_researchers.length - 1];
        vm.startPrank(_admin);
        if (_verified[researcher]) _accounts.revokeResearcher(researcher, keccak256("misconduct"));
        else _accounts.attestResearcher(researcher, keccak256("reinstated"));
        vm.stopPrank();
        _verified[researcher] = !_verified[researcher];
    }

    function warp(uint256 secondsAhead) external counted {
        vm.warp(block.timestamp + bound(secondsAhead, 1, 2 days));
    }

    // ---------------------------------------------------------------- end of a run

    /// @notice Ends everything as its parties would after a run: time passes beyond every deadline and
    /// window, lapsed disputes are settled, pending trades claimed, requests closed, fees collected.
    function windDown() external {
        uint256 latest = block.timestamp;
        for (uint256 id = 1; id <= _requestCount; ++id) {
            if (_req[id].deadline > latest) latest = _req[id].deadline;
        }
        vm.warp(latest + ARBITRATION + _window + 1);
        for (uint256 i; i < _tradeRefs.length; ++i) {
            IDataMarket.TradeStatus s = _trade[_tradeRefs[i].requestId][_tradeRefs[i].seller].status;
            if (s == IDataMarket.TradeStatus.Disputed) settleUnresolved(i, false);
        }
        for (uint256 i; i < _tradeRefs.length; ++i) {
            TradeRef storage r = _tradeRefs[i];
            Tr storage t = _trade[r.requestId][r.seller];
            if (t.status != IDataMarket.TradeStatus.Pending) continue;
            try _market.claim(r.requestId, r.seller) {
                _paid(r.seller, t, t.payout);
            } catch {
                ++ghostMismatches;
            }
        }
        for (uint256 id = 1; id <= _requestCount; ++id) {
            if (!_req[id].closed) {
                try _market.refundExpired(id) {
                    _closed(_req[id]);
                } catch {
                    ++ghostMismatches;
                }
            }
            if (!_req[id].feesCollected) collectFees(id);
        }
    }

    /// @notice Whether a fresh, attested registered patient can sell to the newest request the model says
    /// takes trades (open, before its deadline, a free slot, its researcher verified); tried and undone.
    function probeLiveness() external returns (bool applicable, bool settled) {
        uint256 id;
        for (uint256 i = _requestCount; i > 0; --i) {
            Req storage q = _req[i];
            if (
                !q.closed && block.timestamp < q.deadline && q.slots < q.maxRecords && _verified[q.researcher]
            ) {
                id = i;
                break;
            }
        }
        if (id == 0) return (false, false);
        uint256 snapshot = vm.snapshotState();
        uint256 key = uint256(keccak256(abi.encode("liveness probe", _keys)));
        address seller = vm.addr(key);
        IDataMarket.TradeApproval memory a = IDataMarket.TradeApproval({
            requestId: id,
            seller: seller,
            deliveryCommitment: keccak256("probe"),
            price: _req[id].price,
            nonce: 0,
            deadline: block.timestamp
        });
        uint256 members;
        for (uint256 i; i < _nodeKeys.length; ++i) {
            if (_member[i]) members |= 1 << i;
        }
        bytes[] memory atts = _attestBy(
            members, MarketDigests.saleAttestation(address(_market), id, seller, a.deliveryCommitment)
        );
        try _market.settle(a, _sign(key, MarketDigests.tradeApproval(address(_market), a)), atts) {
            settled = true;
        } catch {}
        vm.revertToState(snapshot);
        applicable = true;
    }

    // ---------------------------------------------------------------- helpers

    /// @dev Submits `a` (a pending approval's, possibly as it is) as `by`; whether it settled. The model
    /// predicts the outcome from the request, the seller's nonce, the approval's deadline and whether its
    /// attesters are still a threshold of the committee in force.
    function _submit(Pending storage p, IDataMarket.TradeApproval memory a, address by)
        internal
        returns (bool)
    {
        Req storage q = _req[a.requestId];
        bool attested = _attestedNow(p.signers);
        bool predicted = _live(a) && attested;
        vm.prank(by);
        try _market.settle(a, p.signature, p.attestations) {
            _check(true, predicted);
            if (!attested) ++ghostUnattestedSettles;
            _nextNonce[a.seller] = a.nonce + 1;
            ++q.slots;
            q.lastSettledAt = uint64(block.timestamp);
            _trade[a.requestId][a.seller] = Tr({
                payout: uint96(q.price - _feeOf(q)),
                releaseAt: uint64(block.timestamp) + _window,
                status: IDataMarket.TradeStatus.Pending
            });
            _tradeRefs.push(TradeRef(a.requestId, a.seller));
            return true;
        } catch {
            _check(false, predicted);
            return false;
        }
    }

    /// @dev Whether the model says `a` would settle, attestations aside: the request takes trades (open,
    /// before its deadline, a free slot, its researcher verified), the approval is in time, the seller has
    /// no trade there and the nonce is her next.
    function _live(IDataMarket.TradeApproval memory a) internal view returns (bool) {
        Req storage q = _req[a.requestId];
        return !q.closed && block.timestamp < q.deadline && q.slots < q.maxRecords && _verified[q.researcher]
            && block.timestamp <= a.deadline
            && _trade[a.requestId][a.seller].status == IDataMarket.TradeStatus.None
            && a.nonce == _nextNonce[a.seller];
    }

    function _attestedNow(uint256 signers) internal view returns (bool) {
        uint256 n;
        for (uint256 i; i < _nodeKeys.length; ++i) {
            if (signers & (1 << i) != 0 && _member[i]) ++n;
        }
        return n >= _threshold;
    }

    function _attestBy(uint256 signers, bytes32 digest) internal view returns (bytes[] memory sigs) {
        uint256 n;
        for (uint256 i; i < _nodeKeys.length; ++i) {
            if (signers & (1 << i) != 0) ++n;
        }
        sigs = new bytes[](n);
        uint256 j;
        for (uint256 i; i < _nodeKeys.length; ++i) {
            if (signers & (1 << i) != 0) sigs[j++] = _sign(_nodeKeys[i], digest);
        }
    }

    function _paid(address seller, Tr storage t, uint256 amount) internal {
        t.status = IDataMarket.TradeStatus.Paid;
        _expected[seller] += amount;
    }

    function _closed(Req storage q) internal {
        q.closed = true;
        _expected[q.researcher] += uint256(q.price) * (q.maxRecords - q.slots);
    }

    /// @dev The `status` trade picked by `seed` among the settled ones, scanning from it.
    function _pickTrade(uint256 seed, IDataMarket.TradeStatus status)
        internal
        view
        returns (bool found, TradeRef memory r)
    {
        uint256 n = _tradeRefs.length;
        for (uint256 k; k < n; ++k) {
            r = _tradeRefs[(seed % n + k) % n];
            if (_trade[r.requestId][r.seller].status == status) return (true, r);
        }
    }

    function _requestId(uint256 seed) internal view returns (uint256) {
        return _requestCount == 0 ? 0 : bound(seed, 1, _requestCount);
    }

    /// @dev Mostly a request that the model says takes trades (scanning from the seed's), else any.
    function _takingTrades(uint256 seed) internal view returns (uint256) {
        uint256 n = _requestCount;
        if (n == 0 || seed % 8 == 0) return _requestId(seed);
        for (uint256 k; k < n; ++k) {
            uint256 id = 1 + (seed % n + k) % n;
            Req storage q = _req[id];
            if (
                !q.closed && block.timestamp < q.deadline && q.slots < q.maxRecords && _verified[q.researcher]
            ) {
                return id;
            }
        }
        return _requestId(seed);
    }

    /// @dev A request not closed that takes no more trades (full, expired, or its researcher revoked),
    /// scanning from the seed's; 0 if none.
    function _done(uint256 seed) internal view returns (uint256) {
        uint256 n = _requestCount;
        for (uint256 k; k < n; ++k) {
            uint256 id = 1 + (seed % n + k) % n;
            Req storage q = _req[id];
            if (
                !q.closed
                    && (q.slots == q.maxRecords || block.timestamp >= q.deadline || !_verified[q.researcher])
            ) {
                return id;
            }
        }
        return 0;
    }

    function _anyTakingTrades() internal view returns (bool) {
        for (uint256 id = 1; id <= _requestCount; ++id) {
            Req storage q = _req[id];
            if (
                !q.closed && block.timestamp < q.deadline && q.slots < q.maxRecords && _verified[q.researcher]
            ) {
                return true;
            }
        }
        return false;
    }

    function _anyDone() internal view returns (bool) {
        return _requestCount != 0 && _done(0) != 0;
    }

    function _anyWithStatus(IDataMarket.TradeStatus status) internal view returns (bool found) {
        (found,) = _pickTrade(0, status);
    }

    /// @dev Half the time the newest request, which is the likeliest to take trades.
    function _newestFirst(uint256 seed) internal view returns (uint256) {
        return seed % 2 == 0 ? _requestCount : _requestId(seed);
    }

    function _newKey() internal returns (uint256) {
        return uint256(keccak256(abi.encode("one-time trade key", ++_keys)));
    }

    function _track(address who) internal {
        if (_tracked[who]) return;
        _tracked[who] = true;
        _parties.push(who);
        _expected[who] = _token.balanceOf(who);
    }

    function _feeOf(Req storage q) internal view returns (uint256) {
        return (uint256(q.price) * q.feeBps) / BPS;
    }

    function _bondOf(Req storage q) internal view returns (uint256) {
        return (uint256(q.price) * BOND_BPS) / BPS;
    }

    function _check(bool succeeded, bool predicted) internal {
        if (succeeded != predicted) ++ghostMismatches;
    }

    function _sign(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    /// @dev Sets the committee to the pool nodes in `mask` (bit i: node i), with indices from
    /// `firstIndex` up, and records it in the model.
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
        } catch {
            ++ghostMismatches;
        }
    }
}
