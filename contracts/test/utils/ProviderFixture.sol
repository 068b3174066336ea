// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IProviderRegistry} from "../../src/interfaces/IProviderRegistry.sol";
import {BaseTest} from "./BaseTest.sol";

/// @notice Helpers for ProviderRegistry tests: a pool of certified voters and commit/reveal shortcuts.
abstract contract ProviderFixture is BaseTest {
    address[] internal voters;
    IProviderRegistry.Params internal p;

    function setUp() public virtual override {
        super.setUp();
        p = providers.params();
        for (uint256 i; i < 7; ++i) {
            voters.push(_certifiedProvider(string.concat("voter", vm.toString(i))));
        }
        for (uint256 i; i < voters.length; ++i) {
            vm.prank(voters[i]);
            token.approve(address(providers), type(uint256).max);
        }
        // Voters vote in reviews opened after the block they were certified in.
        vm.roll(block.number + 1);
    }

    function _salt(address voter) internal pure returns (bytes32) {
        return keccak256(abi.encode("salt", voter));
    }

    function _commit(uint256 reviewId, address voter, bool approve) internal {
        bytes32 c = providers.voteCommitment(reviewId, voter, approve, _salt(voter));
        vm.prank(voter);
        providers.commitVote(reviewId, c);
    }

    function _reveal(uint256 reviewId, address voter, bool approve) internal {
        vm.prank(voter);
        providers.revealVote(reviewId, approve, _salt(voter));
    }

    function _toReveal(uint256 reviewId) internal {
        vm.warp(providers.review(reviewId).commitEnd);
    }

    function _toEnd(uint256 reviewId) internal {
        vm.warp(providers.review(reviewId).revealEnd);
    }

    /// @dev An applicant with a review opened.
    function _applicantUnderReview(string memory name)
        internal
        returns (address applicant, uint256 reviewId)
    {
        applicant = makeAddr(name);
        _apply(applicant, p.minStake);
        vm.prank(applicant);
        reviewId = providers.requestReview();
    }

    /// @dev Registry balance matches its three buckets.
    function _assertSolvent() internal view {
        assertEq(
            token.balanceOf(address(providers)),
            providers.totalStaked() + providers.bondsHeld() + providers.forfeitPool(),
            "solvency"
        );
    }
}
