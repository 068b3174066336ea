///Module containing a contract's types and functions.
/**

```solidity
library IDataMarket {
    type TradeStatus is uint8;
    struct Request { address researcher; uint64 deadline; uint16 feeBps; bool closed; bool feesCollected; uint96 pricePerRecord; uint32 maxRecords; uint32 settled; uint32 openDisputes; uint64 lastSettledAt; }
    struct Trade { uint96 payout; uint64 releaseAt; TradeStatus status; }
    struct TradeApproval { uint256 requestId; address seller; bytes32 deliveryCommitment; uint256 price; uint256 nonce; uint256 deadline; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IDataMarket {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TradeStatus(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<TradeStatus> for u8 {
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
        impl TradeStatus {
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
        impl From<u8> for TradeStatus {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<TradeStatus> for u8 {
            fn from(value: TradeStatus) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for TradeStatus {
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
        impl alloy_sol_types::EventTopic for TradeStatus {
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
    struct Request { address researcher; uint64 deadline; uint16 feeBps; bool closed; bool feesCollected; uint96 pricePerRecord; uint32 maxRecords; uint32 settled; uint32 openDisputes; uint64 lastSettledAt; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Request {
        #[allow(missing_docs)]
        pub researcher: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub deadline: u64,
        #[allow(missing_docs)]
        pub feeBps: u16,
        #[allow(missing_docs)]
        pub closed: bool,
        #[allow(missing_docs)]
        pub feesCollected: bool,
        #[allow(missing_docs)]
        pub pricePerRecord: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub maxRecords: u32,
        #[allow(missing_docs)]
        pub settled: u32,
        #[allow(missing_docs)]
        pub openDisputes: u32,
        #[allow(missing_docs)]
        pub lastSettledAt: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<16>,
            alloy::sol_types::sol_data::Bool,
            alloy::sol_types::sol_data::Bool,
            alloy::sol_types::sol_data::Uint<96>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            u64,
            u16,
            bool,
            bool,
            alloy::sol_types::private::primitives::aliases::U96,
            u32,
            u32,
            u32,
            u64,
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
        impl ::core::convert::From<Request> for UnderlyingRustTuple<'_> {
            fn from(value: Request) -> Self {
                (
                    value.researcher,
                    value.deadline,
                    value.feeBps,
                    value.closed,
                    value.feesCollected,
                    value.pricePerRecord,
                    value.maxRecords,
                    value.settled,
                    value.openDisputes,
                    value.lastSettledAt,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Request {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    researcher: tuple.0,
                    deadline: tuple.1,
                    feeBps: tuple.2,
                    closed: tuple.3,
                    feesCollected: tuple.4,
                    pricePerRecord: tuple.5,
                    maxRecords: tuple.6,
                    settled: tuple.7,
                    openDisputes: tuple.8,
                    lastSettledAt: tuple.9,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Request {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Request {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.researcher,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.deadline,
                    ),
                    <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::tokenize(
                        &self.feeBps,
                    ),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.closed,
                    ),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.feesCollected,
                    ),
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(
                        &self.pricePerRecord,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.maxRecords,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.settled,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.openDisputes,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.lastSettledAt,
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
        impl alloy_sol_types::SolType for Request {
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
        impl alloy_sol_types::SolStruct for Request {
            const NAME: &'static str = "Request";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Request(address researcher,uint64 deadline,uint16 feeBps,bool closed,bool feesCollected,uint96 pricePerRecord,uint32 maxRecords,uint32 settled,uint32 openDisputes,uint64 lastSettledAt)",
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
                            &self.researcher,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.deadline)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.feeBps)
                        .0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                            &self.closed,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                            &self.feesCollected,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.pricePerRecord,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.maxRecords)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.settled)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.openDisputes)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.lastSettledAt)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Request {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.researcher,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.deadline,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.feeBps,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.closed,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.feesCollected,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.pricePerRecord,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxRecords,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.settled,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.openDisputes,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.lastSettledAt,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.researcher,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.deadline,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    16,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.feeBps,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.closed,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.feesCollected,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    96,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.pricePerRecord,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxRecords,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.settled,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.openDisputes,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.lastSettledAt,
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
    struct Trade { uint96 payout; uint64 releaseAt; TradeStatus status; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Trade {
        #[allow(missing_docs)]
        pub payout: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub releaseAt: u64,
        #[allow(missing_docs)]
        pub status: <TradeStatus as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<96>,
            alloy::sol_types::sol_data::Uint<64>,
            TradeStatus,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U96,
            u64,
            <TradeStatus as alloy::sol_types::SolType>::RustType,
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
        impl ::core::convert::From<Trade> for UnderlyingRustTuple<'_> {
            fn from(value: Trade) -> Self {
                (value.payout, value.releaseAt, value.status)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Trade {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { payout: tuple.0, releaseAt: tuple.1, status: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Trade {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Trade {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(
                        &self.payout,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.releaseAt,
                    ),
                    <TradeStatus as alloy_sol_types::SolType>::tokenize(&self.status),
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
        impl alloy_sol_types::SolType for Trade {
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
        impl alloy_sol_types::SolStruct for Trade {
            const NAME: &'static str = "Trade";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Trade(uint96 payout,uint64 releaseAt,uint8 status)",
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
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.payout)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.releaseAt)
                        .0,
                    <TradeStatus as alloy_sol_types::SolType>::eip712_data_word(
                            &self.status,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Trade {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.payout,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.releaseAt,
                    )
                    + <TradeStatus as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.status,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::Uint<
                    96,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.payout,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.releaseAt,
                    out,
                );
                <TradeStatus as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.status,
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
    struct TradeApproval { uint256 requestId; address seller; bytes32 deliveryCommitment; uint256 price; uint256 nonce; uint256 deadline; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TradeApproval {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub seller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub deliveryCommitment: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub price: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub nonce: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub deadline: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::Address,
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<TradeApproval> for UnderlyingRustTuple<'_> {
            fn from(value: TradeApproval) -> Self {
                (
                    value.requestId,
                    value.seller,
                    value.deliveryCommitment,
                    value.price,
                    value.nonce,
                    value.deadline,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TradeApproval {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    requestId: tuple.0,
                    seller: tuple.1,
                    deliveryCommitment: tuple.2,
                    price: tuple.3,
                    nonce: tuple.4,
                    deadline: tuple.5,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for TradeApproval {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for TradeApproval {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.seller,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.deliveryCommitment),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.price),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.nonce),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.deadline),
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
        impl alloy_sol_types::SolType for TradeApproval {
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
        impl alloy_sol_types::SolStruct for TradeApproval {
            const NAME: &'static str = "TradeApproval";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "TradeApproval(uint256 requestId,address seller,bytes32 deliveryCommitment,uint256 price,uint256 nonce,uint256 deadline)",
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
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.requestId)
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.seller,
                        )
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.deliveryCommitment,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.price)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.nonce)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.deadline)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for TradeApproval {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.requestId,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.seller,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.deliveryCommitment,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.price)
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.nonce)
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.deadline,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.requestId,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.seller,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.deliveryCommitment,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.price,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.nonce,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.deadline,
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
    /**Creates a new wrapper around an on-chain [`IDataMarket`](self) contract instance.

    See the [wrapper's documentation](`IDataMarketInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IDataMarketInstance<P, N> {
        IDataMarketInstance::<P, N>::new(address, __provider)
    }
    /**A [`IDataMarket`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`IDataMarket`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IDataMarketInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IDataMarketInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IDataMarketInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        IDataMarketInstance<P, N>
    {
        /**Creates a new wrapper around an on-chain [`IDataMarket`](self) contract instance.

        See the [wrapper's documentation](`IDataMarketInstance`) for more details.*/
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
    impl<P: ::core::clone::Clone, N> IDataMarketInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IDataMarketInstance<P, N> {
            IDataMarketInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        IDataMarketInstance<P, N>
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
        IDataMarketInstance<P, N>
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
library IDataMarket {
    type TradeStatus is uint8;
    struct Request {
        address researcher;
        uint64 deadline;
        uint16 feeBps;
        bool closed;
        bool feesCollected;
        uint96 pricePerRecord;
        uint32 maxRecords;
        uint32 settled;
        uint32 openDisputes;
        uint64 lastSettledAt;
    }
    struct Trade {
        uint96 payout;
        uint64 releaseAt;
        TradeStatus status;
    }
    struct TradeApproval {
        uint256 requestId;
        address seller;
        bytes32 deliveryCommitment;
        uint256 price;
        uint256 nonce;
        uint256 deadline;
    }
}

interface DataMarket {
    error AccessControlBadConfirmation();
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
    error AlreadyClosed(uint256 requestId);
    error AlreadyTraded(uint256 requestId, address seller);
    error ArbitrationWindowOpen(uint64 endsAt);
    error DeadlineNotReached(uint64 deadline);
    error DisputeWindowClosed(uint64 releaseAt);
    error DisputeWindowOpen(uint64 releaseAt);
    error DisputeWindowOutOfBounds(uint64 window);
    error FeeTooHigh(uint16 feeBps);
    error FeesNotCollectable(uint256 requestId);
    error InvalidAccountNonce(address account, uint256 currentNonce);
    error InvalidRequest();
    error InvalidShortString();
    error InvalidSignature(address seller);
    error InvalidTreasury();
    error LengthMismatch();
    error NotAttested(uint256 requestId, address seller);
    error NotResearcher(uint256 requestId, address account);
    error NotVerifiedResearcher(address account);
    error PriceMismatch(uint256 price, uint256 expected);
    error ReentrancyGuardReentrantCall();
    error RequestFull(uint256 requestId);
    error RequestNotOpen(uint256 requestId);
    error RequestTooLong(uint64 deadline, uint64 latest);
    error ResearcherNotVerified(uint256 requestId, address researcher);
    error SafeERC20FailedOperation(address token);
    error SignatureExpired(uint256 deadline);
    error StringTooLong(string str);
    error UnknownRequest(uint256 requestId);
    error WrongTradeStatus(uint256 requestId, address seller, IDataMarket.TradeStatus status);

    event DisputeBondReleased(uint256 indexed requestId, address indexed seller, address indexed to, uint256 amount);
    event DisputeUnresolved(uint256 indexed requestId, address indexed seller);
    event EIP712DomainChanged();
    event FeeSet(uint16 feeBps);
    event FeesCollected(uint256 indexed requestId, address indexed treasury, uint256 amount);
    event RequestClosed(uint256 indexed requestId, uint256 refund);
    event RequestOpened(uint256 indexed requestId, address indexed researcher, bytes32 criteria, uint96 pricePerRecord, uint32 maxRecords, uint64 deadline, uint16 feeBps);
    event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);
    event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
    event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);
    event TradeApprovalCancelled(address indexed seller, uint256 nonce);
    event TradeDisputed(uint256 indexed requestId, address indexed seller, bytes32 reason, uint256 bond, uint64 arbitrationEndsAt);
    event TradePaid(uint256 indexed requestId, address indexed seller, uint256 amount);
    event TradeRefunded(uint256 indexed requestId, address indexed seller, uint256 amount);
    event TradeSettled(uint256 indexed requestId, address indexed seller, bytes32 deliveryCommitment, uint256 nonce, uint64 releaseAt);
    event TreasurySet(address treasury);

    constructor(address admin, address forwarder, address token_, address accounts_, address committee_, address treasury_, uint16 feeBps_, uint64 disputeWindow_);

    function ARBITER_ROLE() external view returns (bytes32);
    function ARBITRATION_WINDOW() external view returns (uint64);
    function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
    function DISPUTE_BOND_BPS() external view returns (uint16);
    function MAX_DISPUTE_WINDOW() external view returns (uint64);
    function MAX_FEE_BPS() external view returns (uint16);
    function MAX_REQUEST_DURATION() external view returns (uint64);
    function MIN_DISPUTE_WINDOW() external view returns (uint64);
    function SALE_ATTESTATION_TYPEHASH() external view returns (bytes32);
    function TRADE_APPROVAL_TYPEHASH() external view returns (bytes32);
    function cancelTradeApproval() external returns (uint256 nonce);
    function claim(uint256 requestId, address seller) external;
    function claimMany(uint256[] memory requestIds, address[] memory sellers) external returns (uint256 paid);
    function close(uint256 requestId) external;
    function collectFees(uint256 requestId) external;
    function committee() external view returns (address);
    function dispute(uint256 requestId, address seller, bytes32 reason) external;
    function disputeWindow() external view returns (uint64);
    function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);
    function fee() external view returns (uint16);
    function getRoleAdmin(bytes32 role) external view returns (bytes32);
    function grantRole(bytes32 role, address account) external;
    function hasRole(bytes32 role, address account) external view returns (bool);
    function isAttested(uint256 requestId, address seller, bytes32 deliveryCommitment, bytes[] memory attestations) external view returns (bool);
    function isTrustedForwarder(address forwarder) external view returns (bool);
    function nonces(address owner) external view returns (uint256);
    function openRequest(bytes32 criteria, uint96 pricePerRecord, uint32 maxRecords, uint64 deadline) external returns (uint256 requestId);
    function openRequestWithPermit(bytes32 criteria, uint96 pricePerRecord, uint32 maxRecords, uint64 deadline, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) external returns (uint256 requestId);
    function refundExpired(uint256 requestId) external;
    function renounceRole(bytes32 role, address callerConfirmation) external;
    function request(uint256 requestId) external view returns (IDataMarket.Request memory);
    function requestCount() external view returns (uint256);
    function resolve(uint256 requestId, address seller, bool paySeller) external;
    function revokeRole(bytes32 role, address account) external;
    function saleAttestationDigest(uint256 requestId, address seller, bytes32 deliveryCommitment) external view returns (bytes32);
    function setFee(uint16 feeBps) external;
    function setTreasury(address treasury_) external;
    function settle(IDataMarket.TradeApproval memory a, bytes memory signature, bytes[] memory attestations) external;
    function settleUnresolved(uint256 requestId, address seller) external;
    function supportsInterface(bytes4 interfaceId) external view returns (bool);
    function token() external view returns (address);
    function trade(uint256 requestId, address seller) external view returns (IDataMarket.Trade memory);
    function tradeApprovalDigest(IDataMarket.TradeApproval memory approval) external view returns (bytes32);
    function treasury() external view returns (address);
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
        "name": "token_",
        "type": "address",
        "internalType": "contract IERC20"
      },
      {
        "name": "accounts_",
        "type": "address",
        "internalType": "contract IAccountRegistry"
      },
      {
        "name": "committee_",
        "type": "address",
        "internalType": "contract IKeyCommittee"
      },
      {
        "name": "treasury_",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "feeBps_",
        "type": "uint16",
        "internalType": "uint16"
      },
      {
        "name": "disputeWindow_",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "ARBITER_ROLE",
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
    "name": "ARBITRATION_WINDOW",
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
    "name": "DISPUTE_BOND_BPS",
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
    "name": "MAX_DISPUTE_WINDOW",
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
    "name": "MAX_FEE_BPS",
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
    "name": "MAX_REQUEST_DURATION",
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
    "name": "MIN_DISPUTE_WINDOW",
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
    "name": "SALE_ATTESTATION_TYPEHASH",
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
    "name": "TRADE_APPROVAL_TYPEHASH",
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
    "name": "cancelTradeApproval",
    "inputs": [],
    "outputs": [
      {
        "name": "nonce",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "claim",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "seller",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "claimMany",
    "inputs": [
      {
        "name": "requestIds",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "sellers",
        "type": "address[]",
        "internalType": "address[]"
      }
    ],
    "outputs": [
      {
        "name": "paid",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "close",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "collectFees",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
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
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "dispute",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "seller",
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
    "name": "disputeWindow",
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
    "name": "eip712Domain",
    "inputs": [],
    "outputs": [
      {
        "name": "fields",
        "type": "bytes1",
        "internalType": "bytes1"
      },
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "version",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "chainId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "verifyingContract",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "extensions",
        "type": "uint256[]",
        "internalType": "uint256[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "fee",
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
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "seller",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "deliveryCommitment",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "attestations",
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
    "name": "nonces",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ],
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
    "name": "openRequest",
    "inputs": [
      {
        "name": "criteria",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "pricePerRecord",
        "type": "uint96",
        "internalType": "uint96"
      },
      {
        "name": "maxRecords",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "deadline",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "openRequestWithPermit",
    "inputs": [
      {
        "name": "criteria",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "pricePerRecord",
        "type": "uint96",
        "internalType": "uint96"
      },
      {
        "name": "maxRecords",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "deadline",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "permitDeadline",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "v",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "r",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "s",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "refundExpired",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
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
    "name": "request",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IDataMarket.Request",
        "components": [
          {
            "name": "researcher",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "feeBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "closed",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "feesCollected",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "pricePerRecord",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "maxRecords",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "settled",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "openDisputes",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "lastSettledAt",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "requestCount",
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
    "name": "resolve",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "seller",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "paySeller",
        "type": "bool",
        "internalType": "bool"
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
    "name": "saleAttestationDigest",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "seller",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "deliveryCommitment",
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
    "name": "setFee",
    "inputs": [
      {
        "name": "feeBps",
        "type": "uint16",
        "internalType": "uint16"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setTreasury",
    "inputs": [
      {
        "name": "treasury_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "settle",
    "inputs": [
      {
        "name": "a",
        "type": "tuple",
        "internalType": "struct IDataMarket.TradeApproval",
        "components": [
          {
            "name": "requestId",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "seller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "deliveryCommitment",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "price",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "nonce",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint256",
            "internalType": "uint256"
          }
        ]
      },
      {
        "name": "signature",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "attestations",
        "type": "bytes[]",
        "internalType": "bytes[]"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "settleUnresolved",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "seller",
        "type": "address",
        "internalType": "address"
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
    "name": "token",
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
    "name": "trade",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "seller",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IDataMarket.Trade",
        "components": [
          {
            "name": "payout",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "releaseAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "status",
            "type": "uint8",
            "internalType": "enum IDataMarket.TradeStatus"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "tradeApprovalDigest",
    "inputs": [
      {
        "name": "approval",
        "type": "tuple",
        "internalType": "struct IDataMarket.TradeApproval",
        "components": [
          {
            "name": "requestId",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "seller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "deliveryCommitment",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "price",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "nonce",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint256",
            "internalType": "uint256"
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
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "treasury",
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
    "name": "DisputeBondReleased",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "seller",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DisputeUnresolved",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "seller",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EIP712DomainChanged",
    "inputs": [],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "FeeSet",
    "inputs": [
      {
        "name": "feeBps",
        "type": "uint16",
        "indexed": false,
        "internalType": "uint16"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "FeesCollected",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "treasury",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RequestClosed",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "refund",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RequestOpened",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "researcher",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "criteria",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "pricePerRecord",
        "type": "uint96",
        "indexed": false,
        "internalType": "uint96"
      },
      {
        "name": "maxRecords",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      },
      {
        "name": "deadline",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "feeBps",
        "type": "uint16",
        "indexed": false,
        "internalType": "uint16"
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
    "type": "event",
    "name": "TradeApprovalCancelled",
    "inputs": [
      {
        "name": "seller",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "nonce",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TradeDisputed",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "seller",
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
        "name": "bond",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "arbitrationEndsAt",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TradePaid",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "seller",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TradeRefunded",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "seller",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TradeSettled",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "seller",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "deliveryCommitment",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "nonce",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "releaseAt",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TreasurySet",
    "inputs": [
      {
        "name": "treasury",
        "type": "address",
        "indexed": false,
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
    "name": "AlreadyClosed",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "AlreadyTraded",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "seller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ArbitrationWindowOpen",
    "inputs": [
      {
        "name": "endsAt",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "DeadlineNotReached",
    "inputs": [
      {
        "name": "deadline",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "DisputeWindowClosed",
    "inputs": [
      {
        "name": "releaseAt",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "DisputeWindowOpen",
    "inputs": [
      {
        "name": "releaseAt",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "DisputeWindowOutOfBounds",
    "inputs": [
      {
        "name": "window",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "FeeTooHigh",
    "inputs": [
      {
        "name": "feeBps",
        "type": "uint16",
        "internalType": "uint16"
      }
    ]
  },
  {
    "type": "error",
    "name": "FeesNotCollectable",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidAccountNonce",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "currentNonce",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidRequest",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidShortString",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidSignature",
    "inputs": [
      {
        "name": "seller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidTreasury",
    "inputs": []
  },
  {
    "type": "error",
    "name": "LengthMismatch",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NotAttested",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "seller",
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
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotVerifiedResearcher",
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
    "name": "PriceMismatch",
    "inputs": [
      {
        "name": "price",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "expected",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ReentrancyGuardReentrantCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "RequestFull",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "RequestNotOpen",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "RequestTooLong",
    "inputs": [
      {
        "name": "deadline",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "latest",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "ResearcherNotVerified",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "researcher",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "SignatureExpired",
    "inputs": [
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "StringTooLong",
    "inputs": [
      {
        "name": "str",
        "type": "string",
        "internalType": "string"
      }
    ]
  },
  {
    "type": "error",
    "name": "UnknownRequest",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WrongTradeStatus",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "seller",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "status",
        "type": "uint8",
        "internalType": "enum IDataMarket.TradeStatus"
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
pub mod DataMarket {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x610200604052348015610010575f5ffd5b50604051614b4c380380614b4c83398101604081905261002f91610442565b60408051808201825260128152711359591d985d5b1d11185d1853585c9ad95d60721b602080830191909152825180840190935260018352603160f81b908301526001600160a01b03891660805290610087826101d2565b61014052610094816101d2565b61016052815160208084019190912061010052815190820120610120524660c0526101226101005161012051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60a05250503060e052620151806001600160401b0382161080610150575062278d006001600160401b038216115b1561017e57604051637965fb0760e01b81526001600160401b03821660048201526024015b60405180910390fd5b6001600160a01b03808716610180528581166101a05284166101c0526001600160401b0381166101e0526101b25f8961020f565b506101bc836102b9565b6101c582610335565b50505050505050506105b8565b5f5f829050601f815111156101fc578260405163305a27a960e01b815260040161017591906104fe565b805161020782610533565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102b0575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102686103b2565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102b3565b505f5b92915050565b6001600160a01b0381166102e0576040516302979eb960e31b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0383169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f906020015b60405180910390a150565b6103e861ffff8216111561036257604051638ea70c0760e01b815261ffff82166004820152602401610175565b6007805461ffff60a01b1916600160a01b61ffff8416908102919091179091556040519081527faab062e3faf62b6c9a0f8e62af66e0310e27127a8c871a67be7dd4d93de6da539060200161032a565b5f6103bb6103c0565b905090565b5f3660148082108015906103d857506103d833610406565b156103fe576103eb36828403815f610559565b6103f491610580565b60601c9250505090565b339250505090565b5f61041060805190565b6001600160a01b0316826001600160a01b0316149050919050565b6001600160a01b038116811461043f575f5ffd5b50565b5f5f5f5f5f5f5f5f610100898b03121561045a575f5ffd5b88516104658161042b565b60208a01519098506104768161042b565b60408a01519097506104878161042b565b60608a01519096506104988161042b565b60808a01519095506104a98161042b565b60a08a01519094506104ba8161042b565b60c08a015190935061ffff811681146104d1575f5ffd5b60e08a01519092506001600160401b03811681146104ed575f5ffd5b809150509295985092959890939650565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610553575f198160200360031b1b821691505b50919050565b5f5f85851115610567575f5ffd5b83861115610573575f5ffd5b5050820193919092039150565b80356001600160601b031981169060148410156105b1576001600160601b0319601485900360031b81901b82161691505b5092915050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e0516144936106b95f395f8181610365015281816119e10152611d8101525f81816108020152818161184f0152611c1d01525f8181610dff015281816115c6015261291301525f81816108c301528181610b9301528181610d5101528181610ef5015281816113c201528181611ed8015281816124f30152818161252d015281816128a701528181612db1015261337b01525f61305301525f61302801525f6138a501525f61387d01525f6137d801525f61380201525f61382c01525f818161047e01528181610503015261359f01526144935ff3fe608060405234801561000f575f5ffd5b50600436106102ee575f3560e01c80638e00555311610192578063d547741f116100e8578063e0a0cf7411610093578063ea06d7e61161006e578063ea06d7e614610887578063f0f44260146108ae578063fc0c546a146108c1575f5ffd5b8063e0a0cf741461084c578063e1c43c7d1461086c578063e6f609ea1461087f575f5ffd5b8063d864e740116100c3578063d864e74014610800578063ddca3f4314610826578063ddd5e1b214610839575f5ffd5b8063d547741f14610635578063d55be8c6146103d3578063d845a4b314610648575f5ffd5b8063a217fddf11610148578063b17acdcd11610123578063b17acdcd14610605578063c55d05f214610618578063cbeab5161461062b575f5ffd5b8063a217fddf146105e1578063a76fb68e146105e8578063a9558041146105fb575f5ffd5b806391d148541161017857806391d1485414610585578063950deb07146105bb578063995ba6a6146105ce575f5ffd5b80638e0055531461055f57806390c733ef14610572575f5ffd5b80634d104adf1161024757806361d027b3116101fd5780637ecebe00116101d85780637ecebe001461052757806380cbc6fa1461053a57806384b0196e14610544575f5ffd5b806361d027b3146104c95780636899d0f5146104ee5780637da0a87714610501575f5ffd5b8063572b6c051161022d578063572b6c051461046e5780635a0d548e146104ae5780635badbe4c146104c1575f5ffd5b80634d104adf1461043c57806352ddde9d14610463575f5ffd5b80631402b17a116102a75780632f2ff15d116102825780632f2ff15d146103ef57806336568abe1461040257806337475c5114610415575f5ffd5b80631402b17a1461039e578063248a9ca3146103b15780632e7333ae146103d3575f5ffd5b80630aebeb4e116102d75780630aebeb4e1461032f57806311542cbb14610342578063117f5f9214610363575f5ffd5b806301ffc9a7146102f2578063048e45ca1461031a575b5f5ffd5b610305610300366004613a1b565b6108e7565b60405190151581526020015b60405180910390f35b61032d610328366004613a7d565b61097f565b005b61032d61033d366004613aba565b610d8d565b610355610350366004613b16565b610ec9565b604051908152602001610311565b7f00000000000000000000000000000000000000000000000000000000000000005b60405167ffffffffffffffff9091168152602001610311565b61032d6103ac366004613aba565b610fe0565b6103556103bf366004613aba565b5f9081526020819052604090206001015490565b6103dc6103e881565b60405161ffff9091168152602001610311565b61032d6103fd366004613b93565b611069565b61032d610410366004613b93565b611093565b6103557fee771110da142601225200672d49fac71838796e8ae47d8a6332dae71cd19db381565b6103557fbb08418a67729a078f87bbc8d02a770929bb68f5bfdf134ae2ead6ed38e2f4ae81565b6103856301e1338081565b61030561047c366004613bbd565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b6103556104bc366004613bd6565b6110ef565b600654610355565b6007546001600160a01b03165b6040516001600160a01b039091168152602001610311565b61032d6104fc366004613bd6565b611103565b7f00000000000000000000000000000000000000000000000000000000000000006104d6565b610355610535366004613bbd565b6113f7565b61038562278d0081565b61054c611414565b6040516103119796959493929190613c55565b61032d61056d366004613d07565b611472565b61032d610580366004613d86565b611489565b610305610593366004613b93565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6103556105c9366004613e37565b611bf1565b6103556105dc366004613e81565b611c10565b6103555f81565b6103056105f6366004613e9b565b611c1a565b6103856212750081565b61032d610613366004613aba565b611cbe565b610355610626366004613ee1565b611f0b565b6103856201518081565b61032d610643366004613b93565b61207b565b6107f3610656366004613aba565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810191909152505f9081526004602090815260409182902082516101408101845281546001600160a01b038116825267ffffffffffffffff600160a01b80830482169584019590955261ffff7c01000000000000000000000000000000000000000000000000000000008304169583019590955260ff7e0100000000000000000000000000000000000000000000000000000000000082048116151560608401527f010000000000000000000000000000000000000000000000000000000000000090910416151560808201526001909101546bffffffffffffffffffffffff811660a083015263ffffffff6c010000000000000000000000008204811660c08401527001000000000000000000000000000000008204811660e0840152928104909216610100820152780100000000000000000000000000000000000000000000000090910490911661012082015290565b6040516103119190613f4d565b7f00000000000000000000000000000000000000000000000000000000000000006104d6565b600754600160a01b900461ffff166103dc565b61032d610847366004613b93565b61209f565b61085f61085a366004613b93565b6121b6565b60405161031191906140ad565b61032d61087a366004613b93565b612271565b610355612561565b6103557f071ca4a2f77d496b321452e3d90a3a641d098dcfcc84a6188b52d27d2938bede81565b61032d6108bc366004613bbd565b6125dc565b7f00000000000000000000000000000000000000000000000000000000000000006104d6565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061097957507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b6109876125ef565b7fbb08418a67729a078f87bbc8d02a770929bb68f5bfdf134ae2ead6ed38e2f4ae6109b181612626565b5f6109bb85612637565b5f8681526005602090815260408083206001600160a01b0389168452909152902090915060028154600160a01b900460ff1660048111156109fe576109fe614047565b14610a4f5780546040517f87af5f6e000000000000000000000000000000000000000000000000000000008152610a469188918891600160a01b900460ff16906004016140ec565b60405180910390fd5b600182018054601490610a6e90600160a01b900463ffffffff1661413c565b91906101000a81548163ffffffff021916908363ffffffff1602179055505f610a968361268d565b90508415610bc3578154740300000000000000000000000000000000000000007fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff82161783556040516bffffffffffffffffffffffff909116808252906001600160a01b0388169089907f43b91a05fa0d756d42ad732428125c0e8d549b56a9ed16092d8582c18a3ed52a9060200160405180910390a3866001600160a01b0316876001600160a01b0316897ff35fe85bd3bea19c454b43074d92e1c62bb87a005a986e0d6adbeb8bb3159b1385604051610b7391815260200190565b60405180910390a4610bba87610b898484614179565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691906126c2565b50505050610d7f565b81547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff1674040000000000000000000000000000000000000000178255600183018054601090610c2c90700100000000000000000000000000000000900463ffffffff1661413c565b825463ffffffff9182166101009390930a9283029190920219909116179055600183015483546bffffffffffffffffffffffff909116906001600160a01b038116905f9060ff7e0100000000000000000000000000000000000000000000000000000000000090910416610ca05783610caa565b610caa8484614179565b9050886001600160a01b03168a7f598cf7b1037a2cbb27645d4ef91a50ab4b13db45cc85ebd8edeea26233ea928885604051610ce891815260200190565b60405180910390a3816001600160a01b0316896001600160a01b03168b7ff35fe85bd3bea19c454b43074d92e1c62bb87a005a986e0d6adbeb8bb3159b1387604051610d3691815260200190565b60405180910390a48015610d7857610d786001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001683836126c2565b5050505050505b50610d88612710565b505050565b610d956125ef565b5f610d9f82612637565b90505f610daa61273a565b82549091506001600160a01b039081169082168114801590610e6857506040517f508f3a370000000000000000000000000000000000000000000000000000000081526001600160a01b0382811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063508f3a3790602401602060405180830381865afa158015610e44573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e68919061418c565b15610eb1576040517ff8b1e2fc000000000000000000000000000000000000000000000000000000008152600481018590526001600160a01b0383166024820152604401610a46565b610ebb8484612748565b505050610ec6612710565b50565b5f610ed26125ef565b5f610ef163ffffffff89166bffffffffffffffffffffffff8b166141a7565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d505accf610f2a61273a565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b039091166004820152306024820152604481018490526064810189905260ff8816608482015260a4810187905260c4810186905260e4015f604051808303815f87803b158015610fab575f5ffd5b505af1925050508015610fbc575060015b50610fc98a8a8a8a6128ce565b915050610fd4612710565b98975050505050505050565b610fe86125ef565b5f610ff282612637565b8054909150600160a01b900467ffffffffffffffff164210156110565780546040517fbd5145db000000000000000000000000000000000000000000000000000000008152600160a01b90910467ffffffffffffffff166004820152602401610a46565b6110608282612748565b50610ec6612710565b5f8281526020819052604090206001015461108381612626565b61108d8383612de4565b50505050565b61109b61273a565b6001600160a01b0316816001600160a01b0316146110e5576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610d888282612eaa565b5f6110fb848484612f67565b949350505050565b61110b6125ef565b5f61111584612637565b90505f61112061273a565b82549091506001600160a01b0380831691161461117b576040517ff8b1e2fc000000000000000000000000000000000000000000000000000000008152600481018690526001600160a01b0382166024820152604401610a46565b5f8581526005602090815260408083206001600160a01b0388168452909152902060018154600160a01b900460ff1660048111156111bb576111bb614047565b146112035780546040517f87af5f6e000000000000000000000000000000000000000000000000000000008152610a469188918891600160a01b900460ff16906004016140ec565b80546c01000000000000000000000000900467ffffffffffffffff1642106112755780546040517f63486c520000000000000000000000000000000000000000000000000000000081526c0100000000000000000000000090910467ffffffffffffffff166004820152602401610a46565b80547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16740200000000000000000000000000000000000000001781555f6112c062127500426141be565b82547fffffffffffffffffffffffff0000000000000000ffffffffffffffffffffffff166c0100000000000000000000000067ffffffffffffffff8316021783556001850180549192509060149061132490600160a01b900463ffffffff166141de565b91906101000a81548163ffffffff021916908363ffffffff1602179055505f61134c8561268d565b9050866001600160a01b0316887fa96190ce1dddfe92a45b22c58ade846c5dc704de59103cee602176cd966f3db78884866040516113a793929190928352602083019190915267ffffffffffffffff16604082015260600190565b60405180910390a380156113ea576113ea6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016853084612fd2565b5050505050610d88612710565b6001600160a01b0381165f90815260036020526040812054610979565b5f6060805f5f5f6060611425613021565b61142d61304c565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b5f61147c81612626565b61148582613077565b5050565b6114916125ef565b5f61149c8635612637565b80549091507e01000000000000000000000000000000000000000000000000000000000000900460ff16806114e357508054600160a01b900467ffffffffffffffff164210155b1561151d576040517f0c43b3c000000000000000000000000000000000000000000000000000000000815286356004820152602401610a46565b600181015463ffffffff6c01000000000000000000000000820481167001000000000000000000000000000000009092041610611589576040517f23c394b200000000000000000000000000000000000000000000000000000000815286356004820152602401610a46565b80546040517f508f3a370000000000000000000000000000000000000000000000000000000081526001600160a01b0391821660048201819052917f0000000000000000000000000000000000000000000000000000000000000000169063508f3a3790602401602060405180830381865afa15801561160b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061162f919061418c565b611677576040517ff2e44060000000000000000000000000000000000000000000000000000000008152873560048201526001600160a01b0382166024820152604401610a46565b60018201546bffffffffffffffffffffffff16606088013581146116d4576040517f3ad7771a0000000000000000000000000000000000000000000000000000000081526060890135600482015260248101829052604401610a46565b8760a00135421115611718576040517fcd21db4f00000000000000000000000000000000000000000000000000000000815260a08901356004820152602401610a46565b87355f90815260056020908152604080832091839161173c91908d01908d01613bbd565b6001600160a01b0316815260208101919091526040015f90812091508154600160a01b900460ff16600481111561177557611775614047565b146117d057883561178c60408b0160208c01613bbd565b6040517fda7b201100000000000000000000000000000000000000000000000000000000815260048101929092526001600160a01b03166024820152604401610a46565b6117f36117e360408b0160208c01613bbd565b6117ec8b61312e565b8a8a6131be565b6118455761180760408a0160208b01613bbd565b6040517fd855c4f40000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610a46565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663f9c815426118938b3561188960408e0160208f01613bbd565b8d60400135612f67565b88886040518463ffffffff1660e01b81526004016118b393929190614249565b602060405180830381865afa1580156118ce573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118f2919061418c565b61194c57883561190860408b0160208c01613bbd565b6040517f832c98fd00000000000000000000000000000000000000000000000000000000815260048101929092526001600160a01b03166024820152604401610a46565b61196961195f60408b0160208c01613bbd565b8a6080013561322a565b60018401805460109061199590700100000000000000000000000000000000900463ffffffff166141de565b91906101000a81548163ffffffff021916908363ffffffff160217905550428460010160186101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055505f7f000000000000000000000000000000000000000000000000000000000000000042611a0b91906141be565b6040805160608101909152865491925090819061271090611a50907c0100000000000000000000000000000000000000000000000000000000900461ffff16876141a7565b611a5a919061432f565b611a649086614367565b6bffffffffffffffffffffffff16815267ffffffffffffffff83166020820152604001600190528a355f9081526005602090815260408083209291611aad918f01908f01613bbd565b6001600160a01b0316815260208082019290925260409081015f20835181549385015167ffffffffffffffff166c01000000000000000000000000027fffffffffffffffffffffffff00000000000000000000000000000000000000009094166bffffffffffffffffffffffff9091161792909217808355908301519082907fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16600160a01b836004811115611b6557611b65614047565b0217905550611b7d91505060408b0160208c01613bbd565b604080518c820135815260808d0135602082015267ffffffffffffffff84168183015290516001600160a01b0392909216918c35917f27df31cbeb7bc474a15c4602c6c367efdd993de37ab895c1e43ae37c3ca35d70919081900360600190a35050505050611bea612710565b5050505050565b5f611bfa6125ef565b611c06858585856128ce565b90506110fb612710565b5f6109798261312e565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663f9c81542611c55888888612f67565b85856040518463ffffffff1660e01b8152600401611c7593929190614249565b602060405180830381865afa158015611c90573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611cb4919061418c565b9695505050505050565b611cc66125ef565b5f611cd082612637565b80549091505f907e01000000000000000000000000000000000000000000000000000000000000900460ff1680611d1957508154600160a01b900467ffffffffffffffff164210155b9050801580611d4c575081547f0100000000000000000000000000000000000000000000000000000000000000900460ff165b80611d6757506001820154600160a01b900463ffffffff1615155b80611dc857506001820154611dc59067ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000008116917801000000000000000000000000000000000000000000000000900416614179565b42105b15611e02576040517fa2f11d5f00000000000000000000000000000000000000000000000000000000815260048101849052602401610a46565b81547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f010000000000000000000000000000000000000000000000000000000000000017825560018201545f9063ffffffff70010000000000000000000000000000000090910416611e7484613295565b611e7e91906141a7565b6007546040518281529192506001600160a01b031690819086907f72015ace03712f361249380657b3d40777dd8f8a686664cab48afd9dbbe4499f9060200160405180910390a38115611eff57611eff6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001682846126c2565b50505050610ec6612710565b5f611f146125ef565b838214611f4d576040517fff633a3800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b84811015612072575f60055f888885818110611f6d57611f6d61437a565b9050602002013581526020019081526020015f205f868685818110611f9457611f9461437a565b9050602002016020810190611fa99190613bbd565b6001600160a01b0316815260208101919091526040015f20905060018154600160a01b900460ff166004811115611fe257611fe2614047565b141580612009575080546c01000000000000000000000000900467ffffffffffffffff1642105b15612014575061206a565b61205d8787848181106120295761202961437a565b905060200201358686858181106120425761204261437a565b90506020020160208101906120579190613bbd565b836132df565b612066836143a7565b9250505b600101611f4f565b506110fb612710565b5f8281526020819052604090206001015461209581612626565b61108d8383612eaa565b6120a76125ef565b5f8281526005602090815260408083206001600160a01b0385168452909152902060018154600160a01b900460ff1660048111156120e7576120e7614047565b1461212f5780546040517f87af5f6e000000000000000000000000000000000000000000000000000000008152610a469185918591600160a01b900460ff16906004016140ec565b80546c01000000000000000000000000900467ffffffffffffffff164210156121a25780546040517f14a30b860000000000000000000000000000000000000000000000000000000081526c0100000000000000000000000090910467ffffffffffffffff166004820152602401610a46565b6121ad8383836132df565b50611485612710565b6121d6604080516060810182525f80825260208201819052909182015290565b5f8381526005602090815260408083206001600160a01b0386168452825291829020825160608101845281546bffffffffffffffffffffffff811682526c01000000000000000000000000810467ffffffffffffffff169382019390935292909190830190600160a01b900460ff16600481111561225657612256614047565b600481111561226757612267614047565b9052509392505050565b6122796125ef565b5f61228383612637565b5f8481526005602090815260408083206001600160a01b0387168452909152902090915060028154600160a01b900460ff1660048111156122c6576122c6614047565b1461230e5780546040517f87af5f6e000000000000000000000000000000000000000000000000000000008152610a469186918691600160a01b900460ff16906004016140ec565b80546c01000000000000000000000000900467ffffffffffffffff164210156123815780546040517f7f3545120000000000000000000000000000000000000000000000000000000081526c0100000000000000000000000090910467ffffffffffffffff166004820152602401610a46565b6001820180546014906123a090600160a01b900463ffffffff1661413c565b825463ffffffff9182166101009390930a928302919092021990911617905580547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff8116740300000000000000000000000000000000000000001782556bffffffffffffffffffffffff165f6124158461268d565b84546040519192506001600160a01b03908116919087169088907f6a5d70931b5a826f679e95681789df097061669d5414a0e528bc680d530ebb1f905f90a3856001600160a01b0316877f43b91a05fa0d756d42ad732428125c0e8d549b56a9ed16092d8582c18a3ed52a8560405161249091815260200190565b60405180910390a3806001600160a01b0316866001600160a01b0316887ff35fe85bd3bea19c454b43074d92e1c62bb87a005a986e0d6adbeb8bb3159b13856040516124de91815260200190565b60405180910390a461251a6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001687856126c2565b8115612554576125546001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001682846126c2565b5050505050611485612710565b5f5f61256b61273a565b9050612593816001600160a01b03165f90815260036020526040902080546001810190915590565b9150806001600160a01b03167fc4e3ade210efaff629e70f7f100174a75021a9be3b38152360585a9c55f9e48e836040516125d091815260200190565b60405180910390a25090565b5f6125e681612626565b611485826133a2565b6125f7613448565b61262460017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906134a1565b565b610ec68161263261273a565b6134a8565b5f81815260046020526040902080546001600160a01b0316612688576040517f1f79bbe700000000000000000000000000000000000000000000000000000000815260048101839052602401610a46565b919050565b60018101545f906bffffffffffffffffffffffff166127106126b16103e8836141a7565b6126bb919061432f565b9392505050565b6126cf8383836001613513565b610d88576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610a46565b6126245f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061261e565b5f61274361358e565b905090565b80547e01000000000000000000000000000000000000000000000000000000000000900460ff16156127a9576040517f5e3e012800000000000000000000000000000000000000000000000000000000815260048101839052602401610a46565b80547fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167e0100000000000000000000000000000000000000000000000000000000000017815560018101545f9061282d9063ffffffff70010000000000000000000000000000000082048116916c010000000000000000000000009004166143de565b60018301546128509163ffffffff16906bffffffffffffffffffffffff166141a7565b82546040518281529192506001600160a01b03169084907f9051726bdcd3fb79dec3e3941c5878e791eb6f71954ee836c084abe394d5ab529060200160405180910390a2811561108d5761108d6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001682846126c2565b5f5f6128d861273a565b6040517f508f3a370000000000000000000000000000000000000000000000000000000081526001600160a01b0380831660048301529192507f00000000000000000000000000000000000000000000000000000000000000009091169063508f3a3790602401602060405180830381865afa15801561295a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061297e919061418c565b6129bf576040517f029ef8ed0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610a46565b6bffffffffffffffffffffffff851615806129de575063ffffffff8416155b806129f35750428367ffffffffffffffff1611155b15612a2a576040517f41abc80100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f612a396301e13380426141be565b90508067ffffffffffffffff168467ffffffffffffffff161115612a9d576040517f9a09d8e000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808616600483015282166024820152604401610a46565b60065f8154612aab906143a7565b91905081905592505f600760149054906101000a900461ffff169050604051806101400160405280846001600160a01b031681526020018667ffffffffffffffff1681526020018261ffff1681526020015f151581526020015f15158152602001886bffffffffffffffffffffffff1681526020018763ffffffff1681526020015f63ffffffff1681526020015f63ffffffff1681526020015f67ffffffffffffffff1681525060045f8681526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055506040820151815f01601c6101000a81548161ffff021916908361ffff1602179055506060820151815f01601e6101000a81548160ff0219169083151502179055506080820151815f01601f6101000a81548160ff02191690831515021790555060a0820151816001015f6101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff16021790555060c082015181600101600c6101000a81548163ffffffff021916908363ffffffff16021790555060e08201518160010160106101000a81548163ffffffff021916908363ffffffff1602179055506101008201518160010160146101000a81548163ffffffff021916908363ffffffff1602179055506101208201518160010160186101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550905050826001600160a01b0316847f17d1e0cb7dbc8ead2a93b4dd6d1c1ea4a43f27d7287ba75f7944a11870c3cf688a8a8a8a87604051612d7c9594939291909485526bffffffffffffffffffffffff93909316602085015263ffffffff91909116604084015267ffffffffffffffff16606083015261ffff16608082015260a00190565b60405180910390a3612dd98330612da763ffffffff8a166bffffffffffffffffffffffff8c166141a7565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016929190612fd2565b505050949350505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16612ea3575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055612e5b61273a565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610979565b505f610979565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615612ea3575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00169055612f1f61273a565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a4506001610979565b604080517fee771110da142601225200672d49fac71838796e8ae47d8a6332dae71cd19db360208201529081018490526001600160a01b0383166060820152608081018290525f906110fb9060a0015b604051602081830303815290604052805190602001206135f8565b612fe084848484600161363f565b61108d576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610a46565b60606127437f00000000000000000000000000000000000000000000000000000000000000006136c5565b60606127437f00000000000000000000000000000000000000000000000000000000000000006136c5565b6103e861ffff821611156130bd576040517f8ea70c0700000000000000000000000000000000000000000000000000000000815261ffff82166004820152602401610a46565b600780547fffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffff16600160a01b61ffff8416908102919091179091556040519081527faab062e3faf62b6c9a0f8e62af66e0310e27127a8c871a67be7dd4d93de6da53906020015b60405180910390a150565b5f6109797f071ca4a2f77d496b321452e3d90a3a641d098dcfcc84a6188b52d27d2938bede83356131656040860160208701613bbd565b604080516020810194909452838101929092526001600160a01b0316606083810191909152908501356080838101919091529085013560a0838101919091529085013560c083015284013560e082015261010001612fb7565b5f5f5f6131cc868686613702565b5090925090505f8160038111156131e5576131e5614047565b1480156132035750866001600160a01b0316826001600160a01b0316145b15613213576001925050506110fb565b61321f87878787613749565b979650505050505050565b6001600160a01b0382165f908152600360205260409020805460018101909155818114610d88576040517f752d88c00000000000000000000000000000000000000000000000000000000081526001600160a01b038416600482015260248101829052604401610a46565b600181015481545f916bffffffffffffffffffffffff1690612710906126b1907c0100000000000000000000000000000000000000000000000000000000900461ffff16836141a7565b8054740300000000000000000000000000000000000000007fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff82161782556040516bffffffffffffffffffffffff909116808252906001600160a01b0384169085907f43b91a05fa0d756d42ad732428125c0e8d549b56a9ed16092d8582c18a3ed52a9060200160405180910390a361108d6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001684836126c2565b6001600160a01b0381166133e2576040517f14bcf5c800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600780547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f90602001613123565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15612624576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16611485576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610a46565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613582578383151615613576573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f3660148082108015906135ca57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b156135f0576135dd36828403815f6143fa565b6135e691614421565b60601c9250505090565b339250505090565b5f6109796136046137cc565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166136b45783831516156136a8573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60605f6136d1836138f5565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80806041849003613736578435602086013560408701355f1a61372889828585613935565b955095509550505050613740565b505f915060029050825b93509350939050565b604080517f1626ba7e00000000000000000000000000000000000000000000000000000000808252600482018690526024820192909252604481018390525f91908390818660648301375f82606483010152601f820160051c60051b915060205f60648401838b5afa9050825f5114601f3d111681169350505050949350505050565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561382457507f000000000000000000000000000000000000000000000000000000000000000046145b1561384e57507f000000000000000000000000000000000000000000000000000000000000000090565b612743604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f60ff8216601f811115610979576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561396e57505f91506003905082613a11565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156139bf573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001519150506001600160a01b038116613a0857505f925060019150829050613a11565b92505f91508190505b9450945094915050565b5f60208284031215613a2b575f5ffd5b81357fffffffff00000000000000000000000000000000000000000000000000000000811681146126bb575f5ffd5b80356001600160a01b0381168114612688575f5ffd5b8015158114610ec6575f5ffd5b5f5f5f60608486031215613a8f575f5ffd5b83359250613a9f60208501613a5a565b91506040840135613aaf81613a70565b809150509250925092565b5f60208284031215613aca575f5ffd5b5035919050565b80356bffffffffffffffffffffffff81168114612688575f5ffd5b803563ffffffff81168114612688575f5ffd5b803567ffffffffffffffff81168114612688575f5ffd5b5f5f5f5f5f5f5f5f610100898b031215613b2e575f5ffd5b88359750613b3e60208a01613ad1565b9650613b4c60408a01613aec565b9550613b5a60608a01613aff565b94506080890135935060a089013560ff81168114613b76575f5ffd5b979a969950949793969295929450505060c08201359160e0013590565b5f5f60408385031215613ba4575f5ffd5b82359150613bb460208401613a5a565b90509250929050565b5f60208284031215613bcd575f5ffd5b6126bb82613a5a565b5f5f5f60608486031215613be8575f5ffd5b83359250613bf860208501613a5a565b929592945050506040919091013590565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f613c8f60e0830189613c09565b8281036040840152613ca18189613c09565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015613cf6578351835260209384019390920191600101613cd8565b50909b9a5050505050505050505050565b5f60208284031215613d17575f5ffd5b813561ffff811681146126bb575f5ffd5b5f60c08284031215613d38575f5ffd5b50919050565b5f5f83601f840112613d4e575f5ffd5b50813567ffffffffffffffff811115613d65575f5ffd5b6020830191508360208260051b8501011115613d7f575f5ffd5b9250929050565b5f5f5f5f5f6101008688031215613d9b575f5ffd5b613da58787613d28565b945060c086013567ffffffffffffffff811115613dc0575f5ffd5b8601601f81018813613dd0575f5ffd5b803567ffffffffffffffff811115613de6575f5ffd5b886020828401011115613df7575f5ffd5b6020919091019450925060e086013567ffffffffffffffff811115613e1a575f5ffd5b613e2688828901613d3e565b969995985093965092949392505050565b5f5f5f5f60808587031215613e4a575f5ffd5b84359350613e5a60208601613ad1565b9250613e6860408601613aec565b9150613e7660608601613aff565b905092959194509250565b5f60c08284031215613e91575f5ffd5b6126bb8383613d28565b5f5f5f5f5f60808688031215613eaf575f5ffd5b85359450613ebf60208701613a5a565b935060408601359250606086013567ffffffffffffffff811115613e1a575f5ffd5b5f5f5f5f60408587031215613ef4575f5ffd5b843567ffffffffffffffff811115613f0a575f5ffd5b613f1687828801613d3e565b909550935050602085013567ffffffffffffffff811115613f35575f5ffd5b613f4187828801613d3e565b95989497509550505050565b81516001600160a01b0316815261014081016020830151613f7a602084018267ffffffffffffffff169052565b506040830151613f90604084018261ffff169052565b506060830151613fa4606084018215159052565b506080830151613fb8608084018215159052565b5060a0830151613fd860a08401826bffffffffffffffffffffffff169052565b5060c0830151613ff060c084018263ffffffff169052565b5060e083015161400860e084018263ffffffff169052565b5061010083015161402261010084018263ffffffff169052565b5061012083015161404061012084018267ffffffffffffffff169052565b5092915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600581106140a9577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b5f6060820190506bffffffffffffffffffffffff835116825267ffffffffffffffff602084015116602083015260408301516140406040840182614074565b8381526001600160a01b0383166020820152606081016110fb6040830184614074565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f63ffffffff8216806141515761415161410f565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0192915050565b808201808211156109795761097961410f565b5f6020828403121561419c575f5ffd5b81516126bb81613a70565b80820281158282048414176109795761097961410f565b67ffffffffffffffff81811683821601908111156109795761097961410f565b5f63ffffffff821663ffffffff81036141f9576141f961410f565b60010192915050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b5f60408201858352604060208401528084825260608401905060608560051b8501019150855f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1883603015b87821015614321577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa087860301845282358181126142d1575f5ffd5b890160208101903567ffffffffffffffff8111156142ed575f5ffd5b8036038213156142fb575f5ffd5b614306878284614202565b96505050602083019250602084019350600182019150614295565b509298975050505050505050565b5f82614362577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b818103818111156109795761097961410f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036143d7576143d761410f565b5060010190565b63ffffffff82811682821603908111156109795761097961410f565b5f5f85851115614408575f5ffd5b83861115614414575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015614040577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b8216169150509291505056fea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x02\0`@R4\x80\x15a\0\x10W__\xFD[P`@QaKL8\x03\x80aKL\x839\x81\x01`@\x81\x90Ra\0/\x91a\x04BV[`@\x80Q\x80\x82\x01\x82R`\x12\x81Rq\x13YY\x1D\x98][\x1D\x11\x18]\x18SX\\\x9A\xD9]`r\x1B` \x80\x83\x01\x91\x90\x91R\x82Q\x80\x84\x01\x90\x93R`\x01\x83R`1`\xF8\x1B\x90\x83\x01R`\x01`\x01`\xA0\x1B\x03\x89\x16`\x80R\x90a\0\x87\x82a\x01\xD2V[a\x01@Ra\0\x94\x81a\x01\xD2V[a\x01`R\x81Q` \x80\x84\x01\x91\x90\x91 a\x01\0R\x81Q\x90\x82\x01 a\x01 RF`\xC0Ra\x01\"a\x01\0Qa\x01 Q`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x90\x81\x01\x92\x90\x92R``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[`\xA0RPP0`\xE0Rb\x01Q\x80`\x01`\x01`@\x1B\x03\x82\x16\x10\x80a\x01PWPb'\x8D\0`\x01`\x01`@\x1B\x03\x82\x16\x11[\x15a\x01~W`@Qcye\xFB\x07`\xE0\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x80\x87\x16a\x01\x80R\x85\x81\x16a\x01\xA0R\x84\x16a\x01\xC0R`\x01`\x01`@\x1B\x03\x81\x16a\x01\xE0Ra\x01\xB2_\x89a\x02\x0FV[Pa\x01\xBC\x83a\x02\xB9V[a\x01\xC5\x82a\x035V[PPPPPPPPa\x05\xB8V[__\x82\x90P`\x1F\x81Q\x11\x15a\x01\xFCW\x82`@Qc0Z'\xA9`\xE0\x1B\x81R`\x04\x01a\x01u\x91\x90a\x04\xFEV[\x80Qa\x02\x07\x82a\x053V[\x17\x93\x92PPPV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x02\xB0W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\x02ha\x03\xB2V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x02\xB3V[P_[\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16a\x02\xE0W`@Qc\x02\x97\x9E\xB9`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x07\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F<\x86EA\xEFq7\x8Cb)Q\x0E\xD9\x0F7ee\xEEB\xD9\xC5\xE0\x90J\x98J\x9E\x86>m\xB4O\x90` \x01[`@Q\x80\x91\x03\x90\xA1PV[a\x03\xE8a\xFF\xFF\x82\x16\x11\x15a\x03bW`@Qc\x8E\xA7\x0C\x07`\xE0\x1B\x81Ra\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x01uV[`\x07\x80Ta\xFF\xFF`\xA0\x1B\x19\x16`\x01`\xA0\x1Ba\xFF\xFF\x84\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x90\x81R\x7F\xAA\xB0b\xE3\xFA\xF6+l\x9A\x0F\x8Eb\xAFf\xE01\x0E'\x12z\x8C\x87\x1Ag\xBE}\xD4\xD9=\xE6\xDAS\x90` \x01a\x03*V[_a\x03\xBBa\x03\xC0V[\x90P\x90V[_6`\x14\x80\x82\x10\x80\x15\x90a\x03\xD8WPa\x03\xD83a\x04\x06V[\x15a\x03\xFEWa\x03\xEB6\x82\x84\x03\x81_a\x05YV[a\x03\xF4\x91a\x05\x80V[``\x1C\x92PPP\x90V[3\x92PPP\x90V[_a\x04\x10`\x80Q\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14\x90P\x91\x90PV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x04?W__\xFD[PV[________a\x01\0\x89\x8B\x03\x12\x15a\x04ZW__\xFD[\x88Qa\x04e\x81a\x04+V[` \x8A\x01Q\x90\x98Pa\x04v\x81a\x04+V[`@\x8A\x01Q\x90\x97Pa\x04\x87\x81a\x04+V[``\x8A\x01Q\x90\x96Pa\x04\x98\x81a\x04+V[`\x80\x8A\x01Q\x90\x95Pa\x04\xA9\x81a\x04+V[`\xA0\x8A\x01Q\x90\x94Pa\x04\xBA\x81a\x04+V[`\xC0\x8A\x01Q\x90\x93Pa\xFF\xFF\x81\x16\x81\x14a\x04\xD1W__\xFD[`\xE0\x8A\x01Q\x90\x92P`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x04\xEDW__\xFD[\x80\x91PP\x92\x95\x98P\x92\x95\x98\x90\x93\x96PV[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[\x80Q` \x80\x83\x01Q\x91\x90\x81\x10\x15a\x05SW_\x19\x81` \x03`\x03\x1B\x1B\x82\x16\x91P[P\x91\x90PV[__\x85\x85\x11\x15a\x05gW__\xFD[\x83\x86\x11\x15a\x05sW__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805`\x01`\x01``\x1B\x03\x19\x81\x16\x90`\x14\x84\x10\x15a\x05\xB1W`\x01`\x01``\x1B\x03\x19`\x14\x85\x90\x03`\x03\x1B\x81\x90\x1B\x82\x16\x16\x91P[P\x92\x91PPV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0Qa\x01 Qa\x01@Qa\x01`Qa\x01\x80Qa\x01\xA0Qa\x01\xC0Qa\x01\xE0QaD\x93a\x06\xB9_9_\x81\x81a\x03e\x01R\x81\x81a\x19\xE1\x01Ra\x1D\x81\x01R_\x81\x81a\x08\x02\x01R\x81\x81a\x18O\x01Ra\x1C\x1D\x01R_\x81\x81a\r\xFF\x01R\x81\x81a\x15\xC6\x01Ra)\x13\x01R_\x81\x81a\x08\xC3\x01R\x81\x81a\x0B\x93\x01R\x81\x81a\rQ\x01R\x81\x81a\x0E\xF5\x01R\x81\x81a\x13\xC2\x01R\x81\x81a\x1E\xD8\x01R\x81\x81a$\xF3\x01R\x81\x81a%-\x01R\x81\x81a(\xA7\x01R\x81\x81a-\xB1\x01Ra3{\x01R_a0S\x01R_a0(\x01R_a8\xA5\x01R_a8}\x01R_a7\xD8\x01R_a8\x02\x01R_a8,\x01R_\x81\x81a\x04~\x01R\x81\x81a\x05\x03\x01Ra5\x9F\x01RaD\x93_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x02\xEEW_5`\xE0\x1C\x80c\x8E\0US\x11a\x01\x92W\x80c\xD5Gt\x1F\x11a\0\xE8W\x80c\xE0\xA0\xCFt\x11a\0\x93W\x80c\xEA\x06\xD7\xE6\x11a\0nW\x80c\xEA\x06\xD7\xE6\x14a\x08\x87W\x80c\xF0\xF4B`\x14a\x08\xAEW\x80c\xFC\x0CTj\x14a\x08\xC1W__\xFD[\x80c\xE0\xA0\xCFt\x14a\x08LW\x80c\xE1\xC4<}\x14a\x08lW\x80c\xE6\xF6\t\xEA\x14a\x08\x7FW__\xFD[\x80c\xD8d\xE7@\x11a\0\xC3W\x80c\xD8d\xE7@\x14a\x08\0W\x80c\xDD\xCA?C\x14a\x08&W\x80c\xDD\xD5\xE1\xB2\x14a\x089W__\xFD[\x80c\xD5Gt\x1F\x14a\x065W\x80c\xD5[\xE8\xC6\x14a\x03\xD3W\x80c\xD8E\xA4\xB3\x14a\x06HW__\xFD[\x80c\xA2\x17\xFD\xDF\x11a\x01HW\x80c\xB1z\xCD\xCD\x11a\x01#W\x80c\xB1z\xCD\xCD\x14a\x06\x05W\x80c\xC5]\x05\xF2\x14a\x06\x18W\x80c\xCB\xEA\xB5\x16\x14a\x06+W__\xFD[\x80c\xA2\x17\xFD\xDF\x14a\x05\xE1W\x80c\xA7o\xB6\x8E\x14a\x05\xE8W\x80c\xA9U\x80A\x14a\x05\xFBW__\xFD[\x80c\x91\xD1HT\x11a\x01xW\x80c\x91\xD1HT\x14a\x05\x85W\x80c\x95\r\xEB\x07\x14a\x05\xBBW\x80c\x99[\xA6\xA6\x14a\x05\xCEW__\xFD[\x80c\x8E\0US\x14a\x05_W\x80c\x90\xC73\xEF\x14a\x05rW__\xFD[\x80cM\x10J\xDF\x11a\x02GW\x80ca\xD0'\xB3\x11a\x01\xFDW\x80c~\xCE\xBE\0\x11a\x01\xD8W\x80c~\xCE\xBE\0\x14a\x05'W\x80c\x80\xCB\xC6\xFA\x14a\x05:W\x80c\x84\xB0\x19n\x14a\x05DW__\xFD[\x80ca\xD0'\xB3\x14a\x04\xC9W\x80ch\x99\xD0\xF5\x14a\x04\xEEW\x80c}\xA0\xA8w\x14a\x05\x01W__\xFD[\x80cW+l\x05\x11a\x02-W\x80cW+l\x05\x14a\x04nW\x80cZ\rT\x8E\x14a\x04\xAEW\x80c[\xAD\xBEL\x14a\x04\xC1W__\xFD[\x80cM\x10J\xDF\x14a\x04<W\x80cR\xDD\xDE\x9D\x14a\x04cW__\xFD[\x80c\x14\x02\xB1z\x11a\x02\xA7W\x80c//\xF1]\x11a\x02\x82W\x80c//\xF1]\x14a\x03\xEFW\x80c6V\x8A\xBE\x14a\x04\x02W\x80c7G\\Q\x14a\x04\x15W__\xFD[\x80c\x14\x02\xB1z\x14a\x03\x9EW\x80c$\x8A\x9C\xA3\x14a\x03\xB1W\x80c.s3\xAE\x14a\x03\xD3W__\xFD[\x80c\n\xEB\xEBN\x11a\x02\xD7W\x80c\n\xEB\xEBN\x14a\x03/W\x80c\x11T,\xBB\x14a\x03BW\x80c\x11\x7F_\x92\x14a\x03cW__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x02\xF2W\x80c\x04\x8EE\xCA\x14a\x03\x1AW[__\xFD[a\x03\x05a\x03\x006`\x04a:\x1BV[a\x08\xE7V[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x03-a\x03(6`\x04a:}V[a\t\x7FV[\0[a\x03-a\x03=6`\x04a:\xBAV[a\r\x8DV[a\x03Ua\x03P6`\x04a;\x16V[a\x0E\xC9V[`@Q\x90\x81R` \x01a\x03\x11V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x03\x11V[a\x03-a\x03\xAC6`\x04a:\xBAV[a\x0F\xE0V[a\x03Ua\x03\xBF6`\x04a:\xBAV[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[a\x03\xDCa\x03\xE8\x81V[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x03\x11V[a\x03-a\x03\xFD6`\x04a;\x93V[a\x10iV[a\x03-a\x04\x106`\x04a;\x93V[a\x10\x93V[a\x03U\x7F\xEEw\x11\x10\xDA\x14&\x01\"R\0g-I\xFA\xC7\x188yn\x8A\xE4}\x8Ac2\xDA\xE7\x1C\xD1\x9D\xB3\x81V[a\x03U\x7F\xBB\x08A\x8Agr\x9A\x07\x8F\x87\xBB\xC8\xD0*w\t)\xBBh\xF5\xBF\xDF\x13J\xE2\xEA\xD6\xED8\xE2\xF4\xAE\x81V[a\x03\x85c\x01\xE13\x80\x81V[a\x03\x05a\x04|6`\x04a;\xBDV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x91\x16\x14\x90V[a\x03Ua\x04\xBC6`\x04a;\xD6V[a\x10\xEFV[`\x06Ta\x03UV[`\x07T`\x01`\x01`\xA0\x1B\x03\x16[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x03\x11V[a\x03-a\x04\xFC6`\x04a;\xD6V[a\x11\x03V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x04\xD6V[a\x03Ua\x0556`\x04a;\xBDV[a\x13\xF7V[a\x03\x85b'\x8D\0\x81V[a\x05La\x14\x14V[`@Qa\x03\x11\x97\x96\x95\x94\x93\x92\x91\x90a<UV[a\x03-a\x05m6`\x04a=\x07V[a\x14rV[a\x03-a\x05\x806`\x04a=\x86V[a\x14\x89V[a\x03\x05a\x05\x936`\x04a;\x93V[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x03Ua\x05\xC96`\x04a>7V[a\x1B\xF1V[a\x03Ua\x05\xDC6`\x04a>\x81V[a\x1C\x10V[a\x03U_\x81V[a\x03\x05a\x05\xF66`\x04a>\x9BV[a\x1C\x1AV[a\x03\x85b\x12u\0\x81V[a\x03-a\x06\x136`\x04a:\xBAV[a\x1C\xBEV[a\x03Ua\x06&6`\x04a>\xE1V[a\x1F\x0BV[a\x03\x85b\x01Q\x80\x81V[a\x03-a\x06C6`\x04a;\x93V[a {V[a\x07\xF3a\x06V6`\x04a:\xBAV[`@\x80Qa\x01@\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x91\x90\x91RP_\x90\x81R`\x04` \x90\x81R`@\x91\x82\x90 \x82Qa\x01@\x81\x01\x84R\x81T`\x01`\x01`\xA0\x1B\x03\x81\x16\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x80\x83\x04\x82\x16\x95\x84\x01\x95\x90\x95Ra\xFF\xFF|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x04\x16\x95\x83\x01\x95\x90\x95R`\xFF~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x15\x15``\x84\x01R\x7F\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16\x15\x15`\x80\x82\x01R`\x01\x90\x91\x01Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16`\xA0\x83\x01Rc\xFF\xFF\xFF\xFFl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16`\xC0\x84\x01Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16`\xE0\x84\x01R\x92\x81\x04\x90\x92\x16a\x01\0\x82\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x90\x91\x16a\x01 \x82\x01R\x90V[`@Qa\x03\x11\x91\x90a?MV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x04\xD6V[`\x07T`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16a\x03\xDCV[a\x03-a\x08G6`\x04a;\x93V[a \x9FV[a\x08_a\x08Z6`\x04a;\x93V[a!\xB6V[`@Qa\x03\x11\x91\x90a@\xADV[a\x03-a\x08z6`\x04a;\x93V[a\"qV[a\x03Ua%aV[a\x03U\x7F\x07\x1C\xA4\xA2\xF7}Ik2\x14R\xE3\xD9\n:d\x1D\t\x8D\xCF\xCC\x84\xA6\x18\x8BR\xD2})8\xBE\xDE\x81V[a\x03-a\x08\xBC6`\x04a;\xBDV[a%\xDCV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x04\xD6V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\tyWP\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x14[\x92\x91PPV[a\t\x87a%\xEFV[\x7F\xBB\x08A\x8Agr\x9A\x07\x8F\x87\xBB\xC8\xD0*w\t)\xBBh\xF5\xBF\xDF\x13J\xE2\xEA\xD6\xED8\xE2\xF4\xAEa\t\xB1\x81a&&V[_a\t\xBB\x85a&7V[_\x86\x81R`\x05` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x89\x16\x84R\x90\x91R\x90 \x90\x91P`\x02\x81T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\t\xFEWa\t\xFEa@GV[\x14a\nOW\x80T`@Q\x7F\x87\xAF_n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\nF\x91\x88\x91\x88\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01a@\xECV[`@Q\x80\x91\x03\x90\xFD[`\x01\x82\x01\x80T`\x14\x90a\nn\x90`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16aA<V[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP_a\n\x96\x83a&\x8DV[\x90P\x84\x15a\x0B\xC3W\x81Tt\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x17\x83U`@Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x80\x82R\x90`\x01`\x01`\xA0\x1B\x03\x88\x16\x90\x89\x90\x7FC\xB9\x1A\x05\xFA\rumB\xADs$(\x12\\\x0E\x8DT\x9BV\xA9\xED\x16\t-\x85\x82\xC1\x8A>\xD5*\x90` \x01`@Q\x80\x91\x03\x90\xA3\x86`\x01`\x01`\xA0\x1B\x03\x16\x87`\x01`\x01`\xA0\x1B\x03\x16\x89\x7F\xF3_\xE8[\xD3\xBE\xA1\x9CEKC\x07M\x92\xE1\xC6+\xB8z\0Z\x98n\rj\xDB\xEB\x8B\xB3\x15\x9B\x13\x85`@Qa\x0Bs\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA4a\x0B\xBA\x87a\x0B\x89\x84\x84aAyV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91\x90a&\xC2V[PPPPa\r\x7FV[\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x04\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x82U`\x01\x83\x01\x80T`\x10\x90a\x0C,\x90p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16aA<V[\x82Tc\xFF\xFF\xFF\xFF\x91\x82\x16a\x01\0\x93\x90\x93\n\x92\x83\x02\x91\x90\x92\x02\x19\x90\x91\x16\x17\x90U`\x01\x83\x01T\x83Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x90`\x01`\x01`\xA0\x1B\x03\x81\x16\x90_\x90`\xFF~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16a\x0C\xA0W\x83a\x0C\xAAV[a\x0C\xAA\x84\x84aAyV[\x90P\x88`\x01`\x01`\xA0\x1B\x03\x16\x8A\x7FY\x8C\xF7\xB1\x03z,\xBB'd]N\xF9\x1AP\xABK\x13\xDBE\xCC\x85\xEB\xD8\xED\xEE\xA2b3\xEA\x92\x88\x85`@Qa\x0C\xE8\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3\x81`\x01`\x01`\xA0\x1B\x03\x16\x89`\x01`\x01`\xA0\x1B\x03\x16\x8B\x7F\xF3_\xE8[\xD3\xBE\xA1\x9CEKC\x07M\x92\xE1\xC6+\xB8z\0Z\x98n\rj\xDB\xEB\x8B\xB3\x15\x9B\x13\x87`@Qa\r6\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA4\x80\x15a\rxWa\rx`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83\x83a&\xC2V[PPPPPP[Pa\r\x88a'\x10V[PPPV[a\r\x95a%\xEFV[_a\r\x9F\x82a&7V[\x90P_a\r\xAAa':V[\x82T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x90\x82\x16\x81\x14\x80\x15\x90a\x0EhWP`@Q\x7FP\x8F:7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cP\x8F:7\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0EDW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0Eh\x91\x90aA\x8CV[\x15a\x0E\xB1W`@Q\x7F\xF8\xB1\xE2\xFC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`\x01`\x01`\xA0\x1B\x03\x83\x16`$\x82\x01R`D\x01a\nFV[a\x0E\xBB\x84\x84a'HV[PPPa\x0E\xC6a'\x10V[PV[_a\x0E\xD2a%\xEFV[_a\x0E\xF1c\xFF\xFF\xFF\xFF\x89\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16aA\xA7V[\x90P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xD5\x05\xAC\xCFa\x0F*a':V[`@Q\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0\x84\x90\x1B\x16\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R0`$\x82\x01R`D\x81\x01\x84\x90R`d\x81\x01\x89\x90R`\xFF\x88\x16`\x84\x82\x01R`\xA4\x81\x01\x87\x90R`\xC4\x81\x01\x86\x90R`\xE4\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x0F\xABW__\xFD[PZ\xF1\x92PPP\x80\x15a\x0F\xBCWP`\x01[Pa\x0F\xC9\x8A\x8A\x8A\x8Aa(\xCEV[\x91PPa\x0F\xD4a'\x10V[\x98\x97PPPPPPPPV[a\x0F\xE8a%\xEFV[_a\x0F\xF2\x82a&7V[\x80T\x90\x91P`\x01`\xA0\x1B\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a\x10VW\x80T`@Q\x7F\xBDQE\xDB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\xA0\x1B\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R`$\x01a\nFV[a\x10`\x82\x82a'HV[Pa\x0E\xC6a'\x10V[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x10\x83\x81a&&V[a\x10\x8D\x83\x83a-\xE4V[PPPPV[a\x10\x9Ba':V[`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14a\x10\xE5W`@Q\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\r\x88\x82\x82a.\xAAV[_a\x10\xFB\x84\x84\x84a/gV[\x94\x93PPPPV[a\x11\x0Ba%\xEFV[_a\x11\x15\x84a&7V[\x90P_a\x11 a':V[\x82T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x80\x83\x16\x91\x16\x14a\x11{W`@Q\x7F\xF8\xB1\xE2\xFC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`\x01`\x01`\xA0\x1B\x03\x82\x16`$\x82\x01R`D\x01a\nFV[_\x85\x81R`\x05` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x88\x16\x84R\x90\x91R\x90 `\x01\x81T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\x11\xBBWa\x11\xBBa@GV[\x14a\x12\x03W\x80T`@Q\x7F\x87\xAF_n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\nF\x91\x88\x91\x88\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01a@\xECV[\x80Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10a\x12uW\x80T`@Q\x7FcHlR\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R`$\x01a\nFV[\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x81U_a\x12\xC0b\x12u\0BaA\xBEV[\x82T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16l\x01\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x02\x17\x83U`\x01\x85\x01\x80T\x91\x92P\x90`\x14\x90a\x13$\x90`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16aA\xDEV[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP_a\x13L\x85a&\x8DV[\x90P\x86`\x01`\x01`\xA0\x1B\x03\x16\x88\x7F\xA9a\x90\xCE\x1D\xDD\xFE\x92\xA4[\"\xC5\x8A\xDE\x84l]\xC7\x04\xDEY\x10<\xEE`!v\xCD\x96o=\xB7\x88\x84\x86`@Qa\x13\xA7\x93\x92\x91\x90\x92\x83R` \x83\x01\x91\x90\x91Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`@\x82\x01R``\x01\x90V[`@Q\x80\x91\x03\x90\xA3\x80\x15a\x13\xEAWa\x13\xEA`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x850\x84a/\xD2V[PPPPPa\r\x88a'\x10V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x03` R`@\x81 Ta\tyV[_``\x80___``a\x14%a0!V[a\x14-a0LV[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[_a\x14|\x81a&&V[a\x14\x85\x82a0wV[PPV[a\x14\x91a%\xEFV[_a\x14\x9C\x865a&7V[\x80T\x90\x91P~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x80a\x14\xE3WP\x80T`\x01`\xA0\x1B\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x15\x1DW`@Q\x7F\x0CC\xB3\xC0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x865`\x04\x82\x01R`$\x01a\nFV[`\x01\x81\x01Tc\xFF\xFF\xFF\xFFl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x16\x10a\x15\x89W`@Q\x7F#\xC3\x94\xB2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x865`\x04\x82\x01R`$\x01a\nFV[\x80T`@Q\x7FP\x8F:7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x91\x82\x16`\x04\x82\x01\x81\x90R\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cP\x8F:7\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x16\x0BW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x16/\x91\x90aA\x8CV[a\x16wW`@Q\x7F\xF2\xE4@`\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x875`\x04\x82\x01R`\x01`\x01`\xA0\x1B\x03\x82\x16`$\x82\x01R`D\x01a\nFV[`\x01\x82\x01Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16``\x88\x015\x81\x14a\x16\xD4W`@Q\x7F:\xD7w\x1A\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R``\x89\x015`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\nFV[\x87`\xA0\x015B\x11\x15a\x17\x18W`@Q\x7F\xCD!\xDBO\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xA0\x89\x015`\x04\x82\x01R`$\x01a\nFV[\x875_\x90\x81R`\x05` \x90\x81R`@\x80\x83 \x91\x83\x91a\x17<\x91\x90\x8D\x01\x90\x8D\x01a;\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_\x90\x81 \x91P\x81T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\x17uWa\x17ua@GV[\x14a\x17\xD0W\x885a\x17\x8C`@\x8B\x01` \x8C\x01a;\xBDV[`@Q\x7F\xDA{ \x11\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x92\x90\x92R`\x01`\x01`\xA0\x1B\x03\x16`$\x82\x01R`D\x01a\nFV[a\x17\xF3a\x17\xE3`@\x8B\x01` \x8C\x01a;\xBDV[a\x17\xEC\x8Ba1.V[\x8A\x8Aa1\xBEV[a\x18EWa\x18\x07`@\x8A\x01` \x8B\x01a;\xBDV[`@Q\x7F\xD8U\xC4\xF4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\nFV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16c\xF9\xC8\x15Ba\x18\x93\x8B5a\x18\x89`@\x8E\x01` \x8F\x01a;\xBDV[\x8D`@\x015a/gV[\x88\x88`@Q\x84c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a\x18\xB3\x93\x92\x91\x90aBIV[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x18\xCEW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x18\xF2\x91\x90aA\x8CV[a\x19LW\x885a\x19\x08`@\x8B\x01` \x8C\x01a;\xBDV[`@Q\x7F\x83,\x98\xFD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x92\x90\x92R`\x01`\x01`\xA0\x1B\x03\x16`$\x82\x01R`D\x01a\nFV[a\x19ia\x19_`@\x8B\x01` \x8C\x01a;\xBDV[\x8A`\x80\x015a2*V[`\x01\x84\x01\x80T`\x10\x90a\x19\x95\x90p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16aA\xDEV[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPB\x84`\x01\x01`\x18a\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0Ba\x1A\x0B\x91\x90aA\xBEV[`@\x80Q``\x81\x01\x90\x91R\x86T\x91\x92P\x90\x81\x90a'\x10\x90a\x1AP\x90|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04a\xFF\xFF\x16\x87aA\xA7V[a\x1AZ\x91\x90aC/V[a\x1Ad\x90\x86aCgV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16` \x82\x01R`@\x01`\x01\x90R\x8A5_\x90\x81R`\x05` \x90\x81R`@\x80\x83 \x92\x91a\x1A\xAD\x91\x8F\x01\x90\x8F\x01a;\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x83Q\x81T\x93\x85\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x94\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x92\x90\x92\x17\x80\x83U\x90\x83\x01Q\x90\x82\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1B\x83`\x04\x81\x11\x15a\x1BeWa\x1Bea@GV[\x02\x17\x90UPa\x1B}\x91PP`@\x8B\x01` \x8C\x01a;\xBDV[`@\x80Q\x8C\x82\x015\x81R`\x80\x8D\x015` \x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x81\x83\x01R\x90Q`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x8C5\x91\x7F'\xDF1\xCB\xEB{\xC4t\xA1\\F\x02\xC6\xC3g\xEF\xDD\x99=\xE3z\xB8\x95\xC1\xE4:\xE3|<\xA3]p\x91\x90\x81\x90\x03``\x01\x90\xA3PPPPPa\x1B\xEAa'\x10V[PPPPPV[_a\x1B\xFAa%\xEFV[a\x1C\x06\x85\x85\x85\x85a(\xCEV[\x90Pa\x10\xFBa'\x10V[_a\ty\x82a1.V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xF9\xC8\x15Ba\x1CU\x88\x88\x88a/gV[\x85\x85`@Q\x84c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a\x1Cu\x93\x92\x91\x90aBIV[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1C\x90W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1C\xB4\x91\x90aA\x8CV[\x96\x95PPPPPPV[a\x1C\xC6a%\xEFV[_a\x1C\xD0\x82a&7V[\x80T\x90\x91P_\x90~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x80a\x1D\x19WP\x81T`\x01`\xA0\x1B\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x90P\x80\x15\x80a\x1DLWP\x81T\x7F\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16[\x80a\x1DgWP`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x15\x15[\x80a\x1D\xC8WP`\x01\x82\x01Ta\x1D\xC5\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x91x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16aAyV[B\x10[\x15a\x1E\x02W`@Q\x7F\xA2\xF1\x1D_\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\nFV[\x81T~\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7F\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x82U`\x01\x82\x01T_\x90c\xFF\xFF\xFF\xFFp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16a\x1Et\x84a2\x95V[a\x1E~\x91\x90aA\xA7V[`\x07T`@Q\x82\x81R\x91\x92P`\x01`\x01`\xA0\x1B\x03\x16\x90\x81\x90\x86\x90\x7Fr\x01Z\xCE\x03q/6\x12I8\x06W\xB3\xD4\x07w\xDD\x8F\x8Ahfd\xCA\xB4\x8A\xFD\x9D\xBB\xE4I\x9F\x90` \x01`@Q\x80\x91\x03\x90\xA3\x81\x15a\x1E\xFFWa\x1E\xFF`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x82\x84a&\xC2V[PPPPa\x0E\xC6a'\x10V[_a\x1F\x14a%\xEFV[\x83\x82\x14a\x1FMW`@Q\x7F\xFFc:8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_[\x84\x81\x10\x15a rW_`\x05_\x88\x88\x85\x81\x81\x10a\x1FmWa\x1FmaCzV[\x90P` \x02\x015\x81R` \x01\x90\x81R` \x01_ _\x86\x86\x85\x81\x81\x10a\x1F\x94Wa\x1F\x94aCzV[\x90P` \x02\x01` \x81\x01\x90a\x1F\xA9\x91\x90a;\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_ \x90P`\x01\x81T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\x1F\xE2Wa\x1F\xE2a@GV[\x14\x15\x80a \tWP\x80Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10[\x15a \x14WPa jV[a ]\x87\x87\x84\x81\x81\x10a )Wa )aCzV[\x90P` \x02\x015\x86\x86\x85\x81\x81\x10a BWa BaCzV[\x90P` \x02\x01` \x81\x01\x90a W\x91\x90a;\xBDV[\x83a2\xDFV[a f\x83aC\xA7V[\x92PP[`\x01\x01a\x1FOV[Pa\x10\xFBa'\x10V[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta \x95\x81a&&V[a\x10\x8D\x83\x83a.\xAAV[a \xA7a%\xEFV[_\x82\x81R`\x05` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 `\x01\x81T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a \xE7Wa \xE7a@GV[\x14a!/W\x80T`@Q\x7F\x87\xAF_n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\nF\x91\x85\x91\x85\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01a@\xECV[\x80Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a!\xA2W\x80T`@Q\x7F\x14\xA3\x0B\x86\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R`$\x01a\nFV[a!\xAD\x83\x83\x83a2\xDFV[Pa\x14\x85a'\x10V[a!\xD6`@\x80Q``\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x90\x91\x82\x01R\x90V[_\x83\x81R`\x05` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x82R\x91\x82\x90 \x82Q``\x81\x01\x84R\x81Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x82\x01\x93\x90\x93R\x92\x90\x91\x90\x83\x01\x90`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\"VWa\"Va@GV[`\x04\x81\x11\x15a\"gWa\"ga@GV[\x90RP\x93\x92PPPV[a\"ya%\xEFV[_a\"\x83\x83a&7V[_\x84\x81R`\x05` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x84R\x90\x91R\x90 \x90\x91P`\x02\x81T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\"\xC6Wa\"\xC6a@GV[\x14a#\x0EW\x80T`@Q\x7F\x87\xAF_n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\nF\x91\x86\x91\x86\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01a@\xECV[\x80Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a#\x81W\x80T`@Q\x7F\x7F5E\x12\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R`$\x01a\nFV[`\x01\x82\x01\x80T`\x14\x90a#\xA0\x90`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16aA<V[\x82Tc\xFF\xFF\xFF\xFF\x91\x82\x16a\x01\0\x93\x90\x93\n\x92\x83\x02\x91\x90\x92\x02\x19\x90\x91\x16\x17\x90U\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16t\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x82Uk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_a$\x15\x84a&\x8DV[\x84T`@Q\x91\x92P`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x91\x90\x87\x16\x90\x88\x90\x7Fj]p\x93\x1BZ\x82og\x9E\x95h\x17\x89\xDF\tpaf\x9DT\x14\xA0\xE5(\xBCh\rS\x0E\xBB\x1F\x90_\x90\xA3\x85`\x01`\x01`\xA0\x1B\x03\x16\x87\x7FC\xB9\x1A\x05\xFA\rumB\xADs$(\x12\\\x0E\x8DT\x9BV\xA9\xED\x16\t-\x85\x82\xC1\x8A>\xD5*\x85`@Qa$\x90\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3\x80`\x01`\x01`\xA0\x1B\x03\x16\x86`\x01`\x01`\xA0\x1B\x03\x16\x88\x7F\xF3_\xE8[\xD3\xBE\xA1\x9CEKC\x07M\x92\xE1\xC6+\xB8z\0Z\x98n\rj\xDB\xEB\x8B\xB3\x15\x9B\x13\x85`@Qa$\xDE\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA4a%\x1A`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x87\x85a&\xC2V[\x81\x15a%TWa%T`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x82\x84a&\xC2V[PPPPPa\x14\x85a'\x10V[__a%ka':V[\x90Pa%\x93\x81`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x03` R`@\x90 \x80T`\x01\x81\x01\x90\x91U\x90V[\x91P\x80`\x01`\x01`\xA0\x1B\x03\x16\x7F\xC4\xE3\xAD\xE2\x10\xEF\xAF\xF6)\xE7\x0F\x7F\x10\x01t\xA7P!\xA9\xBE;8\x15#`XZ\x9CU\xF9\xE4\x8E\x83`@Qa%\xD0\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2P\x90V[_a%\xE6\x81a&&V[a\x14\x85\x82a3\xA2V[a%\xF7a4HV[a&$`\x01\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0[\x90a4\xA1V[V[a\x0E\xC6\x81a&2a':V[a4\xA8V[_\x81\x81R`\x04` R`@\x90 \x80T`\x01`\x01`\xA0\x1B\x03\x16a&\x88W`@Q\x7F\x1Fy\xBB\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\nFV[\x91\x90PV[`\x01\x81\x01T_\x90k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a'\x10a&\xB1a\x03\xE8\x83aA\xA7V[a&\xBB\x91\x90aC/V[\x93\x92PPPV[a&\xCF\x83\x83\x83`\x01a5\x13V[a\r\x88W`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\nFV[a&$_\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0a&\x1EV[_a'Ca5\x8EV[\x90P\x90V[\x80T~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x15a'\xA9W`@Q\x7F^>\x01(\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\nFV[\x80T\x7F\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x81U`\x01\x81\x01T_\x90a(-\x90c\xFF\xFF\xFF\xFFp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x91l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16aC\xDEV[`\x01\x83\x01Ta(P\x91c\xFF\xFF\xFF\xFF\x16\x90k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aA\xA7V[\x82T`@Q\x82\x81R\x91\x92P`\x01`\x01`\xA0\x1B\x03\x16\x90\x84\x90\x7F\x90Qrk\xDC\xD3\xFBy\xDE\xC3\xE3\x94\x1CXx\xE7\x91\xEBoq\x95N\xE86\xC0\x84\xAB\xE3\x94\xD5\xABR\x90` \x01`@Q\x80\x91\x03\x90\xA2\x81\x15a\x10\x8DWa\x10\x8D`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x82\x84a&\xC2V[__a(\xD8a':V[`@Q\x7FP\x8F:7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x80\x83\x16`\x04\x83\x01R\x91\x92P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90cP\x8F:7\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a)ZW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a)~\x91\x90aA\x8CV[a)\xBFW`@Q\x7F\x02\x9E\xF8\xED\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\nFV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x15\x80a)\xDEWPc\xFF\xFF\xFF\xFF\x84\x16\x15[\x80a)\xF3WPB\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15[\x15a**W`@Q\x7FA\xAB\xC8\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a*9c\x01\xE13\x80BaA\xBEV[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a*\x9DW`@Q\x7F\x9A\t\xD8\xE0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x86\x16`\x04\x83\x01R\x82\x16`$\x82\x01R`D\x01a\nFV[`\x06_\x81Ta*\xAB\x90aC\xA7V[\x91\x90P\x81\x90U\x92P_`\x07`\x14\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16\x90P`@Q\x80a\x01@\x01`@R\x80\x84`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x86g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x82a\xFF\xFF\x16\x81R` \x01_\x15\x15\x81R` \x01_\x15\x15\x81R` \x01\x88k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x87c\xFF\xFF\xFF\xFF\x16\x81R` \x01_c\xFF\xFF\xFF\xFF\x16\x81R` \x01_c\xFF\xFF\xFF\xFF\x16\x81R` \x01_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81RP`\x04_\x86\x81R` \x01\x90\x81R` \x01_ _\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01`\xA0\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\xA0\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x14a\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\x1Ca\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\x1Ea\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UP`\x80\x82\x01Q\x81_\x01`\x1Fa\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81`\x01\x01`\x0Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xE0\x82\x01Q\x81`\x01\x01`\x10a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPa\x01\0\x82\x01Q\x81`\x01\x01`\x14a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPa\x01 \x82\x01Q\x81`\x01\x01`\x18a\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x90PP\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F\x17\xD1\xE0\xCB}\xBC\x8E\xAD*\x93\xB4\xDDm\x1C\x1E\xA4\xA4?'\xD7({\xA7_yD\xA1\x18p\xC3\xCFh\x8A\x8A\x8A\x8A\x87`@Qa-|\x95\x94\x93\x92\x91\x90\x94\x85Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93\x90\x93\x16` \x85\x01Rc\xFF\xFF\xFF\xFF\x91\x90\x91\x16`@\x84\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16``\x83\x01Ra\xFF\xFF\x16`\x80\x82\x01R`\xA0\x01\x90V[`@Q\x80\x91\x03\x90\xA3a-\xD9\x830a-\xA7c\xFF\xFF\xFF\xFF\x8A\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8C\x16aA\xA7V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x92\x91\x90a/\xD2V[PPP\x94\x93PPPPV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a.\xA3W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90Ua.[a':V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\tyV[P_a\tyV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16\x15a.\xA3W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16\x90Ua/\x1Fa':V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\tyV[`@\x80Q\x7F\xEEw\x11\x10\xDA\x14&\x01\"R\0g-I\xFA\xC7\x188yn\x8A\xE4}\x8Ac2\xDA\xE7\x1C\xD1\x9D\xB3` \x82\x01R\x90\x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x83\x16``\x82\x01R`\x80\x81\x01\x82\x90R_\x90a\x10\xFB\x90`\xA0\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 a5\xF8V[a/\xE0\x84\x84\x84\x84`\x01a6?V[a\x10\x8DW`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\nFV[``a'C\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a6\xC5V[``a'C\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a6\xC5V[a\x03\xE8a\xFF\xFF\x82\x16\x11\x15a0\xBDW`@Q\x7F\x8E\xA7\x0C\x07\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\nFV[`\x07\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1Ba\xFF\xFF\x84\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x90\x81R\x7F\xAA\xB0b\xE3\xFA\xF6+l\x9A\x0F\x8Eb\xAFf\xE01\x0E'\x12z\x8C\x87\x1Ag\xBE}\xD4\xD9=\xE6\xDAS\x90` \x01[`@Q\x80\x91\x03\x90\xA1PV[_a\ty\x7F\x07\x1C\xA4\xA2\xF7}Ik2\x14R\xE3\xD9\n:d\x1D\t\x8D\xCF\xCC\x84\xA6\x18\x8BR\xD2})8\xBE\xDE\x835a1e`@\x86\x01` \x87\x01a;\xBDV[`@\x80Q` \x81\x01\x94\x90\x94R\x83\x81\x01\x92\x90\x92R`\x01`\x01`\xA0\x1B\x03\x16``\x83\x81\x01\x91\x90\x91R\x90\x85\x015`\x80\x83\x81\x01\x91\x90\x91R\x90\x85\x015`\xA0\x83\x81\x01\x91\x90\x91R\x90\x85\x015`\xC0\x83\x01R\x84\x015`\xE0\x82\x01Ra\x01\0\x01a/\xB7V[___a1\xCC\x86\x86\x86a7\x02V[P\x90\x92P\x90P_\x81`\x03\x81\x11\x15a1\xE5Wa1\xE5a@GV[\x14\x80\x15a2\x03WP\x86`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a2\x13W`\x01\x92PPPa\x10\xFBV[a2\x1F\x87\x87\x87\x87a7IV[\x97\x96PPPPPPPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x03` R`@\x90 \x80T`\x01\x81\x01\x90\x91U\x81\x81\x14a\r\x88W`@Q\x7Fu-\x88\xC0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\nFV[`\x01\x81\x01T\x81T_\x91k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90a'\x10\x90a&\xB1\x90|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04a\xFF\xFF\x16\x83aA\xA7V[\x80Tt\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x17\x82U`@Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x80\x82R\x90`\x01`\x01`\xA0\x1B\x03\x84\x16\x90\x85\x90\x7FC\xB9\x1A\x05\xFA\rumB\xADs$(\x12\\\x0E\x8DT\x9BV\xA9\xED\x16\t-\x85\x82\xC1\x8A>\xD5*\x90` \x01`@Q\x80\x91\x03\x90\xA3a\x10\x8D`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x84\x83a&\xC2V[`\x01`\x01`\xA0\x1B\x03\x81\x16a3\xE2W`@Q\x7F\x14\xBC\xF5\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x07\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F<\x86EA\xEFq7\x8Cb)Q\x0E\xD9\x0F7ee\xEEB\xD9\xC5\xE0\x90J\x98J\x9E\x86>m\xB4O\x90` \x01a1#V[\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0\\\x15a&$W`@Q\x7F>\xE5\xAE\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80\x82]PPV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T`\xFF\x16a\x14\x85W`@Q\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\nFV[`@Q\x7F\xA9\x05\x9C\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a5\x82W\x83\x83\x15\x16\x15a5vW=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[_6`\x14\x80\x82\x10\x80\x15\x90a5\xCAWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x163\x14[\x15a5\xF0Wa5\xDD6\x82\x84\x03\x81_aC\xFAV[a5\xE6\x91aD!V[``\x1C\x92PPP\x90V[3\x92PPP\x90V[_a\tya6\x04a7\xCCV[\x83`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[`@Q\x7F#\xB8r\xDD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16`\x04R\x86\x16`$R`D\x85\x90R\x91` \x83`d\x81\x80\x8CZ\xF1\x92P`\x01_Q\x14\x83\x16a6\xB4W\x83\x83\x15\x16\x15a6\xA8W=_\x82>=\x81\xFD[_\x88;\x11=\x15\x16\x83\x16\x92P[`@RP_``R\x95\x94PPPPPV[``_a6\xD1\x83a8\xF5V[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_\x80\x80`A\x84\x90\x03a76W\x845` \x86\x015`@\x87\x015_\x1Aa7(\x89\x82\x85\x85a95V[\x95P\x95P\x95PPPPa7@V[P_\x91P`\x02\x90P\x82[\x93P\x93P\x93\x90PV[`@\x80Q\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x82R`\x04\x82\x01\x86\x90R`$\x82\x01\x92\x90\x92R`D\x81\x01\x83\x90R_\x91\x90\x83\x90\x81\x86`d\x83\x017_\x82`d\x83\x01\x01R`\x1F\x82\x01`\x05\x1C`\x05\x1B\x91P` _`d\x84\x01\x83\x8BZ\xFA\x90P\x82_Q\x14`\x1F=\x11\x16\x81\x16\x93PPPP\x94\x93PPPPV[_0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a8$WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a8NWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a'C`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[_`\xFF\x82\x16`\x1F\x81\x11\x15a\tyW`@Q\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a9nWP_\x91P`\x03\x90P\x82a:\x11V[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a9\xBFW=__>=_\xFD[PP`@Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01Q\x91PP`\x01`\x01`\xA0\x1B\x03\x81\x16a:\x08WP_\x92P`\x01\x91P\x82\x90Pa:\x11V[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[_` \x82\x84\x03\x12\x15a:+W__\xFD[\x815\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x81\x14a&\xBBW__\xFD[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a&\x88W__\xFD[\x80\x15\x15\x81\x14a\x0E\xC6W__\xFD[___``\x84\x86\x03\x12\x15a:\x8FW__\xFD[\x835\x92Pa:\x9F` \x85\x01a:ZV[\x91P`@\x84\x015a:\xAF\x81a:pV[\x80\x91PP\x92P\x92P\x92V[_` \x82\x84\x03\x12\x15a:\xCAW__\xFD[P5\x91\x90PV[\x805k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a&\x88W__\xFD[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a&\x88W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a&\x88W__\xFD[________a\x01\0\x89\x8B\x03\x12\x15a;.W__\xFD[\x885\x97Pa;>` \x8A\x01a:\xD1V[\x96Pa;L`@\x8A\x01a:\xECV[\x95Pa;Z``\x8A\x01a:\xFFV[\x94P`\x80\x89\x015\x93P`\xA0\x89\x015`\xFF\x81\x16\x81\x14a;vW__\xFD[\x97\x9A\x96\x99P\x94\x97\x93\x96\x92\x95\x92\x94PPP`\xC0\x82\x015\x91`\xE0\x015\x90V[__`@\x83\x85\x03\x12\x15a;\xA4W__\xFD[\x825\x91Pa;\xB4` \x84\x01a:ZV[\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a;\xCDW__\xFD[a&\xBB\x82a:ZV[___``\x84\x86\x03\x12\x15a;\xE8W__\xFD[\x835\x92Pa;\xF8` \x85\x01a:ZV[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16\x81R`\xE0` \x82\x01R_a<\x8F`\xE0\x83\x01\x89a<\tV[\x82\x81\x03`@\x84\x01Ra<\xA1\x81\x89a<\tV[``\x84\x01\x88\x90R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a<\xF6W\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a<\xD8V[P\x90\x9B\x9APPPPPPPPPPPV[_` \x82\x84\x03\x12\x15a=\x17W__\xFD[\x815a\xFF\xFF\x81\x16\x81\x14a&\xBBW__\xFD[_`\xC0\x82\x84\x03\x12\x15a=8W__\xFD[P\x91\x90PV[__\x83`\x1F\x84\x01\x12a=NW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a=eW__\xFD[` \x83\x01\x91P\x83` \x82`\x05\x1B\x85\x01\x01\x11\x15a=\x7FW__\xFD[\x92P\x92\x90PV[_____a\x01\0\x86\x88\x03\x12\x15a=\x9BW__\xFD[a=\xA5\x87\x87a=(V[\x94P`\xC0\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a=\xC0W__\xFD[\x86\x01`\x1F\x81\x01\x88\x13a=\xD0W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a=\xE6W__\xFD[\x88` \x82\x84\x01\x01\x11\x15a=\xF7W__\xFD[` \x91\x90\x91\x01\x94P\x92P`\xE0\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a>\x1AW__\xFD[a>&\x88\x82\x89\x01a=>V[\x96\x99\x95\x98P\x93\x96P\x92\x94\x93\x92PPPV[____`\x80\x85\x87\x03\x12\x15a>JW__\xFD[\x845\x93Pa>Z` \x86\x01a:\xD1V[\x92Pa>h`@\x86\x01a:\xECV[\x91Pa>v``\x86\x01a:\xFFV[\x90P\x92\x95\x91\x94P\x92PV[_`\xC0\x82\x84\x03\x12\x15a>\x91W__\xFD[a&\xBB\x83\x83a=(V[_____`\x80\x86\x88\x03\x12\x15a>\xAFW__\xFD[\x855\x94Pa>\xBF` \x87\x01a:ZV[\x93P`@\x86\x015\x92P``\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a>\x1AW__\xFD[____`@\x85\x87\x03\x12\x15a>\xF4W__\xFD[\x845g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a?\nW__\xFD[a?\x16\x87\x82\x88\x01a=>V[\x90\x95P\x93PP` \x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a?5W__\xFD[a?A\x87\x82\x88\x01a=>V[\x95\x98\x94\x97P\x95PPPPV[\x81Q`\x01`\x01`\xA0\x1B\x03\x16\x81Ra\x01@\x81\x01` \x83\x01Qa?z` \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x83\x01Qa?\x90`@\x84\x01\x82a\xFF\xFF\x16\x90RV[P``\x83\x01Qa?\xA4``\x84\x01\x82\x15\x15\x90RV[P`\x80\x83\x01Qa?\xB8`\x80\x84\x01\x82\x15\x15\x90RV[P`\xA0\x83\x01Qa?\xD8`\xA0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01Qa?\xF0`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01Qa@\x08`\xE0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01Qa@\"a\x01\0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01Qa@@a\x01 \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P\x92\x91PPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x05\x81\x10a@\xA9W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x90RV[_``\x82\x01\x90Pk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83Q\x16\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01R`@\x83\x01Qa@@`@\x84\x01\x82a@tV[\x83\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16` \x82\x01R``\x81\x01a\x10\xFB`@\x83\x01\x84a@tV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[_c\xFF\xFF\xFF\xFF\x82\x16\x80aAQWaAQaA\x0FV[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\x92\x91PPV[\x80\x82\x01\x80\x82\x11\x15a\tyWa\tyaA\x0FV[_` \x82\x84\x03\x12\x15aA\x9CW__\xFD[\x81Qa&\xBB\x81a:pV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\tyWa\tyaA\x0FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\tyWa\tyaA\x0FV[_c\xFF\xFF\xFF\xFF\x82\x16c\xFF\xFF\xFF\xFF\x81\x03aA\xF9WaA\xF9aA\x0FV[`\x01\x01\x92\x91PPV[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[_`@\x82\x01\x85\x83R`@` \x84\x01R\x80\x84\x82R``\x84\x01\x90P``\x85`\x05\x1B\x85\x01\x01\x91P\x85_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x886\x03\x01[\x87\x82\x10\x15aC!W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA0\x87\x86\x03\x01\x84R\x825\x81\x81\x12aB\xD1W__\xFD[\x89\x01` \x81\x01\x905g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aB\xEDW__\xFD[\x806\x03\x82\x13\x15aB\xFBW__\xFD[aC\x06\x87\x82\x84aB\x02V[\x96PPP` \x83\x01\x92P` \x84\x01\x93P`\x01\x82\x01\x91PaB\x95V[P\x92\x98\x97PPPPPPPPV[_\x82aCbW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[P\x04\x90V[\x81\x81\x03\x81\x81\x11\x15a\tyWa\tyaA\x0FV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x03aC\xD7WaC\xD7aA\x0FV[P`\x01\x01\x90V[c\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\tyWa\tyaA\x0FV[__\x85\x85\x11\x15aD\x08W__\xFD[\x83\x86\x11\x15aD\x14W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x90`\x14\x84\x10\x15a@@W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85`\x14\x03`\x03\x1B\x1B\x82\x16\x16\x91PP\x92\x91PPV\xFE\xA1dsolcC\0\x08\x1E\0\n",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b50600436106102ee575f3560e01c80638e00555311610192578063d547741f116100e8578063e0a0cf7411610093578063ea06d7e61161006e578063ea06d7e614610887578063f0f44260146108ae578063fc0c546a146108c1575f5ffd5b8063e0a0cf741461084c578063e1c43c7d1461086c578063e6f609ea1461087f575f5ffd5b8063d864e740116100c3578063d864e74014610800578063ddca3f4314610826578063ddd5e1b214610839575f5ffd5b8063d547741f14610635578063d55be8c6146103d3578063d845a4b314610648575f5ffd5b8063a217fddf11610148578063b17acdcd11610123578063b17acdcd14610605578063c55d05f214610618578063cbeab5161461062b575f5ffd5b8063a217fddf146105e1578063a76fb68e146105e8578063a9558041146105fb575f5ffd5b806391d148541161017857806391d1485414610585578063950deb07146105bb578063995ba6a6146105ce575f5ffd5b80638e0055531461055f57806390c733ef14610572575f5ffd5b80634d104adf1161024757806361d027b3116101fd5780637ecebe00116101d85780637ecebe001461052757806380cbc6fa1461053a57806384b0196e14610544575f5ffd5b806361d027b3146104c95780636899d0f5146104ee5780637da0a87714610501575f5ffd5b8063572b6c051161022d578063572b6c051461046e5780635a0d548e146104ae5780635badbe4c146104c1575f5ffd5b80634d104adf1461043c57806352ddde9d14610463575f5ffd5b80631402b17a116102a75780632f2ff15d116102825780632f2ff15d146103ef57806336568abe1461040257806337475c5114610415575f5ffd5b80631402b17a1461039e578063248a9ca3146103b15780632e7333ae146103d3575f5ffd5b80630aebeb4e116102d75780630aebeb4e1461032f57806311542cbb14610342578063117f5f9214610363575f5ffd5b806301ffc9a7146102f2578063048e45ca1461031a575b5f5ffd5b610305610300366004613a1b565b6108e7565b60405190151581526020015b60405180910390f35b61032d610328366004613a7d565b61097f565b005b61032d61033d366004613aba565b610d8d565b610355610350366004613b16565b610ec9565b604051908152602001610311565b7f00000000000000000000000000000000000000000000000000000000000000005b60405167ffffffffffffffff9091168152602001610311565b61032d6103ac366004613aba565b610fe0565b6103556103bf366004613aba565b5f9081526020819052604090206001015490565b6103dc6103e881565b60405161ffff9091168152602001610311565b61032d6103fd366004613b93565b611069565b61032d610410366004613b93565b611093565b6103557fee771110da142601225200672d49fac71838796e8ae47d8a6332dae71cd19db381565b6103557fbb08418a67729a078f87bbc8d02a770929bb68f5bfdf134ae2ead6ed38e2f4ae81565b6103856301e1338081565b61030561047c366004613bbd565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b6103556104bc366004613bd6565b6110ef565b600654610355565b6007546001600160a01b03165b6040516001600160a01b039091168152602001610311565b61032d6104fc366004613bd6565b611103565b7f00000000000000000000000000000000000000000000000000000000000000006104d6565b610355610535366004613bbd565b6113f7565b61038562278d0081565b61054c611414565b6040516103119796959493929190613c55565b61032d61056d366004613d07565b611472565b61032d610580366004613d86565b611489565b610305610593366004613b93565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6103556105c9366004613e37565b611bf1565b6103556105dc366004613e81565b611c10565b6103555f81565b6103056105f6366004613e9b565b611c1a565b6103856212750081565b61032d610613366004613aba565b611cbe565b610355610626366004613ee1565b611f0b565b6103856201518081565b61032d610643366004613b93565b61207b565b6107f3610656366004613aba565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810191909152505f9081526004602090815260409182902082516101408101845281546001600160a01b038116825267ffffffffffffffff600160a01b80830482169584019590955261ffff7c01000000000000000000000000000000000000000000000000000000008304169583019590955260ff7e0100000000000000000000000000000000000000000000000000000000000082048116151560608401527f010000000000000000000000000000000000000000000000000000000000000090910416151560808201526001909101546bffffffffffffffffffffffff811660a083015263ffffffff6c010000000000000000000000008204811660c08401527001000000000000000000000000000000008204811660e0840152928104909216610100820152780100000000000000000000000000000000000000000000000090910490911661012082015290565b6040516103119190613f4d565b7f00000000000000000000000000000000000000000000000000000000000000006104d6565b600754600160a01b900461ffff166103dc565b61032d610847366004613b93565b61209f565b61085f61085a366004613b93565b6121b6565b60405161031191906140ad565b61032d61087a366004613b93565b612271565b610355612561565b6103557f071ca4a2f77d496b321452e3d90a3a641d098dcfcc84a6188b52d27d2938bede81565b61032d6108bc366004613bbd565b6125dc565b7f00000000000000000000000000000000000000000000000000000000000000006104d6565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061097957507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b6109876125ef565b7fbb08418a67729a078f87bbc8d02a770929bb68f5bfdf134ae2ead6ed38e2f4ae6109b181612626565b5f6109bb85612637565b5f8681526005602090815260408083206001600160a01b0389168452909152902090915060028154600160a01b900460ff1660048111156109fe576109fe614047565b14610a4f5780546040517f87af5f6e000000000000000000000000000000000000000000000000000000008152610a469188918891600160a01b900460ff16906004016140ec565b60405180910390fd5b600182018054601490610a6e90600160a01b900463ffffffff1661413c565b91906101000a81548163ffffffff021916908363ffffffff1602179055505f610a968361268d565b90508415610bc3578154740300000000000000000000000000000000000000007fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff82161783556040516bffffffffffffffffffffffff909116808252906001600160a01b0388169089907f43b91a05fa0d756d42ad732428125c0e8d549b56a9ed16092d8582c18a3ed52a9060200160405180910390a3866001600160a01b0316876001600160a01b0316897ff35fe85bd3bea19c454b43074d92e1c62bb87a005a986e0d6adbeb8bb3159b1385604051610b7391815260200190565b60405180910390a4610bba87610b898484614179565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691906126c2565b50505050610d7f565b81547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff1674040000000000000000000000000000000000000000178255600183018054601090610c2c90700100000000000000000000000000000000900463ffffffff1661413c565b825463ffffffff9182166101009390930a9283029190920219909116179055600183015483546bffffffffffffffffffffffff909116906001600160a01b038116905f9060ff7e0100000000000000000000000000000000000000000000000000000000000090910416610ca05783610caa565b610caa8484614179565b9050886001600160a01b03168a7f598cf7b1037a2cbb27645d4ef91a50ab4b13db45cc85ebd8edeea26233ea928885604051610ce891815260200190565b60405180910390a3816001600160a01b0316896001600160a01b03168b7ff35fe85bd3bea19c454b43074d92e1c62bb87a005a986e0d6adbeb8bb3159b1387604051610d3691815260200190565b60405180910390a48015610d7857610d786001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001683836126c2565b5050505050505b50610d88612710565b505050565b610d956125ef565b5f610d9f82612637565b90505f610daa61273a565b82549091506001600160a01b039081169082168114801590610e6857506040517f508f3a370000000000000000000000000000000000000000000000000000000081526001600160a01b0382811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063508f3a3790602401602060405180830381865afa158015610e44573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e68919061418c565b15610eb1576040517ff8b1e2fc000000000000000000000000000000000000000000000000000000008152600481018590526001600160a01b0383166024820152604401610a46565b610ebb8484612748565b505050610ec6612710565b50565b5f610ed26125ef565b5f610ef163ffffffff89166bffffffffffffffffffffffff8b166141a7565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d505accf610f2a61273a565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b039091166004820152306024820152604481018490526064810189905260ff8816608482015260a4810187905260c4810186905260e4015f604051808303815f87803b158015610fab575f5ffd5b505af1925050508015610fbc575060015b50610fc98a8a8a8a6128ce565b915050610fd4612710565b98975050505050505050565b610fe86125ef565b5f610ff282612637565b8054909150600160a01b900467ffffffffffffffff164210156110565780546040517fbd5145db000000000000000000000000000000000000000000000000000000008152600160a01b90910467ffffffffffffffff166004820152602401610a46565b6110608282612748565b50610ec6612710565b5f8281526020819052604090206001015461108381612626565b61108d8383612de4565b50505050565b61109b61273a565b6001600160a01b0316816001600160a01b0316146110e5576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610d888282612eaa565b5f6110fb848484612f67565b949350505050565b61110b6125ef565b5f61111584612637565b90505f61112061273a565b82549091506001600160a01b0380831691161461117b576040517ff8b1e2fc000000000000000000000000000000000000000000000000000000008152600481018690526001600160a01b0382166024820152604401610a46565b5f8581526005602090815260408083206001600160a01b0388168452909152902060018154600160a01b900460ff1660048111156111bb576111bb614047565b146112035780546040517f87af5f6e000000000000000000000000000000000000000000000000000000008152610a469188918891600160a01b900460ff16906004016140ec565b80546c01000000000000000000000000900467ffffffffffffffff1642106112755780546040517f63486c520000000000000000000000000000000000000000000000000000000081526c0100000000000000000000000090910467ffffffffffffffff166004820152602401610a46565b80547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16740200000000000000000000000000000000000000001781555f6112c062127500426141be565b82547fffffffffffffffffffffffff0000000000000000ffffffffffffffffffffffff166c0100000000000000000000000067ffffffffffffffff8316021783556001850180549192509060149061132490600160a01b900463ffffffff166141de565b91906101000a81548163ffffffff021916908363ffffffff1602179055505f61134c8561268d565b9050866001600160a01b0316887fa96190ce1dddfe92a45b22c58ade846c5dc704de59103cee602176cd966f3db78884866040516113a793929190928352602083019190915267ffffffffffffffff16604082015260600190565b60405180910390a380156113ea576113ea6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016853084612fd2565b5050505050610d88612710565b6001600160a01b0381165f90815260036020526040812054610979565b5f6060805f5f5f6060611425613021565b61142d61304c565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b5f61147c81612626565b61148582613077565b5050565b6114916125ef565b5f61149c8635612637565b80549091507e01000000000000000000000000000000000000000000000000000000000000900460ff16806114e357508054600160a01b900467ffffffffffffffff164210155b1561151d576040517f0c43b3c000000000000000000000000000000000000000000000000000000000815286356004820152602401610a46565b600181015463ffffffff6c01000000000000000000000000820481167001000000000000000000000000000000009092041610611589576040517f23c394b200000000000000000000000000000000000000000000000000000000815286356004820152602401610a46565b80546040517f508f3a370000000000000000000000000000000000000000000000000000000081526001600160a01b0391821660048201819052917f0000000000000000000000000000000000000000000000000000000000000000169063508f3a3790602401602060405180830381865afa15801561160b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061162f919061418c565b611677576040517ff2e44060000000000000000000000000000000000000000000000000000000008152873560048201526001600160a01b0382166024820152604401610a46565b60018201546bffffffffffffffffffffffff16606088013581146116d4576040517f3ad7771a0000000000000000000000000000000000000000000000000000000081526060890135600482015260248101829052604401610a46565b8760a00135421115611718576040517fcd21db4f00000000000000000000000000000000000000000000000000000000815260a08901356004820152602401610a46565b87355f90815260056020908152604080832091839161173c91908d01908d01613bbd565b6001600160a01b0316815260208101919091526040015f90812091508154600160a01b900460ff16600481111561177557611775614047565b146117d057883561178c60408b0160208c01613bbd565b6040517fda7b201100000000000000000000000000000000000000000000000000000000815260048101929092526001600160a01b03166024820152604401610a46565b6117f36117e360408b0160208c01613bbd565b6117ec8b61312e565b8a8a6131be565b6118455761180760408a0160208b01613bbd565b6040517fd855c4f40000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610a46565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663f9c815426118938b3561188960408e0160208f01613bbd565b8d60400135612f67565b88886040518463ffffffff1660e01b81526004016118b393929190614249565b602060405180830381865afa1580156118ce573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118f2919061418c565b61194c57883561190860408b0160208c01613bbd565b6040517f832c98fd00000000000000000000000000000000000000000000000000000000815260048101929092526001600160a01b03166024820152604401610a46565b61196961195f60408b0160208c01613bbd565b8a6080013561322a565b60018401805460109061199590700100000000000000000000000000000000900463ffffffff166141de565b91906101000a81548163ffffffff021916908363ffffffff160217905550428460010160186101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055505f7f000000000000000000000000000000000000000000000000000000000000000042611a0b91906141be565b6040805160608101909152865491925090819061271090611a50907c0100000000000000000000000000000000000000000000000000000000900461ffff16876141a7565b611a5a919061432f565b611a649086614367565b6bffffffffffffffffffffffff16815267ffffffffffffffff83166020820152604001600190528a355f9081526005602090815260408083209291611aad918f01908f01613bbd565b6001600160a01b0316815260208082019290925260409081015f20835181549385015167ffffffffffffffff166c01000000000000000000000000027fffffffffffffffffffffffff00000000000000000000000000000000000000009094166bffffffffffffffffffffffff9091161792909217808355908301519082907fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16600160a01b836004811115611b6557611b65614047565b0217905550611b7d91505060408b0160208c01613bbd565b604080518c820135815260808d0135602082015267ffffffffffffffff84168183015290516001600160a01b0392909216918c35917f27df31cbeb7bc474a15c4602c6c367efdd993de37ab895c1e43ae37c3ca35d70919081900360600190a35050505050611bea612710565b5050505050565b5f611bfa6125ef565b611c06858585856128ce565b90506110fb612710565b5f6109798261312e565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663f9c81542611c55888888612f67565b85856040518463ffffffff1660e01b8152600401611c7593929190614249565b602060405180830381865afa158015611c90573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611cb4919061418c565b9695505050505050565b611cc66125ef565b5f611cd082612637565b80549091505f907e01000000000000000000000000000000000000000000000000000000000000900460ff1680611d1957508154600160a01b900467ffffffffffffffff164210155b9050801580611d4c575081547f0100000000000000000000000000000000000000000000000000000000000000900460ff165b80611d6757506001820154600160a01b900463ffffffff1615155b80611dc857506001820154611dc59067ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000008116917801000000000000000000000000000000000000000000000000900416614179565b42105b15611e02576040517fa2f11d5f00000000000000000000000000000000000000000000000000000000815260048101849052602401610a46565b81547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f010000000000000000000000000000000000000000000000000000000000000017825560018201545f9063ffffffff70010000000000000000000000000000000090910416611e7484613295565b611e7e91906141a7565b6007546040518281529192506001600160a01b031690819086907f72015ace03712f361249380657b3d40777dd8f8a686664cab48afd9dbbe4499f9060200160405180910390a38115611eff57611eff6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001682846126c2565b50505050610ec6612710565b5f611f146125ef565b838214611f4d576040517fff633a3800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b84811015612072575f60055f888885818110611f6d57611f6d61437a565b9050602002013581526020019081526020015f205f868685818110611f9457611f9461437a565b9050602002016020810190611fa99190613bbd565b6001600160a01b0316815260208101919091526040015f20905060018154600160a01b900460ff166004811115611fe257611fe2614047565b141580612009575080546c01000000000000000000000000900467ffffffffffffffff1642105b15612014575061206a565b61205d8787848181106120295761202961437a565b905060200201358686858181106120425761204261437a565b90506020020160208101906120579190613bbd565b836132df565b612066836143a7565b9250505b600101611f4f565b506110fb612710565b5f8281526020819052604090206001015461209581612626565b61108d8383612eaa565b6120a76125ef565b5f8281526005602090815260408083206001600160a01b0385168452909152902060018154600160a01b900460ff1660048111156120e7576120e7614047565b1461212f5780546040517f87af5f6e000000000000000000000000000000000000000000000000000000008152610a469185918591600160a01b900460ff16906004016140ec565b80546c01000000000000000000000000900467ffffffffffffffff164210156121a25780546040517f14a30b860000000000000000000000000000000000000000000000000000000081526c0100000000000000000000000090910467ffffffffffffffff166004820152602401610a46565b6121ad8383836132df565b50611485612710565b6121d6604080516060810182525f80825260208201819052909182015290565b5f8381526005602090815260408083206001600160a01b0386168452825291829020825160608101845281546bffffffffffffffffffffffff811682526c01000000000000000000000000810467ffffffffffffffff169382019390935292909190830190600160a01b900460ff16600481111561225657612256614047565b600481111561226757612267614047565b9052509392505050565b6122796125ef565b5f61228383612637565b5f8481526005602090815260408083206001600160a01b0387168452909152902090915060028154600160a01b900460ff1660048111156122c6576122c6614047565b1461230e5780546040517f87af5f6e000000000000000000000000000000000000000000000000000000008152610a469186918691600160a01b900460ff16906004016140ec565b80546c01000000000000000000000000900467ffffffffffffffff164210156123815780546040517f7f3545120000000000000000000000000000000000000000000000000000000081526c0100000000000000000000000090910467ffffffffffffffff166004820152602401610a46565b6001820180546014906123a090600160a01b900463ffffffff1661413c565b825463ffffffff9182166101009390930a928302919092021990911617905580547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff8116740300000000000000000000000000000000000000001782556bffffffffffffffffffffffff165f6124158461268d565b84546040519192506001600160a01b03908116919087169088907f6a5d70931b5a826f679e95681789df097061669d5414a0e528bc680d530ebb1f905f90a3856001600160a01b0316877f43b91a05fa0d756d42ad732428125c0e8d549b56a9ed16092d8582c18a3ed52a8560405161249091815260200190565b60405180910390a3806001600160a01b0316866001600160a01b0316887ff35fe85bd3bea19c454b43074d92e1c62bb87a005a986e0d6adbeb8bb3159b13856040516124de91815260200190565b60405180910390a461251a6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001687856126c2565b8115612554576125546001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001682846126c2565b5050505050611485612710565b5f5f61256b61273a565b9050612593816001600160a01b03165f90815260036020526040902080546001810190915590565b9150806001600160a01b03167fc4e3ade210efaff629e70f7f100174a75021a9be3b38152360585a9c55f9e48e836040516125d091815260200190565b60405180910390a25090565b5f6125e681612626565b611485826133a2565b6125f7613448565b61262460017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906134a1565b565b610ec68161263261273a565b6134a8565b5f81815260046020526040902080546001600160a01b0316612688576040517f1f79bbe700000000000000000000000000000000000000000000000000000000815260048101839052602401610a46565b919050565b60018101545f906bffffffffffffffffffffffff166127106126b16103e8836141a7565b6126bb919061432f565b9392505050565b6126cf8383836001613513565b610d88576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610a46565b6126245f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061261e565b5f61274361358e565b905090565b80547e01000000000000000000000000000000000000000000000000000000000000900460ff16156127a9576040517f5e3e012800000000000000000000000000000000000000000000000000000000815260048101839052602401610a46565b80547fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167e0100000000000000000000000000000000000000000000000000000000000017815560018101545f9061282d9063ffffffff70010000000000000000000000000000000082048116916c010000000000000000000000009004166143de565b60018301546128509163ffffffff16906bffffffffffffffffffffffff166141a7565b82546040518281529192506001600160a01b03169084907f9051726bdcd3fb79dec3e3941c5878e791eb6f71954ee836c084abe394d5ab529060200160405180910390a2811561108d5761108d6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001682846126c2565b5f5f6128d861273a565b6040517f508f3a370000000000000000000000000000000000000000000000000000000081526001600160a01b0380831660048301529192507f00000000000000000000000000000000000000000000000000000000000000009091169063508f3a3790602401602060405180830381865afa15801561295a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061297e919061418c565b6129bf576040517f029ef8ed0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610a46565b6bffffffffffffffffffffffff851615806129de575063ffffffff8416155b806129f35750428367ffffffffffffffff1611155b15612a2a576040517f41abc80100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f612a396301e13380426141be565b90508067ffffffffffffffff168467ffffffffffffffff161115612a9d576040517f9a09d8e000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808616600483015282166024820152604401610a46565b60065f8154612aab906143a7565b91905081905592505f600760149054906101000a900461ffff169050604051806101400160405280846001600160a01b031681526020018667ffffffffffffffff1681526020018261ffff1681526020015f151581526020015f15158152602001886bffffffffffffffffffffffff1681526020018763ffffffff1681526020015f63ffffffff1681526020015f63ffffffff1681526020015f67ffffffffffffffff1681525060045f8681526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055506040820151815f01601c6101000a81548161ffff021916908361ffff1602179055506060820151815f01601e6101000a81548160ff0219169083151502179055506080820151815f01601f6101000a81548160ff02191690831515021790555060a0820151816001015f6101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff16021790555060c082015181600101600c6101000a81548163ffffffff021916908363ffffffff16021790555060e08201518160010160106101000a81548163ffffffff021916908363ffffffff1602179055506101008201518160010160146101000a81548163ffffffff021916908363ffffffff1602179055506101208201518160010160186101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550905050826001600160a01b0316847f17d1e0cb7dbc8ead2a93b4dd6d1c1ea4a43f27d7287ba75f7944a11870c3cf688a8a8a8a87604051612d7c9594939291909485526bffffffffffffffffffffffff93909316602085015263ffffffff91909116604084015267ffffffffffffffff16606083015261ffff16608082015260a00190565b60405180910390a3612dd98330612da763ffffffff8a166bffffffffffffffffffffffff8c166141a7565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016929190612fd2565b505050949350505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16612ea3575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055612e5b61273a565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610979565b505f610979565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615612ea3575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00169055612f1f61273a565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a4506001610979565b604080517fee771110da142601225200672d49fac71838796e8ae47d8a6332dae71cd19db360208201529081018490526001600160a01b0383166060820152608081018290525f906110fb9060a0015b604051602081830303815290604052805190602001206135f8565b612fe084848484600161363f565b61108d576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610a46565b60606127437f00000000000000000000000000000000000000000000000000000000000000006136c5565b60606127437f00000000000000000000000000000000000000000000000000000000000000006136c5565b6103e861ffff821611156130bd576040517f8ea70c0700000000000000000000000000000000000000000000000000000000815261ffff82166004820152602401610a46565b600780547fffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffff16600160a01b61ffff8416908102919091179091556040519081527faab062e3faf62b6c9a0f8e62af66e0310e27127a8c871a67be7dd4d93de6da53906020015b60405180910390a150565b5f6109797f071ca4a2f77d496b321452e3d90a3a641d098dcfcc84a6188b52d27d2938bede83356131656040860160208701613bbd565b604080516020810194909452838101929092526001600160a01b0316606083810191909152908501356080838101919091529085013560a0838101919091529085013560c083015284013560e082015261010001612fb7565b5f5f5f6131cc868686613702565b5090925090505f8160038111156131e5576131e5614047565b1480156132035750866001600160a01b0316826001600160a01b0316145b15613213576001925050506110fb565b61321f87878787613749565b979650505050505050565b6001600160a01b0382165f908152600360205260409020805460018101909155818114610d88576040517f752d88c00000000000000000000000000000000000000000000000000000000081526001600160a01b038416600482015260248101829052604401610a46565b600181015481545f916bffffffffffffffffffffffff1690612710906126b1907c0100000000000000000000000000000000000000000000000000000000900461ffff16836141a7565b8054740300000000000000000000000000000000000000007fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff82161782556040516bffffffffffffffffffffffff909116808252906001600160a01b0384169085907f43b91a05fa0d756d42ad732428125c0e8d549b56a9ed16092d8582c18a3ed52a9060200160405180910390a361108d6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001684836126c2565b6001600160a01b0381166133e2576040517f14bcf5c800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600780547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f90602001613123565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15612624576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16611485576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610a46565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613582578383151615613576573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f3660148082108015906135ca57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b156135f0576135dd36828403815f6143fa565b6135e691614421565b60601c9250505090565b339250505090565b5f6109796136046137cc565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166136b45783831516156136a8573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60605f6136d1836138f5565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80806041849003613736578435602086013560408701355f1a61372889828585613935565b955095509550505050613740565b505f915060029050825b93509350939050565b604080517f1626ba7e00000000000000000000000000000000000000000000000000000000808252600482018690526024820192909252604481018390525f91908390818660648301375f82606483010152601f820160051c60051b915060205f60648401838b5afa9050825f5114601f3d111681169350505050949350505050565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561382457507f000000000000000000000000000000000000000000000000000000000000000046145b1561384e57507f000000000000000000000000000000000000000000000000000000000000000090565b612743604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f60ff8216601f811115610979576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561396e57505f91506003905082613a11565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156139bf573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001519150506001600160a01b038116613a0857505f925060019150829050613a11565b92505f91508190505b9450945094915050565b5f60208284031215613a2b575f5ffd5b81357fffffffff00000000000000000000000000000000000000000000000000000000811681146126bb575f5ffd5b80356001600160a01b0381168114612688575f5ffd5b8015158114610ec6575f5ffd5b5f5f5f60608486031215613a8f575f5ffd5b83359250613a9f60208501613a5a565b91506040840135613aaf81613a70565b809150509250925092565b5f60208284031215613aca575f5ffd5b5035919050565b80356bffffffffffffffffffffffff81168114612688575f5ffd5b803563ffffffff81168114612688575f5ffd5b803567ffffffffffffffff81168114612688575f5ffd5b5f5f5f5f5f5f5f5f610100898b031215613b2e575f5ffd5b88359750613b3e60208a01613ad1565b9650613b4c60408a01613aec565b9550613b5a60608a01613aff565b94506080890135935060a089013560ff81168114613b76575f5ffd5b979a969950949793969295929450505060c08201359160e0013590565b5f5f60408385031215613ba4575f5ffd5b82359150613bb460208401613a5a565b90509250929050565b5f60208284031215613bcd575f5ffd5b6126bb82613a5a565b5f5f5f60608486031215613be8575f5ffd5b83359250613bf860208501613a5a565b929592945050506040919091013590565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f613c8f60e0830189613c09565b8281036040840152613ca18189613c09565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015613cf6578351835260209384019390920191600101613cd8565b50909b9a5050505050505050505050565b5f60208284031215613d17575f5ffd5b813561ffff811681146126bb575f5ffd5b5f60c08284031215613d38575f5ffd5b50919050565b5f5f83601f840112613d4e575f5ffd5b50813567ffffffffffffffff811115613d65575f5ffd5b6020830191508360208260051b8501011115613d7f575f5ffd5b9250929050565b5f5f5f5f5f6101008688031215613d9b575f5ffd5b613da58787613d28565b945060c086013567ffffffffffffffff811115613dc0575f5ffd5b8601601f81018813613dd0575f5ffd5b803567ffffffffffffffff811115613de6575f5ffd5b886020828401011115613df7575f5ffd5b6020919091019450925060e086013567ffffffffffffffff811115613e1a575f5ffd5b613e2688828901613d3e565b969995985093965092949392505050565b5f5f5f5f60808587031215613e4a575f5ffd5b84359350613e5a60208601613ad1565b9250613e6860408601613aec565b9150613e7660608601613aff565b905092959194509250565b5f60c08284031215613e91575f5ffd5b6126bb8383613d28565b5f5f5f5f5f60808688031215613eaf575f5ffd5b85359450613ebf60208701613a5a565b935060408601359250606086013567ffffffffffffffff811115613e1a575f5ffd5b5f5f5f5f60408587031215613ef4575f5ffd5b843567ffffffffffffffff811115613f0a575f5ffd5b613f1687828801613d3e565b909550935050602085013567ffffffffffffffff811115613f35575f5ffd5b613f4187828801613d3e565b95989497509550505050565b81516001600160a01b0316815261014081016020830151613f7a602084018267ffffffffffffffff169052565b506040830151613f90604084018261ffff169052565b506060830151613fa4606084018215159052565b506080830151613fb8608084018215159052565b5060a0830151613fd860a08401826bffffffffffffffffffffffff169052565b5060c0830151613ff060c084018263ffffffff169052565b5060e083015161400860e084018263ffffffff169052565b5061010083015161402261010084018263ffffffff169052565b5061012083015161404061012084018267ffffffffffffffff169052565b5092915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600581106140a9577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b5f6060820190506bffffffffffffffffffffffff835116825267ffffffffffffffff602084015116602083015260408301516140406040840182614074565b8381526001600160a01b0383166020820152606081016110fb6040830184614074565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f63ffffffff8216806141515761415161410f565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0192915050565b808201808211156109795761097961410f565b5f6020828403121561419c575f5ffd5b81516126bb81613a70565b80820281158282048414176109795761097961410f565b67ffffffffffffffff81811683821601908111156109795761097961410f565b5f63ffffffff821663ffffffff81036141f9576141f961410f565b60010192915050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b5f60408201858352604060208401528084825260608401905060608560051b8501019150855f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1883603015b87821015614321577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa087860301845282358181126142d1575f5ffd5b890160208101903567ffffffffffffffff8111156142ed575f5ffd5b8036038213156142fb575f5ffd5b614306878284614202565b96505050602083019250602084019350600182019150614295565b509298975050505050505050565b5f82614362577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b818103818111156109795761097961410f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036143d7576143d761410f565b5060010190565b63ffffffff82811682821603908111156109795761097961410f565b5f5f85851115614408575f5ffd5b83861115614414575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015614040577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b8216169150509291505056fea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x02\xEEW_5`\xE0\x1C\x80c\x8E\0US\x11a\x01\x92W\x80c\xD5Gt\x1F\x11a\0\xE8W\x80c\xE0\xA0\xCFt\x11a\0\x93W\x80c\xEA\x06\xD7\xE6\x11a\0nW\x80c\xEA\x06\xD7\xE6\x14a\x08\x87W\x80c\xF0\xF4B`\x14a\x08\xAEW\x80c\xFC\x0CTj\x14a\x08\xC1W__\xFD[\x80c\xE0\xA0\xCFt\x14a\x08LW\x80c\xE1\xC4<}\x14a\x08lW\x80c\xE6\xF6\t\xEA\x14a\x08\x7FW__\xFD[\x80c\xD8d\xE7@\x11a\0\xC3W\x80c\xD8d\xE7@\x14a\x08\0W\x80c\xDD\xCA?C\x14a\x08&W\x80c\xDD\xD5\xE1\xB2\x14a\x089W__\xFD[\x80c\xD5Gt\x1F\x14a\x065W\x80c\xD5[\xE8\xC6\x14a\x03\xD3W\x80c\xD8E\xA4\xB3\x14a\x06HW__\xFD[\x80c\xA2\x17\xFD\xDF\x11a\x01HW\x80c\xB1z\xCD\xCD\x11a\x01#W\x80c\xB1z\xCD\xCD\x14a\x06\x05W\x80c\xC5]\x05\xF2\x14a\x06\x18W\x80c\xCB\xEA\xB5\x16\x14a\x06+W__\xFD[\x80c\xA2\x17\xFD\xDF\x14a\x05\xE1W\x80c\xA7o\xB6\x8E\x14a\x05\xE8W\x80c\xA9U\x80A\x14a\x05\xFBW__\xFD[\x80c\x91\xD1HT\x11a\x01xW\x80c\x91\xD1HT\x14a\x05\x85W\x80c\x95\r\xEB\x07\x14a\x05\xBBW\x80c\x99[\xA6\xA6\x14a\x05\xCEW__\xFD[\x80c\x8E\0US\x14a\x05_W\x80c\x90\xC73\xEF\x14a\x05rW__\xFD[\x80cM\x10J\xDF\x11a\x02GW\x80ca\xD0'\xB3\x11a\x01\xFDW\x80c~\xCE\xBE\0\x11a\x01\xD8W\x80c~\xCE\xBE\0\x14a\x05'W\x80c\x80\xCB\xC6\xFA\x14a\x05:W\x80c\x84\xB0\x19n\x14a\x05DW__\xFD[\x80ca\xD0'\xB3\x14a\x04\xC9W\x80ch\x99\xD0\xF5\x14a\x04\xEEW\x80c}\xA0\xA8w\x14a\x05\x01W__\xFD[\x80cW+l\x05\x11a\x02-W\x80cW+l\x05\x14a\x04nW\x80cZ\rT\x8E\x14a\x04\xAEW\x80c[\xAD\xBEL\x14a\x04\xC1W__\xFD[\x80cM\x10J\xDF\x14a\x04<W\x80cR\xDD\xDE\x9D\x14a\x04cW__\xFD[\x80c\x14\x02\xB1z\x11a\x02\xA7W\x80c//\xF1]\x11a\x02\x82W\x80c//\xF1]\x14a\x03\xEFW\x80c6V\x8A\xBE\x14a\x04\x02W\x80c7G\\Q\x14a\x04\x15W__\xFD[\x80c\x14\x02\xB1z\x14a\x03\x9EW\x80c$\x8A\x9C\xA3\x14a\x03\xB1W\x80c.s3\xAE\x14a\x03\xD3W__\xFD[\x80c\n\xEB\xEBN\x11a\x02\xD7W\x80c\n\xEB\xEBN\x14a\x03/W\x80c\x11T,\xBB\x14a\x03BW\x80c\x11\x7F_\x92\x14a\x03cW__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x02\xF2W\x80c\x04\x8EE\xCA\x14a\x03\x1AW[__\xFD[a\x03\x05a\x03\x006`\x04a:\x1BV[a\x08\xE7V[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x03-a\x03(6`\x04a:}V[a\t\x7FV[\0[a\x03-a\x03=6`\x04a:\xBAV[a\r\x8DV[a\x03Ua\x03P6`\x04a;\x16V[a\x0E\xC9V[`@Q\x90\x81R` \x01a\x03\x11V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x03\x11V[a\x03-a\x03\xAC6`\x04a:\xBAV[a\x0F\xE0V[a\x03Ua\x03\xBF6`\x04a:\xBAV[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[a\x03\xDCa\x03\xE8\x81V[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x03\x11V[a\x03-a\x03\xFD6`\x04a;\x93V[a\x10iV[a\x03-a\x04\x106`\x04a;\x93V[a\x10\x93V[a\x03U\x7F\xEEw\x11\x10\xDA\x14&\x01\"R\0g-I\xFA\xC7\x188yn\x8A\xE4}\x8Ac2\xDA\xE7\x1C\xD1\x9D\xB3\x81V[a\x03U\x7F\xBB\x08A\x8Agr\x9A\x07\x8F\x87\xBB\xC8\xD0*w\t)\xBBh\xF5\xBF\xDF\x13J\xE2\xEA\xD6\xED8\xE2\xF4\xAE\x81V[a\x03\x85c\x01\xE13\x80\x81V[a\x03\x05a\x04|6`\x04a;\xBDV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x91\x16\x14\x90V[a\x03Ua\x04\xBC6`\x04a;\xD6V[a\x10\xEFV[`\x06Ta\x03UV[`\x07T`\x01`\x01`\xA0\x1B\x03\x16[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x03\x11V[a\x03-a\x04\xFC6`\x04a;\xD6V[a\x11\x03V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x04\xD6V[a\x03Ua\x0556`\x04a;\xBDV[a\x13\xF7V[a\x03\x85b'\x8D\0\x81V[a\x05La\x14\x14V[`@Qa\x03\x11\x97\x96\x95\x94\x93\x92\x91\x90a<UV[a\x03-a\x05m6`\x04a=\x07V[a\x14rV[a\x03-a\x05\x806`\x04a=\x86V[a\x14\x89V[a\x03\x05a\x05\x936`\x04a;\x93V[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x03Ua\x05\xC96`\x04a>7V[a\x1B\xF1V[a\x03Ua\x05\xDC6`\x04a>\x81V[a\x1C\x10V[a\x03U_\x81V[a\x03\x05a\x05\xF66`\x04a>\x9BV[a\x1C\x1AV[a\x03\x85b\x12u\0\x81V[a\x03-a\x06\x136`\x04a:\xBAV[a\x1C\xBEV[a\x03Ua\x06&6`\x04a>\xE1V[a\x1F\x0BV[a\x03\x85b\x01Q\x80\x81V[a\x03-a\x06C6`\x04a;\x93V[a {V[a\x07\xF3a\x06V6`\x04a:\xBAV[`@\x80Qa\x01@\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x91\x90\x91RP_\x90\x81R`\x04` \x90\x81R`@\x91\x82\x90 \x82Qa\x01@\x81\x01\x84R\x81T`\x01`\x01`\xA0\x1B\x03\x81\x16\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x80\x83\x04\x82\x16\x95\x84\x01\x95\x90\x95Ra\xFF\xFF|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x04\x16\x95\x83\x01\x95\x90\x95R`\xFF~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x15\x15``\x84\x01R\x7F\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16\x15\x15`\x80\x82\x01R`\x01\x90\x91\x01Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16`\xA0\x83\x01Rc\xFF\xFF\xFF\xFFl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16`\xC0\x84\x01Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16`\xE0\x84\x01R\x92\x81\x04\x90\x92\x16a\x01\0\x82\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x90\x91\x16a\x01 \x82\x01R\x90V[`@Qa\x03\x11\x91\x90a?MV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x04\xD6V[`\x07T`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16a\x03\xDCV[a\x03-a\x08G6`\x04a;\x93V[a \x9FV[a\x08_a\x08Z6`\x04a;\x93V[a!\xB6V[`@Qa\x03\x11\x91\x90a@\xADV[a\x03-a\x08z6`\x04a;\x93V[a\"qV[a\x03Ua%aV[a\x03U\x7F\x07\x1C\xA4\xA2\xF7}Ik2\x14R\xE3\xD9\n:d\x1D\t\x8D\xCF\xCC\x84\xA6\x18\x8BR\xD2})8\xBE\xDE\x81V[a\x03-a\x08\xBC6`\x04a;\xBDV[a%\xDCV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x04\xD6V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\tyWP\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x14[\x92\x91PPV[a\t\x87a%\xEFV[\x7F\xBB\x08A\x8Agr\x9A\x07\x8F\x87\xBB\xC8\xD0*w\t)\xBBh\xF5\xBF\xDF\x13J\xE2\xEA\xD6\xED8\xE2\xF4\xAEa\t\xB1\x81a&&V[_a\t\xBB\x85a&7V[_\x86\x81R`\x05` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x89\x16\x84R\x90\x91R\x90 \x90\x91P`\x02\x81T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\t\xFEWa\t\xFEa@GV[\x14a\nOW\x80T`@Q\x7F\x87\xAF_n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\nF\x91\x88\x91\x88\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01a@\xECV[`@Q\x80\x91\x03\x90\xFD[`\x01\x82\x01\x80T`\x14\x90a\nn\x90`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16aA<V[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP_a\n\x96\x83a&\x8DV[\x90P\x84\x15a\x0B\xC3W\x81Tt\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x17\x83U`@Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x80\x82R\x90`\x01`\x01`\xA0\x1B\x03\x88\x16\x90\x89\x90\x7FC\xB9\x1A\x05\xFA\rumB\xADs$(\x12\\\x0E\x8DT\x9BV\xA9\xED\x16\t-\x85\x82\xC1\x8A>\xD5*\x90` \x01`@Q\x80\x91\x03\x90\xA3\x86`\x01`\x01`\xA0\x1B\x03\x16\x87`\x01`\x01`\xA0\x1B\x03\x16\x89\x7F\xF3_\xE8[\xD3\xBE\xA1\x9CEKC\x07M\x92\xE1\xC6+\xB8z\0Z\x98n\rj\xDB\xEB\x8B\xB3\x15\x9B\x13\x85`@Qa\x0Bs\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA4a\x0B\xBA\x87a\x0B\x89\x84\x84aAyV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91\x90a&\xC2V[PPPPa\r\x7FV[\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x04\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x82U`\x01\x83\x01\x80T`\x10\x90a\x0C,\x90p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16aA<V[\x82Tc\xFF\xFF\xFF\xFF\x91\x82\x16a\x01\0\x93\x90\x93\n\x92\x83\x02\x91\x90\x92\x02\x19\x90\x91\x16\x17\x90U`\x01\x83\x01T\x83Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x90`\x01`\x01`\xA0\x1B\x03\x81\x16\x90_\x90`\xFF~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16a\x0C\xA0W\x83a\x0C\xAAV[a\x0C\xAA\x84\x84aAyV[\x90P\x88`\x01`\x01`\xA0\x1B\x03\x16\x8A\x7FY\x8C\xF7\xB1\x03z,\xBB'd]N\xF9\x1AP\xABK\x13\xDBE\xCC\x85\xEB\xD8\xED\xEE\xA2b3\xEA\x92\x88\x85`@Qa\x0C\xE8\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3\x81`\x01`\x01`\xA0\x1B\x03\x16\x89`\x01`\x01`\xA0\x1B\x03\x16\x8B\x7F\xF3_\xE8[\xD3\xBE\xA1\x9CEKC\x07M\x92\xE1\xC6+\xB8z\0Z\x98n\rj\xDB\xEB\x8B\xB3\x15\x9B\x13\x87`@Qa\r6\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA4\x80\x15a\rxWa\rx`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83\x83a&\xC2V[PPPPPP[Pa\r\x88a'\x10V[PPPV[a\r\x95a%\xEFV[_a\r\x9F\x82a&7V[\x90P_a\r\xAAa':V[\x82T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x90\x82\x16\x81\x14\x80\x15\x90a\x0EhWP`@Q\x7FP\x8F:7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cP\x8F:7\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0EDW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0Eh\x91\x90aA\x8CV[\x15a\x0E\xB1W`@Q\x7F\xF8\xB1\xE2\xFC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`\x01`\x01`\xA0\x1B\x03\x83\x16`$\x82\x01R`D\x01a\nFV[a\x0E\xBB\x84\x84a'HV[PPPa\x0E\xC6a'\x10V[PV[_a\x0E\xD2a%\xEFV[_a\x0E\xF1c\xFF\xFF\xFF\xFF\x89\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16aA\xA7V[\x90P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xD5\x05\xAC\xCFa\x0F*a':V[`@Q\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0\x84\x90\x1B\x16\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R0`$\x82\x01R`D\x81\x01\x84\x90R`d\x81\x01\x89\x90R`\xFF\x88\x16`\x84\x82\x01R`\xA4\x81\x01\x87\x90R`\xC4\x81\x01\x86\x90R`\xE4\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x0F\xABW__\xFD[PZ\xF1\x92PPP\x80\x15a\x0F\xBCWP`\x01[Pa\x0F\xC9\x8A\x8A\x8A\x8Aa(\xCEV[\x91PPa\x0F\xD4a'\x10V[\x98\x97PPPPPPPPV[a\x0F\xE8a%\xEFV[_a\x0F\xF2\x82a&7V[\x80T\x90\x91P`\x01`\xA0\x1B\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a\x10VW\x80T`@Q\x7F\xBDQE\xDB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\xA0\x1B\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R`$\x01a\nFV[a\x10`\x82\x82a'HV[Pa\x0E\xC6a'\x10V[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x10\x83\x81a&&V[a\x10\x8D\x83\x83a-\xE4V[PPPPV[a\x10\x9Ba':V[`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14a\x10\xE5W`@Q\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\r\x88\x82\x82a.\xAAV[_a\x10\xFB\x84\x84\x84a/gV[\x94\x93PPPPV[a\x11\x0Ba%\xEFV[_a\x11\x15\x84a&7V[\x90P_a\x11 a':V[\x82T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x80\x83\x16\x91\x16\x14a\x11{W`@Q\x7F\xF8\xB1\xE2\xFC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`\x01`\x01`\xA0\x1B\x03\x82\x16`$\x82\x01R`D\x01a\nFV[_\x85\x81R`\x05` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x88\x16\x84R\x90\x91R\x90 `\x01\x81T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\x11\xBBWa\x11\xBBa@GV[\x14a\x12\x03W\x80T`@Q\x7F\x87\xAF_n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\nF\x91\x88\x91\x88\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01a@\xECV[\x80Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10a\x12uW\x80T`@Q\x7FcHlR\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R`$\x01a\nFV[\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x81U_a\x12\xC0b\x12u\0BaA\xBEV[\x82T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16l\x01\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x02\x17\x83U`\x01\x85\x01\x80T\x91\x92P\x90`\x14\x90a\x13$\x90`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16aA\xDEV[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP_a\x13L\x85a&\x8DV[\x90P\x86`\x01`\x01`\xA0\x1B\x03\x16\x88\x7F\xA9a\x90\xCE\x1D\xDD\xFE\x92\xA4[\"\xC5\x8A\xDE\x84l]\xC7\x04\xDEY\x10<\xEE`!v\xCD\x96o=\xB7\x88\x84\x86`@Qa\x13\xA7\x93\x92\x91\x90\x92\x83R` \x83\x01\x91\x90\x91Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`@\x82\x01R``\x01\x90V[`@Q\x80\x91\x03\x90\xA3\x80\x15a\x13\xEAWa\x13\xEA`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x850\x84a/\xD2V[PPPPPa\r\x88a'\x10V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x03` R`@\x81 Ta\tyV[_``\x80___``a\x14%a0!V[a\x14-a0LV[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[_a\x14|\x81a&&V[a\x14\x85\x82a0wV[PPV[a\x14\x91a%\xEFV[_a\x14\x9C\x865a&7V[\x80T\x90\x91P~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x80a\x14\xE3WP\x80T`\x01`\xA0\x1B\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x15\x1DW`@Q\x7F\x0CC\xB3\xC0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x865`\x04\x82\x01R`$\x01a\nFV[`\x01\x81\x01Tc\xFF\xFF\xFF\xFFl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x16\x10a\x15\x89W`@Q\x7F#\xC3\x94\xB2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x865`\x04\x82\x01R`$\x01a\nFV[\x80T`@Q\x7FP\x8F:7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x91\x82\x16`\x04\x82\x01\x81\x90R\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cP\x8F:7\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x16\x0BW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x16/\x91\x90aA\x8CV[a\x16wW`@Q\x7F\xF2\xE4@`\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x875`\x04\x82\x01R`\x01`\x01`\xA0\x1B\x03\x82\x16`$\x82\x01R`D\x01a\nFV[`\x01\x82\x01Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16``\x88\x015\x81\x14a\x16\xD4W`@Q\x7F:\xD7w\x1A\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R``\x89\x015`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\nFV[\x87`\xA0\x015B\x11\x15a\x17\x18W`@Q\x7F\xCD!\xDBO\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xA0\x89\x015`\x04\x82\x01R`$\x01a\nFV[\x875_\x90\x81R`\x05` \x90\x81R`@\x80\x83 \x91\x83\x91a\x17<\x91\x90\x8D\x01\x90\x8D\x01a;\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_\x90\x81 \x91P\x81T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\x17uWa\x17ua@GV[\x14a\x17\xD0W\x885a\x17\x8C`@\x8B\x01` \x8C\x01a;\xBDV[`@Q\x7F\xDA{ \x11\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x92\x90\x92R`\x01`\x01`\xA0\x1B\x03\x16`$\x82\x01R`D\x01a\nFV[a\x17\xF3a\x17\xE3`@\x8B\x01` \x8C\x01a;\xBDV[a\x17\xEC\x8Ba1.V[\x8A\x8Aa1\xBEV[a\x18EWa\x18\x07`@\x8A\x01` \x8B\x01a;\xBDV[`@Q\x7F\xD8U\xC4\xF4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\nFV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16c\xF9\xC8\x15Ba\x18\x93\x8B5a\x18\x89`@\x8E\x01` \x8F\x01a;\xBDV[\x8D`@\x015a/gV[\x88\x88`@Q\x84c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a\x18\xB3\x93\x92\x91\x90aBIV[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x18\xCEW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x18\xF2\x91\x90aA\x8CV[a\x19LW\x885a\x19\x08`@\x8B\x01` \x8C\x01a;\xBDV[`@Q\x7F\x83,\x98\xFD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x92\x90\x92R`\x01`\x01`\xA0\x1B\x03\x16`$\x82\x01R`D\x01a\nFV[a\x19ia\x19_`@\x8B\x01` \x8C\x01a;\xBDV[\x8A`\x80\x015a2*V[`\x01\x84\x01\x80T`\x10\x90a\x19\x95\x90p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16aA\xDEV[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPB\x84`\x01\x01`\x18a\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0Ba\x1A\x0B\x91\x90aA\xBEV[`@\x80Q``\x81\x01\x90\x91R\x86T\x91\x92P\x90\x81\x90a'\x10\x90a\x1AP\x90|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04a\xFF\xFF\x16\x87aA\xA7V[a\x1AZ\x91\x90aC/V[a\x1Ad\x90\x86aCgV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16` \x82\x01R`@\x01`\x01\x90R\x8A5_\x90\x81R`\x05` \x90\x81R`@\x80\x83 \x92\x91a\x1A\xAD\x91\x8F\x01\x90\x8F\x01a;\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x83Q\x81T\x93\x85\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x94\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x92\x90\x92\x17\x80\x83U\x90\x83\x01Q\x90\x82\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1B\x83`\x04\x81\x11\x15a\x1BeWa\x1Bea@GV[\x02\x17\x90UPa\x1B}\x91PP`@\x8B\x01` \x8C\x01a;\xBDV[`@\x80Q\x8C\x82\x015\x81R`\x80\x8D\x015` \x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x81\x83\x01R\x90Q`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x8C5\x91\x7F'\xDF1\xCB\xEB{\xC4t\xA1\\F\x02\xC6\xC3g\xEF\xDD\x99=\xE3z\xB8\x95\xC1\xE4:\xE3|<\xA3]p\x91\x90\x81\x90\x03``\x01\x90\xA3PPPPPa\x1B\xEAa'\x10V[PPPPPV[_a\x1B\xFAa%\xEFV[a\x1C\x06\x85\x85\x85\x85a(\xCEV[\x90Pa\x10\xFBa'\x10V[_a\ty\x82a1.V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xF9\xC8\x15Ba\x1CU\x88\x88\x88a/gV[\x85\x85`@Q\x84c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a\x1Cu\x93\x92\x91\x90aBIV[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1C\x90W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1C\xB4\x91\x90aA\x8CV[\x96\x95PPPPPPV[a\x1C\xC6a%\xEFV[_a\x1C\xD0\x82a&7V[\x80T\x90\x91P_\x90~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x80a\x1D\x19WP\x81T`\x01`\xA0\x1B\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x90P\x80\x15\x80a\x1DLWP\x81T\x7F\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16[\x80a\x1DgWP`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x15\x15[\x80a\x1D\xC8WP`\x01\x82\x01Ta\x1D\xC5\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x91x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16aAyV[B\x10[\x15a\x1E\x02W`@Q\x7F\xA2\xF1\x1D_\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\nFV[\x81T~\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7F\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x82U`\x01\x82\x01T_\x90c\xFF\xFF\xFF\xFFp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16a\x1Et\x84a2\x95V[a\x1E~\x91\x90aA\xA7V[`\x07T`@Q\x82\x81R\x91\x92P`\x01`\x01`\xA0\x1B\x03\x16\x90\x81\x90\x86\x90\x7Fr\x01Z\xCE\x03q/6\x12I8\x06W\xB3\xD4\x07w\xDD\x8F\x8Ahfd\xCA\xB4\x8A\xFD\x9D\xBB\xE4I\x9F\x90` \x01`@Q\x80\x91\x03\x90\xA3\x81\x15a\x1E\xFFWa\x1E\xFF`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x82\x84a&\xC2V[PPPPa\x0E\xC6a'\x10V[_a\x1F\x14a%\xEFV[\x83\x82\x14a\x1FMW`@Q\x7F\xFFc:8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_[\x84\x81\x10\x15a rW_`\x05_\x88\x88\x85\x81\x81\x10a\x1FmWa\x1FmaCzV[\x90P` \x02\x015\x81R` \x01\x90\x81R` \x01_ _\x86\x86\x85\x81\x81\x10a\x1F\x94Wa\x1F\x94aCzV[\x90P` \x02\x01` \x81\x01\x90a\x1F\xA9\x91\x90a;\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_ \x90P`\x01\x81T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\x1F\xE2Wa\x1F\xE2a@GV[\x14\x15\x80a \tWP\x80Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10[\x15a \x14WPa jV[a ]\x87\x87\x84\x81\x81\x10a )Wa )aCzV[\x90P` \x02\x015\x86\x86\x85\x81\x81\x10a BWa BaCzV[\x90P` \x02\x01` \x81\x01\x90a W\x91\x90a;\xBDV[\x83a2\xDFV[a f\x83aC\xA7V[\x92PP[`\x01\x01a\x1FOV[Pa\x10\xFBa'\x10V[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta \x95\x81a&&V[a\x10\x8D\x83\x83a.\xAAV[a \xA7a%\xEFV[_\x82\x81R`\x05` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 `\x01\x81T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a \xE7Wa \xE7a@GV[\x14a!/W\x80T`@Q\x7F\x87\xAF_n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\nF\x91\x85\x91\x85\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01a@\xECV[\x80Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a!\xA2W\x80T`@Q\x7F\x14\xA3\x0B\x86\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R`$\x01a\nFV[a!\xAD\x83\x83\x83a2\xDFV[Pa\x14\x85a'\x10V[a!\xD6`@\x80Q``\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x90\x91\x82\x01R\x90V[_\x83\x81R`\x05` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x82R\x91\x82\x90 \x82Q``\x81\x01\x84R\x81Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x82\x01\x93\x90\x93R\x92\x90\x91\x90\x83\x01\x90`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\"VWa\"Va@GV[`\x04\x81\x11\x15a\"gWa\"ga@GV[\x90RP\x93\x92PPPV[a\"ya%\xEFV[_a\"\x83\x83a&7V[_\x84\x81R`\x05` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x84R\x90\x91R\x90 \x90\x91P`\x02\x81T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\"\xC6Wa\"\xC6a@GV[\x14a#\x0EW\x80T`@Q\x7F\x87\xAF_n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\nF\x91\x86\x91\x86\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01a@\xECV[\x80Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a#\x81W\x80T`@Q\x7F\x7F5E\x12\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R`$\x01a\nFV[`\x01\x82\x01\x80T`\x14\x90a#\xA0\x90`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16aA<V[\x82Tc\xFF\xFF\xFF\xFF\x91\x82\x16a\x01\0\x93\x90\x93\n\x92\x83\x02\x91\x90\x92\x02\x19\x90\x91\x16\x17\x90U\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16t\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x82Uk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_a$\x15\x84a&\x8DV[\x84T`@Q\x91\x92P`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x91\x90\x87\x16\x90\x88\x90\x7Fj]p\x93\x1BZ\x82og\x9E\x95h\x17\x89\xDF\tpaf\x9DT\x14\xA0\xE5(\xBCh\rS\x0E\xBB\x1F\x90_\x90\xA3\x85`\x01`\x01`\xA0\x1B\x03\x16\x87\x7FC\xB9\x1A\x05\xFA\rumB\xADs$(\x12\\\x0E\x8DT\x9BV\xA9\xED\x16\t-\x85\x82\xC1\x8A>\xD5*\x85`@Qa$\x90\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3\x80`\x01`\x01`\xA0\x1B\x03\x16\x86`\x01`\x01`\xA0\x1B\x03\x16\x88\x7F\xF3_\xE8[\xD3\xBE\xA1\x9CEKC\x07M\x92\xE1\xC6+\xB8z\0Z\x98n\rj\xDB\xEB\x8B\xB3\x15\x9B\x13\x85`@Qa$\xDE\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA4a%\x1A`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x87\x85a&\xC2V[\x81\x15a%TWa%T`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x82\x84a&\xC2V[PPPPPa\x14\x85a'\x10V[__a%ka':V[\x90Pa%\x93\x81`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x03` R`@\x90 \x80T`\x01\x81\x01\x90\x91U\x90V[\x91P\x80`\x01`\x01`\xA0\x1B\x03\x16\x7F\xC4\xE3\xAD\xE2\x10\xEF\xAF\xF6)\xE7\x0F\x7F\x10\x01t\xA7P!\xA9\xBE;8\x15#`XZ\x9CU\xF9\xE4\x8E\x83`@Qa%\xD0\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2P\x90V[_a%\xE6\x81a&&V[a\x14\x85\x82a3\xA2V[a%\xF7a4HV[a&$`\x01\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0[\x90a4\xA1V[V[a\x0E\xC6\x81a&2a':V[a4\xA8V[_\x81\x81R`\x04` R`@\x90 \x80T`\x01`\x01`\xA0\x1B\x03\x16a&\x88W`@Q\x7F\x1Fy\xBB\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\nFV[\x91\x90PV[`\x01\x81\x01T_\x90k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a'\x10a&\xB1a\x03\xE8\x83aA\xA7V[a&\xBB\x91\x90aC/V[\x93\x92PPPV[a&\xCF\x83\x83\x83`\x01a5\x13V[a\r\x88W`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\nFV[a&$_\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0a&\x1EV[_a'Ca5\x8EV[\x90P\x90V[\x80T~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x15a'\xA9W`@Q\x7F^>\x01(\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\nFV[\x80T\x7F\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x81U`\x01\x81\x01T_\x90a(-\x90c\xFF\xFF\xFF\xFFp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x91l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16aC\xDEV[`\x01\x83\x01Ta(P\x91c\xFF\xFF\xFF\xFF\x16\x90k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aA\xA7V[\x82T`@Q\x82\x81R\x91\x92P`\x01`\x01`\xA0\x1B\x03\x16\x90\x84\x90\x7F\x90Qrk\xDC\xD3\xFBy\xDE\xC3\xE3\x94\x1CXx\xE7\x91\xEBoq\x95N\xE86\xC0\x84\xAB\xE3\x94\xD5\xABR\x90` \x01`@Q\x80\x91\x03\x90\xA2\x81\x15a\x10\x8DWa\x10\x8D`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x82\x84a&\xC2V[__a(\xD8a':V[`@Q\x7FP\x8F:7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x80\x83\x16`\x04\x83\x01R\x91\x92P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90cP\x8F:7\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a)ZW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a)~\x91\x90aA\x8CV[a)\xBFW`@Q\x7F\x02\x9E\xF8\xED\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\nFV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x15\x80a)\xDEWPc\xFF\xFF\xFF\xFF\x84\x16\x15[\x80a)\xF3WPB\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15[\x15a**W`@Q\x7FA\xAB\xC8\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a*9c\x01\xE13\x80BaA\xBEV[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a*\x9DW`@Q\x7F\x9A\t\xD8\xE0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x86\x16`\x04\x83\x01R\x82\x16`$\x82\x01R`D\x01a\nFV[`\x06_\x81Ta*\xAB\x90aC\xA7V[\x91\x90P\x81\x90U\x92P_`\x07`\x14\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16\x90P`@Q\x80a\x01@\x01`@R\x80\x84`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x86g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x82a\xFF\xFF\x16\x81R` \x01_\x15\x15\x81R` \x01_\x15\x15\x81R` \x01\x88k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x87c\xFF\xFF\xFF\xFF\x16\x81R` \x01_c\xFF\xFF\xFF\xFF\x16\x81R` \x01_c\xFF\xFF\xFF\xFF\x16\x81R` \x01_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81RP`\x04_\x86\x81R` \x01\x90\x81R` \x01_ _\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01`\xA0\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\xA0\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x14a\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\x1Ca\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\x1Ea\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UP`\x80\x82\x01Q\x81_\x01`\x1Fa\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81`\x01\x01`\x0Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xE0\x82\x01Q\x81`\x01\x01`\x10a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPa\x01\0\x82\x01Q\x81`\x01\x01`\x14a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPa\x01 \x82\x01Q\x81`\x01\x01`\x18a\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x90PP\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F\x17\xD1\xE0\xCB}\xBC\x8E\xAD*\x93\xB4\xDDm\x1C\x1E\xA4\xA4?'\xD7({\xA7_yD\xA1\x18p\xC3\xCFh\x8A\x8A\x8A\x8A\x87`@Qa-|\x95\x94\x93\x92\x91\x90\x94\x85Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93\x90\x93\x16` \x85\x01Rc\xFF\xFF\xFF\xFF\x91\x90\x91\x16`@\x84\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16``\x83\x01Ra\xFF\xFF\x16`\x80\x82\x01R`\xA0\x01\x90V[`@Q\x80\x91\x03\x90\xA3a-\xD9\x830a-\xA7c\xFF\xFF\xFF\xFF\x8A\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8C\x16aA\xA7V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x92\x91\x90a/\xD2V[PPP\x94\x93PPPPV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a.\xA3W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90Ua.[a':V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\tyV[P_a\tyV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16\x15a.\xA3W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16\x90Ua/\x1Fa':V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\tyV[`@\x80Q\x7F\xEEw\x11\x10\xDA\x14&\x01\"R\0g-I\xFA\xC7\x188yn\x8A\xE4}\x8Ac2\xDA\xE7\x1C\xD1\x9D\xB3` \x82\x01R\x90\x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x83\x16``\x82\x01R`\x80\x81\x01\x82\x90R_\x90a\x10\xFB\x90`\xA0\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 a5\xF8V[a/\xE0\x84\x84\x84\x84`\x01a6?V[a\x10\x8DW`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\nFV[``a'C\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a6\xC5V[``a'C\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a6\xC5V[a\x03\xE8a\xFF\xFF\x82\x16\x11\x15a0\xBDW`@Q\x7F\x8E\xA7\x0C\x07\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\nFV[`\x07\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1Ba\xFF\xFF\x84\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x90\x81R\x7F\xAA\xB0b\xE3\xFA\xF6+l\x9A\x0F\x8Eb\xAFf\xE01\x0E'\x12z\x8C\x87\x1Ag\xBE}\xD4\xD9=\xE6\xDAS\x90` \x01[`@Q\x80\x91\x03\x90\xA1PV[_a\ty\x7F\x07\x1C\xA4\xA2\xF7}Ik2\x14R\xE3\xD9\n:d\x1D\t\x8D\xCF\xCC\x84\xA6\x18\x8BR\xD2})8\xBE\xDE\x835a1e`@\x86\x01` \x87\x01a;\xBDV[`@\x80Q` \x81\x01\x94\x90\x94R\x83\x81\x01\x92\x90\x92R`\x01`\x01`\xA0\x1B\x03\x16``\x83\x81\x01\x91\x90\x91R\x90\x85\x015`\x80\x83\x81\x01\x91\x90\x91R\x90\x85\x015`\xA0\x83\x81\x01\x91\x90\x91R\x90\x85\x015`\xC0\x83\x01R\x84\x015`\xE0\x82\x01Ra\x01\0\x01a/\xB7V[___a1\xCC\x86\x86\x86a7\x02V[P\x90\x92P\x90P_\x81`\x03\x81\x11\x15a1\xE5Wa1\xE5a@GV[\x14\x80\x15a2\x03WP\x86`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a2\x13W`\x01\x92PPPa\x10\xFBV[a2\x1F\x87\x87\x87\x87a7IV[\x97\x96PPPPPPPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x03` R`@\x90 \x80T`\x01\x81\x01\x90\x91U\x81\x81\x14a\r\x88W`@Q\x7Fu-\x88\xC0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\nFV[`\x01\x81\x01T\x81T_\x91k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90a'\x10\x90a&\xB1\x90|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04a\xFF\xFF\x16\x83aA\xA7V[\x80Tt\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x17\x82U`@Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x80\x82R\x90`\x01`\x01`\xA0\x1B\x03\x84\x16\x90\x85\x90\x7FC\xB9\x1A\x05\xFA\rumB\xADs$(\x12\\\x0E\x8DT\x9BV\xA9\xED\x16\t-\x85\x82\xC1\x8A>\xD5*\x90` \x01`@Q\x80\x91\x03\x90\xA3a\x10\x8D`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x84\x83a&\xC2V[`\x01`\x01`\xA0\x1B\x03\x81\x16a3\xE2W`@Q\x7F\x14\xBC\xF5\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x07\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F<\x86EA\xEFq7\x8Cb)Q\x0E\xD9\x0F7ee\xEEB\xD9\xC5\xE0\x90J\x98J\x9E\x86>m\xB4O\x90` \x01a1#V[\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0\\\x15a&$W`@Q\x7F>\xE5\xAE\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80\x82]PPV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T`\xFF\x16a\x14\x85W`@Q\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\nFV[`@Q\x7F\xA9\x05\x9C\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a5\x82W\x83\x83\x15\x16\x15a5vW=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[_6`\x14\x80\x82\x10\x80\x15\x90a5\xCAWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x163\x14[\x15a5\xF0Wa5\xDD6\x82\x84\x03\x81_aC\xFAV[a5\xE6\x91aD!V[``\x1C\x92PPP\x90V[3\x92PPP\x90V[_a\tya6\x04a7\xCCV[\x83`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[`@Q\x7F#\xB8r\xDD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16`\x04R\x86\x16`$R`D\x85\x90R\x91` \x83`d\x81\x80\x8CZ\xF1\x92P`\x01_Q\x14\x83\x16a6\xB4W\x83\x83\x15\x16\x15a6\xA8W=_\x82>=\x81\xFD[_\x88;\x11=\x15\x16\x83\x16\x92P[`@RP_``R\x95\x94PPPPPV[``_a6\xD1\x83a8\xF5V[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_\x80\x80`A\x84\x90\x03a76W\x845` \x86\x015`@\x87\x015_\x1Aa7(\x89\x82\x85\x85a95V[\x95P\x95P\x95PPPPa7@V[P_\x91P`\x02\x90P\x82[\x93P\x93P\x93\x90PV[`@\x80Q\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x82R`\x04\x82\x01\x86\x90R`$\x82\x01\x92\x90\x92R`D\x81\x01\x83\x90R_\x91\x90\x83\x90\x81\x86`d\x83\x017_\x82`d\x83\x01\x01R`\x1F\x82\x01`\x05\x1C`\x05\x1B\x91P` _`d\x84\x01\x83\x8BZ\xFA\x90P\x82_Q\x14`\x1F=\x11\x16\x81\x16\x93PPPP\x94\x93PPPPV[_0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a8$WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a8NWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a'C`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[_`\xFF\x82\x16`\x1F\x81\x11\x15a\tyW`@Q\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a9nWP_\x91P`\x03\x90P\x82a:\x11V[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a9\xBFW=__>=_\xFD[PP`@Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01Q\x91PP`\x01`\x01`\xA0\x1B\x03\x81\x16a:\x08WP_\x92P`\x01\x91P\x82\x90Pa:\x11V[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[_` \x82\x84\x03\x12\x15a:+W__\xFD[\x815\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x81\x14a&\xBBW__\xFD[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a&\x88W__\xFD[\x80\x15\x15\x81\x14a\x0E\xC6W__\xFD[___``\x84\x86\x03\x12\x15a:\x8FW__\xFD[\x835\x92Pa:\x9F` \x85\x01a:ZV[\x91P`@\x84\x015a:\xAF\x81a:pV[\x80\x91PP\x92P\x92P\x92V[_` \x82\x84\x03\x12\x15a:\xCAW__\xFD[P5\x91\x90PV[\x805k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a&\x88W__\xFD[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a&\x88W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a&\x88W__\xFD[________a\x01\0\x89\x8B\x03\x12\x15a;.W__\xFD[\x885\x97Pa;>` \x8A\x01a:\xD1V[\x96Pa;L`@\x8A\x01a:\xECV[\x95Pa;Z``\x8A\x01a:\xFFV[\x94P`\x80\x89\x015\x93P`\xA0\x89\x015`\xFF\x81\x16\x81\x14a;vW__\xFD[\x97\x9A\x96\x99P\x94\x97\x93\x96\x92\x95\x92\x94PPP`\xC0\x82\x015\x91`\xE0\x015\x90V[__`@\x83\x85\x03\x12\x15a;\xA4W__\xFD[\x825\x91Pa;\xB4` \x84\x01a:ZV[\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a;\xCDW__\xFD[a&\xBB\x82a:ZV[___``\x84\x86\x03\x12\x15a;\xE8W__\xFD[\x835\x92Pa;\xF8` \x85\x01a:ZV[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16\x81R`\xE0` \x82\x01R_a<\x8F`\xE0\x83\x01\x89a<\tV[\x82\x81\x03`@\x84\x01Ra<\xA1\x81\x89a<\tV[``\x84\x01\x88\x90R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a<\xF6W\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a<\xD8V[P\x90\x9B\x9APPPPPPPPPPPV[_` \x82\x84\x03\x12\x15a=\x17W__\xFD[\x815a\xFF\xFF\x81\x16\x81\x14a&\xBBW__\xFD[_`\xC0\x82\x84\x03\x12\x15a=8W__\xFD[P\x91\x90PV[__\x83`\x1F\x84\x01\x12a=NW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a=eW__\xFD[` \x83\x01\x91P\x83` \x82`\x05\x1B\x85\x01\x01\x11\x15a=\x7FW__\xFD[\x92P\x92\x90PV[_____a\x01\0\x86\x88\x03\x12\x15a=\x9BW__\xFD[a=\xA5\x87\x87a=(V[\x94P`\xC0\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a=\xC0W__\xFD[\x86\x01`\x1F\x81\x01\x88\x13a=\xD0W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a=\xE6W__\xFD[\x88` \x82\x84\x01\x01\x11\x15a=\xF7W__\xFD[` \x91\x90\x91\x01\x94P\x92P`\xE0\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a>\x1AW__\xFD[a>&\x88\x82\x89\x01a=>V[\x96\x99\x95\x98P\x93\x96P\x92\x94\x93\x92PPPV[____`\x80\x85\x87\x03\x12\x15a>JW__\xFD[\x845\x93Pa>Z` \x86\x01a:\xD1V[\x92Pa>h`@\x86\x01a:\xECV[\x91Pa>v``\x86\x01a:\xFFV[\x90P\x92\x95\x91\x94P\x92PV[_`\xC0\x82\x84\x03\x12\x15a>\x91W__\xFD[a&\xBB\x83\x83a=(V[_____`\x80\x86\x88\x03\x12\x15a>\xAFW__\xFD[\x855\x94Pa>\xBF` \x87\x01a:ZV[\x93P`@\x86\x015\x92P``\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a>\x1AW__\xFD[____`@\x85\x87\x03\x12\x15a>\xF4W__\xFD[\x845g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a?\nW__\xFD[a?\x16\x87\x82\x88\x01a=>V[\x90\x95P\x93PP` \x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a?5W__\xFD[a?A\x87\x82\x88\x01a=>V[\x95\x98\x94\x97P\x95PPPPV[\x81Q`\x01`\x01`\xA0\x1B\x03\x16\x81Ra\x01@\x81\x01` \x83\x01Qa?z` \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x83\x01Qa?\x90`@\x84\x01\x82a\xFF\xFF\x16\x90RV[P``\x83\x01Qa?\xA4``\x84\x01\x82\x15\x15\x90RV[P`\x80\x83\x01Qa?\xB8`\x80\x84\x01\x82\x15\x15\x90RV[P`\xA0\x83\x01Qa?\xD8`\xA0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01Qa?\xF0`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01Qa@\x08`\xE0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01Qa@\"a\x01\0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01Qa@@a\x01 \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P\x92\x91PPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x05\x81\x10a@\xA9W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x90RV[_``\x82\x01\x90Pk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83Q\x16\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01R`@\x83\x01Qa@@`@\x84\x01\x82a@tV[\x83\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16` \x82\x01R``\x81\x01a\x10\xFB`@\x83\x01\x84a@tV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[_c\xFF\xFF\xFF\xFF\x82\x16\x80aAQWaAQaA\x0FV[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\x92\x91PPV[\x80\x82\x01\x80\x82\x11\x15a\tyWa\tyaA\x0FV[_` \x82\x84\x03\x12\x15aA\x9CW__\xFD[\x81Qa&\xBB\x81a:pV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\tyWa\tyaA\x0FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\tyWa\tyaA\x0FV[_c\xFF\xFF\xFF\xFF\x82\x16c\xFF\xFF\xFF\xFF\x81\x03aA\xF9WaA\xF9aA\x0FV[`\x01\x01\x92\x91PPV[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[_`@\x82\x01\x85\x83R`@` \x84\x01R\x80\x84\x82R``\x84\x01\x90P``\x85`\x05\x1B\x85\x01\x01\x91P\x85_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x886\x03\x01[\x87\x82\x10\x15aC!W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA0\x87\x86\x03\x01\x84R\x825\x81\x81\x12aB\xD1W__\xFD[\x89\x01` \x81\x01\x905g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aB\xEDW__\xFD[\x806\x03\x82\x13\x15aB\xFBW__\xFD[aC\x06\x87\x82\x84aB\x02V[\x96PPP` \x83\x01\x92P` \x84\x01\x93P`\x01\x82\x01\x91PaB\x95V[P\x92\x98\x97PPPPPPPPV[_\x82aCbW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[P\x04\x90V[\x81\x81\x03\x81\x81\x11\x15a\tyWa\tyaA\x0FV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x03aC\xD7WaC\xD7aA\x0FV[P`\x01\x01\x90V[c\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\tyWa\tyaA\x0FV[__\x85\x85\x11\x15aD\x08W__\xFD[\x83\x86\x11\x15aD\x14W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x90`\x14\x84\x10\x15a@@W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85`\x14\x03`\x03\x1B\x1B\x82\x16\x16\x91PP\x92\x91PPV\xFE\xA1dsolcC\0\x08\x1E\0\n",
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
    /**Custom error with signature `AlreadyClosed(uint256)` and selector `0x5e3e0128`.
    ```solidity
    error AlreadyClosed(uint256 requestId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AlreadyClosed {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
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
        impl ::core::convert::From<AlreadyClosed> for UnderlyingRustTuple<'_> {
            fn from(value: AlreadyClosed) -> Self {
                (value.requestId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AlreadyClosed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { requestId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AlreadyClosed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AlreadyClosed(uint256)";
            const SELECTOR: [u8; 4] = [94u8, 62u8, 1u8, 40u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.requestId,
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
    /**Custom error with signature `AlreadyTraded(uint256,address)` and selector `0xda7b2011`.
    ```solidity
    error AlreadyTraded(uint256 requestId, address seller);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AlreadyTraded {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub seller: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Uint<256>, alloy::sol_types::sol_data::Address);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<AlreadyTraded> for UnderlyingRustTuple<'_> {
            fn from(value: AlreadyTraded) -> Self {
                (value.requestId, value.seller)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AlreadyTraded {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { requestId: tuple.0, seller: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AlreadyTraded {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AlreadyTraded(uint256,address)";
            const SELECTOR: [u8; 4] = [218u8, 123u8, 32u8, 17u8];
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
                        &self.requestId,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.seller,
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
    /**Custom error with signature `ArbitrationWindowOpen(uint64)` and selector `0x7f354512`.
    ```solidity
    error ArbitrationWindowOpen(uint64 endsAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ArbitrationWindowOpen {
        #[allow(missing_docs)]
        pub endsAt: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
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
        impl ::core::convert::From<ArbitrationWindowOpen> for UnderlyingRustTuple<'_> {
            fn from(value: ArbitrationWindowOpen) -> Self {
                (value.endsAt,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ArbitrationWindowOpen {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { endsAt: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ArbitrationWindowOpen {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ArbitrationWindowOpen(uint64)";
            const SELECTOR: [u8; 4] = [127u8, 53u8, 69u8, 18u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                    &self.endsAt,
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
    /**Custom error with signature `DeadlineNotReached(uint64)` and selector `0xbd5145db`.
    ```solidity
    error DeadlineNotReached(uint64 deadline);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DeadlineNotReached {
        #[allow(missing_docs)]
        pub deadline: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
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
        impl ::core::convert::From<DeadlineNotReached> for UnderlyingRustTuple<'_> {
            fn from(value: DeadlineNotReached) -> Self {
                (value.deadline,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for DeadlineNotReached {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { deadline: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for DeadlineNotReached {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DeadlineNotReached(uint64)";
            const SELECTOR: [u8; 4] = [189u8, 81u8, 69u8, 219u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                    &self.deadline,
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
    /**Custom error with signature `DisputeWindowClosed(uint64)` and selector `0x63486c52`.
    ```solidity
    error DisputeWindowClosed(uint64 releaseAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DisputeWindowClosed {
        #[allow(missing_docs)]
        pub releaseAt: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
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
        impl ::core::convert::From<DisputeWindowClosed> for UnderlyingRustTuple<'_> {
            fn from(value: DisputeWindowClosed) -> Self {
                (value.releaseAt,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for DisputeWindowClosed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { releaseAt: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for DisputeWindowClosed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DisputeWindowClosed(uint64)";
            const SELECTOR: [u8; 4] = [99u8, 72u8, 108u8, 82u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                    &self.releaseAt,
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
    /**Custom error with signature `DisputeWindowOpen(uint64)` and selector `0x14a30b86`.
    ```solidity
    error DisputeWindowOpen(uint64 releaseAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DisputeWindowOpen {
        #[allow(missing_docs)]
        pub releaseAt: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
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
        impl ::core::convert::From<DisputeWindowOpen> for UnderlyingRustTuple<'_> {
            fn from(value: DisputeWindowOpen) -> Self {
                (value.releaseAt,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for DisputeWindowOpen {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { releaseAt: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for DisputeWindowOpen {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DisputeWindowOpen(uint64)";
            const SELECTOR: [u8; 4] = [20u8, 163u8, 11u8, 134u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                    &self.releaseAt,
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
    /**Custom error with signature `DisputeWindowOutOfBounds(uint64)` and selector `0x7965fb07`.
    ```solidity
    error DisputeWindowOutOfBounds(uint64 window);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DisputeWindowOutOfBounds {
        #[allow(missing_docs)]
        pub window: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
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
        impl ::core::convert::From<DisputeWindowOutOfBounds> for UnderlyingRustTuple<'_> {
            fn from(value: DisputeWindowOutOfBounds) -> Self {
                (value.window,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for DisputeWindowOutOfBounds {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { window: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for DisputeWindowOutOfBounds {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DisputeWindowOutOfBounds(uint64)";
            const SELECTOR: [u8; 4] = [121u8, 101u8, 251u8, 7u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                    &self.window,
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
    /**Custom error with signature `FeeTooHigh(uint16)` and selector `0x8ea70c07`.
    ```solidity
    error FeeTooHigh(uint16 feeBps);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FeeTooHigh {
        #[allow(missing_docs)]
        pub feeBps: u16,
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
        impl ::core::convert::From<FeeTooHigh> for UnderlyingRustTuple<'_> {
            fn from(value: FeeTooHigh) -> Self {
                (value.feeBps,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for FeeTooHigh {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { feeBps: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for FeeTooHigh {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "FeeTooHigh(uint16)";
            const SELECTOR: [u8; 4] = [142u8, 167u8, 12u8, 7u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::tokenize(
                    &self.feeBps,
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
    /**Custom error with signature `FeesNotCollectable(uint256)` and selector `0xa2f11d5f`.
    ```solidity
    error FeesNotCollectable(uint256 requestId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FeesNotCollectable {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
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
        impl ::core::convert::From<FeesNotCollectable> for UnderlyingRustTuple<'_> {
            fn from(value: FeesNotCollectable) -> Self {
                (value.requestId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for FeesNotCollectable {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { requestId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for FeesNotCollectable {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "FeesNotCollectable(uint256)";
            const SELECTOR: [u8; 4] = [162u8, 241u8, 29u8, 95u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.requestId,
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
    /**Custom error with signature `InvalidAccountNonce(address,uint256)` and selector `0x752d88c0`.
    ```solidity
    error InvalidAccountNonce(address account, uint256 currentNonce);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidAccountNonce {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub currentNonce: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Uint<256>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
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
        impl ::core::convert::From<InvalidAccountNonce> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidAccountNonce) -> Self {
                (value.account, value.currentNonce)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidAccountNonce {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { account: tuple.0, currentNonce: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidAccountNonce {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidAccountNonce(address,uint256)";
            const SELECTOR: [u8; 4] = [117u8, 45u8, 136u8, 192u8];
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
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.currentNonce,
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
    /**Custom error with signature `InvalidRequest()` and selector `0x41abc801`.
    ```solidity
    error InvalidRequest();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidRequest;
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
        impl ::core::convert::From<InvalidRequest> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidRequest) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidRequest {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidRequest {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidRequest()";
            const SELECTOR: [u8; 4] = [65u8, 171u8, 200u8, 1u8];
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
    /**Custom error with signature `InvalidShortString()` and selector `0xb3512b0c`.
    ```solidity
    error InvalidShortString();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidShortString;
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
        impl ::core::convert::From<InvalidShortString> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidShortString) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidShortString {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidShortString {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidShortString()";
            const SELECTOR: [u8; 4] = [179u8, 81u8, 43u8, 12u8];
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
    /**Custom error with signature `InvalidSignature(address)` and selector `0xd855c4f4`.
    ```solidity
    error InvalidSignature(address seller);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidSignature {
        #[allow(missing_docs)]
        pub seller: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<InvalidSignature> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidSignature) -> Self {
                (value.seller,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidSignature {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { seller: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidSignature {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidSignature(address)";
            const SELECTOR: [u8; 4] = [216u8, 85u8, 196u8, 244u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.seller,
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
    /**Custom error with signature `InvalidTreasury()` and selector `0x14bcf5c8`.
    ```solidity
    error InvalidTreasury();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidTreasury;
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
        impl ::core::convert::From<InvalidTreasury> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidTreasury) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidTreasury {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidTreasury {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidTreasury()";
            const SELECTOR: [u8; 4] = [20u8, 188u8, 245u8, 200u8];
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
    /**Custom error with signature `LengthMismatch()` and selector `0xff633a38`.
    ```solidity
    error LengthMismatch();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct LengthMismatch;
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
        impl ::core::convert::From<LengthMismatch> for UnderlyingRustTuple<'_> {
            fn from(value: LengthMismatch) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for LengthMismatch {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for LengthMismatch {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "LengthMismatch()";
            const SELECTOR: [u8; 4] = [255u8, 99u8, 58u8, 56u8];
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
    /**Custom error with signature `NotAttested(uint256,address)` and selector `0x832c98fd`.
    ```solidity
    error NotAttested(uint256 requestId, address seller);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotAttested {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub seller: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Uint<256>, alloy::sol_types::sol_data::Address);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<NotAttested> for UnderlyingRustTuple<'_> {
            fn from(value: NotAttested) -> Self {
                (value.requestId, value.seller)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotAttested {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { requestId: tuple.0, seller: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotAttested {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotAttested(uint256,address)";
            const SELECTOR: [u8; 4] = [131u8, 44u8, 152u8, 253u8];
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
                        &self.requestId,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.seller,
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
    /**Custom error with signature `NotResearcher(uint256,address)` and selector `0xf8b1e2fc`.
    ```solidity
    error NotResearcher(uint256 requestId, address account);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotResearcher {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Uint<256>, alloy::sol_types::sol_data::Address);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<NotResearcher> for UnderlyingRustTuple<'_> {
            fn from(value: NotResearcher) -> Self {
                (value.requestId, value.account)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotResearcher {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { requestId: tuple.0, account: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotResearcher {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotResearcher(uint256,address)";
            const SELECTOR: [u8; 4] = [248u8, 177u8, 226u8, 252u8];
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
                        &self.requestId,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
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
    /**Custom error with signature `NotVerifiedResearcher(address)` and selector `0x029ef8ed`.
    ```solidity
    error NotVerifiedResearcher(address account);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotVerifiedResearcher {
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
        impl ::core::convert::From<NotVerifiedResearcher> for UnderlyingRustTuple<'_> {
            fn from(value: NotVerifiedResearcher) -> Self {
                (value.account,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotVerifiedResearcher {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { account: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotVerifiedResearcher {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotVerifiedResearcher(address)";
            const SELECTOR: [u8; 4] = [2u8, 158u8, 248u8, 237u8];
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
    /**Custom error with signature `PriceMismatch(uint256,uint256)` and selector `0x3ad7771a`.
    ```solidity
    error PriceMismatch(uint256 price, uint256 expected);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PriceMismatch {
        #[allow(missing_docs)]
        pub price: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub expected: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<PriceMismatch> for UnderlyingRustTuple<'_> {
            fn from(value: PriceMismatch) -> Self {
                (value.price, value.expected)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for PriceMismatch {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { price: tuple.0, expected: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for PriceMismatch {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "PriceMismatch(uint256,uint256)";
            const SELECTOR: [u8; 4] = [58u8, 215u8, 119u8, 26u8];
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
                        &self.price,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.expected,
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
    /**Custom error with signature `ReentrancyGuardReentrantCall()` and selector `0x3ee5aeb5`.
    ```solidity
    error ReentrancyGuardReentrantCall();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ReentrancyGuardReentrantCall;
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
        impl ::core::convert::From<ReentrancyGuardReentrantCall> for UnderlyingRustTuple<'_> {
            fn from(value: ReentrancyGuardReentrantCall) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ReentrancyGuardReentrantCall {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ReentrancyGuardReentrantCall {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ReentrancyGuardReentrantCall()";
            const SELECTOR: [u8; 4] = [62u8, 229u8, 174u8, 181u8];
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
    /**Custom error with signature `RequestFull(uint256)` and selector `0x23c394b2`.
    ```solidity
    error RequestFull(uint256 requestId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RequestFull {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
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
        impl ::core::convert::From<RequestFull> for UnderlyingRustTuple<'_> {
            fn from(value: RequestFull) -> Self {
                (value.requestId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for RequestFull {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { requestId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RequestFull {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RequestFull(uint256)";
            const SELECTOR: [u8; 4] = [35u8, 195u8, 148u8, 178u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.requestId,
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
    /**Custom error with signature `RequestNotOpen(uint256)` and selector `0x0c43b3c0`.
    ```solidity
    error RequestNotOpen(uint256 requestId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RequestNotOpen {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
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
        impl ::core::convert::From<RequestNotOpen> for UnderlyingRustTuple<'_> {
            fn from(value: RequestNotOpen) -> Self {
                (value.requestId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for RequestNotOpen {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { requestId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RequestNotOpen {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RequestNotOpen(uint256)";
            const SELECTOR: [u8; 4] = [12u8, 67u8, 179u8, 192u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.requestId,
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
    /**Custom error with signature `RequestTooLong(uint64,uint64)` and selector `0x9a09d8e0`.
    ```solidity
    error RequestTooLong(uint64 deadline, uint64 latest);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RequestTooLong {
        #[allow(missing_docs)]
        pub deadline: u64,
        #[allow(missing_docs)]
        pub latest: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Uint<64>, alloy::sol_types::sol_data::Uint<64>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64, u64);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<RequestTooLong> for UnderlyingRustTuple<'_> {
            fn from(value: RequestTooLong) -> Self {
                (value.deadline, value.latest)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for RequestTooLong {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { deadline: tuple.0, latest: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RequestTooLong {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RequestTooLong(uint64,uint64)";
            const SELECTOR: [u8; 4] = [154u8, 9u8, 216u8, 224u8];
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
                        &self.deadline,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.latest,
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
    /**Custom error with signature `ResearcherNotVerified(uint256,address)` and selector `0xf2e44060`.
    ```solidity
    error ResearcherNotVerified(uint256 requestId, address researcher);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ResearcherNotVerified {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub researcher: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Uint<256>, alloy::sol_types::sol_data::Address);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<ResearcherNotVerified> for UnderlyingRustTuple<'_> {
            fn from(value: ResearcherNotVerified) -> Self {
                (value.requestId, value.researcher)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ResearcherNotVerified {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { requestId: tuple.0, researcher: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ResearcherNotVerified {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ResearcherNotVerified(uint256,address)";
            const SELECTOR: [u8; 4] = [242u8, 228u8, 64u8, 96u8];
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
                        &self.requestId,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.researcher,
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
    /**Custom error with signature `SafeERC20FailedOperation(address)` and selector `0x5274afe7`.
    ```solidity
    error SafeERC20FailedOperation(address token);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SafeERC20FailedOperation {
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<SafeERC20FailedOperation> for UnderlyingRustTuple<'_> {
            fn from(value: SafeERC20FailedOperation) -> Self {
                (value.token,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SafeERC20FailedOperation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { token: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SafeERC20FailedOperation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SafeERC20FailedOperation(address)";
            const SELECTOR: [u8; 4] = [82u8, 116u8, 175u8, 231u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.token,
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
    /**Custom error with signature `SignatureExpired(uint256)` and selector `0xcd21db4f`.
    ```solidity
    error SignatureExpired(uint256 deadline);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SignatureExpired {
        #[allow(missing_docs)]
        pub deadline: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
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
        impl ::core::convert::From<SignatureExpired> for UnderlyingRustTuple<'_> {
            fn from(value: SignatureExpired) -> Self {
                (value.deadline,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SignatureExpired {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { deadline: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SignatureExpired {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SignatureExpired(uint256)";
            const SELECTOR: [u8; 4] = [205u8, 33u8, 219u8, 79u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.deadline,
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
    /**Custom error with signature `StringTooLong(string)` and selector `0x305a27a9`.
    ```solidity
    error StringTooLong(string str);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StringTooLong {
        #[allow(missing_docs)]
        pub str: alloy::sol_types::private::String,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StringTooLong> for UnderlyingRustTuple<'_> {
            fn from(value: StringTooLong) -> Self {
                (value.str,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for StringTooLong {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { str: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StringTooLong {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StringTooLong(string)";
            const SELECTOR: [u8; 4] = [48u8, 90u8, 39u8, 169u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                    &self.str,
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
    /**Custom error with signature `UnknownRequest(uint256)` and selector `0x1f79bbe7`.
    ```solidity
    error UnknownRequest(uint256 requestId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnknownRequest {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
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
        impl ::core::convert::From<UnknownRequest> for UnderlyingRustTuple<'_> {
            fn from(value: UnknownRequest) -> Self {
                (value.requestId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for UnknownRequest {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { requestId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UnknownRequest {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UnknownRequest(uint256)";
            const SELECTOR: [u8; 4] = [31u8, 121u8, 187u8, 231u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.requestId,
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
    /**Custom error with signature `WrongTradeStatus(uint256,address,uint8)` and selector `0x87af5f6e`.
    ```solidity
    error WrongTradeStatus(uint256 requestId, address seller, IDataMarket.TradeStatus status);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct WrongTradeStatus {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub seller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub status: <IDataMarket::TradeStatus as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Address,
            IDataMarket::TradeStatus,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::Address,
            <IDataMarket::TradeStatus as alloy::sol_types::SolType>::RustType,
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
        impl ::core::convert::From<WrongTradeStatus> for UnderlyingRustTuple<'_> {
            fn from(value: WrongTradeStatus) -> Self {
                (value.requestId, value.seller, value.status)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for WrongTradeStatus {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { requestId: tuple.0, seller: tuple.1, status: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for WrongTradeStatus {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "WrongTradeStatus(uint256,address,uint8)";
            const SELECTOR: [u8; 4] = [135u8, 175u8, 95u8, 110u8];
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
                        &self.requestId,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.seller,
                    ),
                    <IDataMarket::TradeStatus as alloy_sol_types::SolType>::tokenize(&self.status),
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
    /**Event with signature `DisputeBondReleased(uint256,address,address,uint256)` and selector `0xf35fe85bd3bea19c454b43074d92e1c62bb87a005a986e0d6adbeb8bb3159b13`.
    ```solidity
    event DisputeBondReleased(uint256 indexed requestId, address indexed seller, address indexed to, uint256 amount);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct DisputeBondReleased {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub seller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for DisputeBondReleased {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "DisputeBondReleased(uint256,address,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    243u8, 95u8, 232u8, 91u8, 211u8, 190u8, 161u8, 156u8, 69u8, 75u8, 67u8, 7u8,
                    77u8, 146u8, 225u8, 198u8, 43u8, 184u8, 122u8, 0u8, 90u8, 152u8, 110u8, 13u8,
                    106u8, 219u8, 235u8, 139u8, 179u8, 21u8, 155u8, 19u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { requestId: topics.1, seller: topics.2, to: topics.3, amount: data.0 }
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
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.amount,
                ),)
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.requestId.clone(),
                    self.seller.clone(),
                    self.to.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.seller,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.to,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for DisputeBondReleased {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&DisputeBondReleased> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &DisputeBondReleased) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `DisputeUnresolved(uint256,address)` and selector `0x6a5d70931b5a826f679e95681789df097061669d5414a0e528bc680d530ebb1f`.
    ```solidity
    event DisputeUnresolved(uint256 indexed requestId, address indexed seller);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct DisputeUnresolved {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub seller: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for DisputeUnresolved {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "DisputeUnresolved(uint256,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    106u8, 93u8, 112u8, 147u8, 27u8, 90u8, 130u8, 111u8, 103u8, 158u8, 149u8,
                    104u8, 23u8, 137u8, 223u8, 9u8, 112u8, 97u8, 102u8, 157u8, 84u8, 20u8, 160u8,
                    229u8, 40u8, 188u8, 104u8, 13u8, 83u8, 14u8, 187u8, 31u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { requestId: topics.1, seller: topics.2 }
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
                (Self::SIGNATURE_HASH.into(), self.requestId.clone(), self.seller.clone())
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
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.seller,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for DisputeUnresolved {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&DisputeUnresolved> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &DisputeUnresolved) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EIP712DomainChanged()` and selector `0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31`.
    ```solidity
    event EIP712DomainChanged();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct EIP712DomainChanged;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EIP712DomainChanged {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "EIP712DomainChanged()";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    10u8, 99u8, 135u8, 201u8, 234u8, 54u8, 40u8, 184u8, 138u8, 99u8, 59u8, 180u8,
                    243u8, 177u8, 81u8, 119u8, 15u8, 112u8, 8u8, 81u8, 23u8, 161u8, 95u8, 155u8,
                    243u8, 120u8, 124u8, 218u8, 83u8, 241u8, 61u8, 49u8,
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
        impl alloy_sol_types::private::IntoLogData for EIP712DomainChanged {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EIP712DomainChanged> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EIP712DomainChanged) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `FeeSet(uint16)` and selector `0xaab062e3faf62b6c9a0f8e62af66e0310e27127a8c871a67be7dd4d93de6da53`.
    ```solidity
    event FeeSet(uint16 feeBps);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct FeeSet {
        #[allow(missing_docs)]
        pub feeBps: u16,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for FeeSet {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "FeeSet(uint16)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    170u8, 176u8, 98u8, 227u8, 250u8, 246u8, 43u8, 108u8, 154u8, 15u8, 142u8, 98u8,
                    175u8, 102u8, 224u8, 49u8, 14u8, 39u8, 18u8, 122u8, 140u8, 135u8, 26u8, 103u8,
                    190u8, 125u8, 212u8, 217u8, 61u8, 230u8, 218u8, 83u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { feeBps: data.0 }
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
                (<alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::tokenize(
                    &self.feeBps,
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
        impl alloy_sol_types::private::IntoLogData for FeeSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&FeeSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &FeeSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `FeesCollected(uint256,address,uint256)` and selector `0x72015ace03712f361249380657b3d40777dd8f8a686664cab48afd9dbbe4499f`.
    ```solidity
    event FeesCollected(uint256 indexed requestId, address indexed treasury, uint256 amount);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct FeesCollected {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub treasury: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for FeesCollected {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "FeesCollected(uint256,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    114u8, 1u8, 90u8, 206u8, 3u8, 113u8, 47u8, 54u8, 18u8, 73u8, 56u8, 6u8, 87u8,
                    179u8, 212u8, 7u8, 119u8, 221u8, 143u8, 138u8, 104u8, 102u8, 100u8, 202u8,
                    180u8, 138u8, 253u8, 157u8, 187u8, 228u8, 73u8, 159u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { requestId: topics.1, treasury: topics.2, amount: data.0 }
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
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.amount,
                ),)
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.requestId.clone(), self.treasury.clone())
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
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.treasury,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for FeesCollected {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&FeesCollected> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &FeesCollected) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RequestClosed(uint256,uint256)` and selector `0x9051726bdcd3fb79dec3e3941c5878e791eb6f71954ee836c084abe394d5ab52`.
    ```solidity
    event RequestClosed(uint256 indexed requestId, uint256 refund);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct RequestClosed {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub refund: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RequestClosed {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList =
                (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Uint<256>);
            const SIGNATURE: &'static str = "RequestClosed(uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    144u8, 81u8, 114u8, 107u8, 220u8, 211u8, 251u8, 121u8, 222u8, 195u8, 227u8,
                    148u8, 28u8, 88u8, 120u8, 231u8, 145u8, 235u8, 111u8, 113u8, 149u8, 78u8,
                    232u8, 54u8, 192u8, 132u8, 171u8, 227u8, 148u8, 213u8, 171u8, 82u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { requestId: topics.1, refund: data.0 }
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
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.refund,
                ),)
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.requestId.clone())
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
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RequestClosed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RequestClosed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RequestClosed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RequestOpened(uint256,address,bytes32,uint96,uint32,uint64,uint16)` and selector `0x17d1e0cb7dbc8ead2a93b4dd6d1c1ea4a43f27d7287ba75f7944a11870c3cf68`.
    ```solidity
    event RequestOpened(uint256 indexed requestId, address indexed researcher, bytes32 criteria, uint96 pricePerRecord, uint32 maxRecords, uint64 deadline, uint16 feeBps);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct RequestOpened {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub researcher: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub criteria: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub pricePerRecord: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub maxRecords: u32,
        #[allow(missing_docs)]
        pub deadline: u64,
        #[allow(missing_docs)]
        pub feeBps: u16,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RequestOpened {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<96>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<16>,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str =
                "RequestOpened(uint256,address,bytes32,uint96,uint32,uint64,uint16)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    23u8, 209u8, 224u8, 203u8, 125u8, 188u8, 142u8, 173u8, 42u8, 147u8, 180u8,
                    221u8, 109u8, 28u8, 30u8, 164u8, 164u8, 63u8, 39u8, 215u8, 40u8, 123u8, 167u8,
                    95u8, 121u8, 68u8, 161u8, 24u8, 112u8, 195u8, 207u8, 104u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    researcher: topics.2,
                    criteria: data.0,
                    pricePerRecord: data.1,
                    maxRecords: data.2,
                    deadline: data.3,
                    feeBps: data.4,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.criteria),
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::tokenize(&self.pricePerRecord),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxRecords),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.deadline),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.feeBps),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.requestId.clone(), self.researcher.clone())
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
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.researcher,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RequestOpened {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RequestOpened> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RequestOpened) -> alloy_sol_types::private::LogData {
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `TradeApprovalCancelled(address,uint256)` and selector `0xc4e3ade210efaff629e70f7f100174a75021a9be3b38152360585a9c55f9e48e`.
    ```solidity
    event TradeApprovalCancelled(address indexed seller, uint256 nonce);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct TradeApprovalCancelled {
        #[allow(missing_docs)]
        pub seller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub nonce: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for TradeApprovalCancelled {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList =
                (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            const SIGNATURE: &'static str = "TradeApprovalCancelled(address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    196u8, 227u8, 173u8, 226u8, 16u8, 239u8, 175u8, 246u8, 41u8, 231u8, 15u8,
                    127u8, 16u8, 1u8, 116u8, 167u8, 80u8, 33u8, 169u8, 190u8, 59u8, 56u8, 21u8,
                    35u8, 96u8, 88u8, 90u8, 156u8, 85u8, 249u8, 228u8, 142u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { seller: topics.1, nonce: data.0 }
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
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.nonce,
                ),)
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.seller.clone())
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
                    &self.seller,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for TradeApprovalCancelled {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&TradeApprovalCancelled> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &TradeApprovalCancelled) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `TradeDisputed(uint256,address,bytes32,uint256,uint64)` and selector `0xa96190ce1dddfe92a45b22c58ade846c5dc704de59103cee602176cd966f3db7`.
    ```solidity
    event TradeDisputed(uint256 indexed requestId, address indexed seller, bytes32 reason, uint256 bond, uint64 arbitrationEndsAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct TradeDisputed {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub seller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub bond: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub arbitrationEndsAt: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for TradeDisputed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "TradeDisputed(uint256,address,bytes32,uint256,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    169u8, 97u8, 144u8, 206u8, 29u8, 221u8, 254u8, 146u8, 164u8, 91u8, 34u8, 197u8,
                    138u8, 222u8, 132u8, 108u8, 93u8, 199u8, 4u8, 222u8, 89u8, 16u8, 60u8, 238u8,
                    96u8, 33u8, 118u8, 205u8, 150u8, 111u8, 61u8, 183u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    seller: topics.2,
                    reason: data.0,
                    bond: data.1,
                    arbitrationEndsAt: data.2,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.reason),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bond),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.arbitrationEndsAt),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.requestId.clone(), self.seller.clone())
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
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.seller,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for TradeDisputed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&TradeDisputed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &TradeDisputed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `TradePaid(uint256,address,uint256)` and selector `0x43b91a05fa0d756d42ad732428125c0e8d549b56a9ed16092d8582c18a3ed52a`.
    ```solidity
    event TradePaid(uint256 indexed requestId, address indexed seller, uint256 amount);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct TradePaid {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub seller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for TradePaid {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "TradePaid(uint256,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    67u8, 185u8, 26u8, 5u8, 250u8, 13u8, 117u8, 109u8, 66u8, 173u8, 115u8, 36u8,
                    40u8, 18u8, 92u8, 14u8, 141u8, 84u8, 155u8, 86u8, 169u8, 237u8, 22u8, 9u8,
                    45u8, 133u8, 130u8, 193u8, 138u8, 62u8, 213u8, 42u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { requestId: topics.1, seller: topics.2, amount: data.0 }
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
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.amount,
                ),)
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.requestId.clone(), self.seller.clone())
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
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.seller,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for TradePaid {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&TradePaid> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &TradePaid) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `TradeRefunded(uint256,address,uint256)` and selector `0x598cf7b1037a2cbb27645d4ef91a50ab4b13db45cc85ebd8edeea26233ea9288`.
    ```solidity
    event TradeRefunded(uint256 indexed requestId, address indexed seller, uint256 amount);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct TradeRefunded {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub seller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for TradeRefunded {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "TradeRefunded(uint256,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    89u8, 140u8, 247u8, 177u8, 3u8, 122u8, 44u8, 187u8, 39u8, 100u8, 93u8, 78u8,
                    249u8, 26u8, 80u8, 171u8, 75u8, 19u8, 219u8, 69u8, 204u8, 133u8, 235u8, 216u8,
                    237u8, 238u8, 162u8, 98u8, 51u8, 234u8, 146u8, 136u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { requestId: topics.1, seller: topics.2, amount: data.0 }
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
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.amount,
                ),)
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.requestId.clone(), self.seller.clone())
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
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.seller,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for TradeRefunded {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&TradeRefunded> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &TradeRefunded) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `TradeSettled(uint256,address,bytes32,uint256,uint64)` and selector `0x27df31cbeb7bc474a15c4602c6c367efdd993de37ab895c1e43ae37c3ca35d70`.
    ```solidity
    event TradeSettled(uint256 indexed requestId, address indexed seller, bytes32 deliveryCommitment, uint256 nonce, uint64 releaseAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct TradeSettled {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub seller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub deliveryCommitment: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub nonce: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub releaseAt: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for TradeSettled {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "TradeSettled(uint256,address,bytes32,uint256,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    39u8, 223u8, 49u8, 203u8, 235u8, 123u8, 196u8, 116u8, 161u8, 92u8, 70u8, 2u8,
                    198u8, 195u8, 103u8, 239u8, 221u8, 153u8, 61u8, 227u8, 122u8, 184u8, 149u8,
                    193u8, 228u8, 58u8, 227u8, 124u8, 60u8, 163u8, 93u8, 112u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    seller: topics.2,
                    deliveryCommitment: data.0,
                    nonce: data.1,
                    releaseAt: data.2,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.deliveryCommitment),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.nonce),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.releaseAt),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.requestId.clone(), self.seller.clone())
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
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.seller,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for TradeSettled {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&TradeSettled> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &TradeSettled) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `TreasurySet(address)` and selector `0x3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f`.
    ```solidity
    event TreasurySet(address treasury);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct TreasurySet {
        #[allow(missing_docs)]
        pub treasury: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for TreasurySet {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "TreasurySet(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    60u8, 134u8, 69u8, 65u8, 239u8, 113u8, 55u8, 140u8, 98u8, 41u8, 81u8, 14u8,
                    217u8, 15u8, 55u8, 101u8, 101u8, 238u8, 66u8, 217u8, 197u8, 224u8, 144u8, 74u8,
                    152u8, 74u8, 158u8, 134u8, 62u8, 109u8, 180u8, 79u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { treasury: data.0 }
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
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.treasury,
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
        impl alloy_sol_types::private::IntoLogData for TreasurySet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&TreasurySet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &TreasurySet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
    ```solidity
    constructor(address admin, address forwarder, address token_, address accounts_, address committee_, address treasury_, uint16 feeBps_, uint64 disputeWindow_);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub admin: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub forwarder: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub token_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub accounts_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub committee_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub treasury_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub feeBps_: u16,
        #[allow(missing_docs)]
        pub disputeWindow_: u64,
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
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                u16,
                u64,
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
                    (
                        value.admin,
                        value.forwarder,
                        value.token_,
                        value.accounts_,
                        value.committee_,
                        value.treasury_,
                        value.feeBps_,
                        value.disputeWindow_,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        admin: tuple.0,
                        forwarder: tuple.1,
                        token_: tuple.2,
                        accounts_: tuple.3,
                        committee_: tuple.4,
                        treasury_: tuple.5,
                        feeBps_: tuple.6,
                        disputeWindow_: tuple.7,
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
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<16>,
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
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.token_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.accounts_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.committee_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.treasury_,
                    ),
                    <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::tokenize(
                        &self.feeBps_,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.disputeWindow_,
                    ),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `ARBITER_ROLE()` and selector `0x4d104adf`.
    ```solidity
    function ARBITER_ROLE() external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ARBITER_ROLECall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`ARBITER_ROLE()`](ARBITER_ROLECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ARBITER_ROLEReturn {
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
            impl ::core::convert::From<ARBITER_ROLECall> for UnderlyingRustTuple<'_> {
                fn from(value: ARBITER_ROLECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ARBITER_ROLECall {
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
            impl ::core::convert::From<ARBITER_ROLEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: ARBITER_ROLEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ARBITER_ROLEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for ARBITER_ROLECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ARBITER_ROLE()";
            const SELECTOR: [u8; 4] = [77u8, 16u8, 74u8, 223u8];
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
                        let r: ARBITER_ROLEReturn = r.into();
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
                    let r: ARBITER_ROLEReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `ARBITRATION_WINDOW()` and selector `0xa9558041`.
    ```solidity
    function ARBITRATION_WINDOW() external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ARBITRATION_WINDOWCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`ARBITRATION_WINDOW()`](ARBITRATION_WINDOWCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ARBITRATION_WINDOWReturn {
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
            impl ::core::convert::From<ARBITRATION_WINDOWCall> for UnderlyingRustTuple<'_> {
                fn from(value: ARBITRATION_WINDOWCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ARBITRATION_WINDOWCall {
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
            impl ::core::convert::From<ARBITRATION_WINDOWReturn> for UnderlyingRustTuple<'_> {
                fn from(value: ARBITRATION_WINDOWReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ARBITRATION_WINDOWReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for ARBITRATION_WINDOWCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ARBITRATION_WINDOW()";
            const SELECTOR: [u8; 4] = [169u8, 85u8, 128u8, 65u8];
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
                        let r: ARBITRATION_WINDOWReturn = r.into();
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
                    let r: ARBITRATION_WINDOWReturn = r.into();
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
    /**Function with signature `DISPUTE_BOND_BPS()` and selector `0x2e7333ae`.
    ```solidity
    function DISPUTE_BOND_BPS() external view returns (uint16);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DISPUTE_BOND_BPSCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DISPUTE_BOND_BPS()`](DISPUTE_BOND_BPSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DISPUTE_BOND_BPSReturn {
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
            impl ::core::convert::From<DISPUTE_BOND_BPSCall> for UnderlyingRustTuple<'_> {
                fn from(value: DISPUTE_BOND_BPSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for DISPUTE_BOND_BPSCall {
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
            impl ::core::convert::From<DISPUTE_BOND_BPSReturn> for UnderlyingRustTuple<'_> {
                fn from(value: DISPUTE_BOND_BPSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for DISPUTE_BOND_BPSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DISPUTE_BOND_BPSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u16;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DISPUTE_BOND_BPS()";
            const SELECTOR: [u8; 4] = [46u8, 115u8, 51u8, 174u8];
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
                        let r: DISPUTE_BOND_BPSReturn = r.into();
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
                    let r: DISPUTE_BOND_BPSReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_DISPUTE_WINDOW()` and selector `0x80cbc6fa`.
    ```solidity
    function MAX_DISPUTE_WINDOW() external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_DISPUTE_WINDOWCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_DISPUTE_WINDOW()`](MAX_DISPUTE_WINDOWCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_DISPUTE_WINDOWReturn {
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
            impl ::core::convert::From<MAX_DISPUTE_WINDOWCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_DISPUTE_WINDOWCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_DISPUTE_WINDOWCall {
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
            impl ::core::convert::From<MAX_DISPUTE_WINDOWReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_DISPUTE_WINDOWReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_DISPUTE_WINDOWReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_DISPUTE_WINDOWCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_DISPUTE_WINDOW()";
            const SELECTOR: [u8; 4] = [128u8, 203u8, 198u8, 250u8];
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
                        let r: MAX_DISPUTE_WINDOWReturn = r.into();
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
                    let r: MAX_DISPUTE_WINDOWReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_FEE_BPS()` and selector `0xd55be8c6`.
    ```solidity
    function MAX_FEE_BPS() external view returns (uint16);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_FEE_BPSCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_FEE_BPS()`](MAX_FEE_BPSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_FEE_BPSReturn {
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
            impl ::core::convert::From<MAX_FEE_BPSCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_FEE_BPSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_FEE_BPSCall {
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
            impl ::core::convert::From<MAX_FEE_BPSReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_FEE_BPSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_FEE_BPSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_FEE_BPSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u16;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_FEE_BPS()";
            const SELECTOR: [u8; 4] = [213u8, 91u8, 232u8, 198u8];
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
                        let r: MAX_FEE_BPSReturn = r.into();
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
                    let r: MAX_FEE_BPSReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_REQUEST_DURATION()` and selector `0x52ddde9d`.
    ```solidity
    function MAX_REQUEST_DURATION() external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_REQUEST_DURATIONCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_REQUEST_DURATION()`](MAX_REQUEST_DURATIONCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_REQUEST_DURATIONReturn {
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
            impl ::core::convert::From<MAX_REQUEST_DURATIONCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_REQUEST_DURATIONCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_REQUEST_DURATIONCall {
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
            impl ::core::convert::From<MAX_REQUEST_DURATIONReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_REQUEST_DURATIONReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_REQUEST_DURATIONReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_REQUEST_DURATIONCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_REQUEST_DURATION()";
            const SELECTOR: [u8; 4] = [82u8, 221u8, 222u8, 157u8];
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
                        let r: MAX_REQUEST_DURATIONReturn = r.into();
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
                    let r: MAX_REQUEST_DURATIONReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MIN_DISPUTE_WINDOW()` and selector `0xcbeab516`.
    ```solidity
    function MIN_DISPUTE_WINDOW() external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MIN_DISPUTE_WINDOWCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MIN_DISPUTE_WINDOW()`](MIN_DISPUTE_WINDOWCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MIN_DISPUTE_WINDOWReturn {
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
            impl ::core::convert::From<MIN_DISPUTE_WINDOWCall> for UnderlyingRustTuple<'_> {
                fn from(value: MIN_DISPUTE_WINDOWCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MIN_DISPUTE_WINDOWCall {
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
            impl ::core::convert::From<MIN_DISPUTE_WINDOWReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MIN_DISPUTE_WINDOWReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MIN_DISPUTE_WINDOWReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MIN_DISPUTE_WINDOWCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MIN_DISPUTE_WINDOW()";
            const SELECTOR: [u8; 4] = [203u8, 234u8, 181u8, 22u8];
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
                        let r: MIN_DISPUTE_WINDOWReturn = r.into();
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
                    let r: MIN_DISPUTE_WINDOWReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `SALE_ATTESTATION_TYPEHASH()` and selector `0x37475c51`.
    ```solidity
    function SALE_ATTESTATION_TYPEHASH() external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SALE_ATTESTATION_TYPEHASHCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`SALE_ATTESTATION_TYPEHASH()`](SALE_ATTESTATION_TYPEHASHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SALE_ATTESTATION_TYPEHASHReturn {
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
            impl ::core::convert::From<SALE_ATTESTATION_TYPEHASHCall> for UnderlyingRustTuple<'_> {
                fn from(value: SALE_ATTESTATION_TYPEHASHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for SALE_ATTESTATION_TYPEHASHCall {
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
            impl ::core::convert::From<SALE_ATTESTATION_TYPEHASHReturn> for UnderlyingRustTuple<'_> {
                fn from(value: SALE_ATTESTATION_TYPEHASHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for SALE_ATTESTATION_TYPEHASHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for SALE_ATTESTATION_TYPEHASHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SALE_ATTESTATION_TYPEHASH()";
            const SELECTOR: [u8; 4] = [55u8, 71u8, 92u8, 81u8];
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
                        let r: SALE_ATTESTATION_TYPEHASHReturn = r.into();
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
                    let r: SALE_ATTESTATION_TYPEHASHReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `TRADE_APPROVAL_TYPEHASH()` and selector `0xea06d7e6`.
    ```solidity
    function TRADE_APPROVAL_TYPEHASH() external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TRADE_APPROVAL_TYPEHASHCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`TRADE_APPROVAL_TYPEHASH()`](TRADE_APPROVAL_TYPEHASHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TRADE_APPROVAL_TYPEHASHReturn {
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
            impl ::core::convert::From<TRADE_APPROVAL_TYPEHASHCall> for UnderlyingRustTuple<'_> {
                fn from(value: TRADE_APPROVAL_TYPEHASHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for TRADE_APPROVAL_TYPEHASHCall {
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
            impl ::core::convert::From<TRADE_APPROVAL_TYPEHASHReturn> for UnderlyingRustTuple<'_> {
                fn from(value: TRADE_APPROVAL_TYPEHASHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for TRADE_APPROVAL_TYPEHASHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for TRADE_APPROVAL_TYPEHASHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TRADE_APPROVAL_TYPEHASH()";
            const SELECTOR: [u8; 4] = [234u8, 6u8, 215u8, 230u8];
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
                        let r: TRADE_APPROVAL_TYPEHASHReturn = r.into();
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
                    let r: TRADE_APPROVAL_TYPEHASHReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `cancelTradeApproval()` and selector `0xe6f609ea`.
    ```solidity
    function cancelTradeApproval() external returns (uint256 nonce);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct cancelTradeApprovalCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`cancelTradeApproval()`](cancelTradeApprovalCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct cancelTradeApprovalReturn {
        #[allow(missing_docs)]
        pub nonce: alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<cancelTradeApprovalCall> for UnderlyingRustTuple<'_> {
                fn from(value: cancelTradeApprovalCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for cancelTradeApprovalCall {
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
            impl ::core::convert::From<cancelTradeApprovalReturn> for UnderlyingRustTuple<'_> {
                fn from(value: cancelTradeApprovalReturn) -> Self {
                    (value.nonce,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for cancelTradeApprovalReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { nonce: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for cancelTradeApprovalCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "cancelTradeApproval()";
            const SELECTOR: [u8; 4] = [230u8, 246u8, 9u8, 234u8];
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
                        let r: cancelTradeApprovalReturn = r.into();
                        r.nonce
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: cancelTradeApprovalReturn = r.into();
                    r.nonce
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `claim(uint256,address)` and selector `0xddd5e1b2`.
    ```solidity
    function claim(uint256 requestId, address seller) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub seller: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`claim(uint256,address)`](claimCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::Uint<256>, alloy::sol_types::sol_data::Address);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<claimCall> for UnderlyingRustTuple<'_> {
                fn from(value: claimCall) -> Self {
                    (value.requestId, value.seller)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for claimCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0, seller: tuple.1 }
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
            impl ::core::convert::From<claimReturn> for UnderlyingRustTuple<'_> {
                fn from(value: claimReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for claimReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl claimReturn {
            fn _tokenize(&self) -> <claimCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for claimCall {
            type Parameters<'a> =
                (alloy::sol_types::sol_data::Uint<256>, alloy::sol_types::sol_data::Address);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = claimReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "claim(uint256,address)";
            const SELECTOR: [u8; 4] = [221u8, 213u8, 225u8, 178u8];
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
                        &self.requestId,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.seller,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                claimReturn::_tokenize(ret)
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
    /**Function with signature `claimMany(uint256[],address[])` and selector `0xc55d05f2`.
    ```solidity
    function claimMany(uint256[] memory requestIds, address[] memory sellers) external returns (uint256 paid);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimManyCall {
        #[allow(missing_docs)]
        pub requestIds:
            alloy::sol_types::private::Vec<alloy::sol_types::private::primitives::aliases::U256>,
        #[allow(missing_docs)]
        pub sellers: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`claimMany(uint256[],address[])`](claimManyCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimManyReturn {
        #[allow(missing_docs)]
        pub paid: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
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
            impl ::core::convert::From<claimManyCall> for UnderlyingRustTuple<'_> {
                fn from(value: claimManyCall) -> Self {
                    (value.requestIds, value.sellers)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for claimManyCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestIds: tuple.0, sellers: tuple.1 }
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
            impl ::core::convert::From<claimManyReturn> for UnderlyingRustTuple<'_> {
                fn from(value: claimManyReturn) -> Self {
                    (value.paid,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for claimManyReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { paid: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for claimManyCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "claimMany(uint256[],address[])";
            const SELECTOR: [u8; 4] = [197u8, 93u8, 5u8, 242u8];
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
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestIds),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.sellers),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: claimManyReturn = r.into();
                        r.paid
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: claimManyReturn = r.into();
                    r.paid
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `close(uint256)` and selector `0x0aebeb4e`.
    ```solidity
    function close(uint256 requestId) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct closeCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`close(uint256)`](closeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct closeReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
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
            impl ::core::convert::From<closeCall> for UnderlyingRustTuple<'_> {
                fn from(value: closeCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for closeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
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
            impl ::core::convert::From<closeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: closeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for closeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl closeReturn {
            fn _tokenize(&self) -> <closeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for closeCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = closeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "close(uint256)";
            const SELECTOR: [u8; 4] = [10u8, 235u8, 235u8, 78u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.requestId,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                closeReturn::_tokenize(ret)
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
    /**Function with signature `collectFees(uint256)` and selector `0xb17acdcd`.
    ```solidity
    function collectFees(uint256 requestId) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct collectFeesCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`collectFees(uint256)`](collectFeesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct collectFeesReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
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
            impl ::core::convert::From<collectFeesCall> for UnderlyingRustTuple<'_> {
                fn from(value: collectFeesCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for collectFeesCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
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
            impl ::core::convert::From<collectFeesReturn> for UnderlyingRustTuple<'_> {
                fn from(value: collectFeesReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for collectFeesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl collectFeesReturn {
            fn _tokenize(&self) -> <collectFeesCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for collectFeesCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = collectFeesReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "collectFees(uint256)";
            const SELECTOR: [u8; 4] = [177u8, 122u8, 205u8, 205u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.requestId,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                collectFeesReturn::_tokenize(ret)
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
    function committee() external view returns (address);
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
            impl ::core::convert::From<committeeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: committeeReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for committeeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for committeeCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
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
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: committeeReturn = r.into();
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
                    let r: committeeReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `dispute(uint256,address,bytes32)` and selector `0x6899d0f5`.
    ```solidity
    function dispute(uint256 requestId, address seller, bytes32 reason) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct disputeCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub seller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::FixedBytes<32>,
    }
    ///Container type for the return parameters of the [`dispute(uint256,address,bytes32)`](disputeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct disputeReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<disputeCall> for UnderlyingRustTuple<'_> {
                fn from(value: disputeCall) -> Self {
                    (value.requestId, value.seller, value.reason)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for disputeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0, seller: tuple.1, reason: tuple.2 }
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
            impl ::core::convert::From<disputeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: disputeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for disputeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl disputeReturn {
            fn _tokenize(&self) -> <disputeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for disputeCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = disputeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "dispute(uint256,address,bytes32)";
            const SELECTOR: [u8; 4] = [104u8, 153u8, 208u8, 245u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.seller,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.reason),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                disputeReturn::_tokenize(ret)
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
    /**Function with signature `disputeWindow()` and selector `0x117f5f92`.
    ```solidity
    function disputeWindow() external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct disputeWindowCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`disputeWindow()`](disputeWindowCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct disputeWindowReturn {
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
            impl ::core::convert::From<disputeWindowCall> for UnderlyingRustTuple<'_> {
                fn from(value: disputeWindowCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for disputeWindowCall {
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
            impl ::core::convert::From<disputeWindowReturn> for UnderlyingRustTuple<'_> {
                fn from(value: disputeWindowReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for disputeWindowReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for disputeWindowCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "disputeWindow()";
            const SELECTOR: [u8; 4] = [17u8, 127u8, 95u8, 146u8];
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
                        let r: disputeWindowReturn = r.into();
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
                    let r: disputeWindowReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `eip712Domain()` and selector `0x84b0196e`.
    ```solidity
    function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct eip712DomainCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`eip712Domain()`](eip712DomainCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct eip712DomainReturn {
        #[allow(missing_docs)]
        pub fields: alloy::sol_types::private::FixedBytes<1>,
        #[allow(missing_docs)]
        pub name: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub version: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub chainId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub verifyingContract: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub salt: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub extensions:
            alloy::sol_types::private::Vec<alloy::sol_types::private::primitives::aliases::U256>,
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
            impl ::core::convert::From<eip712DomainCall> for UnderlyingRustTuple<'_> {
                fn from(value: eip712DomainCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for eip712DomainCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<1>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<1>,
                alloy::sol_types::private::String,
                alloy::sol_types::private::String,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<eip712DomainReturn> for UnderlyingRustTuple<'_> {
                fn from(value: eip712DomainReturn) -> Self {
                    (
                        value.fields,
                        value.name,
                        value.version,
                        value.chainId,
                        value.verifyingContract,
                        value.salt,
                        value.extensions,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for eip712DomainReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        fields: tuple.0,
                        name: tuple.1,
                        version: tuple.2,
                        chainId: tuple.3,
                        verifyingContract: tuple.4,
                        salt: tuple.5,
                        extensions: tuple.6,
                    }
                }
            }
        }
        impl eip712DomainReturn {
            fn _tokenize(&self) -> <eip712DomainCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        1,
                    > as alloy_sol_types::SolType>::tokenize(&self.fields),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.name,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.version,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.chainId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.verifyingContract,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.salt),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.extensions),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for eip712DomainCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = eip712DomainReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<1>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "eip712Domain()";
            const SELECTOR: [u8; 4] = [132u8, 176u8, 25u8, 110u8];
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
                eip712DomainReturn::_tokenize(ret)
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
    /**Function with signature `fee()` and selector `0xddca3f43`.
    ```solidity
    function fee() external view returns (uint16);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct feeCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`fee()`](feeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct feeReturn {
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
            impl ::core::convert::From<feeCall> for UnderlyingRustTuple<'_> {
                fn from(value: feeCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for feeCall {
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
            impl ::core::convert::From<feeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: feeReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for feeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for feeCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u16;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "fee()";
            const SELECTOR: [u8; 4] = [221u8, 202u8, 63u8, 67u8];
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
                        let r: feeReturn = r.into();
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
                    let r: feeReturn = r.into();
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
    /**Function with signature `isAttested(uint256,address,bytes32,bytes[])` and selector `0xa76fb68e`.
    ```solidity
    function isAttested(uint256 requestId, address seller, bytes32 deliveryCommitment, bytes[] memory attestations) external view returns (bool);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isAttestedCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub seller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub deliveryCommitment: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub attestations: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isAttested(uint256,address,bytes32,bytes[])`](isAttestedCall) function.
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
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
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
                    (value.requestId, value.seller, value.deliveryCommitment, value.attestations)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isAttestedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        requestId: tuple.0,
                        seller: tuple.1,
                        deliveryCommitment: tuple.2,
                        attestations: tuple.3,
                    }
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
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isAttested(uint256,address,bytes32,bytes[])";
            const SELECTOR: [u8; 4] = [167u8, 111u8, 182u8, 142u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.seller,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.deliveryCommitment),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Bytes,
                    > as alloy_sol_types::SolType>::tokenize(&self.attestations),
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
    /**Function with signature `nonces(address)` and selector `0x7ecebe00`.
    ```solidity
    function nonces(address owner) external view returns (uint256);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct noncesCall {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`nonces(address)`](noncesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct noncesReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<noncesCall> for UnderlyingRustTuple<'_> {
                fn from(value: noncesCall) -> Self {
                    (value.owner,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for noncesCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { owner: tuple.0 }
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
            impl ::core::convert::From<noncesReturn> for UnderlyingRustTuple<'_> {
                fn from(value: noncesReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for noncesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for noncesCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "nonces(address)";
            const SELECTOR: [u8; 4] = [126u8, 206u8, 190u8, 0u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.owner,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: noncesReturn = r.into();
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
                    let r: noncesReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `openRequest(bytes32,uint96,uint32,uint64)` and selector `0x950deb07`.
    ```solidity
    function openRequest(bytes32 criteria, uint96 pricePerRecord, uint32 maxRecords, uint64 deadline) external returns (uint256 requestId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct openRequestCall {
        #[allow(missing_docs)]
        pub criteria: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub pricePerRecord: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub maxRecords: u32,
        #[allow(missing_docs)]
        pub deadline: u64,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`openRequest(bytes32,uint96,uint32,uint64)`](openRequestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct openRequestReturn {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<96>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::primitives::aliases::U96,
                u32,
                u64,
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
            impl ::core::convert::From<openRequestCall> for UnderlyingRustTuple<'_> {
                fn from(value: openRequestCall) -> Self {
                    (value.criteria, value.pricePerRecord, value.maxRecords, value.deadline)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for openRequestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        criteria: tuple.0,
                        pricePerRecord: tuple.1,
                        maxRecords: tuple.2,
                        deadline: tuple.3,
                    }
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
            impl ::core::convert::From<openRequestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: openRequestReturn) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for openRequestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for openRequestCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<96>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "openRequest(bytes32,uint96,uint32,uint64)";
            const SELECTOR: [u8; 4] = [149u8, 13u8, 235u8, 7u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.criteria),
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::tokenize(&self.pricePerRecord),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxRecords),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.deadline),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: openRequestReturn = r.into();
                        r.requestId
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: openRequestReturn = r.into();
                    r.requestId
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `openRequestWithPermit(bytes32,uint96,uint32,uint64,uint256,uint8,bytes32,bytes32)` and selector `0x11542cbb`.
    ```solidity
    function openRequestWithPermit(bytes32 criteria, uint96 pricePerRecord, uint32 maxRecords, uint64 deadline, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) external returns (uint256 requestId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct openRequestWithPermitCall {
        #[allow(missing_docs)]
        pub criteria: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub pricePerRecord: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub maxRecords: u32,
        #[allow(missing_docs)]
        pub deadline: u64,
        #[allow(missing_docs)]
        pub permitDeadline: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub v: u8,
        #[allow(missing_docs)]
        pub r: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub s: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`openRequestWithPermit(bytes32,uint96,uint32,uint64,uint256,uint8,bytes32,bytes32)`](openRequestWithPermitCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct openRequestWithPermitReturn {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<96>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::primitives::aliases::U96,
                u32,
                u64,
                alloy::sol_types::private::primitives::aliases::U256,
                u8,
                alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<openRequestWithPermitCall> for UnderlyingRustTuple<'_> {
                fn from(value: openRequestWithPermitCall) -> Self {
                    (
                        value.criteria,
                        value.pricePerRecord,
                        value.maxRecords,
                        value.deadline,
                        value.permitDeadline,
                        value.v,
                        value.r,
                        value.s,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for openRequestWithPermitCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        criteria: tuple.0,
                        pricePerRecord: tuple.1,
                        maxRecords: tuple.2,
                        deadline: tuple.3,
                        permitDeadline: tuple.4,
                        v: tuple.5,
                        r: tuple.6,
                        s: tuple.7,
                    }
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
            impl ::core::convert::From<openRequestWithPermitReturn> for UnderlyingRustTuple<'_> {
                fn from(value: openRequestWithPermitReturn) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for openRequestWithPermitReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for openRequestWithPermitCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<96>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "openRequestWithPermit(bytes32,uint96,uint32,uint64,uint256,uint8,bytes32,bytes32)";
            const SELECTOR: [u8; 4] = [17u8, 84u8, 44u8, 187u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.criteria),
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::tokenize(&self.pricePerRecord),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxRecords),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.deadline),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.permitDeadline),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.v),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.r),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.s),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: openRequestWithPermitReturn = r.into();
                        r.requestId
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: openRequestWithPermitReturn = r.into();
                    r.requestId
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `refundExpired(uint256)` and selector `0x1402b17a`.
    ```solidity
    function refundExpired(uint256 requestId) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct refundExpiredCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`refundExpired(uint256)`](refundExpiredCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct refundExpiredReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
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
            impl ::core::convert::From<refundExpiredCall> for UnderlyingRustTuple<'_> {
                fn from(value: refundExpiredCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for refundExpiredCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
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
            impl ::core::convert::From<refundExpiredReturn> for UnderlyingRustTuple<'_> {
                fn from(value: refundExpiredReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for refundExpiredReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl refundExpiredReturn {
            fn _tokenize(
                &self,
            ) -> <refundExpiredCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for refundExpiredCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = refundExpiredReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "refundExpired(uint256)";
            const SELECTOR: [u8; 4] = [20u8, 2u8, 177u8, 122u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.requestId,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                refundExpiredReturn::_tokenize(ret)
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
    /**Function with signature `request(uint256)` and selector `0xd845a4b3`.
    ```solidity
    function request(uint256 requestId) external view returns (IDataMarket.Request memory);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`request(uint256)`](requestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestReturn {
        #[allow(missing_docs)]
        pub _0: <IDataMarket::Request as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
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
            impl ::core::convert::From<requestCall> for UnderlyingRustTuple<'_> {
                fn from(value: requestCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IDataMarket::Request,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<IDataMarket::Request as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<requestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: requestReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for requestCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IDataMarket::Request as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IDataMarket::Request,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "request(uint256)";
            const SELECTOR: [u8; 4] = [216u8, 69u8, 164u8, 179u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.requestId,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IDataMarket::Request as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: requestReturn = r.into();
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
                    let r: requestReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `requestCount()` and selector `0x5badbe4c`.
    ```solidity
    function requestCount() external view returns (uint256);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestCountCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`requestCount()`](requestCountCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestCountReturn {
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
            impl ::core::convert::From<requestCountCall> for UnderlyingRustTuple<'_> {
                fn from(value: requestCountCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestCountCall {
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
            impl ::core::convert::From<requestCountReturn> for UnderlyingRustTuple<'_> {
                fn from(value: requestCountReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestCountReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for requestCountCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "requestCount()";
            const SELECTOR: [u8; 4] = [91u8, 173u8, 190u8, 76u8];
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
                        let r: requestCountReturn = r.into();
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
                    let r: requestCountReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `resolve(uint256,address,bool)` and selector `0x048e45ca`.
    ```solidity
    function resolve(uint256 requestId, address seller, bool paySeller) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct resolveCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub seller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub paySeller: bool,
    }
    ///Container type for the return parameters of the [`resolve(uint256,address,bool)`](resolveCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct resolveReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bool,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
                bool,
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
            impl ::core::convert::From<resolveCall> for UnderlyingRustTuple<'_> {
                fn from(value: resolveCall) -> Self {
                    (value.requestId, value.seller, value.paySeller)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for resolveCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0, seller: tuple.1, paySeller: tuple.2 }
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
            impl ::core::convert::From<resolveReturn> for UnderlyingRustTuple<'_> {
                fn from(value: resolveReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for resolveReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl resolveReturn {
            fn _tokenize(&self) -> <resolveCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for resolveCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bool,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = resolveReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "resolve(uint256,address,bool)";
            const SELECTOR: [u8; 4] = [4u8, 142u8, 69u8, 202u8];
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
                        &self.requestId,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.seller,
                    ),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.paySeller,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                resolveReturn::_tokenize(ret)
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
    /**Function with signature `saleAttestationDigest(uint256,address,bytes32)` and selector `0x5a0d548e`.
    ```solidity
    function saleAttestationDigest(uint256 requestId, address seller, bytes32 deliveryCommitment) external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct saleAttestationDigestCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub seller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub deliveryCommitment: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`saleAttestationDigest(uint256,address,bytes32)`](saleAttestationDigestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct saleAttestationDigestReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<saleAttestationDigestCall> for UnderlyingRustTuple<'_> {
                fn from(value: saleAttestationDigestCall) -> Self {
                    (value.requestId, value.seller, value.deliveryCommitment)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for saleAttestationDigestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0, seller: tuple.1, deliveryCommitment: tuple.2 }
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
            impl ::core::convert::From<saleAttestationDigestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: saleAttestationDigestReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for saleAttestationDigestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for saleAttestationDigestCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "saleAttestationDigest(uint256,address,bytes32)";
            const SELECTOR: [u8; 4] = [90u8, 13u8, 84u8, 142u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.seller,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.deliveryCommitment),
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
                        let r: saleAttestationDigestReturn = r.into();
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
                    let r: saleAttestationDigestReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setFee(uint16)` and selector `0x8e005553`.
    ```solidity
    function setFee(uint16 feeBps) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setFeeCall {
        #[allow(missing_docs)]
        pub feeBps: u16,
    }
    ///Container type for the return parameters of the [`setFee(uint16)`](setFeeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setFeeReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
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
            impl ::core::convert::From<setFeeCall> for UnderlyingRustTuple<'_> {
                fn from(value: setFeeCall) -> Self {
                    (value.feeBps,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setFeeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { feeBps: tuple.0 }
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
            impl ::core::convert::From<setFeeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setFeeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setFeeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setFeeReturn {
            fn _tokenize(&self) -> <setFeeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setFeeCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = setFeeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setFee(uint16)";
            const SELECTOR: [u8; 4] = [142u8, 0u8, 85u8, 83u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::tokenize(
                    &self.feeBps,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setFeeReturn::_tokenize(ret)
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
    /**Function with signature `setTreasury(address)` and selector `0xf0f44260`.
    ```solidity
    function setTreasury(address treasury_) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setTreasuryCall {
        #[allow(missing_docs)]
        pub treasury_: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`setTreasury(address)`](setTreasuryCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setTreasuryReturn {}
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
            impl ::core::convert::From<setTreasuryCall> for UnderlyingRustTuple<'_> {
                fn from(value: setTreasuryCall) -> Self {
                    (value.treasury_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setTreasuryCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { treasury_: tuple.0 }
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
            impl ::core::convert::From<setTreasuryReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setTreasuryReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setTreasuryReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setTreasuryReturn {
            fn _tokenize(&self) -> <setTreasuryCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setTreasuryCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = setTreasuryReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setTreasury(address)";
            const SELECTOR: [u8; 4] = [240u8, 244u8, 66u8, 96u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.treasury_,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setTreasuryReturn::_tokenize(ret)
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
    /**Function with signature `settle((uint256,address,bytes32,uint256,uint256,uint256),bytes,bytes[])` and selector `0x90c733ef`.
    ```solidity
    function settle(IDataMarket.TradeApproval memory a, bytes memory signature, bytes[] memory attestations) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct settleCall {
        #[allow(missing_docs)]
        pub a: <IDataMarket::TradeApproval as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub attestations: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
    }
    ///Container type for the return parameters of the [`settle((uint256,address,bytes32,uint256,uint256,uint256),bytes,bytes[])`](settleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct settleReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                IDataMarket::TradeApproval,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IDataMarket::TradeApproval as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Bytes,
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
            impl ::core::convert::From<settleCall> for UnderlyingRustTuple<'_> {
                fn from(value: settleCall) -> Self {
                    (value.a, value.signature, value.attestations)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for settleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { a: tuple.0, signature: tuple.1, attestations: tuple.2 }
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
            impl ::core::convert::From<settleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: settleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for settleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl settleReturn {
            fn _tokenize(&self) -> <settleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for settleCall {
            type Parameters<'a> = (
                IDataMarket::TradeApproval,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = settleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "settle((uint256,address,bytes32,uint256,uint256,uint256),bytes,bytes[])";
            const SELECTOR: [u8; 4] = [144u8, 199u8, 51u8, 239u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IDataMarket::TradeApproval as alloy_sol_types::SolType>::tokenize(
                        &self.a,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signature,
                    ),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Bytes,
                    > as alloy_sol_types::SolType>::tokenize(&self.attestations),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                settleReturn::_tokenize(ret)
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
    /**Function with signature `settleUnresolved(uint256,address)` and selector `0xe1c43c7d`.
    ```solidity
    function settleUnresolved(uint256 requestId, address seller) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct settleUnresolvedCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub seller: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`settleUnresolved(uint256,address)`](settleUnresolvedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct settleUnresolvedReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::Uint<256>, alloy::sol_types::sol_data::Address);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<settleUnresolvedCall> for UnderlyingRustTuple<'_> {
                fn from(value: settleUnresolvedCall) -> Self {
                    (value.requestId, value.seller)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for settleUnresolvedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0, seller: tuple.1 }
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
            impl ::core::convert::From<settleUnresolvedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: settleUnresolvedReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for settleUnresolvedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl settleUnresolvedReturn {
            fn _tokenize(
                &self,
            ) -> <settleUnresolvedCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for settleUnresolvedCall {
            type Parameters<'a> =
                (alloy::sol_types::sol_data::Uint<256>, alloy::sol_types::sol_data::Address);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = settleUnresolvedReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "settleUnresolved(uint256,address)";
            const SELECTOR: [u8; 4] = [225u8, 196u8, 60u8, 125u8];
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
                        &self.requestId,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.seller,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                settleUnresolvedReturn::_tokenize(ret)
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
    /**Function with signature `token()` and selector `0xfc0c546a`.
    ```solidity
    function token() external view returns (address);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tokenCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`token()`](tokenCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tokenReturn {
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
            impl ::core::convert::From<tokenCall> for UnderlyingRustTuple<'_> {
                fn from(value: tokenCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tokenCall {
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
            impl ::core::convert::From<tokenReturn> for UnderlyingRustTuple<'_> {
                fn from(value: tokenReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tokenReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for tokenCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "token()";
            const SELECTOR: [u8; 4] = [252u8, 12u8, 84u8, 106u8];
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
                        let r: tokenReturn = r.into();
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
                    let r: tokenReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `trade(uint256,address)` and selector `0xe0a0cf74`.
    ```solidity
    function trade(uint256 requestId, address seller) external view returns (IDataMarket.Trade memory);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tradeCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub seller: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    ///Container type for the return parameters of the [`trade(uint256,address)`](tradeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tradeReturn {
        #[allow(missing_docs)]
        pub _0: <IDataMarket::Trade as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::Uint<256>, alloy::sol_types::sol_data::Address);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<tradeCall> for UnderlyingRustTuple<'_> {
                fn from(value: tradeCall) -> Self {
                    (value.requestId, value.seller)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tradeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0, seller: tuple.1 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IDataMarket::Trade,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<IDataMarket::Trade as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<tradeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: tradeReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tradeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for tradeCall {
            type Parameters<'a> =
                (alloy::sol_types::sol_data::Uint<256>, alloy::sol_types::sol_data::Address);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IDataMarket::Trade as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IDataMarket::Trade,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "trade(uint256,address)";
            const SELECTOR: [u8; 4] = [224u8, 160u8, 207u8, 116u8];
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
                        &self.requestId,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.seller,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IDataMarket::Trade as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: tradeReturn = r.into();
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
                    let r: tradeReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `tradeApprovalDigest((uint256,address,bytes32,uint256,uint256,uint256))` and selector `0x995ba6a6`.
    ```solidity
    function tradeApprovalDigest(IDataMarket.TradeApproval memory approval) external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tradeApprovalDigestCall {
        #[allow(missing_docs)]
        pub approval: <IDataMarket::TradeApproval as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`tradeApprovalDigest((uint256,address,bytes32,uint256,uint256,uint256))`](tradeApprovalDigestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tradeApprovalDigestReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IDataMarket::TradeApproval,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<IDataMarket::TradeApproval as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<tradeApprovalDigestCall> for UnderlyingRustTuple<'_> {
                fn from(value: tradeApprovalDigestCall) -> Self {
                    (value.approval,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tradeApprovalDigestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { approval: tuple.0 }
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
            impl ::core::convert::From<tradeApprovalDigestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: tradeApprovalDigestReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tradeApprovalDigestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for tradeApprovalDigestCall {
            type Parameters<'a> = (IDataMarket::TradeApproval,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "tradeApprovalDigest((uint256,address,bytes32,uint256,uint256,uint256))";
            const SELECTOR: [u8; 4] = [153u8, 91u8, 166u8, 166u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<IDataMarket::TradeApproval as alloy_sol_types::SolType>::tokenize(&self.approval),)
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
                        let r: tradeApprovalDigestReturn = r.into();
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
                    let r: tradeApprovalDigestReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `treasury()` and selector `0x61d027b3`.
    ```solidity
    function treasury() external view returns (address);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct treasuryCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`treasury()`](treasuryCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct treasuryReturn {
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
            impl ::core::convert::From<treasuryCall> for UnderlyingRustTuple<'_> {
                fn from(value: treasuryCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for treasuryCall {
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
            impl ::core::convert::From<treasuryReturn> for UnderlyingRustTuple<'_> {
                fn from(value: treasuryReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for treasuryReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for treasuryCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "treasury()";
            const SELECTOR: [u8; 4] = [97u8, 208u8, 39u8, 179u8];
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
                        let r: treasuryReturn = r.into();
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
                    let r: treasuryReturn = r.into();
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
    ///Container for all the [`DataMarket`](self) function calls.
    #[derive(Clone, serde::Serialize, serde::Deserialize)]
    pub enum DataMarketCalls {
        #[allow(missing_docs)]
        ARBITER_ROLE(ARBITER_ROLECall),
        #[allow(missing_docs)]
        ARBITRATION_WINDOW(ARBITRATION_WINDOWCall),
        #[allow(missing_docs)]
        DEFAULT_ADMIN_ROLE(DEFAULT_ADMIN_ROLECall),
        #[allow(missing_docs)]
        DISPUTE_BOND_BPS(DISPUTE_BOND_BPSCall),
        #[allow(missing_docs)]
        MAX_DISPUTE_WINDOW(MAX_DISPUTE_WINDOWCall),
        #[allow(missing_docs)]
        MAX_FEE_BPS(MAX_FEE_BPSCall),
        #[allow(missing_docs)]
        MAX_REQUEST_DURATION(MAX_REQUEST_DURATIONCall),
        #[allow(missing_docs)]
        MIN_DISPUTE_WINDOW(MIN_DISPUTE_WINDOWCall),
        #[allow(missing_docs)]
        SALE_ATTESTATION_TYPEHASH(SALE_ATTESTATION_TYPEHASHCall),
        #[allow(missing_docs)]
        TRADE_APPROVAL_TYPEHASH(TRADE_APPROVAL_TYPEHASHCall),
        #[allow(missing_docs)]
        cancelTradeApproval(cancelTradeApprovalCall),
        #[allow(missing_docs)]
        claim(claimCall),
        #[allow(missing_docs)]
        claimMany(claimManyCall),
        #[allow(missing_docs)]
        close(closeCall),
        #[allow(missing_docs)]
        collectFees(collectFeesCall),
        #[allow(missing_docs)]
        committee(committeeCall),
        #[allow(missing_docs)]
        dispute(disputeCall),
        #[allow(missing_docs)]
        disputeWindow(disputeWindowCall),
        #[allow(missing_docs)]
        eip712Domain(eip712DomainCall),
        #[allow(missing_docs)]
        fee(feeCall),
        #[allow(missing_docs)]
        getRoleAdmin(getRoleAdminCall),
        #[allow(missing_docs)]
        grantRole(grantRoleCall),
        #[allow(missing_docs)]
        hasRole(hasRoleCall),
        #[allow(missing_docs)]
        isAttested(isAttestedCall),
        #[allow(missing_docs)]
        isTrustedForwarder(isTrustedForwarderCall),
        #[allow(missing_docs)]
        nonces(noncesCall),
        #[allow(missing_docs)]
        openRequest(openRequestCall),
        #[allow(missing_docs)]
        openRequestWithPermit(openRequestWithPermitCall),
        #[allow(missing_docs)]
        refundExpired(refundExpiredCall),
        #[allow(missing_docs)]
        renounceRole(renounceRoleCall),
        #[allow(missing_docs)]
        request(requestCall),
        #[allow(missing_docs)]
        requestCount(requestCountCall),
        #[allow(missing_docs)]
        resolve(resolveCall),
        #[allow(missing_docs)]
        revokeRole(revokeRoleCall),
        #[allow(missing_docs)]
        saleAttestationDigest(saleAttestationDigestCall),
        #[allow(missing_docs)]
        setFee(setFeeCall),
        #[allow(missing_docs)]
        setTreasury(setTreasuryCall),
        #[allow(missing_docs)]
        settle(settleCall),
        #[allow(missing_docs)]
        settleUnresolved(settleUnresolvedCall),
        #[allow(missing_docs)]
        supportsInterface(supportsInterfaceCall),
        #[allow(missing_docs)]
        token(tokenCall),
        #[allow(missing_docs)]
        trade(tradeCall),
        #[allow(missing_docs)]
        tradeApprovalDigest(tradeApprovalDigestCall),
        #[allow(missing_docs)]
        treasury(treasuryCall),
        #[allow(missing_docs)]
        trustedForwarder(trustedForwarderCall),
    }
    impl DataMarketCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [1u8, 255u8, 201u8, 167u8],
            [4u8, 142u8, 69u8, 202u8],
            [10u8, 235u8, 235u8, 78u8],
            [17u8, 84u8, 44u8, 187u8],
            [17u8, 127u8, 95u8, 146u8],
            [20u8, 2u8, 177u8, 122u8],
            [36u8, 138u8, 156u8, 163u8],
            [46u8, 115u8, 51u8, 174u8],
            [47u8, 47u8, 241u8, 93u8],
            [54u8, 86u8, 138u8, 190u8],
            [55u8, 71u8, 92u8, 81u8],
            [77u8, 16u8, 74u8, 223u8],
            [82u8, 221u8, 222u8, 157u8],
            [87u8, 43u8, 108u8, 5u8],
            [90u8, 13u8, 84u8, 142u8],
            [91u8, 173u8, 190u8, 76u8],
            [97u8, 208u8, 39u8, 179u8],
            [104u8, 153u8, 208u8, 245u8],
            [125u8, 160u8, 168u8, 119u8],
            [126u8, 206u8, 190u8, 0u8],
            [128u8, 203u8, 198u8, 250u8],
            [132u8, 176u8, 25u8, 110u8],
            [142u8, 0u8, 85u8, 83u8],
            [144u8, 199u8, 51u8, 239u8],
            [145u8, 209u8, 72u8, 84u8],
            [149u8, 13u8, 235u8, 7u8],
            [153u8, 91u8, 166u8, 166u8],
            [162u8, 23u8, 253u8, 223u8],
            [167u8, 111u8, 182u8, 142u8],
            [169u8, 85u8, 128u8, 65u8],
            [177u8, 122u8, 205u8, 205u8],
            [197u8, 93u8, 5u8, 242u8],
            [203u8, 234u8, 181u8, 22u8],
            [213u8, 71u8, 116u8, 31u8],
            [213u8, 91u8, 232u8, 198u8],
            [216u8, 69u8, 164u8, 179u8],
            [216u8, 100u8, 231u8, 64u8],
            [221u8, 202u8, 63u8, 67u8],
            [221u8, 213u8, 225u8, 178u8],
            [224u8, 160u8, 207u8, 116u8],
            [225u8, 196u8, 60u8, 125u8],
            [230u8, 246u8, 9u8, 234u8],
            [234u8, 6u8, 215u8, 230u8],
            [240u8, 244u8, 66u8, 96u8],
            [252u8, 12u8, 84u8, 106u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(supportsInterface),
            ::core::stringify!(resolve),
            ::core::stringify!(close),
            ::core::stringify!(openRequestWithPermit),
            ::core::stringify!(disputeWindow),
            ::core::stringify!(refundExpired),
            ::core::stringify!(getRoleAdmin),
            ::core::stringify!(DISPUTE_BOND_BPS),
            ::core::stringify!(grantRole),
            ::core::stringify!(renounceRole),
            ::core::stringify!(SALE_ATTESTATION_TYPEHASH),
            ::core::stringify!(ARBITER_ROLE),
            ::core::stringify!(MAX_REQUEST_DURATION),
            ::core::stringify!(isTrustedForwarder),
            ::core::stringify!(saleAttestationDigest),
            ::core::stringify!(requestCount),
            ::core::stringify!(treasury),
            ::core::stringify!(dispute),
            ::core::stringify!(trustedForwarder),
            ::core::stringify!(nonces),
            ::core::stringify!(MAX_DISPUTE_WINDOW),
            ::core::stringify!(eip712Domain),
            ::core::stringify!(setFee),
            ::core::stringify!(settle),
            ::core::stringify!(hasRole),
            ::core::stringify!(openRequest),
            ::core::stringify!(tradeApprovalDigest),
            ::core::stringify!(DEFAULT_ADMIN_ROLE),
            ::core::stringify!(isAttested),
            ::core::stringify!(ARBITRATION_WINDOW),
            ::core::stringify!(collectFees),
            ::core::stringify!(claimMany),
            ::core::stringify!(MIN_DISPUTE_WINDOW),
            ::core::stringify!(revokeRole),
            ::core::stringify!(MAX_FEE_BPS),
            ::core::stringify!(request),
            ::core::stringify!(committee),
            ::core::stringify!(fee),
            ::core::stringify!(claim),
            ::core::stringify!(trade),
            ::core::stringify!(settleUnresolved),
            ::core::stringify!(cancelTradeApproval),
            ::core::stringify!(TRADE_APPROVAL_TYPEHASH),
            ::core::stringify!(setTreasury),
            ::core::stringify!(token),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <supportsInterfaceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <resolveCall as alloy_sol_types::SolCall>::SIGNATURE,
            <closeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <openRequestWithPermitCall as alloy_sol_types::SolCall>::SIGNATURE,
            <disputeWindowCall as alloy_sol_types::SolCall>::SIGNATURE,
            <refundExpiredCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getRoleAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DISPUTE_BOND_BPSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <renounceRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <SALE_ATTESTATION_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ARBITER_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_REQUEST_DURATIONCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isTrustedForwarderCall as alloy_sol_types::SolCall>::SIGNATURE,
            <saleAttestationDigestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <requestCountCall as alloy_sol_types::SolCall>::SIGNATURE,
            <treasuryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <disputeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <trustedForwarderCall as alloy_sol_types::SolCall>::SIGNATURE,
            <noncesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_DISPUTE_WINDOWCall as alloy_sol_types::SolCall>::SIGNATURE,
            <eip712DomainCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setFeeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <settleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hasRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <openRequestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <tradeApprovalDigestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <isAttestedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ARBITRATION_WINDOWCall as alloy_sol_types::SolCall>::SIGNATURE,
            <collectFeesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <claimManyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MIN_DISPUTE_WINDOWCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_FEE_BPSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <requestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <committeeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <feeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <claimCall as alloy_sol_types::SolCall>::SIGNATURE,
            <tradeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <settleUnresolvedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <cancelTradeApprovalCall as alloy_sol_types::SolCall>::SIGNATURE,
            <TRADE_APPROVAL_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setTreasuryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <tokenCall as alloy_sol_types::SolCall>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for DataMarketCalls {
        const NAME: &'static str = "DataMarketCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 45usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::ARBITER_ROLE(_) => <ARBITER_ROLECall as alloy_sol_types::SolCall>::SELECTOR,
                Self::ARBITRATION_WINDOW(_) => {
                    <ARBITRATION_WINDOWCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::DEFAULT_ADMIN_ROLE(_) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::DISPUTE_BOND_BPS(_) => {
                    <DISPUTE_BOND_BPSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_DISPUTE_WINDOW(_) => {
                    <MAX_DISPUTE_WINDOWCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_FEE_BPS(_) => <MAX_FEE_BPSCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::MAX_REQUEST_DURATION(_) => {
                    <MAX_REQUEST_DURATIONCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MIN_DISPUTE_WINDOW(_) => {
                    <MIN_DISPUTE_WINDOWCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::SALE_ATTESTATION_TYPEHASH(_) => {
                    <SALE_ATTESTATION_TYPEHASHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::TRADE_APPROVAL_TYPEHASH(_) => {
                    <TRADE_APPROVAL_TYPEHASHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::cancelTradeApproval(_) => {
                    <cancelTradeApprovalCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::claim(_) => <claimCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::claimMany(_) => <claimManyCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::close(_) => <closeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::collectFees(_) => <collectFeesCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::committee(_) => <committeeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::dispute(_) => <disputeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::disputeWindow(_) => <disputeWindowCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::eip712Domain(_) => <eip712DomainCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::fee(_) => <feeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::getRoleAdmin(_) => <getRoleAdminCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::grantRole(_) => <grantRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::hasRole(_) => <hasRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isAttested(_) => <isAttestedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isTrustedForwarder(_) => {
                    <isTrustedForwarderCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::nonces(_) => <noncesCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::openRequest(_) => <openRequestCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::openRequestWithPermit(_) => {
                    <openRequestWithPermitCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::refundExpired(_) => <refundExpiredCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::renounceRole(_) => <renounceRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::request(_) => <requestCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::requestCount(_) => <requestCountCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::resolve(_) => <resolveCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::revokeRole(_) => <revokeRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::saleAttestationDigest(_) => {
                    <saleAttestationDigestCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setFee(_) => <setFeeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::setTreasury(_) => <setTreasuryCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::settle(_) => <settleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::settleUnresolved(_) => {
                    <settleUnresolvedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::supportsInterface(_) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::token(_) => <tokenCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::trade(_) => <tradeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::tradeApprovalDigest(_) => {
                    <tradeApprovalDigestCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::treasury(_) => <treasuryCall as alloy_sol_types::SolCall>::SELECTOR,
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
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<DataMarketCalls>] = &[
                {
                    fn supportsInterface(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn resolve(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <resolveCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::resolve)
                    }
                    resolve
                },
                {
                    fn close(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <closeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::close)
                    }
                    close
                },
                {
                    fn openRequestWithPermit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <openRequestWithPermitCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(DataMarketCalls::openRequestWithPermit)
                    }
                    openRequestWithPermit
                },
                {
                    fn disputeWindow(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <disputeWindowCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::disputeWindow)
                    }
                    disputeWindow
                },
                {
                    fn refundExpired(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <refundExpiredCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::refundExpired)
                    }
                    refundExpired
                },
                {
                    fn getRoleAdmin(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn DISPUTE_BOND_BPS(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <DISPUTE_BOND_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::DISPUTE_BOND_BPS)
                    }
                    DISPUTE_BOND_BPS
                },
                {
                    fn grantRole(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn renounceRole(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn SALE_ATTESTATION_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <SALE_ATTESTATION_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(DataMarketCalls::SALE_ATTESTATION_TYPEHASH)
                    }
                    SALE_ATTESTATION_TYPEHASH
                },
                {
                    fn ARBITER_ROLE(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <ARBITER_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::ARBITER_ROLE)
                    }
                    ARBITER_ROLE
                },
                {
                    fn MAX_REQUEST_DURATION(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <MAX_REQUEST_DURATIONCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::MAX_REQUEST_DURATION)
                    }
                    MAX_REQUEST_DURATION
                },
                {
                    fn isTrustedForwarder(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <isTrustedForwarderCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::isTrustedForwarder)
                    }
                    isTrustedForwarder
                },
                {
                    fn saleAttestationDigest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <saleAttestationDigestCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(DataMarketCalls::saleAttestationDigest)
                    }
                    saleAttestationDigest
                },
                {
                    fn requestCount(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <requestCountCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::requestCount)
                    }
                    requestCount
                },
                {
                    fn treasury(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <treasuryCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::treasury)
                    }
                    treasury
                },
                {
                    fn dispute(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <disputeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::dispute)
                    }
                    dispute
                },
                {
                    fn trustedForwarder(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <trustedForwarderCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::trustedForwarder)
                    }
                    trustedForwarder
                },
                {
                    fn nonces(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <noncesCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::nonces)
                    }
                    nonces
                },
                {
                    fn MAX_DISPUTE_WINDOW(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <MAX_DISPUTE_WINDOWCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::MAX_DISPUTE_WINDOW)
                    }
                    MAX_DISPUTE_WINDOW
                },
                {
                    fn eip712Domain(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <eip712DomainCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::eip712Domain)
                    }
                    eip712Domain
                },
                {
                    fn setFee(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <setFeeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::setFee)
                    }
                    setFee
                },
                {
                    fn settle(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <settleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::settle)
                    }
                    settle
                },
                {
                    fn hasRole(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn openRequest(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <openRequestCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::openRequest)
                    }
                    openRequest
                },
                {
                    fn tradeApprovalDigest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <tradeApprovalDigestCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::tradeApprovalDigest)
                    }
                    tradeApprovalDigest
                },
                {
                    fn DEFAULT_ADMIN_ROLE(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn isAttested(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <isAttestedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::isAttested)
                    }
                    isAttested
                },
                {
                    fn ARBITRATION_WINDOW(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <ARBITRATION_WINDOWCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::ARBITRATION_WINDOW)
                    }
                    ARBITRATION_WINDOW
                },
                {
                    fn collectFees(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <collectFeesCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::collectFees)
                    }
                    collectFees
                },
                {
                    fn claimMany(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <claimManyCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::claimMany)
                    }
                    claimMany
                },
                {
                    fn MIN_DISPUTE_WINDOW(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <MIN_DISPUTE_WINDOWCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::MIN_DISPUTE_WINDOW)
                    }
                    MIN_DISPUTE_WINDOW
                },
                {
                    fn revokeRole(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn MAX_FEE_BPS(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <MAX_FEE_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::MAX_FEE_BPS)
                    }
                    MAX_FEE_BPS
                },
                {
                    fn request(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <requestCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::request)
                    }
                    request
                },
                {
                    fn committee(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <committeeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::committee)
                    }
                    committee
                },
                {
                    fn fee(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <feeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::fee)
                    }
                    fee
                },
                {
                    fn claim(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <claimCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::claim)
                    }
                    claim
                },
                {
                    fn trade(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <tradeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::trade)
                    }
                    trade
                },
                {
                    fn settleUnresolved(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <settleUnresolvedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::settleUnresolved)
                    }
                    settleUnresolved
                },
                {
                    fn cancelTradeApproval(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <cancelTradeApprovalCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::cancelTradeApproval)
                    }
                    cancelTradeApproval
                },
                {
                    fn TRADE_APPROVAL_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <TRADE_APPROVAL_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(DataMarketCalls::TRADE_APPROVAL_TYPEHASH)
                    }
                    TRADE_APPROVAL_TYPEHASH
                },
                {
                    fn setTreasury(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <setTreasuryCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::setTreasury)
                    }
                    setTreasury
                },
                {
                    fn token(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <tokenCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::token)
                    }
                    token
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
                -> alloy_sol_types::Result<DataMarketCalls>] = &[
                {
                    fn supportsInterface(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn resolve(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <resolveCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::resolve)
                    }
                    resolve
                },
                {
                    fn close(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <closeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::close)
                    }
                    close
                },
                {
                    fn openRequestWithPermit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <openRequestWithPermitCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketCalls::openRequestWithPermit)
                    }
                    openRequestWithPermit
                },
                {
                    fn disputeWindow(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <disputeWindowCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(DataMarketCalls::disputeWindow)
                    }
                    disputeWindow
                },
                {
                    fn refundExpired(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <refundExpiredCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(DataMarketCalls::refundExpired)
                    }
                    refundExpired
                },
                {
                    fn getRoleAdmin(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(DataMarketCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn DISPUTE_BOND_BPS(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <DISPUTE_BOND_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(DataMarketCalls::DISPUTE_BOND_BPS)
                    }
                    DISPUTE_BOND_BPS
                },
                {
                    fn grantRole(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn renounceRole(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(DataMarketCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn SALE_ATTESTATION_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <SALE_ATTESTATION_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketCalls::SALE_ATTESTATION_TYPEHASH)
                    }
                    SALE_ATTESTATION_TYPEHASH
                },
                {
                    fn ARBITER_ROLE(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <ARBITER_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(DataMarketCalls::ARBITER_ROLE)
                    }
                    ARBITER_ROLE
                },
                {
                    fn MAX_REQUEST_DURATION(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <MAX_REQUEST_DURATIONCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketCalls::MAX_REQUEST_DURATION)
                    }
                    MAX_REQUEST_DURATION
                },
                {
                    fn isTrustedForwarder(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <isTrustedForwarderCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketCalls::isTrustedForwarder)
                    }
                    isTrustedForwarder
                },
                {
                    fn saleAttestationDigest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <saleAttestationDigestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketCalls::saleAttestationDigest)
                    }
                    saleAttestationDigest
                },
                {
                    fn requestCount(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <requestCountCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(DataMarketCalls::requestCount)
                    }
                    requestCount
                },
                {
                    fn treasury(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <treasuryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::treasury)
                    }
                    treasury
                },
                {
                    fn dispute(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <disputeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::dispute)
                    }
                    dispute
                },
                {
                    fn trustedForwarder(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <trustedForwarderCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(DataMarketCalls::trustedForwarder)
                    }
                    trustedForwarder
                },
                {
                    fn nonces(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <noncesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::nonces)
                    }
                    nonces
                },
                {
                    fn MAX_DISPUTE_WINDOW(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <MAX_DISPUTE_WINDOWCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketCalls::MAX_DISPUTE_WINDOW)
                    }
                    MAX_DISPUTE_WINDOW
                },
                {
                    fn eip712Domain(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <eip712DomainCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(DataMarketCalls::eip712Domain)
                    }
                    eip712Domain
                },
                {
                    fn setFee(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <setFeeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::setFee)
                    }
                    setFee
                },
                {
                    fn settle(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <settleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::settle)
                    }
                    settle
                },
                {
                    fn hasRole(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn openRequest(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <openRequestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::openRequest)
                    }
                    openRequest
                },
                {
                    fn tradeApprovalDigest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <tradeApprovalDigestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketCalls::tradeApprovalDigest)
                    }
                    tradeApprovalDigest
                },
                {
                    fn DEFAULT_ADMIN_ROLE(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn isAttested(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <isAttestedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::isAttested)
                    }
                    isAttested
                },
                {
                    fn ARBITRATION_WINDOW(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <ARBITRATION_WINDOWCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketCalls::ARBITRATION_WINDOW)
                    }
                    ARBITRATION_WINDOW
                },
                {
                    fn collectFees(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <collectFeesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::collectFees)
                    }
                    collectFees
                },
                {
                    fn claimMany(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <claimManyCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::claimMany)
                    }
                    claimMany
                },
                {
                    fn MIN_DISPUTE_WINDOW(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <MIN_DISPUTE_WINDOWCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketCalls::MIN_DISPUTE_WINDOW)
                    }
                    MIN_DISPUTE_WINDOW
                },
                {
                    fn revokeRole(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn MAX_FEE_BPS(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <MAX_FEE_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::MAX_FEE_BPS)
                    }
                    MAX_FEE_BPS
                },
                {
                    fn request(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <requestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::request)
                    }
                    request
                },
                {
                    fn committee(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <committeeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::committee)
                    }
                    committee
                },
                {
                    fn fee(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <feeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::fee)
                    }
                    fee
                },
                {
                    fn claim(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <claimCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::claim)
                    }
                    claim
                },
                {
                    fn trade(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <tradeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::trade)
                    }
                    trade
                },
                {
                    fn settleUnresolved(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <settleUnresolvedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(DataMarketCalls::settleUnresolved)
                    }
                    settleUnresolved
                },
                {
                    fn cancelTradeApproval(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <cancelTradeApprovalCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketCalls::cancelTradeApproval)
                    }
                    cancelTradeApproval
                },
                {
                    fn TRADE_APPROVAL_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <TRADE_APPROVAL_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketCalls::TRADE_APPROVAL_TYPEHASH)
                    }
                    TRADE_APPROVAL_TYPEHASH
                },
                {
                    fn setTreasury(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <setTreasuryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::setTreasury)
                    }
                    setTreasury
                },
                {
                    fn token(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <tokenCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::token)
                    }
                    token
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
                Self::ARBITER_ROLE(inner) => {
                    <ARBITER_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::ARBITRATION_WINDOW(inner) => {
                    <ARBITRATION_WINDOWCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::DISPUTE_BOND_BPS(inner) => {
                    <DISPUTE_BOND_BPSCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::MAX_DISPUTE_WINDOW(inner) => {
                    <MAX_DISPUTE_WINDOWCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::MAX_FEE_BPS(inner) => {
                    <MAX_FEE_BPSCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::MAX_REQUEST_DURATION(inner) => {
                    <MAX_REQUEST_DURATIONCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::MIN_DISPUTE_WINDOW(inner) => {
                    <MIN_DISPUTE_WINDOWCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::SALE_ATTESTATION_TYPEHASH(inner) => {
                    <SALE_ATTESTATION_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::TRADE_APPROVAL_TYPEHASH(inner) => {
                    <TRADE_APPROVAL_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::cancelTradeApproval(inner) => {
                    <cancelTradeApprovalCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::claim(inner) => {
                    <claimCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::claimMany(inner) => {
                    <claimManyCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::close(inner) => {
                    <closeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::collectFees(inner) => {
                    <collectFeesCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::committee(inner) => {
                    <committeeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::dispute(inner) => {
                    <disputeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::disputeWindow(inner) => {
                    <disputeWindowCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::eip712Domain(inner) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::fee(inner) => <feeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::getRoleAdmin(inner) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
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
                Self::isTrustedForwarder(inner) => {
                    <isTrustedForwarderCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::nonces(inner) => {
                    <noncesCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::openRequest(inner) => {
                    <openRequestCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::openRequestWithPermit(inner) => {
                    <openRequestWithPermitCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::refundExpired(inner) => {
                    <refundExpiredCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::request(inner) => {
                    <requestCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::requestCount(inner) => {
                    <requestCountCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::resolve(inner) => {
                    <resolveCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::saleAttestationDigest(inner) => {
                    <saleAttestationDigestCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setFee(inner) => {
                    <setFeeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setTreasury(inner) => {
                    <setTreasuryCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::settle(inner) => {
                    <settleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::settleUnresolved(inner) => {
                    <settleUnresolvedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::token(inner) => {
                    <tokenCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::trade(inner) => {
                    <tradeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::tradeApprovalDigest(inner) => {
                    <tradeApprovalDigestCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::treasury(inner) => {
                    <treasuryCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::trustedForwarder(inner) => {
                    <trustedForwarderCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::ARBITER_ROLE(inner) => {
                    <ARBITER_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::ARBITRATION_WINDOW(inner) => {
                    <ARBITRATION_WINDOWCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::DISPUTE_BOND_BPS(inner) => {
                    <DISPUTE_BOND_BPSCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::MAX_DISPUTE_WINDOW(inner) => {
                    <MAX_DISPUTE_WINDOWCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::MAX_FEE_BPS(inner) => {
                    <MAX_FEE_BPSCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::MAX_REQUEST_DURATION(inner) => {
                    <MAX_REQUEST_DURATIONCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::MIN_DISPUTE_WINDOW(inner) => {
                    <MIN_DISPUTE_WINDOWCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::SALE_ATTESTATION_TYPEHASH(inner) => {
                    <SALE_ATTESTATION_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::TRADE_APPROVAL_TYPEHASH(inner) => {
                    <TRADE_APPROVAL_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::cancelTradeApproval(inner) => {
                    <cancelTradeApprovalCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::claim(inner) => {
                    <claimCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::claimMany(inner) => {
                    <claimManyCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::close(inner) => {
                    <closeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::collectFees(inner) => {
                    <collectFeesCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::committee(inner) => {
                    <committeeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::dispute(inner) => {
                    <disputeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::disputeWindow(inner) => {
                    <disputeWindowCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::eip712Domain(inner) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::fee(inner) => {
                    <feeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
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
                Self::isTrustedForwarder(inner) => {
                    <isTrustedForwarderCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::nonces(inner) => {
                    <noncesCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::openRequest(inner) => {
                    <openRequestCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::openRequestWithPermit(inner) => {
                    <openRequestWithPermitCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::refundExpired(inner) => {
                    <refundExpiredCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::request(inner) => {
                    <requestCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::requestCount(inner) => {
                    <requestCountCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::resolve(inner) => {
                    <resolveCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::saleAttestationDigest(inner) => {
                    <saleAttestationDigestCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::setFee(inner) => {
                    <setFeeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::setTreasury(inner) => {
                    <setTreasuryCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::settle(inner) => {
                    <settleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::settleUnresolved(inner) => {
                    <settleUnresolvedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::token(inner) => {
                    <tokenCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::trade(inner) => {
                    <tradeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::tradeApprovalDigest(inner) => {
                    <tradeApprovalDigestCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::treasury(inner) => {
                    <treasuryCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::trustedForwarder(inner) => {
                    <trustedForwarderCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`DataMarket`](self) custom errors.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum DataMarketErrors {
        #[allow(missing_docs)]
        AccessControlBadConfirmation(AccessControlBadConfirmation),
        #[allow(missing_docs)]
        AccessControlUnauthorizedAccount(AccessControlUnauthorizedAccount),
        #[allow(missing_docs)]
        AlreadyClosed(AlreadyClosed),
        #[allow(missing_docs)]
        AlreadyTraded(AlreadyTraded),
        #[allow(missing_docs)]
        ArbitrationWindowOpen(ArbitrationWindowOpen),
        #[allow(missing_docs)]
        DeadlineNotReached(DeadlineNotReached),
        #[allow(missing_docs)]
        DisputeWindowClosed(DisputeWindowClosed),
        #[allow(missing_docs)]
        DisputeWindowOpen(DisputeWindowOpen),
        #[allow(missing_docs)]
        DisputeWindowOutOfBounds(DisputeWindowOutOfBounds),
        #[allow(missing_docs)]
        FeeTooHigh(FeeTooHigh),
        #[allow(missing_docs)]
        FeesNotCollectable(FeesNotCollectable),
        #[allow(missing_docs)]
        InvalidAccountNonce(InvalidAccountNonce),
        #[allow(missing_docs)]
        InvalidRequest(InvalidRequest),
        #[allow(missing_docs)]
        InvalidShortString(InvalidShortString),
        #[allow(missing_docs)]
        InvalidSignature(InvalidSignature),
        #[allow(missing_docs)]
        InvalidTreasury(InvalidTreasury),
        #[allow(missing_docs)]
        LengthMismatch(LengthMismatch),
        #[allow(missing_docs)]
        NotAttested(NotAttested),
        #[allow(missing_docs)]
        NotResearcher(NotResearcher),
        #[allow(missing_docs)]
        NotVerifiedResearcher(NotVerifiedResearcher),
        #[allow(missing_docs)]
        PriceMismatch(PriceMismatch),
        #[allow(missing_docs)]
        ReentrancyGuardReentrantCall(ReentrancyGuardReentrantCall),
        #[allow(missing_docs)]
        RequestFull(RequestFull),
        #[allow(missing_docs)]
        RequestNotOpen(RequestNotOpen),
        #[allow(missing_docs)]
        RequestTooLong(RequestTooLong),
        #[allow(missing_docs)]
        ResearcherNotVerified(ResearcherNotVerified),
        #[allow(missing_docs)]
        SafeERC20FailedOperation(SafeERC20FailedOperation),
        #[allow(missing_docs)]
        SignatureExpired(SignatureExpired),
        #[allow(missing_docs)]
        StringTooLong(StringTooLong),
        #[allow(missing_docs)]
        UnknownRequest(UnknownRequest),
        #[allow(missing_docs)]
        WrongTradeStatus(WrongTradeStatus),
    }
    impl DataMarketErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [2u8, 158u8, 248u8, 237u8],
            [12u8, 67u8, 179u8, 192u8],
            [20u8, 163u8, 11u8, 134u8],
            [20u8, 188u8, 245u8, 200u8],
            [31u8, 121u8, 187u8, 231u8],
            [35u8, 195u8, 148u8, 178u8],
            [48u8, 90u8, 39u8, 169u8],
            [58u8, 215u8, 119u8, 26u8],
            [62u8, 229u8, 174u8, 181u8],
            [65u8, 171u8, 200u8, 1u8],
            [82u8, 116u8, 175u8, 231u8],
            [94u8, 62u8, 1u8, 40u8],
            [99u8, 72u8, 108u8, 82u8],
            [102u8, 151u8, 178u8, 50u8],
            [117u8, 45u8, 136u8, 192u8],
            [121u8, 101u8, 251u8, 7u8],
            [127u8, 53u8, 69u8, 18u8],
            [131u8, 44u8, 152u8, 253u8],
            [135u8, 175u8, 95u8, 110u8],
            [142u8, 167u8, 12u8, 7u8],
            [154u8, 9u8, 216u8, 224u8],
            [162u8, 241u8, 29u8, 95u8],
            [179u8, 81u8, 43u8, 12u8],
            [189u8, 81u8, 69u8, 219u8],
            [205u8, 33u8, 219u8, 79u8],
            [216u8, 85u8, 196u8, 244u8],
            [218u8, 123u8, 32u8, 17u8],
            [226u8, 81u8, 125u8, 63u8],
            [242u8, 228u8, 64u8, 96u8],
            [248u8, 177u8, 226u8, 252u8],
            [255u8, 99u8, 58u8, 56u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(NotVerifiedResearcher),
            ::core::stringify!(RequestNotOpen),
            ::core::stringify!(DisputeWindowOpen),
            ::core::stringify!(InvalidTreasury),
            ::core::stringify!(UnknownRequest),
            ::core::stringify!(RequestFull),
            ::core::stringify!(StringTooLong),
            ::core::stringify!(PriceMismatch),
            ::core::stringify!(ReentrancyGuardReentrantCall),
            ::core::stringify!(InvalidRequest),
            ::core::stringify!(SafeERC20FailedOperation),
            ::core::stringify!(AlreadyClosed),
            ::core::stringify!(DisputeWindowClosed),
            ::core::stringify!(AccessControlBadConfirmation),
            ::core::stringify!(InvalidAccountNonce),
            ::core::stringify!(DisputeWindowOutOfBounds),
            ::core::stringify!(ArbitrationWindowOpen),
            ::core::stringify!(NotAttested),
            ::core::stringify!(WrongTradeStatus),
            ::core::stringify!(FeeTooHigh),
            ::core::stringify!(RequestTooLong),
            ::core::stringify!(FeesNotCollectable),
            ::core::stringify!(InvalidShortString),
            ::core::stringify!(DeadlineNotReached),
            ::core::stringify!(SignatureExpired),
            ::core::stringify!(InvalidSignature),
            ::core::stringify!(AlreadyTraded),
            ::core::stringify!(AccessControlUnauthorizedAccount),
            ::core::stringify!(ResearcherNotVerified),
            ::core::stringify!(NotResearcher),
            ::core::stringify!(LengthMismatch),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <NotVerifiedResearcher as alloy_sol_types::SolError>::SIGNATURE,
            <RequestNotOpen as alloy_sol_types::SolError>::SIGNATURE,
            <DisputeWindowOpen as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidTreasury as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownRequest as alloy_sol_types::SolError>::SIGNATURE,
            <RequestFull as alloy_sol_types::SolError>::SIGNATURE,
            <StringTooLong as alloy_sol_types::SolError>::SIGNATURE,
            <PriceMismatch as alloy_sol_types::SolError>::SIGNATURE,
            <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidRequest as alloy_sol_types::SolError>::SIGNATURE,
            <SafeERC20FailedOperation as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadyClosed as alloy_sol_types::SolError>::SIGNATURE,
            <DisputeWindowClosed as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlBadConfirmation as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidAccountNonce as alloy_sol_types::SolError>::SIGNATURE,
            <DisputeWindowOutOfBounds as alloy_sol_types::SolError>::SIGNATURE,
            <ArbitrationWindowOpen as alloy_sol_types::SolError>::SIGNATURE,
            <NotAttested as alloy_sol_types::SolError>::SIGNATURE,
            <WrongTradeStatus as alloy_sol_types::SolError>::SIGNATURE,
            <FeeTooHigh as alloy_sol_types::SolError>::SIGNATURE,
            <RequestTooLong as alloy_sol_types::SolError>::SIGNATURE,
            <FeesNotCollectable as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidShortString as alloy_sol_types::SolError>::SIGNATURE,
            <DeadlineNotReached as alloy_sol_types::SolError>::SIGNATURE,
            <SignatureExpired as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidSignature as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadyTraded as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SIGNATURE,
            <ResearcherNotVerified as alloy_sol_types::SolError>::SIGNATURE,
            <NotResearcher as alloy_sol_types::SolError>::SIGNATURE,
            <LengthMismatch as alloy_sol_types::SolError>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for DataMarketErrors {
        const NAME: &'static str = "DataMarketErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 31usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AccessControlBadConfirmation(_) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AccessControlUnauthorizedAccount(_) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AlreadyClosed(_) => <AlreadyClosed as alloy_sol_types::SolError>::SELECTOR,
                Self::AlreadyTraded(_) => <AlreadyTraded as alloy_sol_types::SolError>::SELECTOR,
                Self::ArbitrationWindowOpen(_) => {
                    <ArbitrationWindowOpen as alloy_sol_types::SolError>::SELECTOR
                }
                Self::DeadlineNotReached(_) => {
                    <DeadlineNotReached as alloy_sol_types::SolError>::SELECTOR
                }
                Self::DisputeWindowClosed(_) => {
                    <DisputeWindowClosed as alloy_sol_types::SolError>::SELECTOR
                }
                Self::DisputeWindowOpen(_) => {
                    <DisputeWindowOpen as alloy_sol_types::SolError>::SELECTOR
                }
                Self::DisputeWindowOutOfBounds(_) => {
                    <DisputeWindowOutOfBounds as alloy_sol_types::SolError>::SELECTOR
                }
                Self::FeeTooHigh(_) => <FeeTooHigh as alloy_sol_types::SolError>::SELECTOR,
                Self::FeesNotCollectable(_) => {
                    <FeesNotCollectable as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidAccountNonce(_) => {
                    <InvalidAccountNonce as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidRequest(_) => <InvalidRequest as alloy_sol_types::SolError>::SELECTOR,
                Self::InvalidShortString(_) => {
                    <InvalidShortString as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidSignature(_) => {
                    <InvalidSignature as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidTreasury(_) => {
                    <InvalidTreasury as alloy_sol_types::SolError>::SELECTOR
                }
                Self::LengthMismatch(_) => <LengthMismatch as alloy_sol_types::SolError>::SELECTOR,
                Self::NotAttested(_) => <NotAttested as alloy_sol_types::SolError>::SELECTOR,
                Self::NotResearcher(_) => <NotResearcher as alloy_sol_types::SolError>::SELECTOR,
                Self::NotVerifiedResearcher(_) => {
                    <NotVerifiedResearcher as alloy_sol_types::SolError>::SELECTOR
                }
                Self::PriceMismatch(_) => <PriceMismatch as alloy_sol_types::SolError>::SELECTOR,
                Self::ReentrancyGuardReentrantCall(_) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RequestFull(_) => <RequestFull as alloy_sol_types::SolError>::SELECTOR,
                Self::RequestNotOpen(_) => <RequestNotOpen as alloy_sol_types::SolError>::SELECTOR,
                Self::RequestTooLong(_) => <RequestTooLong as alloy_sol_types::SolError>::SELECTOR,
                Self::ResearcherNotVerified(_) => {
                    <ResearcherNotVerified as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeERC20FailedOperation(_) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SignatureExpired(_) => {
                    <SignatureExpired as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StringTooLong(_) => <StringTooLong as alloy_sol_types::SolError>::SELECTOR,
                Self::UnknownRequest(_) => <UnknownRequest as alloy_sol_types::SolError>::SELECTOR,
                Self::WrongTradeStatus(_) => {
                    <WrongTradeStatus as alloy_sol_types::SolError>::SELECTOR
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
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<DataMarketErrors>] = &[
                {
                    fn NotVerifiedResearcher(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <NotVerifiedResearcher as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::NotVerifiedResearcher)
                    }
                    NotVerifiedResearcher
                },
                {
                    fn RequestNotOpen(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <RequestNotOpen as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::RequestNotOpen)
                    }
                    RequestNotOpen
                },
                {
                    fn DisputeWindowOpen(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <DisputeWindowOpen as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::DisputeWindowOpen)
                    }
                    DisputeWindowOpen
                },
                {
                    fn InvalidTreasury(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <InvalidTreasury as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::InvalidTreasury)
                    }
                    InvalidTreasury
                },
                {
                    fn UnknownRequest(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <UnknownRequest as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::UnknownRequest)
                    }
                    UnknownRequest
                },
                {
                    fn RequestFull(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <RequestFull as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::RequestFull)
                    }
                    RequestFull
                },
                {
                    fn StringTooLong(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <StringTooLong as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::StringTooLong)
                    }
                    StringTooLong
                },
                {
                    fn PriceMismatch(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <PriceMismatch as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::PriceMismatch)
                    }
                    PriceMismatch
                },
                {
                    fn ReentrancyGuardReentrantCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_decode_raw(
                            data,
                        )
                        .map(DataMarketErrors::ReentrancyGuardReentrantCall)
                    }
                    ReentrancyGuardReentrantCall
                },
                {
                    fn InvalidRequest(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <InvalidRequest as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::InvalidRequest)
                    }
                    InvalidRequest
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw(
                            data,
                        )
                        .map(DataMarketErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn AlreadyClosed(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <AlreadyClosed as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::AlreadyClosed)
                    }
                    AlreadyClosed
                },
                {
                    fn DisputeWindowClosed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <DisputeWindowClosed as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::DisputeWindowClosed)
                    }
                    DisputeWindowClosed
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw(
                            data,
                        )
                        .map(DataMarketErrors::AccessControlBadConfirmation)
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn InvalidAccountNonce(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <InvalidAccountNonce as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::InvalidAccountNonce)
                    }
                    InvalidAccountNonce
                },
                {
                    fn DisputeWindowOutOfBounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <DisputeWindowOutOfBounds as alloy_sol_types::SolError>::abi_decode_raw(
                            data,
                        )
                        .map(DataMarketErrors::DisputeWindowOutOfBounds)
                    }
                    DisputeWindowOutOfBounds
                },
                {
                    fn ArbitrationWindowOpen(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <ArbitrationWindowOpen as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::ArbitrationWindowOpen)
                    }
                    ArbitrationWindowOpen
                },
                {
                    fn NotAttested(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <NotAttested as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::NotAttested)
                    }
                    NotAttested
                },
                {
                    fn WrongTradeStatus(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <WrongTradeStatus as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::WrongTradeStatus)
                    }
                    WrongTradeStatus
                },
                {
                    fn FeeTooHigh(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <FeeTooHigh as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::FeeTooHigh)
                    }
                    FeeTooHigh
                },
                {
                    fn RequestTooLong(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <RequestTooLong as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::RequestTooLong)
                    }
                    RequestTooLong
                },
                {
                    fn FeesNotCollectable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <FeesNotCollectable as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::FeesNotCollectable)
                    }
                    FeesNotCollectable
                },
                {
                    fn InvalidShortString(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <InvalidShortString as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::InvalidShortString)
                    }
                    InvalidShortString
                },
                {
                    fn DeadlineNotReached(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <DeadlineNotReached as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::DeadlineNotReached)
                    }
                    DeadlineNotReached
                },
                {
                    fn SignatureExpired(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <SignatureExpired as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::SignatureExpired)
                    }
                    SignatureExpired
                },
                {
                    fn InvalidSignature(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <InvalidSignature as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::InvalidSignature)
                    }
                    InvalidSignature
                },
                {
                    fn AlreadyTraded(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <AlreadyTraded as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::AlreadyTraded)
                    }
                    AlreadyTraded
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DataMarketErrors::AccessControlUnauthorizedAccount)
                    }
                    AccessControlUnauthorizedAccount
                },
                {
                    fn ResearcherNotVerified(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <ResearcherNotVerified as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::ResearcherNotVerified)
                    }
                    ResearcherNotVerified
                },
                {
                    fn NotResearcher(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <NotResearcher as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::NotResearcher)
                    }
                    NotResearcher
                },
                {
                    fn LengthMismatch(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <LengthMismatch as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DataMarketErrors::LengthMismatch)
                    }
                    LengthMismatch
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
                -> alloy_sol_types::Result<DataMarketErrors>] = &[
                {
                    fn NotVerifiedResearcher(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <NotVerifiedResearcher as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketErrors::NotVerifiedResearcher)
                    }
                    NotVerifiedResearcher
                },
                {
                    fn RequestNotOpen(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <RequestNotOpen as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(DataMarketErrors::RequestNotOpen)
                    }
                    RequestNotOpen
                },
                {
                    fn DisputeWindowOpen(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <DisputeWindowOpen as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(DataMarketErrors::DisputeWindowOpen)
                    }
                    DisputeWindowOpen
                },
                {
                    fn InvalidTreasury(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <InvalidTreasury as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(DataMarketErrors::InvalidTreasury)
                    }
                    InvalidTreasury
                },
                {
                    fn UnknownRequest(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <UnknownRequest as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(DataMarketErrors::UnknownRequest)
                    }
                    UnknownRequest
                },
                {
                    fn RequestFull(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <RequestFull as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(DataMarketErrors::RequestFull)
                    }
                    RequestFull
                },
                {
                    fn StringTooLong(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <StringTooLong as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(DataMarketErrors::StringTooLong)
                    }
                    StringTooLong
                },
                {
                    fn PriceMismatch(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <PriceMismatch as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(DataMarketErrors::PriceMismatch)
                    }
                    PriceMismatch
                },
                {
                    fn ReentrancyGuardReentrantCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketErrors::ReentrancyGuardReentrantCall)
                    }
                    ReentrancyGuardReentrantCall
                },
                {
                    fn InvalidRequest(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <InvalidRequest as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(DataMarketErrors::InvalidRequest)
                    }
                    InvalidRequest
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn AlreadyClosed(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <AlreadyClosed as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(DataMarketErrors::AlreadyClosed)
                    }
                    AlreadyClosed
                },
                {
                    fn DisputeWindowClosed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <DisputeWindowClosed as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(DataMarketErrors::DisputeWindowClosed)
                    }
                    DisputeWindowClosed
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketErrors::AccessControlBadConfirmation)
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn InvalidAccountNonce(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <InvalidAccountNonce as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(DataMarketErrors::InvalidAccountNonce)
                    }
                    InvalidAccountNonce
                },
                {
                    fn DisputeWindowOutOfBounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <DisputeWindowOutOfBounds as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketErrors::DisputeWindowOutOfBounds)
                    }
                    DisputeWindowOutOfBounds
                },
                {
                    fn ArbitrationWindowOpen(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <ArbitrationWindowOpen as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketErrors::ArbitrationWindowOpen)
                    }
                    ArbitrationWindowOpen
                },
                {
                    fn NotAttested(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <NotAttested as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(DataMarketErrors::NotAttested)
                    }
                    NotAttested
                },
                {
                    fn WrongTradeStatus(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <WrongTradeStatus as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(DataMarketErrors::WrongTradeStatus)
                    }
                    WrongTradeStatus
                },
                {
                    fn FeeTooHigh(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <FeeTooHigh as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(DataMarketErrors::FeeTooHigh)
                    }
                    FeeTooHigh
                },
                {
                    fn RequestTooLong(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <RequestTooLong as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(DataMarketErrors::RequestTooLong)
                    }
                    RequestTooLong
                },
                {
                    fn FeesNotCollectable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <FeesNotCollectable as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(DataMarketErrors::FeesNotCollectable)
                    }
                    FeesNotCollectable
                },
                {
                    fn InvalidShortString(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <InvalidShortString as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(DataMarketErrors::InvalidShortString)
                    }
                    InvalidShortString
                },
                {
                    fn DeadlineNotReached(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <DeadlineNotReached as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(DataMarketErrors::DeadlineNotReached)
                    }
                    DeadlineNotReached
                },
                {
                    fn SignatureExpired(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <SignatureExpired as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(DataMarketErrors::SignatureExpired)
                    }
                    SignatureExpired
                },
                {
                    fn InvalidSignature(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <InvalidSignature as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(DataMarketErrors::InvalidSignature)
                    }
                    InvalidSignature
                },
                {
                    fn AlreadyTraded(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <AlreadyTraded as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(DataMarketErrors::AlreadyTraded)
                    }
                    AlreadyTraded
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketErrors::AccessControlUnauthorizedAccount)
                    }
                    AccessControlUnauthorizedAccount
                },
                {
                    fn ResearcherNotVerified(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <ResearcherNotVerified as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketErrors::ResearcherNotVerified)
                    }
                    ResearcherNotVerified
                },
                {
                    fn NotResearcher(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <NotResearcher as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(DataMarketErrors::NotResearcher)
                    }
                    NotResearcher
                },
                {
                    fn LengthMismatch(data: &[u8]) -> alloy_sol_types::Result<DataMarketErrors> {
                        <LengthMismatch as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(DataMarketErrors::LengthMismatch)
                    }
                    LengthMismatch
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
                Self::AlreadyClosed(inner) => {
                    <AlreadyClosed as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::AlreadyTraded(inner) => {
                    <AlreadyTraded as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::ArbitrationWindowOpen(inner) => {
                    <ArbitrationWindowOpen as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DeadlineNotReached(inner) => {
                    <DeadlineNotReached as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DisputeWindowClosed(inner) => {
                    <DisputeWindowClosed as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DisputeWindowOpen(inner) => {
                    <DisputeWindowOpen as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DisputeWindowOutOfBounds(inner) => {
                    <DisputeWindowOutOfBounds as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::FeeTooHigh(inner) => {
                    <FeeTooHigh as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::FeesNotCollectable(inner) => {
                    <FeesNotCollectable as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidAccountNonce(inner) => {
                    <InvalidAccountNonce as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidRequest(inner) => {
                    <InvalidRequest as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidShortString(inner) => {
                    <InvalidShortString as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidSignature(inner) => {
                    <InvalidSignature as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidTreasury(inner) => {
                    <InvalidTreasury as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::LengthMismatch(inner) => {
                    <LengthMismatch as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotAttested(inner) => {
                    <NotAttested as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotResearcher(inner) => {
                    <NotResearcher as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotVerifiedResearcher(inner) => {
                    <NotVerifiedResearcher as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::PriceMismatch(inner) => {
                    <PriceMismatch as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::ReentrancyGuardReentrantCall(inner) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RequestFull(inner) => {
                    <RequestFull as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::RequestNotOpen(inner) => {
                    <RequestNotOpen as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RequestTooLong(inner) => {
                    <RequestTooLong as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ResearcherNotVerified(inner) => {
                    <ResearcherNotVerified as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SignatureExpired(inner) => {
                    <SignatureExpired as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StringTooLong(inner) => {
                    <StringTooLong as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::UnknownRequest(inner) => {
                    <UnknownRequest as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::WrongTradeStatus(inner) => {
                    <WrongTradeStatus as alloy_sol_types::SolError>::abi_encoded_size(
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
                Self::AlreadyClosed(inner) => {
                    <AlreadyClosed as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::AlreadyTraded(inner) => {
                    <AlreadyTraded as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::ArbitrationWindowOpen(inner) => {
                    <ArbitrationWindowOpen as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::DeadlineNotReached(inner) => {
                    <DeadlineNotReached as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::DisputeWindowClosed(inner) => {
                    <DisputeWindowClosed as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::DisputeWindowOpen(inner) => {
                    <DisputeWindowOpen as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::DisputeWindowOutOfBounds(inner) => {
                    <DisputeWindowOutOfBounds as alloy_sol_types::SolError>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::FeeTooHigh(inner) => {
                    <FeeTooHigh as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::FeesNotCollectable(inner) => {
                    <FeesNotCollectable as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidAccountNonce(inner) => {
                    <InvalidAccountNonce as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidRequest(inner) => {
                    <InvalidRequest as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidShortString(inner) => {
                    <InvalidShortString as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidSignature(inner) => {
                    <InvalidSignature as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidTreasury(inner) => {
                    <InvalidTreasury as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::LengthMismatch(inner) => {
                    <LengthMismatch as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotAttested(inner) => {
                    <NotAttested as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotResearcher(inner) => {
                    <NotResearcher as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotVerifiedResearcher(inner) => {
                    <NotVerifiedResearcher as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::PriceMismatch(inner) => {
                    <PriceMismatch as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::ReentrancyGuardReentrantCall(inner) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::RequestFull(inner) => {
                    <RequestFull as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::RequestNotOpen(inner) => {
                    <RequestNotOpen as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::RequestTooLong(inner) => {
                    <RequestTooLong as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::ResearcherNotVerified(inner) => {
                    <ResearcherNotVerified as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::SignatureExpired(inner) => {
                    <SignatureExpired as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::StringTooLong(inner) => {
                    <StringTooLong as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::UnknownRequest(inner) => {
                    <UnknownRequest as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::WrongTradeStatus(inner) => {
                    <WrongTradeStatus as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`DataMarket`](self) events.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum DataMarketEvents {
        #[allow(missing_docs)]
        DisputeBondReleased(DisputeBondReleased),
        #[allow(missing_docs)]
        DisputeUnresolved(DisputeUnresolved),
        #[allow(missing_docs)]
        EIP712DomainChanged(EIP712DomainChanged),
        #[allow(missing_docs)]
        FeeSet(FeeSet),
        #[allow(missing_docs)]
        FeesCollected(FeesCollected),
        #[allow(missing_docs)]
        RequestClosed(RequestClosed),
        #[allow(missing_docs)]
        RequestOpened(RequestOpened),
        #[allow(missing_docs)]
        RoleAdminChanged(RoleAdminChanged),
        #[allow(missing_docs)]
        RoleGranted(RoleGranted),
        #[allow(missing_docs)]
        RoleRevoked(RoleRevoked),
        #[allow(missing_docs)]
        TradeApprovalCancelled(TradeApprovalCancelled),
        #[allow(missing_docs)]
        TradeDisputed(TradeDisputed),
        #[allow(missing_docs)]
        TradePaid(TradePaid),
        #[allow(missing_docs)]
        TradeRefunded(TradeRefunded),
        #[allow(missing_docs)]
        TradeSettled(TradeSettled),
        #[allow(missing_docs)]
        TreasurySet(TreasurySet),
    }
    impl DataMarketEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                10u8, 99u8, 135u8, 201u8, 234u8, 54u8, 40u8, 184u8, 138u8, 99u8, 59u8, 180u8,
                243u8, 177u8, 81u8, 119u8, 15u8, 112u8, 8u8, 81u8, 23u8, 161u8, 95u8, 155u8, 243u8,
                120u8, 124u8, 218u8, 83u8, 241u8, 61u8, 49u8,
            ],
            [
                23u8, 209u8, 224u8, 203u8, 125u8, 188u8, 142u8, 173u8, 42u8, 147u8, 180u8, 221u8,
                109u8, 28u8, 30u8, 164u8, 164u8, 63u8, 39u8, 215u8, 40u8, 123u8, 167u8, 95u8,
                121u8, 68u8, 161u8, 24u8, 112u8, 195u8, 207u8, 104u8,
            ],
            [
                39u8, 223u8, 49u8, 203u8, 235u8, 123u8, 196u8, 116u8, 161u8, 92u8, 70u8, 2u8,
                198u8, 195u8, 103u8, 239u8, 221u8, 153u8, 61u8, 227u8, 122u8, 184u8, 149u8, 193u8,
                228u8, 58u8, 227u8, 124u8, 60u8, 163u8, 93u8, 112u8,
            ],
            [
                47u8, 135u8, 136u8, 17u8, 126u8, 126u8, 255u8, 29u8, 130u8, 233u8, 38u8, 236u8,
                121u8, 73u8, 1u8, 209u8, 124u8, 120u8, 2u8, 74u8, 80u8, 39u8, 9u8, 64u8, 48u8,
                69u8, 64u8, 167u8, 51u8, 101u8, 111u8, 13u8,
            ],
            [
                60u8, 134u8, 69u8, 65u8, 239u8, 113u8, 55u8, 140u8, 98u8, 41u8, 81u8, 14u8, 217u8,
                15u8, 55u8, 101u8, 101u8, 238u8, 66u8, 217u8, 197u8, 224u8, 144u8, 74u8, 152u8,
                74u8, 158u8, 134u8, 62u8, 109u8, 180u8, 79u8,
            ],
            [
                67u8, 185u8, 26u8, 5u8, 250u8, 13u8, 117u8, 109u8, 66u8, 173u8, 115u8, 36u8, 40u8,
                18u8, 92u8, 14u8, 141u8, 84u8, 155u8, 86u8, 169u8, 237u8, 22u8, 9u8, 45u8, 133u8,
                130u8, 193u8, 138u8, 62u8, 213u8, 42u8,
            ],
            [
                89u8, 140u8, 247u8, 177u8, 3u8, 122u8, 44u8, 187u8, 39u8, 100u8, 93u8, 78u8, 249u8,
                26u8, 80u8, 171u8, 75u8, 19u8, 219u8, 69u8, 204u8, 133u8, 235u8, 216u8, 237u8,
                238u8, 162u8, 98u8, 51u8, 234u8, 146u8, 136u8,
            ],
            [
                106u8, 93u8, 112u8, 147u8, 27u8, 90u8, 130u8, 111u8, 103u8, 158u8, 149u8, 104u8,
                23u8, 137u8, 223u8, 9u8, 112u8, 97u8, 102u8, 157u8, 84u8, 20u8, 160u8, 229u8, 40u8,
                188u8, 104u8, 13u8, 83u8, 14u8, 187u8, 31u8,
            ],
            [
                114u8, 1u8, 90u8, 206u8, 3u8, 113u8, 47u8, 54u8, 18u8, 73u8, 56u8, 6u8, 87u8,
                179u8, 212u8, 7u8, 119u8, 221u8, 143u8, 138u8, 104u8, 102u8, 100u8, 202u8, 180u8,
                138u8, 253u8, 157u8, 187u8, 228u8, 73u8, 159u8,
            ],
            [
                144u8, 81u8, 114u8, 107u8, 220u8, 211u8, 251u8, 121u8, 222u8, 195u8, 227u8, 148u8,
                28u8, 88u8, 120u8, 231u8, 145u8, 235u8, 111u8, 113u8, 149u8, 78u8, 232u8, 54u8,
                192u8, 132u8, 171u8, 227u8, 148u8, 213u8, 171u8, 82u8,
            ],
            [
                169u8, 97u8, 144u8, 206u8, 29u8, 221u8, 254u8, 146u8, 164u8, 91u8, 34u8, 197u8,
                138u8, 222u8, 132u8, 108u8, 93u8, 199u8, 4u8, 222u8, 89u8, 16u8, 60u8, 238u8, 96u8,
                33u8, 118u8, 205u8, 150u8, 111u8, 61u8, 183u8,
            ],
            [
                170u8, 176u8, 98u8, 227u8, 250u8, 246u8, 43u8, 108u8, 154u8, 15u8, 142u8, 98u8,
                175u8, 102u8, 224u8, 49u8, 14u8, 39u8, 18u8, 122u8, 140u8, 135u8, 26u8, 103u8,
                190u8, 125u8, 212u8, 217u8, 61u8, 230u8, 218u8, 83u8,
            ],
            [
                189u8, 121u8, 184u8, 111u8, 254u8, 10u8, 184u8, 232u8, 119u8, 97u8, 81u8, 81u8,
                66u8, 23u8, 205u8, 124u8, 172u8, 213u8, 44u8, 144u8, 159u8, 102u8, 71u8, 92u8,
                58u8, 244u8, 78u8, 18u8, 159u8, 11u8, 0u8, 255u8,
            ],
            [
                196u8, 227u8, 173u8, 226u8, 16u8, 239u8, 175u8, 246u8, 41u8, 231u8, 15u8, 127u8,
                16u8, 1u8, 116u8, 167u8, 80u8, 33u8, 169u8, 190u8, 59u8, 56u8, 21u8, 35u8, 96u8,
                88u8, 90u8, 156u8, 85u8, 249u8, 228u8, 142u8,
            ],
            [
                243u8, 95u8, 232u8, 91u8, 211u8, 190u8, 161u8, 156u8, 69u8, 75u8, 67u8, 7u8, 77u8,
                146u8, 225u8, 198u8, 43u8, 184u8, 122u8, 0u8, 90u8, 152u8, 110u8, 13u8, 106u8,
                219u8, 235u8, 139u8, 179u8, 21u8, 155u8, 19u8,
            ],
            [
                246u8, 57u8, 31u8, 92u8, 50u8, 217u8, 198u8, 157u8, 42u8, 71u8, 234u8, 103u8, 11u8,
                68u8, 41u8, 116u8, 181u8, 57u8, 53u8, 209u8, 237u8, 199u8, 253u8, 100u8, 235u8,
                33u8, 224u8, 71u8, 168u8, 57u8, 23u8, 27u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(EIP712DomainChanged),
            ::core::stringify!(RequestOpened),
            ::core::stringify!(TradeSettled),
            ::core::stringify!(RoleGranted),
            ::core::stringify!(TreasurySet),
            ::core::stringify!(TradePaid),
            ::core::stringify!(TradeRefunded),
            ::core::stringify!(DisputeUnresolved),
            ::core::stringify!(FeesCollected),
            ::core::stringify!(RequestClosed),
            ::core::stringify!(TradeDisputed),
            ::core::stringify!(FeeSet),
            ::core::stringify!(RoleAdminChanged),
            ::core::stringify!(TradeApprovalCancelled),
            ::core::stringify!(DisputeBondReleased),
            ::core::stringify!(RoleRevoked),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <RequestOpened as alloy_sol_types::SolEvent>::SIGNATURE,
            <TradeSettled as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE,
            <TreasurySet as alloy_sol_types::SolEvent>::SIGNATURE,
            <TradePaid as alloy_sol_types::SolEvent>::SIGNATURE,
            <TradeRefunded as alloy_sol_types::SolEvent>::SIGNATURE,
            <DisputeUnresolved as alloy_sol_types::SolEvent>::SIGNATURE,
            <FeesCollected as alloy_sol_types::SolEvent>::SIGNATURE,
            <RequestClosed as alloy_sol_types::SolEvent>::SIGNATURE,
            <TradeDisputed as alloy_sol_types::SolEvent>::SIGNATURE,
            <FeeSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <TradeApprovalCancelled as alloy_sol_types::SolEvent>::SIGNATURE,
            <DisputeBondReleased as alloy_sol_types::SolEvent>::SIGNATURE,
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
    impl alloy_sol_types::SolEventInterface for DataMarketEvents {
        const NAME: &'static str = "DataMarketEvents";
        const COUNT: usize = 16usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<DisputeBondReleased as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <DisputeBondReleased as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::DisputeBondReleased)
                }
                Some(<DisputeUnresolved as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <DisputeUnresolved as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::DisputeUnresolved)
                }
                Some(<EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <EIP712DomainChanged as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::EIP712DomainChanged)
                }
                Some(<FeeSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <FeeSet as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::FeeSet)
                }
                Some(<FeesCollected as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <FeesCollected as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::FeesCollected)
                }
                Some(<RequestClosed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RequestClosed as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::RequestClosed)
                }
                Some(<RequestOpened as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RequestOpened as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::RequestOpened)
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
                Some(<TradeApprovalCancelled as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <TradeApprovalCancelled as alloy_sol_types::SolEvent>::decode_raw_log(
                        topics, data,
                    )
                    .map(Self::TradeApprovalCancelled)
                }
                Some(<TradeDisputed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <TradeDisputed as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::TradeDisputed)
                }
                Some(<TradePaid as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <TradePaid as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::TradePaid)
                }
                Some(<TradeRefunded as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <TradeRefunded as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::TradeRefunded)
                }
                Some(<TradeSettled as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <TradeSettled as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::TradeSettled)
                }
                Some(<TreasurySet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <TreasurySet as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::TreasurySet)
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
    impl alloy_sol_types::private::IntoLogData for DataMarketEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::DisputeBondReleased(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::DisputeUnresolved(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::EIP712DomainChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::FeeSet(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::FeesCollected(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RequestClosed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RequestOpened(inner) => {
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
                Self::TradeApprovalCancelled(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::TradeDisputed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::TradePaid(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::TradeRefunded(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::TradeSettled(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::TreasurySet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::DisputeBondReleased(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::DisputeUnresolved(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::EIP712DomainChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::FeeSet(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::FeesCollected(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RequestClosed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RequestOpened(inner) => {
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
                Self::TradeApprovalCancelled(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::TradeDisputed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::TradePaid(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::TradeRefunded(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::TradeSettled(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::TreasurySet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`DataMarket`](self) contract instance.

    See the [wrapper's documentation](`DataMarketInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> DataMarketInstance<P, N> {
        DataMarketInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

    Returns a new instance of the contract, if the deployment was successful.

    For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        __provider: P,
        admin: alloy::sol_types::private::Address,
        forwarder: alloy::sol_types::private::Address,
        token_: alloy::sol_types::private::Address,
        accounts_: alloy::sol_types::private::Address,
        committee_: alloy::sol_types::private::Address,
        treasury_: alloy::sol_types::private::Address,
        feeBps_: u16,
        disputeWindow_: u64,
    ) -> impl ::core::future::Future<Output = alloy_contract::Result<DataMarketInstance<P, N>>>
    {
        DataMarketInstance::<P, N>::deploy(
            __provider,
            admin,
            forwarder,
            token_,
            accounts_,
            committee_,
            treasury_,
            feeBps_,
            disputeWindow_,
        )
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
        token_: alloy::sol_types::private::Address,
        accounts_: alloy::sol_types::private::Address,
        committee_: alloy::sol_types::private::Address,
        treasury_: alloy::sol_types::private::Address,
        feeBps_: u16,
        disputeWindow_: u64,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        DataMarketInstance::<P, N>::deploy_builder(
            __provider,
            admin,
            forwarder,
            token_,
            accounts_,
            committee_,
            treasury_,
            feeBps_,
            disputeWindow_,
        )
    }
    /**A [`DataMarket`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`DataMarket`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct DataMarketInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for DataMarketInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("DataMarketInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        DataMarketInstance<P, N>
    {
        /**Creates a new wrapper around an on-chain [`DataMarket`](self) contract instance.

        See the [wrapper's documentation](`DataMarketInstance`) for more details.*/
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
            token_: alloy::sol_types::private::Address,
            accounts_: alloy::sol_types::private::Address,
            committee_: alloy::sol_types::private::Address,
            treasury_: alloy::sol_types::private::Address,
            feeBps_: u16,
            disputeWindow_: u64,
        ) -> alloy_contract::Result<DataMarketInstance<P, N>> {
            let call_builder = Self::deploy_builder(
                __provider,
                admin,
                forwarder,
                token_,
                accounts_,
                committee_,
                treasury_,
                feeBps_,
                disputeWindow_,
            );
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
            token_: alloy::sol_types::private::Address,
            accounts_: alloy::sol_types::private::Address,
            committee_: alloy::sol_types::private::Address,
            treasury_: alloy::sol_types::private::Address,
            feeBps_: u16,
            disputeWindow_: u64,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(&constructorCall {
                        admin,
                        forwarder,
                        token_,
                        accounts_,
                        committee_,
                        treasury_,
                        feeBps_,
                        disputeWindow_,
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
    impl<P: ::core::clone::Clone, N> DataMarketInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> DataMarketInstance<P, N> {
            DataMarketInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        DataMarketInstance<P, N>
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
        ///Creates a new call builder for the [`ARBITER_ROLE`] function.
        pub fn ARBITER_ROLE(&self) -> alloy_contract::SolCallBuilder<&P, ARBITER_ROLECall, N> {
            self.call_builder(&ARBITER_ROLECall)
        }
        ///Creates a new call builder for the [`ARBITRATION_WINDOW`] function.
        pub fn ARBITRATION_WINDOW(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, ARBITRATION_WINDOWCall, N> {
            self.call_builder(&ARBITRATION_WINDOWCall)
        }
        ///Creates a new call builder for the [`DEFAULT_ADMIN_ROLE`] function.
        pub fn DEFAULT_ADMIN_ROLE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_ADMIN_ROLECall, N> {
            self.call_builder(&DEFAULT_ADMIN_ROLECall)
        }
        ///Creates a new call builder for the [`DISPUTE_BOND_BPS`] function.
        pub fn DISPUTE_BOND_BPS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DISPUTE_BOND_BPSCall, N> {
            self.call_builder(&DISPUTE_BOND_BPSCall)
        }
        ///Creates a new call builder for the [`MAX_DISPUTE_WINDOW`] function.
        pub fn MAX_DISPUTE_WINDOW(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_DISPUTE_WINDOWCall, N> {
            self.call_builder(&MAX_DISPUTE_WINDOWCall)
        }
        ///Creates a new call builder for the [`MAX_FEE_BPS`] function.
        pub fn MAX_FEE_BPS(&self) -> alloy_contract::SolCallBuilder<&P, MAX_FEE_BPSCall, N> {
            self.call_builder(&MAX_FEE_BPSCall)
        }
        ///Creates a new call builder for the [`MAX_REQUEST_DURATION`] function.
        pub fn MAX_REQUEST_DURATION(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_REQUEST_DURATIONCall, N> {
            self.call_builder(&MAX_REQUEST_DURATIONCall)
        }
        ///Creates a new call builder for the [`MIN_DISPUTE_WINDOW`] function.
        pub fn MIN_DISPUTE_WINDOW(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MIN_DISPUTE_WINDOWCall, N> {
            self.call_builder(&MIN_DISPUTE_WINDOWCall)
        }
        ///Creates a new call builder for the [`SALE_ATTESTATION_TYPEHASH`] function.
        pub fn SALE_ATTESTATION_TYPEHASH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, SALE_ATTESTATION_TYPEHASHCall, N> {
            self.call_builder(&SALE_ATTESTATION_TYPEHASHCall)
        }
        ///Creates a new call builder for the [`TRADE_APPROVAL_TYPEHASH`] function.
        pub fn TRADE_APPROVAL_TYPEHASH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, TRADE_APPROVAL_TYPEHASHCall, N> {
            self.call_builder(&TRADE_APPROVAL_TYPEHASHCall)
        }
        ///Creates a new call builder for the [`cancelTradeApproval`] function.
        pub fn cancelTradeApproval(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, cancelTradeApprovalCall, N> {
            self.call_builder(&cancelTradeApprovalCall)
        }
        ///Creates a new call builder for the [`claim`] function.
        pub fn claim(
            &self,
            requestId: alloy::sol_types::private::primitives::aliases::U256,
            seller: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, claimCall, N> {
            self.call_builder(&claimCall { requestId, seller })
        }
        ///Creates a new call builder for the [`claimMany`] function.
        pub fn claimMany(
            &self,
            requestIds: alloy::sol_types::private::Vec<
                alloy::sol_types::private::primitives::aliases::U256,
            >,
            sellers: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
        ) -> alloy_contract::SolCallBuilder<&P, claimManyCall, N> {
            self.call_builder(&claimManyCall { requestIds, sellers })
        }
        ///Creates a new call builder for the [`close`] function.
        pub fn close(
            &self,
            requestId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, closeCall, N> {
            self.call_builder(&closeCall { requestId })
        }
        ///Creates a new call builder for the [`collectFees`] function.
        pub fn collectFees(
            &self,
            requestId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, collectFeesCall, N> {
            self.call_builder(&collectFeesCall { requestId })
        }
        ///Creates a new call builder for the [`committee`] function.
        pub fn committee(&self) -> alloy_contract::SolCallBuilder<&P, committeeCall, N> {
            self.call_builder(&committeeCall)
        }
        ///Creates a new call builder for the [`dispute`] function.
        pub fn dispute(
            &self,
            requestId: alloy::sol_types::private::primitives::aliases::U256,
            seller: alloy::sol_types::private::Address,
            reason: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, disputeCall, N> {
            self.call_builder(&disputeCall { requestId, seller, reason })
        }
        ///Creates a new call builder for the [`disputeWindow`] function.
        pub fn disputeWindow(&self) -> alloy_contract::SolCallBuilder<&P, disputeWindowCall, N> {
            self.call_builder(&disputeWindowCall)
        }
        ///Creates a new call builder for the [`eip712Domain`] function.
        pub fn eip712Domain(&self) -> alloy_contract::SolCallBuilder<&P, eip712DomainCall, N> {
            self.call_builder(&eip712DomainCall)
        }
        ///Creates a new call builder for the [`fee`] function.
        pub fn fee(&self) -> alloy_contract::SolCallBuilder<&P, feeCall, N> {
            self.call_builder(&feeCall)
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
            requestId: alloy::sol_types::private::primitives::aliases::U256,
            seller: alloy::sol_types::private::Address,
            deliveryCommitment: alloy::sol_types::private::FixedBytes<32>,
            attestations: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
        ) -> alloy_contract::SolCallBuilder<&P, isAttestedCall, N> {
            self.call_builder(&isAttestedCall {
                requestId,
                seller,
                deliveryCommitment,
                attestations,
            })
        }
        ///Creates a new call builder for the [`isTrustedForwarder`] function.
        pub fn isTrustedForwarder(
            &self,
            forwarder: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, isTrustedForwarderCall, N> {
            self.call_builder(&isTrustedForwarderCall { forwarder })
        }
        ///Creates a new call builder for the [`nonces`] function.
        pub fn nonces(
            &self,
            owner: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, noncesCall, N> {
            self.call_builder(&noncesCall { owner })
        }
        ///Creates a new call builder for the [`openRequest`] function.
        pub fn openRequest(
            &self,
            criteria: alloy::sol_types::private::FixedBytes<32>,
            pricePerRecord: alloy::sol_types::private::primitives::aliases::U96,
            maxRecords: u32,
            deadline: u64,
        ) -> alloy_contract::SolCallBuilder<&P, openRequestCall, N> {
            self.call_builder(&openRequestCall { criteria, pricePerRecord, maxRecords, deadline })
        }
        ///Creates a new call builder for the [`openRequestWithPermit`] function.
        pub fn openRequestWithPermit(
            &self,
            criteria: alloy::sol_types::private::FixedBytes<32>,
            pricePerRecord: alloy::sol_types::private::primitives::aliases::U96,
            maxRecords: u32,
            deadline: u64,
            permitDeadline: alloy::sol_types::private::primitives::aliases::U256,
            v: u8,
            r: alloy::sol_types::private::FixedBytes<32>,
            s: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, openRequestWithPermitCall, N> {
            self.call_builder(&openRequestWithPermitCall {
                criteria,
                pricePerRecord,
                maxRecords,
                deadline,
                permitDeadline,
                v,
                r,
                s,
            })
        }
        ///Creates a new call builder for the [`refundExpired`] function.
        pub fn refundExpired(
            &self,
            requestId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, refundExpiredCall, N> {
            self.call_builder(&refundExpiredCall { requestId })
        }
        ///Creates a new call builder for the [`renounceRole`] function.
        pub fn renounceRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            callerConfirmation: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, renounceRoleCall, N> {
            self.call_builder(&renounceRoleCall { role, callerConfirmation })
        }
        ///Creates a new call builder for the [`request`] function.
        pub fn request(
            &self,
            requestId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, requestCall, N> {
            self.call_builder(&requestCall { requestId })
        }
        ///Creates a new call builder for the [`requestCount`] function.
        pub fn requestCount(&self) -> alloy_contract::SolCallBuilder<&P, requestCountCall, N> {
            self.call_builder(&requestCountCall)
        }
        ///Creates a new call builder for the [`resolve`] function.
        pub fn resolve(
            &self,
            requestId: alloy::sol_types::private::primitives::aliases::U256,
            seller: alloy::sol_types::private::Address,
            paySeller: bool,
        ) -> alloy_contract::SolCallBuilder<&P, resolveCall, N> {
            self.call_builder(&resolveCall { requestId, seller, paySeller })
        }
        ///Creates a new call builder for the [`revokeRole`] function.
        pub fn revokeRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, revokeRoleCall, N> {
            self.call_builder(&revokeRoleCall { role, account })
        }
        ///Creates a new call builder for the [`saleAttestationDigest`] function.
        pub fn saleAttestationDigest(
            &self,
            requestId: alloy::sol_types::private::primitives::aliases::U256,
            seller: alloy::sol_types::private::Address,
            deliveryCommitment: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, saleAttestationDigestCall, N> {
            self.call_builder(&saleAttestationDigestCall { requestId, seller, deliveryCommitment })
        }
        ///Creates a new call builder for the [`setFee`] function.
        pub fn setFee(&self, feeBps: u16) -> alloy_contract::SolCallBuilder<&P, setFeeCall, N> {
            self.call_builder(&setFeeCall { feeBps })
        }
        ///Creates a new call builder for the [`setTreasury`] function.
        pub fn setTreasury(
            &self,
            treasury_: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, setTreasuryCall, N> {
            self.call_builder(&setTreasuryCall { treasury_ })
        }
        ///Creates a new call builder for the [`settle`] function.
        pub fn settle(
            &self,
            a: <IDataMarket::TradeApproval as alloy::sol_types::SolType>::RustType,
            signature: alloy::sol_types::private::Bytes,
            attestations: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
        ) -> alloy_contract::SolCallBuilder<&P, settleCall, N> {
            self.call_builder(&settleCall { a, signature, attestations })
        }
        ///Creates a new call builder for the [`settleUnresolved`] function.
        pub fn settleUnresolved(
            &self,
            requestId: alloy::sol_types::private::primitives::aliases::U256,
            seller: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, settleUnresolvedCall, N> {
            self.call_builder(&settleUnresolvedCall { requestId, seller })
        }
        ///Creates a new call builder for the [`supportsInterface`] function.
        pub fn supportsInterface(
            &self,
            interfaceId: alloy::sol_types::private::FixedBytes<4>,
        ) -> alloy_contract::SolCallBuilder<&P, supportsInterfaceCall, N> {
            self.call_builder(&supportsInterfaceCall { interfaceId })
        }
        ///Creates a new call builder for the [`token`] function.
        pub fn token(&self) -> alloy_contract::SolCallBuilder<&P, tokenCall, N> {
            self.call_builder(&tokenCall)
        }
        ///Creates a new call builder for the [`trade`] function.
        pub fn trade(
            &self,
            requestId: alloy::sol_types::private::primitives::aliases::U256,
            seller: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, tradeCall, N> {
            self.call_builder(&tradeCall { requestId, seller })
        }
        ///Creates a new call builder for the [`tradeApprovalDigest`] function.
        pub fn tradeApprovalDigest(
            &self,
            approval: <IDataMarket::TradeApproval as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, tradeApprovalDigestCall, N> {
            self.call_builder(&tradeApprovalDigestCall { approval })
        }
        ///Creates a new call builder for the [`treasury`] function.
        pub fn treasury(&self) -> alloy_contract::SolCallBuilder<&P, treasuryCall, N> {
            self.call_builder(&treasuryCall)
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
        DataMarketInstance<P, N>
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
        ///Creates a new event filter for the [`DisputeBondReleased`] event.
        pub fn DisputeBondReleased_filter(
            &self,
        ) -> alloy_contract::Event<&P, DisputeBondReleased, N> {
            self.event_filter::<DisputeBondReleased>()
        }
        ///Creates a new event filter for the [`DisputeUnresolved`] event.
        pub fn DisputeUnresolved_filter(&self) -> alloy_contract::Event<&P, DisputeUnresolved, N> {
            self.event_filter::<DisputeUnresolved>()
        }
        ///Creates a new event filter for the [`EIP712DomainChanged`] event.
        pub fn EIP712DomainChanged_filter(
            &self,
        ) -> alloy_contract::Event<&P, EIP712DomainChanged, N> {
            self.event_filter::<EIP712DomainChanged>()
        }
        ///Creates a new event filter for the [`FeeSet`] event.
        pub fn FeeSet_filter(&self) -> alloy_contract::Event<&P, FeeSet, N> {
            self.event_filter::<FeeSet>()
        }
        ///Creates a new event filter for the [`FeesCollected`] event.
        pub fn FeesCollected_filter(&self) -> alloy_contract::Event<&P, FeesCollected, N> {
            self.event_filter::<FeesCollected>()
        }
        ///Creates a new event filter for the [`RequestClosed`] event.
        pub fn RequestClosed_filter(&self) -> alloy_contract::Event<&P, RequestClosed, N> {
            self.event_filter::<RequestClosed>()
        }
        ///Creates a new event filter for the [`RequestOpened`] event.
        pub fn RequestOpened_filter(&self) -> alloy_contract::Event<&P, RequestOpened, N> {
            self.event_filter::<RequestOpened>()
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
        ///Creates a new event filter for the [`TradeApprovalCancelled`] event.
        pub fn TradeApprovalCancelled_filter(
            &self,
        ) -> alloy_contract::Event<&P, TradeApprovalCancelled, N> {
            self.event_filter::<TradeApprovalCancelled>()
        }
        ///Creates a new event filter for the [`TradeDisputed`] event.
        pub fn TradeDisputed_filter(&self) -> alloy_contract::Event<&P, TradeDisputed, N> {
            self.event_filter::<TradeDisputed>()
        }
        ///Creates a new event filter for the [`TradePaid`] event.
        pub fn TradePaid_filter(&self) -> alloy_contract::Event<&P, TradePaid, N> {
            self.event_filter::<TradePaid>()
        }
        ///Creates a new event filter for the [`TradeRefunded`] event.
        pub fn TradeRefunded_filter(&self) -> alloy_contract::Event<&P, TradeRefunded, N> {
            self.event_filter::<TradeRefunded>()
        }
        ///Creates a new event filter for the [`TradeSettled`] event.
        pub fn TradeSettled_filter(&self) -> alloy_contract::Event<&P, TradeSettled, N> {
            self.event_filter::<TradeSettled>()
        }
        ///Creates a new event filter for the [`TreasurySet`] event.
        pub fn TreasurySet_filter(&self) -> alloy_contract::Event<&P, TreasurySet, N> {
            self.event_filter::<TreasurySet>()
        }
    }
}
