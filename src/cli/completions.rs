//! `somevakt completions SHELL` and `somevakt man`: generated from the same
//! clap definitions that parse the command line, so they cannot drift from
//! it. Both carry the help texts in the chosen language.

use clap::CommandFactory;
use somevakt_core::model::{Level, Outcome, Platform, SnapshotKind};
use somevakt_core::words::Word;

use super::Cli;
use crate::i18n::{self, Lang};

/// The shells clap_complete writes scripts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
}

impl From<Shell> for clap_complete::Shell {
    fn from(shell: Shell) -> clap_complete::Shell {
        match shell {
            Shell::Bash => clap_complete::Shell::Bash,
            Shell::Zsh => clap_complete::Shell::Zsh,
            Shell::Fish => clap_complete::Shell::Fish,
            Shell::Powershell => clap_complete::Shell::PowerShell,
            Shell::Elvish => clap_complete::Shell::Elvish,
        }
    }
}

/// The command as the reader sees it: help texts in their language, and
/// the closed sets' words as possible values, so a shell completes
/// `--outcome con<Tab>` and the manual lists them. (Parsing uses the same
/// words through `word::<T>`, whose error lists them in the language.)
pub(super) fn command(lang: Option<Lang>) -> clap::Command {
    let command = i18n::help::localise(Cli::command(), lang.unwrap_or(Lang::En));
    // `--lang` is a clap ValueEnum: completed already.
    let closed: [(&str, &str, Vec<&'static str>); 4] = [
        ("decide", "outcome", values::<Outcome>()),
        ("decide", "residual_risk", values::<Level>()),
        ("snapshot", "kind", values::<SnapshotKind>()),
        ("new", "platform", values::<Platform>()),
    ];
    let command = closed
        .into_iter()
        .fold(command, |command, (sub, arg, words)| {
            command.mut_subcommand(sub, |s| {
                s.mut_arg(arg, |a| {
                    a.value_parser(clap::builder::PossibleValuesParser::new(words))
                        .hide_possible_values(true)
                })
            })
        });
    // The accounts of the repository, for the shells' dynamic completion.
    ["decide", "snapshot", "activity", "close", "log", "digest"]
        .into_iter()
        .fold(command, |command, sub| {
            command.mut_subcommand(sub, |s| {
                s.mut_arg("id", |a| {
                    a.add(clap_complete::engine::ArgValueCandidates::new(account_ids))
                })
            })
        })
}

/// Answers the shell when it asks for completions (`COMPLETE=bash
/// somevakt -- …`, which `source <(COMPLETE=bash somevakt)` sets up), and
/// exits; does nothing otherwise. The candidates include the account ids
/// of the repository around the current folder.
pub fn answer_the_shell(lang: Lang) {
    clap_complete::CompleteEnv::with_factory(move || command(Some(lang)))
        .bin("somevakt")
        .complete();
}

/// Every account id of the repository around the current folder: the
/// `.toml` files under `assessments/`, found as the loader finds them
/// (regular files and folders only, never through a link).
fn account_ids() -> Vec<clap_complete::CompletionCandidate> {
    let Ok(here) = std::env::current_dir() else {
        return Vec::new();
    };
    let Ok(root) = somevakt_store::find_root(&here) else {
        return Vec::new();
    };
    let base = root.join("assessments");
    let mut ids = Vec::new();
    let mut folders = vec![base.clone()];
    // A shell waits for the answer: a bound on what is read.
    let mut budget = 100_000usize;
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            budget = budget.saturating_sub(1);
            if budget == 0 {
                break;
            }
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let path = entry.path();
            if kind.is_dir() {
                folders.push(path);
            } else if kind.is_file() && path.extension().is_some_and(|e| e == "toml") {
                let id = path
                    .strip_prefix(&base)
                    .ok()
                    .map(|p| p.with_extension(""))
                    .and_then(|p| {
                        p.components()
                            .map(|c| c.as_os_str().to_str().map(str::to_owned))
                            .collect::<Option<Vec<String>>>()
                    })
                    .map(|parts| parts.join("/"));
                if let Some(id) = id.filter(|id| somevakt_core::AccountId::parse(id).is_ok()) {
                    ids.push(id);
                }
            }
        }
    }
    ids.sort();
    ids.into_iter()
        .map(clap_complete::CompletionCandidate::new)
        .collect()
}

fn values<T: Word>() -> Vec<&'static str> {
    T::all().iter().map(|v| v.word()).collect()
}

/// The completion script for `shell`.
pub fn script(shell: Shell, lang: Option<Lang>) -> String {
    let mut command = command(lang);
    let mut out = Vec::new();
    clap_complete::generate(
        clap_complete::Shell::from(shell),
        &mut command,
        "somevakt",
        &mut out,
    );
    String::from_utf8_lossy(&out).into_owned()
}
