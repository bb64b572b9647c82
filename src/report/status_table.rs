//! `status` as a plain-text table for people: one line per account, the
//! invalid files, a summary; built whole or from a streamed load.

use rayon::prelude::*;

use crate::i18n::{Lang, words};
use crate::t;
use crate::text::{fit, sanitize, width};
use somevakt_core::AccountReport;
use somevakt_core::Policy;
use somevakt_core::status::{ActivityStatus, Approval, ReviewStatus, SnapshotStatus};
use somevakt_core::{Date, Status};
use somevakt_store::{InvalidFile, LoadedAssessment, Register};

/// A plain-text table for people, one line per account, then the invalid
/// files and a summary. Dates in the table stay ISO; words are in `lang`.
pub fn to_table(
    register: &Register,
    reports: &[AccountReport<'_>],
    today: Date,
    lang: Lang,
) -> String {
    let rows: Vec<[String; 7]> = reports.iter().map(|r| table_row(r, today, lang)).collect();
    let mut counts = Counts::default();
    for r in reports {
        counts.add(&r.evaluation.status);
    }
    render_table(&rows, &counts, &register.invalid, lang)
}

/// The status table built as the accounts arrive (from
/// `somevakt_store::load_each`): each chunk is evaluated in parallel and
/// only its rows' seven cells and the counts are kept, never the register
/// or the evaluations, so a large register's table needs a fraction of the
/// memory. The text is the same as [`to_table`]'s.
pub struct TableStream {
    today: Date,
    /// The language asked for (`--lang`, environment), if any; else the
    /// policy's decides, as [`crate::cli::report_lang`] does.
    chosen: Option<Lang>,
    rows: Vec<[String; 7]>,
    counts: Counts,
    /// Where signing is required, the decisions the trail backs (F26).
    trail: Option<std::sync::Arc<somevakt_core::Trail>>,
}

impl TableStream {
    /// A table on `today` in `chosen` (or the policy's language).
    pub fn new(today: Date, chosen: Option<Lang>) -> Self {
        TableStream {
            today,
            chosen,
            rows: Vec::new(),
            counts: Counts::default(),
            trail: None,
        }
    }

    /// Lets only the decisions `trail` backs count (signing required).
    pub fn on_trail(mut self, trail: Option<std::sync::Arc<somevakt_core::Trail>>) -> Self {
        self.trail = trail;
        self
    }

    /// Evaluates `chunk` (in id order, after the chunks before).
    pub fn accounts(&mut self, policy: &Policy, chunk: &[LoadedAssessment]) {
        let (today, lang) = (self.today, self.lang(policy));
        let trail = self.trail.as_deref();
        let done: Vec<([String; 7], Status)> = chunk
            .par_iter()
            .map(|account| {
                let report = AccountReport {
                    account,
                    evaluation: account.evaluate_with(policy, trail, today),
                };
                (table_row(&report, today, lang), report.evaluation.status)
            })
            .collect();
        for (row, status) in done {
            self.counts.add(&status);
            self.rows.push(row);
        }
    }

    /// The whole table, with the invalid files and the summary.
    pub fn finish(self, policy: &Policy, invalid: &[InvalidFile]) -> String {
        let lang = self.lang(policy);
        render_table(&self.rows, &self.counts, invalid, lang)
    }

    fn lang(&self, policy: &Policy) -> Lang {
        crate::i18n::with_policy(self.chosen, policy.policy.language)
    }
}

/// What the summary line counts.
#[derive(Debug, Default)]
struct Counts {
    accounts: usize,
    approved: usize,
    conditionally: usize,
    not_approved: usize,
    pending: usize,
    reapproval: usize,
    unverified: usize,
    reviews_overdue: usize,
    reviews_due: usize,
    inactive: usize,
    snapshots_missing: usize,
    snapshots_overdue: usize,
}

impl Counts {
    fn add(&mut self, s: &Status) {
        self.accounts += 1;
        match s.approval {
            Approval::Approved => self.approved += 1,
            Approval::ConditionallyApproved => self.conditionally += 1,
            Approval::NotApproved => self.not_approved += 1,
            Approval::Pending => self.pending += 1,
            Approval::NeedsReapproval => self.reapproval += 1,
            Approval::Unverified => self.unverified += 1,
        }
        self.reviews_overdue += usize::from(s.review == ReviewStatus::Overdue);
        self.reviews_due += usize::from(s.review == ReviewStatus::DueSoon);
        self.inactive += usize::from(s.activity == ActivityStatus::Inactive);
        self.snapshots_missing += usize::from(s.snapshots == SnapshotStatus::Missing);
        self.snapshots_overdue += usize::from(s.snapshots == SnapshotStatus::Overdue);
    }
}

fn render_table(
    rows: &[[String; 7]],
    counts: &Counts,
    invalid: &[InvalidFile],
    lang: Lang,
) -> String {
    let header = [
        t!(lang, "status-header-account"),
        t!(lang, "status-header-status"),
        t!(lang, "status-header-approval"),
        t!(lang, "status-header-review"),
        t!(lang, "status-header-activity"),
        t!(lang, "status-header-snapshots"),
        t!(lang, "status-header-findings"),
    ];
    let mut widths = header.each_ref().map(|h| width(h));
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    let mut out = String::new();
    push_line(&mut out, &header, &widths);
    for row in rows {
        push_line(&mut out, row, &widths);
    }
    for bad in invalid {
        let at = match (bad.line, bad.column) {
            (Some(l), Some(c)) => format!(":{l}:{c}"),
            _ => String::new(),
        };
        let invalid = t!(lang, "status-invalid");
        out.push_str(&format!(
            "{invalid}  {}{at}: {}\n",
            sanitize(&bad.path),
            sanitize(&crate::i18n::problems::file_problem(lang, &bad.message))
        ));
    }
    out.push('\n');
    out.push_str(&summary_of(counts, invalid.len(), lang));
    out.push('\n');
    out
}

fn push_line(out: &mut String, cells: &[String; 7], widths: &[usize; 7]) {
    let line: Vec<String> = cells.iter().zip(widths).map(|(c, w)| fit(c, *w)).collect();
    out.push_str(line.join("  ").trim_end());
    out.push('\n');
}

fn table_row(report: &AccountReport<'_>, today: Date, lang: Lang) -> [String; 7] {
    let a = &report.account.assessment;
    let s = &report.evaluation.status;
    let review = match s.review_due {
        Some(due) if s.review != ReviewStatus::None => t!(
            lang,
            "status-review-due",
            state = words::review(lang, s.review),
            date = due.to_string(),
            when = words::relative_days(lang, today, due)
        ),
        _ => words::review(lang, s.review),
    };
    let snapshots = match a.as_of(today).latest_snapshot() {
        Some(last) if s.snapshots != SnapshotStatus::NotApplicable => t!(
            lang,
            "status-last-snapshot",
            state = words::snapshots(lang, s.snapshots),
            date = last.date.to_string()
        ),
        _ => words::snapshots(lang, s.snapshots),
    };
    let e = &report.evaluation;
    [
        report.account.id.to_string(),
        words::account_status(lang, a.account.status),
        words::approval(lang, s.approval),
        review,
        words::activity(lang, s.activity),
        snapshots,
        t!(
            lang,
            "status-findings",
            errors = e.errors(),
            warnings = e.warnings()
        ),
    ]
}

/// One line of counts, the same ones the dashboard's header shows.
pub fn summary(register: &Register, reports: &[AccountReport<'_>], lang: Lang) -> String {
    let mut counts = Counts::default();
    for r in reports {
        counts.add(&r.evaluation.status);
    }
    summary_of(&counts, register.invalid.len(), lang)
}

fn summary_of(c: &Counts, invalid: usize, lang: Lang) -> String {
    let summary = t!(
        lang,
        "status-summary",
        accounts = t!(lang, "count-accounts", count = c.accounts),
        approved = c.approved,
        conditionally = c.conditionally,
        not_approved = c.not_approved,
        pending = c.pending,
        reapproval = c.reapproval,
        reviews_overdue = c.reviews_overdue,
        reviews_due = c.reviews_due,
        inactive = c.inactive,
        snapshots_missing = c.snapshots_missing,
        snapshots_overdue = c.snapshots_overdue,
        invalid = t!(lang, "count-invalid-files", count = invalid),
    );
    // Only where signing is required can a decision be unverified: said
    // then, and the line stays as it was everywhere else.
    if c.unverified == 0 {
        return summary;
    }
    format!(
        "{summary}; {}",
        t!(lang, "status-summary-unverified", count = c.unverified)
    )
}
