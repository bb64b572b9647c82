//! The words for the domain's closed sets (states, reminder kinds) and for
//! dates, in each language. Each match names its message id literally, so
//! the test that finds unused messages can see it.

use somevakt_core::Date;
use somevakt_core::model::AccountStatus;
use somevakt_core::reminders::{ReminderKind, ToDo};
use somevakt_core::status::{ActivityStatus, Approval, ReviewStatus, SnapshotStatus};

use super::{Lang, number};
use crate::t;

/// A date in prose, as the language writes it: `15 January 2025`,
/// `15. januar 2025`, `15 januari 2025`. Tables keep ISO dates.
pub fn long_date(lang: Lang, date: Date) -> String {
    let (year, month, day) = date.ymd();
    t!(
        lang,
        "date-long",
        day = number(day),
        month = number(month),
        year = year.to_string()
    )
}

/// How far `due` is from `today`, in the dashboard's narrow columns:
/// `today`, `in 12 d`, `40 d overdue` (`om 12 d`, `40 d over frist`).
pub fn relative_days_short(lang: Lang, today: Date, due: Date) -> String {
    match today.days_until(due) {
        0 => t!(lang, "when-today"),
        n if n > 0 => t!(lang, "when-in-days-short", days = n),
        n => t!(lang, "when-overdue-short", days = -n),
    }
}

/// How far `due` is from `today`, in words: `in 12 days`, `40 days
/// overdue` (`om 12 dager`, `40 dager over fristen`).
pub fn relative_days(lang: Lang, today: Date, due: Date) -> String {
    match today.days_until(due) {
        0 => t!(lang, "when-today"),
        n if n > 0 => t!(lang, "when-in-days", days = n),
        n => t!(lang, "when-overdue", days = -n),
    }
}

/// Like [`relative_days`], with `tomorrow` for one day ahead (the digest).
pub fn when(lang: Lang, days: i64) -> String {
    match days {
        1 => t!(lang, "when-tomorrow"),
        0 => t!(lang, "when-today"),
        d if d > 0 => t!(lang, "when-in-days", days = d),
        d => t!(lang, "when-overdue", days = -d),
    }
}

/// What is due, in words.
pub fn reminder_kind(lang: Lang, kind: ReminderKind) -> String {
    match kind {
        ReminderKind::Review => t!(lang, "reminder-review"),
        ReminderKind::Conditions => t!(lang, "reminder-conditions"),
        ReminderKind::Snapshot => t!(lang, "reminder-snapshot"),
        ReminderKind::Inactive => t!(lang, "reminder-inactive"),
        ReminderKind::ClosingSnapshot => t!(lang, "reminder-closing-snapshot"),
    }
}

/// What to do about a reminder, with its dates in prose.
pub fn to_do(lang: Lang, what: &ToDo) -> String {
    match what {
        ToDo::ReviewDecided(date) => {
            t!(lang, "todo-review-decided", date = long_date(lang, *date))
        }
        ToDo::MeetConditions(conditions) if conditions.is_empty() => {
            t!(lang, "todo-conditions-unnamed")
        }
        ToDo::MeetConditions(conditions) => {
            t!(lang, "todo-conditions", conditions = conditions.join("; "))
        }
        ToDo::SnapshotAfter(date) => {
            t!(lang, "todo-snapshot-after", date = long_date(lang, *date))
        }
        ToDo::FirstSnapshot => t!(lang, "todo-first-snapshot"),
        ToDo::Inactive(date) => t!(lang, "todo-inactive", date = long_date(lang, *date)),
        ToDo::ClosingSnapshot => t!(lang, "todo-closing-snapshot"),
    }
}

/// An account's lifecycle state.
pub fn account_status(lang: Lang, status: AccountStatus) -> String {
    match status {
        AccountStatus::Planned => t!(lang, "account-planned"),
        AccountStatus::Active => t!(lang, "account-active"),
        AccountStatus::Closing => t!(lang, "account-closing"),
        AccountStatus::Closed => t!(lang, "account-closed"),
    }
}

/// The approval, in the guidance's words (godkjent / godkjent med vilkår /
/// ikke godkjent; godkänd / villkorat godkänd / inte godkänd).
pub fn approval(lang: Lang, approval: Approval) -> String {
    match approval {
        Approval::Pending => t!(lang, "approval-pending"),
        Approval::Approved => t!(lang, "approval-approved"),
        Approval::ConditionallyApproved => t!(lang, "approval-conditionally-approved"),
        Approval::NotApproved => t!(lang, "approval-not-approved"),
        Approval::NeedsReapproval => t!(lang, "approval-needs-reapproval"),
        Approval::Unverified => t!(lang, "approval-unverified"),
    }
}

/// The review's state.
pub fn review(lang: Lang, review: ReviewStatus) -> String {
    match review {
        ReviewStatus::None => t!(lang, "review-none"),
        ReviewStatus::Ok => t!(lang, "review-ok"),
        ReviewStatus::DueSoon => t!(lang, "review-due-soon"),
        ReviewStatus::Overdue => t!(lang, "review-overdue"),
    }
}

/// Whether the account is kept alive.
pub fn activity(lang: Lang, activity: ActivityStatus) -> String {
    match activity {
        ActivityStatus::Active => t!(lang, "activity-active"),
        ActivityStatus::Inactive => t!(lang, "activity-inactive"),
        ActivityStatus::Unknown => t!(lang, "activity-unknown"),
        ActivityStatus::NotApplicable => t!(lang, "activity-not-applicable"),
    }
}

/// The archived snapshots' state.
pub fn snapshots(lang: Lang, snapshots: SnapshotStatus) -> String {
    match snapshots {
        SnapshotStatus::Ok => t!(lang, "snapshots-ok"),
        SnapshotStatus::DueSoon => t!(lang, "snapshots-due-soon"),
        SnapshotStatus::Missing => t!(lang, "snapshots-missing"),
        SnapshotStatus::Overdue => t!(lang, "snapshots-overdue"),
        SnapshotStatus::NotApplicable => t!(lang, "snapshots-not-applicable"),
    }
}

/// The comments of a new assessment file (`somevakt new`, `+`), in `lang`:
/// the repository's language, so a Norwegian register gets Norwegian notes.
pub fn template_comments(
    lang: Lang,
    name: &str,
    today: somevakt_core::Date,
) -> somevakt_core::edit::TemplateComments {
    somevakt_core::edit::TemplateComments {
        heading: t!(
            lang,
            "template-heading",
            name = name.trim().to_owned(),
            date = long_date(lang, today)
        ),
        fill_in: t!(lang, "template-fill-in"),
        manager: t!(lang, "template-manager"),
    }
}
