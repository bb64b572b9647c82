//! One row of the overview per account or invalid file, with what the table
//! shows already sanitised and its sort and filter keys made, so moving,
//! sorting and filtering at 20,000 rows touch no assessment; the few cells
//! that are numbers or dates are formatted when drawn, for the visible rows.

use crate::i18n::{Lang, words};
use crate::t;
use somevakt_core::AccountReport;
use somevakt_core::Word;
use somevakt_core::model::AccountStatus;
use somevakt_core::status::{ActivityStatus, Approval, ReviewStatus, SnapshotStatus};
use somevakt_core::{Date, Evaluation};
use somevakt_store::{InvalidFile, LoadedAssessment};
use std::sync::OnceLock;

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

/// One line of the overview. Kept compact, as 20,000 of them are built
/// while the dashboard starts: the fixed words (approval, activity,
/// snapshots, platform) point into words looked up once per language, the
/// dates stay dates, and the cells are put together when drawn, for the
/// visible rows only (issue 14).
#[derive(Debug, Clone)]
pub struct Row {
    /// The file's path: unique, and stable across reloads.
    pub path: String,
    /// The account id, `None` for an invalid file.
    pub id: Option<String>,
    pub health: Health,
    pub municipality: String,
    pub name: String,
    /// The platform as the files write it (`facebook`).
    pub platform: &'static str,
    pub approval: &'static str,
    /// The approval in full (`godkjent med vilkår`), for a wide column.
    pub approval_long: &'static str,
    pub activity: &'static str,
    pub snapshots: &'static str,
    /// How far off the review is ("in 12 d", "40 d overdue"); empty when
    /// there is none.
    pub review_when: String,
    /// For an invalid file: what is wrong, and where; empty otherwise.
    pub problem: String,
    /// The text of every column (shown at this width or not), lowercase, for
    /// the `/` filter.
    pub haystack: String,
    pub review_due: Option<Date>,
    /// Sort keys, computed once: sorting compares them 300,000 times at 20,000 rows.
    name_key: String,
    urgency: Urgency,
    pub errors: usize,
    pub warnings: usize,
    /// The audit's violations on this account (errors too): counted in
    /// the Findings column as the detail counts them.
    pub audit: usize,
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
        Approval::Unverified => t!(lang, "row-approval-unverified"),
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

/// The width of the approval's full words in `lang`: the Approval column
/// takes it when the terminal has room (`godkjent med vilkår`, not `med
/// vilkår`).
pub fn approval_long_width(lang: Lang) -> usize {
    APPROVALS
        .iter()
        .map(|a| crate::text::width(&words::approval(lang, *a)))
        .max()
        .unwrap_or(0)
}

/// Every word a column of the table can hold in `lang`, to size the
/// column for the longest (Norwegian and Swedish words are longer).
pub fn column_words(lang: Lang, column: Column) -> Vec<String> {
    let mut words = vec![column.title(lang)];
    match column {
        Column::Urgency => words.extend(Health::ALL.map(|h| h.glyph(lang))),
        Column::Approval => words.extend(APPROVALS.map(|a| approval_word(lang, a))),
        Column::Activity => words.extend(ACTIVITIES[..3].iter().map(|a| activity_word(lang, *a))),
        Column::Snapshots => words.extend(SNAPSHOTS[..4].iter().map(|a| snapshot_word(lang, *a))),
        _ => {}
    }
    words
}

/// The words every row of a table shares, in one language, looked up once
/// per run: asking the translations for "approved" on every one of 20,000
/// rows was a third of building them (issue 14). Rows point into them.
#[derive(Debug)]
pub struct FixedWords {
    health: [String; 4],
    approval: [String; 6],
    approval_long: [String; 6],
    activity: [String; 4],
    snapshots: [String; 5],
    account: [String; 4],
}

impl FixedWords {
    /// The words of `lang`, looked up on first use.
    pub fn of(lang: Lang) -> &'static FixedWords {
        static WORDS: [OnceLock<FixedWords>; 4] = [const { OnceLock::new() }; 4];
        let slot = match lang {
            Lang::Nb => 0,
            Lang::Sv => 1,
            Lang::En => 2,
            Lang::Nn => 3,
        };
        WORDS[slot].get_or_init(|| {
            use AccountStatus as S;
            FixedWords {
                health: Health::ALL.map(|h| h.glyph(lang)),
                approval: APPROVALS.map(|a| approval_word(lang, a)),
                approval_long: APPROVALS.map(|a| words::approval(lang, a)),
                activity: ACTIVITIES.map(|a| activity_word(lang, a)),
                snapshots: SNAPSHOTS.map(|a| snapshot_word(lang, a)),
                account: [S::Planned, S::Active, S::Closing, S::Closed]
                    .map(|a| words::account_status(lang, a)),
            }
        })
    }

    /// The Status column's glyph and word: `✖ error`.
    pub fn health(&self, health: Health) -> &str {
        &self.health[health as usize]
    }
}

/// The table's words in one language on one day: the fixed words, and the
/// relative days ("in 12 d") of review dates, each worded once however
/// many rows share it, by whichever thread meets it first: a load builds
/// rows on every core at once, and a pause to collect the dates first cost
/// each chunk a wait (issue 14).
#[derive(Debug, Clone)]
pub struct TableWords {
    lang: Lang,
    today: Date,
    fixed: &'static FixedWords,
    /// "in 12 d", "40 d overdue", by the days from today to a review
    /// (offset by [`WHEN_DAYS`]); further off, worded every time.
    when: Vec<OnceLock<String>>,
}

/// The days before and after today whose words are kept: a review is due
/// every year or two, so almost all fall within.
const WHEN_DAYS: i64 = 1500;

impl TableWords {
    /// The words of `lang` on `today`.
    pub fn new(lang: Lang, today: Date) -> TableWords {
        let slots = usize::try_from(2 * WHEN_DAYS + 1).unwrap_or(0);
        TableWords {
            lang,
            today,
            fixed: FixedWords::of(lang),
            when: std::iter::repeat_with(OnceLock::new).take(slots).collect(),
        }
    }

    /// The language of these words.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    fn when(&self, due: Date) -> String {
        let (lang, today) = (self.lang, self.today);
        let slot = usize::try_from(today.days_until(due) + WHEN_DAYS)
            .ok()
            .and_then(|i| self.when.get(i));
        match slot {
            Some(slot) => slot
                .get_or_init(|| words::relative_days_short(lang, today, due))
                .clone(),
            None => words::relative_days_short(lang, today, due),
        }
    }
}

const APPROVALS: [Approval; 6] = [
    Approval::Pending,
    Approval::Approved,
    Approval::ConditionallyApproved,
    Approval::NotApproved,
    Approval::NeedsReapproval,
    Approval::Unverified,
];
const ACTIVITIES: [ActivityStatus; 4] = [
    ActivityStatus::Active,
    ActivityStatus::Inactive,
    ActivityStatus::Unknown,
    ActivityStatus::NotApplicable,
];
const SNAPSHOTS: [SnapshotStatus; 5] = [
    SnapshotStatus::Ok,
    SnapshotStatus::DueSoon,
    SnapshotStatus::Missing,
    SnapshotStatus::Overdue,
    SnapshotStatus::NotApplicable,
];
const ACCOUNTS: [AccountStatus; 4] = [
    AccountStatus::Planned,
    AccountStatus::Active,
    AccountStatus::Closing,
    AccountStatus::Closed,
];

/// The position of `value` in `all` (every variant is listed).
fn slot<T: PartialEq>(all: &[T], value: &T) -> usize {
    all.iter().position(|x| x == value).unwrap_or(0)
}

/// The review date a row shows: none while there is nothing to review.
pub fn shown_review(evaluation: &Evaluation) -> Option<Date> {
    let s = &evaluation.status;
    s.review_due.filter(|_| s.review != ReviewStatus::None)
}

/// Appends `part` to `out` in lowercase, as `str::to_lowercase` would
/// (parts are separated by spaces, so no word runs across two), without a
/// copy for the common all-ASCII part.
fn push_lowercase(out: &mut String, part: &str) {
    if part.is_ascii() {
        out.extend(part.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        out.push_str(&part.to_lowercase());
    }
}

impl Row {
    /// One account's row; the evaluation is cloned into it.
    pub fn from_report(report: &AccountReport<'_>, today: Date, lang: Lang) -> Row {
        let e = &report.evaluation;
        let words = TableWords::new(lang, today);
        Row::from_evaluation(report.account, e.clone(), &words)
    }

    /// One account's row, taking its evaluation (a full table moves 20,000
    /// evaluations in rather than copying them), in `words` (of the day
    /// the evaluation is for).
    pub fn from_evaluation(
        account: &LoadedAssessment,
        evaluation: Evaluation,
        words: &TableWords,
    ) -> Row {
        let a = &account.assessment;
        let fixed = words.fixed;
        let s = &evaluation.status;
        let (errors, warnings) = (evaluation.errors(), evaluation.warnings());
        let health = match (errors, warnings) {
            (0, 0) => Health::Ok,
            (0, _) => Health::Warning,
            _ => Health::Error,
        };
        let review_due = shown_review(&evaluation);
        let mut name = sanitize(&a.account.name);
        if a.account.status != AccountStatus::Active {
            name.push_str(" (");
            name.push_str(&fixed.account[slot(&ACCOUNTS, &a.account.status)]);
            name.push(')');
        }
        let row = Row {
            path: account.path.clone(),
            id: Some(account.id.to_string()),
            health,
            municipality: sanitize(&a.account.municipality),
            name,
            platform: a.account.platform.word(),
            approval: &fixed.approval[slot(&APPROVALS, &s.approval)],
            approval_long: &fixed.approval_long[slot(&APPROVALS, &s.approval)],
            activity: &fixed.activity[slot(&ACTIVITIES, &s.activity)],
            snapshots: &fixed.snapshots[slot(&SNAPSHOTS, &s.snapshots)],
            review_when: review_due.map(|d| words.when(d)).unwrap_or_default(),
            problem: String::new(),
            haystack: String::new(),
            review_due,
            name_key: String::new(),
            urgency: Urgency::default(),
            errors,
            warnings,
            audit: 0,
            overdue: s.review == ReviewStatus::Overdue || s.snapshots == SnapshotStatus::Overdue,
            inactive: s.activity == ActivityStatus::Inactive,
            snapshot_problem: matches!(
                s.snapshots,
                SnapshotStatus::Missing | SnapshotStatus::Overdue | SnapshotStatus::DueSoon
            ),
            evaluation: None,
        };
        let mut row = row.finish(fixed.health(health));
        row.evaluation = Some(evaluation);
        row
    }

    /// Fills in what is derived from the other fields.
    fn finish(mut self, glyph: &str) -> Row {
        self.haystack = self.text(glyph);
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
            platform: "",
            approval: "",
            approval_long: "",
            activity: "",
            snapshots: "",
            review_when: String::new(),
            problem: sanitize(&format!(
                "{}{at}",
                crate::i18n::problems::file_problem(lang, &file.message)
            )),
            haystack: String::new(),
            review_due: None,
            name_key: String::new(),
            urgency: Urgency::default(),
            errors: 1,
            warnings: 0,
            audit: 0,
            overdue: false,
            inactive: false,
            snapshot_problem: false,
            evaluation: None,
        };
        row.finish(FixedWords::of(lang).health(Health::Invalid))
    }

    /// The Review column's date: the problem of an invalid file, `–` when
    /// there is no review.
    pub fn review_date(&self) -> String {
        match (self.id.is_some(), self.review_due) {
            (false, _) => self.problem.clone(),
            (true, Some(due)) => due.to_string(),
            (true, None) => "–".to_owned(),
        }
    }

    /// The Findings column: how many, `–` for none.
    pub fn findings(&self) -> String {
        match self.errors + self.warnings + self.audit {
            0 if self.id.is_some() => "–".to_owned(),
            _ if self.id.is_none() => String::new(),
            n => n.to_string(),
        }
    }

    /// Every column's text joined by spaces, lowercase, in one string.
    fn text(&self, glyph: &str) -> String {
        let review_date = self.review_date();
        let parts = [
            glyph,
            &self.municipality,
            &self.name,
            &self.path,
            self.platform,
            self.approval,
            &review_date,
            &self.review_when,
            self.activity,
            self.snapshots,
        ];
        let mut text = String::with_capacity(parts.iter().map(|p| p.len() + 1).sum());
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                text.push(' ');
            }
            push_lowercase(&mut text, part);
        }
        text
    }

    /// The name as the Account column sorts it (lowercase).
    pub fn name_key(&self) -> &str {
        &self.name_key
    }

    /// Needs the privacy officer: invalid, or any finding.
    pub fn needs_attention(&self) -> bool {
        self.health != Health::Ok
    }

    /// Compares two rows by `column`; ties fall back to urgency, then path.
    pub fn compare(&self, other: &Row, column: Column) -> std::cmp::Ordering {
        self.compare_column(other, column)
            .then_with(|| self.urgency.cmp(&other.urgency))
            .then_with(|| self.path.cmp(&other.path))
    }

    /// Compares two rows by `column` alone (urgency: always equal).
    pub fn compare_column(&self, other: &Row, column: Column) -> std::cmp::Ordering {
        match column {
            Column::Urgency => std::cmp::Ordering::Equal,
            Column::Municipality => self.municipality.cmp(&other.municipality),
            Column::Account => self.name_key.cmp(&other.name_key),
            Column::Platform => self.platform.cmp(other.platform),
            Column::Approval => self.approval.cmp(other.approval),
            Column::Review => due_key(self.review_due).cmp(&due_key(other.review_due)),
            Column::Activity => self.activity.cmp(other.activity),
            Column::Snapshots => self.snapshots.cmp(other.snapshots),
            Column::Findings => (other.errors, other.warnings).cmp(&(self.errors, self.warnings)),
            Column::Id => self.path.cmp(&other.path),
        }
    }
}

/// Most urgent first: invalid files, then errors (most findings first), then
/// warnings, then the rest; within each, the earliest review first.
type Urgency = (Health, std::cmp::Reverse<usize>, (bool, Option<Date>));

/// Dates first, earliest first; rows with no date last.
pub fn due_key(date: Option<Date>) -> (bool, Option<Date>) {
    (date.is_none(), date)
}
