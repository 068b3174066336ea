// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {BaseTest} from "./utils/BaseTest.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {ERC2771Forwarder} from "@openzeppelin/contracts/metatx/ERC2771Forwarder.sol";

/// @notice Role-gated functions under ERC-2771: a role holder's request relayed through the trusted
/// forwarder acts as the holder, and anyone else who appends a role holder's address to the calldata
/// is still only itself (the suffix counts only from the forwarder). Covers ConsentManager's
/// anchorAccessLog, RecordRegistry's anchorBatch and ProviderRegistry's certify.
contract ForwarderRolesTest is BaseTest {
    address internal holder;
    uint256 internal holderKey;
    address internal applicant = makeAddr("applicant");

    function setUp() public override {
        super.setUp();
        (holder, holderKey) = makeAddrAndKey("role holder");
        bytes32 accessLogRole = consent.ACCESS_LOG_ROLE();
        bytes32 anchorerRole = records.ANCHORER_ROLE();
        bytes32 certifierRole = providers.CERTIFIER_ROLE();
        vm.startPrank(admin);
        consent.grantRole(accessLogRole, holder);
        records.grantRole(anchorerRole, holder);
        providers.grantRole(certifierRole, holder);
        vm.stopPrank();
        _apply(applicant, providers.params().minStake);
    }

    // ---------------------------------------------------------------- helpers

    /// @dev One of the three role-gated calls (by `which`), its target and its role.
    function _call(uint256 which, bytes32 root, uint32 count)
        internal
        view
        returns (address target, bytes memory data, bytes32 role)
    {
        which %= 3;
        if (which == 0) {
            return (
                address(consent),
                abi.encodeCall(consent.anchorAccessLog, (root, keccak256("manifest"), count)),
                consent.ACCESS_LOG_ROLE()
            );
        }
        if (which == 1) {
            return (
                address(records),
                abi.encodeCall(records.anchorBatch, (root, keccak256("manifest"), count)),
                records.ANCHORER_ROLE()
            );
        }
        return (
            address(providers),
            abi.encodeCall(providers.certify, (applicant, root)),
            providers.CERTIFIER_ROLE()
        );
    }

    /// @dev Whether call `which` took effect.
    function _applied(uint256 which, bytes32 root, uint32 count) internal view returns (bool) {
        which %= 3;
        if (which == 0) {
            (uint64 b, uint32 c) = consent.accessLogOf(root);
            return b == block.number && c == count;
        }
        if (which == 1) {
            (uint64 b,, uint32 c) = records.anchorOf(root);
            return b == block.number && c == count;
        }
        return providers.isCertified(applicant);
    }

    /// @dev A forwarder request for `data` to `target`, signed by `signerKey`.
    function _request(uint256 signerKey, address target, bytes memory data)
        internal
        view
        returns (ERC2771Forwarder.ForwardRequestData memory)
    {
        address from = vm.addr(signerKey);
        uint48 deadline = uint48(block.timestamp + 1 hours);
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256(
                    "ForwardRequest(address from,address to,uint256 value,uint256 gas,uint256 nonce,uint48 deadline,bytes data)"
                ),
                from,
                target,
                uint256(0),
                uint256(1_000_000),
                forwarder.nonces(from),
                deadline,
                keccak256(data)
            )
        );
        bytes32 domain = keccak256(
            abi.encode(
                keccak256(
                    "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
                ),
                keccak256("medvault"),
                keccak256("1"),
                block.chainid,
                address(forwarder)
            )
        );
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(signerKey, keccak256(abi.encodePacked("\x19\x01", domain, structHash)));
        return ERC2771Forwarder.ForwardRequestData({
            from: from,
            to: target,
            value: 0,
            gas: 1_000_000,
            deadline: deadline,
            data: data,
            signature: abi.encodePacked(r, s, v)
        });
    }

    function _nonZero(bytes32 root, uint32 count) internal pure returns (bytes32, uint32) {
        return
            (bytes32(bound(uint256(root), 1, type(uint256).max)), uint32(bound(count, 1, type(uint32).max)));
    }

    // ---------------------------------------------------------------- through the forwarder

    /// @dev The role holder's signed request, relayed by anyone, acts as the holder.
    function testFuzz_forwarded_roleHolderActs(uint256 which, bytes32 root, uint32 count, address submitter)
        public
    {
        (root, count) = _nonZero(root, count);
        (address target, bytes memory data,) = _call(which, root, count);
        ERC2771Forwarder.ForwardRequestData memory req = _request(holderKey, target, data);
        vm.prank(submitter);
        forwarder.execute(req);
        assertTrue(_applied(which, root, count));
        assertEq(forwarder.nonces(holder), 1);
    }

    /// @dev A request signed by someone without the role is refused: the forwarder does not lend its
    /// own standing, and the call does not happen.
    function testFuzz_forwarded_nonHolderRefused(uint256 which, bytes32 root, uint32 count, uint256 key)
        public
    {
        (root, count) = _nonZero(root, count);
        key = bound(key, 1, SECP256K1_ORDER - 1);
        vm.assume(vm.addr(key) != holder && vm.addr(key) != admin);
        (address target, bytes memory data,) = _call(which, root, count);
        ERC2771Forwarder.ForwardRequestData memory req = _request(key, target, data);
        vm.prank(relayer);
        bool ok;
        try forwarder.execute(req) {
            ok = true;
        } catch {}
        assertFalse(ok, "forwarded for a non-holder");
        assertFalse(_applied(which, root, count));
    }

    // ---------------------------------------------------------------- spoofed suffixes

    /// @dev A direct call from anyone but the forwarder, with a role holder's address appended as the
    /// 20-byte ERC-2771 suffix, is the caller's own: refused for its lack of the role.
    function testFuzz_spoofedSuffix_isTheCallerItself(
        uint256 which,
        bytes32 root,
        uint32 count,
        address caller
    ) public {
        (root, count) = _nonZero(root, count);
        vm.assume(caller != address(forwarder) && caller != holder && caller != admin && caller != relayer);
        (address target, bytes memory data, bytes32 role) = _call(which, root, count);
        vm.prank(caller);
        (bool ok, bytes memory reason) = target.call(abi.encodePacked(data, holder));
        assertFalse(ok, "the suffix was believed");
        assertEq(
            reason,
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, caller, role)
        );
        assertFalse(_applied(which, root, count));
    }

    /// @dev The other way round: the role holder calling directly with a stranger's address appended is
    /// still the holder (the suffix is ignored), so nobody can be framed by a suffix either.
    function testFuzz_spoofedSuffix_ignoredForTheHolder(
        uint256 which,
        bytes32 root,
        uint32 count,
        address other
    ) public {
        (root, count) = _nonZero(root, count);
        (address target, bytes memory data,) = _call(which, root, count);
        vm.prank(holder);
        (bool ok,) = target.call(abi.encodePacked(data, other));
        assertTrue(ok);
        assertTrue(_applied(which, root, count));
    }
}
