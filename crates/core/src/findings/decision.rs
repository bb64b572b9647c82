//! The DPIA and the management decision on it: F01-F05 and F22 (R15, R17,
//! R33-R38, KS chapter 8).

use super::{Arg, Finding, Fix, Phrase, Severity, finding, listing};
use crate::date::Date;
use crate::edit::authority;
use crate::model::{Assessment, Level, Outcome, filled};
use crate::status::{Approval, ReviewStatus, Status};

const DECIDE: &str = "somevakt decide ID --outcome OUTCOME --body TEXT --rationale TEXT";

/// Whether a decision with `outcome` and `residual_risk`, taken on `day`,
/// needs a request for prior consultation recorded first (R38, F04).
///
/// KS chapter 8: when management has treated the DPIA more than once and the
/// risk is *still* high, "må kommunen anmode Datatilsynet om
/// forhåndsdrøftelse", if it still wants to go ahead. So an approving
/// decision with high residual risk needs it when an earlier decision on the
/// account also found the residual risk high; a refusal never does, since a
/// municipality that stays off the platform has nothing to consult about. An
/// empty `[prior_consultation]` table does not count: it needs `requested`.
///
/// `earlier_high` says whether a decision taken before this one had
/// residual risk `high`.
pub fn needs_prior_consultation(
    a: &Assessment,
    outcome: Outcome,
    residual_risk: Option<Level>,
    earlier_high: bool,
    day: Date,
) -> bool {
    let approves = matches!(outcome, Outcome::Approved | Outcome::ConditionallyApproved);
    approves
        && residual_risk == Some(Level::High)
        && earlier_high
        && !a.prior_consultation_requested_by(day)
}

/// Whether a decision before `latest` (by date, then file order) found the
/// residual risk high.
fn earlier_high(a: &Assessment) -> bool {
    let mut ordered: Vec<_> = a.decisions.iter().enumerate().collect();
    ordered.sort_by_key(|(i, d)| (d.date, *i));
    ordered.pop();
    ordered
        .iter()
        .any(|(_, d)| d.residual_risk == Some(Level::High))
}

pub(super) fn f01_dpia_basics(a: &Assessment, today: Date) -> Option<Finding> {
    let mut missing = Vec::new();
    let mut keys = Vec::new();
    if a.dpia.completed_on(today).is_none() {
        missing.push(Phrase::new("f01-no-completed"));
        keys.push("dpia.completed");
    }
    if !filled(&a.dpia.purpose) {
        missing.push(Phrase::new("f01-no-dpia-purpose"));
        keys.push("dpia.purpose");
    }
    if !filled(&a.account.purpose) {
        missing.push(Phrase::new("f01-no-account-purpose"));
        keys.push("account.purpose");
    }
    let what = listing(missing)?;
    Some(finding(
        "F01",
        Severity::Error,
        Phrase::new("f01").with("missing", what),
        Fix::edit(Phrase::new("f01-fix"), keys),
    ))
}

pub(super) fn f02_not_approved(status: &Status) -> Option<Finding> {
    let (why, fix) = match status.approval {
        // `unverified` is F26's, never F02's (docs/format.md, "Findings").
        Approval::Approved | Approval::ConditionallyApproved | Approval::Unverified => {
            return None;
        }
        Approval::Pending => (
            "f02-pending",
            Fix::record(Phrase::new("f02-pending-fix"), "d", DECIDE),
        ),
        Approval::NotApproved => (
            "f02-not-approved",
            Fix::record(
                Phrase::new("f02-not-approved-fix"),
                "c",
                "somevakt close ID --reason TEXT",
            ),
        ),
        Approval::NeedsReapproval => (
            "f02-changed",
            Fix::record(Phrase::new("f02-changed-fix"), "d", DECIDE),
        ),
    };
    Some(finding("F02", Severity::Error, Phrase::new(why), fix))
}

/// The fix of F02 once the history shows which `[dpia]` keys changed since
/// the latest decision ([`super::dpia_changes`]): take the DPIA back to
/// management, naming what it has not seen.
pub fn reapproval_fix(changes: &[super::DpiaChange]) -> Fix {
    let keys: Vec<String> = changes.iter().map(|c| c.key.clone()).collect();
    let phrase = if keys.is_empty() {
        Phrase::new("f02-reapproval-fix")
    } else {
        Phrase::new("f02-changed-keys-fix").with("keys", Arg::List(keys))
    };
    // The changed keys are named in the text, not as keys to write: what
    // fixes F02 is management's decision, not another edit.
    Fix::record(phrase, "d", DECIDE)
}

pub(super) fn f03_conditions(a: &Assessment, today: Date) -> Option<Finding> {
    let latest = a.latest_decision()?;
    if latest.outcome != Outcome::ConditionallyApproved {
        return None;
    }
    // The conditions are management's own words, joined as a list.
    let conditions = if latest.conditions.is_empty() {
        Arg::Phrases(vec![Phrase::new("f03-no-conditions")])
    } else {
        Arg::Text(latest.conditions.join("; "))
    };
    let fix = conditions_fix();
    let (severity, phrase) = match latest.conditions_due {
        Some(due) if today > due => (
            Severity::Error,
            Phrase::new("f03-overdue").with("due", Arg::Date(due)),
        ),
        Some(due) => (
            Severity::Warning,
            Phrase::new("f03-due").with("due", Arg::Date(due)),
        ),
        None => (Severity::Warning, Phrase::new("f03-no-due")),
    };
    Some(finding(
        "F03",
        severity,
        phrase.with("conditions", conditions),
        fix,
    ))
}

/// R38: see [`needs_prior_consultation`]; `a` is the assessment as of today.
pub(super) fn f04_prior_consultation(
    a: &Assessment,
    policy: &crate::policy::Thresholds,
    today: Date,
) -> Option<Finding> {
    let latest = a.latest_decision()?;
    if !needs_prior_consultation(
        a,
        latest.outcome,
        latest.residual_risk,
        earlier_high(a),
        today,
    ) {
        return None;
    }
    // The authority of the account's jurisdiction, else the policy's.
    let who = authority(policy.jurisdiction_of(&a.account));
    let id = if a.prior_consultation.is_some() {
        "f04-empty"
    } else {
        "f04"
    };
    let count = i64::try_from(a.decisions.len()).unwrap_or(i64::MAX);
    Some(finding(
        "F04",
        Severity::Error,
        Phrase::new(id)
            .with("count", Arg::Number(count))
            .text("authority", who),
        Fix::edit(
            Phrase::new("f04-fix").text("authority", who),
            ["prior_consultation.requested", "prior_consultation.ref"],
        ),
    ))
}

pub(super) fn f05_review_overdue(status: &Status) -> Option<Finding> {
    if status.review != ReviewStatus::Overdue {
        return None;
    }
    let phrase = match status.review_due {
        Some(due) => Phrase::new("f05").with("due", Arg::Date(due)),
        None => Phrase::new("f05-no-date"),
    };
    Some(finding("F05", Severity::Warning, phrase, review_fix()))
}

/// F24: `dpia.next_review` on or before the latest decision or review is
/// ignored (that restarted the cycle); a reader would think it counts.
pub(super) fn f24_stale_next_review(a: &Assessment) -> Option<Finding> {
    let (next, base) = crate::status::stale_next_review(a)?;
    Some(finding(
        "F24",
        Severity::Warning,
        Phrase::new("f24")
            .with("next", Arg::Date(next))
            .with("base", Arg::Date(base)),
        Fix::edit(Phrase::new("f24-fix"), ["dpia.next_review"]),
    ))
}

/// F25 (KS ch. 8): management decides on the finished assessment, so an
/// approval dated before `dpia.completed` (or with no completion date)
/// approved a DPIA that was not finished.
pub(super) fn f25_approved_unfinished(a: &Assessment) -> Option<Finding> {
    let latest = a.latest_decision()?;
    if !matches!(
        latest.outcome,
        Outcome::Approved | Outcome::ConditionallyApproved
    ) {
        return None;
    }
    let phrase = match a.dpia.completed {
        Some(done) if done <= latest.date => return None,
        Some(done) => Phrase::new("f25")
            .with("date", Arg::Date(latest.date))
            .with("completed", Arg::Date(done)),
        None => Phrase::new("f25-no-completed").with("date", Arg::Date(latest.date)),
    };
    Some(finding(
        "F25",
        Severity::Error,
        phrase,
        Fix::record(Phrase::new("f25-fix"), "d", DECIDE).writing(["dpia.completed"]),
    ))
}

/// F22: a decision without a digest can never become `needs_reapproval`.
pub(super) fn f22_no_digest(a: &Assessment) -> Option<Finding> {
    let latest = a.latest_decision()?;
    if latest
        .dpia_digest
        .as_ref()
        .is_some_and(|d| !d.trim().is_empty())
    {
        return None;
    }
    Some(finding(
        "F22",
        Severity::Warning,
        Phrase::new("f22").with("date", Arg::Date(latest.date)),
        Fix::record(Phrase::new("f22-fix"), "d", DECIDE),
    ))
}

/// What meets conditions: the revised DPIA back to management (F03 and
/// the conditions reminder).
pub(super) fn conditions_fix() -> Fix {
    Fix::record(Phrase::new("f03-fix"), "d", DECIDE)
}

/// What settles a due review: the review, recorded (`somevakt review`
/// restarts the cycle and keeps the approval, F05 and the review
/// reminder); a review that finds the DPIA changed goes on to management.
pub(super) fn review_fix() -> Fix {
    Fix::record(
        Phrase::new("f05-fix"),
        "v",
        "somevakt review ID --result unchanged",
    )
}

/// F26 (R34, R37): the policy requires signing and the trail does not back
/// the latest decision: added outside the tool, unsigned, signed by a key
/// not allowed, by a non-approver, or changed after it was committed. It
/// does not count, whatever it says; what the audit says is why.
pub(crate) fn f26_unverified(latest: &crate::model::Decision) -> Finding {
    finding(
        "F26",
        Severity::Error,
        Phrase::new("f26").with("date", Arg::Date(latest.date)),
        Fix::record(Phrase::new("f26-fix"), "d", DECIDE),
    )
}
