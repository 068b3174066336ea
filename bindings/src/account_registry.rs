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
    error AccessControlEnforcedDefaultAdminDelay(uint48 schedule);
    error AccessControlEnforcedDefaultAdminRules();
    error AccessControlInvalidDefaultAdmin(address defaultAdmin);
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
    error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
    error TooManyGuardians(uint256 count, uint256 max);

    event DefaultAdminDelayChangeCanceled();
    event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule);
    event DefaultAdminTransferCanceled();
    event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule);
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

    function ADMIN_TRANSFER_DELAY() external view returns (uint48);
    function ATTESTER_ROLE() external view returns (bytes32);
    function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
    function MAX_GUARDIANS() external view returns (uint256);
    function MAX_GUARDIAN_DELAY() external view returns (uint64);
    function MIN_GUARDIAN_DELAY() external view returns (uint64);
    function PARAMS_ROLE() external view returns (bytes32);
    function acceptDefaultAdminTransfer() external;
    function attestResearcher(address researcher, bytes32 attestation) external;
    function beginDefaultAdminTransfer(address newAdmin) external;
    function cancelDefaultAdminTransfer() external;
    function cancelGuardianSet() external;
    function changeDefaultAdminDelay(uint48 newDelay) external;
    function defaultAdmin() external view returns (address);
    function defaultAdminDelay() external view returns (uint48);
    function defaultAdminDelayIncreaseWait() external view returns (uint48);
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
    function owner() external view returns (address);
    function pendingDefaultAdmin() external view returns (address newAdmin, uint48 schedule);
    function pendingDefaultAdminDelay() external view returns (uint48 newDelay, uint48 schedule);
    function pendingGuardianSet(address controller) external view returns (bytes32 root, uint8 size, uint8 threshold, uint64 effectiveAt);
    function proposeGuardianSet(bytes32 root, uint8 size, uint8 threshold) external returns (uint64 effectiveAt);
    function register(IAccountRegistry.Role role_, bytes memory key, bytes32 commitment) external;
    function renounceRole(bytes32 role, address account) external;
    function revokeResearcher(address researcher, bytes32 reason) external;
    function revokeRole(bytes32 role, address account) external;
    function role(address account) external view returns (IAccountRegistry.Role);
    function rollbackDefaultAdminDelay() external;
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
    "name": "acceptDefaultAdminTransfer",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
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
    "name": "cancelGuardianSet",
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
    "name": "rollbackDefaultAdminDelay",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
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
    ///0x60a060405234801561000f575f5ffd5b50604051612ed4380380612ed483398101604081905261002e9161030a565b81836203f480816001600160a01b03811661006357604051636116401160e11b81525f60048201526024015b60405180910390fd5b600180546001600160d01b0316600160d01b65ffffffffffff85160217905561008c5f826100ad565b505050506001600160a01b03166080526100a58161011c565b5050506103b9565b5f82610109575f6100c66002546001600160a01b031690565b6001600160a01b0316146100ed57604051631fe1e13d60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384161790555b61011383836101ce565b90505b92915050565b610e106001600160401b0382161080610140575062278d006001600160401b038216115b1561017a576040516381bcb7ef60e01b81526001600160401b0382166004820152610e10602482015262278d00604482015260640161005a565b600580546001600160401b0319166001600160401b0383169081179091556040519081527fa1fd3269e1c9dc5aea76251e69fa63b391c7efc6b4ce330f50e8cd589a5916f19060200160405180910390a150565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661026f575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610227610276565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610116565b505f610116565b5f61027f610284565b905090565b5f36601480821080159061029c575061029c336102ca565b156102c2576102af36828403815f61035a565b6102b891610381565b60601c9250505090565b339250505090565b5f6102d460805190565b6001600160a01b0316826001600160a01b0316149050919050565b80516001600160a01b0381168114610305575f5ffd5b919050565b5f5f5f6060848603121561031c575f5ffd5b610325846102ef565b9250610333602085016102ef565b60408501519092506001600160401b038116811461034f575f5ffd5b809150509250925092565b5f5f85851115610368575f5ffd5b83861115610374575f5ffd5b5050820193919092039150565b80356001600160601b031981169060148410156103b2576001600160601b0319601485900360031b81901b82161691505b5092915050565b608051612af56103df5f395f818161046a015281816105130152611d490152612af55ff3fe608060405234801561000f575f5ffd5b50600436106102d8575f3560e01c80637da0a87711610187578063b9368034116100dd578063d547741f11610093578063d74dbd2d1161006e578063d74dbd2d14610757578063eba5dcb914610760578063f19310c314610773575f5ffd5b8063d547741f146106fc578063d590f8c91461070f578063d602b9fd1461074f575f5ffd5b8063cc8463c8116100c3578063cc8463c8146106ad578063cefc1429146106b5578063cf6eefb7146106bd575f5ffd5b8063b936803414610687578063bb9448e11461069a575f5ffd5b806391d148541161013d578063a217fddf11610118578063a217fddf1461063b578063a2557ace14610642578063b0df289114610655575f5ffd5b806391d14854146105975780639c5b448a146105cd578063a1eda53c14610614575f5ffd5b80638da5cb5b1161016d5780638da5cb5b1461055c5780638dfadedb146105645780638f9c79ed14610584575f5ffd5b80637da0a8771461051157806384ef8ffc1461054b575f5ffd5b806336568abe1161023c5780635984b850116101f257806373f1ee0b116101cd57806373f1ee0b146104d357806377c8c51a146104e657806379a05a3114610507575f5ffd5b80635984b8501461049a578063634e93da146104ad578063649a5ec7146104c0575f5ffd5b80634fc62042116102225780634fc62042146103ff578063508f3a3714610426578063572b6c051461045a575f5ffd5b806336568abe146103e4578063422c1d37146103f7575f5ffd5b8063140d075a11610291578063248a9ca311610277578063248a9ca31461037a5780632f2ff15d146103aa5780632f81bb58146103bd575f5ffd5b8063140d075a146103555780632038421e14610367575f5ffd5b8063050650e1116102c1578063050650e1146103205780630aa6220b1461032a5780631221d14714610332575f5ffd5b806301ffc9a7146102dc578063022d63fb14610304575b5f5ffd5b6102ef6102ea366004612472565b610786565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff90911681526020016102fb565b6103286107e1565b005b6103286108c1565b61033c62278d0081565b60405167ffffffffffffffff90911681526020016102fb565b60055467ffffffffffffffff1661033c565b6103286103753660046124cc565b6108d6565b61039c6103883660046124f4565b5f9081526020819052604090206001015490565b6040519081526020016102fb565b6103286103b836600461250b565b610a54565b61039c7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa981565b6103286103f236600461250b565b610a99565b61039c600581565b61039c7f4af29447b0b3ab714a8512e6f69c515e9803c066fb6c4e2df49be42a14a63c0d81565b6102ef610434366004612535565b6001600160a01b03165f9081526003602052604090206001015462010000900460ff1690565b6102ef610468366004612535565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b6103286104a836600461254e565b610b84565b6103286104bb366004612535565b610bb7565b6103286104ce366004612575565b610bca565b61033c6104e13660046125aa565b610bdd565b6104f96104f4366004612535565b610df4565b6040516102fb929190612611565b6103096203f48081565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b0390911681526020016102fb565b6002546001600160a01b0316610533565b610533610eb3565b610577610572366004612535565b610ecb565b6040516102fb9190612638565b6102ef610592366004612535565b610f73565b6102ef6105a536600461250b565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6105e06105db366004612535565b610fb3565b6040516102fb949392919093845260ff92831660208501529116604083015267ffffffffffffffff16606082015260800190565b61061c61104b565b6040805165ffffffffffff9384168152929091166020830152016102fb565b61039c5f81565b6102ef61065036600461264a565b6110c5565b610668610663366004612535565b611113565b6040805193845260ff92831660208501529116908201526060016102fb565b6103286106953660046124cc565b61115b565b6103286106a8366004612715565b611261565b61030961146b565b610328611508565b600154604080516001600160a01b03831681527401000000000000000000000000000000000000000090920465ffffffffffff166020830152016102fb565b61032861070a36600461250b565b611579565b61074261071d366004612535565b6001600160a01b03165f90815260036020526040902060010154610100900460ff1690565b6040516102fb91906127d6565b6103286115ba565b61033c610e1081565b61039c61076e3660046127e4565b6115cc565b61032861078136600461280c565b61162a565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f314987860000000000000000000000000000000000000000000000000000000014806107db57506107db82611774565b92915050565b5f6107ea61180a565b6001600160a01b0381165f90815260046020526040902090915061080d81611813565b600481015467ffffffffffffffff165f03610864576040517f369ebf680000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024015b60405180910390fd5b5f6002820181905560038201805461ffff1916905560048201805467ffffffffffffffff191690556040516001600160a01b038416917f0104daeacf39de1459601d3dd679664ddbe3fd5ba54f06ab90a13725a430c37191a25050565b5f6108cb81611893565b6108d36118a4565b50565b7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa961090081611893565b6001600160a01b0383165f908152600360208190526040909120906001820154610100900460ff16600381111561093957610939612770565b1461097b576040517fe2d0e6050000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015260240161085b565b600181015462010000900460ff16156109cb576040517f836ef4520000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015260240161085b565b6001810180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffff1662010000179055610a0261180a565b6001600160a01b0316846001600160a01b03167f4f63f151c22f8454feca00680122850ad8ce7f27a2873cba27cb3f41ce676c0785604051610a4691815260200190565b60405180910390a350505050565b81610a8b576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a9582826118b0565b5050565b81158015610ab457506002546001600160a01b038281169116145b15610b7a576001546001600160a01b0381169074010000000000000000000000000000000000000000900465ffffffffffff1681151580610afb575065ffffffffffff8116155b80610b0e57504265ffffffffffff821610155b15610b4f576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff8216600482015260240161085b565b5050600180547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1690555b610a9582826118da565b7f4af29447b0b3ab714a8512e6f69c515e9803c066fb6c4e2df49be42a14a63c0d610bae81611893565b610a958261193b565b5f610bc181611893565b610a9582611a0b565b5f610bd481611893565b610a9582611a7d565b5f5f610be761180a565b905060058460ff161115610c33576040517fceceb0be00000000000000000000000000000000000000000000000000000000815260ff851660048201526005602482015260440161085b565b60ff841615610c565760ff83161580610c5157508360ff168360ff16115b610c66565b60ff8316151580610c6657508415155b15610caa576040517f64d5701400000000000000000000000000000000000000000000000000000000815260ff80851660048301528516602482015260440161085b565b60ff841615801590610cba575084155b15610cfe576040517f64d5701400000000000000000000000000000000000000000000000000000000815260ff80851660048301528516602482015260440161085b565b6001600160a01b0381165f908152600460205260409020610d1e81611813565b600554610d359067ffffffffffffffff1642612878565b604080516060808201835289825260ff8981166020808501829052918a16938501849052600287018c905560038701805461ffff19168217610100860217905560048701805467ffffffffffffffff191667ffffffffffffffff881690811790915585518d815292830191909152938101929092528101919091529093506001600160a01b038316907f6e565055ea6b6c1252b45b27bfa38a24220df0b80400ea597f9313cb41343a2d9060800160405180910390a250509392505050565b6001600160a01b0381165f90815260036020526040812060609190816001820154610100900460ff166003811115610e2e57610e2e612770565b03610e4e575f60405180602001604052805f815250909250925050915091565b600181015490546040805160f884901b7fff0000000000000000000000000000000000000000000000000000000000000016602082015260218082019390935281518082039093018352604101905294630100000090910463ffffffff169350915050565b5f610ec66002546001600160a01b031690565b905090565b6001600160a01b0381165f9081526003602052604081206060916001820154610100900460ff166003811115610f0357610f03612770565b03610f1d57505060408051602081019091525f8152919050565b6001810154815460405160f89290921b7fff000000000000000000000000000000000000000000000000000000000000001660208301526021820152604101604051602081830303815290604052915050919050565b5f60016001600160a01b0383165f90815260036020819052604090912060010154610100900460ff1690811115610fac57610fac612770565b1492915050565b6001600160a01b0381165f9081526004602081905260408220908101548291829182919067ffffffffffffffff161580610ffb5750600481015467ffffffffffffffff164210155b1561101257505f9350839250829150819050611044565b6002810154600382015460049092015490955060ff8083169550610100909204909116925067ffffffffffffffff1690505b9193509193565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff16801515801561108d57504265ffffffffffff821610155b611098575f5f6110bd565b60025474010000000000000000000000000000000000000000900465ffffffffffff16815b915091509091565b6001600160a01b0384165f90815260046020526040812081906110e790611aec565b549050801580159061110957506111098484836111048a8a6115cc565b611b29565b9695505050505050565b6001600160a01b0381165f90815260046020526040812081908190819061113990611aec565b8054600190910154909660ff8083169750610100909204909116945092505050565b7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa961118581611893565b6001600160a01b0383165f908152600360205260409020600181015462010000900460ff166111eb576040517fb12c8f910000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015260240161085b565b6001810180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffff16905561121d61180a565b6001600160a01b0316846001600160a01b03167fb5c440ac96191c61db1cff62b8ae6009d5cb27a0a77bb7fd59bfdf6dd491230885604051610a4691815260200190565b5f61126a61180a565b6001600160a01b0381165f9081526003602052604081209192506001820154610100900460ff1660038111156112a2576112a2612770565b146112ee57818160010160019054906101000a900460ff166040517f5f4981b200000000000000000000000000000000000000000000000000000000815260040161085b929190612898565b5f86600381111561130157611301612770565b03611338576040517fd954416a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f6113448787611b40565b60018501805492945090925089917fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff1661010083600381111561138957611389612770565b02179055506001830180548285557fffffffffffffffffffffffffffffffffffffffffffffffffff00000000ffff001660ff84161763010000001790558760038111156113d8576113d8612770565b846001600160a01b03167fd5d69baaddb6d8d6a2dd70f38585012d30f68a79461b7e5057c8debb114e40418760405161141391815260200190565b60405180910390a3836001600160a01b03167f2cef5ee64b5ea4846a8d1c2ea7e43dc6bc7394dfc1ade90ee1795d8958a573da88886001604051611459939291906128de565b60405180910390a25050505050505050565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff1680151580156114ac57504265ffffffffffff8216105b6114de576001547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16611502565b60025474010000000000000000000000000000000000000000900465ffffffffffff165b91505090565b6001546001600160a01b03168061151d61180a565b6001600160a01b0316146115715761153361180a565b6040517fc22c80220000000000000000000000000000000000000000000000000000000081526001600160a01b03909116600482015260240161085b565b6108d3611c33565b816115b0576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a958282611d0a565b5f6115c481611893565b6108d3611d2e565b604080516001600160a01b03808516602080840191909152908416828401528251808303840181526060830184528051908201206080808401919091528351808403909101815260a090920190925280519101205f905b9392505050565b5f61163361180a565b6001600160a01b0381165f9081526003602052604081209192506001820154610100900460ff16600381111561166b5761166b612770565b036116ad576040517fbfc6c3370000000000000000000000000000000000000000000000000000000081526001600160a01b038316600482015260240161085b565b5f5f6116b98686611b40565b915091505f8360010160039054906101000a900463ffffffff1660016116df9190612907565b60018501805484875563ffffffff83166301000000027fffffffffffffffffffffffffffffffffffffffffffffffffff00000000ffff0090911660ff8716171790556040519091506001600160a01b038616907f2cef5ee64b5ea4846a8d1c2ea7e43dc6bc7394dfc1ade90ee1795d8958a573da90611763908a908a9086906128de565b60405180910390a250505050505050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806107db57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316146107db565b5f610ec6611d38565b600481015467ffffffffffffffff161580159061183e5750600481015467ffffffffffffffff164210155b156108d357600281018054825560038201805460018401805460ff80841661ffff199283161761010080860492909216909102179091555f909355919091169055600401805467ffffffffffffffff19169055565b6108d38161189f61180a565b611da2565b6118ae5f5f611e0d565b565b5f828152602081905260409020600101546118ca81611893565b6118d48383611f59565b50505050565b6118e261180a565b6001600160a01b0316816001600160a01b03161461192c576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6119368282611ff0565b505050565b610e1067ffffffffffffffff82161080611961575062278d0067ffffffffffffffff8216115b156119b5576040517f81bcb7ef00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152610e10602482015262278d00604482015260640161085b565b6005805467ffffffffffffffff191667ffffffffffffffff83169081179091556040519081527fa1fd3269e1c9dc5aea76251e69fa63b391c7efc6b4ce330f50e8cd589a5916f19060200160405180910390a150565b5f611a1461146b565b611a1d42612044565b611a279190612923565b9050611a33828261208f565b60405165ffffffffffff821681526001600160a01b038316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f611a878261211d565b611a9042612044565b611a9a9190612923565b9050611aa68282611e0d565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b910160405180910390a15050565b60048101545f9067ffffffffffffffff1615801590611b195750600482015467ffffffffffffffff164210155b15611b25575060020190565b5090565b5f82611b36868685612164565b1495945050505050565b5f8060218314611b805783836040517f591618d200000000000000000000000000000000000000000000000000000000815260040161085b929190612941565b83835f818110611b9257611b9261295c565b919091013560f81c9250611bac9050602160018587612989565b611bb5916129b0565b90508160ff16600214158015611bcf57508160ff16600314155b80611be057506401000003d0198110155b80611bf15750611bef816121a5565b155b15611c2c5783836040517f591618d200000000000000000000000000000000000000000000000000000000815260040161085b929190612941565b9250929050565b6001546001600160a01b0381169074010000000000000000000000000000000000000000900465ffffffffffff16801580611c7657504265ffffffffffff821610155b15611cb7576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff8216600482015260240161085b565b611cd25f611ccd6002546001600160a01b031690565b611ff0565b50611cdd5f83611f59565b5050600180547fffffffffffff000000000000000000000000000000000000000000000000000016905550565b5f82815260208190526040902060010154611d2481611893565b6118d48383611ff0565b6118ae5f5f61208f565b5f366014808210801590611d7457507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b15611d9a57611d8736828403815f612989565b611d90916129ec565b60601c9250505090565b339250505090565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16610a95576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024810183905260440161085b565b6002547a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015611ee1574265ffffffffffff82161015611eb8576002546001805479ffffffffffffffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000090920465ffffffffffff167a01000000000000000000000000000000000000000000000000000002919091179055611ee1565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b50600280546001600160a01b03167401000000000000000000000000000000000000000065ffffffffffff9485160279ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a0100000000000000000000000000000000000000000000000000009290931691909102919091179055565b5f82611fe6575f611f726002546001600160a01b031690565b6001600160a01b031614611fb2576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0384161790555b61162383836122b4565b5f8215801561200c57506002546001600160a01b038381169116145b1561203a57600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001690555b611623838361237a565b5f65ffffffffffff821115611b25576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152603060048201526024810183905260440161085b565b600180547401000000000000000000000000000000000000000065ffffffffffff84811682027fffffffffffff000000000000000000000000000000000000000000000000000084166001600160a01b03881617179093559004168015611936576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f61212761146b565b90508065ffffffffffff168365ffffffffffff161161214f5761214a8382612a52565b611623565b61162365ffffffffffff841662069780612437565b5f81815b8481101561219c57612192828787848181106121865761218661295c565b90506020020135612446565b9150600101612168565b50949350505050565b5f806401000003d01960076401000003d019856401000003d01987880909089050805f036121d65750600192915050565b5f806005602080808660026121f260016401000003d019612a70565b6121fc9190612a83565b6040805160208101969096528501939093526060840191909152608083015260a08201526401000003d01960c082015260e00160408051601f198184030181529082905261224991612abb565b5f60405180830381855afa9150503d805f8114612281576040519150601f19603f3d011682016040523d82523d5f602084013e612286565b606091505b50915091508180156122ab5750808060200190518101906122a79190612ad1565b6001145b95945050505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16612373575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905561232b61180a565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016107db565b505f6107db565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615612373575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001690556123ef61180a565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a45060016107db565b5f828218828410028218611623565b5f818310612460575f828152602084905260409020611623565b5f838152602083905260409020611623565b5f60208284031215612482575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114611623575f5ffd5b80356001600160a01b03811681146124c7575f5ffd5b919050565b5f5f604083850312156124dd575f5ffd5b6124e6836124b1565b946020939093013593505050565b5f60208284031215612504575f5ffd5b5035919050565b5f5f6040838503121561251c575f5ffd5b8235915061252c602084016124b1565b90509250929050565b5f60208284031215612545575f5ffd5b611623826124b1565b5f6020828403121561255e575f5ffd5b813567ffffffffffffffff81168114611623575f5ffd5b5f60208284031215612585575f5ffd5b813565ffffffffffff81168114611623575f5ffd5b803560ff811681146124c7575f5ffd5b5f5f5f606084860312156125bc575f5ffd5b833592506125cc6020850161259a565b91506125da6040850161259a565b90509250925092565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b604081525f61262360408301856125e3565b905063ffffffff831660208301529392505050565b602081525f61162360208301846125e3565b5f5f5f5f6060858703121561265d575f5ffd5b612666856124b1565b9350612674602086016124b1565b9250604085013567ffffffffffffffff81111561268f575f5ffd5b8501601f8101871361269f575f5ffd5b803567ffffffffffffffff8111156126b5575f5ffd5b8760208260051b84010111156126c9575f5ffd5b949793965060200194505050565b5f5f83601f8401126126e7575f5ffd5b50813567ffffffffffffffff8111156126fe575f5ffd5b602083019150836020828501011115611c2c575f5ffd5b5f5f5f5f60608587031215612728575f5ffd5b843560048110612736575f5ffd5b9350602085013567ffffffffffffffff811115612751575f5ffd5b61275d878288016126d7565b9598909750949560400135949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600481106127d2577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b602081016107db828461279d565b5f5f604083850312156127f5575f5ffd5b6127fe836124b1565b915061252c602084016124b1565b5f5f6020838503121561281d575f5ffd5b823567ffffffffffffffff811115612833575f5ffd5b61283f858286016126d7565b90969095509350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff81811683821601908111156107db576107db61284b565b6001600160a01b038316815260408101611623602083018461279d565b81835281816020850137505f602082840101525f6020601f19601f840116840101905092915050565b604081525f6128f16040830185876128b5565b905063ffffffff83166020830152949350505050565b63ffffffff81811683821601908111156107db576107db61284b565b65ffffffffffff81811683821601908111156107db576107db61284b565b602081525f6129546020830184866128b5565b949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f85851115612997575f5ffd5b838611156129a3575f5ffd5b5050820193919092039150565b803560208310156107db577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015612a4b577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505b5092915050565b65ffffffffffff82811682821603908111156107db576107db61284b565b818103818111156107db576107db61284b565b5f82612ab6577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b5f82518060208501845e5f920191825250919050565b5f60208284031215612ae1575f5ffd5b505191905056fea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xA0`@R4\x80\x15a\0\x0FW__\xFD[P`@Qa.\xD48\x03\x80a.\xD4\x839\x81\x01`@\x81\x90Ra\0.\x91a\x03\nV[\x81\x83b\x03\xF4\x80\x81`\x01`\x01`\xA0\x1B\x03\x81\x16a\0cW`@Qca\x16@\x11`\xE1\x1B\x81R_`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x01\x80T`\x01`\x01`\xD0\x1B\x03\x16`\x01`\xD0\x1Be\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x02\x17\x90Ua\0\x8C_\x82a\0\xADV[PPPP`\x01`\x01`\xA0\x1B\x03\x16`\x80Ra\0\xA5\x81a\x01\x1CV[PPPa\x03\xB9V[_\x82a\x01\tW_a\0\xC6`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\0\xEDW`@Qc\x1F\xE1\xE1=`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90U[a\x01\x13\x83\x83a\x01\xCEV[\x90P[\x92\x91PPV[a\x0E\x10`\x01`\x01`@\x1B\x03\x82\x16\x10\x80a\x01@WPb'\x8D\0`\x01`\x01`@\x1B\x03\x82\x16\x11[\x15a\x01zW`@Qc\x81\xBC\xB7\xEF`\xE0\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01Ra\x0E\x10`$\x82\x01Rb'\x8D\0`D\x82\x01R`d\x01a\0ZV[`\x05\x80T`\x01`\x01`@\x1B\x03\x19\x16`\x01`\x01`@\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F\xA1\xFD2i\xE1\xC9\xDCZ\xEAv%\x1Ei\xFAc\xB3\x91\xC7\xEF\xC6\xB4\xCE3\x0FP\xE8\xCDX\x9AY\x16\xF1\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x02oW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\x02'a\x02vV[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x01\x16V[P_a\x01\x16V[_a\x02\x7Fa\x02\x84V[\x90P\x90V[_6`\x14\x80\x82\x10\x80\x15\x90a\x02\x9CWPa\x02\x9C3a\x02\xCAV[\x15a\x02\xC2Wa\x02\xAF6\x82\x84\x03\x81_a\x03ZV[a\x02\xB8\x91a\x03\x81V[``\x1C\x92PPP\x90V[3\x92PPP\x90V[_a\x02\xD4`\x80Q\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14\x90P\x91\x90PV[\x80Q`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x03\x05W__\xFD[\x91\x90PV[___``\x84\x86\x03\x12\x15a\x03\x1CW__\xFD[a\x03%\x84a\x02\xEFV[\x92Pa\x033` \x85\x01a\x02\xEFV[`@\x85\x01Q\x90\x92P`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x03OW__\xFD[\x80\x91PP\x92P\x92P\x92V[__\x85\x85\x11\x15a\x03hW__\xFD[\x83\x86\x11\x15a\x03tW__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805`\x01`\x01``\x1B\x03\x19\x81\x16\x90`\x14\x84\x10\x15a\x03\xB2W`\x01`\x01``\x1B\x03\x19`\x14\x85\x90\x03`\x03\x1B\x81\x90\x1B\x82\x16\x16\x91P[P\x92\x91PPV[`\x80Qa*\xF5a\x03\xDF_9_\x81\x81a\x04j\x01R\x81\x81a\x05\x13\x01Ra\x1DI\x01Ra*\xF5_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x02\xD8W_5`\xE0\x1C\x80c}\xA0\xA8w\x11a\x01\x87W\x80c\xB96\x804\x11a\0\xDDW\x80c\xD5Gt\x1F\x11a\0\x93W\x80c\xD7M\xBD-\x11a\0nW\x80c\xD7M\xBD-\x14a\x07WW\x80c\xEB\xA5\xDC\xB9\x14a\x07`W\x80c\xF1\x93\x10\xC3\x14a\x07sW__\xFD[\x80c\xD5Gt\x1F\x14a\x06\xFCW\x80c\xD5\x90\xF8\xC9\x14a\x07\x0FW\x80c\xD6\x02\xB9\xFD\x14a\x07OW__\xFD[\x80c\xCC\x84c\xC8\x11a\0\xC3W\x80c\xCC\x84c\xC8\x14a\x06\xADW\x80c\xCE\xFC\x14)\x14a\x06\xB5W\x80c\xCFn\xEF\xB7\x14a\x06\xBDW__\xFD[\x80c\xB96\x804\x14a\x06\x87W\x80c\xBB\x94H\xE1\x14a\x06\x9AW__\xFD[\x80c\x91\xD1HT\x11a\x01=W\x80c\xA2\x17\xFD\xDF\x11a\x01\x18W\x80c\xA2\x17\xFD\xDF\x14a\x06;W\x80c\xA2Uz\xCE\x14a\x06BW\x80c\xB0\xDF(\x91\x14a\x06UW__\xFD[\x80c\x91\xD1HT\x14a\x05\x97W\x80c\x9C[D\x8A\x14a\x05\xCDW\x80c\xA1\xED\xA5<\x14a\x06\x14W__\xFD[\x80c\x8D\xA5\xCB[\x11a\x01mW\x80c\x8D\xA5\xCB[\x14a\x05\\W\x80c\x8D\xFA\xDE\xDB\x14a\x05dW\x80c\x8F\x9Cy\xED\x14a\x05\x84W__\xFD[\x80c}\xA0\xA8w\x14a\x05\x11W\x80c\x84\xEF\x8F\xFC\x14a\x05KW__\xFD[\x80c6V\x8A\xBE\x11a\x02<W\x80cY\x84\xB8P\x11a\x01\xF2W\x80cs\xF1\xEE\x0B\x11a\x01\xCDW\x80cs\xF1\xEE\x0B\x14a\x04\xD3W\x80cw\xC8\xC5\x1A\x14a\x04\xE6W\x80cy\xA0Z1\x14a\x05\x07W__\xFD[\x80cY\x84\xB8P\x14a\x04\x9AW\x80ccN\x93\xDA\x14a\x04\xADW\x80cd\x9A^\xC7\x14a\x04\xC0W__\xFD[\x80cO\xC6 B\x11a\x02\"W\x80cO\xC6 B\x14a\x03\xFFW\x80cP\x8F:7\x14a\x04&W\x80cW+l\x05\x14a\x04ZW__\xFD[\x80c6V\x8A\xBE\x14a\x03\xE4W\x80cB,\x1D7\x14a\x03\xF7W__\xFD[\x80c\x14\r\x07Z\x11a\x02\x91W\x80c$\x8A\x9C\xA3\x11a\x02wW\x80c$\x8A\x9C\xA3\x14a\x03zW\x80c//\xF1]\x14a\x03\xAAW\x80c/\x81\xBBX\x14a\x03\xBDW__\xFD[\x80c\x14\r\x07Z\x14a\x03UW\x80c 8B\x1E\x14a\x03gW__\xFD[\x80c\x05\x06P\xE1\x11a\x02\xC1W\x80c\x05\x06P\xE1\x14a\x03 W\x80c\n\xA6\"\x0B\x14a\x03*W\x80c\x12!\xD1G\x14a\x032W__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x02\xDCW\x80c\x02-c\xFB\x14a\x03\x04W[__\xFD[a\x02\xEFa\x02\xEA6`\x04a$rV[a\x07\x86V[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[b\x06\x97\x80[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xFBV[a\x03(a\x07\xE1V[\0[a\x03(a\x08\xC1V[a\x03<b'\x8D\0\x81V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xFBV[`\x05Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x03<V[a\x03(a\x03u6`\x04a$\xCCV[a\x08\xD6V[a\x03\x9Ca\x03\x886`\x04a$\xF4V[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[`@Q\x90\x81R` \x01a\x02\xFBV[a\x03(a\x03\xB86`\x04a%\x0BV[a\nTV[a\x03\x9C\x7F\xCAw\xCD\x8F\x98V\xEF_\xCD6\xF6\xB1[\xF4i\xFE!l/\x91\x14\xF6\r\xD01\xF0\xA2\xB9{g\xAA\xA9\x81V[a\x03(a\x03\xF26`\x04a%\x0BV[a\n\x99V[a\x03\x9C`\x05\x81V[a\x03\x9C\x7FJ\xF2\x94G\xB0\xB3\xABqJ\x85\x12\xE6\xF6\x9CQ^\x98\x03\xC0f\xFBlN-\xF4\x9B\xE4*\x14\xA6<\r\x81V[a\x02\xEFa\x0446`\x04a%5V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x03` R`@\x90 `\x01\x01Tb\x01\0\0\x90\x04`\xFF\x16\x90V[a\x02\xEFa\x04h6`\x04a%5V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x91\x16\x14\x90V[a\x03(a\x04\xA86`\x04a%NV[a\x0B\x84V[a\x03(a\x04\xBB6`\x04a%5V[a\x0B\xB7V[a\x03(a\x04\xCE6`\x04a%uV[a\x0B\xCAV[a\x03<a\x04\xE16`\x04a%\xAAV[a\x0B\xDDV[a\x04\xF9a\x04\xF46`\x04a%5V[a\r\xF4V[`@Qa\x02\xFB\x92\x91\x90a&\x11V[a\x03\tb\x03\xF4\x80\x81V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02\xFBV[`\x02T`\x01`\x01`\xA0\x1B\x03\x16a\x053V[a\x053a\x0E\xB3V[a\x05wa\x05r6`\x04a%5V[a\x0E\xCBV[`@Qa\x02\xFB\x91\x90a&8V[a\x02\xEFa\x05\x926`\x04a%5V[a\x0FsV[a\x02\xEFa\x05\xA56`\x04a%\x0BV[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x05\xE0a\x05\xDB6`\x04a%5V[a\x0F\xB3V[`@Qa\x02\xFB\x94\x93\x92\x91\x90\x93\x84R`\xFF\x92\x83\x16` \x85\x01R\x91\x16`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16``\x82\x01R`\x80\x01\x90V[a\x06\x1Ca\x10KV[`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x93\x84\x16\x81R\x92\x90\x91\x16` \x83\x01R\x01a\x02\xFBV[a\x03\x9C_\x81V[a\x02\xEFa\x06P6`\x04a&JV[a\x10\xC5V[a\x06ha\x06c6`\x04a%5V[a\x11\x13V[`@\x80Q\x93\x84R`\xFF\x92\x83\x16` \x85\x01R\x91\x16\x90\x82\x01R``\x01a\x02\xFBV[a\x03(a\x06\x956`\x04a$\xCCV[a\x11[V[a\x03(a\x06\xA86`\x04a'\x15V[a\x12aV[a\x03\ta\x14kV[a\x03(a\x15\x08V[`\x01T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x81Rt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x83\x01R\x01a\x02\xFBV[a\x03(a\x07\n6`\x04a%\x0BV[a\x15yV[a\x07Ba\x07\x1D6`\x04a%5V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x03` R`@\x90 `\x01\x01Ta\x01\0\x90\x04`\xFF\x16\x90V[`@Qa\x02\xFB\x91\x90a'\xD6V[a\x03(a\x15\xBAV[a\x03<a\x0E\x10\x81V[a\x03\x9Ca\x07n6`\x04a'\xE4V[a\x15\xCCV[a\x03(a\x07\x816`\x04a(\x0CV[a\x16*V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7F1I\x87\x86\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\x07\xDBWPa\x07\xDB\x82a\x17tV[\x92\x91PPV[_a\x07\xEAa\x18\nV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x04` R`@\x90 \x90\x91Pa\x08\r\x81a\x18\x13V[`\x04\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x03a\x08dW`@Q\x7F6\x9E\xBFh\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[_`\x02\x82\x01\x81\x90U`\x03\x82\x01\x80Ta\xFF\xFF\x19\x16\x90U`\x04\x82\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x90U`@Q`\x01`\x01`\xA0\x1B\x03\x84\x16\x91\x7F\x01\x04\xDA\xEA\xCF9\xDE\x14Y`\x1D=\xD6yfM\xDB\xE3\xFD[\xA5O\x06\xAB\x90\xA17%\xA40\xC3q\x91\xA2PPV[_a\x08\xCB\x81a\x18\x93V[a\x08\xD3a\x18\xA4V[PV[\x7F\xCAw\xCD\x8F\x98V\xEF_\xCD6\xF6\xB1[\xF4i\xFE!l/\x91\x14\xF6\r\xD01\xF0\xA2\xB9{g\xAA\xA9a\t\0\x81a\x18\x93V[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x03` \x81\x90R`@\x90\x91 \x90`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\t9Wa\t9a'pV[\x14a\t{W`@Q\x7F\xE2\xD0\xE6\x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08[V[`\x01\x81\x01Tb\x01\0\0\x90\x04`\xFF\x16\x15a\t\xCBW`@Q\x7F\x83n\xF4R\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08[V[`\x01\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\x16b\x01\0\0\x17\x90Ua\n\x02a\x18\nV[`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x7FOc\xF1Q\xC2/\x84T\xFE\xCA\0h\x01\"\x85\n\xD8\xCE\x7F'\xA2\x87<\xBA'\xCB?A\xCEgl\x07\x85`@Qa\nF\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPV[\x81a\n\x8BW`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\n\x95\x82\x82a\x18\xB0V[PPV[\x81\x15\x80\x15a\n\xB4WP`\x02T`\x01`\x01`\xA0\x1B\x03\x82\x81\x16\x91\x16\x14[\x15a\x0BzW`\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x15\x15\x80a\n\xFBWPe\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15[\x80a\x0B\x0EWPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[\x15a\x0BOW`@Q\x7F\x19\xCA^\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x08[V[PP`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90U[a\n\x95\x82\x82a\x18\xDAV[\x7FJ\xF2\x94G\xB0\xB3\xABqJ\x85\x12\xE6\xF6\x9CQ^\x98\x03\xC0f\xFBlN-\xF4\x9B\xE4*\x14\xA6<\ra\x0B\xAE\x81a\x18\x93V[a\n\x95\x82a\x19;V[_a\x0B\xC1\x81a\x18\x93V[a\n\x95\x82a\x1A\x0BV[_a\x0B\xD4\x81a\x18\x93V[a\n\x95\x82a\x1A}V[__a\x0B\xE7a\x18\nV[\x90P`\x05\x84`\xFF\x16\x11\x15a\x0C3W`@Q\x7F\xCE\xCE\xB0\xBE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x85\x16`\x04\x82\x01R`\x05`$\x82\x01R`D\x01a\x08[V[`\xFF\x84\x16\x15a\x0CVW`\xFF\x83\x16\x15\x80a\x0CQWP\x83`\xFF\x16\x83`\xFF\x16\x11[a\x0CfV[`\xFF\x83\x16\x15\x15\x80a\x0CfWP\x84\x15\x15[\x15a\x0C\xAAW`@Q\x7Fd\xD5p\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x80\x85\x16`\x04\x83\x01R\x85\x16`$\x82\x01R`D\x01a\x08[V[`\xFF\x84\x16\x15\x80\x15\x90a\x0C\xBAWP\x84\x15[\x15a\x0C\xFEW`@Q\x7Fd\xD5p\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x80\x85\x16`\x04\x83\x01R\x85\x16`$\x82\x01R`D\x01a\x08[V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x04` R`@\x90 a\r\x1E\x81a\x18\x13V[`\x05Ta\r5\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16Ba(xV[`@\x80Q``\x80\x82\x01\x83R\x89\x82R`\xFF\x89\x81\x16` \x80\x85\x01\x82\x90R\x91\x8A\x16\x93\x85\x01\x84\x90R`\x02\x87\x01\x8C\x90U`\x03\x87\x01\x80Ta\xFF\xFF\x19\x16\x82\x17a\x01\0\x86\x02\x17\x90U`\x04\x87\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16\x90\x81\x17\x90\x91U\x85Q\x8D\x81R\x92\x83\x01\x91\x90\x91R\x93\x81\x01\x92\x90\x92R\x81\x01\x91\x90\x91R\x90\x93P`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x7FnVPU\xEAkl\x12R\xB4['\xBF\xA3\x8A$\"\r\xF0\xB8\x04\0\xEAY\x7F\x93\x13\xCBA4:-\x90`\x80\x01`@Q\x80\x91\x03\x90\xA2PP\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x03` R`@\x81 ``\x91\x90\x81`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x0E.Wa\x0E.a'pV[\x03a\x0ENW_`@Q\x80` \x01`@R\x80_\x81RP\x90\x92P\x92PP\x91P\x91V[`\x01\x81\x01T\x90T`@\x80Q`\xF8\x84\x90\x1B\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16` \x82\x01R`!\x80\x82\x01\x93\x90\x93R\x81Q\x80\x82\x03\x90\x93\x01\x83R`A\x01\x90R\x94c\x01\0\0\0\x90\x91\x04c\xFF\xFF\xFF\xFF\x16\x93P\x91PPV[_a\x0E\xC6`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[\x90P\x90V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x03` R`@\x81 ``\x91`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x0F\x03Wa\x0F\x03a'pV[\x03a\x0F\x1DWPP`@\x80Q` \x81\x01\x90\x91R_\x81R\x91\x90PV[`\x01\x81\x01T\x81T`@Q`\xF8\x92\x90\x92\x1B\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16` \x83\x01R`!\x82\x01R`A\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91PP\x91\x90PV[_`\x01`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x03` \x81\x90R`@\x90\x91 `\x01\x01Ta\x01\0\x90\x04`\xFF\x16\x90\x81\x11\x15a\x0F\xACWa\x0F\xACa'pV[\x14\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x04` \x81\x90R`@\x82 \x90\x81\x01T\x82\x91\x82\x91\x82\x91\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80a\x0F\xFBWP`\x04\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x10\x12WP_\x93P\x83\x92P\x82\x91P\x81\x90Pa\x10DV[`\x02\x81\x01T`\x03\x82\x01T`\x04\x90\x92\x01T\x90\x95P`\xFF\x80\x83\x16\x95Pa\x01\0\x90\x92\x04\x90\x91\x16\x92Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90P[\x91\x93P\x91\x93V[`\x02T_\x90z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x15\x80\x15a\x10\x8DWPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[a\x10\x98W__a\x10\xBDV[`\x02Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81[\x91P\x91P\x90\x91V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\x04` R`@\x81 \x81\x90a\x10\xE7\x90a\x1A\xECV[T\x90P\x80\x15\x80\x15\x90a\x11\tWPa\x11\t\x84\x84\x83a\x11\x04\x8A\x8Aa\x15\xCCV[a\x1B)V[\x96\x95PPPPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x04` R`@\x81 \x81\x90\x81\x90\x81\x90a\x119\x90a\x1A\xECV[\x80T`\x01\x90\x91\x01T\x90\x96`\xFF\x80\x83\x16\x97Pa\x01\0\x90\x92\x04\x90\x91\x16\x94P\x92PPPV[\x7F\xCAw\xCD\x8F\x98V\xEF_\xCD6\xF6\xB1[\xF4i\xFE!l/\x91\x14\xF6\r\xD01\xF0\xA2\xB9{g\xAA\xA9a\x11\x85\x81a\x18\x93V[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x03` R`@\x90 `\x01\x81\x01Tb\x01\0\0\x90\x04`\xFF\x16a\x11\xEBW`@Q\x7F\xB1,\x8F\x91\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08[V[`\x01\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\x16\x90Ua\x12\x1Da\x18\nV[`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x7F\xB5\xC4@\xAC\x96\x19\x1Ca\xDB\x1C\xFFb\xB8\xAE`\t\xD5\xCB'\xA0\xA7{\xB7\xFDY\xBF\xDFm\xD4\x91#\x08\x85`@Qa\nF\x91\x81R` \x01\x90V[_a\x12ja\x18\nV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x03` R`@\x81 \x91\x92P`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x12\xA2Wa\x12\xA2a'pV[\x14a\x12\xEEW\x81\x81`\x01\x01`\x01\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`@Q\x7F_I\x81\xB2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x08[\x92\x91\x90a(\x98V[_\x86`\x03\x81\x11\x15a\x13\x01Wa\x13\x01a'pV[\x03a\x138W`@Q\x7F\xD9TAj\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[__a\x13D\x87\x87a\x1B@V[`\x01\x85\x01\x80T\x92\x94P\x90\x92P\x89\x91\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\x16a\x01\0\x83`\x03\x81\x11\x15a\x13\x89Wa\x13\x89a'pV[\x02\x17\x90UP`\x01\x83\x01\x80T\x82\x85U\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\0\x16`\xFF\x84\x16\x17c\x01\0\0\0\x17\x90U\x87`\x03\x81\x11\x15a\x13\xD8Wa\x13\xD8a'pV[\x84`\x01`\x01`\xA0\x1B\x03\x16\x7F\xD5\xD6\x9B\xAA\xDD\xB6\xD8\xD6\xA2\xDDp\xF3\x85\x85\x01-0\xF6\x8AyF\x1B~PW\xC8\xDE\xBB\x11N@A\x87`@Qa\x14\x13\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3\x83`\x01`\x01`\xA0\x1B\x03\x16\x7F,\xEF^\xE6K^\xA4\x84j\x8D\x1C.\xA7\xE4=\xC6\xBCs\x94\xDF\xC1\xAD\xE9\x0E\xE1y]\x89X\xA5s\xDA\x88\x88`\x01`@Qa\x14Y\x93\x92\x91\x90a(\xDEV[`@Q\x80\x91\x03\x90\xA2PPPPPPPPV[`\x02T_\x90z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x15\x80\x15a\x14\xACWPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10[a\x14\xDEW`\x01Tz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x15\x02V[`\x02Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16[\x91PP\x90V[`\x01T`\x01`\x01`\xA0\x1B\x03\x16\x80a\x15\x1Da\x18\nV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x15qWa\x153a\x18\nV[`@Q\x7F\xC2,\x80\"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x08[V[a\x08\xD3a\x1C3V[\x81a\x15\xB0W`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\n\x95\x82\x82a\x1D\nV[_a\x15\xC4\x81a\x18\x93V[a\x08\xD3a\x1D.V[`@\x80Q`\x01`\x01`\xA0\x1B\x03\x80\x85\x16` \x80\x84\x01\x91\x90\x91R\x90\x84\x16\x82\x84\x01R\x82Q\x80\x83\x03\x84\x01\x81R``\x83\x01\x84R\x80Q\x90\x82\x01 `\x80\x80\x84\x01\x91\x90\x91R\x83Q\x80\x84\x03\x90\x91\x01\x81R`\xA0\x90\x92\x01\x90\x92R\x80Q\x91\x01 _\x90[\x93\x92PPPV[_a\x163a\x18\nV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x03` R`@\x81 \x91\x92P`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x16kWa\x16ka'pV[\x03a\x16\xADW`@Q\x7F\xBF\xC6\xC37\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x08[V[__a\x16\xB9\x86\x86a\x1B@V[\x91P\x91P_\x83`\x01\x01`\x03\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16`\x01a\x16\xDF\x91\x90a)\x07V[`\x01\x85\x01\x80T\x84\x87Uc\xFF\xFF\xFF\xFF\x83\x16c\x01\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\0\x90\x91\x16`\xFF\x87\x16\x17\x17\x90U`@Q\x90\x91P`\x01`\x01`\xA0\x1B\x03\x86\x16\x90\x7F,\xEF^\xE6K^\xA4\x84j\x8D\x1C.\xA7\xE4=\xC6\xBCs\x94\xDF\xC1\xAD\xE9\x0E\xE1y]\x89X\xA5s\xDA\x90a\x17c\x90\x8A\x90\x8A\x90\x86\x90a(\xDEV[`@Q\x80\x91\x03\x90\xA2PPPPPPPV[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\x07\xDBWP\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x14a\x07\xDBV[_a\x0E\xC6a\x1D8V[`\x04\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a\x18>WP`\x04\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x08\xD3W`\x02\x81\x01\x80T\x82U`\x03\x82\x01\x80T`\x01\x84\x01\x80T`\xFF\x80\x84\x16a\xFF\xFF\x19\x92\x83\x16\x17a\x01\0\x80\x86\x04\x92\x90\x92\x16\x90\x91\x02\x17\x90\x91U_\x90\x93U\x91\x90\x91\x16\x90U`\x04\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x90UV[a\x08\xD3\x81a\x18\x9Fa\x18\nV[a\x1D\xA2V[a\x18\xAE__a\x1E\rV[V[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x18\xCA\x81a\x18\x93V[a\x18\xD4\x83\x83a\x1FYV[PPPPV[a\x18\xE2a\x18\nV[`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14a\x19,W`@Q\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x196\x82\x82a\x1F\xF0V[PPPV[a\x0E\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x80a\x19aWPb'\x8D\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x11[\x15a\x19\xB5W`@Q\x7F\x81\xBC\xB7\xEF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01Ra\x0E\x10`$\x82\x01Rb'\x8D\0`D\x82\x01R`d\x01a\x08[V[`\x05\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F\xA1\xFD2i\xE1\xC9\xDCZ\xEAv%\x1Ei\xFAc\xB3\x91\xC7\xEF\xC6\xB4\xCE3\x0FP\xE8\xCDX\x9AY\x16\xF1\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[_a\x1A\x14a\x14kV[a\x1A\x1DBa DV[a\x1A'\x91\x90a)#V[\x90Pa\x1A3\x82\x82a \x8FV[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x7F3w\xDCD$\x1Ew\x9D\xD0j\xFA\xB5\xB7\x88\xA3\\\xA5\xF3\xB7x\x83n)\x90\xBD\xB2j*K.^\xD6\x90` \x01`@Q\x80\x91\x03\x90\xA2PPV[_a\x1A\x87\x82a!\x1DV[a\x1A\x90Ba DV[a\x1A\x9A\x91\x90a)#V[\x90Pa\x1A\xA6\x82\x82a\x1E\rV[`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16\x82R\x83\x16` \x82\x01R\x7F\xF1\x03\x8C\x18\xCF\x84\xA5nC/\xDB\xFA\xF7F\x92K~\xA5\x11\xDF\xE0:e\x06\xA0\xCE\xBAH\x88x\x8D\x9B\x91\x01`@Q\x80\x91\x03\x90\xA1PPV[`\x04\x81\x01T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a\x1B\x19WP`\x04\x82\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x1B%WP`\x02\x01\x90V[P\x90V[_\x82a\x1B6\x86\x86\x85a!dV[\x14\x95\x94PPPPPV[_\x80`!\x83\x14a\x1B\x80W\x83\x83`@Q\x7FY\x16\x18\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x08[\x92\x91\x90a)AV[\x83\x83_\x81\x81\x10a\x1B\x92Wa\x1B\x92a)\\V[\x91\x90\x91\x015`\xF8\x1C\x92Pa\x1B\xAC\x90P`!`\x01\x85\x87a)\x89V[a\x1B\xB5\x91a)\xB0V[\x90P\x81`\xFF\x16`\x02\x14\x15\x80\x15a\x1B\xCFWP\x81`\xFF\x16`\x03\x14\x15[\x80a\x1B\xE0WPd\x01\0\0\x03\xD0\x19\x81\x10\x15[\x80a\x1B\xF1WPa\x1B\xEF\x81a!\xA5V[\x15[\x15a\x1C,W\x83\x83`@Q\x7FY\x16\x18\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x08[\x92\x91\x90a)AV[\x92P\x92\x90PV[`\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x80a\x1CvWPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[\x15a\x1C\xB7W`@Q\x7F\x19\xCA^\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x08[V[a\x1C\xD2_a\x1C\xCD`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[a\x1F\xF0V[Pa\x1C\xDD_\x83a\x1FYV[PP`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90UPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x1D$\x81a\x18\x93V[a\x18\xD4\x83\x83a\x1F\xF0V[a\x18\xAE__a \x8FV[_6`\x14\x80\x82\x10\x80\x15\x90a\x1DtWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x163\x14[\x15a\x1D\x9AWa\x1D\x876\x82\x84\x03\x81_a)\x89V[a\x1D\x90\x91a)\xECV[``\x1C\x92PPP\x90V[3\x92PPP\x90V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T`\xFF\x16a\n\x95W`@Q\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08[V[`\x02Tz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15a\x1E\xE1WBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15a\x1E\xB8W`\x02T`\x01\x80Ty\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x91\x90\x91\x17\x90Ua\x1E\xE1V[`@Q\x7F+\x1F\xA2\xED\xAF\xE6\xF7\xB9\xE9|\x1A\x9E\x0C6`\xE6E\xBE\xB2\xDC\xAA-E\xBD\xBF\x9B\xEA\xF5G.\x1E\xC5\x90_\x90\xA1[P`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0e\xFF\xFF\xFF\xFF\xFF\xFF\x94\x85\x16\x02y\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x92\x90\x93\x16\x91\x90\x91\x02\x91\x90\x91\x17\x90UV[_\x82a\x1F\xE6W_a\x1Fr`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x1F\xB2W`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90U[a\x16#\x83\x83a\"\xB4V[_\x82\x15\x80\x15a \x0CWP`\x02T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16\x91\x16\x14[\x15a :W`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90U[a\x16#\x83\x83a#zV[_e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a\x1B%W`@Q\x7Fm\xFC\xC6P\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`0`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08[V[`\x01\x80Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0e\xFF\xFF\xFF\xFF\xFF\xFF\x84\x81\x16\x82\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x16`\x01`\x01`\xA0\x1B\x03\x88\x16\x17\x17\x90\x93U\x90\x04\x16\x80\x15a\x196W`@Q\x7F\x88\x86\xEB\xFCBY\xAB\xDB\xC1f\x01\xDD\x8F\xB5g\x8ET\x87\x8FG\xB3\xC3H6\xCF\xC5\x11T\xA9`Q\t\x90_\x90\xA1PPPV[__a!'a\x14kV[\x90P\x80e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a!OWa!J\x83\x82a*RV[a\x16#V[a\x16#e\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16b\x06\x97\x80a$7V[_\x81\x81[\x84\x81\x10\x15a!\x9CWa!\x92\x82\x87\x87\x84\x81\x81\x10a!\x86Wa!\x86a)\\V[\x90P` \x02\x015a$FV[\x91P`\x01\x01a!hV[P\x94\x93PPPPV[_\x80d\x01\0\0\x03\xD0\x19`\x07d\x01\0\0\x03\xD0\x19\x85d\x01\0\0\x03\xD0\x19\x87\x88\t\t\x08\x90P\x80_\x03a!\xD6WP`\x01\x92\x91PPV[_\x80`\x05` \x80\x80\x86`\x02a!\xF2`\x01d\x01\0\0\x03\xD0\x19a*pV[a!\xFC\x91\x90a*\x83V[`@\x80Q` \x81\x01\x96\x90\x96R\x85\x01\x93\x90\x93R``\x84\x01\x91\x90\x91R`\x80\x83\x01R`\xA0\x82\x01Rd\x01\0\0\x03\xD0\x19`\xC0\x82\x01R`\xE0\x01`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x90\x82\x90Ra\"I\x91a*\xBBV[_`@Q\x80\x83\x03\x81\x85Z\xFA\x91PP=\x80_\x81\x14a\"\x81W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\"\x86V[``\x91P[P\x91P\x91P\x81\x80\x15a\"\xABWP\x80\x80` \x01\x90Q\x81\x01\x90a\"\xA7\x91\x90a*\xD1V[`\x01\x14[\x95\x94PPPPPV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a#sW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90Ua#+a\x18\nV[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x07\xDBV[P_a\x07\xDBV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16\x15a#sW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16\x90Ua#\xEFa\x18\nV[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x07\xDBV[_\x82\x82\x18\x82\x84\x10\x02\x82\x18a\x16#V[_\x81\x83\x10a$`W_\x82\x81R` \x84\x90R`@\x90 a\x16#V[_\x83\x81R` \x83\x90R`@\x90 a\x16#V[_` \x82\x84\x03\x12\x15a$\x82W__\xFD[\x815\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x81\x14a\x16#W__\xFD[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a$\xC7W__\xFD[\x91\x90PV[__`@\x83\x85\x03\x12\x15a$\xDDW__\xFD[a$\xE6\x83a$\xB1V[\x94` \x93\x90\x93\x015\x93PPPV[_` \x82\x84\x03\x12\x15a%\x04W__\xFD[P5\x91\x90PV[__`@\x83\x85\x03\x12\x15a%\x1CW__\xFD[\x825\x91Pa%,` \x84\x01a$\xB1V[\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a%EW__\xFD[a\x16#\x82a$\xB1V[_` \x82\x84\x03\x12\x15a%^W__\xFD[\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x16#W__\xFD[_` \x82\x84\x03\x12\x15a%\x85W__\xFD[\x815e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x16#W__\xFD[\x805`\xFF\x81\x16\x81\x14a$\xC7W__\xFD[___``\x84\x86\x03\x12\x15a%\xBCW__\xFD[\x835\x92Pa%\xCC` \x85\x01a%\x9AV[\x91Pa%\xDA`@\x85\x01a%\x9AV[\x90P\x92P\x92P\x92V[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` `\x1F\x19`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[`@\x81R_a&#`@\x83\x01\x85a%\xE3V[\x90Pc\xFF\xFF\xFF\xFF\x83\x16` \x83\x01R\x93\x92PPPV[` \x81R_a\x16#` \x83\x01\x84a%\xE3V[____``\x85\x87\x03\x12\x15a&]W__\xFD[a&f\x85a$\xB1V[\x93Pa&t` \x86\x01a$\xB1V[\x92P`@\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&\x8FW__\xFD[\x85\x01`\x1F\x81\x01\x87\x13a&\x9FW__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&\xB5W__\xFD[\x87` \x82`\x05\x1B\x84\x01\x01\x11\x15a&\xC9W__\xFD[\x94\x97\x93\x96P` \x01\x94PPPV[__\x83`\x1F\x84\x01\x12a&\xE7W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&\xFEW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a\x1C,W__\xFD[____``\x85\x87\x03\x12\x15a'(W__\xFD[\x845`\x04\x81\x10a'6W__\xFD[\x93P` \x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a'QW__\xFD[a']\x87\x82\x88\x01a&\xD7V[\x95\x98\x90\x97P\x94\x95`@\x015\x94\x93PPPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x04\x81\x10a'\xD2W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x90RV[` \x81\x01a\x07\xDB\x82\x84a'\x9DV[__`@\x83\x85\x03\x12\x15a'\xF5W__\xFD[a'\xFE\x83a$\xB1V[\x91Pa%,` \x84\x01a$\xB1V[__` \x83\x85\x03\x12\x15a(\x1DW__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a(3W__\xFD[a(?\x85\x82\x86\x01a&\xD7V[\x90\x96\x90\x95P\x93PPPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x07\xDBWa\x07\xDBa(KV[`\x01`\x01`\xA0\x1B\x03\x83\x16\x81R`@\x81\x01a\x16#` \x83\x01\x84a'\x9DV[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` `\x1F\x19`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[`@\x81R_a(\xF1`@\x83\x01\x85\x87a(\xB5V[\x90Pc\xFF\xFF\xFF\xFF\x83\x16` \x83\x01R\x94\x93PPPPV[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x07\xDBWa\x07\xDBa(KV[e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x07\xDBWa\x07\xDBa(KV[` \x81R_a)T` \x83\x01\x84\x86a(\xB5V[\x94\x93PPPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[__\x85\x85\x11\x15a)\x97W__\xFD[\x83\x86\x11\x15a)\xA3W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805` \x83\x10\x15a\x07\xDBW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x90\x03`\x03\x1B\x1B\x16\x92\x91PPV[\x805\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x90`\x14\x84\x10\x15a*KW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85`\x14\x03`\x03\x1B\x1B\x82\x16\x16\x91P[P\x92\x91PPV[e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x07\xDBWa\x07\xDBa(KV[\x81\x81\x03\x81\x81\x11\x15a\x07\xDBWa\x07\xDBa(KV[_\x82a*\xB6W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[P\x04\x90V[_\x82Q\x80` \x85\x01\x84^_\x92\x01\x91\x82RP\x91\x90PV[_` \x82\x84\x03\x12\x15a*\xE1W__\xFD[PQ\x91\x90PV\xFE\xA1dsolcC\0\x08\x1E\0\n",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b50600436106102d8575f3560e01c80637da0a87711610187578063b9368034116100dd578063d547741f11610093578063d74dbd2d1161006e578063d74dbd2d14610757578063eba5dcb914610760578063f19310c314610773575f5ffd5b8063d547741f146106fc578063d590f8c91461070f578063d602b9fd1461074f575f5ffd5b8063cc8463c8116100c3578063cc8463c8146106ad578063cefc1429146106b5578063cf6eefb7146106bd575f5ffd5b8063b936803414610687578063bb9448e11461069a575f5ffd5b806391d148541161013d578063a217fddf11610118578063a217fddf1461063b578063a2557ace14610642578063b0df289114610655575f5ffd5b806391d14854146105975780639c5b448a146105cd578063a1eda53c14610614575f5ffd5b80638da5cb5b1161016d5780638da5cb5b1461055c5780638dfadedb146105645780638f9c79ed14610584575f5ffd5b80637da0a8771461051157806384ef8ffc1461054b575f5ffd5b806336568abe1161023c5780635984b850116101f257806373f1ee0b116101cd57806373f1ee0b146104d357806377c8c51a146104e657806379a05a3114610507575f5ffd5b80635984b8501461049a578063634e93da146104ad578063649a5ec7146104c0575f5ffd5b80634fc62042116102225780634fc62042146103ff578063508f3a3714610426578063572b6c051461045a575f5ffd5b806336568abe146103e4578063422c1d37146103f7575f5ffd5b8063140d075a11610291578063248a9ca311610277578063248a9ca31461037a5780632f2ff15d146103aa5780632f81bb58146103bd575f5ffd5b8063140d075a146103555780632038421e14610367575f5ffd5b8063050650e1116102c1578063050650e1146103205780630aa6220b1461032a5780631221d14714610332575f5ffd5b806301ffc9a7146102dc578063022d63fb14610304575b5f5ffd5b6102ef6102ea366004612472565b610786565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff90911681526020016102fb565b6103286107e1565b005b6103286108c1565b61033c62278d0081565b60405167ffffffffffffffff90911681526020016102fb565b60055467ffffffffffffffff1661033c565b6103286103753660046124cc565b6108d6565b61039c6103883660046124f4565b5f9081526020819052604090206001015490565b6040519081526020016102fb565b6103286103b836600461250b565b610a54565b61039c7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa981565b6103286103f236600461250b565b610a99565b61039c600581565b61039c7f4af29447b0b3ab714a8512e6f69c515e9803c066fb6c4e2df49be42a14a63c0d81565b6102ef610434366004612535565b6001600160a01b03165f9081526003602052604090206001015462010000900460ff1690565b6102ef610468366004612535565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b6103286104a836600461254e565b610b84565b6103286104bb366004612535565b610bb7565b6103286104ce366004612575565b610bca565b61033c6104e13660046125aa565b610bdd565b6104f96104f4366004612535565b610df4565b6040516102fb929190612611565b6103096203f48081565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b0390911681526020016102fb565b6002546001600160a01b0316610533565b610533610eb3565b610577610572366004612535565b610ecb565b6040516102fb9190612638565b6102ef610592366004612535565b610f73565b6102ef6105a536600461250b565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6105e06105db366004612535565b610fb3565b6040516102fb949392919093845260ff92831660208501529116604083015267ffffffffffffffff16606082015260800190565b61061c61104b565b6040805165ffffffffffff9384168152929091166020830152016102fb565b61039c5f81565b6102ef61065036600461264a565b6110c5565b610668610663366004612535565b611113565b6040805193845260ff92831660208501529116908201526060016102fb565b6103286106953660046124cc565b61115b565b6103286106a8366004612715565b611261565b61030961146b565b610328611508565b600154604080516001600160a01b03831681527401000000000000000000000000000000000000000090920465ffffffffffff166020830152016102fb565b61032861070a36600461250b565b611579565b61074261071d366004612535565b6001600160a01b03165f90815260036020526040902060010154610100900460ff1690565b6040516102fb91906127d6565b6103286115ba565b61033c610e1081565b61039c61076e3660046127e4565b6115cc565b61032861078136600461280c565b61162a565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f314987860000000000000000000000000000000000000000000000000000000014806107db57506107db82611774565b92915050565b5f6107ea61180a565b6001600160a01b0381165f90815260046020526040902090915061080d81611813565b600481015467ffffffffffffffff165f03610864576040517f369ebf680000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024015b60405180910390fd5b5f6002820181905560038201805461ffff1916905560048201805467ffffffffffffffff191690556040516001600160a01b038416917f0104daeacf39de1459601d3dd679664ddbe3fd5ba54f06ab90a13725a430c37191a25050565b5f6108cb81611893565b6108d36118a4565b50565b7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa961090081611893565b6001600160a01b0383165f908152600360208190526040909120906001820154610100900460ff16600381111561093957610939612770565b1461097b576040517fe2d0e6050000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015260240161085b565b600181015462010000900460ff16156109cb576040517f836ef4520000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015260240161085b565b6001810180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffff1662010000179055610a0261180a565b6001600160a01b0316846001600160a01b03167f4f63f151c22f8454feca00680122850ad8ce7f27a2873cba27cb3f41ce676c0785604051610a4691815260200190565b60405180910390a350505050565b81610a8b576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a9582826118b0565b5050565b81158015610ab457506002546001600160a01b038281169116145b15610b7a576001546001600160a01b0381169074010000000000000000000000000000000000000000900465ffffffffffff1681151580610afb575065ffffffffffff8116155b80610b0e57504265ffffffffffff821610155b15610b4f576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff8216600482015260240161085b565b5050600180547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1690555b610a9582826118da565b7f4af29447b0b3ab714a8512e6f69c515e9803c066fb6c4e2df49be42a14a63c0d610bae81611893565b610a958261193b565b5f610bc181611893565b610a9582611a0b565b5f610bd481611893565b610a9582611a7d565b5f5f610be761180a565b905060058460ff161115610c33576040517fceceb0be00000000000000000000000000000000000000000000000000000000815260ff851660048201526005602482015260440161085b565b60ff841615610c565760ff83161580610c5157508360ff168360ff16115b610c66565b60ff8316151580610c6657508415155b15610caa576040517f64d5701400000000000000000000000000000000000000000000000000000000815260ff80851660048301528516602482015260440161085b565b60ff841615801590610cba575084155b15610cfe576040517f64d5701400000000000000000000000000000000000000000000000000000000815260ff80851660048301528516602482015260440161085b565b6001600160a01b0381165f908152600460205260409020610d1e81611813565b600554610d359067ffffffffffffffff1642612878565b604080516060808201835289825260ff8981166020808501829052918a16938501849052600287018c905560038701805461ffff19168217610100860217905560048701805467ffffffffffffffff191667ffffffffffffffff881690811790915585518d815292830191909152938101929092528101919091529093506001600160a01b038316907f6e565055ea6b6c1252b45b27bfa38a24220df0b80400ea597f9313cb41343a2d9060800160405180910390a250509392505050565b6001600160a01b0381165f90815260036020526040812060609190816001820154610100900460ff166003811115610e2e57610e2e612770565b03610e4e575f60405180602001604052805f815250909250925050915091565b600181015490546040805160f884901b7fff0000000000000000000000000000000000000000000000000000000000000016602082015260218082019390935281518082039093018352604101905294630100000090910463ffffffff169350915050565b5f610ec66002546001600160a01b031690565b905090565b6001600160a01b0381165f9081526003602052604081206060916001820154610100900460ff166003811115610f0357610f03612770565b03610f1d57505060408051602081019091525f8152919050565b6001810154815460405160f89290921b7fff000000000000000000000000000000000000000000000000000000000000001660208301526021820152604101604051602081830303815290604052915050919050565b5f60016001600160a01b0383165f90815260036020819052604090912060010154610100900460ff1690811115610fac57610fac612770565b1492915050565b6001600160a01b0381165f9081526004602081905260408220908101548291829182919067ffffffffffffffff161580610ffb5750600481015467ffffffffffffffff164210155b1561101257505f9350839250829150819050611044565b6002810154600382015460049092015490955060ff8083169550610100909204909116925067ffffffffffffffff1690505b9193509193565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff16801515801561108d57504265ffffffffffff821610155b611098575f5f6110bd565b60025474010000000000000000000000000000000000000000900465ffffffffffff16815b915091509091565b6001600160a01b0384165f90815260046020526040812081906110e790611aec565b549050801580159061110957506111098484836111048a8a6115cc565b611b29565b9695505050505050565b6001600160a01b0381165f90815260046020526040812081908190819061113990611aec565b8054600190910154909660ff8083169750610100909204909116945092505050565b7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa961118581611893565b6001600160a01b0383165f908152600360205260409020600181015462010000900460ff166111eb576040517fb12c8f910000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015260240161085b565b6001810180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffff16905561121d61180a565b6001600160a01b0316846001600160a01b03167fb5c440ac96191c61db1cff62b8ae6009d5cb27a0a77bb7fd59bfdf6dd491230885604051610a4691815260200190565b5f61126a61180a565b6001600160a01b0381165f9081526003602052604081209192506001820154610100900460ff1660038111156112a2576112a2612770565b146112ee57818160010160019054906101000a900460ff166040517f5f4981b200000000000000000000000000000000000000000000000000000000815260040161085b929190612898565b5f86600381111561130157611301612770565b03611338576040517fd954416a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f6113448787611b40565b60018501805492945090925089917fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff1661010083600381111561138957611389612770565b02179055506001830180548285557fffffffffffffffffffffffffffffffffffffffffffffffffff00000000ffff001660ff84161763010000001790558760038111156113d8576113d8612770565b846001600160a01b03167fd5d69baaddb6d8d6a2dd70f38585012d30f68a79461b7e5057c8debb114e40418760405161141391815260200190565b60405180910390a3836001600160a01b03167f2cef5ee64b5ea4846a8d1c2ea7e43dc6bc7394dfc1ade90ee1795d8958a573da88886001604051611459939291906128de565b60405180910390a25050505050505050565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff1680151580156114ac57504265ffffffffffff8216105b6114de576001547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16611502565b60025474010000000000000000000000000000000000000000900465ffffffffffff165b91505090565b6001546001600160a01b03168061151d61180a565b6001600160a01b0316146115715761153361180a565b6040517fc22c80220000000000000000000000000000000000000000000000000000000081526001600160a01b03909116600482015260240161085b565b6108d3611c33565b816115b0576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a958282611d0a565b5f6115c481611893565b6108d3611d2e565b604080516001600160a01b03808516602080840191909152908416828401528251808303840181526060830184528051908201206080808401919091528351808403909101815260a090920190925280519101205f905b9392505050565b5f61163361180a565b6001600160a01b0381165f9081526003602052604081209192506001820154610100900460ff16600381111561166b5761166b612770565b036116ad576040517fbfc6c3370000000000000000000000000000000000000000000000000000000081526001600160a01b038316600482015260240161085b565b5f5f6116b98686611b40565b915091505f8360010160039054906101000a900463ffffffff1660016116df9190612907565b60018501805484875563ffffffff83166301000000027fffffffffffffffffffffffffffffffffffffffffffffffffff00000000ffff0090911660ff8716171790556040519091506001600160a01b038616907f2cef5ee64b5ea4846a8d1c2ea7e43dc6bc7394dfc1ade90ee1795d8958a573da90611763908a908a9086906128de565b60405180910390a250505050505050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806107db57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316146107db565b5f610ec6611d38565b600481015467ffffffffffffffff161580159061183e5750600481015467ffffffffffffffff164210155b156108d357600281018054825560038201805460018401805460ff80841661ffff199283161761010080860492909216909102179091555f909355919091169055600401805467ffffffffffffffff19169055565b6108d38161189f61180a565b611da2565b6118ae5f5f611e0d565b565b5f828152602081905260409020600101546118ca81611893565b6118d48383611f59565b50505050565b6118e261180a565b6001600160a01b0316816001600160a01b03161461192c576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6119368282611ff0565b505050565b610e1067ffffffffffffffff82161080611961575062278d0067ffffffffffffffff8216115b156119b5576040517f81bcb7ef00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152610e10602482015262278d00604482015260640161085b565b6005805467ffffffffffffffff191667ffffffffffffffff83169081179091556040519081527fa1fd3269e1c9dc5aea76251e69fa63b391c7efc6b4ce330f50e8cd589a5916f19060200160405180910390a150565b5f611a1461146b565b611a1d42612044565b611a279190612923565b9050611a33828261208f565b60405165ffffffffffff821681526001600160a01b038316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f611a878261211d565b611a9042612044565b611a9a9190612923565b9050611aa68282611e0d565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b910160405180910390a15050565b60048101545f9067ffffffffffffffff1615801590611b195750600482015467ffffffffffffffff164210155b15611b25575060020190565b5090565b5f82611b36868685612164565b1495945050505050565b5f8060218314611b805783836040517f591618d200000000000000000000000000000000000000000000000000000000815260040161085b929190612941565b83835f818110611b9257611b9261295c565b919091013560f81c9250611bac9050602160018587612989565b611bb5916129b0565b90508160ff16600214158015611bcf57508160ff16600314155b80611be057506401000003d0198110155b80611bf15750611bef816121a5565b155b15611c2c5783836040517f591618d200000000000000000000000000000000000000000000000000000000815260040161085b929190612941565b9250929050565b6001546001600160a01b0381169074010000000000000000000000000000000000000000900465ffffffffffff16801580611c7657504265ffffffffffff821610155b15611cb7576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff8216600482015260240161085b565b611cd25f611ccd6002546001600160a01b031690565b611ff0565b50611cdd5f83611f59565b5050600180547fffffffffffff000000000000000000000000000000000000000000000000000016905550565b5f82815260208190526040902060010154611d2481611893565b6118d48383611ff0565b6118ae5f5f61208f565b5f366014808210801590611d7457507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b15611d9a57611d8736828403815f612989565b611d90916129ec565b60601c9250505090565b339250505090565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16610a95576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024810183905260440161085b565b6002547a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015611ee1574265ffffffffffff82161015611eb8576002546001805479ffffffffffffffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000090920465ffffffffffff167a01000000000000000000000000000000000000000000000000000002919091179055611ee1565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b50600280546001600160a01b03167401000000000000000000000000000000000000000065ffffffffffff9485160279ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a0100000000000000000000000000000000000000000000000000009290931691909102919091179055565b5f82611fe6575f611f726002546001600160a01b031690565b6001600160a01b031614611fb2576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0384161790555b61162383836122b4565b5f8215801561200c57506002546001600160a01b038381169116145b1561203a57600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001690555b611623838361237a565b5f65ffffffffffff821115611b25576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152603060048201526024810183905260440161085b565b600180547401000000000000000000000000000000000000000065ffffffffffff84811682027fffffffffffff000000000000000000000000000000000000000000000000000084166001600160a01b03881617179093559004168015611936576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f61212761146b565b90508065ffffffffffff168365ffffffffffff161161214f5761214a8382612a52565b611623565b61162365ffffffffffff841662069780612437565b5f81815b8481101561219c57612192828787848181106121865761218661295c565b90506020020135612446565b9150600101612168565b50949350505050565b5f806401000003d01960076401000003d019856401000003d01987880909089050805f036121d65750600192915050565b5f806005602080808660026121f260016401000003d019612a70565b6121fc9190612a83565b6040805160208101969096528501939093526060840191909152608083015260a08201526401000003d01960c082015260e00160408051601f198184030181529082905261224991612abb565b5f60405180830381855afa9150503d805f8114612281576040519150601f19603f3d011682016040523d82523d5f602084013e612286565b606091505b50915091508180156122ab5750808060200190518101906122a79190612ad1565b6001145b95945050505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16612373575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905561232b61180a565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016107db565b505f6107db565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615612373575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001690556123ef61180a565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a45060016107db565b5f828218828410028218611623565b5f818310612460575f828152602084905260409020611623565b5f838152602083905260409020611623565b5f60208284031215612482575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114611623575f5ffd5b80356001600160a01b03811681146124c7575f5ffd5b919050565b5f5f604083850312156124dd575f5ffd5b6124e6836124b1565b946020939093013593505050565b5f60208284031215612504575f5ffd5b5035919050565b5f5f6040838503121561251c575f5ffd5b8235915061252c602084016124b1565b90509250929050565b5f60208284031215612545575f5ffd5b611623826124b1565b5f6020828403121561255e575f5ffd5b813567ffffffffffffffff81168114611623575f5ffd5b5f60208284031215612585575f5ffd5b813565ffffffffffff81168114611623575f5ffd5b803560ff811681146124c7575f5ffd5b5f5f5f606084860312156125bc575f5ffd5b833592506125cc6020850161259a565b91506125da6040850161259a565b90509250925092565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b604081525f61262360408301856125e3565b905063ffffffff831660208301529392505050565b602081525f61162360208301846125e3565b5f5f5f5f6060858703121561265d575f5ffd5b612666856124b1565b9350612674602086016124b1565b9250604085013567ffffffffffffffff81111561268f575f5ffd5b8501601f8101871361269f575f5ffd5b803567ffffffffffffffff8111156126b5575f5ffd5b8760208260051b84010111156126c9575f5ffd5b949793965060200194505050565b5f5f83601f8401126126e7575f5ffd5b50813567ffffffffffffffff8111156126fe575f5ffd5b602083019150836020828501011115611c2c575f5ffd5b5f5f5f5f60608587031215612728575f5ffd5b843560048110612736575f5ffd5b9350602085013567ffffffffffffffff811115612751575f5ffd5b61275d878288016126d7565b9598909750949560400135949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600481106127d2577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b602081016107db828461279d565b5f5f604083850312156127f5575f5ffd5b6127fe836124b1565b915061252c602084016124b1565b5f5f6020838503121561281d575f5ffd5b823567ffffffffffffffff811115612833575f5ffd5b61283f858286016126d7565b90969095509350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff81811683821601908111156107db576107db61284b565b6001600160a01b038316815260408101611623602083018461279d565b81835281816020850137505f602082840101525f6020601f19601f840116840101905092915050565b604081525f6128f16040830185876128b5565b905063ffffffff83166020830152949350505050565b63ffffffff81811683821601908111156107db576107db61284b565b65ffffffffffff81811683821601908111156107db576107db61284b565b602081525f6129546020830184866128b5565b949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f85851115612997575f5ffd5b838611156129a3575f5ffd5b5050820193919092039150565b803560208310156107db577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015612a4b577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505b5092915050565b65ffffffffffff82811682821603908111156107db576107db61284b565b818103818111156107db576107db61284b565b5f82612ab6577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b5f82518060208501845e5f920191825250919050565b5f60208284031215612ae1575f5ffd5b505191905056fea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x02\xD8W_5`\xE0\x1C\x80c}\xA0\xA8w\x11a\x01\x87W\x80c\xB96\x804\x11a\0\xDDW\x80c\xD5Gt\x1F\x11a\0\x93W\x80c\xD7M\xBD-\x11a\0nW\x80c\xD7M\xBD-\x14a\x07WW\x80c\xEB\xA5\xDC\xB9\x14a\x07`W\x80c\xF1\x93\x10\xC3\x14a\x07sW__\xFD[\x80c\xD5Gt\x1F\x14a\x06\xFCW\x80c\xD5\x90\xF8\xC9\x14a\x07\x0FW\x80c\xD6\x02\xB9\xFD\x14a\x07OW__\xFD[\x80c\xCC\x84c\xC8\x11a\0\xC3W\x80c\xCC\x84c\xC8\x14a\x06\xADW\x80c\xCE\xFC\x14)\x14a\x06\xB5W\x80c\xCFn\xEF\xB7\x14a\x06\xBDW__\xFD[\x80c\xB96\x804\x14a\x06\x87W\x80c\xBB\x94H\xE1\x14a\x06\x9AW__\xFD[\x80c\x91\xD1HT\x11a\x01=W\x80c\xA2\x17\xFD\xDF\x11a\x01\x18W\x80c\xA2\x17\xFD\xDF\x14a\x06;W\x80c\xA2Uz\xCE\x14a\x06BW\x80c\xB0\xDF(\x91\x14a\x06UW__\xFD[\x80c\x91\xD1HT\x14a\x05\x97W\x80c\x9C[D\x8A\x14a\x05\xCDW\x80c\xA1\xED\xA5<\x14a\x06\x14W__\xFD[\x80c\x8D\xA5\xCB[\x11a\x01mW\x80c\x8D\xA5\xCB[\x14a\x05\\W\x80c\x8D\xFA\xDE\xDB\x14a\x05dW\x80c\x8F\x9Cy\xED\x14a\x05\x84W__\xFD[\x80c}\xA0\xA8w\x14a\x05\x11W\x80c\x84\xEF\x8F\xFC\x14a\x05KW__\xFD[\x80c6V\x8A\xBE\x11a\x02<W\x80cY\x84\xB8P\x11a\x01\xF2W\x80cs\xF1\xEE\x0B\x11a\x01\xCDW\x80cs\xF1\xEE\x0B\x14a\x04\xD3W\x80cw\xC8\xC5\x1A\x14a\x04\xE6W\x80cy\xA0Z1\x14a\x05\x07W__\xFD[\x80cY\x84\xB8P\x14a\x04\x9AW\x80ccN\x93\xDA\x14a\x04\xADW\x80cd\x9A^\xC7\x14a\x04\xC0W__\xFD[\x80cO\xC6 B\x11a\x02\"W\x80cO\xC6 B\x14a\x03\xFFW\x80cP\x8F:7\x14a\x04&W\x80cW+l\x05\x14a\x04ZW__\xFD[\x80c6V\x8A\xBE\x14a\x03\xE4W\x80cB,\x1D7\x14a\x03\xF7W__\xFD[\x80c\x14\r\x07Z\x11a\x02\x91W\x80c$\x8A\x9C\xA3\x11a\x02wW\x80c$\x8A\x9C\xA3\x14a\x03zW\x80c//\xF1]\x14a\x03\xAAW\x80c/\x81\xBBX\x14a\x03\xBDW__\xFD[\x80c\x14\r\x07Z\x14a\x03UW\x80c 8B\x1E\x14a\x03gW__\xFD[\x80c\x05\x06P\xE1\x11a\x02\xC1W\x80c\x05\x06P\xE1\x14a\x03 W\x80c\n\xA6\"\x0B\x14a\x03*W\x80c\x12!\xD1G\x14a\x032W__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x02\xDCW\x80c\x02-c\xFB\x14a\x03\x04W[__\xFD[a\x02\xEFa\x02\xEA6`\x04a$rV[a\x07\x86V[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[b\x06\x97\x80[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xFBV[a\x03(a\x07\xE1V[\0[a\x03(a\x08\xC1V[a\x03<b'\x8D\0\x81V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xFBV[`\x05Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x03<V[a\x03(a\x03u6`\x04a$\xCCV[a\x08\xD6V[a\x03\x9Ca\x03\x886`\x04a$\xF4V[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[`@Q\x90\x81R` \x01a\x02\xFBV[a\x03(a\x03\xB86`\x04a%\x0BV[a\nTV[a\x03\x9C\x7F\xCAw\xCD\x8F\x98V\xEF_\xCD6\xF6\xB1[\xF4i\xFE!l/\x91\x14\xF6\r\xD01\xF0\xA2\xB9{g\xAA\xA9\x81V[a\x03(a\x03\xF26`\x04a%\x0BV[a\n\x99V[a\x03\x9C`\x05\x81V[a\x03\x9C\x7FJ\xF2\x94G\xB0\xB3\xABqJ\x85\x12\xE6\xF6\x9CQ^\x98\x03\xC0f\xFBlN-\xF4\x9B\xE4*\x14\xA6<\r\x81V[a\x02\xEFa\x0446`\x04a%5V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x03` R`@\x90 `\x01\x01Tb\x01\0\0\x90\x04`\xFF\x16\x90V[a\x02\xEFa\x04h6`\x04a%5V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x91\x16\x14\x90V[a\x03(a\x04\xA86`\x04a%NV[a\x0B\x84V[a\x03(a\x04\xBB6`\x04a%5V[a\x0B\xB7V[a\x03(a\x04\xCE6`\x04a%uV[a\x0B\xCAV[a\x03<a\x04\xE16`\x04a%\xAAV[a\x0B\xDDV[a\x04\xF9a\x04\xF46`\x04a%5V[a\r\xF4V[`@Qa\x02\xFB\x92\x91\x90a&\x11V[a\x03\tb\x03\xF4\x80\x81V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02\xFBV[`\x02T`\x01`\x01`\xA0\x1B\x03\x16a\x053V[a\x053a\x0E\xB3V[a\x05wa\x05r6`\x04a%5V[a\x0E\xCBV[`@Qa\x02\xFB\x91\x90a&8V[a\x02\xEFa\x05\x926`\x04a%5V[a\x0FsV[a\x02\xEFa\x05\xA56`\x04a%\x0BV[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x05\xE0a\x05\xDB6`\x04a%5V[a\x0F\xB3V[`@Qa\x02\xFB\x94\x93\x92\x91\x90\x93\x84R`\xFF\x92\x83\x16` \x85\x01R\x91\x16`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16``\x82\x01R`\x80\x01\x90V[a\x06\x1Ca\x10KV[`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x93\x84\x16\x81R\x92\x90\x91\x16` \x83\x01R\x01a\x02\xFBV[a\x03\x9C_\x81V[a\x02\xEFa\x06P6`\x04a&JV[a\x10\xC5V[a\x06ha\x06c6`\x04a%5V[a\x11\x13V[`@\x80Q\x93\x84R`\xFF\x92\x83\x16` \x85\x01R\x91\x16\x90\x82\x01R``\x01a\x02\xFBV[a\x03(a\x06\x956`\x04a$\xCCV[a\x11[V[a\x03(a\x06\xA86`\x04a'\x15V[a\x12aV[a\x03\ta\x14kV[a\x03(a\x15\x08V[`\x01T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x81Rt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x83\x01R\x01a\x02\xFBV[a\x03(a\x07\n6`\x04a%\x0BV[a\x15yV[a\x07Ba\x07\x1D6`\x04a%5V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x03` R`@\x90 `\x01\x01Ta\x01\0\x90\x04`\xFF\x16\x90V[`@Qa\x02\xFB\x91\x90a'\xD6V[a\x03(a\x15\xBAV[a\x03<a\x0E\x10\x81V[a\x03\x9Ca\x07n6`\x04a'\xE4V[a\x15\xCCV[a\x03(a\x07\x816`\x04a(\x0CV[a\x16*V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7F1I\x87\x86\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\x07\xDBWPa\x07\xDB\x82a\x17tV[\x92\x91PPV[_a\x07\xEAa\x18\nV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x04` R`@\x90 \x90\x91Pa\x08\r\x81a\x18\x13V[`\x04\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x03a\x08dW`@Q\x7F6\x9E\xBFh\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[_`\x02\x82\x01\x81\x90U`\x03\x82\x01\x80Ta\xFF\xFF\x19\x16\x90U`\x04\x82\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x90U`@Q`\x01`\x01`\xA0\x1B\x03\x84\x16\x91\x7F\x01\x04\xDA\xEA\xCF9\xDE\x14Y`\x1D=\xD6yfM\xDB\xE3\xFD[\xA5O\x06\xAB\x90\xA17%\xA40\xC3q\x91\xA2PPV[_a\x08\xCB\x81a\x18\x93V[a\x08\xD3a\x18\xA4V[PV[\x7F\xCAw\xCD\x8F\x98V\xEF_\xCD6\xF6\xB1[\xF4i\xFE!l/\x91\x14\xF6\r\xD01\xF0\xA2\xB9{g\xAA\xA9a\t\0\x81a\x18\x93V[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x03` \x81\x90R`@\x90\x91 \x90`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\t9Wa\t9a'pV[\x14a\t{W`@Q\x7F\xE2\xD0\xE6\x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08[V[`\x01\x81\x01Tb\x01\0\0\x90\x04`\xFF\x16\x15a\t\xCBW`@Q\x7F\x83n\xF4R\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08[V[`\x01\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\x16b\x01\0\0\x17\x90Ua\n\x02a\x18\nV[`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x7FOc\xF1Q\xC2/\x84T\xFE\xCA\0h\x01\"\x85\n\xD8\xCE\x7F'\xA2\x87<\xBA'\xCB?A\xCEgl\x07\x85`@Qa\nF\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPV[\x81a\n\x8BW`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\n\x95\x82\x82a\x18\xB0V[PPV[\x81\x15\x80\x15a\n\xB4WP`\x02T`\x01`\x01`\xA0\x1B\x03\x82\x81\x16\x91\x16\x14[\x15a\x0BzW`\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x15\x15\x80a\n\xFBWPe\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15[\x80a\x0B\x0EWPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[\x15a\x0BOW`@Q\x7F\x19\xCA^\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x08[V[PP`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90U[a\n\x95\x82\x82a\x18\xDAV[\x7FJ\xF2\x94G\xB0\xB3\xABqJ\x85\x12\xE6\xF6\x9CQ^\x98\x03\xC0f\xFBlN-\xF4\x9B\xE4*\x14\xA6<\ra\x0B\xAE\x81a\x18\x93V[a\n\x95\x82a\x19;V[_a\x0B\xC1\x81a\x18\x93V[a\n\x95\x82a\x1A\x0BV[_a\x0B\xD4\x81a\x18\x93V[a\n\x95\x82a\x1A}V[__a\x0B\xE7a\x18\nV[\x90P`\x05\x84`\xFF\x16\x11\x15a\x0C3W`@Q\x7F\xCE\xCE\xB0\xBE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x85\x16`\x04\x82\x01R`\x05`$\x82\x01R`D\x01a\x08[V[`\xFF\x84\x16\x15a\x0CVW`\xFF\x83\x16\x15\x80a\x0CQWP\x83`\xFF\x16\x83`\xFF\x16\x11[a\x0CfV[`\xFF\x83\x16\x15\x15\x80a\x0CfWP\x84\x15\x15[\x15a\x0C\xAAW`@Q\x7Fd\xD5p\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x80\x85\x16`\x04\x83\x01R\x85\x16`$\x82\x01R`D\x01a\x08[V[`\xFF\x84\x16\x15\x80\x15\x90a\x0C\xBAWP\x84\x15[\x15a\x0C\xFEW`@Q\x7Fd\xD5p\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x80\x85\x16`\x04\x83\x01R\x85\x16`$\x82\x01R`D\x01a\x08[V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x04` R`@\x90 a\r\x1E\x81a\x18\x13V[`\x05Ta\r5\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16Ba(xV[`@\x80Q``\x80\x82\x01\x83R\x89\x82R`\xFF\x89\x81\x16` \x80\x85\x01\x82\x90R\x91\x8A\x16\x93\x85\x01\x84\x90R`\x02\x87\x01\x8C\x90U`\x03\x87\x01\x80Ta\xFF\xFF\x19\x16\x82\x17a\x01\0\x86\x02\x17\x90U`\x04\x87\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16\x90\x81\x17\x90\x91U\x85Q\x8D\x81R\x92\x83\x01\x91\x90\x91R\x93\x81\x01\x92\x90\x92R\x81\x01\x91\x90\x91R\x90\x93P`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x7FnVPU\xEAkl\x12R\xB4['\xBF\xA3\x8A$\"\r\xF0\xB8\x04\0\xEAY\x7F\x93\x13\xCBA4:-\x90`\x80\x01`@Q\x80\x91\x03\x90\xA2PP\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x03` R`@\x81 ``\x91\x90\x81`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x0E.Wa\x0E.a'pV[\x03a\x0ENW_`@Q\x80` \x01`@R\x80_\x81RP\x90\x92P\x92PP\x91P\x91V[`\x01\x81\x01T\x90T`@\x80Q`\xF8\x84\x90\x1B\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16` \x82\x01R`!\x80\x82\x01\x93\x90\x93R\x81Q\x80\x82\x03\x90\x93\x01\x83R`A\x01\x90R\x94c\x01\0\0\0\x90\x91\x04c\xFF\xFF\xFF\xFF\x16\x93P\x91PPV[_a\x0E\xC6`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[\x90P\x90V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x03` R`@\x81 ``\x91`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x0F\x03Wa\x0F\x03a'pV[\x03a\x0F\x1DWPP`@\x80Q` \x81\x01\x90\x91R_\x81R\x91\x90PV[`\x01\x81\x01T\x81T`@Q`\xF8\x92\x90\x92\x1B\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16` \x83\x01R`!\x82\x01R`A\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91PP\x91\x90PV[_`\x01`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x03` \x81\x90R`@\x90\x91 `\x01\x01Ta\x01\0\x90\x04`\xFF\x16\x90\x81\x11\x15a\x0F\xACWa\x0F\xACa'pV[\x14\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x04` \x81\x90R`@\x82 \x90\x81\x01T\x82\x91\x82\x91\x82\x91\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80a\x0F\xFBWP`\x04\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x10\x12WP_\x93P\x83\x92P\x82\x91P\x81\x90Pa\x10DV[`\x02\x81\x01T`\x03\x82\x01T`\x04\x90\x92\x01T\x90\x95P`\xFF\x80\x83\x16\x95Pa\x01\0\x90\x92\x04\x90\x91\x16\x92Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90P[\x91\x93P\x91\x93V[`\x02T_\x90z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x15\x80\x15a\x10\x8DWPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[a\x10\x98W__a\x10\xBDV[`\x02Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81[\x91P\x91P\x90\x91V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\x04` R`@\x81 \x81\x90a\x10\xE7\x90a\x1A\xECV[T\x90P\x80\x15\x80\x15\x90a\x11\tWPa\x11\t\x84\x84\x83a\x11\x04\x8A\x8Aa\x15\xCCV[a\x1B)V[\x96\x95PPPPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x04` R`@\x81 \x81\x90\x81\x90\x81\x90a\x119\x90a\x1A\xECV[\x80T`\x01\x90\x91\x01T\x90\x96`\xFF\x80\x83\x16\x97Pa\x01\0\x90\x92\x04\x90\x91\x16\x94P\x92PPPV[\x7F\xCAw\xCD\x8F\x98V\xEF_\xCD6\xF6\xB1[\xF4i\xFE!l/\x91\x14\xF6\r\xD01\xF0\xA2\xB9{g\xAA\xA9a\x11\x85\x81a\x18\x93V[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x03` R`@\x90 `\x01\x81\x01Tb\x01\0\0\x90\x04`\xFF\x16a\x11\xEBW`@Q\x7F\xB1,\x8F\x91\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08[V[`\x01\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\x16\x90Ua\x12\x1Da\x18\nV[`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x7F\xB5\xC4@\xAC\x96\x19\x1Ca\xDB\x1C\xFFb\xB8\xAE`\t\xD5\xCB'\xA0\xA7{\xB7\xFDY\xBF\xDFm\xD4\x91#\x08\x85`@Qa\nF\x91\x81R` \x01\x90V[_a\x12ja\x18\nV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x03` R`@\x81 \x91\x92P`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x12\xA2Wa\x12\xA2a'pV[\x14a\x12\xEEW\x81\x81`\x01\x01`\x01\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`@Q\x7F_I\x81\xB2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x08[\x92\x91\x90a(\x98V[_\x86`\x03\x81\x11\x15a\x13\x01Wa\x13\x01a'pV[\x03a\x138W`@Q\x7F\xD9TAj\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[__a\x13D\x87\x87a\x1B@V[`\x01\x85\x01\x80T\x92\x94P\x90\x92P\x89\x91\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\x16a\x01\0\x83`\x03\x81\x11\x15a\x13\x89Wa\x13\x89a'pV[\x02\x17\x90UP`\x01\x83\x01\x80T\x82\x85U\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\0\x16`\xFF\x84\x16\x17c\x01\0\0\0\x17\x90U\x87`\x03\x81\x11\x15a\x13\xD8Wa\x13\xD8a'pV[\x84`\x01`\x01`\xA0\x1B\x03\x16\x7F\xD5\xD6\x9B\xAA\xDD\xB6\xD8\xD6\xA2\xDDp\xF3\x85\x85\x01-0\xF6\x8AyF\x1B~PW\xC8\xDE\xBB\x11N@A\x87`@Qa\x14\x13\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3\x83`\x01`\x01`\xA0\x1B\x03\x16\x7F,\xEF^\xE6K^\xA4\x84j\x8D\x1C.\xA7\xE4=\xC6\xBCs\x94\xDF\xC1\xAD\xE9\x0E\xE1y]\x89X\xA5s\xDA\x88\x88`\x01`@Qa\x14Y\x93\x92\x91\x90a(\xDEV[`@Q\x80\x91\x03\x90\xA2PPPPPPPPV[`\x02T_\x90z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x15\x80\x15a\x14\xACWPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10[a\x14\xDEW`\x01Tz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x15\x02V[`\x02Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16[\x91PP\x90V[`\x01T`\x01`\x01`\xA0\x1B\x03\x16\x80a\x15\x1Da\x18\nV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x15qWa\x153a\x18\nV[`@Q\x7F\xC2,\x80\"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x08[V[a\x08\xD3a\x1C3V[\x81a\x15\xB0W`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\n\x95\x82\x82a\x1D\nV[_a\x15\xC4\x81a\x18\x93V[a\x08\xD3a\x1D.V[`@\x80Q`\x01`\x01`\xA0\x1B\x03\x80\x85\x16` \x80\x84\x01\x91\x90\x91R\x90\x84\x16\x82\x84\x01R\x82Q\x80\x83\x03\x84\x01\x81R``\x83\x01\x84R\x80Q\x90\x82\x01 `\x80\x80\x84\x01\x91\x90\x91R\x83Q\x80\x84\x03\x90\x91\x01\x81R`\xA0\x90\x92\x01\x90\x92R\x80Q\x91\x01 _\x90[\x93\x92PPPV[_a\x163a\x18\nV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x03` R`@\x81 \x91\x92P`\x01\x82\x01Ta\x01\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x16kWa\x16ka'pV[\x03a\x16\xADW`@Q\x7F\xBF\xC6\xC37\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x08[V[__a\x16\xB9\x86\x86a\x1B@V[\x91P\x91P_\x83`\x01\x01`\x03\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16`\x01a\x16\xDF\x91\x90a)\x07V[`\x01\x85\x01\x80T\x84\x87Uc\xFF\xFF\xFF\xFF\x83\x16c\x01\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\0\x90\x91\x16`\xFF\x87\x16\x17\x17\x90U`@Q\x90\x91P`\x01`\x01`\xA0\x1B\x03\x86\x16\x90\x7F,\xEF^\xE6K^\xA4\x84j\x8D\x1C.\xA7\xE4=\xC6\xBCs\x94\xDF\xC1\xAD\xE9\x0E\xE1y]\x89X\xA5s\xDA\x90a\x17c\x90\x8A\x90\x8A\x90\x86\x90a(\xDEV[`@Q\x80\x91\x03\x90\xA2PPPPPPPV[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\x07\xDBWP\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x14a\x07\xDBV[_a\x0E\xC6a\x1D8V[`\x04\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a\x18>WP`\x04\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x08\xD3W`\x02\x81\x01\x80T\x82U`\x03\x82\x01\x80T`\x01\x84\x01\x80T`\xFF\x80\x84\x16a\xFF\xFF\x19\x92\x83\x16\x17a\x01\0\x80\x86\x04\x92\x90\x92\x16\x90\x91\x02\x17\x90\x91U_\x90\x93U\x91\x90\x91\x16\x90U`\x04\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x90UV[a\x08\xD3\x81a\x18\x9Fa\x18\nV[a\x1D\xA2V[a\x18\xAE__a\x1E\rV[V[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x18\xCA\x81a\x18\x93V[a\x18\xD4\x83\x83a\x1FYV[PPPPV[a\x18\xE2a\x18\nV[`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14a\x19,W`@Q\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x196\x82\x82a\x1F\xF0V[PPPV[a\x0E\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x80a\x19aWPb'\x8D\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x11[\x15a\x19\xB5W`@Q\x7F\x81\xBC\xB7\xEF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01Ra\x0E\x10`$\x82\x01Rb'\x8D\0`D\x82\x01R`d\x01a\x08[V[`\x05\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F\xA1\xFD2i\xE1\xC9\xDCZ\xEAv%\x1Ei\xFAc\xB3\x91\xC7\xEF\xC6\xB4\xCE3\x0FP\xE8\xCDX\x9AY\x16\xF1\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[_a\x1A\x14a\x14kV[a\x1A\x1DBa DV[a\x1A'\x91\x90a)#V[\x90Pa\x1A3\x82\x82a \x8FV[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x7F3w\xDCD$\x1Ew\x9D\xD0j\xFA\xB5\xB7\x88\xA3\\\xA5\xF3\xB7x\x83n)\x90\xBD\xB2j*K.^\xD6\x90` \x01`@Q\x80\x91\x03\x90\xA2PPV[_a\x1A\x87\x82a!\x1DV[a\x1A\x90Ba DV[a\x1A\x9A\x91\x90a)#V[\x90Pa\x1A\xA6\x82\x82a\x1E\rV[`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16\x82R\x83\x16` \x82\x01R\x7F\xF1\x03\x8C\x18\xCF\x84\xA5nC/\xDB\xFA\xF7F\x92K~\xA5\x11\xDF\xE0:e\x06\xA0\xCE\xBAH\x88x\x8D\x9B\x91\x01`@Q\x80\x91\x03\x90\xA1PPV[`\x04\x81\x01T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a\x1B\x19WP`\x04\x82\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x1B%WP`\x02\x01\x90V[P\x90V[_\x82a\x1B6\x86\x86\x85a!dV[\x14\x95\x94PPPPPV[_\x80`!\x83\x14a\x1B\x80W\x83\x83`@Q\x7FY\x16\x18\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x08[\x92\x91\x90a)AV[\x83\x83_\x81\x81\x10a\x1B\x92Wa\x1B\x92a)\\V[\x91\x90\x91\x015`\xF8\x1C\x92Pa\x1B\xAC\x90P`!`\x01\x85\x87a)\x89V[a\x1B\xB5\x91a)\xB0V[\x90P\x81`\xFF\x16`\x02\x14\x15\x80\x15a\x1B\xCFWP\x81`\xFF\x16`\x03\x14\x15[\x80a\x1B\xE0WPd\x01\0\0\x03\xD0\x19\x81\x10\x15[\x80a\x1B\xF1WPa\x1B\xEF\x81a!\xA5V[\x15[\x15a\x1C,W\x83\x83`@Q\x7FY\x16\x18\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x08[\x92\x91\x90a)AV[\x92P\x92\x90PV[`\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x80a\x1CvWPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[\x15a\x1C\xB7W`@Q\x7F\x19\xCA^\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x08[V[a\x1C\xD2_a\x1C\xCD`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[a\x1F\xF0V[Pa\x1C\xDD_\x83a\x1FYV[PP`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90UPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x1D$\x81a\x18\x93V[a\x18\xD4\x83\x83a\x1F\xF0V[a\x18\xAE__a \x8FV[_6`\x14\x80\x82\x10\x80\x15\x90a\x1DtWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x163\x14[\x15a\x1D\x9AWa\x1D\x876\x82\x84\x03\x81_a)\x89V[a\x1D\x90\x91a)\xECV[``\x1C\x92PPP\x90V[3\x92PPP\x90V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T`\xFF\x16a\n\x95W`@Q\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08[V[`\x02Tz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15a\x1E\xE1WBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15a\x1E\xB8W`\x02T`\x01\x80Ty\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x91\x90\x91\x17\x90Ua\x1E\xE1V[`@Q\x7F+\x1F\xA2\xED\xAF\xE6\xF7\xB9\xE9|\x1A\x9E\x0C6`\xE6E\xBE\xB2\xDC\xAA-E\xBD\xBF\x9B\xEA\xF5G.\x1E\xC5\x90_\x90\xA1[P`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0e\xFF\xFF\xFF\xFF\xFF\xFF\x94\x85\x16\x02y\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x92\x90\x93\x16\x91\x90\x91\x02\x91\x90\x91\x17\x90UV[_\x82a\x1F\xE6W_a\x1Fr`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x1F\xB2W`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90U[a\x16#\x83\x83a\"\xB4V[_\x82\x15\x80\x15a \x0CWP`\x02T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16\x91\x16\x14[\x15a :W`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90U[a\x16#\x83\x83a#zV[_e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a\x1B%W`@Q\x7Fm\xFC\xC6P\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`0`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08[V[`\x01\x80Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0e\xFF\xFF\xFF\xFF\xFF\xFF\x84\x81\x16\x82\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x16`\x01`\x01`\xA0\x1B\x03\x88\x16\x17\x17\x90\x93U\x90\x04\x16\x80\x15a\x196W`@Q\x7F\x88\x86\xEB\xFCBY\xAB\xDB\xC1f\x01\xDD\x8F\xB5g\x8ET\x87\x8FG\xB3\xC3H6\xCF\xC5\x11T\xA9`Q\t\x90_\x90\xA1PPPV[__a!'a\x14kV[\x90P\x80e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a!OWa!J\x83\x82a*RV[a\x16#V[a\x16#e\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16b\x06\x97\x80a$7V[_\x81\x81[\x84\x81\x10\x15a!\x9CWa!\x92\x82\x87\x87\x84\x81\x81\x10a!\x86Wa!\x86a)\\V[\x90P` \x02\x015a$FV[\x91P`\x01\x01a!hV[P\x94\x93PPPPV[_\x80d\x01\0\0\x03\xD0\x19`\x07d\x01\0\0\x03\xD0\x19\x85d\x01\0\0\x03\xD0\x19\x87\x88\t\t\x08\x90P\x80_\x03a!\xD6WP`\x01\x92\x91PPV[_\x80`\x05` \x80\x80\x86`\x02a!\xF2`\x01d\x01\0\0\x03\xD0\x19a*pV[a!\xFC\x91\x90a*\x83V[`@\x80Q` \x81\x01\x96\x90\x96R\x85\x01\x93\x90\x93R``\x84\x01\x91\x90\x91R`\x80\x83\x01R`\xA0\x82\x01Rd\x01\0\0\x03\xD0\x19`\xC0\x82\x01R`\xE0\x01`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x90\x82\x90Ra\"I\x91a*\xBBV[_`@Q\x80\x83\x03\x81\x85Z\xFA\x91PP=\x80_\x81\x14a\"\x81W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\"\x86V[``\x91P[P\x91P\x91P\x81\x80\x15a\"\xABWP\x80\x80` \x01\x90Q\x81\x01\x90a\"\xA7\x91\x90a*\xD1V[`\x01\x14[\x95\x94PPPPPV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a#sW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90Ua#+a\x18\nV[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x07\xDBV[P_a\x07\xDBV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16\x15a#sW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16\x90Ua#\xEFa\x18\nV[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x07\xDBV[_\x82\x82\x18\x82\x84\x10\x02\x82\x18a\x16#V[_\x81\x83\x10a$`W_\x82\x81R` \x84\x90R`@\x90 a\x16#V[_\x83\x81R` \x83\x90R`@\x90 a\x16#V[_` \x82\x84\x03\x12\x15a$\x82W__\xFD[\x815\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x81\x14a\x16#W__\xFD[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a$\xC7W__\xFD[\x91\x90PV[__`@\x83\x85\x03\x12\x15a$\xDDW__\xFD[a$\xE6\x83a$\xB1V[\x94` \x93\x90\x93\x015\x93PPPV[_` \x82\x84\x03\x12\x15a%\x04W__\xFD[P5\x91\x90PV[__`@\x83\x85\x03\x12\x15a%\x1CW__\xFD[\x825\x91Pa%,` \x84\x01a$\xB1V[\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a%EW__\xFD[a\x16#\x82a$\xB1V[_` \x82\x84\x03\x12\x15a%^W__\xFD[\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x16#W__\xFD[_` \x82\x84\x03\x12\x15a%\x85W__\xFD[\x815e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x16#W__\xFD[\x805`\xFF\x81\x16\x81\x14a$\xC7W__\xFD[___``\x84\x86\x03\x12\x15a%\xBCW__\xFD[\x835\x92Pa%\xCC` \x85\x01a%\x9AV[\x91Pa%\xDA`@\x85\x01a%\x9AV[\x90P\x92P\x92P\x92V[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` `\x1F\x19`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[`@\x81R_a&#`@\x83\x01\x85a%\xE3V[\x90Pc\xFF\xFF\xFF\xFF\x83\x16` \x83\x01R\x93\x92PPPV[` \x81R_a\x16#` \x83\x01\x84a%\xE3V[____``\x85\x87\x03\x12\x15a&]W__\xFD[a&f\x85a$\xB1V[\x93Pa&t` \x86\x01a$\xB1V[\x92P`@\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&\x8FW__\xFD[\x85\x01`\x1F\x81\x01\x87\x13a&\x9FW__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&\xB5W__\xFD[\x87` \x82`\x05\x1B\x84\x01\x01\x11\x15a&\xC9W__\xFD[\x94\x97\x93\x96P` \x01\x94PPPV[__\x83`\x1F\x84\x01\x12a&\xE7W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&\xFEW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a\x1C,W__\xFD[____``\x85\x87\x03\x12\x15a'(W__\xFD[\x845`\x04\x81\x10a'6W__\xFD[\x93P` \x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a'QW__\xFD[a']\x87\x82\x88\x01a&\xD7V[\x95\x98\x90\x97P\x94\x95`@\x015\x94\x93PPPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x04\x81\x10a'\xD2W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x90RV[` \x81\x01a\x07\xDB\x82\x84a'\x9DV[__`@\x83\x85\x03\x12\x15a'\xF5W__\xFD[a'\xFE\x83a$\xB1V[\x91Pa%,` \x84\x01a$\xB1V[__` \x83\x85\x03\x12\x15a(\x1DW__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a(3W__\xFD[a(?\x85\x82\x86\x01a&\xD7V[\x90\x96\x90\x95P\x93PPPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x07\xDBWa\x07\xDBa(KV[`\x01`\x01`\xA0\x1B\x03\x83\x16\x81R`@\x81\x01a\x16#` \x83\x01\x84a'\x9DV[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` `\x1F\x19`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[`@\x81R_a(\xF1`@\x83\x01\x85\x87a(\xB5V[\x90Pc\xFF\xFF\xFF\xFF\x83\x16` \x83\x01R\x94\x93PPPPV[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x07\xDBWa\x07\xDBa(KV[e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x07\xDBWa\x07\xDBa(KV[` \x81R_a)T` \x83\x01\x84\x86a(\xB5V[\x94\x93PPPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[__\x85\x85\x11\x15a)\x97W__\xFD[\x83\x86\x11\x15a)\xA3W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805` \x83\x10\x15a\x07\xDBW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x90\x03`\x03\x1B\x1B\x16\x92\x91PPV[\x805\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x90`\x14\x84\x10\x15a*KW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85`\x14\x03`\x03\x1B\x1B\x82\x16\x16\x91P[P\x92\x91PPV[e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x07\xDBWa\x07\xDBa(KV[\x81\x81\x03\x81\x81\x11\x15a\x07\xDBWa\x07\xDBa(KV[_\x82a*\xB6W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[P\x04\x90V[_\x82Q\x80` \x85\x01\x84^_\x92\x01\x91\x82RP\x91\x90PV[_` \x82\x84\x03\x12\x15a*\xE1W__\xFD[PQ\x91\x90PV\xFE\xA1dsolcC\0\x08\x1E\0\n",
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
        ADMIN_TRANSFER_DELAY(ADMIN_TRANSFER_DELAYCall),
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
        acceptDefaultAdminTransfer(acceptDefaultAdminTransferCall),
        #[allow(missing_docs)]
        attestResearcher(attestResearcherCall),
        #[allow(missing_docs)]
        beginDefaultAdminTransfer(beginDefaultAdminTransferCall),
        #[allow(missing_docs)]
        cancelDefaultAdminTransfer(cancelDefaultAdminTransferCall),
        #[allow(missing_docs)]
        cancelGuardianSet(cancelGuardianSetCall),
        #[allow(missing_docs)]
        changeDefaultAdminDelay(changeDefaultAdminDelayCall),
        #[allow(missing_docs)]
        defaultAdmin(defaultAdminCall),
        #[allow(missing_docs)]
        defaultAdminDelay(defaultAdminDelayCall),
        #[allow(missing_docs)]
        defaultAdminDelayIncreaseWait(defaultAdminDelayIncreaseWaitCall),
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
        owner(ownerCall),
        #[allow(missing_docs)]
        pendingDefaultAdmin(pendingDefaultAdminCall),
        #[allow(missing_docs)]
        pendingDefaultAdminDelay(pendingDefaultAdminDelayCall),
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
        rollbackDefaultAdminDelay(rollbackDefaultAdminDelayCall),
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
            [2u8, 45u8, 99u8, 251u8],
            [5u8, 6u8, 80u8, 225u8],
            [10u8, 166u8, 34u8, 11u8],
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
            [99u8, 78u8, 147u8, 218u8],
            [100u8, 154u8, 94u8, 199u8],
            [115u8, 241u8, 238u8, 11u8],
            [119u8, 200u8, 197u8, 26u8],
            [121u8, 160u8, 90u8, 49u8],
            [125u8, 160u8, 168u8, 119u8],
            [132u8, 239u8, 143u8, 252u8],
            [141u8, 165u8, 203u8, 91u8],
            [141u8, 250u8, 222u8, 219u8],
            [143u8, 156u8, 121u8, 237u8],
            [145u8, 209u8, 72u8, 84u8],
            [156u8, 91u8, 68u8, 138u8],
            [161u8, 237u8, 165u8, 60u8],
            [162u8, 23u8, 253u8, 223u8],
            [162u8, 85u8, 122u8, 206u8],
            [176u8, 223u8, 40u8, 145u8],
            [185u8, 54u8, 128u8, 52u8],
            [187u8, 148u8, 72u8, 225u8],
            [204u8, 132u8, 99u8, 200u8],
            [206u8, 252u8, 20u8, 41u8],
            [207u8, 110u8, 239u8, 183u8],
            [213u8, 71u8, 116u8, 31u8],
            [213u8, 144u8, 248u8, 201u8],
            [214u8, 2u8, 185u8, 253u8],
            [215u8, 77u8, 189u8, 45u8],
            [235u8, 165u8, 220u8, 185u8],
            [241u8, 147u8, 16u8, 195u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(supportsInterface),
            ::core::stringify!(defaultAdminDelayIncreaseWait),
            ::core::stringify!(cancelGuardianSet),
            ::core::stringify!(rollbackDefaultAdminDelay),
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
            ::core::stringify!(beginDefaultAdminTransfer),
            ::core::stringify!(changeDefaultAdminDelay),
            ::core::stringify!(proposeGuardianSet),
            ::core::stringify!(encryptionKeyOf),
            ::core::stringify!(ADMIN_TRANSFER_DELAY),
            ::core::stringify!(trustedForwarder),
            ::core::stringify!(defaultAdmin),
            ::core::stringify!(owner),
            ::core::stringify!(encryptionKey),
            ::core::stringify!(isPatient),
            ::core::stringify!(hasRole),
            ::core::stringify!(pendingGuardianSet),
            ::core::stringify!(pendingDefaultAdminDelay),
            ::core::stringify!(DEFAULT_ADMIN_ROLE),
            ::core::stringify!(isGuardian),
            ::core::stringify!(guardianSet),
            ::core::stringify!(revokeResearcher),
            ::core::stringify!(register),
            ::core::stringify!(defaultAdminDelay),
            ::core::stringify!(acceptDefaultAdminTransfer),
            ::core::stringify!(pendingDefaultAdmin),
            ::core::stringify!(revokeRole),
            ::core::stringify!(role),
            ::core::stringify!(cancelDefaultAdminTransfer),
            ::core::stringify!(MIN_GUARDIAN_DELAY),
            ::core::stringify!(guardianLeaf),
            ::core::stringify!(rotateKey),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <supportsInterfaceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <defaultAdminDelayIncreaseWaitCall as alloy_sol_types::SolCall>::SIGNATURE,
            <cancelGuardianSetCall as alloy_sol_types::SolCall>::SIGNATURE,
            <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
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
            <beginDefaultAdminTransferCall as alloy_sol_types::SolCall>::SIGNATURE,
            <changeDefaultAdminDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proposeGuardianSetCall as alloy_sol_types::SolCall>::SIGNATURE,
            <encryptionKeyOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::SIGNATURE,
            <trustedForwarderCall as alloy_sol_types::SolCall>::SIGNATURE,
            <defaultAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ownerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <encryptionKeyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isPatientCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hasRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pendingGuardianSetCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pendingDefaultAdminDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <isGuardianCall as alloy_sol_types::SolCall>::SIGNATURE,
            <guardianSetCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeResearcherCall as alloy_sol_types::SolCall>::SIGNATURE,
            <registerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <defaultAdminDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pendingDefaultAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <roleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <cancelDefaultAdminTransferCall as alloy_sol_types::SolCall>::SIGNATURE,
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
        const COUNT: usize = 43usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::ADMIN_TRANSFER_DELAY(_) => {
                    <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::SELECTOR
                }
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
                Self::acceptDefaultAdminTransfer(_) => {
                    <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::attestResearcher(_) => {
                    <attestResearcherCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::beginDefaultAdminTransfer(_) => {
                    <beginDefaultAdminTransferCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::cancelDefaultAdminTransfer(_) => {
                    <cancelDefaultAdminTransferCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::cancelGuardianSet(_) => {
                    <cancelGuardianSetCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::changeDefaultAdminDelay(_) => {
                    <changeDefaultAdminDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::defaultAdmin(_) => <defaultAdminCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::defaultAdminDelay(_) => {
                    <defaultAdminDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::defaultAdminDelayIncreaseWait(_) => {
                    <defaultAdminDelayIncreaseWaitCall as alloy_sol_types::SolCall>::SELECTOR
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
                Self::owner(_) => <ownerCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::pendingDefaultAdmin(_) => {
                    <pendingDefaultAdminCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::pendingDefaultAdminDelay(_) => {
                    <pendingDefaultAdminDelayCall as alloy_sol_types::SolCall>::SELECTOR
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
                Self::rollbackDefaultAdminDelay(_) => {
                    <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
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
                    fn defaultAdminDelayIncreaseWait(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <defaultAdminDelayIncreaseWaitCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AccountRegistryCalls::defaultAdminDelayIncreaseWait)
                    }
                    defaultAdminDelayIncreaseWait
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
                    fn rollbackDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(AccountRegistryCalls::rollbackDefaultAdminDelay)
                    }
                    rollbackDefaultAdminDelay
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
                    fn beginDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <beginDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(AccountRegistryCalls::beginDefaultAdminTransfer)
                    }
                    beginDefaultAdminTransfer
                },
                {
                    fn changeDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <changeDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(AccountRegistryCalls::changeDefaultAdminDelay)
                    }
                    changeDefaultAdminDelay
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
                    fn ADMIN_TRANSFER_DELAY(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::ADMIN_TRANSFER_DELAY)
                    }
                    ADMIN_TRANSFER_DELAY
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
                    fn defaultAdmin(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <defaultAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::defaultAdmin)
                    }
                    defaultAdmin
                },
                {
                    fn owner(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::owner)
                    }
                    owner
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
                    fn pendingDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <pendingDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(AccountRegistryCalls::pendingDefaultAdminDelay)
                    }
                    pendingDefaultAdminDelay
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
                    fn defaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <defaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::defaultAdminDelay)
                    }
                    defaultAdminDelay
                },
                {
                    fn acceptDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AccountRegistryCalls::acceptDefaultAdminTransfer)
                    }
                    acceptDefaultAdminTransfer
                },
                {
                    fn pendingDefaultAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <pendingDefaultAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AccountRegistryCalls::pendingDefaultAdmin)
                    }
                    pendingDefaultAdmin
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
                    fn cancelDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <cancelDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AccountRegistryCalls::cancelDefaultAdminTransfer)
                    }
                    cancelDefaultAdminTransfer
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
                    fn defaultAdminDelayIncreaseWait(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <defaultAdminDelayIncreaseWaitCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AccountRegistryCalls::defaultAdminDelayIncreaseWait)
                    }
                    defaultAdminDelayIncreaseWait
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
                    fn rollbackDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AccountRegistryCalls::rollbackDefaultAdminDelay)
                    }
                    rollbackDefaultAdminDelay
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
                    fn beginDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <beginDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AccountRegistryCalls::beginDefaultAdminTransfer)
                    }
                    beginDefaultAdminTransfer
                },
                {
                    fn changeDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <changeDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AccountRegistryCalls::changeDefaultAdminDelay)
                    }
                    changeDefaultAdminDelay
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
                    fn ADMIN_TRANSFER_DELAY(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AccountRegistryCalls::ADMIN_TRANSFER_DELAY)
                    }
                    ADMIN_TRANSFER_DELAY
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
                    fn defaultAdmin(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <defaultAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AccountRegistryCalls::defaultAdmin)
                    }
                    defaultAdmin
                },
                {
                    fn owner(data: &[u8]) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AccountRegistryCalls::owner)
                    }
                    owner
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
                    fn pendingDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <pendingDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AccountRegistryCalls::pendingDefaultAdminDelay)
                    }
                    pendingDefaultAdminDelay
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
                    fn defaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <defaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AccountRegistryCalls::defaultAdminDelay)
                    }
                    defaultAdminDelay
                },
                {
                    fn acceptDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AccountRegistryCalls::acceptDefaultAdminTransfer)
                    }
                    acceptDefaultAdminTransfer
                },
                {
                    fn pendingDefaultAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <pendingDefaultAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AccountRegistryCalls::pendingDefaultAdmin)
                    }
                    pendingDefaultAdmin
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
                    fn cancelDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryCalls> {
                        <cancelDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AccountRegistryCalls::cancelDefaultAdminTransfer)
                    }
                    cancelDefaultAdminTransfer
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
                Self::ADMIN_TRANSFER_DELAY(inner) => {
                    <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ATTESTER_ROLE(inner) => {
                    <ATTESTER_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_GUARDIANS(inner) => {
                    <MAX_GUARDIANSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_GUARDIAN_DELAY(inner) => {
                    <MAX_GUARDIAN_DELAYCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MIN_GUARDIAN_DELAY(inner) => {
                    <MIN_GUARDIAN_DELAYCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::PARAMS_ROLE(inner) => {
                    <PARAMS_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::acceptDefaultAdminTransfer(inner) => {
                    <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::attestResearcher(inner) => {
                    <attestResearcherCall as alloy_sol_types::SolCall>::abi_encoded_size(
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
                Self::cancelGuardianSet(inner) => {
                    <cancelGuardianSetCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::changeDefaultAdminDelay(inner) => {
                    <changeDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
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
                Self::encryptionKey(inner) => {
                    <encryptionKeyCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::encryptionKeyOf(inner) => {
                    <encryptionKeyOfCall as alloy_sol_types::SolCall>::abi_encoded_size(
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
                Self::guardianDelay(inner) => {
                    <guardianDelayCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::guardianLeaf(inner) => {
                    <guardianLeafCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::guardianSet(inner) => {
                    <guardianSetCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
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
                    <isTrustedForwarderCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::isVerifiedResearcher(inner) => {
                    <isVerifiedResearcherCall as alloy_sol_types::SolCall>::abi_encoded_size(
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
                Self::pendingGuardianSet(inner) => {
                    <pendingGuardianSetCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::proposeGuardianSet(inner) => {
                    <proposeGuardianSetCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::register(inner) => {
                    <registerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::revokeResearcher(inner) => {
                    <revokeResearcherCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::role(inner) => {
                    <roleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::rollbackDefaultAdminDelay(inner) => {
                    <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::rotateKey(inner) => {
                    <rotateKeyCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setGuardianDelay(inner) => {
                    <setGuardianDelayCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::trustedForwarder(inner) => {
                    <trustedForwarderCall as alloy_sol_types::SolCall>::abi_encoded_size(
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
                Self::acceptDefaultAdminTransfer(inner) => {
                    <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::attestResearcher(inner) => {
                    <attestResearcherCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
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
                Self::cancelGuardianSet(inner) => {
                    <cancelGuardianSetCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::changeDefaultAdminDelay(inner) => {
                    <changeDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
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
                Self::rollbackDefaultAdminDelay(inner) => {
                    <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
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
        AccessControlEnforcedDefaultAdminDelay(AccessControlEnforcedDefaultAdminDelay),
        #[allow(missing_docs)]
        AccessControlEnforcedDefaultAdminRules(AccessControlEnforcedDefaultAdminRules),
        #[allow(missing_docs)]
        AccessControlInvalidDefaultAdmin(AccessControlInvalidDefaultAdmin),
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
        SafeCastOverflowedUintDowncast(SafeCastOverflowedUintDowncast),
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
            [25u8, 202u8, 94u8, 187u8],
            [54u8, 158u8, 191u8, 104u8],
            [63u8, 195u8, 194u8, 122u8],
            [77u8, 5u8, 102u8, 176u8],
            [89u8, 22u8, 24u8, 210u8],
            [95u8, 73u8, 129u8, 178u8],
            [100u8, 213u8, 112u8, 20u8],
            [102u8, 151u8, 178u8, 50u8],
            [109u8, 252u8, 198u8, 80u8],
            [129u8, 188u8, 183u8, 239u8],
            [131u8, 110u8, 244u8, 82u8],
            [177u8, 44u8, 143u8, 145u8],
            [191u8, 198u8, 195u8, 55u8],
            [194u8, 44u8, 128u8, 34u8],
            [206u8, 206u8, 176u8, 190u8],
            [217u8, 84u8, 65u8, 106u8],
            [226u8, 81u8, 125u8, 63u8],
            [226u8, 208u8, 230u8, 5u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(AccessControlEnforcedDefaultAdminDelay),
            ::core::stringify!(NoPendingGuardians),
            ::core::stringify!(AccessControlEnforcedDefaultAdminRules),
            ::core::stringify!(NotPatient),
            ::core::stringify!(MalformedKey),
            ::core::stringify!(AlreadyRegistered),
            ::core::stringify!(InvalidThreshold),
            ::core::stringify!(AccessControlBadConfirmation),
            ::core::stringify!(SafeCastOverflowedUintDowncast),
            ::core::stringify!(GuardianDelayOutOfBounds),
            ::core::stringify!(AlreadyVerified),
            ::core::stringify!(NotVerified),
            ::core::stringify!(NotRegistered),
            ::core::stringify!(AccessControlInvalidDefaultAdmin),
            ::core::stringify!(TooManyGuardians),
            ::core::stringify!(InvalidRole),
            ::core::stringify!(AccessControlUnauthorizedAccount),
            ::core::stringify!(NotResearcher),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <AccessControlEnforcedDefaultAdminDelay as alloy_sol_types::SolError>::SIGNATURE,
            <NoPendingGuardians as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlEnforcedDefaultAdminRules as alloy_sol_types::SolError>::SIGNATURE,
            <NotPatient as alloy_sol_types::SolError>::SIGNATURE,
            <MalformedKey as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadyRegistered as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidThreshold as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlBadConfirmation as alloy_sol_types::SolError>::SIGNATURE,
            <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SIGNATURE,
            <GuardianDelayOutOfBounds as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadyVerified as alloy_sol_types::SolError>::SIGNATURE,
            <NotVerified as alloy_sol_types::SolError>::SIGNATURE,
            <NotRegistered as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlInvalidDefaultAdmin as alloy_sol_types::SolError>::SIGNATURE,
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
        const COUNT: usize = 18usize;
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
                Self::SafeCastOverflowedUintDowncast(_) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SELECTOR
                }
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
                    fn AccessControlEnforcedDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <AccessControlEnforcedDefaultAdminDelay as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                AccountRegistryErrors::AccessControlEnforcedDefaultAdminDelay,
                            )
                    }
                    AccessControlEnforcedDefaultAdminDelay
                },
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
                    fn AccessControlEnforcedDefaultAdminRules(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <AccessControlEnforcedDefaultAdminRules as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                AccountRegistryErrors::AccessControlEnforcedDefaultAdminRules,
                            )
                    }
                    AccessControlEnforcedDefaultAdminRules
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
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AccountRegistryErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
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
                    fn AccessControlInvalidDefaultAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <AccessControlInvalidDefaultAdmin as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AccountRegistryErrors::AccessControlInvalidDefaultAdmin)
                    }
                    AccessControlInvalidDefaultAdmin
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
                    fn AccessControlEnforcedDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <AccessControlEnforcedDefaultAdminDelay as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                AccountRegistryErrors::AccessControlEnforcedDefaultAdminDelay,
                            )
                    }
                    AccessControlEnforcedDefaultAdminDelay
                },
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
                    fn AccessControlEnforcedDefaultAdminRules(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <AccessControlEnforcedDefaultAdminRules as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                AccountRegistryErrors::AccessControlEnforcedDefaultAdminRules,
                            )
                    }
                    AccessControlEnforcedDefaultAdminRules
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
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AccountRegistryErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
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
                    fn AccessControlInvalidDefaultAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AccountRegistryErrors> {
                        <AccessControlInvalidDefaultAdmin as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AccountRegistryErrors::AccessControlInvalidDefaultAdmin)
                    }
                    AccessControlInvalidDefaultAdmin
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
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
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
                Self::AlreadyRegistered(inner) => {
                    <AlreadyRegistered as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AlreadyVerified(inner) => {
                    <AlreadyVerified as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GuardianDelayOutOfBounds(inner) => {
                    <GuardianDelayOutOfBounds as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidRole(inner) => {
                    <InvalidRole as alloy_sol_types::SolError>::abi_encode_raw(
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
                Self::NoPendingGuardians(inner) => {
                    <NoPendingGuardians as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotPatient(inner) => {
                    <NotPatient as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotRegistered(inner) => {
                    <NotRegistered as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotResearcher(inner) => {
                    <NotResearcher as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotVerified(inner) => {
                    <NotVerified as alloy_sol_types::SolError>::abi_encode_raw(
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
                Self::TooManyGuardians(inner) => {
                    <TooManyGuardians as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`AccountRegistry`](self) events.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum AccountRegistryEvents {
        #[allow(missing_docs)]
        DefaultAdminDelayChangeCanceled(DefaultAdminDelayChangeCanceled),
        #[allow(missing_docs)]
        DefaultAdminDelayChangeScheduled(DefaultAdminDelayChangeScheduled),
        #[allow(missing_docs)]
        DefaultAdminTransferCanceled(DefaultAdminTransferCanceled),
        #[allow(missing_docs)]
        DefaultAdminTransferScheduled(DefaultAdminTransferScheduled),
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
                43u8, 31u8, 162u8, 237u8, 175u8, 230u8, 247u8, 185u8, 233u8, 124u8, 26u8, 158u8,
                12u8, 54u8, 96u8, 230u8, 69u8, 190u8, 178u8, 220u8, 170u8, 45u8, 69u8, 189u8,
                191u8, 155u8, 234u8, 245u8, 71u8, 46u8, 30u8, 197u8,
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
                51u8, 119u8, 220u8, 68u8, 36u8, 30u8, 119u8, 157u8, 208u8, 106u8, 250u8, 181u8,
                183u8, 136u8, 163u8, 92u8, 165u8, 243u8, 183u8, 120u8, 131u8, 110u8, 41u8, 144u8,
                189u8, 178u8, 106u8, 42u8, 75u8, 46u8, 94u8, 214u8,
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
                136u8, 134u8, 235u8, 252u8, 66u8, 89u8, 171u8, 219u8, 193u8, 102u8, 1u8, 221u8,
                143u8, 181u8, 103u8, 142u8, 84u8, 135u8, 143u8, 71u8, 179u8, 195u8, 72u8, 54u8,
                207u8, 197u8, 17u8, 84u8, 169u8, 96u8, 81u8, 9u8,
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
            ::core::stringify!(GuardianSetCancelled),
            ::core::stringify!(DefaultAdminDelayChangeCanceled),
            ::core::stringify!(EncryptionKeySet),
            ::core::stringify!(RoleGranted),
            ::core::stringify!(DefaultAdminTransferScheduled),
            ::core::stringify!(ResearcherVerified),
            ::core::stringify!(GuardianSetProposed),
            ::core::stringify!(DefaultAdminTransferCanceled),
            ::core::stringify!(GuardianDelaySet),
            ::core::stringify!(ResearcherRevoked),
            ::core::stringify!(RoleAdminChanged),
            ::core::stringify!(Registered),
            ::core::stringify!(DefaultAdminDelayChangeScheduled),
            ::core::stringify!(RoleRevoked),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <GuardianSetCancelled as alloy_sol_types::SolEvent>::SIGNATURE,
            <DefaultAdminDelayChangeCanceled as alloy_sol_types::SolEvent>::SIGNATURE,
            <EncryptionKeySet as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE,
            <DefaultAdminTransferScheduled as alloy_sol_types::SolEvent>::SIGNATURE,
            <ResearcherVerified as alloy_sol_types::SolEvent>::SIGNATURE,
            <GuardianSetProposed as alloy_sol_types::SolEvent>::SIGNATURE,
            <DefaultAdminTransferCanceled as alloy_sol_types::SolEvent>::SIGNATURE,
            <GuardianDelaySet as alloy_sol_types::SolEvent>::SIGNATURE,
            <ResearcherRevoked as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <Registered as alloy_sol_types::SolEvent>::SIGNATURE,
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
    impl alloy_sol_types::SolEventInterface for AccountRegistryEvents {
        const NAME: &'static str = "AccountRegistryEvents";
        const COUNT: usize = 14usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
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
        ///Creates a new call builder for the [`ADMIN_TRANSFER_DELAY`] function.
        pub fn ADMIN_TRANSFER_DELAY(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, ADMIN_TRANSFER_DELAYCall, N> {
            self.call_builder(&ADMIN_TRANSFER_DELAYCall)
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
        ///Creates a new call builder for the [`acceptDefaultAdminTransfer`] function.
        pub fn acceptDefaultAdminTransfer(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, acceptDefaultAdminTransferCall, N> {
            self.call_builder(&acceptDefaultAdminTransferCall)
        }
        ///Creates a new call builder for the [`attestResearcher`] function.
        pub fn attestResearcher(
            &self,
            researcher: alloy::sol_types::private::Address,
            attestation: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, attestResearcherCall, N> {
            self.call_builder(&attestResearcherCall { researcher, attestation })
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
        ///Creates a new call builder for the [`cancelGuardianSet`] function.
        pub fn cancelGuardianSet(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, cancelGuardianSetCall, N> {
            self.call_builder(&cancelGuardianSetCall)
        }
        ///Creates a new call builder for the [`changeDefaultAdminDelay`] function.
        pub fn changeDefaultAdminDelay(
            &self,
            newDelay: alloy::sol_types::private::primitives::aliases::U48,
        ) -> alloy_contract::SolCallBuilder<&P, changeDefaultAdminDelayCall, N> {
            self.call_builder(&changeDefaultAdminDelayCall { newDelay })
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
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, renounceRoleCall, N> {
            self.call_builder(&renounceRoleCall { role, account })
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
        ///Creates a new call builder for the [`rollbackDefaultAdminDelay`] function.
        pub fn rollbackDefaultAdminDelay(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, rollbackDefaultAdminDelayCall, N> {
            self.call_builder(&rollbackDefaultAdminDelayCall)
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
