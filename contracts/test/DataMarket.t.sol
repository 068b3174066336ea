// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {DataMarket} from "../src/DataMarket.sol";
import {IDataMarket} from "../src/interfaces/IDataMarket.sol";
import {MarketDigests} from "./utils/MarketDigests.sol";
import {MarketTestBase} from "./utils/MarketTestBase.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

contract DataMarketTest is MarketTestBase {
    // ---------------------------------------------------------------- openRequest

    function test_openRequest_escrowsBudget() public {
        uint256 before = token.balanceOf(researcher);
        uint64 deadline = uint64(block.timestamp + 7 days);
        vm.expectEmit(address(market));
        emit IDataMarket.RequestOpened(1, researcher, CRITERIA, PRICE, MAX, deadline, market.fee());
        vm.prank(researcher);
        uint256 id = market.openRequest(CRITERIA, PRICE, MAX, deadline);
        assertEq(id, 1);
        assertEq(market.requestCount(), 1);
        assertEq(token.balanceOf(address(market)), uint256(PRICE) * MAX);
        assertEq(token.balanceOf(researcher), before - uint256(PRICE) * MAX);
        IDataMarket.Request memory q = market.request(id);
        assertEq(q.researcher, researcher);
        assertEq(q.deadline, deadline);
        assertEq(q.pricePerRecord, PRICE);
        assertEq(q.maxRecords, MAX);
        assertEq(q.feeBps, market.fee());
    }

    function test_openRequest_throughForwarder() public {
        _forward(
            researcherKey,
            address(market),
            abi.encodeCall(market.openRequest, (CRITERIA, PRICE, MAX, uint64(block.timestamp + 1 days)))
        );
        assertEq(market.request(1).researcher, researcher);
    }

    function test_RevertWhen_OpenerNotVerifiedResearcher() public {
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.NotVerifiedResearcher.selector, patient));
        vm.prank(patient);
        market.openRequest(CRITERIA, PRICE, MAX, uint64(block.timestamp + 1 days));
    }

    function test_RevertWhen_RequestInvalid() public {
        vm.startPrank(researcher);
        vm.expectRevert(IDataMarket.InvalidRequest.selector);
        market.openRequest(CRITERIA, 0, MAX, uint64(block.timestamp + 1 days));
        vm.expectRevert(IDataMarket.InvalidRequest.selector);
        market.openRequest(CRITERIA, PRICE, 0, uint64(block.timestamp + 1 days));
        vm.expectRevert(IDataMarket.InvalidRequest.selector);
        market.openRequest(CRITERIA, PRICE, MAX, uint64(block.timestamp));
        vm.stopPrank();
    }

    function test_RevertWhen_BudgetNotApproved() public {
        vm.prank(researcher);
        token.approve(address(market), 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(market), 0, uint256(PRICE) * MAX
            )
        );
        vm.prank(researcher);
        market.openRequest(CRITERIA, PRICE, MAX, uint64(block.timestamp + 1 days));
    }

    // ---------------------------------------------------------------- settle

    function test_settle_holdsPaymentForDisputeWindow() public {
        uint256 id = _openRequest();
        IDataMarket.TradeApproval memory a = _approval(id, seller, 0);
        bytes memory sig = _signApproval(market, sellerKey, a);
        bytes[] memory atts = _attestations(market, a);
        uint64 releaseAt = uint64(block.timestamp) + market.disputeWindow();
        vm.expectEmit(address(market));
        emit IDataMarket.TradeSettled(id, seller, DELIVERY, 0, releaseAt);
        vm.prank(stranger);
        market.settle(a, sig, atts);
        IDataMarket.Trade memory t = market.trade(id, seller);
        assertEq(uint8(t.status), uint8(IDataMarket.TradeStatus.Pending));
        assertEq(t.releaseAt, releaseAt);
        assertEq(t.payout, PRICE - _fee(PRICE));
        assertEq(market.request(id).settled, 1);
        assertEq(market.nonces(seller), 1);
        assertEq(token.balanceOf(seller), 0);
    }

    function test_settle_requestDeadlineExclusive() public {
        uint256 id = _openRequest();
        uint64 deadline = market.request(id).deadline;
        IDataMarket.TradeApproval memory a = _approval(id, seller, 0);
        a.deadline = deadline + 1;
        bytes memory sig = _signApproval(market, sellerKey, a);
        bytes[] memory atts = _attestations(market, a);
        vm.warp(deadline - 1);
        uint256 snap = vm.snapshotState();
        market.settle(a, sig, atts);
        vm.revertToState(snap);
        vm.warp(deadline);
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.RequestNotOpen.selector, id));
        market.settle(a, sig, atts);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.RequestNotOpen.selector, id));
        market.settle(a, sig, atts);
    }

    function test_RevertWhen_SettleUnknownRequest() public {
        IDataMarket.TradeApproval memory a = _approval(7, seller, 0);
        bytes memory sig = _signApproval(market, sellerKey, a);
        bytes[] memory atts = _attestations(market, a);
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.UnknownRequest.selector, 7));
        market.settle(a, sig, atts);
    }

    function test_RevertWhen_SettleClosedRequest() public {
        uint256 id = _openRequest();
        vm.prank(researcher);
        market.close(id);
        IDataMarket.TradeApproval memory a = _approval(id, seller, 0);
        bytes memory sig = _signApproval(market, sellerKey, a);
        bytes[] memory atts = _attestations(market, a);
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.RequestNotOpen.selector, id));
        market.settle(a, sig, atts);
    }

    function test_RevertWhen_RequestFull() public {
        vm.prank(researcher);
        uint256 id = market.openRequest(CRITERIA, PRICE, 1, uint64(block.timestamp + 1 days));
        _settle(id);
        (address other, uint256 otherKey) = makeAddrAndKey("other seller");
        IDataMarket.TradeApproval memory a = _approval(id, other, 0);
        bytes memory sig = _signApproval(market, otherKey, a);
        bytes[] memory atts = _attestations(market, a);
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.RequestFull.selector, id));
        market.settle(a, sig, atts);
    }

    function test_RevertWhen_SellerTradesTwiceOnARequest() public {
        uint256 id = _openRequest();
        _settle(id);
        IDataMarket.TradeApproval memory a = _approval(id, seller, 1);
        bytes memory sig = _signApproval(market, sellerKey, a);
        bytes[] memory atts = _attestations(market, a);
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.AlreadyTraded.selector, id, seller));
        market.settle(a, sig, atts);
    }

    // ---------------------------------------------------------------- claim

    function test_claim_paysSellerNotCaller() public {
        uint256 id = _openRequest();
        uint256 payout = _settle(id);
        vm.warp(market.trade(id, seller).releaseAt);
        vm.expectEmit(address(market));
        emit IDataMarket.TradePaid(id, seller, payout);
        vm.prank(stranger);
        market.claim(id, seller);
        assertEq(token.balanceOf(seller), payout);
        assertEq(token.balanceOf(stranger), 0);
        assertEq(uint8(market.trade(id, seller).status), uint8(IDataMarket.TradeStatus.Paid));
    }

    function test_RevertWhen_ClaimInsideDisputeWindow() public {
        uint256 id = _openRequest();
        _settle(id);
        uint64 releaseAt = market.trade(id, seller).releaseAt;
        vm.warp(releaseAt - 1);
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.DisputeWindowOpen.selector, releaseAt));
        market.claim(id, seller);
        vm.warp(releaseAt + 1);
        market.claim(id, seller);
    }

    function test_RevertWhen_ClaimTwiceOrWithoutTrade() public {
        uint256 id = _openRequest();
        vm.expectRevert(
            abi.encodeWithSelector(
                IDataMarket.WrongTradeStatus.selector, id, seller, IDataMarket.TradeStatus.None
            )
        );
        market.claim(id, seller);
        _settle(id);
        vm.warp(block.timestamp + market.disputeWindow());
        market.claim(id, seller);
        vm.expectRevert(
            abi.encodeWithSelector(
                IDataMarket.WrongTradeStatus.selector, id, seller, IDataMarket.TradeStatus.Paid
            )
        );
        market.claim(id, seller);
    }

    function test_claimMany_paysManyAndSkipsUnclaimable() public {
        uint256 id = _openRequest();
        uint256[] memory ids = new uint256[](3);
        address[] memory who = new address[](3);
        for (uint256 i; i < 3; ++i) {
            (address p, uint256 k) = makeAddrAndKey(string.concat("p", vm.toString(i)));
            IDataMarket.TradeApproval memory a = _approval(id, p, 0);
            if (i < 2) _settleSigned(a, k);
            ids[i] = id;
            who[i] = p;
        }
        vm.warp(block.timestamp + market.disputeWindow());
        market.claim(id, who[0]); // claimed by someone first: skipped, not fatal
        vm.prank(relayer);
        uint256 paid = market.claimMany(ids, who);
        assertEq(paid, 1);
        assertEq(token.balanceOf(who[1]), PRICE - _fee(PRICE));
        assertEq(token.balanceOf(who[2]), 0);
    }

    function test_RevertWhen_ClaimManyLengthMismatch() public {
        vm.expectRevert(IDataMarket.LengthMismatch.selector);
        market.claimMany(new uint256[](1), new address[](2));
    }

    // ---------------------------------------------------------------- dispute and resolve

    function test_dispute_thenArbiterPaysSeller() public {
        uint256 id = _openRequest();
        uint256 payout = _settle(id);
        uint256 bond = _bond(PRICE);
        uint256 researcherBefore = token.balanceOf(researcher);
        vm.expectEmit(address(market));
        emit IDataMarket.TradeDisputed(
            id, seller, keccak256("bad data"), bond, uint64(block.timestamp) + market.ARBITRATION_WINDOW()
        );
        vm.prank(researcher);
        market.dispute(id, seller, keccak256("bad data"));
        assertEq(market.request(id).openDisputes, 1);
        assertEq(token.balanceOf(researcher), researcherBefore - bond);
        vm.warp(block.timestamp + market.disputeWindow());
        vm.expectRevert(
            abi.encodeWithSelector(
                IDataMarket.WrongTradeStatus.selector, id, seller, IDataMarket.TradeStatus.Disputed
            )
        );
        market.claim(id, seller);
        vm.expectEmit(address(market));
        emit IDataMarket.DisputeBondReleased(id, seller, seller, bond);
        vm.prank(arbiter);
        market.resolve(id, seller, true);
        // The failed dispute's bond is the seller's.
        assertEq(token.balanceOf(seller), payout + bond);
        assertEq(market.request(id).openDisputes, 0);
    }

    function test_dispute_thenArbiterRefundsIntoTheBudget() public {
        uint256 id = _openRequest();
        _settle(id);
        vm.prank(researcher);
        market.dispute(id, seller, keccak256("bad data"));
        uint256 before = token.balanceOf(researcher);
        vm.expectEmit(address(market));
        emit IDataMarket.TradeRefunded(id, seller, PRICE);
        vm.prank(arbiter);
        market.resolve(id, seller, false);
        // The request is open: the price is budget again, and the slot is free; the bond comes back.
        assertEq(token.balanceOf(researcher), before + _bond(PRICE));
        assertEq(token.balanceOf(seller), 0);
        assertEq(market.request(id).settled, 0);
        assertEq(uint8(market.trade(id, seller).status), uint8(IDataMarket.TradeStatus.Refunded));
        vm.prank(researcher);
        market.close(id);
        assertEq(token.balanceOf(researcher), before + _bond(PRICE) + uint256(PRICE) * MAX);
        assertEq(token.balanceOf(address(market)), 0);
    }

    function test_dispute_thenArbiterRefundsResearcherOnceClosed() public {
        uint256 id = _openRequest();
        _settle(id);
        vm.prank(researcher);
        market.dispute(id, seller, keccak256("bad data"));
        vm.prank(researcher);
        market.close(id);
        uint256 before = token.balanceOf(researcher);
        vm.prank(arbiter);
        market.resolve(id, seller, false);
        assertEq(token.balanceOf(researcher), before + PRICE + _bond(PRICE));
        assertEq(market.request(id).settled, 0);
    }

    function test_settleUnresolved_paysSellerAndReturnsBond() public {
        uint256 id = _openRequest();
        uint256 payout = _settle(id);
        vm.prank(researcher);
        market.dispute(id, seller, keccak256("bad data"));
        uint64 endsAt = uint64(block.timestamp) + market.ARBITRATION_WINDOW();
        assertEq(market.trade(id, seller).releaseAt, endsAt);
        uint256 before = token.balanceOf(researcher);
        vm.warp(endsAt - 1);
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.ArbitrationWindowOpen.selector, endsAt));
        market.settleUnresolved(id, seller);
        vm.warp(endsAt);
        vm.expectEmit(address(market));
        emit IDataMarket.DisputeUnresolved(id, seller);
        vm.prank(stranger);
        market.settleUnresolved(id, seller);
        assertEq(token.balanceOf(seller), payout);
        assertEq(token.balanceOf(researcher), before + _bond(PRICE));
        assertEq(market.request(id).openDisputes, 0);
        assertEq(uint8(market.trade(id, seller).status), uint8(IDataMarket.TradeStatus.Paid));
        vm.expectRevert(
            abi.encodeWithSelector(
                IDataMarket.WrongTradeStatus.selector, id, seller, IDataMarket.TradeStatus.Paid
            )
        );
        market.settleUnresolved(id, seller);
    }

    function test_RevertWhen_DisputeBondNotApproved() public {
        uint256 id = _openRequest();
        _settle(id);
        vm.prank(researcher);
        token.approve(address(market), 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(market), 0, _bond(PRICE)
            )
        );
        vm.prank(researcher);
        market.dispute(id, seller, bytes32(0));
    }

    function test_RevertWhen_DisputeWindowClosed() public {
        uint256 id = _openRequest();
        _settle(id);
        uint64 releaseAt = market.trade(id, seller).releaseAt;
        vm.warp(releaseAt - 1);
        uint256 snap = vm.snapshotState();
        vm.prank(researcher);
        market.dispute(id, seller, bytes32(0));
        vm.revertToState(snap);
        vm.warp(releaseAt);
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.DisputeWindowClosed.selector, releaseAt));
        vm.prank(researcher);
        market.dispute(id, seller, bytes32(0));
    }

    function test_RevertWhen_DisputeByNonResearcherOrNoTrade() public {
        uint256 id = _openRequest();
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.NotResearcher.selector, id, stranger));
        vm.prank(stranger);
        market.dispute(id, seller, bytes32(0));
        vm.expectRevert(
            abi.encodeWithSelector(
                IDataMarket.WrongTradeStatus.selector, id, seller, IDataMarket.TradeStatus.None
            )
        );
        vm.prank(researcher);
        market.dispute(id, seller, bytes32(0));
    }

    function test_RevertWhen_ResolveByNonArbiterOrUndisputed() public {
        uint256 id = _openRequest();
        _settle(id);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, market.ARBITER_ROLE()
            )
        );
        vm.prank(stranger);
        market.resolve(id, seller, true);
        vm.expectRevert(
            abi.encodeWithSelector(
                IDataMarket.WrongTradeStatus.selector, id, seller, IDataMarket.TradeStatus.Pending
            )
        );
        vm.prank(arbiter);
        market.resolve(id, seller, true);
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.UnknownRequest.selector, 99));
        vm.prank(arbiter);
        market.resolve(99, seller, true);
    }

    // ---------------------------------------------------------------- close, refund, fees

    function test_close_refundsUnspentBudget() public {
        uint256 id = _openRequest();
        _settle(id);
        uint256 before = token.balanceOf(researcher);
        vm.expectEmit(address(market));
        emit IDataMarket.RequestClosed(id, uint256(PRICE) * (MAX - 1));
        vm.prank(researcher);
        market.close(id);
        assertEq(token.balanceOf(researcher), before + uint256(PRICE) * (MAX - 1));
        assertTrue(market.request(id).closed);
        // The settled trade is still paid after close.
        vm.warp(block.timestamp + market.disputeWindow());
        market.claim(id, seller);
    }

    function test_RevertWhen_CloseByNonResearcherOrTwice() public {
        uint256 id = _openRequest();
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.NotResearcher.selector, id, stranger));
        vm.prank(stranger);
        market.close(id);
        vm.startPrank(researcher);
        market.close(id);
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.AlreadyClosed.selector, id));
        market.close(id);
        vm.stopPrank();
    }

    function test_refundExpired_atDeadline() public {
        uint256 id = _openRequest();
        uint64 deadline = market.request(id).deadline;
        vm.warp(deadline - 1);
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.DeadlineNotReached.selector, deadline));
        market.refundExpired(id);
        vm.warp(deadline);
        uint256 before = token.balanceOf(researcher);
        vm.prank(stranger);
        market.refundExpired(id);
        assertEq(token.balanceOf(researcher), before + uint256(PRICE) * MAX);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.AlreadyClosed.selector, id));
        market.refundExpired(id);
    }

    function test_collectFees_afterCloseAndLatestTradesWindow() public {
        uint256 id = _openRequest();
        _settle(id);
        vm.warp(block.timestamp + 1 days);
        (address other, uint256 otherKey) = makeAddrAndKey("other seller");
        IDataMarket.TradeApproval memory a = _approval(id, other, 0);
        _settleSigned(a, otherKey);
        uint256 collectableAt = block.timestamp + market.disputeWindow();
        vm.prank(researcher);
        market.dispute(id, other, bytes32(0));
        vm.warp(collectableAt);
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.FeesNotCollectable.selector, id));
        market.collectFees(id); // the request still takes trades
        vm.prank(researcher);
        market.close(id);
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.FeesNotCollectable.selector, id));
        market.collectFees(id); // a dispute is open
        vm.prank(arbiter);
        market.resolve(id, other, false);

        vm.warp(collectableAt - 1);
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.FeesNotCollectable.selector, id));
        market.collectFees(id); // the latest trade can still be disputed
        vm.warp(collectableAt);
        uint256 before = token.balanceOf(treasury);
        vm.expectEmit(address(market));
        emit IDataMarket.FeesCollected(id, treasury, _fee(PRICE));
        market.collectFees(id);
        assertEq(token.balanceOf(treasury), before + _fee(PRICE));
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.FeesNotCollectable.selector, id));
        market.collectFees(id);
    }

    function test_collectFees_atDeadlineWithoutClosing() public {
        uint256 id = _openRequest();
        _settle(id);
        vm.warp(market.request(id).deadline - 1);
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.FeesNotCollectable.selector, id));
        market.collectFees(id);
        vm.warp(market.request(id).deadline);
        uint256 before = token.balanceOf(treasury);
        market.collectFees(id);
        assertEq(token.balanceOf(treasury), before + _fee(PRICE));
    }

    function test_lifecycle_escrowFullyAccountedFor() public {
        uint256 id = _openRequest();
        _settle(id);
        vm.warp(market.request(id).deadline + market.disputeWindow());
        market.claim(id, seller);
        market.refundExpired(id);
        market.collectFees(id);
        assertEq(token.balanceOf(address(market)), 0);
    }

    // ---------------------------------------------------------------- admin

    function test_setFee_appliesToNewRequestsOnly() public {
        uint256 first = _openRequest();
        vm.expectEmit(address(market));
        emit IDataMarket.FeeSet(1000);
        vm.prank(admin);
        market.setFee(1000);
        uint256 second = _openRequest();
        assertEq(market.request(first).feeBps, 250);
        assertEq(market.request(second).feeBps, 1000);
    }

    function test_RevertWhen_FeeAboveCap() public {
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.FeeTooHigh.selector, 1001));
        vm.prank(admin);
        market.setFee(1001);
    }

    function test_setTreasury() public {
        vm.expectEmit(address(market));
        emit IDataMarket.TreasurySet(stranger);
        vm.prank(admin);
        market.setTreasury(stranger);
        assertEq(market.treasury(), stranger);
        vm.expectRevert(IDataMarket.InvalidTreasury.selector);
        vm.prank(admin);
        market.setTreasury(address(0));
    }

    function test_RevertWhen_StrangerSetsFeeOrTreasury() public {
        vm.startPrank(stranger);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, bytes32(0)
            )
        );
        market.setFee(0);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, bytes32(0)
            )
        );
        market.setTreasury(stranger);
        vm.stopPrank();
    }

    function test_RevertWhen_DisputeWindowOutOfBounds() public {
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.DisputeWindowOutOfBounds.selector, 1 days - 1));
        new DataMarket(
            admin, address(forwarder), IERC20(address(token)), accounts, committee, treasury, 0, 1 days - 1
        );
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.DisputeWindowOutOfBounds.selector, 30 days + 1));
        new DataMarket(
            admin, address(forwarder), IERC20(address(token)), accounts, committee, treasury, 0, 30 days + 1
        );
    }

    function test_views() public view {
        assertEq(market.token(), address(token));
        assertEq(market.treasury(), treasury);
        assertEq(market.disputeWindow(), 3 days);
        assertEq(market.committee(), address(committee));
    }

    /// @notice The contract's digests are the documented EIP-712 types over its domain, so an off-chain
    /// signer (a seller's client, a key node) that computes them from the documentation signs what the
    /// contract checks.
    function test_digests_matchDocumentedTypes() public view {
        IDataMarket.TradeApproval memory a = _approval(3, seller, 0);
        assertEq(market.tradeApprovalDigest(a), MarketDigests.tradeApproval(address(market), a));
        assertEq(
            market.saleAttestationDigest(3, seller, DELIVERY),
            MarketDigests.saleAttestation(address(market), 3, seller, DELIVERY)
        );
        assertEq(market.TRADE_APPROVAL_TYPEHASH(), MarketDigests.TRADE_APPROVAL_TYPEHASH);
        assertEq(market.SALE_ATTESTATION_TYPEHASH(), MarketDigests.SALE_ATTESTATION_TYPEHASH);
    }
}
