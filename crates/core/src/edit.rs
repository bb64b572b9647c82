//! Edits to an assessment file's text, through toml_edit, so comments, key
//! order and the formatting of everything untouched stay byte for byte.
//!
//! Pure: text in, text out. Every result is parsed and validated before it
//! is handed back; the repository edge writes and commits it.

use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, value};

use super::date::Date;
use super::digest::dpia_digest;
use super::findings::{Arg, Phrase};
use super::id::AccountId;
use super::model::{
    AccountStatus, Assessment, Jurisdiction, Level, Outcome, Platform, ReviewResult, SnapshotKind,
};
use super::parse::{ParseError, parse_assessment};
use super::policy::Thresholds;
use super::status;
use crate::Word;

/// Why an edit cannot be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct EditError(
    /// What is wrong, in English (the store's refusal, logs and tests).
    pub String,
    /// The same as data, for the translations ([`Phrase`]).
    pub Phrase,
);

impl EditError {
    fn new(phrase: Phrase) -> EditError {
        EditError(phrase.english_as_is(), phrase)
    }
}

impl From<ParseError> for EditError {
    fn from(e: ParseError) -> Self {
        EditError::new(Phrase::new("edit-invalid-result").text("reason", e.message))
    }
}

/// A management decision to record (R34-R37).
#[derive(Debug, Clone, PartialEq)]
pub struct NewDecision {
    /// The day management decided.
    pub date: Date,
    /// The deciding body.
    pub body: String,
    /// Who records the decision.
    pub decided_by: String,
    /// The outcome.
    pub outcome: Outcome,
    /// Why.
    pub rationale: String,
    /// The conditions of a conditional approval.
    pub conditions: Vec<String>,
    /// When they are due.
    pub conditions_due: Option<Date>,
    /// The residual risk management accepted.
    pub residual_risk: Option<Level>,
}

/// A snapshot to record (R46, R47).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSnapshot {
    /// When the snapshot was taken.
    pub date: Date,
    /// Why it was taken.
    pub kind: SnapshotKind,
    /// Where it is archived.
    pub archive_ref: Option<String>,
    /// The file format.
    pub format: Option<String>,
}

/// A periodic review of the DPIA to record (R33).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReview {
    /// The day of the review.
    pub date: Date,
    /// Who reviewed it.
    pub reviewed_by: String,
    /// What the review found.
    pub result: ReviewResult,
    /// What was looked at.
    pub note: Option<String>,
    /// The next review, when it should not simply come a review interval
    /// later (written to `dpia.next_review`, outside the digest).
    pub next: Option<Date>,
}

/// The closing of an account (R49).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewClosing {
    /// When the closing was decided.
    pub date: Date,
    /// Who decided it.
    pub decided_by: String,
    /// Why.
    pub reason: String,
    /// Closed at once, rather than being closed.
    pub closed: bool,
}

/// The data protection authority prior consultation goes to (R38).
pub fn authority(jurisdiction: Option<Jurisdiction>) -> &'static str {
    match jurisdiction {
        Some(Jurisdiction::Se) => "Integritetsskyddsmyndigheten (IMY)",
        Some(Jurisdiction::Dk) => "Datatilsynet (DK)",
        Some(Jurisdiction::Fi) => "Tietosuojavaltuutettu",
        Some(Jurisdiction::No) | None => "Datatilsynet",
    }
}

/// Whether a decision with `outcome` and `residual_risk`, taken on `date`,
/// leaves F04 (R38): an approving decision with a high residual risk on an
/// account where an earlier decision also found it high, with no
/// `[prior_consultation] requested` date. A refusal never
/// waits: KS chapter 8 asks for prior consultation only when management
/// still wants to go ahead. Closed accounts are not decided on.
pub fn prior_consultation_required(
    a: &Assessment,
    outcome: Outcome,
    residual_risk: Option<Level>,
    date: Date,
) -> bool {
    // Earlier decisions: entries dated after this one (a typo, F21) do not count.
    let earlier_high = a
        .decisions
        .iter()
        .any(|e| e.date <= date && e.residual_risk == Some(Level::High));
    a.account.status != AccountStatus::Closed
        && crate::findings::needs_prior_consultation(a, outcome, residual_risk, earlier_high, date)
}

/// Checks a decision before it is recorded: only what makes it unreadable
/// as a decision (no body, no rationale, conditions that do not fit the
/// outcome, `conditions_due` on or before the decision, most likely a typo).
/// A finding the decision leaves (F04, F25, …) is never a reason to refuse:
/// management's decision is a fact, and it is recorded with the findings it
/// leaves ([`findings_left`]; docs/format.md, "What a record may refuse").
pub fn check_decision(_a: &Assessment, d: &NewDecision) -> Result<(), EditError> {
    let fail = |p: Phrase| Err(EditError::new(p));
    if d.body.trim().is_empty() {
        return fail(Phrase::new("edit-no-body"));
    }
    if d.rationale.trim().is_empty() {
        return fail(Phrase::new("edit-no-rationale"));
    }
    match d.outcome {
        Outcome::ConditionallyApproved => {
            if d.conditions.iter().all(|c| c.trim().is_empty()) {
                return fail(Phrase::new("edit-no-conditions"));
            }
            match d.conditions_due {
                None => return fail(Phrase::new("edit-no-conditions-due")),
                Some(due) if due <= d.date => {
                    return fail(
                        Phrase::new("edit-conditions-due-early").with("date", Arg::Date(d.date)),
                    );
                }
                Some(_) => {}
            }
        }
        _ if !d.conditions.is_empty() || d.conditions_due.is_some() => {
            return fail(Phrase::new("edit-conditions-not-conditional"));
        }
        _ => {}
    }
    Ok(())
}

/// The findings about management's decision: what the DPIA it approved
/// lacked (F01), whether it approves (F02), its conditions (F03), prior
/// consultation (F04), and whether the DPIA was finished (F25).
pub const DECISION_FINDINGS: [&str; 5] = ["F01", "F02", "F03", "F04", "F25"];

/// The ids of the error findings about the decision ([`DECISION_FINDINGS`])
/// an account has once `text` is recorded, on `today`, in F-id order: what
/// the preview of a decision lists and its commit's `Findings:` trailer
/// carries. The other findings are the register's everyday state, which
/// `check` reports; they say nothing about the decision.
pub fn findings_left(text: &str, policy: &crate::Policy, today: Date) -> Vec<&'static str> {
    let Ok(a) = parse_assessment(text) else {
        return Vec::new();
    };
    let mut ids: Vec<&'static str> = crate::evaluate(&a, policy, today)
        .findings
        .iter()
        .filter(|f| f.severity == crate::Severity::Error && DECISION_FINDINGS.contains(&f.id))
        .map(|f| f.id)
        .collect();
    ids.dedup();
    ids
}

fn parse_doc(text: &str) -> Result<DocumentMut, EditError> {
    text.parse::<DocumentMut>().map_err(|e| {
        EditError::new(Phrase::new("edit-not-toml").text("reason", e.message().to_owned()))
    })
}

fn date_value(date: Date) -> Item {
    match date.to_string().parse::<toml_edit::Datetime>() {
        Ok(d) => value(d),
        Err(_) => value(date.to_string()),
    }
}

/// Appends `table` to the array of tables `key`, right after its last entry,
/// so the diff shows one block added where the reader expects it.
fn append(doc: &mut DocumentMut, key: &str, mut table: Table) -> Result<(), EditError> {
    let array = doc
        .entry(key)
        .or_insert(Item::ArrayOfTables(ArrayOfTables::new()))
        .as_array_of_tables_mut()
        .ok_or_else(|| EditError::new(Phrase::new("edit-not-array-of-tables").text("key", key)))?;
    if let Some(last) = array.iter().filter_map(|t| t.position()).max() {
        table.set_position(Some(last));
    }
    table.decor_mut().set_prefix("\n");
    array.push(table);
    Ok(())
}

/// The text after checking that it parses into an assessment.
fn finish(doc: DocumentMut) -> Result<String, EditError> {
    let text = doc.to_string();
    parse_assessment(&text)?;
    Ok(text)
}

/// Appends a decision, signed with the digest of the current `[dpia]`.
pub fn record_decision(text: &str, d: &NewDecision) -> Result<String, EditError> {
    let current = parse_assessment(text)?;
    check_decision(&current, d)?;
    let mut doc = parse_doc(text)?;
    let mut t = Table::new();
    t["date"] = date_value(d.date);
    t["body"] = value(d.body.trim());
    t["decided_by"] = value(d.decided_by.trim());
    t["outcome"] = value(d.outcome.word());
    t["rationale"] = value(d.rationale.trim());
    if !d.conditions.is_empty() {
        let mut list = toml_edit::Array::new();
        for c in d
            .conditions
            .iter()
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
        {
            list.push(c);
        }
        t["conditions"] = value(list);
    }
    if let Some(due) = d.conditions_due {
        t["conditions_due"] = date_value(due);
    }
    if let Some(level) = d.residual_risk {
        t["residual_risk"] = value(level_word(level));
    }
    t["dpia_digest"] = value(dpia_digest(&current.dpia));
    append(&mut doc, "decisions", t)?;
    finish(doc)
}

fn level_word(level: Level) -> &'static str {
    match level {
        Level::Low => "low",
        Level::Medium => "medium",
        Level::High => "high",
    }
}

/// Appends a snapshot.
pub fn record_snapshot(text: &str, s: &NewSnapshot) -> Result<String, EditError> {
    parse_assessment(text)?;
    let mut doc = parse_doc(text)?;
    let mut t = Table::new();
    t["date"] = date_value(s.date);
    t["kind"] = value(s.kind.word());
    if let Some(format) = s.format.as_deref().filter(|f| !f.trim().is_empty()) {
        t["format"] = value(format.trim());
    }
    if let Some(reference) = s.archive_ref.as_deref().filter(|r| !r.trim().is_empty()) {
        t["archive_ref"] = value(reference.trim());
    }
    append(&mut doc, "snapshots", t)?;
    finish(doc)
}

/// Appends a review (R33). `--next` sets `dpia.next_review`; without it, a
/// `next_review` on or before the review's day is removed: the review it
/// scheduled has taken place, and left there it would be ignored (F24).
/// Both keys are review bookkeeping, outside the `dpia_digest`, so the
/// approval stands.
pub fn record_review(text: &str, r: &NewReview) -> Result<String, EditError> {
    let current = parse_assessment(text)?;
    if let Some(next) = r.next.filter(|n| *n <= r.date) {
        return Err(EditError::new(
            Phrase::new("edit-next-review-early")
                .with("next", Arg::Date(next))
                .with("date", Arg::Date(r.date)),
        ));
    }
    let mut doc = parse_doc(text)?;
    let mut t = Table::new();
    t["date"] = date_value(r.date);
    t["reviewed_by"] = value(r.reviewed_by.trim());
    t["result"] = value(r.result.word());
    if let Some(note) = r.note.as_deref().filter(|n| !n.trim().is_empty()) {
        t["note"] = value(note.trim());
    }
    append(&mut doc, "reviews", t)?;
    let stale = current.dpia.next_review.is_some_and(|n| n <= r.date);
    if r.next.is_some() || stale {
        let dpia = table_mut(&mut doc, "dpia")?;
        match r.next {
            Some(next) => dpia["next_review"] = date_value(next),
            None => {
                dpia.remove("next_review");
            }
        }
    }
    finish(doc)
}

/// Sets the date of the last post seen, and when it was checked.
pub fn record_activity(text: &str, last_post: Date, checked: Date) -> Result<String, EditError> {
    parse_assessment(text)?;
    if last_post > checked {
        return Err(EditError::new(
            Phrase::new("edit-last-post-future")
                .with("last_post", Arg::Date(last_post))
                .with("today", Arg::Date(checked)),
        ));
    }
    let mut doc = parse_doc(text)?;
    let activity = table_mut(&mut doc, "activity")?;
    activity["last_post"] = date_value(last_post);
    activity["checked"] = date_value(checked);
    finish(doc)
}

/// The table `key`, created at the end of the file if missing.
fn table_mut<'d>(doc: &'d mut DocumentMut, key: &str) -> Result<&'d mut Table, EditError> {
    if !doc.contains_key(key) {
        let mut table = Table::new();
        table.decor_mut().set_prefix("\n");
        doc.insert(key, Item::Table(table));
    }
    doc[key]
        .as_table_mut()
        .ok_or_else(|| EditError::new(Phrase::new("edit-not-table").text("key", key)))
}

/// Marks the account as closing (or closed) and records the closing
/// decision in `[closing]`.
///
/// A closing decision, like a decision, is never rewritten: on an account
/// that already has `[closing]` only `account.status` moves (closing →
/// closed), and `decided`, `decided_by` and `reason` stay as recorded; a
/// key the table lacks is filled in. A mistyped closing decision is
/// corrected with `somevakt correct ID --closing` (docs/format.md).
pub fn record_closing(text: &str, c: &NewClosing) -> Result<String, EditError> {
    let current = parse_assessment(text)?;
    if current.account.status == AccountStatus::Closed {
        return Err(EditError::new(Phrase::new("edit-already-closed")));
    }
    let recorded = current.closing.as_ref();
    if current.account.status == AccountStatus::Closing && !c.closed {
        return Err(EditError::new(Phrase::new("edit-already-closing")));
    }
    let has_reason = recorded.is_some_and(|r| super::model::filled(&r.reason));
    if c.reason.trim().is_empty() && !has_reason {
        return Err(EditError::new(Phrase::new("edit-no-reason")));
    }
    let mut doc = parse_doc(text)?;
    doc["account"]["status"] = value(if c.closed { "closed" } else { "closing" });
    let closing = table_mut(&mut doc, "closing")?;
    if recorded.is_none_or(|r| r.decided.is_none()) {
        closing["decided"] = date_value(c.date);
    }
    if recorded.is_none_or(|r| !super::model::filled(&r.decided_by)) {
        closing["decided_by"] = value(c.decided_by.trim());
    }
    if !has_reason {
        closing["reason"] = value(c.reason.trim());
    }
    finish(doc)
}

/// The warning to show when an account is closed without its snapshot (R47).
pub fn closing_warning(a: &Assessment) -> Option<String> {
    (status::needs_closing_snapshot(a) && !status::has_closing_snapshot(a))
        .then(|| CLOSING_WITHOUT_SNAPSHOT.to_owned())
}

/// The warning of [`closing_warning`], as one text the binary can tell
/// apart and word in the reader's language.
pub const CLOSING_WITHOUT_SNAPSHOT: &str = "no snapshot was archived before closing \
     (kind = \"before_closing\"): record one with `somevakt snapshot ID --kind before_closing` (R47)";

/// The comments of a new file's template, in the repository's language: the
/// core has no words of its own, so the binary gives them. Keys and the
/// lists of allowed values stay as the format writes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateComments {
    /// The first line: what the file is and when it was made.
    pub heading: String,
    /// What to do with it.
    pub fill_in: String,
    /// Beside `manager`.
    pub manager: String,
}

impl Default for TemplateComments {
    /// The English comments.
    fn default() -> Self {
        TemplateComments {
            heading: "Assessment created with `somevakt new`.".to_owned(),
            fill_in: "Fill in each section; `somevakt check` lists what is still missing."
                .to_owned(),
            manager: "nearest manager who approved the channel".to_owned(),
        }
    }
}

/// A complete new assessment file from the template, with its `#:schema`
/// line and every section a privacy officer fills in.
pub fn new_account(
    id: &AccountId,
    municipality: &str,
    platform: Platform,
    name: &str,
    today: Date,
    comments: &TemplateComments,
) -> Result<String, EditError> {
    // A comment is one line: a line break in a name cannot end it.
    let line = |s: &str| s.trim().replace(['\n', '\r'], " ");
    let q = |s: &str| toml_edit::Value::from(s.trim()).to_string();
    let platform = super::model::enum_word(&platform);
    let text = format!(
        r#"#:schema {up}schemas/assessment.schema.json
# {heading}
# {fill_in}
schema_version = 1

[account]
municipality = {municipality}
platform = "{platform}"
name = {name}
status = "planned"                       # planned | active | closing | closed
created = {today}
usage = "information"                    # information | dialogue | case_handling
purpose = ""
owner_unit = ""
service_area = ""
email = ""

[responsibility]
manager = ""                             # {manager}
comms_unit_consulted = false
credentials_held_centrally = false

[profile]
website = ""
privacy_notice_url = ""
house_rules_url = ""
states_sender_and_purpose = false

[dpia]
initial_screening = {today}
purpose = ""
competences = []                         # communication, privacy, information_security, ...

[moderation]
comments_enabled = true
frequency = "daily_office_hours"         # daily_office_hours | weekly | none

[archive]
routine_ref = ""
"#,
        up = "../".repeat(id.depth()),
        heading = line(&comments.heading),
        fill_in = line(&comments.fill_in),
        manager = line(&comments.manager),
        municipality = q(municipality),
        name = q(name),
    );
    parse_assessment(&text)?;
    Ok(text)
}

/// The review date after a decision: what the Review-Due trailer records.
pub fn review_due_after(text: &str, policy: &Thresholds) -> Option<Date> {
    parse_assessment(text)
        .ok()
        .and_then(|a| status::review_due(&a, policy))
}
