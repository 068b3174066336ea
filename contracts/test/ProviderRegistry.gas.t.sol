// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IAccountRegistry} from "../src/interfaces/IAccountRegistry.sol";
import {IProviderRegistry} from "../src/interfaces/IProviderRegistry.sol";
import {ProviderFixture} from "./utils/ProviderFixture.sol";
import {console} from "forge-std/console.sol";

/// @notice Transaction gas of the token and of each step of a provider's life: 21,000 intrinsic + calldata
/// + the call's execution gas (`vm.lastCallGas`), measured from cold storage as a transaction of its own
/// would start. References (OpenZeppelin's plain ERC20): 51,387 for a transfer to a new holder, 74,561
/// for a first permit. Each test also bounds its figure so that a regression fails here, not only in the
/// snapshot.
contract ProviderRegistryGasTest is ProviderFixture {
    function _tx(address from, address target, bytes memory data) internal returns (uint256 txGas) {
        vm.cool(target);
        vm.cool(address(token));
        vm.cool(address(accounts));
        vm.prank(from);
        (bool ok, bytes memory ret) = target.call(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 32), mload(ret))
            }
        }
        txGas = 21_000 + _calldataCost(data) + vm.lastCallGas().gasTotalUsed;
    }

    function _calldataCost(bytes memory data) internal pure returns (uint256 cost) {
        for (uint256 i; i < data.length; ++i) {
            cost += data[i] == 0 ? 4 : 16;
        }
    }

    function _report(string memory what, uint256 txGas, uint256 budget) internal pure {
        console.log(what, txGas);
        assertLe(txGas, budget, what);
    }

    function test_gas_token_transferToNewHolder() public {
        address holder = makeAddr("newHolder");
        uint256 g = _tx(treasury, address(token), abi.encodeCall(token.transfer, (holder, 1e18)));
        _report("token transfer to a new holder", g, 52_000);
    }

    function test_gas_token_firstPermit() public {
        (address owner, uint256 pk) = makeAddrAndKey("owner");
        uint256 deadline = block.timestamp + 1 hours;
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256(
                    "Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"
                ),
                owner,
                address(providers),
                uint256(1e18),
                uint256(0),
                deadline
            )
        );
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(pk, keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash)));
        uint256 g = _tx(
            stranger,
            address(token),
            abi.encodeCall(token.permit, (owner, address(providers), 1e18, deadline, v, r, s))
        );
        _report("token first permit", g, 75_000);
    }

    function test_gas_applyForCertification() public {
        address a = makeAddr("applicant");
        _register(a, IAccountRegistry.Role.Provider);
        _fund(a, p.minStake);
        vm.prank(a);
        token.approve(address(providers), p.minStake);
        uint256 g = _tx(
            a,
            address(providers),
            abi.encodeCall(providers.applyForCertification, (p.minStake, keccak256("credentials")))
        );
        _report("applyForCertification", g, 120_000);
    }

    function _review() internal returns (uint256 id) {
        (, id) = _applicantUnderReview("applicant");
    }

    function test_gas_commitVote() public {
        uint256 id = _review();
        _commit(id, voters[0], true);
        bytes32 c = providers.voteCommitment(id, voters[1], true, _salt(voters[1]));
        uint256 g = _tx(voters[1], address(providers), abi.encodeCall(providers.commitVote, (id, c)));
        _report("commitVote (not the first of its review)", g, 120_000);
    }

    function test_gas_revealVote() public {
        uint256 id = _review();
        _commit(id, voters[0], true);
        _commit(id, voters[1], true);
        _toReveal(id);
        _reveal(id, voters[0], true);
        uint256 g = _tx(
            voters[1], address(providers), abi.encodeCall(providers.revealVote, (id, true, _salt(voters[1])))
        );
        _report("revealVote", g, 70_000);
    }

    function _decided() internal returns (uint256 id) {
        id = _review();
        for (uint256 i; i < 5; ++i) {
            _commit(id, voters[i], i != 4);
        }
        _toReveal(id);
        for (uint256 i; i < 5; ++i) {
            _reveal(id, voters[i], i != 4);
        }
        _toEnd(id);
    }

    function test_gas_finalize_certifies() public {
        uint256 id = _decided();
        uint256 g = _tx(stranger, address(providers), abi.encodeCall(providers.finalize, (id)));
        _report("finalize (certification approved, 4-1)", g, 150_000);
        assertEq(uint8(providers.review(id).outcome), uint8(IProviderRegistry.Outcome.Approved));
    }

    function test_gas_claimBond() public {
        uint256 id = _decided();
        providers.finalize(id);
        uint256 g = _tx(voters[0], address(providers), abi.encodeCall(providers.claimBond, (id)));
        _report("claimBond (winner)", g, 80_000);
    }

    function test_gas_withdraw() public {
        vm.prank(voters[0]);
        providers.leave();
        vm.warp(block.timestamp + p.unbondingDelay);
        uint256 g = _tx(voters[0], address(providers), abi.encodeCall(providers.withdraw, ()));
        _report("withdraw", g, 60_000);
    }
}
