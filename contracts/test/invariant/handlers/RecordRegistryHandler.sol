// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {MedToken} from "../../../src/MedToken.sol";
import {ProviderRegistry} from "../../../src/ProviderRegistry.sol";
import {RecordRegistry} from "../../../src/RecordRegistry.sol";
import {IProviderRegistry} from "../../../src/interfaces/IProviderRegistry.sol";
import {IRecordRegistry} from "../../../src/interfaces/IRecordRegistry.sol";
import {RecordLeaf} from "../../../src/libraries/RecordLeaf.sol";
import {Merkle} from "../../utils/Merkle.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Drives the RecordRegistry with honest patients and providers anchoring their records' next
/// versions singly and through the relayer's batches, a doctor whose certification comes and goes, and
/// a squatter (a registered patient) who anchors the victims' record ids at any version and previous
/// leaf, up to `type(uint32).max`, and front-runs their pending anchors.
/// Its ghost is a model kept from the calls it makes: every chain's versions and leaves, where and in
/// which block each leaf was anchored (with its proof), the versions of single anchors, and each
/// author's standing by block (patients, the always-certified doctor, the other doctor's certification
/// history as the handler changed it, an unregistered visitor). Each call's outcome is predicted from
/// it; a difference is counted in `mismatches`, and an honest anchor that the model says must succeed
/// but reverts, in `honestBlocked`.
contract RecordRegistryHandler is Test {
    uint16 internal constant CATEGORY = 3;

    /// @dev A record chain: one record id of one patient.
    struct RecordChain {
        bytes32 patientId;
        bytes32 recordId;
        address patient;
        uint32 version;
        bytes32 head;
    }

    /// @dev An anchored leaf and what proves it.
    struct Anchored {
        IRecordRegistry.Record record;
        bytes32 root;
        bytes32[] proof;
        uint256 blockNumber;
    }

    struct Checkpoint {
        uint256 blockNumber;
        bool certified;
    }

    RecordRegistry internal immutable _records;
    ProviderRegistry internal immutable _providers;
    MedToken internal immutable _token;
    address internal immutable _admin;
    address internal immutable _relayer;
    address internal immutable _treasury;

    address[] internal _patients;
    address public immutable doctor;
    address public immutable flakyDoctor;
    address public immutable squatter;
    address public immutable visitor;
    uint256 internal immutable _unbondingDelay;
    uint256 internal immutable _minStake;

    RecordChain[] internal _chains;
    Anchored[] internal _anchored;
    /// @dev Single anchors' versions, by leaf.
    mapping(bytes32 leaf => uint32) internal _singleVersion;
    mapping(bytes32 leaf => bool) internal _singleCertified;
    mapping(bytes32 root => bool) internal _rootUsed;
    /// @dev Leaves of each chain, in version order.
    mapping(uint256 chain => bytes32[]) internal _chainLeaves;
    mapping(bytes32 leaf => uint256 index) internal _anchoredIndex;
    Checkpoint[] internal _flakyHistory;
    bool internal _flakyCertified;
    uint256 internal _flakyUnbondAt;
    uint256 internal _nonce;
    /// @dev The key committee's members' signing keys: they attest the writes of doctors who hold the
    /// patients' WRITE consent (all the honest ones here).
    uint256[] internal _nodeKeys;

    uint256 public mismatches;
    string public firstMismatch;
    uint256 public honestBlocked;
    /// @notice Single anchors accepted from a certified author who was decertified later in the same
    /// block: `verifyRecord` classifies by the end of the anchoring block, not by the call.
    uint256 public decertifiedInAnchorBlock;
    mapping(string action => uint256) public successes;
    mapping(string action => uint256) public refusals;
    uint256 public calls;
    uint256 public productive;
    uint256 internal _succeeded;

    constructor(
        RecordRegistry records,
        ProviderRegistry providers,
        MedToken token,
        address admin,
        address relayer,
        address treasury,
        address[] memory patients,
        address doctor_,
        address flakyDoctor_,
        address squatter_,
        uint256[] memory nodeKeys
    ) {
        _nodeKeys = nodeKeys;
        _records = records;
        _providers = providers;
        _token = token;
        _admin = admin;
        _relayer = relayer;
        _treasury = treasury;
        _patients = patients;
        doctor = doctor_;
        flakyDoctor = flakyDoctor_;
        squatter = squatter_;
        visitor = makeAddr("unregistered visitor");
        IProviderRegistry.Params memory q = providers.params();
        _unbondingDelay = q.unbondingDelay;
        _minStake = q.minStake;
        // The test certified both doctors in this block.
        _flakyHistory.push(Checkpoint(block.number, true));
        _flakyCertified = true;
        for (uint256 p; p < patients.length; ++p) {
            for (uint256 k; k < 2; ++k) {
                _chains.push(
                    RecordChain({
                        patientId: keccak256(abi.encode("opaque patient id", p)),
                        recordId: keccak256(abi.encode("record", p, k)),
                        patient: patients[p],
                        version: 0,
                        head: bytes32(0)
                    })
                );
            }
        }
    }

    modifier counted() {
        ++calls;
        uint256 before = _succeeded;
        _;
        if (_succeeded > before) ++productive;
    }

    // ---------------------------------------------------------------- model

    /// @notice The authorship `verifyRecord` must report for `author` at the end of block `b`.
    function expectedAuthorship(address author, uint256 b) public view returns (IRecordRegistry.Authorship) {
        if (author == doctor || (author == flakyDoctor && _flakyAt(b))) {
            return IRecordRegistry.Authorship.CertifiedProvider;
        }
        if (author == squatter) return IRecordRegistry.Authorship.SelfReported;
        for (uint256 i; i < _patients.length; ++i) {
            if (_patients[i] == author) return IRecordRegistry.Authorship.SelfReported;
        }
        return IRecordRegistry.Authorship.Unqualified;
    }

    /// @notice The class `verifyRecord` must report for a leaf anchored in block `b`: a leaf its author
    /// anchored itself (`anchorRecord`) has the author's standing at that call (`CertifiedProvider`,
    /// else `SelfReported`); in a batch a certified author is the anchorer's word,
    /// `AttributedToProvider`, and otherwise the author's standing at the end of block `b`.
    function expectedClass(address author, uint256 b, bytes32 leaf)
        external
        view
        returns (IRecordRegistry.Authorship)
    {
        if (_singleVersion[leaf] != 0) {
            return _singleCertified[leaf]
                ? IRecordRegistry.Authorship.CertifiedProvider
                : IRecordRegistry.Authorship.SelfReported;
        }
        IRecordRegistry.Authorship a = expectedAuthorship(author, b);
        if (a == IRecordRegistry.Authorship.CertifiedProvider) {
            return IRecordRegistry.Authorship.AttributedToProvider;
        }
        return a;
    }

    function _flakyAt(uint256 b) internal view returns (bool) {
        for (uint256 i = _flakyHistory.length; i > 0; --i) {
            if (_flakyHistory[i - 1].blockNumber <= b) return _flakyHistory[i - 1].certified;
        }
        return false;
    }

    /// @dev Whether `author` may anchor singly now: certified now, or a registered patient.
    function _eligible(address author) internal view returns (bool) {
        if (author == doctor || (author == flakyDoctor && _flakyCertified)) return true;
        return expectedAuthorship(author, block.number) == IRecordRegistry.Authorship.SelfReported;
    }

    /// @dev The documented single-path rule: version 1 without a predecessor, a later one with one,
    /// exactly one above its predecessor when that was anchored singly; and a leaf is anchored once.
    function _followsRule(IRecordRegistry.Record memory r) internal view returns (bool) {
        if (r.version == 0 || (r.version == 1) != (r.previous == bytes32(0))) return false;
        uint32 prev = _singleVersion[r.previous];
        if (prev != 0 && uint256(prev) + 1 != r.version) return false;
        return !_rootUsed[_leaf(r)];
    }

    function _leaf(IRecordRegistry.Record memory r) internal pure returns (bytes32) {
        return RecordLeaf.hash(
            r.patientId, r.recordId, r.version, r.previous, r.ciphertextHash, r.author, r.category
        );
    }

    /// @dev The next version of chain `c`, by `author`.
    function _next(uint256 c, address author) internal returns (IRecordRegistry.Record memory) {
        RecordChain storage ch = _chains[c];
        return IRecordRegistry.Record({
            patientId: ch.patientId,
            recordId: ch.recordId,
            version: ch.version + 1,
            previous: ch.head,
            ciphertextHash: keccak256(abi.encode("ciphertext", ++_nonce)),
            author: author,
            category: CATEGORY
        });
    }

    function _remember(IRecordRegistry.Record memory r, bytes32 root, bytes32[] memory proof) internal {
        Anchored storage a = _anchored.push();
        a.record = r;
        a.root = root;
        a.proof = proof;
        a.blockNumber = block.number;
        _anchoredIndex[_leaf(r)] = _anchored.length;
    }

    function _advance(uint256 c, bytes32 leaf) internal {
        RecordChain storage ch = _chains[c];
        ++ch.version;
        ch.head = leaf;
        _chainLeaves[c].push(leaf);
    }

    function _check(bool predicted, bool ok, string memory what) internal {
        if (ok) ++_succeeded;
        if (predicted == ok) {
            if (ok) ++successes[what];
            else ++refusals[what];
            return;
        }
        if (mismatches++ == 0) {
            firstMismatch = string.concat(
                what, predicted ? ": reverted, expected success" : ": succeeded, expected revert"
            );
        }
    }

    function _anchorSingle(address caller, IRecordRegistry.Record memory r, string memory what)
        internal
        returns (bool ok)
    {
        return _anchorSingle(caller, r, what, true);
    }

    /// @dev `attested`: the committee attests the write (for a certified author; a patient needs none).
    function _anchorSingle(address caller, IRecordRegistry.Record memory r, string memory what, bool attested)
        internal
        returns (bool ok)
    {
        bool certifiedNow = caller == doctor || (caller == flakyDoctor && _flakyCertified);
        bool predicted =
            caller == r.author && _eligible(caller) && _followsRule(r) && (attested || !certifiedNow);
        uint64 deadline = uint64(block.timestamp + 10 minutes);
        bytes[] memory attestations = new bytes[](attested ? 2 : 1);
        bytes32 digest = _records.writeDigest(_leaf(r), deadline);
        for (uint256 i; i < attestations.length; ++i) {
            (uint8 v, bytes32 sr, bytes32 ss) = vm.sign(_nodeKeys[i], digest);
            attestations[i] = abi.encodePacked(sr, ss, v);
        }
        vm.prank(caller);
        try _records.anchorRecord(r, deadline, attestations) returns (bytes32 leaf) {
            ok = true;
            _check(true, leaf == _leaf(r), "leaf");
        } catch {}
        _check(predicted, ok, what);
        if (!ok) return ok;
        _singleVersion[_leaf(r)] = r.version;
        // Its class is the author's standing at the call (certified now, else a patient).
        _singleCertified[_leaf(r)] = r.author == doctor || (r.author == flakyDoctor && _flakyCertified);
        _rootUsed[_leaf(r)] = true;
        _remember(r, _leaf(r), new bytes32[](0));
    }

    // ---------------------------------------------------------------- actions

    /// @notice The patient of a chain, or a doctor, anchors its next version singly. When the model says
    /// the author may (certified now, or a patient), the call must succeed: nothing anyone else did
    /// blocks it.
    function anchorSingle(uint256 chainSeed, uint256 authorSeed) external counted {
        uint256 c = chainSeed % _chains.length;
        address author = authorSeed % 3 == 0 ? _chains[c].patient : authorSeed % 3 == 1 ? doctor : flakyDoctor;
        _honestSingle(c, author);
    }

    function _honestSingle(uint256 c, address author) internal {
        IRecordRegistry.Record memory r = _next(c, author);
        bool eligible = _eligible(author);
        bool ok = _anchorSingle(author, r, eligible ? "honest single" : "ineligible single");
        if (eligible && !ok) ++honestBlocked;
        if (ok) _advance(c, _leaf(r));
    }

    /// @notice The relayer anchors the next versions of up to four chains in one batch, by any of the
    /// authors (the unregistered visitor too: the batch path does not check authors, `verifyRecord` tells).
    function anchorBatch(uint256 mask, uint256 authorSeed) external counted {
        bytes32[] memory leaves = new bytes32[](4);
        IRecordRegistry.Record[] memory recs = new IRecordRegistry.Record[](4);
        uint256[] memory chainOf = new uint256[](4);
        uint256 n;
        mask = mask % 15 + 1;
        for (uint256 c; c < _chains.length && n < 4; ++c) {
            if (mask & (1 << c) == 0) continue;
            uint256 pick = (authorSeed >> (2 * c)) % 4;
            address author =
                pick == 0 ? _chains[c].patient : pick == 1 ? doctor : pick == 2 ? flakyDoctor : visitor;
            recs[n] = _next(c, author);
            leaves[n] = _leaf(recs[n]);
            chainOf[n] = c;
            ++n;
        }
        // Padding, never a record's leaf.
        for (uint256 i = n; i < 4; ++i) {
            leaves[i] = keccak256(abi.encode("padding", ++_nonce));
        }
        bytes32 root = Merkle.root(leaves);
        vm.prank(_relayer);
        bool ok;
        try _records.anchorBatch(root, keccak256(abi.encode("manifest", root)), uint32(n)) {
            ok = true;
        } catch {}
        _check(!_rootUsed[root], ok, "batch");
        if (!ok) {
            ++honestBlocked;
            return;
        }
        _rootUsed[root] = true;
        for (uint256 i; i < n; ++i) {
            _remember(recs[i], root, Merkle.proof(leaves, i));
            _advance(chainOf[i], leaves[i]);
        }
    }

    /// @notice The squatter anchors a victim's record id at some version (1, the victim's, the next, one
    /// beyond, `type(uint32).max`, any) after some leaf (none, the victim's head, its own last, any).
    function squat(uint256 chainSeed, uint256 versionSeed, uint256 previousSeed) external counted {
        RecordChain storage ch = _chains[chainSeed % _chains.length];
        uint32[6] memory versions = [
            uint32(1), ch.version, ch.version + 1, ch.version + 2, type(uint32).max, uint32(versionSeed >> 8)
        ];
        bytes32 own = _anchored.length == 0 ? bytes32(0) : _leaf(_anchored[_anchored.length - 1].record);
        bytes32[4] memory previous = [bytes32(0), ch.head, own, keccak256(abi.encode(previousSeed))];
        IRecordRegistry.Record memory r = IRecordRegistry.Record({
            patientId: ch.patientId,
            recordId: ch.recordId,
            version: versions[versionSeed % 6],
            previous: previous[previousSeed % 4],
            ciphertextHash: keccak256(abi.encode("squat", ++_nonce)),
            author: squatter,
            category: CATEGORY
        });
        _anchorSingle(squatter, r, "squat");
    }

    /// @notice The squatter sees a patient's pending anchor and gets in first: with her very record (refused:
    /// not its author), then with a copy naming itself. Her anchor must still go through.
    function frontRun(uint256 chainSeed) external counted {
        uint256 c = chainSeed % _chains.length;
        IRecordRegistry.Record memory pending = _next(c, _chains[c].patient);
        _anchorSingle(squatter, pending, "front-run as her");
        IRecordRegistry.Record memory copy = IRecordRegistry.Record({
            patientId: pending.patientId,
            recordId: pending.recordId,
            version: pending.version,
            previous: pending.previous,
            ciphertextHash: pending.ciphertextHash,
            author: squatter,
            category: pending.category
        });
        _anchorSingle(squatter, copy, "front-run copy");
        bool ok = _anchorSingle(pending.author, pending, "honest single");
        if (!ok) ++honestBlocked;
        else _advance(c, _leaf(pending));
    }

    /// @notice A certified doctor without the patient's WRITE consent writes into her record: the
    /// committee gives one member's word at most (below its threshold). Refused, whatever the version.
    function writeWithoutConsent(uint256 chainSeed, bool flaky) external counted {
        uint256 c = chainSeed % _chains.length;
        IRecordRegistry.Record memory r = _next(c, flaky ? flakyDoctor : doctor);
        _anchorSingle(r.author, r, "write without consent", false);
    }

    /// @notice The second doctor's certification changes: it leaves (decertified in this block), or,
    /// once unbonded, withdraws, applies again and is certified.
    function toggleDoctor() external counted {
        _toggle();
    }

    function _toggle() internal {
        bool ok;
        if (_flakyCertified) {
            vm.prank(flakyDoctor);
            try _providers.leave() {
                ok = true;
            } catch {}
            _check(true, ok, "decertify");
            if (!ok) return;
            _flakyCertified = false;
            _flakyUnbondAt = block.timestamp + _unbondingDelay;
            _flakyHistory.push(Checkpoint(block.number, false));
            return;
        }
        if (block.timestamp < _flakyUnbondAt) vm.warp(_flakyUnbondAt);
        vm.startPrank(flakyDoctor);
        try _providers.withdraw() {
            ok = true;
        } catch {}
        vm.stopPrank();
        vm.prank(_treasury);
        _token.transfer(flakyDoctor, _minStake);
        vm.startPrank(flakyDoctor);
        _token.approve(address(_providers), _minStake);
        try _providers.applyForCertification(_minStake, bytes32("again")) {}
        catch {
            ok = false;
        }
        vm.stopPrank();
        vm.prank(_admin);
        try _providers.certify(flakyDoctor, bytes32("again")) {}
        catch {
            ok = false;
        }
        _check(true, ok, "recertify");
        if (!ok) return;
        _flakyCertified = true;
        _flakyHistory.push(Checkpoint(block.number, true));
    }

    /// @notice The flaky doctor anchors singly and is decertified in the same block.
    function anchorThenDecertify(uint256 chainSeed) external counted {
        if (!_flakyCertified) return;
        uint256 c = chainSeed % _chains.length;
        uint256 before = _anchored.length;
        _honestSingle(c, flakyDoctor);
        if (_anchored.length == before) return;
        _toggle();
        if (!_flakyCertified) ++decertifiedInAnchorBlock;
    }

    function roll(uint256 blocks) external counted {
        vm.roll(block.number + 1 + blocks % 3);
        vm.warp(block.timestamp + 12);
        ++_succeeded;
    }

    // ---------------------------------------------------------------- views for the invariants

    function chainCount() external view returns (uint256) {
        return _chains.length;
    }

    function chain(uint256 c) external view returns (RecordChain memory) {
        return _chains[c];
    }

    function chainLeaves(uint256 c) external view returns (bytes32[] memory) {
        return _chainLeaves[c];
    }

    function anchoredCount() external view returns (uint256) {
        return _anchored.length;
    }

    function anchored(uint256 i) external view returns (Anchored memory) {
        return _anchored[i];
    }

    /// @notice Where leaf `leaf` was anchored (index + 1; 0 if never).
    function anchoredIndex(bytes32 leaf) external view returns (uint256) {
        return _anchoredIndex[leaf];
    }

    function singleVersion(bytes32 leaf) external view returns (uint32) {
        return _singleVersion[leaf];
    }

    /// @notice The next version of chain `c`, as its patient would write it, never anchored.
    function pending(uint256 c) external view returns (IRecordRegistry.Record memory) {
        RecordChain storage ch = _chains[c];
        return IRecordRegistry.Record({
            patientId: ch.patientId,
            recordId: ch.recordId,
            version: ch.version + 1,
            previous: ch.head,
            ciphertextHash: keccak256(abi.encode("never anchored", c, ch.version)),
            author: ch.patient,
            category: CATEGORY
        });
    }
}
