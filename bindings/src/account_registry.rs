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
    error InvalidGuardian(address guardian);
    error InvalidRole();
    error InvalidThreshold(uint8 threshold, uint256 count);
    error MalformedKey(bytes key);
    error NoPendingGuardians(address patient);
    error NotPatient(address account);
    error NotRegistered(address account);
    error NotResearcher(address account);
    error NotVerified(address researcher);
    error TooManyGuardians(uint256 count, uint256 max);

    event EncryptionKeySet(address indexed account, bytes key, uint32 epoch);
    event GuardianDelaySet(uint64 delay);
    event GuardiansCancelled(address indexed patient);
    event GuardiansProposed(address indexed patient, address[] guardians, uint8 threshold, uint64 effectiveAt);
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
    function cancelGuardians() external;
    function encryptionKey(address account) external view returns (bytes memory);
    function encryptionKeyOf(address account) external view returns (bytes memory key, uint32 epoch);
    function getRoleAdmin(bytes32 role) external view returns (bytes32);
    function grantRole(bytes32 role, address account) external;
    function guardianDelay() external view returns (uint64);
    function guardians(address patient) external view returns (address[] memory set, uint8 threshold);
    function hasRole(bytes32 role, address account) external view returns (bool);
    function isGuardian(address patient, address account) external view returns (bool);
    function isPatient(address account) external view returns (bool);
    function isTrustedForwarder(address forwarder) external view returns (bool);
    function isVerifiedResearcher(address account) external view returns (bool);
    function pendingGuardians(address patient) external view returns (address[] memory set, uint8 threshold, uint64 effectiveAt);
    function proposeGuardians(address[] memory set, uint8 threshold) external returns (uint64 effectiveAt);
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
    "name": "cancelGuardians",
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
    "name": "guardians",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "set",
        "type": "address[]",
        "internalType": "address[]"
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
        "name": "patient",
        "type": "address",
        "internalType": "address"
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
    "name": "pendingGuardians",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "set",
        "type": "address[]",
        "internalType": "address[]"
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
    "name": "proposeGuardians",
    "inputs": [
      {
        "name": "set",
        "type": "address[]",
        "internalType": "address[]"
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
    "name": "GuardiansCancelled",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "GuardiansProposed",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "guardians",
        "type": "address[]",
        "indexed": false,
        "internalType": "address[]"
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
    "name": "InvalidGuardian",
    "inputs": [
      {
        "name": "guardian",
        "type": "address",
        "internalType": "address"
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
        "name": "patient",
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
    ///0x60a060405234801561000f575f5ffd5b506040516125bf3803806125bf83398101604081905261002e9161024b565b6001600160a01b0382166080526100455f84610057565b5061004f81610101565b5050506102fa565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166100f8575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100b06101b7565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016100fb565b505f5b92915050565b610e106001600160401b0382161080610125575062278d006001600160401b038216115b15610163576040516381bcb7ef60e01b81526001600160401b0382166004820152610e10602482015262278d00604482015260640160405180910390fd5b600380546001600160401b0319166001600160401b0383169081179091556040519081527fa1fd3269e1c9dc5aea76251e69fa63b391c7efc6b4ce330f50e8cd589a5916f19060200160405180910390a150565b5f6101c06101c5565b905090565b5f3660148082108015906101dd57506101dd3361020b565b15610203576101f036828403815f61029b565b6101f9916102c2565b60601c9250505090565b339250505090565b5f61021560805190565b6001600160a01b0316826001600160a01b0316149050919050565b80516001600160a01b0381168114610246575f5ffd5b919050565b5f5f5f6060848603121561025d575f5ffd5b61026684610230565b925061027460208501610230565b60408501519092506001600160401b0381168114610290575f5ffd5b809150509250925092565b5f5f858511156102a9575f5ffd5b838611156102b5575f5ffd5b5050820193919092039150565b80356001600160601b031981169060148410156102f3576001600160601b0319601485900360031b81901b82161691505b5092915050565b60805161229f6103205f395f818161038e015281816103ff0152611920015261229f5ff3fe608060405234801561000f575f5ffd5b50600436106101d1575f3560e01c80635984b850116100fe578063b93680341161009e578063d590f8c91161006e578063d590f8c9146104e5578063d74dbd2d14610526578063dfef5e5f1461052f578063f19310c314610537575f5ffd5b8063b936803414610499578063bb9448e1146104ac578063d4ee9734146104bf578063d547741f146104d2575f5ffd5b80638dfadedb116100d95780638dfadedb146104295780638f9c79ed1461044957806391d148541461045c578063a217fddf14610492575f5ffd5b80635984b850146103be57806377c8c51a146103d15780637da0a877146103f2575f5ffd5b80632f2ff15d11610174578063422c1d3711610144578063422c1d371461031a5780634fc6204214610322578063508f3a3714610349578063572b6c051461037e575f5ffd5b80632f2ff15d146102ba5780632f81bb58146102cd57806336568abe146102f4578063388ab2a114610307575f5ffd5b8063140d075a116101af578063140d075a146102415780632038421e14610253578063248a9ca3146102685780632d1836f814610298575f5ffd5b806301ffc9a7146101d55780630633b14a146101fd5780631221d1471461021e575b5f5ffd5b6101e86101e3366004611b86565b61054a565b60405190151581526020015b60405180910390f35b61021061020b366004611be7565b6105e2565b6040516101f4929190611c43565b61022862278d0081565b60405167ffffffffffffffff90911681526020016101f4565b60035467ffffffffffffffff16610228565b610266610261366004611c67565b610678565b005b61028a610276366004611c8f565b5f9081526020819052604090206001015490565b6040519081526020016101f4565b6102ab6102a6366004611be7565b6107f9565b6040516101f493929190611ca6565b6102666102c8366004611cdb565b6108d4565b61028a7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa981565b610266610302366004611cdb565b6108fe565b610228610315366004611d05565b61095f565b61028a600581565b61028a7f4af29447b0b3ab714a8512e6f69c515e9803c066fb6c4e2df49be42a14a63c0d81565b6101e8610357366004611be7565b6001600160a01b03165f908152600160208190526040909120015462010000900460ff1690565b6101e861038c366004611be7565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b6102666103cc366004611d8c565b610ca9565b6103e46103df366004611be7565b610ce0565b6040516101f4929190611dff565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020016101f4565b61043c610437366004611be7565b610d9f565b6040516101f49190611e26565b6101e8610457366004611be7565b610e47565b6101e861046a366004611cdb565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b61028a5f81565b6102666104a7366004611c67565b610e83565b6102666104ba366004611e76565b610f8b565b6101e86104cd366004611ed1565b611195565b6102666104e0366004611cdb565b61121a565b6105196104f3366004611be7565b6001600160a01b03165f9081526001602081905260409091200154610100900460ff1690565b6040516101f49190611f5f565b610228610e1081565b61026661123e565b610266610545366004611f6d565b611338565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806105dc57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b6001600160a01b0381165f90815260026020526040812060609190819061060890611482565b6001810154815460408051602080840282018101909252828152939450849360ff9093169291849183018282801561066757602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610649575b505050505091509250925050915091565b7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa96106a2816114bf565b6001600160a01b0383165f90815260016020526040902060036001820154610100900460ff1660038111156106d9576106d9611ef9565b14610720576040517fe2d0e6050000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024015b60405180910390fd5b600181015462010000900460ff1615610770576040517f836ef4520000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610717565b6001810180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffff16620100001790556107a76114d3565b6001600160a01b0316846001600160a01b03167f4f63f151c22f8454feca00680122850ad8ce7f27a2873cba27cb3f41ce676c07856040516107eb91815260200190565b60405180910390a350505050565b6001600160a01b0381165f908152600260205260408120600481015460609291829167ffffffffffffffff16158061083f5750600481015467ffffffffffffffff164210155b1561085057505f91508190506108cd565b6003810154600482015460028301805460408051602080840282018101909252828152929460ff169367ffffffffffffffff16929185918301828280156108be57602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116108a0575b50505050509250935093509350505b9193909250565b5f828152602081905260409020600101546108ee816114bf565b6108f883836114e1565b50505050565b6109066114d3565b6001600160a01b0316816001600160a01b031614610950576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61095a8282611589565b505050565b5f5f6109696114d3565b905060016001600160a01b0382165f9081526001602081905260409091200154610100900460ff1660038111156109a2576109a2611ef9565b146109e4576040517f4d0566b00000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610717565b836005811115610a2a576040517fceceb0be0000000000000000000000000000000000000000000000000000000081526004810182905260056024820152604401610717565b8015610a475760ff84161580610a425750808460ff16115b610a4e565b60ff841615155b15610a91576040517f64d5701400000000000000000000000000000000000000000000000000000000815260ff8516600482015260248101829052604401610717565b5f5b81811015610bc6575f878783818110610aae57610aae611fac565b9050602002016020810190610ac39190611be7565b90506001600160a01b0381161580610aec5750836001600160a01b0316816001600160a01b0316145b15610b2e576040517ff38d406d0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610717565b5f5b82811015610bbc57816001600160a01b0316898983818110610b5457610b54611fac565b9050602002016020810190610b699190611be7565b6001600160a01b031603610bb4576040517ff38d406d0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610717565b600101610b30565b5050600101610a93565b506001600160a01b0382165f908152600260205260409020610be781611628565b600354610bfe9067ffffffffffffffff1642612006565b9350610c0e600282018888611aa6565b5060038101805460ff191660ff87161790556004810180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff86161790556040516001600160a01b038416907f7b0e99113327af0f0008ac8fe2708c47394e2badd87db81f464b9ce1f697a73790610c97908a908a908a908a90612026565b60405180910390a25050509392505050565b7f4af29447b0b3ab714a8512e6f69c515e9803c066fb6c4e2df49be42a14a63c0d610cd3816114bf565b610cdc826116ca565b5050565b6001600160a01b0381165f90815260016020526040812060609190816001820154610100900460ff166003811115610d1a57610d1a611ef9565b03610d3a575f60405180602001604052805f815250909250925050915091565b600181015490546040805160f884901b7fff0000000000000000000000000000000000000000000000000000000000000016602082015260218082019390935281518082039093018352604101905294630100000090910463ffffffff169350915050565b6001600160a01b0381165f9081526001602052604081206060916001820154610100900460ff166003811115610dd757610dd7611ef9565b03610df157505060408051602081019091525f8152919050565b6001810154815460405160f89290921b7fff000000000000000000000000000000000000000000000000000000000000001660208301526021820152604101604051602081830303815290604052915050919050565b6001600160a01b0381165f9081526001602081905260408220810154610100900460ff166003811115610e7c57610e7c611ef9565b1492915050565b7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa9610ead816114bf565b6001600160a01b0383165f9081526001602081905260409091209081015462010000900460ff16610f15576040517fb12c8f910000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610717565b6001810180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffff169055610f476114d3565b6001600160a01b0316846001600160a01b03167fb5c440ac96191c61db1cff62b8ae6009d5cb27a0a77bb7fd59bfdf6dd4912308856040516107eb91815260200190565b5f610f946114d3565b6001600160a01b0381165f9081526001602052604081209192506001820154610100900460ff166003811115610fcc57610fcc611ef9565b1461101857818160010160019054906101000a900460ff166040517f5f4981b200000000000000000000000000000000000000000000000000000000815260040161071792919061208d565b5f86600381111561102b5761102b611ef9565b03611062576040517fd954416a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f61106e87876117b1565b60018501805492945090925089917fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff166101008360038111156110b3576110b3611ef9565b02179055506001830180548285557fffffffffffffffffffffffffffffffffffffffffffffffffff00000000ffff001660ff841617630100000017905587600381111561110257611102611ef9565b846001600160a01b03167fd5d69baaddb6d8d6a2dd70f38585012d30f68a79461b7e5057c8debb114e40418760405161113d91815260200190565b60405180910390a3836001600160a01b03167f2cef5ee64b5ea4846a8d1c2ea7e43dc6bc7394dfc1ade90ee1795d8958a573da88886001604051611183939291906120f1565b60405180910390a25050505050505050565b6001600160a01b0382165f90815260026020526040812081906111b790611482565b80549091505f5b8181101561120f57846001600160a01b03168382815481106111e2576111e2611fac565b5f918252602090912001546001600160a01b03160361120757600193505050506105dc565b6001016111be565b505f95945050505050565b5f82815260208190526040902060010154611234816114bf565b6108f88383611589565b5f6112476114d3565b6001600160a01b0381165f90815260026020526040902090915061126a81611628565b600481015467ffffffffffffffff165f036112bc576040517f369ebf680000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610717565b600281015f6112cb8282611b1b565b50600101805460ff191690556004810180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001690556040516001600160a01b038316907f38fe77973dccef332ce89e30c8c58b0202c9cd95f466299c4a59e4b4e9ee3b53905f90a25050565b5f6113416114d3565b6001600160a01b0381165f9081526001602052604081209192506001820154610100900460ff16600381111561137957611379611ef9565b036113bb576040517fbfc6c3370000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610717565b5f5f6113c786866117b1565b915091505f8360010160039054906101000a900463ffffffff1660016113ed919061211a565b60018501805484875563ffffffff83166301000000027fffffffffffffffffffffffffffffffffffffffffffffffffff00000000ffff0090911660ff8716171790556040519091506001600160a01b038616907f2cef5ee64b5ea4846a8d1c2ea7e43dc6bc7394dfc1ade90ee1795d8958a573da90611471908a908a9086906120f1565b60405180910390a250505050505050565b60048101545f9067ffffffffffffffff16158015906114af5750600482015467ffffffffffffffff164210155b156114bb575060020190565b5090565b6114d0816114cb6114d3565b6118a4565b50565b5f6114dc61190f565b905090565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16611582575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561153a6114d3565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016105dc565b505f6105dc565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615611582575f838152602081815260408083206001600160a01b03861684529091529020805460ff191690556115e06114d3565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a45060016105dc565b600481015467ffffffffffffffff16158015906116535750600481015467ffffffffffffffff164210155b156114d057600281018054611669918391611b36565b50600381015460018201805460ff191660ff909216919091179055600281015f6116938282611b1b565b50600101805460ff1916905560040180547fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000169055565b610e1067ffffffffffffffff821610806116f0575062278d0067ffffffffffffffff8216115b15611744576040517f81bcb7ef00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152610e10602482015262278d006044820152606401610717565b600380547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff83169081179091556040519081527fa1fd3269e1c9dc5aea76251e69fa63b391c7efc6b4ce330f50e8cd589a5916f19060200160405180910390a150565b5f80602183146117f15783836040517f591618d2000000000000000000000000000000000000000000000000000000008152600401610717929190612136565b83835f81811061180357611803611fac565b919091013560f81c925061181d9050602160018587612151565b61182691612178565b90508160ff1660021415801561184057508160ff16600314155b8061185157506401000003d0198110155b80611862575061186081611979565b155b1561189d5783836040517f591618d2000000000000000000000000000000000000000000000000000000008152600401610717929190612136565b9250929050565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16610cdc576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610717565b5f36601480821080159061194b57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b156119715761195e36828403815f612151565b611967916121b4565b60601c9250505090565b339250505090565b5f806401000003d01960076401000003d019856401000003d01987880909089050805f036119aa5750600192915050565b5f806005602080808660026119c660016401000003d01961221a565b6119d0919061222d565b6040805160208101969096528501939093526060840191909152608083015260a08201526401000003d01960c082015260e001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815290829052611a3b91612265565b5f60405180830381855afa9150503d805f8114611a73576040519150601f19603f3d011682016040523d82523d5f602084013e611a78565b606091505b5091509150818015611a9d575080806020019051810190611a99919061227b565b6001145b95945050505050565b828054828255905f5260205f20908101928215611b0f579160200282015b82811115611b0f5781547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03843516178255602090920191600190910190611ac4565b506114bb929150611b72565b5080545f8255905f5260205f20908101906114d09190611b72565b828054828255905f5260205f20908101928215611b0f575f5260205f209182015b82811115611b0f578254825591600101919060010190611b57565b5b808211156114bb575f8155600101611b73565b5f60208284031215611b96575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114611bc5575f5ffd5b9392505050565b80356001600160a01b0381168114611be2575f5ffd5b919050565b5f60208284031215611bf7575f5ffd5b611bc582611bcc565b5f8151808452602084019350602083015f5b82811015611c395781516001600160a01b0316865260209586019590910190600101611c12565b5093949350505050565b604081525f611c556040830185611c00565b905060ff831660208301529392505050565b5f5f60408385031215611c78575f5ffd5b611c8183611bcc565b946020939093013593505050565b5f60208284031215611c9f575f5ffd5b5035919050565b606081525f611cb86060830186611c00565b905060ff8416602083015267ffffffffffffffff83166040830152949350505050565b5f5f60408385031215611cec575f5ffd5b82359150611cfc60208401611bcc565b90509250929050565b5f5f5f60408486031215611d17575f5ffd5b833567ffffffffffffffff811115611d2d575f5ffd5b8401601f81018613611d3d575f5ffd5b803567ffffffffffffffff811115611d53575f5ffd5b8660208260051b8401011115611d67575f5ffd5b60209182019450925084013560ff81168114611d81575f5ffd5b809150509250925092565b5f60208284031215611d9c575f5ffd5b813567ffffffffffffffff81168114611bc5575f5ffd5b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b604081525f611e116040830185611db3565b905063ffffffff831660208301529392505050565b602081525f611bc56020830184611db3565b5f5f83601f840112611e48575f5ffd5b50813567ffffffffffffffff811115611e5f575f5ffd5b60208301915083602082850101111561189d575f5ffd5b5f5f5f5f60608587031215611e89575f5ffd5b843560048110611e97575f5ffd5b9350602085013567ffffffffffffffff811115611eb2575f5ffd5b611ebe87828801611e38565b9598909750949560400135949350505050565b5f5f60408385031215611ee2575f5ffd5b611eeb83611bcc565b9150611cfc60208401611bcc565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60048110611f5b577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b602081016105dc8284611f26565b5f5f60208385031215611f7e575f5ffd5b823567ffffffffffffffff811115611f94575f5ffd5b611fa085828601611e38565b90969095509350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff81811683821601908111156105dc576105dc611fd9565b606080825281018490525f8560808301825b87811015612066576001600160a01b0361205184611bcc565b16825260209283019290910190600101612038565b5060ff959095166020840152505067ffffffffffffffff9190911660409091015292915050565b6001600160a01b038316815260408101611bc56020830184611f26565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b604081525f6121046040830185876120aa565b905063ffffffff83166020830152949350505050565b63ffffffff81811683821601908111156105dc576105dc611fd9565b602081525f6121496020830184866120aa565b949350505050565b5f5f8585111561215f575f5ffd5b8386111561216b575f5ffd5b5050820193919092039150565b803560208310156105dc577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015612213577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505b5092915050565b818103818111156105dc576105dc611fd9565b5f82612260577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b5f82518060208501845e5f920191825250919050565b5f6020828403121561228b575f5ffd5b505191905056fea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xA0`@R4\x80\x15a\0\x0FW__\xFD[P`@Qa%\xBF8\x03\x80a%\xBF\x839\x81\x01`@\x81\x90Ra\0.\x91a\x02KV[`\x01`\x01`\xA0\x1B\x03\x82\x16`\x80Ra\0E_\x84a\0WV[Pa\0O\x81a\x01\x01V[PPPa\x02\xFAV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\0\xF8W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\0\xB0a\x01\xB7V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\0\xFBV[P_[\x92\x91PPV[a\x0E\x10`\x01`\x01`@\x1B\x03\x82\x16\x10\x80a\x01%WPb'\x8D\0`\x01`\x01`@\x1B\x03\x82\x16\x11[\x15a\x01cW`@Qc\x81\xBC\xB7\xEF`\xE0\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01Ra\x0E\x10`$\x82\x01Rb'\x8D\0`D\x82\x01R`d\x01`@Q\x80\x91\x03\x90\xFD[`\x03\x80T`\x01`\x01`@\x1B\x03\x19\x16`\x01`\x01`@\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F\xA1\xFD2i\xE1\xC9\xDCZ\xEAv%\x1Ei\xFAc\xB3\x91\xC7\xEF\xC6\xB4\xCE3\x0FP\xE8\xCDX\x9AY\x16\xF1\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[_a\x01\xC0a\x01\xC5V[\x90P\x90V[_6`\x14\x80\x82\x10\x80\x15\x90a\x01\xDDWPa\x01\xDD3a\x02\x0BV[\x15a\x02\x03Wa\x01\xF06\x82\x84\x03\x81_a\x02\x9BV[a\x01\xF9\x91a\x02\xC2V[``\x1C\x92PPP\x90V[3\x92PPP\x90V[_a\x02\x15`\x80Q\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14\x90P\x91\x90PV[\x80Q`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x02FW__\xFD[\x91\x90PV[___``\x84\x86\x03\x12\x15a\x02]W__\xFD[a\x02f\x84a\x020V[\x92Pa\x02t` \x85\x01a\x020V[`@\x85\x01Q\x90\x92P`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x02\x90W__\xFD[\x80\x91PP\x92P\x92P\x92V[__\x85\x85\x11\x15a\x02\xA9W__\xFD[\x83\x86\x11\x15a\x02\xB5W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805`\x01`\x01``\x1B\x03\x19\x81\x16\x90`\x14\x84\x10\x15a\x02\xF3W`\x01`\x01``\x1B\x03\x19`\x14\x85\x90\x03`\x03\x1B\x81\x90\x1B\x82\x16\x16\x91P[P\x92\x91PPV[`\x80Qa\"\x9Fa\x03 _9_\x81\x81a\x03\x8E\x01R\x81\x81a\x03\xFF\x01Ra\x19 \x01Ra\"\x9F_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01\xD1W_5`\xE0\x1C\x80cY\x84\xB8P\x11a\0\xFEW\x80c\xB96\x804\x11a\0\x9EW\x80c\xD5\x90\xF8\xC9\x11a\0nW\x80c\xD5\x90\xF8\xC9\x14a\x04\xE5W\x80c\xD7M\xBD-\x14a\x05&W\x80c\xDF\xEF^_\x14a\x05/W\x80c\xF1\x93\x10\xC3\x14a\x057W__\xFD[\x80c\xB96\x804\x14a\x04\x99W\x80c\xBB\x94H\xE1\x14a\x04\xACW\x80c\xD4\xEE\x974\x14a\x04\xBFW\x80c\xD5Gt\x1F\x14a\x04\xD2W__\xFD[\x80c\x8D\xFA\xDE\xDB\x11a\0\xD9W\x80c\x8D\xFA\xDE\xDB\x14a\x04)W\x80c\x8F\x9Cy\xED\x14a\x04IW\x80c\x91\xD1HT\x14a\x04\\W\x80c\xA2\x17\xFD\xDF\x14a\x04\x92W__\xFD[\x80cY\x84\xB8P\x14a\x03\xBEW\x80cw\xC8\xC5\x1A\x14a\x03\xD1W\x80c}\xA0\xA8w\x14a\x03\xF2W__\xFD[\x80c//\xF1]\x11a\x01tW\x80cB,\x1D7\x11a\x01DW\x80cB,\x1D7\x14a\x03\x1AW\x80cO\xC6 B\x14a\x03\"W\x80cP\x8F:7\x14a\x03IW\x80cW+l\x05\x14a\x03~W__\xFD[\x80c//\xF1]\x14a\x02\xBAW\x80c/\x81\xBBX\x14a\x02\xCDW\x80c6V\x8A\xBE\x14a\x02\xF4W\x80c8\x8A\xB2\xA1\x14a\x03\x07W__\xFD[\x80c\x14\r\x07Z\x11a\x01\xAFW\x80c\x14\r\x07Z\x14a\x02AW\x80c 8B\x1E\x14a\x02SW\x80c$\x8A\x9C\xA3\x14a\x02hW\x80c-\x186\xF8\x14a\x02\x98W__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x01\xD5W\x80c\x063\xB1J\x14a\x01\xFDW\x80c\x12!\xD1G\x14a\x02\x1EW[__\xFD[a\x01\xE8a\x01\xE36`\x04a\x1B\x86V[a\x05JV[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x02\x10a\x02\x0B6`\x04a\x1B\xE7V[a\x05\xE2V[`@Qa\x01\xF4\x92\x91\x90a\x1CCV[a\x02(b'\x8D\0\x81V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xF4V[`\x03Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x02(V[a\x02fa\x02a6`\x04a\x1CgV[a\x06xV[\0[a\x02\x8Aa\x02v6`\x04a\x1C\x8FV[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[`@Q\x90\x81R` \x01a\x01\xF4V[a\x02\xABa\x02\xA66`\x04a\x1B\xE7V[a\x07\xF9V[`@Qa\x01\xF4\x93\x92\x91\x90a\x1C\xA6V[a\x02fa\x02\xC86`\x04a\x1C\xDBV[a\x08\xD4V[a\x02\x8A\x7F\xCAw\xCD\x8F\x98V\xEF_\xCD6\xF6\xB1[\xF4i\xFE!l/\x91\x14\xF6\r\xD01\xF0\xA2\xB9{g\xAA\xA9\x81V[a\x02fa\x03\x026`\x04a\x1C\xDBV[a\x08\xFEV[a\x02(a\x03\x156`\x04a\x1D\x05V[a\t_V[a\x02\x8A`\x05\x81V[a\x02\x8A\x7FJ\xF2\x94G\xB0\xB3\xABqJ\x85\x12\xE6\xF6\x9CQ^\x98\x03\xC0f\xFBlN-\xF4\x9B\xE4*\x14\xA6<\r\x81V[a\x01\xE8a\x03W6`\x04a\x1B\xE7V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x01` \x81\x90R`@\x90\x91 \x01Tb\x01\0\0\x90\x04`\xFF\x16\x90V[a\x01\xE8a\x03\x8C6`\x04a\x1B\xE7V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x91\x16\x14\x90V[a\x02fa\x03\xCC6`\x04a\x1D\x8CV[a\x0C\xA9V[a\x03\xE4a\x03\xDF6`\x04a\x1B\xE7V[a\x0C\xE0V[`@Qa\x01\xF4\x92\x91\x90a\x1D\xFFV[`@Q`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R` \x01a\x01\xF4V[a\x04<a\x0476`\x04a\x1B\xE7V[a\r\x9FV[`@Qa\x01\xF4\x91\x90a\x1E&V[a\x01\xE8a\x04W6`\x04a\x1B\xE7V[a\x0EGV[a\x01\xE8a\x04j6`\x04a\x1C\xDBV[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x02\x8A_\x81V[a\x02fa\x04\xA76`\x04a\x1CgV[a\x0E\x83V[a\x02fa\x04\xBA6`\x04a\x1EvV[a\x0F\x8BV[a\x01\xE8a\x04\xCD6`\x04a\x1E\xD1V[a\x11\x95V[a\x02fa\x04\xE06`\x04a\x1C\xDBV[a\x12\x1AV[a\x05\x19a\x04\xF36`\x04a\x1B\xE7V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x01` \x81\x90R`@\x90\x91 \x01Ta\x01\0\x90\x04`\xFF\x16\x90V[`@Qa\x01\xF4\x91\x90a\x1F_V[a\x02(a\x0E\x10\x81V[a\x02fa\x12>V[a\x02fa\x05E6`\x04a\x1FmV[a\x138V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\x05\xDCWP\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x14[\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x02` R`@\x81 ``\x91\x90\x81\x90a\x06\x08\x90a\x14\x82V[`\x01\x81\x01T\x81T`@\x80Q` \x80\x84\x02\x82\x01\x81\x01\x90\x92R\x82\x81R\x93\x94P\x84\x93`\xFF\x90\x93\x16\x92\x91\x84\x91\x83\x01\x82\x82\x80\x15a\x06gW` \x02\x82\x01\x91\x90_R` _ \x90[\x81T`\x01`\x01`\xA0\x1B\x03\x16\x81R`\x01\x90\x91\x01\x90` \x01\x80\x83\x11a\x06IW[PPPPP\x91P\x92P\x92PP\x91P\x91V[\x7F\xCAw\xCD\x8F\x98V\xEF_\xCD6\xF6\xB1[\xF4i\xFE!l/\x91\x14\xF6\r\xD01\xF0\xA2\xB9{g\xAA\xA9a\x06\xA2\x81a\x14\xBFV[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x01` R`@\x90 `\x03`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x06\xD9Wa\x06\xD9a\x1E\xF9V[\x14a\x07 W`@Q\x7F\xE2\xD0\xE6\x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x01\x81\x01Tb\x01\0\0\x90\x04`\xFF\x16\x15a\x07pW`@Q\x7F\x83n\xF4R\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x07\x17V[`\x01\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\x16b\x01\0\0\x17\x90Ua\x07\xA7a\x14\xD3V[`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x7FOc\xF1Q\xC2/\x84T\xFE\xCA\0h\x01\"\x85\n\xD8\xCE\x7F'\xA2\x87<\xBA'\xCB?A\xCEgl\x07\x85`@Qa\x07\xEB\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x02` R`@\x81 `\x04\x81\x01T``\x92\x91\x82\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80a\x08?WP`\x04\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x08PWP_\x91P\x81\x90Pa\x08\xCDV[`\x03\x81\x01T`\x04\x82\x01T`\x02\x83\x01\x80T`@\x80Q` \x80\x84\x02\x82\x01\x81\x01\x90\x92R\x82\x81R\x92\x94`\xFF\x16\x93g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x92\x91\x85\x91\x83\x01\x82\x82\x80\x15a\x08\xBEW` \x02\x82\x01\x91\x90_R` _ \x90[\x81T`\x01`\x01`\xA0\x1B\x03\x16\x81R`\x01\x90\x91\x01\x90` \x01\x80\x83\x11a\x08\xA0W[PPPPP\x92P\x93P\x93P\x93PP[\x91\x93\x90\x92PV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x08\xEE\x81a\x14\xBFV[a\x08\xF8\x83\x83a\x14\xE1V[PPPPV[a\t\x06a\x14\xD3V[`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14a\tPW`@Q\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\tZ\x82\x82a\x15\x89V[PPPV[__a\tia\x14\xD3V[\x90P`\x01`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x01` \x81\x90R`@\x90\x91 \x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\t\xA2Wa\t\xA2a\x1E\xF9V[\x14a\t\xE4W`@Q\x7FM\x05f\xB0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x07\x17V[\x83`\x05\x81\x11\x15a\n*W`@Q\x7F\xCE\xCE\xB0\xBE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`\x05`$\x82\x01R`D\x01a\x07\x17V[\x80\x15a\nGW`\xFF\x84\x16\x15\x80a\nBWP\x80\x84`\xFF\x16\x11[a\nNV[`\xFF\x84\x16\x15\x15[\x15a\n\x91W`@Q\x7Fd\xD5p\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x85\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x07\x17V[_[\x81\x81\x10\x15a\x0B\xC6W_\x87\x87\x83\x81\x81\x10a\n\xAEWa\n\xAEa\x1F\xACV[\x90P` \x02\x01` \x81\x01\x90a\n\xC3\x91\x90a\x1B\xE7V[\x90P`\x01`\x01`\xA0\x1B\x03\x81\x16\x15\x80a\n\xECWP\x83`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a\x0B.W`@Q\x7F\xF3\x8D@m\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x07\x17V[_[\x82\x81\x10\x15a\x0B\xBCW\x81`\x01`\x01`\xA0\x1B\x03\x16\x89\x89\x83\x81\x81\x10a\x0BTWa\x0BTa\x1F\xACV[\x90P` \x02\x01` \x81\x01\x90a\x0Bi\x91\x90a\x1B\xE7V[`\x01`\x01`\xA0\x1B\x03\x16\x03a\x0B\xB4W`@Q\x7F\xF3\x8D@m\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x07\x17V[`\x01\x01a\x0B0V[PP`\x01\x01a\n\x93V[P`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x02` R`@\x90 a\x0B\xE7\x81a\x16(V[`\x03Ta\x0B\xFE\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16Ba \x06V[\x93Pa\x0C\x0E`\x02\x82\x01\x88\x88a\x1A\xA6V[P`\x03\x81\x01\x80T`\xFF\x19\x16`\xFF\x87\x16\x17\x90U`\x04\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16\x17\x90U`@Q`\x01`\x01`\xA0\x1B\x03\x84\x16\x90\x7F{\x0E\x99\x113'\xAF\x0F\0\x08\xAC\x8F\xE2p\x8CG9N+\xAD\xD8}\xB8\x1FFK\x9C\xE1\xF6\x97\xA77\x90a\x0C\x97\x90\x8A\x90\x8A\x90\x8A\x90\x8A\x90a &V[`@Q\x80\x91\x03\x90\xA2PPP\x93\x92PPPV[\x7FJ\xF2\x94G\xB0\xB3\xABqJ\x85\x12\xE6\xF6\x9CQ^\x98\x03\xC0f\xFBlN-\xF4\x9B\xE4*\x14\xA6<\ra\x0C\xD3\x81a\x14\xBFV[a\x0C\xDC\x82a\x16\xCAV[PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` R`@\x81 ``\x91\x90\x81`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\r\x1AWa\r\x1Aa\x1E\xF9V[\x03a\r:W_`@Q\x80` \x01`@R\x80_\x81RP\x90\x92P\x92PP\x91P\x91V[`\x01\x81\x01T\x90T`@\x80Q`\xF8\x84\x90\x1B\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16` \x82\x01R`!\x80\x82\x01\x93\x90\x93R\x81Q\x80\x82\x03\x90\x93\x01\x83R`A\x01\x90R\x94c\x01\0\0\0\x90\x91\x04c\xFF\xFF\xFF\xFF\x16\x93P\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` R`@\x81 ``\x91`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\r\xD7Wa\r\xD7a\x1E\xF9V[\x03a\r\xF1WPP`@\x80Q` \x81\x01\x90\x91R_\x81R\x91\x90PV[`\x01\x81\x01T\x81T`@Q`\xF8\x92\x90\x92\x1B\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16` \x83\x01R`!\x82\x01R`A\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91PP\x91\x90PV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` \x81\x90R`@\x82 \x81\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x0E|Wa\x0E|a\x1E\xF9V[\x14\x92\x91PPV[\x7F\xCAw\xCD\x8F\x98V\xEF_\xCD6\xF6\xB1[\xF4i\xFE!l/\x91\x14\xF6\r\xD01\xF0\xA2\xB9{g\xAA\xA9a\x0E\xAD\x81a\x14\xBFV[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x01` \x81\x90R`@\x90\x91 \x90\x81\x01Tb\x01\0\0\x90\x04`\xFF\x16a\x0F\x15W`@Q\x7F\xB1,\x8F\x91\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x07\x17V[`\x01\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\x16\x90Ua\x0FGa\x14\xD3V[`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x7F\xB5\xC4@\xAC\x96\x19\x1Ca\xDB\x1C\xFFb\xB8\xAE`\t\xD5\xCB'\xA0\xA7{\xB7\xFDY\xBF\xDFm\xD4\x91#\x08\x85`@Qa\x07\xEB\x91\x81R` \x01\x90V[_a\x0F\x94a\x14\xD3V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` R`@\x81 \x91\x92P`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x0F\xCCWa\x0F\xCCa\x1E\xF9V[\x14a\x10\x18W\x81\x81`\x01\x01`\x01\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`@Q\x7F_I\x81\xB2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x07\x17\x92\x91\x90a \x8DV[_\x86`\x03\x81\x11\x15a\x10+Wa\x10+a\x1E\xF9V[\x03a\x10bW`@Q\x7F\xD9TAj\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[__a\x10n\x87\x87a\x17\xB1V[`\x01\x85\x01\x80T\x92\x94P\x90\x92P\x89\x91\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\x16a\x01\0\x83`\x03\x81\x11\x15a\x10\xB3Wa\x10\xB3a\x1E\xF9V[\x02\x17\x90UP`\x01\x83\x01\x80T\x82\x85U\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\0\x16`\xFF\x84\x16\x17c\x01\0\0\0\x17\x90U\x87`\x03\x81\x11\x15a\x11\x02Wa\x11\x02a\x1E\xF9V[\x84`\x01`\x01`\xA0\x1B\x03\x16\x7F\xD5\xD6\x9B\xAA\xDD\xB6\xD8\xD6\xA2\xDDp\xF3\x85\x85\x01-0\xF6\x8AyF\x1B~PW\xC8\xDE\xBB\x11N@A\x87`@Qa\x11=\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3\x83`\x01`\x01`\xA0\x1B\x03\x16\x7F,\xEF^\xE6K^\xA4\x84j\x8D\x1C.\xA7\xE4=\xC6\xBCs\x94\xDF\xC1\xAD\xE9\x0E\xE1y]\x89X\xA5s\xDA\x88\x88`\x01`@Qa\x11\x83\x93\x92\x91\x90a \xF1V[`@Q\x80\x91\x03\x90\xA2PPPPPPPPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x02` R`@\x81 \x81\x90a\x11\xB7\x90a\x14\x82V[\x80T\x90\x91P_[\x81\x81\x10\x15a\x12\x0FW\x84`\x01`\x01`\xA0\x1B\x03\x16\x83\x82\x81T\x81\x10a\x11\xE2Wa\x11\xE2a\x1F\xACV[_\x91\x82R` \x90\x91 \x01T`\x01`\x01`\xA0\x1B\x03\x16\x03a\x12\x07W`\x01\x93PPPPa\x05\xDCV[`\x01\x01a\x11\xBEV[P_\x95\x94PPPPPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x124\x81a\x14\xBFV[a\x08\xF8\x83\x83a\x15\x89V[_a\x12Ga\x14\xD3V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x02` R`@\x90 \x90\x91Pa\x12j\x81a\x16(V[`\x04\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x03a\x12\xBCW`@Q\x7F6\x9E\xBFh\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x07\x17V[`\x02\x81\x01_a\x12\xCB\x82\x82a\x1B\x1BV[P`\x01\x01\x80T`\xFF\x19\x16\x90U`\x04\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x90U`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x7F8\xFEw\x97=\xCC\xEF3,\xE8\x9E0\xC8\xC5\x8B\x02\x02\xC9\xCD\x95\xF4f)\x9CJY\xE4\xB4\xE9\xEE;S\x90_\x90\xA2PPV[_a\x13Aa\x14\xD3V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` R`@\x81 \x91\x92P`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x13yWa\x13ya\x1E\xF9V[\x03a\x13\xBBW`@Q\x7F\xBF\xC6\xC37\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x07\x17V[__a\x13\xC7\x86\x86a\x17\xB1V[\x91P\x91P_\x83`\x01\x01`\x03\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16`\x01a\x13\xED\x91\x90a!\x1AV[`\x01\x85\x01\x80T\x84\x87Uc\xFF\xFF\xFF\xFF\x83\x16c\x01\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\0\x90\x91\x16`\xFF\x87\x16\x17\x17\x90U`@Q\x90\x91P`\x01`\x01`\xA0\x1B\x03\x86\x16\x90\x7F,\xEF^\xE6K^\xA4\x84j\x8D\x1C.\xA7\xE4=\xC6\xBCs\x94\xDF\xC1\xAD\xE9\x0E\xE1y]\x89X\xA5s\xDA\x90a\x14q\x90\x8A\x90\x8A\x90\x86\x90a \xF1V[`@Q\x80\x91\x03\x90\xA2PPPPPPPV[`\x04\x81\x01T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a\x14\xAFWP`\x04\x82\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x14\xBBWP`\x02\x01\x90V[P\x90V[a\x14\xD0\x81a\x14\xCBa\x14\xD3V[a\x18\xA4V[PV[_a\x14\xDCa\x19\x0FV[\x90P\x90V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x15\x82W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\x15:a\x14\xD3V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x05\xDCV[P_a\x05\xDCV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16\x15a\x15\x82W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16\x90Ua\x15\xE0a\x14\xD3V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x05\xDCV[`\x04\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a\x16SWP`\x04\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x14\xD0W`\x02\x81\x01\x80Ta\x16i\x91\x83\x91a\x1B6V[P`\x03\x81\x01T`\x01\x82\x01\x80T`\xFF\x19\x16`\xFF\x90\x92\x16\x91\x90\x91\x17\x90U`\x02\x81\x01_a\x16\x93\x82\x82a\x1B\x1BV[P`\x01\x01\x80T`\xFF\x19\x16\x90U`\x04\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x90UV[a\x0E\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x80a\x16\xF0WPb'\x8D\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x11[\x15a\x17DW`@Q\x7F\x81\xBC\xB7\xEF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01Ra\x0E\x10`$\x82\x01Rb'\x8D\0`D\x82\x01R`d\x01a\x07\x17V[`\x03\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F\xA1\xFD2i\xE1\xC9\xDCZ\xEAv%\x1Ei\xFAc\xB3\x91\xC7\xEF\xC6\xB4\xCE3\x0FP\xE8\xCDX\x9AY\x16\xF1\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[_\x80`!\x83\x14a\x17\xF1W\x83\x83`@Q\x7FY\x16\x18\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x07\x17\x92\x91\x90a!6V[\x83\x83_\x81\x81\x10a\x18\x03Wa\x18\x03a\x1F\xACV[\x91\x90\x91\x015`\xF8\x1C\x92Pa\x18\x1D\x90P`!`\x01\x85\x87a!QV[a\x18&\x91a!xV[\x90P\x81`\xFF\x16`\x02\x14\x15\x80\x15a\x18@WP\x81`\xFF\x16`\x03\x14\x15[\x80a\x18QWPd\x01\0\0\x03\xD0\x19\x81\x10\x15[\x80a\x18bWPa\x18`\x81a\x19yV[\x15[\x15a\x18\x9DW\x83\x83`@Q\x7FY\x16\x18\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x07\x17\x92\x91\x90a!6V[\x92P\x92\x90PV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T`\xFF\x16a\x0C\xDCW`@Q\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x07\x17V[_6`\x14\x80\x82\x10\x80\x15\x90a\x19KWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x163\x14[\x15a\x19qWa\x19^6\x82\x84\x03\x81_a!QV[a\x19g\x91a!\xB4V[``\x1C\x92PPP\x90V[3\x92PPP\x90V[_\x80d\x01\0\0\x03\xD0\x19`\x07d\x01\0\0\x03\xD0\x19\x85d\x01\0\0\x03\xD0\x19\x87\x88\t\t\x08\x90P\x80_\x03a\x19\xAAWP`\x01\x92\x91PPV[_\x80`\x05` \x80\x80\x86`\x02a\x19\xC6`\x01d\x01\0\0\x03\xD0\x19a\"\x1AV[a\x19\xD0\x91\x90a\"-V[`@\x80Q` \x81\x01\x96\x90\x96R\x85\x01\x93\x90\x93R``\x84\x01\x91\x90\x91R`\x80\x83\x01R`\xA0\x82\x01Rd\x01\0\0\x03\xD0\x19`\xC0\x82\x01R`\xE0\x01`@\x80Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x81\x84\x03\x01\x81R\x90\x82\x90Ra\x1A;\x91a\"eV[_`@Q\x80\x83\x03\x81\x85Z\xFA\x91PP=\x80_\x81\x14a\x1AsW`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\x1AxV[``\x91P[P\x91P\x91P\x81\x80\x15a\x1A\x9DWP\x80\x80` \x01\x90Q\x81\x01\x90a\x1A\x99\x91\x90a\"{V[`\x01\x14[\x95\x94PPPPPV[\x82\x80T\x82\x82U\x90_R` _ \x90\x81\x01\x92\x82\x15a\x1B\x0FW\x91` \x02\x82\x01[\x82\x81\x11\x15a\x1B\x0FW\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\x01`\xA0\x1B\x03\x845\x16\x17\x82U` \x90\x92\x01\x91`\x01\x90\x91\x01\x90a\x1A\xC4V[Pa\x14\xBB\x92\x91Pa\x1BrV[P\x80T_\x82U\x90_R` _ \x90\x81\x01\x90a\x14\xD0\x91\x90a\x1BrV[\x82\x80T\x82\x82U\x90_R` _ \x90\x81\x01\x92\x82\x15a\x1B\x0FW_R` _ \x91\x82\x01[\x82\x81\x11\x15a\x1B\x0FW\x82T\x82U\x91`\x01\x01\x91\x90`\x01\x01\x90a\x1BWV[[\x80\x82\x11\x15a\x14\xBBW_\x81U`\x01\x01a\x1BsV[_` \x82\x84\x03\x12\x15a\x1B\x96W__\xFD[\x815\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x81\x14a\x1B\xC5W__\xFD[\x93\x92PPPV[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x1B\xE2W__\xFD[\x91\x90PV[_` \x82\x84\x03\x12\x15a\x1B\xF7W__\xFD[a\x1B\xC5\x82a\x1B\xCCV[_\x81Q\x80\x84R` \x84\x01\x93P` \x83\x01_[\x82\x81\x10\x15a\x1C9W\x81Q`\x01`\x01`\xA0\x1B\x03\x16\x86R` \x95\x86\x01\x95\x90\x91\x01\x90`\x01\x01a\x1C\x12V[P\x93\x94\x93PPPPV[`@\x81R_a\x1CU`@\x83\x01\x85a\x1C\0V[\x90P`\xFF\x83\x16` \x83\x01R\x93\x92PPPV[__`@\x83\x85\x03\x12\x15a\x1CxW__\xFD[a\x1C\x81\x83a\x1B\xCCV[\x94` \x93\x90\x93\x015\x93PPPV[_` \x82\x84\x03\x12\x15a\x1C\x9FW__\xFD[P5\x91\x90PV[``\x81R_a\x1C\xB8``\x83\x01\x86a\x1C\0V[\x90P`\xFF\x84\x16` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`@\x83\x01R\x94\x93PPPPV[__`@\x83\x85\x03\x12\x15a\x1C\xECW__\xFD[\x825\x91Pa\x1C\xFC` \x84\x01a\x1B\xCCV[\x90P\x92P\x92\x90PV[___`@\x84\x86\x03\x12\x15a\x1D\x17W__\xFD[\x835g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1D-W__\xFD[\x84\x01`\x1F\x81\x01\x86\x13a\x1D=W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1DSW__\xFD[\x86` \x82`\x05\x1B\x84\x01\x01\x11\x15a\x1DgW__\xFD[` \x91\x82\x01\x94P\x92P\x84\x015`\xFF\x81\x16\x81\x14a\x1D\x81W__\xFD[\x80\x91PP\x92P\x92P\x92V[_` \x82\x84\x03\x12\x15a\x1D\x9CW__\xFD[\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1B\xC5W__\xFD[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[`@\x81R_a\x1E\x11`@\x83\x01\x85a\x1D\xB3V[\x90Pc\xFF\xFF\xFF\xFF\x83\x16` \x83\x01R\x93\x92PPPV[` \x81R_a\x1B\xC5` \x83\x01\x84a\x1D\xB3V[__\x83`\x1F\x84\x01\x12a\x1EHW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1E_W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a\x18\x9DW__\xFD[____``\x85\x87\x03\x12\x15a\x1E\x89W__\xFD[\x845`\x04\x81\x10a\x1E\x97W__\xFD[\x93P` \x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1E\xB2W__\xFD[a\x1E\xBE\x87\x82\x88\x01a\x1E8V[\x95\x98\x90\x97P\x94\x95`@\x015\x94\x93PPPPV[__`@\x83\x85\x03\x12\x15a\x1E\xE2W__\xFD[a\x1E\xEB\x83a\x1B\xCCV[\x91Pa\x1C\xFC` \x84\x01a\x1B\xCCV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x04\x81\x10a\x1F[W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x90RV[` \x81\x01a\x05\xDC\x82\x84a\x1F&V[__` \x83\x85\x03\x12\x15a\x1F~W__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1F\x94W__\xFD[a\x1F\xA0\x85\x82\x86\x01a\x1E8V[\x90\x96\x90\x95P\x93PPPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x05\xDCWa\x05\xDCa\x1F\xD9V[``\x80\x82R\x81\x01\x84\x90R_\x85`\x80\x83\x01\x82[\x87\x81\x10\x15a fW`\x01`\x01`\xA0\x1B\x03a Q\x84a\x1B\xCCV[\x16\x82R` \x92\x83\x01\x92\x90\x91\x01\x90`\x01\x01a 8V[P`\xFF\x95\x90\x95\x16` \x84\x01RPPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16`@\x90\x91\x01R\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x83\x16\x81R`@\x81\x01a\x1B\xC5` \x83\x01\x84a\x1F&V[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[`@\x81R_a!\x04`@\x83\x01\x85\x87a \xAAV[\x90Pc\xFF\xFF\xFF\xFF\x83\x16` \x83\x01R\x94\x93PPPPV[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x05\xDCWa\x05\xDCa\x1F\xD9V[` \x81R_a!I` \x83\x01\x84\x86a \xAAV[\x94\x93PPPPV[__\x85\x85\x11\x15a!_W__\xFD[\x83\x86\x11\x15a!kW__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805` \x83\x10\x15a\x05\xDCW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x90\x03`\x03\x1B\x1B\x16\x92\x91PPV[\x805\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x90`\x14\x84\x10\x15a\"\x13W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85`\x14\x03`\x03\x1B\x1B\x82\x16\x16\x91P[P\x92\x91PPV[\x81\x81\x03\x81\x81\x11\x15a\x05\xDCWa\x05\xDCa\x1F\xD9V[_\x82a\"`W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[P\x04\x90V[_\x82Q\x80` \x85\x01\x84^_\x92\x01\x91\x82RP\x91\x90PV[_` \x82\x84\x03\x12\x15a\"\x8BW__\xFD[PQ\x91\x90PV\xFE\xA1dsolcC\0\x08\x1E\0\n",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b50600436106101d1575f3560e01c80635984b850116100fe578063b93680341161009e578063d590f8c91161006e578063d590f8c9146104e5578063d74dbd2d14610526578063dfef5e5f1461052f578063f19310c314610537575f5ffd5b8063b936803414610499578063bb9448e1146104ac578063d4ee9734146104bf578063d547741f146104d2575f5ffd5b80638dfadedb116100d95780638dfadedb146104295780638f9c79ed1461044957806391d148541461045c578063a217fddf14610492575f5ffd5b80635984b850146103be57806377c8c51a146103d15780637da0a877146103f2575f5ffd5b80632f2ff15d11610174578063422c1d3711610144578063422c1d371461031a5780634fc6204214610322578063508f3a3714610349578063572b6c051461037e575f5ffd5b80632f2ff15d146102ba5780632f81bb58146102cd57806336568abe146102f4578063388ab2a114610307575f5ffd5b8063140d075a116101af578063140d075a146102415780632038421e14610253578063248a9ca3146102685780632d1836f814610298575f5ffd5b806301ffc9a7146101d55780630633b14a146101fd5780631221d1471461021e575b5f5ffd5b6101e86101e3366004611b86565b61054a565b60405190151581526020015b60405180910390f35b61021061020b366004611be7565b6105e2565b6040516101f4929190611c43565b61022862278d0081565b60405167ffffffffffffffff90911681526020016101f4565b60035467ffffffffffffffff16610228565b610266610261366004611c67565b610678565b005b61028a610276366004611c8f565b5f9081526020819052604090206001015490565b6040519081526020016101f4565b6102ab6102a6366004611be7565b6107f9565b6040516101f493929190611ca6565b6102666102c8366004611cdb565b6108d4565b61028a7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa981565b610266610302366004611cdb565b6108fe565b610228610315366004611d05565b61095f565b61028a600581565b61028a7f4af29447b0b3ab714a8512e6f69c515e9803c066fb6c4e2df49be42a14a63c0d81565b6101e8610357366004611be7565b6001600160a01b03165f908152600160208190526040909120015462010000900460ff1690565b6101e861038c366004611be7565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b6102666103cc366004611d8c565b610ca9565b6103e46103df366004611be7565b610ce0565b6040516101f4929190611dff565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020016101f4565b61043c610437366004611be7565b610d9f565b6040516101f49190611e26565b6101e8610457366004611be7565b610e47565b6101e861046a366004611cdb565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b61028a5f81565b6102666104a7366004611c67565b610e83565b6102666104ba366004611e76565b610f8b565b6101e86104cd366004611ed1565b611195565b6102666104e0366004611cdb565b61121a565b6105196104f3366004611be7565b6001600160a01b03165f9081526001602081905260409091200154610100900460ff1690565b6040516101f49190611f5f565b610228610e1081565b61026661123e565b610266610545366004611f6d565b611338565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806105dc57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b6001600160a01b0381165f90815260026020526040812060609190819061060890611482565b6001810154815460408051602080840282018101909252828152939450849360ff9093169291849183018282801561066757602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610649575b505050505091509250925050915091565b7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa96106a2816114bf565b6001600160a01b0383165f90815260016020526040902060036001820154610100900460ff1660038111156106d9576106d9611ef9565b14610720576040517fe2d0e6050000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024015b60405180910390fd5b600181015462010000900460ff1615610770576040517f836ef4520000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610717565b6001810180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffff16620100001790556107a76114d3565b6001600160a01b0316846001600160a01b03167f4f63f151c22f8454feca00680122850ad8ce7f27a2873cba27cb3f41ce676c07856040516107eb91815260200190565b60405180910390a350505050565b6001600160a01b0381165f908152600260205260408120600481015460609291829167ffffffffffffffff16158061083f5750600481015467ffffffffffffffff164210155b1561085057505f91508190506108cd565b6003810154600482015460028301805460408051602080840282018101909252828152929460ff169367ffffffffffffffff16929185918301828280156108be57602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116108a0575b50505050509250935093509350505b9193909250565b5f828152602081905260409020600101546108ee816114bf565b6108f883836114e1565b50505050565b6109066114d3565b6001600160a01b0316816001600160a01b031614610950576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61095a8282611589565b505050565b5f5f6109696114d3565b905060016001600160a01b0382165f9081526001602081905260409091200154610100900460ff1660038111156109a2576109a2611ef9565b146109e4576040517f4d0566b00000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610717565b836005811115610a2a576040517fceceb0be0000000000000000000000000000000000000000000000000000000081526004810182905260056024820152604401610717565b8015610a475760ff84161580610a425750808460ff16115b610a4e565b60ff841615155b15610a91576040517f64d5701400000000000000000000000000000000000000000000000000000000815260ff8516600482015260248101829052604401610717565b5f5b81811015610bc6575f878783818110610aae57610aae611fac565b9050602002016020810190610ac39190611be7565b90506001600160a01b0381161580610aec5750836001600160a01b0316816001600160a01b0316145b15610b2e576040517ff38d406d0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610717565b5f5b82811015610bbc57816001600160a01b0316898983818110610b5457610b54611fac565b9050602002016020810190610b699190611be7565b6001600160a01b031603610bb4576040517ff38d406d0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610717565b600101610b30565b5050600101610a93565b506001600160a01b0382165f908152600260205260409020610be781611628565b600354610bfe9067ffffffffffffffff1642612006565b9350610c0e600282018888611aa6565b5060038101805460ff191660ff87161790556004810180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff86161790556040516001600160a01b038416907f7b0e99113327af0f0008ac8fe2708c47394e2badd87db81f464b9ce1f697a73790610c97908a908a908a908a90612026565b60405180910390a25050509392505050565b7f4af29447b0b3ab714a8512e6f69c515e9803c066fb6c4e2df49be42a14a63c0d610cd3816114bf565b610cdc826116ca565b5050565b6001600160a01b0381165f90815260016020526040812060609190816001820154610100900460ff166003811115610d1a57610d1a611ef9565b03610d3a575f60405180602001604052805f815250909250925050915091565b600181015490546040805160f884901b7fff0000000000000000000000000000000000000000000000000000000000000016602082015260218082019390935281518082039093018352604101905294630100000090910463ffffffff169350915050565b6001600160a01b0381165f9081526001602052604081206060916001820154610100900460ff166003811115610dd757610dd7611ef9565b03610df157505060408051602081019091525f8152919050565b6001810154815460405160f89290921b7fff000000000000000000000000000000000000000000000000000000000000001660208301526021820152604101604051602081830303815290604052915050919050565b6001600160a01b0381165f9081526001602081905260408220810154610100900460ff166003811115610e7c57610e7c611ef9565b1492915050565b7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa9610ead816114bf565b6001600160a01b0383165f9081526001602081905260409091209081015462010000900460ff16610f15576040517fb12c8f910000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610717565b6001810180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffff169055610f476114d3565b6001600160a01b0316846001600160a01b03167fb5c440ac96191c61db1cff62b8ae6009d5cb27a0a77bb7fd59bfdf6dd4912308856040516107eb91815260200190565b5f610f946114d3565b6001600160a01b0381165f9081526001602052604081209192506001820154610100900460ff166003811115610fcc57610fcc611ef9565b1461101857818160010160019054906101000a900460ff166040517f5f4981b200000000000000000000000000000000000000000000000000000000815260040161071792919061208d565b5f86600381111561102b5761102b611ef9565b03611062576040517fd954416a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f61106e87876117b1565b60018501805492945090925089917fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff166101008360038111156110b3576110b3611ef9565b02179055506001830180548285557fffffffffffffffffffffffffffffffffffffffffffffffffff00000000ffff001660ff841617630100000017905587600381111561110257611102611ef9565b846001600160a01b03167fd5d69baaddb6d8d6a2dd70f38585012d30f68a79461b7e5057c8debb114e40418760405161113d91815260200190565b60405180910390a3836001600160a01b03167f2cef5ee64b5ea4846a8d1c2ea7e43dc6bc7394dfc1ade90ee1795d8958a573da88886001604051611183939291906120f1565b60405180910390a25050505050505050565b6001600160a01b0382165f90815260026020526040812081906111b790611482565b80549091505f5b8181101561120f57846001600160a01b03168382815481106111e2576111e2611fac565b5f918252602090912001546001600160a01b03160361120757600193505050506105dc565b6001016111be565b505f95945050505050565b5f82815260208190526040902060010154611234816114bf565b6108f88383611589565b5f6112476114d3565b6001600160a01b0381165f90815260026020526040902090915061126a81611628565b600481015467ffffffffffffffff165f036112bc576040517f369ebf680000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610717565b600281015f6112cb8282611b1b565b50600101805460ff191690556004810180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001690556040516001600160a01b038316907f38fe77973dccef332ce89e30c8c58b0202c9cd95f466299c4a59e4b4e9ee3b53905f90a25050565b5f6113416114d3565b6001600160a01b0381165f9081526001602052604081209192506001820154610100900460ff16600381111561137957611379611ef9565b036113bb576040517fbfc6c3370000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610717565b5f5f6113c786866117b1565b915091505f8360010160039054906101000a900463ffffffff1660016113ed919061211a565b60018501805484875563ffffffff83166301000000027fffffffffffffffffffffffffffffffffffffffffffffffffff00000000ffff0090911660ff8716171790556040519091506001600160a01b038616907f2cef5ee64b5ea4846a8d1c2ea7e43dc6bc7394dfc1ade90ee1795d8958a573da90611471908a908a9086906120f1565b60405180910390a250505050505050565b60048101545f9067ffffffffffffffff16158015906114af5750600482015467ffffffffffffffff164210155b156114bb575060020190565b5090565b6114d0816114cb6114d3565b6118a4565b50565b5f6114dc61190f565b905090565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16611582575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561153a6114d3565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016105dc565b505f6105dc565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615611582575f838152602081815260408083206001600160a01b03861684529091529020805460ff191690556115e06114d3565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a45060016105dc565b600481015467ffffffffffffffff16158015906116535750600481015467ffffffffffffffff164210155b156114d057600281018054611669918391611b36565b50600381015460018201805460ff191660ff909216919091179055600281015f6116938282611b1b565b50600101805460ff1916905560040180547fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000169055565b610e1067ffffffffffffffff821610806116f0575062278d0067ffffffffffffffff8216115b15611744576040517f81bcb7ef00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152610e10602482015262278d006044820152606401610717565b600380547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff83169081179091556040519081527fa1fd3269e1c9dc5aea76251e69fa63b391c7efc6b4ce330f50e8cd589a5916f19060200160405180910390a150565b5f80602183146117f15783836040517f591618d2000000000000000000000000000000000000000000000000000000008152600401610717929190612136565b83835f81811061180357611803611fac565b919091013560f81c925061181d9050602160018587612151565b61182691612178565b90508160ff1660021415801561184057508160ff16600314155b8061185157506401000003d0198110155b80611862575061186081611979565b155b1561189d5783836040517f591618d2000000000000000000000000000000000000000000000000000000008152600401610717929190612136565b9250929050565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16610cdc576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610717565b5f36601480821080159061194b57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b156119715761195e36828403815f612151565b611967916121b4565b60601c9250505090565b339250505090565b5f806401000003d01960076401000003d019856401000003d01987880909089050805f036119aa5750600192915050565b5f806005602080808660026119c660016401000003d01961221a565b6119d0919061222d565b6040805160208101969096528501939093526060840191909152608083015260a08201526401000003d01960c082015260e001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815290829052611a3b91612265565b5f60405180830381855afa9150503d805f8114611a73576040519150601f19603f3d011682016040523d82523d5f602084013e611a78565b606091505b5091509150818015611a9d575080806020019051810190611a99919061227b565b6001145b95945050505050565b828054828255905f5260205f20908101928215611b0f579160200282015b82811115611b0f5781547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03843516178255602090920191600190910190611ac4565b506114bb929150611b72565b5080545f8255905f5260205f20908101906114d09190611b72565b828054828255905f5260205f20908101928215611b0f575f5260205f209182015b82811115611b0f578254825591600101919060010190611b57565b5b808211156114bb575f8155600101611b73565b5f60208284031215611b96575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114611bc5575f5ffd5b9392505050565b80356001600160a01b0381168114611be2575f5ffd5b919050565b5f60208284031215611bf7575f5ffd5b611bc582611bcc565b5f8151808452602084019350602083015f5b82811015611c395781516001600160a01b0316865260209586019590910190600101611c12565b5093949350505050565b604081525f611c556040830185611c00565b905060ff831660208301529392505050565b5f5f60408385031215611c78575f5ffd5b611c8183611bcc565b946020939093013593505050565b5f60208284031215611c9f575f5ffd5b5035919050565b606081525f611cb86060830186611c00565b905060ff8416602083015267ffffffffffffffff83166040830152949350505050565b5f5f60408385031215611cec575f5ffd5b82359150611cfc60208401611bcc565b90509250929050565b5f5f5f60408486031215611d17575f5ffd5b833567ffffffffffffffff811115611d2d575f5ffd5b8401601f81018613611d3d575f5ffd5b803567ffffffffffffffff811115611d53575f5ffd5b8660208260051b8401011115611d67575f5ffd5b60209182019450925084013560ff81168114611d81575f5ffd5b809150509250925092565b5f60208284031215611d9c575f5ffd5b813567ffffffffffffffff81168114611bc5575f5ffd5b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b604081525f611e116040830185611db3565b905063ffffffff831660208301529392505050565b602081525f611bc56020830184611db3565b5f5f83601f840112611e48575f5ffd5b50813567ffffffffffffffff811115611e5f575f5ffd5b60208301915083602082850101111561189d575f5ffd5b5f5f5f5f60608587031215611e89575f5ffd5b843560048110611e97575f5ffd5b9350602085013567ffffffffffffffff811115611eb2575f5ffd5b611ebe87828801611e38565b9598909750949560400135949350505050565b5f5f60408385031215611ee2575f5ffd5b611eeb83611bcc565b9150611cfc60208401611bcc565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60048110611f5b577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b602081016105dc8284611f26565b5f5f60208385031215611f7e575f5ffd5b823567ffffffffffffffff811115611f94575f5ffd5b611fa085828601611e38565b90969095509350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff81811683821601908111156105dc576105dc611fd9565b606080825281018490525f8560808301825b87811015612066576001600160a01b0361205184611bcc565b16825260209283019290910190600101612038565b5060ff959095166020840152505067ffffffffffffffff9190911660409091015292915050565b6001600160a01b038316815260408101611bc56020830184611f26565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b604081525f6121046040830185876120aa565b905063ffffffff83166020830152949350505050565b63ffffffff81811683821601908111156105dc576105dc611fd9565b602081525f6121496020830184866120aa565b949350505050565b5f5f8585111561215f575f5ffd5b8386111561216b575f5ffd5b5050820193919092039150565b803560208310156105dc577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015612213577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505b5092915050565b818103818111156105dc576105dc611fd9565b5f82612260577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b5f82518060208501845e5f920191825250919050565b5f6020828403121561228b575f5ffd5b505191905056fea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01\xD1W_5`\xE0\x1C\x80cY\x84\xB8P\x11a\0\xFEW\x80c\xB96\x804\x11a\0\x9EW\x80c\xD5\x90\xF8\xC9\x11a\0nW\x80c\xD5\x90\xF8\xC9\x14a\x04\xE5W\x80c\xD7M\xBD-\x14a\x05&W\x80c\xDF\xEF^_\x14a\x05/W\x80c\xF1\x93\x10\xC3\x14a\x057W__\xFD[\x80c\xB96\x804\x14a\x04\x99W\x80c\xBB\x94H\xE1\x14a\x04\xACW\x80c\xD4\xEE\x974\x14a\x04\xBFW\x80c\xD5Gt\x1F\x14a\x04\xD2W__\xFD[\x80c\x8D\xFA\xDE\xDB\x11a\0\xD9W\x80c\x8D\xFA\xDE\xDB\x14a\x04)W\x80c\x8F\x9Cy\xED\x14a\x04IW\x80c\x91\xD1HT\x14a\x04\\W\x80c\xA2\x17\xFD\xDF\x14a\x04\x92W__\xFD[\x80cY\x84\xB8P\x14a\x03\xBEW\x80cw\xC8\xC5\x1A\x14a\x03\xD1W\x80c}\xA0\xA8w\x14a\x03\xF2W__\xFD[\x80c//\xF1]\x11a\x01tW\x80cB,\x1D7\x11a\x01DW\x80cB,\x1D7\x14a\x03\x1AW\x80cO\xC6 B\x14a\x03\"W\x80cP\x8F:7\x14a\x03IW\x80cW+l\x05\x14a\x03~W__\xFD[\x80c//\xF1]\x14a\x02\xBAW\x80c/\x81\xBBX\x14a\x02\xCDW\x80c6V\x8A\xBE\x14a\x02\xF4W\x80c8\x8A\xB2\xA1\x14a\x03\x07W__\xFD[\x80c\x14\r\x07Z\x11a\x01\xAFW\x80c\x14\r\x07Z\x14a\x02AW\x80c 8B\x1E\x14a\x02SW\x80c$\x8A\x9C\xA3\x14a\x02hW\x80c-\x186\xF8\x14a\x02\x98W__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x01\xD5W\x80c\x063\xB1J\x14a\x01\xFDW\x80c\x12!\xD1G\x14a\x02\x1EW[__\xFD[a\x01\xE8a\x01\xE36`\x04a\x1B\x86V[a\x05JV[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x02\x10a\x02\x0B6`\x04a\x1B\xE7V[a\x05\xE2V[`@Qa\x01\xF4\x92\x91\x90a\x1CCV[a\x02(b'\x8D\0\x81V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xF4V[`\x03Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x02(V[a\x02fa\x02a6`\x04a\x1CgV[a\x06xV[\0[a\x02\x8Aa\x02v6`\x04a\x1C\x8FV[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[`@Q\x90\x81R` \x01a\x01\xF4V[a\x02\xABa\x02\xA66`\x04a\x1B\xE7V[a\x07\xF9V[`@Qa\x01\xF4\x93\x92\x91\x90a\x1C\xA6V[a\x02fa\x02\xC86`\x04a\x1C\xDBV[a\x08\xD4V[a\x02\x8A\x7F\xCAw\xCD\x8F\x98V\xEF_\xCD6\xF6\xB1[\xF4i\xFE!l/\x91\x14\xF6\r\xD01\xF0\xA2\xB9{g\xAA\xA9\x81V[a\x02fa\x03\x026`\x04a\x1C\xDBV[a\x08\xFEV[a\x02(a\x03\x156`\x04a\x1D\x05V[a\t_V[a\x02\x8A`\x05\x81V[a\x02\x8A\x7FJ\xF2\x94G\xB0\xB3\xABqJ\x85\x12\xE6\xF6\x9CQ^\x98\x03\xC0f\xFBlN-\xF4\x9B\xE4*\x14\xA6<\r\x81V[a\x01\xE8a\x03W6`\x04a\x1B\xE7V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x01` \x81\x90R`@\x90\x91 \x01Tb\x01\0\0\x90\x04`\xFF\x16\x90V[a\x01\xE8a\x03\x8C6`\x04a\x1B\xE7V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x91\x16\x14\x90V[a\x02fa\x03\xCC6`\x04a\x1D\x8CV[a\x0C\xA9V[a\x03\xE4a\x03\xDF6`\x04a\x1B\xE7V[a\x0C\xE0V[`@Qa\x01\xF4\x92\x91\x90a\x1D\xFFV[`@Q`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R` \x01a\x01\xF4V[a\x04<a\x0476`\x04a\x1B\xE7V[a\r\x9FV[`@Qa\x01\xF4\x91\x90a\x1E&V[a\x01\xE8a\x04W6`\x04a\x1B\xE7V[a\x0EGV[a\x01\xE8a\x04j6`\x04a\x1C\xDBV[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x02\x8A_\x81V[a\x02fa\x04\xA76`\x04a\x1CgV[a\x0E\x83V[a\x02fa\x04\xBA6`\x04a\x1EvV[a\x0F\x8BV[a\x01\xE8a\x04\xCD6`\x04a\x1E\xD1V[a\x11\x95V[a\x02fa\x04\xE06`\x04a\x1C\xDBV[a\x12\x1AV[a\x05\x19a\x04\xF36`\x04a\x1B\xE7V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x01` \x81\x90R`@\x90\x91 \x01Ta\x01\0\x90\x04`\xFF\x16\x90V[`@Qa\x01\xF4\x91\x90a\x1F_V[a\x02(a\x0E\x10\x81V[a\x02fa\x12>V[a\x02fa\x05E6`\x04a\x1FmV[a\x138V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\x05\xDCWP\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x14[\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x02` R`@\x81 ``\x91\x90\x81\x90a\x06\x08\x90a\x14\x82V[`\x01\x81\x01T\x81T`@\x80Q` \x80\x84\x02\x82\x01\x81\x01\x90\x92R\x82\x81R\x93\x94P\x84\x93`\xFF\x90\x93\x16\x92\x91\x84\x91\x83\x01\x82\x82\x80\x15a\x06gW` \x02\x82\x01\x91\x90_R` _ \x90[\x81T`\x01`\x01`\xA0\x1B\x03\x16\x81R`\x01\x90\x91\x01\x90` \x01\x80\x83\x11a\x06IW[PPPPP\x91P\x92P\x92PP\x91P\x91V[\x7F\xCAw\xCD\x8F\x98V\xEF_\xCD6\xF6\xB1[\xF4i\xFE!l/\x91\x14\xF6\r\xD01\xF0\xA2\xB9{g\xAA\xA9a\x06\xA2\x81a\x14\xBFV[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x01` R`@\x90 `\x03`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x06\xD9Wa\x06\xD9a\x1E\xF9V[\x14a\x07 W`@Q\x7F\xE2\xD0\xE6\x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x01\x81\x01Tb\x01\0\0\x90\x04`\xFF\x16\x15a\x07pW`@Q\x7F\x83n\xF4R\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x07\x17V[`\x01\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\x16b\x01\0\0\x17\x90Ua\x07\xA7a\x14\xD3V[`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x7FOc\xF1Q\xC2/\x84T\xFE\xCA\0h\x01\"\x85\n\xD8\xCE\x7F'\xA2\x87<\xBA'\xCB?A\xCEgl\x07\x85`@Qa\x07\xEB\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x02` R`@\x81 `\x04\x81\x01T``\x92\x91\x82\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80a\x08?WP`\x04\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x08PWP_\x91P\x81\x90Pa\x08\xCDV[`\x03\x81\x01T`\x04\x82\x01T`\x02\x83\x01\x80T`@\x80Q` \x80\x84\x02\x82\x01\x81\x01\x90\x92R\x82\x81R\x92\x94`\xFF\x16\x93g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x92\x91\x85\x91\x83\x01\x82\x82\x80\x15a\x08\xBEW` \x02\x82\x01\x91\x90_R` _ \x90[\x81T`\x01`\x01`\xA0\x1B\x03\x16\x81R`\x01\x90\x91\x01\x90` \x01\x80\x83\x11a\x08\xA0W[PPPPP\x92P\x93P\x93P\x93PP[\x91\x93\x90\x92PV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x08\xEE\x81a\x14\xBFV[a\x08\xF8\x83\x83a\x14\xE1V[PPPPV[a\t\x06a\x14\xD3V[`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14a\tPW`@Q\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\tZ\x82\x82a\x15\x89V[PPPV[__a\tia\x14\xD3V[\x90P`\x01`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x01` \x81\x90R`@\x90\x91 \x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\t\xA2Wa\t\xA2a\x1E\xF9V[\x14a\t\xE4W`@Q\x7FM\x05f\xB0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x07\x17V[\x83`\x05\x81\x11\x15a\n*W`@Q\x7F\xCE\xCE\xB0\xBE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`\x05`$\x82\x01R`D\x01a\x07\x17V[\x80\x15a\nGW`\xFF\x84\x16\x15\x80a\nBWP\x80\x84`\xFF\x16\x11[a\nNV[`\xFF\x84\x16\x15\x15[\x15a\n\x91W`@Q\x7Fd\xD5p\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x85\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x07\x17V[_[\x81\x81\x10\x15a\x0B\xC6W_\x87\x87\x83\x81\x81\x10a\n\xAEWa\n\xAEa\x1F\xACV[\x90P` \x02\x01` \x81\x01\x90a\n\xC3\x91\x90a\x1B\xE7V[\x90P`\x01`\x01`\xA0\x1B\x03\x81\x16\x15\x80a\n\xECWP\x83`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a\x0B.W`@Q\x7F\xF3\x8D@m\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x07\x17V[_[\x82\x81\x10\x15a\x0B\xBCW\x81`\x01`\x01`\xA0\x1B\x03\x16\x89\x89\x83\x81\x81\x10a\x0BTWa\x0BTa\x1F\xACV[\x90P` \x02\x01` \x81\x01\x90a\x0Bi\x91\x90a\x1B\xE7V[`\x01`\x01`\xA0\x1B\x03\x16\x03a\x0B\xB4W`@Q\x7F\xF3\x8D@m\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x07\x17V[`\x01\x01a\x0B0V[PP`\x01\x01a\n\x93V[P`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x02` R`@\x90 a\x0B\xE7\x81a\x16(V[`\x03Ta\x0B\xFE\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16Ba \x06V[\x93Pa\x0C\x0E`\x02\x82\x01\x88\x88a\x1A\xA6V[P`\x03\x81\x01\x80T`\xFF\x19\x16`\xFF\x87\x16\x17\x90U`\x04\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16\x17\x90U`@Q`\x01`\x01`\xA0\x1B\x03\x84\x16\x90\x7F{\x0E\x99\x113'\xAF\x0F\0\x08\xAC\x8F\xE2p\x8CG9N+\xAD\xD8}\xB8\x1FFK\x9C\xE1\xF6\x97\xA77\x90a\x0C\x97\x90\x8A\x90\x8A\x90\x8A\x90\x8A\x90a &V[`@Q\x80\x91\x03\x90\xA2PPP\x93\x92PPPV[\x7FJ\xF2\x94G\xB0\xB3\xABqJ\x85\x12\xE6\xF6\x9CQ^\x98\x03\xC0f\xFBlN-\xF4\x9B\xE4*\x14\xA6<\ra\x0C\xD3\x81a\x14\xBFV[a\x0C\xDC\x82a\x16\xCAV[PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` R`@\x81 ``\x91\x90\x81`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\r\x1AWa\r\x1Aa\x1E\xF9V[\x03a\r:W_`@Q\x80` \x01`@R\x80_\x81RP\x90\x92P\x92PP\x91P\x91V[`\x01\x81\x01T\x90T`@\x80Q`\xF8\x84\x90\x1B\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16` \x82\x01R`!\x80\x82\x01\x93\x90\x93R\x81Q\x80\x82\x03\x90\x93\x01\x83R`A\x01\x90R\x94c\x01\0\0\0\x90\x91\x04c\xFF\xFF\xFF\xFF\x16\x93P\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` R`@\x81 ``\x91`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\r\xD7Wa\r\xD7a\x1E\xF9V[\x03a\r\xF1WPP`@\x80Q` \x81\x01\x90\x91R_\x81R\x91\x90PV[`\x01\x81\x01T\x81T`@Q`\xF8\x92\x90\x92\x1B\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16` \x83\x01R`!\x82\x01R`A\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91PP\x91\x90PV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` \x81\x90R`@\x82 \x81\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x0E|Wa\x0E|a\x1E\xF9V[\x14\x92\x91PPV[\x7F\xCAw\xCD\x8F\x98V\xEF_\xCD6\xF6\xB1[\xF4i\xFE!l/\x91\x14\xF6\r\xD01\xF0\xA2\xB9{g\xAA\xA9a\x0E\xAD\x81a\x14\xBFV[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x01` \x81\x90R`@\x90\x91 \x90\x81\x01Tb\x01\0\0\x90\x04`\xFF\x16a\x0F\x15W`@Q\x7F\xB1,\x8F\x91\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x07\x17V[`\x01\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\x16\x90Ua\x0FGa\x14\xD3V[`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x7F\xB5\xC4@\xAC\x96\x19\x1Ca\xDB\x1C\xFFb\xB8\xAE`\t\xD5\xCB'\xA0\xA7{\xB7\xFDY\xBF\xDFm\xD4\x91#\x08\x85`@Qa\x07\xEB\x91\x81R` \x01\x90V[_a\x0F\x94a\x14\xD3V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` R`@\x81 \x91\x92P`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x0F\xCCWa\x0F\xCCa\x1E\xF9V[\x14a\x10\x18W\x81\x81`\x01\x01`\x01\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`@Q\x7F_I\x81\xB2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x07\x17\x92\x91\x90a \x8DV[_\x86`\x03\x81\x11\x15a\x10+Wa\x10+a\x1E\xF9V[\x03a\x10bW`@Q\x7F\xD9TAj\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[__a\x10n\x87\x87a\x17\xB1V[`\x01\x85\x01\x80T\x92\x94P\x90\x92P\x89\x91\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\x16a\x01\0\x83`\x03\x81\x11\x15a\x10\xB3Wa\x10\xB3a\x1E\xF9V[\x02\x17\x90UP`\x01\x83\x01\x80T\x82\x85U\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\0\x16`\xFF\x84\x16\x17c\x01\0\0\0\x17\x90U\x87`\x03\x81\x11\x15a\x11\x02Wa\x11\x02a\x1E\xF9V[\x84`\x01`\x01`\xA0\x1B\x03\x16\x7F\xD5\xD6\x9B\xAA\xDD\xB6\xD8\xD6\xA2\xDDp\xF3\x85\x85\x01-0\xF6\x8AyF\x1B~PW\xC8\xDE\xBB\x11N@A\x87`@Qa\x11=\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3\x83`\x01`\x01`\xA0\x1B\x03\x16\x7F,\xEF^\xE6K^\xA4\x84j\x8D\x1C.\xA7\xE4=\xC6\xBCs\x94\xDF\xC1\xAD\xE9\x0E\xE1y]\x89X\xA5s\xDA\x88\x88`\x01`@Qa\x11\x83\x93\x92\x91\x90a \xF1V[`@Q\x80\x91\x03\x90\xA2PPPPPPPPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x02` R`@\x81 \x81\x90a\x11\xB7\x90a\x14\x82V[\x80T\x90\x91P_[\x81\x81\x10\x15a\x12\x0FW\x84`\x01`\x01`\xA0\x1B\x03\x16\x83\x82\x81T\x81\x10a\x11\xE2Wa\x11\xE2a\x1F\xACV[_\x91\x82R` \x90\x91 \x01T`\x01`\x01`\xA0\x1B\x03\x16\x03a\x12\x07W`\x01\x93PPPPa\x05\xDCV[`\x01\x01a\x11\xBEV[P_\x95\x94PPPPPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x124\x81a\x14\xBFV[a\x08\xF8\x83\x83a\x15\x89V[_a\x12Ga\x14\xD3V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x02` R`@\x90 \x90\x91Pa\x12j\x81a\x16(V[`\x04\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x03a\x12\xBCW`@Q\x7F6\x9E\xBFh\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x07\x17V[`\x02\x81\x01_a\x12\xCB\x82\x82a\x1B\x1BV[P`\x01\x01\x80T`\xFF\x19\x16\x90U`\x04\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x90U`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x7F8\xFEw\x97=\xCC\xEF3,\xE8\x9E0\xC8\xC5\x8B\x02\x02\xC9\xCD\x95\xF4f)\x9CJY\xE4\xB4\xE9\xEE;S\x90_\x90\xA2PPV[_a\x13Aa\x14\xD3V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` R`@\x81 \x91\x92P`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x13yWa\x13ya\x1E\xF9V[\x03a\x13\xBBW`@Q\x7F\xBF\xC6\xC37\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x07\x17V[__a\x13\xC7\x86\x86a\x17\xB1V[\x91P\x91P_\x83`\x01\x01`\x03\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16`\x01a\x13\xED\x91\x90a!\x1AV[`\x01\x85\x01\x80T\x84\x87Uc\xFF\xFF\xFF\xFF\x83\x16c\x01\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\0\x90\x91\x16`\xFF\x87\x16\x17\x17\x90U`@Q\x90\x91P`\x01`\x01`\xA0\x1B\x03\x86\x16\x90\x7F,\xEF^\xE6K^\xA4\x84j\x8D\x1C.\xA7\xE4=\xC6\xBCs\x94\xDF\xC1\xAD\xE9\x0E\xE1y]\x89X\xA5s\xDA\x90a\x14q\x90\x8A\x90\x8A\x90\x86\x90a \xF1V[`@Q\x80\x91\x03\x90\xA2PPPPPPPV[`\x04\x81\x01T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a\x14\xAFWP`\x04\x82\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x14\xBBWP`\x02\x01\x90V[P\x90V[a\x14\xD0\x81a\x14\xCBa\x14\xD3V[a\x18\xA4V[PV[_a\x14\xDCa\x19\x0FV[\x90P\x90V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x15\x82W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\x15:a\x14\xD3V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x05\xDCV[P_a\x05\xDCV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16\x15a\x15\x82W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16\x90Ua\x15\xE0a\x14\xD3V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x05\xDCV[`\x04\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a\x16SWP`\x04\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x14\xD0W`\x02\x81\x01\x80Ta\x16i\x91\x83\x91a\x1B6V[P`\x03\x81\x01T`\x01\x82\x01\x80T`\xFF\x19\x16`\xFF\x90\x92\x16\x91\x90\x91\x17\x90U`\x02\x81\x01_a\x16\x93\x82\x82a\x1B\x1BV[P`\x01\x01\x80T`\xFF\x19\x16\x90U`\x04\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x90UV[a\x0E\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x80a\x16\xF0WPb'\x8D\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x11[\x15a\x17DW`@Q\x7F\x81\xBC\xB7\xEF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01Ra\x0E\x10`$\x82\x01Rb'\x8D\0`D\x82\x01R`d\x01a\x07\x17V[`\x03\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F\xA1\xFD2i\xE1\xC9\xDCZ\xEAv%\x1Ei\xFAc\xB3\x91\xC7\xEF\xC6\xB4\xCE3\x0FP\xE8\xCDX\x9AY\x16\xF1\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[_\x80`!\x83\x14a\x17\xF1W\x83\x83`@Q\x7FY\x16\x18\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x07\x17\x92\x91\x90a!6V[\x83\x83_\x81\x81\x10a\x18\x03Wa\x18\x03a\x1F\xACV[\x91\x90\x91\x015`\xF8\x1C\x92Pa\x18\x1D\x90P`!`\x01\x85\x87a!QV[a\x18&\x91a!xV[\x90P\x81`\xFF\x16`\x02\x14\x15\x80\x15a\x18@WP\x81`\xFF\x16`\x03\x14\x15[\x80a\x18QWPd\x01\0\0\x03\xD0\x19\x81\x10\x15[\x80a\x18bWPa\x18`\x81a\x19yV[\x15[\x15a\x18\x9DW\x83\x83`@Q\x7FY\x16\x18\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x07\x17\x92\x91\x90a!6V[\x92P\x92\x90PV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T`\xFF\x16a\x0C\xDCW`@Q\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x07\x17V[_6`\x14\x80\x82\x10\x80\x15\x90a\x19KWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x163\x14[\x15a\x19qWa\x19^6\x82\x84\x03\x81_a!QV[a\x19g\x91a!\xB4V[``\x1C\x92PPP\x90V[3\x92PPP\x90V[_\x80d\x01\0\0\x03\xD0\x19`\x07d\x01\0\0\x03\xD0\x19\x85d\x01\0\0\x03\xD0\x19\x87\x88\t\t\x08\x90P\x80_\x03a\x19\xAAWP`\x01\x92\x91PPV[_\x80`\x05` \x80\x80\x86`\x02a\x19\xC6`\x01d\x01\0\0\x03\xD0\x19a\"\x1AV[a\x19\xD0\x91\x90a\"-V[`@\x80Q` \x81\x01\x96\x90\x96R\x85\x01\x93\x90\x93R``\x84\x01\x91\x90\x91R`\x80\x83\x01R`\xA0\x82\x01Rd\x01\0\0\x03\xD0\x19`\xC0\x82\x01R`\xE0\x01`@\x80Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x81\x84\x03\x01\x81R\x90\x82\x90Ra\x1A;\x91a\"eV[_`@Q\x80\x83\x03\x81\x85Z\xFA\x91PP=\x80_\x81\x14a\x1AsW`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\x1AxV[``\x91P[P\x91P\x91P\x81\x80\x15a\x1A\x9DWP\x80\x80` \x01\x90Q\x81\x01\x90a\x1A\x99\x91\x90a\"{V[`\x01\x14[\x95\x94PPPPPV[\x82\x80T\x82\x82U\x90_R` _ \x90\x81\x01\x92\x82\x15a\x1B\x0FW\x91` \x02\x82\x01[\x82\x81\x11\x15a\x1B\x0FW\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\x01`\xA0\x1B\x03\x845\x16\x17\x82U` \x90\x92\x01\x91`\x01\x90\x91\x01\x90a\x1A\xC4V[Pa\x14\xBB\x92\x91Pa\x1BrV[P\x80T_\x82U\x90_R` _ \x90\x81\x01\x90a\x14\xD0\x91\x90a\x1BrV[\x82\x80T\x82\x82U\x90_R` _ \x90\x81\x01\x92\x82\x15a\x1B\x0FW_R` _ \x91\x82\x01[\x82\x81\x11\x15a\x1B\x0FW\x82T\x82U\x91`\x01\x01\x91\x90`\x01\x01\x90a\x1BWV[[\x80\x82\x11\x15a\x14\xBBW_\x81U`\x01\x01a\x1BsV[_` \x82\x84\x03\x12\x15a\x1B\x96W__\xFD[\x815\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x81\x14a\x1B\xC5W__\xFD[\x93\x92PPPV[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x1B\xE2W__\xFD[\x91\x90PV[_` \x82\x84\x03\x12\x15a\x1B\xF7W__\xFD[a\x1B\xC5\x82a\x1B\xCCV[_\x81Q\x80\x84R` \x84\x01\x93P` \x83\x01_[\x82\x81\x10\x15a\x1C9W\x81Q`\x01`\x01`\xA0\x1B\x03\x16\x86R` \x95\x86\x01\x95\x90\x91\x01\x90`\x01\x01a\x1C\x12V[P\x93\x94\x93PPPPV[`@\x81R_a\x1CU`@\x83\x01\x85a\x1C\0V[\x90P`\xFF\x83\x16` \x83\x01R\x93\x92PPPV[__`@\x83\x85\x03\x12\x15a\x1CxW__\xFD[a\x1C\x81\x83a\x1B\xCCV[\x94` \x93\x90\x93\x015\x93PPPV[_` \x82\x84\x03\x12\x15a\x1C\x9FW__\xFD[P5\x91\x90PV[``\x81R_a\x1C\xB8``\x83\x01\x86a\x1C\0V[\x90P`\xFF\x84\x16` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`@\x83\x01R\x94\x93PPPPV[__`@\x83\x85\x03\x12\x15a\x1C\xECW__\xFD[\x825\x91Pa\x1C\xFC` \x84\x01a\x1B\xCCV[\x90P\x92P\x92\x90PV[___`@\x84\x86\x03\x12\x15a\x1D\x17W__\xFD[\x835g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1D-W__\xFD[\x84\x01`\x1F\x81\x01\x86\x13a\x1D=W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1DSW__\xFD[\x86` \x82`\x05\x1B\x84\x01\x01\x11\x15a\x1DgW__\xFD[` \x91\x82\x01\x94P\x92P\x84\x015`\xFF\x81\x16\x81\x14a\x1D\x81W__\xFD[\x80\x91PP\x92P\x92P\x92V[_` \x82\x84\x03\x12\x15a\x1D\x9CW__\xFD[\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1B\xC5W__\xFD[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[`@\x81R_a\x1E\x11`@\x83\x01\x85a\x1D\xB3V[\x90Pc\xFF\xFF\xFF\xFF\x83\x16` \x83\x01R\x93\x92PPPV[` \x81R_a\x1B\xC5` \x83\x01\x84a\x1D\xB3V[__\x83`\x1F\x84\x01\x12a\x1EHW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1E_W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a\x18\x9DW__\xFD[____``\x85\x87\x03\x12\x15a\x1E\x89W__\xFD[\x845`\x04\x81\x10a\x1E\x97W__\xFD[\x93P` \x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1E\xB2W__\xFD[a\x1E\xBE\x87\x82\x88\x01a\x1E8V[\x95\x98\x90\x97P\x94\x95`@\x015\x94\x93PPPPV[__`@\x83\x85\x03\x12\x15a\x1E\xE2W__\xFD[a\x1E\xEB\x83a\x1B\xCCV[\x91Pa\x1C\xFC` \x84\x01a\x1B\xCCV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x04\x81\x10a\x1F[W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x90RV[` \x81\x01a\x05\xDC\x82\x84a\x1F&V[__` \x83\x85\x03\x12\x15a\x1F~W__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1F\x94W__\xFD[a\x1F\xA0\x85\x82\x86\x01a\x1E8V[\x90\x96\x90\x95P\x93PPPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x05\xDCWa\x05\xDCa\x1F\xD9V[``\x80\x82R\x81\x01\x84\x90R_\x85`\x80\x83\x01\x82[\x87\x81\x10\x15a fW`\x01`\x01`\xA0\x1B\x03a Q\x84a\x1B\xCCV[\x16\x82R` \x92\x83\x01\x92\x90\x91\x01\x90`\x01\x01a 8V[P`\xFF\x95\x90\x95\x16` \x84\x01RPPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16`@\x90\x91\x01R\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x83\x16\x81R`@\x81\x01a\x1B\xC5` \x83\x01\x84a\x1F&V[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[`@\x81R_a!\x04`@\x83\x01\x85\x87a \xAAV[\x90Pc\xFF\xFF\xFF\xFF\x83\x16` \x83\x01R\x94\x93PPPPV[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x05\xDCWa\x05\xDCa\x1F\xD9V[` \x81R_a!I` \x83\x01\x84\x86a \xAAV[\x94\x93PPPPV[__\x85\x85\x11\x15a!_W__\xFD[\x83\x86\x11\x15a!kW__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805` \x83\x10\x15a\x05\xDCW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x90\x03`\x03\x1B\x1B\x16\x92\x91PPV[\x805\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x90`\x14\x84\x10\x15a\"\x13W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85`\x14\x03`\x03\x1B\x1B\x82\x16\x16\x91P[P\x92\x91PPV[\x81\x81\x03\x81\x81\x11\x15a\x05\xDCWa\x05\xDCa\x1F\xD9V[_\x82a\"`W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[P\x04\x90V[_\x82Q\x80` \x85\x01\x84^_\x92\x01\x91\x82RP\x91\x90PV[_` \x82\x84\x03\x12\x15a\"\x8BW__\xFD[PQ\x91\x90PV\xFE\xA1dsolcC\0\x08\x1E\0\n",
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
    /**Custom error with signature `InvalidGuardian(address)` and selector `0xf38d406d`.
    ```solidity
    error InvalidGuardian(address guardian);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidGuardian {
        #[allow(missing_docs)]
        pub guardian: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<InvalidGuardian> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidGuardian) -> Self {
                (value.guardian,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidGuardian {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { guardian: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidGuardian {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidGuardian(address)";
            const SELECTOR: [u8; 4] = [243u8, 141u8, 64u8, 109u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.guardian,
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
    error NoPendingGuardians(address patient);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NoPendingGuardians {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
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
                (value.patient,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NoPendingGuardians {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { patient: tuple.0 }
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
                    &self.patient,
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
    /**Event with signature `GuardiansCancelled(address)` and selector `0x38fe77973dccef332ce89e30c8c58b0202c9cd95f466299c4a59e4b4e9ee3b53`.
    ```solidity
    event GuardiansCancelled(address indexed patient);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct GuardiansCancelled {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for GuardiansCancelled {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList =
                (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            const SIGNATURE: &'static str = "GuardiansCancelled(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    56u8, 254u8, 119u8, 151u8, 61u8, 204u8, 239u8, 51u8, 44u8, 232u8, 158u8, 48u8,
                    200u8, 197u8, 139u8, 2u8, 2u8, 201u8, 205u8, 149u8, 244u8, 102u8, 41u8, 156u8,
                    74u8, 89u8, 228u8, 180u8, 233u8, 238u8, 59u8, 83u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { patient: topics.1 }
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
                (Self::SIGNATURE_HASH.into(), self.patient.clone())
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
                    &self.patient,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for GuardiansCancelled {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&GuardiansCancelled> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &GuardiansCancelled) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `GuardiansProposed(address,address[],uint8,uint64)` and selector `0x7b0e99113327af0f0008ac8fe2708c47394e2badd87db81f464b9ce1f697a737`.
    ```solidity
    event GuardiansProposed(address indexed patient, address[] guardians, uint8 threshold, uint64 effectiveAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct GuardiansProposed {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub guardians: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
        #[allow(missing_docs)]
        pub threshold: u8,
        #[allow(missing_docs)]
        pub effectiveAt: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for GuardiansProposed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList =
                (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            const SIGNATURE: &'static str = "GuardiansProposed(address,address[],uint8,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    123u8, 14u8, 153u8, 17u8, 51u8, 39u8, 175u8, 15u8, 0u8, 8u8, 172u8, 143u8,
                    226u8, 112u8, 140u8, 71u8, 57u8, 78u8, 43u8, 173u8, 216u8, 125u8, 184u8, 31u8,
                    70u8, 75u8, 156u8, 225u8, 246u8, 151u8, 167u8, 55u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    patient: topics.1,
                    guardians: data.0,
                    threshold: data.1,
                    effectiveAt: data.2,
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
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.guardians),
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
                (Self::SIGNATURE_HASH.into(), self.patient.clone())
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
                    &self.patient,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for GuardiansProposed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&GuardiansProposed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &GuardiansProposed) -> alloy_sol_types::private::LogData {
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
    /**Function with signature `cancelGuardians()` and selector `0xdfef5e5f`.
    ```solidity
    function cancelGuardians() external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct cancelGuardiansCall;
    ///Container type for the return parameters of the [`cancelGuardians()`](cancelGuardiansCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct cancelGuardiansReturn {}
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
            impl ::core::convert::From<cancelGuardiansCall> for UnderlyingRustTuple<'_> {
                fn from(value: cancelGuardiansCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for cancelGuardiansCall {
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
            impl ::core::convert::From<cancelGuardiansReturn> for UnderlyingRustTuple<'_> {
                fn from(value: cancelGuardiansReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for cancelGuardiansReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl cancelGuardiansReturn {
            fn _tokenize(
                &self,
            ) -> <cancelGuardiansCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for cancelGuardiansCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = cancelGuardiansReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "cancelGuardians()";
            const SELECTOR: [u8; 4] = [223u8, 239u8, 94u8, 95u8];
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
                cancelGuardiansReturn::_tokenize(ret)
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
    /**Function with signature `guardians(address)` and selector `0x0633b14a`.
    ```solidity
    function guardians(address patient) external view returns (address[] memory set, uint8 threshold);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct guardiansCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`guardians(address)`](guardiansCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct guardiansReturn {
        #[allow(missing_docs)]
        pub set: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
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
            impl ::core::convert::From<guardiansCall> for UnderlyingRustTuple<'_> {
                fn from(value: guardiansCall) -> Self {
                    (value.patient,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for guardiansCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { patient: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (alloy::sol_types::private::Vec<alloy::sol_types::private::Address>, u8);
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
            impl ::core::convert::From<guardiansReturn> for UnderlyingRustTuple<'_> {
                fn from(value: guardiansReturn) -> Self {
                    (value.set, value.threshold)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for guardiansReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { set: tuple.0, threshold: tuple.1 }
                }
            }
        }
        impl guardiansReturn {
            fn _tokenize(&self) -> <guardiansCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.set),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.threshold),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for guardiansCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = guardiansReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "guardians(address)";
            const SELECTOR: [u8; 4] = [6u8, 51u8, 177u8, 74u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.patient,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                guardiansReturn::_tokenize(ret)
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
    /**Function with signature `isGuardian(address,address)` and selector `0xd4ee9734`.
    ```solidity
    function isGuardian(address patient, address account) external view returns (bool);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isGuardianCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isGuardian(address,address)`](isGuardianCall) function.
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
            impl ::core::convert::From<isGuardianCall> for UnderlyingRustTuple<'_> {
                fn from(value: isGuardianCall) -> Self {
                    (value.patient, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isGuardianCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { patient: tuple.0, account: tuple.1 }
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
            type Parameters<'a> =
                (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Address);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isGuardian(address,address)";
            const SELECTOR: [u8; 4] = [212u8, 238u8, 151u8, 52u8];
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
                        &self.patient,
                    ),
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
    /**Function with signature `pendingGuardians(address)` and selector `0x2d1836f8`.
    ```solidity
    function pendingGuardians(address patient) external view returns (address[] memory set, uint8 threshold, uint64 effectiveAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pendingGuardiansCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`pendingGuardians(address)`](pendingGuardiansCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pendingGuardiansReturn {
        #[allow(missing_docs)]
        pub set: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
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
            impl ::core::convert::From<pendingGuardiansCall> for UnderlyingRustTuple<'_> {
                fn from(value: pendingGuardiansCall) -> Self {
                    (value.patient,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pendingGuardiansCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { patient: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (alloy::sol_types::private::Vec<alloy::sol_types::private::Address>, u8, u64);
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
            impl ::core::convert::From<pendingGuardiansReturn> for UnderlyingRustTuple<'_> {
                fn from(value: pendingGuardiansReturn) -> Self {
                    (value.set, value.threshold, value.effectiveAt)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pendingGuardiansReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { set: tuple.0, threshold: tuple.1, effectiveAt: tuple.2 }
                }
            }
        }
        impl pendingGuardiansReturn {
            fn _tokenize(
                &self,
            ) -> <pendingGuardiansCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.set),
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
        impl alloy_sol_types::SolCall for pendingGuardiansCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = pendingGuardiansReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "pendingGuardians(address)";
            const SELECTOR: [u8; 4] = [45u8, 24u8, 54u8, 248u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.patient,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                pendingGuardiansReturn::_tokenize(ret)
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
    /**Function with signature `proposeGuardians(address[],uint8)` and selector `0x388ab2a1`.
    ```solidity
    function proposeGuardians(address[] memory set, uint8 threshold) external returns (uint64 effectiveAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposeGuardiansCall {
        #[allow(missing_docs)]
        pub set: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
        #[allow(missing_docs)]
        pub threshold: u8,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`proposeGuardians(address[],uint8)`](proposeGuardiansCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposeGuardiansReturn {
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
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (alloy::sol_types::private::Vec<alloy::sol_types::private::Address>, u8);
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
            impl ::core::convert::From<proposeGuardiansCall> for UnderlyingRustTuple<'_> {
                fn from(value: proposeGuardiansCall) -> Self {
                    (value.set, value.threshold)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proposeGuardiansCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { set: tuple.0, threshold: tuple.1 }
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
            impl ::core::convert::From<proposeGuardiansReturn> for UnderlyingRustTuple<'_> {
                fn from(value: proposeGuardiansReturn) -> Self {
                    (value.effectiveAt,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proposeGuardiansReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { effectiveAt: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proposeGuardiansCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "proposeGuardians(address[],uint8)";
            const SELECTOR: [u8; 4] = [56u8, 138u8, 178u8, 161u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.set),
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
                        let r: proposeGuardiansReturn = r.into();
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
                    let r: proposeGuardiansReturn = r.into();
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
        cancelGuardians(cancelGuardiansCall),
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
        guardians(guardiansCall),
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
        pendingGuardians(pendingGuardiansCall),
        #[allow(missing_docs)]
        proposeGuardians(proposeGuardiansCall),
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
            [6u8, 51u8, 177u8, 74u8],
            [18u8, 33u8, 209u8, 71u8],
            [20u8, 13u8, 7u8, 90u8],
            [32u8, 56u8, 66u8, 30u8],
            [36u8, 138u8, 156u8, 163u8],
            [45u8, 24u8, 54u8, 248u8],
            [47u8, 47u8, 241u8, 93u8],
            [47u8, 129u8, 187u8, 88u8],
            [54u8, 86u8, 138u8, 190u8],
            [56u8, 138u8, 178u8, 161u8],
            [66u8, 44u8, 29u8, 55u8],
            [79u8, 198u8, 32u8, 66u8],
            [80u8, 143u8, 58u8, 55u8],
            [87u8, 43u8, 108u8, 5u8],
            [89u8, 132u8, 184u8, 80u8],
            [119u8, 200u8, 197u8, 26u8],
            [125u8, 160u8, 168u8, 119u8],
            [141u8, 250u8, 222u8, 219u8],
            [143u8, 156u8, 121u8, 237u8],
            [145u8, 209u8, 72u8, 84u8],
            [162u8, 23u8, 253u8, 223u8],
            [185u8, 54u8, 128u8, 52u8],
            [187u8, 148u8, 72u8, 225u8],
            [212u8, 238u8, 151u8, 52u8],
            [213u8, 71u8, 116u8, 31u8],
            [213u8, 144u8, 248u8, 201u8],
            [215u8, 77u8, 189u8, 45u8],
            [223u8, 239u8, 94u8, 95u8],
            [241u8, 147u8, 16u8, 195u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(supportsInterface),
            ::core::stringify!(guardians),
            ::core::stringify!(MAX_GUARDIAN_DELAY),
            ::core::stringify!(guardianDelay),
            ::core::stringify!(attestResearcher),
            ::core::stringify!(getRoleAdmin),
            ::core::stringify!(pendingGuardians),
            ::core::stringify!(grantRole),
            ::core::stringify!(ATTESTER_ROLE),
            ::core::stringify!(renounceRole),
            ::core::stringify!(proposeGuardians),
            ::core::stringify!(MAX_GUARDIANS),
            ::core::stringify!(PARAMS_ROLE),
            ::core::stringify!(isVerifiedResearcher),
            ::core::stringify!(isTrustedForwarder),
            ::core::stringify!(setGuardianDelay),
            ::core::stringify!(encryptionKeyOf),
            ::core::stringify!(trustedForwarder),
            ::core::stringify!(encryptionKey),
            ::core::stringify!(isPatient),
            ::core::stringify!(hasRole),
            ::core::stringify!(DEFAULT_ADMIN_ROLE),
            ::core::stringify!(revokeResearcher),
            ::core::stringify!(register),
            ::core::stringify!(isGuardian),
            ::core::stringify!(revokeRole),
            ::core::stringify!(role),
            ::core::stringify!(MIN_GUARDIAN_DELAY),
            ::core::stringify!(cancelGuardians),
            ::core::stringify!(rotateKey),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <supportsInterfaceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <guardiansCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_GUARDIAN_DELAYCall as alloy_sol_types::SolCall>::SIGNATURE,
            <guardianDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <attestResearcherCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getRoleAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pendingGuardiansCall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ATTESTER_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <renounceRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proposeGuardiansCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_GUARDIANSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <PARAMS_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <isVerifiedResearcherCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isTrustedForwarderCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setGuardianDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <encryptionKeyOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <trustedForwarderCall as alloy_sol_types::SolCall>::SIGNATURE,
            <encryptionKeyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isPatientCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hasRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeResearcherCall as alloy_sol_types::SolCall>::SIGNATURE,
            <registerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isGuardianCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <roleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MIN_GUARDIAN_DELAYCall as alloy_sol_types::SolCall>::SIGNATURE,
            <cancelGuardiansCall as alloy_sol_types::SolCall>::SIGNATURE,
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
        const COUNT: usize = 30usize;
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
                Self::cancelGuardians(_) => {
                    <cancelGuardiansCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::encryptionKey(_) => <encryptionKeyCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::encryptionKeyOf(_) => {
                    <encryptionKeyOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getRoleAdmin(_) => <getRoleAdminCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::grantRole(_) => <grantRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::guardianDelay(_) => <guardianDelayCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::guardians(_) => <guardiansCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::hasRole(_) => <hasRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isGuardian(_) => <isGuardianCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isPatient(_) => <isPatientCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isTrustedForwarder(_) => {
                    <isTrustedForwarderCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::isVerifiedResearcher(_) => {
                    <isVerifiedResearcherCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::pendingGuardians(_) => {
                    <pendingGuardiansCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::proposeGuardians(_) => {
                    <proposeGuardiansCall as alloy_sol_types::SolCall>::SELECTOR
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
                    fn guardians(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <guardiansCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::guardians)
                    }
                    guardians
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
                    fn pendingGuardians(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <pendingGuardiansCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::pendingGuardians)
                    }
                    pendingGuardians
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
                    fn proposeGuardians(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <proposeGuardiansCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::proposeGuardians)
                    }
                    proposeGuardians
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
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
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
                    fn isGuardian(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <isGuardianCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::isGuardian)
                    }
                    isGuardian
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
                    fn cancelGuardians(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <cancelGuardiansCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::cancelGuardians)
                    }
                    cancelGuardians
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
                    fn guardians(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <guardiansCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AccountRegistryCalls::guardians)
                    }
                    guardians
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
                    fn pendingGuardians(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <pendingGuardiansCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AccountRegistryCalls::pendingGuardians)
                    }
                    pendingGuardians
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
                    fn proposeGuardians(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <proposeGuardiansCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AccountRegistryCalls::proposeGuardians)
                    }
                    proposeGuardians
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
                    fn isGuardian(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <isGuardianCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AccountRegistryCalls::isGuardian)
                    }
                    isGuardian
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
                    fn cancelGuardians(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <cancelGuardiansCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AccountRegistryCalls::cancelGuardians)
                    }
                    cancelGuardians
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
                Self::cancelGuardians(inner) => {
                    <cancelGuardiansCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
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
                Self::guardians(inner) => {
                    <guardiansCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
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
                Self::pendingGuardians(inner) => {
                    <pendingGuardiansCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::proposeGuardians(inner) => {
                    <proposeGuardiansCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
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
                Self::cancelGuardians(inner) => {
                    <cancelGuardiansCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
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
                Self::guardians(inner) => {
                    <guardiansCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
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
                Self::pendingGuardians(inner) => {
                    <pendingGuardiansCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::proposeGuardians(inner) => {
                    <proposeGuardiansCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
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
        InvalidGuardian(InvalidGuardian),
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
            [243u8, 141u8, 64u8, 109u8],
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
            ::core::stringify!(InvalidGuardian),
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
            <InvalidGuardian as alloy_sol_types::SolError>::SIGNATURE,
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
        const COUNT: usize = 15usize;
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
                Self::InvalidGuardian(_) => {
                    <InvalidGuardian as alloy_sol_types::SolError>::SELECTOR
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
                {
                    fn InvalidGuardian(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <InvalidGuardian as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AccountRegistryErrors::InvalidGuardian)
                    }
                    InvalidGuardian
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
                {
                    fn InvalidGuardian(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <InvalidGuardian as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AccountRegistryErrors::InvalidGuardian)
                    }
                    InvalidGuardian
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
                Self::InvalidGuardian(inner) => {
                    <InvalidGuardian as alloy_sol_types::SolError>::abi_encoded_size(
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
                Self::InvalidGuardian(inner) => {
                    <InvalidGuardian as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
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
        GuardiansCancelled(GuardiansCancelled),
        #[allow(missing_docs)]
        GuardiansProposed(GuardiansProposed),
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
                56u8, 254u8, 119u8, 151u8, 61u8, 204u8, 239u8, 51u8, 44u8, 232u8, 158u8, 48u8,
                200u8, 197u8, 139u8, 2u8, 2u8, 201u8, 205u8, 149u8, 244u8, 102u8, 41u8, 156u8,
                74u8, 89u8, 228u8, 180u8, 233u8, 238u8, 59u8, 83u8,
            ],
            [
                79u8, 99u8, 241u8, 81u8, 194u8, 47u8, 132u8, 84u8, 254u8, 202u8, 0u8, 104u8, 1u8,
                34u8, 133u8, 10u8, 216u8, 206u8, 127u8, 39u8, 162u8, 135u8, 60u8, 186u8, 39u8,
                203u8, 63u8, 65u8, 206u8, 103u8, 108u8, 7u8,
            ],
            [
                123u8, 14u8, 153u8, 17u8, 51u8, 39u8, 175u8, 15u8, 0u8, 8u8, 172u8, 143u8, 226u8,
                112u8, 140u8, 71u8, 57u8, 78u8, 43u8, 173u8, 216u8, 125u8, 184u8, 31u8, 70u8, 75u8,
                156u8, 225u8, 246u8, 151u8, 167u8, 55u8,
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
            ::core::stringify!(EncryptionKeySet),
            ::core::stringify!(RoleGranted),
            ::core::stringify!(GuardiansCancelled),
            ::core::stringify!(ResearcherVerified),
            ::core::stringify!(GuardiansProposed),
            ::core::stringify!(GuardianDelaySet),
            ::core::stringify!(ResearcherRevoked),
            ::core::stringify!(RoleAdminChanged),
            ::core::stringify!(Registered),
            ::core::stringify!(RoleRevoked),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <EncryptionKeySet as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE,
            <GuardiansCancelled as alloy_sol_types::SolEvent>::SIGNATURE,
            <ResearcherVerified as alloy_sol_types::SolEvent>::SIGNATURE,
            <GuardiansProposed as alloy_sol_types::SolEvent>::SIGNATURE,
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
                Some(<GuardiansCancelled as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <GuardiansCancelled as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::GuardiansCancelled)
                }
                Some(<GuardiansProposed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <GuardiansProposed as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::GuardiansProposed)
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
                Self::GuardiansCancelled(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::GuardiansProposed(inner) => {
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
                Self::GuardiansCancelled(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::GuardiansProposed(inner) => {
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
        ///Creates a new call builder for the [`cancelGuardians`] function.
        pub fn cancelGuardians(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, cancelGuardiansCall, N> {
            self.call_builder(&cancelGuardiansCall)
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
        ///Creates a new call builder for the [`guardians`] function.
        pub fn guardians(
            &self,
            patient: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, guardiansCall, N> {
            self.call_builder(&guardiansCall { patient })
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
            patient: alloy::sol_types::private::Address,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, isGuardianCall, N> {
            self.call_builder(&isGuardianCall { patient, account })
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
        ///Creates a new call builder for the [`pendingGuardians`] function.
        pub fn pendingGuardians(
            &self,
            patient: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, pendingGuardiansCall, N> {
            self.call_builder(&pendingGuardiansCall { patient })
        }
        ///Creates a new call builder for the [`proposeGuardians`] function.
        pub fn proposeGuardians(
            &self,
            set: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
            threshold: u8,
        ) -> alloy_contract::SolCallBuilder<&P, proposeGuardiansCall, N> {
            self.call_builder(&proposeGuardiansCall { set, threshold })
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
        ///Creates a new event filter for the [`GuardiansCancelled`] event.
        pub fn GuardiansCancelled_filter(
            &self,
        ) -> alloy_contract::Event<&P, GuardiansCancelled, N> {
            self.event_filter::<GuardiansCancelled>()
        }
        ///Creates a new event filter for the [`GuardiansProposed`] event.
        pub fn GuardiansProposed_filter(&self) -> alloy_contract::Event<&P, GuardiansProposed, N> {
            self.event_filter::<GuardiansProposed>()
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
