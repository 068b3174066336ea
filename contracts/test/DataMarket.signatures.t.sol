// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {DataMarket} from "../src/DataMarket.sol";
import {IDataMarket} from "../src/interfaces/IDataMarket.sol";
import {MarketTestBase} from "./utils/MarketTestBase.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {console} from "forge-std/console.sol";

contract DataMarketSignaturesTest is MarketTestBase {
    uint256 internal constant SECP256K1_N =
        0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    function _invalid() internal view returns (bytes memory) {
        return abi.encodeWithSelector(IDataMarket.InvalidSignature.selector, patient);
    }

    function test_RevertWhen_SignedForAnotherChain() public {
        uint256 id = _openRequest();
        IDataMarket.TradeApproval memory a = _approval(id, patient, 0);
        uint256 chainId = block.chainid;
        vm.chainId(chainId + 1);
        bytes memory sig = _signApproval(market, patientKey, a);
        vm.chainId(chainId);
        vm.expectRevert(_invalid());
        market.settle(a, sig);
    }

    function test_RevertWhen_SignedForAnotherDeployment() public {
        DataMarket other =
            new DataMarket(admin, address(forwarder), IERC20(address(token)), accounts, treasury, 0, 1 days);
        uint256 id = _openRequest();
        IDataMarket.TradeApproval memory a = _approval(id, patient, 0);
        bytes memory sig = _signApproval(other, patientKey, a);
        vm.expectRevert(_invalid());
        market.settle(a, sig);
    }

    function test_RevertWhen_SignatureIsHighS() public {
        uint256 id = _openRequest();
        IDataMarket.TradeApproval memory a = _approval(id, patient, 0);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(patientKey, market.tradeApprovalDigest(a));
        vm.expectRevert(_invalid());
        market.settle(a, abi.encodePacked(r, bytes32(SECP256K1_N - uint256(s)), v == 27 ? uint8(28) : 27));
        market.settle(a, abi.encodePacked(r, s, v));
    }

    function test_RevertWhen_ApprovalPastDeadline() public {
        uint256 id = _openRequest();
        IDataMarket.TradeApproval memory a = _approval(id, patient, 0);
        bytes memory sig = _signApproval(market, patientKey, a);
        vm.warp(a.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.SignatureExpired.selector, a.deadline));
        market.settle(a, sig);
        vm.warp(a.deadline);
        market.settle(a, sig);
    }

    function test_RevertWhen_NonceReused() public {
        uint256 first = _openRequest();
        uint256 second = _openRequest();
        IDataMarket.TradeApproval memory a = _approval(first, patient, 0);
        market.settle(a, _signApproval(market, patientKey, a));
        // A fresh approval for another request that reuses nonce 0.
        IDataMarket.TradeApproval memory b = _approval(second, patient, 0);
        bytes memory sig = _signApproval(market, patientKey, b);
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, patient, 1));
        market.settle(b, sig);
    }

    function test_RevertWhen_ApprovalForTradeASubmittedForTradeB() public {
        uint256 first = _openRequest();
        uint256 second = _openRequest();
        IDataMarket.TradeApproval memory a = _approval(first, patient, 0);
        bytes memory sig = _signApproval(market, patientKey, a);
        a.requestId = second;
        vm.expectRevert(_invalid());
        market.settle(a, sig);
        a.requestId = first;
        a.deliveryCommitment = keccak256("another delivery");
        vm.expectRevert(_invalid());
        market.settle(a, sig);
    }

    function test_RevertWhen_PriceChanged() public {
        uint256 id = _openRequest();
        IDataMarket.TradeApproval memory a = _approval(id, patient, 0);
        bytes memory sig = _signApproval(market, patientKey, a);
        a.price = PRICE + 1;
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.PriceMismatch.selector, PRICE + 1, PRICE));
        market.settle(a, sig);
        // Signed at another price: rejected before the signature is even checked.
        a.price = PRICE - 1;
        sig = _signApproval(market, patientKey, a);
        vm.expectRevert(abi.encodeWithSelector(IDataMarket.PriceMismatch.selector, PRICE - 1, PRICE));
        market.settle(a, sig);
    }

    function test_RevertWhen_SignerIsNotThePatient() public {
        uint256 id = _openRequest();
        IDataMarket.TradeApproval memory a = _approval(id, patient, 0);
        bytes memory sig = _signApproval(market, researcherKey, a);
        vm.expectRevert(_invalid());
        market.settle(a, sig);
        // Naming the signer as patient pays the signer, never the patient named elsewhere.
        a.patient = researcher;
        market.settle(a, sig = _signApproval(market, researcherKey, a));
        assertEq(uint8(market.trade(id, patient).status), uint8(IDataMarket.TradeStatus.None));
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

    function test_gas_settle_firstTrade() public {
        uint256 id = _openRequest();
        IDataMarket.TradeApproval memory a = _approval(id, patient, 0);
        bytes memory sig = _signApproval(market, patientKey, a);
        // Start from cold storage, as a transaction of its own would.
        vm.cool(address(market));
        vm.cool(address(token));
        vm.prank(relayer);
        market.settle(a, sig);
        uint256 txGas =
            21_000 + _calldataCost(abi.encodeCall(market.settle, (a, sig))) + vm.lastCallGas().gasTotalUsed;
        console.log("settle tx gas (patient's first trade)", txGas);
    }

    /// @dev Steady state: the patient has traded before (nonce slot non-zero).
    function test_gas_settle_steadyState() public {
        uint256 first = _openRequest();
        uint256 second = _openRequest();
        _settle(first);
        IDataMarket.TradeApproval memory a = _approval(second, patient, 1);
        bytes memory sig = _signApproval(market, patientKey, a);
        // Start from cold storage, as a transaction of its own would.
        vm.cool(address(market));
        vm.cool(address(token));
        vm.prank(relayer);
        market.settle(a, sig);
        uint256 txGas =
            21_000 + _calldataCost(abi.encodeCall(market.settle, (a, sig))) + vm.lastCallGas().gasTotalUsed;
        console.log("settle tx gas (steady state)", txGas);
        assertLe(txGas, 75_000);
    }

    /// @dev Steady state: the patient already holds tokens.
    function test_gas_claim_steadyState() public {
        uint256 id = _openRequest();
        _settle(id);
        _fund(patient, 1e18);
        vm.warp(block.timestamp + market.disputeWindow());
        // Start from cold storage, as a transaction of its own would.
        vm.cool(address(market));
        vm.cool(address(token));
        vm.prank(relayer);
        market.claim(id, patient);
        uint256 txGas = 21_000 + _calldataCost(abi.encodeCall(market.claim, (id, patient)))
            + vm.lastCallGas().gasTotalUsed;
        console.log("claim tx gas (steady state)", txGas);
        assertLe(txGas, 45_000);
    }

    function test_gas_claim_newHolder() public {
        uint256 id = _openRequest();
        _settle(id);
        vm.warp(block.timestamp + market.disputeWindow());
        // Start from cold storage, as a transaction of its own would.
        vm.cool(address(market));
        vm.cool(address(token));
        vm.prank(relayer);
        market.claim(id, patient);
        uint256 txGas = 21_000 + _calldataCost(abi.encodeCall(market.claim, (id, patient)))
            + vm.lastCallGas().gasTotalUsed;
        console.log("claim tx gas (patient's first tokens)", txGas);
    }
}
