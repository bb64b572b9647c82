//! The DPIA and the management decision on it: F01-F05 and F22 (R15, R17,
//! R33-R38, KS chapter 8).

use super::{Finding, Fix, Severity, finding, listing};
use crate::date::Date;
use crate::edit::authority;
use crate::model::{Assessment, Level, Outcome, filled};
use crate::status::{Approval, ReviewStatus, Status};

const DECIDE: &str = "somevakt decide ID --outcome OUTCOME --body TEXT --rationale TEXT";

/// Whether a decision with `outcome` and `residual_risk`, taken on `day`,
/// needs a request for prior consultation recorded first (R38, F04).
///
/// KS chapter 8: when management has treated the DPIA more than once and the
/// risk is still high, "må kommunen anmode Datatilsynet om forhåndsdrøftelse",
/// if it still wants to go ahead. So only an approving decision that is not
/// the first one on the account needs it; a refusal never does, since a
/// municipality that stays off the platform has nothing to consult about. An
/// empty `[prior_consultation]` table does not count: it needs `requested`.
///
/// `earlier` is the number of decisions taken before this one.
pub fn needs_prior_consultation(
    a: &Assessment,
    outcome: Outcome,
    residual_risk: Option<Level>,
    earlier: usize,
    day: Date,
) -> bool {
    let approves = matches!(outcome, Outcome::Approved | Outcome::ConditionallyApproved);
    approves
        && residual_risk == Some(Level::High)
        && earlier >= 1
        && !a.prior_consultation_requested_by(day)
}

pub(super) fn f01_dpia_basics(a: &Assessment, today: Date) -> Option<Finding> {
    let mut missing = Vec::new();
    let mut keys = Vec::new();
    if a.dpia.completed_on(today).is_none() {
        missing.push("no DPIA completion date (dpia.completed)");
        keys.push("dpia.completed");
    }
    if !filled(&a.dpia.purpose) {
        missing.push("no DPIA purpose (dpia.purpose)");
        keys.push("dpia.purpose");
    }
    if !filled(&a.account.purpose) {
        missing.push("no account purpose (account.purpose)");
        keys.push("account.purpose");
    }
    let what = listing(&missing)?;
    Some(finding(
        "F01",
        Severity::Error,
        format!("In use without a completed DPIA: {what}"),
        Fix::edit(
            "Complete the DPIA and write its date and purposes in the file",
            keys,
        ),
    ))
}

pub(super) fn f02_not_approved(status: &Status) -> Option<Finding> {
    let (why, fix) = match status.approval {
        Approval::Approved | Approval::ConditionallyApproved => return None,
        Approval::Pending => (
            "no management decision has been recorded",
            Fix::record(
                "Take the DPIA to management and record its decision",
                "d",
                DECIDE,
            ),
        ),
        Approval::NotApproved => (
            "management did not approve it, so it must not be used",
            Fix::record(
                "Stop using the account and close it, or take a revised DPIA back to management",
                "c",
                "somevakt close ID --reason TEXT",
            ),
        ),
        Approval::NeedsReapproval => (
            "the DPIA has changed since the latest decision, which no longer covers it",
            Fix::record(
                "Take the changed DPIA back to management and record the new decision \
                 (the history screen shows which [dpia] keys changed)",
                "d",
                DECIDE,
            ),
        ),
    };
    Some(finding(
        "F02",
        Severity::Error,
        format!("In use but not approved: {why}"),
        fix,
    ))
}

/// The fix of F02 once the history shows which `[dpia]` keys changed since
/// the latest decision ([`super::dpia_changes`]): take the DPIA back to
/// management, naming what it has not seen.
pub fn reapproval_fix(changes: &[super::DpiaChange]) -> Fix {
    let keys: Vec<String> = changes.iter().map(|c| c.key.clone()).collect();
    let text = if keys.is_empty() {
        "Take the changed DPIA back to management and record the new decision".to_owned()
    } else {
        format!(
            "Take the changed DPIA back to management and record the new decision; \
             changed since the decision: {}",
            keys.join(", ")
        )
    };
    // The changed keys are named in the text, not as keys to write: what
    // fixes F02 is management's decision, not another edit.
    Fix::record(text, "d", DECIDE)
}

pub(super) fn f03_conditions(a: &Assessment, today: Date) -> Option<Finding> {
    let latest = a.latest_decision()?;
    if latest.outcome != Outcome::ConditionallyApproved {
        return None;
    }
    let conditions = if latest.conditions.is_empty() {
        "no conditions listed".to_owned()
    } else {
        latest.conditions.join("; ")
    };
    let fix = Fix::record(
        "Meet the conditions and take the revised DPIA back to management",
        "d",
        DECIDE,
    );
    Some(match latest.conditions_due {
        Some(due) if today > due => finding(
            "F03",
            Severity::Error,
            format!("Conditions were due {due} and no new decision is recorded: {conditions}"),
            fix,
        ),
        Some(due) => finding(
            "F03",
            Severity::Warning,
            format!(
                "Conditionally approved; the revised DPIA goes back to management by {due}: {conditions}"
            ),
            fix,
        ),
        None => finding(
            "F03",
            Severity::Warning,
            format!("Conditionally approved with no date for the conditions: {conditions}"),
            fix,
        ),
    })
}

/// R38: see [`needs_prior_consultation`]; `a` is the assessment as of today.
pub(super) fn f04_prior_consultation(a: &Assessment, today: Date) -> Option<Finding> {
    let latest = a.latest_decision()?;
    let earlier = a.decisions.len().saturating_sub(1);
    if !needs_prior_consultation(a, latest.outcome, latest.residual_risk, earlier, today) {
        return None;
    }
    let who = authority(a.account.jurisdiction);
    let empty = a.prior_consultation.is_some();
    let message = format!(
        "Approved after {} treatments with the residual risk still high: prior consultation \
         with {who} must be requested{}",
        a.decisions.len(),
        if empty {
            " ([prior_consultation] has no requested date)"
        } else {
            ""
        }
    );
    Some(finding(
        "F04",
        Severity::Error,
        message,
        Fix::edit(
            format!("Request prior consultation with {who} and record the request"),
            ["prior_consultation.requested", "prior_consultation.ref"],
        ),
    ))
}

pub(super) fn f05_review_overdue(status: &Status) -> Option<Finding> {
    if status.review != ReviewStatus::Overdue {
        return None;
    }
    let due = status.review_due.map(|d| d.to_string()).unwrap_or_default();
    Some(finding(
        "F05",
        Severity::Warning,
        format!("The DPIA review was due {due}: platforms and terms change, reassess"),
        Fix::record(
            "Review the DPIA and take it to management, or set the next review date",
            "d",
            DECIDE,
        )
        .writing(["dpia.terms_reviewed", "dpia.next_review"]),
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
        format!(
            "The decision of {} has no dpia_digest: nobody can tell whether the DPIA changed since",
            latest.date
        ),
        Fix::record(
            "Record decisions with somevakt, which writes the digest of the DPIA decided on",
            "d",
            DECIDE,
        ),
    ))
}
