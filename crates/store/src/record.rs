//! Recording what management decided and what was done: the workflow the
//! CLI and the dashboard share. `prepare` builds the exact new text, its
//! diff and the commit message without writing anything; `confirm` writes
//! and commits it, refusing if anything moved in between.
//!
//! A record is dated by the machine's real clock, never by a pinned
//! `--today` (which only changes how the register is evaluated); an earlier
//! date is given explicitly (`decide --date` …) and a later one is refused.

use std::path::Path;

use super::commit::{self, Baseline, CommitError, Recorded};
use super::load::reload_policy;
use crate::clock::Clock;
use crate::local_keys::changed_keys;
use crate::refusal::Refusal;
use somevakt_core::edit::{self, NewClosing, NewDecision, NewReview};
use somevakt_core::parse::parse_assessment;
use somevakt_core::{AccountId, Action, Date, Policy, Proposal, Request, Word};

/// A decision dated more than this many days before its commit is
/// backdated, and says so (docs/format.md, "Signed decisions and the audit").
pub const BACKDATED_AFTER_DAYS: i64 = 30;

/// A change ready to confirm: what will be written and recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    /// The clock the record is dated by; its commit is timed by it too, so
    /// the date a record writes and its commit's date never disagree.
    pub clock: Clock,
    /// The change and its commit message.
    pub proposal: Proposal,
    /// The file and branch it was prepared on.
    pub baseline: Baseline,
    /// The change to the file, as `git diff` shows it.
    pub diff: String,
    /// Uncommitted changes to the file made outside somevakt, if any.
    pub local_changes: Option<String>,
    /// The keys those changes touch.
    pub local_keys: Vec<String>,
    /// Things to know before confirming (e.g. closing without a snapshot).
    pub warnings: Vec<String>,
    /// For a decision, the error findings about it the account has once it
    /// is recorded (`F04`, `F25`, …), on the day of recording: the preview
    /// lists them and the commit carries them in `Findings:`. A finding
    /// never refuses a record (docs/format.md, "What a record may refuse").
    pub findings: Vec<&'static str>,
}

/// The policy, or the refusal a broken one gives: a typo in somevakt.toml
/// must never switch the approver check off by falling back to defaults.
pub fn valid_policy(root: &Path) -> Result<Policy, CommitError> {
    match reload_policy(root) {
        (policy, None) => Ok(policy),
        (_, Some(problem)) => {
            let at = match (problem.line, problem.column) {
                (Some(line), Some(column)) => format!(":{line}:{column}"),
                (Some(line), None) => format!(":{line}"),
                _ => String::new(),
            };
            Err(CommitError::Refused(Refusal::InvalidPolicy(format!(
                "{}{at}: {}",
                problem.path,
                problem.message.replace(['\n', '\r'], " ")
            ))))
        }
    }
}

fn not_after(what: &'static str, date: Date, today: Date) -> Result<(), CommitError> {
    if date > today {
        return Err(CommitError::Refused(Refusal::FutureDate {
            what,
            date: date.to_string(),
            today: today.to_string(),
        }));
    }
    Ok(())
}

/// Builds the change without writing anything, dated by `clock` (the real
/// clock's, [`Clock::system`], everywhere but in tests).
pub fn prepare(
    root: &Path,
    id: &AccountId,
    request: &Request,
    clock: Clock,
) -> Result<Prepared, CommitError> {
    // One repository, opened once, for everything the preparation reads.
    let t = commit::target(root, id)?;
    commit::preflight(&t)?;
    let policy = valid_policy(root)?;
    // The day of recording, where the policy takes "today".
    let today = clock.today_for(&policy.policy);
    let mut baseline = commit::baseline(&t)?;
    let identity = commit::identity(&t)?;
    let name = identity.name;
    let layout = baseline.layout;
    let current_text = baseline.text.as_deref().map(|t| layout.to_lf(t));
    let current = || -> Result<&str, CommitError> {
        current_text.as_deref().ok_or_else(|| {
            CommitError::Refused(Refusal::NoSuchAccount {
                id: id.to_string(),
                path: id.relative_path(),
            })
        })
    };
    let refused = |e: edit::EditError| CommitError::Refused(Refusal::Edit(e));
    let mut warnings = Vec::new();
    let (action, text, summary, body, trailers) = match request {
        Request::Decide(input) => {
            may_record_decision(root)?;
            let date = input.date.unwrap_or(today);
            not_after("the decision date", date, today)?;
            let decision = NewDecision {
                date,
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
                "{}\n\nDeciding body: {}",
                input.rationale.trim(),
                input.body.trim()
            );
            for c in &input.conditions {
                body.push_str(&format!("\nCondition: {}", c.trim()));
            }
            if let Some(due) = input.conditions_due {
                body.push_str(&format!("\nConditions due: {due}"));
            }
            let late = date.days_until(today);
            if late > BACKDATED_AFTER_DAYS {
                body.push_str(&format!(
                    "\n\nBackdated: decided on {date}, recorded {late} days later, on {today}."
                ));
                trailers.push(("Backdated".to_owned(), "yes".to_owned()));
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
            not_after("the snapshot date", snapshot.date, today)?;
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
        Request::Review(input) => {
            let date = input.date.unwrap_or(today);
            not_after("the review date", date, today)?;
            let review = NewReview {
                date,
                reviewed_by: name.clone(),
                result: input.result,
                note: input.note.clone(),
                next: input.next,
            };
            let text = edit::record_review(current()?, &review).map_err(refused)?;
            let mut trailers = vec![("Review-Result".to_owned(), input.result.word().to_owned())];
            if let Some(due) = edit::review_due_after(&text, &policy.policy) {
                trailers.push(("Review-Due".to_owned(), due.to_string()));
            }
            let body = input
                .note
                .as_deref()
                .map(str::trim)
                .unwrap_or_default()
                .to_owned();
            let summary = format!("{} on {date}", input.result.word());
            (Action::Review, text, summary, body, trailers)
        }
        Request::Activity { last_post } => {
            not_after("the last post", *last_post, today)?;
            let text = edit::record_activity(current()?, *last_post, today).map_err(refused)?;
            (
                Action::Activity,
                text,
                format!("last post {last_post}"),
                String::new(),
                Vec::new(),
            )
        }
        Request::Close {
            reason,
            closed,
            date,
        } => {
            let date = date.unwrap_or(today);
            not_after("the closing date", date, today)?;
            let closing = NewClosing {
                date,
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
        Request::Correct { correction, reason } => {
            use somevakt_core::correct::{EntryRef, Value};
            if matches!(correction.entry, EntryRef::Decision(_)) {
                // A decision's facts are an approver's to correct (R34).
                may_record_decision(root)?;
            }
            if let Value::Date(date) = correction.value {
                not_after("the corrected date", date, today)?;
            }
            if reason.trim().is_empty() {
                return Err(refused(somevakt_core::correct::no_reason()));
            }
            let (text, old) = somevakt_core::correct::record_correction(current()?, correction)
                .map_err(refused)?;
            // The commit that gave the entry its value: what is corrected.
            let committed = commit::committed(&t)?
                .and_then(|c| parse_assessment(&c).ok())
                .ok_or_else(|| refused(somevakt_core::correct::uncommitted(correction.entry)))?;
            let corrects =
                crate::corrects::setter(root, &id.relative_path(), &committed, correction.entry)?
                    .ok_or_else(|| refused(somevakt_core::correct::uncommitted(correction.entry)))?;
            let key = correction.key();
            let was = if old.is_empty() {
                "(none)".to_owned()
            } else {
                old
            };
            let summary = format!("{key} {was} -> {}", correction.value);
            let trailers = vec![
                ("Corrects".to_owned(), corrects),
                ("Corrected".to_owned(), key),
                ("Reason".to_owned(), reason.trim().to_owned()),
            ];
            (
                Action::Correct,
                text,
                summary,
                reason.trim().to_owned(),
                trailers,
            )
        }
        Request::New {
            municipality,
            platform,
            name: account,
            comments,
        } => {
            if baseline.text.is_some() {
                return Err(CommitError::Refused(Refusal::AlreadyExists(
                    id.relative_path(),
                )));
            }
            let text = edit::new_account(id, municipality, *platform, account, today, comments)
                .map_err(refused)?;
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
            ..
        } => {
            if let Err(e) = parse_assessment(text) {
                return Err(CommitError::Refused(Refusal::InvalidSave(e.message)));
            }
            if baseline.text.as_deref() != Some(text.as_str()) {
                // The saved text must be what is on disk: that is what is committed.
                return Err(CommitError::Refused(Refusal::FileChanged(
                    id.relative_path(),
                )));
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
    let local_changes = commit::local_changes(&t)?;
    let diff = match (&request, &local_changes) {
        // An edit's change is the difference from the last commit.
        (Request::Edit { .. }, Some(changes)) => changes.clone(),
        _ => commit::unified_diff(current_text.as_deref().unwrap_or(""), &text, &path),
    };
    let mut body = body;
    let mut trailers = trailers;
    let mut local_keys = Vec::new();
    // What was changed outside somevakt: the file as found (for an edit, as
    // it was when the editor opened) against the last commit.
    let outside = match request {
        Request::Edit { before, .. } => before.as_deref().map(|b| layout.to_lf(b)),
        _ => current_text.clone(),
    };
    let committed = commit::committed(&t)?;
    if let Some(outside) =
        outside.filter(|o| local_changes.is_some() && committed.as_ref() != Some(o))
    {
        local_keys = changed_keys(committed.as_deref(), &outside);
        let note = format!(
            "Includes changes made outside somevakt, not committed before, to: {}.",
            local_keys.join(", ")
        );
        body = if body.trim().is_empty() {
            note
        } else {
            format!("{}\n\n{note}", body.trim_end())
        };
        trailers.push(("Includes-Local-Changes".to_owned(), "yes".to_owned()));
    }
    // What the record leaves, on the day it is recorded: a fact is
    // recorded with its findings, never refused for them.
    let findings = match action {
        Action::Decision => edit::findings_left(&text, &policy, today),
        _ => Vec::new(),
    };
    if !findings.is_empty() {
        trailers.push(("Findings".to_owned(), findings.join(", ")));
    }
    let proposal = Proposal {
        id: id.clone(),
        action,
        text,
        summary,
        body,
        trailers,
    };
    Ok(Prepared {
        clock,
        proposal,
        baseline,
        diff,
        local_changes,
        local_keys,
        warnings,
        findings,
    })
}

/// Writes and commits a prepared change; refuses if the file or the branch
/// moved since it was prepared, or if the policy broke or no longer lets
/// this author decide.
pub fn confirm(
    root: &Path,
    prepared: &Prepared,
    include_local_changes: bool,
) -> Result<Recorded, CommitError> {
    valid_policy(root)?;
    if prepared.proposal.action == Action::Decision || corrects_a_decision(&prepared.proposal) {
        may_record_decision(root)?;
    }
    let include = include_local_changes || prepared.proposal.action == Action::Edit;
    let when = prepared.clock.now();
    commit::commit(root, &prepared.proposal, &prepared.baseline, include, &when)
}

/// Whether `proposal` corrects a decision entry (an approver's to make,
/// signed where decisions are).
pub fn corrects_a_decision(proposal: &Proposal) -> bool {
    proposal.action == Action::Correct
        && proposal
            .trailers
            .iter()
            .any(|(k, v)| k == "Corrected" && v.starts_with("decisions["))
}

/// Whether the person at this keyboard may record a decision, asked before
/// any form is opened or anything written, under the policy as committed
/// at HEAD (the one the audit will judge the new commit by: an uncommitted
/// edit of somevakt.toml never lets anyone in or out). Without
/// `allowed_signers` the Git author's e-mail must be on
/// `[approvers].emails`; with it, the key Git will sign with must be listed
/// in the committed file for the committer's own e-mail (as a forge marks a
/// commit *Verified*), and that e-mail must be an approver's
/// (docs/format.md, "Signed decisions and the audit"; R34).
pub fn may_record_decision(root: &Path) -> Result<(), CommitError> {
    let repo = git2::Repository::discover(root)
        .map_err(|_| CommitError::Refused(Refusal::NotInGit(root.to_path_buf())))?;
    let identity = crate::identity::of(&repo)?;
    let (name, email) = (identity.name, identity.email);
    let committed = crate::committed::at_head(&repo, root).map_err(|problem| {
        let at = match (problem.line, problem.column) {
            (Some(line), Some(column)) => format!(":{line}:{column}"),
            _ => String::new(),
        };
        CommitError::Refused(Refusal::InvalidPolicy(format!(
            "{}{at}: {}",
            problem.path,
            problem.message.replace(['\n', '\r'], " ")
        )))
    })?;
    let approvers = &committed.policy.approvers;
    let listed = |who: &str| {
        approvers.emails.is_empty()
            || approvers
                .emails
                .iter()
                .any(|e| crate::audit::signers::pattern_matches(who, e.trim()))
    };
    let Some(file) = &approvers.allowed_signers else {
        if approvers.may_decide(&email) {
            return Ok(());
        }
        return Err(CommitError::Refused(Refusal::NotApprover(email)));
    };
    let refuse = |why: String| Err(CommitError::Refused(Refusal::NotApproverKey(why)));
    let config = repo.config()?;
    let signer = crate::sign::Signer::from_config(&config, &name, &email)
        .map_err(|e| CommitError::Refused(Refusal::SigningFailed(e.0)))?;
    if signer.format != crate::sign::Format::Ssh {
        return refuse("approvers' keys are SSH keys: set git config gpg.format ssh".into());
    }
    let Some(key) = signer.key.as_deref() else {
        return refuse("user.signingKey is not set".into());
    };
    let Some((key_type, key)) = crate::sign::ssh_public_key(key) else {
        return refuse(format!(
            "cannot read the public key of user.signingKey {key} (put the .pub file beside it)"
        ));
    };
    let Some(text) = &committed.allowed_signers else {
        return refuse(format!(
            "{file} is not committed: the approvers' keys count only as committed"
        ));
    };
    let signers = crate::audit::signers::parse(text);
    let principals = crate::audit::signers::principals_for(&signers, &key_type, &key);
    if principals.is_empty() {
        return refuse(format!("your key is not in {file} (as committed)"));
    }
    // The committer is `user.email`: the key must be listed for it, or
    // the audit (and a forge) would not count the signature as good.
    let own: Vec<&str> = principals
        .iter()
        .copied()
        .filter(|p| crate::audit::signers::pattern_matches(p, email.trim()))
        .collect();
    if own.is_empty() {
        return refuse(format!(
            "your key is listed in {file} for {}, not for your e-mail {email} (git config user.email)",
            principals.join(", ")
        ));
    }
    if listed(&email) || own.iter().any(|p| listed(p)) {
        Ok(())
    } else {
        refuse(format!(
            "your key is listed for {}, which is not in [approvers].emails",
            own.join(", ")
        ))
    }
}
