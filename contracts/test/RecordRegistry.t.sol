// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IAccountRegistry} from "../src/interfaces/IAccountRegistry.sol";
import {IRecordRegistry} from "../src/interfaces/IRecordRegistry.sol";
import {RecordLeaf} from "../src/libraries/RecordLeaf.sol";
import {BaseTest} from "./utils/BaseTest.sol";
import {Merkle} from "./utils/Merkle.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

contract RecordRegistryTest is BaseTest {
    address internal doctor;
    address internal patient = makeAddr("patient");
    bytes32 internal constant PATIENT_ID = keccak256("opaque patient id");
    bytes32 internal constant MANIFEST = keccak256("manifest");

    uint256[] internal nodeKeys;

    function setUp() public override {
        super.setUp();
        (, nodeKeys) = _setCommittee("node", 3, 2);
        doctor = _certifiedProvider("doctor");
        _register(patient, IAccountRegistry.Role.Patient);
        vm.roll(block.number + 1);
    }

    function _record(uint256 i, address author) internal pure returns (IRecordRegistry.Record memory) {
        return IRecordRegistry.Record({
            patientId: PATIENT_ID,
            recordId: keccak256(abi.encode("record", i)),
            version: 1,
            previous: bytes32(0),
            ciphertextHash: keccak256(abi.encode("ciphertext", i)),
            author: author,
            category: 7
        });
    }

    function _deadline() internal view returns (uint64) {
        return uint64(block.timestamp + 10 minutes);
    }

    /// @dev The first `n` key nodes' word that the record's author may write it (the nodes checked the
    /// patient's WRITE consent off-chain).
    function _attest(IRecordRegistry.Record memory r, uint256 n) internal view returns (bytes[] memory sigs) {
        bytes32 digest = records.writeDigest(_leaf(r), _deadline());
        sigs = new bytes[](n);
        for (uint256 i; i < n; ++i) {
            (uint8 v, bytes32 sr, bytes32 ss) = vm.sign(nodeKeys[i], digest);
            sigs[i] = abi.encodePacked(sr, ss, v);
        }
    }

    /// @dev Anchors `r` singly as `author` with no attestation, for calls that revert before it counts.
    function _bare(address author, IRecordRegistry.Record memory r) internal returns (bytes32) {
        vm.prank(author);
        return records.anchorRecord(r, _deadline(), new bytes[](0));
    }

    /// @dev Anchors `r` singly as `author`, with the committee's attestation (a patient needs none).
    function _anchor(address author, IRecordRegistry.Record memory r) internal returns (bytes32) {
        bytes[] memory sigs = _attest(r, 2);
        vm.prank(author);
        return records.anchorRecord(r, _deadline(), sigs);
    }

    function _leaf(IRecordRegistry.Record memory r) internal pure returns (bytes32) {
        return RecordLeaf.hash(
            r.patientId, r.recordId, r.version, r.previous, r.ciphertextHash, r.author, r.category
        );
    }

    /// @dev Leaves 0..n-1; leaf 0 by the doctor, leaf 1 by the patient, others by a stranger.
    function _batch(uint256 n)
        internal
        view
        returns (IRecordRegistry.Record[] memory recs, bytes32[] memory leaves)
    {
        recs = new IRecordRegistry.Record[](n);
        leaves = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            recs[i] = _record(i, i == 0 ? doctor : i == 1 ? patient : stranger);
            leaves[i] = _leaf(recs[i]);
        }
    }

    // ---------------------------------------------------------------- anchorBatch

    function test_anchorBatch_storesAnchorAndEmitsOneEvent() public {
        (, bytes32[] memory leaves) = _batch(4);
        bytes32 root = Merkle.root(leaves);
        vm.expectEmit(address(records));
        emit IRecordRegistry.BatchAnchored(root, MANIFEST, 4);
        vm.prank(relayer);
        records.anchorBatch(root, MANIFEST, 4);
        (uint64 blockNumber, uint64 timestamp, uint32 count) = records.anchorOf(root);
        assertEq(blockNumber, block.number);
        assertEq(timestamp, block.timestamp);
        assertEq(count, 4);
    }

    function test_RevertWhen_AnchorerLacksRole() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, records.ANCHORER_ROLE()
            )
        );
        vm.prank(stranger);
        records.anchorBatch(bytes32(uint256(1)), MANIFEST, 1);
    }

    function test_RevertWhen_RootIsZero() public {
        vm.expectRevert(IRecordRegistry.EmptyRoot.selector);
        vm.prank(relayer);
        records.anchorBatch(bytes32(0), MANIFEST, 1);
    }

    function test_RevertWhen_BatchIsEmpty() public {
        vm.expectRevert(IRecordRegistry.EmptyBatch.selector);
        vm.prank(relayer);
        records.anchorBatch(bytes32(uint256(1)), MANIFEST, 0);
    }

    function test_RevertWhen_RootAnchoredTwice() public {
        vm.startPrank(relayer);
        records.anchorBatch(bytes32(uint256(7)), MANIFEST, 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IRecordRegistry.RootAlreadyAnchored.selector, bytes32(uint256(7)), uint64(block.number)
            )
        );
        records.anchorBatch(bytes32(uint256(7)), MANIFEST, 1);
        vm.stopPrank();
    }

    // ---------------------------------------------------------------- verifyRecord

    function test_verifyRecord_classifiesAuthors() public {
        (IRecordRegistry.Record[] memory recs, bytes32[] memory leaves) = _batch(4);
        bytes32 root = Merkle.root(leaves);
        vm.prank(relayer);
        records.anchorBatch(root, MANIFEST, 4);

        IRecordRegistry.Authorship a;
        uint64 at;
        (a, at) = records.verifyRecord(root, recs[0], Merkle.proof(leaves, 0));
        assertEq(uint8(a), uint8(IRecordRegistry.Authorship.AttributedToProvider));
        assertEq(at, block.number);
        (a,) = records.verifyRecord(root, recs[1], Merkle.proof(leaves, 1));
        assertEq(uint8(a), uint8(IRecordRegistry.Authorship.SelfReported));
        (a,) = records.verifyRecord(root, recs[2], Merkle.proof(leaves, 2));
        assertEq(uint8(a), uint8(IRecordRegistry.Authorship.Unqualified));
    }

    /// @notice The anchorer cannot make the chain vouch that a certified provider wrote a record:
    /// before, a batch naming any certified provider as author came back `CertifiedProvider` with no
    /// signature of that provider anywhere (on the previous code this test fails on the first
    /// assertion). Now the chain says whose word it is: the anchorer's, for a batch; the provider's
    /// own, only when the provider anchored it itself.
    function test_attack_aBatchCannotMakeTheChainVouchForAnAuthor() public {
        IRecordRegistry.Record memory forged = IRecordRegistry.Record({
            patientId: keccak256("victim"),
            recordId: keccak256("forged diagnosis"),
            version: 1,
            previous: bytes32(0),
            ciphertextHash: keccak256("anything"),
            author: doctor,
            category: 1
        });
        bytes32 leaf = _leaf(forged);
        vm.prank(relayer);
        records.anchorBatch(leaf, MANIFEST, 1);
        (IRecordRegistry.Authorship a,) = records.verifyRecord(leaf, forged, new bytes32[](0));
        assertEq(uint8(a), uint8(IRecordRegistry.Authorship.AttributedToProvider), "the anchorer's word only");

        // The same doctor anchoring its own record is vouched for by the chain.
        forged.recordId = keccak256("real diagnosis");
        bytes32 own = _anchor(doctor, forged);
        (a,) = records.verifyRecord(own, forged, new bytes32[](0));
        assertEq(uint8(a), uint8(IRecordRegistry.Authorship.CertifiedProvider));
    }

    /// @notice A record its certified author anchored is classed by the author's standing when it
    /// anchored it: leaving later in the same block does not make it `Unqualified` (before, the class
    /// was read at the end of the block, and disagreed with the anchor's own event).
    function test_verifyRecord_singleAnchorKeepsItsAuthorsStandingThen() public {
        IRecordRegistry.Record memory r = _record(70, doctor);
        bytes32 leaf = _anchor(doctor, r);
        vm.prank(doctor);
        providers.leave();
        (IRecordRegistry.Authorship a,) = records.verifyRecord(leaf, r, new bytes32[](0));
        assertEq(uint8(a), uint8(IRecordRegistry.Authorship.CertifiedProvider));
        assertEq(records.versionOf(leaf), r.version);
    }

    function test_verifyRecord_notIncludedForWrongProofFieldOrRoot() public {
        (IRecordRegistry.Record[] memory recs, bytes32[] memory leaves) = _batch(4);
        bytes32 root = Merkle.root(leaves);
        vm.prank(relayer);
        records.anchorBatch(root, MANIFEST, 4);

        IRecordRegistry.Authorship a;
        uint64 at;
        (a, at) = records.verifyRecord(root, recs[0], Merkle.proof(leaves, 1));
        assertEq(uint8(a), uint8(IRecordRegistry.Authorship.NotIncluded));
        assertEq(at, 0);
        IRecordRegistry.Record memory tampered = recs[0];
        tampered.category = 1;
        (a,) = records.verifyRecord(root, tampered, Merkle.proof(leaves, 0));
        assertEq(uint8(a), uint8(IRecordRegistry.Authorship.NotIncluded));
        (a,) = records.verifyRecord(keccak256("never anchored"), recs[0], Merkle.proof(leaves, 0));
        assertEq(uint8(a), uint8(IRecordRegistry.Authorship.NotIncluded));
    }

    function test_verifyRecord_usesCertificationAtAnchorBlock() public {
        (IRecordRegistry.Record[] memory recs, bytes32[] memory leaves) = _batch(2);
        bytes32 root = Merkle.root(leaves);
        vm.prank(relayer);
        records.anchorBatch(root, MANIFEST, 2);

        // The doctor leaves (decertified at once); the earlier anchor still counts as certified.
        vm.roll(block.number + 1);
        vm.prank(doctor);
        providers.leave();
        (IRecordRegistry.Authorship a,) = records.verifyRecord(root, recs[0], Merkle.proof(leaves, 0));
        assertEq(uint8(a), uint8(IRecordRegistry.Authorship.AttributedToProvider));

        // A batch anchored after leaving is not vouched for by a certified provider.
        vm.roll(block.number + 1);
        recs[0].version = 2;
        leaves[0] = _leaf(recs[0]);
        bytes32 root2 = Merkle.root(leaves);
        vm.prank(relayer);
        records.anchorBatch(root2, MANIFEST, 2);
        (a,) = records.verifyRecord(root2, recs[0], Merkle.proof(leaves, 0));
        assertEq(uint8(a), uint8(IRecordRegistry.Authorship.Unqualified));
    }

    function testFuzz_verifyRecord_everyLeafOfABatch(uint256 index) public {
        (IRecordRegistry.Record[] memory recs, bytes32[] memory leaves) = _batch(16);
        index = bound(index, 0, 15);
        bytes32 root = Merkle.root(leaves);
        vm.prank(relayer);
        records.anchorBatch(root, MANIFEST, 16);
        (IRecordRegistry.Authorship a,) = records.verifyRecord(root, recs[index], Merkle.proof(leaves, index));
        assertTrue(a != IRecordRegistry.Authorship.NotIncluded);
    }

    function test_leafOf_matchesLibrary() public view {
        IRecordRegistry.Record memory r = _record(3, doctor);
        assertEq(records.leafOf(r), _leaf(r));
    }

    function test_wiring() public view {
        assertEq(records.providers(), address(providers));
        assertEq(records.accounts(), address(accounts));
        assertEq(records.committee(), address(committee));
    }

    // ---------------------------------------------------------------- anchorRecord

    function test_anchorRecord_byCertifiedProvider() public {
        IRecordRegistry.Record memory r = _record(1, doctor);
        bytes32 leaf = _leaf(r);
        bytes[] memory sigs = _attest(r, 2);
        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordAnchored(
            r.recordId, r.patientId, doctor, 1, bytes32(0), r.ciphertextHash, r.category, leaf, false
        );
        vm.prank(doctor);
        assertEq(records.anchorRecord(r, _deadline(), sigs), leaf);
        assertEq(records.versionOf(leaf), 1);
        (uint64 blockNumber,, uint32 count) = records.anchorOf(leaf);
        assertEq(blockNumber, block.number);
        assertEq(count, 1);
        (IRecordRegistry.Authorship a,) = records.verifyRecord(leaf, r, new bytes32[](0));
        assertEq(uint8(a), uint8(IRecordRegistry.Authorship.CertifiedProvider));
    }

    function test_anchorRecord_byPatientIsSelfReported() public {
        IRecordRegistry.Record memory r = _record(1, patient);
        vm.expectEmit(address(records));
        emit IRecordRegistry.RecordAnchored(
            r.recordId, r.patientId, patient, 1, bytes32(0), r.ciphertextHash, r.category, _leaf(r), true
        );
        _bare(patient, r);
    }

    function test_anchorRecord_versionsChain() public {
        IRecordRegistry.Record memory r = _record(1, doctor);
        bytes32 first = _anchor(doctor, r);
        r.version = 2;
        r.previous = first;
        r.ciphertextHash = keccak256("amended");
        bytes32 second = _anchor(doctor, r);
        assertEq(records.versionOf(first), 1);
        assertEq(records.versionOf(second), 2);
        // The leaf commits to its predecessor: the same version on another predecessor is another leaf.
        r.previous = keccak256("elsewhere");
        assertTrue(_leaf(r) != second);
    }

    /// The squatter's attack on the old registry: a registered patient anchors the victim's record id
    /// (public in her first anchor's event) at the highest version, and her next version could never
    /// be anchored again. Now nothing is keyed by record id: the squatter's leaf is its own fork, and
    /// her version 2, chained to her version 1, anchors.
    function test_squattingARecordIdBlocksNothing() public {
        address squatter = makeAddr("squatter");
        _register(squatter, IAccountRegistry.Role.Patient);
        IRecordRegistry.Record memory victim = _record(1, doctor);
        bytes32 first = _anchor(doctor, victim);

        IRecordRegistry.Record memory squat = _record(1, squatter);
        squat.recordId = victim.recordId;
        squat.version = type(uint32).max;
        squat.previous = keccak256("not anchored singly");
        _anchor(squatter, squat);
        squat.version = 2;
        squat.previous = first;
        squat.ciphertextHash = keccak256("squatter's version 2");
        _anchor(squatter, squat);

        victim.version = 2;
        victim.previous = first;
        victim.ciphertextHash = keccak256("her amendment");
        bytes32 second = _anchor(doctor, victim);
        assertEq(records.versionOf(second), 2);
    }

    function test_anchorRecord_throughForwarder() public {
        (address author, uint256 key) = makeAddrAndKey("gasless patient");
        _register(author, IAccountRegistry.Role.Patient);
        IRecordRegistry.Record memory r = _record(9, author);
        _forward(key, address(records), abi.encodeCall(records.anchorRecord, (r, 0, new bytes[](0))));
        assertEq(records.versionOf(_leaf(r)), 1);
    }

    function test_RevertWhen_AnchorRecordNotByAuthor() public {
        IRecordRegistry.Record memory r = _record(1, doctor);
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.NotAuthor.selector, patient, doctor));
        _bare(patient, r);
    }

    function test_RevertWhen_AnchorRecordAuthorIneligible() public {
        IRecordRegistry.Record memory r = _record(1, stranger);
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.IneligibleAuthor.selector, stranger));
        _bare(stranger, r);
    }

    /// @notice Before, a record under category 0, 18 or 99 was anchored like any other (tried as a new
    /// user would); no grant can ever name such a category, so nobody could be given it.
    function test_RevertWhen_AnchorRecordUnderAnUndefinedCategory() public {
        uint16[3] memory undefined = [uint16(0), 18, 99];
        for (uint256 i; i < undefined.length; ++i) {
            IRecordRegistry.Record memory r = _record(40 + i, doctor);
            r.category = undefined[i];
            vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.UnknownCategory.selector, undefined[i]));
            _bare(doctor, r);
        }
        IRecordRegistry.Record memory other = _record(50, doctor);
        other.category = records.MAX_CATEGORY();
        _anchor(doctor, other);
    }

    /// @notice A successor of a version 2^32-1 is refused with the rule's error (before: an
    /// arithmetic overflow panic, which told the caller nothing).
    function test_RevertWhen_AnchorRecordFollowsTheLastVersion() public {
        IRecordRegistry.Record memory r = _record(60, patient);
        r.version = type(uint32).max;
        r.previous = keccak256("some earlier version");
        bytes32 last = _anchor(patient, r);
        r.previous = last;
        r.version = 7;
        vm.expectRevert(
            abi.encodeWithSelector(IRecordRegistry.VersionNotNext.selector, r.recordId, 7, type(uint32).max)
        );
        _bare(patient, r);
    }

    function test_RevertWhen_AnchorRecordVersionNotNext() public {
        IRecordRegistry.Record memory r = _record(1, doctor);
        // Version 0; version 1 with a predecessor; version 2 without one.
        r.version = 0;
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.VersionNotNext.selector, r.recordId, 0, 0));
        _bare(doctor, r);
        r.version = 1;
        r.previous = keccak256("something");
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.VersionNotNext.selector, r.recordId, 1, 0));
        _bare(doctor, r);
        r.previous = bytes32(0);
        bytes32 first = _anchor(doctor, r);
        r.version = 2;
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.VersionNotNext.selector, r.recordId, 2, 0));
        _bare(doctor, r);
        // A singly anchored predecessor must be exactly one version lower.
        r.previous = first;
        r.version = 3;
        r.ciphertextHash = keccak256("other");
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.VersionNotNext.selector, r.recordId, 3, 1));
        _bare(doctor, r);
    }

    function test_RevertWhen_AnchorRecordLeafIsAnchoredBatchRoot() public {
        // A single leaf that equals an existing anchor root cannot overwrite it.
        IRecordRegistry.Record memory r = _record(1, doctor);
        bytes32 leaf = _leaf(r);
        vm.prank(relayer);
        records.anchorBatch(leaf, MANIFEST, 1);
        bytes[] memory sigs = _attest(r, 2);
        vm.expectRevert(
            abi.encodeWithSelector(IRecordRegistry.RootAlreadyAnchored.selector, leaf, uint64(block.number))
        );
        vm.prank(doctor);
        records.anchorRecord(r, _deadline(), sigs);
    }

    // ---------------------------------------------------------------- writing needs consent

    /// @notice The attack on the old registry: a certified provider wrote into any patient's history
    /// on the single path, with no consent of hers anywhere (`anchorRecord(record)` took it, and the
    /// chain then vouched for it as `CertifiedProvider`). Now it needs the key committee's word (its
    /// threshold of members) that it holds her live WRITE consent for this very leaf, before the
    /// word's deadline: no word, one member's word, the word for another leaf, non-members' words, a
    /// word past its deadline, and the word submitted by someone else are all refused.
    function test_attack_aProviderWithoutWriteCannotAnchor() public {
        IRecordRegistry.Record memory r = _record(80, doctor);
        bytes32 leaf = _leaf(r);
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.WriteNotAttested.selector, leaf));
        _bare(doctor, r);

        bytes[] memory one = _attest(r, 1);
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.WriteNotAttested.selector, leaf));
        vm.prank(doctor);
        records.anchorRecord(r, _deadline(), one);

        IRecordRegistry.Record memory other = _record(81, doctor);
        bytes[] memory forOther = _attest(other, 2);
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.WriteNotAttested.selector, leaf));
        vm.prank(doctor);
        records.anchorRecord(r, _deadline(), forOther);

        bytes32 digest = records.writeDigest(leaf, _deadline());
        bytes[] memory outsiders = new bytes[](2);
        for (uint256 i; i < 2; ++i) {
            (uint8 v, bytes32 sr, bytes32 ss) = vm.sign(uint256(keccak256(abi.encode("outsider", i))), digest);
            outsiders[i] = abi.encodePacked(sr, ss, v);
        }
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.WriteNotAttested.selector, leaf));
        vm.prank(doctor);
        records.anchorRecord(r, _deadline(), outsiders);

        bytes[] memory sigs = _attest(r, 2);
        uint64 deadline = _deadline();
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.WriteAttestationExpired.selector, deadline));
        vm.prank(doctor);
        records.anchorRecord(r, deadline, sigs);

        sigs = _attest(r, 2);
        vm.expectRevert(abi.encodeWithSelector(IRecordRegistry.NotAuthor.selector, stranger, doctor));
        vm.prank(stranger);
        records.anchorRecord(r, _deadline(), sigs);
        assertEq(records.versionOf(leaf), 0, "nothing anchored");

        // With the committee's word, the same call goes through and the chain vouches for it.
        assertEq(_anchor(doctor, r), leaf);
        (IRecordRegistry.Authorship a,) = records.verifyRecord(leaf, r, new bytes32[](0));
        assertEq(uint8(a), uint8(IRecordRegistry.Authorship.CertifiedProvider));
    }

    /// @notice A registered patient's own record needs no one's word, and is flagged self-reported
    /// whatever attestations come with it.
    function test_aPatientSelfReportsWithoutAttestation() public {
        IRecordRegistry.Record memory r = _record(90, patient);
        bytes32 leaf = _bare(patient, r);
        (IRecordRegistry.Authorship a,) = records.verifyRecord(leaf, r, new bytes32[](0));
        assertEq(uint8(a), uint8(IRecordRegistry.Authorship.SelfReported));
    }
}
