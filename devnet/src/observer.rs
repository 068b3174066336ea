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
    /// The transaction.
    pub tx: B256,
    /// What it shows.
    pub what: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {} (tx {})", self.who, self.what, self.tx)
    }
}

/// What the observer read and found.
#[derive(Debug, Default)]
pub struct Observed {
    /// Transactions read.
    pub transactions: usize,
    /// Logs read.
    pub logs: usize,
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

/// Reads the whole chain since the deployment's start block and checks it for `people`.
pub async fn observe(
    provider: &DynProvider,
    deployment: &Deployment,
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
                    tx: tx.hash,
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
                    tx: tx.hash,
                    what: format!("{} next to {}", pseudonyms[0].label, identity[0].label),
                });
            }
            if pseudonyms.len() > 1 {
                observed.findings.push(Finding {
                    who: person.name.clone(),
                    tx: tx.hash,
                    what: format!("{} next to {}", pseudonyms[0].label, pseudonyms[1].label),
                });
            }
        }
        observed.pseudonyms_seen += seen.len();
    }
    Ok(observed)
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
