//! What went wrong when a command could not run at all (exit 2), and the
//! language it is told in.

use super::{Cli, chosen_lang, repo_root};
use crate::i18n::{self, Lang};
use crate::t;

/// What went wrong when a command could not run at all (exit 2).
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Repo(#[from] somevakt_store::RepoError),
    /// A record refused or failed: the store's typed reason.
    #[error(transparent)]
    Record(#[from] somevakt_store::commit::CommitError),
    #[error("{0}")]
    Usage(String),
    #[error("cannot write the output: {0}")]
    Output(std::io::Error),
}

impl CliError {
    /// The error in `lang`, for the one line on standard error.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            CliError::Repo(e) => i18n::errors::repo_error(lang, e),
            CliError::Record(e) => i18n::errors::commit_error(lang, e),
            CliError::Usage(text) => text.clone(),
            CliError::Output(e) => t!(lang, "output-failed", reason = e.to_string()),
        }
    }
}

/// The language of an error: the choice, else the policy's if the
/// repository and its policy can be read, else English.
pub(super) fn error_lang(cli: &Cli) -> Lang {
    if let Some(lang) = chosen_lang(cli) {
        return lang;
    }
    let policy = repo_root(cli)
        .ok()
        .and_then(|root| somevakt_store::reload_policy(&root).0.policy.language);
    i18n::with_policy(None, policy)
}

/// A value outside a closed set, with the words it accepts: typed, so the
/// error can be worded in the reader's language (`i18n::errors::usage`).
#[derive(Debug, thiserror::Error)]
#[error("expected one of: {0}")]
pub struct NotOneOf(pub String);

/// clap's several-line mistake message (error, tip, usage, "for more
/// information") as one line.
pub(super) fn one_line_usage_error(error: &clap::Error, help: &str) -> String {
    let rendered = error.render().to_string();
    let parts: Vec<&str> = rendered
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("Usage:") && !l.starts_with("For more"))
        .collect();
    let text = parts.join(" ");
    let text = text.strip_prefix("error: ").unwrap_or(&text);
    format!("{} (see {help})", crate::text::sanitize(text))
}

/// Where a mistake on the command line is explained: the subcommand's own
/// help when the arguments name one (`somevakt decide --help`), else the
/// program's. The arguments are read raw, since clap failed to parse them;
/// the values of the global options are skipped, so `--repo status` names
/// no subcommand.
pub(super) fn help_for(args: &[std::ffi::OsString], command: &clap::Command) -> String {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if matches!(word.as_ref(), "--repo" | "--today" | "--lang") {
            words.next();
            continue;
        }
        if word == "--" || word.starts_with('-') {
            continue;
        }
        return match command.find_subcommand(word.as_ref()) {
            Some(sub) => format!("somevakt {} --help", sub.get_name()),
            None => "somevakt --help".to_owned(),
        };
    }
    "somevakt --help".to_owned()
}
