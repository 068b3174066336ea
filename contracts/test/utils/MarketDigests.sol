// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IDataMarket} from "../../src/interfaces/IDataMarket.sol";

/// @notice The DataMarket's EIP-712 digests, computed here from their documented types (docs/CONTRACTS.md,
/// IDataMarket) and domain, not read from the contract: a signer off-chain computes them the same way.
library MarketDigests {
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant TRADE_APPROVAL_TYPEHASH = keccak256(
        "TradeApproval(uint256 requestId,address seller,bytes32 deliveryCommitment,uint256 price,uint256 nonce,uint256 deadline)"
    );
    bytes32 internal constant SALE_ATTESTATION_TYPEHASH =
        keccak256("SaleAttestation(uint256 requestId,address seller,bytes32 deliveryCommitment)");

    /// @dev Domain "MedvaultDataMarket", version "1", on the current chain, at `market`.
    function domainSeparator(address market) internal view returns (bytes32) {
        return keccak256(
            abi.encode(
                DOMAIN_TYPEHASH, keccak256("MedvaultDataMarket"), keccak256("1"), block.chainid, market
            )
        );
    }

    /// @dev The digest a seller signs.
    function tradeApproval(address market, IDataMarket.TradeApproval memory a)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(
            abi.encode(
                TRADE_APPROVAL_TYPEHASH,
                a.requestId,
                a.seller,
                a.deliveryCommitment,
                a.price,
                a.nonce,
                a.deadline
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", domainSeparator(market), structHash));
    }

    /// @dev The digest a committee member signs to attest a sale.
    function saleAttestation(address market, uint256 requestId, address seller, bytes32 deliveryCommitment)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash =
            keccak256(abi.encode(SALE_ATTESTATION_TYPEHASH, requestId, seller, deliveryCommitment));
        return keccak256(abi.encodePacked("\x19\x01", domainSeparator(market), structHash));
    }
}
