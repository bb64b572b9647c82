//! What the view and the tests read of the state: all of it, but only
//! through these, so nothing outside `update` can change it.

use somevakt_core::{AccountId, Date};
use somevakt_store::Register;
use somevakt_store::history::CommitInfo;

use super::{
    App, Counts, Cursor, DiffState, HistoryState, Mode, Progress, QuickFilter, ReminderRow,
};
use crate::tui::form::Form;
use crate::tui::keymap::{Keymap, Screen};
use crate::tui::rows::{Column, Row};

impl App {
    pub fn root(&self) -> &std::path::Path {
        &self.root
    }
    /// The language of the dashboard's words.
    pub fn lang(&self) -> crate::i18n::Lang {
        self.lang
    }

    /// The keys in use: the defaults with the user's config file applied.
    pub fn keymap(&self) -> &Keymap {
        &self.keymap
    }
    pub fn branch(&self) -> Option<&str> {
        self.branch.as_deref()
    }
    pub fn today(&self) -> Date {
        self.today
    }
    /// The clock records are dated by.
    pub fn clock(&self) -> somevakt_store::clock::Clock {
        self.clock
    }
    pub fn today_fixed(&self) -> bool {
        self.today_fixed
    }
    /// The policy's thresholds as loaded (the defaults before a load).
    pub fn thresholds(&self) -> somevakt_core::policy::Thresholds {
        self.register
            .as_ref()
            .map(|r| r.policy.policy.clone())
            .unwrap_or_default()
    }
    pub fn size(&self) -> (u16, u16) {
        self.size
    }
    /// `Some` while everything is being loaded.
    pub fn loading(&self) -> Option<Progress> {
        self.loading
    }
    pub fn register(&self) -> Option<&Register> {
        self.register.as_deref()
    }
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }
    /// The overview's rows after sorting and filtering (indexes into `rows`).
    pub fn view(&self) -> &[usize] {
        &self.view
    }
    pub fn cursor(&self) -> &Cursor {
        &self.cursor
    }
    pub fn screen(&self) -> Screen {
        self.screen
    }
    pub fn mode(&self) -> &Mode {
        &self.mode
    }
    /// The open form, in whatever stage, or the one waiting on "discard?".
    pub fn form(&self) -> Option<&Form> {
        match &self.mode {
            Mode::Form(form) | Mode::Discard(form) => Some(form),
            _ => None,
        }
    }
    pub fn filter(&self) -> &str {
        &self.filter
    }
    pub fn search(&self) -> &str {
        &self.search
    }
    /// The `/` text Esc last cleared from the overview's filter.
    pub fn last_filter(&self) -> &str {
        if self.filter.is_empty() {
            &self.last_filter
        } else {
            ""
        }
    }
    /// Whether Enter on the detail has a finding to fix.
    pub fn has_finding_to_fix(&self) -> bool {
        self.focused_row()
            .and_then(|r| r.evaluation.as_ref())
            .is_some_and(|e| !e.findings.is_empty())
    }
    pub fn quick(&self) -> QuickFilter {
        self.quick
    }
    pub fn sort(&self) -> (Column, bool) {
        (self.sort, self.descending)
    }
    pub fn counts(&self) -> &Counts {
        &self.counts
    }
    /// The reminders screen's rows; none while the loader is still putting
    /// them in words (the few of files read again meanwhile are not shown
    /// or acted on alone).
    pub fn reminders(&self) -> &[ReminderRow] {
        if self.reminders_pending() {
            &[]
        } else {
            &self.reminders
        }
    }
    /// Whether the loader is still putting the reminders in words.
    pub fn reminders_pending(&self) -> bool {
        self.reminders_awaited.is_some()
    }
    pub fn reminder_cursor(&self) -> &Cursor {
        &self.reminder_cursor
    }
    pub fn focus(&self) -> Option<&str> {
        self.focus.as_deref()
    }
    pub fn detail_scroll(&self) -> usize {
        self.detail_scroll
    }
    pub fn detail_finding(&self) -> usize {
        self.detail_finding
    }
    pub fn help_scroll(&self) -> usize {
        self.help_scroll
    }
    pub fn history(&self) -> &HistoryState {
        &self.history
    }
    /// The audit of the decision trail (`None` while it is read).
    pub fn audit(&self) -> &crate::tui::trail::AuditState {
        &self.audit
    }
    pub fn diff(&self) -> &DiffState {
        &self.diff
    }
    pub fn message(&self) -> &str {
        &self.message
    }
    pub fn watch_note(&self) -> &str {
        &self.watch_note
    }
    pub fn quit(&self) -> bool {
        self.quit
    }

    /// The screen the help screen describes: the one it was opened from.
    pub fn help_for(&self) -> Screen {
        self.back.last().copied().unwrap_or(Screen::Overview)
    }

    /// The overview's selected row, if the filter leaves one.
    pub fn selected_row(&self) -> Option<&Row> {
        self.view.get(self.cursor.selected).map(|&i| &self.rows[i])
    }

    /// The selected reminder.
    pub fn selected_reminder(&self) -> Option<&ReminderRow> {
        self.reminders().get(self.reminder_cursor.selected)
    }

    /// The row of the focused account.
    pub fn focused_row(&self) -> Option<&Row> {
        let path = self.focus.as_deref()?;
        self.rows.iter().find(|r| r.path == path)
    }

    /// The commit that recorded the focused account's current decision, once
    /// its history is read: the newest with `Action: decision`.
    pub fn decision_commit(&self) -> Option<&CommitInfo> {
        if self.focus.as_deref() != Some(self.history.path.as_str()) || self.history.loading {
            return None;
        }
        self.history
            .commits
            .iter()
            .find(|c| c.trailer("Action") == Some("decision"))
    }

    /// The account file behind the focused row.
    pub fn focused_account(&self) -> Option<&somevakt_store::LoadedAssessment> {
        let path = self.focus.as_deref()?;
        self.register
            .as_ref()?
            .accounts
            .iter()
            .find(|a| a.path == path)
    }

    /// The invalid file behind the focused row.
    pub fn focused_invalid(&self) -> Option<&somevakt_store::InvalidFile> {
        let path = self.focus.as_deref()?;
        self.register
            .as_ref()?
            .invalid
            .iter()
            .find(|f| f.path == path)
    }

    /// The focused file's account id, valid or not: an invalid file is
    /// exactly the one to open in the editor.
    pub fn focused_id(&self) -> Option<AccountId> {
        self.focus
            .as_deref()
            .and_then(|path| somevakt_store::load::id_of(path).ok())
    }
}
