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
    bind(
        &[Key::Code(K::Up), Key::Char('k')],
        A::Up,
        "key-move-up",
        None,
    ),
    bind(
        &[Key::Code(K::Down), Key::Char('j')],
        A::Down,
        "key-move-down",
        None,
    ),
    bind(&[Key::Code(K::PageUp)], A::PageUp, "key-page-up", None),
    bind(
        &[Key::Code(K::PageDown), Key::Char(' ')],
        A::PageDown,
        "key-page-down",
        None,
    ),
    bind(
        &[Key::Char('g'), Key::Code(K::Home)],
        A::Top,
        "key-go-to-the-top",
        None,
    ),
    bind(
        &[Key::Char('G'), Key::Code(K::End)],
        A::Bottom,
        "key-go-to-the-bottom",
        None,
    ),
];

const GLOBAL: [Def; 10] = [
    bind(&[Key::Code(K::Tab)], A::NextScreen, "key-next-screen", None),
    bind(
        &[Key::Code(K::BackTab)],
        A::PreviousScreen,
        "key-previous-screen",
        None,
    ),
    bind(
        &[Key::Char('1')],
        A::GoOverview,
        "key-overview-of-all-accounts",
        None,
    ),
    bind(
        &[Key::Char('2')],
        A::GoDetail,
        "key-detail-of-the-selected-account",
        None,
    ),
    bind(
        &[Key::Char('3')],
        A::GoHistory,
        "key-git-history-of-the-selected-account",
        None,
    ),
    bind(
        &[Key::Char('4')],
        A::GoReminders,
        "key-reminders-what-is-overdue-or-due",
        None,
    ),
    bind(
        &[Key::Char(':')],
        A::Palette,
        "key-command-palette-every-action-and-its",
        Some("hint-commands"),
    ),
    bind(
        &[Key::Char('?')],
        A::Help,
        "key-help-every-key-of-this-screen",
        Some("hint-help"),
    ),
    bind(&[Key::Char('q')], A::Quit, "key-quit", Some("hint-quit")),
    bind(&[Key::Ctrl('c')], A::Quit, "key-quit-from-anywhere", None),
];

const RECORDS: [Def; 8] = [
    bind(
        &[Key::Char('d')],
        A::Decide,
        "key-record-a-management-decision-on-the",
        Some("hint-decide"),
    ),
    bind(
        &[Key::Char('v')],
        A::RecordReview,
        "key-record-a-review-of-the-dpia",
        None,
    ),
    bind(
        &[Key::Char('p')],
        A::RecordSnapshot,
        "key-record-an-archived-snapshot",
        None,
    ),
    bind(
        &[Key::Char('a')],
        A::RecordActivity,
        "key-record-the-last-post-seen",
        None,
    ),
    bind(
        &[Key::Char('c')],
        A::CloseAccount,
        "key-close-the-account-closing-or-closed",
        None,
    ),
    bind(
        &[Key::Char('e')],
        A::EditInEditor,
        "key-edit-the-file-in-your-editor",
        Some("hint-edit"),
    ),
    bind(
        &[Key::Char('o')],
        A::OpenUrl,
        "key-open-the-account-s-address-in",
        None,
    ),
    bind(
        &[Key::Char('y')],
        A::CopyId,
        "key-copy-the-account-id-through-the",
        None,
    ),
];

const NEW: Def = bind(
    &[Key::Char('+')],
    A::NewAccount,
    "key-create-a-new-account-from-the",
    None,
);

const FORM: [Def; 9] = [
    bind(
        &[Key::Code(K::Enter)],
        A::Submit,
        "key-next-field-on-the-last-preview",
        Some("hint-next-preview"),
    ),
    bind(
        &[Key::Ctrl('s')],
        A::PreviewNow,
        "key-preview-the-change-from-any-field",
        Some("hint-preview"),
    ),
    bind(
        &[Key::Code(K::Tab), Key::Code(K::Down)],
        A::NextField,
        "key-next-field-in-the-rationale-tab",
        None,
    ),
    bind(
        &[Key::Code(K::BackTab), Key::Code(K::Up)],
        A::PreviousField,
        "key-previous-field",
        None,
    ),
    bind(
        &[Key::Code(K::Right)],
        A::ChoiceNext,
        "key-next-choice",
        Some("hint-choose"),
    ),
    bind(
        &[Key::Code(K::Left)],
        A::ChoicePrevious,
        "key-previous-choice",
        None,
    ),
    bind(
        &[Key::Code(K::Esc)],
        A::Cancel,
        "key-cancel-nothing-is-written-asks-if",
        Some("hint-cancel"),
    ),
    bind(&[Key::Ctrl('c')], A::Quit, "key-quit", None),
    // Only for the help: the text field's own keys.
    bind(
        &[Key::Code(K::Home), Key::Code(K::End)],
        A::Top,
        "key-in-a-text-field-start-or",
        None,
    ),
];

const PREVIEW: [Def; 6] = [
    bind(
        &[Key::Char('y')],
        A::Confirm,
        "key-write-the-file-and-commit-it",
        Some("hint-confirm"),
    ),
    bind(
        &[Key::Char('n'), Key::Code(K::Esc)],
        A::Cancel,
        "key-back-to-the-form-nothing-is",
        Some("hint-back"),
    ),
    bind(
        &[Key::Code(K::Down), Key::Char('j')],
        A::Down,
        "key-scroll-down",
        None,
    ),
    bind(
        &[Key::Code(K::Up), Key::Char('k')],
        A::Up,
        "key-scroll-up",
        None,
    ),
    bind(
        &[Key::Code(K::PageDown), Key::Char(' ')],
        A::PageDown,
        "key-page-down",
        None,
    ),
    bind(&[Key::Ctrl('c')], A::Quit, "key-quit", None),
];

const DISCARD: [Def; 3] = [
    bind(
        &[Key::Char('y')],
        A::Confirm,
        "key-discard-what-you-typed",
        Some("hint-discard"),
    ),
    bind(
        &[Key::Char('n'), Key::Code(K::Esc)],
        A::Cancel,
        "key-keep-editing",
        Some("hint-keep-editing"),
    ),
    bind(&[Key::Ctrl('c')], A::Quit, "key-quit", None),
];

const EDITOR_PROBLEM: [Def; 4] = [
    bind(
        &[Key::Char('e')],
        A::ReopenEditor,
        "key-open-the-file-in-the-editor",
        Some("hint-editor"),
    ),
    bind(
        &[Key::Char('r')],
        A::Restore,
        "key-put-back-the-committed-version-of",
        Some("hint-restore"),
    ),
    bind(
        &[Key::Code(K::Esc)],
        A::Cancel,
        "key-leave-the-file-as-it-is",
        Some("hint-leave"),
    ),
    bind(&[Key::Ctrl('c')], A::Quit, "key-quit", None),
];

const OVERVIEW: [Def; 9] = [
    bind(
        &[Key::Code(K::Enter)],
        A::Open,
        "key-open-the-account-s-detail",
        Some("hint-detail"),
    ),
    bind(
        &[Key::Char('h')],
        A::GoHistory,
        "key-git-history-of-the-account",
        Some("hint-history"),
    ),
    bind(
        &[Key::Char('/')],
        A::StartFilter,
        "key-filter-type-to-match-any-visible",
        Some("hint-filter"),
    ),
    bind(
        &[Key::Char('f')],
        A::NextQuickFilter,
        "key-next-quick-filter-all-attention-overdue",
        Some("hint-quick"),
    ),
    bind(
        &[Key::Char('F')],
        A::PreviousQuickFilter,
        "key-previous-quick-filter",
        None,
    ),
    bind(
        &[Key::Char('s')],
        A::NextSort,
        "key-sort-by-the-next-column",
        Some("hint-sort"),
    ),
    bind(
        &[Key::Char('S')],
        A::ReverseSort,
        "key-reverse-the-sort-order",
        None,
    ),
    bind(&[Key::Char('r')], A::Reload, "key-reload-every-file", None),
    bind(&[Key::Code(K::Esc)], A::Back, "key-clear-the-filter", None),
];

const DETAIL: [Def; 5] = [
    bind(
        &[Key::Code(K::Enter)],
        A::Open,
        "key-open-the-form-that-fixes-the",
        Some("hint-fix"),
    ),
    bind(
        &[Key::Char(']')],
        A::NextFinding,
        "key-mark-the-next-finding",
        Some("hint-next-finding"),
    ),
    bind(
        &[Key::Char('[')],
        A::PreviousFinding,
        "key-mark-the-previous-finding",
        None,
    ),
    bind(
        &[Key::Char('h')],
        A::GoHistory,
        "key-git-history-of-the-account",
        Some("hint-history"),
    ),
    bind(
        &[Key::Code(K::Esc), Key::Code(K::Backspace)],
        A::Back,
        "key-back",
        Some("hint-back"),
    ),
];

const SEARCH: [Def; 3] = [
    bind(
        &[Key::Char('/')],
        A::StartSearch,
        "key-search-type-then-n-and-n",
        Some("hint-search"),
    ),
    bind(
        &[Key::Char('n')],
        A::SearchNext,
        "key-next-match-of-the-search",
        None,
    ),
    bind(
        &[Key::Char('N')],
        A::SearchPrevious,
        "key-previous-match-of-the-search",
        None,
    ),
];

/// `n` and `N` on the overview: through the rows the `/` text matches.
const OVERVIEW_MATCHES: [Def; 2] = [
    bind(
        &[Key::Char('n')],
        A::SearchNext,
        "key-overview-next-match",
        None,
    ),
    bind(
        &[Key::Char('N')],
        A::SearchPrevious,
        "key-overview-previous-match",
        None,
    ),
];

const HISTORY: [Def; 2] = [
    bind(
        &[Key::Code(K::Enter)],
        A::Open,
        "key-show-the-commit-s-change-to",
        Some("hint-diff"),
    ),
    bind(
        &[Key::Code(K::Esc), Key::Code(K::Backspace)],
        A::Back,
        "key-back",
        Some("hint-back"),
    ),
];

const DIFF: [Def; 1] = [bind(
    &[Key::Code(K::Esc), Key::Code(K::Backspace)],
    A::Back,
    "key-back-to-the-history",
    Some("hint-back"),
)];

const REMINDERS: [Def; 2] = [
    bind(
        &[Key::Code(K::Enter)],
        A::Open,
        "key-open-the-form-that-deals-with",
        Some("hint-fix"),
    ),
    bind(
        &[Key::Code(K::Esc), Key::Code(K::Backspace)],
        A::Back,
        "key-back-to-the-overview",
        Some("hint-back"),
    ),
];

const HELP: [Def; 2] = [
    bind(
        &[Key::Code(K::Esc), Key::Char('?')],
        A::Back,
        "key-close-the-help",
        Some("hint-close"),
    ),
    bind(&[Key::Char('q')], A::Quit, "key-quit", Some("hint-quit")),
];

const FILTER: [Def; 3] = [
    bind(
        &[Key::Code(K::Enter)],
        A::FilterAccept,
        "key-keep-the-text-and-go-back",
        Some("hint-keep"),
    ),
    bind(
        &[Key::Code(K::Esc)],
        A::FilterCancel,
        "key-clear-the-text",
        Some("hint-clear"),
    ),
    bind(&[Key::Ctrl('c')], A::Quit, "key-quit", None),
];

const PALETTE: [Def; 5] = [
    bind(
        &[Key::Code(K::Enter)],
        A::Submit,
        "key-run-the-marked-action",
        Some("hint-run"),
    ),
    bind(
        &[Key::Code(K::Down)],
        A::Down,
        "key-mark-the-next-action",
        None,
    ),
    bind(
        &[Key::Code(K::Up)],
        A::Up,
        "key-mark-the-previous-action",
        None,
    ),
    bind(
        &[Key::Code(K::Esc)],
        A::Cancel,
        "key-close-the-palette",
        Some("hint-close"),
    ),
    bind(&[Key::Ctrl('c')], A::Quit, "key-quit", None),
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
        all.extend(OVERVIEW_MATCHES);
        all.push(NEW);
    }
    all.extend(MOVE);
    all.extend(GLOBAL);
    all
}
