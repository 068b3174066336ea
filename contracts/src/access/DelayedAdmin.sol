// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {
    AccessControlDefaultAdminRules
} from "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";

/// @title DelayedAdmin
/// @notice The administration every medvault contract shares: OpenZeppelin's
/// `AccessControlDefaultAdminRules`, so there is exactly one default admin, and handing it over takes
/// two steps (the new admin accepts) with `ADMIN_TRANSFER_DELAY` between them, during which anyone
/// can see the pending transfer and the current admin can cancel it. A lost or stolen admin key
/// cannot be moved away from its holder in one transaction; a mistyped address cannot accept.
abstract contract DelayedAdmin is AccessControlDefaultAdminRules {
    /// @notice Initial delay of a default-admin transfer (the admin may change it, itself with a delay).
    uint48 public constant ADMIN_TRANSFER_DELAY = 3 days;

    /// @param admin The default admin (administers the other roles).
    constructor(address admin) AccessControlDefaultAdminRules(ADMIN_TRANSFER_DELAY, admin) {}
}
