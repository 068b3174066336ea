///Module containing a contract's types and functions.
/**

```solidity
library IConsentManager {
    type Access is uint8;
    type EmergencyStatus is uint8;
    struct ConsentChange { address controller; bytes32 grantId; Access access; uint64 expiresAt; bytes32 noticeHash; uint64 nonce; uint256 deadline; }
    struct Emergency { bytes32 tag; address provider; uint64 openedAt; uint64 expiresAt; uint16 reasonCode; EmergencyStatus status; }
    struct GuardianAction { bytes32 grantId; Access access; uint64 expiresAt; bytes32 noticeHash; bytes32 salt; uint64 deadline; }
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
    struct GuardianAction { bytes32 grantId; Access access; uint64 expiresAt; bytes32 noticeHash; bytes32 salt; uint64 deadline; }
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
        #[allow(missing_docs)]
        pub deadline: u64,
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
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            <Access as alloy::sol_types::SolType>::RustType,
            u64,
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<GuardianAction> for UnderlyingRustTuple<'_> {
            fn from(value: GuardianAction) -> Self {
                (
                    value.grantId,
                    value.access,
                    value.expiresAt,
                    value.noticeHash,
                    value.salt,
                    value.deadline,
                )
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
                    deadline: tuple.5,
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
                    <alloy::sol_types::sol_data::Uint<
                        64,
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
                    "GuardianAction(bytes32 grantId,uint8 access,uint64 expiresAt,bytes32 noticeHash,bytes32 salt,uint64 deadline)",
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
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.deadline)
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
                    + <alloy::sol_types::sol_data::Uint<
                        64,
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
                <alloy::sol_types::sol_data::Uint<
                    64,
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
        uint64 deadline;
    }
}

interface ConsentManager {
    error AccessControlBadConfirmation();
    error AccessControlEnforcedDefaultAdminDelay(uint48 schedule);
    error AccessControlEnforcedDefaultAdminRules();
    error AccessControlInvalidDefaultAdmin(address defaultAdmin);
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
    error AccessLogAlreadyAnchored(bytes32 root);
    error ActionAlreadyExecuted(bytes32 actionId);
    error ActionExpired(bytes32 actionId, uint64 deadline);
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
    error NotApproved(bytes32 actionId, address guardian);
    error NotCertified(address provider);
    error NotGuardian(address controller, address account);
    error NoticeMismatch(bytes32 expected);
    error ReviewNotAttested(uint256 emergencyId);
    error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
    error SignatureExpired(uint256 deadline);
    error StringTooLong(string str);
    error TooManyEmergencies(address provider, uint64 windowEndsAt);
    error UnknownEmergency(uint256 emergencyId);

    event AccessLogAnchored(bytes32 indexed root, bytes32 manifest, uint32 count);
    event AccessRequested(address indexed requester, bytes notice);
    event ConsentChanged(address indexed controller, bytes32 indexed grantId, IConsentManager.Access access, uint64 expiresAt, bytes notice);
    event DefaultAdminDelayChangeCanceled();
    event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule);
    event DefaultAdminTransferCanceled();
    event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule);
    event EIP712DomainChanged();
    event EmergencyAccepted(uint256 indexed emergencyId);
    event EmergencyAccessOpened(uint256 indexed emergencyId, bytes32 indexed tag, address indexed provider, uint16 reasonCode, uint64 expiresAt, bytes notice);
    event EmergencyDisputed(uint256 indexed emergencyId, bytes32 evidence, uint256 reviewId);
    event EmergencyDurationSet(uint64 duration);
    event GuardianActionExecuted(bytes32 indexed actionId, uint256 approvals);
    event GuardianApprovalWithdrawn(bytes32 indexed actionId, uint256 approvals);
    event GuardianApproved(bytes32 indexed actionId, uint256 approvals);
    event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);
    event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
    event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);

    constructor(address admin, address forwarder, address accounts_, address providers_, address committee_, uint64 emergencyDuration_);

    function ACCESS_LOG_ROLE() external view returns (bytes32);
    function ADMIN_TRANSFER_DELAY() external view returns (uint48);
    function CONSENT_CHANGE_TYPEHASH() external view returns (bytes32);
    function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
    function DISPUTE_BAR() external view returns (uint64);
    function EMERGENCY_CATEGORY() external view returns (uint16);
    function EMERGENCY_REVIEW_TYPEHASH() external view returns (bytes32);
    function EMERGENCY_TAG() external view returns (bytes32);
    function GRANT_ID_TAG() external view returns (bytes32);
    function MAX_EMERGENCIES_PER_DAY() external view returns (uint32);
    function MAX_EMERGENCY_DURATION() external view returns (uint64);
    function acceptDefaultAdminTransfer() external;
    function accessLogOf(bytes32 root) external view returns (uint64 blockNumber, uint32 count);
    function anchorAccessLog(bytes32 root, bytes32 manifest, uint32 count) external;
    function approveGuardianAction(address controller, IConsentManager.GuardianAction memory action, bytes32[] memory proof, bytes memory notice) external returns (bytes32 actionId, bool executed);
    function beginDefaultAdminTransfer(address newAdmin) external;
    function breakGlass(bytes32 tag, uint16 reasonCode, bytes memory notice) external returns (uint256 emergencyId);
    function breakGlassBudget(address provider) external view returns (uint32 opens, uint64 windowStart, uint64 barredUntil);
    function cancelDefaultAdminTransfer() external;
    function changeDefaultAdminDelay(uint48 newDelay) external;
    function changeDigest(IConsentManager.ConsentChange memory change) external view returns (bytes32);
    function committee() external view returns (address);
    function consentOf(address controller, bytes32 grantId) external view returns (IConsentManager.Access access, uint64 expiresAt, uint64 nonce);
    function defaultAdmin() external view returns (address);
    function defaultAdminDelay() external view returns (uint48);
    function defaultAdminDelayIncreaseWait() external view returns (uint48);
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
    function owner() external view returns (address);
    function pendingDefaultAdmin() external view returns (address newAdmin, uint48 schedule);
    function pendingDefaultAdminDelay() external view returns (uint48 newDelay, uint48 schedule);
    function renounceRole(bytes32 role, address account) external;
    function requestAccess(bytes memory notice) external;
    function reviewDigest(uint256 emergencyId, bool accept, bytes32 evidence, address challenger) external view returns (bytes32);
    function reviewEmergency(uint256 emergencyId, bool accept, bytes32 evidence, address challenger, bytes[] memory attestations) external;
    function revokeRole(bytes32 role, address account) external;
    function rollbackDefaultAdminDelay() external;
    function setConsent(bytes32 grantId, IConsentManager.Access access, uint64 expiresAt, bytes memory notice) external;
    function setConsentBySig(IConsentManager.ConsentChange memory c, bytes memory signature, bytes memory notice) external;
    function setEmergencyDuration(uint64 duration) external;
    function supportsInterface(bytes4 interfaceId) external view returns (bool);
    function trustedForwarder() external view returns (address);
    function withdrawGuardianApproval(address controller, IConsentManager.GuardianAction memory action) external returns (bytes32 actionId);
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
    "name": "acceptDefaultAdminTransfer",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
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
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
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
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
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
    "name": "rollbackDefaultAdminDelay",
    "inputs": [],
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
    "type": "function",
    "name": "withdrawGuardianApproval",
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
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "actionId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "nonpayable"
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
    "name": "GuardianApprovalWithdrawn",
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
    "name": "ActionExpired",
    "inputs": [
      {
        "name": "actionId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "deadline",
        "type": "uint64",
        "internalType": "uint64"
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
    "name": "NotApproved",
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
    ///0x6101e0604052348015610010575f5ffd5b5060405161485e38038061485e83398101604081905261002f9161043b565b604080518082018252600f81526e1359591d985d5b1d10dbdb9cd95b9d608a1b602080830191909152825180840190935260018352603160f81b908301529086886203f480816001600160a01b0381166100a357604051636116401160e11b81525f60048201526024015b60405180910390fd5b600180546001600160d01b0316600160d01b65ffffffffffff8516021790556100cc5f826101b9565b505050506001600160a01b03166080526100e582610228565b610140526100f281610228565b61016052815160208084019190912061010052815190820120610120524660c0526101806101005161012051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60a05250503060e0526001600160a01b03848116610180528381166101a05282166101c0526101ae81610265565b505050505050610583565b5f82610215575f6101d26002546001600160a01b031690565b6001600160a01b0316146101f957604051631fe1e13d60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384161790555b61021f8383610303565b90505b92915050565b5f5f829050601f81511115610252578260405163305a27a960e01b815260040161009a91906104c9565b805161025d826104fe565b179392505050565b6001600160401b03811615806102865750620151806001600160401b038216115b156102af57604051635c82593960e01b81526001600160401b038216600482015260240161009a565b600a80546001600160401b0319166001600160401b0383169081179091556040519081527f9180643fba62a132eec4952aa355f41fb54aa355b64de490a12d2e9f615a80949060200160405180910390a150565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166103a4575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561035c6103ab565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610222565b505f610222565b5f6103b46103b9565b905090565b5f3660148082108015906103d157506103d1336103ff565b156103f7576103e436828403815f610524565b6103ed9161054b565b60601c9250505090565b339250505090565b5f61040960805190565b6001600160a01b0316826001600160a01b0316149050919050565b6001600160a01b0381168114610438575f5ffd5b50565b5f5f5f5f5f5f60c08789031215610450575f5ffd5b865161045b81610424565b602088015190965061046c81610424565b604088015190955061047d81610424565b606088015190945061048e81610424565b608088015190935061049f81610424565b60a08801519092506001600160401b03811681146104bb575f5ffd5b809150509295509295509295565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561051e575f198160200360031b1b821691505b50919050565b5f5f85851115610532575f5ffd5b8386111561053e575f5ffd5b5050820193919092039150565b80356001600160601b0319811690601484101561057c576001600160601b0319601485900360031b81901b82161691505b5092915050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516142386106265f395f8181610900015261176001525f818161123a015281816119780152611de101525f8181611ae401526121c901525f6129d801525f6129ad01525f61345901525f61343101525f61338c01525f6133b601525f6133e001525f818161053a015281816106540152612df801526142385ff3fe608060405234801561000f575f5ffd5b5060043610610351575f3560e01c80637e695462116101be578063a217fddf116100fe578063cf6eefb71161009e578063d864e74011610079578063d864e740146108fe578063e52cb36a14610924578063e5c3012014610946578063f2343f5e14610966575f5ffd5b8063cf6eefb7146108b5578063d547741f146108e3578063d602b9fd146108f6575f5ffd5b8063b2dc7204116100d9578063b2dc720414610888578063cc8463c81461089b578063cc9d1fd9146108a3578063cefc1429146108ad575f5ffd5b8063a217fddf1461085b578063a4103fa014610862578063b2b61a4f14610875575f5ffd5b806394f1773a116101695780639d307fe6116101445780639d307fe6146107c45780639e4cac2b146107d75780639ed446de14610817578063a1eda53c14610834575f5ffd5b806394f1773a1461076357806398fcbacd146107765780639ac75d871461079d575f5ffd5b80638da5cb5b116101995780638da5cb5b1461070357806391d148541461070b57806393dc6ef614610741575f5ffd5b80637e6954621461068c57806384b0196e146106d757806384ef8ffc146106f2575f5ffd5b8063503525ec116102945780636c1ea7a11161023457806372ee3f901161020f57806372ee3f901461062357806379a05a31146106365780637ca84696146106405780637da0a87714610652575f5ffd5b80636c1ea7a1146105be5780636db47374146105d1578063708e5d3014610610575f5ffd5b80635d30f4b11161026f5780635d30f4b11461056a578063634e93da1461057d578063649a5ec7146105905780636b98e92d146105a3575f5ffd5b8063503525ec146104f0578063511eec4d14610503578063572b6c051461052a575f5ffd5b8063248a9ca3116102ff578063358296b1116102da578063358296b11461048057806336568abe146104a357806337e70cf4146104b65780634182a215146104c9575f5ffd5b8063248a9ca3146104165780632f2ff15d14610446578063355dd63214610459575f5ffd5b8063113e94691161032f578063113e9469146103a35780631b12ef4f146103cb57806323cdc3f1146103de575f5ffd5b806301ffc9a714610355578063022d63fb1461037d5780630aa6220b14610399575b5f5ffd5b6103686103633660046135ec565b610979565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff9091168152602001610374565b6103a16109d4565b005b6103b66103b13660046136e2565b6109e9565b60408051928352901515602083015201610374565b6103686103d9366004613783565b610cde565b6103686103ec3660046137bc565b5f918252600b602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6104386104243660046137e6565b5f9081526020819052604090206001015490565b604051908152602001610374565b6103a16104543660046137bc565b610d5b565b6104387f688ea9f3146e0c8a6c7f08bda036eff8ce434aea55323ebdc7ba186b59222e1f81565b61048a6201518081565b60405167ffffffffffffffff9091168152602001610374565b6103a16104b13660046137bc565b610da0565b6104386104c436600461380a565b610e7a565b6104387fc3e68ab8ca78675a7c3c0d1fb65f814b91b935420a9cf001e3016b4195696d7481565b6103a16104fe36600461384f565b610e92565b6104387fd8b744c7c59d257a5f87ed548f8dd6f2513156805f89b4fb1a01bc251c850ae281565b61036861053836600461388d565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b6103a16105783660046138b6565b610fc9565b6103a161058b36600461388d565b6111cf565b6103a161059e366004613939565b6111e2565b6105ab600981565b60405161ffff9091168152602001610374565b6104386105cc36600461395e565b6111f5565b61048a6105df3660046137bc565b5f9182526006602090815260408084206001600160a01b0393909316845291905290205467ffffffffffffffff1690565b61043861061e3660046139bc565b6115a3565b6104386106313660046139ee565b6115af565b6103826203f48081565b600a5467ffffffffffffffff1661048a565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b039091168152602001610374565b6106b261069a3660046137e6565b5f908152600e60205260409081902054919082901c90565b6040805167ffffffffffffffff909316835263ffffffff909116602083015201610374565b6106df6115b9565b6040516103749796959493929190613a36565b6002546001600160a01b0316610674565b610674611617565b6103686107193660046137bc565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b61075461074f366004613ae8565b61162f565b60405161037493929190613b51565b6103a1610771366004613b87565b61167a565b6104387f387d3aae5481f2ed35567acc1f515385864163236ca97d39ed75b1180c9800b681565b6104387fc716c3f4e25dfa54687a236c0f14c6f0d3dc90940443149d7fbcec4d7b77b49b81565b6104386107d2366004613bea565b611a9d565b6107ea6107e536600461388d565b611ca2565b6040805163ffffffff909416845267ffffffffffffffff9283166020850152911690820152606001610374565b61081f600581565b60405163ffffffff9091168152602001610374565b61083c611cdc565b6040805165ffffffffffff938416815292909116602083015201610374565b6104385f81565b6103a1610870366004613c2a565b611d45565b6103a1610883366004613c77565b611d61565b6103686108963660046137bc565b611d74565b610382611e4a565b61048a62278d0081565b6103a1611ed6565b600154604080516001600160a01b0383168152600160a01b90920465ffffffffffff16602083015201610374565b6103a16108f13660046137bc565b611f47565b6103a1611f88565b7f0000000000000000000000000000000000000000000000000000000000000000610674565b6103686109323660046137e6565b5f908152600d602052604090205460ff1690565b6109596109543660046137e6565b611f9a565b6040516103749190613ca0565b6103a1610974366004613d0d565b612081565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f314987860000000000000000000000000000000000000000000000000000000014806109ce57506109ce826120cf565b92915050565b5f6109de81612165565b6109e6612176565b50565b5f5f5f6109f4612182565b90505f5f610a048b848b8b61218b565b91509150610a138b838c6122b2565b5f818152600d602052604090205490955060ff1615610a66576040517f48eae514000000000000000000000000000000000000000000000000000000008152600481018690526024015b60405180910390fd5b610a7660c08b0160a08c01613c77565b67ffffffffffffffff164210610adc5784610a9760c08c0160a08d01613c77565b6040517f8a96a134000000000000000000000000000000000000000000000000000000008152600481019290925267ffffffffffffffff166024820152604401610a5d565b5f858152600b602090815260408083206001600160a01b038716845290915290205460ff1615610b4a576040517fa72db787000000000000000000000000000000000000000000000000000000008152600481018690526001600160a01b0384166024820152604401610a5d565b5f858152600b602090815260408083206001600160a01b03871684528252808320805460ff19166001179055878352600c909152812080548290610b8d90613d79565b9190508190559050857f324de60c4527148f2046be053ba263ae7a93cddef8cf995ab42777ecd9f4a50d82604051610bc791815260200190565b60405180910390a28160ff16811015610be757505f9350610cd392505050565b8a606001358888604051610bfc929190613d91565b604051809103902014610c41576040517f9e812fdd00000000000000000000000000000000000000000000000000000000815260608c01356004820152602401610a5d565b5f868152600d602052604090819020805460ff191660011790555186907fbdfe19a8b30cac3a601ac62203440d283501e2cf77260ec2103a741743f8339c90610c8d9084815260200190565b60405180910390a2610cca8c8c5f01358d6020016020810190610cb09190613da0565b8e6040016020810190610cc39190613c77565b8c8c6122e7565b50600193505050505b965096945050505050565b5f80826002811115610cf257610cf2613b10565b03610cfe57505f610d54565b5f60055f610d0c8787612516565b81526020019081526020015f205490508067ffffffffffffffff1642108015610d505750826002811115610d4257610d42613b10565b60ff16604082901c60ff1610155b9150505b9392505050565b81610d92576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610d9c8282612553565b5050565b81158015610dbb57506002546001600160a01b038281169116145b15610e70576001546001600160a01b03811690600160a01b900465ffffffffffff1681151580610df1575065ffffffffffff8116155b80610e0457504265ffffffffffff821610155b15610e45576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff82166004820152602401610a5d565b5050600180547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1690555b610d9c828261257d565b5f610e87858585856125de565b90505b949350505050565b7fc716c3f4e25dfa54687a236c0f14c6f0d3dc90940443149d7fbcec4d7b77b49b610ebc81612165565b831580610ecd575063ffffffff8216155b15610f04576040517f93d2421f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f848152600e602052604090205415610f4c576040517ff682fe5700000000000000000000000000000000000000000000000000000000815260048101859052602401610a5d565b5f848152600e60205260409081902067ffffffffffffffff43166bffffffff000000000000000085841b161790555184907f84ca48607e1d3480983f683ea54719282f24f08232f931dba6de480ee907960b90610fbb908690869091825263ffffffff16602082015260400190565b60405180910390a250505050565b8460c0013542111561100d576040517fcd21db4f00000000000000000000000000000000000000000000000000000000815260c08601356004820152602401610a5d565b84608001358282604051611022929190613d91565b604051809103902014611067576040517f9e812fdd00000000000000000000000000000000000000000000000000000000815260808601356004820152602401610a5d565b611087611077602087018761388d565b61108087612651565b86866126d9565b6110d657611098602086018661388d565b6040517fd855c4f40000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610a5d565b5f60486005826110f66110ec60208b018b61388d565b8a60200135612516565b815260208101919091526040015f2054901c905067ffffffffffffffff811661112560c0880160a08901613c77565b67ffffffffffffffff161461118b5761114460c0870160a08801613c77565b6040517f06427aeb00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff91821660048201529082166024820152604401610a5d565b6111c761119b602088018861388d565b60208801356111b060608a0160408b01613da0565b6111c060808b0160608c01613c77565b87876122e7565b505050505050565b5f6111d981612165565b610d9c82612745565b5f6111ec81612165565b610d9c826127b0565b5f5f6111ff612182565b6040517f5afa50360000000000000000000000000000000000000000000000000000000081526001600160a01b0380831660048301529192507f000000000000000000000000000000000000000000000000000000000000000090911690635afa503690602401602060405180830381865afa158015611281573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112a59190613db9565b6112e6576040517f7765f12c0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610a5d565b8561131d576040517f3a16526700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6113268161281f565b600a545f9061133f9067ffffffffffffffff1642613dd4565b905060095f815461134f90613d79565b91905081905592506040518060c00160405280888152602001836001600160a01b031681526020014267ffffffffffffffff1681526020018267ffffffffffffffff1681526020018761ffff168152602001600160038111156113b4576113b4613b10565b90525f848152600760209081526040918290208351815590830151600182018054938501516001600160a01b039092167fffffffff0000000000000000000000000000000000000000000000000000000090941693909317600160a01b67ffffffffffffffff928316021790925560608301516002820180546080860151929094167fffffffffffffffffffffffffffffffffffffffffffff00000000000000000000909416939093176801000000000000000061ffff909216919091021780835560a08401519192907fffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffff166a01000000000000000000008360038111156114be576114be613b10565b021790555050505f8781526006602090815260408083206001600160a01b038616845290915290205467ffffffffffffffff9081169082161115611550575f8781526006602090815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff83161790555b816001600160a01b031687847f65abcf2657dd2ecd46596ba541c2646dad88531e4fe2744baae46632bcb50f2c89858a8a6040516115919493929190613e1d565b60405180910390a45050949350505050565b5f610e8a8484846122b2565b5f6109ce82612651565b5f6060805f5f5f60606115ca6129a6565b6115d26129d1565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b5f61162a6002546001600160a01b031690565b905090565b5f5f5f5f60055f6116408888612516565b81526020019081526020015f20549050604081901c60ff16600281111561166957611669613b10565b9350915050604881901c9250925092565b5f8681526007602052604081209060028201546a0100000000000000000000900460ff1660038111156116af576116af613b10565b036116e9576040517f42557e9700000000000000000000000000000000000000000000000000000000815260048101889052602401610a5d565b600160028201546a0100000000000000000000900460ff16600381111561171257611712613b10565b1461175e578681600201600a9054906101000a900460ff166040517fa158ed34000000000000000000000000000000000000000000000000000000008152600401610a5d929190613e54565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663f9c81542611799898989896125de565b85856040518463ffffffff1660e01b81526004016117b993929190613e68565b602060405180830381865afa1580156117d4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117f89190613db9565b611831576040517fecca423f00000000000000000000000000000000000000000000000000000000815260048101889052602401610a5d565b851561189e576002810180547fffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffff166a020000000000000000000017905560405187907ffd8050ccd34a73a450abe6d957a60cac4380973381442d887e9c7b4970e62338905f90a2506111c7565b60018101546002820180547fffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffff166a030000000000000000000017905581545f9081526006602090815260408083206001600160a01b0390941680845293909152902080547fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000016905561192f816129fc565b6040517fa672ebdb0000000000000000000000000000000000000000000000000000000081526001600160a01b0382811660048301528681166024830152604482018890525f917f00000000000000000000000000000000000000000000000000000000000000009091169063a672ebdb906064016020604051808303815f875af19250505080156119de575060408051601f3d908101601f191682019092526119db91810190613f4e565b60015b611a54573d808015611a0b576040519150601f19603f3d011682016040523d82523d5f602084013e611a10565b606091505b5080515f03611a4e576040517ff35765c2000000000000000000000000000000000000000000000000000000008152600481018b9052602401610a5d565b50611a57565b90505b60408051888152602081018390528a917f1c39d3aa4f6cbea96a1f35e263bbd8169472657fb1ad2f8c416cece474a35c92910160405180910390a2505050505050505050565b5f5f611aa7612182565b6040517fb0df28910000000000000000000000000000000000000000000000000000000081526001600160a01b0386811660048301529192505f917f0000000000000000000000000000000000000000000000000000000000000000169063b0df289190602401606060405180830381865afa158015611b29573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b4d9190613f75565b50509050611b5c8582866122b2565b5f818152600d602052604090205490935060ff1615611baa576040517f48eae51400000000000000000000000000000000000000000000000000000000815260048101849052602401610a5d565b5f838152600b602090815260408083206001600160a01b038616845290915290205460ff16611c17576040517f19b40670000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b0383166024820152604401610a5d565b5f838152600b602090815260408083206001600160a01b03861684528252808320805460ff19169055858352600c909152812080548290611c5790613fa5565b9190508190559050837fd4ea99475a86829b524e23e4b86748725fe9a388ea72728ec7d05d1494f9328182604051611c9191815260200190565b60405180910390a250505092915050565b6001600160a01b0381165f9081526008602052604081205481908190611ccf602082901c90606083901c90565b9250925092509193909250565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015611d1e57504265ffffffffffff821610155b611d29575f5f611d3d565b600254600160a01b900465ffffffffffff16815b915091509091565b611d5a611d50612182565b86868686866122e7565b5050505050565b5f611d6b81612165565b610d9c82612a8b565b5f8281526006602090815260408083206001600160a01b038516845290915281205467ffffffffffffffff1642108015610d5457506040517f5afa50360000000000000000000000000000000000000000000000000000000081526001600160a01b0383811660048301527f00000000000000000000000000000000000000000000000000000000000000001690635afa503690602401602060405180830381865afa158015611e26573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d549190613db9565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015611e8b57504265ffffffffffff8216105b611ebd576001547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16611ed0565b600254600160a01b900465ffffffffffff165b91505090565b6001546001600160a01b031680611eeb612182565b6001600160a01b031614611f3f57611f01612182565b6040517fc22c80220000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610a5d565b6109e6612b5e565b81611f7e576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610d9c8282612c24565b5f611f9281612165565b6109e6612c48565b611fcf6040805160c0810182525f8082526020820181905291810182905260608101829052608081018290529060a082015290565b5f82815260076020908152604091829020825160c0810184528154815260018201546001600160a01b0381169382019390935267ffffffffffffffff600160a01b9093048316938101939093526002810154918216606084015261ffff6801000000000000000083041660808401529060a083019060ff6a010000000000000000000090910416600381111561206757612067613b10565b600381111561207857612078613b10565b90525092915050565b612089612182565b6001600160a01b03167fd14345fa94e00ea93afebd00d584d0e498307290402fce549e8afd48f987517683836040516120c3929190613fba565b60405180910390a25050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806109ce57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316146109ce565b6109e681612171612182565b612c52565b6121805f5f612cbd565b565b5f61162a612de7565b6040517fb0df28910000000000000000000000000000000000000000000000000000000081526001600160a01b0385811660048301525f91829182917f00000000000000000000000000000000000000000000000000000000000000009091169063b0df289190602401606060405180830381865afa158015612210573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122349190613f75565b919450909250905060ff8116158061225e575061225c8585856122578b8b612e51565b612e95565b155b156122a8576040517f826f1bd20000000000000000000000000000000000000000000000000000000081526001600160a01b03808916600483015287166024820152604401610a5d565b5094509492505050565b5f8383836040516020016122c893929190613fcd565b6040516020818303038152906040528051906020012090509392505050565b8461231e576040517f53cd578300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6123298787612516565b5f818152600560205260408120549192506901000000000000000000612350600182614060565b19831661235d9190614073565b90505f87600281111561237257612372613b10565b036124385761238c60016901000000000000000000614060565b82165f036123d8576040517f0d98c5b80000000000000000000000000000000000000000000000000000000081526001600160a01b038a16600482015260248101899052604401610a5d565b5f838152600560205260408082208390555189916001600160a01b038c16917fe18b2655d84fdb681748dd39230bb5b2e11d7c620fa397ed6211848d56f3d5e4916124289181908b908b90614086565b60405180910390a35050506111c7565b428667ffffffffffffffff1611612487576040517f8d499f7d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff87166004820152602401610a5d565b604087600281111561249b5761249b613b10565b60ff16901b8667ffffffffffffffff1682171760055f8581526020019081526020015f208190555087896001600160a01b03167fe18b2655d84fdb681748dd39230bb5b2e11d7c620fa397ed6211848d56f3d5e4898989896040516125039493929190614086565b60405180910390a3505050505050505050565b604080516001600160a01b03841660208201529081018290525f906060015b60405160208183030381529060405280519060200120905092915050565b5f8281526020819052604090206001015461256d81612165565b6125778383612eac565b50505050565b612585612182565b6001600160a01b0316816001600160a01b0316146125cf576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6125d98282612f43565b505050565b604080517f387d3aae5481f2ed35567acc1f515385864163236ca97d39ed75b1180c9800b660208201529081018590528315156060820152608081018390526001600160a01b03821660a08201525f90610e879060c0015b60405160208183030381529060405280519060200120612f97565b5f6109ce7fd8b744c7c59d257a5f87ed548f8dd6f2513156805f89b4fb1a01bc251c850ae2612683602085018561388d565b60208501356126986060870160408801613da0565b6126a86080880160608901613c77565b60808801356126bd60c08a0160a08b01613c77565b8960c001356040516020016126369897969594939291906140b6565b5f5f5f6126e7868686612fde565b5090925090505f81600381111561270057612700613b10565b14801561271e5750866001600160a01b0316826001600160a01b0316145b1561272e57600192505050610e8a565b61273a87878787613025565b979650505050505050565b5f61274e611e4a565b612757426130a8565b612761919061411a565b905061276d82826130f7565b60405165ffffffffffff821681526001600160a01b038316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed6906020016120c3565b5f6127ba82613174565b6127c3426130a8565b6127cd919061411a565b90506127d98282612cbd565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b910160405180910390a15050565b6001600160a01b0381165f908152600860205260408120548190819061284c602082901c90606083901c90565b9250925092508067ffffffffffffffff164210156128b1576040517f4b0e5b470000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015267ffffffffffffffff82166024820152604401610a5d565b6128c867ffffffffffffffff831662015180614073565b42106128d5575f92504291505b600563ffffffff84161061293e57836128f18362015180613dd4565b6040517f1748ecc70000000000000000000000000000000000000000000000000000000081526001600160a01b03909216600483015267ffffffffffffffff166024820152604401610a5d565b61298561294c846001614138565b63ffffffff166bffffffffffffffff00000000602085901b161773ffffffffffffffff000000000000000000000000606084901b161790565b6001600160a01b039094165f90815260086020526040902093909355505050565b606061162a7f00000000000000000000000000000000000000000000000000000000000000006131bb565b606061162a7f00000000000000000000000000000000000000000000000000000000000000006131bb565b6001600160a01b0381165f908152600860209081526040909120549081901c612a6b8282612a2d62278d0042613dd4565b63ffffffff83166bffffffffffffffff00000000602084901b161773ffffffffffffffff000000000000000000000000606083901b16179392505050565b6001600160a01b039093165f908152600860205260409020929092555050565b67ffffffffffffffff81161580612aae57506201518067ffffffffffffffff8216115b15612af1576040517f5c82593900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610a5d565b600a80547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff83169081179091556040519081527f9180643fba62a132eec4952aa355f41fb54aa355b64de490a12d2e9f615a80949060200160405180910390a150565b6001546001600160a01b03811690600160a01b900465ffffffffffff16801580612b9057504265ffffffffffff821610155b15612bd1576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff82166004820152602401610a5d565b612bec5f612be76002546001600160a01b031690565b612f43565b50612bf75f83612eac565b5050600180547fffffffffffff000000000000000000000000000000000000000000000000000016905550565b5f82815260208190526040902060010154612c3e81612165565b6125778383612f43565b6121805f5f6130f7565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16610d9c576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610a5d565b6002547a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015612d80574265ffffffffffff82161015612d57576002546001805479ffffffffffffffffffffffffffffffffffffffffffffffffffff16600160a01b90920465ffffffffffff167a01000000000000000000000000000000000000000000000000000002919091179055612d80565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b50600280546001600160a01b0316600160a01b65ffffffffffff9485160279ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a0100000000000000000000000000000000000000000000000000009290931691909102919091179055565b5f366014808210801590612e2357507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b15612e4957612e3636828403815f614154565b612e3f9161417b565b60601c9250505090565b339250505090565b604080516001600160a01b0380851660208301528316918101919091525f9060600160408051601f1981840301815282825280516020918201209083015201612535565b5f82612ea28686856131f8565b1495945050505050565b5f82612f39575f612ec56002546001600160a01b031690565b6001600160a01b031614612f05576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0384161790555b610d548383613239565b5f82158015612f5f57506002546001600160a01b038381169116145b15612f8d57600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001690555b610d5483836132e1565b5f6109ce612fa3613380565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f80806041849003613012578435602086013560408701355f1a613004898285856134a9565b95509550955050505061301c565b505f915060029050825b93509350939050565b604080517f1626ba7e00000000000000000000000000000000000000000000000000000000808252600482018690526024820192909252604481018390525f91908390818660648301375f82606483010152601f820160051c60051b915060205f60648401838b5afa9050825f5114601f3d111681169350505050949350505050565b5f65ffffffffffff8211156130f3576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526030600482015260248101839052604401610a5d565b5090565b60018054600160a01b65ffffffffffff84811682027fffffffffffff000000000000000000000000000000000000000000000000000084166001600160a01b038816171790935590041680156125d9576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f61317e611e4a565b90508065ffffffffffff168365ffffffffffff16116131a6576131a183826141e0565b610d54565b610d5465ffffffffffff841662069780613571565b60605f6131c783613580565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f81815b84811015613230576132268287878481811061321a5761321a6141fe565b905060200201356135c0565b91506001016131fc565b50949350505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166132da575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055613292612182565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016109ce565b505f6109ce565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16156132da575f838152602081815260408083206001600160a01b03861684529091529020805460ff19169055613338612182565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a45060016109ce565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156133d857507f000000000000000000000000000000000000000000000000000000000000000046145b1561340257507f000000000000000000000000000000000000000000000000000000000000000090565b61162a604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156134e257505f91506003905082613567565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613533573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661355e57505f925060019150829050613567565b92505f91508190505b9450945094915050565b5f828218828410028218610d54565b5f60ff8216601f8111156109ce576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8183106135da575f828152602084905260409020610d54565b5f838152602083905260409020610d54565b5f602082840312156135fc575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114610d54575f5ffd5b80356001600160a01b0381168114613641575f5ffd5b919050565b5f60c08284031215613656575f5ffd5b50919050565b5f5f83601f84011261366c575f5ffd5b50813567ffffffffffffffff811115613683575f5ffd5b6020830191508360208260051b850101111561369d575f5ffd5b9250929050565b5f5f83601f8401126136b4575f5ffd5b50813567ffffffffffffffff8111156136cb575f5ffd5b60208301915083602082850101111561369d575f5ffd5b5f5f5f5f5f5f61012087890312156136f8575f5ffd5b6137018761362b565b95506137108860208901613646565b945060e087013567ffffffffffffffff81111561372b575f5ffd5b61373789828a0161365c565b90955093505061010087013567ffffffffffffffff811115613757575f5ffd5b61376389828a016136a4565b979a9699509497509295939492505050565b803560038110613641575f5ffd5b5f5f5f60608486031215613795575f5ffd5b61379e8461362b565b9250602084013591506137b360408501613775565b90509250925092565b5f5f604083850312156137cd575f5ffd5b823591506137dd6020840161362b565b90509250929050565b5f602082840312156137f6575f5ffd5b5035919050565b80151581146109e6575f5ffd5b5f5f5f5f6080858703121561381d575f5ffd5b84359350602085013561382f816137fd565b9250604085013591506138446060860161362b565b905092959194509250565b5f5f5f60608486031215613861575f5ffd5b8335925060208401359150604084013563ffffffff81168114613882575f5ffd5b809150509250925092565b5f6020828403121561389d575f5ffd5b610d548261362b565b5f60e08284031215613656575f5ffd5b5f5f5f5f5f61012086880312156138cb575f5ffd5b6138d587876138a6565b945060e086013567ffffffffffffffff8111156138f0575f5ffd5b6138fc888289016136a4565b90955093505061010086013567ffffffffffffffff81111561391c575f5ffd5b613928888289016136a4565b969995985093965092949392505050565b5f60208284031215613949575f5ffd5b813565ffffffffffff81168114610d54575f5ffd5b5f5f5f5f60608587031215613971575f5ffd5b84359350602085013561ffff81168114613989575f5ffd5b9250604085013567ffffffffffffffff8111156139a4575f5ffd5b6139b0878288016136a4565b95989497509550505050565b5f5f5f61010084860312156139cf575f5ffd5b6139d88461362b565b9250602084013591506137b38560408601613646565b5f60e082840312156139fe575f5ffd5b610d5483836138a6565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f613a7060e0830189613a08565b8281036040840152613a828189613a08565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015613ad7578351835260209384019390920191600101613ab9565b50909b9a5050505050505050505050565b5f5f60408385031215613af9575f5ffd5b613b028361362b565b946020939093013593505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60038110613b4d57613b4d613b10565b9052565b60608101613b5f8286613b3d565b67ffffffffffffffff8416602083015267ffffffffffffffff83166040830152949350505050565b5f5f5f5f5f5f60a08789031215613b9c575f5ffd5b863595506020870135613bae816137fd565b945060408701359350613bc36060880161362b565b9250608087013567ffffffffffffffff811115613bde575f5ffd5b61376389828a0161365c565b5f5f60e08385031215613bfb575f5ffd5b613c048361362b565b91506137dd8460208501613646565b803567ffffffffffffffff81168114613641575f5ffd5b5f5f5f5f5f60808688031215613c3e575f5ffd5b85359450613c4e60208701613775565b9350613c5c60408701613c13565b9250606086013567ffffffffffffffff81111561391c575f5ffd5b5f60208284031215613c87575f5ffd5b610d5482613c13565b60048110613b4d57613b4d613b10565b5f60c082019050825182526001600160a01b03602084015116602083015267ffffffffffffffff604084015116604083015267ffffffffffffffff606084015116606083015261ffff608084015116608083015260a0830151613d0660a0840182613c90565b5092915050565b5f5f60208385031215613d1e575f5ffd5b823567ffffffffffffffff811115613d34575f5ffd5b613d40858286016136a4565b90969095509350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f5f198203613d8a57613d8a613d4c565b5060010190565b818382375f9101908152919050565b5f60208284031215613db0575f5ffd5b610d5482613775565b5f60208284031215613dc9575f5ffd5b8151610d54816137fd565b67ffffffffffffffff81811683821601908111156109ce576109ce613d4c565b81835281816020850137505f602082840101525f6020601f19601f840116840101905092915050565b61ffff8516815267ffffffffffffffff84166020820152606060408201525f613e4a606083018486613df4565b9695505050505050565b82815260408101610d546020830184613c90565b5f60408201858352604060208401528084825260608401905060608560051b8501019150855f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1883603015b87821015613f40577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa08786030184528235818112613ef0575f5ffd5b890160208101903567ffffffffffffffff811115613f0c575f5ffd5b803603821315613f1a575f5ffd5b613f25878284613df4565b96505050602083019250602084019350600182019150613eb4565b509298975050505050505050565b5f60208284031215613f5e575f5ffd5b5051919050565b805160ff81168114613641575f5ffd5b5f5f5f60608486031215613f87575f5ffd5b83519250613f9760208501613f65565b91506137b360408501613f65565b5f81613fb357613fb3613d4c565b505f190190565b602081525f610e8a602083018486613df4565b6001600160a01b0384168152602080820184905282356040830152610100820190613ff9908401613775565b6140066060840182613b3d565b5067ffffffffffffffff61401c60408501613c13565b16608083810191909152606084013560a0808501919091529084013560c084015267ffffffffffffffff90614052908501613c13565b1660e0830152949350505050565b818103818111156109ce576109ce613d4c565b808201808211156109ce576109ce613d4c565b6140908186613b3d565b67ffffffffffffffff84166020820152606060408201525f613e4a606083018486613df4565b8881526001600160a01b03881660208201526040810187905261010081016140e16060830188613b3d565b67ffffffffffffffff861660808301528460a083015267ffffffffffffffff841660c08301528260e08301529998505050505050505050565b65ffffffffffff81811683821601908111156109ce576109ce613d4c565b63ffffffff81811683821601908111156109ce576109ce613d4c565b5f5f85851115614162575f5ffd5b8386111561416e575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015613d06577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505092915050565b65ffffffffffff82811682821603908111156109ce576109ce613d4c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffdfea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x01\xE0`@R4\x80\x15a\0\x10W__\xFD[P`@QaH^8\x03\x80aH^\x839\x81\x01`@\x81\x90Ra\0/\x91a\x04;V[`@\x80Q\x80\x82\x01\x82R`\x0F\x81Rn\x13YY\x1D\x98][\x1D\x10\xDB\xDB\x9C\xD9[\x9D`\x8A\x1B` \x80\x83\x01\x91\x90\x91R\x82Q\x80\x84\x01\x90\x93R`\x01\x83R`1`\xF8\x1B\x90\x83\x01R\x90\x86\x88b\x03\xF4\x80\x81`\x01`\x01`\xA0\x1B\x03\x81\x16a\0\xA3W`@Qca\x16@\x11`\xE1\x1B\x81R_`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x01\x80T`\x01`\x01`\xD0\x1B\x03\x16`\x01`\xD0\x1Be\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x02\x17\x90Ua\0\xCC_\x82a\x01\xB9V[PPPP`\x01`\x01`\xA0\x1B\x03\x16`\x80Ra\0\xE5\x82a\x02(V[a\x01@Ra\0\xF2\x81a\x02(V[a\x01`R\x81Q` \x80\x84\x01\x91\x90\x91 a\x01\0R\x81Q\x90\x82\x01 a\x01 RF`\xC0Ra\x01\x80a\x01\0Qa\x01 Q`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x90\x81\x01\x92\x90\x92R``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[`\xA0RPP0`\xE0R`\x01`\x01`\xA0\x1B\x03\x84\x81\x16a\x01\x80R\x83\x81\x16a\x01\xA0R\x82\x16a\x01\xC0Ra\x01\xAE\x81a\x02eV[PPPPPPa\x05\x83V[_\x82a\x02\x15W_a\x01\xD2`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x01\xF9W`@Qc\x1F\xE1\xE1=`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90U[a\x02\x1F\x83\x83a\x03\x03V[\x90P[\x92\x91PPV[__\x82\x90P`\x1F\x81Q\x11\x15a\x02RW\x82`@Qc0Z'\xA9`\xE0\x1B\x81R`\x04\x01a\0\x9A\x91\x90a\x04\xC9V[\x80Qa\x02]\x82a\x04\xFEV[\x17\x93\x92PPPV[`\x01`\x01`@\x1B\x03\x81\x16\x15\x80a\x02\x86WPb\x01Q\x80`\x01`\x01`@\x1B\x03\x82\x16\x11[\x15a\x02\xAFW`@Qc\\\x82Y9`\xE0\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\0\x9AV[`\n\x80T`\x01`\x01`@\x1B\x03\x19\x16`\x01`\x01`@\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F\x91\x80d?\xBAb\xA12\xEE\xC4\x95*\xA3U\xF4\x1F\xB5J\xA3U\xB6M\xE4\x90\xA1-.\x9FaZ\x80\x94\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x03\xA4W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\x03\\a\x03\xABV[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x02\"V[P_a\x02\"V[_a\x03\xB4a\x03\xB9V[\x90P\x90V[_6`\x14\x80\x82\x10\x80\x15\x90a\x03\xD1WPa\x03\xD13a\x03\xFFV[\x15a\x03\xF7Wa\x03\xE46\x82\x84\x03\x81_a\x05$V[a\x03\xED\x91a\x05KV[``\x1C\x92PPP\x90V[3\x92PPP\x90V[_a\x04\t`\x80Q\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14\x90P\x91\x90PV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x048W__\xFD[PV[______`\xC0\x87\x89\x03\x12\x15a\x04PW__\xFD[\x86Qa\x04[\x81a\x04$V[` \x88\x01Q\x90\x96Pa\x04l\x81a\x04$V[`@\x88\x01Q\x90\x95Pa\x04}\x81a\x04$V[``\x88\x01Q\x90\x94Pa\x04\x8E\x81a\x04$V[`\x80\x88\x01Q\x90\x93Pa\x04\x9F\x81a\x04$V[`\xA0\x88\x01Q\x90\x92P`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x04\xBBW__\xFD[\x80\x91PP\x92\x95P\x92\x95P\x92\x95V[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[\x80Q` \x80\x83\x01Q\x91\x90\x81\x10\x15a\x05\x1EW_\x19\x81` \x03`\x03\x1B\x1B\x82\x16\x91P[P\x91\x90PV[__\x85\x85\x11\x15a\x052W__\xFD[\x83\x86\x11\x15a\x05>W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805`\x01`\x01``\x1B\x03\x19\x81\x16\x90`\x14\x84\x10\x15a\x05|W`\x01`\x01``\x1B\x03\x19`\x14\x85\x90\x03`\x03\x1B\x81\x90\x1B\x82\x16\x16\x91P[P\x92\x91PPV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0Qa\x01 Qa\x01@Qa\x01`Qa\x01\x80Qa\x01\xA0Qa\x01\xC0QaB8a\x06&_9_\x81\x81a\t\0\x01Ra\x17`\x01R_\x81\x81a\x12:\x01R\x81\x81a\x19x\x01Ra\x1D\xE1\x01R_\x81\x81a\x1A\xE4\x01Ra!\xC9\x01R_a)\xD8\x01R_a)\xAD\x01R_a4Y\x01R_a41\x01R_a3\x8C\x01R_a3\xB6\x01R_a3\xE0\x01R_\x81\x81a\x05:\x01R\x81\x81a\x06T\x01Ra-\xF8\x01RaB8_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x03QW_5`\xE0\x1C\x80c~iTb\x11a\x01\xBEW\x80c\xA2\x17\xFD\xDF\x11a\0\xFEW\x80c\xCFn\xEF\xB7\x11a\0\x9EW\x80c\xD8d\xE7@\x11a\0yW\x80c\xD8d\xE7@\x14a\x08\xFEW\x80c\xE5,\xB3j\x14a\t$W\x80c\xE5\xC3\x01 \x14a\tFW\x80c\xF24?^\x14a\tfW__\xFD[\x80c\xCFn\xEF\xB7\x14a\x08\xB5W\x80c\xD5Gt\x1F\x14a\x08\xE3W\x80c\xD6\x02\xB9\xFD\x14a\x08\xF6W__\xFD[\x80c\xB2\xDCr\x04\x11a\0\xD9W\x80c\xB2\xDCr\x04\x14a\x08\x88W\x80c\xCC\x84c\xC8\x14a\x08\x9BW\x80c\xCC\x9D\x1F\xD9\x14a\x08\xA3W\x80c\xCE\xFC\x14)\x14a\x08\xADW__\xFD[\x80c\xA2\x17\xFD\xDF\x14a\x08[W\x80c\xA4\x10?\xA0\x14a\x08bW\x80c\xB2\xB6\x1AO\x14a\x08uW__\xFD[\x80c\x94\xF1w:\x11a\x01iW\x80c\x9D0\x7F\xE6\x11a\x01DW\x80c\x9D0\x7F\xE6\x14a\x07\xC4W\x80c\x9EL\xAC+\x14a\x07\xD7W\x80c\x9E\xD4F\xDE\x14a\x08\x17W\x80c\xA1\xED\xA5<\x14a\x084W__\xFD[\x80c\x94\xF1w:\x14a\x07cW\x80c\x98\xFC\xBA\xCD\x14a\x07vW\x80c\x9A\xC7]\x87\x14a\x07\x9DW__\xFD[\x80c\x8D\xA5\xCB[\x11a\x01\x99W\x80c\x8D\xA5\xCB[\x14a\x07\x03W\x80c\x91\xD1HT\x14a\x07\x0BW\x80c\x93\xDCn\xF6\x14a\x07AW__\xFD[\x80c~iTb\x14a\x06\x8CW\x80c\x84\xB0\x19n\x14a\x06\xD7W\x80c\x84\xEF\x8F\xFC\x14a\x06\xF2W__\xFD[\x80cP5%\xEC\x11a\x02\x94W\x80cl\x1E\xA7\xA1\x11a\x024W\x80cr\xEE?\x90\x11a\x02\x0FW\x80cr\xEE?\x90\x14a\x06#W\x80cy\xA0Z1\x14a\x066W\x80c|\xA8F\x96\x14a\x06@W\x80c}\xA0\xA8w\x14a\x06RW__\xFD[\x80cl\x1E\xA7\xA1\x14a\x05\xBEW\x80cm\xB4st\x14a\x05\xD1W\x80cp\x8E]0\x14a\x06\x10W__\xFD[\x80c]0\xF4\xB1\x11a\x02oW\x80c]0\xF4\xB1\x14a\x05jW\x80ccN\x93\xDA\x14a\x05}W\x80cd\x9A^\xC7\x14a\x05\x90W\x80ck\x98\xE9-\x14a\x05\xA3W__\xFD[\x80cP5%\xEC\x14a\x04\xF0W\x80cQ\x1E\xECM\x14a\x05\x03W\x80cW+l\x05\x14a\x05*W__\xFD[\x80c$\x8A\x9C\xA3\x11a\x02\xFFW\x80c5\x82\x96\xB1\x11a\x02\xDAW\x80c5\x82\x96\xB1\x14a\x04\x80W\x80c6V\x8A\xBE\x14a\x04\xA3W\x80c7\xE7\x0C\xF4\x14a\x04\xB6W\x80cA\x82\xA2\x15\x14a\x04\xC9W__\xFD[\x80c$\x8A\x9C\xA3\x14a\x04\x16W\x80c//\xF1]\x14a\x04FW\x80c5]\xD62\x14a\x04YW__\xFD[\x80c\x11>\x94i\x11a\x03/W\x80c\x11>\x94i\x14a\x03\xA3W\x80c\x1B\x12\xEFO\x14a\x03\xCBW\x80c#\xCD\xC3\xF1\x14a\x03\xDEW__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x03UW\x80c\x02-c\xFB\x14a\x03}W\x80c\n\xA6\"\x0B\x14a\x03\x99W[__\xFD[a\x03ha\x03c6`\x04a5\xECV[a\tyV[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[b\x06\x97\x80[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x03tV[a\x03\xA1a\t\xD4V[\0[a\x03\xB6a\x03\xB16`\x04a6\xE2V[a\t\xE9V[`@\x80Q\x92\x83R\x90\x15\x15` \x83\x01R\x01a\x03tV[a\x03ha\x03\xD96`\x04a7\x83V[a\x0C\xDEV[a\x03ha\x03\xEC6`\x04a7\xBCV[_\x91\x82R`\x0B` \x90\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x048a\x04$6`\x04a7\xE6V[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[`@Q\x90\x81R` \x01a\x03tV[a\x03\xA1a\x04T6`\x04a7\xBCV[a\r[V[a\x048\x7Fh\x8E\xA9\xF3\x14n\x0C\x8Al\x7F\x08\xBD\xA06\xEF\xF8\xCECJ\xEAU2>\xBD\xC7\xBA\x18kY\".\x1F\x81V[a\x04\x8Ab\x01Q\x80\x81V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x03tV[a\x03\xA1a\x04\xB16`\x04a7\xBCV[a\r\xA0V[a\x048a\x04\xC46`\x04a8\nV[a\x0EzV[a\x048\x7F\xC3\xE6\x8A\xB8\xCAxgZ|<\r\x1F\xB6_\x81K\x91\xB95B\n\x9C\xF0\x01\xE3\x01kA\x95imt\x81V[a\x03\xA1a\x04\xFE6`\x04a8OV[a\x0E\x92V[a\x048\x7F\xD8\xB7D\xC7\xC5\x9D%z_\x87\xEDT\x8F\x8D\xD6\xF2Q1V\x80_\x89\xB4\xFB\x1A\x01\xBC%\x1C\x85\n\xE2\x81V[a\x03ha\x0586`\x04a8\x8DV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x91\x16\x14\x90V[a\x03\xA1a\x05x6`\x04a8\xB6V[a\x0F\xC9V[a\x03\xA1a\x05\x8B6`\x04a8\x8DV[a\x11\xCFV[a\x03\xA1a\x05\x9E6`\x04a99V[a\x11\xE2V[a\x05\xAB`\t\x81V[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x03tV[a\x048a\x05\xCC6`\x04a9^V[a\x11\xF5V[a\x04\x8Aa\x05\xDF6`\x04a7\xBCV[_\x91\x82R`\x06` \x90\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a\x048a\x06\x1E6`\x04a9\xBCV[a\x15\xA3V[a\x048a\x0616`\x04a9\xEEV[a\x15\xAFV[a\x03\x82b\x03\xF4\x80\x81V[`\nTg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x04\x8AV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x03tV[a\x06\xB2a\x06\x9A6`\x04a7\xE6V[_\x90\x81R`\x0E` R`@\x90\x81\x90 T\x91\x90\x82\x90\x1C\x90V[`@\x80Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x93\x16\x83Rc\xFF\xFF\xFF\xFF\x90\x91\x16` \x83\x01R\x01a\x03tV[a\x06\xDFa\x15\xB9V[`@Qa\x03t\x97\x96\x95\x94\x93\x92\x91\x90a:6V[`\x02T`\x01`\x01`\xA0\x1B\x03\x16a\x06tV[a\x06ta\x16\x17V[a\x03ha\x07\x196`\x04a7\xBCV[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x07Ta\x07O6`\x04a:\xE8V[a\x16/V[`@Qa\x03t\x93\x92\x91\x90a;QV[a\x03\xA1a\x07q6`\x04a;\x87V[a\x16zV[a\x048\x7F8}:\xAET\x81\xF2\xED5Vz\xCC\x1FQS\x85\x86Ac#l\xA9}9\xEDu\xB1\x18\x0C\x98\0\xB6\x81V[a\x048\x7F\xC7\x16\xC3\xF4\xE2]\xFAThz#l\x0F\x14\xC6\xF0\xD3\xDC\x90\x94\x04C\x14\x9D\x7F\xBC\xECM{w\xB4\x9B\x81V[a\x048a\x07\xD26`\x04a;\xEAV[a\x1A\x9DV[a\x07\xEAa\x07\xE56`\x04a8\x8DV[a\x1C\xA2V[`@\x80Qc\xFF\xFF\xFF\xFF\x90\x94\x16\x84Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16` \x85\x01R\x91\x16\x90\x82\x01R``\x01a\x03tV[a\x08\x1F`\x05\x81V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x03tV[a\x08<a\x1C\xDCV[`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x93\x84\x16\x81R\x92\x90\x91\x16` \x83\x01R\x01a\x03tV[a\x048_\x81V[a\x03\xA1a\x08p6`\x04a<*V[a\x1DEV[a\x03\xA1a\x08\x836`\x04a<wV[a\x1DaV[a\x03ha\x08\x966`\x04a7\xBCV[a\x1DtV[a\x03\x82a\x1EJV[a\x04\x8Ab'\x8D\0\x81V[a\x03\xA1a\x1E\xD6V[`\x01T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x81R`\x01`\xA0\x1B\x90\x92\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x83\x01R\x01a\x03tV[a\x03\xA1a\x08\xF16`\x04a7\xBCV[a\x1FGV[a\x03\xA1a\x1F\x88V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x06tV[a\x03ha\t26`\x04a7\xE6V[_\x90\x81R`\r` R`@\x90 T`\xFF\x16\x90V[a\tYa\tT6`\x04a7\xE6V[a\x1F\x9AV[`@Qa\x03t\x91\x90a<\xA0V[a\x03\xA1a\tt6`\x04a=\rV[a \x81V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7F1I\x87\x86\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\t\xCEWPa\t\xCE\x82a \xCFV[\x92\x91PPV[_a\t\xDE\x81a!eV[a\t\xE6a!vV[PV[___a\t\xF4a!\x82V[\x90P__a\n\x04\x8B\x84\x8B\x8Ba!\x8BV[\x91P\x91Pa\n\x13\x8B\x83\x8Ca\"\xB2V[_\x81\x81R`\r` R`@\x90 T\x90\x95P`\xFF\x16\x15a\nfW`@Q\x7FH\xEA\xE5\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x01[`@Q\x80\x91\x03\x90\xFD[a\nv`\xC0\x8B\x01`\xA0\x8C\x01a<wV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10a\n\xDCW\x84a\n\x97`\xC0\x8C\x01`\xA0\x8D\x01a<wV[`@Q\x7F\x8A\x96\xA14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x92\x90\x92Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`$\x82\x01R`D\x01a\n]V[_\x85\x81R`\x0B` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x84R\x90\x91R\x90 T`\xFF\x16\x15a\x0BJW`@Q\x7F\xA7-\xB7\x87\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`\x01`\x01`\xA0\x1B\x03\x84\x16`$\x82\x01R`D\x01a\n]V[_\x85\x81R`\x0B` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x84R\x82R\x80\x83 \x80T`\xFF\x19\x16`\x01\x17\x90U\x87\x83R`\x0C\x90\x91R\x81 \x80T\x82\x90a\x0B\x8D\x90a=yV[\x91\x90P\x81\x90U\x90P\x85\x7F2M\xE6\x0CE'\x14\x8F F\xBE\x05;\xA2c\xAEz\x93\xCD\xDE\xF8\xCF\x99Z\xB4'w\xEC\xD9\xF4\xA5\r\x82`@Qa\x0B\xC7\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2\x81`\xFF\x16\x81\x10\x15a\x0B\xE7WP_\x93Pa\x0C\xD3\x92PPPV[\x8A``\x015\x88\x88`@Qa\x0B\xFC\x92\x91\x90a=\x91V[`@Q\x80\x91\x03\x90 \x14a\x0CAW`@Q\x7F\x9E\x81/\xDD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R``\x8C\x015`\x04\x82\x01R`$\x01a\n]V[_\x86\x81R`\r` R`@\x90\x81\x90 \x80T`\xFF\x19\x16`\x01\x17\x90UQ\x86\x90\x7F\xBD\xFE\x19\xA8\xB3\x0C\xAC:`\x1A\xC6\"\x03D\r(5\x01\xE2\xCFw&\x0E\xC2\x10:t\x17C\xF83\x9C\x90a\x0C\x8D\x90\x84\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2a\x0C\xCA\x8C\x8C_\x015\x8D` \x01` \x81\x01\x90a\x0C\xB0\x91\x90a=\xA0V[\x8E`@\x01` \x81\x01\x90a\x0C\xC3\x91\x90a<wV[\x8C\x8Ca\"\xE7V[P`\x01\x93PPPP[\x96P\x96\x94PPPPPV[_\x80\x82`\x02\x81\x11\x15a\x0C\xF2Wa\x0C\xF2a;\x10V[\x03a\x0C\xFEWP_a\rTV[_`\x05_a\r\x0C\x87\x87a%\x16V[\x81R` \x01\x90\x81R` \x01_ T\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x80\x15a\rPWP\x82`\x02\x81\x11\x15a\rBWa\rBa;\x10V[`\xFF\x16`@\x82\x90\x1C`\xFF\x16\x10\x15[\x91PP[\x93\x92PPPV[\x81a\r\x92W`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\r\x9C\x82\x82a%SV[PPV[\x81\x15\x80\x15a\r\xBBWP`\x02T`\x01`\x01`\xA0\x1B\x03\x82\x81\x16\x91\x16\x14[\x15a\x0EpW`\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x90`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x15\x15\x80a\r\xF1WPe\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15[\x80a\x0E\x04WPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[\x15a\x0EEW`@Q\x7F\x19\xCA^\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\n]V[PP`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90U[a\r\x9C\x82\x82a%}V[_a\x0E\x87\x85\x85\x85\x85a%\xDEV[\x90P[\x94\x93PPPPV[\x7F\xC7\x16\xC3\xF4\xE2]\xFAThz#l\x0F\x14\xC6\xF0\xD3\xDC\x90\x94\x04C\x14\x9D\x7F\xBC\xECM{w\xB4\x9Ba\x0E\xBC\x81a!eV[\x83\x15\x80a\x0E\xCDWPc\xFF\xFF\xFF\xFF\x82\x16\x15[\x15a\x0F\x04W`@Q\x7F\x93\xD2B\x1F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x84\x81R`\x0E` R`@\x90 T\x15a\x0FLW`@Q\x7F\xF6\x82\xFEW\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x01a\n]V[_\x84\x81R`\x0E` R`@\x90\x81\x90 g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFC\x16k\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x85\x84\x1B\x16\x17\x90UQ\x84\x90\x7F\x84\xCAH`~\x1D4\x80\x98?h>\xA5G\x19(/$\xF0\x822\xF91\xDB\xA6\xDEH\x0E\xE9\x07\x96\x0B\x90a\x0F\xBB\x90\x86\x90\x86\x90\x91\x82Rc\xFF\xFF\xFF\xFF\x16` \x82\x01R`@\x01\x90V[`@Q\x80\x91\x03\x90\xA2PPPPV[\x84`\xC0\x015B\x11\x15a\x10\rW`@Q\x7F\xCD!\xDBO\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xC0\x86\x015`\x04\x82\x01R`$\x01a\n]V[\x84`\x80\x015\x82\x82`@Qa\x10\"\x92\x91\x90a=\x91V[`@Q\x80\x91\x03\x90 \x14a\x10gW`@Q\x7F\x9E\x81/\xDD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x80\x86\x015`\x04\x82\x01R`$\x01a\n]V[a\x10\x87a\x10w` \x87\x01\x87a8\x8DV[a\x10\x80\x87a&QV[\x86\x86a&\xD9V[a\x10\xD6Wa\x10\x98` \x86\x01\x86a8\x8DV[`@Q\x7F\xD8U\xC4\xF4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\n]V[_`H`\x05\x82a\x10\xF6a\x10\xEC` \x8B\x01\x8Ba8\x8DV[\x8A` \x015a%\x16V[\x81R` \x81\x01\x91\x90\x91R`@\x01_ T\x90\x1C\x90Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x11%`\xC0\x88\x01`\xA0\x89\x01a<wV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x11\x8BWa\x11D`\xC0\x87\x01`\xA0\x88\x01a<wV[`@Q\x7F\x06Bz\xEB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16`\x04\x82\x01R\x90\x82\x16`$\x82\x01R`D\x01a\n]V[a\x11\xC7a\x11\x9B` \x88\x01\x88a8\x8DV[` \x88\x015a\x11\xB0``\x8A\x01`@\x8B\x01a=\xA0V[a\x11\xC0`\x80\x8B\x01``\x8C\x01a<wV[\x87\x87a\"\xE7V[PPPPPPV[_a\x11\xD9\x81a!eV[a\r\x9C\x82a'EV[_a\x11\xEC\x81a!eV[a\r\x9C\x82a'\xB0V[__a\x11\xFFa!\x82V[`@Q\x7FZ\xFAP6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x80\x83\x16`\x04\x83\x01R\x91\x92P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90cZ\xFAP6\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x12\x81W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x12\xA5\x91\x90a=\xB9V[a\x12\xE6W`@Q\x7Fwe\xF1,\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\n]V[\x85a\x13\x1DW`@Q\x7F:\x16Rg\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x13&\x81a(\x1FV[`\nT_\x90a\x13?\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16Ba=\xD4V[\x90P`\t_\x81Ta\x13O\x90a=yV[\x91\x90P\x81\x90U\x92P`@Q\x80`\xC0\x01`@R\x80\x88\x81R` \x01\x83`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x87a\xFF\xFF\x16\x81R` \x01`\x01`\x03\x81\x11\x15a\x13\xB4Wa\x13\xB4a;\x10V[\x90R_\x84\x81R`\x07` \x90\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x82\x01\x80T\x93\x85\x01Q`\x01`\x01`\xA0\x1B\x03\x90\x92\x16\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x94\x16\x93\x90\x93\x17`\x01`\xA0\x1Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16\x02\x17\x90\x92U``\x83\x01Q`\x02\x82\x01\x80T`\x80\x86\x01Q\x92\x90\x94\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x90\x94\x16\x93\x90\x93\x17h\x01\0\0\0\0\0\0\0\0a\xFF\xFF\x90\x92\x16\x91\x90\x91\x02\x17\x80\x83U`\xA0\x84\x01Q\x91\x92\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16j\x01\0\0\0\0\0\0\0\0\0\0\x83`\x03\x81\x11\x15a\x14\xBEWa\x14\xBEa;\x10V[\x02\x17\x90UPPP_\x87\x81R`\x06` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x82\x16\x11\x15a\x15PW_\x87\x81R`\x06` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x17\x90U[\x81`\x01`\x01`\xA0\x1B\x03\x16\x87\x84\x7Fe\xAB\xCF&W\xDD.\xCDFYk\xA5A\xC2dm\xAD\x88S\x1EO\xE2tK\xAA\xE4f2\xBC\xB5\x0F,\x89\x85\x8A\x8A`@Qa\x15\x91\x94\x93\x92\x91\x90a>\x1DV[`@Q\x80\x91\x03\x90\xA4PP\x94\x93PPPPV[_a\x0E\x8A\x84\x84\x84a\"\xB2V[_a\t\xCE\x82a&QV[_``\x80___``a\x15\xCAa)\xA6V[a\x15\xD2a)\xD1V[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[_a\x16*`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[\x90P\x90V[____`\x05_a\x16@\x88\x88a%\x16V[\x81R` \x01\x90\x81R` \x01_ T\x90P`@\x81\x90\x1C`\xFF\x16`\x02\x81\x11\x15a\x16iWa\x16ia;\x10V[\x93P\x91PP`H\x81\x90\x1C\x92P\x92P\x92V[_\x86\x81R`\x07` R`@\x81 \x90`\x02\x82\x01Tj\x01\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x16\xAFWa\x16\xAFa;\x10V[\x03a\x16\xE9W`@Q\x7FBU~\x97\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`$\x01a\n]V[`\x01`\x02\x82\x01Tj\x01\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x17\x12Wa\x17\x12a;\x10V[\x14a\x17^W\x86\x81`\x02\x01`\n\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`@Q\x7F\xA1X\xED4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\n]\x92\x91\x90a>TV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xF9\xC8\x15Ba\x17\x99\x89\x89\x89\x89a%\xDEV[\x85\x85`@Q\x84c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a\x17\xB9\x93\x92\x91\x90a>hV[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x17\xD4W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x17\xF8\x91\x90a=\xB9V[a\x181W`@Q\x7F\xEC\xCAB?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`$\x01a\n]V[\x85\x15a\x18\x9EW`\x02\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16j\x02\0\0\0\0\0\0\0\0\0\0\x17\x90U`@Q\x87\x90\x7F\xFD\x80P\xCC\xD3Js\xA4P\xAB\xE6\xD9W\xA6\x0C\xACC\x80\x973\x81D-\x88~\x9C{Ip\xE6#8\x90_\x90\xA2Pa\x11\xC7V[`\x01\x81\x01T`\x02\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16j\x03\0\0\0\0\0\0\0\0\0\0\x17\x90U\x81T_\x90\x81R`\x06` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x90\x94\x16\x80\x84R\x93\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x90Ua\x19/\x81a)\xFCV[`@Q\x7F\xA6r\xEB\xDB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x81\x16`\x04\x83\x01R\x86\x81\x16`$\x83\x01R`D\x82\x01\x88\x90R_\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\xA6r\xEB\xDB\x90`d\x01` `@Q\x80\x83\x03\x81_\x87Z\xF1\x92PPP\x80\x15a\x19\xDEWP`@\x80Q`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01\x90\x92Ra\x19\xDB\x91\x81\x01\x90a?NV[`\x01[a\x1ATW=\x80\x80\x15a\x1A\x0BW`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\x1A\x10V[``\x91P[P\x80Q_\x03a\x1ANW`@Q\x7F\xF3We\xC2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x8B\x90R`$\x01a\n]V[Pa\x1AWV[\x90P[`@\x80Q\x88\x81R` \x81\x01\x83\x90R\x8A\x91\x7F\x1C9\xD3\xAAOl\xBE\xA9j\x1F5\xE2c\xBB\xD8\x16\x94re\x7F\xB1\xAD/\x8CAl\xEC\xE4t\xA3\\\x92\x91\x01`@Q\x80\x91\x03\x90\xA2PPPPPPPPPV[__a\x1A\xA7a!\x82V[`@Q\x7F\xB0\xDF(\x91\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x86\x81\x16`\x04\x83\x01R\x91\x92P_\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xB0\xDF(\x91\x90`$\x01```@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1B)W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1BM\x91\x90a?uV[PP\x90Pa\x1B\\\x85\x82\x86a\"\xB2V[_\x81\x81R`\r` R`@\x90 T\x90\x93P`\xFF\x16\x15a\x1B\xAAW`@Q\x7FH\xEA\xE5\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\n]V[_\x83\x81R`\x0B` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 T`\xFF\x16a\x1C\x17W`@Q\x7F\x19\xB4\x06p\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x83\x16`$\x82\x01R`D\x01a\n]V[_\x83\x81R`\x0B` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x82R\x80\x83 \x80T`\xFF\x19\x16\x90U\x85\x83R`\x0C\x90\x91R\x81 \x80T\x82\x90a\x1CW\x90a?\xA5V[\x91\x90P\x81\x90U\x90P\x83\x7F\xD4\xEA\x99GZ\x86\x82\x9BRN#\xE4\xB8gHr_\xE9\xA3\x88\xEArr\x8E\xC7\xD0]\x14\x94\xF92\x81\x82`@Qa\x1C\x91\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2PPP\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x08` R`@\x81 T\x81\x90\x81\x90a\x1C\xCF` \x82\x90\x1C\x90``\x83\x90\x1C\x90V[\x92P\x92P\x92P\x91\x93\x90\x92PV[`\x02T_\x90z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x15\x80\x15a\x1D\x1EWPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[a\x1D)W__a\x1D=V[`\x02T`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81[\x91P\x91P\x90\x91V[a\x1DZa\x1DPa!\x82V[\x86\x86\x86\x86\x86a\"\xE7V[PPPPPV[_a\x1Dk\x81a!eV[a\r\x9C\x82a*\x8BV[_\x82\x81R`\x06` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x80\x15a\rTWP`@Q\x7FZ\xFAP6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cZ\xFAP6\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1E&W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\rT\x91\x90a=\xB9V[`\x02T_\x90z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x15\x80\x15a\x1E\x8BWPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10[a\x1E\xBDW`\x01Tz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x1E\xD0V[`\x02T`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16[\x91PP\x90V[`\x01T`\x01`\x01`\xA0\x1B\x03\x16\x80a\x1E\xEBa!\x82V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x1F?Wa\x1F\x01a!\x82V[`@Q\x7F\xC2,\x80\"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\n]V[a\t\xE6a+^V[\x81a\x1F~W`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\r\x9C\x82\x82a,$V[_a\x1F\x92\x81a!eV[a\t\xE6a,HV[a\x1F\xCF`@\x80Q`\xC0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R\x90`\xA0\x82\x01R\x90V[_\x82\x81R`\x07` \x90\x81R`@\x91\x82\x90 \x82Q`\xC0\x81\x01\x84R\x81T\x81R`\x01\x82\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x93\x82\x01\x93\x90\x93Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x90\x93\x04\x83\x16\x93\x81\x01\x93\x90\x93R`\x02\x81\x01T\x91\x82\x16``\x84\x01Ra\xFF\xFFh\x01\0\0\0\0\0\0\0\0\x83\x04\x16`\x80\x84\x01R\x90`\xA0\x83\x01\x90`\xFFj\x01\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16`\x03\x81\x11\x15a gWa ga;\x10V[`\x03\x81\x11\x15a xWa xa;\x10V[\x90RP\x92\x91PPV[a \x89a!\x82V[`\x01`\x01`\xA0\x1B\x03\x16\x7F\xD1CE\xFA\x94\xE0\x0E\xA9:\xFE\xBD\0\xD5\x84\xD0\xE4\x980r\x90@/\xCET\x9E\x8A\xFDH\xF9\x87Qv\x83\x83`@Qa \xC3\x92\x91\x90a?\xBAV[`@Q\x80\x91\x03\x90\xA2PPV[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\t\xCEWP\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x14a\t\xCEV[a\t\xE6\x81a!qa!\x82V[a,RV[a!\x80__a,\xBDV[V[_a\x16*a-\xE7V[`@Q\x7F\xB0\xDF(\x91\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x81\x16`\x04\x83\x01R_\x91\x82\x91\x82\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\xB0\xDF(\x91\x90`$\x01```@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\"\x10W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\"4\x91\x90a?uV[\x91\x94P\x90\x92P\x90P`\xFF\x81\x16\x15\x80a\"^WPa\"\\\x85\x85\x85a\"W\x8B\x8Ba.QV[a.\x95V[\x15[\x15a\"\xA8W`@Q\x7F\x82o\x1B\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x80\x89\x16`\x04\x83\x01R\x87\x16`$\x82\x01R`D\x01a\n]V[P\x94P\x94\x92PPPV[_\x83\x83\x83`@Q` \x01a\"\xC8\x93\x92\x91\x90a?\xCDV[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x93\x92PPPV[\x84a#\x1EW`@Q\x7FS\xCDW\x83\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a#)\x87\x87a%\x16V[_\x81\x81R`\x05` R`@\x81 T\x91\x92Pi\x01\0\0\0\0\0\0\0\0\0a#P`\x01\x82a@`V[\x19\x83\x16a#]\x91\x90a@sV[\x90P_\x87`\x02\x81\x11\x15a#rWa#ra;\x10V[\x03a$8Wa#\x8C`\x01i\x01\0\0\0\0\0\0\0\0\0a@`V[\x82\x16_\x03a#\xD8W`@Q\x7F\r\x98\xC5\xB8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x8A\x16`\x04\x82\x01R`$\x81\x01\x89\x90R`D\x01a\n]V[_\x83\x81R`\x05` R`@\x80\x82 \x83\x90UQ\x89\x91`\x01`\x01`\xA0\x1B\x03\x8C\x16\x91\x7F\xE1\x8B&U\xD8O\xDBh\x17H\xDD9#\x0B\xB5\xB2\xE1\x1D|b\x0F\xA3\x97\xEDb\x11\x84\x8DV\xF3\xD5\xE4\x91a$(\x91\x81\x90\x8B\x90\x8B\x90a@\x86V[`@Q\x80\x91\x03\x90\xA3PPPa\x11\xC7V[B\x86g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a$\x87W`@Q\x7F\x8DI\x9F}\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`\x04\x82\x01R`$\x01a\n]V[`@\x87`\x02\x81\x11\x15a$\x9BWa$\x9Ba;\x10V[`\xFF\x16\x90\x1B\x86g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82\x17\x17`\x05_\x85\x81R` \x01\x90\x81R` \x01_ \x81\x90UP\x87\x89`\x01`\x01`\xA0\x1B\x03\x16\x7F\xE1\x8B&U\xD8O\xDBh\x17H\xDD9#\x0B\xB5\xB2\xE1\x1D|b\x0F\xA3\x97\xEDb\x11\x84\x8DV\xF3\xD5\xE4\x89\x89\x89\x89`@Qa%\x03\x94\x93\x92\x91\x90a@\x86V[`@Q\x80\x91\x03\x90\xA3PPPPPPPPPV[`@\x80Q`\x01`\x01`\xA0\x1B\x03\x84\x16` \x82\x01R\x90\x81\x01\x82\x90R_\x90``\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x92\x91PPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta%m\x81a!eV[a%w\x83\x83a.\xACV[PPPPV[a%\x85a!\x82V[`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14a%\xCFW`@Q\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a%\xD9\x82\x82a/CV[PPPV[`@\x80Q\x7F8}:\xAET\x81\xF2\xED5Vz\xCC\x1FQS\x85\x86Ac#l\xA9}9\xEDu\xB1\x18\x0C\x98\0\xB6` \x82\x01R\x90\x81\x01\x85\x90R\x83\x15\x15``\x82\x01R`\x80\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x82\x16`\xA0\x82\x01R_\x90a\x0E\x87\x90`\xC0\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 a/\x97V[_a\t\xCE\x7F\xD8\xB7D\xC7\xC5\x9D%z_\x87\xEDT\x8F\x8D\xD6\xF2Q1V\x80_\x89\xB4\xFB\x1A\x01\xBC%\x1C\x85\n\xE2a&\x83` \x85\x01\x85a8\x8DV[` \x85\x015a&\x98``\x87\x01`@\x88\x01a=\xA0V[a&\xA8`\x80\x88\x01``\x89\x01a<wV[`\x80\x88\x015a&\xBD`\xC0\x8A\x01`\xA0\x8B\x01a<wV[\x89`\xC0\x015`@Q` \x01a&6\x98\x97\x96\x95\x94\x93\x92\x91\x90a@\xB6V[___a&\xE7\x86\x86\x86a/\xDEV[P\x90\x92P\x90P_\x81`\x03\x81\x11\x15a'\0Wa'\0a;\x10V[\x14\x80\x15a'\x1EWP\x86`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a'.W`\x01\x92PPPa\x0E\x8AV[a':\x87\x87\x87\x87a0%V[\x97\x96PPPPPPPV[_a'Na\x1EJV[a'WBa0\xA8V[a'a\x91\x90aA\x1AV[\x90Pa'm\x82\x82a0\xF7V[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x7F3w\xDCD$\x1Ew\x9D\xD0j\xFA\xB5\xB7\x88\xA3\\\xA5\xF3\xB7x\x83n)\x90\xBD\xB2j*K.^\xD6\x90` \x01a \xC3V[_a'\xBA\x82a1tV[a'\xC3Ba0\xA8V[a'\xCD\x91\x90aA\x1AV[\x90Pa'\xD9\x82\x82a,\xBDV[`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16\x82R\x83\x16` \x82\x01R\x7F\xF1\x03\x8C\x18\xCF\x84\xA5nC/\xDB\xFA\xF7F\x92K~\xA5\x11\xDF\xE0:e\x06\xA0\xCE\xBAH\x88x\x8D\x9B\x91\x01`@Q\x80\x91\x03\x90\xA1PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x08` R`@\x81 T\x81\x90\x81\x90a(L` \x82\x90\x1C\x90``\x83\x90\x1C\x90V[\x92P\x92P\x92P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a(\xB1W`@Q\x7FK\x0E[G\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\n]V[a(\xC8g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16b\x01Q\x80a@sV[B\x10a(\xD5W_\x92PB\x91P[`\x05c\xFF\xFF\xFF\xFF\x84\x16\x10a)>W\x83a(\xF1\x83b\x01Q\x80a=\xD4V[`@Q\x7F\x17H\xEC\xC7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x92\x16`\x04\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`$\x82\x01R`D\x01a\n]V[a)\x85a)L\x84`\x01aA8V[c\xFF\xFF\xFF\xFF\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0` \x85\x90\x1B\x16\x17s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0``\x84\x90\x1B\x16\x17\x90V[`\x01`\x01`\xA0\x1B\x03\x90\x94\x16_\x90\x81R`\x08` R`@\x90 \x93\x90\x93UPPPV[``a\x16*\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a1\xBBV[``a\x16*\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a1\xBBV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x08` \x90\x81R`@\x90\x91 T\x90\x81\x90\x1Ca*k\x82\x82a*-b'\x8D\0Ba=\xD4V[c\xFF\xFF\xFF\xFF\x83\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0` \x84\x90\x1B\x16\x17s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0``\x83\x90\x1B\x16\x17\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x90\x93\x16_\x90\x81R`\x08` R`@\x90 \x92\x90\x92UPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15\x80a*\xAEWPb\x01Q\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x11[\x15a*\xF1W`@Q\x7F\\\x82Y9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\n]V[`\n\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F\x91\x80d?\xBAb\xA12\xEE\xC4\x95*\xA3U\xF4\x1F\xB5J\xA3U\xB6M\xE4\x90\xA1-.\x9FaZ\x80\x94\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[`\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x90`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x80a+\x90WPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[\x15a+\xD1W`@Q\x7F\x19\xCA^\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\n]V[a+\xEC_a+\xE7`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[a/CV[Pa+\xF7_\x83a.\xACV[PP`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90UPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta,>\x81a!eV[a%w\x83\x83a/CV[a!\x80__a0\xF7V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T`\xFF\x16a\r\x9CW`@Q\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\n]V[`\x02Tz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15a-\x80WBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15a-WW`\x02T`\x01\x80Ty\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1B\x90\x92\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x91\x90\x91\x17\x90Ua-\x80V[`@Q\x7F+\x1F\xA2\xED\xAF\xE6\xF7\xB9\xE9|\x1A\x9E\x0C6`\xE6E\xBE\xB2\xDC\xAA-E\xBD\xBF\x9B\xEA\xF5G.\x1E\xC5\x90_\x90\xA1[P`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x16`\x01`\xA0\x1Be\xFF\xFF\xFF\xFF\xFF\xFF\x94\x85\x16\x02y\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x92\x90\x93\x16\x91\x90\x91\x02\x91\x90\x91\x17\x90UV[_6`\x14\x80\x82\x10\x80\x15\x90a.#WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x163\x14[\x15a.IWa.66\x82\x84\x03\x81_aATV[a.?\x91aA{V[``\x1C\x92PPP\x90V[3\x92PPP\x90V[`@\x80Q`\x01`\x01`\xA0\x1B\x03\x80\x85\x16` \x83\x01R\x83\x16\x91\x81\x01\x91\x90\x91R_\x90``\x01`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x82\x82R\x80Q` \x91\x82\x01 \x90\x83\x01R\x01a%5V[_\x82a.\xA2\x86\x86\x85a1\xF8V[\x14\x95\x94PPPPPV[_\x82a/9W_a.\xC5`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x14a/\x05W`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90U[a\rT\x83\x83a29V[_\x82\x15\x80\x15a/_WP`\x02T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16\x91\x16\x14[\x15a/\x8DW`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90U[a\rT\x83\x83a2\xE1V[_a\t\xCEa/\xA3a3\x80V[\x83`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[_\x80\x80`A\x84\x90\x03a0\x12W\x845` \x86\x015`@\x87\x015_\x1Aa0\x04\x89\x82\x85\x85a4\xA9V[\x95P\x95P\x95PPPPa0\x1CV[P_\x91P`\x02\x90P\x82[\x93P\x93P\x93\x90PV[`@\x80Q\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x82R`\x04\x82\x01\x86\x90R`$\x82\x01\x92\x90\x92R`D\x81\x01\x83\x90R_\x91\x90\x83\x90\x81\x86`d\x83\x017_\x82`d\x83\x01\x01R`\x1F\x82\x01`\x05\x1C`\x05\x1B\x91P` _`d\x84\x01\x83\x8BZ\xFA\x90P\x82_Q\x14`\x1F=\x11\x16\x81\x16\x93PPPP\x94\x93PPPPV[_e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a0\xF3W`@Q\x7Fm\xFC\xC6P\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`0`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\n]V[P\x90V[`\x01\x80T`\x01`\xA0\x1Be\xFF\xFF\xFF\xFF\xFF\xFF\x84\x81\x16\x82\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x16`\x01`\x01`\xA0\x1B\x03\x88\x16\x17\x17\x90\x93U\x90\x04\x16\x80\x15a%\xD9W`@Q\x7F\x88\x86\xEB\xFCBY\xAB\xDB\xC1f\x01\xDD\x8F\xB5g\x8ET\x87\x8FG\xB3\xC3H6\xCF\xC5\x11T\xA9`Q\t\x90_\x90\xA1PPPV[__a1~a\x1EJV[\x90P\x80e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a1\xA6Wa1\xA1\x83\x82aA\xE0V[a\rTV[a\rTe\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16b\x06\x97\x80a5qV[``_a1\xC7\x83a5\x80V[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_\x81\x81[\x84\x81\x10\x15a20Wa2&\x82\x87\x87\x84\x81\x81\x10a2\x1AWa2\x1AaA\xFEV[\x90P` \x02\x015a5\xC0V[\x91P`\x01\x01a1\xFCV[P\x94\x93PPPPV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a2\xDAW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua2\x92a!\x82V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\t\xCEV[P_a\t\xCEV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16\x15a2\xDAW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16\x90Ua38a!\x82V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\t\xCEV[_0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a3\xD8WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a4\x02WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\x16*`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a4\xE2WP_\x91P`\x03\x90P\x82a5gV[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a53W=__>=_\xFD[PP`@Q`\x1F\x19\x01Q\x91PP`\x01`\x01`\xA0\x1B\x03\x81\x16a5^WP_\x92P`\x01\x91P\x82\x90Pa5gV[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[_\x82\x82\x18\x82\x84\x10\x02\x82\x18a\rTV[_`\xFF\x82\x16`\x1F\x81\x11\x15a\t\xCEW`@Q\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x81\x83\x10a5\xDAW_\x82\x81R` \x84\x90R`@\x90 a\rTV[_\x83\x81R` \x83\x90R`@\x90 a\rTV[_` \x82\x84\x03\x12\x15a5\xFCW__\xFD[\x815\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x81\x14a\rTW__\xFD[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a6AW__\xFD[\x91\x90PV[_`\xC0\x82\x84\x03\x12\x15a6VW__\xFD[P\x91\x90PV[__\x83`\x1F\x84\x01\x12a6lW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a6\x83W__\xFD[` \x83\x01\x91P\x83` \x82`\x05\x1B\x85\x01\x01\x11\x15a6\x9DW__\xFD[\x92P\x92\x90PV[__\x83`\x1F\x84\x01\x12a6\xB4W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a6\xCBW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a6\x9DW__\xFD[______a\x01 \x87\x89\x03\x12\x15a6\xF8W__\xFD[a7\x01\x87a6+V[\x95Pa7\x10\x88` \x89\x01a6FV[\x94P`\xE0\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a7+W__\xFD[a77\x89\x82\x8A\x01a6\\V[\x90\x95P\x93PPa\x01\0\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a7WW__\xFD[a7c\x89\x82\x8A\x01a6\xA4V[\x97\x9A\x96\x99P\x94\x97P\x92\x95\x93\x94\x92PPPV[\x805`\x03\x81\x10a6AW__\xFD[___``\x84\x86\x03\x12\x15a7\x95W__\xFD[a7\x9E\x84a6+V[\x92P` \x84\x015\x91Pa7\xB3`@\x85\x01a7uV[\x90P\x92P\x92P\x92V[__`@\x83\x85\x03\x12\x15a7\xCDW__\xFD[\x825\x91Pa7\xDD` \x84\x01a6+V[\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a7\xF6W__\xFD[P5\x91\x90PV[\x80\x15\x15\x81\x14a\t\xE6W__\xFD[____`\x80\x85\x87\x03\x12\x15a8\x1DW__\xFD[\x845\x93P` \x85\x015a8/\x81a7\xFDV[\x92P`@\x85\x015\x91Pa8D``\x86\x01a6+V[\x90P\x92\x95\x91\x94P\x92PV[___``\x84\x86\x03\x12\x15a8aW__\xFD[\x835\x92P` \x84\x015\x91P`@\x84\x015c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a8\x82W__\xFD[\x80\x91PP\x92P\x92P\x92V[_` \x82\x84\x03\x12\x15a8\x9DW__\xFD[a\rT\x82a6+V[_`\xE0\x82\x84\x03\x12\x15a6VW__\xFD[_____a\x01 \x86\x88\x03\x12\x15a8\xCBW__\xFD[a8\xD5\x87\x87a8\xA6V[\x94P`\xE0\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a8\xF0W__\xFD[a8\xFC\x88\x82\x89\x01a6\xA4V[\x90\x95P\x93PPa\x01\0\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a9\x1CW__\xFD[a9(\x88\x82\x89\x01a6\xA4V[\x96\x99\x95\x98P\x93\x96P\x92\x94\x93\x92PPPV[_` \x82\x84\x03\x12\x15a9IW__\xFD[\x815e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\rTW__\xFD[____``\x85\x87\x03\x12\x15a9qW__\xFD[\x845\x93P` \x85\x015a\xFF\xFF\x81\x16\x81\x14a9\x89W__\xFD[\x92P`@\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a9\xA4W__\xFD[a9\xB0\x87\x82\x88\x01a6\xA4V[\x95\x98\x94\x97P\x95PPPPV[___a\x01\0\x84\x86\x03\x12\x15a9\xCFW__\xFD[a9\xD8\x84a6+V[\x92P` \x84\x015\x91Pa7\xB3\x85`@\x86\x01a6FV[_`\xE0\x82\x84\x03\x12\x15a9\xFEW__\xFD[a\rT\x83\x83a8\xA6V[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` `\x1F\x19`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16\x81R`\xE0` \x82\x01R_a:p`\xE0\x83\x01\x89a:\x08V[\x82\x81\x03`@\x84\x01Ra:\x82\x81\x89a:\x08V[``\x84\x01\x88\x90R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a:\xD7W\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a:\xB9V[P\x90\x9B\x9APPPPPPPPPPPV[__`@\x83\x85\x03\x12\x15a:\xF9W__\xFD[a;\x02\x83a6+V[\x94` \x93\x90\x93\x015\x93PPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x03\x81\x10a;MWa;Ma;\x10V[\x90RV[``\x81\x01a;_\x82\x86a;=V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`@\x83\x01R\x94\x93PPPPV[______`\xA0\x87\x89\x03\x12\x15a;\x9CW__\xFD[\x865\x95P` \x87\x015a;\xAE\x81a7\xFDV[\x94P`@\x87\x015\x93Pa;\xC3``\x88\x01a6+V[\x92P`\x80\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a;\xDEW__\xFD[a7c\x89\x82\x8A\x01a6\\V[__`\xE0\x83\x85\x03\x12\x15a;\xFBW__\xFD[a<\x04\x83a6+V[\x91Pa7\xDD\x84` \x85\x01a6FV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a6AW__\xFD[_____`\x80\x86\x88\x03\x12\x15a<>W__\xFD[\x855\x94Pa<N` \x87\x01a7uV[\x93Pa<\\`@\x87\x01a<\x13V[\x92P``\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a9\x1CW__\xFD[_` \x82\x84\x03\x12\x15a<\x87W__\xFD[a\rT\x82a<\x13V[`\x04\x81\x10a;MWa;Ma;\x10V[_`\xC0\x82\x01\x90P\x82Q\x82R`\x01`\x01`\xA0\x1B\x03` \x84\x01Q\x16` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x84\x01Q\x16``\x83\x01Ra\xFF\xFF`\x80\x84\x01Q\x16`\x80\x83\x01R`\xA0\x83\x01Qa=\x06`\xA0\x84\x01\x82a<\x90V[P\x92\x91PPV[__` \x83\x85\x03\x12\x15a=\x1EW__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a=4W__\xFD[a=@\x85\x82\x86\x01a6\xA4V[\x90\x96\x90\x95P\x93PPPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[__\x19\x82\x03a=\x8AWa=\x8Aa=LV[P`\x01\x01\x90V[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[_` \x82\x84\x03\x12\x15a=\xB0W__\xFD[a\rT\x82a7uV[_` \x82\x84\x03\x12\x15a=\xC9W__\xFD[\x81Qa\rT\x81a7\xFDV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xCEWa\t\xCEa=LV[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` `\x1F\x19`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[a\xFF\xFF\x85\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16` \x82\x01R```@\x82\x01R_a>J``\x83\x01\x84\x86a=\xF4V[\x96\x95PPPPPPV[\x82\x81R`@\x81\x01a\rT` \x83\x01\x84a<\x90V[_`@\x82\x01\x85\x83R`@` \x84\x01R\x80\x84\x82R``\x84\x01\x90P``\x85`\x05\x1B\x85\x01\x01\x91P\x85_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x886\x03\x01[\x87\x82\x10\x15a?@W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA0\x87\x86\x03\x01\x84R\x825\x81\x81\x12a>\xF0W__\xFD[\x89\x01` \x81\x01\x905g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a?\x0CW__\xFD[\x806\x03\x82\x13\x15a?\x1AW__\xFD[a?%\x87\x82\x84a=\xF4V[\x96PPP` \x83\x01\x92P` \x84\x01\x93P`\x01\x82\x01\x91Pa>\xB4V[P\x92\x98\x97PPPPPPPPV[_` \x82\x84\x03\x12\x15a?^W__\xFD[PQ\x91\x90PV[\x80Q`\xFF\x81\x16\x81\x14a6AW__\xFD[___``\x84\x86\x03\x12\x15a?\x87W__\xFD[\x83Q\x92Pa?\x97` \x85\x01a?eV[\x91Pa7\xB3`@\x85\x01a?eV[_\x81a?\xB3Wa?\xB3a=LV[P_\x19\x01\x90V[` \x81R_a\x0E\x8A` \x83\x01\x84\x86a=\xF4V[`\x01`\x01`\xA0\x1B\x03\x84\x16\x81R` \x80\x82\x01\x84\x90R\x825`@\x83\x01Ra\x01\0\x82\x01\x90a?\xF9\x90\x84\x01a7uV[a@\x06``\x84\x01\x82a;=V[Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa@\x1C`@\x85\x01a<\x13V[\x16`\x80\x83\x81\x01\x91\x90\x91R``\x84\x015`\xA0\x80\x85\x01\x91\x90\x91R\x90\x84\x015`\xC0\x84\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90a@R\x90\x85\x01a<\x13V[\x16`\xE0\x83\x01R\x94\x93PPPPV[\x81\x81\x03\x81\x81\x11\x15a\t\xCEWa\t\xCEa=LV[\x80\x82\x01\x80\x82\x11\x15a\t\xCEWa\t\xCEa=LV[a@\x90\x81\x86a;=V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16` \x82\x01R```@\x82\x01R_a>J``\x83\x01\x84\x86a=\xF4V[\x88\x81R`\x01`\x01`\xA0\x1B\x03\x88\x16` \x82\x01R`@\x81\x01\x87\x90Ra\x01\0\x81\x01a@\xE1``\x83\x01\x88a;=V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16`\x80\x83\x01R\x84`\xA0\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\xC0\x83\x01R\x82`\xE0\x83\x01R\x99\x98PPPPPPPPPV[e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xCEWa\t\xCEa=LV[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xCEWa\t\xCEa=LV[__\x85\x85\x11\x15aAbW__\xFD[\x83\x86\x11\x15aAnW__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x90`\x14\x84\x10\x15a=\x06W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85`\x14\x03`\x03\x1B\x1B\x82\x16\x16\x91PP\x92\x91PPV[e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xCEWa\t\xCEa=LV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD\xFE\xA1dsolcC\0\x08\x1E\0\n",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b5060043610610351575f3560e01c80637e695462116101be578063a217fddf116100fe578063cf6eefb71161009e578063d864e74011610079578063d864e740146108fe578063e52cb36a14610924578063e5c3012014610946578063f2343f5e14610966575f5ffd5b8063cf6eefb7146108b5578063d547741f146108e3578063d602b9fd146108f6575f5ffd5b8063b2dc7204116100d9578063b2dc720414610888578063cc8463c81461089b578063cc9d1fd9146108a3578063cefc1429146108ad575f5ffd5b8063a217fddf1461085b578063a4103fa014610862578063b2b61a4f14610875575f5ffd5b806394f1773a116101695780639d307fe6116101445780639d307fe6146107c45780639e4cac2b146107d75780639ed446de14610817578063a1eda53c14610834575f5ffd5b806394f1773a1461076357806398fcbacd146107765780639ac75d871461079d575f5ffd5b80638da5cb5b116101995780638da5cb5b1461070357806391d148541461070b57806393dc6ef614610741575f5ffd5b80637e6954621461068c57806384b0196e146106d757806384ef8ffc146106f2575f5ffd5b8063503525ec116102945780636c1ea7a11161023457806372ee3f901161020f57806372ee3f901461062357806379a05a31146106365780637ca84696146106405780637da0a87714610652575f5ffd5b80636c1ea7a1146105be5780636db47374146105d1578063708e5d3014610610575f5ffd5b80635d30f4b11161026f5780635d30f4b11461056a578063634e93da1461057d578063649a5ec7146105905780636b98e92d146105a3575f5ffd5b8063503525ec146104f0578063511eec4d14610503578063572b6c051461052a575f5ffd5b8063248a9ca3116102ff578063358296b1116102da578063358296b11461048057806336568abe146104a357806337e70cf4146104b65780634182a215146104c9575f5ffd5b8063248a9ca3146104165780632f2ff15d14610446578063355dd63214610459575f5ffd5b8063113e94691161032f578063113e9469146103a35780631b12ef4f146103cb57806323cdc3f1146103de575f5ffd5b806301ffc9a714610355578063022d63fb1461037d5780630aa6220b14610399575b5f5ffd5b6103686103633660046135ec565b610979565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff9091168152602001610374565b6103a16109d4565b005b6103b66103b13660046136e2565b6109e9565b60408051928352901515602083015201610374565b6103686103d9366004613783565b610cde565b6103686103ec3660046137bc565b5f918252600b602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6104386104243660046137e6565b5f9081526020819052604090206001015490565b604051908152602001610374565b6103a16104543660046137bc565b610d5b565b6104387f688ea9f3146e0c8a6c7f08bda036eff8ce434aea55323ebdc7ba186b59222e1f81565b61048a6201518081565b60405167ffffffffffffffff9091168152602001610374565b6103a16104b13660046137bc565b610da0565b6104386104c436600461380a565b610e7a565b6104387fc3e68ab8ca78675a7c3c0d1fb65f814b91b935420a9cf001e3016b4195696d7481565b6103a16104fe36600461384f565b610e92565b6104387fd8b744c7c59d257a5f87ed548f8dd6f2513156805f89b4fb1a01bc251c850ae281565b61036861053836600461388d565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b6103a16105783660046138b6565b610fc9565b6103a161058b36600461388d565b6111cf565b6103a161059e366004613939565b6111e2565b6105ab600981565b60405161ffff9091168152602001610374565b6104386105cc36600461395e565b6111f5565b61048a6105df3660046137bc565b5f9182526006602090815260408084206001600160a01b0393909316845291905290205467ffffffffffffffff1690565b61043861061e3660046139bc565b6115a3565b6104386106313660046139ee565b6115af565b6103826203f48081565b600a5467ffffffffffffffff1661048a565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b039091168152602001610374565b6106b261069a3660046137e6565b5f908152600e60205260409081902054919082901c90565b6040805167ffffffffffffffff909316835263ffffffff909116602083015201610374565b6106df6115b9565b6040516103749796959493929190613a36565b6002546001600160a01b0316610674565b610674611617565b6103686107193660046137bc565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b61075461074f366004613ae8565b61162f565b60405161037493929190613b51565b6103a1610771366004613b87565b61167a565b6104387f387d3aae5481f2ed35567acc1f515385864163236ca97d39ed75b1180c9800b681565b6104387fc716c3f4e25dfa54687a236c0f14c6f0d3dc90940443149d7fbcec4d7b77b49b81565b6104386107d2366004613bea565b611a9d565b6107ea6107e536600461388d565b611ca2565b6040805163ffffffff909416845267ffffffffffffffff9283166020850152911690820152606001610374565b61081f600581565b60405163ffffffff9091168152602001610374565b61083c611cdc565b6040805165ffffffffffff938416815292909116602083015201610374565b6104385f81565b6103a1610870366004613c2a565b611d45565b6103a1610883366004613c77565b611d61565b6103686108963660046137bc565b611d74565b610382611e4a565b61048a62278d0081565b6103a1611ed6565b600154604080516001600160a01b0383168152600160a01b90920465ffffffffffff16602083015201610374565b6103a16108f13660046137bc565b611f47565b6103a1611f88565b7f0000000000000000000000000000000000000000000000000000000000000000610674565b6103686109323660046137e6565b5f908152600d602052604090205460ff1690565b6109596109543660046137e6565b611f9a565b6040516103749190613ca0565b6103a1610974366004613d0d565b612081565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f314987860000000000000000000000000000000000000000000000000000000014806109ce57506109ce826120cf565b92915050565b5f6109de81612165565b6109e6612176565b50565b5f5f5f6109f4612182565b90505f5f610a048b848b8b61218b565b91509150610a138b838c6122b2565b5f818152600d602052604090205490955060ff1615610a66576040517f48eae514000000000000000000000000000000000000000000000000000000008152600481018690526024015b60405180910390fd5b610a7660c08b0160a08c01613c77565b67ffffffffffffffff164210610adc5784610a9760c08c0160a08d01613c77565b6040517f8a96a134000000000000000000000000000000000000000000000000000000008152600481019290925267ffffffffffffffff166024820152604401610a5d565b5f858152600b602090815260408083206001600160a01b038716845290915290205460ff1615610b4a576040517fa72db787000000000000000000000000000000000000000000000000000000008152600481018690526001600160a01b0384166024820152604401610a5d565b5f858152600b602090815260408083206001600160a01b03871684528252808320805460ff19166001179055878352600c909152812080548290610b8d90613d79565b9190508190559050857f324de60c4527148f2046be053ba263ae7a93cddef8cf995ab42777ecd9f4a50d82604051610bc791815260200190565b60405180910390a28160ff16811015610be757505f9350610cd392505050565b8a606001358888604051610bfc929190613d91565b604051809103902014610c41576040517f9e812fdd00000000000000000000000000000000000000000000000000000000815260608c01356004820152602401610a5d565b5f868152600d602052604090819020805460ff191660011790555186907fbdfe19a8b30cac3a601ac62203440d283501e2cf77260ec2103a741743f8339c90610c8d9084815260200190565b60405180910390a2610cca8c8c5f01358d6020016020810190610cb09190613da0565b8e6040016020810190610cc39190613c77565b8c8c6122e7565b50600193505050505b965096945050505050565b5f80826002811115610cf257610cf2613b10565b03610cfe57505f610d54565b5f60055f610d0c8787612516565b81526020019081526020015f205490508067ffffffffffffffff1642108015610d505750826002811115610d4257610d42613b10565b60ff16604082901c60ff1610155b9150505b9392505050565b81610d92576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610d9c8282612553565b5050565b81158015610dbb57506002546001600160a01b038281169116145b15610e70576001546001600160a01b03811690600160a01b900465ffffffffffff1681151580610df1575065ffffffffffff8116155b80610e0457504265ffffffffffff821610155b15610e45576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff82166004820152602401610a5d565b5050600180547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1690555b610d9c828261257d565b5f610e87858585856125de565b90505b949350505050565b7fc716c3f4e25dfa54687a236c0f14c6f0d3dc90940443149d7fbcec4d7b77b49b610ebc81612165565b831580610ecd575063ffffffff8216155b15610f04576040517f93d2421f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f848152600e602052604090205415610f4c576040517ff682fe5700000000000000000000000000000000000000000000000000000000815260048101859052602401610a5d565b5f848152600e60205260409081902067ffffffffffffffff43166bffffffff000000000000000085841b161790555184907f84ca48607e1d3480983f683ea54719282f24f08232f931dba6de480ee907960b90610fbb908690869091825263ffffffff16602082015260400190565b60405180910390a250505050565b8460c0013542111561100d576040517fcd21db4f00000000000000000000000000000000000000000000000000000000815260c08601356004820152602401610a5d565b84608001358282604051611022929190613d91565b604051809103902014611067576040517f9e812fdd00000000000000000000000000000000000000000000000000000000815260808601356004820152602401610a5d565b611087611077602087018761388d565b61108087612651565b86866126d9565b6110d657611098602086018661388d565b6040517fd855c4f40000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610a5d565b5f60486005826110f66110ec60208b018b61388d565b8a60200135612516565b815260208101919091526040015f2054901c905067ffffffffffffffff811661112560c0880160a08901613c77565b67ffffffffffffffff161461118b5761114460c0870160a08801613c77565b6040517f06427aeb00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff91821660048201529082166024820152604401610a5d565b6111c761119b602088018861388d565b60208801356111b060608a0160408b01613da0565b6111c060808b0160608c01613c77565b87876122e7565b505050505050565b5f6111d981612165565b610d9c82612745565b5f6111ec81612165565b610d9c826127b0565b5f5f6111ff612182565b6040517f5afa50360000000000000000000000000000000000000000000000000000000081526001600160a01b0380831660048301529192507f000000000000000000000000000000000000000000000000000000000000000090911690635afa503690602401602060405180830381865afa158015611281573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112a59190613db9565b6112e6576040517f7765f12c0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610a5d565b8561131d576040517f3a16526700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6113268161281f565b600a545f9061133f9067ffffffffffffffff1642613dd4565b905060095f815461134f90613d79565b91905081905592506040518060c00160405280888152602001836001600160a01b031681526020014267ffffffffffffffff1681526020018267ffffffffffffffff1681526020018761ffff168152602001600160038111156113b4576113b4613b10565b90525f848152600760209081526040918290208351815590830151600182018054938501516001600160a01b039092167fffffffff0000000000000000000000000000000000000000000000000000000090941693909317600160a01b67ffffffffffffffff928316021790925560608301516002820180546080860151929094167fffffffffffffffffffffffffffffffffffffffffffff00000000000000000000909416939093176801000000000000000061ffff909216919091021780835560a08401519192907fffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffff166a01000000000000000000008360038111156114be576114be613b10565b021790555050505f8781526006602090815260408083206001600160a01b038616845290915290205467ffffffffffffffff9081169082161115611550575f8781526006602090815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff83161790555b816001600160a01b031687847f65abcf2657dd2ecd46596ba541c2646dad88531e4fe2744baae46632bcb50f2c89858a8a6040516115919493929190613e1d565b60405180910390a45050949350505050565b5f610e8a8484846122b2565b5f6109ce82612651565b5f6060805f5f5f60606115ca6129a6565b6115d26129d1565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b5f61162a6002546001600160a01b031690565b905090565b5f5f5f5f60055f6116408888612516565b81526020019081526020015f20549050604081901c60ff16600281111561166957611669613b10565b9350915050604881901c9250925092565b5f8681526007602052604081209060028201546a0100000000000000000000900460ff1660038111156116af576116af613b10565b036116e9576040517f42557e9700000000000000000000000000000000000000000000000000000000815260048101889052602401610a5d565b600160028201546a0100000000000000000000900460ff16600381111561171257611712613b10565b1461175e578681600201600a9054906101000a900460ff166040517fa158ed34000000000000000000000000000000000000000000000000000000008152600401610a5d929190613e54565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663f9c81542611799898989896125de565b85856040518463ffffffff1660e01b81526004016117b993929190613e68565b602060405180830381865afa1580156117d4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117f89190613db9565b611831576040517fecca423f00000000000000000000000000000000000000000000000000000000815260048101889052602401610a5d565b851561189e576002810180547fffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffff166a020000000000000000000017905560405187907ffd8050ccd34a73a450abe6d957a60cac4380973381442d887e9c7b4970e62338905f90a2506111c7565b60018101546002820180547fffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffff166a030000000000000000000017905581545f9081526006602090815260408083206001600160a01b0390941680845293909152902080547fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000016905561192f816129fc565b6040517fa672ebdb0000000000000000000000000000000000000000000000000000000081526001600160a01b0382811660048301528681166024830152604482018890525f917f00000000000000000000000000000000000000000000000000000000000000009091169063a672ebdb906064016020604051808303815f875af19250505080156119de575060408051601f3d908101601f191682019092526119db91810190613f4e565b60015b611a54573d808015611a0b576040519150601f19603f3d011682016040523d82523d5f602084013e611a10565b606091505b5080515f03611a4e576040517ff35765c2000000000000000000000000000000000000000000000000000000008152600481018b9052602401610a5d565b50611a57565b90505b60408051888152602081018390528a917f1c39d3aa4f6cbea96a1f35e263bbd8169472657fb1ad2f8c416cece474a35c92910160405180910390a2505050505050505050565b5f5f611aa7612182565b6040517fb0df28910000000000000000000000000000000000000000000000000000000081526001600160a01b0386811660048301529192505f917f0000000000000000000000000000000000000000000000000000000000000000169063b0df289190602401606060405180830381865afa158015611b29573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b4d9190613f75565b50509050611b5c8582866122b2565b5f818152600d602052604090205490935060ff1615611baa576040517f48eae51400000000000000000000000000000000000000000000000000000000815260048101849052602401610a5d565b5f838152600b602090815260408083206001600160a01b038616845290915290205460ff16611c17576040517f19b40670000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b0383166024820152604401610a5d565b5f838152600b602090815260408083206001600160a01b03861684528252808320805460ff19169055858352600c909152812080548290611c5790613fa5565b9190508190559050837fd4ea99475a86829b524e23e4b86748725fe9a388ea72728ec7d05d1494f9328182604051611c9191815260200190565b60405180910390a250505092915050565b6001600160a01b0381165f9081526008602052604081205481908190611ccf602082901c90606083901c90565b9250925092509193909250565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015611d1e57504265ffffffffffff821610155b611d29575f5f611d3d565b600254600160a01b900465ffffffffffff16815b915091509091565b611d5a611d50612182565b86868686866122e7565b5050505050565b5f611d6b81612165565b610d9c82612a8b565b5f8281526006602090815260408083206001600160a01b038516845290915281205467ffffffffffffffff1642108015610d5457506040517f5afa50360000000000000000000000000000000000000000000000000000000081526001600160a01b0383811660048301527f00000000000000000000000000000000000000000000000000000000000000001690635afa503690602401602060405180830381865afa158015611e26573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d549190613db9565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015611e8b57504265ffffffffffff8216105b611ebd576001547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16611ed0565b600254600160a01b900465ffffffffffff165b91505090565b6001546001600160a01b031680611eeb612182565b6001600160a01b031614611f3f57611f01612182565b6040517fc22c80220000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610a5d565b6109e6612b5e565b81611f7e576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610d9c8282612c24565b5f611f9281612165565b6109e6612c48565b611fcf6040805160c0810182525f8082526020820181905291810182905260608101829052608081018290529060a082015290565b5f82815260076020908152604091829020825160c0810184528154815260018201546001600160a01b0381169382019390935267ffffffffffffffff600160a01b9093048316938101939093526002810154918216606084015261ffff6801000000000000000083041660808401529060a083019060ff6a010000000000000000000090910416600381111561206757612067613b10565b600381111561207857612078613b10565b90525092915050565b612089612182565b6001600160a01b03167fd14345fa94e00ea93afebd00d584d0e498307290402fce549e8afd48f987517683836040516120c3929190613fba565b60405180910390a25050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806109ce57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316146109ce565b6109e681612171612182565b612c52565b6121805f5f612cbd565b565b5f61162a612de7565b6040517fb0df28910000000000000000000000000000000000000000000000000000000081526001600160a01b0385811660048301525f91829182917f00000000000000000000000000000000000000000000000000000000000000009091169063b0df289190602401606060405180830381865afa158015612210573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122349190613f75565b919450909250905060ff8116158061225e575061225c8585856122578b8b612e51565b612e95565b155b156122a8576040517f826f1bd20000000000000000000000000000000000000000000000000000000081526001600160a01b03808916600483015287166024820152604401610a5d565b5094509492505050565b5f8383836040516020016122c893929190613fcd565b6040516020818303038152906040528051906020012090509392505050565b8461231e576040517f53cd578300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6123298787612516565b5f818152600560205260408120549192506901000000000000000000612350600182614060565b19831661235d9190614073565b90505f87600281111561237257612372613b10565b036124385761238c60016901000000000000000000614060565b82165f036123d8576040517f0d98c5b80000000000000000000000000000000000000000000000000000000081526001600160a01b038a16600482015260248101899052604401610a5d565b5f838152600560205260408082208390555189916001600160a01b038c16917fe18b2655d84fdb681748dd39230bb5b2e11d7c620fa397ed6211848d56f3d5e4916124289181908b908b90614086565b60405180910390a35050506111c7565b428667ffffffffffffffff1611612487576040517f8d499f7d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff87166004820152602401610a5d565b604087600281111561249b5761249b613b10565b60ff16901b8667ffffffffffffffff1682171760055f8581526020019081526020015f208190555087896001600160a01b03167fe18b2655d84fdb681748dd39230bb5b2e11d7c620fa397ed6211848d56f3d5e4898989896040516125039493929190614086565b60405180910390a3505050505050505050565b604080516001600160a01b03841660208201529081018290525f906060015b60405160208183030381529060405280519060200120905092915050565b5f8281526020819052604090206001015461256d81612165565b6125778383612eac565b50505050565b612585612182565b6001600160a01b0316816001600160a01b0316146125cf576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6125d98282612f43565b505050565b604080517f387d3aae5481f2ed35567acc1f515385864163236ca97d39ed75b1180c9800b660208201529081018590528315156060820152608081018390526001600160a01b03821660a08201525f90610e879060c0015b60405160208183030381529060405280519060200120612f97565b5f6109ce7fd8b744c7c59d257a5f87ed548f8dd6f2513156805f89b4fb1a01bc251c850ae2612683602085018561388d565b60208501356126986060870160408801613da0565b6126a86080880160608901613c77565b60808801356126bd60c08a0160a08b01613c77565b8960c001356040516020016126369897969594939291906140b6565b5f5f5f6126e7868686612fde565b5090925090505f81600381111561270057612700613b10565b14801561271e5750866001600160a01b0316826001600160a01b0316145b1561272e57600192505050610e8a565b61273a87878787613025565b979650505050505050565b5f61274e611e4a565b612757426130a8565b612761919061411a565b905061276d82826130f7565b60405165ffffffffffff821681526001600160a01b038316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed6906020016120c3565b5f6127ba82613174565b6127c3426130a8565b6127cd919061411a565b90506127d98282612cbd565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b910160405180910390a15050565b6001600160a01b0381165f908152600860205260408120548190819061284c602082901c90606083901c90565b9250925092508067ffffffffffffffff164210156128b1576040517f4b0e5b470000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015267ffffffffffffffff82166024820152604401610a5d565b6128c867ffffffffffffffff831662015180614073565b42106128d5575f92504291505b600563ffffffff84161061293e57836128f18362015180613dd4565b6040517f1748ecc70000000000000000000000000000000000000000000000000000000081526001600160a01b03909216600483015267ffffffffffffffff166024820152604401610a5d565b61298561294c846001614138565b63ffffffff166bffffffffffffffff00000000602085901b161773ffffffffffffffff000000000000000000000000606084901b161790565b6001600160a01b039094165f90815260086020526040902093909355505050565b606061162a7f00000000000000000000000000000000000000000000000000000000000000006131bb565b606061162a7f00000000000000000000000000000000000000000000000000000000000000006131bb565b6001600160a01b0381165f908152600860209081526040909120549081901c612a6b8282612a2d62278d0042613dd4565b63ffffffff83166bffffffffffffffff00000000602084901b161773ffffffffffffffff000000000000000000000000606083901b16179392505050565b6001600160a01b039093165f908152600860205260409020929092555050565b67ffffffffffffffff81161580612aae57506201518067ffffffffffffffff8216115b15612af1576040517f5c82593900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610a5d565b600a80547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff83169081179091556040519081527f9180643fba62a132eec4952aa355f41fb54aa355b64de490a12d2e9f615a80949060200160405180910390a150565b6001546001600160a01b03811690600160a01b900465ffffffffffff16801580612b9057504265ffffffffffff821610155b15612bd1576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff82166004820152602401610a5d565b612bec5f612be76002546001600160a01b031690565b612f43565b50612bf75f83612eac565b5050600180547fffffffffffff000000000000000000000000000000000000000000000000000016905550565b5f82815260208190526040902060010154612c3e81612165565b6125778383612f43565b6121805f5f6130f7565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16610d9c576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610a5d565b6002547a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015612d80574265ffffffffffff82161015612d57576002546001805479ffffffffffffffffffffffffffffffffffffffffffffffffffff16600160a01b90920465ffffffffffff167a01000000000000000000000000000000000000000000000000000002919091179055612d80565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b50600280546001600160a01b0316600160a01b65ffffffffffff9485160279ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a0100000000000000000000000000000000000000000000000000009290931691909102919091179055565b5f366014808210801590612e2357507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b15612e4957612e3636828403815f614154565b612e3f9161417b565b60601c9250505090565b339250505090565b604080516001600160a01b0380851660208301528316918101919091525f9060600160408051601f1981840301815282825280516020918201209083015201612535565b5f82612ea28686856131f8565b1495945050505050565b5f82612f39575f612ec56002546001600160a01b031690565b6001600160a01b031614612f05576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0384161790555b610d548383613239565b5f82158015612f5f57506002546001600160a01b038381169116145b15612f8d57600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001690555b610d5483836132e1565b5f6109ce612fa3613380565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f80806041849003613012578435602086013560408701355f1a613004898285856134a9565b95509550955050505061301c565b505f915060029050825b93509350939050565b604080517f1626ba7e00000000000000000000000000000000000000000000000000000000808252600482018690526024820192909252604481018390525f91908390818660648301375f82606483010152601f820160051c60051b915060205f60648401838b5afa9050825f5114601f3d111681169350505050949350505050565b5f65ffffffffffff8211156130f3576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526030600482015260248101839052604401610a5d565b5090565b60018054600160a01b65ffffffffffff84811682027fffffffffffff000000000000000000000000000000000000000000000000000084166001600160a01b038816171790935590041680156125d9576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f61317e611e4a565b90508065ffffffffffff168365ffffffffffff16116131a6576131a183826141e0565b610d54565b610d5465ffffffffffff841662069780613571565b60605f6131c783613580565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f81815b84811015613230576132268287878481811061321a5761321a6141fe565b905060200201356135c0565b91506001016131fc565b50949350505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166132da575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055613292612182565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016109ce565b505f6109ce565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16156132da575f838152602081815260408083206001600160a01b03861684529091529020805460ff19169055613338612182565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a45060016109ce565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156133d857507f000000000000000000000000000000000000000000000000000000000000000046145b1561340257507f000000000000000000000000000000000000000000000000000000000000000090565b61162a604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156134e257505f91506003905082613567565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613533573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661355e57505f925060019150829050613567565b92505f91508190505b9450945094915050565b5f828218828410028218610d54565b5f60ff8216601f8111156109ce576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8183106135da575f828152602084905260409020610d54565b5f838152602083905260409020610d54565b5f602082840312156135fc575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114610d54575f5ffd5b80356001600160a01b0381168114613641575f5ffd5b919050565b5f60c08284031215613656575f5ffd5b50919050565b5f5f83601f84011261366c575f5ffd5b50813567ffffffffffffffff811115613683575f5ffd5b6020830191508360208260051b850101111561369d575f5ffd5b9250929050565b5f5f83601f8401126136b4575f5ffd5b50813567ffffffffffffffff8111156136cb575f5ffd5b60208301915083602082850101111561369d575f5ffd5b5f5f5f5f5f5f61012087890312156136f8575f5ffd5b6137018761362b565b95506137108860208901613646565b945060e087013567ffffffffffffffff81111561372b575f5ffd5b61373789828a0161365c565b90955093505061010087013567ffffffffffffffff811115613757575f5ffd5b61376389828a016136a4565b979a9699509497509295939492505050565b803560038110613641575f5ffd5b5f5f5f60608486031215613795575f5ffd5b61379e8461362b565b9250602084013591506137b360408501613775565b90509250925092565b5f5f604083850312156137cd575f5ffd5b823591506137dd6020840161362b565b90509250929050565b5f602082840312156137f6575f5ffd5b5035919050565b80151581146109e6575f5ffd5b5f5f5f5f6080858703121561381d575f5ffd5b84359350602085013561382f816137fd565b9250604085013591506138446060860161362b565b905092959194509250565b5f5f5f60608486031215613861575f5ffd5b8335925060208401359150604084013563ffffffff81168114613882575f5ffd5b809150509250925092565b5f6020828403121561389d575f5ffd5b610d548261362b565b5f60e08284031215613656575f5ffd5b5f5f5f5f5f61012086880312156138cb575f5ffd5b6138d587876138a6565b945060e086013567ffffffffffffffff8111156138f0575f5ffd5b6138fc888289016136a4565b90955093505061010086013567ffffffffffffffff81111561391c575f5ffd5b613928888289016136a4565b969995985093965092949392505050565b5f60208284031215613949575f5ffd5b813565ffffffffffff81168114610d54575f5ffd5b5f5f5f5f60608587031215613971575f5ffd5b84359350602085013561ffff81168114613989575f5ffd5b9250604085013567ffffffffffffffff8111156139a4575f5ffd5b6139b0878288016136a4565b95989497509550505050565b5f5f5f61010084860312156139cf575f5ffd5b6139d88461362b565b9250602084013591506137b38560408601613646565b5f60e082840312156139fe575f5ffd5b610d5483836138a6565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f613a7060e0830189613a08565b8281036040840152613a828189613a08565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015613ad7578351835260209384019390920191600101613ab9565b50909b9a5050505050505050505050565b5f5f60408385031215613af9575f5ffd5b613b028361362b565b946020939093013593505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60038110613b4d57613b4d613b10565b9052565b60608101613b5f8286613b3d565b67ffffffffffffffff8416602083015267ffffffffffffffff83166040830152949350505050565b5f5f5f5f5f5f60a08789031215613b9c575f5ffd5b863595506020870135613bae816137fd565b945060408701359350613bc36060880161362b565b9250608087013567ffffffffffffffff811115613bde575f5ffd5b61376389828a0161365c565b5f5f60e08385031215613bfb575f5ffd5b613c048361362b565b91506137dd8460208501613646565b803567ffffffffffffffff81168114613641575f5ffd5b5f5f5f5f5f60808688031215613c3e575f5ffd5b85359450613c4e60208701613775565b9350613c5c60408701613c13565b9250606086013567ffffffffffffffff81111561391c575f5ffd5b5f60208284031215613c87575f5ffd5b610d5482613c13565b60048110613b4d57613b4d613b10565b5f60c082019050825182526001600160a01b03602084015116602083015267ffffffffffffffff604084015116604083015267ffffffffffffffff606084015116606083015261ffff608084015116608083015260a0830151613d0660a0840182613c90565b5092915050565b5f5f60208385031215613d1e575f5ffd5b823567ffffffffffffffff811115613d34575f5ffd5b613d40858286016136a4565b90969095509350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f5f198203613d8a57613d8a613d4c565b5060010190565b818382375f9101908152919050565b5f60208284031215613db0575f5ffd5b610d5482613775565b5f60208284031215613dc9575f5ffd5b8151610d54816137fd565b67ffffffffffffffff81811683821601908111156109ce576109ce613d4c565b81835281816020850137505f602082840101525f6020601f19601f840116840101905092915050565b61ffff8516815267ffffffffffffffff84166020820152606060408201525f613e4a606083018486613df4565b9695505050505050565b82815260408101610d546020830184613c90565b5f60408201858352604060208401528084825260608401905060608560051b8501019150855f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1883603015b87821015613f40577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa08786030184528235818112613ef0575f5ffd5b890160208101903567ffffffffffffffff811115613f0c575f5ffd5b803603821315613f1a575f5ffd5b613f25878284613df4565b96505050602083019250602084019350600182019150613eb4565b509298975050505050505050565b5f60208284031215613f5e575f5ffd5b5051919050565b805160ff81168114613641575f5ffd5b5f5f5f60608486031215613f87575f5ffd5b83519250613f9760208501613f65565b91506137b360408501613f65565b5f81613fb357613fb3613d4c565b505f190190565b602081525f610e8a602083018486613df4565b6001600160a01b0384168152602080820184905282356040830152610100820190613ff9908401613775565b6140066060840182613b3d565b5067ffffffffffffffff61401c60408501613c13565b16608083810191909152606084013560a0808501919091529084013560c084015267ffffffffffffffff90614052908501613c13565b1660e0830152949350505050565b818103818111156109ce576109ce613d4c565b808201808211156109ce576109ce613d4c565b6140908186613b3d565b67ffffffffffffffff84166020820152606060408201525f613e4a606083018486613df4565b8881526001600160a01b03881660208201526040810187905261010081016140e16060830188613b3d565b67ffffffffffffffff861660808301528460a083015267ffffffffffffffff841660c08301528260e08301529998505050505050505050565b65ffffffffffff81811683821601908111156109ce576109ce613d4c565b63ffffffff81811683821601908111156109ce576109ce613d4c565b5f5f85851115614162575f5ffd5b8386111561416e575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015613d06577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505092915050565b65ffffffffffff82811682821603908111156109ce576109ce613d4c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffdfea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x03QW_5`\xE0\x1C\x80c~iTb\x11a\x01\xBEW\x80c\xA2\x17\xFD\xDF\x11a\0\xFEW\x80c\xCFn\xEF\xB7\x11a\0\x9EW\x80c\xD8d\xE7@\x11a\0yW\x80c\xD8d\xE7@\x14a\x08\xFEW\x80c\xE5,\xB3j\x14a\t$W\x80c\xE5\xC3\x01 \x14a\tFW\x80c\xF24?^\x14a\tfW__\xFD[\x80c\xCFn\xEF\xB7\x14a\x08\xB5W\x80c\xD5Gt\x1F\x14a\x08\xE3W\x80c\xD6\x02\xB9\xFD\x14a\x08\xF6W__\xFD[\x80c\xB2\xDCr\x04\x11a\0\xD9W\x80c\xB2\xDCr\x04\x14a\x08\x88W\x80c\xCC\x84c\xC8\x14a\x08\x9BW\x80c\xCC\x9D\x1F\xD9\x14a\x08\xA3W\x80c\xCE\xFC\x14)\x14a\x08\xADW__\xFD[\x80c\xA2\x17\xFD\xDF\x14a\x08[W\x80c\xA4\x10?\xA0\x14a\x08bW\x80c\xB2\xB6\x1AO\x14a\x08uW__\xFD[\x80c\x94\xF1w:\x11a\x01iW\x80c\x9D0\x7F\xE6\x11a\x01DW\x80c\x9D0\x7F\xE6\x14a\x07\xC4W\x80c\x9EL\xAC+\x14a\x07\xD7W\x80c\x9E\xD4F\xDE\x14a\x08\x17W\x80c\xA1\xED\xA5<\x14a\x084W__\xFD[\x80c\x94\xF1w:\x14a\x07cW\x80c\x98\xFC\xBA\xCD\x14a\x07vW\x80c\x9A\xC7]\x87\x14a\x07\x9DW__\xFD[\x80c\x8D\xA5\xCB[\x11a\x01\x99W\x80c\x8D\xA5\xCB[\x14a\x07\x03W\x80c\x91\xD1HT\x14a\x07\x0BW\x80c\x93\xDCn\xF6\x14a\x07AW__\xFD[\x80c~iTb\x14a\x06\x8CW\x80c\x84\xB0\x19n\x14a\x06\xD7W\x80c\x84\xEF\x8F\xFC\x14a\x06\xF2W__\xFD[\x80cP5%\xEC\x11a\x02\x94W\x80cl\x1E\xA7\xA1\x11a\x024W\x80cr\xEE?\x90\x11a\x02\x0FW\x80cr\xEE?\x90\x14a\x06#W\x80cy\xA0Z1\x14a\x066W\x80c|\xA8F\x96\x14a\x06@W\x80c}\xA0\xA8w\x14a\x06RW__\xFD[\x80cl\x1E\xA7\xA1\x14a\x05\xBEW\x80cm\xB4st\x14a\x05\xD1W\x80cp\x8E]0\x14a\x06\x10W__\xFD[\x80c]0\xF4\xB1\x11a\x02oW\x80c]0\xF4\xB1\x14a\x05jW\x80ccN\x93\xDA\x14a\x05}W\x80cd\x9A^\xC7\x14a\x05\x90W\x80ck\x98\xE9-\x14a\x05\xA3W__\xFD[\x80cP5%\xEC\x14a\x04\xF0W\x80cQ\x1E\xECM\x14a\x05\x03W\x80cW+l\x05\x14a\x05*W__\xFD[\x80c$\x8A\x9C\xA3\x11a\x02\xFFW\x80c5\x82\x96\xB1\x11a\x02\xDAW\x80c5\x82\x96\xB1\x14a\x04\x80W\x80c6V\x8A\xBE\x14a\x04\xA3W\x80c7\xE7\x0C\xF4\x14a\x04\xB6W\x80cA\x82\xA2\x15\x14a\x04\xC9W__\xFD[\x80c$\x8A\x9C\xA3\x14a\x04\x16W\x80c//\xF1]\x14a\x04FW\x80c5]\xD62\x14a\x04YW__\xFD[\x80c\x11>\x94i\x11a\x03/W\x80c\x11>\x94i\x14a\x03\xA3W\x80c\x1B\x12\xEFO\x14a\x03\xCBW\x80c#\xCD\xC3\xF1\x14a\x03\xDEW__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x03UW\x80c\x02-c\xFB\x14a\x03}W\x80c\n\xA6\"\x0B\x14a\x03\x99W[__\xFD[a\x03ha\x03c6`\x04a5\xECV[a\tyV[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[b\x06\x97\x80[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x03tV[a\x03\xA1a\t\xD4V[\0[a\x03\xB6a\x03\xB16`\x04a6\xE2V[a\t\xE9V[`@\x80Q\x92\x83R\x90\x15\x15` \x83\x01R\x01a\x03tV[a\x03ha\x03\xD96`\x04a7\x83V[a\x0C\xDEV[a\x03ha\x03\xEC6`\x04a7\xBCV[_\x91\x82R`\x0B` \x90\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x048a\x04$6`\x04a7\xE6V[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[`@Q\x90\x81R` \x01a\x03tV[a\x03\xA1a\x04T6`\x04a7\xBCV[a\r[V[a\x048\x7Fh\x8E\xA9\xF3\x14n\x0C\x8Al\x7F\x08\xBD\xA06\xEF\xF8\xCECJ\xEAU2>\xBD\xC7\xBA\x18kY\".\x1F\x81V[a\x04\x8Ab\x01Q\x80\x81V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x03tV[a\x03\xA1a\x04\xB16`\x04a7\xBCV[a\r\xA0V[a\x048a\x04\xC46`\x04a8\nV[a\x0EzV[a\x048\x7F\xC3\xE6\x8A\xB8\xCAxgZ|<\r\x1F\xB6_\x81K\x91\xB95B\n\x9C\xF0\x01\xE3\x01kA\x95imt\x81V[a\x03\xA1a\x04\xFE6`\x04a8OV[a\x0E\x92V[a\x048\x7F\xD8\xB7D\xC7\xC5\x9D%z_\x87\xEDT\x8F\x8D\xD6\xF2Q1V\x80_\x89\xB4\xFB\x1A\x01\xBC%\x1C\x85\n\xE2\x81V[a\x03ha\x0586`\x04a8\x8DV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x91\x16\x14\x90V[a\x03\xA1a\x05x6`\x04a8\xB6V[a\x0F\xC9V[a\x03\xA1a\x05\x8B6`\x04a8\x8DV[a\x11\xCFV[a\x03\xA1a\x05\x9E6`\x04a99V[a\x11\xE2V[a\x05\xAB`\t\x81V[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x03tV[a\x048a\x05\xCC6`\x04a9^V[a\x11\xF5V[a\x04\x8Aa\x05\xDF6`\x04a7\xBCV[_\x91\x82R`\x06` \x90\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a\x048a\x06\x1E6`\x04a9\xBCV[a\x15\xA3V[a\x048a\x0616`\x04a9\xEEV[a\x15\xAFV[a\x03\x82b\x03\xF4\x80\x81V[`\nTg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x04\x8AV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x03tV[a\x06\xB2a\x06\x9A6`\x04a7\xE6V[_\x90\x81R`\x0E` R`@\x90\x81\x90 T\x91\x90\x82\x90\x1C\x90V[`@\x80Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x93\x16\x83Rc\xFF\xFF\xFF\xFF\x90\x91\x16` \x83\x01R\x01a\x03tV[a\x06\xDFa\x15\xB9V[`@Qa\x03t\x97\x96\x95\x94\x93\x92\x91\x90a:6V[`\x02T`\x01`\x01`\xA0\x1B\x03\x16a\x06tV[a\x06ta\x16\x17V[a\x03ha\x07\x196`\x04a7\xBCV[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x07Ta\x07O6`\x04a:\xE8V[a\x16/V[`@Qa\x03t\x93\x92\x91\x90a;QV[a\x03\xA1a\x07q6`\x04a;\x87V[a\x16zV[a\x048\x7F8}:\xAET\x81\xF2\xED5Vz\xCC\x1FQS\x85\x86Ac#l\xA9}9\xEDu\xB1\x18\x0C\x98\0\xB6\x81V[a\x048\x7F\xC7\x16\xC3\xF4\xE2]\xFAThz#l\x0F\x14\xC6\xF0\xD3\xDC\x90\x94\x04C\x14\x9D\x7F\xBC\xECM{w\xB4\x9B\x81V[a\x048a\x07\xD26`\x04a;\xEAV[a\x1A\x9DV[a\x07\xEAa\x07\xE56`\x04a8\x8DV[a\x1C\xA2V[`@\x80Qc\xFF\xFF\xFF\xFF\x90\x94\x16\x84Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16` \x85\x01R\x91\x16\x90\x82\x01R``\x01a\x03tV[a\x08\x1F`\x05\x81V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x03tV[a\x08<a\x1C\xDCV[`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x93\x84\x16\x81R\x92\x90\x91\x16` \x83\x01R\x01a\x03tV[a\x048_\x81V[a\x03\xA1a\x08p6`\x04a<*V[a\x1DEV[a\x03\xA1a\x08\x836`\x04a<wV[a\x1DaV[a\x03ha\x08\x966`\x04a7\xBCV[a\x1DtV[a\x03\x82a\x1EJV[a\x04\x8Ab'\x8D\0\x81V[a\x03\xA1a\x1E\xD6V[`\x01T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x81R`\x01`\xA0\x1B\x90\x92\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x83\x01R\x01a\x03tV[a\x03\xA1a\x08\xF16`\x04a7\xBCV[a\x1FGV[a\x03\xA1a\x1F\x88V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x06tV[a\x03ha\t26`\x04a7\xE6V[_\x90\x81R`\r` R`@\x90 T`\xFF\x16\x90V[a\tYa\tT6`\x04a7\xE6V[a\x1F\x9AV[`@Qa\x03t\x91\x90a<\xA0V[a\x03\xA1a\tt6`\x04a=\rV[a \x81V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7F1I\x87\x86\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\t\xCEWPa\t\xCE\x82a \xCFV[\x92\x91PPV[_a\t\xDE\x81a!eV[a\t\xE6a!vV[PV[___a\t\xF4a!\x82V[\x90P__a\n\x04\x8B\x84\x8B\x8Ba!\x8BV[\x91P\x91Pa\n\x13\x8B\x83\x8Ca\"\xB2V[_\x81\x81R`\r` R`@\x90 T\x90\x95P`\xFF\x16\x15a\nfW`@Q\x7FH\xEA\xE5\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x01[`@Q\x80\x91\x03\x90\xFD[a\nv`\xC0\x8B\x01`\xA0\x8C\x01a<wV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10a\n\xDCW\x84a\n\x97`\xC0\x8C\x01`\xA0\x8D\x01a<wV[`@Q\x7F\x8A\x96\xA14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x92\x90\x92Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`$\x82\x01R`D\x01a\n]V[_\x85\x81R`\x0B` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x84R\x90\x91R\x90 T`\xFF\x16\x15a\x0BJW`@Q\x7F\xA7-\xB7\x87\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`\x01`\x01`\xA0\x1B\x03\x84\x16`$\x82\x01R`D\x01a\n]V[_\x85\x81R`\x0B` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x84R\x82R\x80\x83 \x80T`\xFF\x19\x16`\x01\x17\x90U\x87\x83R`\x0C\x90\x91R\x81 \x80T\x82\x90a\x0B\x8D\x90a=yV[\x91\x90P\x81\x90U\x90P\x85\x7F2M\xE6\x0CE'\x14\x8F F\xBE\x05;\xA2c\xAEz\x93\xCD\xDE\xF8\xCF\x99Z\xB4'w\xEC\xD9\xF4\xA5\r\x82`@Qa\x0B\xC7\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2\x81`\xFF\x16\x81\x10\x15a\x0B\xE7WP_\x93Pa\x0C\xD3\x92PPPV[\x8A``\x015\x88\x88`@Qa\x0B\xFC\x92\x91\x90a=\x91V[`@Q\x80\x91\x03\x90 \x14a\x0CAW`@Q\x7F\x9E\x81/\xDD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R``\x8C\x015`\x04\x82\x01R`$\x01a\n]V[_\x86\x81R`\r` R`@\x90\x81\x90 \x80T`\xFF\x19\x16`\x01\x17\x90UQ\x86\x90\x7F\xBD\xFE\x19\xA8\xB3\x0C\xAC:`\x1A\xC6\"\x03D\r(5\x01\xE2\xCFw&\x0E\xC2\x10:t\x17C\xF83\x9C\x90a\x0C\x8D\x90\x84\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2a\x0C\xCA\x8C\x8C_\x015\x8D` \x01` \x81\x01\x90a\x0C\xB0\x91\x90a=\xA0V[\x8E`@\x01` \x81\x01\x90a\x0C\xC3\x91\x90a<wV[\x8C\x8Ca\"\xE7V[P`\x01\x93PPPP[\x96P\x96\x94PPPPPV[_\x80\x82`\x02\x81\x11\x15a\x0C\xF2Wa\x0C\xF2a;\x10V[\x03a\x0C\xFEWP_a\rTV[_`\x05_a\r\x0C\x87\x87a%\x16V[\x81R` \x01\x90\x81R` \x01_ T\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x80\x15a\rPWP\x82`\x02\x81\x11\x15a\rBWa\rBa;\x10V[`\xFF\x16`@\x82\x90\x1C`\xFF\x16\x10\x15[\x91PP[\x93\x92PPPV[\x81a\r\x92W`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\r\x9C\x82\x82a%SV[PPV[\x81\x15\x80\x15a\r\xBBWP`\x02T`\x01`\x01`\xA0\x1B\x03\x82\x81\x16\x91\x16\x14[\x15a\x0EpW`\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x90`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x15\x15\x80a\r\xF1WPe\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15[\x80a\x0E\x04WPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[\x15a\x0EEW`@Q\x7F\x19\xCA^\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\n]V[PP`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90U[a\r\x9C\x82\x82a%}V[_a\x0E\x87\x85\x85\x85\x85a%\xDEV[\x90P[\x94\x93PPPPV[\x7F\xC7\x16\xC3\xF4\xE2]\xFAThz#l\x0F\x14\xC6\xF0\xD3\xDC\x90\x94\x04C\x14\x9D\x7F\xBC\xECM{w\xB4\x9Ba\x0E\xBC\x81a!eV[\x83\x15\x80a\x0E\xCDWPc\xFF\xFF\xFF\xFF\x82\x16\x15[\x15a\x0F\x04W`@Q\x7F\x93\xD2B\x1F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x84\x81R`\x0E` R`@\x90 T\x15a\x0FLW`@Q\x7F\xF6\x82\xFEW\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x01a\n]V[_\x84\x81R`\x0E` R`@\x90\x81\x90 g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFC\x16k\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x85\x84\x1B\x16\x17\x90UQ\x84\x90\x7F\x84\xCAH`~\x1D4\x80\x98?h>\xA5G\x19(/$\xF0\x822\xF91\xDB\xA6\xDEH\x0E\xE9\x07\x96\x0B\x90a\x0F\xBB\x90\x86\x90\x86\x90\x91\x82Rc\xFF\xFF\xFF\xFF\x16` \x82\x01R`@\x01\x90V[`@Q\x80\x91\x03\x90\xA2PPPPV[\x84`\xC0\x015B\x11\x15a\x10\rW`@Q\x7F\xCD!\xDBO\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xC0\x86\x015`\x04\x82\x01R`$\x01a\n]V[\x84`\x80\x015\x82\x82`@Qa\x10\"\x92\x91\x90a=\x91V[`@Q\x80\x91\x03\x90 \x14a\x10gW`@Q\x7F\x9E\x81/\xDD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x80\x86\x015`\x04\x82\x01R`$\x01a\n]V[a\x10\x87a\x10w` \x87\x01\x87a8\x8DV[a\x10\x80\x87a&QV[\x86\x86a&\xD9V[a\x10\xD6Wa\x10\x98` \x86\x01\x86a8\x8DV[`@Q\x7F\xD8U\xC4\xF4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\n]V[_`H`\x05\x82a\x10\xF6a\x10\xEC` \x8B\x01\x8Ba8\x8DV[\x8A` \x015a%\x16V[\x81R` \x81\x01\x91\x90\x91R`@\x01_ T\x90\x1C\x90Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x11%`\xC0\x88\x01`\xA0\x89\x01a<wV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x11\x8BWa\x11D`\xC0\x87\x01`\xA0\x88\x01a<wV[`@Q\x7F\x06Bz\xEB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16`\x04\x82\x01R\x90\x82\x16`$\x82\x01R`D\x01a\n]V[a\x11\xC7a\x11\x9B` \x88\x01\x88a8\x8DV[` \x88\x015a\x11\xB0``\x8A\x01`@\x8B\x01a=\xA0V[a\x11\xC0`\x80\x8B\x01``\x8C\x01a<wV[\x87\x87a\"\xE7V[PPPPPPV[_a\x11\xD9\x81a!eV[a\r\x9C\x82a'EV[_a\x11\xEC\x81a!eV[a\r\x9C\x82a'\xB0V[__a\x11\xFFa!\x82V[`@Q\x7FZ\xFAP6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x80\x83\x16`\x04\x83\x01R\x91\x92P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90cZ\xFAP6\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x12\x81W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x12\xA5\x91\x90a=\xB9V[a\x12\xE6W`@Q\x7Fwe\xF1,\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\n]V[\x85a\x13\x1DW`@Q\x7F:\x16Rg\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x13&\x81a(\x1FV[`\nT_\x90a\x13?\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16Ba=\xD4V[\x90P`\t_\x81Ta\x13O\x90a=yV[\x91\x90P\x81\x90U\x92P`@Q\x80`\xC0\x01`@R\x80\x88\x81R` \x01\x83`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x87a\xFF\xFF\x16\x81R` \x01`\x01`\x03\x81\x11\x15a\x13\xB4Wa\x13\xB4a;\x10V[\x90R_\x84\x81R`\x07` \x90\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x82\x01\x80T\x93\x85\x01Q`\x01`\x01`\xA0\x1B\x03\x90\x92\x16\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x94\x16\x93\x90\x93\x17`\x01`\xA0\x1Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16\x02\x17\x90\x92U``\x83\x01Q`\x02\x82\x01\x80T`\x80\x86\x01Q\x92\x90\x94\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x90\x94\x16\x93\x90\x93\x17h\x01\0\0\0\0\0\0\0\0a\xFF\xFF\x90\x92\x16\x91\x90\x91\x02\x17\x80\x83U`\xA0\x84\x01Q\x91\x92\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16j\x01\0\0\0\0\0\0\0\0\0\0\x83`\x03\x81\x11\x15a\x14\xBEWa\x14\xBEa;\x10V[\x02\x17\x90UPPP_\x87\x81R`\x06` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x82\x16\x11\x15a\x15PW_\x87\x81R`\x06` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x17\x90U[\x81`\x01`\x01`\xA0\x1B\x03\x16\x87\x84\x7Fe\xAB\xCF&W\xDD.\xCDFYk\xA5A\xC2dm\xAD\x88S\x1EO\xE2tK\xAA\xE4f2\xBC\xB5\x0F,\x89\x85\x8A\x8A`@Qa\x15\x91\x94\x93\x92\x91\x90a>\x1DV[`@Q\x80\x91\x03\x90\xA4PP\x94\x93PPPPV[_a\x0E\x8A\x84\x84\x84a\"\xB2V[_a\t\xCE\x82a&QV[_``\x80___``a\x15\xCAa)\xA6V[a\x15\xD2a)\xD1V[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[_a\x16*`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[\x90P\x90V[____`\x05_a\x16@\x88\x88a%\x16V[\x81R` \x01\x90\x81R` \x01_ T\x90P`@\x81\x90\x1C`\xFF\x16`\x02\x81\x11\x15a\x16iWa\x16ia;\x10V[\x93P\x91PP`H\x81\x90\x1C\x92P\x92P\x92V[_\x86\x81R`\x07` R`@\x81 \x90`\x02\x82\x01Tj\x01\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x16\xAFWa\x16\xAFa;\x10V[\x03a\x16\xE9W`@Q\x7FBU~\x97\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`$\x01a\n]V[`\x01`\x02\x82\x01Tj\x01\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x17\x12Wa\x17\x12a;\x10V[\x14a\x17^W\x86\x81`\x02\x01`\n\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`@Q\x7F\xA1X\xED4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\n]\x92\x91\x90a>TV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xF9\xC8\x15Ba\x17\x99\x89\x89\x89\x89a%\xDEV[\x85\x85`@Q\x84c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a\x17\xB9\x93\x92\x91\x90a>hV[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x17\xD4W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x17\xF8\x91\x90a=\xB9V[a\x181W`@Q\x7F\xEC\xCAB?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`$\x01a\n]V[\x85\x15a\x18\x9EW`\x02\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16j\x02\0\0\0\0\0\0\0\0\0\0\x17\x90U`@Q\x87\x90\x7F\xFD\x80P\xCC\xD3Js\xA4P\xAB\xE6\xD9W\xA6\x0C\xACC\x80\x973\x81D-\x88~\x9C{Ip\xE6#8\x90_\x90\xA2Pa\x11\xC7V[`\x01\x81\x01T`\x02\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16j\x03\0\0\0\0\0\0\0\0\0\0\x17\x90U\x81T_\x90\x81R`\x06` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x90\x94\x16\x80\x84R\x93\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x90Ua\x19/\x81a)\xFCV[`@Q\x7F\xA6r\xEB\xDB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x81\x16`\x04\x83\x01R\x86\x81\x16`$\x83\x01R`D\x82\x01\x88\x90R_\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\xA6r\xEB\xDB\x90`d\x01` `@Q\x80\x83\x03\x81_\x87Z\xF1\x92PPP\x80\x15a\x19\xDEWP`@\x80Q`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01\x90\x92Ra\x19\xDB\x91\x81\x01\x90a?NV[`\x01[a\x1ATW=\x80\x80\x15a\x1A\x0BW`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\x1A\x10V[``\x91P[P\x80Q_\x03a\x1ANW`@Q\x7F\xF3We\xC2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x8B\x90R`$\x01a\n]V[Pa\x1AWV[\x90P[`@\x80Q\x88\x81R` \x81\x01\x83\x90R\x8A\x91\x7F\x1C9\xD3\xAAOl\xBE\xA9j\x1F5\xE2c\xBB\xD8\x16\x94re\x7F\xB1\xAD/\x8CAl\xEC\xE4t\xA3\\\x92\x91\x01`@Q\x80\x91\x03\x90\xA2PPPPPPPPPV[__a\x1A\xA7a!\x82V[`@Q\x7F\xB0\xDF(\x91\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x86\x81\x16`\x04\x83\x01R\x91\x92P_\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xB0\xDF(\x91\x90`$\x01```@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1B)W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1BM\x91\x90a?uV[PP\x90Pa\x1B\\\x85\x82\x86a\"\xB2V[_\x81\x81R`\r` R`@\x90 T\x90\x93P`\xFF\x16\x15a\x1B\xAAW`@Q\x7FH\xEA\xE5\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\n]V[_\x83\x81R`\x0B` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 T`\xFF\x16a\x1C\x17W`@Q\x7F\x19\xB4\x06p\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x83\x16`$\x82\x01R`D\x01a\n]V[_\x83\x81R`\x0B` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x82R\x80\x83 \x80T`\xFF\x19\x16\x90U\x85\x83R`\x0C\x90\x91R\x81 \x80T\x82\x90a\x1CW\x90a?\xA5V[\x91\x90P\x81\x90U\x90P\x83\x7F\xD4\xEA\x99GZ\x86\x82\x9BRN#\xE4\xB8gHr_\xE9\xA3\x88\xEArr\x8E\xC7\xD0]\x14\x94\xF92\x81\x82`@Qa\x1C\x91\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2PPP\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x08` R`@\x81 T\x81\x90\x81\x90a\x1C\xCF` \x82\x90\x1C\x90``\x83\x90\x1C\x90V[\x92P\x92P\x92P\x91\x93\x90\x92PV[`\x02T_\x90z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x15\x80\x15a\x1D\x1EWPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[a\x1D)W__a\x1D=V[`\x02T`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81[\x91P\x91P\x90\x91V[a\x1DZa\x1DPa!\x82V[\x86\x86\x86\x86\x86a\"\xE7V[PPPPPV[_a\x1Dk\x81a!eV[a\r\x9C\x82a*\x8BV[_\x82\x81R`\x06` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x80\x15a\rTWP`@Q\x7FZ\xFAP6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cZ\xFAP6\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1E&W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\rT\x91\x90a=\xB9V[`\x02T_\x90z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x15\x80\x15a\x1E\x8BWPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10[a\x1E\xBDW`\x01Tz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x1E\xD0V[`\x02T`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16[\x91PP\x90V[`\x01T`\x01`\x01`\xA0\x1B\x03\x16\x80a\x1E\xEBa!\x82V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x1F?Wa\x1F\x01a!\x82V[`@Q\x7F\xC2,\x80\"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\n]V[a\t\xE6a+^V[\x81a\x1F~W`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\r\x9C\x82\x82a,$V[_a\x1F\x92\x81a!eV[a\t\xE6a,HV[a\x1F\xCF`@\x80Q`\xC0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R\x90`\xA0\x82\x01R\x90V[_\x82\x81R`\x07` \x90\x81R`@\x91\x82\x90 \x82Q`\xC0\x81\x01\x84R\x81T\x81R`\x01\x82\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x93\x82\x01\x93\x90\x93Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x90\x93\x04\x83\x16\x93\x81\x01\x93\x90\x93R`\x02\x81\x01T\x91\x82\x16``\x84\x01Ra\xFF\xFFh\x01\0\0\0\0\0\0\0\0\x83\x04\x16`\x80\x84\x01R\x90`\xA0\x83\x01\x90`\xFFj\x01\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16`\x03\x81\x11\x15a gWa ga;\x10V[`\x03\x81\x11\x15a xWa xa;\x10V[\x90RP\x92\x91PPV[a \x89a!\x82V[`\x01`\x01`\xA0\x1B\x03\x16\x7F\xD1CE\xFA\x94\xE0\x0E\xA9:\xFE\xBD\0\xD5\x84\xD0\xE4\x980r\x90@/\xCET\x9E\x8A\xFDH\xF9\x87Qv\x83\x83`@Qa \xC3\x92\x91\x90a?\xBAV[`@Q\x80\x91\x03\x90\xA2PPV[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\t\xCEWP\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x14a\t\xCEV[a\t\xE6\x81a!qa!\x82V[a,RV[a!\x80__a,\xBDV[V[_a\x16*a-\xE7V[`@Q\x7F\xB0\xDF(\x91\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x81\x16`\x04\x83\x01R_\x91\x82\x91\x82\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\xB0\xDF(\x91\x90`$\x01```@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\"\x10W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\"4\x91\x90a?uV[\x91\x94P\x90\x92P\x90P`\xFF\x81\x16\x15\x80a\"^WPa\"\\\x85\x85\x85a\"W\x8B\x8Ba.QV[a.\x95V[\x15[\x15a\"\xA8W`@Q\x7F\x82o\x1B\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x80\x89\x16`\x04\x83\x01R\x87\x16`$\x82\x01R`D\x01a\n]V[P\x94P\x94\x92PPPV[_\x83\x83\x83`@Q` \x01a\"\xC8\x93\x92\x91\x90a?\xCDV[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x93\x92PPPV[\x84a#\x1EW`@Q\x7FS\xCDW\x83\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a#)\x87\x87a%\x16V[_\x81\x81R`\x05` R`@\x81 T\x91\x92Pi\x01\0\0\0\0\0\0\0\0\0a#P`\x01\x82a@`V[\x19\x83\x16a#]\x91\x90a@sV[\x90P_\x87`\x02\x81\x11\x15a#rWa#ra;\x10V[\x03a$8Wa#\x8C`\x01i\x01\0\0\0\0\0\0\0\0\0a@`V[\x82\x16_\x03a#\xD8W`@Q\x7F\r\x98\xC5\xB8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x8A\x16`\x04\x82\x01R`$\x81\x01\x89\x90R`D\x01a\n]V[_\x83\x81R`\x05` R`@\x80\x82 \x83\x90UQ\x89\x91`\x01`\x01`\xA0\x1B\x03\x8C\x16\x91\x7F\xE1\x8B&U\xD8O\xDBh\x17H\xDD9#\x0B\xB5\xB2\xE1\x1D|b\x0F\xA3\x97\xEDb\x11\x84\x8DV\xF3\xD5\xE4\x91a$(\x91\x81\x90\x8B\x90\x8B\x90a@\x86V[`@Q\x80\x91\x03\x90\xA3PPPa\x11\xC7V[B\x86g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a$\x87W`@Q\x7F\x8DI\x9F}\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`\x04\x82\x01R`$\x01a\n]V[`@\x87`\x02\x81\x11\x15a$\x9BWa$\x9Ba;\x10V[`\xFF\x16\x90\x1B\x86g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82\x17\x17`\x05_\x85\x81R` \x01\x90\x81R` \x01_ \x81\x90UP\x87\x89`\x01`\x01`\xA0\x1B\x03\x16\x7F\xE1\x8B&U\xD8O\xDBh\x17H\xDD9#\x0B\xB5\xB2\xE1\x1D|b\x0F\xA3\x97\xEDb\x11\x84\x8DV\xF3\xD5\xE4\x89\x89\x89\x89`@Qa%\x03\x94\x93\x92\x91\x90a@\x86V[`@Q\x80\x91\x03\x90\xA3PPPPPPPPPV[`@\x80Q`\x01`\x01`\xA0\x1B\x03\x84\x16` \x82\x01R\x90\x81\x01\x82\x90R_\x90``\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x92\x91PPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta%m\x81a!eV[a%w\x83\x83a.\xACV[PPPPV[a%\x85a!\x82V[`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14a%\xCFW`@Q\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a%\xD9\x82\x82a/CV[PPPV[`@\x80Q\x7F8}:\xAET\x81\xF2\xED5Vz\xCC\x1FQS\x85\x86Ac#l\xA9}9\xEDu\xB1\x18\x0C\x98\0\xB6` \x82\x01R\x90\x81\x01\x85\x90R\x83\x15\x15``\x82\x01R`\x80\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x82\x16`\xA0\x82\x01R_\x90a\x0E\x87\x90`\xC0\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 a/\x97V[_a\t\xCE\x7F\xD8\xB7D\xC7\xC5\x9D%z_\x87\xEDT\x8F\x8D\xD6\xF2Q1V\x80_\x89\xB4\xFB\x1A\x01\xBC%\x1C\x85\n\xE2a&\x83` \x85\x01\x85a8\x8DV[` \x85\x015a&\x98``\x87\x01`@\x88\x01a=\xA0V[a&\xA8`\x80\x88\x01``\x89\x01a<wV[`\x80\x88\x015a&\xBD`\xC0\x8A\x01`\xA0\x8B\x01a<wV[\x89`\xC0\x015`@Q` \x01a&6\x98\x97\x96\x95\x94\x93\x92\x91\x90a@\xB6V[___a&\xE7\x86\x86\x86a/\xDEV[P\x90\x92P\x90P_\x81`\x03\x81\x11\x15a'\0Wa'\0a;\x10V[\x14\x80\x15a'\x1EWP\x86`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a'.W`\x01\x92PPPa\x0E\x8AV[a':\x87\x87\x87\x87a0%V[\x97\x96PPPPPPPV[_a'Na\x1EJV[a'WBa0\xA8V[a'a\x91\x90aA\x1AV[\x90Pa'm\x82\x82a0\xF7V[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x7F3w\xDCD$\x1Ew\x9D\xD0j\xFA\xB5\xB7\x88\xA3\\\xA5\xF3\xB7x\x83n)\x90\xBD\xB2j*K.^\xD6\x90` \x01a \xC3V[_a'\xBA\x82a1tV[a'\xC3Ba0\xA8V[a'\xCD\x91\x90aA\x1AV[\x90Pa'\xD9\x82\x82a,\xBDV[`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16\x82R\x83\x16` \x82\x01R\x7F\xF1\x03\x8C\x18\xCF\x84\xA5nC/\xDB\xFA\xF7F\x92K~\xA5\x11\xDF\xE0:e\x06\xA0\xCE\xBAH\x88x\x8D\x9B\x91\x01`@Q\x80\x91\x03\x90\xA1PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x08` R`@\x81 T\x81\x90\x81\x90a(L` \x82\x90\x1C\x90``\x83\x90\x1C\x90V[\x92P\x92P\x92P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a(\xB1W`@Q\x7FK\x0E[G\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\n]V[a(\xC8g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16b\x01Q\x80a@sV[B\x10a(\xD5W_\x92PB\x91P[`\x05c\xFF\xFF\xFF\xFF\x84\x16\x10a)>W\x83a(\xF1\x83b\x01Q\x80a=\xD4V[`@Q\x7F\x17H\xEC\xC7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x92\x16`\x04\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`$\x82\x01R`D\x01a\n]V[a)\x85a)L\x84`\x01aA8V[c\xFF\xFF\xFF\xFF\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0` \x85\x90\x1B\x16\x17s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0``\x84\x90\x1B\x16\x17\x90V[`\x01`\x01`\xA0\x1B\x03\x90\x94\x16_\x90\x81R`\x08` R`@\x90 \x93\x90\x93UPPPV[``a\x16*\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a1\xBBV[``a\x16*\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a1\xBBV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x08` \x90\x81R`@\x90\x91 T\x90\x81\x90\x1Ca*k\x82\x82a*-b'\x8D\0Ba=\xD4V[c\xFF\xFF\xFF\xFF\x83\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0` \x84\x90\x1B\x16\x17s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0``\x83\x90\x1B\x16\x17\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x90\x93\x16_\x90\x81R`\x08` R`@\x90 \x92\x90\x92UPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15\x80a*\xAEWPb\x01Q\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x11[\x15a*\xF1W`@Q\x7F\\\x82Y9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\n]V[`\n\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F\x91\x80d?\xBAb\xA12\xEE\xC4\x95*\xA3U\xF4\x1F\xB5J\xA3U\xB6M\xE4\x90\xA1-.\x9FaZ\x80\x94\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[`\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16\x90`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x80a+\x90WPBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15[\x15a+\xD1W`@Q\x7F\x19\xCA^\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\n]V[a+\xEC_a+\xE7`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[a/CV[Pa+\xF7_\x83a.\xACV[PP`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90UPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta,>\x81a!eV[a%w\x83\x83a/CV[a!\x80__a0\xF7V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T`\xFF\x16a\r\x9CW`@Q\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\n]V[`\x02Tz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15a-\x80WBe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x10\x15a-WW`\x02T`\x01\x80Ty\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1B\x90\x92\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x91\x90\x91\x17\x90Ua-\x80V[`@Q\x7F+\x1F\xA2\xED\xAF\xE6\xF7\xB9\xE9|\x1A\x9E\x0C6`\xE6E\xBE\xB2\xDC\xAA-E\xBD\xBF\x9B\xEA\xF5G.\x1E\xC5\x90_\x90\xA1[P`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x16`\x01`\xA0\x1Be\xFF\xFF\xFF\xFF\xFF\xFF\x94\x85\x16\x02y\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x92\x90\x93\x16\x91\x90\x91\x02\x91\x90\x91\x17\x90UV[_6`\x14\x80\x82\x10\x80\x15\x90a.#WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x163\x14[\x15a.IWa.66\x82\x84\x03\x81_aATV[a.?\x91aA{V[``\x1C\x92PPP\x90V[3\x92PPP\x90V[`@\x80Q`\x01`\x01`\xA0\x1B\x03\x80\x85\x16` \x83\x01R\x83\x16\x91\x81\x01\x91\x90\x91R_\x90``\x01`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x82\x82R\x80Q` \x91\x82\x01 \x90\x83\x01R\x01a%5V[_\x82a.\xA2\x86\x86\x85a1\xF8V[\x14\x95\x94PPPPPV[_\x82a/9W_a.\xC5`\x02T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x14a/\x05W`@Q\x7F?\xC3\xC2z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90U[a\rT\x83\x83a29V[_\x82\x15\x80\x15a/_WP`\x02T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16\x91\x16\x14[\x15a/\x8DW`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90U[a\rT\x83\x83a2\xE1V[_a\t\xCEa/\xA3a3\x80V[\x83`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[_\x80\x80`A\x84\x90\x03a0\x12W\x845` \x86\x015`@\x87\x015_\x1Aa0\x04\x89\x82\x85\x85a4\xA9V[\x95P\x95P\x95PPPPa0\x1CV[P_\x91P`\x02\x90P\x82[\x93P\x93P\x93\x90PV[`@\x80Q\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x82R`\x04\x82\x01\x86\x90R`$\x82\x01\x92\x90\x92R`D\x81\x01\x83\x90R_\x91\x90\x83\x90\x81\x86`d\x83\x017_\x82`d\x83\x01\x01R`\x1F\x82\x01`\x05\x1C`\x05\x1B\x91P` _`d\x84\x01\x83\x8BZ\xFA\x90P\x82_Q\x14`\x1F=\x11\x16\x81\x16\x93PPPP\x94\x93PPPPV[_e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a0\xF3W`@Q\x7Fm\xFC\xC6P\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`0`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\n]V[P\x90V[`\x01\x80T`\x01`\xA0\x1Be\xFF\xFF\xFF\xFF\xFF\xFF\x84\x81\x16\x82\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x16`\x01`\x01`\xA0\x1B\x03\x88\x16\x17\x17\x90\x93U\x90\x04\x16\x80\x15a%\xD9W`@Q\x7F\x88\x86\xEB\xFCBY\xAB\xDB\xC1f\x01\xDD\x8F\xB5g\x8ET\x87\x8FG\xB3\xC3H6\xCF\xC5\x11T\xA9`Q\t\x90_\x90\xA1PPPV[__a1~a\x1EJV[\x90P\x80e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a1\xA6Wa1\xA1\x83\x82aA\xE0V[a\rTV[a\rTe\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16b\x06\x97\x80a5qV[``_a1\xC7\x83a5\x80V[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_\x81\x81[\x84\x81\x10\x15a20Wa2&\x82\x87\x87\x84\x81\x81\x10a2\x1AWa2\x1AaA\xFEV[\x90P` \x02\x015a5\xC0V[\x91P`\x01\x01a1\xFCV[P\x94\x93PPPPV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a2\xDAW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua2\x92a!\x82V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\t\xCEV[P_a\t\xCEV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16\x15a2\xDAW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16\x90Ua38a!\x82V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\t\xCEV[_0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a3\xD8WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a4\x02WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\x16*`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a4\xE2WP_\x91P`\x03\x90P\x82a5gV[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a53W=__>=_\xFD[PP`@Q`\x1F\x19\x01Q\x91PP`\x01`\x01`\xA0\x1B\x03\x81\x16a5^WP_\x92P`\x01\x91P\x82\x90Pa5gV[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[_\x82\x82\x18\x82\x84\x10\x02\x82\x18a\rTV[_`\xFF\x82\x16`\x1F\x81\x11\x15a\t\xCEW`@Q\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x81\x83\x10a5\xDAW_\x82\x81R` \x84\x90R`@\x90 a\rTV[_\x83\x81R` \x83\x90R`@\x90 a\rTV[_` \x82\x84\x03\x12\x15a5\xFCW__\xFD[\x815\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x81\x14a\rTW__\xFD[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a6AW__\xFD[\x91\x90PV[_`\xC0\x82\x84\x03\x12\x15a6VW__\xFD[P\x91\x90PV[__\x83`\x1F\x84\x01\x12a6lW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a6\x83W__\xFD[` \x83\x01\x91P\x83` \x82`\x05\x1B\x85\x01\x01\x11\x15a6\x9DW__\xFD[\x92P\x92\x90PV[__\x83`\x1F\x84\x01\x12a6\xB4W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a6\xCBW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a6\x9DW__\xFD[______a\x01 \x87\x89\x03\x12\x15a6\xF8W__\xFD[a7\x01\x87a6+V[\x95Pa7\x10\x88` \x89\x01a6FV[\x94P`\xE0\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a7+W__\xFD[a77\x89\x82\x8A\x01a6\\V[\x90\x95P\x93PPa\x01\0\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a7WW__\xFD[a7c\x89\x82\x8A\x01a6\xA4V[\x97\x9A\x96\x99P\x94\x97P\x92\x95\x93\x94\x92PPPV[\x805`\x03\x81\x10a6AW__\xFD[___``\x84\x86\x03\x12\x15a7\x95W__\xFD[a7\x9E\x84a6+V[\x92P` \x84\x015\x91Pa7\xB3`@\x85\x01a7uV[\x90P\x92P\x92P\x92V[__`@\x83\x85\x03\x12\x15a7\xCDW__\xFD[\x825\x91Pa7\xDD` \x84\x01a6+V[\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a7\xF6W__\xFD[P5\x91\x90PV[\x80\x15\x15\x81\x14a\t\xE6W__\xFD[____`\x80\x85\x87\x03\x12\x15a8\x1DW__\xFD[\x845\x93P` \x85\x015a8/\x81a7\xFDV[\x92P`@\x85\x015\x91Pa8D``\x86\x01a6+V[\x90P\x92\x95\x91\x94P\x92PV[___``\x84\x86\x03\x12\x15a8aW__\xFD[\x835\x92P` \x84\x015\x91P`@\x84\x015c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a8\x82W__\xFD[\x80\x91PP\x92P\x92P\x92V[_` \x82\x84\x03\x12\x15a8\x9DW__\xFD[a\rT\x82a6+V[_`\xE0\x82\x84\x03\x12\x15a6VW__\xFD[_____a\x01 \x86\x88\x03\x12\x15a8\xCBW__\xFD[a8\xD5\x87\x87a8\xA6V[\x94P`\xE0\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a8\xF0W__\xFD[a8\xFC\x88\x82\x89\x01a6\xA4V[\x90\x95P\x93PPa\x01\0\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a9\x1CW__\xFD[a9(\x88\x82\x89\x01a6\xA4V[\x96\x99\x95\x98P\x93\x96P\x92\x94\x93\x92PPPV[_` \x82\x84\x03\x12\x15a9IW__\xFD[\x815e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\rTW__\xFD[____``\x85\x87\x03\x12\x15a9qW__\xFD[\x845\x93P` \x85\x015a\xFF\xFF\x81\x16\x81\x14a9\x89W__\xFD[\x92P`@\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a9\xA4W__\xFD[a9\xB0\x87\x82\x88\x01a6\xA4V[\x95\x98\x94\x97P\x95PPPPV[___a\x01\0\x84\x86\x03\x12\x15a9\xCFW__\xFD[a9\xD8\x84a6+V[\x92P` \x84\x015\x91Pa7\xB3\x85`@\x86\x01a6FV[_`\xE0\x82\x84\x03\x12\x15a9\xFEW__\xFD[a\rT\x83\x83a8\xA6V[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` `\x1F\x19`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16\x81R`\xE0` \x82\x01R_a:p`\xE0\x83\x01\x89a:\x08V[\x82\x81\x03`@\x84\x01Ra:\x82\x81\x89a:\x08V[``\x84\x01\x88\x90R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a:\xD7W\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a:\xB9V[P\x90\x9B\x9APPPPPPPPPPPV[__`@\x83\x85\x03\x12\x15a:\xF9W__\xFD[a;\x02\x83a6+V[\x94` \x93\x90\x93\x015\x93PPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x03\x81\x10a;MWa;Ma;\x10V[\x90RV[``\x81\x01a;_\x82\x86a;=V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`@\x83\x01R\x94\x93PPPPV[______`\xA0\x87\x89\x03\x12\x15a;\x9CW__\xFD[\x865\x95P` \x87\x015a;\xAE\x81a7\xFDV[\x94P`@\x87\x015\x93Pa;\xC3``\x88\x01a6+V[\x92P`\x80\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a;\xDEW__\xFD[a7c\x89\x82\x8A\x01a6\\V[__`\xE0\x83\x85\x03\x12\x15a;\xFBW__\xFD[a<\x04\x83a6+V[\x91Pa7\xDD\x84` \x85\x01a6FV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a6AW__\xFD[_____`\x80\x86\x88\x03\x12\x15a<>W__\xFD[\x855\x94Pa<N` \x87\x01a7uV[\x93Pa<\\`@\x87\x01a<\x13V[\x92P``\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a9\x1CW__\xFD[_` \x82\x84\x03\x12\x15a<\x87W__\xFD[a\rT\x82a<\x13V[`\x04\x81\x10a;MWa;Ma;\x10V[_`\xC0\x82\x01\x90P\x82Q\x82R`\x01`\x01`\xA0\x1B\x03` \x84\x01Q\x16` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x84\x01Q\x16``\x83\x01Ra\xFF\xFF`\x80\x84\x01Q\x16`\x80\x83\x01R`\xA0\x83\x01Qa=\x06`\xA0\x84\x01\x82a<\x90V[P\x92\x91PPV[__` \x83\x85\x03\x12\x15a=\x1EW__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a=4W__\xFD[a=@\x85\x82\x86\x01a6\xA4V[\x90\x96\x90\x95P\x93PPPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[__\x19\x82\x03a=\x8AWa=\x8Aa=LV[P`\x01\x01\x90V[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[_` \x82\x84\x03\x12\x15a=\xB0W__\xFD[a\rT\x82a7uV[_` \x82\x84\x03\x12\x15a=\xC9W__\xFD[\x81Qa\rT\x81a7\xFDV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xCEWa\t\xCEa=LV[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` `\x1F\x19`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[a\xFF\xFF\x85\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16` \x82\x01R```@\x82\x01R_a>J``\x83\x01\x84\x86a=\xF4V[\x96\x95PPPPPPV[\x82\x81R`@\x81\x01a\rT` \x83\x01\x84a<\x90V[_`@\x82\x01\x85\x83R`@` \x84\x01R\x80\x84\x82R``\x84\x01\x90P``\x85`\x05\x1B\x85\x01\x01\x91P\x85_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x886\x03\x01[\x87\x82\x10\x15a?@W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA0\x87\x86\x03\x01\x84R\x825\x81\x81\x12a>\xF0W__\xFD[\x89\x01` \x81\x01\x905g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a?\x0CW__\xFD[\x806\x03\x82\x13\x15a?\x1AW__\xFD[a?%\x87\x82\x84a=\xF4V[\x96PPP` \x83\x01\x92P` \x84\x01\x93P`\x01\x82\x01\x91Pa>\xB4V[P\x92\x98\x97PPPPPPPPV[_` \x82\x84\x03\x12\x15a?^W__\xFD[PQ\x91\x90PV[\x80Q`\xFF\x81\x16\x81\x14a6AW__\xFD[___``\x84\x86\x03\x12\x15a?\x87W__\xFD[\x83Q\x92Pa?\x97` \x85\x01a?eV[\x91Pa7\xB3`@\x85\x01a?eV[_\x81a?\xB3Wa?\xB3a=LV[P_\x19\x01\x90V[` \x81R_a\x0E\x8A` \x83\x01\x84\x86a=\xF4V[`\x01`\x01`\xA0\x1B\x03\x84\x16\x81R` \x80\x82\x01\x84\x90R\x825`@\x83\x01Ra\x01\0\x82\x01\x90a?\xF9\x90\x84\x01a7uV[a@\x06``\x84\x01\x82a;=V[Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa@\x1C`@\x85\x01a<\x13V[\x16`\x80\x83\x81\x01\x91\x90\x91R``\x84\x015`\xA0\x80\x85\x01\x91\x90\x91R\x90\x84\x015`\xC0\x84\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90a@R\x90\x85\x01a<\x13V[\x16`\xE0\x83\x01R\x94\x93PPPPV[\x81\x81\x03\x81\x81\x11\x15a\t\xCEWa\t\xCEa=LV[\x80\x82\x01\x80\x82\x11\x15a\t\xCEWa\t\xCEa=LV[a@\x90\x81\x86a;=V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16` \x82\x01R```@\x82\x01R_a>J``\x83\x01\x84\x86a=\xF4V[\x88\x81R`\x01`\x01`\xA0\x1B\x03\x88\x16` \x82\x01R`@\x81\x01\x87\x90Ra\x01\0\x81\x01a@\xE1``\x83\x01\x88a;=V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16`\x80\x83\x01R\x84`\xA0\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\xC0\x83\x01R\x82`\xE0\x83\x01R\x99\x98PPPPPPPPPV[e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xCEWa\t\xCEa=LV[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xCEWa\t\xCEa=LV[__\x85\x85\x11\x15aAbW__\xFD[\x83\x86\x11\x15aAnW__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x90`\x14\x84\x10\x15a=\x06W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85`\x14\x03`\x03\x1B\x1B\x82\x16\x16\x91PP\x92\x91PPV[e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xCEWa\t\xCEa=LV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD\xFE\xA1dsolcC\0\x08\x1E\0\n",
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
    /**Custom error with signature `ActionExpired(bytes32,uint64)` and selector `0x8a96a134`.
    ```solidity
    error ActionExpired(bytes32 actionId, uint64 deadline);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ActionExpired {
        #[allow(missing_docs)]
        pub actionId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub deadline: u64,
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
        impl ::core::convert::From<ActionExpired> for UnderlyingRustTuple<'_> {
            fn from(value: ActionExpired) -> Self {
                (value.actionId, value.deadline)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ActionExpired {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { actionId: tuple.0, deadline: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ActionExpired {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ActionExpired(bytes32,uint64)";
            const SELECTOR: [u8; 4] = [138u8, 150u8, 161u8, 52u8];
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
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.deadline),
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
    /**Custom error with signature `NotApproved(bytes32,address)` and selector `0x19b40670`.
    ```solidity
    error NotApproved(bytes32 actionId, address guardian);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotApproved {
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
        impl ::core::convert::From<NotApproved> for UnderlyingRustTuple<'_> {
            fn from(value: NotApproved) -> Self {
                (value.actionId, value.guardian)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotApproved {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { actionId: tuple.0, guardian: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotApproved {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotApproved(bytes32,address)";
            const SELECTOR: [u8; 4] = [25u8, 180u8, 6u8, 112u8];
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
    /**Event with signature `GuardianApprovalWithdrawn(bytes32,uint256)` and selector `0xd4ea99475a86829b524e23e4b86748725fe9a388ea72728ec7d05d1494f93281`.
    ```solidity
    event GuardianApprovalWithdrawn(bytes32 indexed actionId, uint256 approvals);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct GuardianApprovalWithdrawn {
        #[allow(missing_docs)]
        pub actionId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub approvals: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for GuardianApprovalWithdrawn {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "GuardianApprovalWithdrawn(bytes32,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    212u8, 234u8, 153u8, 71u8, 90u8, 134u8, 130u8, 155u8, 82u8, 78u8, 35u8, 228u8,
                    184u8, 103u8, 72u8, 114u8, 95u8, 233u8, 163u8, 136u8, 234u8, 114u8, 114u8,
                    142u8, 199u8, 208u8, 93u8, 20u8, 148u8, 249u8, 50u8, 129u8,
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
        impl alloy_sol_types::private::IntoLogData for GuardianApprovalWithdrawn {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&GuardianApprovalWithdrawn> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &GuardianApprovalWithdrawn) -> alloy_sol_types::private::LogData {
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
    /**Function with signature `approveGuardianAction(address,(bytes32,uint8,uint64,bytes32,bytes32,uint64),bytes32[],bytes)` and selector `0x113e9469`.
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
    ///Container type for the return parameters of the [`approveGuardianAction(address,(bytes32,uint8,uint64,bytes32,bytes32,uint64),bytes32[],bytes)`](approveGuardianActionCall) function.
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
            const SIGNATURE: &'static str = "approveGuardianAction(address,(bytes32,uint8,uint64,bytes32,bytes32,uint64),bytes32[],bytes)";
            const SELECTOR: [u8; 4] = [17u8, 62u8, 148u8, 105u8];
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
    /**Function with signature `guardianActionId(address,bytes32,(bytes32,uint8,uint64,bytes32,bytes32,uint64))` and selector `0x708e5d30`.
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
    ///Container type for the return parameters of the [`guardianActionId(address,bytes32,(bytes32,uint8,uint64,bytes32,bytes32,uint64))`](guardianActionIdCall) function.
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
                "guardianActionId(address,bytes32,(bytes32,uint8,uint64,bytes32,bytes32,uint64))";
            const SELECTOR: [u8; 4] = [112u8, 142u8, 93u8, 48u8];
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
    #[derive(serde::Serialize, serde::Deserialize)]
    /**Function with signature `withdrawGuardianApproval(address,(bytes32,uint8,uint64,bytes32,bytes32,uint64))` and selector `0x9d307fe6`.
    ```solidity
    function withdrawGuardianApproval(address controller, IConsentManager.GuardianAction memory action) external returns (bytes32 actionId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawGuardianApprovalCall {
        #[allow(missing_docs)]
        pub controller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub action: <IConsentManager::GuardianAction as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`withdrawGuardianApproval(address,(bytes32,uint8,uint64,bytes32,bytes32,uint64))`](withdrawGuardianApprovalCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawGuardianApprovalReturn {
        #[allow(missing_docs)]
        pub actionId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::Address, IConsentManager::GuardianAction);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<withdrawGuardianApprovalCall> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawGuardianApprovalCall) -> Self {
                    (value.controller, value.action)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawGuardianApprovalCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { controller: tuple.0, action: tuple.1 }
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
            impl ::core::convert::From<withdrawGuardianApprovalReturn> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawGuardianApprovalReturn) -> Self {
                    (value.actionId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawGuardianApprovalReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { actionId: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for withdrawGuardianApprovalCall {
            type Parameters<'a> =
                (alloy::sol_types::sol_data::Address, IConsentManager::GuardianAction);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "withdrawGuardianApproval(address,(bytes32,uint8,uint64,bytes32,bytes32,uint64))";
            const SELECTOR: [u8; 4] = [157u8, 48u8, 127u8, 230u8];
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
                        let r: withdrawGuardianApprovalReturn = r.into();
                        r.actionId
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: withdrawGuardianApprovalReturn = r.into();
                    r.actionId
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
        ADMIN_TRANSFER_DELAY(ADMIN_TRANSFER_DELAYCall),
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
        acceptDefaultAdminTransfer(acceptDefaultAdminTransferCall),
        #[allow(missing_docs)]
        accessLogOf(accessLogOfCall),
        #[allow(missing_docs)]
        anchorAccessLog(anchorAccessLogCall),
        #[allow(missing_docs)]
        approveGuardianAction(approveGuardianActionCall),
        #[allow(missing_docs)]
        beginDefaultAdminTransfer(beginDefaultAdminTransferCall),
        #[allow(missing_docs)]
        breakGlass(breakGlassCall),
        #[allow(missing_docs)]
        breakGlassBudget(breakGlassBudgetCall),
        #[allow(missing_docs)]
        cancelDefaultAdminTransfer(cancelDefaultAdminTransferCall),
        #[allow(missing_docs)]
        changeDefaultAdminDelay(changeDefaultAdminDelayCall),
        #[allow(missing_docs)]
        changeDigest(changeDigestCall),
        #[allow(missing_docs)]
        committee(committeeCall),
        #[allow(missing_docs)]
        consentOf(consentOfCall),
        #[allow(missing_docs)]
        defaultAdmin(defaultAdminCall),
        #[allow(missing_docs)]
        defaultAdminDelay(defaultAdminDelayCall),
        #[allow(missing_docs)]
        defaultAdminDelayIncreaseWait(defaultAdminDelayIncreaseWaitCall),
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
        owner(ownerCall),
        #[allow(missing_docs)]
        pendingDefaultAdmin(pendingDefaultAdminCall),
        #[allow(missing_docs)]
        pendingDefaultAdminDelay(pendingDefaultAdminDelayCall),
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
        rollbackDefaultAdminDelay(rollbackDefaultAdminDelayCall),
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
        #[allow(missing_docs)]
        withdrawGuardianApproval(withdrawGuardianApprovalCall),
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
            [2u8, 45u8, 99u8, 251u8],
            [10u8, 166u8, 34u8, 11u8],
            [17u8, 62u8, 148u8, 105u8],
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
            [87u8, 43u8, 108u8, 5u8],
            [93u8, 48u8, 244u8, 177u8],
            [99u8, 78u8, 147u8, 218u8],
            [100u8, 154u8, 94u8, 199u8],
            [107u8, 152u8, 233u8, 45u8],
            [108u8, 30u8, 167u8, 161u8],
            [109u8, 180u8, 115u8, 116u8],
            [112u8, 142u8, 93u8, 48u8],
            [114u8, 238u8, 63u8, 144u8],
            [121u8, 160u8, 90u8, 49u8],
            [124u8, 168u8, 70u8, 150u8],
            [125u8, 160u8, 168u8, 119u8],
            [126u8, 105u8, 84u8, 98u8],
            [132u8, 176u8, 25u8, 110u8],
            [132u8, 239u8, 143u8, 252u8],
            [141u8, 165u8, 203u8, 91u8],
            [145u8, 209u8, 72u8, 84u8],
            [147u8, 220u8, 110u8, 246u8],
            [148u8, 241u8, 119u8, 58u8],
            [152u8, 252u8, 186u8, 205u8],
            [154u8, 199u8, 93u8, 135u8],
            [157u8, 48u8, 127u8, 230u8],
            [158u8, 76u8, 172u8, 43u8],
            [158u8, 212u8, 70u8, 222u8],
            [161u8, 237u8, 165u8, 60u8],
            [162u8, 23u8, 253u8, 223u8],
            [164u8, 16u8, 63u8, 160u8],
            [178u8, 182u8, 26u8, 79u8],
            [178u8, 220u8, 114u8, 4u8],
            [204u8, 132u8, 99u8, 200u8],
            [204u8, 157u8, 31u8, 217u8],
            [206u8, 252u8, 20u8, 41u8],
            [207u8, 110u8, 239u8, 183u8],
            [213u8, 71u8, 116u8, 31u8],
            [214u8, 2u8, 185u8, 253u8],
            [216u8, 100u8, 231u8, 64u8],
            [229u8, 44u8, 179u8, 106u8],
            [229u8, 195u8, 1u8, 32u8],
            [242u8, 52u8, 63u8, 94u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(supportsInterface),
            ::core::stringify!(defaultAdminDelayIncreaseWait),
            ::core::stringify!(rollbackDefaultAdminDelay),
            ::core::stringify!(approveGuardianAction),
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
            ::core::stringify!(isTrustedForwarder),
            ::core::stringify!(setConsentBySig),
            ::core::stringify!(beginDefaultAdminTransfer),
            ::core::stringify!(changeDefaultAdminDelay),
            ::core::stringify!(EMERGENCY_CATEGORY),
            ::core::stringify!(breakGlass),
            ::core::stringify!(emergencyUntil),
            ::core::stringify!(guardianActionId),
            ::core::stringify!(changeDigest),
            ::core::stringify!(ADMIN_TRANSFER_DELAY),
            ::core::stringify!(emergencyDuration),
            ::core::stringify!(trustedForwarder),
            ::core::stringify!(accessLogOf),
            ::core::stringify!(eip712Domain),
            ::core::stringify!(defaultAdmin),
            ::core::stringify!(owner),
            ::core::stringify!(hasRole),
            ::core::stringify!(consentOf),
            ::core::stringify!(reviewEmergency),
            ::core::stringify!(EMERGENCY_REVIEW_TYPEHASH),
            ::core::stringify!(ACCESS_LOG_ROLE),
            ::core::stringify!(withdrawGuardianApproval),
            ::core::stringify!(breakGlassBudget),
            ::core::stringify!(MAX_EMERGENCIES_PER_DAY),
            ::core::stringify!(pendingDefaultAdminDelay),
            ::core::stringify!(DEFAULT_ADMIN_ROLE),
            ::core::stringify!(setConsent),
            ::core::stringify!(setEmergencyDuration),
            ::core::stringify!(inEmergency),
            ::core::stringify!(defaultAdminDelay),
            ::core::stringify!(DISPUTE_BAR),
            ::core::stringify!(acceptDefaultAdminTransfer),
            ::core::stringify!(pendingDefaultAdmin),
            ::core::stringify!(revokeRole),
            ::core::stringify!(cancelDefaultAdminTransfer),
            ::core::stringify!(committee),
            ::core::stringify!(isExecuted),
            ::core::stringify!(emergency),
            ::core::stringify!(requestAccess),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <supportsInterfaceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <defaultAdminDelayIncreaseWaitCall as alloy_sol_types::SolCall>::SIGNATURE,
            <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <approveGuardianActionCall as alloy_sol_types::SolCall>::SIGNATURE,
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
            <isTrustedForwarderCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setConsentBySigCall as alloy_sol_types::SolCall>::SIGNATURE,
            <beginDefaultAdminTransferCall as alloy_sol_types::SolCall>::SIGNATURE,
            <changeDefaultAdminDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <EMERGENCY_CATEGORYCall as alloy_sol_types::SolCall>::SIGNATURE,
            <breakGlassCall as alloy_sol_types::SolCall>::SIGNATURE,
            <emergencyUntilCall as alloy_sol_types::SolCall>::SIGNATURE,
            <guardianActionIdCall as alloy_sol_types::SolCall>::SIGNATURE,
            <changeDigestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::SIGNATURE,
            <emergencyDurationCall as alloy_sol_types::SolCall>::SIGNATURE,
            <trustedForwarderCall as alloy_sol_types::SolCall>::SIGNATURE,
            <accessLogOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <eip712DomainCall as alloy_sol_types::SolCall>::SIGNATURE,
            <defaultAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ownerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hasRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <consentOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <reviewEmergencyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <EMERGENCY_REVIEW_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ACCESS_LOG_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawGuardianApprovalCall as alloy_sol_types::SolCall>::SIGNATURE,
            <breakGlassBudgetCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_EMERGENCIES_PER_DAYCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pendingDefaultAdminDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <setConsentCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setEmergencyDurationCall as alloy_sol_types::SolCall>::SIGNATURE,
            <inEmergencyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <defaultAdminDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DISPUTE_BARCall as alloy_sol_types::SolCall>::SIGNATURE,
            <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pendingDefaultAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <cancelDefaultAdminTransferCall as alloy_sol_types::SolCall>::SIGNATURE,
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
        const COUNT: usize = 54usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::ACCESS_LOG_ROLE(_) => {
                    <ACCESS_LOG_ROLECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::ADMIN_TRANSFER_DELAY(_) => {
                    <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::SELECTOR
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
                Self::acceptDefaultAdminTransfer(_) => {
                    <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::accessLogOf(_) => <accessLogOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::anchorAccessLog(_) => {
                    <anchorAccessLogCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::approveGuardianAction(_) => {
                    <approveGuardianActionCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::beginDefaultAdminTransfer(_) => {
                    <beginDefaultAdminTransferCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::breakGlass(_) => <breakGlassCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::breakGlassBudget(_) => {
                    <breakGlassBudgetCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::cancelDefaultAdminTransfer(_) => {
                    <cancelDefaultAdminTransferCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::changeDefaultAdminDelay(_) => {
                    <changeDefaultAdminDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::changeDigest(_) => <changeDigestCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::committee(_) => <committeeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::consentOf(_) => <consentOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::defaultAdmin(_) => <defaultAdminCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::defaultAdminDelay(_) => {
                    <defaultAdminDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::defaultAdminDelayIncreaseWait(_) => {
                    <defaultAdminDelayIncreaseWaitCall as alloy_sol_types::SolCall>::SELECTOR
                }
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
                Self::owner(_) => <ownerCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::pendingDefaultAdmin(_) => {
                    <pendingDefaultAdminCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::pendingDefaultAdminDelay(_) => {
                    <pendingDefaultAdminDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::renounceRole(_) => <renounceRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::requestAccess(_) => <requestAccessCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::reviewDigest(_) => <reviewDigestCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::reviewEmergency(_) => {
                    <reviewEmergencyCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::revokeRole(_) => <revokeRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::rollbackDefaultAdminDelay(_) => {
                    <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
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
                Self::withdrawGuardianApproval(_) => {
                    <withdrawGuardianApprovalCall as alloy_sol_types::SolCall>::SELECTOR
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
                    fn defaultAdminDelayIncreaseWait(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <defaultAdminDelayIncreaseWaitCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentManagerCalls::defaultAdminDelayIncreaseWait)
                    }
                    defaultAdminDelayIncreaseWait
                },
                {
                    fn rollbackDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(ConsentManagerCalls::rollbackDefaultAdminDelay)
                    }
                    rollbackDefaultAdminDelay
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
                    fn beginDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <beginDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(ConsentManagerCalls::beginDefaultAdminTransfer)
                    }
                    beginDefaultAdminTransfer
                },
                {
                    fn changeDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <changeDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(ConsentManagerCalls::changeDefaultAdminDelay)
                    }
                    changeDefaultAdminDelay
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
                    fn guardianActionId(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <guardianActionIdCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::guardianActionId)
                    }
                    guardianActionId
                },
                {
                    fn changeDigest(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <changeDigestCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::changeDigest)
                    }
                    changeDigest
                },
                {
                    fn ADMIN_TRANSFER_DELAY(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::ADMIN_TRANSFER_DELAY)
                    }
                    ADMIN_TRANSFER_DELAY
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
                    fn defaultAdmin(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <defaultAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::defaultAdmin)
                    }
                    defaultAdmin
                },
                {
                    fn owner(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::owner)
                    }
                    owner
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
                    fn withdrawGuardianApproval(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <withdrawGuardianApprovalCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(ConsentManagerCalls::withdrawGuardianApproval)
                    }
                    withdrawGuardianApproval
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
                    fn pendingDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <pendingDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(ConsentManagerCalls::pendingDefaultAdminDelay)
                    }
                    pendingDefaultAdminDelay
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
                    fn defaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <defaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::defaultAdminDelay)
                    }
                    defaultAdminDelay
                },
                {
                    fn DISPUTE_BAR(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <DISPUTE_BARCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::DISPUTE_BAR)
                    }
                    DISPUTE_BAR
                },
                {
                    fn acceptDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentManagerCalls::acceptDefaultAdminTransfer)
                    }
                    acceptDefaultAdminTransfer
                },
                {
                    fn pendingDefaultAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <pendingDefaultAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::pendingDefaultAdmin)
                    }
                    pendingDefaultAdmin
                },
                {
                    fn revokeRole(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn cancelDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <cancelDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentManagerCalls::cancelDefaultAdminTransfer)
                    }
                    cancelDefaultAdminTransfer
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
                    fn defaultAdminDelayIncreaseWait(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <defaultAdminDelayIncreaseWaitCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerCalls::defaultAdminDelayIncreaseWait)
                    }
                    defaultAdminDelayIncreaseWait
                },
                {
                    fn rollbackDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerCalls::rollbackDefaultAdminDelay)
                    }
                    rollbackDefaultAdminDelay
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
                    fn beginDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <beginDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerCalls::beginDefaultAdminTransfer)
                    }
                    beginDefaultAdminTransfer
                },
                {
                    fn changeDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <changeDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerCalls::changeDefaultAdminDelay)
                    }
                    changeDefaultAdminDelay
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
                    fn changeDigest(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <changeDigestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerCalls::changeDigest)
                    }
                    changeDigest
                },
                {
                    fn ADMIN_TRANSFER_DELAY(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerCalls::ADMIN_TRANSFER_DELAY)
                    }
                    ADMIN_TRANSFER_DELAY
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
                    fn defaultAdmin(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <defaultAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerCalls::defaultAdmin)
                    }
                    defaultAdmin
                },
                {
                    fn owner(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::owner)
                    }
                    owner
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
                    fn withdrawGuardianApproval(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <withdrawGuardianApprovalCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerCalls::withdrawGuardianApproval)
                    }
                    withdrawGuardianApproval
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
                    fn pendingDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <pendingDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerCalls::pendingDefaultAdminDelay)
                    }
                    pendingDefaultAdminDelay
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
                    fn defaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <defaultAdminDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerCalls::defaultAdminDelay)
                    }
                    defaultAdminDelay
                },
                {
                    fn DISPUTE_BAR(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <DISPUTE_BARCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::DISPUTE_BAR)
                    }
                    DISPUTE_BAR
                },
                {
                    fn acceptDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerCalls::acceptDefaultAdminTransfer)
                    }
                    acceptDefaultAdminTransfer
                },
                {
                    fn pendingDefaultAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <pendingDefaultAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerCalls::pendingDefaultAdmin)
                    }
                    pendingDefaultAdmin
                },
                {
                    fn revokeRole(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn cancelDefaultAdminTransfer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <cancelDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerCalls::cancelDefaultAdminTransfer)
                    }
                    cancelDefaultAdminTransfer
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
                    <ACCESS_LOG_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ADMIN_TRANSFER_DELAY(inner) => {
                    <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::CONSENT_CHANGE_TYPEHASH(inner) => {
                    <CONSENT_CHANGE_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DISPUTE_BAR(inner) => {
                    <DISPUTE_BARCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::EMERGENCY_CATEGORY(inner) => {
                    <EMERGENCY_CATEGORYCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::EMERGENCY_REVIEW_TYPEHASH(inner) => {
                    <EMERGENCY_REVIEW_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::EMERGENCY_TAG(inner) => {
                    <EMERGENCY_TAGCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GRANT_ID_TAG(inner) => {
                    <GRANT_ID_TAGCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
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
                Self::acceptDefaultAdminTransfer(inner) => {
                    <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::accessLogOf(inner) => {
                    <accessLogOfCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::anchorAccessLog(inner) => {
                    <anchorAccessLogCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::approveGuardianAction(inner) => {
                    <approveGuardianActionCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::beginDefaultAdminTransfer(inner) => {
                    <beginDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::breakGlass(inner) => {
                    <breakGlassCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::breakGlassBudget(inner) => {
                    <breakGlassBudgetCall as alloy_sol_types::SolCall>::abi_encoded_size(
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
                Self::changeDigest(inner) => {
                    <changeDigestCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::committee(inner) => {
                    <committeeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::consentOf(inner) => {
                    <consentOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
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
                Self::eip712Domain(inner) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::emergency(inner) => {
                    <emergencyCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::emergencyDuration(inner) => {
                    <emergencyDurationCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::emergencyUntil(inner) => {
                    <emergencyUntilCall as alloy_sol_types::SolCall>::abi_encoded_size(
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
                Self::guardianActionId(inner) => {
                    <guardianActionIdCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::hasApproved(inner) => {
                    <hasApprovedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::inEmergency(inner) => {
                    <inEmergencyCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::isExecuted(inner) => {
                    <isExecutedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isLive(inner) => {
                    <isLiveCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isTrustedForwarder(inner) => {
                    <isTrustedForwarderCall as alloy_sol_types::SolCall>::abi_encoded_size(
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
                Self::requestAccess(inner) => {
                    <requestAccessCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::reviewDigest(inner) => {
                    <reviewDigestCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::reviewEmergency(inner) => {
                    <reviewEmergencyCall as alloy_sol_types::SolCall>::abi_encoded_size(
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
                Self::setConsent(inner) => {
                    <setConsentCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setConsentBySig(inner) => {
                    <setConsentBySigCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setEmergencyDuration(inner) => {
                    <setEmergencyDurationCall as alloy_sol_types::SolCall>::abi_encoded_size(
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
                Self::withdrawGuardianApproval(inner) => {
                    <withdrawGuardianApprovalCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::ACCESS_LOG_ROLE(inner) => {
                    <ACCESS_LOG_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::ADMIN_TRANSFER_DELAY(inner) => {
                    <ADMIN_TRANSFER_DELAYCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
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
                Self::acceptDefaultAdminTransfer(inner) => {
                    <acceptDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_encode_raw(
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
                Self::beginDefaultAdminTransfer(inner) => {
                    <beginDefaultAdminTransferCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::breakGlass(inner) => {
                    <breakGlassCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::breakGlassBudget(inner) => {
                    <breakGlassBudgetCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
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
                Self::changeDigest(inner) => {
                    <changeDigestCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::committee(inner) => {
                    <committeeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::consentOf(inner) => {
                    <consentOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
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
                Self::rollbackDefaultAdminDelay(inner) => {
                    <rollbackDefaultAdminDelayCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
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
                Self::withdrawGuardianApproval(inner) => {
                    <withdrawGuardianApprovalCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
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
        AccessControlEnforcedDefaultAdminDelay(AccessControlEnforcedDefaultAdminDelay),
        #[allow(missing_docs)]
        AccessControlEnforcedDefaultAdminRules(AccessControlEnforcedDefaultAdminRules),
        #[allow(missing_docs)]
        AccessControlInvalidDefaultAdmin(AccessControlInvalidDefaultAdmin),
        #[allow(missing_docs)]
        AccessControlUnauthorizedAccount(AccessControlUnauthorizedAccount),
        #[allow(missing_docs)]
        AccessLogAlreadyAnchored(AccessLogAlreadyAnchored),
        #[allow(missing_docs)]
        ActionAlreadyExecuted(ActionAlreadyExecuted),
        #[allow(missing_docs)]
        ActionExpired(ActionExpired),
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
        NotApproved(NotApproved),
        #[allow(missing_docs)]
        NotCertified(NotCertified),
        #[allow(missing_docs)]
        NotGuardian(NotGuardian),
        #[allow(missing_docs)]
        NoticeMismatch(NoticeMismatch),
        #[allow(missing_docs)]
        ReviewNotAttested(ReviewNotAttested),
        #[allow(missing_docs)]
        SafeCastOverflowedUintDowncast(SafeCastOverflowedUintDowncast),
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
            [25u8, 180u8, 6u8, 112u8],
            [25u8, 202u8, 94u8, 187u8],
            [48u8, 90u8, 39u8, 169u8],
            [58u8, 22u8, 82u8, 103u8],
            [63u8, 195u8, 194u8, 122u8],
            [66u8, 85u8, 126u8, 151u8],
            [72u8, 234u8, 229u8, 20u8],
            [75u8, 14u8, 91u8, 71u8],
            [83u8, 205u8, 87u8, 131u8],
            [92u8, 130u8, 89u8, 57u8],
            [102u8, 151u8, 178u8, 50u8],
            [109u8, 252u8, 198u8, 80u8],
            [119u8, 101u8, 241u8, 44u8],
            [130u8, 111u8, 27u8, 210u8],
            [138u8, 150u8, 161u8, 52u8],
            [141u8, 73u8, 159u8, 125u8],
            [147u8, 210u8, 66u8, 31u8],
            [158u8, 129u8, 47u8, 221u8],
            [161u8, 88u8, 237u8, 52u8],
            [167u8, 45u8, 183u8, 135u8],
            [179u8, 81u8, 43u8, 12u8],
            [194u8, 44u8, 128u8, 34u8],
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
            ::core::stringify!(NotApproved),
            ::core::stringify!(AccessControlEnforcedDefaultAdminDelay),
            ::core::stringify!(StringTooLong),
            ::core::stringify!(InvalidTag),
            ::core::stringify!(AccessControlEnforcedDefaultAdminRules),
            ::core::stringify!(UnknownEmergency),
            ::core::stringify!(ActionAlreadyExecuted),
            ::core::stringify!(BreakGlassBarred),
            ::core::stringify!(InvalidGrantId),
            ::core::stringify!(EmergencyDurationOutOfBounds),
            ::core::stringify!(AccessControlBadConfirmation),
            ::core::stringify!(SafeCastOverflowedUintDowncast),
            ::core::stringify!(NotCertified),
            ::core::stringify!(NotGuardian),
            ::core::stringify!(ActionExpired),
            ::core::stringify!(ExpiryNotInFuture),
            ::core::stringify!(EmptyAccessLog),
            ::core::stringify!(NoticeMismatch),
            ::core::stringify!(EmergencyAlreadyReviewed),
            ::core::stringify!(AlreadyApproved),
            ::core::stringify!(InvalidShortString),
            ::core::stringify!(AccessControlInvalidDefaultAdmin),
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
            <NotApproved as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlEnforcedDefaultAdminDelay as alloy_sol_types::SolError>::SIGNATURE,
            <StringTooLong as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidTag as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlEnforcedDefaultAdminRules as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownEmergency as alloy_sol_types::SolError>::SIGNATURE,
            <ActionAlreadyExecuted as alloy_sol_types::SolError>::SIGNATURE,
            <BreakGlassBarred as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidGrantId as alloy_sol_types::SolError>::SIGNATURE,
            <EmergencyDurationOutOfBounds as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlBadConfirmation as alloy_sol_types::SolError>::SIGNATURE,
            <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SIGNATURE,
            <NotCertified as alloy_sol_types::SolError>::SIGNATURE,
            <NotGuardian as alloy_sol_types::SolError>::SIGNATURE,
            <ActionExpired as alloy_sol_types::SolError>::SIGNATURE,
            <ExpiryNotInFuture as alloy_sol_types::SolError>::SIGNATURE,
            <EmptyAccessLog as alloy_sol_types::SolError>::SIGNATURE,
            <NoticeMismatch as alloy_sol_types::SolError>::SIGNATURE,
            <EmergencyAlreadyReviewed as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadyApproved as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidShortString as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlInvalidDefaultAdmin as alloy_sol_types::SolError>::SIGNATURE,
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
        const COUNT: usize = 31usize;
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
                Self::AccessLogAlreadyAnchored(_) => {
                    <AccessLogAlreadyAnchored as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ActionAlreadyExecuted(_) => {
                    <ActionAlreadyExecuted as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ActionExpired(_) => <ActionExpired as alloy_sol_types::SolError>::SELECTOR,
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
                Self::NotApproved(_) => <NotApproved as alloy_sol_types::SolError>::SELECTOR,
                Self::NotCertified(_) => <NotCertified as alloy_sol_types::SolError>::SELECTOR,
                Self::NotGuardian(_) => <NotGuardian as alloy_sol_types::SolError>::SELECTOR,
                Self::NoticeMismatch(_) => <NoticeMismatch as alloy_sol_types::SolError>::SELECTOR,
                Self::ReviewNotAttested(_) => {
                    <ReviewNotAttested as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeCastOverflowedUintDowncast(_) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SELECTOR
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
                    fn NotApproved(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <NotApproved as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::NotApproved)
                    }
                    NotApproved
                },
                {
                    fn AccessControlEnforcedDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <AccessControlEnforcedDefaultAdminDelay as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                ConsentManagerErrors::AccessControlEnforcedDefaultAdminDelay,
                            )
                    }
                    AccessControlEnforcedDefaultAdminDelay
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
                    fn AccessControlEnforcedDefaultAdminRules(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <AccessControlEnforcedDefaultAdminRules as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                ConsentManagerErrors::AccessControlEnforcedDefaultAdminRules,
                            )
                    }
                    AccessControlEnforcedDefaultAdminRules
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
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentManagerErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
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
                    fn ActionExpired(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <ActionExpired as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::ActionExpired)
                    }
                    ActionExpired
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
                    fn AccessControlInvalidDefaultAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <AccessControlInvalidDefaultAdmin as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentManagerErrors::AccessControlInvalidDefaultAdmin)
                    }
                    AccessControlInvalidDefaultAdmin
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
                    fn NotApproved(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <NotApproved as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(ConsentManagerErrors::NotApproved)
                    }
                    NotApproved
                },
                {
                    fn AccessControlEnforcedDefaultAdminDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <AccessControlEnforcedDefaultAdminDelay as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                ConsentManagerErrors::AccessControlEnforcedDefaultAdminDelay,
                            )
                    }
                    AccessControlEnforcedDefaultAdminDelay
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
                    fn AccessControlEnforcedDefaultAdminRules(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <AccessControlEnforcedDefaultAdminRules as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                ConsentManagerErrors::AccessControlEnforcedDefaultAdminRules,
                            )
                    }
                    AccessControlEnforcedDefaultAdminRules
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
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
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
                    fn ActionExpired(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <ActionExpired as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(ConsentManagerErrors::ActionExpired)
                    }
                    ActionExpired
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
                    fn AccessControlInvalidDefaultAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <AccessControlInvalidDefaultAdmin as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentManagerErrors::AccessControlInvalidDefaultAdmin)
                    }
                    AccessControlInvalidDefaultAdmin
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
                Self::ActionExpired(inner) => {
                    <ActionExpired as alloy_sol_types::SolError>::abi_encoded_size(inner)
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
                Self::NotApproved(inner) => {
                    <NotApproved as alloy_sol_types::SolError>::abi_encoded_size(inner)
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
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encoded_size(
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
                Self::AccessLogAlreadyAnchored(inner) => {
                    <AccessLogAlreadyAnchored as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ActionAlreadyExecuted(inner) => {
                    <ActionAlreadyExecuted as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ActionExpired(inner) => {
                    <ActionExpired as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AlreadyApproved(inner) => {
                    <AlreadyApproved as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::BreakGlassBarred(inner) => {
                    <BreakGlassBarred as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ChallengeStarved(inner) => {
                    <ChallengeStarved as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::EmergencyAlreadyReviewed(inner) => {
                    <EmergencyAlreadyReviewed as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::EmergencyDurationOutOfBounds(inner) => {
                    <EmergencyDurationOutOfBounds as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::EmptyAccessLog(inner) => {
                    <EmptyAccessLog as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ExpiryNotInFuture(inner) => {
                    <ExpiryNotInFuture as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidGrantId(inner) => {
                    <InvalidGrantId as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidNonce(inner) => {
                    <InvalidNonce as alloy_sol_types::SolError>::abi_encode_raw(
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
                Self::InvalidTag(inner) => {
                    <InvalidTag as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NoConsent(inner) => {
                    <NoConsent as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotApproved(inner) => {
                    <NotApproved as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotCertified(inner) => {
                    <NotCertified as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotGuardian(inner) => {
                    <NotGuardian as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NoticeMismatch(inner) => {
                    <NoticeMismatch as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ReviewNotAttested(inner) => {
                    <ReviewNotAttested as alloy_sol_types::SolError>::abi_encode_raw(
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
                Self::TooManyEmergencies(inner) => {
                    <TooManyEmergencies as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UnknownEmergency(inner) => {
                    <UnknownEmergency as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
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
        GuardianApprovalWithdrawn(GuardianApprovalWithdrawn),
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
                50u8, 77u8, 230u8, 12u8, 69u8, 39u8, 20u8, 143u8, 32u8, 70u8, 190u8, 5u8, 59u8,
                162u8, 99u8, 174u8, 122u8, 147u8, 205u8, 222u8, 248u8, 207u8, 153u8, 90u8, 180u8,
                39u8, 119u8, 236u8, 217u8, 244u8, 165u8, 13u8,
            ],
            [
                51u8, 119u8, 220u8, 68u8, 36u8, 30u8, 119u8, 157u8, 208u8, 106u8, 250u8, 181u8,
                183u8, 136u8, 163u8, 92u8, 165u8, 243u8, 183u8, 120u8, 131u8, 110u8, 41u8, 144u8,
                189u8, 178u8, 106u8, 42u8, 75u8, 46u8, 94u8, 214u8,
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
                136u8, 134u8, 235u8, 252u8, 66u8, 89u8, 171u8, 219u8, 193u8, 102u8, 1u8, 221u8,
                143u8, 181u8, 103u8, 142u8, 84u8, 135u8, 143u8, 71u8, 179u8, 195u8, 72u8, 54u8,
                207u8, 197u8, 17u8, 84u8, 169u8, 96u8, 81u8, 9u8,
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
                212u8, 234u8, 153u8, 71u8, 90u8, 134u8, 130u8, 155u8, 82u8, 78u8, 35u8, 228u8,
                184u8, 103u8, 72u8, 114u8, 95u8, 233u8, 163u8, 136u8, 234u8, 114u8, 114u8, 142u8,
                199u8, 208u8, 93u8, 20u8, 148u8, 249u8, 50u8, 129u8,
            ],
            [
                225u8, 139u8, 38u8, 85u8, 216u8, 79u8, 219u8, 104u8, 23u8, 72u8, 221u8, 57u8, 35u8,
                11u8, 181u8, 178u8, 225u8, 29u8, 124u8, 98u8, 15u8, 163u8, 151u8, 237u8, 98u8,
                17u8, 132u8, 141u8, 86u8, 243u8, 213u8, 228u8,
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
            ::core::stringify!(DefaultAdminDelayChangeCanceled),
            ::core::stringify!(RoleGranted),
            ::core::stringify!(GuardianApproved),
            ::core::stringify!(DefaultAdminTransferScheduled),
            ::core::stringify!(EmergencyAccessOpened),
            ::core::stringify!(AccessLogAnchored),
            ::core::stringify!(DefaultAdminTransferCanceled),
            ::core::stringify!(EmergencyDurationSet),
            ::core::stringify!(RoleAdminChanged),
            ::core::stringify!(GuardianActionExecuted),
            ::core::stringify!(AccessRequested),
            ::core::stringify!(GuardianApprovalWithdrawn),
            ::core::stringify!(ConsentChanged),
            ::core::stringify!(DefaultAdminDelayChangeScheduled),
            ::core::stringify!(RoleRevoked),
            ::core::stringify!(EmergencyAccepted),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <EmergencyDisputed as alloy_sol_types::SolEvent>::SIGNATURE,
            <DefaultAdminDelayChangeCanceled as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE,
            <GuardianApproved as alloy_sol_types::SolEvent>::SIGNATURE,
            <DefaultAdminTransferScheduled as alloy_sol_types::SolEvent>::SIGNATURE,
            <EmergencyAccessOpened as alloy_sol_types::SolEvent>::SIGNATURE,
            <AccessLogAnchored as alloy_sol_types::SolEvent>::SIGNATURE,
            <DefaultAdminTransferCanceled as alloy_sol_types::SolEvent>::SIGNATURE,
            <EmergencyDurationSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <GuardianActionExecuted as alloy_sol_types::SolEvent>::SIGNATURE,
            <AccessRequested as alloy_sol_types::SolEvent>::SIGNATURE,
            <GuardianApprovalWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <ConsentChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <DefaultAdminDelayChangeScheduled as alloy_sol_types::SolEvent>::SIGNATURE,
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
        const COUNT: usize = 18usize;
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
                Some(<GuardianApprovalWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <GuardianApprovalWithdrawn as alloy_sol_types::SolEvent>::decode_raw_log(
                        topics, data,
                    )
                    .map(Self::GuardianApprovalWithdrawn)
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
                Self::GuardianApprovalWithdrawn(inner) => {
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
                Self::GuardianApprovalWithdrawn(inner) => {
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
        ///Creates a new call builder for the [`ADMIN_TRANSFER_DELAY`] function.
        pub fn ADMIN_TRANSFER_DELAY(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, ADMIN_TRANSFER_DELAYCall, N> {
            self.call_builder(&ADMIN_TRANSFER_DELAYCall)
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
        ///Creates a new call builder for the [`acceptDefaultAdminTransfer`] function.
        pub fn acceptDefaultAdminTransfer(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, acceptDefaultAdminTransferCall, N> {
            self.call_builder(&acceptDefaultAdminTransferCall)
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
        ///Creates a new call builder for the [`beginDefaultAdminTransfer`] function.
        pub fn beginDefaultAdminTransfer(
            &self,
            newAdmin: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, beginDefaultAdminTransferCall, N> {
            self.call_builder(&beginDefaultAdminTransferCall { newAdmin })
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
        ///Creates a new call builder for the [`rollbackDefaultAdminDelay`] function.
        pub fn rollbackDefaultAdminDelay(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, rollbackDefaultAdminDelayCall, N> {
            self.call_builder(&rollbackDefaultAdminDelayCall)
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
        ///Creates a new call builder for the [`withdrawGuardianApproval`] function.
        pub fn withdrawGuardianApproval(
            &self,
            controller: alloy::sol_types::private::Address,
            action: <IConsentManager::GuardianAction as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, withdrawGuardianApprovalCall, N> {
            self.call_builder(&withdrawGuardianApprovalCall { controller, action })
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
        ///Creates a new event filter for the [`GuardianApprovalWithdrawn`] event.
        pub fn GuardianApprovalWithdrawn_filter(
            &self,
        ) -> alloy_contract::Event<&P, GuardianApprovalWithdrawn, N> {
            self.event_filter::<GuardianApprovalWithdrawn>()
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
