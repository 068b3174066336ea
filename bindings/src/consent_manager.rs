///Module containing a contract's types and functions.
/**

```solidity
library IConsentManager {
    type Access is uint8;
    type EmergencyStatus is uint8;
    type Scope is uint8;
    struct Emergency { address patient; uint64 openedAt; address provider; uint64 expiresAt; uint16 reasonCode; EmergencyStatus status; }
    struct GuardianAction { bool revoke; address grantee; Scope scope; bytes32 target; Access access; uint64 expiresAt; bytes32 salt; }
    struct SignedConsent { address patient; address grantee; Scope scope; bytes32 target; Access access; uint64 expiresAt; uint256 nonce; uint256 deadline; }
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
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Scope(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Scope> for u8 {
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
        impl Scope {
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
        impl From<u8> for Scope {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<Scope> for u8 {
            fn from(value: Scope) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Scope {
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
        impl alloy_sol_types::EventTopic for Scope {
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
    struct Emergency { address patient; uint64 openedAt; address provider; uint64 expiresAt; uint16 reasonCode; EmergencyStatus status; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Emergency {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub openedAt: u64,
        #[allow(missing_docs)]
        pub provider: alloy::sol_types::private::Address,
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
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<16>,
            EmergencyStatus,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            u64,
            alloy::sol_types::private::Address,
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
                    value.patient,
                    value.openedAt,
                    value.provider,
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
                    patient: tuple.0,
                    openedAt: tuple.1,
                    provider: tuple.2,
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
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.openedAt,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.provider,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.expiresAt,
                    ),
                    <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::tokenize(
                        &self.reasonCode,
                    ),
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
                    "Emergency(address patient,uint64 openedAt,address provider,uint64 expiresAt,uint16 reasonCode,uint8 status)",
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
                            &self.patient,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.openedAt)
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.provider,
                        )
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
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.patient,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.openedAt,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.provider,
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
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.patient,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.openedAt,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.provider,
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
    struct GuardianAction { bool revoke; address grantee; Scope scope; bytes32 target; Access access; uint64 expiresAt; bytes32 salt; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GuardianAction {
        #[allow(missing_docs)]
        pub revoke: bool,
        #[allow(missing_docs)]
        pub grantee: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub scope: <Scope as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub target: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub access: <Access as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub expiresAt: u64,
        #[allow(missing_docs)]
        pub salt: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Bool,
            alloy::sol_types::sol_data::Address,
            Scope,
            alloy::sol_types::sol_data::FixedBytes<32>,
            Access,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            bool,
            alloy::sol_types::private::Address,
            <Scope as alloy::sol_types::SolType>::RustType,
            alloy::sol_types::private::FixedBytes<32>,
            <Access as alloy::sol_types::SolType>::RustType,
            u64,
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
                (
                    value.revoke,
                    value.grantee,
                    value.scope,
                    value.target,
                    value.access,
                    value.expiresAt,
                    value.salt,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GuardianAction {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    revoke: tuple.0,
                    grantee: tuple.1,
                    scope: tuple.2,
                    target: tuple.3,
                    access: tuple.4,
                    expiresAt: tuple.5,
                    salt: tuple.6,
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
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.revoke,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.grantee,
                    ),
                    <Scope as alloy_sol_types::SolType>::tokenize(&self.scope),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.target),
                    <Access as alloy_sol_types::SolType>::tokenize(&self.access),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiresAt),
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
                    "GuardianAction(bool revoke,address grantee,uint8 scope,bytes32 target,uint8 access,uint64 expiresAt,bytes32 salt)",
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
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                            &self.revoke,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.grantee,
                        )
                        .0,
                    <Scope as alloy_sol_types::SolType>::eip712_data_word(&self.scope).0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.target)
                        .0,
                    <Access as alloy_sol_types::SolType>::eip712_data_word(&self.access)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.expiresAt)
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
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.revoke,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.grantee,
                    )
                    + <Scope as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.scope,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.target,
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
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.salt)
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.revoke,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.grantee,
                    out,
                );
                <Scope as alloy_sol_types::EventTopic>::encode_topic_preimage(&rust.scope, out);
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.target,
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
    struct SignedConsent { address patient; address grantee; Scope scope; bytes32 target; Access access; uint64 expiresAt; uint256 nonce; uint256 deadline; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SignedConsent {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub grantee: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub scope: <Scope as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub target: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub access: <Access as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub expiresAt: u64,
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
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Address,
            Scope,
            alloy::sol_types::sol_data::FixedBytes<32>,
            Access,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::Address,
            <Scope as alloy::sol_types::SolType>::RustType,
            alloy::sol_types::private::FixedBytes<32>,
            <Access as alloy::sol_types::SolType>::RustType,
            u64,
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
        impl ::core::convert::From<SignedConsent> for UnderlyingRustTuple<'_> {
            fn from(value: SignedConsent) -> Self {
                (
                    value.patient,
                    value.grantee,
                    value.scope,
                    value.target,
                    value.access,
                    value.expiresAt,
                    value.nonce,
                    value.deadline,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SignedConsent {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    patient: tuple.0,
                    grantee: tuple.1,
                    scope: tuple.2,
                    target: tuple.3,
                    access: tuple.4,
                    expiresAt: tuple.5,
                    nonce: tuple.6,
                    deadline: tuple.7,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for SignedConsent {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for SignedConsent {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.grantee,
                    ),
                    <Scope as alloy_sol_types::SolType>::tokenize(&self.scope),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.target),
                    <Access as alloy_sol_types::SolType>::tokenize(&self.access),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiresAt),
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
        impl alloy_sol_types::SolType for SignedConsent {
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
        impl alloy_sol_types::SolStruct for SignedConsent {
            const NAME: &'static str = "SignedConsent";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "SignedConsent(address patient,address grantee,uint8 scope,bytes32 target,uint8 access,uint64 expiresAt,uint256 nonce,uint256 deadline)",
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
                            &self.patient,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.grantee,
                        )
                        .0,
                    <Scope as alloy_sol_types::SolType>::eip712_data_word(&self.scope).0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.target)
                        .0,
                    <Access as alloy_sol_types::SolType>::eip712_data_word(&self.access)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.expiresAt)
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
        impl alloy_sol_types::EventTopic for SignedConsent {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.patient,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.grantee,
                    )
                    + <Scope as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.scope,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.target,
                    )
                    + <Access as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.access,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.expiresAt,
                    )
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
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.patient,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.grantee,
                    out,
                );
                <Scope as alloy_sol_types::EventTopic>::encode_topic_preimage(&rust.scope, out);
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.target,
                    out,
                );
                <Access as alloy_sol_types::EventTopic>::encode_topic_preimage(&rust.access, out);
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.expiresAt,
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
    type Scope is uint8;
    struct Emergency {
        address patient;
        uint64 openedAt;
        address provider;
        uint64 expiresAt;
        uint16 reasonCode;
        EmergencyStatus status;
    }
    struct GuardianAction {
        bool revoke;
        address grantee;
        Scope scope;
        bytes32 target;
        Access access;
        uint64 expiresAt;
        bytes32 salt;
    }
    struct SignedConsent {
        address patient;
        address grantee;
        Scope scope;
        bytes32 target;
        Access access;
        uint64 expiresAt;
        uint256 nonce;
        uint256 deadline;
    }
}

interface ConsentManager {
    error AccessControlBadConfirmation();
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
    error AccessLogAlreadyAnchored(bytes32 root);
    error ActionAlreadyExecuted(bytes32 actionId);
    error AlreadyApproved(bytes32 actionId, address guardian);
    error EmergencyAlreadyReviewed(uint256 emergencyId, IConsentManager.EmergencyStatus status);
    error EmergencyDurationOutOfBounds(uint64 duration);
    error EmptyAccessLog();
    error ExpiryNotInFuture(uint64 expiresAt);
    error InvalidAccess();
    error InvalidCategory(bytes32 target);
    error InvalidGrantee(address grantee);
    error InvalidNonce(uint256 nonce, uint256 expected);
    error InvalidShortString();
    error InvalidSignature(address patient);
    error NoGrant(address patient, address grantee, IConsentManager.Scope scope, bytes32 target);
    error NotCertified(address provider);
    error NotGuardian(address patient, address account);
    error NotPatient(address account);
    error NotReviewer(uint256 emergencyId, address account);
    error SignatureExpired(uint256 deadline);
    error StringTooLong(string str);
    error UnknownEmergency(uint256 emergencyId);

    event AccessLogAnchored(bytes32 indexed root, bytes32 manifest, uint32 count);
    event AccessRequested(address indexed patient, address indexed requester, IConsentManager.Scope scope, bytes32 target, IConsentManager.Access access, bytes32 purpose);
    event EIP712DomainChanged();
    event EmergencyAccepted(uint256 indexed emergencyId, address indexed reviewer);
    event EmergencyAccessOpened(uint256 indexed emergencyId, address indexed patient, address indexed provider, uint16 reasonCode, uint64 expiresAt);
    event EmergencyDisputed(uint256 indexed emergencyId, address indexed reviewer, bytes32 evidence, uint256 reviewId);
    event EmergencyDurationSet(uint64 duration);
    event Granted(address indexed patient, address indexed grantee, IConsentManager.Scope scope, bytes32 indexed target, IConsentManager.Access access, uint64 expiresAt);
    event GuardianActionExecuted(address indexed patient, bytes32 indexed actionId, uint256 approvals);
    event GuardianApproved(address indexed patient, bytes32 indexed actionId, address indexed guardian, IConsentManager.GuardianAction action);
    event Revoked(address indexed patient, address indexed grantee, IConsentManager.Scope scope, bytes32 indexed target);
    event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);
    event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
    event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);

    constructor(address admin, address forwarder, address accounts_, address providers_, uint64 emergencyDuration_);

    function ACCESS_LOG_ROLE() external view returns (bytes32);
    function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
    function EMERGENCY_CATEGORY() external view returns (uint16);
    function GRANT_TYPEHASH() external view returns (bytes32);
    function MAX_EMERGENCY_DURATION() external view returns (uint64);
    function REVOKE_TYPEHASH() external view returns (bytes32);
    function accessLogOf(bytes32 root) external view returns (uint64 blockNumber, uint32 count);
    function anchorAccessLog(bytes32 root, bytes32 manifest, uint32 count) external;
    function approveGuardianAction(address patient, IConsentManager.GuardianAction memory action) external returns (bytes32 actionId, bool executed);
    function breakGlass(address patient, uint16 reasonCode) external returns (uint256 emergencyId);
    function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);
    function emergency(uint256 emergencyId) external view returns (IConsentManager.Emergency memory);
    function emergencyDuration() external view returns (uint64);
    function emergencyUntil(address patient, address provider) external view returns (uint64);
    function getRoleAdmin(bytes32 role) external view returns (bytes32);
    function grant(address grantee, IConsentManager.Scope scope, bytes32 target, IConsentManager.Access access, uint64 expiresAt) external;
    function grantBySig(IConsentManager.SignedConsent memory c, bytes memory signature) external;
    function grantDigest(IConsentManager.SignedConsent memory consent) external view returns (bytes32);
    function grantOf(address patient, address grantee, IConsentManager.Scope scope, bytes32 target) external view returns (IConsentManager.Access access, uint64 expiresAt);
    function grantRole(bytes32 role, address account) external;
    function guardianActionId(address patient, IConsentManager.GuardianAction memory action) external pure returns (bytes32);
    function hasAccess(address patient, address grantee, bytes32 recordId, uint16 category, IConsentManager.Access access) external view returns (bool);
    function hasApproved(bytes32 actionId, address guardian) external view returns (bool);
    function hasRole(bytes32 role, address account) external view returns (bool);
    function isExecuted(bytes32 actionId) external view returns (bool);
    function isTrustedForwarder(address forwarder) external view returns (bool);
    function nonceOf(address patient, address grantee, IConsentManager.Scope scope, bytes32 target) external view returns (uint64);
    function renounceRole(bytes32 role, address callerConfirmation) external;
    function requestAccess(address patient, IConsentManager.Scope scope, bytes32 target, IConsentManager.Access access, bytes32 purpose) external;
    function reviewEmergency(uint256 emergencyId, bool accept, bytes32 evidence) external;
    function revoke(address grantee, IConsentManager.Scope scope, bytes32 target) external;
    function revokeBySig(IConsentManager.SignedConsent memory c, bytes memory signature) external;
    function revokeDigest(IConsentManager.SignedConsent memory consent) external view returns (bytes32);
    function revokeRole(bytes32 role, address account) external;
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
    "name": "GRANT_TYPEHASH",
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
    "name": "REVOKE_TYPEHASH",
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
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "action",
        "type": "tuple",
        "internalType": "struct IConsentManager.GuardianAction",
        "components": [
          {
            "name": "revoke",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "grantee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "scope",
            "type": "uint8",
            "internalType": "enum IConsentManager.Scope"
          },
          {
            "name": "target",
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
            "name": "salt",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
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
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "reasonCode",
        "type": "uint16",
        "internalType": "uint16"
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
            "name": "patient",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "openedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "provider",
            "type": "address",
            "internalType": "address"
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
        "name": "patient",
        "type": "address",
        "internalType": "address"
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
    "name": "grant",
    "inputs": [
      {
        "name": "grantee",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "scope",
        "type": "uint8",
        "internalType": "enum IConsentManager.Scope"
      },
      {
        "name": "target",
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
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "grantBySig",
    "inputs": [
      {
        "name": "c",
        "type": "tuple",
        "internalType": "struct IConsentManager.SignedConsent",
        "components": [
          {
            "name": "patient",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "grantee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "scope",
            "type": "uint8",
            "internalType": "enum IConsentManager.Scope"
          },
          {
            "name": "target",
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
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "grantDigest",
    "inputs": [
      {
        "name": "consent",
        "type": "tuple",
        "internalType": "struct IConsentManager.SignedConsent",
        "components": [
          {
            "name": "patient",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "grantee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "scope",
            "type": "uint8",
            "internalType": "enum IConsentManager.Scope"
          },
          {
            "name": "target",
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
    "name": "grantOf",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "grantee",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "scope",
        "type": "uint8",
        "internalType": "enum IConsentManager.Scope"
      },
      {
        "name": "target",
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
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "action",
        "type": "tuple",
        "internalType": "struct IConsentManager.GuardianAction",
        "components": [
          {
            "name": "revoke",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "grantee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "scope",
            "type": "uint8",
            "internalType": "enum IConsentManager.Scope"
          },
          {
            "name": "target",
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
    "name": "hasAccess",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "grantee",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "category",
        "type": "uint16",
        "internalType": "uint16"
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
    "name": "nonceOf",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "grantee",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "scope",
        "type": "uint8",
        "internalType": "enum IConsentManager.Scope"
      },
      {
        "name": "target",
        "type": "bytes32",
        "internalType": "bytes32"
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
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "scope",
        "type": "uint8",
        "internalType": "enum IConsentManager.Scope"
      },
      {
        "name": "target",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "access",
        "type": "uint8",
        "internalType": "enum IConsentManager.Access"
      },
      {
        "name": "purpose",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
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
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revoke",
    "inputs": [
      {
        "name": "grantee",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "scope",
        "type": "uint8",
        "internalType": "enum IConsentManager.Scope"
      },
      {
        "name": "target",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeBySig",
    "inputs": [
      {
        "name": "c",
        "type": "tuple",
        "internalType": "struct IConsentManager.SignedConsent",
        "components": [
          {
            "name": "patient",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "grantee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "scope",
            "type": "uint8",
            "internalType": "enum IConsentManager.Scope"
          },
          {
            "name": "target",
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
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeDigest",
    "inputs": [
      {
        "name": "consent",
        "type": "tuple",
        "internalType": "struct IConsentManager.SignedConsent",
        "components": [
          {
            "name": "patient",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "grantee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "scope",
            "type": "uint8",
            "internalType": "enum IConsentManager.Scope"
          },
          {
            "name": "target",
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
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "requester",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "scope",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum IConsentManager.Scope"
      },
      {
        "name": "target",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "access",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum IConsentManager.Access"
      },
      {
        "name": "purpose",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
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
      },
      {
        "name": "reviewer",
        "type": "address",
        "indexed": true,
        "internalType": "address"
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
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
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
        "name": "reviewer",
        "type": "address",
        "indexed": true,
        "internalType": "address"
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
    "name": "Granted",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "grantee",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "scope",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum IConsentManager.Scope"
      },
      {
        "name": "target",
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
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "GuardianActionExecuted",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
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
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "actionId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "guardian",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "action",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct IConsentManager.GuardianAction",
        "components": [
          {
            "name": "revoke",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "grantee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "scope",
            "type": "uint8",
            "internalType": "enum IConsentManager.Scope"
          },
          {
            "name": "target",
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
            "name": "salt",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Revoked",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "grantee",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "scope",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum IConsentManager.Scope"
      },
      {
        "name": "target",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
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
    "name": "InvalidAccess",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidCategory",
    "inputs": [
      {
        "name": "target",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidGrantee",
    "inputs": [
      {
        "name": "grantee",
        "type": "address",
        "internalType": "address"
      }
    ]
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
        "name": "patient",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NoGrant",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "grantee",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "scope",
        "type": "uint8",
        "internalType": "enum IConsentManager.Scope"
      },
      {
        "name": "target",
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
        "name": "patient",
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
    "name": "NotReviewer",
    "inputs": [
      {
        "name": "emergencyId",
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
    ///0x6101c0604052348015610010575f5ffd5b506040516139cc3803806139cc83398101604081905261002f91610379565b604080518082018252600f81526e1359591d985d5b1d10dbdb9cd95b9d608a1b602080830191909152825180840190935260018352603160f81b908301526001600160a01b038616608052906100848261015b565b610140526100918161015b565b61016052815160208084019190912061010052815190820120610120524660c05261011f6101005161012051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60a05250503060e0526001600160a01b038381166101805282166101a0526101475f866101a1565b506101518161024b565b50505050506104af565b5f5f829050601f8151111561018e578260405163305a27a960e01b815260040161018591906103f5565b60405180910390fd5b80516101998261042a565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610242575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101fa6102e9565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610245565b505f5b92915050565b6001600160401b038116158061026c5750620151806001600160401b038216115b1561029557604051635c82593960e01b81526001600160401b0382166004820152602401610185565b600780546001600160401b0319166001600160401b0383169081179091556040519081527f9180643fba62a132eec4952aa355f41fb54aa355b64de490a12d2e9f615a80949060200160405180910390a150565b5f6102f26102f7565b905090565b5f36601480821080159061030f575061030f3361033d565b156103355761032236828403815f610450565b61032b91610477565b60601c9250505090565b339250505090565b5f61034760805190565b6001600160a01b0316826001600160a01b0316149050919050565b6001600160a01b0381168114610376575f5ffd5b50565b5f5f5f5f5f60a0868803121561038d575f5ffd5b855161039881610362565b60208701519095506103a981610362565b60408701519094506103ba81610362565b60608701519093506103cb81610362565b60808701519092506001600160401b03811681146103e7575f5ffd5b809150509295509295909350565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561044a575f198160200360031b1b821691505b50919050565b5f5f8585111561045e575f5ffd5b8386111561046a575f5ffd5b5050820193919092039150565b80356001600160601b031981169060148410156104a8576001600160601b0319601485900360031b81901b82161691505b5092915050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a05161348b6105415f395f8181610bc7015261165801525f81816109ae0152818161125a015261173c01525f61211301525f6120e801525f61270c01525f6126e401525f61263f01525f61266901525f61269301525f818161040d015281816104b0015261247f015261348b5ff3fe608060405234801561000f575f5ffd5b5060043610610269575f3560e01c80637da0a87711610157578063a217fddf116100d2578063d6d7459e11610088578063e5c301201161006e578063e5c3012014610693578063ec864b65146106b3578063f1242da7146106db575f5ffd5b8063d6d7459e14610650578063e52cb36a14610671575f5ffd5b8063c7bade68116100b8578063c7bade6814610617578063d3ebc1d41461062a578063d547741f1461063d575f5ffd5b8063a217fddf146105fd578063b2b61a4f14610604575f5ffd5b806384b0196e116101275780638b4c69761161010d5780638b4c69761461058d57806391d14854146105a05780639ac75d87146105d6575f5ffd5b806384b0196e1461054b5780638a73222714610566575f5ffd5b80637da0a877146104a35780637e695462146104da5780637ee82120146105255780637fa1166f14610538575f5ffd5b80633e7e73c5116101e75780635c50fb95116101b75780636e070be71161019d5780636e070be71461046b578063727001a71461047e5780637ca8469614610491575f5ffd5b80635c50fb951461043d5780636b98e92d14610450575f5ffd5b80633e7e73c5146103955780633ff1d07e146103a8578063503525ec146103ea578063572b6c05146103fd575f5ffd5b806323cdc3f11161023c5780632f2ff15d116102225780632f2ff15d1461034c578063358296b11461035f57806336568abe14610382575f5ffd5b806323cdc3f1146102f2578063248a9ca31461032a575f5ffd5b806301ffc9a71461026d578063073f5d9f14610295578063183f3579146102ca578063185e7cf8146102df575b5f5ffd5b61028061027b36600461292e565b6106ee565b60405190151581526020015b60405180910390f35b6102bc7f33639618b1406d61fff6756ae23cb6e3f9269bb7544e8c77f5cd5597056dcc9181565b60405190815260200161028c565b6102dd6102d8366004612994565b610786565b005b6102bc6102ed3660046129d0565b6107a0565b610280610300366004612a0f565b5f9182526008602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6102bc610338366004612a3d565b5f9081526020819052604090206001015490565b6102dd61035a366004612a0f565b6107b2565b6103696201518081565b60405167ffffffffffffffff909116815260200161028c565b6102dd610390366004612a0f565b6107dc565b6102dd6103a3366004612a61565b610838565b6103696103b6366004612a85565b6001600160a01b039182165f90815260046020908152604080832093909416825291909152205467ffffffffffffffff1690565b6102dd6103f8366004612ab1565b610c83565b61028061040b366004612aef565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b6102dd61044b366004612b18565b610dba565b610458600981565b60405161ffff909116815260200161028c565b610280610479366004612b7c565b610e19565b6102bc61048c366004612bf1565b610efa565b60075467ffffffffffffffff16610369565b6040516001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016815260200161028c565b6105006104e8366004612a3d565b5f908152600a60205260409081902054919082901c90565b6040805167ffffffffffffffff909316835263ffffffff90911660208301520161028c565b6102bc610533366004612bf1565b610f04565b6102dd610546366004612c0c565b610f0e565b610553610f5d565b60405161028c9796959493929190612cbb565b6102bc7f4030cdd52f1e401b6e27f627f86ace83b3aca397b282da030eceff2fd2564b4681565b6102dd61059b366004612c0c565b610fbb565b6102806105ae366004612a0f565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6102bc7fc716c3f4e25dfa54687a236c0f14c6f0d3dc90940443149d7fbcec4d7b77b49b81565b6102bc5f81565b6102dd610612366004612d84565b611022565b610369610625366004612d9d565b611039565b6102dd610638366004612de9565b611066565b6102dd61064b366004612a0f565b611082565b61066361065e366004612d9d565b6110a6565b60405161028c929190612e7a565b61028061067f366004612a3d565b5f9081526009602052604090205460ff1690565b6106a66106a1366004612a3d565b6110ed565b60405161028c9190612eaf565b6106c66106c13660046129d0565b611210565b6040805192835290151560208301520161028c565b6102bc6106e9366004612f25565b611613565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061078057507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b61079b610791611adf565b8484846001611aed565b505050565b5f6107ab8383611c05565b9392505050565b5f828152602081905260409020600101546107cc81611c37565b6107d68383611c4b565b50505050565b6107e4611adf565b6001600160a01b0316816001600160a01b03161461082e576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61079b8282611d11565b5f8381526005602052604081209060018201547e01000000000000000000000000000000000000000000000000000000000000900460ff16600381111561088157610881612e39565b036108c0576040517f42557e97000000000000000000000000000000000000000000000000000000008152600481018590526024015b60405180910390fd5b6001808201547e01000000000000000000000000000000000000000000000000000000000000900460ff1660038111156108fc576108fc612e39565b14610948578381600101601e9054906101000a900460ff166040517fa158ed340000000000000000000000000000000000000000000000000000000081526004016108b7929190612f58565b5f610951611adf565b82549091506001600160a01b039081169082168114801590610a1957506040517fd4ee97340000000000000000000000000000000000000000000000000000000081526001600160a01b03828116600483015283811660248301527f0000000000000000000000000000000000000000000000000000000000000000169063d4ee973490604401602060405180830381865afa1580156109f3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a179190612f6c565b155b15610a62576040517f87de1844000000000000000000000000000000000000000000000000000000008152600481018790526001600160a01b03831660248201526044016108b7565b8415610af0576001830180547fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167e020000000000000000000000000000000000000000000000000000000000001790556040516001600160a01b0383169087907fd7275fe3400a38a4dc408f4a9c9a1933a0fc767c80b663780606ef4dc9363435905f90a3505050505050565b6001830180547e030000000000000000000000000000000000000000000000000000000000007fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8216179091556001600160a01b038281165f8181526004602081815260408084209686168085529690915280832080547fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000169055517fa672ebdb000000000000000000000000000000000000000000000000000000008152908101859052602481019290925260448201889052917f0000000000000000000000000000000000000000000000000000000000000000169063a672ebdb906064016020604051808303815f875af1925050508015610c2b575060408051601f3d908101601f19168201909252610c2891810190612f87565b60015b15610c335790505b60408051878152602081018390526001600160a01b038616918a917f0498125753e9c9b659158fa61d693d0a38c25d19b3d05ad37898b5e6ce830af0910160405180910390a35050505050505050565b7fc716c3f4e25dfa54687a236c0f14c6f0d3dc90940443149d7fbcec4d7b77b49b610cad81611c37565b831580610cbe575063ffffffff8216155b15610cf5576040517f93d2421f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f848152600a602052604090205415610d3d576040517ff682fe57000000000000000000000000000000000000000000000000000000008152600481018590526024016108b7565b5f848152600a60205260409081902067ffffffffffffffff43166bffffffff000000000000000085841b161790555184907f84ca48607e1d3480983f683ea54719282f24f08232f931dba6de480ee907960b90610dac908690869091825263ffffffff16602082015260400190565b60405180910390a250505050565b610dc2611adf565b6001600160a01b0316856001600160a01b03167f4c287ed355c1c1ee12e8d6e77ea1a813fc45728633e1839763d66023557fdf5286868686604051610e0a9493929190612fae565b60405180910390a35050505050565b5f80826002811115610e2d57610e2d612e39565b03610e3957505f610ef1565b610e5f60035f610e4b89895f8a611dce565b81526020019081526020015f205483611e06565b15610e6c57506001610ef1565b610e8360035f610e4b8989600161ffff8a16611dce565b15610e9057506001610ef1565b6001826002811115610ea457610ea4612e39565b148015610eb5575061ffff83166009145b8015610eee57506001600160a01b038087165f9081526004602090815260408083209389168352929052205467ffffffffffffffff1642105b90505b95945050505050565b5f61078082611e42565b5f61078082611ed4565b610f2283610f1b85611e42565b8484611f6d565b61079b610f326020850185612aef565b610f426040860160208701612aef565b610f526060870160408801612fde565b86606001355f611aed565b5f6060805f5f5f6060610f6e6120e1565b610f7661210c565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b610fc883610f1b85611ed4565b61079b610fd86020850185612aef565b610fe86040860160208701612aef565b610ff86060870160408801612fde565b606087013561100d60a0890160808a01613024565b61101d60c08a0160a08b01612d84565b612137565b5f61102c81611c37565b61103582612342565b5050565b5f604860035f61104b88888888611dce565b81526020019081526020015f2054901c90505b949350505050565b61107b611071611adf565b8686868686612137565b5050505050565b5f8281526020819052604090206001015461109c81611c37565b6107d68383611d11565b5f5f5f60035f6110b889898989611dce565b81526020019081526020015f20549050604081901c60ff1660028111156110e1576110e1612e39565b97909650945050505050565b6111226040805160c0810182525f8082526020820181905291810182905260608101829052608081018290529060a082015290565b5f82815260056020908152604091829020825160c08101845281546001600160a01b03808216835267ffffffffffffffff74010000000000000000000000000000000000000000928390048116958401959095526001840154908116958301959095528404909216606083015261ffff7c01000000000000000000000000000000000000000000000000000000008404166080830152909160a083019060ff7e010000000000000000000000000000000000000000000000000000000000009091041660038111156111f6576111f6612e39565b600381111561120757611207612e39565b90525092915050565b5f5f5f61121b611adf565b6040517f0633b14a0000000000000000000000000000000000000000000000000000000081526001600160a01b0387811660048301529192505f9182917f000000000000000000000000000000000000000000000000000000000000000090911690630633b14a906024015f60405180830381865afa1580156112a0573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526112c79190810190613058565b915091506112d58284612415565b61131e576040517f826f1bd20000000000000000000000000000000000000000000000000000000081526001600160a01b038089166004830152841660248201526044016108b7565b6113288787611c05565b5f8181526009602052604090205490955060ff1615611376576040517f48eae514000000000000000000000000000000000000000000000000000000008152600481018690526024016108b7565b5f8581526008602090815260408083206001600160a01b038716845290915290205460ff16156113e4576040517fa72db787000000000000000000000000000000000000000000000000000000008152600481018690526001600160a01b03841660248201526044016108b7565b5f8581526008602090815260408083206001600160a01b03808816808652919093529281902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790555187918a16907f2df98315a44e009bb69887af76b03b2e4f690cd7153a35c54171b565c00e0d3990611466908b906131bb565b60405180910390a45f805b83518110156114dd5760085f8881526020019081526020015f205f85838151811061149e5761149e6131c9565b6020908102919091018101516001600160a01b031682528101919091526040015f205460ff16156114d5576114d282613223565b91505b600101611471565b508160ff168110156114f657505f935061160c92505050565b5f868152600960205260409081902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790555186906001600160a01b038a16907f90fcc14446531fd7c9b1ec6bd7f23faf09f2e921c80a367ab15921a6a7633d1c9061156b9085815260200190565b60405180910390a3611580602088018861325a565b156115ba576115b58861159960408a0160208b01612aef565b6115a960608b0160408c01612fde565b8a606001356001611aed565b611603565b611603886115ce60408a0160208b01612aef565b6115de60608b0160408c01612fde565b60608b01356115f360a08d0160808e01613024565b61101d60c08e0160a08f01612d84565b50600193505050505b9250929050565b5f5f61161d611adf565b6040517f5afa50360000000000000000000000000000000000000000000000000000000081526001600160a01b0380831660048301529192507f000000000000000000000000000000000000000000000000000000000000000090911690635afa503690602401602060405180830381865afa15801561169f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116c39190612f6c565b611704576040517f7765f12c0000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016108b7565b6040517f8f9c79ed0000000000000000000000000000000000000000000000000000000081526001600160a01b0385811660048301527f00000000000000000000000000000000000000000000000000000000000000001690638f9c79ed90602401602060405180830381865afa158015611781573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117a59190612f6c565b6117e6576040517f4d0566b00000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016108b7565b6007545f906117ff9067ffffffffffffffff1642613275565b905060065f815461180f90613223565b91905081905592506040518060c00160405280866001600160a01b031681526020014267ffffffffffffffff168152602001836001600160a01b031681526020018267ffffffffffffffff1681526020018561ffff1681526020016001600381111561187d5761187d612e39565b90525f84815260056020908152604091829020835181549285015167ffffffffffffffff908116740100000000000000000000000000000000000000009081027fffffffff000000000000000000000000000000000000000000000000000000009586166001600160a01b039485161717845594860151600184018054606089015160808a015161ffff167c0100000000000000000000000000000000000000000000000000000000027fffff0000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff9190951690980296169190931617939093179384168317815560a08501519193919290917fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9091167fff000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff909116177e010000000000000000000000000000000000000000000000000000000000008360038111156119e7576119e7612e39565b021790555050506001600160a01b038086165f9081526004602090815260408083209386168352929052205467ffffffffffffffff9081169082161115611a7f576001600160a01b038581165f90815260046020908152604080832093861683529290522080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff83161790555b6040805161ffff8616815267ffffffffffffffff831660208201526001600160a01b03808516929088169186917f870df5d2f5c47bbe28641794af1459521205c1d515b881a97c061b4b835c0748910160405180910390a4505092915050565b5f611ae861246e565b905090565b5f611afa86868686611dce565b5f81815260036020526040902054909150611b2060016901000000000000000000613295565b81165f03611b6257868686866040517fac3e0d240000000000000000000000000000000000000000000000000000000081526004016108b794939291906132a8565b82611b6d575f611b79565b69010000000000000000005b611b8e60016901000000000000000000613295565b198216611b9b91906132cd565b60035f8481526020019081526020015f208190555083866001600160a01b0316886001600160a01b03167fde2989c7d6be1de5d5c2e281d5d0944220a8e526851feb52c6d109efb40afca788604051611bf491906132e0565b60405180910390a450505050505050565b5f8282604051602001611c199291906132ee565b60405160208183030381529060405280519060200120905092915050565b611c4881611c43611adf565b6124d8565b50565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16611d0a575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055611cc2611adf565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610780565b505f610780565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615611d0a575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00169055611d86611adf565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a4506001610780565b5f84848484604051602001611de694939291906132a8565b604051602081830303815290604052805190602001209050949350505050565b5f8267ffffffffffffffff16421080156107ab5750816002811115611e2d57611e2d612e39565b60ff16604084901c60ff161015905092915050565b5f6107807f4030cdd52f1e401b6e27f627f86ace83b3aca397b282da030eceff2fd2564b46611e746020850185612aef565b611e846040860160208701612aef565b611e946060870160408801612fde565b86606001358760c001358860e00135604051602001611eb9979695949392919061330c565b60405160208183030381529060405280519060200120612543565b5f6107807f33639618b1406d61fff6756ae23cb6e3f9269bb7544e8c77f5cd5597056dcc91611f066020850185612aef565b611f166040860160208701612aef565b611f266060870160408801612fde565b6060870135611f3b60a0890160808a01613024565b611f4b60c08a0160a08b01612d84565b8960c001358a60e00135604051602001611eb999989796959493929190613355565b8360e00135421115611fb1576040517fcd21db4f00000000000000000000000000000000000000000000000000000000815260e085013560048201526024016108b7565b611fc9611fc16020860186612aef565b84848461258a565b61201857611fda6020850185612aef565b6040517fd855c4f40000000000000000000000000000000000000000000000000000000081526001600160a01b0390911660048201526024016108b7565b5f6120536120296020870187612aef565b6120396040880160208901612aef565b6120496060890160408a01612fde565b8860600135611dce565b5f81815260036020526040902054909150604881901c60c087013581146120b3576040517f06427aeb00000000000000000000000000000000000000000000000000000000815260c08801356004820152602481018290526044016108b7565b6120c76901000000000000000000836132cd565b5f9384526003602052604090932092909255505050505050565b6060611ae87f00000000000000000000000000000000000000000000000000000000000000006125f6565b6060611ae87f00000000000000000000000000000000000000000000000000000000000000006125f6565b6001600160a01b038516158061215e5750856001600160a01b0316856001600160a01b0316145b156121a0576040517f042ab5da0000000000000000000000000000000000000000000000000000000081526001600160a01b03861660048201526024016108b7565b5f8260028111156121b3576121b3612e39565b036121ea576040517fc0185c6400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60018460018111156121fe576121fe612e39565b14801561220c575061ffff83115b15612246576040517f2d4c7d33000000000000000000000000000000000000000000000000000000008152600481018490526024016108b7565b428167ffffffffffffffff1611612295576040517f8d499f7d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201526024016108b7565b5f6122a287878787611dce565b905060408360028111156122b8576122b8612e39565b60ff16901b67ffffffffffffffff83166122dd60016901000000000000000000613295565b5f84815260036020526040908190208054921990921692909217929092179091555184906001600160a01b0388811691908a16907ffeb032b546670120df8549719666efb5f5a4a5b0803d6693c0167e35d61697d090611bf4908a90899089906133bf565b67ffffffffffffffff8116158061236557506201518067ffffffffffffffff8216115b156123a8576040517f5c82593900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201526024016108b7565b600780547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff83169081179091556040519081527f9180643fba62a132eec4952aa355f41fb54aa355b64de490a12d2e9f615a80949060200160405180910390a150565b5f5f5b835181101561246557826001600160a01b031684828151811061243d5761243d6131c9565b60200260200101516001600160a01b03160361245d576001915050610780565b600101612418565b505f9392505050565b5f3660148082108015906124aa57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b156124d0576124bd36828403815f6133f2565b6124c691613419565b60601c9250505090565b339250505090565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16611035576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602481018390526044016108b7565b5f61078061254f612633565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f5f5f61259886868661275c565b5090925090505f8160038111156125b1576125b1612e39565b1480156125cf5750866001600160a01b0316826001600160a01b0316145b156125df5760019250505061105e565b6125eb878787876127a3565b979650505050505050565b60605f61260283612826565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561268b57507f000000000000000000000000000000000000000000000000000000000000000046145b156126b557507f000000000000000000000000000000000000000000000000000000000000000090565b611ae8604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80806041849003612790578435602086013560408701355f1a61278289828585612866565b95509550955050505061279a565b505f915060029050825b93509350939050565b604080517f1626ba7e00000000000000000000000000000000000000000000000000000000808252600482018690526024820192909252604481018390525f91908390818660648301375f82606483010152601f820160051c60051b915060205f60648401838b5afa9050825f5114601f3d111681169350505050949350505050565b5f60ff8216601f811115610780576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561289f57505f91506003905082612924565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156128f0573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661291b57505f925060019150829050612924565b92505f91508190505b9450945094915050565b5f6020828403121561293e575f5ffd5b81357fffffffff00000000000000000000000000000000000000000000000000000000811681146107ab575f5ffd5b6001600160a01b0381168114611c48575f5ffd5b80356002811061298f575f5ffd5b919050565b5f5f5f606084860312156129a6575f5ffd5b83356129b18161296d565b92506129bf60208501612981565b929592945050506040919091013590565b5f5f8284036101008112156129e3575f5ffd5b83356129ee8161296d565b925060e0601f1982011215612a01575f5ffd5b506020830190509250929050565b5f5f60408385031215612a20575f5ffd5b823591506020830135612a328161296d565b809150509250929050565b5f60208284031215612a4d575f5ffd5b5035919050565b8015158114611c48575f5ffd5b5f5f5f60608486031215612a73575f5ffd5b8335925060208401356129bf81612a54565b5f5f60408385031215612a96575f5ffd5b8235612aa18161296d565b91506020830135612a328161296d565b5f5f5f60608486031215612ac3575f5ffd5b8335925060208401359150604084013563ffffffff81168114612ae4575f5ffd5b809150509250925092565b5f60208284031215612aff575f5ffd5b81356107ab8161296d565b80356003811061298f575f5ffd5b5f5f5f5f5f60a08688031215612b2c575f5ffd5b8535612b378161296d565b9450612b4560208701612981565b935060408601359250612b5a60608701612b0a565b949793965091946080013592915050565b803561ffff8116811461298f575f5ffd5b5f5f5f5f5f60a08688031215612b90575f5ffd5b8535612b9b8161296d565b94506020860135612bab8161296d565b935060408601359250612bc060608701612b6b565b9150612bce60808701612b0a565b90509295509295909350565b5f6101008284031215612beb575f5ffd5b50919050565b5f6101008284031215612c02575f5ffd5b6107ab8383612bda565b5f5f5f6101208486031215612c1f575f5ffd5b612c298585612bda565b925061010084013567ffffffffffffffff811115612c45575f5ffd5b8401601f81018613612c55575f5ffd5b803567ffffffffffffffff811115612c6b575f5ffd5b866020828401011115612c7c575f5ffd5b939660209190910195509293505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f612cf560e0830189612c8d565b8281036040840152612d078189612c8d565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612d5c578351835260209384019390920191600101612d3e565b50909b9a5050505050505050505050565b803567ffffffffffffffff8116811461298f575f5ffd5b5f60208284031215612d94575f5ffd5b6107ab82612d6d565b5f5f5f5f60808587031215612db0575f5ffd5b8435612dbb8161296d565b93506020850135612dcb8161296d565b9250612dd960408601612981565b9396929550929360600135925050565b5f5f5f5f5f60a08688031215612dfd575f5ffd5b8535612e088161296d565b9450612e1660208701612981565b935060408601359250612e2b60608701612b0a565b9150612bce60808701612d6d565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60038110612e7657612e76612e39565b9052565b60408101612e888285612e66565b67ffffffffffffffff831660208301529392505050565b60048110612e7657612e76612e39565b5f60c0820190506001600160a01b03835116825267ffffffffffffffff60208401511660208301526001600160a01b03604084015116604083015267ffffffffffffffff606084015116606083015261ffff608084015116608083015260a0830151612f1e60a0840182612e9f565b5092915050565b5f5f60408385031215612f36575f5ffd5b8235612f418161296d565b9150612f4f60208401612b6b565b90509250929050565b828152604081016107ab6020830184612e9f565b5f60208284031215612f7c575f5ffd5b81516107ab81612a54565b5f60208284031215612f97575f5ffd5b5051919050565b60028110612e7657612e76612e39565b60808101612fbc8287612f9e565b846020830152612fcf6040830185612e66565b82606083015295945050505050565b5f60208284031215612fee575f5ffd5b6107ab82612981565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f60208284031215613034575f5ffd5b6107ab82612b0a565b805161298f8161296d565b805160ff8116811461298f575f5ffd5b5f5f60408385031215613069575f5ffd5b825167ffffffffffffffff81111561307f575f5ffd5b8301601f8101851361308f575f5ffd5b805167ffffffffffffffff8111156130a9576130a9612ff7565b8060051b604051601f19603f830116810181811067ffffffffffffffff821117156130d6576130d6612ff7565b6040529182526020818401810192908101888411156130f3575f5ffd5b6020850194505b838510156131195761310b8561303d565b8152602094850194016130fa565b509450612f4f9250505060208401613048565b803561313781612a54565b1515825260208101356131498161296d565b6001600160a01b0316602083015261316360408201612981565b6131706040840182612f9e565b506060818101359083015261318760808201612b0a565b6131946080840182612e66565b5067ffffffffffffffff6131aa60a08301612d6d565b1660a083015260c090810135910152565b60e08101610780828461312c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203613253576132536131f6565b5060010190565b5f6020828403121561326a575f5ffd5b81356107ab81612a54565b67ffffffffffffffff8181168382160190811115610780576107806131f6565b81810381811115610780576107806131f6565b6001600160a01b0385811682528416602082015260808101612fcf6040830185612f9e565b80820180821115610780576107806131f6565b602081016107808284612f9e565b6001600160a01b038316815261010081016107ab602083018461312c565b8781526001600160a01b0387811660208301528616604082015260e081016133376060830187612f9e565b8460808301528360a08301528260c083015298975050505050505050565b8981526001600160a01b0389811660208301528816604082015261012081016133816060830189612f9e565b86608083015261339460a0830187612e66565b67ffffffffffffffff851660c08301528360e0830152826101008301529a9950505050505050505050565b606081016133cd8286612f9e565b6133da6020830185612e66565b67ffffffffffffffff83166040830152949350505050565b5f5f85851115613400575f5ffd5b8386111561340c575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015612f1e577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b8216169150509291505056fea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x01\xC0`@R4\x80\x15a\0\x10W__\xFD[P`@Qa9\xCC8\x03\x80a9\xCC\x839\x81\x01`@\x81\x90Ra\0/\x91a\x03yV[`@\x80Q\x80\x82\x01\x82R`\x0F\x81Rn\x13YY\x1D\x98][\x1D\x10\xDB\xDB\x9C\xD9[\x9D`\x8A\x1B` \x80\x83\x01\x91\x90\x91R\x82Q\x80\x84\x01\x90\x93R`\x01\x83R`1`\xF8\x1B\x90\x83\x01R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x80R\x90a\0\x84\x82a\x01[V[a\x01@Ra\0\x91\x81a\x01[V[a\x01`R\x81Q` \x80\x84\x01\x91\x90\x91 a\x01\0R\x81Q\x90\x82\x01 a\x01 RF`\xC0Ra\x01\x1Fa\x01\0Qa\x01 Q`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x90\x81\x01\x92\x90\x92R``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[`\xA0RPP0`\xE0R`\x01`\x01`\xA0\x1B\x03\x83\x81\x16a\x01\x80R\x82\x16a\x01\xA0Ra\x01G_\x86a\x01\xA1V[Pa\x01Q\x81a\x02KV[PPPPPa\x04\xAFV[__\x82\x90P`\x1F\x81Q\x11\x15a\x01\x8EW\x82`@Qc0Z'\xA9`\xE0\x1B\x81R`\x04\x01a\x01\x85\x91\x90a\x03\xF5V[`@Q\x80\x91\x03\x90\xFD[\x80Qa\x01\x99\x82a\x04*V[\x17\x93\x92PPPV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x02BW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\x01\xFAa\x02\xE9V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x02EV[P_[\x92\x91PPV[`\x01`\x01`@\x1B\x03\x81\x16\x15\x80a\x02lWPb\x01Q\x80`\x01`\x01`@\x1B\x03\x82\x16\x11[\x15a\x02\x95W`@Qc\\\x82Y9`\xE0\x1B\x81R`\x01`\x01`@\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x01\x85V[`\x07\x80T`\x01`\x01`@\x1B\x03\x19\x16`\x01`\x01`@\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F\x91\x80d?\xBAb\xA12\xEE\xC4\x95*\xA3U\xF4\x1F\xB5J\xA3U\xB6M\xE4\x90\xA1-.\x9FaZ\x80\x94\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[_a\x02\xF2a\x02\xF7V[\x90P\x90V[_6`\x14\x80\x82\x10\x80\x15\x90a\x03\x0FWPa\x03\x0F3a\x03=V[\x15a\x035Wa\x03\"6\x82\x84\x03\x81_a\x04PV[a\x03+\x91a\x04wV[``\x1C\x92PPP\x90V[3\x92PPP\x90V[_a\x03G`\x80Q\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14\x90P\x91\x90PV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x03vW__\xFD[PV[_____`\xA0\x86\x88\x03\x12\x15a\x03\x8DW__\xFD[\x85Qa\x03\x98\x81a\x03bV[` \x87\x01Q\x90\x95Pa\x03\xA9\x81a\x03bV[`@\x87\x01Q\x90\x94Pa\x03\xBA\x81a\x03bV[``\x87\x01Q\x90\x93Pa\x03\xCB\x81a\x03bV[`\x80\x87\x01Q\x90\x92P`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x03\xE7W__\xFD[\x80\x91PP\x92\x95P\x92\x95\x90\x93PV[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[\x80Q` \x80\x83\x01Q\x91\x90\x81\x10\x15a\x04JW_\x19\x81` \x03`\x03\x1B\x1B\x82\x16\x91P[P\x91\x90PV[__\x85\x85\x11\x15a\x04^W__\xFD[\x83\x86\x11\x15a\x04jW__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805`\x01`\x01``\x1B\x03\x19\x81\x16\x90`\x14\x84\x10\x15a\x04\xA8W`\x01`\x01``\x1B\x03\x19`\x14\x85\x90\x03`\x03\x1B\x81\x90\x1B\x82\x16\x16\x91P[P\x92\x91PPV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0Qa\x01 Qa\x01@Qa\x01`Qa\x01\x80Qa\x01\xA0Qa4\x8Ba\x05A_9_\x81\x81a\x0B\xC7\x01Ra\x16X\x01R_\x81\x81a\t\xAE\x01R\x81\x81a\x12Z\x01Ra\x17<\x01R_a!\x13\x01R_a \xE8\x01R_a'\x0C\x01R_a&\xE4\x01R_a&?\x01R_a&i\x01R_a&\x93\x01R_\x81\x81a\x04\r\x01R\x81\x81a\x04\xB0\x01Ra$\x7F\x01Ra4\x8B_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x02iW_5`\xE0\x1C\x80c}\xA0\xA8w\x11a\x01WW\x80c\xA2\x17\xFD\xDF\x11a\0\xD2W\x80c\xD6\xD7E\x9E\x11a\0\x88W\x80c\xE5\xC3\x01 \x11a\0nW\x80c\xE5\xC3\x01 \x14a\x06\x93W\x80c\xEC\x86Ke\x14a\x06\xB3W\x80c\xF1$-\xA7\x14a\x06\xDBW__\xFD[\x80c\xD6\xD7E\x9E\x14a\x06PW\x80c\xE5,\xB3j\x14a\x06qW__\xFD[\x80c\xC7\xBA\xDEh\x11a\0\xB8W\x80c\xC7\xBA\xDEh\x14a\x06\x17W\x80c\xD3\xEB\xC1\xD4\x14a\x06*W\x80c\xD5Gt\x1F\x14a\x06=W__\xFD[\x80c\xA2\x17\xFD\xDF\x14a\x05\xFDW\x80c\xB2\xB6\x1AO\x14a\x06\x04W__\xFD[\x80c\x84\xB0\x19n\x11a\x01'W\x80c\x8BLiv\x11a\x01\rW\x80c\x8BLiv\x14a\x05\x8DW\x80c\x91\xD1HT\x14a\x05\xA0W\x80c\x9A\xC7]\x87\x14a\x05\xD6W__\xFD[\x80c\x84\xB0\x19n\x14a\x05KW\x80c\x8As\"'\x14a\x05fW__\xFD[\x80c}\xA0\xA8w\x14a\x04\xA3W\x80c~iTb\x14a\x04\xDAW\x80c~\xE8! \x14a\x05%W\x80c\x7F\xA1\x16o\x14a\x058W__\xFD[\x80c>~s\xC5\x11a\x01\xE7W\x80c\\P\xFB\x95\x11a\x01\xB7W\x80cn\x07\x0B\xE7\x11a\x01\x9DW\x80cn\x07\x0B\xE7\x14a\x04kW\x80crp\x01\xA7\x14a\x04~W\x80c|\xA8F\x96\x14a\x04\x91W__\xFD[\x80c\\P\xFB\x95\x14a\x04=W\x80ck\x98\xE9-\x14a\x04PW__\xFD[\x80c>~s\xC5\x14a\x03\x95W\x80c?\xF1\xD0~\x14a\x03\xA8W\x80cP5%\xEC\x14a\x03\xEAW\x80cW+l\x05\x14a\x03\xFDW__\xFD[\x80c#\xCD\xC3\xF1\x11a\x02<W\x80c//\xF1]\x11a\x02\"W\x80c//\xF1]\x14a\x03LW\x80c5\x82\x96\xB1\x14a\x03_W\x80c6V\x8A\xBE\x14a\x03\x82W__\xFD[\x80c#\xCD\xC3\xF1\x14a\x02\xF2W\x80c$\x8A\x9C\xA3\x14a\x03*W__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x02mW\x80c\x07?]\x9F\x14a\x02\x95W\x80c\x18?5y\x14a\x02\xCAW\x80c\x18^|\xF8\x14a\x02\xDFW[__\xFD[a\x02\x80a\x02{6`\x04a).V[a\x06\xEEV[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x02\xBC\x7F3c\x96\x18\xB1@ma\xFF\xF6uj\xE2<\xB6\xE3\xF9&\x9B\xB7TN\x8Cw\xF5\xCDU\x97\x05m\xCC\x91\x81V[`@Q\x90\x81R` \x01a\x02\x8CV[a\x02\xDDa\x02\xD86`\x04a)\x94V[a\x07\x86V[\0[a\x02\xBCa\x02\xED6`\x04a)\xD0V[a\x07\xA0V[a\x02\x80a\x03\x006`\x04a*\x0FV[_\x91\x82R`\x08` \x90\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x02\xBCa\x0386`\x04a*=V[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[a\x02\xDDa\x03Z6`\x04a*\x0FV[a\x07\xB2V[a\x03ib\x01Q\x80\x81V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\x8CV[a\x02\xDDa\x03\x906`\x04a*\x0FV[a\x07\xDCV[a\x02\xDDa\x03\xA36`\x04a*aV[a\x088V[a\x03ia\x03\xB66`\x04a*\x85V[`\x01`\x01`\xA0\x1B\x03\x91\x82\x16_\x90\x81R`\x04` \x90\x81R`@\x80\x83 \x93\x90\x94\x16\x82R\x91\x90\x91R Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a\x02\xDDa\x03\xF86`\x04a*\xB1V[a\x0C\x83V[a\x02\x80a\x04\x0B6`\x04a*\xEFV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x91\x16\x14\x90V[a\x02\xDDa\x04K6`\x04a+\x18V[a\r\xBAV[a\x04X`\t\x81V[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\x8CV[a\x02\x80a\x04y6`\x04a+|V[a\x0E\x19V[a\x02\xBCa\x04\x8C6`\x04a+\xF1V[a\x0E\xFAV[`\x07Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x03iV[`@Q`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R` \x01a\x02\x8CV[a\x05\0a\x04\xE86`\x04a*=V[_\x90\x81R`\n` R`@\x90\x81\x90 T\x91\x90\x82\x90\x1C\x90V[`@\x80Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x93\x16\x83Rc\xFF\xFF\xFF\xFF\x90\x91\x16` \x83\x01R\x01a\x02\x8CV[a\x02\xBCa\x0536`\x04a+\xF1V[a\x0F\x04V[a\x02\xDDa\x05F6`\x04a,\x0CV[a\x0F\x0EV[a\x05Sa\x0F]V[`@Qa\x02\x8C\x97\x96\x95\x94\x93\x92\x91\x90a,\xBBV[a\x02\xBC\x7F@0\xCD\xD5/\x1E@\x1Bn'\xF6'\xF8j\xCE\x83\xB3\xAC\xA3\x97\xB2\x82\xDA\x03\x0E\xCE\xFF/\xD2VKF\x81V[a\x02\xDDa\x05\x9B6`\x04a,\x0CV[a\x0F\xBBV[a\x02\x80a\x05\xAE6`\x04a*\x0FV[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x02\xBC\x7F\xC7\x16\xC3\xF4\xE2]\xFAThz#l\x0F\x14\xC6\xF0\xD3\xDC\x90\x94\x04C\x14\x9D\x7F\xBC\xECM{w\xB4\x9B\x81V[a\x02\xBC_\x81V[a\x02\xDDa\x06\x126`\x04a-\x84V[a\x10\"V[a\x03ia\x06%6`\x04a-\x9DV[a\x109V[a\x02\xDDa\x0686`\x04a-\xE9V[a\x10fV[a\x02\xDDa\x06K6`\x04a*\x0FV[a\x10\x82V[a\x06ca\x06^6`\x04a-\x9DV[a\x10\xA6V[`@Qa\x02\x8C\x92\x91\x90a.zV[a\x02\x80a\x06\x7F6`\x04a*=V[_\x90\x81R`\t` R`@\x90 T`\xFF\x16\x90V[a\x06\xA6a\x06\xA16`\x04a*=V[a\x10\xEDV[`@Qa\x02\x8C\x91\x90a.\xAFV[a\x06\xC6a\x06\xC16`\x04a)\xD0V[a\x12\x10V[`@\x80Q\x92\x83R\x90\x15\x15` \x83\x01R\x01a\x02\x8CV[a\x02\xBCa\x06\xE96`\x04a/%V[a\x16\x13V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\x07\x80WP\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x14[\x92\x91PPV[a\x07\x9Ba\x07\x91a\x1A\xDFV[\x84\x84\x84`\x01a\x1A\xEDV[PPPV[_a\x07\xAB\x83\x83a\x1C\x05V[\x93\x92PPPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x07\xCC\x81a\x1C7V[a\x07\xD6\x83\x83a\x1CKV[PPPPV[a\x07\xE4a\x1A\xDFV[`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14a\x08.W`@Q\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x07\x9B\x82\x82a\x1D\x11V[_\x83\x81R`\x05` R`@\x81 \x90`\x01\x82\x01T~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x08\x81Wa\x08\x81a.9V[\x03a\x08\xC0W`@Q\x7FBU~\x97\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x01\x80\x82\x01T~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x08\xFCWa\x08\xFCa.9V[\x14a\tHW\x83\x81`\x01\x01`\x1E\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`@Q\x7F\xA1X\xED4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x08\xB7\x92\x91\x90a/XV[_a\tQa\x1A\xDFV[\x82T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x90\x82\x16\x81\x14\x80\x15\x90a\n\x19WP`@Q\x7F\xD4\xEE\x974\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x81\x16`\x04\x83\x01R\x83\x81\x16`$\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xD4\xEE\x974\x90`D\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\t\xF3W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\n\x17\x91\x90a/lV[\x15[\x15a\nbW`@Q\x7F\x87\xDE\x18D\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90R`\x01`\x01`\xA0\x1B\x03\x83\x16`$\x82\x01R`D\x01a\x08\xB7V[\x84\x15a\n\xF0W`\x01\x83\x01\x80T\x7F\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16~\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x87\x90\x7F\xD7'_\xE3@\n8\xA4\xDC@\x8FJ\x9C\x9A\x193\xA0\xFCv|\x80\xB6cx\x06\x06\xEFM\xC9645\x90_\x90\xA3PPPPPPV[`\x01\x83\x01\x80T~\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x17\x90\x91U`\x01`\x01`\xA0\x1B\x03\x82\x81\x16_\x81\x81R`\x04` \x81\x81R`@\x80\x84 \x96\x86\x16\x80\x85R\x96\x90\x91R\x80\x83 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x90UQ\x7F\xA6r\xEB\xDB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x90\x81\x01\x85\x90R`$\x81\x01\x92\x90\x92R`D\x82\x01\x88\x90R\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xA6r\xEB\xDB\x90`d\x01` `@Q\x80\x83\x03\x81_\x87Z\xF1\x92PPP\x80\x15a\x0C+WP`@\x80Q`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01\x90\x92Ra\x0C(\x91\x81\x01\x90a/\x87V[`\x01[\x15a\x0C3W\x90P[`@\x80Q\x87\x81R` \x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x86\x16\x91\x8A\x91\x7F\x04\x98\x12WS\xE9\xC9\xB6Y\x15\x8F\xA6\x1Di=\n8\xC2]\x19\xB3\xD0Z\xD3x\x98\xB5\xE6\xCE\x83\n\xF0\x91\x01`@Q\x80\x91\x03\x90\xA3PPPPPPPPV[\x7F\xC7\x16\xC3\xF4\xE2]\xFAThz#l\x0F\x14\xC6\xF0\xD3\xDC\x90\x94\x04C\x14\x9D\x7F\xBC\xECM{w\xB4\x9Ba\x0C\xAD\x81a\x1C7V[\x83\x15\x80a\x0C\xBEWPc\xFF\xFF\xFF\xFF\x82\x16\x15[\x15a\x0C\xF5W`@Q\x7F\x93\xD2B\x1F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x84\x81R`\n` R`@\x90 T\x15a\r=W`@Q\x7F\xF6\x82\xFEW\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x01a\x08\xB7V[_\x84\x81R`\n` R`@\x90\x81\x90 g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFC\x16k\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x85\x84\x1B\x16\x17\x90UQ\x84\x90\x7F\x84\xCAH`~\x1D4\x80\x98?h>\xA5G\x19(/$\xF0\x822\xF91\xDB\xA6\xDEH\x0E\xE9\x07\x96\x0B\x90a\r\xAC\x90\x86\x90\x86\x90\x91\x82Rc\xFF\xFF\xFF\xFF\x16` \x82\x01R`@\x01\x90V[`@Q\x80\x91\x03\x90\xA2PPPPV[a\r\xC2a\x1A\xDFV[`\x01`\x01`\xA0\x1B\x03\x16\x85`\x01`\x01`\xA0\x1B\x03\x16\x7FL(~\xD3U\xC1\xC1\xEE\x12\xE8\xD6\xE7~\xA1\xA8\x13\xFCEr\x863\xE1\x83\x97c\xD6`#U\x7F\xDFR\x86\x86\x86\x86`@Qa\x0E\n\x94\x93\x92\x91\x90a/\xAEV[`@Q\x80\x91\x03\x90\xA3PPPPPV[_\x80\x82`\x02\x81\x11\x15a\x0E-Wa\x0E-a.9V[\x03a\x0E9WP_a\x0E\xF1V[a\x0E_`\x03_a\x0EK\x89\x89_\x8Aa\x1D\xCEV[\x81R` \x01\x90\x81R` \x01_ T\x83a\x1E\x06V[\x15a\x0ElWP`\x01a\x0E\xF1V[a\x0E\x83`\x03_a\x0EK\x89\x89`\x01a\xFF\xFF\x8A\x16a\x1D\xCEV[\x15a\x0E\x90WP`\x01a\x0E\xF1V[`\x01\x82`\x02\x81\x11\x15a\x0E\xA4Wa\x0E\xA4a.9V[\x14\x80\x15a\x0E\xB5WPa\xFF\xFF\x83\x16`\t\x14[\x80\x15a\x0E\xEEWP`\x01`\x01`\xA0\x1B\x03\x80\x87\x16_\x90\x81R`\x04` \x90\x81R`@\x80\x83 \x93\x89\x16\x83R\x92\x90R Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10[\x90P[\x95\x94PPPPPV[_a\x07\x80\x82a\x1EBV[_a\x07\x80\x82a\x1E\xD4V[a\x0F\"\x83a\x0F\x1B\x85a\x1EBV[\x84\x84a\x1FmV[a\x07\x9Ba\x0F2` \x85\x01\x85a*\xEFV[a\x0FB`@\x86\x01` \x87\x01a*\xEFV[a\x0FR``\x87\x01`@\x88\x01a/\xDEV[\x86``\x015_a\x1A\xEDV[_``\x80___``a\x0Fna \xE1V[a\x0Fva!\x0CV[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[a\x0F\xC8\x83a\x0F\x1B\x85a\x1E\xD4V[a\x07\x9Ba\x0F\xD8` \x85\x01\x85a*\xEFV[a\x0F\xE8`@\x86\x01` \x87\x01a*\xEFV[a\x0F\xF8``\x87\x01`@\x88\x01a/\xDEV[``\x87\x015a\x10\r`\xA0\x89\x01`\x80\x8A\x01a0$V[a\x10\x1D`\xC0\x8A\x01`\xA0\x8B\x01a-\x84V[a!7V[_a\x10,\x81a\x1C7V[a\x105\x82a#BV[PPV[_`H`\x03_a\x10K\x88\x88\x88\x88a\x1D\xCEV[\x81R` \x01\x90\x81R` \x01_ T\x90\x1C\x90P[\x94\x93PPPPV[a\x10{a\x10qa\x1A\xDFV[\x86\x86\x86\x86\x86a!7V[PPPPPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x10\x9C\x81a\x1C7V[a\x07\xD6\x83\x83a\x1D\x11V[___`\x03_a\x10\xB8\x89\x89\x89\x89a\x1D\xCEV[\x81R` \x01\x90\x81R` \x01_ T\x90P`@\x81\x90\x1C`\xFF\x16`\x02\x81\x11\x15a\x10\xE1Wa\x10\xE1a.9V[\x97\x90\x96P\x94PPPPPV[a\x11\"`@\x80Q`\xC0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R\x90`\xA0\x82\x01R\x90V[_\x82\x81R`\x05` \x90\x81R`@\x91\x82\x90 \x82Q`\xC0\x81\x01\x84R\x81T`\x01`\x01`\xA0\x1B\x03\x80\x82\x16\x83Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x92\x83\x90\x04\x81\x16\x95\x84\x01\x95\x90\x95R`\x01\x84\x01T\x90\x81\x16\x95\x83\x01\x95\x90\x95R\x84\x04\x90\x92\x16``\x83\x01Ra\xFF\xFF|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x04\x16`\x80\x83\x01R\x90\x91`\xA0\x83\x01\x90`\xFF~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16`\x03\x81\x11\x15a\x11\xF6Wa\x11\xF6a.9V[`\x03\x81\x11\x15a\x12\x07Wa\x12\x07a.9V[\x90RP\x92\x91PPV[___a\x12\x1Ba\x1A\xDFV[`@Q\x7F\x063\xB1J\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16`\x04\x83\x01R\x91\x92P_\x91\x82\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\x063\xB1J\x90`$\x01_`@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x12\xA0W=__>=_\xFD[PPPP`@Q=_\x82>`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01`@Ra\x12\xC7\x91\x90\x81\x01\x90a0XV[\x91P\x91Pa\x12\xD5\x82\x84a$\x15V[a\x13\x1EW`@Q\x7F\x82o\x1B\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x80\x89\x16`\x04\x83\x01R\x84\x16`$\x82\x01R`D\x01a\x08\xB7V[a\x13(\x87\x87a\x1C\x05V[_\x81\x81R`\t` R`@\x90 T\x90\x95P`\xFF\x16\x15a\x13vW`@Q\x7FH\xEA\xE5\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x01a\x08\xB7V[_\x85\x81R`\x08` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x84R\x90\x91R\x90 T`\xFF\x16\x15a\x13\xE4W`@Q\x7F\xA7-\xB7\x87\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`\x01`\x01`\xA0\x1B\x03\x84\x16`$\x82\x01R`D\x01a\x08\xB7V[_\x85\x81R`\x08` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x80\x88\x16\x80\x86R\x91\x90\x93R\x92\x81\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90UQ\x87\x91\x8A\x16\x90\x7F-\xF9\x83\x15\xA4N\0\x9B\xB6\x98\x87\xAFv\xB0;.Oi\x0C\xD7\x15:5\xC5Aq\xB5e\xC0\x0E\r9\x90a\x14f\x90\x8B\x90a1\xBBV[`@Q\x80\x91\x03\x90\xA4_\x80[\x83Q\x81\x10\x15a\x14\xDDW`\x08_\x88\x81R` \x01\x90\x81R` \x01_ _\x85\x83\x81Q\x81\x10a\x14\x9EWa\x14\x9Ea1\xC9V[` \x90\x81\x02\x91\x90\x91\x01\x81\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x82R\x81\x01\x91\x90\x91R`@\x01_ T`\xFF\x16\x15a\x14\xD5Wa\x14\xD2\x82a2#V[\x91P[`\x01\x01a\x14qV[P\x81`\xFF\x16\x81\x10\x15a\x14\xF6WP_\x93Pa\x16\x0C\x92PPPV[_\x86\x81R`\t` R`@\x90\x81\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90UQ\x86\x90`\x01`\x01`\xA0\x1B\x03\x8A\x16\x90\x7F\x90\xFC\xC1DFS\x1F\xD7\xC9\xB1\xECk\xD7\xF2?\xAF\t\xF2\xE9!\xC8\n6z\xB1Y!\xA6\xA7c=\x1C\x90a\x15k\x90\x85\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3a\x15\x80` \x88\x01\x88a2ZV[\x15a\x15\xBAWa\x15\xB5\x88a\x15\x99`@\x8A\x01` \x8B\x01a*\xEFV[a\x15\xA9``\x8B\x01`@\x8C\x01a/\xDEV[\x8A``\x015`\x01a\x1A\xEDV[a\x16\x03V[a\x16\x03\x88a\x15\xCE`@\x8A\x01` \x8B\x01a*\xEFV[a\x15\xDE``\x8B\x01`@\x8C\x01a/\xDEV[``\x8B\x015a\x15\xF3`\xA0\x8D\x01`\x80\x8E\x01a0$V[a\x10\x1D`\xC0\x8E\x01`\xA0\x8F\x01a-\x84V[P`\x01\x93PPPP[\x92P\x92\x90PV[__a\x16\x1Da\x1A\xDFV[`@Q\x7FZ\xFAP6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x80\x83\x16`\x04\x83\x01R\x91\x92P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90cZ\xFAP6\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x16\x9FW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x16\xC3\x91\x90a/lV[a\x17\x04W`@Q\x7Fwe\xF1,\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x08\xB7V[`@Q\x7F\x8F\x9Cy\xED\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\x8F\x9Cy\xED\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x17\x81W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x17\xA5\x91\x90a/lV[a\x17\xE6W`@Q\x7FM\x05f\xB0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\xB7V[`\x07T_\x90a\x17\xFF\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16Ba2uV[\x90P`\x06_\x81Ta\x18\x0F\x90a2#V[\x91\x90P\x81\x90U\x92P`@Q\x80`\xC0\x01`@R\x80\x86`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x85a\xFF\xFF\x16\x81R` \x01`\x01`\x03\x81\x11\x15a\x18}Wa\x18}a.9V[\x90R_\x84\x81R`\x05` \x90\x81R`@\x91\x82\x90 \x83Q\x81T\x92\x85\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x81\x02\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x95\x86\x16`\x01`\x01`\xA0\x1B\x03\x94\x85\x16\x17\x17\x84U\x94\x86\x01Q`\x01\x84\x01\x80T``\x89\x01Q`\x80\x8A\x01Qa\xFF\xFF\x16|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x95\x16\x90\x98\x02\x96\x16\x91\x90\x93\x16\x17\x93\x90\x93\x17\x93\x84\x16\x83\x17\x81U`\xA0\x85\x01Q\x91\x93\x91\x92\x90\x91\x7F\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x7F\xFF\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83`\x03\x81\x11\x15a\x19\xE7Wa\x19\xE7a.9V[\x02\x17\x90UPPP`\x01`\x01`\xA0\x1B\x03\x80\x86\x16_\x90\x81R`\x04` \x90\x81R`@\x80\x83 \x93\x86\x16\x83R\x92\x90R Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x82\x16\x11\x15a\x1A\x7FW`\x01`\x01`\xA0\x1B\x03\x85\x81\x16_\x90\x81R`\x04` \x90\x81R`@\x80\x83 \x93\x86\x16\x83R\x92\x90R \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x17\x90U[`@\x80Qa\xFF\xFF\x86\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16` \x82\x01R`\x01`\x01`\xA0\x1B\x03\x80\x85\x16\x92\x90\x88\x16\x91\x86\x91\x7F\x87\r\xF5\xD2\xF5\xC4{\xBE(d\x17\x94\xAF\x14YR\x12\x05\xC1\xD5\x15\xB8\x81\xA9|\x06\x1BK\x83\\\x07H\x91\x01`@Q\x80\x91\x03\x90\xA4PP\x92\x91PPV[_a\x1A\xE8a$nV[\x90P\x90V[_a\x1A\xFA\x86\x86\x86\x86a\x1D\xCEV[_\x81\x81R`\x03` R`@\x90 T\x90\x91Pa\x1B `\x01i\x01\0\0\0\0\0\0\0\0\0a2\x95V[\x81\x16_\x03a\x1BbW\x86\x86\x86\x86`@Q\x7F\xAC>\r$\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x08\xB7\x94\x93\x92\x91\x90a2\xA8V[\x82a\x1BmW_a\x1ByV[i\x01\0\0\0\0\0\0\0\0\0[a\x1B\x8E`\x01i\x01\0\0\0\0\0\0\0\0\0a2\x95V[\x19\x82\x16a\x1B\x9B\x91\x90a2\xCDV[`\x03_\x84\x81R` \x01\x90\x81R` \x01_ \x81\x90UP\x83\x86`\x01`\x01`\xA0\x1B\x03\x16\x88`\x01`\x01`\xA0\x1B\x03\x16\x7F\xDE)\x89\xC7\xD6\xBE\x1D\xE5\xD5\xC2\xE2\x81\xD5\xD0\x94B \xA8\xE5&\x85\x1F\xEBR\xC6\xD1\t\xEF\xB4\n\xFC\xA7\x88`@Qa\x1B\xF4\x91\x90a2\xE0V[`@Q\x80\x91\x03\x90\xA4PPPPPPPV[_\x82\x82`@Q` \x01a\x1C\x19\x92\x91\x90a2\xEEV[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x92\x91PPV[a\x1CH\x81a\x1CCa\x1A\xDFV[a$\xD8V[PV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x1D\nW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90Ua\x1C\xC2a\x1A\xDFV[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x07\x80V[P_a\x07\x80V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16\x15a\x1D\nW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16\x90Ua\x1D\x86a\x1A\xDFV[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x07\x80V[_\x84\x84\x84\x84`@Q` \x01a\x1D\xE6\x94\x93\x92\x91\x90a2\xA8V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x94\x93PPPPV[_\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x80\x15a\x07\xABWP\x81`\x02\x81\x11\x15a\x1E-Wa\x1E-a.9V[`\xFF\x16`@\x84\x90\x1C`\xFF\x16\x10\x15\x90P\x92\x91PPV[_a\x07\x80\x7F@0\xCD\xD5/\x1E@\x1Bn'\xF6'\xF8j\xCE\x83\xB3\xAC\xA3\x97\xB2\x82\xDA\x03\x0E\xCE\xFF/\xD2VKFa\x1Et` \x85\x01\x85a*\xEFV[a\x1E\x84`@\x86\x01` \x87\x01a*\xEFV[a\x1E\x94``\x87\x01`@\x88\x01a/\xDEV[\x86``\x015\x87`\xC0\x015\x88`\xE0\x015`@Q` \x01a\x1E\xB9\x97\x96\x95\x94\x93\x92\x91\x90a3\x0CV[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 a%CV[_a\x07\x80\x7F3c\x96\x18\xB1@ma\xFF\xF6uj\xE2<\xB6\xE3\xF9&\x9B\xB7TN\x8Cw\xF5\xCDU\x97\x05m\xCC\x91a\x1F\x06` \x85\x01\x85a*\xEFV[a\x1F\x16`@\x86\x01` \x87\x01a*\xEFV[a\x1F&``\x87\x01`@\x88\x01a/\xDEV[``\x87\x015a\x1F;`\xA0\x89\x01`\x80\x8A\x01a0$V[a\x1FK`\xC0\x8A\x01`\xA0\x8B\x01a-\x84V[\x89`\xC0\x015\x8A`\xE0\x015`@Q` \x01a\x1E\xB9\x99\x98\x97\x96\x95\x94\x93\x92\x91\x90a3UV[\x83`\xE0\x015B\x11\x15a\x1F\xB1W`@Q\x7F\xCD!\xDBO\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xE0\x85\x015`\x04\x82\x01R`$\x01a\x08\xB7V[a\x1F\xC9a\x1F\xC1` \x86\x01\x86a*\xEFV[\x84\x84\x84a%\x8AV[a \x18Wa\x1F\xDA` \x85\x01\x85a*\xEFV[`@Q\x7F\xD8U\xC4\xF4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x08\xB7V[_a Sa )` \x87\x01\x87a*\xEFV[a 9`@\x88\x01` \x89\x01a*\xEFV[a I``\x89\x01`@\x8A\x01a/\xDEV[\x88``\x015a\x1D\xCEV[_\x81\x81R`\x03` R`@\x90 T\x90\x91P`H\x81\x90\x1C`\xC0\x87\x015\x81\x14a \xB3W`@Q\x7F\x06Bz\xEB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xC0\x88\x015`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x08\xB7V[a \xC7i\x01\0\0\0\0\0\0\0\0\0\x83a2\xCDV[_\x93\x84R`\x03` R`@\x90\x93 \x92\x90\x92UPPPPPPV[``a\x1A\xE8\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a%\xF6V[``a\x1A\xE8\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a%\xF6V[`\x01`\x01`\xA0\x1B\x03\x85\x16\x15\x80a!^WP\x85`\x01`\x01`\xA0\x1B\x03\x16\x85`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a!\xA0W`@Q\x7F\x04*\xB5\xDA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04\x82\x01R`$\x01a\x08\xB7V[_\x82`\x02\x81\x11\x15a!\xB3Wa!\xB3a.9V[\x03a!\xEAW`@Q\x7F\xC0\x18\\d\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01\x84`\x01\x81\x11\x15a!\xFEWa!\xFEa.9V[\x14\x80\x15a\"\x0CWPa\xFF\xFF\x83\x11[\x15a\"FW`@Q\x7F-L}3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x08\xB7V[B\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a\"\x95W`@Q\x7F\x8DI\x9F}\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x08\xB7V[_a\"\xA2\x87\x87\x87\x87a\x1D\xCEV[\x90P`@\x83`\x02\x81\x11\x15a\"\xB8Wa\"\xB8a.9V[`\xFF\x16\x90\x1Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16a\"\xDD`\x01i\x01\0\0\0\0\0\0\0\0\0a2\x95V[_\x84\x81R`\x03` R`@\x90\x81\x90 \x80T\x92\x19\x90\x92\x16\x92\x90\x92\x17\x92\x90\x92\x17\x90\x91UQ\x84\x90`\x01`\x01`\xA0\x1B\x03\x88\x81\x16\x91\x90\x8A\x16\x90\x7F\xFE\xB02\xB5Fg\x01 \xDF\x85Iq\x96f\xEF\xB5\xF5\xA4\xA5\xB0\x80=f\x93\xC0\x16~5\xD6\x16\x97\xD0\x90a\x1B\xF4\x90\x8A\x90\x89\x90\x89\x90a3\xBFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15\x80a#eWPb\x01Q\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x11[\x15a#\xA8W`@Q\x7F\\\x82Y9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x08\xB7V[`\x07\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F\x91\x80d?\xBAb\xA12\xEE\xC4\x95*\xA3U\xF4\x1F\xB5J\xA3U\xB6M\xE4\x90\xA1-.\x9FaZ\x80\x94\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[__[\x83Q\x81\x10\x15a$eW\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x82\x81Q\x81\x10a$=Wa$=a1\xC9V[` \x02` \x01\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x03a$]W`\x01\x91PPa\x07\x80V[`\x01\x01a$\x18V[P_\x93\x92PPPV[_6`\x14\x80\x82\x10\x80\x15\x90a$\xAAWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x163\x14[\x15a$\xD0Wa$\xBD6\x82\x84\x03\x81_a3\xF2V[a$\xC6\x91a4\x19V[``\x1C\x92PPP\x90V[3\x92PPP\x90V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T`\xFF\x16a\x105W`@Q\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xB7V[_a\x07\x80a%Oa&3V[\x83`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[___a%\x98\x86\x86\x86a'\\V[P\x90\x92P\x90P_\x81`\x03\x81\x11\x15a%\xB1Wa%\xB1a.9V[\x14\x80\x15a%\xCFWP\x86`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a%\xDFW`\x01\x92PPPa\x10^V[a%\xEB\x87\x87\x87\x87a'\xA3V[\x97\x96PPPPPPPV[``_a&\x02\x83a(&V[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a&\x8BWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a&\xB5WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\x1A\xE8`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[_\x80\x80`A\x84\x90\x03a'\x90W\x845` \x86\x015`@\x87\x015_\x1Aa'\x82\x89\x82\x85\x85a(fV[\x95P\x95P\x95PPPPa'\x9AV[P_\x91P`\x02\x90P\x82[\x93P\x93P\x93\x90PV[`@\x80Q\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x82R`\x04\x82\x01\x86\x90R`$\x82\x01\x92\x90\x92R`D\x81\x01\x83\x90R_\x91\x90\x83\x90\x81\x86`d\x83\x017_\x82`d\x83\x01\x01R`\x1F\x82\x01`\x05\x1C`\x05\x1B\x91P` _`d\x84\x01\x83\x8BZ\xFA\x90P\x82_Q\x14`\x1F=\x11\x16\x81\x16\x93PPPP\x94\x93PPPPV[_`\xFF\x82\x16`\x1F\x81\x11\x15a\x07\x80W`@Q\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a(\x9FWP_\x91P`\x03\x90P\x82a)$V[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a(\xF0W=__>=_\xFD[PP`@Q`\x1F\x19\x01Q\x91PP`\x01`\x01`\xA0\x1B\x03\x81\x16a)\x1BWP_\x92P`\x01\x91P\x82\x90Pa)$V[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[_` \x82\x84\x03\x12\x15a)>W__\xFD[\x815\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x81\x14a\x07\xABW__\xFD[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x1CHW__\xFD[\x805`\x02\x81\x10a)\x8FW__\xFD[\x91\x90PV[___``\x84\x86\x03\x12\x15a)\xA6W__\xFD[\x835a)\xB1\x81a)mV[\x92Pa)\xBF` \x85\x01a)\x81V[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[__\x82\x84\x03a\x01\0\x81\x12\x15a)\xE3W__\xFD[\x835a)\xEE\x81a)mV[\x92P`\xE0`\x1F\x19\x82\x01\x12\x15a*\x01W__\xFD[P` \x83\x01\x90P\x92P\x92\x90PV[__`@\x83\x85\x03\x12\x15a* W__\xFD[\x825\x91P` \x83\x015a*2\x81a)mV[\x80\x91PP\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a*MW__\xFD[P5\x91\x90PV[\x80\x15\x15\x81\x14a\x1CHW__\xFD[___``\x84\x86\x03\x12\x15a*sW__\xFD[\x835\x92P` \x84\x015a)\xBF\x81a*TV[__`@\x83\x85\x03\x12\x15a*\x96W__\xFD[\x825a*\xA1\x81a)mV[\x91P` \x83\x015a*2\x81a)mV[___``\x84\x86\x03\x12\x15a*\xC3W__\xFD[\x835\x92P` \x84\x015\x91P`@\x84\x015c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a*\xE4W__\xFD[\x80\x91PP\x92P\x92P\x92V[_` \x82\x84\x03\x12\x15a*\xFFW__\xFD[\x815a\x07\xAB\x81a)mV[\x805`\x03\x81\x10a)\x8FW__\xFD[_____`\xA0\x86\x88\x03\x12\x15a+,W__\xFD[\x855a+7\x81a)mV[\x94Pa+E` \x87\x01a)\x81V[\x93P`@\x86\x015\x92Pa+Z``\x87\x01a+\nV[\x94\x97\x93\x96P\x91\x94`\x80\x015\x92\x91PPV[\x805a\xFF\xFF\x81\x16\x81\x14a)\x8FW__\xFD[_____`\xA0\x86\x88\x03\x12\x15a+\x90W__\xFD[\x855a+\x9B\x81a)mV[\x94P` \x86\x015a+\xAB\x81a)mV[\x93P`@\x86\x015\x92Pa+\xC0``\x87\x01a+kV[\x91Pa+\xCE`\x80\x87\x01a+\nV[\x90P\x92\x95P\x92\x95\x90\x93PV[_a\x01\0\x82\x84\x03\x12\x15a+\xEBW__\xFD[P\x91\x90PV[_a\x01\0\x82\x84\x03\x12\x15a,\x02W__\xFD[a\x07\xAB\x83\x83a+\xDAV[___a\x01 \x84\x86\x03\x12\x15a,\x1FW__\xFD[a,)\x85\x85a+\xDAV[\x92Pa\x01\0\x84\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a,EW__\xFD[\x84\x01`\x1F\x81\x01\x86\x13a,UW__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a,kW__\xFD[\x86` \x82\x84\x01\x01\x11\x15a,|W__\xFD[\x93\x96` \x91\x90\x91\x01\x95P\x92\x93PPPV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` `\x1F\x19`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16\x81R`\xE0` \x82\x01R_a,\xF5`\xE0\x83\x01\x89a,\x8DV[\x82\x81\x03`@\x84\x01Ra-\x07\x81\x89a,\x8DV[``\x84\x01\x88\x90R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a-\\W\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a->V[P\x90\x9B\x9APPPPPPPPPPPV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a)\x8FW__\xFD[_` \x82\x84\x03\x12\x15a-\x94W__\xFD[a\x07\xAB\x82a-mV[____`\x80\x85\x87\x03\x12\x15a-\xB0W__\xFD[\x845a-\xBB\x81a)mV[\x93P` \x85\x015a-\xCB\x81a)mV[\x92Pa-\xD9`@\x86\x01a)\x81V[\x93\x96\x92\x95P\x92\x93``\x015\x92PPV[_____`\xA0\x86\x88\x03\x12\x15a-\xFDW__\xFD[\x855a.\x08\x81a)mV[\x94Pa.\x16` \x87\x01a)\x81V[\x93P`@\x86\x015\x92Pa.+``\x87\x01a+\nV[\x91Pa+\xCE`\x80\x87\x01a-mV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x03\x81\x10a.vWa.va.9V[\x90RV[`@\x81\x01a.\x88\x82\x85a.fV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16` \x83\x01R\x93\x92PPPV[`\x04\x81\x10a.vWa.va.9V[_`\xC0\x82\x01\x90P`\x01`\x01`\xA0\x1B\x03\x83Q\x16\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01R`\x01`\x01`\xA0\x1B\x03`@\x84\x01Q\x16`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x84\x01Q\x16``\x83\x01Ra\xFF\xFF`\x80\x84\x01Q\x16`\x80\x83\x01R`\xA0\x83\x01Qa/\x1E`\xA0\x84\x01\x82a.\x9FV[P\x92\x91PPV[__`@\x83\x85\x03\x12\x15a/6W__\xFD[\x825a/A\x81a)mV[\x91Pa/O` \x84\x01a+kV[\x90P\x92P\x92\x90PV[\x82\x81R`@\x81\x01a\x07\xAB` \x83\x01\x84a.\x9FV[_` \x82\x84\x03\x12\x15a/|W__\xFD[\x81Qa\x07\xAB\x81a*TV[_` \x82\x84\x03\x12\x15a/\x97W__\xFD[PQ\x91\x90PV[`\x02\x81\x10a.vWa.va.9V[`\x80\x81\x01a/\xBC\x82\x87a/\x9EV[\x84` \x83\x01Ra/\xCF`@\x83\x01\x85a.fV[\x82``\x83\x01R\x95\x94PPPPPV[_` \x82\x84\x03\x12\x15a/\xEEW__\xFD[a\x07\xAB\x82a)\x81V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[_` \x82\x84\x03\x12\x15a04W__\xFD[a\x07\xAB\x82a+\nV[\x80Qa)\x8F\x81a)mV[\x80Q`\xFF\x81\x16\x81\x14a)\x8FW__\xFD[__`@\x83\x85\x03\x12\x15a0iW__\xFD[\x82Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a0\x7FW__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a0\x8FW__\xFD[\x80Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a0\xA9Wa0\xA9a/\xF7V[\x80`\x05\x1B`@Q`\x1F\x19`?\x83\x01\x16\x81\x01\x81\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17\x15a0\xD6Wa0\xD6a/\xF7V[`@R\x91\x82R` \x81\x84\x01\x81\x01\x92\x90\x81\x01\x88\x84\x11\x15a0\xF3W__\xFD[` \x85\x01\x94P[\x83\x85\x10\x15a1\x19Wa1\x0B\x85a0=V[\x81R` \x94\x85\x01\x94\x01a0\xFAV[P\x94Pa/O\x92PPP` \x84\x01a0HV[\x805a17\x81a*TV[\x15\x15\x82R` \x81\x015a1I\x81a)mV[`\x01`\x01`\xA0\x1B\x03\x16` \x83\x01Ra1c`@\x82\x01a)\x81V[a1p`@\x84\x01\x82a/\x9EV[P``\x81\x81\x015\x90\x83\x01Ra1\x87`\x80\x82\x01a+\nV[a1\x94`\x80\x84\x01\x82a.fV[Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa1\xAA`\xA0\x83\x01a-mV[\x16`\xA0\x83\x01R`\xC0\x90\x81\x015\x91\x01RV[`\xE0\x81\x01a\x07\x80\x82\x84a1,V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x03a2SWa2Sa1\xF6V[P`\x01\x01\x90V[_` \x82\x84\x03\x12\x15a2jW__\xFD[\x815a\x07\xAB\x81a*TV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x07\x80Wa\x07\x80a1\xF6V[\x81\x81\x03\x81\x81\x11\x15a\x07\x80Wa\x07\x80a1\xF6V[`\x01`\x01`\xA0\x1B\x03\x85\x81\x16\x82R\x84\x16` \x82\x01R`\x80\x81\x01a/\xCF`@\x83\x01\x85a/\x9EV[\x80\x82\x01\x80\x82\x11\x15a\x07\x80Wa\x07\x80a1\xF6V[` \x81\x01a\x07\x80\x82\x84a/\x9EV[`\x01`\x01`\xA0\x1B\x03\x83\x16\x81Ra\x01\0\x81\x01a\x07\xAB` \x83\x01\x84a1,V[\x87\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16` \x83\x01R\x86\x16`@\x82\x01R`\xE0\x81\x01a37``\x83\x01\x87a/\x9EV[\x84`\x80\x83\x01R\x83`\xA0\x83\x01R\x82`\xC0\x83\x01R\x98\x97PPPPPPPPV[\x89\x81R`\x01`\x01`\xA0\x1B\x03\x89\x81\x16` \x83\x01R\x88\x16`@\x82\x01Ra\x01 \x81\x01a3\x81``\x83\x01\x89a/\x9EV[\x86`\x80\x83\x01Ra3\x94`\xA0\x83\x01\x87a.fV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\xC0\x83\x01R\x83`\xE0\x83\x01R\x82a\x01\0\x83\x01R\x9A\x99PPPPPPPPPPV[``\x81\x01a3\xCD\x82\x86a/\x9EV[a3\xDA` \x83\x01\x85a.fV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`@\x83\x01R\x94\x93PPPPV[__\x85\x85\x11\x15a4\0W__\xFD[\x83\x86\x11\x15a4\x0CW__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x90`\x14\x84\x10\x15a/\x1EW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85`\x14\x03`\x03\x1B\x1B\x82\x16\x16\x91PP\x92\x91PPV\xFE\xA1dsolcC\0\x08\x1E\0\n",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b5060043610610269575f3560e01c80637da0a87711610157578063a217fddf116100d2578063d6d7459e11610088578063e5c301201161006e578063e5c3012014610693578063ec864b65146106b3578063f1242da7146106db575f5ffd5b8063d6d7459e14610650578063e52cb36a14610671575f5ffd5b8063c7bade68116100b8578063c7bade6814610617578063d3ebc1d41461062a578063d547741f1461063d575f5ffd5b8063a217fddf146105fd578063b2b61a4f14610604575f5ffd5b806384b0196e116101275780638b4c69761161010d5780638b4c69761461058d57806391d14854146105a05780639ac75d87146105d6575f5ffd5b806384b0196e1461054b5780638a73222714610566575f5ffd5b80637da0a877146104a35780637e695462146104da5780637ee82120146105255780637fa1166f14610538575f5ffd5b80633e7e73c5116101e75780635c50fb95116101b75780636e070be71161019d5780636e070be71461046b578063727001a71461047e5780637ca8469614610491575f5ffd5b80635c50fb951461043d5780636b98e92d14610450575f5ffd5b80633e7e73c5146103955780633ff1d07e146103a8578063503525ec146103ea578063572b6c05146103fd575f5ffd5b806323cdc3f11161023c5780632f2ff15d116102225780632f2ff15d1461034c578063358296b11461035f57806336568abe14610382575f5ffd5b806323cdc3f1146102f2578063248a9ca31461032a575f5ffd5b806301ffc9a71461026d578063073f5d9f14610295578063183f3579146102ca578063185e7cf8146102df575b5f5ffd5b61028061027b36600461292e565b6106ee565b60405190151581526020015b60405180910390f35b6102bc7f33639618b1406d61fff6756ae23cb6e3f9269bb7544e8c77f5cd5597056dcc9181565b60405190815260200161028c565b6102dd6102d8366004612994565b610786565b005b6102bc6102ed3660046129d0565b6107a0565b610280610300366004612a0f565b5f9182526008602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6102bc610338366004612a3d565b5f9081526020819052604090206001015490565b6102dd61035a366004612a0f565b6107b2565b6103696201518081565b60405167ffffffffffffffff909116815260200161028c565b6102dd610390366004612a0f565b6107dc565b6102dd6103a3366004612a61565b610838565b6103696103b6366004612a85565b6001600160a01b039182165f90815260046020908152604080832093909416825291909152205467ffffffffffffffff1690565b6102dd6103f8366004612ab1565b610c83565b61028061040b366004612aef565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b6102dd61044b366004612b18565b610dba565b610458600981565b60405161ffff909116815260200161028c565b610280610479366004612b7c565b610e19565b6102bc61048c366004612bf1565b610efa565b60075467ffffffffffffffff16610369565b6040516001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016815260200161028c565b6105006104e8366004612a3d565b5f908152600a60205260409081902054919082901c90565b6040805167ffffffffffffffff909316835263ffffffff90911660208301520161028c565b6102bc610533366004612bf1565b610f04565b6102dd610546366004612c0c565b610f0e565b610553610f5d565b60405161028c9796959493929190612cbb565b6102bc7f4030cdd52f1e401b6e27f627f86ace83b3aca397b282da030eceff2fd2564b4681565b6102dd61059b366004612c0c565b610fbb565b6102806105ae366004612a0f565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6102bc7fc716c3f4e25dfa54687a236c0f14c6f0d3dc90940443149d7fbcec4d7b77b49b81565b6102bc5f81565b6102dd610612366004612d84565b611022565b610369610625366004612d9d565b611039565b6102dd610638366004612de9565b611066565b6102dd61064b366004612a0f565b611082565b61066361065e366004612d9d565b6110a6565b60405161028c929190612e7a565b61028061067f366004612a3d565b5f9081526009602052604090205460ff1690565b6106a66106a1366004612a3d565b6110ed565b60405161028c9190612eaf565b6106c66106c13660046129d0565b611210565b6040805192835290151560208301520161028c565b6102bc6106e9366004612f25565b611613565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061078057507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b61079b610791611adf565b8484846001611aed565b505050565b5f6107ab8383611c05565b9392505050565b5f828152602081905260409020600101546107cc81611c37565b6107d68383611c4b565b50505050565b6107e4611adf565b6001600160a01b0316816001600160a01b03161461082e576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61079b8282611d11565b5f8381526005602052604081209060018201547e01000000000000000000000000000000000000000000000000000000000000900460ff16600381111561088157610881612e39565b036108c0576040517f42557e97000000000000000000000000000000000000000000000000000000008152600481018590526024015b60405180910390fd5b6001808201547e01000000000000000000000000000000000000000000000000000000000000900460ff1660038111156108fc576108fc612e39565b14610948578381600101601e9054906101000a900460ff166040517fa158ed340000000000000000000000000000000000000000000000000000000081526004016108b7929190612f58565b5f610951611adf565b82549091506001600160a01b039081169082168114801590610a1957506040517fd4ee97340000000000000000000000000000000000000000000000000000000081526001600160a01b03828116600483015283811660248301527f0000000000000000000000000000000000000000000000000000000000000000169063d4ee973490604401602060405180830381865afa1580156109f3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a179190612f6c565b155b15610a62576040517f87de1844000000000000000000000000000000000000000000000000000000008152600481018790526001600160a01b03831660248201526044016108b7565b8415610af0576001830180547fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167e020000000000000000000000000000000000000000000000000000000000001790556040516001600160a01b0383169087907fd7275fe3400a38a4dc408f4a9c9a1933a0fc767c80b663780606ef4dc9363435905f90a3505050505050565b6001830180547e030000000000000000000000000000000000000000000000000000000000007fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8216179091556001600160a01b038281165f8181526004602081815260408084209686168085529690915280832080547fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000169055517fa672ebdb000000000000000000000000000000000000000000000000000000008152908101859052602481019290925260448201889052917f0000000000000000000000000000000000000000000000000000000000000000169063a672ebdb906064016020604051808303815f875af1925050508015610c2b575060408051601f3d908101601f19168201909252610c2891810190612f87565b60015b15610c335790505b60408051878152602081018390526001600160a01b038616918a917f0498125753e9c9b659158fa61d693d0a38c25d19b3d05ad37898b5e6ce830af0910160405180910390a35050505050505050565b7fc716c3f4e25dfa54687a236c0f14c6f0d3dc90940443149d7fbcec4d7b77b49b610cad81611c37565b831580610cbe575063ffffffff8216155b15610cf5576040517f93d2421f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f848152600a602052604090205415610d3d576040517ff682fe57000000000000000000000000000000000000000000000000000000008152600481018590526024016108b7565b5f848152600a60205260409081902067ffffffffffffffff43166bffffffff000000000000000085841b161790555184907f84ca48607e1d3480983f683ea54719282f24f08232f931dba6de480ee907960b90610dac908690869091825263ffffffff16602082015260400190565b60405180910390a250505050565b610dc2611adf565b6001600160a01b0316856001600160a01b03167f4c287ed355c1c1ee12e8d6e77ea1a813fc45728633e1839763d66023557fdf5286868686604051610e0a9493929190612fae565b60405180910390a35050505050565b5f80826002811115610e2d57610e2d612e39565b03610e3957505f610ef1565b610e5f60035f610e4b89895f8a611dce565b81526020019081526020015f205483611e06565b15610e6c57506001610ef1565b610e8360035f610e4b8989600161ffff8a16611dce565b15610e9057506001610ef1565b6001826002811115610ea457610ea4612e39565b148015610eb5575061ffff83166009145b8015610eee57506001600160a01b038087165f9081526004602090815260408083209389168352929052205467ffffffffffffffff1642105b90505b95945050505050565b5f61078082611e42565b5f61078082611ed4565b610f2283610f1b85611e42565b8484611f6d565b61079b610f326020850185612aef565b610f426040860160208701612aef565b610f526060870160408801612fde565b86606001355f611aed565b5f6060805f5f5f6060610f6e6120e1565b610f7661210c565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b610fc883610f1b85611ed4565b61079b610fd86020850185612aef565b610fe86040860160208701612aef565b610ff86060870160408801612fde565b606087013561100d60a0890160808a01613024565b61101d60c08a0160a08b01612d84565b612137565b5f61102c81611c37565b61103582612342565b5050565b5f604860035f61104b88888888611dce565b81526020019081526020015f2054901c90505b949350505050565b61107b611071611adf565b8686868686612137565b5050505050565b5f8281526020819052604090206001015461109c81611c37565b6107d68383611d11565b5f5f5f60035f6110b889898989611dce565b81526020019081526020015f20549050604081901c60ff1660028111156110e1576110e1612e39565b97909650945050505050565b6111226040805160c0810182525f8082526020820181905291810182905260608101829052608081018290529060a082015290565b5f82815260056020908152604091829020825160c08101845281546001600160a01b03808216835267ffffffffffffffff74010000000000000000000000000000000000000000928390048116958401959095526001840154908116958301959095528404909216606083015261ffff7c01000000000000000000000000000000000000000000000000000000008404166080830152909160a083019060ff7e010000000000000000000000000000000000000000000000000000000000009091041660038111156111f6576111f6612e39565b600381111561120757611207612e39565b90525092915050565b5f5f5f61121b611adf565b6040517f0633b14a0000000000000000000000000000000000000000000000000000000081526001600160a01b0387811660048301529192505f9182917f000000000000000000000000000000000000000000000000000000000000000090911690630633b14a906024015f60405180830381865afa1580156112a0573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526112c79190810190613058565b915091506112d58284612415565b61131e576040517f826f1bd20000000000000000000000000000000000000000000000000000000081526001600160a01b038089166004830152841660248201526044016108b7565b6113288787611c05565b5f8181526009602052604090205490955060ff1615611376576040517f48eae514000000000000000000000000000000000000000000000000000000008152600481018690526024016108b7565b5f8581526008602090815260408083206001600160a01b038716845290915290205460ff16156113e4576040517fa72db787000000000000000000000000000000000000000000000000000000008152600481018690526001600160a01b03841660248201526044016108b7565b5f8581526008602090815260408083206001600160a01b03808816808652919093529281902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790555187918a16907f2df98315a44e009bb69887af76b03b2e4f690cd7153a35c54171b565c00e0d3990611466908b906131bb565b60405180910390a45f805b83518110156114dd5760085f8881526020019081526020015f205f85838151811061149e5761149e6131c9565b6020908102919091018101516001600160a01b031682528101919091526040015f205460ff16156114d5576114d282613223565b91505b600101611471565b508160ff168110156114f657505f935061160c92505050565b5f868152600960205260409081902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790555186906001600160a01b038a16907f90fcc14446531fd7c9b1ec6bd7f23faf09f2e921c80a367ab15921a6a7633d1c9061156b9085815260200190565b60405180910390a3611580602088018861325a565b156115ba576115b58861159960408a0160208b01612aef565b6115a960608b0160408c01612fde565b8a606001356001611aed565b611603565b611603886115ce60408a0160208b01612aef565b6115de60608b0160408c01612fde565b60608b01356115f360a08d0160808e01613024565b61101d60c08e0160a08f01612d84565b50600193505050505b9250929050565b5f5f61161d611adf565b6040517f5afa50360000000000000000000000000000000000000000000000000000000081526001600160a01b0380831660048301529192507f000000000000000000000000000000000000000000000000000000000000000090911690635afa503690602401602060405180830381865afa15801561169f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116c39190612f6c565b611704576040517f7765f12c0000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016108b7565b6040517f8f9c79ed0000000000000000000000000000000000000000000000000000000081526001600160a01b0385811660048301527f00000000000000000000000000000000000000000000000000000000000000001690638f9c79ed90602401602060405180830381865afa158015611781573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117a59190612f6c565b6117e6576040517f4d0566b00000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016108b7565b6007545f906117ff9067ffffffffffffffff1642613275565b905060065f815461180f90613223565b91905081905592506040518060c00160405280866001600160a01b031681526020014267ffffffffffffffff168152602001836001600160a01b031681526020018267ffffffffffffffff1681526020018561ffff1681526020016001600381111561187d5761187d612e39565b90525f84815260056020908152604091829020835181549285015167ffffffffffffffff908116740100000000000000000000000000000000000000009081027fffffffff000000000000000000000000000000000000000000000000000000009586166001600160a01b039485161717845594860151600184018054606089015160808a015161ffff167c0100000000000000000000000000000000000000000000000000000000027fffff0000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff9190951690980296169190931617939093179384168317815560a08501519193919290917fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9091167fff000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff909116177e010000000000000000000000000000000000000000000000000000000000008360038111156119e7576119e7612e39565b021790555050506001600160a01b038086165f9081526004602090815260408083209386168352929052205467ffffffffffffffff9081169082161115611a7f576001600160a01b038581165f90815260046020908152604080832093861683529290522080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff83161790555b6040805161ffff8616815267ffffffffffffffff831660208201526001600160a01b03808516929088169186917f870df5d2f5c47bbe28641794af1459521205c1d515b881a97c061b4b835c0748910160405180910390a4505092915050565b5f611ae861246e565b905090565b5f611afa86868686611dce565b5f81815260036020526040902054909150611b2060016901000000000000000000613295565b81165f03611b6257868686866040517fac3e0d240000000000000000000000000000000000000000000000000000000081526004016108b794939291906132a8565b82611b6d575f611b79565b69010000000000000000005b611b8e60016901000000000000000000613295565b198216611b9b91906132cd565b60035f8481526020019081526020015f208190555083866001600160a01b0316886001600160a01b03167fde2989c7d6be1de5d5c2e281d5d0944220a8e526851feb52c6d109efb40afca788604051611bf491906132e0565b60405180910390a450505050505050565b5f8282604051602001611c199291906132ee565b60405160208183030381529060405280519060200120905092915050565b611c4881611c43611adf565b6124d8565b50565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16611d0a575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055611cc2611adf565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610780565b505f610780565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615611d0a575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00169055611d86611adf565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a4506001610780565b5f84848484604051602001611de694939291906132a8565b604051602081830303815290604052805190602001209050949350505050565b5f8267ffffffffffffffff16421080156107ab5750816002811115611e2d57611e2d612e39565b60ff16604084901c60ff161015905092915050565b5f6107807f4030cdd52f1e401b6e27f627f86ace83b3aca397b282da030eceff2fd2564b46611e746020850185612aef565b611e846040860160208701612aef565b611e946060870160408801612fde565b86606001358760c001358860e00135604051602001611eb9979695949392919061330c565b60405160208183030381529060405280519060200120612543565b5f6107807f33639618b1406d61fff6756ae23cb6e3f9269bb7544e8c77f5cd5597056dcc91611f066020850185612aef565b611f166040860160208701612aef565b611f266060870160408801612fde565b6060870135611f3b60a0890160808a01613024565b611f4b60c08a0160a08b01612d84565b8960c001358a60e00135604051602001611eb999989796959493929190613355565b8360e00135421115611fb1576040517fcd21db4f00000000000000000000000000000000000000000000000000000000815260e085013560048201526024016108b7565b611fc9611fc16020860186612aef565b84848461258a565b61201857611fda6020850185612aef565b6040517fd855c4f40000000000000000000000000000000000000000000000000000000081526001600160a01b0390911660048201526024016108b7565b5f6120536120296020870187612aef565b6120396040880160208901612aef565b6120496060890160408a01612fde565b8860600135611dce565b5f81815260036020526040902054909150604881901c60c087013581146120b3576040517f06427aeb00000000000000000000000000000000000000000000000000000000815260c08801356004820152602481018290526044016108b7565b6120c76901000000000000000000836132cd565b5f9384526003602052604090932092909255505050505050565b6060611ae87f00000000000000000000000000000000000000000000000000000000000000006125f6565b6060611ae87f00000000000000000000000000000000000000000000000000000000000000006125f6565b6001600160a01b038516158061215e5750856001600160a01b0316856001600160a01b0316145b156121a0576040517f042ab5da0000000000000000000000000000000000000000000000000000000081526001600160a01b03861660048201526024016108b7565b5f8260028111156121b3576121b3612e39565b036121ea576040517fc0185c6400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60018460018111156121fe576121fe612e39565b14801561220c575061ffff83115b15612246576040517f2d4c7d33000000000000000000000000000000000000000000000000000000008152600481018490526024016108b7565b428167ffffffffffffffff1611612295576040517f8d499f7d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201526024016108b7565b5f6122a287878787611dce565b905060408360028111156122b8576122b8612e39565b60ff16901b67ffffffffffffffff83166122dd60016901000000000000000000613295565b5f84815260036020526040908190208054921990921692909217929092179091555184906001600160a01b0388811691908a16907ffeb032b546670120df8549719666efb5f5a4a5b0803d6693c0167e35d61697d090611bf4908a90899089906133bf565b67ffffffffffffffff8116158061236557506201518067ffffffffffffffff8216115b156123a8576040517f5c82593900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201526024016108b7565b600780547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff83169081179091556040519081527f9180643fba62a132eec4952aa355f41fb54aa355b64de490a12d2e9f615a80949060200160405180910390a150565b5f5f5b835181101561246557826001600160a01b031684828151811061243d5761243d6131c9565b60200260200101516001600160a01b03160361245d576001915050610780565b600101612418565b505f9392505050565b5f3660148082108015906124aa57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b156124d0576124bd36828403815f6133f2565b6124c691613419565b60601c9250505090565b339250505090565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16611035576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602481018390526044016108b7565b5f61078061254f612633565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f5f5f61259886868661275c565b5090925090505f8160038111156125b1576125b1612e39565b1480156125cf5750866001600160a01b0316826001600160a01b0316145b156125df5760019250505061105e565b6125eb878787876127a3565b979650505050505050565b60605f61260283612826565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561268b57507f000000000000000000000000000000000000000000000000000000000000000046145b156126b557507f000000000000000000000000000000000000000000000000000000000000000090565b611ae8604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80806041849003612790578435602086013560408701355f1a61278289828585612866565b95509550955050505061279a565b505f915060029050825b93509350939050565b604080517f1626ba7e00000000000000000000000000000000000000000000000000000000808252600482018690526024820192909252604481018390525f91908390818660648301375f82606483010152601f820160051c60051b915060205f60648401838b5afa9050825f5114601f3d111681169350505050949350505050565b5f60ff8216601f811115610780576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561289f57505f91506003905082612924565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156128f0573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661291b57505f925060019150829050612924565b92505f91508190505b9450945094915050565b5f6020828403121561293e575f5ffd5b81357fffffffff00000000000000000000000000000000000000000000000000000000811681146107ab575f5ffd5b6001600160a01b0381168114611c48575f5ffd5b80356002811061298f575f5ffd5b919050565b5f5f5f606084860312156129a6575f5ffd5b83356129b18161296d565b92506129bf60208501612981565b929592945050506040919091013590565b5f5f8284036101008112156129e3575f5ffd5b83356129ee8161296d565b925060e0601f1982011215612a01575f5ffd5b506020830190509250929050565b5f5f60408385031215612a20575f5ffd5b823591506020830135612a328161296d565b809150509250929050565b5f60208284031215612a4d575f5ffd5b5035919050565b8015158114611c48575f5ffd5b5f5f5f60608486031215612a73575f5ffd5b8335925060208401356129bf81612a54565b5f5f60408385031215612a96575f5ffd5b8235612aa18161296d565b91506020830135612a328161296d565b5f5f5f60608486031215612ac3575f5ffd5b8335925060208401359150604084013563ffffffff81168114612ae4575f5ffd5b809150509250925092565b5f60208284031215612aff575f5ffd5b81356107ab8161296d565b80356003811061298f575f5ffd5b5f5f5f5f5f60a08688031215612b2c575f5ffd5b8535612b378161296d565b9450612b4560208701612981565b935060408601359250612b5a60608701612b0a565b949793965091946080013592915050565b803561ffff8116811461298f575f5ffd5b5f5f5f5f5f60a08688031215612b90575f5ffd5b8535612b9b8161296d565b94506020860135612bab8161296d565b935060408601359250612bc060608701612b6b565b9150612bce60808701612b0a565b90509295509295909350565b5f6101008284031215612beb575f5ffd5b50919050565b5f6101008284031215612c02575f5ffd5b6107ab8383612bda565b5f5f5f6101208486031215612c1f575f5ffd5b612c298585612bda565b925061010084013567ffffffffffffffff811115612c45575f5ffd5b8401601f81018613612c55575f5ffd5b803567ffffffffffffffff811115612c6b575f5ffd5b866020828401011115612c7c575f5ffd5b939660209190910195509293505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f612cf560e0830189612c8d565b8281036040840152612d078189612c8d565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612d5c578351835260209384019390920191600101612d3e565b50909b9a5050505050505050505050565b803567ffffffffffffffff8116811461298f575f5ffd5b5f60208284031215612d94575f5ffd5b6107ab82612d6d565b5f5f5f5f60808587031215612db0575f5ffd5b8435612dbb8161296d565b93506020850135612dcb8161296d565b9250612dd960408601612981565b9396929550929360600135925050565b5f5f5f5f5f60a08688031215612dfd575f5ffd5b8535612e088161296d565b9450612e1660208701612981565b935060408601359250612e2b60608701612b0a565b9150612bce60808701612d6d565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60038110612e7657612e76612e39565b9052565b60408101612e888285612e66565b67ffffffffffffffff831660208301529392505050565b60048110612e7657612e76612e39565b5f60c0820190506001600160a01b03835116825267ffffffffffffffff60208401511660208301526001600160a01b03604084015116604083015267ffffffffffffffff606084015116606083015261ffff608084015116608083015260a0830151612f1e60a0840182612e9f565b5092915050565b5f5f60408385031215612f36575f5ffd5b8235612f418161296d565b9150612f4f60208401612b6b565b90509250929050565b828152604081016107ab6020830184612e9f565b5f60208284031215612f7c575f5ffd5b81516107ab81612a54565b5f60208284031215612f97575f5ffd5b5051919050565b60028110612e7657612e76612e39565b60808101612fbc8287612f9e565b846020830152612fcf6040830185612e66565b82606083015295945050505050565b5f60208284031215612fee575f5ffd5b6107ab82612981565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f60208284031215613034575f5ffd5b6107ab82612b0a565b805161298f8161296d565b805160ff8116811461298f575f5ffd5b5f5f60408385031215613069575f5ffd5b825167ffffffffffffffff81111561307f575f5ffd5b8301601f8101851361308f575f5ffd5b805167ffffffffffffffff8111156130a9576130a9612ff7565b8060051b604051601f19603f830116810181811067ffffffffffffffff821117156130d6576130d6612ff7565b6040529182526020818401810192908101888411156130f3575f5ffd5b6020850194505b838510156131195761310b8561303d565b8152602094850194016130fa565b509450612f4f9250505060208401613048565b803561313781612a54565b1515825260208101356131498161296d565b6001600160a01b0316602083015261316360408201612981565b6131706040840182612f9e565b506060818101359083015261318760808201612b0a565b6131946080840182612e66565b5067ffffffffffffffff6131aa60a08301612d6d565b1660a083015260c090810135910152565b60e08101610780828461312c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203613253576132536131f6565b5060010190565b5f6020828403121561326a575f5ffd5b81356107ab81612a54565b67ffffffffffffffff8181168382160190811115610780576107806131f6565b81810381811115610780576107806131f6565b6001600160a01b0385811682528416602082015260808101612fcf6040830185612f9e565b80820180821115610780576107806131f6565b602081016107808284612f9e565b6001600160a01b038316815261010081016107ab602083018461312c565b8781526001600160a01b0387811660208301528616604082015260e081016133376060830187612f9e565b8460808301528360a08301528260c083015298975050505050505050565b8981526001600160a01b0389811660208301528816604082015261012081016133816060830189612f9e565b86608083015261339460a0830187612e66565b67ffffffffffffffff851660c08301528360e0830152826101008301529a9950505050505050505050565b606081016133cd8286612f9e565b6133da6020830185612e66565b67ffffffffffffffff83166040830152949350505050565b5f5f85851115613400575f5ffd5b8386111561340c575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015612f1e577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b8216169150509291505056fea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x02iW_5`\xE0\x1C\x80c}\xA0\xA8w\x11a\x01WW\x80c\xA2\x17\xFD\xDF\x11a\0\xD2W\x80c\xD6\xD7E\x9E\x11a\0\x88W\x80c\xE5\xC3\x01 \x11a\0nW\x80c\xE5\xC3\x01 \x14a\x06\x93W\x80c\xEC\x86Ke\x14a\x06\xB3W\x80c\xF1$-\xA7\x14a\x06\xDBW__\xFD[\x80c\xD6\xD7E\x9E\x14a\x06PW\x80c\xE5,\xB3j\x14a\x06qW__\xFD[\x80c\xC7\xBA\xDEh\x11a\0\xB8W\x80c\xC7\xBA\xDEh\x14a\x06\x17W\x80c\xD3\xEB\xC1\xD4\x14a\x06*W\x80c\xD5Gt\x1F\x14a\x06=W__\xFD[\x80c\xA2\x17\xFD\xDF\x14a\x05\xFDW\x80c\xB2\xB6\x1AO\x14a\x06\x04W__\xFD[\x80c\x84\xB0\x19n\x11a\x01'W\x80c\x8BLiv\x11a\x01\rW\x80c\x8BLiv\x14a\x05\x8DW\x80c\x91\xD1HT\x14a\x05\xA0W\x80c\x9A\xC7]\x87\x14a\x05\xD6W__\xFD[\x80c\x84\xB0\x19n\x14a\x05KW\x80c\x8As\"'\x14a\x05fW__\xFD[\x80c}\xA0\xA8w\x14a\x04\xA3W\x80c~iTb\x14a\x04\xDAW\x80c~\xE8! \x14a\x05%W\x80c\x7F\xA1\x16o\x14a\x058W__\xFD[\x80c>~s\xC5\x11a\x01\xE7W\x80c\\P\xFB\x95\x11a\x01\xB7W\x80cn\x07\x0B\xE7\x11a\x01\x9DW\x80cn\x07\x0B\xE7\x14a\x04kW\x80crp\x01\xA7\x14a\x04~W\x80c|\xA8F\x96\x14a\x04\x91W__\xFD[\x80c\\P\xFB\x95\x14a\x04=W\x80ck\x98\xE9-\x14a\x04PW__\xFD[\x80c>~s\xC5\x14a\x03\x95W\x80c?\xF1\xD0~\x14a\x03\xA8W\x80cP5%\xEC\x14a\x03\xEAW\x80cW+l\x05\x14a\x03\xFDW__\xFD[\x80c#\xCD\xC3\xF1\x11a\x02<W\x80c//\xF1]\x11a\x02\"W\x80c//\xF1]\x14a\x03LW\x80c5\x82\x96\xB1\x14a\x03_W\x80c6V\x8A\xBE\x14a\x03\x82W__\xFD[\x80c#\xCD\xC3\xF1\x14a\x02\xF2W\x80c$\x8A\x9C\xA3\x14a\x03*W__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x02mW\x80c\x07?]\x9F\x14a\x02\x95W\x80c\x18?5y\x14a\x02\xCAW\x80c\x18^|\xF8\x14a\x02\xDFW[__\xFD[a\x02\x80a\x02{6`\x04a).V[a\x06\xEEV[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x02\xBC\x7F3c\x96\x18\xB1@ma\xFF\xF6uj\xE2<\xB6\xE3\xF9&\x9B\xB7TN\x8Cw\xF5\xCDU\x97\x05m\xCC\x91\x81V[`@Q\x90\x81R` \x01a\x02\x8CV[a\x02\xDDa\x02\xD86`\x04a)\x94V[a\x07\x86V[\0[a\x02\xBCa\x02\xED6`\x04a)\xD0V[a\x07\xA0V[a\x02\x80a\x03\x006`\x04a*\x0FV[_\x91\x82R`\x08` \x90\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x02\xBCa\x0386`\x04a*=V[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[a\x02\xDDa\x03Z6`\x04a*\x0FV[a\x07\xB2V[a\x03ib\x01Q\x80\x81V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\x8CV[a\x02\xDDa\x03\x906`\x04a*\x0FV[a\x07\xDCV[a\x02\xDDa\x03\xA36`\x04a*aV[a\x088V[a\x03ia\x03\xB66`\x04a*\x85V[`\x01`\x01`\xA0\x1B\x03\x91\x82\x16_\x90\x81R`\x04` \x90\x81R`@\x80\x83 \x93\x90\x94\x16\x82R\x91\x90\x91R Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a\x02\xDDa\x03\xF86`\x04a*\xB1V[a\x0C\x83V[a\x02\x80a\x04\x0B6`\x04a*\xEFV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x91\x16\x14\x90V[a\x02\xDDa\x04K6`\x04a+\x18V[a\r\xBAV[a\x04X`\t\x81V[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\x8CV[a\x02\x80a\x04y6`\x04a+|V[a\x0E\x19V[a\x02\xBCa\x04\x8C6`\x04a+\xF1V[a\x0E\xFAV[`\x07Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x03iV[`@Q`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R` \x01a\x02\x8CV[a\x05\0a\x04\xE86`\x04a*=V[_\x90\x81R`\n` R`@\x90\x81\x90 T\x91\x90\x82\x90\x1C\x90V[`@\x80Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x93\x16\x83Rc\xFF\xFF\xFF\xFF\x90\x91\x16` \x83\x01R\x01a\x02\x8CV[a\x02\xBCa\x0536`\x04a+\xF1V[a\x0F\x04V[a\x02\xDDa\x05F6`\x04a,\x0CV[a\x0F\x0EV[a\x05Sa\x0F]V[`@Qa\x02\x8C\x97\x96\x95\x94\x93\x92\x91\x90a,\xBBV[a\x02\xBC\x7F@0\xCD\xD5/\x1E@\x1Bn'\xF6'\xF8j\xCE\x83\xB3\xAC\xA3\x97\xB2\x82\xDA\x03\x0E\xCE\xFF/\xD2VKF\x81V[a\x02\xDDa\x05\x9B6`\x04a,\x0CV[a\x0F\xBBV[a\x02\x80a\x05\xAE6`\x04a*\x0FV[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x02\xBC\x7F\xC7\x16\xC3\xF4\xE2]\xFAThz#l\x0F\x14\xC6\xF0\xD3\xDC\x90\x94\x04C\x14\x9D\x7F\xBC\xECM{w\xB4\x9B\x81V[a\x02\xBC_\x81V[a\x02\xDDa\x06\x126`\x04a-\x84V[a\x10\"V[a\x03ia\x06%6`\x04a-\x9DV[a\x109V[a\x02\xDDa\x0686`\x04a-\xE9V[a\x10fV[a\x02\xDDa\x06K6`\x04a*\x0FV[a\x10\x82V[a\x06ca\x06^6`\x04a-\x9DV[a\x10\xA6V[`@Qa\x02\x8C\x92\x91\x90a.zV[a\x02\x80a\x06\x7F6`\x04a*=V[_\x90\x81R`\t` R`@\x90 T`\xFF\x16\x90V[a\x06\xA6a\x06\xA16`\x04a*=V[a\x10\xEDV[`@Qa\x02\x8C\x91\x90a.\xAFV[a\x06\xC6a\x06\xC16`\x04a)\xD0V[a\x12\x10V[`@\x80Q\x92\x83R\x90\x15\x15` \x83\x01R\x01a\x02\x8CV[a\x02\xBCa\x06\xE96`\x04a/%V[a\x16\x13V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\x07\x80WP\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x14[\x92\x91PPV[a\x07\x9Ba\x07\x91a\x1A\xDFV[\x84\x84\x84`\x01a\x1A\xEDV[PPPV[_a\x07\xAB\x83\x83a\x1C\x05V[\x93\x92PPPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x07\xCC\x81a\x1C7V[a\x07\xD6\x83\x83a\x1CKV[PPPPV[a\x07\xE4a\x1A\xDFV[`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14a\x08.W`@Q\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x07\x9B\x82\x82a\x1D\x11V[_\x83\x81R`\x05` R`@\x81 \x90`\x01\x82\x01T~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x08\x81Wa\x08\x81a.9V[\x03a\x08\xC0W`@Q\x7FBU~\x97\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x01\x80\x82\x01T~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x08\xFCWa\x08\xFCa.9V[\x14a\tHW\x83\x81`\x01\x01`\x1E\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`@Q\x7F\xA1X\xED4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x08\xB7\x92\x91\x90a/XV[_a\tQa\x1A\xDFV[\x82T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x90\x82\x16\x81\x14\x80\x15\x90a\n\x19WP`@Q\x7F\xD4\xEE\x974\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x81\x16`\x04\x83\x01R\x83\x81\x16`$\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xD4\xEE\x974\x90`D\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\t\xF3W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\n\x17\x91\x90a/lV[\x15[\x15a\nbW`@Q\x7F\x87\xDE\x18D\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90R`\x01`\x01`\xA0\x1B\x03\x83\x16`$\x82\x01R`D\x01a\x08\xB7V[\x84\x15a\n\xF0W`\x01\x83\x01\x80T\x7F\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16~\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x87\x90\x7F\xD7'_\xE3@\n8\xA4\xDC@\x8FJ\x9C\x9A\x193\xA0\xFCv|\x80\xB6cx\x06\x06\xEFM\xC9645\x90_\x90\xA3PPPPPPV[`\x01\x83\x01\x80T~\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x17\x90\x91U`\x01`\x01`\xA0\x1B\x03\x82\x81\x16_\x81\x81R`\x04` \x81\x81R`@\x80\x84 \x96\x86\x16\x80\x85R\x96\x90\x91R\x80\x83 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x90UQ\x7F\xA6r\xEB\xDB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x90\x81\x01\x85\x90R`$\x81\x01\x92\x90\x92R`D\x82\x01\x88\x90R\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xA6r\xEB\xDB\x90`d\x01` `@Q\x80\x83\x03\x81_\x87Z\xF1\x92PPP\x80\x15a\x0C+WP`@\x80Q`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01\x90\x92Ra\x0C(\x91\x81\x01\x90a/\x87V[`\x01[\x15a\x0C3W\x90P[`@\x80Q\x87\x81R` \x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x86\x16\x91\x8A\x91\x7F\x04\x98\x12WS\xE9\xC9\xB6Y\x15\x8F\xA6\x1Di=\n8\xC2]\x19\xB3\xD0Z\xD3x\x98\xB5\xE6\xCE\x83\n\xF0\x91\x01`@Q\x80\x91\x03\x90\xA3PPPPPPPPV[\x7F\xC7\x16\xC3\xF4\xE2]\xFAThz#l\x0F\x14\xC6\xF0\xD3\xDC\x90\x94\x04C\x14\x9D\x7F\xBC\xECM{w\xB4\x9Ba\x0C\xAD\x81a\x1C7V[\x83\x15\x80a\x0C\xBEWPc\xFF\xFF\xFF\xFF\x82\x16\x15[\x15a\x0C\xF5W`@Q\x7F\x93\xD2B\x1F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x84\x81R`\n` R`@\x90 T\x15a\r=W`@Q\x7F\xF6\x82\xFEW\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x01a\x08\xB7V[_\x84\x81R`\n` R`@\x90\x81\x90 g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFC\x16k\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x85\x84\x1B\x16\x17\x90UQ\x84\x90\x7F\x84\xCAH`~\x1D4\x80\x98?h>\xA5G\x19(/$\xF0\x822\xF91\xDB\xA6\xDEH\x0E\xE9\x07\x96\x0B\x90a\r\xAC\x90\x86\x90\x86\x90\x91\x82Rc\xFF\xFF\xFF\xFF\x16` \x82\x01R`@\x01\x90V[`@Q\x80\x91\x03\x90\xA2PPPPV[a\r\xC2a\x1A\xDFV[`\x01`\x01`\xA0\x1B\x03\x16\x85`\x01`\x01`\xA0\x1B\x03\x16\x7FL(~\xD3U\xC1\xC1\xEE\x12\xE8\xD6\xE7~\xA1\xA8\x13\xFCEr\x863\xE1\x83\x97c\xD6`#U\x7F\xDFR\x86\x86\x86\x86`@Qa\x0E\n\x94\x93\x92\x91\x90a/\xAEV[`@Q\x80\x91\x03\x90\xA3PPPPPV[_\x80\x82`\x02\x81\x11\x15a\x0E-Wa\x0E-a.9V[\x03a\x0E9WP_a\x0E\xF1V[a\x0E_`\x03_a\x0EK\x89\x89_\x8Aa\x1D\xCEV[\x81R` \x01\x90\x81R` \x01_ T\x83a\x1E\x06V[\x15a\x0ElWP`\x01a\x0E\xF1V[a\x0E\x83`\x03_a\x0EK\x89\x89`\x01a\xFF\xFF\x8A\x16a\x1D\xCEV[\x15a\x0E\x90WP`\x01a\x0E\xF1V[`\x01\x82`\x02\x81\x11\x15a\x0E\xA4Wa\x0E\xA4a.9V[\x14\x80\x15a\x0E\xB5WPa\xFF\xFF\x83\x16`\t\x14[\x80\x15a\x0E\xEEWP`\x01`\x01`\xA0\x1B\x03\x80\x87\x16_\x90\x81R`\x04` \x90\x81R`@\x80\x83 \x93\x89\x16\x83R\x92\x90R Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10[\x90P[\x95\x94PPPPPV[_a\x07\x80\x82a\x1EBV[_a\x07\x80\x82a\x1E\xD4V[a\x0F\"\x83a\x0F\x1B\x85a\x1EBV[\x84\x84a\x1FmV[a\x07\x9Ba\x0F2` \x85\x01\x85a*\xEFV[a\x0FB`@\x86\x01` \x87\x01a*\xEFV[a\x0FR``\x87\x01`@\x88\x01a/\xDEV[\x86``\x015_a\x1A\xEDV[_``\x80___``a\x0Fna \xE1V[a\x0Fva!\x0CV[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[a\x0F\xC8\x83a\x0F\x1B\x85a\x1E\xD4V[a\x07\x9Ba\x0F\xD8` \x85\x01\x85a*\xEFV[a\x0F\xE8`@\x86\x01` \x87\x01a*\xEFV[a\x0F\xF8``\x87\x01`@\x88\x01a/\xDEV[``\x87\x015a\x10\r`\xA0\x89\x01`\x80\x8A\x01a0$V[a\x10\x1D`\xC0\x8A\x01`\xA0\x8B\x01a-\x84V[a!7V[_a\x10,\x81a\x1C7V[a\x105\x82a#BV[PPV[_`H`\x03_a\x10K\x88\x88\x88\x88a\x1D\xCEV[\x81R` \x01\x90\x81R` \x01_ T\x90\x1C\x90P[\x94\x93PPPPV[a\x10{a\x10qa\x1A\xDFV[\x86\x86\x86\x86\x86a!7V[PPPPPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x10\x9C\x81a\x1C7V[a\x07\xD6\x83\x83a\x1D\x11V[___`\x03_a\x10\xB8\x89\x89\x89\x89a\x1D\xCEV[\x81R` \x01\x90\x81R` \x01_ T\x90P`@\x81\x90\x1C`\xFF\x16`\x02\x81\x11\x15a\x10\xE1Wa\x10\xE1a.9V[\x97\x90\x96P\x94PPPPPV[a\x11\"`@\x80Q`\xC0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R\x90`\xA0\x82\x01R\x90V[_\x82\x81R`\x05` \x90\x81R`@\x91\x82\x90 \x82Q`\xC0\x81\x01\x84R\x81T`\x01`\x01`\xA0\x1B\x03\x80\x82\x16\x83Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x92\x83\x90\x04\x81\x16\x95\x84\x01\x95\x90\x95R`\x01\x84\x01T\x90\x81\x16\x95\x83\x01\x95\x90\x95R\x84\x04\x90\x92\x16``\x83\x01Ra\xFF\xFF|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x04\x16`\x80\x83\x01R\x90\x91`\xA0\x83\x01\x90`\xFF~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16`\x03\x81\x11\x15a\x11\xF6Wa\x11\xF6a.9V[`\x03\x81\x11\x15a\x12\x07Wa\x12\x07a.9V[\x90RP\x92\x91PPV[___a\x12\x1Ba\x1A\xDFV[`@Q\x7F\x063\xB1J\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16`\x04\x83\x01R\x91\x92P_\x91\x82\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\x063\xB1J\x90`$\x01_`@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x12\xA0W=__>=_\xFD[PPPP`@Q=_\x82>`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01`@Ra\x12\xC7\x91\x90\x81\x01\x90a0XV[\x91P\x91Pa\x12\xD5\x82\x84a$\x15V[a\x13\x1EW`@Q\x7F\x82o\x1B\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x80\x89\x16`\x04\x83\x01R\x84\x16`$\x82\x01R`D\x01a\x08\xB7V[a\x13(\x87\x87a\x1C\x05V[_\x81\x81R`\t` R`@\x90 T\x90\x95P`\xFF\x16\x15a\x13vW`@Q\x7FH\xEA\xE5\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x01a\x08\xB7V[_\x85\x81R`\x08` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x84R\x90\x91R\x90 T`\xFF\x16\x15a\x13\xE4W`@Q\x7F\xA7-\xB7\x87\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`\x01`\x01`\xA0\x1B\x03\x84\x16`$\x82\x01R`D\x01a\x08\xB7V[_\x85\x81R`\x08` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x80\x88\x16\x80\x86R\x91\x90\x93R\x92\x81\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90UQ\x87\x91\x8A\x16\x90\x7F-\xF9\x83\x15\xA4N\0\x9B\xB6\x98\x87\xAFv\xB0;.Oi\x0C\xD7\x15:5\xC5Aq\xB5e\xC0\x0E\r9\x90a\x14f\x90\x8B\x90a1\xBBV[`@Q\x80\x91\x03\x90\xA4_\x80[\x83Q\x81\x10\x15a\x14\xDDW`\x08_\x88\x81R` \x01\x90\x81R` \x01_ _\x85\x83\x81Q\x81\x10a\x14\x9EWa\x14\x9Ea1\xC9V[` \x90\x81\x02\x91\x90\x91\x01\x81\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x82R\x81\x01\x91\x90\x91R`@\x01_ T`\xFF\x16\x15a\x14\xD5Wa\x14\xD2\x82a2#V[\x91P[`\x01\x01a\x14qV[P\x81`\xFF\x16\x81\x10\x15a\x14\xF6WP_\x93Pa\x16\x0C\x92PPPV[_\x86\x81R`\t` R`@\x90\x81\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90UQ\x86\x90`\x01`\x01`\xA0\x1B\x03\x8A\x16\x90\x7F\x90\xFC\xC1DFS\x1F\xD7\xC9\xB1\xECk\xD7\xF2?\xAF\t\xF2\xE9!\xC8\n6z\xB1Y!\xA6\xA7c=\x1C\x90a\x15k\x90\x85\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3a\x15\x80` \x88\x01\x88a2ZV[\x15a\x15\xBAWa\x15\xB5\x88a\x15\x99`@\x8A\x01` \x8B\x01a*\xEFV[a\x15\xA9``\x8B\x01`@\x8C\x01a/\xDEV[\x8A``\x015`\x01a\x1A\xEDV[a\x16\x03V[a\x16\x03\x88a\x15\xCE`@\x8A\x01` \x8B\x01a*\xEFV[a\x15\xDE``\x8B\x01`@\x8C\x01a/\xDEV[``\x8B\x015a\x15\xF3`\xA0\x8D\x01`\x80\x8E\x01a0$V[a\x10\x1D`\xC0\x8E\x01`\xA0\x8F\x01a-\x84V[P`\x01\x93PPPP[\x92P\x92\x90PV[__a\x16\x1Da\x1A\xDFV[`@Q\x7FZ\xFAP6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x80\x83\x16`\x04\x83\x01R\x91\x92P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90cZ\xFAP6\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x16\x9FW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x16\xC3\x91\x90a/lV[a\x17\x04W`@Q\x7Fwe\xF1,\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x08\xB7V[`@Q\x7F\x8F\x9Cy\xED\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\x8F\x9Cy\xED\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x17\x81W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x17\xA5\x91\x90a/lV[a\x17\xE6W`@Q\x7FM\x05f\xB0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\xB7V[`\x07T_\x90a\x17\xFF\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16Ba2uV[\x90P`\x06_\x81Ta\x18\x0F\x90a2#V[\x91\x90P\x81\x90U\x92P`@Q\x80`\xC0\x01`@R\x80\x86`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x85a\xFF\xFF\x16\x81R` \x01`\x01`\x03\x81\x11\x15a\x18}Wa\x18}a.9V[\x90R_\x84\x81R`\x05` \x90\x81R`@\x91\x82\x90 \x83Q\x81T\x92\x85\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x81\x02\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x95\x86\x16`\x01`\x01`\xA0\x1B\x03\x94\x85\x16\x17\x17\x84U\x94\x86\x01Q`\x01\x84\x01\x80T``\x89\x01Q`\x80\x8A\x01Qa\xFF\xFF\x16|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x95\x16\x90\x98\x02\x96\x16\x91\x90\x93\x16\x17\x93\x90\x93\x17\x93\x84\x16\x83\x17\x81U`\xA0\x85\x01Q\x91\x93\x91\x92\x90\x91\x7F\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x7F\xFF\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83`\x03\x81\x11\x15a\x19\xE7Wa\x19\xE7a.9V[\x02\x17\x90UPPP`\x01`\x01`\xA0\x1B\x03\x80\x86\x16_\x90\x81R`\x04` \x90\x81R`@\x80\x83 \x93\x86\x16\x83R\x92\x90R Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x82\x16\x11\x15a\x1A\x7FW`\x01`\x01`\xA0\x1B\x03\x85\x81\x16_\x90\x81R`\x04` \x90\x81R`@\x80\x83 \x93\x86\x16\x83R\x92\x90R \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x17\x90U[`@\x80Qa\xFF\xFF\x86\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16` \x82\x01R`\x01`\x01`\xA0\x1B\x03\x80\x85\x16\x92\x90\x88\x16\x91\x86\x91\x7F\x87\r\xF5\xD2\xF5\xC4{\xBE(d\x17\x94\xAF\x14YR\x12\x05\xC1\xD5\x15\xB8\x81\xA9|\x06\x1BK\x83\\\x07H\x91\x01`@Q\x80\x91\x03\x90\xA4PP\x92\x91PPV[_a\x1A\xE8a$nV[\x90P\x90V[_a\x1A\xFA\x86\x86\x86\x86a\x1D\xCEV[_\x81\x81R`\x03` R`@\x90 T\x90\x91Pa\x1B `\x01i\x01\0\0\0\0\0\0\0\0\0a2\x95V[\x81\x16_\x03a\x1BbW\x86\x86\x86\x86`@Q\x7F\xAC>\r$\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x08\xB7\x94\x93\x92\x91\x90a2\xA8V[\x82a\x1BmW_a\x1ByV[i\x01\0\0\0\0\0\0\0\0\0[a\x1B\x8E`\x01i\x01\0\0\0\0\0\0\0\0\0a2\x95V[\x19\x82\x16a\x1B\x9B\x91\x90a2\xCDV[`\x03_\x84\x81R` \x01\x90\x81R` \x01_ \x81\x90UP\x83\x86`\x01`\x01`\xA0\x1B\x03\x16\x88`\x01`\x01`\xA0\x1B\x03\x16\x7F\xDE)\x89\xC7\xD6\xBE\x1D\xE5\xD5\xC2\xE2\x81\xD5\xD0\x94B \xA8\xE5&\x85\x1F\xEBR\xC6\xD1\t\xEF\xB4\n\xFC\xA7\x88`@Qa\x1B\xF4\x91\x90a2\xE0V[`@Q\x80\x91\x03\x90\xA4PPPPPPPV[_\x82\x82`@Q` \x01a\x1C\x19\x92\x91\x90a2\xEEV[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x92\x91PPV[a\x1CH\x81a\x1CCa\x1A\xDFV[a$\xD8V[PV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x1D\nW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90Ua\x1C\xC2a\x1A\xDFV[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x07\x80V[P_a\x07\x80V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16\x15a\x1D\nW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16\x90Ua\x1D\x86a\x1A\xDFV[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x07\x80V[_\x84\x84\x84\x84`@Q` \x01a\x1D\xE6\x94\x93\x92\x91\x90a2\xA8V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x94\x93PPPPV[_\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x80\x15a\x07\xABWP\x81`\x02\x81\x11\x15a\x1E-Wa\x1E-a.9V[`\xFF\x16`@\x84\x90\x1C`\xFF\x16\x10\x15\x90P\x92\x91PPV[_a\x07\x80\x7F@0\xCD\xD5/\x1E@\x1Bn'\xF6'\xF8j\xCE\x83\xB3\xAC\xA3\x97\xB2\x82\xDA\x03\x0E\xCE\xFF/\xD2VKFa\x1Et` \x85\x01\x85a*\xEFV[a\x1E\x84`@\x86\x01` \x87\x01a*\xEFV[a\x1E\x94``\x87\x01`@\x88\x01a/\xDEV[\x86``\x015\x87`\xC0\x015\x88`\xE0\x015`@Q` \x01a\x1E\xB9\x97\x96\x95\x94\x93\x92\x91\x90a3\x0CV[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 a%CV[_a\x07\x80\x7F3c\x96\x18\xB1@ma\xFF\xF6uj\xE2<\xB6\xE3\xF9&\x9B\xB7TN\x8Cw\xF5\xCDU\x97\x05m\xCC\x91a\x1F\x06` \x85\x01\x85a*\xEFV[a\x1F\x16`@\x86\x01` \x87\x01a*\xEFV[a\x1F&``\x87\x01`@\x88\x01a/\xDEV[``\x87\x015a\x1F;`\xA0\x89\x01`\x80\x8A\x01a0$V[a\x1FK`\xC0\x8A\x01`\xA0\x8B\x01a-\x84V[\x89`\xC0\x015\x8A`\xE0\x015`@Q` \x01a\x1E\xB9\x99\x98\x97\x96\x95\x94\x93\x92\x91\x90a3UV[\x83`\xE0\x015B\x11\x15a\x1F\xB1W`@Q\x7F\xCD!\xDBO\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xE0\x85\x015`\x04\x82\x01R`$\x01a\x08\xB7V[a\x1F\xC9a\x1F\xC1` \x86\x01\x86a*\xEFV[\x84\x84\x84a%\x8AV[a \x18Wa\x1F\xDA` \x85\x01\x85a*\xEFV[`@Q\x7F\xD8U\xC4\xF4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x08\xB7V[_a Sa )` \x87\x01\x87a*\xEFV[a 9`@\x88\x01` \x89\x01a*\xEFV[a I``\x89\x01`@\x8A\x01a/\xDEV[\x88``\x015a\x1D\xCEV[_\x81\x81R`\x03` R`@\x90 T\x90\x91P`H\x81\x90\x1C`\xC0\x87\x015\x81\x14a \xB3W`@Q\x7F\x06Bz\xEB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xC0\x88\x015`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x08\xB7V[a \xC7i\x01\0\0\0\0\0\0\0\0\0\x83a2\xCDV[_\x93\x84R`\x03` R`@\x90\x93 \x92\x90\x92UPPPPPPV[``a\x1A\xE8\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a%\xF6V[``a\x1A\xE8\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a%\xF6V[`\x01`\x01`\xA0\x1B\x03\x85\x16\x15\x80a!^WP\x85`\x01`\x01`\xA0\x1B\x03\x16\x85`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a!\xA0W`@Q\x7F\x04*\xB5\xDA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04\x82\x01R`$\x01a\x08\xB7V[_\x82`\x02\x81\x11\x15a!\xB3Wa!\xB3a.9V[\x03a!\xEAW`@Q\x7F\xC0\x18\\d\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01\x84`\x01\x81\x11\x15a!\xFEWa!\xFEa.9V[\x14\x80\x15a\"\x0CWPa\xFF\xFF\x83\x11[\x15a\"FW`@Q\x7F-L}3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x08\xB7V[B\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a\"\x95W`@Q\x7F\x8DI\x9F}\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x08\xB7V[_a\"\xA2\x87\x87\x87\x87a\x1D\xCEV[\x90P`@\x83`\x02\x81\x11\x15a\"\xB8Wa\"\xB8a.9V[`\xFF\x16\x90\x1Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16a\"\xDD`\x01i\x01\0\0\0\0\0\0\0\0\0a2\x95V[_\x84\x81R`\x03` R`@\x90\x81\x90 \x80T\x92\x19\x90\x92\x16\x92\x90\x92\x17\x92\x90\x92\x17\x90\x91UQ\x84\x90`\x01`\x01`\xA0\x1B\x03\x88\x81\x16\x91\x90\x8A\x16\x90\x7F\xFE\xB02\xB5Fg\x01 \xDF\x85Iq\x96f\xEF\xB5\xF5\xA4\xA5\xB0\x80=f\x93\xC0\x16~5\xD6\x16\x97\xD0\x90a\x1B\xF4\x90\x8A\x90\x89\x90\x89\x90a3\xBFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15\x80a#eWPb\x01Q\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x11[\x15a#\xA8W`@Q\x7F\\\x82Y9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x08\xB7V[`\x07\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F\x91\x80d?\xBAb\xA12\xEE\xC4\x95*\xA3U\xF4\x1F\xB5J\xA3U\xB6M\xE4\x90\xA1-.\x9FaZ\x80\x94\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[__[\x83Q\x81\x10\x15a$eW\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x82\x81Q\x81\x10a$=Wa$=a1\xC9V[` \x02` \x01\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x03a$]W`\x01\x91PPa\x07\x80V[`\x01\x01a$\x18V[P_\x93\x92PPPV[_6`\x14\x80\x82\x10\x80\x15\x90a$\xAAWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x163\x14[\x15a$\xD0Wa$\xBD6\x82\x84\x03\x81_a3\xF2V[a$\xC6\x91a4\x19V[``\x1C\x92PPP\x90V[3\x92PPP\x90V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T`\xFF\x16a\x105W`@Q\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xB7V[_a\x07\x80a%Oa&3V[\x83`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[___a%\x98\x86\x86\x86a'\\V[P\x90\x92P\x90P_\x81`\x03\x81\x11\x15a%\xB1Wa%\xB1a.9V[\x14\x80\x15a%\xCFWP\x86`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a%\xDFW`\x01\x92PPPa\x10^V[a%\xEB\x87\x87\x87\x87a'\xA3V[\x97\x96PPPPPPPV[``_a&\x02\x83a(&V[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a&\x8BWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a&\xB5WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\x1A\xE8`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[_\x80\x80`A\x84\x90\x03a'\x90W\x845` \x86\x015`@\x87\x015_\x1Aa'\x82\x89\x82\x85\x85a(fV[\x95P\x95P\x95PPPPa'\x9AV[P_\x91P`\x02\x90P\x82[\x93P\x93P\x93\x90PV[`@\x80Q\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x82R`\x04\x82\x01\x86\x90R`$\x82\x01\x92\x90\x92R`D\x81\x01\x83\x90R_\x91\x90\x83\x90\x81\x86`d\x83\x017_\x82`d\x83\x01\x01R`\x1F\x82\x01`\x05\x1C`\x05\x1B\x91P` _`d\x84\x01\x83\x8BZ\xFA\x90P\x82_Q\x14`\x1F=\x11\x16\x81\x16\x93PPPP\x94\x93PPPPV[_`\xFF\x82\x16`\x1F\x81\x11\x15a\x07\x80W`@Q\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a(\x9FWP_\x91P`\x03\x90P\x82a)$V[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a(\xF0W=__>=_\xFD[PP`@Q`\x1F\x19\x01Q\x91PP`\x01`\x01`\xA0\x1B\x03\x81\x16a)\x1BWP_\x92P`\x01\x91P\x82\x90Pa)$V[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[_` \x82\x84\x03\x12\x15a)>W__\xFD[\x815\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x81\x14a\x07\xABW__\xFD[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x1CHW__\xFD[\x805`\x02\x81\x10a)\x8FW__\xFD[\x91\x90PV[___``\x84\x86\x03\x12\x15a)\xA6W__\xFD[\x835a)\xB1\x81a)mV[\x92Pa)\xBF` \x85\x01a)\x81V[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[__\x82\x84\x03a\x01\0\x81\x12\x15a)\xE3W__\xFD[\x835a)\xEE\x81a)mV[\x92P`\xE0`\x1F\x19\x82\x01\x12\x15a*\x01W__\xFD[P` \x83\x01\x90P\x92P\x92\x90PV[__`@\x83\x85\x03\x12\x15a* W__\xFD[\x825\x91P` \x83\x015a*2\x81a)mV[\x80\x91PP\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a*MW__\xFD[P5\x91\x90PV[\x80\x15\x15\x81\x14a\x1CHW__\xFD[___``\x84\x86\x03\x12\x15a*sW__\xFD[\x835\x92P` \x84\x015a)\xBF\x81a*TV[__`@\x83\x85\x03\x12\x15a*\x96W__\xFD[\x825a*\xA1\x81a)mV[\x91P` \x83\x015a*2\x81a)mV[___``\x84\x86\x03\x12\x15a*\xC3W__\xFD[\x835\x92P` \x84\x015\x91P`@\x84\x015c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a*\xE4W__\xFD[\x80\x91PP\x92P\x92P\x92V[_` \x82\x84\x03\x12\x15a*\xFFW__\xFD[\x815a\x07\xAB\x81a)mV[\x805`\x03\x81\x10a)\x8FW__\xFD[_____`\xA0\x86\x88\x03\x12\x15a+,W__\xFD[\x855a+7\x81a)mV[\x94Pa+E` \x87\x01a)\x81V[\x93P`@\x86\x015\x92Pa+Z``\x87\x01a+\nV[\x94\x97\x93\x96P\x91\x94`\x80\x015\x92\x91PPV[\x805a\xFF\xFF\x81\x16\x81\x14a)\x8FW__\xFD[_____`\xA0\x86\x88\x03\x12\x15a+\x90W__\xFD[\x855a+\x9B\x81a)mV[\x94P` \x86\x015a+\xAB\x81a)mV[\x93P`@\x86\x015\x92Pa+\xC0``\x87\x01a+kV[\x91Pa+\xCE`\x80\x87\x01a+\nV[\x90P\x92\x95P\x92\x95\x90\x93PV[_a\x01\0\x82\x84\x03\x12\x15a+\xEBW__\xFD[P\x91\x90PV[_a\x01\0\x82\x84\x03\x12\x15a,\x02W__\xFD[a\x07\xAB\x83\x83a+\xDAV[___a\x01 \x84\x86\x03\x12\x15a,\x1FW__\xFD[a,)\x85\x85a+\xDAV[\x92Pa\x01\0\x84\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a,EW__\xFD[\x84\x01`\x1F\x81\x01\x86\x13a,UW__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a,kW__\xFD[\x86` \x82\x84\x01\x01\x11\x15a,|W__\xFD[\x93\x96` \x91\x90\x91\x01\x95P\x92\x93PPPV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` `\x1F\x19`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16\x81R`\xE0` \x82\x01R_a,\xF5`\xE0\x83\x01\x89a,\x8DV[\x82\x81\x03`@\x84\x01Ra-\x07\x81\x89a,\x8DV[``\x84\x01\x88\x90R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a-\\W\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a->V[P\x90\x9B\x9APPPPPPPPPPPV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a)\x8FW__\xFD[_` \x82\x84\x03\x12\x15a-\x94W__\xFD[a\x07\xAB\x82a-mV[____`\x80\x85\x87\x03\x12\x15a-\xB0W__\xFD[\x845a-\xBB\x81a)mV[\x93P` \x85\x015a-\xCB\x81a)mV[\x92Pa-\xD9`@\x86\x01a)\x81V[\x93\x96\x92\x95P\x92\x93``\x015\x92PPV[_____`\xA0\x86\x88\x03\x12\x15a-\xFDW__\xFD[\x855a.\x08\x81a)mV[\x94Pa.\x16` \x87\x01a)\x81V[\x93P`@\x86\x015\x92Pa.+``\x87\x01a+\nV[\x91Pa+\xCE`\x80\x87\x01a-mV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x03\x81\x10a.vWa.va.9V[\x90RV[`@\x81\x01a.\x88\x82\x85a.fV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16` \x83\x01R\x93\x92PPPV[`\x04\x81\x10a.vWa.va.9V[_`\xC0\x82\x01\x90P`\x01`\x01`\xA0\x1B\x03\x83Q\x16\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01R`\x01`\x01`\xA0\x1B\x03`@\x84\x01Q\x16`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x84\x01Q\x16``\x83\x01Ra\xFF\xFF`\x80\x84\x01Q\x16`\x80\x83\x01R`\xA0\x83\x01Qa/\x1E`\xA0\x84\x01\x82a.\x9FV[P\x92\x91PPV[__`@\x83\x85\x03\x12\x15a/6W__\xFD[\x825a/A\x81a)mV[\x91Pa/O` \x84\x01a+kV[\x90P\x92P\x92\x90PV[\x82\x81R`@\x81\x01a\x07\xAB` \x83\x01\x84a.\x9FV[_` \x82\x84\x03\x12\x15a/|W__\xFD[\x81Qa\x07\xAB\x81a*TV[_` \x82\x84\x03\x12\x15a/\x97W__\xFD[PQ\x91\x90PV[`\x02\x81\x10a.vWa.va.9V[`\x80\x81\x01a/\xBC\x82\x87a/\x9EV[\x84` \x83\x01Ra/\xCF`@\x83\x01\x85a.fV[\x82``\x83\x01R\x95\x94PPPPPV[_` \x82\x84\x03\x12\x15a/\xEEW__\xFD[a\x07\xAB\x82a)\x81V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[_` \x82\x84\x03\x12\x15a04W__\xFD[a\x07\xAB\x82a+\nV[\x80Qa)\x8F\x81a)mV[\x80Q`\xFF\x81\x16\x81\x14a)\x8FW__\xFD[__`@\x83\x85\x03\x12\x15a0iW__\xFD[\x82Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a0\x7FW__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a0\x8FW__\xFD[\x80Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a0\xA9Wa0\xA9a/\xF7V[\x80`\x05\x1B`@Q`\x1F\x19`?\x83\x01\x16\x81\x01\x81\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17\x15a0\xD6Wa0\xD6a/\xF7V[`@R\x91\x82R` \x81\x84\x01\x81\x01\x92\x90\x81\x01\x88\x84\x11\x15a0\xF3W__\xFD[` \x85\x01\x94P[\x83\x85\x10\x15a1\x19Wa1\x0B\x85a0=V[\x81R` \x94\x85\x01\x94\x01a0\xFAV[P\x94Pa/O\x92PPP` \x84\x01a0HV[\x805a17\x81a*TV[\x15\x15\x82R` \x81\x015a1I\x81a)mV[`\x01`\x01`\xA0\x1B\x03\x16` \x83\x01Ra1c`@\x82\x01a)\x81V[a1p`@\x84\x01\x82a/\x9EV[P``\x81\x81\x015\x90\x83\x01Ra1\x87`\x80\x82\x01a+\nV[a1\x94`\x80\x84\x01\x82a.fV[Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa1\xAA`\xA0\x83\x01a-mV[\x16`\xA0\x83\x01R`\xC0\x90\x81\x015\x91\x01RV[`\xE0\x81\x01a\x07\x80\x82\x84a1,V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x03a2SWa2Sa1\xF6V[P`\x01\x01\x90V[_` \x82\x84\x03\x12\x15a2jW__\xFD[\x815a\x07\xAB\x81a*TV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x07\x80Wa\x07\x80a1\xF6V[\x81\x81\x03\x81\x81\x11\x15a\x07\x80Wa\x07\x80a1\xF6V[`\x01`\x01`\xA0\x1B\x03\x85\x81\x16\x82R\x84\x16` \x82\x01R`\x80\x81\x01a/\xCF`@\x83\x01\x85a/\x9EV[\x80\x82\x01\x80\x82\x11\x15a\x07\x80Wa\x07\x80a1\xF6V[` \x81\x01a\x07\x80\x82\x84a/\x9EV[`\x01`\x01`\xA0\x1B\x03\x83\x16\x81Ra\x01\0\x81\x01a\x07\xAB` \x83\x01\x84a1,V[\x87\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16` \x83\x01R\x86\x16`@\x82\x01R`\xE0\x81\x01a37``\x83\x01\x87a/\x9EV[\x84`\x80\x83\x01R\x83`\xA0\x83\x01R\x82`\xC0\x83\x01R\x98\x97PPPPPPPPV[\x89\x81R`\x01`\x01`\xA0\x1B\x03\x89\x81\x16` \x83\x01R\x88\x16`@\x82\x01Ra\x01 \x81\x01a3\x81``\x83\x01\x89a/\x9EV[\x86`\x80\x83\x01Ra3\x94`\xA0\x83\x01\x87a.fV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\xC0\x83\x01R\x83`\xE0\x83\x01R\x82a\x01\0\x83\x01R\x9A\x99PPPPPPPPPPV[``\x81\x01a3\xCD\x82\x86a/\x9EV[a3\xDA` \x83\x01\x85a.fV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`@\x83\x01R\x94\x93PPPPV[__\x85\x85\x11\x15a4\0W__\xFD[\x83\x86\x11\x15a4\x0CW__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x90`\x14\x84\x10\x15a/\x1EW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85`\x14\x03`\x03\x1B\x1B\x82\x16\x16\x91PP\x92\x91PPV\xFE\xA1dsolcC\0\x08\x1E\0\n",
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
    /**Custom error with signature `InvalidAccess()` and selector `0xc0185c64`.
    ```solidity
    error InvalidAccess();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidAccess;
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
        impl ::core::convert::From<InvalidAccess> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidAccess) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidAccess {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidAccess {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidAccess()";
            const SELECTOR: [u8; 4] = [192u8, 24u8, 92u8, 100u8];
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
    /**Custom error with signature `InvalidCategory(bytes32)` and selector `0x2d4c7d33`.
    ```solidity
    error InvalidCategory(bytes32 target);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidCategory {
        #[allow(missing_docs)]
        pub target: alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<InvalidCategory> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidCategory) -> Self {
                (value.target,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidCategory {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { target: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidCategory {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidCategory(bytes32)";
            const SELECTOR: [u8; 4] = [45u8, 76u8, 125u8, 51u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.target),
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
    /**Custom error with signature `InvalidGrantee(address)` and selector `0x042ab5da`.
    ```solidity
    error InvalidGrantee(address grantee);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidGrantee {
        #[allow(missing_docs)]
        pub grantee: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<InvalidGrantee> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidGrantee) -> Self {
                (value.grantee,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidGrantee {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { grantee: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidGrantee {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidGrantee(address)";
            const SELECTOR: [u8; 4] = [4u8, 42u8, 181u8, 218u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.grantee,
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
    error InvalidSignature(address patient);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidSignature {
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
        impl ::core::convert::From<InvalidSignature> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidSignature) -> Self {
                (value.patient,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidSignature {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { patient: tuple.0 }
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
    /**Custom error with signature `NoGrant(address,address,uint8,bytes32)` and selector `0xac3e0d24`.
    ```solidity
    error NoGrant(address patient, address grantee, IConsentManager.Scope scope, bytes32 target);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NoGrant {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub grantee: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub scope: <IConsentManager::Scope as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub target: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Address,
            IConsentManager::Scope,
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::Address,
            <IConsentManager::Scope as alloy::sol_types::SolType>::RustType,
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
        impl ::core::convert::From<NoGrant> for UnderlyingRustTuple<'_> {
            fn from(value: NoGrant) -> Self {
                (value.patient, value.grantee, value.scope, value.target)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NoGrant {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { patient: tuple.0, grantee: tuple.1, scope: tuple.2, target: tuple.3 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NoGrant {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NoGrant(address,address,uint8,bytes32)";
            const SELECTOR: [u8; 4] = [172u8, 62u8, 13u8, 36u8];
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
                        &self.grantee,
                    ),
                    <IConsentManager::Scope as alloy_sol_types::SolType>::tokenize(
                        &self.scope,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.target),
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
    error NotGuardian(address patient, address account);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotGuardian {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
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
                (value.patient, value.account)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotGuardian {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { patient: tuple.0, account: tuple.1 }
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
                        &self.patient,
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
    /**Custom error with signature `NotReviewer(uint256,address)` and selector `0x87de1844`.
    ```solidity
    error NotReviewer(uint256 emergencyId, address account);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotReviewer {
        #[allow(missing_docs)]
        pub emergencyId: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<NotReviewer> for UnderlyingRustTuple<'_> {
            fn from(value: NotReviewer) -> Self {
                (value.emergencyId, value.account)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotReviewer {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { emergencyId: tuple.0, account: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotReviewer {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotReviewer(uint256,address)";
            const SELECTOR: [u8; 4] = [135u8, 222u8, 24u8, 68u8];
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
    /**Event with signature `AccessRequested(address,address,uint8,bytes32,uint8,bytes32)` and selector `0x4c287ed355c1c1ee12e8d6e77ea1a813fc45728633e1839763d66023557fdf52`.
    ```solidity
    event AccessRequested(address indexed patient, address indexed requester, IConsentManager.Scope scope, bytes32 target, IConsentManager.Access access, bytes32 purpose);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct AccessRequested {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub requester: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub scope: <IConsentManager::Scope as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub target: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub access: <IConsentManager::Access as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub purpose: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for AccessRequested {
            type DataTuple<'a> = (
                IConsentManager::Scope,
                alloy::sol_types::sol_data::FixedBytes<32>,
                IConsentManager::Access,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str =
                "AccessRequested(address,address,uint8,bytes32,uint8,bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    76u8, 40u8, 126u8, 211u8, 85u8, 193u8, 193u8, 238u8, 18u8, 232u8, 214u8, 231u8,
                    126u8, 161u8, 168u8, 19u8, 252u8, 69u8, 114u8, 134u8, 51u8, 225u8, 131u8,
                    151u8, 99u8, 214u8, 96u8, 35u8, 85u8, 127u8, 223u8, 82u8,
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
                    requester: topics.2,
                    scope: data.0,
                    target: data.1,
                    access: data.2,
                    purpose: data.3,
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
                    <IConsentManager::Scope as alloy_sol_types::SolType>::tokenize(
                        &self.scope,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.target),
                    <IConsentManager::Access as alloy_sol_types::SolType>::tokenize(
                        &self.access,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.purpose),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.patient.clone(), self.requester.clone())
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
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
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
    /**Event with signature `EmergencyAccepted(uint256,address)` and selector `0xd7275fe3400a38a4dc408f4a9c9a1933a0fc767c80b663780606ef4dc9363435`.
    ```solidity
    event EmergencyAccepted(uint256 indexed emergencyId, address indexed reviewer);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct EmergencyAccepted {
        #[allow(missing_docs)]
        pub emergencyId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub reviewer: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EmergencyAccepted {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "EmergencyAccepted(uint256,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    215u8, 39u8, 95u8, 227u8, 64u8, 10u8, 56u8, 164u8, 220u8, 64u8, 143u8, 74u8,
                    156u8, 154u8, 25u8, 51u8, 160u8, 252u8, 118u8, 124u8, 128u8, 182u8, 99u8,
                    120u8, 6u8, 6u8, 239u8, 77u8, 201u8, 54u8, 52u8, 53u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { emergencyId: topics.1, reviewer: topics.2 }
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
                (Self::SIGNATURE_HASH.into(), self.emergencyId.clone(), self.reviewer.clone())
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
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.reviewer,
                );
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
    /**Event with signature `EmergencyAccessOpened(uint256,address,address,uint16,uint64)` and selector `0x870df5d2f5c47bbe28641794af1459521205c1d515b881a97c061b4b835c0748`.
    ```solidity
    event EmergencyAccessOpened(uint256 indexed emergencyId, address indexed patient, address indexed provider, uint16 reasonCode, uint64 expiresAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct EmergencyAccessOpened {
        #[allow(missing_docs)]
        pub emergencyId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub provider: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub reasonCode: u16,
        #[allow(missing_docs)]
        pub expiresAt: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EmergencyAccessOpened {
            type DataTuple<'a> =
                (alloy::sol_types::sol_data::Uint<16>, alloy::sol_types::sol_data::Uint<64>);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str =
                "EmergencyAccessOpened(uint256,address,address,uint16,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    135u8, 13u8, 245u8, 210u8, 245u8, 196u8, 123u8, 190u8, 40u8, 100u8, 23u8,
                    148u8, 175u8, 20u8, 89u8, 82u8, 18u8, 5u8, 193u8, 213u8, 21u8, 184u8, 129u8,
                    169u8, 124u8, 6u8, 27u8, 75u8, 131u8, 92u8, 7u8, 72u8,
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
                    patient: topics.2,
                    provider: topics.3,
                    reasonCode: data.0,
                    expiresAt: data.1,
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
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.emergencyId.clone(),
                    self.patient.clone(),
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
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.patient,
                );
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
    /**Event with signature `EmergencyDisputed(uint256,address,bytes32,uint256)` and selector `0x0498125753e9c9b659158fa61d693d0a38c25d19b3d05ad37898b5e6ce830af0`.
    ```solidity
    event EmergencyDisputed(uint256 indexed emergencyId, address indexed reviewer, bytes32 evidence, uint256 reviewId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct EmergencyDisputed {
        #[allow(missing_docs)]
        pub emergencyId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub reviewer: alloy::sol_types::private::Address,
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
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "EmergencyDisputed(uint256,address,bytes32,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    4u8, 152u8, 18u8, 87u8, 83u8, 233u8, 201u8, 182u8, 89u8, 21u8, 143u8, 166u8,
                    29u8, 105u8, 61u8, 10u8, 56u8, 194u8, 93u8, 25u8, 179u8, 208u8, 90u8, 211u8,
                    120u8, 152u8, 181u8, 230u8, 206u8, 131u8, 10u8, 240u8,
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
                    reviewer: topics.2,
                    evidence: data.0,
                    reviewId: data.1,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.evidence),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.reviewId),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.emergencyId.clone(), self.reviewer.clone())
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
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.reviewer,
                );
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
    /**Event with signature `Granted(address,address,uint8,bytes32,uint8,uint64)` and selector `0xfeb032b546670120df8549719666efb5f5a4a5b0803d6693c0167e35d61697d0`.
    ```solidity
    event Granted(address indexed patient, address indexed grantee, IConsentManager.Scope scope, bytes32 indexed target, IConsentManager.Access access, uint64 expiresAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct Granted {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub grantee: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub scope: <IConsentManager::Scope as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub target: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub access: <IConsentManager::Access as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub expiresAt: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Granted {
            type DataTuple<'a> = (
                IConsentManager::Scope,
                IConsentManager::Access,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "Granted(address,address,uint8,bytes32,uint8,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    254u8, 176u8, 50u8, 181u8, 70u8, 103u8, 1u8, 32u8, 223u8, 133u8, 73u8, 113u8,
                    150u8, 102u8, 239u8, 181u8, 245u8, 164u8, 165u8, 176u8, 128u8, 61u8, 102u8,
                    147u8, 192u8, 22u8, 126u8, 53u8, 214u8, 22u8, 151u8, 208u8,
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
                    grantee: topics.2,
                    scope: data.0,
                    target: topics.3,
                    access: data.1,
                    expiresAt: data.2,
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
                    <IConsentManager::Scope as alloy_sol_types::SolType>::tokenize(&self.scope),
                    <IConsentManager::Access as alloy_sol_types::SolType>::tokenize(&self.access),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.expiresAt,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.patient.clone(),
                    self.grantee.clone(),
                    self.target.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.patient,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.grantee,
                );
                out[3usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.target);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Granted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Granted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Granted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `GuardianActionExecuted(address,bytes32,uint256)` and selector `0x90fcc14446531fd7c9b1ec6bd7f23faf09f2e921c80a367ab15921a6a7633d1c`.
    ```solidity
    event GuardianActionExecuted(address indexed patient, bytes32 indexed actionId, uint256 approvals);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct GuardianActionExecuted {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
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
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "GuardianActionExecuted(address,bytes32,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    144u8, 252u8, 193u8, 68u8, 70u8, 83u8, 31u8, 215u8, 201u8, 177u8, 236u8, 107u8,
                    215u8, 242u8, 63u8, 175u8, 9u8, 242u8, 233u8, 33u8, 200u8, 10u8, 54u8, 122u8,
                    177u8, 89u8, 33u8, 166u8, 167u8, 99u8, 61u8, 28u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { patient: topics.1, actionId: topics.2, approvals: data.0 }
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
                (Self::SIGNATURE_HASH.into(), self.patient.clone(), self.actionId.clone())
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
                out[2usize] = <alloy::sol_types::sol_data::FixedBytes<
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
    #[derive(serde::Serialize, serde::Deserialize)]
    /**Event with signature `GuardianApproved(address,bytes32,address,(bool,address,uint8,bytes32,uint8,uint64,bytes32))` and selector `0x2df98315a44e009bb69887af76b03b2e4f690cd7153a35c54171b565c00e0d39`.
    ```solidity
    event GuardianApproved(address indexed patient, bytes32 indexed actionId, address indexed guardian, IConsentManager.GuardianAction action);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct GuardianApproved {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub actionId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub guardian: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub action: <IConsentManager::GuardianAction as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for GuardianApproved {
            type DataTuple<'a> = (IConsentManager::GuardianAction,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "GuardianApproved(address,bytes32,address,(bool,address,uint8,bytes32,uint8,uint64,bytes32))";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    45u8, 249u8, 131u8, 21u8, 164u8, 78u8, 0u8, 155u8, 182u8, 152u8, 135u8, 175u8,
                    118u8, 176u8, 59u8, 46u8, 79u8, 105u8, 12u8, 215u8, 21u8, 58u8, 53u8, 197u8,
                    65u8, 113u8, 181u8, 101u8, 192u8, 14u8, 13u8, 57u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { patient: topics.1, actionId: topics.2, guardian: topics.3, action: data.0 }
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
                (<IConsentManager::GuardianAction as alloy_sol_types::SolType>::tokenize(
                    &self.action,
                ),)
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.patient.clone(),
                    self.actionId.clone(),
                    self.guardian.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.patient,
                );
                out[2usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.actionId);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.guardian,
                );
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
    /**Event with signature `Revoked(address,address,uint8,bytes32)` and selector `0xde2989c7d6be1de5d5c2e281d5d0944220a8e526851feb52c6d109efb40afca7`.
    ```solidity
    event Revoked(address indexed patient, address indexed grantee, IConsentManager.Scope scope, bytes32 indexed target);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct Revoked {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub grantee: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub scope: <IConsentManager::Scope as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub target: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Revoked {
            type DataTuple<'a> = (IConsentManager::Scope,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "Revoked(address,address,uint8,bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    222u8, 41u8, 137u8, 199u8, 214u8, 190u8, 29u8, 229u8, 213u8, 194u8, 226u8,
                    129u8, 213u8, 208u8, 148u8, 66u8, 32u8, 168u8, 229u8, 38u8, 133u8, 31u8, 235u8,
                    82u8, 198u8, 209u8, 9u8, 239u8, 180u8, 10u8, 252u8, 167u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { patient: topics.1, grantee: topics.2, scope: data.0, target: topics.3 }
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
                (<IConsentManager::Scope as alloy_sol_types::SolType>::tokenize(&self.scope),)
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.patient.clone(),
                    self.grantee.clone(),
                    self.target.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.patient,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.grantee,
                );
                out[3usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.target);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Revoked {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Revoked> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Revoked) -> alloy_sol_types::private::LogData {
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
    constructor(address admin, address forwarder, address accounts_, address providers_, uint64 emergencyDuration_);
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
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
                        emergencyDuration_: tuple.4,
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
    /**Function with signature `GRANT_TYPEHASH()` and selector `0x073f5d9f`.
    ```solidity
    function GRANT_TYPEHASH() external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GRANT_TYPEHASHCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`GRANT_TYPEHASH()`](GRANT_TYPEHASHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GRANT_TYPEHASHReturn {
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
            impl ::core::convert::From<GRANT_TYPEHASHCall> for UnderlyingRustTuple<'_> {
                fn from(value: GRANT_TYPEHASHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for GRANT_TYPEHASHCall {
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
            impl ::core::convert::From<GRANT_TYPEHASHReturn> for UnderlyingRustTuple<'_> {
                fn from(value: GRANT_TYPEHASHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for GRANT_TYPEHASHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for GRANT_TYPEHASHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GRANT_TYPEHASH()";
            const SELECTOR: [u8; 4] = [7u8, 63u8, 93u8, 159u8];
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
                        let r: GRANT_TYPEHASHReturn = r.into();
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
                    let r: GRANT_TYPEHASHReturn = r.into();
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
    /**Function with signature `REVOKE_TYPEHASH()` and selector `0x8a732227`.
    ```solidity
    function REVOKE_TYPEHASH() external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct REVOKE_TYPEHASHCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`REVOKE_TYPEHASH()`](REVOKE_TYPEHASHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct REVOKE_TYPEHASHReturn {
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
            impl ::core::convert::From<REVOKE_TYPEHASHCall> for UnderlyingRustTuple<'_> {
                fn from(value: REVOKE_TYPEHASHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for REVOKE_TYPEHASHCall {
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
            impl ::core::convert::From<REVOKE_TYPEHASHReturn> for UnderlyingRustTuple<'_> {
                fn from(value: REVOKE_TYPEHASHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for REVOKE_TYPEHASHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for REVOKE_TYPEHASHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "REVOKE_TYPEHASH()";
            const SELECTOR: [u8; 4] = [138u8, 115u8, 34u8, 39u8];
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
                        let r: REVOKE_TYPEHASHReturn = r.into();
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
                    let r: REVOKE_TYPEHASHReturn = r.into();
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
    /**Function with signature `approveGuardianAction(address,(bool,address,uint8,bytes32,uint8,uint64,bytes32))` and selector `0xec864b65`.
    ```solidity
    function approveGuardianAction(address patient, IConsentManager.GuardianAction memory action) external returns (bytes32 actionId, bool executed);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct approveGuardianActionCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub action: <IConsentManager::GuardianAction as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`approveGuardianAction(address,(bool,address,uint8,bytes32,uint8,uint64,bytes32))`](approveGuardianActionCall) function.
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
            impl ::core::convert::From<approveGuardianActionCall> for UnderlyingRustTuple<'_> {
                fn from(value: approveGuardianActionCall) -> Self {
                    (value.patient, value.action)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for approveGuardianActionCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { patient: tuple.0, action: tuple.1 }
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
            type Parameters<'a> =
                (alloy::sol_types::sol_data::Address, IConsentManager::GuardianAction);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = approveGuardianActionReturn;
            type ReturnTuple<'a> =
                (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Bool);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "approveGuardianAction(address,(bool,address,uint8,bytes32,uint8,uint64,bytes32))";
            const SELECTOR: [u8; 4] = [236u8, 134u8, 75u8, 101u8];
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
                    <IConsentManager::GuardianAction as alloy_sol_types::SolType>::tokenize(
                        &self.action,
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
    /**Function with signature `breakGlass(address,uint16)` and selector `0xf1242da7`.
    ```solidity
    function breakGlass(address patient, uint16 reasonCode) external returns (uint256 emergencyId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct breakGlassCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub reasonCode: u16,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`breakGlass(address,uint16)`](breakGlassCall) function.
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
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Uint<16>);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, u16);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
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
                    (value.patient, value.reasonCode)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for breakGlassCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { patient: tuple.0, reasonCode: tuple.1 }
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
            type Parameters<'a> =
                (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Uint<16>);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "breakGlass(address,uint16)";
            const SELECTOR: [u8; 4] = [241u8, 36u8, 45u8, 167u8];
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
                    <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::tokenize(
                        &self.reasonCode,
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
    /**Function with signature `emergencyUntil(address,address)` and selector `0x3ff1d07e`.
    ```solidity
    function emergencyUntil(address patient, address provider) external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct emergencyUntilCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub provider: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`emergencyUntil(address,address)`](emergencyUntilCall) function.
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
            impl ::core::convert::From<emergencyUntilCall> for UnderlyingRustTuple<'_> {
                fn from(value: emergencyUntilCall) -> Self {
                    (value.patient, value.provider)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for emergencyUntilCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { patient: tuple.0, provider: tuple.1 }
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
                (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Address);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "emergencyUntil(address,address)";
            const SELECTOR: [u8; 4] = [63u8, 241u8, 208u8, 126u8];
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
    /**Function with signature `grant(address,uint8,bytes32,uint8,uint64)` and selector `0xd3ebc1d4`.
    ```solidity
    function grant(address grantee, IConsentManager.Scope scope, bytes32 target, IConsentManager.Access access, uint64 expiresAt) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantCall {
        #[allow(missing_docs)]
        pub grantee: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub scope: <IConsentManager::Scope as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub target: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub access: <IConsentManager::Access as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub expiresAt: u64,
    }
    ///Container type for the return parameters of the [`grant(address,uint8,bytes32,uint8,uint64)`](grantCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                IConsentManager::Scope,
                alloy::sol_types::sol_data::FixedBytes<32>,
                IConsentManager::Access,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                <IConsentManager::Scope as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::FixedBytes<32>,
                <IConsentManager::Access as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<grantCall> for UnderlyingRustTuple<'_> {
                fn from(value: grantCall) -> Self {
                    (value.grantee, value.scope, value.target, value.access, value.expiresAt)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        grantee: tuple.0,
                        scope: tuple.1,
                        target: tuple.2,
                        access: tuple.3,
                        expiresAt: tuple.4,
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
            impl ::core::convert::From<grantReturn> for UnderlyingRustTuple<'_> {
                fn from(value: grantReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl grantReturn {
            fn _tokenize(&self) -> <grantCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for grantCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                IConsentManager::Scope,
                alloy::sol_types::sol_data::FixedBytes<32>,
                IConsentManager::Access,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = grantReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "grant(address,uint8,bytes32,uint8,uint64)";
            const SELECTOR: [u8; 4] = [211u8, 235u8, 193u8, 212u8];
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
                        &self.grantee,
                    ),
                    <IConsentManager::Scope as alloy_sol_types::SolType>::tokenize(
                        &self.scope,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.target),
                    <IConsentManager::Access as alloy_sol_types::SolType>::tokenize(
                        &self.access,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiresAt),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                grantReturn::_tokenize(ret)
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
    /**Function with signature `grantBySig((address,address,uint8,bytes32,uint8,uint64,uint256,uint256),bytes)` and selector `0x8b4c6976`.
    ```solidity
    function grantBySig(IConsentManager.SignedConsent memory c, bytes memory signature) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantBySigCall {
        #[allow(missing_docs)]
        pub c: <IConsentManager::SignedConsent as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`grantBySig((address,address,uint8,bytes32,uint8,uint64,uint256,uint256),bytes)`](grantBySigCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantBySigReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (IConsentManager::SignedConsent, alloy::sol_types::sol_data::Bytes);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IConsentManager::SignedConsent as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<grantBySigCall> for UnderlyingRustTuple<'_> {
                fn from(value: grantBySigCall) -> Self {
                    (value.c, value.signature)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantBySigCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { c: tuple.0, signature: tuple.1 }
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
            impl ::core::convert::From<grantBySigReturn> for UnderlyingRustTuple<'_> {
                fn from(value: grantBySigReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantBySigReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl grantBySigReturn {
            fn _tokenize(&self) -> <grantBySigCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for grantBySigCall {
            type Parameters<'a> =
                (IConsentManager::SignedConsent, alloy::sol_types::sol_data::Bytes);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = grantBySigReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "grantBySig((address,address,uint8,bytes32,uint8,uint64,uint256,uint256),bytes)";
            const SELECTOR: [u8; 4] = [139u8, 76u8, 105u8, 118u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IConsentManager::SignedConsent as alloy_sol_types::SolType>::tokenize(&self.c),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signature,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                grantBySigReturn::_tokenize(ret)
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
    /**Function with signature `grantDigest((address,address,uint8,bytes32,uint8,uint64,uint256,uint256))` and selector `0x7ee82120`.
    ```solidity
    function grantDigest(IConsentManager.SignedConsent memory consent) external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantDigestCall {
        #[allow(missing_docs)]
        pub consent: <IConsentManager::SignedConsent as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`grantDigest((address,address,uint8,bytes32,uint8,uint64,uint256,uint256))`](grantDigestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantDigestReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IConsentManager::SignedConsent,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<IConsentManager::SignedConsent as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<grantDigestCall> for UnderlyingRustTuple<'_> {
                fn from(value: grantDigestCall) -> Self {
                    (value.consent,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantDigestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { consent: tuple.0 }
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
            impl ::core::convert::From<grantDigestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: grantDigestReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantDigestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for grantDigestCall {
            type Parameters<'a> = (IConsentManager::SignedConsent,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "grantDigest((address,address,uint8,bytes32,uint8,uint64,uint256,uint256))";
            const SELECTOR: [u8; 4] = [126u8, 232u8, 33u8, 32u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<IConsentManager::SignedConsent as alloy_sol_types::SolType>::tokenize(
                    &self.consent,
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
                        let r: grantDigestReturn = r.into();
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
                    let r: grantDigestReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `grantOf(address,address,uint8,bytes32)` and selector `0xd6d7459e`.
    ```solidity
    function grantOf(address patient, address grantee, IConsentManager.Scope scope, bytes32 target) external view returns (IConsentManager.Access access, uint64 expiresAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantOfCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub grantee: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub scope: <IConsentManager::Scope as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub target: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`grantOf(address,address,uint8,bytes32)`](grantOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantOfReturn {
        #[allow(missing_docs)]
        pub access: <IConsentManager::Access as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub expiresAt: u64,
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
                IConsentManager::Scope,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                <IConsentManager::Scope as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<grantOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: grantOfCall) -> Self {
                    (value.patient, value.grantee, value.scope, value.target)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { patient: tuple.0, grantee: tuple.1, scope: tuple.2, target: tuple.3 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (IConsentManager::Access, alloy::sol_types::sol_data::Uint<64>);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<IConsentManager::Access as alloy::sol_types::SolType>::RustType, u64);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<grantOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: grantOfReturn) -> Self {
                    (value.access, value.expiresAt)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { access: tuple.0, expiresAt: tuple.1 }
                }
            }
        }
        impl grantOfReturn {
            fn _tokenize(&self) -> <grantOfCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <IConsentManager::Access as alloy_sol_types::SolType>::tokenize(&self.access),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.expiresAt,
                    ),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for grantOfCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                IConsentManager::Scope,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = grantOfReturn;
            type ReturnTuple<'a> = (IConsentManager::Access, alloy::sol_types::sol_data::Uint<64>);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "grantOf(address,address,uint8,bytes32)";
            const SELECTOR: [u8; 4] = [214u8, 215u8, 69u8, 158u8];
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
                        &self.grantee,
                    ),
                    <IConsentManager::Scope as alloy_sol_types::SolType>::tokenize(
                        &self.scope,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.target),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                grantOfReturn::_tokenize(ret)
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
    /**Function with signature `guardianActionId(address,(bool,address,uint8,bytes32,uint8,uint64,bytes32))` and selector `0x185e7cf8`.
    ```solidity
    function guardianActionId(address patient, IConsentManager.GuardianAction memory action) external pure returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct guardianActionIdCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub action: <IConsentManager::GuardianAction as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`guardianActionId(address,(bool,address,uint8,bytes32,uint8,uint64,bytes32))`](guardianActionIdCall) function.
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
            impl ::core::convert::From<guardianActionIdCall> for UnderlyingRustTuple<'_> {
                fn from(value: guardianActionIdCall) -> Self {
                    (value.patient, value.action)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for guardianActionIdCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { patient: tuple.0, action: tuple.1 }
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
            type Parameters<'a> =
                (alloy::sol_types::sol_data::Address, IConsentManager::GuardianAction);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "guardianActionId(address,(bool,address,uint8,bytes32,uint8,uint64,bytes32))";
            const SELECTOR: [u8; 4] = [24u8, 94u8, 124u8, 248u8];
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
    /**Function with signature `hasAccess(address,address,bytes32,uint16,uint8)` and selector `0x6e070be7`.
    ```solidity
    function hasAccess(address patient, address grantee, bytes32 recordId, uint16 category, IConsentManager.Access access) external view returns (bool);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasAccessCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub grantee: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub category: u16,
        #[allow(missing_docs)]
        pub access: <IConsentManager::Access as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`hasAccess(address,address,bytes32,uint16,uint8)`](hasAccessCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasAccessReturn {
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
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<16>,
                IConsentManager::Access,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::FixedBytes<32>,
                u16,
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
            impl ::core::convert::From<hasAccessCall> for UnderlyingRustTuple<'_> {
                fn from(value: hasAccessCall) -> Self {
                    (value.patient, value.grantee, value.recordId, value.category, value.access)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasAccessCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        patient: tuple.0,
                        grantee: tuple.1,
                        recordId: tuple.2,
                        category: tuple.3,
                        access: tuple.4,
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
            impl ::core::convert::From<hasAccessReturn> for UnderlyingRustTuple<'_> {
                fn from(value: hasAccessReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasAccessReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for hasAccessCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<16>,
                IConsentManager::Access,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "hasAccess(address,address,bytes32,uint16,uint8)";
            const SELECTOR: [u8; 4] = [110u8, 7u8, 11u8, 231u8];
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
                        &self.grantee,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.category),
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
                        let r: hasAccessReturn = r.into();
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
                    let r: hasAccessReturn = r.into();
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
    /**Function with signature `nonceOf(address,address,uint8,bytes32)` and selector `0xc7bade68`.
    ```solidity
    function nonceOf(address patient, address grantee, IConsentManager.Scope scope, bytes32 target) external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nonceOfCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub grantee: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub scope: <IConsentManager::Scope as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub target: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`nonceOf(address,address,uint8,bytes32)`](nonceOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nonceOfReturn {
        #[allow(missing_docs)]
        pub _0: u64,
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
                IConsentManager::Scope,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                <IConsentManager::Scope as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<nonceOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: nonceOfCall) -> Self {
                    (value.patient, value.grantee, value.scope, value.target)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nonceOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { patient: tuple.0, grantee: tuple.1, scope: tuple.2, target: tuple.3 }
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
            impl ::core::convert::From<nonceOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: nonceOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nonceOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for nonceOfCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                IConsentManager::Scope,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "nonceOf(address,address,uint8,bytes32)";
            const SELECTOR: [u8; 4] = [199u8, 186u8, 222u8, 104u8];
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
                        &self.grantee,
                    ),
                    <IConsentManager::Scope as alloy_sol_types::SolType>::tokenize(
                        &self.scope,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.target),
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
                        let r: nonceOfReturn = r.into();
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
                    let r: nonceOfReturn = r.into();
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
    /**Function with signature `requestAccess(address,uint8,bytes32,uint8,bytes32)` and selector `0x5c50fb95`.
    ```solidity
    function requestAccess(address patient, IConsentManager.Scope scope, bytes32 target, IConsentManager.Access access, bytes32 purpose) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestAccessCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub scope: <IConsentManager::Scope as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub target: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub access: <IConsentManager::Access as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub purpose: alloy::sol_types::private::FixedBytes<32>,
    }
    ///Container type for the return parameters of the [`requestAccess(address,uint8,bytes32,uint8,bytes32)`](requestAccessCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestAccessReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                IConsentManager::Scope,
                alloy::sol_types::sol_data::FixedBytes<32>,
                IConsentManager::Access,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                <IConsentManager::Scope as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::FixedBytes<32>,
                <IConsentManager::Access as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<requestAccessCall> for UnderlyingRustTuple<'_> {
                fn from(value: requestAccessCall) -> Self {
                    (value.patient, value.scope, value.target, value.access, value.purpose)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestAccessCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        patient: tuple.0,
                        scope: tuple.1,
                        target: tuple.2,
                        access: tuple.3,
                        purpose: tuple.4,
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
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                IConsentManager::Scope,
                alloy::sol_types::sol_data::FixedBytes<32>,
                IConsentManager::Access,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = requestAccessReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "requestAccess(address,uint8,bytes32,uint8,bytes32)";
            const SELECTOR: [u8; 4] = [92u8, 80u8, 251u8, 149u8];
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
                    <IConsentManager::Scope as alloy_sol_types::SolType>::tokenize(
                        &self.scope,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.target),
                    <IConsentManager::Access as alloy_sol_types::SolType>::tokenize(
                        &self.access,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.purpose),
                )
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
    /**Function with signature `reviewEmergency(uint256,bool,bytes32)` and selector `0x3e7e73c5`.
    ```solidity
    function reviewEmergency(uint256 emergencyId, bool accept, bytes32 evidence) external;
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
    }
    ///Container type for the return parameters of the [`reviewEmergency(uint256,bool,bytes32)`](reviewEmergencyCall) function.
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
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                bool,
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
            impl ::core::convert::From<reviewEmergencyCall> for UnderlyingRustTuple<'_> {
                fn from(value: reviewEmergencyCall) -> Self {
                    (value.emergencyId, value.accept, value.evidence)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for reviewEmergencyCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { emergencyId: tuple.0, accept: tuple.1, evidence: tuple.2 }
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
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = reviewEmergencyReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "reviewEmergency(uint256,bool,bytes32)";
            const SELECTOR: [u8; 4] = [62u8, 126u8, 115u8, 197u8];
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
    /**Function with signature `revoke(address,uint8,bytes32)` and selector `0x183f3579`.
    ```solidity
    function revoke(address grantee, IConsentManager.Scope scope, bytes32 target) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeCall {
        #[allow(missing_docs)]
        pub grantee: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub scope: <IConsentManager::Scope as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub target: alloy::sol_types::private::FixedBytes<32>,
    }
    ///Container type for the return parameters of the [`revoke(address,uint8,bytes32)`](revokeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                IConsentManager::Scope,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                <IConsentManager::Scope as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<revokeCall> for UnderlyingRustTuple<'_> {
                fn from(value: revokeCall) -> Self {
                    (value.grantee, value.scope, value.target)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { grantee: tuple.0, scope: tuple.1, target: tuple.2 }
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
            impl ::core::convert::From<revokeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: revokeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl revokeReturn {
            fn _tokenize(&self) -> <revokeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for revokeCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                IConsentManager::Scope,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = revokeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "revoke(address,uint8,bytes32)";
            const SELECTOR: [u8; 4] = [24u8, 63u8, 53u8, 121u8];
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
                        &self.grantee,
                    ),
                    <IConsentManager::Scope as alloy_sol_types::SolType>::tokenize(
                        &self.scope,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.target),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                revokeReturn::_tokenize(ret)
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
    /**Function with signature `revokeBySig((address,address,uint8,bytes32,uint8,uint64,uint256,uint256),bytes)` and selector `0x7fa1166f`.
    ```solidity
    function revokeBySig(IConsentManager.SignedConsent memory c, bytes memory signature) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeBySigCall {
        #[allow(missing_docs)]
        pub c: <IConsentManager::SignedConsent as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`revokeBySig((address,address,uint8,bytes32,uint8,uint64,uint256,uint256),bytes)`](revokeBySigCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeBySigReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (IConsentManager::SignedConsent, alloy::sol_types::sol_data::Bytes);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IConsentManager::SignedConsent as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<revokeBySigCall> for UnderlyingRustTuple<'_> {
                fn from(value: revokeBySigCall) -> Self {
                    (value.c, value.signature)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeBySigCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { c: tuple.0, signature: tuple.1 }
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
            impl ::core::convert::From<revokeBySigReturn> for UnderlyingRustTuple<'_> {
                fn from(value: revokeBySigReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeBySigReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl revokeBySigReturn {
            fn _tokenize(&self) -> <revokeBySigCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for revokeBySigCall {
            type Parameters<'a> =
                (IConsentManager::SignedConsent, alloy::sol_types::sol_data::Bytes);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = revokeBySigReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "revokeBySig((address,address,uint8,bytes32,uint8,uint64,uint256,uint256),bytes)";
            const SELECTOR: [u8; 4] = [127u8, 161u8, 22u8, 111u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IConsentManager::SignedConsent as alloy_sol_types::SolType>::tokenize(&self.c),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signature,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                revokeBySigReturn::_tokenize(ret)
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
    /**Function with signature `revokeDigest((address,address,uint8,bytes32,uint8,uint64,uint256,uint256))` and selector `0x727001a7`.
    ```solidity
    function revokeDigest(IConsentManager.SignedConsent memory consent) external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeDigestCall {
        #[allow(missing_docs)]
        pub consent: <IConsentManager::SignedConsent as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`revokeDigest((address,address,uint8,bytes32,uint8,uint64,uint256,uint256))`](revokeDigestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeDigestReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IConsentManager::SignedConsent,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<IConsentManager::SignedConsent as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeDigestCall> for UnderlyingRustTuple<'_> {
                fn from(value: revokeDigestCall) -> Self {
                    (value.consent,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeDigestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { consent: tuple.0 }
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
            impl ::core::convert::From<revokeDigestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: revokeDigestReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeDigestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for revokeDigestCall {
            type Parameters<'a> = (IConsentManager::SignedConsent,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "revokeDigest((address,address,uint8,bytes32,uint8,uint64,uint256,uint256))";
            const SELECTOR: [u8; 4] = [114u8, 112u8, 1u8, 167u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<IConsentManager::SignedConsent as alloy_sol_types::SolType>::tokenize(
                    &self.consent,
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
                        let r: revokeDigestReturn = r.into();
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
                    let r: revokeDigestReturn = r.into();
                    r._0
                })
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
        DEFAULT_ADMIN_ROLE(DEFAULT_ADMIN_ROLECall),
        #[allow(missing_docs)]
        EMERGENCY_CATEGORY(EMERGENCY_CATEGORYCall),
        #[allow(missing_docs)]
        GRANT_TYPEHASH(GRANT_TYPEHASHCall),
        #[allow(missing_docs)]
        MAX_EMERGENCY_DURATION(MAX_EMERGENCY_DURATIONCall),
        #[allow(missing_docs)]
        REVOKE_TYPEHASH(REVOKE_TYPEHASHCall),
        #[allow(missing_docs)]
        accessLogOf(accessLogOfCall),
        #[allow(missing_docs)]
        anchorAccessLog(anchorAccessLogCall),
        #[allow(missing_docs)]
        approveGuardianAction(approveGuardianActionCall),
        #[allow(missing_docs)]
        breakGlass(breakGlassCall),
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
        grant(grantCall),
        #[allow(missing_docs)]
        grantBySig(grantBySigCall),
        #[allow(missing_docs)]
        grantDigest(grantDigestCall),
        #[allow(missing_docs)]
        grantOf(grantOfCall),
        #[allow(missing_docs)]
        grantRole(grantRoleCall),
        #[allow(missing_docs)]
        guardianActionId(guardianActionIdCall),
        #[allow(missing_docs)]
        hasAccess(hasAccessCall),
        #[allow(missing_docs)]
        hasApproved(hasApprovedCall),
        #[allow(missing_docs)]
        hasRole(hasRoleCall),
        #[allow(missing_docs)]
        isExecuted(isExecutedCall),
        #[allow(missing_docs)]
        isTrustedForwarder(isTrustedForwarderCall),
        #[allow(missing_docs)]
        nonceOf(nonceOfCall),
        #[allow(missing_docs)]
        renounceRole(renounceRoleCall),
        #[allow(missing_docs)]
        requestAccess(requestAccessCall),
        #[allow(missing_docs)]
        reviewEmergency(reviewEmergencyCall),
        #[allow(missing_docs)]
        revoke(revokeCall),
        #[allow(missing_docs)]
        revokeBySig(revokeBySigCall),
        #[allow(missing_docs)]
        revokeDigest(revokeDigestCall),
        #[allow(missing_docs)]
        revokeRole(revokeRoleCall),
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
            [7u8, 63u8, 93u8, 159u8],
            [24u8, 63u8, 53u8, 121u8],
            [24u8, 94u8, 124u8, 248u8],
            [35u8, 205u8, 195u8, 241u8],
            [36u8, 138u8, 156u8, 163u8],
            [47u8, 47u8, 241u8, 93u8],
            [53u8, 130u8, 150u8, 177u8],
            [54u8, 86u8, 138u8, 190u8],
            [62u8, 126u8, 115u8, 197u8],
            [63u8, 241u8, 208u8, 126u8],
            [80u8, 53u8, 37u8, 236u8],
            [87u8, 43u8, 108u8, 5u8],
            [92u8, 80u8, 251u8, 149u8],
            [107u8, 152u8, 233u8, 45u8],
            [110u8, 7u8, 11u8, 231u8],
            [114u8, 112u8, 1u8, 167u8],
            [124u8, 168u8, 70u8, 150u8],
            [125u8, 160u8, 168u8, 119u8],
            [126u8, 105u8, 84u8, 98u8],
            [126u8, 232u8, 33u8, 32u8],
            [127u8, 161u8, 22u8, 111u8],
            [132u8, 176u8, 25u8, 110u8],
            [138u8, 115u8, 34u8, 39u8],
            [139u8, 76u8, 105u8, 118u8],
            [145u8, 209u8, 72u8, 84u8],
            [154u8, 199u8, 93u8, 135u8],
            [162u8, 23u8, 253u8, 223u8],
            [178u8, 182u8, 26u8, 79u8],
            [199u8, 186u8, 222u8, 104u8],
            [211u8, 235u8, 193u8, 212u8],
            [213u8, 71u8, 116u8, 31u8],
            [214u8, 215u8, 69u8, 158u8],
            [229u8, 44u8, 179u8, 106u8],
            [229u8, 195u8, 1u8, 32u8],
            [236u8, 134u8, 75u8, 101u8],
            [241u8, 36u8, 45u8, 167u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(supportsInterface),
            ::core::stringify!(GRANT_TYPEHASH),
            ::core::stringify!(revoke),
            ::core::stringify!(guardianActionId),
            ::core::stringify!(hasApproved),
            ::core::stringify!(getRoleAdmin),
            ::core::stringify!(grantRole),
            ::core::stringify!(MAX_EMERGENCY_DURATION),
            ::core::stringify!(renounceRole),
            ::core::stringify!(reviewEmergency),
            ::core::stringify!(emergencyUntil),
            ::core::stringify!(anchorAccessLog),
            ::core::stringify!(isTrustedForwarder),
            ::core::stringify!(requestAccess),
            ::core::stringify!(EMERGENCY_CATEGORY),
            ::core::stringify!(hasAccess),
            ::core::stringify!(revokeDigest),
            ::core::stringify!(emergencyDuration),
            ::core::stringify!(trustedForwarder),
            ::core::stringify!(accessLogOf),
            ::core::stringify!(grantDigest),
            ::core::stringify!(revokeBySig),
            ::core::stringify!(eip712Domain),
            ::core::stringify!(REVOKE_TYPEHASH),
            ::core::stringify!(grantBySig),
            ::core::stringify!(hasRole),
            ::core::stringify!(ACCESS_LOG_ROLE),
            ::core::stringify!(DEFAULT_ADMIN_ROLE),
            ::core::stringify!(setEmergencyDuration),
            ::core::stringify!(nonceOf),
            ::core::stringify!(grant),
            ::core::stringify!(revokeRole),
            ::core::stringify!(grantOf),
            ::core::stringify!(isExecuted),
            ::core::stringify!(emergency),
            ::core::stringify!(approveGuardianAction),
            ::core::stringify!(breakGlass),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <supportsInterfaceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <GRANT_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <guardianActionIdCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hasApprovedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getRoleAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_EMERGENCY_DURATIONCall as alloy_sol_types::SolCall>::SIGNATURE,
            <renounceRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <reviewEmergencyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <emergencyUntilCall as alloy_sol_types::SolCall>::SIGNATURE,
            <anchorAccessLogCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isTrustedForwarderCall as alloy_sol_types::SolCall>::SIGNATURE,
            <requestAccessCall as alloy_sol_types::SolCall>::SIGNATURE,
            <EMERGENCY_CATEGORYCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hasAccessCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeDigestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <emergencyDurationCall as alloy_sol_types::SolCall>::SIGNATURE,
            <trustedForwarderCall as alloy_sol_types::SolCall>::SIGNATURE,
            <accessLogOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantDigestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeBySigCall as alloy_sol_types::SolCall>::SIGNATURE,
            <eip712DomainCall as alloy_sol_types::SolCall>::SIGNATURE,
            <REVOKE_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantBySigCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hasRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ACCESS_LOG_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <setEmergencyDurationCall as alloy_sol_types::SolCall>::SIGNATURE,
            <nonceOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isExecutedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <emergencyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <approveGuardianActionCall as alloy_sol_types::SolCall>::SIGNATURE,
            <breakGlassCall as alloy_sol_types::SolCall>::SIGNATURE,
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
        const COUNT: usize = 37usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::ACCESS_LOG_ROLE(_) => {
                    <ACCESS_LOG_ROLECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::DEFAULT_ADMIN_ROLE(_) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::EMERGENCY_CATEGORY(_) => {
                    <EMERGENCY_CATEGORYCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::GRANT_TYPEHASH(_) => {
                    <GRANT_TYPEHASHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_EMERGENCY_DURATION(_) => {
                    <MAX_EMERGENCY_DURATIONCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::REVOKE_TYPEHASH(_) => {
                    <REVOKE_TYPEHASHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::accessLogOf(_) => <accessLogOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::anchorAccessLog(_) => {
                    <anchorAccessLogCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::approveGuardianAction(_) => {
                    <approveGuardianActionCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::breakGlass(_) => <breakGlassCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::eip712Domain(_) => <eip712DomainCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::emergency(_) => <emergencyCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::emergencyDuration(_) => {
                    <emergencyDurationCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::emergencyUntil(_) => {
                    <emergencyUntilCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getRoleAdmin(_) => <getRoleAdminCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::grant(_) => <grantCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::grantBySig(_) => <grantBySigCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::grantDigest(_) => <grantDigestCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::grantOf(_) => <grantOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::grantRole(_) => <grantRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::guardianActionId(_) => {
                    <guardianActionIdCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::hasAccess(_) => <hasAccessCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::hasApproved(_) => <hasApprovedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::hasRole(_) => <hasRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isExecuted(_) => <isExecutedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isTrustedForwarder(_) => {
                    <isTrustedForwarderCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::nonceOf(_) => <nonceOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::renounceRole(_) => <renounceRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::requestAccess(_) => <requestAccessCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::reviewEmergency(_) => {
                    <reviewEmergencyCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::revoke(_) => <revokeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::revokeBySig(_) => <revokeBySigCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::revokeDigest(_) => <revokeDigestCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::revokeRole(_) => <revokeRoleCall as alloy_sol_types::SolCall>::SELECTOR,
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
                    fn GRANT_TYPEHASH(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <GRANT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::GRANT_TYPEHASH)
                    }
                    GRANT_TYPEHASH
                },
                {
                    fn revoke(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <revokeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::revoke)
                    }
                    revoke
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
                    fn reviewEmergency(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <reviewEmergencyCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::reviewEmergency)
                    }
                    reviewEmergency
                },
                {
                    fn emergencyUntil(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <emergencyUntilCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::emergencyUntil)
                    }
                    emergencyUntil
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
                    fn isTrustedForwarder(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <isTrustedForwarderCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::isTrustedForwarder)
                    }
                    isTrustedForwarder
                },
                {
                    fn requestAccess(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <requestAccessCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::requestAccess)
                    }
                    requestAccess
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
                    fn hasAccess(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <hasAccessCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::hasAccess)
                    }
                    hasAccess
                },
                {
                    fn revokeDigest(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <revokeDigestCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::revokeDigest)
                    }
                    revokeDigest
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
                    fn grantDigest(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <grantDigestCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::grantDigest)
                    }
                    grantDigest
                },
                {
                    fn revokeBySig(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <revokeBySigCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::revokeBySig)
                    }
                    revokeBySig
                },
                {
                    fn eip712Domain(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <eip712DomainCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::eip712Domain)
                    }
                    eip712Domain
                },
                {
                    fn REVOKE_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <REVOKE_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::REVOKE_TYPEHASH)
                    }
                    REVOKE_TYPEHASH
                },
                {
                    fn grantBySig(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <grantBySigCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::grantBySig)
                    }
                    grantBySig
                },
                {
                    fn hasRole(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::hasRole)
                    }
                    hasRole
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
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
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
                    fn nonceOf(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <nonceOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::nonceOf)
                    }
                    nonceOf
                },
                {
                    fn grant(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <grantCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::grant)
                    }
                    grant
                },
                {
                    fn revokeRole(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn grantOf(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <grantOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::grantOf)
                    }
                    grantOf
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
                    fn breakGlass(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <breakGlassCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentManagerCalls::breakGlass)
                    }
                    breakGlass
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
                    fn GRANT_TYPEHASH(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <GRANT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerCalls::GRANT_TYPEHASH)
                    }
                    GRANT_TYPEHASH
                },
                {
                    fn revoke(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <revokeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::revoke)
                    }
                    revoke
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
                    fn emergencyUntil(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <emergencyUntilCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerCalls::emergencyUntil)
                    }
                    emergencyUntil
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
                    fn requestAccess(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <requestAccessCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerCalls::requestAccess)
                    }
                    requestAccess
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
                    fn hasAccess(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <hasAccessCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::hasAccess)
                    }
                    hasAccess
                },
                {
                    fn revokeDigest(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <revokeDigestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerCalls::revokeDigest)
                    }
                    revokeDigest
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
                    fn grantDigest(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <grantDigestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::grantDigest)
                    }
                    grantDigest
                },
                {
                    fn revokeBySig(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <revokeBySigCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::revokeBySig)
                    }
                    revokeBySig
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
                    fn REVOKE_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <REVOKE_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerCalls::REVOKE_TYPEHASH)
                    }
                    REVOKE_TYPEHASH
                },
                {
                    fn grantBySig(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <grantBySigCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::grantBySig)
                    }
                    grantBySig
                },
                {
                    fn hasRole(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::hasRole)
                    }
                    hasRole
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
                    fn nonceOf(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <nonceOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::nonceOf)
                    }
                    nonceOf
                },
                {
                    fn grant(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <grantCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::grant)
                    }
                    grant
                },
                {
                    fn revokeRole(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn grantOf(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <grantOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::grantOf)
                    }
                    grantOf
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
                    fn breakGlass(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerCalls> {
                        <breakGlassCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(ConsentManagerCalls::breakGlass)
                    }
                    breakGlass
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
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::EMERGENCY_CATEGORY(inner) => {
                    <EMERGENCY_CATEGORYCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::GRANT_TYPEHASH(inner) => {
                    <GRANT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::MAX_EMERGENCY_DURATION(inner) => {
                    <MAX_EMERGENCY_DURATIONCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::REVOKE_TYPEHASH(inner) => {
                    <REVOKE_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
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
                Self::grant(inner) => {
                    <grantCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::grantBySig(inner) => {
                    <grantBySigCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::grantDigest(inner) => {
                    <grantDigestCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::grantOf(inner) => {
                    <grantOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::guardianActionId(inner) => {
                    <guardianActionIdCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::hasAccess(inner) => {
                    <hasAccessCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::hasApproved(inner) => {
                    <hasApprovedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isExecuted(inner) => {
                    <isExecutedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isTrustedForwarder(inner) => {
                    <isTrustedForwarderCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::nonceOf(inner) => {
                    <nonceOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::requestAccess(inner) => {
                    <requestAccessCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::reviewEmergency(inner) => {
                    <reviewEmergencyCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::revoke(inner) => {
                    <revokeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::revokeBySig(inner) => {
                    <revokeBySigCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::revokeDigest(inner) => {
                    <revokeDigestCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
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
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::EMERGENCY_CATEGORY(inner) => {
                    <EMERGENCY_CATEGORYCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::GRANT_TYPEHASH(inner) => {
                    <GRANT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::MAX_EMERGENCY_DURATION(inner) => {
                    <MAX_EMERGENCY_DURATIONCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::REVOKE_TYPEHASH(inner) => {
                    <REVOKE_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
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
                Self::grant(inner) => {
                    <grantCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::grantBySig(inner) => {
                    <grantBySigCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::grantDigest(inner) => {
                    <grantDigestCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::grantOf(inner) => {
                    <grantOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::guardianActionId(inner) => {
                    <guardianActionIdCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::hasAccess(inner) => {
                    <hasAccessCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::hasApproved(inner) => {
                    <hasApprovedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::isExecuted(inner) => {
                    <isExecutedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::isTrustedForwarder(inner) => {
                    <isTrustedForwarderCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::nonceOf(inner) => {
                    <nonceOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::requestAccess(inner) => {
                    <requestAccessCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::reviewEmergency(inner) => {
                    <reviewEmergencyCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::revoke(inner) => {
                    <revokeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::revokeBySig(inner) => {
                    <revokeBySigCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::revokeDigest(inner) => {
                    <revokeDigestCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
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
        EmergencyAlreadyReviewed(EmergencyAlreadyReviewed),
        #[allow(missing_docs)]
        EmergencyDurationOutOfBounds(EmergencyDurationOutOfBounds),
        #[allow(missing_docs)]
        EmptyAccessLog(EmptyAccessLog),
        #[allow(missing_docs)]
        ExpiryNotInFuture(ExpiryNotInFuture),
        #[allow(missing_docs)]
        InvalidAccess(InvalidAccess),
        #[allow(missing_docs)]
        InvalidCategory(InvalidCategory),
        #[allow(missing_docs)]
        InvalidGrantee(InvalidGrantee),
        #[allow(missing_docs)]
        InvalidNonce(InvalidNonce),
        #[allow(missing_docs)]
        InvalidShortString(InvalidShortString),
        #[allow(missing_docs)]
        InvalidSignature(InvalidSignature),
        #[allow(missing_docs)]
        NoGrant(NoGrant),
        #[allow(missing_docs)]
        NotCertified(NotCertified),
        #[allow(missing_docs)]
        NotGuardian(NotGuardian),
        #[allow(missing_docs)]
        NotPatient(NotPatient),
        #[allow(missing_docs)]
        NotReviewer(NotReviewer),
        #[allow(missing_docs)]
        SignatureExpired(SignatureExpired),
        #[allow(missing_docs)]
        StringTooLong(StringTooLong),
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
            [4u8, 42u8, 181u8, 218u8],
            [6u8, 66u8, 122u8, 235u8],
            [45u8, 76u8, 125u8, 51u8],
            [48u8, 90u8, 39u8, 169u8],
            [66u8, 85u8, 126u8, 151u8],
            [72u8, 234u8, 229u8, 20u8],
            [77u8, 5u8, 102u8, 176u8],
            [92u8, 130u8, 89u8, 57u8],
            [102u8, 151u8, 178u8, 50u8],
            [119u8, 101u8, 241u8, 44u8],
            [130u8, 111u8, 27u8, 210u8],
            [135u8, 222u8, 24u8, 68u8],
            [141u8, 73u8, 159u8, 125u8],
            [147u8, 210u8, 66u8, 31u8],
            [161u8, 88u8, 237u8, 52u8],
            [167u8, 45u8, 183u8, 135u8],
            [172u8, 62u8, 13u8, 36u8],
            [179u8, 81u8, 43u8, 12u8],
            [192u8, 24u8, 92u8, 100u8],
            [205u8, 33u8, 219u8, 79u8],
            [216u8, 85u8, 196u8, 244u8],
            [226u8, 81u8, 125u8, 63u8],
            [246u8, 130u8, 254u8, 87u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(InvalidGrantee),
            ::core::stringify!(InvalidNonce),
            ::core::stringify!(InvalidCategory),
            ::core::stringify!(StringTooLong),
            ::core::stringify!(UnknownEmergency),
            ::core::stringify!(ActionAlreadyExecuted),
            ::core::stringify!(NotPatient),
            ::core::stringify!(EmergencyDurationOutOfBounds),
            ::core::stringify!(AccessControlBadConfirmation),
            ::core::stringify!(NotCertified),
            ::core::stringify!(NotGuardian),
            ::core::stringify!(NotReviewer),
            ::core::stringify!(ExpiryNotInFuture),
            ::core::stringify!(EmptyAccessLog),
            ::core::stringify!(EmergencyAlreadyReviewed),
            ::core::stringify!(AlreadyApproved),
            ::core::stringify!(NoGrant),
            ::core::stringify!(InvalidShortString),
            ::core::stringify!(InvalidAccess),
            ::core::stringify!(SignatureExpired),
            ::core::stringify!(InvalidSignature),
            ::core::stringify!(AccessControlUnauthorizedAccount),
            ::core::stringify!(AccessLogAlreadyAnchored),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <InvalidGrantee as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidNonce as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidCategory as alloy_sol_types::SolError>::SIGNATURE,
            <StringTooLong as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownEmergency as alloy_sol_types::SolError>::SIGNATURE,
            <ActionAlreadyExecuted as alloy_sol_types::SolError>::SIGNATURE,
            <NotPatient as alloy_sol_types::SolError>::SIGNATURE,
            <EmergencyDurationOutOfBounds as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlBadConfirmation as alloy_sol_types::SolError>::SIGNATURE,
            <NotCertified as alloy_sol_types::SolError>::SIGNATURE,
            <NotGuardian as alloy_sol_types::SolError>::SIGNATURE,
            <NotReviewer as alloy_sol_types::SolError>::SIGNATURE,
            <ExpiryNotInFuture as alloy_sol_types::SolError>::SIGNATURE,
            <EmptyAccessLog as alloy_sol_types::SolError>::SIGNATURE,
            <EmergencyAlreadyReviewed as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadyApproved as alloy_sol_types::SolError>::SIGNATURE,
            <NoGrant as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidShortString as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidAccess as alloy_sol_types::SolError>::SIGNATURE,
            <SignatureExpired as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidSignature as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SIGNATURE,
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
        const COUNT: usize = 23usize;
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
                Self::InvalidAccess(_) => <InvalidAccess as alloy_sol_types::SolError>::SELECTOR,
                Self::InvalidCategory(_) => {
                    <InvalidCategory as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidGrantee(_) => <InvalidGrantee as alloy_sol_types::SolError>::SELECTOR,
                Self::InvalidNonce(_) => <InvalidNonce as alloy_sol_types::SolError>::SELECTOR,
                Self::InvalidShortString(_) => {
                    <InvalidShortString as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidSignature(_) => {
                    <InvalidSignature as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NoGrant(_) => <NoGrant as alloy_sol_types::SolError>::SELECTOR,
                Self::NotCertified(_) => <NotCertified as alloy_sol_types::SolError>::SELECTOR,
                Self::NotGuardian(_) => <NotGuardian as alloy_sol_types::SolError>::SELECTOR,
                Self::NotPatient(_) => <NotPatient as alloy_sol_types::SolError>::SELECTOR,
                Self::NotReviewer(_) => <NotReviewer as alloy_sol_types::SolError>::SELECTOR,
                Self::SignatureExpired(_) => {
                    <SignatureExpired as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StringTooLong(_) => <StringTooLong as alloy_sol_types::SolError>::SELECTOR,
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
                    fn InvalidGrantee(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <InvalidGrantee as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::InvalidGrantee)
                    }
                    InvalidGrantee
                },
                {
                    fn InvalidNonce(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <InvalidNonce as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::InvalidNonce)
                    }
                    InvalidNonce
                },
                {
                    fn InvalidCategory(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <InvalidCategory as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::InvalidCategory)
                    }
                    InvalidCategory
                },
                {
                    fn StringTooLong(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <StringTooLong as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::StringTooLong)
                    }
                    StringTooLong
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
                    fn NotPatient(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <NotPatient as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::NotPatient)
                    }
                    NotPatient
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
                    fn NotReviewer(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <NotReviewer as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::NotReviewer)
                    }
                    NotReviewer
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
                    fn NoGrant(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <NoGrant as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::NoGrant)
                    }
                    NoGrant
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
                    fn InvalidAccess(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <InvalidAccess as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(ConsentManagerErrors::InvalidAccess)
                    }
                    InvalidAccess
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
                    fn InvalidGrantee(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <InvalidGrantee as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(ConsentManagerErrors::InvalidGrantee)
                    }
                    InvalidGrantee
                },
                {
                    fn InvalidNonce(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <InvalidNonce as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(ConsentManagerErrors::InvalidNonce)
                    }
                    InvalidNonce
                },
                {
                    fn InvalidCategory(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <InvalidCategory as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(ConsentManagerErrors::InvalidCategory)
                    }
                    InvalidCategory
                },
                {
                    fn StringTooLong(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <StringTooLong as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(ConsentManagerErrors::StringTooLong)
                    }
                    StringTooLong
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
                    fn NotPatient(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <NotPatient as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(ConsentManagerErrors::NotPatient)
                    }
                    NotPatient
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
                    fn NotReviewer(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <NotReviewer as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(ConsentManagerErrors::NotReviewer)
                    }
                    NotReviewer
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
                    fn NoGrant(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <NoGrant as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(ConsentManagerErrors::NoGrant)
                    }
                    NoGrant
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
                    fn InvalidAccess(data: &[u8]) -> alloy_sol_types::Result<ConsentManagerErrors> {
                        <InvalidAccess as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(ConsentManagerErrors::InvalidAccess)
                    }
                    InvalidAccess
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
                Self::InvalidAccess(inner) => {
                    <InvalidAccess as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidCategory(inner) => {
                    <InvalidCategory as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidGrantee(inner) => {
                    <InvalidGrantee as alloy_sol_types::SolError>::abi_encoded_size(
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
                Self::NoGrant(inner) => {
                    <NoGrant as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotCertified(inner) => {
                    <NotCertified as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotGuardian(inner) => {
                    <NotGuardian as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotPatient(inner) => {
                    <NotPatient as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotReviewer(inner) => {
                    <NotReviewer as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::SignatureExpired(inner) => {
                    <SignatureExpired as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StringTooLong(inner) => {
                    <StringTooLong as alloy_sol_types::SolError>::abi_encoded_size(inner)
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
                Self::InvalidAccess(inner) => {
                    <InvalidAccess as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidCategory(inner) => {
                    <InvalidCategory as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidGrantee(inner) => {
                    <InvalidGrantee as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
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
                Self::NoGrant(inner) => {
                    <NoGrant as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotCertified(inner) => {
                    <NotCertified as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotGuardian(inner) => {
                    <NotGuardian as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotPatient(inner) => {
                    <NotPatient as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotReviewer(inner) => {
                    <NotReviewer as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::SignatureExpired(inner) => {
                    <SignatureExpired as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::StringTooLong(inner) => {
                    <StringTooLong as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::UnknownEmergency(inner) => {
                    <UnknownEmergency as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`ConsentManager`](self) events.
    #[derive(Clone, serde::Serialize, serde::Deserialize)]
    pub enum ConsentManagerEvents {
        #[allow(missing_docs)]
        AccessLogAnchored(AccessLogAnchored),
        #[allow(missing_docs)]
        AccessRequested(AccessRequested),
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
        Granted(Granted),
        #[allow(missing_docs)]
        GuardianActionExecuted(GuardianActionExecuted),
        #[allow(missing_docs)]
        GuardianApproved(GuardianApproved),
        #[allow(missing_docs)]
        Revoked(Revoked),
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
                4u8, 152u8, 18u8, 87u8, 83u8, 233u8, 201u8, 182u8, 89u8, 21u8, 143u8, 166u8, 29u8,
                105u8, 61u8, 10u8, 56u8, 194u8, 93u8, 25u8, 179u8, 208u8, 90u8, 211u8, 120u8,
                152u8, 181u8, 230u8, 206u8, 131u8, 10u8, 240u8,
            ],
            [
                10u8, 99u8, 135u8, 201u8, 234u8, 54u8, 40u8, 184u8, 138u8, 99u8, 59u8, 180u8,
                243u8, 177u8, 81u8, 119u8, 15u8, 112u8, 8u8, 81u8, 23u8, 161u8, 95u8, 155u8, 243u8,
                120u8, 124u8, 218u8, 83u8, 241u8, 61u8, 49u8,
            ],
            [
                45u8, 249u8, 131u8, 21u8, 164u8, 78u8, 0u8, 155u8, 182u8, 152u8, 135u8, 175u8,
                118u8, 176u8, 59u8, 46u8, 79u8, 105u8, 12u8, 215u8, 21u8, 58u8, 53u8, 197u8, 65u8,
                113u8, 181u8, 101u8, 192u8, 14u8, 13u8, 57u8,
            ],
            [
                47u8, 135u8, 136u8, 17u8, 126u8, 126u8, 255u8, 29u8, 130u8, 233u8, 38u8, 236u8,
                121u8, 73u8, 1u8, 209u8, 124u8, 120u8, 2u8, 74u8, 80u8, 39u8, 9u8, 64u8, 48u8,
                69u8, 64u8, 167u8, 51u8, 101u8, 111u8, 13u8,
            ],
            [
                76u8, 40u8, 126u8, 211u8, 85u8, 193u8, 193u8, 238u8, 18u8, 232u8, 214u8, 231u8,
                126u8, 161u8, 168u8, 19u8, 252u8, 69u8, 114u8, 134u8, 51u8, 225u8, 131u8, 151u8,
                99u8, 214u8, 96u8, 35u8, 85u8, 127u8, 223u8, 82u8,
            ],
            [
                132u8, 202u8, 72u8, 96u8, 126u8, 29u8, 52u8, 128u8, 152u8, 63u8, 104u8, 62u8,
                165u8, 71u8, 25u8, 40u8, 47u8, 36u8, 240u8, 130u8, 50u8, 249u8, 49u8, 219u8, 166u8,
                222u8, 72u8, 14u8, 233u8, 7u8, 150u8, 11u8,
            ],
            [
                135u8, 13u8, 245u8, 210u8, 245u8, 196u8, 123u8, 190u8, 40u8, 100u8, 23u8, 148u8,
                175u8, 20u8, 89u8, 82u8, 18u8, 5u8, 193u8, 213u8, 21u8, 184u8, 129u8, 169u8, 124u8,
                6u8, 27u8, 75u8, 131u8, 92u8, 7u8, 72u8,
            ],
            [
                144u8, 252u8, 193u8, 68u8, 70u8, 83u8, 31u8, 215u8, 201u8, 177u8, 236u8, 107u8,
                215u8, 242u8, 63u8, 175u8, 9u8, 242u8, 233u8, 33u8, 200u8, 10u8, 54u8, 122u8,
                177u8, 89u8, 33u8, 166u8, 167u8, 99u8, 61u8, 28u8,
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
                215u8, 39u8, 95u8, 227u8, 64u8, 10u8, 56u8, 164u8, 220u8, 64u8, 143u8, 74u8, 156u8,
                154u8, 25u8, 51u8, 160u8, 252u8, 118u8, 124u8, 128u8, 182u8, 99u8, 120u8, 6u8, 6u8,
                239u8, 77u8, 201u8, 54u8, 52u8, 53u8,
            ],
            [
                222u8, 41u8, 137u8, 199u8, 214u8, 190u8, 29u8, 229u8, 213u8, 194u8, 226u8, 129u8,
                213u8, 208u8, 148u8, 66u8, 32u8, 168u8, 229u8, 38u8, 133u8, 31u8, 235u8, 82u8,
                198u8, 209u8, 9u8, 239u8, 180u8, 10u8, 252u8, 167u8,
            ],
            [
                246u8, 57u8, 31u8, 92u8, 50u8, 217u8, 198u8, 157u8, 42u8, 71u8, 234u8, 103u8, 11u8,
                68u8, 41u8, 116u8, 181u8, 57u8, 53u8, 209u8, 237u8, 199u8, 253u8, 100u8, 235u8,
                33u8, 224u8, 71u8, 168u8, 57u8, 23u8, 27u8,
            ],
            [
                254u8, 176u8, 50u8, 181u8, 70u8, 103u8, 1u8, 32u8, 223u8, 133u8, 73u8, 113u8,
                150u8, 102u8, 239u8, 181u8, 245u8, 164u8, 165u8, 176u8, 128u8, 61u8, 102u8, 147u8,
                192u8, 22u8, 126u8, 53u8, 214u8, 22u8, 151u8, 208u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(EmergencyDisputed),
            ::core::stringify!(EIP712DomainChanged),
            ::core::stringify!(GuardianApproved),
            ::core::stringify!(RoleGranted),
            ::core::stringify!(AccessRequested),
            ::core::stringify!(AccessLogAnchored),
            ::core::stringify!(EmergencyAccessOpened),
            ::core::stringify!(GuardianActionExecuted),
            ::core::stringify!(EmergencyDurationSet),
            ::core::stringify!(RoleAdminChanged),
            ::core::stringify!(EmergencyAccepted),
            ::core::stringify!(Revoked),
            ::core::stringify!(RoleRevoked),
            ::core::stringify!(Granted),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <EmergencyDisputed as alloy_sol_types::SolEvent>::SIGNATURE,
            <EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <GuardianApproved as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE,
            <AccessRequested as alloy_sol_types::SolEvent>::SIGNATURE,
            <AccessLogAnchored as alloy_sol_types::SolEvent>::SIGNATURE,
            <EmergencyAccessOpened as alloy_sol_types::SolEvent>::SIGNATURE,
            <GuardianActionExecuted as alloy_sol_types::SolEvent>::SIGNATURE,
            <EmergencyDurationSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <EmergencyAccepted as alloy_sol_types::SolEvent>::SIGNATURE,
            <Revoked as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleRevoked as alloy_sol_types::SolEvent>::SIGNATURE,
            <Granted as alloy_sol_types::SolEvent>::SIGNATURE,
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
        const COUNT: usize = 14usize;
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
                Some(<Granted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Granted as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Granted)
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
                Some(<Revoked as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Revoked as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Revoked)
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
                Self::Granted(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::GuardianActionExecuted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::GuardianApproved(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Revoked(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
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
                Self::Granted(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::GuardianActionExecuted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::GuardianApproved(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Revoked(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
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
        emergencyDuration_: u64,
    ) -> impl ::core::future::Future<Output = alloy_contract::Result<ConsentManagerInstance<P, N>>>
    {
        ConsentManagerInstance::<P, N>::deploy(
            __provider,
            admin,
            forwarder,
            accounts_,
            providers_,
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
        emergencyDuration_: u64,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        ConsentManagerInstance::<P, N>::deploy_builder(
            __provider,
            admin,
            forwarder,
            accounts_,
            providers_,
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
            emergencyDuration_: u64,
        ) -> alloy_contract::Result<ConsentManagerInstance<P, N>> {
            let call_builder = Self::deploy_builder(
                __provider,
                admin,
                forwarder,
                accounts_,
                providers_,
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
        ///Creates a new call builder for the [`DEFAULT_ADMIN_ROLE`] function.
        pub fn DEFAULT_ADMIN_ROLE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_ADMIN_ROLECall, N> {
            self.call_builder(&DEFAULT_ADMIN_ROLECall)
        }
        ///Creates a new call builder for the [`EMERGENCY_CATEGORY`] function.
        pub fn EMERGENCY_CATEGORY(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, EMERGENCY_CATEGORYCall, N> {
            self.call_builder(&EMERGENCY_CATEGORYCall)
        }
        ///Creates a new call builder for the [`GRANT_TYPEHASH`] function.
        pub fn GRANT_TYPEHASH(&self) -> alloy_contract::SolCallBuilder<&P, GRANT_TYPEHASHCall, N> {
            self.call_builder(&GRANT_TYPEHASHCall)
        }
        ///Creates a new call builder for the [`MAX_EMERGENCY_DURATION`] function.
        pub fn MAX_EMERGENCY_DURATION(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_EMERGENCY_DURATIONCall, N> {
            self.call_builder(&MAX_EMERGENCY_DURATIONCall)
        }
        ///Creates a new call builder for the [`REVOKE_TYPEHASH`] function.
        pub fn REVOKE_TYPEHASH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, REVOKE_TYPEHASHCall, N> {
            self.call_builder(&REVOKE_TYPEHASHCall)
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
            patient: alloy::sol_types::private::Address,
            action: <IConsentManager::GuardianAction as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, approveGuardianActionCall, N> {
            self.call_builder(&approveGuardianActionCall { patient, action })
        }
        ///Creates a new call builder for the [`breakGlass`] function.
        pub fn breakGlass(
            &self,
            patient: alloy::sol_types::private::Address,
            reasonCode: u16,
        ) -> alloy_contract::SolCallBuilder<&P, breakGlassCall, N> {
            self.call_builder(&breakGlassCall { patient, reasonCode })
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
            patient: alloy::sol_types::private::Address,
            provider: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, emergencyUntilCall, N> {
            self.call_builder(&emergencyUntilCall { patient, provider })
        }
        ///Creates a new call builder for the [`getRoleAdmin`] function.
        pub fn getRoleAdmin(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getRoleAdminCall, N> {
            self.call_builder(&getRoleAdminCall { role })
        }
        ///Creates a new call builder for the [`grant`] function.
        pub fn grant(
            &self,
            grantee: alloy::sol_types::private::Address,
            scope: <IConsentManager::Scope as alloy::sol_types::SolType>::RustType,
            target: alloy::sol_types::private::FixedBytes<32>,
            access: <IConsentManager::Access as alloy::sol_types::SolType>::RustType,
            expiresAt: u64,
        ) -> alloy_contract::SolCallBuilder<&P, grantCall, N> {
            self.call_builder(&grantCall { grantee, scope, target, access, expiresAt })
        }
        ///Creates a new call builder for the [`grantBySig`] function.
        pub fn grantBySig(
            &self,
            c: <IConsentManager::SignedConsent as alloy::sol_types::SolType>::RustType,
            signature: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, grantBySigCall, N> {
            self.call_builder(&grantBySigCall { c, signature })
        }
        ///Creates a new call builder for the [`grantDigest`] function.
        pub fn grantDigest(
            &self,
            consent: <IConsentManager::SignedConsent as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, grantDigestCall, N> {
            self.call_builder(&grantDigestCall { consent })
        }
        ///Creates a new call builder for the [`grantOf`] function.
        pub fn grantOf(
            &self,
            patient: alloy::sol_types::private::Address,
            grantee: alloy::sol_types::private::Address,
            scope: <IConsentManager::Scope as alloy::sol_types::SolType>::RustType,
            target: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, grantOfCall, N> {
            self.call_builder(&grantOfCall { patient, grantee, scope, target })
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
            patient: alloy::sol_types::private::Address,
            action: <IConsentManager::GuardianAction as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, guardianActionIdCall, N> {
            self.call_builder(&guardianActionIdCall { patient, action })
        }
        ///Creates a new call builder for the [`hasAccess`] function.
        pub fn hasAccess(
            &self,
            patient: alloy::sol_types::private::Address,
            grantee: alloy::sol_types::private::Address,
            recordId: alloy::sol_types::private::FixedBytes<32>,
            category: u16,
            access: <IConsentManager::Access as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, hasAccessCall, N> {
            self.call_builder(&hasAccessCall { patient, grantee, recordId, category, access })
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
        ///Creates a new call builder for the [`isExecuted`] function.
        pub fn isExecuted(
            &self,
            actionId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, isExecutedCall, N> {
            self.call_builder(&isExecutedCall { actionId })
        }
        ///Creates a new call builder for the [`isTrustedForwarder`] function.
        pub fn isTrustedForwarder(
            &self,
            forwarder: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, isTrustedForwarderCall, N> {
            self.call_builder(&isTrustedForwarderCall { forwarder })
        }
        ///Creates a new call builder for the [`nonceOf`] function.
        pub fn nonceOf(
            &self,
            patient: alloy::sol_types::private::Address,
            grantee: alloy::sol_types::private::Address,
            scope: <IConsentManager::Scope as alloy::sol_types::SolType>::RustType,
            target: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, nonceOfCall, N> {
            self.call_builder(&nonceOfCall { patient, grantee, scope, target })
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
            patient: alloy::sol_types::private::Address,
            scope: <IConsentManager::Scope as alloy::sol_types::SolType>::RustType,
            target: alloy::sol_types::private::FixedBytes<32>,
            access: <IConsentManager::Access as alloy::sol_types::SolType>::RustType,
            purpose: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, requestAccessCall, N> {
            self.call_builder(&requestAccessCall { patient, scope, target, access, purpose })
        }
        ///Creates a new call builder for the [`reviewEmergency`] function.
        pub fn reviewEmergency(
            &self,
            emergencyId: alloy::sol_types::private::primitives::aliases::U256,
            accept: bool,
            evidence: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, reviewEmergencyCall, N> {
            self.call_builder(&reviewEmergencyCall { emergencyId, accept, evidence })
        }
        ///Creates a new call builder for the [`revoke`] function.
        pub fn revoke(
            &self,
            grantee: alloy::sol_types::private::Address,
            scope: <IConsentManager::Scope as alloy::sol_types::SolType>::RustType,
            target: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, revokeCall, N> {
            self.call_builder(&revokeCall { grantee, scope, target })
        }
        ///Creates a new call builder for the [`revokeBySig`] function.
        pub fn revokeBySig(
            &self,
            c: <IConsentManager::SignedConsent as alloy::sol_types::SolType>::RustType,
            signature: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, revokeBySigCall, N> {
            self.call_builder(&revokeBySigCall { c, signature })
        }
        ///Creates a new call builder for the [`revokeDigest`] function.
        pub fn revokeDigest(
            &self,
            consent: <IConsentManager::SignedConsent as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, revokeDigestCall, N> {
            self.call_builder(&revokeDigestCall { consent })
        }
        ///Creates a new call builder for the [`revokeRole`] function.
        pub fn revokeRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, revokeRoleCall, N> {
            self.call_builder(&revokeRoleCall { role, account })
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
        ///Creates a new event filter for the [`Granted`] event.
        pub fn Granted_filter(&self) -> alloy_contract::Event<&P, Granted, N> {
            self.event_filter::<Granted>()
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
        ///Creates a new event filter for the [`Revoked`] event.
        pub fn Revoked_filter(&self) -> alloy_contract::Event<&P, Revoked, N> {
            self.event_filter::<Revoked>()
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
