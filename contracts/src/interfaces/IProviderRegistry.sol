// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title IProviderRegistry
/// @notice Certification of care providers by stake. A provider registered in the AccountRegistry stakes
/// MedToken and commits to its off-chain credentials; it is then certified either by a certifier
/// (authority path) or by a commit-reveal vote of certified peers who each post a bond (peer path).
/// Misconduct is handled the same way: a challenge with a bond opens a peer vote; an upheld challenge
/// slashes and decertifies the provider and rewards the challenger. A leaving provider is decertified at
/// once and withdraws after the unbonding delay, never while a review of it is open. Slashed stake,
/// voters' penalties and dismissed challengers' bonds go to an explicit forfeit pool that a treasurer
/// sends to the treasury. Certification history is checkpointed by block number.
///
/// Peer votes: a voter commits `keccak256(abi.encode(reviewId, voter, approve, salt))` before
/// `commitEnd`, reveals in [`commitEnd`, `revealEnd`), and anyone finalizes from `revealEnd`. With fewer
/// than `quorum` revealed votes the outcome is `NoQuorum` (status quo; the challenger's bond is forfeited).
/// Otherwise `approve` (certify / uphold) needs a strict majority, and approving votes of their own
/// from at least `QUORUM_SHARE_BPS` of the providers certified at opening (`minApprovals`): a tie keeps
/// the status quo (reject the applicant / dismiss the challenge), and an honest "no" never carries a
/// cartel below that share over the quorum. Losing voters and non-revealers forfeit `voterPenaltyBps` of their
/// bond; winners split those forfeits equally (one voter, one fixed bond, so equal is pro rata), the
/// division's remainder goes to the pool. In a `NoQuorum` review only non-revealers are penalised, to the
/// pool. Voters collect with `claimBond` after finalization.
interface IProviderRegistry {
    /// @notice Where a provider stands.
    enum Status {
        None,
        Pending,
        Certified,
        Unbonding
    }

    /// @notice What a review decides.
    enum ReviewKind {
        Certification,
        Misconduct
    }

    /// @notice A review's result. For misconduct, Approved means upheld and Rejected means dismissed.
    enum Outcome {
        Open,
        Approved,
        Rejected,
        NoQuorum
    }

    /// @notice Names of parameters, for `ParamOutOfBounds`.
    enum Param {
        MinStake,
        VoteBond,
        ChallengeBond,
        CommitWindow,
        RevealWindow,
        UnbondingDelay,
        Quorum,
        VoterPenaltyBps,
        SlashBps,
        ChallengerRewardBps
    }

    /// @notice Tunable parameters. Reviews snapshot the ones they use when they open.
    struct Params {
        /// @dev Least stake to apply.
        uint128 minStake;
        /// @dev Bond each voter posts with a commitment.
        uint128 voteBond;
        /// @dev Bond a challenger posts.
        uint128 challengeBond;
        /// @dev Seconds the commit phase lasts.
        uint64 commitWindow;
        /// @dev Seconds the reveal phase lasts.
        uint64 revealWindow;
        /// @dev Seconds between leaving and withdrawing.
        uint64 unbondingDelay;
        /// @dev Least number of revealed votes for a decision.
        uint16 quorum;
        /// @dev Share of its bond a losing or non-revealing voter forfeits, in basis points.
        uint16 voterPenaltyBps;
        /// @dev Share of stake an upheld challenge slashes, in basis points.
        uint16 slashBps;
        /// @dev Share of the slashed amount paid to the challenger, in basis points.
        uint16 challengerRewardBps;
    }

    /// @notice A provider's record.
    struct Provider {
        /// @dev Tokens at stake.
        uint128 stake;
        /// @dev When an unbonding provider may withdraw (0 unless unbonding).
        uint48 unbondAt;
        /// @dev Current status.
        Status status;
        /// @dev The open review of this provider (0 if none).
        uint64 activeReview;
    }

    /// @notice A review.
    struct Review {
        /// @dev The provider reviewed.
        address subject;
        /// @dev End of the commit phase (exclusive).
        uint64 commitEnd;
        /// @dev Certification or misconduct.
        ReviewKind kind;
        /// @dev Result (Open until finalized).
        Outcome outcome;
        /// @dev The quorum, taken at opening: `quorum`, or `QUORUM_SHARE_BPS` of the certified providers if more.
        uint16 quorum;
        /// @dev The challenger (misconduct only).
        address challenger;
        /// @dev End of the reveal phase (exclusive).
        uint64 revealEnd;
        /// @dev Snapshot of `voterPenaltyBps`.
        uint16 penaltyBps;
        /// @dev Snapshot of `voteBond`.
        uint128 voteBond;
        /// @dev Bond the challenger posted (0 for a role-opened challenge).
        uint128 challengerBond;
        /// @dev Number of commitments.
        uint32 commits;
        /// @dev Revealed approvals.
        uint32 yes;
        /// @dev Revealed rejections.
        uint32 no;
        /// @dev Snapshot of `slashBps`.
        uint16 slashBps;
        /// @dev Snapshot of `challengerRewardBps`.
        uint16 rewardBps;
        /// @dev The block the review opened in: only providers certified before it vote (packed beside
        /// the counts, in a slot the opening writes anyway).
        uint48 openedIn;
        /// @dev Approving votes an approval needs besides a majority: `QUORUM_SHARE_BPS` of the
        /// providers certified at opening, rounded up.
        uint16 minApprovals;
        /// @dev What a winning voter claims (set at finalization).
        uint128 winnerPayout;
        /// @dev What a losing or non-revealing voter claims (set at finalization).
        uint128 loserPayout;
        /// @dev Commitment to the credentials or the misconduct evidence.
        bytes32 evidence;
    }

    /// @notice One voter's ballot in one review.
    struct Ballot {
        /// @dev The commitment (zero if the voter did not commit).
        bytes32 commitment;
        /// @dev Whether it was revealed.
        bool revealed;
        /// @dev The revealed vote (true approves / upholds).
        bool approve;
        /// @dev Whether the bond was claimed.
        bool claimed;
    }

    /// @notice Thrown when the caller is not registered as a provider in the AccountRegistry.
    /// @param account The caller.
    error NotProviderAccount(address account);
    /// @notice Thrown when applying while already staked.
    /// @param provider The provider.
    /// @param status Its status.
    error AlreadyApplied(address provider, Status status);
    /// @notice Thrown when the stake is below the minimum.
    /// @param amount The stake offered.
    /// @param minimum The minimum.
    error StakeTooLow(uint256 amount, uint256 minimum);
    /// @notice Thrown when the provider is not awaiting certification.
    /// @param provider The provider.
    /// @param status Its status.
    error NotPending(address provider, Status status);
    /// @notice Thrown when the account is not a certified provider.
    /// @param provider The account.
    error NotCertified(address provider);
    /// @notice Thrown when a review of the provider is already open.
    /// @param provider The provider.
    /// @param reviewId The open review.
    error ReviewActive(address provider, uint256 reviewId);
    /// @notice Thrown when a review does not exist.
    /// @param reviewId The id.
    error UnknownReview(uint256 reviewId);
    /// @notice Thrown when committing after the commit phase.
    /// @param reviewId The review.
    /// @param commitEnd End of the commit phase.
    error CommitClosed(uint256 reviewId, uint64 commitEnd);
    /// @notice Thrown when revealing outside the reveal phase.
    /// @param reviewId The review.
    /// @param commitEnd Start of the reveal phase.
    /// @param revealEnd End of the reveal phase.
    error NotRevealPhase(uint256 reviewId, uint64 commitEnd, uint64 revealEnd);
    /// @notice Thrown when finalizing before the reveal phase ended.
    /// @param reviewId The review.
    /// @param revealEnd End of the reveal phase.
    error RevealNotOver(uint256 reviewId, uint64 revealEnd);
    /// @notice Thrown when finalizing twice.
    /// @param reviewId The review.
    error AlreadyFinalized(uint256 reviewId);
    /// @notice Thrown when claiming before finalization.
    /// @param reviewId The review.
    error NotFinalized(uint256 reviewId);
    /// @notice Thrown when the subject or the challenger tries to vote.
    /// @param reviewId The review.
    /// @param voter The voter.
    error IneligibleVoter(uint256 reviewId, address voter);
    /// @notice Thrown when committing a zero commitment.
    error EmptyCommitment();
    /// @notice Thrown when a voter commits twice.
    /// @param reviewId The review.
    /// @param voter The voter.
    error AlreadyCommitted(uint256 reviewId, address voter);
    /// @notice Thrown when a voter who did not commit reveals or claims.
    /// @param reviewId The review.
    /// @param voter The voter.
    error NoCommitment(uint256 reviewId, address voter);
    /// @notice Thrown when a voter reveals twice.
    /// @param reviewId The review.
    /// @param voter The voter.
    error AlreadyRevealed(uint256 reviewId, address voter);
    /// @notice Thrown when a reveal does not match the commitment.
    /// @param reviewId The review.
    /// @param voter The voter.
    error CommitmentMismatch(uint256 reviewId, address voter);
    /// @notice Thrown when a voter claims twice.
    /// @param reviewId The review.
    /// @param voter The voter.
    error AlreadyClaimed(uint256 reviewId, address voter);
    /// @notice Thrown when withdrawing while not unbonding.
    /// @param provider The provider.
    /// @param status Its status.
    error NotUnbonding(address provider, Status status);
    /// @notice Thrown when withdrawing before the unbonding delay passed.
    /// @param provider The provider.
    /// @param unbondAt When withdrawal opens.
    error UnbondingNotOver(address provider, uint64 unbondAt);
    /// @notice Thrown when leaving while neither pending nor certified.
    /// @param provider The provider.
    /// @param status Its status.
    error NotActive(address provider, Status status);
    /// @notice Thrown when challenging a provider that is neither certified nor unbonding.
    /// @param provider The provider.
    /// @param status Its status.
    error NotChallengeable(address provider, Status status);
    /// @notice Thrown when challenging an unbonding provider whose unbonding delay is over: it answers
    /// for its past only until then, so that it can always withdraw within a bounded time.
    /// @param provider The provider.
    /// @param unbondAt When its unbonding ended.
    error ChallengeWindowOver(address provider, uint48 unbondAt);
    /// @notice Thrown when a provider would challenge itself.
    /// @param provider The provider.
    error SelfChallenge(address provider);
    /// @notice Thrown when a direct slash is zero or takes more than `MAX_DIRECT_SLASH_BPS` of the stake.
    /// @param provider The provider.
    /// @param amount The amount.
    /// @param max The most a direct slash may take from this provider now.
    error InvalidSlash(address provider, uint256 amount, uint256 max);
    /// @notice Thrown when a provider is slashed directly again within `DIRECT_SLASH_COOLDOWN`.
    /// @param provider The provider.
    /// @param nextAt When it may be slashed directly again.
    error SlashTooSoon(address provider, uint48 nextAt);
    /// @notice Thrown when withdrawing more forfeits than the pool holds (or zero).
    /// @param amount The amount asked.
    /// @param available The pool.
    error InvalidForfeitAmount(uint256 amount, uint256 available);
    /// @notice Thrown when an address argument is zero.
    error ZeroAddress();
    /// @notice Thrown when a parameter is outside its bounds.
    /// @param param The parameter.
    /// @param value The value given.
    /// @param min The lower bound.
    /// @param max The upper bound.
    error ParamOutOfBounds(Param param, uint256 value, uint256 min, uint256 max);

    /// @notice Emitted when a provider stakes and applies.
    /// @param provider The provider.
    /// @param stake The stake.
    /// @param credentials Commitment to the off-chain credentials.
    event Applied(address indexed provider, uint256 stake, bytes32 credentials);
    /// @notice Emitted when a review opens.
    /// @param reviewId The review.
    /// @param kind Certification or misconduct.
    /// @param subject The provider reviewed.
    /// @param challenger The challenger (zero for certification).
    /// @param evidence Commitment to the evidence (zero for certification).
    /// @param commitEnd End of the commit phase.
    /// @param revealEnd End of the reveal phase.
    event ReviewOpened(
        uint256 indexed reviewId,
        ReviewKind kind,
        address indexed subject,
        address indexed challenger,
        bytes32 evidence,
        uint64 commitEnd,
        uint64 revealEnd
    );
    /// @notice Emitted when a voter commits.
    /// @param reviewId The review.
    /// @param voter The voter.
    /// @param commitment The commitment.
    event VoteCommitted(uint256 indexed reviewId, address indexed voter, bytes32 commitment);
    /// @notice Emitted when a voter reveals.
    /// @param reviewId The review.
    /// @param voter The voter.
    /// @param approve The vote.
    event VoteRevealed(uint256 indexed reviewId, address indexed voter, bool approve);
    /// @notice Emitted when a review is finalized.
    /// @param reviewId The review.
    /// @param outcome The outcome.
    /// @param yes Revealed approvals.
    /// @param no Revealed rejections.
    /// @param winnerPayout What each winning voter claims.
    /// @param loserPayout What each losing or non-revealing voter claims.
    event ReviewFinalized(
        uint256 indexed reviewId,
        Outcome outcome,
        uint32 yes,
        uint32 no,
        uint128 winnerPayout,
        uint128 loserPayout
    );
    /// @notice Emitted when a voter claims its bond.
    /// @param reviewId The review.
    /// @param voter The voter.
    /// @param amount The amount paid.
    event BondClaimed(uint256 indexed reviewId, address indexed voter, uint256 amount);
    /// @notice Emitted when a provider becomes certified.
    /// @param provider The provider.
    /// @param reviewId The deciding review (0 for the authority path).
    /// @param reason Commitment to the certifier's reasoning (zero for a peer vote).
    event Certified(address indexed provider, uint256 indexed reviewId, bytes32 reason);
    /// @notice Emitted when an application is rejected.
    /// @param provider The provider.
    /// @param reviewId The deciding review (0 for the authority path).
    /// @param reason Commitment to the certifier's reasoning (zero for a peer vote).
    event Rejected(address indexed provider, uint256 indexed reviewId, bytes32 reason);
    /// @notice Emitted when a certified provider stops being certified (leaving, slashing, upheld challenge).
    /// @param provider The provider.
    event Decertified(address indexed provider);
    /// @notice Emitted when a provider starts unbonding.
    /// @param provider The provider.
    /// @param unbondAt When it may withdraw.
    event UnbondingStarted(address indexed provider, uint64 unbondAt);
    /// @notice Emitted when a provider withdraws its stake.
    /// @param provider The provider.
    /// @param amount The amount.
    event Withdrawn(address indexed provider, uint256 amount);
    /// @notice Emitted when stake is slashed.
    /// @param provider The provider.
    /// @param amount The amount slashed.
    /// @param evidence Commitment to the evidence.
    /// @param reviewId The deciding review (0 when the slasher role slashed).
    event Slashed(address indexed provider, uint256 amount, bytes32 evidence, uint256 indexed reviewId);
    /// @notice Emitted when a challenger is paid (bond back, plus a reward if upheld).
    /// @param reviewId The review.
    /// @param challenger The challenger.
    /// @param amount The amount.
    event ChallengerPaid(uint256 indexed reviewId, address indexed challenger, uint256 amount);
    /// @notice Emitted when tokens enter the forfeit pool.
    /// @param amount The amount added.
    /// @param pool The pool after.
    event ForfeitsAccrued(uint256 amount, uint256 pool);
    /// @notice Emitted when forfeits are sent to the treasury.
    /// @param treasury The treasury.
    /// @param amount The amount.
    event ForfeitsWithdrawn(address indexed treasury, uint256 amount);
    /// @notice Emitted when the parameters change.
    /// @param params The new parameters.
    event ParamsSet(Params params);
    /// @notice Emitted when the treasury changes.
    /// @param treasury The new treasury.
    event TreasurySet(address indexed treasury);

    /// @notice Stakes `amount` (approved beforehand) and applies for certification.
    /// @param amount The stake, at least `minStake`.
    /// @param credentials Commitment to the off-chain credentials.
    function applyForCertification(uint256 amount, bytes32 credentials) external;

    /// @notice Same as `applyForCertification`, with an EIP-2612 permit for the stake. A permit that fails
    /// (e.g. already used by a front-runner) is ignored if the allowance is there anyway.
    /// @param amount The stake.
    /// @param credentials Commitment to the off-chain credentials.
    /// @param deadline Permit deadline.
    /// @param v Permit signature v.
    /// @param r Permit signature r.
    /// @param s Permit signature s.
    function applyWithPermit(
        uint256 amount,
        bytes32 credentials,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external;

    /// @notice Opens a peer review of the caller's pending application.
    /// @return reviewId The review.
    function requestReview() external returns (uint256 reviewId);

    /// @notice Certifies a pending provider (authority path). Certifier only.
    /// @param provider The provider.
    /// @param reason Commitment to the certifier's reasoning.
    function certify(address provider, bytes32 reason) external;

    /// @notice Rejects a pending provider, who starts unbonding (authority path). Certifier only.
    /// @param provider The provider.
    /// @param reason Commitment to the certifier's reasoning.
    function reject(address provider, bytes32 reason) external;

    /// @notice Commits a hidden vote, pulling `voteBond` from the caller. Certified providers only, not the
    /// subject nor the challenger.
    /// @param reviewId The review.
    /// @param commitment `keccak256(abi.encode(reviewId, voter, approve, salt))`.
    function commitVote(uint256 reviewId, bytes32 commitment) external;

    /// @notice Reveals the caller's vote.
    /// @param reviewId The review.
    /// @param approve The vote.
    /// @param salt The salt committed to.
    function revealVote(uint256 reviewId, bool approve, bytes32 salt) external;

    /// @notice Decides a review once its reveal phase is over. Anyone may call.
    /// @param reviewId The review.
    /// @return outcome The outcome.
    function finalize(uint256 reviewId) external returns (Outcome outcome);

    /// @notice Pays the caller's bond (with its share or less its penalty) from a finalized review.
    /// @param reviewId The review.
    /// @return amount The amount paid.
    function claimBond(uint256 reviewId) external returns (uint256 amount);

    /// @notice Leaves: decertified at once, withdrawal after the unbonding delay.
    function leave() external;

    /// @notice Withdraws the whole remaining stake once unbonded and no review of the caller is open.
    /// @return amount The amount paid.
    function withdraw() external returns (uint256 amount);

    /// @notice Challenges a certified (or unbonding, until its unbonding delay ends) provider for
    /// misconduct, pulling `challengeBond`; the bond comes back (with a reward) only if the challenge
    /// is upheld: dismissed or without quorum, it is forfeited.
    /// @param provider The provider.
    /// @param evidence Commitment to the evidence.
    /// @return reviewId The review.
    function challenge(address provider, bytes32 evidence) external returns (uint256 reviewId);

    /// @notice Opens a misconduct review without a bond, crediting `challenger`. Challenge-opener role only
    /// (the ConsentManager, when a patient disputes an emergency access).
    /// @param provider The provider.
    /// @param challenger Who is credited (and rewarded if upheld).
    /// @param evidence Commitment to the evidence.
    /// @return reviewId The review.
    function openChallengeFor(address provider, address challenger, bytes32 evidence)
        external
        returns (uint256 reviewId);

    /// @notice Slashes a provider's stake into the forfeit pool without a review. Slasher only (in a
    /// production deployment the timelock, so every direct slash is public for its delay first).
    /// Bounded: at most `MAX_DIRECT_SLASH_BPS` of the stake, and once per provider per
    /// `DIRECT_SLASH_COOLDOWN`; taking more needs an upheld misconduct review. A pending or certified
    /// provider left below `minStake` is decertified and starts unbonding.
    /// @param provider The provider.
    /// @param amount The amount (1..`MAX_DIRECT_SLASH_BPS` of the stake).
    /// @param evidence Commitment to the evidence.
    function slash(address provider, uint256 amount, bytes32 evidence) external;

    /// @notice Sends forfeits to the treasury. Treasurer only.
    /// @param amount The amount (1..forfeitPool).
    function withdrawForfeits(uint256 amount) external;

    /// @notice Sets every parameter, each within its bounds. Params role only.
    /// @param params The parameters.
    function setParams(Params calldata params) external;

    /// @notice Sets the treasury. Admin only.
    /// @param treasury The treasury.
    function setTreasury(address treasury) external;

    /// @notice Whether the provider is certified now.
    /// @param provider The provider.
    function isCertified(address provider) external view returns (bool);

    /// @notice Whether the provider was certified at the end of block `blockNumber`.
    /// @param provider The provider.
    /// @param blockNumber The block.
    function wasCertifiedAt(address provider, uint256 blockNumber) external view returns (bool);

    /// @notice A provider's record.
    /// @param account The provider.
    function provider(address account) external view returns (Provider memory);

    /// @notice A review.
    /// @param reviewId The review.
    function review(uint256 reviewId) external view returns (Review memory);

    /// @notice A voter's ballot in a review.
    /// @param reviewId The review.
    /// @param voter The voter.
    function ballot(uint256 reviewId, address voter) external view returns (Ballot memory);

    /// @notice Number of reviews opened; ids run from 1.
    function reviewCount() external view returns (uint256);

    /// @notice How many providers are certified now (a review's quorum is at least
    /// `QUORUM_SHARE_BPS` of this, taken when it opens).
    function certifiedCount() external view returns (uint256);

    /// @notice The block a review opened in: only providers certified before it may vote in it.
    /// @param reviewId The review.
    function reviewOpenedIn(uint256 reviewId) external view returns (uint256);

    /// @notice The parameters in force.
    function params() external view returns (Params memory);

    /// @notice Sum of all stakes.
    function totalStaked() external view returns (uint256);

    /// @notice Sum of all vote and challenger bonds still held (including winners' unclaimed shares).
    function bondsHeld() external view returns (uint256);

    /// @notice Forfeits not yet sent to the treasury.
    function forfeitPool() external view returns (uint256);

    /// @notice Where forfeits go.
    function treasury() external view returns (address);

    /// @notice The commitment a voter must submit.
    /// @param reviewId The review.
    /// @param voter The voter.
    /// @param approve The vote.
    /// @param salt A secret salt.
    function voteCommitment(uint256 reviewId, address voter, bool approve, bytes32 salt)
        external
        pure
        returns (bytes32);
}
