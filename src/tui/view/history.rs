//! The Git history of one account's file: each commit with its trailers.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::t;
use crate::text::{cut, sanitize};
use crate::tui::app::App;
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let lang = app.lang();
    let h = app.history();
    let inner = super::titled(
        frame,
        area,
        &t!(lang, "history-title", path = h.path.clone()),
    );
    let note = if h.path.is_empty() {
        Some(t!(lang, "select-first"))
    } else if h.loading {
        Some(t!(lang, "history-reading"))
    } else if let Some(error) = &h.error {
        Some(t!(lang, "history-none", error = sanitize(error)))
    } else if h.commits.is_empty() {
        Some(t!(lang, "history-empty"))
    } else {
        None
    };
    if let Some(note) = note {
        frame.render_widget(Paragraph::new(cut(&note, usize::from(inner.width))), inner);
        return;
    }
    let page = usize::from(inner.height / 2).max(1);
    let room = usize::from(inner.width);
    let needle = app.search().to_lowercase();
    let mut lines = Vec::new();
    for (i, c) in h
        .commits
        .iter()
        .enumerate()
        .skip(h.cursor.offset)
        .take(page)
    {
        let style = if i == h.cursor.selected {
            theme.selected()
        } else if !needle.is_empty() && crate::tui::app::commit_matches(c, &needle) {
            theme.matched()
        } else {
            Style::default()
        };
        // The audit's verdict on the commit: verified, unsigned, or the
        // violation, and why on the line below.
        let (mark, tone, reasons) = crate::tui::trail::commit_mark(app.audit(), &c.id, lang);
        let head = format!("  {}  {}  ", c.short_id, c.date);
        let tail = format!("  {:<20}  {}", sanitize(&c.author), sanitize(&c.subject));
        let tone = super::tone_style(tone, theme);
        let mark_style = if i == h.cursor.selected { style } else { tone };
        lines.push(
            super::fit_spans(
                vec![
                    Span::styled(head, style),
                    Span::styled(format!("{mark:<13}"), mark_style),
                    Span::styled(tail, style),
                ],
                room,
            )
            .style(style),
        );
        let second = match reasons.first() {
            Some(why) => Line::styled(cut(&format!("            ✗ {why}"), room), tone),
            None => {
                let trailers: Vec<String> = c
                    .trailers
                    .iter()
                    .map(|(k, v)| format!("{k}: {v}"))
                    .collect();
                let text = format!("            {}", sanitize(&trailers.join(" · ")));
                Line::styled(cut(&text, room), theme.dim())
            }
        };
        lines.push(second);
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
