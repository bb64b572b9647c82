//! Building the overview's table from a register: every account evaluated
//! and turned into a row, the rows put in their most urgent order, and the
//! reminders put in words. At 20,000 accounts this is the costly part of
//! a load, so the loader does it off the UI thread, in two steps: the rows
//! first (what the screen shows), the reminders' words after (issue 14).

use std::cmp::Reverse;
use std::collections::HashMap;

use rayon::prelude::*;
use somevakt_core::Date;
use somevakt_core::reminders::{Reminder, reminders};
use somevakt_store::Register;

use super::list::ReminderRow;
use crate::i18n::{Lang, words};
use crate::tui::rows::{Column, Row, TableWords, due_key, shown_review};

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

/// The reminders of a table, worked out but not yet put in words: the
/// table is shown without waiting for them.
#[derive(Debug)]
pub struct PendingReminders {
    lang: Lang,
    /// In the register's order, each account's in its own order.
    items: Vec<Due>,
}

/// One reminder with the account it is for.
#[derive(Debug)]
struct Due {
    account: String,
    path: String,
    name: String,
    reminder: Reminder,
}

impl Table {
    /// The whole table of `register` on `today`, reminders included.
    pub fn build(register: &Register, today: Date, lang: Lang) -> Table {
        let (mut table, pending) = Table::build_rows(register, today, lang);
        table.reminders = Some(pending.into_rows());
        table
    }

    /// The rows of `register` on `today` in their most urgent order, and
    /// the reminders still to be put in words. Each account is evaluated
    /// and turned into a row in parallel; the row takes its evaluation
    /// rather than a copy; the words every row shares are looked up once.
    pub fn build_rows(register: &Register, today: Date, lang: Lang) -> (Table, PendingReminders) {
        let window = i64::from(register.policy.policy.reminder_window_days);
        let thresholds = &register.policy.policy;
        let reports = somevakt_core::evaluate_all(register, today);
        let words = TableWords::new(
            lang,
            today,
            reports.iter().filter_map(|r| shown_review(&r.evaluation)),
        );
        let (mut rows, dues): (Vec<Row>, Vec<Vec<Due>>) = reports
            .into_par_iter()
            .map(|report| {
                let account = report.account;
                let status = &report.evaluation.status;
                let due = reminders(&account.assessment, status, thresholds, today, window);
                let mut row = Row::from_evaluation(account, report.evaluation, today, &words);
                // Anything overdue on the reminders screen, as there.
                row.overdue = due.iter().any(Reminder::overdue);
                let due = due
                    .into_iter()
                    .map(|reminder| Due {
                        account: account.id.to_string(),
                        path: account.path.clone(),
                        name: crate::text::sanitize(&account.assessment.account.name),
                        reminder,
                    })
                    .collect();
                (row, due)
            })
            .unzip();
        rows.extend(register.invalid.iter().map(|f| Row::from_invalid(f, lang)));
        let mut urgent: Vec<usize> = (0..rows.len()).collect();
        urgent.par_sort_unstable_by(|&a, &b| rows[a].compare(&rows[b], Column::Urgency));
        let table = Table {
            today,
            rows,
            orders: HashMap::from([(Column::Urgency, urgent)]),
            reminders: None,
        };
        let items = dues.into_iter().flatten().collect();
        (table, PendingReminders { lang, items })
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
    pub fn into_rows(self) -> Vec<ReminderRow> {
        let lang = self.lang;
        let mut rows: Vec<ReminderRow> = self
            .items
            .into_par_iter()
            .map(|due| reminder_row(lang, due))
            .collect();
        sort_reminders(&mut rows);
        rows
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
    reminders(
        &account.assessment,
        &report.evaluation.status,
        &register.policy.policy,
        today,
        window,
    )
    .into_iter()
    .map(|reminder| {
        let due = Due {
            account: account.id.to_string(),
            path: account.path.clone(),
            name: crate::text::sanitize(&account.assessment.account.name),
            reminder,
        };
        reminder_row(lang, due)
    })
    .collect()
}

/// A reminder in words, as `somevakt remind` says it.
fn reminder_row(lang: Lang, due: Due) -> ReminderRow {
    let Due {
        account,
        path,
        name,
        reminder,
    } = due;
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
        Column::Account => by_key(&urgent, |i| row(i).name_key()),
        Column::Platform => by_key(&urgent, |i| row(i).platform.as_str()),
        Column::Approval => by_key(&urgent, |i| row(i).approval.as_str()),
        Column::Review => by_key(&urgent, |i| due_key(row(i).review_due)),
        Column::Activity => by_key(&urgent, |i| row(i).activity.as_str()),
        Column::Snapshots => by_key(&urgent, |i| row(i).snapshots.as_str()),
        Column::Findings => by_key(&urgent, |i| {
            (Reverse(row(i).errors), Reverse(row(i).warnings))
        }),
        Column::Id => by_key(&urgent, |i| row(i).path.as_str()),
    }
}

/// `urgent` sorted by `key`, equals in their order in `urgent`: the place
/// in it breaks ties, so the pairs are all different and an unstable sort
/// gives the stable result.
fn by_key<K: Ord>(urgent: &[usize], key: impl Fn(usize) -> K) -> Vec<usize> {
    let mut keyed: Vec<(K, usize)> = urgent
        .iter()
        .enumerate()
        .map(|(place, &i)| (key(i), place))
        .collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, place)| urgent[place]).collect()
}
