//! Page sizes and scroll limits, settled after every message from the
//! terminal's size, so the view only draws (issue 8).

use ratatui::widgets::{Paragraph, Wrap};

use super::{App, Mode};
use crate::tui::form::Stage;
use crate::tui::keymap::Screen;
use crate::tui::layout;
use crate::tui::theme::Theme;
use crate::tui::view;

/// The wrapped rows (from, to) of the marked finding in the detail: from its
/// `›` head line to the next finding's head (or the end).
fn marked_rows(lines: &[ratatui::text::Line<'static>], width: u16) -> Option<(usize, usize)> {
    let starts = |line: &ratatui::text::Line<'_>, text: &str| {
        line.spans
            .first()
            .is_some_and(|span| span.content.starts_with(text))
    };
    let head = lines.iter().position(|l| starts(l, "› "))?;
    let next = lines[head + 1..]
        .iter()
        .position(|l| starts(l, "  ✖") || starts(l, "  ▲") || l.spans.is_empty())
        .map_or(lines.len(), |n| head + 1 + n);
    let rows = |upto: usize| {
        Paragraph::new(lines[..upto].to_vec())
            .wrap(Wrap { trim: false })
            .line_count(width)
    };
    Some((rows(head), rows(next)))
}

impl App {
    /// Rows of the current screen's page (or of the preview, if one is open).
    pub fn page(&self) -> usize {
        let body = layout::areas(self.size.0, self.size.1).body;
        if let Mode::Form(form) = &self.mode
            && matches!(form.stage, Stage::Preview { .. })
        {
            return usize::from(layout::form_popup(body).1.height).max(1);
        }
        let inner = layout::inner(body);
        let rows = match self.screen {
            // The table's header takes a row.
            Screen::Overview | Screen::Reminders => inner.height.saturating_sub(1),
            // A commit takes two rows: its summary and its trailers.
            Screen::History => inner.height / 2,
            Screen::Detail | Screen::Diff | Screen::Help => inner.height,
        };
        usize::from(rows).max(1)
    }

    /// Clamps every selection and scroll to what the screen can show.
    pub(super) fn settle(&mut self) {
        let page = self.page();
        let body = layout::areas(self.size.0, self.size.1).body;
        let inner = layout::inner(body);
        let list_page = usize::from(inner.height.saturating_sub(1)).max(1);
        self.cursor.keep_visible(self.view.len(), list_page);
        self.reminder_cursor
            .keep_visible(self.reminders().len(), list_page);
        let history_page = usize::from(inner.height / 2).max(1);
        self.history
            .cursor
            .keep_visible(self.history.commits.len(), history_page);
        let findings = self
            .focused_row()
            .and_then(|r| r.evaluation.as_ref())
            .map_or(0, |e| e.findings.len());
        self.detail_finding = self.detail_finding.min(findings.saturating_sub(1));
        let theme = Theme::plain();
        let lang = self.lang();
        let limit = |lines: Vec<ratatui::text::Line<'static>>, width: u16| {
            let total = Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .line_count(width);
            total.saturating_sub(page)
        };
        match self.screen {
            Screen::Detail => {
                let (_, lines) = view::detail::content(self, theme);
                if std::mem::take(&mut self.reveal_finding)
                    && let Some((start, end)) = marked_rows(&lines, inner.width)
                {
                    // Show the marked finding whole if it fits, its head
                    // line at least: Enter acts on it, so it must be seen.
                    if start < self.detail_scroll {
                        self.detail_scroll = start;
                    } else if end > self.detail_scroll + page {
                        self.detail_scroll = end.saturating_sub(page).min(start);
                    }
                }
                self.detail_scroll = self.detail_scroll.min(limit(lines, inner.width));
            }
            Screen::Diff => {
                let lines = view::diff::content(self, theme);
                self.diff.scroll = self.diff.scroll.min(limit(lines, inner.width));
            }
            Screen::Help => {
                let lines = view::help::content(self, theme);
                self.help_scroll = self.help_scroll.min(limit(lines, inner.width));
            }
            _ => {}
        }
        let popup = layout::form_popup(body).1;
        if let Mode::Form(form) = &mut self.mode {
            match &mut form.stage {
                Stage::Preview { prepared, scroll } => {
                    let lines = view::preview::content(prepared, theme, lang);
                    let total = Paragraph::new(lines)
                        .wrap(Wrap { trim: false })
                        .line_count(popup.width);
                    *scroll = (*scroll).min(total.saturating_sub(usize::from(popup.height)));
                }
                _ => {
                    let fields = view::form::layout_fields(form, popup.width);
                    let visible = usize::from(popup.height).saturating_sub(view::form::footer(
                        form,
                        popup.width,
                        popup.height,
                    ));
                    form.scroll = fields.scroll_for(form.scroll, visible);
                }
            }
        }
    }
}
