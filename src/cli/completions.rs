//! `somevakt completions SHELL` and `somevakt man`: generated from the same
//! clap definitions that parse the command line, so they cannot drift from
//! it. Both carry the help texts in the chosen language.

use clap::CommandFactory;

use super::{Cli, CliError};
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

/// The command as the reader sees it: help texts in their language.
fn command(lang: Option<Lang>) -> clap::Command {
    i18n::help::localise(Cli::command(), lang.unwrap_or(Lang::En))
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

/// The manual page in roff: the program's name, synopsis, description and
/// options as clap_mangen renders them, then one section per subcommand with
/// its synopsis and its arguments, so `man somevakt` documents every command
/// on one page.
pub fn man_page(lang: Option<Lang>) -> Result<String, CliError> {
    let command = command(lang);
    let mut out = Vec::new();
    let man = clap_mangen::Man::new(command.clone());
    // Section by section, without clap_mangen's list of subcommands: it
    // points at one page per subcommand (somevakt-status(1)), and here every
    // subcommand has its section on this page instead.
    man.render_title(&mut out).map_err(CliError::Output)?;
    man.render_name_section(&mut out)
        .map_err(CliError::Output)?;
    man.render_synopsis_section(&mut out)
        .map_err(CliError::Output)?;
    man.render_description_section(&mut out)
        .map_err(CliError::Output)?;
    man.render_options_section(&mut out)
        .map_err(CliError::Output)?;
    let mut page = String::from_utf8_lossy(&out).into_owned();
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        page.push_str(&format!(
            ".SH \"{}\"\n",
            escape(&format!("SOMEVAKT {}", sub.get_name().to_uppercase()))
        ));
        if let Some(about) = sub.get_about() {
            page.push_str(&format!("{}\n", escape(&about.to_string())));
        }
        let mut usage = sub.clone().bin_name(format!("somevakt {}", sub.get_name()));
        page.push_str(&format!(
            ".PP\n\\fB{}\\fR\n",
            escape(&usage.render_usage().to_string().replace("Usage: ", ""))
        ));
        // The global options are described once, under OPTIONS.
        let own = sub
            .get_arguments()
            .filter(|a| !a.is_hide_set() && !a.is_global_set() && a.get_id() != "help");
        for arg in own {
            let name = match (arg.get_long(), arg.get_short()) {
                (Some(long), _) => format!("\\-\\-{}", escape(long)),
                (None, Some(short)) => format!("\\-{}", escape(&short.to_string())),
                (None, None) => arg
                    .get_value_names()
                    .and_then(|v| v.first())
                    .map(|v| format!("<{}>", escape(v)))
                    .unwrap_or_else(|| escape(arg.get_id().as_str())),
            };
            let value = match arg.get_value_names() {
                Some(names)
                    if !arg.is_positional()
                        && arg.get_num_args().is_none_or(|n| n.takes_values()) =>
                {
                    names
                        .iter()
                        .map(|v| format!(" \\fI<{}>\\fR", escape(v)))
                        .collect::<String>()
                }
                _ => String::new(),
            };
            page.push_str(&format!(".TP\n\\fB{name}\\fR{value}\n"));
            if let Some(help) = arg.get_help() {
                page.push_str(&format!("{}\n", escape(&help.to_string())));
            }
        }
    }
    Ok(page)
}

/// Text made safe for roff: backslashes and hyphens escaped, and a line
/// never starting with a control character (`.` or `'`).
fn escape(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    let lines: Vec<String> = escaped
        .lines()
        .map(|line| {
            if line.starts_with('.') || line.starts_with('\'') {
                format!("\\&{line}")
            } else {
                line.to_owned()
            }
        })
        .collect();
    lines.join("\n")
}
