//! Recording what management decided and what was done: the workflow the
//! CLI and the dashboard share. `prepare` builds the exact new text, its
//! diff and the commit message without writing anything; `confirm` writes
//! and commits it, refusing if anything moved in between.

use std::path::Path;

use super::commit::{self, Baseline, CommitError};
use super::load::reload_policy;
use crate::refusal::Refusal;
use somevakt_core::edit::{self, NewClosing, NewDecision};
use somevakt_core::parse::parse_assessment;
use somevakt_core::{AccountId, Action, CommitId, Date, Proposal, Request, Word};

/// A change ready to confirm: what will be written and recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    pub proposal: Proposal,
    pub baseline: Baseline,
    /// The change to the file, as `git diff` shows it.
    pub diff: String,
    /// Uncommitted changes to the file made outside somevakt, if any.
    pub local_changes: Option<String>,
    /// Things to know before confirming (e.g. closing without a snapshot).
    pub warnings: Vec<String>,
}

/// Builds the change without writing anything.
pub fn prepare(
    root: &Path,
    id: &AccountId,
    request: &Request,
    today: Date,
) -> Result<Prepared, CommitError> {
    let mut baseline = commit::baseline(root, id)?;
    let (name, email) = commit::identity(root)?;
    let (policy, problem) = reload_policy(root);
    if let Some(problem) = problem {
        // The defaults that stand in for a broken policy have no approvers:
        // writing now could switch the approver check off (format.md,
        // "Bounds of the policy").
        return Err(CommitError::Refused(Refusal::Unreadable {
            path: problem.path,
            message: format!(
                "{}; nothing is recorded until somevakt.toml is fixed (somevakt check shows where)",
                problem.message
            ),
        }));
    }
    let current = || -> Result<&str, CommitError> {
        baseline.text.as_deref().ok_or_else(|| {
            CommitError::Refused(Refusal::NoSuchAccount {
                id: id.to_string(),
                path: id.relative_path(),
            })
        })
    };
    let refused = |e: edit::EditError| CommitError::Refused(Refusal::Edit(e.0));
    let mut warnings = Vec::new();
    let (action, text, summary, body, trailers) = match request {
        Request::Decide(input) => {
            if !policy.approvers.may_decide(&email) {
                return Err(CommitError::Refused(Refusal::NotApprover(email)));
            }
            let decision = NewDecision {
                date: today,
                body: input.body.clone(),
                decided_by: name.clone(),
                outcome: input.outcome,
                rationale: input.rationale.clone(),
                conditions: input.conditions.clone(),
                conditions_due: input.conditions_due,
                residual_risk: input.residual_risk,
            };
            let text = edit::record_decision(current()?, &decision).map_err(refused)?;
            let mut trailers = vec![("Decision".to_owned(), input.outcome.word().to_owned())];
            if let Some(due) = edit::review_due_after(&text, &policy.policy) {
                trailers.push(("Review-Due".to_owned(), due.to_string()));
            }
            let mut body = format!(
                "{}\n\nDecided by: {}",
                input.rationale.trim(),
                input.body.trim()
            );
            for c in &input.conditions {
                body.push_str(&format!("\nCondition: {}", c.trim()));
            }
            if let Some(due) = input.conditions_due {
                body.push_str(&format!("\nConditions due: {due}"));
            }
            (
                Action::Decision,
                text,
                input.outcome.word().replace('_', " "),
                body,
                trailers,
            )
        }
        Request::Snapshot(snapshot) => {
            let text = edit::record_snapshot(current()?, snapshot).map_err(refused)?;
            let mut body = String::new();
            for (label, v) in [
                ("Archive reference", &snapshot.archive_ref),
                ("Format", &snapshot.format),
            ] {
                if let Some(v) = v.as_deref().filter(|v| !v.trim().is_empty()) {
                    body.push_str(&format!("{label}: {v}\n"));
                }
            }
            let summary = format!(
                "{} snapshot of {}",
                snapshot.kind.word().replace('_', " "),
                snapshot.date
            );
            (Action::Snapshot, text, summary, body, Vec::new())
        }
        Request::Activity { last_post } => {
            let text = edit::record_activity(current()?, *last_post, today).map_err(refused)?;
            (
                Action::Activity,
                text,
                format!("last post {last_post}"),
                String::new(),
                Vec::new(),
            )
        }
        Request::Close { reason, closed } => {
            let closing = NewClosing {
                date: today,
                decided_by: name.clone(),
                reason: reason.clone(),
                closed: *closed,
            };
            let text = edit::record_closing(current()?, &closing).map_err(refused)?;
            if let Ok(a) = parse_assessment(&text) {
                warnings.extend(edit::closing_warning(&a));
            }
            let summary = if *closed { "closed" } else { "closing" };
            (
                Action::Close,
                text,
                summary.to_owned(),
                reason.trim().to_owned(),
                Vec::new(),
            )
        }
        Request::New {
            municipality,
            platform,
            name: account,
        } => {
            if baseline.text.is_some() {
                return Err(CommitError::Refused(Refusal::AlreadyExists(
                    id.relative_path(),
                )));
            }
            let text =
                edit::new_account(id, municipality, *platform, account, today).map_err(refused)?;
            let body = format!("Created from the template for {}.", municipality.trim());
            (
                Action::New,
                text,
                account.trim().to_owned(),
                body,
                Vec::new(),
            )
        }
        Request::Edit {
            text,
            baseline_head,
        } => {
            if let Err(e) = parse_assessment(text) {
                return Err(CommitError::Refused(Refusal::InvalidSave(e.message)));
            }
            // The user's own edit is on disk now; the branch must still be
            // where it was when the editor opened.
            baseline.head = baseline_head.clone();
            (
                Action::Edit,
                text.clone(),
                String::new(),
                String::new(),
                Vec::new(),
            )
        }
    };
    let path = id.relative_path();
    let local_changes = commit::local_changes(root, id)?;
    let diff = match (&request, &local_changes) {
        // An edit's change is the difference from the last commit.
        (Request::Edit { .. }, Some(changes)) => changes.clone(),
        _ => commit::unified_diff(baseline.text.as_deref().unwrap_or(""), &text, &path),
    };
    let proposal = Proposal {
        id: id.clone(),
        action,
        text,
        summary,
        body,
        trailers,
    };
    Ok(Prepared {
        proposal,
        baseline,
        diff,
        local_changes,
        warnings,
    })
}

/// Writes and commits a prepared change; refuses if the file or the branch
/// moved since it was prepared.
pub fn confirm(
    root: &Path,
    prepared: &Prepared,
    include_local_changes: bool,
) -> Result<CommitId, CommitError> {
    let include = include_local_changes || prepared.proposal.action == Action::Edit;
    commit::commit(root, &prepared.proposal, &prepared.baseline, include)
}
