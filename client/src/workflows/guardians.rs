//! Guardians end to end (docs/PRIVACY.md, "Guardians as a committed set"), from each guardian's
//! own client, and recovery of a lost wallet.
//!
//! The patient proposes a set ([`super::accounts::propose_guardians`]) and hands each guardian
//! a [`GuardianSetup`]: her guardian-set controller, the guardians' pseudonyms, the threshold and
//! her two signatures — the `Delegation(patient, controller, address(0))` the key nodes check on a
//! guardian-made grant, and the `RecoveryAuthorization(patient, controller)` that
//! `AccountRegistry.approveRecovery` checks. A guardian [`accept`]s it (checks both signatures and
//! finds its own pseudonym in the set committed on-chain).
//!
//! **Actions.** Guardians must approve the identical `GuardianAction` (salt, deadline, notice
//! hash) and the notice sealed to the grantee is random, so one guardian [`propose_grant`]s (or
//! [`propose_revoke`]s) and shares the resulting [`GuardianProposal`] (JSON) with the others; each
//! [`check_proposal`]s it and [`approve`]s from its pseudonym through the forwarder (no ETH). The
//! approval that reaches the threshold carries the notice and writes the grant into the
//! controller's namespace; the grantee finds it with `consent::received_grants` like any grant.
//!
//! **Recovery.** `threshold` guardians [`approve_recovery`] to a new account; after
//! `AccountRegistry.recoveryDelay` the new wallet [`complete_recovery`]s (registering its own
//! encryption key, gaslessly); until then the old wallet may [`cancel_recovery`]. The new account
//! then reads the old identity's records through the key committee ([`predecessors`]).

use alloy::{
    primitives::{Address, B256, Bytes, keccak256},
    providers::Provider,
    rpc::types::Filter,
    signers::Signer,
    sol_types::SolEvent,
};
use medvault_bindings::{
    account_registry::AccountRegistry,
    consent_manager::{ConsentManager, IConsentManager::GuardianAction},
};
use medvault_primitives::{
    consent::{ConsentGrant, Notice, delegated, guardian_tree},
    eip712::{
        RecoveryAuthorization, consent_domain, recovery_authorization_digest, recovery_domain,
    },
    enums::Access,
};
use rand::RngCore;
use serde::{Deserialize, Serialize};

use super::{
    KeyLookupError, Session,
    consent::{ConsentTarget, seal_notice},
    gasless::{self, GaslessError, Sponsor},
};
use crate::{keys::SecretKey, sign::sign_typed};

/// How long a proposed guardian action may collect approvals.
pub const ACTION_LIFETIME: u64 = 7 * 86_400;

/// Why a guardian workflow did not take effect.
#[derive(Debug, thiserror::Error)]
pub enum GuardianError {
    /// A contract could not be read.
    #[error(transparent)]
    Chain(#[from] alloy::contract::Error),
    /// The chain's logs could not be read.
    #[error("cannot read the consent manager's events")]
    Logs(#[source] alloy::transports::TransportError),
    /// The call did not take effect (the forwarder's or the contract's refusal is in the error).
    #[error(transparent)]
    Gasless(#[from] GaslessError),
    /// A registered key could not be had.
    #[error(transparent)]
    Key(#[from] KeyLookupError),
    /// The set-up or the proposal does not hold together.
    #[error("{0}")]
    Invalid(String),
    /// This guardian's pseudonym is not in the set.
    #[error("this account's pseudonym {pseudonym} is not in the guardian set of {controller}")]
    NotInSet {
        /// The guardian's pseudonym toward the controller.
        pseudonym: Address,
        /// The guardian-set controller.
        controller: Address,
    },
    /// The wallet did not sign.
    #[error("the wallet did not sign")]
    Sign(#[source] alloy::signers::Error),
    /// The relayer refused.
    #[error(transparent)]
    Relayer(#[from] crate::api::ApiError),
    /// The contract would refuse the call (simulated before anything is signed or relayed).
    #[error("{action} would be refused: {reason}")]
    Refused {
        /// The contract function.
        action: &'static str,
        /// The decoded custom error, or the node's answer.
        reason: String,
    },
}

/// Simulates `data` at `to` from `from` (as the forwarder would deliver it): a refusal comes back
/// decoded, and nothing reaches the relayer, whose replay guard would hold the forward request's
/// nonce for a call that failed.
async fn preflight<P: Provider>(
    session: &Session<P>,
    action: &'static str,
    from: Address,
    to: Address,
    data: &Bytes,
) -> Result<()> {
    let tx = alloy::rpc::types::TransactionRequest::default()
        .from(from)
        .to(to)
        .input(data.clone().into());
    match session.provider.call(tx).await {
        Ok(_) => Ok(()),
        Err(e) => {
            let e = alloy::contract::Error::from(e);
            let reason = e
                .as_decoded_interface_error::<AccountRegistry::AccountRegistryErrors>()
                .map(|v| format!("{v:?}"))
                .or_else(|| {
                    e.as_decoded_interface_error::<ConsentManager::ConsentManagerErrors>()
                        .map(|v| format!("{v:?}"))
                })
                .unwrap_or_else(|| e.to_string());
            Err(GuardianError::Refused { action, reason })
        }
    }
}

/// Result alias for [`GuardianError`].
pub type Result<T, E = GuardianError> = std::result::Result<T, E>;

fn invalid(what: impl Into<String>) -> GuardianError {
    GuardianError::Invalid(what.into())
}

// ------------------------------------------------------------------------------------ set-up

/// What the patient hands each of her guardians at set-up (share it as JSON, privately: it links
/// her account to her controller and names every guardian's pseudonym).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct GuardianSetup {
    /// The chain the set lives on.
    pub chain_id: u64,
    /// The patient.
    pub patient: Address,
    /// Her guardian-set controller ([`SecretKey::guardian_set_key`]).
    pub controller: Address,
    /// The guardians' pseudonyms, in the order committed.
    pub guardians: Vec<Address>,
    /// Approvals needed.
    pub threshold: u8,
    /// Her `Delegation(patient, controller, address(0))` (domain `MedvaultConsent`).
    pub delegation: Bytes,
    /// Her `RecoveryAuthorization(patient, controller)` (domain `MedvaultAccounts`).
    pub recovery_authorization: Bytes,
}

impl GuardianSetup {
    /// The committed root of the set.
    pub fn root(&self) -> Result<B256> {
        Ok(guardian_tree(self.controller, &self.guardians)
            .map_err(|e| invalid(format!("the guardian set: {e}")))?
            .root())
    }

    /// The Merkle proof of `pseudonym` in the set.
    pub fn proof_of(&self, pseudonym: Address) -> Result<Vec<B256>> {
        let index = self
            .guardians
            .iter()
            .position(|g| *g == pseudonym)
            .ok_or(GuardianError::NotInSet { pseudonym, controller: self.controller })?;
        guardian_tree(self.controller, &self.guardians)
            .and_then(|t| t.proof(index))
            .map_err(|e| invalid(format!("the guardian set: {e}")))
    }

    /// Checks that both signatures are the patient's for this controller on `session`'s
    /// deployment.
    pub fn check<P: Provider>(&self, session: &Session<P>) -> Result<()> {
        let d = &session.deployment;
        if self.chain_id != d.chain_id {
            return Err(invalid(format!(
                "the guardian set-up is for chain {}, not {}",
                self.chain_id, d.chain_id
            )));
        }
        let consent = consent_domain(d.chain_id, d.contracts.consent);
        if !delegated(self.patient, self.controller, Address::ZERO, &self.delegation, &consent) {
            return Err(invalid("the delegation in the set-up is not the patient's signature"));
        }
        let digest = recovery_authorization_digest(
            self.patient,
            self.controller,
            &recovery_domain(d.chain_id, d.contracts.accounts),
        );
        let ok = alloy::primitives::Signature::try_from(self.recovery_authorization.as_ref())
            .ok()
            .and_then(|s| s.recover_address_from_prehash(&digest).ok())
            == Some(self.patient);
        if !ok {
            return Err(invalid("the recovery authorization is not the patient's signature"));
        }
        Ok(())
    }
}

/// The patient's wallet's `RecoveryAuthorization(patient, controller)` signature.
pub async fn sign_recovery_authorization<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    controller: Address,
) -> Result<Bytes> {
    let d = &session.deployment;
    let authorization = RecoveryAuthorization { patient: signer.address(), controller };
    let domain = recovery_domain(d.chain_id, d.contracts.accounts);
    let sig = sign_typed(signer, &authorization, &domain).await.map_err(GuardianError::Sign)?;
    Ok(Bytes::from(sig.as_bytes().to_vec()))
}

/// A guardian's look at a set-up it was handed.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Acceptance {
    /// This guardian's pseudonym in the set.
    pub pseudonym: Address,
    /// Whether the set committed on-chain and in force is this set-up's.
    pub in_force: bool,
    /// When a pending proposal of this set takes effect (0 if none pending).
    pub pending_until: u64,
}

/// Accepts guardianship as the guardian whose encryption key is `guardian`: checks the
/// patient's signatures in `setup`, finds this guardian's pseudonym in it, and says whether the
/// set is committed on-chain (in force, or pending). Nothing is sent.
pub async fn accept<P: Provider>(
    session: &Session<P>,
    guardian: &SecretKey,
    setup: &GuardianSetup,
) -> Result<Acceptance> {
    setup.check(session)?;
    let pseudonym = guardian.guardian_key(setup.controller).address();
    setup.proof_of(pseudonym)?;
    let root = setup.root()?;
    let accounts = AccountRegistry::new(session.deployment.contracts.accounts, &session.provider);
    let now = accounts.guardianSet(setup.controller).call().await?;
    let pending = accounts.pendingGuardianSet(setup.controller).call().await?;
    let in_force = now.root == root && now.threshold == setup.threshold;
    let pending_until = if pending.root == root { pending.effectiveAt } else { 0 };
    if !in_force && pending_until == 0 {
        return Err(invalid(format!(
            "the set committed under {} is not this set-up's (root {root})",
            setup.controller
        )));
    }
    Ok(Acceptance { pseudonym, in_force, pending_until })
}

// ------------------------------------------------------------------------------------ actions

/// The fields of a `GuardianAction`, as guardians share them.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ActionFields {
    /// The consent's commitment.
    pub grant_id: B256,
    /// 0 revokes, 1 READ, 2 WRITE.
    pub access: u8,
    /// Exclusive expiry of a grant (0 for a revocation).
    pub expires_at: u64,
    /// keccak256 of the notice.
    pub notice_hash: B256,
    /// Random, so two identical actions differ.
    pub salt: B256,
    /// Approvals count only before this time.
    pub deadline: u64,
}

impl ActionFields {
    /// The contract's struct.
    pub fn to_sol(&self) -> GuardianAction {
        GuardianAction {
            grantId: self.grant_id,
            access: self.access,
            expiresAt: self.expires_at,
            noticeHash: self.notice_hash,
            salt: self.salt,
            deadline: self.deadline,
        }
    }
}

/// A guardian action one guardian proposes and the others approve unchanged (share it as JSON).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct GuardianProposal {
    /// The patient's guardian-set controller.
    pub controller: Address,
    /// For a grant: its preimage (grantee, scope, target, salt) with the patient's delegation.
    pub grant: Option<ConsentGrant>,
    /// The action every guardian approves.
    pub action: ActionFields,
    /// The notice sealed to the grantee (empty for a revocation): sent by the approval that runs.
    pub notice: Bytes,
}

fn random_b256() -> B256 {
    let mut b = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut b);
    B256::from(b)
}

/// Proposes, for the patient of `setup`, a grant of `access` on `target` to `grantee` for `days`
/// days, made by her guardians in her controller's namespace: the grant's preimage with a fresh
/// salt, the notice sealed to the grantee as for a patient's own grant, and the action.
pub async fn propose_grant<P: Provider>(
    session: &Session<P>,
    setup: &GuardianSetup,
    grantee: Address,
    target: ConsentTarget,
    access: Access,
    days: u64,
) -> Result<GuardianProposal> {
    setup.check(session)?;
    if access == Access::None {
        return Err(invalid("a grant gives READ or WRITE"));
    }
    if grantee == setup.patient {
        return Err(invalid("a patient needs no consent to read her own records"));
    }
    let (scope, target) = target.scope();
    let grant = ConsentGrant {
        patient: setup.patient,
        grantee,
        scope,
        target,
        salt: random_b256(),
        controller: setup.controller,
        delegation: setup.delegation.clone(),
    };
    let grantee_key = session.registered_key(grantee).await?;
    let notice = Bytes::from(seal_notice(&grantee_key, &Notice::Grant(grant.clone())));
    let now = session.deadline_base().await;
    Ok(GuardianProposal {
        controller: setup.controller,
        action: ActionFields {
            grant_id: grant.grant_id(),
            access: u8::from(access),
            expires_at: now + days * 86_400,
            notice_hash: keccak256(&notice),
            salt: random_b256(),
            deadline: now + ACTION_LIFETIME,
        },
        grant: Some(grant),
        notice,
    })
}

/// Proposes the revocation of the guardian-made consent `grant_id` (see [`guardian_consents`]).
pub async fn propose_revoke<P: Provider>(
    session: &Session<P>,
    setup: &GuardianSetup,
    grant_id: B256,
) -> Result<GuardianProposal> {
    setup.check(session)?;
    let now = session.deadline_base().await;
    Ok(GuardianProposal {
        controller: setup.controller,
        grant: None,
        action: ActionFields {
            grant_id,
            access: u8::from(Access::None),
            expires_at: 0,
            notice_hash: keccak256([]),
            salt: random_b256(),
            deadline: now + ACTION_LIFETIME,
        },
        notice: Bytes::new(),
    })
}

/// Checks a proposal another guardian shared against `setup`: the controller, the grant's
/// preimage (its recomputed id is the action's, it names the patient and her delegation) and
/// the notice's hash. The notice's content is sealed to the grantee and cannot be checked here:
/// a proposer who sealed another preimage only makes the grantee miss the grant.
pub fn check_proposal(setup: &GuardianSetup, p: &GuardianProposal) -> Result<()> {
    if p.controller != setup.controller {
        return Err(invalid("the proposal is for another guardian set"));
    }
    if keccak256(&p.notice) != p.action.notice_hash {
        return Err(invalid("the proposal's notice does not hash to its action's notice hash"));
    }
    match (&p.grant, Access::try_from(p.action.access)) {
        (None, Ok(Access::None)) if p.notice.is_empty() => Ok(()),
        (Some(g), Ok(Access::Read | Access::Write)) => {
            if g.patient != setup.patient
                || g.controller != setup.controller
                || g.delegation != setup.delegation
            {
                return Err(invalid("the grant does not name this patient and her controller"));
            }
            if g.grant_id() != p.action.grant_id {
                return Err(invalid("the action's grant id is not the grant's"));
            }
            Ok(())
        }
        _ => Err(invalid("the action is neither a grant with its preimage nor a revocation")),
    }
}

/// A guardian's approval submitted.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Approved {
    /// The action's id (`ConsentManager.guardianActionId`).
    pub action_id: B256,
    /// Approvals of the set's guardians now.
    pub approvals: usize,
    /// Whether the action ran (the threshold was reached).
    pub executed: bool,
    /// The transaction.
    pub tx: B256,
}

/// Approves `proposal` as the guardian whose encryption key is `guardian`, from its pseudonym
/// through the forwarder (no ETH). The approval that reaches the threshold runs the action.
pub async fn approve<P: Provider>(
    session: &Session<P>,
    guardian: &SecretKey,
    setup: &GuardianSetup,
    proposal: &GuardianProposal,
    sponsor: &impl Sponsor,
) -> Result<Approved> {
    setup.check(session)?;
    check_proposal(setup, proposal)?;
    let pseudonym = guardian.guardian_key(setup.controller);
    let proof = setup.proof_of(pseudonym.address())?;
    let consent_addr = session.deployment.contracts.consent;
    let manager = ConsentManager::new(consent_addr, &session.provider);
    let data = manager
        .approveGuardianAction(
            setup.controller,
            proposal.action.to_sol(),
            proof,
            proposal.notice.clone(),
        )
        .calldata()
        .clone();
    preflight(session, "approveGuardianAction", pseudonym.address(), consent_addr, &data).await?;
    let tx = gasless::call(session, &pseudonym.signer(), consent_addr, data, sponsor).await?;
    let status = action_status(session, setup, proposal).await?;
    Ok(Approved {
        action_id: status.action_id,
        approvals: status.approvals,
        executed: status.executed,
        tx,
    })
}

/// Withdraws this guardian's approval of `proposal` before it runs.
pub async fn withdraw<P: Provider>(
    session: &Session<P>,
    guardian: &SecretKey,
    setup: &GuardianSetup,
    proposal: &GuardianProposal,
    sponsor: &impl Sponsor,
) -> Result<B256> {
    let pseudonym = guardian.guardian_key(setup.controller);
    let consent_addr = session.deployment.contracts.consent;
    let manager = ConsentManager::new(consent_addr, &session.provider);
    let data = manager
        .withdrawGuardianApproval(setup.controller, proposal.action.to_sol())
        .calldata()
        .clone();
    preflight(session, "withdrawGuardianApproval", pseudonym.address(), consent_addr, &data)
        .await?;
    Ok(gasless::call(session, &pseudonym.signer(), consent_addr, data, sponsor).await?)
}

/// Where a proposal stands.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ActionStatus {
    /// The action's id under the set in force.
    pub action_id: B256,
    /// The set's guardians who approved it.
    pub approvals: usize,
    /// Whether it ran.
    pub executed: bool,
}

/// Reads how many of the set's guardians approved `proposal` under the set in force, and whether
/// it ran.
pub async fn action_status<P: Provider>(
    session: &Session<P>,
    setup: &GuardianSetup,
    proposal: &GuardianProposal,
) -> Result<ActionStatus> {
    let manager = ConsentManager::new(session.deployment.contracts.consent, &session.provider);
    let accounts = AccountRegistry::new(session.deployment.contracts.accounts, &session.provider);
    let root = accounts.guardianSet(setup.controller).call().await?.root;
    let action_id =
        manager.guardianActionId(setup.controller, root, proposal.action.to_sol()).call().await?;
    let mut approvals = 0;
    for g in &setup.guardians {
        if manager.hasApproved(action_id, *g).call().await? {
            approvals += 1;
        }
    }
    let executed = manager.isExecuted(action_id).call().await?;
    Ok(ActionStatus { action_id, approvals, executed })
}

/// A consent in the guardian-set controller's namespace.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GuardianConsent {
    /// Its commitment.
    pub grant_id: B256,
    /// 0 revoked, 1 READ, 2 WRITE, as now.
    pub access: u8,
    /// Its exclusive expiry.
    pub expires_at: u64,
    /// Whether it is live (READ or more) now.
    pub live: bool,
}

/// The consents guardians made (and revoked) under `controller`, as they stand now.
pub async fn guardian_consents<P: Provider>(
    session: &Session<P>,
    controller: Address,
) -> Result<Vec<GuardianConsent>> {
    let consent_addr = session.deployment.contracts.consent;
    let manager = ConsentManager::new(consent_addr, &session.provider);
    let filter = Filter::new()
        .address(consent_addr)
        .from_block(session.deployment.start_block)
        .event_signature(ConsentManager::ConsentChanged::SIGNATURE_HASH)
        .topic1(controller.into_word());
    let logs = session.provider.get_logs(&filter).await.map_err(GuardianError::Logs)?;
    let mut ids: Vec<B256> = Vec::new();
    for log in logs {
        if let Ok(e) = log.log_decode::<ConsentManager::ConsentChanged>()
            && !ids.contains(&e.inner.data.grantId)
        {
            ids.push(e.inner.data.grantId);
        }
    }
    let mut out = Vec::new();
    for grant_id in ids {
        let now = manager.consentOf(controller, grant_id).call().await?;
        let live = manager.isLive(controller, grant_id, u8::from(Access::Read)).call().await?;
        out.push(GuardianConsent { grant_id, access: now.access, expires_at: now.expiresAt, live });
    }
    Ok(out)
}

// ------------------------------------------------------------------------------------ recovery

/// A guardian's recovery approval submitted.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RecoveryApproved {
    /// The recovery's id.
    pub recovery_id: B256,
    /// Distinct approvals so far.
    pub approvals: u64,
    /// When the successor may complete it, once the threshold is reached.
    pub ready_at: Option<u64>,
    /// The transaction.
    pub tx: B256,
}

/// Approves, as the guardian whose encryption key is `guardian`, moving the identity of the
/// patient of `setup` to `successor`, from its pseudonym through the forwarder. The patient's
/// recovery authorization goes on-chain with it: from now on her account is linked to her
/// controller.
pub async fn approve_recovery<P: Provider>(
    session: &Session<P>,
    guardian: &SecretKey,
    setup: &GuardianSetup,
    successor: Address,
    sponsor: &impl Sponsor,
) -> Result<RecoveryApproved> {
    setup.check(session)?;
    let pseudonym = guardian.guardian_key(setup.controller);
    let proof = setup.proof_of(pseudonym.address())?;
    let accounts_addr = session.deployment.contracts.accounts;
    let accounts = AccountRegistry::new(accounts_addr, &session.provider);
    let data = accounts
        .approveRecovery(
            setup.patient,
            successor,
            setup.controller,
            setup.recovery_authorization.clone(),
            proof,
        )
        .calldata()
        .clone();
    preflight(session, "approveRecovery", pseudonym.address(), accounts_addr, &data).await?;
    let tx = gasless::call(session, &pseudonym.signer(), accounts_addr, data, sponsor).await?;
    let root = accounts.guardianSet(setup.controller).call().await?.root;
    let recovery_id =
        accounts.recoveryIdOf(setup.patient, successor, setup.controller, root).call().await?;
    let approvals = accounts.recoveryApprovals(recovery_id).call().await?;
    let started = accounts.recoveryOf(setup.patient).call().await?;
    Ok(RecoveryApproved {
        recovery_id,
        approvals: approvals.try_into().unwrap_or(u64::MAX),
        ready_at: (started.successor == successor).then_some(started.readyAt),
        tx,
    })
}

/// Where a patient's recovery stands.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RecoveryStatus {
    /// The account asked about.
    pub patient: Address,
    /// The successor of a started recovery (none if none started).
    pub successor: Option<Address>,
    /// When it may be completed.
    pub ready_at: Option<u64>,
    /// The account it was recovered to, if it was.
    pub recovered_to: Option<Address>,
    /// The account that acts for it now (its last successor).
    pub identity: Address,
    /// Seconds between a recovery's threshold and its completion.
    pub delay: u64,
}

/// Reads where `patient`'s recovery stands.
pub async fn recovery_status<P: Provider>(
    session: &Session<P>,
    patient: Address,
) -> Result<RecoveryStatus> {
    let accounts = AccountRegistry::new(session.deployment.contracts.accounts, &session.provider);
    let started = accounts.recoveryOf(patient).call().await?;
    let successor = accounts.successorOf(patient).call().await?;
    let identity = accounts.identityOf(patient).call().await?;
    let delay = accounts.recoveryDelay().call().await?;
    let pending = started.readyAt != 0;
    Ok(RecoveryStatus {
        patient,
        successor: pending.then_some(started.successor),
        ready_at: pending.then_some(started.readyAt),
        recovered_to: (!successor.is_zero()).then_some(successor),
        identity,
        delay,
    })
}

/// Cancels every recovery of the patient `signer` (her old wallet), gaslessly.
pub async fn cancel_recovery<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
    sponsor: &impl Sponsor,
) -> Result<B256> {
    let accounts_addr = session.deployment.contracts.accounts;
    let data =
        AccountRegistry::new(accounts_addr, &session.provider).cancelRecovery().calldata().clone();
    Ok(gasless::call(session, signer, accounts_addr, data, sponsor).await?)
}

/// A recovery completed.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Recovered {
    /// The old account.
    pub patient: Address,
    /// The new account, now the patient's identity.
    pub successor: Address,
    /// The transaction.
    pub tx: B256,
}

/// Completes the recovery of `patient` to `signer` (the new wallet), gaslessly: registers the
/// new wallet's epoch-1 encryption key as the patient's.
pub async fn complete_recovery<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync),
    patient: Address,
    sponsor: &impl Sponsor,
) -> Result<Recovered> {
    let key = session.encryption_key(signer, 1).await?.public_key().clone();
    let accounts_addr = session.deployment.contracts.accounts;
    let data = AccountRegistry::new(accounts_addr, &session.provider)
        .completeRecovery(patient, Bytes::copy_from_slice(key.as_bytes()))
        .calldata()
        .clone();
    preflight(session, "completeRecovery", signer.address(), accounts_addr, &data).await?;
    let tx = gasless::call(session, signer, accounts_addr, data, sponsor).await?;
    Ok(Recovered { patient, successor: signer.address(), tx })
}

/// The accounts `account` was recovered from, nearest first (empty if none): the identities
/// whose records it now reads as the patient.
pub async fn predecessors<P: Provider>(
    session: &Session<P>,
    account: Address,
) -> Result<Vec<Address>> {
    let accounts = AccountRegistry::new(session.deployment.contracts.accounts, &session.provider);
    let mut out = Vec::new();
    let mut at = account;
    loop {
        let before = accounts.predecessorOf(at).call().await?;
        if before.is_zero() || out.contains(&before) {
            return Ok(out);
        }
        out.push(before);
        at = before;
    }
}

/// The records filed for `signer`'s identity: its own, then those of every account it was
/// recovered from (each paired with that account). Read each with `records::read`: the relayer
/// and the key nodes serve the successor as the patient.
pub async fn identity_records<P: Provider>(
    session: &Session<P>,
    signer: &(impl Signer + Sync + ?Sized),
) -> Result<Vec<(Address, medvault_primitives::api::records::PatientRecord)>> {
    let mut accounts = vec![signer.address()];
    accounts.extend(predecessors(session, signer.address()).await?);
    let mut out = Vec::new();
    for account in accounts {
        let got = session.relayer.patient_records_of(signer, account).await?;
        out.extend(got.records.into_iter().map(|r| (account, r)));
    }
    Ok(out)
}
