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
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Script} from "forge-std/Script.sol";

/// @title Deploy
/// @notice Deploys the medvault suite wired together. Tests reuse `deploy`; the command line and the
/// relayer's dev mode run `run`, which broadcasts from the key given to `forge script` and grants the
/// relayer its roles. The addresses and the block the deployment starts after are returned, so
/// `forge script --json` reports them.
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

    /// @notice Deploys with the broadcaster as admin, `MEDVAULT_RELAYER` (default: broadcaster) as relayer
    /// and `MEDVAULT_TREASURY` (default: broadcaster) as treasury. The broadcaster is the key in
    /// `MEDVAULT_DEPLOYER_KEY` when set (so the key never appears on a command line), else the sender
    /// given to `forge script`. On a local chain (id 31337) it also
    /// sends `FAUCET_AMOUNT` from the treasury to each address in `MEDVAULT_FAUCET` (comma-separated).
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
            uint256 startBlock
        )
    {
        // No event of this deployment is older: readers of its logs start here, not at block 0.
        startBlock = block.number;
        uint256 key = vm.envOr("MEDVAULT_DEPLOYER_KEY", uint256(0));
        address deployer = key == 0 ? msg.sender : vm.addr(key);
        address relayer = vm.envOr("MEDVAULT_RELAYER", deployer);
        bool local = block.chainid == 31_337;
        // On a local chain the broadcaster must hold the supply to act as the faucet.
        address treasury = local ? deployer : vm.envOr("MEDVAULT_TREASURY", deployer);
        address[] memory faucet = vm.envOr("MEDVAULT_FAUCET", ",", new address[](0));
        if (key == 0) vm.startBroadcast();
        else vm.startBroadcast(key);
        Deployment memory d = deploy(deployer, relayer, treasury);
        if (local) fund(d.token, faucet);
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
            startBlock
        );
    }

    /// @notice Sends `FAUCET_AMOUNT` of `token` to each address (inside the broadcast).
    function fund(MedToken token, address[] memory faucet) internal {
        for (uint256 i; i < faucet.length; ++i) {
            token.transfer(faucet[i], FAUCET_AMOUNT);
        }
    }

    /// @notice Deploys every contract and wires roles. Must be called by the admin (or inside a broadcast).
    /// @param admin Account that administers every contract and holds every operational role at first.
    /// @param relayer Account of the relayer (anchors batches, submits signed user actions).
    /// @param treasury Receives the token supply and the forfeits of the ProviderRegistry.
    function deploy(address admin, address relayer, address treasury) public returns (Deployment memory d) {
        d.forwarder = new MedvaultForwarder();
        d.token = new MedToken(treasury, TOKEN_SUPPLY);
        d.accounts = new AccountRegistry(admin, address(d.forwarder), GUARDIAN_DELAY);
        d.accounts.grantRole(d.accounts.ATTESTER_ROLE(), admin);
        d.accounts.grantRole(d.accounts.PARAMS_ROLE(), admin);
        d.providers = new ProviderRegistry(
            admin, address(d.forwarder), d.token, d.accounts, treasury, defaultProviderParams()
        );
        d.providers.grantRole(d.providers.PARAMS_ROLE(), admin);
        d.providers.grantRole(d.providers.CERTIFIER_ROLE(), admin);
        d.providers.grantRole(d.providers.SLASHER_ROLE(), admin);
        d.providers.grantRole(d.providers.TREASURER_ROLE(), admin);
        d.records = new RecordRegistry(admin, address(d.forwarder), d.providers, d.accounts);
        d.records.grantRole(d.records.ANCHORER_ROLE(), relayer);
        // The committee is set after its key generation, by the admin, who also grants each key node
        // ConsentManager's ACCESS_LOG_ROLE so that it anchors its own receipts. Its members attest
        // the market's sales and the reviews of break-glass accesses.
        d.committee = new KeyCommittee(admin);
        d.committee.grantRole(d.committee.COMMITTEE_ADMIN_ROLE(), admin);
        d.consent = new ConsentManager(
            admin, address(d.forwarder), d.accounts, d.providers, d.committee, EMERGENCY_DURATION
        );
        d.consent.grantRole(d.consent.ACCESS_LOG_ROLE(), relayer);
        d.providers.grantRole(d.providers.CHALLENGE_OPENER_ROLE(), address(d.consent));
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
        d.market.grantRole(d.market.ARBITER_ROLE(), admin);
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
