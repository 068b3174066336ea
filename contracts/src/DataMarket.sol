// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {DelayedAdmin} from "./access/DelayedAdmin.sol";
import {IAccountRegistry} from "./interfaces/IAccountRegistry.sol";
import {IDataMarket} from "./interfaces/IDataMarket.sol";
import {IKeyCommittee} from "./interfaces/IKeyCommittee.sol";
import {Signatures} from "./libraries/Signatures.sol";
import {ERC2771Context} from "@openzeppelin/contracts/metatx/ERC2771Context.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Context} from "@openzeppelin/contracts/utils/Context.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

/// @title DataMarket
/// @notice Escrowed data requests paid per patient-approved, committee-attested trade (see IDataMarket).
/// EIP-712 domain: name "MedvaultDataMarket", version "1".
/// Invariants, per request: escrowed = price × maxRecords = seller payouts + researcher refunds +
/// fees + what is still held; held = payouts of pending and disputed trades + unspent budget (if open,
/// refunded trades' prices included) + uncollected fees; on top of that the market holds the bond of
/// each disputed trade. So the market's token balance equals deposits + bonds posted − payouts −
/// refunds − fees − bonds released and covers every open obligation. A dispute ends within
/// ARBITRATION_WINDOW, so no payout or fee waits for ever. No payout exists without a settled trade, and none without a consumed (seller, nonce)
/// signature and the key committee's attestation; each (seller, nonce) is consumed once; a seller has at
/// most one trade per request; a request never holds more than maxRecords trades that are not refunded
/// (a refunded trade's price is budget again while the request is open); the fee rate is never above
/// MAX_FEE_BPS.
contract DataMarket is IDataMarket, DelayedAdmin, ERC2771Context, EIP712, Nonces, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    // ---------------------------------------------------------------- constants

    /// @notice Role that resolves disputes.
    bytes32 public constant ARBITER_ROLE = keccak256("ARBITER_ROLE");
    /// @notice Hard cap on the fee rate (10 %).
    uint16 public constant MAX_FEE_BPS = 1000;
    /// @notice Shortest dispute window: long enough for a researcher to check a delivery.
    uint64 public constant MIN_DISPUTE_WINDOW = 1 days;
    /// @notice Longest dispute window.
    uint64 public constant MAX_DISPUTE_WINDOW = 30 days;
    /// @notice Bond a researcher posts to dispute a trade, as a share of its price (10 %).
    uint16 public constant DISPUTE_BOND_BPS = 1000;
    /// @notice How long the arbiter has to resolve a dispute before anyone may settle it for the seller.
    uint64 public constant ARBITRATION_WINDOW = 14 days;
    /// @notice Longest lifetime of a request (deadline − opening time).
    uint64 public constant MAX_REQUEST_DURATION = 365 days;
    /// @notice EIP-712 type of a trade approval.
    bytes32 public constant TRADE_APPROVAL_TYPEHASH = keccak256(
        "TradeApproval(uint256 requestId,address seller,bytes32 deliveryCommitment,uint256 price,uint256 nonce,uint256 deadline)"
    );
    /// @notice EIP-712 type of a key node's attestation of a sale.
    bytes32 public constant SALE_ATTESTATION_TYPEHASH =
        keccak256("SaleAttestation(uint256 requestId,address seller,bytes32 deliveryCommitment)");

    uint256 private constant _BPS = 10_000;

    // ---------------------------------------------------------------- storage

    IERC20 private immutable _token;
    IAccountRegistry private immutable _accounts;
    IKeyCommittee private immutable _committee;
    uint64 private immutable _disputeWindow;

    mapping(uint256 requestId => Request) private _requests;
    mapping(uint256 requestId => mapping(address seller => Trade)) private _trades;
    uint256 private _requestCount;
    address private _treasury;
    uint16 private _feeBps;

    // ---------------------------------------------------------------- constructor

    /// @param admin Administers roles, the fee and the treasury.
    /// @param forwarder The trusted ERC-2771 forwarder.
    /// @param token_ The escrow token.
    /// @param accounts_ The account registry (verified researchers).
    /// @param committee_ The key committee, whose members attest sales.
    /// @param treasury_ Receives fees.
    /// @param feeBps_ Initial fee rate, at most MAX_FEE_BPS.
    /// @param disputeWindow_ Seconds payouts are held, in [MIN_DISPUTE_WINDOW, MAX_DISPUTE_WINDOW].
    constructor(
        address admin,
        address forwarder,
        IERC20 token_,
        IAccountRegistry accounts_,
        IKeyCommittee committee_,
        address treasury_,
        uint16 feeBps_,
        uint64 disputeWindow_
    ) DelayedAdmin(admin) ERC2771Context(forwarder) EIP712("MedvaultDataMarket", "1") {
        if (disputeWindow_ < MIN_DISPUTE_WINDOW || disputeWindow_ > MAX_DISPUTE_WINDOW) {
            revert DisputeWindowOutOfBounds(disputeWindow_);
        }
        _token = token_;
        _accounts = accounts_;
        _committee = committee_;
        _disputeWindow = disputeWindow_;
        _setTreasury(treasury_);
        _setFee(feeBps_);
    }

    // ---------------------------------------------------------------- requests

    /// @inheritdoc IDataMarket
    function openRequest(bytes32 criteria, uint96 pricePerRecord, uint32 maxRecords, uint64 deadline)
        external
        nonReentrant
        returns (uint256 requestId)
    {
        return _open(criteria, pricePerRecord, maxRecords, deadline);
    }

    /// @inheritdoc IDataMarket
    function openRequestWithPermit(
        bytes32 criteria,
        uint96 pricePerRecord,
        uint32 maxRecords,
        uint64 deadline,
        uint256 permitDeadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external nonReentrant returns (uint256 requestId) {
        uint256 budget = uint256(pricePerRecord) * maxRecords;
        // A permit anyone already submitted reverts here; the allowance it set still funds the request.
        try IERC20Permit(address(_token))
            .permit(_msgSender(), address(this), budget, permitDeadline, v, r, s) {}
            catch {}
        return _open(criteria, pricePerRecord, maxRecords, deadline);
    }

    /// @inheritdoc IDataMarket
    function close(uint256 requestId) external nonReentrant {
        Request storage q = _request(requestId);
        address caller = _msgSender();
        address researcher = q.researcher;
        // A request whose researcher lost her verification can take no trade: anyone may close it, so
        // its budget goes back to her.
        if (caller != researcher && _accounts.isVerifiedResearcher(researcher)) {
            revert NotResearcher(requestId, caller);
        }
        _close(requestId, q);
    }

    /// @inheritdoc IDataMarket
    function refundExpired(uint256 requestId) external nonReentrant {
        Request storage q = _request(requestId);
        if (block.timestamp < q.deadline) revert DeadlineNotReached(q.deadline);
        _close(requestId, q);
    }

    /// @inheritdoc IDataMarket
    function collectFees(uint256 requestId) external nonReentrant {
        Request storage q = _request(requestId);
        // Once the request takes no more trades, its latest trade's dispute window bounds every refund:
        // the deadline, however far, plays no part once the request is closed.
        bool ended = q.closed || block.timestamp >= q.deadline;
        if (
            !ended || q.feesCollected || q.openDisputes != 0
                || block.timestamp < uint256(q.lastSettledAt) + _disputeWindow
        ) {
            revert FeesNotCollectable(requestId);
        }
        q.feesCollected = true;
        uint256 amount = _feeOf(q) * q.settled;
        address to = _treasury;
        emit FeesCollected(requestId, to, amount);
        if (amount != 0) _token.safeTransfer(to, amount);
    }

    // ---------------------------------------------------------------- trades

    /// @inheritdoc IDataMarket
    function settle(TradeApproval calldata a, bytes calldata signature, bytes[] calldata attestations)
        external
        nonReentrant
    {
        Request storage q = _request(a.requestId);
        if (q.closed || block.timestamp >= q.deadline) revert RequestNotOpen(a.requestId);
        if (q.settled >= q.maxRecords) revert RequestFull(a.requestId);
        address researcher = q.researcher;
        if (!_accounts.isVerifiedResearcher(researcher)) {
            revert ResearcherNotVerified(a.requestId, researcher);
        }
        uint256 price = q.pricePerRecord;
        if (a.price != price) revert PriceMismatch(a.price, price);
        if (block.timestamp > a.deadline) revert SignatureExpired(a.deadline);
        Trade storage t = _trades[a.requestId][a.seller];
        if (t.status != TradeStatus.None) revert AlreadyTraded(a.requestId, a.seller);
        if (!Signatures.isValidNow(a.seller, _tradeApprovalDigest(a), signature)) {
            revert InvalidSignature(a.seller);
        }
        if (!_committee.isAttested(
                _saleAttestationDigest(a.requestId, a.seller, a.deliveryCommitment), attestations
            )) {
            revert NotAttested(a.requestId, a.seller);
        }
        _useCheckedNonce(a.seller, a.nonce);

        ++q.settled;
        q.lastSettledAt = uint64(block.timestamp);
        uint64 releaseAt = uint64(block.timestamp) + _disputeWindow;
        // price fits uint96 (it equals the stored price) and the fee is at most 10 % of it.
        _trades[a.requestId][a.seller] = Trade({
            payout: uint96(price - (price * q.feeBps) / _BPS),
            releaseAt: releaseAt,
            status: TradeStatus.Pending
        });
        emit TradeSettled(a.requestId, a.seller, a.deliveryCommitment, a.nonce, releaseAt);
    }

    /// @inheritdoc IDataMarket
    function cancelTradeApproval() external returns (uint256 nonce) {
        address seller = _msgSender();
        nonce = _useNonce(seller);
        emit TradeApprovalCancelled(seller, nonce);
    }

    /// @inheritdoc IDataMarket
    function claim(uint256 requestId, address seller) external nonReentrant {
        Trade storage t = _trades[requestId][seller];
        if (t.status != TradeStatus.Pending) revert WrongTradeStatus(requestId, seller, t.status);
        if (block.timestamp < t.releaseAt) revert DisputeWindowOpen(t.releaseAt);
        _pay(requestId, seller, t);
    }

    /// @inheritdoc IDataMarket
    function claimMany(uint256[] calldata requestIds, address[] calldata sellers)
        external
        nonReentrant
        returns (uint256 paid)
    {
        if (requestIds.length != sellers.length) revert LengthMismatch();
        for (uint256 i; i < requestIds.length; ++i) {
            Trade storage t = _trades[requestIds[i]][sellers[i]];
            // Skip rather than revert, so one entry claimed by someone else cannot sink the batch.
            if (t.status != TradeStatus.Pending || block.timestamp < t.releaseAt) continue;
            _pay(requestIds[i], sellers[i], t);
            ++paid;
        }
    }

    /// @inheritdoc IDataMarket
    function dispute(uint256 requestId, address seller, bytes32 reason) external nonReentrant {
        Request storage q = _request(requestId);
        address caller = _msgSender();
        if (caller != q.researcher) revert NotResearcher(requestId, caller);
        Trade storage t = _trades[requestId][seller];
        if (t.status != TradeStatus.Pending) revert WrongTradeStatus(requestId, seller, t.status);
        if (block.timestamp >= t.releaseAt) revert DisputeWindowClosed(t.releaseAt);
        t.status = TradeStatus.Disputed;
        // From now on the payout leaves escrow without the arbiter only once the arbitration window ends.
        uint64 arbitrationEndsAt = uint64(block.timestamp) + ARBITRATION_WINDOW;
        t.releaseAt = arbitrationEndsAt;
        ++q.openDisputes;
        uint256 bond = _bondOf(q);
        emit TradeDisputed(requestId, seller, reason, bond, arbitrationEndsAt);
        // slither-disable-next-line arbitrary-send-erc20 (`caller` is the researcher, `_msgSender()`)
        if (bond != 0) _token.safeTransferFrom(caller, address(this), bond);
    }

    /// @inheritdoc IDataMarket
    function resolve(uint256 requestId, address seller, bool paySeller)
        external
        nonReentrant
        onlyRole(ARBITER_ROLE)
    {
        Request storage q = _request(requestId);
        Trade storage t = _trades[requestId][seller];
        if (t.status != TradeStatus.Disputed) revert WrongTradeStatus(requestId, seller, t.status);
        --q.openDisputes;
        uint256 bond = _bondOf(q);
        if (paySeller) {
            // The dispute failed: its bond is the seller's, with her payout.
            t.status = TradeStatus.Paid;
            uint256 payout = t.payout;
            emit TradePaid(requestId, seller, payout);
            emit DisputeBondReleased(requestId, seller, seller, bond);
            _token.safeTransfer(seller, payout + bond);
            return;
        }
        t.status = TradeStatus.Refunded;
        // The refunded trade gives its slot back: while the request is open its price returns to the
        // budget (another patient may take the slot; the researcher gets it back on closing), after that
        // it goes straight to the researcher, with her bond.
        --q.settled;
        uint256 price = q.pricePerRecord;
        address researcher = q.researcher;
        uint256 amount = q.closed ? price + bond : bond;
        emit TradeRefunded(requestId, seller, price);
        emit DisputeBondReleased(requestId, seller, researcher, bond);
        if (amount != 0) _token.safeTransfer(researcher, amount);
    }

    /// @inheritdoc IDataMarket
    function settleUnresolved(uint256 requestId, address seller) external nonReentrant {
        Request storage q = _request(requestId);
        Trade storage t = _trades[requestId][seller];
        if (t.status != TradeStatus.Disputed) revert WrongTradeStatus(requestId, seller, t.status);
        if (block.timestamp < t.releaseAt) revert ArbitrationWindowOpen(t.releaseAt);
        --q.openDisputes;
        // The key committee attested the sale, so it stands unless the arbiter says otherwise; the
        // arbiter's silence is not the researcher's fault, so her bond comes back.
        t.status = TradeStatus.Paid;
        uint256 payout = t.payout;
        uint256 bond = _bondOf(q);
        address researcher = q.researcher;
        emit DisputeUnresolved(requestId, seller);
        emit TradePaid(requestId, seller, payout);
        emit DisputeBondReleased(requestId, seller, researcher, bond);
        _token.safeTransfer(seller, payout);
        if (bond != 0) _token.safeTransfer(researcher, bond);
    }

    // ---------------------------------------------------------------- admin

    /// @inheritdoc IDataMarket
    function setFee(uint16 feeBps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setFee(feeBps);
    }

    /// @inheritdoc IDataMarket
    function setTreasury(address treasury_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setTreasury(treasury_);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IDataMarket
    function request(uint256 requestId) external view returns (Request memory) {
        return _requests[requestId];
    }

    /// @inheritdoc IDataMarket
    function trade(uint256 requestId, address seller) external view returns (Trade memory) {
        return _trades[requestId][seller];
    }

    /// @inheritdoc IDataMarket
    function requestCount() external view returns (uint256) {
        return _requestCount;
    }

    /// @inheritdoc IDataMarket
    function fee() external view returns (uint16) {
        return _feeBps;
    }

    /// @inheritdoc IDataMarket
    function treasury() external view returns (address) {
        return _treasury;
    }

    /// @inheritdoc IDataMarket
    function token() external view returns (address) {
        return address(_token);
    }

    /// @inheritdoc IDataMarket
    function disputeWindow() external view returns (uint64) {
        return _disputeWindow;
    }

    /// @inheritdoc IDataMarket
    function nonces(address owner) public view override(IDataMarket, Nonces) returns (uint256) {
        return super.nonces(owner);
    }

    /// @inheritdoc IDataMarket
    function saleAttestationDigest(uint256 requestId, address seller, bytes32 deliveryCommitment)
        external
        view
        returns (bytes32)
    {
        return _saleAttestationDigest(requestId, seller, deliveryCommitment);
    }

    /// @inheritdoc IDataMarket
    function isAttested(
        uint256 requestId,
        address seller,
        bytes32 deliveryCommitment,
        bytes[] calldata attestations
    ) external view returns (bool) {
        return _committee.isAttested(
            _saleAttestationDigest(requestId, seller, deliveryCommitment), attestations
        );
    }

    /// @inheritdoc IDataMarket
    function committee() external view returns (address) {
        return address(_committee);
    }

    /// @inheritdoc IDataMarket
    function tradeApprovalDigest(TradeApproval calldata approval) external view returns (bytes32) {
        return _tradeApprovalDigest(approval);
    }

    // ---------------------------------------------------------------- internal

    function _open(bytes32 criteria, uint96 pricePerRecord, uint32 maxRecords, uint64 deadline)
        private
        returns (uint256 requestId)
    {
        address researcher = _msgSender();
        if (!_accounts.isVerifiedResearcher(researcher)) revert NotVerifiedResearcher(researcher);
        if (pricePerRecord == 0 || maxRecords == 0 || deadline <= block.timestamp) revert InvalidRequest();
        uint64 latest = uint64(block.timestamp) + MAX_REQUEST_DURATION;
        if (deadline > latest) revert RequestTooLong(deadline, latest);
        requestId = ++_requestCount;
        uint16 feeBps = _feeBps;
        _requests[requestId] = Request({
            researcher: researcher,
            deadline: deadline,
            feeBps: feeBps,
            closed: false,
            feesCollected: false,
            pricePerRecord: pricePerRecord,
            maxRecords: maxRecords,
            settled: 0,
            openDisputes: 0,
            lastSettledAt: 0
        });
        emit RequestOpened(requestId, researcher, criteria, pricePerRecord, maxRecords, deadline, feeBps);
        // slither-disable-next-line arbitrary-send-erc20 (`researcher` is the caller, `_msgSender()`)
        _token.safeTransferFrom(researcher, address(this), uint256(pricePerRecord) * maxRecords);
    }

    function _close(uint256 requestId, Request storage q) private {
        if (q.closed) revert AlreadyClosed(requestId);
        q.closed = true;
        uint256 refund = uint256(q.pricePerRecord) * (q.maxRecords - q.settled);
        address researcher = q.researcher;
        emit RequestClosed(requestId, refund);
        if (refund != 0) _token.safeTransfer(researcher, refund);
    }

    function _pay(uint256 requestId, address seller, Trade storage t) private {
        t.status = TradeStatus.Paid;
        uint256 amount = t.payout;
        emit TradePaid(requestId, seller, amount);
        _token.safeTransfer(seller, amount);
    }

    function _request(uint256 requestId) private view returns (Request storage q) {
        q = _requests[requestId];
        if (q.researcher == address(0)) revert UnknownRequest(requestId);
    }

    function _bondOf(Request storage q) private view returns (uint256) {
        uint256 price = q.pricePerRecord;
        return (price * DISPUTE_BOND_BPS) / _BPS;
    }

    function _feeOf(Request storage q) private view returns (uint256) {
        uint256 price = q.pricePerRecord;
        return (price * q.feeBps) / _BPS;
    }

    function _tradeApprovalDigest(TradeApproval calldata a) private view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(
                    TRADE_APPROVAL_TYPEHASH,
                    a.requestId,
                    a.seller,
                    a.deliveryCommitment,
                    a.price,
                    a.nonce,
                    a.deadline
                )
            )
        );
    }

    function _saleAttestationDigest(uint256 requestId, address seller, bytes32 deliveryCommitment)
        private
        view
        returns (bytes32)
    {
        return _hashTypedDataV4(
            keccak256(abi.encode(SALE_ATTESTATION_TYPEHASH, requestId, seller, deliveryCommitment))
        );
    }

    function _setFee(uint16 feeBps) private {
        if (feeBps > MAX_FEE_BPS) revert FeeTooHigh(feeBps);
        _feeBps = feeBps;
        emit FeeSet(feeBps);
    }

    function _setTreasury(address treasury_) private {
        if (treasury_ == address(0)) revert InvalidTreasury();
        _treasury = treasury_;
        emit TreasurySet(treasury_);
    }

    // ---------------------------------------------------------------- ERC-2771 plumbing

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
