//! The four things the dashboard shows for every account (docs/format.md, "Status").
//!
//! Pure functions of (assessment, policy, today): no clock, no I/O.

use serde::Serialize;

use super::date::Date;
use super::digest::{V1_PREFIX, digest_matches};
use super::model::{AccountStatus, Assessment, Dpia, Outcome, SnapshotKind};
use super::policy::Thresholds;

/// Where the management decision stands (R34-R37).
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
pub enum Approval {
    /// No decision dated on or before today.
    Pending,
    /// Approved by the latest decision.
    Approved,
    /// Approved on conditions by the latest decision.
    ConditionallyApproved,
    /// Not approved: the channel must not be used.
    NotApproved,
    /// The DPIA changed after the latest decision, so that decision no longer covers it.
    NeedsReapproval,
    /// The policy requires signing and the trail does not back the latest
    /// decision (typed in by hand, unsigned, by a non-approver, changed):
    /// it does not count (F26).
    Unverified,
}

/// Whether the DPIA review falls due (R33, R36).
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
pub enum ReviewStatus {
    /// Nothing to review: nothing decided, or the account is closed.
    None,
    /// Not yet due.
    Ok,
    /// Due within the reminder window.
    DueSoon,
    /// Past its due date (F05).
    Overdue,
}

/// Whether the account is kept alive (R48).
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
pub enum ActivityStatus {
    /// Posted within the limit.
    Active,
    /// No post for longer than the limit (F12).
    Inactive,
    /// No date of the last post (or one after today).
    Unknown,
    /// Planned or closed: not publishing.
    NotApplicable,
}

/// Whether the account is archived as the guidance asks (R46, R47).
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
pub enum SnapshotStatus {
    /// Archived as required.
    Ok,
    /// The yearly snapshot falls due within the reminder window.
    DueSoon,
    /// No snapshot at all, or no snapshot before closing (F17, F18).
    Missing,
    /// The latest snapshot is older than the limit (F17).
    Overdue,
    /// Planned: nothing to archive yet.
    NotApplicable,
}

/// The computed status of one account on one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// Where the management decision stands.
    pub approval: Approval,
    /// Whether the DPIA review falls due.
    pub review: ReviewStatus,
    /// When the review is due; `None` when the review is `none`.
    pub review_due: Option<Date>,
    /// Whether the account is kept alive.
    pub activity: ActivityStatus,
    /// Whether the account is archived as required.
    pub snapshots: SnapshotStatus,
    /// When the next yearly snapshot is due (active and closing accounts).
    pub snapshot_due: Option<Date>,
}

/// The status of `assessment` on `today` under `policy`.
///
/// Entries dated after today count as absent (F21): the status is computed
/// on [`Assessment::as_of`].
pub fn status(assessment: &Assessment, policy: &Thresholds, today: Date) -> Status {
    status_knowing(assessment, None, policy, today)
}

/// [`status`], given the digest of `assessment.dpia` where it is already
/// known (a load keeps it: [`crate::register::LoadedAssessment`]), so it is
/// not worked out again on every evaluation.
pub(crate) fn status_knowing(
    assessment: &Assessment,
    dpia_digest: Option<&str>,
    policy: &Thresholds,
    today: Date,
) -> Status {
    let counted = assessment.as_of(today);
    let a = counted.as_ref();
    let review_due = review_due(a, policy);
    let snapshot_due = snapshot_due(a, policy);
    Status {
        // The digest is compared with the DPIA as written: leaving a future
        // date out for the status does not change what management saw.
        approval: approval_knowing(a, &assessment.dpia, dpia_digest),
        review: review_status(review_due, policy, today),
        review_due,
        activity: activity(a, policy, today),
        snapshots: snapshots(a, snapshot_due, policy, today),
        snapshot_due,
    }
}

/// The latest decision; `needs_reapproval` when it was taken on another DPIA.
///
/// Give it the assessment as it counts today ([`Assessment::as_of`]).
pub fn approval(assessment: &Assessment) -> Approval {
    approval_knowing(assessment, &assessment.dpia, None)
}

/// [`approval`] of the decisions in `assessment`, compared with `dpia` as
/// written, whose current digest is `current` when it is already known.
fn approval_knowing(assessment: &Assessment, dpia: &Dpia, current: Option<&str>) -> Approval {
    let Some(latest) = assessment.latest_decision() else {
        return Approval::Pending;
    };
    // A decision written by hand may lack a digest; it cannot be compared,
    // so it stands as written, and F22 says that nobody can tell.
    // The digest kept with a load is the current rule's; a decision
    // recorded under the old rule (`sha256:`) is compared by that rule.
    // A refusal stays a refusal whatever DPIA it was taken on: a changed
    // DPIA does not make a refused channel any less refused.
    if latest.outcome != Outcome::NotApproved
        && let Some(digest) = latest.dpia_digest.as_deref().map(str::trim)
        && !digest.is_empty()
        && match current {
            Some(c) if !digest.starts_with(V1_PREFIX) => digest != c,
            _ => !digest_matches(digest, dpia),
        }
    {
        return Approval::NeedsReapproval;
    }
    match latest.outcome {
        Outcome::Approved => Approval::Approved,
        Outcome::ConditionallyApproved => Approval::ConditionallyApproved,
        Outcome::NotApproved => Approval::NotApproved,
    }
}

/// When the review cycle last started: the later of the latest decision
/// and the latest `[[reviews]]` entry (docs/format.md, "Status"). Give it
/// the assessment as it counts today ([`Assessment::as_of`]).
pub fn review_base(assessment: &Assessment) -> Option<Date> {
    let decided = assessment.latest_decision().map(|d| d.date);
    let reviewed = assessment.latest_review().map(|r| r.date);
    decided.max(reviewed)
}

/// Whether `dpia.next_review` is set but ignored, being on or before the
/// latest decision or review, which restarted the cycle (F24).
pub fn stale_next_review(assessment: &Assessment) -> Option<(Date, Date)> {
    let next = assessment.dpia.next_review?;
    let base = review_base(assessment)?;
    (next <= base).then_some((next, base))
}

/// Whether the account was never in use: no decision approved it and no
/// post is recorded. A plan dropped before the channel opened published
/// nothing, so there is nothing to archive (F18) or review.
pub fn never_in_use(assessment: &Assessment) -> bool {
    assessment.activity.last_post.is_none()
        && !assessment.decisions.iter().any(|d| {
            matches!(
                d.outcome,
                Outcome::Approved | Outcome::ConditionallyApproved
            )
        })
}

/// When the DPIA must be reviewed (R33, R36): the cycle starts at the later
/// of the latest decision and the latest review; it is due
/// `review_interval_months` after that, or on `dpia.next_review` when that
/// is later than the start (an earlier one is ignored: F24). A conditional
/// approval is due no later than its conditions, when the revised DPIA goes
/// back to management. `None` when nothing was decided, for a closed
/// account, which no longer processes anything to review, and for a planned
/// account whose latest decision refused it: it never opened
/// (docs/format.md, lifecycle table).
pub fn review_due(assessment: &Assessment, policy: &Thresholds) -> Option<Date> {
    let base = cycle_due(assessment, policy)?;
    let latest = assessment.latest_decision()?;
    let conditions_due = (latest.outcome == Outcome::ConditionallyApproved)
        .then_some(latest.conditions_due)
        .flatten();
    Some(match conditions_due {
        Some(c) if c < base => c,
        _ => base,
    })
}

/// [`review_due`] without the conditions: the periodic review alone.
pub fn cycle_due(assessment: &Assessment, policy: &Thresholds) -> Option<Date> {
    let latest = assessment.latest_decision()?;
    match assessment.account.status {
        AccountStatus::Closed => return None,
        AccountStatus::Planned if latest.outcome == Outcome::NotApproved => return None,
        _ => {}
    }
    let start = review_base(assessment).unwrap_or(latest.date);
    Some(match assessment.dpia.next_review {
        Some(next) if next > start => next,
        _ => start.add_months(i64::from(policy.review_interval_months)),
    })
}

fn review_status(due: Option<Date>, policy: &Thresholds, today: Date) -> ReviewStatus {
    let Some(due) = due else {
        return ReviewStatus::None;
    };
    deadline(
        due,
        policy,
        today,
        ReviewStatus::Ok,
        ReviewStatus::DueSoon,
        ReviewStatus::Overdue,
    )
}

/// Sorts a deadline into ok / due soon (within the reminder window, today
/// included) / overdue (after the day).
fn deadline<T>(due: Date, policy: &Thresholds, today: Date, ok: T, soon: T, overdue: T) -> T {
    let days_left = today.days_until(due);
    if days_left < 0 {
        overdue
    } else if days_left <= i64::from(policy.reminder_window_days) {
        soon
    } else {
        ok
    }
}

/// Inactive when the last post is more than `inactive_after_days` old (R48).
/// Give it the assessment as it counts today ([`Assessment::as_of`]).
pub fn activity(assessment: &Assessment, policy: &Thresholds, today: Date) -> ActivityStatus {
    match assessment.account.status {
        AccountStatus::Planned | AccountStatus::Closed => ActivityStatus::NotApplicable,
        AccountStatus::Active | AccountStatus::Closing => match assessment.activity.last_post {
            None => ActivityStatus::Unknown,
            Some(last) if last.days_until(today) > i64::from(policy.inactive_after_days) => {
                ActivityStatus::Inactive
            }
            Some(_) => ActivityStatus::Active,
        },
    }
}

/// When the next yearly snapshot is due: the latest snapshot of any kind plus
/// the maximum age. `None` when none is needed or none was ever taken.
pub fn snapshot_due(assessment: &Assessment, policy: &Thresholds) -> Option<Date> {
    if !assessment.account.status.in_use() {
        return None;
    }
    let latest = assessment.latest_snapshot()?;
    Some(
        latest
            .date
            .add_months(i64::from(policy.snapshot_max_age_months)),
    )
}

/// Whether a snapshot was taken before closing that holds everything
/// published: a `before_closing` snapshot dated on or after
/// `activity.last_post` (any, when no post is recorded) (R47, F18).
pub fn has_closing_snapshot(assessment: &Assessment) -> bool {
    let last_post = assessment.activity.last_post;
    assessment
        .snapshots
        .iter()
        .any(|s| s.kind == SnapshotKind::BeforeClosing && last_post.is_none_or(|p| s.date >= p))
}

/// Whether the account needs a `before_closing` snapshot: it is closing or
/// closed, and it was in use (R47, F18).
pub fn needs_closing_snapshot(assessment: &Assessment) -> bool {
    matches!(
        assessment.account.status,
        AccountStatus::Closing | AccountStatus::Closed
    ) && !never_in_use(assessment)
}

fn snapshots(
    assessment: &Assessment,
    due: Option<Date>,
    policy: &Thresholds,
    today: Date,
) -> SnapshotStatus {
    match assessment.account.status {
        AccountStatus::Planned => SnapshotStatus::NotApplicable,
        // A plan dropped before it opened published nothing to archive.
        AccountStatus::Closing | AccountStatus::Closed if never_in_use(assessment) => {
            SnapshotStatus::NotApplicable
        }
        // Closing or closed, the snapshot that counts is the one before closing.
        AccountStatus::Closing | AccountStatus::Closed if !has_closing_snapshot(assessment) => {
            SnapshotStatus::Missing
        }
        AccountStatus::Closed => SnapshotStatus::Ok,
        // A closing account still publishes until it is closed, so its
        // yearly snapshot keeps counting too (R46).
        AccountStatus::Active | AccountStatus::Closing => match due {
            None => SnapshotStatus::Missing,
            Some(due) => deadline(
                due,
                policy,
                today,
                SnapshotStatus::Ok,
                SnapshotStatus::DueSoon,
                SnapshotStatus::Overdue,
            ),
        },
    }
}
