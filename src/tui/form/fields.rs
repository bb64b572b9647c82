//! The inputs of a form: typed ids, text fields on a maintained widget
//! (`ratatui-textarea`: cursor movement, Home/End, Ctrl-U/Ctrl-W, undo), and
//! choices that start unchosen, so no fact is recorded that nobody picked.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::{CursorMove, TextArea};

use crate::i18n::Lang;
use crate::t;

/// Which input of a form: forms look fields up by id, never by label, so a
/// label can be reworded or translated without breaking a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldId {
    Outcome,
    Body,
    Rationale,
    Conditions,
    ConditionsDue,
    ResidualRisk,
    SnapshotDate,
    SnapshotKind,
    ArchiveRef,
    Format,
    LastPost,
    CloseReason,
    CloseStatus,
    Id,
    Municipality,
    Platform,
    Name,
    EditReason,
    DecisionDate,
    ReviewResult,
    ReviewDate,
    ReviewNext,
    ReviewNote,
    CloseDate,
}

impl FieldId {
    /// The label shown before the field.
    pub fn label(self, lang: Lang) -> String {
        match self {
            FieldId::Outcome => t!(lang, "field-outcome"),
            FieldId::Body => t!(lang, "field-body"),
            FieldId::Rationale => t!(lang, "field-rationale"),
            FieldId::Conditions => t!(lang, "field-conditions"),
            FieldId::ConditionsDue => t!(lang, "field-conditions-due"),
            FieldId::ResidualRisk => t!(lang, "field-residual-risk"),
            FieldId::SnapshotDate => t!(lang, "field-snapshot-date"),
            FieldId::SnapshotKind => t!(lang, "field-snapshot-kind"),
            FieldId::ArchiveRef => t!(lang, "field-archive-ref"),
            FieldId::Format => t!(lang, "field-format"),
            FieldId::LastPost => t!(lang, "field-last-post"),
            FieldId::CloseReason => t!(lang, "field-close-reason"),
            FieldId::CloseStatus => t!(lang, "field-close-status"),
            FieldId::Id => t!(lang, "field-id"),
            FieldId::Municipality => t!(lang, "field-municipality"),
            FieldId::Platform => t!(lang, "field-platform"),
            FieldId::Name => t!(lang, "field-name"),
            FieldId::EditReason => t!(lang, "field-edit-reason"),
            FieldId::DecisionDate => t!(lang, "field-decision-date"),
            FieldId::ReviewResult => t!(lang, "field-review-result"),
            FieldId::ReviewDate => t!(lang, "field-review-date"),
            FieldId::ReviewNext => t!(lang, "field-review-next"),
            FieldId::ReviewNote => t!(lang, "field-review-note"),
            FieldId::CloseDate => t!(lang, "field-close-date"),
        }
    }

    /// The line under the focused field.
    pub fn hint(self, lang: Lang) -> String {
        match self {
            FieldId::Outcome => t!(lang, "field-outcome-hint"),
            FieldId::Body => t!(lang, "field-body-hint"),
            FieldId::Rationale => t!(lang, "field-rationale-hint"),
            FieldId::Conditions => t!(lang, "field-conditions-hint"),
            FieldId::ConditionsDue => t!(lang, "field-conditions-due-hint"),
            FieldId::ResidualRisk => t!(lang, "field-residual-risk-hint"),
            FieldId::SnapshotDate => t!(lang, "field-snapshot-date-hint"),
            FieldId::SnapshotKind => t!(lang, "field-snapshot-kind-hint"),
            FieldId::ArchiveRef => t!(lang, "field-archive-ref-hint"),
            FieldId::Format => t!(lang, "field-format-hint"),
            FieldId::LastPost => t!(lang, "field-last-post-hint"),
            FieldId::CloseReason => t!(lang, "field-close-reason-hint"),
            FieldId::CloseStatus => t!(lang, "field-close-status-hint"),
            FieldId::Id => t!(lang, "field-id-hint"),
            FieldId::Municipality => t!(lang, "field-municipality-hint"),
            FieldId::Platform => t!(lang, "field-platform-hint"),
            FieldId::Name => t!(lang, "field-name-hint"),
            FieldId::EditReason => t!(lang, "field-edit-reason-hint"),
            FieldId::DecisionDate => t!(lang, "field-decision-date-hint"),
            FieldId::ReviewResult => t!(lang, "field-review-result-hint"),
            FieldId::ReviewDate => t!(lang, "field-review-date-hint"),
            FieldId::ReviewNext => t!(lang, "field-review-next-hint"),
            FieldId::ReviewNote => t!(lang, "field-review-note-hint"),
            FieldId::CloseDate => t!(lang, "field-close-date-hint"),
        }
    }
}

/// A choice's word as the reader reads it; the value recorded stays the
/// contract's word (`conditionally_approved`).
pub fn choice_word(lang: Lang, choice: &str) -> String {
    match choice {
        "approved" => t!(lang, "choice-approved"),
        "conditionally_approved" => t!(lang, "choice-conditionally-approved"),
        "not_approved" => t!(lang, "choice-not-approved"),
        "low" => t!(lang, "choice-low"),
        "medium" => t!(lang, "choice-medium"),
        "high" => t!(lang, "choice-high"),
        "(not given)" => t!(lang, "choice-not-given"),
        "yearly" => t!(lang, "choice-yearly"),
        "before_change" => t!(lang, "choice-before-change"),
        "before_closing" => t!(lang, "choice-before-closing"),
        "closing" => t!(lang, "choice-closing"),
        "closed" => t!(lang, "choice-closed"),
        "unchanged" => t!(lang, "choice-unchanged"),
        "changed" => t!(lang, "choice-changed"),
        "other" => t!(lang, "choice-other-platform"),
        // Platform names are names.
        other => other.to_owned(),
    }
}

/// What a field holds.
#[derive(Debug, Clone)]
pub enum Input {
    Text {
        area: Box<TextArea<'static>>,
        multiline: bool,
    },
    /// One of `choices`, or none yet.
    Choice {
        choices: &'static [&'static str],
        chosen: Option<usize>,
    },
}

/// One input of a form.
#[derive(Debug, Clone)]
pub struct Field {
    pub id: FieldId,
    pub input: Input,
}

impl Field {
    /// A one-line text field.
    pub fn text(id: FieldId, value: &str) -> Field {
        Field::new_text(id, value, false)
    }

    /// A text field that keeps line breaks.
    pub fn multiline(id: FieldId, value: &str) -> Field {
        Field::new_text(id, value, true)
    }

    fn new_text(id: FieldId, value: &str, multiline: bool) -> Field {
        let mut area = TextArea::default();
        area.insert_str(value);
        Field {
            id,
            input: Input::Text {
                area: Box::new(area),
                multiline,
            },
        }
    }

    /// A choice, chosen only if `chosen` is one of `choices`.
    pub fn choice(id: FieldId, choices: &'static [&'static str], chosen: Option<&str>) -> Field {
        let chosen = chosen.and_then(|c| choices.iter().position(|x| *x == c));
        Field {
            id,
            input: Input::Choice { choices, chosen },
        }
    }

    pub fn is_choice(&self) -> bool {
        matches!(self.input, Input::Choice { .. })
    }

    pub fn is_multiline(&self) -> bool {
        matches!(
            self.input,
            Input::Text {
                multiline: true,
                ..
            }
        )
    }

    /// The value: the text (lines joined by `\n`), the chosen word, or "".
    pub fn value(&self) -> String {
        match &self.input {
            Input::Text { area, .. } => area.lines().join("\n"),
            Input::Choice { choices, chosen } => chosen
                .and_then(|i| choices.get(i))
                .map(|c| (*c).to_owned())
                .unwrap_or_default(),
        }
    }

    /// The lines of a text field, for drawing.
    pub fn lines(&self) -> Vec<String> {
        match &self.input {
            Input::Text { area, .. } => area.lines().to_vec(),
            Input::Choice { .. } => vec![self.value()],
        }
    }

    /// Where the cursor is in a text field: (line, column in characters).
    pub fn cursor(&self) -> (usize, usize) {
        match &self.input {
            Input::Text { area, .. } => {
                let c = area.cursor();
                (c.0, c.1)
            }
            Input::Choice { .. } => (0, 0),
        }
    }

    /// Steps a choice forward or back; an unchosen choice starts at the first
    /// (forward) or the last (back).
    pub fn cycle(&mut self, forward: bool) {
        if let Input::Choice { choices, chosen } = &mut self.input {
            let n = choices.len();
            if n == 0 {
                return;
            }
            *chosen = Some(match (*chosen, forward) {
                (None, true) => 0,
                (None, false) => n - 1,
                (Some(i), true) => (i + 1) % n,
                (Some(i), false) => (i + n - 1) % n,
            });
        }
    }

    /// Inserts pasted text whole: line breaks stay in a multi-line field and
    /// become spaces elsewhere; other control characters never get in.
    pub fn paste(&mut self, text: &str) {
        let Input::Text { area, multiline } = &mut self.input else {
            return;
        };
        area.insert_str(clean_paste(text, *multiline));
    }

    /// Hands a key to a text field. Returns whether the key was used.
    /// Enter is not handled here: the form decides what it means.
    pub fn key(&mut self, key: KeyEvent) -> bool {
        let Input::Text { area, multiline } = &mut self.input else {
            return false;
        };
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            // Readline's meaning, which the widget binds to undo.
            KeyCode::Char('u') if ctrl => {
                area.delete_line_by_head();
                true
            }
            KeyCode::Char('a') if ctrl => {
                area.move_cursor(CursorMove::Head);
                true
            }
            KeyCode::Char('e') if ctrl => {
                area.move_cursor(CursorMove::End);
                true
            }
            KeyCode::Enter if *multiline => {
                area.insert_newline();
                true
            }
            KeyCode::Enter | KeyCode::Tab | KeyCode::BackTab | KeyCode::Esc => false,
            KeyCode::Up | KeyCode::Down if !*multiline => false,
            // Ctrl-M is Enter on many terminals: never a newline in one line.
            KeyCode::Char('m') if ctrl && !*multiline => false,
            _ => {
                area.input(key);
                true
            }
        }
    }
}

/// Pasted text made fit for a field.
pub fn clean_paste(text: &str, multiline: bool) -> String {
    // Paste markers inside a paste (a stray start marker that a later
    // paste's end closed, crossterm issue 1060) must not show up as text.
    let text = text.replace("\u{1b}[200~", "").replace("\u{1b}[201~", "");
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    text.chars()
        .filter_map(|c| match c {
            '\n' if multiline => Some('\n'),
            '\n' | '\t' => Some(' '),
            c if crate::text::is_dangerous(c) => None,
            c => Some(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paste_keeps_lines_only_where_the_field_has_them() {
        let mut one = Field::text(FieldId::Body, "");
        one.paste("Ledergruppen\r\nmøte 3\tjan");
        assert_eq!(one.value(), "Ledergruppen møte 3 jan");
        let mut many = Field::multiline(FieldId::Rationale, "");
        many.paste("first\n\nthird\u{1b}[31m");
        assert_eq!(many.value(), "first\n\nthird[31m");
    }

    #[test]
    fn ctrl_u_and_ctrl_w_delete_like_readline() {
        let mut f = Field::text(FieldId::Body, "the management group");
        let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        f.key(ctrl('w'));
        assert_eq!(f.value(), "the management ");
        f.key(KeyEvent::new(KeyCode::Home, KeyModifiers::NONE));
        f.key(KeyEvent::new(KeyCode::Char('X'), KeyModifiers::NONE));
        assert_eq!(f.value(), "Xthe management ");
        f.key(KeyEvent::new(KeyCode::End, KeyModifiers::NONE));
        f.key(ctrl('u'));
        assert_eq!(f.value(), "");
    }

    #[test]
    fn a_choice_starts_unchosen() {
        let mut f = Field::choice(FieldId::Outcome, &["a", "b"], None);
        assert_eq!(f.value(), "");
        f.cycle(false);
        assert_eq!(f.value(), "b");
        f.cycle(true);
        assert_eq!(f.value(), "a");
    }
}
