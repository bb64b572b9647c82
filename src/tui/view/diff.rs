//! One commit's change to the account's file.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

use crate::t;
use crate::text::sanitize;
use crate::tui::app::App;
use crate::tui::theme::Theme;

/// The lines of the diff; `update` counts them to clamp the scroll.
pub fn content(app: &App, theme: Theme) -> Vec<Line<'static>> {
    let diff = app.diff();
    if diff.loading {
        return vec![Line::raw(t!(app.lang(), "diff-reading"))];
    }
    diff.lines
        .iter()
        .map(|l| {
            let style = match l.chars().next() {
                Some('+') => theme.ok(),
                Some('-') => theme.error(),
                Some('@') => theme.heading(),
                _ => Style::default(),
            };
            Line::styled(l.clone(), style)
        })
        .collect()
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let title = sanitize(&app.diff().title);
    super::draw_lines(frame, area, &title, content(app, theme), app.diff().scroll);
}
