//! Every key of every screen, in one table. The hint line at the bottom and
//! the help screen are both drawn from it, so they cannot disagree with what
//! the keys do.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

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
    pub fn title(self) -> &'static str {
        match self {
            Screen::Overview => "Overview",
            Screen::Detail => "Detail",
            Screen::History => "History",
            Screen::Diff => "Commit",
            Screen::Reminders => "Reminders",
            Screen::Help => "Help",
        }
    }
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
    NextScreen,
    PreviousScreen,
    GoOverview,
    GoDetail,
    GoHistory,
    GoReminders,
    StartFilter,
    NextQuickFilter,
    PreviousQuickFilter,
    NextSort,
    ReverseSort,
    Reload,
    // Records.
    Decide,
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
    Cancel,
    DeleteChar,
    Confirm,
    // In the filter line.
    FilterAccept,
    FilterCancel,
    FilterDelete,
}

/// A key as the user presses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

    /// How the key is written in the hint line and help.
    pub fn label(self) -> String {
        match self {
            Key::Char(' ') => "Space".into(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{c}"),
            Key::Code(code) => match code {
                KeyCode::Up => "↑".into(),
                KeyCode::Down => "↓".into(),
                KeyCode::PageUp => "PgUp".into(),
                KeyCode::PageDown => "PgDn".into(),
                KeyCode::Home => "Home".into(),
                KeyCode::End => "End".into(),
                KeyCode::Enter => "Enter".into(),
                KeyCode::Esc => "Esc".into(),
                KeyCode::Tab => "Tab".into(),
                KeyCode::BackTab => "Shift-Tab".into(),
                KeyCode::Backspace => "Backspace".into(),
                other => format!("{other:?}"),
            },
        }
    }
}

/// One entry of the keymap.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    /// What it does, for the help screen.
    pub help: &'static str,
    /// The short word in the hint line; `None` keeps it out of the hint line.
    pub hint: Option<&'static str>,
}

const fn bind(
    keys: &'static [Key],
    action: Action,
    help: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        keys,
        action,
        help,
        hint,
    }
}

use Action as A;
use KeyCode as K;

const MOVE: [Binding; 6] = [
    bind(&[Key::Code(K::Up), Key::Char('k')], A::Up, "Move up", None),
    bind(
        &[Key::Code(K::Down), Key::Char('j')],
        A::Down,
        "Move down",
        None,
    ),
    bind(&[Key::Code(K::PageUp)], A::PageUp, "Page up", None),
    bind(
        &[Key::Code(K::PageDown), Key::Char(' ')],
        A::PageDown,
        "Page down",
        None,
    ),
    bind(
        &[Key::Char('g'), Key::Code(K::Home)],
        A::Top,
        "Go to the top",
        None,
    ),
    bind(
        &[Key::Char('G'), Key::Code(K::End)],
        A::Bottom,
        "Go to the bottom",
        None,
    ),
];

const GLOBAL: [Binding; 9] = [
    bind(&[Key::Code(K::Tab)], A::NextScreen, "Next screen", None),
    bind(
        &[Key::Code(K::BackTab)],
        A::PreviousScreen,
        "Previous screen",
        None,
    ),
    bind(
        &[Key::Char('1')],
        A::GoOverview,
        "Overview of all accounts",
        None,
    ),
    bind(
        &[Key::Char('2')],
        A::GoDetail,
        "Detail of the selected account",
        None,
    ),
    bind(
        &[Key::Char('3')],
        A::GoHistory,
        "Git history of the selected account",
        None,
    ),
    bind(
        &[Key::Char('4')],
        A::GoReminders,
        "Reminders: what is overdue or due soon",
        None,
    ),
    bind(
        &[Key::Char('?')],
        A::Help,
        "Help: every key of this screen",
        Some("help"),
    ),
    bind(&[Key::Char('q')], A::Quit, "Quit", Some("quit")),
    bind(&[Key::Ctrl('c')], A::Quit, "Quit, from anywhere", None),
];

const RECORDS: [Binding; 6] = [
    bind(
        &[Key::Char('d')],
        A::Decide,
        "Record a management decision on the account",
        Some("decide"),
    ),
    bind(
        &[Key::Char('p')],
        A::RecordSnapshot,
        "Record an archived snapshot",
        None,
    ),
    bind(
        &[Key::Char('a')],
        A::RecordActivity,
        "Record the last post seen",
        None,
    ),
    bind(
        &[Key::Char('c')],
        A::CloseAccount,
        "Close the account (closing or closed)",
        None,
    ),
    bind(
        &[Key::Char('N')],
        A::NewAccount,
        "Create a new account from the template",
        None,
    ),
    bind(
        &[Key::Char('e')],
        A::EditInEditor,
        "Edit the file in your editor, then commit it",
        Some("edit"),
    ),
];

/// Keys in a form; every other character is typed into the field.
pub const FORM: [Binding; 8] = [
    bind(
        &[Key::Code(K::Enter)],
        A::Submit,
        "Next field; on the last, preview the change",
        Some("next/preview"),
    ),
    bind(
        &[Key::Code(K::Tab), Key::Code(K::Down)],
        A::NextField,
        "Next field",
        None,
    ),
    bind(
        &[Key::Code(K::BackTab), Key::Code(K::Up)],
        A::PreviousField,
        "Previous field",
        None,
    ),
    bind(
        &[Key::Code(K::Right)],
        A::ChoiceNext,
        "Next choice",
        Some("choose"),
    ),
    bind(
        &[Key::Code(K::Left)],
        A::ChoicePrevious,
        "Previous choice",
        None,
    ),
    bind(
        &[Key::Code(K::Backspace)],
        A::DeleteChar,
        "Delete the last character",
        None,
    ),
    bind(
        &[Key::Code(K::Esc)],
        A::Cancel,
        "Cancel: nothing is written",
        Some("cancel"),
    ),
    bind(&[Key::Ctrl('c')], A::Quit, "Quit", None),
];

/// Keys while the change and its commit message are shown.
pub const PREVIEW: [Binding; 6] = [
    bind(
        &[Key::Char('y')],
        A::Confirm,
        "Write the file and commit it",
        Some("confirm"),
    ),
    bind(
        &[Key::Char('n'), Key::Code(K::Esc)],
        A::Cancel,
        "Back to the form: nothing is written",
        Some("back"),
    ),
    bind(
        &[Key::Code(K::Down), Key::Char('j')],
        A::Down,
        "Scroll down",
        None,
    ),
    bind(
        &[Key::Code(K::Up), Key::Char('k')],
        A::Up,
        "Scroll up",
        None,
    ),
    bind(&[Key::Code(K::PageDown)], A::PageDown, "Page down", None),
    bind(&[Key::Ctrl('c')], A::Quit, "Quit", None),
];

const OVERVIEW: [Binding; 9] = [
    bind(
        &[Key::Code(K::Enter)],
        A::Open,
        "Open the account's detail",
        Some("detail"),
    ),
    bind(
        &[Key::Char('h')],
        A::GoHistory,
        "Git history of the account",
        Some("history"),
    ),
    bind(
        &[Key::Char('/')],
        A::StartFilter,
        "Filter: type to match any visible text",
        Some("filter"),
    ),
    bind(
        &[Key::Char('f')],
        A::NextQuickFilter,
        "Next quick filter (all, attention, overdue, inactive, snapshots, invalid)",
        Some("quick"),
    ),
    bind(
        &[Key::Char('F')],
        A::PreviousQuickFilter,
        "Previous quick filter",
        None,
    ),
    bind(
        &[Key::Char('s')],
        A::NextSort,
        "Sort by the next column",
        Some("sort"),
    ),
    bind(
        &[Key::Char('S')],
        A::ReverseSort,
        "Reverse the sort order",
        None,
    ),
    bind(&[Key::Char('r')], A::Reload, "Reload every file", None),
    bind(&[Key::Code(K::Esc)], A::Back, "Clear the filter", None),
];

const DETAIL: [Binding; 2] = [
    bind(
        &[Key::Char('h')],
        A::GoHistory,
        "Git history of the account",
        Some("history"),
    ),
    bind(
        &[Key::Code(K::Esc), Key::Code(K::Backspace)],
        A::Back,
        "Back",
        Some("back"),
    ),
];

const HISTORY: [Binding; 2] = [
    bind(
        &[Key::Code(K::Enter)],
        A::Open,
        "Show the commit's change to the file",
        Some("diff"),
    ),
    bind(
        &[Key::Code(K::Esc), Key::Code(K::Backspace)],
        A::Back,
        "Back",
        Some("back"),
    ),
];

const DIFF: [Binding; 1] = [bind(
    &[Key::Code(K::Esc), Key::Code(K::Backspace)],
    A::Back,
    "Back to the history",
    Some("back"),
)];

const REMINDERS: [Binding; 2] = [
    bind(
        &[Key::Code(K::Enter)],
        A::Open,
        "Open the account's detail",
        Some("detail"),
    ),
    bind(
        &[Key::Code(K::Esc), Key::Code(K::Backspace)],
        A::Back,
        "Back to the overview",
        Some("back"),
    ),
];

const HELP: [Binding; 2] = [
    bind(
        &[Key::Code(K::Esc), Key::Char('?')],
        A::Back,
        "Close the help",
        Some("close"),
    ),
    bind(&[Key::Char('q')], A::Quit, "Quit", Some("quit")),
];

/// Keys while typing a filter; every other character is typed.
pub const FILTER: [Binding; 4] = [
    bind(
        &[Key::Code(K::Enter)],
        A::FilterAccept,
        "Keep the filter and go back to the list",
        Some("keep"),
    ),
    bind(
        &[Key::Code(K::Esc)],
        A::FilterCancel,
        "Clear the filter",
        Some("clear"),
    ),
    bind(
        &[Key::Code(K::Backspace)],
        A::FilterDelete,
        "Delete the last character",
        None,
    ),
    bind(&[Key::Ctrl('c')], A::Quit, "Quit", None),
];

/// The bindings of a screen, most specific first.
pub fn bindings(screen: Screen) -> Vec<Binding> {
    let (own, moves): (&[Binding], bool) = match screen {
        Screen::Overview => (&OVERVIEW, true),
        Screen::Detail => (&DETAIL, true),
        Screen::History => (&HISTORY, true),
        Screen::Diff => (&DIFF, true),
        Screen::Reminders => (&REMINDERS, true),
        Screen::Help => {
            return HELP
                .iter()
                .chain(&MOVE)
                .chain(&GLOBAL[8..])
                .copied()
                .collect();
        }
    };
    let mut all: Vec<Binding> = own.to_vec();
    if matches!(screen, Screen::Overview | Screen::Detail) {
        all.extend(RECORDS);
    }
    if moves {
        all.extend(MOVE);
    }
    all.extend(GLOBAL);
    all
}

/// The action `event` triggers on `screen`, if any.
pub fn action(screen: Screen, event: &KeyEvent) -> Option<Action> {
    action_in(&bindings(screen), event)
}

pub fn action_in(bindings: &[Binding], event: &KeyEvent) -> Option<Action> {
    bindings
        .iter()
        .find(|b| b.keys.iter().any(|k| k.matches(event)))
        .map(|b| b.action)
}

/// "Enter detail  / filter  ? help  q quit": the hint line of a set of bindings.
pub fn hint_line(bindings: &[Binding]) -> Vec<(String, &'static str)> {
    bindings
        .iter()
        .filter_map(|b| b.hint.map(|h| (b.keys[0].label(), h)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn every_screen_can_quit_and_get_help() {
        for screen in [
            Screen::Overview,
            Screen::Detail,
            Screen::History,
            Screen::Diff,
            Screen::Reminders,
        ] {
            assert_eq!(action(screen, &key(KeyCode::Char('q'))), Some(Action::Quit));
            assert_eq!(action(screen, &key(KeyCode::Char('?'))), Some(Action::Help));
            let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
            assert_eq!(action(screen, &ctrl_c), Some(Action::Quit));
        }
    }

    #[test]
    fn no_key_is_bound_twice_on_a_screen() {
        for screen in [
            Screen::Overview,
            Screen::Detail,
            Screen::History,
            Screen::Diff,
            Screen::Reminders,
            Screen::Help,
        ] {
            let mut seen = Vec::new();
            for b in bindings(screen) {
                for k in b.keys {
                    assert!(!seen.contains(k), "{k:?} twice on {screen:?}");
                    seen.push(*k);
                }
            }
        }
    }

    #[test]
    fn vim_and_arrow_keys_agree() {
        let s = Screen::Overview;
        assert_eq!(
            action(s, &key(KeyCode::Char('j'))),
            action(s, &key(KeyCode::Down))
        );
        assert_eq!(
            action(s, &key(KeyCode::Char('k'))),
            action(s, &key(KeyCode::Up))
        );
        assert_eq!(action(s, &key(KeyCode::Char('G'))), Some(Action::Bottom));
    }
}
