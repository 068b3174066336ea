//! The emergency profile from the command line: the patient writes and reads hers
//! (`medvault patient emergency profile set|show`), and a provider reads it when she cannot act
//! (`medvault provider emergency read --patient 0x…`, which breaks the glass if needed).

use super::output::say;
use std::path::PathBuf;

use alloy::primitives::Address;
use clap::{Args, Subcommand};
use eyre::{WrapErr, eyre};
use medvault_client::workflows::emergency::{self, EmergencyError};
use medvault_fhir::emergency::{Allergy, Contact, EmergencyProfile, Medication};
use serde_json::json;

use super::context::Ctx;

/// `medvault patient emergency profile`.
#[derive(Debug, Subcommand)]
pub(crate) enum ProfileCommand {
    /// Write (or replace) the emergency profile: a FHIR record in the emergency category that a
    /// certified provider may read during a break-glass window, and nobody else without consent.
    /// Each save is a new version of the same record. No ETH needed.
    Set(ProfileArgs),
    /// Print the emergency profile as a provider would read it.
    Show {
        /// Print the FHIR bundle instead.
        #[arg(long)]
        raw: bool,
    },
}

/// What the profile says (or `--from` a JSON file of the same fields).
#[derive(Debug, Args)]
pub(crate) struct ProfileArgs {
    /// A JSON file with the profile's fields (bloodType, allergies, medications, conditions,
    /// contacts, notes); the flags below are added to it.
    #[arg(long)]
    from: Option<PathBuf>,
    /// ABO and Rh blood group: A+, A-, B+, B-, AB+, AB-, O+ or O-.
    #[arg(long)]
    blood_type: Option<String>,
    /// An allergy: "substance[: reaction][ (mild|moderate|severe)]", e.g.
    /// "penicillin: anaphylaxis (severe)". Repeat for more.
    #[arg(long = "allergy")]
    allergies: Vec<String>,
    /// A current medication: "name[: dosage]", e.g. "metformin: 500 mg twice daily". Repeat.
    #[arg(long = "medication")]
    medications: Vec<String>,
    /// A major condition, e.g. "type 2 diabetes". Repeat.
    #[arg(long = "condition")]
    conditions: Vec<String>,
    /// An emergency contact: "name[ (relationship)][: phone]", e.g.
    /// "Bob Smith (spouse): +1 555 0100". Repeat.
    #[arg(long = "contact")]
    contacts: Vec<String>,
    /// Anything else a first responder must know.
    #[arg(long)]
    notes: Option<String>,
}

/// `medvault provider emergency`.
#[derive(Debug, Subcommand)]
pub(crate) enum ProviderEmergencyCommand {
    /// Read a patient's emergency profile: break the glass if this provider has no open window on
    /// her (on the public record; she is notified and reviews it), then fetch, decrypt and print
    /// her emergency records. Only the emergency category is released, and only during the window.
    Read {
        /// The patient's account.
        #[arg(long)]
        patient: Address,
        /// The reason code of the hospital's emergency protocol (recorded on-chain if the glass
        /// is broken now).
        #[arg(long, default_value_t = 1)]
        reason: u16,
        /// Print the FHIR records instead of the readable profile.
        #[arg(long)]
        raw: bool,
    },
}

/// Splits "head (paren)" into its parts.
fn paren(s: &str) -> (String, Option<String>) {
    let s = s.trim();
    match (s.rfind('('), s.ends_with(')')) {
        (Some(open), true) => {
            (s[..open].trim().to_string(), Some(s[open + 1..s.len() - 1].trim().to_string()))
        }
        _ => (s.to_string(), None),
    }
}

/// Splits "a: b" at the first colon.
fn colon(s: &str) -> (String, Option<String>) {
    match s.split_once(':') {
        Some((a, b)) => (a.trim().to_string(), Some(b.trim().to_string())),
        None => (s.trim().to_string(), None),
    }
}

impl ProfileArgs {
    fn profile(&self) -> eyre::Result<EmergencyProfile> {
        let mut p = match &self.from {
            Some(file) => {
                let text = std::fs::read_to_string(file)
                    .wrap_err_with(|| format!("cannot read {}", file.display()))?;
                serde_json::from_str(&text).wrap_err_with(|| {
                    format!(
                        "{} is not a profile: expected JSON with bloodType, allergies, \
                         medications, conditions, contacts, notes",
                        file.display()
                    )
                })?
            }
            None => EmergencyProfile::default(),
        };
        if let Some(b) = &self.blood_type {
            p.blood_type = Some(b.to_uppercase());
        }
        for a in &self.allergies {
            let (substance, rest) = colon(a);
            let (substance, rest) = match rest {
                Some(r) => (substance, Some(r)),
                None => {
                    let (s, sev) = paren(&substance);
                    (s, sev.map(|sev| format!("({sev})")))
                }
            };
            let (reaction, severity) = match rest.as_deref().map(paren) {
                Some((r, sev)) => ((!r.is_empty()).then_some(r), sev),
                None => (None, None),
            };
            p.allergies.push(Allergy { substance, reaction, severity });
        }
        for m in &self.medications {
            let (name, dosage) = colon(m);
            p.medications.push(Medication { name, dosage });
        }
        p.conditions.extend(self.conditions.iter().map(|c| c.trim().to_string()));
        for c in &self.contacts {
            let (who, phone) = colon(c);
            let (name, relationship) = paren(&who);
            p.contacts.push(Contact { name, relationship, phone });
        }
        if let Some(n) = &self.notes {
            p.notes = Some(n.clone());
        }
        Ok(p)
    }
}

fn today() -> String {
    // `Date` displays as YYYY-MM-DD.
    time::OffsetDateTime::now_utc().date().to_string()
}

fn emergency_error(e: EmergencyError) -> eyre::Report {
    match e {
        EmergencyError::Profile(e) => eyre!("the emergency profile is not valid: {e}"),
        other => eyre::Report::new(other),
    }
}

/// `medvault patient emergency profile set|show`.
pub(crate) async fn profile(ctx: &Ctx, command: ProfileCommand) -> eyre::Result<()> {
    let keys = ctx.keys().await?;
    match command {
        ProfileCommand::Set(args) => {
            let profile = args.profile()?;
            let saved = emergency::save_profile(
                &ctx.session,
                &ctx.signer,
                keys.current(),
                &profile,
                &today(),
            )
            .await
            .map_err(emergency_error)?;
            ctx.out.text(&profile.render());
            ctx.out.report(
                "emergency profile saved",
                json!({
                    "id": saved.id,
                    "recordId": saved.sealed.record_id.0,
                    "version": saved.record.version,
                    "status": saved.record.status,
                    "profile": profile,
                }),
            );
        }
        ProfileCommand::Show { raw } => {
            let Some((record, profile)) =
                emergency::my_profile(&ctx.session, &ctx.signer, keys.current())
                    .await
                    .map_err(emergency_error)?
            else {
                return Err(eyre!(
                    "no emergency profile yet: write one with `medvault patient emergency \
                     profile set --blood-type … --allergy …`"
                ));
            };
            if raw {
                say!("{}", serde_json::to_string_pretty(&profile.to_fhir(&today())?)?);
                return Ok(());
            }
            ctx.out.text(&profile.render());
            ctx.out.report(
                "emergency profile",
                json!({ "id": record.id, "version": record.version, "profile": profile }),
            );
        }
    }
    Ok(())
}

/// `medvault provider emergency read --patient P`.
pub(crate) async fn provider(ctx: &Ctx, command: ProviderEmergencyCommand) -> eyre::Result<()> {
    let ProviderEmergencyCommand::Read { patient, reason, raw } = command;
    let keys = ctx.keys().await?;
    let read =
        emergency::read_as_provider(&ctx.session, &ctx.signer, keys.current(), patient, reason)
            .await
            .map_err(|e| match e {
                EmergencyError::BreakGlass(e) => eyre!(
                    "cannot break the glass on {patient}: {e:#} (a certified provider may, at most \
                     5 times a day, and not for 30 days after a patient disputed one of its \
                     accesses)"
                ),
                EmergencyError::Relayer(e)
                | EmergencyError::Record(
                    medvault_client::workflows::records::RecordError::Release(e),
                ) => eyre!("refused: {e}"),
                e => emergency_error(e),
            })?;
    let window = &read.window;
    match &window.opened {
        Some(o) => ctx.out.note(format!(
            "broke the glass: emergency {} on the public record (tx {}); the patient is \
             notified and reviews it",
            o.id, o.tx
        )),
        None => ctx.out.note("reading within this provider's open break-glass window"),
    }
    let mut records = Vec::new();
    for r in &read.records {
        let text = r.read.plaintext.as_ref().map(|p| String::from_utf8_lossy(p.as_bytes()));
        if raw {
            if let Some(t) = &text {
                say!("{t}");
            }
        } else if let Some(profile) = &r.profile {
            ctx.out.text(&profile.render());
        } else if let Some(t) = &text {
            // A provider's note (or a record of hers that is not her profile): what it says,
            // read leniently, and whose it is.
            let lenient = serde_json::from_str::<serde_json::Value>(t)
                .ok()
                .and_then(|v| EmergencyProfile::from_fhir(&v).ok());
            ctx.out.text(&format!(
                "EMERGENCY NOTE by {} (record {}, version {}; not the patient's own profile)",
                r.record.author, r.record.id, r.record.version
            ));
            match lenient {
                Some(p) => ctx.out.text(&p.render().replacen("EMERGENCY PROFILE\n", "", 1)),
                None => ctx.out.text(t),
            }
        }
        let nodes = match &r.read.key {
            medvault_client::workflows::records::KeySource::Committee { nodes, .. } => {
                nodes.iter().map(|(url, id)| json!({ "node": url, "receipt": id })).collect()
            }
            _ => Vec::new(),
        };
        records.push(json!({
            "id": r.record.id,
            "version": r.record.version,
            "author": r.record.author,
            "profile": r.profile,
            "loggedBy": nodes,
        }));
    }
    ctx.out.report(
        "emergency records read",
        json!({
            "patient": patient,
            "emergency": window.opened.map(|o| o.id.to_string()),
            "tag": medvault_primitives::consent::emergency_tag(patient, window.salt),
            "windowEndsAt": window.until,
            "records": records,
        }),
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_read_as_people_write_them() {
        let args = ProfileArgs {
            from: None,
            blood_type: Some("o-".into()),
            allergies: vec![
                "penicillin: anaphylaxis (severe)".into(),
                "latex".into(),
                "peanuts (moderate)".into(),
            ],
            medications: vec!["metformin: 500 mg twice daily".into(), "aspirin".into()],
            conditions: vec!["type 2 diabetes".into()],
            contacts: vec!["Bob Smith (spouse): +1 555 0100".into(), "Dr. Ada".into()],
            notes: None,
        };
        let p = args.profile().unwrap();
        assert_eq!(p.blood_type.as_deref(), Some("O-"));
        assert_eq!(
            p.allergies,
            vec![
                Allergy {
                    substance: "penicillin".into(),
                    reaction: Some("anaphylaxis".into()),
                    severity: Some("severe".into())
                },
                Allergy { substance: "latex".into(), reaction: None, severity: None },
                Allergy {
                    substance: "peanuts".into(),
                    reaction: None,
                    severity: Some("moderate".into())
                },
            ]
        );
        assert_eq!(p.medications[0].dosage.as_deref(), Some("500 mg twice daily"));
        assert_eq!(p.medications[1].dosage, None);
        assert_eq!(
            p.contacts[0],
            Contact {
                name: "Bob Smith".into(),
                relationship: Some("spouse".into()),
                phone: Some("+1 555 0100".into())
            }
        );
        assert_eq!(p.contacts[1].name, "Dr. Ada");
        assert!(p.validate().is_ok());
    }

    #[test]
    fn today_is_a_date() {
        let t = today();
        assert_eq!(t.len(), 10);
        assert!(t.starts_with("20"), "{t}");
    }
}
