//! Findings F01-F23 (docs/format.md, "Findings"): what falls short of the
//! guidance, where the rule comes from, and what fixes it.
//!
//! Each rule is a small pure function of (assessment, status, policy, today)
//! that returns at most one finding; the message names everything that is
//! short, so one look tells the privacy officer what to fix, and the [`Fix`]
//! says how: the key to press in the dashboard, the command, or the keys to
//! write in the file.
//!
//! Which rules apply depends on the account's lifecycle state ([`applies`]):
//! a planned account is told what must be in place before it opens, a closed
//! one only what outlasts it (the archive duty) and the data checks.

mod about;
mod data;
mod decision;
mod dpia;
mod english;
mod fix;
mod operation;
mod phrase;
mod sources;

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use super::date::Date;
use super::key_path::KeyPath;
use super::model::{AccountStatus, Assessment};
use super::policy::Thresholds;
use super::reminders::ReminderKind;
use super::status::Status;

pub use data::{DpiaChange, compare_dpia, dpia_changes};
pub(crate) use decision::f26_unverified;
pub use decision::{needs_prior_consultation, reapproval_fix};
pub use fix::{Fix, FixForAccount, ID_PLACEHOLDER};
pub use phrase::{Arg, ENGLISH, Phrase, capitalize, english_template};
pub use sources::{Citation, DOCUMENTS, Document, RULES, Rule, SOURCES, Source, rule, source_of};

/// How serious a finding is: an error fails `somevakt check`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::Display,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Severity {
    /// Should be looked at; `check` still passes.
    Warning,
    /// Falls short of what the guidance requires; `check` exits 1.
    Error,
}

/// One shortfall of one account.
///
/// Its English (the JSON's `message`) is not kept but written from the
/// [`Phrase`] where it is output ([`Finding::message`],
/// [`Finding::write_message`]): the dashboard and the tables word it in the
/// reader's language, and building it for every finding of every account
/// cost a warm `status` a tenth of its time (issue 14).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// `F01` … `F23`, fixed by the contract.
    pub id: &'static str,
    /// Error or warning, as the contract's table gives it.
    pub severity: Severity,
    /// What is short, naming the keys and people concerned, as data for
    /// the translations; [`Finding::message`] is its English.
    pub phrase: Phrase,
    /// The requirements and the guidance the rule rests on.
    pub source: Source,
    /// What fixes it.
    pub fix: Fix,
    /// The key in the file it is about (`dpia.legal_basis.lia_ref`,
    /// `decisions[3]`), for the outputs that point at a line (SARIF, Code
    /// Quality); `None` when it is about the file as a whole. Mostly the
    /// first key its fix writes; a finding on a recorded entry names the
    /// entry ([`about`]).
    pub key: Option<KeyPath>,
}

impl Finding {
    /// What is short, in English, as the JSON and the contract have it.
    pub fn message(&self) -> String {
        self.phrase.english()
    }

    /// Appends [`Finding::message`] to `out`.
    pub fn write_message(&self, out: &mut String) {
        self.phrase.write_english(out);
    }
}

/// `id`, `severity`, `message`, `source`, `fix`: the order and names the
/// JSON had when the message was a field (the phrase is not in the JSON).
impl Serialize for Finding {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Finding", 5)?;
        s.serialize_field("id", self.id)?;
        s.serialize_field("severity", &self.severity)?;
        s.serialize_field("message", &self.message())?;
        s.serialize_field("source", &self.source)?;
        s.serialize_field("fix", &self.fix)?;
        s.end()
    }
}

/// The findings that apply to a planned account, as preparation: what must
/// be in place before the channel opens (docs/format.md, lifecycle table).
/// F04 is listed, but only ever fires once decisions exist. F23 is not in
/// the lifecycle table's row, but its own row names "`[closing]` on a planned
/// account" as a case, so it applies here too (the more specific rule).
pub const PLANNED: &[&str] = &[
    "F04", "F06", "F07", "F08", "F09", "F10", "F11", "F13", "F14", "F15", "F16", "F19", "F20",
    "F21", "F22", "F23", "F24", "F25", "F26",
];

/// The findings that apply to a closed account: the archive duty outlasts the
/// account (F16, F18), and the data checks (F21, F23) say whether the file
/// can be trusted. Nothing else: a closed account processes no personal data.
pub const CLOSED: &[&str] = &["F16", "F18", "F21", "F23", "F26"];

/// Whether finding `id` applies to an account in lifecycle state `status`.
/// Active and closing accounts are subject to all of them.
pub fn applies(id: &str, status: AccountStatus) -> bool {
    // Asked 23 times an account: a bit per rule instead of comparing the id
    // with every entry of the lists.
    const PLANNED_BITS: u32 = bits(PLANNED);
    const CLOSED_BITS: u32 = bits(CLOSED);
    let listed = |bits: u32| {
        rule_number(id)
            .and_then(|n| bits.checked_shr(u32::try_from(n).ok()?))
            .is_some_and(|b| b & 1 != 0)
    };
    match status {
        AccountStatus::Planned => listed(PLANNED_BITS),
        AccountStatus::Active | AccountStatus::Closing => true,
        AccountStatus::Closed => listed(CLOSED_BITS),
    }
}

/// The number of rule `id` (`F07` is 7); `None` for anything that is not
/// `F` and two digits.
pub(crate) fn rule_number(id: &str) -> Option<usize> {
    match id.as_bytes() {
        [b'F', tens @ b'0'..=b'9', ones @ b'0'..=b'9'] => {
            Some(usize::from(tens - b'0') * 10 + usize::from(ones - b'0'))
        }
        _ => None,
    }
}

/// One bit per rule listed in `ids` (bit 7 for `F07`), at compile time.
const fn bits(ids: &[&str]) -> u32 {
    let mut bits = 0;
    let mut i = 0;
    while i < ids.len() {
        let b = ids[i].as_bytes();
        // Every id listed is `F` and two digits under 32 (a test checks).
        bits |= 1 << ((b[1] - b'0') as u32 * 10 + (b[2] - b'0') as u32);
        i += 1;
    }
    bits
}

/// Everything this account falls short of, in F-id order.
///
/// Entries dated after today are F21 and otherwise count as absent: the rules
/// other than F21 see the assessment [as of today](Assessment::as_of).
pub fn findings(a: &Assessment, status: &Status, policy: &Thresholds, today: Date) -> Vec<Finding> {
    let counted = a.as_of(today);
    let c = counted.as_ref();
    let rules: [(&str, &dyn Fn() -> Option<Finding>); 25] = [
        ("F01", &|| decision::f01_dpia_basics(c, today)),
        ("F02", &|| decision::f02_not_approved(status)),
        ("F03", &|| decision::f03_conditions(c, today)),
        ("F04", &|| {
            decision::f04_prior_consultation(c, policy, today)
        }),
        ("F05", &|| decision::f05_review_overdue(status)),
        ("F06", &|| dpia::f06_legal_basis(c)),
        ("F07", &|| dpia::f07_transfer(c)),
        ("F08", &|| dpia::f08_risks(c, today)),
        ("F09", &|| dpia::f09_advised_against(c, policy)),
        ("F10", &|| dpia::f10_vulnerable_groups(c)),
        ("F11", &|| operation::f11_moderation(c)),
        ("F12", &|| operation::f12_inactive(c, status)),
        ("F13", &|| operation::f13_editors(c, today)),
        ("F14", &|| operation::f14_manager_approval(c)),
        ("F15", &|| operation::f15_resources(c, policy, today)),
        ("F16", &|| operation::f16_archive_routine(c)),
        ("F17", &|| operation::f17_yearly_snapshot(c, policy, today)),
        ("F18", &|| operation::f18_closing_snapshot(c)),
        ("F19", &|| operation::f19_profile(c)),
        ("F20", &|| dpia::f20_assessment_quality(c)),
        // F21 looks at the file as written: it is the one that sees the future.
        ("F21", &|| data::f21_future_dates(a, today)),
        ("F22", &|| decision::f22_no_digest(c)),
        ("F23", &|| data::f23_lifecycle(a)),
        ("F24", &|| decision::f24_stale_next_review(c)),
        ("F25", &|| decision::f25_approved_unfinished(c)),
    ];
    rules
        .iter()
        .filter(|(id, _)| applies(id, a.account.status))
        .filter_map(|(_, rule)| rule())
        .map(|f| about::entry_concerned(f, a, today))
        .collect()
}

/// A finding of rule `id`, with its source.
fn finding(id: &'static str, severity: Severity, phrase: Phrase, fix: Fix) -> Finding {
    Finding {
        id,
        severity,
        phrase,
        source: source_of(id),
        key: fix.keys.first().map(|k| KeyPath::new(k.clone())),
        fix,
    }
}

/// The shortfalls as one argument (joined with `; `), or `None` when there
/// are none.
fn listing(parts: Vec<Phrase>) -> Option<Arg> {
    (!parts.is_empty()).then_some(Arg::Phrases(parts))
}

/// What settles a reminder: the fix of the finding it foretells (a due
/// review is F05 tomorrow, a due snapshot F17...), so the reminders screen,
/// the detail and `check` name the same fix.
pub fn reminder_fix(kind: ReminderKind) -> Fix {
    match kind {
        ReminderKind::Review => decision::review_fix(),
        ReminderKind::Conditions => decision::conditions_fix(),
        ReminderKind::Snapshot => operation::yearly_snapshot_fix(),
        ReminderKind::ClosingSnapshot => operation::closing_snapshot_fix(),
        ReminderKind::Inactive => operation::activity_fix(),
    }
}

/// The dashboard keys each rule's fix can start (`d` decide, `v` review, `p` snapshot,
/// `a` activity, `c` close, `e` edit), for the help's table of fixes; the
/// rules differ by case (F09's service area is closed with `c`, its usage
/// edited with `e`). A test keeps this in step with the rules.
pub const FIX_KEYS: [(&str, &[&str]); 26] = [
    ("F01", &["e"]),
    ("F02", &["d", "c"]),
    ("F03", &["d"]),
    ("F04", &["e"]),
    ("F05", &["v"]),
    ("F06", &["e"]),
    ("F07", &["e"]),
    ("F08", &["e"]),
    ("F09", &["c", "e"]),
    ("F10", &["e"]),
    ("F11", &["e"]),
    ("F12", &["a"]),
    ("F13", &["e"]),
    ("F14", &["e"]),
    ("F15", &["e"]),
    ("F16", &["e"]),
    ("F17", &["p"]),
    ("F18", &["p"]),
    ("F19", &["e"]),
    ("F20", &["e"]),
    ("F21", &["e"]),
    ("F22", &["d"]),
    ("F23", &["c", "e"]),
    ("F24", &["e"]),
    ("F25", &["d"]),
    ("F26", &["d"]),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The bits say what the lists say, for every id and for ids that are
    /// not rules; every rule's source is found by its number.
    #[test]
    fn applies_and_sources_agree_with_the_lists() {
        let mut ids: Vec<String> = (0..100).map(|n| format!("F{n:02}")).collect();
        ids.extend(["", "F", "F1", "F001", "f01", "X01", "F1x", "F٣"].map(String::from));
        for id in &ids {
            let id = id.as_str();
            assert_eq!(applies(id, AccountStatus::Planned), PLANNED.contains(&id));
            assert_eq!(applies(id, AccountStatus::Closed), CLOSED.contains(&id));
            assert!(applies(id, AccountStatus::Active) && applies(id, AccountStatus::Closing));
            let listed = SOURCES.iter().find(|(fid, _)| *fid == id);
            assert_eq!(source_of(id), listed.map_or(source_of(""), |(_, s)| *s));
        }
        // In order, each once. F26 (the trail) is decided outside the
        // rules above: by the audit, given to the evaluation.
        for pair in SOURCES.windows(2) {
            assert!(rule_number(pair[0].0) < rule_number(pair[1].0));
        }
    }
}
