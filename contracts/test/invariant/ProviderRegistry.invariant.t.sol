// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IAccountRegistry} from "../../src/interfaces/IAccountRegistry.sol";
import {IProviderRegistry} from "../../src/interfaces/IProviderRegistry.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {ProviderRegistryHandler} from "./handlers/ProviderRegistryHandler.sol";
import {console} from "forge-std/console.sol";

/// @notice Invariants of the ProviderRegistry under random sequences of every action.
contract ProviderRegistryInvariantTest is BaseTest {
    ProviderRegistryHandler internal handler;

    function setUp() public override {
        super.setUp();
        // Short windows so that reviews open, close and finalize within one run.
        IProviderRegistry.Params memory q = providers.params();
        q.commitWindow = 1 hours;
        q.revealWindow = 1 hours;
        q.unbondingDelay = 1 days;
        vm.prank(admin);
        providers.setParams(q);

        address[] memory actors = new address[](8);
        for (uint256 i; i < actors.length; ++i) {
            actors[i] = makeAddr(string.concat("actor", vm.toString(i)));
            _register(actors[i], IAccountRegistry.Role.Provider);
        }
        for (uint256 i; i < 4; ++i) {
            _fund(actors[i], q.minStake);
            vm.startPrank(actors[i]);
            token.approve(address(providers), q.minStake);
            providers.applyForCertification(q.minStake, 0);
            vm.stopPrank();
            vm.prank(admin);
            providers.certify(actors[i], 0);
        }
        handler = new ProviderRegistryHandler(token, providers, accounts, admin, treasury, actors);
        targetContract(address(handler));
    }

    /// @notice Nothing is created or lost: the balance is the three buckets, and what came in minus what
    /// went out.
    function invariant_BalanceEqualsStakesBondsAndForfeits() public view {
        uint256 balance = token.balanceOf(address(providers));
        assertEq(balance, providers.totalStaked() + providers.bondsHeld() + providers.forfeitPool());
        assertEq(balance, handler.ghostIn() - handler.ghostOut());
    }

    /// @notice Each stake is deposits minus slashes minus withdrawals, and they sum to `totalStaked`.
    function invariant_StakesMatchGhostLedger() public view {
        uint256 sum;
        for (uint256 i; i < handler.actorCount(); ++i) {
            address a = handler.actors(i);
            uint256 stake = providers.provider(a).stake;
            assertEq(stake, handler.deposited(a) - handler.slashed(a) - handler.withdrawn(a));
            sum += stake;
        }
        assertEq(sum, providers.totalStaked());
    }

    /// @notice No withdrawal above stake minus slashes, before the delay, or under an open review.
    function invariant_NoEarlyOrExcessWithdrawal() public view {
        assertEq(handler.earlyWithdrawals(), 0);
        assertEq(handler.overWithdrawals(), 0);
    }

    /// @notice A revealed vote always equals the committed one.
    function invariant_RevealedVoteEqualsCommitted() public view {
        assertEq(handler.mismatchedReveals(), 0);
        assertEq(handler.revealedVoteMismatches(), 0);
    }

    /// @notice No account without a role changes a privileged setting.
    function invariant_PrivilegedSettingsOnlyByRole() public view {
        assertEq(handler.unauthorizedChanges(), 0);
        IProviderRegistry.Params memory q = providers.params();
        (
            uint128 minStake,
            uint128 voteBond,
            uint128 challengeBond,
            uint64 commitWindow,
            uint64 revealWindow,
            uint64 unbondingDelay,
            uint16 quorum,
            uint16 penaltyBps,
            uint16 slashBps,
            uint16 rewardBps
        ) = handler.ghostParams();
        assertEq(q.minStake, minStake);
        assertEq(q.voteBond, voteBond);
        assertEq(q.challengeBond, challengeBond);
        assertEq(q.commitWindow, commitWindow);
        assertEq(q.revealWindow, revealWindow);
        assertEq(q.unbondingDelay, unbondingDelay);
        assertEq(q.quorum, quorum);
        assertEq(q.voterPenaltyBps, penaltyBps);
        assertEq(q.slashBps, slashBps);
        assertEq(q.challengerRewardBps, rewardBps);
        assertEq(providers.treasury(), handler.ghostTreasury());
        assertEq(accounts.guardianDelay(), handler.ghostGuardianDelay());
    }

    /// @notice `isCertified` agrees with the checkpoint of the current block.
    function invariant_CertifiedMatchesCheckpoint() public view {
        for (uint256 i; i < handler.actorCount(); ++i) {
            address a = handler.actors(i);
            assertEq(providers.isCertified(a), providers.wasCertifiedAt(a, block.number));
        }
    }

    function invariant_callSummary() public view {
        string[14] memory names = [
            "apply",
            "certify",
            "requestReview",
            "challenge",
            "commit",
            "reveal",
            "finalize",
            "claim",
            "leave",
            "withdraw",
            "slash",
            "withdrawForfeits",
            "setParams",
            "unauthorized"
        ];
        for (uint256 i; i < names.length; ++i) {
            console.log(names[i], handler.calls(bytes32(bytes(names[i]))));
        }
    }
}
