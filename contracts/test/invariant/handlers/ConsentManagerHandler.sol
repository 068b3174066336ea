// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {ConsentManager} from "../../../src/ConsentManager.sol";
import {IConsentManager} from "../../../src/interfaces/IConsentManager.sol";
import {IProviderRegistry} from "../../../src/interfaces/IProviderRegistry.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Drives the ConsentManager with direct, signed (fresh, presigned, replayed) and guardian consent
/// changes, a front-running attacker writing the same grant ids in his own namespace, break-glass by
/// salted tag (by certified and uncertified providers, and with the zero tag) and reviews submitted by
/// third parties with attestations that are (or are not) enough, right and distinct. Its ghost model is
/// kept from the calls it makes alone (terms, nonces, emergency records, windows keyed by tag and
/// provider, review states): nothing in it is read back from the ConsentManager. Each call's outcome is
/// predicted from the model first; an outcome that differs is counted in `mismatches`.
contract ConsentManagerHandler is Test {
    bytes32 internal constant TAG = keccak256("medvault.grant-id.v1");
    bytes32 internal constant CONSENT_CHANGE_TYPEHASH = keccak256(
        "ConsentChange(address controller,bytes32 grantId,uint8 access,uint64 expiresAt,bytes32 noticeHash,uint64 nonce,uint256 deadline)"
    );
    bytes32 internal constant EMERGENCY_TAG = keccak256("medvault.emergency-tag.v1");
    bytes32 internal constant EMERGENCY_REVIEW_TYPEHASH =
        keccak256("EmergencyReview(uint256 emergencyId,bool accept,bytes32 evidence,address challenger)");
    /// @dev The committee's threshold, as the invariant test sets it.
    uint256 internal constant THRESHOLD = 2;

    ConsentManager internal immutable _consent;
    IProviderRegistry internal immutable _providers;
    uint64 internal immutable _emergencyDuration;
    /// @dev Break-glass callers: certified providers first, then an uncertified one.
    address[] internal _emergencyCallers;
    uint256[] internal _nodeKeys;
    address[] internal _guardians;
    /// @dev The break-glass budget model, from the documented rule (not read from the contract).
    uint32 internal constant MAX_EMERGENCIES_PER_DAY = 5;
    uint64 internal constant DISPUTE_BAR = 30 days;
    mapping(address provider => uint32) internal _opens;
    mapping(address provider => uint64) internal _windowStart;
    mapping(address provider => uint64) internal _barredUntil;
    address internal immutable _attacker;
    uint256 internal immutable _attackerKey;

    /// @dev A consent the handler tracks: a grant id in one controller's namespace, and the key that signs
    /// for that controller. `own`: the patient's own namespace (her guardians act there).
    struct Slot {
        address controller;
        bytes32 grantId;
        uint256 key;
        bool own;
    }

    struct Terms {
        uint8 access;
        uint64 expiresAt;
        uint64 nonce;
    }

    struct Signed {
        uint256 slot;
        /// @dev How many changes its consent had seen when it was signed.
        uint256 changesAtSigning;
        IConsentManager.ConsentChange change;
        bytes signature;
        bytes notice;
    }

    Slot[] internal _slots;
    uint256[] internal _ownSlots;
    mapping(uint256 slot => Terms) internal _model;
    Signed[] internal _signed;
    /// @dev Changes applied to each slot, by any path (direct, signed, guardians).
    mapping(uint256 slot => uint256) internal _changes;
    /// @notice Keeps every ConsentChange signature it ever saw and replays them.
    address public immutable staleHolder = makeAddr("stale signature holder");
    /// @notice Signatures that applied although their consent had changed since they were signed.
    uint256 public staleApplied;
    bool internal _replaying;
    uint256 internal _actionSalt;

    /// @dev An emergency as the handler opened it.
    struct EmergencyModel {
        bytes32 tag;
        address provider;
        uint64 openedAt;
        uint64 expiresAt;
        uint16 reasonCode;
        IConsentManager.EmergencyStatus status;
    }

    /// @dev A review as submitted.
    struct Review {
        uint256 id;
        bool accept;
        bytes32 evidence;
        address challenger;
        bytes[] sigs;
    }

    /// @dev Salted tags of the patients (two salts each), computed here from their preimages.
    bytes32[] internal _tags;
    mapping(bytes32 tag => mapping(address provider => uint64 until)) internal _until;
    /// @dev Index id - 1.
    EmergencyModel[] internal _emergencyModels;
    uint256 internal _oneTimeKeys;

    /// @notice Calls whose outcome differed from the model's prediction.
    uint256 public mismatches;
    /// @notice The first of them.
    string public firstMismatch;
    /// @notice Successful calls per action, for coverage.
    mapping(string action => uint256) public successes;
    /// @notice Calls refused, as predicted, per action.
    mapping(string action => uint256) public refusals;

    constructor(
        ConsentManager consent_,
        IProviderRegistry providers_,
        uint64 emergencyDuration_,
        address[] memory certified_,
        address uncertified_,
        uint256[] memory nodeKeys_,
        address[] memory patients_,
        uint256[] memory patientKeys_,
        address[] memory grantees_,
        address[] memory guardians_,
        uint256 attackerKey_
    ) {
        _consent = consent_;
        _providers = providers_;
        _emergencyDuration = emergencyDuration_;
        _emergencyCallers = certified_;
        _emergencyCallers.push(uncertified_);
        _nodeKeys = nodeKeys_;
        _guardians = guardians_;
        _attacker = vm.addr(attackerKey_);
        _attackerKey = attackerKey_;
        for (uint256 p; p < patients_.length; ++p) {
            for (uint256 k; k < 2; ++k) {
                _tags.push(
                    keccak256(abi.encode(EMERGENCY_TAG, patients_[p], keccak256(abi.encode("salt", p, k))))
                );
            }
            // The pseudonym the patient's client derives to hold her guardian set.
            (address setController, uint256 setKey) = makeAddrAndKey(guardianSetName(p));
            for (uint256 g; g < grantees_.length; ++g) {
                // The pseudonym the patient's client derives for this relationship.
                (address controller, uint256 controllerKey) =
                    makeAddrAndKey(string.concat("controller ", vm.toString(p), "/", vm.toString(g)));
                for (uint256 t; t < 2; ++t) {
                    _track(patients_[p], grantees_[g], controller, controllerKey, setController, setKey, t);
                }
            }
        }
    }

    /// @notice The label the guardian-set controller of patient `p` is made from (the test derives the
    /// same one to propose the set).
    function guardianSetName(uint256 p) public pure returns (string memory) {
        return string.concat("guardian set ", vm.toString(p));
    }

    /// @dev Tracks one grant of `patient` to `grantee`: under its relationship controller, the same grant
    /// id in the attacker's namespace, and the guardian-made version under her guardian-set controller.
    function _track(
        address patient,
        address grantee,
        address controller,
        uint256 controllerKey,
        address setController,
        uint256 setKey,
        uint256 t
    ) internal {
        (bytes32 relId, bytes32 ownId) = _ids(patient, grantee, controller, setController, t);
        _slots.push(Slot(controller, relId, controllerKey, false));
        // The attacker front-runs the same grant id in his own namespace.
        _slots.push(Slot(_attacker, relId, _attackerKey, false));
        // A guardian-made consent: its preimage names the guardian-set controller.
        _ownSlots.push(_slots.length);
        _slots.push(Slot(setController, ownId, setKey, true));
    }

    /// @dev Grant `t` (0: a record of the patient's, 1: category 3) of `patient` to `grantee`, controlled by
    /// `controller` and by her guardian-set controller `setController`.
    function _ids(address patient, address grantee, address controller, address setController, uint256 t)
        internal
        pure
        returns (bytes32 relId, bytes32 ownId)
    {
        IConsentManager.Scope scope = t == 0 ? IConsentManager.Scope.Record : IConsentManager.Scope.Category;
        bytes32 target = t == 0 ? keccak256(abi.encode("record", patient)) : bytes32(uint256(3));
        bytes32 salt = keccak256(abi.encode("salt", patient, grantee, t));
        relId = _grantId(patient, grantee, scope, target, salt, controller);
        ownId = _grantId(patient, grantee, scope, target, salt, setController);
    }

    // ---------------------------------------------------------------- model

    function slotsLength() external view returns (uint256) {
        return _slots.length;
    }

    function slot(uint256 i) external view returns (address controller, bytes32 grantId) {
        return (_slots[i].controller, _slots[i].grantId);
    }

    function model(uint256 i) external view returns (uint8 access, uint64 expiresAt, uint64 nonce) {
        Terms memory m = _model[i];
        return (m.access, m.expiresAt, m.nonce);
    }

    /// @notice What `isLive` must answer for slot `i` at `access`.
    function expectedLive(uint256 i, uint8 access) external view returns (bool) {
        Terms memory m = _model[i];
        return access != 0 && m.access >= access && block.timestamp < m.expiresAt;
    }

    function tagsLength() external view returns (uint256) {
        return _tags.length;
    }

    function tags(uint256 i) external view returns (bytes32) {
        return _tags[i];
    }

    function emergencyCallersLength() external view returns (uint256) {
        return _emergencyCallers.length;
    }

    function emergencyCallers(uint256 i) external view returns (address) {
        return _emergencyCallers[i];
    }

    /// @notice The break-glass budget the model holds for `provider`.
    function budget(address provider) external view returns (uint32, uint64, uint64) {
        return (_opens[provider], _windowStart[provider], _barredUntil[provider]);
    }

    /// @notice The window the model holds for `provider` on `tag`.
    function emergencyUntil(bytes32 tag, address provider) external view returns (uint64) {
        return _until[tag][provider];
    }

    function emergencyCount() external view returns (uint256) {
        return _emergencyModels.length;
    }

    /// @notice Emergency `id` as the model holds it.
    function emergency(uint256 id) external view returns (EmergencyModel memory) {
        return _emergencyModels[id - 1];
    }

    function _grantId(
        address patient,
        address grantee,
        IConsentManager.Scope scope,
        bytes32 target,
        bytes32 salt,
        address controller
    ) internal pure returns (bytes32) {
        return keccak256(abi.encode(TAG, patient, grantee, scope, target, salt, controller));
    }

    /// @dev Whether a change with these terms applies to slot `s` now (the checks after authorisation).
    function _applies(uint256 s, uint8 access, uint64 expiresAt) internal view returns (bool) {
        if (access == 0) return _model[s].access != 0;
        return expiresAt > block.timestamp;
    }

    function _apply(uint256 s, uint8 access, uint64 expiresAt) internal {
        ++_changes[s];
        Terms storage m = _model[s];
        m.access = access;
        m.expiresAt = access == 0 ? 0 : expiresAt;
        ++m.nonce;
        _replayAfterChange(s);
    }

    function _check(bool predicted, bool ok, string memory what) internal {
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

    // ---------------------------------------------------------------- helpers

    function _terms(uint8 accessSeed, uint64 lifetime)
        internal
        view
        returns (uint8 access, uint64 expiresAt)
    {
        access = accessSeed % 3;
        // Lifetime 0 asks for an expiry that is not in the future: a grant must fail.
        expiresAt = access == 0 ? 0 : uint64(block.timestamp + bound(lifetime, 0, 3 days));
    }

    function _notice(uint8 access, uint256 s) internal view returns (bytes memory) {
        return access == 0 ? bytes("") : abi.encode("sealed notice", s, block.timestamp);
    }

    function _submitter(uint256 seed) internal pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encode("submitter", seed % 4)))));
    }

    function _digest(IConsentManager.ConsentChange memory c) internal view returns (bytes32) {
        bytes32 domain = keccak256(
            abi.encode(
                keccak256(
                    "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
                ),
                keccak256("MedvaultConsent"),
                keccak256("1"),
                block.chainid,
                address(_consent)
            )
        );
        bytes32 structHash = keccak256(
            abi.encode(
                CONSENT_CHANGE_TYPEHASH,
                c.controller,
                c.grantId,
                c.access,
                c.expiresAt,
                c.noticeHash,
                c.nonce,
                c.deadline
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", domain, structHash));
    }

    /// @dev Signs a change of slot `s` at its model nonce, and keeps it for later submission or replay.
    function _sign(uint256 s, uint8 access, uint64 expiresAt, uint256 deadline) internal returns (uint256 i) {
        Slot memory sl = _slots[s];
        bytes memory notice = _notice(access, s);
        IConsentManager.ConsentChange memory c = IConsentManager.ConsentChange({
            controller: sl.controller,
            grantId: sl.grantId,
            access: IConsentManager.Access(access),
            expiresAt: expiresAt,
            noticeHash: keccak256(notice),
            nonce: _model[s].nonce,
            deadline: deadline
        });
        (uint8 v, bytes32 r, bytes32 sig) = vm.sign(sl.key, _digest(c));
        i = _signed.length;
        _signed.push(Signed(s, _changes[s], c, abi.encodePacked(r, sig, v), notice));
    }

    /// @dev Submits signed change `i`, with another notice than the signed one if `wrongNotice`.
    function _submitSigned(uint256 i, uint256 submitterSeed, bool wrongNotice, string memory what) internal {
        Signed memory sg = _signed[i];
        IConsentManager.ConsentChange memory c = sg.change;
        bool predicted = !wrongNotice && block.timestamp <= c.deadline && c.nonce == _model[sg.slot].nonce
            && _applies(sg.slot, uint8(c.access), c.expiresAt);
        bytes memory notice = wrongNotice ? bytes.concat(sg.notice, "x") : sg.notice;
        vm.prank(_submitter(submitterSeed));
        bool ok;
        try _consent.setConsentBySig(c, sg.signature, notice) {
            ok = true;
        } catch {}
        _check(predicted, ok, what);
        if (ok && _changes[sg.slot] != sg.changesAtSigning) ++staleApplied;
        if (ok) _apply(sg.slot, uint8(c.access), c.expiresAt);
    }

    // ---------------------------------------------------------------- actions

    /// @notice A change by the slot's controller: directly, or signed and submitted at once by anyone.
    function change(uint256 s, uint8 accessSeed, uint64 lifetime, bool signed, uint256 submitterSeed)
        external
    {
        s = bound(s, 0, _slots.length - 1);
        (uint8 access, uint64 expiresAt) = _terms(accessSeed, lifetime);
        if (signed) {
            _submitSigned(_sign(s, access, expiresAt, block.timestamp), submitterSeed, false, "signed change");
            return;
        }
        _direct(s, access, expiresAt);
    }

    function _direct(uint256 s, uint8 access, uint64 expiresAt) internal {
        _direct(s, access, expiresAt, "direct change");
    }

    function _direct(uint256 s, uint8 access, uint64 expiresAt, string memory what) internal {
        bool predicted = _applies(s, access, expiresAt);
        bytes memory notice = _notice(access, s);
        vm.prank(_slots[s].controller);
        bool ok;
        try _consent.setConsent(_slots[s].grantId, IConsentManager.Access(access), expiresAt, notice) {
            ok = true;
        } catch {}
        _check(predicted, ok, what);
        if (ok) _apply(s, access, expiresAt);
    }

    /// @notice A change signed now at the current nonce and kept for later.
    function presign(uint256 s, uint8 accessSeed, uint64 lifetime, uint32 validFor) external {
        s = bound(s, 0, _slots.length - 1);
        (uint8 access, uint64 expiresAt) = _terms(accessSeed, lifetime);
        // Keep grants valid for a while, so that a late submission is refused for its nonce, not its expiry.
        if (access != 0) expiresAt += 3 days;
        // Mostly long-lived, so that a late submission is refused for its nonce, not its deadline.
        _sign(s, access, expiresAt, block.timestamp + bound(validFor, 0, 30 days));
    }

    /// @notice The stale-signature holder replays one of every signature it ever saw (submitted or not),
    /// with its signed notice: it may apply only if no change, by any path, reached its consent since it
    /// was signed (and its deadline has not passed).
    function staleReplay(uint256 i) external {
        if (_signed.length == 0 || i % 4 == 0) {
            // The holder sees a signature whose controller then grants directly instead.
            uint256 s = bound(i >> 2, 0, _slots.length - 1);
            (uint8 access, uint64 expiresAt) = _terms(uint8(i >> 8), uint64(i >> 16));
            if (access != 0) expiresAt += 3 days;
            _sign(s, access, expiresAt, block.timestamp + 30 days);
            _direct(
                s,
                uint8(1 + (i >> 24) % 2),
                uint64(block.timestamp + 1 hours + (i >> 32) % 3 days),
                "change after signing"
            );
        }
        _replay(bound(i, 0, _signed.length - 1), i % 8 != 1);
    }

    /// @dev Replays signature `i`, or, if `preferStale`, the first one from `i` on whose consent changed
    /// since it was signed.
    function _replay(uint256 i, bool preferStale) internal {
        for (uint256 k; k < _signed.length && preferStale; ++k) {
            uint256 j = (i + k) % _signed.length;
            if (_changes[_signed[j].slot] != _signed[j].changesAtSigning) {
                i = j;
                break;
            }
        }
        Signed memory sg = _signed[i];
        bool stale = _changes[sg.slot] != sg.changesAtSigning;
        bool predicted = !stale && block.timestamp <= sg.change.deadline
            && _applies(sg.slot, uint8(sg.change.access), sg.change.expiresAt);
        vm.prank(staleHolder);
        bool ok;
        try _consent.setConsentBySig(sg.change, sg.signature, sg.notice) {
            ok = true;
        } catch {}
        _check(predicted, ok, stale ? "stale replay" : "fresh replay");
        if (ok && stale) ++staleApplied;
        if (ok) _apply(sg.slot, uint8(sg.change.access), sg.change.expiresAt);
    }

    /// @dev The stale holder watches: right after a change it replays a signature made before it.
    function _replayAfterChange(uint256 s) internal {
        if (_replaying) return;
        for (uint256 i = _signed.length; i > 0; --i) {
            if (_signed[i - 1].slot != s || _changes[s] == _signed[i - 1].changesAtSigning) continue;
            _replaying = true;
            _replay(i - 1, false);
            _replaying = false;
            return;
        }
    }

    /// @notice Saved signature `i`: the nonce it was made for and how many changes its consent has seen
    /// since.
    function signedAt(uint256 i)
        external
        view
        returns (address controller, bytes32 grantId, uint64 nonce, uint256 changesSince)
    {
        Signed storage sg = _signed[i];
        return
            (
                sg.change.controller,
                sg.change.grantId,
                sg.change.nonce,
                _changes[sg.slot] - sg.changesAtSigning
            );
    }

    function signedLength() external view returns (uint256) {
        return _signed.length;
    }

    /// @notice Submits (or replays) any change signed earlier: it applies only if its nonce is still the
    /// consent's next one, its deadline has not passed and it comes with the signed notice.
    function submitSigned(uint256 i, uint256 submitterSeed, uint8 wrongNotice) external {
        if (_signed.length == 0) return;
        // One submission in eight carries another notice than the signed one.
        _submitSigned(
            bound(i, 0, _signed.length - 1), submitterSeed, wrongNotice % 8 == 0, "late signed change"
        );
    }

    /// @notice Both guardians approve, each with its Merkle proof, a fresh action on a consent under the
    /// patient's guardian-set controller; the second approval runs it (with the wrong notice if
    /// `wrongNotice`).
    function guardianChange(uint256 o, uint8 accessSeed, uint64 lifetime, bool wrongNotice) external {
        uint256 s = _ownSlots[bound(o, 0, _ownSlots.length - 1)];
        Slot memory sl = _slots[s];
        (uint8 access, uint64 expiresAt) = _terms(accessSeed, lifetime);
        bytes memory notice = _notice(access, s);
        IConsentManager.GuardianAction memory a = IConsentManager.GuardianAction({
            grantId: sl.grantId,
            access: IConsentManager.Access(access),
            expiresAt: expiresAt,
            noticeHash: keccak256(notice),
            salt: bytes32(++_actionSalt),
            deadline: uint64(block.timestamp + 7 days)
        });
        bool ok;
        bool executed;
        vm.prank(_guardians[0]);
        try _consent.approveGuardianAction(sl.controller, a, _memberProof(sl.controller, 0), notice) returns (
            bytes32, bool e
        ) {
            ok = true;
            executed = e;
        } catch {}
        _check(true, ok && !executed, "guardian approval");
        executed = false;
        vm.prank(_guardians[1]);
        try _consent.approveGuardianAction(
            sl.controller, a, _memberProof(sl.controller, 1), wrongNotice ? bytes("forged") : notice
        ) returns (
            bytes32, bool e
        ) {
            executed = e;
        } catch {}
        _check(!wrongNotice && _applies(s, access, expiresAt), executed, "guardian execution");
        if (executed) _apply(s, access, expiresAt);
    }

    /// @notice The two guardians' leaves under `setController`, from the documented formula.
    function memberLeaves(address setController) public view returns (bytes32[] memory leaves) {
        leaves = new bytes32[](2);
        for (uint256 i; i < 2; ++i) {
            leaves[i] = keccak256(bytes.concat(keccak256(abi.encode(setController, _guardians[i]))));
        }
    }

    /// @dev Guardian `i`'s proof in the two-member set: the other leaf.
    function _memberProof(address setController, uint256 i) internal view returns (bytes32[] memory proof) {
        proof = new bytes32[](1);
        proof[0] = memberLeaves(setController)[1 - i];
    }

    /// @notice Provider `c` (certified, or the uncertified one) breaks glass on tag `t` (or the zero tag).
    function breakGlass(uint256 c, uint256 t, uint16 reasonCode) external {
        address provider = _emergencyCallers[bound(c, 0, _emergencyCallers.length - 1)];
        // One call in (tags + 1) uses the zero tag.
        t = bound(t, 0, _tags.length);
        bytes32 tag = t == _tags.length ? bytes32(0) : _tags[t];
        // Certification is the provider registry's state, not the ConsentManager's; the budget is the
        // model's: at most MAX opens per day-long window, none while barred after a dispute.
        bool windowOver = block.timestamp >= uint256(_windowStart[provider]) + 1 days;
        uint32 opens = windowOver ? 0 : _opens[provider];
        bool predicted = _providers.isCertified(provider) && tag != bytes32(0)
            && block.timestamp >= _barredUntil[provider] && opens < MAX_EMERGENCIES_PER_DAY;
        vm.prank(provider);
        uint256 id;
        bool ok;
        try _consent.breakGlass(tag, reasonCode, abi.encode("sealed", tag, block.timestamp)) returns (
            uint256 id_
        ) {
            ok = true;
            id = id_;
        } catch {}
        _check(predicted, ok, "breakGlass");
        if (!ok) return;
        if (windowOver) _windowStart[provider] = uint64(block.timestamp);
        _opens[provider] = opens + 1;
        uint64 until = uint64(block.timestamp) + _emergencyDuration;
        _emergencyModels.push(
            EmergencyModel(
                tag,
                provider,
                uint64(block.timestamp),
                until,
                reasonCode,
                IConsentManager.EmergencyStatus.Open
            )
        );
        _check(true, id == _emergencyModels.length, "emergency id");
        if (until > _until[tag][provider]) _until[tag][provider] = until;
    }

    /// @notice A third party submits a review of emergency `which` (possibly unknown). `members` picks the
    /// key nodes that sign (all of them, or those of its low bits); `forgery` picks what they sign: 0 the review submitted, 1 the
    /// other accept flag, 2 other evidence, 3 another challenger, 4 another emergency; `extra` adds a
    /// repeated member signature (bit 0) and a non-member's (bit 1). It must apply exactly when the
    /// emergency is open and at least THRESHOLD distinct members signed the review submitted.
    function review(
        uint256 which,
        bool accept,
        uint8 members,
        uint8 forgery,
        uint8 extra,
        bool zeroChallenger
    ) external {
        uint256 n = _emergencyModels.length;
        if (n == 0) return;
        Review memory r;
        // Mostly known ids; now and then 0 or one past the last.
        r.id = bound(which, 0, n + 1);
        r.accept = accept;
        // Three calls in four sign the very review submitted.
        forgery %= 16;
        if (forgery > 4) forgery = 0;
        r.evidence = keccak256(abi.encode("evidence", r.id, block.timestamp));
        r.challenger = zeroChallenger || accept
            ? address(0)
            : address(uint160(uint256(keccak256(abi.encode("one-time dispute key", ++_oneTimeKeys)))));
        bytes32 digest = _reviewDigest(
            forgery == 4 ? r.id + 1 : r.id,
            forgery == 1 ? !accept : accept,
            forgery == 2 ? keccak256("forged evidence") : r.evidence,
            forgery == 3 ? address(0xBAD) : r.challenger
        );
        uint256 distinct;
        (r.sigs, distinct) = _attestations(digest, members, extra);
        bool predicted = r.id != 0 && r.id <= n
            && _emergencyModels[r.id - 1].status == IConsentManager.EmergencyStatus.Open && forgery == 0
            && distinct >= THRESHOLD;
        _submitReview(r, predicted, _submitter(uint256(digest)));
    }

    function _submitReview(Review memory r, bool predicted, address submitter) internal {
        uint256 reviewsBefore = _providers.reviewCount();
        vm.prank(submitter);
        bool ok;
        try _consent.reviewEmergency(r.id, r.accept, r.evidence, r.challenger, r.sigs) {
            ok = true;
        } catch {}
        _check(predicted, ok, r.accept ? "attested accept" : "attested dispute");
        uint256 reviewsAfter = _providers.reviewCount();
        if (!ok || r.accept) {
            _check(true, reviewsAfter == reviewsBefore, "no challenge without a dispute");
            if (ok) _emergencyModels[r.id - 1].status = IConsentManager.EmergencyStatus.Accepted;
            return;
        }
        EmergencyModel storage e = _emergencyModels[r.id - 1];
        e.status = IConsentManager.EmergencyStatus.Disputed;
        _until[e.tag][e.provider] = 0;
        _barredUntil[e.provider] = uint64(block.timestamp) + DISPUTE_BAR;
        // A challenge, if one opened, is on the provider and brought by the one-time key, never by a patient.
        if (reviewsAfter == reviewsBefore) return;
        _check(true, reviewsAfter == reviewsBefore + 1, "one challenge");
        IProviderRegistry.Review memory rv = _providers.review(reviewsAfter);
        _check(
            true, rv.subject == e.provider && rv.challenger == r.challenger, "challenge by the one-time key"
        );
        _check(true, rv.evidence == r.evidence && r.challenger != address(0), "challenge evidence");
        ++successes["challenge opened"];
    }

    function _reviewDigest(uint256 id, bool accept, bytes32 evidence, address challenger)
        internal
        view
        returns (bytes32)
    {
        bytes32 domain = keccak256(
            abi.encode(
                keccak256(
                    "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
                ),
                keccak256("MedvaultConsent"),
                keccak256("1"),
                block.chainid,
                address(_consent)
            )
        );
        return keccak256(
            abi.encodePacked(
                "\x19\x01",
                domain,
                keccak256(abi.encode(EMERGENCY_REVIEW_TYPEHASH, id, accept, evidence, challenger))
            )
        );
    }

    function _attestations(bytes32 digest, uint8 members, uint8 extra)
        internal
        view
        returns (bytes[] memory sigs, uint256 distinct)
    {
        sigs = new bytes[](_nodeKeys.length + 2);
        uint256 k;
        if (extra & 2 != 0) sigs[k++] = _signature(uint256(keccak256("not a key node")), digest);
        // Bit 7: every member signs; else the low bits pick them.
        if (members & 0x80 != 0) members = 0xff;
        for (uint256 i; i < _nodeKeys.length && i < 7; ++i) {
            if (members & (1 << i) == 0) continue;
            sigs[k++] = _signature(_nodeKeys[i], digest);
            ++distinct;
        }
        if (extra & 1 != 0 && k > 0) {
            sigs[k] = sigs[k - 1];
            ++k;
        }
        assembly ("memory-safe") {
            mstore(sigs, k)
        }
    }

    function _signature(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    function warp(uint256 secondsAhead) external {
        vm.warp(block.timestamp + bound(secondsAhead, 1, 1 days));
    }
}
