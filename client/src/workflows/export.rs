//! FHIR out: the patient's own grants as FHIR R4 `Consent` resources and her access log as FHIR
//! R4 `AuditEvent` resources, each set in a `collection` Bundle ([`medvault_fhir::export`],
//! docs/FHIR.md, "FHIR out").
//!
//! **Finding her grants without storing them.** A grant is a commitment under a per-relationship
//! controller, and its notice is sealed to the grantee, so her device cannot read her grants back
//! from the chain as a grantee does. It re-derives them instead ([`given_grants`]), from her wallet
//! alone:
//! 1. every account that ever registered (`AccountRegistry.Registered`) is a possible grantee (a
//!    grant's notice is sealed to the grantee's registered key, so there is no other kind);
//! 2. for each of her key epochs and each such account, her relationship controller toward it
//!    (`SecretKey::relationship_key`);
//! 3. every `ConsentChanged` log since the deployment's start block, kept where its controller is
//!    one of hers; the last log of a `(controller, grantId)` is the consent as it stands (every
//!    change of the contract's slot emits one);
//! 4. the target, by trial: the grant id of each category 1–9, then of each record filed for her
//!    at the relayer, with the salt her key gives that (grantee, scope, target); a grant whose
//!    target no trial gives is returned as unresolved rather than guessed.
//!
//! Every chain read is a whole-range log query or the latest block: the node serving them learns
//! neither her controllers nor her grant ids, and nothing is written anywhere. Guardian-made
//! consents (under her guardian-set controller, with random salts) are not found this way: the
//! set-up her guardians hold lists them (`guardians::guardian_consents`).

use std::collections::{BTreeSet, HashMap};

use alloy::{
    eips::BlockNumberOrTag,
    primitives::{Address, B256},
    providers::Provider,
    rpc::types::Filter,
    signers::Signer,
    sol_types::SolEvent,
};
use medvault_bindings::{account_registry::AccountRegistry, consent_manager::ConsentManager};
use medvault_fhir::{
    Category, Resource,
    export::{self, AccessFacts, GrantFacts, GrantState, GrantTarget, ObserverKind, ReceiptFacts},
};
use medvault_primitives::{
    api::keys::ReceiptView,
    enums::{Access, UnknownVariant},
};

use super::{
    KeyLookupError, Session,
    consent::{ConsentTarget, Derived, derive},
};
use crate::{
    api::ApiError,
    keynodes::{self, NodeFailure},
    time::unix_now,
};

/// Why an export could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The patient's keys could not be had.
    #[error(transparent)]
    Key(#[from] KeyLookupError),
    /// The chain's logs or blocks could not be read.
    #[error("cannot read the chain's logs")]
    Chain(#[source] alloy::transports::TransportError),
    /// The chain reports an access level this build does not know.
    #[error(transparent)]
    Access(#[from] UnknownVariant),
    /// The relayer refused or failed a signed request.
    #[error("the relayer did not answer the signed request")]
    Relayer(#[source] ApiError),
    /// The wallet did not sign a request.
    #[error("cannot sign the request to the key nodes")]
    Sign(#[source] alloy::signers::Error),
}

/// Result alias for [`ExportError`].
pub type Result<T, E = ExportError> = std::result::Result<T, E>;

/// A grant the patient gave, as her device re-derives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GivenGrant {
    /// The grantee.
    pub grantee: Address,
    /// Her relationship controller toward the grantee, which signs the consent's changes.
    pub controller: Address,
    /// The commitment on-chain.
    pub grant_id: B256,
    /// What it covers, if a trial found it: a category, or one of her records at the relayer.
    pub target: Option<ConsentTarget>,
    /// READ or WRITE, as last granted.
    pub access: Access,
    /// When it was last granted (Unix seconds of its block).
    pub granted_at: u64,
    /// The transaction that last granted it.
    pub tx: Option<B256>,
    /// The expiry it was last given (exclusive).
    pub expires_at: u64,
    /// When it was revoked, if it is revoked now.
    pub revoked_at: Option<u64>,
}

/// The patient's grants as a FHIR Bundle of `Consent`.
#[derive(Clone, Debug)]
pub struct ConsentExport {
    /// The Bundle (type `collection`).
    pub bundle: Resource,
    /// Every grant found, those in the Bundle and the unresolved ones.
    pub grants: Vec<GivenGrant>,
    /// Grants whose target the device could not recover (a record the relayer no longer lists
    /// for her): not in the Bundle, since a `Consent` without its data would read as covering
    /// everything.
    pub unresolved: Vec<GivenGrant>,
}

/// The patient's access log as a FHIR Bundle of `AuditEvent`.
#[derive(Clone, Debug)]
pub struct AuditExport {
    /// The Bundle (type `collection`).
    pub bundle: Resource,
    /// Key nodes that did not answer, and why: their receipts are missing from the Bundle.
    pub failed: Vec<NodeFailure>,
}

/// The grants the patient `signer` gave, found as the module's header says, oldest first.
pub async fn given_grants<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync),
) -> Result<Vec<GivenGrant>> {
    let records = her_records(session, signer).await?;
    find_grants(session, signer, &records).await
}

/// [`given_grants`], trying `records` (id, category) as record targets.
async fn find_grants<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync),
    records: &[(B256, u16)],
) -> Result<Vec<GivenGrant>> {
    let patient = signer.address();
    let keys = session.encryption_keys(signer).await?;
    let contracts = &session.deployment.contracts;

    // 1–2: her controller toward every registered account, under every epoch's key.
    let registered = Filter::new()
        .address(contracts.accounts)
        .from_block(session.deployment.start_block)
        .event_signature(AccountRegistry::Registered::SIGNATURE_HASH);
    let logs = session.provider.get_logs(&registered).await.map_err(ExportError::Chain)?;
    let grantees: BTreeSet<Address> = logs
        .iter()
        .filter_map(|log| log.log_decode::<AccountRegistry::Registered>().ok())
        .map(|event| event.inner.data.account)
        .filter(|account| *account != patient)
        .collect();
    let mut mine: HashMap<Address, (usize, Address)> = HashMap::new();
    for (epoch, key) in keys.all().enumerate() {
        for grantee in &grantees {
            mine.insert(key.relationship_key(*grantee).address(), (epoch, *grantee));
        }
    }

    // 3: her consents' changes, in chain order.
    let changed = Filter::new()
        .address(contracts.consent)
        .from_block(session.deployment.start_block)
        .event_signature(ConsentManager::ConsentChanged::SIGNATURE_HASH);
    let logs = session.provider.get_logs(&changed).await.map_err(ExportError::Chain)?;
    let mut order: Vec<(Address, B256)> = Vec::new();
    let mut history: HashMap<(Address, B256), Vec<Change>> = HashMap::new();
    for log in logs {
        let Ok(event) = log.log_decode::<ConsentManager::ConsentChanged>() else { continue };
        let e = &event.inner.data;
        if !mine.contains_key(&e.controller) {
            continue;
        }
        let id = (e.controller, e.grantId);
        if !history.contains_key(&id) {
            order.push(id);
        }
        history.entry(id).or_default().push(Change {
            access: Access::try_from(e.access)?,
            expires_at: e.expiresAt,
            block: log.block_number.unwrap_or_default(),
            time: log.block_timestamp,
            tx: log.transaction_hash,
        });
    }
    if order.is_empty() {
        return Ok(Vec::new());
    }

    // 4: the targets to try: the categories, then her records at the relayer.
    let mut targets: Vec<ConsentTarget> =
        Category::ALL.iter().map(|c| ConsentTarget::Category(u16::from(c.id()))).collect();
    targets.extend(records.iter().map(|(id, _)| ConsentTarget::Record(*id)));

    let keys: Vec<_> = keys.all().collect();
    let mut times: HashMap<u64, u64> = HashMap::new();
    let mut found = Vec::with_capacity(order.len());
    for (controller, grant_id) in order {
        let changes = &history[&(controller, grant_id)];
        let (epoch, grantee) = mine[&controller];
        let target = targets.iter().copied().find(|t| {
            let Derived { grant, .. } = derive(patient, keys[epoch], grantee, *t);
            grant.grant_id() == grant_id
        });
        // The last grant in the history (a revocation keeps the access it ended).
        let Some(granted) = changes.iter().rev().find(|c| c.access != Access::None) else {
            continue;
        };
        let last = changes.last().expect("a history has at least one change");
        let revoked_at = match last.access {
            Access::None => Some(block_time(session, &mut times, last).await?),
            _ => None,
        };
        found.push(GivenGrant {
            grantee,
            controller,
            grant_id,
            target,
            access: granted.access,
            granted_at: block_time(session, &mut times, granted).await?,
            tx: granted.tx,
            expires_at: granted.expires_at,
            revoked_at,
        });
    }
    Ok(found)
}

/// One `ConsentChanged` of hers.
struct Change {
    access: Access,
    expires_at: u64,
    block: u64,
    time: Option<u64>,
    tx: Option<B256>,
}

/// The time of a change's block: from its log when the node gives it, else from the block.
async fn block_time<P: Provider>(
    session: &Session<P>,
    cache: &mut HashMap<u64, u64>,
    change: &Change,
) -> Result<u64> {
    if let Some(t) = change.time {
        return Ok(t);
    }
    if let Some(t) = cache.get(&change.block) {
        return Ok(*t);
    }
    let t = session
        .provider
        .get_block_by_number(BlockNumberOrTag::Number(change.block))
        .await
        .map_err(ExportError::Chain)?
        .map_or(0, |b| b.header.timestamp);
    cache.insert(change.block, t);
    Ok(t)
}

/// The record ids (and categories) filed for the patient at the relayer; none if the relayer
/// does not list records.
async fn her_records<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync),
) -> Result<Vec<(B256, u16)>> {
    let listed = match session.relayer.patient_records(signer).await {
        Ok(listed) => listed,
        Err(ApiError::NotAvailable { .. }) => return Ok(Vec::new()),
        Err(e) => return Err(ExportError::Relayer(e)),
    };
    let mut records: Vec<(B256, u16)> = Vec::new();
    for r in listed.records {
        if !records.iter().any(|(id, _)| *id == r.record_id) {
            records.push((r.record_id, r.category));
        }
    }
    Ok(records)
}

/// The chain's time now (its latest block), which judges whether a grant has expired.
async fn chain_now<P: Provider>(session: &Session<P>) -> Result<u64> {
    Ok(session
        .provider
        .get_block_by_number(BlockNumberOrTag::Latest)
        .await
        .map_err(ExportError::Chain)?
        .map_or_else(unix_now, |b| b.header.timestamp))
}

/// The patient `signer`'s grants ([`given_grants`]) as a FHIR R4 Bundle of `Consent`, one per
/// grant as it stands now: `active` while live, `inactive` once revoked or expired.
pub async fn consents<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync),
) -> Result<ConsentExport> {
    let records = her_records(session, signer).await?;
    let grants = find_grants(session, signer, &records).await?;
    let categories: HashMap<B256, u16> = records.into_iter().collect();
    let now = chain_now(session).await?;
    let mut facts = Vec::new();
    let mut unresolved = Vec::new();
    for g in &grants {
        let target = match g.target {
            Some(ConsentTarget::Category(c)) => {
                u8::try_from(c).ok().and_then(Category::from_id).map(GrantTarget::Category)
            }
            Some(ConsentTarget::Record(id)) => Some(GrantTarget::Record {
                id: format!("{id:#x}"),
                category: categories
                    .get(&id)
                    .and_then(|c| u8::try_from(*c).ok())
                    .and_then(Category::from_id),
            }),
            None => None,
        };
        let Some(target) = target else {
            unresolved.push(g.clone());
            continue;
        };
        let state = match g.revoked_at {
            Some(revoked_at) => GrantState::Revoked { revoked_at },
            None if now < g.expires_at => GrantState::Live,
            None => GrantState::Expired,
        };
        facts.push(GrantFacts {
            grant_id: format!("{:#x}", g.grant_id),
            grantee: g.grantee.to_string(),
            target,
            access: g.access,
            granted_at: g.granted_at,
            tx: g.tx.map(|tx| format!("{tx:#x}")),
            expires_at: g.expires_at,
            state,
        });
    }
    let bundle = export::consents(&signer.address().to_string(), &facts, unix_now());
    Ok(ConsentExport { bundle, grants, unresolved })
}

/// The patient `signer`'s access log as a FHIR R4 Bundle of `AuditEvent`, oldest first: one
/// event per receipt of the relayer's, and one per read at the key committee with every node's
/// receipt of it (the first node's is the event's `source`).
pub async fn audit<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync),
) -> Result<AuditExport> {
    let mut accesses = Vec::new();
    match session.relayer.access_log(signer).await {
        Ok(log) => {
            accesses.extend(log.receipts.iter().map(|r| {
                access(r, vec![receipt(ObserverKind::Relayer, session.relayer.base(), r)])
            }))
        }
        Err(ApiError::NotAvailable { .. }) => {}
        Err(e) => return Err(ExportError::Relayer(e)),
    }
    let (reads, failed) = keynodes::access_log(session, signer).await.map_err(ExportError::Sign)?;
    for read in &reads {
        let Some((_, first)) = read.receipts.first() else { continue };
        let receipts =
            read.receipts.iter().map(|(url, r)| receipt(ObserverKind::KeyNode, url, r)).collect();
        accesses.push(access(first, receipts));
    }
    accesses.sort_by_key(|a| a.time);
    let bundle = export::audit_events(&signer.address().to_string(), &accesses, unix_now());
    Ok(AuditExport { bundle, failed })
}

fn access(r: &ReceiptView, receipts: Vec<ReceiptFacts>) -> AccessFacts {
    AccessFacts {
        reader: r.reader.to_string(),
        record_id: format!("{:#x}", r.record_id),
        version: r.version,
        time: r.time,
        granted: r.granted,
        reason: r.reason.clone(),
        receipts,
    }
}

fn receipt(kind: ObserverKind, url: &str, r: &ReceiptView) -> ReceiptFacts {
    let anchor = r.anchor.as_ref();
    ReceiptFacts {
        kind,
        url: url.to_owned(),
        id: r.id,
        leaf: format!("{:#x}", r.leaf),
        signature: r.signature.to_string(),
        anchor_root: anchor.map(|a| format!("{:#x}", a.root)),
        anchor_tx: anchor.and_then(|a| a.tx_hash).map(|tx| format!("{tx:#x}")),
    }
}

#[cfg(test)]
mod tests {
    use alloy::signers::local::PrivateKeySigner;
    use medvault_primitives::enums::Scope;

    use super::*;
    use crate::keys::SecretKey;

    #[test]
    fn a_grant_is_found_again_from_the_key_alone() {
        let patient = PrivateKeySigner::random().address();
        let key = SecretKey::random(&mut rand::rngs::OsRng);
        let grantee = Address::repeat_byte(0x42);
        let record = B256::repeat_byte(0x07);
        let given = derive(patient, &key, grantee, ConsentTarget::Record(record));
        assert_eq!(given.grant.scope, Scope::Record);
        // Her controller toward the grantee is what the log names; the trial over her targets
        // gives the grant id back only for the record she granted.
        assert_eq!(given.controller.address(), key.relationship_key(grantee).address());
        let targets = [
            ConsentTarget::Category(3),
            ConsentTarget::Record(B256::repeat_byte(0x08)),
            ConsentTarget::Record(record),
        ];
        let found = targets.iter().copied().find(|t| {
            derive(patient, &key, grantee, *t).grant.grant_id() == given.grant.grant_id()
        });
        assert_eq!(found, Some(ConsentTarget::Record(record)));
    }
}
