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
    closed
        .into_iter()
        .fold(command, |command, (sub, arg, words)| {
            command.mut_subcommand(sub, |s| {
                s.mut_arg(arg, |a| {
                    a.value_parser(clap::builder::PossibleValuesParser::new(words))
                        .hide_possible_values(true)
                })
            })
        })
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
