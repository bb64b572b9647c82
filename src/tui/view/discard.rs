//! Esc on a form with something typed in it: asks before it is thrown away.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::i18n::Lang;
use crate::t;
use crate::tui::layout;
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, body: Rect, theme: Theme, lang: Lang) {
    let popup = layout::centered(body, 52, 5);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(" {} ", t!(lang, "discard-title")));
    let lines = vec![
        Line::styled(t!(lang, "discard-nothing-written"), theme.dim()),
        Line::raw(t!(lang, "discard-keys")),
    ];
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        popup,
    );
}
