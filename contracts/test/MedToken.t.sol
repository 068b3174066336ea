// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {BaseTest} from "./utils/BaseTest.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

contract MedTokenTest is BaseTest {
    bytes32 private constant _PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    function test_constructor_mintsFixedSupplyToTreasury() public view {
        assertEq(token.name(), "medvault");
        assertEq(token.symbol(), "MVT");
        assertEq(token.decimals(), 18);
        assertEq(token.totalSupply(), TOKEN_SUPPLY);
        assertEq(token.balanceOf(treasury), TOKEN_SUPPLY);
    }

    /// @dev Gas reference: a transfer to an address that holds nothing yet.
    function test_transfer_toNewHolder() public {
        address holder = makeAddr("newHolder");
        vm.prank(treasury);
        token.transfer(holder, 1e18);
        assertEq(token.balanceOf(holder), 1e18);
    }

    function test_RevertWhen_TransferExceedsBalance() public {
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, stranger, 0, 1)
        );
        vm.prank(stranger);
        token.transfer(admin, 1);
    }

    function _permitDigest(address owner, address spender, uint256 value, uint256 nonce, uint256 deadline)
        private
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(abi.encode(_PERMIT_TYPEHASH, owner, spender, value, nonce, deadline));
        return keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash));
    }

    /// @dev Gas reference: the owner's first permit.
    function test_permit_firstPermitSetsAllowance() public {
        (address owner, uint256 pk) = makeAddrAndKey("owner");
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(pk, _permitDigest(owner, admin, 5e18, 0, deadline));
        token.permit(owner, admin, 5e18, deadline, v, r, s);
        assertEq(token.allowance(owner, admin), 5e18);
        assertEq(token.nonces(owner), 1);
    }

    function test_RevertWhen_PermitExpired() public {
        (address owner, uint256 pk) = makeAddrAndKey("owner");
        uint256 deadline = block.timestamp - 1;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(pk, _permitDigest(owner, admin, 5e18, 0, deadline));
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612ExpiredSignature.selector, deadline));
        token.permit(owner, admin, 5e18, deadline, v, r, s);
    }

    function test_RevertWhen_PermitSignedByAnother() public {
        (address owner,) = makeAddrAndKey("owner");
        (address other, uint256 otherPk) = makeAddrAndKey("other");
        uint256 deadline = block.timestamp + 1;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(otherPk, _permitDigest(owner, admin, 5e18, 0, deadline));
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, other, owner));
        token.permit(owner, admin, 5e18, deadline, v, r, s);
    }

    function testFuzz_transfer_conservesSupply(address to, uint256 amount) public {
        vm.assume(to != address(0));
        amount = bound(amount, 0, TOKEN_SUPPLY);
        uint256 before = token.balanceOf(to);
        vm.prank(treasury);
        token.transfer(to, amount);
        if (to == treasury) assertEq(token.balanceOf(treasury), TOKEN_SUPPLY);
        else assertEq(token.balanceOf(to), before + amount);
        assertEq(token.totalSupply(), TOKEN_SUPPLY);
    }
}
