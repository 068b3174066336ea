// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {MedToken} from "../../../src/MedToken.sol";
import {ProviderRegistry} from "../../../src/ProviderRegistry.sol";
import {IProviderRegistry} from "../../../src/interfaces/IProviderRegistry.sol";
import {ChallengeGriefer} from "../../ProviderRegistry.challenge.t.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Drives the ProviderRegistry with honest providers, a three-provider cartel that always votes
/// together, accomplices certified by the authority while a review is open (who try to vote in it at
/// once), sybils the cartel sponsors, and a griefing contract that finalizes and re-challenges an
/// unbonding provider in one transaction.
/// Its ghost is a model of the documented rules (IProviderRegistry's NatSpec), kept from the parameters
/// the handler set and the calls it made alone: statuses, stakes, certification history by block,
/// reviews with their snapshotted parameters, ballots, payouts, the forfeit pool and every actor's
/// wallet. Nothing in it is read back from the registry or from balance changes: each call's outcome
/// (applied or refused, and the amount it returns) is predicted first, and a difference is counted in
/// `mismatches`.
contract ProviderRegistryHandler is Test {
    uint256 internal constant BPS = 10_000;
    /// @dev The documented quorum share: 30 % of the providers certified when a review opens.
    uint256 internal constant QUORUM_SHARE_BPS = 3000;
    uint256 internal constant ANY = 0xf;
    uint256 internal constant HONEST_ONLY = 1 << uint8(Kind.Honest);
    uint256 internal constant NOT_SYBIL = ANY & ~(1 << uint8(Kind.Sybil));
    uint256 internal constant APPLICANTS = HONEST_ONLY | (1 << uint8(Kind.Sybil));

    enum Kind {
        Honest,
        Cartel,
        Sybil,
        Accomplice
    }

    /// @dev A provider as the model holds it.
    struct Model {
        IProviderRegistry.Status status;
        uint256 stake;
        uint256 unbondAt;
        uint256 activeReview;
    }

    struct Checkpoint {
        uint256 blockNumber;
        bool certified;
    }

    /// @dev A review as the model holds it: parameters as they were when it opened.
    struct ReviewModel {
        address subject;
        address challenger;
        bool misconduct;
        uint256 challengerBond;
        uint256 voteBond;
        uint256 penaltyBps;
        uint256 slashBps;
        uint256 rewardBps;
        uint256 quorum;
        uint256 minApprovals;
        uint256 commitEnd;
        uint256 revealEnd;
        uint256 openedIn;
        uint256 yes;
        uint256 no;
        uint256 colluderYes;
        bool finalized;
        IProviderRegistry.Outcome outcome;
        uint256 winnerPayout;
        uint256 loserPayout;
        address[] voters;
    }

    struct BallotModel {
        bool committed;
        bool approve;
        bool revealed;
        bool claimed;
    }

    MedToken internal immutable _token;
    ProviderRegistry internal immutable _registry;
    address internal immutable _admin;
    address internal immutable _treasury;
    ChallengeGriefer public immutable griefer;

    IProviderRegistry.Params internal _params;
    address[] public actors;
    mapping(address => Kind) public kindOf;
    mapping(address => Model) internal _model;
    mapping(address => Checkpoint[]) internal _history;
    mapping(address => uint256) public wallet;
    /// @dev When the model last saw each provider slashed directly.
    mapping(address => uint256) internal _lastDirectSlash;
    uint256 public certifiedCount;

    ReviewModel[] internal _reviews;
    mapping(uint256 reviewId => mapping(address voter => BallotModel)) internal _ballots;

    /// @notice What the registry should hold, by bucket.
    uint256 public openVoteBonds;
    uint256 public unclaimedPayouts;
    uint256 public openChallengerBonds;
    uint256 public forfeitPool;

    /// @notice When each honest provider last started unbonding, and the bound by which it must be out.
    mapping(address => uint256) public exitBound;

    /// @notice Calls whose outcome differed from the model's prediction, and the first of them.
    uint256 public mismatches;
    string public firstMismatch;
    /// @notice A sybil certified although its colluders' revealed approvals were below the quorum share.
    uint256 public cartelCertifiedBelowShare;
    /// @notice A commitment accepted from a provider certified in or after the review's opening block.
    uint256 public lateVoterCommits;
    /// @notice An honest provider past its exit bound that could not withdraw.
    uint256 public honestStuck;
    /// @notice Successful calls per action, and handler calls in all.
    mapping(string action => uint256) public successes;
    /// @notice Calls refused, as predicted, per action.
    mapping(string action => uint256) public refusals;
    uint256 public calls;
    /// @notice Handler calls in which at least one registry call succeeded.
    uint256 public productive;
    uint256 internal _succeeded;

    constructor(
        MedToken token,
        ProviderRegistry registry,
        address admin,
        address treasury,
        IProviderRegistry.Params memory params_,
        address[] memory honest,
        uint256 certifiedHonest,
        address[] memory cartel,
        address[] memory sybils,
        address[] memory accomplices
    ) {
        _token = token;
        _registry = registry;
        _admin = admin;
        _treasury = treasury;
        _params = params_;
        griefer = new ChallengeGriefer(IProviderRegistry(address(registry)), token);
        // Initial wallets are the only balances read, before anything happens here.
        wallet[treasury] = token.balanceOf(treasury);
        _enlist(honest, Kind.Honest);
        _enlist(cartel, Kind.Cartel);
        _enlist(sybils, Kind.Sybil);
        _enlist(accomplices, Kind.Accomplice);
        // The first honest providers and the cartel are certified; everyone else has applied.
        for (uint256 i; i < actors.length; ++i) {
            address a = actors[i];
            _applyAs(a, _params.minStake);
            if (kindOf[a] == Kind.Cartel || (kindOf[a] == Kind.Honest && i < certifiedHonest)) _certifyAs(a);
        }
        // Onboarding is not a run's action.
        delete successes["apply"];
        delete successes["certify"];
    }

    function _enlist(address[] memory list, Kind kind) internal {
        for (uint256 i; i < list.length; ++i) {
            actors.push(list[i]);
            kindOf[list[i]] = kind;
            vm.prank(list[i]);
            _token.approve(address(_registry), type(uint256).max);
        }
    }

    // ---------------------------------------------------------------- model

    function _colluder(address a) internal view returns (bool) {
        return kindOf[a] != Kind.Honest;
    }

    /// @dev Whether the model has `a` certified at the end of block `b`.
    function _certifiedAt(address a, uint256 b) internal view returns (bool) {
        Checkpoint[] storage h = _history[a];
        for (uint256 i = h.length; i > 0; --i) {
            if (h[i - 1].blockNumber <= b) return h[i - 1].certified;
        }
        return false;
    }

    function _setCertified(address a, bool certified) internal {
        _model[a].status = certified ? IProviderRegistry.Status.Certified : IProviderRegistry.Status.Unbonding;
        if (certified) ++certifiedCount;
        else --certifiedCount;
        _history[a].push(Checkpoint(block.number, certified));
    }

    function _startUnbonding(address a) internal {
        Model storage m = _model[a];
        if (m.status == IProviderRegistry.Status.Certified) _setCertified(a, false);
        m.status = IProviderRegistry.Status.Unbonding;
        m.unbondAt = block.timestamp + _params.unbondingDelay;
        // An honest provider is out one review at most after its unbonding ends.
        if (kindOf[a] == Kind.Honest) {
            exitBound[a] = m.unbondAt + _params.commitWindow + _params.revealWindow;
        }
    }

    /// @dev The quorum of a review opening now: `quorum`, or 30 % of the certified (rounded up) if more.
    function _quorumNow() internal view returns (uint256) {
        uint256 share = (certifiedCount * QUORUM_SHARE_BPS + BPS - 1) / BPS;
        return share > _params.quorum ? share : _params.quorum;
    }

    function _openReview(address subject, address challenger, uint256 bond) internal returns (uint256 id) {
        ReviewModel storage r = _reviews.push();
        r.subject = subject;
        r.challenger = challenger;
        r.misconduct = challenger != address(0);
        r.challengerBond = bond;
        r.voteBond = _params.voteBond;
        r.penaltyBps = _params.voterPenaltyBps;
        r.slashBps = _params.slashBps;
        r.rewardBps = _params.challengerRewardBps;
        r.quorum = _quorumNow();
        r.minApprovals = (certifiedCount * QUORUM_SHARE_BPS + BPS - 1) / BPS;
        r.commitEnd = block.timestamp + _params.commitWindow;
        r.revealEnd = r.commitEnd + _params.revealWindow;
        r.openedIn = block.number;
        id = _reviews.length;
        _model[subject].activeReview = id;
        openChallengerBonds += bond;
    }

    /// @dev Whether `a` may be challenged by `challenger` now, by the rules.
    function _challengeable(address a, address challenger) internal view returns (bool) {
        Model storage m = _model[a];
        if (a == challenger || m.activeReview != 0) return false;
        if (m.status == IProviderRegistry.Status.Certified) return true;
        return m.status == IProviderRegistry.Status.Unbonding && block.timestamp < m.unbondAt;
    }

    /// @dev Settles review `id` as the rules say: losers and non-revealers forfeit `penaltyBps` of their
    /// bond to the winners in equal shares (the remainder to the pool); without quorum, only
    /// non-revealers lose it, to the pool. Then decides the application or the challenge.
    function _finalizeModel(uint256 id) internal {
        ReviewModel storage r = _reviews[id - 1];
        r.finalized = true;
        uint256 penalty = r.voteBond * r.penaltyBps / BPS;
        uint256 revealed = r.yes + r.no;
        uint256 commits = r.voters.length;
        if (revealed < r.quorum) {
            r.outcome = IProviderRegistry.Outcome.NoQuorum;
            r.winnerPayout = r.voteBond;
        } else {
            // Approval needs a strict majority and approvals of 30 % of the certified at opening.
            r.outcome = r.yes > r.no && r.yes >= r.minApprovals
                ? IProviderRegistry.Outcome.Approved
                : IProviderRegistry.Outcome.Rejected;
            uint256 winners = r.outcome == IProviderRegistry.Outcome.Approved ? r.yes : r.no;
            r.winnerPayout = r.voteBond + (commits - winners) * penalty / winners;
        }
        r.loserPayout = r.voteBond - penalty;
        uint256 paid;
        for (uint256 i; i < commits; ++i) {
            paid += _won(id, r.voters[i]) ? r.winnerPayout : r.loserPayout;
        }
        openVoteBonds -= commits * r.voteBond;
        unclaimedPayouts += paid;
        forfeitPool += commits * r.voteBond - paid;

        address s = r.subject;
        Model storage m = _model[s];
        m.activeReview = 0;
        if (!r.misconduct) {
            if (
                m.status != IProviderRegistry.Status.Pending
                    || r.outcome == IProviderRegistry.Outcome.NoQuorum
            ) {
                return;
            }
            if (r.outcome == IProviderRegistry.Outcome.Approved) _setCertified(s, true);
            else _startUnbonding(s);
            return;
        }
        openChallengerBonds -= r.challengerBond;
        if (r.outcome != IProviderRegistry.Outcome.Approved) {
            forfeitPool += r.challengerBond;
            return;
        }
        uint256 slashed = m.stake * r.slashBps / BPS;
        uint256 reward = slashed * r.rewardBps / BPS;
        m.stake -= slashed;
        forfeitPool += slashed - reward;
        if (m.status == IProviderRegistry.Status.Certified) _startUnbonding(s);
        wallet[r.challenger] += r.challengerBond + reward;
    }

    function _unclaimed(uint256 id) internal view returns (address) {
        address[] storage voters = _reviews[id - 1].voters;
        for (uint256 i; i < voters.length; ++i) {
            if (!_ballots[id][voters[i]].claimed) return voters[i];
        }
        return address(0);
    }

    function _won(uint256 id, address voter) internal view returns (bool) {
        ReviewModel storage r = _reviews[id - 1];
        BallotModel storage b = _ballots[id][voter];
        if (!b.revealed) return false;
        return r.outcome == IProviderRegistry.Outcome.NoQuorum
            || b.approve == (r.outcome == IProviderRegistry.Outcome.Approved);
    }

    /// @dev How `voter` votes in review `id`, if at all. Colluders (the cartel, its accomplices and any
    /// sybil it got certified) approve sybils and accomplices, reject
    /// honest applicants, uphold challenges of honest providers and dismiss challenges of their own;
    /// honest providers approve non-sybil applicants, oppose sybils (a sybil's approvals are the
    /// colluders' alone, and an honest "no" must never carry them over the quorum) and uphold a
    /// challenge exactly when its subject is not honest.
    function _policy(address voter, uint256 id) internal view returns (bool votes, bool approve) {
        ReviewModel storage r = _reviews[id - 1];
        Kind subject = kindOf[r.subject];
        if (_colluder(voter)) {
            if (r.misconduct) return (true, subject == Kind.Honest);
            return (true, subject != Kind.Honest);
        }
        if (r.misconduct) return (true, subject != Kind.Honest);
        if (subject == Kind.Sybil) return (true, false);
        return (true, true);
    }

    /// @dev Whether `voter` may commit in review `id` now: in the commit phase, neither party, certified
    /// now and already at the end of the block before the review opened, and not yet committed.
    function _mayCommit(address voter, uint256 id) internal view returns (bool) {
        ReviewModel storage r = _reviews[id - 1];
        return !r.finalized && block.timestamp < r.commitEnd && voter != r.subject && voter != r.challenger
            && _model[voter].status == IProviderRegistry.Status.Certified
            && _certifiedAt(voter, r.openedIn - 1) && !_ballots[id][voter].committed;
    }

    // ---------------------------------------------------------------- plumbing

    /// @dev Counts the call, and whether any registry call in it succeeded (time passing counts too).
    modifier counted() {
        ++calls;
        uint256 before = _succeeded;
        _;
        if (_succeeded > before) ++productive;
    }

    function _check(bool predicted, bool ok, string memory what) internal {
        if (ok) ++_succeeded;
        if (predicted == ok) {
            if (ok) ++successes[what];
            else ++refusals[what];
            return;
        }
        if (mismatches++ == 0) {
            firstMismatch = string.concat(
                what, predicted ? ": reverted, expected success" : ": succeeded, expected revert"
            );
        }
    }

    function _fund(address to, uint256 amount) internal {
        vm.prank(_treasury);
        _token.transfer(to, amount);
        wallet[_treasury] -= amount;
        wallet[to] += amount;
    }

    function _actor(uint256 seed) internal view returns (address) {
        return actors[seed % actors.length];
    }

    /// @dev The first actor from `seed` on whose model status is `status` and whose kind is in `kinds`
    /// (a bit per Kind), or zero: actions go to those they can apply to, so few calls are wasted.
    function _pick(uint256 seed, IProviderRegistry.Status status, uint256 kinds)
        internal
        view
        returns (address)
    {
        uint256 n = actors.length;
        for (uint256 i; i < n; ++i) {
            address a = actors[(seed % n + i) % n];
            if (_model[a].status == status && kinds & (1 << uint8(kindOf[a])) != 0) return a;
        }
        return address(0);
    }

    /// @dev One of the four latest reviews (0 if none).
    function _recent(uint256 seed) internal view returns (uint256) {
        uint256 n = _reviews.length;
        if (n == 0) return 0;
        return n - seed % (n < 4 ? n : 4);
    }

    uint8 internal constant COMMIT = 0;
    uint8 internal constant REVEAL = 1;
    uint8 internal constant ENDED = 2;

    /// @dev The first unfinalized review from `seed` on that is in `phase`, or `otherwise`.
    function _inPhase(uint256 seed, uint8 phase, uint256 otherwise) internal view returns (uint256) {
        uint256 n = _reviews.length;
        for (uint256 i; i < n; ++i) {
            uint256 id = (seed % n + i) % n + 1;
            ReviewModel storage r = _reviews[id - 1];
            if (r.finalized) continue;
            uint8 now_ =
                block.timestamp < r.commitEnd ? COMMIT : block.timestamp < r.revealEnd ? REVEAL : ENDED;
            if (now_ == phase) return id;
        }
        return otherwise;
    }

    function _salt(uint256 id, address voter) internal pure returns (bytes32) {
        return keccak256(abi.encode("salt", id, voter));
    }

    function _applyAs(address a, uint256 amount) internal {
        bool predicted = _model[a].status == IProviderRegistry.Status.None && amount >= _params.minStake;
        _fund(a, amount);
        vm.prank(a);
        bool ok;
        try _registry.applyForCertification(amount, keccak256(abi.encode("credentials", a))) {
            ok = true;
        } catch {}
        _check(predicted, ok, "apply");
        if (!ok) return;
        _model[a].status = IProviderRegistry.Status.Pending;
        _model[a].stake = amount;
        wallet[a] -= amount;
    }

    function _certifyAs(address a) internal {
        Model storage m = _model[a];
        bool predicted = m.status == IProviderRegistry.Status.Pending && m.activeReview == 0;
        vm.prank(_admin);
        bool ok;
        try _registry.certify(a, bytes32("authority")) {
            ok = true;
        } catch {}
        _check(predicted, ok, "certify");
        if (ok) _setCertified(a, true);
    }

    function _commitAs(address voter, uint256 id, string memory what) internal {
        (bool votes, bool approve) = _policy(voter, id);
        if (!votes) return;
        ReviewModel storage r = _reviews[id - 1];
        bool predicted = _mayCommit(voter, id);
        uint256 bond = r.voteBond;
        _fund(voter, bond);
        bytes32 commitment = keccak256(abi.encode(id, voter, approve, _salt(id, voter)));
        vm.prank(voter);
        bool ok;
        try _registry.commitVote(id, commitment) {
            ok = true;
        } catch {}
        _check(predicted, ok, what);
        if (ok && !_certifiedAt(voter, r.openedIn - 1)) ++lateVoterCommits;
        if (!ok) return;
        wallet[voter] -= bond;
        openVoteBonds += bond;
        r.voters.push(voter);
        _ballots[id][voter] =
            BallotModel({committed: true, approve: approve, revealed: false, claimed: false});
    }

    function _finalizeAs(address caller, uint256 id, string memory what) internal returns (bool ok) {
        ReviewModel storage r = _reviews[id - 1];
        bool predicted = !r.finalized && block.timestamp >= r.revealEnd;
        bool wasPending = _model[r.subject].status == IProviderRegistry.Status.Pending;
        IProviderRegistry.Outcome outcome;
        vm.prank(caller);
        try _registry.finalize(id) returns (IProviderRegistry.Outcome o) {
            ok = true;
            outcome = o;
        } catch {}
        _check(predicted, ok, what);
        if (!ok) return ok;
        _finalizeModel(id);
        _check(true, outcome == r.outcome, "finalize outcome");
        // The cartel property, against the registry itself: a sybil certified by this review had at least
        // the quorum the model computed when it opened (30 % of the certified then) in colluders' approvals.
        if (r.misconduct || !wasPending || kindOf[r.subject] != Kind.Sybil || r.colluderYes == 0) return ok;
        if (_registry.isCertified(r.subject)) {
            ++successes["sybil certified at quorum"];
            if (r.colluderYes < r.quorum) ++cartelCertifiedBelowShare;
        } else {
            ++successes["sybil kept out"];
        }
    }

    // ---------------------------------------------------------------- actions

    /// @notice An unstaked honest provider, sybil or accomplice applies (colluders re-apply too).
    function applyFor(uint256 seed, uint256 amount) external counted {
        address a = _pick(seed, IProviderRegistry.Status.None, ANY);
        if (a == address(0)) return;
        // One application in eight offers less than the minimum.
        uint256 min = _params.minStake;
        amount = amount % 8 == 0 ? min - 1 : _bound(amount, min, 3 * min);
        _applyAs(a, amount);
    }

    /// @notice The authority certifies a pending honest provider or accomplice (never a sybil); a freshly
    /// certified accomplice at once tries to vote in every review still taking commitments.
    function certify(uint256 seed) external counted {
        address a = _pick(seed, IProviderRegistry.Status.Pending, NOT_SYBIL);
        if (a == address(0)) return;
        _certifyAs(a);
        if (kindOf[a] != Kind.Accomplice || _model[a].status != IProviderRegistry.Status.Certified) return;
        for (uint256 id = _reviews.length; id > 0 && id + 4 > _reviews.length; --id) {
            if (!_reviews[id - 1].finalized && block.timestamp < _reviews[id - 1].commitEnd) {
                _commitAs(a, id, "late vote");
            }
        }
    }

    /// @notice A pending applicant (honest, or a cartel-sponsored sybil) asks its peers for certification.
    function requestReview(uint256 seed) external counted {
        address a = _pick(seed, IProviderRegistry.Status.Pending, APPLICANTS);
        if (a == address(0)) return;
        Model storage m = _model[a];
        bool predicted = m.status == IProviderRegistry.Status.Pending && m.activeReview == 0;
        vm.prank(a);
        bool ok;
        try _registry.requestReview() returns (uint256 id) {
            ok = true;
            _check(true, id == _reviews.length + 1, "review id");
        } catch {}
        _check(predicted, ok, "requestReview");
        if (ok) _openReview(a, address(0), 0);
    }

    /// @notice An honest provider challenges a colluder or sybil; a cartel member challenges an honest one.
    function challenge(uint256 challengerSeed, uint256 subjectSeed) external counted {
        address c = _actor(challengerSeed);
        // Colluders challenge honest providers; honest providers challenge the others. Mostly certified
        // subjects; one in four unbonding (challengeable only until its unbonding ends).
        IProviderRegistry.Status status =
            subjectSeed % 4 == 0 ? IProviderRegistry.Status.Unbonding : IProviderRegistry.Status.Certified;
        address s = _pick(subjectSeed >> 2, status, _colluder(c) ? HONEST_ONLY : ANY & ~HONEST_ONLY);
        if (s == address(0)) return;
        uint256 bond = _params.challengeBond;
        bool predicted = _challengeable(s, c);
        _fund(c, bond);
        vm.prank(c);
        bool ok;
        try _registry.challenge(s, bytes32("evidence")) {
            ok = true;
        } catch {}
        _check(predicted, ok, "challenge");
        if (!ok) return;
        wallet[c] -= bond;
        _openReview(s, c, bond);
    }

    /// @notice The griefing contract finalizes an unbonding honest provider's review (if it has one) and
    /// challenges it again, in one transaction.
    function grief(uint256 seed) external counted {
        address s = _pick(seed, IProviderRegistry.Status.Unbonding, HONEST_ONLY);
        if (s == address(0)) return;
        Model storage m = _model[s];
        uint256 open = m.activeReview;
        // Finalizing leaves it unbonding with the same unbondAt, and no review open.
        bool predicted =
            (open == 0 || block.timestamp >= _reviews[open - 1].revealEnd) && block.timestamp < m.unbondAt;
        uint256 bond = _params.challengeBond;
        _fund(address(griefer), bond);
        bool ok;
        try griefer.rechallenge(s, open) {
            ok = true;
        } catch {}
        _check(predicted, ok, "grief");
        // A refusal reverts the whole transaction: nothing was finalized either.
        if (!ok) return;
        if (open != 0) _finalizeModel(open);
        wallet[address(griefer)] -= bond;
        _openReview(s, address(griefer), bond);
    }

    /// @notice Certified providers commit their votes (each by its policy) in a review taking commitments.
    function vote(uint256 voterSeed, uint256 reviewSeed) external counted {
        uint256 id = _inPhase(reviewSeed, COMMIT, 0);
        if (id == 0) return;
        // Every first, second or third provider from the seed on, each by its own policy.
        uint256 n = actors.length;
        for (uint256 i; i < n; i += 1 + voterSeed % 3) {
            address v = actors[(voterSeed % n + i) % n];
            if (_model[v].status != IProviderRegistry.Status.Certified) continue;
            _commitAs(v, id, kindOf[v] == Kind.Honest ? "honest vote" : "colluder vote");
        }
    }

    /// @notice The cartel commits together in one of the latest reviews.
    function cartelVote(uint256 reviewSeed) external counted {
        uint256 id = _inPhase(reviewSeed, COMMIT, 0);
        if (id == 0) return;
        for (uint256 i; i < actors.length; ++i) {
            if (kindOf[actors[i]] == Kind.Cartel) _commitAs(actors[i], id, "cartel vote");
        }
    }

    /// @notice Every committed voter of a review reveals, from `seed` on; one in four
    /// first tries the opposite vote, which must be refused.
    function reveal(uint256 seed, uint256 reviewSeed) external counted {
        uint256 id = _recent(reviewSeed);
        if (id == 0) return;
        // Mostly a review in its reveal phase, if there is one; else one still taking commitments, whose
        // voters wait for the reveal phase to open.
        if (reviewSeed % 8 != 0) {
            uint256 later = _inPhase(reviewSeed, COMMIT, id);
            id = _inPhase(reviewSeed, REVEAL, later);
            if (id == later && !_reviews[id - 1].finalized && block.timestamp < _reviews[id - 1].commitEnd) {
                vm.warp(_reviews[id - 1].commitEnd);
                vm.roll(block.number + 1);
            }
        }
        ReviewModel storage r = _reviews[id - 1];
        uint256 n = r.voters.length;
        bool phase = !r.finalized && block.timestamp >= r.commitEnd && block.timestamp < r.revealEnd;
        for (uint256 k; k < n; ++k) {
            address v = r.voters[(seed % n + k) % n];
            BallotModel storage b = _ballots[id][v];
            if (b.revealed) continue;
            bool ok;
            if ((seed >> k) % 4 == 0) {
                vm.prank(v);
                try _registry.revealVote(id, !b.approve, _salt(id, v)) {
                    ok = true;
                } catch {}
                _check(false, ok, "flipped reveal");
            }
            vm.prank(v);
            ok = false;
            try _registry.revealVote(id, b.approve, _salt(id, v)) {
                ok = true;
            } catch {}
            _check(phase, ok, "reveal");
            if (!ok) return;
            b.revealed = true;
            if (b.approve) ++r.yes;
            else ++r.no;
            if (b.approve && _colluder(v)) ++r.colluderYes;
        }
    }

    /// @notice Anyone finalizes one of the reviews.
    function finalize(uint256 reviewSeed) external counted {
        uint256 n = _reviews.length;
        if (n == 0) return;
        // Mostly a review ready to finalize, if there is one.
        uint256 id = reviewSeed % n + 1;
        if (reviewSeed % 8 != 0) id = _inPhase(reviewSeed, ENDED, id);
        _finalizeAs(makeAddr("keeper"), id, "finalize");
    }

    /// @notice A voter of a finalized review claims what the model says it is owed.
    function claim(uint256 seed, uint256 reviewSeed) external counted {
        uint256 n = _reviews.length;
        if (n == 0) return;
        // Mostly a finalized review with a ballot unclaimed, if there is one.
        uint256 id = reviewSeed % n + 1;
        for (uint256 i; i < n && reviewSeed % 8 != 0; ++i) {
            uint256 j = (reviewSeed % n + i) % n + 1;
            if (_reviews[j - 1].finalized && _unclaimed(j) != address(0)) {
                id = j;
                break;
            }
        }
        ReviewModel storage r = _reviews[id - 1];
        if (r.voters.length == 0) return;
        address v = r.voters[seed % r.voters.length];
        if (seed % 8 != 0 && _unclaimed(id) != address(0)) v = _unclaimed(id);
        BallotModel storage b = _ballots[id][v];
        bool predicted = r.finalized && !b.claimed;
        uint256 owed = _won(id, v) ? r.winnerPayout : r.loserPayout;
        vm.prank(v);
        bool ok;
        uint256 amount;
        try _registry.claimBond(id) returns (uint256 a) {
            ok = true;
            amount = a;
        } catch {}
        _check(predicted, ok, "claim");
        if (!ok) return;
        _check(true, amount == owed, "claim amount");
        b.claimed = true;
        unclaimedPayouts -= owed;
        wallet[v] += owed;
    }

    /// @notice A pending or certified provider leaves.
    function leave(uint256 seed) external counted {
        // Mostly a provider that may leave; one call in four one that may not.
        address a = _pick(
            seed >> 2,
            seed % 4 == 0 ? IProviderRegistry.Status.Unbonding : IProviderRegistry.Status.Certified,
            seed % 8 == 1 ? HONEST_ONLY : ANY
        );
        if (seed % 8 == 3) a = _pick(seed >> 2, IProviderRegistry.Status.Pending, ANY);
        if (a == address(0)) return;
        IProviderRegistry.Status s = _model[a].status;
        bool predicted = s == IProviderRegistry.Status.Pending || s == IProviderRegistry.Status.Certified;
        vm.prank(a);
        bool ok;
        try _registry.leave() {
            ok = true;
        } catch {}
        _check(predicted, ok, "leave");
        if (ok) _startUnbonding(a);
    }

    /// @notice An unbonding provider tries to withdraw, early or not: only from `unbondAt` with no review
    /// of it open, and exactly its stake after slashes.
    function withdraw(uint256 seed) external counted {
        address a = _pick(seed, IProviderRegistry.Status.Unbonding, ANY);
        if (a == address(0)) return;
        _withdrawAs(a, "withdraw");
    }

    function _withdrawAs(address a, string memory what) internal returns (bool ok) {
        Model storage m = _model[a];
        bool predicted = m.status == IProviderRegistry.Status.Unbonding && block.timestamp >= m.unbondAt
            && m.activeReview == 0;
        uint256 amount;
        vm.prank(a);
        try _registry.withdraw() returns (uint256 out) {
            ok = true;
            amount = out;
        } catch {}
        _check(predicted, ok, what);
        if (!ok) return ok;
        _check(true, amount == m.stake, "withdrawn amount");
        wallet[a] += m.stake;
        delete _model[a];
        exitBound[a] = 0;
    }

    /// @notice An honest unbonding provider (or, if there is none, a certified one that leaves first)
    /// waits out its bound (unbondAt + one review), finalizes the
    /// review of it if one is still open, and withdraws: this must always work, whatever the griefer did.
    function honestExit(uint256 seed) external counted {
        address a = _pick(seed, IProviderRegistry.Status.Unbonding, HONEST_ONLY);
        if (a == address(0)) {
            // None unbonding: one leaves now, and exits later.
            a = _pick(seed, IProviderRegistry.Status.Certified, HONEST_ONLY);
            if (a == address(0)) return;
            vm.prank(a);
            bool ok;
            try _registry.leave() {
                ok = true;
            } catch {}
            _check(true, ok, "leave");
            if (ok) _startUnbonding(a);
            return;
        }
        if (block.timestamp < exitBound[a]) {
            vm.warp(exitBound[a]);
            vm.roll(block.number + 1);
        }
        _exit(a);
    }

    function _exit(address a) internal {
        uint256 open = _model[a].activeReview;
        if (open != 0 && !_finalizeAs(a, open, "exit finalize")) {
            ++honestStuck;
            return;
        }
        if (!_withdrawAs(a, "honest exit")) ++honestStuck;
    }

    /// @notice The slasher slashes a staked provider (sometimes by more than its stake, which must fail);
    /// a pending or certified one left below the minimum stake starts unbonding.
    function slash(uint256 seed, uint256 amount) external counted {
        address a = _actor(seed);
        Model storage m = _model[a];
        if (m.status == IProviderRegistry.Status.None) return;
        // The documented cap (a tenth of the stake) and cooldown (30 days per provider); above
        // the cap, or again too soon, must fail.
        uint256 cap = m.stake * 1000 / 10_000;
        amount = _bound(amount, 1, cap + 1);
        uint256 last = _lastDirectSlash[a];
        bool predicted = amount <= cap && (last == 0 || block.timestamp >= last + 30 days);
        vm.prank(_admin);
        bool ok;
        try _registry.slash(a, amount, bytes32("misconduct")) {
            ok = true;
        } catch {}
        _check(predicted, ok, "slash");
        if (!ok) return;
        _lastDirectSlash[a] = block.timestamp;
        m.stake -= amount;
        forfeitPool += amount;
        bool active =
            m.status == IProviderRegistry.Status.Pending || m.status == IProviderRegistry.Status.Certified;
        if (active && m.stake < _params.minStake) _startUnbonding(a);
    }

    /// @notice The treasurer sends forfeits to the treasury (sometimes more than the pool, which must fail).
    function withdrawForfeits(uint256 amount) external counted {
        amount = _bound(amount, 1, forfeitPool + 1);
        bool predicted = amount <= forfeitPool;
        vm.prank(_admin);
        bool ok;
        try _registry.withdrawForfeits(amount) {
            ok = true;
        } catch {}
        _check(predicted, ok, "withdrawForfeits");
        if (!ok) return;
        forfeitPool -= amount;
        wallet[_treasury] += amount;
    }

    /// @notice New bonds, shares and quorum floor; open reviews keep the ones they opened with.
    function setParams(
        uint128 voteBond,
        uint128 challengeBond,
        uint16 quorum,
        uint16 penaltyBps,
        uint16 slashBps,
        uint16 rewardBps
    ) external counted {
        IProviderRegistry.Params memory q = _params;
        q.voteBond = uint128(_bound(voteBond, 1e15, 50e18));
        q.challengeBond = uint128(_bound(challengeBond, 1e15, 200e18));
        q.quorum = uint16(_bound(quorum, 1, 4));
        q.voterPenaltyBps = uint16(_bound(penaltyBps, 0, BPS));
        q.slashBps = uint16(_bound(slashBps, 1, BPS));
        q.challengerRewardBps = uint16(_bound(rewardBps, 0, BPS));
        vm.prank(_admin);
        bool ok;
        try _registry.setParams(q) {
            ok = true;
        } catch {}
        _check(true, ok, "setParams");
        if (ok) _params = q;
    }

    /// @notice Time passes: a block, part of a phase, a whole phase, or a day.
    function warp(uint256 step) external counted {
        uint256[6] memory steps = [uint256(12), 12, 10 minutes, 30 minutes, 1 hours, 1 days];
        vm.warp(block.timestamp + steps[step % steps.length]);
        vm.roll(block.number + 1);
        ++_succeeded;
    }

    /// @notice After a run: every honest unbonding provider, once past its bound, gets out.
    function exitAllHonest() external {
        for (uint256 i; i < actors.length; ++i) {
            address a = actors[i];
            if (kindOf[a] != Kind.Honest || _model[a].status != IProviderRegistry.Status.Unbonding) continue;
            if (block.timestamp < exitBound[a]) vm.warp(exitBound[a]);
            _exit(a);
        }
    }

    // ---------------------------------------------------------------- views for the invariants

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function model(address a) external view returns (Model memory) {
        return _model[a];
    }

    function certifiedAt(address a, uint256 b) external view returns (bool) {
        return _certifiedAt(a, b);
    }

    function reviewCount() external view returns (uint256) {
        return _reviews.length;
    }

    function reviewModel(uint256 id) external view returns (ReviewModel memory) {
        return _reviews[id - 1];
    }

    function ballotModel(uint256 id, address voter) external view returns (BallotModel memory) {
        return _ballots[id][voter];
    }

    /// @notice The model's stakes, summed.
    function outstandingStakes() public view returns (uint256 sum) {
        for (uint256 i; i < actors.length; ++i) {
            sum += _model[actors[i]].stake;
        }
    }
}
