//! `/` and `n`/`N`: the search on the history and the reminders, and on
//! the overview the rows its filter text matches (issue 13).

use super::App;
use super::list::step_to_match;
use crate::t;
use crate::tui::keymap::Screen;

impl App {
    /// Moves to the next (or previous) match of the search on the list
    /// screen; `include_current` while typing, so the match stays put.
    /// On the overview, the matches are the rows the `/` filter's text
    /// matches: the visible rows while it filters, and after Esc brought
    /// every row back, the rows it matched among them.
    pub(super) fn find(&mut self, forward: bool, include_current: bool) {
        if self.screen == Screen::Overview {
            self.find_row(forward);
            return;
        }
        let needle = self.search.to_lowercase();
        if needle.is_empty() {
            return;
        }
        let found = match self.screen {
            Screen::Reminders => {
                let rows = self.reminders();
                step_to_match(
                    rows.len(),
                    self.reminder_cursor.selected,
                    forward,
                    include_current,
                    |i| rows[i].haystack.contains(&needle),
                )
                .map(|i| self.reminder_cursor.selected = i)
            }
            Screen::History => {
                let commits = &self.history.commits;
                step_to_match(
                    commits.len(),
                    self.history.cursor.selected,
                    forward,
                    include_current,
                    |i| commit_matches(&commits[i], &needle),
                )
                .map(|i| self.history.cursor.selected = i)
            }
            _ => Some(()),
        };
        if found.is_none() {
            self.message = t!(
                self.lang(),
                "status-no-match",
                text = crate::text::sanitize(&self.search)
            );
        }
    }

    /// The text `n` and `N` look for on the overview: the filter being
    /// applied, else the one Esc last cleared.
    pub fn overview_needle(&self) -> String {
        if self.filter.is_empty() {
            self.last_filter.to_lowercase()
        } else {
            self.filter.to_lowercase()
        }
    }

    /// `n`/`N` on the overview: the next or previous row that matches,
    /// wrapping around, and "match 3 of 12" on the status line.
    fn find_row(&mut self, forward: bool) {
        let lang = self.lang();
        let needle = self.overview_needle();
        if needle.is_empty() {
            self.message = t!(lang, "status-no-search-yet");
            return;
        }
        let (rows, view) = (&self.rows, &self.view);
        let matches = |i: usize| rows[view[i]].haystack.contains(&needle);
        let found = step_to_match(view.len(), self.cursor.selected, forward, false, matches);
        match found {
            Some(i) => {
                self.cursor.selected = i;
                let nth = (0..=i).filter(|&k| matches(k)).count();
                let total = (0..view.len()).filter(|&k| matches(k)).count();
                self.message = t!(
                    lang,
                    "status-match-of",
                    nth = nth,
                    total = total,
                    text = crate::text::sanitize(&needle)
                );
            }
            None => {
                self.message = t!(
                    lang,
                    "status-no-match",
                    text = crate::text::sanitize(&needle)
                );
            }
        }
    }
}

/// Whether a commit's visible text holds `needle` (lowercase).
pub fn commit_matches(c: &somevakt_store::history::CommitInfo, needle: &str) -> bool {
    [&c.short_id, &c.subject, &c.author, &c.date]
        .iter()
        .any(|t| t.to_lowercase().contains(needle))
        || c.trailers
            .iter()
            .any(|(k, v)| k.to_lowercase().contains(needle) || v.to_lowercase().contains(needle))
}
