///Module containing a contract's types and functions.
/**

```solidity
library IConsentManager {
    type Access is uint8;
    type EmergencyStatus is uint8;
    struct ConsentChange { address controller; bytes32 grantId; Access access; uint64 expiresAt; bytes32 noticeHash; uint64 nonce; uint256 deadline; }
    struct Emergency { bytes32 tag; address provider; uint64 openedAt; uint64 expiresAt; uint16 reasonCode; EmergencyStatus status; }
    struct GuardianAction { bytes32 grantId; Access access; uint64 expiresAt; bytes32 noticeHash; bytes32 salt; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IConsentManager {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Access(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Access> for u8 {
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
        impl Access {
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
        impl From<u8> for Access {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<Access> for u8 {
            fn from(value: Access) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Access {
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
        impl alloy_sol_types::EventTopic for Access {
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
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EmergencyStatus(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<EmergencyStatus> for u8 {
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
        impl EmergencyStatus {
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
        impl From<u8> for EmergencyStatus {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<EmergencyStatus> for u8 {
            fn from(value: EmergencyStatus) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for EmergencyStatus {
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
        impl alloy_sol_types::EventTopic for EmergencyStatus {
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
    struct ConsentChange { address controller; bytes32 grantId; Access access; uint64 expiresAt; bytes32 noticeHash; uint64 nonce; uint256 deadline; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentChange {
        #[allow(missing_docs)]
        pub controller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub grantId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub access: <Access as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub expiresAt: u64,
        #[allow(missing_docs)]
        pub noticeHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub nonce: u64,
        #[allow(missing_docs)]
        pub deadline: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::FixedBytes<32>,
            Access,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::FixedBytes<32>,
            <Access as alloy::sol_types::SolType>::RustType,
            u64,
            alloy::sol_types::private::FixedBytes<32>,
            u64,
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
        impl ::core::convert::From<ConsentChange> for UnderlyingRustTuple<'_> {
            fn from(value: ConsentChange) -> Self {
                (
                    value.controller,
                    value.grantId,
                    value.access,
                    value.expiresAt,
                    value.noticeHash,
                    value.nonce,
                    value.deadline,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ConsentChange {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    controller: tuple.0,
                    grantId: tuple.1,
                    access: tuple.2,
                    expiresAt: tuple.3,
                    noticeHash: tuple.4,
                    nonce: tuple.5,
                    deadline: tuple.6,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for ConsentChange {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for ConsentChange {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.controller,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.grantId),
                    <Access as alloy_sol_types::SolType>::tokenize(&self.access),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiresAt),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.noticeHash),
                    <alloy::sol_types::sol_data::Uint<
                        64,
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
        impl alloy_sol_types::SolType for ConsentChange {
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
        impl alloy_sol_types::SolStruct for ConsentChange {
            const NAME: &'static str = "ConsentChange";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "ConsentChange(address controller,bytes32 grantId,uint8 access,uint64 expiresAt,bytes32 noticeHash,uint64 nonce,uint256 deadline)",
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
                            &self.controller,
                        )
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.grantId)
                        .0,
                    <Access as alloy_sol_types::SolType>::eip712_data_word(&self.access)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.expiresAt)
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.noticeHash)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
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
        impl alloy_sol_types::EventTopic for ConsentChange {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.controller,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.grantId,
                    )
                    + <Access as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.access,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.expiresAt,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.noticeHash,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
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
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.controller,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.grantId,
                    out,
                );
                <Access as alloy_sol_types::EventTopic>::encode_topic_preimage(&rust.access, out);
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.expiresAt,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.noticeHash,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
    struct Emergency { bytes32 tag; address provider; uint64 openedAt; uint64 expiresAt; uint16 reasonCode; EmergencyStatus status; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Emergency {
        #[allow(missing_docs)]
        pub tag: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub provider: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub openedAt: u64,
        #[allow(missing_docs)]
        pub expiresAt: u64,
        #[allow(missing_docs)]
        pub reasonCode: u16,
        #[allow(missing_docs)]
        pub status: <EmergencyStatus as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<16>,
            EmergencyStatus,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::Address,
            u64,
            u64,
            u16,
            <EmergencyStatus as alloy::sol_types::SolType>::RustType,
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
        impl ::core::convert::From<Emergency> for UnderlyingRustTuple<'_> {
            fn from(value: Emergency) -> Self {
                (
                    value.tag,
                    value.provider,
                    value.openedAt,
                    value.expiresAt,
                    value.reasonCode,
                    value.status,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Emergency {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    tag: tuple.0,
                    provider: tuple.1,
                    openedAt: tuple.2,
                    expiresAt: tuple.3,
                    reasonCode: tuple.4,
                    status: tuple.5,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Emergency {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Emergency {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.tag),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.provider,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.openedAt),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiresAt),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.reasonCode),
                    <EmergencyStatus as alloy_sol_types::SolType>::tokenize(&self.status),
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
        impl alloy_sol_types::SolType for Emergency {
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
        impl alloy_sol_types::SolStruct for Emergency {
            const NAME: &'static str = "Emergency";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Emergency(bytes32 tag,address provider,uint64 openedAt,uint64 expiresAt,uint16 reasonCode,uint8 status)",
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
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.tag)
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.provider,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.openedAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.expiresAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.reasonCode)
                        .0,
                    <EmergencyStatus as alloy_sol_types::SolType>::eip712_data_word(
                            &self.status,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Emergency {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.tag)
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.provider,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.openedAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.expiresAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.reasonCode,
                    )
                    + <EmergencyStatus as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.status,
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
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(&rust.tag, out);
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.provider,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.openedAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.expiresAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    16,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.reasonCode,
                    out,
                );
                <EmergencyStatus as alloy_sol_types::EventTopic>::encode_topic_preimage(
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
    struct GuardianAction { bytes32 grantId; Access access; uint64 expiresAt; bytes32 noticeHash; bytes32 salt; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GuardianAction {
        #[allow(missing_docs)]
        pub grantId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub access: <Access as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub expiresAt: u64,
        #[allow(missing_docs)]
        pub noticeHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub salt: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            Access,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            <Access as alloy::sol_types::SolType>::RustType,
            u64,
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
        impl ::core::convert::From<GuardianAction> for UnderlyingRustTuple<'_> {
            fn from(value: GuardianAction) -> Self {
                (value.grantId, value.access, value.expiresAt, value.noticeHash, value.salt)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GuardianAction {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    grantId: tuple.0,
                    access: tuple.1,
                    expiresAt: tuple.2,
                    noticeHash: tuple.3,
                    salt: tuple.4,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for GuardianAction {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for GuardianAction {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.grantId),
                    <Access as alloy_sol_types::SolType>::tokenize(&self.access),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiresAt),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.noticeHash),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.salt),
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
        impl alloy_sol_types::SolType for GuardianAction {
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
        impl alloy_sol_types::SolStruct for GuardianAction {
            const NAME: &'static str = "GuardianAction";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "GuardianAction(bytes32 grantId,uint8 access,uint64 expiresAt,bytes32 noticeHash,bytes32 salt)",
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
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.grantId)
                        .0,
                    <Access as alloy_sol_types::SolType>::eip712_data_word(&self.access)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.expiresAt)
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.noticeHash)
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.salt)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for GuardianAction {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.grantId,
                    )
                    + <Access as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.access,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.expiresAt,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.noticeHash,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.salt)
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
                    &rust.grantId,
                    out,
                );
                <Access as alloy_sol_types::EventTopic>::encode_topic_preimage(&rust.access, out);
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.expiresAt,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.noticeHash,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.salt,
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
    /**Creates a new wrapper around an on-chain [`IConsentManager`](self) contract instance.

    See the [wrapper's documentation](`IConsentManagerInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IConsentManagerInstance<P, N> {
        IConsentManagerInstance::<P, N>::new(address, __provider)
    }
    /**A [`IConsentManager`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`IConsentManager`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IConsentManagerInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IConsentManagerInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IConsentManagerInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        IConsentManagerInstance<P, N>
    {
        /**Creates a new wrapper around an on-chain [`IConsentManager`](self) contract instance.

        See the [wrapper's documentation](`IConsentManagerInstance`) for more details.*/
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
    impl<P: ::core::clone::Clone, N> IConsentManagerInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IConsentManagerInstance<P, N> {
            IConsentManagerInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        IConsentManagerInstance<P, N>
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
        IConsentManagerInstance<P, N>
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
library IConsentManager {
    type Access is uint8;
    type EmergencyStatus is uint8;
    struct ConsentChange {
        address controller;
        bytes32 grantId;
        Access access;
        uint64 expiresAt;
        bytes32 noticeHash;
        uint64 nonce;
        uint256 deadline;
    }
    struct Emergency {
        bytes32 tag;
        address provider;
        uint64 openedAt;
        uint64 expiresAt;
        uint16 reasonCode;
        EmergencyStatus status;
    }
    struct GuardianAction {
        bytes32 grantId;
        Access access;
        uint64 expiresAt;
        bytes32 noticeHash;
        bytes32 salt;
    }
}

interface ConsentManager {
    error AccessControlBadConfirmation();
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
    error AccessLogAlreadyAnchored(bytes32 root);
    error ActionAlreadyExecuted(bytes32 actionId);
    error AlreadyApproved(bytes32 actionId, address guardian);
    error BreakGlassBarred(address provider, uint64 until);
    error ChallengeStarved(uint256 emergencyId);
    error EmergencyAlreadyReviewed(uint256 emergencyId, IConsentManager.EmergencyStatus status);
    error EmergencyDurationOutOfBounds(uint64 duration);
    error EmptyAccessLog();
    error ExpiryNotInFuture(uint64 expiresAt);
    error InvalidGrantId();
    error InvalidNonce(uint256 nonce, uint256 expected);
    error InvalidShortString();
    error InvalidSignature(address controller);
    error InvalidTag();
    error NoConsent(address controller, bytes32 grantId);
    error NotCertified(address provider);
    error NotGuardian(address controller, address account);
    error NoticeMismatch(bytes32 expected);
    error ReviewNotAttested(uint256 emergencyId);
    error SignatureExpired(uint256 deadline);
    error StringTooLong(string str);
    error TooManyEmergencies(address provider, uint64 windowEndsAt);
    error UnknownEmergency(uint256 emergencyId);

    event AccessLogAnchored(bytes32 indexed root, bytes32 manifest, uint32 count);
    event AccessRequested(address indexed requester, bytes notice);
    event ConsentChanged(address indexed controller, bytes32 indexed grantId, IConsentManager.Access access, uint64 expiresAt, bytes notice);
    event EIP712DomainChanged();
    event EmergencyAccepted(uint256 indexed emergencyId);
    event EmergencyAccessOpened(uint256 indexed emergencyId, bytes32 indexed tag, address indexed provider, uint16 reasonCode, uint64 expiresAt, bytes notice);
    event EmergencyDisputed(uint256 indexed emergencyId, bytes32 evidence, uint256 reviewId);
    event EmergencyDurationSet(uint64 duration);
    event GuardianActionExecuted(bytes32 indexed actionId, uint256 approvals);
    event GuardianApproved(bytes32 indexed actionId, uint256 approvals);
    event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);
    event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
    event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);

    constructor(address admin, address forwarder, address accounts_, address providers_, address committee_, uint64 emergencyDuration_);

    function ACCESS_LOG_ROLE() external view returns (bytes32);
    function CONSENT_CHANGE_TYPEHASH() external view returns (bytes32);
    function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
    function DISPUTE_BAR() external view returns (uint64);
    function EMERGENCY_CATEGORY() external view returns (uint16);
    function EMERGENCY_REVIEW_TYPEHASH() external view returns (bytes32);
    function EMERGENCY_TAG() external view returns (bytes32);
    function GRANT_ID_TAG() external view returns (bytes32);
    function MAX_EMERGENCIES_PER_DAY() external view returns (uint32);
    function MAX_EMERGENCY_DURATION() external view returns (uint64);
    function accessLogOf(bytes32 root) external view returns (uint64 blockNumber, uint32 count);
    function anchorAccessLog(bytes32 root, bytes32 manifest, uint32 count) external;
    function approveGuardianAction(address controller, IConsentManager.GuardianAction memory action, bytes32[] memory proof, bytes memory notice) external returns (bytes32 actionId, bool executed);
    function breakGlass(bytes32 tag, uint16 reasonCode, bytes memory notice) external returns (uint256 emergencyId);
    function breakGlassBudget(address provider) external view returns (uint32 opens, uint64 windowStart, uint64 barredUntil);
    function changeDigest(IConsentManager.ConsentChange memory change) external view returns (bytes32);
    function committee() external view returns (address);
    function consentOf(address controller, bytes32 grantId) external view returns (IConsentManager.Access access, uint64 expiresAt, uint64 nonce);
    function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);
    function emergency(uint256 emergencyId) external view returns (IConsentManager.Emergency memory);
    function emergencyDuration() external view returns (uint64);
    function emergencyUntil(bytes32 tag, address provider) external view returns (uint64);
    function getRoleAdmin(bytes32 role) external view returns (bytes32);
    function grantRole(bytes32 role, address account) external;
    function guardianActionId(address controller, bytes32 root, IConsentManager.GuardianAction memory action) external pure returns (bytes32);
    function hasApproved(bytes32 actionId, address guardian) external view returns (bool);
    function hasRole(bytes32 role, address account) external view returns (bool);
    function inEmergency(bytes32 tag, address provider) external view returns (bool);
    function isExecuted(bytes32 actionId) external view returns (bool);
    function isLive(address controller, bytes32 grantId, IConsentManager.Access access) external view returns (bool);
    function isTrustedForwarder(address forwarder) external view returns (bool);
    function renounceRole(bytes32 role, address callerConfirmation) external;
    function requestAccess(bytes memory notice) external;
    function reviewDigest(uint256 emergencyId, bool accept, bytes32 evidence, address challenger) external view returns (bytes32);
    function reviewEmergency(uint256 emergencyId, bool accept, bytes32 evidence, address challenger, bytes[] memory attestations) external;
    function revokeRole(bytes32 role, address account) external;
    function setConsent(bytes32 grantId, IConsentManager.Access access, uint64 expiresAt, bytes memory notice) external;
    function setConsentBySig(IConsentManager.ConsentChange memory c, bytes memory signature, bytes memory notice) external;
    function setEmergencyDuration(uint64 duration) external;
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
        "name": "accounts_",
        "type": "address",
        "internalType": "contract IAccountRegistry"
      },
      {
        "name": "providers_",
        "type": "address",
        "internalType": "contract IProviderRegistry"
      },
      {
        "name": "committee_",
        "type": "address",
        "internalType": "contract IKeyCommittee"
      },
      {
        "name": "emergencyDuration_",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "ACCESS_LOG_ROLE",
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
    "name": "CONSENT_CHANGE_TYPEHASH",
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
    "name": "DISPUTE_BAR",
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
    "name": "EMERGENCY_CATEGORY",
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
    "name": "EMERGENCY_REVIEW_TYPEHASH",
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
    "name": "EMERGENCY_TAG",
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
    "name": "GRANT_ID_TAG",
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
    "name": "MAX_EMERGENCIES_PER_DAY",
    "inputs": [],
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
    "type": "function",
    "name": "MAX_EMERGENCY_DURATION",
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
    "name": "accessLogOf",
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
        "name": "count",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "anchorAccessLog",
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
    "name": "approveGuardianAction",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "action",
        "type": "tuple",
        "internalType": "struct IConsentManager.GuardianAction",
        "components": [
          {
            "name": "grantId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "access",
            "type": "uint8",
            "internalType": "enum IConsentManager.Access"
          },
          {
            "name": "expiresAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "noticeHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "salt",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      },
      {
        "name": "proof",
        "type": "bytes32[]",
        "internalType": "bytes32[]"
      },
      {
        "name": "notice",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "actionId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "executed",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "breakGlass",
    "inputs": [
      {
        "name": "tag",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "reasonCode",
        "type": "uint16",
        "internalType": "uint16"
      },
      {
        "name": "notice",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "emergencyId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "breakGlassBudget",
    "inputs": [
      {
        "name": "provider",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "opens",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "windowStart",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "barredUntil",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "changeDigest",
    "inputs": [
      {
        "name": "change",
        "type": "tuple",
        "internalType": "struct IConsentManager.ConsentChange",
        "components": [
          {
            "name": "controller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "grantId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "access",
            "type": "uint8",
            "internalType": "enum IConsentManager.Access"
          },
          {
            "name": "expiresAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "noticeHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "nonce",
            "type": "uint64",
            "internalType": "uint64"
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
    "name": "consentOf",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "grantId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "access",
        "type": "uint8",
        "internalType": "enum IConsentManager.Access"
      },
      {
        "name": "expiresAt",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "nonce",
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
    "name": "emergency",
    "inputs": [
      {
        "name": "emergencyId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IConsentManager.Emergency",
        "components": [
          {
            "name": "tag",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "provider",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "openedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "expiresAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "reasonCode",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "status",
            "type": "uint8",
            "internalType": "enum IConsentManager.EmergencyStatus"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "emergencyDuration",
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
    "name": "emergencyUntil",
    "inputs": [
      {
        "name": "tag",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "provider",
        "type": "address",
        "internalType": "address"
      }
    ],
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
    "name": "guardianActionId",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "root",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "action",
        "type": "tuple",
        "internalType": "struct IConsentManager.GuardianAction",
        "components": [
          {
            "name": "grantId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "access",
            "type": "uint8",
            "internalType": "enum IConsentManager.Access"
          },
          {
            "name": "expiresAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "noticeHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "salt",
            "type": "bytes32",
            "internalType": "bytes32"
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
    "name": "hasApproved",
    "inputs": [
      {
        "name": "actionId",
        "type": "bytes32",
        "internalType": "bytes32"
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
        "type": "bool",
        "internalType": "bool"
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
    "name": "inEmergency",
    "inputs": [
      {
        "name": "tag",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "provider",
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
    "name": "isExecuted",
    "inputs": [
      {
        "name": "actionId",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "name": "isLive",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "grantId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "access",
        "type": "uint8",
        "internalType": "enum IConsentManager.Access"
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
    "name": "requestAccess",
    "inputs": [
      {
        "name": "notice",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "reviewDigest",
    "inputs": [
      {
        "name": "emergencyId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "accept",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "evidence",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "challenger",
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
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "reviewEmergency",
    "inputs": [
      {
        "name": "emergencyId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "accept",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "evidence",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "challenger",
        "type": "address",
        "internalType": "address"
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
    "name": "setConsent",
    "inputs": [
      {
        "name": "grantId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "access",
        "type": "uint8",
        "internalType": "enum IConsentManager.Access"
      },
      {
        "name": "expiresAt",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "notice",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setConsentBySig",
    "inputs": [
      {
        "name": "c",
        "type": "tuple",
        "internalType": "struct IConsentManager.ConsentChange",
        "components": [
          {
            "name": "controller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "grantId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "access",
            "type": "uint8",
            "internalType": "enum IConsentManager.Access"
          },
          {
            "name": "expiresAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "noticeHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "nonce",
            "type": "uint64",
            "internalType": "uint64"
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
        "name": "notice",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setEmergencyDuration",
    "inputs": [
      {
        "name": "duration",
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
    "name": "AccessLogAnchored",
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
    "name": "AccessRequested",
    "inputs": [
      {
        "name": "requester",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "notice",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ConsentChanged",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "grantId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "access",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum IConsentManager.Access"
      },
      {
        "name": "expiresAt",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "notice",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
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
    "name": "EmergencyAccepted",
    "inputs": [
      {
        "name": "emergencyId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EmergencyAccessOpened",
    "inputs": [
      {
        "name": "emergencyId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "tag",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "provider",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "reasonCode",
        "type": "uint16",
        "indexed": false,
        "internalType": "uint16"
      },
      {
        "name": "expiresAt",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "notice",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EmergencyDisputed",
    "inputs": [
      {
        "name": "emergencyId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "evidence",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "reviewId",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EmergencyDurationSet",
    "inputs": [
      {
        "name": "duration",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "GuardianActionExecuted",
    "inputs": [
      {
        "name": "actionId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "approvals",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "GuardianApproved",
    "inputs": [
      {
        "name": "actionId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "approvals",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
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
    "name": "AccessLogAlreadyAnchored",
    "inputs": [
      {
        "name": "root",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ActionAlreadyExecuted",
    "inputs": [
      {
        "name": "actionId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "AlreadyApproved",
    "inputs": [
      {
        "name": "actionId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "guardian",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "BreakGlassBarred",
    "inputs": [
      {
        "name": "provider",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "until",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "ChallengeStarved",
    "inputs": [
      {
        "name": "emergencyId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "EmergencyAlreadyReviewed",
    "inputs": [
      {
        "name": "emergencyId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "status",
        "type": "uint8",
        "internalType": "enum IConsentManager.EmergencyStatus"
      }
    ]
  },
  {
    "type": "error",
    "name": "EmergencyDurationOutOfBounds",
    "inputs": [
      {
        "name": "duration",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "EmptyAccessLog",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ExpiryNotInFuture",
    "inputs": [
      {
        "name": "expiresAt",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidGrantId",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidNonce",
    "inputs": [
      {
        "name": "nonce",
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
    "name": "InvalidShortString",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidSignature",
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
    "name": "InvalidTag",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NoConsent",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "grantId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotCertified",
    "inputs": [
      {
        "name": "provider",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotGuardian",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
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
    "name": "NoticeMismatch",
    "inputs": [
      {
        "name": "expected",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ReviewNotAttested",
    "inputs": [
      {
        "name": "emergencyId",
        "type": "uint256",
        "internalType": "uint256"
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
    "name": "TooManyEmergencies",
    "inputs": [
      {
        "name": "provider",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "windowEndsAt",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "UnknownEmergency",
    "inputs": [
      {
        "name": "emergencyId",
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
pub mod ConsentManager {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x6101e0604052348015610010575f5ffd5b50604051613c23380380613c2383398101604081905261002f91610381565b604080518082018252600f81526e1359591d985d5b1d10dbdb9cd95b9d608a1b602080830191909152825180840190935260018352603160f81b908301526001600160a01b0387166080529061008482610163565b6101405261009181610163565b61016052815160208084019190912061010052815190820120610120524660c05261011f6101005161012051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60a05250503060e0526001600160a01b03848116610180528381166101a05282166101c05261014e5f876101a9565b5061015881610253565b5050505050506104c9565b5f5f829050601f81511115610196578260405163305a27a960e01b815260040161018d919061040f565b60405180910390fd5b80516101a182610444565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661024a575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102026102f1565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161024d565b505f5b92915050565b6001600160401b03811615806102745750620151806001600160401b038216115b1561029d57604051635c82593960e01b81526001600160401b038216600482015260240161018d565b600880546001600160401b0319166001600160401b0383169081179091556040519081527f9180643fba62a132eec4952aa355f41fb54aa355b64de490a12d2e9f615a80949060200160405180910390a150565b5f6102fa6102ff565b905090565b5f366014808210801590610317575061031733610345565b1561033d5761032a36828403815f61046a565b61033391610491565b60601c9250505090565b339250505090565b5f61034f60805190565b6001600160a01b0316826001600160a01b0316149050919050565b6001600160a01b038116811461037e575f5ffd5b50565b5f5f5f5f5f5f60c08789031215610396575f5ffd5b86516103a18161036a565b60208801519096506103b28161036a565b60408801519095506103c38161036a565b60608801519094506103d48161036a565b60808801519093506103e58161036a565b60a08801519092506001600160401b0381168114610401575f5ffd5b809150509295509295509295565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610464575f198160200360031b1b821691505b50919050565b5f5f85851115610478575f5ffd5b83861115610484575f5ffd5b5050820193919092039150565b80356001600160601b031981169060148410156104c2576001600160601b0319601485900360031b81901b82161691505b5092915050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516136b761056c5f395f818161078401526112e501525f8181610d9b015281816114fd0152611b7001525f81816116e2015261178d01525f61249601525f61246b01525f61291801525f6128f001525f61284b01525f61287501525f61289f01525f818161047201528181610549015261269801526136b75ff3fe608060405234801561000f575f5ffd5b50600436106102c2575f3560e01c80637da0a8771161017c578063a217fddf116100dd578063cc9d1fd911610093578063e52cb36a1161006e578063e52cb36a146107a8578063e5c30120146107ca578063f2343f5e146107ea575f5ffd5b8063cc9d1fd914610765578063d547741f1461076f578063d864e74014610782575f5ffd5b8063a5cd4838116100c3578063a5cd483814610717578063b2b61a4f1461073f578063b2dc720414610752575f5ffd5b8063a217fddf146106fd578063a4103fa014610704575f5ffd5b806394f1773a116101325780639ac75d87116101185780639ac75d87146106795780639e4cac2b146106a05780639ed446de146106e0575f5ffd5b806394f1773a1461063f57806398fcbacd14610652575f5ffd5b806384b0196e1161016257806384b0196e146105cc57806391d14854146105e757806393dc6ef61461061d575f5ffd5b80637da0a877146105475780637e69546214610581575f5ffd5b8063503525ec116102265780636b98e92d116101dc5780636db47374116101c25780636db47374146104e357806372ee3f90146105225780637ca8469614610535575f5ffd5b80636b98e92d146104b55780636c1ea7a1146104d0575f5ffd5b80635277f8ad1161020c5780635277f8ad1461044f578063572b6c05146104625780635d30f4b1146104a2575f5ffd5b8063503525ec14610415578063511eec4d14610428575f5ffd5b8063355dd6321161027b57806336568abe1161026157806336568abe146103c857806337e70cf4146103db5780634182a215146103ee575f5ffd5b8063355dd6321461037e578063358296b1146103a5575f5ffd5b806323cdc3f1116102ab57806323cdc3f114610301578063248a9ca3146103395780632f2ff15d14610369575f5ffd5b806301ffc9a7146102c65780631b12ef4f146102ee575b5f5ffd5b6102d96102d4366004612a8e565b6107fd565b60405190151581526020015b60405180910390f35b6102d96102fc366004612af6565b610895565b6102d961030f366004612b2f565b5f9182526009602090815260408084206001600160a01b0393909316845291905290205460ff1690565b61035b610347366004612b59565b5f9081526020819052604090206001015490565b6040519081526020016102e5565b61037c610377366004612b2f565b610935565b005b61035b7f688ea9f3146e0c8a6c7f08bda036eff8ce434aea55323ebdc7ba186b59222e1f81565b6103af6201518081565b60405167ffffffffffffffff90911681526020016102e5565b61037c6103d6366004612b2f565b61095f565b61035b6103e9366004612b7d565b6109c0565b61035b7fc3e68ab8ca78675a7c3c0d1fb65f814b91b935420a9cf001e3016b4195696d7481565b61037c610423366004612bc2565b6109d8565b61035b7fd8b744c7c59d257a5f87ed548f8dd6f2513156805f89b4fb1a01bc251c850ae281565b61035b61045d366004612c16565b610b14565b6102d9610470366004612c47565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b61037c6104b0366004612cb5565b610b20565b6104bd600981565b60405161ffff90911681526020016102e5565b61035b6104de366004612d38565b610d56565b6103af6104f1366004612b2f565b5f9182526004602090815260408084206001600160a01b0393909316845291905290205467ffffffffffffffff1690565b61035b610530366004612d96565b611115565b60085467ffffffffffffffff166103af565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b0390911681526020016102e5565b6105a761058f366004612b59565b5f908152600c60205260409081902054919082901c90565b6040805167ffffffffffffffff909316835263ffffffff9091166020830152016102e5565b6105d461111f565b6040516102e59796959493929190612dfc565b6102d96105f5366004612b2f565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b61063061062b366004612eae565b61117d565b6040516102e593929190612f17565b61037c61064d366004612f8e565b6111ff565b61035b7f387d3aae5481f2ed35567acc1f515385864163236ca97d39ed75b1180c9800b681565b61035b7fc716c3f4e25dfa54687a236c0f14c6f0d3dc90940443149d7fbcec4d7b77b49b81565b6106b36106ae366004612c47565b611640565b6040805163ffffffff909416845267ffffffffffffffff92831660208501529116908201526060016102e5565b6106e8600581565b60405163ffffffff90911681526020016102e5565b61035b5f81565b61037c61071236600461301a565b61167a565b61072a610725366004613067565b611696565b604080519283529015156020830152016102e5565b61037c61074d3660046130e7565b611aec565b6102d9610760366004612b2f565b611b03565b6103af62278d0081565b61037c61077d366004612b2f565b611bd9565b7f0000000000000000000000000000000000000000000000000000000000000000610569565b6102d96107b6366004612b59565b5f908152600b602052604090205460ff1690565b6107dd6107d8366004612b59565b611bfd565b6040516102e59190613110565b61037c6107f836600461317d565b611cf5565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061088f57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f808260028111156108a9576108a9612ed6565b036108b557505f61092e565b604080516001600160a01b038616602080830191909152818301869052825180830384018152606090920183528151918101919091205f9081526003909152205467ffffffffffffffff81164210801561092a575082600281111561091c5761091c612ed6565b60ff16604082901c60ff1610155b9150505b9392505050565b5f8281526020819052604090206001015461094f81611d43565b6109598383611d57565b50505050565b610967611e1d565b6001600160a01b0316816001600160a01b0316146109b1576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6109bb8282611e2b565b505050565b5f6109cd85858585611ee8565b90505b949350505050565b7fc716c3f4e25dfa54687a236c0f14c6f0d3dc90940443149d7fbcec4d7b77b49b610a0281611d43565b831580610a13575063ffffffff8216155b15610a4a576040517f93d2421f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f848152600c602052604090205415610a97576040517ff682fe57000000000000000000000000000000000000000000000000000000008152600481018590526024015b60405180910390fd5b5f848152600c60205260409081902067ffffffffffffffff43166bffffffff000000000000000085841b161790555184907f84ca48607e1d3480983f683ea54719282f24f08232f931dba6de480ee907960b90610b06908690869091825263ffffffff16602082015260400190565b60405180910390a250505050565b5f6109d0848484611f5b565b8460c00135421115610b64576040517fcd21db4f00000000000000000000000000000000000000000000000000000000815260c08601356004820152602401610a8e565b84608001358282604051610b799291906131bc565b604051809103902014610bbe576040517f9e812fdd00000000000000000000000000000000000000000000000000000000815260808601356004820152602401610a8e565b610bde610bce6020870187612c47565b610bd787611f90565b8686612018565b610c2d57610bef6020860186612c47565b6040517fd855c4f40000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610a8e565b5f6048600382610c7d610c4360208b018b612c47565b604080516001600160a01b0392909216602083810191909152808d0135838301528151808403830181526060909301909152815191012090565b815260208101919091526040015f2054901c905067ffffffffffffffff8116610cac60c0880160a089016130e7565b67ffffffffffffffff1614610d1257610ccb60c0870160a088016130e7565b6040517f06427aeb00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff91821660048201529082166024820152604401610a8e565b610d4e610d226020880188612c47565b6020880135610d3760608a0160408b016131cb565b610d4760808b0160608c016130e7565b8787612084565b505050505050565b5f5f610d60611e1d565b6040517f5afa50360000000000000000000000000000000000000000000000000000000081526001600160a01b0380831660048301529192507f000000000000000000000000000000000000000000000000000000000000000090911690635afa503690602401602060405180830381865afa158015610de2573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e0691906131e4565b610e47576040517f7765f12c0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610a8e565b85610e7e576040517f3a16526700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610e87816122dd565b6008545f90610ea09067ffffffffffffffff164261322c565b905060075f8154610eb09061324c565b91905081905592506040518060c00160405280888152602001836001600160a01b031681526020014267ffffffffffffffff1681526020018267ffffffffffffffff1681526020018761ffff16815260200160016003811115610f1557610f15612ed6565b90525f848152600560209081526040918290208351815590830151600182018054938501516001600160a01b039092167fffffffff00000000000000000000000000000000000000000000000000000000909416939093177401000000000000000000000000000000000000000067ffffffffffffffff928316021790925560608301516002820180546080860151929094167fffffffffffffffffffffffffffffffffffffffffffff00000000000000000000909416939093176801000000000000000061ffff909216919091021780835560a08401519192907fffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffff166a010000000000000000000083600381111561103057611030612ed6565b021790555050505f8781526004602090815260408083206001600160a01b038616845290915290205467ffffffffffffffff90811690821611156110c2575f8781526004602090815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff83161790555b816001600160a01b031687847f65abcf2657dd2ecd46596ba541c2646dad88531e4fe2744baae46632bcb50f2c89858a8a60405161110394939291906132ca565b60405180910390a45050949350505050565b5f61088f82611f90565b5f6060805f5f5f6060611130612464565b61113861248f565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b5f5f5f5f60035f6111c58888604080516001600160a01b03841660208201529081018290525f9060600160405160208183030381529060405280519060200120905092915050565b81526020019081526020015f20549050604081901c60ff1660028111156111ee576111ee612ed6565b9350915050604881901c9250925092565b5f8681526005602052604081209060028201546a0100000000000000000000900460ff16600381111561123457611234612ed6565b0361126e576040517f42557e9700000000000000000000000000000000000000000000000000000000815260048101889052602401610a8e565b600160028201546a0100000000000000000000900460ff16600381111561129757611297612ed6565b146112e3578681600201600a9054906101000a900460ff166040517fa158ed34000000000000000000000000000000000000000000000000000000008152600401610a8e929190613301565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663f9c8154261131e89898989611ee8565b85856040518463ffffffff1660e01b815260040161133e93929190613315565b602060405180830381865afa158015611359573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061137d91906131e4565b6113b6576040517fecca423f00000000000000000000000000000000000000000000000000000000815260048101889052602401610a8e565b8515611423576002810180547fffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffff166a020000000000000000000017905560405187907ffd8050ccd34a73a450abe6d957a60cac4380973381442d887e9c7b4970e62338905f90a250610d4e565b60018101546002820180547fffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffff166a030000000000000000000017905581545f9081526004602090815260408083206001600160a01b0390941680845293909152902080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001690556114b4816124ba565b6040517fa672ebdb0000000000000000000000000000000000000000000000000000000081526001600160a01b0382811660048301528681166024830152604482018890525f917f00000000000000000000000000000000000000000000000000000000000000009091169063a672ebdb906064016020604051808303815f875af1925050508015611581575060408051601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016820190925261157e918101906133fb565b60015b6115f7573d8080156115ae576040519150601f19603f3d011682016040523d82523d5f602084013e6115b3565b606091505b5080515f036115f1576040517ff35765c2000000000000000000000000000000000000000000000000000000008152600481018b9052602401610a8e565b506115fa565b90505b60408051888152602081018390528a917f1c39d3aa4f6cbea96a1f35e263bbd8169472657fb1ad2f8c416cece474a35c92910160405180910390a2505050505050505050565b6001600160a01b0381165f908152600660205260408120548190819061166d602082901c90606083901c90565b9250925092509193909250565b61168f611685611e1d565b8686868686612084565b5050505050565b5f5f5f6116a1611e1d565b6040517fb0df28910000000000000000000000000000000000000000000000000000000081526001600160a01b038b811660048301529192505f91829182917f0000000000000000000000000000000000000000000000000000000000000000169063b0df289190602401606060405180830381865afa158015611727573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061174b9190613422565b9250925092508160ff165f148061180957506040517fa2557ace0000000000000000000000000000000000000000000000000000000081526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063a2557ace906117c8908f9088908f908f90600401613452565b602060405180830381865afa1580156117e3573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061180791906131e4565b155b15611853576040517f826f1bd20000000000000000000000000000000000000000000000000000000081526001600160a01b03808e16600483015285166024820152604401610a8e565b61185e8c848d611f5b565b5f818152600b602052604090205490965060ff16156118ac576040517f48eae51400000000000000000000000000000000000000000000000000000000815260048101879052602401610a8e565b5f8681526009602090815260408083206001600160a01b038816845290915290205460ff161561191a576040517fa72db787000000000000000000000000000000000000000000000000000000008152600481018790526001600160a01b0385166024820152604401610a8e565b5f8681526009602090815260408083206001600160a01b0388168452825280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055888352600a90915281208054829061197b9061324c565b9190508190559050867f324de60c4527148f2046be053ba263ae7a93cddef8cf995ab42777ecd9f4a50d826040516119b591815260200190565b60405180910390a28160ff168110156119d657505f9450611ae19350505050565b8b6060013589896040516119eb9291906131bc565b604051809103902014611a30576040517f9e812fdd00000000000000000000000000000000000000000000000000000000815260608d01356004820152602401610a8e565b5f878152600b60205260409081902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790555187907fbdfe19a8b30cac3a601ac62203440d283501e2cf77260ec2103a741743f8339c90611a9a9084815260200190565b60405180910390a2611ad78d8d5f01358e6020016020810190611abd91906131cb565b8f6040016020810190611ad091906130e7565b8d8d612084565b5060019450505050505b965096945050505050565b5f611af681611d43565b611aff82612549565b5050565b5f8281526004602090815260408083206001600160a01b038516845290915281205467ffffffffffffffff164210801561092e57506040517f5afa50360000000000000000000000000000000000000000000000000000000081526001600160a01b0383811660048301527f00000000000000000000000000000000000000000000000000000000000000001690635afa503690602401602060405180830381865afa158015611bb5573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061092e91906131e4565b5f82815260208190526040902060010154611bf381611d43565b6109598383611e2b565b611c326040805160c0810182525f8082526020820181905291810182905260608101829052608081018290529060a082015290565b5f82815260056020908152604091829020825160c0810184528154815260018201546001600160a01b0381169382019390935267ffffffffffffffff740100000000000000000000000000000000000000009093048316938101939093526002810154918216606084015261ffff6801000000000000000083041660808401529060a083019060ff6a0100000000000000000000909104166003811115611cdb57611cdb612ed6565b6003811115611cec57611cec612ed6565b90525092915050565b611cfd611e1d565b6001600160a01b03167fd14345fa94e00ea93afebd00d584d0e498307290402fce549e8afd48f98751768383604051611d379291906134c2565b60405180910390a25050565b611d5481611d4f611e1d565b61261c565b50565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16611e16575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055611dce611e1d565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161088f565b505f61088f565b5f611e26612687565b905090565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615611e16575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00169055611ea0611e1d565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a450600161088f565b604080517f387d3aae5481f2ed35567acc1f515385864163236ca97d39ed75b1180c9800b660208201529081018590528315156060820152608081018390526001600160a01b03821660a08201525f906109cd9060c0015b604051602081830303815290604052805190602001206126f1565b5f838383604051602001611f71939291906134d5565b6040516020818303038152906040528051906020012090509392505050565b5f61088f7fd8b744c7c59d257a5f87ed548f8dd6f2513156805f89b4fb1a01bc251c850ae2611fc26020850185612c47565b6020850135611fd760608701604088016131cb565b611fe760808801606089016130e7565b6080880135611ffc60c08a0160a08b016130e7565b8960c00135604051602001611f40989796959493929190613548565b5f5f5f612026868686612738565b5090925090505f81600381111561203f5761203f612ed6565b14801561205d5750866001600160a01b0316826001600160a01b0316145b1561206d576001925050506109d0565b6120798787878761277f565b979650505050505050565b846120bb576040517f53cd578300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b604080516001600160a01b038816602080830191909152818301889052825180830384018152606090920190925280519101205f905f8181526003602052604081205491925069010000000000000000006121176001826135ac565b19831661212491906135bf565b90505f87600281111561213957612139612ed6565b036121ff57612153600169010000000000000000006135ac565b82165f0361219f576040517f0d98c5b80000000000000000000000000000000000000000000000000000000081526001600160a01b038a16600482015260248101899052604401610a8e565b5f838152600360205260408082208390555189916001600160a01b038c16917fe18b2655d84fdb681748dd39230bb5b2e11d7c620fa397ed6211848d56f3d5e4916121ef9181908b908b906135d2565b60405180910390a3505050610d4e565b428667ffffffffffffffff161161224e576040517f8d499f7d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff87166004820152602401610a8e565b604087600281111561226257612262612ed6565b60ff16901b8667ffffffffffffffff1682171760035f8581526020019081526020015f208190555087896001600160a01b03167fe18b2655d84fdb681748dd39230bb5b2e11d7c620fa397ed6211848d56f3d5e4898989896040516122ca94939291906135d2565b60405180910390a3505050505050505050565b6001600160a01b0381165f908152600660205260408120548190819061230a602082901c90606083901c90565b9250925092508067ffffffffffffffff1642101561236f576040517f4b0e5b470000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015267ffffffffffffffff82166024820152604401610a8e565b61238667ffffffffffffffff8316620151806135bf565b4210612393575f92504291505b600563ffffffff8416106123fc57836123af836201518061322c565b6040517f1748ecc70000000000000000000000000000000000000000000000000000000081526001600160a01b03909216600483015267ffffffffffffffff166024820152604401610a8e565b61244361240a846001613602565b63ffffffff166bffffffffffffffff00000000602085901b161773ffffffffffffffff000000000000000000000000606084901b161790565b6001600160a01b039094165f90815260066020526040902093909355505050565b6060611e267f0000000000000000000000000000000000000000000000000000000000000000612802565b6060611e267f0000000000000000000000000000000000000000000000000000000000000000612802565b6001600160a01b0381165f908152600660209081526040909120549081901c61252982826124eb62278d004261322c565b63ffffffff83166bffffffffffffffff00000000602084901b161773ffffffffffffffff000000000000000000000000606083901b16179392505050565b6001600160a01b039093165f908152600660205260409020929092555050565b67ffffffffffffffff8116158061256c57506201518067ffffffffffffffff8216115b156125af576040517f5c82593900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610a8e565b600880547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff83169081179091556040519081527f9180643fba62a132eec4952aa355f41fb54aa355b64de490a12d2e9f615a80949060200160405180910390a150565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16611aff576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610a8e565b5f3660148082108015906126c357507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b156126e9576126d636828403815f61361e565b6126df91613645565b60601c9250505090565b339250505090565b5f61088f6126fd61283f565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f8080604184900361276c578435602086013560408701355f1a61275e89828585612968565b955095509550505050612776565b505f915060029050825b93509350939050565b604080517f1626ba7e00000000000000000000000000000000000000000000000000000000808252600482018690526024820192909252604481018390525f91908390818660648301375f82606483010152601f820160051c60051b915060205f60648401838b5afa9050825f5114601f3d111681169350505050949350505050565b60605f61280e83612a4e565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561289757507f000000000000000000000000000000000000000000000000000000000000000046145b156128c157507f000000000000000000000000000000000000000000000000000000000000000090565b611e26604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156129a157505f91506003905082612a44565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156129f2573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001519150506001600160a01b038116612a3b57505f925060019150829050612a44565b92505f91508190505b9450945094915050565b5f60ff8216601f81111561088f576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f60208284031215612a9e575f5ffd5b81357fffffffff000000000000000000000000000000000000000000000000000000008116811461092e575f5ffd5b80356001600160a01b0381168114612ae3575f5ffd5b919050565b803560038110612ae3575f5ffd5b5f5f5f60608486031215612b08575f5ffd5b612b1184612acd565b925060208401359150612b2660408501612ae8565b90509250925092565b5f5f60408385031215612b40575f5ffd5b82359150612b5060208401612acd565b90509250929050565b5f60208284031215612b69575f5ffd5b5035919050565b8015158114611d54575f5ffd5b5f5f5f5f60808587031215612b90575f5ffd5b843593506020850135612ba281612b70565b925060408501359150612bb760608601612acd565b905092959194509250565b5f5f5f60608486031215612bd4575f5ffd5b8335925060208401359150604084013563ffffffff81168114612bf5575f5ffd5b809150509250925092565b5f60a08284031215612c10575f5ffd5b50919050565b5f5f5f60e08486031215612c28575f5ffd5b612c3184612acd565b925060208401359150612b268560408601612c00565b5f60208284031215612c57575f5ffd5b61092e82612acd565b5f60e08284031215612c10575f5ffd5b5f5f83601f840112612c80575f5ffd5b50813567ffffffffffffffff811115612c97575f5ffd5b602083019150836020828501011115612cae575f5ffd5b9250929050565b5f5f5f5f5f6101208688031215612cca575f5ffd5b612cd48787612c60565b945060e086013567ffffffffffffffff811115612cef575f5ffd5b612cfb88828901612c70565b90955093505061010086013567ffffffffffffffff811115612d1b575f5ffd5b612d2788828901612c70565b969995985093965092949392505050565b5f5f5f5f60608587031215612d4b575f5ffd5b84359350602085013561ffff81168114612d63575f5ffd5b9250604085013567ffffffffffffffff811115612d7e575f5ffd5b612d8a87828801612c70565b95989497509550505050565b5f60e08284031215612da6575f5ffd5b61092e8383612c60565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f612e3660e0830189612db0565b8281036040840152612e488189612db0565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612e9d578351835260209384019390920191600101612e7f565b50909b9a5050505050505050505050565b5f5f60408385031215612ebf575f5ffd5b612ec883612acd565b946020939093013593505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60038110612f1357612f13612ed6565b9052565b60608101612f258286612f03565b67ffffffffffffffff8416602083015267ffffffffffffffff83166040830152949350505050565b5f5f83601f840112612f5d575f5ffd5b50813567ffffffffffffffff811115612f74575f5ffd5b6020830191508360208260051b8501011115612cae575f5ffd5b5f5f5f5f5f5f60a08789031215612fa3575f5ffd5b863595506020870135612fb581612b70565b945060408701359350612fca60608801612acd565b9250608087013567ffffffffffffffff811115612fe5575f5ffd5b612ff189828a01612f4d565b979a9699509497509295939492505050565b803567ffffffffffffffff81168114612ae3575f5ffd5b5f5f5f5f5f6080868803121561302e575f5ffd5b8535945061303e60208701612ae8565b935061304c60408701613003565b9250606086013567ffffffffffffffff811115612d1b575f5ffd5b5f5f5f5f5f5f610100878903121561307d575f5ffd5b61308687612acd565b95506130958860208901612c00565b945060c087013567ffffffffffffffff8111156130b0575f5ffd5b6130bc89828a01612f4d565b90955093505060e087013567ffffffffffffffff8111156130db575f5ffd5b612ff189828a01612c70565b5f602082840312156130f7575f5ffd5b61092e82613003565b60048110612f1357612f13612ed6565b5f60c082019050825182526001600160a01b03602084015116602083015267ffffffffffffffff604084015116604083015267ffffffffffffffff606084015116606083015261ffff608084015116608083015260a083015161317660a0840182613100565b5092915050565b5f5f6020838503121561318e575f5ffd5b823567ffffffffffffffff8111156131a4575f5ffd5b6131b085828601612c70565b90969095509350505050565b818382375f9101908152919050565b5f602082840312156131db575f5ffd5b61092e82612ae8565b5f602082840312156131f4575f5ffd5b815161092e81612b70565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff818116838216019081111561088f5761088f6131ff565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361327c5761327c6131ff565b5060010190565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b61ffff8516815267ffffffffffffffff84166020820152606060408201525f6132f7606083018486613283565b9695505050505050565b8281526040810161092e6020830184613100565b5f60408201858352604060208401528084825260608401905060608560051b8501019150855f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1883603015b878210156133ed577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa0878603018452823581811261339d575f5ffd5b890160208101903567ffffffffffffffff8111156133b9575f5ffd5b8036038213156133c7575f5ffd5b6133d2878284613283565b96505050602083019250602084019350600182019150613361565b509298975050505050505050565b5f6020828403121561340b575f5ffd5b5051919050565b805160ff81168114612ae3575f5ffd5b5f5f5f60608486031215613434575f5ffd5b8351925061344460208501613412565b9150612b2660408501613412565b6001600160a01b03851681526001600160a01b0384166020820152606060408201528160608201525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8311156134a7575f5ffd5b8260051b808560808501379190910160800195945050505050565b602081525f6109d0602083018486613283565b6001600160a01b038416815260208082018490528235604083015260e0820190613500908401612ae8565b61350d6060840182612f03565b5067ffffffffffffffff61352360408501613003565b16608083810191909152606084013560a0840152929092013560c09091015292915050565b8881526001600160a01b03881660208201526040810187905261010081016135736060830188612f03565b67ffffffffffffffff861660808301528460a083015267ffffffffffffffff841660c08301528260e08301529998505050505050505050565b8181038181111561088f5761088f6131ff565b8082018082111561088f5761088f6131ff565b6135dc8186612f03565b67ffffffffffffffff84166020820152606060408201525f6132f7606083018486613283565b63ffffffff818116838216019081111561088f5761088f6131ff565b5f5f8585111561362c575f5ffd5b83861115613638575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015613176577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b8216169150509291505056fea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x01\xE0`@R4\x80\x15a\0\x10W__\xFD[P`@Qa<#8\x03\x80a<#\x839\x81\x01`@\x81\x90Ra\0/\x91a\x03\x81V[`@\x80Q\x80\x82\x01\x82R`\x0F\x81Rn\x13YY\x1D\x98][\x1D\x10\xDB\xDB\x9C\xD9[\x9D`\x8A\x1B` \x80\x83\x01\x91\x90\x91R\x82Q\x80\x84\x01\x90\x93R`\x01\x83R`1`\xF8\x1B\x90\x83\x01R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x80R\x90a\0\x84\x82a\x01cV[a\x01@Ra\0\x91\x81a\x01cV[a\x01`R\x81Q` \x80\x84\x01\x91\x90\x91 a\x01\0R\x81Q\x90\x82\x01 a\x01 RF`\xC0Ra\x01\x1Fa\x01\0Qa\x01 Q`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x90\x81\x01\x92\x90\x92R``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[`\xA0RPP0`\xE0R`\x01`\x01`\xA0\x1B\x03\x84\x81\x16a\x01\x80R\x83\x81\x16a\x01\xA0R\x82\x16a\x01\xC0Ra\x01N_\x87a\x01\xA9V[Pa\x01X\x81a\x02SV[PPPPPPa\x04\xC9V[__\x82\x90P`\x1F\x81Q\x11\x15a\x01\x96W\x82`@Qc0Z'\xA9`\xE0\x1B\x81R`\x04\x01a\x01\x8D\x91\x90a\x04\x0FV[`@Q\x80\x91\x03\x90\xFD[\x80Qa\x01\xA1\x82a\x04DV[\x17\x93\x92PPPV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x02JW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\x02\x02a\x02\xF1V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x02MV[P_[\x92\x91PPV[`\x01`\x01`@\x1B\x03\x81\x16\x15\x80a\x02tWPb\x01Q\x80`\x01`\x01`@\x1B\x03\x82\x16\x11[\x15a\x02\x9DW`@Qc\\\x82Y9`\xE0\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x01\x8DV[`\x08\x80T`\x01`\x01`@\x1B\x03\x19\x16`\x01`\x01`@\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F\x91\x80d?\xBAb\xA12\xEE\xC4\x95*\xA3U\xF4\x1F\xB5J\xA3U\xB6M\xE4\x90\xA1-.\x9FaZ\x80\x94\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[_a\x02\xFAa\x02\xFFV[\x90P\x90V[_6`\x14\x80\x82\x10\x80\x15\x90a\x03\x17WPa\x03\x173a\x03EV[\x15a\x03=Wa\x03*6\x82\x84\x03\x81_a\x04jV[a\x033\x91a\x04\x91V[``\x1C\x92PPP\x90V[3\x92PPP\x90V[_a\x03O`\x80Q\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14\x90P\x91\x90PV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x03~W__\xFD[PV[______`\xC0\x87\x89\x03\x12\x15a\x03\x96W__\xFD[\x86Qa\x03\xA1\x81a\x03jV[` \x88\x01Q\x90\x96Pa\x03\xB2\x81a\x03jV[`@\x88\x01Q\x90\x95Pa\x03\xC3\x81a\x03jV[``\x88\x01Q\x90\x94Pa\x03\xD4\x81a\x03jV[`\x80\x88\x01Q\x90\x93Pa\x03\xE5\x81a\x03jV[`\xA0\x88\x01Q\x90\x92P`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x04\x01W__\xFD[\x80\x91PP\x92\x95P\x92\x95P\x92\x95V[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[\x80Q` \x80\x83\x01Q\x91\x90\x81\x10\x15a\x04dW_\x19\x81` \x03`\x03\x1B\x1B\x82\x16\x91P[P\x91\x90PV[__\x85\x85\x11\x15a\x04xW__\xFD[\x83\x86\x11\x15a\x04\x84W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805`\x01`\x01``\x1B\x03\x19\x81\x16\x90`\x14\x84\x10\x15a\x04\xC2W`\x01`\x01``\x1B\x03\x19`\x14\x85\x90\x03`\x03\x1B\x81\x90\x1B\x82\x16\x16\x91P[P\x92\x91PPV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0Qa\x01 Qa\x01@Qa\x01`Qa\x01\x80Qa\x01\xA0Qa\x01\xC0Qa6\xB7a\x05l_9_\x81\x81a\x07\x84\x01Ra\x12\xE5\x01R_\x81\x81a\r\x9B\x01R\x81\x81a\x14\xFD\x01Ra\x1Bp\x01R_\x81\x81a\x16\xE2\x01Ra\x17\x8D\x01R_a$\x96\x01R_a$k\x01R_a)\x18\x01R_a(\xF0\x01R_a(K\x01R_a(u\x01R_a(\x9F\x01R_\x81\x81a\x04r\x01R\x81\x81a\x05I\x01Ra&\x98\x01Ra6\xB7_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x02\xC2W_5`\xE0\x1C\x80c}\xA0\xA8w\x11a\x01|W\x80c\xA2\x17\xFD\xDF\x11a\0\xDDW\x80c\xCC\x9D\x1F\xD9\x11a\0\x93W\x80c\xE5,\xB3j\x11a\0nW\x80c\xE5,\xB3j\x14a\x07\xA8W\x80c\xE5\xC3\x01 \x14a\x07\xCAW\x80c\xF24?^\x14a\x07\xEAW__\xFD[\x80c\xCC\x9D\x1F\xD9\x14a\x07eW\x80c\xD5Gt\x1F\x14a\x07oW\x80c\xD8d\xE7@\x14a\x07\x82W__\xFD[\x80c\xA5\xCDH8\x11a\0\xC3W\x80c\xA5\xCDH8\x14a\x07\x17W\x80c\xB2\xB6\x1AO\x14a\x07?W\x80c\xB2\xDCr\x04\x14a\x07RW__\xFD[\x80c\xA2\x17\xFD\xDF\x14a\x06\xFDW\x80c\xA4\x10?\xA0\x14a\x07\x04W__\xFD[\x80c\x94\xF1w:\x11a\x012W\x80c\x9A\xC7]\x87\x11a\x01\x18W\x80c\x9A\xC7]\x87\x14a\x06yW\x80c\x9EL\xAC+\x14a\x06\xA0W\x80c\x9E\xD4F\xDE\x14a\x06\xE0W__\xFD[\x80c\x94\xF1w:\x14a\x06?W\x80c\x98\xFC\xBA\xCD\x14a\x06RW__\xFD[\x80c\x84\xB0\x19n\x11a\x01bW\x80c\x84\xB0\x19n\x14a\x05\xCCW\x80c\x91\xD1HT\x14a\x05\xE7W\x80c\x93\xDCn\xF6\x14a\x06\x1DW__\xFD[\x80c}\xA0\xA8w\x14a\x05GW\x80c~iTb\x14a\x05\x81W__\xFD[\x80cP5%\xEC\x11a\x02&W\x80ck\x98\xE9-\x11a\x01\xDCW\x80cm\xB4st\x11a\x01\xC2W\x80cm\xB4st\x14a\x04\xE3W\x80cr\xEE?\x90\x14a\x05\"W\x80c|\xA8F\x96\x14a\x055W__\xFD[\x80ck\x98\xE9-\x14a\x04\xB5W\x80cl\x1E\xA7\xA1\x14a\x04\xD0W__\xFD[\x80cRw\xF8\xAD\x11a\x02\x0CW\x80cRw\xF8\xAD\x14a\x04OW\x80cW+l\x05\x14a\x04bW\x80c]0\xF4\xB1\x14a\x04\xA2W__\xFD[\x80cP5%\xEC\x14a\x04\x15W\x80cQ\x1E\xECM\x14a\x04(W__\xFD[\x80c5]\xD62\x11a\x02{W\x80c6V\x8A\xBE\x11a\x02aW\x80c6V\x8A\xBE\x14a\x03\xC8W\x80c7\xE7\x0C\xF4\x14a\x03\xDBW\x80cA\x82\xA2\x15\x14a\x03\xEEW__\xFD[\x80c5]\xD62\x14a\x03~W\x80c5\x82\x96\xB1\x14a\x03\xA5W__\xFD[\x80c#\xCD\xC3\xF1\x11a\x02\xABW\x80c#\xCD\xC3\xF1\x14a\x03\x01W\x80c$\x8A\x9C\xA3\x14a\x039W\x80c//\xF1]\x14a\x03iW__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x02\xC6W\x80c\x1B\x12\xEFO\x14a\x02\xEEW[__\xFD[a\x02\xD9a\x02\xD46`\x04a*\x8EV[a\x07\xFDV[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x02\xD9a\x02\xFC6`\x04a*\xF6V[a\x08\x95V[a\x02\xD9a\x03\x0F6`\x04a+/V[_\x91\x82R`\t` \x90\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x03[a\x03G6`\x04a+YV[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[`@Q\x90\x81R` \x01a\x02\xE5V[a\x03|a\x03w6`\x04a+/V[a\t5V[\0[a\x03[\x7Fh\x8E\xA9\xF3\x14n\x0C\x8Al\x7F\x08\xBD\xA06\xEF\xF8\xCECJ\xEAU2>\xBD\xC7\xBA\x18kY\".\x1F\x81V[a\x03\xAFb\x01Q\x80\x81V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xE5V[a\x03|a\x03\xD66`\x04a+/V[a\t_V[a\x03[a\x03\xE96`\x04a+}V[a\t\xC0V[a\x03[\x7F\xC3\xE6\x8A\xB8\xCAxgZ|<\r\x1F\xB6_\x81K\x91\xB95B\n\x9C\xF0\x01\xE3\x01kA\x95imt\x81V[a\x03|a\x04#6`\x04a+\xC2V[a\t\xD8V[a\x03[\x7F\xD8\xB7D\xC7\xC5\x9D%z_\x87\xEDT\x8F\x8D\xD6\xF2Q1V\x80_\x89\xB4\xFB\x1A\x01\xBC%\x1C\x85\n\xE2\x81V[a\x03[a\x04]6`\x04a,\x16V[a\x0B\x14V[a\x02\xD9a\x04p6`\x04a,GV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x91\x16\x14\x90V[a\x03|a\x04\xB06`\x04a,\xB5V[a\x0B V[a\x04\xBD`\t\x81V[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xE5V[a\x03[a\x04\xDE6`\x04a-8V[a\rVV[a\x03\xAFa\x04\xF16`\x04a+/V[_\x91\x82R`\x04` \x90\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a\x03[a\x0506`\x04a-\x96V[a\x11\x15V[`\x08Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x03\xAFV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02\xE5V[a\x05\xA7a\x05\x8F6`\x04a+YV[_\x90\x81R`\x0C` R`@\x90\x81\x90 T\x91\x90\x82\x90\x1C\x90V[`@\x80Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x93\x16\x83Rc\xFF\xFF\xFF\xFF\x90\x91\x16` \x83\x01R\x01a\x02\xE5V[a\x05\xD4a\x11\x1FV[`@Qa\x02\xE5\x97\x96\x95\x94\x93\x92\x91\x90a-\xFCV[a\x02\xD9a\x05\xF56`\x04a+/V[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x060a\x06+6`\x04a.\xAEV[a\x11}V[`@Qa\x02\xE5\x93\x92\x91\x90a/\x17V[a\x03|a\x06M6`\x04a/\x8EV[a\x11\xFFV[a\x03[\x7F8}:\xAET\x81\xF2\xED5Vz\xCC\x1FQS\x85\x86Ac#l\xA9}9\xEDu\xB1\x18\x0C\x98\0\xB6\x81V[a\x03[\x7F\xC7\x16\xC3\xF4\xE2]\xFAThz#l\x0F\x14\xC6\xF0\xD3\xDC\x90\x94\x04C\x14\x9D\x7F\xBC\xECM{w\xB4\x9B\x81V[a\x06\xB3a\x06\xAE6`\x04a,GV[a\x16@V[`@\x80Qc\xFF\xFF\xFF\xFF\x90\x94\x16\x84Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16` \x85\x01R\x91\x16\x90\x82\x01R``\x01a\x02\xE5V[a\x06\xE8`\x05\x81V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xE5V[a\x03[_\x81V[a\x03|a\x07\x126`\x04a0\x1AV[a\x16zV[a\x07*a\x07%6`\x04a0gV[a\x16\x96V[`@\x80Q\x92\x83R\x90\x15\x15` \x83\x01R\x01a\x02\xE5V[a\x03|a\x07M6`\x04a0\xE7V[a\x1A\xECV[a\x02\xD9a\x07`6`\x04a+/V[a\x1B\x03V[a\x03\xAFb'\x8D\0\x81V[a\x03|a\x07}6`\x04a+/V[a\x1B\xD9V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x05iV[a\x02\xD9a\x07\xB66`\x04a+YV[_\x90\x81R`\x0B` R`@\x90 T`\xFF\x16\x90V[a\x07\xDDa\x07\xD86`\x04a+YV[a\x1B\xFDV[`@Qa\x02\xE5\x91\x90a1\x10V[a\x03|a\x07\xF86`\x04a1}V[a\x1C\xF5V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\x08\x8FWP\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x14[\x92\x91PPV[_\x80\x82`\x02\x81\x11\x15a\x08\xA9Wa\x08\xA9a.\xD6V[\x03a\x08\xB5WP_a\t.V[`@\x80Q`\x01`\x01`\xA0\x1B\x03\x86\x16` \x80\x83\x01\x91\x90\x91R\x81\x83\x01\x86\x90R\x82Q\x80\x83\x03\x84\x01\x81R``\x90\x92\x01\x83R\x81Q\x91\x81\x01\x91\x90\x91 _\x90\x81R`\x03\x90\x91R Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16B\x10\x80\x15a\t*WP\x82`\x02\x81\x11\x15a\t\x1CWa\t\x1Ca.\xD6V[`\xFF\x16`@\x82\x90\x1C`\xFF\x16\x10\x15[\x91PP[\x93\x92PPPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\tO\x81a\x1DCV[a\tY\x83\x83a\x1DWV[PPPPV[a\tga\x1E\x1DV[`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14a\t\xB1W`@Q\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\t\xBB\x82\x82a\x1E+V[PPPV[_a\t\xCD\x85\x85\x85\x85a\x1E\xE8V[\x90P[\x94\x93PPPPV[\x7F\xC7\x16\xC3\xF4\xE2]\xFAThz#l\x0F\x14\xC6\xF0\xD3\xDC\x90\x94\x04C\x14\x9D\x7F\xBC\xECM{w\xB4\x9Ba\n\x02\x81a\x1DCV[\x83\x15\x80a\n\x13WPc\xFF\xFF\xFF\xFF\x82\x16\x15[\x15a\nJW`@Q\x7F\x93\xD2B\x1F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x84\x81R`\x0C` R`@\x90 T\x15a\n\x97W`@Q\x7F\xF6\x82\xFEW\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x01[`@Q\x80\x91\x03\x90\xFD[_\x84\x81R`\x0C` R`@\x90\x81\x90 g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFC\x16k\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x85\x84\x1B\x16\x17\x90UQ\x84\x90\x7F\x84\xCAH`~\x1D4\x80\x98?h>\xA5G\x19(/$\xF0\x822\xF91\xDB\xA6\xDEH\x0E\xE9\x07\x96\x0B\x90a\x0B\x06\x90\x86\x90\x86\x90\x91\x82Rc\xFF\xFF\xFF\xFF\x16` \x82\x01R`@\x01\x90V[`@Q\x80\x91\x03\x90\xA2PPPPV[_a\t\xD0\x84\x84\x84a\x1F[V[\x84`\xC0\x015B\x11\x15a\x0BdW`@Q\x7F\xCD!\xDBO\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xC0\x86\x015`\x04\x82\x01R`$\x01a\n\x8EV[\x84`\x80\x015\x82\x82`@Qa\x0By\x92\x91\x90a1\xBCV[`@Q\x80\x91\x03\x90 \x14a\x0B\xBEW`@Q\x7F\x9E\x81/\xDD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x80\x86\x015`\x04\x82\x01R`$\x01a\n\x8EV[a\x0B\xDEa\x0B\xCE` \x87\x01\x87a,GV[a\x0B\xD7\x87a\x1F\x90V[\x86\x86a \x18V[a\x0C-Wa\x0B\xEF` \x86\x01\x86a,GV[`@Q\x7F\xD8U\xC4\xF4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\n\x8EV[_`H`\x03\x82a\x0C}a\x0CC` \x8B\x01\x8Ba,GV[`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16` \x83\x81\x01\x91\x90\x91R\x80\x8D\x015\x83\x83\x01R\x81Q\x80\x84\x03\x83\x01\x81R``\x90\x93\x01\x90\x91R\x81Q\x91\x01 \x90V[\x81R` \x81\x01\x91\x90\x91R`@\x01_ T\x90\x1C\x90Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x0C\xAC`\xC0\x88\x01`\xA0\x89\x01a0\xE7V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\r\x12Wa\x0C\xCB`\xC0\x87\x01`\xA0\x88\x01a0\xE7V[`@Q\x7F\x06Bz\xEB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16`\x04\x82\x01R\x90\x82\x16`$\x82\x01R`D\x01a\n\x8EV[a\rNa\r\"` \x88\x01\x88a,GV[` \x88\x015a\r7``\x8A\x01`@\x8B\x01a1\xCBV[a\rG`\x80\x8B\x01``\x8C\x01a0\xE7V[\x87\x87a \x84V[PPPPPPV[__a\r`a\x1E\x1DV[`@Q\x7FZ\xFAP6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x80\x83\x16`\x04\x83\x01R\x91\x92P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90cZ\xFAP6\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\r\xE2W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0E\x06\x91\x90a1\xE4V[a\x0EGW`@Q\x7Fwe\xF1,\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\n\x8EV[\x85a\x0E~W`@Q\x7F:\x16Rg\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x0E\x87\x81a\"\xDDV[`\x08T_\x90a\x0E\xA0\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16Ba2,V[\x90P`\x07_\x81Ta\x0E\xB0\x90a2LV[\x91\x90P\x81\x90U\x92P`@Q\x80`\xC0\x01`@R\x80\x88\x81R` \x01\x83`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x87a\xFF\xFF\x16\x81R` \x01`\x01`\x03\x81\x11\x15a\x0F\x15Wa\x0F\x15a.\xD6V[\x90R_\x84\x81R`\x05` \x90\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x82\x01\x80T\x93\x85\x01Q`\x01`\x01`\xA0\x1B\x03\x90\x92\x16\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x94\x16\x93\x90\x93\x17t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16\x02\x17\x90\x92U``\x83\x01Q`\x02\x82\x01\x80T`\x80\x86\x01Q\x92\x90\x94\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x90\x94\x16\x93\x90\x93\x17h\x01\0\0\0\0\0\0\0\0a\xFF\xFF\x90\x92\x16\x91\x90\x91\x02\x17\x80\x83U`\xA0\x84\x01Q\x91\x92\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16j\x01\0\0\0\0\0\0\0\0\0\0\x83`\x03\x81\x11\x15a\x100Wa\x100a.\xD6V[\x02\x17\x90UPPP_\x87\x81R`\x04` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x82\x16\x11\x15a\x10\xC2W_\x87\x81R`\x04` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x17\x90U[\x81`\x01`\x01`\xA0\x1B\x03\x16\x87\x84\x7Fe\xAB\xCF&W\xDD.\xCDFYk\xA5A\xC2dm\xAD\x88S\x1EO\xE2tK\xAA\xE4f2\xBC\xB5\x0F,\x89\x85\x8A\x8A`@Qa\x11\x03\x94\x93\x92\x91\x90a2\xCAV[`@Q\x80\x91\x03\x90\xA4PP\x94\x93PPPPV[_a\x08\x8F\x82a\x1F\x90V[_``\x80___``a\x110a$dV[a\x118a$\x8FV[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[____`\x03_a\x11\xC5\x88\x88`@\x80Q`\x01`\x01`\xA0\x1B\x03\x84\x16` \x82\x01R\x90\x81\x01\x82\x90R_\x90``\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x92\x91PPV[\x81R` \x01\x90\x81R` \x01_ T\x90P`@\x81\x90\x1C`\xFF\x16`\x02\x81\x11\x15a\x11\xEEWa\x11\xEEa.\xD6V[\x93P\x91PP`H\x81\x90\x1C\x92P\x92P\x92V[_\x86\x81R`\x05` R`@\x81 \x90`\x02\x82\x01Tj\x01\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x124Wa\x124a.\xD6V[\x03a\x12nW`@Q\x7FBU~\x97\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`$\x01a\n\x8EV[`\x01`\x02\x82\x01Tj\x01\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x12\x97Wa\x12\x97a.\xD6V[\x14a\x12\xE3W\x86\x81`\x02\x01`\n\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`@Q\x7F\xA1X\xED4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\n\x8E\x92\x91\x90a3\x01V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xF9\xC8\x15Ba\x13\x1E\x89\x89\x89\x89a\x1E\xE8V[\x85\x85`@Q\x84c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a\x13>\x93\x92\x91\x90a3\x15V[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x13YW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x13}\x91\x90a1\xE4V[a\x13\xB6W`@Q\x7F\xEC\xCAB?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`$\x01a\n\x8EV[\x85\x15a\x14#W`\x02\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16j\x02\0\0\0\0\0\0\0\0\0\0\x17\x90U`@Q\x87\x90\x7F\xFD\x80P\xCC\xD3Js\xA4P\xAB\xE6\xD9W\xA6\x0C\xACC\x80\x973\x81D-\x88~\x9C{Ip\xE6#8\x90_\x90\xA2Pa\rNV[`\x01\x81\x01T`\x02\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16j\x03\0\0\0\0\0\0\0\0\0\0\x17\x90U\x81T_\x90\x81R`\x04` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x90\x94\x16\x80\x84R\x93\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x90Ua\x14\xB4\x81a$\xBAV[`@Q\x7F\xA6r\xEB\xDB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x81\x16`\x04\x83\x01R\x86\x81\x16`$\x83\x01R`D\x82\x01\x88\x90R_\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\xA6r\xEB\xDB\x90`d\x01` `@Q\x80\x83\x03\x81_\x87Z\xF1\x92PPP\x80\x15a\x15\x81WP`@\x80Q`\x1F=\x90\x81\x01\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x16\x82\x01\x90\x92Ra\x15~\x91\x81\x01\x90a3\xFBV[`\x01[a\x15\xF7W=\x80\x80\x15a\x15\xAEW`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\x15\xB3V[``\x91P[P\x80Q_\x03a\x15\xF1W`@Q\x7F\xF3We\xC2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x8B\x90R`$\x01a\n\x8EV[Pa\x15\xFAV[\x90P[`@\x80Q\x88\x81R` \x81\x01\x83\x90R\x8A\x91\x7F\x1C9\xD3\xAAOl\xBE\xA9j\x1F5\xE2c\xBB\xD8\x16\x94re\x7F\xB1\xAD/\x8CAl\xEC\xE4t\xA3\\\x92\x91\x01`@Q\x80\x91\x03\x90\xA2PPPPPPPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x06` R`@\x81 T\x81\x90\x81\x90a\x16m` \x82\x90\x1C\x90``\x83\x90\x1C\x90V[\x92P\x92P\x92P\x91\x93\x90\x92PV[a\x16\x8Fa\x16\x85a\x1E\x1DV[\x86\x86\x86\x86\x86a \x84V[PPPPPV[___a\x16\xA1a\x1E\x1DV[`@Q\x7F\xB0\xDF(\x91\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x8B\x81\x16`\x04\x83\x01R\x91\x92P_\x91\x82\x91\x82\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xB0\xDF(\x91\x90`$\x01```@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x17'W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x17K\x91\x90a4\"V[\x92P\x92P\x92P\x81`\xFF\x16_\x14\x80a\x18\tWP`@Q\x7F\xA2Uz\xCE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xA2Uz\xCE\x90a\x17\xC8\x90\x8F\x90\x88\x90\x8F\x90\x8F\x90`\x04\x01a4RV[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x17\xE3W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x18\x07\x91\x90a1\xE4V[\x15[\x15a\x18SW`@Q\x7F\x82o\x1B\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x80\x8E\x16`\x04\x83\x01R\x85\x16`$\x82\x01R`D\x01a\n\x8EV[a\x18^\x8C\x84\x8Da\x1F[V[_\x81\x81R`\x0B` R`@\x90 T\x90\x96P`\xFF\x16\x15a\x18\xACW`@Q\x7FH\xEA\xE5\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90R`$\x01a\n\x8EV[_\x86\x81R`\t` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x88\x16\x84R\x90\x91R\x90 T`\xFF\x16\x15a\x19\x1AW`@Q\x7F\xA7-\xB7\x87\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90R`\x01`\x01`\xA0\x1B\x03\x85\x16`$\x82\x01R`D\x01a\n\x8EV[_\x86\x81R`\t` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x88\x16\x84R\x82R\x80\x83 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90U\x88\x83R`\n\x90\x91R\x81 \x80T\x82\x90a\x19{\x90a2LV[\x91\x90P\x81\x90U\x90P\x86\x7F2M\xE6\x0CE'\x14\x8F F\xBE\x05;\xA2c\xAEz\x93\xCD\xDE\xF8\xCF\x99Z\xB4'w\xEC\xD9\xF4\xA5\r\x82`@Qa\x19\xB5\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2\x81`\xFF\x16\x81\x10\x15a\x19\xD6WP_\x94Pa\x1A\xE1\x93PPPPV[\x8B``\x015\x89\x89`@Qa\x19\xEB\x92\x91\x90a1\xBCV[`@Q\x80\x91\x03\x90 \x14a\x1A0W`@Q\x7F\x9E\x81/\xDD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R``\x8D\x015`\x04\x82\x01R`$\x01a\n\x8EV[_\x87\x81R`\x0B` R`@\x90\x81\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90UQ\x87\x90\x7F\xBD\xFE\x19\xA8\xB3\x0C\xAC:`\x1A\xC6\"\x03D\r(5\x01\xE2\xCFw&\x0E\xC2\x10:t\x17C\xF83\x9C\x90a\x1A\x9A\x90\x84\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2a\x1A\xD7\x8D\x8D_\x015\x8E` \x01` \x81\x01\x90a\x1A\xBD\x91\x90a1\xCBV[\x8F`@\x01` \x81\x01\x90a\x1A\xD0\x91\x90a0\xE7V[\x8D\x8Da \x84V[P`\x01\x94PPPPP[\x96P\x96\x94PPPPPV[_a\x1A\xF6\x81a\x1DCV[a\x1A\xFF\x82a%IV[PPV[_\x82\x81R`\x04` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x80\x15a\t.WP`@Q\x7FZ\xFAP6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cZ\xFAP6\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1B\xB5W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\t.\x91\x90a1\xE4V[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x1B\xF3\x81a\x1DCV[a\tY\x83\x83a\x1E+V[a\x1C2`@\x80Q`\xC0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R\x90`\xA0\x82\x01R\x90V[_\x82\x81R`\x05` \x90\x81R`@\x91\x82\x90 \x82Q`\xC0\x81\x01\x84R\x81T\x81R`\x01\x82\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x93\x82\x01\x93\x90\x93Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x04\x83\x16\x93\x81\x01\x93\x90\x93R`\x02\x81\x01T\x91\x82\x16``\x84\x01Ra\xFF\xFFh\x01\0\0\0\0\0\0\0\0\x83\x04\x16`\x80\x84\x01R\x90`\xA0\x83\x01\x90`\xFFj\x01\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16`\x03\x81\x11\x15a\x1C\xDBWa\x1C\xDBa.\xD6V[`\x03\x81\x11\x15a\x1C\xECWa\x1C\xECa.\xD6V[\x90RP\x92\x91PPV[a\x1C\xFDa\x1E\x1DV[`\x01`\x01`\xA0\x1B\x03\x16\x7F\xD1CE\xFA\x94\xE0\x0E\xA9:\xFE\xBD\0\xD5\x84\xD0\xE4\x980r\x90@/\xCET\x9E\x8A\xFDH\xF9\x87Qv\x83\x83`@Qa\x1D7\x92\x91\x90a4\xC2V[`@Q\x80\x91\x03\x90\xA2PPV[a\x1DT\x81a\x1DOa\x1E\x1DV[a&\x1CV[PV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x1E\x16W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90Ua\x1D\xCEa\x1E\x1DV[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x08\x8FV[P_a\x08\x8FV[_a\x1E&a&\x87V[\x90P\x90V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16\x15a\x1E\x16W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16\x90Ua\x1E\xA0a\x1E\x1DV[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x08\x8FV[`@\x80Q\x7F8}:\xAET\x81\xF2\xED5Vz\xCC\x1FQS\x85\x86Ac#l\xA9}9\xEDu\xB1\x18\x0C\x98\0\xB6` \x82\x01R\x90\x81\x01\x85\x90R\x83\x15\x15``\x82\x01R`\x80\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x82\x16`\xA0\x82\x01R_\x90a\t\xCD\x90`\xC0\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 a&\xF1V[_\x83\x83\x83`@Q` \x01a\x1Fq\x93\x92\x91\x90a4\xD5V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x93\x92PPPV[_a\x08\x8F\x7F\xD8\xB7D\xC7\xC5\x9D%z_\x87\xEDT\x8F\x8D\xD6\xF2Q1V\x80_\x89\xB4\xFB\x1A\x01\xBC%\x1C\x85\n\xE2a\x1F\xC2` \x85\x01\x85a,GV[` \x85\x015a\x1F\xD7``\x87\x01`@\x88\x01a1\xCBV[a\x1F\xE7`\x80\x88\x01``\x89\x01a0\xE7V[`\x80\x88\x015a\x1F\xFC`\xC0\x8A\x01`\xA0\x8B\x01a0\xE7V[\x89`\xC0\x015`@Q` \x01a\x1F@\x98\x97\x96\x95\x94\x93\x92\x91\x90a5HV[___a &\x86\x86\x86a'8V[P\x90\x92P\x90P_\x81`\x03\x81\x11\x15a ?Wa ?a.\xD6V[\x14\x80\x15a ]WP\x86`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a mW`\x01\x92PPPa\t\xD0V[a y\x87\x87\x87\x87a'\x7FV[\x97\x96PPPPPPPV[\x84a \xBBW`@Q\x7FS\xCDW\x83\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@\x80Q`\x01`\x01`\xA0\x1B\x03\x88\x16` \x80\x83\x01\x91\x90\x91R\x81\x83\x01\x88\x90R\x82Q\x80\x83\x03\x84\x01\x81R``\x90\x92\x01\x90\x92R\x80Q\x91\x01 _\x90_\x81\x81R`\x03` R`@\x81 T\x91\x92Pi\x01\0\0\0\0\0\0\0\0\0a!\x17`\x01\x82a5\xACV[\x19\x83\x16a!$\x91\x90a5\xBFV[\x90P_\x87`\x02\x81\x11\x15a!9Wa!9a.\xD6V[\x03a!\xFFWa!S`\x01i\x01\0\0\0\0\0\0\0\0\0a5\xACV[\x82\x16_\x03a!\x9FW`@Q\x7F\r\x98\xC5\xB8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x8A\x16`\x04\x82\x01R`$\x81\x01\x89\x90R`D\x01a\n\x8EV[_\x83\x81R`\x03` R`@\x80\x82 \x83\x90UQ\x89\x91`\x01`\x01`\xA0\x1B\x03\x8C\x16\x91\x7F\xE1\x8B&U\xD8O\xDBh\x17H\xDD9#\x0B\xB5\xB2\xE1\x1D|b\x0F\xA3\x97\xEDb\x11\x84\x8DV\xF3\xD5\xE4\x91a!\xEF\x91\x81\x90\x8B\x90\x8B\x90a5\xD2V[`@Q\x80\x91\x03\x90\xA3PPPa\rNV[B\x86g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a\"NW`@Q\x7F\x8DI\x9F}\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`\x04\x82\x01R`$\x01a\n\x8EV[`@\x87`\x02\x81\x11\x15a\"bWa\"ba.\xD6V[`\xFF\x16\x90\x1B\x86g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82\x17\x17`\x03_\x85\x81R` \x01\x90\x81R` \x01_ \x81\x90UP\x87\x89`\x01`\x01`\xA0\x1B\x03\x16\x7F\xE1\x8B&U\xD8O\xDBh\x17H\xDD9#\x0B\xB5\xB2\xE1\x1D|b\x0F\xA3\x97\xEDb\x11\x84\x8DV\xF3\xD5\xE4\x89\x89\x89\x89`@Qa\"\xCA\x94\x93\x92\x91\x90a5\xD2V[`@Q\x80\x91\x03\x90\xA3PPPPPPPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x06` R`@\x81 T\x81\x90\x81\x90a#\n` \x82\x90\x1C\x90``\x83\x90\x1C\x90V[\x92P\x92P\x92P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a#oW`@Q\x7FK\x0E[G\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\n\x8EV[a#\x86g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16b\x01Q\x80a5\xBFV[B\x10a#\x93W_\x92PB\x91P[`\x05c\xFF\xFF\xFF\xFF\x84\x16\x10a#\xFCW\x83a#\xAF\x83b\x01Q\x80a2,V[`@Q\x7F\x17H\xEC\xC7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x92\x16`\x04\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`$\x82\x01R`D\x01a\n\x8EV[a$Ca$\n\x84`\x01a6\x02V[c\xFF\xFF\xFF\xFF\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0` \x85\x90\x1B\x16\x17s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0``\x84\x90\x1B\x16\x17\x90V[`\x01`\x01`\xA0\x1B\x03\x90\x94\x16_\x90\x81R`\x06` R`@\x90 \x93\x90\x93UPPPV[``a\x1E&\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a(\x02V[``a\x1E&\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a(\x02V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x06` \x90\x81R`@\x90\x91 T\x90\x81\x90\x1Ca%)\x82\x82a$\xEBb'\x8D\0Ba2,V[c\xFF\xFF\xFF\xFF\x83\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0` \x84\x90\x1B\x16\x17s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0``\x83\x90\x1B\x16\x17\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x90\x93\x16_\x90\x81R`\x06` R`@\x90 \x92\x90\x92UPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15\x80a%lWPb\x01Q\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x11[\x15a%\xAFW`@Q\x7F\\\x82Y9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\n\x8EV[`\x08\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F\x91\x80d?\xBAb\xA12\xEE\xC4\x95*\xA3U\xF4\x1F\xB5J\xA3U\xB6M\xE4\x90\xA1-.\x9FaZ\x80\x94\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T`\xFF\x16a\x1A\xFFW`@Q\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\n\x8EV[_6`\x14\x80\x82\x10\x80\x15\x90a&\xC3WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x163\x14[\x15a&\xE9Wa&\xD66\x82\x84\x03\x81_a6\x1EV[a&\xDF\x91a6EV[``\x1C\x92PPP\x90V[3\x92PPP\x90V[_a\x08\x8Fa&\xFDa(?V[\x83`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[_\x80\x80`A\x84\x90\x03a'lW\x845` \x86\x015`@\x87\x015_\x1Aa'^\x89\x82\x85\x85a)hV[\x95P\x95P\x95PPPPa'vV[P_\x91P`\x02\x90P\x82[\x93P\x93P\x93\x90PV[`@\x80Q\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x82R`\x04\x82\x01\x86\x90R`$\x82\x01\x92\x90\x92R`D\x81\x01\x83\x90R_\x91\x90\x83\x90\x81\x86`d\x83\x017_\x82`d\x83\x01\x01R`\x1F\x82\x01`\x05\x1C`\x05\x1B\x91P` _`d\x84\x01\x83\x8BZ\xFA\x90P\x82_Q\x14`\x1F=\x11\x16\x81\x16\x93PPPP\x94\x93PPPPV[``_a(\x0E\x83a*NV[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a(\x97WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a(\xC1WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\x1E&`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a)\xA1WP_\x91P`\x03\x90P\x82a*DV[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a)\xF2W=__>=_\xFD[PP`@Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01Q\x91PP`\x01`\x01`\xA0\x1B\x03\x81\x16a*;WP_\x92P`\x01\x91P\x82\x90Pa*DV[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[_`\xFF\x82\x16`\x1F\x81\x11\x15a\x08\x8FW`@Q\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_` \x82\x84\x03\x12\x15a*\x9EW__\xFD[\x815\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x81\x14a\t.W__\xFD[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a*\xE3W__\xFD[\x91\x90PV[\x805`\x03\x81\x10a*\xE3W__\xFD[___``\x84\x86\x03\x12\x15a+\x08W__\xFD[a+\x11\x84a*\xCDV[\x92P` \x84\x015\x91Pa+&`@\x85\x01a*\xE8V[\x90P\x92P\x92P\x92V[__`@\x83\x85\x03\x12\x15a+@W__\xFD[\x825\x91Pa+P` \x84\x01a*\xCDV[\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a+iW__\xFD[P5\x91\x90PV[\x80\x15\x15\x81\x14a\x1DTW__\xFD[____`\x80\x85\x87\x03\x12\x15a+\x90W__\xFD[\x845\x93P` \x85\x015a+\xA2\x81a+pV[\x92P`@\x85\x015\x91Pa+\xB7``\x86\x01a*\xCDV[\x90P\x92\x95\x91\x94P\x92PV[___``\x84\x86\x03\x12\x15a+\xD4W__\xFD[\x835\x92P` \x84\x015\x91P`@\x84\x015c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a+\xF5W__\xFD[\x80\x91PP\x92P\x92P\x92V[_`\xA0\x82\x84\x03\x12\x15a,\x10W__\xFD[P\x91\x90PV[___`\xE0\x84\x86\x03\x12\x15a,(W__\xFD[a,1\x84a*\xCDV[\x92P` \x84\x015\x91Pa+&\x85`@\x86\x01a,\0V[_` \x82\x84\x03\x12\x15a,WW__\xFD[a\t.\x82a*\xCDV[_`\xE0\x82\x84\x03\x12\x15a,\x10W__\xFD[__\x83`\x1F\x84\x01\x12a,\x80W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a,\x97W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a,\xAEW__\xFD[\x92P\x92\x90PV[_____a\x01 \x86\x88\x03\x12\x15a,\xCAW__\xFD[a,\xD4\x87\x87a,`V[\x94P`\xE0\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a,\xEFW__\xFD[a,\xFB\x88\x82\x89\x01a,pV[\x90\x95P\x93PPa\x01\0\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a-\x1BW__\xFD[a-'\x88\x82\x89\x01a,pV[\x96\x99\x95\x98P\x93\x96P\x92\x94\x93\x92PPPV[____``\x85\x87\x03\x12\x15a-KW__\xFD[\x845\x93P` \x85\x015a\xFF\xFF\x81\x16\x81\x14a-cW__\xFD[\x92P`@\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a-~W__\xFD[a-\x8A\x87\x82\x88\x01a,pV[\x95\x98\x94\x97P\x95PPPPV[_`\xE0\x82\x84\x03\x12\x15a-\xA6W__\xFD[a\t.\x83\x83a,`V[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16\x81R`\xE0` \x82\x01R_a.6`\xE0\x83\x01\x89a-\xB0V[\x82\x81\x03`@\x84\x01Ra.H\x81\x89a-\xB0V[``\x84\x01\x88\x90R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a.\x9DW\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a.\x7FV[P\x90\x9B\x9APPPPPPPPPPPV[__`@\x83\x85\x03\x12\x15a.\xBFW__\xFD[a.\xC8\x83a*\xCDV[\x94` \x93\x90\x93\x015\x93PPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x03\x81\x10a/\x13Wa/\x13a.\xD6V[\x90RV[``\x81\x01a/%\x82\x86a/\x03V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`@\x83\x01R\x94\x93PPPPV[__\x83`\x1F\x84\x01\x12a/]W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a/tW__\xFD[` \x83\x01\x91P\x83` \x82`\x05\x1B\x85\x01\x01\x11\x15a,\xAEW__\xFD[______`\xA0\x87\x89\x03\x12\x15a/\xA3W__\xFD[\x865\x95P` \x87\x015a/\xB5\x81a+pV[\x94P`@\x87\x015\x93Pa/\xCA``\x88\x01a*\xCDV[\x92P`\x80\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a/\xE5W__\xFD[a/\xF1\x89\x82\x8A\x01a/MV[\x97\x9A\x96\x99P\x94\x97P\x92\x95\x93\x94\x92PPPV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a*\xE3W__\xFD[_____`\x80\x86\x88\x03\x12\x15a0.W__\xFD[\x855\x94Pa0>` \x87\x01a*\xE8V[\x93Pa0L`@\x87\x01a0\x03V[\x92P``\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a-\x1BW__\xFD[______a\x01\0\x87\x89\x03\x12\x15a0}W__\xFD[a0\x86\x87a*\xCDV[\x95Pa0\x95\x88` \x89\x01a,\0V[\x94P`\xC0\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a0\xB0W__\xFD[a0\xBC\x89\x82\x8A\x01a/MV[\x90\x95P\x93PP`\xE0\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a0\xDBW__\xFD[a/\xF1\x89\x82\x8A\x01a,pV[_` \x82\x84\x03\x12\x15a0\xF7W__\xFD[a\t.\x82a0\x03V[`\x04\x81\x10a/\x13Wa/\x13a.\xD6V[_`\xC0\x82\x01\x90P\x82Q\x82R`\x01`\x01`\xA0\x1B\x03` \x84\x01Q\x16` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x84\x01Q\x16``\x83\x01Ra\xFF\xFF`\x80\x84\x01Q\x16`\x80\x83\x01R`\xA0\x83\x01Qa1v`\xA0\x84\x01\x82a1\0V[P\x92\x91PPV[__` \x83\x85\x03\x12\x15a1\x8EW__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a1\xA4W__\xFD[a1\xB0\x85\x82\x86\x01a,pV[\x90\x96\x90\x95P\x93PPPPV[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[_` \x82\x84\x03\x12\x15a1\xDBW__\xFD[a\t.\x82a*\xE8V[_` \x82\x84\x03\x12\x15a1\xF4W__\xFD[\x81Qa\t.\x81a+pV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x08\x8FWa\x08\x8Fa1\xFFV[_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x03a2|Wa2|a1\xFFV[P`\x01\x01\x90V[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[a\xFF\xFF\x85\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16` \x82\x01R```@\x82\x01R_a2\xF7``\x83\x01\x84\x86a2\x83V[\x96\x95PPPPPPV[\x82\x81R`@\x81\x01a\t.` \x83\x01\x84a1\0V[_`@\x82\x01\x85\x83R`@` \x84\x01R\x80\x84\x82R``\x84\x01\x90P``\x85`\x05\x1B\x85\x01\x01\x91P\x85_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x886\x03\x01[\x87\x82\x10\x15a3\xEDW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA0\x87\x86\x03\x01\x84R\x825\x81\x81\x12a3\x9DW__\xFD[\x89\x01` \x81\x01\x905g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a3\xB9W__\xFD[\x806\x03\x82\x13\x15a3\xC7W__\xFD[a3\xD2\x87\x82\x84a2\x83V[\x96PPP` \x83\x01\x92P` \x84\x01\x93P`\x01\x82\x01\x91Pa3aV[P\x92\x98\x97PPPPPPPPV[_` \x82\x84\x03\x12\x15a4\x0BW__\xFD[PQ\x91\x90PV[\x80Q`\xFF\x81\x16\x81\x14a*\xE3W__\xFD[___``\x84\x86\x03\x12\x15a44W__\xFD[\x83Q\x92Pa4D` \x85\x01a4\x12V[\x91Pa+&`@\x85\x01a4\x12V[`\x01`\x01`\xA0\x1B\x03\x85\x16\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16` \x82\x01R```@\x82\x01R\x81``\x82\x01R_\x7F\x07\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11\x15a4\xA7W__\xFD[\x82`\x05\x1B\x80\x85`\x80\x85\x017\x91\x90\x91\x01`\x80\x01\x95\x94PPPPPV[` \x81R_a\t\xD0` \x83\x01\x84\x86a2\x83V[`\x01`\x01`\xA0\x1B\x03\x84\x16\x81R` \x80\x82\x01\x84\x90R\x825`@\x83\x01R`\xE0\x82\x01\x90a5\0\x90\x84\x01a*\xE8V[a5\r``\x84\x01\x82a/\x03V[Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa5#`@\x85\x01a0\x03V[\x16`\x80\x83\x81\x01\x91\x90\x91R``\x84\x015`\xA0\x84\x01R\x92\x90\x92\x015`\xC0\x90\x91\x01R\x92\x91PPV[\x88\x81R`\x01`\x01`\xA0\x1B\x03\x88\x16` \x82\x01R`@\x81\x01\x87\x90Ra\x01\0\x81\x01a5s``\x83\x01\x88a/\x03V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16`\x80\x83\x01R\x84`\xA0\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\xC0\x83\x01R\x82`\xE0\x83\x01R\x99\x98PPPPPPPPPV[\x81\x81\x03\x81\x81\x11\x15a\x08\x8FWa\x08\x8Fa1\xFFV[\x80\x82\x01\x80\x82\x11\x15a\x08\x8FWa\x08\x8Fa1\xFFV[a5\xDC\x81\x86a/\x03V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16` \x82\x01R```@\x82\x01R_a2\xF7``\x83\x01\x84\x86a2\x83V[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x08\x8FWa\x08\x8Fa1\xFFV[__\x85\x85\x11\x15a6,W__\xFD[\x83\x86\x11\x15a68W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x90`\x14\x84\x10\x15a1vW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85`\x14\x03`\x03\x1B\x1B\x82\x16\x16\x91PP\x92\x91PPV\xFE\xA1dsolcC\0\x08\x1E\0\n",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b50600436106102c2575f3560e01c80637da0a8771161017c578063a217fddf116100dd578063cc9d1fd911610093578063e52cb36a1161006e578063e52cb36a146107a8578063e5c30120146107ca578063f2343f5e146107ea575f5ffd5b8063cc9d1fd914610765578063d547741f1461076f578063d864e74014610782575f5ffd5b8063a5cd4838116100c3578063a5cd483814610717578063b2b61a4f1461073f578063b2dc720414610752575f5ffd5b8063a217fddf146106fd578063a4103fa014610704575f5ffd5b806394f1773a116101325780639ac75d87116101185780639ac75d87146106795780639e4cac2b146106a05780639ed446de146106e0575f5ffd5b806394f1773a1461063f57806398fcbacd14610652575f5ffd5b806384b0196e1161016257806384b0196e146105cc57806391d14854146105e757806393dc6ef61461061d575f5ffd5b80637da0a877146105475780637e69546214610581575f5ffd5b8063503525ec116102265780636b98e92d116101dc5780636db47374116101c25780636db47374146104e357806372ee3f90146105225780637ca8469614610535575f5ffd5b80636b98e92d146104b55780636c1ea7a1146104d0575f5ffd5b80635277f8ad1161020c5780635277f8ad1461044f578063572b6c05146104625780635d30f4b1146104a2575f5ffd5b8063503525ec14610415578063511eec4d14610428575f5ffd5b8063355dd6321161027b57806336568abe1161026157806336568abe146103c857806337e70cf4146103db5780634182a215146103ee575f5ffd5b8063355dd6321461037e578063358296b1146103a5575f5ffd5b806323cdc3f1116102ab57806323cdc3f114610301578063248a9ca3146103395780632f2ff15d14610369575f5ffd5b806301ffc9a7146102c65780631b12ef4f146102ee575b5f5ffd5b6102d96102d4366004612a8e565b6107fd565b60405190151581526020015b60405180910390f35b6102d96102fc366004612af6565b610895565b6102d961030f366004612b2f565b5f9182526009602090815260408084206001600160a01b0393909316845291905290205460ff1690565b61035b610347366004612b59565b5f9081526020819052604090206001015490565b6040519081526020016102e5565b61037c610377366004612b2f565b610935565b005b61035b7f688ea9f3146e0c8a6c7f08bda036eff8ce434aea55323ebdc7ba186b59222e1f81565b6103af6201518081565b60405167ffffffffffffffff90911681526020016102e5565b61037c6103d6366004612b2f565b61095f565b61035b6103e9366004612b7d565b6109c0565b61035b7fc3e68ab8ca78675a7c3c0d1fb65f814b91b935420a9cf001e3016b4195696d7481565b61037c610423366004612bc2565b6109d8565b61035b7fd8b744c7c59d257a5f87ed548f8dd6f2513156805f89b4fb1a01bc251c850ae281565b61035b61045d366004612c16565b610b14565b6102d9610470366004612c47565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b61037c6104b0366004612cb5565b610b20565b6104bd600981565b60405161ffff90911681526020016102e5565b61035b6104de366004612d38565b610d56565b6103af6104f1366004612b2f565b5f9182526004602090815260408084206001600160a01b0393909316845291905290205467ffffffffffffffff1690565b61035b610530366004612d96565b611115565b60085467ffffffffffffffff166103af565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b0390911681526020016102e5565b6105a761058f366004612b59565b5f908152600c60205260409081902054919082901c90565b6040805167ffffffffffffffff909316835263ffffffff9091166020830152016102e5565b6105d461111f565b6040516102e59796959493929190612dfc565b6102d96105f5366004612b2f565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b61063061062b366004612eae565b61117d565b6040516102e593929190612f17565b61037c61064d366004612f8e565b6111ff565b61035b7f387d3aae5481f2ed35567acc1f515385864163236ca97d39ed75b1180c9800b681565b61035b7fc716c3f4e25dfa54687a236c0f14c6f0d3dc90940443149d7fbcec4d7b77b49b81565b6106b36106ae366004612c47565b611640565b6040805163ffffffff909416845267ffffffffffffffff92831660208501529116908201526060016102e5565b6106e8600581565b60405163ffffffff90911681526020016102e5565b61035b5f81565b61037c61071236600461301a565b61167a565b61072a610725366004613067565b611696565b604080519283529015156020830152016102e5565b61037c61074d3660046130e7565b611aec565b6102d9610760366004612b2f565b611b03565b6103af62278d0081565b61037c61077d366004612b2f565b611bd9565b7f0000000000000000000000000000000000000000000000000000000000000000610569565b6102d96107b6366004612b59565b5f908152600b602052604090205460ff1690565b6107dd6107d8366004612b59565b611bfd565b6040516102e59190613110565b61037c6107f836600461317d565b611cf5565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061088f57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f808260028111156108a9576108a9612ed6565b036108b557505f61092e565b604080516001600160a01b038616602080830191909152818301869052825180830384018152606090920183528151918101919091205f9081526003909152205467ffffffffffffffff81164210801561092a575082600281111561091c5761091c612ed6565b60ff16604082901c60ff1610155b9150505b9392505050565b5f8281526020819052604090206001015461094f81611d43565b6109598383611d57565b50505050565b610967611e1d565b6001600160a01b0316816001600160a01b0316146109b1576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6109bb8282611e2b565b505050565b5f6109cd85858585611ee8565b90505b949350505050565b7fc716c3f4e25dfa54687a236c0f14c6f0d3dc90940443149d7fbcec4d7b77b49b610a0281611d43565b831580610a13575063ffffffff8216155b15610a4a576040517f93d2421f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f848152600c602052604090205415610a97576040517ff682fe57000000000000000000000000000000000000000000000000000000008152600481018590526024015b60405180910390fd5b5f848152600c60205260409081902067ffffffffffffffff43166bffffffff000000000000000085841b161790555184907f84ca48607e1d3480983f683ea54719282f24f08232f931dba6de480ee907960b90610b06908690869091825263ffffffff16602082015260400190565b60405180910390a250505050565b5f6109d0848484611f5b565b8460c00135421115610b64576040517fcd21db4f00000000000000000000000000000000000000000000000000000000815260c08601356004820152602401610a8e565b84608001358282604051610b799291906131bc565b604051809103902014610bbe576040517f9e812fdd00000000000000000000000000000000000000000000000000000000815260808601356004820152602401610a8e565b610bde610bce6020870187612c47565b610bd787611f90565b8686612018565b610c2d57610bef6020860186612c47565b6040517fd855c4f40000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610a8e565b5f6048600382610c7d610c4360208b018b612c47565b604080516001600160a01b0392909216602083810191909152808d0135838301528151808403830181526060909301909152815191012090565b815260208101919091526040015f2054901c905067ffffffffffffffff8116610cac60c0880160a089016130e7565b67ffffffffffffffff1614610d1257610ccb60c0870160a088016130e7565b6040517f06427aeb00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff91821660048201529082166024820152604401610a8e565b610d4e610d226020880188612c47565b6020880135610d3760608a0160408b016131cb565b610d4760808b0160608c016130e7565b8787612084565b505050505050565b5f5f610d60611e1d565b6040517f5afa50360000000000000000000000000000000000000000000000000000000081526001600160a01b0380831660048301529192507f000000000000000000000000000000000000000000000000000000000000000090911690635afa503690602401602060405180830381865afa158015610de2573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e0691906131e4565b610e47576040517f7765f12c0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610a8e565b85610e7e576040517f3a16526700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610e87816122dd565b6008545f90610ea09067ffffffffffffffff164261322c565b905060075f8154610eb09061324c565b91905081905592506040518060c00160405280888152602001836001600160a01b031681526020014267ffffffffffffffff1681526020018267ffffffffffffffff1681526020018761ffff16815260200160016003811115610f1557610f15612ed6565b90525f848152600560209081526040918290208351815590830151600182018054938501516001600160a01b039092167fffffffff00000000000000000000000000000000000000000000000000000000909416939093177401000000000000000000000000000000000000000067ffffffffffffffff928316021790925560608301516002820180546080860151929094167fffffffffffffffffffffffffffffffffffffffffffff00000000000000000000909416939093176801000000000000000061ffff909216919091021780835560a08401519192907fffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffff166a010000000000000000000083600381111561103057611030612ed6565b021790555050505f8781526004602090815260408083206001600160a01b038616845290915290205467ffffffffffffffff90811690821611156110c2575f8781526004602090815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff83161790555b816001600160a01b031687847f65abcf2657dd2ecd46596ba541c2646dad88531e4fe2744baae46632bcb50f2c89858a8a60405161110394939291906132ca565b60405180910390a45050949350505050565b5f61088f82611f90565b5f6060805f5f5f6060611130612464565b61113861248f565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b5f5f5f5f60035f6111c58888604080516001600160a01b03841660208201529081018290525f9060600160405160208183030381529060405280519060200120905092915050565b81526020019081526020015f20549050604081901c60ff1660028111156111ee576111ee612ed6565b9350915050604881901c9250925092565b5f8681526005602052604081209060028201546a0100000000000000000000900460ff16600381111561123457611234612ed6565b0361126e576040517f42557e9700000000000000000000000000000000000000000000000000000000815260048101889052602401610a8e565b600160028201546a0100000000000000000000900460ff16600381111561129757611297612ed6565b146112e3578681600201600a9054906101000a900460ff166040517fa158ed34000000000000000000000000000000000000000000000000000000008152600401610a8e929190613301565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663f9c8154261131e89898989611ee8565b85856040518463ffffffff1660e01b815260040161133e93929190613315565b602060405180830381865afa158015611359573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061137d91906131e4565b6113b6576040517fecca423f00000000000000000000000000000000000000000000000000000000815260048101889052602401610a8e565b8515611423576002810180547fffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffff166a020000000000000000000017905560405187907ffd8050ccd34a73a450abe6d957a60cac4380973381442d887e9c7b4970e62338905f90a250610d4e565b60018101546002820180547fffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffff166a030000000000000000000017905581545f9081526004602090815260408083206001600160a01b0390941680845293909152902080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001690556114b4816124ba565b6040517fa672ebdb0000000000000000000000000000000000000000000000000000000081526001600160a01b0382811660048301528681166024830152604482018890525f917f00000000000000000000000000000000000000000000000000000000000000009091169063a672ebdb906064016020604051808303815f875af1925050508015611581575060408051601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016820190925261157e918101906133fb565b60015b6115f7573d8080156115ae576040519150601f19603f3d011682016040523d82523d5f602084013e6115b3565b606091505b5080515f036115f1576040517ff35765c2000000000000000000000000000000000000000000000000000000008152600481018b9052602401610a8e565b506115fa565b90505b60408051888152602081018390528a917f1c39d3aa4f6cbea96a1f35e263bbd8169472657fb1ad2f8c416cece474a35c92910160405180910390a2505050505050505050565b6001600160a01b0381165f908152600660205260408120548190819061166d602082901c90606083901c90565b9250925092509193909250565b61168f611685611e1d565b8686868686612084565b5050505050565b5f5f5f6116a1611e1d565b6040517fb0df28910000000000000000000000000000000000000000000000000000000081526001600160a01b038b811660048301529192505f91829182917f0000000000000000000000000000000000000000000000000000000000000000169063b0df289190602401606060405180830381865afa158015611727573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061174b9190613422565b9250925092508160ff165f148061180957506040517fa2557ace0000000000000000000000000000000000000000000000000000000081526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063a2557ace906117c8908f9088908f908f90600401613452565b602060405180830381865afa1580156117e3573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061180791906131e4565b155b15611853576040517f826f1bd20000000000000000000000000000000000000000000000000000000081526001600160a01b03808e16600483015285166024820152604401610a8e565b61185e8c848d611f5b565b5f818152600b602052604090205490965060ff16156118ac576040517f48eae51400000000000000000000000000000000000000000000000000000000815260048101879052602401610a8e565b5f8681526009602090815260408083206001600160a01b038816845290915290205460ff161561191a576040517fa72db787000000000000000000000000000000000000000000000000000000008152600481018790526001600160a01b0385166024820152604401610a8e565b5f8681526009602090815260408083206001600160a01b0388168452825280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055888352600a90915281208054829061197b9061324c565b9190508190559050867f324de60c4527148f2046be053ba263ae7a93cddef8cf995ab42777ecd9f4a50d826040516119b591815260200190565b60405180910390a28160ff168110156119d657505f9450611ae19350505050565b8b6060013589896040516119eb9291906131bc565b604051809103902014611a30576040517f9e812fdd00000000000000000000000000000000000000000000000000000000815260608d01356004820152602401610a8e565b5f878152600b60205260409081902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790555187907fbdfe19a8b30cac3a601ac62203440d283501e2cf77260ec2103a741743f8339c90611a9a9084815260200190565b60405180910390a2611ad78d8d5f01358e6020016020810190611abd91906131cb565b8f6040016020810190611ad091906130e7565b8d8d612084565b5060019450505050505b965096945050505050565b5f611af681611d43565b611aff82612549565b5050565b5f8281526004602090815260408083206001600160a01b038516845290915281205467ffffffffffffffff164210801561092e57506040517f5afa50360000000000000000000000000000000000000000000000000000000081526001600160a01b0383811660048301527f00000000000000000000000000000000000000000000000000000000000000001690635afa503690602401602060405180830381865afa158015611bb5573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061092e91906131e4565b5f82815260208190526040902060010154611bf381611d43565b6109598383611e2b565b611c326040805160c0810182525f8082526020820181905291810182905260608101829052608081018290529060a082015290565b5f82815260056020908152604091829020825160c0810184528154815260018201546001600160a01b0381169382019390935267ffffffffffffffff740100000000000000000000000000000000000000009093048316938101939093526002810154918216606084015261ffff6801000000000000000083041660808401529060a083019060ff6a0100000000000000000000909104166003811115611cdb57611cdb612ed6565b6003811115611cec57611cec612ed6565b90525092915050565b611cfd611e1d565b6001600160a01b03167fd14345fa94e00ea93afebd00d584d0e498307290402fce549e8afd48f98751768383604051611d379291906134c2565b60405180910390a25050565b611d5481611d4f611e1d565b61261c565b50565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16611e16575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055611dce611e1d565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161088f565b505f61088f565b5f611e26612687565b905090565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615611e16575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00169055611ea0611e1d565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a450600161088f565b604080517f387d3aae5481f2ed35567acc1f515385864163236ca97d39ed75b1180c9800b660208201529081018590528315156060820152608081018390526001600160a01b03821660a08201525f906109cd9060c0015b604051602081830303815290604052805190602001206126f1565b5f838383604051602001611f71939291906134d5565b6040516020818303038152906040528051906020012090509392505050565b5f61088f7fd8b744c7c59d257a5f87ed548f8dd6f2513156805f89b4fb1a01bc251c850ae2611fc26020850185612c47565b6020850135611fd760608701604088016131cb565b611fe760808801606089016130e7565b6080880135611ffc60c08a0160a08b016130e7565b8960c00135604051602001611f40989796959493929190613548565b5f5f5f612026868686612738565b5090925090505f81600381111561203f5761203f612ed6565b14801561205d5750866001600160a01b0316826001600160a01b0316145b1561206d576001925050506109d0565b6120798787878761277f565b979650505050505050565b846120bb576040517f53cd578300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b604080516001600160a01b038816602080830191909152818301889052825180830384018152606090920190925280519101205f905f8181526003602052604081205491925069010000000000000000006121176001826135ac565b19831661212491906135bf565b90505f87600281111561213957612139612ed6565b036121ff57612153600169010000000000000000006135ac565b82165f0361219f576040517f0d98c5b80000000000000000000000000000000000000000000000000000000081526001600160a01b038a16600482015260248101899052604401610a8e565b5f838152600360205260408082208390555189916001600160a01b038c16917fe18b2655d84fdb681748dd39230bb5b2e11d7c620fa397ed6211848d56f3d5e4916121ef9181908b908b906135d2565b60405180910390a3505050610d4e565b428667ffffffffffffffff161161224e576040517f8d499f7d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff87166004820152602401610a8e565b604087600281111561226257612262612ed6565b60ff16901b8667ffffffffffffffff1682171760035f8581526020019081526020015f208190555087896001600160a01b03167fe18b2655d84fdb681748dd39230bb5b2e11d7c620fa397ed6211848d56f3d5e4898989896040516122ca94939291906135d2565b60405180910390a3505050505050505050565b6001600160a01b0381165f908152600660205260408120548190819061230a602082901c90606083901c90565b9250925092508067ffffffffffffffff1642101561236f576040517f4b0e5b470000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015267ffffffffffffffff82166024820152604401610a8e565b61238667ffffffffffffffff8316620151806135bf565b4210612393575f92504291505b600563ffffffff8416106123fc57836123af836201518061322c565b6040517f1748ecc70000000000000000000000000000000000000000000000000000000081526001600160a01b03909216600483015267ffffffffffffffff166024820152604401610a8e565b61244361240a846001613602565b63ffffffff166bffffffffffffffff00000000602085901b161773ffffffffffffffff000000000000000000000000606084901b161790565b6001600160a01b039094165f90815260066020526040902093909355505050565b6060611e267f0000000000000000000000000000000000000000000000000000000000000000612802565b6060611e267f0000000000000000000000000000000000000000000000000000000000000000612802565b6001600160a01b0381165f908152600660209081526040909120549081901c61252982826124eb62278d004261322c565b63ffffffff83166bffffffffffffffff00000000602084901b161773ffffffffffffffff000000000000000000000000606083901b16179392505050565b6001600160a01b039093165f908152600660205260409020929092555050565b67ffffffffffffffff8116158061256c57506201518067ffffffffffffffff8216115b156125af576040517f5c82593900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610a8e565b600880547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff83169081179091556040519081527f9180643fba62a132eec4952aa355f41fb54aa355b64de490a12d2e9f615a80949060200160405180910390a150565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16611aff576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610a8e565b5f3660148082108015906126c357507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b156126e9576126d636828403815f61361e565b6126df91613645565b60601c9250505090565b339250505090565b5f61088f6126fd61283f565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f8080604184900361276c578435602086013560408701355f1a61275e89828585612968565b955095509550505050612776565b505f915060029050825b93509350939050565b604080517f1626ba7e00000000000000000000000000000000000000000000000000000000808252600482018690526024820192909252604481018390525f91908390818660648301375f82606483010152601f820160051c60051b915060205f60648401838b5afa9050825f5114601f3d111681169350505050949350505050565b60605f61280e83612a4e565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561289757507f000000000000000000000000000000000000000000000000000000000000000046145b156128c157507f000000000000000000000000000000000000000000000000000000000000000090565b611e26604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156129a157505f91506003905082612a44565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156129f2573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001519150506001600160a01b038116612a3b57505f925060019150829050612a44565b92505f91508190505b9450945094915050565b5f60ff8216601f81111561088f576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f60208284031215612a9e575f5ffd5b81357fffffffff000000000000000000000000000000000000000000000000000000008116811461092e575f5ffd5b80356001600160a01b0381168114612ae3575f5ffd5b919050565b803560038110612ae3575f5ffd5b5f5f5f60608486031215612b08575f5ffd5b612b1184612acd565b925060208401359150612b2660408501612ae8565b90509250925092565b5f5f60408385031215612b40575f5ffd5b82359150612b5060208401612acd565b90509250929050565b5f60208284031215612b69575f5ffd5b5035919050565b8015158114611d54575f5ffd5b5f5f5f5f60808587031215612b90575f5ffd5b843593506020850135612ba281612b70565b925060408501359150612bb760608601612acd565b905092959194509250565b5f5f5f60608486031215612bd4575f5ffd5b8335925060208401359150604084013563ffffffff81168114612bf5575f5ffd5b809150509250925092565b5f60a08284031215612c10575f5ffd5b50919050565b5f5f5f60e08486031215612c28575f5ffd5b612c3184612acd565b925060208401359150612b268560408601612c00565b5f60208284031215612c57575f5ffd5b61092e82612acd565b5f60e08284031215612c10575f5ffd5b5f5f83601f840112612c80575f5ffd5b50813567ffffffffffffffff811115612c97575f5ffd5b602083019150836020828501011115612cae575f5ffd5b9250929050565b5f5f5f5f5f6101208688031215612cca575f5ffd5b612cd48787612c60565b945060e086013567ffffffffffffffff811115612cef575f5ffd5b612cfb88828901612c70565b90955093505061010086013567ffffffffffffffff811115612d1b575f5ffd5b612d2788828901612c70565b969995985093965092949392505050565b5f5f5f5f60608587031215612d4b575f5ffd5b84359350602085013561ffff81168114612d63575f5ffd5b9250604085013567ffffffffffffffff811115612d7e575f5ffd5b612d8a87828801612c70565b95989497509550505050565b5f60e08284031215612da6575f5ffd5b61092e8383612c60565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f612e3660e0830189612db0565b8281036040840152612e488189612db0565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612e9d578351835260209384019390920191600101612e7f565b50909b9a5050505050505050505050565b5f5f60408385031215612ebf575f5ffd5b612ec883612acd565b946020939093013593505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60038110612f1357612f13612ed6565b9052565b60608101612f258286612f03565b67ffffffffffffffff8416602083015267ffffffffffffffff83166040830152949350505050565b5f5f83601f840112612f5d575f5ffd5b50813567ffffffffffffffff811115612f74575f5ffd5b6020830191508360208260051b8501011115612cae575f5ffd5b5f5f5f5f5f5f60a08789031215612fa3575f5ffd5b863595506020870135612fb581612b70565b945060408701359350612fca60608801612acd565b9250608087013567ffffffffffffffff811115612fe5575f5ffd5b612ff189828a01612f4d565b979a9699509497509295939492505050565b803567ffffffffffffffff81168114612ae3575f5ffd5b5f5f5f5f5f6080868803121561302e575f5ffd5b8535945061303e60208701612ae8565b935061304c60408701613003565b9250606086013567ffffffffffffffff811115612d1b575f5ffd5b5f5f5f5f5f5f610100878903121561307d575f5ffd5b61308687612acd565b95506130958860208901612c00565b945060c087013567ffffffffffffffff8111156130b0575f5ffd5b6130bc89828a01612f4d565b90955093505060e087013567ffffffffffffffff8111156130db575f5ffd5b612ff189828a01612c70565b5f602082840312156130f7575f5ffd5b61092e82613003565b60048110612f1357612f13612ed6565b5f60c082019050825182526001600160a01b03602084015116602083015267ffffffffffffffff604084015116604083015267ffffffffffffffff606084015116606083015261ffff608084015116608083015260a083015161317660a0840182613100565b5092915050565b5f5f6020838503121561318e575f5ffd5b823567ffffffffffffffff8111156131a4575f5ffd5b6131b085828601612c70565b90969095509350505050565b818382375f9101908152919050565b5f602082840312156131db575f5ffd5b61092e82612ae8565b5f602082840312156131f4575f5ffd5b815161092e81612b70565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff818116838216019081111561088f5761088f6131ff565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361327c5761327c6131ff565b5060010190565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b61ffff8516815267ffffffffffffffff84166020820152606060408201525f6132f7606083018486613283565b9695505050505050565b8281526040810161092e6020830184613100565b5f60408201858352604060208401528084825260608401905060608560051b8501019150855f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1883603015b878210156133ed577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa0878603018452823581811261339d575f5ffd5b890160208101903567ffffffffffffffff8111156133b9575f5ffd5b8036038213156133c7575f5ffd5b6133d2878284613283565b96505050602083019250602084019350600182019150613361565b509298975050505050505050565b5f6020828403121561340b575f5ffd5b5051919050565b805160ff81168114612ae3575f5ffd5b5f5f5f60608486031215613434575f5ffd5b8351925061344460208501613412565b9150612b2660408501613412565b6001600160a01b03851681526001600160a01b0384166020820152606060408201528160608201525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8311156134a7575f5ffd5b8260051b808560808501379190910160800195945050505050565b602081525f6109d0602083018486613283565b6001600160a01b038416815260208082018490528235604083015260e0820190613500908401612ae8565b61350d6060840182612f03565b5067ffffffffffffffff61352360408501613003565b16608083810191909152606084013560a0840152929092013560c09091015292915050565b8881526001600160a01b03881660208201526040810187905261010081016135736060830188612f03565b67ffffffffffffffff861660808301528460a083015267ffffffffffffffff841660c08301528260e08301529998505050505050505050565b8181038181111561088f5761088f6131ff565b8082018082111561088f5761088f6131ff565b6135dc8186612f03565b67ffffffffffffffff84166020820152606060408201525f6132f7606083018486613283565b63ffffffff818116838216019081111561088f5761088f6131ff565b5f5f8585111561362c575f5ffd5b83861115613638575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015613176577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b8216169150509291505056fea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x02\xC2W_5`\xE0\x1C\x80c}\xA0\xA8w\x11a\x01|W\x80c\xA2\x17\xFD\xDF\x11a\0\xDDW\x80c\xCC\x9D\x1F\xD9\x11a\0\x93W\x80c\xE5,\xB3j\x11a\0nW\x80c\xE5,\xB3j\x14a\x07\xA8W\x80c\xE5\xC3\x01 \x14a\x07\xCAW\x80c\xF24?^\x14a\x07\xEAW__\xFD[\x80c\xCC\x9D\x1F\xD9\x14a\x07eW\x80c\xD5Gt\x1F\x14a\x07oW\x80c\xD8d\xE7@\x14a\x07\x82W__\xFD[\x80c\xA5\xCDH8\x11a\0\xC3W\x80c\xA5\xCDH8\x14a\x07\x17W\x80c\xB2\xB6\x1AO\x14a\x07?W\x80c\xB2\xDCr\x04\x14a\x07RW__\xFD[\x80c\xA2\x17\xFD\xDF\x14a\x06\xFDW\x80c\xA4\x10?\xA0\x14a\x07\x04W__\xFD[\x80c\x94\xF1w:\x11a\x012W\x80c\x9A\xC7]\x87\x11a\x01\x18W\x80c\x9A\xC7]\x87\x14a\x06yW\x80c\x9EL\xAC+\x14a\x06\xA0W\x80c\x9E\xD4F\xDE\x14a\x06\xE0W__\xFD[\x80c\x94\xF1w:\x14a\x06?W\x80c\x98\xFC\xBA\xCD\x14a\x06RW__\xFD[\x80c\x84\xB0\x19n\x11a\x01bW\x80c\x84\xB0\x19n\x14a\x05\xCCW\x80c\x91\xD1HT\x14a\x05\xE7W\x80c\x93\xDCn\xF6\x14a\x06\x1DW__\xFD[\x80c}\xA0\xA8w\x14a\x05GW\x80c~iTb\x14a\x05\x81W__\xFD[\x80cP5%\xEC\x11a\x02&W\x80ck\x98\xE9-\x11a\x01\xDCW\x80cm\xB4st\x11a\x01\xC2W\x80cm\xB4st\x14a\x04\xE3W\x80cr\xEE?\x90\x14a\x05\"W\x80c|\xA8F\x96\x14a\x055W__\xFD[\x80ck\x98\xE9-\x14a\x04\xB5W\x80cl\x1E\xA7\xA1\x14a\x04\xD0W__\xFD[\x80cRw\xF8\xAD\x11a\x02\x0CW\x80cRw\xF8\xAD\x14a\x04OW\x80cW+l\x05\x14a\x04bW\x80c]0\xF4\xB1\x14a\x04\xA2W__\xFD[\x80cP5%\xEC\x14a\x04\x15W\x80cQ\x1E\xECM\x14a\x04(W__\xFD[\x80c5]\xD62\x11a\x02{W\x80c6V\x8A\xBE\x11a\x02aW\x80c6V\x8A\xBE\x14a\x03\xC8W\x80c7\xE7\x0C\xF4\x14a\x03\xDBW\x80cA\x82\xA2\x15\x14a\x03\xEEW__\xFD[\x80c5]\xD62\x14a\x03~W\x80c5\x82\x96\xB1\x14a\x03\xA5W__\xFD[\x80c#\xCD\xC3\xF1\x11a\x02\xABW\x80c#\xCD\xC3\xF1\x14a\x03\x01W\x80c$\x8A\x9C\xA3\x14a\x039W\x80c//\xF1]\x14a\x03iW__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x02\xC6W\x80c\x1B\x12\xEFO\x14a\x02\xEEW[__\xFD[a\x02\xD9a\x02\xD46`\x04a*\x8EV[a\x07\xFDV[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x02\xD9a\x02\xFC6`\x04a*\xF6V[a\x08\x95V[a\x02\xD9a\x03\x0F6`\x04a+/V[_\x91\x82R`\t` \x90\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x03[a\x03G6`\x04a+YV[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[`@Q\x90\x81R` \x01a\x02\xE5V[a\x03|a\x03w6`\x04a+/V[a\t5V[\0[a\x03[\x7Fh\x8E\xA9\xF3\x14n\x0C\x8Al\x7F\x08\xBD\xA06\xEF\xF8\xCECJ\xEAU2>\xBD\xC7\xBA\x18kY\".\x1F\x81V[a\x03\xAFb\x01Q\x80\x81V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xE5V[a\x03|a\x03\xD66`\x04a+/V[a\t_V[a\x03[a\x03\xE96`\x04a+}V[a\t\xC0V[a\x03[\x7F\xC3\xE6\x8A\xB8\xCAxgZ|<\r\x1F\xB6_\x81K\x91\xB95B\n\x9C\xF0\x01\xE3\x01kA\x95imt\x81V[a\x03|a\x04#6`\x04a+\xC2V[a\t\xD8V[a\x03[\x7F\xD8\xB7D\xC7\xC5\x9D%z_\x87\xEDT\x8F\x8D\xD6\xF2Q1V\x80_\x89\xB4\xFB\x1A\x01\xBC%\x1C\x85\n\xE2\x81V[a\x03[a\x04]6`\x04a,\x16V[a\x0B\x14V[a\x02\xD9a\x04p6`\x04a,GV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x91\x16\x14\x90V[a\x03|a\x04\xB06`\x04a,\xB5V[a\x0B V[a\x04\xBD`\t\x81V[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xE5V[a\x03[a\x04\xDE6`\x04a-8V[a\rVV[a\x03\xAFa\x04\xF16`\x04a+/V[_\x91\x82R`\x04` \x90\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a\x03[a\x0506`\x04a-\x96V[a\x11\x15V[`\x08Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x03\xAFV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02\xE5V[a\x05\xA7a\x05\x8F6`\x04a+YV[_\x90\x81R`\x0C` R`@\x90\x81\x90 T\x91\x90\x82\x90\x1C\x90V[`@\x80Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x93\x16\x83Rc\xFF\xFF\xFF\xFF\x90\x91\x16` \x83\x01R\x01a\x02\xE5V[a\x05\xD4a\x11\x1FV[`@Qa\x02\xE5\x97\x96\x95\x94\x93\x92\x91\x90a-\xFCV[a\x02\xD9a\x05\xF56`\x04a+/V[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x060a\x06+6`\x04a.\xAEV[a\x11}V[`@Qa\x02\xE5\x93\x92\x91\x90a/\x17V[a\x03|a\x06M6`\x04a/\x8EV[a\x11\xFFV[a\x03[\x7F8}:\xAET\x81\xF2\xED5Vz\xCC\x1FQS\x85\x86Ac#l\xA9}9\xEDu\xB1\x18\x0C\x98\0\xB6\x81V[a\x03[\x7F\xC7\x16\xC3\xF4\xE2]\xFAThz#l\x0F\x14\xC6\xF0\xD3\xDC\x90\x94\x04C\x14\x9D\x7F\xBC\xECM{w\xB4\x9B\x81V[a\x06\xB3a\x06\xAE6`\x04a,GV[a\x16@V[`@\x80Qc\xFF\xFF\xFF\xFF\x90\x94\x16\x84Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16` \x85\x01R\x91\x16\x90\x82\x01R``\x01a\x02\xE5V[a\x06\xE8`\x05\x81V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xE5V[a\x03[_\x81V[a\x03|a\x07\x126`\x04a0\x1AV[a\x16zV[a\x07*a\x07%6`\x04a0gV[a\x16\x96V[`@\x80Q\x92\x83R\x90\x15\x15` \x83\x01R\x01a\x02\xE5V[a\x03|a\x07M6`\x04a0\xE7V[a\x1A\xECV[a\x02\xD9a\x07`6`\x04a+/V[a\x1B\x03V[a\x03\xAFb'\x8D\0\x81V[a\x03|a\x07}6`\x04a+/V[a\x1B\xD9V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x05iV[a\x02\xD9a\x07\xB66`\x04a+YV[_\x90\x81R`\x0B` R`@\x90 T`\xFF\x16\x90V[a\x07\xDDa\x07\xD86`\x04a+YV[a\x1B\xFDV[`@Qa\x02\xE5\x91\x90a1\x10V[a\x03|a\x07\xF86`\x04a1}V[a\x1C\xF5V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\x08\x8FWP\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x14[\x92\x91PPV[_\x80\x82`\x02\x81\x11\x15a\x08\xA9Wa\x08\xA9a.\xD6V[\x03a\x08\xB5WP_a\t.V[`@\x80Q`\x01`\x01`\xA0\x1B\x03\x86\x16` \x80\x83\x01\x91\x90\x91R\x81\x83\x01\x86\x90R\x82Q\x80\x83\x03\x84\x01\x81R``\x90\x92\x01\x83R\x81Q\x91\x81\x01\x91\x90\x91 _\x90\x81R`\x03\x90\x91R Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16B\x10\x80\x15a\t*WP\x82`\x02\x81\x11\x15a\t\x1CWa\t\x1Ca.\xD6V[`\xFF\x16`@\x82\x90\x1C`\xFF\x16\x10\x15[\x91PP[\x93\x92PPPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\tO\x81a\x1DCV[a\tY\x83\x83a\x1DWV[PPPPV[a\tga\x1E\x1DV[`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14a\t\xB1W`@Q\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\t\xBB\x82\x82a\x1E+V[PPPV[_a\t\xCD\x85\x85\x85\x85a\x1E\xE8V[\x90P[\x94\x93PPPPV[\x7F\xC7\x16\xC3\xF4\xE2]\xFAThz#l\x0F\x14\xC6\xF0\xD3\xDC\x90\x94\x04C\x14\x9D\x7F\xBC\xECM{w\xB4\x9Ba\n\x02\x81a\x1DCV[\x83\x15\x80a\n\x13WPc\xFF\xFF\xFF\xFF\x82\x16\x15[\x15a\nJW`@Q\x7F\x93\xD2B\x1F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x84\x81R`\x0C` R`@\x90 T\x15a\n\x97W`@Q\x7F\xF6\x82\xFEW\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x01[`@Q\x80\x91\x03\x90\xFD[_\x84\x81R`\x0C` R`@\x90\x81\x90 g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFC\x16k\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x85\x84\x1B\x16\x17\x90UQ\x84\x90\x7F\x84\xCAH`~\x1D4\x80\x98?h>\xA5G\x19(/$\xF0\x822\xF91\xDB\xA6\xDEH\x0E\xE9\x07\x96\x0B\x90a\x0B\x06\x90\x86\x90\x86\x90\x91\x82Rc\xFF\xFF\xFF\xFF\x16` \x82\x01R`@\x01\x90V[`@Q\x80\x91\x03\x90\xA2PPPPV[_a\t\xD0\x84\x84\x84a\x1F[V[\x84`\xC0\x015B\x11\x15a\x0BdW`@Q\x7F\xCD!\xDBO\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xC0\x86\x015`\x04\x82\x01R`$\x01a\n\x8EV[\x84`\x80\x015\x82\x82`@Qa\x0By\x92\x91\x90a1\xBCV[`@Q\x80\x91\x03\x90 \x14a\x0B\xBEW`@Q\x7F\x9E\x81/\xDD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x80\x86\x015`\x04\x82\x01R`$\x01a\n\x8EV[a\x0B\xDEa\x0B\xCE` \x87\x01\x87a,GV[a\x0B\xD7\x87a\x1F\x90V[\x86\x86a \x18V[a\x0C-Wa\x0B\xEF` \x86\x01\x86a,GV[`@Q\x7F\xD8U\xC4\xF4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\n\x8EV[_`H`\x03\x82a\x0C}a\x0CC` \x8B\x01\x8Ba,GV[`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16` \x83\x81\x01\x91\x90\x91R\x80\x8D\x015\x83\x83\x01R\x81Q\x80\x84\x03\x83\x01\x81R``\x90\x93\x01\x90\x91R\x81Q\x91\x01 \x90V[\x81R` \x81\x01\x91\x90\x91R`@\x01_ T\x90\x1C\x90Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x0C\xAC`\xC0\x88\x01`\xA0\x89\x01a0\xE7V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\r\x12Wa\x0C\xCB`\xC0\x87\x01`\xA0\x88\x01a0\xE7V[`@Q\x7F\x06Bz\xEB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16`\x04\x82\x01R\x90\x82\x16`$\x82\x01R`D\x01a\n\x8EV[a\rNa\r\"` \x88\x01\x88a,GV[` \x88\x015a\r7``\x8A\x01`@\x8B\x01a1\xCBV[a\rG`\x80\x8B\x01``\x8C\x01a0\xE7V[\x87\x87a \x84V[PPPPPPV[__a\r`a\x1E\x1DV[`@Q\x7FZ\xFAP6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x80\x83\x16`\x04\x83\x01R\x91\x92P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90cZ\xFAP6\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\r\xE2W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0E\x06\x91\x90a1\xE4V[a\x0EGW`@Q\x7Fwe\xF1,\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\n\x8EV[\x85a\x0E~W`@Q\x7F:\x16Rg\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x0E\x87\x81a\"\xDDV[`\x08T_\x90a\x0E\xA0\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16Ba2,V[\x90P`\x07_\x81Ta\x0E\xB0\x90a2LV[\x91\x90P\x81\x90U\x92P`@Q\x80`\xC0\x01`@R\x80\x88\x81R` \x01\x83`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x87a\xFF\xFF\x16\x81R` \x01`\x01`\x03\x81\x11\x15a\x0F\x15Wa\x0F\x15a.\xD6V[\x90R_\x84\x81R`\x05` \x90\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x82\x01\x80T\x93\x85\x01Q`\x01`\x01`\xA0\x1B\x03\x90\x92\x16\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x94\x16\x93\x90\x93\x17t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16\x02\x17\x90\x92U``\x83\x01Q`\x02\x82\x01\x80T`\x80\x86\x01Q\x92\x90\x94\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x90\x94\x16\x93\x90\x93\x17h\x01\0\0\0\0\0\0\0\0a\xFF\xFF\x90\x92\x16\x91\x90\x91\x02\x17\x80\x83U`\xA0\x84\x01Q\x91\x92\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16j\x01\0\0\0\0\0\0\0\0\0\0\x83`\x03\x81\x11\x15a\x100Wa\x100a.\xD6V[\x02\x17\x90UPPP_\x87\x81R`\x04` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x82\x16\x11\x15a\x10\xC2W_\x87\x81R`\x04` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x17\x90U[\x81`\x01`\x01`\xA0\x1B\x03\x16\x87\x84\x7Fe\xAB\xCF&W\xDD.\xCDFYk\xA5A\xC2dm\xAD\x88S\x1EO\xE2tK\xAA\xE4f2\xBC\xB5\x0F,\x89\x85\x8A\x8A`@Qa\x11\x03\x94\x93\x92\x91\x90a2\xCAV[`@Q\x80\x91\x03\x90\xA4PP\x94\x93PPPPV[_a\x08\x8F\x82a\x1F\x90V[_``\x80___``a\x110a$dV[a\x118a$\x8FV[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[____`\x03_a\x11\xC5\x88\x88`@\x80Q`\x01`\x01`\xA0\x1B\x03\x84\x16` \x82\x01R\x90\x81\x01\x82\x90R_\x90``\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x92\x91PPV[\x81R` \x01\x90\x81R` \x01_ T\x90P`@\x81\x90\x1C`\xFF\x16`\x02\x81\x11\x15a\x11\xEEWa\x11\xEEa.\xD6V[\x93P\x91PP`H\x81\x90\x1C\x92P\x92P\x92V[_\x86\x81R`\x05` R`@\x81 \x90`\x02\x82\x01Tj\x01\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x124Wa\x124a.\xD6V[\x03a\x12nW`@Q\x7FBU~\x97\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`$\x01a\n\x8EV[`\x01`\x02\x82\x01Tj\x01\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x12\x97Wa\x12\x97a.\xD6V[\x14a\x12\xE3W\x86\x81`\x02\x01`\n\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`@Q\x7F\xA1X\xED4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\n\x8E\x92\x91\x90a3\x01V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xF9\xC8\x15Ba\x13\x1E\x89\x89\x89\x89a\x1E\xE8V[\x85\x85`@Q\x84c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a\x13>\x93\x92\x91\x90a3\x15V[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x13YW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x13}\x91\x90a1\xE4V[a\x13\xB6W`@Q\x7F\xEC\xCAB?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`$\x01a\n\x8EV[\x85\x15a\x14#W`\x02\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16j\x02\0\0\0\0\0\0\0\0\0\0\x17\x90U`@Q\x87\x90\x7F\xFD\x80P\xCC\xD3Js\xA4P\xAB\xE6\xD9W\xA6\x0C\xACC\x80\x973\x81D-\x88~\x9C{Ip\xE6#8\x90_\x90\xA2Pa\rNV[`\x01\x81\x01T`\x02\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16j\x03\0\0\0\0\0\0\0\0\0\0\x17\x90U\x81T_\x90\x81R`\x04` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x90\x94\x16\x80\x84R\x93\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x90Ua\x14\xB4\x81a$\xBAV[`@Q\x7F\xA6r\xEB\xDB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x81\x16`\x04\x83\x01R\x86\x81\x16`$\x83\x01R`D\x82\x01\x88\x90R_\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\xA6r\xEB\xDB\x90`d\x01` `@Q\x80\x83\x03\x81_\x87Z\xF1\x92PPP\x80\x15a\x15\x81WP`@\x80Q`\x1F=\x90\x81\x01\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x16\x82\x01\x90\x92Ra\x15~\x91\x81\x01\x90a3\xFBV[`\x01[a\x15\xF7W=\x80\x80\x15a\x15\xAEW`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\x15\xB3V[``\x91P[P\x80Q_\x03a\x15\xF1W`@Q\x7F\xF3We\xC2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x8B\x90R`$\x01a\n\x8EV[Pa\x15\xFAV[\x90P[`@\x80Q\x88\x81R` \x81\x01\x83\x90R\x8A\x91\x7F\x1C9\xD3\xAAOl\xBE\xA9j\x1F5\xE2c\xBB\xD8\x16\x94re\x7F\xB1\xAD/\x8CAl\xEC\xE4t\xA3\\\x92\x91\x01`@Q\x80\x91\x03\x90\xA2PPPPPPPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x06` R`@\x81 T\x81\x90\x81\x90a\x16m` \x82\x90\x1C\x90``\x83\x90\x1C\x90V[\x92P\x92P\x92P\x91\x93\x90\x92PV[a\x16\x8Fa\x16\x85a\x1E\x1DV[\x86\x86\x86\x86\x86a \x84V[PPPPPV[___a\x16\xA1a\x1E\x1DV[`@Q\x7F\xB0\xDF(\x91\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x8B\x81\x16`\x04\x83\x01R\x91\x92P_\x91\x82\x91\x82\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xB0\xDF(\x91\x90`$\x01```@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x17'W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x17K\x91\x90a4\"V[\x92P\x92P\x92P\x81`\xFF\x16_\x14\x80a\x18\tWP`@Q\x7F\xA2Uz\xCE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xA2Uz\xCE\x90a\x17\xC8\x90\x8F\x90\x88\x90\x8F\x90\x8F\x90`\x04\x01a4RV[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x17\xE3W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x18\x07\x91\x90a1\xE4V[\x15[\x15a\x18SW`@Q\x7F\x82o\x1B\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x80\x8E\x16`\x04\x83\x01R\x85\x16`$\x82\x01R`D\x01a\n\x8EV[a\x18^\x8C\x84\x8Da\x1F[V[_\x81\x81R`\x0B` R`@\x90 T\x90\x96P`\xFF\x16\x15a\x18\xACW`@Q\x7FH\xEA\xE5\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90R`$\x01a\n\x8EV[_\x86\x81R`\t` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x88\x16\x84R\x90\x91R\x90 T`\xFF\x16\x15a\x19\x1AW`@Q\x7F\xA7-\xB7\x87\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90R`\x01`\x01`\xA0\x1B\x03\x85\x16`$\x82\x01R`D\x01a\n\x8EV[_\x86\x81R`\t` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x88\x16\x84R\x82R\x80\x83 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90U\x88\x83R`\n\x90\x91R\x81 \x80T\x82\x90a\x19{\x90a2LV[\x91\x90P\x81\x90U\x90P\x86\x7F2M\xE6\x0CE'\x14\x8F F\xBE\x05;\xA2c\xAEz\x93\xCD\xDE\xF8\xCF\x99Z\xB4'w\xEC\xD9\xF4\xA5\r\x82`@Qa\x19\xB5\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2\x81`\xFF\x16\x81\x10\x15a\x19\xD6WP_\x94Pa\x1A\xE1\x93PPPPV[\x8B``\x015\x89\x89`@Qa\x19\xEB\x92\x91\x90a1\xBCV[`@Q\x80\x91\x03\x90 \x14a\x1A0W`@Q\x7F\x9E\x81/\xDD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R``\x8D\x015`\x04\x82\x01R`$\x01a\n\x8EV[_\x87\x81R`\x0B` R`@\x90\x81\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90UQ\x87\x90\x7F\xBD\xFE\x19\xA8\xB3\x0C\xAC:`\x1A\xC6\"\x03D\r(5\x01\xE2\xCFw&\x0E\xC2\x10:t\x17C\xF83\x9C\x90a\x1A\x9A\x90\x84\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2a\x1A\xD7\x8D\x8D_\x015\x8E` \x01` \x81\x01\x90a\x1A\xBD\x91\x90a1\xCBV[\x8F`@\x01` \x81\x01\x90a\x1A\xD0\x91\x90a0\xE7V[\x8D\x8Da \x84V[P`\x01\x94PPPPP[\x96P\x96\x94PPPPPV[_a\x1A\xF6\x81a\x1DCV[a\x1A\xFF\x82a%IV[PPV[_\x82\x81R`\x04` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x80\x15a\t.WP`@Q\x7FZ\xFAP6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cZ\xFAP6\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1B\xB5W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\t.\x91\x90a1\xE4V[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x1B\xF3\x81a\x1DCV[a\tY\x83\x83a\x1E+V[a\x1C2`@\x80Q`\xC0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R\x90`\xA0\x82\x01R\x90V[_\x82\x81R`\x05` \x90\x81R`@\x91\x82\x90 \x82Q`\xC0\x81\x01\x84R\x81T\x81R`\x01\x82\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x93\x82\x01\x93\x90\x93Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x04\x83\x16\x93\x81\x01\x93\x90\x93R`\x02\x81\x01T\x91\x82\x16``\x84\x01Ra\xFF\xFFh\x01\0\0\0\0\0\0\0\0\x83\x04\x16`\x80\x84\x01R\x90`\xA0\x83\x01\x90`\xFFj\x01\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16`\x03\x81\x11\x15a\x1C\xDBWa\x1C\xDBa.\xD6V[`\x03\x81\x11\x15a\x1C\xECWa\x1C\xECa.\xD6V[\x90RP\x92\x91PPV[a\x1C\xFDa\x1E\x1DV[`\x01`\x01`\xA0\x1B\x03\x16\x7F\xD1CE\xFA\x94\xE0\x0E\xA9:\xFE\xBD\0\xD5\x84\xD0\xE4\x980r\x90@/\xCET\x9E\x8A\xFDH\xF9\x87Qv\x83\x83`@Qa\x1D7\x92\x91\x90a4\xC2V[`@Q\x80\x91\x03\x90\xA2PPV[a\x1DT\x81a\x1DOa\x1E\x1DV[a&\x1CV[PV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x1E\x16W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90Ua\x1D\xCEa\x1E\x1DV[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x08\x8FV[P_a\x08\x8FV[_a\x1E&a&\x87V[\x90P\x90V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16\x15a\x1E\x16W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16\x90Ua\x1E\xA0a\x1E\x1DV[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x08\x8FV[`@\x80Q\x7F8}:\xAET\x81\xF2\xED5Vz\xCC\x1FQS\x85\x86Ac#l\xA9}9\xEDu\xB1\x18\x0C\x98\0\xB6` \x82\x01R\x90\x81\x01\x85\x90R\x83\x15\x15``\x82\x01R`\x80\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x82\x16`\xA0\x82\x01R_\x90a\t\xCD\x90`\xC0\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 a&\xF1V[_\x83\x83\x83`@Q` \x01a\x1Fq\x93\x92\x91\x90a4\xD5V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x93\x92PPPV[_a\x08\x8F\x7F\xD8\xB7D\xC7\xC5\x9D%z_\x87\xEDT\x8F\x8D\xD6\xF2Q1V\x80_\x89\xB4\xFB\x1A\x01\xBC%\x1C\x85\n\xE2a\x1F\xC2` \x85\x01\x85a,GV[` \x85\x015a\x1F\xD7``\x87\x01`@\x88\x01a1\xCBV[a\x1F\xE7`\x80\x88\x01``\x89\x01a0\xE7V[`\x80\x88\x015a\x1F\xFC`\xC0\x8A\x01`\xA0\x8B\x01a0\xE7V[\x89`\xC0\x015`@Q` \x01a\x1F@\x98\x97\x96\x95\x94\x93\x92\x91\x90a5HV[___a &\x86\x86\x86a'8V[P\x90\x92P\x90P_\x81`\x03\x81\x11\x15a ?Wa ?a.\xD6V[\x14\x80\x15a ]WP\x86`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a mW`\x01\x92PPPa\t\xD0V[a y\x87\x87\x87\x87a'\x7FV[\x97\x96PPPPPPPV[\x84a \xBBW`@Q\x7FS\xCDW\x83\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@\x80Q`\x01`\x01`\xA0\x1B\x03\x88\x16` \x80\x83\x01\x91\x90\x91R\x81\x83\x01\x88\x90R\x82Q\x80\x83\x03\x84\x01\x81R``\x90\x92\x01\x90\x92R\x80Q\x91\x01 _\x90_\x81\x81R`\x03` R`@\x81 T\x91\x92Pi\x01\0\0\0\0\0\0\0\0\0a!\x17`\x01\x82a5\xACV[\x19\x83\x16a!$\x91\x90a5\xBFV[\x90P_\x87`\x02\x81\x11\x15a!9Wa!9a.\xD6V[\x03a!\xFFWa!S`\x01i\x01\0\0\0\0\0\0\0\0\0a5\xACV[\x82\x16_\x03a!\x9FW`@Q\x7F\r\x98\xC5\xB8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x8A\x16`\x04\x82\x01R`$\x81\x01\x89\x90R`D\x01a\n\x8EV[_\x83\x81R`\x03` R`@\x80\x82 \x83\x90UQ\x89\x91`\x01`\x01`\xA0\x1B\x03\x8C\x16\x91\x7F\xE1\x8B&U\xD8O\xDBh\x17H\xDD9#\x0B\xB5\xB2\xE1\x1D|b\x0F\xA3\x97\xEDb\x11\x84\x8DV\xF3\xD5\xE4\x91a!\xEF\x91\x81\x90\x8B\x90\x8B\x90a5\xD2V[`@Q\x80\x91\x03\x90\xA3PPPa\rNV[B\x86g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a\"NW`@Q\x7F\x8DI\x9F}\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`\x04\x82\x01R`$\x01a\n\x8EV[`@\x87`\x02\x81\x11\x15a\"bWa\"ba.\xD6V[`\xFF\x16\x90\x1B\x86g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82\x17\x17`\x03_\x85\x81R` \x01\x90\x81R` \x01_ \x81\x90UP\x87\x89`\x01`\x01`\xA0\x1B\x03\x16\x7F\xE1\x8B&U\xD8O\xDBh\x17H\xDD9#\x0B\xB5\xB2\xE1\x1D|b\x0F\xA3\x97\xEDb\x11\x84\x8DV\xF3\xD5\xE4\x89\x89\x89\x89`@Qa\"\xCA\x94\x93\x92\x91\x90a5\xD2V[`@Q\x80\x91\x03\x90\xA3PPPPPPPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x06` R`@\x81 T\x81\x90\x81\x90a#\n` \x82\x90\x1C\x90``\x83\x90\x1C\x90V[\x92P\x92P\x92P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a#oW`@Q\x7FK\x0E[G\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\n\x8EV[a#\x86g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16b\x01Q\x80a5\xBFV[B\x10a#\x93W_\x92PB\x91P[`\x05c\xFF\xFF\xFF\xFF\x84\x16\x10a#\xFCW\x83a#\xAF\x83b\x01Q\x80a2,V[`@Q\x7F\x17H\xEC\xC7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x92\x16`\x04\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`$\x82\x01R`D\x01a\n\x8EV[a$Ca$\n\x84`\x01a6\x02V[c\xFF\xFF\xFF\xFF\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0` \x85\x90\x1B\x16\x17s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0``\x84\x90\x1B\x16\x17\x90V[`\x01`\x01`\xA0\x1B\x03\x90\x94\x16_\x90\x81R`\x06` R`@\x90 \x93\x90\x93UPPPV[``a\x1E&\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a(\x02V[``a\x1E&\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a(\x02V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x06` \x90\x81R`@\x90\x91 T\x90\x81\x90\x1Ca%)\x82\x82a$\xEBb'\x8D\0Ba2,V[c\xFF\xFF\xFF\xFF\x83\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0` \x84\x90\x1B\x16\x17s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0``\x83\x90\x1B\x16\x17\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x90\x93\x16_\x90\x81R`\x06` R`@\x90 \x92\x90\x92UPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15\x80a%lWPb\x01Q\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x11[\x15a%\xAFW`@Q\x7F\\\x82Y9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\n\x8EV[`\x08\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F\x91\x80d?\xBAb\xA12\xEE\xC4\x95*\xA3U\xF4\x1F\xB5J\xA3U\xB6M\xE4\x90\xA1-.\x9FaZ\x80\x94\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T`\xFF\x16a\x1A\xFFW`@Q\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\n\x8EV[_6`\x14\x80\x82\x10\x80\x15\x90a&\xC3WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x163\x14[\x15a&\xE9Wa&\xD66\x82\x84\x03\x81_a6\x1EV[a&\xDF\x91a6EV[``\x1C\x92PPP\x90V[3\x92PPP\x90V[_a\x08\x8Fa&\xFDa(?V[\x83`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[_\x80\x80`A\x84\x90\x03a'lW\x845` \x86\x015`@\x87\x015_\x1Aa'^\x89\x82\x85\x85a)hV[\x95P\x95P\x95PPPPa'vV[P_\x91P`\x02\x90P\x82[\x93P\x93P\x93\x90PV[`@\x80Q\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x82R`\x04\x82\x01\x86\x90R`$\x82\x01\x92\x90\x92R`D\x81\x01\x83\x90R_\x91\x90\x83\x90\x81\x86`d\x83\x017_\x82`d\x83\x01\x01R`\x1F\x82\x01`\x05\x1C`\x05\x1B\x91P` _`d\x84\x01\x83\x8BZ\xFA\x90P\x82_Q\x14`\x1F=\x11\x16\x81\x16\x93PPPP\x94\x93PPPPV[``_a(\x0E\x83a*NV[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a(\x97WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a(\xC1WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\x1E&`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a)\xA1WP_\x91P`\x03\x90P\x82a*DV[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a)\xF2W=__>=_\xFD[PP`@Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01Q\x91PP`\x01`\x01`\xA0\x1B\x03\x81\x16a*;WP_\x92P`\x01\x91P\x82\x90Pa*DV[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[_`\xFF\x82\x16`\x1F\x81\x11\x15a\x08\x8FW`@Q\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_` \x82\x84\x03\x12\x15a*\x9EW__\xFD[\x815\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x81\x14a\t.W__\xFD[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a*\xE3W__\xFD[\x91\x90PV[\x805`\x03\x81\x10a*\xE3W__\xFD[___``\x84\x86\x03\x12\x15a+\x08W__\xFD[a+\x11\x84a*\xCDV[\x92P` \x84\x015\x91Pa+&`@\x85\x01a*\xE8V[\x90P\x92P\x92P\x92V[__`@\x83\x85\x03\x12\x15a+@W__\xFD[\x825\x91Pa+P` \x84\x01a*\xCDV[\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a+iW__\xFD[P5\x91\x90PV[\x80\x15\x15\x81\x14a\x1DTW__\xFD[____`\x80\x85\x87\x03\x12\x15a+\x90W__\xFD[\x845\x93P` \x85\x015a+\xA2\x81a+pV[\x92P`@\x85\x015\x91Pa+\xB7``\x86\x01a*\xCDV[\x90P\x92\x95\x91\x94P\x92PV[___``\x84\x86\x03\x12\x15a+\xD4W__\xFD[\x835\x92P` \x84\x015\x91P`@\x84\x015c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a+\xF5W__\xFD[\x80\x91PP\x92P\x92P\x92V[_`\xA0\x82\x84\x03\x12\x15a,\x10W__\xFD[P\x91\x90PV[___`\xE0\x84\x86\x03\x12\x15a,(W__\xFD[a,1\x84a*\xCDV[\x92P` \x84\x015\x91Pa+&\x85`@\x86\x01a,\0V[_` \x82\x84\x03\x12\x15a,WW__\xFD[a\t.\x82a*\xCDV[_`\xE0\x82\x84\x03\x12\x15a,\x10W__\xFD[__\x83`\x1F\x84\x01\x12a,\x80W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a,\x97W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a,\xAEW__\xFD[\x92P\x92\x90PV[_____a\x01 \x86\x88\x03\x12\x15a,\xCAW__\xFD[a,\xD4\x87\x87a,`V[\x94P`\xE0\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a,\xEFW__\xFD[a,\xFB\x88\x82\x89\x01a,pV[\x90\x95P\x93PPa\x01\0\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a-\x1BW__\xFD[a-'\x88\x82\x89\x01a,pV[\x96\x99\x95\x98P\x93\x96P\x92\x94\x93\x92PPPV[____``\x85\x87\x03\x12\x15a-KW__\xFD[\x845\x93P` \x85\x015a\xFF\xFF\x81\x16\x81\x14a-cW__\xFD[\x92P`@\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a-~W__\xFD[a-\x8A\x87\x82\x88\x01a,pV[\x95\x98\x94\x97P\x95PPPPV[_`\xE0\x82\x84\x03\x12\x15a-\xA6W__\xFD[a\t.\x83\x83a,`V[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16\x81R`\xE0` \x82\x01R_a.6`\xE0\x83\x01\x89a-\xB0V[\x82\x81\x03`@\x84\x01Ra.H\x81\x89a-\xB0V[``\x84\x01\x88\x90R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a.\x9DW\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a.\x7FV[P\x90\x9B\x9APPPPPPPPPPPV[__`@\x83\x85\x03\x12\x15a.\xBFW__\xFD[a.\xC8\x83a*\xCDV[\x94` \x93\x90\x93\x015\x93PPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x03\x81\x10a/\x13Wa/\x13a.\xD6V[\x90RV[``\x81\x01a/%\x82\x86a/\x03V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`@\x83\x01R\x94\x93PPPPV[__\x83`\x1F\x84\x01\x12a/]W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a/tW__\xFD[` \x83\x01\x91P\x83` \x82`\x05\x1B\x85\x01\x01\x11\x15a,\xAEW__\xFD[______`\xA0\x87\x89\x03\x12\x15a/\xA3W__\xFD[\x865\x95P` \x87\x015a/\xB5\x81a+pV[\x94P`@\x87\x015\x93Pa/\xCA``\x88\x01a*\xCDV[\x92P`\x80\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a/\xE5W__\xFD[a/\xF1\x89\x82\x8A\x01a/MV[\x97\x9A\x96\x99P\x94\x97P\x92\x95\x93\x94\x92PPPV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a*\xE3W__\xFD[_____`\x80\x86\x88\x03\x12\x15a0.W__\xFD[\x855\x94Pa0>` \x87\x01a*\xE8V[\x93Pa0L`@\x87\x01a0\x03V[\x92P``\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a-\x1BW__\xFD[______a\x01\0\x87\x89\x03\x12\x15a0}W__\xFD[a0\x86\x87a*\xCDV[\x95Pa0\x95\x88` \x89\x01a,\0V[\x94P`\xC0\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a0\xB0W__\xFD[a0\xBC\x89\x82\x8A\x01a/MV[\x90\x95P\x93PP`\xE0\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a0\xDBW__\xFD[a/\xF1\x89\x82\x8A\x01a,pV[_` \x82\x84\x03\x12\x15a0\xF7W__\xFD[a\t.\x82a0\x03V[`\x04\x81\x10a/\x13Wa/\x13a.\xD6V[_`\xC0\x82\x01\x90P\x82Q\x82R`\x01`\x01`\xA0\x1B\x03` \x84\x01Q\x16` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x84\x01Q\x16``\x83\x01Ra\xFF\xFF`\x80\x84\x01Q\x16`\x80\x83\x01R`\xA0\x83\x01Qa1v`\xA0\x84\x01\x82a1\0V[P\x92\x91PPV[__` \x83\x85\x03\x12\x15a1\x8EW__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a1\xA4W__\xFD[a1\xB0\x85\x82\x86\x01a,pV[\x90\x96\x90\x95P\x93PPPPV[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[_` \x82\x84\x03\x12\x15a1\xDBW__\xFD[a\t.\x82a*\xE8V[_` \x82\x84\x03\x12\x15a1\xF4W__\xFD[\x81Qa\t.\x81a+pV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x08\x8FWa\x08\x8Fa1\xFFV[_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x03a2|Wa2|a1\xFFV[P`\x01\x01\x90V[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[a\xFF\xFF\x85\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16` \x82\x01R```@\x82\x01R_a2\xF7``\x83\x01\x84\x86a2\x83V[\x96\x95PPPPPPV[\x82\x81R`@\x81\x01a\t.` \x83\x01\x84a1\0V[_`@\x82\x01\x85\x83R`@` \x84\x01R\x80\x84\x82R``\x84\x01\x90P``\x85`\x05\x1B\x85\x01\x01\x91P\x85_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x886\x03\x01[\x87\x82\x10\x15a3\xEDW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA0\x87\x86\x03\x01\x84R\x825\x81\x81\x12a3\x9DW__\xFD[\x89\x01` \x81\x01\x905g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a3\xB9W__\xFD[\x806\x03\x82\x13\x15a3\xC7W__\xFD[a3\xD2\x87\x82\x84a2\x83V[\x96PPP` \x83\x01\x92P` \x84\x01\x93P`\x01\x82\x01\x91Pa3aV[P\x92\x98\x97PPPPPPPPV[_` \x82\x84\x03\x12\x15a4\x0BW__\xFD[PQ\x91\x90PV[\x80Q`\xFF\x81\x16\x81\x14a*\xE3W__\xFD[___``\x84\x86\x03\x12\x15a44W__\xFD[\x83Q\x92Pa4D` \x85\x01a4\x12V[\x91Pa+&`@\x85\x01a4\x12V[`\x01`\x01`\xA0\x1B\x03\x85\x16\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16` \x82\x01R```@\x82\x01R\x81``\x82\x01R_\x7F\x07\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11\x15a4\xA7W__\xFD[\x82`\x05\x1B\x80\x85`\x80\x85\x017\x91\x90\x91\x01`\x80\x01\x95\x94PPPPPV[` \x81R_a\t\xD0` \x83\x01\x84\x86a2\x83V[`\x01`\x01`\xA0\x1B\x03\x84\x16\x81R` \x80\x82\x01\x84\x90R\x825`@\x83\x01R`\xE0\x82\x01\x90a5\0\x90\x84\x01a*\xE8V[a5\r``\x84\x01\x82a/\x03V[Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa5#`@\x85\x01a0\x03V[\x16`\x80\x83\x81\x01\x91\x90\x91R``\x84\x015`\xA0\x84\x01R\x92\x90\x92\x015`\xC0\x90\x91\x01R\x92\x91PPV[\x88\x81R`\x01`\x01`\xA0\x1B\x03\x88\x16` \x82\x01R`@\x81\x01\x87\x90Ra\x01\0\x81\x01a5s``\x83\x01\x88a/\x03V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16`\x80\x83\x01R\x84`\xA0\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\xC0\x83\x01R\x82`\xE0\x83\x01R\x99\x98PPPPPPPPPV[\x81\x81\x03\x81\x81\x11\x15a\x08\x8FWa\x08\x8Fa1\xFFV[\x80\x82\x01\x80\x82\x11\x15a\x08\x8FWa\x08\x8Fa1\xFFV[a5\xDC\x81\x86a/\x03V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16` \x82\x01R```@\x82\x01R_a2\xF7``\x83\x01\x84\x86a2\x83V[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x08\x8FWa\x08\x8Fa1\xFFV[__\x85\x85\x11\x15a6,W__\xFD[\x83\x86\x11\x15a68W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x90`\x14\x84\x10\x15a1vW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85`\x14\x03`\x03\x1B\x1B\x82\x16\x16\x91PP\x92\x91PPV\xFE\xA1dsolcC\0\x08\x1E\0\n",
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
    /**Custom error with signature `AccessLogAlreadyAnchored(bytes32)` and selector `0xf682fe57`.
    ```solidity
    error AccessLogAlreadyAnchored(bytes32 root);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AccessLogAlreadyAnchored {
        #[allow(missing_docs)]
        pub root: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
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
        impl ::core::convert::From<AccessLogAlreadyAnchored> for UnderlyingRustTuple<'_> {
            fn from(value: AccessLogAlreadyAnchored) -> Self {
                (value.root,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AccessLogAlreadyAnchored {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { root: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AccessLogAlreadyAnchored {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AccessLogAlreadyAnchored(bytes32)";
            const SELECTOR: [u8; 4] = [246u8, 130u8, 254u8, 87u8];
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
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ActionAlreadyExecuted(bytes32)` and selector `0x48eae514`.
    ```solidity
    error ActionAlreadyExecuted(bytes32 actionId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ActionAlreadyExecuted {
        #[allow(missing_docs)]
        pub actionId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
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
        impl ::core::convert::From<ActionAlreadyExecuted> for UnderlyingRustTuple<'_> {
            fn from(value: ActionAlreadyExecuted) -> Self {
                (value.actionId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ActionAlreadyExecuted {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { actionId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ActionAlreadyExecuted {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ActionAlreadyExecuted(bytes32)";
            const SELECTOR: [u8; 4] = [72u8, 234u8, 229u8, 20u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.actionId),
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
    /**Custom error with signature `AlreadyApproved(bytes32,address)` and selector `0xa72db787`.
    ```solidity
    error AlreadyApproved(bytes32 actionId, address guardian);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AlreadyApproved {
        #[allow(missing_docs)]
        pub actionId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub guardian: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
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
        impl ::core::convert::From<AlreadyApproved> for UnderlyingRustTuple<'_> {
            fn from(value: AlreadyApproved) -> Self {
                (value.actionId, value.guardian)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AlreadyApproved {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { actionId: tuple.0, guardian: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AlreadyApproved {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AlreadyApproved(bytes32,address)";
            const SELECTOR: [u8; 4] = [167u8, 45u8, 183u8, 135u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.actionId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.guardian,
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
    /**Custom error with signature `BreakGlassBarred(address,uint64)` and selector `0x4b0e5b47`.
    ```solidity
    error BreakGlassBarred(address provider, uint64 until);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BreakGlassBarred {
        #[allow(missing_docs)]
        pub provider: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub until: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Uint<64>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, u64);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<BreakGlassBarred> for UnderlyingRustTuple<'_> {
            fn from(value: BreakGlassBarred) -> Self {
                (value.provider, value.until)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for BreakGlassBarred {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { provider: tuple.0, until: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for BreakGlassBarred {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "BreakGlassBarred(address,uint64)";
            const SELECTOR: [u8; 4] = [75u8, 14u8, 91u8, 71u8];
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
                        &self.provider,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.until,
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
    /**Custom error with signature `ChallengeStarved(uint256)` and selector `0xf35765c2`.
    ```solidity
    error ChallengeStarved(uint256 emergencyId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ChallengeStarved {
        #[allow(missing_docs)]
        pub emergencyId: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<ChallengeStarved> for UnderlyingRustTuple<'_> {
            fn from(value: ChallengeStarved) -> Self {
                (value.emergencyId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ChallengeStarved {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { emergencyId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ChallengeStarved {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ChallengeStarved(uint256)";
            const SELECTOR: [u8; 4] = [243u8, 87u8, 101u8, 194u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.emergencyId,
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
    /**Custom error with signature `EmergencyAlreadyReviewed(uint256,uint8)` and selector `0xa158ed34`.
    ```solidity
    error EmergencyAlreadyReviewed(uint256 emergencyId, IConsentManager.EmergencyStatus status);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EmergencyAlreadyReviewed {
        #[allow(missing_docs)]
        pub emergencyId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub status: <IConsentManager::EmergencyStatus as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Uint<256>, IConsentManager::EmergencyStatus);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            <IConsentManager::EmergencyStatus as alloy::sol_types::SolType>::RustType,
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
        impl ::core::convert::From<EmergencyAlreadyReviewed> for UnderlyingRustTuple<'_> {
            fn from(value: EmergencyAlreadyReviewed) -> Self {
                (value.emergencyId, value.status)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EmergencyAlreadyReviewed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { emergencyId: tuple.0, status: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for EmergencyAlreadyReviewed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EmergencyAlreadyReviewed(uint256,uint8)";
            const SELECTOR: [u8; 4] = [161u8, 88u8, 237u8, 52u8];
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
                        &self.emergencyId,
                    ),
                    <IConsentManager::EmergencyStatus as alloy_sol_types::SolType>::tokenize(
                        &self.status,
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
    /**Custom error with signature `EmergencyDurationOutOfBounds(uint64)` and selector `0x5c825939`.
    ```solidity
    error EmergencyDurationOutOfBounds(uint64 duration);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EmergencyDurationOutOfBounds {
        #[allow(missing_docs)]
        pub duration: u64,
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
        impl ::core::convert::From<EmergencyDurationOutOfBounds> for UnderlyingRustTuple<'_> {
            fn from(value: EmergencyDurationOutOfBounds) -> Self {
                (value.duration,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EmergencyDurationOutOfBounds {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { duration: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for EmergencyDurationOutOfBounds {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EmergencyDurationOutOfBounds(uint64)";
            const SELECTOR: [u8; 4] = [92u8, 130u8, 89u8, 57u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                    &self.duration,
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
    /**Custom error with signature `EmptyAccessLog()` and selector `0x93d2421f`.
    ```solidity
    error EmptyAccessLog();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EmptyAccessLog;
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
        impl ::core::convert::From<EmptyAccessLog> for UnderlyingRustTuple<'_> {
            fn from(value: EmptyAccessLog) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EmptyAccessLog {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for EmptyAccessLog {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EmptyAccessLog()";
            const SELECTOR: [u8; 4] = [147u8, 210u8, 66u8, 31u8];
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
    /**Custom error with signature `ExpiryNotInFuture(uint64)` and selector `0x8d499f7d`.
    ```solidity
    error ExpiryNotInFuture(uint64 expiresAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ExpiryNotInFuture {
        #[allow(missing_docs)]
        pub expiresAt: u64,
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
        impl ::core::convert::From<ExpiryNotInFuture> for UnderlyingRustTuple<'_> {
            fn from(value: ExpiryNotInFuture) -> Self {
                (value.expiresAt,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ExpiryNotInFuture {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { expiresAt: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ExpiryNotInFuture {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ExpiryNotInFuture(uint64)";
            const SELECTOR: [u8; 4] = [141u8, 73u8, 159u8, 125u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                    &self.expiresAt,
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
    /**Custom error with signature `InvalidGrantId()` and selector `0x53cd5783`.
    ```solidity
    error InvalidGrantId();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidGrantId;
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
        impl ::core::convert::From<InvalidGrantId> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidGrantId) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidGrantId {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidGrantId {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidGrantId()";
            const SELECTOR: [u8; 4] = [83u8, 205u8, 87u8, 131u8];
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
    /**Custom error with signature `InvalidNonce(uint256,uint256)` and selector `0x06427aeb`.
    ```solidity
    error InvalidNonce(uint256 nonce, uint256 expected);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidNonce {
        #[allow(missing_docs)]
        pub nonce: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<InvalidNonce> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidNonce) -> Self {
                (value.nonce, value.expected)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidNonce {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { nonce: tuple.0, expected: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidNonce {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidNonce(uint256,uint256)";
            const SELECTOR: [u8; 4] = [6u8, 66u8, 122u8, 235u8];
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
                        &self.nonce,
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
    error InvalidSignature(address controller);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidSignature {
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
        impl ::core::convert::From<InvalidSignature> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidSignature) -> Self {
                (value.controller,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidSignature {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { controller: tuple.0 }
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
    /**Custom error with signature `InvalidTag()` and selector `0x3a165267`.
    ```solidity
    error InvalidTag();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidTag;
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
        impl ::core::convert::From<InvalidTag> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidTag) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidTag {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidTag {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidTag()";
            const SELECTOR: [u8; 4] = [58u8, 22u8, 82u8, 103u8];
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
    /**Custom error with signature `NoConsent(address,bytes32)` and selector `0x0d98c5b8`.
    ```solidity
    error NoConsent(address controller, bytes32 grantId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NoConsent {
        #[allow(missing_docs)]
        pub controller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub grantId: alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<NoConsent> for UnderlyingRustTuple<'_> {
            fn from(value: NoConsent) -> Self {
                (value.controller, value.grantId)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NoConsent {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { controller: tuple.0, grantId: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NoConsent {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NoConsent(address,bytes32)";
            const SELECTOR: [u8; 4] = [13u8, 152u8, 197u8, 184u8];
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
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.grantId),
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
    /**Custom error with signature `NotCertified(address)` and selector `0x7765f12c`.
    ```solidity
    error NotCertified(address provider);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotCertified {
        #[allow(missing_docs)]
        pub provider: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<NotCertified> for UnderlyingRustTuple<'_> {
            fn from(value: NotCertified) -> Self {
                (value.provider,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotCertified {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { provider: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotCertified {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotCertified(address)";
            const SELECTOR: [u8; 4] = [119u8, 101u8, 241u8, 44u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.provider,
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
    /**Custom error with signature `NotGuardian(address,address)` and selector `0x826f1bd2`.
    ```solidity
    error NotGuardian(address controller, address account);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotGuardian {
        #[allow(missing_docs)]
        pub controller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<NotGuardian> for UnderlyingRustTuple<'_> {
            fn from(value: NotGuardian) -> Self {
                (value.controller, value.account)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotGuardian {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { controller: tuple.0, account: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotGuardian {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotGuardian(address,address)";
            const SELECTOR: [u8; 4] = [130u8, 111u8, 27u8, 210u8];
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
    /**Custom error with signature `NoticeMismatch(bytes32)` and selector `0x9e812fdd`.
    ```solidity
    error NoticeMismatch(bytes32 expected);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NoticeMismatch {
        #[allow(missing_docs)]
        pub expected: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
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
        impl ::core::convert::From<NoticeMismatch> for UnderlyingRustTuple<'_> {
            fn from(value: NoticeMismatch) -> Self {
                (value.expected,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NoticeMismatch {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { expected: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NoticeMismatch {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NoticeMismatch(bytes32)";
            const SELECTOR: [u8; 4] = [158u8, 129u8, 47u8, 221u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.expected),
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
    /**Custom error with signature `ReviewNotAttested(uint256)` and selector `0xecca423f`.
    ```solidity
    error ReviewNotAttested(uint256 emergencyId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ReviewNotAttested {
        #[allow(missing_docs)]
        pub emergencyId: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<ReviewNotAttested> for UnderlyingRustTuple<'_> {
            fn from(value: ReviewNotAttested) -> Self {
                (value.emergencyId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ReviewNotAttested {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { emergencyId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ReviewNotAttested {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ReviewNotAttested(uint256)";
            const SELECTOR: [u8; 4] = [236u8, 202u8, 66u8, 63u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.emergencyId,
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
    /**Custom error with signature `TooManyEmergencies(address,uint64)` and selector `0x1748ecc7`.
    ```solidity
    error TooManyEmergencies(address provider, uint64 windowEndsAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TooManyEmergencies {
        #[allow(missing_docs)]
        pub provider: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub windowEndsAt: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Uint<64>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, u64);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<TooManyEmergencies> for UnderlyingRustTuple<'_> {
            fn from(value: TooManyEmergencies) -> Self {
                (value.provider, value.windowEndsAt)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TooManyEmergencies {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { provider: tuple.0, windowEndsAt: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TooManyEmergencies {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TooManyEmergencies(address,uint64)";
            const SELECTOR: [u8; 4] = [23u8, 72u8, 236u8, 199u8];
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
                        &self.provider,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.windowEndsAt,
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
    /**Custom error with signature `UnknownEmergency(uint256)` and selector `0x42557e97`.
    ```solidity
    error UnknownEmergency(uint256 emergencyId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnknownEmergency {
        #[allow(missing_docs)]
        pub emergencyId: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<UnknownEmergency> for UnderlyingRustTuple<'_> {
            fn from(value: UnknownEmergency) -> Self {
                (value.emergencyId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for UnknownEmergency {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { emergencyId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UnknownEmergency {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UnknownEmergency(uint256)";
            const SELECTOR: [u8; 4] = [66u8, 85u8, 126u8, 151u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.emergencyId,
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
    /**Event with signature `AccessLogAnchored(bytes32,bytes32,uint32)` and selector `0x84ca48607e1d3480983f683ea54719282f24f08232f931dba6de480ee907960b`.
    ```solidity
    event AccessLogAnchored(bytes32 indexed root, bytes32 manifest, uint32 count);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct AccessLogAnchored {
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
        impl alloy_sol_types::SolEvent for AccessLogAnchored {
            type DataTuple<'a> =
                (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Uint<32>);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "AccessLogAnchored(bytes32,bytes32,uint32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    132u8, 202u8, 72u8, 96u8, 126u8, 29u8, 52u8, 128u8, 152u8, 63u8, 104u8, 62u8,
                    165u8, 71u8, 25u8, 40u8, 47u8, 36u8, 240u8, 130u8, 50u8, 249u8, 49u8, 219u8,
                    166u8, 222u8, 72u8, 14u8, 233u8, 7u8, 150u8, 11u8,
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
        impl alloy_sol_types::private::IntoLogData for AccessLogAnchored {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&AccessLogAnchored> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &AccessLogAnchored) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `AccessRequested(address,bytes)` and selector `0xd14345fa94e00ea93afebd00d584d0e498307290402fce549e8afd48f9875176`.
    ```solidity
    event AccessRequested(address indexed requester, bytes notice);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct AccessRequested {
        #[allow(missing_docs)]
        pub requester: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub notice: alloy::sol_types::private::Bytes,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for AccessRequested {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Bytes,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList =
                (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            const SIGNATURE: &'static str = "AccessRequested(address,bytes)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    209u8, 67u8, 69u8, 250u8, 148u8, 224u8, 14u8, 169u8, 58u8, 254u8, 189u8, 0u8,
                    213u8, 132u8, 208u8, 228u8, 152u8, 48u8, 114u8, 144u8, 64u8, 47u8, 206u8, 84u8,
                    158u8, 138u8, 253u8, 72u8, 249u8, 135u8, 81u8, 118u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { requester: topics.1, notice: data.0 }
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
                (<alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                    &self.notice,
                ),)
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.requester.clone())
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
                    &self.requester,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for AccessRequested {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&AccessRequested> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &AccessRequested) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ConsentChanged(address,bytes32,uint8,uint64,bytes)` and selector `0xe18b2655d84fdb681748dd39230bb5b2e11d7c620fa397ed6211848d56f3d5e4`.
    ```solidity
    event ConsentChanged(address indexed controller, bytes32 indexed grantId, IConsentManager.Access access, uint64 expiresAt, bytes notice);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct ConsentChanged {
        #[allow(missing_docs)]
        pub controller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub grantId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub access: <IConsentManager::Access as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub expiresAt: u64,
        #[allow(missing_docs)]
        pub notice: alloy::sol_types::private::Bytes,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ConsentChanged {
            type DataTuple<'a> = (
                IConsentManager::Access,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Bytes,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "ConsentChanged(address,bytes32,uint8,uint64,bytes)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    225u8, 139u8, 38u8, 85u8, 216u8, 79u8, 219u8, 104u8, 23u8, 72u8, 221u8, 57u8,
                    35u8, 11u8, 181u8, 178u8, 225u8, 29u8, 124u8, 98u8, 15u8, 163u8, 151u8, 237u8,
                    98u8, 17u8, 132u8, 141u8, 86u8, 243u8, 213u8, 228u8,
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
                    grantId: topics.2,
                    access: data.0,
                    expiresAt: data.1,
                    notice: data.2,
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
                    <IConsentManager::Access as alloy_sol_types::SolType>::tokenize(&self.access),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.expiresAt,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.notice,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.controller.clone(), self.grantId.clone())
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
                out[2usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.grantId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ConsentChanged {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ConsentChanged> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ConsentChanged) -> alloy_sol_types::private::LogData {
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
    /**Event with signature `EmergencyAccepted(uint256)` and selector `0xfd8050ccd34a73a450abe6d957a60cac4380973381442d887e9c7b4970e62338`.
    ```solidity
    event EmergencyAccepted(uint256 indexed emergencyId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct EmergencyAccepted {
        #[allow(missing_docs)]
        pub emergencyId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EmergencyAccepted {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList =
                (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Uint<256>);
            const SIGNATURE: &'static str = "EmergencyAccepted(uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    253u8, 128u8, 80u8, 204u8, 211u8, 74u8, 115u8, 164u8, 80u8, 171u8, 230u8,
                    217u8, 87u8, 166u8, 12u8, 172u8, 67u8, 128u8, 151u8, 51u8, 129u8, 68u8, 45u8,
                    136u8, 126u8, 156u8, 123u8, 73u8, 112u8, 230u8, 35u8, 56u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { emergencyId: topics.1 }
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
                (Self::SIGNATURE_HASH.into(), self.emergencyId.clone())
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
                > as alloy_sol_types::EventTopic>::encode_topic(&self.emergencyId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EmergencyAccepted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EmergencyAccepted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EmergencyAccepted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EmergencyAccessOpened(uint256,bytes32,address,uint16,uint64,bytes)` and selector `0x65abcf2657dd2ecd46596ba541c2646dad88531e4fe2744baae46632bcb50f2c`.
    ```solidity
    event EmergencyAccessOpened(uint256 indexed emergencyId, bytes32 indexed tag, address indexed provider, uint16 reasonCode, uint64 expiresAt, bytes notice);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct EmergencyAccessOpened {
        #[allow(missing_docs)]
        pub emergencyId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub tag: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub provider: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub reasonCode: u16,
        #[allow(missing_docs)]
        pub expiresAt: u64,
        #[allow(missing_docs)]
        pub notice: alloy::sol_types::private::Bytes,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EmergencyAccessOpened {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Bytes,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str =
                "EmergencyAccessOpened(uint256,bytes32,address,uint16,uint64,bytes)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    101u8, 171u8, 207u8, 38u8, 87u8, 221u8, 46u8, 205u8, 70u8, 89u8, 107u8, 165u8,
                    65u8, 194u8, 100u8, 109u8, 173u8, 136u8, 83u8, 30u8, 79u8, 226u8, 116u8, 75u8,
                    170u8, 228u8, 102u8, 50u8, 188u8, 181u8, 15u8, 44u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    emergencyId: topics.1,
                    tag: topics.2,
                    provider: topics.3,
                    reasonCode: data.0,
                    expiresAt: data.1,
                    notice: data.2,
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
                    <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::tokenize(
                        &self.reasonCode,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.expiresAt,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.notice,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.emergencyId.clone(),
                    self.tag.clone(),
                    self.provider.clone(),
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
                > as alloy_sol_types::EventTopic>::encode_topic(&self.emergencyId);
                out[2usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.tag);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.provider,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EmergencyAccessOpened {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EmergencyAccessOpened> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EmergencyAccessOpened) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EmergencyDisputed(uint256,bytes32,uint256)` and selector `0x1c39d3aa4f6cbea96a1f35e263bbd8169472657fb1ad2f8c416cece474a35c92`.
    ```solidity
    event EmergencyDisputed(uint256 indexed emergencyId, bytes32 evidence, uint256 reviewId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct EmergencyDisputed {
        #[allow(missing_docs)]
        pub emergencyId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub evidence: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub reviewId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EmergencyDisputed {
            type DataTuple<'a> =
                (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Uint<256>);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList =
                (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Uint<256>);
            const SIGNATURE: &'static str = "EmergencyDisputed(uint256,bytes32,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    28u8, 57u8, 211u8, 170u8, 79u8, 108u8, 190u8, 169u8, 106u8, 31u8, 53u8, 226u8,
                    99u8, 187u8, 216u8, 22u8, 148u8, 114u8, 101u8, 127u8, 177u8, 173u8, 47u8,
                    140u8, 65u8, 108u8, 236u8, 228u8, 116u8, 163u8, 92u8, 146u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { emergencyId: topics.1, evidence: data.0, reviewId: data.1 }
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
                    > as alloy_sol_types::SolType>::tokenize(&self.evidence),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.reviewId),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.emergencyId.clone())
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
                > as alloy_sol_types::EventTopic>::encode_topic(&self.emergencyId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EmergencyDisputed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EmergencyDisputed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EmergencyDisputed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EmergencyDurationSet(uint64)` and selector `0x9180643fba62a132eec4952aa355f41fb54aa355b64de490a12d2e9f615a8094`.
    ```solidity
    event EmergencyDurationSet(uint64 duration);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct EmergencyDurationSet {
        #[allow(missing_docs)]
        pub duration: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EmergencyDurationSet {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "EmergencyDurationSet(uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    145u8, 128u8, 100u8, 63u8, 186u8, 98u8, 161u8, 50u8, 238u8, 196u8, 149u8, 42u8,
                    163u8, 85u8, 244u8, 31u8, 181u8, 74u8, 163u8, 85u8, 182u8, 77u8, 228u8, 144u8,
                    161u8, 45u8, 46u8, 159u8, 97u8, 90u8, 128u8, 148u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { duration: data.0 }
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
                    &self.duration,
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
        impl alloy_sol_types::private::IntoLogData for EmergencyDurationSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EmergencyDurationSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EmergencyDurationSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `GuardianActionExecuted(bytes32,uint256)` and selector `0xbdfe19a8b30cac3a601ac62203440d283501e2cf77260ec2103a741743f8339c`.
    ```solidity
    event GuardianActionExecuted(bytes32 indexed actionId, uint256 approvals);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct GuardianActionExecuted {
        #[allow(missing_docs)]
        pub actionId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub approvals: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for GuardianActionExecuted {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "GuardianActionExecuted(bytes32,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    189u8, 254u8, 25u8, 168u8, 179u8, 12u8, 172u8, 58u8, 96u8, 26u8, 198u8, 34u8,
                    3u8, 68u8, 13u8, 40u8, 53u8, 1u8, 226u8, 207u8, 119u8, 38u8, 14u8, 194u8, 16u8,
                    58u8, 116u8, 23u8, 67u8, 248u8, 51u8, 156u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { actionId: topics.1, approvals: data.0 }
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
                    &self.approvals,
                ),)
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.actionId.clone())
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
                > as alloy_sol_types::EventTopic>::encode_topic(&self.actionId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for GuardianActionExecuted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&GuardianActionExecuted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &GuardianActionExecuted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `GuardianApproved(bytes32,uint256)` and selector `0x324de60c4527148f2046be053ba263ae7a93cddef8cf995ab42777ecd9f4a50d`.
    ```solidity
    event GuardianApproved(bytes32 indexed actionId, uint256 approvals);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct GuardianApproved {
        #[allow(missing_docs)]
        pub actionId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub approvals: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for GuardianApproved {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "GuardianApproved(bytes32,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    50u8, 77u8, 230u8, 12u8, 69u8, 39u8, 20u8, 143u8, 32u8, 70u8, 190u8, 5u8, 59u8,
                    162u8, 99u8, 174u8, 122u8, 147u8, 205u8, 222u8, 248u8, 207u8, 153u8, 90u8,
                    180u8, 39u8, 119u8, 236u8, 217u8, 244u8, 165u8, 13u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { actionId: topics.1, approvals: data.0 }
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
                    &self.approvals,
                ),)
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.actionId.clone())
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
                > as alloy_sol_types::EventTopic>::encode_topic(&self.actionId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for GuardianApproved {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&GuardianApproved> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &GuardianApproved) -> alloy_sol_types::private::LogData {
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
    constructor(address admin, address forwarder, address accounts_, address providers_, address committee_, uint64 emergencyDuration_);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub admin: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub forwarder: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub accounts_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub providers_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub committee_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub emergencyDuration_: u64,
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
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
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
                        value.accounts_,
                        value.providers_,
                        value.committee_,
                        value.emergencyDuration_,
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
                        accounts_: tuple.2,
                        providers_: tuple.3,
                        committee_: tuple.4,
                        emergencyDuration_: tuple.5,
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
                        &self.accounts_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.providers_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.committee_,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.emergencyDuration_,
                    ),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `ACCESS_LOG_ROLE()` and selector `0x9ac75d87`.
    ```solidity
    function ACCESS_LOG_ROLE() external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ACCESS_LOG_ROLECall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`ACCESS_LOG_ROLE()`](ACCESS_LOG_ROLECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ACCESS_LOG_ROLEReturn {
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
            impl ::core::convert::From<ACCESS_LOG_ROLECall> for UnderlyingRustTuple<'_> {
                fn from(value: ACCESS_LOG_ROLECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ACCESS_LOG_ROLECall {
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
            impl ::core::convert::From<ACCESS_LOG_ROLEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: ACCESS_LOG_ROLEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ACCESS_LOG_ROLEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for ACCESS_LOG_ROLECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ACCESS_LOG_ROLE()";
            const SELECTOR: [u8; 4] = [154u8, 199u8, 93u8, 135u8];
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
                        let r: ACCESS_LOG_ROLEReturn = r.into();
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
                    let r: ACCESS_LOG_ROLEReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `CONSENT_CHANGE_TYPEHASH()` and selector `0x511eec4d`.
    ```solidity
    function CONSENT_CHANGE_TYPEHASH() external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CONSENT_CHANGE_TYPEHASHCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`CONSENT_CHANGE_TYPEHASH()`](CONSENT_CHANGE_TYPEHASHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CONSENT_CHANGE_TYPEHASHReturn {
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
            impl ::core::convert::From<CONSENT_CHANGE_TYPEHASHCall> for UnderlyingRustTuple<'_> {
                fn from(value: CONSENT_CHANGE_TYPEHASHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for CONSENT_CHANGE_TYPEHASHCall {
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
            impl ::core::convert::From<CONSENT_CHANGE_TYPEHASHReturn> for UnderlyingRustTuple<'_> {
                fn from(value: CONSENT_CHANGE_TYPEHASHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for CONSENT_CHANGE_TYPEHASHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for CONSENT_CHANGE_TYPEHASHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "CONSENT_CHANGE_TYPEHASH()";
            const SELECTOR: [u8; 4] = [81u8, 30u8, 236u8, 77u8];
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
                        let r: CONSENT_CHANGE_TYPEHASHReturn = r.into();
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
                    let r: CONSENT_CHANGE_TYPEHASHReturn = r.into();
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
    /**Function with signature `DISPUTE_BAR()` and selector `0xcc9d1fd9`.
    ```solidity
    function DISPUTE_BAR() external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DISPUTE_BARCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DISPUTE_BAR()`](DISPUTE_BARCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DISPUTE_BARReturn {
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
            impl ::core::convert::From<DISPUTE_BARCall> for UnderlyingRustTuple<'_> {
                fn from(value: DISPUTE_BARCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for DISPUTE_BARCall {
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
            impl ::core::convert::From<DISPUTE_BARReturn> for UnderlyingRustTuple<'_> {
                fn from(value: DISPUTE_BARReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for DISPUTE_BARReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DISPUTE_BARCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DISPUTE_BAR()";
            const SELECTOR: [u8; 4] = [204u8, 157u8, 31u8, 217u8];
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
                        let r: DISPUTE_BARReturn = r.into();
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
                    let r: DISPUTE_BARReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `EMERGENCY_CATEGORY()` and selector `0x6b98e92d`.
    ```solidity
    function EMERGENCY_CATEGORY() external view returns (uint16);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EMERGENCY_CATEGORYCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`EMERGENCY_CATEGORY()`](EMERGENCY_CATEGORYCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EMERGENCY_CATEGORYReturn {
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
            impl ::core::convert::From<EMERGENCY_CATEGORYCall> for UnderlyingRustTuple<'_> {
                fn from(value: EMERGENCY_CATEGORYCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for EMERGENCY_CATEGORYCall {
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
            impl ::core::convert::From<EMERGENCY_CATEGORYReturn> for UnderlyingRustTuple<'_> {
                fn from(value: EMERGENCY_CATEGORYReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for EMERGENCY_CATEGORYReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for EMERGENCY_CATEGORYCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u16;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EMERGENCY_CATEGORY()";
            const SELECTOR: [u8; 4] = [107u8, 152u8, 233u8, 45u8];
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
                        let r: EMERGENCY_CATEGORYReturn = r.into();
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
                    let r: EMERGENCY_CATEGORYReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `EMERGENCY_REVIEW_TYPEHASH()` and selector `0x98fcbacd`.
    ```solidity
    function EMERGENCY_REVIEW_TYPEHASH() external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EMERGENCY_REVIEW_TYPEHASHCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`EMERGENCY_REVIEW_TYPEHASH()`](EMERGENCY_REVIEW_TYPEHASHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EMERGENCY_REVIEW_TYPEHASHReturn {
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
            impl ::core::convert::From<EMERGENCY_REVIEW_TYPEHASHCall> for UnderlyingRustTuple<'_> {
                fn from(value: EMERGENCY_REVIEW_TYPEHASHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for EMERGENCY_REVIEW_TYPEHASHCall {
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
            impl ::core::convert::From<EMERGENCY_REVIEW_TYPEHASHReturn> for UnderlyingRustTuple<'_> {
                fn from(value: EMERGENCY_REVIEW_TYPEHASHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for EMERGENCY_REVIEW_TYPEHASHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for EMERGENCY_REVIEW_TYPEHASHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EMERGENCY_REVIEW_TYPEHASH()";
            const SELECTOR: [u8; 4] = [152u8, 252u8, 186u8, 205u8];
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
                        let r: EMERGENCY_REVIEW_TYPEHASHReturn = r.into();
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
                    let r: EMERGENCY_REVIEW_TYPEHASHReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `EMERGENCY_TAG()` and selector `0x355dd632`.
    ```solidity
    function EMERGENCY_TAG() external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EMERGENCY_TAGCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`EMERGENCY_TAG()`](EMERGENCY_TAGCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EMERGENCY_TAGReturn {
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
            impl ::core::convert::From<EMERGENCY_TAGCall> for UnderlyingRustTuple<'_> {
                fn from(value: EMERGENCY_TAGCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for EMERGENCY_TAGCall {
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
            impl ::core::convert::From<EMERGENCY_TAGReturn> for UnderlyingRustTuple<'_> {
                fn from(value: EMERGENCY_TAGReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for EMERGENCY_TAGReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for EMERGENCY_TAGCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EMERGENCY_TAG()";
            const SELECTOR: [u8; 4] = [53u8, 93u8, 214u8, 50u8];
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
                        let r: EMERGENCY_TAGReturn = r.into();
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
                    let r: EMERGENCY_TAGReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `GRANT_ID_TAG()` and selector `0x4182a215`.
    ```solidity
    function GRANT_ID_TAG() external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GRANT_ID_TAGCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`GRANT_ID_TAG()`](GRANT_ID_TAGCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GRANT_ID_TAGReturn {
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
            impl ::core::convert::From<GRANT_ID_TAGCall> for UnderlyingRustTuple<'_> {
                fn from(value: GRANT_ID_TAGCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for GRANT_ID_TAGCall {
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
            impl ::core::convert::From<GRANT_ID_TAGReturn> for UnderlyingRustTuple<'_> {
                fn from(value: GRANT_ID_TAGReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for GRANT_ID_TAGReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for GRANT_ID_TAGCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GRANT_ID_TAG()";
            const SELECTOR: [u8; 4] = [65u8, 130u8, 162u8, 21u8];
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
                        let r: GRANT_ID_TAGReturn = r.into();
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
                    let r: GRANT_ID_TAGReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_EMERGENCIES_PER_DAY()` and selector `0x9ed446de`.
    ```solidity
    function MAX_EMERGENCIES_PER_DAY() external view returns (uint32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_EMERGENCIES_PER_DAYCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_EMERGENCIES_PER_DAY()`](MAX_EMERGENCIES_PER_DAYCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_EMERGENCIES_PER_DAYReturn {
        #[allow(missing_docs)]
        pub _0: u32,
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
            impl ::core::convert::From<MAX_EMERGENCIES_PER_DAYCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_EMERGENCIES_PER_DAYCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_EMERGENCIES_PER_DAYCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
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
            impl ::core::convert::From<MAX_EMERGENCIES_PER_DAYReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_EMERGENCIES_PER_DAYReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_EMERGENCIES_PER_DAYReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_EMERGENCIES_PER_DAYCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_EMERGENCIES_PER_DAY()";
            const SELECTOR: [u8; 4] = [158u8, 212u8, 70u8, 222u8];
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
                (<alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: MAX_EMERGENCIES_PER_DAYReturn = r.into();
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
                    let r: MAX_EMERGENCIES_PER_DAYReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_EMERGENCY_DURATION()` and selector `0x358296b1`.
    ```solidity
    function MAX_EMERGENCY_DURATION() external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_EMERGENCY_DURATIONCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_EMERGENCY_DURATION()`](MAX_EMERGENCY_DURATIONCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_EMERGENCY_DURATIONReturn {
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
            impl ::core::convert::From<MAX_EMERGENCY_DURATIONCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_EMERGENCY_DURATIONCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_EMERGENCY_DURATIONCall {
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
            impl ::core::convert::From<MAX_EMERGENCY_DURATIONReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_EMERGENCY_DURATIONReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_EMERGENCY_DURATIONReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_EMERGENCY_DURATIONCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_EMERGENCY_DURATION()";
            const SELECTOR: [u8; 4] = [53u8, 130u8, 150u8, 177u8];
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
                        let r: MAX_EMERGENCY_DURATIONReturn = r.into();
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
                    let r: MAX_EMERGENCY_DURATIONReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `accessLogOf(bytes32)` and selector `0x7e695462`.
    ```solidity
    function accessLogOf(bytes32 root) external view returns (uint64 blockNumber, uint32 count);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct accessLogOfCall {
        #[allow(missing_docs)]
        pub root: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`accessLogOf(bytes32)`](accessLogOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct accessLogOfReturn {
        #[allow(missing_docs)]
        pub blockNumber: u64,
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
            impl ::core::convert::From<accessLogOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: accessLogOfCall) -> Self {
                    (value.root,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for accessLogOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { root: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::Uint<64>, alloy::sol_types::sol_data::Uint<32>);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64, u32);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<accessLogOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: accessLogOfReturn) -> Self {
                    (value.blockNumber, value.count)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for accessLogOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { blockNumber: tuple.0, count: tuple.1 }
                }
            }
        }
        impl accessLogOfReturn {
            fn _tokenize(&self) -> <accessLogOfCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.blockNumber,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.count,
                    ),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for accessLogOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = accessLogOfReturn;
            type ReturnTuple<'a> =
                (alloy::sol_types::sol_data::Uint<64>, alloy::sol_types::sol_data::Uint<32>);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "accessLogOf(bytes32)";
            const SELECTOR: [u8; 4] = [126u8, 105u8, 84u8, 98u8];
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
                accessLogOfReturn::_tokenize(ret)
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
    /**Function with signature `anchorAccessLog(bytes32,bytes32,uint32)` and selector `0x503525ec`.
    ```solidity
    function anchorAccessLog(bytes32 root, bytes32 manifest, uint32 count) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct anchorAccessLogCall {
        #[allow(missing_docs)]
        pub root: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub manifest: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub count: u32,
    }
    ///Container type for the return parameters of the [`anchorAccessLog(bytes32,bytes32,uint32)`](anchorAccessLogCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct anchorAccessLogReturn {}
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
            impl ::core::convert::From<anchorAccessLogCall> for UnderlyingRustTuple<'_> {
                fn from(value: anchorAccessLogCall) -> Self {
                    (value.root, value.manifest, value.count)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for anchorAccessLogCall {
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
            impl ::core::convert::From<anchorAccessLogReturn> for UnderlyingRustTuple<'_> {
                fn from(value: anchorAccessLogReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for anchorAccessLogReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl anchorAccessLogReturn {
            fn _tokenize(
                &self,
            ) -> <anchorAccessLogCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for anchorAccessLogCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = anchorAccessLogReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "anchorAccessLog(bytes32,bytes32,uint32)";
            const SELECTOR: [u8; 4] = [80u8, 53u8, 37u8, 236u8];
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
                anchorAccessLogReturn::_tokenize(ret)
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
    #[derive(serde::Serialize, serde::Deserialize)]
    /**Function with signature `approveGuardianAction(address,(bytes32,uint8,uint64,bytes32,bytes32),bytes32[],bytes)` and selector `0xa5cd4838`.
    ```solidity
    function approveGuardianAction(address controller, IConsentManager.GuardianAction memory action, bytes32[] memory proof, bytes memory notice) external returns (bytes32 actionId, bool executed);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct approveGuardianActionCall {
        #[allow(missing_docs)]
        pub controller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub action: <IConsentManager::GuardianAction as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub proof: alloy::sol_types::private::Vec<alloy::sol_types::private::FixedBytes<32>>,
        #[allow(missing_docs)]
        pub notice: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`approveGuardianAction(address,(bytes32,uint8,uint64,bytes32,bytes32),bytes32[],bytes)`](approveGuardianActionCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct approveGuardianActionReturn {
        #[allow(missing_docs)]
        pub actionId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub executed: bool,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                IConsentManager::GuardianAction,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::FixedBytes<32>>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                <IConsentManager::GuardianAction as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Vec<alloy::sol_types::private::FixedBytes<32>>,
                alloy::sol_types::private::Bytes,
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
            impl ::core::convert::From<approveGuardianActionCall> for UnderlyingRustTuple<'_> {
                fn from(value: approveGuardianActionCall) -> Self {
                    (value.controller, value.action, value.proof, value.notice)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for approveGuardianActionCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { controller: tuple.0, action: tuple.1, proof: tuple.2, notice: tuple.3 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Bool);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>, bool);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<approveGuardianActionReturn> for UnderlyingRustTuple<'_> {
                fn from(value: approveGuardianActionReturn) -> Self {
                    (value.actionId, value.executed)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for approveGuardianActionReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { actionId: tuple.0, executed: tuple.1 }
                }
            }
        }
        impl approveGuardianActionReturn {
            fn _tokenize(
                &self,
            ) -> <approveGuardianActionCall as alloy_sol_types::SolCall>::ReturnToken<'_>
            {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.actionId),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.executed,
                    ),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for approveGuardianActionCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                IConsentManager::GuardianAction,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::FixedBytes<32>>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = approveGuardianActionReturn;
            type ReturnTuple<'a> =
                (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Bool);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "approveGuardianAction(address,(bytes32,uint8,uint64,bytes32,bytes32),bytes32[],bytes)";
            const SELECTOR: [u8; 4] = [165u8, 205u8, 72u8, 56u8];
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
                    <IConsentManager::GuardianAction as alloy_sol_types::SolType>::tokenize(
                        &self.action,
                    ),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::FixedBytes<32>,
                    > as alloy_sol_types::SolType>::tokenize(&self.proof),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.notice,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                approveGuardianActionReturn::_tokenize(ret)
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
    /**Function with signature `breakGlass(bytes32,uint16,bytes)` and selector `0x6c1ea7a1`.
    ```solidity
    function breakGlass(bytes32 tag, uint16 reasonCode, bytes memory notice) external returns (uint256 emergencyId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct breakGlassCall {
        #[allow(missing_docs)]
        pub tag: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub reasonCode: u16,
        #[allow(missing_docs)]
        pub notice: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`breakGlass(bytes32,uint16,bytes)`](breakGlassCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct breakGlassReturn {
        #[allow(missing_docs)]
        pub emergencyId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (alloy::sol_types::private::FixedBytes<32>, u16, alloy::sol_types::private::Bytes);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<breakGlassCall> for UnderlyingRustTuple<'_> {
                fn from(value: breakGlassCall) -> Self {
                    (value.tag, value.reasonCode, value.notice)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for breakGlassCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { tag: tuple.0, reasonCode: tuple.1, notice: tuple.2 }
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
            impl ::core::convert::From<breakGlassReturn> for UnderlyingRustTuple<'_> {
                fn from(value: breakGlassReturn) -> Self {
                    (value.emergencyId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for breakGlassReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { emergencyId: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for breakGlassCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "breakGlass(bytes32,uint16,bytes)";
            const SELECTOR: [u8; 4] = [108u8, 30u8, 167u8, 161u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.tag),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.reasonCode),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.notice,
                    ),
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
                        let r: breakGlassReturn = r.into();
                        r.emergencyId
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: breakGlassReturn = r.into();
                    r.emergencyId
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `breakGlassBudget(address)` and selector `0x9e4cac2b`.
    ```solidity
    function breakGlassBudget(address provider) external view returns (uint32 opens, uint64 windowStart, uint64 barredUntil);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct breakGlassBudgetCall {
        #[allow(missing_docs)]
        pub provider: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`breakGlassBudget(address)`](breakGlassBudgetCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct breakGlassBudgetReturn {
        #[allow(missing_docs)]
        pub opens: u32,
        #[allow(missing_docs)]
        pub windowStart: u64,
        #[allow(missing_docs)]
        pub barredUntil: u64,
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
            impl ::core::convert::From<breakGlassBudgetCall> for UnderlyingRustTuple<'_> {
                fn from(value: breakGlassBudgetCall) -> Self {
                    (value.provider,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for breakGlassBudgetCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { provider: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32, u64, u64);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<breakGlassBudgetReturn> for UnderlyingRustTuple<'_> {
                fn from(value: breakGlassBudgetReturn) -> Self {
                    (value.opens, value.windowStart, value.barredUntil)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for breakGlassBudgetReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { opens: tuple.0, windowStart: tuple.1, barredUntil: tuple.2 }
                }
            }
        }
        impl breakGlassBudgetReturn {
            fn _tokenize(
                &self,
            ) -> <breakGlassBudgetCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.opens,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.windowStart,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.barredUntil,
                    ),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for breakGlassBudgetCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = breakGlassBudgetReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "breakGlassBudget(address)";
            const SELECTOR: [u8; 4] = [158u8, 76u8, 172u8, 43u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.provider,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                breakGlassBudgetReturn::_tokenize(ret)
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
    #[derive(serde::Serialize, serde::Deserialize)]
    /**Function with signature `changeDigest((address,bytes32,uint8,uint64,bytes32,uint64,uint256))` and selector `0x72ee3f90`.
    ```solidity
    function changeDigest(IConsentManager.ConsentChange memory change) external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct changeDigestCall {
        #[allow(missing_docs)]
        pub change: <IConsentManager::ConsentChange as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`changeDigest((address,bytes32,uint8,uint64,bytes32,uint64,uint256))`](changeDigestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct changeDigestReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IConsentManager::ConsentChange,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<IConsentManager::ConsentChange as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<changeDigestCall> for UnderlyingRustTuple<'_> {
                fn from(value: changeDigestCall) -> Self {
                    (value.change,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for changeDigestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { change: tuple.0 }
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
            impl ::core::convert::From<changeDigestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: changeDigestReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for changeDigestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for changeDigestCall {
            type Parameters<'a> = (IConsentManager::ConsentChange,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "changeDigest((address,bytes32,uint8,uint64,bytes32,uint64,uint256))";
            const SELECTOR: [u8; 4] = [114u8, 238u8, 63u8, 144u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<IConsentManager::ConsentChange as alloy_sol_types::SolType>::tokenize(
                    &self.change,
                ),)
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
                        let r: changeDigestReturn = r.into();
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
                    let r: changeDigestReturn = r.into();
                    r._0
                })
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
    /**Function with signature `consentOf(address,bytes32)` and selector `0x93dc6ef6`.
    ```solidity
    function consentOf(address controller, bytes32 grantId) external view returns (IConsentManager.Access access, uint64 expiresAt, uint64 nonce);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct consentOfCall {
        #[allow(missing_docs)]
        pub controller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub grantId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`consentOf(address,bytes32)`](consentOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct consentOfReturn {
        #[allow(missing_docs)]
        pub access: <IConsentManager::Access as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub expiresAt: u64,
        #[allow(missing_docs)]
        pub nonce: u64,
    }
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
            impl ::core::convert::From<consentOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: consentOfCall) -> Self {
                    (value.controller, value.grantId)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for consentOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { controller: tuple.0, grantId: tuple.1 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                IConsentManager::Access,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<IConsentManager::Access as alloy::sol_types::SolType>::RustType, u64, u64);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<consentOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: consentOfReturn) -> Self {
                    (value.access, value.expiresAt, value.nonce)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for consentOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { access: tuple.0, expiresAt: tuple.1, nonce: tuple.2 }
                }
            }
        }
        impl consentOfReturn {
            fn _tokenize(&self) -> <consentOfCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <IConsentManager::Access as alloy_sol_types::SolType>::tokenize(&self.access),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.expiresAt,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.nonce,
                    ),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for consentOfCall {
            type Parameters<'a> =
                (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::FixedBytes<32>);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = consentOfReturn;
            type ReturnTuple<'a> = (
                IConsentManager::Access,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "consentOf(address,bytes32)";
            const SELECTOR: [u8; 4] = [147u8, 220u8, 110u8, 246u8];
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
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.grantId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                consentOfReturn::_tokenize(ret)
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
    /**Function with signature `emergency(uint256)` and selector `0xe5c30120`.
    ```solidity
    function emergency(uint256 emergencyId) external view returns (IConsentManager.Emergency memory);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct emergencyCall {
        #[allow(missing_docs)]
        pub emergencyId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    ///Container type for the return parameters of the [`emergency(uint256)`](emergencyCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct emergencyReturn {
        #[allow(missing_docs)]
        pub _0: <IConsentManager::Emergency as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<emergencyCall> for UnderlyingRustTuple<'_> {
                fn from(value: emergencyCall) -> Self {
                    (value.emergencyId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for emergencyCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { emergencyId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IConsentManager::Emergency,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<IConsentManager::Emergency as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<emergencyReturn> for UnderlyingRustTuple<'_> {
                fn from(value: emergencyReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for emergencyReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for emergencyCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IConsentManager::Emergency as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IConsentManager::Emergency,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "emergency(uint256)";
            const SELECTOR: [u8; 4] = [229u8, 195u8, 1u8, 32u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.emergencyId,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IConsentManager::Emergency as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: emergencyReturn = r.into();
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
                    let r: emergencyReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `emergencyDuration()` and selector `0x7ca84696`.
    ```solidity
    function emergencyDuration() external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct emergencyDurationCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`emergencyDuration()`](emergencyDurationCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct emergencyDurationReturn {
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
            impl ::core::convert::From<emergencyDurationCall> for UnderlyingRustTuple<'_> {
                fn from(value: emergencyDurationCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for emergencyDurationCall {
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
            impl ::core::convert::From<emergencyDurationReturn> for UnderlyingRustTuple<'_> {
                fn from(value: emergencyDurationReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for emergencyDurationReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for emergencyDurationCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "emergencyDuration()";
            const SELECTOR: [u8; 4] = [124u8, 168u8, 70u8, 150u8];
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
                        let r: emergencyDurationReturn = r.into();
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
                    let r: emergencyDurationReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `emergencyUntil(bytes32,address)` and selector `0x6db47374`.
    ```solidity
    function emergencyUntil(bytes32 tag, address provider) external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct emergencyUntilCall {
        #[allow(missing_docs)]
        pub tag: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub provider: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`emergencyUntil(bytes32,address)`](emergencyUntilCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct emergencyUntilReturn {
        #[allow(missing_docs)]
        pub _0: u64,
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
            impl ::core::convert::From<emergencyUntilCall> for UnderlyingRustTuple<'_> {
                fn from(value: emergencyUntilCall) -> Self {
                    (value.tag, value.provider)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for emergencyUntilCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { tag: tuple.0, provider: tuple.1 }
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
            impl ::core::convert::From<emergencyUntilReturn> for UnderlyingRustTuple<'_> {
                fn from(value: emergencyUntilReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for emergencyUntilReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for emergencyUntilCall {
            type Parameters<'a> =
                (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "emergencyUntil(bytes32,address)";
            const SELECTOR: [u8; 4] = [109u8, 180u8, 115u8, 116u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.tag),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.provider,
                    ),
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
                        let r: emergencyUntilReturn = r.into();
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
                    let r: emergencyUntilReturn = r.into();
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
    #[derive(serde::Serialize, serde::Deserialize)]
    /**Function with signature `guardianActionId(address,bytes32,(bytes32,uint8,uint64,bytes32,bytes32))` and selector `0x5277f8ad`.
    ```solidity
    function guardianActionId(address controller, bytes32 root, IConsentManager.GuardianAction memory action) external pure returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct guardianActionIdCall {
        #[allow(missing_docs)]
        pub controller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub root: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub action: <IConsentManager::GuardianAction as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`guardianActionId(address,bytes32,(bytes32,uint8,uint64,bytes32,bytes32))`](guardianActionIdCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct guardianActionIdReturn {
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
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                IConsentManager::GuardianAction,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::FixedBytes<32>,
                <IConsentManager::GuardianAction as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<guardianActionIdCall> for UnderlyingRustTuple<'_> {
                fn from(value: guardianActionIdCall) -> Self {
                    (value.controller, value.root, value.action)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for guardianActionIdCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { controller: tuple.0, root: tuple.1, action: tuple.2 }
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
            impl ::core::convert::From<guardianActionIdReturn> for UnderlyingRustTuple<'_> {
                fn from(value: guardianActionIdReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for guardianActionIdReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for guardianActionIdCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                IConsentManager::GuardianAction,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "guardianActionId(address,bytes32,(bytes32,uint8,uint64,bytes32,bytes32))";
            const SELECTOR: [u8; 4] = [82u8, 119u8, 248u8, 173u8];
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
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.root),
                    <IConsentManager::GuardianAction as alloy_sol_types::SolType>::tokenize(
                        &self.action,
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
                        let r: guardianActionIdReturn = r.into();
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
                    let r: guardianActionIdReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `hasApproved(bytes32,address)` and selector `0x23cdc3f1`.
    ```solidity
    function hasApproved(bytes32 actionId, address guardian) external view returns (bool);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasApprovedCall {
        #[allow(missing_docs)]
        pub actionId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub guardian: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`hasApproved(bytes32,address)`](hasApprovedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasApprovedReturn {
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
            impl ::core::convert::From<hasApprovedCall> for UnderlyingRustTuple<'_> {
                fn from(value: hasApprovedCall) -> Self {
                    (value.actionId, value.guardian)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasApprovedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { actionId: tuple.0, guardian: tuple.1 }
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
            impl ::core::convert::From<hasApprovedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: hasApprovedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasApprovedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for hasApprovedCall {
            type Parameters<'a> =
                (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "hasApproved(bytes32,address)";
            const SELECTOR: [u8; 4] = [35u8, 205u8, 195u8, 241u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.actionId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.guardian,
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
                        let r: hasApprovedReturn = r.into();
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
                    let r: hasApprovedReturn = r.into();
                    r._0
                })
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
    /**Function with signature `inEmergency(bytes32,address)` and selector `0xb2dc7204`.
    ```solidity
    function inEmergency(bytes32 tag, address provider) external view returns (bool);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct inEmergencyCall {
        #[allow(missing_docs)]
        pub tag: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub provider: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`inEmergency(bytes32,address)`](inEmergencyCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct inEmergencyReturn {
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
            impl ::core::convert::From<inEmergencyCall> for UnderlyingRustTuple<'_> {
                fn from(value: inEmergencyCall) -> Self {
                    (value.tag, value.provider)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for inEmergencyCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { tag: tuple.0, provider: tuple.1 }
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
            impl ::core::convert::From<inEmergencyReturn> for UnderlyingRustTuple<'_> {
                fn from(value: inEmergencyReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for inEmergencyReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for inEmergencyCall {
            type Parameters<'a> =
                (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "inEmergency(bytes32,address)";
            const SELECTOR: [u8; 4] = [178u8, 220u8, 114u8, 4u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.tag),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.provider,
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
                        let r: inEmergencyReturn = r.into();
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
                    let r: inEmergencyReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isExecuted(bytes32)` and selector `0xe52cb36a`.
    ```solidity
    function isExecuted(bytes32 actionId) external view returns (bool);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isExecutedCall {
        #[allow(missing_docs)]
        pub actionId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isExecuted(bytes32)`](isExecutedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isExecutedReturn {
        #[allow(missing_docs)]
        pub _0: bool,
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
            impl ::core::convert::From<isExecutedCall> for UnderlyingRustTuple<'_> {
                fn from(value: isExecutedCall) -> Self {
                    (value.actionId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isExecutedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { actionId: tuple.0 }
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
            impl ::core::convert::From<isExecutedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: isExecutedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isExecutedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isExecutedCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isExecuted(bytes32)";
            const SELECTOR: [u8; 4] = [229u8, 44u8, 179u8, 106u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.actionId),
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
                        let r: isExecutedReturn = r.into();
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
                    let r: isExecutedReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isLive(address,bytes32,uint8)` and selector `0x1b12ef4f`.
    ```solidity
    function isLive(address controller, bytes32 grantId, IConsentManager.Access access) external view returns (bool);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isLiveCall {
        #[allow(missing_docs)]
        pub controller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub grantId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub access: <IConsentManager::Access as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isLive(address,bytes32,uint8)`](isLiveCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isLiveReturn {
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
                alloy::sol_types::sol_data::FixedBytes<32>,
                IConsentManager::Access,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::FixedBytes<32>,
                <IConsentManager::Access as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<isLiveCall> for UnderlyingRustTuple<'_> {
                fn from(value: isLiveCall) -> Self {
                    (value.controller, value.grantId, value.access)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isLiveCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { controller: tuple.0, grantId: tuple.1, access: tuple.2 }
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
            impl ::core::convert::From<isLiveReturn> for UnderlyingRustTuple<'_> {
                fn from(value: isLiveReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isLiveReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isLiveCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                IConsentManager::Access,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isLive(address,bytes32,uint8)";
            const SELECTOR: [u8; 4] = [27u8, 18u8, 239u8, 79u8];
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
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.grantId),
                    <IConsentManager::Access as alloy_sol_types::SolType>::tokenize(
                        &self.access,
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
                        let r: isLiveReturn = r.into();
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
                    let r: isLiveReturn = r.into();
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
    /**Function with signature `requestAccess(bytes)` and selector `0xf2343f5e`.
    ```solidity
    function requestAccess(bytes memory notice) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestAccessCall {
        #[allow(missing_docs)]
        pub notice: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`requestAccess(bytes)`](requestAccessCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestAccessReturn {}
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
            impl ::core::convert::From<requestAccessCall> for UnderlyingRustTuple<'_> {
                fn from(value: requestAccessCall) -> Self {
                    (value.notice,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestAccessCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { notice: tuple.0 }
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
            impl ::core::convert::From<requestAccessReturn> for UnderlyingRustTuple<'_> {
                fn from(value: requestAccessReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestAccessReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl requestAccessReturn {
            fn _tokenize(
                &self,
            ) -> <requestAccessCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for requestAccessCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Bytes,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = requestAccessReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "requestAccess(bytes)";
            const SELECTOR: [u8; 4] = [242u8, 52u8, 63u8, 94u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                    &self.notice,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                requestAccessReturn::_tokenize(ret)
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
    /**Function with signature `reviewDigest(uint256,bool,bytes32,address)` and selector `0x37e70cf4`.
    ```solidity
    function reviewDigest(uint256 emergencyId, bool accept, bytes32 evidence, address challenger) external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct reviewDigestCall {
        #[allow(missing_docs)]
        pub emergencyId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub accept: bool,
        #[allow(missing_docs)]
        pub evidence: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub challenger: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`reviewDigest(uint256,bool,bytes32,address)`](reviewDigestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct reviewDigestReturn {
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
                alloy::sol_types::sol_data::Bool,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                bool,
                alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<reviewDigestCall> for UnderlyingRustTuple<'_> {
                fn from(value: reviewDigestCall) -> Self {
                    (value.emergencyId, value.accept, value.evidence, value.challenger)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for reviewDigestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        emergencyId: tuple.0,
                        accept: tuple.1,
                        evidence: tuple.2,
                        challenger: tuple.3,
                    }
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
            impl ::core::convert::From<reviewDigestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: reviewDigestReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for reviewDigestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for reviewDigestCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bool,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "reviewDigest(uint256,bool,bytes32,address)";
            const SELECTOR: [u8; 4] = [55u8, 231u8, 12u8, 244u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.emergencyId),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.accept,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.evidence),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.challenger,
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
                        let r: reviewDigestReturn = r.into();
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
                    let r: reviewDigestReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `reviewEmergency(uint256,bool,bytes32,address,bytes[])` and selector `0x94f1773a`.
    ```solidity
    function reviewEmergency(uint256 emergencyId, bool accept, bytes32 evidence, address challenger, bytes[] memory attestations) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct reviewEmergencyCall {
        #[allow(missing_docs)]
        pub emergencyId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub accept: bool,
        #[allow(missing_docs)]
        pub evidence: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub challenger: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub attestations: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
    }
    ///Container type for the return parameters of the [`reviewEmergency(uint256,bool,bytes32,address,bytes[])`](reviewEmergencyCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct reviewEmergencyReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bool,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                bool,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<reviewEmergencyCall> for UnderlyingRustTuple<'_> {
                fn from(value: reviewEmergencyCall) -> Self {
                    (
                        value.emergencyId,
                        value.accept,
                        value.evidence,
                        value.challenger,
                        value.attestations,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for reviewEmergencyCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        emergencyId: tuple.0,
                        accept: tuple.1,
                        evidence: tuple.2,
                        challenger: tuple.3,
                        attestations: tuple.4,
                    }
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
            impl ::core::convert::From<reviewEmergencyReturn> for UnderlyingRustTuple<'_> {
                fn from(value: reviewEmergencyReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for reviewEmergencyReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl reviewEmergencyReturn {
            fn _tokenize(
                &self,
            ) -> <reviewEmergencyCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for reviewEmergencyCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bool,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = reviewEmergencyReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "reviewEmergency(uint256,bool,bytes32,address,bytes[])";
            const SELECTOR: [u8; 4] = [148u8, 241u8, 119u8, 58u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.emergencyId),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.accept,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.evidence),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.challenger,
                    ),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Bytes,
                    > as alloy_sol_types::SolType>::tokenize(&self.attestations),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                reviewEmergencyReturn::_tokenize(ret)
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
    /**Function with signature `setConsent(bytes32,uint8,uint64,bytes)` and selector `0xa4103fa0`.
    ```solidity
    function setConsent(bytes32 grantId, IConsentManager.Access access, uint64 expiresAt, bytes memory notice) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setConsentCall {
        #[allow(missing_docs)]
        pub grantId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub access: <IConsentManager::Access as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub expiresAt: u64,
        #[allow(missing_docs)]
        pub notice: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`setConsent(bytes32,uint8,uint64,bytes)`](setConsentCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setConsentReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                IConsentManager::Access,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                <IConsentManager::Access as alloy::sol_types::SolType>::RustType,
                u64,
                alloy::sol_types::private::Bytes,
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
            impl ::core::convert::From<setConsentCall> for UnderlyingRustTuple<'_> {
                fn from(value: setConsentCall) -> Self {
                    (value.grantId, value.access, value.expiresAt, value.notice)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setConsentCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { grantId: tuple.0, access: tuple.1, expiresAt: tuple.2, notice: tuple.3 }
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
            impl ::core::convert::From<setConsentReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setConsentReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setConsentReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setConsentReturn {
            fn _tokenize(&self) -> <setConsentCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setConsentCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                IConsentManager::Access,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = setConsentReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setConsent(bytes32,uint8,uint64,bytes)";
            const SELECTOR: [u8; 4] = [164u8, 16u8, 63u8, 160u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.grantId),
                    <IConsentManager::Access as alloy_sol_types::SolType>::tokenize(
                        &self.access,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiresAt),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.notice,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setConsentReturn::_tokenize(ret)
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
    #[derive(serde::Serialize, serde::Deserialize)]
    /**Function with signature `setConsentBySig((address,bytes32,uint8,uint64,bytes32,uint64,uint256),bytes,bytes)` and selector `0x5d30f4b1`.
    ```solidity
    function setConsentBySig(IConsentManager.ConsentChange memory c, bytes memory signature, bytes memory notice) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setConsentBySigCall {
        #[allow(missing_docs)]
        pub c: <IConsentManager::ConsentChange as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub notice: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`setConsentBySig((address,bytes32,uint8,uint64,bytes32,uint64,uint256),bytes,bytes)`](setConsentBySigCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setConsentBySigReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                IConsentManager::ConsentChange,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IConsentManager::ConsentChange as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Bytes,
                alloy::sol_types::private::Bytes,
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
            impl ::core::convert::From<setConsentBySigCall> for UnderlyingRustTuple<'_> {
                fn from(value: setConsentBySigCall) -> Self {
                    (value.c, value.signature, value.notice)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setConsentBySigCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { c: tuple.0, signature: tuple.1, notice: tuple.2 }
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
            impl ::core::convert::From<setConsentBySigReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setConsentBySigReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setConsentBySigReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setConsentBySigReturn {
            fn _tokenize(
                &self,
            ) -> <setConsentBySigCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setConsentBySigCall {
            type Parameters<'a> = (
                IConsentManager::ConsentChange,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = setConsentBySigReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setConsentBySig((address,bytes32,uint8,uint64,bytes32,uint64,uint256),bytes,bytes)";
            const SELECTOR: [u8; 4] = [93u8, 48u8, 244u8, 177u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IConsentManager::ConsentChange as alloy_sol_types::SolType>::tokenize(&self.c),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signature,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.notice,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setConsentBySigReturn::_tokenize(ret)
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
    /**Function with signature `setEmergencyDuration(uint64)` and selector `0xb2b61a4f`.
    ```solidity
    function setEmergencyDuration(uint64 duration) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setEmergencyDurationCall {
        #[allow(missing_docs)]
        pub duration: u64,
    }
    ///Container type for the return parameters of the [`setEmergencyDuration(uint64)`](setEmergencyDurationCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setEmergencyDurationReturn {}
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
            impl ::core::convert::From<setEmergencyDurationCall> for UnderlyingRustTuple<'_> {
                fn from(value: setEmergencyDurationCall) -> Self {
                    (value.duration,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setEmergencyDurationCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { duration: tuple.0 }
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
            impl ::core::convert::From<setEmergencyDurationReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setEmergencyDurationReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setEmergencyDurationReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setEmergencyDurationReturn {
            fn _tokenize(
                &self,
            ) -> <setEmergencyDurationCall as alloy_sol_types::SolCall>::ReturnToken<'_>
            {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setEmergencyDurationCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = setEmergencyDurationReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setEmergencyDuration(uint64)";
            const SELECTOR: [u8; 4] = [178u8, 182u8, 26u8, 79u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                    &self.duration,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setEmergencyDurationReturn::_tokenize(ret)
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
    ///Container for all the [`ConsentManager`](self) function calls.
    #[derive(Clone, serde::Serialize, serde::Deserialize)]
    pub enum ConsentManagerCalls {
        #[allow(missing_docs)]
        ACCESS_LOG_ROLE(ACCESS_LOG_ROLECall),
        #[allow(missing_docs)]
        CONSENT_CHANGE_TYPEHASH(CONSENT_CHANGE_TYPEHASHCall),
        #[allow(missing_docs)]
        DEFAULT_ADMIN_ROLE(DEFAULT_ADMIN_ROLECall),
        #[allow(missing_docs)]
        DISPUTE_BAR(DISPUTE_BARCall),
        #[allow(missing_docs)]
        EMERGENCY_CATEGORY(EMERGENCY_CATEGORYCall),
        #[allow(missing_docs)]
        EMERGENCY_REVIEW_TYPEHASH(EMERGENCY_REVIEW_TYPEHASHCall),
        #[allow(missing_docs)]
        EMERGENCY_TAG(EMERGENCY_TAGCall),
        #[allow(missing_docs)]
        GRANT_ID_TAG(GRANT_ID_TAGCall),
        #[allow(missing_docs)]
        MAX_EMERGENCIES_PER_DAY(MAX_EMERGENCIES_PER_DAYCall),
        #[allow(missing_docs)]
        MAX_EMERGENCY_DURATION(MAX_EMERGENCY_DURATIONCall),
        #[allow(missing_docs)]
        accessLogOf(accessLogOfCall),
        #[allow(missing_docs)]
        anchorAccessLog(anchorAccessLogCall),
        #[allow(missing_docs)]
        approveGuardianAction(approveGuardianActionCall),
        #[allow(missing_docs)]
        breakGlass(breakGlassCall),
        #[allow(missing_docs)]
        breakGlassBudget(breakGlassBudgetCall),
        #[allow(missing_docs)]
        changeDigest(changeDigestCall),
        #[allow(missing_docs)]
        committee(committeeCall),
        #[allow(missing_docs)]
        consentOf(consentOfCall),
        #[allow(missing_docs)]
        eip712Domain(eip712DomainCall),
        #[allow(missing_docs)]
        emergency(emergencyCall),
        #[allow(missing_docs)]
        emergencyDuration(emergencyDurationCall),
        #[allow(missing_docs)]
        emergencyUntil(emergencyUntilCall),
        #[allow(missing_docs)]
        getRoleAdmin(getRoleAdminCall),
        #[allow(missing_docs)]
        grantRole(grantRoleCall),
        #[allow(missing_docs)]
        guardianActionId(guardianActionIdCall),
        #[allow(missing_docs)]
        hasApproved(hasApprovedCall),
        #[allow(missing_docs)]
        hasRole(hasRoleCall),
        #[allow(missing_docs)]
        inEmergency(inEmergencyCall),
        #[allow(missing_docs)]
        isExecuted(isExecutedCall),
        #[allow(missing_docs)]
        isLive(isLiveCall),
        #[allow(missing_docs)]
        isTrustedForwarder(isTrustedForwarderCall),
        #[allow(missing_docs)]
        renounceRole(renounceRoleCall),
        #[allow(missing_docs)]
        requestAccess(requestAccessCall),
        #[allow(missing_docs)]
        reviewDigest(reviewDigestCall),
        #[allow(missing_docs)]
        reviewEmergency(reviewEmergencyCall),
        #[allow(missing_docs)]
        revokeRole(revokeRoleCall),
        #[allow(missing_docs)]
        setConsent(setConsentCall),
        #[allow(missing_docs)]
        setConsentBySig(setConsentBySigCall),
        #[allow(missing_docs)]
        setEmergencyDuration(setEmergencyDurationCall),
        #[allow(missing_docs)]
        supportsInterface(supportsInterfaceCall),
        #[allow(missing_docs)]
        trustedForwarder(trustedForwarderCall),
    }
    impl ConsentManagerCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [1u8, 255u8, 201u8, 167u8],
            [27u8, 18u8, 239u8, 79u8],
            [35u8, 205u8, 195u8, 241u8],
            [36u8, 138u8, 156u8, 163u8],
            [47u8, 47u8, 241u8, 93u8],
            [53u8, 93u8, 214u8, 50u8],
            [53u8, 130u8, 150u8, 177u8],
            [54u8, 86u8, 138u8, 190u8],
            [55u8, 231u8, 12u8, 244u8],
            [65u8, 130u8, 162u8, 21u8],
            [80u8, 53u8, 37u8, 236u8],
            [81u8, 30u8, 236u8, 77u8],
            [82u8, 119u8, 248u8, 173u8],
            [87u8, 43u8, 108u8, 5u8],
            [93u8, 48u8, 244u8, 177u8],
            [107u8, 152u8, 233u8, 45u8],
            [108u8, 30u8, 167u8, 161u8],
            [109u8, 180u8, 115u8, 116u8],
            [114u8, 238u8, 63u8, 144u8],
            [124u8, 168u8, 70u8, 150u8],
            [125u8, 160u8, 168u8, 119u8],
            [126u8, 105u8, 84u8, 98u8],
            [132u8, 176u8, 25u8, 110u8],
            [145u8, 209u8, 72u8, 84u8],
            [147u8, 220u8, 110u8, 246u8],
            [148u8, 241u8, 119u8, 58u8],
            [152u8, 252u8, 186u8, 205u8],
            [154u8, 199u8, 93u8, 135u8],
            [158u8, 76u8, 172u8, 43u8],
            [158u8, 212u8, 70u8, 222u8],
            [162u8, 23u8, 253u8, 223u8],
            [164u8, 16u8, 63u8, 160u8],
            [165u8, 205u8, 72u8, 56u8],
            [178u8, 182u8, 26u8, 79u8],
            [178u8, 220u8, 114u8, 4u8],
            [204u8, 157u8, 31u8, 217u8],
            [213u8, 71u8, 116u8, 31u8],
            [216u8, 100u8, 231u8, 64u8],
            [229u8, 44u8, 179u8, 106u8],
            [229u8, 195u8, 1u8, 32u8],
            [242u8, 52u8, 63u8, 94u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(supportsInterface),
            ::core::stringify!(isLive),
            ::core::stringify!(hasApproved),
            ::core::stringify!(getRoleAdmin),
            ::core::stringify!(grantRole),
            ::core::stringify!(EMERGENCY_TAG),
            ::core::stringify!(MAX_EMERGENCY_DURATION),
            ::core::stringify!(renounceRole),
            ::core::stringify!(reviewDigest),
            ::core::stringify!(GRANT_ID_TAG),
            ::core::stringify!(anchorAccessLog),
            ::core::stringify!(CONSENT_CHANGE_TYPEHASH),
            ::core::stringify!(guardianActionId),
            ::core::stringify!(isTrustedForwarder),
            ::core::stringify!(setConsentBySig),
            ::core::stringify!(EMERGENCY_CATEGORY),
            ::core::stringify!(breakGlass),
            ::core::stringify!(emergencyUntil),
            ::core::stringify!(changeDigest),
            ::core::stringify!(emergencyDuration),
            ::core::stringify!(trustedForwarder),
            ::core::stringify!(accessLogOf),
            ::core::stringify!(eip712Domain),
            ::core::stringify!(hasRole),
            ::core::stringify!(consentOf),
            ::core::stringify!(reviewEmergency),
            ::core::stringify!(EMERGENCY_REVIEW_TYPEHASH),
            ::core::stringify!(ACCESS_LOG_ROLE),
            ::core::stringify!(breakGlassBudget),
            ::core::stringify!(MAX_EMERGENCIES_PER_DAY),
            ::core::stringify!(DEFAULT_ADMIN_ROLE),
            ::core::stringify!(setConsent),
            ::core::stringify!(approveGuardianAction),
            ::core::stringify!(setEmergencyDuration),
            ::core::stringify!(inEmergency),
            ::core::stringify!(DISPUTE_BAR),
            ::core::stringify!(revokeRole),
            ::core::stringify!(committee),
            ::core::stringify!(isExecuted),
            ::core::stringify!(emergency),
            ::core::stringify!(requestAccess),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <supportsInterfaceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isLiveCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hasApprovedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getRoleAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <EMERGENCY_TAGCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_EMERGENCY_DURATIONCall as alloy_sol_types::SolCall>::SIGNATURE,
            <renounceRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <reviewDigestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <GRANT_ID_TAGCall as alloy_sol_types::SolCall>::SIGNATURE,
            <anchorAccessLogCall as alloy_sol_types::SolCall>::SIGNATURE,
            <CONSENT_CHANGE_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <guardianActionIdCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isTrustedForwarderCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setConsentBySigCall as alloy_sol_types::SolCall>::SIGNATURE,
            <EMERGENCY_CATEGORYCall as alloy_sol_types::SolCall>::SIGNATURE,
            <breakGlassCall as alloy_sol_types::SolCall>::SIGNATURE,
            <emergencyUntilCall as alloy_sol_types::SolCall>::SIGNATURE,
            <changeDigestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <emergencyDurationCall as alloy_sol_types::SolCall>::SIGNATURE,
            <trustedForwarderCall as alloy_sol_types::SolCall>::SIGNATURE,
            <accessLogOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <eip712DomainCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hasRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <consentOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <reviewEmergencyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <EMERGENCY_REVIEW_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ACCESS_LOG_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <breakGlassBudgetCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_EMERGENCIES_PER_DAYCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <setConsentCall as alloy_sol_types::SolCall>::SIGNATURE,
            <approveGuardianActionCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setEmergencyDurationCall as alloy_sol_types::SolCall>::SIGNATURE,
            <inEmergencyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DISPUTE_BARCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <committeeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isExecutedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <emergencyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <requestAccessCall as alloy_sol_types::SolCall>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for ConsentManagerCalls {
        const NAME: &'static str = "ConsentManagerCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 41usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::ACCESS_LOG_ROLE(_) => {
                    <ACCESS_LOG_ROLECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::CONSENT_CHANGE_TYPEHASH(_) => {
                    <CONSENT_CHANGE_TYPEHASHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::DEFAULT_ADMIN_ROLE(_) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::DISPUTE_BAR(_) => <DISPUTE_BARCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::EMERGENCY_CATEGORY(_) => {
                    <EMERGENCY_CATEGORYCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::EMERGENCY_REVIEW_TYPEHASH(_) => {
                    <EMERGENCY_REVIEW_TYPEHASHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::EMERGENCY_TAG(_) => <EMERGENCY_TAGCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::GRANT_ID_TAG(_) => <GRANT_ID_TAGCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::MAX_EMERGENCIES_PER_DAY(_) => {
                    <MAX_EMERGENCIES_PER_DAYCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_EMERGENCY_DURATION(_) => {
                    <MAX_EMERGENCY_DURATIONCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::accessLogOf(_) => <accessLogOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::anchorAccessLog(_) => {
                    <anchorAccessLogCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::approveGuardianAction(_) => {
                    <approveGuardianActionCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::breakGlass(_) => <breakGlassCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::breakGlassBudget(_) => {
                    <breakGlassBudgetCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::changeDigest(_) => <changeDigestCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::committee(_) => <committeeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::consentOf(_) => <consentOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::eip712Domain(_) => <eip712DomainCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::emergency(_) => <emergencyCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::emergencyDuration(_) => {
                    <emergencyDurationCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::emergencyUntil(_) => {
                    <emergencyUntilCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getRoleAdmin(_) => <getRoleAdminCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::grantRole(_) => <grantRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::guardianActionId(_) => {
                    <guardianActionIdCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::hasApproved(_) => <hasApprovedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::hasRole(_) => <hasRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::inEmergency(_) => <inEmergencyCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isExecuted(_) => <isExecutedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isLive(_) => <isLiveCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isTrustedForwarder(_) => {
                    <isTrustedForwarderCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::renounceRole(_) => <renounceRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::requestAccess(_) => <requestAccessCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::reviewDigest(_) => <reviewDigestCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::reviewEmergency(_) => {
                    <reviewEmergencyCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::revokeRole(_) => <revokeRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::setConsent(_) => <setConsentCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::setConsentBySig(_) => {
                    <setConsentBySigCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setEmergencyDuration(_) => {
                    <setEmergencyDurationCall as alloy_sol_types::SolCall>::SELECTOR
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
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<ConsentManagerCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn isLive(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <isLiveCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::isLive)
                    }
                    isLive
                },
                {
                    fn hasApproved(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <hasApprovedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::hasApproved)
                    }
                    hasApproved
                },
                {
                    fn getRoleAdmin(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn grantRole(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn EMERGENCY_TAG(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <EMERGENCY_TAGCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::EMERGENCY_TAG)
                    }
                    EMERGENCY_TAG
                },
                {
                    fn MAX_EMERGENCY_DURATION(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <MAX_EMERGENCY_DURATIONCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(ConsentManagerCalls::MAX_EMERGENCY_DURATION)
                    }
                    MAX_EMERGENCY_DURATION
                },
                {
                    fn renounceRole(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn reviewDigest(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <reviewDigestCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::reviewDigest)
                    }
                    reviewDigest
                },
                {
                    fn GRANT_ID_TAG(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <GRANT_ID_TAGCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::GRANT_ID_TAG)
                    }
                    GRANT_ID_TAG
                },
                {
                    fn anchorAccessLog(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <anchorAccessLogCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::anchorAccessLog)
                    }
                    anchorAccessLog
                },
                {
                    fn CONSENT_CHANGE_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <CONSENT_CHANGE_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(ConsentManagerCalls::CONSENT_CHANGE_TYPEHASH)
                    }
                    CONSENT_CHANGE_TYPEHASH
                },
                {
                    fn guardianActionId(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <guardianActionIdCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::guardianActionId)
                    }
                    guardianActionId
                },
                {
                    fn isTrustedForwarder(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <isTrustedForwarderCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::isTrustedForwarder)
                    }
                    isTrustedForwarder
                },
                {
                    fn setConsentBySig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <setConsentBySigCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::setConsentBySig)
                    }
                    setConsentBySig
                },
                {
                    fn EMERGENCY_CATEGORY(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <EMERGENCY_CATEGORYCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::EMERGENCY_CATEGORY)
                    }
                    EMERGENCY_CATEGORY
                },
                {
                    fn breakGlass(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <breakGlassCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::breakGlass)
                    }
                    breakGlass
                },
                {
                    fn emergencyUntil(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <emergencyUntilCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::emergencyUntil)
                    }
                    emergencyUntil
                },
                {
                    fn changeDigest(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <changeDigestCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::changeDigest)
                    }
                    changeDigest
                },
                {
                    fn emergencyDuration(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <emergencyDurationCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::emergencyDuration)
                    }
                    emergencyDuration
                },
                {
                    fn trustedForwarder(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <trustedForwarderCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::trustedForwarder)
                    }
                    trustedForwarder
                },
                {
                    fn accessLogOf(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <accessLogOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::accessLogOf)
                    }
                    accessLogOf
                },
                {
                    fn eip712Domain(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <eip712DomainCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::eip712Domain)
                    }
                    eip712Domain
                },
                {
                    fn hasRole(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn consentOf(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <consentOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::consentOf)
                    }
                    consentOf
                },
                {
                    fn reviewEmergency(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <reviewEmergencyCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::reviewEmergency)
                    }
                    reviewEmergency
                },
                {
                    fn EMERGENCY_REVIEW_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <EMERGENCY_REVIEW_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(ConsentManagerCalls::EMERGENCY_REVIEW_TYPEHASH)
                    }
                    EMERGENCY_REVIEW_TYPEHASH
                },
                {
                    fn ACCESS_LOG_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <ACCESS_LOG_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::ACCESS_LOG_ROLE)
                    }
                    ACCESS_LOG_ROLE
                },
                {
                    fn breakGlassBudget(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <breakGlassBudgetCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::breakGlassBudget)
                    }
                    breakGlassBudget
                },
                {
                    fn MAX_EMERGENCIES_PER_DAY(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <MAX_EMERGENCIES_PER_DAYCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(ConsentManagerCalls::MAX_EMERGENCIES_PER_DAY)
                    }
                    MAX_EMERGENCIES_PER_DAY
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn setConsent(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <setConsentCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::setConsent)
                    }
                    setConsent
                },
                {
                    fn approveGuardianAction(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <approveGuardianActionCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(ConsentManagerCalls::approveGuardianAction)
                    }
                    approveGuardianAction
                },
                {
                    fn setEmergencyDuration(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <setEmergencyDurationCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::setEmergencyDuration)
                    }
                    setEmergencyDuration
                },
                {
                    fn inEmergency(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <inEmergencyCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::inEmergency)
                    }
                    inEmergency
                },
                {
                    fn DISPUTE_BAR(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <DISPUTE_BARCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::DISPUTE_BAR)
                    }
                    DISPUTE_BAR
                },
                {
                    fn revokeRole(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn committee(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <committeeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::committee)
                    }
                    committee
                },
                {
                    fn isExecuted(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <isExecutedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::isExecuted)
                    }
                    isExecuted
                },
                {
                    fn emergency(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <emergencyCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::emergency)
                    }
                    emergency
                },
                {
                    fn requestAccess(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <requestAccessCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::requestAccess)
                    }
                    requestAccess
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
                -> alloy_sol_types::Result<ConsentManagerCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn isLive(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <isLiveCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::isLive)
                    }
                    isLive
                },
                {
                    fn hasApproved(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <hasApprovedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::hasApproved)
                    }
                    hasApproved
                },
                {
                    fn getRoleAdmin(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn grantRole(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn EMERGENCY_TAG(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <EMERGENCY_TAGCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerCalls::EMERGENCY_TAG)
                    }
                    EMERGENCY_TAG
                },
                {
                    fn MAX_EMERGENCY_DURATION(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <MAX_EMERGENCY_DURATIONCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerCalls::MAX_EMERGENCY_DURATION)
                    }
                    MAX_EMERGENCY_DURATION
                },
                {
                    fn renounceRole(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn reviewDigest(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <reviewDigestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerCalls::reviewDigest)
                    }
                    reviewDigest
                },
                {
                    fn GRANT_ID_TAG(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <GRANT_ID_TAGCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerCalls::GRANT_ID_TAG)
                    }
                    GRANT_ID_TAG
                },
                {
                    fn anchorAccessLog(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <anchorAccessLogCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerCalls::anchorAccessLog)
                    }
                    anchorAccessLog
                },
                {
                    fn CONSENT_CHANGE_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <CONSENT_CHANGE_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerCalls::CONSENT_CHANGE_TYPEHASH)
                    }
                    CONSENT_CHANGE_TYPEHASH
                },
                {
                    fn guardianActionId(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <guardianActionIdCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerCalls::guardianActionId)
                    }
                    guardianActionId
                },
                {
                    fn isTrustedForwarder(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <isTrustedForwarderCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerCalls::isTrustedForwarder)
                    }
                    isTrustedForwarder
                },
                {
                    fn setConsentBySig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <setConsentBySigCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerCalls::setConsentBySig)
                    }
                    setConsentBySig
                },
                {
                    fn EMERGENCY_CATEGORY(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <EMERGENCY_CATEGORYCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerCalls::EMERGENCY_CATEGORY)
                    }
                    EMERGENCY_CATEGORY
                },
                {
                    fn breakGlass(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <breakGlassCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::breakGlass)
                    }
                    breakGlass
                },
                {
                    fn emergencyUntil(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <emergencyUntilCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerCalls::emergencyUntil)
                    }
                    emergencyUntil
                },
                {
                    fn changeDigest(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <changeDigestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerCalls::changeDigest)
                    }
                    changeDigest
                },
                {
                    fn emergencyDuration(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <emergencyDurationCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerCalls::emergencyDuration)
                    }
                    emergencyDuration
                },
                {
                    fn trustedForwarder(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <trustedForwarderCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerCalls::trustedForwarder)
                    }
                    trustedForwarder
                },
                {
                    fn accessLogOf(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <accessLogOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::accessLogOf)
                    }
                    accessLogOf
                },
                {
                    fn eip712Domain(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <eip712DomainCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerCalls::eip712Domain)
                    }
                    eip712Domain
                },
                {
                    fn hasRole(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn consentOf(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <consentOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::consentOf)
                    }
                    consentOf
                },
                {
                    fn reviewEmergency(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <reviewEmergencyCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerCalls::reviewEmergency)
                    }
                    reviewEmergency
                },
                {
                    fn EMERGENCY_REVIEW_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <EMERGENCY_REVIEW_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerCalls::EMERGENCY_REVIEW_TYPEHASH)
                    }
                    EMERGENCY_REVIEW_TYPEHASH
                },
                {
                    fn ACCESS_LOG_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <ACCESS_LOG_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerCalls::ACCESS_LOG_ROLE)
                    }
                    ACCESS_LOG_ROLE
                },
                {
                    fn breakGlassBudget(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <breakGlassBudgetCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerCalls::breakGlassBudget)
                    }
                    breakGlassBudget
                },
                {
                    fn MAX_EMERGENCIES_PER_DAY(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <MAX_EMERGENCIES_PER_DAYCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerCalls::MAX_EMERGENCIES_PER_DAY)
                    }
                    MAX_EMERGENCIES_PER_DAY
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn setConsent(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <setConsentCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::setConsent)
                    }
                    setConsent
                },
                {
                    fn approveGuardianAction(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <approveGuardianActionCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerCalls::approveGuardianAction)
                    }
                    approveGuardianAction
                },
                {
                    fn setEmergencyDuration(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <setEmergencyDurationCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerCalls::setEmergencyDuration)
                    }
                    setEmergencyDuration
                },
                {
                    fn inEmergency(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <inEmergencyCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::inEmergency)
                    }
                    inEmergency
                },
                {
                    fn DISPUTE_BAR(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <DISPUTE_BARCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::DISPUTE_BAR)
                    }
                    DISPUTE_BAR
                },
                {
                    fn revokeRole(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn committee(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <committeeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::committee)
                    }
                    committee
                },
                {
                    fn isExecuted(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <isExecutedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::isExecuted)
                    }
                    isExecuted
                },
                {
                    fn emergency(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <emergencyCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::emergency)
                    }
                    emergency
                },
                {
                    fn requestAccess(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <requestAccessCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerCalls::requestAccess)
                    }
                    requestAccess
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
                Self::ACCESS_LOG_ROLE(inner) => {
                    <ACCESS_LOG_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::CONSENT_CHANGE_TYPEHASH(inner) => {
                    <CONSENT_CHANGE_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::DISPUTE_BAR(inner) => {
                    <DISPUTE_BARCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::EMERGENCY_CATEGORY(inner) => {
                    <EMERGENCY_CATEGORYCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::EMERGENCY_REVIEW_TYPEHASH(inner) => {
                    <EMERGENCY_REVIEW_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::EMERGENCY_TAG(inner) => {
                    <EMERGENCY_TAGCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::GRANT_ID_TAG(inner) => {
                    <GRANT_ID_TAGCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::MAX_EMERGENCIES_PER_DAY(inner) => {
                    <MAX_EMERGENCIES_PER_DAYCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_EMERGENCY_DURATION(inner) => {
                    <MAX_EMERGENCY_DURATIONCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::accessLogOf(inner) => {
                    <accessLogOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::anchorAccessLog(inner) => {
                    <anchorAccessLogCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::approveGuardianAction(inner) => {
                    <approveGuardianActionCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::breakGlass(inner) => {
                    <breakGlassCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::breakGlassBudget(inner) => {
                    <breakGlassBudgetCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::changeDigest(inner) => {
                    <changeDigestCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::committee(inner) => {
                    <committeeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::consentOf(inner) => {
                    <consentOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::eip712Domain(inner) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::emergency(inner) => {
                    <emergencyCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::emergencyDuration(inner) => {
                    <emergencyDurationCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::emergencyUntil(inner) => {
                    <emergencyUntilCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getRoleAdmin(inner) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::guardianActionId(inner) => {
                    <guardianActionIdCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::hasApproved(inner) => {
                    <hasApprovedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::inEmergency(inner) => {
                    <inEmergencyCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isExecuted(inner) => {
                    <isExecutedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isLive(inner) => {
                    <isLiveCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isTrustedForwarder(inner) => {
                    <isTrustedForwarderCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::requestAccess(inner) => {
                    <requestAccessCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::reviewDigest(inner) => {
                    <reviewDigestCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::reviewEmergency(inner) => {
                    <reviewEmergencyCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setConsent(inner) => {
                    <setConsentCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setConsentBySig(inner) => {
                    <setConsentBySigCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setEmergencyDuration(inner) => {
                    <setEmergencyDurationCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
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
                Self::ACCESS_LOG_ROLE(inner) => {
                    <ACCESS_LOG_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::CONSENT_CHANGE_TYPEHASH(inner) => {
                    <CONSENT_CHANGE_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::DISPUTE_BAR(inner) => {
                    <DISPUTE_BARCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::EMERGENCY_CATEGORY(inner) => {
                    <EMERGENCY_CATEGORYCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::EMERGENCY_REVIEW_TYPEHASH(inner) => {
                    <EMERGENCY_REVIEW_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::EMERGENCY_TAG(inner) => {
                    <EMERGENCY_TAGCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::GRANT_ID_TAG(inner) => {
                    <GRANT_ID_TAGCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::MAX_EMERGENCIES_PER_DAY(inner) => {
                    <MAX_EMERGENCIES_PER_DAYCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::MAX_EMERGENCY_DURATION(inner) => {
                    <MAX_EMERGENCY_DURATIONCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::accessLogOf(inner) => {
                    <accessLogOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::anchorAccessLog(inner) => {
                    <anchorAccessLogCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::approveGuardianAction(inner) => {
                    <approveGuardianActionCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::breakGlass(inner) => {
                    <breakGlassCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::breakGlassBudget(inner) => {
                    <breakGlassBudgetCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::changeDigest(inner) => {
                    <changeDigestCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::committee(inner) => {
                    <committeeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::consentOf(inner) => {
                    <consentOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::eip712Domain(inner) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::emergency(inner) => {
                    <emergencyCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::emergencyDuration(inner) => {
                    <emergencyDurationCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::emergencyUntil(inner) => {
                    <emergencyUntilCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::getRoleAdmin(inner) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::guardianActionId(inner) => {
                    <guardianActionIdCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::hasApproved(inner) => {
                    <hasApprovedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::inEmergency(inner) => {
                    <inEmergencyCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::isExecuted(inner) => {
                    <isExecutedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::isLive(inner) => {
                    <isLiveCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::isTrustedForwarder(inner) => {
                    <isTrustedForwarderCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::requestAccess(inner) => {
                    <requestAccessCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::reviewDigest(inner) => {
                    <reviewDigestCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::reviewEmergency(inner) => {
                    <reviewEmergencyCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::setConsent(inner) => {
                    <setConsentCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::setConsentBySig(inner) => {
                    <setConsentBySigCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::setEmergencyDuration(inner) => {
                    <setEmergencyDurationCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
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
    ///Container for all the [`ConsentManager`](self) custom errors.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum ConsentManagerErrors {
        #[allow(missing_docs)]
        AccessControlBadConfirmation(AccessControlBadConfirmation),
        #[allow(missing_docs)]
        AccessControlUnauthorizedAccount(AccessControlUnauthorizedAccount),
        #[allow(missing_docs)]
        AccessLogAlreadyAnchored(AccessLogAlreadyAnchored),
        #[allow(missing_docs)]
        ActionAlreadyExecuted(ActionAlreadyExecuted),
        #[allow(missing_docs)]
        AlreadyApproved(AlreadyApproved),
        #[allow(missing_docs)]
        BreakGlassBarred(BreakGlassBarred),
        #[allow(missing_docs)]
        ChallengeStarved(ChallengeStarved),
        #[allow(missing_docs)]
        EmergencyAlreadyReviewed(EmergencyAlreadyReviewed),
        #[allow(missing_docs)]
        EmergencyDurationOutOfBounds(EmergencyDurationOutOfBounds),
        #[allow(missing_docs)]
        EmptyAccessLog(EmptyAccessLog),
        #[allow(missing_docs)]
        ExpiryNotInFuture(ExpiryNotInFuture),
        #[allow(missing_docs)]
        InvalidGrantId(InvalidGrantId),
        #[allow(missing_docs)]
        InvalidNonce(InvalidNonce),
        #[allow(missing_docs)]
        InvalidShortString(InvalidShortString),
        #[allow(missing_docs)]
        InvalidSignature(InvalidSignature),
        #[allow(missing_docs)]
        InvalidTag(InvalidTag),
        #[allow(missing_docs)]
        NoConsent(NoConsent),
        #[allow(missing_docs)]
        NotCertified(NotCertified),
        #[allow(missing_docs)]
        NotGuardian(NotGuardian),
        #[allow(missing_docs)]
        NoticeMismatch(NoticeMismatch),
        #[allow(missing_docs)]
        ReviewNotAttested(ReviewNotAttested),
        #[allow(missing_docs)]
        SignatureExpired(SignatureExpired),
        #[allow(missing_docs)]
        StringTooLong(StringTooLong),
        #[allow(missing_docs)]
        TooManyEmergencies(TooManyEmergencies),
        #[allow(missing_docs)]
        UnknownEmergency(UnknownEmergency),
    }
    impl ConsentManagerErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [6u8, 66u8, 122u8, 235u8],
            [13u8, 152u8, 197u8, 184u8],
            [23u8, 72u8, 236u8, 199u8],
            [48u8, 90u8, 39u8, 169u8],
            [58u8, 22u8, 82u8, 103u8],
            [66u8, 85u8, 126u8, 151u8],
            [72u8, 234u8, 229u8, 20u8],
            [75u8, 14u8, 91u8, 71u8],
            [83u8, 205u8, 87u8, 131u8],
            [92u8, 130u8, 89u8, 57u8],
            [102u8, 151u8, 178u8, 50u8],
            [119u8, 101u8, 241u8, 44u8],
            [130u8, 111u8, 27u8, 210u8],
            [141u8, 73u8, 159u8, 125u8],
            [147u8, 210u8, 66u8, 31u8],
            [158u8, 129u8, 47u8, 221u8],
            [161u8, 88u8, 237u8, 52u8],
            [167u8, 45u8, 183u8, 135u8],
            [179u8, 81u8, 43u8, 12u8],
            [205u8, 33u8, 219u8, 79u8],
            [216u8, 85u8, 196u8, 244u8],
            [226u8, 81u8, 125u8, 63u8],
            [236u8, 202u8, 66u8, 63u8],
            [243u8, 87u8, 101u8, 194u8],
            [246u8, 130u8, 254u8, 87u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(InvalidNonce),
            ::core::stringify!(NoConsent),
            ::core::stringify!(TooManyEmergencies),
            ::core::stringify!(StringTooLong),
            ::core::stringify!(InvalidTag),
            ::core::stringify!(UnknownEmergency),
            ::core::stringify!(ActionAlreadyExecuted),
            ::core::stringify!(BreakGlassBarred),
            ::core::stringify!(InvalidGrantId),
            ::core::stringify!(EmergencyDurationOutOfBounds),
            ::core::stringify!(AccessControlBadConfirmation),
            ::core::stringify!(NotCertified),
            ::core::stringify!(NotGuardian),
            ::core::stringify!(ExpiryNotInFuture),
            ::core::stringify!(EmptyAccessLog),
            ::core::stringify!(NoticeMismatch),
            ::core::stringify!(EmergencyAlreadyReviewed),
            ::core::stringify!(AlreadyApproved),
            ::core::stringify!(InvalidShortString),
            ::core::stringify!(SignatureExpired),
            ::core::stringify!(InvalidSignature),
            ::core::stringify!(AccessControlUnauthorizedAccount),
            ::core::stringify!(ReviewNotAttested),
            ::core::stringify!(ChallengeStarved),
            ::core::stringify!(AccessLogAlreadyAnchored),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <InvalidNonce as alloy_sol_types::SolError>::SIGNATURE,
            <NoConsent as alloy_sol_types::SolError>::SIGNATURE,
            <TooManyEmergencies as alloy_sol_types::SolError>::SIGNATURE,
            <StringTooLong as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidTag as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownEmergency as alloy_sol_types::SolError>::SIGNATURE,
            <ActionAlreadyExecuted as alloy_sol_types::SolError>::SIGNATURE,
            <BreakGlassBarred as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidGrantId as alloy_sol_types::SolError>::SIGNATURE,
            <EmergencyDurationOutOfBounds as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlBadConfirmation as alloy_sol_types::SolError>::SIGNATURE,
            <NotCertified as alloy_sol_types::SolError>::SIGNATURE,
            <NotGuardian as alloy_sol_types::SolError>::SIGNATURE,
            <ExpiryNotInFuture as alloy_sol_types::SolError>::SIGNATURE,
            <EmptyAccessLog as alloy_sol_types::SolError>::SIGNATURE,
            <NoticeMismatch as alloy_sol_types::SolError>::SIGNATURE,
            <EmergencyAlreadyReviewed as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadyApproved as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidShortString as alloy_sol_types::SolError>::SIGNATURE,
            <SignatureExpired as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidSignature as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SIGNATURE,
            <ReviewNotAttested as alloy_sol_types::SolError>::SIGNATURE,
            <ChallengeStarved as alloy_sol_types::SolError>::SIGNATURE,
            <AccessLogAlreadyAnchored as alloy_sol_types::SolError>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for ConsentManagerErrors {
        const NAME: &'static str = "ConsentManagerErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 25usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AccessControlBadConfirmation(_) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AccessControlUnauthorizedAccount(_) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AccessLogAlreadyAnchored(_) => {
                    <AccessLogAlreadyAnchored as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ActionAlreadyExecuted(_) => {
                    <ActionAlreadyExecuted as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AlreadyApproved(_) => {
                    <AlreadyApproved as alloy_sol_types::SolError>::SELECTOR
                }
                Self::BreakGlassBarred(_) => {
                    <BreakGlassBarred as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ChallengeStarved(_) => {
                    <ChallengeStarved as alloy_sol_types::SolError>::SELECTOR
                }
                Self::EmergencyAlreadyReviewed(_) => {
                    <EmergencyAlreadyReviewed as alloy_sol_types::SolError>::SELECTOR
                }
                Self::EmergencyDurationOutOfBounds(_) => {
                    <EmergencyDurationOutOfBounds as alloy_sol_types::SolError>::SELECTOR
                }
                Self::EmptyAccessLog(_) => <EmptyAccessLog as alloy_sol_types::SolError>::SELECTOR,
                Self::ExpiryNotInFuture(_) => {
                    <ExpiryNotInFuture as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidGrantId(_) => <InvalidGrantId as alloy_sol_types::SolError>::SELECTOR,
                Self::InvalidNonce(_) => <InvalidNonce as alloy_sol_types::SolError>::SELECTOR,
                Self::InvalidShortString(_) => {
                    <InvalidShortString as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidSignature(_) => {
                    <InvalidSignature as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidTag(_) => <InvalidTag as alloy_sol_types::SolError>::SELECTOR,
                Self::NoConsent(_) => <NoConsent as alloy_sol_types::SolError>::SELECTOR,
                Self::NotCertified(_) => <NotCertified as alloy_sol_types::SolError>::SELECTOR,
                Self::NotGuardian(_) => <NotGuardian as alloy_sol_types::SolError>::SELECTOR,
                Self::NoticeMismatch(_) => <NoticeMismatch as alloy_sol_types::SolError>::SELECTOR,
                Self::ReviewNotAttested(_) => {
                    <ReviewNotAttested as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SignatureExpired(_) => {
                    <SignatureExpired as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StringTooLong(_) => <StringTooLong as alloy_sol_types::SolError>::SELECTOR,
                Self::TooManyEmergencies(_) => {
                    <TooManyEmergencies as alloy_sol_types::SolError>::SELECTOR
                }
                Self::UnknownEmergency(_) => {
                    <UnknownEmergency as alloy_sol_types::SolError>::SELECTOR
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
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<ConsentManagerErrors>] = &[
                {
                    fn InvalidNonce(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <InvalidNonce as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::InvalidNonce)
                    }
                    InvalidNonce
                },
                {
                    fn NoConsent(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <NoConsent as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::NoConsent)
                    }
                    NoConsent
                },
                {
                    fn TooManyEmergencies(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <TooManyEmergencies as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::TooManyEmergencies)
                    }
                    TooManyEmergencies
                },
                {
                    fn StringTooLong(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <StringTooLong as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::StringTooLong)
                    }
                    StringTooLong
                },
                {
                    fn InvalidTag(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <InvalidTag as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::InvalidTag)
                    }
                    InvalidTag
                },
                {
                    fn UnknownEmergency(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <UnknownEmergency as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::UnknownEmergency)
                    }
                    UnknownEmergency
                },
                {
                    fn ActionAlreadyExecuted(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <ActionAlreadyExecuted as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::ActionAlreadyExecuted)
                    }
                    ActionAlreadyExecuted
                },
                {
                    fn BreakGlassBarred(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <BreakGlassBarred as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::BreakGlassBarred)
                    }
                    BreakGlassBarred
                },
                {
                    fn InvalidGrantId(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <InvalidGrantId as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::InvalidGrantId)
                    }
                    InvalidGrantId
                },
                {
                    fn EmergencyDurationOutOfBounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <EmergencyDurationOutOfBounds as alloy_sol_types::SolError>::abi_decode_raw(
                            data,
                        )
                        .map(ConsentManagerErrors::EmergencyDurationOutOfBounds)
                    }
                    EmergencyDurationOutOfBounds
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw(
                            data,
                        )
                        .map(ConsentManagerErrors::AccessControlBadConfirmation)
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn NotCertified(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <NotCertified as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::NotCertified)
                    }
                    NotCertified
                },
                {
                    fn NotGuardian(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <NotGuardian as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::NotGuardian)
                    }
                    NotGuardian
                },
                {
                    fn ExpiryNotInFuture(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <ExpiryNotInFuture as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::ExpiryNotInFuture)
                    }
                    ExpiryNotInFuture
                },
                {
                    fn EmptyAccessLog(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <EmptyAccessLog as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::EmptyAccessLog)
                    }
                    EmptyAccessLog
                },
                {
                    fn NoticeMismatch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <NoticeMismatch as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::NoticeMismatch)
                    }
                    NoticeMismatch
                },
                {
                    fn EmergencyAlreadyReviewed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <EmergencyAlreadyReviewed as alloy_sol_types::SolError>::abi_decode_raw(
                            data,
                        )
                        .map(ConsentManagerErrors::EmergencyAlreadyReviewed)
                    }
                    EmergencyAlreadyReviewed
                },
                {
                    fn AlreadyApproved(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <AlreadyApproved as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::AlreadyApproved)
                    }
                    AlreadyApproved
                },
                {
                    fn InvalidShortString(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <InvalidShortString as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::InvalidShortString)
                    }
                    InvalidShortString
                },
                {
                    fn SignatureExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <SignatureExpired as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::SignatureExpired)
                    }
                    SignatureExpired
                },
                {
                    fn InvalidSignature(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <InvalidSignature as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::InvalidSignature)
                    }
                    InvalidSignature
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentManagerErrors::AccessControlUnauthorizedAccount)
                    }
                    AccessControlUnauthorizedAccount
                },
                {
                    fn ReviewNotAttested(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <ReviewNotAttested as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::ReviewNotAttested)
                    }
                    ReviewNotAttested
                },
                {
                    fn ChallengeStarved(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <ChallengeStarved as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::ChallengeStarved)
                    }
                    ChallengeStarved
                },
                {
                    fn AccessLogAlreadyAnchored(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <AccessLogAlreadyAnchored as alloy_sol_types::SolError>::abi_decode_raw(
                            data,
                        )
                        .map(ConsentManagerErrors::AccessLogAlreadyAnchored)
                    }
                    AccessLogAlreadyAnchored
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
                -> alloy_sol_types::Result<ConsentManagerErrors>] = &[
                {
                    fn InvalidNonce(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <InvalidNonce as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(ConsentManagerErrors::InvalidNonce)
                    }
                    InvalidNonce
                },
                {
                    fn NoConsent(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <NoConsent as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(ConsentManagerErrors::NoConsent)
                    }
                    NoConsent
                },
                {
                    fn TooManyEmergencies(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <TooManyEmergencies as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerErrors::TooManyEmergencies)
                    }
                    TooManyEmergencies
                },
                {
                    fn StringTooLong(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <StringTooLong as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(ConsentManagerErrors::StringTooLong)
                    }
                    StringTooLong
                },
                {
                    fn InvalidTag(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <InvalidTag as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(ConsentManagerErrors::InvalidTag)
                    }
                    InvalidTag
                },
                {
                    fn UnknownEmergency(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <UnknownEmergency as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerErrors::UnknownEmergency)
                    }
                    UnknownEmergency
                },
                {
                    fn ActionAlreadyExecuted(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <ActionAlreadyExecuted as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerErrors::ActionAlreadyExecuted)
                    }
                    ActionAlreadyExecuted
                },
                {
                    fn BreakGlassBarred(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <BreakGlassBarred as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerErrors::BreakGlassBarred)
                    }
                    BreakGlassBarred
                },
                {
                    fn InvalidGrantId(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <InvalidGrantId as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(ConsentManagerErrors::InvalidGrantId)
                    }
                    InvalidGrantId
                },
                {
                    fn EmergencyDurationOutOfBounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <EmergencyDurationOutOfBounds as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerErrors::EmergencyDurationOutOfBounds)
                    }
                    EmergencyDurationOutOfBounds
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerErrors::AccessControlBadConfirmation)
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn NotCertified(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <NotCertified as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(ConsentManagerErrors::NotCertified)
                    }
                    NotCertified
                },
                {
                    fn NotGuardian(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <NotGuardian as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(ConsentManagerErrors::NotGuardian)
                    }
                    NotGuardian
                },
                {
                    fn ExpiryNotInFuture(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <ExpiryNotInFuture as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerErrors::ExpiryNotInFuture)
                    }
                    ExpiryNotInFuture
                },
                {
                    fn EmptyAccessLog(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <EmptyAccessLog as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(ConsentManagerErrors::EmptyAccessLog)
                    }
                    EmptyAccessLog
                },
                {
                    fn NoticeMismatch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <NoticeMismatch as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(ConsentManagerErrors::NoticeMismatch)
                    }
                    NoticeMismatch
                },
                {
                    fn EmergencyAlreadyReviewed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <EmergencyAlreadyReviewed as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerErrors::EmergencyAlreadyReviewed)
                    }
                    EmergencyAlreadyReviewed
                },
                {
                    fn AlreadyApproved(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <AlreadyApproved as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerErrors::AlreadyApproved)
                    }
                    AlreadyApproved
                },
                {
                    fn InvalidShortString(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <InvalidShortString as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerErrors::InvalidShortString)
                    }
                    InvalidShortString
                },
                {
                    fn SignatureExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <SignatureExpired as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerErrors::SignatureExpired)
                    }
                    SignatureExpired
                },
                {
                    fn InvalidSignature(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <InvalidSignature as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerErrors::InvalidSignature)
                    }
                    InvalidSignature
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerErrors::AccessControlUnauthorizedAccount)
                    }
                    AccessControlUnauthorizedAccount
                },
                {
                    fn ReviewNotAttested(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <ReviewNotAttested as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerErrors::ReviewNotAttested)
                    }
                    ReviewNotAttested
                },
                {
                    fn ChallengeStarved(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <ChallengeStarved as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerErrors::ChallengeStarved)
                    }
                    ChallengeStarved
                },
                {
                    fn AccessLogAlreadyAnchored(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <AccessLogAlreadyAnchored as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerErrors::AccessLogAlreadyAnchored)
                    }
                    AccessLogAlreadyAnchored
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
                Self::AccessLogAlreadyAnchored(inner) => {
                    <AccessLogAlreadyAnchored as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ActionAlreadyExecuted(inner) => {
                    <ActionAlreadyExecuted as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::AlreadyApproved(inner) => {
                    <AlreadyApproved as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::BreakGlassBarred(inner) => {
                    <BreakGlassBarred as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ChallengeStarved(inner) => {
                    <ChallengeStarved as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::EmergencyAlreadyReviewed(inner) => {
                    <EmergencyAlreadyReviewed as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::EmergencyDurationOutOfBounds(inner) => {
                    <EmergencyDurationOutOfBounds as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::EmptyAccessLog(inner) => {
                    <EmptyAccessLog as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ExpiryNotInFuture(inner) => {
                    <ExpiryNotInFuture as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidGrantId(inner) => {
                    <InvalidGrantId as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidNonce(inner) => {
                    <InvalidNonce as alloy_sol_types::SolError>::abi_encoded_size(inner)
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
                Self::InvalidTag(inner) => {
                    <InvalidTag as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NoConsent(inner) => {
                    <NoConsent as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotCertified(inner) => {
                    <NotCertified as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotGuardian(inner) => {
                    <NotGuardian as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NoticeMismatch(inner) => {
                    <NoticeMismatch as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ReviewNotAttested(inner) => {
                    <ReviewNotAttested as alloy_sol_types::SolError>::abi_encoded_size(
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
                Self::TooManyEmergencies(inner) => {
                    <TooManyEmergencies as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UnknownEmergency(inner) => {
                    <UnknownEmergency as alloy_sol_types::SolError>::abi_encoded_size(
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
                Self::AccessLogAlreadyAnchored(inner) => {
                    <AccessLogAlreadyAnchored as alloy_sol_types::SolError>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::ActionAlreadyExecuted(inner) => {
                    <ActionAlreadyExecuted as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::AlreadyApproved(inner) => {
                    <AlreadyApproved as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::BreakGlassBarred(inner) => {
                    <BreakGlassBarred as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::ChallengeStarved(inner) => {
                    <ChallengeStarved as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::EmergencyAlreadyReviewed(inner) => {
                    <EmergencyAlreadyReviewed as alloy_sol_types::SolError>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::EmergencyDurationOutOfBounds(inner) => {
                    <EmergencyDurationOutOfBounds as alloy_sol_types::SolError>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::EmptyAccessLog(inner) => {
                    <EmptyAccessLog as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::ExpiryNotInFuture(inner) => {
                    <ExpiryNotInFuture as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidGrantId(inner) => {
                    <InvalidGrantId as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidNonce(inner) => {
                    <InvalidNonce as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidShortString(inner) => {
                    <InvalidShortString as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidSignature(inner) => {
                    <InvalidSignature as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidTag(inner) => {
                    <InvalidTag as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NoConsent(inner) => {
                    <NoConsent as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotCertified(inner) => {
                    <NotCertified as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotGuardian(inner) => {
                    <NotGuardian as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NoticeMismatch(inner) => {
                    <NoticeMismatch as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::ReviewNotAttested(inner) => {
                    <ReviewNotAttested as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::SignatureExpired(inner) => {
                    <SignatureExpired as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::StringTooLong(inner) => {
                    <StringTooLong as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::TooManyEmergencies(inner) => {
                    <TooManyEmergencies as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::UnknownEmergency(inner) => {
                    <UnknownEmergency as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`ConsentManager`](self) events.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum ConsentManagerEvents {
        #[allow(missing_docs)]
        AccessLogAnchored(AccessLogAnchored),
        #[allow(missing_docs)]
        AccessRequested(AccessRequested),
        #[allow(missing_docs)]
        ConsentChanged(ConsentChanged),
        #[allow(missing_docs)]
        EIP712DomainChanged(EIP712DomainChanged),
        #[allow(missing_docs)]
        EmergencyAccepted(EmergencyAccepted),
        #[allow(missing_docs)]
        EmergencyAccessOpened(EmergencyAccessOpened),
        #[allow(missing_docs)]
        EmergencyDisputed(EmergencyDisputed),
        #[allow(missing_docs)]
        EmergencyDurationSet(EmergencyDurationSet),
        #[allow(missing_docs)]
        GuardianActionExecuted(GuardianActionExecuted),
        #[allow(missing_docs)]
        GuardianApproved(GuardianApproved),
        #[allow(missing_docs)]
        RoleAdminChanged(RoleAdminChanged),
        #[allow(missing_docs)]
        RoleGranted(RoleGranted),
        #[allow(missing_docs)]
        RoleRevoked(RoleRevoked),
    }
    impl ConsentManagerEvents {
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
                28u8, 57u8, 211u8, 170u8, 79u8, 108u8, 190u8, 169u8, 106u8, 31u8, 53u8, 226u8,
                99u8, 187u8, 216u8, 22u8, 148u8, 114u8, 101u8, 127u8, 177u8, 173u8, 47u8, 140u8,
                65u8, 108u8, 236u8, 228u8, 116u8, 163u8, 92u8, 146u8,
            ],
            [
                47u8, 135u8, 136u8, 17u8, 126u8, 126u8, 255u8, 29u8, 130u8, 233u8, 38u8, 236u8,
                121u8, 73u8, 1u8, 209u8, 124u8, 120u8, 2u8, 74u8, 80u8, 39u8, 9u8, 64u8, 48u8,
                69u8, 64u8, 167u8, 51u8, 101u8, 111u8, 13u8,
            ],
            [
                50u8, 77u8, 230u8, 12u8, 69u8, 39u8, 20u8, 143u8, 32u8, 70u8, 190u8, 5u8, 59u8,
                162u8, 99u8, 174u8, 122u8, 147u8, 205u8, 222u8, 248u8, 207u8, 153u8, 90u8, 180u8,
                39u8, 119u8, 236u8, 217u8, 244u8, 165u8, 13u8,
            ],
            [
                101u8, 171u8, 207u8, 38u8, 87u8, 221u8, 46u8, 205u8, 70u8, 89u8, 107u8, 165u8,
                65u8, 194u8, 100u8, 109u8, 173u8, 136u8, 83u8, 30u8, 79u8, 226u8, 116u8, 75u8,
                170u8, 228u8, 102u8, 50u8, 188u8, 181u8, 15u8, 44u8,
            ],
            [
                132u8, 202u8, 72u8, 96u8, 126u8, 29u8, 52u8, 128u8, 152u8, 63u8, 104u8, 62u8,
                165u8, 71u8, 25u8, 40u8, 47u8, 36u8, 240u8, 130u8, 50u8, 249u8, 49u8, 219u8, 166u8,
                222u8, 72u8, 14u8, 233u8, 7u8, 150u8, 11u8,
            ],
            [
                145u8, 128u8, 100u8, 63u8, 186u8, 98u8, 161u8, 50u8, 238u8, 196u8, 149u8, 42u8,
                163u8, 85u8, 244u8, 31u8, 181u8, 74u8, 163u8, 85u8, 182u8, 77u8, 228u8, 144u8,
                161u8, 45u8, 46u8, 159u8, 97u8, 90u8, 128u8, 148u8,
            ],
            [
                189u8, 121u8, 184u8, 111u8, 254u8, 10u8, 184u8, 232u8, 119u8, 97u8, 81u8, 81u8,
                66u8, 23u8, 205u8, 124u8, 172u8, 213u8, 44u8, 144u8, 159u8, 102u8, 71u8, 92u8,
                58u8, 244u8, 78u8, 18u8, 159u8, 11u8, 0u8, 255u8,
            ],
            [
                189u8, 254u8, 25u8, 168u8, 179u8, 12u8, 172u8, 58u8, 96u8, 26u8, 198u8, 34u8, 3u8,
                68u8, 13u8, 40u8, 53u8, 1u8, 226u8, 207u8, 119u8, 38u8, 14u8, 194u8, 16u8, 58u8,
                116u8, 23u8, 67u8, 248u8, 51u8, 156u8,
            ],
            [
                209u8, 67u8, 69u8, 250u8, 148u8, 224u8, 14u8, 169u8, 58u8, 254u8, 189u8, 0u8,
                213u8, 132u8, 208u8, 228u8, 152u8, 48u8, 114u8, 144u8, 64u8, 47u8, 206u8, 84u8,
                158u8, 138u8, 253u8, 72u8, 249u8, 135u8, 81u8, 118u8,
            ],
            [
                225u8, 139u8, 38u8, 85u8, 216u8, 79u8, 219u8, 104u8, 23u8, 72u8, 221u8, 57u8, 35u8,
                11u8, 181u8, 178u8, 225u8, 29u8, 124u8, 98u8, 15u8, 163u8, 151u8, 237u8, 98u8,
                17u8, 132u8, 141u8, 86u8, 243u8, 213u8, 228u8,
            ],
            [
                246u8, 57u8, 31u8, 92u8, 50u8, 217u8, 198u8, 157u8, 42u8, 71u8, 234u8, 103u8, 11u8,
                68u8, 41u8, 116u8, 181u8, 57u8, 53u8, 209u8, 237u8, 199u8, 253u8, 100u8, 235u8,
                33u8, 224u8, 71u8, 168u8, 57u8, 23u8, 27u8,
            ],
            [
                253u8, 128u8, 80u8, 204u8, 211u8, 74u8, 115u8, 164u8, 80u8, 171u8, 230u8, 217u8,
                87u8, 166u8, 12u8, 172u8, 67u8, 128u8, 151u8, 51u8, 129u8, 68u8, 45u8, 136u8,
                126u8, 156u8, 123u8, 73u8, 112u8, 230u8, 35u8, 56u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(EIP712DomainChanged),
            ::core::stringify!(EmergencyDisputed),
            ::core::stringify!(RoleGranted),
            ::core::stringify!(GuardianApproved),
            ::core::stringify!(EmergencyAccessOpened),
            ::core::stringify!(AccessLogAnchored),
            ::core::stringify!(EmergencyDurationSet),
            ::core::stringify!(RoleAdminChanged),
            ::core::stringify!(GuardianActionExecuted),
            ::core::stringify!(AccessRequested),
            ::core::stringify!(ConsentChanged),
            ::core::stringify!(RoleRevoked),
            ::core::stringify!(EmergencyAccepted),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <EmergencyDisputed as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE,
            <GuardianApproved as alloy_sol_types::SolEvent>::SIGNATURE,
            <EmergencyAccessOpened as alloy_sol_types::SolEvent>::SIGNATURE,
            <AccessLogAnchored as alloy_sol_types::SolEvent>::SIGNATURE,
            <EmergencyDurationSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <GuardianActionExecuted as alloy_sol_types::SolEvent>::SIGNATURE,
            <AccessRequested as alloy_sol_types::SolEvent>::SIGNATURE,
            <ConsentChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleRevoked as alloy_sol_types::SolEvent>::SIGNATURE,
            <EmergencyAccepted as alloy_sol_types::SolEvent>::SIGNATURE,
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
    impl alloy_sol_types::SolEventInterface for ConsentManagerEvents {
        const NAME: &'static str = "ConsentManagerEvents";
        const COUNT: usize = 13usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<AccessLogAnchored as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <AccessLogAnchored as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::AccessLogAnchored)
                }
                Some(<AccessRequested as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <AccessRequested as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::AccessRequested)
                }
                Some(<ConsentChanged as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ConsentChanged as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::ConsentChanged)
                }
                Some(<EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <EIP712DomainChanged as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::EIP712DomainChanged)
                }
                Some(<EmergencyAccepted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <EmergencyAccepted as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::EmergencyAccepted)
                }
                Some(<EmergencyAccessOpened as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <EmergencyAccessOpened as alloy_sol_types::SolEvent>::decode_raw_log(
                        topics, data,
                    )
                    .map(Self::EmergencyAccessOpened)
                }
                Some(<EmergencyDisputed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <EmergencyDisputed as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::EmergencyDisputed)
                }
                Some(<EmergencyDurationSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <EmergencyDurationSet as alloy_sol_types::SolEvent>::decode_raw_log(
                        topics, data,
                    )
                    .map(Self::EmergencyDurationSet)
                }
                Some(<GuardianActionExecuted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <GuardianActionExecuted as alloy_sol_types::SolEvent>::decode_raw_log(
                        topics, data,
                    )
                    .map(Self::GuardianActionExecuted)
                }
                Some(<GuardianApproved as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <GuardianApproved as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::GuardianApproved)
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
    impl alloy_sol_types::private::IntoLogData for ConsentManagerEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::AccessLogAnchored(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::AccessRequested(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ConsentChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::EIP712DomainChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::EmergencyAccepted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::EmergencyAccessOpened(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::EmergencyDisputed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::EmergencyDurationSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::GuardianActionExecuted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::GuardianApproved(inner) => {
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
                Self::AccessLogAnchored(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::AccessRequested(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ConsentChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::EIP712DomainChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::EmergencyAccepted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::EmergencyAccessOpened(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::EmergencyDisputed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::EmergencyDurationSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::GuardianActionExecuted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::GuardianApproved(inner) => {
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
    /**Creates a new wrapper around an on-chain [`ConsentManager`](self) contract instance.

    See the [wrapper's documentation](`ConsentManagerInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> ConsentManagerInstance<P, N> {
        ConsentManagerInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

    Returns a new instance of the contract, if the deployment was successful.

    For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        __provider: P,
        admin: alloy::sol_types::private::Address,
        forwarder: alloy::sol_types::private::Address,
        accounts_: alloy::sol_types::private::Address,
        providers_: alloy::sol_types::private::Address,
        committee_: alloy::sol_types::private::Address,
        emergencyDuration_: u64,
    ) -> impl ::core::future::Future<Output = alloy_contract::Result<ConsentManagerInstance<P, N>>>
    {
        ConsentManagerInstance::<P, N>::deploy(
            __provider,
            admin,
            forwarder,
            accounts_,
            providers_,
            committee_,
            emergencyDuration_,
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
        accounts_: alloy::sol_types::private::Address,
        providers_: alloy::sol_types::private::Address,
        committee_: alloy::sol_types::private::Address,
        emergencyDuration_: u64,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        ConsentManagerInstance::<P, N>::deploy_builder(
            __provider,
            admin,
            forwarder,
            accounts_,
            providers_,
            committee_,
            emergencyDuration_,
        )
    }
    /**A [`ConsentManager`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`ConsentManager`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct ConsentManagerInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for ConsentManagerInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("ConsentManagerInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        ConsentManagerInstance<P, N>
    {
        /**Creates a new wrapper around an on-chain [`ConsentManager`](self) contract instance.

        See the [wrapper's documentation](`ConsentManagerInstance`) for more details.*/
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
            accounts_: alloy::sol_types::private::Address,
            providers_: alloy::sol_types::private::Address,
            committee_: alloy::sol_types::private::Address,
            emergencyDuration_: u64,
        ) -> alloy_contract::Result<ConsentManagerInstance<P, N>> {
            let call_builder = Self::deploy_builder(
                __provider,
                admin,
                forwarder,
                accounts_,
                providers_,
                committee_,
                emergencyDuration_,
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
            accounts_: alloy::sol_types::private::Address,
            providers_: alloy::sol_types::private::Address,
            committee_: alloy::sol_types::private::Address,
            emergencyDuration_: u64,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(&constructorCall {
                        admin,
                        forwarder,
                        accounts_,
                        providers_,
                        committee_,
                        emergencyDuration_,
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
    impl<P: ::core::clone::Clone, N> ConsentManagerInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> ConsentManagerInstance<P, N> {
            ConsentManagerInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        ConsentManagerInstance<P, N>
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
        ///Creates a new call builder for the [`ACCESS_LOG_ROLE`] function.
        pub fn ACCESS_LOG_ROLE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, ACCESS_LOG_ROLECall, N> {
            self.call_builder(&ACCESS_LOG_ROLECall)
        }
        ///Creates a new call builder for the [`CONSENT_CHANGE_TYPEHASH`] function.
        pub fn CONSENT_CHANGE_TYPEHASH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, CONSENT_CHANGE_TYPEHASHCall, N> {
            self.call_builder(&CONSENT_CHANGE_TYPEHASHCall)
        }
        ///Creates a new call builder for the [`DEFAULT_ADMIN_ROLE`] function.
        pub fn DEFAULT_ADMIN_ROLE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_ADMIN_ROLECall, N> {
            self.call_builder(&DEFAULT_ADMIN_ROLECall)
        }
        ///Creates a new call builder for the [`DISPUTE_BAR`] function.
        pub fn DISPUTE_BAR(&self) -> alloy_contract::SolCallBuilder<&P, DISPUTE_BARCall, N> {
            self.call_builder(&DISPUTE_BARCall)
        }
        ///Creates a new call builder for the [`EMERGENCY_CATEGORY`] function.
        pub fn EMERGENCY_CATEGORY(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, EMERGENCY_CATEGORYCall, N> {
            self.call_builder(&EMERGENCY_CATEGORYCall)
        }
        ///Creates a new call builder for the [`EMERGENCY_REVIEW_TYPEHASH`] function.
        pub fn EMERGENCY_REVIEW_TYPEHASH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, EMERGENCY_REVIEW_TYPEHASHCall, N> {
            self.call_builder(&EMERGENCY_REVIEW_TYPEHASHCall)
        }
        ///Creates a new call builder for the [`EMERGENCY_TAG`] function.
        pub fn EMERGENCY_TAG(&self) -> alloy_contract::SolCallBuilder<&P, EMERGENCY_TAGCall, N> {
            self.call_builder(&EMERGENCY_TAGCall)
        }
        ///Creates a new call builder for the [`GRANT_ID_TAG`] function.
        pub fn GRANT_ID_TAG(&self) -> alloy_contract::SolCallBuilder<&P, GRANT_ID_TAGCall, N> {
            self.call_builder(&GRANT_ID_TAGCall)
        }
        ///Creates a new call builder for the [`MAX_EMERGENCIES_PER_DAY`] function.
        pub fn MAX_EMERGENCIES_PER_DAY(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_EMERGENCIES_PER_DAYCall, N> {
            self.call_builder(&MAX_EMERGENCIES_PER_DAYCall)
        }
        ///Creates a new call builder for the [`MAX_EMERGENCY_DURATION`] function.
        pub fn MAX_EMERGENCY_DURATION(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_EMERGENCY_DURATIONCall, N> {
            self.call_builder(&MAX_EMERGENCY_DURATIONCall)
        }
        ///Creates a new call builder for the [`accessLogOf`] function.
        pub fn accessLogOf(
            &self,
            root: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, accessLogOfCall, N> {
            self.call_builder(&accessLogOfCall { root })
        }
        ///Creates a new call builder for the [`anchorAccessLog`] function.
        pub fn anchorAccessLog(
            &self,
            root: alloy::sol_types::private::FixedBytes<32>,
            manifest: alloy::sol_types::private::FixedBytes<32>,
            count: u32,
        ) -> alloy_contract::SolCallBuilder<&P, anchorAccessLogCall, N> {
            self.call_builder(&anchorAccessLogCall { root, manifest, count })
        }
        ///Creates a new call builder for the [`approveGuardianAction`] function.
        pub fn approveGuardianAction(
            &self,
            controller: alloy::sol_types::private::Address,
            action: <IConsentManager::GuardianAction as alloy::sol_types::SolType>::RustType,
            proof: alloy::sol_types::private::Vec<alloy::sol_types::private::FixedBytes<32>>,
            notice: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, approveGuardianActionCall, N> {
            self.call_builder(&approveGuardianActionCall { controller, action, proof, notice })
        }
        ///Creates a new call builder for the [`breakGlass`] function.
        pub fn breakGlass(
            &self,
            tag: alloy::sol_types::private::FixedBytes<32>,
            reasonCode: u16,
            notice: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, breakGlassCall, N> {
            self.call_builder(&breakGlassCall { tag, reasonCode, notice })
        }
        ///Creates a new call builder for the [`breakGlassBudget`] function.
        pub fn breakGlassBudget(
            &self,
            provider: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, breakGlassBudgetCall, N> {
            self.call_builder(&breakGlassBudgetCall { provider })
        }
        ///Creates a new call builder for the [`changeDigest`] function.
        pub fn changeDigest(
            &self,
            change: <IConsentManager::ConsentChange as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, changeDigestCall, N> {
            self.call_builder(&changeDigestCall { change })
        }
        ///Creates a new call builder for the [`committee`] function.
        pub fn committee(&self) -> alloy_contract::SolCallBuilder<&P, committeeCall, N> {
            self.call_builder(&committeeCall)
        }
        ///Creates a new call builder for the [`consentOf`] function.
        pub fn consentOf(
            &self,
            controller: alloy::sol_types::private::Address,
            grantId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, consentOfCall, N> {
            self.call_builder(&consentOfCall { controller, grantId })
        }
        ///Creates a new call builder for the [`eip712Domain`] function.
        pub fn eip712Domain(&self) -> alloy_contract::SolCallBuilder<&P, eip712DomainCall, N> {
            self.call_builder(&eip712DomainCall)
        }
        ///Creates a new call builder for the [`emergency`] function.
        pub fn emergency(
            &self,
            emergencyId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, emergencyCall, N> {
            self.call_builder(&emergencyCall { emergencyId })
        }
        ///Creates a new call builder for the [`emergencyDuration`] function.
        pub fn emergencyDuration(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, emergencyDurationCall, N> {
            self.call_builder(&emergencyDurationCall)
        }
        ///Creates a new call builder for the [`emergencyUntil`] function.
        pub fn emergencyUntil(
            &self,
            tag: alloy::sol_types::private::FixedBytes<32>,
            provider: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, emergencyUntilCall, N> {
            self.call_builder(&emergencyUntilCall { tag, provider })
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
        ///Creates a new call builder for the [`guardianActionId`] function.
        pub fn guardianActionId(
            &self,
            controller: alloy::sol_types::private::Address,
            root: alloy::sol_types::private::FixedBytes<32>,
            action: <IConsentManager::GuardianAction as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, guardianActionIdCall, N> {
            self.call_builder(&guardianActionIdCall { controller, root, action })
        }
        ///Creates a new call builder for the [`hasApproved`] function.
        pub fn hasApproved(
            &self,
            actionId: alloy::sol_types::private::FixedBytes<32>,
            guardian: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, hasApprovedCall, N> {
            self.call_builder(&hasApprovedCall { actionId, guardian })
        }
        ///Creates a new call builder for the [`hasRole`] function.
        pub fn hasRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, hasRoleCall, N> {
            self.call_builder(&hasRoleCall { role, account })
        }
        ///Creates a new call builder for the [`inEmergency`] function.
        pub fn inEmergency(
            &self,
            tag: alloy::sol_types::private::FixedBytes<32>,
            provider: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, inEmergencyCall, N> {
            self.call_builder(&inEmergencyCall { tag, provider })
        }
        ///Creates a new call builder for the [`isExecuted`] function.
        pub fn isExecuted(
            &self,
            actionId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, isExecutedCall, N> {
            self.call_builder(&isExecutedCall { actionId })
        }
        ///Creates a new call builder for the [`isLive`] function.
        pub fn isLive(
            &self,
            controller: alloy::sol_types::private::Address,
            grantId: alloy::sol_types::private::FixedBytes<32>,
            access: <IConsentManager::Access as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, isLiveCall, N> {
            self.call_builder(&isLiveCall { controller, grantId, access })
        }
        ///Creates a new call builder for the [`isTrustedForwarder`] function.
        pub fn isTrustedForwarder(
            &self,
            forwarder: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, isTrustedForwarderCall, N> {
            self.call_builder(&isTrustedForwarderCall { forwarder })
        }
        ///Creates a new call builder for the [`renounceRole`] function.
        pub fn renounceRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            callerConfirmation: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, renounceRoleCall, N> {
            self.call_builder(&renounceRoleCall { role, callerConfirmation })
        }
        ///Creates a new call builder for the [`requestAccess`] function.
        pub fn requestAccess(
            &self,
            notice: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, requestAccessCall, N> {
            self.call_builder(&requestAccessCall { notice })
        }
        ///Creates a new call builder for the [`reviewDigest`] function.
        pub fn reviewDigest(
            &self,
            emergencyId: alloy::sol_types::private::primitives::aliases::U256,
            accept: bool,
            evidence: alloy::sol_types::private::FixedBytes<32>,
            challenger: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, reviewDigestCall, N> {
            self.call_builder(&reviewDigestCall { emergencyId, accept, evidence, challenger })
        }
        ///Creates a new call builder for the [`reviewEmergency`] function.
        pub fn reviewEmergency(
            &self,
            emergencyId: alloy::sol_types::private::primitives::aliases::U256,
            accept: bool,
            evidence: alloy::sol_types::private::FixedBytes<32>,
            challenger: alloy::sol_types::private::Address,
            attestations: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
        ) -> alloy_contract::SolCallBuilder<&P, reviewEmergencyCall, N> {
            self.call_builder(&reviewEmergencyCall {
                emergencyId,
                accept,
                evidence,
                challenger,
                attestations,
            })
        }
        ///Creates a new call builder for the [`revokeRole`] function.
        pub fn revokeRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, revokeRoleCall, N> {
            self.call_builder(&revokeRoleCall { role, account })
        }
        ///Creates a new call builder for the [`setConsent`] function.
        pub fn setConsent(
            &self,
            grantId: alloy::sol_types::private::FixedBytes<32>,
            access: <IConsentManager::Access as alloy::sol_types::SolType>::RustType,
            expiresAt: u64,
            notice: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, setConsentCall, N> {
            self.call_builder(&setConsentCall { grantId, access, expiresAt, notice })
        }
        ///Creates a new call builder for the [`setConsentBySig`] function.
        pub fn setConsentBySig(
            &self,
            c: <IConsentManager::ConsentChange as alloy::sol_types::SolType>::RustType,
            signature: alloy::sol_types::private::Bytes,
            notice: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, setConsentBySigCall, N> {
            self.call_builder(&setConsentBySigCall { c, signature, notice })
        }
        ///Creates a new call builder for the [`setEmergencyDuration`] function.
        pub fn setEmergencyDuration(
            &self,
            duration: u64,
        ) -> alloy_contract::SolCallBuilder<&P, setEmergencyDurationCall, N> {
            self.call_builder(&setEmergencyDurationCall { duration })
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
        ConsentManagerInstance<P, N>
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
        ///Creates a new event filter for the [`AccessLogAnchored`] event.
        pub fn AccessLogAnchored_filter(&self) -> alloy_contract::Event<&P, AccessLogAnchored, N> {
            self.event_filter::<AccessLogAnchored>()
        }
        ///Creates a new event filter for the [`AccessRequested`] event.
        pub fn AccessRequested_filter(&self) -> alloy_contract::Event<&P, AccessRequested, N> {
            self.event_filter::<AccessRequested>()
        }
        ///Creates a new event filter for the [`ConsentChanged`] event.
        pub fn ConsentChanged_filter(&self) -> alloy_contract::Event<&P, ConsentChanged, N> {
            self.event_filter::<ConsentChanged>()
        }
        ///Creates a new event filter for the [`EIP712DomainChanged`] event.
        pub fn EIP712DomainChanged_filter(
            &self,
        ) -> alloy_contract::Event<&P, EIP712DomainChanged, N> {
            self.event_filter::<EIP712DomainChanged>()
        }
        ///Creates a new event filter for the [`EmergencyAccepted`] event.
        pub fn EmergencyAccepted_filter(&self) -> alloy_contract::Event<&P, EmergencyAccepted, N> {
            self.event_filter::<EmergencyAccepted>()
        }
        ///Creates a new event filter for the [`EmergencyAccessOpened`] event.
        pub fn EmergencyAccessOpened_filter(
            &self,
        ) -> alloy_contract::Event<&P, EmergencyAccessOpened, N> {
            self.event_filter::<EmergencyAccessOpened>()
        }
        ///Creates a new event filter for the [`EmergencyDisputed`] event.
        pub fn EmergencyDisputed_filter(&self) -> alloy_contract::Event<&P, EmergencyDisputed, N> {
            self.event_filter::<EmergencyDisputed>()
        }
        ///Creates a new event filter for the [`EmergencyDurationSet`] event.
        pub fn EmergencyDurationSet_filter(
            &self,
        ) -> alloy_contract::Event<&P, EmergencyDurationSet, N> {
            self.event_filter::<EmergencyDurationSet>()
        }
        ///Creates a new event filter for the [`GuardianActionExecuted`] event.
        pub fn GuardianActionExecuted_filter(
            &self,
        ) -> alloy_contract::Event<&P, GuardianActionExecuted, N> {
            self.event_filter::<GuardianActionExecuted>()
        }
        ///Creates a new event filter for the [`GuardianApproved`] event.
        pub fn GuardianApproved_filter(&self) -> alloy_contract::Event<&P, GuardianApproved, N> {
            self.event_filter::<GuardianApproved>()
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
