// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IProviderRegistry} from "../src/interfaces/IProviderRegistry.sol";
import {ProviderFixture} from "./utils/ProviderFixture.sol";

/// @notice The cartel attacks on peer certification: a few providers certifying a sybil, and voters
/// made eligible after the review opened.
contract ProviderRegistryCartelTest is ProviderFixture {
    /// The attack: with an absolute quorum of 3, three colluding providers out of 23 certify a sybil
    /// (who may then break glass). Now the quorum is also a share of the providers certified when the
    /// review opened, so three are not enough.
    function test_attack_threeOfTwentyThreeCannotCertifyASybil() public {
        for (uint256 i; i < 16; ++i) {
            _certifiedProvider(string.concat("bystander", vm.toString(i)));
        }
        (address sybil, uint256 id) = _applicantUnderReview("sybil");
        uint256 quorum = providers.review(id).quorum;
        assertGe(quorum, 7, "30% of 23 certified providers, rounded up");
        for (uint256 i; i < 3; ++i) {
            _commit(id, voters[i], true);
        }
        _toReveal(id);
        for (uint256 i; i < 3; ++i) {
            _reveal(id, voters[i], true);
        }
        _toEnd(id);
        assertEq(uint8(providers.finalize(id)), uint8(IProviderRegistry.Outcome.NoQuorum));
        assertFalse(providers.isCertified(sybil));
    }

    /// The attack: with 11 providers certified the quorum is 4, so the cartel of 3 alone is refused;
    /// but one honest provider voting "no" brought the revealed votes to 4, and 3 to 1 certified the
    /// sybil (on the previous code this test fails: Approved). Opposing a sybil must not be what lets
    /// it in: approving now needs approvals of their own from 30 % of the certified.
    function test_attack_anHonestNoCannotCarryTheCartelOverTheQuorum() public {
        for (uint256 i; i < 4; ++i) {
            _certifiedProvider(string.concat("bystander", vm.toString(i)));
        }
        vm.roll(block.number + 1);
        (address sybil, uint256 id) = _applicantUnderReview("sybil");
        assertEq(providers.review(id).quorum, 4, "30% of 11, rounded up");
        assertEq(providers.review(id).minApprovals, 4);
        for (uint256 i; i < 3; ++i) {
            _commit(id, voters[i], true);
        }
        _commit(id, voters[3], false);
        _toReveal(id);
        for (uint256 i; i < 3; ++i) {
            _reveal(id, voters[i], true);
        }
        _reveal(id, voters[3], false);
        _toEnd(id);
        assertEq(uint8(providers.finalize(id)), uint8(IProviderRegistry.Outcome.Rejected));
        assertFalse(providers.isCertified(sybil));
    }

    /// The attack: once a review is open, the cartel has the authority (or an earlier vote) certify
    /// accomplices, who then vote in it. Now only providers certified before the review opened vote.
    function test_attack_providersCertifiedAfterTheReviewOpenedCannotVote() public {
        (, uint256 id) = _applicantUnderReview("sybil");
        vm.roll(block.number + 1);
        address accomplice = _certifiedProvider("accomplice");
        vm.prank(accomplice);
        token.approve(address(providers), type(uint256).max);
        bytes32 c = providers.voteCommitment(id, accomplice, true, _salt(accomplice));
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.IneligibleVoter.selector, id, accomplice));
        vm.prank(accomplice);
        providers.commitVote(id, c);
        // A provider certified before it opened votes as before.
        _commit(id, voters[0], true);
    }
}
