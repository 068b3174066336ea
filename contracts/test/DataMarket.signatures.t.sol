// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {DataMarket} from "../src/DataMarket.sol";
import {IDataMarket} from "../src/interfaces/IDataMarket.sol";
import {MarketDigests} from "./utils/MarketDigests.sol";
import {MarketTestBase} from "./utils/MarketTestBase.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {console} from "forge-std/console.sol";

contract DataMarketSignaturesTest is MarketTestBase {
    uint256 internal constant SECP256K1_N =
        0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    /// @dev EIP-2929 cost of a first access to an account in a transaction.
    uint256 internal constant COLD_ACCOUNT_ACCESS = 2600;

    function _invalid() internal view returns (bytes memory) {
        return abi.encodeWithSelector(IDataMarket.InvalidSignature.selector, seller);
    }

    function test_RevertWhen_SignedForAnotherChain() public {
        uint256 id = _openRequest();
        IDataMarket.TradeApproval memory a = _approval(id, seller, 0);
        uint256 chainId = block.chainid;
        vm.chainId(chainId + 1);
        bytes memory sig = _signApproval(market, sellerKey, a);
        vm.chainId(chainId);
        bytes[] memory atts = _attestations(market, a);
        vm.expectRevert(_invalid());
        market.settle(a, sig, atts);
        market.settle(a, _signApproval(market, sellerKey, a), atts);
    }

    function test_RevertWhen_SignedForAnotherDeployment() public {
        DataMarket other = new DataMarket(
            admin, address(forwarder), IERC20(address(token)), accounts, committee, treasury, 0, 1 days
        );
        uint256 id = _openRequest();
        IDataMarket.TradeApproval memory a = _approval(id, seller, 0);
        bytes memory sig = _signApproval(other, sellerKey, a);
        bytes[] memory atts = _attestations(market, a);
        vm.expectRevert(_invalid());
        market.settle(a, sig, atts);
        market.settle(a, _signApproval(market, sellerKey, a), atts);
    }

    function test_RevertWhen_SignatureIsHighS() public {
        uint256 id = _openRequest();
        IDataMarket.TradeApproval memory a = _approval(id, seller, 0);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(sellerKey, MarketDigests.tradeApproval(address(market), a));
        bytes[] memory atts = _attestations(market, a);
        vm.expectRevert(_invalid());
        market.settle(
            a, abi.encodePacked(r, bytes32(SECP256K1_N - uint256(s)), v == 27 ? uint8(28) : 27), atts
        );
        market.settle(a, abi.encodePacked(r, s, v), atts);
    }

    function test_RevertWhen_ApprovalPastDeadline() public {
        uint256 id = _openRequest();
        IDataMarket.TradeApproval memory a = _approval(id, seller, 0);
        bytes memory sig = _signApproval(market, sellerKey, a);
        bytes[] memory atts = _attestations(market, a);
        vm.warp(a.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.SignatureExpired.selector, a.deadline));
        market.settle(a, sig, atts);
        vm.warp(a.deadline);
        market.settle(a, sig, atts);
    }

    function test_RevertWhen_NonceReused() public {
        uint256 first = _openRequest();
        uint256 second = _openRequest();
        IDataMarket.TradeApproval memory a = _approval(first, seller, 0);
        _settleSigned(a, sellerKey);
        // A fresh, attested approval for another request that reuses nonce 0 (a trade key used twice).
        IDataMarket.TradeApproval memory b = _approval(second, seller, 0);
        bytes memory sig = _signApproval(market, sellerKey, b);
        bytes[] memory atts = _attestations(market, b);
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, seller, 1));
        market.settle(b, sig, atts);
    }

    function test_RevertWhen_ApprovalForTradeASubmittedForTradeB() public {
        uint256 first = _openRequest();
        uint256 second = _openRequest();
        IDataMarket.TradeApproval memory a = _approval(first, seller, 0);
        bytes memory sig = _signApproval(market, sellerKey, a);
        // Even with the committee's attestations of the altered sale, the seller's signature does not move.
        a.requestId = second;
        bytes[] memory atts = _attestations(market, a);
        vm.expectRevert(_invalid());
        market.settle(a, sig, atts);
        a.requestId = first;
        a.deliveryCommitment = keccak256("another delivery");
        atts = _attestations(market, a);
        vm.expectRevert(_invalid());
        market.settle(a, sig, atts);
    }

    function test_RevertWhen_PriceChanged() public {
        uint256 id = _openRequest();
        IDataMarket.TradeApproval memory a = _approval(id, seller, 0);
        bytes memory sig = _signApproval(market, sellerKey, a);
        bytes[] memory atts = _attestations(market, a);
        a.price = PRICE + 1;
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.PriceMismatch.selector, PRICE + 1, PRICE));
        market.settle(a, sig, atts);
        // Signed at another price: rejected before the signature is even checked.
        a.price = PRICE - 1;
        sig = _signApproval(market, sellerKey, a);
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.PriceMismatch.selector, PRICE - 1, PRICE));
        market.settle(a, sig, atts);
    }

    function test_RevertWhen_SignerIsNotTheSeller() public {
        uint256 id = _openRequest();
        IDataMarket.TradeApproval memory a = _approval(id, seller, 0);
        bytes memory sig = _signApproval(market, researcherKey, a);
        // The committee attested the seller's sale; another key still cannot sign it.
        vm.expectRevert(_invalid());
        market.settle(a, sig, _attestations(market, a));
        // Naming the signer as seller with the attestations of the seller's sale: not attested.
        bytes[] memory sellersAtts = _attestations(market, a);
        a.seller = researcher;
        sig = _signApproval(market, researcherKey, a);
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.NotAttested.selector, id, researcher));
        market.settle(a, sig, sellersAtts);
        // Attested for itself, the signer is paid itself, never the seller named elsewhere.
        market.settle(a, sig, _attestations(market, a));
        assertEq(uint8(market.trade(id, seller).status), uint8(IDataMarket.TradeStatus.None));
        assertEq(uint8(market.trade(id, researcher).status), uint8(IDataMarket.TradeStatus.Pending));
    }

    // ---------------------------------------------------------------- permit

    function _permitSig(uint256 value, uint256 deadline)
        internal
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256(
                    "Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"
                ),
                researcher,
                address(market),
                value,
                token.nonces(researcher),
                deadline
            )
        );
        return
            vm.sign(
                researcherKey, keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash))
            );
    }

    function test_openRequestWithPermit_fundsInOneCall() public {
        vm.prank(researcher);
        token.approve(address(market), 0);
        uint256 budget = uint256(PRICE) * MAX;
        (uint8 v, bytes32 r, bytes32 s) = _permitSig(budget, block.timestamp + 1 hours);
        vm.prank(researcher);
        market.openRequestWithPermit(
            CRITERIA, PRICE, MAX, uint64(block.timestamp + 1 days), block.timestamp + 1 hours, v, r, s
        );
        assertEq(token.balanceOf(address(market)), budget);
    }

    function test_openRequestWithPermit_survivesFrontRunPermit() public {
        vm.prank(researcher);
        token.approve(address(market), 0);
        uint256 budget = uint256(PRICE) * MAX;
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _permitSig(budget, deadline);
        // Someone copies the permit from the mempool and submits it first.
        vm.prank(stranger);
        token.permit(researcher, address(market), budget, deadline, v, r, s);
        vm.prank(researcher);
        uint256 id = market.openRequestWithPermit(
            CRITERIA, PRICE, MAX, uint64(block.timestamp + 1 days), deadline, v, r, s
        );
        assertEq(market.request(id).researcher, researcher);
        assertEq(token.balanceOf(address(market)), budget);
    }

    function test_RevertWhen_PermitFailsAndAllowanceShort() public {
        vm.prank(researcher);
        token.approve(address(market), 0);
        uint256 budget = uint256(PRICE) * MAX;
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(market), 0, budget
            )
        );
        vm.prank(researcher);
        market.openRequestWithPermit(
            CRITERIA,
            PRICE,
            MAX,
            uint64(block.timestamp + 1 days),
            block.timestamp,
            27,
            bytes32(0),
            bytes32(0)
        );
    }

    // ---------------------------------------------------------------- gas

    /// @dev Gas of `settle(a, sig, atts)` as a transaction of its own: every account and slot starts cold
    /// (the market, the token and the key committee it asks), the relayer submits.
    function _settleTxGas(IDataMarket.TradeApproval memory a, bytes memory sig, bytes[] memory atts)
        internal
        returns (uint256)
    {
        vm.cool(address(market));
        vm.cool(address(token));
        vm.cool(address(committee));
        vm.cool(address(accounts));
        vm.prank(relayer);
        market.settle(a, sig, atts);
        // The account registry (the researcher's verification) is warm here, as openRequest read it in this
        // same test transaction and `vm.cool` cools slots only: its cold account access is added by hand.
        return 21_000 + _calldataCost(abi.encodeCall(market.settle, (a, sig, atts)))
            + vm.lastCallGas().gasTotalUsed + COLD_ACCOUNT_ACCESS;
    }

    /// @dev Gas of `claim(id, who)` as a transaction of its own.
    function _claimTxGas(uint256 id, address who) internal returns (uint256) {
        vm.cool(address(market));
        vm.cool(address(token));
        vm.prank(relayer);
        market.claim(id, who);
        return 21_000 + _calldataCost(abi.encodeCall(market.claim, (id, who))) + vm.lastCallGas().gasTotalUsed;
    }

    /// @dev The normal case: a one-time trade key's only trade (its nonce slot is new), with a threshold
    /// (2) of attestations.
    function test_gas_settle_firstTrade() public {
        uint256 id = _openRequest();
        IDataMarket.TradeApproval memory a = _approval(id, seller, 0);
        uint256 txGas = _settleTxGas(a, _signApproval(market, sellerKey, a), _attestations(market, a));
        console.log("settle tx gas (one-time key, 2 attestations)", txGas);
        assertLe(txGas, 120_000);
    }

    /// @dev A key that has traded before (nonce slot non-zero), with a threshold (2) of attestations: the
    /// case the pre-committee figure (69,881) measured. The earlier trade is stood in for by its only trace
    /// that this settlement touches, the key's nonce (found with `vm.record`, set with `vm.store`): settling
    /// it for real would call the committee in this same test transaction, and `vm.cool` cools slots, not
    /// addresses, so the committee's cold account access (2,600 gas) would go uncounted.
    function test_gas_settle_steadyState() public {
        _openRequest();
        uint256 second = _openRequest();
        vm.record();
        market.nonces(seller);
        (bytes32[] memory reads,) = vm.accesses(address(market));
        vm.store(address(market), reads[0], bytes32(uint256(1)));
        assertEq(market.nonces(seller), 1);
        IDataMarket.TradeApproval memory a = _approval(second, seller, 1);
        uint256 txGas = _settleTxGas(a, _signApproval(market, sellerKey, a), _attestations(market, a));
        console.log("settle tx gas (reused key, 2 attestations)", txGas);
        assertLe(txGas, 100_000);
    }

    /// @dev A payee that already holds tokens: the case the pre-committee figure (42,921) measured.
    function test_gas_claim_steadyState() public {
        uint256 id = _openRequest();
        _settle(id);
        _fund(seller, 1e18);
        vm.warp(block.timestamp + market.disputeWindow());
        uint256 txGas = _claimTxGas(id, seller);
        console.log("claim tx gas (payee holds tokens)", txGas);
        assertLe(txGas, 45_000);
    }

    /// @dev The normal case: the one-time key's first tokens (its balance slot is new).
    function test_gas_claim_newHolder() public {
        uint256 id = _openRequest();
        _settle(id);
        vm.warp(block.timestamp + market.disputeWindow());
        uint256 txGas = _claimTxGas(id, seller);
        console.log("claim tx gas (one-time key's first tokens)", txGas);
        assertLe(txGas, 62_000);
    }
}
