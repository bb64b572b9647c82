//! What falls due: the items `somevakt remind` and the dashboard's reminders
//! screen list, from one function so the two can never disagree.

use serde::Serialize;

use super::Status;
use super::date::Date;
use super::model::{AccountStatus, Assessment, Outcome};
use super::policy::Thresholds;
use super::status::{ActivityStatus, has_closing_snapshot, needs_closing_snapshot};

/// The kinds of things that fall due.
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
pub enum ReminderKind {
    /// The DPIA goes back for review (R33).
    Review,
    /// The conditions of a conditional approval must be met (R36).
    Conditions,
    /// The yearly snapshot (R46).
    Snapshot,
    /// No post for too long: update or close (R48, R49).
    Inactive,
    /// A closing account needs its snapshot before closing (R47).
    ClosingSnapshot,
}

impl ReminderKind {
    /// What is due, in words.
    pub fn title(self) -> &'static str {
        match self {
            ReminderKind::Review => "DPIA review",
            ReminderKind::Conditions => "Conditions of the approval",
            ReminderKind::Snapshot => "Yearly snapshot",
            ReminderKind::Inactive => "Inactive: update or close",
            ReminderKind::ClosingSnapshot => "Snapshot before closing",
        }
    }
}

/// One thing that is due for one account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reminder {
    /// What falls due.
    pub kind: ReminderKind,
    /// When it falls due.
    pub due: Date,
    /// Days from today to `due`: negative when overdue.
    pub days: i64,
    /// What to do, for a person, in English (the JSON output's `detail`).
    pub detail: String,
    /// The same as data, so a face can say it in the reader's language.
    #[serde(skip)]
    pub what: ToDo,
}

/// What a reminder asks for, with the facts its words need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ToDo {
    /// Review the DPIA and take it to management; the latest decision's date.
    ReviewDecided(Date),
    /// Meet these conditions (empty: the decision names none).
    MeetConditions(Vec<String>),
    /// Archive a snapshot; the latest one's date.
    SnapshotAfter(Date),
    /// Archive a snapshot: none was ever taken.
    FirstSnapshot,
    /// No post since this day: update the account or close it.
    Inactive(Date),
    /// Archive the snapshot before closing.
    ClosingSnapshot,
}

impl ToDo {
    /// The English sentence kept in `detail`.
    pub fn english(&self) -> String {
        match self {
            ToDo::ReviewDecided(date) => {
                format!("Review the DPIA and take it to management (decided {date})")
            }
            ToDo::MeetConditions(conditions) => {
                let what = if conditions.is_empty() {
                    "the conditions".to_owned()
                } else {
                    conditions.join("; ")
                };
                format!("Meet the conditions and take the revised DPIA to management: {what}")
            }
            ToDo::SnapshotAfter(date) => {
                format!("Archive a snapshot (the latest is from {date})")
            }
            ToDo::FirstSnapshot => "Archive a snapshot: none has ever been taken".to_owned(),
            ToDo::Inactive(date) => {
                format!("No post since {date}: update the account or close it")
            }
            ToDo::ClosingSnapshot => {
                "Archive a snapshot before the account is closed (kind = \"before_closing\")"
                    .to_owned()
            }
        }
    }
}

impl Reminder {
    /// Whether the due date has passed.
    pub fn overdue(&self) -> bool {
        self.days < 0
    }
}

/// Everything about `a` that is overdue or falls due within `within_days`.
pub fn reminders(
    a: &Assessment,
    status: &Status,
    policy: &Thresholds,
    today: Date,
    within_days: i64,
) -> Vec<Reminder> {
    // Entries dated after today count as absent, as they do for the status (F21).
    let counted = a.as_of(today);
    let a = counted.as_ref();
    let candidates = [
        review(a, policy),
        conditions(a),
        snapshot(a, status, policy, today),
        inactive(a, status, policy),
        closing_snapshot(a, today),
    ];
    let mut items: Vec<Reminder> = candidates
        .into_iter()
        .flatten()
        .map(|(kind, due, what)| Reminder {
            kind,
            due,
            days: today.days_until(due),
            detail: what.english(),
            what,
        })
        .filter(|r| r.days <= within_days)
        .collect();
    items.sort_by_key(|r| (r.due, r.kind));
    items
}

type Candidate = Option<(ReminderKind, Date, ToDo)>;

/// The review on its own date; conditions come as their own item, so the
/// review here is not brought forward by them. Nothing to review before a
/// decision, nor on a closed account (as for the status).
fn review(a: &Assessment, policy: &Thresholds) -> Candidate {
    let due = crate::status::cycle_due(a, policy)?;
    let latest = a.latest_decision()?;
    Some((ReminderKind::Review, due, ToDo::ReviewDecided(latest.date)))
}

fn conditions(a: &Assessment) -> Candidate {
    if a.account.status == AccountStatus::Closed {
        return None;
    }
    let latest = a.latest_decision()?;
    if latest.outcome != Outcome::ConditionallyApproved {
        return None;
    }
    let due = latest.conditions_due?;
    Some((
        ReminderKind::Conditions,
        due,
        ToDo::MeetConditions(latest.conditions.clone()),
    ))
}

/// The yearly snapshot of an active account; one never taken is due a
/// snapshot period after the account was created, or now if that is unknown.
/// A closing account is asked for its snapshot before closing instead.
fn snapshot(a: &Assessment, status: &Status, policy: &Thresholds, today: Date) -> Candidate {
    if a.account.status != AccountStatus::Active {
        return None;
    }
    match (status.snapshot_due, a.latest_snapshot()) {
        (Some(due), Some(last)) => {
            Some((ReminderKind::Snapshot, due, ToDo::SnapshotAfter(last.date)))
        }
        _ => {
            let months = i64::from(policy.snapshot_max_age_months);
            let due = a.account.created.map_or(today, |c| c.add_months(months));
            Some((ReminderKind::Snapshot, due, ToDo::FirstSnapshot))
        }
    }
}

/// Due on the first day the account counts as inactive.
fn inactive(a: &Assessment, status: &Status, policy: &Thresholds) -> Candidate {
    if a.account.status != AccountStatus::Active || status.activity != ActivityStatus::Inactive {
        return None;
    }
    let last = a.activity.last_post?;
    let due = last.add_days(i64::from(policy.inactive_after_days) + 1);
    Some((ReminderKind::Inactive, due, ToDo::Inactive(last)))
}

/// Due when the closing was decided, or now if that is not recorded.
fn closing_snapshot(a: &Assessment, today: Date) -> Candidate {
    if !needs_closing_snapshot(a) || has_closing_snapshot(a) {
        return None;
    }
    let due = a.closing.as_ref().and_then(|c| c.decided).unwrap_or(today);
    Some((ReminderKind::ClosingSnapshot, due, ToDo::ClosingSnapshot))
}
