//! The pure core of somevakt: the assessment model, the status rules, the
//! findings, the reminders, the format-preserving edits and the requests that
//! become commits.
//!
//! Plain data in, plain data out: nothing here reads a file, asks Git, starts
//! a process, reads the environment or looks at the clock. Today is always a
//! parameter. The rules are documented in `docs/format.md`; each cites the
//! requirement (R-id) it comes from.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod correct;
pub mod date;
pub mod digest;
pub mod edit;
pub mod findings;
pub mod id;
pub mod key_path;
pub mod model;
pub mod overview;
pub mod parse;
pub mod policy;
pub mod register;
pub mod reminders;
pub mod request;
pub mod safe_text;
pub mod schema;
pub mod status;
pub mod trail;
pub mod trend;
pub mod words;

#[cfg(test)]
mod edit_tests;
#[cfg(test)]
mod reminders_tests;
#[cfg(test)]
mod rules_contract_tests;
#[cfg(test)]
mod rules_fix_tests;
#[cfg(test)]
mod rules_props;
#[cfg(test)]
mod rules_tests;
#[cfg(test)]
mod rules_year_tests;

pub use date::Date;
pub use findings::{Finding, Severity};
pub use id::AccountId;
pub use model::Assessment;
pub use policy::Policy;
pub use register::{AccountReport, InvalidFile, LoadedAssessment, Register, Snippet, evaluate_all};
pub use request::{Action, CommitId, DecisionInput, Proposal, Request, ReviewInput};
pub use status::Status;
pub use trail::Trail;
pub use words::Word;

/// Everything the rules say about one account on one day.
#[derive(Debug, Clone)]
pub struct Evaluation {
    /// The four things shown for every account: approval, review, activity, snapshots.
    pub status: Status,
    /// What falls short of the guidance (F01-F23), errors and warnings.
    pub findings: Vec<Finding>,
}

impl Evaluation {
    /// How many findings are errors.
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    /// How many findings are warnings.
    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
}

/// Applies the status rules and the findings to one assessment.
pub fn evaluate(assessment: &Assessment, policy: &Policy, today: Date) -> Evaluation {
    evaluate_knowing(assessment, None, policy, today, None)
}

/// [`evaluate`] where the policy requires signing: only the decisions
/// `trail` backs on account `id` count (docs/format.md, "Status", F26).
pub fn evaluate_on_trail(
    assessment: &Assessment,
    policy: &Policy,
    today: Date,
    trail: &Trail,
    id: &str,
) -> Evaluation {
    evaluate_knowing(assessment, None, policy, today, Some((trail, id)))
}

/// [`evaluate`], given the digest of `assessment.dpia` where it is already
/// known; [`register::LoadedAssessment::evaluate`] gives the one the load kept.
/// With `trail` (the policy requires signing), a latest decision the trail
/// does not back makes the approval `unverified` (F26, no F02), and nothing
/// an unbacked decision says counts: the rest is judged as if only the
/// backed decisions were written.
pub(crate) fn evaluate_knowing(
    assessment: &Assessment,
    dpia_digest: Option<&str>,
    policy: &Policy,
    today: Date,
    trail: Option<(&Trail, &str)>,
) -> Evaluation {
    if let Some((trail, id)) = trail
        && trail.backs_latest(id, assessment, today) == Some(false)
        && let Some(latest) = assessment.as_of(today).latest_decision()
    {
        let backed = trail.backed_only(id, assessment, today);
        let mut evaluation = evaluate_knowing(&backed, dpia_digest, policy, today, None);
        evaluation.status.approval = status::Approval::Unverified;
        evaluation.findings.retain(|f| f.id != "F02");
        if findings::applies("F26", assessment.account.status) {
            evaluation.findings.push(findings::f26_unverified(latest));
        }
        return evaluation;
    }
    let status = status::status_knowing(assessment, dpia_digest, &policy.policy, today);
    let findings = findings::findings(assessment, &status, &policy.policy, today);
    Evaluation { status, findings }
}
