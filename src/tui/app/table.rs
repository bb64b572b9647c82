//! Building the overview's table from a register: every account evaluated
//! and turned into a row, the rows put in their most urgent order, and the
//! reminders worked out and put in words. At 20,000 accounts this is the
//! costly part of a load, so the loader does it off the UI thread, in two
//! steps: the rows while the files load (what the screen shows), the
//! reminders after the table is shown (issue 14).

use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use rayon::prelude::*;
use somevakt_core::Date;
use somevakt_core::Policy;
use somevakt_core::Status;
use somevakt_core::reminders::{Reminder, reminders};
use somevakt_store::{InvalidFile, LoadedAssessment, Register};

use super::list::ReminderRow;
use crate::i18n::{Lang, words};
use crate::tui::rows::{Column, Row, TableWords, due_key};

/// Every row of the overview, their most urgent order (the others are
/// sorted when first asked for), and the reminders if already in words.
#[derive(Debug)]
pub struct Table {
    pub(super) today: Date,
    pub(super) rows: Vec<Row>,
    pub(super) orders: HashMap<Column, Vec<usize>>,
    /// `None` while the loader is still putting them in words.
    pub(super) reminders: Option<Vec<ReminderRow>>,
}

/// The reminders of a table, still to be worked out and put in words: the
/// table is shown without waiting for them (at 20,000 accounts they cost
/// about as much as the rows).
#[derive(Debug)]
pub struct PendingReminders {
    lang: Lang,
    today: Date,
    register: Arc<Register>,
    /// Each account's status on `today`, in the register's order.
    statuses: Vec<Status>,
    /// The table's first rows are the register's accounts in its order,
    /// so a flag per account is a flag per row by place.
    aligned: bool,
}

impl Table {
    /// The whole table of `register` on `today`, reminders included.
    pub fn build(register: &Register, today: Date, lang: Lang) -> Table {
        let mut builder = TableBuilder::new(today, lang).on_trail(register.trail.clone());
        builder.add(&register.policy, &register.accounts);
        let statuses = std::mem::take(&mut builder.statuses);
        let mut table = builder.finish_rows(&register.invalid);
        let (reminders, overdue) = reminder_rows(register, &statuses, today, lang);
        for (row, overdue) in table.rows.iter_mut().zip(overdue) {
            row.overdue = overdue;
        }
        table.reminders = Some(reminders);
        table
    }

    /// The rows of `register` on `today` in their most urgent order, and
    /// the reminders still to be worked out: what a load builds chunk by
    /// chunk ([`TableBuilder`]), at once.
    pub fn build_rows(
        register: &Arc<Register>,
        today: Date,
        lang: Lang,
    ) -> (Table, PendingReminders) {
        let mut builder = TableBuilder::new(today, lang).on_trail(register.trail.clone());
        builder.add(&register.policy, &register.accounts);
        builder.finish(register)
    }
}

/// A table built while the register loads: each chunk of accounts is
/// evaluated and turned into rows as soon as it is read, while the next
/// chunk is being read, so that when the load ends only the invalid files
/// and the urgency order are left to do (issue 14).
#[derive(Debug)]
pub struct TableBuilder {
    today: Date,
    words: TableWords,
    rows: Vec<Row>,
    statuses: Vec<Status>,
    /// Where signing is required, the decisions the trail backs.
    trail: Option<Arc<somevakt_core::Trail>>,
}

impl TableBuilder {
    /// An empty table for `today`, in `lang`.
    pub fn new(today: Date, lang: Lang) -> TableBuilder {
        TableBuilder {
            today,
            words: TableWords::new(lang, today),
            rows: Vec::new(),
            statuses: Vec::new(),
            trail: None,
        }
    }

    /// Lets only the decisions `trail` backs count (signing required, F26).
    pub fn on_trail(mut self, trail: Option<Arc<somevakt_core::Trail>>) -> TableBuilder {
        self.trail = trail;
        self
    }

    /// Adds the rows of `accounts`, under `policy`. Each account is
    /// evaluated and turned into a row in parallel, in one pass (each pass
    /// ends waiting for the slowest core); the row takes its evaluation
    /// rather than a copy; the words rows share are looked up once.
    pub fn add(&mut self, policy: &Policy, accounts: &[LoadedAssessment]) {
        let today = self.today;
        let words = &self.words;
        let trail = self.trail.as_deref();
        let built: Vec<Row> = accounts
            .par_iter()
            .map(|account| {
                let evaluation = account.evaluate_with(policy, trail, today);
                Row::from_evaluation(account, evaluation, words)
            })
            .collect();
        self.statuses.extend(
            built
                .iter()
                .filter_map(|row| row.evaluation.as_ref().map(|e| e.status.clone())),
        );
        self.rows.extend(built);
    }

    /// The table of the accounts added and `register`'s invalid files, in
    /// its most urgent order, and its reminders still to be worked out.
    /// Until they are, a row is overdue as its review or snapshots are;
    /// the reminders add the rest (conditions, closing) when they come.
    pub fn finish(mut self, register: &Arc<Register>) -> (Table, PendingReminders) {
        let (lang, today) = (self.words.lang(), self.today);
        // The load hands the accounts over in the register's order (files
        // are listed by id); checked rather than trusted, as the reminders
        // and the rows' overdue flags rely on it.
        let aligned = self.rows.len() == register.accounts.len()
            && self
                .rows
                .iter()
                .zip(&register.accounts)
                .all(|(row, account)| row.path == account.path);
        let statuses = if aligned {
            std::mem::take(&mut self.statuses)
        } else {
            register
                .accounts
                .par_iter()
                .map(|a| a.evaluate_in(register, today).status)
                .collect()
        };
        let table = self.finish_rows(&register.invalid);
        let pending = PendingReminders {
            lang,
            today,
            register: Arc::clone(register),
            statuses,
            aligned,
        };
        (table, pending)
    }

    /// The rows with those of the `invalid` files, in urgency order.
    fn finish_rows(self, invalid: &[InvalidFile]) -> Table {
        let lang = self.words.lang();
        let mut rows = self.rows;
        rows.extend(invalid.iter().map(|f| Row::from_invalid(f, lang)));
        let mut urgent: Vec<usize> = (0..rows.len()).collect();
        urgent.par_sort_unstable_by(|&a, &b| rows[a].compare(&rows[b], Column::Urgency));
        Table {
            today: self.today,
            rows,
            orders: HashMap::from([(Column::Urgency, urgent)]),
            reminders: None,
        }
    }
}

impl Table {
    /// The rows, in the register's order (invalid files last).
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }
}

impl PendingReminders {
    /// The reminders screen's rows, in the order of `somevakt remind`.
    /// Worked out on this thread alone: it runs while the first keys after
    /// a load are being answered, and leaves them the other core (issue 14).
    pub fn into_rows(self) -> Vec<ReminderRow> {
        self.into_rows_and_overdue().0
    }

    /// The reminders screen's rows, and for each of the table's first rows
    /// (its accounts) whether any of its reminders is overdue; `None` when
    /// those rows are not in the register's order (the reminders then mark
    /// the rows by path).
    pub fn into_rows_and_overdue(self) -> (Vec<ReminderRow>, Option<Vec<bool>>) {
        let (rows, overdue) = reminder_rows(&self.register, &self.statuses, self.today, self.lang);
        (rows, self.aligned.then_some(overdue))
    }
}

/// The reminders of every account of `register` (with its status on
/// `today` in `statuses`), in words, in the order of `somevakt remind`;
/// and per account, in the register's order, whether any is overdue.
fn reminder_rows(
    register: &Register,
    statuses: &[Status],
    today: Date,
    lang: Lang,
) -> (Vec<ReminderRow>, Vec<bool>) {
    let window = i64::from(register.policy.policy.reminder_window_days);
    let thresholds = &register.policy.policy;
    let mut overdue = Vec::with_capacity(statuses.len());
    let mut rows: Vec<ReminderRow> = Vec::new();
    for (account, status) in register.accounts.iter().zip(statuses) {
        let counted = counted(register, account, status, today);
        let due = reminders(&counted, status, thresholds, today, window);
        overdue.push(due.iter().any(Reminder::overdue));
        rows.extend(due_rows(lang, account, due));
    }
    sort_reminders(&mut rows);
    (rows, overdue)
}

/// Marks the rows overdue that have an overdue reminder among `reminders`
/// (and only those), except the files in `keep`, read again since.
pub(super) fn mark_overdue(rows: &mut [Row], reminders: &[ReminderRow], keep: &HashSet<String>) {
    let overdue: HashSet<&str> = reminders
        .iter()
        .filter(|r| r.overdue)
        .map(|r| r.path.as_str())
        .collect();
    for row in rows.iter_mut() {
        if row.id.is_some() && !keep.contains(&row.path) {
            row.overdue = overdue.contains(row.path.as_str());
        }
    }
}

/// One account's reminders as rows (a file read again).
pub(super) fn reminder_rows_of(
    report: &somevakt_core::AccountReport<'_>,
    register: &Register,
    today: Date,
    lang: Lang,
) -> Vec<ReminderRow> {
    let window = i64::from(register.policy.policy.reminder_window_days);
    let account = report.account;
    let counted = counted(register, account, &report.evaluation.status, today);
    let due = reminders(
        &counted,
        &report.evaluation.status,
        &register.policy.policy,
        today,
        window,
    );
    due_rows(lang, account, due).collect()
}

/// What counts of an account for its reminders: where its latest decision
/// is unverified (F26), only the decisions the trail backs, as for its
/// status; else the file as it is.
fn counted<'a>(
    register: &Register,
    account: &'a LoadedAssessment,
    status: &Status,
    today: Date,
) -> std::borrow::Cow<'a, somevakt_core::Assessment> {
    match &register.trail {
        Some(trail) if status.approval == somevakt_core::status::Approval::Unverified => {
            std::borrow::Cow::Owned(trail.backed_only(
                account.id.as_str(),
                &account.assessment,
                today,
            ))
        }
        _ => std::borrow::Cow::Borrowed(&*account.assessment),
    }
}

/// An account's reminders in words, as `somevakt remind` says them.
fn due_rows(
    lang: Lang,
    account: &LoadedAssessment,
    due: Vec<Reminder>,
) -> impl Iterator<Item = ReminderRow> {
    let named = (!due.is_empty()).then(|| {
        (
            account.id.to_string(),
            account.path.clone(),
            crate::text::sanitize(&account.assessment.account.name),
        )
    });
    due.into_iter()
        .zip(std::iter::repeat(named))
        .map(move |(reminder, named)| {
            let (account, path, name) = named.unwrap_or_default();
            let detail = crate::text::sanitize(&words::to_do(lang, &reminder.what));
            let title = words::reminder_kind(lang, reminder.kind);
            let haystack = format!("{title} {name} {account} {detail}").to_lowercase();
            ReminderRow {
                kind: reminder.kind,
                overdue: reminder.overdue(),
                account,
                path,
                name,
                title,
                due: reminder.due,
                days: reminder.days,
                detail,
                haystack,
            }
        })
}

/// Overdue first, then by due date: the order of `somevakt remind`.
pub(super) fn sort_reminders(rows: &mut [ReminderRow]) {
    rows.sort_by(|a, b| {
        (!a.overdue, a.due, &a.account, a.kind).cmp(&(!b.overdue, b.due, &b.account, b.kind))
    });
}

/// Indexes of `rows`, ascending by `column`, for a column chosen for the
/// first time. Any column but urgency sorts the urgency order (`urgent`,
/// when it is up to date) by the column alone, keeping it among equals:
/// the same order as [`Row::compare`], whose ties fall back to urgency
/// then path. Each key is copied out next to its place in that order
/// first, so the sort compares contiguous pairs instead of chasing every
/// row: a key stays within a frame at 20,000 rows (issue 14).
pub fn sorted(rows: &[Row], column: Column, urgent: Option<&[usize]>) -> Vec<usize> {
    let urgent = match urgent.filter(|o| o.len() == rows.len()) {
        Some(order) => order.to_vec(),
        None => {
            // Ties end on the unique path: the order is total, and an
            // unstable sort gives the same result, faster.
            let mut order: Vec<usize> = (0..rows.len()).collect();
            order.sort_unstable_by(|&a, &b| rows[a].compare(&rows[b], Column::Urgency));
            order
        }
    };
    let row = |i: usize| &rows[i];
    match column {
        Column::Urgency => urgent,
        Column::Municipality => by_key(&urgent, |i| row(i).municipality.as_str()),
        Column::Account => by_key(&urgent, |i| prefixed(row(i).name_key(), 0)),
        Column::Platform => by_key(&urgent, |i| row(i).platform),
        Column::Approval => by_key(&urgent, |i| row(i).approval),
        Column::Review => by_key(&urgent, |i| due_key(row(i).review_due)),
        Column::Activity => by_key(&urgent, |i| row(i).activity),
        Column::Snapshots => by_key(&urgent, |i| row(i).snapshots),
        Column::Findings => by_key(&urgent, |i| {
            (Reverse(row(i).errors), Reverse(row(i).warnings))
        }),
        Column::Id => {
            // Every path starts `assessments/`: the number is taken after
            // what all of them share.
            let shared = shared_prefix(rows.iter().map(|r| r.path.as_str()));
            by_key(&urgent, |i| prefixed(&row(i).path, shared))
        }
    }
}

/// A text's sort key with eight of its bytes (from `skip`, which every
/// text shares) up front as a number: most comparisons end on the number,
/// without following the pointer to a text elsewhere in memory. The order
/// is the text's: where the numbers differ, the texts differ at that byte
/// (a text that ends first is padded with zeros, and is the shorter
/// prefix); where they are equal, the texts decide.
fn prefixed(text: &str, skip: usize) -> (u64, &str) {
    let bytes = text.as_bytes().get(skip..).unwrap_or_default();
    let mut head = [0u8; 8];
    let n = bytes.len().min(8);
    head[..n].copy_from_slice(&bytes[..n]);
    (u64::from_be_bytes(head), text)
}

/// How many leading bytes all `texts` share.
fn shared_prefix<'a>(mut texts: impl Iterator<Item = &'a str>) -> usize {
    let Some(first) = texts.next() else {
        return 0;
    };
    texts.fold(first.len(), |shared, text| {
        first.as_bytes()[..shared]
            .iter()
            .zip(text.as_bytes())
            .take_while(|(a, b)| a == b)
            .count()
    })
}

/// `urgent` sorted by `key`, equals in their order in `urgent`: the place
/// in it breaks ties, so the pairs are all different and an unstable sort
/// gives the stable result.
/// Sorted on both cores: the first sort by a column happens on a key.
fn by_key<K: Ord + Send>(urgent: &[usize], key: impl Fn(usize) -> K) -> Vec<usize> {
    let mut keyed: Vec<(K, usize)> = urgent
        .iter()
        .enumerate()
        .map(|(place, &i)| (key(i), place))
        .collect();
    keyed.par_sort_unstable();
    keyed.into_iter().map(|(_, place)| urgent[place]).collect()
}
