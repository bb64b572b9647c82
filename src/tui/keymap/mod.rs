//! Every key of every screen and modal, in one table. The hint line, the
//! help screen and the command palette are all drawn from it, so they cannot
//! disagree with what the keys do; the config file can rebind any action.

mod tables;

use std::collections::HashMap;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::i18n::Lang;
use crate::t;

pub use tables::Def;

/// The screens of the dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    Overview,
    Detail,
    History,
    Diff,
    Reminders,
    Help,
}

impl Screen {
    /// The screen's name in its tab (`Oversikt`, `Översikt`).
    pub fn title(self, lang: Lang) -> String {
        match self {
            Screen::Overview => t!(lang, "screen-overview"),
            Screen::Detail => t!(lang, "screen-detail"),
            Screen::History => t!(lang, "screen-history"),
            Screen::Diff => t!(lang, "screen-commit"),
            Screen::Reminders => t!(lang, "screen-reminders"),
            Screen::Help => t!(lang, "screen-help"),
        }
    }
}

/// Where keys are read: a screen, or a modal over it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    Screen(Screen),
    Form,
    Preview,
    Filter,
    Search,
    Palette,
    Discard,
    EditorProblem,
}

/// What a key does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    Open,
    Back,
    Quit,
    Help,
    Palette,
    NextScreen,
    PreviousScreen,
    GoOverview,
    GoDetail,
    GoHistory,
    GoReminders,
    StartFilter,
    StartSearch,
    SearchNext,
    SearchPrevious,
    NextFinding,
    PreviousFinding,
    NextQuickFilter,
    PreviousQuickFilter,
    NextSort,
    ReverseSort,
    Reload,
    OpenUrl,
    CopyId,
    // Records.
    Decide,
    RecordReview,
    RecordSnapshot,
    RecordActivity,
    CloseAccount,
    NewAccount,
    EditInEditor,
    // In a form.
    NextField,
    PreviousField,
    ChoiceNext,
    ChoicePrevious,
    Submit,
    PreviewNow,
    Cancel,
    Confirm,
    // After the editor.
    ReopenEditor,
    Restore,
    // In the filter or search line.
    FilterAccept,
    FilterCancel,
}

impl Action {
    /// Whether the action records something in the register (a form that
    /// ends in a commit, or the editor).
    pub fn records(self) -> bool {
        matches!(
            self,
            Action::Decide
                | Action::RecordSnapshot
                | Action::RecordActivity
                | Action::CloseAccount
                | Action::NewAccount
                | Action::EditInEditor
        )
    }

    /// Every action, for the config file's names and the palette.
    pub const ALL: [Action; 49] = [
        Action::Up,
        Action::Down,
        Action::PageUp,
        Action::PageDown,
        Action::Top,
        Action::Bottom,
        Action::Open,
        Action::Back,
        Action::Quit,
        Action::Help,
        Action::Palette,
        Action::NextScreen,
        Action::PreviousScreen,
        Action::GoOverview,
        Action::GoDetail,
        Action::GoHistory,
        Action::GoReminders,
        Action::StartFilter,
        Action::StartSearch,
        Action::SearchNext,
        Action::SearchPrevious,
        Action::NextFinding,
        Action::PreviousFinding,
        Action::NextQuickFilter,
        Action::PreviousQuickFilter,
        Action::NextSort,
        Action::ReverseSort,
        Action::Reload,
        Action::OpenUrl,
        Action::CopyId,
        Action::Decide,
        Action::RecordReview,
        Action::RecordSnapshot,
        Action::RecordActivity,
        Action::CloseAccount,
        Action::NewAccount,
        Action::EditInEditor,
        Action::NextField,
        Action::PreviousField,
        Action::ChoiceNext,
        Action::ChoicePrevious,
        Action::Submit,
        Action::PreviewNow,
        Action::Cancel,
        Action::Confirm,
        Action::ReopenEditor,
        Action::Restore,
        Action::FilterAccept,
        Action::FilterCancel,
    ];

    /// The action's name in the config file's `[keys]` table.
    pub fn name(self) -> String {
        // CamelCase to snake_case: "GoReminders" -> "go_reminders".
        let mut out = String::new();
        for (i, c) in format!("{self:?}").chars().enumerate() {
            if c.is_uppercase() && i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        }
        out
    }

    /// Whether the action needs a selected account.
    pub fn needs_account(self) -> bool {
        matches!(
            self,
            Action::Decide
                | Action::RecordReview
                | Action::RecordSnapshot
                | Action::RecordActivity
                | Action::CloseAccount
                | Action::EditInEditor
                | Action::OpenUrl
                | Action::CopyId
                | Action::GoHistory
                | Action::GoDetail
        )
    }
}

/// A key as the user presses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    Char(char),
    Ctrl(char),
    Code(KeyCode),
}

impl Key {
    fn matches(self, event: &KeyEvent) -> bool {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        match self {
            Key::Char(c) => !ctrl && event.code == KeyCode::Char(c),
            Key::Ctrl(c) => ctrl && event.code == KeyCode::Char(c),
            Key::Code(code) => event.code == code,
        }
    }

    /// How the key is written in the hint line, help and config file.
    pub fn label(self) -> String {
        match self {
            Key::Char(' ') => "Space".into(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{c}"),
            Key::Code(code) => match code {
                KeyCode::Up => "↑".into(),
                KeyCode::Down => "↓".into(),
                KeyCode::Left => "←".into(),
                KeyCode::Right => "→".into(),
                KeyCode::PageUp => "PgUp".into(),
                KeyCode::PageDown => "PgDn".into(),
                KeyCode::Home => "Home".into(),
                KeyCode::End => "End".into(),
                KeyCode::Enter => "Enter".into(),
                KeyCode::Esc => "Esc".into(),
                KeyCode::Tab => "Tab".into(),
                KeyCode::BackTab => "Shift-Tab".into(),
                KeyCode::Backspace => "Backspace".into(),
                KeyCode::F(n) => format!("F{n}"),
                other => format!("{other:?}"),
            },
        }
    }

    /// Reads a key as the config file writes it: `d`, `Ctrl-x`, `Enter`, `F5`.
    pub fn parse(text: &str) -> Option<Key> {
        let mut chars = text.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return Some(Key::Char(c));
        }
        let lower = text.to_lowercase();
        if let Some(rest) = lower.strip_prefix("ctrl-") {
            let mut chars = rest.chars();
            return match (chars.next(), chars.next()) {
                (Some(c), None) => Some(Key::Ctrl(c)),
                _ => None,
            };
        }
        let code = match lower.as_str() {
            "space" => return Some(Key::Char(' ')),
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "pgup" | "pageup" => KeyCode::PageUp,
            "pgdn" | "pagedown" => KeyCode::PageDown,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "enter" => KeyCode::Enter,
            "esc" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "shift-tab" | "backtab" => KeyCode::BackTab,
            "backspace" => KeyCode::Backspace,
            f if f.starts_with('f') => KeyCode::F(f[1..].parse().ok()?),
            _ => return None,
        };
        Some(Key::Code(code))
    }
}

/// One entry of the keymap, with the keys it has after the config.
#[derive(Debug, Clone)]
pub struct Binding {
    pub keys: Vec<Key>,
    pub action: Action,
    /// What it does, for the help screen and the palette: a message id
    /// of `locales/*/dashboard.ftl`.
    pub help: &'static str,
    /// The short word in the hint line (a message id); `None` keeps it out
    /// of the hint line.
    pub hint: Option<&'static str>,
}

impl Binding {
    /// What it does, in `lang`.
    pub fn help_text(&self, lang: Lang) -> String {
        crate::i18n::message(lang, self.help)
    }
}

/// The keys, as built in and as the config file rebinds them.
#[derive(Debug, Clone, Default)]
pub struct Keymap {
    overrides: HashMap<Action, Vec<Key>>,
}

impl Keymap {
    /// Rebinds `action` to `keys` everywhere it appears.
    pub fn rebind(&mut self, action: Action, keys: Vec<Key>) {
        self.overrides.insert(action, keys);
    }

    /// The bindings of a context, most specific first.
    pub fn bindings(&self, context: Context) -> Vec<Binding> {
        tables::defs(context)
            .into_iter()
            .map(|d| Binding {
                keys: self
                    .overrides
                    .get(&d.action)
                    .cloned()
                    .unwrap_or_else(|| d.keys.to_vec()),
                action: d.action,
                help: d.help,
                hint: d.hint,
            })
            .collect()
    }

    /// The action `event` triggers in `context`, if any.
    pub fn action(&self, context: Context, event: &KeyEvent) -> Option<Action> {
        // The first binding with the key wins, so a rebinding that takes a
        // key already in use shadows the later one instead of both firing.
        tables::defs(context).into_iter().find_map(|d| {
            let keys = self.overrides.get(&d.action).map(Vec::as_slice);
            keys.unwrap_or(d.keys)
                .iter()
                .any(|k| k.matches(event))
                .then_some(d.action)
        })
    }

    /// The label of the first key of `action` in `context`, e.g. "d".
    pub fn key_for(&self, context: Context, action: Action) -> Option<String> {
        self.bindings(context)
            .into_iter()
            .find(|b| b.action == action)
            .and_then(|b| b.keys.first().map(|k| k.label()))
    }
}

/// "Enter detail  / filter  ? help  q quit": the hint line of a set of
/// bindings, as (key, message id of the word).
pub fn hint_line(bindings: &[Binding]) -> Vec<(String, &'static str)> {
    bindings
        .iter()
        .filter_map(|b| Some((b.keys.first()?.label(), b.hint?)))
        .collect()
}

impl Action {
    /// The action that starts a fix: the rules name the default keys (`d`,
    /// `v`, `p`, `a`, `c`, `e`, docs/format.md "Findings"); the keymap then says
    /// which key the user has for the action. A fix without a key is done
    /// in the file: the editor.
    pub fn for_fix(fix: &somevakt_core::findings::Fix) -> Action {
        match fix.dashboard_key {
            Some("d") => Action::Decide,
            Some("v") => Action::RecordReview,
            Some("p") => Action::RecordSnapshot,
            Some("a") => Action::RecordActivity,
            Some("c") => Action::CloseAccount,
            _ => Action::EditInEditor,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    const SCREENS: [Screen; 6] = [
        Screen::Overview,
        Screen::Detail,
        Screen::History,
        Screen::Diff,
        Screen::Reminders,
        Screen::Help,
    ];

    #[test]
    fn every_screen_can_quit_and_get_help() {
        let map = Keymap::default();
        for screen in &SCREENS[..5] {
            let c = Context::Screen(*screen);
            assert_eq!(map.action(c, &key(KeyCode::Char('q'))), Some(Action::Quit));
            assert_eq!(map.action(c, &key(KeyCode::Char('?'))), Some(Action::Help));
            assert_eq!(
                map.action(c, &key(KeyCode::Char(':'))),
                Some(Action::Palette)
            );
            let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
            assert_eq!(map.action(c, &ctrl_c), Some(Action::Quit));
        }
    }

    #[test]
    fn no_key_is_bound_twice_in_a_context() {
        let map = Keymap::default();
        let mut contexts: Vec<Context> = SCREENS.iter().map(|s| Context::Screen(*s)).collect();
        contexts.extend([
            Context::Form,
            Context::Preview,
            Context::Filter,
            Context::Search,
            Context::Palette,
            Context::Discard,
            Context::EditorProblem,
        ]);
        for context in contexts {
            let mut seen = Vec::new();
            for b in map.bindings(context) {
                for k in &b.keys {
                    assert!(!seen.contains(k), "{k:?} twice in {context:?}");
                    seen.push(*k);
                }
            }
        }
    }

    #[test]
    fn vim_and_arrow_keys_agree() {
        let (map, c) = (Keymap::default(), Context::Screen(Screen::Overview));
        assert_eq!(
            map.action(c, &key(KeyCode::Char('j'))),
            map.action(c, &key(KeyCode::Down))
        );
        assert_eq!(
            map.action(c, &key(KeyCode::Char('G'))),
            Some(Action::Bottom)
        );
    }

    #[test]
    fn a_rebinding_moves_the_action_and_its_hint() {
        let mut map = Keymap::default();
        map.rebind(Action::Decide, vec![Key::Char('D')]);
        let c = Context::Screen(Screen::Overview);
        assert_eq!(
            map.action(c, &key(KeyCode::Char('D'))),
            Some(Action::Decide)
        );
        assert_eq!(map.action(c, &key(KeyCode::Char('d'))), None);
        assert!(hint_line(&map.bindings(c)).contains(&("D".to_owned(), "hint-decide")));
    }

    #[test]
    fn keys_and_names_read_back() {
        for text in ["d", "Ctrl-x", "Enter", "F5", "Shift-Tab"] {
            let key = Key::parse(text).expect(text);
            assert_eq!(Key::parse(&key.label()), Some(key), "{text}");
        }
        assert_eq!(Action::GoReminders.name(), "go_reminders");
    }
}
