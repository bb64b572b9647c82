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

/// Reads the config file; no file is the default config.
pub fn load() -> Config {
    let Some(path) = path() else {
        return Config::default();
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            let mut config = parse(&text);
            for p in &mut config.problems {
                *p = format!("{}: {p}", path.display());
            }
            config
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Config::default(),
        Err(e) => Config {
            problems: vec![format!("cannot read {}: {e}", path.display())],
            ..Config::default()
        },
    }
}

/// Reads a config file's text.
pub fn parse(text: &str) -> Config {
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
                None => config.problems.push(format!(
                    "unknown theme \"{name}\" (terminal, light, high-contrast)"
                )),
            },
            ("keys", toml::Value::Table(keys)) => {
                for (name, keys) in keys {
                    match rebinding(name, keys) {
                        Ok((action, keys)) => config.keymap.rebind(action, keys),
                        Err(problem) => config.problems.push(problem),
                    }
                }
            }
            (other, _) => config.problems.push(format!("unknown setting \"{other}\"")),
        }
    }
    config
}

fn rebinding(name: &str, value: &toml::Value) -> Result<(Action, Vec<Key>), String> {
    let action = Action::ALL
        .into_iter()
        .find(|a| a.name() == name)
        .ok_or_else(|| format!("unknown action \"{name}\" in [keys]"))?;
    let texts: Vec<&str> = match value {
        toml::Value::String(s) => vec![s.as_str()],
        toml::Value::Array(items) => items.iter().filter_map(|v| v.as_str()).collect(),
        _ => return Err(format!("[keys] {name}: a key or a list of keys")),
    };
    let keys: Option<Vec<Key>> = texts.iter().map(|t| Key::parse(t)).collect();
    match keys {
        Some(keys) if !keys.is_empty() => Ok((action, keys)),
        _ => Err(format!("[keys] {name}: cannot read {value}")),
    }
}

#[cfg(test)]
mod tests {
    use super::super::keymap::{Context, Screen};
    use super::*;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    #[test]
    fn theme_and_keys_from_the_file() {
        let config =
            parse("theme = \"light\"\n[keys]\ndecide = \"D\"\nquit = [\"q\", \"Ctrl-q\"]\n");
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
        let config = parse("theme = \"sepia\"\n[keys]\nfly = \"x\"\ndecide = \"D\"\n");
        assert_eq!(config.problems.len(), 2, "{:?}", config.problems);
        assert_eq!(config.theme, ThemeName::Terminal);
        let broken = parse("theme = ");
        assert_eq!(broken.problems.len(), 1);
    }
}
