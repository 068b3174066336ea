// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {Deploy} from "../script/Deploy.s.sol";
import {DelayedAdmin} from "../src/access/DelayedAdmin.sol";
import {IAccountRegistry} from "../src/interfaces/IAccountRegistry.sol";
import {IProviderRegistry} from "../src/interfaces/IProviderRegistry.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {
    IAccessControlDefaultAdminRules
} from "@openzeppelin/contracts/access/extensions/IAccessControlDefaultAdminRules.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {Test} from "forge-std/Test.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice The production deployment as an attacker who holds one key would test it: no key but the
/// timelock's proposer can change a parameter, take a stake or move the admin, and even that one
/// only after a public delay; the deployer is left with nothing.
contract DeployProductionTest is Test, Deploy {
    address internal deployer = makeAddr("deployer");
    Roles internal roles;
    Deployment internal d;
    TimelockController internal timelock;

    function setUp() public {
        roles = Roles({
            admin: makeAddr("admin multisig"),
            attester: makeAddr("attester"),
            certifier: makeAddr("certifier"),
            arbiter: makeAddr("arbiter"),
            committeeAdmin: makeAddr("committee admin"),
            treasurer: makeAddr("treasurer"),
            relayer: makeAddr("relayer"),
            treasury: makeAddr("treasury")
        });
        // A real chain's clock (the test VM starts at 1, which a timelock reads as "done").
        vm.warp(1_765_000_000);
        vm.startPrank(deployer);
        (d, timelock) = deployProduction(deployer, roles);
        vm.stopPrank();
    }

    /// @dev Every contract with a role, and every role it defines.
    function _roles() internal view returns (address[] memory targets, bytes32[] memory ids) {
        targets = new address[](13);
        ids = new bytes32[](13);
        (targets[0], ids[0]) = (address(d.accounts), d.accounts.ATTESTER_ROLE());
        (targets[1], ids[1]) = (address(d.accounts), d.accounts.PARAMS_ROLE());
        (targets[2], ids[2]) = (address(d.providers), d.providers.PARAMS_ROLE());
        (targets[3], ids[3]) = (address(d.providers), d.providers.SLASHER_ROLE());
        (targets[4], ids[4]) = (address(d.providers), d.providers.CERTIFIER_ROLE());
        (targets[5], ids[5]) = (address(d.providers), d.providers.TREASURER_ROLE());
        (targets[6], ids[6]) = (address(d.providers), d.providers.CHALLENGE_OPENER_ROLE());
        (targets[7], ids[7]) = (address(d.records), d.records.ANCHORER_ROLE());
        (targets[8], ids[8]) = (address(d.committee), d.committee.COMMITTEE_ADMIN_ROLE());
        (targets[9], ids[9]) = (address(d.consent), d.consent.ACCESS_LOG_ROLE());
        (targets[10], ids[10]) = (address(d.market), d.market.ARBITER_ROLE());
        (targets[11], ids[11]) = (address(d.accounts), bytes32(0));
        (targets[12], ids[12]) = (address(d.providers), bytes32(0));
    }

    function _contracts() internal view returns (address[6] memory) {
        return [
            address(d.accounts),
            address(d.providers),
            address(d.records),
            address(d.committee),
            address(d.consent),
            address(d.market)
        ];
    }

    function test_theDeployerKeepsNoPower() public view {
        (address[] memory targets, bytes32[] memory ids) = _roles();
        for (uint256 i; i < targets.length; ++i) {
            assertFalse(IAccessControl(targets[i]).hasRole(ids[i], deployer), "deployer holds a role");
        }
        address[6] memory cs = _contracts();
        for (uint256 i; i < cs.length; ++i) {
            assertEq(IAccessControlDefaultAdminRules(cs[i]).defaultAdmin(), address(timelock), "admin");
            assertFalse(IAccessControl(cs[i]).hasRole(bytes32(0), deployer));
        }
        assertFalse(timelock.hasRole(timelock.PROPOSER_ROLE(), deployer));
        assertFalse(timelock.hasRole(timelock.EXECUTOR_ROLE(), deployer));
        assertFalse(timelock.hasRole(timelock.CANCELLER_ROLE(), deployer));
        assertFalse(timelock.hasRole(timelock.DEFAULT_ADMIN_ROLE(), deployer));
        assertEq(timelock.getMinDelay(), TIMELOCK_DELAY);
    }

    function test_eachPowerIsItsOwnKey() public view {
        assertTrue(d.accounts.hasRole(d.accounts.ATTESTER_ROLE(), roles.attester));
        assertTrue(d.providers.hasRole(d.providers.CERTIFIER_ROLE(), roles.certifier));
        assertTrue(d.providers.hasRole(d.providers.TREASURER_ROLE(), roles.treasurer));
        assertTrue(d.records.hasRole(d.records.ANCHORER_ROLE(), roles.relayer));
        assertTrue(d.consent.hasRole(d.consent.ACCESS_LOG_ROLE(), roles.relayer));
        assertTrue(d.committee.hasRole(d.committee.COMMITTEE_ADMIN_ROLE(), roles.committeeAdmin));
        assertTrue(d.market.hasRole(d.market.ARBITER_ROLE(), roles.arbiter));
        assertTrue(d.providers.hasRole(d.providers.CHALLENGE_OPENER_ROLE(), address(d.consent)));
        // Parameters and direct slashes belong to the timelock alone.
        assertTrue(d.providers.hasRole(d.providers.PARAMS_ROLE(), address(timelock)));
        assertTrue(d.providers.hasRole(d.providers.SLASHER_ROLE(), address(timelock)));
        assertTrue(d.accounts.hasRole(d.accounts.PARAMS_ROLE(), address(timelock)));
        // No key holds a role of another's.
        address[7] memory keys = [
            roles.admin,
            roles.attester,
            roles.certifier,
            roles.arbiter,
            roles.committeeAdmin,
            roles.treasurer,
            roles.relayer
        ];
        (address[] memory targets, bytes32[] memory ids) = _roles();
        uint256 held;
        for (uint256 k; k < keys.length; ++k) {
            for (uint256 i; i < targets.length; ++i) {
                if (IAccessControl(targets[i]).hasRole(ids[i], keys[k])) ++held;
            }
        }
        // attester, certifier, treasurer, anchorer + access log (the relayer), committee admin, arbiter.
        assertEq(held, 7, "each key holds only its own role");
        assertTrue(timelock.hasRole(timelock.PROPOSER_ROLE(), roles.admin));
        assertTrue(timelock.hasRole(timelock.CANCELLER_ROLE(), roles.admin));
        assertTrue(timelock.hasRole(timelock.EXECUTOR_ROLE(), address(0)), "anyone executes a ripe operation");
    }

    /// @notice Before, the deploy script gave one EOA every power: with it a thief changed the
    /// parameters and took a whole stake in two transactions, at once. Now no single key can do
    /// either directly, not even the admin multisig's.
    function test_attack_noKeyChangesParamsOrSlashesDirectly() public {
        IProviderRegistry.Params memory p = defaultProviderParams();
        p.slashBps = 10_000;
        address[8] memory keys = [
            deployer,
            roles.admin,
            roles.attester,
            roles.certifier,
            roles.arbiter,
            roles.committeeAdmin,
            roles.treasurer,
            roles.relayer
        ];
        for (uint256 i; i < keys.length; ++i) {
            vm.startPrank(keys[i]);
            vm.expectRevert(_unauthorized(keys[i], d.providers.PARAMS_ROLE()));
            d.providers.setParams(p);
            vm.expectRevert(_unauthorized(keys[i], d.providers.SLASHER_ROLE()));
            d.providers.slash(roles.certifier, 1, "stolen key");
            vm.expectRevert(_unauthorized(keys[i], bytes32(0)));
            d.market.setFee(1000);
            vm.expectRevert(_unauthorized(keys[i], bytes32(0)));
            d.consent.setEmergencyDuration(1 hours);
            vm.expectRevert(_unauthorized(keys[i], d.accounts.PARAMS_ROLE()));
            d.accounts.setGuardianDelay(0);
            vm.stopPrank();
        }
    }

    /// @notice A parameter change is public for `TIMELOCK_DELAY` before it applies, and the
    /// canceller can stop it; then anyone may execute it.
    function test_aParamChangeWaitsForTheTimelock() public {
        IProviderRegistry.Params memory p = defaultProviderParams();
        p.challengeBond = 200e18;
        bytes memory call = abi.encodeCall(IProviderRegistry.setParams, (p));
        vm.prank(roles.admin);
        timelock.schedule(address(d.providers), 0, call, bytes32(0), "bond", TIMELOCK_DELAY);
        bytes32 id = timelock.hashOperation(address(d.providers), 0, call, bytes32(0), "bond");
        vm.warp(block.timestamp + TIMELOCK_DELAY - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                TimelockController.TimelockUnexpectedOperationState.selector,
                id,
                bytes32(1 << uint8(TimelockController.OperationState.Ready))
            )
        );
        timelock.execute(address(d.providers), 0, call, bytes32(0), "bond");
        vm.warp(block.timestamp + 1);
        vm.prank(makeAddr("anyone"));
        timelock.execute(address(d.providers), 0, call, bytes32(0), "bond");
        assertEq(d.providers.params().challengeBond, 200e18);

        // A change the community objects to is cancelled before it applies.
        p.challengeBond = 1e15;
        call = abi.encodeCall(IProviderRegistry.setParams, (p));
        vm.prank(roles.admin);
        timelock.schedule(address(d.providers), 0, call, bytes32(0), "cheap", TIMELOCK_DELAY);
        id = timelock.hashOperation(address(d.providers), 0, call, bytes32(0), "cheap");
        vm.prank(roles.admin);
        timelock.cancel(id);
        vm.warp(block.timestamp + TIMELOCK_DELAY);
        vm.expectRevert();
        timelock.execute(address(d.providers), 0, call, bytes32(0), "cheap");
        assertEq(d.providers.params().challengeBond, 200e18);
    }

    /// @notice The default admin moves in two steps with a delay, and never by `grantRole`.
    function test_theAdminMovesInTwoDelayedSteps() public {
        address next = makeAddr("next admin");
        vm.prank(address(timelock));
        vm.expectRevert(IAccessControlDefaultAdminRules.AccessControlEnforcedDefaultAdminRules.selector);
        d.market.grantRole(bytes32(0), next);
        vm.prank(address(timelock));
        d.market.beginDefaultAdminTransfer(next);
        uint48 at = uint48(block.timestamp) + DelayedAdmin(address(d.market)).ADMIN_TRANSFER_DELAY();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControlDefaultAdminRules.AccessControlEnforcedDefaultAdminDelay.selector, at
            )
        );
        vm.prank(next);
        d.market.acceptDefaultAdminTransfer();
        vm.warp(at + 1);
        vm.prank(makeAddr("impostor"));
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControlDefaultAdminRules.AccessControlInvalidDefaultAdmin.selector,
                makeAddr("impostor")
            )
        );
        d.market.acceptDefaultAdminTransfer();
        vm.prank(next);
        d.market.acceptDefaultAdminTransfer();
        assertEq(d.market.defaultAdmin(), next);
    }

    /// @notice A direct slash, even through the timelock, takes at most a tenth of a stake.
    function test_aTimelockedSlashIsCapped() public {
        address provider = makeAddr("provider");
        vm.prank(provider);
        d.accounts.register(IAccountRegistry.Role.Provider, _key(), bytes32(0));
        vm.prank(roles.treasury);
        d.token.transfer(provider, 1000e18);
        vm.startPrank(provider);
        d.token.approve(address(d.providers), 1000e18);
        d.providers.applyForCertification(1000e18, "credentials");
        vm.stopPrank();
        bytes memory all = abi.encodeCall(IProviderRegistry.slash, (provider, 1000e18, bytes32("all")));
        vm.prank(roles.admin);
        timelock.schedule(address(d.providers), 0, all, bytes32(0), 0, TIMELOCK_DELAY);
        vm.warp(block.timestamp + TIMELOCK_DELAY);
        vm.expectRevert(
            abi.encodeWithSelector(IProviderRegistry.InvalidSlash.selector, provider, 1000e18, 100e18)
        );
        timelock.execute(address(d.providers), 0, all, bytes32(0), 0);
        assertEq(d.providers.provider(provider).stake, 1000e18);
    }

    function test_RevertWhen_RolesShareAKeyOrTheDeployerHoldsOne() public {
        Roles memory r = roles;
        r.certifier = r.attester;
        vm.expectRevert(abi.encodeWithSelector(RolesNotSeparate.selector, "certifier"));
        this.deployAs(deployer, r);
        r = roles;
        r.arbiter = deployer;
        vm.expectRevert(abi.encodeWithSelector(RolesNotSeparate.selector, "arbiter"));
        this.deployAs(deployer, r);
        r = roles;
        r.relayer = address(0);
        vm.expectRevert(abi.encodeWithSelector(RolesNotSeparate.selector, "relayer"));
        this.deployAs(deployer, r);
    }

    /// @dev Refused before anything is deployed, so no prank is needed.
    function deployAs(address from, Roles memory r) external {
        deployProduction(from, r);
    }

    function _key() internal returns (bytes memory) {
        Vm.Wallet memory w = vm.createWallet("provider encryption key");
        return abi.encodePacked(bytes1(w.publicKeyY % 2 == 0 ? 0x02 : 0x03), bytes32(w.publicKeyX));
    }

    function _unauthorized(address who, bytes32 role) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, who, role);
    }
}
