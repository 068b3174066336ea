//! The user's encryption key: a secp256k1 scalar derived from the wallet's signature of typed
//! data, one per key epoch (docs/KEYS.md), so that any wallet that signs EIP-712 (a browser
//! extension, a hardware wallet) yields it; the account key itself never has to do ECDH.
//!
//! Readers unwrap data keys with it (ECDH, see [`crate::ecies`]). It never leaves the client: no
//! serde, no `Clone`, no content in `Debug`, zeroized on drop (k256's `SecretKey` clears its
//! scalar when dropped).
//!
//! - [`derive_encryption_key`]: sign the derivation typed data for one epoch and derive the key
//!   ([`SecretKey::from_wallet_signature`]).
//! - [`Keyring`]: an account's keys of every epoch up to the current one, so data keys wrapped
//!   before a rotation still open.

use std::fmt;

use alloy::{
    dyn_abi::TypedData,
    primitives::{Address, B256, Signature},
    signers::{Signer, local::PrivateKeySigner},
};
use hkdf::Hkdf;
use rand::{CryptoRng, RngCore};
use sha2::Sha256;
use zeroize::Zeroizing;

use medvault_primitives::eip712::{accounts_domain, encryption_key_derivation};
use medvault_primitives::error::{EnvelopeError, Result};
use medvault_primitives::types::PublicKey;

/// HKDF salt of the derivation from a wallet signature (docs/KEYS.md).
const WALLET_KEY_SALT: &[u8] = b"medvault/keys/v1";
/// HKDF info label, followed by the epoch (4 bytes, big-endian).
const WALLET_KEY_INFO: &[u8] = b"encryption";

/// HKDF salt of the keys and salts derived from an encryption key for relationships.
const RELATIONSHIP_SALT: &[u8] = b"medvault/relationship/v1";
/// HKDF info label of a relationship's controller key, followed by the grantee.
const RELATIONSHIP_CONTROLLER: &[u8] = b"controller";
/// HKDF info label of a grant's salt, followed by grantee, scope and target.
const GRANT_SALT: &[u8] = b"grant-salt";
/// HKDF info label of a one-time trade key, followed by the request id.
const TRADE_KEY: &[u8] = b"trade";

/// A secp256k1 secret key held on the user's device.
pub struct SecretKey {
    inner: k256::SecretKey,
    // Derived once: wrapping and unwrapping need the public key each time.
    public: PublicKey,
}

impl SecretKey {
    /// A fresh random key.
    pub fn random(rng: &mut (impl RngCore + CryptoRng)) -> Self {
        Self::from_k256(k256::SecretKey::random(rng))
    }

    /// A key from its 32 big-endian bytes. The caller's copy is its own to zeroize; passing a
    /// `Zeroizing` buffer does that.
    pub fn from_bytes(bytes: &[u8; 32]) -> Result<Self> {
        k256::SecretKey::from_bytes(bytes.into())
            .map(Self::from_k256)
            .map_err(|_| EnvelopeError::InvalidSecretKey)
    }

    /// The 32 big-endian bytes, in a buffer that is zeroized when dropped (for a keystore).
    pub fn to_bytes(&self) -> Zeroizing<[u8; 32]> {
        Zeroizing::new(self.inner.to_bytes().into())
    }

    /// The public key readers register and writers wrap data keys to.
    pub const fn public_key(&self) -> &PublicKey {
        &self.public
    }

    /// The Ethereum address of this key.
    pub fn address(&self) -> Address {
        self.public.address()
    }

    /// The k256 key, for ECDH inside this crate.
    pub(crate) const fn as_k256(&self) -> &k256::SecretKey {
        &self.inner
    }

    /// The encryption key of key epoch `epoch`, from the wallet's signature of its
    /// [`EncryptionKeyDerivation`](medvault_primitives::eip712::EncryptionKeyDerivation).
    ///
    /// IKM: `r ‖ s` (64 bytes) with `s` normalised to the lower half of the curve order, so
    /// wallets that differ in `v` encoding or in the `s` they return agree. HKDF-SHA256, salt
    /// `medvault/keys/v1`, info `encryption ‖ epoch (4 bytes BE)`, 32 bytes, read as a big-endian
    /// scalar. If those bytes are zero or not below the curve order (a chance of about 2^-128),
    /// expand again with a counter byte appended to the info (1, then 2, …) until they are.
    pub fn from_wallet_signature(signature: &Signature, epoch: u32) -> Self {
        let signature = signature.normalized_s();
        let mut ikm = Zeroizing::new([0u8; 64]);
        ikm[..32].copy_from_slice(&signature.r().to_be_bytes::<32>());
        ikm[32..].copy_from_slice(&signature.s().to_be_bytes::<32>());
        let hkdf = Hkdf::<Sha256>::new(Some(WALLET_KEY_SALT), &ikm[..]);
        let mut info = [0u8; WALLET_KEY_INFO.len() + 5];
        info[..WALLET_KEY_INFO.len()].copy_from_slice(WALLET_KEY_INFO);
        info[WALLET_KEY_INFO.len()..WALLET_KEY_INFO.len() + 4]
            .copy_from_slice(&epoch.to_be_bytes());
        let mut okm = Zeroizing::new([0u8; 32]);
        // Counter 0 means "no counter byte": the first expansion's info is 14 bytes.
        for counter in 0..=u8::MAX {
            let len = if counter == 0 { info.len() - 1 } else { info.len() };
            info[info.len() - 1] = counter;
            hkdf.expand(&info[..len], &mut okm[..])
                .expect("32 bytes are within HKDF-SHA256's limit");
            if let Ok(key) = Self::from_bytes(&okm) {
                return key;
            }
        }
        unreachable!("256 expansions all out of the scalar range (probability about 2^-32768)")
    }

    /// The signing key of this account's relationship with `grantee` (docs/PRIVACY.md): the
    /// controller of every consent the account gives `grantee`, a pseudonym nothing on-chain ties
    /// to the account. HKDF-SHA256 over this key's bytes, salt `medvault/relationship/v1`, info
    /// `controller ‖ grantee (20 bytes)`, with the same counter retry as the encryption key.
    pub fn relationship_key(&self, grantee: Address) -> Self {
        let mut info = RELATIONSHIP_CONTROLLER.to_vec();
        info.extend_from_slice(grantee.as_slice());
        self.derive_scalar(RELATIONSHIP_SALT, &info)
    }

    /// The salt that blinds the grant id of this account's consent to `grantee` for `scope` and
    /// `target` (docs/PRIVACY.md): HKDF-SHA256 over this key's bytes, salt
    /// `medvault/relationship/v1`, info `grant-salt ‖ grantee ‖ scope (1 byte) ‖ target`. The
    /// same consent always gets the same id, so the patient finds it again without storing it.
    pub fn grant_salt(&self, grantee: Address, scope: u8, target: B256) -> B256 {
        let mut info = GRANT_SALT.to_vec();
        info.extend_from_slice(grantee.as_slice());
        info.push(scope);
        info.extend_from_slice(target.as_slice());
        self.derive_bytes(RELATIONSHIP_SALT, &info)
    }

    /// The salt of this provider's break-glass tag on `patient` for day `day` (Unix time / 86,400):
    /// HKDF-SHA256 over this key's bytes, salt `medvault/relationship/v1`, info
    /// `emergency-salt ‖ patient ‖ day (8 bytes, big-endian)`. Tags of different days (and
    /// patients) are unlinkable to anyone without this key, yet the provider's device finds its
    /// open window again without storing anything: a window lasts at most a day, so it is today's
    /// or yesterday's.
    pub fn emergency_salt(&self, patient: Address, day: u64) -> B256 {
        let mut info = b"emergency-salt".to_vec();
        info.extend_from_slice(patient.as_slice());
        info.extend_from_slice(&day.to_be_bytes());
        self.derive_bytes(RELATIONSHIP_SALT, &info)
    }

    /// The one-time trade key of this account's sale to research request `request`
    /// (docs/PRIVACY.md): it signs the trade's approval and is paid, so no two trades of the
    /// account, and none and the account, share an address. HKDF-SHA256 over this key's bytes,
    /// salt `medvault/relationship/v1`, info `trade ‖ request (32 bytes)`.
    pub fn trade_key(&self, request: alloy::primitives::U256) -> Self {
        let mut info = TRADE_KEY.to_vec();
        info.extend_from_slice(&request.to_be_bytes::<32>());
        self.derive_scalar(RELATIONSHIP_SALT, &info)
    }

    /// The one-time key that brings the misconduct challenge of this account's dispute of
    /// break-glass access `emergency` (so the challenge does not name the patient): HKDF-SHA256
    /// over this key's bytes, salt `medvault/relationship/v1`, info `dispute ‖ id (32 bytes)`.
    pub fn dispute_key(&self, emergency: alloy::primitives::U256) -> Self {
        let mut info = b"dispute".to_vec();
        info.extend_from_slice(&emergency.to_be_bytes::<32>());
        self.derive_scalar(RELATIONSHIP_SALT, &info)
    }

    /// The controller of this account's guardian set (docs/PRIVACY.md): the pseudonym under which
    /// her committed set of guardians is kept and her guardians' actions write. HKDF-SHA256 over
    /// this key's bytes, salt `medvault/relationship/v1`, info `guardian-set`.
    pub fn guardian_set_key(&self) -> Self {
        self.derive_scalar(RELATIONSHIP_SALT, b"guardian-set")
    }

    /// This account's pseudonym as a guardian in the set kept by `controller` (another
    /// patient's guardian-set controller): what the patient commits to, and what signs the
    /// guardian's approvals, so no two of the account's guardian duties share an address.
    /// HKDF-SHA256 over this key's bytes, salt `medvault/relationship/v1`, info
    /// `guardian ‖ controller (20 bytes)`.
    pub fn guardian_key(&self, controller: Address) -> Self {
        let mut info = b"guardian".to_vec();
        info.extend_from_slice(controller.as_slice());
        self.derive_scalar(RELATIONSHIP_SALT, &info)
    }

    /// This key as an alloy signer (for the relationship keys, which sign consent changes).
    pub fn signer(&self) -> PrivateKeySigner {
        PrivateKeySigner::from_signing_key(k256::ecdsa::SigningKey::from(&self.inner))
    }

    /// 32 bytes of HKDF-SHA256 over this key's bytes (the salts above).
    fn derive_bytes(&self, salt: &[u8], info: &[u8]) -> B256 {
        let ikm = self.to_bytes();
        let mut okm = [0u8; 32];
        Hkdf::<Sha256>::new(Some(salt), &ikm[..])
            .expand(info, &mut okm)
            .expect("32 bytes are within HKDF-SHA256's limit");
        B256::from(okm)
    }

    fn derive_scalar(&self, salt: &[u8], info: &[u8]) -> Self {
        let ikm = self.to_bytes();
        let hkdf = Hkdf::<Sha256>::new(Some(salt), &ikm[..]);
        let mut okm = Zeroizing::new([0u8; 32]);
        let mut info = info.to_vec();
        for counter in 0..=u8::MAX {
            if counter > 0 {
                info.push(counter);
            }
            hkdf.expand(&info, &mut okm[..]).expect("32 bytes are within HKDF-SHA256's limit");
            if let Ok(key) = Self::from_bytes(&okm) {
                return key;
            }
            if counter > 0 {
                info.pop();
            }
        }
        unreachable!("256 expansions all out of the scalar range (probability about 2^-32768)")
    }

    fn from_k256(inner: k256::SecretKey) -> Self {
        let public = PublicKey::from(inner.public_key());
        Self { inner, public }
    }
}

impl From<&PrivateKeySigner> for SecretKey {
    /// The same key as an alloy signer (alloy's local signer holds a k256 0.13 signing key).
    fn from(signer: &PrivateKeySigner) -> Self {
        Self::from_k256(k256::SecretKey::from(signer.credential()))
    }
}

/// Signs the typed data of key epoch `epoch` with `signer` (the account) for the
/// `AccountRegistry` at `accounts` on `chain_id`, and derives the encryption key from the
/// signature ([`SecretKey::from_wallet_signature`]).
///
/// Through [`Signer::sign_dynamic_typed_data`], so a wallet that signs typed data itself
/// (`eth_signTypedData_v4` in a browser) shows the
/// [notice](medvault_primitives::eip712::ENCRYPTION_KEY_NOTICE). The signature is deterministic
/// for a local or hardware key (RFC 6979): the same account derives the same key on any device.
pub async fn derive_encryption_key(
    signer: &(impl Signer + Sync),
    chain_id: u64,
    accounts: Address,
    epoch: u32,
) -> alloy::signers::Result<SecretKey> {
    let payload = encryption_key_derivation(signer.address(), epoch);
    let typed = TypedData::from_struct(&payload, Some(accounts_domain(chain_id, accounts)));
    let signature = signer.sign_dynamic_typed_data(&typed).await?;
    Ok(SecretKey::from_wallet_signature(&signature, epoch))
}

/// An account's encryption keys of epochs 1 to the current one: the current key for what is
/// wrapped from now on, and the earlier ones to open what was wrapped to them before a rotation.
pub struct Keyring {
    // keys[i] is epoch i + 1's; never empty.
    keys: Vec<SecretKey>,
}

impl Keyring {
    /// Derives the keys of epochs 1 to `current` (at least 1) with `signer`: one signature each.
    /// A local key signs in microseconds; a wallet that asks the user for each signature can
    /// start from [`Keyring::single`] and derive an earlier epoch only when a wrapped key names
    /// it ([`EnvelopeError::NotForThisKey`] carries the recipient).
    pub async fn derive(
        signer: &(impl Signer + Sync),
        chain_id: u64,
        accounts: Address,
        current: u32,
    ) -> alloy::signers::Result<Self> {
        let mut keys = Vec::with_capacity(current.max(1) as usize);
        for epoch in 1..=current.max(1) {
            keys.push(derive_encryption_key(signer, chain_id, accounts, epoch).await?);
        }
        Ok(Self { keys })
    }

    /// A keyring of one key, taken as the current one.
    pub fn single(key: SecretKey) -> Self {
        Self { keys: vec![key] }
    }

    /// The key of the newest epoch: the one to register and to have data keys wrapped to.
    pub fn current(&self) -> &SecretKey {
        self.keys.last().expect("a keyring is never empty")
    }

    /// The key of the newest epoch, keeping none of the others.
    pub fn into_current(mut self) -> SecretKey {
        self.keys.pop().expect("a keyring is never empty")
    }

    /// Every epoch's key, newest first (consents given under an earlier epoch's relationship keys
    /// are found and revoked with these).
    pub fn all(&self) -> impl Iterator<Item = &SecretKey> {
        self.keys.iter().rev()
    }

    /// The number of the newest epoch (the number of keys held).
    pub fn epoch(&self) -> u32 {
        u32::try_from(self.keys.len()).expect("fewer than 2^32 epochs")
    }
}

/// The secret keys a reader holds, looked up by the recipient a wrapped key names.
pub trait ReaderKeys {
    /// The secret key whose public key is `recipient`, if held.
    fn key_for(&self, recipient: &PublicKey) -> Option<&SecretKey>;

    /// Every key held, the newest first (to open what does not name its recipient, such as a
    /// sealed notice).
    fn all_keys(&self) -> Vec<&SecretKey>;
}

impl ReaderKeys for SecretKey {
    fn key_for(&self, recipient: &PublicKey) -> Option<&SecretKey> {
        (self.public_key() == recipient).then_some(self)
    }

    fn all_keys(&self) -> Vec<&SecretKey> {
        vec![self]
    }
}

impl ReaderKeys for Keyring {
    /// The newest epoch's key first, since most wrapped keys name it.
    fn key_for(&self, recipient: &PublicKey) -> Option<&SecretKey> {
        self.keys.iter().rev().find(|k| k.public_key() == recipient)
    }

    fn all_keys(&self) -> Vec<&SecretKey> {
        self.keys.iter().rev().collect()
    }
}

impl fmt::Debug for Keyring {
    /// Shows the public keys only.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.keys.iter().map(SecretKey::public_key)).finish()
    }
}

impl fmt::Debug for SecretKey {
    /// Shows the public key only.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SecretKey").field("public", &self.public).finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::address;

    /// Anvil's account 1, whose address every foundry user knows.
    const ANVIL_1: [u8; 32] =
        alloy::primitives::hex!("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");

    #[test]
    fn key_matches_alloy_signer() {
        let signer = PrivateKeySigner::from_bytes(&ANVIL_1.into()).unwrap();
        let key = SecretKey::from(&signer);
        assert_eq!(key.address(), signer.address());
        assert_eq!(key.address(), address!("70997970C51812dc3A010C7d01b50e0d17dc79C8"));
        assert_eq!(*key.to_bytes(), ANVIL_1);
        assert_eq!(SecretKey::from_bytes(&ANVIL_1).unwrap().public_key(), key.public_key());
    }

    #[test]
    fn invalid_scalars_are_refused() {
        assert_eq!(SecretKey::from_bytes(&[0; 32]).unwrap_err(), EnvelopeError::InvalidSecretKey);
        assert_eq!(
            SecretKey::from_bytes(&[0xff; 32]).unwrap_err(),
            EnvelopeError::InvalidSecretKey
        );
    }

    /// The vectors of docs/KEYS.md: anvil account 1 derives its epoch-1 and epoch-2 keys for a
    /// registry at 0x5FbDB2315678afecb367f032d93F642f64180aa3 on chain 31337.
    #[tokio::test]
    async fn wallet_derivation_is_pinned() {
        let signer = PrivateKeySigner::from_bytes(&ANVIL_1.into()).unwrap();
        let registry = address!("5FbDB2315678afecb367f032d93F642f64180aa3");
        let digest = medvault_primitives::eip712::encryption_key_digest(
            signer.address(),
            1,
            &accounts_domain(31337, registry),
        );
        let signature = signer.sign_hash(&digest).await.unwrap();
        assert_eq!(
            alloy::hex::encode(signature.as_bytes()),
            "4fc2a96e81f628951b4426f98899dd8cf7e381bbd20a4e9490f98bf1da747f1756eb37bdd4f8ccb71adb96f5b359a52b1cc300558972f0a4294f1f01fb13340b1b"
        );
        let key = derive_encryption_key(&signer, 31337, registry, 1).await.unwrap();
        assert_eq!(key.public_key(), SecretKey::from_wallet_signature(&signature, 1).public_key());
        assert_eq!(
            key.public_key().to_string(),
            "0x0280dc35a31c881a55a67688e5d75c673eb3cd95104838de1187b16c60cec3ed13"
        );
        let key2 = derive_encryption_key(&signer, 31337, registry, 2).await.unwrap();
        assert_eq!(
            key2.public_key().to_string(),
            "0x02f5e65dedef25e2d4dc69b8e9ffac825fd1a4e189968f496374d90976fd1486f7"
        );
        assert_ne!(key.address(), signer.address(), "not the wallet's own key");
    }

    #[tokio::test]
    async fn high_s_and_either_v_derive_the_same_key() {
        let signer = PrivateKeySigner::from_bytes(&ANVIL_1.into()).unwrap();
        let signature = signer.sign_hash(&alloy::primitives::B256::repeat_byte(7)).await.unwrap();
        let key = SecretKey::from_wallet_signature(&signature, 1);
        // The same signature with s' = n - s and the parity flipped: valid, and high-s.
        let n = alloy::primitives::uint!(
            0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141_U256
        );
        let flipped = Signature::new(signature.r(), n - signature.s(), !signature.v());
        assert_ne!(flipped.s(), signature.s());
        for same in [flipped, signature.with_parity(!signature.v())] {
            assert_eq!(SecretKey::from_wallet_signature(&same, 1).public_key(), key.public_key());
        }
        assert_ne!(SecretKey::from_wallet_signature(&signature, 2).public_key(), key.public_key());
    }

    #[tokio::test]
    async fn keyring_finds_each_epochs_key() {
        let signer = PrivateKeySigner::from_bytes(&ANVIL_1.into()).unwrap();
        let registry = address!("5FbDB2315678afecb367f032d93F642f64180aa3");
        let ring = Keyring::derive(&signer, 31337, registry, 3).await.unwrap();
        assert_eq!(ring.epoch(), 3);
        for epoch in 1..=3 {
            let key = derive_encryption_key(&signer, 31337, registry, epoch).await.unwrap();
            let found = ring.key_for(key.public_key()).expect("held");
            assert_eq!(found.public_key(), key.public_key());
        }
        assert_eq!(
            ring.current().public_key(),
            derive_encryption_key(&signer, 31337, registry, 3).await.unwrap().public_key()
        );
        assert!(ring.key_for(SecretKey::from(&signer).public_key()).is_none());
        assert_eq!(Keyring::derive(&signer, 31337, registry, 0).await.unwrap().epoch(), 1);
    }

    /// Pinned (docs/PRIVACY.md): anvil account 1's key as the encryption key, its relationship
    /// key toward anvil account 2 and the salt of a category-3 grant to it.
    #[test]
    fn relationship_derivation_is_pinned() {
        let key = SecretKey::from_bytes(&ANVIL_1).unwrap();
        let grantee = address!("3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
        let controller = key.relationship_key(grantee);
        assert_eq!(controller.signer().address(), controller.address());
        assert_ne!(controller.address(), key.address());
        assert_ne!(controller.address(), key.relationship_key(Address::repeat_byte(1)).address());
        let salt = key.grant_salt(grantee, 1, B256::with_last_byte(3));
        let trade = key.trade_key(alloy::primitives::U256::from(1));
        assert_ne!(trade.address(), key.trade_key(alloy::primitives::U256::from(2)).address());
        assert_ne!(trade.address(), controller.address());
        assert_ne!(salt, key.grant_salt(grantee, 1, B256::with_last_byte(4)));
        assert_eq!(
            (controller.address().to_string(), salt.to_string()),
            (PINNED_CONTROLLER.to_string(), PINNED_SALT.to_string())
        );
        // The guardian-set controller: cross-checked with Python (pyca/cryptography HKDF) and
        // `cast wallet address`. A guardian's pseudonym differs per set it serves.
        let set = key.guardian_set_key();
        assert_eq!(set.address().to_string(), PINNED_GUARDIAN_SET);
        assert_ne!(key.guardian_key(set.address()).address(), key.guardian_key(grantee).address());
        assert_ne!(key.guardian_key(set.address()).address(), set.address());
    }

    const PINNED_GUARDIAN_SET: &str = "0x28aEce4b3Ec60AC04889c82fcB052cD72604E112";

    const PINNED_CONTROLLER: &str = "0x204f4dd07f2987a63F86f0894992Fb952369aBFA";
    const PINNED_SALT: &str = "0xd2691e651a71e202698d33acc8c7e10e71fc15356badbc11d7bcd598bccf0e87";

    #[test]
    fn debug_shows_no_secret() {
        let key = SecretKey::from_bytes(&ANVIL_1).unwrap();
        let shown = format!("{key:?}");
        assert!(!shown.contains("59c6995e"), "{shown}");
        assert!(shown.contains("02ba5734"), "{shown}");
    }
}
