//! One row of the overview per account or invalid file, with everything the
//! table shows already turned into sanitised text, so moving and filtering
//! at 20,000 rows touch no assessment and format nothing.

use crate::i18n::{Lang, words};
use crate::t;
use somevakt_core::AccountReport;
use somevakt_core::model::AccountStatus;
use somevakt_core::model::enum_word;
use somevakt_core::status::{ActivityStatus, Approval, ReviewStatus, SnapshotStatus};
use somevakt_core::{Date, Evaluation};
use somevakt_store::InvalidFile;

use crate::text::sanitize;

/// How an account stands, worst first: the glyph and word of the first column.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Health {
    Invalid,
    Error,
    Warning,
    #[default]
    Ok,
}

impl Health {
    /// The glyph and the word: `✖ error`, `▲ advarsel`, `✔ ok`.
    pub fn glyph(self, lang: Lang) -> String {
        match self {
            Health::Invalid => t!(lang, "health-invalid"),
            Health::Error => t!(lang, "health-error"),
            Health::Warning => t!(lang, "health-warning"),
            Health::Ok => t!(lang, "health-ok"),
        }
    }

    pub const ALL: [Health; 4] = [Health::Invalid, Health::Error, Health::Warning, Health::Ok];
}

/// The table's columns, in order; also what the overview sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    Urgency,
    Municipality,
    Account,
    Platform,
    Approval,
    Review,
    Activity,
    Snapshots,
    Findings,
    /// The account id, shown on wide terminals.
    Id,
}

impl Column {
    pub const ALL: [Column; 10] = [
        Column::Urgency,
        Column::Municipality,
        Column::Account,
        Column::Platform,
        Column::Approval,
        Column::Review,
        Column::Activity,
        Column::Snapshots,
        Column::Findings,
        Column::Id,
    ];

    pub fn title(self, lang: Lang) -> String {
        match self {
            Column::Urgency => t!(lang, "column-status"),
            Column::Municipality => t!(lang, "column-municipality"),
            Column::Account => t!(lang, "column-account"),
            Column::Platform => t!(lang, "column-platform"),
            Column::Approval => t!(lang, "column-approval"),
            Column::Review => t!(lang, "column-review"),
            Column::Activity => t!(lang, "column-activity"),
            Column::Snapshots => t!(lang, "column-snapshots"),
            Column::Findings => t!(lang, "column-findings"),
            Column::Id => t!(lang, "column-id"),
        }
    }

    pub fn next(self) -> Column {
        let i = Column::ALL.iter().position(|c| *c == self).unwrap_or(0);
        Column::ALL[(i + 1) % Column::ALL.len()]
    }
}

/// One line of the overview.
#[derive(Debug, Clone)]
pub struct Row {
    /// The file's path: unique, and stable across reloads.
    pub path: String,
    /// The account id, `None` for an invalid file.
    pub id: Option<String>,
    pub health: Health,
    pub municipality: String,
    pub name: String,
    pub platform: String,
    pub approval: String,
    pub review_date: String,
    pub review_when: String,
    pub activity: String,
    pub snapshots: String,
    pub findings: String,
    /// The text of every column (shown at this width or not), lowercase, for
    /// the `/` filter.
    pub haystack: String,
    pub review_due: Option<Date>,
    /// Sort keys, computed once: sorting compares them 300,000 times at 20,000 rows.
    name_key: String,
    urgency: Urgency,
    pub errors: usize,
    pub warnings: usize,
    pub overdue: bool,
    pub inactive: bool,
    pub snapshot_problem: bool,
    pub evaluation: Option<Evaluation>,
}

/// The approval as the table words it: short, so the column stays narrow.
pub fn approval_word(lang: Lang, approval: Approval) -> String {
    match approval {
        Approval::Pending => t!(lang, "row-approval-pending"),
        Approval::Approved => t!(lang, "row-approval-approved"),
        Approval::ConditionallyApproved => t!(lang, "row-approval-conditional"),
        Approval::NotApproved => t!(lang, "row-approval-not-approved"),
        Approval::NeedsReapproval => t!(lang, "row-approval-reapproval"),
    }
}

/// The snapshots' state as the table words it.
pub fn snapshot_word(lang: Lang, status: SnapshotStatus) -> String {
    match status {
        SnapshotStatus::Ok => t!(lang, "row-snapshots-ok"),
        SnapshotStatus::DueSoon => t!(lang, "row-snapshots-due-soon"),
        SnapshotStatus::Missing => t!(lang, "row-snapshots-missing"),
        SnapshotStatus::Overdue => t!(lang, "row-snapshots-old"),
        SnapshotStatus::NotApplicable => "–".to_owned(),
    }
}

/// The activity as the table words it.
pub fn activity_word(lang: Lang, status: ActivityStatus) -> String {
    match status {
        ActivityStatus::Active => t!(lang, "row-activity-active"),
        ActivityStatus::Inactive => t!(lang, "row-activity-inactive"),
        ActivityStatus::Unknown => t!(lang, "row-activity-unknown"),
        ActivityStatus::NotApplicable => "–".to_owned(),
    }
}

/// Every word a column of the table can hold in `lang`, to size the
/// column for the longest (Norwegian and Swedish words are longer).
pub fn column_words(lang: Lang, column: Column) -> Vec<String> {
    let mut words = vec![column.title(lang)];
    match column {
        Column::Urgency => words.extend(Health::ALL.map(|h| h.glyph(lang))),
        Column::Approval => words.extend(
            [
                Approval::Pending,
                Approval::Approved,
                Approval::ConditionallyApproved,
                Approval::NotApproved,
                Approval::NeedsReapproval,
            ]
            .map(|a| approval_word(lang, a)),
        ),
        Column::Activity => words.extend(
            [
                ActivityStatus::Active,
                ActivityStatus::Inactive,
                ActivityStatus::Unknown,
            ]
            .map(|a| activity_word(lang, a)),
        ),
        Column::Snapshots => words.extend(
            [
                SnapshotStatus::Ok,
                SnapshotStatus::DueSoon,
                SnapshotStatus::Missing,
                SnapshotStatus::Overdue,
            ]
            .map(|a| snapshot_word(lang, a)),
        ),
        _ => {}
    }
    words
}

impl Row {
    pub fn from_report(report: &AccountReport<'_>, today: Date, lang: Lang) -> Row {
        let a = &report.account.assessment;
        let e = &report.evaluation;
        let s = &e.status;
        let (errors, warnings) = (e.errors(), e.warnings());
        let health = match (errors, warnings) {
            (0, 0) => Health::Ok,
            (0, _) => Health::Warning,
            _ => Health::Error,
        };
        let review_due = s.review_due.filter(|_| s.review != ReviewStatus::None);
        let status_word = match a.account.status {
            AccountStatus::Active => String::new(),
            other => format!(" ({})", words::account_status(lang, other)),
        };
        let row = Row {
            path: report.account.path.clone(),
            id: Some(report.account.id.to_string()),
            health,
            municipality: sanitize(&a.account.municipality),
            name: format!("{}{status_word}", sanitize(&a.account.name)),
            platform: enum_word(&a.account.platform),
            approval: approval_word(lang, s.approval),
            review_date: review_due
                .map(|d| d.to_string())
                .unwrap_or_else(|| "–".into()),
            review_when: review_due
                .map(|d| words::relative_days(lang, today, d))
                .unwrap_or_default(),
            activity: activity_word(lang, s.activity),
            snapshots: snapshot_word(lang, s.snapshots),
            findings: if errors + warnings == 0 {
                "–".into()
            } else {
                (errors + warnings).to_string()
            },
            haystack: String::new(),
            review_due,
            name_key: String::new(),
            urgency: Urgency::default(),
            errors,
            warnings,
            overdue: s.review == ReviewStatus::Overdue || s.snapshots == SnapshotStatus::Overdue,
            inactive: s.activity == ActivityStatus::Inactive,
            snapshot_problem: matches!(
                s.snapshots,
                SnapshotStatus::Missing | SnapshotStatus::Overdue | SnapshotStatus::DueSoon
            ),
            evaluation: Some(e.clone()),
        };
        row.finish(lang)
    }

    /// Fills in what is derived from the other fields.
    fn finish(mut self, lang: Lang) -> Row {
        self.haystack = self.text(lang).to_lowercase();
        self.name_key = self.name.to_lowercase();
        self.urgency = (
            self.health,
            std::cmp::Reverse(self.errors + self.warnings),
            due_key(self.review_due),
        );
        self
    }

    pub fn from_invalid(file: &InvalidFile, lang: Lang) -> Row {
        let at = match (file.line, file.column) {
            (Some(l), Some(c)) => format!(" ({})", t!(lang, "row-at", line = l, column = c)),
            _ => String::new(),
        };
        let row = Row {
            path: file.path.clone(),
            id: None,
            health: Health::Invalid,
            municipality: String::new(),
            name: sanitize(&file.path),
            platform: String::new(),
            approval: String::new(),
            review_date: sanitize(&format!(
                "{}{at}",
                crate::i18n::problems::file_problem(lang, &file.message)
            )),
            review_when: String::new(),
            activity: String::new(),
            snapshots: String::new(),
            findings: String::new(),
            haystack: String::new(),
            review_due: None,
            name_key: String::new(),
            urgency: Urgency::default(),
            errors: 1,
            warnings: 0,
            overdue: false,
            inactive: false,
            snapshot_problem: false,
            evaluation: None,
        };
        row.finish(lang)
    }

    fn text(&self, lang: Lang) -> String {
        [
            self.health.glyph(lang).as_str(),
            &self.municipality,
            &self.name,
            &self.path,
            &self.platform,
            &self.approval,
            &self.review_date,
            &self.review_when,
            &self.activity,
            &self.snapshots,
        ]
        .join(" ")
    }

    /// Needs the privacy officer: invalid, or any finding.
    pub fn needs_attention(&self) -> bool {
        self.health != Health::Ok
    }

    /// Compares two rows by `column`; ties fall back to urgency, then path.
    pub fn compare(&self, other: &Row, column: Column) -> std::cmp::Ordering {
        let by_column = match column {
            Column::Urgency => std::cmp::Ordering::Equal,
            Column::Municipality => self.municipality.cmp(&other.municipality),
            Column::Account => self.name_key.cmp(&other.name_key),
            Column::Platform => self.platform.cmp(&other.platform),
            Column::Approval => self.approval.cmp(&other.approval),
            Column::Review => due_key(self.review_due).cmp(&due_key(other.review_due)),
            Column::Activity => self.activity.cmp(&other.activity),
            Column::Snapshots => self.snapshots.cmp(&other.snapshots),
            Column::Findings => (other.errors, other.warnings).cmp(&(self.errors, self.warnings)),
            Column::Id => self.path.cmp(&other.path),
        };
        by_column
            .then_with(|| self.urgency.cmp(&other.urgency))
            .then_with(|| self.path.cmp(&other.path))
    }
}

/// Most urgent first: invalid files, then errors (most findings first), then
/// warnings, then the rest; within each, the earliest review first.
type Urgency = (Health, std::cmp::Reverse<usize>, (bool, Option<Date>));

/// Dates first, earliest first; rows with no date last.
fn due_key(date: Option<Date>) -> (bool, Option<Date>) {
    (date.is_none(), date)
}
