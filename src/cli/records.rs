//! The subcommands that record something as a Git commit.

use super::{Cli, CliError, Command, chosen_lang, emit, repo_root};
use crate::i18n::{self, Lang};
use crate::t;
// A message quotes file text and Git configuration: one line, no escapes.
use crate::text::sanitize;
use somevakt_core::AccountId;
use somevakt_core::edit::NewSnapshot;
use somevakt_core::{DecisionInput, Request, ReviewInput};
use somevakt_store::clock::Clock;
use somevakt_store::{record, unfinished};

/// The account, the request and `--include-local-changes` of a recording
/// subcommand; `None` for the others.
pub(super) fn request(command: &Command) -> Option<(&str, Request, bool)> {
    Some(match command {
        Command::Decide {
            id,
            outcome,
            body,
            rationale,
            conditions,
            conditions_due,
            residual_risk,
            date,
            local,
        } => (
            id,
            Request::Decide(DecisionInput {
                outcome: *outcome,
                body: body.clone(),
                rationale: rationale.clone(),
                conditions: conditions.clone(),
                conditions_due: *conditions_due,
                residual_risk: *residual_risk,
                date: *date,
            }),
            local.include_local_changes,
        ),
        Command::Snapshot {
            id,
            date,
            kind,
            archive_ref,
            format,
            local,
        } => (
            id,
            Request::Snapshot(NewSnapshot {
                date: *date,
                kind: *kind,
                archive_ref: archive_ref.clone(),
                format: format.clone(),
            }),
            local.include_local_changes,
        ),
        Command::Review {
            id,
            result,
            note,
            next,
            date,
            local,
        } => (
            id,
            Request::Review(ReviewInput {
                result: *result,
                note: note.clone(),
                next: *next,
                date: *date,
            }),
            local.include_local_changes,
        ),
        Command::Activity {
            id,
            last_post,
            local,
        } => (
            id,
            Request::Activity {
                last_post: *last_post,
            },
            local.include_local_changes,
        ),
        Command::Close {
            id,
            reason,
            closed,
            date,
            local,
        } => (
            id,
            Request::Close {
                reason: reason.clone(),
                closed: *closed,
                date: *date,
            },
            local.include_local_changes,
        ),
        Command::Correct {
            id,
            decision,
            snapshot,
            closing,
            date,
            conditions_due,
            body,
            decided_by,
            rationale,
            residual_risk,
            archive_ref,
            format,
            closing_reason,
            reason,
            local,
        } => {
            use somevakt_core::correct::{Correction, EntryRef, Value};
            let entry = match (decision, snapshot, closing) {
                (Some(n), _, _) => EntryRef::Decision(*n),
                (_, Some(n), _) => EntryRef::Snapshot(*n),
                _ => EntryRef::Closing,
            };
            let text = |name: &str, v: &String| (name.to_owned(), Value::Text(v.clone()));
            let (field, value) = if let Some(d) = date {
                let name = if entry == EntryRef::Closing {
                    "decided"
                } else {
                    "date"
                };
                (name.to_owned(), Value::Date(*d))
            } else if let Some(d) = conditions_due {
                ("conditions_due".to_owned(), Value::Date(*d))
            } else if let Some(l) = residual_risk {
                ("residual_risk".to_owned(), Value::Level(*l))
            } else if let Some(v) = body {
                text("body", v)
            } else if let Some(v) = decided_by {
                text("decided_by", v)
            } else if let Some(v) = rationale {
                text("rationale", v)
            } else if let Some(v) = archive_ref {
                text("archive_ref", v)
            } else if let Some(v) = format {
                text("format", v)
            } else if let Some(v) = closing_reason {
                text("reason", v)
            } else {
                // clap requires one field; nothing else reaches here.
                return None;
            };
            (
                id,
                Request::Correct {
                    correction: Correction {
                        entry,
                        field,
                        value,
                    },
                    reason: reason.clone(),
                },
                local.include_local_changes,
            )
        }
        Command::New {
            id,
            municipality,
            platform,
            name,
        } => (
            id,
            Request::New {
                municipality: municipality.clone(),
                platform: *platform,
                name: name.clone(),
                // Worded in the repository's language by `record`.
                comments: Default::default(),
            },
            false,
        ),
        _ => return None,
    })
}

/// [`request`] of the subcommand given, if it records something.
pub(super) fn request_of(command: &Option<Command>) -> Option<(&str, Request, bool)> {
    command.as_ref().and_then(request)
}

/// Prepares, then commits at once: on the command line the arguments are
/// the confirmation. The record is dated by the real clock: `--today` only
/// changes evaluation, never what is recorded.
pub(super) fn record(
    cli: &Cli,
    id: &str,
    request: &Request,
    include_local: bool,
    clock: Clock,
) -> Result<u8, CliError> {
    let id = AccountId::parse(id).map_err(CliError::Usage)?;
    let root = repo_root(cli)?;
    let request = &in_repository_language(request, &root, cli, clock);
    // The store's typed reason; the binary words it in the reader's
    // language when it prints the error (`CliError::message`).
    let prepared = record::prepare(&root, &id, request, clock).map_err(CliError::Record)?;
    let recorded = record::confirm(&root, &prepared, include_local).map_err(CliError::Record)?;
    let lang = record_lang(cli, &root);
    let warning = t!(lang, "cli-warning");
    for said in prepared.warnings.iter().chain(&recorded.warnings) {
        let said = i18n::errors::record_warning(lang, said);
        eprintln!("somevakt: {warning}: {}", sanitize(&said));
    }
    if !prepared.findings.is_empty() {
        // Recorded all the same: a finding never refuses a fact.
        let ids = prepared.findings.join(", ");
        eprintln!("somevakt: {}", t!(lang, "record-findings-left", ids = ids));
    }
    // The subject is the commit's own (English, the contract's trailers
    // and subjects never change with the language).
    emit(&format!(
        "{}\n",
        t!(
            lang,
            "record-done",
            subject = sanitize(&prepared.proposal.subject()),
            commit = recorded.id.short().to_string()
        )
    ))
    .map(|_| 0)
}

/// A new account's template in the repository's language (the policy's,
/// else the reader's): a Norwegian register gets Norwegian comments.
fn in_repository_language(
    request: &Request,
    root: &std::path::Path,
    cli: &Cli,
    clock: Clock,
) -> Request {
    let Request::New {
        municipality,
        platform,
        name,
        ..
    } = request
    else {
        return request.clone();
    };
    let policy = somevakt_store::reload_policy(root).0.policy.language;
    let lang = policy
        .map(Lang::from)
        .unwrap_or_else(|| record_lang(cli, root));
    let today = clock.today();
    Request::New {
        municipality: municipality.clone(),
        platform: *platform,
        name: name.clone(),
        comments: i18n::words::template_comments(lang, name, today),
    }
}

/// The language of a record's messages: the choice, else the policy's.
fn record_lang(cli: &Cli, root: &std::path::Path) -> Lang {
    match chosen_lang(cli) {
        Some(lang) => lang,
        None => i18n::with_policy(None, somevakt_store::reload_policy(root).0.policy.language),
    }
}

/// Tells about a record that was interrupted before its commit (a crash,
/// a kill, a full disk), and how to finish it; tidies what it left.
pub(super) fn report_unfinished(cli: &Cli) {
    let Ok(root) = repo_root(cli) else {
        return;
    };
    let notices = unfinished::check(&root).notices();
    if notices.is_empty() {
        // The usual case. The word below costs the policy read again and
        // the Fluent bundle: a few milliseconds of every command's start.
        return;
    }
    let warning = t!(record_lang(cli, &root), "cli-warning");
    for notice in notices {
        eprintln!("somevakt: {warning}: {}", sanitize(&notice));
    }
}
