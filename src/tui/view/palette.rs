//! The `:` command palette: every action of the screen with its key, found
//! by typing part of what it does.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::t;
use crate::text::{cut, sanitize};
use crate::tui::app::{App, Palette};
use crate::tui::layout;
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, palette: &Palette, app: &App, theme: Theme) {
    let entries = app.palette_entries();
    let popup = layout::centered(area, 72, (entries.len() as u16).saturating_add(3).max(5));
    let lang = app.lang();
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(" {} ", t!(lang, "palette-title")));
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    let room = usize::from(inner.width);
    let mut lines = vec![Line::from(vec![
        Span::styled(":", theme.heading()),
        Span::raw(sanitize(&palette.query)),
        Span::styled("▏", theme.heading()),
    ])];
    let shown = usize::from(inner.height.saturating_sub(1)).max(1);
    let first = palette.selected.saturating_sub(shown - 1);
    if entries.is_empty() {
        lines.push(Line::styled(t!(lang, "palette-none"), theme.dim()));
    }
    for (i, b) in entries.iter().enumerate().skip(first).take(shown) {
        let keys: Vec<String> = b.keys.iter().map(|k| k.label()).collect();
        let text = cut(
            &format!(" {:<12} {}", keys.join(", "), b.help_text(lang)),
            room,
        );
        let style = if i == palette.selected {
            theme.selected()
        } else {
            Style::default()
        };
        lines.push(Line::styled(text, style));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
