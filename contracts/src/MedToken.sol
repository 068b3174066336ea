// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title MedToken
/// @notice medvault's token (name "medvault", symbol "MVT", 18 decimals) with EIP-2612 permit. It pays
/// for stakes, bonds and data. Its surface is exactly OpenZeppelin's IERC20, IERC20Metadata and
/// IERC20Permit, so it has no interface file of its own.
/// Invariant: `totalSupply` is fixed at construction — there is no mint, no burn and no faucet; the
/// development faucet of local chains is a transfer from the treasury done by the deploy script.
contract MedToken is ERC20, ERC20Permit {
    /// @param treasury Receives the whole supply.
    /// @param supply Fixed total supply, in the token's smallest unit.
    constructor(address treasury, uint256 supply) ERC20("medvault", "MVT") ERC20Permit("medvault") {
        _mint(treasury, supply);
    }
}
