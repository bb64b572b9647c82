//! The subcommands that record something as a Git commit.

use super::{Cli, CliError, Command, emit, repo_root};
use somevakt_core::edit::NewSnapshot;
use somevakt_core::{AccountId, Date};
use somevakt_core::{DecisionInput, Request};
use somevakt_store::commit::CommitError;
use somevakt_store::record;

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
            local,
        } => (
            id,
            Request::Close {
                reason: reason.clone(),
                closed: *closed,
            },
            local.include_local_changes,
        ),
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
            },
            false,
        ),
        _ => return None,
    })
}

/// Prepares, then commits at once: on the command line the arguments are
/// the confirmation.
pub(super) fn record(
    cli: &Cli,
    today: Date,
    id: &str,
    request: &Request,
    include_local: bool,
) -> Result<u8, CliError> {
    let id = AccountId::parse(id).map_err(CliError::Usage)?;
    let root = repo_root(cli)?;
    let refused = |e: CommitError| CliError::Usage(e.to_string());
    let prepared = record::prepare(&root, &id, request, today).map_err(refused)?;
    let oid = record::confirm(&root, &prepared, include_local).map_err(refused)?;
    for warning in &prepared.warnings {
        eprintln!("somevakt: warning: {warning}");
    }
    emit(&format!(
        "Recorded \"{}\" in commit {}\n",
        prepared.proposal.subject(),
        &oid.to_string()[..8]
    ))
    .map(|_| 0)
}
