//! `--help` in the chosen language. The clap definitions' English doc
//! comments are the English help and the source of the translations; for
//! Norwegian and Swedish this module replaces every text clap shows with the
//! message of the same place:
//!
//! - `help-about`, `help-long-about`: the program;
//! - `help-arg-<arg>`: the program's own options (`--repo`, `--lang`, ...);
//! - `help-<command>`: a subcommand's one-line description;
//! - `help-<command>-<arg>`: a subcommand's argument (`_` becomes `-`).
//!
//! The tests check that every argument of every subcommand has its message
//! in every language, and that no `help-` message names nothing.

use clap::{Arg, ArgAction, Command};

use super::{Lang, text};
use crate::t;

/// The message id for a subcommand's argument (`None` for the program's own).
pub fn arg_key(command: Option<&str>, arg: &str) -> String {
    let arg = arg.replace('_', "-");
    match command {
        Some(command) => format!("help-{command}-{arg}"),
        None => format!("help-arg-{arg}"),
    }
}

/// The message id for a subcommand's description.
pub fn command_key(command: &str) -> String {
    format!("help-{command}")
}

/// `command` with every help text in `lang`, clap's own headings and its
/// `--help`/`--version`/`help` texts included.
pub fn localise(command: Command, lang: Lang) -> Command {
    if lang == Lang::En {
        // The doc comments are the English help, exactly as clap shows them.
        return command;
    }
    // Build first so that clap's generated `help` subcommand and the
    // `--help`/`--version` flags exist and can be worded too.
    let mut command = command;
    command.build();
    let command = command
        .about(t!(lang, "help-about"))
        .long_about(t!(lang, "help-long-about"));
    let command = word_command(command, None, lang);
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    names.into_iter().fold(command, |command, name| {
        command.mut_subcommand(name.clone(), |sub| {
            let key = command_key(&name);
            let sub = if name == "help" {
                sub.about(t!(lang, "help-help-command"))
            } else {
                sub.about(text(lang, &key, &super::FluentArgs::new()))
            };
            word_command(sub, Some(&name), lang)
        })
    })
}

/// The headings and the arguments of one command.
fn word_command(command: Command, name: Option<&str>, lang: Lang) -> Command {
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        t!(lang, "help-usage")
    );
    let command = command
        .help_template(template)
        .subcommand_help_heading(t!(lang, "help-heading-commands"))
        .subcommand_value_name(t!(lang, "help-value-command"));
    let command = word_usage(command, name, lang);
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().as_str().to_owned())
        .collect();
    ids.into_iter().fold(command, |command, id| {
        command.mut_arg(id, |arg| word_arg(arg, name, lang))
    })
}

/// The usage line with clap's `[OPTIONS]` in the language (`[VALG]`):
/// clap writes that word itself, so the line is rendered once and the
/// result set as the command's usage.
fn word_usage(command: Command, name: Option<&str>, lang: Lang) -> Command {
    let mut probe = command.clone();
    let rendered = probe.render_usage().to_string();
    let line = rendered.lines().next().unwrap_or_default();
    let line = line.strip_prefix("Usage:").unwrap_or(line).trim();
    // clap starts the line with the program and the subcommand's names.
    let rest = line
        .split(' ')
        .skip_while(|word| *word == "somevakt" || Some(*word) == name)
        .collect::<Vec<_>>()
        .join(" ")
        .replace("[OPTIONS]", &t!(lang, "help-value-options"));
    let program = match name {
        Some(name) => format!("somevakt {name}"),
        None => "somevakt".to_owned(),
    };
    command.override_usage(format!("{program} {rest}").trim_end().to_owned())
}

/// The message id of an argument as `command` shows it.
fn key_of_arg(command: Option<&str>, arg: &Arg) -> String {
    let id = arg.get_id().as_str();
    // A global argument is shown under every subcommand; it has one text.
    match (id, arg.is_global_set()) {
        ("help", _) => "help-arg-help".to_owned(),
        ("version", _) => "help-arg-version".to_owned(),
        (_, true) => arg_key(None, id),
        _ => arg_key(command, id),
    }
}

/// Every message id `localise` asks for on `command` in Norwegian and
/// Swedish (for the tests).
pub fn keys(command: &clap::Command) -> std::collections::BTreeSet<String> {
    let mut command = command.clone();
    command.build();
    let mut keys: std::collections::BTreeSet<String> = [
        "help-about",
        "help-long-about",
        "help-usage",
        "help-heading-options",
        "help-heading-arguments",
        "help-heading-commands",
        "help-value-command",
        "help-value-options",
        "help-help-command",
        "help-default",
        "help-values",
        "help-env",
    ]
    .map(String::from)
    .into();
    keys.extend(command.get_arguments().map(|a| key_of_arg(None, a)));
    for sub in command.get_subcommands() {
        let name = sub.get_name();
        if name != "help" {
            keys.insert(command_key(name));
        }
        keys.extend(sub.get_arguments().map(|a| key_of_arg(Some(name), a)));
    }
    keys
}

fn word_arg(arg: Arg, command: Option<&str>, lang: Lang) -> Arg {
    let heading = if arg.is_positional() {
        t!(lang, "help-heading-arguments")
    } else {
        t!(lang, "help-heading-options")
    };
    let key = key_of_arg(command, &arg);
    let mut words = text(lang, &key, &super::FluentArgs::new());
    // clap's own notes on values are English; they are written here instead.
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect();
    let takes_value = !matches!(
        arg.get_action(),
        ArgAction::SetTrue
            | ArgAction::SetFalse
            | ArgAction::Count
            | ArgAction::Help
            | ArgAction::Version
    );
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_value && !defaults.is_empty() {
        let default = defaults.join(", ");
        words.push_str(&format!(" [{}]", t!(lang, "help-default", value = default)));
    }
    if takes_value && !values.is_empty() {
        let values = values.join(", ");
        words.push_str(&format!(" [{}]", t!(lang, "help-values", values = values)));
    }
    if let Some(env) = arg.get_env() {
        let name = env.to_string_lossy().into_owned();
        words.push_str(&format!(" [{}]", t!(lang, "help-env", name = name)));
    }
    arg.help_heading(heading)
        .help(words.clone())
        .long_help(words)
        .hide_default_value(true)
        .hide_possible_values(true)
        .hide_env(true)
}
