//! Lists: a selection with a scroll offset, the overview's quick filters,
//! and the rows of the reminders screen.

use crate::i18n::Lang;
use crate::t;
use somevakt_core::Date;
use somevakt_core::reminders::ReminderKind;

use super::super::keymap::Action;
use super::super::rows::Row;

/// Narrows the overview to what needs a certain kind of attention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuickFilter {
    All,
    Attention,
    Overdue,
    Inactive,
    Snapshots,
    Invalid,
}

impl QuickFilter {
    const ORDER: [QuickFilter; 6] = [
        QuickFilter::All,
        QuickFilter::Attention,
        QuickFilter::Overdue,
        QuickFilter::Inactive,
        QuickFilter::Snapshots,
        QuickFilter::Invalid,
    ];

    pub fn label(self, lang: Lang) -> String {
        match self {
            QuickFilter::All => t!(lang, "quick-all"),
            QuickFilter::Attention => t!(lang, "quick-attention"),
            QuickFilter::Overdue => t!(lang, "quick-overdue"),
            QuickFilter::Inactive => t!(lang, "quick-inactive"),
            QuickFilter::Snapshots => t!(lang, "quick-snapshots"),
            QuickFilter::Invalid => t!(lang, "quick-invalid"),
        }
    }

    pub(super) fn step(self, forward: bool) -> QuickFilter {
        let n = Self::ORDER.len();
        let i = Self::ORDER.iter().position(|q| *q == self).unwrap_or(0);
        Self::ORDER[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }]
    }

    pub(super) fn keeps(self, row: &Row) -> bool {
        match self {
            QuickFilter::All => true,
            QuickFilter::Attention => row.needs_attention(),
            // Anything overdue on the reminders screen, not only reviews.
            QuickFilter::Overdue => row.overdue,
            QuickFilter::Inactive => row.inactive,
            QuickFilter::Snapshots => row.snapshot_problem,
            QuickFilter::Invalid => row.id.is_none(),
        }
    }
}

/// One line of the reminders screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderRow {
    pub kind: ReminderKind,
    pub account: String,
    pub path: String,
    pub name: String,
    pub title: String,
    pub due: Date,
    pub days: i64,
    pub detail: String,
    pub overdue: bool,
    /// Lowercase text for `/` search.
    pub haystack: String,
}

/// What the header counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub accounts: usize,
    pub approved: usize,
    pub conditional: usize,
    pub not_approved: usize,
    pub pending: usize,
    pub reapproval: usize,
    /// Latest decision not backed by the trail (signing required, F26).
    pub unverified: usize,
    pub reviews_overdue: usize,
    pub reviews_due_soon: usize,
    pub inactive: usize,
    pub snapshots_missing: usize,
    pub snapshots_old: usize,
    pub invalid: usize,
    /// Accounts with anything overdue on the reminders screen.
    pub overdue: usize,
}

/// A list with a selection and a scroll offset.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cursor {
    pub selected: usize,
    pub offset: usize,
}

impl Cursor {
    pub(super) fn apply(&mut self, action: Action, len: usize, page: usize) {
        let last = len.saturating_sub(1);
        let page = page.max(1);
        self.selected = match action {
            Action::Up => self.selected.saturating_sub(1),
            Action::Down => (self.selected + 1).min(last),
            Action::PageUp => self.selected.saturating_sub(page),
            Action::PageDown => (self.selected + page).min(last),
            Action::Top => 0,
            Action::Bottom => last,
            _ => self.selected,
        };
        self.keep_visible(len, page);
    }

    /// Scrolls so the selection is on screen; the list shows `page` rows.
    pub fn keep_visible(&mut self, len: usize, page: usize) {
        let page = page.max(1);
        self.selected = self.selected.min(len.saturating_sub(1));
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + page {
            self.offset = self.selected + 1 - page;
        }
        self.offset = self.offset.min(len.saturating_sub(page));
    }
}

/// Moves a scroll position; clamped afterwards by whoever knows the length.
pub(super) fn scroll(position: usize, action: Action, page: usize) -> usize {
    match action {
        Action::Up => position.saturating_sub(1),
        Action::Down => position.saturating_add(1),
        Action::PageUp => position.saturating_sub(page.max(1)),
        Action::PageDown => position.saturating_add(page.max(1)),
        Action::Top => 0,
        Action::Bottom => usize::MAX / 2,
        _ => position,
    }
}

/// The index of the next (or previous) item from `from` that `matches`,
/// wrapping around; `None` if nothing matches.
pub(super) fn step_to_match(
    len: usize,
    from: usize,
    forward: bool,
    include_from: bool,
    matches: impl Fn(usize) -> bool,
) -> Option<usize> {
    if len == 0 {
        return None;
    }
    let start = if include_from { 0 } else { 1 };
    (start..=len).find_map(|k| {
        let i = if forward {
            (from + k) % len
        } else {
            (from + len * 2 - k) % len
        };
        matches(i).then_some(i)
    })
}
