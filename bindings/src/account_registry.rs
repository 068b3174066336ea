///Module containing a contract's types and functions.
/**

```solidity
library IAccountRegistry {
    type Role is uint8;
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IAccountRegistry {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Role(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Role> for u8 {
            #[inline]
            fn stv_to_tokens(
                &self,
            ) -> <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::Token<'_>
            {
                alloy_sol_types::private::SolTypeValue::<
                    alloy::sol_types::sol_data::Uint<8>,
                >::stv_to_tokens(self)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(self).0
            }
            #[inline]
            fn stv_abi_encode_packed_to(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(self, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::abi_encoded_size(
                    self,
                )
            }
        }
        impl Role {
            /// The Solidity type name.
            pub const NAME: &'static str = stringify!(@ name);
            /// Convert from the underlying value type.
            #[inline]
            pub const fn from_underlying(value: u8) -> Self {
                Self(value)
            }
            /// Return the underlying value.
            #[inline]
            pub const fn into_underlying(self) -> u8 {
                self.0
            }
            /// Return the single encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode(&self.0)
            }
            /// Return the packed encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode_packed(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode_packed(&self.0)
            }
        }
        #[automatically_derived]
        impl From<u8> for Role {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<Role> for u8 {
            fn from(value: Role) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Role {
            type RustType = u8;
            type Token<'a> =
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = Self::NAME;
            const ENCODED_SIZE: Option<usize> =
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                Self::type_check(token).is_ok()
            }
            #[inline]
            fn type_check(token: &Self::Token<'_>) -> alloy_sol_types::Result<()> {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::type_check(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::detokenize(token)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Role {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::topic_preimage_length(rust)
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, out)
            }
            #[inline]
            fn encode_topic(rust: &Self::RustType) -> alloy_sol_types::abi::token::WordToken {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::encode_topic(
                    rust,
                )
            }
        }
    };
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`IAccountRegistry`](self) contract instance.

    See the [wrapper's documentation](`IAccountRegistryInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IAccountRegistryInstance<P, N> {
        IAccountRegistryInstance::<P, N>::new(address, __provider)
    }
    /**A [`IAccountRegistry`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`IAccountRegistry`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IAccountRegistryInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IAccountRegistryInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IAccountRegistryInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        IAccountRegistryInstance<P, N>
    {
        /**Creates a new wrapper around an on-chain [`IAccountRegistry`](self) contract instance.

        See the [wrapper's documentation](`IAccountRegistryInstance`) for more details.*/
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
    impl<P: ::core::clone::Clone, N> IAccountRegistryInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IAccountRegistryInstance<P, N> {
            IAccountRegistryInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        IAccountRegistryInstance<P, N>
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
        IAccountRegistryInstance<P, N>
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
library IAccountRegistry {
    type Role is uint8;
}

interface AccountRegistry {
    error AccessControlBadConfirmation();
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
    error AlreadyRegistered(address account, IAccountRegistry.Role role);
    error AlreadyVerified(address researcher);
    error GuardianDelayOutOfBounds(uint64 delay, uint64 min, uint64 max);
    error InvalidRole();
    error InvalidThreshold(uint8 threshold, uint256 count);
    error MalformedKey(bytes key);
    error NoPendingGuardians(address controller);
    error NotPatient(address account);
    error NotRegistered(address account);
    error NotResearcher(address account);
    error NotVerified(address researcher);
    error TooManyGuardians(uint256 count, uint256 max);

    event EncryptionKeySet(address indexed account, bytes key, uint32 epoch);
    event GuardianDelaySet(uint64 delay);
    event GuardianSetCancelled(address indexed controller);
    event GuardianSetProposed(address indexed controller, bytes32 root, uint8 size, uint8 threshold, uint64 effectiveAt);
    event Registered(address indexed account, IAccountRegistry.Role indexed role, bytes32 commitment);
    event ResearcherRevoked(address indexed researcher, bytes32 reason, address indexed attester);
    event ResearcherVerified(address indexed researcher, bytes32 attestation, address indexed attester);
    event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);
    event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
    event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);

    constructor(address admin, address forwarder, uint64 guardianDelay_);

    function ATTESTER_ROLE() external view returns (bytes32);
    function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
    function MAX_GUARDIANS() external view returns (uint256);
    function MAX_GUARDIAN_DELAY() external view returns (uint64);
    function MIN_GUARDIAN_DELAY() external view returns (uint64);
    function PARAMS_ROLE() external view returns (bytes32);
    function attestResearcher(address researcher, bytes32 attestation) external;
    function cancelGuardianSet() external;
    function encryptionKey(address account) external view returns (bytes memory);
    function encryptionKeyOf(address account) external view returns (bytes memory key, uint32 epoch);
    function getRoleAdmin(bytes32 role) external view returns (bytes32);
    function grantRole(bytes32 role, address account) external;
    function guardianDelay() external view returns (uint64);
    function guardianLeaf(address controller, address guardian) external pure returns (bytes32);
    function guardianSet(address controller) external view returns (bytes32 root, uint8 size, uint8 threshold);
    function hasRole(bytes32 role, address account) external view returns (bool);
    function isGuardian(address controller, address guardian, bytes32[] memory proof) external view returns (bool);
    function isPatient(address account) external view returns (bool);
    function isTrustedForwarder(address forwarder) external view returns (bool);
    function isVerifiedResearcher(address account) external view returns (bool);
    function pendingGuardianSet(address controller) external view returns (bytes32 root, uint8 size, uint8 threshold, uint64 effectiveAt);
    function proposeGuardianSet(bytes32 root, uint8 size, uint8 threshold) external returns (uint64 effectiveAt);
    function register(IAccountRegistry.Role role_, bytes memory key, bytes32 commitment) external;
    function renounceRole(bytes32 role, address callerConfirmation) external;
    function revokeResearcher(address researcher, bytes32 reason) external;
    function revokeRole(bytes32 role, address account) external;
    function role(address account) external view returns (IAccountRegistry.Role);
    function rotateKey(bytes memory key) external;
    function setGuardianDelay(uint64 delay) external;
    function supportsInterface(bytes4 interfaceId) external view returns (bool);
    function trustedForwarder() external view returns (address);
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
      },
      {
        "name": "forwarder",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "guardianDelay_",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "ATTESTER_ROLE",
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
    "name": "MAX_GUARDIANS",
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
    "name": "MAX_GUARDIAN_DELAY",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MIN_GUARDIAN_DELAY",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "PARAMS_ROLE",
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
    "name": "attestResearcher",
    "inputs": [
      {
        "name": "researcher",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "attestation",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "cancelGuardianSet",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "encryptionKey",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "encryptionKeyOf",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "key",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "epoch",
        "type": "uint32",
        "internalType": "uint32"
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
    "name": "guardianDelay",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "guardianLeaf",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "guardian",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "guardianSet",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "root",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "size",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "threshold",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "stateMutability": "view"
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
    "name": "isGuardian",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "guardian",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "proof",
        "type": "bytes32[]",
        "internalType": "bytes32[]"
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
    "name": "isPatient",
    "inputs": [
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
    "name": "isTrustedForwarder",
    "inputs": [
      {
        "name": "forwarder",
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
    "name": "isVerifiedResearcher",
    "inputs": [
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
    "name": "pendingGuardianSet",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "root",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "size",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "threshold",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "effectiveAt",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "proposeGuardianSet",
    "inputs": [
      {
        "name": "root",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "size",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "threshold",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [
      {
        "name": "effectiveAt",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "register",
    "inputs": [
      {
        "name": "role_",
        "type": "uint8",
        "internalType": "enum IAccountRegistry.Role"
      },
      {
        "name": "key",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "commitment",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
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
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeResearcher",
    "inputs": [
      {
        "name": "researcher",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "reason",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "name": "role",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "enum IAccountRegistry.Role"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "rotateKey",
    "inputs": [
      {
        "name": "key",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setGuardianDelay",
    "inputs": [
      {
        "name": "delay",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [],
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
    "type": "function",
    "name": "trustedForwarder",
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
    "type": "event",
    "name": "EncryptionKeySet",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "key",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      },
      {
        "name": "epoch",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "GuardianDelaySet",
    "inputs": [
      {
        "name": "delay",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "GuardianSetCancelled",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "GuardianSetProposed",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "root",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "size",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "threshold",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "effectiveAt",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Registered",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "role",
        "type": "uint8",
        "indexed": true,
        "internalType": "enum IAccountRegistry.Role"
      },
      {
        "name": "commitment",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ResearcherRevoked",
    "inputs": [
      {
        "name": "researcher",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "reason",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "attester",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ResearcherVerified",
    "inputs": [
      {
        "name": "researcher",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "attestation",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "attester",
        "type": "address",
        "indexed": true,
        "internalType": "address"
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
    "name": "AlreadyRegistered",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "role",
        "type": "uint8",
        "internalType": "enum IAccountRegistry.Role"
      }
    ]
  },
  {
    "type": "error",
    "name": "AlreadyVerified",
    "inputs": [
      {
        "name": "researcher",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "GuardianDelayOutOfBounds",
    "inputs": [
      {
        "name": "delay",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "min",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "max",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidRole",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidThreshold",
    "inputs": [
      {
        "name": "threshold",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "count",
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
    "name": "NoPendingGuardians",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotPatient",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotRegistered",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotResearcher",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotVerified",
    "inputs": [
      {
        "name": "researcher",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "TooManyGuardians",
    "inputs": [
      {
        "name": "count",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "max",
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
pub mod AccountRegistry {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x60a060405234801561000f575f5ffd5b5060405161248238038061248283398101604081905261002e9161024b565b6001600160a01b0382166080526100455f84610057565b5061004f81610101565b5050506102fa565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166100f8575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100b06101b7565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016100fb565b505f5b92915050565b610e106001600160401b0382161080610125575062278d006001600160401b038216115b15610163576040516381bcb7ef60e01b81526001600160401b0382166004820152610e10602482015262278d00604482015260640160405180910390fd5b600380546001600160401b0319166001600160401b0383169081179091556040519081527fa1fd3269e1c9dc5aea76251e69fa63b391c7efc6b4ce330f50e8cd589a5916f19060200160405180910390a150565b5f6101c06101c5565b905090565b5f3660148082108015906101dd57506101dd3361020b565b15610203576101f036828403815f61029b565b6101f9916102c2565b60601c9250505090565b339250505090565b5f61021560805190565b6001600160a01b0316826001600160a01b0316149050919050565b80516001600160a01b0381168114610246575f5ffd5b919050565b5f5f5f6060848603121561025d575f5ffd5b61026684610230565b925061027460208501610230565b60408501519092506001600160401b0381168114610290575f5ffd5b809150509250925092565b5f5f858511156102a9575f5ffd5b838611156102b5575f5ffd5b5050820193919092039150565b80356001600160601b031981169060148410156102f3576001600160601b0319601485900360031b81901b82161691505b5092915050565b6080516121626103205f395f818161034b015281816103cf01526118a701526121625ff3fe608060405234801561000f575f5ffd5b50600436106101dc575f3560e01c806377c8c51a11610109578063b0df28911161009e578063d590f8c91161006e578063d590f8c91461052e578063d74dbd2d1461056f578063eba5dcb914610578578063f19310c314610601575f5ffd5b8063b0df2891146104c3578063b9368034146104f5578063bb9448e114610508578063d547741f1461051b575f5ffd5b806391d14854116100d957806391d148541461042c5780639c5b448a14610462578063a217fddf146104a9578063a2557ace146104b0575f5ffd5b806377c8c51a146103a15780637da0a877146103c25780638dfadedb146103f95780638f9c79ed14610419575f5ffd5b80632f81bb581161017f578063508f3a371161014f578063508f3a3714610306578063572b6c051461033b5780635984b8501461037b57806373f1ee0b1461038e575f5ffd5b80632f81bb581461029d57806336568abe146102c4578063422c1d37146102d75780634fc62042146102df575f5ffd5b8063140d075a116101ba578063140d075a146102355780632038421e14610247578063248a9ca31461025a5780632f2ff15d1461028a575f5ffd5b806301ffc9a7146101e0578063050650e1146102085780631221d14714610212575b5f5ffd5b6101f36101ee366004611b04565b610614565b60405190151581526020015b60405180910390f35b6102106106ac565b005b61021c62278d0081565b60405167ffffffffffffffff90911681526020016101ff565b60035467ffffffffffffffff1661021c565b610210610255366004611b5e565b6107c0565b61027c610268366004611b86565b5f9081526020819052604090206001015490565b6040519081526020016101ff565b610210610298366004611b9d565b61093c565b61027c7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa981565b6102106102d2366004611b9d565b610966565b61027c600581565b61027c7f4af29447b0b3ab714a8512e6f69c515e9803c066fb6c4e2df49be42a14a63c0d81565b6101f3610314366004611bc7565b6001600160a01b03165f908152600160208190526040909120015462010000900460ff1690565b6101f3610349366004611bc7565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b610210610389366004611be0565b6109c7565b61021c61039c366004611c17565b6109fe565b6103b46103af366004611bc7565b610c49565b6040516101ff929190611c9c565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020016101ff565b61040c610407366004611bc7565b610d08565b6040516101ff9190611cc3565b6101f3610427366004611bc7565b610db0565b6101f361043a366004611b9d565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b610475610470366004611bc7565b610dec565b6040516101ff949392919093845260ff92831660208501529116604083015267ffffffffffffffff16606082015260800190565b61027c5f81565b6101f36104be366004611cd5565b610e83565b6104d66104d1366004611bc7565b610f47565b6040805193845260ff92831660208501529116908201526060016101ff565b610210610503366004611b5e565b610f8f565b610210610516366004611da0565b611097565b610210610529366004611b9d565b6112a1565b61056261053c366004611bc7565b6001600160a01b03165f9081526001602081905260409091200154610100900460ff1690565b6040516101ff9190611e61565b61021c610e1081565b61027c610586366004611e6f565b604080516001600160a01b0380851660208301528316918101919091525f90606001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905092915050565b61021061060f366004611e97565b6112c5565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806106a657507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f6106b561140f565b6001600160a01b0381165f9081526002602052604090209091506106d88161141d565b600481015467ffffffffffffffff165f0361072f576040517f369ebf680000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024015b60405180910390fd5b5f600282018190556003820180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00001690556004820180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001690556040516001600160a01b038416917f0104daeacf39de1459601d3dd679664ddbe3fd5ba54f06ab90a13725a430c37191a25050565b7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa96107ea816114d4565b6001600160a01b0383165f90815260016020526040902060036001820154610100900460ff16600381111561082157610821611dfb565b14610863576040517fe2d0e6050000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610726565b600181015462010000900460ff16156108b3576040517f836ef4520000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610726565b6001810180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffff16620100001790556108ea61140f565b6001600160a01b0316846001600160a01b03167f4f63f151c22f8454feca00680122850ad8ce7f27a2873cba27cb3f41ce676c078560405161092e91815260200190565b60405180910390a350505050565b5f82815260208190526040902060010154610956816114d4565b61096083836114e5565b50505050565b61096e61140f565b6001600160a01b0316816001600160a01b0316146109b8576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6109c282826115ab565b505050565b7f4af29447b0b3ab714a8512e6f69c515e9803c066fb6c4e2df49be42a14a63c0d6109f1816114d4565b6109fa82611668565b5050565b5f5f610a0861140f565b905060058460ff161115610a54576040517fceceb0be00000000000000000000000000000000000000000000000000000000815260ff8516600482015260056024820152604401610726565b60ff841615610a775760ff83161580610a7257508360ff168360ff16115b610a87565b60ff8316151580610a8757508415155b15610acb576040517f64d5701400000000000000000000000000000000000000000000000000000000815260ff808516600483015285166024820152604401610726565b60ff841615801590610adb575084155b15610b1f576040517f64d5701400000000000000000000000000000000000000000000000000000000815260ff808516600483015285166024820152604401610726565b6001600160a01b0381165f908152600260205260409020610b3f8161141d565b600354610b569067ffffffffffffffff1642611f03565b604080516060808201835289825260ff8981166020808501829052918a16938501849052600287018c90556003870180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff000016821761010086021790556004870180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff881690811790915585518d815292830191909152938101929092528101919091529093506001600160a01b038316907f6e565055ea6b6c1252b45b27bfa38a24220df0b80400ea597f9313cb41343a2d9060800160405180910390a250509392505050565b6001600160a01b0381165f90815260016020526040812060609190816001820154610100900460ff166003811115610c8357610c83611dfb565b03610ca3575f60405180602001604052805f815250909250925050915091565b600181015490546040805160f884901b7fff0000000000000000000000000000000000000000000000000000000000000016602082015260218082019390935281518082039093018352604101905294630100000090910463ffffffff169350915050565b6001600160a01b0381165f9081526001602052604081206060916001820154610100900460ff166003811115610d4057610d40611dfb565b03610d5a57505060408051602081019091525f8152919050565b6001810154815460405160f89290921b7fff000000000000000000000000000000000000000000000000000000000000001660208301526021820152604101604051602081830303815290604052915050919050565b6001600160a01b0381165f9081526001602081905260408220810154610100900460ff166003811115610de557610de5611dfb565b1492915050565b6001600160a01b0381165f90815260026020526040812060048101548291829182919067ffffffffffffffff161580610e335750600481015467ffffffffffffffff164210155b15610e4a57505f9350839250829150819050610e7c565b6002810154600382015460049092015490955060ff8083169550610100909204909116925067ffffffffffffffff1690505b9193509193565b6001600160a01b0384165f9081526002602052604081208190610ea59061174f565b5490508015801590610f3d5750610f3d848483610f388a8a604080516001600160a01b0380851660208301528316918101919091525f90606001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905092915050565b61178c565b9695505050505050565b6001600160a01b0381165f908152600260205260408120819081908190610f6d9061174f565b8054600190910154909660ff8083169750610100909204909116945092505050565b7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa9610fb9816114d4565b6001600160a01b0383165f9081526001602081905260409091209081015462010000900460ff16611021576040517fb12c8f910000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610726565b6001810180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffff16905561105361140f565b6001600160a01b0316846001600160a01b03167fb5c440ac96191c61db1cff62b8ae6009d5cb27a0a77bb7fd59bfdf6dd49123088560405161092e91815260200190565b5f6110a061140f565b6001600160a01b0381165f9081526001602052604081209192506001820154610100900460ff1660038111156110d8576110d8611dfb565b1461112457818160010160019054906101000a900460ff166040517f5f4981b2000000000000000000000000000000000000000000000000000000008152600401610726929190611f23565b5f86600381111561113757611137611dfb565b0361116e576040517fd954416a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f61117a87876117a3565b60018501805492945090925089917fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff166101008360038111156111bf576111bf611dfb565b02179055506001830180548285557fffffffffffffffffffffffffffffffffffffffffffffffffff00000000ffff001660ff841617630100000017905587600381111561120e5761120e611dfb565b846001600160a01b03167fd5d69baaddb6d8d6a2dd70f38585012d30f68a79461b7e5057c8debb114e40418760405161124991815260200190565b60405180910390a3836001600160a01b03167f2cef5ee64b5ea4846a8d1c2ea7e43dc6bc7394dfc1ade90ee1795d8958a573da8888600160405161128f93929190611f87565b60405180910390a25050505050505050565b5f828152602081905260409020600101546112bb816114d4565b61096083836115ab565b5f6112ce61140f565b6001600160a01b0381165f9081526001602052604081209192506001820154610100900460ff16600381111561130657611306611dfb565b03611348576040517fbfc6c3370000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610726565b5f5f61135486866117a3565b915091505f8360010160039054906101000a900463ffffffff16600161137a9190611fb0565b60018501805484875563ffffffff83166301000000027fffffffffffffffffffffffffffffffffffffffffffffffffff00000000ffff0090911660ff8716171790556040519091506001600160a01b038616907f2cef5ee64b5ea4846a8d1c2ea7e43dc6bc7394dfc1ade90ee1795d8958a573da906113fe908a908a908690611f87565b60405180910390a250505050505050565b5f611418611896565b905090565b600481015467ffffffffffffffff16158015906114485750600481015467ffffffffffffffff164210155b156114d157600281018054825560038201805460018401805460ff8084167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00009283161761010080860492909216909102179091555f9093559190911690556004810180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001690555b50565b6114d1816114e061140f565b611900565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166115a4575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905561155c61140f565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016106a6565b505f6106a6565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16156115a4575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905561162061140f565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a45060016106a6565b610e1067ffffffffffffffff8216108061168e575062278d0067ffffffffffffffff8216115b156116e2576040517f81bcb7ef00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152610e10602482015262278d006044820152606401610726565b600380547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff83169081179091556040519081527fa1fd3269e1c9dc5aea76251e69fa63b391c7efc6b4ce330f50e8cd589a5916f19060200160405180910390a150565b60048101545f9067ffffffffffffffff161580159061177c5750600482015467ffffffffffffffff164210155b15611788575060020190565b5090565b5f8261179986868561196b565b1495945050505050565b5f80602183146117e35783836040517f591618d2000000000000000000000000000000000000000000000000000000008152600401610726929190611fcc565b83835f8181106117f5576117f5611fe7565b919091013560f81c925061180f9050602160018587612014565b6118189161203b565b90508160ff1660021415801561183257508160ff16600314155b8061184357506401000003d0198110155b806118545750611852816119ae565b155b1561188f5783836040517f591618d2000000000000000000000000000000000000000000000000000000008152600401610726929190611fcc565b9250929050565b5f3660148082108015906118d257507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b156118f8576118e536828403815f612014565b6118ee91612077565b60601c9250505090565b339250505090565b5f828152602081815260408083206001600160a01b038516845290915290205460ff166109fa576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610726565b5f81815b848110156119a3576119998287878481811061198d5761198d611fe7565b90506020020135611adb565b915060010161196f565b5090505b9392505050565b5f806401000003d01960076401000003d019856401000003d01987880909089050805f036119df5750600192915050565b5f806005602080808660026119fb60016401000003d0196120dd565b611a0591906120f0565b6040805160208101969096528501939093526060840191909152608083015260a08201526401000003d01960c082015260e001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815290829052611a7091612128565b5f60405180830381855afa9150503d805f8114611aa8576040519150601f19603f3d011682016040523d82523d5f602084013e611aad565b606091505b5091509150818015611ad2575080806020019051810190611ace919061213e565b6001145b95945050505050565b5f818310611af5575f8281526020849052604090206119a7565b505f9182526020526040902090565b5f60208284031215611b14575f5ffd5b81357fffffffff00000000000000000000000000000000000000000000000000000000811681146119a7575f5ffd5b80356001600160a01b0381168114611b59575f5ffd5b919050565b5f5f60408385031215611b6f575f5ffd5b611b7883611b43565b946020939093013593505050565b5f60208284031215611b96575f5ffd5b5035919050565b5f5f60408385031215611bae575f5ffd5b82359150611bbe60208401611b43565b90509250929050565b5f60208284031215611bd7575f5ffd5b6119a782611b43565b5f60208284031215611bf0575f5ffd5b813567ffffffffffffffff811681146119a7575f5ffd5b803560ff81168114611b59575f5ffd5b5f5f5f60608486031215611c29575f5ffd5b83359250611c3960208501611c07565b9150611c4760408501611c07565b90509250925092565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b604081525f611cae6040830185611c50565b905063ffffffff831660208301529392505050565b602081525f6119a76020830184611c50565b5f5f5f5f60608587031215611ce8575f5ffd5b611cf185611b43565b9350611cff60208601611b43565b9250604085013567ffffffffffffffff811115611d1a575f5ffd5b8501601f81018713611d2a575f5ffd5b803567ffffffffffffffff811115611d40575f5ffd5b8760208260051b8401011115611d54575f5ffd5b949793965060200194505050565b5f5f83601f840112611d72575f5ffd5b50813567ffffffffffffffff811115611d89575f5ffd5b60208301915083602082850101111561188f575f5ffd5b5f5f5f5f60608587031215611db3575f5ffd5b843560048110611dc1575f5ffd5b9350602085013567ffffffffffffffff811115611ddc575f5ffd5b611de887828801611d62565b9598909750949560400135949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60048110611e5d577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b602081016106a68284611e28565b5f5f60408385031215611e80575f5ffd5b611e8983611b43565b9150611bbe60208401611b43565b5f5f60208385031215611ea8575f5ffd5b823567ffffffffffffffff811115611ebe575f5ffd5b611eca85828601611d62565b90969095509350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff81811683821601908111156106a6576106a6611ed6565b6001600160a01b0383168152604081016119a76020830184611e28565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b604081525f611f9a604083018587611f40565b905063ffffffff83166020830152949350505050565b63ffffffff81811683821601908111156106a6576106a6611ed6565b602081525f611fdf602083018486611f40565b949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f85851115612022575f5ffd5b8386111561202e575f5ffd5b5050820193919092039150565b803560208310156106a6577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b80357fffffffffffffffffffffffffffffffffffffffff00000000000000000000000081169060148410156120d6577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505b5092915050565b818103818111156106a6576106a6611ed6565b5f82612123577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b5f82518060208501845e5f920191825250919050565b5f6020828403121561214e575f5ffd5b505191905056fea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xA0`@R4\x80\x15a\0\x0FW__\xFD[P`@Qa$\x828\x03\x80a$\x82\x839\x81\x01`@\x81\x90Ra\0.\x91a\x02KV[`\x01`\x01`\xA0\x1B\x03\x82\x16`\x80Ra\0E_\x84a\0WV[Pa\0O\x81a\x01\x01V[PPPa\x02\xFAV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\0\xF8W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\0\xB0a\x01\xB7V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\0\xFBV[P_[\x92\x91PPV[a\x0E\x10`\x01`\x01`@\x1B\x03\x82\x16\x10\x80a\x01%WPb'\x8D\0`\x01`\x01`@\x1B\x03\x82\x16\x11[\x15a\x01cW`@Qc\x81\xBC\xB7\xEF`\xE0\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01Ra\x0E\x10`$\x82\x01Rb'\x8D\0`D\x82\x01R`d\x01`@Q\x80\x91\x03\x90\xFD[`\x03\x80T`\x01`\x01`@\x1B\x03\x19\x16`\x01`\x01`@\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F\xA1\xFD2i\xE1\xC9\xDCZ\xEAv%\x1Ei\xFAc\xB3\x91\xC7\xEF\xC6\xB4\xCE3\x0FP\xE8\xCDX\x9AY\x16\xF1\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[_a\x01\xC0a\x01\xC5V[\x90P\x90V[_6`\x14\x80\x82\x10\x80\x15\x90a\x01\xDDWPa\x01\xDD3a\x02\x0BV[\x15a\x02\x03Wa\x01\xF06\x82\x84\x03\x81_a\x02\x9BV[a\x01\xF9\x91a\x02\xC2V[``\x1C\x92PPP\x90V[3\x92PPP\x90V[_a\x02\x15`\x80Q\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14\x90P\x91\x90PV[\x80Q`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x02FW__\xFD[\x91\x90PV[___``\x84\x86\x03\x12\x15a\x02]W__\xFD[a\x02f\x84a\x020V[\x92Pa\x02t` \x85\x01a\x020V[`@\x85\x01Q\x90\x92P`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x02\x90W__\xFD[\x80\x91PP\x92P\x92P\x92V[__\x85\x85\x11\x15a\x02\xA9W__\xFD[\x83\x86\x11\x15a\x02\xB5W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805`\x01`\x01``\x1B\x03\x19\x81\x16\x90`\x14\x84\x10\x15a\x02\xF3W`\x01`\x01``\x1B\x03\x19`\x14\x85\x90\x03`\x03\x1B\x81\x90\x1B\x82\x16\x16\x91P[P\x92\x91PPV[`\x80Qa!ba\x03 _9_\x81\x81a\x03K\x01R\x81\x81a\x03\xCF\x01Ra\x18\xA7\x01Ra!b_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01\xDCW_5`\xE0\x1C\x80cw\xC8\xC5\x1A\x11a\x01\tW\x80c\xB0\xDF(\x91\x11a\0\x9EW\x80c\xD5\x90\xF8\xC9\x11a\0nW\x80c\xD5\x90\xF8\xC9\x14a\x05.W\x80c\xD7M\xBD-\x14a\x05oW\x80c\xEB\xA5\xDC\xB9\x14a\x05xW\x80c\xF1\x93\x10\xC3\x14a\x06\x01W__\xFD[\x80c\xB0\xDF(\x91\x14a\x04\xC3W\x80c\xB96\x804\x14a\x04\xF5W\x80c\xBB\x94H\xE1\x14a\x05\x08W\x80c\xD5Gt\x1F\x14a\x05\x1BW__\xFD[\x80c\x91\xD1HT\x11a\0\xD9W\x80c\x91\xD1HT\x14a\x04,W\x80c\x9C[D\x8A\x14a\x04bW\x80c\xA2\x17\xFD\xDF\x14a\x04\xA9W\x80c\xA2Uz\xCE\x14a\x04\xB0W__\xFD[\x80cw\xC8\xC5\x1A\x14a\x03\xA1W\x80c}\xA0\xA8w\x14a\x03\xC2W\x80c\x8D\xFA\xDE\xDB\x14a\x03\xF9W\x80c\x8F\x9Cy\xED\x14a\x04\x19W__\xFD[\x80c/\x81\xBBX\x11a\x01\x7FW\x80cP\x8F:7\x11a\x01OW\x80cP\x8F:7\x14a\x03\x06W\x80cW+l\x05\x14a\x03;W\x80cY\x84\xB8P\x14a\x03{W\x80cs\xF1\xEE\x0B\x14a\x03\x8EW__\xFD[\x80c/\x81\xBBX\x14a\x02\x9DW\x80c6V\x8A\xBE\x14a\x02\xC4W\x80cB,\x1D7\x14a\x02\xD7W\x80cO\xC6 B\x14a\x02\xDFW__\xFD[\x80c\x14\r\x07Z\x11a\x01\xBAW\x80c\x14\r\x07Z\x14a\x025W\x80c 8B\x1E\x14a\x02GW\x80c$\x8A\x9C\xA3\x14a\x02ZW\x80c//\xF1]\x14a\x02\x8AW__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x01\xE0W\x80c\x05\x06P\xE1\x14a\x02\x08W\x80c\x12!\xD1G\x14a\x02\x12W[__\xFD[a\x01\xF3a\x01\xEE6`\x04a\x1B\x04V[a\x06\x14V[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x02\x10a\x06\xACV[\0[a\x02\x1Cb'\x8D\0\x81V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xFFV[`\x03Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x02\x1CV[a\x02\x10a\x02U6`\x04a\x1B^V[a\x07\xC0V[a\x02|a\x02h6`\x04a\x1B\x86V[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[`@Q\x90\x81R` \x01a\x01\xFFV[a\x02\x10a\x02\x986`\x04a\x1B\x9DV[a\t<V[a\x02|\x7F\xCAw\xCD\x8F\x98V\xEF_\xCD6\xF6\xB1[\xF4i\xFE!l/\x91\x14\xF6\r\xD01\xF0\xA2\xB9{g\xAA\xA9\x81V[a\x02\x10a\x02\xD26`\x04a\x1B\x9DV[a\tfV[a\x02|`\x05\x81V[a\x02|\x7FJ\xF2\x94G\xB0\xB3\xABqJ\x85\x12\xE6\xF6\x9CQ^\x98\x03\xC0f\xFBlN-\xF4\x9B\xE4*\x14\xA6<\r\x81V[a\x01\xF3a\x03\x146`\x04a\x1B\xC7V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x01` \x81\x90R`@\x90\x91 \x01Tb\x01\0\0\x90\x04`\xFF\x16\x90V[a\x01\xF3a\x03I6`\x04a\x1B\xC7V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x91\x16\x14\x90V[a\x02\x10a\x03\x896`\x04a\x1B\xE0V[a\t\xC7V[a\x02\x1Ca\x03\x9C6`\x04a\x1C\x17V[a\t\xFEV[a\x03\xB4a\x03\xAF6`\x04a\x1B\xC7V[a\x0CIV[`@Qa\x01\xFF\x92\x91\x90a\x1C\x9CV[`@Q`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R` \x01a\x01\xFFV[a\x04\x0Ca\x04\x076`\x04a\x1B\xC7V[a\r\x08V[`@Qa\x01\xFF\x91\x90a\x1C\xC3V[a\x01\xF3a\x04'6`\x04a\x1B\xC7V[a\r\xB0V[a\x01\xF3a\x04:6`\x04a\x1B\x9DV[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x04ua\x04p6`\x04a\x1B\xC7V[a\r\xECV[`@Qa\x01\xFF\x94\x93\x92\x91\x90\x93\x84R`\xFF\x92\x83\x16` \x85\x01R\x91\x16`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16``\x82\x01R`\x80\x01\x90V[a\x02|_\x81V[a\x01\xF3a\x04\xBE6`\x04a\x1C\xD5V[a\x0E\x83V[a\x04\xD6a\x04\xD16`\x04a\x1B\xC7V[a\x0FGV[`@\x80Q\x93\x84R`\xFF\x92\x83\x16` \x85\x01R\x91\x16\x90\x82\x01R``\x01a\x01\xFFV[a\x02\x10a\x05\x036`\x04a\x1B^V[a\x0F\x8FV[a\x02\x10a\x05\x166`\x04a\x1D\xA0V[a\x10\x97V[a\x02\x10a\x05)6`\x04a\x1B\x9DV[a\x12\xA1V[a\x05ba\x05<6`\x04a\x1B\xC7V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x01` \x81\x90R`@\x90\x91 \x01Ta\x01\0\x90\x04`\xFF\x16\x90V[`@Qa\x01\xFF\x91\x90a\x1EaV[a\x02\x1Ca\x0E\x10\x81V[a\x02|a\x05\x866`\x04a\x1EoV[`@\x80Q`\x01`\x01`\xA0\x1B\x03\x80\x85\x16` \x83\x01R\x83\x16\x91\x81\x01\x91\x90\x91R_\x90``\x01`@\x80Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x81\x84\x03\x01\x81R\x82\x82R\x80Q` \x91\x82\x01 \x90\x83\x01R\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x92\x91PPV[a\x02\x10a\x06\x0F6`\x04a\x1E\x97V[a\x12\xC5V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\x06\xA6WP\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x14[\x92\x91PPV[_a\x06\xB5a\x14\x0FV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x02` R`@\x90 \x90\x91Pa\x06\xD8\x81a\x14\x1DV[`\x04\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x03a\x07/W`@Q\x7F6\x9E\xBFh\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[_`\x02\x82\x01\x81\x90U`\x03\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\x16\x90U`\x04\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x90U`@Q`\x01`\x01`\xA0\x1B\x03\x84\x16\x91\x7F\x01\x04\xDA\xEA\xCF9\xDE\x14Y`\x1D=\xD6yfM\xDB\xE3\xFD[\xA5O\x06\xAB\x90\xA17%\xA40\xC3q\x91\xA2PPV[\x7F\xCAw\xCD\x8F\x98V\xEF_\xCD6\xF6\xB1[\xF4i\xFE!l/\x91\x14\xF6\r\xD01\xF0\xA2\xB9{g\xAA\xA9a\x07\xEA\x81a\x14\xD4V[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x01` R`@\x90 `\x03`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x08!Wa\x08!a\x1D\xFBV[\x14a\x08cW`@Q\x7F\xE2\xD0\xE6\x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x07&V[`\x01\x81\x01Tb\x01\0\0\x90\x04`\xFF\x16\x15a\x08\xB3W`@Q\x7F\x83n\xF4R\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x07&V[`\x01\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\x16b\x01\0\0\x17\x90Ua\x08\xEAa\x14\x0FV[`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x7FOc\xF1Q\xC2/\x84T\xFE\xCA\0h\x01\"\x85\n\xD8\xCE\x7F'\xA2\x87<\xBA'\xCB?A\xCEgl\x07\x85`@Qa\t.\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\tV\x81a\x14\xD4V[a\t`\x83\x83a\x14\xE5V[PPPPV[a\tna\x14\x0FV[`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14a\t\xB8W`@Q\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\t\xC2\x82\x82a\x15\xABV[PPPV[\x7FJ\xF2\x94G\xB0\xB3\xABqJ\x85\x12\xE6\xF6\x9CQ^\x98\x03\xC0f\xFBlN-\xF4\x9B\xE4*\x14\xA6<\ra\t\xF1\x81a\x14\xD4V[a\t\xFA\x82a\x16hV[PPV[__a\n\x08a\x14\x0FV[\x90P`\x05\x84`\xFF\x16\x11\x15a\nTW`@Q\x7F\xCE\xCE\xB0\xBE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x85\x16`\x04\x82\x01R`\x05`$\x82\x01R`D\x01a\x07&V[`\xFF\x84\x16\x15a\nwW`\xFF\x83\x16\x15\x80a\nrWP\x83`\xFF\x16\x83`\xFF\x16\x11[a\n\x87V[`\xFF\x83\x16\x15\x15\x80a\n\x87WP\x84\x15\x15[\x15a\n\xCBW`@Q\x7Fd\xD5p\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x80\x85\x16`\x04\x83\x01R\x85\x16`$\x82\x01R`D\x01a\x07&V[`\xFF\x84\x16\x15\x80\x15\x90a\n\xDBWP\x84\x15[\x15a\x0B\x1FW`@Q\x7Fd\xD5p\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x80\x85\x16`\x04\x83\x01R\x85\x16`$\x82\x01R`D\x01a\x07&V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x02` R`@\x90 a\x0B?\x81a\x14\x1DV[`\x03Ta\x0BV\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16Ba\x1F\x03V[`@\x80Q``\x80\x82\x01\x83R\x89\x82R`\xFF\x89\x81\x16` \x80\x85\x01\x82\x90R\x91\x8A\x16\x93\x85\x01\x84\x90R`\x02\x87\x01\x8C\x90U`\x03\x87\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\x16\x82\x17a\x01\0\x86\x02\x17\x90U`\x04\x87\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16\x90\x81\x17\x90\x91U\x85Q\x8D\x81R\x92\x83\x01\x91\x90\x91R\x93\x81\x01\x92\x90\x92R\x81\x01\x91\x90\x91R\x90\x93P`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x7FnVPU\xEAkl\x12R\xB4['\xBF\xA3\x8A$\"\r\xF0\xB8\x04\0\xEAY\x7F\x93\x13\xCBA4:-\x90`\x80\x01`@Q\x80\x91\x03\x90\xA2PP\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` R`@\x81 ``\x91\x90\x81`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x0C\x83Wa\x0C\x83a\x1D\xFBV[\x03a\x0C\xA3W_`@Q\x80` \x01`@R\x80_\x81RP\x90\x92P\x92PP\x91P\x91V[`\x01\x81\x01T\x90T`@\x80Q`\xF8\x84\x90\x1B\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16` \x82\x01R`!\x80\x82\x01\x93\x90\x93R\x81Q\x80\x82\x03\x90\x93\x01\x83R`A\x01\x90R\x94c\x01\0\0\0\x90\x91\x04c\xFF\xFF\xFF\xFF\x16\x93P\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` R`@\x81 ``\x91`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\r@Wa\r@a\x1D\xFBV[\x03a\rZWPP`@\x80Q` \x81\x01\x90\x91R_\x81R\x91\x90PV[`\x01\x81\x01T\x81T`@Q`\xF8\x92\x90\x92\x1B\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16` \x83\x01R`!\x82\x01R`A\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91PP\x91\x90PV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` \x81\x90R`@\x82 \x81\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\r\xE5Wa\r\xE5a\x1D\xFBV[\x14\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x02` R`@\x81 `\x04\x81\x01T\x82\x91\x82\x91\x82\x91\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80a\x0E3WP`\x04\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x0EJWP_\x93P\x83\x92P\x82\x91P\x81\x90Pa\x0E|V[`\x02\x81\x01T`\x03\x82\x01T`\x04\x90\x92\x01T\x90\x95P`\xFF\x80\x83\x16\x95Pa\x01\0\x90\x92\x04\x90\x91\x16\x92Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90P[\x91\x93P\x91\x93V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\x02` R`@\x81 \x81\x90a\x0E\xA5\x90a\x17OV[T\x90P\x80\x15\x80\x15\x90a\x0F=WPa\x0F=\x84\x84\x83a\x0F8\x8A\x8A`@\x80Q`\x01`\x01`\xA0\x1B\x03\x80\x85\x16` \x83\x01R\x83\x16\x91\x81\x01\x91\x90\x91R_\x90``\x01`@\x80Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x81\x84\x03\x01\x81R\x82\x82R\x80Q` \x91\x82\x01 \x90\x83\x01R\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x92\x91PPV[a\x17\x8CV[\x96\x95PPPPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x02` R`@\x81 \x81\x90\x81\x90\x81\x90a\x0Fm\x90a\x17OV[\x80T`\x01\x90\x91\x01T\x90\x96`\xFF\x80\x83\x16\x97Pa\x01\0\x90\x92\x04\x90\x91\x16\x94P\x92PPPV[\x7F\xCAw\xCD\x8F\x98V\xEF_\xCD6\xF6\xB1[\xF4i\xFE!l/\x91\x14\xF6\r\xD01\xF0\xA2\xB9{g\xAA\xA9a\x0F\xB9\x81a\x14\xD4V[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x01` \x81\x90R`@\x90\x91 \x90\x81\x01Tb\x01\0\0\x90\x04`\xFF\x16a\x10!W`@Q\x7F\xB1,\x8F\x91\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x07&V[`\x01\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\x16\x90Ua\x10Sa\x14\x0FV[`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x7F\xB5\xC4@\xAC\x96\x19\x1Ca\xDB\x1C\xFFb\xB8\xAE`\t\xD5\xCB'\xA0\xA7{\xB7\xFDY\xBF\xDFm\xD4\x91#\x08\x85`@Qa\t.\x91\x81R` \x01\x90V[_a\x10\xA0a\x14\x0FV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` R`@\x81 \x91\x92P`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x10\xD8Wa\x10\xD8a\x1D\xFBV[\x14a\x11$W\x81\x81`\x01\x01`\x01\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`@Q\x7F_I\x81\xB2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x07&\x92\x91\x90a\x1F#V[_\x86`\x03\x81\x11\x15a\x117Wa\x117a\x1D\xFBV[\x03a\x11nW`@Q\x7F\xD9TAj\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[__a\x11z\x87\x87a\x17\xA3V[`\x01\x85\x01\x80T\x92\x94P\x90\x92P\x89\x91\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\x16a\x01\0\x83`\x03\x81\x11\x15a\x11\xBFWa\x11\xBFa\x1D\xFBV[\x02\x17\x90UP`\x01\x83\x01\x80T\x82\x85U\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\0\x16`\xFF\x84\x16\x17c\x01\0\0\0\x17\x90U\x87`\x03\x81\x11\x15a\x12\x0EWa\x12\x0Ea\x1D\xFBV[\x84`\x01`\x01`\xA0\x1B\x03\x16\x7F\xD5\xD6\x9B\xAA\xDD\xB6\xD8\xD6\xA2\xDDp\xF3\x85\x85\x01-0\xF6\x8AyF\x1B~PW\xC8\xDE\xBB\x11N@A\x87`@Qa\x12I\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3\x83`\x01`\x01`\xA0\x1B\x03\x16\x7F,\xEF^\xE6K^\xA4\x84j\x8D\x1C.\xA7\xE4=\xC6\xBCs\x94\xDF\xC1\xAD\xE9\x0E\xE1y]\x89X\xA5s\xDA\x88\x88`\x01`@Qa\x12\x8F\x93\x92\x91\x90a\x1F\x87V[`@Q\x80\x91\x03\x90\xA2PPPPPPPPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x12\xBB\x81a\x14\xD4V[a\t`\x83\x83a\x15\xABV[_a\x12\xCEa\x14\x0FV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` R`@\x81 \x91\x92P`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x13\x06Wa\x13\x06a\x1D\xFBV[\x03a\x13HW`@Q\x7F\xBF\xC6\xC37\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x07&V[__a\x13T\x86\x86a\x17\xA3V[\x91P\x91P_\x83`\x01\x01`\x03\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16`\x01a\x13z\x91\x90a\x1F\xB0V[`\x01\x85\x01\x80T\x84\x87Uc\xFF\xFF\xFF\xFF\x83\x16c\x01\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\0\x90\x91\x16`\xFF\x87\x16\x17\x17\x90U`@Q\x90\x91P`\x01`\x01`\xA0\x1B\x03\x86\x16\x90\x7F,\xEF^\xE6K^\xA4\x84j\x8D\x1C.\xA7\xE4=\xC6\xBCs\x94\xDF\xC1\xAD\xE9\x0E\xE1y]\x89X\xA5s\xDA\x90a\x13\xFE\x90\x8A\x90\x8A\x90\x86\x90a\x1F\x87V[`@Q\x80\x91\x03\x90\xA2PPPPPPPV[_a\x14\x18a\x18\x96V[\x90P\x90V[`\x04\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a\x14HWP`\x04\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x14\xD1W`\x02\x81\x01\x80T\x82U`\x03\x82\x01\x80T`\x01\x84\x01\x80T`\xFF\x80\x84\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\x92\x83\x16\x17a\x01\0\x80\x86\x04\x92\x90\x92\x16\x90\x91\x02\x17\x90\x91U_\x90\x93U\x91\x90\x91\x16\x90U`\x04\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x90U[PV[a\x14\xD1\x81a\x14\xE0a\x14\x0FV[a\x19\0V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x15\xA4W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90Ua\x15\\a\x14\x0FV[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x06\xA6V[P_a\x06\xA6V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16\x15a\x15\xA4W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16\x90Ua\x16 a\x14\x0FV[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x06\xA6V[a\x0E\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x80a\x16\x8EWPb'\x8D\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x11[\x15a\x16\xE2W`@Q\x7F\x81\xBC\xB7\xEF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01Ra\x0E\x10`$\x82\x01Rb'\x8D\0`D\x82\x01R`d\x01a\x07&V[`\x03\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F\xA1\xFD2i\xE1\xC9\xDCZ\xEAv%\x1Ei\xFAc\xB3\x91\xC7\xEF\xC6\xB4\xCE3\x0FP\xE8\xCDX\x9AY\x16\xF1\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[`\x04\x81\x01T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a\x17|WP`\x04\x82\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x17\x88WP`\x02\x01\x90V[P\x90V[_\x82a\x17\x99\x86\x86\x85a\x19kV[\x14\x95\x94PPPPPV[_\x80`!\x83\x14a\x17\xE3W\x83\x83`@Q\x7FY\x16\x18\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x07&\x92\x91\x90a\x1F\xCCV[\x83\x83_\x81\x81\x10a\x17\xF5Wa\x17\xF5a\x1F\xE7V[\x91\x90\x91\x015`\xF8\x1C\x92Pa\x18\x0F\x90P`!`\x01\x85\x87a \x14V[a\x18\x18\x91a ;V[\x90P\x81`\xFF\x16`\x02\x14\x15\x80\x15a\x182WP\x81`\xFF\x16`\x03\x14\x15[\x80a\x18CWPd\x01\0\0\x03\xD0\x19\x81\x10\x15[\x80a\x18TWPa\x18R\x81a\x19\xAEV[\x15[\x15a\x18\x8FW\x83\x83`@Q\x7FY\x16\x18\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x07&\x92\x91\x90a\x1F\xCCV[\x92P\x92\x90PV[_6`\x14\x80\x82\x10\x80\x15\x90a\x18\xD2WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x163\x14[\x15a\x18\xF8Wa\x18\xE56\x82\x84\x03\x81_a \x14V[a\x18\xEE\x91a wV[``\x1C\x92PPP\x90V[3\x92PPP\x90V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T`\xFF\x16a\t\xFAW`@Q\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x07&V[_\x81\x81[\x84\x81\x10\x15a\x19\xA3Wa\x19\x99\x82\x87\x87\x84\x81\x81\x10a\x19\x8DWa\x19\x8Da\x1F\xE7V[\x90P` \x02\x015a\x1A\xDBV[\x91P`\x01\x01a\x19oV[P\x90P[\x93\x92PPPV[_\x80d\x01\0\0\x03\xD0\x19`\x07d\x01\0\0\x03\xD0\x19\x85d\x01\0\0\x03\xD0\x19\x87\x88\t\t\x08\x90P\x80_\x03a\x19\xDFWP`\x01\x92\x91PPV[_\x80`\x05` \x80\x80\x86`\x02a\x19\xFB`\x01d\x01\0\0\x03\xD0\x19a \xDDV[a\x1A\x05\x91\x90a \xF0V[`@\x80Q` \x81\x01\x96\x90\x96R\x85\x01\x93\x90\x93R``\x84\x01\x91\x90\x91R`\x80\x83\x01R`\xA0\x82\x01Rd\x01\0\0\x03\xD0\x19`\xC0\x82\x01R`\xE0\x01`@\x80Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x81\x84\x03\x01\x81R\x90\x82\x90Ra\x1Ap\x91a!(V[_`@Q\x80\x83\x03\x81\x85Z\xFA\x91PP=\x80_\x81\x14a\x1A\xA8W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\x1A\xADV[``\x91P[P\x91P\x91P\x81\x80\x15a\x1A\xD2WP\x80\x80` \x01\x90Q\x81\x01\x90a\x1A\xCE\x91\x90a!>V[`\x01\x14[\x95\x94PPPPPV[_\x81\x83\x10a\x1A\xF5W_\x82\x81R` \x84\x90R`@\x90 a\x19\xA7V[P_\x91\x82R` R`@\x90 \x90V[_` \x82\x84\x03\x12\x15a\x1B\x14W__\xFD[\x815\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x81\x14a\x19\xA7W__\xFD[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x1BYW__\xFD[\x91\x90PV[__`@\x83\x85\x03\x12\x15a\x1BoW__\xFD[a\x1Bx\x83a\x1BCV[\x94` \x93\x90\x93\x015\x93PPPV[_` \x82\x84\x03\x12\x15a\x1B\x96W__\xFD[P5\x91\x90PV[__`@\x83\x85\x03\x12\x15a\x1B\xAEW__\xFD[\x825\x91Pa\x1B\xBE` \x84\x01a\x1BCV[\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a\x1B\xD7W__\xFD[a\x19\xA7\x82a\x1BCV[_` \x82\x84\x03\x12\x15a\x1B\xF0W__\xFD[\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x19\xA7W__\xFD[\x805`\xFF\x81\x16\x81\x14a\x1BYW__\xFD[___``\x84\x86\x03\x12\x15a\x1C)W__\xFD[\x835\x92Pa\x1C9` \x85\x01a\x1C\x07V[\x91Pa\x1CG`@\x85\x01a\x1C\x07V[\x90P\x92P\x92P\x92V[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[`@\x81R_a\x1C\xAE`@\x83\x01\x85a\x1CPV[\x90Pc\xFF\xFF\xFF\xFF\x83\x16` \x83\x01R\x93\x92PPPV[` \x81R_a\x19\xA7` \x83\x01\x84a\x1CPV[____``\x85\x87\x03\x12\x15a\x1C\xE8W__\xFD[a\x1C\xF1\x85a\x1BCV[\x93Pa\x1C\xFF` \x86\x01a\x1BCV[\x92P`@\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1D\x1AW__\xFD[\x85\x01`\x1F\x81\x01\x87\x13a\x1D*W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1D@W__\xFD[\x87` \x82`\x05\x1B\x84\x01\x01\x11\x15a\x1DTW__\xFD[\x94\x97\x93\x96P` \x01\x94PPPV[__\x83`\x1F\x84\x01\x12a\x1DrW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1D\x89W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a\x18\x8FW__\xFD[____``\x85\x87\x03\x12\x15a\x1D\xB3W__\xFD[\x845`\x04\x81\x10a\x1D\xC1W__\xFD[\x93P` \x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1D\xDCW__\xFD[a\x1D\xE8\x87\x82\x88\x01a\x1DbV[\x95\x98\x90\x97P\x94\x95`@\x015\x94\x93PPPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x04\x81\x10a\x1E]W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x90RV[` \x81\x01a\x06\xA6\x82\x84a\x1E(V[__`@\x83\x85\x03\x12\x15a\x1E\x80W__\xFD[a\x1E\x89\x83a\x1BCV[\x91Pa\x1B\xBE` \x84\x01a\x1BCV[__` \x83\x85\x03\x12\x15a\x1E\xA8W__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1E\xBEW__\xFD[a\x1E\xCA\x85\x82\x86\x01a\x1DbV[\x90\x96\x90\x95P\x93PPPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x06\xA6Wa\x06\xA6a\x1E\xD6V[`\x01`\x01`\xA0\x1B\x03\x83\x16\x81R`@\x81\x01a\x19\xA7` \x83\x01\x84a\x1E(V[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[`@\x81R_a\x1F\x9A`@\x83\x01\x85\x87a\x1F@V[\x90Pc\xFF\xFF\xFF\xFF\x83\x16` \x83\x01R\x94\x93PPPPV[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x06\xA6Wa\x06\xA6a\x1E\xD6V[` \x81R_a\x1F\xDF` \x83\x01\x84\x86a\x1F@V[\x94\x93PPPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[__\x85\x85\x11\x15a \"W__\xFD[\x83\x86\x11\x15a .W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805` \x83\x10\x15a\x06\xA6W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x90\x03`\x03\x1B\x1B\x16\x92\x91PPV[\x805\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x90`\x14\x84\x10\x15a \xD6W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85`\x14\x03`\x03\x1B\x1B\x82\x16\x16\x91P[P\x92\x91PPV[\x81\x81\x03\x81\x81\x11\x15a\x06\xA6Wa\x06\xA6a\x1E\xD6V[_\x82a!#W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[P\x04\x90V[_\x82Q\x80` \x85\x01\x84^_\x92\x01\x91\x82RP\x91\x90PV[_` \x82\x84\x03\x12\x15a!NW__\xFD[PQ\x91\x90PV\xFE\xA1dsolcC\0\x08\x1E\0\n",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b50600436106101dc575f3560e01c806377c8c51a11610109578063b0df28911161009e578063d590f8c91161006e578063d590f8c91461052e578063d74dbd2d1461056f578063eba5dcb914610578578063f19310c314610601575f5ffd5b8063b0df2891146104c3578063b9368034146104f5578063bb9448e114610508578063d547741f1461051b575f5ffd5b806391d14854116100d957806391d148541461042c5780639c5b448a14610462578063a217fddf146104a9578063a2557ace146104b0575f5ffd5b806377c8c51a146103a15780637da0a877146103c25780638dfadedb146103f95780638f9c79ed14610419575f5ffd5b80632f81bb581161017f578063508f3a371161014f578063508f3a3714610306578063572b6c051461033b5780635984b8501461037b57806373f1ee0b1461038e575f5ffd5b80632f81bb581461029d57806336568abe146102c4578063422c1d37146102d75780634fc62042146102df575f5ffd5b8063140d075a116101ba578063140d075a146102355780632038421e14610247578063248a9ca31461025a5780632f2ff15d1461028a575f5ffd5b806301ffc9a7146101e0578063050650e1146102085780631221d14714610212575b5f5ffd5b6101f36101ee366004611b04565b610614565b60405190151581526020015b60405180910390f35b6102106106ac565b005b61021c62278d0081565b60405167ffffffffffffffff90911681526020016101ff565b60035467ffffffffffffffff1661021c565b610210610255366004611b5e565b6107c0565b61027c610268366004611b86565b5f9081526020819052604090206001015490565b6040519081526020016101ff565b610210610298366004611b9d565b61093c565b61027c7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa981565b6102106102d2366004611b9d565b610966565b61027c600581565b61027c7f4af29447b0b3ab714a8512e6f69c515e9803c066fb6c4e2df49be42a14a63c0d81565b6101f3610314366004611bc7565b6001600160a01b03165f908152600160208190526040909120015462010000900460ff1690565b6101f3610349366004611bc7565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b610210610389366004611be0565b6109c7565b61021c61039c366004611c17565b6109fe565b6103b46103af366004611bc7565b610c49565b6040516101ff929190611c9c565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020016101ff565b61040c610407366004611bc7565b610d08565b6040516101ff9190611cc3565b6101f3610427366004611bc7565b610db0565b6101f361043a366004611b9d565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b610475610470366004611bc7565b610dec565b6040516101ff949392919093845260ff92831660208501529116604083015267ffffffffffffffff16606082015260800190565b61027c5f81565b6101f36104be366004611cd5565b610e83565b6104d66104d1366004611bc7565b610f47565b6040805193845260ff92831660208501529116908201526060016101ff565b610210610503366004611b5e565b610f8f565b610210610516366004611da0565b611097565b610210610529366004611b9d565b6112a1565b61056261053c366004611bc7565b6001600160a01b03165f9081526001602081905260409091200154610100900460ff1690565b6040516101ff9190611e61565b61021c610e1081565b61027c610586366004611e6f565b604080516001600160a01b0380851660208301528316918101919091525f90606001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905092915050565b61021061060f366004611e97565b6112c5565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806106a657507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f6106b561140f565b6001600160a01b0381165f9081526002602052604090209091506106d88161141d565b600481015467ffffffffffffffff165f0361072f576040517f369ebf680000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024015b60405180910390fd5b5f600282018190556003820180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00001690556004820180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001690556040516001600160a01b038416917f0104daeacf39de1459601d3dd679664ddbe3fd5ba54f06ab90a13725a430c37191a25050565b7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa96107ea816114d4565b6001600160a01b0383165f90815260016020526040902060036001820154610100900460ff16600381111561082157610821611dfb565b14610863576040517fe2d0e6050000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610726565b600181015462010000900460ff16156108b3576040517f836ef4520000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610726565b6001810180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffff16620100001790556108ea61140f565b6001600160a01b0316846001600160a01b03167f4f63f151c22f8454feca00680122850ad8ce7f27a2873cba27cb3f41ce676c078560405161092e91815260200190565b60405180910390a350505050565b5f82815260208190526040902060010154610956816114d4565b61096083836114e5565b50505050565b61096e61140f565b6001600160a01b0316816001600160a01b0316146109b8576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6109c282826115ab565b505050565b7f4af29447b0b3ab714a8512e6f69c515e9803c066fb6c4e2df49be42a14a63c0d6109f1816114d4565b6109fa82611668565b5050565b5f5f610a0861140f565b905060058460ff161115610a54576040517fceceb0be00000000000000000000000000000000000000000000000000000000815260ff8516600482015260056024820152604401610726565b60ff841615610a775760ff83161580610a7257508360ff168360ff16115b610a87565b60ff8316151580610a8757508415155b15610acb576040517f64d5701400000000000000000000000000000000000000000000000000000000815260ff808516600483015285166024820152604401610726565b60ff841615801590610adb575084155b15610b1f576040517f64d5701400000000000000000000000000000000000000000000000000000000815260ff808516600483015285166024820152604401610726565b6001600160a01b0381165f908152600260205260409020610b3f8161141d565b600354610b569067ffffffffffffffff1642611f03565b604080516060808201835289825260ff8981166020808501829052918a16938501849052600287018c90556003870180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff000016821761010086021790556004870180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff881690811790915585518d815292830191909152938101929092528101919091529093506001600160a01b038316907f6e565055ea6b6c1252b45b27bfa38a24220df0b80400ea597f9313cb41343a2d9060800160405180910390a250509392505050565b6001600160a01b0381165f90815260016020526040812060609190816001820154610100900460ff166003811115610c8357610c83611dfb565b03610ca3575f60405180602001604052805f815250909250925050915091565b600181015490546040805160f884901b7fff0000000000000000000000000000000000000000000000000000000000000016602082015260218082019390935281518082039093018352604101905294630100000090910463ffffffff169350915050565b6001600160a01b0381165f9081526001602052604081206060916001820154610100900460ff166003811115610d4057610d40611dfb565b03610d5a57505060408051602081019091525f8152919050565b6001810154815460405160f89290921b7fff000000000000000000000000000000000000000000000000000000000000001660208301526021820152604101604051602081830303815290604052915050919050565b6001600160a01b0381165f9081526001602081905260408220810154610100900460ff166003811115610de557610de5611dfb565b1492915050565b6001600160a01b0381165f90815260026020526040812060048101548291829182919067ffffffffffffffff161580610e335750600481015467ffffffffffffffff164210155b15610e4a57505f9350839250829150819050610e7c565b6002810154600382015460049092015490955060ff8083169550610100909204909116925067ffffffffffffffff1690505b9193509193565b6001600160a01b0384165f9081526002602052604081208190610ea59061174f565b5490508015801590610f3d5750610f3d848483610f388a8a604080516001600160a01b0380851660208301528316918101919091525f90606001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905092915050565b61178c565b9695505050505050565b6001600160a01b0381165f908152600260205260408120819081908190610f6d9061174f565b8054600190910154909660ff8083169750610100909204909116945092505050565b7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa9610fb9816114d4565b6001600160a01b0383165f9081526001602081905260409091209081015462010000900460ff16611021576040517fb12c8f910000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610726565b6001810180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffff16905561105361140f565b6001600160a01b0316846001600160a01b03167fb5c440ac96191c61db1cff62b8ae6009d5cb27a0a77bb7fd59bfdf6dd49123088560405161092e91815260200190565b5f6110a061140f565b6001600160a01b0381165f9081526001602052604081209192506001820154610100900460ff1660038111156110d8576110d8611dfb565b1461112457818160010160019054906101000a900460ff166040517f5f4981b2000000000000000000000000000000000000000000000000000000008152600401610726929190611f23565b5f86600381111561113757611137611dfb565b0361116e576040517fd954416a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f61117a87876117a3565b60018501805492945090925089917fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff166101008360038111156111bf576111bf611dfb565b02179055506001830180548285557fffffffffffffffffffffffffffffffffffffffffffffffffff00000000ffff001660ff841617630100000017905587600381111561120e5761120e611dfb565b846001600160a01b03167fd5d69baaddb6d8d6a2dd70f38585012d30f68a79461b7e5057c8debb114e40418760405161124991815260200190565b60405180910390a3836001600160a01b03167f2cef5ee64b5ea4846a8d1c2ea7e43dc6bc7394dfc1ade90ee1795d8958a573da8888600160405161128f93929190611f87565b60405180910390a25050505050505050565b5f828152602081905260409020600101546112bb816114d4565b61096083836115ab565b5f6112ce61140f565b6001600160a01b0381165f9081526001602052604081209192506001820154610100900460ff16600381111561130657611306611dfb565b03611348576040517fbfc6c3370000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610726565b5f5f61135486866117a3565b915091505f8360010160039054906101000a900463ffffffff16600161137a9190611fb0565b60018501805484875563ffffffff83166301000000027fffffffffffffffffffffffffffffffffffffffffffffffffff00000000ffff0090911660ff8716171790556040519091506001600160a01b038616907f2cef5ee64b5ea4846a8d1c2ea7e43dc6bc7394dfc1ade90ee1795d8958a573da906113fe908a908a908690611f87565b60405180910390a250505050505050565b5f611418611896565b905090565b600481015467ffffffffffffffff16158015906114485750600481015467ffffffffffffffff164210155b156114d157600281018054825560038201805460018401805460ff8084167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00009283161761010080860492909216909102179091555f9093559190911690556004810180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001690555b50565b6114d1816114e061140f565b611900565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166115a4575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905561155c61140f565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016106a6565b505f6106a6565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16156115a4575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905561162061140f565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a45060016106a6565b610e1067ffffffffffffffff8216108061168e575062278d0067ffffffffffffffff8216115b156116e2576040517f81bcb7ef00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152610e10602482015262278d006044820152606401610726565b600380547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff83169081179091556040519081527fa1fd3269e1c9dc5aea76251e69fa63b391c7efc6b4ce330f50e8cd589a5916f19060200160405180910390a150565b60048101545f9067ffffffffffffffff161580159061177c5750600482015467ffffffffffffffff164210155b15611788575060020190565b5090565b5f8261179986868561196b565b1495945050505050565b5f80602183146117e35783836040517f591618d2000000000000000000000000000000000000000000000000000000008152600401610726929190611fcc565b83835f8181106117f5576117f5611fe7565b919091013560f81c925061180f9050602160018587612014565b6118189161203b565b90508160ff1660021415801561183257508160ff16600314155b8061184357506401000003d0198110155b806118545750611852816119ae565b155b1561188f5783836040517f591618d2000000000000000000000000000000000000000000000000000000008152600401610726929190611fcc565b9250929050565b5f3660148082108015906118d257507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b156118f8576118e536828403815f612014565b6118ee91612077565b60601c9250505090565b339250505090565b5f828152602081815260408083206001600160a01b038516845290915290205460ff166109fa576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610726565b5f81815b848110156119a3576119998287878481811061198d5761198d611fe7565b90506020020135611adb565b915060010161196f565b5090505b9392505050565b5f806401000003d01960076401000003d019856401000003d01987880909089050805f036119df5750600192915050565b5f806005602080808660026119fb60016401000003d0196120dd565b611a0591906120f0565b6040805160208101969096528501939093526060840191909152608083015260a08201526401000003d01960c082015260e001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815290829052611a7091612128565b5f60405180830381855afa9150503d805f8114611aa8576040519150601f19603f3d011682016040523d82523d5f602084013e611aad565b606091505b5091509150818015611ad2575080806020019051810190611ace919061213e565b6001145b95945050505050565b5f818310611af5575f8281526020849052604090206119a7565b505f9182526020526040902090565b5f60208284031215611b14575f5ffd5b81357fffffffff00000000000000000000000000000000000000000000000000000000811681146119a7575f5ffd5b80356001600160a01b0381168114611b59575f5ffd5b919050565b5f5f60408385031215611b6f575f5ffd5b611b7883611b43565b946020939093013593505050565b5f60208284031215611b96575f5ffd5b5035919050565b5f5f60408385031215611bae575f5ffd5b82359150611bbe60208401611b43565b90509250929050565b5f60208284031215611bd7575f5ffd5b6119a782611b43565b5f60208284031215611bf0575f5ffd5b813567ffffffffffffffff811681146119a7575f5ffd5b803560ff81168114611b59575f5ffd5b5f5f5f60608486031215611c29575f5ffd5b83359250611c3960208501611c07565b9150611c4760408501611c07565b90509250925092565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b604081525f611cae6040830185611c50565b905063ffffffff831660208301529392505050565b602081525f6119a76020830184611c50565b5f5f5f5f60608587031215611ce8575f5ffd5b611cf185611b43565b9350611cff60208601611b43565b9250604085013567ffffffffffffffff811115611d1a575f5ffd5b8501601f81018713611d2a575f5ffd5b803567ffffffffffffffff811115611d40575f5ffd5b8760208260051b8401011115611d54575f5ffd5b949793965060200194505050565b5f5f83601f840112611d72575f5ffd5b50813567ffffffffffffffff811115611d89575f5ffd5b60208301915083602082850101111561188f575f5ffd5b5f5f5f5f60608587031215611db3575f5ffd5b843560048110611dc1575f5ffd5b9350602085013567ffffffffffffffff811115611ddc575f5ffd5b611de887828801611d62565b9598909750949560400135949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60048110611e5d577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b602081016106a68284611e28565b5f5f60408385031215611e80575f5ffd5b611e8983611b43565b9150611bbe60208401611b43565b5f5f60208385031215611ea8575f5ffd5b823567ffffffffffffffff811115611ebe575f5ffd5b611eca85828601611d62565b90969095509350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff81811683821601908111156106a6576106a6611ed6565b6001600160a01b0383168152604081016119a76020830184611e28565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b604081525f611f9a604083018587611f40565b905063ffffffff83166020830152949350505050565b63ffffffff81811683821601908111156106a6576106a6611ed6565b602081525f611fdf602083018486611f40565b949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f85851115612022575f5ffd5b8386111561202e575f5ffd5b5050820193919092039150565b803560208310156106a6577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b80357fffffffffffffffffffffffffffffffffffffffff00000000000000000000000081169060148410156120d6577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505b5092915050565b818103818111156106a6576106a6611ed6565b5f82612123577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b5f82518060208501845e5f920191825250919050565b5f6020828403121561214e575f5ffd5b505191905056fea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01\xDCW_5`\xE0\x1C\x80cw\xC8\xC5\x1A\x11a\x01\tW\x80c\xB0\xDF(\x91\x11a\0\x9EW\x80c\xD5\x90\xF8\xC9\x11a\0nW\x80c\xD5\x90\xF8\xC9\x14a\x05.W\x80c\xD7M\xBD-\x14a\x05oW\x80c\xEB\xA5\xDC\xB9\x14a\x05xW\x80c\xF1\x93\x10\xC3\x14a\x06\x01W__\xFD[\x80c\xB0\xDF(\x91\x14a\x04\xC3W\x80c\xB96\x804\x14a\x04\xF5W\x80c\xBB\x94H\xE1\x14a\x05\x08W\x80c\xD5Gt\x1F\x14a\x05\x1BW__\xFD[\x80c\x91\xD1HT\x11a\0\xD9W\x80c\x91\xD1HT\x14a\x04,W\x80c\x9C[D\x8A\x14a\x04bW\x80c\xA2\x17\xFD\xDF\x14a\x04\xA9W\x80c\xA2Uz\xCE\x14a\x04\xB0W__\xFD[\x80cw\xC8\xC5\x1A\x14a\x03\xA1W\x80c}\xA0\xA8w\x14a\x03\xC2W\x80c\x8D\xFA\xDE\xDB\x14a\x03\xF9W\x80c\x8F\x9Cy\xED\x14a\x04\x19W__\xFD[\x80c/\x81\xBBX\x11a\x01\x7FW\x80cP\x8F:7\x11a\x01OW\x80cP\x8F:7\x14a\x03\x06W\x80cW+l\x05\x14a\x03;W\x80cY\x84\xB8P\x14a\x03{W\x80cs\xF1\xEE\x0B\x14a\x03\x8EW__\xFD[\x80c/\x81\xBBX\x14a\x02\x9DW\x80c6V\x8A\xBE\x14a\x02\xC4W\x80cB,\x1D7\x14a\x02\xD7W\x80cO\xC6 B\x14a\x02\xDFW__\xFD[\x80c\x14\r\x07Z\x11a\x01\xBAW\x80c\x14\r\x07Z\x14a\x025W\x80c 8B\x1E\x14a\x02GW\x80c$\x8A\x9C\xA3\x14a\x02ZW\x80c//\xF1]\x14a\x02\x8AW__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x01\xE0W\x80c\x05\x06P\xE1\x14a\x02\x08W\x80c\x12!\xD1G\x14a\x02\x12W[__\xFD[a\x01\xF3a\x01\xEE6`\x04a\x1B\x04V[a\x06\x14V[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x02\x10a\x06\xACV[\0[a\x02\x1Cb'\x8D\0\x81V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xFFV[`\x03Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x02\x1CV[a\x02\x10a\x02U6`\x04a\x1B^V[a\x07\xC0V[a\x02|a\x02h6`\x04a\x1B\x86V[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[`@Q\x90\x81R` \x01a\x01\xFFV[a\x02\x10a\x02\x986`\x04a\x1B\x9DV[a\t<V[a\x02|\x7F\xCAw\xCD\x8F\x98V\xEF_\xCD6\xF6\xB1[\xF4i\xFE!l/\x91\x14\xF6\r\xD01\xF0\xA2\xB9{g\xAA\xA9\x81V[a\x02\x10a\x02\xD26`\x04a\x1B\x9DV[a\tfV[a\x02|`\x05\x81V[a\x02|\x7FJ\xF2\x94G\xB0\xB3\xABqJ\x85\x12\xE6\xF6\x9CQ^\x98\x03\xC0f\xFBlN-\xF4\x9B\xE4*\x14\xA6<\r\x81V[a\x01\xF3a\x03\x146`\x04a\x1B\xC7V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x01` \x81\x90R`@\x90\x91 \x01Tb\x01\0\0\x90\x04`\xFF\x16\x90V[a\x01\xF3a\x03I6`\x04a\x1B\xC7V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x91\x16\x14\x90V[a\x02\x10a\x03\x896`\x04a\x1B\xE0V[a\t\xC7V[a\x02\x1Ca\x03\x9C6`\x04a\x1C\x17V[a\t\xFEV[a\x03\xB4a\x03\xAF6`\x04a\x1B\xC7V[a\x0CIV[`@Qa\x01\xFF\x92\x91\x90a\x1C\x9CV[`@Q`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R` \x01a\x01\xFFV[a\x04\x0Ca\x04\x076`\x04a\x1B\xC7V[a\r\x08V[`@Qa\x01\xFF\x91\x90a\x1C\xC3V[a\x01\xF3a\x04'6`\x04a\x1B\xC7V[a\r\xB0V[a\x01\xF3a\x04:6`\x04a\x1B\x9DV[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x04ua\x04p6`\x04a\x1B\xC7V[a\r\xECV[`@Qa\x01\xFF\x94\x93\x92\x91\x90\x93\x84R`\xFF\x92\x83\x16` \x85\x01R\x91\x16`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16``\x82\x01R`\x80\x01\x90V[a\x02|_\x81V[a\x01\xF3a\x04\xBE6`\x04a\x1C\xD5V[a\x0E\x83V[a\x04\xD6a\x04\xD16`\x04a\x1B\xC7V[a\x0FGV[`@\x80Q\x93\x84R`\xFF\x92\x83\x16` \x85\x01R\x91\x16\x90\x82\x01R``\x01a\x01\xFFV[a\x02\x10a\x05\x036`\x04a\x1B^V[a\x0F\x8FV[a\x02\x10a\x05\x166`\x04a\x1D\xA0V[a\x10\x97V[a\x02\x10a\x05)6`\x04a\x1B\x9DV[a\x12\xA1V[a\x05ba\x05<6`\x04a\x1B\xC7V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x01` \x81\x90R`@\x90\x91 \x01Ta\x01\0\x90\x04`\xFF\x16\x90V[`@Qa\x01\xFF\x91\x90a\x1EaV[a\x02\x1Ca\x0E\x10\x81V[a\x02|a\x05\x866`\x04a\x1EoV[`@\x80Q`\x01`\x01`\xA0\x1B\x03\x80\x85\x16` \x83\x01R\x83\x16\x91\x81\x01\x91\x90\x91R_\x90``\x01`@\x80Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x81\x84\x03\x01\x81R\x82\x82R\x80Q` \x91\x82\x01 \x90\x83\x01R\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x92\x91PPV[a\x02\x10a\x06\x0F6`\x04a\x1E\x97V[a\x12\xC5V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\x06\xA6WP\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x14[\x92\x91PPV[_a\x06\xB5a\x14\x0FV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x02` R`@\x90 \x90\x91Pa\x06\xD8\x81a\x14\x1DV[`\x04\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x03a\x07/W`@Q\x7F6\x9E\xBFh\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[_`\x02\x82\x01\x81\x90U`\x03\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\x16\x90U`\x04\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x90U`@Q`\x01`\x01`\xA0\x1B\x03\x84\x16\x91\x7F\x01\x04\xDA\xEA\xCF9\xDE\x14Y`\x1D=\xD6yfM\xDB\xE3\xFD[\xA5O\x06\xAB\x90\xA17%\xA40\xC3q\x91\xA2PPV[\x7F\xCAw\xCD\x8F\x98V\xEF_\xCD6\xF6\xB1[\xF4i\xFE!l/\x91\x14\xF6\r\xD01\xF0\xA2\xB9{g\xAA\xA9a\x07\xEA\x81a\x14\xD4V[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x01` R`@\x90 `\x03`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x08!Wa\x08!a\x1D\xFBV[\x14a\x08cW`@Q\x7F\xE2\xD0\xE6\x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x07&V[`\x01\x81\x01Tb\x01\0\0\x90\x04`\xFF\x16\x15a\x08\xB3W`@Q\x7F\x83n\xF4R\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x07&V[`\x01\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\x16b\x01\0\0\x17\x90Ua\x08\xEAa\x14\x0FV[`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x7FOc\xF1Q\xC2/\x84T\xFE\xCA\0h\x01\"\x85\n\xD8\xCE\x7F'\xA2\x87<\xBA'\xCB?A\xCEgl\x07\x85`@Qa\t.\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\tV\x81a\x14\xD4V[a\t`\x83\x83a\x14\xE5V[PPPPV[a\tna\x14\x0FV[`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14a\t\xB8W`@Q\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\t\xC2\x82\x82a\x15\xABV[PPPV[\x7FJ\xF2\x94G\xB0\xB3\xABqJ\x85\x12\xE6\xF6\x9CQ^\x98\x03\xC0f\xFBlN-\xF4\x9B\xE4*\x14\xA6<\ra\t\xF1\x81a\x14\xD4V[a\t\xFA\x82a\x16hV[PPV[__a\n\x08a\x14\x0FV[\x90P`\x05\x84`\xFF\x16\x11\x15a\nTW`@Q\x7F\xCE\xCE\xB0\xBE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x85\x16`\x04\x82\x01R`\x05`$\x82\x01R`D\x01a\x07&V[`\xFF\x84\x16\x15a\nwW`\xFF\x83\x16\x15\x80a\nrWP\x83`\xFF\x16\x83`\xFF\x16\x11[a\n\x87V[`\xFF\x83\x16\x15\x15\x80a\n\x87WP\x84\x15\x15[\x15a\n\xCBW`@Q\x7Fd\xD5p\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x80\x85\x16`\x04\x83\x01R\x85\x16`$\x82\x01R`D\x01a\x07&V[`\xFF\x84\x16\x15\x80\x15\x90a\n\xDBWP\x84\x15[\x15a\x0B\x1FW`@Q\x7Fd\xD5p\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x80\x85\x16`\x04\x83\x01R\x85\x16`$\x82\x01R`D\x01a\x07&V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x02` R`@\x90 a\x0B?\x81a\x14\x1DV[`\x03Ta\x0BV\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16Ba\x1F\x03V[`@\x80Q``\x80\x82\x01\x83R\x89\x82R`\xFF\x89\x81\x16` \x80\x85\x01\x82\x90R\x91\x8A\x16\x93\x85\x01\x84\x90R`\x02\x87\x01\x8C\x90U`\x03\x87\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\x16\x82\x17a\x01\0\x86\x02\x17\x90U`\x04\x87\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16\x90\x81\x17\x90\x91U\x85Q\x8D\x81R\x92\x83\x01\x91\x90\x91R\x93\x81\x01\x92\x90\x92R\x81\x01\x91\x90\x91R\x90\x93P`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x7FnVPU\xEAkl\x12R\xB4['\xBF\xA3\x8A$\"\r\xF0\xB8\x04\0\xEAY\x7F\x93\x13\xCBA4:-\x90`\x80\x01`@Q\x80\x91\x03\x90\xA2PP\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` R`@\x81 ``\x91\x90\x81`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x0C\x83Wa\x0C\x83a\x1D\xFBV[\x03a\x0C\xA3W_`@Q\x80` \x01`@R\x80_\x81RP\x90\x92P\x92PP\x91P\x91V[`\x01\x81\x01T\x90T`@\x80Q`\xF8\x84\x90\x1B\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16` \x82\x01R`!\x80\x82\x01\x93\x90\x93R\x81Q\x80\x82\x03\x90\x93\x01\x83R`A\x01\x90R\x94c\x01\0\0\0\x90\x91\x04c\xFF\xFF\xFF\xFF\x16\x93P\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` R`@\x81 ``\x91`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\r@Wa\r@a\x1D\xFBV[\x03a\rZWPP`@\x80Q` \x81\x01\x90\x91R_\x81R\x91\x90PV[`\x01\x81\x01T\x81T`@Q`\xF8\x92\x90\x92\x1B\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16` \x83\x01R`!\x82\x01R`A\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91PP\x91\x90PV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` \x81\x90R`@\x82 \x81\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\r\xE5Wa\r\xE5a\x1D\xFBV[\x14\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x02` R`@\x81 `\x04\x81\x01T\x82\x91\x82\x91\x82\x91\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80a\x0E3WP`\x04\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x0EJWP_\x93P\x83\x92P\x82\x91P\x81\x90Pa\x0E|V[`\x02\x81\x01T`\x03\x82\x01T`\x04\x90\x92\x01T\x90\x95P`\xFF\x80\x83\x16\x95Pa\x01\0\x90\x92\x04\x90\x91\x16\x92Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90P[\x91\x93P\x91\x93V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\x02` R`@\x81 \x81\x90a\x0E\xA5\x90a\x17OV[T\x90P\x80\x15\x80\x15\x90a\x0F=WPa\x0F=\x84\x84\x83a\x0F8\x8A\x8A`@\x80Q`\x01`\x01`\xA0\x1B\x03\x80\x85\x16` \x83\x01R\x83\x16\x91\x81\x01\x91\x90\x91R_\x90``\x01`@\x80Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x81\x84\x03\x01\x81R\x82\x82R\x80Q` \x91\x82\x01 \x90\x83\x01R\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x92\x91PPV[a\x17\x8CV[\x96\x95PPPPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x02` R`@\x81 \x81\x90\x81\x90\x81\x90a\x0Fm\x90a\x17OV[\x80T`\x01\x90\x91\x01T\x90\x96`\xFF\x80\x83\x16\x97Pa\x01\0\x90\x92\x04\x90\x91\x16\x94P\x92PPPV[\x7F\xCAw\xCD\x8F\x98V\xEF_\xCD6\xF6\xB1[\xF4i\xFE!l/\x91\x14\xF6\r\xD01\xF0\xA2\xB9{g\xAA\xA9a\x0F\xB9\x81a\x14\xD4V[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x01` \x81\x90R`@\x90\x91 \x90\x81\x01Tb\x01\0\0\x90\x04`\xFF\x16a\x10!W`@Q\x7F\xB1,\x8F\x91\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x07&V[`\x01\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\x16\x90Ua\x10Sa\x14\x0FV[`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x7F\xB5\xC4@\xAC\x96\x19\x1Ca\xDB\x1C\xFFb\xB8\xAE`\t\xD5\xCB'\xA0\xA7{\xB7\xFDY\xBF\xDFm\xD4\x91#\x08\x85`@Qa\t.\x91\x81R` \x01\x90V[_a\x10\xA0a\x14\x0FV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` R`@\x81 \x91\x92P`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x10\xD8Wa\x10\xD8a\x1D\xFBV[\x14a\x11$W\x81\x81`\x01\x01`\x01\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`@Q\x7F_I\x81\xB2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x07&\x92\x91\x90a\x1F#V[_\x86`\x03\x81\x11\x15a\x117Wa\x117a\x1D\xFBV[\x03a\x11nW`@Q\x7F\xD9TAj\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[__a\x11z\x87\x87a\x17\xA3V[`\x01\x85\x01\x80T\x92\x94P\x90\x92P\x89\x91\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\x16a\x01\0\x83`\x03\x81\x11\x15a\x11\xBFWa\x11\xBFa\x1D\xFBV[\x02\x17\x90UP`\x01\x83\x01\x80T\x82\x85U\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\0\x16`\xFF\x84\x16\x17c\x01\0\0\0\x17\x90U\x87`\x03\x81\x11\x15a\x12\x0EWa\x12\x0Ea\x1D\xFBV[\x84`\x01`\x01`\xA0\x1B\x03\x16\x7F\xD5\xD6\x9B\xAA\xDD\xB6\xD8\xD6\xA2\xDDp\xF3\x85\x85\x01-0\xF6\x8AyF\x1B~PW\xC8\xDE\xBB\x11N@A\x87`@Qa\x12I\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3\x83`\x01`\x01`\xA0\x1B\x03\x16\x7F,\xEF^\xE6K^\xA4\x84j\x8D\x1C.\xA7\xE4=\xC6\xBCs\x94\xDF\xC1\xAD\xE9\x0E\xE1y]\x89X\xA5s\xDA\x88\x88`\x01`@Qa\x12\x8F\x93\x92\x91\x90a\x1F\x87V[`@Q\x80\x91\x03\x90\xA2PPPPPPPPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x12\xBB\x81a\x14\xD4V[a\t`\x83\x83a\x15\xABV[_a\x12\xCEa\x14\x0FV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` R`@\x81 \x91\x92P`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x13\x06Wa\x13\x06a\x1D\xFBV[\x03a\x13HW`@Q\x7F\xBF\xC6\xC37\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x07&V[__a\x13T\x86\x86a\x17\xA3V[\x91P\x91P_\x83`\x01\x01`\x03\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16`\x01a\x13z\x91\x90a\x1F\xB0V[`\x01\x85\x01\x80T\x84\x87Uc\xFF\xFF\xFF\xFF\x83\x16c\x01\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\0\x90\x91\x16`\xFF\x87\x16\x17\x17\x90U`@Q\x90\x91P`\x01`\x01`\xA0\x1B\x03\x86\x16\x90\x7F,\xEF^\xE6K^\xA4\x84j\x8D\x1C.\xA7\xE4=\xC6\xBCs\x94\xDF\xC1\xAD\xE9\x0E\xE1y]\x89X\xA5s\xDA\x90a\x13\xFE\x90\x8A\x90\x8A\x90\x86\x90a\x1F\x87V[`@Q\x80\x91\x03\x90\xA2PPPPPPPV[_a\x14\x18a\x18\x96V[\x90P\x90V[`\x04\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a\x14HWP`\x04\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x14\xD1W`\x02\x81\x01\x80T\x82U`\x03\x82\x01\x80T`\x01\x84\x01\x80T`\xFF\x80\x84\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\x92\x83\x16\x17a\x01\0\x80\x86\x04\x92\x90\x92\x16\x90\x91\x02\x17\x90\x91U_\x90\x93U\x91\x90\x91\x16\x90U`\x04\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x90U[PV[a\x14\xD1\x81a\x14\xE0a\x14\x0FV[a\x19\0V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x15\xA4W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90Ua\x15\\a\x14\x0FV[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x06\xA6V[P_a\x06\xA6V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16\x15a\x15\xA4W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16\x90Ua\x16 a\x14\x0FV[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x06\xA6V[a\x0E\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x80a\x16\x8EWPb'\x8D\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x11[\x15a\x16\xE2W`@Q\x7F\x81\xBC\xB7\xEF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01Ra\x0E\x10`$\x82\x01Rb'\x8D\0`D\x82\x01R`d\x01a\x07&V[`\x03\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F\xA1\xFD2i\xE1\xC9\xDCZ\xEAv%\x1Ei\xFAc\xB3\x91\xC7\xEF\xC6\xB4\xCE3\x0FP\xE8\xCDX\x9AY\x16\xF1\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[`\x04\x81\x01T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a\x17|WP`\x04\x82\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x17\x88WP`\x02\x01\x90V[P\x90V[_\x82a\x17\x99\x86\x86\x85a\x19kV[\x14\x95\x94PPPPPV[_\x80`!\x83\x14a\x17\xE3W\x83\x83`@Q\x7FY\x16\x18\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x07&\x92\x91\x90a\x1F\xCCV[\x83\x83_\x81\x81\x10a\x17\xF5Wa\x17\xF5a\x1F\xE7V[\x91\x90\x91\x015`\xF8\x1C\x92Pa\x18\x0F\x90P`!`\x01\x85\x87a \x14V[a\x18\x18\x91a ;V[\x90P\x81`\xFF\x16`\x02\x14\x15\x80\x15a\x182WP\x81`\xFF\x16`\x03\x14\x15[\x80a\x18CWPd\x01\0\0\x03\xD0\x19\x81\x10\x15[\x80a\x18TWPa\x18R\x81a\x19\xAEV[\x15[\x15a\x18\x8FW\x83\x83`@Q\x7FY\x16\x18\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x07&\x92\x91\x90a\x1F\xCCV[\x92P\x92\x90PV[_6`\x14\x80\x82\x10\x80\x15\x90a\x18\xD2WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x163\x14[\x15a\x18\xF8Wa\x18\xE56\x82\x84\x03\x81_a \x14V[a\x18\xEE\x91a wV[``\x1C\x92PPP\x90V[3\x92PPP\x90V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T`\xFF\x16a\t\xFAW`@Q\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x07&V[_\x81\x81[\x84\x81\x10\x15a\x19\xA3Wa\x19\x99\x82\x87\x87\x84\x81\x81\x10a\x19\x8DWa\x19\x8Da\x1F\xE7V[\x90P` \x02\x015a\x1A\xDBV[\x91P`\x01\x01a\x19oV[P\x90P[\x93\x92PPPV[_\x80d\x01\0\0\x03\xD0\x19`\x07d\x01\0\0\x03\xD0\x19\x85d\x01\0\0\x03\xD0\x19\x87\x88\t\t\x08\x90P\x80_\x03a\x19\xDFWP`\x01\x92\x91PPV[_\x80`\x05` \x80\x80\x86`\x02a\x19\xFB`\x01d\x01\0\0\x03\xD0\x19a \xDDV[a\x1A\x05\x91\x90a \xF0V[`@\x80Q` \x81\x01\x96\x90\x96R\x85\x01\x93\x90\x93R``\x84\x01\x91\x90\x91R`\x80\x83\x01R`\xA0\x82\x01Rd\x01\0\0\x03\xD0\x19`\xC0\x82\x01R`\xE0\x01`@\x80Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x81\x84\x03\x01\x81R\x90\x82\x90Ra\x1Ap\x91a!(V[_`@Q\x80\x83\x03\x81\x85Z\xFA\x91PP=\x80_\x81\x14a\x1A\xA8W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\x1A\xADV[``\x91P[P\x91P\x91P\x81\x80\x15a\x1A\xD2WP\x80\x80` \x01\x90Q\x81\x01\x90a\x1A\xCE\x91\x90a!>V[`\x01\x14[\x95\x94PPPPPV[_\x81\x83\x10a\x1A\xF5W_\x82\x81R` \x84\x90R`@\x90 a\x19\xA7V[P_\x91\x82R` R`@\x90 \x90V[_` \x82\x84\x03\x12\x15a\x1B\x14W__\xFD[\x815\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x81\x14a\x19\xA7W__\xFD[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x1BYW__\xFD[\x91\x90PV[__`@\x83\x85\x03\x12\x15a\x1BoW__\xFD[a\x1Bx\x83a\x1BCV[\x94` \x93\x90\x93\x015\x93PPPV[_` \x82\x84\x03\x12\x15a\x1B\x96W__\xFD[P5\x91\x90PV[__`@\x83\x85\x03\x12\x15a\x1B\xAEW__\xFD[\x825\x91Pa\x1B\xBE` \x84\x01a\x1BCV[\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a\x1B\xD7W__\xFD[a\x19\xA7\x82a\x1BCV[_` \x82\x84\x03\x12\x15a\x1B\xF0W__\xFD[\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x19\xA7W__\xFD[\x805`\xFF\x81\x16\x81\x14a\x1BYW__\xFD[___``\x84\x86\x03\x12\x15a\x1C)W__\xFD[\x835\x92Pa\x1C9` \x85\x01a\x1C\x07V[\x91Pa\x1CG`@\x85\x01a\x1C\x07V[\x90P\x92P\x92P\x92V[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[`@\x81R_a\x1C\xAE`@\x83\x01\x85a\x1CPV[\x90Pc\xFF\xFF\xFF\xFF\x83\x16` \x83\x01R\x93\x92PPPV[` \x81R_a\x19\xA7` \x83\x01\x84a\x1CPV[____``\x85\x87\x03\x12\x15a\x1C\xE8W__\xFD[a\x1C\xF1\x85a\x1BCV[\x93Pa\x1C\xFF` \x86\x01a\x1BCV[\x92P`@\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1D\x1AW__\xFD[\x85\x01`\x1F\x81\x01\x87\x13a\x1D*W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1D@W__\xFD[\x87` \x82`\x05\x1B\x84\x01\x01\x11\x15a\x1DTW__\xFD[\x94\x97\x93\x96P` \x01\x94PPPV[__\x83`\x1F\x84\x01\x12a\x1DrW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1D\x89W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a\x18\x8FW__\xFD[____``\x85\x87\x03\x12\x15a\x1D\xB3W__\xFD[\x845`\x04\x81\x10a\x1D\xC1W__\xFD[\x93P` \x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1D\xDCW__\xFD[a\x1D\xE8\x87\x82\x88\x01a\x1DbV[\x95\x98\x90\x97P\x94\x95`@\x015\x94\x93PPPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x04\x81\x10a\x1E]W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x90RV[` \x81\x01a\x06\xA6\x82\x84a\x1E(V[__`@\x83\x85\x03\x12\x15a\x1E\x80W__\xFD[a\x1E\x89\x83a\x1BCV[\x91Pa\x1B\xBE` \x84\x01a\x1BCV[__` \x83\x85\x03\x12\x15a\x1E\xA8W__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1E\xBEW__\xFD[a\x1E\xCA\x85\x82\x86\x01a\x1DbV[\x90\x96\x90\x95P\x93PPPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x06\xA6Wa\x06\xA6a\x1E\xD6V[`\x01`\x01`\xA0\x1B\x03\x83\x16\x81R`@\x81\x01a\x19\xA7` \x83\x01\x84a\x1E(V[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[`@\x81R_a\x1F\x9A`@\x83\x01\x85\x87a\x1F@V[\x90Pc\xFF\xFF\xFF\xFF\x83\x16` \x83\x01R\x94\x93PPPPV[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x06\xA6Wa\x06\xA6a\x1E\xD6V[` \x81R_a\x1F\xDF` \x83\x01\x84\x86a\x1F@V[\x94\x93PPPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[__\x85\x85\x11\x15a \"W__\xFD[\x83\x86\x11\x15a .W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805` \x83\x10\x15a\x06\xA6W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x90\x03`\x03\x1B\x1B\x16\x92\x91PPV[\x805\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x90`\x14\x84\x10\x15a \xD6W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85`\x14\x03`\x03\x1B\x1B\x82\x16\x16\x91P[P\x92\x91PPV[\x81\x81\x03\x81\x81\x11\x15a\x06\xA6Wa\x06\xA6a\x1E\xD6V[_\x82a!#W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[P\x04\x90V[_\x82Q\x80` \x85\x01\x84^_\x92\x01\x91\x82RP\x91\x90PV[_` \x82\x84\x03\x12\x15a!NW__\xFD[PQ\x91\x90PV\xFE\xA1dsolcC\0\x08\x1E\0\n",
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
    /**Custom error with signature `AlreadyRegistered(address,uint8)` and selector `0x5f4981b2`.
    ```solidity
    error AlreadyRegistered(address account, IAccountRegistry.Role role);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AlreadyRegistered {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub role: <IAccountRegistry::Role as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address, IAccountRegistry::Role);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            <IAccountRegistry::Role as alloy::sol_types::SolType>::RustType,
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
        impl ::core::convert::From<AlreadyRegistered> for UnderlyingRustTuple<'_> {
            fn from(value: AlreadyRegistered) -> Self {
                (value.account, value.role)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AlreadyRegistered {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { account: tuple.0, role: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AlreadyRegistered {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AlreadyRegistered(address,uint8)";
            const SELECTOR: [u8; 4] = [95u8, 73u8, 129u8, 178u8];
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
                    <IAccountRegistry::Role as alloy_sol_types::SolType>::tokenize(&self.role),
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
    /**Custom error with signature `AlreadyVerified(address)` and selector `0x836ef452`.
    ```solidity
    error AlreadyVerified(address researcher);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AlreadyVerified {
        #[allow(missing_docs)]
        pub researcher: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<AlreadyVerified> for UnderlyingRustTuple<'_> {
            fn from(value: AlreadyVerified) -> Self {
                (value.researcher,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AlreadyVerified {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { researcher: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AlreadyVerified {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AlreadyVerified(address)";
            const SELECTOR: [u8; 4] = [131u8, 110u8, 244u8, 82u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.researcher,
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
    /**Custom error with signature `GuardianDelayOutOfBounds(uint64,uint64,uint64)` and selector `0x81bcb7ef`.
    ```solidity
    error GuardianDelayOutOfBounds(uint64 delay, uint64 min, uint64 max);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GuardianDelayOutOfBounds {
        #[allow(missing_docs)]
        pub delay: u64,
        #[allow(missing_docs)]
        pub min: u64,
        #[allow(missing_docs)]
        pub max: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64, u64, u64);
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
        impl ::core::convert::From<GuardianDelayOutOfBounds> for UnderlyingRustTuple<'_> {
            fn from(value: GuardianDelayOutOfBounds) -> Self {
                (value.delay, value.min, value.max)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GuardianDelayOutOfBounds {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { delay: tuple.0, min: tuple.1, max: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GuardianDelayOutOfBounds {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GuardianDelayOutOfBounds(uint64,uint64,uint64)";
            const SELECTOR: [u8; 4] = [129u8, 188u8, 183u8, 239u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.delay,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.min,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.max,
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
    /**Custom error with signature `InvalidRole()` and selector `0xd954416a`.
    ```solidity
    error InvalidRole();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidRole;
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
        impl ::core::convert::From<InvalidRole> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidRole) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidRole {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidRole {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidRole()";
            const SELECTOR: [u8; 4] = [217u8, 84u8, 65u8, 106u8];
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
    /**Custom error with signature `InvalidThreshold(uint8,uint256)` and selector `0x64d57014`.
    ```solidity
    error InvalidThreshold(uint8 threshold, uint256 count);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidThreshold {
        #[allow(missing_docs)]
        pub threshold: u8,
        #[allow(missing_docs)]
        pub count: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<InvalidThreshold> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidThreshold) -> Self {
                (value.threshold, value.count)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidThreshold {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { threshold: tuple.0, count: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidThreshold {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidThreshold(uint8,uint256)";
            const SELECTOR: [u8; 4] = [100u8, 213u8, 112u8, 20u8];
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
                        &self.threshold,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.count,
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
    /**Custom error with signature `NoPendingGuardians(address)` and selector `0x369ebf68`.
    ```solidity
    error NoPendingGuardians(address controller);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NoPendingGuardians {
        #[allow(missing_docs)]
        pub controller: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<NoPendingGuardians> for UnderlyingRustTuple<'_> {
            fn from(value: NoPendingGuardians) -> Self {
                (value.controller,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NoPendingGuardians {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { controller: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NoPendingGuardians {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NoPendingGuardians(address)";
            const SELECTOR: [u8; 4] = [54u8, 158u8, 191u8, 104u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.controller,
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
    /**Custom error with signature `NotPatient(address)` and selector `0x4d0566b0`.
    ```solidity
    error NotPatient(address account);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotPatient {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<NotPatient> for UnderlyingRustTuple<'_> {
            fn from(value: NotPatient) -> Self {
                (value.account,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotPatient {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { account: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotPatient {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotPatient(address)";
            const SELECTOR: [u8; 4] = [77u8, 5u8, 102u8, 176u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.account,
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
    /**Custom error with signature `NotRegistered(address)` and selector `0xbfc6c337`.
    ```solidity
    error NotRegistered(address account);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotRegistered {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<NotRegistered> for UnderlyingRustTuple<'_> {
            fn from(value: NotRegistered) -> Self {
                (value.account,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotRegistered {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { account: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotRegistered {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotRegistered(address)";
            const SELECTOR: [u8; 4] = [191u8, 198u8, 195u8, 55u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.account,
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
    /**Custom error with signature `NotResearcher(address)` and selector `0xe2d0e605`.
    ```solidity
    error NotResearcher(address account);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotResearcher {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<NotResearcher> for UnderlyingRustTuple<'_> {
            fn from(value: NotResearcher) -> Self {
                (value.account,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotResearcher {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { account: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotResearcher {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotResearcher(address)";
            const SELECTOR: [u8; 4] = [226u8, 208u8, 230u8, 5u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.account,
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
    /**Custom error with signature `NotVerified(address)` and selector `0xb12c8f91`.
    ```solidity
    error NotVerified(address researcher);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotVerified {
        #[allow(missing_docs)]
        pub researcher: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<NotVerified> for UnderlyingRustTuple<'_> {
            fn from(value: NotVerified) -> Self {
                (value.researcher,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotVerified {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { researcher: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotVerified {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotVerified(address)";
            const SELECTOR: [u8; 4] = [177u8, 44u8, 143u8, 145u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.researcher,
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
    /**Custom error with signature `TooManyGuardians(uint256,uint256)` and selector `0xceceb0be`.
    ```solidity
    error TooManyGuardians(uint256 count, uint256 max);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TooManyGuardians {
        #[allow(missing_docs)]
        pub count: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub max: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Uint<256>, alloy::sol_types::sol_data::Uint<256>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<TooManyGuardians> for UnderlyingRustTuple<'_> {
            fn from(value: TooManyGuardians) -> Self {
                (value.count, value.max)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TooManyGuardians {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { count: tuple.0, max: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TooManyGuardians {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TooManyGuardians(uint256,uint256)";
            const SELECTOR: [u8; 4] = [206u8, 206u8, 176u8, 190u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.count,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.max,
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
    /**Event with signature `EncryptionKeySet(address,bytes,uint32)` and selector `0x2cef5ee64b5ea4846a8d1c2ea7e43dc6bc7394dfc1ade90ee1795d8958a573da`.
    ```solidity
    event EncryptionKeySet(address indexed account, bytes key, uint32 epoch);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct EncryptionKeySet {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub key: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub epoch: u32,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EncryptionKeySet {
            type DataTuple<'a> =
                (alloy::sol_types::sol_data::Bytes, alloy::sol_types::sol_data::Uint<32>);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList =
                (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            const SIGNATURE: &'static str = "EncryptionKeySet(address,bytes,uint32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    44u8, 239u8, 94u8, 230u8, 75u8, 94u8, 164u8, 132u8, 106u8, 141u8, 28u8, 46u8,
                    167u8, 228u8, 61u8, 198u8, 188u8, 115u8, 148u8, 223u8, 193u8, 173u8, 233u8,
                    14u8, 225u8, 121u8, 93u8, 137u8, 88u8, 165u8, 115u8, 218u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { account: topics.1, key: data.0, epoch: data.1 }
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
                        &self.key,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.epoch,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.account.clone())
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
                    &self.account,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EncryptionKeySet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EncryptionKeySet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EncryptionKeySet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `GuardianDelaySet(uint64)` and selector `0xa1fd3269e1c9dc5aea76251e69fa63b391c7efc6b4ce330f50e8cd589a5916f1`.
    ```solidity
    event GuardianDelaySet(uint64 delay);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct GuardianDelaySet {
        #[allow(missing_docs)]
        pub delay: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for GuardianDelaySet {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "GuardianDelaySet(uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    161u8, 253u8, 50u8, 105u8, 225u8, 201u8, 220u8, 90u8, 234u8, 118u8, 37u8, 30u8,
                    105u8, 250u8, 99u8, 179u8, 145u8, 199u8, 239u8, 198u8, 180u8, 206u8, 51u8,
                    15u8, 80u8, 232u8, 205u8, 88u8, 154u8, 89u8, 22u8, 241u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { delay: data.0 }
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
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                    &self.delay,
                ),)
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
        impl alloy_sol_types::private::IntoLogData for GuardianDelaySet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&GuardianDelaySet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &GuardianDelaySet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `GuardianSetCancelled(address)` and selector `0x0104daeacf39de1459601d3dd679664ddbe3fd5ba54f06ab90a13725a430c371`.
    ```solidity
    event GuardianSetCancelled(address indexed controller);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct GuardianSetCancelled {
        #[allow(missing_docs)]
        pub controller: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for GuardianSetCancelled {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList =
                (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            const SIGNATURE: &'static str = "GuardianSetCancelled(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    1u8, 4u8, 218u8, 234u8, 207u8, 57u8, 222u8, 20u8, 89u8, 96u8, 29u8, 61u8,
                    214u8, 121u8, 102u8, 77u8, 219u8, 227u8, 253u8, 91u8, 165u8, 79u8, 6u8, 171u8,
                    144u8, 161u8, 55u8, 37u8, 164u8, 48u8, 195u8, 113u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { controller: topics.1 }
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
                (Self::SIGNATURE_HASH.into(), self.controller.clone())
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
                    &self.controller,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for GuardianSetCancelled {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&GuardianSetCancelled> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &GuardianSetCancelled) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `GuardianSetProposed(address,bytes32,uint8,uint8,uint64)` and selector `0x6e565055ea6b6c1252b45b27bfa38a24220df0b80400ea597f9313cb41343a2d`.
    ```solidity
    event GuardianSetProposed(address indexed controller, bytes32 root, uint8 size, uint8 threshold, uint64 effectiveAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct GuardianSetProposed {
        #[allow(missing_docs)]
        pub controller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub root: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub size: u8,
        #[allow(missing_docs)]
        pub threshold: u8,
        #[allow(missing_docs)]
        pub effectiveAt: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for GuardianSetProposed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList =
                (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            const SIGNATURE: &'static str =
                "GuardianSetProposed(address,bytes32,uint8,uint8,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    110u8, 86u8, 80u8, 85u8, 234u8, 107u8, 108u8, 18u8, 82u8, 180u8, 91u8, 39u8,
                    191u8, 163u8, 138u8, 36u8, 34u8, 13u8, 240u8, 184u8, 4u8, 0u8, 234u8, 89u8,
                    127u8, 147u8, 19u8, 203u8, 65u8, 52u8, 58u8, 45u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    controller: topics.1,
                    root: data.0,
                    size: data.1,
                    threshold: data.2,
                    effectiveAt: data.3,
                }
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
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.root),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.size),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.threshold),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.effectiveAt),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.controller.clone())
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
                    &self.controller,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for GuardianSetProposed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&GuardianSetProposed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &GuardianSetProposed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Registered(address,uint8,bytes32)` and selector `0xd5d69baaddb6d8d6a2dd70f38585012d30f68a79461b7e5057c8debb114e4041`.
    ```solidity
    event Registered(address indexed account, IAccountRegistry.Role indexed role, bytes32 commitment);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct Registered {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub role: <IAccountRegistry::Role as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub commitment: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Registered {
            type DataTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                IAccountRegistry::Role,
            );
            const SIGNATURE: &'static str = "Registered(address,uint8,bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    213u8, 214u8, 155u8, 170u8, 221u8, 182u8, 216u8, 214u8, 162u8, 221u8, 112u8,
                    243u8, 133u8, 133u8, 1u8, 45u8, 48u8, 246u8, 138u8, 121u8, 70u8, 27u8, 126u8,
                    80u8, 87u8, 200u8, 222u8, 187u8, 17u8, 78u8, 64u8, 65u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { account: topics.1, role: topics.2, commitment: data.0 }
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
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.commitment),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.account.clone(), self.role.clone())
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
                    &self.account,
                );
                out[2usize] = <IAccountRegistry::Role as alloy_sol_types::EventTopic>::encode_topic(
                    &self.role,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Registered {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Registered> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Registered) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ResearcherRevoked(address,bytes32,address)` and selector `0xb5c440ac96191c61db1cff62b8ae6009d5cb27a0a77bb7fd59bfdf6dd4912308`.
    ```solidity
    event ResearcherRevoked(address indexed researcher, bytes32 reason, address indexed attester);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct ResearcherRevoked {
        #[allow(missing_docs)]
        pub researcher: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ResearcherRevoked {
            type DataTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "ResearcherRevoked(address,bytes32,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    181u8, 196u8, 64u8, 172u8, 150u8, 25u8, 28u8, 97u8, 219u8, 28u8, 255u8, 98u8,
                    184u8, 174u8, 96u8, 9u8, 213u8, 203u8, 39u8, 160u8, 167u8, 123u8, 183u8, 253u8,
                    89u8, 191u8, 223u8, 109u8, 212u8, 145u8, 35u8, 8u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { researcher: topics.1, reason: data.0, attester: topics.2 }
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
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.reason),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.researcher.clone(), self.attester.clone())
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
                    &self.researcher,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.attester,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ResearcherRevoked {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ResearcherRevoked> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ResearcherRevoked) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ResearcherVerified(address,bytes32,address)` and selector `0x4f63f151c22f8454feca00680122850ad8ce7f27a2873cba27cb3f41ce676c07`.
    ```solidity
    event ResearcherVerified(address indexed researcher, bytes32 attestation, address indexed attester);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct ResearcherVerified {
        #[allow(missing_docs)]
        pub researcher: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub attestation: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ResearcherVerified {
            type DataTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "ResearcherVerified(address,bytes32,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    79u8, 99u8, 241u8, 81u8, 194u8, 47u8, 132u8, 84u8, 254u8, 202u8, 0u8, 104u8,
                    1u8, 34u8, 133u8, 10u8, 216u8, 206u8, 127u8, 39u8, 162u8, 135u8, 60u8, 186u8,
                    39u8, 203u8, 63u8, 65u8, 206u8, 103u8, 108u8, 7u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { researcher: topics.1, attestation: data.0, attester: topics.2 }
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
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.attestation),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.researcher.clone(), self.attester.clone())
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
                    &self.researcher,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.attester,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ResearcherVerified {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ResearcherVerified> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ResearcherVerified) -> alloy_sol_types::private::LogData {
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
    constructor(address admin, address forwarder, uint64 guardianDelay_);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub admin: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub forwarder: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub guardianDelay_: u64,
    }
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (alloy::sol_types::private::Address, alloy::sol_types::private::Address, u64);
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
                    (value.admin, value.forwarder, value.guardianDelay_)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { admin: tuple.0, forwarder: tuple.1, guardianDelay_: tuple.2 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                        &self.admin,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.forwarder,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.guardianDelay_,
                    ),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `ATTESTER_ROLE()` and selector `0x2f81bb58`.
    ```solidity
    function ATTESTER_ROLE() external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ATTESTER_ROLECall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`ATTESTER_ROLE()`](ATTESTER_ROLECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ATTESTER_ROLEReturn {
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
            impl ::core::convert::From<ATTESTER_ROLECall> for UnderlyingRustTuple<'_> {
                fn from(value: ATTESTER_ROLECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ATTESTER_ROLECall {
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
            impl ::core::convert::From<ATTESTER_ROLEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: ATTESTER_ROLEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ATTESTER_ROLEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for ATTESTER_ROLECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ATTESTER_ROLE()";
            const SELECTOR: [u8; 4] = [47u8, 129u8, 187u8, 88u8];
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
                        let r: ATTESTER_ROLEReturn = r.into();
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
                    let r: ATTESTER_ROLEReturn = r.into();
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
    /**Function with signature `MAX_GUARDIANS()` and selector `0x422c1d37`.
    ```solidity
    function MAX_GUARDIANS() external view returns (uint256);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_GUARDIANSCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_GUARDIANS()`](MAX_GUARDIANSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_GUARDIANSReturn {
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
            impl ::core::convert::From<MAX_GUARDIANSCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_GUARDIANSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_GUARDIANSCall {
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
            impl ::core::convert::From<MAX_GUARDIANSReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_GUARDIANSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_GUARDIANSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_GUARDIANSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_GUARDIANS()";
            const SELECTOR: [u8; 4] = [66u8, 44u8, 29u8, 55u8];
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
                        let r: MAX_GUARDIANSReturn = r.into();
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
                    let r: MAX_GUARDIANSReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_GUARDIAN_DELAY()` and selector `0x1221d147`.
    ```solidity
    function MAX_GUARDIAN_DELAY() external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_GUARDIAN_DELAYCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_GUARDIAN_DELAY()`](MAX_GUARDIAN_DELAYCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_GUARDIAN_DELAYReturn {
        #[allow(missing_docs)]
        pub _0: u64,
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
            impl ::core::convert::From<MAX_GUARDIAN_DELAYCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_GUARDIAN_DELAYCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_GUARDIAN_DELAYCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
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
            impl ::core::convert::From<MAX_GUARDIAN_DELAYReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_GUARDIAN_DELAYReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_GUARDIAN_DELAYReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_GUARDIAN_DELAYCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_GUARDIAN_DELAY()";
            const SELECTOR: [u8; 4] = [18u8, 33u8, 209u8, 71u8];
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
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: MAX_GUARDIAN_DELAYReturn = r.into();
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
                    let r: MAX_GUARDIAN_DELAYReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MIN_GUARDIAN_DELAY()` and selector `0xd74dbd2d`.
    ```solidity
    function MIN_GUARDIAN_DELAY() external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MIN_GUARDIAN_DELAYCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MIN_GUARDIAN_DELAY()`](MIN_GUARDIAN_DELAYCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MIN_GUARDIAN_DELAYReturn {
        #[allow(missing_docs)]
        pub _0: u64,
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
            impl ::core::convert::From<MIN_GUARDIAN_DELAYCall> for UnderlyingRustTuple<'_> {
                fn from(value: MIN_GUARDIAN_DELAYCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MIN_GUARDIAN_DELAYCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
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
            impl ::core::convert::From<MIN_GUARDIAN_DELAYReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MIN_GUARDIAN_DELAYReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MIN_GUARDIAN_DELAYReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MIN_GUARDIAN_DELAYCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MIN_GUARDIAN_DELAY()";
            const SELECTOR: [u8; 4] = [215u8, 77u8, 189u8, 45u8];
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
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: MIN_GUARDIAN_DELAYReturn = r.into();
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
                    let r: MIN_GUARDIAN_DELAYReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `PARAMS_ROLE()` and selector `0x4fc62042`.
    ```solidity
    function PARAMS_ROLE() external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PARAMS_ROLECall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`PARAMS_ROLE()`](PARAMS_ROLECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PARAMS_ROLEReturn {
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
            impl ::core::convert::From<PARAMS_ROLECall> for UnderlyingRustTuple<'_> {
                fn from(value: PARAMS_ROLECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for PARAMS_ROLECall {
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
            impl ::core::convert::From<PARAMS_ROLEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: PARAMS_ROLEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for PARAMS_ROLEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for PARAMS_ROLECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "PARAMS_ROLE()";
            const SELECTOR: [u8; 4] = [79u8, 198u8, 32u8, 66u8];
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
                        let r: PARAMS_ROLEReturn = r.into();
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
                    let r: PARAMS_ROLEReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `attestResearcher(address,bytes32)` and selector `0x2038421e`.
    ```solidity
    function attestResearcher(address researcher, bytes32 attestation) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct attestResearcherCall {
        #[allow(missing_docs)]
        pub researcher: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub attestation: alloy::sol_types::private::FixedBytes<32>,
    }
    ///Container type for the return parameters of the [`attestResearcher(address,bytes32)`](attestResearcherCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct attestResearcherReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
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
            impl ::core::convert::From<attestResearcherCall> for UnderlyingRustTuple<'_> {
                fn from(value: attestResearcherCall) -> Self {
                    (value.researcher, value.attestation)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for attestResearcherCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { researcher: tuple.0, attestation: tuple.1 }
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
            impl ::core::convert::From<attestResearcherReturn> for UnderlyingRustTuple<'_> {
                fn from(value: attestResearcherReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for attestResearcherReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl attestResearcherReturn {
            fn _tokenize(
                &self,
            ) -> <attestResearcherCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for attestResearcherCall {
            type Parameters<'a> =
                (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::FixedBytes<32>);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = attestResearcherReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "attestResearcher(address,bytes32)";
            const SELECTOR: [u8; 4] = [32u8, 56u8, 66u8, 30u8];
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
                        &self.researcher,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.attestation),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                attestResearcherReturn::_tokenize(ret)
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
    /**Function with signature `cancelGuardianSet()` and selector `0x050650e1`.
    ```solidity
    function cancelGuardianSet() external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct cancelGuardianSetCall;
    ///Container type for the return parameters of the [`cancelGuardianSet()`](cancelGuardianSetCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct cancelGuardianSetReturn {}
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
            impl ::core::convert::From<cancelGuardianSetCall> for UnderlyingRustTuple<'_> {
                fn from(value: cancelGuardianSetCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for cancelGuardianSetCall {
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
            impl ::core::convert::From<cancelGuardianSetReturn> for UnderlyingRustTuple<'_> {
                fn from(value: cancelGuardianSetReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for cancelGuardianSetReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl cancelGuardianSetReturn {
            fn _tokenize(
                &self,
            ) -> <cancelGuardianSetCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for cancelGuardianSetCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = cancelGuardianSetReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "cancelGuardianSet()";
            const SELECTOR: [u8; 4] = [5u8, 6u8, 80u8, 225u8];
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
                cancelGuardianSetReturn::_tokenize(ret)
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
    /**Function with signature `encryptionKey(address)` and selector `0x8dfadedb`.
    ```solidity
    function encryptionKey(address account) external view returns (bytes memory);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct encryptionKeyCall {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`encryptionKey(address)`](encryptionKeyCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct encryptionKeyReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Bytes,
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
            impl ::core::convert::From<encryptionKeyCall> for UnderlyingRustTuple<'_> {
                fn from(value: encryptionKeyCall) -> Self {
                    (value.account,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for encryptionKeyCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { account: tuple.0 }
                }
            }
        }
        {
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
            impl ::core::convert::From<encryptionKeyReturn> for UnderlyingRustTuple<'_> {
                fn from(value: encryptionKeyReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for encryptionKeyReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for encryptionKeyCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Bytes;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bytes,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "encryptionKey(address)";
            const SELECTOR: [u8; 4] = [141u8, 250u8, 222u8, 219u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.account,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: encryptionKeyReturn = r.into();
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
                    let r: encryptionKeyReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `encryptionKeyOf(address)` and selector `0x77c8c51a`.
    ```solidity
    function encryptionKeyOf(address account) external view returns (bytes memory key, uint32 epoch);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct encryptionKeyOfCall {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`encryptionKeyOf(address)`](encryptionKeyOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct encryptionKeyOfReturn {
        #[allow(missing_docs)]
        pub key: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub epoch: u32,
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
            impl ::core::convert::From<encryptionKeyOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: encryptionKeyOfCall) -> Self {
                    (value.account,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for encryptionKeyOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { account: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::Bytes, alloy::sol_types::sol_data::Uint<32>);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Bytes, u32);
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
            impl ::core::convert::From<encryptionKeyOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: encryptionKeyOfReturn) -> Self {
                    (value.key, value.epoch)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for encryptionKeyOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { key: tuple.0, epoch: tuple.1 }
                }
            }
        }
        impl encryptionKeyOfReturn {
            fn _tokenize(
                &self,
            ) -> <encryptionKeyOfCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.key,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.epoch,
                    ),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for encryptionKeyOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = encryptionKeyOfReturn;
            type ReturnTuple<'a> =
                (alloy::sol_types::sol_data::Bytes, alloy::sol_types::sol_data::Uint<32>);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "encryptionKeyOf(address)";
            const SELECTOR: [u8; 4] = [119u8, 200u8, 197u8, 26u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.account,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                encryptionKeyOfReturn::_tokenize(ret)
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
    /**Function with signature `guardianDelay()` and selector `0x140d075a`.
    ```solidity
    function guardianDelay() external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct guardianDelayCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`guardianDelay()`](guardianDelayCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct guardianDelayReturn {
        #[allow(missing_docs)]
        pub _0: u64,
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
            impl ::core::convert::From<guardianDelayCall> for UnderlyingRustTuple<'_> {
                fn from(value: guardianDelayCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for guardianDelayCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
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
            impl ::core::convert::From<guardianDelayReturn> for UnderlyingRustTuple<'_> {
                fn from(value: guardianDelayReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for guardianDelayReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for guardianDelayCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "guardianDelay()";
            const SELECTOR: [u8; 4] = [20u8, 13u8, 7u8, 90u8];
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
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: guardianDelayReturn = r.into();
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
                    let r: guardianDelayReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `guardianLeaf(address,address)` and selector `0xeba5dcb9`.
    ```solidity
    function guardianLeaf(address controller, address guardian) external pure returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct guardianLeafCall {
        #[allow(missing_docs)]
        pub controller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub guardian: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`guardianLeaf(address,address)`](guardianLeafCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct guardianLeafReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Address);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (alloy::sol_types::private::Address, alloy::sol_types::private::Address);
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
            impl ::core::convert::From<guardianLeafCall> for UnderlyingRustTuple<'_> {
                fn from(value: guardianLeafCall) -> Self {
                    (value.controller, value.guardian)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for guardianLeafCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { controller: tuple.0, guardian: tuple.1 }
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
            impl ::core::convert::From<guardianLeafReturn> for UnderlyingRustTuple<'_> {
                fn from(value: guardianLeafReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for guardianLeafReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for guardianLeafCall {
            type Parameters<'a> =
                (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Address);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "guardianLeaf(address,address)";
            const SELECTOR: [u8; 4] = [235u8, 165u8, 220u8, 185u8];
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
                        &self.controller,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.guardian,
                    ),
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
                        let r: guardianLeafReturn = r.into();
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
                    let r: guardianLeafReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `guardianSet(address)` and selector `0xb0df2891`.
    ```solidity
    function guardianSet(address controller) external view returns (bytes32 root, uint8 size, uint8 threshold);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct guardianSetCall {
        #[allow(missing_docs)]
        pub controller: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`guardianSet(address)`](guardianSetCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct guardianSetReturn {
        #[allow(missing_docs)]
        pub root: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub size: u8,
        #[allow(missing_docs)]
        pub threshold: u8,
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
            impl ::core::convert::From<guardianSetCall> for UnderlyingRustTuple<'_> {
                fn from(value: guardianSetCall) -> Self {
                    (value.controller,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for guardianSetCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { controller: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>, u8, u8);
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
            impl ::core::convert::From<guardianSetReturn> for UnderlyingRustTuple<'_> {
                fn from(value: guardianSetReturn) -> Self {
                    (value.root, value.size, value.threshold)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for guardianSetReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { root: tuple.0, size: tuple.1, threshold: tuple.2 }
                }
            }
        }
        impl guardianSetReturn {
            fn _tokenize(&self) -> <guardianSetCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.root),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.size),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.threshold),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for guardianSetCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = guardianSetReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "guardianSet(address)";
            const SELECTOR: [u8; 4] = [176u8, 223u8, 40u8, 145u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.controller,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                guardianSetReturn::_tokenize(ret)
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
    /**Function with signature `isGuardian(address,address,bytes32[])` and selector `0xa2557ace`.
    ```solidity
    function isGuardian(address controller, address guardian, bytes32[] memory proof) external view returns (bool);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isGuardianCall {
        #[allow(missing_docs)]
        pub controller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub guardian: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub proof: alloy::sol_types::private::Vec<alloy::sol_types::private::FixedBytes<32>>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isGuardian(address,address,bytes32[])`](isGuardianCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isGuardianReturn {
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
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::FixedBytes<32>>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Vec<alloy::sol_types::private::FixedBytes<32>>,
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
            impl ::core::convert::From<isGuardianCall> for UnderlyingRustTuple<'_> {
                fn from(value: isGuardianCall) -> Self {
                    (value.controller, value.guardian, value.proof)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isGuardianCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { controller: tuple.0, guardian: tuple.1, proof: tuple.2 }
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
            impl ::core::convert::From<isGuardianReturn> for UnderlyingRustTuple<'_> {
                fn from(value: isGuardianReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isGuardianReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isGuardianCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::FixedBytes<32>>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isGuardian(address,address,bytes32[])";
            const SELECTOR: [u8; 4] = [162u8, 85u8, 122u8, 206u8];
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
                        &self.controller,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.guardian,
                    ),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::FixedBytes<32>,
                    > as alloy_sol_types::SolType>::tokenize(&self.proof),
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
                        let r: isGuardianReturn = r.into();
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
                    let r: isGuardianReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isPatient(address)` and selector `0x8f9c79ed`.
    ```solidity
    function isPatient(address account) external view returns (bool);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isPatientCall {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isPatient(address)`](isPatientCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isPatientReturn {
        #[allow(missing_docs)]
        pub _0: bool,
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
            impl ::core::convert::From<isPatientCall> for UnderlyingRustTuple<'_> {
                fn from(value: isPatientCall) -> Self {
                    (value.account,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isPatientCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { account: tuple.0 }
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
            impl ::core::convert::From<isPatientReturn> for UnderlyingRustTuple<'_> {
                fn from(value: isPatientReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isPatientReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isPatientCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isPatient(address)";
            const SELECTOR: [u8; 4] = [143u8, 156u8, 121u8, 237u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.account,
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
                        let r: isPatientReturn = r.into();
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
                    let r: isPatientReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isTrustedForwarder(address)` and selector `0x572b6c05`.
    ```solidity
    function isTrustedForwarder(address forwarder) external view returns (bool);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isTrustedForwarderCall {
        #[allow(missing_docs)]
        pub forwarder: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isTrustedForwarder(address)`](isTrustedForwarderCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isTrustedForwarderReturn {
        #[allow(missing_docs)]
        pub _0: bool,
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
            impl ::core::convert::From<isTrustedForwarderCall> for UnderlyingRustTuple<'_> {
                fn from(value: isTrustedForwarderCall) -> Self {
                    (value.forwarder,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isTrustedForwarderCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { forwarder: tuple.0 }
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
            impl ::core::convert::From<isTrustedForwarderReturn> for UnderlyingRustTuple<'_> {
                fn from(value: isTrustedForwarderReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isTrustedForwarderReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isTrustedForwarderCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isTrustedForwarder(address)";
            const SELECTOR: [u8; 4] = [87u8, 43u8, 108u8, 5u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.forwarder,
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
                        let r: isTrustedForwarderReturn = r.into();
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
                    let r: isTrustedForwarderReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isVerifiedResearcher(address)` and selector `0x508f3a37`.
    ```solidity
    function isVerifiedResearcher(address account) external view returns (bool);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isVerifiedResearcherCall {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isVerifiedResearcher(address)`](isVerifiedResearcherCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isVerifiedResearcherReturn {
        #[allow(missing_docs)]
        pub _0: bool,
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
            impl ::core::convert::From<isVerifiedResearcherCall> for UnderlyingRustTuple<'_> {
                fn from(value: isVerifiedResearcherCall) -> Self {
                    (value.account,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isVerifiedResearcherCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { account: tuple.0 }
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
            impl ::core::convert::From<isVerifiedResearcherReturn> for UnderlyingRustTuple<'_> {
                fn from(value: isVerifiedResearcherReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isVerifiedResearcherReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isVerifiedResearcherCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isVerifiedResearcher(address)";
            const SELECTOR: [u8; 4] = [80u8, 143u8, 58u8, 55u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.account,
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
                        let r: isVerifiedResearcherReturn = r.into();
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
                    let r: isVerifiedResearcherReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `pendingGuardianSet(address)` and selector `0x9c5b448a`.
    ```solidity
    function pendingGuardianSet(address controller) external view returns (bytes32 root, uint8 size, uint8 threshold, uint64 effectiveAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pendingGuardianSetCall {
        #[allow(missing_docs)]
        pub controller: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`pendingGuardianSet(address)`](pendingGuardianSetCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pendingGuardianSetReturn {
        #[allow(missing_docs)]
        pub root: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub size: u8,
        #[allow(missing_docs)]
        pub threshold: u8,
        #[allow(missing_docs)]
        pub effectiveAt: u64,
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
            impl ::core::convert::From<pendingGuardianSetCall> for UnderlyingRustTuple<'_> {
                fn from(value: pendingGuardianSetCall) -> Self {
                    (value.controller,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pendingGuardianSetCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { controller: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>, u8, u8, u64);
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
            impl ::core::convert::From<pendingGuardianSetReturn> for UnderlyingRustTuple<'_> {
                fn from(value: pendingGuardianSetReturn) -> Self {
                    (value.root, value.size, value.threshold, value.effectiveAt)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pendingGuardianSetReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { root: tuple.0, size: tuple.1, threshold: tuple.2, effectiveAt: tuple.3 }
                }
            }
        }
        impl pendingGuardianSetReturn {
            fn _tokenize(
                &self,
            ) -> <pendingGuardianSetCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.root),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.size),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.threshold),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.effectiveAt),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for pendingGuardianSetCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = pendingGuardianSetReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "pendingGuardianSet(address)";
            const SELECTOR: [u8; 4] = [156u8, 91u8, 68u8, 138u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.controller,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                pendingGuardianSetReturn::_tokenize(ret)
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
    /**Function with signature `proposeGuardianSet(bytes32,uint8,uint8)` and selector `0x73f1ee0b`.
    ```solidity
    function proposeGuardianSet(bytes32 root, uint8 size, uint8 threshold) external returns (uint64 effectiveAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposeGuardianSetCall {
        #[allow(missing_docs)]
        pub root: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub size: u8,
        #[allow(missing_docs)]
        pub threshold: u8,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`proposeGuardianSet(bytes32,uint8,uint8)`](proposeGuardianSetCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposeGuardianSetReturn {
        #[allow(missing_docs)]
        pub effectiveAt: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>, u8, u8);
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
            impl ::core::convert::From<proposeGuardianSetCall> for UnderlyingRustTuple<'_> {
                fn from(value: proposeGuardianSetCall) -> Self {
                    (value.root, value.size, value.threshold)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proposeGuardianSetCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { root: tuple.0, size: tuple.1, threshold: tuple.2 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
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
            impl ::core::convert::From<proposeGuardianSetReturn> for UnderlyingRustTuple<'_> {
                fn from(value: proposeGuardianSetReturn) -> Self {
                    (value.effectiveAt,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proposeGuardianSetReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { effectiveAt: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proposeGuardianSetCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "proposeGuardianSet(bytes32,uint8,uint8)";
            const SELECTOR: [u8; 4] = [115u8, 241u8, 238u8, 11u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.root),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.size),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.threshold),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: proposeGuardianSetReturn = r.into();
                        r.effectiveAt
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: proposeGuardianSetReturn = r.into();
                    r.effectiveAt
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `register(uint8,bytes,bytes32)` and selector `0xbb9448e1`.
    ```solidity
    function register(IAccountRegistry.Role role_, bytes memory key, bytes32 commitment) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct registerCall {
        #[allow(missing_docs)]
        pub role_: <IAccountRegistry::Role as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub key: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub commitment: alloy::sol_types::private::FixedBytes<32>,
    }
    ///Container type for the return parameters of the [`register(uint8,bytes,bytes32)`](registerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct registerReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                IAccountRegistry::Role,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IAccountRegistry::Role as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Bytes,
                alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<registerCall> for UnderlyingRustTuple<'_> {
                fn from(value: registerCall) -> Self {
                    (value.role_, value.key, value.commitment)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for registerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { role_: tuple.0, key: tuple.1, commitment: tuple.2 }
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
            impl ::core::convert::From<registerReturn> for UnderlyingRustTuple<'_> {
                fn from(value: registerReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for registerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl registerReturn {
            fn _tokenize(&self) -> <registerCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for registerCall {
            type Parameters<'a> = (
                IAccountRegistry::Role,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = registerReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "register(uint8,bytes,bytes32)";
            const SELECTOR: [u8; 4] = [187u8, 148u8, 72u8, 225u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IAccountRegistry::Role as alloy_sol_types::SolType>::tokenize(
                        &self.role_,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.key,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.commitment),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                registerReturn::_tokenize(ret)
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
    function renounceRole(bytes32 role, address callerConfirmation) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub callerConfirmation: alloy::sol_types::private::Address,
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
                    (value.role, value.callerConfirmation)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for renounceRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { role: tuple.0, callerConfirmation: tuple.1 }
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
                        &self.callerConfirmation,
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
    /**Function with signature `revokeResearcher(address,bytes32)` and selector `0xb9368034`.
    ```solidity
    function revokeResearcher(address researcher, bytes32 reason) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeResearcherCall {
        #[allow(missing_docs)]
        pub researcher: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::FixedBytes<32>,
    }
    ///Container type for the return parameters of the [`revokeResearcher(address,bytes32)`](revokeResearcherCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeResearcherReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
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
            impl ::core::convert::From<revokeResearcherCall> for UnderlyingRustTuple<'_> {
                fn from(value: revokeResearcherCall) -> Self {
                    (value.researcher, value.reason)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeResearcherCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { researcher: tuple.0, reason: tuple.1 }
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
            impl ::core::convert::From<revokeResearcherReturn> for UnderlyingRustTuple<'_> {
                fn from(value: revokeResearcherReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeResearcherReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl revokeResearcherReturn {
            fn _tokenize(
                &self,
            ) -> <revokeResearcherCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for revokeResearcherCall {
            type Parameters<'a> =
                (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::FixedBytes<32>);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = revokeResearcherReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "revokeResearcher(address,bytes32)";
            const SELECTOR: [u8; 4] = [185u8, 54u8, 128u8, 52u8];
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
                        &self.researcher,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.reason),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                revokeResearcherReturn::_tokenize(ret)
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
    /**Function with signature `role(address)` and selector `0xd590f8c9`.
    ```solidity
    function role(address account) external view returns (IAccountRegistry.Role);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct roleCall {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`role(address)`](roleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct roleReturn {
        #[allow(missing_docs)]
        pub _0: <IAccountRegistry::Role as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<roleCall> for UnderlyingRustTuple<'_> {
                fn from(value: roleCall) -> Self {
                    (value.account,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for roleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { account: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IAccountRegistry::Role,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<IAccountRegistry::Role as alloy::sol_types::SolType>::RustType,);
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
            impl ::core::convert::From<roleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: roleReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for roleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for roleCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IAccountRegistry::Role as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IAccountRegistry::Role,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "role(address)";
            const SELECTOR: [u8; 4] = [213u8, 144u8, 248u8, 201u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.account,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IAccountRegistry::Role as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: roleReturn = r.into();
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
                    let r: roleReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `rotateKey(bytes)` and selector `0xf19310c3`.
    ```solidity
    function rotateKey(bytes memory key) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct rotateKeyCall {
        #[allow(missing_docs)]
        pub key: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`rotateKey(bytes)`](rotateKeyCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct rotateKeyReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
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
            impl ::core::convert::From<rotateKeyCall> for UnderlyingRustTuple<'_> {
                fn from(value: rotateKeyCall) -> Self {
                    (value.key,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for rotateKeyCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { key: tuple.0 }
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
            impl ::core::convert::From<rotateKeyReturn> for UnderlyingRustTuple<'_> {
                fn from(value: rotateKeyReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for rotateKeyReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl rotateKeyReturn {
            fn _tokenize(&self) -> <rotateKeyCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for rotateKeyCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Bytes,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = rotateKeyReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "rotateKey(bytes)";
            const SELECTOR: [u8; 4] = [241u8, 147u8, 16u8, 195u8];
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
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                rotateKeyReturn::_tokenize(ret)
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
    /**Function with signature `setGuardianDelay(uint64)` and selector `0x5984b850`.
    ```solidity
    function setGuardianDelay(uint64 delay) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setGuardianDelayCall {
        #[allow(missing_docs)]
        pub delay: u64,
    }
    ///Container type for the return parameters of the [`setGuardianDelay(uint64)`](setGuardianDelayCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setGuardianDelayReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
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
            impl ::core::convert::From<setGuardianDelayCall> for UnderlyingRustTuple<'_> {
                fn from(value: setGuardianDelayCall) -> Self {
                    (value.delay,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setGuardianDelayCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { delay: tuple.0 }
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
            impl ::core::convert::From<setGuardianDelayReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setGuardianDelayReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setGuardianDelayReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setGuardianDelayReturn {
            fn _tokenize(
                &self,
            ) -> <setGuardianDelayCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setGuardianDelayCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = setGuardianDelayReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setGuardianDelay(uint64)";
            const SELECTOR: [u8; 4] = [89u8, 132u8, 184u8, 80u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                    &self.delay,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setGuardianDelayReturn::_tokenize(ret)
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `trustedForwarder()` and selector `0x7da0a877`.
    ```solidity
    function trustedForwarder() external view returns (address);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct trustedForwarderCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`trustedForwarder()`](trustedForwarderCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct trustedForwarderReturn {
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
            impl ::core::convert::From<trustedForwarderCall> for UnderlyingRustTuple<'_> {
                fn from(value: trustedForwarderCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for trustedForwarderCall {
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
            impl ::core::convert::From<trustedForwarderReturn> for UnderlyingRustTuple<'_> {
                fn from(value: trustedForwarderReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for trustedForwarderReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for trustedForwarderCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "trustedForwarder()";
            const SELECTOR: [u8; 4] = [125u8, 160u8, 168u8, 119u8];
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
                        let r: trustedForwarderReturn = r.into();
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
                    let r: trustedForwarderReturn = r.into();
                    r._0
                })
            }
        }
    };
    ///Container for all the [`AccountRegistry`](self) function calls.
    #[derive(Clone, serde::Serialize, serde::Deserialize)]
    pub enum AccountRegistryCalls {
        #[allow(missing_docs)]
        ATTESTER_ROLE(ATTESTER_ROLECall),
        #[allow(missing_docs)]
        DEFAULT_ADMIN_ROLE(DEFAULT_ADMIN_ROLECall),
        #[allow(missing_docs)]
        MAX_GUARDIANS(MAX_GUARDIANSCall),
        #[allow(missing_docs)]
        MAX_GUARDIAN_DELAY(MAX_GUARDIAN_DELAYCall),
        #[allow(missing_docs)]
        MIN_GUARDIAN_DELAY(MIN_GUARDIAN_DELAYCall),
        #[allow(missing_docs)]
        PARAMS_ROLE(PARAMS_ROLECall),
        #[allow(missing_docs)]
        attestResearcher(attestResearcherCall),
        #[allow(missing_docs)]
        cancelGuardianSet(cancelGuardianSetCall),
        #[allow(missing_docs)]
        encryptionKey(encryptionKeyCall),
        #[allow(missing_docs)]
        encryptionKeyOf(encryptionKeyOfCall),
        #[allow(missing_docs)]
        getRoleAdmin(getRoleAdminCall),
        #[allow(missing_docs)]
        grantRole(grantRoleCall),
        #[allow(missing_docs)]
        guardianDelay(guardianDelayCall),
        #[allow(missing_docs)]
        guardianLeaf(guardianLeafCall),
        #[allow(missing_docs)]
        guardianSet(guardianSetCall),
        #[allow(missing_docs)]
        hasRole(hasRoleCall),
        #[allow(missing_docs)]
        isGuardian(isGuardianCall),
        #[allow(missing_docs)]
        isPatient(isPatientCall),
        #[allow(missing_docs)]
        isTrustedForwarder(isTrustedForwarderCall),
        #[allow(missing_docs)]
        isVerifiedResearcher(isVerifiedResearcherCall),
        #[allow(missing_docs)]
        pendingGuardianSet(pendingGuardianSetCall),
        #[allow(missing_docs)]
        proposeGuardianSet(proposeGuardianSetCall),
        #[allow(missing_docs)]
        register(registerCall),
        #[allow(missing_docs)]
        renounceRole(renounceRoleCall),
        #[allow(missing_docs)]
        revokeResearcher(revokeResearcherCall),
        #[allow(missing_docs)]
        revokeRole(revokeRoleCall),
        #[allow(missing_docs)]
        role(roleCall),
        #[allow(missing_docs)]
        rotateKey(rotateKeyCall),
        #[allow(missing_docs)]
        setGuardianDelay(setGuardianDelayCall),
        #[allow(missing_docs)]
        supportsInterface(supportsInterfaceCall),
        #[allow(missing_docs)]
        trustedForwarder(trustedForwarderCall),
    }
    impl AccountRegistryCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [1u8, 255u8, 201u8, 167u8],
            [5u8, 6u8, 80u8, 225u8],
            [18u8, 33u8, 209u8, 71u8],
            [20u8, 13u8, 7u8, 90u8],
            [32u8, 56u8, 66u8, 30u8],
            [36u8, 138u8, 156u8, 163u8],
            [47u8, 47u8, 241u8, 93u8],
            [47u8, 129u8, 187u8, 88u8],
            [54u8, 86u8, 138u8, 190u8],
            [66u8, 44u8, 29u8, 55u8],
            [79u8, 198u8, 32u8, 66u8],
            [80u8, 143u8, 58u8, 55u8],
            [87u8, 43u8, 108u8, 5u8],
            [89u8, 132u8, 184u8, 80u8],
            [115u8, 241u8, 238u8, 11u8],
            [119u8, 200u8, 197u8, 26u8],
            [125u8, 160u8, 168u8, 119u8],
            [141u8, 250u8, 222u8, 219u8],
            [143u8, 156u8, 121u8, 237u8],
            [145u8, 209u8, 72u8, 84u8],
            [156u8, 91u8, 68u8, 138u8],
            [162u8, 23u8, 253u8, 223u8],
            [162u8, 85u8, 122u8, 206u8],
            [176u8, 223u8, 40u8, 145u8],
            [185u8, 54u8, 128u8, 52u8],
            [187u8, 148u8, 72u8, 225u8],
            [213u8, 71u8, 116u8, 31u8],
            [213u8, 144u8, 248u8, 201u8],
            [215u8, 77u8, 189u8, 45u8],
            [235u8, 165u8, 220u8, 185u8],
            [241u8, 147u8, 16u8, 195u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(supportsInterface),
            ::core::stringify!(cancelGuardianSet),
            ::core::stringify!(MAX_GUARDIAN_DELAY),
            ::core::stringify!(guardianDelay),
            ::core::stringify!(attestResearcher),
            ::core::stringify!(getRoleAdmin),
            ::core::stringify!(grantRole),
            ::core::stringify!(ATTESTER_ROLE),
            ::core::stringify!(renounceRole),
            ::core::stringify!(MAX_GUARDIANS),
            ::core::stringify!(PARAMS_ROLE),
            ::core::stringify!(isVerifiedResearcher),
            ::core::stringify!(isTrustedForwarder),
            ::core::stringify!(setGuardianDelay),
            ::core::stringify!(proposeGuardianSet),
            ::core::stringify!(encryptionKeyOf),
            ::core::stringify!(trustedForwarder),
            ::core::stringify!(encryptionKey),
            ::core::stringify!(isPatient),
            ::core::stringify!(hasRole),
            ::core::stringify!(pendingGuardianSet),
            ::core::stringify!(DEFAULT_ADMIN_ROLE),
            ::core::stringify!(isGuardian),
            ::core::stringify!(guardianSet),
            ::core::stringify!(revokeResearcher),
            ::core::stringify!(register),
            ::core::stringify!(revokeRole),
            ::core::stringify!(role),
            ::core::stringify!(MIN_GUARDIAN_DELAY),
            ::core::stringify!(guardianLeaf),
            ::core::stringify!(rotateKey),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <supportsInterfaceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <cancelGuardianSetCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_GUARDIAN_DELAYCall as alloy_sol_types::SolCall>::SIGNATURE,
            <guardianDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <attestResearcherCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getRoleAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ATTESTER_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <renounceRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_GUARDIANSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <PARAMS_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <isVerifiedResearcherCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isTrustedForwarderCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setGuardianDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proposeGuardianSetCall as alloy_sol_types::SolCall>::SIGNATURE,
            <encryptionKeyOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <trustedForwarderCall as alloy_sol_types::SolCall>::SIGNATURE,
            <encryptionKeyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isPatientCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hasRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pendingGuardianSetCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <isGuardianCall as alloy_sol_types::SolCall>::SIGNATURE,
            <guardianSetCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeResearcherCall as alloy_sol_types::SolCall>::SIGNATURE,
            <registerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <roleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MIN_GUARDIAN_DELAYCall as alloy_sol_types::SolCall>::SIGNATURE,
            <guardianLeafCall as alloy_sol_types::SolCall>::SIGNATURE,
            <rotateKeyCall as alloy_sol_types::SolCall>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for AccountRegistryCalls {
        const NAME: &'static str = "AccountRegistryCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 31usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::ATTESTER_ROLE(_) => <ATTESTER_ROLECall as alloy_sol_types::SolCall>::SELECTOR,
                Self::DEFAULT_ADMIN_ROLE(_) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_GUARDIANS(_) => <MAX_GUARDIANSCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::MAX_GUARDIAN_DELAY(_) => {
                    <MAX_GUARDIAN_DELAYCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MIN_GUARDIAN_DELAY(_) => {
                    <MIN_GUARDIAN_DELAYCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::PARAMS_ROLE(_) => <PARAMS_ROLECall as alloy_sol_types::SolCall>::SELECTOR,
                Self::attestResearcher(_) => {
                    <attestResearcherCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::cancelGuardianSet(_) => {
                    <cancelGuardianSetCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::encryptionKey(_) => <encryptionKeyCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::encryptionKeyOf(_) => {
                    <encryptionKeyOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getRoleAdmin(_) => <getRoleAdminCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::grantRole(_) => <grantRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::guardianDelay(_) => <guardianDelayCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::guardianLeaf(_) => <guardianLeafCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::guardianSet(_) => <guardianSetCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::hasRole(_) => <hasRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isGuardian(_) => <isGuardianCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isPatient(_) => <isPatientCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isTrustedForwarder(_) => {
                    <isTrustedForwarderCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::isVerifiedResearcher(_) => {
                    <isVerifiedResearcherCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::pendingGuardianSet(_) => {
                    <pendingGuardianSetCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::proposeGuardianSet(_) => {
                    <proposeGuardianSetCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::register(_) => <registerCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::renounceRole(_) => <renounceRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::revokeResearcher(_) => {
                    <revokeResearcherCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::revokeRole(_) => <revokeRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::role(_) => <roleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::rotateKey(_) => <rotateKeyCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::setGuardianDelay(_) => {
                    <setGuardianDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::supportsInterface(_) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::trustedForwarder(_) => {
                    <trustedForwarderCall as alloy_sol_types::SolCall>::SELECTOR
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
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<AccountRegistryCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn cancelGuardianSet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <cancelGuardianSetCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::cancelGuardianSet)
                    }
                    cancelGuardianSet
                },
                {
                    fn MAX_GUARDIAN_DELAY(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <MAX_GUARDIAN_DELAYCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::MAX_GUARDIAN_DELAY)
                    }
                    MAX_GUARDIAN_DELAY
                },
                {
                    fn guardianDelay(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <guardianDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::guardianDelay)
                    }
                    guardianDelay
                },
                {
                    fn attestResearcher(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <attestResearcherCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::attestResearcher)
                    }
                    attestResearcher
                },
                {
                    fn getRoleAdmin(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn grantRole(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn ATTESTER_ROLE(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <ATTESTER_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::ATTESTER_ROLE)
                    }
                    ATTESTER_ROLE
                },
                {
                    fn renounceRole(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn MAX_GUARDIANS(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <MAX_GUARDIANSCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::MAX_GUARDIANS)
                    }
                    MAX_GUARDIANS
                },
                {
                    fn PARAMS_ROLE(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <PARAMS_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::PARAMS_ROLE)
                    }
                    PARAMS_ROLE
                },
                {
                    fn isVerifiedResearcher(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <isVerifiedResearcherCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::isVerifiedResearcher)
                    }
                    isVerifiedResearcher
                },
                {
                    fn isTrustedForwarder(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <isTrustedForwarderCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::isTrustedForwarder)
                    }
                    isTrustedForwarder
                },
                {
                    fn setGuardianDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <setGuardianDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::setGuardianDelay)
                    }
                    setGuardianDelay
                },
                {
                    fn proposeGuardianSet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <proposeGuardianSetCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::proposeGuardianSet)
                    }
                    proposeGuardianSet
                },
                {
                    fn encryptionKeyOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <encryptionKeyOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::encryptionKeyOf)
                    }
                    encryptionKeyOf
                },
                {
                    fn trustedForwarder(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <trustedForwarderCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::trustedForwarder)
                    }
                    trustedForwarder
                },
                {
                    fn encryptionKey(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <encryptionKeyCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::encryptionKey)
                    }
                    encryptionKey
                },
                {
                    fn isPatient(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <isPatientCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::isPatient)
                    }
                    isPatient
                },
                {
                    fn hasRole(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn pendingGuardianSet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <pendingGuardianSetCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::pendingGuardianSet)
                    }
                    pendingGuardianSet
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn isGuardian(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <isGuardianCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::isGuardian)
                    }
                    isGuardian
                },
                {
                    fn guardianSet(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <guardianSetCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::guardianSet)
                    }
                    guardianSet
                },
                {
                    fn revokeResearcher(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <revokeResearcherCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::revokeResearcher)
                    }
                    revokeResearcher
                },
                {
                    fn register(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <registerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::register)
                    }
                    register
                },
                {
                    fn revokeRole(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn role(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <roleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::role)
                    }
                    role
                },
                {
                    fn MIN_GUARDIAN_DELAY(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <MIN_GUARDIAN_DELAYCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::MIN_GUARDIAN_DELAY)
                    }
                    MIN_GUARDIAN_DELAY
                },
                {
                    fn guardianLeaf(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <guardianLeafCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::guardianLeaf)
                    }
                    guardianLeaf
                },
                {
                    fn rotateKey(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <rotateKeyCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::rotateKey)
                    }
                    rotateKey
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
                -> alloy_sol_types::Result<AccountRegistryCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AccountRegistryCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn cancelGuardianSet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <cancelGuardianSetCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AccountRegistryCalls::cancelGuardianSet)
                    }
                    cancelGuardianSet
                },
                {
                    fn MAX_GUARDIAN_DELAY(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <MAX_GUARDIAN_DELAYCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AccountRegistryCalls::MAX_GUARDIAN_DELAY)
                    }
                    MAX_GUARDIAN_DELAY
                },
                {
                    fn guardianDelay(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <guardianDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AccountRegistryCalls::guardianDelay)
                    }
                    guardianDelay
                },
                {
                    fn attestResearcher(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <attestResearcherCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AccountRegistryCalls::attestResearcher)
                    }
                    attestResearcher
                },
                {
                    fn getRoleAdmin(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AccountRegistryCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn grantRole(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AccountRegistryCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn ATTESTER_ROLE(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <ATTESTER_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AccountRegistryCalls::ATTESTER_ROLE)
                    }
                    ATTESTER_ROLE
                },
                {
                    fn renounceRole(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AccountRegistryCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn MAX_GUARDIANS(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <MAX_GUARDIANSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AccountRegistryCalls::MAX_GUARDIANS)
                    }
                    MAX_GUARDIANS
                },
                {
                    fn PARAMS_ROLE(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <PARAMS_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AccountRegistryCalls::PARAMS_ROLE)
                    }
                    PARAMS_ROLE
                },
                {
                    fn isVerifiedResearcher(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <isVerifiedResearcherCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AccountRegistryCalls::isVerifiedResearcher)
                    }
                    isVerifiedResearcher
                },
                {
                    fn isTrustedForwarder(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <isTrustedForwarderCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AccountRegistryCalls::isTrustedForwarder)
                    }
                    isTrustedForwarder
                },
                {
                    fn setGuardianDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <setGuardianDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AccountRegistryCalls::setGuardianDelay)
                    }
                    setGuardianDelay
                },
                {
                    fn proposeGuardianSet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <proposeGuardianSetCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AccountRegistryCalls::proposeGuardianSet)
                    }
                    proposeGuardianSet
                },
                {
                    fn encryptionKeyOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <encryptionKeyOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AccountRegistryCalls::encryptionKeyOf)
                    }
                    encryptionKeyOf
                },
                {
                    fn trustedForwarder(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <trustedForwarderCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AccountRegistryCalls::trustedForwarder)
                    }
                    trustedForwarder
                },
                {
                    fn encryptionKey(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <encryptionKeyCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AccountRegistryCalls::encryptionKey)
                    }
                    encryptionKey
                },
                {
                    fn isPatient(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <isPatientCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AccountRegistryCalls::isPatient)
                    }
                    isPatient
                },
                {
                    fn hasRole(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AccountRegistryCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn pendingGuardianSet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <pendingGuardianSetCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AccountRegistryCalls::pendingGuardianSet)
                    }
                    pendingGuardianSet
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AccountRegistryCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn isGuardian(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <isGuardianCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AccountRegistryCalls::isGuardian)
                    }
                    isGuardian
                },
                {
                    fn guardianSet(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <guardianSetCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AccountRegistryCalls::guardianSet)
                    }
                    guardianSet
                },
                {
                    fn revokeResearcher(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <revokeResearcherCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AccountRegistryCalls::revokeResearcher)
                    }
                    revokeResearcher
                },
                {
                    fn register(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <registerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AccountRegistryCalls::register)
                    }
                    register
                },
                {
                    fn revokeRole(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AccountRegistryCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn role(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <roleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AccountRegistryCalls::role)
                    }
                    role
                },
                {
                    fn MIN_GUARDIAN_DELAY(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <MIN_GUARDIAN_DELAYCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AccountRegistryCalls::MIN_GUARDIAN_DELAY)
                    }
                    MIN_GUARDIAN_DELAY
                },
                {
                    fn guardianLeaf(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <guardianLeafCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AccountRegistryCalls::guardianLeaf)
                    }
                    guardianLeaf
                },
                {
                    fn rotateKey(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <rotateKeyCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AccountRegistryCalls::rotateKey)
                    }
                    rotateKey
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
                Self::ATTESTER_ROLE(inner) => {
                    <ATTESTER_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::MAX_GUARDIANS(inner) => {
                    <MAX_GUARDIANSCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::MAX_GUARDIAN_DELAY(inner) => {
                    <MAX_GUARDIAN_DELAYCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::MIN_GUARDIAN_DELAY(inner) => {
                    <MIN_GUARDIAN_DELAYCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::PARAMS_ROLE(inner) => {
                    <PARAMS_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::attestResearcher(inner) => {
                    <attestResearcherCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::cancelGuardianSet(inner) => {
                    <cancelGuardianSetCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::encryptionKey(inner) => {
                    <encryptionKeyCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::encryptionKeyOf(inner) => {
                    <encryptionKeyOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getRoleAdmin(inner) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::guardianDelay(inner) => {
                    <guardianDelayCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::guardianLeaf(inner) => {
                    <guardianLeafCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::guardianSet(inner) => {
                    <guardianSetCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isGuardian(inner) => {
                    <isGuardianCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isPatient(inner) => {
                    <isPatientCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isTrustedForwarder(inner) => {
                    <isTrustedForwarderCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isVerifiedResearcher(inner) => {
                    <isVerifiedResearcherCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::pendingGuardianSet(inner) => {
                    <pendingGuardianSetCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::proposeGuardianSet(inner) => {
                    <proposeGuardianSetCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::register(inner) => {
                    <registerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::revokeResearcher(inner) => {
                    <revokeResearcherCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::role(inner) => {
                    <roleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::rotateKey(inner) => {
                    <rotateKeyCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setGuardianDelay(inner) => {
                    <setGuardianDelayCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::trustedForwarder(inner) => {
                    <trustedForwarderCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::ATTESTER_ROLE(inner) => {
                    <ATTESTER_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::MAX_GUARDIANS(inner) => {
                    <MAX_GUARDIANSCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::MAX_GUARDIAN_DELAY(inner) => {
                    <MAX_GUARDIAN_DELAYCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::MIN_GUARDIAN_DELAY(inner) => {
                    <MIN_GUARDIAN_DELAYCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::PARAMS_ROLE(inner) => {
                    <PARAMS_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::attestResearcher(inner) => {
                    <attestResearcherCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::cancelGuardianSet(inner) => {
                    <cancelGuardianSetCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::encryptionKey(inner) => {
                    <encryptionKeyCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::encryptionKeyOf(inner) => {
                    <encryptionKeyOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::getRoleAdmin(inner) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::guardianDelay(inner) => {
                    <guardianDelayCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::guardianLeaf(inner) => {
                    <guardianLeafCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::guardianSet(inner) => {
                    <guardianSetCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::isGuardian(inner) => {
                    <isGuardianCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::isPatient(inner) => {
                    <isPatientCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::isTrustedForwarder(inner) => {
                    <isTrustedForwarderCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::isVerifiedResearcher(inner) => {
                    <isVerifiedResearcherCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::pendingGuardianSet(inner) => {
                    <pendingGuardianSetCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::proposeGuardianSet(inner) => {
                    <proposeGuardianSetCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::register(inner) => {
                    <registerCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::revokeResearcher(inner) => {
                    <revokeResearcherCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::role(inner) => {
                    <roleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::rotateKey(inner) => {
                    <rotateKeyCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::setGuardianDelay(inner) => {
                    <setGuardianDelayCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::trustedForwarder(inner) => {
                    <trustedForwarderCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`AccountRegistry`](self) custom errors.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum AccountRegistryErrors {
        #[allow(missing_docs)]
        AccessControlBadConfirmation(AccessControlBadConfirmation),
        #[allow(missing_docs)]
        AccessControlUnauthorizedAccount(AccessControlUnauthorizedAccount),
        #[allow(missing_docs)]
        AlreadyRegistered(AlreadyRegistered),
        #[allow(missing_docs)]
        AlreadyVerified(AlreadyVerified),
        #[allow(missing_docs)]
        GuardianDelayOutOfBounds(GuardianDelayOutOfBounds),
        #[allow(missing_docs)]
        InvalidRole(InvalidRole),
        #[allow(missing_docs)]
        InvalidThreshold(InvalidThreshold),
        #[allow(missing_docs)]
        MalformedKey(MalformedKey),
        #[allow(missing_docs)]
        NoPendingGuardians(NoPendingGuardians),
        #[allow(missing_docs)]
        NotPatient(NotPatient),
        #[allow(missing_docs)]
        NotRegistered(NotRegistered),
        #[allow(missing_docs)]
        NotResearcher(NotResearcher),
        #[allow(missing_docs)]
        NotVerified(NotVerified),
        #[allow(missing_docs)]
        TooManyGuardians(TooManyGuardians),
    }
    impl AccountRegistryErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [54u8, 158u8, 191u8, 104u8],
            [77u8, 5u8, 102u8, 176u8],
            [89u8, 22u8, 24u8, 210u8],
            [95u8, 73u8, 129u8, 178u8],
            [100u8, 213u8, 112u8, 20u8],
            [102u8, 151u8, 178u8, 50u8],
            [129u8, 188u8, 183u8, 239u8],
            [131u8, 110u8, 244u8, 82u8],
            [177u8, 44u8, 143u8, 145u8],
            [191u8, 198u8, 195u8, 55u8],
            [206u8, 206u8, 176u8, 190u8],
            [217u8, 84u8, 65u8, 106u8],
            [226u8, 81u8, 125u8, 63u8],
            [226u8, 208u8, 230u8, 5u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(NoPendingGuardians),
            ::core::stringify!(NotPatient),
            ::core::stringify!(MalformedKey),
            ::core::stringify!(AlreadyRegistered),
            ::core::stringify!(InvalidThreshold),
            ::core::stringify!(AccessControlBadConfirmation),
            ::core::stringify!(GuardianDelayOutOfBounds),
            ::core::stringify!(AlreadyVerified),
            ::core::stringify!(NotVerified),
            ::core::stringify!(NotRegistered),
            ::core::stringify!(TooManyGuardians),
            ::core::stringify!(InvalidRole),
            ::core::stringify!(AccessControlUnauthorizedAccount),
            ::core::stringify!(NotResearcher),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <NoPendingGuardians as alloy_sol_types::SolError>::SIGNATURE,
            <NotPatient as alloy_sol_types::SolError>::SIGNATURE,
            <MalformedKey as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadyRegistered as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidThreshold as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlBadConfirmation as alloy_sol_types::SolError>::SIGNATURE,
            <GuardianDelayOutOfBounds as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadyVerified as alloy_sol_types::SolError>::SIGNATURE,
            <NotVerified as alloy_sol_types::SolError>::SIGNATURE,
            <NotRegistered as alloy_sol_types::SolError>::SIGNATURE,
            <TooManyGuardians as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidRole as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SIGNATURE,
            <NotResearcher as alloy_sol_types::SolError>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for AccountRegistryErrors {
        const NAME: &'static str = "AccountRegistryErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 14usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AccessControlBadConfirmation(_) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AccessControlUnauthorizedAccount(_) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AlreadyRegistered(_) => {
                    <AlreadyRegistered as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AlreadyVerified(_) => {
                    <AlreadyVerified as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GuardianDelayOutOfBounds(_) => {
                    <GuardianDelayOutOfBounds as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidRole(_) => <InvalidRole as alloy_sol_types::SolError>::SELECTOR,
                Self::InvalidThreshold(_) => {
                    <InvalidThreshold as alloy_sol_types::SolError>::SELECTOR
                }
                Self::MalformedKey(_) => <MalformedKey as alloy_sol_types::SolError>::SELECTOR,
                Self::NoPendingGuardians(_) => {
                    <NoPendingGuardians as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotPatient(_) => <NotPatient as alloy_sol_types::SolError>::SELECTOR,
                Self::NotRegistered(_) => <NotRegistered as alloy_sol_types::SolError>::SELECTOR,
                Self::NotResearcher(_) => <NotResearcher as alloy_sol_types::SolError>::SELECTOR,
                Self::NotVerified(_) => <NotVerified as alloy_sol_types::SolError>::SELECTOR,
                Self::TooManyGuardians(_) => {
                    <TooManyGuardians as alloy_sol_types::SolError>::SELECTOR
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
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<AccountRegistryErrors>] = &[
                {
                    fn NoPendingGuardians(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <NoPendingGuardians as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AccountRegistryErrors::NoPendingGuardians)
                    }
                    NoPendingGuardians
                },
                {
                    fn NotPatient(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <NotPatient as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AccountRegistryErrors::NotPatient)
                    }
                    NotPatient
                },
                {
                    fn MalformedKey(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <MalformedKey as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AccountRegistryErrors::MalformedKey)
                    }
                    MalformedKey
                },
                {
                    fn AlreadyRegistered(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <AlreadyRegistered as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AccountRegistryErrors::AlreadyRegistered)
                    }
                    AlreadyRegistered
                },
                {
                    fn InvalidThreshold(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <InvalidThreshold as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AccountRegistryErrors::InvalidThreshold)
                    }
                    InvalidThreshold
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw(
                            data,
                        )
                        .map(AccountRegistryErrors::AccessControlBadConfirmation)
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn GuardianDelayOutOfBounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <GuardianDelayOutOfBounds as alloy_sol_types::SolError>::abi_decode_raw(
                            data,
                        )
                        .map(AccountRegistryErrors::GuardianDelayOutOfBounds)
                    }
                    GuardianDelayOutOfBounds
                },
                {
                    fn AlreadyVerified(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <AlreadyVerified as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AccountRegistryErrors::AlreadyVerified)
                    }
                    AlreadyVerified
                },
                {
                    fn NotVerified(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <NotVerified as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AccountRegistryErrors::NotVerified)
                    }
                    NotVerified
                },
                {
                    fn NotRegistered(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <NotRegistered as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AccountRegistryErrors::NotRegistered)
                    }
                    NotRegistered
                },
                {
                    fn TooManyGuardians(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <TooManyGuardians as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AccountRegistryErrors::TooManyGuardians)
                    }
                    TooManyGuardians
                },
                {
                    fn InvalidRole(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <InvalidRole as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AccountRegistryErrors::InvalidRole)
                    }
                    InvalidRole
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AccountRegistryErrors::AccessControlUnauthorizedAccount)
                    }
                    AccessControlUnauthorizedAccount
                },
                {
                    fn NotResearcher(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <NotResearcher as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AccountRegistryErrors::NotResearcher)
                    }
                    NotResearcher
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
            ) -> alloy_sol_types::Result<
                AccountRegistryErrors,
            >] = &[
                {
                    fn NoPendingGuardians(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <NoPendingGuardians as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AccountRegistryErrors::NoPendingGuardians)
                    }
                    NoPendingGuardians
                },
                {
                    fn NotPatient(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <NotPatient as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(AccountRegistryErrors::NotPatient)
                    }
                    NotPatient
                },
                {
                    fn MalformedKey(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <MalformedKey as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(AccountRegistryErrors::MalformedKey)
                    }
                    MalformedKey
                },
                {
                    fn AlreadyRegistered(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <AlreadyRegistered as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AccountRegistryErrors::AlreadyRegistered)
                    }
                    AlreadyRegistered
                },
                {
                    fn InvalidThreshold(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <InvalidThreshold as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AccountRegistryErrors::InvalidThreshold)
                    }
                    InvalidThreshold
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AccountRegistryErrors::AccessControlBadConfirmation)
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn GuardianDelayOutOfBounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <GuardianDelayOutOfBounds as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AccountRegistryErrors::GuardianDelayOutOfBounds)
                    }
                    GuardianDelayOutOfBounds
                },
                {
                    fn AlreadyVerified(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <AlreadyVerified as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AccountRegistryErrors::AlreadyVerified)
                    }
                    AlreadyVerified
                },
                {
                    fn NotVerified(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <NotVerified as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(AccountRegistryErrors::NotVerified)
                    }
                    NotVerified
                },
                {
                    fn NotRegistered(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <NotRegistered as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(AccountRegistryErrors::NotRegistered)
                    }
                    NotRegistered
                },
                {
                    fn TooManyGuardians(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <TooManyGuardians as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AccountRegistryErrors::TooManyGuardians)
                    }
                    TooManyGuardians
                },
                {
                    fn InvalidRole(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <InvalidRole as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(AccountRegistryErrors::InvalidRole)
                    }
                    InvalidRole
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AccountRegistryErrors::AccessControlUnauthorizedAccount)
                    }
                    AccessControlUnauthorizedAccount
                },
                {
                    fn NotResearcher(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <NotResearcher as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(AccountRegistryErrors::NotResearcher)
                    }
                    NotResearcher
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
                Self::AccessControlUnauthorizedAccount(inner) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::AlreadyRegistered(inner) => {
                    <AlreadyRegistered as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::AlreadyVerified(inner) => {
                    <AlreadyVerified as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GuardianDelayOutOfBounds(inner) => {
                    <GuardianDelayOutOfBounds as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidRole(inner) => {
                    <InvalidRole as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidThreshold(inner) => {
                    <InvalidThreshold as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MalformedKey(inner) => {
                    <MalformedKey as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NoPendingGuardians(inner) => {
                    <NoPendingGuardians as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotPatient(inner) => {
                    <NotPatient as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotRegistered(inner) => {
                    <NotRegistered as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotResearcher(inner) => {
                    <NotResearcher as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotVerified(inner) => {
                    <NotVerified as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::TooManyGuardians(inner) => {
                    <TooManyGuardians as alloy_sol_types::SolError>::abi_encoded_size(
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
                        inner, out,
                    )
                }
                Self::AccessControlUnauthorizedAccount(inner) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::AlreadyRegistered(inner) => {
                    <AlreadyRegistered as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::AlreadyVerified(inner) => {
                    <AlreadyVerified as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::GuardianDelayOutOfBounds(inner) => {
                    <GuardianDelayOutOfBounds as alloy_sol_types::SolError>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::InvalidRole(inner) => {
                    <InvalidRole as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidThreshold(inner) => {
                    <InvalidThreshold as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::MalformedKey(inner) => {
                    <MalformedKey as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NoPendingGuardians(inner) => {
                    <NoPendingGuardians as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotPatient(inner) => {
                    <NotPatient as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotRegistered(inner) => {
                    <NotRegistered as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotResearcher(inner) => {
                    <NotResearcher as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotVerified(inner) => {
                    <NotVerified as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::TooManyGuardians(inner) => {
                    <TooManyGuardians as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`AccountRegistry`](self) events.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum AccountRegistryEvents {
        #[allow(missing_docs)]
        EncryptionKeySet(EncryptionKeySet),
        #[allow(missing_docs)]
        GuardianDelaySet(GuardianDelaySet),
        #[allow(missing_docs)]
        GuardianSetCancelled(GuardianSetCancelled),
        #[allow(missing_docs)]
        GuardianSetProposed(GuardianSetProposed),
        #[allow(missing_docs)]
        Registered(Registered),
        #[allow(missing_docs)]
        ResearcherRevoked(ResearcherRevoked),
        #[allow(missing_docs)]
        ResearcherVerified(ResearcherVerified),
        #[allow(missing_docs)]
        RoleAdminChanged(RoleAdminChanged),
        #[allow(missing_docs)]
        RoleGranted(RoleGranted),
        #[allow(missing_docs)]
        RoleRevoked(RoleRevoked),
    }
    impl AccountRegistryEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                1u8, 4u8, 218u8, 234u8, 207u8, 57u8, 222u8, 20u8, 89u8, 96u8, 29u8, 61u8, 214u8,
                121u8, 102u8, 77u8, 219u8, 227u8, 253u8, 91u8, 165u8, 79u8, 6u8, 171u8, 144u8,
                161u8, 55u8, 37u8, 164u8, 48u8, 195u8, 113u8,
            ],
            [
                44u8, 239u8, 94u8, 230u8, 75u8, 94u8, 164u8, 132u8, 106u8, 141u8, 28u8, 46u8,
                167u8, 228u8, 61u8, 198u8, 188u8, 115u8, 148u8, 223u8, 193u8, 173u8, 233u8, 14u8,
                225u8, 121u8, 93u8, 137u8, 88u8, 165u8, 115u8, 218u8,
            ],
            [
                47u8, 135u8, 136u8, 17u8, 126u8, 126u8, 255u8, 29u8, 130u8, 233u8, 38u8, 236u8,
                121u8, 73u8, 1u8, 209u8, 124u8, 120u8, 2u8, 74u8, 80u8, 39u8, 9u8, 64u8, 48u8,
                69u8, 64u8, 167u8, 51u8, 101u8, 111u8, 13u8,
            ],
            [
                79u8, 99u8, 241u8, 81u8, 194u8, 47u8, 132u8, 84u8, 254u8, 202u8, 0u8, 104u8, 1u8,
                34u8, 133u8, 10u8, 216u8, 206u8, 127u8, 39u8, 162u8, 135u8, 60u8, 186u8, 39u8,
                203u8, 63u8, 65u8, 206u8, 103u8, 108u8, 7u8,
            ],
            [
                110u8, 86u8, 80u8, 85u8, 234u8, 107u8, 108u8, 18u8, 82u8, 180u8, 91u8, 39u8, 191u8,
                163u8, 138u8, 36u8, 34u8, 13u8, 240u8, 184u8, 4u8, 0u8, 234u8, 89u8, 127u8, 147u8,
                19u8, 203u8, 65u8, 52u8, 58u8, 45u8,
            ],
            [
                161u8, 253u8, 50u8, 105u8, 225u8, 201u8, 220u8, 90u8, 234u8, 118u8, 37u8, 30u8,
                105u8, 250u8, 99u8, 179u8, 145u8, 199u8, 239u8, 198u8, 180u8, 206u8, 51u8, 15u8,
                80u8, 232u8, 205u8, 88u8, 154u8, 89u8, 22u8, 241u8,
            ],
            [
                181u8, 196u8, 64u8, 172u8, 150u8, 25u8, 28u8, 97u8, 219u8, 28u8, 255u8, 98u8,
                184u8, 174u8, 96u8, 9u8, 213u8, 203u8, 39u8, 160u8, 167u8, 123u8, 183u8, 253u8,
                89u8, 191u8, 223u8, 109u8, 212u8, 145u8, 35u8, 8u8,
            ],
            [
                189u8, 121u8, 184u8, 111u8, 254u8, 10u8, 184u8, 232u8, 119u8, 97u8, 81u8, 81u8,
                66u8, 23u8, 205u8, 124u8, 172u8, 213u8, 44u8, 144u8, 159u8, 102u8, 71u8, 92u8,
                58u8, 244u8, 78u8, 18u8, 159u8, 11u8, 0u8, 255u8,
            ],
            [
                213u8, 214u8, 155u8, 170u8, 221u8, 182u8, 216u8, 214u8, 162u8, 221u8, 112u8, 243u8,
                133u8, 133u8, 1u8, 45u8, 48u8, 246u8, 138u8, 121u8, 70u8, 27u8, 126u8, 80u8, 87u8,
                200u8, 222u8, 187u8, 17u8, 78u8, 64u8, 65u8,
            ],
            [
                246u8, 57u8, 31u8, 92u8, 50u8, 217u8, 198u8, 157u8, 42u8, 71u8, 234u8, 103u8, 11u8,
                68u8, 41u8, 116u8, 181u8, 57u8, 53u8, 209u8, 237u8, 199u8, 253u8, 100u8, 235u8,
                33u8, 224u8, 71u8, 168u8, 57u8, 23u8, 27u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(GuardianSetCancelled),
            ::core::stringify!(EncryptionKeySet),
            ::core::stringify!(RoleGranted),
            ::core::stringify!(ResearcherVerified),
            ::core::stringify!(GuardianSetProposed),
            ::core::stringify!(GuardianDelaySet),
            ::core::stringify!(ResearcherRevoked),
            ::core::stringify!(RoleAdminChanged),
            ::core::stringify!(Registered),
            ::core::stringify!(RoleRevoked),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <GuardianSetCancelled as alloy_sol_types::SolEvent>::SIGNATURE,
            <EncryptionKeySet as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE,
            <ResearcherVerified as alloy_sol_types::SolEvent>::SIGNATURE,
            <GuardianSetProposed as alloy_sol_types::SolEvent>::SIGNATURE,
            <GuardianDelaySet as alloy_sol_types::SolEvent>::SIGNATURE,
            <ResearcherRevoked as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <Registered as alloy_sol_types::SolEvent>::SIGNATURE,
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
    impl alloy_sol_types::SolEventInterface for AccountRegistryEvents {
        const NAME: &'static str = "AccountRegistryEvents";
        const COUNT: usize = 10usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<EncryptionKeySet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <EncryptionKeySet as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::EncryptionKeySet)
                }
                Some(<GuardianDelaySet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <GuardianDelaySet as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::GuardianDelaySet)
                }
                Some(<GuardianSetCancelled as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <GuardianSetCancelled as alloy_sol_types::SolEvent>::decode_raw_log(
                        topics, data,
                    )
                    .map(Self::GuardianSetCancelled)
                }
                Some(<GuardianSetProposed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <GuardianSetProposed as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::GuardianSetProposed)
                }
                Some(<Registered as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Registered as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Registered)
                }
                Some(<ResearcherRevoked as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ResearcherRevoked as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::ResearcherRevoked)
                }
                Some(<ResearcherVerified as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ResearcherVerified as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::ResearcherVerified)
                }
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
    impl alloy_sol_types::private::IntoLogData for AccountRegistryEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::EncryptionKeySet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::GuardianDelaySet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::GuardianSetCancelled(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::GuardianSetProposed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Registered(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ResearcherRevoked(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ResearcherVerified(inner) => {
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
                Self::EncryptionKeySet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::GuardianDelaySet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::GuardianSetCancelled(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::GuardianSetProposed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Registered(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ResearcherRevoked(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ResearcherVerified(inner) => {
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
    /**Creates a new wrapper around an on-chain [`AccountRegistry`](self) contract instance.

    See the [wrapper's documentation](`AccountRegistryInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> AccountRegistryInstance<P, N> {
        AccountRegistryInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

    Returns a new instance of the contract, if the deployment was successful.

    For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        __provider: P,
        admin: alloy::sol_types::private::Address,
        forwarder: alloy::sol_types::private::Address,
        guardianDelay_: u64,
    ) -> impl ::core::future::Future<Output = alloy_contract::Result<AccountRegistryInstance<P, N>>>
    {
        AccountRegistryInstance::<P, N>::deploy(__provider, admin, forwarder, guardianDelay_)
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
        forwarder: alloy::sol_types::private::Address,
        guardianDelay_: u64,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        AccountRegistryInstance::<P, N>::deploy_builder(
            __provider,
            admin,
            forwarder,
            guardianDelay_,
        )
    }
    /**A [`AccountRegistry`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`AccountRegistry`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct AccountRegistryInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for AccountRegistryInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("AccountRegistryInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        AccountRegistryInstance<P, N>
    {
        /**Creates a new wrapper around an on-chain [`AccountRegistry`](self) contract instance.

        See the [wrapper's documentation](`AccountRegistryInstance`) for more details.*/
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
            forwarder: alloy::sol_types::private::Address,
            guardianDelay_: u64,
        ) -> alloy_contract::Result<AccountRegistryInstance<P, N>> {
            let call_builder = Self::deploy_builder(__provider, admin, forwarder, guardianDelay_);
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
            forwarder: alloy::sol_types::private::Address,
            guardianDelay_: u64,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(&constructorCall {
                        admin,
                        forwarder,
                        guardianDelay_,
                    })[..],
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
    impl<P: ::core::clone::Clone, N> AccountRegistryInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> AccountRegistryInstance<P, N> {
            AccountRegistryInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        AccountRegistryInstance<P, N>
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
        ///Creates a new call builder for the [`ATTESTER_ROLE`] function.
        pub fn ATTESTER_ROLE(&self) -> alloy_contract::SolCallBuilder<&P, ATTESTER_ROLECall, N> {
            self.call_builder(&ATTESTER_ROLECall)
        }
        ///Creates a new call builder for the [`DEFAULT_ADMIN_ROLE`] function.
        pub fn DEFAULT_ADMIN_ROLE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_ADMIN_ROLECall, N> {
            self.call_builder(&DEFAULT_ADMIN_ROLECall)
        }
        ///Creates a new call builder for the [`MAX_GUARDIANS`] function.
        pub fn MAX_GUARDIANS(&self) -> alloy_contract::SolCallBuilder<&P, MAX_GUARDIANSCall, N> {
            self.call_builder(&MAX_GUARDIANSCall)
        }
        ///Creates a new call builder for the [`MAX_GUARDIAN_DELAY`] function.
        pub fn MAX_GUARDIAN_DELAY(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_GUARDIAN_DELAYCall, N> {
            self.call_builder(&MAX_GUARDIAN_DELAYCall)
        }
        ///Creates a new call builder for the [`MIN_GUARDIAN_DELAY`] function.
        pub fn MIN_GUARDIAN_DELAY(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MIN_GUARDIAN_DELAYCall, N> {
            self.call_builder(&MIN_GUARDIAN_DELAYCall)
        }
        ///Creates a new call builder for the [`PARAMS_ROLE`] function.
        pub fn PARAMS_ROLE(&self) -> alloy_contract::SolCallBuilder<&P, PARAMS_ROLECall, N> {
            self.call_builder(&PARAMS_ROLECall)
        }
        ///Creates a new call builder for the [`attestResearcher`] function.
        pub fn attestResearcher(
            &self,
            researcher: alloy::sol_types::private::Address,
            attestation: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, attestResearcherCall, N> {
            self.call_builder(&attestResearcherCall { researcher, attestation })
        }
        ///Creates a new call builder for the [`cancelGuardianSet`] function.
        pub fn cancelGuardianSet(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, cancelGuardianSetCall, N> {
            self.call_builder(&cancelGuardianSetCall)
        }
        ///Creates a new call builder for the [`encryptionKey`] function.
        pub fn encryptionKey(
            &self,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, encryptionKeyCall, N> {
            self.call_builder(&encryptionKeyCall { account })
        }
        ///Creates a new call builder for the [`encryptionKeyOf`] function.
        pub fn encryptionKeyOf(
            &self,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, encryptionKeyOfCall, N> {
            self.call_builder(&encryptionKeyOfCall { account })
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
        ///Creates a new call builder for the [`guardianDelay`] function.
        pub fn guardianDelay(&self) -> alloy_contract::SolCallBuilder<&P, guardianDelayCall, N> {
            self.call_builder(&guardianDelayCall)
        }
        ///Creates a new call builder for the [`guardianLeaf`] function.
        pub fn guardianLeaf(
            &self,
            controller: alloy::sol_types::private::Address,
            guardian: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, guardianLeafCall, N> {
            self.call_builder(&guardianLeafCall { controller, guardian })
        }
        ///Creates a new call builder for the [`guardianSet`] function.
        pub fn guardianSet(
            &self,
            controller: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, guardianSetCall, N> {
            self.call_builder(&guardianSetCall { controller })
        }
        ///Creates a new call builder for the [`hasRole`] function.
        pub fn hasRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, hasRoleCall, N> {
            self.call_builder(&hasRoleCall { role, account })
        }
        ///Creates a new call builder for the [`isGuardian`] function.
        pub fn isGuardian(
            &self,
            controller: alloy::sol_types::private::Address,
            guardian: alloy::sol_types::private::Address,
            proof: alloy::sol_types::private::Vec<alloy::sol_types::private::FixedBytes<32>>,
        ) -> alloy_contract::SolCallBuilder<&P, isGuardianCall, N> {
            self.call_builder(&isGuardianCall { controller, guardian, proof })
        }
        ///Creates a new call builder for the [`isPatient`] function.
        pub fn isPatient(
            &self,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, isPatientCall, N> {
            self.call_builder(&isPatientCall { account })
        }
        ///Creates a new call builder for the [`isTrustedForwarder`] function.
        pub fn isTrustedForwarder(
            &self,
            forwarder: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, isTrustedForwarderCall, N> {
            self.call_builder(&isTrustedForwarderCall { forwarder })
        }
        ///Creates a new call builder for the [`isVerifiedResearcher`] function.
        pub fn isVerifiedResearcher(
            &self,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, isVerifiedResearcherCall, N> {
            self.call_builder(&isVerifiedResearcherCall { account })
        }
        ///Creates a new call builder for the [`pendingGuardianSet`] function.
        pub fn pendingGuardianSet(
            &self,
            controller: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, pendingGuardianSetCall, N> {
            self.call_builder(&pendingGuardianSetCall { controller })
        }
        ///Creates a new call builder for the [`proposeGuardianSet`] function.
        pub fn proposeGuardianSet(
            &self,
            root: alloy::sol_types::private::FixedBytes<32>,
            size: u8,
            threshold: u8,
        ) -> alloy_contract::SolCallBuilder<&P, proposeGuardianSetCall, N> {
            self.call_builder(&proposeGuardianSetCall { root, size, threshold })
        }
        ///Creates a new call builder for the [`register`] function.
        pub fn register(
            &self,
            role_: <IAccountRegistry::Role as alloy::sol_types::SolType>::RustType,
            key: alloy::sol_types::private::Bytes,
            commitment: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, registerCall, N> {
            self.call_builder(&registerCall { role_, key, commitment })
        }
        ///Creates a new call builder for the [`renounceRole`] function.
        pub fn renounceRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            callerConfirmation: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, renounceRoleCall, N> {
            self.call_builder(&renounceRoleCall { role, callerConfirmation })
        }
        ///Creates a new call builder for the [`revokeResearcher`] function.
        pub fn revokeResearcher(
            &self,
            researcher: alloy::sol_types::private::Address,
            reason: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, revokeResearcherCall, N> {
            self.call_builder(&revokeResearcherCall { researcher, reason })
        }
        ///Creates a new call builder for the [`revokeRole`] function.
        pub fn revokeRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, revokeRoleCall, N> {
            self.call_builder(&revokeRoleCall { role, account })
        }
        ///Creates a new call builder for the [`role`] function.
        pub fn role(
            &self,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, roleCall, N> {
            self.call_builder(&roleCall { account })
        }
        ///Creates a new call builder for the [`rotateKey`] function.
        pub fn rotateKey(
            &self,
            key: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, rotateKeyCall, N> {
            self.call_builder(&rotateKeyCall { key })
        }
        ///Creates a new call builder for the [`setGuardianDelay`] function.
        pub fn setGuardianDelay(
            &self,
            delay: u64,
        ) -> alloy_contract::SolCallBuilder<&P, setGuardianDelayCall, N> {
            self.call_builder(&setGuardianDelayCall { delay })
        }
        ///Creates a new call builder for the [`supportsInterface`] function.
        pub fn supportsInterface(
            &self,
            interfaceId: alloy::sol_types::private::FixedBytes<4>,
        ) -> alloy_contract::SolCallBuilder<&P, supportsInterfaceCall, N> {
            self.call_builder(&supportsInterfaceCall { interfaceId })
        }
        ///Creates a new call builder for the [`trustedForwarder`] function.
        pub fn trustedForwarder(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, trustedForwarderCall, N> {
            self.call_builder(&trustedForwarderCall)
        }
    }
    /// Event filters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        AccountRegistryInstance<P, N>
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
        ///Creates a new event filter for the [`EncryptionKeySet`] event.
        pub fn EncryptionKeySet_filter(&self) -> alloy_contract::Event<&P, EncryptionKeySet, N> {
            self.event_filter::<EncryptionKeySet>()
        }
        ///Creates a new event filter for the [`GuardianDelaySet`] event.
        pub fn GuardianDelaySet_filter(&self) -> alloy_contract::Event<&P, GuardianDelaySet, N> {
            self.event_filter::<GuardianDelaySet>()
        }
        ///Creates a new event filter for the [`GuardianSetCancelled`] event.
        pub fn GuardianSetCancelled_filter(
            &self,
        ) -> alloy_contract::Event<&P, GuardianSetCancelled, N> {
            self.event_filter::<GuardianSetCancelled>()
        }
        ///Creates a new event filter for the [`GuardianSetProposed`] event.
        pub fn GuardianSetProposed_filter(
            &self,
        ) -> alloy_contract::Event<&P, GuardianSetProposed, N> {
            self.event_filter::<GuardianSetProposed>()
        }
        ///Creates a new event filter for the [`Registered`] event.
        pub fn Registered_filter(&self) -> alloy_contract::Event<&P, Registered, N> {
            self.event_filter::<Registered>()
        }
        ///Creates a new event filter for the [`ResearcherRevoked`] event.
        pub fn ResearcherRevoked_filter(&self) -> alloy_contract::Event<&P, ResearcherRevoked, N> {
            self.event_filter::<ResearcherRevoked>()
        }
        ///Creates a new event filter for the [`ResearcherVerified`] event.
        pub fn ResearcherVerified_filter(
            &self,
        ) -> alloy_contract::Event<&P, ResearcherVerified, N> {
            self.event_filter::<ResearcherVerified>()
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
