///Module containing a contract's types and functions.
/**

```solidity
library IKeyCommittee {
    struct Member { address node; uint16 index; bytes verificationShare; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IKeyCommittee {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
    struct Member { address node; uint16 index; bytes verificationShare; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Member {
        #[allow(missing_docs)]
        pub node: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub index: u16,
        #[allow(missing_docs)]
        pub verificationShare: alloy::sol_types::private::Bytes,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<16>,
            alloy::sol_types::sol_data::Bytes,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> =
            (alloy::sol_types::private::Address, u16, alloy::sol_types::private::Bytes);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Member> for UnderlyingRustTuple<'_> {
            fn from(value: Member) -> Self {
                (value.node, value.index, value.verificationShare)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Member {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { node: tuple.0, index: tuple.1, verificationShare: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Member {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Member {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.node,
                    ),
                    <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::tokenize(
                        &self.index,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.verificationShare,
                    ),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple =
                    <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
                let tuple =
                    <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encode_packed_to(
                    &tuple, out,
                )
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple =
                    <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_packed_encoded_size(
                    &tuple,
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Member {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Member {
            const NAME: &'static str = "Member";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Member(address node,uint16 index,bytes verificationShare)",
                )
            }
            #[inline]
            fn eip712_components()
            -> alloy_sol_types::private::Vec<alloy_sol_types::private::Cow<'static, str>>
            {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.node,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.index)
                        .0,
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::eip712_data_word(
                            &self.verificationShare,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Member {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.node,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.index)
                    + <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.verificationShare,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.node,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    16,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.index,
                    out,
                );
                <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.verificationShare,
                    out,
                );
            }
            #[inline]
            fn encode_topic(rust: &Self::RustType) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, &mut out);
                alloy_sol_types::abi::token::WordToken(alloy_sol_types::private::keccak256(out))
            }
        }
    };
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`IKeyCommittee`](self) contract instance.

    See the [wrapper's documentation](`IKeyCommitteeInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IKeyCommitteeInstance<P, N> {
        IKeyCommitteeInstance::<P, N>::new(address, __provider)
    }
    /**A [`IKeyCommittee`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`IKeyCommittee`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IKeyCommitteeInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IKeyCommitteeInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IKeyCommitteeInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        IKeyCommitteeInstance<P, N>
    {
        /**Creates a new wrapper around an on-chain [`IKeyCommittee`](self) contract instance.

        See the [wrapper's documentation](`IKeyCommitteeInstance`) for more details.*/
        #[inline]
        pub const fn new(address: alloy_sol_types::private::Address, __provider: P) -> Self {
            Self { address, provider: __provider, _network: ::core::marker::PhantomData }
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> IKeyCommitteeInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IKeyCommitteeInstance<P, N> {
            IKeyCommitteeInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        IKeyCommitteeInstance<P, N>
    {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
    }
    /// Event filters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        IKeyCommitteeInstance<P, N>
    {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
    }
}
/**

Generated by the following Solidity interface...
```solidity
library IKeyCommittee {
    struct Member {
        address node;
        uint16 index;
        bytes verificationShare;
    }
}

interface KeyCommittee {
    error AccessControlBadConfirmation();
    error AccessControlEnforcedDefaultAdminDelay(uint48 schedule);
    error AccessControlEnforcedDefaultAdminRules();
    error AccessControlInvalidDefaultAdmin(address defaultAdmin);
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
    error InvalidMember(uint16 index, address node);
    error InvalidThreshold(uint16 threshold, uint256 members);
    error MalformedKey(bytes key);
    error NoCommittee();
    error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);

    event CommitteeSet(uint32 indexed epoch, bytes groupKey, uint16 threshold, IKeyCommittee.Member[] members);
    event DefaultAdminDelayChangeCanceled();
    event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule);
    event DefaultAdminTransferCanceled();
    event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule);
    event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);
    event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
    event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);

    constructor(address admin);

    function ADMIN_TRANSFER_DELAY() external view returns (uint48);
    function COMMITTEE_ADMIN_ROLE() external view returns (bytes32);
    function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
    function MAX_MEMBERS() external view returns (uint256);
    function acceptDefaultAdminTransfer() external;
    function beginDefaultAdminTransfer(address newAdmin) external;
    function cancelDefaultAdminTransfer() external;
    function changeDefaultAdminDelay(uint48 newDelay) external;
    function committee() external view returns (uint32 epoch, bytes memory groupKey, uint16 threshold, IKeyCommittee.Member[] memory members);
    function defaultAdmin() external view returns (address);
    function defaultAdminDelay() external view returns (uint48);
    function defaultAdminDelayIncreaseWait() external view returns (uint48);
    function getRoleAdmin(bytes32 role) external view returns (bytes32);
    function grantRole(bytes32 role, address account) external;
    function hasRole(bytes32 role, address account) external view returns (bool);
    function isAttested(bytes32 digest, bytes[] memory signatures) external view returns (bool);
    function memberIndex(address node) external view returns (bool member, uint16 index);
    function owner() external view returns (address);
    function pendingDefaultAdmin() external view returns (address newAdmin, uint48 schedule);
    function pendingDefaultAdminDelay() external view returns (uint48 newDelay, uint48 schedule);
    function renounceRole(bytes32 role, address account) external;
    function revokeRole(bytes32 role, address account) external;
    function rollbackDefaultAdminDelay() external;
    function setCommittee(bytes memory groupKey, uint16 threshold, IKeyCommittee.Member[] memory members) external returns (uint32 epoch);
    function supportsInterface(bytes4 interfaceId) external view returns (bool);
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "admin",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "ADMIN_TRANSFER_DELAY",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint48",
        "internalType": "uint48"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "COMMITTEE_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_MEMBERS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "acceptDefaultAdminTransfer",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "beginDefaultAdminTransfer",
    "inputs": [
      {
        "name": "newAdmin",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "cancelDefaultAdminTransfer",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "changeDefaultAdminDelay",
    "inputs": [
      {
        "name": "newDelay",
        "type": "uint48",
        "internalType": "uint48"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "committee",
    "inputs": [],
    "outputs": [
      {
        "name": "epoch",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "groupKey",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "threshold",
        "type": "uint16",
        "internalType": "uint16"
      },
      {
        "name": "members",
        "type": "tuple[]",
        "internalType": "struct IKeyCommittee.Member[]",
        "components": [
          {
            "name": "node",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "index",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "verificationShare",
            "type": "bytes",
            "internalType": "bytes"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "defaultAdmin",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "defaultAdminDelay",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint48",
        "internalType": "uint48"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "defaultAdminDelayIncreaseWait",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint48",
        "internalType": "uint48"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isAttested",
    "inputs": [
      {
        "name": "digest",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "signatures",
        "type": "bytes[]",
        "internalType": "bytes[]"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "memberIndex",
    "inputs": [
      {
        "name": "node",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "member",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "index",
        "type": "uint16",
        "internalType": "uint16"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "owner",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "pendingDefaultAdmin",
    "inputs": [],
    "outputs": [
      {
        "name": "newAdmin",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "schedule",
        "type": "uint48",
        "internalType": "uint48"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "pendingDefaultAdminDelay",
    "inputs": [],
    "outputs": [
      {
        "name": "newDelay",
        "type": "uint48",
        "internalType": "uint48"
      },
      {
        "name": "schedule",
        "type": "uint48",
        "internalType": "uint48"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "rollbackDefaultAdminDelay",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setCommittee",
    "inputs": [
      {
        "name": "groupKey",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "threshold",
        "type": "uint16",
        "internalType": "uint16"
      },
      {
        "name": "members",
        "type": "tuple[]",
        "internalType": "struct IKeyCommittee.Member[]",
        "components": [
          {
            "name": "node",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "index",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "verificationShare",
            "type": "bytes",
            "internalType": "bytes"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "epoch",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "event",
    "name": "CommitteeSet",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "groupKey",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      },
      {
        "name": "threshold",
        "type": "uint16",
        "indexed": false,
        "internalType": "uint16"
      },
      {
        "name": "members",
        "type": "tuple[]",
        "indexed": false,
        "internalType": "struct IKeyCommittee.Member[]",
        "components": [
          {
            "name": "node",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "index",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "verificationShare",
            "type": "bytes",
            "internalType": "bytes"
          }
        ]
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DefaultAdminDelayChangeCanceled",
    "inputs": [],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DefaultAdminDelayChangeScheduled",
    "inputs": [
      {
        "name": "newDelay",
        "type": "uint48",
        "indexed": false,
        "internalType": "uint48"
      },
      {
        "name": "effectSchedule",
        "type": "uint48",
        "indexed": false,
        "internalType": "uint48"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DefaultAdminTransferCanceled",
    "inputs": [],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DefaultAdminTransferScheduled",
    "inputs": [
      {
        "name": "newAdmin",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "acceptSchedule",
        "type": "uint48",
        "indexed": false,
        "internalType": "uint48"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlEnforcedDefaultAdminDelay",
    "inputs": [
      {
        "name": "schedule",
        "type": "uint48",
        "internalType": "uint48"
      }
    ]
  },
  {
    "type": "error",
    "name": "AccessControlEnforcedDefaultAdminRules",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlInvalidDefaultAdmin",
    "inputs": [
      {
        "name": "defaultAdmin",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidMember",
    "inputs": [
      {
        "name": "index",
        "type": "uint16",
        "internalType": "uint16"
      },
      {
        "name": "node",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidThreshold",
    "inputs": [
      {
        "name": "threshold",
        "type": "uint16",
        "internalType": "uint16"
      },
      {
        "name": "members",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "MalformedKey",
    "inputs": [
      {
        "name": "key",
        "type": "bytes",
        "internalType": "bytes"
      }
    ]
  },
  {
    "type": "error",
    "name": "NoCommittee",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  }
]
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod KeyCommittee {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b506040516125bc3803806125bc83398101604081905261002e916101aa565b806203f480816001600160a01b03811661006157604051636116401160e11b81525f600482015260240160405180910390fd5b600180546001600160d01b0316600160d01b65ffffffffffff85160217905561008a5f82610094565b50505050506101d7565b5f826100f0575f6100ad6002546001600160a01b031690565b6001600160a01b0316146100d457604051631fe1e13d60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384161790555b6100fa8383610103565b90505b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166101a3575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561015b3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016100fd565b505f6100fd565b5f602082840312156101ba575f5ffd5b81516001600160a01b03811681146101d0575f5ffd5b9392505050565b6123d8806101e45f395ff3fe608060405234801561000f575f5ffd5b506004361061019a575f3560e01c806384ef8ffc116100e8578063cefc142911610093578063d602b9fd1161006e578063d602b9fd146103ec578063d864e740146103f4578063ea0e35b11461040c578063f9c8154214610414575f5ffd5b8063cefc1429146103a3578063cf6eefb7146103ab578063d547741f146103d9575f5ffd5b8063a1eda53c116100c3578063a1eda53c1461036d578063a217fddf14610394578063cc8463c81461039b575f5ffd5b806384ef8ffc1461030a5780638da5cb5b1461032f57806391d1485414610337575f5ffd5b806336568abe11610148578063634e93da11610123578063634e93da146102da578063649a5ec7146102ed57806379a05a3114610300575f5ffd5b806336568abe146102575780633b022b861461026a5780633dd3527914610291575f5ffd5b806322eed7ff1161017857806322eed7ff146101ec578063248a9ca3146102145780632f2ff15d14610244575f5ffd5b806301ffc9a71461019e578063022d63fb146101c65780630aa6220b146101e2575b5f5ffd5b6101b16101ac366004611af8565b610427565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff90911681526020016101bd565b6101ea610482565b005b6101ff6101fa366004611b9e565b610497565b60405163ffffffff90911681526020016101bd565b610236610222366004611c4b565b5f9081526020819052604090206001015490565b6040519081526020016101bd565b6101ea610252366004611c76565b6109df565b6101ea610265366004611c76565b610a24565b6102367f733701979d7191ced62c79d6dde6252b95fb4941eed0547f745e7c3a1bab83b381565b6102c061029f366004611ca4565b6001600160a01b03165f9081526006602052604090205461ffff1680151591565b60408051921515835261ffff9091166020830152016101bd565b6101ea6102e8366004611ca4565b610afe565b6101ea6102fb366004611cbf565b610b11565b6101cb6203f48081565b6002546001600160a01b03165b6040516001600160a01b0390911681526020016101bd565b610317610b24565b6101b1610345366004611c76565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b610375610b3c565b6040805165ffffffffffff9384168152929091166020830152016101bd565b6102365f81565b6101cb610ba5565b6101ea610c31565b600154604080516001600160a01b0383168152600160a01b90920465ffffffffffff166020830152016101bd565b6101ea6103e7366004611c76565b610c80565b6101ea610cc1565b6103fc610cd3565b6040516101bd9493929190611d12565b610236602081565b6101b1610422366004611dcd565b610ee1565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f3149878600000000000000000000000000000000000000000000000000000000148061047c575061047c82610fc7565b92915050565b5f61048c8161105d565b610494611067565b50565b5f7f733701979d7191ced62c79d6dde6252b95fb4941eed0547f745e7c3a1bab83b36104c28161105d565b61050087878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061107392505050565b6105435786866040517f591618d200000000000000000000000000000000000000000000000000000000815260040161053a929190611e3e565b60405180910390fd5b6020831180610554575061ffff8516155b80610562575061ffff851683105b156105a6576040517ffb59c3c100000000000000000000000000000000000000000000000000000000815261ffff861660048201526024810184905260440161053a565b5f5b60055481101561061e5760065f600583815481106105c8576105c8611e51565b5f91825260208083206002909202909101546001600160a01b03168352820192909252604001902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00001690556001016105a8565b5061062a60055f611a53565b5f5b83811015610914573685858381811061064757610647611e51565b90506020028101906106599190611e7e565b905061066b6040820160208301611eba565b61ffff16158061068d5750602061068760408301838301611eba565b61ffff16115b806106ac57505f6106a16020830183611ca4565b6001600160a01b0316145b806106e2575060065f6106c26020840184611ca4565b6001600160a01b0316815260208101919091526040015f205461ffff1615155b1561074b576106f76040820160208301611eba565b6107046020830183611ca4565b6040517fd18f92a000000000000000000000000000000000000000000000000000000000815261ffff90921660048301526001600160a01b0316602482015260440161053a565b5f5b828110156107cc576107656040830160208401611eba565b61ffff1687878381811061077b5761077b611e51565b905060200281019061078d9190611e7e565b61079e906040810190602001611eba565b61ffff16036107c4576107b76040830160208401611eba565b6107046020840184611ca4565b60010161074d565b506108166107dd6040830183611ed5565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061107392505050565b61085b576108276040820182611ed5565b6040517f591618d200000000000000000000000000000000000000000000000000000000815260040161053a929190611e3e565b61086b6040820160208301611eba565b60065f61087b6020850185611ca4565b6001600160a01b0316815260208101919091526040015f908120805461ffff939093167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00009093169290921790915560058054600181018255915281906002027f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db001610906828261209b565b50505080600101905061062c565b506004610922878983611fe1565b506003805461ffff8716640100000000027fffffffffffffffffffffffffffffffffffffffffffffffffffff0000ffffffff8216811783555f916109709163ffffffff9081169116176121ad565b91906101000a81548163ffffffff021916908363ffffffff160217905591508163ffffffff167f9af7c5c6dea809b0869b5f20126b246cb70f4b8cba0e28d9bd45a755c5f7367888888888886040516109cd9594939291906121d1565b60405180910390a25095945050505050565b81610a16576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a2082826110e4565b5050565b81158015610a3f57506002546001600160a01b038281169116145b15610af4576001546001600160a01b03811690600160a01b900465ffffffffffff1681151580610a75575065ffffffffffff8116155b80610a8857504265ffffffffffff821610155b15610ac9576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff8216600482015260240161053a565b5050600180547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1690555b610a20828261110e565b5f610b088161105d565b610a208261115f565b5f610b1b8161105d565b610a20826111d1565b5f610b376002546001600160a01b031690565b905090565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015610b7e57504265ffffffffffff821610155b610b89575f5f610b9d565b600254600160a01b900465ffffffffffff16815b915091509091565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015610be657504265ffffffffffff8216105b610c18576001547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16610c2b565b600254600160a01b900465ffffffffffff165b91505090565b6001546001600160a01b0316338114610c78576040517fc22c802200000000000000000000000000000000000000000000000000000000815233600482015260240161053a565b610494611240565b81610cb7576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a208282611306565b5f610ccb8161105d565b61049461132a565b6003545f906060908290829063ffffffff168203610d1d576040517f9210c8d600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6003546004805463ffffffff831692640100000000900461ffff16906005908390610d4790611f45565b80601f0160208091040260200160405190810160405280929190818152602001828054610d7390611f45565b8015610dbe5780601f10610d9557610100808354040283529160200191610dbe565b820191905f5260205f20905b815481529060010190602001808311610da157829003601f168201915b5050505050925080805480602002602001604051908101604052809291908181526020015f905b82821015610ecd575f848152602090819020604080516060810182526002860290920180546001600160a01b0381168452600160a01b900461ffff169383019390935260018301805492939291840191610e3e90611f45565b80601f0160208091040260200160405190810160405280929190818152602001828054610e6a90611f45565b8015610eb55780601f10610e8c57610100808354040283529160200191610eb5565b820191905f5260205f20905b815481529060010190602001808311610e9857829003601f168201915b50505050508152505081526020019060010190610de5565b505050509050935093509350935090919293565b6003545f90640100000000900461ffff16808203610f02575f915050610fc0565b5f80805b85811015610fb8575f610f3c89898985818110610f2557610f25611e51565b9050602002810190610f379190611ed5565b611334565b50506001600160a01b0381165f9081526006602052604081205491925061ffff90911690819003610f6e575050610fb0565b600161ffff82161b85811615610f8657505050610fb0565b9485179486610f94866122ff565b95508510610fac576001975050505050505050610fc0565b5050505b600101610f06565b505f93505050505b9392505050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061047c57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff0000000000000000000000000000000000000000000000000000000083161461047c565b610494813361137b565b6110715f5f6113e6565b565b5f815160211461108457505f919050565b5f825f8151811061109757611097611e51565b0160200151602184015160f89190911c915060028214806110bb57508160ff166003145b80156110cc57506401000003d01981105b80156110dc57506110dc81611510565b949350505050565b5f828152602081905260409020600101546110fe8161105d565b611108838361161f565b50505050565b6001600160a01b0381163314611150576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61115a82826116b6565b505050565b5f611168610ba5565b6111714261170a565b61117b9190612317565b90506111878282611759565b60405165ffffffffffff821681526001600160a01b038316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f6111db826117d6565b6111e44261170a565b6111ee9190612317565b90506111fa82826113e6565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b910160405180910390a15050565b6001546001600160a01b03811690600160a01b900465ffffffffffff1680158061127257504265ffffffffffff821610155b156112b3576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff8216600482015260240161053a565b6112ce5f6112c96002546001600160a01b031690565b6116b6565b506112d95f8361161f565b5050600180547fffffffffffff000000000000000000000000000000000000000000000000000016905550565b5f828152602081905260409020600101546113208161105d565b61110883836116b6565b6110715f5f611759565b5f80806041849003611368578435602086013560408701355f1a61135a89828585611827565b955095509550505050611372565b505f915060029050825b93509350939050565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16610a20576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024810183905260440161053a565b6002547a010000000000000000000000000000000000000000000000000000900465ffffffffffff1680156114a9574265ffffffffffff82161015611480576002546001805479ffffffffffffffffffffffffffffffffffffffffffffffffffff16600160a01b90920465ffffffffffff167a010000000000000000000000000000000000000000000000000000029190911790556114a9565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b50600280546001600160a01b0316600160a01b65ffffffffffff9485160279ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a0100000000000000000000000000000000000000000000000000009290931691909102919091179055565b5f806401000003d01960076401000003d019856401000003d01987880909089050805f036115415750600192915050565b5f8060056020808086600261155d60016401000003d019612335565b6115679190612348565b6040805160208101969096528501939093526060840191909152608083015260a08201526401000003d01960c082015260e00160408051601f19818403018152908290526115b491612380565b5f60405180830381855afa9150503d805f81146115ec576040519150601f19603f3d011682016040523d82523d5f602084013e6115f1565b606091505b50915091508180156116165750808060200190518101906116129190612396565b6001145b95945050505050565b5f826116ac575f6116386002546001600160a01b031690565b6001600160a01b031614611678576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0384161790555b610fc083836118ef565b5f821580156116d257506002546001600160a01b038381169116145b1561170057600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001690555b610fc083836119b4565b5f65ffffffffffff821115611755576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152603060048201526024810183905260440161053a565b5090565b60018054600160a01b65ffffffffffff84811682027fffffffffffff000000000000000000000000000000000000000000000000000084166001600160a01b0388161717909355900416801561115a576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f6117e0610ba5565b90508065ffffffffffff168365ffffffffffff16116118085761180383826123ad565b610fc0565b610fc065ffffffffffff8416620697805f828218828410028218610fc0565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561186057505f915060039050826118e5565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156118b1573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166118dc57505f9250600191508290506118e5565b92505f91508190505b9450945094915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166119ad575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556119653390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161047c565b505f61047c565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16156119ad575f838152602081815260408083206001600160a01b038616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161047c565b5080545f8255600202905f5260205f209081019061049491905b808211156117555780547fffffffffffffffffffff000000000000000000000000000000000000000000001681555f611aa96001830182611ab2565b50600201611a6d565b508054611abe90611f45565b5f825580601f10611acd575050565b601f0160209004905f5260205f209081019061049491905b80821115611755575f8155600101611ae5565b5f60208284031215611b08575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114610fc0575f5ffd5b61ffff81168114610494575f5ffd5b8035611b5181611b37565b919050565b5f5f83601f840112611b66575f5ffd5b50813567ffffffffffffffff811115611b7d575f5ffd5b6020830191508360208260051b8501011115611b97575f5ffd5b9250929050565b5f5f5f5f5f60608688031215611bb2575f5ffd5b853567ffffffffffffffff811115611bc8575f5ffd5b8601601f81018813611bd8575f5ffd5b803567ffffffffffffffff811115611bee575f5ffd5b886020828401011115611bff575f5ffd5b602091820196509450611c13908701611b46565b9250604086013567ffffffffffffffff811115611c2e575f5ffd5b611c3a88828901611b56565b969995985093965092949392505050565b5f60208284031215611c5b575f5ffd5b5035919050565b6001600160a01b0381168114610494575f5ffd5b5f5f60408385031215611c87575f5ffd5b823591506020830135611c9981611c62565b809150509250929050565b5f60208284031215611cb4575f5ffd5b8135610fc081611c62565b5f60208284031215611ccf575f5ffd5b813565ffffffffffff81168114610fc0575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b63ffffffff85168152608060208201525f611d306080830186611ce4565b61ffff85166040840152828103606084015280845180835260208301915060208160051b840101602087015f5b83811015611dbd57601f1986840301855281516001600160a01b03815116845261ffff60208201511660208501526040810151905060606040850152611da66060850182611ce4565b602096870196909450929092019150600101611d5d565b50909a9950505050505050505050565b5f5f5f60408486031215611ddf575f5ffd5b83359250602084013567ffffffffffffffff811115611dfc575f5ffd5b611e0886828701611b56565b9497909650939450505050565b81835281816020850137505f602082840101525f6020601f19601f840116840101905092915050565b602081525f6110dc602083018486611e15565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa1833603018112611eb0575f5ffd5b9190910192915050565b5f60208284031215611eca575f5ffd5b8135610fc081611b37565b5f5f8335601e19843603018112611eea575f5ffd5b83018035915067ffffffffffffffff821115611f04575f5ffd5b602001915036819003821315611b97575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b600181811c90821680611f5957607f821691505b602082108103611f90577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b601f82111561115a57805f5260205f20601f840160051c81016020851015611fbb5750805b601f840160051c820191505b81811015611fda575f8155600101611fc7565b5050505050565b67ffffffffffffffff831115611ff957611ff9611f18565b61200d836120078354611f45565b83611f96565b5f601f84116001811461203e575f85156120275750838201355b5f19600387901b1c1916600186901b178355611fda565b5f83815260208120601f198716915b8281101561206d578685013582556020948501946001909201910161204d565b5086821015612089575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81356120a681611c62565b6001600160a01b03811690508154817fffffffffffffffffffffffff0000000000000000000000000000000000000000821617835560208401356120e981611b37565b75ffff00000000000000000000000000000000000000008160a01b16837fffffffffffffffffffff000000000000000000000000000000000000000000008416171784555050506040820135601e19833603018112612146575f5ffd5b8201803567ffffffffffffffff81111561215e575f5ffd5b602082019150803603821315612172575f5ffd5b611108818360018601611fe1565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f63ffffffff821663ffffffff81036121c8576121c8612180565b60010192915050565b606081525f6121e4606083018789611e15565b61ffff8616602084015282810360408401528084825260208201905060208560051b830101865f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa1893603015b888210156122ee57601f19868503018552823581811261224f575f5ffd5b8a01803561225c81611c62565b6001600160a01b03168552602081013561227581611b37565b61ffff166020860152604081013536829003601e19018112612295575f5ffd5b0160208101903567ffffffffffffffff8111156122b0575f5ffd5b8036038213156122be575f5ffd5b606060408701526122d3606087018284611e15565b95505050602083019250602085019450600182019150612231565b50919b9a5050505050505050505050565b5f5f19820361231057612310612180565b5060010190565b65ffffffffffff818116838216019081111561047c5761047c612180565b8181038181111561047c5761047c612180565b5f8261237b577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b5f82518060208501845e5f920191825250919050565b5f602082840312156123a6575f5ffd5b5051919050565b65ffffffffffff828116828216039081111561047c5761047c61218056fea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`@Qa%\xBC8\x03\x80a%\xBC\x839\x81\x01`@\x81\x90Ra\0.\x91a\x01\xAAV[\x80b\x03\xF4\x80\x81`\x01`\x01`\xA0\x1B\x03\x81\x16a\0aW`@Qca\x16@\x11`\xE1\x1B\x81R_`\x04\x82\x01R`$\x01`@Q\x80\x91\x03\x90\xFD[`\x01\x80T`\x01`\x01`\xD0\x1B\x03\x16`\x01`\xD0\x1Be\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x02\x17\x90Ua\0\x8A_\x82a\0\x94V[PPPPPa\x01\xD7V[_\x82a\0\xF0W_a\0\xAD`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\0\xD4W`@Qc\x1F\xE1\xE1=`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90U[a\0\xFA\x83\x83a\x01\x03V[\x90P[\x92\x91PPV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x01\xA3W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\x01[3\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\0\xFDV[P_a\0\xFDV[_` \x82\x84\x03\x12\x15a\x01\xBAW__\xFD[\x81Q`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x01\xD0W__\xFD[\x93\x92PPPV[a#\xD8\x80a\x01\xE4_9_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01\x9AW_5`\xE0\x1C\x80c\x84\xEF\x8F\xFC\x11a\0\xE8W\x80c\xCE\xFC\x14)\x11a\0\x93W\x80c\xD6\x02\xB9\xFD\x11a\0nW\x80c\xD6\x02\xB9\xFD\x14a\x03\xECW\x80c\xD8d\xE7@\x14a\x03\xF4W\x80c\xEA\x0E5\xB1\x14a\x04\x0CW\x80c\xF9\xC8\x15B\x14a\x04\x14W__\xFD[\x80c\xCE\xFC\x14)\x14a\x03\xA3W\x80c\xCFn\xEF\xB7\x14a\x03\xABW\x80c\xD5Gt\x1F\x14a\x03\xD9W__\xFD[\x80c\xA1\xED\xA5<\x11a\0\xC3W\x80c\xA1\xED\xA5<\x14a\x03mW\x80c\xA2\x17\xFD\xDF\x14a\x03\x94W\x80c\xCC\x84c\xC8\x14a\x03\x9BW__\xFD[\x80c\x84\xEF\x8F\xFC\x14a\x03\nW\x80c\x8D\xA5\xCB[\x14a\x03/W\x80c\x91\xD1HT\x14a\x037W__\xFD[\x80c6V\x8A\xBE\x11a\x01HW\x80ccN\x93\xDA\x11a\x01#W\x80ccN\x93\xDA\x14a\x02\xDAW\x80cd\x9A^\xC7\x14a\x02\xEDW\x80cy\xA0Z1\x14a\x03\0W__\xFD[\x80c6V\x8A\xBE\x14a\x02WW\x80c;\x02+\x86\x14a\x02jW\x80c=\xD3Ry\x14a\x02\x91W__\xFD[\x80c\"\xEE\xD7\xFF\x11a\x01xW\x80c\"\xEE\xD7\xFF\x14a\x01\xECW\x80c$\x8A\x9C\xA3\x14a\x02\x14W\x80c//\xF1]\x14a\x02DW__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x01\x9EW\x80c\x02-c\xFB\x14a\x01\xC6W\x80c\n\xA6\"\x0B\x14a\x01\xE2W[__\xFD[a\x01\xB1a\x01\xAC6`\x04a\x1A\xF8V[a\x04'V[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[b\x06\x97\x80[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xBDV[a\x01\xEAa\x04\x82V[\0[a\x01\xFFa\x01\xFA6`\x04a\x1B\x9EV[a\x04\x97V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xBDV[a\x026a\x02\"6`\x04a\x1CKV[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[`@Q\x90\x81R` \x01a\x01\xBDV[a\x01\xEAa\x02R6`\x04a\x1CvV[a\t\xDFV[a\x01\xEAa\x02e6`\x04a\x1CvV[a\n$V[a\x026\x7Fs7\x01\x97\x9Dq\x91\xCE\xD6,y\xD6\xDD\xE6%+\x95\xFBIA\xEE\xD0T\x7Ft^|:\x1B\xAB\x83\xB3\x81V[a\x02\xC0a\x02\x9F6`\x04a\x1C\xA4V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x06` R`@\x90 Ta\xFF\xFF\x16\x80\x15\x15\x91V[`@\x80Q\x92\x15\x15\x83Ra\xFF\xFF\x90\x91\x16` \x83\x01R\x01a\x01\xBDV[a\x01\xEAa\x02\xE86`\x04a\x1C\xA4V[a\n\xFEV[a\x01\xEAa\x02\xFB6`\x04a\x1C\xBFV[a\x0B\x11V[a\x01\xCBb\x03\xF4\x80\x81V[`\x02T`\x01`\x01`\xA0\x1B\x03\x16[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x01\xBDV[a\x03\x17a\x0B$V[a\x01\xB1a\x03E6`\x04a\x1CvV[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x03ua\x0B<V[`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x93\x84\x16\x81R\x92\x90\x91\x16` \x83\x01R\x01a\x01\xBDV[a\x026_\x81V[a\x01\xCBa\x0B\xA5V[a\x01\xEAa\x0C1V[`\x01T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x81R`\x01`\xA0\x1B\x90\x92\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x83\x01R\x01a\x01\xBDV[a\x01\xEAa\x03\xE76`\x04a\x1CvV[a\x0C\x80V[a\x01\xEAa\x0C\xC1V[a\x03\xFCa\x0C\xD3V[`@Qa\x01\xBD\x94\x93\x92\x91\x90a\x1D\x12V[a\x026` \x81V[a\x01\xB1a\x04\"6`\x04a\x1D\xCDV[a\x0E\xE1V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7F1I\x87\x86\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\x04|WPa\x04|\x82a\x0F\xC7V[\x92\x91PPV[_a\x04\x8C\x81a\x10]V[a\x04\x94a\x10gV[PV[_\x7Fs7\x01\x97\x9Dq\x91\xCE\xD6,y\xD6\xDD\xE6%+\x95\xFBIA\xEE\xD0T\x7Ft^|:\x1B\xAB\x83\xB3a\x04\xC2\x81a\x10]V[a\x05\0\x87\x87\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x10s\x92PPPV[a\x05CW\x86\x86`@Q\x7FY\x16\x18\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x05:\x92\x91\x90a\x1E>V[`@Q\x80\x91\x03\x90\xFD[` \x83\x11\x80a\x05TWPa\xFF\xFF\x85\x16\x15[\x80a\x05bWPa\xFF\xFF\x85\x16\x83\x10[\x15a\x05\xA6W`@Q\x7F\xFBY\xC3\xC1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\xFF\xFF\x86\x16`\x04\x82\x01R`$\x81\x01\x84\x90R`D\x01a\x05:V[_[`\x05T\x81\x10\x15a\x06\x1EW`\x06_`\x05\x83\x81T\x81\x10a\x05\xC8Wa\x05\xC8a\x1EQV[_\x91\x82R` \x80\x83 `\x02\x90\x92\x02\x90\x91\x01T`\x01`\x01`\xA0\x1B\x03\x16\x83R\x82\x01\x92\x90\x92R`@\x01\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\x16\x90U`\x01\x01a\x05\xA8V[Pa\x06*`\x05_a\x1ASV[_[\x83\x81\x10\x15a\t\x14W6\x85\x85\x83\x81\x81\x10a\x06GWa\x06Ga\x1EQV[\x90P` \x02\x81\x01\x90a\x06Y\x91\x90a\x1E~V[\x90Pa\x06k`@\x82\x01` \x83\x01a\x1E\xBAV[a\xFF\xFF\x16\x15\x80a\x06\x8DWP` a\x06\x87`@\x83\x01\x83\x83\x01a\x1E\xBAV[a\xFF\xFF\x16\x11[\x80a\x06\xACWP_a\x06\xA1` \x83\x01\x83a\x1C\xA4V[`\x01`\x01`\xA0\x1B\x03\x16\x14[\x80a\x06\xE2WP`\x06_a\x06\xC2` \x84\x01\x84a\x1C\xA4V[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_ Ta\xFF\xFF\x16\x15\x15[\x15a\x07KWa\x06\xF7`@\x82\x01` \x83\x01a\x1E\xBAV[a\x07\x04` \x83\x01\x83a\x1C\xA4V[`@Q\x7F\xD1\x8F\x92\xA0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\xFF\xFF\x90\x92\x16`\x04\x83\x01R`\x01`\x01`\xA0\x1B\x03\x16`$\x82\x01R`D\x01a\x05:V[_[\x82\x81\x10\x15a\x07\xCCWa\x07e`@\x83\x01` \x84\x01a\x1E\xBAV[a\xFF\xFF\x16\x87\x87\x83\x81\x81\x10a\x07{Wa\x07{a\x1EQV[\x90P` \x02\x81\x01\x90a\x07\x8D\x91\x90a\x1E~V[a\x07\x9E\x90`@\x81\x01\x90` \x01a\x1E\xBAV[a\xFF\xFF\x16\x03a\x07\xC4Wa\x07\xB7`@\x83\x01` \x84\x01a\x1E\xBAV[a\x07\x04` \x84\x01\x84a\x1C\xA4V[`\x01\x01a\x07MV[Pa\x08\x16a\x07\xDD`@\x83\x01\x83a\x1E\xD5V[\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x10s\x92PPPV[a\x08[Wa\x08'`@\x82\x01\x82a\x1E\xD5V[`@Q\x7FY\x16\x18\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x05:\x92\x91\x90a\x1E>V[a\x08k`@\x82\x01` \x83\x01a\x1E\xBAV[`\x06_a\x08{` \x85\x01\x85a\x1C\xA4V[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_\x90\x81 \x80Ta\xFF\xFF\x93\x90\x93\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\x90\x93\x16\x92\x90\x92\x17\x90\x91U`\x05\x80T`\x01\x81\x01\x82U\x91R\x81\x90`\x02\x02\x7F\x03kc\x84\xB5\xEC\xA7\x91\xC6'a\x15-\x0Cy\xBB\x06\x04\xC1\x04\xA5\xFBoN\xB0p?1T\xBB=\xB0\x01a\t\x06\x82\x82a \x9BV[PPP\x80`\x01\x01\x90Pa\x06,V[P`\x04a\t\"\x87\x89\x83a\x1F\xE1V[P`\x03\x80Ta\xFF\xFF\x87\x16d\x01\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\xFF\xFF\xFF\xFF\x82\x16\x81\x17\x83U_\x91a\tp\x91c\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x17a!\xADV[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90U\x91P\x81c\xFF\xFF\xFF\xFF\x16\x7F\x9A\xF7\xC5\xC6\xDE\xA8\t\xB0\x86\x9B_ \x12k$l\xB7\x0FK\x8C\xBA\x0E(\xD9\xBDE\xA7U\xC5\xF76x\x88\x88\x88\x88\x88`@Qa\t\xCD\x95\x94\x93\x92\x91\x90a!\xD1V[`@Q\x80\x91\x03\x90\xA2P\x95\x94PPPPPV[\x81a\n\x16W`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\n \x82\x82a\x10\xE4V[PPV[\x81\x15\x80\x15a\n?WP`\x02T`\x01`\x01`\xA0\x1B\x03\x82\x81\x16\x91\x16\x14[\x15a\n\xF4W`\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x90`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x15\x15\x80a\nuWPe\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15[\x80a\n\x88WPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[\x15a\n\xC9W`@Q\x7F\x19\xCA^\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x05:V[PP`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90U[a\n \x82\x82a\x11\x0EV[_a\x0B\x08\x81a\x10]V[a\n \x82a\x11_V[_a\x0B\x1B\x81a\x10]V[a\n \x82a\x11\xD1V[_a\x0B7`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[\x90P\x90V[`\x02T_\x90z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x15\x80\x15a\x0B~WPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[a\x0B\x89W__a\x0B\x9DV[`\x02T`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81[\x91P\x91P\x90\x91V[`\x02T_\x90z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x15\x80\x15a\x0B\xE6WPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10[a\x0C\x18W`\x01Tz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x0C+V[`\x02T`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16[\x91PP\x90V[`\x01T`\x01`\x01`\xA0\x1B\x03\x163\x81\x14a\x0CxW`@Q\x7F\xC2,\x80\"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\x05:V[a\x04\x94a\x12@V[\x81a\x0C\xB7W`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\n \x82\x82a\x13\x06V[_a\x0C\xCB\x81a\x10]V[a\x04\x94a\x13*V[`\x03T_\x90``\x90\x82\x90\x82\x90c\xFF\xFF\xFF\xFF\x16\x82\x03a\r\x1DW`@Q\x7F\x92\x10\xC8\xD6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x03T`\x04\x80Tc\xFF\xFF\xFF\xFF\x83\x16\x92d\x01\0\0\0\0\x90\x04a\xFF\xFF\x16\x90`\x05\x90\x83\x90a\rG\x90a\x1FEV[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\rs\x90a\x1FEV[\x80\x15a\r\xBEW\x80`\x1F\x10a\r\x95Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\r\xBEV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\r\xA1W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x92P\x80\x80T\x80` \x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01_\x90[\x82\x82\x10\x15a\x0E\xCDW_\x84\x81R` \x90\x81\x90 `@\x80Q``\x81\x01\x82R`\x02\x86\x02\x90\x92\x01\x80T`\x01`\x01`\xA0\x1B\x03\x81\x16\x84R`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16\x93\x83\x01\x93\x90\x93R`\x01\x83\x01\x80T\x92\x93\x92\x91\x84\x01\x91a\x0E>\x90a\x1FEV[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x0Ej\x90a\x1FEV[\x80\x15a\x0E\xB5W\x80`\x1F\x10a\x0E\x8CWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x0E\xB5V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x0E\x98W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x81RPP\x81R` \x01\x90`\x01\x01\x90a\r\xE5V[PPPP\x90P\x93P\x93P\x93P\x93P\x90\x91\x92\x93V[`\x03T_\x90d\x01\0\0\0\0\x90\x04a\xFF\xFF\x16\x80\x82\x03a\x0F\x02W_\x91PPa\x0F\xC0V[_\x80\x80[\x85\x81\x10\x15a\x0F\xB8W_a\x0F<\x89\x89\x89\x85\x81\x81\x10a\x0F%Wa\x0F%a\x1EQV[\x90P` \x02\x81\x01\x90a\x0F7\x91\x90a\x1E\xD5V[a\x134V[PP`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x06` R`@\x81 T\x91\x92Pa\xFF\xFF\x90\x91\x16\x90\x81\x90\x03a\x0FnWPPa\x0F\xB0V[`\x01a\xFF\xFF\x82\x16\x1B\x85\x81\x16\x15a\x0F\x86WPPPa\x0F\xB0V[\x94\x85\x17\x94\x86a\x0F\x94\x86a\"\xFFV[\x95P\x85\x10a\x0F\xACW`\x01\x97PPPPPPPPa\x0F\xC0V[PPP[`\x01\x01a\x0F\x06V[P_\x93PPPP[\x93\x92PPPV[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\x04|WP\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x14a\x04|V[a\x04\x94\x813a\x13{V[a\x10q__a\x13\xE6V[V[_\x81Q`!\x14a\x10\x84WP_\x91\x90PV[_\x82_\x81Q\x81\x10a\x10\x97Wa\x10\x97a\x1EQV[\x01` \x01Q`!\x84\x01Q`\xF8\x91\x90\x91\x1C\x91P`\x02\x82\x14\x80a\x10\xBBWP\x81`\xFF\x16`\x03\x14[\x80\x15a\x10\xCCWPd\x01\0\0\x03\xD0\x19\x81\x10[\x80\x15a\x10\xDCWPa\x10\xDC\x81a\x15\x10V[\x94\x93PPPPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x10\xFE\x81a\x10]V[a\x11\x08\x83\x83a\x16\x1FV[PPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x163\x14a\x11PW`@Q\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x11Z\x82\x82a\x16\xB6V[PPPV[_a\x11ha\x0B\xA5V[a\x11qBa\x17\nV[a\x11{\x91\x90a#\x17V[\x90Pa\x11\x87\x82\x82a\x17YV[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x7F3w\xDCD$\x1Ew\x9D\xD0j\xFA\xB5\xB7\x88\xA3\\\xA5\xF3\xB7x\x83n)\x90\xBD\xB2j*K.^\xD6\x90` \x01`@Q\x80\x91\x03\x90\xA2PPV[_a\x11\xDB\x82a\x17\xD6V[a\x11\xE4Ba\x17\nV[a\x11\xEE\x91\x90a#\x17V[\x90Pa\x11\xFA\x82\x82a\x13\xE6V[`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16\x82R\x83\x16` \x82\x01R\x7F\xF1\x03\x8C\x18\xCF\x84\xA5nC/\xDB\xFA\xF7F\x92K~\xA5\x11\xDF\xE0:e\x06\xA0\xCE\xBAH\x88x\x8D\x9B\x91\x01`@Q\x80\x91\x03\x90\xA1PPV[`\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x90`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x80a\x12rWPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[\x15a\x12\xB3W`@Q\x7F\x19\xCA^\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x05:V[a\x12\xCE_a\x12\xC9`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[a\x16\xB6V[Pa\x12\xD9_\x83a\x16\x1FV[PP`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90UPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x13 \x81a\x10]V[a\x11\x08\x83\x83a\x16\xB6V[a\x10q__a\x17YV[_\x80\x80`A\x84\x90\x03a\x13hW\x845` \x86\x015`@\x87\x015_\x1Aa\x13Z\x89\x82\x85\x85a\x18'V[\x95P\x95P\x95PPPPa\x13rV[P_\x91P`\x02\x90P\x82[\x93P\x93P\x93\x90PV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T`\xFF\x16a\n W`@Q\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x05:V[`\x02Tz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15a\x14\xA9WBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15a\x14\x80W`\x02T`\x01\x80Ty\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1B\x90\x92\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x91\x90\x91\x17\x90Ua\x14\xA9V[`@Q\x7F+\x1F\xA2\xED\xAF\xE6\xF7\xB9\xE9|\x1A\x9E\x0C6`\xE6E\xBE\xB2\xDC\xAA-E\xBD\xBF\x9B\xEA\xF5G.\x1E\xC5\x90_\x90\xA1[P`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x16`\x01`\xA0\x1Be\xFF\xFF\xFF\xFF\xFF\xFF\x94\x85\x16\x02y\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x92\x90\x93\x16\x91\x90\x91\x02\x91\x90\x91\x17\x90UV[_\x80d\x01\0\0\x03\xD0\x19`\x07d\x01\0\0\x03\xD0\x19\x85d\x01\0\0\x03\xD0\x19\x87\x88\t\t\x08\x90P\x80_\x03a\x15AWP`\x01\x92\x91PPV[_\x80`\x05` \x80\x80\x86`\x02a\x15]`\x01d\x01\0\0\x03\xD0\x19a#5V[a\x15g\x91\x90a#HV[`@\x80Q` \x81\x01\x96\x90\x96R\x85\x01\x93\x90\x93R``\x84\x01\x91\x90\x91R`\x80\x83\x01R`\xA0\x82\x01Rd\x01\0\0\x03\xD0\x19`\xC0\x82\x01R`\xE0\x01`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x90\x82\x90Ra\x15\xB4\x91a#\x80V[_`@Q\x80\x83\x03\x81\x85Z\xFA\x91PP=\x80_\x81\x14a\x15\xECW`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\x15\xF1V[``\x91P[P\x91P\x91P\x81\x80\x15a\x16\x16WP\x80\x80` \x01\x90Q\x81\x01\x90a\x16\x12\x91\x90a#\x96V[`\x01\x14[\x95\x94PPPPPV[_\x82a\x16\xACW_a\x168`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x16xW`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90U[a\x0F\xC0\x83\x83a\x18\xEFV[_\x82\x15\x80\x15a\x16\xD2WP`\x02T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16\x91\x16\x14[\x15a\x17\0W`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90U[a\x0F\xC0\x83\x83a\x19\xB4V[_e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a\x17UW`@Q\x7Fm\xFC\xC6P\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`0`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x05:V[P\x90V[`\x01\x80T`\x01`\xA0\x1Be\xFF\xFF\xFF\xFF\xFF\xFF\x84\x81\x16\x82\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x16`\x01`\x01`\xA0\x1B\x03\x88\x16\x17\x17\x90\x93U\x90\x04\x16\x80\x15a\x11ZW`@Q\x7F\x88\x86\xEB\xFCBY\xAB\xDB\xC1f\x01\xDD\x8F\xB5g\x8ET\x87\x8FG\xB3\xC3H6\xCF\xC5\x11T\xA9`Q\t\x90_\x90\xA1PPPV[__a\x17\xE0a\x0B\xA5V[\x90P\x80e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a\x18\x08Wa\x18\x03\x83\x82a#\xADV[a\x0F\xC0V[a\x0F\xC0e\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16b\x06\x97\x80_\x82\x82\x18\x82\x84\x10\x02\x82\x18a\x0F\xC0V[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a\x18`WP_\x91P`\x03\x90P\x82a\x18\xE5V[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a\x18\xB1W=__>=_\xFD[PP`@Q`\x1F\x19\x01Q\x91PP`\x01`\x01`\xA0\x1B\x03\x81\x16a\x18\xDCWP_\x92P`\x01\x91P\x82\x90Pa\x18\xE5V[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x19\xADW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90Ua\x19e3\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x04|V[P_a\x04|V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16\x15a\x19\xADW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x80\x85R\x92R\x80\x83 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16\x90UQ3\x92\x86\x91\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B\x91\x90\xA4P`\x01a\x04|V[P\x80T_\x82U`\x02\x02\x90_R` _ \x90\x81\x01\x90a\x04\x94\x91\x90[\x80\x82\x11\x15a\x17UW\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81U_a\x1A\xA9`\x01\x83\x01\x82a\x1A\xB2V[P`\x02\x01a\x1AmV[P\x80Ta\x1A\xBE\x90a\x1FEV[_\x82U\x80`\x1F\x10a\x1A\xCDWPPV[`\x1F\x01` \x90\x04\x90_R` _ \x90\x81\x01\x90a\x04\x94\x91\x90[\x80\x82\x11\x15a\x17UW_\x81U`\x01\x01a\x1A\xE5V[_` \x82\x84\x03\x12\x15a\x1B\x08W__\xFD[\x815\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x81\x14a\x0F\xC0W__\xFD[a\xFF\xFF\x81\x16\x81\x14a\x04\x94W__\xFD[\x805a\x1BQ\x81a\x1B7V[\x91\x90PV[__\x83`\x1F\x84\x01\x12a\x1BfW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1B}W__\xFD[` \x83\x01\x91P\x83` \x82`\x05\x1B\x85\x01\x01\x11\x15a\x1B\x97W__\xFD[\x92P\x92\x90PV[_____``\x86\x88\x03\x12\x15a\x1B\xB2W__\xFD[\x855g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1B\xC8W__\xFD[\x86\x01`\x1F\x81\x01\x88\x13a\x1B\xD8W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1B\xEEW__\xFD[\x88` \x82\x84\x01\x01\x11\x15a\x1B\xFFW__\xFD[` \x91\x82\x01\x96P\x94Pa\x1C\x13\x90\x87\x01a\x1BFV[\x92P`@\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1C.W__\xFD[a\x1C:\x88\x82\x89\x01a\x1BVV[\x96\x99\x95\x98P\x93\x96P\x92\x94\x93\x92PPPV[_` \x82\x84\x03\x12\x15a\x1C[W__\xFD[P5\x91\x90PV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x04\x94W__\xFD[__`@\x83\x85\x03\x12\x15a\x1C\x87W__\xFD[\x825\x91P` \x83\x015a\x1C\x99\x81a\x1CbV[\x80\x91PP\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a\x1C\xB4W__\xFD[\x815a\x0F\xC0\x81a\x1CbV[_` \x82\x84\x03\x12\x15a\x1C\xCFW__\xFD[\x815e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0F\xC0W__\xFD[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` `\x1F\x19`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[c\xFF\xFF\xFF\xFF\x85\x16\x81R`\x80` \x82\x01R_a\x1D0`\x80\x83\x01\x86a\x1C\xE4V[a\xFF\xFF\x85\x16`@\x84\x01R\x82\x81\x03``\x84\x01R\x80\x84Q\x80\x83R` \x83\x01\x91P` \x81`\x05\x1B\x84\x01\x01` \x87\x01_[\x83\x81\x10\x15a\x1D\xBDW`\x1F\x19\x86\x84\x03\x01\x85R\x81Q`\x01`\x01`\xA0\x1B\x03\x81Q\x16\x84Ra\xFF\xFF` \x82\x01Q\x16` \x85\x01R`@\x81\x01Q\x90P```@\x85\x01Ra\x1D\xA6``\x85\x01\x82a\x1C\xE4V[` \x96\x87\x01\x96\x90\x94P\x92\x90\x92\x01\x91P`\x01\x01a\x1D]V[P\x90\x9A\x99PPPPPPPPPPV[___`@\x84\x86\x03\x12\x15a\x1D\xDFW__\xFD[\x835\x92P` \x84\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1D\xFCW__\xFD[a\x1E\x08\x86\x82\x87\x01a\x1BVV[\x94\x97\x90\x96P\x93\x94PPPPV[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` `\x1F\x19`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[` \x81R_a\x10\xDC` \x83\x01\x84\x86a\x1E\x15V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[_\x825\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA1\x836\x03\x01\x81\x12a\x1E\xB0W__\xFD[\x91\x90\x91\x01\x92\x91PPV[_` \x82\x84\x03\x12\x15a\x1E\xCAW__\xFD[\x815a\x0F\xC0\x81a\x1B7V[__\x835`\x1E\x19\x846\x03\x01\x81\x12a\x1E\xEAW__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a\x1F\x04W__\xFD[` \x01\x91P6\x81\x90\x03\x82\x13\x15a\x1B\x97W__\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`\x01\x81\x81\x1C\x90\x82\x16\x80a\x1FYW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a\x1F\x90W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD[P\x91\x90PV[`\x1F\x82\x11\x15a\x11ZW\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a\x1F\xBBWP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\x1F\xDAW_\x81U`\x01\x01a\x1F\xC7V[PPPPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11\x15a\x1F\xF9Wa\x1F\xF9a\x1F\x18V[a \r\x83a \x07\x83Ta\x1FEV[\x83a\x1F\x96V[_`\x1F\x84\x11`\x01\x81\x14a >W_\x85\x15a 'WP\x83\x82\x015[_\x19`\x03\x87\x90\x1B\x1C\x19\x16`\x01\x86\x90\x1B\x17\x83Ua\x1F\xDAV[_\x83\x81R` \x81 `\x1F\x19\x87\x16\x91[\x82\x81\x10\x15a mW\x86\x85\x015\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a MV[P\x86\x82\x10\x15a \x89W_\x19`\xF8\x88`\x03\x1B\x16\x1C\x19\x84\x87\x015\x16\x81U[PP`\x01\x85`\x01\x1B\x01\x83UPPPPPV[\x815a \xA6\x81a\x1CbV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x90P\x81T\x81\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x17\x83U` \x84\x015a \xE9\x81a\x1B7V[u\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81`\xA0\x1B\x16\x83\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x16\x17\x17\x84UPPP`@\x82\x015`\x1E\x19\x836\x03\x01\x81\x12a!FW__\xFD[\x82\x01\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a!^W__\xFD[` \x82\x01\x91P\x806\x03\x82\x13\x15a!rW__\xFD[a\x11\x08\x81\x83`\x01\x86\x01a\x1F\xE1V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[_c\xFF\xFF\xFF\xFF\x82\x16c\xFF\xFF\xFF\xFF\x81\x03a!\xC8Wa!\xC8a!\x80V[`\x01\x01\x92\x91PPV[``\x81R_a!\xE4``\x83\x01\x87\x89a\x1E\x15V[a\xFF\xFF\x86\x16` \x84\x01R\x82\x81\x03`@\x84\x01R\x80\x84\x82R` \x82\x01\x90P` \x85`\x05\x1B\x83\x01\x01\x86_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA1\x896\x03\x01[\x88\x82\x10\x15a\"\xEEW`\x1F\x19\x86\x85\x03\x01\x85R\x825\x81\x81\x12a\"OW__\xFD[\x8A\x01\x805a\"\\\x81a\x1CbV[`\x01`\x01`\xA0\x1B\x03\x16\x85R` \x81\x015a\"u\x81a\x1B7V[a\xFF\xFF\x16` \x86\x01R`@\x81\x0156\x82\x90\x03`\x1E\x19\x01\x81\x12a\"\x95W__\xFD[\x01` \x81\x01\x905g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\"\xB0W__\xFD[\x806\x03\x82\x13\x15a\"\xBEW__\xFD[```@\x87\x01Ra\"\xD3``\x87\x01\x82\x84a\x1E\x15V[\x95PPP` \x83\x01\x92P` \x85\x01\x94P`\x01\x82\x01\x91Pa\"1V[P\x91\x9B\x9APPPPPPPPPPPV[__\x19\x82\x03a#\x10Wa#\x10a!\x80V[P`\x01\x01\x90V[e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x04|Wa\x04|a!\x80V[\x81\x81\x03\x81\x81\x11\x15a\x04|Wa\x04|a!\x80V[_\x82a#{W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[P\x04\x90V[_\x82Q\x80` \x85\x01\x84^_\x92\x01\x91\x82RP\x91\x90PV[_` \x82\x84\x03\x12\x15a#\xA6W__\xFD[PQ\x91\x90PV[e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x04|Wa\x04|a!\x80V\xFE\xA1dsolcC\0\x08\x1E\0\n",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b506004361061019a575f3560e01c806384ef8ffc116100e8578063cefc142911610093578063d602b9fd1161006e578063d602b9fd146103ec578063d864e740146103f4578063ea0e35b11461040c578063f9c8154214610414575f5ffd5b8063cefc1429146103a3578063cf6eefb7146103ab578063d547741f146103d9575f5ffd5b8063a1eda53c116100c3578063a1eda53c1461036d578063a217fddf14610394578063cc8463c81461039b575f5ffd5b806384ef8ffc1461030a5780638da5cb5b1461032f57806391d1485414610337575f5ffd5b806336568abe11610148578063634e93da11610123578063634e93da146102da578063649a5ec7146102ed57806379a05a3114610300575f5ffd5b806336568abe146102575780633b022b861461026a5780633dd3527914610291575f5ffd5b806322eed7ff1161017857806322eed7ff146101ec578063248a9ca3146102145780632f2ff15d14610244575f5ffd5b806301ffc9a71461019e578063022d63fb146101c65780630aa6220b146101e2575b5f5ffd5b6101b16101ac366004611af8565b610427565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff90911681526020016101bd565b6101ea610482565b005b6101ff6101fa366004611b9e565b610497565b60405163ffffffff90911681526020016101bd565b610236610222366004611c4b565b5f9081526020819052604090206001015490565b6040519081526020016101bd565b6101ea610252366004611c76565b6109df565b6101ea610265366004611c76565b610a24565b6102367f733701979d7191ced62c79d6dde6252b95fb4941eed0547f745e7c3a1bab83b381565b6102c061029f366004611ca4565b6001600160a01b03165f9081526006602052604090205461ffff1680151591565b60408051921515835261ffff9091166020830152016101bd565b6101ea6102e8366004611ca4565b610afe565b6101ea6102fb366004611cbf565b610b11565b6101cb6203f48081565b6002546001600160a01b03165b6040516001600160a01b0390911681526020016101bd565b610317610b24565b6101b1610345366004611c76565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b610375610b3c565b6040805165ffffffffffff9384168152929091166020830152016101bd565b6102365f81565b6101cb610ba5565b6101ea610c31565b600154604080516001600160a01b0383168152600160a01b90920465ffffffffffff166020830152016101bd565b6101ea6103e7366004611c76565b610c80565b6101ea610cc1565b6103fc610cd3565b6040516101bd9493929190611d12565b610236602081565b6101b1610422366004611dcd565b610ee1565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f3149878600000000000000000000000000000000000000000000000000000000148061047c575061047c82610fc7565b92915050565b5f61048c8161105d565b610494611067565b50565b5f7f733701979d7191ced62c79d6dde6252b95fb4941eed0547f745e7c3a1bab83b36104c28161105d565b61050087878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061107392505050565b6105435786866040517f591618d200000000000000000000000000000000000000000000000000000000815260040161053a929190611e3e565b60405180910390fd5b6020831180610554575061ffff8516155b80610562575061ffff851683105b156105a6576040517ffb59c3c100000000000000000000000000000000000000000000000000000000815261ffff861660048201526024810184905260440161053a565b5f5b60055481101561061e5760065f600583815481106105c8576105c8611e51565b5f91825260208083206002909202909101546001600160a01b03168352820192909252604001902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00001690556001016105a8565b5061062a60055f611a53565b5f5b83811015610914573685858381811061064757610647611e51565b90506020028101906106599190611e7e565b905061066b6040820160208301611eba565b61ffff16158061068d5750602061068760408301838301611eba565b61ffff16115b806106ac57505f6106a16020830183611ca4565b6001600160a01b0316145b806106e2575060065f6106c26020840184611ca4565b6001600160a01b0316815260208101919091526040015f205461ffff1615155b1561074b576106f76040820160208301611eba565b6107046020830183611ca4565b6040517fd18f92a000000000000000000000000000000000000000000000000000000000815261ffff90921660048301526001600160a01b0316602482015260440161053a565b5f5b828110156107cc576107656040830160208401611eba565b61ffff1687878381811061077b5761077b611e51565b905060200281019061078d9190611e7e565b61079e906040810190602001611eba565b61ffff16036107c4576107b76040830160208401611eba565b6107046020840184611ca4565b60010161074d565b506108166107dd6040830183611ed5565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061107392505050565b61085b576108276040820182611ed5565b6040517f591618d200000000000000000000000000000000000000000000000000000000815260040161053a929190611e3e565b61086b6040820160208301611eba565b60065f61087b6020850185611ca4565b6001600160a01b0316815260208101919091526040015f908120805461ffff939093167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00009093169290921790915560058054600181018255915281906002027f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db001610906828261209b565b50505080600101905061062c565b506004610922878983611fe1565b506003805461ffff8716640100000000027fffffffffffffffffffffffffffffffffffffffffffffffffffff0000ffffffff8216811783555f916109709163ffffffff9081169116176121ad565b91906101000a81548163ffffffff021916908363ffffffff160217905591508163ffffffff167f9af7c5c6dea809b0869b5f20126b246cb70f4b8cba0e28d9bd45a755c5f7367888888888886040516109cd9594939291906121d1565b60405180910390a25095945050505050565b81610a16576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a2082826110e4565b5050565b81158015610a3f57506002546001600160a01b038281169116145b15610af4576001546001600160a01b03811690600160a01b900465ffffffffffff1681151580610a75575065ffffffffffff8116155b80610a8857504265ffffffffffff821610155b15610ac9576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff8216600482015260240161053a565b5050600180547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1690555b610a20828261110e565b5f610b088161105d565b610a208261115f565b5f610b1b8161105d565b610a20826111d1565b5f610b376002546001600160a01b031690565b905090565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015610b7e57504265ffffffffffff821610155b610b89575f5f610b9d565b600254600160a01b900465ffffffffffff16815b915091509091565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015610be657504265ffffffffffff8216105b610c18576001547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16610c2b565b600254600160a01b900465ffffffffffff165b91505090565b6001546001600160a01b0316338114610c78576040517fc22c802200000000000000000000000000000000000000000000000000000000815233600482015260240161053a565b610494611240565b81610cb7576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a208282611306565b5f610ccb8161105d565b61049461132a565b6003545f906060908290829063ffffffff168203610d1d576040517f9210c8d600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6003546004805463ffffffff831692640100000000900461ffff16906005908390610d4790611f45565b80601f0160208091040260200160405190810160405280929190818152602001828054610d7390611f45565b8015610dbe5780601f10610d9557610100808354040283529160200191610dbe565b820191905f5260205f20905b815481529060010190602001808311610da157829003601f168201915b5050505050925080805480602002602001604051908101604052809291908181526020015f905b82821015610ecd575f848152602090819020604080516060810182526002860290920180546001600160a01b0381168452600160a01b900461ffff169383019390935260018301805492939291840191610e3e90611f45565b80601f0160208091040260200160405190810160405280929190818152602001828054610e6a90611f45565b8015610eb55780601f10610e8c57610100808354040283529160200191610eb5565b820191905f5260205f20905b815481529060010190602001808311610e9857829003601f168201915b50505050508152505081526020019060010190610de5565b505050509050935093509350935090919293565b6003545f90640100000000900461ffff16808203610f02575f915050610fc0565b5f80805b85811015610fb8575f610f3c89898985818110610f2557610f25611e51565b9050602002810190610f379190611ed5565b611334565b50506001600160a01b0381165f9081526006602052604081205491925061ffff90911690819003610f6e575050610fb0565b600161ffff82161b85811615610f8657505050610fb0565b9485179486610f94866122ff565b95508510610fac576001975050505050505050610fc0565b5050505b600101610f06565b505f93505050505b9392505050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061047c57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff0000000000000000000000000000000000000000000000000000000083161461047c565b610494813361137b565b6110715f5f6113e6565b565b5f815160211461108457505f919050565b5f825f8151811061109757611097611e51565b0160200151602184015160f89190911c915060028214806110bb57508160ff166003145b80156110cc57506401000003d01981105b80156110dc57506110dc81611510565b949350505050565b5f828152602081905260409020600101546110fe8161105d565b611108838361161f565b50505050565b6001600160a01b0381163314611150576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61115a82826116b6565b505050565b5f611168610ba5565b6111714261170a565b61117b9190612317565b90506111878282611759565b60405165ffffffffffff821681526001600160a01b038316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f6111db826117d6565b6111e44261170a565b6111ee9190612317565b90506111fa82826113e6565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b910160405180910390a15050565b6001546001600160a01b03811690600160a01b900465ffffffffffff1680158061127257504265ffffffffffff821610155b156112b3576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff8216600482015260240161053a565b6112ce5f6112c96002546001600160a01b031690565b6116b6565b506112d95f8361161f565b5050600180547fffffffffffff000000000000000000000000000000000000000000000000000016905550565b5f828152602081905260409020600101546113208161105d565b61110883836116b6565b6110715f5f611759565b5f80806041849003611368578435602086013560408701355f1a61135a89828585611827565b955095509550505050611372565b505f915060029050825b93509350939050565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16610a20576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024810183905260440161053a565b6002547a010000000000000000000000000000000000000000000000000000900465ffffffffffff1680156114a9574265ffffffffffff82161015611480576002546001805479ffffffffffffffffffffffffffffffffffffffffffffffffffff16600160a01b90920465ffffffffffff167a010000000000000000000000000000000000000000000000000000029190911790556114a9565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b50600280546001600160a01b0316600160a01b65ffffffffffff9485160279ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a0100000000000000000000000000000000000000000000000000009290931691909102919091179055565b5f806401000003d01960076401000003d019856401000003d01987880909089050805f036115415750600192915050565b5f8060056020808086600261155d60016401000003d019612335565b6115679190612348565b6040805160208101969096528501939093526060840191909152608083015260a08201526401000003d01960c082015260e00160408051601f19818403018152908290526115b491612380565b5f60405180830381855afa9150503d805f81146115ec576040519150601f19603f3d011682016040523d82523d5f602084013e6115f1565b606091505b50915091508180156116165750808060200190518101906116129190612396565b6001145b95945050505050565b5f826116ac575f6116386002546001600160a01b031690565b6001600160a01b031614611678576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0384161790555b610fc083836118ef565b5f821580156116d257506002546001600160a01b038381169116145b1561170057600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001690555b610fc083836119b4565b5f65ffffffffffff821115611755576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152603060048201526024810183905260440161053a565b5090565b60018054600160a01b65ffffffffffff84811682027fffffffffffff000000000000000000000000000000000000000000000000000084166001600160a01b0388161717909355900416801561115a576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f6117e0610ba5565b90508065ffffffffffff168365ffffffffffff16116118085761180383826123ad565b610fc0565b610fc065ffffffffffff8416620697805f828218828410028218610fc0565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561186057505f915060039050826118e5565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156118b1573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166118dc57505f9250600191508290506118e5565b92505f91508190505b9450945094915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166119ad575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556119653390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161047c565b505f61047c565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16156119ad575f838152602081815260408083206001600160a01b038616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161047c565b5080545f8255600202905f5260205f209081019061049491905b808211156117555780547fffffffffffffffffffff000000000000000000000000000000000000000000001681555f611aa96001830182611ab2565b50600201611a6d565b508054611abe90611f45565b5f825580601f10611acd575050565b601f0160209004905f5260205f209081019061049491905b80821115611755575f8155600101611ae5565b5f60208284031215611b08575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114610fc0575f5ffd5b61ffff81168114610494575f5ffd5b8035611b5181611b37565b919050565b5f5f83601f840112611b66575f5ffd5b50813567ffffffffffffffff811115611b7d575f5ffd5b6020830191508360208260051b8501011115611b97575f5ffd5b9250929050565b5f5f5f5f5f60608688031215611bb2575f5ffd5b853567ffffffffffffffff811115611bc8575f5ffd5b8601601f81018813611bd8575f5ffd5b803567ffffffffffffffff811115611bee575f5ffd5b886020828401011115611bff575f5ffd5b602091820196509450611c13908701611b46565b9250604086013567ffffffffffffffff811115611c2e575f5ffd5b611c3a88828901611b56565b969995985093965092949392505050565b5f60208284031215611c5b575f5ffd5b5035919050565b6001600160a01b0381168114610494575f5ffd5b5f5f60408385031215611c87575f5ffd5b823591506020830135611c9981611c62565b809150509250929050565b5f60208284031215611cb4575f5ffd5b8135610fc081611c62565b5f60208284031215611ccf575f5ffd5b813565ffffffffffff81168114610fc0575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b63ffffffff85168152608060208201525f611d306080830186611ce4565b61ffff85166040840152828103606084015280845180835260208301915060208160051b840101602087015f5b83811015611dbd57601f1986840301855281516001600160a01b03815116845261ffff60208201511660208501526040810151905060606040850152611da66060850182611ce4565b602096870196909450929092019150600101611d5d565b50909a9950505050505050505050565b5f5f5f60408486031215611ddf575f5ffd5b83359250602084013567ffffffffffffffff811115611dfc575f5ffd5b611e0886828701611b56565b9497909650939450505050565b81835281816020850137505f602082840101525f6020601f19601f840116840101905092915050565b602081525f6110dc602083018486611e15565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa1833603018112611eb0575f5ffd5b9190910192915050565b5f60208284031215611eca575f5ffd5b8135610fc081611b37565b5f5f8335601e19843603018112611eea575f5ffd5b83018035915067ffffffffffffffff821115611f04575f5ffd5b602001915036819003821315611b97575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b600181811c90821680611f5957607f821691505b602082108103611f90577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b601f82111561115a57805f5260205f20601f840160051c81016020851015611fbb5750805b601f840160051c820191505b81811015611fda575f8155600101611fc7565b5050505050565b67ffffffffffffffff831115611ff957611ff9611f18565b61200d836120078354611f45565b83611f96565b5f601f84116001811461203e575f85156120275750838201355b5f19600387901b1c1916600186901b178355611fda565b5f83815260208120601f198716915b8281101561206d578685013582556020948501946001909201910161204d565b5086821015612089575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81356120a681611c62565b6001600160a01b03811690508154817fffffffffffffffffffffffff0000000000000000000000000000000000000000821617835560208401356120e981611b37565b75ffff00000000000000000000000000000000000000008160a01b16837fffffffffffffffffffff000000000000000000000000000000000000000000008416171784555050506040820135601e19833603018112612146575f5ffd5b8201803567ffffffffffffffff81111561215e575f5ffd5b602082019150803603821315612172575f5ffd5b611108818360018601611fe1565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f63ffffffff821663ffffffff81036121c8576121c8612180565b60010192915050565b606081525f6121e4606083018789611e15565b61ffff8616602084015282810360408401528084825260208201905060208560051b830101865f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa1893603015b888210156122ee57601f19868503018552823581811261224f575f5ffd5b8a01803561225c81611c62565b6001600160a01b03168552602081013561227581611b37565b61ffff166020860152604081013536829003601e19018112612295575f5ffd5b0160208101903567ffffffffffffffff8111156122b0575f5ffd5b8036038213156122be575f5ffd5b606060408701526122d3606087018284611e15565b95505050602083019250602085019450600182019150612231565b50919b9a5050505050505050505050565b5f5f19820361231057612310612180565b5060010190565b65ffffffffffff818116838216019081111561047c5761047c612180565b8181038181111561047c5761047c612180565b5f8261237b577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b5f82518060208501845e5f920191825250919050565b5f602082840312156123a6575f5ffd5b5051919050565b65ffffffffffff828116828216039081111561047c5761047c61218056fea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01\x9AW_5`\xE0\x1C\x80c\x84\xEF\x8F\xFC\x11a\0\xE8W\x80c\xCE\xFC\x14)\x11a\0\x93W\x80c\xD6\x02\xB9\xFD\x11a\0nW\x80c\xD6\x02\xB9\xFD\x14a\x03\xECW\x80c\xD8d\xE7@\x14a\x03\xF4W\x80c\xEA\x0E5\xB1\x14a\x04\x0CW\x80c\xF9\xC8\x15B\x14a\x04\x14W__\xFD[\x80c\xCE\xFC\x14)\x14a\x03\xA3W\x80c\xCFn\xEF\xB7\x14a\x03\xABW\x80c\xD5Gt\x1F\x14a\x03\xD9W__\xFD[\x80c\xA1\xED\xA5<\x11a\0\xC3W\x80c\xA1\xED\xA5<\x14a\x03mW\x80c\xA2\x17\xFD\xDF\x14a\x03\x94W\x80c\xCC\x84c\xC8\x14a\x03\x9BW__\xFD[\x80c\x84\xEF\x8F\xFC\x14a\x03\nW\x80c\x8D\xA5\xCB[\x14a\x03/W\x80c\x91\xD1HT\x14a\x037W__\xFD[\x80c6V\x8A\xBE\x11a\x01HW\x80ccN\x93\xDA\x11a\x01#W\x80ccN\x93\xDA\x14a\x02\xDAW\x80cd\x9A^\xC7\x14a\x02\xEDW\x80cy\xA0Z1\x14a\x03\0W__\xFD[\x80c6V\x8A\xBE\x14a\x02WW\x80c;\x02+\x86\x14a\x02jW\x80c=\xD3Ry\x14a\x02\x91W__\xFD[\x80c\"\xEE\xD7\xFF\x11a\x01xW\x80c\"\xEE\xD7\xFF\x14a\x01\xECW\x80c$\x8A\x9C\xA3\x14a\x02\x14W\x80c//\xF1]\x14a\x02DW__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x01\x9EW\x80c\x02-c\xFB\x14a\x01\xC6W\x80c\n\xA6\"\x0B\x14a\x01\xE2W[__\xFD[a\x01\xB1a\x01\xAC6`\x04a\x1A\xF8V[a\x04'V[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[b\x06\x97\x80[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xBDV[a\x01\xEAa\x04\x82V[\0[a\x01\xFFa\x01\xFA6`\x04a\x1B\x9EV[a\x04\x97V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xBDV[a\x026a\x02\"6`\x04a\x1CKV[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[`@Q\x90\x81R` \x01a\x01\xBDV[a\x01\xEAa\x02R6`\x04a\x1CvV[a\t\xDFV[a\x01\xEAa\x02e6`\x04a\x1CvV[a\n$V[a\x026\x7Fs7\x01\x97\x9Dq\x91\xCE\xD6,y\xD6\xDD\xE6%+\x95\xFBIA\xEE\xD0T\x7Ft^|:\x1B\xAB\x83\xB3\x81V[a\x02\xC0a\x02\x9F6`\x04a\x1C\xA4V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x06` R`@\x90 Ta\xFF\xFF\x16\x80\x15\x15\x91V[`@\x80Q\x92\x15\x15\x83Ra\xFF\xFF\x90\x91\x16` \x83\x01R\x01a\x01\xBDV[a\x01\xEAa\x02\xE86`\x04a\x1C\xA4V[a\n\xFEV[a\x01\xEAa\x02\xFB6`\x04a\x1C\xBFV[a\x0B\x11V[a\x01\xCBb\x03\xF4\x80\x81V[`\x02T`\x01`\x01`\xA0\x1B\x03\x16[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x01\xBDV[a\x03\x17a\x0B$V[a\x01\xB1a\x03E6`\x04a\x1CvV[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x03ua\x0B<V[`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x93\x84\x16\x81R\x92\x90\x91\x16` \x83\x01R\x01a\x01\xBDV[a\x026_\x81V[a\x01\xCBa\x0B\xA5V[a\x01\xEAa\x0C1V[`\x01T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x81R`\x01`\xA0\x1B\x90\x92\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x83\x01R\x01a\x01\xBDV[a\x01\xEAa\x03\xE76`\x04a\x1CvV[a\x0C\x80V[a\x01\xEAa\x0C\xC1V[a\x03\xFCa\x0C\xD3V[`@Qa\x01\xBD\x94\x93\x92\x91\x90a\x1D\x12V[a\x026` \x81V[a\x01\xB1a\x04\"6`\x04a\x1D\xCDV[a\x0E\xE1V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7F1I\x87\x86\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\x04|WPa\x04|\x82a\x0F\xC7V[\x92\x91PPV[_a\x04\x8C\x81a\x10]V[a\x04\x94a\x10gV[PV[_\x7Fs7\x01\x97\x9Dq\x91\xCE\xD6,y\xD6\xDD\xE6%+\x95\xFBIA\xEE\xD0T\x7Ft^|:\x1B\xAB\x83\xB3a\x04\xC2\x81a\x10]V[a\x05\0\x87\x87\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x10s\x92PPPV[a\x05CW\x86\x86`@Q\x7FY\x16\x18\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x05:\x92\x91\x90a\x1E>V[`@Q\x80\x91\x03\x90\xFD[` \x83\x11\x80a\x05TWPa\xFF\xFF\x85\x16\x15[\x80a\x05bWPa\xFF\xFF\x85\x16\x83\x10[\x15a\x05\xA6W`@Q\x7F\xFBY\xC3\xC1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\xFF\xFF\x86\x16`\x04\x82\x01R`$\x81\x01\x84\x90R`D\x01a\x05:V[_[`\x05T\x81\x10\x15a\x06\x1EW`\x06_`\x05\x83\x81T\x81\x10a\x05\xC8Wa\x05\xC8a\x1EQV[_\x91\x82R` \x80\x83 `\x02\x90\x92\x02\x90\x91\x01T`\x01`\x01`\xA0\x1B\x03\x16\x83R\x82\x01\x92\x90\x92R`@\x01\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\x16\x90U`\x01\x01a\x05\xA8V[Pa\x06*`\x05_a\x1ASV[_[\x83\x81\x10\x15a\t\x14W6\x85\x85\x83\x81\x81\x10a\x06GWa\x06Ga\x1EQV[\x90P` \x02\x81\x01\x90a\x06Y\x91\x90a\x1E~V[\x90Pa\x06k`@\x82\x01` \x83\x01a\x1E\xBAV[a\xFF\xFF\x16\x15\x80a\x06\x8DWP` a\x06\x87`@\x83\x01\x83\x83\x01a\x1E\xBAV[a\xFF\xFF\x16\x11[\x80a\x06\xACWP_a\x06\xA1` \x83\x01\x83a\x1C\xA4V[`\x01`\x01`\xA0\x1B\x03\x16\x14[\x80a\x06\xE2WP`\x06_a\x06\xC2` \x84\x01\x84a\x1C\xA4V[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_ Ta\xFF\xFF\x16\x15\x15[\x15a\x07KWa\x06\xF7`@\x82\x01` \x83\x01a\x1E\xBAV[a\x07\x04` \x83\x01\x83a\x1C\xA4V[`@Q\x7F\xD1\x8F\x92\xA0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\xFF\xFF\x90\x92\x16`\x04\x83\x01R`\x01`\x01`\xA0\x1B\x03\x16`$\x82\x01R`D\x01a\x05:V[_[\x82\x81\x10\x15a\x07\xCCWa\x07e`@\x83\x01` \x84\x01a\x1E\xBAV[a\xFF\xFF\x16\x87\x87\x83\x81\x81\x10a\x07{Wa\x07{a\x1EQV[\x90P` \x02\x81\x01\x90a\x07\x8D\x91\x90a\x1E~V[a\x07\x9E\x90`@\x81\x01\x90` \x01a\x1E\xBAV[a\xFF\xFF\x16\x03a\x07\xC4Wa\x07\xB7`@\x83\x01` \x84\x01a\x1E\xBAV[a\x07\x04` \x84\x01\x84a\x1C\xA4V[`\x01\x01a\x07MV[Pa\x08\x16a\x07\xDD`@\x83\x01\x83a\x1E\xD5V[\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x10s\x92PPPV[a\x08[Wa\x08'`@\x82\x01\x82a\x1E\xD5V[`@Q\x7FY\x16\x18\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x05:\x92\x91\x90a\x1E>V[a\x08k`@\x82\x01` \x83\x01a\x1E\xBAV[`\x06_a\x08{` \x85\x01\x85a\x1C\xA4V[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_\x90\x81 \x80Ta\xFF\xFF\x93\x90\x93\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\x90\x93\x16\x92\x90\x92\x17\x90\x91U`\x05\x80T`\x01\x81\x01\x82U\x91R\x81\x90`\x02\x02\x7F\x03kc\x84\xB5\xEC\xA7\x91\xC6'a\x15-\x0Cy\xBB\x06\x04\xC1\x04\xA5\xFBoN\xB0p?1T\xBB=\xB0\x01a\t\x06\x82\x82a \x9BV[PPP\x80`\x01\x01\x90Pa\x06,V[P`\x04a\t\"\x87\x89\x83a\x1F\xE1V[P`\x03\x80Ta\xFF\xFF\x87\x16d\x01\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\xFF\xFF\xFF\xFF\x82\x16\x81\x17\x83U_\x91a\tp\x91c\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x17a!\xADV[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90U\x91P\x81c\xFF\xFF\xFF\xFF\x16\x7F\x9A\xF7\xC5\xC6\xDE\xA8\t\xB0\x86\x9B_ \x12k$l\xB7\x0FK\x8C\xBA\x0E(\xD9\xBDE\xA7U\xC5\xF76x\x88\x88\x88\x88\x88`@Qa\t\xCD\x95\x94\x93\x92\x91\x90a!\xD1V[`@Q\x80\x91\x03\x90\xA2P\x95\x94PPPPPV[\x81a\n\x16W`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\n \x82\x82a\x10\xE4V[PPV[\x81\x15\x80\x15a\n?WP`\x02T`\x01`\x01`\xA0\x1B\x03\x82\x81\x16\x91\x16\x14[\x15a\n\xF4W`\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x90`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x15\x15\x80a\nuWPe\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15[\x80a\n\x88WPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[\x15a\n\xC9W`@Q\x7F\x19\xCA^\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x05:V[PP`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90U[a\n \x82\x82a\x11\x0EV[_a\x0B\x08\x81a\x10]V[a\n \x82a\x11_V[_a\x0B\x1B\x81a\x10]V[a\n \x82a\x11\xD1V[_a\x0B7`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[\x90P\x90V[`\x02T_\x90z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x15\x80\x15a\x0B~WPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[a\x0B\x89W__a\x0B\x9DV[`\x02T`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81[\x91P\x91P\x90\x91V[`\x02T_\x90z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x15\x80\x15a\x0B\xE6WPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10[a\x0C\x18W`\x01Tz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x0C+V[`\x02T`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16[\x91PP\x90V[`\x01T`\x01`\x01`\xA0\x1B\x03\x163\x81\x14a\x0CxW`@Q\x7F\xC2,\x80\"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\x05:V[a\x04\x94a\x12@V[\x81a\x0C\xB7W`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\n \x82\x82a\x13\x06V[_a\x0C\xCB\x81a\x10]V[a\x04\x94a\x13*V[`\x03T_\x90``\x90\x82\x90\x82\x90c\xFF\xFF\xFF\xFF\x16\x82\x03a\r\x1DW`@Q\x7F\x92\x10\xC8\xD6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x03T`\x04\x80Tc\xFF\xFF\xFF\xFF\x83\x16\x92d\x01\0\0\0\0\x90\x04a\xFF\xFF\x16\x90`\x05\x90\x83\x90a\rG\x90a\x1FEV[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\rs\x90a\x1FEV[\x80\x15a\r\xBEW\x80`\x1F\x10a\r\x95Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\r\xBEV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\r\xA1W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x92P\x80\x80T\x80` \x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01_\x90[\x82\x82\x10\x15a\x0E\xCDW_\x84\x81R` \x90\x81\x90 `@\x80Q``\x81\x01\x82R`\x02\x86\x02\x90\x92\x01\x80T`\x01`\x01`\xA0\x1B\x03\x81\x16\x84R`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16\x93\x83\x01\x93\x90\x93R`\x01\x83\x01\x80T\x92\x93\x92\x91\x84\x01\x91a\x0E>\x90a\x1FEV[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x0Ej\x90a\x1FEV[\x80\x15a\x0E\xB5W\x80`\x1F\x10a\x0E\x8CWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x0E\xB5V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x0E\x98W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x81RPP\x81R` \x01\x90`\x01\x01\x90a\r\xE5V[PPPP\x90P\x93P\x93P\x93P\x93P\x90\x91\x92\x93V[`\x03T_\x90d\x01\0\0\0\0\x90\x04a\xFF\xFF\x16\x80\x82\x03a\x0F\x02W_\x91PPa\x0F\xC0V[_\x80\x80[\x85\x81\x10\x15a\x0F\xB8W_a\x0F<\x89\x89\x89\x85\x81\x81\x10a\x0F%Wa\x0F%a\x1EQV[\x90P` \x02\x81\x01\x90a\x0F7\x91\x90a\x1E\xD5V[a\x134V[PP`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x06` R`@\x81 T\x91\x92Pa\xFF\xFF\x90\x91\x16\x90\x81\x90\x03a\x0FnWPPa\x0F\xB0V[`\x01a\xFF\xFF\x82\x16\x1B\x85\x81\x16\x15a\x0F\x86WPPPa\x0F\xB0V[\x94\x85\x17\x94\x86a\x0F\x94\x86a\"\xFFV[\x95P\x85\x10a\x0F\xACW`\x01\x97PPPPPPPPa\x0F\xC0V[PPP[`\x01\x01a\x0F\x06V[P_\x93PPPP[\x93\x92PPPV[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\x04|WP\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x14a\x04|V[a\x04\x94\x813a\x13{V[a\x10q__a\x13\xE6V[V[_\x81Q`!\x14a\x10\x84WP_\x91\x90PV[_\x82_\x81Q\x81\x10a\x10\x97Wa\x10\x97a\x1EQV[\x01` \x01Q`!\x84\x01Q`\xF8\x91\x90\x91\x1C\x91P`\x02\x82\x14\x80a\x10\xBBWP\x81`\xFF\x16`\x03\x14[\x80\x15a\x10\xCCWPd\x01\0\0\x03\xD0\x19\x81\x10[\x80\x15a\x10\xDCWPa\x10\xDC\x81a\x15\x10V[\x94\x93PPPPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x10\xFE\x81a\x10]V[a\x11\x08\x83\x83a\x16\x1FV[PPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x163\x14a\x11PW`@Q\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x11Z\x82\x82a\x16\xB6V[PPPV[_a\x11ha\x0B\xA5V[a\x11qBa\x17\nV[a\x11{\x91\x90a#\x17V[\x90Pa\x11\x87\x82\x82a\x17YV[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x7F3w\xDCD$\x1Ew\x9D\xD0j\xFA\xB5\xB7\x88\xA3\\\xA5\xF3\xB7x\x83n)\x90\xBD\xB2j*K.^\xD6\x90` \x01`@Q\x80\x91\x03\x90\xA2PPV[_a\x11\xDB\x82a\x17\xD6V[a\x11\xE4Ba\x17\nV[a\x11\xEE\x91\x90a#\x17V[\x90Pa\x11\xFA\x82\x82a\x13\xE6V[`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16\x82R\x83\x16` \x82\x01R\x7F\xF1\x03\x8C\x18\xCF\x84\xA5nC/\xDB\xFA\xF7F\x92K~\xA5\x11\xDF\xE0:e\x06\xA0\xCE\xBAH\x88x\x8D\x9B\x91\x01`@Q\x80\x91\x03\x90\xA1PPV[`\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x90`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x80a\x12rWPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[\x15a\x12\xB3W`@Q\x7F\x19\xCA^\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x05:V[a\x12\xCE_a\x12\xC9`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[a\x16\xB6V[Pa\x12\xD9_\x83a\x16\x1FV[PP`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90UPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x13 \x81a\x10]V[a\x11\x08\x83\x83a\x16\xB6V[a\x10q__a\x17YV[_\x80\x80`A\x84\x90\x03a\x13hW\x845` \x86\x015`@\x87\x015_\x1Aa\x13Z\x89\x82\x85\x85a\x18'V[\x95P\x95P\x95PPPPa\x13rV[P_\x91P`\x02\x90P\x82[\x93P\x93P\x93\x90PV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T`\xFF\x16a\n W`@Q\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x05:V[`\x02Tz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15a\x14\xA9WBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15a\x14\x80W`\x02T`\x01\x80Ty\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1B\x90\x92\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x91\x90\x91\x17\x90Ua\x14\xA9V[`@Q\x7F+\x1F\xA2\xED\xAF\xE6\xF7\xB9\xE9|\x1A\x9E\x0C6`\xE6E\xBE\xB2\xDC\xAA-E\xBD\xBF\x9B\xEA\xF5G.\x1E\xC5\x90_\x90\xA1[P`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x16`\x01`\xA0\x1Be\xFF\xFF\xFF\xFF\xFF\xFF\x94\x85\x16\x02y\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x92\x90\x93\x16\x91\x90\x91\x02\x91\x90\x91\x17\x90UV[_\x80d\x01\0\0\x03\xD0\x19`\x07d\x01\0\0\x03\xD0\x19\x85d\x01\0\0\x03\xD0\x19\x87\x88\t\t\x08\x90P\x80_\x03a\x15AWP`\x01\x92\x91PPV[_\x80`\x05` \x80\x80\x86`\x02a\x15]`\x01d\x01\0\0\x03\xD0\x19a#5V[a\x15g\x91\x90a#HV[`@\x80Q` \x81\x01\x96\x90\x96R\x85\x01\x93\x90\x93R``\x84\x01\x91\x90\x91R`\x80\x83\x01R`\xA0\x82\x01Rd\x01\0\0\x03\xD0\x19`\xC0\x82\x01R`\xE0\x01`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x90\x82\x90Ra\x15\xB4\x91a#\x80V[_`@Q\x80\x83\x03\x81\x85Z\xFA\x91PP=\x80_\x81\x14a\x15\xECW`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\x15\xF1V[``\x91P[P\x91P\x91P\x81\x80\x15a\x16\x16WP\x80\x80` \x01\x90Q\x81\x01\x90a\x16\x12\x91\x90a#\x96V[`\x01\x14[\x95\x94PPPPPV[_\x82a\x16\xACW_a\x168`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x16xW`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90U[a\x0F\xC0\x83\x83a\x18\xEFV[_\x82\x15\x80\x15a\x16\xD2WP`\x02T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16\x91\x16\x14[\x15a\x17\0W`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90U[a\x0F\xC0\x83\x83a\x19\xB4V[_e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a\x17UW`@Q\x7Fm\xFC\xC6P\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`0`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x05:V[P\x90V[`\x01\x80T`\x01`\xA0\x1Be\xFF\xFF\xFF\xFF\xFF\xFF\x84\x81\x16\x82\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x16`\x01`\x01`\xA0\x1B\x03\x88\x16\x17\x17\x90\x93U\x90\x04\x16\x80\x15a\x11ZW`@Q\x7F\x88\x86\xEB\xFCBY\xAB\xDB\xC1f\x01\xDD\x8F\xB5g\x8ET\x87\x8FG\xB3\xC3H6\xCF\xC5\x11T\xA9`Q\t\x90_\x90\xA1PPPV[__a\x17\xE0a\x0B\xA5V[\x90P\x80e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a\x18\x08Wa\x18\x03\x83\x82a#\xADV[a\x0F\xC0V[a\x0F\xC0e\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16b\x06\x97\x80_\x82\x82\x18\x82\x84\x10\x02\x82\x18a\x0F\xC0V[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a\x18`WP_\x91P`\x03\x90P\x82a\x18\xE5V[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a\x18\xB1W=__>=_\xFD[PP`@Q`\x1F\x19\x01Q\x91PP`\x01`\x01`\xA0\x1B\x03\x81\x16a\x18\xDCWP_\x92P`\x01\x91P\x82\x90Pa\x18\xE5V[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x19\xADW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90Ua\x19e3\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x04|V[P_a\x04|V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16\x15a\x19\xADW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x80\x85R\x92R\x80\x83 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16\x90UQ3\x92\x86\x91\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B\x91\x90\xA4P`\x01a\x04|V[P\x80T_\x82U`\x02\x02\x90_R` _ \x90\x81\x01\x90a\x04\x94\x91\x90[\x80\x82\x11\x15a\x17UW\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81U_a\x1A\xA9`\x01\x83\x01\x82a\x1A\xB2V[P`\x02\x01a\x1AmV[P\x80Ta\x1A\xBE\x90a\x1FEV[_\x82U\x80`\x1F\x10a\x1A\xCDWPPV[`\x1F\x01` \x90\x04\x90_R` _ \x90\x81\x01\x90a\x04\x94\x91\x90[\x80\x82\x11\x15a\x17UW_\x81U`\x01\x01a\x1A\xE5V[_` \x82\x84\x03\x12\x15a\x1B\x08W__\xFD[\x815\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x81\x14a\x0F\xC0W__\xFD[a\xFF\xFF\x81\x16\x81\x14a\x04\x94W__\xFD[\x805a\x1BQ\x81a\x1B7V[\x91\x90PV[__\x83`\x1F\x84\x01\x12a\x1BfW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1B}W__\xFD[` \x83\x01\x91P\x83` \x82`\x05\x1B\x85\x01\x01\x11\x15a\x1B\x97W__\xFD[\x92P\x92\x90PV[_____``\x86\x88\x03\x12\x15a\x1B\xB2W__\xFD[\x855g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1B\xC8W__\xFD[\x86\x01`\x1F\x81\x01\x88\x13a\x1B\xD8W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1B\xEEW__\xFD[\x88` \x82\x84\x01\x01\x11\x15a\x1B\xFFW__\xFD[` \x91\x82\x01\x96P\x94Pa\x1C\x13\x90\x87\x01a\x1BFV[\x92P`@\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1C.W__\xFD[a\x1C:\x88\x82\x89\x01a\x1BVV[\x96\x99\x95\x98P\x93\x96P\x92\x94\x93\x92PPPV[_` \x82\x84\x03\x12\x15a\x1C[W__\xFD[P5\x91\x90PV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x04\x94W__\xFD[__`@\x83\x85\x03\x12\x15a\x1C\x87W__\xFD[\x825\x91P` \x83\x015a\x1C\x99\x81a\x1CbV[\x80\x91PP\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a\x1C\xB4W__\xFD[\x815a\x0F\xC0\x81a\x1CbV[_` \x82\x84\x03\x12\x15a\x1C\xCFW__\xFD[\x815e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0F\xC0W__\xFD[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` `\x1F\x19`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[c\xFF\xFF\xFF\xFF\x85\x16\x81R`\x80` \x82\x01R_a\x1D0`\x80\x83\x01\x86a\x1C\xE4V[a\xFF\xFF\x85\x16`@\x84\x01R\x82\x81\x03``\x84\x01R\x80\x84Q\x80\x83R` \x83\x01\x91P` \x81`\x05\x1B\x84\x01\x01` \x87\x01_[\x83\x81\x10\x15a\x1D\xBDW`\x1F\x19\x86\x84\x03\x01\x85R\x81Q`\x01`\x01`\xA0\x1B\x03\x81Q\x16\x84Ra\xFF\xFF` \x82\x01Q\x16` \x85\x01R`@\x81\x01Q\x90P```@\x85\x01Ra\x1D\xA6``\x85\x01\x82a\x1C\xE4V[` \x96\x87\x01\x96\x90\x94P\x92\x90\x92\x01\x91P`\x01\x01a\x1D]V[P\x90\x9A\x99PPPPPPPPPPV[___`@\x84\x86\x03\x12\x15a\x1D\xDFW__\xFD[\x835\x92P` \x84\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1D\xFCW__\xFD[a\x1E\x08\x86\x82\x87\x01a\x1BVV[\x94\x97\x90\x96P\x93\x94PPPPV[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` `\x1F\x19`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[` \x81R_a\x10\xDC` \x83\x01\x84\x86a\x1E\x15V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[_\x825\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA1\x836\x03\x01\x81\x12a\x1E\xB0W__\xFD[\x91\x90\x91\x01\x92\x91PPV[_` \x82\x84\x03\x12\x15a\x1E\xCAW__\xFD[\x815a\x0F\xC0\x81a\x1B7V[__\x835`\x1E\x19\x846\x03\x01\x81\x12a\x1E\xEAW__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a\x1F\x04W__\xFD[` \x01\x91P6\x81\x90\x03\x82\x13\x15a\x1B\x97W__\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`\x01\x81\x81\x1C\x90\x82\x16\x80a\x1FYW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a\x1F\x90W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD[P\x91\x90PV[`\x1F\x82\x11\x15a\x11ZW\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a\x1F\xBBWP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\x1F\xDAW_\x81U`\x01\x01a\x1F\xC7V[PPPPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11\x15a\x1F\xF9Wa\x1F\xF9a\x1F\x18V[a \r\x83a \x07\x83Ta\x1FEV[\x83a\x1F\x96V[_`\x1F\x84\x11`\x01\x81\x14a >W_\x85\x15a 'WP\x83\x82\x015[_\x19`\x03\x87\x90\x1B\x1C\x19\x16`\x01\x86\x90\x1B\x17\x83Ua\x1F\xDAV[_\x83\x81R` \x81 `\x1F\x19\x87\x16\x91[\x82\x81\x10\x15a mW\x86\x85\x015\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a MV[P\x86\x82\x10\x15a \x89W_\x19`\xF8\x88`\x03\x1B\x16\x1C\x19\x84\x87\x015\x16\x81U[PP`\x01\x85`\x01\x1B\x01\x83UPPPPPV[\x815a \xA6\x81a\x1CbV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x90P\x81T\x81\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x17\x83U` \x84\x015a \xE9\x81a\x1B7V[u\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81`\xA0\x1B\x16\x83\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x16\x17\x17\x84UPPP`@\x82\x015`\x1E\x19\x836\x03\x01\x81\x12a!FW__\xFD[\x82\x01\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a!^W__\xFD[` \x82\x01\x91P\x806\x03\x82\x13\x15a!rW__\xFD[a\x11\x08\x81\x83`\x01\x86\x01a\x1F\xE1V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[_c\xFF\xFF\xFF\xFF\x82\x16c\xFF\xFF\xFF\xFF\x81\x03a!\xC8Wa!\xC8a!\x80V[`\x01\x01\x92\x91PPV[``\x81R_a!\xE4``\x83\x01\x87\x89a\x1E\x15V[a\xFF\xFF\x86\x16` \x84\x01R\x82\x81\x03`@\x84\x01R\x80\x84\x82R` \x82\x01\x90P` \x85`\x05\x1B\x83\x01\x01\x86_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA1\x896\x03\x01[\x88\x82\x10\x15a\"\xEEW`\x1F\x19\x86\x85\x03\x01\x85R\x825\x81\x81\x12a\"OW__\xFD[\x8A\x01\x805a\"\\\x81a\x1CbV[`\x01`\x01`\xA0\x1B\x03\x16\x85R` \x81\x015a\"u\x81a\x1B7V[a\xFF\xFF\x16` \x86\x01R`@\x81\x0156\x82\x90\x03`\x1E\x19\x01\x81\x12a\"\x95W__\xFD[\x01` \x81\x01\x905g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\"\xB0W__\xFD[\x806\x03\x82\x13\x15a\"\xBEW__\xFD[```@\x87\x01Ra\"\xD3``\x87\x01\x82\x84a\x1E\x15V[\x95PPP` \x83\x01\x92P` \x85\x01\x94P`\x01\x82\x01\x91Pa\"1V[P\x91\x9B\x9APPPPPPPPPPPV[__\x19\x82\x03a#\x10Wa#\x10a!\x80V[P`\x01\x01\x90V[e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x04|Wa\x04|a!\x80V[\x81\x81\x03\x81\x81\x11\x15a\x04|Wa\x04|a!\x80V[_\x82a#{W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[P\x04\x90V[_\x82Q\x80` \x85\x01\x84^_\x92\x01\x91\x82RP\x91\x90PV[_` \x82\x84\x03\x12\x15a#\xA6W__\xFD[PQ\x91\x90PV[e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x04|Wa\x04|a!\x80V\xFE\xA1dsolcC\0\x08\x1E\0\n",
    );
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AccessControlBadConfirmation()` and selector `0x6697b232`.
    ```solidity
    error AccessControlBadConfirmation();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AccessControlBadConfirmation;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AccessControlBadConfirmation> for UnderlyingRustTuple<'_> {
            fn from(value: AccessControlBadConfirmation) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AccessControlBadConfirmation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AccessControlBadConfirmation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AccessControlBadConfirmation()";
            const SELECTOR: [u8; 4] = [102u8, 151u8, 178u8, 50u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AccessControlEnforcedDefaultAdminDelay(uint48)` and selector `0x19ca5ebb`.
    ```solidity
    error AccessControlEnforcedDefaultAdminDelay(uint48 schedule);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AccessControlEnforcedDefaultAdminDelay {
        #[allow(missing_docs)]
        pub schedule: alloy::sol_types::private::primitives::aliases::U48,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<48>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U48,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AccessControlEnforcedDefaultAdminDelay> for UnderlyingRustTuple<'_> {
            fn from(value: AccessControlEnforcedDefaultAdminDelay) -> Self {
                (value.schedule,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AccessControlEnforcedDefaultAdminDelay {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { schedule: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AccessControlEnforcedDefaultAdminDelay {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AccessControlEnforcedDefaultAdminDelay(uint48)";
            const SELECTOR: [u8; 4] = [25u8, 202u8, 94u8, 187u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<48> as alloy_sol_types::SolType>::tokenize(
                    &self.schedule,
                ),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AccessControlEnforcedDefaultAdminRules()` and selector `0x3fc3c27a`.
    ```solidity
    error AccessControlEnforcedDefaultAdminRules();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AccessControlEnforcedDefaultAdminRules;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AccessControlEnforcedDefaultAdminRules> for UnderlyingRustTuple<'_> {
            fn from(value: AccessControlEnforcedDefaultAdminRules) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AccessControlEnforcedDefaultAdminRules {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AccessControlEnforcedDefaultAdminRules {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AccessControlEnforcedDefaultAdminRules()";
            const SELECTOR: [u8; 4] = [63u8, 195u8, 194u8, 122u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AccessControlInvalidDefaultAdmin(address)` and selector `0xc22c8022`.
    ```solidity
    error AccessControlInvalidDefaultAdmin(address defaultAdmin);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AccessControlInvalidDefaultAdmin {
        #[allow(missing_docs)]
        pub defaultAdmin: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AccessControlInvalidDefaultAdmin> for UnderlyingRustTuple<'_> {
            fn from(value: AccessControlInvalidDefaultAdmin) -> Self {
                (value.defaultAdmin,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AccessControlInvalidDefaultAdmin {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { defaultAdmin: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AccessControlInvalidDefaultAdmin {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AccessControlInvalidDefaultAdmin(address)";
            const SELECTOR: [u8; 4] = [194u8, 44u8, 128u8, 34u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.defaultAdmin,
                ),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AccessControlUnauthorizedAccount(address,bytes32)` and selector `0xe2517d3f`.
    ```solidity
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AccessControlUnauthorizedAccount {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub neededRole: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::FixedBytes<32>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> =
            (alloy::sol_types::private::Address, alloy::sol_types::private::FixedBytes<32>);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AccessControlUnauthorizedAccount> for UnderlyingRustTuple<'_> {
            fn from(value: AccessControlUnauthorizedAccount) -> Self {
                (value.account, value.neededRole)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AccessControlUnauthorizedAccount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { account: tuple.0, neededRole: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AccessControlUnauthorizedAccount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AccessControlUnauthorizedAccount(address,bytes32)";
            const SELECTOR: [u8; 4] = [226u8, 81u8, 125u8, 63u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.neededRole),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidMember(uint16,address)` and selector `0xd18f92a0`.
    ```solidity
    error InvalidMember(uint16 index, address node);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidMember {
        #[allow(missing_docs)]
        pub index: u16,
        #[allow(missing_docs)]
        pub node: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Uint<16>, alloy::sol_types::sol_data::Address);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u16, alloy::sol_types::private::Address);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidMember> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidMember) -> Self {
                (value.index, value.node)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidMember {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { index: tuple.0, node: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidMember {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidMember(uint16,address)";
            const SELECTOR: [u8; 4] = [209u8, 143u8, 146u8, 160u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::tokenize(
                        &self.index,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.node,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidThreshold(uint16,uint256)` and selector `0xfb59c3c1`.
    ```solidity
    error InvalidThreshold(uint16 threshold, uint256 members);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidThreshold {
        #[allow(missing_docs)]
        pub threshold: u16,
        #[allow(missing_docs)]
        pub members: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Uint<16>, alloy::sol_types::sol_data::Uint<256>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u16, alloy::sol_types::private::primitives::aliases::U256);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidThreshold> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidThreshold) -> Self {
                (value.threshold, value.members)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidThreshold {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { threshold: tuple.0, members: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidThreshold {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidThreshold(uint16,uint256)";
            const SELECTOR: [u8; 4] = [251u8, 89u8, 195u8, 193u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::tokenize(
                        &self.threshold,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.members,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `MalformedKey(bytes)` and selector `0x591618d2`.
    ```solidity
    error MalformedKey(bytes key);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MalformedKey {
        #[allow(missing_docs)]
        pub key: alloy::sol_types::private::Bytes,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bytes,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Bytes,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<MalformedKey> for UnderlyingRustTuple<'_> {
            fn from(value: MalformedKey) -> Self {
                (value.key,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for MalformedKey {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { key: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for MalformedKey {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MalformedKey(bytes)";
            const SELECTOR: [u8; 4] = [89u8, 22u8, 24u8, 210u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                    &self.key,
                ),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NoCommittee()` and selector `0x9210c8d6`.
    ```solidity
    error NoCommittee();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NoCommittee;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NoCommittee> for UnderlyingRustTuple<'_> {
            fn from(value: NoCommittee) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NoCommittee {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NoCommittee {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NoCommittee()";
            const SELECTOR: [u8; 4] = [146u8, 16u8, 200u8, 214u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SafeCastOverflowedUintDowncast(uint8,uint256)` and selector `0x6dfcc650`.
    ```solidity
    error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SafeCastOverflowedUintDowncast {
        #[allow(missing_docs)]
        pub bits: u8,
        #[allow(missing_docs)]
        pub value: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Uint<8>, alloy::sol_types::sol_data::Uint<256>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u8, alloy::sol_types::private::primitives::aliases::U256);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SafeCastOverflowedUintDowncast> for UnderlyingRustTuple<'_> {
            fn from(value: SafeCastOverflowedUintDowncast) -> Self {
                (value.bits, value.value)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SafeCastOverflowedUintDowncast {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { bits: tuple.0, value: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SafeCastOverflowedUintDowncast {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SafeCastOverflowedUintDowncast(uint8,uint256)";
            const SELECTOR: [u8; 4] = [109u8, 252u8, 198u8, 80u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(
                        &self.bits,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.value,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `CommitteeSet(uint32,bytes,uint16,(address,uint16,bytes)[])` and selector `0x9af7c5c6dea809b0869b5f20126b246cb70f4b8cba0e28d9bd45a755c5f73678`.
    ```solidity
    event CommitteeSet(uint32 indexed epoch, bytes groupKey, uint16 threshold, IKeyCommittee.Member[] members);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct CommitteeSet {
        #[allow(missing_docs)]
        pub epoch: u32,
        #[allow(missing_docs)]
        pub groupKey: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub threshold: u16,
        #[allow(missing_docs)]
        pub members: alloy::sol_types::private::Vec<
            <IKeyCommittee::Member as alloy::sol_types::SolType>::RustType,
        >,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for CommitteeSet {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Array<IKeyCommittee::Member>,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList =
                (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Uint<32>);
            const SIGNATURE: &'static str =
                "CommitteeSet(uint32,bytes,uint16,(address,uint16,bytes)[])";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    154u8, 247u8, 197u8, 198u8, 222u8, 168u8, 9u8, 176u8, 134u8, 155u8, 95u8, 32u8,
                    18u8, 107u8, 36u8, 108u8, 183u8, 15u8, 75u8, 140u8, 186u8, 14u8, 40u8, 217u8,
                    189u8, 69u8, 167u8, 85u8, 197u8, 247u8, 54u8, 120u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { epoch: topics.1, groupKey: data.0, threshold: data.1, members: data.2 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.groupKey,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.threshold),
                    <alloy::sol_types::sol_data::Array<
                        IKeyCommittee::Member,
                    > as alloy_sol_types::SolType>::tokenize(&self.members),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.epoch.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.epoch);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for CommitteeSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&CommitteeSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &CommitteeSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `DefaultAdminDelayChangeCanceled()` and selector `0x2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5`.
    ```solidity
    event DefaultAdminDelayChangeCanceled();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct DefaultAdminDelayChangeCanceled;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for DefaultAdminDelayChangeCanceled {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "DefaultAdminDelayChangeCanceled()";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    43u8, 31u8, 162u8, 237u8, 175u8, 230u8, 247u8, 185u8, 233u8, 124u8, 26u8,
                    158u8, 12u8, 54u8, 96u8, 230u8, 69u8, 190u8, 178u8, 220u8, 170u8, 45u8, 69u8,
                    189u8, 191u8, 155u8, 234u8, 245u8, 71u8, 46u8, 30u8, 197u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {}
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for DefaultAdminDelayChangeCanceled {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&DefaultAdminDelayChangeCanceled> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &DefaultAdminDelayChangeCanceled) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `DefaultAdminDelayChangeScheduled(uint48,uint48)` and selector `0xf1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b`.
    ```solidity
    event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct DefaultAdminDelayChangeScheduled {
        #[allow(missing_docs)]
        pub newDelay: alloy::sol_types::private::primitives::aliases::U48,
        #[allow(missing_docs)]
        pub effectSchedule: alloy::sol_types::private::primitives::aliases::U48,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for DefaultAdminDelayChangeScheduled {
            type DataTuple<'a> =
                (alloy::sol_types::sol_data::Uint<48>, alloy::sol_types::sol_data::Uint<48>);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "DefaultAdminDelayChangeScheduled(uint48,uint48)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    241u8, 3u8, 140u8, 24u8, 207u8, 132u8, 165u8, 110u8, 67u8, 47u8, 219u8, 250u8,
                    247u8, 70u8, 146u8, 75u8, 126u8, 165u8, 17u8, 223u8, 224u8, 58u8, 101u8, 6u8,
                    160u8, 206u8, 186u8, 72u8, 136u8, 120u8, 141u8, 155u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { newDelay: data.0, effectSchedule: data.1 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<48> as alloy_sol_types::SolType>::tokenize(
                        &self.newDelay,
                    ),
                    <alloy::sol_types::sol_data::Uint<48> as alloy_sol_types::SolType>::tokenize(
                        &self.effectSchedule,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for DefaultAdminDelayChangeScheduled {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&DefaultAdminDelayChangeScheduled> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &DefaultAdminDelayChangeScheduled) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `DefaultAdminTransferCanceled()` and selector `0x8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109`.
    ```solidity
    event DefaultAdminTransferCanceled();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct DefaultAdminTransferCanceled;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for DefaultAdminTransferCanceled {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "DefaultAdminTransferCanceled()";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    136u8, 134u8, 235u8, 252u8, 66u8, 89u8, 171u8, 219u8, 193u8, 102u8, 1u8, 221u8,
                    143u8, 181u8, 103u8, 142u8, 84u8, 135u8, 143u8, 71u8, 179u8, 195u8, 72u8, 54u8,
                    207u8, 197u8, 17u8, 84u8, 169u8, 96u8, 81u8, 9u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {}
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for DefaultAdminTransferCanceled {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&DefaultAdminTransferCanceled> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &DefaultAdminTransferCanceled) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `DefaultAdminTransferScheduled(address,uint48)` and selector `0x3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed6`.
    ```solidity
    event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct DefaultAdminTransferScheduled {
        #[allow(missing_docs)]
        pub newAdmin: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub acceptSchedule: alloy::sol_types::private::primitives::aliases::U48,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for DefaultAdminTransferScheduled {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList =
                (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            const SIGNATURE: &'static str = "DefaultAdminTransferScheduled(address,uint48)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    51u8, 119u8, 220u8, 68u8, 36u8, 30u8, 119u8, 157u8, 208u8, 106u8, 250u8, 181u8,
                    183u8, 136u8, 163u8, 92u8, 165u8, 243u8, 183u8, 120u8, 131u8, 110u8, 41u8,
                    144u8, 189u8, 178u8, 106u8, 42u8, 75u8, 46u8, 94u8, 214u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { newAdmin: topics.1, acceptSchedule: data.0 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (<alloy::sol_types::sol_data::Uint<48> as alloy_sol_types::SolType>::tokenize(
                    &self.acceptSchedule,
                ),)
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.newAdmin.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.newAdmin,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for DefaultAdminTransferScheduled {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&DefaultAdminTransferScheduled> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &DefaultAdminTransferScheduled) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoleAdminChanged(bytes32,bytes32,bytes32)` and selector `0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff`.
    ```solidity
    event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct RoleAdminChanged {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub previousAdminRole: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub newAdminRole: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RoleAdminChanged {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "RoleAdminChanged(bytes32,bytes32,bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    189u8, 121u8, 184u8, 111u8, 254u8, 10u8, 184u8, 232u8, 119u8, 97u8, 81u8, 81u8,
                    66u8, 23u8, 205u8, 124u8, 172u8, 213u8, 44u8, 144u8, 159u8, 102u8, 71u8, 92u8,
                    58u8, 244u8, 78u8, 18u8, 159u8, 11u8, 0u8, 255u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { role: topics.1, previousAdminRole: topics.2, newAdminRole: topics.3 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.role.clone(),
                    self.previousAdminRole.clone(),
                    self.newAdminRole.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.role);
                out[2usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.previousAdminRole);
                out[3usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.newAdminRole);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoleAdminChanged {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoleAdminChanged> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoleAdminChanged) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoleGranted(bytes32,address,address)` and selector `0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d`.
    ```solidity
    event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct RoleGranted {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub sender: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RoleGranted {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "RoleGranted(bytes32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    47u8, 135u8, 136u8, 17u8, 126u8, 126u8, 255u8, 29u8, 130u8, 233u8, 38u8, 236u8,
                    121u8, 73u8, 1u8, 209u8, 124u8, 120u8, 2u8, 74u8, 80u8, 39u8, 9u8, 64u8, 48u8,
                    69u8, 64u8, 167u8, 51u8, 101u8, 111u8, 13u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { role: topics.1, account: topics.2, sender: topics.3 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.role.clone(),
                    self.account.clone(),
                    self.sender.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.role);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.sender,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoleGranted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoleGranted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoleGranted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoleRevoked(bytes32,address,address)` and selector `0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b`.
    ```solidity
    event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct RoleRevoked {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub sender: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RoleRevoked {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "RoleRevoked(bytes32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    246u8, 57u8, 31u8, 92u8, 50u8, 217u8, 198u8, 157u8, 42u8, 71u8, 234u8, 103u8,
                    11u8, 68u8, 41u8, 116u8, 181u8, 57u8, 53u8, 209u8, 237u8, 199u8, 253u8, 100u8,
                    235u8, 33u8, 224u8, 71u8, 168u8, 57u8, 23u8, 27u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { role: topics.1, account: topics.2, sender: topics.3 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.role.clone(),
                    self.account.clone(),
                    self.sender.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.role);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.sender,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoleRevoked {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoleRevoked> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoleRevoked) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
    ```solidity
    constructor(address admin);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub admin: alloy::sol_types::private::Address,
    }
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (value.admin,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { admin: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.admin,
                ),)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `ADMIN_TRANSFER_DELAY()` and selector `0x79a05a31`.
    ```solidity
    function ADMIN_TRANSFER_DELAY() external view returns (uint48);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ADMIN_TRANSFER_DELAYCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`ADMIN_TRANSFER_DELAY()`](ADMIN_TRANSFER_DELAYCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ADMIN_TRANSFER_DELAYReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U48,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<ADMIN_TRANSFER_DELAYCall> for UnderlyingRustTuple<'_> {
                fn from(value: ADMIN_TRANSFER_DELAYCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ADMIN_TRANSFER_DELAYCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U48,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<ADMIN_TRANSFER_DELAYReturn> for UnderlyingRustTuple<'_> {
                fn from(value: ADMIN_TRANSFER_DELAYReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ADMIN_TRANSFER_DELAYReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for ADMIN_TRANSFER_DELAYCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U48;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ADMIN_TRANSFER_DELAY()";
            const SELECTOR: [u8; 4] = [121u8, 160u8, 90u8, 49u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<48> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: ADMIN_TRANSFER_DELAYReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: ADMIN_TRANSFER_DELAYReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `COMMITTEE_ADMIN_ROLE()` and selector `0x3b022b86`.
    ```solidity
    function COMMITTEE_ADMIN_ROLE() external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct COMMITTEE_ADMIN_ROLECall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`COMMITTEE_ADMIN_ROLE()`](COMMITTEE_ADMIN_ROLECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct COMMITTEE_ADMIN_ROLEReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<COMMITTEE_ADMIN_ROLECall> for UnderlyingRustTuple<'_> {
                fn from(value: COMMITTEE_ADMIN_ROLECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for COMMITTEE_ADMIN_ROLECall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<COMMITTEE_ADMIN_ROLEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: COMMITTEE_ADMIN_ROLEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for COMMITTEE_ADMIN_ROLEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for COMMITTEE_ADMIN_ROLECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "COMMITTEE_ADMIN_ROLE()";
            const SELECTOR: [u8; 4] = [59u8, 2u8, 43u8, 134u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: COMMITTEE_ADMIN_ROLEReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: COMMITTEE_ADMIN_ROLEReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `DEFAULT_ADMIN_ROLE()` and selector `0xa217fddf`.
    ```solidity
    function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_ADMIN_ROLECall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DEFAULT_ADMIN_ROLE()`](DEFAULT_ADMIN_ROLECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_ADMIN_ROLEReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_ADMIN_ROLECall> for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_ADMIN_ROLECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for DEFAULT_ADMIN_ROLECall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_ADMIN_ROLEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_ADMIN_ROLEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for DEFAULT_ADMIN_ROLEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DEFAULT_ADMIN_ROLECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DEFAULT_ADMIN_ROLE()";
            const SELECTOR: [u8; 4] = [162u8, 23u8, 253u8, 223u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: DEFAULT_ADMIN_ROLEReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: DEFAULT_ADMIN_ROLEReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_MEMBERS()` and selector `0xea0e35b1`.
    ```solidity
    function MAX_MEMBERS() external view returns (uint256);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_MEMBERSCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_MEMBERS()`](MAX_MEMBERSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_MEMBERSReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_MEMBERSCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_MEMBERSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_MEMBERSCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_MEMBERSReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_MEMBERSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_MEMBERSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_MEMBERSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_MEMBERS()";
            const SELECTOR: [u8; 4] = [234u8, 14u8, 53u8, 177u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: MAX_MEMBERSReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: MAX_MEMBERSReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `acceptDefaultAdminTransfer()` and selector `0xcefc1429`.
    ```solidity
    function acceptDefaultAdminTransfer() external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct acceptDefaultAdminTransferCall;
    ///Container type for the return parameters of the [`acceptDefaultAdminTransfer()`](acceptDefaultAdminTransferCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct acceptDefaultAdminTransferReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<acceptDefaultAdminTransferCall> for UnderlyingRustTuple<'_> {
                fn from(value: acceptDefaultAdminTransferCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for acceptDefaultAdminTransferCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<acceptDefaultAdminTransferReturn> for UnderlyingRustTuple<'_> {
                fn from(value: acceptDefaultAdminTransferReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for acceptDefaultAdminTransferReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl acceptDefaultAdminTransferReturn {
            fn _tokenize(
                &self,
            ) -> <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::ReturnToken<'_>
            {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for acceptDefaultAdminTransferCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = acceptDefaultAdminTransferReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "acceptDefaultAdminTransfer()";
            const SELECTOR: [u8; 4] = [206u8, 252u8, 20u8, 41u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                acceptDefaultAdminTransferReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `beginDefaultAdminTransfer(address)` and selector `0x634e93da`.
    ```solidity
    function beginDefaultAdminTransfer(address newAdmin) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct beginDefaultAdminTransferCall {
        #[allow(missing_docs)]
        pub newAdmin: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`beginDefaultAdminTransfer(address)`](beginDefaultAdminTransferCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct beginDefaultAdminTransferReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<beginDefaultAdminTransferCall> for UnderlyingRustTuple<'_> {
                fn from(value: beginDefaultAdminTransferCall) -> Self {
                    (value.newAdmin,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for beginDefaultAdminTransferCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { newAdmin: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<beginDefaultAdminTransferReturn> for UnderlyingRustTuple<'_> {
                fn from(value: beginDefaultAdminTransferReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for beginDefaultAdminTransferReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl beginDefaultAdminTransferReturn {
            fn _tokenize(
                &self,
            ) -> <beginDefaultAdminTransferCall as alloy_sol_types::SolCall>::ReturnToken<'_>
            {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for beginDefaultAdminTransferCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = beginDefaultAdminTransferReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "beginDefaultAdminTransfer(address)";
            const SELECTOR: [u8; 4] = [99u8, 78u8, 147u8, 218u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.newAdmin,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                beginDefaultAdminTransferReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `cancelDefaultAdminTransfer()` and selector `0xd602b9fd`.
    ```solidity
    function cancelDefaultAdminTransfer() external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct cancelDefaultAdminTransferCall;
    ///Container type for the return parameters of the [`cancelDefaultAdminTransfer()`](cancelDefaultAdminTransferCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct cancelDefaultAdminTransferReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<cancelDefaultAdminTransferCall> for UnderlyingRustTuple<'_> {
                fn from(value: cancelDefaultAdminTransferCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for cancelDefaultAdminTransferCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<cancelDefaultAdminTransferReturn> for UnderlyingRustTuple<'_> {
                fn from(value: cancelDefaultAdminTransferReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for cancelDefaultAdminTransferReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl cancelDefaultAdminTransferReturn {
            fn _tokenize(
                &self,
            ) -> <cancelDefaultAdminTransferCall as alloy_sol_types::SolCall>::ReturnToken<'_>
            {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for cancelDefaultAdminTransferCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = cancelDefaultAdminTransferReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "cancelDefaultAdminTransfer()";
            const SELECTOR: [u8; 4] = [214u8, 2u8, 185u8, 253u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                cancelDefaultAdminTransferReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `changeDefaultAdminDelay(uint48)` and selector `0x649a5ec7`.
    ```solidity
    function changeDefaultAdminDelay(uint48 newDelay) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct changeDefaultAdminDelayCall {
        #[allow(missing_docs)]
        pub newDelay: alloy::sol_types::private::primitives::aliases::U48,
    }
    ///Container type for the return parameters of the [`changeDefaultAdminDelay(uint48)`](changeDefaultAdminDelayCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct changeDefaultAdminDelayReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U48,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<changeDefaultAdminDelayCall> for UnderlyingRustTuple<'_> {
                fn from(value: changeDefaultAdminDelayCall) -> Self {
                    (value.newDelay,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for changeDefaultAdminDelayCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { newDelay: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<changeDefaultAdminDelayReturn> for UnderlyingRustTuple<'_> {
                fn from(value: changeDefaultAdminDelayReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for changeDefaultAdminDelayReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl changeDefaultAdminDelayReturn {
            fn _tokenize(
                &self,
            ) -> <changeDefaultAdminDelayCall as alloy_sol_types::SolCall>::ReturnToken<'_>
            {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for changeDefaultAdminDelayCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = changeDefaultAdminDelayReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "changeDefaultAdminDelay(uint48)";
            const SELECTOR: [u8; 4] = [100u8, 154u8, 94u8, 199u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<48> as alloy_sol_types::SolType>::tokenize(
                    &self.newDelay,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                changeDefaultAdminDelayReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `committee()` and selector `0xd864e740`.
    ```solidity
    function committee() external view returns (uint32 epoch, bytes memory groupKey, uint16 threshold, IKeyCommittee.Member[] memory members);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct committeeCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`committee()`](committeeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct committeeReturn {
        #[allow(missing_docs)]
        pub epoch: u32,
        #[allow(missing_docs)]
        pub groupKey: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub threshold: u16,
        #[allow(missing_docs)]
        pub members: alloy::sol_types::private::Vec<
            <IKeyCommittee::Member as alloy::sol_types::SolType>::RustType,
        >,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<committeeCall> for UnderlyingRustTuple<'_> {
                fn from(value: committeeCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for committeeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Array<IKeyCommittee::Member>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                u32,
                alloy::sol_types::private::Bytes,
                u16,
                alloy::sol_types::private::Vec<
                    <IKeyCommittee::Member as alloy::sol_types::SolType>::RustType,
                >,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<committeeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: committeeReturn) -> Self {
                    (value.epoch, value.groupKey, value.threshold, value.members)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for committeeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { epoch: tuple.0, groupKey: tuple.1, threshold: tuple.2, members: tuple.3 }
                }
            }
        }
        impl committeeReturn {
            fn _tokenize(&self) -> <committeeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.epoch),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.groupKey,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.threshold),
                    <alloy::sol_types::sol_data::Array<
                        IKeyCommittee::Member,
                    > as alloy_sol_types::SolType>::tokenize(&self.members),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for committeeCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = committeeReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Array<IKeyCommittee::Member>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "committee()";
            const SELECTOR: [u8; 4] = [216u8, 100u8, 231u8, 64u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                committeeReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `defaultAdmin()` and selector `0x84ef8ffc`.
    ```solidity
    function defaultAdmin() external view returns (address);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct defaultAdminCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`defaultAdmin()`](defaultAdminCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct defaultAdminReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<defaultAdminCall> for UnderlyingRustTuple<'_> {
                fn from(value: defaultAdminCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for defaultAdminCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<defaultAdminReturn> for UnderlyingRustTuple<'_> {
                fn from(value: defaultAdminReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for defaultAdminReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for defaultAdminCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "defaultAdmin()";
            const SELECTOR: [u8; 4] = [132u8, 239u8, 143u8, 252u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: defaultAdminReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: defaultAdminReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `defaultAdminDelay()` and selector `0xcc8463c8`.
    ```solidity
    function defaultAdminDelay() external view returns (uint48);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct defaultAdminDelayCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`defaultAdminDelay()`](defaultAdminDelayCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct defaultAdminDelayReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U48,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<defaultAdminDelayCall> for UnderlyingRustTuple<'_> {
                fn from(value: defaultAdminDelayCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for defaultAdminDelayCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U48,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<defaultAdminDelayReturn> for UnderlyingRustTuple<'_> {
                fn from(value: defaultAdminDelayReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for defaultAdminDelayReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for defaultAdminDelayCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U48;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "defaultAdminDelay()";
            const SELECTOR: [u8; 4] = [204u8, 132u8, 99u8, 200u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<48> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: defaultAdminDelayReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: defaultAdminDelayReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `defaultAdminDelayIncreaseWait()` and selector `0x022d63fb`.
    ```solidity
    function defaultAdminDelayIncreaseWait() external view returns (uint48);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct defaultAdminDelayIncreaseWaitCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`defaultAdminDelayIncreaseWait()`](defaultAdminDelayIncreaseWaitCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct defaultAdminDelayIncreaseWaitReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U48,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<defaultAdminDelayIncreaseWaitCall> for UnderlyingRustTuple<'_> {
                fn from(value: defaultAdminDelayIncreaseWaitCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for defaultAdminDelayIncreaseWaitCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U48,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<defaultAdminDelayIncreaseWaitReturn> for UnderlyingRustTuple<'_> {
                fn from(value: defaultAdminDelayIncreaseWaitReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for defaultAdminDelayIncreaseWaitReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for defaultAdminDelayIncreaseWaitCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U48;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "defaultAdminDelayIncreaseWait()";
            const SELECTOR: [u8; 4] = [2u8, 45u8, 99u8, 251u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<48> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: defaultAdminDelayIncreaseWaitReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: defaultAdminDelayIncreaseWaitReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getRoleAdmin(bytes32)` and selector `0x248a9ca3`.
    ```solidity
    function getRoleAdmin(bytes32 role) external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRoleAdminCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getRoleAdmin(bytes32)`](getRoleAdminCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRoleAdminReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getRoleAdminCall> for UnderlyingRustTuple<'_> {
                fn from(value: getRoleAdminCall) -> Self {
                    (value.role,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getRoleAdminCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { role: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getRoleAdminReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getRoleAdminReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getRoleAdminReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getRoleAdminCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getRoleAdmin(bytes32)";
            const SELECTOR: [u8; 4] = [36u8, 138u8, 156u8, 163u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: getRoleAdminReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: getRoleAdminReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `grantRole(bytes32,address)` and selector `0x2f2ff15d`.
    ```solidity
    function grantRole(bytes32 role, address account) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`grantRole(bytes32,address)`](grantRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantRoleReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (alloy::sol_types::private::FixedBytes<32>, alloy::sol_types::private::Address);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<grantRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: grantRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { role: tuple.0, account: tuple.1 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<grantRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: grantRoleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl grantRoleReturn {
            fn _tokenize(&self) -> <grantRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for grantRoleCall {
            type Parameters<'a> =
                (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = grantRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "grantRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [47u8, 47u8, 241u8, 93u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                grantRoleReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `hasRole(bytes32,address)` and selector `0x91d14854`.
    ```solidity
    function hasRole(bytes32 role, address account) external view returns (bool);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`hasRole(bytes32,address)`](hasRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasRoleReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (alloy::sol_types::private::FixedBytes<32>, alloy::sol_types::private::Address);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<hasRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: hasRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { role: tuple.0, account: tuple.1 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<hasRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: hasRoleReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for hasRoleCall {
            type Parameters<'a> =
                (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "hasRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [145u8, 209u8, 72u8, 84u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: hasRoleReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: hasRoleReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isAttested(bytes32,bytes[])` and selector `0xf9c81542`.
    ```solidity
    function isAttested(bytes32 digest, bytes[] memory signatures) external view returns (bool);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isAttestedCall {
        #[allow(missing_docs)]
        pub digest: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub signatures: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isAttested(bytes32,bytes[])`](isAttestedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isAttestedReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isAttestedCall> for UnderlyingRustTuple<'_> {
                fn from(value: isAttestedCall) -> Self {
                    (value.digest, value.signatures)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isAttestedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { digest: tuple.0, signatures: tuple.1 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isAttestedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: isAttestedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isAttestedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isAttestedCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isAttested(bytes32,bytes[])";
            const SELECTOR: [u8; 4] = [249u8, 200u8, 21u8, 66u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.digest),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Bytes,
                    > as alloy_sol_types::SolType>::tokenize(&self.signatures),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: isAttestedReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: isAttestedReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `memberIndex(address)` and selector `0x3dd35279`.
    ```solidity
    function memberIndex(address node) external view returns (bool member, uint16 index);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct memberIndexCall {
        #[allow(missing_docs)]
        pub node: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`memberIndex(address)`](memberIndexCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct memberIndexReturn {
        #[allow(missing_docs)]
        pub member: bool,
        #[allow(missing_docs)]
        pub index: u16,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<memberIndexCall> for UnderlyingRustTuple<'_> {
                fn from(value: memberIndexCall) -> Self {
                    (value.node,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for memberIndexCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { node: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::Bool, alloy::sol_types::sol_data::Uint<16>);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool, u16);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<memberIndexReturn> for UnderlyingRustTuple<'_> {
                fn from(value: memberIndexReturn) -> Self {
                    (value.member, value.index)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for memberIndexReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { member: tuple.0, index: tuple.1 }
                }
            }
        }
        impl memberIndexReturn {
            fn _tokenize(&self) -> <memberIndexCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.member,
                    ),
                    <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::tokenize(
                        &self.index,
                    ),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for memberIndexCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = memberIndexReturn;
            type ReturnTuple<'a> =
                (alloy::sol_types::sol_data::Bool, alloy::sol_types::sol_data::Uint<16>);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "memberIndex(address)";
            const SELECTOR: [u8; 4] = [61u8, 211u8, 82u8, 121u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.node,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                memberIndexReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `owner()` and selector `0x8da5cb5b`.
    ```solidity
    function owner() external view returns (address);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ownerCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`owner()`](ownerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ownerReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<ownerCall> for UnderlyingRustTuple<'_> {
                fn from(value: ownerCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ownerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<ownerReturn> for UnderlyingRustTuple<'_> {
                fn from(value: ownerReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ownerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for ownerCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "owner()";
            const SELECTOR: [u8; 4] = [141u8, 165u8, 203u8, 91u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: ownerReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: ownerReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `pendingDefaultAdmin()` and selector `0xcf6eefb7`.
    ```solidity
    function pendingDefaultAdmin() external view returns (address newAdmin, uint48 schedule);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pendingDefaultAdminCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`pendingDefaultAdmin()`](pendingDefaultAdminCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pendingDefaultAdminReturn {
        #[allow(missing_docs)]
        pub newAdmin: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub schedule: alloy::sol_types::private::primitives::aliases::U48,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<pendingDefaultAdminCall> for UnderlyingRustTuple<'_> {
                fn from(value: pendingDefaultAdminCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pendingDefaultAdminCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Uint<48>);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U48,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<pendingDefaultAdminReturn> for UnderlyingRustTuple<'_> {
                fn from(value: pendingDefaultAdminReturn) -> Self {
                    (value.newAdmin, value.schedule)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pendingDefaultAdminReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { newAdmin: tuple.0, schedule: tuple.1 }
                }
            }
        }
        impl pendingDefaultAdminReturn {
            fn _tokenize(
                &self,
            ) -> <pendingDefaultAdminCall as alloy_sol_types::SolCall>::ReturnToken<'_>
            {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.newAdmin,
                    ),
                    <alloy::sol_types::sol_data::Uint<48> as alloy_sol_types::SolType>::tokenize(
                        &self.schedule,
                    ),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for pendingDefaultAdminCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = pendingDefaultAdminReturn;
            type ReturnTuple<'a> =
                (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Uint<48>);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "pendingDefaultAdmin()";
            const SELECTOR: [u8; 4] = [207u8, 110u8, 239u8, 183u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                pendingDefaultAdminReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `pendingDefaultAdminDelay()` and selector `0xa1eda53c`.
    ```solidity
    function pendingDefaultAdminDelay() external view returns (uint48 newDelay, uint48 schedule);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pendingDefaultAdminDelayCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`pendingDefaultAdminDelay()`](pendingDefaultAdminDelayCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pendingDefaultAdminDelayReturn {
        #[allow(missing_docs)]
        pub newDelay: alloy::sol_types::private::primitives::aliases::U48,
        #[allow(missing_docs)]
        pub schedule: alloy::sol_types::private::primitives::aliases::U48,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<pendingDefaultAdminDelayCall> for UnderlyingRustTuple<'_> {
                fn from(value: pendingDefaultAdminDelayCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pendingDefaultAdminDelayCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::Uint<48>, alloy::sol_types::sol_data::Uint<48>);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U48,
                alloy::sol_types::private::primitives::aliases::U48,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<pendingDefaultAdminDelayReturn> for UnderlyingRustTuple<'_> {
                fn from(value: pendingDefaultAdminDelayReturn) -> Self {
                    (value.newDelay, value.schedule)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pendingDefaultAdminDelayReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { newDelay: tuple.0, schedule: tuple.1 }
                }
            }
        }
        impl pendingDefaultAdminDelayReturn {
            fn _tokenize(
                &self,
            ) -> <pendingDefaultAdminDelayCall as alloy_sol_types::SolCall>::ReturnToken<'_>
            {
                (
                    <alloy::sol_types::sol_data::Uint<48> as alloy_sol_types::SolType>::tokenize(
                        &self.newDelay,
                    ),
                    <alloy::sol_types::sol_data::Uint<48> as alloy_sol_types::SolType>::tokenize(
                        &self.schedule,
                    ),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for pendingDefaultAdminDelayCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = pendingDefaultAdminDelayReturn;
            type ReturnTuple<'a> =
                (alloy::sol_types::sol_data::Uint<48>, alloy::sol_types::sol_data::Uint<48>);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "pendingDefaultAdminDelay()";
            const SELECTOR: [u8; 4] = [161u8, 237u8, 165u8, 60u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                pendingDefaultAdminDelayReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `renounceRole(bytes32,address)` and selector `0x36568abe`.
    ```solidity
    function renounceRole(bytes32 role, address account) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`renounceRole(bytes32,address)`](renounceRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceRoleReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (alloy::sol_types::private::FixedBytes<32>, alloy::sol_types::private::Address);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<renounceRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: renounceRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for renounceRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { role: tuple.0, account: tuple.1 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<renounceRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: renounceRoleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for renounceRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl renounceRoleReturn {
            fn _tokenize(&self) -> <renounceRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for renounceRoleCall {
            type Parameters<'a> =
                (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = renounceRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "renounceRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [54u8, 86u8, 138u8, 190u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                renounceRoleReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `revokeRole(bytes32,address)` and selector `0xd547741f`.
    ```solidity
    function revokeRole(bytes32 role, address account) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`revokeRole(bytes32,address)`](revokeRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeRoleReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (alloy::sol_types::private::FixedBytes<32>, alloy::sol_types::private::Address);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: revokeRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { role: tuple.0, account: tuple.1 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: revokeRoleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl revokeRoleReturn {
            fn _tokenize(&self) -> <revokeRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for revokeRoleCall {
            type Parameters<'a> =
                (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = revokeRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "revokeRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [213u8, 71u8, 116u8, 31u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                revokeRoleReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `rollbackDefaultAdminDelay()` and selector `0x0aa6220b`.
    ```solidity
    function rollbackDefaultAdminDelay() external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct rollbackDefaultAdminDelayCall;
    ///Container type for the return parameters of the [`rollbackDefaultAdminDelay()`](rollbackDefaultAdminDelayCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct rollbackDefaultAdminDelayReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<rollbackDefaultAdminDelayCall> for UnderlyingRustTuple<'_> {
                fn from(value: rollbackDefaultAdminDelayCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for rollbackDefaultAdminDelayCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<rollbackDefaultAdminDelayReturn> for UnderlyingRustTuple<'_> {
                fn from(value: rollbackDefaultAdminDelayReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for rollbackDefaultAdminDelayReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl rollbackDefaultAdminDelayReturn {
            fn _tokenize(
                &self,
            ) -> <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::ReturnToken<'_>
            {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for rollbackDefaultAdminDelayCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = rollbackDefaultAdminDelayReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "rollbackDefaultAdminDelay()";
            const SELECTOR: [u8; 4] = [10u8, 166u8, 34u8, 11u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                rollbackDefaultAdminDelayReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setCommittee(bytes,uint16,(address,uint16,bytes)[])` and selector `0x22eed7ff`.
    ```solidity
    function setCommittee(bytes memory groupKey, uint16 threshold, IKeyCommittee.Member[] memory members) external returns (uint32 epoch);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setCommitteeCall {
        #[allow(missing_docs)]
        pub groupKey: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub threshold: u16,
        #[allow(missing_docs)]
        pub members: alloy::sol_types::private::Vec<
            <IKeyCommittee::Member as alloy::sol_types::SolType>::RustType,
        >,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`setCommittee(bytes,uint16,(address,uint16,bytes)[])`](setCommitteeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setCommitteeReturn {
        #[allow(missing_docs)]
        pub epoch: u32,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Array<IKeyCommittee::Member>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Bytes,
                u16,
                alloy::sol_types::private::Vec<
                    <IKeyCommittee::Member as alloy::sol_types::SolType>::RustType,
                >,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setCommitteeCall> for UnderlyingRustTuple<'_> {
                fn from(value: setCommitteeCall) -> Self {
                    (value.groupKey, value.threshold, value.members)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setCommitteeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { groupKey: tuple.0, threshold: tuple.1, members: tuple.2 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setCommitteeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setCommitteeReturn) -> Self {
                    (value.epoch,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setCommitteeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { epoch: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setCommitteeCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Array<IKeyCommittee::Member>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setCommittee(bytes,uint16,(address,uint16,bytes)[])";
            const SELECTOR: [u8; 4] = [34u8, 238u8, 215u8, 255u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.groupKey,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.threshold),
                    <alloy::sol_types::sol_data::Array<
                        IKeyCommittee::Member,
                    > as alloy_sol_types::SolType>::tokenize(&self.members),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: setCommitteeReturn = r.into();
                        r.epoch
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: setCommitteeReturn = r.into();
                    r.epoch
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `supportsInterface(bytes4)` and selector `0x01ffc9a7`.
    ```solidity
    function supportsInterface(bytes4 interfaceId) external view returns (bool);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supportsInterfaceCall {
        #[allow(missing_docs)]
        pub interfaceId: alloy::sol_types::private::FixedBytes<4>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`supportsInterface(bytes4)`](supportsInterfaceCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supportsInterfaceReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<4>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<supportsInterfaceCall> for UnderlyingRustTuple<'_> {
                fn from(value: supportsInterfaceCall) -> Self {
                    (value.interfaceId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for supportsInterfaceCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { interfaceId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<supportsInterfaceReturn> for UnderlyingRustTuple<'_> {
                fn from(value: supportsInterfaceReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for supportsInterfaceReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for supportsInterfaceCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "supportsInterface(bytes4)";
            const SELECTOR: [u8; 4] = [1u8, 255u8, 201u8, 167u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<4> as alloy_sol_types::SolType>::tokenize(
                    &self.interfaceId,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: supportsInterfaceReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: supportsInterfaceReturn = r.into();
                    r._0
                })
            }
        }
    };
    ///Container for all the [`KeyCommittee`](self) function calls.
    #[derive(Clone, serde::Serialize, serde::Deserialize)]
    pub enum KeyCommitteeCalls {
        #[allow(missing_docs)]
        ADMIN_TRANSFER_DELAY(ADMIN_TRANSFER_DELAYCall),
        #[allow(missing_docs)]
        COMMITTEE_ADMIN_ROLE(COMMITTEE_ADMIN_ROLECall),
        #[allow(missing_docs)]
        DEFAULT_ADMIN_ROLE(DEFAULT_ADMIN_ROLECall),
        #[allow(missing_docs)]
        MAX_MEMBERS(MAX_MEMBERSCall),
        #[allow(missing_docs)]
        acceptDefaultAdminTransfer(acceptDefaultAdminTransferCall),
        #[allow(missing_docs)]
        beginDefaultAdminTransfer(beginDefaultAdminTransferCall),
        #[allow(missing_docs)]
        cancelDefaultAdminTransfer(cancelDefaultAdminTransferCall),
        #[allow(missing_docs)]
        changeDefaultAdminDelay(changeDefaultAdminDelayCall),
        #[allow(missing_docs)]
        committee(committeeCall),
        #[allow(missing_docs)]
        defaultAdmin(defaultAdminCall),
        #[allow(missing_docs)]
        defaultAdminDelay(defaultAdminDelayCall),
        #[allow(missing_docs)]
        defaultAdminDelayIncreaseWait(defaultAdminDelayIncreaseWaitCall),
        #[allow(missing_docs)]
        getRoleAdmin(getRoleAdminCall),
        #[allow(missing_docs)]
        grantRole(grantRoleCall),
        #[allow(missing_docs)]
        hasRole(hasRoleCall),
        #[allow(missing_docs)]
        isAttested(isAttestedCall),
        #[allow(missing_docs)]
        memberIndex(memberIndexCall),
        #[allow(missing_docs)]
        owner(ownerCall),
        #[allow(missing_docs)]
        pendingDefaultAdmin(pendingDefaultAdminCall),
        #[allow(missing_docs)]
        pendingDefaultAdminDelay(pendingDefaultAdminDelayCall),
        #[allow(missing_docs)]
        renounceRole(renounceRoleCall),
        #[allow(missing_docs)]
        revokeRole(revokeRoleCall),
        #[allow(missing_docs)]
        rollbackDefaultAdminDelay(rollbackDefaultAdminDelayCall),
        #[allow(missing_docs)]
        setCommittee(setCommitteeCall),
        #[allow(missing_docs)]
        supportsInterface(supportsInterfaceCall),
    }
    impl KeyCommitteeCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [1u8, 255u8, 201u8, 167u8],
            [2u8, 45u8, 99u8, 251u8],
            [10u8, 166u8, 34u8, 11u8],
            [34u8, 238u8, 215u8, 255u8],
            [36u8, 138u8, 156u8, 163u8],
            [47u8, 47u8, 241u8, 93u8],
            [54u8, 86u8, 138u8, 190u8],
            [59u8, 2u8, 43u8, 134u8],
            [61u8, 211u8, 82u8, 121u8],
            [99u8, 78u8, 147u8, 218u8],
            [100u8, 154u8, 94u8, 199u8],
            [121u8, 160u8, 90u8, 49u8],
            [132u8, 239u8, 143u8, 252u8],
            [141u8, 165u8, 203u8, 91u8],
            [145u8, 209u8, 72u8, 84u8],
            [161u8, 237u8, 165u8, 60u8],
            [162u8, 23u8, 253u8, 223u8],
            [204u8, 132u8, 99u8, 200u8],
            [206u8, 252u8, 20u8, 41u8],
            [207u8, 110u8, 239u8, 183u8],
            [213u8, 71u8, 116u8, 31u8],
            [214u8, 2u8, 185u8, 253u8],
            [216u8, 100u8, 231u8, 64u8],
            [234u8, 14u8, 53u8, 177u8],
            [249u8, 200u8, 21u8, 66u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(supportsInterface),
            ::core::stringify!(defaultAdminDelayIncreaseWait),
            ::core::stringify!(rollbackDefaultAdminDelay),
            ::core::stringify!(setCommittee),
            ::core::stringify!(getRoleAdmin),
            ::core::stringify!(grantRole),
            ::core::stringify!(renounceRole),
            ::core::stringify!(COMMITTEE_ADMIN_ROLE),
            ::core::stringify!(memberIndex),
            ::core::stringify!(beginDefaultAdminTransfer),
            ::core::stringify!(changeDefaultAdminDelay),
            ::core::stringify!(ADMIN_TRANSFER_DELAY),
            ::core::stringify!(defaultAdmin),
            ::core::stringify!(owner),
            ::core::stringify!(hasRole),
            ::core::stringify!(pendingDefaultAdminDelay),
            ::core::stringify!(DEFAULT_ADMIN_ROLE),
            ::core::stringify!(defaultAdminDelay),
            ::core::stringify!(acceptDefaultAdminTransfer),
            ::core::stringify!(pendingDefaultAdmin),
            ::core::stringify!(revokeRole),
            ::core::stringify!(cancelDefaultAdminTransfer),
            ::core::stringify!(committee),
            ::core::stringify!(MAX_MEMBERS),
            ::core::stringify!(isAttested),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <supportsInterfaceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <defaultAdminDelayIncreaseWaitCall as alloy_sol_types::SolCall>::SIGNATURE,
            <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setCommitteeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getRoleAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <renounceRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <COMMITTEE_ADMIN_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <memberIndexCall as alloy_sol_types::SolCall>::SIGNATURE,
            <beginDefaultAdminTransferCall as alloy_sol_types::SolCall>::SIGNATURE,
            <changeDefaultAdminDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::SIGNATURE,
            <defaultAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ownerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hasRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pendingDefaultAdminDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <defaultAdminDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pendingDefaultAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <cancelDefaultAdminTransferCall as alloy_sol_types::SolCall>::SIGNATURE,
            <committeeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_MEMBERSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isAttestedCall as alloy_sol_types::SolCall>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(selector: [u8; 4usize]) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for KeyCommitteeCalls {
        const NAME: &'static str = "KeyCommitteeCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 25usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::ADMIN_TRANSFER_DELAY(_) => {
                    <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::COMMITTEE_ADMIN_ROLE(_) => {
                    <COMMITTEE_ADMIN_ROLECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::DEFAULT_ADMIN_ROLE(_) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_MEMBERS(_) => <MAX_MEMBERSCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::acceptDefaultAdminTransfer(_) => {
                    <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::beginDefaultAdminTransfer(_) => {
                    <beginDefaultAdminTransferCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::cancelDefaultAdminTransfer(_) => {
                    <cancelDefaultAdminTransferCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::changeDefaultAdminDelay(_) => {
                    <changeDefaultAdminDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::committee(_) => <committeeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::defaultAdmin(_) => <defaultAdminCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::defaultAdminDelay(_) => {
                    <defaultAdminDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::defaultAdminDelayIncreaseWait(_) => {
                    <defaultAdminDelayIncreaseWaitCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getRoleAdmin(_) => <getRoleAdminCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::grantRole(_) => <grantRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::hasRole(_) => <hasRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isAttested(_) => <isAttestedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::memberIndex(_) => <memberIndexCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::owner(_) => <ownerCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::pendingDefaultAdmin(_) => {
                    <pendingDefaultAdminCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::pendingDefaultAdminDelay(_) => {
                    <pendingDefaultAdminDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::renounceRole(_) => <renounceRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::revokeRole(_) => <revokeRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::rollbackDefaultAdminDelay(_) => {
                    <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setCommittee(_) => <setCommitteeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::supportsInterface(_) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(selector: [u8; 4], data: &[u8]) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(KeyCommitteeCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn defaultAdminDelayIncreaseWait(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <defaultAdminDelayIncreaseWaitCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(KeyCommitteeCalls::defaultAdminDelayIncreaseWait)
                    }
                    defaultAdminDelayIncreaseWait
                },
                {
                    fn rollbackDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(KeyCommitteeCalls::rollbackDefaultAdminDelay)
                    }
                    rollbackDefaultAdminDelay
                },
                {
                    fn setCommittee(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <setCommitteeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(KeyCommitteeCalls::setCommittee)
                    }
                    setCommittee
                },
                {
                    fn getRoleAdmin(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(KeyCommitteeCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn grantRole(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(KeyCommitteeCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn renounceRole(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(KeyCommitteeCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn COMMITTEE_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <COMMITTEE_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(KeyCommitteeCalls::COMMITTEE_ADMIN_ROLE)
                    }
                    COMMITTEE_ADMIN_ROLE
                },
                {
                    fn memberIndex(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <memberIndexCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(KeyCommitteeCalls::memberIndex)
                    }
                    memberIndex
                },
                {
                    fn beginDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <beginDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(KeyCommitteeCalls::beginDefaultAdminTransfer)
                    }
                    beginDefaultAdminTransfer
                },
                {
                    fn changeDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <changeDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(KeyCommitteeCalls::changeDefaultAdminDelay)
                    }
                    changeDefaultAdminDelay
                },
                {
                    fn ADMIN_TRANSFER_DELAY(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(KeyCommitteeCalls::ADMIN_TRANSFER_DELAY)
                    }
                    ADMIN_TRANSFER_DELAY
                },
                {
                    fn defaultAdmin(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <defaultAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(KeyCommitteeCalls::defaultAdmin)
                    }
                    defaultAdmin
                },
                {
                    fn owner(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(KeyCommitteeCalls::owner)
                    }
                    owner
                },
                {
                    fn hasRole(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(KeyCommitteeCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn pendingDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <pendingDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(KeyCommitteeCalls::pendingDefaultAdminDelay)
                    }
                    pendingDefaultAdminDelay
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(KeyCommitteeCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn defaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <defaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(KeyCommitteeCalls::defaultAdminDelay)
                    }
                    defaultAdminDelay
                },
                {
                    fn acceptDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(KeyCommitteeCalls::acceptDefaultAdminTransfer)
                    }
                    acceptDefaultAdminTransfer
                },
                {
                    fn pendingDefaultAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <pendingDefaultAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(KeyCommitteeCalls::pendingDefaultAdmin)
                    }
                    pendingDefaultAdmin
                },
                {
                    fn revokeRole(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(KeyCommitteeCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn cancelDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <cancelDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(KeyCommitteeCalls::cancelDefaultAdminTransfer)
                    }
                    cancelDefaultAdminTransfer
                },
                {
                    fn committee(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <committeeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(KeyCommitteeCalls::committee)
                    }
                    committee
                },
                {
                    fn MAX_MEMBERS(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <MAX_MEMBERSCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(KeyCommitteeCalls::MAX_MEMBERS)
                    }
                    MAX_MEMBERS
                },
                {
                    fn isAttested(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <isAttestedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(KeyCommitteeCalls::isAttested)
                    }
                    isAttested
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(alloy_sol_types::Error::unknown_selector(
                    <Self as alloy_sol_types::SolInterface>::NAME,
                    selector,
                ));
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            )
                -> alloy_sol_types::Result<KeyCommitteeCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(KeyCommitteeCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn defaultAdminDelayIncreaseWait(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <defaultAdminDelayIncreaseWaitCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(KeyCommitteeCalls::defaultAdminDelayIncreaseWait)
                    }
                    defaultAdminDelayIncreaseWait
                },
                {
                    fn rollbackDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(KeyCommitteeCalls::rollbackDefaultAdminDelay)
                    }
                    rollbackDefaultAdminDelay
                },
                {
                    fn setCommittee(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <setCommitteeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(KeyCommitteeCalls::setCommittee)
                    }
                    setCommittee
                },
                {
                    fn getRoleAdmin(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(KeyCommitteeCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn grantRole(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(KeyCommitteeCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn renounceRole(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(KeyCommitteeCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn COMMITTEE_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <COMMITTEE_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(KeyCommitteeCalls::COMMITTEE_ADMIN_ROLE)
                    }
                    COMMITTEE_ADMIN_ROLE
                },
                {
                    fn memberIndex(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <memberIndexCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(KeyCommitteeCalls::memberIndex)
                    }
                    memberIndex
                },
                {
                    fn beginDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <beginDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(KeyCommitteeCalls::beginDefaultAdminTransfer)
                    }
                    beginDefaultAdminTransfer
                },
                {
                    fn changeDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <changeDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(KeyCommitteeCalls::changeDefaultAdminDelay)
                    }
                    changeDefaultAdminDelay
                },
                {
                    fn ADMIN_TRANSFER_DELAY(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(KeyCommitteeCalls::ADMIN_TRANSFER_DELAY)
                    }
                    ADMIN_TRANSFER_DELAY
                },
                {
                    fn defaultAdmin(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <defaultAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(KeyCommitteeCalls::defaultAdmin)
                    }
                    defaultAdmin
                },
                {
                    fn owner(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(KeyCommitteeCalls::owner)
                    }
                    owner
                },
                {
                    fn hasRole(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(KeyCommitteeCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn pendingDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <pendingDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(KeyCommitteeCalls::pendingDefaultAdminDelay)
                    }
                    pendingDefaultAdminDelay
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(KeyCommitteeCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn defaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <defaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(KeyCommitteeCalls::defaultAdminDelay)
                    }
                    defaultAdminDelay
                },
                {
                    fn acceptDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(KeyCommitteeCalls::acceptDefaultAdminTransfer)
                    }
                    acceptDefaultAdminTransfer
                },
                {
                    fn pendingDefaultAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <pendingDefaultAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(KeyCommitteeCalls::pendingDefaultAdmin)
                    }
                    pendingDefaultAdmin
                },
                {
                    fn revokeRole(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(KeyCommitteeCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn cancelDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <cancelDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(KeyCommitteeCalls::cancelDefaultAdminTransfer)
                    }
                    cancelDefaultAdminTransfer
                },
                {
                    fn committee(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <committeeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(KeyCommitteeCalls::committee)
                    }
                    committee
                },
                {
                    fn MAX_MEMBERS(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <MAX_MEMBERSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(KeyCommitteeCalls::MAX_MEMBERS)
                    }
                    MAX_MEMBERS
                },
                {
                    fn isAttested(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeCalls> {
                        <isAttestedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(KeyCommitteeCalls::isAttested)
                    }
                    isAttested
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(alloy_sol_types::Error::unknown_selector(
                    <Self as alloy_sol_types::SolInterface>::NAME,
                    selector,
                ));
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::ADMIN_TRANSFER_DELAY(inner) => {
                    <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::COMMITTEE_ADMIN_ROLE(inner) => {
                    <COMMITTEE_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_MEMBERS(inner) => {
                    <MAX_MEMBERSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::acceptDefaultAdminTransfer(inner) => {
                    <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::beginDefaultAdminTransfer(inner) => {
                    <beginDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::cancelDefaultAdminTransfer(inner) => {
                    <cancelDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::changeDefaultAdminDelay(inner) => {
                    <changeDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::committee(inner) => {
                    <committeeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::defaultAdmin(inner) => {
                    <defaultAdminCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::defaultAdminDelay(inner) => {
                    <defaultAdminDelayCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::defaultAdminDelayIncreaseWait(inner) => {
                    <defaultAdminDelayIncreaseWaitCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getRoleAdmin(inner) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isAttested(inner) => {
                    <isAttestedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::memberIndex(inner) => {
                    <memberIndexCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::owner(inner) => {
                    <ownerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::pendingDefaultAdmin(inner) => {
                    <pendingDefaultAdminCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::pendingDefaultAdminDelay(inner) => {
                    <pendingDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::rollbackDefaultAdminDelay(inner) => {
                    <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setCommittee(inner) => {
                    <setCommitteeCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::ADMIN_TRANSFER_DELAY(inner) => {
                    <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::COMMITTEE_ADMIN_ROLE(inner) => {
                    <COMMITTEE_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::MAX_MEMBERS(inner) => {
                    <MAX_MEMBERSCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::acceptDefaultAdminTransfer(inner) => {
                    <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::beginDefaultAdminTransfer(inner) => {
                    <beginDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::cancelDefaultAdminTransfer(inner) => {
                    <cancelDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::changeDefaultAdminDelay(inner) => {
                    <changeDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::committee(inner) => {
                    <committeeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::defaultAdmin(inner) => {
                    <defaultAdminCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::defaultAdminDelay(inner) => {
                    <defaultAdminDelayCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::defaultAdminDelayIncreaseWait(inner) => {
                    <defaultAdminDelayIncreaseWaitCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::getRoleAdmin(inner) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::isAttested(inner) => {
                    <isAttestedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::memberIndex(inner) => {
                    <memberIndexCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::owner(inner) => {
                    <ownerCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::pendingDefaultAdmin(inner) => {
                    <pendingDefaultAdminCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::pendingDefaultAdminDelay(inner) => {
                    <pendingDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::rollbackDefaultAdminDelay(inner) => {
                    <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::setCommittee(inner) => {
                    <setCommitteeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`KeyCommittee`](self) custom errors.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum KeyCommitteeErrors {
        #[allow(missing_docs)]
        AccessControlBadConfirmation(AccessControlBadConfirmation),
        #[allow(missing_docs)]
        AccessControlEnforcedDefaultAdminDelay(AccessControlEnforcedDefaultAdminDelay),
        #[allow(missing_docs)]
        AccessControlEnforcedDefaultAdminRules(AccessControlEnforcedDefaultAdminRules),
        #[allow(missing_docs)]
        AccessControlInvalidDefaultAdmin(AccessControlInvalidDefaultAdmin),
        #[allow(missing_docs)]
        AccessControlUnauthorizedAccount(AccessControlUnauthorizedAccount),
        #[allow(missing_docs)]
        InvalidMember(InvalidMember),
        #[allow(missing_docs)]
        InvalidThreshold(InvalidThreshold),
        #[allow(missing_docs)]
        MalformedKey(MalformedKey),
        #[allow(missing_docs)]
        NoCommittee(NoCommittee),
        #[allow(missing_docs)]
        SafeCastOverflowedUintDowncast(SafeCastOverflowedUintDowncast),
    }
    impl KeyCommitteeErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [25u8, 202u8, 94u8, 187u8],
            [63u8, 195u8, 194u8, 122u8],
            [89u8, 22u8, 24u8, 210u8],
            [102u8, 151u8, 178u8, 50u8],
            [109u8, 252u8, 198u8, 80u8],
            [146u8, 16u8, 200u8, 214u8],
            [194u8, 44u8, 128u8, 34u8],
            [209u8, 143u8, 146u8, 160u8],
            [226u8, 81u8, 125u8, 63u8],
            [251u8, 89u8, 195u8, 193u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(AccessControlEnforcedDefaultAdminDelay),
            ::core::stringify!(AccessControlEnforcedDefaultAdminRules),
            ::core::stringify!(MalformedKey),
            ::core::stringify!(AccessControlBadConfirmation),
            ::core::stringify!(SafeCastOverflowedUintDowncast),
            ::core::stringify!(NoCommittee),
            ::core::stringify!(AccessControlInvalidDefaultAdmin),
            ::core::stringify!(InvalidMember),
            ::core::stringify!(AccessControlUnauthorizedAccount),
            ::core::stringify!(InvalidThreshold),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <AccessControlEnforcedDefaultAdminDelay as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlEnforcedDefaultAdminRules as alloy_sol_types::SolError>::SIGNATURE,
            <MalformedKey as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlBadConfirmation as alloy_sol_types::SolError>::SIGNATURE,
            <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SIGNATURE,
            <NoCommittee as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlInvalidDefaultAdmin as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidMember as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidThreshold as alloy_sol_types::SolError>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(selector: [u8; 4usize]) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for KeyCommitteeErrors {
        const NAME: &'static str = "KeyCommitteeErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 10usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AccessControlBadConfirmation(_) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AccessControlEnforcedDefaultAdminDelay(_) => {
                    <AccessControlEnforcedDefaultAdminDelay as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AccessControlEnforcedDefaultAdminRules(_) => {
                    <AccessControlEnforcedDefaultAdminRules as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AccessControlInvalidDefaultAdmin(_) => {
                    <AccessControlInvalidDefaultAdmin as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AccessControlUnauthorizedAccount(_) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidMember(_) => <InvalidMember as alloy_sol_types::SolError>::SELECTOR,
                Self::InvalidThreshold(_) => {
                    <InvalidThreshold as alloy_sol_types::SolError>::SELECTOR
                }
                Self::MalformedKey(_) => <MalformedKey as alloy_sol_types::SolError>::SELECTOR,
                Self::NoCommittee(_) => <NoCommittee as alloy_sol_types::SolError>::SELECTOR,
                Self::SafeCastOverflowedUintDowncast(_) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(selector: [u8; 4], data: &[u8]) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<KeyCommitteeErrors>] = &[
                {
                    fn AccessControlEnforcedDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeErrors> {
                        <AccessControlEnforcedDefaultAdminDelay as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                KeyCommitteeErrors::AccessControlEnforcedDefaultAdminDelay,
                            )
                    }
                    AccessControlEnforcedDefaultAdminDelay
                },
                {
                    fn AccessControlEnforcedDefaultAdminRules(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeErrors> {
                        <AccessControlEnforcedDefaultAdminRules as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                KeyCommitteeErrors::AccessControlEnforcedDefaultAdminRules,
                            )
                    }
                    AccessControlEnforcedDefaultAdminRules
                },
                {
                    fn MalformedKey(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeErrors> {
                        <MalformedKey as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(KeyCommitteeErrors::MalformedKey)
                    }
                    MalformedKey
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw(
                            data,
                        )
                        .map(KeyCommitteeErrors::AccessControlBadConfirmation)
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(KeyCommitteeErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn NoCommittee(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeErrors> {
                        <NoCommittee as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(KeyCommitteeErrors::NoCommittee)
                    }
                    NoCommittee
                },
                {
                    fn AccessControlInvalidDefaultAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeErrors> {
                        <AccessControlInvalidDefaultAdmin as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(KeyCommitteeErrors::AccessControlInvalidDefaultAdmin)
                    }
                    AccessControlInvalidDefaultAdmin
                },
                {
                    fn InvalidMember(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeErrors> {
                        <InvalidMember as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(KeyCommitteeErrors::InvalidMember)
                    }
                    InvalidMember
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(KeyCommitteeErrors::AccessControlUnauthorizedAccount)
                    }
                    AccessControlUnauthorizedAccount
                },
                {
                    fn InvalidThreshold(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeErrors> {
                        <InvalidThreshold as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(KeyCommitteeErrors::InvalidThreshold)
                    }
                    InvalidThreshold
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(alloy_sol_types::Error::unknown_selector(
                    <Self as alloy_sol_types::SolInterface>::NAME,
                    selector,
                ));
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            )
                -> alloy_sol_types::Result<KeyCommitteeErrors>] = &[
                {
                    fn AccessControlEnforcedDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeErrors> {
                        <AccessControlEnforcedDefaultAdminDelay as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                KeyCommitteeErrors::AccessControlEnforcedDefaultAdminDelay,
                            )
                    }
                    AccessControlEnforcedDefaultAdminDelay
                },
                {
                    fn AccessControlEnforcedDefaultAdminRules(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeErrors> {
                        <AccessControlEnforcedDefaultAdminRules as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                KeyCommitteeErrors::AccessControlEnforcedDefaultAdminRules,
                            )
                    }
                    AccessControlEnforcedDefaultAdminRules
                },
                {
                    fn MalformedKey(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeErrors> {
                        <MalformedKey as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(KeyCommitteeErrors::MalformedKey)
                    }
                    MalformedKey
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(KeyCommitteeErrors::AccessControlBadConfirmation)
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(KeyCommitteeErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn NoCommittee(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeErrors> {
                        <NoCommittee as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(KeyCommitteeErrors::NoCommittee)
                    }
                    NoCommittee
                },
                {
                    fn AccessControlInvalidDefaultAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeErrors> {
                        <AccessControlInvalidDefaultAdmin as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(KeyCommitteeErrors::AccessControlInvalidDefaultAdmin)
                    }
                    AccessControlInvalidDefaultAdmin
                },
                {
                    fn InvalidMember(data: &[u8]) -> alloy_sol_types::Result<KeyCommitteeErrors> {
                        <InvalidMember as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(KeyCommitteeErrors::InvalidMember)
                    }
                    InvalidMember
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(KeyCommitteeErrors::AccessControlUnauthorizedAccount)
                    }
                    AccessControlUnauthorizedAccount
                },
                {
                    fn InvalidThreshold(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<KeyCommitteeErrors> {
                        <InvalidThreshold as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(KeyCommitteeErrors::InvalidThreshold)
                    }
                    InvalidThreshold
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(alloy_sol_types::Error::unknown_selector(
                    <Self as alloy_sol_types::SolInterface>::NAME,
                    selector,
                ));
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::AccessControlBadConfirmation(inner) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::AccessControlEnforcedDefaultAdminDelay(inner) => {
                    <AccessControlEnforcedDefaultAdminDelay as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::AccessControlEnforcedDefaultAdminRules(inner) => {
                    <AccessControlEnforcedDefaultAdminRules as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::AccessControlInvalidDefaultAdmin(inner) => {
                    <AccessControlInvalidDefaultAdmin as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::AccessControlUnauthorizedAccount(inner) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidMember(inner) => {
                    <InvalidMember as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidThreshold(inner) => {
                    <InvalidThreshold as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MalformedKey(inner) => {
                    <MalformedKey as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NoCommittee(inner) => {
                    <NoCommittee as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::AccessControlBadConfirmation(inner) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AccessControlEnforcedDefaultAdminDelay(inner) => {
                    <AccessControlEnforcedDefaultAdminDelay as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AccessControlEnforcedDefaultAdminRules(inner) => {
                    <AccessControlEnforcedDefaultAdminRules as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AccessControlInvalidDefaultAdmin(inner) => {
                    <AccessControlInvalidDefaultAdmin as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AccessControlUnauthorizedAccount(inner) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidMember(inner) => {
                    <InvalidMember as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidThreshold(inner) => {
                    <InvalidThreshold as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MalformedKey(inner) => {
                    <MalformedKey as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NoCommittee(inner) => {
                    <NoCommittee as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`KeyCommittee`](self) events.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum KeyCommitteeEvents {
        #[allow(missing_docs)]
        CommitteeSet(CommitteeSet),
        #[allow(missing_docs)]
        DefaultAdminDelayChangeCanceled(DefaultAdminDelayChangeCanceled),
        #[allow(missing_docs)]
        DefaultAdminDelayChangeScheduled(DefaultAdminDelayChangeScheduled),
        #[allow(missing_docs)]
        DefaultAdminTransferCanceled(DefaultAdminTransferCanceled),
        #[allow(missing_docs)]
        DefaultAdminTransferScheduled(DefaultAdminTransferScheduled),
        #[allow(missing_docs)]
        RoleAdminChanged(RoleAdminChanged),
        #[allow(missing_docs)]
        RoleGranted(RoleGranted),
        #[allow(missing_docs)]
        RoleRevoked(RoleRevoked),
    }
    impl KeyCommitteeEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                43u8, 31u8, 162u8, 237u8, 175u8, 230u8, 247u8, 185u8, 233u8, 124u8, 26u8, 158u8,
                12u8, 54u8, 96u8, 230u8, 69u8, 190u8, 178u8, 220u8, 170u8, 45u8, 69u8, 189u8,
                191u8, 155u8, 234u8, 245u8, 71u8, 46u8, 30u8, 197u8,
            ],
            [
                47u8, 135u8, 136u8, 17u8, 126u8, 126u8, 255u8, 29u8, 130u8, 233u8, 38u8, 236u8,
                121u8, 73u8, 1u8, 209u8, 124u8, 120u8, 2u8, 74u8, 80u8, 39u8, 9u8, 64u8, 48u8,
                69u8, 64u8, 167u8, 51u8, 101u8, 111u8, 13u8,
            ],
            [
                51u8, 119u8, 220u8, 68u8, 36u8, 30u8, 119u8, 157u8, 208u8, 106u8, 250u8, 181u8,
                183u8, 136u8, 163u8, 92u8, 165u8, 243u8, 183u8, 120u8, 131u8, 110u8, 41u8, 144u8,
                189u8, 178u8, 106u8, 42u8, 75u8, 46u8, 94u8, 214u8,
            ],
            [
                136u8, 134u8, 235u8, 252u8, 66u8, 89u8, 171u8, 219u8, 193u8, 102u8, 1u8, 221u8,
                143u8, 181u8, 103u8, 142u8, 84u8, 135u8, 143u8, 71u8, 179u8, 195u8, 72u8, 54u8,
                207u8, 197u8, 17u8, 84u8, 169u8, 96u8, 81u8, 9u8,
            ],
            [
                154u8, 247u8, 197u8, 198u8, 222u8, 168u8, 9u8, 176u8, 134u8, 155u8, 95u8, 32u8,
                18u8, 107u8, 36u8, 108u8, 183u8, 15u8, 75u8, 140u8, 186u8, 14u8, 40u8, 217u8,
                189u8, 69u8, 167u8, 85u8, 197u8, 247u8, 54u8, 120u8,
            ],
            [
                189u8, 121u8, 184u8, 111u8, 254u8, 10u8, 184u8, 232u8, 119u8, 97u8, 81u8, 81u8,
                66u8, 23u8, 205u8, 124u8, 172u8, 213u8, 44u8, 144u8, 159u8, 102u8, 71u8, 92u8,
                58u8, 244u8, 78u8, 18u8, 159u8, 11u8, 0u8, 255u8,
            ],
            [
                241u8, 3u8, 140u8, 24u8, 207u8, 132u8, 165u8, 110u8, 67u8, 47u8, 219u8, 250u8,
                247u8, 70u8, 146u8, 75u8, 126u8, 165u8, 17u8, 223u8, 224u8, 58u8, 101u8, 6u8,
                160u8, 206u8, 186u8, 72u8, 136u8, 120u8, 141u8, 155u8,
            ],
            [
                246u8, 57u8, 31u8, 92u8, 50u8, 217u8, 198u8, 157u8, 42u8, 71u8, 234u8, 103u8, 11u8,
                68u8, 41u8, 116u8, 181u8, 57u8, 53u8, 209u8, 237u8, 199u8, 253u8, 100u8, 235u8,
                33u8, 224u8, 71u8, 168u8, 57u8, 23u8, 27u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(DefaultAdminDelayChangeCanceled),
            ::core::stringify!(RoleGranted),
            ::core::stringify!(DefaultAdminTransferScheduled),
            ::core::stringify!(DefaultAdminTransferCanceled),
            ::core::stringify!(CommitteeSet),
            ::core::stringify!(RoleAdminChanged),
            ::core::stringify!(DefaultAdminDelayChangeScheduled),
            ::core::stringify!(RoleRevoked),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <DefaultAdminDelayChangeCanceled as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE,
            <DefaultAdminTransferScheduled as alloy_sol_types::SolEvent>::SIGNATURE,
            <DefaultAdminTransferCanceled as alloy_sol_types::SolEvent>::SIGNATURE,
            <CommitteeSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <DefaultAdminDelayChangeScheduled as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleRevoked as alloy_sol_types::SolEvent>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(selector: [u8; 32usize]) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolEventInterface for KeyCommitteeEvents {
        const NAME: &'static str = "KeyCommitteeEvents";
        const COUNT: usize = 8usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<CommitteeSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <CommitteeSet as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::CommitteeSet)
                }
                Some(
                    <DefaultAdminDelayChangeCanceled as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <DefaultAdminDelayChangeCanceled as alloy_sol_types::SolEvent>::decode_raw_log(
                        topics, data,
                    )
                    .map(Self::DefaultAdminDelayChangeCanceled)
                }
                Some(
                    <DefaultAdminDelayChangeScheduled as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <DefaultAdminDelayChangeScheduled as alloy_sol_types::SolEvent>::decode_raw_log(
                        topics, data,
                    )
                    .map(Self::DefaultAdminDelayChangeScheduled)
                }
                Some(
                    <DefaultAdminTransferCanceled as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => <DefaultAdminTransferCanceled as alloy_sol_types::SolEvent>::decode_raw_log(
                    topics, data,
                )
                .map(Self::DefaultAdminTransferCanceled),
                Some(
                    <DefaultAdminTransferScheduled as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => <DefaultAdminTransferScheduled as alloy_sol_types::SolEvent>::decode_raw_log(
                    topics, data,
                )
                .map(Self::DefaultAdminTransferScheduled),
                Some(<RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleAdminChanged as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::RoleAdminChanged)
                }
                Some(<RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleGranted as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::RoleGranted)
                }
                Some(<RoleRevoked as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleRevoked as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::RoleRevoked)
                }
                _ => alloy_sol_types::private::Err(alloy_sol_types::Error::InvalidLog {
                    name: <Self as alloy_sol_types::SolEventInterface>::NAME,
                    log: alloy_sol_types::private::Box::new(
                        alloy_sol_types::private::LogData::new_unchecked(
                            topics.to_vec(),
                            data.to_vec().into(),
                        ),
                    ),
                }),
            }
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::private::IntoLogData for KeyCommitteeEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::CommitteeSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::DefaultAdminDelayChangeCanceled(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::DefaultAdminDelayChangeScheduled(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::DefaultAdminTransferCanceled(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::DefaultAdminTransferScheduled(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoleAdminChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoleGranted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoleRevoked(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::CommitteeSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::DefaultAdminDelayChangeCanceled(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::DefaultAdminDelayChangeScheduled(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::DefaultAdminTransferCanceled(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::DefaultAdminTransferScheduled(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoleAdminChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoleGranted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoleRevoked(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`KeyCommittee`](self) contract instance.

    See the [wrapper's documentation](`KeyCommitteeInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> KeyCommitteeInstance<P, N> {
        KeyCommitteeInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

    Returns a new instance of the contract, if the deployment was successful.

    For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        __provider: P,
        admin: alloy::sol_types::private::Address,
    ) -> impl ::core::future::Future<Output = alloy_contract::Result<KeyCommitteeInstance<P, N>>>
    {
        KeyCommitteeInstance::<P, N>::deploy(__provider, admin)
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
    and constructor arguments, if any.

    This is a simple wrapper around creating a `RawCallBuilder` with the data set to
    the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
        admin: alloy::sol_types::private::Address,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        KeyCommitteeInstance::<P, N>::deploy_builder(__provider, admin)
    }
    /**A [`KeyCommittee`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`KeyCommittee`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct KeyCommitteeInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for KeyCommitteeInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("KeyCommitteeInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        KeyCommitteeInstance<P, N>
    {
        /**Creates a new wrapper around an on-chain [`KeyCommittee`](self) contract instance.

        See the [wrapper's documentation](`KeyCommitteeInstance`) for more details.*/
        #[inline]
        pub const fn new(address: alloy_sol_types::private::Address, __provider: P) -> Self {
            Self { address, provider: __provider, _network: ::core::marker::PhantomData }
        }
        /**Deploys this contract using the given `provider` and constructor arguments, if any.

        Returns a new instance of the contract, if the deployment was successful.

        For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
        #[inline]
        pub async fn deploy(
            __provider: P,
            admin: alloy::sol_types::private::Address,
        ) -> alloy_contract::Result<KeyCommitteeInstance<P, N>> {
            let call_builder = Self::deploy_builder(__provider, admin);
            let contract_address = call_builder.deploy().await?;
            Ok(Self::new(contract_address, call_builder.provider))
        }
        /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
        and constructor arguments, if any.

        This is a simple wrapper around creating a `RawCallBuilder` with the data set to
        the bytecode concatenated with the constructor's ABI-encoded arguments.*/
        #[inline]
        pub fn deploy_builder(
            __provider: P,
            admin: alloy::sol_types::private::Address,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(&constructorCall { admin })[..],
                ]
                .concat()
                .into(),
            )
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> KeyCommitteeInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> KeyCommitteeInstance<P, N> {
            KeyCommitteeInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        KeyCommitteeInstance<P, N>
    {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
        ///Creates a new call builder for the [`ADMIN_TRANSFER_DELAY`] function.
        pub fn ADMIN_TRANSFER_DELAY(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, ADMIN_TRANSFER_DELAYCall, N> {
            self.call_builder(&ADMIN_TRANSFER_DELAYCall)
        }
        ///Creates a new call builder for the [`COMMITTEE_ADMIN_ROLE`] function.
        pub fn COMMITTEE_ADMIN_ROLE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, COMMITTEE_ADMIN_ROLECall, N> {
            self.call_builder(&COMMITTEE_ADMIN_ROLECall)
        }
        ///Creates a new call builder for the [`DEFAULT_ADMIN_ROLE`] function.
        pub fn DEFAULT_ADMIN_ROLE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_ADMIN_ROLECall, N> {
            self.call_builder(&DEFAULT_ADMIN_ROLECall)
        }
        ///Creates a new call builder for the [`MAX_MEMBERS`] function.
        pub fn MAX_MEMBERS(&self) -> alloy_contract::SolCallBuilder<&P, MAX_MEMBERSCall, N> {
            self.call_builder(&MAX_MEMBERSCall)
        }
        ///Creates a new call builder for the [`acceptDefaultAdminTransfer`] function.
        pub fn acceptDefaultAdminTransfer(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, acceptDefaultAdminTransferCall, N> {
            self.call_builder(&acceptDefaultAdminTransferCall)
        }
        ///Creates a new call builder for the [`beginDefaultAdminTransfer`] function.
        pub fn beginDefaultAdminTransfer(
            &self,
            newAdmin: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, beginDefaultAdminTransferCall, N> {
            self.call_builder(&beginDefaultAdminTransferCall { newAdmin })
        }
        ///Creates a new call builder for the [`cancelDefaultAdminTransfer`] function.
        pub fn cancelDefaultAdminTransfer(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, cancelDefaultAdminTransferCall, N> {
            self.call_builder(&cancelDefaultAdminTransferCall)
        }
        ///Creates a new call builder for the [`changeDefaultAdminDelay`] function.
        pub fn changeDefaultAdminDelay(
            &self,
            newDelay: alloy::sol_types::private::primitives::aliases::U48,
        ) -> alloy_contract::SolCallBuilder<&P, changeDefaultAdminDelayCall, N> {
            self.call_builder(&changeDefaultAdminDelayCall { newDelay })
        }
        ///Creates a new call builder for the [`committee`] function.
        pub fn committee(&self) -> alloy_contract::SolCallBuilder<&P, committeeCall, N> {
            self.call_builder(&committeeCall)
        }
        ///Creates a new call builder for the [`defaultAdmin`] function.
        pub fn defaultAdmin(&self) -> alloy_contract::SolCallBuilder<&P, defaultAdminCall, N> {
            self.call_builder(&defaultAdminCall)
        }
        ///Creates a new call builder for the [`defaultAdminDelay`] function.
        pub fn defaultAdminDelay(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, defaultAdminDelayCall, N> {
            self.call_builder(&defaultAdminDelayCall)
        }
        ///Creates a new call builder for the [`defaultAdminDelayIncreaseWait`] function.
        pub fn defaultAdminDelayIncreaseWait(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, defaultAdminDelayIncreaseWaitCall, N> {
            self.call_builder(&defaultAdminDelayIncreaseWaitCall)
        }
        ///Creates a new call builder for the [`getRoleAdmin`] function.
        pub fn getRoleAdmin(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getRoleAdminCall, N> {
            self.call_builder(&getRoleAdminCall { role })
        }
        ///Creates a new call builder for the [`grantRole`] function.
        pub fn grantRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, grantRoleCall, N> {
            self.call_builder(&grantRoleCall { role, account })
        }
        ///Creates a new call builder for the [`hasRole`] function.
        pub fn hasRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, hasRoleCall, N> {
            self.call_builder(&hasRoleCall { role, account })
        }
        ///Creates a new call builder for the [`isAttested`] function.
        pub fn isAttested(
            &self,
            digest: alloy::sol_types::private::FixedBytes<32>,
            signatures: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
        ) -> alloy_contract::SolCallBuilder<&P, isAttestedCall, N> {
            self.call_builder(&isAttestedCall { digest, signatures })
        }
        ///Creates a new call builder for the [`memberIndex`] function.
        pub fn memberIndex(
            &self,
            node: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, memberIndexCall, N> {
            self.call_builder(&memberIndexCall { node })
        }
        ///Creates a new call builder for the [`owner`] function.
        pub fn owner(&self) -> alloy_contract::SolCallBuilder<&P, ownerCall, N> {
            self.call_builder(&ownerCall)
        }
        ///Creates a new call builder for the [`pendingDefaultAdmin`] function.
        pub fn pendingDefaultAdmin(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, pendingDefaultAdminCall, N> {
            self.call_builder(&pendingDefaultAdminCall)
        }
        ///Creates a new call builder for the [`pendingDefaultAdminDelay`] function.
        pub fn pendingDefaultAdminDelay(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, pendingDefaultAdminDelayCall, N> {
            self.call_builder(&pendingDefaultAdminDelayCall)
        }
        ///Creates a new call builder for the [`renounceRole`] function.
        pub fn renounceRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, renounceRoleCall, N> {
            self.call_builder(&renounceRoleCall { role, account })
        }
        ///Creates a new call builder for the [`revokeRole`] function.
        pub fn revokeRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, revokeRoleCall, N> {
            self.call_builder(&revokeRoleCall { role, account })
        }
        ///Creates a new call builder for the [`rollbackDefaultAdminDelay`] function.
        pub fn rollbackDefaultAdminDelay(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, rollbackDefaultAdminDelayCall, N> {
            self.call_builder(&rollbackDefaultAdminDelayCall)
        }
        ///Creates a new call builder for the [`setCommittee`] function.
        pub fn setCommittee(
            &self,
            groupKey: alloy::sol_types::private::Bytes,
            threshold: u16,
            members: alloy::sol_types::private::Vec<
                <IKeyCommittee::Member as alloy::sol_types::SolType>::RustType,
            >,
        ) -> alloy_contract::SolCallBuilder<&P, setCommitteeCall, N> {
            self.call_builder(&setCommitteeCall { groupKey, threshold, members })
        }
        ///Creates a new call builder for the [`supportsInterface`] function.
        pub fn supportsInterface(
            &self,
            interfaceId: alloy::sol_types::private::FixedBytes<4>,
        ) -> alloy_contract::SolCallBuilder<&P, supportsInterfaceCall, N> {
            self.call_builder(&supportsInterfaceCall { interfaceId })
        }
    }
    /// Event filters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        KeyCommitteeInstance<P, N>
    {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`CommitteeSet`] event.
        pub fn CommitteeSet_filter(&self) -> alloy_contract::Event<&P, CommitteeSet, N> {
            self.event_filter::<CommitteeSet>()
        }
        ///Creates a new event filter for the [`DefaultAdminDelayChangeCanceled`] event.
        pub fn DefaultAdminDelayChangeCanceled_filter(
            &self,
        ) -> alloy_contract::Event<&P, DefaultAdminDelayChangeCanceled, N> {
            self.event_filter::<DefaultAdminDelayChangeCanceled>()
        }
        ///Creates a new event filter for the [`DefaultAdminDelayChangeScheduled`] event.
        pub fn DefaultAdminDelayChangeScheduled_filter(
            &self,
        ) -> alloy_contract::Event<&P, DefaultAdminDelayChangeScheduled, N> {
            self.event_filter::<DefaultAdminDelayChangeScheduled>()
        }
        ///Creates a new event filter for the [`DefaultAdminTransferCanceled`] event.
        pub fn DefaultAdminTransferCanceled_filter(
            &self,
        ) -> alloy_contract::Event<&P, DefaultAdminTransferCanceled, N> {
            self.event_filter::<DefaultAdminTransferCanceled>()
        }
        ///Creates a new event filter for the [`DefaultAdminTransferScheduled`] event.
        pub fn DefaultAdminTransferScheduled_filter(
            &self,
        ) -> alloy_contract::Event<&P, DefaultAdminTransferScheduled, N> {
            self.event_filter::<DefaultAdminTransferScheduled>()
        }
        ///Creates a new event filter for the [`RoleAdminChanged`] event.
        pub fn RoleAdminChanged_filter(&self) -> alloy_contract::Event<&P, RoleAdminChanged, N> {
            self.event_filter::<RoleAdminChanged>()
        }
        ///Creates a new event filter for the [`RoleGranted`] event.
        pub fn RoleGranted_filter(&self) -> alloy_contract::Event<&P, RoleGranted, N> {
            self.event_filter::<RoleGranted>()
        }
        ///Creates a new event filter for the [`RoleRevoked`] event.
        pub fn RoleRevoked_filter(&self) -> alloy_contract::Event<&P, RoleRevoked, N> {
            self.event_filter::<RoleRevoked>()
        }
    }
}
