//! The committee's distributed key generation, over the nodes' HTTP APIs, with ZF FROST's
//! (`frost-secp256k1`) Pedersen DKG: nobody, no node and no dealer, ever holds the group secret.
//!
//! 1. Each node runs `part1` and serves its round-1 package (commitments and a proof of knowledge)
//!    at `GET /v1/dkg/round1`, with its identity key (the node account's public key).
//! 2. Each node fetches every peer's round-1 package, runs `part2`, and serves each peer's
//!    round-2 package (a secret share) sealed to that peer's identity key
//!    (`ecies::seal_bytes`, label `medvault/dkg/round2/v1 ‖ from ‖ to`) at
//!    `GET /v1/dkg/round2/{to}`.
//! 3. Each node fetches and opens the round-2 packages addressed to it and runs `part3`: its key
//!    package (its Shamir share) and the public key package (group key, verification shares).
//!
//! The round-1 channel must be a broadcast (every node must see the same packages); here each node
//! fetches them from the peer itself over the configured URLs, which holds among honest
//! operators on one network. A production committee would sign the round-1 packages with the
//! node accounts and compare them across nodes.

use std::{collections::BTreeMap, time::Duration};

use alloy::primitives::Bytes;
use frost_secp256k1::{
    Identifier,
    keys::{KeyPackage, PublicKeyPackage, dkg},
};
use medvault_client::{ecies, keys::SecretKey};
use medvault_primitives::types::PublicKey;
use serde::{Deserialize, Serialize};
use tokio::sync::RwLock;

/// A node's round-1 message.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Round1Message {
    /// The sender's index.
    pub index: u16,
    /// The sender's identity key (round-2 packages are sealed to it).
    pub identity: Bytes,
    /// The serialized round-1 package.
    pub package: Bytes,
}

/// A round-2 package for one peer, sealed to it.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Round2Message {
    /// The sender's index.
    pub from: u16,
    /// The sealed serialized round-2 package.
    pub sealed: Bytes,
}

/// What the node serves while the key generation runs.
#[derive(Debug, Default)]
pub struct Outbox {
    /// Its round-1 message, once made.
    pub round1: Option<Round1Message>,
    /// Its round-2 messages by recipient index, once made.
    pub round2: BTreeMap<u16, Round2Message>,
}

/// Why the key generation failed.
#[derive(Debug, thiserror::Error)]
pub enum DkgError {
    /// A FROST step failed (a peer's package was invalid, say).
    #[error("key generation: {0}")]
    Frost(#[from] frost_secp256k1::Error),
    /// A peer did not answer in time.
    #[error("key generation: peer {url} did not give its {what} in time")]
    Timeout {
        /// The peer.
        url: String,
        /// Which message.
        what: &'static str,
    },
    /// A peer's message was malformed.
    #[error("key generation: peer {index} sent a malformed {what}")]
    Malformed {
        /// The peer.
        index: u16,
        /// Which message.
        what: &'static str,
    },
}

fn label(from: u16, to: u16) -> Vec<u8> {
    [b"medvault/dkg/round2/v1".as_slice(), &from.to_be_bytes(), &to.to_be_bytes()].concat()
}

fn id(index: u16) -> Result<Identifier, DkgError> {
    Ok(Identifier::try_from(index)?)
}

async fn fetch<T: for<'de> Deserialize<'de>>(
    http: &reqwest::Client,
    url: &str,
    what: &'static str,
    patience: Duration,
) -> Result<T, DkgError> {
    let deadline = tokio::time::Instant::now() + patience;
    loop {
        if let Ok(resp) = http.get(url).send().await
            && resp.status().is_success()
            && let Ok(v) = resp.json::<T>().await
        {
            return Ok(v);
        }
        if tokio::time::Instant::now() > deadline {
            return Err(DkgError::Timeout { url: url.to_string(), what });
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Runs the key generation as node `index` of `peers.len()` (peers are every node's base URL in
/// index order, this node's included), threshold `threshold`.
pub async fn run(
    index: u16,
    threshold: u16,
    peers: &[String],
    identity: &SecretKey,
    outbox: &RwLock<Outbox>,
    patience: Duration,
) -> Result<(KeyPackage, PublicKeyPackage), DkgError> {
    let n = u16::try_from(peers.len()).expect("a committee has at most 32 members");
    let rng = rand::rngs::OsRng;
    let (secret1, package1) = dkg::part1(id(index)?, n, threshold, rng)?;
    outbox.write().await.round1 = Some(Round1Message {
        index,
        identity: Bytes::copy_from_slice(identity.public_key().as_bytes()),
        package: Bytes::from(package1.serialize()?),
    });
    tracing::info!(index, n, threshold, "key generation: round 1 published");

    let http = reqwest::Client::new();
    let mut round1 = BTreeMap::new();
    let mut identities = BTreeMap::new();
    for (i, url) in peers.iter().enumerate() {
        let peer = u16::try_from(i + 1).expect("small");
        if peer == index {
            continue;
        }
        let msg: Round1Message =
            fetch(&http, &format!("{url}/v1/dkg/round1"), "round-1 package", patience).await?;
        if msg.index != peer {
            return Err(DkgError::Malformed { index: peer, what: "round-1 index" });
        }
        let package = dkg::round1::Package::deserialize(&msg.package)
            .map_err(|_| DkgError::Malformed { index: peer, what: "round-1 package" })?;
        let key = PublicKey::from_bytes(&msg.identity)
            .map_err(|_| DkgError::Malformed { index: peer, what: "identity key" })?;
        round1.insert(id(peer)?, package);
        identities.insert(peer, key);
    }

    let (secret2, packages2) = dkg::part2(secret1, &round1)?;
    {
        let mut out = outbox.write().await;
        for (peer, key) in &identities {
            let package = packages2.get(&id(*peer)?).expect("part2 makes one per peer");
            let sealed = ecies::seal_bytes(key, &package.serialize()?, &label(index, *peer));
            out.round2.insert(*peer, Round2Message { from: index, sealed: Bytes::from(sealed) });
        }
    }
    tracing::info!(index, "key generation: round 2 published");

    let mut round2 = BTreeMap::new();
    for (i, url) in peers.iter().enumerate() {
        let peer = u16::try_from(i + 1).expect("small");
        if peer == index {
            continue;
        }
        let msg: Round2Message =
            fetch(&http, &format!("{url}/v1/dkg/round2/{index}"), "round-2 package", patience)
                .await?;
        let plain = ecies::open_bytes(identity, &msg.sealed, &label(peer, index))
            .map_err(|_| DkgError::Malformed { index: peer, what: "sealed round-2 package" })?;
        let package = dkg::round2::Package::deserialize(&plain)
            .map_err(|_| DkgError::Malformed { index: peer, what: "round-2 package" })?;
        round2.insert(id(peer)?, package);
    }
    let (key_package, public) = dkg::part3(&secret2, &round1, &round2)?;
    tracing::info!(index, "key generation: done");
    Ok((key_package, public))
}

#[cfg(test)]
mod tests {
    use super::*;
    use k256::elliptic_curve::{PrimeField, ops::MulByGenerator};

    /// FROST's signing shares are Shamir shares of the group secret: two of three interpolate
    /// the group key (in the exponent), which is what threshold decryption needs.
    #[test]
    fn frost_shares_interpolate_the_group_key() {
        let rng = rand::rngs::OsRng;
        let ids: Vec<Identifier> = (1..=3u16).map(|i| Identifier::try_from(i).unwrap()).collect();
        let mut r1s = BTreeMap::new();
        let mut r1p = BTreeMap::new();
        for i in &ids {
            let (s, p) = dkg::part1(*i, 3, 2, rng).unwrap();
            r1s.insert(*i, s);
            r1p.insert(*i, p);
        }
        let mut r2s = BTreeMap::new();
        let mut r2p: BTreeMap<Identifier, BTreeMap<Identifier, dkg::round2::Package>> =
            BTreeMap::new();
        for i in &ids {
            let others: BTreeMap<_, _> =
                r1p.iter().filter(|(j, _)| *j != i).map(|(j, p)| (*j, p.clone())).collect();
            let (s, out) = dkg::part2(r1s.remove(i).unwrap(), &others).unwrap();
            r2s.insert(*i, s);
            for (to, p) in out {
                r2p.entry(to).or_default().insert(*i, p);
            }
        }
        let mut shares = Vec::new();
        let mut group = None;
        for i in &ids {
            let others: BTreeMap<_, _> =
                r1p.iter().filter(|(j, _)| *j != i).map(|(j, p)| (*j, p.clone())).collect();
            let (kp, pk) = dkg::part3(&r2s[i], &others, &r2p[i]).unwrap();
            let bytes: [u8; 32] = kp.signing_share().serialize().try_into().unwrap();
            shares.push(k256::Scalar::from_repr(bytes.into()).unwrap());
            group = Some(pk.verifying_key().serialize().unwrap());
        }
        // λ1 = 2/(2−1) = 2, λ2 = 1/(1−2) = −1 for shares 1 and 2.
        let secret = shares[0] * k256::Scalar::from(2u64) - shares[1];
        let point = k256::PublicKey::from_affine(
            k256::ProjectivePoint::mul_by_generator(&secret).to_affine(),
        )
        .unwrap();
        assert_eq!(PublicKey::from(point).as_bytes().to_vec(), group.unwrap());
    }
}
