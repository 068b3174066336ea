//! A contract's refusal, said for people: the suite's custom errors (and the forwarder's, the
//! token's, `Error(string)` and `Panic(uint256)`) decoded from revert data into a sentence that
//! says what happened and, where there is one, what to do. The relayer, the command line and the
//! web page all explain a revert through [`explain`], so a refusal reads the same everywhere.
//!
//! The error's Solidity name stays at the end, in brackets (`[WrongTradeStatus]`), for people who
//! search the interfaces' NatSpec and for scripts that match on it.

use std::fmt;

use alloy::{
    primitives::U256,
    sol_types::{Panic, Revert, SolError, SolInterface},
};
use medvault_bindings::{
    account_registry::AccountRegistry::AccountRegistryErrors as Accounts,
    consent_manager::ConsentManager::ConsentManagerErrors as Consent,
    data_market::DataMarket::DataMarketErrors as Market,
    med_token::MedToken::MedTokenErrors as Token,
    medvault_forwarder::MedvaultForwarder::MedvaultForwarderErrors as Forwarder,
    provider_registry::ProviderRegistry::ProviderRegistryErrors as Providers,
    record_registry::RecordRegistry::RecordRegistryErrors as Records,
};

use crate::{
    enums::{EmergencyStatus, ProviderStatus, Role, TradeStatus},
    human::{MVT, date},
};

/// A revert, explained.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explained {
    /// The error's Solidity name (`WrongTradeStatus`), `Error` for a revert string, `Panic`.
    pub name: String,
    /// What happened, and what to do when something can be done.
    pub sentence: String,
}

impl fmt::Display for Explained {
    /// The sentence and the error's name in brackets; a revert string as it is.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.name == "Error" {
            return f.write_str(&self.sentence);
        }
        write!(f, "{} [{}]", self.sentence, self.name)
    }
}

/// Explains revert `data`; `None` when it is shorter than a selector or matches no error of the
/// suite (the caller then shows the selector).
pub fn explain(data: &[u8]) -> Option<Explained> {
    if data.len() < 4 {
        return None;
    }
    if let Ok(e) = Revert::abi_decode(data) {
        return Some(Explained { name: "Error".into(), sentence: e.reason });
    }
    if let Ok(p) = Panic::abi_decode(data) {
        return Some(Explained {
            name: "Panic".into(),
            sentence: format!("the contract panicked (code {}): this is a bug in it", p.code),
        });
    }
    let found = decoded(Forwarder::abi_decode(data).ok(), forwarder)
        .or_else(|| decoded(Market::abi_decode(data).ok(), market))
        .or_else(|| decoded(Providers::abi_decode(data).ok(), providers))
        .or_else(|| decoded(Consent::abi_decode(data).ok(), consent))
        .or_else(|| decoded(Accounts::abi_decode(data).ok(), accounts))
        .or_else(|| decoded(Records::abi_decode(data).ok(), records))
        .or_else(|| decoded(Token::abi_decode(data).ok(), token))?;
    Some(found)
}

/// The error's name and the sentence `say` gives it, else one made from its name and fields.
fn decoded<E: fmt::Debug>(e: Option<E>, say: fn(&E) -> Option<String>) -> Option<Explained> {
    let e = e?;
    let debug = format!("{e:?}");
    let name = debug.split(['(', ' ', '{']).next().unwrap_or_default().to_string();
    let sentence = say(&e).unwrap_or_else(|| generic(&name, &debug));
    Some(Explained { name, sentence })
}

/// `WrongThing(WrongThing { a: 1 })` as `the contract refused: wrong thing (a: 1)`.
fn generic(name: &str, debug: &str) -> String {
    let mut words = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            words.push(' ');
        }
        words.push(c.to_ascii_lowercase());
    }
    let fields = debug
        .split_once('{')
        .and_then(|(_, rest)| rest.rsplit_once('}'))
        .map(|(inner, _)| inner.trim())
        .filter(|inner| !inner.is_empty());
    match fields {
        Some(fields) => format!("the contract refused: {words} ({fields})"),
        None => format!("the contract refused: {words}"),
    }
}

fn tokens(amount: U256) -> String {
    MVT.format(amount)
}

fn at(unix: impl TryInto<u64>) -> String {
    unix.try_into().map_or_else(|_| "never".into(), date)
}

fn trade_status(status: u8) -> String {
    TradeStatus::try_from(status).map_or_else(|e| e.to_string(), |s| s.name().to_lowercase())
}

fn provider_status(status: u8) -> String {
    match ProviderStatus::try_from(status) {
        Ok(ProviderStatus::None) => "not applied".into(),
        Ok(s) => s.name().to_lowercase(),
        Err(e) => e.to_string(),
    }
}

fn forwarder(e: &Forwarder) -> Option<String> {
    Some(match e {
        Forwarder::FailedCall(_) => "the signed call failed inside the contract it was for (the \
            forwarder hides the reason; the relayer names it when it relays the request)"
            .into(),
        Forwarder::ERC2771ForwarderExpiredRequest(e) => {
            format!("the signed request expired at {}: sign it again", at(e.deadline.to::<u64>()))
        }
        Forwarder::ERC2771ForwarderInvalidSigner(e) => format!(
            "the request is signed by {}, not by {} whose call it is: sign it with that account",
            e.signer, e.from
        ),
        Forwarder::InvalidAccountNonce(e) => format!(
            "the signed request was used already or is out of turn ({}'s next is {}): sign it again",
            e.account, e.currentNonce
        ),
        Forwarder::InsufficientBalance(e) => {
            format!("the account that submits holds {} wei of ETH, {} needed", e.balance, e.needed)
        }
        Forwarder::ERC2771UntrustfulTarget(e) => {
            format!("{} does not trust this forwarder: nothing can be forwarded to it", e.target)
        }
        _ => return None,
    })
}

fn market(e: &Market) -> Option<String> {
    Some(match e {
        Market::WrongTradeStatus(e) => {
            let status = trade_status(e.status);
            let what = match TradeStatus::try_from(e.status) {
                Ok(TradeStatus::None) => "there is no such trade".to_string(),
                Ok(TradeStatus::Pending) => {
                    "the trade is still pending (its payment is held for the dispute window)"
                        .to_string()
                }
                _ => format!("the trade is {status} already"),
            };
            format!(
                "{what}: {} in request {} — this action needs another state of the trade",
                e.seller, e.requestId
            )
        }
        Market::DisputeWindowOpen(e) => format!(
            "the payment is held for disputes until {}: claim it after then",
            at(e.releaseAt)
        ),
        Market::DisputeWindowClosed(e) => {
            format!(
                "the dispute window closed at {}: the trade can no longer be disputed",
                at(e.releaseAt)
            )
        }
        Market::UnknownRequest(e) => {
            format!(
                "there is no request {}: `medvault patient requests` lists the open ones",
                e.requestId
            )
        }
        Market::RequestNotOpen(e) => format!("request {} is closed", e.requestId),
        Market::RequestFull(e) => format!("request {} has all the trades it pays for", e.requestId),
        Market::AlreadyTraded(e) => {
            format!("{} sold to request {} already: one trade per patient", e.seller, e.requestId)
        }
        Market::NotAttested(e) => format!(
            "the key committee did not attest {}'s eligibility for request {}",
            e.seller, e.requestId
        ),
        Market::PriceMismatch(e) => format!(
            "the approval names a price of {}, the request pays {}",
            tokens(e.price),
            tokens(e.expected)
        ),
        Market::NotVerifiedResearcher(e) => format!(
            "{} is not an attested researcher: register, then ask the authority to attest it \
             (`medvault authority attest --researcher {}`)",
            e.account, e.account
        ),
        Market::NotResearcher(e) => {
            format!("{} did not open request {}: only its researcher may", e.account, e.requestId)
        }
        Market::DeadlineNotReached(e) => {
            format!("the request runs until {}: close it after then", at(e.deadline))
        }
        Market::AlreadyClosed(e) => format!("request {} is closed already", e.requestId),
        Market::RequestTooLong(e) => format!(
            "the request would run until {}, the longest allowed is until {}: ask for fewer days",
            at(e.deadline),
            at(e.latest)
        ),
        _ => return None,
    })
}

fn providers(e: &Providers) -> Option<String> {
    Some(match e {
        Providers::StakeTooLow(e) => format!(
            "a stake of {} is below the minimum of {}: stake at least that",
            tokens(e.amount),
            tokens(e.minimum)
        ),
        Providers::NotProviderAccount(e) => format!(
            "{} is not registered as a provider: run `medvault provider register` first",
            e.account
        ),
        Providers::AlreadyApplied(e) => {
            format!("{} has applied already (status: {})", e.provider, provider_status(e.status))
        }
        Providers::NotPending(e) => format!(
            "{} has no pending application (status: {}): it must stake and apply first \
             (`medvault provider stake`)",
            e.provider,
            provider_status(e.status)
        ),
        Providers::NotCertified(e) => format!(
            "{} is not a certified provider: it must stake (`medvault provider stake`) and be \
             certified first",
            e.provider
        ),
        Providers::NotRevealPhase(e) => format!(
            "review {} is not in its reveal phase, which runs from {} to {}",
            e.reviewId,
            at(e.commitEnd),
            at(e.revealEnd)
        ),
        Providers::CommitClosed(e) => format!(
            "the commit phase of review {} ended at {}: votes can only be revealed now",
            e.reviewId,
            at(e.commitEnd)
        ),
        Providers::RevealNotOver(e) => format!(
            "review {} is still in its reveal phase until {}: finalize it after then",
            e.reviewId,
            at(e.revealEnd)
        ),
        Providers::UnbondingNotOver(e) => {
            format!("the stake unbonds until {}: withdraw it after then", at(e.unbondAt))
        }
        Providers::IneligibleVoter(e) => format!(
            "{} may not vote in review {}: only certified peers other than the applicant may",
            e.voter, e.reviewId
        ),
        _ => return None,
    })
}

fn consent(e: &Consent) -> Option<String> {
    Some(match e {
        Consent::SignatureExpired(e) => {
            format!("the signature expired at {}: sign it again", at(e.deadline.to::<u64>()))
        }
        Consent::InvalidNonce(e) => format!(
            "the signature was used already or is out of turn (nonce {}, expected {}): sign it \
             again",
            e.nonce, e.expected
        ),
        Consent::ExpiryNotInFuture(e) => {
            format!(
                "the grant would expire at {}, which is past: give a later expiry",
                at(e.expiresAt)
            )
        }
        Consent::NoConsent(e) => {
            format!("there is no such grant ({}): nothing to revoke", e.grantId)
        }
        Consent::NotCertified(e) => format!(
            "{} is not a certified provider: only certified providers may break the glass",
            e.provider
        ),
        Consent::BreakGlassBarred(e) => {
            format!("{} is barred from breaking the glass until {}", e.provider, at(e.until))
        }
        Consent::TooManyEmergencies(e) => format!(
            "{} opened as many emergencies as allowed in this window, which ends at {}",
            e.provider,
            at(e.windowEndsAt)
        ),
        Consent::UnknownEmergency(e) => format!(
            "there is no emergency {}: `medvault patient emergency list` shows yours",
            e.emergencyId
        ),
        Consent::EmergencyAlreadyReviewed(e) => {
            let status = EmergencyStatus::try_from(e.status)
                .map_or_else(|e| e.to_string(), |s| s.name().to_lowercase());
            format!("emergency {} is reviewed already ({status})", e.emergencyId)
        }
        _ => return None,
    })
}

fn accounts(e: &Accounts) -> Option<String> {
    let role =
        |r: u8| Role::try_from(r).map_or_else(|e| e.to_string(), |r| r.name().to_lowercase());
    Some(match e {
        Accounts::AlreadyRegistered(e) => {
            format!("{} is registered already, as a {}", e.account, role(e.role))
        }
        Accounts::NotRegistered(e) => format!(
            "{} is not registered: register it first (`medvault patient|provider|researcher \
             register`)",
            e.account
        ),
        Accounts::NotPatient(e) => format!("{} is not a registered patient", e.account),
        Accounts::NotResearcher(e) => format!(
            "{} is not a registered researcher: run `medvault researcher register` first",
            e.account
        ),
        Accounts::RecoveryNotReady(e) => {
            format!("the recovery of {} completes after {}", e.patient, at(e.readyAt))
        }
        _ => return None,
    })
}

fn records(e: &Records) -> Option<String> {
    Some(match e {
        Records::IneligibleAuthor(e) => format!(
            "{} may not author records: a certified provider or the patient herself may",
            e.author
        ),
        Records::NotAuthor(e) => {
            format!("{} is not the record's author ({} is)", e.caller, e.author)
        }
        _ => return None,
    })
}

fn token(e: &Token) -> Option<String> {
    Some(match e {
        Token::ERC20InsufficientBalance(e) => format!(
            "{} holds {}, {} needed: get tokens first (on the local stack: `medvault dev faucet {}`)",
            e.sender,
            tokens(e.balance),
            tokens(e.needed),
            e.sender
        ),
        Token::ERC20InsufficientAllowance(e) => format!(
            "{} may spend {} of these tokens, {} needed: approve (or permit) more",
            e.spender,
            tokens(e.allowance),
            tokens(e.needed)
        ),
        Token::ERC2612ExpiredSignature(e) => {
            format!("the permit expired at {}: sign it again", at(e.deadline.to::<u64>()))
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use alloy::primitives::{Address, U256};
    use medvault_bindings::{
        data_market::DataMarket, medvault_forwarder::MedvaultForwarder,
        provider_registry::ProviderRegistry,
    };

    use super::*;

    fn said(data: Vec<u8>) -> String {
        explain(&data).expect("decodes").to_string()
    }

    #[test]
    fn a_trade_in_the_wrong_state_is_named_by_its_state() {
        let seller = Address::repeat_byte(7);
        let e = DataMarket::WrongTradeStatus { requestId: U256::from(3), seller, status: 2 };
        let s = said(e.abi_encode());
        assert!(s.contains("the trade is disputed already"), "{s}");
        assert!(s.contains("request 3") && s.ends_with("[WrongTradeStatus]"), "{s}");
        assert!(!s.contains("status: 2"), "{s}");
    }

    #[test]
    fn the_forwarders_failed_call_says_what_it_means() {
        let s = said(MedvaultForwarder::FailedCall {}.abi_encode());
        assert!(s.starts_with("the signed call failed inside the contract"), "{s}");
        assert!(!s.contains("FailedCall(FailedCall)"), "{s}");
    }

    #[test]
    fn amounts_and_times_in_errors_are_for_people() {
        let e = ProviderRegistry::StakeTooLow {
            amount: U256::from(10u128.pow(20)),
            minimum: U256::from(10u128.pow(21)),
        };
        let s = said(e.abi_encode());
        assert!(s.contains("100 MVT") && s.contains("1,000 MVT"), "{s}");
        let e = ProviderRegistry::NotRevealPhase {
            reviewId: U256::from(1),
            commitEnd: 1_797_115_619,
            revealEnd: 1_797_115_619 + 86_400,
        };
        let s = said(e.abi_encode());
        assert!(s.contains("reveal phase") && s.contains("2026-12-12 22:46 UTC"), "{s}");
        assert!(s.ends_with("[NotRevealPhase]"), "{s}");
    }

    #[test]
    fn an_error_without_a_sentence_is_put_in_words() {
        let s = said(DataMarket::InvalidRequest {}.abi_encode());
        assert_eq!(s, "the contract refused: invalid request [InvalidRequest]");
        let e = DataMarket::FeeTooHigh { feeBps: 900 };
        assert_eq!(
            said(e.abi_encode()),
            "the contract refused: fee too high (feeBps: 900) [FeeTooHigh]"
        );
    }

    #[test]
    fn strings_panics_and_strangers() {
        let s = said(Revert::from("no").abi_encode());
        assert_eq!(s, "no");
        assert!(said(Panic::from(0x11).abi_encode()).contains("panicked"));
        assert_eq!(explain(&[1, 2, 3, 4, 5]), None);
        assert_eq!(explain(&[1, 2]), None);
    }
}
