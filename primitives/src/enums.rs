//! The one Rust mirror of each Solidity enum the off-chain code reads or writes.
//!
//! A Solidity enum travels as a `uint8` in calldata, return values and events. Everything off-chain
//! converts through these types, so a number like `1u8` means nothing anywhere else: read a value
//! with `TryFrom<u8>` (an unknown number is an error, not a guess) and write one with `u8::from`.
//! A test reads the enums' declarations in `contracts/src/interfaces/` and checks that each mirror
//! lists the same members in the same order.

use std::fmt;

/// A `uint8` that is not a member of the enum it was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{value} is not a {name} (the contract's enum has {len} members)")]
pub struct UnknownVariant {
    /// The Solidity enum's name.
    pub name: &'static str,
    /// The value read.
    pub value: u8,
    /// How many members the enum has.
    pub len: usize,
}

macro_rules! solidity_enum {
    (
        $(#[$meta:meta])*
        $name:ident in $interface:literal {
            $( $(#[$vmeta:meta])* $variant:ident ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum $name {
            $(
                #[doc = concat!("`", stringify!($name), ".", stringify!($variant), "`.")]
                $(#[$vmeta])*
                $variant
            ),+
        }

        impl $name {
            /// Every member, in declaration order (its index is its `uint8` value).
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];
            /// The interface file that declares the Solidity enum.
            pub const INTERFACE: &'static str = $interface;
            /// The members' Solidity names, in declaration order.
            pub const NAMES: &'static [&'static str] = &[$(stringify!($variant)),+];

            /// The member's Solidity name.
            pub const fn name(self) -> &'static str {
                Self::NAMES[self as usize]
            }
        }

        impl From<$name> for u8 {
            fn from(value: $name) -> u8 {
                value as u8
            }
        }

        impl TryFrom<u8> for $name {
            type Error = UnknownVariant;

            fn try_from(value: u8) -> Result<Self, UnknownVariant> {
                Self::ALL.get(usize::from(value)).copied().ok_or(UnknownVariant {
                    name: stringify!($name),
                    value,
                    len: Self::ALL.len(),
                })
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.name())
            }
        }

        /// As its `uint8` value, like the ABI.
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_u8(*self as u8)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let value = <u8 as serde::Deserialize>::deserialize(d)?;
                Self::try_from(value).map_err(serde::de::Error::custom)
            }
        }
    };
}

solidity_enum! {
    /// `IAccountRegistry.Role`: what an account registered as.
    Role in "IAccountRegistry.sol" { None, Patient, Provider, Researcher }
}

solidity_enum! {
    /// `IConsentManager.Scope`: what a grant covers.
    Scope in "IConsentManager.sol" {
        /// One record; the target is the record id.
        Record,
        /// A whole consent category; the target is `bytes32(uint256(category))`.
        Category,
    }
}

solidity_enum! {
    /// `IConsentManager.Access`: what a grant allows.
    Access in "IConsentManager.sol" { None, Read, Write }
}

solidity_enum! {
    /// `IConsentManager.EmergencyStatus`: the state of a break-glass access.
    EmergencyStatus in "IConsentManager.sol" { None, Open, Accepted, Disputed }
}

solidity_enum! {
    /// `IRecordRegistry.Authorship`: who vouches for an anchored record.
    Authorship in "IRecordRegistry.sol" {
        /// The leaf is not in the anchor (or the root was never anchored).
        NotIncluded,
        /// The author anchored it itself while a certified provider.
        CertifiedProvider,
        /// The author is the patient: a self-reported record.
        SelfReported,
        /// Anchored, but vouched for by nobody the chain knows.
        Unqualified,
        /// In a batch naming a provider certified then as author: the relayer's word, not the
        /// provider's signature (the client checks that off-chain).
        AttributedToProvider,
    }
}

solidity_enum! {
    /// `IProviderRegistry.Status`: a provider's certification.
    ProviderStatus in "IProviderRegistry.sol" { None, Pending, Certified, Unbonding }
}

solidity_enum! {
    /// `IProviderRegistry.ReviewKind`: what a peer review decides.
    ReviewKind in "IProviderRegistry.sol" { Certification, Misconduct }
}

solidity_enum! {
    /// `IProviderRegistry.Outcome`: how a peer review ended.
    Outcome in "IProviderRegistry.sol" { Open, Approved, Rejected, NoQuorum }
}

solidity_enum! {
    /// `IProviderRegistry.Param`: the registry's governed parameters.
    Param in "IProviderRegistry.sol" {
        MinStake,
        VoteBond,
        ChallengeBond,
        CommitWindow,
        RevealWindow,
        UnbondingDelay,
        Quorum,
        VoterPenaltyBps,
        SlashBps,
        ChallengerRewardBps,
    }
}

solidity_enum! {
    /// `IDataMarket.TradeStatus`: where a patient's trade is.
    TradeStatus in "IDataMarket.sol" { None, Pending, Disputed, Paid, Refunded }
}

/// The Solidity name of each mirrored enum, with its interface file and members: what the test
/// against the contracts compares.
pub const MIRRORS: &[(&str, &str, &[&str])] = &[
    ("Role", Role::INTERFACE, Role::NAMES),
    ("Scope", Scope::INTERFACE, Scope::NAMES),
    ("Access", Access::INTERFACE, Access::NAMES),
    ("EmergencyStatus", EmergencyStatus::INTERFACE, EmergencyStatus::NAMES),
    ("Authorship", Authorship::INTERFACE, Authorship::NAMES),
    ("Status", ProviderStatus::INTERFACE, ProviderStatus::NAMES),
    ("ReviewKind", ReviewKind::INTERFACE, ReviewKind::NAMES),
    ("Outcome", Outcome::INTERFACE, Outcome::NAMES),
    ("Param", Param::INTERFACE, Param::NAMES),
    ("TradeStatus", TradeStatus::INTERFACE, TradeStatus::NAMES),
];

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    /// The members of `enum <name> { … }` in a Solidity source, comments dropped.
    fn solidity_members(source: &str, name: &str) -> Option<Vec<String>> {
        let start = source.find(&format!("enum {name} {{"))?;
        let body = &source[start..];
        let body = &body[body.find('{')? + 1..body.find('}')?];
        Some(
            body.lines()
                .map(|l| l.split("//").next().unwrap_or_default())
                .flat_map(|l| l.split(','))
                .map(str::trim)
                .filter(|m| !m.is_empty())
                .map(str::to_owned)
                .collect(),
        )
    }

    #[test]
    fn every_mirror_matches_its_solidity_enum() {
        let interfaces =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../contracts/src/interfaces");
        for (name, file, members) in MIRRORS {
            let source = std::fs::read_to_string(interfaces.join(file)).unwrap();
            let declared = solidity_members(&source, name)
                .unwrap_or_else(|| panic!("{file} declares no enum {name}"));
            assert_eq!(&declared, members, "{name} in {file}");
        }
    }

    #[test]
    fn every_enum_the_interfaces_declare_is_mirrored() {
        let interfaces =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../contracts/src/interfaces");
        for entry in std::fs::read_dir(interfaces).unwrap() {
            let path = entry.unwrap().path();
            let source = std::fs::read_to_string(&path).unwrap();
            for decl in source.split("enum ").skip(1) {
                let name = decl.split_whitespace().next().unwrap();
                assert!(
                    MIRRORS.iter().any(|(n, _, _)| n == &name),
                    "{} declares enum {name}, which has no mirror here",
                    path.display()
                );
            }
        }
    }

    #[test]
    fn values_round_trip_and_unknown_ones_are_refused() {
        assert_eq!(u8::from(TradeStatus::Paid), 3);
        assert_eq!(TradeStatus::try_from(4), Ok(TradeStatus::Refunded));
        assert_eq!(
            TradeStatus::try_from(5),
            Err(UnknownVariant { name: "TradeStatus", value: 5, len: 5 })
        );
        assert_eq!(Role::Researcher.to_string(), "Researcher");
        for (i, s) in Access::ALL.iter().enumerate() {
            assert_eq!(usize::from(u8::from(*s)), i);
        }
    }
}
