///Module containing a contract's types and functions.
/**

```solidity
library IDataMarket {
    type TradeStatus is uint8;
    struct Request { address researcher; uint64 deadline; uint16 feeBps; bool closed; uint96 pricePerRecord; uint32 maxRecords; uint32 settled; uint32 refundedTrades; uint32 openDisputes; bool feesCollected; }
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
    struct Request { address researcher; uint64 deadline; uint16 feeBps; bool closed; uint96 pricePerRecord; uint32 maxRecords; uint32 settled; uint32 refundedTrades; uint32 openDisputes; bool feesCollected; }
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
        pub pricePerRecord: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub maxRecords: u32,
        #[allow(missing_docs)]
        pub settled: u32,
        #[allow(missing_docs)]
        pub refundedTrades: u32,
        #[allow(missing_docs)]
        pub openDisputes: u32,
        #[allow(missing_docs)]
        pub feesCollected: bool,
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
            alloy::sol_types::sol_data::Uint<96>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Bool,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            u64,
            u16,
            bool,
            alloy::sol_types::private::primitives::aliases::U96,
            u32,
            u32,
            u32,
            u32,
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
        impl ::core::convert::From<Request> for UnderlyingRustTuple<'_> {
            fn from(value: Request) -> Self {
                (
                    value.researcher,
                    value.deadline,
                    value.feeBps,
                    value.closed,
                    value.pricePerRecord,
                    value.maxRecords,
                    value.settled,
                    value.refundedTrades,
                    value.openDisputes,
                    value.feesCollected,
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
                    pricePerRecord: tuple.4,
                    maxRecords: tuple.5,
                    settled: tuple.6,
                    refundedTrades: tuple.7,
                    openDisputes: tuple.8,
                    feesCollected: tuple.9,
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
                        &self.refundedTrades,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.openDisputes,
                    ),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.feesCollected,
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
                    "Request(address researcher,uint64 deadline,uint16 feeBps,bool closed,uint96 pricePerRecord,uint32 maxRecords,uint32 settled,uint32 refundedTrades,uint32 openDisputes,bool feesCollected)",
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
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.refundedTrades,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.openDisputes)
                        .0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                            &self.feesCollected,
                        )
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
                        &rust.refundedTrades,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.openDisputes,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.feesCollected,
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
                    &rust.refundedTrades,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.openDisputes,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.feesCollected,
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
        uint96 pricePerRecord;
        uint32 maxRecords;
        uint32 settled;
        uint32 refundedTrades;
        uint32 openDisputes;
        bool feesCollected;
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
    error AccessControlEnforcedDefaultAdminDelay(uint48 schedule);
    error AccessControlEnforcedDefaultAdminRules();
    error AccessControlInvalidDefaultAdmin(address defaultAdmin);
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
    error AlreadyClosed(uint256 requestId);
    error AlreadyTraded(uint256 requestId, address seller);
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
    error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
    error SafeERC20FailedOperation(address token);
    error SignatureExpired(uint256 deadline);
    error StringTooLong(string str);
    error UnknownRequest(uint256 requestId);
    error WrongTradeStatus(uint256 requestId, address seller, IDataMarket.TradeStatus status);

    event DefaultAdminDelayChangeCanceled();
    event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule);
    event DefaultAdminTransferCanceled();
    event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule);
    event EIP712DomainChanged();
    event FeeSet(uint16 feeBps);
    event FeesCollected(uint256 indexed requestId, address indexed treasury, uint256 amount);
    event RequestClosed(uint256 indexed requestId, uint256 refund);
    event RequestOpened(uint256 indexed requestId, address indexed researcher, bytes32 criteria, uint96 pricePerRecord, uint32 maxRecords, uint64 deadline, uint16 feeBps);
    event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);
    event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
    event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);
    event TradeDisputed(uint256 indexed requestId, address indexed seller, bytes32 reason);
    event TradePaid(uint256 indexed requestId, address indexed seller, uint256 amount);
    event TradeRefunded(uint256 indexed requestId, address indexed seller, uint256 amount);
    event TradeSettled(uint256 indexed requestId, address indexed seller, bytes32 deliveryCommitment, uint256 nonce, uint64 releaseAt);
    event TreasurySet(address treasury);

    constructor(address admin, address forwarder, address token_, address accounts_, address committee_, address treasury_, uint16 feeBps_, uint64 disputeWindow_);

    function ADMIN_TRANSFER_DELAY() external view returns (uint48);
    function ARBITER_ROLE() external view returns (bytes32);
    function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
    function MAX_DISPUTE_WINDOW() external view returns (uint64);
    function MAX_FEE_BPS() external view returns (uint16);
    function MIN_DISPUTE_WINDOW() external view returns (uint64);
    function SALE_ATTESTATION_TYPEHASH() external view returns (bytes32);
    function TRADE_APPROVAL_TYPEHASH() external view returns (bytes32);
    function acceptDefaultAdminTransfer() external;
    function beginDefaultAdminTransfer(address newAdmin) external;
    function cancelDefaultAdminTransfer() external;
    function changeDefaultAdminDelay(uint48 newDelay) external;
    function claim(uint256 requestId, address seller) external;
    function claimMany(uint256[] memory requestIds, address[] memory sellers) external returns (uint256 paid);
    function close(uint256 requestId) external;
    function collectFees(uint256 requestId) external;
    function committee() external view returns (address);
    function defaultAdmin() external view returns (address);
    function defaultAdminDelay() external view returns (uint48);
    function defaultAdminDelayIncreaseWait() external view returns (uint48);
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
    function owner() external view returns (address);
    function pendingDefaultAdmin() external view returns (address newAdmin, uint48 schedule);
    function pendingDefaultAdminDelay() external view returns (uint48 newDelay, uint48 schedule);
    function refundExpired(uint256 requestId) external;
    function renounceRole(bytes32 role, address account) external;
    function request(uint256 requestId) external view returns (IDataMarket.Request memory);
    function requestCount() external view returns (uint256);
    function resolve(uint256 requestId, address seller, bool paySeller) external;
    function revokeRole(bytes32 role, address account) external;
    function rollbackDefaultAdminDelay() external;
    function saleAttestationDigest(uint256 requestId, address seller, bytes32 deliveryCommitment) external view returns (bytes32);
    function setFee(uint16 feeBps) external;
    function setTreasury(address treasury_) external;
    function settle(IDataMarket.TradeApproval memory a, bytes memory signature, bytes[] memory attestations) external;
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
            "name": "refundedTrades",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "openDisputes",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "feesCollected",
            "type": "bool",
            "internalType": "bool"
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
    "name": "rollbackDefaultAdminDelay",
    "inputs": [],
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
    ///0x610200604052348015610010575f5ffd5b50604051614c6a380380614c6a83398101604081905261002f916104fe565b60408051808201825260128152711359591d985d5b1d11185d1853585c9ad95d60721b602080830191909152825180840190935260018352603160f81b9083015290888a6203f480816001600160a01b0381166100a657604051636116401160e11b81525f60048201526024015b60405180910390fd5b600180546001600160d01b0316600160d01b65ffffffffffff8516021790556100cf5f82610221565b505050506001600160a01b03166080526100e882610290565b610140526100f581610290565b61016052815160208084019190912061010052815190820120610120524660c0526101836101005161012051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60a05250503060e052603c6001600160401b03821610806101af575062278d006001600160401b038216115b156101d857604051637965fb0760e01b81526001600160401b038216600482015260240161009d565b6001600160a01b03808716610180528581166101a05284166101c0526001600160401b0381166101e05261020b836102cd565b61021482610349565b5050505050505050610674565b5f8261027d575f61023a6002546001600160a01b031690565b6001600160a01b03161461026157604051631fe1e13d60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384161790555b61028783836103c6565b90505b92915050565b5f5f829050601f815111156102ba578260405163305a27a960e01b815260040161009d91906105ba565b80516102c5826105ef565b179392505050565b6001600160a01b0381166102f4576040516302979eb960e31b815260040160405180910390fd5b600980546001600160a01b0319166001600160a01b0383169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f906020015b60405180910390a150565b6103e861ffff8216111561037657604051638ea70c0760e01b815261ffff8216600482015260240161009d565b6009805461ffff60a01b1916600160a01b61ffff8416908102919091179091556040519081527faab062e3faf62b6c9a0f8e62af66e0310e27127a8c871a67be7dd4d93de6da539060200161033e565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610467575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561041f61046e565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161028a565b505f61028a565b5f61047761047c565b905090565b5f3660148082108015906104945750610494336104c2565b156104ba576104a736828403815f610615565b6104b09161063c565b60601c9250505090565b339250505090565b5f6104cc60805190565b6001600160a01b0316826001600160a01b0316149050919050565b6001600160a01b03811681146104fb575f5ffd5b50565b5f5f5f5f5f5f5f5f610100898b031215610516575f5ffd5b8851610521816104e7565b60208a0151909850610532816104e7565b60408a0151909750610543816104e7565b60608a0151909650610554816104e7565b60808a0151909550610565816104e7565b60a08a0151909450610576816104e7565b60c08a015190935061ffff8116811461058d575f5ffd5b60e08a01519092506001600160401b03811681146105a9575f5ffd5b809150509295985092959890939650565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561060f575f198160200360031b1b821691505b50919050565b5f5f85851115610623575f5ffd5b8386111561062f575f5ffd5b5050820193919092039150565b80356001600160601b0319811690601484101561066d576001600160601b0319601485900360031b81901b82161691505b5092915050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e05161451f61074b5f395f81816103d6015281816117330152611afc01525f81816108f2015281816115cc01526119d701525f61257f01525f818161099801528181610c3501528181610d3c01528181611c55015281816122fc01528181612513015261299f01525f612bcf01525f612ba401525f61395d01525f61393501525f61389001525f6138ba01525f6138e401525f81816104c80152818161057d0152613287015261451f5ff3fe608060405234801561000f575f5ffd5b506004361061033b575f3560e01c80638da5cb5b116101b3578063cefc1429116100f3578063d864e7401161009e578063e0a0cf7411610079578063e0a0cf741461093c578063ea06d7e61461095c578063f0f4426014610983578063fc0c546a14610996575f5ffd5b8063d864e740146108f0578063ddca3f4314610916578063ddd5e1b214610929575f5ffd5b8063d55be8c6116100ce578063d55be8c614610734578063d602b9fd14610750578063d845a4b314610758575f5ffd5b8063cefc1429146106eb578063cf6eefb7146106f3578063d547741f14610721575f5ffd5b8063a1eda53c1161015e578063b17acdcd11610139578063b17acdcd146106b5578063c55d05f2146106c8578063cbeab516146106db578063cc8463c8146106e3575f5ffd5b8063a1eda53c14610674578063a217fddf1461069b578063a76fb68e146106a2575f5ffd5b806391d148541161018e57806391d1485414610618578063950deb071461064e578063995ba6a614610661575f5ffd5b80638da5cb5b146105ea5780638e005553146105f257806390c733ef14610605575f5ffd5b8063572b6c051161027e5780636899d0f5116102295780637ecebe00116102045780637ecebe00146105a157806380cbc6fa146105b457806384b0196e146105be57806384ef8ffc146105d9575f5ffd5b80636899d0f51461055e57806379a05a31146105715780637da0a8771461057b575f5ffd5b806361d027b31161025957806361d027b314610513578063634e93da14610538578063649a5ec71461054b575f5ffd5b8063572b6c05146104b85780635a0d548e146104f85780635badbe4c1461050b575f5ffd5b8063117f5f92116102e95780632f2ff15d116102c45780632f2ff15d1461044457806336568abe1461045757806337475c511461046a5780634d104adf14610491575f5ffd5b8063117f5f92146103d45780631402b17a1461040f578063248a9ca314610422575f5ffd5b80630aa6220b116103195780630aa6220b146103985780630aebeb4e146103a057806311542cbb146103b3575f5ffd5b806301ffc9a71461033f578063022d63fb14610367578063048e45ca14610383575b5f5ffd5b61035261034d366004613ac4565b6109bc565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff909116815260200161035e565b610396610391366004613b26565b610a17565b005b610396610c6f565b6103966103ae366004613b63565b610c84565b6103c66103c1366004613bbf565b610d10565b60405190815260200161035e565b7f00000000000000000000000000000000000000000000000000000000000000005b60405167ffffffffffffffff909116815260200161035e565b61039661041d366004613b63565b610e27565b6103c6610430366004613b63565b5f9081526020819052604090206001015490565b610396610452366004613c3c565b610eb0565b610396610465366004613c3c565b610ef5565b6103c67fee771110da142601225200672d49fac71838796e8ae47d8a6332dae71cd19db381565b6103c67fbb08418a67729a078f87bbc8d02a770929bb68f5bfdf134ae2ead6ed38e2f4ae81565b6103526104c6366004613c66565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b6103c6610506366004613c7f565b610fcf565b6008546103c6565b6009546001600160a01b03165b6040516001600160a01b03909116815260200161035e565b610396610546366004613c66565b610fe3565b610396610559366004613cb2565b610ff6565b61039661056c366004613c7f565b611009565b61036c6203f48081565b7f0000000000000000000000000000000000000000000000000000000000000000610520565b6103c66105af366004613c66565b61124e565b6103f662278d0081565b6105c661126b565b60405161035e9796959493929190613d05565b6002546001600160a01b0316610520565b6105206112c9565b610396610600366004613db7565b6112e1565b610396610613366004613e36565b6112f4565b610352610626366004613c3c565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6103c661065c366004613ee7565b611942565b6103c661066f366004613f31565b611961565b61067c61196b565b6040805165ffffffffffff93841681529290911660208301520161035e565b6103c65f81565b6103526106b0366004613f4b565b6119d4565b6103966106c3366004613b63565b611a78565b6103c66106d6366004613f91565b611c87565b6103f6603c81565b61036c611df7565b610396611e83565b600154604080516001600160a01b0383168152600160a01b90920465ffffffffffff1660208301520161035e565b61039661072f366004613c3c565b611ef4565b61073d6103e881565b60405161ffff909116815260200161035e565b610396611f35565b6108e3610766366004613b63565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810191909152505f9081526006602090815260409182902082516101408101845281546001600160a01b0381168252600160a01b80820467ffffffffffffffff16948301949094527c010000000000000000000000000000000000000000000000000000000080820461ffff16958301959095527e01000000000000000000000000000000000000000000000000000000000000900460ff908116151560608301526001909201546bffffffffffffffffffffffff811660808301526c01000000000000000000000000810463ffffffff90811660a08401527001000000000000000000000000000000008204811660c0840152938104841660e0830152780100000000000000000000000000000000000000000000000081049093166101008201529290910416151561012082015290565b60405161035e9190613ffd565b7f0000000000000000000000000000000000000000000000000000000000000000610520565b600954600160a01b900461ffff1661073d565b610396610937366004613c3c565b611f47565b61094f61094a366004613c3c565b61205e565b60405161035e9190614159565b6103c67f071ca4a2f77d496b321452e3d90a3a641d098dcfcc84a6188b52d27d2938bede81565b610396610991366004613c66565b612119565b7f0000000000000000000000000000000000000000000000000000000000000000610520565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f31498786000000000000000000000000000000000000000000000000000000001480610a115750610a118261212c565b92915050565b610a1f6121c2565b7fbb08418a67729a078f87bbc8d02a770929bb68f5bfdf134ae2ead6ed38e2f4ae610a49816121f9565b5f610a538561220a565b5f8681526007602090815260408083206001600160a01b0389168452909152902090915060028154600160a01b900460ff166004811115610a9657610a966140f3565b14610ae75780546040517f87af5f6e000000000000000000000000000000000000000000000000000000008152610ade9188918891600160a01b900460ff1690600401614198565b60405180910390fd5b600182018054601890610b1b907801000000000000000000000000000000000000000000000000900463ffffffff166141e8565b91906101000a81548163ffffffff021916908363ffffffff1602179055508315610b5157610b4a868683612260565b5050610c61565b80547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff1674040000000000000000000000000000000000000000178155600182018054601490610bad90600160a01b900463ffffffff16614206565b825463ffffffff9182166101009390930a9283029190920219909116179055600182015482546040516bffffffffffffffffffffffff909216808352916001600160a01b039182169188169089907f598cf7b1037a2cbb27645d4ef91a50ab4b13db45cc85ebd8edeea26233ea92889060200160405180910390a3610c5c6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168284612329565b505050505b50610c6a612377565b505050565b5f610c79816121f9565b610c816123a1565b50565b610c8c6121c2565b5f610c968261220a565b90505f610ca16123ab565b82549091506001600160a01b03808316911614610cfc576040517ff8b1e2fc000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b0382166024820152604401610ade565b610d0683836123b4565b5050610c81612377565b5f610d196121c2565b5f610d3863ffffffff89166bffffffffffffffffffffffff8b1661422a565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d505accf610d716123ab565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b039091166004820152306024820152604481018490526064810189905260ff8816608482015260a4810187905260c4810186905260e4015f604051808303815f87803b158015610df2575f5ffd5b505af1925050508015610e03575060015b50610e108a8a8a8a61253a565b915050610e1b612377565b98975050505050505050565b610e2f6121c2565b5f610e398261220a565b8054909150600160a01b900467ffffffffffffffff16421015610e9d5780546040517fbd5145db000000000000000000000000000000000000000000000000000000008152600160a01b90910467ffffffffffffffff166004820152602401610ade565b610ea782826123b4565b50610c81612377565b81610ee7576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610ef182826129d1565b5050565b81158015610f1057506002546001600160a01b038281169116145b15610fc5576001546001600160a01b03811690600160a01b900465ffffffffffff1681151580610f46575065ffffffffffff8116155b80610f5957504265ffffffffffff821610155b15610f9a576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff82166004820152602401610ade565b5050600180547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1690555b610ef182826129f5565b5f610fdb848484612a51565b949350505050565b5f610fed816121f9565b610ef182612abc565b5f611000816121f9565b610ef182612b2e565b5f6110138461220a565b90505f61101e6123ab565b82549091506001600160a01b03808316911614611079576040517ff8b1e2fc000000000000000000000000000000000000000000000000000000008152600481018690526001600160a01b0382166024820152604401610ade565b5f8581526007602090815260408083206001600160a01b0388168452909152902060018154600160a01b900460ff1660048111156110b9576110b96140f3565b146111015780546040517f87af5f6e000000000000000000000000000000000000000000000000000000008152610ade9188918891600160a01b900460ff1690600401614198565b80546c01000000000000000000000000900467ffffffffffffffff1642106111735780546040517f63486c520000000000000000000000000000000000000000000000000000000081526c0100000000000000000000000090910467ffffffffffffffff166004820152602401610ade565b80547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16740200000000000000000000000000000000000000001781556001830180546018906111e4907801000000000000000000000000000000000000000000000000900463ffffffff16614206565b91906101000a81548163ffffffff021916908363ffffffff160217905550846001600160a01b0316867fe8c3e7e9a8c4cb0e0d9e8faaebe589318a4a83e69c31c7349d8afdec3781d9638660405161123e91815260200190565b60405180910390a3505050505050565b6001600160a01b0381165f90815260056020526040812054610a11565b5f6060805f5f5f606061127c612b9d565b611284612bc8565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b5f6112dc6002546001600160a01b031690565b905090565b5f6112eb816121f9565b610ef182612bf3565b6112fc6121c2565b5f611307863561220a565b80549091507e01000000000000000000000000000000000000000000000000000000000000900460ff168061134e57508054600160a01b900467ffffffffffffffff164210155b15611388576040517f0c43b3c000000000000000000000000000000000000000000000000000000000815286356004820152602401610ade565b600181015463ffffffff6c010000000000000000000000008204811670010000000000000000000000000000000090920416106113f4576040517f23c394b200000000000000000000000000000000000000000000000000000000815286356004820152602401610ade565b60018101546bffffffffffffffffffffffff1660608701358114611451576040517f3ad7771a0000000000000000000000000000000000000000000000000000000081526060880135600482015260248101829052604401610ade565b8660a00135421115611495576040517fcd21db4f00000000000000000000000000000000000000000000000000000000815260a08801356004820152602401610ade565b86355f9081526007602090815260408083209183916114b991908c01908c01613c66565b6001600160a01b0316815260208101919091526040015f90812091508154600160a01b900460ff1660048111156114f2576114f26140f3565b1461154d57873561150960408a0160208b01613c66565b6040517fda7b201100000000000000000000000000000000000000000000000000000000815260048101929092526001600160a01b03166024820152604401610ade565b61157061156060408a0160208b01613c66565b6115698a612caa565b8989612d3a565b6115c2576115846040890160208a01613c66565b6040517fd855c4f40000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610ade565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663f9c815426116108a3561160660408d0160208e01613c66565b8c60400135612a51565b87876040518463ffffffff1660e01b81526004016116309392919061426a565b602060405180830381865afa15801561164b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061166f9190614350565b6116c957873561168560408a0160208b01613c66565b6040517f832c98fd00000000000000000000000000000000000000000000000000000000815260048101929092526001600160a01b03166024820152604401610ade565b6116e66116dc60408a0160208b01613c66565b8960800135612da6565b60018301805460109061171290700100000000000000000000000000000000900463ffffffff16614206565b91906101000a81548163ffffffff021916908363ffffffff1602179055505f7f00000000000000000000000000000000000000000000000000000000000000004261175d919061436b565b60408051606081019091528554919250908190612710906117a2907c0100000000000000000000000000000000000000000000000000000000900461ffff168761422a565b6117ac919061438b565b6117b690866143c3565b6bffffffffffffffffffffffff16815267ffffffffffffffff831660208201526040016001905289355f90815260076020908152604080832092916117ff918e01908e01613c66565b6001600160a01b0316815260208082019290925260409081015f20835181549385015167ffffffffffffffff166c01000000000000000000000000027fffffffffffffffffffffffff00000000000000000000000000000000000000009094166bffffffffffffffffffffffff9091161792909217808355908301519082907fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16600160a01b8360048111156118b7576118b76140f3565b02179055506118cf91505060408a0160208b01613c66565b604080518b820135815260808c0135602082015267ffffffffffffffff84168183015290516001600160a01b0392909216918b35917f27df31cbeb7bc474a15c4602c6c367efdd993de37ab895c1e43ae37c3ca35d70919081900360600190a35050505061193b612377565b5050505050565b5f61194b6121c2565b6119578585858561253a565b9050610fdb612377565b5f610a1182612caa565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff1680151580156119ad57504265ffffffffffff821610155b6119b8575f5f6119cc565b600254600160a01b900465ffffffffffff16815b915091509091565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663f9c81542611a0f888888612a51565b85856040518463ffffffff1660e01b8152600401611a2f9392919061426a565b602060405180830381865afa158015611a4a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a6e9190614350565b9695505050505050565b611a806121c2565b5f611a8a8261220a565b60018101549091507c0100000000000000000000000000000000000000000000000000000000900460ff1680611ae5575060018101547801000000000000000000000000000000000000000000000000900463ffffffff1615155b80611b2e57508054611b2b9067ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000811691600160a01b9004166143d6565b42105b15611b68576040517fa2f11d5f00000000000000000000000000000000000000000000000000000000815260048101839052602401610ade565b6001810180547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c010000000000000000000000000000000000000000000000000000000017908190555f90611be29063ffffffff600160a01b82048116917001000000000000000000000000000000009004166143e9565b63ffffffff16611bf183612e11565b611bfb919061422a565b6009546040518281529192506001600160a01b031690819085907f72015ace03712f361249380657b3d40777dd8f8a686664cab48afd9dbbe4499f9060200160405180910390a38115611c7c57611c7c6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168284612329565b505050610c81612377565b5f611c906121c2565b838214611cc9576040517fff633a3800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b84811015611dee575f60075f888885818110611ce957611ce9614405565b9050602002013581526020019081526020015f205f868685818110611d1057611d10614405565b9050602002016020810190611d259190613c66565b6001600160a01b0316815260208101919091526040015f20905060018154600160a01b900460ff166004811115611d5e57611d5e6140f3565b141580611d85575080546c01000000000000000000000000900467ffffffffffffffff1642105b15611d905750611de6565b611dd9878784818110611da557611da5614405565b90506020020135868685818110611dbe57611dbe614405565b9050602002016020810190611dd39190613c66565b83612260565b611de283614432565b9250505b600101611ccb565b50610fdb612377565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015611e3857504265ffffffffffff8216105b611e6a576001547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16611e7d565b600254600160a01b900465ffffffffffff165b91505090565b6001546001600160a01b031680611e986123ab565b6001600160a01b031614611eec57611eae6123ab565b6040517fc22c80220000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610ade565b610c81612e6c565b81611f2b576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610ef18282612f32565b5f611f3f816121f9565b610c81612f56565b611f4f6121c2565b5f8281526007602090815260408083206001600160a01b0385168452909152902060018154600160a01b900460ff166004811115611f8f57611f8f6140f3565b14611fd75780546040517f87af5f6e000000000000000000000000000000000000000000000000000000008152610ade9185918591600160a01b900460ff1690600401614198565b80546c01000000000000000000000000900467ffffffffffffffff1642101561204a5780546040517f14a30b860000000000000000000000000000000000000000000000000000000081526c0100000000000000000000000090910467ffffffffffffffff166004820152602401610ade565b612055838383612260565b50610ef1612377565b61207e604080516060810182525f80825260208201819052909182015290565b5f8381526007602090815260408083206001600160a01b0386168452825291829020825160608101845281546bffffffffffffffffffffffff811682526c01000000000000000000000000810467ffffffffffffffff169382019390935292909190830190600160a01b900460ff1660048111156120fe576120fe6140f3565b600481111561210f5761210f6140f3565b9052509392505050565b5f612123816121f9565b610ef182612f60565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b000000000000000000000000000000000000000000000000000000001480610a1157507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff00000000000000000000000000000000000000000000000000000000831614610a11565b6121ca613006565b6121f760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b9061305f565b565b610c81816122056123ab565b613066565b5f81815260066020526040902080546001600160a01b031661225b576040517f1f79bbe700000000000000000000000000000000000000000000000000000000815260048101839052602401610ade565b919050565b8054740300000000000000000000000000000000000000007fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff82161782556040516bffffffffffffffffffffffff909116808252906001600160a01b0384169085907f43b91a05fa0d756d42ad732428125c0e8d549b56a9ed16092d8582c18a3ed52a9060200160405180910390a36123236001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168483612329565b50505050565b61233683838360016130d1565b610c6a576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610ade565b6121f75f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006121f1565b6121f75f5f61314c565b5f6112dc613276565b80547e01000000000000000000000000000000000000000000000000000000000000900460ff1615612415576040517f5e3e012800000000000000000000000000000000000000000000000000000000815260048101839052602401610ade565b80547fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167e0100000000000000000000000000000000000000000000000000000000000017815560018101545f906124999063ffffffff70010000000000000000000000000000000082048116916c010000000000000000000000009004166143e9565b60018301546124bc9163ffffffff16906bffffffffffffffffffffffff1661422a565b82546040518281529192506001600160a01b03169084907f9051726bdcd3fb79dec3e3941c5878e791eb6f71954ee836c084abe394d5ab529060200160405180910390a28115612323576123236001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168284612329565b5f5f6125446123ab565b6040517f508f3a370000000000000000000000000000000000000000000000000000000081526001600160a01b0380831660048301529192507f00000000000000000000000000000000000000000000000000000000000000009091169063508f3a3790602401602060405180830381865afa1580156125c6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125ea9190614350565b61262b576040517f029ef8ed0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610ade565b6bffffffffffffffffffffffff8516158061264a575063ffffffff8416155b8061265f5750428367ffffffffffffffff1611155b15612696576040517f41abc80100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60085f81546126a490614432565b91905081905591505f600960149054906101000a900461ffff169050604051806101400160405280836001600160a01b031681526020018567ffffffffffffffff1681526020018261ffff1681526020015f15158152602001876bffffffffffffffffffffffff1681526020018663ffffffff1681526020015f63ffffffff1681526020015f63ffffffff1681526020015f63ffffffff1681526020015f151581525060065f8581526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055506040820151815f01601c6101000a81548161ffff021916908361ffff1602179055506060820151815f01601e6101000a81548160ff0219169083151502179055506080820151816001015f6101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff16021790555060a082015181600101600c6101000a81548163ffffffff021916908363ffffffff16021790555060c08201518160010160106101000a81548163ffffffff021916908363ffffffff16021790555060e08201518160010160146101000a81548163ffffffff021916908363ffffffff1602179055506101008201518160010160186101000a81548163ffffffff021916908363ffffffff16021790555061012082015181600101601c6101000a81548160ff021916908315150217905550905050816001600160a01b0316837f17d1e0cb7dbc8ead2a93b4dd6d1c1ea4a43f27d7287ba75f7944a11870c3cf68898989898760405161296a9594939291909485526bffffffffffffffffffffffff93909316602085015263ffffffff91909116604084015267ffffffffffffffff16606083015261ffff16608082015260a00190565b60405180910390a36129c7823061299563ffffffff89166bffffffffffffffffffffffff8b1661422a565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169291906132e0565b5050949350505050565b5f828152602081905260409020600101546129eb816121f9565b612323838361332f565b6129fd6123ab565b6001600160a01b0316816001600160a01b031614612a47576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610c6a82826133c6565b604080517fee771110da142601225200672d49fac71838796e8ae47d8a6332dae71cd19db360208201529081018490526001600160a01b0383166060820152608081018290525f90610fdb9060a0015b6040516020818303038152906040528051906020012061341a565b5f612ac5611df7565b612ace42613461565b612ad8919061444a565b9050612ae482826134b0565b60405165ffffffffffff821681526001600160a01b038316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f612b388261352d565b612b4142613461565b612b4b919061444a565b9050612b57828261314c565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b910160405180910390a15050565b60606112dc7f0000000000000000000000000000000000000000000000000000000000000000613574565b60606112dc7f0000000000000000000000000000000000000000000000000000000000000000613574565b6103e861ffff82161115612c39576040517f8ea70c0700000000000000000000000000000000000000000000000000000000815261ffff82166004820152602401610ade565b600980547fffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffff16600160a01b61ffff8416908102919091179091556040519081527faab062e3faf62b6c9a0f8e62af66e0310e27127a8c871a67be7dd4d93de6da53906020015b60405180910390a150565b5f610a117f071ca4a2f77d496b321452e3d90a3a641d098dcfcc84a6188b52d27d2938bede8335612ce16040860160208701613c66565b604080516020810194909452838101929092526001600160a01b0316606083810191909152908501356080838101919091529085013560a0838101919091529085013560c083015284013560e082015261010001612aa1565b5f5f5f612d488686866135b1565b5090925090505f816003811115612d6157612d616140f3565b148015612d7f5750866001600160a01b0316826001600160a01b0316145b15612d8f57600192505050610fdb565b612d9b878787876135f8565b979650505050505050565b6001600160a01b0382165f908152600560205260409020805460018101909155818114610c6a576040517f752d88c00000000000000000000000000000000000000000000000000000000081526001600160a01b038416600482015260248101829052604401610ade565b600181015481545f916bffffffffffffffffffffffff169061271090612e5b907c0100000000000000000000000000000000000000000000000000000000900461ffff168361422a565b612e65919061438b565b9392505050565b6001546001600160a01b03811690600160a01b900465ffffffffffff16801580612e9e57504265ffffffffffff821610155b15612edf576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff82166004820152602401610ade565b612efa5f612ef56002546001600160a01b031690565b6133c6565b50612f055f8361332f565b5050600180547fffffffffffff000000000000000000000000000000000000000000000000000016905550565b5f82815260208190526040902060010154612f4c816121f9565b61232383836133c6565b6121f75f5f6134b0565b6001600160a01b038116612fa0576040517f14bcf5c800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600980547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f90602001612c9f565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156121f7576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16610ef1576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610ade565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613140578383151615613134573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6002547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16801561320f574265ffffffffffff821610156131e6576002546001805479ffffffffffffffffffffffffffffffffffffffffffffffffffff16600160a01b90920465ffffffffffff167a0100000000000000000000000000000000000000000000000000000291909117905561320f565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b50600280546001600160a01b0316600160a01b65ffffffffffff9485160279ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a0100000000000000000000000000000000000000000000000000009290931691909102919091179055565b5f3660148082108015906132b257507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b156132d8576132c536828403815f614468565b6132ce9161448f565b60601c9250505090565b339250505090565b6132ee84848484600161367b565b612323576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610ade565b5f826133bc575f6133486002546001600160a01b031690565b6001600160a01b031614613388576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0384161790555b612e658383613701565b5f821580156133e257506002546001600160a01b038381169116145b1561341057600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001690555b612e6583836137c7565b5f610a11613426613884565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f65ffffffffffff8211156134ac576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526030600482015260248101839052604401610ade565b5090565b60018054600160a01b65ffffffffffff84811682027fffffffffffff000000000000000000000000000000000000000000000000000084166001600160a01b03881617179093559004168015610c6a576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f613537611df7565b90508065ffffffffffff168365ffffffffffff161161355f5761355a83826144f4565b612e65565b612e6565ffffffffffff8416620697806139ad565b60605f613580836139bc565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f808060418490036135e5578435602086013560408701355f1a6135d7898285856139fc565b9550955095505050506135ef565b505f915060029050825b93509350939050565b604080517f1626ba7e00000000000000000000000000000000000000000000000000000000808252600482018690526024820192909252604481018390525f91908390818660648301375f82606483010152601f820160051c60051b915060205f60648401838b5afa9050825f5114601f3d111681169350505050949350505050565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166136f05783831516156136e4573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166137c0575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556137786123ab565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610a11565b505f610a11565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16156137c0575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905561383c6123ab565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a4506001610a11565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156138dc57507f000000000000000000000000000000000000000000000000000000000000000046145b1561390657507f000000000000000000000000000000000000000000000000000000000000000090565b6112dc604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f828218828410028218612e65565b5f60ff8216601f811115610a11576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115613a3557505f91506003905082613aba565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613a86573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116613ab157505f925060019150829050613aba565b92505f91508190505b9450945094915050565b5f60208284031215613ad4575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114612e65575f5ffd5b80356001600160a01b038116811461225b575f5ffd5b8015158114610c81575f5ffd5b5f5f5f60608486031215613b38575f5ffd5b83359250613b4860208501613b03565b91506040840135613b5881613b19565b809150509250925092565b5f60208284031215613b73575f5ffd5b5035919050565b80356bffffffffffffffffffffffff8116811461225b575f5ffd5b803563ffffffff8116811461225b575f5ffd5b803567ffffffffffffffff8116811461225b575f5ffd5b5f5f5f5f5f5f5f5f610100898b031215613bd7575f5ffd5b88359750613be760208a01613b7a565b9650613bf560408a01613b95565b9550613c0360608a01613ba8565b94506080890135935060a089013560ff81168114613c1f575f5ffd5b979a969950949793969295929450505060c08201359160e0013590565b5f5f60408385031215613c4d575f5ffd5b82359150613c5d60208401613b03565b90509250929050565b5f60208284031215613c76575f5ffd5b612e6582613b03565b5f5f5f60608486031215613c91575f5ffd5b83359250613ca160208501613b03565b929592945050506040919091013590565b5f60208284031215613cc2575f5ffd5b813565ffffffffffff81168114612e65575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f613d3f60e0830189613cd7565b8281036040840152613d518189613cd7565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015613da6578351835260209384019390920191600101613d88565b50909b9a5050505050505050505050565b5f60208284031215613dc7575f5ffd5b813561ffff81168114612e65575f5ffd5b5f60c08284031215613de8575f5ffd5b50919050565b5f5f83601f840112613dfe575f5ffd5b50813567ffffffffffffffff811115613e15575f5ffd5b6020830191508360208260051b8501011115613e2f575f5ffd5b9250929050565b5f5f5f5f5f6101008688031215613e4b575f5ffd5b613e558787613dd8565b945060c086013567ffffffffffffffff811115613e70575f5ffd5b8601601f81018813613e80575f5ffd5b803567ffffffffffffffff811115613e96575f5ffd5b886020828401011115613ea7575f5ffd5b6020919091019450925060e086013567ffffffffffffffff811115613eca575f5ffd5b613ed688828901613dee565b969995985093965092949392505050565b5f5f5f5f60808587031215613efa575f5ffd5b84359350613f0a60208601613b7a565b9250613f1860408601613b95565b9150613f2660608601613ba8565b905092959194509250565b5f60c08284031215613f41575f5ffd5b612e658383613dd8565b5f5f5f5f5f60808688031215613f5f575f5ffd5b85359450613f6f60208701613b03565b935060408601359250606086013567ffffffffffffffff811115613eca575f5ffd5b5f5f5f5f60408587031215613fa4575f5ffd5b843567ffffffffffffffff811115613fba575f5ffd5b613fc687828801613dee565b909550935050602085013567ffffffffffffffff811115613fe5575f5ffd5b613ff187828801613dee565b95989497509550505050565b81516001600160a01b031681526101408101602083015161402a602084018267ffffffffffffffff169052565b506040830151614040604084018261ffff169052565b506060830151614054606084018215159052565b50608083015161407460808401826bffffffffffffffffffffffff169052565b5060a083015161408c60a084018263ffffffff169052565b5060c08301516140a460c084018263ffffffff169052565b5060e08301516140bc60e084018263ffffffff169052565b506101008301516140d661010084018263ffffffff169052565b506101208301516140ec61012084018215159052565b5092915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60058110614155577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b5f6060820190506bffffffffffffffffffffffff835116825267ffffffffffffffff602084015116602083015260408301516140ec6040840182614120565b8381526001600160a01b038316602082015260608101610fdb6040830184614120565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f63ffffffff8216806141fd576141fd6141bb565b5f190192915050565b5f63ffffffff821663ffffffff8103614221576142216141bb565b60010192915050565b8082028115828204841417610a1157610a116141bb565b81835281816020850137505f602082840101525f6020601f19601f840116840101905092915050565b5f60408201858352604060208401528084825260608401905060608560051b8501019150855f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1883603015b87821015614342577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa087860301845282358181126142f2575f5ffd5b890160208101903567ffffffffffffffff81111561430e575f5ffd5b80360382131561431c575f5ffd5b614327878284614241565b965050506020830192506020840193506001820191506142b6565b509298975050505050505050565b5f60208284031215614360575f5ffd5b8151612e6581613b19565b67ffffffffffffffff8181168382160190811115610a1157610a116141bb565b5f826143be577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b81810381811115610a1157610a116141bb565b80820180821115610a1157610a116141bb565b63ffffffff8281168282160390811115610a1157610a116141bb565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f198203614443576144436141bb565b5060010190565b65ffffffffffff8181168382160190811115610a1157610a116141bb565b5f5f85851115614476575f5ffd5b83861115614482575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff00000000000000000000000081169060148410156140ec577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505092915050565b65ffffffffffff8281168282160390811115610a1157610a116141bb56fea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x02\0`@R4\x80\x15a\0\x10W__\xFD[P`@QaLj8\x03\x80aLj\x839\x81\x01`@\x81\x90Ra\0/\x91a\x04\xFEV[`@\x80Q\x80\x82\x01\x82R`\x12\x81Rq\x13YY\x1D\x98][\x1D\x11\x18]\x18SX\\\x9A\xD9]`r\x1B` \x80\x83\x01\x91\x90\x91R\x82Q\x80\x84\x01\x90\x93R`\x01\x83R`1`\xF8\x1B\x90\x83\x01R\x90\x88\x8Ab\x03\xF4\x80\x81`\x01`\x01`\xA0\x1B\x03\x81\x16a\0\xA6W`@Qca\x16@\x11`\xE1\x1B\x81R_`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x01\x80T`\x01`\x01`\xD0\x1B\x03\x16`\x01`\xD0\x1Be\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x02\x17\x90Ua\0\xCF_\x82a\x02!V[PPPP`\x01`\x01`\xA0\x1B\x03\x16`\x80Ra\0\xE8\x82a\x02\x90V[a\x01@Ra\0\xF5\x81a\x02\x90V[a\x01`R\x81Q` \x80\x84\x01\x91\x90\x91 a\x01\0R\x81Q\x90\x82\x01 a\x01 RF`\xC0Ra\x01\x83a\x01\0Qa\x01 Q`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x90\x81\x01\x92\x90\x92R``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[`\xA0RPP0`\xE0R`<`\x01`\x01`@\x1B\x03\x82\x16\x10\x80a\x01\xAFWPb'\x8D\0`\x01`\x01`@\x1B\x03\x82\x16\x11[\x15a\x01\xD8W`@Qcye\xFB\x07`\xE0\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\0\x9DV[`\x01`\x01`\xA0\x1B\x03\x80\x87\x16a\x01\x80R\x85\x81\x16a\x01\xA0R\x84\x16a\x01\xC0R`\x01`\x01`@\x1B\x03\x81\x16a\x01\xE0Ra\x02\x0B\x83a\x02\xCDV[a\x02\x14\x82a\x03IV[PPPPPPPPa\x06tV[_\x82a\x02}W_a\x02:`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x02aW`@Qc\x1F\xE1\xE1=`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90U[a\x02\x87\x83\x83a\x03\xC6V[\x90P[\x92\x91PPV[__\x82\x90P`\x1F\x81Q\x11\x15a\x02\xBAW\x82`@Qc0Z'\xA9`\xE0\x1B\x81R`\x04\x01a\0\x9D\x91\x90a\x05\xBAV[\x80Qa\x02\xC5\x82a\x05\xEFV[\x17\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16a\x02\xF4W`@Qc\x02\x97\x9E\xB9`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\t\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F<\x86EA\xEFq7\x8Cb)Q\x0E\xD9\x0F7ee\xEEB\xD9\xC5\xE0\x90J\x98J\x9E\x86>m\xB4O\x90` \x01[`@Q\x80\x91\x03\x90\xA1PV[a\x03\xE8a\xFF\xFF\x82\x16\x11\x15a\x03vW`@Qc\x8E\xA7\x0C\x07`\xE0\x1B\x81Ra\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\0\x9DV[`\t\x80Ta\xFF\xFF`\xA0\x1B\x19\x16`\x01`\xA0\x1Ba\xFF\xFF\x84\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x90\x81R\x7F\xAA\xB0b\xE3\xFA\xF6+l\x9A\x0F\x8Eb\xAFf\xE01\x0E'\x12z\x8C\x87\x1Ag\xBE}\xD4\xD9=\xE6\xDAS\x90` \x01a\x03>V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x04gW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\x04\x1Fa\x04nV[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x02\x8AV[P_a\x02\x8AV[_a\x04wa\x04|V[\x90P\x90V[_6`\x14\x80\x82\x10\x80\x15\x90a\x04\x94WPa\x04\x943a\x04\xC2V[\x15a\x04\xBAWa\x04\xA76\x82\x84\x03\x81_a\x06\x15V[a\x04\xB0\x91a\x06<V[``\x1C\x92PPP\x90V[3\x92PPP\x90V[_a\x04\xCC`\x80Q\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14\x90P\x91\x90PV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x04\xFBW__\xFD[PV[________a\x01\0\x89\x8B\x03\x12\x15a\x05\x16W__\xFD[\x88Qa\x05!\x81a\x04\xE7V[` \x8A\x01Q\x90\x98Pa\x052\x81a\x04\xE7V[`@\x8A\x01Q\x90\x97Pa\x05C\x81a\x04\xE7V[``\x8A\x01Q\x90\x96Pa\x05T\x81a\x04\xE7V[`\x80\x8A\x01Q\x90\x95Pa\x05e\x81a\x04\xE7V[`\xA0\x8A\x01Q\x90\x94Pa\x05v\x81a\x04\xE7V[`\xC0\x8A\x01Q\x90\x93Pa\xFF\xFF\x81\x16\x81\x14a\x05\x8DW__\xFD[`\xE0\x8A\x01Q\x90\x92P`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x05\xA9W__\xFD[\x80\x91PP\x92\x95\x98P\x92\x95\x98\x90\x93\x96PV[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[\x80Q` \x80\x83\x01Q\x91\x90\x81\x10\x15a\x06\x0FW_\x19\x81` \x03`\x03\x1B\x1B\x82\x16\x91P[P\x91\x90PV[__\x85\x85\x11\x15a\x06#W__\xFD[\x83\x86\x11\x15a\x06/W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805`\x01`\x01``\x1B\x03\x19\x81\x16\x90`\x14\x84\x10\x15a\x06mW`\x01`\x01``\x1B\x03\x19`\x14\x85\x90\x03`\x03\x1B\x81\x90\x1B\x82\x16\x16\x91P[P\x92\x91PPV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0Qa\x01 Qa\x01@Qa\x01`Qa\x01\x80Qa\x01\xA0Qa\x01\xC0Qa\x01\xE0QaE\x1Fa\x07K_9_\x81\x81a\x03\xD6\x01R\x81\x81a\x173\x01Ra\x1A\xFC\x01R_\x81\x81a\x08\xF2\x01R\x81\x81a\x15\xCC\x01Ra\x19\xD7\x01R_a%\x7F\x01R_\x81\x81a\t\x98\x01R\x81\x81a\x0C5\x01R\x81\x81a\r<\x01R\x81\x81a\x1CU\x01R\x81\x81a\"\xFC\x01R\x81\x81a%\x13\x01Ra)\x9F\x01R_a+\xCF\x01R_a+\xA4\x01R_a9]\x01R_a95\x01R_a8\x90\x01R_a8\xBA\x01R_a8\xE4\x01R_\x81\x81a\x04\xC8\x01R\x81\x81a\x05}\x01Ra2\x87\x01RaE\x1F_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x03;W_5`\xE0\x1C\x80c\x8D\xA5\xCB[\x11a\x01\xB3W\x80c\xCE\xFC\x14)\x11a\0\xF3W\x80c\xD8d\xE7@\x11a\0\x9EW\x80c\xE0\xA0\xCFt\x11a\0yW\x80c\xE0\xA0\xCFt\x14a\t<W\x80c\xEA\x06\xD7\xE6\x14a\t\\W\x80c\xF0\xF4B`\x14a\t\x83W\x80c\xFC\x0CTj\x14a\t\x96W__\xFD[\x80c\xD8d\xE7@\x14a\x08\xF0W\x80c\xDD\xCA?C\x14a\t\x16W\x80c\xDD\xD5\xE1\xB2\x14a\t)W__\xFD[\x80c\xD5[\xE8\xC6\x11a\0\xCEW\x80c\xD5[\xE8\xC6\x14a\x074W\x80c\xD6\x02\xB9\xFD\x14a\x07PW\x80c\xD8E\xA4\xB3\x14a\x07XW__\xFD[\x80c\xCE\xFC\x14)\x14a\x06\xEBW\x80c\xCFn\xEF\xB7\x14a\x06\xF3W\x80c\xD5Gt\x1F\x14a\x07!W__\xFD[\x80c\xA1\xED\xA5<\x11a\x01^W\x80c\xB1z\xCD\xCD\x11a\x019W\x80c\xB1z\xCD\xCD\x14a\x06\xB5W\x80c\xC5]\x05\xF2\x14a\x06\xC8W\x80c\xCB\xEA\xB5\x16\x14a\x06\xDBW\x80c\xCC\x84c\xC8\x14a\x06\xE3W__\xFD[\x80c\xA1\xED\xA5<\x14a\x06tW\x80c\xA2\x17\xFD\xDF\x14a\x06\x9BW\x80c\xA7o\xB6\x8E\x14a\x06\xA2W__\xFD[\x80c\x91\xD1HT\x11a\x01\x8EW\x80c\x91\xD1HT\x14a\x06\x18W\x80c\x95\r\xEB\x07\x14a\x06NW\x80c\x99[\xA6\xA6\x14a\x06aW__\xFD[\x80c\x8D\xA5\xCB[\x14a\x05\xEAW\x80c\x8E\0US\x14a\x05\xF2W\x80c\x90\xC73\xEF\x14a\x06\x05W__\xFD[\x80cW+l\x05\x11a\x02~W\x80ch\x99\xD0\xF5\x11a\x02)W\x80c~\xCE\xBE\0\x11a\x02\x04W\x80c~\xCE\xBE\0\x14a\x05\xA1W\x80c\x80\xCB\xC6\xFA\x14a\x05\xB4W\x80c\x84\xB0\x19n\x14a\x05\xBEW\x80c\x84\xEF\x8F\xFC\x14a\x05\xD9W__\xFD[\x80ch\x99\xD0\xF5\x14a\x05^W\x80cy\xA0Z1\x14a\x05qW\x80c}\xA0\xA8w\x14a\x05{W__\xFD[\x80ca\xD0'\xB3\x11a\x02YW\x80ca\xD0'\xB3\x14a\x05\x13W\x80ccN\x93\xDA\x14a\x058W\x80cd\x9A^\xC7\x14a\x05KW__\xFD[\x80cW+l\x05\x14a\x04\xB8W\x80cZ\rT\x8E\x14a\x04\xF8W\x80c[\xAD\xBEL\x14a\x05\x0BW__\xFD[\x80c\x11\x7F_\x92\x11a\x02\xE9W\x80c//\xF1]\x11a\x02\xC4W\x80c//\xF1]\x14a\x04DW\x80c6V\x8A\xBE\x14a\x04WW\x80c7G\\Q\x14a\x04jW\x80cM\x10J\xDF\x14a\x04\x91W__\xFD[\x80c\x11\x7F_\x92\x14a\x03\xD4W\x80c\x14\x02\xB1z\x14a\x04\x0FW\x80c$\x8A\x9C\xA3\x14a\x04\"W__\xFD[\x80c\n\xA6\"\x0B\x11a\x03\x19W\x80c\n\xA6\"\x0B\x14a\x03\x98W\x80c\n\xEB\xEBN\x14a\x03\xA0W\x80c\x11T,\xBB\x14a\x03\xB3W__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x03?W\x80c\x02-c\xFB\x14a\x03gW\x80c\x04\x8EE\xCA\x14a\x03\x83W[__\xFD[a\x03Ra\x03M6`\x04a:\xC4V[a\t\xBCV[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[b\x06\x97\x80[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x03^V[a\x03\x96a\x03\x916`\x04a;&V[a\n\x17V[\0[a\x03\x96a\x0CoV[a\x03\x96a\x03\xAE6`\x04a;cV[a\x0C\x84V[a\x03\xC6a\x03\xC16`\x04a;\xBFV[a\r\x10V[`@Q\x90\x81R` \x01a\x03^V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x03^V[a\x03\x96a\x04\x1D6`\x04a;cV[a\x0E'V[a\x03\xC6a\x0406`\x04a;cV[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[a\x03\x96a\x04R6`\x04a<<V[a\x0E\xB0V[a\x03\x96a\x04e6`\x04a<<V[a\x0E\xF5V[a\x03\xC6\x7F\xEEw\x11\x10\xDA\x14&\x01\"R\0g-I\xFA\xC7\x188yn\x8A\xE4}\x8Ac2\xDA\xE7\x1C\xD1\x9D\xB3\x81V[a\x03\xC6\x7F\xBB\x08A\x8Agr\x9A\x07\x8F\x87\xBB\xC8\xD0*w\t)\xBBh\xF5\xBF\xDF\x13J\xE2\xEA\xD6\xED8\xE2\xF4\xAE\x81V[a\x03Ra\x04\xC66`\x04a<fV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x91\x16\x14\x90V[a\x03\xC6a\x05\x066`\x04a<\x7FV[a\x0F\xCFV[`\x08Ta\x03\xC6V[`\tT`\x01`\x01`\xA0\x1B\x03\x16[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x03^V[a\x03\x96a\x05F6`\x04a<fV[a\x0F\xE3V[a\x03\x96a\x05Y6`\x04a<\xB2V[a\x0F\xF6V[a\x03\x96a\x05l6`\x04a<\x7FV[a\x10\tV[a\x03lb\x03\xF4\x80\x81V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x05 V[a\x03\xC6a\x05\xAF6`\x04a<fV[a\x12NV[a\x03\xF6b'\x8D\0\x81V[a\x05\xC6a\x12kV[`@Qa\x03^\x97\x96\x95\x94\x93\x92\x91\x90a=\x05V[`\x02T`\x01`\x01`\xA0\x1B\x03\x16a\x05 V[a\x05 a\x12\xC9V[a\x03\x96a\x06\x006`\x04a=\xB7V[a\x12\xE1V[a\x03\x96a\x06\x136`\x04a>6V[a\x12\xF4V[a\x03Ra\x06&6`\x04a<<V[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x03\xC6a\x06\\6`\x04a>\xE7V[a\x19BV[a\x03\xC6a\x06o6`\x04a?1V[a\x19aV[a\x06|a\x19kV[`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x93\x84\x16\x81R\x92\x90\x91\x16` \x83\x01R\x01a\x03^V[a\x03\xC6_\x81V[a\x03Ra\x06\xB06`\x04a?KV[a\x19\xD4V[a\x03\x96a\x06\xC36`\x04a;cV[a\x1AxV[a\x03\xC6a\x06\xD66`\x04a?\x91V[a\x1C\x87V[a\x03\xF6`<\x81V[a\x03la\x1D\xF7V[a\x03\x96a\x1E\x83V[`\x01T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x81R`\x01`\xA0\x1B\x90\x92\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x83\x01R\x01a\x03^V[a\x03\x96a\x07/6`\x04a<<V[a\x1E\xF4V[a\x07=a\x03\xE8\x81V[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x03^V[a\x03\x96a\x1F5V[a\x08\xE3a\x07f6`\x04a;cV[`@\x80Qa\x01@\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x91\x90\x91RP_\x90\x81R`\x06` \x90\x81R`@\x91\x82\x90 \x82Qa\x01@\x81\x01\x84R\x81T`\x01`\x01`\xA0\x1B\x03\x81\x16\x82R`\x01`\xA0\x1B\x80\x82\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x94\x83\x01\x94\x90\x94R|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x82\x04a\xFF\xFF\x16\x95\x83\x01\x95\x90\x95R~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x90\x81\x16\x15\x15``\x83\x01R`\x01\x90\x92\x01Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16`\x80\x83\x01Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04c\xFF\xFF\xFF\xFF\x90\x81\x16`\xA0\x84\x01Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16`\xC0\x84\x01R\x93\x81\x04\x84\x16`\xE0\x83\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04\x90\x93\x16a\x01\0\x82\x01R\x92\x90\x91\x04\x16\x15\x15a\x01 \x82\x01R\x90V[`@Qa\x03^\x91\x90a?\xFDV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x05 V[`\tT`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16a\x07=V[a\x03\x96a\t76`\x04a<<V[a\x1FGV[a\tOa\tJ6`\x04a<<V[a ^V[`@Qa\x03^\x91\x90aAYV[a\x03\xC6\x7F\x07\x1C\xA4\xA2\xF7}Ik2\x14R\xE3\xD9\n:d\x1D\t\x8D\xCF\xCC\x84\xA6\x18\x8BR\xD2})8\xBE\xDE\x81V[a\x03\x96a\t\x916`\x04a<fV[a!\x19V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x05 V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7F1I\x87\x86\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\n\x11WPa\n\x11\x82a!,V[\x92\x91PPV[a\n\x1Fa!\xC2V[\x7F\xBB\x08A\x8Agr\x9A\x07\x8F\x87\xBB\xC8\xD0*w\t)\xBBh\xF5\xBF\xDF\x13J\xE2\xEA\xD6\xED8\xE2\xF4\xAEa\nI\x81a!\xF9V[_a\nS\x85a\"\nV[_\x86\x81R`\x07` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x89\x16\x84R\x90\x91R\x90 \x90\x91P`\x02\x81T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\n\x96Wa\n\x96a@\xF3V[\x14a\n\xE7W\x80T`@Q\x7F\x87\xAF_n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\n\xDE\x91\x88\x91\x88\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aA\x98V[`@Q\x80\x91\x03\x90\xFD[`\x01\x82\x01\x80T`\x18\x90a\x0B\x1B\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16aA\xE8V[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x83\x15a\x0BQWa\x0BJ\x86\x86\x83a\"`V[PPa\x0CaV[\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x04\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x81U`\x01\x82\x01\x80T`\x14\x90a\x0B\xAD\x90`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16aB\x06V[\x82Tc\xFF\xFF\xFF\xFF\x91\x82\x16a\x01\0\x93\x90\x93\n\x92\x83\x02\x91\x90\x92\x02\x19\x90\x91\x16\x17\x90U`\x01\x82\x01T\x82T`@Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x80\x83R\x91`\x01`\x01`\xA0\x1B\x03\x91\x82\x16\x91\x88\x16\x90\x89\x90\x7FY\x8C\xF7\xB1\x03z,\xBB'd]N\xF9\x1AP\xABK\x13\xDBE\xCC\x85\xEB\xD8\xED\xEE\xA2b3\xEA\x92\x88\x90` \x01`@Q\x80\x91\x03\x90\xA3a\x0C\\`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x82\x84a#)V[PPPP[Pa\x0Cja#wV[PPPV[_a\x0Cy\x81a!\xF9V[a\x0C\x81a#\xA1V[PV[a\x0C\x8Ca!\xC2V[_a\x0C\x96\x82a\"\nV[\x90P_a\x0C\xA1a#\xABV[\x82T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x80\x83\x16\x91\x16\x14a\x0C\xFCW`@Q\x7F\xF8\xB1\xE2\xFC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x82\x16`$\x82\x01R`D\x01a\n\xDEV[a\r\x06\x83\x83a#\xB4V[PPa\x0C\x81a#wV[_a\r\x19a!\xC2V[_a\r8c\xFF\xFF\xFF\xFF\x89\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16aB*V[\x90P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xD5\x05\xAC\xCFa\rqa#\xABV[`@Q\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0\x84\x90\x1B\x16\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R0`$\x82\x01R`D\x81\x01\x84\x90R`d\x81\x01\x89\x90R`\xFF\x88\x16`\x84\x82\x01R`\xA4\x81\x01\x87\x90R`\xC4\x81\x01\x86\x90R`\xE4\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\r\xF2W__\xFD[PZ\xF1\x92PPP\x80\x15a\x0E\x03WP`\x01[Pa\x0E\x10\x8A\x8A\x8A\x8Aa%:V[\x91PPa\x0E\x1Ba#wV[\x98\x97PPPPPPPPV[a\x0E/a!\xC2V[_a\x0E9\x82a\"\nV[\x80T\x90\x91P`\x01`\xA0\x1B\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a\x0E\x9DW\x80T`@Q\x7F\xBDQE\xDB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\xA0\x1B\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R`$\x01a\n\xDEV[a\x0E\xA7\x82\x82a#\xB4V[Pa\x0C\x81a#wV[\x81a\x0E\xE7W`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x0E\xF1\x82\x82a)\xD1V[PPV[\x81\x15\x80\x15a\x0F\x10WP`\x02T`\x01`\x01`\xA0\x1B\x03\x82\x81\x16\x91\x16\x14[\x15a\x0F\xC5W`\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x90`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x15\x15\x80a\x0FFWPe\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15[\x80a\x0FYWPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[\x15a\x0F\x9AW`@Q\x7F\x19\xCA^\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\n\xDEV[PP`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90U[a\x0E\xF1\x82\x82a)\xF5V[_a\x0F\xDB\x84\x84\x84a*QV[\x94\x93PPPPV[_a\x0F\xED\x81a!\xF9V[a\x0E\xF1\x82a*\xBCV[_a\x10\0\x81a!\xF9V[a\x0E\xF1\x82a+.V[_a\x10\x13\x84a\"\nV[\x90P_a\x10\x1Ea#\xABV[\x82T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x80\x83\x16\x91\x16\x14a\x10yW`@Q\x7F\xF8\xB1\xE2\xFC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`\x01`\x01`\xA0\x1B\x03\x82\x16`$\x82\x01R`D\x01a\n\xDEV[_\x85\x81R`\x07` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x88\x16\x84R\x90\x91R\x90 `\x01\x81T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\x10\xB9Wa\x10\xB9a@\xF3V[\x14a\x11\x01W\x80T`@Q\x7F\x87\xAF_n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\n\xDE\x91\x88\x91\x88\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aA\x98V[\x80Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10a\x11sW\x80T`@Q\x7FcHlR\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R`$\x01a\n\xDEV[\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x81U`\x01\x83\x01\x80T`\x18\x90a\x11\xE4\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16aB\x06V[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x84`\x01`\x01`\xA0\x1B\x03\x16\x86\x7F\xE8\xC3\xE7\xE9\xA8\xC4\xCB\x0E\r\x9E\x8F\xAA\xEB\xE5\x891\x8AJ\x83\xE6\x9C1\xC74\x9D\x8A\xFD\xEC7\x81\xD9c\x86`@Qa\x12>\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x05` R`@\x81 Ta\n\x11V[_``\x80___``a\x12|a+\x9DV[a\x12\x84a+\xC8V[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[_a\x12\xDC`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[\x90P\x90V[_a\x12\xEB\x81a!\xF9V[a\x0E\xF1\x82a+\xF3V[a\x12\xFCa!\xC2V[_a\x13\x07\x865a\"\nV[\x80T\x90\x91P~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x80a\x13NWP\x80T`\x01`\xA0\x1B\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x13\x88W`@Q\x7F\x0CC\xB3\xC0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x865`\x04\x82\x01R`$\x01a\n\xDEV[`\x01\x81\x01Tc\xFF\xFF\xFF\xFFl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x16\x10a\x13\xF4W`@Q\x7F#\xC3\x94\xB2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x865`\x04\x82\x01R`$\x01a\n\xDEV[`\x01\x81\x01Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16``\x87\x015\x81\x14a\x14QW`@Q\x7F:\xD7w\x1A\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R``\x88\x015`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\n\xDEV[\x86`\xA0\x015B\x11\x15a\x14\x95W`@Q\x7F\xCD!\xDBO\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xA0\x88\x015`\x04\x82\x01R`$\x01a\n\xDEV[\x865_\x90\x81R`\x07` \x90\x81R`@\x80\x83 \x91\x83\x91a\x14\xB9\x91\x90\x8C\x01\x90\x8C\x01a<fV[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_\x90\x81 \x91P\x81T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\x14\xF2Wa\x14\xF2a@\xF3V[\x14a\x15MW\x875a\x15\t`@\x8A\x01` \x8B\x01a<fV[`@Q\x7F\xDA{ \x11\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x92\x90\x92R`\x01`\x01`\xA0\x1B\x03\x16`$\x82\x01R`D\x01a\n\xDEV[a\x15pa\x15``@\x8A\x01` \x8B\x01a<fV[a\x15i\x8Aa,\xAAV[\x89\x89a-:V[a\x15\xC2Wa\x15\x84`@\x89\x01` \x8A\x01a<fV[`@Q\x7F\xD8U\xC4\xF4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\n\xDEV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16c\xF9\xC8\x15Ba\x16\x10\x8A5a\x16\x06`@\x8D\x01` \x8E\x01a<fV[\x8C`@\x015a*QV[\x87\x87`@Q\x84c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a\x160\x93\x92\x91\x90aBjV[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x16KW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x16o\x91\x90aCPV[a\x16\xC9W\x875a\x16\x85`@\x8A\x01` \x8B\x01a<fV[`@Q\x7F\x83,\x98\xFD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x92\x90\x92R`\x01`\x01`\xA0\x1B\x03\x16`$\x82\x01R`D\x01a\n\xDEV[a\x16\xE6a\x16\xDC`@\x8A\x01` \x8B\x01a<fV[\x89`\x80\x015a-\xA6V[`\x01\x83\x01\x80T`\x10\x90a\x17\x12\x90p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16aB\x06V[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0Ba\x17]\x91\x90aCkV[`@\x80Q``\x81\x01\x90\x91R\x85T\x91\x92P\x90\x81\x90a'\x10\x90a\x17\xA2\x90|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04a\xFF\xFF\x16\x87aB*V[a\x17\xAC\x91\x90aC\x8BV[a\x17\xB6\x90\x86aC\xC3V[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16` \x82\x01R`@\x01`\x01\x90R\x895_\x90\x81R`\x07` \x90\x81R`@\x80\x83 \x92\x91a\x17\xFF\x91\x8E\x01\x90\x8E\x01a<fV[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x83Q\x81T\x93\x85\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x94\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x92\x90\x92\x17\x80\x83U\x90\x83\x01Q\x90\x82\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1B\x83`\x04\x81\x11\x15a\x18\xB7Wa\x18\xB7a@\xF3V[\x02\x17\x90UPa\x18\xCF\x91PP`@\x8A\x01` \x8B\x01a<fV[`@\x80Q\x8B\x82\x015\x81R`\x80\x8C\x015` \x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x81\x83\x01R\x90Q`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x8B5\x91\x7F'\xDF1\xCB\xEB{\xC4t\xA1\\F\x02\xC6\xC3g\xEF\xDD\x99=\xE3z\xB8\x95\xC1\xE4:\xE3|<\xA3]p\x91\x90\x81\x90\x03``\x01\x90\xA3PPPPa\x19;a#wV[PPPPPV[_a\x19Ka!\xC2V[a\x19W\x85\x85\x85\x85a%:V[\x90Pa\x0F\xDBa#wV[_a\n\x11\x82a,\xAAV[`\x02T_\x90z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x15\x80\x15a\x19\xADWPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[a\x19\xB8W__a\x19\xCCV[`\x02T`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81[\x91P\x91P\x90\x91V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xF9\xC8\x15Ba\x1A\x0F\x88\x88\x88a*QV[\x85\x85`@Q\x84c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a\x1A/\x93\x92\x91\x90aBjV[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1AJW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1An\x91\x90aCPV[\x96\x95PPPPPPV[a\x1A\x80a!\xC2V[_a\x1A\x8A\x82a\"\nV[`\x01\x81\x01T\x90\x91P|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x80a\x1A\xE5WP`\x01\x81\x01Tx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16\x15\x15[\x80a\x1B.WP\x80Ta\x1B+\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x91`\x01`\xA0\x1B\x90\x04\x16aC\xD6V[B\x10[\x15a\x1BhW`@Q\x7F\xA2\xF1\x1D_\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\n\xDEV[`\x01\x81\x01\x80T\x7F\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90\x81\x90U_\x90a\x1B\xE2\x90c\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x82\x04\x81\x16\x91p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16aC\xE9V[c\xFF\xFF\xFF\xFF\x16a\x1B\xF1\x83a.\x11V[a\x1B\xFB\x91\x90aB*V[`\tT`@Q\x82\x81R\x91\x92P`\x01`\x01`\xA0\x1B\x03\x16\x90\x81\x90\x85\x90\x7Fr\x01Z\xCE\x03q/6\x12I8\x06W\xB3\xD4\x07w\xDD\x8F\x8Ahfd\xCA\xB4\x8A\xFD\x9D\xBB\xE4I\x9F\x90` \x01`@Q\x80\x91\x03\x90\xA3\x81\x15a\x1C|Wa\x1C|`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x82\x84a#)V[PPPa\x0C\x81a#wV[_a\x1C\x90a!\xC2V[\x83\x82\x14a\x1C\xC9W`@Q\x7F\xFFc:8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_[\x84\x81\x10\x15a\x1D\xEEW_`\x07_\x88\x88\x85\x81\x81\x10a\x1C\xE9Wa\x1C\xE9aD\x05V[\x90P` \x02\x015\x81R` \x01\x90\x81R` \x01_ _\x86\x86\x85\x81\x81\x10a\x1D\x10Wa\x1D\x10aD\x05V[\x90P` \x02\x01` \x81\x01\x90a\x1D%\x91\x90a<fV[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_ \x90P`\x01\x81T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\x1D^Wa\x1D^a@\xF3V[\x14\x15\x80a\x1D\x85WP\x80Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10[\x15a\x1D\x90WPa\x1D\xE6V[a\x1D\xD9\x87\x87\x84\x81\x81\x10a\x1D\xA5Wa\x1D\xA5aD\x05V[\x90P` \x02\x015\x86\x86\x85\x81\x81\x10a\x1D\xBEWa\x1D\xBEaD\x05V[\x90P` \x02\x01` \x81\x01\x90a\x1D\xD3\x91\x90a<fV[\x83a\"`V[a\x1D\xE2\x83aD2V[\x92PP[`\x01\x01a\x1C\xCBV[Pa\x0F\xDBa#wV[`\x02T_\x90z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x15\x80\x15a\x1E8WPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10[a\x1EjW`\x01Tz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x1E}V[`\x02T`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16[\x91PP\x90V[`\x01T`\x01`\x01`\xA0\x1B\x03\x16\x80a\x1E\x98a#\xABV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x1E\xECWa\x1E\xAEa#\xABV[`@Q\x7F\xC2,\x80\"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\n\xDEV[a\x0C\x81a.lV[\x81a\x1F+W`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x0E\xF1\x82\x82a/2V[_a\x1F?\x81a!\xF9V[a\x0C\x81a/VV[a\x1FOa!\xC2V[_\x82\x81R`\x07` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 `\x01\x81T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\x1F\x8FWa\x1F\x8Fa@\xF3V[\x14a\x1F\xD7W\x80T`@Q\x7F\x87\xAF_n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\n\xDE\x91\x85\x91\x85\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aA\x98V[\x80Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a JW\x80T`@Q\x7F\x14\xA3\x0B\x86\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R`$\x01a\n\xDEV[a U\x83\x83\x83a\"`V[Pa\x0E\xF1a#wV[a ~`@\x80Q``\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x90\x91\x82\x01R\x90V[_\x83\x81R`\x07` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x82R\x91\x82\x90 \x82Q``\x81\x01\x84R\x81Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x82\x01\x93\x90\x93R\x92\x90\x91\x90\x83\x01\x90`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a \xFEWa \xFEa@\xF3V[`\x04\x81\x11\x15a!\x0FWa!\x0Fa@\xF3V[\x90RP\x93\x92PPPV[_a!#\x81a!\xF9V[a\x0E\xF1\x82a/`V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\n\x11WP\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x14a\n\x11V[a!\xCAa0\x06V[a!\xF7`\x01\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0[\x90a0_V[V[a\x0C\x81\x81a\"\x05a#\xABV[a0fV[_\x81\x81R`\x06` R`@\x90 \x80T`\x01`\x01`\xA0\x1B\x03\x16a\"[W`@Q\x7F\x1Fy\xBB\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\n\xDEV[\x91\x90PV[\x80Tt\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x17\x82U`@Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x80\x82R\x90`\x01`\x01`\xA0\x1B\x03\x84\x16\x90\x85\x90\x7FC\xB9\x1A\x05\xFA\rumB\xADs$(\x12\\\x0E\x8DT\x9BV\xA9\xED\x16\t-\x85\x82\xC1\x8A>\xD5*\x90` \x01`@Q\x80\x91\x03\x90\xA3a##`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x84\x83a#)V[PPPPV[a#6\x83\x83\x83`\x01a0\xD1V[a\x0CjW`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\n\xDEV[a!\xF7_\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0a!\xF1V[a!\xF7__a1LV[_a\x12\xDCa2vV[\x80T~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x15a$\x15W`@Q\x7F^>\x01(\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\n\xDEV[\x80T\x7F\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x81U`\x01\x81\x01T_\x90a$\x99\x90c\xFF\xFF\xFF\xFFp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x91l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16aC\xE9V[`\x01\x83\x01Ta$\xBC\x91c\xFF\xFF\xFF\xFF\x16\x90k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aB*V[\x82T`@Q\x82\x81R\x91\x92P`\x01`\x01`\xA0\x1B\x03\x16\x90\x84\x90\x7F\x90Qrk\xDC\xD3\xFBy\xDE\xC3\xE3\x94\x1CXx\xE7\x91\xEBoq\x95N\xE86\xC0\x84\xAB\xE3\x94\xD5\xABR\x90` \x01`@Q\x80\x91\x03\x90\xA2\x81\x15a##Wa##`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x82\x84a#)V[__a%Da#\xABV[`@Q\x7FP\x8F:7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x80\x83\x16`\x04\x83\x01R\x91\x92P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90cP\x8F:7\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a%\xC6W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a%\xEA\x91\x90aCPV[a&+W`@Q\x7F\x02\x9E\xF8\xED\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\n\xDEV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x15\x80a&JWPc\xFF\xFF\xFF\xFF\x84\x16\x15[\x80a&_WPB\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15[\x15a&\x96W`@Q\x7FA\xAB\xC8\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x08_\x81Ta&\xA4\x90aD2V[\x91\x90P\x81\x90U\x91P_`\t`\x14\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16\x90P`@Q\x80a\x01@\x01`@R\x80\x83`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x85g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x82a\xFF\xFF\x16\x81R` \x01_\x15\x15\x81R` \x01\x87k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x86c\xFF\xFF\xFF\xFF\x16\x81R` \x01_c\xFF\xFF\xFF\xFF\x16\x81R` \x01_c\xFF\xFF\xFF\xFF\x16\x81R` \x01_c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x15\x15\x81RP`\x06_\x85\x81R` \x01\x90\x81R` \x01_ _\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01`\xA0\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\xA0\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x14a\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\x1Ca\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\x1Ea\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UP`\x80\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x01\x01`\x0Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81`\x01\x01`\x10a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xE0\x82\x01Q\x81`\x01\x01`\x14a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPa\x01\0\x82\x01Q\x81`\x01\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPa\x01 \x82\x01Q\x81`\x01\x01`\x1Ca\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UP\x90PP\x81`\x01`\x01`\xA0\x1B\x03\x16\x83\x7F\x17\xD1\xE0\xCB}\xBC\x8E\xAD*\x93\xB4\xDDm\x1C\x1E\xA4\xA4?'\xD7({\xA7_yD\xA1\x18p\xC3\xCFh\x89\x89\x89\x89\x87`@Qa)j\x95\x94\x93\x92\x91\x90\x94\x85Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93\x90\x93\x16` \x85\x01Rc\xFF\xFF\xFF\xFF\x91\x90\x91\x16`@\x84\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16``\x83\x01Ra\xFF\xFF\x16`\x80\x82\x01R`\xA0\x01\x90V[`@Q\x80\x91\x03\x90\xA3a)\xC7\x820a)\x95c\xFF\xFF\xFF\xFF\x89\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16aB*V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x92\x91\x90a2\xE0V[PP\x94\x93PPPPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta)\xEB\x81a!\xF9V[a##\x83\x83a3/V[a)\xFDa#\xABV[`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14a*GW`@Q\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x0Cj\x82\x82a3\xC6V[`@\x80Q\x7F\xEEw\x11\x10\xDA\x14&\x01\"R\0g-I\xFA\xC7\x188yn\x8A\xE4}\x8Ac2\xDA\xE7\x1C\xD1\x9D\xB3` \x82\x01R\x90\x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x83\x16``\x82\x01R`\x80\x81\x01\x82\x90R_\x90a\x0F\xDB\x90`\xA0\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 a4\x1AV[_a*\xC5a\x1D\xF7V[a*\xCEBa4aV[a*\xD8\x91\x90aDJV[\x90Pa*\xE4\x82\x82a4\xB0V[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x7F3w\xDCD$\x1Ew\x9D\xD0j\xFA\xB5\xB7\x88\xA3\\\xA5\xF3\xB7x\x83n)\x90\xBD\xB2j*K.^\xD6\x90` \x01`@Q\x80\x91\x03\x90\xA2PPV[_a+8\x82a5-V[a+ABa4aV[a+K\x91\x90aDJV[\x90Pa+W\x82\x82a1LV[`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16\x82R\x83\x16` \x82\x01R\x7F\xF1\x03\x8C\x18\xCF\x84\xA5nC/\xDB\xFA\xF7F\x92K~\xA5\x11\xDF\xE0:e\x06\xA0\xCE\xBAH\x88x\x8D\x9B\x91\x01`@Q\x80\x91\x03\x90\xA1PPV[``a\x12\xDC\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a5tV[``a\x12\xDC\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a5tV[a\x03\xE8a\xFF\xFF\x82\x16\x11\x15a,9W`@Q\x7F\x8E\xA7\x0C\x07\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\n\xDEV[`\t\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1Ba\xFF\xFF\x84\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x90\x81R\x7F\xAA\xB0b\xE3\xFA\xF6+l\x9A\x0F\x8Eb\xAFf\xE01\x0E'\x12z\x8C\x87\x1Ag\xBE}\xD4\xD9=\xE6\xDAS\x90` \x01[`@Q\x80\x91\x03\x90\xA1PV[_a\n\x11\x7F\x07\x1C\xA4\xA2\xF7}Ik2\x14R\xE3\xD9\n:d\x1D\t\x8D\xCF\xCC\x84\xA6\x18\x8BR\xD2})8\xBE\xDE\x835a,\xE1`@\x86\x01` \x87\x01a<fV[`@\x80Q` \x81\x01\x94\x90\x94R\x83\x81\x01\x92\x90\x92R`\x01`\x01`\xA0\x1B\x03\x16``\x83\x81\x01\x91\x90\x91R\x90\x85\x015`\x80\x83\x81\x01\x91\x90\x91R\x90\x85\x015`\xA0\x83\x81\x01\x91\x90\x91R\x90\x85\x015`\xC0\x83\x01R\x84\x015`\xE0\x82\x01Ra\x01\0\x01a*\xA1V[___a-H\x86\x86\x86a5\xB1V[P\x90\x92P\x90P_\x81`\x03\x81\x11\x15a-aWa-aa@\xF3V[\x14\x80\x15a-\x7FWP\x86`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a-\x8FW`\x01\x92PPPa\x0F\xDBV[a-\x9B\x87\x87\x87\x87a5\xF8V[\x97\x96PPPPPPPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x05` R`@\x90 \x80T`\x01\x81\x01\x90\x91U\x81\x81\x14a\x0CjW`@Q\x7Fu-\x88\xC0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\n\xDEV[`\x01\x81\x01T\x81T_\x91k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90a'\x10\x90a.[\x90|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04a\xFF\xFF\x16\x83aB*V[a.e\x91\x90aC\x8BV[\x93\x92PPPV[`\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x90`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x80a.\x9EWPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[\x15a.\xDFW`@Q\x7F\x19\xCA^\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\n\xDEV[a.\xFA_a.\xF5`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[a3\xC6V[Pa/\x05_\x83a3/V[PP`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90UPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta/L\x81a!\xF9V[a##\x83\x83a3\xC6V[a!\xF7__a4\xB0V[`\x01`\x01`\xA0\x1B\x03\x81\x16a/\xA0W`@Q\x7F\x14\xBC\xF5\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\t\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F<\x86EA\xEFq7\x8Cb)Q\x0E\xD9\x0F7ee\xEEB\xD9\xC5\xE0\x90J\x98J\x9E\x86>m\xB4O\x90` \x01a,\x9FV[\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0\\\x15a!\xF7W`@Q\x7F>\xE5\xAE\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80\x82]PPV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T`\xFF\x16a\x0E\xF1W`@Q\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\n\xDEV[`@Q\x7F\xA9\x05\x9C\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a1@W\x83\x83\x15\x16\x15a14W=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[`\x02Tz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15a2\x0FWBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15a1\xE6W`\x02T`\x01\x80Ty\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1B\x90\x92\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x91\x90\x91\x17\x90Ua2\x0FV[`@Q\x7F+\x1F\xA2\xED\xAF\xE6\xF7\xB9\xE9|\x1A\x9E\x0C6`\xE6E\xBE\xB2\xDC\xAA-E\xBD\xBF\x9B\xEA\xF5G.\x1E\xC5\x90_\x90\xA1[P`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x16`\x01`\xA0\x1Be\xFF\xFF\xFF\xFF\xFF\xFF\x94\x85\x16\x02y\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x92\x90\x93\x16\x91\x90\x91\x02\x91\x90\x91\x17\x90UV[_6`\x14\x80\x82\x10\x80\x15\x90a2\xB2WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x163\x14[\x15a2\xD8Wa2\xC56\x82\x84\x03\x81_aDhV[a2\xCE\x91aD\x8FV[``\x1C\x92PPP\x90V[3\x92PPP\x90V[a2\xEE\x84\x84\x84\x84`\x01a6{V[a##W`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\n\xDEV[_\x82a3\xBCW_a3H`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x14a3\x88W`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90U[a.e\x83\x83a7\x01V[_\x82\x15\x80\x15a3\xE2WP`\x02T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16\x91\x16\x14[\x15a4\x10W`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90U[a.e\x83\x83a7\xC7V[_a\n\x11a4&a8\x84V[\x83`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[_e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a4\xACW`@Q\x7Fm\xFC\xC6P\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`0`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\n\xDEV[P\x90V[`\x01\x80T`\x01`\xA0\x1Be\xFF\xFF\xFF\xFF\xFF\xFF\x84\x81\x16\x82\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x16`\x01`\x01`\xA0\x1B\x03\x88\x16\x17\x17\x90\x93U\x90\x04\x16\x80\x15a\x0CjW`@Q\x7F\x88\x86\xEB\xFCBY\xAB\xDB\xC1f\x01\xDD\x8F\xB5g\x8ET\x87\x8FG\xB3\xC3H6\xCF\xC5\x11T\xA9`Q\t\x90_\x90\xA1PPPV[__a57a\x1D\xF7V[\x90P\x80e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a5_Wa5Z\x83\x82aD\xF4V[a.eV[a.ee\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16b\x06\x97\x80a9\xADV[``_a5\x80\x83a9\xBCV[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_\x80\x80`A\x84\x90\x03a5\xE5W\x845` \x86\x015`@\x87\x015_\x1Aa5\xD7\x89\x82\x85\x85a9\xFCV[\x95P\x95P\x95PPPPa5\xEFV[P_\x91P`\x02\x90P\x82[\x93P\x93P\x93\x90PV[`@\x80Q\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x82R`\x04\x82\x01\x86\x90R`$\x82\x01\x92\x90\x92R`D\x81\x01\x83\x90R_\x91\x90\x83\x90\x81\x86`d\x83\x017_\x82`d\x83\x01\x01R`\x1F\x82\x01`\x05\x1C`\x05\x1B\x91P` _`d\x84\x01\x83\x8BZ\xFA\x90P\x82_Q\x14`\x1F=\x11\x16\x81\x16\x93PPPP\x94\x93PPPPV[`@Q\x7F#\xB8r\xDD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16`\x04R\x86\x16`$R`D\x85\x90R\x91` \x83`d\x81\x80\x8CZ\xF1\x92P`\x01_Q\x14\x83\x16a6\xF0W\x83\x83\x15\x16\x15a6\xE4W=_\x82>=\x81\xFD[_\x88;\x11=\x15\x16\x83\x16\x92P[`@RP_``R\x95\x94PPPPPV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a7\xC0W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90Ua7xa#\xABV[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\n\x11V[P_a\n\x11V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16\x15a7\xC0W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16\x90Ua8<a#\xABV[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\n\x11V[_0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a8\xDCWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a9\x06WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\x12\xDC`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[_\x82\x82\x18\x82\x84\x10\x02\x82\x18a.eV[_`\xFF\x82\x16`\x1F\x81\x11\x15a\n\x11W`@Q\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a:5WP_\x91P`\x03\x90P\x82a:\xBAV[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a:\x86W=__>=_\xFD[PP`@Q`\x1F\x19\x01Q\x91PP`\x01`\x01`\xA0\x1B\x03\x81\x16a:\xB1WP_\x92P`\x01\x91P\x82\x90Pa:\xBAV[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[_` \x82\x84\x03\x12\x15a:\xD4W__\xFD[\x815\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x81\x14a.eW__\xFD[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\"[W__\xFD[\x80\x15\x15\x81\x14a\x0C\x81W__\xFD[___``\x84\x86\x03\x12\x15a;8W__\xFD[\x835\x92Pa;H` \x85\x01a;\x03V[\x91P`@\x84\x015a;X\x81a;\x19V[\x80\x91PP\x92P\x92P\x92V[_` \x82\x84\x03\x12\x15a;sW__\xFD[P5\x91\x90PV[\x805k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\"[W__\xFD[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\"[W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\"[W__\xFD[________a\x01\0\x89\x8B\x03\x12\x15a;\xD7W__\xFD[\x885\x97Pa;\xE7` \x8A\x01a;zV[\x96Pa;\xF5`@\x8A\x01a;\x95V[\x95Pa<\x03``\x8A\x01a;\xA8V[\x94P`\x80\x89\x015\x93P`\xA0\x89\x015`\xFF\x81\x16\x81\x14a<\x1FW__\xFD[\x97\x9A\x96\x99P\x94\x97\x93\x96\x92\x95\x92\x94PPP`\xC0\x82\x015\x91`\xE0\x015\x90V[__`@\x83\x85\x03\x12\x15a<MW__\xFD[\x825\x91Pa<]` \x84\x01a;\x03V[\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a<vW__\xFD[a.e\x82a;\x03V[___``\x84\x86\x03\x12\x15a<\x91W__\xFD[\x835\x92Pa<\xA1` \x85\x01a;\x03V[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[_` \x82\x84\x03\x12\x15a<\xC2W__\xFD[\x815e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a.eW__\xFD[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` `\x1F\x19`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16\x81R`\xE0` \x82\x01R_a=?`\xE0\x83\x01\x89a<\xD7V[\x82\x81\x03`@\x84\x01Ra=Q\x81\x89a<\xD7V[``\x84\x01\x88\x90R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a=\xA6W\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a=\x88V[P\x90\x9B\x9APPPPPPPPPPPV[_` \x82\x84\x03\x12\x15a=\xC7W__\xFD[\x815a\xFF\xFF\x81\x16\x81\x14a.eW__\xFD[_`\xC0\x82\x84\x03\x12\x15a=\xE8W__\xFD[P\x91\x90PV[__\x83`\x1F\x84\x01\x12a=\xFEW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a>\x15W__\xFD[` \x83\x01\x91P\x83` \x82`\x05\x1B\x85\x01\x01\x11\x15a>/W__\xFD[\x92P\x92\x90PV[_____a\x01\0\x86\x88\x03\x12\x15a>KW__\xFD[a>U\x87\x87a=\xD8V[\x94P`\xC0\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a>pW__\xFD[\x86\x01`\x1F\x81\x01\x88\x13a>\x80W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a>\x96W__\xFD[\x88` \x82\x84\x01\x01\x11\x15a>\xA7W__\xFD[` \x91\x90\x91\x01\x94P\x92P`\xE0\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a>\xCAW__\xFD[a>\xD6\x88\x82\x89\x01a=\xEEV[\x96\x99\x95\x98P\x93\x96P\x92\x94\x93\x92PPPV[____`\x80\x85\x87\x03\x12\x15a>\xFAW__\xFD[\x845\x93Pa?\n` \x86\x01a;zV[\x92Pa?\x18`@\x86\x01a;\x95V[\x91Pa?&``\x86\x01a;\xA8V[\x90P\x92\x95\x91\x94P\x92PV[_`\xC0\x82\x84\x03\x12\x15a?AW__\xFD[a.e\x83\x83a=\xD8V[_____`\x80\x86\x88\x03\x12\x15a?_W__\xFD[\x855\x94Pa?o` \x87\x01a;\x03V[\x93P`@\x86\x015\x92P``\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a>\xCAW__\xFD[____`@\x85\x87\x03\x12\x15a?\xA4W__\xFD[\x845g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a?\xBAW__\xFD[a?\xC6\x87\x82\x88\x01a=\xEEV[\x90\x95P\x93PP` \x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a?\xE5W__\xFD[a?\xF1\x87\x82\x88\x01a=\xEEV[\x95\x98\x94\x97P\x95PPPPV[\x81Q`\x01`\x01`\xA0\x1B\x03\x16\x81Ra\x01@\x81\x01` \x83\x01Qa@*` \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x83\x01Qa@@`@\x84\x01\x82a\xFF\xFF\x16\x90RV[P``\x83\x01Qa@T``\x84\x01\x82\x15\x15\x90RV[P`\x80\x83\x01Qa@t`\x80\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01Qa@\x8C`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01Qa@\xA4`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01Qa@\xBC`\xE0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01Qa@\xD6a\x01\0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01Qa@\xECa\x01 \x84\x01\x82\x15\x15\x90RV[P\x92\x91PPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x05\x81\x10aAUW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x90RV[_``\x82\x01\x90Pk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83Q\x16\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01R`@\x83\x01Qa@\xEC`@\x84\x01\x82aA V[\x83\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16` \x82\x01R``\x81\x01a\x0F\xDB`@\x83\x01\x84aA V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[_c\xFF\xFF\xFF\xFF\x82\x16\x80aA\xFDWaA\xFDaA\xBBV[_\x19\x01\x92\x91PPV[_c\xFF\xFF\xFF\xFF\x82\x16c\xFF\xFF\xFF\xFF\x81\x03aB!WaB!aA\xBBV[`\x01\x01\x92\x91PPV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\n\x11Wa\n\x11aA\xBBV[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` `\x1F\x19`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[_`@\x82\x01\x85\x83R`@` \x84\x01R\x80\x84\x82R``\x84\x01\x90P``\x85`\x05\x1B\x85\x01\x01\x91P\x85_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x886\x03\x01[\x87\x82\x10\x15aCBW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA0\x87\x86\x03\x01\x84R\x825\x81\x81\x12aB\xF2W__\xFD[\x89\x01` \x81\x01\x905g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aC\x0EW__\xFD[\x806\x03\x82\x13\x15aC\x1CW__\xFD[aC'\x87\x82\x84aBAV[\x96PPP` \x83\x01\x92P` \x84\x01\x93P`\x01\x82\x01\x91PaB\xB6V[P\x92\x98\x97PPPPPPPPV[_` \x82\x84\x03\x12\x15aC`W__\xFD[\x81Qa.e\x81a;\x19V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\n\x11Wa\n\x11aA\xBBV[_\x82aC\xBEW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[P\x04\x90V[\x81\x81\x03\x81\x81\x11\x15a\n\x11Wa\n\x11aA\xBBV[\x80\x82\x01\x80\x82\x11\x15a\n\x11Wa\n\x11aA\xBBV[c\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\n\x11Wa\n\x11aA\xBBV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[__\x19\x82\x03aDCWaDCaA\xBBV[P`\x01\x01\x90V[e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\n\x11Wa\n\x11aA\xBBV[__\x85\x85\x11\x15aDvW__\xFD[\x83\x86\x11\x15aD\x82W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x90`\x14\x84\x10\x15a@\xECW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85`\x14\x03`\x03\x1B\x1B\x82\x16\x16\x91PP\x92\x91PPV[e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\n\x11Wa\n\x11aA\xBBV\xFE\xA1dsolcC\0\x08\x1E\0\n",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b506004361061033b575f3560e01c80638da5cb5b116101b3578063cefc1429116100f3578063d864e7401161009e578063e0a0cf7411610079578063e0a0cf741461093c578063ea06d7e61461095c578063f0f4426014610983578063fc0c546a14610996575f5ffd5b8063d864e740146108f0578063ddca3f4314610916578063ddd5e1b214610929575f5ffd5b8063d55be8c6116100ce578063d55be8c614610734578063d602b9fd14610750578063d845a4b314610758575f5ffd5b8063cefc1429146106eb578063cf6eefb7146106f3578063d547741f14610721575f5ffd5b8063a1eda53c1161015e578063b17acdcd11610139578063b17acdcd146106b5578063c55d05f2146106c8578063cbeab516146106db578063cc8463c8146106e3575f5ffd5b8063a1eda53c14610674578063a217fddf1461069b578063a76fb68e146106a2575f5ffd5b806391d148541161018e57806391d1485414610618578063950deb071461064e578063995ba6a614610661575f5ffd5b80638da5cb5b146105ea5780638e005553146105f257806390c733ef14610605575f5ffd5b8063572b6c051161027e5780636899d0f5116102295780637ecebe00116102045780637ecebe00146105a157806380cbc6fa146105b457806384b0196e146105be57806384ef8ffc146105d9575f5ffd5b80636899d0f51461055e57806379a05a31146105715780637da0a8771461057b575f5ffd5b806361d027b31161025957806361d027b314610513578063634e93da14610538578063649a5ec71461054b575f5ffd5b8063572b6c05146104b85780635a0d548e146104f85780635badbe4c1461050b575f5ffd5b8063117f5f92116102e95780632f2ff15d116102c45780632f2ff15d1461044457806336568abe1461045757806337475c511461046a5780634d104adf14610491575f5ffd5b8063117f5f92146103d45780631402b17a1461040f578063248a9ca314610422575f5ffd5b80630aa6220b116103195780630aa6220b146103985780630aebeb4e146103a057806311542cbb146103b3575f5ffd5b806301ffc9a71461033f578063022d63fb14610367578063048e45ca14610383575b5f5ffd5b61035261034d366004613ac4565b6109bc565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff909116815260200161035e565b610396610391366004613b26565b610a17565b005b610396610c6f565b6103966103ae366004613b63565b610c84565b6103c66103c1366004613bbf565b610d10565b60405190815260200161035e565b7f00000000000000000000000000000000000000000000000000000000000000005b60405167ffffffffffffffff909116815260200161035e565b61039661041d366004613b63565b610e27565b6103c6610430366004613b63565b5f9081526020819052604090206001015490565b610396610452366004613c3c565b610eb0565b610396610465366004613c3c565b610ef5565b6103c67fee771110da142601225200672d49fac71838796e8ae47d8a6332dae71cd19db381565b6103c67fbb08418a67729a078f87bbc8d02a770929bb68f5bfdf134ae2ead6ed38e2f4ae81565b6103526104c6366004613c66565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b6103c6610506366004613c7f565b610fcf565b6008546103c6565b6009546001600160a01b03165b6040516001600160a01b03909116815260200161035e565b610396610546366004613c66565b610fe3565b610396610559366004613cb2565b610ff6565b61039661056c366004613c7f565b611009565b61036c6203f48081565b7f0000000000000000000000000000000000000000000000000000000000000000610520565b6103c66105af366004613c66565b61124e565b6103f662278d0081565b6105c661126b565b60405161035e9796959493929190613d05565b6002546001600160a01b0316610520565b6105206112c9565b610396610600366004613db7565b6112e1565b610396610613366004613e36565b6112f4565b610352610626366004613c3c565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6103c661065c366004613ee7565b611942565b6103c661066f366004613f31565b611961565b61067c61196b565b6040805165ffffffffffff93841681529290911660208301520161035e565b6103c65f81565b6103526106b0366004613f4b565b6119d4565b6103966106c3366004613b63565b611a78565b6103c66106d6366004613f91565b611c87565b6103f6603c81565b61036c611df7565b610396611e83565b600154604080516001600160a01b0383168152600160a01b90920465ffffffffffff1660208301520161035e565b61039661072f366004613c3c565b611ef4565b61073d6103e881565b60405161ffff909116815260200161035e565b610396611f35565b6108e3610766366004613b63565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810191909152505f9081526006602090815260409182902082516101408101845281546001600160a01b0381168252600160a01b80820467ffffffffffffffff16948301949094527c010000000000000000000000000000000000000000000000000000000080820461ffff16958301959095527e01000000000000000000000000000000000000000000000000000000000000900460ff908116151560608301526001909201546bffffffffffffffffffffffff811660808301526c01000000000000000000000000810463ffffffff90811660a08401527001000000000000000000000000000000008204811660c0840152938104841660e0830152780100000000000000000000000000000000000000000000000081049093166101008201529290910416151561012082015290565b60405161035e9190613ffd565b7f0000000000000000000000000000000000000000000000000000000000000000610520565b600954600160a01b900461ffff1661073d565b610396610937366004613c3c565b611f47565b61094f61094a366004613c3c565b61205e565b60405161035e9190614159565b6103c67f071ca4a2f77d496b321452e3d90a3a641d098dcfcc84a6188b52d27d2938bede81565b610396610991366004613c66565b612119565b7f0000000000000000000000000000000000000000000000000000000000000000610520565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f31498786000000000000000000000000000000000000000000000000000000001480610a115750610a118261212c565b92915050565b610a1f6121c2565b7fbb08418a67729a078f87bbc8d02a770929bb68f5bfdf134ae2ead6ed38e2f4ae610a49816121f9565b5f610a538561220a565b5f8681526007602090815260408083206001600160a01b0389168452909152902090915060028154600160a01b900460ff166004811115610a9657610a966140f3565b14610ae75780546040517f87af5f6e000000000000000000000000000000000000000000000000000000008152610ade9188918891600160a01b900460ff1690600401614198565b60405180910390fd5b600182018054601890610b1b907801000000000000000000000000000000000000000000000000900463ffffffff166141e8565b91906101000a81548163ffffffff021916908363ffffffff1602179055508315610b5157610b4a868683612260565b5050610c61565b80547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff1674040000000000000000000000000000000000000000178155600182018054601490610bad90600160a01b900463ffffffff16614206565b825463ffffffff9182166101009390930a9283029190920219909116179055600182015482546040516bffffffffffffffffffffffff909216808352916001600160a01b039182169188169089907f598cf7b1037a2cbb27645d4ef91a50ab4b13db45cc85ebd8edeea26233ea92889060200160405180910390a3610c5c6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168284612329565b505050505b50610c6a612377565b505050565b5f610c79816121f9565b610c816123a1565b50565b610c8c6121c2565b5f610c968261220a565b90505f610ca16123ab565b82549091506001600160a01b03808316911614610cfc576040517ff8b1e2fc000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b0382166024820152604401610ade565b610d0683836123b4565b5050610c81612377565b5f610d196121c2565b5f610d3863ffffffff89166bffffffffffffffffffffffff8b1661422a565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d505accf610d716123ab565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b039091166004820152306024820152604481018490526064810189905260ff8816608482015260a4810187905260c4810186905260e4015f604051808303815f87803b158015610df2575f5ffd5b505af1925050508015610e03575060015b50610e108a8a8a8a61253a565b915050610e1b612377565b98975050505050505050565b610e2f6121c2565b5f610e398261220a565b8054909150600160a01b900467ffffffffffffffff16421015610e9d5780546040517fbd5145db000000000000000000000000000000000000000000000000000000008152600160a01b90910467ffffffffffffffff166004820152602401610ade565b610ea782826123b4565b50610c81612377565b81610ee7576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610ef182826129d1565b5050565b81158015610f1057506002546001600160a01b038281169116145b15610fc5576001546001600160a01b03811690600160a01b900465ffffffffffff1681151580610f46575065ffffffffffff8116155b80610f5957504265ffffffffffff821610155b15610f9a576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff82166004820152602401610ade565b5050600180547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1690555b610ef182826129f5565b5f610fdb848484612a51565b949350505050565b5f610fed816121f9565b610ef182612abc565b5f611000816121f9565b610ef182612b2e565b5f6110138461220a565b90505f61101e6123ab565b82549091506001600160a01b03808316911614611079576040517ff8b1e2fc000000000000000000000000000000000000000000000000000000008152600481018690526001600160a01b0382166024820152604401610ade565b5f8581526007602090815260408083206001600160a01b0388168452909152902060018154600160a01b900460ff1660048111156110b9576110b96140f3565b146111015780546040517f87af5f6e000000000000000000000000000000000000000000000000000000008152610ade9188918891600160a01b900460ff1690600401614198565b80546c01000000000000000000000000900467ffffffffffffffff1642106111735780546040517f63486c520000000000000000000000000000000000000000000000000000000081526c0100000000000000000000000090910467ffffffffffffffff166004820152602401610ade565b80547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16740200000000000000000000000000000000000000001781556001830180546018906111e4907801000000000000000000000000000000000000000000000000900463ffffffff16614206565b91906101000a81548163ffffffff021916908363ffffffff160217905550846001600160a01b0316867fe8c3e7e9a8c4cb0e0d9e8faaebe589318a4a83e69c31c7349d8afdec3781d9638660405161123e91815260200190565b60405180910390a3505050505050565b6001600160a01b0381165f90815260056020526040812054610a11565b5f6060805f5f5f606061127c612b9d565b611284612bc8565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b5f6112dc6002546001600160a01b031690565b905090565b5f6112eb816121f9565b610ef182612bf3565b6112fc6121c2565b5f611307863561220a565b80549091507e01000000000000000000000000000000000000000000000000000000000000900460ff168061134e57508054600160a01b900467ffffffffffffffff164210155b15611388576040517f0c43b3c000000000000000000000000000000000000000000000000000000000815286356004820152602401610ade565b600181015463ffffffff6c010000000000000000000000008204811670010000000000000000000000000000000090920416106113f4576040517f23c394b200000000000000000000000000000000000000000000000000000000815286356004820152602401610ade565b60018101546bffffffffffffffffffffffff1660608701358114611451576040517f3ad7771a0000000000000000000000000000000000000000000000000000000081526060880135600482015260248101829052604401610ade565b8660a00135421115611495576040517fcd21db4f00000000000000000000000000000000000000000000000000000000815260a08801356004820152602401610ade565b86355f9081526007602090815260408083209183916114b991908c01908c01613c66565b6001600160a01b0316815260208101919091526040015f90812091508154600160a01b900460ff1660048111156114f2576114f26140f3565b1461154d57873561150960408a0160208b01613c66565b6040517fda7b201100000000000000000000000000000000000000000000000000000000815260048101929092526001600160a01b03166024820152604401610ade565b61157061156060408a0160208b01613c66565b6115698a612caa565b8989612d3a565b6115c2576115846040890160208a01613c66565b6040517fd855c4f40000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610ade565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663f9c815426116108a3561160660408d0160208e01613c66565b8c60400135612a51565b87876040518463ffffffff1660e01b81526004016116309392919061426a565b602060405180830381865afa15801561164b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061166f9190614350565b6116c957873561168560408a0160208b01613c66565b6040517f832c98fd00000000000000000000000000000000000000000000000000000000815260048101929092526001600160a01b03166024820152604401610ade565b6116e66116dc60408a0160208b01613c66565b8960800135612da6565b60018301805460109061171290700100000000000000000000000000000000900463ffffffff16614206565b91906101000a81548163ffffffff021916908363ffffffff1602179055505f7f00000000000000000000000000000000000000000000000000000000000000004261175d919061436b565b60408051606081019091528554919250908190612710906117a2907c0100000000000000000000000000000000000000000000000000000000900461ffff168761422a565b6117ac919061438b565b6117b690866143c3565b6bffffffffffffffffffffffff16815267ffffffffffffffff831660208201526040016001905289355f90815260076020908152604080832092916117ff918e01908e01613c66565b6001600160a01b0316815260208082019290925260409081015f20835181549385015167ffffffffffffffff166c01000000000000000000000000027fffffffffffffffffffffffff00000000000000000000000000000000000000009094166bffffffffffffffffffffffff9091161792909217808355908301519082907fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16600160a01b8360048111156118b7576118b76140f3565b02179055506118cf91505060408a0160208b01613c66565b604080518b820135815260808c0135602082015267ffffffffffffffff84168183015290516001600160a01b0392909216918b35917f27df31cbeb7bc474a15c4602c6c367efdd993de37ab895c1e43ae37c3ca35d70919081900360600190a35050505061193b612377565b5050505050565b5f61194b6121c2565b6119578585858561253a565b9050610fdb612377565b5f610a1182612caa565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff1680151580156119ad57504265ffffffffffff821610155b6119b8575f5f6119cc565b600254600160a01b900465ffffffffffff16815b915091509091565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663f9c81542611a0f888888612a51565b85856040518463ffffffff1660e01b8152600401611a2f9392919061426a565b602060405180830381865afa158015611a4a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a6e9190614350565b9695505050505050565b611a806121c2565b5f611a8a8261220a565b60018101549091507c0100000000000000000000000000000000000000000000000000000000900460ff1680611ae5575060018101547801000000000000000000000000000000000000000000000000900463ffffffff1615155b80611b2e57508054611b2b9067ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000811691600160a01b9004166143d6565b42105b15611b68576040517fa2f11d5f00000000000000000000000000000000000000000000000000000000815260048101839052602401610ade565b6001810180547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c010000000000000000000000000000000000000000000000000000000017908190555f90611be29063ffffffff600160a01b82048116917001000000000000000000000000000000009004166143e9565b63ffffffff16611bf183612e11565b611bfb919061422a565b6009546040518281529192506001600160a01b031690819085907f72015ace03712f361249380657b3d40777dd8f8a686664cab48afd9dbbe4499f9060200160405180910390a38115611c7c57611c7c6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168284612329565b505050610c81612377565b5f611c906121c2565b838214611cc9576040517fff633a3800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b84811015611dee575f60075f888885818110611ce957611ce9614405565b9050602002013581526020019081526020015f205f868685818110611d1057611d10614405565b9050602002016020810190611d259190613c66565b6001600160a01b0316815260208101919091526040015f20905060018154600160a01b900460ff166004811115611d5e57611d5e6140f3565b141580611d85575080546c01000000000000000000000000900467ffffffffffffffff1642105b15611d905750611de6565b611dd9878784818110611da557611da5614405565b90506020020135868685818110611dbe57611dbe614405565b9050602002016020810190611dd39190613c66565b83612260565b611de283614432565b9250505b600101611ccb565b50610fdb612377565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015611e3857504265ffffffffffff8216105b611e6a576001547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16611e7d565b600254600160a01b900465ffffffffffff165b91505090565b6001546001600160a01b031680611e986123ab565b6001600160a01b031614611eec57611eae6123ab565b6040517fc22c80220000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610ade565b610c81612e6c565b81611f2b576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610ef18282612f32565b5f611f3f816121f9565b610c81612f56565b611f4f6121c2565b5f8281526007602090815260408083206001600160a01b0385168452909152902060018154600160a01b900460ff166004811115611f8f57611f8f6140f3565b14611fd75780546040517f87af5f6e000000000000000000000000000000000000000000000000000000008152610ade9185918591600160a01b900460ff1690600401614198565b80546c01000000000000000000000000900467ffffffffffffffff1642101561204a5780546040517f14a30b860000000000000000000000000000000000000000000000000000000081526c0100000000000000000000000090910467ffffffffffffffff166004820152602401610ade565b612055838383612260565b50610ef1612377565b61207e604080516060810182525f80825260208201819052909182015290565b5f8381526007602090815260408083206001600160a01b0386168452825291829020825160608101845281546bffffffffffffffffffffffff811682526c01000000000000000000000000810467ffffffffffffffff169382019390935292909190830190600160a01b900460ff1660048111156120fe576120fe6140f3565b600481111561210f5761210f6140f3565b9052509392505050565b5f612123816121f9565b610ef182612f60565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b000000000000000000000000000000000000000000000000000000001480610a1157507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff00000000000000000000000000000000000000000000000000000000831614610a11565b6121ca613006565b6121f760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b9061305f565b565b610c81816122056123ab565b613066565b5f81815260066020526040902080546001600160a01b031661225b576040517f1f79bbe700000000000000000000000000000000000000000000000000000000815260048101839052602401610ade565b919050565b8054740300000000000000000000000000000000000000007fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff82161782556040516bffffffffffffffffffffffff909116808252906001600160a01b0384169085907f43b91a05fa0d756d42ad732428125c0e8d549b56a9ed16092d8582c18a3ed52a9060200160405180910390a36123236001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168483612329565b50505050565b61233683838360016130d1565b610c6a576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610ade565b6121f75f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006121f1565b6121f75f5f61314c565b5f6112dc613276565b80547e01000000000000000000000000000000000000000000000000000000000000900460ff1615612415576040517f5e3e012800000000000000000000000000000000000000000000000000000000815260048101839052602401610ade565b80547fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167e0100000000000000000000000000000000000000000000000000000000000017815560018101545f906124999063ffffffff70010000000000000000000000000000000082048116916c010000000000000000000000009004166143e9565b60018301546124bc9163ffffffff16906bffffffffffffffffffffffff1661422a565b82546040518281529192506001600160a01b03169084907f9051726bdcd3fb79dec3e3941c5878e791eb6f71954ee836c084abe394d5ab529060200160405180910390a28115612323576123236001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168284612329565b5f5f6125446123ab565b6040517f508f3a370000000000000000000000000000000000000000000000000000000081526001600160a01b0380831660048301529192507f00000000000000000000000000000000000000000000000000000000000000009091169063508f3a3790602401602060405180830381865afa1580156125c6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125ea9190614350565b61262b576040517f029ef8ed0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610ade565b6bffffffffffffffffffffffff8516158061264a575063ffffffff8416155b8061265f5750428367ffffffffffffffff1611155b15612696576040517f41abc80100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60085f81546126a490614432565b91905081905591505f600960149054906101000a900461ffff169050604051806101400160405280836001600160a01b031681526020018567ffffffffffffffff1681526020018261ffff1681526020015f15158152602001876bffffffffffffffffffffffff1681526020018663ffffffff1681526020015f63ffffffff1681526020015f63ffffffff1681526020015f63ffffffff1681526020015f151581525060065f8581526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055506040820151815f01601c6101000a81548161ffff021916908361ffff1602179055506060820151815f01601e6101000a81548160ff0219169083151502179055506080820151816001015f6101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff16021790555060a082015181600101600c6101000a81548163ffffffff021916908363ffffffff16021790555060c08201518160010160106101000a81548163ffffffff021916908363ffffffff16021790555060e08201518160010160146101000a81548163ffffffff021916908363ffffffff1602179055506101008201518160010160186101000a81548163ffffffff021916908363ffffffff16021790555061012082015181600101601c6101000a81548160ff021916908315150217905550905050816001600160a01b0316837f17d1e0cb7dbc8ead2a93b4dd6d1c1ea4a43f27d7287ba75f7944a11870c3cf68898989898760405161296a9594939291909485526bffffffffffffffffffffffff93909316602085015263ffffffff91909116604084015267ffffffffffffffff16606083015261ffff16608082015260a00190565b60405180910390a36129c7823061299563ffffffff89166bffffffffffffffffffffffff8b1661422a565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169291906132e0565b5050949350505050565b5f828152602081905260409020600101546129eb816121f9565b612323838361332f565b6129fd6123ab565b6001600160a01b0316816001600160a01b031614612a47576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610c6a82826133c6565b604080517fee771110da142601225200672d49fac71838796e8ae47d8a6332dae71cd19db360208201529081018490526001600160a01b0383166060820152608081018290525f90610fdb9060a0015b6040516020818303038152906040528051906020012061341a565b5f612ac5611df7565b612ace42613461565b612ad8919061444a565b9050612ae482826134b0565b60405165ffffffffffff821681526001600160a01b038316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f612b388261352d565b612b4142613461565b612b4b919061444a565b9050612b57828261314c565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b910160405180910390a15050565b60606112dc7f0000000000000000000000000000000000000000000000000000000000000000613574565b60606112dc7f0000000000000000000000000000000000000000000000000000000000000000613574565b6103e861ffff82161115612c39576040517f8ea70c0700000000000000000000000000000000000000000000000000000000815261ffff82166004820152602401610ade565b600980547fffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffff16600160a01b61ffff8416908102919091179091556040519081527faab062e3faf62b6c9a0f8e62af66e0310e27127a8c871a67be7dd4d93de6da53906020015b60405180910390a150565b5f610a117f071ca4a2f77d496b321452e3d90a3a641d098dcfcc84a6188b52d27d2938bede8335612ce16040860160208701613c66565b604080516020810194909452838101929092526001600160a01b0316606083810191909152908501356080838101919091529085013560a0838101919091529085013560c083015284013560e082015261010001612aa1565b5f5f5f612d488686866135b1565b5090925090505f816003811115612d6157612d616140f3565b148015612d7f5750866001600160a01b0316826001600160a01b0316145b15612d8f57600192505050610fdb565b612d9b878787876135f8565b979650505050505050565b6001600160a01b0382165f908152600560205260409020805460018101909155818114610c6a576040517f752d88c00000000000000000000000000000000000000000000000000000000081526001600160a01b038416600482015260248101829052604401610ade565b600181015481545f916bffffffffffffffffffffffff169061271090612e5b907c0100000000000000000000000000000000000000000000000000000000900461ffff168361422a565b612e65919061438b565b9392505050565b6001546001600160a01b03811690600160a01b900465ffffffffffff16801580612e9e57504265ffffffffffff821610155b15612edf576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff82166004820152602401610ade565b612efa5f612ef56002546001600160a01b031690565b6133c6565b50612f055f8361332f565b5050600180547fffffffffffff000000000000000000000000000000000000000000000000000016905550565b5f82815260208190526040902060010154612f4c816121f9565b61232383836133c6565b6121f75f5f6134b0565b6001600160a01b038116612fa0576040517f14bcf5c800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600980547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f90602001612c9f565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156121f7576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16610ef1576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610ade565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613140578383151615613134573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6002547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16801561320f574265ffffffffffff821610156131e6576002546001805479ffffffffffffffffffffffffffffffffffffffffffffffffffff16600160a01b90920465ffffffffffff167a0100000000000000000000000000000000000000000000000000000291909117905561320f565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b50600280546001600160a01b0316600160a01b65ffffffffffff9485160279ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a0100000000000000000000000000000000000000000000000000009290931691909102919091179055565b5f3660148082108015906132b257507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b156132d8576132c536828403815f614468565b6132ce9161448f565b60601c9250505090565b339250505090565b6132ee84848484600161367b565b612323576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610ade565b5f826133bc575f6133486002546001600160a01b031690565b6001600160a01b031614613388576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0384161790555b612e658383613701565b5f821580156133e257506002546001600160a01b038381169116145b1561341057600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001690555b612e6583836137c7565b5f610a11613426613884565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f65ffffffffffff8211156134ac576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526030600482015260248101839052604401610ade565b5090565b60018054600160a01b65ffffffffffff84811682027fffffffffffff000000000000000000000000000000000000000000000000000084166001600160a01b03881617179093559004168015610c6a576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f613537611df7565b90508065ffffffffffff168365ffffffffffff161161355f5761355a83826144f4565b612e65565b612e6565ffffffffffff8416620697806139ad565b60605f613580836139bc565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f808060418490036135e5578435602086013560408701355f1a6135d7898285856139fc565b9550955095505050506135ef565b505f915060029050825b93509350939050565b604080517f1626ba7e00000000000000000000000000000000000000000000000000000000808252600482018690526024820192909252604481018390525f91908390818660648301375f82606483010152601f820160051c60051b915060205f60648401838b5afa9050825f5114601f3d111681169350505050949350505050565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166136f05783831516156136e4573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166137c0575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556137786123ab565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610a11565b505f610a11565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16156137c0575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905561383c6123ab565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a4506001610a11565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156138dc57507f000000000000000000000000000000000000000000000000000000000000000046145b1561390657507f000000000000000000000000000000000000000000000000000000000000000090565b6112dc604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f828218828410028218612e65565b5f60ff8216601f811115610a11576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115613a3557505f91506003905082613aba565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613a86573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116613ab157505f925060019150829050613aba565b92505f91508190505b9450945094915050565b5f60208284031215613ad4575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114612e65575f5ffd5b80356001600160a01b038116811461225b575f5ffd5b8015158114610c81575f5ffd5b5f5f5f60608486031215613b38575f5ffd5b83359250613b4860208501613b03565b91506040840135613b5881613b19565b809150509250925092565b5f60208284031215613b73575f5ffd5b5035919050565b80356bffffffffffffffffffffffff8116811461225b575f5ffd5b803563ffffffff8116811461225b575f5ffd5b803567ffffffffffffffff8116811461225b575f5ffd5b5f5f5f5f5f5f5f5f610100898b031215613bd7575f5ffd5b88359750613be760208a01613b7a565b9650613bf560408a01613b95565b9550613c0360608a01613ba8565b94506080890135935060a089013560ff81168114613c1f575f5ffd5b979a969950949793969295929450505060c08201359160e0013590565b5f5f60408385031215613c4d575f5ffd5b82359150613c5d60208401613b03565b90509250929050565b5f60208284031215613c76575f5ffd5b612e6582613b03565b5f5f5f60608486031215613c91575f5ffd5b83359250613ca160208501613b03565b929592945050506040919091013590565b5f60208284031215613cc2575f5ffd5b813565ffffffffffff81168114612e65575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f613d3f60e0830189613cd7565b8281036040840152613d518189613cd7565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015613da6578351835260209384019390920191600101613d88565b50909b9a5050505050505050505050565b5f60208284031215613dc7575f5ffd5b813561ffff81168114612e65575f5ffd5b5f60c08284031215613de8575f5ffd5b50919050565b5f5f83601f840112613dfe575f5ffd5b50813567ffffffffffffffff811115613e15575f5ffd5b6020830191508360208260051b8501011115613e2f575f5ffd5b9250929050565b5f5f5f5f5f6101008688031215613e4b575f5ffd5b613e558787613dd8565b945060c086013567ffffffffffffffff811115613e70575f5ffd5b8601601f81018813613e80575f5ffd5b803567ffffffffffffffff811115613e96575f5ffd5b886020828401011115613ea7575f5ffd5b6020919091019450925060e086013567ffffffffffffffff811115613eca575f5ffd5b613ed688828901613dee565b969995985093965092949392505050565b5f5f5f5f60808587031215613efa575f5ffd5b84359350613f0a60208601613b7a565b9250613f1860408601613b95565b9150613f2660608601613ba8565b905092959194509250565b5f60c08284031215613f41575f5ffd5b612e658383613dd8565b5f5f5f5f5f60808688031215613f5f575f5ffd5b85359450613f6f60208701613b03565b935060408601359250606086013567ffffffffffffffff811115613eca575f5ffd5b5f5f5f5f60408587031215613fa4575f5ffd5b843567ffffffffffffffff811115613fba575f5ffd5b613fc687828801613dee565b909550935050602085013567ffffffffffffffff811115613fe5575f5ffd5b613ff187828801613dee565b95989497509550505050565b81516001600160a01b031681526101408101602083015161402a602084018267ffffffffffffffff169052565b506040830151614040604084018261ffff169052565b506060830151614054606084018215159052565b50608083015161407460808401826bffffffffffffffffffffffff169052565b5060a083015161408c60a084018263ffffffff169052565b5060c08301516140a460c084018263ffffffff169052565b5060e08301516140bc60e084018263ffffffff169052565b506101008301516140d661010084018263ffffffff169052565b506101208301516140ec61012084018215159052565b5092915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60058110614155577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b5f6060820190506bffffffffffffffffffffffff835116825267ffffffffffffffff602084015116602083015260408301516140ec6040840182614120565b8381526001600160a01b038316602082015260608101610fdb6040830184614120565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f63ffffffff8216806141fd576141fd6141bb565b5f190192915050565b5f63ffffffff821663ffffffff8103614221576142216141bb565b60010192915050565b8082028115828204841417610a1157610a116141bb565b81835281816020850137505f602082840101525f6020601f19601f840116840101905092915050565b5f60408201858352604060208401528084825260608401905060608560051b8501019150855f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1883603015b87821015614342577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa087860301845282358181126142f2575f5ffd5b890160208101903567ffffffffffffffff81111561430e575f5ffd5b80360382131561431c575f5ffd5b614327878284614241565b965050506020830192506020840193506001820191506142b6565b509298975050505050505050565b5f60208284031215614360575f5ffd5b8151612e6581613b19565b67ffffffffffffffff8181168382160190811115610a1157610a116141bb565b5f826143be577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b81810381811115610a1157610a116141bb565b80820180821115610a1157610a116141bb565b63ffffffff8281168282160390811115610a1157610a116141bb565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f198203614443576144436141bb565b5060010190565b65ffffffffffff8181168382160190811115610a1157610a116141bb565b5f5f85851115614476575f5ffd5b83861115614482575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff00000000000000000000000081169060148410156140ec577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505092915050565b65ffffffffffff8281168282160390811115610a1157610a116141bb56fea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x03;W_5`\xE0\x1C\x80c\x8D\xA5\xCB[\x11a\x01\xB3W\x80c\xCE\xFC\x14)\x11a\0\xF3W\x80c\xD8d\xE7@\x11a\0\x9EW\x80c\xE0\xA0\xCFt\x11a\0yW\x80c\xE0\xA0\xCFt\x14a\t<W\x80c\xEA\x06\xD7\xE6\x14a\t\\W\x80c\xF0\xF4B`\x14a\t\x83W\x80c\xFC\x0CTj\x14a\t\x96W__\xFD[\x80c\xD8d\xE7@\x14a\x08\xF0W\x80c\xDD\xCA?C\x14a\t\x16W\x80c\xDD\xD5\xE1\xB2\x14a\t)W__\xFD[\x80c\xD5[\xE8\xC6\x11a\0\xCEW\x80c\xD5[\xE8\xC6\x14a\x074W\x80c\xD6\x02\xB9\xFD\x14a\x07PW\x80c\xD8E\xA4\xB3\x14a\x07XW__\xFD[\x80c\xCE\xFC\x14)\x14a\x06\xEBW\x80c\xCFn\xEF\xB7\x14a\x06\xF3W\x80c\xD5Gt\x1F\x14a\x07!W__\xFD[\x80c\xA1\xED\xA5<\x11a\x01^W\x80c\xB1z\xCD\xCD\x11a\x019W\x80c\xB1z\xCD\xCD\x14a\x06\xB5W\x80c\xC5]\x05\xF2\x14a\x06\xC8W\x80c\xCB\xEA\xB5\x16\x14a\x06\xDBW\x80c\xCC\x84c\xC8\x14a\x06\xE3W__\xFD[\x80c\xA1\xED\xA5<\x14a\x06tW\x80c\xA2\x17\xFD\xDF\x14a\x06\x9BW\x80c\xA7o\xB6\x8E\x14a\x06\xA2W__\xFD[\x80c\x91\xD1HT\x11a\x01\x8EW\x80c\x91\xD1HT\x14a\x06\x18W\x80c\x95\r\xEB\x07\x14a\x06NW\x80c\x99[\xA6\xA6\x14a\x06aW__\xFD[\x80c\x8D\xA5\xCB[\x14a\x05\xEAW\x80c\x8E\0US\x14a\x05\xF2W\x80c\x90\xC73\xEF\x14a\x06\x05W__\xFD[\x80cW+l\x05\x11a\x02~W\x80ch\x99\xD0\xF5\x11a\x02)W\x80c~\xCE\xBE\0\x11a\x02\x04W\x80c~\xCE\xBE\0\x14a\x05\xA1W\x80c\x80\xCB\xC6\xFA\x14a\x05\xB4W\x80c\x84\xB0\x19n\x14a\x05\xBEW\x80c\x84\xEF\x8F\xFC\x14a\x05\xD9W__\xFD[\x80ch\x99\xD0\xF5\x14a\x05^W\x80cy\xA0Z1\x14a\x05qW\x80c}\xA0\xA8w\x14a\x05{W__\xFD[\x80ca\xD0'\xB3\x11a\x02YW\x80ca\xD0'\xB3\x14a\x05\x13W\x80ccN\x93\xDA\x14a\x058W\x80cd\x9A^\xC7\x14a\x05KW__\xFD[\x80cW+l\x05\x14a\x04\xB8W\x80cZ\rT\x8E\x14a\x04\xF8W\x80c[\xAD\xBEL\x14a\x05\x0BW__\xFD[\x80c\x11\x7F_\x92\x11a\x02\xE9W\x80c//\xF1]\x11a\x02\xC4W\x80c//\xF1]\x14a\x04DW\x80c6V\x8A\xBE\x14a\x04WW\x80c7G\\Q\x14a\x04jW\x80cM\x10J\xDF\x14a\x04\x91W__\xFD[\x80c\x11\x7F_\x92\x14a\x03\xD4W\x80c\x14\x02\xB1z\x14a\x04\x0FW\x80c$\x8A\x9C\xA3\x14a\x04\"W__\xFD[\x80c\n\xA6\"\x0B\x11a\x03\x19W\x80c\n\xA6\"\x0B\x14a\x03\x98W\x80c\n\xEB\xEBN\x14a\x03\xA0W\x80c\x11T,\xBB\x14a\x03\xB3W__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x03?W\x80c\x02-c\xFB\x14a\x03gW\x80c\x04\x8EE\xCA\x14a\x03\x83W[__\xFD[a\x03Ra\x03M6`\x04a:\xC4V[a\t\xBCV[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[b\x06\x97\x80[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x03^V[a\x03\x96a\x03\x916`\x04a;&V[a\n\x17V[\0[a\x03\x96a\x0CoV[a\x03\x96a\x03\xAE6`\x04a;cV[a\x0C\x84V[a\x03\xC6a\x03\xC16`\x04a;\xBFV[a\r\x10V[`@Q\x90\x81R` \x01a\x03^V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x03^V[a\x03\x96a\x04\x1D6`\x04a;cV[a\x0E'V[a\x03\xC6a\x0406`\x04a;cV[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[a\x03\x96a\x04R6`\x04a<<V[a\x0E\xB0V[a\x03\x96a\x04e6`\x04a<<V[a\x0E\xF5V[a\x03\xC6\x7F\xEEw\x11\x10\xDA\x14&\x01\"R\0g-I\xFA\xC7\x188yn\x8A\xE4}\x8Ac2\xDA\xE7\x1C\xD1\x9D\xB3\x81V[a\x03\xC6\x7F\xBB\x08A\x8Agr\x9A\x07\x8F\x87\xBB\xC8\xD0*w\t)\xBBh\xF5\xBF\xDF\x13J\xE2\xEA\xD6\xED8\xE2\xF4\xAE\x81V[a\x03Ra\x04\xC66`\x04a<fV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x91\x16\x14\x90V[a\x03\xC6a\x05\x066`\x04a<\x7FV[a\x0F\xCFV[`\x08Ta\x03\xC6V[`\tT`\x01`\x01`\xA0\x1B\x03\x16[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x03^V[a\x03\x96a\x05F6`\x04a<fV[a\x0F\xE3V[a\x03\x96a\x05Y6`\x04a<\xB2V[a\x0F\xF6V[a\x03\x96a\x05l6`\x04a<\x7FV[a\x10\tV[a\x03lb\x03\xF4\x80\x81V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x05 V[a\x03\xC6a\x05\xAF6`\x04a<fV[a\x12NV[a\x03\xF6b'\x8D\0\x81V[a\x05\xC6a\x12kV[`@Qa\x03^\x97\x96\x95\x94\x93\x92\x91\x90a=\x05V[`\x02T`\x01`\x01`\xA0\x1B\x03\x16a\x05 V[a\x05 a\x12\xC9V[a\x03\x96a\x06\x006`\x04a=\xB7V[a\x12\xE1V[a\x03\x96a\x06\x136`\x04a>6V[a\x12\xF4V[a\x03Ra\x06&6`\x04a<<V[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x03\xC6a\x06\\6`\x04a>\xE7V[a\x19BV[a\x03\xC6a\x06o6`\x04a?1V[a\x19aV[a\x06|a\x19kV[`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x93\x84\x16\x81R\x92\x90\x91\x16` \x83\x01R\x01a\x03^V[a\x03\xC6_\x81V[a\x03Ra\x06\xB06`\x04a?KV[a\x19\xD4V[a\x03\x96a\x06\xC36`\x04a;cV[a\x1AxV[a\x03\xC6a\x06\xD66`\x04a?\x91V[a\x1C\x87V[a\x03\xF6`<\x81V[a\x03la\x1D\xF7V[a\x03\x96a\x1E\x83V[`\x01T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x81R`\x01`\xA0\x1B\x90\x92\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x83\x01R\x01a\x03^V[a\x03\x96a\x07/6`\x04a<<V[a\x1E\xF4V[a\x07=a\x03\xE8\x81V[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x03^V[a\x03\x96a\x1F5V[a\x08\xE3a\x07f6`\x04a;cV[`@\x80Qa\x01@\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x91\x90\x91RP_\x90\x81R`\x06` \x90\x81R`@\x91\x82\x90 \x82Qa\x01@\x81\x01\x84R\x81T`\x01`\x01`\xA0\x1B\x03\x81\x16\x82R`\x01`\xA0\x1B\x80\x82\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x94\x83\x01\x94\x90\x94R|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x82\x04a\xFF\xFF\x16\x95\x83\x01\x95\x90\x95R~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x90\x81\x16\x15\x15``\x83\x01R`\x01\x90\x92\x01Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16`\x80\x83\x01Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04c\xFF\xFF\xFF\xFF\x90\x81\x16`\xA0\x84\x01Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16`\xC0\x84\x01R\x93\x81\x04\x84\x16`\xE0\x83\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04\x90\x93\x16a\x01\0\x82\x01R\x92\x90\x91\x04\x16\x15\x15a\x01 \x82\x01R\x90V[`@Qa\x03^\x91\x90a?\xFDV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x05 V[`\tT`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16a\x07=V[a\x03\x96a\t76`\x04a<<V[a\x1FGV[a\tOa\tJ6`\x04a<<V[a ^V[`@Qa\x03^\x91\x90aAYV[a\x03\xC6\x7F\x07\x1C\xA4\xA2\xF7}Ik2\x14R\xE3\xD9\n:d\x1D\t\x8D\xCF\xCC\x84\xA6\x18\x8BR\xD2})8\xBE\xDE\x81V[a\x03\x96a\t\x916`\x04a<fV[a!\x19V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x05 V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7F1I\x87\x86\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\n\x11WPa\n\x11\x82a!,V[\x92\x91PPV[a\n\x1Fa!\xC2V[\x7F\xBB\x08A\x8Agr\x9A\x07\x8F\x87\xBB\xC8\xD0*w\t)\xBBh\xF5\xBF\xDF\x13J\xE2\xEA\xD6\xED8\xE2\xF4\xAEa\nI\x81a!\xF9V[_a\nS\x85a\"\nV[_\x86\x81R`\x07` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x89\x16\x84R\x90\x91R\x90 \x90\x91P`\x02\x81T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\n\x96Wa\n\x96a@\xF3V[\x14a\n\xE7W\x80T`@Q\x7F\x87\xAF_n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\n\xDE\x91\x88\x91\x88\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aA\x98V[`@Q\x80\x91\x03\x90\xFD[`\x01\x82\x01\x80T`\x18\x90a\x0B\x1B\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16aA\xE8V[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x83\x15a\x0BQWa\x0BJ\x86\x86\x83a\"`V[PPa\x0CaV[\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x04\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x81U`\x01\x82\x01\x80T`\x14\x90a\x0B\xAD\x90`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16aB\x06V[\x82Tc\xFF\xFF\xFF\xFF\x91\x82\x16a\x01\0\x93\x90\x93\n\x92\x83\x02\x91\x90\x92\x02\x19\x90\x91\x16\x17\x90U`\x01\x82\x01T\x82T`@Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x80\x83R\x91`\x01`\x01`\xA0\x1B\x03\x91\x82\x16\x91\x88\x16\x90\x89\x90\x7FY\x8C\xF7\xB1\x03z,\xBB'd]N\xF9\x1AP\xABK\x13\xDBE\xCC\x85\xEB\xD8\xED\xEE\xA2b3\xEA\x92\x88\x90` \x01`@Q\x80\x91\x03\x90\xA3a\x0C\\`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x82\x84a#)V[PPPP[Pa\x0Cja#wV[PPPV[_a\x0Cy\x81a!\xF9V[a\x0C\x81a#\xA1V[PV[a\x0C\x8Ca!\xC2V[_a\x0C\x96\x82a\"\nV[\x90P_a\x0C\xA1a#\xABV[\x82T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x80\x83\x16\x91\x16\x14a\x0C\xFCW`@Q\x7F\xF8\xB1\xE2\xFC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x82\x16`$\x82\x01R`D\x01a\n\xDEV[a\r\x06\x83\x83a#\xB4V[PPa\x0C\x81a#wV[_a\r\x19a!\xC2V[_a\r8c\xFF\xFF\xFF\xFF\x89\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16aB*V[\x90P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xD5\x05\xAC\xCFa\rqa#\xABV[`@Q\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0\x84\x90\x1B\x16\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R0`$\x82\x01R`D\x81\x01\x84\x90R`d\x81\x01\x89\x90R`\xFF\x88\x16`\x84\x82\x01R`\xA4\x81\x01\x87\x90R`\xC4\x81\x01\x86\x90R`\xE4\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\r\xF2W__\xFD[PZ\xF1\x92PPP\x80\x15a\x0E\x03WP`\x01[Pa\x0E\x10\x8A\x8A\x8A\x8Aa%:V[\x91PPa\x0E\x1Ba#wV[\x98\x97PPPPPPPPV[a\x0E/a!\xC2V[_a\x0E9\x82a\"\nV[\x80T\x90\x91P`\x01`\xA0\x1B\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a\x0E\x9DW\x80T`@Q\x7F\xBDQE\xDB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\xA0\x1B\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R`$\x01a\n\xDEV[a\x0E\xA7\x82\x82a#\xB4V[Pa\x0C\x81a#wV[\x81a\x0E\xE7W`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x0E\xF1\x82\x82a)\xD1V[PPV[\x81\x15\x80\x15a\x0F\x10WP`\x02T`\x01`\x01`\xA0\x1B\x03\x82\x81\x16\x91\x16\x14[\x15a\x0F\xC5W`\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x90`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x15\x15\x80a\x0FFWPe\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15[\x80a\x0FYWPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[\x15a\x0F\x9AW`@Q\x7F\x19\xCA^\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\n\xDEV[PP`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90U[a\x0E\xF1\x82\x82a)\xF5V[_a\x0F\xDB\x84\x84\x84a*QV[\x94\x93PPPPV[_a\x0F\xED\x81a!\xF9V[a\x0E\xF1\x82a*\xBCV[_a\x10\0\x81a!\xF9V[a\x0E\xF1\x82a+.V[_a\x10\x13\x84a\"\nV[\x90P_a\x10\x1Ea#\xABV[\x82T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x80\x83\x16\x91\x16\x14a\x10yW`@Q\x7F\xF8\xB1\xE2\xFC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`\x01`\x01`\xA0\x1B\x03\x82\x16`$\x82\x01R`D\x01a\n\xDEV[_\x85\x81R`\x07` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x88\x16\x84R\x90\x91R\x90 `\x01\x81T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\x10\xB9Wa\x10\xB9a@\xF3V[\x14a\x11\x01W\x80T`@Q\x7F\x87\xAF_n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\n\xDE\x91\x88\x91\x88\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aA\x98V[\x80Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10a\x11sW\x80T`@Q\x7FcHlR\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R`$\x01a\n\xDEV[\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x81U`\x01\x83\x01\x80T`\x18\x90a\x11\xE4\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16aB\x06V[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x84`\x01`\x01`\xA0\x1B\x03\x16\x86\x7F\xE8\xC3\xE7\xE9\xA8\xC4\xCB\x0E\r\x9E\x8F\xAA\xEB\xE5\x891\x8AJ\x83\xE6\x9C1\xC74\x9D\x8A\xFD\xEC7\x81\xD9c\x86`@Qa\x12>\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x05` R`@\x81 Ta\n\x11V[_``\x80___``a\x12|a+\x9DV[a\x12\x84a+\xC8V[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[_a\x12\xDC`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[\x90P\x90V[_a\x12\xEB\x81a!\xF9V[a\x0E\xF1\x82a+\xF3V[a\x12\xFCa!\xC2V[_a\x13\x07\x865a\"\nV[\x80T\x90\x91P~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x80a\x13NWP\x80T`\x01`\xA0\x1B\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x13\x88W`@Q\x7F\x0CC\xB3\xC0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x865`\x04\x82\x01R`$\x01a\n\xDEV[`\x01\x81\x01Tc\xFF\xFF\xFF\xFFl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x16\x10a\x13\xF4W`@Q\x7F#\xC3\x94\xB2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x865`\x04\x82\x01R`$\x01a\n\xDEV[`\x01\x81\x01Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16``\x87\x015\x81\x14a\x14QW`@Q\x7F:\xD7w\x1A\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R``\x88\x015`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\n\xDEV[\x86`\xA0\x015B\x11\x15a\x14\x95W`@Q\x7F\xCD!\xDBO\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xA0\x88\x015`\x04\x82\x01R`$\x01a\n\xDEV[\x865_\x90\x81R`\x07` \x90\x81R`@\x80\x83 \x91\x83\x91a\x14\xB9\x91\x90\x8C\x01\x90\x8C\x01a<fV[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_\x90\x81 \x91P\x81T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\x14\xF2Wa\x14\xF2a@\xF3V[\x14a\x15MW\x875a\x15\t`@\x8A\x01` \x8B\x01a<fV[`@Q\x7F\xDA{ \x11\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x92\x90\x92R`\x01`\x01`\xA0\x1B\x03\x16`$\x82\x01R`D\x01a\n\xDEV[a\x15pa\x15``@\x8A\x01` \x8B\x01a<fV[a\x15i\x8Aa,\xAAV[\x89\x89a-:V[a\x15\xC2Wa\x15\x84`@\x89\x01` \x8A\x01a<fV[`@Q\x7F\xD8U\xC4\xF4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\n\xDEV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16c\xF9\xC8\x15Ba\x16\x10\x8A5a\x16\x06`@\x8D\x01` \x8E\x01a<fV[\x8C`@\x015a*QV[\x87\x87`@Q\x84c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a\x160\x93\x92\x91\x90aBjV[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x16KW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x16o\x91\x90aCPV[a\x16\xC9W\x875a\x16\x85`@\x8A\x01` \x8B\x01a<fV[`@Q\x7F\x83,\x98\xFD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x92\x90\x92R`\x01`\x01`\xA0\x1B\x03\x16`$\x82\x01R`D\x01a\n\xDEV[a\x16\xE6a\x16\xDC`@\x8A\x01` \x8B\x01a<fV[\x89`\x80\x015a-\xA6V[`\x01\x83\x01\x80T`\x10\x90a\x17\x12\x90p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16aB\x06V[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0Ba\x17]\x91\x90aCkV[`@\x80Q``\x81\x01\x90\x91R\x85T\x91\x92P\x90\x81\x90a'\x10\x90a\x17\xA2\x90|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04a\xFF\xFF\x16\x87aB*V[a\x17\xAC\x91\x90aC\x8BV[a\x17\xB6\x90\x86aC\xC3V[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16` \x82\x01R`@\x01`\x01\x90R\x895_\x90\x81R`\x07` \x90\x81R`@\x80\x83 \x92\x91a\x17\xFF\x91\x8E\x01\x90\x8E\x01a<fV[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x83Q\x81T\x93\x85\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x94\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x92\x90\x92\x17\x80\x83U\x90\x83\x01Q\x90\x82\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1B\x83`\x04\x81\x11\x15a\x18\xB7Wa\x18\xB7a@\xF3V[\x02\x17\x90UPa\x18\xCF\x91PP`@\x8A\x01` \x8B\x01a<fV[`@\x80Q\x8B\x82\x015\x81R`\x80\x8C\x015` \x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x81\x83\x01R\x90Q`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x8B5\x91\x7F'\xDF1\xCB\xEB{\xC4t\xA1\\F\x02\xC6\xC3g\xEF\xDD\x99=\xE3z\xB8\x95\xC1\xE4:\xE3|<\xA3]p\x91\x90\x81\x90\x03``\x01\x90\xA3PPPPa\x19;a#wV[PPPPPV[_a\x19Ka!\xC2V[a\x19W\x85\x85\x85\x85a%:V[\x90Pa\x0F\xDBa#wV[_a\n\x11\x82a,\xAAV[`\x02T_\x90z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x15\x80\x15a\x19\xADWPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[a\x19\xB8W__a\x19\xCCV[`\x02T`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81[\x91P\x91P\x90\x91V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xF9\xC8\x15Ba\x1A\x0F\x88\x88\x88a*QV[\x85\x85`@Q\x84c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a\x1A/\x93\x92\x91\x90aBjV[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1AJW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1An\x91\x90aCPV[\x96\x95PPPPPPV[a\x1A\x80a!\xC2V[_a\x1A\x8A\x82a\"\nV[`\x01\x81\x01T\x90\x91P|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x80a\x1A\xE5WP`\x01\x81\x01Tx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16\x15\x15[\x80a\x1B.WP\x80Ta\x1B+\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x91`\x01`\xA0\x1B\x90\x04\x16aC\xD6V[B\x10[\x15a\x1BhW`@Q\x7F\xA2\xF1\x1D_\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\n\xDEV[`\x01\x81\x01\x80T\x7F\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90\x81\x90U_\x90a\x1B\xE2\x90c\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x82\x04\x81\x16\x91p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16aC\xE9V[c\xFF\xFF\xFF\xFF\x16a\x1B\xF1\x83a.\x11V[a\x1B\xFB\x91\x90aB*V[`\tT`@Q\x82\x81R\x91\x92P`\x01`\x01`\xA0\x1B\x03\x16\x90\x81\x90\x85\x90\x7Fr\x01Z\xCE\x03q/6\x12I8\x06W\xB3\xD4\x07w\xDD\x8F\x8Ahfd\xCA\xB4\x8A\xFD\x9D\xBB\xE4I\x9F\x90` \x01`@Q\x80\x91\x03\x90\xA3\x81\x15a\x1C|Wa\x1C|`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x82\x84a#)V[PPPa\x0C\x81a#wV[_a\x1C\x90a!\xC2V[\x83\x82\x14a\x1C\xC9W`@Q\x7F\xFFc:8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_[\x84\x81\x10\x15a\x1D\xEEW_`\x07_\x88\x88\x85\x81\x81\x10a\x1C\xE9Wa\x1C\xE9aD\x05V[\x90P` \x02\x015\x81R` \x01\x90\x81R` \x01_ _\x86\x86\x85\x81\x81\x10a\x1D\x10Wa\x1D\x10aD\x05V[\x90P` \x02\x01` \x81\x01\x90a\x1D%\x91\x90a<fV[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_ \x90P`\x01\x81T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\x1D^Wa\x1D^a@\xF3V[\x14\x15\x80a\x1D\x85WP\x80Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10[\x15a\x1D\x90WPa\x1D\xE6V[a\x1D\xD9\x87\x87\x84\x81\x81\x10a\x1D\xA5Wa\x1D\xA5aD\x05V[\x90P` \x02\x015\x86\x86\x85\x81\x81\x10a\x1D\xBEWa\x1D\xBEaD\x05V[\x90P` \x02\x01` \x81\x01\x90a\x1D\xD3\x91\x90a<fV[\x83a\"`V[a\x1D\xE2\x83aD2V[\x92PP[`\x01\x01a\x1C\xCBV[Pa\x0F\xDBa#wV[`\x02T_\x90z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x15\x80\x15a\x1E8WPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10[a\x1EjW`\x01Tz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x1E}V[`\x02T`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16[\x91PP\x90V[`\x01T`\x01`\x01`\xA0\x1B\x03\x16\x80a\x1E\x98a#\xABV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x1E\xECWa\x1E\xAEa#\xABV[`@Q\x7F\xC2,\x80\"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\n\xDEV[a\x0C\x81a.lV[\x81a\x1F+W`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x0E\xF1\x82\x82a/2V[_a\x1F?\x81a!\xF9V[a\x0C\x81a/VV[a\x1FOa!\xC2V[_\x82\x81R`\x07` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 `\x01\x81T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\x1F\x8FWa\x1F\x8Fa@\xF3V[\x14a\x1F\xD7W\x80T`@Q\x7F\x87\xAF_n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\n\xDE\x91\x85\x91\x85\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aA\x98V[\x80Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a JW\x80T`@Q\x7F\x14\xA3\x0B\x86\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R`$\x01a\n\xDEV[a U\x83\x83\x83a\"`V[Pa\x0E\xF1a#wV[a ~`@\x80Q``\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x90\x91\x82\x01R\x90V[_\x83\x81R`\x07` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x82R\x91\x82\x90 \x82Q``\x81\x01\x84R\x81Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x82\x01\x93\x90\x93R\x92\x90\x91\x90\x83\x01\x90`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a \xFEWa \xFEa@\xF3V[`\x04\x81\x11\x15a!\x0FWa!\x0Fa@\xF3V[\x90RP\x93\x92PPPV[_a!#\x81a!\xF9V[a\x0E\xF1\x82a/`V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\n\x11WP\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x14a\n\x11V[a!\xCAa0\x06V[a!\xF7`\x01\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0[\x90a0_V[V[a\x0C\x81\x81a\"\x05a#\xABV[a0fV[_\x81\x81R`\x06` R`@\x90 \x80T`\x01`\x01`\xA0\x1B\x03\x16a\"[W`@Q\x7F\x1Fy\xBB\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\n\xDEV[\x91\x90PV[\x80Tt\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x17\x82U`@Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x80\x82R\x90`\x01`\x01`\xA0\x1B\x03\x84\x16\x90\x85\x90\x7FC\xB9\x1A\x05\xFA\rumB\xADs$(\x12\\\x0E\x8DT\x9BV\xA9\xED\x16\t-\x85\x82\xC1\x8A>\xD5*\x90` \x01`@Q\x80\x91\x03\x90\xA3a##`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x84\x83a#)V[PPPPV[a#6\x83\x83\x83`\x01a0\xD1V[a\x0CjW`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\n\xDEV[a!\xF7_\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0a!\xF1V[a!\xF7__a1LV[_a\x12\xDCa2vV[\x80T~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x15a$\x15W`@Q\x7F^>\x01(\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\n\xDEV[\x80T\x7F\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x81U`\x01\x81\x01T_\x90a$\x99\x90c\xFF\xFF\xFF\xFFp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x91l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16aC\xE9V[`\x01\x83\x01Ta$\xBC\x91c\xFF\xFF\xFF\xFF\x16\x90k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aB*V[\x82T`@Q\x82\x81R\x91\x92P`\x01`\x01`\xA0\x1B\x03\x16\x90\x84\x90\x7F\x90Qrk\xDC\xD3\xFBy\xDE\xC3\xE3\x94\x1CXx\xE7\x91\xEBoq\x95N\xE86\xC0\x84\xAB\xE3\x94\xD5\xABR\x90` \x01`@Q\x80\x91\x03\x90\xA2\x81\x15a##Wa##`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x82\x84a#)V[__a%Da#\xABV[`@Q\x7FP\x8F:7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x80\x83\x16`\x04\x83\x01R\x91\x92P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90cP\x8F:7\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a%\xC6W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a%\xEA\x91\x90aCPV[a&+W`@Q\x7F\x02\x9E\xF8\xED\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\n\xDEV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x15\x80a&JWPc\xFF\xFF\xFF\xFF\x84\x16\x15[\x80a&_WPB\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15[\x15a&\x96W`@Q\x7FA\xAB\xC8\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x08_\x81Ta&\xA4\x90aD2V[\x91\x90P\x81\x90U\x91P_`\t`\x14\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16\x90P`@Q\x80a\x01@\x01`@R\x80\x83`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x85g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x82a\xFF\xFF\x16\x81R` \x01_\x15\x15\x81R` \x01\x87k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x86c\xFF\xFF\xFF\xFF\x16\x81R` \x01_c\xFF\xFF\xFF\xFF\x16\x81R` \x01_c\xFF\xFF\xFF\xFF\x16\x81R` \x01_c\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x15\x15\x81RP`\x06_\x85\x81R` \x01\x90\x81R` \x01_ _\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01`\xA0\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\xA0\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x14a\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\x1Ca\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\x1Ea\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UP`\x80\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x01\x01`\x0Ca\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81`\x01\x01`\x10a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xE0\x82\x01Q\x81`\x01\x01`\x14a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPa\x01\0\x82\x01Q\x81`\x01\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPa\x01 \x82\x01Q\x81`\x01\x01`\x1Ca\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UP\x90PP\x81`\x01`\x01`\xA0\x1B\x03\x16\x83\x7F\x17\xD1\xE0\xCB}\xBC\x8E\xAD*\x93\xB4\xDDm\x1C\x1E\xA4\xA4?'\xD7({\xA7_yD\xA1\x18p\xC3\xCFh\x89\x89\x89\x89\x87`@Qa)j\x95\x94\x93\x92\x91\x90\x94\x85Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93\x90\x93\x16` \x85\x01Rc\xFF\xFF\xFF\xFF\x91\x90\x91\x16`@\x84\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16``\x83\x01Ra\xFF\xFF\x16`\x80\x82\x01R`\xA0\x01\x90V[`@Q\x80\x91\x03\x90\xA3a)\xC7\x820a)\x95c\xFF\xFF\xFF\xFF\x89\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16aB*V[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x92\x91\x90a2\xE0V[PP\x94\x93PPPPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta)\xEB\x81a!\xF9V[a##\x83\x83a3/V[a)\xFDa#\xABV[`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14a*GW`@Q\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x0Cj\x82\x82a3\xC6V[`@\x80Q\x7F\xEEw\x11\x10\xDA\x14&\x01\"R\0g-I\xFA\xC7\x188yn\x8A\xE4}\x8Ac2\xDA\xE7\x1C\xD1\x9D\xB3` \x82\x01R\x90\x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x83\x16``\x82\x01R`\x80\x81\x01\x82\x90R_\x90a\x0F\xDB\x90`\xA0\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 a4\x1AV[_a*\xC5a\x1D\xF7V[a*\xCEBa4aV[a*\xD8\x91\x90aDJV[\x90Pa*\xE4\x82\x82a4\xB0V[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x7F3w\xDCD$\x1Ew\x9D\xD0j\xFA\xB5\xB7\x88\xA3\\\xA5\xF3\xB7x\x83n)\x90\xBD\xB2j*K.^\xD6\x90` \x01`@Q\x80\x91\x03\x90\xA2PPV[_a+8\x82a5-V[a+ABa4aV[a+K\x91\x90aDJV[\x90Pa+W\x82\x82a1LV[`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16\x82R\x83\x16` \x82\x01R\x7F\xF1\x03\x8C\x18\xCF\x84\xA5nC/\xDB\xFA\xF7F\x92K~\xA5\x11\xDF\xE0:e\x06\xA0\xCE\xBAH\x88x\x8D\x9B\x91\x01`@Q\x80\x91\x03\x90\xA1PPV[``a\x12\xDC\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a5tV[``a\x12\xDC\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a5tV[a\x03\xE8a\xFF\xFF\x82\x16\x11\x15a,9W`@Q\x7F\x8E\xA7\x0C\x07\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\n\xDEV[`\t\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1Ba\xFF\xFF\x84\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x90\x81R\x7F\xAA\xB0b\xE3\xFA\xF6+l\x9A\x0F\x8Eb\xAFf\xE01\x0E'\x12z\x8C\x87\x1Ag\xBE}\xD4\xD9=\xE6\xDAS\x90` \x01[`@Q\x80\x91\x03\x90\xA1PV[_a\n\x11\x7F\x07\x1C\xA4\xA2\xF7}Ik2\x14R\xE3\xD9\n:d\x1D\t\x8D\xCF\xCC\x84\xA6\x18\x8BR\xD2})8\xBE\xDE\x835a,\xE1`@\x86\x01` \x87\x01a<fV[`@\x80Q` \x81\x01\x94\x90\x94R\x83\x81\x01\x92\x90\x92R`\x01`\x01`\xA0\x1B\x03\x16``\x83\x81\x01\x91\x90\x91R\x90\x85\x015`\x80\x83\x81\x01\x91\x90\x91R\x90\x85\x015`\xA0\x83\x81\x01\x91\x90\x91R\x90\x85\x015`\xC0\x83\x01R\x84\x015`\xE0\x82\x01Ra\x01\0\x01a*\xA1V[___a-H\x86\x86\x86a5\xB1V[P\x90\x92P\x90P_\x81`\x03\x81\x11\x15a-aWa-aa@\xF3V[\x14\x80\x15a-\x7FWP\x86`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a-\x8FW`\x01\x92PPPa\x0F\xDBV[a-\x9B\x87\x87\x87\x87a5\xF8V[\x97\x96PPPPPPPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x05` R`@\x90 \x80T`\x01\x81\x01\x90\x91U\x81\x81\x14a\x0CjW`@Q\x7Fu-\x88\xC0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\n\xDEV[`\x01\x81\x01T\x81T_\x91k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90a'\x10\x90a.[\x90|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04a\xFF\xFF\x16\x83aB*V[a.e\x91\x90aC\x8BV[\x93\x92PPPV[`\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x90`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x80a.\x9EWPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[\x15a.\xDFW`@Q\x7F\x19\xCA^\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\n\xDEV[a.\xFA_a.\xF5`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[a3\xC6V[Pa/\x05_\x83a3/V[PP`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90UPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta/L\x81a!\xF9V[a##\x83\x83a3\xC6V[a!\xF7__a4\xB0V[`\x01`\x01`\xA0\x1B\x03\x81\x16a/\xA0W`@Q\x7F\x14\xBC\xF5\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\t\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F<\x86EA\xEFq7\x8Cb)Q\x0E\xD9\x0F7ee\xEEB\xD9\xC5\xE0\x90J\x98J\x9E\x86>m\xB4O\x90` \x01a,\x9FV[\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0\\\x15a!\xF7W`@Q\x7F>\xE5\xAE\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80\x82]PPV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T`\xFF\x16a\x0E\xF1W`@Q\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\n\xDEV[`@Q\x7F\xA9\x05\x9C\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a1@W\x83\x83\x15\x16\x15a14W=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[`\x02Tz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15a2\x0FWBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15a1\xE6W`\x02T`\x01\x80Ty\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1B\x90\x92\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x91\x90\x91\x17\x90Ua2\x0FV[`@Q\x7F+\x1F\xA2\xED\xAF\xE6\xF7\xB9\xE9|\x1A\x9E\x0C6`\xE6E\xBE\xB2\xDC\xAA-E\xBD\xBF\x9B\xEA\xF5G.\x1E\xC5\x90_\x90\xA1[P`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x16`\x01`\xA0\x1Be\xFF\xFF\xFF\xFF\xFF\xFF\x94\x85\x16\x02y\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x92\x90\x93\x16\x91\x90\x91\x02\x91\x90\x91\x17\x90UV[_6`\x14\x80\x82\x10\x80\x15\x90a2\xB2WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x163\x14[\x15a2\xD8Wa2\xC56\x82\x84\x03\x81_aDhV[a2\xCE\x91aD\x8FV[``\x1C\x92PPP\x90V[3\x92PPP\x90V[a2\xEE\x84\x84\x84\x84`\x01a6{V[a##W`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\n\xDEV[_\x82a3\xBCW_a3H`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x14a3\x88W`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90U[a.e\x83\x83a7\x01V[_\x82\x15\x80\x15a3\xE2WP`\x02T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16\x91\x16\x14[\x15a4\x10W`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90U[a.e\x83\x83a7\xC7V[_a\n\x11a4&a8\x84V[\x83`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[_e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a4\xACW`@Q\x7Fm\xFC\xC6P\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`0`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\n\xDEV[P\x90V[`\x01\x80T`\x01`\xA0\x1Be\xFF\xFF\xFF\xFF\xFF\xFF\x84\x81\x16\x82\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x16`\x01`\x01`\xA0\x1B\x03\x88\x16\x17\x17\x90\x93U\x90\x04\x16\x80\x15a\x0CjW`@Q\x7F\x88\x86\xEB\xFCBY\xAB\xDB\xC1f\x01\xDD\x8F\xB5g\x8ET\x87\x8FG\xB3\xC3H6\xCF\xC5\x11T\xA9`Q\t\x90_\x90\xA1PPPV[__a57a\x1D\xF7V[\x90P\x80e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a5_Wa5Z\x83\x82aD\xF4V[a.eV[a.ee\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16b\x06\x97\x80a9\xADV[``_a5\x80\x83a9\xBCV[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_\x80\x80`A\x84\x90\x03a5\xE5W\x845` \x86\x015`@\x87\x015_\x1Aa5\xD7\x89\x82\x85\x85a9\xFCV[\x95P\x95P\x95PPPPa5\xEFV[P_\x91P`\x02\x90P\x82[\x93P\x93P\x93\x90PV[`@\x80Q\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x82R`\x04\x82\x01\x86\x90R`$\x82\x01\x92\x90\x92R`D\x81\x01\x83\x90R_\x91\x90\x83\x90\x81\x86`d\x83\x017_\x82`d\x83\x01\x01R`\x1F\x82\x01`\x05\x1C`\x05\x1B\x91P` _`d\x84\x01\x83\x8BZ\xFA\x90P\x82_Q\x14`\x1F=\x11\x16\x81\x16\x93PPPP\x94\x93PPPPV[`@Q\x7F#\xB8r\xDD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16`\x04R\x86\x16`$R`D\x85\x90R\x91` \x83`d\x81\x80\x8CZ\xF1\x92P`\x01_Q\x14\x83\x16a6\xF0W\x83\x83\x15\x16\x15a6\xE4W=_\x82>=\x81\xFD[_\x88;\x11=\x15\x16\x83\x16\x92P[`@RP_``R\x95\x94PPPPPV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a7\xC0W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90Ua7xa#\xABV[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\n\x11V[P_a\n\x11V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16\x15a7\xC0W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16\x90Ua8<a#\xABV[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\n\x11V[_0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a8\xDCWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a9\x06WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\x12\xDC`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[_\x82\x82\x18\x82\x84\x10\x02\x82\x18a.eV[_`\xFF\x82\x16`\x1F\x81\x11\x15a\n\x11W`@Q\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a:5WP_\x91P`\x03\x90P\x82a:\xBAV[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a:\x86W=__>=_\xFD[PP`@Q`\x1F\x19\x01Q\x91PP`\x01`\x01`\xA0\x1B\x03\x81\x16a:\xB1WP_\x92P`\x01\x91P\x82\x90Pa:\xBAV[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[_` \x82\x84\x03\x12\x15a:\xD4W__\xFD[\x815\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x81\x14a.eW__\xFD[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\"[W__\xFD[\x80\x15\x15\x81\x14a\x0C\x81W__\xFD[___``\x84\x86\x03\x12\x15a;8W__\xFD[\x835\x92Pa;H` \x85\x01a;\x03V[\x91P`@\x84\x015a;X\x81a;\x19V[\x80\x91PP\x92P\x92P\x92V[_` \x82\x84\x03\x12\x15a;sW__\xFD[P5\x91\x90PV[\x805k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\"[W__\xFD[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\"[W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\"[W__\xFD[________a\x01\0\x89\x8B\x03\x12\x15a;\xD7W__\xFD[\x885\x97Pa;\xE7` \x8A\x01a;zV[\x96Pa;\xF5`@\x8A\x01a;\x95V[\x95Pa<\x03``\x8A\x01a;\xA8V[\x94P`\x80\x89\x015\x93P`\xA0\x89\x015`\xFF\x81\x16\x81\x14a<\x1FW__\xFD[\x97\x9A\x96\x99P\x94\x97\x93\x96\x92\x95\x92\x94PPP`\xC0\x82\x015\x91`\xE0\x015\x90V[__`@\x83\x85\x03\x12\x15a<MW__\xFD[\x825\x91Pa<]` \x84\x01a;\x03V[\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a<vW__\xFD[a.e\x82a;\x03V[___``\x84\x86\x03\x12\x15a<\x91W__\xFD[\x835\x92Pa<\xA1` \x85\x01a;\x03V[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[_` \x82\x84\x03\x12\x15a<\xC2W__\xFD[\x815e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a.eW__\xFD[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` `\x1F\x19`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16\x81R`\xE0` \x82\x01R_a=?`\xE0\x83\x01\x89a<\xD7V[\x82\x81\x03`@\x84\x01Ra=Q\x81\x89a<\xD7V[``\x84\x01\x88\x90R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a=\xA6W\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a=\x88V[P\x90\x9B\x9APPPPPPPPPPPV[_` \x82\x84\x03\x12\x15a=\xC7W__\xFD[\x815a\xFF\xFF\x81\x16\x81\x14a.eW__\xFD[_`\xC0\x82\x84\x03\x12\x15a=\xE8W__\xFD[P\x91\x90PV[__\x83`\x1F\x84\x01\x12a=\xFEW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a>\x15W__\xFD[` \x83\x01\x91P\x83` \x82`\x05\x1B\x85\x01\x01\x11\x15a>/W__\xFD[\x92P\x92\x90PV[_____a\x01\0\x86\x88\x03\x12\x15a>KW__\xFD[a>U\x87\x87a=\xD8V[\x94P`\xC0\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a>pW__\xFD[\x86\x01`\x1F\x81\x01\x88\x13a>\x80W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a>\x96W__\xFD[\x88` \x82\x84\x01\x01\x11\x15a>\xA7W__\xFD[` \x91\x90\x91\x01\x94P\x92P`\xE0\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a>\xCAW__\xFD[a>\xD6\x88\x82\x89\x01a=\xEEV[\x96\x99\x95\x98P\x93\x96P\x92\x94\x93\x92PPPV[____`\x80\x85\x87\x03\x12\x15a>\xFAW__\xFD[\x845\x93Pa?\n` \x86\x01a;zV[\x92Pa?\x18`@\x86\x01a;\x95V[\x91Pa?&``\x86\x01a;\xA8V[\x90P\x92\x95\x91\x94P\x92PV[_`\xC0\x82\x84\x03\x12\x15a?AW__\xFD[a.e\x83\x83a=\xD8V[_____`\x80\x86\x88\x03\x12\x15a?_W__\xFD[\x855\x94Pa?o` \x87\x01a;\x03V[\x93P`@\x86\x015\x92P``\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a>\xCAW__\xFD[____`@\x85\x87\x03\x12\x15a?\xA4W__\xFD[\x845g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a?\xBAW__\xFD[a?\xC6\x87\x82\x88\x01a=\xEEV[\x90\x95P\x93PP` \x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a?\xE5W__\xFD[a?\xF1\x87\x82\x88\x01a=\xEEV[\x95\x98\x94\x97P\x95PPPPV[\x81Q`\x01`\x01`\xA0\x1B\x03\x16\x81Ra\x01@\x81\x01` \x83\x01Qa@*` \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x83\x01Qa@@`@\x84\x01\x82a\xFF\xFF\x16\x90RV[P``\x83\x01Qa@T``\x84\x01\x82\x15\x15\x90RV[P`\x80\x83\x01Qa@t`\x80\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01Qa@\x8C`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01Qa@\xA4`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01Qa@\xBC`\xE0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01Qa@\xD6a\x01\0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01Qa@\xECa\x01 \x84\x01\x82\x15\x15\x90RV[P\x92\x91PPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x05\x81\x10aAUW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x90RV[_``\x82\x01\x90Pk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83Q\x16\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01R`@\x83\x01Qa@\xEC`@\x84\x01\x82aA V[\x83\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16` \x82\x01R``\x81\x01a\x0F\xDB`@\x83\x01\x84aA V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[_c\xFF\xFF\xFF\xFF\x82\x16\x80aA\xFDWaA\xFDaA\xBBV[_\x19\x01\x92\x91PPV[_c\xFF\xFF\xFF\xFF\x82\x16c\xFF\xFF\xFF\xFF\x81\x03aB!WaB!aA\xBBV[`\x01\x01\x92\x91PPV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\n\x11Wa\n\x11aA\xBBV[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` `\x1F\x19`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[_`@\x82\x01\x85\x83R`@` \x84\x01R\x80\x84\x82R``\x84\x01\x90P``\x85`\x05\x1B\x85\x01\x01\x91P\x85_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x886\x03\x01[\x87\x82\x10\x15aCBW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA0\x87\x86\x03\x01\x84R\x825\x81\x81\x12aB\xF2W__\xFD[\x89\x01` \x81\x01\x905g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aC\x0EW__\xFD[\x806\x03\x82\x13\x15aC\x1CW__\xFD[aC'\x87\x82\x84aBAV[\x96PPP` \x83\x01\x92P` \x84\x01\x93P`\x01\x82\x01\x91PaB\xB6V[P\x92\x98\x97PPPPPPPPV[_` \x82\x84\x03\x12\x15aC`W__\xFD[\x81Qa.e\x81a;\x19V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\n\x11Wa\n\x11aA\xBBV[_\x82aC\xBEW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[P\x04\x90V[\x81\x81\x03\x81\x81\x11\x15a\n\x11Wa\n\x11aA\xBBV[\x80\x82\x01\x80\x82\x11\x15a\n\x11Wa\n\x11aA\xBBV[c\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\n\x11Wa\n\x11aA\xBBV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[__\x19\x82\x03aDCWaDCaA\xBBV[P`\x01\x01\x90V[e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\n\x11Wa\n\x11aA\xBBV[__\x85\x85\x11\x15aDvW__\xFD[\x83\x86\x11\x15aD\x82W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x90`\x14\x84\x10\x15a@\xECW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85`\x14\x03`\x03\x1B\x1B\x82\x16\x16\x91PP\x92\x91PPV[e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\n\x11Wa\n\x11aA\xBBV\xFE\xA1dsolcC\0\x08\x1E\0\n",
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
    /**Event with signature `TradeDisputed(uint256,address,bytes32)` and selector `0xe8c3e7e9a8c4cb0e0d9e8faaebe589318a4a83e69c31c7349d8afdec3781d963`.
    ```solidity
    event TradeDisputed(uint256 indexed requestId, address indexed seller, bytes32 reason);
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
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for TradeDisputed {
            type DataTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "TradeDisputed(uint256,address,bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    232u8, 195u8, 231u8, 233u8, 168u8, 196u8, 203u8, 14u8, 13u8, 158u8, 143u8,
                    170u8, 235u8, 229u8, 137u8, 49u8, 138u8, 74u8, 131u8, 230u8, 156u8, 49u8,
                    199u8, 52u8, 157u8, 138u8, 253u8, 236u8, 55u8, 129u8, 217u8, 99u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { requestId: topics.1, seller: topics.2, reason: data.0 }
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
        ADMIN_TRANSFER_DELAY(ADMIN_TRANSFER_DELAYCall),
        #[allow(missing_docs)]
        ARBITER_ROLE(ARBITER_ROLECall),
        #[allow(missing_docs)]
        DEFAULT_ADMIN_ROLE(DEFAULT_ADMIN_ROLECall),
        #[allow(missing_docs)]
        MAX_DISPUTE_WINDOW(MAX_DISPUTE_WINDOWCall),
        #[allow(missing_docs)]
        MAX_FEE_BPS(MAX_FEE_BPSCall),
        #[allow(missing_docs)]
        MIN_DISPUTE_WINDOW(MIN_DISPUTE_WINDOWCall),
        #[allow(missing_docs)]
        SALE_ATTESTATION_TYPEHASH(SALE_ATTESTATION_TYPEHASHCall),
        #[allow(missing_docs)]
        TRADE_APPROVAL_TYPEHASH(TRADE_APPROVAL_TYPEHASHCall),
        #[allow(missing_docs)]
        acceptDefaultAdminTransfer(acceptDefaultAdminTransferCall),
        #[allow(missing_docs)]
        beginDefaultAdminTransfer(beginDefaultAdminTransferCall),
        #[allow(missing_docs)]
        cancelDefaultAdminTransfer(cancelDefaultAdminTransferCall),
        #[allow(missing_docs)]
        changeDefaultAdminDelay(changeDefaultAdminDelayCall),
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
        defaultAdmin(defaultAdminCall),
        #[allow(missing_docs)]
        defaultAdminDelay(defaultAdminDelayCall),
        #[allow(missing_docs)]
        defaultAdminDelayIncreaseWait(defaultAdminDelayIncreaseWaitCall),
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
        owner(ownerCall),
        #[allow(missing_docs)]
        pendingDefaultAdmin(pendingDefaultAdminCall),
        #[allow(missing_docs)]
        pendingDefaultAdminDelay(pendingDefaultAdminDelayCall),
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
        rollbackDefaultAdminDelay(rollbackDefaultAdminDelayCall),
        #[allow(missing_docs)]
        saleAttestationDigest(saleAttestationDigestCall),
        #[allow(missing_docs)]
        setFee(setFeeCall),
        #[allow(missing_docs)]
        setTreasury(setTreasuryCall),
        #[allow(missing_docs)]
        settle(settleCall),
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
            [2u8, 45u8, 99u8, 251u8],
            [4u8, 142u8, 69u8, 202u8],
            [10u8, 166u8, 34u8, 11u8],
            [10u8, 235u8, 235u8, 78u8],
            [17u8, 84u8, 44u8, 187u8],
            [17u8, 127u8, 95u8, 146u8],
            [20u8, 2u8, 177u8, 122u8],
            [36u8, 138u8, 156u8, 163u8],
            [47u8, 47u8, 241u8, 93u8],
            [54u8, 86u8, 138u8, 190u8],
            [55u8, 71u8, 92u8, 81u8],
            [77u8, 16u8, 74u8, 223u8],
            [87u8, 43u8, 108u8, 5u8],
            [90u8, 13u8, 84u8, 142u8],
            [91u8, 173u8, 190u8, 76u8],
            [97u8, 208u8, 39u8, 179u8],
            [99u8, 78u8, 147u8, 218u8],
            [100u8, 154u8, 94u8, 199u8],
            [104u8, 153u8, 208u8, 245u8],
            [121u8, 160u8, 90u8, 49u8],
            [125u8, 160u8, 168u8, 119u8],
            [126u8, 206u8, 190u8, 0u8],
            [128u8, 203u8, 198u8, 250u8],
            [132u8, 176u8, 25u8, 110u8],
            [132u8, 239u8, 143u8, 252u8],
            [141u8, 165u8, 203u8, 91u8],
            [142u8, 0u8, 85u8, 83u8],
            [144u8, 199u8, 51u8, 239u8],
            [145u8, 209u8, 72u8, 84u8],
            [149u8, 13u8, 235u8, 7u8],
            [153u8, 91u8, 166u8, 166u8],
            [161u8, 237u8, 165u8, 60u8],
            [162u8, 23u8, 253u8, 223u8],
            [167u8, 111u8, 182u8, 142u8],
            [177u8, 122u8, 205u8, 205u8],
            [197u8, 93u8, 5u8, 242u8],
            [203u8, 234u8, 181u8, 22u8],
            [204u8, 132u8, 99u8, 200u8],
            [206u8, 252u8, 20u8, 41u8],
            [207u8, 110u8, 239u8, 183u8],
            [213u8, 71u8, 116u8, 31u8],
            [213u8, 91u8, 232u8, 198u8],
            [214u8, 2u8, 185u8, 253u8],
            [216u8, 69u8, 164u8, 179u8],
            [216u8, 100u8, 231u8, 64u8],
            [221u8, 202u8, 63u8, 67u8],
            [221u8, 213u8, 225u8, 178u8],
            [224u8, 160u8, 207u8, 116u8],
            [234u8, 6u8, 215u8, 230u8],
            [240u8, 244u8, 66u8, 96u8],
            [252u8, 12u8, 84u8, 106u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(supportsInterface),
            ::core::stringify!(defaultAdminDelayIncreaseWait),
            ::core::stringify!(resolve),
            ::core::stringify!(rollbackDefaultAdminDelay),
            ::core::stringify!(close),
            ::core::stringify!(openRequestWithPermit),
            ::core::stringify!(disputeWindow),
            ::core::stringify!(refundExpired),
            ::core::stringify!(getRoleAdmin),
            ::core::stringify!(grantRole),
            ::core::stringify!(renounceRole),
            ::core::stringify!(SALE_ATTESTATION_TYPEHASH),
            ::core::stringify!(ARBITER_ROLE),
            ::core::stringify!(isTrustedForwarder),
            ::core::stringify!(saleAttestationDigest),
            ::core::stringify!(requestCount),
            ::core::stringify!(treasury),
            ::core::stringify!(beginDefaultAdminTransfer),
            ::core::stringify!(changeDefaultAdminDelay),
            ::core::stringify!(dispute),
            ::core::stringify!(ADMIN_TRANSFER_DELAY),
            ::core::stringify!(trustedForwarder),
            ::core::stringify!(nonces),
            ::core::stringify!(MAX_DISPUTE_WINDOW),
            ::core::stringify!(eip712Domain),
            ::core::stringify!(defaultAdmin),
            ::core::stringify!(owner),
            ::core::stringify!(setFee),
            ::core::stringify!(settle),
            ::core::stringify!(hasRole),
            ::core::stringify!(openRequest),
            ::core::stringify!(tradeApprovalDigest),
            ::core::stringify!(pendingDefaultAdminDelay),
            ::core::stringify!(DEFAULT_ADMIN_ROLE),
            ::core::stringify!(isAttested),
            ::core::stringify!(collectFees),
            ::core::stringify!(claimMany),
            ::core::stringify!(MIN_DISPUTE_WINDOW),
            ::core::stringify!(defaultAdminDelay),
            ::core::stringify!(acceptDefaultAdminTransfer),
            ::core::stringify!(pendingDefaultAdmin),
            ::core::stringify!(revokeRole),
            ::core::stringify!(MAX_FEE_BPS),
            ::core::stringify!(cancelDefaultAdminTransfer),
            ::core::stringify!(request),
            ::core::stringify!(committee),
            ::core::stringify!(fee),
            ::core::stringify!(claim),
            ::core::stringify!(trade),
            ::core::stringify!(TRADE_APPROVAL_TYPEHASH),
            ::core::stringify!(setTreasury),
            ::core::stringify!(token),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <supportsInterfaceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <defaultAdminDelayIncreaseWaitCall as alloy_sol_types::SolCall>::SIGNATURE,
            <resolveCall as alloy_sol_types::SolCall>::SIGNATURE,
            <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <closeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <openRequestWithPermitCall as alloy_sol_types::SolCall>::SIGNATURE,
            <disputeWindowCall as alloy_sol_types::SolCall>::SIGNATURE,
            <refundExpiredCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getRoleAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <renounceRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <SALE_ATTESTATION_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ARBITER_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <isTrustedForwarderCall as alloy_sol_types::SolCall>::SIGNATURE,
            <saleAttestationDigestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <requestCountCall as alloy_sol_types::SolCall>::SIGNATURE,
            <treasuryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <beginDefaultAdminTransferCall as alloy_sol_types::SolCall>::SIGNATURE,
            <changeDefaultAdminDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <disputeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::SIGNATURE,
            <trustedForwarderCall as alloy_sol_types::SolCall>::SIGNATURE,
            <noncesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_DISPUTE_WINDOWCall as alloy_sol_types::SolCall>::SIGNATURE,
            <eip712DomainCall as alloy_sol_types::SolCall>::SIGNATURE,
            <defaultAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ownerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setFeeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <settleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hasRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <openRequestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <tradeApprovalDigestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pendingDefaultAdminDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <isAttestedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <collectFeesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <claimManyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MIN_DISPUTE_WINDOWCall as alloy_sol_types::SolCall>::SIGNATURE,
            <defaultAdminDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pendingDefaultAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_FEE_BPSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <cancelDefaultAdminTransferCall as alloy_sol_types::SolCall>::SIGNATURE,
            <requestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <committeeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <feeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <claimCall as alloy_sol_types::SolCall>::SIGNATURE,
            <tradeCall as alloy_sol_types::SolCall>::SIGNATURE,
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
        const COUNT: usize = 52usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::ADMIN_TRANSFER_DELAY(_) => {
                    <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::ARBITER_ROLE(_) => <ARBITER_ROLECall as alloy_sol_types::SolCall>::SELECTOR,
                Self::DEFAULT_ADMIN_ROLE(_) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_DISPUTE_WINDOW(_) => {
                    <MAX_DISPUTE_WINDOWCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_FEE_BPS(_) => <MAX_FEE_BPSCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::MIN_DISPUTE_WINDOW(_) => {
                    <MIN_DISPUTE_WINDOWCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::SALE_ATTESTATION_TYPEHASH(_) => {
                    <SALE_ATTESTATION_TYPEHASHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::TRADE_APPROVAL_TYPEHASH(_) => {
                    <TRADE_APPROVAL_TYPEHASHCall as alloy_sol_types::SolCall>::SELECTOR
                }
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
                Self::claim(_) => <claimCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::claimMany(_) => <claimManyCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::close(_) => <closeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::collectFees(_) => <collectFeesCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::committee(_) => <committeeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::defaultAdmin(_) => <defaultAdminCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::defaultAdminDelay(_) => {
                    <defaultAdminDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::defaultAdminDelayIncreaseWait(_) => {
                    <defaultAdminDelayIncreaseWaitCall as alloy_sol_types::SolCall>::SELECTOR
                }
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
                Self::owner(_) => <ownerCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::pendingDefaultAdmin(_) => {
                    <pendingDefaultAdminCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::pendingDefaultAdminDelay(_) => {
                    <pendingDefaultAdminDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::refundExpired(_) => <refundExpiredCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::renounceRole(_) => <renounceRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::request(_) => <requestCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::requestCount(_) => <requestCountCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::resolve(_) => <resolveCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::revokeRole(_) => <revokeRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::rollbackDefaultAdminDelay(_) => {
                    <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::saleAttestationDigest(_) => {
                    <saleAttestationDigestCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setFee(_) => <setFeeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::setTreasury(_) => <setTreasuryCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::settle(_) => <settleCall as alloy_sol_types::SolCall>::SELECTOR,
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
                    fn defaultAdminDelayIncreaseWait(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <defaultAdminDelayIncreaseWaitCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DataMarketCalls::defaultAdminDelayIncreaseWait)
                    }
                    defaultAdminDelayIncreaseWait
                },
                {
                    fn resolve(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <resolveCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::resolve)
                    }
                    resolve
                },
                {
                    fn rollbackDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(DataMarketCalls::rollbackDefaultAdminDelay)
                    }
                    rollbackDefaultAdminDelay
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
                    fn beginDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <beginDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(DataMarketCalls::beginDefaultAdminTransfer)
                    }
                    beginDefaultAdminTransfer
                },
                {
                    fn changeDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <changeDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(DataMarketCalls::changeDefaultAdminDelay)
                    }
                    changeDefaultAdminDelay
                },
                {
                    fn dispute(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <disputeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::dispute)
                    }
                    dispute
                },
                {
                    fn ADMIN_TRANSFER_DELAY(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::ADMIN_TRANSFER_DELAY)
                    }
                    ADMIN_TRANSFER_DELAY
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
                    fn defaultAdmin(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <defaultAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::defaultAdmin)
                    }
                    defaultAdmin
                },
                {
                    fn owner(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::owner)
                    }
                    owner
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
                    fn pendingDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <pendingDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(DataMarketCalls::pendingDefaultAdminDelay)
                    }
                    pendingDefaultAdminDelay
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
                    fn defaultAdminDelay(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <defaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::defaultAdminDelay)
                    }
                    defaultAdminDelay
                },
                {
                    fn acceptDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DataMarketCalls::acceptDefaultAdminTransfer)
                    }
                    acceptDefaultAdminTransfer
                },
                {
                    fn pendingDefaultAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <pendingDefaultAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DataMarketCalls::pendingDefaultAdmin)
                    }
                    pendingDefaultAdmin
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
                    fn cancelDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <cancelDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DataMarketCalls::cancelDefaultAdminTransfer)
                    }
                    cancelDefaultAdminTransfer
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
                    fn defaultAdminDelayIncreaseWait(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <defaultAdminDelayIncreaseWaitCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketCalls::defaultAdminDelayIncreaseWait)
                    }
                    defaultAdminDelayIncreaseWait
                },
                {
                    fn resolve(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <resolveCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::resolve)
                    }
                    resolve
                },
                {
                    fn rollbackDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketCalls::rollbackDefaultAdminDelay)
                    }
                    rollbackDefaultAdminDelay
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
                    fn beginDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <beginDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketCalls::beginDefaultAdminTransfer)
                    }
                    beginDefaultAdminTransfer
                },
                {
                    fn changeDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <changeDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketCalls::changeDefaultAdminDelay)
                    }
                    changeDefaultAdminDelay
                },
                {
                    fn dispute(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <disputeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::dispute)
                    }
                    dispute
                },
                {
                    fn ADMIN_TRANSFER_DELAY(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketCalls::ADMIN_TRANSFER_DELAY)
                    }
                    ADMIN_TRANSFER_DELAY
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
                    fn defaultAdmin(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <defaultAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(DataMarketCalls::defaultAdmin)
                    }
                    defaultAdmin
                },
                {
                    fn owner(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(DataMarketCalls::owner)
                    }
                    owner
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
                    fn pendingDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <pendingDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketCalls::pendingDefaultAdminDelay)
                    }
                    pendingDefaultAdminDelay
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
                    fn defaultAdminDelay(data: &[u8]) -> alloy_sol_types::Result<DataMarketCalls> {
                        <defaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketCalls::defaultAdminDelay)
                    }
                    defaultAdminDelay
                },
                {
                    fn acceptDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketCalls::acceptDefaultAdminTransfer)
                    }
                    acceptDefaultAdminTransfer
                },
                {
                    fn pendingDefaultAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <pendingDefaultAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketCalls::pendingDefaultAdmin)
                    }
                    pendingDefaultAdmin
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
                    fn cancelDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketCalls> {
                        <cancelDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketCalls::cancelDefaultAdminTransfer)
                    }
                    cancelDefaultAdminTransfer
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
                Self::ADMIN_TRANSFER_DELAY(inner) => {
                    <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ARBITER_ROLE(inner) => {
                    <ARBITER_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_DISPUTE_WINDOW(inner) => {
                    <MAX_DISPUTE_WINDOWCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_FEE_BPS(inner) => {
                    <MAX_FEE_BPSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MIN_DISPUTE_WINDOW(inner) => {
                    <MIN_DISPUTE_WINDOWCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
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
                    <collectFeesCall as alloy_sol_types::SolCall>::abi_encoded_size(
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
                Self::dispute(inner) => {
                    <disputeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::disputeWindow(inner) => {
                    <disputeWindowCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::eip712Domain(inner) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::fee(inner) => {
                    <feeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
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
                Self::isTrustedForwarder(inner) => {
                    <isTrustedForwarderCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::nonces(inner) => {
                    <noncesCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::openRequest(inner) => {
                    <openRequestCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::openRequestWithPermit(inner) => {
                    <openRequestWithPermitCall as alloy_sol_types::SolCall>::abi_encoded_size(
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
                Self::refundExpired(inner) => {
                    <refundExpiredCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::request(inner) => {
                    <requestCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::requestCount(inner) => {
                    <requestCountCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::resolve(inner) => {
                    <resolveCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::rollbackDefaultAdminDelay(inner) => {
                    <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::saleAttestationDigest(inner) => {
                    <saleAttestationDigestCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setFee(inner) => {
                    <setFeeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setTreasury(inner) => {
                    <setTreasuryCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::settle(inner) => {
                    <settleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::token(inner) => {
                    <tokenCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::trade(inner) => {
                    <tradeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::tradeApprovalDigest(inner) => {
                    <tradeApprovalDigestCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::treasury(inner) => {
                    <treasuryCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
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
                Self::ARBITER_ROLE(inner) => {
                    <ARBITER_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::MAX_DISPUTE_WINDOW(inner) => {
                    <MAX_DISPUTE_WINDOWCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::MAX_FEE_BPS(inner) => {
                    <MAX_FEE_BPSCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
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
                Self::rollbackDefaultAdminDelay(inner) => {
                    <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
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
        AccessControlEnforcedDefaultAdminDelay(AccessControlEnforcedDefaultAdminDelay),
        #[allow(missing_docs)]
        AccessControlEnforcedDefaultAdminRules(AccessControlEnforcedDefaultAdminRules),
        #[allow(missing_docs)]
        AccessControlInvalidDefaultAdmin(AccessControlInvalidDefaultAdmin),
        #[allow(missing_docs)]
        AccessControlUnauthorizedAccount(AccessControlUnauthorizedAccount),
        #[allow(missing_docs)]
        AlreadyClosed(AlreadyClosed),
        #[allow(missing_docs)]
        AlreadyTraded(AlreadyTraded),
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
        SafeCastOverflowedUintDowncast(SafeCastOverflowedUintDowncast),
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
            [25u8, 202u8, 94u8, 187u8],
            [31u8, 121u8, 187u8, 231u8],
            [35u8, 195u8, 148u8, 178u8],
            [48u8, 90u8, 39u8, 169u8],
            [58u8, 215u8, 119u8, 26u8],
            [62u8, 229u8, 174u8, 181u8],
            [63u8, 195u8, 194u8, 122u8],
            [65u8, 171u8, 200u8, 1u8],
            [82u8, 116u8, 175u8, 231u8],
            [94u8, 62u8, 1u8, 40u8],
            [99u8, 72u8, 108u8, 82u8],
            [102u8, 151u8, 178u8, 50u8],
            [109u8, 252u8, 198u8, 80u8],
            [117u8, 45u8, 136u8, 192u8],
            [121u8, 101u8, 251u8, 7u8],
            [131u8, 44u8, 152u8, 253u8],
            [135u8, 175u8, 95u8, 110u8],
            [142u8, 167u8, 12u8, 7u8],
            [162u8, 241u8, 29u8, 95u8],
            [179u8, 81u8, 43u8, 12u8],
            [189u8, 81u8, 69u8, 219u8],
            [194u8, 44u8, 128u8, 34u8],
            [205u8, 33u8, 219u8, 79u8],
            [216u8, 85u8, 196u8, 244u8],
            [218u8, 123u8, 32u8, 17u8],
            [226u8, 81u8, 125u8, 63u8],
            [248u8, 177u8, 226u8, 252u8],
            [255u8, 99u8, 58u8, 56u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(NotVerifiedResearcher),
            ::core::stringify!(RequestNotOpen),
            ::core::stringify!(DisputeWindowOpen),
            ::core::stringify!(InvalidTreasury),
            ::core::stringify!(AccessControlEnforcedDefaultAdminDelay),
            ::core::stringify!(UnknownRequest),
            ::core::stringify!(RequestFull),
            ::core::stringify!(StringTooLong),
            ::core::stringify!(PriceMismatch),
            ::core::stringify!(ReentrancyGuardReentrantCall),
            ::core::stringify!(AccessControlEnforcedDefaultAdminRules),
            ::core::stringify!(InvalidRequest),
            ::core::stringify!(SafeERC20FailedOperation),
            ::core::stringify!(AlreadyClosed),
            ::core::stringify!(DisputeWindowClosed),
            ::core::stringify!(AccessControlBadConfirmation),
            ::core::stringify!(SafeCastOverflowedUintDowncast),
            ::core::stringify!(InvalidAccountNonce),
            ::core::stringify!(DisputeWindowOutOfBounds),
            ::core::stringify!(NotAttested),
            ::core::stringify!(WrongTradeStatus),
            ::core::stringify!(FeeTooHigh),
            ::core::stringify!(FeesNotCollectable),
            ::core::stringify!(InvalidShortString),
            ::core::stringify!(DeadlineNotReached),
            ::core::stringify!(AccessControlInvalidDefaultAdmin),
            ::core::stringify!(SignatureExpired),
            ::core::stringify!(InvalidSignature),
            ::core::stringify!(AlreadyTraded),
            ::core::stringify!(AccessControlUnauthorizedAccount),
            ::core::stringify!(NotResearcher),
            ::core::stringify!(LengthMismatch),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <NotVerifiedResearcher as alloy_sol_types::SolError>::SIGNATURE,
            <RequestNotOpen as alloy_sol_types::SolError>::SIGNATURE,
            <DisputeWindowOpen as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidTreasury as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlEnforcedDefaultAdminDelay as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownRequest as alloy_sol_types::SolError>::SIGNATURE,
            <RequestFull as alloy_sol_types::SolError>::SIGNATURE,
            <StringTooLong as alloy_sol_types::SolError>::SIGNATURE,
            <PriceMismatch as alloy_sol_types::SolError>::SIGNATURE,
            <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlEnforcedDefaultAdminRules as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidRequest as alloy_sol_types::SolError>::SIGNATURE,
            <SafeERC20FailedOperation as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadyClosed as alloy_sol_types::SolError>::SIGNATURE,
            <DisputeWindowClosed as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlBadConfirmation as alloy_sol_types::SolError>::SIGNATURE,
            <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidAccountNonce as alloy_sol_types::SolError>::SIGNATURE,
            <DisputeWindowOutOfBounds as alloy_sol_types::SolError>::SIGNATURE,
            <NotAttested as alloy_sol_types::SolError>::SIGNATURE,
            <WrongTradeStatus as alloy_sol_types::SolError>::SIGNATURE,
            <FeeTooHigh as alloy_sol_types::SolError>::SIGNATURE,
            <FeesNotCollectable as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidShortString as alloy_sol_types::SolError>::SIGNATURE,
            <DeadlineNotReached as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlInvalidDefaultAdmin as alloy_sol_types::SolError>::SIGNATURE,
            <SignatureExpired as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidSignature as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadyTraded as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SIGNATURE,
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
        const COUNT: usize = 32usize;
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
                Self::AlreadyClosed(_) => <AlreadyClosed as alloy_sol_types::SolError>::SELECTOR,
                Self::AlreadyTraded(_) => <AlreadyTraded as alloy_sol_types::SolError>::SELECTOR,
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
                Self::SafeCastOverflowedUintDowncast(_) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SELECTOR
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
                    fn AccessControlEnforcedDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <AccessControlEnforcedDefaultAdminDelay as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                DataMarketErrors::AccessControlEnforcedDefaultAdminDelay,
                            )
                    }
                    AccessControlEnforcedDefaultAdminDelay
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
                    fn AccessControlEnforcedDefaultAdminRules(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <AccessControlEnforcedDefaultAdminRules as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                DataMarketErrors::AccessControlEnforcedDefaultAdminRules,
                            )
                    }
                    AccessControlEnforcedDefaultAdminRules
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
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DataMarketErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
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
                    fn AccessControlInvalidDefaultAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <AccessControlInvalidDefaultAdmin as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DataMarketErrors::AccessControlInvalidDefaultAdmin)
                    }
                    AccessControlInvalidDefaultAdmin
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
                    fn AccessControlEnforcedDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <AccessControlEnforcedDefaultAdminDelay as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                DataMarketErrors::AccessControlEnforcedDefaultAdminDelay,
                            )
                    }
                    AccessControlEnforcedDefaultAdminDelay
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
                    fn AccessControlEnforcedDefaultAdminRules(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <AccessControlEnforcedDefaultAdminRules as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                DataMarketErrors::AccessControlEnforcedDefaultAdminRules,
                            )
                    }
                    AccessControlEnforcedDefaultAdminRules
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
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
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
                    fn AccessControlInvalidDefaultAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DataMarketErrors> {
                        <AccessControlInvalidDefaultAdmin as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DataMarketErrors::AccessControlInvalidDefaultAdmin)
                    }
                    AccessControlInvalidDefaultAdmin
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
                Self::AlreadyClosed(inner) => {
                    <AlreadyClosed as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::AlreadyTraded(inner) => {
                    <AlreadyTraded as alloy_sol_types::SolError>::abi_encoded_size(inner)
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
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encoded_size(
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
                Self::AlreadyClosed(inner) => {
                    <AlreadyClosed as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AlreadyTraded(inner) => {
                    <AlreadyTraded as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::DeadlineNotReached(inner) => {
                    <DeadlineNotReached as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::DisputeWindowClosed(inner) => {
                    <DisputeWindowClosed as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::DisputeWindowOpen(inner) => {
                    <DisputeWindowOpen as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::DisputeWindowOutOfBounds(inner) => {
                    <DisputeWindowOutOfBounds as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::FeeTooHigh(inner) => {
                    <FeeTooHigh as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::FeesNotCollectable(inner) => {
                    <FeesNotCollectable as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidAccountNonce(inner) => {
                    <InvalidAccountNonce as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidRequest(inner) => {
                    <InvalidRequest as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidShortString(inner) => {
                    <InvalidShortString as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidSignature(inner) => {
                    <InvalidSignature as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidTreasury(inner) => {
                    <InvalidTreasury as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::LengthMismatch(inner) => {
                    <LengthMismatch as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotAttested(inner) => {
                    <NotAttested as alloy_sol_types::SolError>::abi_encode_raw(
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
                Self::NotVerifiedResearcher(inner) => {
                    <NotVerifiedResearcher as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::PriceMismatch(inner) => {
                    <PriceMismatch as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ReentrancyGuardReentrantCall(inner) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RequestFull(inner) => {
                    <RequestFull as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RequestNotOpen(inner) => {
                    <RequestNotOpen as alloy_sol_types::SolError>::abi_encode_raw(
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
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SignatureExpired(inner) => {
                    <SignatureExpired as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StringTooLong(inner) => {
                    <StringTooLong as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UnknownRequest(inner) => {
                    <UnknownRequest as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::WrongTradeStatus(inner) => {
                    <WrongTradeStatus as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`DataMarket`](self) events.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum DataMarketEvents {
        #[allow(missing_docs)]
        DefaultAdminDelayChangeCanceled(DefaultAdminDelayChangeCanceled),
        #[allow(missing_docs)]
        DefaultAdminDelayChangeScheduled(DefaultAdminDelayChangeScheduled),
        #[allow(missing_docs)]
        DefaultAdminTransferCanceled(DefaultAdminTransferCanceled),
        #[allow(missing_docs)]
        DefaultAdminTransferScheduled(DefaultAdminTransferScheduled),
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
                114u8, 1u8, 90u8, 206u8, 3u8, 113u8, 47u8, 54u8, 18u8, 73u8, 56u8, 6u8, 87u8,
                179u8, 212u8, 7u8, 119u8, 221u8, 143u8, 138u8, 104u8, 102u8, 100u8, 202u8, 180u8,
                138u8, 253u8, 157u8, 187u8, 228u8, 73u8, 159u8,
            ],
            [
                136u8, 134u8, 235u8, 252u8, 66u8, 89u8, 171u8, 219u8, 193u8, 102u8, 1u8, 221u8,
                143u8, 181u8, 103u8, 142u8, 84u8, 135u8, 143u8, 71u8, 179u8, 195u8, 72u8, 54u8,
                207u8, 197u8, 17u8, 84u8, 169u8, 96u8, 81u8, 9u8,
            ],
            [
                144u8, 81u8, 114u8, 107u8, 220u8, 211u8, 251u8, 121u8, 222u8, 195u8, 227u8, 148u8,
                28u8, 88u8, 120u8, 231u8, 145u8, 235u8, 111u8, 113u8, 149u8, 78u8, 232u8, 54u8,
                192u8, 132u8, 171u8, 227u8, 148u8, 213u8, 171u8, 82u8,
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
                232u8, 195u8, 231u8, 233u8, 168u8, 196u8, 203u8, 14u8, 13u8, 158u8, 143u8, 170u8,
                235u8, 229u8, 137u8, 49u8, 138u8, 74u8, 131u8, 230u8, 156u8, 49u8, 199u8, 52u8,
                157u8, 138u8, 253u8, 236u8, 55u8, 129u8, 217u8, 99u8,
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
            ::core::stringify!(EIP712DomainChanged),
            ::core::stringify!(RequestOpened),
            ::core::stringify!(TradeSettled),
            ::core::stringify!(DefaultAdminDelayChangeCanceled),
            ::core::stringify!(RoleGranted),
            ::core::stringify!(DefaultAdminTransferScheduled),
            ::core::stringify!(TreasurySet),
            ::core::stringify!(TradePaid),
            ::core::stringify!(TradeRefunded),
            ::core::stringify!(FeesCollected),
            ::core::stringify!(DefaultAdminTransferCanceled),
            ::core::stringify!(RequestClosed),
            ::core::stringify!(FeeSet),
            ::core::stringify!(RoleAdminChanged),
            ::core::stringify!(TradeDisputed),
            ::core::stringify!(DefaultAdminDelayChangeScheduled),
            ::core::stringify!(RoleRevoked),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <RequestOpened as alloy_sol_types::SolEvent>::SIGNATURE,
            <TradeSettled as alloy_sol_types::SolEvent>::SIGNATURE,
            <DefaultAdminDelayChangeCanceled as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE,
            <DefaultAdminTransferScheduled as alloy_sol_types::SolEvent>::SIGNATURE,
            <TreasurySet as alloy_sol_types::SolEvent>::SIGNATURE,
            <TradePaid as alloy_sol_types::SolEvent>::SIGNATURE,
            <TradeRefunded as alloy_sol_types::SolEvent>::SIGNATURE,
            <FeesCollected as alloy_sol_types::SolEvent>::SIGNATURE,
            <DefaultAdminTransferCanceled as alloy_sol_types::SolEvent>::SIGNATURE,
            <RequestClosed as alloy_sol_types::SolEvent>::SIGNATURE,
            <FeeSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <TradeDisputed as alloy_sol_types::SolEvent>::SIGNATURE,
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
    impl alloy_sol_types::SolEventInterface for DataMarketEvents {
        const NAME: &'static str = "DataMarketEvents";
        const COUNT: usize = 17usize;
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
        ///Creates a new call builder for the [`ADMIN_TRANSFER_DELAY`] function.
        pub fn ADMIN_TRANSFER_DELAY(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, ADMIN_TRANSFER_DELAYCall, N> {
            self.call_builder(&ADMIN_TRANSFER_DELAYCall)
        }
        ///Creates a new call builder for the [`ARBITER_ROLE`] function.
        pub fn ARBITER_ROLE(&self) -> alloy_contract::SolCallBuilder<&P, ARBITER_ROLECall, N> {
            self.call_builder(&ARBITER_ROLECall)
        }
        ///Creates a new call builder for the [`DEFAULT_ADMIN_ROLE`] function.
        pub fn DEFAULT_ADMIN_ROLE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_ADMIN_ROLECall, N> {
            self.call_builder(&DEFAULT_ADMIN_ROLECall)
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
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, renounceRoleCall, N> {
            self.call_builder(&renounceRoleCall { role, account })
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
        ///Creates a new call builder for the [`rollbackDefaultAdminDelay`] function.
        pub fn rollbackDefaultAdminDelay(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, rollbackDefaultAdminDelayCall, N> {
            self.call_builder(&rollbackDefaultAdminDelayCall)
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
