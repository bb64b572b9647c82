//! `somevakt.toml`: the thresholds this repository's municipality has chosen.
//!
//! The seeds give no review interval and no inactivity limit (see the caveats
//! in requirements.md), so these are tool policy with defaults a privacy
//! officer can change.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The policy of one assessment repository.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "somevakt policy")]
pub struct Policy {
    /// The file format's version; when written, exactly 1 (docs/format.md).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "schema_version"
    )]
    #[schemars(range(min = 1, max = 1))]
    pub schema_version: Option<u32>,
    /// `[policy]`: intervals, limits and lists the rules use.
    #[serde(default)]
    pub policy: Thresholds,
    /// `[approvers]`: who may record decisions.
    #[serde(default)]
    pub approvers: Approvers,
}

/// Intervals and limits the status rules use.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Thresholds {
    /// A decision is reviewed this many months after its date (R33); 1-120.
    #[serde(deserialize_with = "bounded::<1, 120, _>")]
    #[schemars(range(min = 1, max = 120))]
    pub review_interval_months: u32,
    /// "Due soon" horizon for reviews, conditions and snapshots, in days; 0-365.
    #[serde(deserialize_with = "bounded::<0, 365, _>")]
    #[schemars(range(min = 0, max = 365))]
    pub reminder_window_days: u32,
    /// No post for longer than this many days: inactive (R48); 1-3650.
    #[serde(deserialize_with = "bounded::<1, 3650, _>")]
    #[schemars(range(min = 1, max = 3650))]
    pub inactive_after_days: u32,
    /// The yearly snapshot may be at most this many months old (R46); 1-120.
    #[serde(deserialize_with = "bounded::<1, 120, _>")]
    #[schemars(range(min = 1, max = 120))]
    pub snapshot_max_age_months: u32,
    /// Service areas where KS advises against social media (R32).
    pub high_risk_service_areas: Vec<String>,
    /// Domains of work e-mail addresses (R9); empty: not checked.
    pub municipal_email_domains: Vec<String>,
    /// The language of reports when neither `--lang`, `SOMEVAKT_LANG` nor
    /// the locale chooses one (a CI job usually has no locale); unset: English.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
    /// The jurisdiction of accounts that do not name one
    /// (`account.jurisdiction`): the supervisory authority in F04, the
    /// sources cited, whose guidance leads.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jurisdiction: Option<crate::model::Jurisdiction>,
    /// The IANA time zone "today" is taken in, for the status and for
    /// records (`Europe/Oslo`); unset: the machine's zone. A record made at
    /// 00:30 in Oslo is dated that day in Oslo, whatever zone the machine
    /// is set to.
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "time_zone_name"
    )]
    #[schemars(regex(pattern = r"^[A-Za-z0-9_+\-]+(/[A-Za-z0-9_+\-]+)*$"))]
    pub time_zone: Option<String>,
}

impl Thresholds {
    /// The jurisdiction of `account`: its own, else this policy's default.
    pub fn jurisdiction_of(
        &self,
        account: &crate::model::Account,
    ) -> Option<crate::model::Jurisdiction> {
        account.jurisdiction.or(self.jurisdiction)
    }
}

/// An IANA time zone name as written (`Europe/Oslo`, `UTC`): letters,
/// digits, `_`, `+`, `-`, in parts joined by `/`. Whether the zone exists
/// is the store's to check (it reads the time zone database).
fn time_zone_name<'de, D>(deserializer: D) -> Result<Option<String>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let name = String::deserialize(deserializer)?;
    let part_ok = |p: &str| {
        !p.is_empty()
            && p != "."
            && p != ".."
            && p.chars()
                .all(|c| c.is_ascii_alphanumeric() || "_+-".contains(c))
    };
    if name.len() <= 64 && name.split('/').all(part_ok) {
        Ok(Some(name))
    } else {
        Err(serde::de::Error::custom(format!(
            "{name:?} is not a time zone name: expected an IANA name such as \"Europe/Oslo\" or \"Europe/Stockholm\""
        )))
    }
}

/// A language somevakt speaks. Only the choice lives here; the words are
/// the binary's (the core stays language-free).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Norwegian bokmål.
    Nb,
    /// Norwegian nynorsk.
    Nn,
    /// Swedish.
    Sv,
    /// English.
    En,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            review_interval_months: 12,
            reminder_window_days: 30,
            inactive_after_days: 30,
            snapshot_max_age_months: 12,
            high_risk_service_areas: ["barnevern", "rusomsorg", "helse", "sosialtjeneste"]
                .map(String::from)
                .to_vec(),
            municipal_email_domains: Vec::new(),
            language: None,
            jurisdiction: None,
            time_zone: None,
        }
    }
}

/// A number of months or days within the bounds of docs/format.md ("Bounds of
/// the policy"). Out of range is a parse error at the value (so it has a
/// line and column), never a silent clamp: a typo such as 0 or 1200 must
/// not quietly switch a reminder off, and date arithmetic never meets a
/// value large enough to overflow.
fn bounded<'de, const MIN: u32, const MAX: u32, D>(deserializer: D) -> Result<u32, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let value = i64::deserialize(deserializer)?;
    if (i64::from(MIN)..=i64::from(MAX)).contains(&value) {
        Ok(value as u32)
    } else {
        Err(serde::de::Error::custom(format!(
            "{value} is out of range: expected a whole number from {MIN} to {MAX}"
        )))
    }
}

fn schema_version<'de, D>(deserializer: D) -> Result<Option<u32>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    match i64::deserialize(deserializer)? {
        1 => Ok(Some(1)),
        other => Err(serde::de::Error::custom(format!(
            "schema_version {other} is not one this somevakt reads: expected 1"
        ))),
    }
}

/// Who may record decisions.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Approvers {
    /// Git author e-mails allowed to record decisions; empty: anyone.
    pub emails: Vec<String>,
    /// Whether every commit somevakt makes must be signed (docs/format.md,
    /// "Signed decisions and the audit").
    pub signing: Signing,
    /// An OpenSSH allowed-signers file (path from the repository root) with
    /// the approvers' keys. When set, an approver is a key listed for one of
    /// `emails`, not whatever `user.email` says. A path inside the
    /// repository only: the trail's keys are committed with it, so a path
    /// out of it (`../keys`, `/etc/…`) would let a file no commit holds
    /// decide who approves.
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "inside_path",
        default
    )]
    #[schemars(length(min = 1, max = 200))]
    pub allowed_signers: Option<String>,
    /// The full id of the commit after which the decision trail is audited:
    /// decisions already in the register then were imported (typed in from
    /// paper or an older system) and are not held to the tool's trail.
    /// Only a full commit id: a branch or tag name could be moved to hide
    /// the trail without a commit that changes this file.
    /// `somevakt audit --since` overrides it for one run.
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "commit_id",
        default
    )]
    #[schemars(regex(pattern = r"^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$"))]
    pub audit_since: Option<String>,
}

/// A full commit id: 40 hex digits (SHA-1) or 64 (SHA-256), never a ref
/// name or an abbreviation (docs/format.md, "The policy file").
fn commit_id<'de, D>(deserializer: D) -> Result<Option<String>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let rev = String::deserialize(deserializer)?;
    let full = matches!(rev.len(), 40 | 64) && rev.bytes().all(|b| b.is_ascii_hexdigit());
    if !full {
        return Err(serde::de::Error::custom(
            "expected a full commit id (40 hex digits, as `git rev-parse HEAD` prints it), not a branch, tag or short id",
        ));
    }
    Ok(Some(rev.to_ascii_lowercase()))
}

/// A relative path that stays inside the repository: no `..`, not
/// absolute, no backslash or control characters.
fn inside_path<'de, D>(deserializer: D) -> Result<Option<String>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let path = String::deserialize(deserializer)?;
    let bad = path.trim().is_empty()
        || path.chars().count() > 200
        || path.starts_with('/')
        || path.starts_with('~')
        || path.contains('\\')
        || path.chars().any(char::is_control)
        || path.split('/').any(|part| part == "..");
    if bad {
        return Err(serde::de::Error::custom(
            "expected a path inside the repository, from its root (such as \".somevakt/allowed_signers\"): no `..`, not absolute",
        ));
    }
    Ok(Some(path))
}

/// Whether commits must be signed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Signing {
    /// Sign when Git is configured to (`commit.gpgsign`); the audit does not
    /// require a signature.
    #[default]
    Optional,
    /// Every record is signed, and the audit counts an unsigned or badly
    /// signed decision as a violation.
    Required,
}

impl Signing {
    /// The word the policy file uses.
    pub fn as_str(self) -> &'static str {
        match self {
            Signing::Optional => "optional",
            Signing::Required => "required",
        }
    }
}

impl Thresholds {
    /// Whether `area` is one KS advises against (R32, F09).
    pub fn is_high_risk_area(&self, area: &str) -> bool {
        self.high_risk_entry(area).is_some()
    }

    /// The policy entry `area` falls under: lowercased and trimmed, the area
    /// starts with the entry, so `Barnevernet` and `barnevernstjenesten`
    /// fall under `barnevern` (docs/format.md, F09). An empty entry matches nothing.
    pub fn high_risk_entry(&self, area: &str) -> Option<&str> {
        // Asked for every account: most policies list no such area, and
        // then nothing need be lower-cased.
        if self.high_risk_service_areas.is_empty() {
            return None;
        }
        let area = area.trim().to_lowercase();
        if area.is_empty() {
            return None;
        }
        // `area` is lower-case: an ASCII entry (the usual) is compared
        // without lower-casing it into a copy; any other as before.
        let starts_with = |entry: &str| match entry.is_ascii() {
            true => area
                .as_bytes()
                .get(..entry.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(entry.as_bytes())),
            false => area.starts_with(&entry.to_lowercase()),
        };
        self.high_risk_service_areas
            .iter()
            .map(|entry| entry.trim())
            .find(|entry| !entry.is_empty() && starts_with(entry))
    }

    /// Whether `email` belongs to one of the municipal domains (or a subdomain).
    pub fn is_municipal_email(&self, email: &str) -> bool {
        let Some((_, domain)) = email.trim().rsplit_once('@') else {
            return false;
        };
        // Compared byte by byte without case (ASCII, as domains are):
        // asked for every account, so nothing is lower-cased into a copy.
        let domain = domain.as_bytes();
        self.municipal_email_domains.iter().any(|allowed| {
            let allowed = allowed.trim().trim_start_matches('@').as_bytes();
            if domain.len() == allowed.len() {
                return domain.eq_ignore_ascii_case(allowed);
            }
            // A subdomain: `.` and the allowed domain at the end.
            let Some(dot) = domain.len().checked_sub(allowed.len() + 1) else {
                return false;
            };
            domain[dot] == b'.' && domain[dot + 1..].eq_ignore_ascii_case(allowed)
        })
    }
}

impl Approvers {
    /// Whether `email` is on the approver list (an empty list admits anyone).
    /// With `allowed_signers` set, this is asked of the e-mail a signing key
    /// is listed for, not of the Git author.
    pub fn may_decide(&self, email: &str) -> bool {
        self.emails.is_empty()
            || self
                .emails
                .iter()
                .any(|e| e.trim().eq_ignore_ascii_case(email.trim()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_file_gives_defaults() {
        let p: Policy = toml::from_str("").unwrap();
        assert_eq!(p.policy.review_interval_months, 12);
        assert!(p.policy.is_high_risk_area("Barnevern"));
        assert!(p.approvers.may_decide("anyone@example.org"));
    }

    #[test]
    fn partial_table_keeps_other_defaults() {
        let p: Policy = toml::from_str("[policy]\ninactive_after_days = 14").unwrap();
        assert_eq!(p.policy.inactive_after_days, 14);
        assert_eq!(p.policy.reminder_window_days, 30);
    }

    #[test]
    fn values_outside_the_bounds_are_errors_at_the_value() {
        for (key, bad, good) in [
            (
                "review_interval_months",
                ["0", "121", "240001", "-1"],
                ["1", "120"],
            ),
            (
                "snapshot_max_age_months",
                ["0", "121", "99999999999", "-5"],
                ["1", "120"],
            ),
            (
                "inactive_after_days",
                ["0", "3651", "4294967296", "-1"],
                ["1", "3650"],
            ),
            (
                "reminder_window_days",
                ["-1", "366", "1000000", "-100"],
                ["0", "365"],
            ),
        ] {
            for value in bad {
                let text = format!("[policy]\n{key} = {value}\n");
                let err = toml::from_str::<Policy>(&text).unwrap_err();
                let span = err.span().expect("a position");
                assert_eq!(&text[span], value, "{key} = {value}: {}", err.message());
            }
            for value in good {
                let text = format!("[policy]\n{key} = {value}\n");
                assert!(toml::from_str::<Policy>(&text).is_ok(), "{key} = {value}");
            }
        }
    }

    #[test]
    fn schema_version_is_exactly_one() {
        let p: Policy = toml::from_str("schema_version = 1").unwrap();
        assert_eq!(p.schema_version, Some(1));
        for bad in ["0", "2", "-1", "\"1\""] {
            assert!(toml::from_str::<Policy>(&format!("schema_version = {bad}")).is_err());
        }
    }

    #[test]
    fn language_is_optional_and_closed() {
        let p: Policy = toml::from_str("[policy]\nlanguage = \"sv\"").unwrap();
        assert_eq!(p.policy.language, Some(Language::Sv));
        assert_eq!(Policy::default().policy.language, None);
        assert!(toml::from_str::<Policy>("[policy]\nlanguage = \"de\"").is_err());
    }

    #[test]
    fn signing_keys_parse_and_default_to_optional() {
        let p: Policy = toml::from_str("").unwrap();
        assert_eq!(p.approvers.signing, Signing::Optional);
        assert_eq!(p.approvers.allowed_signers, None);
        let p: Policy = toml::from_str(
            "[approvers]\nsigning = \"required\"\nallowed_signers = \".somevakt/allowed_signers\"",
        )
        .unwrap();
        assert_eq!(p.approvers.signing, Signing::Required);
        assert_eq!(
            p.approvers.allowed_signers.as_deref(),
            Some(".somevakt/allowed_signers")
        );
        assert!(toml::from_str::<Policy>("[approvers]\nsigning = \"always\"").is_err());
    }

    #[test]
    fn audit_since_is_a_full_commit_id() {
        assert_eq!(Policy::default().approvers.audit_since, None);
        let id = "244c9b8e0b1f6c3a5d7e9f0a1b2c3d4e5f6a7b8c";
        let p: Policy = toml::from_str(&format!("[approvers]\naudit_since = \"{id}\"")).unwrap();
        assert_eq!(p.approvers.audit_since.as_deref(), Some(id));
        let sha256 = "a".repeat(64);
        let p: Policy =
            toml::from_str(&format!("[approvers]\naudit_since = \"{sha256}\"")).unwrap();
        assert_eq!(p.approvers.audit_since, Some(sha256));
        let short = "\"244c9b8\"".to_owned();
        let long = format!("\"{}\"", "a".repeat(41));
        let not_hex = format!("\"{}\"", "g".repeat(40));
        for bad in [
            "\"HEAD\"",
            "\"main\"",
            &short,
            &long,
            &not_hex,
            "\"\"",
            "\"--all\"",
            "1",
        ] {
            let text = format!("[approvers]\naudit_since = {bad}");
            assert!(toml::from_str::<Policy>(&text).is_err(), "{text}");
        }
    }

    #[test]
    fn allowed_signers_stays_inside_the_repository() {
        for bad in ["../keys", "/etc/keys", "a/../../b", "~/keys", "a\\\\b", ""] {
            let text = format!("[approvers]\nallowed_signers = \"{bad}\"");
            assert!(toml::from_str::<Policy>(&text).is_err(), "{text}");
        }
        let p: Policy = toml::from_str("[approvers]\nallowed_signers = \"keys/allowed\"").unwrap();
        assert_eq!(p.approvers.allowed_signers.as_deref(), Some("keys/allowed"));
    }

    #[test]
    fn unknown_key_is_an_error() {
        assert!(toml::from_str::<Policy>("[policy]\nreview_interval = 6").is_err());
    }

    /// The ASCII shortcut answers as lower-casing both would, for any
    /// case, spacing and script.
    #[test]
    fn high_risk_areas_match_by_lower_case_prefix() {
        let t = Thresholds {
            high_risk_service_areas: [" BarneVERN ", "", "Ærø", "ΟΔΟΣ", "helse"]
                .map(String::from)
                .to_vec(),
            ..Thresholds::default()
        };
        let cases = [
            ("barnevernet", Some("BarneVERN")),
            ("  BARNEVERN Øst", Some("BarneVERN")),
            ("barnever", None),
            ("ærøskøbing", Some("Ærø")),
            ("ΟΔΟΣ 1", Some("ΟΔΟΣ")),
            ("Helsestasjon", Some("helse")),
            ("\u{212a}ultur", None),
            ("", None),
        ];
        for (area, entry) in cases {
            assert_eq!(t.high_risk_entry(area), entry, "{area}");
            let lower = area.trim().to_lowercase();
            let slow = t
                .high_risk_service_areas
                .iter()
                .map(|e| e.trim())
                .find(|e| {
                    !e.is_empty() && !lower.is_empty() && lower.starts_with(&e.to_lowercase())
                });
            assert_eq!(t.high_risk_entry(area), slow, "{area}");
        }
    }

    #[test]
    fn municipal_email_accepts_subdomains_only_of_listed_domains() {
        let t = Thresholds {
            municipal_email_domains: vec!["bergen.kommune.no".into()],
            ..Thresholds::default()
        };
        assert!(t.is_municipal_email("kultur@bergen.kommune.no"));
        assert!(t.is_municipal_email("a@skole.Bergen.kommune.no"));
        assert!(!t.is_municipal_email("a@gmail.com"));
        assert!(!t.is_municipal_email("a@notbergen.kommune.no"));
        assert!(!t.is_municipal_email("no-at-sign"));
        assert!(!t.is_municipal_email("a@kommune.no"));
        assert!(!t.is_municipal_email("a@.bergen.kommune.n"));
        // The list is written by people: case, spaces and `@` do not count.
        let listed = Thresholds {
            municipal_email_domains: vec![" @Bergen.KOMMUNE.no ".into()],
            ..Thresholds::default()
        };
        assert!(listed.is_municipal_email(" kultur@BERGEN.kommune.no "));
        assert!(listed.is_municipal_email("kultur@x.bergen.kommune.no"));
        assert!(!listed.is_municipal_email("kultur@xbergen.kommune.no"));
    }

    #[test]
    fn approvers_limit_decisions_when_listed() {
        let a = Approvers {
            emails: vec!["ingrid.berg@bergen.kommune.no".into()],
            ..Approvers::default()
        };
        assert!(a.may_decide("Ingrid.Berg@bergen.kommune.no"));
        assert!(!a.may_decide("someone@bergen.kommune.no"));
    }
}
