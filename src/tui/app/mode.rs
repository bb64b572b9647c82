//! What the keys go to: the screens, or one modal over them. The modes
//! exclude each other, so they are one enum (issue 8): a form cannot be open
//! while the filter is typed, nor an editor problem shown under a preview.

use crate::i18n::Lang;
use crate::t;
use somevakt_core::AccountId;

use super::super::form::Form;

/// The state of the keyboard's attention.
#[derive(Debug, Clone, Default)]
pub enum Mode {
    /// Keys go to the current screen.
    #[default]
    Browse,
    /// Typing the overview's `/` filter.
    Filter,
    /// Typing a `/` search on the history or reminders list.
    Search,
    /// The `:` command palette.
    Palette(Palette),
    /// A record being made, in a popup.
    Form(Box<Form>),
    /// Esc on a form with something typed: asks before discarding it.
    Discard(Box<Form>),
    /// The editor could not be started, failed, or left an invalid file.
    EditorProblem(EditorProblem),
}

/// The command palette: the text typed, and the marked entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Palette {
    pub query: String,
    pub selected: usize,
}

/// What went wrong with the editor, and on which account's file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditorProblem {
    pub id: AccountId,
    pub trouble: Trouble,
}

/// The three ways an editor session fails, told apart (issue 13).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trouble {
    /// The editor did not start (not found, not executable): nothing was saved.
    CouldNotStart(String),
    /// The editor ran but exited with an error: the file may or may not
    /// have been saved.
    Failed(String),
    /// The editor saved a file that is not a valid assessment: why.
    Invalid(String),
}

impl Trouble {
    /// The title of the popup.
    pub fn title(&self, lang: Lang) -> String {
        match self {
            Trouble::CouldNotStart(_) => t!(lang, "editor-not-started"),
            Trouble::Failed(_) => t!(lang, "editor-failed"),
            Trouble::Invalid(_) => t!(lang, "editor-invalid"),
        }
    }

    /// What happened, in the editor's or the parser's words.
    pub fn detail(&self) -> &str {
        match self {
            Trouble::CouldNotStart(d) | Trouble::Failed(d) | Trouble::Invalid(d) => d,
        }
    }
}
