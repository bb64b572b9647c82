//! `somevakt audit [--format text|json] [--since REV] [--no-cache]`: is the
//! decision trail intact? Exit 0 intact, 1 violations, 2 cannot run (a
//! shallow history included) (docs/format.md).

use super::{CheckFormat, Cli, CliError, chosen_lang, emit, repo_root};
use crate::{i18n, report};

/// Runs the audit and prints it; the exit code says whether it is intact.
pub(super) fn run(
    cli: &Cli,
    format: CheckFormat,
    since: Option<&str>,
    use_cache: bool,
) -> Result<u8, CliError> {
    let root = repo_root(cli)?;
    let report = somevakt_store::audit::audit_register_with(&root, since, use_cache)
        .map_err(|e| CliError::Usage(format!("audit: {e}")))?;
    let text = match format {
        CheckFormat::Text => {
            // The choice, else the policy's language (a broken policy has
            // already stopped the audit above).
            let policy = somevakt_store::reload_policy(&root).0;
            let lang = i18n::with_policy(chosen_lang(cli), policy.policy.language);
            report::audit::to_text(&report, lang)
        }
        CheckFormat::Json => report::audit::to_json(&report),
    };
    emit(&text)?;
    Ok(if report.intact() { 0 } else { 1 })
}
