//! `medvault patient`: a patient's journey without ETH — register, verify and read own records,
//! grant and revoke access by EIP-712 signature, set guardians, review break-glass accesses, claim
//! trade payments.
//!
//! Every on-chain action is signed in the keystore and submitted gaslessly: as an ERC-2771 forward
//! request through the relayer (`POST /v1/relay/forward`), or, where the relayer does not serve that
//! route, executed at the forwarder by a sponsor account (`--sponsor-keystore`) that pays the gas.
//! The patient's account never needs ETH either way.

use std::{path::PathBuf, time::Duration};

use alloy::{
    eips::BlockId,
    primitives::{Address, B256, Bytes, U256},
    providers::Provider,
};
use clap::{Args, Subcommand};
use eyre::{WrapErr, bail, eyre};
use medvault_bindings::{
    account_registry::AccountRegistry,
    consent_manager::{ConsentManager, IConsentManager::SignedConsent},
    data_market::DataMarket,
    medvault_forwarder::{ERC2771Forwarder::ForwardRequestData, MedvaultForwarder},
    record_registry::{IRecordRegistry, RecordRegistry},
};
use medvault_client::{
    self as client,
    api::{ApiError, ConsentRelayRequest},
    ecies::{self, WrappedKey},
    forward::ForwardCall,
    ipfs::IpfsClient,
    keys::SecretKey,
    sign,
};
use medvault_primitives::{
    enums::{Access, EmergencyStatus, Role, Scope, TradeStatus},
    types::{Category, PatientId, RecordId, RecordLeaf, RecordVersion},
};
use serde_json::json;

use super::{
    context::{Ctx, Globals, call_error, confirm, connect, deadline_base},
    keystore,
};

/// Gas a forwarded call gets.
const FORWARD_GAS: u64 = 500_000;
/// Lifetime of a signed request or consent.
const SIGNATURE_LIFETIME: u64 = 600;
/// How long a command waits for a relayed submission to be mined.
const RELAY_TIMEOUT: Duration = Duration::from_secs(120);

/// `medvault patient`.
#[derive(Debug, Args)]
pub(crate) struct PatientArgs {
    #[command(flatten)]
    globals: Globals,
    /// A keystore whose account submits the signed requests and pays their gas when the relayer
    /// does not relay them (password from MEDVAULT_SPONSOR_PASSWORD or a prompt).
    #[arg(long, env = "MEDVAULT_SPONSOR_KEYSTORE", global = true)]
    sponsor_keystore: Option<PathBuf>,
    #[command(subcommand)]
    command: PatientCommand,
}

#[derive(Debug, Subcommand)]
enum PatientCommand {
    /// Register as a patient by signature (no ETH needed), publishing the encryption key.
    Register,
    /// List the records filed for this patient at the relayer, with their anchors.
    Records,
    /// Fetch a record's ciphertext from IPFS, check it against the on-chain root, and decrypt it.
    Verify {
        /// The relayer's id of the record (printed by `medvault provider upload`).
        #[arg(long)]
        id: i64,
        /// The record's data key wrapped for this patient (hex; printed by `provider upload`).
        /// Without it the key is asked of the relayer (`POST /v1/keys/release`).
        #[arg(long)]
        wrapped_key: Option<Bytes>,
        /// Where to write the decrypted record (it is not printed).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Grant access to a record or a category by EIP-712 signature.
    Grant {
        #[command(flatten)]
        target: Target,
        /// Read access.
        #[arg(long, conflicts_with = "write", required_unless_present = "write")]
        read: bool,
        /// Write access (includes read).
        #[arg(long)]
        write: bool,
        /// Days until the grant expires.
        #[arg(long, default_value_t = 30)]
        days: u64,
        /// With --record: the version whose data key is shared with the grantee.
        #[arg(long, default_value_t = 1)]
        version: u32,
    },
    /// Revoke a grant by EIP-712 signature.
    Revoke {
        #[command(flatten)]
        target: Target,
    },
    /// Guardians who may grant and revoke on the patient's behalf.
    #[command(subcommand)]
    Guardians(GuardiansCommand),
    /// Review a provider's break-glass access.
    #[command(subcommand)]
    Emergency(EmergencyCommand),
    /// Delete every wrapped key of a record at the relayer but the patient's own: nobody else can
    /// read it any more (crypto-shredding).
    Shred {
        /// The record (its opaque record id).
        #[arg(long)]
        record: B256,
    },
    /// Read the log of key releases (and refusals) about this patient's records.
    AccessLog,
    /// List the open research requests; given the patient's own records (decrypted FHIR files),
    /// say which ones they meet. Criteria are checked against the on-chain commitment.
    Requests {
        /// The patient's own FHIR records.
        files: Vec<PathBuf>,
    },
    /// Approve a research trade: de-identify the given records, encrypt them for the researcher,
    /// pin them, sign the TradeApproval and hand the delivery to the relayer (held until k).
    ApproveTrade {
        /// The research request.
        #[arg(long)]
        request: U256,
        /// The patient's own FHIR records (decrypted, e.g. by `patient verify --out`).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Collect a trade payment whose dispute window has passed (paid to the patient).
    Claim {
        /// The research request the trade belongs to.
        #[arg(long)]
        request: U256,
    },
}

/// `medvault patient guardians`.
#[derive(Debug, Subcommand)]
enum GuardiansCommand {
    /// Propose a guardian set; it takes effect after the registry's guardian delay.
    Set {
        /// A guardian's account (repeat for several).
        #[arg(long = "guardian", required = true)]
        guardians: Vec<Address>,
        /// Approvals needed for a guardian action.
        #[arg(long)]
        threshold: u8,
    },
}

/// `medvault patient emergency`.
#[derive(Debug, Subcommand)]
enum EmergencyCommand {
    /// List the break-glass accesses opened on this patient, with their status.
    List,
    /// Accept or dispute a break-glass access (a dispute ends it and opens a misconduct review).
    Review {
        /// The emergency id (from the `EmergencyAccessOpened` event or the notification).
        #[arg(long)]
        id: U256,
        /// It was justified.
        #[arg(long, conflicts_with = "dispute", required_unless_present = "dispute")]
        accept: bool,
        /// It was not: end it and challenge the provider.
        #[arg(long)]
        dispute: bool,
        /// A statement of the evidence (its keccak256 goes on-chain), for a dispute.
        #[arg(long, default_value = "")]
        evidence: String,
    },
}

/// Who and what a grant or revocation is about.
#[derive(Debug, Args)]
struct Target {
    /// The grantee's account.
    #[arg(long)]
    grantee: Address,
    /// One record (its opaque record id).
    #[arg(long, conflicts_with = "category", required_unless_present = "category")]
    record: Option<B256>,
    /// A whole category (see docs/FHIR.md).
    #[arg(long)]
    category: Option<u16>,
}

impl Target {
    fn scope(&self) -> (u8, B256) {
        match (self.record, self.category) {
            (Some(record), _) => (Scope::Record.into(), record),
            (None, Some(c)) => (Scope::Category.into(), sign::category_target(c)),
            (None, None) => unreachable!("clap requires --record or --category"),
        }
    }
}

/// Runs `medvault patient`.
pub(crate) async fn run(args: PatientArgs) -> eyre::Result<()> {
    let ctx = Ctx::open(&args.globals).await?;
    let sponsor = args.sponsor_keystore.as_deref();
    match args.command {
        PatientCommand::Register => register(&ctx, sponsor).await,
        PatientCommand::Verify { id, wrapped_key, out } => verify(&ctx, id, wrapped_key, out).await,
        PatientCommand::Grant { target, read: _, write, days, version } => {
            let access = if write { Access::Write } else { Access::Read }.into();
            consent(&ctx, sponsor, &target, Some((access, days, version))).await
        }
        PatientCommand::Revoke { target } => consent(&ctx, sponsor, &target, None).await,
        PatientCommand::Guardians(GuardiansCommand::Set { guardians, threshold }) => {
            let accounts_addr = ctx.deployment.contracts.accounts;
            let accounts = AccountRegistry::new(accounts_addr, &ctx.chain);
            let data = accounts.proposeGuardians(guardians.clone(), threshold).calldata().clone();
            let tx = gasless(&ctx, sponsor, accounts_addr, data).await?;
            let pending = accounts.pendingGuardians(ctx.signer.address()).call().await?;
            ctx.out.report(
                "guardians proposed",
                json!({
                    "patient": ctx.signer.address(),
                    "guardians": guardians,
                    "threshold": threshold,
                    "effectiveAt": pending.effectiveAt,
                    "txHash": tx,
                }),
            );
            Ok(())
        }
        PatientCommand::Emergency(EmergencyCommand::List) => emergencies(&ctx).await,
        PatientCommand::Emergency(EmergencyCommand::Review {
            id,
            accept,
            dispute: _,
            evidence,
        }) => {
            let consent_addr = ctx.deployment.contracts.consent;
            let manager = ConsentManager::new(consent_addr, &ctx.chain);
            let e = manager.emergency(id).call().await?;
            if e.patient.is_zero() {
                bail!("there is no emergency {id}: `medvault patient emergency list` shows yours");
            }
            if e.patient != ctx.signer.address() {
                bail!("emergency {id} is not on this patient ({})", ctx.signer.address());
            }
            let data = manager
                .reviewEmergency(id, accept, alloy::primitives::keccak256(evidence.as_bytes()))
                .calldata()
                .clone();
            let tx = gasless(&ctx, sponsor, consent_addr, data).await?;
            let after = manager.emergency(id).call().await?;
            ctx.out.report(
                "emergency reviewed",
                json!({
                    "emergency": id.to_string(),
                    "provider": e.provider,
                    "status": EmergencyStatus::try_from(after.status)?.name().to_lowercase(),
                    "txHash": tx,
                }),
            );
            Ok(())
        }
        PatientCommand::Shred { record } => {
            let answer = ctx.api.delete_keys(&ctx.signer, record).await.map_err(|e| match e {
                ApiError::NotAvailable { url, .. } => {
                    eyre!(
                        "the relayer at {url} does not shred keys (DELETE /v1/records/{{id}}/keys)"
                    )
                }
                e => eyre!("shred refused: {e}"),
            })?;
            ctx.out.report("record shredded", json!({"record": record, "relayer": answer}));
            Ok(())
        }
        PatientCommand::Records => {
            let listed = ctx.api.patient_records(&ctx.signer).await.map_err(|e| match e {
                ApiError::NotAvailable { url, .. } => {
                    eyre!("the relayer at {url} does not list records")
                }
                e => eyre!("listing records refused: {e}"),
            })?;
            ctx.out.report("records", serde_json::to_value(listed)?);
            Ok(())
        }
        PatientCommand::AccessLog => {
            let log = ctx.api.access_log(&ctx.signer).await.map_err(|e| match e {
                ApiError::NotAvailable { url, .. } => {
                    eyre!("the relayer at {url} does not serve access logs")
                }
                e => eyre!("access log refused: {e}"),
            })?;
            ctx.out.report("access log", serde_json::to_value(log)?);
            Ok(())
        }
        PatientCommand::Requests { files } => super::trade::requests(&ctx, &files).await,
        PatientCommand::ApproveTrade { request, files } => {
            super::trade::approve(&ctx, request, &files).await
        }
        PatientCommand::Claim { request } => {
            let market_addr = ctx.deployment.contracts.market;
            let market = DataMarket::new(market_addr, &ctx.chain);
            let patient = ctx.signer.address();
            let trade = market.trade(request, patient).call().await?;
            // The relayer also claims for patients in batches, so a payment may already be made.
            let tx = match TradeStatus::try_from(trade.status)? {
                TradeStatus::Paid => None,
                TradeStatus::Pending => {
                    let now = ctx
                        .chain
                        .get_block(BlockId::latest())
                        .await?
                        .map_or(0, |b| b.header.timestamp);
                    if now < trade.releaseAt {
                        bail!(
                            "the payment for request {request} is held for the dispute window until \
                             unix time {}; claim again after that",
                            trade.releaseAt
                        );
                    }
                    let data = market.claim(request, patient).calldata().clone();
                    match gasless(&ctx, sponsor, market_addr, data).await {
                        Ok(tx) => Some(tx),
                        // Paid meanwhile by the relayer's batch claim: the patient has the money.
                        Err(_)
                            if market.trade(request, patient).call().await?.status
                                == u8::from(TradeStatus::Paid) =>
                        {
                            None
                        }
                        Err(e) => return Err(e),
                    }
                }
                TradeStatus::Disputed => bail!(
                    "the researcher disputed this trade: the arbiter decides; nothing to claim yet"
                ),
                TradeStatus::Refunded => {
                    bail!("the arbiter refunded this trade to the researcher: nothing to claim")
                }
                TradeStatus::None => bail!(
                    "you have no trade in request {request}: approve one with `medvault patient approve-trade`"
                ),
            };
            ctx.out.report(
                "payment claimed",
                json!({
                    "request": request.to_string(),
                    "patient": patient,
                    "payout": U256::from(trade.payout).to_string(),
                    "txHash": tx,
                    "paidBy": if tx.is_some() { "this claim" } else { "the relayer's batch claim" },
                }),
            );
            Ok(())
        }
    }
}

/// Signs a forward request for `data` at `to` and has it submitted without the patient's ETH.
async fn gasless(
    ctx: &Ctx,
    sponsor: Option<&std::path::Path>,
    to: Address,
    data: Bytes,
) -> eyre::Result<B256> {
    let forwarder_addr = ctx.deployment.contracts.forwarder;
    let forwarder = MedvaultForwarder::new(forwarder_addr, &ctx.chain);
    let request: ForwardRequestData = client::forward::sign(
        &ctx.signer,
        ctx.chain_id,
        forwarder_addr,
        ForwardCall {
            to,
            data,
            gas: FORWARD_GAS,
            nonce: forwarder.nonces(ctx.signer.address()).call().await?,
            deadline: deadline_base(ctx).await + SIGNATURE_LIFETIME,
        },
    )
    .await?;
    match ctx.api.relay_forward(&request).await {
        Ok(accepted) => relayed(ctx, accepted.key).await,
        Err(ApiError::NotAvailable { url, .. }) => {
            let Some(sponsor) = sponsor else {
                bail!(
                    "the relayer at {url} does not relay signed requests (POST /v1/relay/forward); \
                     pass --sponsor-keystore (or MEDVAULT_SPONSOR_KEYSTORE) with an account that pays the gas"
                );
            };
            let payer = keystore::open(sponsor, "MEDVAULT_SPONSOR_PASSWORD")?;
            let wallet = connect(&ctx.rpc_url, payer)?;
            let pending = MedvaultForwarder::new(forwarder_addr, &wallet)
                .execute(request)
                .send()
                .await
                .map_err(|e| call_error("the forwarder refused the signed request", e))?;
            Ok(confirm(pending, "forwarded call").await?.transaction_hash)
        }
        Err(e) => Err(e).wrap_err("the relayer did not relay the signed request"),
    }
}

/// Re-wraps a record's data key for `grantee`'s registered key and hands it to the relayer, which
/// releases it only while the on-chain grant holds. The data key exists only in this process.
async fn share_key(
    ctx: &Ctx,
    record: B256,
    version: u32,
    grantee: Address,
) -> eyre::Result<String> {
    let own = match ctx.api.release_key(&ctx.signer, record, version).await {
        Ok(released) => released.wrapped_key,
        Err(ApiError::NotAvailable { url, .. }) => {
            return Ok(format!("no: the relayer at {url} does not hold keys for grantees"));
        }
        Err(e) => return Err(e).wrap_err("cannot fetch the record's key to share it"),
    };
    let data_key = ecies::unwrap(&WrappedKey::from_bytes(&own)?, &SecretKey::from(&ctx.signer))?;
    let grantee_key = super::provider::registered_key(ctx, grantee).await?;
    let wrapped = ecies::wrap(&data_key, &grantee_key);
    drop(data_key);
    ctx.api
        .add_key(&ctx.signer, record, version, grantee, Bytes::from(wrapped.as_bytes().to_vec()))
        .await
        .wrap_err("the relayer did not take the grantee's wrapped key")?;
    Ok("yes".into())
}

/// Waits for a relayed submission to be mined; its transaction hash.
async fn relayed(ctx: &Ctx, key: B256) -> eyre::Result<B256> {
    let status = ctx
        .api
        .wait_relayed(key, RELAY_TIMEOUT)
        .await
        .wrap_err("the relayer accepted the signed request but it did not take effect")?;
    status
        .tx_hash
        .ok_or_else(|| eyre!("the relayer reports submission {key} mined without a transaction"))
}

async fn register(ctx: &Ctx, sponsor: Option<&std::path::Path>) -> eyre::Result<()> {
    let key = keystore::public_key(&ctx.signer);
    let accounts_addr = ctx.deployment.contracts.accounts;
    let accounts = AccountRegistry::new(accounts_addr, &ctx.chain);
    if accounts.isPatient(ctx.signer.address()).call().await? {
        bail!("{} is registered as a patient already", ctx.signer.address());
    }
    let data = accounts
        .register(Role::Patient.into(), Bytes::copy_from_slice(key.as_bytes()), B256::ZERO)
        .calldata()
        .clone();
    let tx = gasless(ctx, sponsor, accounts_addr, data).await?;
    let balance = ctx.chain.get_balance(ctx.signer.address()).await?;
    ctx.out.report(
        "registered patient (gasless)",
        json!({
            "account": ctx.signer.address(),
            "encryptionKey": key.to_string(),
            "txHash": tx,
            "ethBalance": balance.to_string(),
        }),
    );
    Ok(())
}

async fn consent(
    ctx: &Ctx,
    sponsor: Option<&std::path::Path>,
    target: &Target,
    grant: Option<(u8, u64, u32)>,
) -> eyre::Result<()> {
    let consent_addr = ctx.deployment.contracts.consent;
    let manager = ConsentManager::new(consent_addr, &ctx.chain);
    let patient = ctx.signer.address();
    let (scope, target_id) = target.scope();
    let nonce = manager.nonceOf(patient, target.grantee, scope, target_id).call().await?;
    let (access, expires_at) = match grant {
        Some((access, days, _)) => (access, deadline_base(ctx).await + days * 86_400),
        None => (0, 0),
    };
    let c = SignedConsent {
        patient,
        grantee: target.grantee,
        scope,
        target: target_id,
        access,
        expiresAt: expires_at,
        nonce: U256::from(nonce),
        deadline: U256::from(deadline_base(ctx).await + SIGNATURE_LIFETIME),
    };
    let domain = sign::consent_domain(ctx.chain_id, consent_addr);
    let revoke = grant.is_none();
    let signature = if revoke {
        sign::sign_revoke(&ctx.signer, &c, &domain).await?
    } else {
        sign::sign_grant(&ctx.signer, &c, &domain).await?
    };
    let title = if revoke { "revoked" } else { "granted" };
    let body = ConsentRelayRequest { consent: c.clone(), signature: signature.clone(), revoke };
    let tx = match ctx.api.relay_consent(&body).await {
        Ok(accepted) => relayed(ctx, accepted.key).await?,
        Err(ApiError::NotAvailable { url, .. }) => {
            let Some(sponsor) = sponsor else {
                bail!(
                    "the relayer at {url} does not relay signed consents (POST /v1/relay/consent); \
                     pass --sponsor-keystore (or MEDVAULT_SPONSOR_KEYSTORE) with an account that pays the gas"
                );
            };
            let payer = keystore::open(sponsor, "MEDVAULT_SPONSOR_PASSWORD")?;
            let wallet = connect(&ctx.rpc_url, payer)?;
            let manager = ConsentManager::new(consent_addr, &wallet);
            let call = if revoke {
                manager.revokeBySig(c.clone(), signature).send().await
            } else {
                manager.grantBySig(c.clone(), signature).send().await
            };
            let pending =
                call.map_err(|e| call_error("the consent manager refused the signature", e))?;
            confirm(pending, title).await?.transaction_hash
        }
        Err(e) => return Err(e).wrap_err("the relayer did not relay the signed consent"),
    };
    let key_shared = match (grant, target.record) {
        (Some((_, _, version)), Some(record)) => {
            share_key(ctx, record, version, target.grantee).await?
        }
        (Some(_), None) => {
            "no: category grants share no keys; grant a record to share its key".into()
        }
        (None, _) => "no".into(),
    };
    ctx.out.report(
        title,
        json!({
            "keyShared": key_shared,
            "patient": patient,
            "grantee": target.grantee,
            "scope": Scope::try_from(scope)?.name().to_lowercase(),
            "target": target_id,
            "access": Access::try_from(access)?.name().to_lowercase(),
            "expiresAt": expires_at,
            "txHash": tx,
        }),
    );
    Ok(())
}

/// `medvault patient emergency list`: the break-glass accesses on this patient, from the chain's
/// `EmergencyAccessOpened` events, with their current status.
async fn emergencies(ctx: &Ctx) -> eyre::Result<()> {
    use alloy::sol_types::SolEvent;
    let consent_addr = ctx.deployment.contracts.consent;
    let manager = ConsentManager::new(consent_addr, &ctx.chain);
    let me = ctx.signer.address();
    let filter = alloy::rpc::types::Filter::new()
        .address(consent_addr)
        .from_block(ctx.deployment.start_block)
        .event_signature(ConsentManager::EmergencyAccessOpened::SIGNATURE_HASH)
        .topic2(me.into_word());
    let now = ctx.chain.get_block(BlockId::latest()).await?.map_or(0, |b| b.header.timestamp);
    let mut rows = Vec::new();
    for log in ctx.chain.get_logs(&filter).await? {
        let Ok(opened) = log.log_decode::<ConsentManager::EmergencyAccessOpened>() else {
            continue;
        };
        let id = opened.inner.data.emergencyId;
        let e = manager.emergency(id).call().await?;
        let status = EmergencyStatus::try_from(e.status)?.name().to_lowercase();
        rows.push(json!({
            "emergency": id.to_string(),
            "provider": e.provider,
            "reasonCode": e.reasonCode,
            "openedAt": e.openedAt,
            "expiresAt": e.expiresAt,
            "status": status,
            "active": e.status == 1 && now < e.expiresAt,
            "txHash": log.transaction_hash,
        }));
    }
    ctx.out.report(&format!("{} emergency accesses", rows.len()), json!({"emergencies": rows}));
    Ok(())
}

/// Fetches record `id`, checks it against the chain and, with a key (given, or released by the
/// relayer to this reader), decrypts it to `out`. Any reader may use it, not only the patient.
pub(crate) async fn verify(
    ctx: &Ctx,
    id: i64,
    wrapped_key: Option<Bytes>,
    out: Option<PathBuf>,
) -> eyre::Result<()> {
    let record = ctx.api.record(id).await?;
    if record.status != "confirmed" {
        bail!(
            "record #{id} is {} at the relayer, not yet anchored: try again shortly",
            record.status
        );
    }
    let (Some(cid), Some(batch)) = (record.cid.clone(), record.batch.clone()) else {
        bail!("the relayer reports record #{id} confirmed without a CID or batch");
    };
    let root =
        batch.root.ok_or_else(|| eyre!("the relayer reports no batch root for record #{id}"))?;
    let proof = record.proof.clone().unwrap_or_default();
    let ipfs = IpfsClient::new(&ctx.ipfs_url);
    let envelope = ipfs
        .cat_range(&cid, record.offset.unwrap_or(0), record.length.unwrap_or(0))
        .await
        .wrap_err_with(|| {
            format!(
                "cannot fetch {cid} from IPFS at {}: check --ipfs-url / MEDVAULT_IPFS_URL",
                ctx.ipfs_url
            )
        })?;
    let leaf = RecordLeaf {
        patient_id: PatientId(record.patient_id),
        record_id: RecordId(record.record_id),
        version: RecordVersion(record.version),
        ciphertext_hash: medvault_primitives::types::ciphertext_hash(&envelope),
        author: record.author,
        category: Category(record.category),
    };
    if leaf.ciphertext_hash != record.ciphertext_hash {
        bail!("the ciphertext fetched from IPFS does not hash to the record's ciphertext hash");
    }
    client::verify::verify_record(&envelope, &leaf, &proof, root)?;
    let records_addr = ctx.deployment.contracts.records;
    let registry = RecordRegistry::new(records_addr, &ctx.chain);
    let anchored = registry.anchorOf(root).call().await?;
    if anchored.blockNumber == 0 {
        bail!("the root {root} is not anchored on-chain: the relayer's answer cannot be trusted");
    }
    let onchain = registry
        .verifyRecord(
            root,
            IRecordRegistry::Record {
                patientId: leaf.patient_id.0,
                recordId: leaf.record_id.0,
                version: leaf.version.0,
                ciphertextHash: leaf.ciphertext_hash,
                author: leaf.author,
                category: leaf.category.0,
            },
            proof.clone(),
        )
        .call()
        .await?;
    let authorship = match onchain.authorship {
        1 => "certified provider",
        2 => "self-reported",
        _ => bail!("RecordRegistry.verifyRecord does not find record #{id} under root {root}"),
    };
    let (wrapped_key, key_source) = match wrapped_key {
        Some(k) => (Some(k), "given".to_string()),
        None => match ctx.api.release_key(&ctx.signer, leaf.record_id.0, leaf.version.0).await {
            Ok(released) => (Some(released.wrapped_key), format!("released ({})", released.basis)),
            Err(ApiError::NotAvailable { .. }) => {
                (None, "none: the relayer does not release keys; pass --wrapped-key".to_string())
            }
            Err(e) => return Err(e).wrap_err("the relayer did not release the key"),
        },
    };
    let mut decrypted = None;
    if let Some(wrapped) = wrapped_key {
        let wrapped = WrappedKey::from_bytes(&wrapped)?;
        let secret = SecretKey::from(&ctx.signer);
        let key = ecies::unwrap(&wrapped, &secret)?;
        let plaintext = client::verify::verify_and_open(
            &envelope,
            &leaf,
            &proof,
            root,
            &key,
            ctx.chain_id,
            records_addr,
        )?;
        medvault_fhir::parse_json(std::str::from_utf8(plaintext.as_bytes())?)
            .wrap_err("the decrypted record is not valid FHIR")?;
        if let Some(path) = &out {
            std::fs::write(path, plaintext.as_bytes())
                .wrap_err_with(|| format!("cannot write {}", path.display()))?;
        }
        decrypted = Some(plaintext.len());
    }
    ctx.out.report(
        "verified",
        json!({
            "id": id,
            "cid": cid,
            "root": root,
            "anchoredInBlock": anchored.blockNumber,
            "authorship": authorship,
            "ciphertextHash": leaf.ciphertext_hash,
            "key": key_source,
            "decryptedBytes": decrypted,
            "out": out.map(|p| p.display().to_string()),
        }),
    );
    Ok(())
}
