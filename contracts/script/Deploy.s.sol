// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {AccountRegistry} from "../src/AccountRegistry.sol";
import {ConsentManager} from "../src/ConsentManager.sol";
import {DataMarket} from "../src/DataMarket.sol";
import {KeyCommittee} from "../src/KeyCommittee.sol";
import {MedToken} from "../src/MedToken.sol";
import {MedvaultForwarder} from "../src/MedvaultForwarder.sol";
import {ProviderRegistry} from "../src/ProviderRegistry.sol";
import {RecordRegistry} from "../src/RecordRegistry.sol";
import {IAccountRegistry} from "../src/interfaces/IAccountRegistry.sol";
import {IProviderRegistry} from "../src/interfaces/IProviderRegistry.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Script} from "forge-std/Script.sol";

/// @title Deploy
/// @notice Deploys the medvault suite wired together. Tests reuse `deploy` (one key for every role)
/// and `deployProduction` (a timelock and one key per role); the command line and the relayer's dev
/// mode run `run`, which broadcasts from the key given to `forge script`. The addresses and the block
/// the deployment starts after are returned, so `forge script --json` reports them.
contract Deploy is Script {
    /// @notice Fixed token supply: one billion MVT.
    uint256 public constant TOKEN_SUPPLY = 1_000_000_000e18;
    /// @notice What the local-chain faucet gives each address in `MEDVAULT_FAUCET`.
    uint256 public constant FAUCET_AMOUNT = 100_000e18;
    /// @notice Initial guardian delay.
    uint64 public constant GUARDIAN_DELAY = 2 days;
    /// @notice How long a break-glass access lasts.
    uint64 public constant EMERGENCY_DURATION = 24 hours;
    /// @notice Initial data-market fee, in basis points.
    uint16 public constant MARKET_FEE_BPS = 250;
    /// @notice How long a settled trade's payment is held for disputes.
    uint64 public constant DISPUTE_WINDOW = 3 days;

    /// @notice Addresses of one deployment.
    struct Deployment {
        MedvaultForwarder forwarder;
        MedToken token;
        AccountRegistry accounts;
        ProviderRegistry providers;
        RecordRegistry records;
        ConsentManager consent;
        DataMarket market;
        KeyCommittee committee;
    }

    /// @notice Who holds each power of a deployment. Every power is its own key (or multisig) in
    /// production; the local stack gives all of them to one dev key.
    struct Roles {
        /// @dev Proposes and cancels timelocked operations (a multisig): parameter changes, direct
        /// slashes, fee and treasury changes, admin transfers, access-log keys of new key nodes.
        address admin;
        /// @dev Attests and revokes researchers (AccountRegistry).
        address attester;
        /// @dev Certifies or rejects provider applications directly (ProviderRegistry).
        address certifier;
        /// @dev Resolves disputed trades (DataMarket).
        address arbiter;
        /// @dev Sets the key committee after each key generation (KeyCommittee).
        address committeeAdmin;
        /// @dev Sends the ProviderRegistry's forfeits to the treasury.
        address treasurer;
        /// @dev The relayer: anchors record batches and access logs.
        address relayer;
        /// @dev Receives the token supply, forfeits and market fees (an address, not a role).
        address treasury;
    }

    /// @notice Delay of every timelocked operation of a production deployment.
    uint256 public constant TIMELOCK_DELAY = 2 days;
    /// @notice Salt of the deployment's own (immediate) timelock batch.
    bytes32 public constant SETUP_SALT = keccak256("medvault.deploy.setup");

    /// @notice Thrown when a production role is unset, or held by the deployer or by another role's key.
    error RolesNotSeparate(string role);

    /// @notice Deploys the suite. The broadcaster is the key in `MEDVAULT_DEPLOYER_KEY` when set (so
    /// the key never appears on a command line), else the sender given to `forge script`.
    /// On a local chain (id 31337) the broadcaster holds every role, `MEDVAULT_RELAYER` (default:
    /// broadcaster) is the relayer, and each address in `MEDVAULT_FAUCET` (comma-separated) gets
    /// `FAUCET_AMOUNT` of test tokens. On any other chain the deployment is the production one
    /// (`deployProduction`): `MEDVAULT_ADMIN`, `MEDVAULT_ATTESTER`, `MEDVAULT_CERTIFIER`,
    /// `MEDVAULT_ARBITER`, `MEDVAULT_COMMITTEE_ADMIN`, `MEDVAULT_TREASURER`, `MEDVAULT_RELAYER` and
    /// `MEDVAULT_TREASURY` name the holders, each different and none the deployer, which keeps nothing.
    function run()
        external
        returns (
            address forwarder,
            address token,
            address accounts,
            address providers,
            address records,
            address consent,
            address market,
            address committee,
            address timelock,
            uint256 startBlock
        )
    {
        // No event of this deployment is older: readers of its logs start here, not at block 0.
        startBlock = block.number;
        uint256 key = vm.envOr("MEDVAULT_DEPLOYER_KEY", uint256(0));
        address deployer = key == 0 ? msg.sender : vm.addr(key);
        bool local = block.chainid == 31_337;
        Roles memory roles = local ? _devRoles(deployer) : _productionRoles();
        address[] memory faucet = vm.envOr("MEDVAULT_FAUCET", ",", new address[](0));
        if (key == 0) vm.startBroadcast();
        else vm.startBroadcast(key);
        Deployment memory d;
        if (local) {
            d = deploy(deployer, roles.relayer, roles.treasury);
            fund(d.token, faucet);
        } else {
            TimelockController lock;
            (d, lock) = deployProduction(deployer, roles);
            timelock = address(lock);
        }
        vm.stopBroadcast();
        return (
            address(d.forwarder),
            address(d.token),
            address(d.accounts),
            address(d.providers),
            address(d.records),
            address(d.consent),
            address(d.market),
            address(d.committee),
            timelock,
            startBlock
        );
    }

    /// @notice Sends `FAUCET_AMOUNT` of `token` to each address (inside the broadcast).
    function fund(MedToken token, address[] memory faucet) internal {
        for (uint256 i; i < faucet.length; ++i) {
            token.transfer(faucet[i], FAUCET_AMOUNT);
        }
    }

    /// @notice Deploys every contract with one key for every role: the local stack and the tests.
    /// Must be called by the admin (or inside its broadcast).
    /// @param admin Account that administers every contract and holds every operational role.
    /// @param relayer Account of the relayer (anchors batches, submits signed user actions).
    /// @param treasury Receives the token supply and the forfeits of the ProviderRegistry.
    function deploy(address admin, address relayer, address treasury) public returns (Deployment memory d) {
        Roles memory roles = _devRoles(admin);
        roles.relayer = relayer;
        roles.treasury = treasury;
        d = _deployContracts(admin, treasury);
        (address[] memory targets, bytes[] memory calls) = _grants(d, roles, admin);
        for (uint256 i; i < targets.length; ++i) {
            (bool ok, bytes memory reason) = targets[i].call(calls[i]);
            if (!ok) _bubble(reason);
        }
    }

    /// @notice Deploys every contract for production: a `TimelockController` (delay
    /// `TIMELOCK_DELAY`, proposer and canceller `roles.admin`, open executor) is every contract's
    /// default admin and holds the parameter and direct-slash roles; each operational role goes to
    /// its own key. The timelock starts with no delay and the deployer as its only proposer, grants
    /// the roles in one batch whose last call sets its delay, then the deployer hands the timelock
    /// to `roles.admin` and renounces everything: when this returns, the deployer holds no power.
    /// @param deployer The account that sends the deployment's transactions.
    /// @param roles The role holders, each different and none the deployer.
    function deployProduction(address deployer, Roles memory roles)
        public
        returns (Deployment memory d, TimelockController timelock)
    {
        _requireSeparate(deployer, roles);
        address[] memory self = new address[](1);
        self[0] = deployer;
        timelock = new TimelockController(0, self, self, deployer);
        d = _deployContracts(address(timelock), roles.treasury);
        (address[] memory grantTargets, bytes[] memory grantCalls) = _grants(d, roles, address(timelock));
        uint256 n = grantTargets.length;
        address[] memory targets = new address[](n + 1);
        bytes[] memory calls = new bytes[](n + 1);
        for (uint256 i; i < n; ++i) {
            targets[i] = grantTargets[i];
            calls[i] = grantCalls[i];
        }
        targets[n] = address(timelock);
        calls[n] = abi.encodeCall(TimelockController.updateDelay, (TIMELOCK_DELAY));
        uint256[] memory values = new uint256[](n + 1);
        timelock.scheduleBatch(targets, values, calls, bytes32(0), SETUP_SALT, 0);
        timelock.executeBatch(targets, values, calls, bytes32(0), SETUP_SALT);
        timelock.grantRole(timelock.PROPOSER_ROLE(), roles.admin);
        timelock.grantRole(timelock.CANCELLER_ROLE(), roles.admin);
        // Anyone may execute an operation whose delay has passed, so the admin's liveness is not needed.
        timelock.grantRole(timelock.EXECUTOR_ROLE(), address(0));
        timelock.renounceRole(timelock.PROPOSER_ROLE(), deployer);
        timelock.renounceRole(timelock.CANCELLER_ROLE(), deployer);
        timelock.renounceRole(timelock.EXECUTOR_ROLE(), deployer);
        timelock.renounceRole(timelock.DEFAULT_ADMIN_ROLE(), deployer);
    }

    /// @dev Creates the contracts with `admin` as every contract's default admin.
    function _deployContracts(address admin, address treasury) private returns (Deployment memory d) {
        d.forwarder = new MedvaultForwarder();
        d.token = new MedToken(treasury, TOKEN_SUPPLY);
        d.accounts = new AccountRegistry(admin, address(d.forwarder), GUARDIAN_DELAY);
        d.providers = new ProviderRegistry(
            admin, address(d.forwarder), d.token, d.accounts, treasury, defaultProviderParams()
        );
        // The committee is set after its key generation by the committee admin. The admin grants each
        // key node ConsentManager's ACCESS_LOG_ROLE so that it anchors its own receipts. Its members
        // attest the market's sales, the reviews of break-glass accesses and providers' writes.
        d.committee = new KeyCommittee(admin);
        d.records = new RecordRegistry(admin, address(d.forwarder), d.providers, d.accounts, d.committee);
        d.consent = new ConsentManager(
            admin, address(d.forwarder), d.accounts, d.providers, d.committee, EMERGENCY_DURATION
        );
        d.market = new DataMarket(
            admin,
            address(d.forwarder),
            IERC20(address(d.token)),
            IAccountRegistry(address(d.accounts)),
            d.committee,
            treasury,
            MARKET_FEE_BPS,
            DISPUTE_WINDOW
        );
    }

    /// @dev The role grants of a deployment, as calls its default admin makes. `governance` holds
    /// the parameter and direct-slash roles (the timelock in production, the dev key locally).
    function _grants(Deployment memory d, Roles memory roles, address governance)
        private
        view
        returns (address[] memory targets, bytes[] memory calls)
    {
        targets = new address[](11);
        calls = new bytes[](11);
        (targets[0], calls[0]) = _grant(address(d.accounts), d.accounts.ATTESTER_ROLE(), roles.attester);
        (targets[1], calls[1]) = _grant(address(d.accounts), d.accounts.PARAMS_ROLE(), governance);
        (targets[2], calls[2]) = _grant(address(d.providers), d.providers.PARAMS_ROLE(), governance);
        (targets[3], calls[3]) = _grant(address(d.providers), d.providers.SLASHER_ROLE(), governance);
        (targets[4], calls[4]) = _grant(address(d.providers), d.providers.CERTIFIER_ROLE(), roles.certifier);
        (targets[5], calls[5]) = _grant(address(d.providers), d.providers.TREASURER_ROLE(), roles.treasurer);
        (targets[6], calls[6]) =
            _grant(address(d.providers), d.providers.CHALLENGE_OPENER_ROLE(), address(d.consent));
        (targets[7], calls[7]) = _grant(address(d.records), d.records.ANCHORER_ROLE(), roles.relayer);
        (targets[8], calls[8]) =
            _grant(address(d.committee), d.committee.COMMITTEE_ADMIN_ROLE(), roles.committeeAdmin);
        (targets[9], calls[9]) = _grant(address(d.consent), d.consent.ACCESS_LOG_ROLE(), roles.relayer);
        (targets[10], calls[10]) = _grant(address(d.market), d.market.ARBITER_ROLE(), roles.arbiter);
    }

    function _grant(address target, bytes32 role, address account)
        private
        pure
        returns (address, bytes memory)
    {
        return (target, abi.encodeCall(IAccessControl.grantRole, (role, account)));
    }

    function _devRoles(address key) private view returns (Roles memory) {
        return Roles({
            admin: key,
            attester: key,
            certifier: key,
            arbiter: key,
            committeeAdmin: key,
            treasurer: key,
            relayer: vm.envOr("MEDVAULT_RELAYER", key),
            // On a local chain the broadcaster must hold the supply to act as the faucet.
            treasury: key
        });
    }

    function _productionRoles() private view returns (Roles memory) {
        return Roles({
            admin: vm.envAddress("MEDVAULT_ADMIN"),
            attester: vm.envAddress("MEDVAULT_ATTESTER"),
            certifier: vm.envAddress("MEDVAULT_CERTIFIER"),
            arbiter: vm.envAddress("MEDVAULT_ARBITER"),
            committeeAdmin: vm.envAddress("MEDVAULT_COMMITTEE_ADMIN"),
            treasurer: vm.envAddress("MEDVAULT_TREASURER"),
            relayer: vm.envAddress("MEDVAULT_RELAYER"),
            treasury: vm.envAddress("MEDVAULT_TREASURY")
        });
    }

    /// @dev Every role key set, none the deployer's, no two the same (the treasury is an address
    /// that receives funds, not a key with power, so it may be anything but zero).
    function _requireSeparate(address deployer, Roles memory r) private pure {
        address[7] memory keys =
            [r.admin, r.attester, r.certifier, r.arbiter, r.committeeAdmin, r.treasurer, r.relayer];
        string[7] memory names =
            ["admin", "attester", "certifier", "arbiter", "committee admin", "treasurer", "relayer"];
        if (r.treasury == address(0)) revert RolesNotSeparate("treasury");
        for (uint256 i; i < keys.length; ++i) {
            if (keys[i] == address(0) || keys[i] == deployer) revert RolesNotSeparate(names[i]);
            for (uint256 j; j < i; ++j) {
                if (keys[i] == keys[j]) revert RolesNotSeparate(names[i]);
            }
        }
    }

    function _bubble(bytes memory reason) private pure {
        assembly ("memory-safe") {
            revert(add(reason, 0x20), mload(reason))
        }
    }

    /// @notice The ProviderRegistry's initial parameters.
    function defaultProviderParams() public pure returns (IProviderRegistry.Params memory) {
        return IProviderRegistry.Params({
            minStake: 1000e18,
            voteBond: 10e18,
            challengeBond: 100e18,
            commitWindow: 2 days,
            revealWindow: 2 days,
            unbondingDelay: 14 days,
            quorum: 3,
            voterPenaltyBps: 5000,
            slashBps: 5000,
            challengerRewardBps: 2000
        });
    }
}
