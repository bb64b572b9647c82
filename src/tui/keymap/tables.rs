//! The built-in keys of each screen and modal.

use crossterm::event::KeyCode as K;

use super::{Action as A, Context, Key, Screen};

/// A built-in binding.
#[derive(Debug, Clone, Copy)]
pub struct Def {
    pub keys: &'static [Key],
    pub action: A,
    pub help: &'static str,
    pub hint: Option<&'static str>,
}

const fn bind(
    keys: &'static [Key],
    action: A,
    help: &'static str,
    hint: Option<&'static str>,
) -> Def {
    Def {
        keys,
        action,
        help,
        hint,
    }
}

const MOVE: [Def; 6] = [
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

const GLOBAL: [Def; 10] = [
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
        &[Key::Char(':')],
        A::Palette,
        "Command palette: every action and its key",
        Some("commands"),
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

const RECORDS: [Def; 7] = [
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
        &[Key::Char('e')],
        A::EditInEditor,
        "Edit the file in your editor, then commit it",
        Some("edit"),
    ),
    bind(
        &[Key::Char('o')],
        A::OpenUrl,
        "Open the account's address in the browser",
        None,
    ),
    bind(
        &[Key::Char('y')],
        A::CopyId,
        "Copy the account id (through the terminal, OSC 52)",
        None,
    ),
];

const NEW: Def = bind(
    &[Key::Char('+')],
    A::NewAccount,
    "Create a new account from the template",
    None,
);

const FORM: [Def; 9] = [
    bind(
        &[Key::Code(K::Enter)],
        A::Submit,
        "Next field; on the last, preview the change",
        Some("next/preview"),
    ),
    bind(
        &[Key::Ctrl('s')],
        A::PreviewNow,
        "Preview the change from any field",
        Some("preview"),
    ),
    bind(
        &[Key::Code(K::Tab), Key::Code(K::Down)],
        A::NextField,
        "Next field (in the rationale: Tab)",
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
        &[Key::Code(K::Esc)],
        A::Cancel,
        "Cancel: nothing is written (asks if you typed)",
        Some("cancel"),
    ),
    bind(&[Key::Ctrl('c')], A::Quit, "Quit", None),
    // Only for the help: the text field's own keys.
    bind(
        &[Key::Code(K::Home), Key::Code(K::End)],
        A::Top,
        "In a text field: start or end of the line; Ctrl-U, Ctrl-W delete",
        None,
    ),
];

const PREVIEW: [Def; 6] = [
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
    bind(
        &[Key::Code(K::PageDown), Key::Char(' ')],
        A::PageDown,
        "Page down",
        None,
    ),
    bind(&[Key::Ctrl('c')], A::Quit, "Quit", None),
];

const DISCARD: [Def; 3] = [
    bind(
        &[Key::Char('y')],
        A::Confirm,
        "Discard what you typed",
        Some("discard"),
    ),
    bind(
        &[Key::Char('n'), Key::Code(K::Esc)],
        A::Cancel,
        "Keep editing",
        Some("keep editing"),
    ),
    bind(&[Key::Ctrl('c')], A::Quit, "Quit", None),
];

const EDITOR_PROBLEM: [Def; 4] = [
    bind(
        &[Key::Char('e')],
        A::ReopenEditor,
        "Open the file in the editor again",
        Some("editor"),
    ),
    bind(
        &[Key::Char('r')],
        A::Restore,
        "Put back the committed version of the file",
        Some("restore"),
    ),
    bind(
        &[Key::Code(K::Esc)],
        A::Cancel,
        "Leave the file as it is (not committed)",
        Some("leave"),
    ),
    bind(&[Key::Ctrl('c')], A::Quit, "Quit", None),
];

const OVERVIEW: [Def; 9] = [
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

const DETAIL: [Def; 5] = [
    bind(
        &[Key::Code(K::Enter)],
        A::Open,
        "Open the form that fixes the marked finding",
        Some("fix"),
    ),
    bind(
        &[Key::Char(']')],
        A::NextFinding,
        "Mark the next finding",
        Some("next finding"),
    ),
    bind(
        &[Key::Char('[')],
        A::PreviousFinding,
        "Mark the previous finding",
        None,
    ),
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

const SEARCH: [Def; 3] = [
    bind(
        &[Key::Char('/')],
        A::StartSearch,
        "Search: type, then n and N step through the matches",
        Some("search"),
    ),
    bind(
        &[Key::Char('n')],
        A::SearchNext,
        "Next match of the search",
        None,
    ),
    bind(
        &[Key::Char('N')],
        A::SearchPrevious,
        "Previous match of the search",
        None,
    ),
];

const HISTORY: [Def; 2] = [
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

const DIFF: [Def; 1] = [bind(
    &[Key::Code(K::Esc), Key::Code(K::Backspace)],
    A::Back,
    "Back to the history",
    Some("back"),
)];

const REMINDERS: [Def; 2] = [
    bind(
        &[Key::Code(K::Enter)],
        A::Open,
        "Open the form that deals with the reminder",
        Some("fix"),
    ),
    bind(
        &[Key::Code(K::Esc), Key::Code(K::Backspace)],
        A::Back,
        "Back to the overview",
        Some("back"),
    ),
];

const HELP: [Def; 2] = [
    bind(
        &[Key::Code(K::Esc), Key::Char('?')],
        A::Back,
        "Close the help",
        Some("close"),
    ),
    bind(&[Key::Char('q')], A::Quit, "Quit", Some("quit")),
];

const FILTER: [Def; 3] = [
    bind(
        &[Key::Code(K::Enter)],
        A::FilterAccept,
        "Keep the text and go back to the list",
        Some("keep"),
    ),
    bind(
        &[Key::Code(K::Esc)],
        A::FilterCancel,
        "Clear the text",
        Some("clear"),
    ),
    bind(&[Key::Ctrl('c')], A::Quit, "Quit", None),
];

const PALETTE: [Def; 5] = [
    bind(
        &[Key::Code(K::Enter)],
        A::Submit,
        "Run the marked action",
        Some("run"),
    ),
    bind(&[Key::Code(K::Down)], A::Down, "Mark the next action", None),
    bind(&[Key::Code(K::Up)], A::Up, "Mark the previous action", None),
    bind(
        &[Key::Code(K::Esc)],
        A::Cancel,
        "Close the palette",
        Some("close"),
    ),
    bind(&[Key::Ctrl('c')], A::Quit, "Quit", None),
];

/// The built-in bindings of a context, most specific first.
pub fn defs(context: Context) -> Vec<Def> {
    let screen = match context {
        Context::Screen(screen) => screen,
        Context::Form => return FORM.to_vec(),
        Context::Preview => return PREVIEW.to_vec(),
        Context::Filter | Context::Search => return FILTER.to_vec(),
        Context::Palette => return PALETTE.to_vec(),
        Context::Discard => return DISCARD.to_vec(),
        Context::EditorProblem => return EDITOR_PROBLEM.to_vec(),
    };
    let own: &[Def] = match screen {
        Screen::Overview => &OVERVIEW,
        Screen::Detail => &DETAIL,
        Screen::History => &HISTORY,
        Screen::Diff => &DIFF,
        Screen::Reminders => &REMINDERS,
        Screen::Help => {
            let mut all = HELP.to_vec();
            all.extend(MOVE);
            all.push(GLOBAL[9]);
            return all;
        }
    };
    let mut all = own.to_vec();
    if matches!(screen, Screen::History | Screen::Reminders) {
        all.extend(SEARCH);
    }
    if matches!(
        screen,
        Screen::Overview | Screen::Detail | Screen::Reminders
    ) {
        all.extend(RECORDS);
    }
    if screen == Screen::Overview {
        all.push(NEW);
    }
    all.extend(MOVE);
    all.extend(GLOBAL);
    all
}
