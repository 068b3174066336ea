//! Safe Harbor geography: the three-digit ZIP prefixes that must be reported as `000`.

/// ZIP3 prefixes whose combined population is 20,000 or fewer (HHS guidance, 2000 census).
///
/// 45 CFR 164.514(b)(2)(i)(B) allows the initial three digits of a ZIP code only where the
/// geographic unit they form holds more than 20,000 people; for these it must become `000`.
pub const RESTRICTED_ZIP3: [&str; 17] = [
    "036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831", "878",
    "879", "884", "890", "893",
];

/// Generalises a US postal code to its Safe Harbor form: the ZIP3, or `000` where the prefix
/// is restricted. `None` for anything that is not a US ZIP (5 digits, optionally `-` and 4).
pub fn safe_harbor_zip(postal_code: &str) -> Option<String> {
    let code = postal_code.trim();
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    // An already generalised ZIP3 stays as it is, so de-identifying a view changes nothing.
    if code.len() == 3 && digits(code) {
        return Some(if RESTRICTED_ZIP3.contains(&code) {
            "000".to_owned()
        } else {
            code.to_owned()
        });
    }
    let (five, plus4) = code.split_at_checked(5)?;
    let plus4_ok =
        plus4.is_empty() || plus4.strip_prefix('-').is_some_and(|p| p.len() == 4 && digits(p));
    if !digits(five) || !plus4_ok {
        return None;
    }
    let zip3 = &five[..3];
    Some(if RESTRICTED_ZIP3.contains(&zip3) { "000".to_owned() } else { zip3.to_owned() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn populous_prefixes_keep_three_digits() {
        assert_eq!(safe_harbor_zip("02139"), Some("021".into()));
        assert_eq!(safe_harbor_zip("94110-1234"), Some("941".into()));
        assert_eq!(safe_harbor_zip("941"), Some("941".into()));
        assert_eq!(safe_harbor_zip("036"), Some("000".into()));
    }

    #[test]
    fn every_restricted_prefix_becomes_000() {
        for z in RESTRICTED_ZIP3 {
            assert_eq!(safe_harbor_zip(&format!("{z}42")), Some("000".into()), "{z}");
        }
    }

    #[test]
    fn non_us_codes_are_not_generalised() {
        for bad in ["SW1A 1AA", "1234", "123456", "12345-12", "abcde"] {
            assert_eq!(safe_harbor_zip(bad), None, "{bad}");
        }
    }
}
