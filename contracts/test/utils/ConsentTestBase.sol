// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {ConsentManager} from "../../src/ConsentManager.sol";
import {IAccountRegistry} from "../../src/interfaces/IAccountRegistry.sol";
import {IConsentManager} from "../../src/interfaces/IConsentManager.sol";
import {BaseTest} from "./BaseTest.sol";
import {Merkle} from "./Merkle.sol";

/// @notice Actors, commitments and signing helpers shared by the ConsentManager tests. The patient's
/// client derives one controller key per relationship; the tests use a real derived key for the
/// patient–grantee relationship (`controller`) so that every signature is an actual ECDSA signature.
abstract contract ConsentTestBase is BaseTest {
    /// @dev The commitment tag, computed here from its documented preimage (not read from the contract).
    bytes32 internal constant TAG = keccak256("medvault.grant-id.v1");
    bytes32 internal constant CONSENT_CHANGE_TYPEHASH = keccak256(
        "ConsentChange(address controller,bytes32 grantId,uint8 access,uint64 expiresAt,bytes32 noticeHash,uint64 nonce,uint256 deadline)"
    );
    /// @dev The emergency tag's first word and the review attestation's type, from their documented
    /// preimages (not read from the contract).
    bytes32 internal constant EMERGENCY_TAG = keccak256("medvault.emergency-tag.v1");
    bytes32 internal constant EMERGENCY_REVIEW_TYPEHASH =
        keccak256("EmergencyReview(uint256 emergencyId,bool accept,bytes32 evidence,address challenger)");
    /// @dev The key committee the tests set: 3 key nodes with real signing keys, threshold 2.
    uint16 internal constant COMMITTEE_THRESHOLD = 2;
    /// @dev Length of a sealed MVN v1 grant notice: 33-byte ephemeral key + 172-byte plaintext + 16-byte tag.
    uint256 internal constant SEALED_GRANT_NOTICE_LEN = 221;

    IConsentManager.Scope internal constant RECORD_SCOPE = IConsentManager.Scope.Record;
    IConsentManager.Scope internal constant CATEGORY_SCOPE = IConsentManager.Scope.Category;
    IConsentManager.Access internal constant NONE = IConsentManager.Access.None;
    IConsentManager.Access internal constant READ = IConsentManager.Access.Read;
    IConsentManager.Access internal constant WRITE = IConsentManager.Access.Write;

    address internal patient;
    uint256 internal patientKey;
    address internal grantee = makeAddr("grantee");
    /// @dev The pseudonym the patient's client derived for her relationship with `grantee`.
    address internal controller;
    uint256 internal controllerKey;
    /// @dev The pseudonym the patient's client derived to hold her guardian set (its namespace is
    /// where guardian actions write).
    address internal guardianSet;
    uint256 internal guardianSetKey;
    /// @dev The members (guardian pseudonyms) and padded leaves of the last set proposed.
    address[] internal members;
    bytes32[] internal memberLeaves;
    bytes32 internal constant RECORD = keccak256("record 1");
    bytes32 internal constant SALT = keccak256("salt of the patient's grant to grantee");
    uint16 internal constant CATEGORY = 3;
    uint16 internal emergencyCategory;
    /// @dev The key committee's members (index i + 1) and their signing keys.
    address[] internal keyNodes;
    uint256[] internal keyNodeKeys;

    function setUp() public virtual override {
        super.setUp();
        (keyNodes, keyNodeKeys) = _setCommittee("key node ", 3, COMMITTEE_THRESHOLD);
        (patient, patientKey) = makeAddrAndKey("patient");
        (controller, controllerKey) = makeAddrAndKey("controller patient/grantee");
        (guardianSet, guardianSetKey) = makeAddrAndKey("guardian-set controller");
        _register(patient, IAccountRegistry.Role.Patient);
        emergencyCategory = consent.EMERGENCY_CATEGORY();
        vm.warp(1_000_000);
    }

    // ---------------------------------------------------------------- commitments

    /// @dev `keccak256(abi.encode(GRANT_ID_TAG, patient, grantee, scope, target, salt, controller))`.
    function _grantId(
        address patient_,
        address grantee_,
        IConsentManager.Scope scope,
        bytes32 target,
        bytes32 salt,
        address controller_
    ) internal pure returns (bytes32) {
        return keccak256(abi.encode(TAG, patient_, grantee_, scope, target, salt, controller_));
    }

    /// @dev The patient's record-scope grant to `grantee`, controlled by `controller`.
    function _recordGrant() internal view returns (bytes32) {
        return _grantId(patient, grantee, RECORD_SCOPE, RECORD, SALT, controller);
    }

    /// @dev The patient's category-scope grant to `grantee`, controlled by `controller`.
    function _categoryGrant() internal view returns (bytes32) {
        return _grantId(patient, grantee, CATEGORY_SCOPE, _cat(CATEGORY), SALT, controller);
    }

    function _cat(uint16 category) internal pure returns (bytes32) {
        return bytes32(uint256(category));
    }

    /// @dev Stand-in for a notice sealed to someone's encryption key: `len` pseudo-random bytes.
    function _sealed(string memory seed, uint256 len) internal pure returns (bytes memory out) {
        out = new bytes(len);
        bytes32 word;
        for (uint256 i; i < len; ++i) {
            if (i % 32 == 0) word = keccak256(abi.encode(seed, i));
            out[i] = word[i % 32];
        }
    }

    /// @dev A sealed grant notice of realistic size.
    function _notice(string memory seed) internal pure returns (bytes memory) {
        return _sealed(seed, SEALED_GRANT_NOTICE_LEN);
    }

    // ---------------------------------------------------------------- signed changes

    function _change(
        address controller_,
        bytes32 grantId,
        IConsentManager.Access access,
        uint64 expiresAt,
        bytes memory notice,
        uint64 nonce
    ) internal view returns (IConsentManager.ConsentChange memory) {
        return IConsentManager.ConsentChange({
            controller: controller_,
            grantId: grantId,
            access: access,
            expiresAt: expiresAt,
            noticeHash: keccak256(notice),
            nonce: nonce,
            deadline: block.timestamp + 1 hours
        });
    }

    /// @dev The EIP-712 digest of a change, computed independently of the contract.
    function _digest(ConsentManager cm, IConsentManager.ConsentChange memory c)
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
                address(cm)
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

    function _sign(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    function _signChange(ConsentManager cm, uint256 key, IConsentManager.ConsentChange memory c)
        internal
        view
        returns (bytes memory)
    {
        return _sign(key, _digest(cm, c));
    }

    /// @dev The controller's next nonce for a consent.
    function _nonce(address controller_, bytes32 grantId) internal view returns (uint64 nonce) {
        (,, nonce) = consent.consentOf(controller_, grantId);
    }

    /// @dev Grants directly, as `controller_`.
    function _set(
        address controller_,
        bytes32 grantId,
        IConsentManager.Access access,
        uint64 expiresAt,
        bytes memory notice
    ) internal {
        vm.prank(controller_);
        consent.setConsent(grantId, access, expiresAt, notice);
    }

    // ---------------------------------------------------------------- guardians

    /// @dev Sets `n` guardian pseudonyms with threshold `m` under `guardianSet` and waits for them to
    /// be in force.
    function _guardians(uint256 n, uint8 m) internal returns (address[] memory set) {
        set = new address[](n);
        for (uint256 i; i < n; ++i) {
            set[i] = makeAddr(string.concat("guardian", vm.toString(i)));
        }
        _proposeSet(set, m);
        vm.warp(block.timestamp + accounts.guardianDelay());
    }

    /// @dev Proposes `set` (threshold `m`) as the patient's client does: leaves of the members under
    /// `guardianSet`, padded to a power of two with leaves no address has.
    function _proposeSet(address[] memory set, uint8 m) internal returns (bytes32 root) {
        uint256 width = 2;
        while (width < set.length) {
            width <<= 1;
        }
        delete memberLeaves;
        for (uint256 i; i < width; ++i) {
            memberLeaves.push(
                i < set.length
                    ? accounts.guardianLeaf(guardianSet, set[i])
                    : keccak256(abi.encode("padding", i))
            );
        }
        members = set;
        root = Merkle.root(memberLeaves);
        vm.prank(guardianSet);
        accounts.proposeGuardianSet(root, uint8(set.length), m);
    }

    /// @dev The Merkle proof of `guardian` in the last set proposed (member 0's if it is none).
    function _memberProof(address guardian) internal view returns (bytes32[] memory) {
        uint256 index;
        for (uint256 i; i < members.length; ++i) {
            if (members[i] == guardian) index = i;
        }
        return Merkle.proof(memberLeaves, index);
    }

    /// @dev `guardian` approves `a` under `guardianSet`, with its proof.
    function _approve(address guardian, IConsentManager.GuardianAction memory a, bytes memory notice_)
        internal
        returns (bytes32 id, bool executed)
    {
        bytes32[] memory proof = _memberProof(guardian);
        vm.prank(guardian);
        (id, executed) = consent.approveGuardianAction(guardianSet, a, proof, notice_);
    }

    /// @dev The id of `a` under the set in force.
    function _actionId(IConsentManager.GuardianAction memory a) internal view returns (bytes32) {
        (bytes32 root,,) = accounts.guardianSet(guardianSet);
        return consent.guardianActionId(guardianSet, root, a);
    }

    // ---------------------------------------------------------------- views

    function _live(address controller_, bytes32 grantId, IConsentManager.Access access)
        internal
        view
        returns (bool)
    {
        return consent.isLive(controller_, grantId, access);
    }

    /// @dev Emergency READ of `provider` on the patient tagged `tag`: its break-glass window is open.
    function _emergencyRead(bytes32 tag, address provider) internal view returns (bool) {
        return block.timestamp < consent.emergencyUntil(tag, provider);
    }

    // ---------------------------------------------------------------- break-glass

    /// @dev `keccak256(abi.encode(EMERGENCY_TAG, patient, salt))`.
    function _emergencyTag(address patient_, bytes32 salt) internal pure returns (bytes32) {
        return keccak256(abi.encode(EMERGENCY_TAG, patient_, salt));
    }

    /// @dev The EIP-712 digest key nodes sign to attest a review, computed independently of the contract.
    function _reviewDigest(
        ConsentManager cm,
        uint256 emergencyId,
        bool accept,
        bytes32 evidence,
        address challenger
    ) internal view returns (bytes32) {
        bytes32 domain = keccak256(
            abi.encode(
                keccak256(
                    "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
                ),
                keccak256("MedvaultConsent"),
                keccak256("1"),
                block.chainid,
                address(cm)
            )
        );
        bytes32 structHash =
            keccak256(abi.encode(EMERGENCY_REVIEW_TYPEHASH, emergencyId, accept, evidence, challenger));
        return keccak256(abi.encodePacked("\x19\x01", domain, structHash));
    }

    /// @dev Signatures over `digest` by each of `keys`, in order.
    function _signAll(uint256[] memory keys, bytes32 digest) internal pure returns (bytes[] memory sigs) {
        sigs = new bytes[](keys.length);
        for (uint256 i; i < keys.length; ++i) {
            sigs[i] = _sign(keys[i], digest);
        }
    }

    /// @dev The first `n` key nodes' signing keys.
    function _nodeKeys(uint256 n) internal view returns (uint256[] memory keys) {
        keys = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            keys[i] = keyNodeKeys[i];
        }
    }

    /// @dev A threshold of key nodes' attestations of a review of this deployment's emergency.
    function _attest(uint256 emergencyId, bool accept, bytes32 evidence, address challenger)
        internal
        view
        returns (bytes[] memory)
    {
        return _signAll(
            _nodeKeys(COMMITTEE_THRESHOLD), _reviewDigest(consent, emergencyId, accept, evidence, challenger)
        );
    }
}
