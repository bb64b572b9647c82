//! Esc on a form with something typed in it: asks before it is thrown away.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::tui::layout;
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, body: Rect, theme: Theme) {
    let popup = layout::centered(body, 52, 5);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(" Discard what you typed? ");
    let lines = vec![
        Line::styled("Nothing has been written yet.", theme.dim()),
        Line::raw("y discards the form · n or Esc keeps editing"),
    ];
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        popup,
    );
}
