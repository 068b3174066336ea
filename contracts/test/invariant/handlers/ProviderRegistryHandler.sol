// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {AccountRegistry} from "../../../src/AccountRegistry.sol";
import {MedToken} from "../../../src/MedToken.sol";
import {ProviderRegistry} from "../../../src/ProviderRegistry.sol";
import {IProviderRegistry} from "../../../src/interfaces/IProviderRegistry.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Drives the ProviderRegistry through random sequences of every action, keeping ghost accounts of
/// what went in and out, per provider and in total, and counting any rule the contract let slip.
contract ProviderRegistryHandler is Test {
    MedToken internal immutable _token;
    ProviderRegistry internal immutable _registry;
    AccountRegistry internal immutable _accounts;
    address internal immutable _admin;
    address internal immutable _treasury;
    address internal immutable _outsider;

    address[] public actors;

    // ---- ghost accounting
    uint256 public ghostIn; // tokens the registry received
    uint256 public ghostOut; // tokens the registry paid out
    mapping(address => uint256) public deposited;
    mapping(address => uint256) public slashed;
    mapping(address => uint256) public withdrawn;
    uint256 public earlyWithdrawals; // withdrawals before unbondAt or while a review was open
    uint256 public overWithdrawals; // withdrawals above deposits minus slashes
    uint256 public mismatchedReveals; // reveals accepted that differ from the commitment
    uint256 public unauthorizedChanges; // privileged calls by an account without the role that succeeded
    IProviderRegistry.Params public ghostParams;
    address public ghostTreasury;
    uint64 public ghostGuardianDelay;

    mapping(uint256 => mapping(address => bool)) internal _committedVote;
    uint256[] internal _revealIds;
    address[] internal _revealVoters;

    mapping(bytes32 => uint256) public calls;

    constructor(
        MedToken token,
        ProviderRegistry registry,
        AccountRegistry accounts,
        address admin,
        address treasury,
        address[] memory actors_
    ) {
        _token = token;
        _registry = registry;
        _accounts = accounts;
        _admin = admin;
        _treasury = treasury;
        _outsider = makeAddr("outsider");
        actors = actors_;
        ghostParams = registry.params();
        ghostTreasury = registry.treasury();
        ghostGuardianDelay = accounts.guardianDelay();
        for (uint256 i; i < actors_.length; ++i) {
            deposited[actors_[i]] = registry.provider(actors_[i]).stake;
        }
        ghostIn = token.balanceOf(address(registry));
    }

    // ---------------------------------------------------------------- helpers

    function _actor(uint256 seed) internal view returns (address) {
        return actors[seed % actors.length];
    }

    function _reviewId(uint256 seed) internal view returns (uint256) {
        uint256 n = _registry.reviewCount();
        return n == 0 ? 0 : seed % n + 1;
    }

    function _salt(uint256 id, address voter) internal pure returns (bytes32) {
        return keccak256(abi.encode(id, voter, "salt"));
    }

    function _fund(address to, uint256 amount) internal {
        vm.prank(_treasury);
        _token.transfer(to, amount);
        vm.prank(to);
        _token.approve(address(_registry), type(uint256).max);
    }

    /// @dev Runs an action and books every registry-to-actor payment and stake change it caused.
    function _observeStakes() internal view returns (uint256[] memory stakes) {
        stakes = new uint256[](actors.length);
        for (uint256 i; i < actors.length; ++i) {
            stakes[i] = _registry.provider(actors[i]).stake;
        }
    }

    function _bookSlashes(uint256[] memory before) internal {
        for (uint256 i; i < actors.length; ++i) {
            uint256 nowStake = _registry.provider(actors[i]).stake;
            if (nowStake < before[i]) slashed[actors[i]] += before[i] - nowStake;
        }
    }

    function _bookPayouts(uint256 registryBefore) internal {
        uint256 registryNow = _token.balanceOf(address(_registry));
        if (registryNow < registryBefore) ghostOut += registryBefore - registryNow;
        else ghostIn += registryNow - registryBefore;
    }

    // ---------------------------------------------------------------- actions

    function applyFor(uint256 seed, uint256 amount) external {
        address a = _actor(seed);
        if (_registry.provider(a).status != IProviderRegistry.Status.None) return;
        amount = _bound(amount, ghostParams.minStake, 5 * uint256(ghostParams.minStake));
        _fund(a, amount);
        uint256 before = _token.balanceOf(address(_registry));
        vm.prank(a);
        _registry.applyForCertification(amount, bytes32(seed));
        deposited[a] += amount;
        _bookPayouts(before);
        ++calls["apply"];
    }

    function certify(uint256 seed, bool approve) external {
        address a = _actor(seed);
        IProviderRegistry.Provider memory p = _registry.provider(a);
        if (p.status != IProviderRegistry.Status.Pending || p.activeReview != 0) return;
        vm.prank(_admin);
        if (approve) _registry.certify(a, 0);
        else _registry.reject(a, 0);
        ++calls["certify"];
    }

    function requestReview(uint256 seed) external {
        address a = _actor(seed);
        IProviderRegistry.Provider memory p = _registry.provider(a);
        if (p.status != IProviderRegistry.Status.Pending || p.activeReview != 0) return;
        vm.prank(a);
        _registry.requestReview();
        ++calls["requestReview"];
    }

    function challenge(uint256 seed, uint256 challengerSeed) external {
        address a = _actor(seed);
        address c = _actor(challengerSeed);
        IProviderRegistry.Provider memory p = _registry.provider(a);
        if (a == c || p.activeReview != 0) return;
        if (p.status != IProviderRegistry.Status.Certified && p.status != IProviderRegistry.Status.Unbonding) return;
        _fund(c, ghostParams.challengeBond);
        uint256 before = _token.balanceOf(address(_registry));
        vm.prank(c);
        _registry.challenge(a, bytes32(seed));
        _bookPayouts(before);
        ++calls["challenge"];
    }

    /// @dev Commits for the first eligible actor from `seed` on one of the latest reviews.
    function commit(uint256 seed, uint256 reviewSeed, bool approve) external {
        uint256 n = _registry.reviewCount();
        if (n == 0) return;
        uint256 id = n - reviewSeed % (n < 3 ? n : 3);
        IProviderRegistry.Review memory rv = _registry.review(id);
        if (block.timestamp >= rv.commitEnd) return;
        address v;
        for (uint256 i; i < actors.length; ++i) {
            address c = _actor(seed % actors.length + i);
            if (c == rv.subject || c == rv.challenger || !_registry.isCertified(c)) continue;
            if (_registry.ballot(id, c).commitment != 0) continue;
            v = c;
            break;
        }
        if (v == address(0)) return;
        _fund(v, rv.voteBond);
        uint256 before = _token.balanceOf(address(_registry));
        bytes32 commitment = _registry.voteCommitment(id, v, approve, _salt(id, v));
        vm.prank(v);
        _registry.commitVote(id, commitment);
        _committedVote[id][v] = approve;
        _bookPayouts(before);
        ++calls["commit"];
    }

    /// @dev Reveals the first unrevealed ballot from `seed` on one of the latest reviews; may first try
    /// the opposite vote, which the contract must refuse.
    function reveal(uint256 seed, uint256 reviewSeed, bool tryFlipped) external {
        uint256 n = _registry.reviewCount();
        if (n == 0) return;
        uint256 id = n - reviewSeed % (n < 3 ? n : 3);
        IProviderRegistry.Review memory rv = _registry.review(id);
        if (block.timestamp < rv.commitEnd || block.timestamp >= rv.revealEnd) return;
        address v;
        for (uint256 i; i < actors.length; ++i) {
            address c = _actor(seed % actors.length + i);
            IProviderRegistry.Ballot memory b = _registry.ballot(id, c);
            if (b.commitment == 0 || b.revealed) continue;
            v = c;
            break;
        }
        if (v == address(0)) return;
        bool committed = _committedVote[id][v];
        if (tryFlipped) {
            vm.prank(v);
            try _registry.revealVote(id, !committed, _salt(id, v)) {
                ++mismatchedReveals;
            } catch {}
        }
        vm.prank(v);
        _registry.revealVote(id, committed, _salt(id, v));
        _revealIds.push(id);
        _revealVoters.push(v);
        ++calls["reveal"];
    }

    function finalize(uint256 reviewSeed) external {
        uint256 id = _reviewId(reviewSeed);
        if (id == 0) return;
        IProviderRegistry.Review memory rv = _registry.review(id);
        if (rv.outcome != IProviderRegistry.Outcome.Open || block.timestamp < rv.revealEnd) return;
        uint256[] memory stakes = _observeStakes();
        uint256 before = _token.balanceOf(address(_registry));
        _registry.finalize(id);
        _bookSlashes(stakes);
        _bookPayouts(before);
        ++calls["finalize"];
    }

    function claim(uint256 seed, uint256 reviewSeed) external {
        uint256 id = _reviewId(reviewSeed);
        if (id == 0 || _registry.review(id).outcome == IProviderRegistry.Outcome.Open) return;
        address v;
        for (uint256 i; i < actors.length; ++i) {
            address c = _actor(seed % actors.length + i);
            IProviderRegistry.Ballot memory b = _registry.ballot(id, c);
            if (b.commitment == 0 || b.claimed) continue;
            v = c;
            break;
        }
        if (v == address(0)) return;
        uint256 before = _token.balanceOf(address(_registry));
        vm.prank(v);
        _registry.claimBond(id);
        _bookPayouts(before);
        ++calls["claim"];
    }

    function leave(uint256 seed) external {
        address a = _actor(seed);
        IProviderRegistry.Status s = _registry.provider(a).status;
        if (s != IProviderRegistry.Status.Pending && s != IProviderRegistry.Status.Certified) return;
        vm.prank(a);
        _registry.leave();
        ++calls["leave"];
    }

    /// @dev Tries to withdraw whenever unbonding, early or not: the contract must refuse the early ones.
    function withdraw(uint256 seed) external {
        address a = _actor(seed);
        IProviderRegistry.Provider memory p = _registry.provider(a);
        if (p.status != IProviderRegistry.Status.Unbonding) return;
        uint256 before = _token.balanceOf(address(_registry));
        vm.prank(a);
        try _registry.withdraw() returns (uint256 amount) {
            if (block.timestamp < p.unbondAt || p.activeReview != 0) ++earlyWithdrawals;
            withdrawn[a] += amount;
            if (withdrawn[a] > deposited[a] - slashed[a]) ++overWithdrawals;
            _bookPayouts(before);
            ++calls["withdraw"];
        } catch {}
    }

    function slash(uint256 seed, uint256 amount) external {
        address a = _actor(seed);
        uint256 stake = _registry.provider(a).stake;
        if (stake == 0) return;
        amount = _bound(amount, 1, stake);
        vm.prank(_admin);
        _registry.slash(a, amount, bytes32(amount));
        slashed[a] += amount;
        ++calls["slash"];
    }

    function withdrawForfeits(uint256 amount) external {
        uint256 pool = _registry.forfeitPool();
        if (pool == 0) return;
        amount = _bound(amount, 1, pool);
        uint256 before = _token.balanceOf(address(_registry));
        vm.prank(_admin);
        _registry.withdrawForfeits(amount);
        _bookPayouts(before);
        ++calls["withdrawForfeits"];
    }

    function setParams(uint16 quorum, uint16 penaltyBps, uint16 slashBps) external {
        IProviderRegistry.Params memory q = ghostParams;
        q.quorum = uint16(_bound(quorum, 1, 4));
        q.voterPenaltyBps = uint16(_bound(penaltyBps, 0, 10_000));
        q.slashBps = uint16(_bound(slashBps, 1, 10_000));
        vm.prank(_admin);
        _registry.setParams(q);
        ghostParams = q;
        ++calls["setParams"];
    }

    function warp(uint256 secs) external {
        vm.warp(block.timestamp + _bound(secs, 1, 12 hours));
        vm.roll(block.number + 1);
    }

    /// @dev Every privileged setter, called by an actor without the role: none may succeed.
    function unauthorized(uint256 seed, uint256 which) external {
        address who = seed % 2 == 0 ? _outsider : _actor(seed);
        IProviderRegistry.Params memory q = ghostParams;
        q.quorum = q.quorum == 1 ? 2 : 1;
        which = which % 9;
        vm.startPrank(who);
        bool ok;
        if (which == 0) {
            try _registry.setParams(q) {
                ok = true;
            } catch {}
        } else if (which == 1) {
            try _registry.setTreasury(who) {
                ok = true;
            } catch {}
        } else if (which == 2) {
            try _registry.certify(_actor(seed % actors.length + 1), 0) {
                ok = true;
            } catch {}
        } else if (which == 3) {
            try _registry.reject(_actor(seed % actors.length + 1), 0) {
                ok = true;
            } catch {}
        } else if (which == 4) {
            try _registry.slash(_actor(seed % actors.length + 1), 1, 0) {
                ok = true;
            } catch {}
        } else if (which == 5) {
            try _registry.withdrawForfeits(1) {
                ok = true;
            } catch {}
        } else if (which == 6) {
            try _registry.openChallengeFor(_actor(seed % actors.length + 1), who, 0) {
                ok = true;
            } catch {}
        } else if (which == 7) {
            try _accounts.setGuardianDelay(3 days) {
                ok = true;
            } catch {}
        } else {
            try _registry.grantRole(_registry.PARAMS_ROLE(), who) {
                ok = true;
            } catch {}
        }
        vm.stopPrank();
        if (ok) ++unauthorizedChanges;
        ++calls["unauthorized"];
    }

    // ---------------------------------------------------------------- views for the invariants

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    /// @dev Number of reveals whose stored vote differs from the one committed.
    function revealedVoteMismatches() external view returns (uint256 bad) {
        for (uint256 i; i < _revealIds.length; ++i) {
            IProviderRegistry.Ballot memory b = _registry.ballot(_revealIds[i], _revealVoters[i]);
            if (!b.revealed || b.approve != _committedVote[_revealIds[i]][_revealVoters[i]]) ++bad;
        }
    }
}
