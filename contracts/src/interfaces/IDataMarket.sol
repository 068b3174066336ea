// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title IDataMarket
/// @notice Researchers buy de-identified data from patients who approve each trade.
/// A verified researcher opens a request (criteria commitment, price per record, maximum records,
/// deadline) and escrows `pricePerRecord × maxRecords` in the token. A patient sells through a one-time
/// trade key (the *seller*), which her client derives for that one request and which is also the payout
/// address, so no two of her trades, and none of them and her account, can be tied together on-chain
/// (docs/PRIVACY.md). The seller signs an EIP-712 `TradeApproval`, and at least `threshold` members of the
/// key committee attest (EIP-712 `SaleAttestation`) that a registered patient stands behind it and sells
/// to this request for the first time; anyone may then submit it (`settle`). Unattested sellers cannot
/// settle, so throwaway keys cannot fill a request. The price is then held for the dispute window, after
/// which anyone may claim it *to the seller* (singly or in batches). The researcher may dispute a trade
/// within its window against a bond; an arbiter pays the seller (who also gets the bond) or refunds the
/// researcher (who gets the bond back); if the arbiter is silent for `ARBITRATION_WINDOW`, anyone settles
/// the dispute for the seller and the bond goes back to the researcher. A refunded trade frees its slot.
/// The protocol fee is taken from the price (the researcher pays exactly the price; the seller receives
/// price − fee) at the fee rate in force when the request opened, and is sent to the treasury per request
/// once it is closed or expired and no trade of it can be refunded any more. Unspent budget returns to the
/// researcher when the request is closed (by the researcher; by anyone after the deadline, or once her
/// verification is revoked, which also stops the request's trades).
interface IDataMarket {
    /// @notice State of one (request, seller) trade.
    enum TradeStatus {
        None,
        Pending,
        Disputed,
        Paid,
        Refunded
    }

    /// @notice A seller's approval of one trade (EIP-712 `TradeApproval`).
    /// @param requestId The request.
    /// @param seller The signer, who is paid: the patient's one-time trade key.
    /// @param deliveryCommitment Commitment to the encrypted delivery.
    /// @param price Must equal the request's price per record.
    /// @param nonce The seller's next nonce here (0 for a one-time key).
    /// @param deadline Last timestamp at which the approval may be submitted.
    struct TradeApproval {
        uint256 requestId;
        address seller;
        bytes32 deliveryCommitment;
        uint256 price;
        uint256 nonce;
        uint256 deadline;
    }

    /// @notice A request, as stored (two slots).
    /// @param researcher Who opened it and gets refunds.
    /// @param deadline Last timestamp (exclusive) at which trades may settle; at most
    /// `MAX_REQUEST_DURATION` after opening.
    /// @param feeBps Fee rate fixed at opening.
    /// @param closed True once unspent budget was returned; no more trades.
    /// @param feesCollected True once fees went to the treasury.
    /// @param pricePerRecord Price of one record.
    /// @param maxRecords Most trades holding a slot at once.
    /// @param settled Trades holding a slot: settled and not refunded.
    /// @param openDisputes Trades under dispute.
    /// @param lastSettledAt When its latest trade settled (0 before any): fees wait for that trade's
    /// dispute window, not for the deadline.
    struct Request {
        address researcher;
        uint64 deadline;
        uint16 feeBps;
        bool closed;
        bool feesCollected;
        uint96 pricePerRecord;
        uint32 maxRecords;
        uint32 settled;
        uint32 openDisputes;
        uint64 lastSettledAt;
    }

    /// @notice A trade, as stored (one slot).
    /// @param payout What the seller receives (price − fee).
    /// @param releaseAt When the payout may leave escrow without the arbiter: the end of the dispute window
    /// (then `claim`), or, once disputed, the end of the arbitration window (then `settleUnresolved`).
    /// @param status The trade's state.
    struct Trade {
        uint96 payout;
        uint64 releaseAt;
        TradeStatus status;
    }

    /// @notice Thrown when the caller is not a verified researcher.
    /// @param account The caller.
    error NotVerifiedResearcher(address account);
    /// @notice Thrown when a trade would settle on a request whose researcher is no longer verified.
    /// @param requestId The request.
    /// @param researcher Its researcher.
    error ResearcherNotVerified(uint256 requestId, address researcher);
    /// @notice Thrown when price, maximum or deadline is invalid.
    error InvalidRequest();
    /// @notice Thrown when a request's deadline is more than `MAX_REQUEST_DURATION` away.
    /// @param deadline The rejected deadline.
    /// @param latest The latest deadline accepted now.
    error RequestTooLong(uint64 deadline, uint64 latest);
    /// @notice Thrown when a request id does not exist.
    /// @param requestId The id.
    error UnknownRequest(uint256 requestId);
    /// @notice Thrown when a request no longer takes trades (closed or past its deadline).
    /// @param requestId The id.
    error RequestNotOpen(uint256 requestId);
    /// @notice Thrown when a request already has its maximum of trades.
    /// @param requestId The id.
    error RequestFull(uint256 requestId);
    /// @notice Thrown when an approval's price differs from the request's.
    /// @param price The approval's price.
    /// @param expected The request's price per record.
    error PriceMismatch(uint256 price, uint256 expected);
    /// @notice Thrown when an approval is submitted after its deadline.
    /// @param deadline The deadline.
    error SignatureExpired(uint256 deadline);
    /// @notice Thrown when the key committee's attestations of a sale do not reach its threshold.
    /// @param requestId The request.
    /// @param seller The seller.
    error NotAttested(uint256 requestId, address seller);
    /// @notice Thrown when the signature is not the seller's.
    /// @param seller The claimed signer.
    error InvalidSignature(address seller);
    /// @notice Thrown when the seller already has a trade on the request.
    /// @param requestId The request.
    /// @param seller The seller (a one-time trade key).
    error AlreadyTraded(uint256 requestId, address seller);
    /// @notice Thrown when a trade is not in the state the call needs.
    /// @param requestId The request.
    /// @param seller The seller (a one-time trade key).
    /// @param status Its status.
    error WrongTradeStatus(uint256 requestId, address seller, TradeStatus status);
    /// @notice Thrown when claiming before the dispute window ends.
    /// @param releaseAt When it ends.
    error DisputeWindowOpen(uint64 releaseAt);
    /// @notice Thrown when disputing after the dispute window ended.
    /// @param releaseAt When it ended.
    error DisputeWindowClosed(uint64 releaseAt);
    /// @notice Thrown when settling a dispute by default before the arbitration window ended.
    /// @param endsAt When it ends.
    error ArbitrationWindowOpen(uint64 endsAt);
    /// @notice Thrown when someone other than the request's researcher calls a researcher-only function.
    /// @param requestId The request.
    /// @param account The caller.
    error NotResearcher(uint256 requestId, address account);
    /// @notice Thrown when closing a request already closed.
    /// @param requestId The request.
    error AlreadyClosed(uint256 requestId);
    /// @notice Thrown when refunding an open request before its deadline.
    /// @param deadline The deadline.
    error DeadlineNotReached(uint64 deadline);
    /// @notice Thrown when fees are collected too early (while the request takes trades, within its
    /// latest trade's dispute window, or with disputes open) or twice.
    /// @param requestId The request.
    error FeesNotCollectable(uint256 requestId);
    /// @notice Thrown when a fee rate exceeds `MAX_FEE_BPS`.
    /// @param feeBps The rejected rate.
    error FeeTooHigh(uint16 feeBps);
    /// @notice Thrown when the treasury is the zero address.
    error InvalidTreasury();
    /// @notice Thrown when the dispute window is outside its bounds.
    /// @param window The rejected window.
    error DisputeWindowOutOfBounds(uint64 window);
    /// @notice Thrown when batch arrays differ in length.
    error LengthMismatch();

    /// @notice Emitted when a request opens and its budget is escrowed.
    /// @param requestId The id.
    /// @param researcher The researcher.
    /// @param criteria Commitment to the criteria document.
    /// @param pricePerRecord Price per record.
    /// @param maxRecords Most trades.
    /// @param deadline Trade deadline.
    /// @param feeBps Fee rate for this request.
    event RequestOpened(
        uint256 indexed requestId,
        address indexed researcher,
        bytes32 criteria,
        uint96 pricePerRecord,
        uint32 maxRecords,
        uint64 deadline,
        uint16 feeBps
    );
    /// @notice Emitted when a seller's attested approval settles a trade.
    /// @param requestId The request.
    /// @param seller The seller (a one-time trade key).
    /// @param deliveryCommitment Commitment to the delivery.
    /// @param nonce The consumed nonce.
    /// @param releaseAt When the payout becomes claimable.
    event TradeSettled(
        uint256 indexed requestId,
        address indexed seller,
        bytes32 deliveryCommitment,
        uint256 nonce,
        uint64 releaseAt
    );
    /// @notice Emitted when a seller cancels her unsubmitted approvals by consuming her current nonce.
    /// @param seller The seller (a one-time trade key).
    /// @param nonce The consumed nonce: approvals signed with it can no longer settle.
    event TradeApprovalCancelled(address indexed seller, uint256 nonce);
    /// @notice Emitted when a seller is paid.
    /// @param requestId The request.
    /// @param seller The seller (a one-time trade key).
    /// @param amount Amount paid.
    event TradePaid(uint256 indexed requestId, address indexed seller, uint256 amount);
    /// @notice Emitted when the researcher disputes a trade and posts its bond.
    /// @param requestId The request.
    /// @param seller The seller (a one-time trade key).
    /// @param reason Commitment to the reason.
    /// @param bond The bond taken from the researcher.
    /// @param arbitrationEndsAt When anyone may settle the dispute for the seller if the arbiter is silent.
    event TradeDisputed(
        uint256 indexed requestId,
        address indexed seller,
        bytes32 reason,
        uint256 bond,
        uint64 arbitrationEndsAt
    );
    /// @notice Emitted when a dispute's bond leaves escrow: to the seller when the arbiter pays her, to the
    /// researcher when the arbiter refunds or stays silent.
    /// @param requestId The request.
    /// @param seller The seller (a one-time trade key).
    /// @param to Who receives the bond.
    /// @param amount The bond.
    event DisputeBondReleased(
        uint256 indexed requestId, address indexed seller, address indexed to, uint256 amount
    );
    /// @notice Emitted when a dispute the arbiter left unresolved for `ARBITRATION_WINDOW` is settled for
    /// the seller.
    /// @param requestId The request.
    /// @param seller The seller (a one-time trade key).
    event DisputeUnresolved(uint256 indexed requestId, address indexed seller);
    /// @notice Emitted when the arbiter refunds a disputed trade: its price returns to the request's budget
    /// while the request is open (its slot is free again), or to the researcher once it is closed.
    /// @param requestId The request.
    /// @param seller The seller (a one-time trade key).
    /// @param amount Amount refunded.
    event TradeRefunded(uint256 indexed requestId, address indexed seller, uint256 amount);
    /// @notice Emitted when a request closes and its unspent budget returns.
    /// @param requestId The request.
    /// @param refund Amount returned.
    event RequestClosed(uint256 indexed requestId, uint256 refund);
    /// @notice Emitted when a request's fees go to the treasury.
    /// @param requestId The request.
    /// @param treasury The treasury.
    /// @param amount Amount sent.
    event FeesCollected(uint256 indexed requestId, address indexed treasury, uint256 amount);
    /// @notice Emitted when the fee rate for new requests changes.
    /// @param feeBps The new rate.
    event FeeSet(uint16 feeBps);
    /// @notice Emitted when the treasury changes.
    /// @param treasury The new treasury.
    event TreasurySet(address treasury);

    /// @notice Opens a request and escrows `pricePerRecord × maxRecords` from the caller.
    /// @param criteria Commitment to the criteria document.
    /// @param pricePerRecord Price per record (> 0).
    /// @param maxRecords Most trades (> 0).
    /// @param deadline Trade deadline (in the future, at most `MAX_REQUEST_DURATION` away).
    /// @return requestId The id.
    function openRequest(bytes32 criteria, uint96 pricePerRecord, uint32 maxRecords, uint64 deadline)
        external
        returns (uint256 requestId);

    /// @notice `openRequest` with an EIP-2612 permit in the same call. A failed permit (for example one
    /// already submitted by someone else) is ignored; funding then needs the allowance to suffice.
    /// @param criteria Commitment to the criteria document.
    /// @param pricePerRecord Price per record.
    /// @param maxRecords Most trades.
    /// @param deadline Trade deadline.
    /// @param permitDeadline The permit's deadline.
    /// @param v Permit signature v.
    /// @param r Permit signature r.
    /// @param s Permit signature s.
    /// @return requestId The id.
    function openRequestWithPermit(
        bytes32 criteria,
        uint96 pricePerRecord,
        uint32 maxRecords,
        uint64 deadline,
        uint256 permitDeadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external returns (uint256 requestId);

    /// @notice Settles a trade with the seller's signed approval and the key committee's attestations
    /// of the sale; anyone may submit. Refused while the request's researcher is not verified.
    /// @param approval The approval.
    /// @param signature The seller's signature (65-byte ECDSA, low s; or ERC-1271).
    /// @param attestations Signatures of distinct committee members over `saleAttestationDigest`, at
    /// least the committee's threshold.
    function settle(TradeApproval calldata approval, bytes calldata signature, bytes[] calldata attestations)
        external;

    /// @notice Consumes the caller's current approval nonce, so that an approval she signed with it and
    /// has not submitted can no longer settle, whoever holds it. The seller calls it with her trade key,
    /// directly or through the ERC-2771 forwarder (a one-time key holds no ETH).
    /// @return nonce The consumed nonce.
    function cancelTradeApproval() external returns (uint256 nonce);

    /// @notice Pays a trade's payout to its seller once its dispute window ended; anyone may call.
    /// @param requestId The request.
    /// @param seller The seller (the payee, whoever calls).
    function claim(uint256 requestId, address seller) external;

    /// @notice Claims many trades; entries that are not claimable are skipped.
    /// @param requestIds Requests.
    /// @param sellers Patients, pairwise with `requestIds`.
    /// @return paid Number of trades paid.
    function claimMany(uint256[] calldata requestIds, address[] calldata sellers)
        external
        returns (uint256 paid);

    /// @notice Disputes a pending trade within its window, taking a bond of `DISPUTE_BOND_BPS` of the
    /// price from the researcher (who must have approved it). Researcher only.
    /// @param requestId The request.
    /// @param seller The seller (a one-time trade key).
    /// @param reason Commitment to the reason.
    function dispute(uint256 requestId, address seller, bytes32 reason) external;

    /// @notice Resolves a disputed trade. Arbiter only.
    /// @param requestId The request.
    /// @param seller The seller (a one-time trade key).
    /// @param paySeller True pays the seller her payout and the dispute's bond; false refunds the full
    /// price, which frees the trade's slot (back into the budget while the request is open, to the
    /// researcher once it is closed), and returns the bond to the researcher.
    function resolve(uint256 requestId, address seller, bool paySeller) external;

    /// @notice Settles a dispute the arbiter left unresolved for `ARBITRATION_WINDOW`: pays the seller her
    /// payout (the key committee attested the sale) and returns the bond to the researcher. Anyone may
    /// call.
    /// @param requestId The request.
    /// @param seller The seller (a one-time trade key).
    function settleUnresolved(uint256 requestId, address seller) external;

    /// @notice Closes a request and returns its unspent budget to its researcher. Her call, or anyone's
    /// once her verification is revoked.
    /// @param requestId The request.
    function close(uint256 requestId) external;

    /// @notice After the deadline, closes a request and returns its unspent budget to the researcher.
    /// Anyone may call.
    /// @param requestId The request.
    function refundExpired(uint256 requestId) external;

    /// @notice Sends a request's fees to the treasury once it takes no more trades (closed, or past its
    /// deadline), its latest trade's dispute window has passed and no dispute is open: no trade of it can
    /// be refunded any more. Anyone may call.
    /// @param requestId The request.
    function collectFees(uint256 requestId) external;

    /// @notice Sets the fee rate for requests opened from now on. Admin only.
    /// @param feeBps Basis points, at most `MAX_FEE_BPS`.
    function setFee(uint16 feeBps) external;

    /// @notice Sets the treasury. Admin only.
    /// @param treasury The new treasury (not zero).
    function setTreasury(address treasury) external;

    /// @notice A request.
    /// @param requestId The id.
    function request(uint256 requestId) external view returns (Request memory);

    /// @notice A trade.
    /// @param requestId The request.
    /// @param seller The seller (a one-time trade key).
    function trade(uint256 requestId, address seller) external view returns (Trade memory);

    /// @notice Number of requests opened.
    function requestCount() external view returns (uint256);

    /// @notice Fee rate for new requests, in basis points.
    function fee() external view returns (uint16);

    /// @notice Where fees go.
    function treasury() external view returns (address);

    /// @notice The escrow token.
    function token() external view returns (address);

    /// @notice Seconds a settled payout is held for disputes.
    function disputeWindow() external view returns (uint64);

    /// @notice The seller's next approval nonce here (0 for a one-time key).
    /// @param owner The seller.
    function nonces(address owner) external view returns (uint256);

    /// @notice The EIP-712 digest a seller signs.
    /// @param approval The approval.
    function tradeApprovalDigest(TradeApproval calldata approval) external view returns (bytes32);

    /// @notice The EIP-712 digest a key node signs to attest a sale:
    /// `SaleAttestation(uint256 requestId,address seller,bytes32 deliveryCommitment)`.
    /// @param requestId The request.
    /// @param seller The seller.
    /// @param deliveryCommitment The delivery.
    function saleAttestationDigest(uint256 requestId, address seller, bytes32 deliveryCommitment)
        external
        view
        returns (bytes32);

    /// @notice Whether `attestations` are signatures of at least `threshold` distinct members of the key
    /// committee in force over the sale's attestation digest.
    /// @param requestId The request.
    /// @param seller The seller.
    /// @param deliveryCommitment The delivery.
    /// @param attestations The signatures.
    function isAttested(
        uint256 requestId,
        address seller,
        bytes32 deliveryCommitment,
        bytes[] calldata attestations
    ) external view returns (bool);

    /// @notice The key committee whose members attest sales.
    function committee() external view returns (address);
}
