// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {Deploy} from "../../script/Deploy.s.sol";
import {AccountRegistry} from "../../src/AccountRegistry.sol";
import {ConsentManager} from "../../src/ConsentManager.sol";
import {DataMarket} from "../../src/DataMarket.sol";
import {KeyCommittee} from "../../src/KeyCommittee.sol";
import {MedToken} from "../../src/MedToken.sol";
import {MedvaultForwarder} from "../../src/MedvaultForwarder.sol";
import {ProviderRegistry} from "../../src/ProviderRegistry.sol";
import {RecordRegistry} from "../../src/RecordRegistry.sol";
import {IAccountRegistry} from "../../src/interfaces/IAccountRegistry.sol";
import {IKeyCommittee} from "../../src/interfaces/IKeyCommittee.sol";
import {ERC2771Forwarder} from "@openzeppelin/contracts/metatx/ERC2771Forwarder.sol";
import {Test} from "forge-std/Test.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice Shared fixture: deploys the suite through the deploy script's `deploy`, as the admin, and
/// offers helpers to fund, register and certify actors.
abstract contract BaseTest is Test, Deploy {
    address internal admin = makeAddr("admin");
    address internal relayer = makeAddr("relayer");
    address internal treasury = makeAddr("treasury");
    address internal stranger = makeAddr("stranger");

    MedvaultForwarder internal forwarder;
    MedToken internal token;
    AccountRegistry internal accounts;
    ProviderRegistry internal providers;
    RecordRegistry internal records;
    ConsentManager internal consent;
    DataMarket internal market;
    KeyCommittee internal committee;

    uint256 private _keySeed;

    function setUp() public virtual {
        vm.startPrank(admin);
        Deployment memory d = deploy(admin, relayer, treasury);
        vm.stopPrank();
        forwarder = d.forwarder;
        token = d.token;
        accounts = d.accounts;
        providers = d.providers;
        records = d.records;
        consent = d.consent;
        market = d.market;
        committee = d.committee;
    }

    /// @dev A fresh valid 33-byte compressed secp256k1 key.
    function _newKey() internal returns (bytes memory) {
        return _keyOf(uint256(keccak256(abi.encode("medvault.key", ++_keySeed))));
    }

    /// @dev The compressed public key of `secret` (reduced into the curve order's range).
    function _keyOf(uint256 secret) internal returns (bytes memory) {
        secret = bound(secret, 1, SECP256K1_ORDER - 1);
        Vm.Wallet memory w = vm.createWallet(secret);
        return abi.encodePacked(bytes1(w.publicKeyY % 2 == 0 ? 0x02 : 0x03), bytes32(w.publicKeyX));
    }

    /// @dev Sets, as the admin, a committee of `n` key nodes with indices 1..n, real signing keys
    /// (`makeAddrAndKey(tag ‖ index)`) and fresh valid group key and verification shares.
    function _setCommittee(string memory tag, uint256 n, uint16 threshold)
        internal
        returns (address[] memory nodes, uint256[] memory nodeKeys)
    {
        nodes = new address[](n);
        nodeKeys = new uint256[](n);
        IKeyCommittee.Member[] memory m = new IKeyCommittee.Member[](n);
        for (uint256 i; i < n; ++i) {
            (nodes[i], nodeKeys[i]) = makeAddrAndKey(string.concat(tag, vm.toString(i + 1)));
            m[i] = IKeyCommittee.Member(nodes[i], uint16(i + 1), _newKey());
        }
        bytes memory groupKey = _newKey();
        vm.prank(admin);
        committee.setCommittee(groupKey, threshold, m);
    }

    /// @dev Relays `data` to `target` through the forwarder, signed by `signerKey` (as the relayer would).
    function _forward(uint256 signerKey, address target, bytes memory data) internal {
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
        ERC2771Forwarder.ForwardRequestData memory req = ERC2771Forwarder.ForwardRequestData({
            from: from,
            to: target,
            value: 0,
            gas: 1_000_000,
            deadline: deadline,
            data: data,
            signature: abi.encodePacked(r, s, v)
        });
        vm.prank(relayer);
        forwarder.execute(req);
    }

    /// @dev Sends tokens from the treasury.
    function _fund(address to, uint256 amount) internal {
        vm.prank(treasury);
        token.transfer(to, amount);
    }

    /// @dev Registers `account` with `role_` and a fresh key.
    function _register(address account, IAccountRegistry.Role role_) internal {
        bytes memory key = _newKey();
        vm.prank(account);
        accounts.register(role_, key, bytes32(0));
    }

    /// @dev Registers, funds, stakes `stake` (approving the registry) and applies.
    function _apply(address provider, uint256 stake) internal {
        _register(provider, IAccountRegistry.Role.Provider);
        _fund(provider, stake);
        vm.startPrank(provider);
        token.approve(address(providers), type(uint256).max);
        providers.applyForCertification(stake, keccak256(abi.encode("credentials", provider)));
        vm.stopPrank();
    }

    /// @dev A provider certified by the authority path, with the minimum stake and tokens for bonds.
    function _certifiedProvider(string memory name) internal returns (address provider) {
        provider = makeAddr(name);
        _apply(provider, providers.params().minStake);
        _fund(provider, 1000e18);
        vm.prank(admin);
        providers.certify(provider, bytes32(0));
    }
}
