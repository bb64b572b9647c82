//! The user's settings: `$XDG_CONFIG_HOME/somevakt/config.toml` (usually
//! `~/.config/somevakt/config.toml`). It chooses the theme and can rebind
//! any action's keys:
//!
//! ```toml
//! theme = "light"            # or "terminal" (the default), "high-contrast"
//! [keys]
//! decide = "D"
//! quit = ["q", "Ctrl-q"]
//! ```
//!
//! A broken file never stops the dashboard: what can be read is used, and
//! the status line says what was not.

use std::path::PathBuf;

use super::keymap::{Action, Key, Keymap};
use super::theme::ThemeName;
use crate::i18n::Lang;
use crate::t;

/// What the config file set.
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub theme: ThemeName,
    pub keymap: Keymap,
    /// What could not be used, for the status line.
    pub problems: Vec<String>,
}

/// Where the config file is looked for.
pub fn path() -> Option<PathBuf> {
    use etcetera::BaseStrategy;
    let strategy = etcetera::choose_base_strategy().ok()?;
    Some(strategy.config_dir().join("somevakt").join("config.toml"))
}

/// Reads the config file; no file is the default config. Problems are
/// worded in `lang` (the policy is not read yet: the choice, or English).
pub fn load(lang: Lang) -> Config {
    let Some(path) = path() else {
        return Config::default();
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            let mut config = parse(&text, lang);
            for p in &mut config.problems {
                *p = format!("{}: {p}", path.display());
            }
            config
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Config::default(),
        Err(e) => Config {
            problems: vec![t!(
                lang,
                "config-cannot-read",
                path = path.display().to_string(),
                error = e.to_string()
            )],
            ..Config::default()
        },
    }
}

/// Reads a config file's text.
pub fn parse(text: &str, lang: Lang) -> Config {
    let mut config = Config::default();
    let table = match text.parse::<toml::Table>() {
        Ok(table) => table,
        Err(e) => {
            config.problems.push(e.message().to_owned());
            return config;
        }
    };
    for (key, value) in &table {
        match (key.as_str(), value) {
            ("theme", toml::Value::String(name)) => match ThemeName::parse(name) {
                Some(theme) => config.theme = theme,
                None => config
                    .problems
                    .push(t!(lang, "config-unknown-theme", name = name.clone())),
            },
            ("keys", toml::Value::Table(keys)) => {
                for (name, keys) in keys {
                    match rebinding(name, keys, lang) {
                        Ok((action, keys)) => config.keymap.rebind(action, keys),
                        Err(problem) => config.problems.push(problem),
                    }
                }
            }
            (other, _) => {
                config
                    .problems
                    .push(t!(lang, "config-unknown-setting", name = other.to_owned()))
            }
        }
    }
    config
}

fn rebinding(name: &str, value: &toml::Value, lang: Lang) -> Result<(Action, Vec<Key>), String> {
    let action = Action::ALL
        .into_iter()
        .find(|a| a.name() == name)
        .ok_or_else(|| t!(lang, "config-unknown-action", name = name.to_owned()))?;
    let texts: Vec<&str> = match value {
        toml::Value::String(s) => vec![s.as_str()],
        toml::Value::Array(items) => items.iter().filter_map(|v| v.as_str()).collect(),
        _ => return Err(t!(lang, "config-keys-shape", name = name.to_owned())),
    };
    let keys: Option<Vec<Key>> = texts.iter().map(|t| Key::parse(t)).collect();
    match keys {
        Some(keys) if !keys.is_empty() => Ok((action, keys)),
        _ => Err(t!(
            lang,
            "config-keys-unreadable",
            name = name.to_owned(),
            value = value.to_string()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::super::keymap::{Context, Screen};
    use super::*;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    #[test]
    fn theme_and_keys_from_the_file() {
        let config = parse(
            "theme = \"light\"\n[keys]\ndecide = \"D\"\nquit = [\"q\", \"Ctrl-q\"]\n",
            Lang::En,
        );
        assert!(config.problems.is_empty(), "{:?}", config.problems);
        assert_eq!(config.theme, ThemeName::Light);
        let c = Context::Screen(Screen::Overview);
        let ctrl_q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL);
        assert_eq!(config.keymap.action(c, &ctrl_q), Some(Action::Quit));
        let d = KeyEvent::new(KeyCode::Char('D'), KeyModifiers::NONE);
        assert_eq!(config.keymap.action(c, &d), Some(Action::Decide));
    }

    #[test]
    fn what_cannot_be_read_is_said_and_the_rest_used() {
        let config = parse(
            "theme = \"sepia\"\n[keys]\nfly = \"x\"\ndecide = \"D\"\n",
            Lang::Nb,
        );
        assert_eq!(config.problems.len(), 2, "{:?}", config.problems);
        assert!(
            config.problems.iter().any(|p| p.contains("ukjent tema")),
            "{:?}",
            config.problems
        );
        assert_eq!(config.theme, ThemeName::Terminal);
        let broken = parse("theme = ", Lang::En);
        assert_eq!(broken.problems.len(), 1);
    }
}
