// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {DelayedAdmin} from "./access/DelayedAdmin.sol";
import {IAccountRegistry} from "./interfaces/IAccountRegistry.sol";
import {IProviderRegistry} from "./interfaces/IProviderRegistry.sol";
import {ERC2771Context} from "@openzeppelin/contracts/metatx/ERC2771Context.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Context} from "@openzeppelin/contracts/utils/Context.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";

/// @title ProviderRegistry
/// @notice Stake-backed certification of providers by authority or peer vote, misconduct challenges,
/// slashing and unbonding (see IProviderRegistry for the rules of a vote).
/// Invariants:
/// - token balance of this contract == `totalStaked` + `bondsHeld` + `forfeitPool` (nothing is created
///   or lost; every movement between the three is an event);
/// - `totalStaked` is the sum of providers' stakes; a provider withdraws at most its stake after
///   slashes, only when unbonding, only from `unbondAt`, and never while a review of it is open;
/// - at most one open review per provider; only certified providers other than the subject and the
///   challenger vote; each voter commits once and a reveal counts only if it matches its commitment;
/// - `isCertified` equals the latest certification checkpoint, so `wasCertifiedAt` answers for any
///   past block.
contract ProviderRegistry is IProviderRegistry, DelayedAdmin, ERC2771Context, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using Checkpoints for Checkpoints.Trace208;

    /// @notice Role that sets parameters.
    bytes32 public constant PARAMS_ROLE = keccak256("PARAMS_ROLE");
    /// @notice Role that certifies or rejects applications directly.
    bytes32 public constant CERTIFIER_ROLE = keccak256("CERTIFIER_ROLE");
    /// @notice Role that slashes with an evidence commitment.
    bytes32 public constant SLASHER_ROLE = keccak256("SLASHER_ROLE");
    /// @notice Role that sends forfeits to the treasury.
    bytes32 public constant TREASURER_ROLE = keccak256("TREASURER_ROLE");
    /// @notice Role that opens bond-free challenges on behalf of a challenger (the ConsentManager).
    bytes32 public constant CHALLENGE_OPENER_ROLE = keccak256("CHALLENGE_OPENER_ROLE");

    /// @notice Basis-point denominator.
    uint256 public constant BPS = 10_000;
    /// @notice Share of the providers certified when a review opens that its quorum needs at least
    /// (with `quorum` as the floor): so a fixed handful cannot decide for a large registry.
    uint256 public constant QUORUM_SHARE_BPS = 3000;
    /// @notice The most a direct slash (one without an upheld review) may take, in basis points of the stake.
    uint256 public constant MAX_DIRECT_SLASH_BPS = 1000;
    /// @notice How long after a direct slash the same provider cannot be slashed directly again.
    uint256 public constant DIRECT_SLASH_COOLDOWN = 30 days;
    /// @notice Bounds of `minStake`.
    uint256 public constant MIN_STAKE_FLOOR = 1e18;
    uint256 public constant MIN_STAKE_CEIL = 1e27;
    /// @notice Bounds of `voteBond` and `challengeBond`.
    uint256 public constant BOND_FLOOR = 1e15;
    uint256 public constant BOND_CEIL = 1e26;
    /// @notice Bounds of `commitWindow` and `revealWindow`.
    uint256 public constant WINDOW_FLOOR = 1 hours;
    uint256 public constant WINDOW_CEIL = 14 days;
    /// @notice Bounds of `unbondingDelay`.
    uint256 public constant UNBONDING_FLOOR = 1 days;
    uint256 public constant UNBONDING_CEIL = 90 days;
    /// @notice Upper bound of `quorum` (lower bound 1).
    uint256 public constant QUORUM_CEIL = 100;

    /// @notice The staking token.
    IERC20 public immutable TOKEN;
    /// @notice The account registry: applicants must be registered providers.
    IAccountRegistry public immutable ACCOUNTS;

    Params private _params;
    address private _treasury;
    uint256 private _totalStaked;
    uint256 private _bondsHeld;
    uint256 private _forfeitPool;

    mapping(address provider => Provider) private _providers;
    mapping(address provider => Checkpoints.Trace208) private _history;
    Review[] private _reviews;
    mapping(uint256 reviewId => mapping(address voter => Ballot)) private _ballots;
    /// @dev How many providers are certified now.
    uint256 private _certifiedCount;
    /// @dev When each provider was last slashed directly.
    mapping(address provider => uint48 at) private _directSlashAt;

    /// @param admin Administers roles (gets DEFAULT_ADMIN_ROLE only).
    /// @param forwarder The trusted ERC-2771 forwarder.
    /// @param token The staking token.
    /// @param accounts The account registry.
    /// @param treasury_ Where forfeits go.
    /// @param params_ Initial parameters, each within bounds.
    constructor(
        address admin,
        address forwarder,
        IERC20 token,
        IAccountRegistry accounts,
        address treasury_,
        Params memory params_
    ) DelayedAdmin(admin) ERC2771Context(forwarder) {
        if (address(token) == address(0) || address(accounts) == address(0)) {
            revert ZeroAddress();
        }
        TOKEN = token;
        ACCOUNTS = accounts;
        _setTreasury(treasury_);
        _setParams(params_);
    }

    // ---------------------------------------------------------------- staking

    /// @inheritdoc IProviderRegistry
    function applyForCertification(uint256 amount, bytes32 credentials) external nonReentrant {
        _apply(_msgSender(), amount, credentials);
    }

    /// @inheritdoc IProviderRegistry
    function applyWithPermit(
        uint256 amount,
        bytes32 credentials,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external nonReentrant {
        address applicant = _msgSender();
        // A front-runner may have spent the permit already; the allowance then exists and the transfer
        // below decides.
        try IERC20Permit(address(TOKEN)).permit(applicant, address(this), amount, deadline, v, r, s) {}
            catch {}
        _apply(applicant, amount, credentials);
    }

    /// @inheritdoc IProviderRegistry
    function leave() external {
        address account = _msgSender();
        Provider storage p = _providers[account];
        if (p.status != Status.Pending && p.status != Status.Certified) revert NotActive(account, p.status);
        _startUnbonding(account, p);
    }

    /// @inheritdoc IProviderRegistry
    function withdraw() external nonReentrant returns (uint256 amount) {
        address account = _msgSender();
        Provider storage p = _providers[account];
        if (p.status != Status.Unbonding) revert NotUnbonding(account, p.status);
        if (block.timestamp < p.unbondAt) revert UnbondingNotOver(account, p.unbondAt);
        if (p.activeReview != 0) revert ReviewActive(account, p.activeReview);
        amount = p.stake;
        _totalStaked -= amount;
        delete _providers[account];
        emit Withdrawn(account, amount);
        TOKEN.safeTransfer(account, amount);
    }

    // ---------------------------------------------------------------- authority path

    /// @inheritdoc IProviderRegistry
    function certify(address account, bytes32 reason) external onlyRole(CERTIFIER_ROLE) {
        Provider storage p = _pendingWithoutReview(account);
        _setCertified(account, p, true);
        emit Certified(account, 0, reason);
    }

    /// @inheritdoc IProviderRegistry
    function reject(address account, bytes32 reason) external onlyRole(CERTIFIER_ROLE) {
        Provider storage p = _pendingWithoutReview(account);
        emit Rejected(account, 0, reason);
        _startUnbonding(account, p);
    }

    // ---------------------------------------------------------------- reviews

    /// @inheritdoc IProviderRegistry
    function requestReview() external returns (uint256 reviewId) {
        address account = _msgSender();
        Provider storage p = _pendingWithoutReview(account);
        reviewId = _openReview(p, account, ReviewKind.Certification, address(0), 0, bytes32(0));
    }

    /// @inheritdoc IProviderRegistry
    function challenge(address account, bytes32 evidence) external nonReentrant returns (uint256 reviewId) {
        address challenger = _msgSender();
        Provider storage p = _challengeable(account, challenger);
        uint128 bond = _params.challengeBond;
        _bondsHeld += bond;
        reviewId = _openReview(p, account, ReviewKind.Misconduct, challenger, bond, evidence);
        TOKEN.safeTransferFrom(challenger, address(this), bond);
    }

    /// @inheritdoc IProviderRegistry
    function openChallengeFor(address account, address challenger, bytes32 evidence)
        external
        onlyRole(CHALLENGE_OPENER_ROLE)
        returns (uint256 reviewId)
    {
        if (challenger == address(0)) revert ZeroAddress();
        Provider storage p = _challengeable(account, challenger);
        reviewId = _openReview(p, account, ReviewKind.Misconduct, challenger, 0, evidence);
    }

    /// @inheritdoc IProviderRegistry
    function commitVote(uint256 reviewId, bytes32 commitment) external nonReentrant {
        address voter = _msgSender();
        Review storage rv = _review(reviewId);
        if (block.timestamp >= rv.commitEnd) revert CommitClosed(reviewId, rv.commitEnd);
        if (voter == rv.subject || voter == rv.challenger) revert IneligibleVoter(reviewId, voter);
        if (_providers[voter].status != Status.Certified) revert NotCertified(voter);
        // Certified before the block the review opened in: nobody certified to vote in it can.
        if (_history[voter].upperLookupRecent(rv.openedIn - 1) == 0) {
            revert IneligibleVoter(reviewId, voter);
        }
        if (commitment == bytes32(0)) revert EmptyCommitment();
        Ballot storage b = _ballots[reviewId][voter];
        if (b.commitment != bytes32(0)) revert AlreadyCommitted(reviewId, voter);
        b.commitment = commitment;
        ++rv.commits;
        uint128 bond = rv.voteBond;
        _bondsHeld += bond;
        emit VoteCommitted(reviewId, voter, commitment);
        TOKEN.safeTransferFrom(voter, address(this), bond);
    }

    /// @inheritdoc IProviderRegistry
    function revealVote(uint256 reviewId, bool approve, bytes32 salt) external {
        address voter = _msgSender();
        Review storage rv = _review(reviewId);
        if (block.timestamp < rv.commitEnd || block.timestamp >= rv.revealEnd) {
            revert NotRevealPhase(reviewId, rv.commitEnd, rv.revealEnd);
        }
        Ballot storage b = _ballots[reviewId][voter];
        if (b.commitment == bytes32(0)) revert NoCommitment(reviewId, voter);
        if (b.revealed) revert AlreadyRevealed(reviewId, voter);
        if (_commitment(reviewId, voter, approve, salt) != b.commitment) {
            revert CommitmentMismatch(reviewId, voter);
        }
        b.revealed = true;
        b.approve = approve;
        if (approve) ++rv.yes;
        else ++rv.no;
        emit VoteRevealed(reviewId, voter, approve);
    }

    /// @inheritdoc IProviderRegistry
    function finalize(uint256 reviewId) external nonReentrant returns (Outcome outcome) {
        Review storage rv = _review(reviewId);
        if (rv.outcome != Outcome.Open) revert AlreadyFinalized(reviewId);
        if (block.timestamp < rv.revealEnd) revert RevealNotOver(reviewId, rv.revealEnd);
        outcome = _settleVoters(rv);
        address subject = rv.subject;
        Provider storage p = _providers[subject];
        p.activeReview = 0;
        emit ReviewFinalized(reviewId, outcome, rv.yes, rv.no, rv.winnerPayout, rv.loserPayout);
        if (rv.kind == ReviewKind.Certification) _decideApplication(reviewId, subject, p, outcome);
        else _decideChallenge(reviewId, rv, subject, p, outcome);
    }

    /// @inheritdoc IProviderRegistry
    function claimBond(uint256 reviewId) external nonReentrant returns (uint256 amount) {
        address voter = _msgSender();
        Review storage rv = _review(reviewId);
        Outcome outcome = rv.outcome;
        if (outcome == Outcome.Open) revert NotFinalized(reviewId);
        Ballot storage b = _ballots[reviewId][voter];
        if (b.commitment == bytes32(0)) revert NoCommitment(reviewId, voter);
        if (b.claimed) revert AlreadyClaimed(reviewId, voter);
        b.claimed = true;
        bool won = b.revealed && (outcome == Outcome.NoQuorum || b.approve == (outcome == Outcome.Approved));
        amount = won ? rv.winnerPayout : rv.loserPayout;
        _bondsHeld -= amount;
        emit BondClaimed(reviewId, voter, amount);
        TOKEN.safeTransfer(voter, amount);
    }

    // ---------------------------------------------------------------- slashing and forfeits

    /// @inheritdoc IProviderRegistry
    function slash(address account, uint256 amount, bytes32 evidence) external onlyRole(SLASHER_ROLE) {
        Provider storage p = _providers[account];
        uint256 max = uint256(p.stake) * MAX_DIRECT_SLASH_BPS / BPS;
        if (amount == 0 || amount > max) revert InvalidSlash(account, amount, max);
        uint48 last = _directSlashAt[account];
        if (last != 0 && block.timestamp < last + DIRECT_SLASH_COOLDOWN) {
            revert SlashTooSoon(account, uint48(last + DIRECT_SLASH_COOLDOWN));
        }
        _directSlashAt[account] = uint48(block.timestamp);
        _slashStake(account, p, amount, evidence, 0);
        _accrue(amount);
        if ((p.status == Status.Pending || p.status == Status.Certified) && p.stake < _params.minStake) {
            _startUnbonding(account, p);
        }
    }

    /// @inheritdoc IProviderRegistry
    function withdrawForfeits(uint256 amount) external onlyRole(TREASURER_ROLE) nonReentrant {
        if (amount == 0 || amount > _forfeitPool) revert InvalidForfeitAmount(amount, _forfeitPool);
        _forfeitPool -= amount;
        address to = _treasury;
        emit ForfeitsWithdrawn(to, amount);
        TOKEN.safeTransfer(to, amount);
    }

    // ---------------------------------------------------------------- parameters

    /// @inheritdoc IProviderRegistry
    function setParams(Params calldata params_) external onlyRole(PARAMS_ROLE) {
        _setParams(params_);
    }

    /// @inheritdoc IProviderRegistry
    function setTreasury(address treasury_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setTreasury(treasury_);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IProviderRegistry
    function isCertified(address account) external view returns (bool) {
        return _providers[account].status == Status.Certified;
    }

    /// @inheritdoc IProviderRegistry
    function wasCertifiedAt(address account, uint256 blockNumber) external view returns (bool) {
        uint48 key = blockNumber > type(uint48).max ? type(uint48).max : uint48(blockNumber);
        return _history[account].upperLookupRecent(key) != 0;
    }

    /// @inheritdoc IProviderRegistry
    function provider(address account) external view returns (Provider memory) {
        return _providers[account];
    }

    /// @inheritdoc IProviderRegistry
    function review(uint256 reviewId) external view returns (Review memory) {
        return _review(reviewId);
    }

    /// @inheritdoc IProviderRegistry
    function ballot(uint256 reviewId, address voter) external view returns (Ballot memory) {
        return _ballots[reviewId][voter];
    }

    /// @inheritdoc IProviderRegistry
    function certifiedCount() external view returns (uint256) {
        return _certifiedCount;
    }

    /// @inheritdoc IProviderRegistry
    function reviewOpenedIn(uint256 reviewId) external view returns (uint256) {
        return _review(reviewId).openedIn;
    }

    /// @inheritdoc IProviderRegistry
    function reviewCount() external view returns (uint256) {
        return _reviews.length;
    }

    /// @inheritdoc IProviderRegistry
    function params() external view returns (Params memory) {
        return _params;
    }

    /// @inheritdoc IProviderRegistry
    function totalStaked() external view returns (uint256) {
        return _totalStaked;
    }

    /// @inheritdoc IProviderRegistry
    function bondsHeld() external view returns (uint256) {
        return _bondsHeld;
    }

    /// @inheritdoc IProviderRegistry
    function forfeitPool() external view returns (uint256) {
        return _forfeitPool;
    }

    /// @inheritdoc IProviderRegistry
    function treasury() external view returns (address) {
        return _treasury;
    }

    /// @inheritdoc IProviderRegistry
    function voteCommitment(uint256 reviewId, address voter, bool approve, bytes32 salt)
        external
        pure
        returns (bytes32)
    {
        return _commitment(reviewId, voter, approve, salt);
    }

    // ---------------------------------------------------------------- internal

    /// @dev Fixes what each ballot claims. Losers and non-revealers forfeit `penaltyBps` of their bond to
    /// the winners (equal shares); the division's remainder, and all forfeits when there is no quorum,
    /// leave the bonds for the pool.
    function _settleVoters(Review storage rv) private returns (Outcome outcome) {
        uint256 bond = rv.voteBond;
        uint256 penalty = bond * rv.penaltyBps / BPS;
        uint256 revealed = uint256(rv.yes) + rv.no;
        uint256 winnerPayout = bond;
        uint256 toPool;
        if (revealed < rv.quorum) {
            outcome = Outcome.NoQuorum;
            // Each voter loses exactly `penalty` (rounded once, per voter), so the total is a multiple of it.
            // slither-disable-next-line divide-before-multiply
            toPool = (rv.commits - revealed) * penalty;
        } else {
            // A tie keeps the status quo; so does a majority whose approvers alone fall short of the
            // quorum share (else a cartel below it is carried over by the honest "no" that opposes it).
            outcome = rv.yes > rv.no && rv.yes >= rv.minApprovals ? Outcome.Approved : Outcome.Rejected;
            uint256 winners = outcome == Outcome.Approved ? rv.yes : rv.no;
            // Each loser and non-revealer loses exactly `penalty`; rounding the total instead would make the
            // claims disagree with the bonds held.
            // slither-disable-next-line divide-before-multiply
            uint256 forfeited = (rv.commits - winners) * penalty;
            uint256 share = forfeited / winners;
            winnerPayout += share;
            toPool = forfeited % winners;
        }
        rv.outcome = outcome;
        rv.winnerPayout = uint128(winnerPayout);
        rv.loserPayout = uint128(bond - penalty);
        _bondsHeld -= toPool;
        _accrue(toPool);
    }

    /// @dev Certifies or rejects a still-pending applicant; one who left meanwhile is left alone.
    function _decideApplication(uint256 reviewId, address subject, Provider storage p, Outcome outcome)
        private
    {
        if (p.status != Status.Pending || outcome == Outcome.NoQuorum) return;
        if (outcome == Outcome.Approved) {
            _setCertified(subject, p, true);
            emit Certified(subject, reviewId, bytes32(0));
        } else {
            emit Rejected(subject, reviewId, bytes32(0));
            _startUnbonding(subject, p);
        }
    }

    /// @dev Upheld: slash, decertify, pay the challenger its bond and reward. Dismissed or no quorum:
    /// the bond is forfeited (a challenge nobody would decide costs its bringer, or it could be
    /// renewed for free).
    function _decideChallenge(
        uint256 reviewId,
        Review storage rv,
        address subject,
        Provider storage p,
        Outcome outcome
    ) private {
        uint256 payout = rv.challengerBond;
        _bondsHeld -= payout;
        if (outcome == Outcome.Approved) {
            uint256 slashed = uint256(p.stake) * rv.slashBps / BPS;
            // The reward is a share of what was actually slashed (rounded), so it never exceeds the slash.
            // slither-disable-next-line divide-before-multiply
            uint256 reward = slashed * rv.rewardBps / BPS;
            _slashStake(subject, p, slashed, rv.evidence, reviewId);
            _accrue(slashed - reward);
            if (p.status == Status.Certified) _startUnbonding(subject, p);
            payout += reward;
        } else {
            _accrue(payout);
            payout = 0;
        }
        if (payout != 0) {
            address challenger = rv.challenger;
            emit ChallengerPaid(reviewId, challenger, payout);
            TOKEN.safeTransfer(challenger, payout);
        }
    }

    function _apply(address account, uint256 amount, bytes32 credentials) private {
        if (ACCOUNTS.role(account) != IAccountRegistry.Role.Provider) revert NotProviderAccount(account);
        Provider storage p = _providers[account];
        if (p.status != Status.None) revert AlreadyApplied(account, p.status);
        if (amount < _params.minStake) revert StakeTooLow(amount, _params.minStake);
        // minStake's ceiling keeps any accepted stake far inside uint128; a larger one fails the transfer.
        p.stake = uint128(amount);
        p.status = Status.Pending;
        _totalStaked += amount;
        emit Applied(account, amount, credentials);
        TOKEN.safeTransferFrom(account, address(this), amount);
    }

    function _openReview(
        Provider storage p,
        address subject,
        ReviewKind kind,
        address challenger,
        uint128 challengerBond,
        bytes32 evidence
    ) private returns (uint256 reviewId) {
        Params storage q = _params;
        uint64 commitEnd = uint64(block.timestamp) + q.commitWindow;
        // Rounded up; `quorum` is the floor for a small registry.
        uint256 share = (_certifiedCount * QUORUM_SHARE_BPS + BPS - 1) / BPS;
        uint16 quorum = share > q.quorum ? uint16(share) : q.quorum;
        uint64 revealEnd = commitEnd + q.revealWindow;
        _reviews.push(
            Review({
                subject: subject,
                commitEnd: commitEnd,
                kind: kind,
                outcome: Outcome.Open,
                quorum: quorum,
                challenger: challenger,
                revealEnd: revealEnd,
                penaltyBps: q.voterPenaltyBps,
                voteBond: q.voteBond,
                challengerBond: challengerBond,
                commits: 0,
                yes: 0,
                no: 0,
                slashBps: q.slashBps,
                rewardBps: q.challengerRewardBps,
                openedIn: uint48(block.number),
                minApprovals: uint16(share),
                winnerPayout: 0,
                loserPayout: 0,
                evidence: evidence
            })
        );
        reviewId = _reviews.length;
        p.activeReview = uint64(reviewId);
        emit ReviewOpened(reviewId, kind, subject, challenger, evidence, commitEnd, revealEnd);
    }

    function _pendingWithoutReview(address account) private view returns (Provider storage p) {
        p = _providers[account];
        if (p.status != Status.Pending) revert NotPending(account, p.status);
        if (p.activeReview != 0) revert ReviewActive(account, p.activeReview);
    }

    function _challengeable(address account, address challenger) private view returns (Provider storage p) {
        if (challenger == account) revert SelfChallenge(account);
        p = _providers[account];
        if (p.status != Status.Certified && p.status != Status.Unbonding) {
            revert NotChallengeable(account, p.status);
        }
        // An unbonding provider answers for its past only until it is unbonded: a later challenge
        // could be renewed as each ends and keep its stake locked for ever.
        if (p.status == Status.Unbonding && block.timestamp >= p.unbondAt) {
            revert ChallengeWindowOver(account, p.unbondAt);
        }
        if (p.activeReview != 0) revert ReviewActive(account, p.activeReview);
    }

    function _review(uint256 reviewId) private view returns (Review storage) {
        if (reviewId == 0 || reviewId > _reviews.length) revert UnknownReview(reviewId);
        return _reviews[reviewId - 1];
    }

    function _startUnbonding(address account, Provider storage p) private {
        if (p.status == Status.Certified) {
            _setCertified(account, p, false);
            emit Decertified(account);
        }
        uint48 unbondAt = uint48(block.timestamp + _params.unbondingDelay);
        p.status = Status.Unbonding;
        p.unbondAt = unbondAt;
        emit UnbondingStarted(account, unbondAt);
    }

    function _setCertified(address account, Provider storage p, bool certified) private {
        p.status = certified ? Status.Certified : Status.Unbonding;
        // Called on transitions only (pending to certified, certified to unbonding).
        if (certified) ++_certifiedCount;
        else --_certifiedCount;
        // push returns the previous and new values, which the caller already knows.
        // slither-disable-next-line unused-return
        _history[account].push(uint48(block.number), certified ? 1 : 0);
    }

    function _slashStake(
        address account,
        Provider storage p,
        uint256 amount,
        bytes32 evidence,
        uint256 reviewId
    ) private {
        p.stake -= uint128(amount);
        _totalStaked -= amount;
        emit Slashed(account, amount, evidence, reviewId);
    }

    function _accrue(uint256 amount) private {
        if (amount == 0) return;
        uint256 pool = _forfeitPool + amount;
        _forfeitPool = pool;
        emit ForfeitsAccrued(amount, pool);
    }

    function _setTreasury(address treasury_) private {
        if (treasury_ == address(0)) revert ZeroAddress();
        _treasury = treasury_;
        emit TreasurySet(treasury_);
    }

    function _setParams(Params memory q) private {
        _check(Param.MinStake, q.minStake, MIN_STAKE_FLOOR, MIN_STAKE_CEIL);
        _check(Param.VoteBond, q.voteBond, BOND_FLOOR, BOND_CEIL);
        _check(Param.ChallengeBond, q.challengeBond, BOND_FLOOR, BOND_CEIL);
        _check(Param.CommitWindow, q.commitWindow, WINDOW_FLOOR, WINDOW_CEIL);
        _check(Param.RevealWindow, q.revealWindow, WINDOW_FLOOR, WINDOW_CEIL);
        _check(Param.UnbondingDelay, q.unbondingDelay, UNBONDING_FLOOR, UNBONDING_CEIL);
        _check(Param.Quorum, q.quorum, 1, QUORUM_CEIL);
        _check(Param.VoterPenaltyBps, q.voterPenaltyBps, 0, BPS);
        _check(Param.SlashBps, q.slashBps, 1, BPS);
        _check(Param.ChallengerRewardBps, q.challengerRewardBps, 0, BPS);
        _params = q;
        emit ParamsSet(q);
    }

    function _check(Param which, uint256 value, uint256 min, uint256 max) private pure {
        if (value < min || value > max) revert ParamOutOfBounds(which, value, min, max);
    }

    function _commitment(uint256 reviewId, address voter, bool approve, bytes32 salt)
        private
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(reviewId, voter, approve, salt));
    }

    /// @dev ERC2771Context wins: the actor is the signer of a forwarded request.
    function _msgSender() internal view override(Context, ERC2771Context) returns (address) {
        return ERC2771Context._msgSender();
    }

    function _msgData() internal view override(Context, ERC2771Context) returns (bytes calldata) {
        return ERC2771Context._msgData();
    }

    function _contextSuffixLength() internal view override(Context, ERC2771Context) returns (uint256) {
        return ERC2771Context._contextSuffixLength();
    }
}
