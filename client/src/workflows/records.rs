//! Reading a record without trusting the relayer or the IPFS node: [`verify`] fetches record
//! `id`'s ciphertext, checks it against its leaf, the leaf against the batch root, and the root
//! against `RecordRegistry`; [`read`] also gets a data key (given, or released by the relayer to
//! this reader after its on-chain consent check) and decrypts. Any reader may use it: the
//! patient, the author, or a grantee. [`shred`] is the patient's crypto-shredding of a record.

use alloy::{
    primitives::{B256, Bytes},
    providers::Provider,
    signers::Signer,
};
use medvault_bindings::record_registry::{IRecordRegistry, RecordRegistry};
use medvault_primitives::types::{
    Category, PatientId, RecordId, RecordLeaf, RecordVersion, ciphertext_hash,
};
use medvault_primitives::{api::keynode::RecordFacts, consent::ConsentGrant};

use super::Session;
use crate::{
    api::ApiError,
    ecies::{self, WrappedKey},
    envelope::{DataKey, Plaintext},
    ipfs::IpfsError,
    keynodes::{self, KeyQuestion},
    keys::ReaderKeys,
    verify::{self, VerifyError},
};

/// Why a record did not verify or decrypt.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    /// The relayer could not say where the record is.
    #[error(transparent)]
    Relayer(#[from] ApiError),
    /// The record is not anchored yet.
    #[error("record #{id} is {status} at the relayer, not yet anchored: try again shortly")]
    NotAnchored {
        /// The relayer's id of the record.
        id: i64,
        /// Its status at the relayer.
        status: String,
    },
    /// The relayer's answer lacks the record's location.
    #[error("the relayer reports record #{0} confirmed without a CID or batch")]
    NoLocation(i64),
    /// The relayer's answer lacks the batch root.
    #[error("the relayer reports no batch root for record #{0}")]
    NoRoot(i64),
    /// The ciphertext could not be fetched.
    #[error("cannot fetch {cid} from IPFS at {url}")]
    Fetch {
        /// The batch's CID.
        cid: String,
        /// The IPFS node's RPC URL.
        url: String,
        /// The node's error.
        #[source]
        source: IpfsError,
    },
    /// The fetched bytes are not the ones the relayer describes.
    #[error("the ciphertext fetched from IPFS does not hash to the record's ciphertext hash")]
    HashMismatch,
    /// The envelope, leaf and proof do not lead to the root, or the envelope does not open.
    #[error(transparent)]
    Verify(#[from] VerifyError),
    /// `RecordRegistry` could not be read.
    #[error(transparent)]
    Chain(#[from] alloy::contract::Error),
    /// The root is not anchored on-chain.
    #[error("the root {0} is not anchored on-chain: the relayer's answer cannot be trusted")]
    RootNotAnchored(B256),
    /// The registry does not find the record under the root.
    #[error("RecordRegistry.verifyRecord does not find record #{id} under root {root}")]
    NotFound {
        /// The relayer's id of the record.
        id: i64,
        /// The root.
        root: B256,
    },
    /// The relayer did not release a key to this reader.
    #[error("the relayer did not release the key")]
    Release(#[source] ApiError),
    /// The grants made to the reader could not be read from the chain.
    #[error("cannot find the grants made to this reader")]
    Consents(#[source] Box<crate::workflows::consent::ConsentError>),
    /// The key committee did not release the key.
    #[error("the key committee did not release the key: {0}")]
    Committee(#[from] crate::keynodes::KeyNodesError),
    /// The wrapped key is malformed, or not for this reader's key.
    #[error(transparent)]
    Key(#[from] crate::EnvelopeError),
    /// The decrypted bytes are not text.
    #[error(transparent)]
    NotUtf8(#[from] std::str::Utf8Error),
    /// The decrypted record is not FHIR.
    #[error("the decrypted record is not valid FHIR")]
    NotFhir(#[source] medvault_fhir::FhirError),
}

/// Result alias for [`RecordError`].
pub type Result<T, E = RecordError> = std::result::Result<T, E>;

/// Who wrote a record, as `RecordRegistry.verifyRecord` says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Authorship {
    /// A provider certified when the record was anchored, which anchored it itself.
    CertifiedProvider,
    /// In a batch naming a provider certified then as author: the relayer's word that the provider
    /// submitted it (it checked the provider's signature), which the chain did not see.
    AttributedToProvider,
    /// Anyone else (the patient, an uncertified author).
    SelfReported,
}

impl Authorship {
    /// Its name in plain words (`certified provider`, `self-reported`).
    pub const fn name(self) -> &'static str {
        match self {
            Self::CertifiedProvider => "certified provider",
            Self::AttributedToProvider => "certified provider, per the relayer's batch",
            Self::SelfReported => "self-reported",
        }
    }
}

/// A record checked against the chain: its ciphertext, leaf and proof, under an anchored root.
#[derive(Clone, Debug)]
pub struct VerifiedRecord {
    /// The relayer's id of the record.
    pub id: i64,
    /// The CID of the batch holding its envelope.
    pub cid: String,
    /// The anchored batch root.
    pub root: B256,
    /// The block the root was anchored in.
    pub anchored_in_block: u64,
    /// Who wrote it.
    pub authorship: Authorship,
    /// The leaf it is anchored as.
    pub leaf: RecordLeaf,
    /// The Merkle proof from the leaf to the root.
    pub proof: Vec<B256>,
    /// The envelope (ciphertext), as fetched from IPFS.
    pub envelope: Vec<u8>,
}

impl VerifiedRecord {
    /// The record's facts as a key request states them (the leaf's fields but the patient id,
    /// with the anchored root and the proof).
    pub fn facts(&self) -> RecordFacts {
        RecordFacts {
            record_id: self.leaf.record_id.0,
            version: self.leaf.version.0,
            previous: self.leaf.previous,
            ciphertext_hash: self.leaf.ciphertext_hash,
            author: self.leaf.author,
            category: self.leaf.category.0,
            root: self.root,
            proof: self.proof.clone(),
        }
    }
}

/// Where the data key of a [`ReadRecord`] came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeySource {
    /// The caller gave the wrapped key.
    Given,
    /// The relayer released it, on `basis` (`patient`, `author`, `consent`, …).
    Released {
        /// Why the relayer released it.
        basis: String,
    },
    /// The relayer does not release keys: the record was verified, not decrypted.
    NotServed,
    /// The key committee released it: t nodes checked the chain, logged a receipt each, and
    /// gave a share.
    Committee {
        /// Why the nodes released it (`consent`, …).
        basis: String,
        /// The nodes whose shares were used, with their receipts' ids.
        nodes: Vec<(String, i64)>,
        /// Nodes that did not give a usable share, and why.
        failed: Vec<crate::keynodes::NodeFailure>,
    },
}

/// A record verified and, when a key was had, decrypted.
#[derive(Debug)]
pub struct ReadRecord {
    /// What was checked.
    pub record: VerifiedRecord,
    /// Where the key came from.
    pub key: KeySource,
    /// The FHIR JSON, if a key was had.
    pub plaintext: Option<Plaintext>,
}

/// Reads emergency-category record `id` as a provider in an open break-glass window on its
/// patient whose tag's salt is `salt`: the relayer shows the record and hands over its committee
/// wrap, and each key node checks the window on-chain on its own, logs a receipt and gives a
/// share. Every other category is refused (by the relayer and by every node).
pub async fn read_in_emergency<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    secret: &(impl ReaderKeys + ?Sized),
    id: i64,
    salt: B256,
) -> Result<ReadRecord> {
    let record = verify_shown(session, signer, id, &[], Some(salt)).await?;
    let released = session
        .relayer
        .release_key_in_emergency(signer, record.leaf.record_id.0, record.leaf.version.0, salt)
        .await
        .map_err(RecordError::Release)?;
    let (plaintext, key) =
        through_committee(session, signer, secret, &record, released, Vec::new(), Some(salt))
            .await?;
    Ok(ReadRecord { record, key, plaintext: Some(plaintext) })
}

/// Asks the key nodes for the data key of `record`, whose committee wrap and patient the relayer
/// `released`, showing `consents` (hers only are sent) or a break-glass `salt`, and decrypts.
async fn through_committee<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    secret: &(impl ReaderKeys + ?Sized),
    record: &VerifiedRecord,
    released: medvault_primitives::api::keys::ReleaseResponse,
    consents: Vec<ConsentGrant>,
    salt: Option<B256>,
) -> Result<(Plaintext, KeySource)> {
    let question = KeyQuestion {
        patient: released.patient,
        record: record.facts(),
        committee_wrap: released.committee_wrap,
        consents: consents.into_iter().filter(|g| g.patient == released.patient).collect(),
        emergency_salt: salt,
    };
    let got = keynodes::release(session, signer, secret, &question).await?;
    let plaintext = record.decrypt_with(session, &got.key)?;
    let key = KeySource::Committee {
        basis: got.basis,
        nodes: got.receipts.iter().map(|(u, r)| (u.clone(), r.receipt.id)).collect(),
        failed: got.failed,
    };
    Ok((plaintext, key))
}

/// Fetches record `id` (fields and location from the relayer, which shows them to the record's
/// patient and author as `signer`; ciphertext from IPFS) and checks it against the chain. Trusts
/// neither the relayer nor the IPFS node.
pub async fn verify<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    id: i64,
) -> Result<VerifiedRecord> {
    verify_shown(session, signer, id, &[], None).await
}

/// [`verify`] as a reader who shows `consents` (grants for the record) or, for an emergency
/// record, the salt of an open break-glass tag: the relayer shows a record to whom it would
/// release its key.
pub async fn verify_shown<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    id: i64,
    consents: &[ConsentGrant],
    emergency_salt: Option<B256>,
) -> Result<VerifiedRecord> {
    let record = session.relayer.view(signer, id, consents, emergency_salt).await?;
    if record.status != "confirmed" {
        return Err(RecordError::NotAnchored { id, status: record.status });
    }
    let (Some(cid), Some(batch)) = (record.cid.clone(), record.batch.clone()) else {
        return Err(RecordError::NoLocation(id));
    };
    let root = batch.root.ok_or(RecordError::NoRoot(id))?;
    let proof = record.proof.clone().unwrap_or_default();
    let envelope = session
        .ipfs
        .cat_range(&cid, record.offset.unwrap_or(0), record.length.unwrap_or(0))
        .await
        .map_err(|source| RecordError::Fetch {
            cid: cid.clone(),
            url: session.ipfs.base().to_string(),
            source,
        })?;
    let leaf = RecordLeaf {
        patient_id: PatientId(record.patient_id),
        record_id: RecordId(record.record_id),
        version: RecordVersion(record.version),
        previous: record.previous,
        ciphertext_hash: ciphertext_hash(&envelope),
        author: record.author,
        category: Category(record.category),
    };
    if leaf.ciphertext_hash != record.ciphertext_hash {
        return Err(RecordError::HashMismatch);
    }
    verify::verify_record(&envelope, &leaf, &proof, root)?;
    let registry = RecordRegistry::new(session.deployment.contracts.records, &session.provider);
    let anchored = registry.anchorOf(root).call().await?;
    if anchored.blockNumber == 0 {
        return Err(RecordError::RootNotAnchored(root));
    }
    let onchain = registry
        .verifyRecord(
            root,
            IRecordRegistry::Record {
                patientId: leaf.patient_id.0,
                recordId: leaf.record_id.0,
                version: leaf.version.0,
                previous: leaf.previous,
                ciphertextHash: leaf.ciphertext_hash,
                author: leaf.author,
                category: leaf.category.0,
            },
            proof.clone(),
        )
        .call()
        .await?;
    let authorship = match onchain.authorship {
        1 => Authorship::CertifiedProvider,
        2 => Authorship::SelfReported,
        4 => Authorship::AttributedToProvider,
        _ => return Err(RecordError::NotFound { id, root }),
    };
    Ok(VerifiedRecord {
        id,
        cid,
        root,
        anchored_in_block: anchored.blockNumber,
        authorship,
        leaf,
        proof,
        envelope,
    })
}

impl VerifiedRecord {
    /// Unwraps `wrapped_key` with `secret`, opens the envelope for its leaf's context on the
    /// session's chain and registry, and checks the plaintext is FHIR.
    pub fn decrypt<P>(
        &self,
        session: &Session<P>,
        wrapped_key: &[u8],
        secret: &(impl ReaderKeys + ?Sized),
    ) -> Result<Plaintext> {
        let key = ecies::unwrap(&WrappedKey::from_bytes(wrapped_key)?, secret)?;
        self.decrypt_with(session, &key)
    }

    /// Opens the envelope with a data key (from the committee, say) and checks the plaintext is
    /// FHIR.
    pub fn decrypt_with<P>(&self, session: &Session<P>, key: &DataKey) -> Result<Plaintext> {
        let plaintext = verify::verify_and_open(
            &self.envelope,
            &self.leaf,
            &self.proof,
            self.root,
            key,
            session.deployment.chain_id,
            session.deployment.contracts.records,
        )?;
        medvault_fhir::parse_json(std::str::from_utf8(plaintext.as_bytes())?)
            .map_err(RecordError::NotFhir)?;
        Ok(plaintext)
    }
}

/// [`verify`]s record `id`, then decrypts it with `wrapped_key` if given, else with the key the
/// relayer releases to `signer` (signed request; the relayer checks consent and logs it).
/// `secret` is the reader's key, of the same account as `signer`.
pub async fn read<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    secret: &(impl ReaderKeys + ?Sized),
    id: i64,
    wrapped_key: Option<Bytes>,
) -> Result<ReadRecord> {
    // The patient and the author are shown the record as they are; any other reader (to whom the
    // relayer answers 404, as for a missing record) shows the grants it holds (found by scanning
    // the consent notices only then), a few at a time.
    let (record, mut consents) = match verify(session, signer, id).await {
        Ok(record) => (record, Vec::new()),
        Err(mut refused @ RecordError::Relayer(ApiError::Refused { status: 403 | 404, .. })) => {
            let grants =
                crate::workflows::consent::received_grants(session, signer.address(), secret)
                    .await
                    .map_err(|e| RecordError::Consents(Box::new(e)))?;
            let mut shown = None;
            for chunk in grants.chunks(medvault_primitives::api::keynode::MAX_CONSENTS) {
                match verify_shown(session, signer, id, chunk, None).await {
                    Ok(record) => {
                        shown = Some((record, chunk.to_vec()));
                        break;
                    }
                    Err(e @ RecordError::Relayer(ApiError::Refused { status: 403 | 404, .. })) => {
                        refused = e;
                    }
                    Err(e) => return Err(e),
                }
            }
            // Nothing shown opens it: the relayer's refusal, as it said it.
            match (shown, refused) {
                (Some(found), _) => found,
                (None, RecordError::Relayer(e)) => return Err(RecordError::Release(e)),
                (None, other) => return Err(other),
            }
        }
        Err(e) => return Err(e),
    };
    let (wrapped_key, released, mut key) = match wrapped_key {
        Some(k) => (Some(k), None, KeySource::Given),
        None => {
            let record_id = record.leaf.record_id.0;
            let category = record.leaf.category.0;
            consents.retain(|g| g.covers(record_id, category));
            match session
                .relayer
                .release_key(signer, record_id, record.leaf.version.0, &consents)
                .await
            {
                Ok(released) if !released.wrapped_key.is_empty() => (
                    Some(released.wrapped_key),
                    None,
                    KeySource::Released { basis: released.basis },
                ),
                Ok(released) if !released.committee_wrap.is_empty() => {
                    (None, Some(released), KeySource::NotServed)
                }
                Ok(_) => (None, None, KeySource::NotServed),
                Err(ApiError::NotAvailable { .. }) => (None, None, KeySource::NotServed),
                Err(e) => return Err(RecordError::Release(e)),
            }
        }
    };
    let plaintext = match (wrapped_key, released) {
        (Some(k), _) => Some(record.decrypt(session, &k, secret)?),
        (None, Some(released)) => {
            let (plaintext, source) =
                through_committee(session, signer, secret, &record, released, consents, None)
                    .await?;
            key = source;
            Some(plaintext)
        }
        (None, None) => None,
    };
    Ok(ReadRecord { record, key, plaintext })
}

/// Why a record could not be shredded (nothing was asked of the key nodes or the relayer yet,
/// unless said).
#[derive(Debug, thiserror::Error)]
pub enum ShredError {
    /// The record could not be found or verified.
    #[error(transparent)]
    Record(#[from] RecordError),
    /// The relayer did not hand over the record's committee wrap.
    #[error("the relayer did not hand over the record's committee wrap")]
    Relayer(#[source] ApiError),
    /// The signer is not the record's patient.
    #[error("only the record's patient may shred it, and {signer} is not {patient}")]
    NotPatient {
        /// Who asked.
        signer: alloy::primitives::Address,
        /// The record's patient, as the relayer says.
        patient: alloy::primitives::Address,
    },
    /// The relayer holds no committee wrap for the record.
    #[error("the relayer holds no committee wrap for the record: the key nodes cannot be shown it")]
    NoCommitteeWrap,
    /// The committee wrap the relayer handed over is not the one the record's leaf binds.
    #[error("the committee wrap the relayer handed over is not the one anchored for this record")]
    WrapNotBound,
    /// The key committee could not be asked.
    #[error(transparent)]
    Committee(#[from] keynodes::KeyNodesError),
    /// The key committee could not be read from the chain.
    #[error(transparent)]
    CommitteeLookup(#[from] crate::workflows::CommitteeLookupError),
}

/// What shredding a record did (see [`shred`]).
#[derive(Debug)]
pub struct Shredded {
    /// The record (every version of it is shredded).
    pub record_id: B256,
    /// Each key node's answer: its signed word that it refuses the record for good, or why not.
    pub nodes: Vec<keynodes::NodeShred>,
    /// The committee's size.
    pub members: usize,
    /// Shares needed to open a wrap.
    pub threshold: usize,
    /// How many wrapped keys the relayer deleted, or why it did not.
    pub relayer: std::result::Result<u64, ApiError>,
    /// Whether the patient asked that her own wrapped keys go too.
    pub drop_own: bool,
}

impl Shredded {
    /// How many key nodes gave their word that they refuse the record.
    pub fn shredded_nodes(&self) -> usize {
        self.nodes.iter().filter(|n| n.answer.is_ok()).count()
    }

    /// Whether the committee as a whole can no longer open the record: more than n − t nodes
    /// shredded it, so fewer than t would still give a share even if those that did not took
    /// no notice.
    pub fn effective(&self) -> bool {
        self.shredded_nodes() + self.threshold > self.members
    }

    /// Who may still be able to read the record, in plain words.
    pub fn who_may_still_read(&self) -> Vec<String> {
        let mut still = vec![
            "the record's author, who wrapped its key to itself when it wrote it and may have kept it"
                .to_string(),
            "anyone who read it before: a reader who decrypted it may have kept the text or its key"
                .to_string(),
        ];
        if !self.drop_own {
            still.push(
                "you: your own wrapped key is kept at the relayer (shred again, dropping your own \
                 key, to delete it)"
                    .to_string(),
            );
        }
        if self.effective() {
            still.push(format!(
                "through the key committee, only {} nodes together that break their signed word \
                 (the trust the committee always needs)",
                self.threshold
            ));
        } else {
            let missing = self.members + 1 - self.threshold - self.shredded_nodes();
            still.push(format!(
                "anyone the chain allows, through the key nodes that did not shred it: {missing} \
                 more must (run the shred again)"
            ));
        }
        still
    }
}

/// Crypto-shreds record `id` (every version of it) as its patient `patient`: orders every key node
/// to refuse it for good (each node checks the record is hers and keeps the order durably), then
/// has the relayer delete every wrapped key of it it holds but hers, and hers too with `drop_own`.
///
/// The ciphertext stays on IPFS; what is destroyed is every way the parties that serve keys could
/// open it. The result says what each party did and whether the shred is effective (more than
/// n − t nodes took it); both steps may be repeated.
pub async fn shred<P: Provider>(
    session: &Session<P>,
    patient: &(impl Signer + Sync + ?Sized),
    id: i64,
    drop_own: bool,
) -> std::result::Result<Shredded, ShredError> {
    let record = verify(session, patient, id).await?;
    let record_id = record.leaf.record_id.0;
    // The relayer hands the patient her record's committee wrap; her own signature gets it.
    let released = session
        .relayer
        .release_key(patient, record_id, record.leaf.version.0, &[])
        .await
        .map_err(ShredError::Relayer)?;
    if released.patient != patient.address() {
        return Err(ShredError::NotPatient {
            signer: patient.address(),
            patient: released.patient,
        });
    }
    if released.committee_wrap.is_empty() {
        return Err(ShredError::NoCommitteeWrap);
    }
    let bound = medvault_primitives::committee::bound_patient_id(
        patient.address(),
        &released.committee_wrap,
    );
    if bound != record.leaf.patient_id {
        return Err(ShredError::WrapNotBound);
    }
    let committee = session.committee().await?;
    let question = KeyQuestion {
        patient: patient.address(),
        record: record.facts(),
        committee_wrap: released.committee_wrap,
        consents: Vec::new(),
        emergency_salt: None,
    };
    let nodes = keynodes::shred(session, patient, &question).await?;
    let relayer = session
        .relayer
        .delete_keys(patient, record_id, drop_own)
        .await
        .map(|answer| answer["deleted"].as_u64().unwrap_or(0));
    Ok(Shredded {
        record_id,
        nodes,
        members: committee.members.len(),
        threshold: usize::from(committee.threshold),
        relayer,
        drop_own,
    })
}
