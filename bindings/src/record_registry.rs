///Module containing a contract's types and functions.
/**

```solidity
library IRecordRegistry {
    type Authorship is uint8;
    struct Record { bytes32 patientId; bytes32 recordId; uint32 version; bytes32 previous; bytes32 ciphertextHash; address author; uint16 category; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IRecordRegistry {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Authorship(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Authorship> for u8 {
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
        impl Authorship {
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
        impl From<u8> for Authorship {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<Authorship> for u8 {
            fn from(value: Authorship) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Authorship {
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
        impl alloy_sol_types::EventTopic for Authorship {
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
    struct Record { bytes32 patientId; bytes32 recordId; uint32 version; bytes32 previous; bytes32 ciphertextHash; address author; uint16 category; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Record {
        #[allow(missing_docs)]
        pub patientId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub version: u32,
        #[allow(missing_docs)]
        pub previous: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub ciphertextHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub author: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub category: u16,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<16>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::FixedBytes<32>,
            u32,
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::Address,
            u16,
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
        impl ::core::convert::From<Record> for UnderlyingRustTuple<'_> {
            fn from(value: Record) -> Self {
                (
                    value.patientId,
                    value.recordId,
                    value.version,
                    value.previous,
                    value.ciphertextHash,
                    value.author,
                    value.category,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Record {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    patientId: tuple.0,
                    recordId: tuple.1,
                    version: tuple.2,
                    previous: tuple.3,
                    ciphertextHash: tuple.4,
                    author: tuple.5,
                    category: tuple.6,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Record {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Record {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.patientId),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.previous),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.ciphertextHash),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.author,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.category),
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
        impl alloy_sol_types::SolType for Record {
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
        impl alloy_sol_types::SolStruct for Record {
            const NAME: &'static str = "Record";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Record(bytes32 patientId,bytes32 recordId,uint32 version,bytes32 previous,bytes32 ciphertextHash,address author,uint16 category)",
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
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.patientId)
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.recordId)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.version)
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.previous)
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.ciphertextHash,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.author,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.category)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Record {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.patientId,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.recordId,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.version,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.previous,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.ciphertextHash,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.author,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.category,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.patientId,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.recordId,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.version,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.previous,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.ciphertextHash,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.author,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    16,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.category,
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
    /**Creates a new wrapper around an on-chain [`IRecordRegistry`](self) contract instance.

    See the [wrapper's documentation](`IRecordRegistryInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IRecordRegistryInstance<P, N> {
        IRecordRegistryInstance::<P, N>::new(address, __provider)
    }
    /**A [`IRecordRegistry`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`IRecordRegistry`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IRecordRegistryInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IRecordRegistryInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IRecordRegistryInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        IRecordRegistryInstance<P, N>
    {
        /**Creates a new wrapper around an on-chain [`IRecordRegistry`](self) contract instance.

        See the [wrapper's documentation](`IRecordRegistryInstance`) for more details.*/
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
    impl<P: ::core::clone::Clone, N> IRecordRegistryInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IRecordRegistryInstance<P, N> {
            IRecordRegistryInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        IRecordRegistryInstance<P, N>
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
        IRecordRegistryInstance<P, N>
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
library IRecordRegistry {
    type Authorship is uint8;
    struct Record {
        bytes32 patientId;
        bytes32 recordId;
        uint32 version;
        bytes32 previous;
        bytes32 ciphertextHash;
        address author;
        uint16 category;
    }
}

interface RecordRegistry {
    error AccessControlBadConfirmation();
    error AccessControlEnforcedDefaultAdminDelay(uint48 schedule);
    error AccessControlEnforcedDefaultAdminRules();
    error AccessControlInvalidDefaultAdmin(address defaultAdmin);
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
    error EmptyBatch();
    error EmptyRoot();
    error IneligibleAuthor(address author);
    error NotAuthor(address caller, address author);
    error RootAlreadyAnchored(bytes32 root, uint64 blockNumber);
    error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
    error UnknownCategory(uint16 category);
    error VersionNotNext(bytes32 recordId, uint32 version, uint32 previousVersion);

    event BatchAnchored(bytes32 indexed root, bytes32 manifest, uint32 count);
    event DefaultAdminDelayChangeCanceled();
    event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule);
    event DefaultAdminTransferCanceled();
    event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule);
    event RecordAnchored(bytes32 indexed recordId, bytes32 indexed patientId, address indexed author, uint32 version, bytes32 previous, bytes32 ciphertextHash, uint16 category, bytes32 leaf, bool selfReported);
    event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);
    event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
    event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);

    constructor(address admin, address forwarder, address providers_, address accounts_);

    function ADMIN_TRANSFER_DELAY() external view returns (uint48);
    function ANCHORER_ROLE() external view returns (bytes32);
    function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
    function MAX_CATEGORY() external view returns (uint16);
    function acceptDefaultAdminTransfer() external;
    function accounts() external view returns (address);
    function anchorBatch(bytes32 root, bytes32 manifest, uint32 count) external;
    function anchorOf(bytes32 root) external view returns (uint64 blockNumber, uint64 timestamp, uint32 count);
    function anchorRecord(IRecordRegistry.Record memory record) external returns (bytes32 leaf);
    function beginDefaultAdminTransfer(address newAdmin) external;
    function cancelDefaultAdminTransfer() external;
    function changeDefaultAdminDelay(uint48 newDelay) external;
    function defaultAdmin() external view returns (address);
    function defaultAdminDelay() external view returns (uint48);
    function defaultAdminDelayIncreaseWait() external view returns (uint48);
    function getRoleAdmin(bytes32 role) external view returns (bytes32);
    function grantRole(bytes32 role, address account) external;
    function hasRole(bytes32 role, address account) external view returns (bool);
    function isTrustedForwarder(address forwarder) external view returns (bool);
    function leafOf(IRecordRegistry.Record memory record) external pure returns (bytes32);
    function owner() external view returns (address);
    function pendingDefaultAdmin() external view returns (address newAdmin, uint48 schedule);
    function pendingDefaultAdminDelay() external view returns (uint48 newDelay, uint48 schedule);
    function providers() external view returns (address);
    function renounceRole(bytes32 role, address account) external;
    function revokeRole(bytes32 role, address account) external;
    function rollbackDefaultAdminDelay() external;
    function supportsInterface(bytes4 interfaceId) external view returns (bool);
    function trustedForwarder() external view returns (address);
    function verifyRecord(bytes32 root, IRecordRegistry.Record memory record, bytes32[] memory proof) external view returns (IRecordRegistry.Authorship authorship, uint64 blockNumber);
    function versionOf(bytes32 leaf) external view returns (uint32);
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
        "name": "providers_",
        "type": "address",
        "internalType": "contract IProviderRegistry"
      },
      {
        "name": "accounts_",
        "type": "address",
        "internalType": "contract IAccountRegistry"
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
    "name": "ANCHORER_ROLE",
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
    "name": "MAX_CATEGORY",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint16",
        "internalType": "uint16"
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
    "name": "accounts",
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
    "name": "anchorBatch",
    "inputs": [
      {
        "name": "root",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "manifest",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "count",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "anchorOf",
    "inputs": [
      {
        "name": "root",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "blockNumber",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "timestamp",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "count",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "anchorRecord",
    "inputs": [
      {
        "name": "record",
        "type": "tuple",
        "internalType": "struct IRecordRegistry.Record",
        "components": [
          {
            "name": "patientId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "recordId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "version",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "previous",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "ciphertextHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "author",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "category",
            "type": "uint16",
            "internalType": "uint16"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "leaf",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
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
    "name": "leafOf",
    "inputs": [
      {
        "name": "record",
        "type": "tuple",
        "internalType": "struct IRecordRegistry.Record",
        "components": [
          {
            "name": "patientId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "recordId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "version",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "previous",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "ciphertextHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "author",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "category",
            "type": "uint16",
            "internalType": "uint16"
          }
        ]
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
    "name": "providers",
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
    "type": "function",
    "name": "verifyRecord",
    "inputs": [
      {
        "name": "root",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "record",
        "type": "tuple",
        "internalType": "struct IRecordRegistry.Record",
        "components": [
          {
            "name": "patientId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "recordId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "version",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "previous",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "ciphertextHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "author",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "category",
            "type": "uint16",
            "internalType": "uint16"
          }
        ]
      },
      {
        "name": "proof",
        "type": "bytes32[]",
        "internalType": "bytes32[]"
      }
    ],
    "outputs": [
      {
        "name": "authorship",
        "type": "uint8",
        "internalType": "enum IRecordRegistry.Authorship"
      },
      {
        "name": "blockNumber",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "versionOf",
    "inputs": [
      {
        "name": "leaf",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "event",
    "name": "BatchAnchored",
    "inputs": [
      {
        "name": "root",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "manifest",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "count",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
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
    "name": "RecordAnchored",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "patientId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "author",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "version",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      },
      {
        "name": "previous",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "ciphertextHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "category",
        "type": "uint16",
        "indexed": false,
        "internalType": "uint16"
      },
      {
        "name": "leaf",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "selfReported",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
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
    "name": "EmptyBatch",
    "inputs": []
  },
  {
    "type": "error",
    "name": "EmptyRoot",
    "inputs": []
  },
  {
    "type": "error",
    "name": "IneligibleAuthor",
    "inputs": [
      {
        "name": "author",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotAuthor",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "author",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "RootAlreadyAnchored",
    "inputs": [
      {
        "name": "root",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "blockNumber",
        "type": "uint64",
        "internalType": "uint64"
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
    "name": "UnknownCategory",
    "inputs": [
      {
        "name": "category",
        "type": "uint16",
        "internalType": "uint16"
      }
    ]
  },
  {
    "type": "error",
    "name": "VersionNotNext",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "previousVersion",
        "type": "uint32",
        "internalType": "uint32"
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
pub mod RecordRegistry {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x60e060405234801561000f575f5ffd5b506040516123a93803806123a983398101604081905261002e91610256565b82846203f480816001600160a01b03811661006257604051636116401160e11b81525f600482015260240160405180910390fd5b600180546001600160d01b0316600160d01b65ffffffffffff85160217905561008b5f826100af565b5050506001600160a01b039182166080525091821660a0521660c052506103119050565b5f8261010b575f6100c86002546001600160a01b031690565b6001600160a01b0316146100ef57604051631fe1e13d60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384161790555b610115838361011e565b90505b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166101bf575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101776101c6565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610118565b505f610118565b5f6101cf6101d4565b905090565b5f3660148082108015906101ec57506101ec3361021a565b15610212576101ff36828403815f6102b2565b610208916102d9565b60601c9250505090565b339250505090565b5f61022460805190565b6001600160a01b0316826001600160a01b0316149050919050565b6001600160a01b0381168114610253575f5ffd5b50565b5f5f5f5f60808587031215610269575f5ffd5b84516102748161023f565b60208601519094506102858161023f565b60408601519093506102968161023f565b60608601519092506102a78161023f565b939692955090935050565b5f5f858511156102c0575f5ffd5b838611156102cc575f5ffd5b5050820193919092039150565b80356001600160601b0319811690601484101561030a576001600160601b0319601485900360031b81901b82161691505b5092915050565b60805160a05160c0516120446103655f395f8181610361015281816109c90152610e3901525f8181610566015281816108ec0152610d9201525f81816102c2015281816103cc0152611a1d01526120445ff3fe608060405234801561000f575f5ffd5b50600436106101dc575f3560e01c80637cfd9a5111610109578063cc8463c81161009e578063d46aae291161006e578063d46aae2914610536578063d547741f14610549578063d602b9fd1461055c578063f8401fe614610564575f5ffd5b8063cc8463c81461048e578063cefc142914610496578063cf4ff9011461049e578063cf6eefb7146104f7575f5ffd5b80638da5cb5b116100d95780638da5cb5b1461042257806391d148541461042a578063a1eda53c14610460578063a217fddf14610487575f5ffd5b80637cfd9a51146103a35780637da0a877146103ca57806384ef8ffc146103f0578063853a7af814610401575f5ffd5b8063478330fb1161017f578063634e93da1161014f578063634e93da14610339578063649a5ec71461034c57806368cd03f61461035f57806379a05a3114610399575f5ffd5b8063478330fb14610297578063572b6c05146102b2578063586e05a5146102f25780636152a2da14610326575f5ffd5b806314e30d4d116101ba57806314e30d4d1461022e578063248a9ca3146102415780632f2ff15d1461027157806336568abe14610284575f5ffd5b806301ffc9a7146101e0578063022d63fb146102085780630aa6220b14610224575b5f5ffd5b6101f36101ee366004611c34565b61058a565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff90911681526020016101ff565b61022c6105e5565b005b61022c61023c366004611c8b565b6105fa565b61026361024f366004611cbd565b5f9081526020819052604090206001015490565b6040519081526020016101ff565b61022c61027f366004611cea565b6106ea565b61022c610292366004611cea565b61072f565b61029f600981565b60405161ffff90911681526020016101ff565b6101f36102c0366004611d14565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b610311610300366004611cbd565b5f9081526004602052604090205490565b60405163ffffffff90911681526020016101ff565b610263610334366004611d43565b61081f565b61022c610347366004611d14565b610829565b61022c61035a366004611d5d565b61083c565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b0390911681526020016101ff565b61020d6203f48081565b6102637f4b3e6527f1b0d33beb6c20e3c362af276f03c4526b5f8b6d118672f0d75a60eb81565b7f0000000000000000000000000000000000000000000000000000000000000000610381565b6002546001600160a01b0316610381565b61041461040f366004611d82565b61084f565b6040516101ff929190611e38565b610381610aad565b6101f3610438366004611cea565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b610468610ac5565b6040805165ffffffffffff9384168152929091166020830152016101ff565b6102635f81565b61020d610b3f565b61022c610bdc565b6104ca6104ac366004611cbd565b5f908152600360205260409081902054919082901c90608083901c90565b6040805167ffffffffffffffff948516815293909216602084015263ffffffff16908201526060016101ff565b600154604080516001600160a01b03831681527401000000000000000000000000000000000000000090920465ffffffffffff166020830152016101ff565b610263610544366004611d43565b610c4d565b61022c610557366004611cea565b6110e0565b61022c611121565b7f0000000000000000000000000000000000000000000000000000000000000000610381565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f314987860000000000000000000000000000000000000000000000000000000014806105df57506105df82611133565b92915050565b5f6105ef816111c9565b6105f76111da565b50565b7f4b3e6527f1b0d33beb6c20e3c362af276f03c4526b5f8b6d118672f0d75a60eb610624816111c9565b8361065b576040517f53ce4ece00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8163ffffffff165f0361069a576040517fc2e5347d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6106a484836111e6565b6040805184815263ffffffff8416602082015285917f0b685a9e45a9ab3b97236003b914284b42fa9f4af4b5b4f7f0bad678e4549528910160405180910390a250505050565b81610721576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61072b8282611280565b5050565b8115801561074a57506002546001600160a01b038281169116145b15610815576001546001600160a01b0381169074010000000000000000000000000000000000000000900465ffffffffffff1681151580610791575065ffffffffffff8116155b806107a457504265ffffffffffff821610155b156107ea576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff821660048201526024015b60405180910390fd5b5050600180547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1690555b61072b82826112aa565b5f6105df8261130b565b5f610833816111c9565b61072b826113f8565b5f610846816111c9565b61072b8261146a565b5f84815260036020526040812054816108678661130b565b90505f5f8367ffffffffffffffff1611801561088a575061088a86868a856114d9565b90508061089e575f5f935093505050610aa4565b5f8289146108ac575f6108bb565b5f838152600460205260409020545b905080156108e25764010000000081165f036108d85760026108db565b60015b9450610aa0565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016638e0dc43661092160c08b0160a08c01611d14565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b03909116600482015267ffffffffffffffff87166024820152604401602060405180830381865afa15801561098b573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109af9190611e8a565b156109bd5760049450610aa0565b60016001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663d590f8c96109fe60c08c0160a08d01611d14565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b039091166004820152602401602060405180830381865afa158015610a58573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a7c9190611ea9565b6003811115610a8d57610a8d611e0b565b03610a9b5760029450610aa0565b600394505b5050505b94509492505050565b5f610ac06002546001600160a01b031690565b905090565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015610b0757504265ffffffffffff821610155b610b12575f5f610b37565b60025474010000000000000000000000000000000000000000900465ffffffffffff16815b915091509091565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015610b8057504265ffffffffffff8216105b610bb2576001547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16610bd6565b60025474010000000000000000000000000000000000000000900465ffffffffffff165b91505090565b6001546001600160a01b031680610bf16114f0565b6001600160a01b031614610c4557610c076114f0565b6040517fc22c80220000000000000000000000000000000000000000000000000000000081526001600160a01b0390911660048201526024016107e1565b6105f76114f9565b5f5f610c576114f0565b9050610c6960c0840160a08501611d14565b6001600160a01b0316816001600160a01b031614610cd75780610c9260c0850160a08601611d14565b6040517f12a7307a0000000000000000000000000000000000000000000000000000000081526001600160a01b039283166004820152911660248201526044016107e1565b610ce760e0840160c08501611ec7565b61ffff161580610d0a57506009610d0460e0850160c08601611ec7565b61ffff16115b15610d5857610d1f60e0840160c08501611ec7565b6040517f6b532b1400000000000000000000000000000000000000000000000000000000815261ffff90911660048201526024016107e1565b6040517f5afa50360000000000000000000000000000000000000000000000000000000081526001600160a01b0382811660048301525f917f000000000000000000000000000000000000000000000000000000000000000090911690635afa503690602401602060405180830381865afa158015610dd9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dfd9190611e8a565b610ee7576040517f8f9c79ed0000000000000000000000000000000000000000000000000000000081526001600160a01b0383811660048301527f00000000000000000000000000000000000000000000000000000000000000001690638f9c79ed90602401602060405180830381865afa158015610e7e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ea29190611e8a565b610ee3576040517fdceef4d50000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024016107e1565b5060015b6060840180355f908152600460205260408082205492610f08918801611ee8565b63ffffffff166001149050856040016020810190610f269190611ee8565b63ffffffff161580610f3f575080151560608701351514155b80610f81575063ffffffff821615801590610f815750610f656060870160408801611ee8565b63ffffffff168263ffffffff166001610f7e9190611f2e565b14155b15610fe5576020860135610f9b6060880160408901611ee8565b6040517f04affdfe000000000000000000000000000000000000000000000000000000008152600481019290925263ffffffff9081166024830152831660448201526064016107e1565b610fee8661130b565b9450610ffb8560016111e6565b8261100b5764010000000061100d565b5f5b61101d6060880160408901611ee8565b63ffffffff161760045f8781526020019081526020015f2081905550836001600160a01b0316865f013587602001357f19cbabc34375183a97104820fd4b8d9b33f1e35f67adf7e4e9f80b6fcf0ce6d18960400160208101906110809190611ee8565b60608b013560808c013561109a60e08e0160c08f01611ec7565b6040805163ffffffff909516855260208501939093529183015261ffff166060820152608081018a905287151560a082015260c00160405180910390a450505050919050565b81611117576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61072b82826115d0565b5f61112b816111c9565b6105f76115f4565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806105df57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316146105df565b6105f7816111d56114f0565b6115fe565b6111e45f5f611669565b565b5f82815260036020526040902054801561123f576040517f040a02020000000000000000000000000000000000000000000000000000000081526004810184905267ffffffffffffffff821660248201526044016107e1565b60808263ffffffff16901b60404267ffffffffffffffff16901b4367ffffffffffffffff16171760035f8581526020019081526020015f2081905550505050565b5f8281526020819052604090206001015461129a816111c9565b6112a483836117b5565b50505050565b6112b26114f0565b6001600160a01b0316816001600160a01b0316146112fc576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6113068282611853565b505050565b5f6105df823560208401356113266060860160408701611ee8565b6060860135608087013561134060c0890160a08a01611d14565b61135060e08a0160c08b01611ec7565b604080516020810189905290810187905263ffffffff861660608201526080810185905260a081018490526001600160a01b03831660c082015261ffff821660e08201525f9061010001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815282825280516020918201209083015201604051602081830303815290604052805190602001209050979650505050505050565b5f611401610b3f565b61140a426118a7565b6114149190611f41565b905061142082826118f6565b60405165ffffffffffff821681526001600160a01b038316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f61147482611984565b61147d426118a7565b6114879190611f41565b90506114938282611669565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b910160405180910390a15050565b5f826114e68686856119cb565b1495945050505050565b5f610ac0611a0c565b6001546001600160a01b0381169074010000000000000000000000000000000000000000900465ffffffffffff1680158061153c57504265ffffffffffff821610155b1561157d576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff821660048201526024016107e1565b6115985f6115936002546001600160a01b031690565b611853565b506115a35f836117b5565b5050600180547fffffffffffff000000000000000000000000000000000000000000000000000016905550565b5f828152602081905260409020600101546115ea816111c9565b6112a48383611853565b6111e45f5f6118f6565b5f828152602081815260408083206001600160a01b038516845290915290205460ff1661072b576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602481018390526044016107e1565b6002547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16801561173d574265ffffffffffff82161015611714576002546001805479ffffffffffffffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000090920465ffffffffffff167a0100000000000000000000000000000000000000000000000000000291909117905561173d565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b50600280546001600160a01b03167401000000000000000000000000000000000000000065ffffffffffff9485160279ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a0100000000000000000000000000000000000000000000000000009290931691909102919091179055565b5f82611842575f6117ce6002546001600160a01b031690565b6001600160a01b03161461180e576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0384161790555b61184c8383611a76565b9392505050565b5f8215801561186f57506002546001600160a01b038381169116145b1561189d57600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001690555b61184c8383611b3c565b5f65ffffffffffff8211156118f2576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260306004820152602481018390526044016107e1565b5090565b600180547401000000000000000000000000000000000000000065ffffffffffff84811682027fffffffffffff000000000000000000000000000000000000000000000000000084166001600160a01b03881617179093559004168015611306576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f61198e610b3f565b90508065ffffffffffff168365ffffffffffff16116119b6576119b18382611f5f565b61184c565b61184c65ffffffffffff841662069780611bf9565b5f81815b84811015611a03576119f9828787848181106119ed576119ed611f7d565b90506020020135611c08565b91506001016119cf565b50949350505050565b5f366014808210801590611a4857507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b15611a6e57611a5b36828403815f611faa565b611a6491611fd1565b60601c9250505090565b339250505090565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16611b35575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055611aed6114f0565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016105df565b505f6105df565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615611b35575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00169055611bb16114f0565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a45060016105df565b5f82821882841002821861184c565b5f818310611c22575f82815260208490526040902061184c565b5f83815260208390526040902061184c565b5f60208284031215611c44575f5ffd5b81357fffffffff000000000000000000000000000000000000000000000000000000008116811461184c575f5ffd5b803563ffffffff81168114611c86575f5ffd5b919050565b5f5f5f60608486031215611c9d575f5ffd5b8335925060208401359150611cb460408501611c73565b90509250925092565b5f60208284031215611ccd575f5ffd5b5035919050565b80356001600160a01b0381168114611c86575f5ffd5b5f5f60408385031215611cfb575f5ffd5b82359150611d0b60208401611cd4565b90509250929050565b5f60208284031215611d24575f5ffd5b61184c82611cd4565b5f60e08284031215611d3d575f5ffd5b50919050565b5f60e08284031215611d53575f5ffd5b61184c8383611d2d565b5f60208284031215611d6d575f5ffd5b813565ffffffffffff8116811461184c575f5ffd5b5f5f5f5f6101208587031215611d96575f5ffd5b84359350611da78660208701611d2d565b925061010085013567ffffffffffffffff811115611dc3575f5ffd5b8501601f81018713611dd3575f5ffd5b803567ffffffffffffffff811115611de9575f5ffd5b8760208260051b8401011115611dfd575f5ffd5b949793965060200194505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6040810160058410611e71577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b92815267ffffffffffffffff9190911660209091015290565b5f60208284031215611e9a575f5ffd5b8151801515811461184c575f5ffd5b5f60208284031215611eb9575f5ffd5b81516004811061184c575f5ffd5b5f60208284031215611ed7575f5ffd5b813561ffff8116811461184c575f5ffd5b5f60208284031215611ef8575f5ffd5b61184c82611c73565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156105df576105df611f01565b65ffffffffffff81811683821601908111156105df576105df611f01565b65ffffffffffff82811682821603908111156105df576105df611f01565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f85851115611fb8575f5ffd5b83861115611fc4575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015612030577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505b509291505056fea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xE0`@R4\x80\x15a\0\x0FW__\xFD[P`@Qa#\xA98\x03\x80a#\xA9\x839\x81\x01`@\x81\x90Ra\0.\x91a\x02VV[\x82\x84b\x03\xF4\x80\x81`\x01`\x01`\xA0\x1B\x03\x81\x16a\0bW`@Qca\x16@\x11`\xE1\x1B\x81R_`\x04\x82\x01R`$\x01`@Q\x80\x91\x03\x90\xFD[`\x01\x80T`\x01`\x01`\xD0\x1B\x03\x16`\x01`\xD0\x1Be\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x02\x17\x90Ua\0\x8B_\x82a\0\xAFV[PPP`\x01`\x01`\xA0\x1B\x03\x91\x82\x16`\x80RP\x91\x82\x16`\xA0R\x16`\xC0RPa\x03\x11\x90PV[_\x82a\x01\x0BW_a\0\xC8`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\0\xEFW`@Qc\x1F\xE1\xE1=`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90U[a\x01\x15\x83\x83a\x01\x1EV[\x90P[\x92\x91PPV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x01\xBFW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\x01wa\x01\xC6V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x01\x18V[P_a\x01\x18V[_a\x01\xCFa\x01\xD4V[\x90P\x90V[_6`\x14\x80\x82\x10\x80\x15\x90a\x01\xECWPa\x01\xEC3a\x02\x1AV[\x15a\x02\x12Wa\x01\xFF6\x82\x84\x03\x81_a\x02\xB2V[a\x02\x08\x91a\x02\xD9V[``\x1C\x92PPP\x90V[3\x92PPP\x90V[_a\x02$`\x80Q\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14\x90P\x91\x90PV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x02SW__\xFD[PV[____`\x80\x85\x87\x03\x12\x15a\x02iW__\xFD[\x84Qa\x02t\x81a\x02?V[` \x86\x01Q\x90\x94Pa\x02\x85\x81a\x02?V[`@\x86\x01Q\x90\x93Pa\x02\x96\x81a\x02?V[``\x86\x01Q\x90\x92Pa\x02\xA7\x81a\x02?V[\x93\x96\x92\x95P\x90\x93PPV[__\x85\x85\x11\x15a\x02\xC0W__\xFD[\x83\x86\x11\x15a\x02\xCCW__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805`\x01`\x01``\x1B\x03\x19\x81\x16\x90`\x14\x84\x10\x15a\x03\nW`\x01`\x01``\x1B\x03\x19`\x14\x85\x90\x03`\x03\x1B\x81\x90\x1B\x82\x16\x16\x91P[P\x92\x91PPV[`\x80Q`\xA0Q`\xC0Qa Da\x03e_9_\x81\x81a\x03a\x01R\x81\x81a\t\xC9\x01Ra\x0E9\x01R_\x81\x81a\x05f\x01R\x81\x81a\x08\xEC\x01Ra\r\x92\x01R_\x81\x81a\x02\xC2\x01R\x81\x81a\x03\xCC\x01Ra\x1A\x1D\x01Ra D_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01\xDCW_5`\xE0\x1C\x80c|\xFD\x9AQ\x11a\x01\tW\x80c\xCC\x84c\xC8\x11a\0\x9EW\x80c\xD4j\xAE)\x11a\0nW\x80c\xD4j\xAE)\x14a\x056W\x80c\xD5Gt\x1F\x14a\x05IW\x80c\xD6\x02\xB9\xFD\x14a\x05\\W\x80c\xF8@\x1F\xE6\x14a\x05dW__\xFD[\x80c\xCC\x84c\xC8\x14a\x04\x8EW\x80c\xCE\xFC\x14)\x14a\x04\x96W\x80c\xCFO\xF9\x01\x14a\x04\x9EW\x80c\xCFn\xEF\xB7\x14a\x04\xF7W__\xFD[\x80c\x8D\xA5\xCB[\x11a\0\xD9W\x80c\x8D\xA5\xCB[\x14a\x04\"W\x80c\x91\xD1HT\x14a\x04*W\x80c\xA1\xED\xA5<\x14a\x04`W\x80c\xA2\x17\xFD\xDF\x14a\x04\x87W__\xFD[\x80c|\xFD\x9AQ\x14a\x03\xA3W\x80c}\xA0\xA8w\x14a\x03\xCAW\x80c\x84\xEF\x8F\xFC\x14a\x03\xF0W\x80c\x85:z\xF8\x14a\x04\x01W__\xFD[\x80cG\x830\xFB\x11a\x01\x7FW\x80ccN\x93\xDA\x11a\x01OW\x80ccN\x93\xDA\x14a\x039W\x80cd\x9A^\xC7\x14a\x03LW\x80ch\xCD\x03\xF6\x14a\x03_W\x80cy\xA0Z1\x14a\x03\x99W__\xFD[\x80cG\x830\xFB\x14a\x02\x97W\x80cW+l\x05\x14a\x02\xB2W\x80cXn\x05\xA5\x14a\x02\xF2W\x80caR\xA2\xDA\x14a\x03&W__\xFD[\x80c\x14\xE3\rM\x11a\x01\xBAW\x80c\x14\xE3\rM\x14a\x02.W\x80c$\x8A\x9C\xA3\x14a\x02AW\x80c//\xF1]\x14a\x02qW\x80c6V\x8A\xBE\x14a\x02\x84W__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x01\xE0W\x80c\x02-c\xFB\x14a\x02\x08W\x80c\n\xA6\"\x0B\x14a\x02$W[__\xFD[a\x01\xF3a\x01\xEE6`\x04a\x1C4V[a\x05\x8AV[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[b\x06\x97\x80[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xFFV[a\x02,a\x05\xE5V[\0[a\x02,a\x02<6`\x04a\x1C\x8BV[a\x05\xFAV[a\x02ca\x02O6`\x04a\x1C\xBDV[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[`@Q\x90\x81R` \x01a\x01\xFFV[a\x02,a\x02\x7F6`\x04a\x1C\xEAV[a\x06\xEAV[a\x02,a\x02\x926`\x04a\x1C\xEAV[a\x07/V[a\x02\x9F`\t\x81V[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xFFV[a\x01\xF3a\x02\xC06`\x04a\x1D\x14V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x91\x16\x14\x90V[a\x03\x11a\x03\x006`\x04a\x1C\xBDV[_\x90\x81R`\x04` R`@\x90 T\x90V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xFFV[a\x02ca\x0346`\x04a\x1DCV[a\x08\x1FV[a\x02,a\x03G6`\x04a\x1D\x14V[a\x08)V[a\x02,a\x03Z6`\x04a\x1D]V[a\x08<V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x01\xFFV[a\x02\rb\x03\xF4\x80\x81V[a\x02c\x7FK>e'\xF1\xB0\xD3;\xEBl \xE3\xC3b\xAF'o\x03\xC4Rk_\x8Bm\x11\x86r\xF0\xD7Z`\xEB\x81V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x03\x81V[`\x02T`\x01`\x01`\xA0\x1B\x03\x16a\x03\x81V[a\x04\x14a\x04\x0F6`\x04a\x1D\x82V[a\x08OV[`@Qa\x01\xFF\x92\x91\x90a\x1E8V[a\x03\x81a\n\xADV[a\x01\xF3a\x0486`\x04a\x1C\xEAV[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x04ha\n\xC5V[`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x93\x84\x16\x81R\x92\x90\x91\x16` \x83\x01R\x01a\x01\xFFV[a\x02c_\x81V[a\x02\ra\x0B?V[a\x02,a\x0B\xDCV[a\x04\xCAa\x04\xAC6`\x04a\x1C\xBDV[_\x90\x81R`\x03` R`@\x90\x81\x90 T\x91\x90\x82\x90\x1C\x90`\x80\x83\x90\x1C\x90V[`@\x80Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x94\x85\x16\x81R\x93\x90\x92\x16` \x84\x01Rc\xFF\xFF\xFF\xFF\x16\x90\x82\x01R``\x01a\x01\xFFV[`\x01T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x81Rt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x83\x01R\x01a\x01\xFFV[a\x02ca\x05D6`\x04a\x1DCV[a\x0CMV[a\x02,a\x05W6`\x04a\x1C\xEAV[a\x10\xE0V[a\x02,a\x11!V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x03\x81V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7F1I\x87\x86\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\x05\xDFWPa\x05\xDF\x82a\x113V[\x92\x91PPV[_a\x05\xEF\x81a\x11\xC9V[a\x05\xF7a\x11\xDAV[PV[\x7FK>e'\xF1\xB0\xD3;\xEBl \xE3\xC3b\xAF'o\x03\xC4Rk_\x8Bm\x11\x86r\xF0\xD7Z`\xEBa\x06$\x81a\x11\xC9V[\x83a\x06[W`@Q\x7FS\xCEN\xCE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x81c\xFF\xFF\xFF\xFF\x16_\x03a\x06\x9AW`@Q\x7F\xC2\xE54}\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x06\xA4\x84\x83a\x11\xE6V[`@\x80Q\x84\x81Rc\xFF\xFF\xFF\xFF\x84\x16` \x82\x01R\x85\x91\x7F\x0BhZ\x9EE\xA9\xAB;\x97#`\x03\xB9\x14(KB\xFA\x9FJ\xF4\xB5\xB4\xF7\xF0\xBA\xD6x\xE4T\x95(\x91\x01`@Q\x80\x91\x03\x90\xA2PPPPV[\x81a\x07!W`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x07+\x82\x82a\x12\x80V[PPV[\x81\x15\x80\x15a\x07JWP`\x02T`\x01`\x01`\xA0\x1B\x03\x82\x81\x16\x91\x16\x14[\x15a\x08\x15W`\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x15\x15\x80a\x07\x91WPe\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15[\x80a\x07\xA4WPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[\x15a\x07\xEAW`@Q\x7F\x19\xCA^\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[PP`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90U[a\x07+\x82\x82a\x12\xAAV[_a\x05\xDF\x82a\x13\x0BV[_a\x083\x81a\x11\xC9V[a\x07+\x82a\x13\xF8V[_a\x08F\x81a\x11\xC9V[a\x07+\x82a\x14jV[_\x84\x81R`\x03` R`@\x81 T\x81a\x08g\x86a\x13\x0BV[\x90P__\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x80\x15a\x08\x8AWPa\x08\x8A\x86\x86\x8A\x85a\x14\xD9V[\x90P\x80a\x08\x9EW__\x93P\x93PPPa\n\xA4V[_\x82\x89\x14a\x08\xACW_a\x08\xBBV[_\x83\x81R`\x04` R`@\x90 T[\x90P\x80\x15a\x08\xE2Wd\x01\0\0\0\0\x81\x16_\x03a\x08\xD8W`\x02a\x08\xDBV[`\x01[\x94Pa\n\xA0V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16c\x8E\r\xC46a\t!`\xC0\x8B\x01`\xA0\x8C\x01a\x1D\x14V[`@Q\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0\x84\x90\x1B\x16\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`$\x82\x01R`D\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\t\x8BW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\t\xAF\x91\x90a\x1E\x8AV[\x15a\t\xBDW`\x04\x94Pa\n\xA0V[`\x01`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16c\xD5\x90\xF8\xC9a\t\xFE`\xC0\x8C\x01`\xA0\x8D\x01a\x1D\x14V[`@Q\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0\x84\x90\x1B\x16\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\nXW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\n|\x91\x90a\x1E\xA9V[`\x03\x81\x11\x15a\n\x8DWa\n\x8Da\x1E\x0BV[\x03a\n\x9BW`\x02\x94Pa\n\xA0V[`\x03\x94P[PPP[\x94P\x94\x92PPPV[_a\n\xC0`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[\x90P\x90V[`\x02T_\x90z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x15\x80\x15a\x0B\x07WPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[a\x0B\x12W__a\x0B7V[`\x02Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81[\x91P\x91P\x90\x91V[`\x02T_\x90z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x15\x80\x15a\x0B\x80WPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10[a\x0B\xB2W`\x01Tz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x0B\xD6V[`\x02Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16[\x91PP\x90V[`\x01T`\x01`\x01`\xA0\x1B\x03\x16\x80a\x0B\xF1a\x14\xF0V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0CEWa\x0C\x07a\x14\xF0V[`@Q\x7F\xC2,\x80\"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x07\xE1V[a\x05\xF7a\x14\xF9V[__a\x0CWa\x14\xF0V[\x90Pa\x0Ci`\xC0\x84\x01`\xA0\x85\x01a\x1D\x14V[`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0C\xD7W\x80a\x0C\x92`\xC0\x85\x01`\xA0\x86\x01a\x1D\x14V[`@Q\x7F\x12\xA70z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x92\x83\x16`\x04\x82\x01R\x91\x16`$\x82\x01R`D\x01a\x07\xE1V[a\x0C\xE7`\xE0\x84\x01`\xC0\x85\x01a\x1E\xC7V[a\xFF\xFF\x16\x15\x80a\r\nWP`\ta\r\x04`\xE0\x85\x01`\xC0\x86\x01a\x1E\xC7V[a\xFF\xFF\x16\x11[\x15a\rXWa\r\x1F`\xE0\x84\x01`\xC0\x85\x01a\x1E\xC7V[`@Q\x7FkS+\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x07\xE1V[`@Q\x7FZ\xFAP6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x81\x16`\x04\x83\x01R_\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90cZ\xFAP6\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\r\xD9W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\r\xFD\x91\x90a\x1E\x8AV[a\x0E\xE7W`@Q\x7F\x8F\x9Cy\xED\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\x8F\x9Cy\xED\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0E~W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0E\xA2\x91\x90a\x1E\x8AV[a\x0E\xE3W`@Q\x7F\xDC\xEE\xF4\xD5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x07\xE1V[P`\x01[``\x84\x01\x805_\x90\x81R`\x04` R`@\x80\x82 T\x92a\x0F\x08\x91\x88\x01a\x1E\xE8V[c\xFF\xFF\xFF\xFF\x16`\x01\x14\x90P\x85`@\x01` \x81\x01\x90a\x0F&\x91\x90a\x1E\xE8V[c\xFF\xFF\xFF\xFF\x16\x15\x80a\x0F?WP\x80\x15\x15``\x87\x015\x15\x14\x15[\x80a\x0F\x81WPc\xFF\xFF\xFF\xFF\x82\x16\x15\x80\x15\x90a\x0F\x81WPa\x0Fe``\x87\x01`@\x88\x01a\x1E\xE8V[c\xFF\xFF\xFF\xFF\x16\x82c\xFF\xFF\xFF\xFF\x16`\x01a\x0F~\x91\x90a\x1F.V[\x14\x15[\x15a\x0F\xE5W` \x86\x015a\x0F\x9B``\x88\x01`@\x89\x01a\x1E\xE8V[`@Q\x7F\x04\xAF\xFD\xFE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x92\x90\x92Rc\xFF\xFF\xFF\xFF\x90\x81\x16`$\x83\x01R\x83\x16`D\x82\x01R`d\x01a\x07\xE1V[a\x0F\xEE\x86a\x13\x0BV[\x94Pa\x0F\xFB\x85`\x01a\x11\xE6V[\x82a\x10\x0BWd\x01\0\0\0\0a\x10\rV[_[a\x10\x1D``\x88\x01`@\x89\x01a\x1E\xE8V[c\xFF\xFF\xFF\xFF\x16\x17`\x04_\x87\x81R` \x01\x90\x81R` \x01_ \x81\x90UP\x83`\x01`\x01`\xA0\x1B\x03\x16\x86_\x015\x87` \x015\x7F\x19\xCB\xAB\xC3Cu\x18:\x97\x10H \xFDK\x8D\x9B3\xF1\xE3_g\xAD\xF7\xE4\xE9\xF8\x0Bo\xCF\x0C\xE6\xD1\x89`@\x01` \x81\x01\x90a\x10\x80\x91\x90a\x1E\xE8V[``\x8B\x015`\x80\x8C\x015a\x10\x9A`\xE0\x8E\x01`\xC0\x8F\x01a\x1E\xC7V[`@\x80Qc\xFF\xFF\xFF\xFF\x90\x95\x16\x85R` \x85\x01\x93\x90\x93R\x91\x83\x01Ra\xFF\xFF\x16``\x82\x01R`\x80\x81\x01\x8A\x90R\x87\x15\x15`\xA0\x82\x01R`\xC0\x01`@Q\x80\x91\x03\x90\xA4PPPP\x91\x90PV[\x81a\x11\x17W`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x07+\x82\x82a\x15\xD0V[_a\x11+\x81a\x11\xC9V[a\x05\xF7a\x15\xF4V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\x05\xDFWP\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x14a\x05\xDFV[a\x05\xF7\x81a\x11\xD5a\x14\xF0V[a\x15\xFEV[a\x11\xE4__a\x16iV[V[_\x82\x81R`\x03` R`@\x90 T\x80\x15a\x12?W`@Q\x7F\x04\n\x02\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\x07\xE1V[`\x80\x82c\xFF\xFF\xFF\xFF\x16\x90\x1B`@Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x1BCg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17\x17`\x03_\x85\x81R` \x01\x90\x81R` \x01_ \x81\x90UPPPPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x12\x9A\x81a\x11\xC9V[a\x12\xA4\x83\x83a\x17\xB5V[PPPPV[a\x12\xB2a\x14\xF0V[`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14a\x12\xFCW`@Q\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x13\x06\x82\x82a\x18SV[PPPV[_a\x05\xDF\x825` \x84\x015a\x13&``\x86\x01`@\x87\x01a\x1E\xE8V[``\x86\x015`\x80\x87\x015a\x13@`\xC0\x89\x01`\xA0\x8A\x01a\x1D\x14V[a\x13P`\xE0\x8A\x01`\xC0\x8B\x01a\x1E\xC7V[`@\x80Q` \x81\x01\x89\x90R\x90\x81\x01\x87\x90Rc\xFF\xFF\xFF\xFF\x86\x16``\x82\x01R`\x80\x81\x01\x85\x90R`\xA0\x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x83\x16`\xC0\x82\x01Ra\xFF\xFF\x82\x16`\xE0\x82\x01R_\x90a\x01\0\x01`@\x80Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x81\x84\x03\x01\x81R\x82\x82R\x80Q` \x91\x82\x01 \x90\x83\x01R\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x97\x96PPPPPPPV[_a\x14\x01a\x0B?V[a\x14\nBa\x18\xA7V[a\x14\x14\x91\x90a\x1FAV[\x90Pa\x14 \x82\x82a\x18\xF6V[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x7F3w\xDCD$\x1Ew\x9D\xD0j\xFA\xB5\xB7\x88\xA3\\\xA5\xF3\xB7x\x83n)\x90\xBD\xB2j*K.^\xD6\x90` \x01`@Q\x80\x91\x03\x90\xA2PPV[_a\x14t\x82a\x19\x84V[a\x14}Ba\x18\xA7V[a\x14\x87\x91\x90a\x1FAV[\x90Pa\x14\x93\x82\x82a\x16iV[`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16\x82R\x83\x16` \x82\x01R\x7F\xF1\x03\x8C\x18\xCF\x84\xA5nC/\xDB\xFA\xF7F\x92K~\xA5\x11\xDF\xE0:e\x06\xA0\xCE\xBAH\x88x\x8D\x9B\x91\x01`@Q\x80\x91\x03\x90\xA1PPV[_\x82a\x14\xE6\x86\x86\x85a\x19\xCBV[\x14\x95\x94PPPPPV[_a\n\xC0a\x1A\x0CV[`\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x80a\x15<WPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[\x15a\x15}W`@Q\x7F\x19\xCA^\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x07\xE1V[a\x15\x98_a\x15\x93`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[a\x18SV[Pa\x15\xA3_\x83a\x17\xB5V[PP`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90UPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x15\xEA\x81a\x11\xC9V[a\x12\xA4\x83\x83a\x18SV[a\x11\xE4__a\x18\xF6V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T`\xFF\x16a\x07+W`@Q\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x07\xE1V[`\x02Tz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15a\x17=WBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15a\x17\x14W`\x02T`\x01\x80Ty\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x91\x90\x91\x17\x90Ua\x17=V[`@Q\x7F+\x1F\xA2\xED\xAF\xE6\xF7\xB9\xE9|\x1A\x9E\x0C6`\xE6E\xBE\xB2\xDC\xAA-E\xBD\xBF\x9B\xEA\xF5G.\x1E\xC5\x90_\x90\xA1[P`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0e\xFF\xFF\xFF\xFF\xFF\xFF\x94\x85\x16\x02y\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x92\x90\x93\x16\x91\x90\x91\x02\x91\x90\x91\x17\x90UV[_\x82a\x18BW_a\x17\xCE`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x18\x0EW`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90U[a\x18L\x83\x83a\x1AvV[\x93\x92PPPV[_\x82\x15\x80\x15a\x18oWP`\x02T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16\x91\x16\x14[\x15a\x18\x9DW`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90U[a\x18L\x83\x83a\x1B<V[_e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a\x18\xF2W`@Q\x7Fm\xFC\xC6P\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`0`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x07\xE1V[P\x90V[`\x01\x80Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0e\xFF\xFF\xFF\xFF\xFF\xFF\x84\x81\x16\x82\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x16`\x01`\x01`\xA0\x1B\x03\x88\x16\x17\x17\x90\x93U\x90\x04\x16\x80\x15a\x13\x06W`@Q\x7F\x88\x86\xEB\xFCBY\xAB\xDB\xC1f\x01\xDD\x8F\xB5g\x8ET\x87\x8FG\xB3\xC3H6\xCF\xC5\x11T\xA9`Q\t\x90_\x90\xA1PPPV[__a\x19\x8Ea\x0B?V[\x90P\x80e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a\x19\xB6Wa\x19\xB1\x83\x82a\x1F_V[a\x18LV[a\x18Le\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16b\x06\x97\x80a\x1B\xF9V[_\x81\x81[\x84\x81\x10\x15a\x1A\x03Wa\x19\xF9\x82\x87\x87\x84\x81\x81\x10a\x19\xEDWa\x19\xEDa\x1F}V[\x90P` \x02\x015a\x1C\x08V[\x91P`\x01\x01a\x19\xCFV[P\x94\x93PPPPV[_6`\x14\x80\x82\x10\x80\x15\x90a\x1AHWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x163\x14[\x15a\x1AnWa\x1A[6\x82\x84\x03\x81_a\x1F\xAAV[a\x1Ad\x91a\x1F\xD1V[``\x1C\x92PPP\x90V[3\x92PPP\x90V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x1B5W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90Ua\x1A\xEDa\x14\xF0V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x05\xDFV[P_a\x05\xDFV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16\x15a\x1B5W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16\x90Ua\x1B\xB1a\x14\xF0V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x05\xDFV[_\x82\x82\x18\x82\x84\x10\x02\x82\x18a\x18LV[_\x81\x83\x10a\x1C\"W_\x82\x81R` \x84\x90R`@\x90 a\x18LV[_\x83\x81R` \x83\x90R`@\x90 a\x18LV[_` \x82\x84\x03\x12\x15a\x1CDW__\xFD[\x815\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x81\x14a\x18LW__\xFD[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1C\x86W__\xFD[\x91\x90PV[___``\x84\x86\x03\x12\x15a\x1C\x9DW__\xFD[\x835\x92P` \x84\x015\x91Pa\x1C\xB4`@\x85\x01a\x1CsV[\x90P\x92P\x92P\x92V[_` \x82\x84\x03\x12\x15a\x1C\xCDW__\xFD[P5\x91\x90PV[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x1C\x86W__\xFD[__`@\x83\x85\x03\x12\x15a\x1C\xFBW__\xFD[\x825\x91Pa\x1D\x0B` \x84\x01a\x1C\xD4V[\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a\x1D$W__\xFD[a\x18L\x82a\x1C\xD4V[_`\xE0\x82\x84\x03\x12\x15a\x1D=W__\xFD[P\x91\x90PV[_`\xE0\x82\x84\x03\x12\x15a\x1DSW__\xFD[a\x18L\x83\x83a\x1D-V[_` \x82\x84\x03\x12\x15a\x1DmW__\xFD[\x815e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x18LW__\xFD[____a\x01 \x85\x87\x03\x12\x15a\x1D\x96W__\xFD[\x845\x93Pa\x1D\xA7\x86` \x87\x01a\x1D-V[\x92Pa\x01\0\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1D\xC3W__\xFD[\x85\x01`\x1F\x81\x01\x87\x13a\x1D\xD3W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1D\xE9W__\xFD[\x87` \x82`\x05\x1B\x84\x01\x01\x11\x15a\x1D\xFDW__\xFD[\x94\x97\x93\x96P` \x01\x94PPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`@\x81\x01`\x05\x84\x10a\x1EqW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x92\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16` \x90\x91\x01R\x90V[_` \x82\x84\x03\x12\x15a\x1E\x9AW__\xFD[\x81Q\x80\x15\x15\x81\x14a\x18LW__\xFD[_` \x82\x84\x03\x12\x15a\x1E\xB9W__\xFD[\x81Q`\x04\x81\x10a\x18LW__\xFD[_` \x82\x84\x03\x12\x15a\x1E\xD7W__\xFD[\x815a\xFF\xFF\x81\x16\x81\x14a\x18LW__\xFD[_` \x82\x84\x03\x12\x15a\x1E\xF8W__\xFD[a\x18L\x82a\x1CsV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\x05\xDFWa\x05\xDFa\x1F\x01V[e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x05\xDFWa\x05\xDFa\x1F\x01V[e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x05\xDFWa\x05\xDFa\x1F\x01V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[__\x85\x85\x11\x15a\x1F\xB8W__\xFD[\x83\x86\x11\x15a\x1F\xC4W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x90`\x14\x84\x10\x15a 0W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85`\x14\x03`\x03\x1B\x1B\x82\x16\x16\x91P[P\x92\x91PPV\xFE\xA1dsolcC\0\x08\x1E\0\n",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b50600436106101dc575f3560e01c80637cfd9a5111610109578063cc8463c81161009e578063d46aae291161006e578063d46aae2914610536578063d547741f14610549578063d602b9fd1461055c578063f8401fe614610564575f5ffd5b8063cc8463c81461048e578063cefc142914610496578063cf4ff9011461049e578063cf6eefb7146104f7575f5ffd5b80638da5cb5b116100d95780638da5cb5b1461042257806391d148541461042a578063a1eda53c14610460578063a217fddf14610487575f5ffd5b80637cfd9a51146103a35780637da0a877146103ca57806384ef8ffc146103f0578063853a7af814610401575f5ffd5b8063478330fb1161017f578063634e93da1161014f578063634e93da14610339578063649a5ec71461034c57806368cd03f61461035f57806379a05a3114610399575f5ffd5b8063478330fb14610297578063572b6c05146102b2578063586e05a5146102f25780636152a2da14610326575f5ffd5b806314e30d4d116101ba57806314e30d4d1461022e578063248a9ca3146102415780632f2ff15d1461027157806336568abe14610284575f5ffd5b806301ffc9a7146101e0578063022d63fb146102085780630aa6220b14610224575b5f5ffd5b6101f36101ee366004611c34565b61058a565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff90911681526020016101ff565b61022c6105e5565b005b61022c61023c366004611c8b565b6105fa565b61026361024f366004611cbd565b5f9081526020819052604090206001015490565b6040519081526020016101ff565b61022c61027f366004611cea565b6106ea565b61022c610292366004611cea565b61072f565b61029f600981565b60405161ffff90911681526020016101ff565b6101f36102c0366004611d14565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b610311610300366004611cbd565b5f9081526004602052604090205490565b60405163ffffffff90911681526020016101ff565b610263610334366004611d43565b61081f565b61022c610347366004611d14565b610829565b61022c61035a366004611d5d565b61083c565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b0390911681526020016101ff565b61020d6203f48081565b6102637f4b3e6527f1b0d33beb6c20e3c362af276f03c4526b5f8b6d118672f0d75a60eb81565b7f0000000000000000000000000000000000000000000000000000000000000000610381565b6002546001600160a01b0316610381565b61041461040f366004611d82565b61084f565b6040516101ff929190611e38565b610381610aad565b6101f3610438366004611cea565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b610468610ac5565b6040805165ffffffffffff9384168152929091166020830152016101ff565b6102635f81565b61020d610b3f565b61022c610bdc565b6104ca6104ac366004611cbd565b5f908152600360205260409081902054919082901c90608083901c90565b6040805167ffffffffffffffff948516815293909216602084015263ffffffff16908201526060016101ff565b600154604080516001600160a01b03831681527401000000000000000000000000000000000000000090920465ffffffffffff166020830152016101ff565b610263610544366004611d43565b610c4d565b61022c610557366004611cea565b6110e0565b61022c611121565b7f0000000000000000000000000000000000000000000000000000000000000000610381565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f314987860000000000000000000000000000000000000000000000000000000014806105df57506105df82611133565b92915050565b5f6105ef816111c9565b6105f76111da565b50565b7f4b3e6527f1b0d33beb6c20e3c362af276f03c4526b5f8b6d118672f0d75a60eb610624816111c9565b8361065b576040517f53ce4ece00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8163ffffffff165f0361069a576040517fc2e5347d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6106a484836111e6565b6040805184815263ffffffff8416602082015285917f0b685a9e45a9ab3b97236003b914284b42fa9f4af4b5b4f7f0bad678e4549528910160405180910390a250505050565b81610721576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61072b8282611280565b5050565b8115801561074a57506002546001600160a01b038281169116145b15610815576001546001600160a01b0381169074010000000000000000000000000000000000000000900465ffffffffffff1681151580610791575065ffffffffffff8116155b806107a457504265ffffffffffff821610155b156107ea576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff821660048201526024015b60405180910390fd5b5050600180547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1690555b61072b82826112aa565b5f6105df8261130b565b5f610833816111c9565b61072b826113f8565b5f610846816111c9565b61072b8261146a565b5f84815260036020526040812054816108678661130b565b90505f5f8367ffffffffffffffff1611801561088a575061088a86868a856114d9565b90508061089e575f5f935093505050610aa4565b5f8289146108ac575f6108bb565b5f838152600460205260409020545b905080156108e25764010000000081165f036108d85760026108db565b60015b9450610aa0565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016638e0dc43661092160c08b0160a08c01611d14565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b03909116600482015267ffffffffffffffff87166024820152604401602060405180830381865afa15801561098b573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109af9190611e8a565b156109bd5760049450610aa0565b60016001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663d590f8c96109fe60c08c0160a08d01611d14565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b039091166004820152602401602060405180830381865afa158015610a58573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a7c9190611ea9565b6003811115610a8d57610a8d611e0b565b03610a9b5760029450610aa0565b600394505b5050505b94509492505050565b5f610ac06002546001600160a01b031690565b905090565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015610b0757504265ffffffffffff821610155b610b12575f5f610b37565b60025474010000000000000000000000000000000000000000900465ffffffffffff16815b915091509091565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015610b8057504265ffffffffffff8216105b610bb2576001547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16610bd6565b60025474010000000000000000000000000000000000000000900465ffffffffffff165b91505090565b6001546001600160a01b031680610bf16114f0565b6001600160a01b031614610c4557610c076114f0565b6040517fc22c80220000000000000000000000000000000000000000000000000000000081526001600160a01b0390911660048201526024016107e1565b6105f76114f9565b5f5f610c576114f0565b9050610c6960c0840160a08501611d14565b6001600160a01b0316816001600160a01b031614610cd75780610c9260c0850160a08601611d14565b6040517f12a7307a0000000000000000000000000000000000000000000000000000000081526001600160a01b039283166004820152911660248201526044016107e1565b610ce760e0840160c08501611ec7565b61ffff161580610d0a57506009610d0460e0850160c08601611ec7565b61ffff16115b15610d5857610d1f60e0840160c08501611ec7565b6040517f6b532b1400000000000000000000000000000000000000000000000000000000815261ffff90911660048201526024016107e1565b6040517f5afa50360000000000000000000000000000000000000000000000000000000081526001600160a01b0382811660048301525f917f000000000000000000000000000000000000000000000000000000000000000090911690635afa503690602401602060405180830381865afa158015610dd9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dfd9190611e8a565b610ee7576040517f8f9c79ed0000000000000000000000000000000000000000000000000000000081526001600160a01b0383811660048301527f00000000000000000000000000000000000000000000000000000000000000001690638f9c79ed90602401602060405180830381865afa158015610e7e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ea29190611e8a565b610ee3576040517fdceef4d50000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024016107e1565b5060015b6060840180355f908152600460205260408082205492610f08918801611ee8565b63ffffffff166001149050856040016020810190610f269190611ee8565b63ffffffff161580610f3f575080151560608701351514155b80610f81575063ffffffff821615801590610f815750610f656060870160408801611ee8565b63ffffffff168263ffffffff166001610f7e9190611f2e565b14155b15610fe5576020860135610f9b6060880160408901611ee8565b6040517f04affdfe000000000000000000000000000000000000000000000000000000008152600481019290925263ffffffff9081166024830152831660448201526064016107e1565b610fee8661130b565b9450610ffb8560016111e6565b8261100b5764010000000061100d565b5f5b61101d6060880160408901611ee8565b63ffffffff161760045f8781526020019081526020015f2081905550836001600160a01b0316865f013587602001357f19cbabc34375183a97104820fd4b8d9b33f1e35f67adf7e4e9f80b6fcf0ce6d18960400160208101906110809190611ee8565b60608b013560808c013561109a60e08e0160c08f01611ec7565b6040805163ffffffff909516855260208501939093529183015261ffff166060820152608081018a905287151560a082015260c00160405180910390a450505050919050565b81611117576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61072b82826115d0565b5f61112b816111c9565b6105f76115f4565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806105df57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316146105df565b6105f7816111d56114f0565b6115fe565b6111e45f5f611669565b565b5f82815260036020526040902054801561123f576040517f040a02020000000000000000000000000000000000000000000000000000000081526004810184905267ffffffffffffffff821660248201526044016107e1565b60808263ffffffff16901b60404267ffffffffffffffff16901b4367ffffffffffffffff16171760035f8581526020019081526020015f2081905550505050565b5f8281526020819052604090206001015461129a816111c9565b6112a483836117b5565b50505050565b6112b26114f0565b6001600160a01b0316816001600160a01b0316146112fc576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6113068282611853565b505050565b5f6105df823560208401356113266060860160408701611ee8565b6060860135608087013561134060c0890160a08a01611d14565b61135060e08a0160c08b01611ec7565b604080516020810189905290810187905263ffffffff861660608201526080810185905260a081018490526001600160a01b03831660c082015261ffff821660e08201525f9061010001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815282825280516020918201209083015201604051602081830303815290604052805190602001209050979650505050505050565b5f611401610b3f565b61140a426118a7565b6114149190611f41565b905061142082826118f6565b60405165ffffffffffff821681526001600160a01b038316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f61147482611984565b61147d426118a7565b6114879190611f41565b90506114938282611669565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b910160405180910390a15050565b5f826114e68686856119cb565b1495945050505050565b5f610ac0611a0c565b6001546001600160a01b0381169074010000000000000000000000000000000000000000900465ffffffffffff1680158061153c57504265ffffffffffff821610155b1561157d576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff821660048201526024016107e1565b6115985f6115936002546001600160a01b031690565b611853565b506115a35f836117b5565b5050600180547fffffffffffff000000000000000000000000000000000000000000000000000016905550565b5f828152602081905260409020600101546115ea816111c9565b6112a48383611853565b6111e45f5f6118f6565b5f828152602081815260408083206001600160a01b038516845290915290205460ff1661072b576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602481018390526044016107e1565b6002547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16801561173d574265ffffffffffff82161015611714576002546001805479ffffffffffffffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000090920465ffffffffffff167a0100000000000000000000000000000000000000000000000000000291909117905561173d565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b50600280546001600160a01b03167401000000000000000000000000000000000000000065ffffffffffff9485160279ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a0100000000000000000000000000000000000000000000000000009290931691909102919091179055565b5f82611842575f6117ce6002546001600160a01b031690565b6001600160a01b03161461180e576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0384161790555b61184c8383611a76565b9392505050565b5f8215801561186f57506002546001600160a01b038381169116145b1561189d57600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001690555b61184c8383611b3c565b5f65ffffffffffff8211156118f2576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260306004820152602481018390526044016107e1565b5090565b600180547401000000000000000000000000000000000000000065ffffffffffff84811682027fffffffffffff000000000000000000000000000000000000000000000000000084166001600160a01b03881617179093559004168015611306576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f61198e610b3f565b90508065ffffffffffff168365ffffffffffff16116119b6576119b18382611f5f565b61184c565b61184c65ffffffffffff841662069780611bf9565b5f81815b84811015611a03576119f9828787848181106119ed576119ed611f7d565b90506020020135611c08565b91506001016119cf565b50949350505050565b5f366014808210801590611a4857507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b15611a6e57611a5b36828403815f611faa565b611a6491611fd1565b60601c9250505090565b339250505090565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16611b35575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055611aed6114f0565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016105df565b505f6105df565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615611b35575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00169055611bb16114f0565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a45060016105df565b5f82821882841002821861184c565b5f818310611c22575f82815260208490526040902061184c565b5f83815260208390526040902061184c565b5f60208284031215611c44575f5ffd5b81357fffffffff000000000000000000000000000000000000000000000000000000008116811461184c575f5ffd5b803563ffffffff81168114611c86575f5ffd5b919050565b5f5f5f60608486031215611c9d575f5ffd5b8335925060208401359150611cb460408501611c73565b90509250925092565b5f60208284031215611ccd575f5ffd5b5035919050565b80356001600160a01b0381168114611c86575f5ffd5b5f5f60408385031215611cfb575f5ffd5b82359150611d0b60208401611cd4565b90509250929050565b5f60208284031215611d24575f5ffd5b61184c82611cd4565b5f60e08284031215611d3d575f5ffd5b50919050565b5f60e08284031215611d53575f5ffd5b61184c8383611d2d565b5f60208284031215611d6d575f5ffd5b813565ffffffffffff8116811461184c575f5ffd5b5f5f5f5f6101208587031215611d96575f5ffd5b84359350611da78660208701611d2d565b925061010085013567ffffffffffffffff811115611dc3575f5ffd5b8501601f81018713611dd3575f5ffd5b803567ffffffffffffffff811115611de9575f5ffd5b8760208260051b8401011115611dfd575f5ffd5b949793965060200194505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6040810160058410611e71577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b92815267ffffffffffffffff9190911660209091015290565b5f60208284031215611e9a575f5ffd5b8151801515811461184c575f5ffd5b5f60208284031215611eb9575f5ffd5b81516004811061184c575f5ffd5b5f60208284031215611ed7575f5ffd5b813561ffff8116811461184c575f5ffd5b5f60208284031215611ef8575f5ffd5b61184c82611c73565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156105df576105df611f01565b65ffffffffffff81811683821601908111156105df576105df611f01565b65ffffffffffff82811682821603908111156105df576105df611f01565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f85851115611fb8575f5ffd5b83861115611fc4575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015612030577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505b509291505056fea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01\xDCW_5`\xE0\x1C\x80c|\xFD\x9AQ\x11a\x01\tW\x80c\xCC\x84c\xC8\x11a\0\x9EW\x80c\xD4j\xAE)\x11a\0nW\x80c\xD4j\xAE)\x14a\x056W\x80c\xD5Gt\x1F\x14a\x05IW\x80c\xD6\x02\xB9\xFD\x14a\x05\\W\x80c\xF8@\x1F\xE6\x14a\x05dW__\xFD[\x80c\xCC\x84c\xC8\x14a\x04\x8EW\x80c\xCE\xFC\x14)\x14a\x04\x96W\x80c\xCFO\xF9\x01\x14a\x04\x9EW\x80c\xCFn\xEF\xB7\x14a\x04\xF7W__\xFD[\x80c\x8D\xA5\xCB[\x11a\0\xD9W\x80c\x8D\xA5\xCB[\x14a\x04\"W\x80c\x91\xD1HT\x14a\x04*W\x80c\xA1\xED\xA5<\x14a\x04`W\x80c\xA2\x17\xFD\xDF\x14a\x04\x87W__\xFD[\x80c|\xFD\x9AQ\x14a\x03\xA3W\x80c}\xA0\xA8w\x14a\x03\xCAW\x80c\x84\xEF\x8F\xFC\x14a\x03\xF0W\x80c\x85:z\xF8\x14a\x04\x01W__\xFD[\x80cG\x830\xFB\x11a\x01\x7FW\x80ccN\x93\xDA\x11a\x01OW\x80ccN\x93\xDA\x14a\x039W\x80cd\x9A^\xC7\x14a\x03LW\x80ch\xCD\x03\xF6\x14a\x03_W\x80cy\xA0Z1\x14a\x03\x99W__\xFD[\x80cG\x830\xFB\x14a\x02\x97W\x80cW+l\x05\x14a\x02\xB2W\x80cXn\x05\xA5\x14a\x02\xF2W\x80caR\xA2\xDA\x14a\x03&W__\xFD[\x80c\x14\xE3\rM\x11a\x01\xBAW\x80c\x14\xE3\rM\x14a\x02.W\x80c$\x8A\x9C\xA3\x14a\x02AW\x80c//\xF1]\x14a\x02qW\x80c6V\x8A\xBE\x14a\x02\x84W__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x01\xE0W\x80c\x02-c\xFB\x14a\x02\x08W\x80c\n\xA6\"\x0B\x14a\x02$W[__\xFD[a\x01\xF3a\x01\xEE6`\x04a\x1C4V[a\x05\x8AV[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[b\x06\x97\x80[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xFFV[a\x02,a\x05\xE5V[\0[a\x02,a\x02<6`\x04a\x1C\x8BV[a\x05\xFAV[a\x02ca\x02O6`\x04a\x1C\xBDV[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[`@Q\x90\x81R` \x01a\x01\xFFV[a\x02,a\x02\x7F6`\x04a\x1C\xEAV[a\x06\xEAV[a\x02,a\x02\x926`\x04a\x1C\xEAV[a\x07/V[a\x02\x9F`\t\x81V[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xFFV[a\x01\xF3a\x02\xC06`\x04a\x1D\x14V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x91\x16\x14\x90V[a\x03\x11a\x03\x006`\x04a\x1C\xBDV[_\x90\x81R`\x04` R`@\x90 T\x90V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xFFV[a\x02ca\x0346`\x04a\x1DCV[a\x08\x1FV[a\x02,a\x03G6`\x04a\x1D\x14V[a\x08)V[a\x02,a\x03Z6`\x04a\x1D]V[a\x08<V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x01\xFFV[a\x02\rb\x03\xF4\x80\x81V[a\x02c\x7FK>e'\xF1\xB0\xD3;\xEBl \xE3\xC3b\xAF'o\x03\xC4Rk_\x8Bm\x11\x86r\xF0\xD7Z`\xEB\x81V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x03\x81V[`\x02T`\x01`\x01`\xA0\x1B\x03\x16a\x03\x81V[a\x04\x14a\x04\x0F6`\x04a\x1D\x82V[a\x08OV[`@Qa\x01\xFF\x92\x91\x90a\x1E8V[a\x03\x81a\n\xADV[a\x01\xF3a\x0486`\x04a\x1C\xEAV[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x04ha\n\xC5V[`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x93\x84\x16\x81R\x92\x90\x91\x16` \x83\x01R\x01a\x01\xFFV[a\x02c_\x81V[a\x02\ra\x0B?V[a\x02,a\x0B\xDCV[a\x04\xCAa\x04\xAC6`\x04a\x1C\xBDV[_\x90\x81R`\x03` R`@\x90\x81\x90 T\x91\x90\x82\x90\x1C\x90`\x80\x83\x90\x1C\x90V[`@\x80Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x94\x85\x16\x81R\x93\x90\x92\x16` \x84\x01Rc\xFF\xFF\xFF\xFF\x16\x90\x82\x01R``\x01a\x01\xFFV[`\x01T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x81Rt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x83\x01R\x01a\x01\xFFV[a\x02ca\x05D6`\x04a\x1DCV[a\x0CMV[a\x02,a\x05W6`\x04a\x1C\xEAV[a\x10\xE0V[a\x02,a\x11!V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x03\x81V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7F1I\x87\x86\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\x05\xDFWPa\x05\xDF\x82a\x113V[\x92\x91PPV[_a\x05\xEF\x81a\x11\xC9V[a\x05\xF7a\x11\xDAV[PV[\x7FK>e'\xF1\xB0\xD3;\xEBl \xE3\xC3b\xAF'o\x03\xC4Rk_\x8Bm\x11\x86r\xF0\xD7Z`\xEBa\x06$\x81a\x11\xC9V[\x83a\x06[W`@Q\x7FS\xCEN\xCE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x81c\xFF\xFF\xFF\xFF\x16_\x03a\x06\x9AW`@Q\x7F\xC2\xE54}\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x06\xA4\x84\x83a\x11\xE6V[`@\x80Q\x84\x81Rc\xFF\xFF\xFF\xFF\x84\x16` \x82\x01R\x85\x91\x7F\x0BhZ\x9EE\xA9\xAB;\x97#`\x03\xB9\x14(KB\xFA\x9FJ\xF4\xB5\xB4\xF7\xF0\xBA\xD6x\xE4T\x95(\x91\x01`@Q\x80\x91\x03\x90\xA2PPPPV[\x81a\x07!W`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x07+\x82\x82a\x12\x80V[PPV[\x81\x15\x80\x15a\x07JWP`\x02T`\x01`\x01`\xA0\x1B\x03\x82\x81\x16\x91\x16\x14[\x15a\x08\x15W`\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x15\x15\x80a\x07\x91WPe\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15[\x80a\x07\xA4WPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[\x15a\x07\xEAW`@Q\x7F\x19\xCA^\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[PP`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90U[a\x07+\x82\x82a\x12\xAAV[_a\x05\xDF\x82a\x13\x0BV[_a\x083\x81a\x11\xC9V[a\x07+\x82a\x13\xF8V[_a\x08F\x81a\x11\xC9V[a\x07+\x82a\x14jV[_\x84\x81R`\x03` R`@\x81 T\x81a\x08g\x86a\x13\x0BV[\x90P__\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x80\x15a\x08\x8AWPa\x08\x8A\x86\x86\x8A\x85a\x14\xD9V[\x90P\x80a\x08\x9EW__\x93P\x93PPPa\n\xA4V[_\x82\x89\x14a\x08\xACW_a\x08\xBBV[_\x83\x81R`\x04` R`@\x90 T[\x90P\x80\x15a\x08\xE2Wd\x01\0\0\0\0\x81\x16_\x03a\x08\xD8W`\x02a\x08\xDBV[`\x01[\x94Pa\n\xA0V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16c\x8E\r\xC46a\t!`\xC0\x8B\x01`\xA0\x8C\x01a\x1D\x14V[`@Q\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0\x84\x90\x1B\x16\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`$\x82\x01R`D\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\t\x8BW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\t\xAF\x91\x90a\x1E\x8AV[\x15a\t\xBDW`\x04\x94Pa\n\xA0V[`\x01`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16c\xD5\x90\xF8\xC9a\t\xFE`\xC0\x8C\x01`\xA0\x8D\x01a\x1D\x14V[`@Q\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0\x84\x90\x1B\x16\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\nXW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\n|\x91\x90a\x1E\xA9V[`\x03\x81\x11\x15a\n\x8DWa\n\x8Da\x1E\x0BV[\x03a\n\x9BW`\x02\x94Pa\n\xA0V[`\x03\x94P[PPP[\x94P\x94\x92PPPV[_a\n\xC0`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[\x90P\x90V[`\x02T_\x90z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x15\x80\x15a\x0B\x07WPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[a\x0B\x12W__a\x0B7V[`\x02Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81[\x91P\x91P\x90\x91V[`\x02T_\x90z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x15\x80\x15a\x0B\x80WPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10[a\x0B\xB2W`\x01Tz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x0B\xD6V[`\x02Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16[\x91PP\x90V[`\x01T`\x01`\x01`\xA0\x1B\x03\x16\x80a\x0B\xF1a\x14\xF0V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0CEWa\x0C\x07a\x14\xF0V[`@Q\x7F\xC2,\x80\"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x07\xE1V[a\x05\xF7a\x14\xF9V[__a\x0CWa\x14\xF0V[\x90Pa\x0Ci`\xC0\x84\x01`\xA0\x85\x01a\x1D\x14V[`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0C\xD7W\x80a\x0C\x92`\xC0\x85\x01`\xA0\x86\x01a\x1D\x14V[`@Q\x7F\x12\xA70z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x92\x83\x16`\x04\x82\x01R\x91\x16`$\x82\x01R`D\x01a\x07\xE1V[a\x0C\xE7`\xE0\x84\x01`\xC0\x85\x01a\x1E\xC7V[a\xFF\xFF\x16\x15\x80a\r\nWP`\ta\r\x04`\xE0\x85\x01`\xC0\x86\x01a\x1E\xC7V[a\xFF\xFF\x16\x11[\x15a\rXWa\r\x1F`\xE0\x84\x01`\xC0\x85\x01a\x1E\xC7V[`@Q\x7FkS+\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x07\xE1V[`@Q\x7FZ\xFAP6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x81\x16`\x04\x83\x01R_\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90cZ\xFAP6\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\r\xD9W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\r\xFD\x91\x90a\x1E\x8AV[a\x0E\xE7W`@Q\x7F\x8F\x9Cy\xED\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\x8F\x9Cy\xED\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0E~W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0E\xA2\x91\x90a\x1E\x8AV[a\x0E\xE3W`@Q\x7F\xDC\xEE\xF4\xD5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x07\xE1V[P`\x01[``\x84\x01\x805_\x90\x81R`\x04` R`@\x80\x82 T\x92a\x0F\x08\x91\x88\x01a\x1E\xE8V[c\xFF\xFF\xFF\xFF\x16`\x01\x14\x90P\x85`@\x01` \x81\x01\x90a\x0F&\x91\x90a\x1E\xE8V[c\xFF\xFF\xFF\xFF\x16\x15\x80a\x0F?WP\x80\x15\x15``\x87\x015\x15\x14\x15[\x80a\x0F\x81WPc\xFF\xFF\xFF\xFF\x82\x16\x15\x80\x15\x90a\x0F\x81WPa\x0Fe``\x87\x01`@\x88\x01a\x1E\xE8V[c\xFF\xFF\xFF\xFF\x16\x82c\xFF\xFF\xFF\xFF\x16`\x01a\x0F~\x91\x90a\x1F.V[\x14\x15[\x15a\x0F\xE5W` \x86\x015a\x0F\x9B``\x88\x01`@\x89\x01a\x1E\xE8V[`@Q\x7F\x04\xAF\xFD\xFE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x92\x90\x92Rc\xFF\xFF\xFF\xFF\x90\x81\x16`$\x83\x01R\x83\x16`D\x82\x01R`d\x01a\x07\xE1V[a\x0F\xEE\x86a\x13\x0BV[\x94Pa\x0F\xFB\x85`\x01a\x11\xE6V[\x82a\x10\x0BWd\x01\0\0\0\0a\x10\rV[_[a\x10\x1D``\x88\x01`@\x89\x01a\x1E\xE8V[c\xFF\xFF\xFF\xFF\x16\x17`\x04_\x87\x81R` \x01\x90\x81R` \x01_ \x81\x90UP\x83`\x01`\x01`\xA0\x1B\x03\x16\x86_\x015\x87` \x015\x7F\x19\xCB\xAB\xC3Cu\x18:\x97\x10H \xFDK\x8D\x9B3\xF1\xE3_g\xAD\xF7\xE4\xE9\xF8\x0Bo\xCF\x0C\xE6\xD1\x89`@\x01` \x81\x01\x90a\x10\x80\x91\x90a\x1E\xE8V[``\x8B\x015`\x80\x8C\x015a\x10\x9A`\xE0\x8E\x01`\xC0\x8F\x01a\x1E\xC7V[`@\x80Qc\xFF\xFF\xFF\xFF\x90\x95\x16\x85R` \x85\x01\x93\x90\x93R\x91\x83\x01Ra\xFF\xFF\x16``\x82\x01R`\x80\x81\x01\x8A\x90R\x87\x15\x15`\xA0\x82\x01R`\xC0\x01`@Q\x80\x91\x03\x90\xA4PPPP\x91\x90PV[\x81a\x11\x17W`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x07+\x82\x82a\x15\xD0V[_a\x11+\x81a\x11\xC9V[a\x05\xF7a\x15\xF4V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\x05\xDFWP\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x14a\x05\xDFV[a\x05\xF7\x81a\x11\xD5a\x14\xF0V[a\x15\xFEV[a\x11\xE4__a\x16iV[V[_\x82\x81R`\x03` R`@\x90 T\x80\x15a\x12?W`@Q\x7F\x04\n\x02\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\x07\xE1V[`\x80\x82c\xFF\xFF\xFF\xFF\x16\x90\x1B`@Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x1BCg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17\x17`\x03_\x85\x81R` \x01\x90\x81R` \x01_ \x81\x90UPPPPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x12\x9A\x81a\x11\xC9V[a\x12\xA4\x83\x83a\x17\xB5V[PPPPV[a\x12\xB2a\x14\xF0V[`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14a\x12\xFCW`@Q\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x13\x06\x82\x82a\x18SV[PPPV[_a\x05\xDF\x825` \x84\x015a\x13&``\x86\x01`@\x87\x01a\x1E\xE8V[``\x86\x015`\x80\x87\x015a\x13@`\xC0\x89\x01`\xA0\x8A\x01a\x1D\x14V[a\x13P`\xE0\x8A\x01`\xC0\x8B\x01a\x1E\xC7V[`@\x80Q` \x81\x01\x89\x90R\x90\x81\x01\x87\x90Rc\xFF\xFF\xFF\xFF\x86\x16``\x82\x01R`\x80\x81\x01\x85\x90R`\xA0\x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x83\x16`\xC0\x82\x01Ra\xFF\xFF\x82\x16`\xE0\x82\x01R_\x90a\x01\0\x01`@\x80Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x81\x84\x03\x01\x81R\x82\x82R\x80Q` \x91\x82\x01 \x90\x83\x01R\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x97\x96PPPPPPPV[_a\x14\x01a\x0B?V[a\x14\nBa\x18\xA7V[a\x14\x14\x91\x90a\x1FAV[\x90Pa\x14 \x82\x82a\x18\xF6V[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x7F3w\xDCD$\x1Ew\x9D\xD0j\xFA\xB5\xB7\x88\xA3\\\xA5\xF3\xB7x\x83n)\x90\xBD\xB2j*K.^\xD6\x90` \x01`@Q\x80\x91\x03\x90\xA2PPV[_a\x14t\x82a\x19\x84V[a\x14}Ba\x18\xA7V[a\x14\x87\x91\x90a\x1FAV[\x90Pa\x14\x93\x82\x82a\x16iV[`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16\x82R\x83\x16` \x82\x01R\x7F\xF1\x03\x8C\x18\xCF\x84\xA5nC/\xDB\xFA\xF7F\x92K~\xA5\x11\xDF\xE0:e\x06\xA0\xCE\xBAH\x88x\x8D\x9B\x91\x01`@Q\x80\x91\x03\x90\xA1PPV[_\x82a\x14\xE6\x86\x86\x85a\x19\xCBV[\x14\x95\x94PPPPPV[_a\n\xC0a\x1A\x0CV[`\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x80a\x15<WPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[\x15a\x15}W`@Q\x7F\x19\xCA^\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x07\xE1V[a\x15\x98_a\x15\x93`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[a\x18SV[Pa\x15\xA3_\x83a\x17\xB5V[PP`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90UPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x15\xEA\x81a\x11\xC9V[a\x12\xA4\x83\x83a\x18SV[a\x11\xE4__a\x18\xF6V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T`\xFF\x16a\x07+W`@Q\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x07\xE1V[`\x02Tz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15a\x17=WBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15a\x17\x14W`\x02T`\x01\x80Ty\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x91\x90\x91\x17\x90Ua\x17=V[`@Q\x7F+\x1F\xA2\xED\xAF\xE6\xF7\xB9\xE9|\x1A\x9E\x0C6`\xE6E\xBE\xB2\xDC\xAA-E\xBD\xBF\x9B\xEA\xF5G.\x1E\xC5\x90_\x90\xA1[P`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0e\xFF\xFF\xFF\xFF\xFF\xFF\x94\x85\x16\x02y\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x92\x90\x93\x16\x91\x90\x91\x02\x91\x90\x91\x17\x90UV[_\x82a\x18BW_a\x17\xCE`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x18\x0EW`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90U[a\x18L\x83\x83a\x1AvV[\x93\x92PPPV[_\x82\x15\x80\x15a\x18oWP`\x02T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16\x91\x16\x14[\x15a\x18\x9DW`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90U[a\x18L\x83\x83a\x1B<V[_e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a\x18\xF2W`@Q\x7Fm\xFC\xC6P\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`0`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x07\xE1V[P\x90V[`\x01\x80Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0e\xFF\xFF\xFF\xFF\xFF\xFF\x84\x81\x16\x82\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x16`\x01`\x01`\xA0\x1B\x03\x88\x16\x17\x17\x90\x93U\x90\x04\x16\x80\x15a\x13\x06W`@Q\x7F\x88\x86\xEB\xFCBY\xAB\xDB\xC1f\x01\xDD\x8F\xB5g\x8ET\x87\x8FG\xB3\xC3H6\xCF\xC5\x11T\xA9`Q\t\x90_\x90\xA1PPPV[__a\x19\x8Ea\x0B?V[\x90P\x80e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a\x19\xB6Wa\x19\xB1\x83\x82a\x1F_V[a\x18LV[a\x18Le\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16b\x06\x97\x80a\x1B\xF9V[_\x81\x81[\x84\x81\x10\x15a\x1A\x03Wa\x19\xF9\x82\x87\x87\x84\x81\x81\x10a\x19\xEDWa\x19\xEDa\x1F}V[\x90P` \x02\x015a\x1C\x08V[\x91P`\x01\x01a\x19\xCFV[P\x94\x93PPPPV[_6`\x14\x80\x82\x10\x80\x15\x90a\x1AHWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x163\x14[\x15a\x1AnWa\x1A[6\x82\x84\x03\x81_a\x1F\xAAV[a\x1Ad\x91a\x1F\xD1V[``\x1C\x92PPP\x90V[3\x92PPP\x90V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x1B5W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90Ua\x1A\xEDa\x14\xF0V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x05\xDFV[P_a\x05\xDFV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16\x15a\x1B5W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16\x90Ua\x1B\xB1a\x14\xF0V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x05\xDFV[_\x82\x82\x18\x82\x84\x10\x02\x82\x18a\x18LV[_\x81\x83\x10a\x1C\"W_\x82\x81R` \x84\x90R`@\x90 a\x18LV[_\x83\x81R` \x83\x90R`@\x90 a\x18LV[_` \x82\x84\x03\x12\x15a\x1CDW__\xFD[\x815\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x81\x14a\x18LW__\xFD[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1C\x86W__\xFD[\x91\x90PV[___``\x84\x86\x03\x12\x15a\x1C\x9DW__\xFD[\x835\x92P` \x84\x015\x91Pa\x1C\xB4`@\x85\x01a\x1CsV[\x90P\x92P\x92P\x92V[_` \x82\x84\x03\x12\x15a\x1C\xCDW__\xFD[P5\x91\x90PV[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x1C\x86W__\xFD[__`@\x83\x85\x03\x12\x15a\x1C\xFBW__\xFD[\x825\x91Pa\x1D\x0B` \x84\x01a\x1C\xD4V[\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a\x1D$W__\xFD[a\x18L\x82a\x1C\xD4V[_`\xE0\x82\x84\x03\x12\x15a\x1D=W__\xFD[P\x91\x90PV[_`\xE0\x82\x84\x03\x12\x15a\x1DSW__\xFD[a\x18L\x83\x83a\x1D-V[_` \x82\x84\x03\x12\x15a\x1DmW__\xFD[\x815e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x18LW__\xFD[____a\x01 \x85\x87\x03\x12\x15a\x1D\x96W__\xFD[\x845\x93Pa\x1D\xA7\x86` \x87\x01a\x1D-V[\x92Pa\x01\0\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1D\xC3W__\xFD[\x85\x01`\x1F\x81\x01\x87\x13a\x1D\xD3W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1D\xE9W__\xFD[\x87` \x82`\x05\x1B\x84\x01\x01\x11\x15a\x1D\xFDW__\xFD[\x94\x97\x93\x96P` \x01\x94PPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`@\x81\x01`\x05\x84\x10a\x1EqW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x92\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16` \x90\x91\x01R\x90V[_` \x82\x84\x03\x12\x15a\x1E\x9AW__\xFD[\x81Q\x80\x15\x15\x81\x14a\x18LW__\xFD[_` \x82\x84\x03\x12\x15a\x1E\xB9W__\xFD[\x81Q`\x04\x81\x10a\x18LW__\xFD[_` \x82\x84\x03\x12\x15a\x1E\xD7W__\xFD[\x815a\xFF\xFF\x81\x16\x81\x14a\x18LW__\xFD[_` \x82\x84\x03\x12\x15a\x1E\xF8W__\xFD[a\x18L\x82a\x1CsV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\x05\xDFWa\x05\xDFa\x1F\x01V[e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x05\xDFWa\x05\xDFa\x1F\x01V[e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x05\xDFWa\x05\xDFa\x1F\x01V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[__\x85\x85\x11\x15a\x1F\xB8W__\xFD[\x83\x86\x11\x15a\x1F\xC4W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x90`\x14\x84\x10\x15a 0W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85`\x14\x03`\x03\x1B\x1B\x82\x16\x16\x91P[P\x92\x91PPV\xFE\xA1dsolcC\0\x08\x1E\0\n",
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
    /**Custom error with signature `EmptyBatch()` and selector `0xc2e5347d`.
    ```solidity
    error EmptyBatch();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EmptyBatch;
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
        impl ::core::convert::From<EmptyBatch> for UnderlyingRustTuple<'_> {
            fn from(value: EmptyBatch) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EmptyBatch {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for EmptyBatch {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EmptyBatch()";
            const SELECTOR: [u8; 4] = [194u8, 229u8, 52u8, 125u8];
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
    /**Custom error with signature `EmptyRoot()` and selector `0x53ce4ece`.
    ```solidity
    error EmptyRoot();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EmptyRoot;
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
        impl ::core::convert::From<EmptyRoot> for UnderlyingRustTuple<'_> {
            fn from(value: EmptyRoot) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EmptyRoot {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for EmptyRoot {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EmptyRoot()";
            const SELECTOR: [u8; 4] = [83u8, 206u8, 78u8, 206u8];
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
    /**Custom error with signature `IneligibleAuthor(address)` and selector `0xdceef4d5`.
    ```solidity
    error IneligibleAuthor(address author);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct IneligibleAuthor {
        #[allow(missing_docs)]
        pub author: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<IneligibleAuthor> for UnderlyingRustTuple<'_> {
            fn from(value: IneligibleAuthor) -> Self {
                (value.author,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for IneligibleAuthor {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { author: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for IneligibleAuthor {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "IneligibleAuthor(address)";
            const SELECTOR: [u8; 4] = [220u8, 238u8, 244u8, 213u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.author,
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
    /**Custom error with signature `NotAuthor(address,address)` and selector `0x12a7307a`.
    ```solidity
    error NotAuthor(address caller, address author);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotAuthor {
        #[allow(missing_docs)]
        pub caller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub author: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
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
        impl ::core::convert::From<NotAuthor> for UnderlyingRustTuple<'_> {
            fn from(value: NotAuthor) -> Self {
                (value.caller, value.author)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotAuthor {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { caller: tuple.0, author: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotAuthor {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotAuthor(address,address)";
            const SELECTOR: [u8; 4] = [18u8, 167u8, 48u8, 122u8];
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
                        &self.caller,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.author,
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
    /**Custom error with signature `RootAlreadyAnchored(bytes32,uint64)` and selector `0x040a0202`.
    ```solidity
    error RootAlreadyAnchored(bytes32 root, uint64 blockNumber);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RootAlreadyAnchored {
        #[allow(missing_docs)]
        pub root: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub blockNumber: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Uint<64>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>, u64);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<RootAlreadyAnchored> for UnderlyingRustTuple<'_> {
            fn from(value: RootAlreadyAnchored) -> Self {
                (value.root, value.blockNumber)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for RootAlreadyAnchored {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { root: tuple.0, blockNumber: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RootAlreadyAnchored {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RootAlreadyAnchored(bytes32,uint64)";
            const SELECTOR: [u8; 4] = [4u8, 10u8, 2u8, 2u8];
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
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.blockNumber),
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
    /**Custom error with signature `UnknownCategory(uint16)` and selector `0x6b532b14`.
    ```solidity
    error UnknownCategory(uint16 category);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnknownCategory {
        #[allow(missing_docs)]
        pub category: u16,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u16,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnknownCategory> for UnderlyingRustTuple<'_> {
            fn from(value: UnknownCategory) -> Self {
                (value.category,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for UnknownCategory {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { category: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UnknownCategory {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UnknownCategory(uint16)";
            const SELECTOR: [u8; 4] = [107u8, 83u8, 43u8, 20u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::tokenize(
                    &self.category,
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
    /**Custom error with signature `VersionNotNext(bytes32,uint32,uint32)` and selector `0x04affdfe`.
    ```solidity
    error VersionNotNext(bytes32 recordId, uint32 version, uint32 previousVersion);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct VersionNotNext {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub version: u32,
        #[allow(missing_docs)]
        pub previousVersion: u32,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>, u32, u32);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<VersionNotNext> for UnderlyingRustTuple<'_> {
            fn from(value: VersionNotNext) -> Self {
                (value.recordId, value.version, value.previousVersion)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for VersionNotNext {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { recordId: tuple.0, version: tuple.1, previousVersion: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for VersionNotNext {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "VersionNotNext(bytes32,uint32,uint32)";
            const SELECTOR: [u8; 4] = [4u8, 175u8, 253u8, 254u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.previousVersion),
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
    /**Event with signature `BatchAnchored(bytes32,bytes32,uint32)` and selector `0x0b685a9e45a9ab3b97236003b914284b42fa9f4af4b5b4f7f0bad678e4549528`.
    ```solidity
    event BatchAnchored(bytes32 indexed root, bytes32 manifest, uint32 count);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct BatchAnchored {
        #[allow(missing_docs)]
        pub root: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub manifest: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub count: u32,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for BatchAnchored {
            type DataTuple<'a> =
                (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Uint<32>);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "BatchAnchored(bytes32,bytes32,uint32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    11u8, 104u8, 90u8, 158u8, 69u8, 169u8, 171u8, 59u8, 151u8, 35u8, 96u8, 3u8,
                    185u8, 20u8, 40u8, 75u8, 66u8, 250u8, 159u8, 74u8, 244u8, 181u8, 180u8, 247u8,
                    240u8, 186u8, 214u8, 120u8, 228u8, 84u8, 149u8, 40u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { root: topics.1, manifest: data.0, count: data.1 }
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
                    > as alloy_sol_types::SolType>::tokenize(&self.manifest),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.count),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.root.clone())
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
                > as alloy_sol_types::EventTopic>::encode_topic(&self.root);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for BatchAnchored {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&BatchAnchored> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &BatchAnchored) -> alloy_sol_types::private::LogData {
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
    /**Event with signature `RecordAnchored(bytes32,bytes32,address,uint32,bytes32,bytes32,uint16,bytes32,bool)` and selector `0x19cbabc34375183a97104820fd4b8d9b33f1e35f67adf7e4e9f80b6fcf0ce6d1`.
    ```solidity
    event RecordAnchored(bytes32 indexed recordId, bytes32 indexed patientId, address indexed author, uint32 version, bytes32 previous, bytes32 ciphertextHash, uint16 category, bytes32 leaf, bool selfReported);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct RecordAnchored {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub patientId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub author: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub version: u32,
        #[allow(missing_docs)]
        pub previous: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub ciphertextHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub category: u16,
        #[allow(missing_docs)]
        pub leaf: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub selfReported: bool,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RecordAnchored {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Bool,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "RecordAnchored(bytes32,bytes32,address,uint32,bytes32,bytes32,uint16,bytes32,bool)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    25u8, 203u8, 171u8, 195u8, 67u8, 117u8, 24u8, 58u8, 151u8, 16u8, 72u8, 32u8,
                    253u8, 75u8, 141u8, 155u8, 51u8, 241u8, 227u8, 95u8, 103u8, 173u8, 247u8,
                    228u8, 233u8, 248u8, 11u8, 111u8, 207u8, 12u8, 230u8, 209u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    recordId: topics.1,
                    patientId: topics.2,
                    author: topics.3,
                    version: data.0,
                    previous: data.1,
                    ciphertextHash: data.2,
                    category: data.3,
                    leaf: data.4,
                    selfReported: data.5,
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
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.previous),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.ciphertextHash),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.category),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.leaf),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.selfReported,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.recordId.clone(),
                    self.patientId.clone(),
                    self.author.clone(),
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
                > as alloy_sol_types::EventTopic>::encode_topic(&self.recordId);
                out[2usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.patientId);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.author,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RecordAnchored {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RecordAnchored> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RecordAnchored) -> alloy_sol_types::private::LogData {
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
    constructor(address admin, address forwarder, address providers_, address accounts_);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub admin: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub forwarder: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub providers_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub accounts_: alloy::sol_types::private::Address,
    }
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (value.admin, value.forwarder, value.providers_, value.accounts_)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        admin: tuple.0,
                        forwarder: tuple.1,
                        providers_: tuple.2,
                        accounts_: tuple.3,
                    }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
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
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.providers_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.accounts_,
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
    /**Function with signature `ANCHORER_ROLE()` and selector `0x7cfd9a51`.
    ```solidity
    function ANCHORER_ROLE() external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ANCHORER_ROLECall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`ANCHORER_ROLE()`](ANCHORER_ROLECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ANCHORER_ROLEReturn {
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
            impl ::core::convert::From<ANCHORER_ROLECall> for UnderlyingRustTuple<'_> {
                fn from(value: ANCHORER_ROLECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ANCHORER_ROLECall {
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
            impl ::core::convert::From<ANCHORER_ROLEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: ANCHORER_ROLEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ANCHORER_ROLEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for ANCHORER_ROLECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ANCHORER_ROLE()";
            const SELECTOR: [u8; 4] = [124u8, 253u8, 154u8, 81u8];
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
                        let r: ANCHORER_ROLEReturn = r.into();
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
                    let r: ANCHORER_ROLEReturn = r.into();
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
    /**Function with signature `MAX_CATEGORY()` and selector `0x478330fb`.
    ```solidity
    function MAX_CATEGORY() external view returns (uint16);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_CATEGORYCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_CATEGORY()`](MAX_CATEGORYCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_CATEGORYReturn {
        #[allow(missing_docs)]
        pub _0: u16,
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
            impl ::core::convert::From<MAX_CATEGORYCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_CATEGORYCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_CATEGORYCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u16,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_CATEGORYReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_CATEGORYReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_CATEGORYReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_CATEGORYCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u16;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_CATEGORY()";
            const SELECTOR: [u8; 4] = [71u8, 131u8, 48u8, 251u8];
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
                (<alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: MAX_CATEGORYReturn = r.into();
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
                    let r: MAX_CATEGORYReturn = r.into();
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
    /**Function with signature `accounts()` and selector `0x68cd03f6`.
    ```solidity
    function accounts() external view returns (address);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct accountsCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`accounts()`](accountsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct accountsReturn {
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
            impl ::core::convert::From<accountsCall> for UnderlyingRustTuple<'_> {
                fn from(value: accountsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for accountsCall {
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
            impl ::core::convert::From<accountsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: accountsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for accountsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for accountsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "accounts()";
            const SELECTOR: [u8; 4] = [104u8, 205u8, 3u8, 246u8];
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
                        let r: accountsReturn = r.into();
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
                    let r: accountsReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `anchorBatch(bytes32,bytes32,uint32)` and selector `0x14e30d4d`.
    ```solidity
    function anchorBatch(bytes32 root, bytes32 manifest, uint32 count) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct anchorBatchCall {
        #[allow(missing_docs)]
        pub root: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub manifest: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub count: u32,
    }
    ///Container type for the return parameters of the [`anchorBatch(bytes32,bytes32,uint32)`](anchorBatchCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct anchorBatchReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::FixedBytes<32>,
                u32,
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
            impl ::core::convert::From<anchorBatchCall> for UnderlyingRustTuple<'_> {
                fn from(value: anchorBatchCall) -> Self {
                    (value.root, value.manifest, value.count)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for anchorBatchCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { root: tuple.0, manifest: tuple.1, count: tuple.2 }
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
            impl ::core::convert::From<anchorBatchReturn> for UnderlyingRustTuple<'_> {
                fn from(value: anchorBatchReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for anchorBatchReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl anchorBatchReturn {
            fn _tokenize(&self) -> <anchorBatchCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for anchorBatchCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = anchorBatchReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "anchorBatch(bytes32,bytes32,uint32)";
            const SELECTOR: [u8; 4] = [20u8, 227u8, 13u8, 77u8];
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
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.manifest),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.count),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                anchorBatchReturn::_tokenize(ret)
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
    /**Function with signature `anchorOf(bytes32)` and selector `0xcf4ff901`.
    ```solidity
    function anchorOf(bytes32 root) external view returns (uint64 blockNumber, uint64 timestamp, uint32 count);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct anchorOfCall {
        #[allow(missing_docs)]
        pub root: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`anchorOf(bytes32)`](anchorOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct anchorOfReturn {
        #[allow(missing_docs)]
        pub blockNumber: u64,
        #[allow(missing_docs)]
        pub timestamp: u64,
        #[allow(missing_docs)]
        pub count: u32,
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
            impl ::core::convert::From<anchorOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: anchorOfCall) -> Self {
                    (value.root,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for anchorOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { root: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64, u64, u32);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<anchorOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: anchorOfReturn) -> Self {
                    (value.blockNumber, value.timestamp, value.count)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for anchorOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { blockNumber: tuple.0, timestamp: tuple.1, count: tuple.2 }
                }
            }
        }
        impl anchorOfReturn {
            fn _tokenize(&self) -> <anchorOfCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.blockNumber,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.timestamp,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.count,
                    ),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for anchorOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = anchorOfReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "anchorOf(bytes32)";
            const SELECTOR: [u8; 4] = [207u8, 79u8, 249u8, 1u8];
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
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                anchorOfReturn::_tokenize(ret)
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
    /**Function with signature `anchorRecord((bytes32,bytes32,uint32,bytes32,bytes32,address,uint16))` and selector `0xd46aae29`.
    ```solidity
    function anchorRecord(IRecordRegistry.Record memory record) external returns (bytes32 leaf);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct anchorRecordCall {
        #[allow(missing_docs)]
        pub record: <IRecordRegistry::Record as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`anchorRecord((bytes32,bytes32,uint32,bytes32,bytes32,address,uint16))`](anchorRecordCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct anchorRecordReturn {
        #[allow(missing_docs)]
        pub leaf: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IRecordRegistry::Record,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<IRecordRegistry::Record as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<anchorRecordCall> for UnderlyingRustTuple<'_> {
                fn from(value: anchorRecordCall) -> Self {
                    (value.record,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for anchorRecordCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { record: tuple.0 }
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
            impl ::core::convert::From<anchorRecordReturn> for UnderlyingRustTuple<'_> {
                fn from(value: anchorRecordReturn) -> Self {
                    (value.leaf,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for anchorRecordReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { leaf: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for anchorRecordCall {
            type Parameters<'a> = (IRecordRegistry::Record,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "anchorRecord((bytes32,bytes32,uint32,bytes32,bytes32,address,uint16))";
            const SELECTOR: [u8; 4] = [212u8, 106u8, 174u8, 41u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<IRecordRegistry::Record as alloy_sol_types::SolType>::tokenize(&self.record),)
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
                        let r: anchorRecordReturn = r.into();
                        r.leaf
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: anchorRecordReturn = r.into();
                    r.leaf
                })
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
    /**Function with signature `leafOf((bytes32,bytes32,uint32,bytes32,bytes32,address,uint16))` and selector `0x6152a2da`.
    ```solidity
    function leafOf(IRecordRegistry.Record memory record) external pure returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct leafOfCall {
        #[allow(missing_docs)]
        pub record: <IRecordRegistry::Record as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`leafOf((bytes32,bytes32,uint32,bytes32,bytes32,address,uint16))`](leafOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct leafOfReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IRecordRegistry::Record,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<IRecordRegistry::Record as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<leafOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: leafOfCall) -> Self {
                    (value.record,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for leafOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { record: tuple.0 }
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
            impl ::core::convert::From<leafOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: leafOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for leafOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for leafOfCall {
            type Parameters<'a> = (IRecordRegistry::Record,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "leafOf((bytes32,bytes32,uint32,bytes32,bytes32,address,uint16))";
            const SELECTOR: [u8; 4] = [97u8, 82u8, 162u8, 218u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<IRecordRegistry::Record as alloy_sol_types::SolType>::tokenize(&self.record),)
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
                        let r: leafOfReturn = r.into();
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
                    let r: leafOfReturn = r.into();
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
    /**Function with signature `providers()` and selector `0xf8401fe6`.
    ```solidity
    function providers() external view returns (address);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct providersCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`providers()`](providersCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct providersReturn {
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
            impl ::core::convert::From<providersCall> for UnderlyingRustTuple<'_> {
                fn from(value: providersCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for providersCall {
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
            impl ::core::convert::From<providersReturn> for UnderlyingRustTuple<'_> {
                fn from(value: providersReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for providersReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for providersCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "providers()";
            const SELECTOR: [u8; 4] = [248u8, 64u8, 31u8, 230u8];
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
                        let r: providersReturn = r.into();
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
                    let r: providersReturn = r.into();
                    r._0
                })
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `verifyRecord(bytes32,(bytes32,bytes32,uint32,bytes32,bytes32,address,uint16),bytes32[])` and selector `0x853a7af8`.
    ```solidity
    function verifyRecord(bytes32 root, IRecordRegistry.Record memory record, bytes32[] memory proof) external view returns (IRecordRegistry.Authorship authorship, uint64 blockNumber);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct verifyRecordCall {
        #[allow(missing_docs)]
        pub root: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub record: <IRecordRegistry::Record as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub proof: alloy::sol_types::private::Vec<alloy::sol_types::private::FixedBytes<32>>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`verifyRecord(bytes32,(bytes32,bytes32,uint32,bytes32,bytes32,address,uint16),bytes32[])`](verifyRecordCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct verifyRecordReturn {
        #[allow(missing_docs)]
        pub authorship: <IRecordRegistry::Authorship as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub blockNumber: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                IRecordRegistry::Record,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::FixedBytes<32>>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                <IRecordRegistry::Record as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<verifyRecordCall> for UnderlyingRustTuple<'_> {
                fn from(value: verifyRecordCall) -> Self {
                    (value.root, value.record, value.proof)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for verifyRecordCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { root: tuple.0, record: tuple.1, proof: tuple.2 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (IRecordRegistry::Authorship, alloy::sol_types::sol_data::Uint<64>);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<IRecordRegistry::Authorship as alloy::sol_types::SolType>::RustType, u64);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<verifyRecordReturn> for UnderlyingRustTuple<'_> {
                fn from(value: verifyRecordReturn) -> Self {
                    (value.authorship, value.blockNumber)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for verifyRecordReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { authorship: tuple.0, blockNumber: tuple.1 }
                }
            }
        }
        impl verifyRecordReturn {
            fn _tokenize(&self) -> <verifyRecordCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <IRecordRegistry::Authorship as alloy_sol_types::SolType>::tokenize(
                        &self.authorship,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.blockNumber,
                    ),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for verifyRecordCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                IRecordRegistry::Record,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::FixedBytes<32>>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = verifyRecordReturn;
            type ReturnTuple<'a> =
                (IRecordRegistry::Authorship, alloy::sol_types::sol_data::Uint<64>);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "verifyRecord(bytes32,(bytes32,bytes32,uint32,bytes32,bytes32,address,uint16),bytes32[])";
            const SELECTOR: [u8; 4] = [133u8, 58u8, 122u8, 248u8];
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
                    <IRecordRegistry::Record as alloy_sol_types::SolType>::tokenize(
                        &self.record,
                    ),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::FixedBytes<32>,
                    > as alloy_sol_types::SolType>::tokenize(&self.proof),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                verifyRecordReturn::_tokenize(ret)
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
    /**Function with signature `versionOf(bytes32)` and selector `0x586e05a5`.
    ```solidity
    function versionOf(bytes32 leaf) external view returns (uint32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct versionOfCall {
        #[allow(missing_docs)]
        pub leaf: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`versionOf(bytes32)`](versionOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct versionOfReturn {
        #[allow(missing_docs)]
        pub _0: u32,
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
            impl ::core::convert::From<versionOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: versionOfCall) -> Self {
                    (value.leaf,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for versionOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { leaf: tuple.0 }
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
            impl ::core::convert::From<versionOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: versionOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for versionOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for versionOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "versionOf(bytes32)";
            const SELECTOR: [u8; 4] = [88u8, 110u8, 5u8, 165u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.leaf),
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
                        let r: versionOfReturn = r.into();
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
                    let r: versionOfReturn = r.into();
                    r._0
                })
            }
        }
    };
    ///Container for all the [`RecordRegistry`](self) function calls.
    #[derive(Clone, serde::Serialize, serde::Deserialize)]
    pub enum RecordRegistryCalls {
        #[allow(missing_docs)]
        ADMIN_TRANSFER_DELAY(ADMIN_TRANSFER_DELAYCall),
        #[allow(missing_docs)]
        ANCHORER_ROLE(ANCHORER_ROLECall),
        #[allow(missing_docs)]
        DEFAULT_ADMIN_ROLE(DEFAULT_ADMIN_ROLECall),
        #[allow(missing_docs)]
        MAX_CATEGORY(MAX_CATEGORYCall),
        #[allow(missing_docs)]
        acceptDefaultAdminTransfer(acceptDefaultAdminTransferCall),
        #[allow(missing_docs)]
        accounts(accountsCall),
        #[allow(missing_docs)]
        anchorBatch(anchorBatchCall),
        #[allow(missing_docs)]
        anchorOf(anchorOfCall),
        #[allow(missing_docs)]
        anchorRecord(anchorRecordCall),
        #[allow(missing_docs)]
        beginDefaultAdminTransfer(beginDefaultAdminTransferCall),
        #[allow(missing_docs)]
        cancelDefaultAdminTransfer(cancelDefaultAdminTransferCall),
        #[allow(missing_docs)]
        changeDefaultAdminDelay(changeDefaultAdminDelayCall),
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
        isTrustedForwarder(isTrustedForwarderCall),
        #[allow(missing_docs)]
        leafOf(leafOfCall),
        #[allow(missing_docs)]
        owner(ownerCall),
        #[allow(missing_docs)]
        pendingDefaultAdmin(pendingDefaultAdminCall),
        #[allow(missing_docs)]
        pendingDefaultAdminDelay(pendingDefaultAdminDelayCall),
        #[allow(missing_docs)]
        providers(providersCall),
        #[allow(missing_docs)]
        renounceRole(renounceRoleCall),
        #[allow(missing_docs)]
        revokeRole(revokeRoleCall),
        #[allow(missing_docs)]
        rollbackDefaultAdminDelay(rollbackDefaultAdminDelayCall),
        #[allow(missing_docs)]
        supportsInterface(supportsInterfaceCall),
        #[allow(missing_docs)]
        trustedForwarder(trustedForwarderCall),
        #[allow(missing_docs)]
        verifyRecord(verifyRecordCall),
        #[allow(missing_docs)]
        versionOf(versionOfCall),
    }
    impl RecordRegistryCalls {
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
            [20u8, 227u8, 13u8, 77u8],
            [36u8, 138u8, 156u8, 163u8],
            [47u8, 47u8, 241u8, 93u8],
            [54u8, 86u8, 138u8, 190u8],
            [71u8, 131u8, 48u8, 251u8],
            [87u8, 43u8, 108u8, 5u8],
            [88u8, 110u8, 5u8, 165u8],
            [97u8, 82u8, 162u8, 218u8],
            [99u8, 78u8, 147u8, 218u8],
            [100u8, 154u8, 94u8, 199u8],
            [104u8, 205u8, 3u8, 246u8],
            [121u8, 160u8, 90u8, 49u8],
            [124u8, 253u8, 154u8, 81u8],
            [125u8, 160u8, 168u8, 119u8],
            [132u8, 239u8, 143u8, 252u8],
            [133u8, 58u8, 122u8, 248u8],
            [141u8, 165u8, 203u8, 91u8],
            [145u8, 209u8, 72u8, 84u8],
            [161u8, 237u8, 165u8, 60u8],
            [162u8, 23u8, 253u8, 223u8],
            [204u8, 132u8, 99u8, 200u8],
            [206u8, 252u8, 20u8, 41u8],
            [207u8, 79u8, 249u8, 1u8],
            [207u8, 110u8, 239u8, 183u8],
            [212u8, 106u8, 174u8, 41u8],
            [213u8, 71u8, 116u8, 31u8],
            [214u8, 2u8, 185u8, 253u8],
            [248u8, 64u8, 31u8, 230u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(supportsInterface),
            ::core::stringify!(defaultAdminDelayIncreaseWait),
            ::core::stringify!(rollbackDefaultAdminDelay),
            ::core::stringify!(anchorBatch),
            ::core::stringify!(getRoleAdmin),
            ::core::stringify!(grantRole),
            ::core::stringify!(renounceRole),
            ::core::stringify!(MAX_CATEGORY),
            ::core::stringify!(isTrustedForwarder),
            ::core::stringify!(versionOf),
            ::core::stringify!(leafOf),
            ::core::stringify!(beginDefaultAdminTransfer),
            ::core::stringify!(changeDefaultAdminDelay),
            ::core::stringify!(accounts),
            ::core::stringify!(ADMIN_TRANSFER_DELAY),
            ::core::stringify!(ANCHORER_ROLE),
            ::core::stringify!(trustedForwarder),
            ::core::stringify!(defaultAdmin),
            ::core::stringify!(verifyRecord),
            ::core::stringify!(owner),
            ::core::stringify!(hasRole),
            ::core::stringify!(pendingDefaultAdminDelay),
            ::core::stringify!(DEFAULT_ADMIN_ROLE),
            ::core::stringify!(defaultAdminDelay),
            ::core::stringify!(acceptDefaultAdminTransfer),
            ::core::stringify!(anchorOf),
            ::core::stringify!(pendingDefaultAdmin),
            ::core::stringify!(anchorRecord),
            ::core::stringify!(revokeRole),
            ::core::stringify!(cancelDefaultAdminTransfer),
            ::core::stringify!(providers),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <supportsInterfaceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <defaultAdminDelayIncreaseWaitCall as alloy_sol_types::SolCall>::SIGNATURE,
            <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <anchorBatchCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getRoleAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <renounceRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_CATEGORYCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isTrustedForwarderCall as alloy_sol_types::SolCall>::SIGNATURE,
            <versionOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <leafOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <beginDefaultAdminTransferCall as alloy_sol_types::SolCall>::SIGNATURE,
            <changeDefaultAdminDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <accountsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ANCHORER_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <trustedForwarderCall as alloy_sol_types::SolCall>::SIGNATURE,
            <defaultAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <verifyRecordCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ownerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hasRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pendingDefaultAdminDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <defaultAdminDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::SIGNATURE,
            <anchorOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pendingDefaultAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <anchorRecordCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <cancelDefaultAdminTransferCall as alloy_sol_types::SolCall>::SIGNATURE,
            <providersCall as alloy_sol_types::SolCall>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for RecordRegistryCalls {
        const NAME: &'static str = "RecordRegistryCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 31usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::ADMIN_TRANSFER_DELAY(_) => {
                    <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::ANCHORER_ROLE(_) => <ANCHORER_ROLECall as alloy_sol_types::SolCall>::SELECTOR,
                Self::DEFAULT_ADMIN_ROLE(_) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_CATEGORY(_) => <MAX_CATEGORYCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::acceptDefaultAdminTransfer(_) => {
                    <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::accounts(_) => <accountsCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::anchorBatch(_) => <anchorBatchCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::anchorOf(_) => <anchorOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::anchorRecord(_) => <anchorRecordCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::beginDefaultAdminTransfer(_) => {
                    <beginDefaultAdminTransferCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::cancelDefaultAdminTransfer(_) => {
                    <cancelDefaultAdminTransferCall as alloy_sol_types::SolCall>::SELECTOR
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
                Self::getRoleAdmin(_) => <getRoleAdminCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::grantRole(_) => <grantRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::hasRole(_) => <hasRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isTrustedForwarder(_) => {
                    <isTrustedForwarderCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::leafOf(_) => <leafOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::owner(_) => <ownerCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::pendingDefaultAdmin(_) => {
                    <pendingDefaultAdminCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::pendingDefaultAdminDelay(_) => {
                    <pendingDefaultAdminDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::providers(_) => <providersCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::renounceRole(_) => <renounceRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::revokeRole(_) => <revokeRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::rollbackDefaultAdminDelay(_) => {
                    <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::supportsInterface(_) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::trustedForwarder(_) => {
                    <trustedForwarderCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::verifyRecord(_) => <verifyRecordCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::versionOf(_) => <versionOfCall as alloy_sol_types::SolCall>::SELECTOR,
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
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<RecordRegistryCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn defaultAdminDelayIncreaseWait(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <defaultAdminDelayIncreaseWaitCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryCalls::defaultAdminDelayIncreaseWait)
                    }
                    defaultAdminDelayIncreaseWait
                },
                {
                    fn rollbackDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(RecordRegistryCalls::rollbackDefaultAdminDelay)
                    }
                    rollbackDefaultAdminDelay
                },
                {
                    fn anchorBatch(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <anchorBatchCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::anchorBatch)
                    }
                    anchorBatch
                },
                {
                    fn getRoleAdmin(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn grantRole(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn renounceRole(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn MAX_CATEGORY(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <MAX_CATEGORYCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::MAX_CATEGORY)
                    }
                    MAX_CATEGORY
                },
                {
                    fn isTrustedForwarder(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <isTrustedForwarderCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::isTrustedForwarder)
                    }
                    isTrustedForwarder
                },
                {
                    fn versionOf(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <versionOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::versionOf)
                    }
                    versionOf
                },
                {
                    fn leafOf(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <leafOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::leafOf)
                    }
                    leafOf
                },
                {
                    fn beginDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <beginDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(RecordRegistryCalls::beginDefaultAdminTransfer)
                    }
                    beginDefaultAdminTransfer
                },
                {
                    fn changeDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <changeDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(RecordRegistryCalls::changeDefaultAdminDelay)
                    }
                    changeDefaultAdminDelay
                },
                {
                    fn accounts(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <accountsCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::accounts)
                    }
                    accounts
                },
                {
                    fn ADMIN_TRANSFER_DELAY(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::ADMIN_TRANSFER_DELAY)
                    }
                    ADMIN_TRANSFER_DELAY
                },
                {
                    fn ANCHORER_ROLE(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <ANCHORER_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::ANCHORER_ROLE)
                    }
                    ANCHORER_ROLE
                },
                {
                    fn trustedForwarder(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <trustedForwarderCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::trustedForwarder)
                    }
                    trustedForwarder
                },
                {
                    fn defaultAdmin(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <defaultAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::defaultAdmin)
                    }
                    defaultAdmin
                },
                {
                    fn verifyRecord(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <verifyRecordCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::verifyRecord)
                    }
                    verifyRecord
                },
                {
                    fn owner(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::owner)
                    }
                    owner
                },
                {
                    fn hasRole(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn pendingDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <pendingDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(RecordRegistryCalls::pendingDefaultAdminDelay)
                    }
                    pendingDefaultAdminDelay
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn defaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <defaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::defaultAdminDelay)
                    }
                    defaultAdminDelay
                },
                {
                    fn acceptDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryCalls::acceptDefaultAdminTransfer)
                    }
                    acceptDefaultAdminTransfer
                },
                {
                    fn anchorOf(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <anchorOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::anchorOf)
                    }
                    anchorOf
                },
                {
                    fn pendingDefaultAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <pendingDefaultAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::pendingDefaultAdmin)
                    }
                    pendingDefaultAdmin
                },
                {
                    fn anchorRecord(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <anchorRecordCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::anchorRecord)
                    }
                    anchorRecord
                },
                {
                    fn revokeRole(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn cancelDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <cancelDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryCalls::cancelDefaultAdminTransfer)
                    }
                    cancelDefaultAdminTransfer
                },
                {
                    fn providers(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <providersCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::providers)
                    }
                    providers
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
                -> alloy_sol_types::Result<RecordRegistryCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn defaultAdminDelayIncreaseWait(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <defaultAdminDelayIncreaseWaitCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::defaultAdminDelayIncreaseWait)
                    }
                    defaultAdminDelayIncreaseWait
                },
                {
                    fn rollbackDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::rollbackDefaultAdminDelay)
                    }
                    rollbackDefaultAdminDelay
                },
                {
                    fn anchorBatch(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <anchorBatchCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(RecordRegistryCalls::anchorBatch)
                    }
                    anchorBatch
                },
                {
                    fn getRoleAdmin(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(RecordRegistryCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn grantRole(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(RecordRegistryCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn renounceRole(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(RecordRegistryCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn MAX_CATEGORY(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <MAX_CATEGORYCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(RecordRegistryCalls::MAX_CATEGORY)
                    }
                    MAX_CATEGORY
                },
                {
                    fn isTrustedForwarder(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <isTrustedForwarderCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::isTrustedForwarder)
                    }
                    isTrustedForwarder
                },
                {
                    fn versionOf(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <versionOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(RecordRegistryCalls::versionOf)
                    }
                    versionOf
                },
                {
                    fn leafOf(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <leafOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(RecordRegistryCalls::leafOf)
                    }
                    leafOf
                },
                {
                    fn beginDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <beginDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::beginDefaultAdminTransfer)
                    }
                    beginDefaultAdminTransfer
                },
                {
                    fn changeDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <changeDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::changeDefaultAdminDelay)
                    }
                    changeDefaultAdminDelay
                },
                {
                    fn accounts(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <accountsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(RecordRegistryCalls::accounts)
                    }
                    accounts
                },
                {
                    fn ADMIN_TRANSFER_DELAY(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::ADMIN_TRANSFER_DELAY)
                    }
                    ADMIN_TRANSFER_DELAY
                },
                {
                    fn ANCHORER_ROLE(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <ANCHORER_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(RecordRegistryCalls::ANCHORER_ROLE)
                    }
                    ANCHORER_ROLE
                },
                {
                    fn trustedForwarder(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <trustedForwarderCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(RecordRegistryCalls::trustedForwarder)
                    }
                    trustedForwarder
                },
                {
                    fn defaultAdmin(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <defaultAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(RecordRegistryCalls::defaultAdmin)
                    }
                    defaultAdmin
                },
                {
                    fn verifyRecord(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <verifyRecordCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(RecordRegistryCalls::verifyRecord)
                    }
                    verifyRecord
                },
                {
                    fn owner(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(RecordRegistryCalls::owner)
                    }
                    owner
                },
                {
                    fn hasRole(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(RecordRegistryCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn pendingDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <pendingDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::pendingDefaultAdminDelay)
                    }
                    pendingDefaultAdminDelay
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn defaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <defaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::defaultAdminDelay)
                    }
                    defaultAdminDelay
                },
                {
                    fn acceptDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::acceptDefaultAdminTransfer)
                    }
                    acceptDefaultAdminTransfer
                },
                {
                    fn anchorOf(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <anchorOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(RecordRegistryCalls::anchorOf)
                    }
                    anchorOf
                },
                {
                    fn pendingDefaultAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <pendingDefaultAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::pendingDefaultAdmin)
                    }
                    pendingDefaultAdmin
                },
                {
                    fn anchorRecord(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <anchorRecordCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(RecordRegistryCalls::anchorRecord)
                    }
                    anchorRecord
                },
                {
                    fn revokeRole(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(RecordRegistryCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn cancelDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <cancelDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::cancelDefaultAdminTransfer)
                    }
                    cancelDefaultAdminTransfer
                },
                {
                    fn providers(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <providersCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(RecordRegistryCalls::providers)
                    }
                    providers
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
                Self::ANCHORER_ROLE(inner) => {
                    <ANCHORER_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_CATEGORY(inner) => {
                    <MAX_CATEGORYCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::acceptDefaultAdminTransfer(inner) => {
                    <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::accounts(inner) => {
                    <accountsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::anchorBatch(inner) => {
                    <anchorBatchCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::anchorOf(inner) => {
                    <anchorOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::anchorRecord(inner) => {
                    <anchorRecordCall as alloy_sol_types::SolCall>::abi_encoded_size(
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
                Self::isTrustedForwarder(inner) => {
                    <isTrustedForwarderCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::leafOf(inner) => {
                    <leafOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
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
                Self::providers(inner) => {
                    <providersCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
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
                Self::verifyRecord(inner) => {
                    <verifyRecordCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::versionOf(inner) => {
                    <versionOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
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
                Self::ANCHORER_ROLE(inner) => {
                    <ANCHORER_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::MAX_CATEGORY(inner) => {
                    <MAX_CATEGORYCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::acceptDefaultAdminTransfer(inner) => {
                    <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::accounts(inner) => {
                    <accountsCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::anchorBatch(inner) => {
                    <anchorBatchCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::anchorOf(inner) => {
                    <anchorOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::anchorRecord(inner) => {
                    <anchorRecordCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
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
                Self::isTrustedForwarder(inner) => {
                    <isTrustedForwarderCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::leafOf(inner) => {
                    <leafOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
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
                Self::providers(inner) => {
                    <providersCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
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
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::trustedForwarder(inner) => {
                    <trustedForwarderCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::verifyRecord(inner) => {
                    <verifyRecordCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::versionOf(inner) => {
                    <versionOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`RecordRegistry`](self) custom errors.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum RecordRegistryErrors {
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
        EmptyBatch(EmptyBatch),
        #[allow(missing_docs)]
        EmptyRoot(EmptyRoot),
        #[allow(missing_docs)]
        IneligibleAuthor(IneligibleAuthor),
        #[allow(missing_docs)]
        NotAuthor(NotAuthor),
        #[allow(missing_docs)]
        RootAlreadyAnchored(RootAlreadyAnchored),
        #[allow(missing_docs)]
        SafeCastOverflowedUintDowncast(SafeCastOverflowedUintDowncast),
        #[allow(missing_docs)]
        UnknownCategory(UnknownCategory),
        #[allow(missing_docs)]
        VersionNotNext(VersionNotNext),
    }
    impl RecordRegistryErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [4u8, 10u8, 2u8, 2u8],
            [4u8, 175u8, 253u8, 254u8],
            [18u8, 167u8, 48u8, 122u8],
            [25u8, 202u8, 94u8, 187u8],
            [63u8, 195u8, 194u8, 122u8],
            [83u8, 206u8, 78u8, 206u8],
            [102u8, 151u8, 178u8, 50u8],
            [107u8, 83u8, 43u8, 20u8],
            [109u8, 252u8, 198u8, 80u8],
            [194u8, 44u8, 128u8, 34u8],
            [194u8, 229u8, 52u8, 125u8],
            [220u8, 238u8, 244u8, 213u8],
            [226u8, 81u8, 125u8, 63u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(RootAlreadyAnchored),
            ::core::stringify!(VersionNotNext),
            ::core::stringify!(NotAuthor),
            ::core::stringify!(AccessControlEnforcedDefaultAdminDelay),
            ::core::stringify!(AccessControlEnforcedDefaultAdminRules),
            ::core::stringify!(EmptyRoot),
            ::core::stringify!(AccessControlBadConfirmation),
            ::core::stringify!(UnknownCategory),
            ::core::stringify!(SafeCastOverflowedUintDowncast),
            ::core::stringify!(AccessControlInvalidDefaultAdmin),
            ::core::stringify!(EmptyBatch),
            ::core::stringify!(IneligibleAuthor),
            ::core::stringify!(AccessControlUnauthorizedAccount),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <RootAlreadyAnchored as alloy_sol_types::SolError>::SIGNATURE,
            <VersionNotNext as alloy_sol_types::SolError>::SIGNATURE,
            <NotAuthor as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlEnforcedDefaultAdminDelay as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlEnforcedDefaultAdminRules as alloy_sol_types::SolError>::SIGNATURE,
            <EmptyRoot as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlBadConfirmation as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownCategory as alloy_sol_types::SolError>::SIGNATURE,
            <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlInvalidDefaultAdmin as alloy_sol_types::SolError>::SIGNATURE,
            <EmptyBatch as alloy_sol_types::SolError>::SIGNATURE,
            <IneligibleAuthor as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for RecordRegistryErrors {
        const NAME: &'static str = "RecordRegistryErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 13usize;
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
                Self::EmptyBatch(_) => <EmptyBatch as alloy_sol_types::SolError>::SELECTOR,
                Self::EmptyRoot(_) => <EmptyRoot as alloy_sol_types::SolError>::SELECTOR,
                Self::IneligibleAuthor(_) => {
                    <IneligibleAuthor as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotAuthor(_) => <NotAuthor as alloy_sol_types::SolError>::SELECTOR,
                Self::RootAlreadyAnchored(_) => {
                    <RootAlreadyAnchored as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeCastOverflowedUintDowncast(_) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SELECTOR
                }
                Self::UnknownCategory(_) => {
                    <UnknownCategory as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VersionNotNext(_) => <VersionNotNext as alloy_sol_types::SolError>::SELECTOR,
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
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<RecordRegistryErrors>] = &[
                {
                    fn RootAlreadyAnchored(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RootAlreadyAnchored as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(RecordRegistryErrors::RootAlreadyAnchored)
                    }
                    RootAlreadyAnchored
                },
                {
                    fn VersionNotNext(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <VersionNotNext as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(RecordRegistryErrors::VersionNotNext)
                    }
                    VersionNotNext
                },
                {
                    fn NotAuthor(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <NotAuthor as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(RecordRegistryErrors::NotAuthor)
                    }
                    NotAuthor
                },
                {
                    fn AccessControlEnforcedDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <AccessControlEnforcedDefaultAdminDelay as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                RecordRegistryErrors::AccessControlEnforcedDefaultAdminDelay,
                            )
                    }
                    AccessControlEnforcedDefaultAdminDelay
                },
                {
                    fn AccessControlEnforcedDefaultAdminRules(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <AccessControlEnforcedDefaultAdminRules as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                RecordRegistryErrors::AccessControlEnforcedDefaultAdminRules,
                            )
                    }
                    AccessControlEnforcedDefaultAdminRules
                },
                {
                    fn EmptyRoot(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <EmptyRoot as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(RecordRegistryErrors::EmptyRoot)
                    }
                    EmptyRoot
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw(
                            data,
                        )
                        .map(RecordRegistryErrors::AccessControlBadConfirmation)
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn UnknownCategory(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <UnknownCategory as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(RecordRegistryErrors::UnknownCategory)
                    }
                    UnknownCategory
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn AccessControlInvalidDefaultAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <AccessControlInvalidDefaultAdmin as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryErrors::AccessControlInvalidDefaultAdmin)
                    }
                    AccessControlInvalidDefaultAdmin
                },
                {
                    fn EmptyBatch(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <EmptyBatch as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(RecordRegistryErrors::EmptyBatch)
                    }
                    EmptyBatch
                },
                {
                    fn IneligibleAuthor(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <IneligibleAuthor as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(RecordRegistryErrors::IneligibleAuthor)
                    }
                    IneligibleAuthor
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryErrors::AccessControlUnauthorizedAccount)
                    }
                    AccessControlUnauthorizedAccount
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
                -> alloy_sol_types::Result<RecordRegistryErrors>] = &[
                {
                    fn RootAlreadyAnchored(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RootAlreadyAnchored as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(RecordRegistryErrors::RootAlreadyAnchored)
                    }
                    RootAlreadyAnchored
                },
                {
                    fn VersionNotNext(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <VersionNotNext as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(RecordRegistryErrors::VersionNotNext)
                    }
                    VersionNotNext
                },
                {
                    fn NotAuthor(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <NotAuthor as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(RecordRegistryErrors::NotAuthor)
                    }
                    NotAuthor
                },
                {
                    fn AccessControlEnforcedDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <AccessControlEnforcedDefaultAdminDelay as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                RecordRegistryErrors::AccessControlEnforcedDefaultAdminDelay,
                            )
                    }
                    AccessControlEnforcedDefaultAdminDelay
                },
                {
                    fn AccessControlEnforcedDefaultAdminRules(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <AccessControlEnforcedDefaultAdminRules as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                RecordRegistryErrors::AccessControlEnforcedDefaultAdminRules,
                            )
                    }
                    AccessControlEnforcedDefaultAdminRules
                },
                {
                    fn EmptyRoot(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <EmptyRoot as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(RecordRegistryErrors::EmptyRoot)
                    }
                    EmptyRoot
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryErrors::AccessControlBadConfirmation)
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn UnknownCategory(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <UnknownCategory as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(RecordRegistryErrors::UnknownCategory)
                    }
                    UnknownCategory
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn AccessControlInvalidDefaultAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <AccessControlInvalidDefaultAdmin as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryErrors::AccessControlInvalidDefaultAdmin)
                    }
                    AccessControlInvalidDefaultAdmin
                },
                {
                    fn EmptyBatch(data: &[u8]) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <EmptyBatch as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(RecordRegistryErrors::EmptyBatch)
                    }
                    EmptyBatch
                },
                {
                    fn IneligibleAuthor(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <IneligibleAuthor as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(RecordRegistryErrors::IneligibleAuthor)
                    }
                    IneligibleAuthor
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryErrors::AccessControlUnauthorizedAccount)
                    }
                    AccessControlUnauthorizedAccount
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
                Self::EmptyBatch(inner) => {
                    <EmptyBatch as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::EmptyRoot(inner) => {
                    <EmptyRoot as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::IneligibleAuthor(inner) => {
                    <IneligibleAuthor as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotAuthor(inner) => {
                    <NotAuthor as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::RootAlreadyAnchored(inner) => {
                    <RootAlreadyAnchored as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UnknownCategory(inner) => {
                    <UnknownCategory as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::VersionNotNext(inner) => {
                    <VersionNotNext as alloy_sol_types::SolError>::abi_encoded_size(
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
                Self::EmptyBatch(inner) => {
                    <EmptyBatch as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::EmptyRoot(inner) => {
                    <EmptyRoot as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::IneligibleAuthor(inner) => {
                    <IneligibleAuthor as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotAuthor(inner) => {
                    <NotAuthor as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::RootAlreadyAnchored(inner) => {
                    <RootAlreadyAnchored as alloy_sol_types::SolError>::abi_encode_raw(
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
                Self::UnknownCategory(inner) => {
                    <UnknownCategory as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::VersionNotNext(inner) => {
                    <VersionNotNext as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`RecordRegistry`](self) events.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum RecordRegistryEvents {
        #[allow(missing_docs)]
        BatchAnchored(BatchAnchored),
        #[allow(missing_docs)]
        DefaultAdminDelayChangeCanceled(DefaultAdminDelayChangeCanceled),
        #[allow(missing_docs)]
        DefaultAdminDelayChangeScheduled(DefaultAdminDelayChangeScheduled),
        #[allow(missing_docs)]
        DefaultAdminTransferCanceled(DefaultAdminTransferCanceled),
        #[allow(missing_docs)]
        DefaultAdminTransferScheduled(DefaultAdminTransferScheduled),
        #[allow(missing_docs)]
        RecordAnchored(RecordAnchored),
        #[allow(missing_docs)]
        RoleAdminChanged(RoleAdminChanged),
        #[allow(missing_docs)]
        RoleGranted(RoleGranted),
        #[allow(missing_docs)]
        RoleRevoked(RoleRevoked),
    }
    impl RecordRegistryEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                11u8, 104u8, 90u8, 158u8, 69u8, 169u8, 171u8, 59u8, 151u8, 35u8, 96u8, 3u8, 185u8,
                20u8, 40u8, 75u8, 66u8, 250u8, 159u8, 74u8, 244u8, 181u8, 180u8, 247u8, 240u8,
                186u8, 214u8, 120u8, 228u8, 84u8, 149u8, 40u8,
            ],
            [
                25u8, 203u8, 171u8, 195u8, 67u8, 117u8, 24u8, 58u8, 151u8, 16u8, 72u8, 32u8, 253u8,
                75u8, 141u8, 155u8, 51u8, 241u8, 227u8, 95u8, 103u8, 173u8, 247u8, 228u8, 233u8,
                248u8, 11u8, 111u8, 207u8, 12u8, 230u8, 209u8,
            ],
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
            ::core::stringify!(BatchAnchored),
            ::core::stringify!(RecordAnchored),
            ::core::stringify!(DefaultAdminDelayChangeCanceled),
            ::core::stringify!(RoleGranted),
            ::core::stringify!(DefaultAdminTransferScheduled),
            ::core::stringify!(DefaultAdminTransferCanceled),
            ::core::stringify!(RoleAdminChanged),
            ::core::stringify!(DefaultAdminDelayChangeScheduled),
            ::core::stringify!(RoleRevoked),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <BatchAnchored as alloy_sol_types::SolEvent>::SIGNATURE,
            <RecordAnchored as alloy_sol_types::SolEvent>::SIGNATURE,
            <DefaultAdminDelayChangeCanceled as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE,
            <DefaultAdminTransferScheduled as alloy_sol_types::SolEvent>::SIGNATURE,
            <DefaultAdminTransferCanceled as alloy_sol_types::SolEvent>::SIGNATURE,
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
    impl alloy_sol_types::SolEventInterface for RecordRegistryEvents {
        const NAME: &'static str = "RecordRegistryEvents";
        const COUNT: usize = 9usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<BatchAnchored as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <BatchAnchored as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::BatchAnchored)
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
                Some(<RecordAnchored as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RecordAnchored as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::RecordAnchored)
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
    impl alloy_sol_types::private::IntoLogData for RecordRegistryEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::BatchAnchored(inner) => {
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
                Self::RecordAnchored(inner) => {
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
                Self::BatchAnchored(inner) => {
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
                Self::RecordAnchored(inner) => {
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
    /**Creates a new wrapper around an on-chain [`RecordRegistry`](self) contract instance.

    See the [wrapper's documentation](`RecordRegistryInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> RecordRegistryInstance<P, N> {
        RecordRegistryInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

    Returns a new instance of the contract, if the deployment was successful.

    For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        __provider: P,
        admin: alloy::sol_types::private::Address,
        forwarder: alloy::sol_types::private::Address,
        providers_: alloy::sol_types::private::Address,
        accounts_: alloy::sol_types::private::Address,
    ) -> impl ::core::future::Future<Output = alloy_contract::Result<RecordRegistryInstance<P, N>>>
    {
        RecordRegistryInstance::<P, N>::deploy(__provider, admin, forwarder, providers_, accounts_)
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
        providers_: alloy::sol_types::private::Address,
        accounts_: alloy::sol_types::private::Address,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        RecordRegistryInstance::<P, N>::deploy_builder(
            __provider, admin, forwarder, providers_, accounts_,
        )
    }
    /**A [`RecordRegistry`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`RecordRegistry`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct RecordRegistryInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for RecordRegistryInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("RecordRegistryInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        RecordRegistryInstance<P, N>
    {
        /**Creates a new wrapper around an on-chain [`RecordRegistry`](self) contract instance.

        See the [wrapper's documentation](`RecordRegistryInstance`) for more details.*/
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
            providers_: alloy::sol_types::private::Address,
            accounts_: alloy::sol_types::private::Address,
        ) -> alloy_contract::Result<RecordRegistryInstance<P, N>> {
            let call_builder =
                Self::deploy_builder(__provider, admin, forwarder, providers_, accounts_);
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
            providers_: alloy::sol_types::private::Address,
            accounts_: alloy::sol_types::private::Address,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(&constructorCall {
                        admin,
                        forwarder,
                        providers_,
                        accounts_,
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
    impl<P: ::core::clone::Clone, N> RecordRegistryInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> RecordRegistryInstance<P, N> {
            RecordRegistryInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        RecordRegistryInstance<P, N>
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
        ///Creates a new call builder for the [`ANCHORER_ROLE`] function.
        pub fn ANCHORER_ROLE(&self) -> alloy_contract::SolCallBuilder<&P, ANCHORER_ROLECall, N> {
            self.call_builder(&ANCHORER_ROLECall)
        }
        ///Creates a new call builder for the [`DEFAULT_ADMIN_ROLE`] function.
        pub fn DEFAULT_ADMIN_ROLE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_ADMIN_ROLECall, N> {
            self.call_builder(&DEFAULT_ADMIN_ROLECall)
        }
        ///Creates a new call builder for the [`MAX_CATEGORY`] function.
        pub fn MAX_CATEGORY(&self) -> alloy_contract::SolCallBuilder<&P, MAX_CATEGORYCall, N> {
            self.call_builder(&MAX_CATEGORYCall)
        }
        ///Creates a new call builder for the [`acceptDefaultAdminTransfer`] function.
        pub fn acceptDefaultAdminTransfer(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, acceptDefaultAdminTransferCall, N> {
            self.call_builder(&acceptDefaultAdminTransferCall)
        }
        ///Creates a new call builder for the [`accounts`] function.
        pub fn accounts(&self) -> alloy_contract::SolCallBuilder<&P, accountsCall, N> {
            self.call_builder(&accountsCall)
        }
        ///Creates a new call builder for the [`anchorBatch`] function.
        pub fn anchorBatch(
            &self,
            root: alloy::sol_types::private::FixedBytes<32>,
            manifest: alloy::sol_types::private::FixedBytes<32>,
            count: u32,
        ) -> alloy_contract::SolCallBuilder<&P, anchorBatchCall, N> {
            self.call_builder(&anchorBatchCall { root, manifest, count })
        }
        ///Creates a new call builder for the [`anchorOf`] function.
        pub fn anchorOf(
            &self,
            root: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, anchorOfCall, N> {
            self.call_builder(&anchorOfCall { root })
        }
        ///Creates a new call builder for the [`anchorRecord`] function.
        pub fn anchorRecord(
            &self,
            record: <IRecordRegistry::Record as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, anchorRecordCall, N> {
            self.call_builder(&anchorRecordCall { record })
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
        ///Creates a new call builder for the [`isTrustedForwarder`] function.
        pub fn isTrustedForwarder(
            &self,
            forwarder: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, isTrustedForwarderCall, N> {
            self.call_builder(&isTrustedForwarderCall { forwarder })
        }
        ///Creates a new call builder for the [`leafOf`] function.
        pub fn leafOf(
            &self,
            record: <IRecordRegistry::Record as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, leafOfCall, N> {
            self.call_builder(&leafOfCall { record })
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
        ///Creates a new call builder for the [`providers`] function.
        pub fn providers(&self) -> alloy_contract::SolCallBuilder<&P, providersCall, N> {
            self.call_builder(&providersCall)
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
        ///Creates a new call builder for the [`verifyRecord`] function.
        pub fn verifyRecord(
            &self,
            root: alloy::sol_types::private::FixedBytes<32>,
            record: <IRecordRegistry::Record as alloy::sol_types::SolType>::RustType,
            proof: alloy::sol_types::private::Vec<alloy::sol_types::private::FixedBytes<32>>,
        ) -> alloy_contract::SolCallBuilder<&P, verifyRecordCall, N> {
            self.call_builder(&verifyRecordCall { root, record, proof })
        }
        ///Creates a new call builder for the [`versionOf`] function.
        pub fn versionOf(
            &self,
            leaf: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, versionOfCall, N> {
            self.call_builder(&versionOfCall { leaf })
        }
    }
    /// Event filters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        RecordRegistryInstance<P, N>
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
        ///Creates a new event filter for the [`BatchAnchored`] event.
        pub fn BatchAnchored_filter(&self) -> alloy_contract::Event<&P, BatchAnchored, N> {
            self.event_filter::<BatchAnchored>()
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
        ///Creates a new event filter for the [`RecordAnchored`] event.
        pub fn RecordAnchored_filter(&self) -> alloy_contract::Event<&P, RecordAnchored, N> {
            self.event_filter::<RecordAnchored>()
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
