// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IConsentManager} from "../src/interfaces/IConsentManager.sol";
import {IProviderRegistry} from "../src/interfaces/IProviderRegistry.sol";
import {ConsentTestBase} from "./utils/ConsentTestBase.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice What an observer of the chain learns. Every consent operation is run as the client runs it
/// (a pseudonymous controller, signed changes submitted by a third-party relayer, sealed notices), then
/// every topic and data word of every log, and every byte of the calldata sent, is searched for the
/// patient, the grantee, the category and the record id. The documented exceptions are asserted to be
/// exactly where they are documented, and nowhere else. Break-glass and its review are run the same way: a
/// salted tag in place of the patient, a review attested by the key committee and submitted by a third
/// party, a one-time key bringing the dispute's challenge.
contract ConsentManagerPrivacyTest is ConsentTestBase {
    address internal thirdPartyRelayer = makeAddr("third-party relayer");
    address internal attacker;
    uint256 internal attackerKey;

    function setUp() public override {
        super.setUp();
        (attacker, attackerKey) = makeAddrAndKey("attacker");
    }

    // ---------------------------------------------------------------- scanning

    function _word(address a) internal pure returns (bytes32) {
        return bytes32(uint256(uint160(a)));
    }

    /// @dev Whether `needle` occurs in `hay` at any byte offset.
    function _contains(bytes memory hay, bytes memory needle) internal pure returns (bool) {
        if (needle.length == 0 || hay.length < needle.length) return false;
        bytes32 want = keccak256(needle);
        uint256 n = needle.length;
        for (uint256 i; i + n <= hay.length; ++i) {
            bytes32 h;
            assembly ("memory-safe") {
                h := keccak256(add(add(hay, 32), i), n)
            }
            if (h == want) return true;
        }
        return false;
    }

    /// @dev Whether the 32-byte word `w` is one of the words of `data` read from `offset` on.
    function _hasWord(bytes memory data, uint256 offset, bytes32 w) internal pure returns (bool) {
        for (uint256 i = offset; i + 32 <= data.length; i += 32) {
            bytes32 got;
            assembly ("memory-safe") {
                got := mload(add(add(data, 32), i))
            }
            if (got == w) return true;
        }
        return false;
    }

    /// @dev A log's topics then data, as one byte string.
    function _flat(Vm.Log memory log) internal pure returns (bytes memory out) {
        for (uint256 i; i < log.topics.length; ++i) {
            out = bytes.concat(out, log.topics[i]);
        }
        out = bytes.concat(out, log.data);
    }

    /// @dev Asserts that `blob` (ABI words from `offset`) holds neither the grantee, nor the category
    /// (as a word), nor the record id; nor the patient unless `patientAllowed`.
    function _assertClean(bytes memory blob, uint256 offset, bool patientAllowed, string memory where)
        internal
        view
    {
        if (!patientAllowed) {
            assertFalse(_contains(blob, abi.encodePacked(patient)), string.concat(where, ": patient"));
        }
        assertFalse(_contains(blob, abi.encodePacked(grantee)), string.concat(where, ": grantee"));
        assertFalse(_contains(blob, abi.encodePacked(RECORD)), string.concat(where, ": record id"));
        assertFalse(_hasWord(blob, offset, _cat(CATEGORY)), string.concat(where, ": category"));
    }

    function _assertLogsClean(Vm.Log[] memory logs, bool patientAllowed, string memory where) internal view {
        for (uint256 i; i < logs.length; ++i) {
            assertEq(logs[i].emitter, address(consent), where);
            _assertClean(_flat(logs[i]), 0, patientAllowed, string.concat(where, " log ", vm.toString(i)));
        }
    }

    /// @dev Sends `data` to the consent manager from `from`, then checks the calldata.
    function _send(address from, bytes memory data, bool patientAllowed, string memory where) internal {
        _assertClean(data, 4, patientAllowed, string.concat(where, " calldata"));
        vm.prank(from);
        (bool ok, bytes memory ret) = address(consent).call(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 32), mload(ret))
            }
        }
    }

    function _signedCall(bytes32 id, IConsentManager.Access access, uint64 expiresAt, bytes memory notice)
        internal
        view
        returns (bytes memory)
    {
        IConsentManager.ConsentChange memory c =
            _change(controller, id, access, expiresAt, notice, _nonce(controller, id));
        return abi.encodeCall(consent.setConsentBySig, (c, _signChange(consent, controllerKey, c), notice));
    }

    // ---------------------------------------------------------------- the observer's view

    /// @dev The scanner is not vacuous: it finds each secret where it is, at any offset for the raw ones.
    function test_scannerFindsWhatItLooksFor() public view {
        bytes memory hay = abi.encodePacked(bytes7(0), patient, bytes5(0), grantee, bytes3(0), RECORD);
        assertTrue(_contains(hay, abi.encodePacked(patient)));
        assertTrue(_contains(hay, abi.encodePacked(grantee)));
        assertTrue(_contains(hay, abi.encodePacked(RECORD)));
        assertFalse(_contains(hay, abi.encodePacked(controller)));
        bytes memory call = abi.encodeCall(consent.setConsent, (bytes32(0), READ, CATEGORY, ""));
        assertTrue(_hasWord(call, 4, _cat(CATEGORY)));
        assertFalse(_hasWord(call, 0, _cat(CATEGORY))); // misaligned
    }

    function test_observerLearnsNoPatientGranteeCategoryOrRecord() public {
        address[] memory g = _guardians(3, 2);
        bytes32 categoryId = _categoryGrant();
        bytes32 recordId = _recordGrant();

        // 1. Pseudonymous path: grant, replacement, revocation, each signed by the controller and
        //    submitted by a third-party relayer; a direct grant by the controller too.
        vm.recordLogs();
        _send(
            thirdPartyRelayer,
            _signedCall(categoryId, READ, uint64(block.timestamp + 30 days), _notice("grant")),
            false,
            "signed grant"
        );
        _send(
            thirdPartyRelayer,
            _signedCall(categoryId, WRITE, uint64(block.timestamp + 60 days), _notice("replacement")),
            false,
            "signed replacement"
        );
        _send(thirdPartyRelayer, _signedCall(categoryId, NONE, 0, ""), false, "signed revocation");
        _send(
            controller,
            abi.encodeCall(
                consent.setConsent, (recordId, READ, uint64(block.timestamp + 1 days), _notice("direct"))
            ),
            false,
            "direct grant"
        );
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 4);
        _assertLogsClean(logs, false, "pseudonymous path");
        for (uint256 i; i < logs.length; ++i) {
            assertEq(logs[i].topics[0], IConsentManager.ConsentChanged.selector);
            assertEq(logs[i].topics[1], _word(controller));
        }
        assertFalse(_live(controller, categoryId, READ));
        assertTrue(_live(controller, recordId, READ));

        // 2. Guardian path: the committed set. The approvals come from the guardians' pseudonyms
        //    (the transactions' senders) with their proofs; the events carry the action id and the
        //    count, and the consent changes under the set's controller, another pseudonym. No log or
        //    calldata names the patient, a guardian, the grantee, the category or the record.
        bytes32 setId = _grantId(patient, grantee, CATEGORY_SCOPE, _cat(CATEGORY), SALT, guardianSet);
        bytes memory notice = _notice("guardian grant");
        IConsentManager.GuardianAction memory a = IConsentManager.GuardianAction({
            grantId: setId,
            access: READ,
            expiresAt: uint64(block.timestamp + 7 days),
            noticeHash: keccak256(notice),
            salt: keccak256("guardian salt"),
            deadline: uint64(block.timestamp + 7 days)
        });
        vm.recordLogs();
        for (uint256 i; i < 2; ++i) {
            bytes memory call =
                abi.encodeCall(consent.approveGuardianAction, (guardianSet, a, _memberProof(g[i]), notice));
            for (uint256 k; k < g.length; ++k) {
                assertFalse(_contains(call, abi.encodePacked(g[k])), "a guardian in the calldata");
            }
            _send(g[i], call, false, i == 0 ? "approval" : "execution");
        }
        logs = vm.getRecordedLogs();
        assertEq(logs.length, 4);
        _assertLogsClean(logs, false, "guardian path");
        bytes32 actionId = _actionId(a);
        assertEq(logs[0].topics[0], IConsentManager.GuardianApproved.selector);
        assertEq(logs[1].topics[0], IConsentManager.GuardianApproved.selector);
        assertEq(logs[2].topics[0], IConsentManager.GuardianActionExecuted.selector);
        assertEq(logs[3].topics[0], IConsentManager.ConsentChanged.selector);
        assertEq(logs[3].topics[1], _word(guardianSet));
        for (uint256 i; i < logs.length; ++i) {
            for (uint256 k; k < g.length; ++k) {
                assertFalse(_contains(_flat(logs[i]), abi.encodePacked(g[k])), "a guardian in a log");
            }
        }
        // An approval names no action content, only its id and the count.
        assertEq(logs[0].topics[1], actionId);
        assertEq(abi.decode(logs[1].data, (uint256)), 2);
        assertTrue(_live(guardianSet, setId, READ));

        // 3. Access request: sealed to the patient; its public sender is the requester, documented as
        //    such (IConsentManager.AccessRequested, primitives' Notice::AccessRequest). A requester who
        //    sends it from its own address is named there, and only there.
        vm.recordLogs();
        _send(grantee, abi.encodeCall(consent.requestAccess, (_sealed("request", 157))), false, "request");
        logs = vm.getRecordedLogs();
        assertEq(logs.length, 1);
        assertEq(logs[0].topics[0], IConsentManager.AccessRequested.selector);
        assertEq(logs[0].topics.length, 2);
        assertEq(logs[0].topics[1], _word(grantee)); // the documented exposure
        assertFalse(_contains(logs[0].data, abi.encodePacked(grantee)), "grantee in request data");
        assertFalse(_contains(logs[0].data, abi.encodePacked(patient)), "patient in request");
        assertFalse(_contains(_flat(logs[0]), abi.encodePacked(RECORD)), "record in request");
        assertFalse(_hasWord(_flat(logs[0]), 0, _cat(CATEGORY)), "category in request");

        // ...while a request sent from a one-off address names no one.
        vm.recordLogs();
        _send(
            makeAddr("one-off requester"),
            abi.encodeCall(consent.requestAccess, (_sealed("request 2", 157))),
            false,
            "pseudonymous request"
        );
        _assertLogsClean(vm.getRecordedLogs(), false, "pseudonymous request");
    }

    // ---------------------------------------------------------------- namespaces

    function test_RevertWhen_AnotherControllerChangesTheConsent() public {
        bytes32 id = _categoryGrant();
        uint64 exp = uint64(block.timestamp + 1 days);
        _set(controller, id, READ, exp, _notice("grant"));

        // Directly: a revocation finds nothing in the attacker's namespace...
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.NoConsent.selector, attacker, id));
        _set(attacker, id, NONE, 0, "");
        // ...and a grant lands there, not in the controller's.
        _set(attacker, id, WRITE, uint64(block.timestamp + 365 days), "");
        // By signature: the attacker's key does not sign for the controller.
        IConsentManager.ConsentChange memory c = _change(controller, id, NONE, 0, "", 1);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidSignature.selector, controller));
        consent.setConsentBySig(c, _signChange(consent, attackerKey, c), "");

        (IConsentManager.Access acc, uint64 e, uint64 n) = consent.consentOf(controller, id);
        assertEq(uint8(acc), uint8(READ));
        assertEq(e, exp);
        assertEq(n, 1);
        assertTrue(_live(controller, id, READ));
        assertFalse(_live(controller, id, WRITE));
    }

    function test_frontRunningTheGrantIdInAnotherNamespaceChangesNothing() public {
        bytes32 id = _recordGrant();
        bytes memory notice = _notice("grant");
        IConsentManager.ConsentChange memory c =
            _change(controller, id, READ, uint64(block.timestamp + 30 days), notice, 0);
        bytes memory sig = _signChange(consent, controllerKey, c);

        // The attacker sees the pending change and takes its grant id first, in his own namespace,
        // at a higher level and for longer, then changes it again.
        _set(attacker, id, WRITE, uint64(block.timestamp + 365 days), "");
        _set(attacker, id, WRITE, uint64(block.timestamp + 400 days), "");
        assertFalse(_live(controller, id, READ));

        // The controller's change still goes through, at its signed nonce, with its signed terms.
        vm.prank(thirdPartyRelayer);
        consent.setConsentBySig(c, sig, notice);
        (IConsentManager.Access acc, uint64 e, uint64 n) = consent.consentOf(controller, id);
        assertEq(uint8(acc), uint8(READ));
        assertEq(e, c.expiresAt);
        assertEq(n, 1);
        assertTrue(_live(controller, id, READ));
        assertFalse(_live(controller, id, WRITE));

        // Whatever the attacker does next in his namespace leaves the controller's consent alone.
        _set(attacker, id, NONE, 0, "");
        assertTrue(_live(controller, id, READ));
        assertEq(_nonce(controller, id), 1);
        // And a revocation the controller signs is unaffected by the attacker's nonces.
        IConsentManager.ConsentChange memory r = _change(controller, id, NONE, 0, "", 1);
        consent.setConsentBySig(r, _signChange(consent, controllerKey, r), "");
        assertFalse(_live(controller, id, READ));
        assertTrue(_nonce(attacker, id) == 3);
    }

    function test_frontRunningTheSignedChangeItselfAppliesItAsSigned() public {
        // Someone else submits the very same signed change first: it applies exactly as signed, and
        // the relayer's copy is refused as a spent nonce.
        bytes32 id = _recordGrant();
        bytes memory notice = _notice("grant");
        IConsentManager.ConsentChange memory c =
            _change(controller, id, READ, uint64(block.timestamp + 30 days), notice, 0);
        bytes memory sig = _signChange(consent, controllerKey, c);
        vm.prank(attacker);
        consent.setConsentBySig(c, sig, notice);
        vm.expectRevert(abi.encodeWithSelector(IConsentManager.InvalidNonce.selector, 0, 1));
        vm.prank(thirdPartyRelayer);
        consent.setConsentBySig(c, sig, notice);
        (IConsentManager.Access acc, uint64 e,) = consent.consentOf(controller, id);
        assertEq(uint8(acc), uint8(READ));
        assertEq(e, c.expiresAt);
    }

    // ---------------------------------------------------------------- break-glass

    bytes32 internal constant EVIDENCE = keccak256("evidence");
    bytes32 internal constant EMERGENCY_SALT = keccak256("doctor's secret salt");
    address internal challenger = makeAddr("one-time dispute key");

    /// @dev A break-glass and its attested dispute (asked for off-chain by a guardian, submitted by a third
    /// party): the patient's address and the salt are in no topic, data word or calldata word, at any
    /// offset; nor are her guardians, the submitter or the key nodes. What is public is exactly the tag,
    /// the provider and the one-time challenger (with the reason, times, ids, the evidence commitment and
    /// the sealed notice), each where the events document it.
    function test_observerLearnsNoPatientOrSaltFromBreakGlassAndDispute() public {
        address[] memory g = _guardians(2, 1);
        address doctor = _certifiedProvider("doctor");
        bytes32 tag = _emergencyTag(patient, EMERGENCY_SALT);
        bytes memory notice = _sealed("emergency notice", 101);
        uint64 exp = uint64(block.timestamp) + consent.emergencyDuration();

        bytes memory openCall = abi.encodeCall(consent.breakGlass, (tag, 7, notice));
        bytes memory disputeCall = abi.encodeCall(
            consent.reviewEmergency, (1, false, EVIDENCE, challenger, _attest(1, false, EVIDENCE, challenger))
        );
        vm.recordLogs();
        _send(doctor, openCall, false, "breakGlass");
        _send(thirdPartyRelayer, disputeCall, false, "dispute");
        Vm.Log[] memory logs = vm.getRecordedLogs();

        // Nothing of the patient, the salt, her guardians, the submitter or the key nodes, anywhere.
        _assertNoEmergencySecrets(openCall, 4, g, "breakGlass calldata");
        _assertNoEmergencySecrets(disputeCall, 4, g, "dispute calldata");
        for (uint256 i; i < logs.length; ++i) {
            _assertNoEmergencySecrets(_flat(logs[i]), 0, g, string.concat("log ", vm.toString(i)));
        }
        // The scan is not vacuous: the tag and the challenger are in the calldata.
        assertTrue(_hasWord(openCall, 4, tag));
        assertTrue(_hasWord(disputeCall, 4, _word(challenger)));

        _assertEmergencyLogs(logs, tag, doctor, abi.encode(uint16(7), exp, notice));

        // The stored record names the tag and the provider only.
        IConsentManager.Emergency memory e = consent.emergency(1);
        assertEq(e.tag, tag);
        assertEq(e.provider, doctor);
    }

    function _assertNoEmergencySecrets(
        bytes memory blob,
        uint256 offset,
        address[] memory g,
        string memory where
    ) internal view {
        _assertClean(blob, offset, false, where);
        assertFalse(_contains(blob, abi.encodePacked(EMERGENCY_SALT)), string.concat(where, ": salt"));
        for (uint256 k; k < g.length; ++k) {
            assertFalse(_contains(blob, abi.encodePacked(g[k])), string.concat(where, ": guardian"));
        }
        for (uint256 k; k < keyNodes.length; ++k) {
            assertFalse(_contains(blob, abi.encodePacked(keyNodes[k])), string.concat(where, ": key node"));
        }
        assertFalse(_contains(blob, abi.encodePacked(thirdPartyRelayer)), string.concat(where, ": submitter"));
    }

    /// @dev The logs are exactly these: the tag and the provider; then the provider and the one-time
    /// challenger (in the registry's review); then the dispute, naming no one.
    function _assertEmergencyLogs(Vm.Log[] memory logs, bytes32 tag, address doctor, bytes memory openedData)
        internal
        view
    {
        assertEq(logs.length, 3);
        assertEq(logs[0].emitter, address(consent));
        assertEq(logs[0].topics.length, 4);
        assertEq(logs[0].topics[0], IConsentManager.EmergencyAccessOpened.selector);
        assertEq(logs[0].topics[1], bytes32(uint256(1)));
        assertEq(logs[0].topics[2], tag);
        assertEq(logs[0].topics[3], _word(doctor));
        assertEq(logs[0].data, openedData);

        IProviderRegistry.Review memory rv = providers.review(1);
        assertEq(rv.challenger, challenger);
        assertEq(logs[1].emitter, address(providers));
        assertEq(logs[1].topics.length, 4);
        assertEq(logs[1].topics[0], IProviderRegistry.ReviewOpened.selector);
        assertEq(logs[1].topics[1], bytes32(uint256(1)));
        assertEq(logs[1].topics[2], _word(doctor));
        assertEq(logs[1].topics[3], _word(challenger));
        assertEq(
            logs[1].data,
            abi.encode(IProviderRegistry.ReviewKind.Misconduct, EVIDENCE, rv.commitEnd, rv.revealEnd)
        );

        assertEq(logs[2].emitter, address(consent));
        assertEq(logs[2].topics.length, 2);
        assertEq(logs[2].topics[0], IConsentManager.EmergencyDisputed.selector);
        assertEq(logs[2].topics[1], bytes32(uint256(1)));
        assertEq(logs[2].data, abi.encode(EVIDENCE, uint256(1)));
    }
}
