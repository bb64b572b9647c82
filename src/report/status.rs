//! `somevakt status`: every account's four status dimensions and findings.

use std::borrow::Cow;
use std::io::Write;

use rayon::prelude::*;
use serde::Serialize;

use crate::text::csv_cell;
use somevakt_core::AccountReport;
use somevakt_core::Policy;
use somevakt_core::findings::{Fix, Severity, Source};
use somevakt_core::model::enum_word;
use somevakt_core::model::{AccountStatus, Platform};
use somevakt_core::status::{ActivityStatus, Approval, ReviewStatus, SnapshotStatus};
use somevakt_core::{Date, Finding};
use somevakt_store::decided::DecidedVersions;
use somevakt_store::{InvalidFile, LoadedAssessment, Register};

pub use super::status_table::{TableStream, summary, to_table};

/// The JSON shape of docs/format.md: `{"today", "accounts", "invalid"}`.
#[derive(Debug, Serialize)]
pub struct StatusJson<'a> {
    pub today: Date,
    pub accounts: Vec<AccountJson<'a>>,
    pub invalid: Vec<InvalidJson<'a>>,
}

#[derive(Debug, Serialize)]
pub struct AccountJson<'a> {
    pub id: &'a str,
    pub path: &'a str,
    pub municipality: &'a str,
    pub platform: Platform,
    pub name: &'a str,
    pub owner_unit: Option<&'a str>,
    pub status: AccountStatus,
    pub approval: Approval,
    pub review: ReviewStatus,
    pub review_due: Option<Date>,
    /// Days from today to the review: negative when overdue.
    pub review_in_days: Option<i64>,
    pub activity: ActivityStatus,
    pub last_post: Option<Date>,
    pub snapshots: SnapshotStatus,
    pub last_snapshot: Option<Date>,
    pub snapshot_due: Option<Date>,
    pub findings: Vec<FindingJson<'a>>,
}

#[derive(Debug, Serialize)]
pub struct FindingJson<'a> {
    pub id: &'a str,
    pub severity: Severity,
    pub message: String,
    pub source: Source,
    /// What fixes it, with the account's id in the command.
    pub fix: FixJson<'a>,
}

/// A finding's fix as the JSON has it: with the account's id in its
/// command (see [`Fix::for_account`]).
#[derive(Debug)]
pub struct FixJson<'a> {
    pub fix: Cow<'a, Fix>,
    pub account: &'a str,
}

impl Serialize for FixJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.fix.for_account(self.account).serialize(serializer)
    }
}

#[derive(Debug, Serialize)]
pub struct InvalidJson<'a> {
    pub path: &'a str,
    pub message: &'a str,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl<'a> FindingJson<'a> {
    /// One finding of `account`, its fix naming the account.
    pub fn new(f: &'a Finding, account: &'a str) -> Self {
        FindingJson {
            id: f.id,
            severity: f.severity,
            message: f.message(),
            source: f.source,
            fix: FixJson {
                fix: Cow::Borrowed(&f.fix),
                account,
            },
        }
    }
}

impl<'a> From<&'a InvalidFile> for InvalidJson<'a> {
    fn from(f: &'a InvalidFile) -> Self {
        InvalidJson {
            path: &f.path,
            message: &f.message,
            line: f.line,
            column: f.column,
        }
    }
}

pub fn account_json<'a>(report: &'a AccountReport<'_>, today: Date) -> AccountJson<'a> {
    let a = &report.account.assessment;
    let s = &report.evaluation.status;
    AccountJson {
        id: report.account.id.as_str(),
        path: &report.account.path,
        municipality: &a.account.municipality,
        platform: a.account.platform,
        name: &a.account.name,
        owner_unit: a.account.owner_unit.as_deref(),
        status: a.account.status,
        approval: s.approval,
        review: s.review,
        review_due: s.review_due,
        review_in_days: s.review_due.map(|d| today.days_until(d)),
        activity: s.activity,
        // As counted today: an entry dated after today is F21, not a fact.
        last_post: a.activity.last_post.filter(|d| *d <= today),
        snapshots: s.snapshots,
        last_snapshot: a.as_of(today).latest_snapshot().map(|s| s.date),
        snapshot_due: s.snapshot_due,
        findings: report
            .evaluation
            .findings
            .iter()
            .map(|f| FindingJson::new(f, report.account.id.as_str()))
            .collect(),
    }
}

/// What fixes `f`: as the rules say; for F02 after a DPIA change also
/// naming the `[dpia]` keys changed since the decision, read from Git
/// history (none named when Git cannot tell). The outputs put the account's
/// id in its command.
pub fn fix_of<'r>(
    decided: &DecidedVersions,
    report: &AccountReport<'_>,
    f: &'r Finding,
    today: Date,
) -> Cow<'r, Fix> {
    match changed_fix(decided, report, f, today) {
        Some(fix) => Cow::Owned(fix),
        None => Cow::Borrowed(&f.fix),
    }
}

/// F02's fix naming the `[dpia]` keys changed since the decision, when `f`
/// is F02 after a DPIA change and Git tells which; `None` when the rules'
/// own fix stands (see [`fix_of`]).
pub fn changed_fix(
    decided: &DecidedVersions,
    report: &AccountReport<'_>,
    f: &Finding,
    today: Date,
) -> Option<Fix> {
    if f.id != "F02" || report.evaluation.status.approval != Approval::NeedsReapproval {
        return None;
    }
    let a = &report.account;
    let changes = decided.changes_since_decision(&a.path, &a.assessment, today);
    match changes {
        Ok(Some(changes)) if !changes.is_empty() => {
            Some(somevakt_core::findings::reapproval_fix(&changes))
        }
        _ => None,
    }
}

/// [`account_json`] with F02's fix naming the `[dpia]` keys changed since
/// the decision (see [`fix_of`]).
pub(super) fn account_json_fixed<'a>(
    decided: &DecidedVersions,
    report: &'a AccountReport<'_>,
    today: Date,
) -> AccountJson<'a> {
    let mut json = account_json(report, today);
    for (f, finding) in json.findings.iter_mut().zip(&report.evaluation.findings) {
        if let Some(fix) = changed_fix(decided, report, finding, today) {
            f.fix.fix = Cow::Owned(fix);
        }
    }
    json
}

/// The whole JSON document as one string (tests, small registers).
pub fn to_json(register: &Register, reports: &[AccountReport<'_>], today: Date) -> String {
    let mut out = Vec::new();
    let decided = DecidedVersions::new(&register.root);
    let accounts = reports
        .iter()
        .map(|r| account_json_fixed(&decided, r, today));
    // Writing to memory cannot fail.
    let _ = write_json_parts(
        &mut out,
        today,
        std::iter::once(pretty_items(accounts)),
        register,
    );
    String::from_utf8_lossy(&out).into_owned()
}

/// Accounts evaluated and written per parallel task: one buffer each, so
/// the writer gets a few large writes instead of one per account.
const GROUP: usize = 32;

/// Writes the same document as [`to_json`] to `out` from a loaded register.
pub fn write_json(out: &mut impl Write, register: &Register, today: Date) -> std::io::Result<()> {
    let mut stream = JsonStream::new(out, &register.root, today);
    stream.accounts(&register.policy, &register.accounts)?;
    stream.finish(&register.invalid)
}

/// The status document written as the accounts arrive (from
/// `somevakt_store::load_each`), so neither the register nor the document
/// is ever held whole: each chunk of accounts is evaluated and rendered in
/// parallel and written, the invalid files last. The bytes are the same as
/// [`to_json`]'s. Nothing is written before the first chunk or `finish`,
/// so a load that fails first leaves standard output empty.
pub struct JsonStream<'w, W: Write> {
    out: &'w mut W,
    /// F02's decided versions, searched once per run for every account.
    decided: DecidedVersions,
    today: Date,
    /// Where signing is required, the decisions the trail backs (F26).
    trail: Option<std::sync::Arc<somevakt_core::Trail>>,
    started: bool,
    first: bool,
}

impl<'w, W: Write> JsonStream<'w, W> {
    /// A document for the repository at `root` on `today`.
    pub fn new(out: &'w mut W, root: &std::path::Path, today: Date) -> Self {
        JsonStream {
            out,
            decided: DecidedVersions::new(root),
            today,
            trail: None,
            started: false,
            first: true,
        }
    }

    /// Lets only the decisions `trail` backs count (signing required).
    pub fn on_trail(mut self, trail: Option<std::sync::Arc<somevakt_core::Trail>>) -> Self {
        self.trail = trail;
        self
    }

    fn start(&mut self) -> std::io::Result<()> {
        if !self.started {
            self.started = true;
            self.out.write_all(b"{\n  \"today\": ")?;
            serde_json::to_writer(&mut *self.out, &self.today)?;
            self.out.write_all(b",\n  \"accounts\": ")?;
        }
        Ok(())
    }

    /// Evaluates and writes `chunk` (in id order, after the chunks before).
    pub fn accounts(&mut self, policy: &Policy, chunk: &[LoadedAssessment]) -> std::io::Result<()> {
        self.start()?;
        let (decided, today) = (&self.decided, self.today);
        let trail = self.trail.as_deref();
        let groups: Vec<Vec<u8>> = chunk
            .par_chunks(GROUP)
            .map(|group| {
                let mut buf = Vec::with_capacity(group.len() * 4096);
                // The findings' English is written here, one text at a time.
                let mut scratch = String::new();
                for (i, account) in group.iter().enumerate() {
                    let report = AccountReport {
                        account,
                        evaluation: account.evaluate_with(policy, trail, today),
                    };
                    if i > 0 {
                        buf.extend_from_slice(b",\n");
                    }
                    buf.extend_from_slice(b"    ");
                    // The same bytes as `account_json_fixed` through serde
                    // (a test holds them equal), a few times cheaper.
                    super::status_json::write_account(
                        &mut buf,
                        &mut scratch,
                        &report,
                        today,
                        |f| changed_fix(decided, &report, f, today),
                    );
                }
                buf
            })
            .collect();
        for group in groups {
            self.out
                .write_all(if self.first { b"[\n" } else { b",\n" })?;
            self.first = false;
            self.out.write_all(&group)?;
        }
        Ok(())
    }

    /// Closes the account list and writes the invalid files.
    pub fn finish(mut self, invalid: &[InvalidFile]) -> std::io::Result<()> {
        self.start()?;
        self.out
            .write_all(if self.first { b"[]" } else { b"\n  ]" })?;
        self.out.write_all(b",\n  \"invalid\": ")?;
        let invalid = invalid.iter().map(InvalidJson::from);
        write_array(self.out, std::iter::once(pretty_items(invalid)))?;
        self.out.write_all(b"\n}\n")
    }
}

/// `{"today", "accounts", "invalid"}` pretty-printed exactly as
/// `serde_json::to_string_pretty` would, from accounts already rendered as
/// indented array items.
fn write_json_parts(
    out: &mut impl Write,
    today: Date,
    accounts: impl Iterator<Item = Vec<Vec<u8>>>,
    register: &Register,
) -> std::io::Result<()> {
    out.write_all(b"{\n  \"today\": ")?;
    serde_json::to_writer(&mut *out, &today)?;
    out.write_all(b",\n  \"accounts\": ")?;
    write_array(out, accounts)?;
    out.write_all(b",\n  \"invalid\": ")?;
    let invalid = register.invalid.iter().map(InvalidJson::from);
    write_array(out, std::iter::once(pretty_items(invalid)))?;
    out.write_all(b"\n}\n")
}

fn pretty_items<T: Serialize>(items: impl Iterator<Item = T>) -> Vec<Vec<u8>> {
    items.map(|item| pretty_item(&item)).collect()
}

/// One array item as [`crate::text::json`] writes it inside the document's
/// top-level object (two levels deep), so the streamed document is the same,
/// byte for byte, escapes included.
fn pretty_item<T: Serialize>(item: &T) -> Vec<u8> {
    let mut out = Vec::with_capacity(2048);
    out.extend_from_slice(b"    ");
    crate::text::json_nested(&mut out, item, 2);
    out
}

fn write_array(
    out: &mut impl Write,
    chunks: impl Iterator<Item = Vec<Vec<u8>>>,
) -> std::io::Result<()> {
    let mut first = true;
    for chunk in chunks {
        for item in chunk {
            out.write_all(if first { b"[\n" } else { b",\n" })?;
            first = false;
            out.write_all(&item)?;
        }
    }
    out.write_all(if first { b"[]" } else { b"\n  ]" })
}

const CSV_HEADER: [&str; 17] = [
    "id",
    "path",
    "municipality",
    "platform",
    "name",
    "owner_unit",
    "status",
    "approval",
    "review",
    "review_due",
    "activity",
    "last_post",
    "snapshots",
    "last_snapshot",
    "errors",
    "warnings",
    "error",
];

/// One row per account, then one per invalid file (status `invalid`, what
/// is wrong in `error`), so a spreadsheet never silently lacks an account.
/// Every cell goes through [`csv_cell`]: names and texts from the files
/// cannot become formulas when a manager opens the file.
pub fn to_csv(
    register: &Register,
    reports: &[AccountReport<'_>],
    today: Date,
) -> Result<String, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(CSV_HEADER)?;
    let cells = |row: Vec<String>| row.iter().map(|c| csv_cell(c)).collect::<Vec<_>>();
    for report in reports {
        let j = account_json(report, today);
        let opt = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        writer.write_record(cells(vec![
            j.id.to_owned(),
            j.path.to_owned(),
            j.municipality.to_owned(),
            enum_word(&j.platform),
            j.name.to_owned(),
            j.owner_unit.unwrap_or_default().to_owned(),
            enum_word(&j.status),
            j.approval.to_string(),
            j.review.to_string(),
            opt(j.review_due),
            j.activity.to_string(),
            opt(j.last_post),
            j.snapshots.to_string(),
            opt(j.last_snapshot),
            report.evaluation.errors().to_string(),
            report.evaluation.warnings().to_string(),
            String::new(),
        ]))?;
    }
    for bad in &register.invalid {
        let mut row = vec![String::new(); CSV_HEADER.len()];
        row[1] = bad.path.clone();
        row[6] = "invalid".to_owned();
        row[16] = format!("{}{}", position(bad), bad.message);
        writer.write_record(cells(row))?;
    }
    let bytes = writer.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// "line 3, column 7: " where the position is known.
fn position(bad: &InvalidFile) -> String {
    match (bad.line, bad.column) {
        (Some(l), Some(c)) => format!("line {l}, column {c}: "),
        _ => String::new(),
    }
}
