//! What a person reads when somevakt says no: the store's refusals (one
//! message per [`Refusal`] variant), Git's failures, a repository that is
//! not there, and clap's own mistakes on the command line, in the reader's
//! language. The store's types stay language-free; their `Display` is the
//! English the tests and logs know, and the English messages here say the
//! same (a test renders every variant both ways).

use std::error::Error as _;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use somevakt_store::commit::CommitError;
use somevakt_store::{GitOperation, PathProblem, Refusal, RepoError};

use super::Lang;
use crate::t;

/// A warning of a record that was made: the ones the core and the store
/// name by a constant in the reader's language, the rest (Git's words, a
/// clean-up that failed, the advice on an interrupted record, which names
/// files and `git` commands) as the store says them.
pub fn record_warning(lang: Lang, warning: &str) -> String {
    if warning == somevakt_core::edit::CLOSING_WITHOUT_SNAPSHOT {
        t!(lang, "warning-closing-without-snapshot")
    } else if warning == somevakt_store::commit::STALE_LOCK_REMOVED {
        t!(lang, "warning-stale-lock-removed")
    } else {
        warning.to_owned()
    }
}

/// A refused or failed record.
pub fn commit_error(lang: Lang, error: &CommitError) -> String {
    match error {
        CommitError::Refused(refusal) => self::refusal(lang, refusal),
        CommitError::Git(e) => t!(lang, "record-git-failed", reason = e.message().to_owned()),
        CommitError::Io { path, source } => t!(
            lang,
            "record-io-failed",
            path = path.display().to_string(),
            reason = source.to_string()
        ),
    }
}

/// Why a record was refused; nothing was written.
pub fn refusal(lang: Lang, refusal: &Refusal) -> String {
    match refusal {
        Refusal::NotInGit(dir) => t!(lang, "refusal-not-in-git", dir = dir.display().to_string()),
        Refusal::NoIdentity => t!(lang, "refusal-no-identity"),
        Refusal::InProgress(op) => t!(
            lang,
            "refusal-in-progress",
            operation = operation(lang, *op)
        ),
        Refusal::DetachedHead => t!(lang, "refusal-detached-head"),
        Refusal::IndexLocked => t!(lang, "refusal-index-locked"),
        Refusal::UnsafePath { path, why } => t!(
            lang,
            "refusal-unsafe-path",
            path = path.clone(),
            why = path_problem(lang, why)
        ),
        Refusal::Unreadable { path, message } => t!(
            lang,
            "refusal-unreadable",
            path = path.clone(),
            reason = message.clone()
        ),
        Refusal::InvalidResult(why) => t!(lang, "refusal-invalid-result", reason = why.clone()),
        Refusal::InvalidSave(why) => t!(lang, "refusal-invalid-save", reason = why.clone()),
        // The core's reason, as a phrase like a finding's.
        Refusal::Edit(why) => super::findings::phrase_as_is(lang, &why.1),
        Refusal::FileChanged(path) => t!(lang, "refusal-file-changed", path = path.clone()),
        Refusal::BranchMoved => t!(lang, "refusal-branch-moved"),
        Refusal::ConflictMarkers(path) => {
            t!(lang, "refusal-conflict-markers", path = path.clone())
        }
        Refusal::AlreadyExists(path) => t!(lang, "refusal-already-exists", path = path.clone()),
        Refusal::NoSuchFile(path) => t!(lang, "refusal-no-such-file", path = path.clone()),
        Refusal::NoSuchAccount { id, path } => t!(
            lang,
            "refusal-no-such-account",
            id = id.clone(),
            path = path.clone()
        ),
        Refusal::LocalChanges(path) => t!(lang, "refusal-local-changes", path = path.clone()),
        Refusal::NotApprover(who) => t!(lang, "refusal-not-approver", who = who.clone()),
        Refusal::InvalidPolicy(why) => t!(lang, "refusal-invalid-policy", reason = why.clone()),
        Refusal::BadIdentity {
            key,
            value,
            problem,
        } => t!(
            lang,
            "refusal-bad-identity",
            key = *key,
            value = value.clone(),
            problem = identity_problem(lang, problem)
        ),
        Refusal::FutureDate { what, date, today } => t!(
            lang,
            "refusal-future-date",
            what = dated(lang, what),
            date = date.clone(),
            today = today.clone()
        ),
        Refusal::Unmerged(path) => t!(lang, "refusal-unmerged", path = path.clone()),
        Refusal::NotRegularFile { path, what } => t!(
            lang,
            "refusal-not-regular-file",
            path = path.clone(),
            what = what.clone()
        ),
        Refusal::TooLarge { path, size, limit } => t!(
            lang,
            "refusal-too-large",
            path = path.clone(),
            size = size.to_string(),
            limit = limit.to_string()
        ),
        Refusal::RecordBusy => t!(lang, "refusal-record-busy"),
        // The advice names files and `git` commands: they are the same in
        // every language, the sentence around them is the store's.
        Refusal::Unfinished(advice) => t!(lang, "refusal-unfinished", advice = advice.clone()),
        Refusal::LostRace { reason } => t!(lang, "refusal-lost-race", reason = reason.clone()),
        Refusal::SigningFailed(why) => t!(lang, "refusal-signing-failed", reason = why.clone()),
        Refusal::NotApproverKey(why) => t!(lang, "refusal-not-approver-key", reason = why.clone()),
    }
}

/// Why a record's path is not written to.
fn path_problem(lang: Lang, problem: &PathProblem) -> String {
    match problem {
        PathProblem::LeavesRepository => t!(lang, "path-leaves-repository"),
        PathProblem::Link { at, folder: true } => t!(lang, "path-link-folder", at = at.clone()),
        PathProblem::Link { at, folder: false } => t!(lang, "path-link-file", at = at.clone()),
        // The kind is the store's word for it ("a FIFO (named pipe)").
        PathProblem::NotRegularFile { at, kind } => {
            t!(lang, "path-not-regular-file", at = at.clone(), kind = *kind)
        }
        PathProblem::NotAFolder { at, kind } => {
            t!(lang, "path-not-a-folder", at = at.clone(), kind = *kind)
        }
        PathProblem::CannotInspect { at, error } => t!(
            lang,
            "path-cannot-inspect",
            at = at.clone(),
            reason = error.clone()
        ),
    }
}

fn operation(lang: Lang, op: GitOperation) -> String {
    match op {
        GitOperation::Merge => t!(lang, "git-op-merge"),
        GitOperation::Revert => t!(lang, "git-op-revert"),
        GitOperation::CherryPick => t!(lang, "git-op-cherry-pick"),
        GitOperation::Bisect => t!(lang, "git-op-bisect"),
        GitOperation::Rebase => t!(lang, "git-op-rebase"),
    }
}

/// The store names the date a record may not put in the future.
fn dated(lang: Lang, what: &str) -> String {
    match what {
        "the decision date" => t!(lang, "dated-decision"),
        "the snapshot date" => t!(lang, "dated-snapshot"),
        "the last post" => t!(lang, "dated-last-post"),
        "the closing date" => t!(lang, "dated-closing"),
        other => other.to_owned(),
    }
}

/// The store says what is wrong with a Git identity.
fn identity_problem(lang: Lang, problem: &str) -> String {
    match problem {
        "contains a line break" => t!(lang, "identity-line-break"),
        "contains an angle bracket (< or >)" => t!(lang, "identity-angle-bracket"),
        "contains a control character" => t!(lang, "identity-control-character"),
        other => other.to_owned(),
    }
}

/// No repository where the command looked, or one Git cannot open.
pub fn repo_error(lang: Lang, error: &RepoError) -> String {
    match error {
        RepoError::NotFound(dir) => t!(lang, "repo-not-found", dir = dir.display().to_string()),
        RepoError::Io { path, source } => t!(
            lang,
            "repo-unreadable",
            path = path.display().to_string(),
            reason = source.to_string()
        ),
        // Git's own words, with what to do (safe.directory, SHA-256 …).
        RepoError::Git(said) => said.clone(),
        RepoError::NoAssessments(dir) => {
            t!(lang, "repo-no-assessments", dir = dir.display().to_string())
        }
    }
}

/// clap's mistake in one line, in `lang`: clap has no translations, so
/// Norwegian and Swedish are built from the error's kind and its context
/// (the argument, the value, the accepted values). English keeps clap's
/// own words; a kind not handled here does too.
pub fn usage(lang: Lang, error: &clap::Error, english: &str, help: &str) -> String {
    if lang == Lang::En {
        return english.to_owned();
    }
    let text = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        _ => None,
    };
    let list = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::String(s)) => s.clone(),
        _ => String::new(),
    };
    let argument = text(ContextKind::InvalidArg).unwrap_or_default();
    let message = match error.kind() {
        ErrorKind::UnknownArgument => {
            let base = t!(lang, "usage-unknown-argument", argument = argument);
            match text(ContextKind::SuggestedArg) {
                Some(suggested) => t!(
                    lang,
                    "usage-did-you-mean",
                    message = base,
                    suggestion = suggested
                ),
                None => base,
            }
        }
        ErrorKind::InvalidSubcommand => {
            let base = t!(
                lang,
                "usage-unknown-command",
                command = text(ContextKind::InvalidSubcommand).unwrap_or_default()
            );
            match text(ContextKind::SuggestedSubcommand) {
                Some(suggested) => t!(
                    lang,
                    "usage-did-you-mean",
                    message = base,
                    suggestion = suggested
                ),
                None => base,
            }
        }
        ErrorKind::MissingRequiredArgument => t!(
            lang,
            "usage-missing-required",
            arguments = list(ContextKind::InvalidArg)
        ),
        ErrorKind::InvalidValue if text(ContextKind::InvalidValue).as_deref() == Some("") => {
            t!(lang, "usage-missing-value", argument = argument)
        }
        ErrorKind::InvalidValue => {
            let value = text(ContextKind::InvalidValue).unwrap_or_default();
            match error.get(ContextKind::ValidValue) {
                Some(_) => t!(
                    lang,
                    "usage-invalid-value-one-of",
                    value = value,
                    argument = argument,
                    accepted = list(ContextKind::ValidValue)
                ),
                None => t!(
                    lang,
                    "usage-invalid-value",
                    value = value,
                    argument = argument
                ),
            }
        }
        ErrorKind::ValueValidation => {
            let value = text(ContextKind::InvalidValue).unwrap_or_default();
            // A closed set's word: the accepted words, as clap gives them
            // for its own enums.
            let reason = error.source();
            match reason.and_then(|e| e.downcast_ref::<crate::cli::NotOneOf>()) {
                Some(accepted) => t!(
                    lang,
                    "usage-invalid-value-one-of",
                    value = value,
                    argument = argument,
                    accepted = accepted.0.clone()
                ),
                None => t!(
                    lang,
                    "usage-value-validation",
                    value = value,
                    argument = argument,
                    reason = reason
                        .map(|e| super::problems::file_problem(lang, &e.to_string()))
                        .unwrap_or_default()
                ),
            }
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            t!(lang, "usage-missing-command")
        }
        // clap calls a flag given twice a conflict with itself.
        ErrorKind::ArgumentConflict if list(ContextKind::PriorArg) == argument => {
            t!(lang, "usage-repeated", argument = argument)
        }
        ErrorKind::ArgumentConflict => t!(
            lang,
            "usage-conflict",
            argument = argument,
            other = list(ContextKind::PriorArg)
        ),
        ErrorKind::TooManyValues => {
            t!(lang, "usage-too-many", argument = argument)
        }
        _ => return english.to_owned(),
    };
    t!(lang, "usage-see-help", message = message, help = help)
}

#[cfg(test)]
#[path = "errors_tests.rs"]
mod tests;
