//! The observer: everything the chain shows an outsider, read as an outsider would, then checked
//! for what it ties to a patient (docs/PRIVACY.md).
//!
//! [`observe`] reads every transaction since the deployment's start block — sender, target,
//! calldata — and every log of its receipt, as bytes. It then looks, byte for byte, for what
//! identifies each patient it is given: her account, her registered encryption keys, and the
//! pseudonyms her client derives (one controller per registered account she might grant, one trade
//! key per research request, one dispute key per break-glass access). The patient's secrets only
//! tell the observer *what to look for*; what it searches is public.
//!
//! With an IPFS node's API ([`observe`]'s `ipfs_url`) it also reads every object pinned there —
//! what a crawler of the public network finds: batch objects and manifests — and searches them
//! the same way, as bytes and as hex text. On each batch manifest it also runs the attack a
//! manifest that lists submissions invites: for every submission signature and every registered
//! account, it recomputes the signed digest as if that account were the records' patient and
//! recovers the signer. A match ties those records to that account, and to each other.
//!
//! It reports ([`Finding`]):
//! - her account or an encryption key of hers in any transaction other than her own registration
//!   or key rotation (`AccountRegistry`, directly or through the forwarder) or a token transfer:
//!   a consent, record, emergency, provider review or trade naming her;
//! - a pseudonym of hers in the same transaction as her account or key, or as another pseudonym of
//!   hers: two relationships, two trades, or a trade and her identity tied together.

use std::collections::BTreeSet;

use alloy::{
    eips::BlockNumberOrTag,
    primitives::{Address, B256, U256},
    providers::{DynProvider, Provider},
    rpc::types::Filter,
    sol_types::{SolCall, SolEvent},
};
use medvault_bindings::{
    account_registry::AccountRegistry, consent_manager::ConsentManager, data_market::DataMarket,
    medvault_forwarder::MedvaultForwarder,
};
use medvault_client::keys::{Keyring, ReaderKeys};
use medvault_primitives::Deployment;

/// A patient the observer tries to find.
pub struct Person {
    /// A name for the report.
    pub name: String,
    /// Her account.
    pub account: Address,
    /// Her encryption keys (every epoch): what her pseudonyms are derived from.
    pub keys: Keyring,
}

/// Something public that ties a patient to what it should not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Whose.
    pub who: String,
    /// Where: a transaction, or an object on IPFS.
    pub place: Place,
    /// What it shows.
    pub what: String,
}

/// Where a [`Finding`] was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// A transaction and its logs.
    Tx(B256),
    /// An object pinned on IPFS, by CID.
    Ipfs(String),
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.place {
            Place::Tx(tx) => write!(f, "{}: {} (tx {tx})", self.who, self.what),
            Place::Ipfs(cid) => write!(f, "{}: {} (IPFS object {cid})", self.who, self.what),
        }
    }
}

/// What the observer read and found.
#[derive(Debug, Default)]
pub struct Observed {
    /// Transactions read.
    pub transactions: usize,
    /// Logs read.
    pub logs: usize,
    /// Objects read from IPFS.
    pub objects: usize,
    /// Submission signatures in manifests tried against every registered account.
    pub signatures_tried: usize,
    /// Pseudonyms of the given patients seen on-chain at all (each alone, as designed).
    pub pseudonyms_seen: usize,
    /// What ties a patient to something.
    pub findings: Vec<Finding>,
}

/// One transaction as public bytes.
struct PublicTx {
    hash: B256,
    /// Target contract, and the forwarded target for a forwarder call.
    targets: Vec<Address>,
    bytes: Vec<u8>,
}

/// An identifier of a patient, and whether it is her identity (account, key) or a pseudonym.
struct Needle {
    bytes: Vec<u8>,
    identity: bool,
    label: String,
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// Reads the whole chain since the deployment's start block, and every object pinned on the IPFS
/// node at `ipfs_url` if given, and checks them for `people`.
pub async fn observe(
    provider: &DynProvider,
    deployment: &Deployment,
    ipfs_url: Option<&str>,
    people: &[Person],
) -> eyre::Result<Observed> {
    let c = &deployment.contracts;
    let latest = provider.get_block_number().await?;
    let mut txs = Vec::new();
    let mut logs = 0;
    for n in deployment.start_block..=latest {
        let Some(block) = provider.get_block_by_number(BlockNumberOrTag::Number(n)).full().await?
        else {
            continue;
        };
        for tx in block.transactions.into_transactions() {
            use alloy::consensus::Transaction as _;
            let hash = *tx.inner.tx_hash();
            let input = tx.inner.input().clone();
            let to = tx.inner.to().unwrap_or_default();
            let mut targets = vec![to];
            if to == c.forwarder {
                // An undecodable forwarder call counts as a call to an unknown target.
                targets.push(
                    MedvaultForwarder::executeCall::abi_decode(&input)
                        .map_or(Address::ZERO, |call| call.request.to),
                );
            }
            let mut bytes = Vec::new();
            bytes.extend_from_slice(tx.inner.signer().as_slice());
            bytes.extend_from_slice(to.as_slice());
            bytes.extend_from_slice(&input);
            if let Some(receipt) = provider.get_transaction_receipt(hash).await? {
                for log in receipt.inner.logs() {
                    logs += 1;
                    bytes.extend_from_slice(log.address().as_slice());
                    for topic in log.topics() {
                        bytes.extend_from_slice(topic.as_slice());
                    }
                    bytes.extend_from_slice(&log.data().data);
                }
            }
            txs.push(PublicTx { hash, targets, bytes });
        }
    }

    // Whom a patient might grant (every registered account), which requests she might sell to,
    // which emergencies she might dispute: public, from the events.
    let events = |sig: B256, address: Address| {
        Filter::new().address(address).from_block(deployment.start_block).event_signature(sig)
    };
    let mut accounts = BTreeSet::new();
    for log in provider
        .get_logs(&events(AccountRegistry::EncryptionKeySet::SIGNATURE_HASH, c.accounts))
        .await?
    {
        if let Ok(e) = log.log_decode::<AccountRegistry::EncryptionKeySet>() {
            accounts.insert(e.inner.data.account);
        }
    }
    let mut requests = BTreeSet::new();
    for log in
        provider.get_logs(&events(DataMarket::RequestOpened::SIGNATURE_HASH, c.market)).await?
    {
        if let Ok(e) = log.log_decode::<DataMarket::RequestOpened>() {
            requests.insert(e.inner.data.requestId);
        }
    }
    let mut emergencies = BTreeSet::new();
    for log in provider
        .get_logs(&events(ConsentManager::EmergencyAccessOpened::SIGNATURE_HASH, c.consent))
        .await?
    {
        if let Ok(e) = log.log_decode::<ConsentManager::EmergencyAccessOpened>() {
            emergencies.insert(e.inner.data.emergencyId);
        }
    }

    let mut observed = Observed { transactions: txs.len(), logs, ..Observed::default() };
    for person in people {
        let needles = needles(person, &accounts, &requests, &emergencies);
        let mut seen = BTreeSet::new();
        for tx in &txs {
            let found: Vec<&Needle> =
                needles.iter().filter(|n| contains(&tx.bytes, &n.bytes)).collect();
            let identity: Vec<&&Needle> = found.iter().filter(|n| n.identity).collect();
            let pseudonyms: Vec<&&Needle> = found.iter().filter(|n| !n.identity).collect();
            seen.extend(pseudonyms.iter().map(|n| n.label.clone()));
            let benign = tx.targets.iter().all(|t| *t == c.accounts || *t == c.forwarder)
                || tx.targets == [c.token];
            if !identity.is_empty() && !benign {
                observed.findings.push(Finding {
                    who: person.name.clone(),
                    place: Place::Tx(tx.hash),
                    what: format!(
                        "{} in a transaction to {}",
                        identity[0].label,
                        name_of(deployment, *tx.targets.last().unwrap_or(&Address::ZERO))
                    ),
                });
            }
            if !identity.is_empty() && !pseudonyms.is_empty() {
                observed.findings.push(Finding {
                    who: person.name.clone(),
                    place: Place::Tx(tx.hash),
                    what: format!("{} next to {}", pseudonyms[0].label, identity[0].label),
                });
            }
            if pseudonyms.len() > 1 {
                observed.findings.push(Finding {
                    who: person.name.clone(),
                    place: Place::Tx(tx.hash),
                    what: format!("{} next to {}", pseudonyms[0].label, pseudonyms[1].label),
                });
            }
        }
        observed.pseudonyms_seen += seen.len();
    }

    if let Some(url) = ipfs_url {
        let objects = pinned_objects(url).await?;
        observed.objects = objects.len();
        for person in people {
            let needles = needles(person, &accounts, &requests, &emergencies);
            for (cid, bytes) in &objects {
                let text = bytes.to_ascii_lowercase();
                for n in &needles {
                    if contains(bytes, &n.bytes)
                        || contains(&text, hex::encode(&n.bytes).as_bytes())
                    {
                        observed.findings.push(Finding {
                            who: person.name.clone(),
                            place: Place::Ipfs(cid.clone()),
                            what: format!("{} in a public object", n.label),
                        });
                    }
                }
            }
        }
        for (cid, bytes) in &objects {
            let Ok(manifest) = serde_json::from_slice::<serde_json::Value>(bytes) else {
                continue;
            };
            for (account, records) in
                signed_for(deployment, &manifest, &accounts, &mut observed.signatures_tried)
            {
                let Some(person) = people.iter().find(|p| p.account == account) else {
                    continue;
                };
                let what = if records > 1 {
                    format!("{records} of her records, tied to her account and to each other")
                } else {
                    "one of her records, tied to her account".to_string()
                };
                observed.findings.push(Finding {
                    who: person.name.clone(),
                    place: Place::Ipfs(cid.clone()),
                    what: format!("{what} by a submission signature in a batch manifest"),
                });
            }
        }
    }
    Ok(observed)
}

/// Every object pinned on the node (`pin/ls`, then `cat`): what a crawler of the public network
/// would find announced.
async fn pinned_objects(ipfs_url: &str) -> eyre::Result<Vec<(String, Vec<u8>)>> {
    let base = ipfs_url.trim_end_matches('/');
    let http = reqwest::Client::new();
    let pins: serde_json::Value = http
        .post(format!("{base}/api/v0/pin/ls?type=recursive"))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let cids: Vec<String> =
        pins["Keys"].as_object().map(|keys| keys.keys().cloned().collect()).unwrap_or_default();
    let ipfs = medvault_client::ipfs::IpfsClient::new(base);
    let mut out = Vec::with_capacity(cids.len());
    for cid in cids {
        // Directories (the node's own) have no bytes to read.
        if let Ok(bytes) = ipfs.cat(&cid).await {
            out.push((cid, bytes));
        }
    }
    Ok(out)
}

/// The submissions in a manifest whose signature recovers to their author when the records'
/// patient is taken to be one registered account: `(account, number of records)` per match.
fn signed_for(
    deployment: &Deployment,
    manifest: &serde_json::Value,
    accounts: &BTreeSet<Address>,
    tried: &mut usize,
) -> Vec<(Address, usize)> {
    use alloy::primitives::{Signature, keccak256};
    use medvault_primitives::{api::records::submission_digest, merkle::MerkleTree};
    let mut out = Vec::new();
    let Some(submissions) = manifest["submissions"].as_array() else {
        return out;
    };
    for sub in submissions {
        let author = sub["author"].as_str().and_then(|a| a.parse::<Address>().ok());
        let signature = sub["signature"]
            .as_str()
            .and_then(|s| hex::decode(s.trim_start_matches("0x")).ok())
            .and_then(|b| Signature::try_from(b.as_slice()).ok());
        let leaves: Option<Vec<B256>> = sub["leaves"]
            .as_array()
            .map(|l| l.iter().filter_map(|x| x.as_str()?.parse().ok()).collect());
        let (Some(author), Some(signature), Some(leaves)) = (author, signature, leaves) else {
            continue;
        };
        let Ok(tree) = MerkleTree::new(leaves.clone()) else { continue };
        *tried += 1;
        for account in accounts {
            let patients: Vec<u8> = leaves.iter().flat_map(|_| account.0.0).collect();
            let digest = submission_digest(
                deployment.chain_id,
                deployment.contracts.records,
                tree.root(),
                keccak256(patients),
            );
            if signature.recover_address_from_msg(digest.as_slice()).ok() == Some(author) {
                out.push((*account, leaves.len()));
            }
        }
    }
    out
}

fn needles(
    person: &Person,
    accounts: &BTreeSet<Address>,
    requests: &BTreeSet<U256>,
    emergencies: &BTreeSet<U256>,
) -> Vec<Needle> {
    let mut out = vec![Needle {
        bytes: person.account.to_vec(),
        identity: true,
        label: "her account".into(),
    }];
    for key in person.keys.all_keys() {
        out.push(Needle {
            bytes: key.public_key().as_bytes().to_vec(),
            identity: true,
            label: "her encryption key".into(),
        });
        for grantee in accounts.iter().filter(|a| **a != person.account) {
            out.push(Needle {
                bytes: key.relationship_key(*grantee).address().to_vec(),
                identity: false,
                label: format!("her pseudonym toward {grantee}"),
            });
        }
        for request in requests {
            out.push(Needle {
                bytes: key.trade_key(*request).address().to_vec(),
                identity: false,
                label: format!("her trade key for request {request}"),
            });
        }
        for emergency in emergencies {
            out.push(Needle {
                bytes: key.dispute_key(*emergency).address().to_vec(),
                identity: false,
                label: format!("her dispute key for emergency {emergency}"),
            });
        }
    }
    out
}

fn name_of(deployment: &Deployment, address: Address) -> String {
    let c = &deployment.contracts;
    let names = [
        (c.accounts, "AccountRegistry"),
        (c.providers, "ProviderRegistry"),
        (c.records, "RecordRegistry"),
        (c.consent, "ConsentManager"),
        (c.market, "DataMarket"),
        (c.token, "MedToken"),
        (c.forwarder, "MedvaultForwarder"),
        (c.committee, "KeyCommittee"),
    ];
    names
        .iter()
        .find(|(a, _)| *a == address)
        .map_or_else(|| address.to_string(), |(_, n)| (*n).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The search the observer runs finds an address padded in a topic or an ABI word, and
    /// nothing where it is absent: a check that could not fail would prove nothing.
    #[test]
    fn finds_an_account_in_an_abi_word() {
        let account = Address::repeat_byte(0xab);
        let mut word = vec![0u8; 12];
        word.extend_from_slice(account.as_slice());
        let mut bytes = vec![1, 2, 3];
        bytes.extend_from_slice(&word);
        assert!(contains(&bytes, account.as_slice()));
        assert!(!contains(&bytes, Address::repeat_byte(0xac).as_slice()));
        assert!(!contains(&bytes, &[]));
    }
}
