//! Help: every key of the screen it was opened from, from the same keymap
//! the keys and the hint line use, and how each finding is fixed.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::tui::app::App;
use crate::tui::fixes;
use crate::tui::keymap::{Binding, Context, Screen};
use crate::tui::theme::Theme;

/// The help's lines; `update` counts them to clamp the scroll.
pub fn content(app: &App, theme: Theme) -> Vec<Line<'static>> {
    let for_screen = app.help_for();
    let keymap = app.keymap();
    let mut lines = Vec::new();
    let mut section = |title: String, bindings: &[Binding]| {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::styled(title, theme.heading()));
        for b in bindings {
            let keys: Vec<String> = b.keys.iter().map(|k| k.label()).collect();
            lines.push(Line::raw(format!("  {:<18} {}", keys.join(", "), b.help)));
        }
    };
    section(
        format!("Keys of the {} screen", for_screen.title()),
        &keymap.bindings(Context::Screen(for_screen)),
    );
    if for_screen == Screen::Overview {
        section(
            "While typing a filter".into(),
            &keymap.bindings(Context::Filter),
        );
    }
    if matches!(for_screen, Screen::History | Screen::Reminders) {
        section(
            "While typing a search".into(),
            &keymap.bindings(Context::Search),
        );
    }
    if matches!(
        for_screen,
        Screen::Overview | Screen::Detail | Screen::Reminders
    ) {
        section(
            "In a form (d, p, a, c, +)".into(),
            &keymap.bindings(Context::Form),
        );
        section(
            "When the change is shown before it is written".into(),
            &keymap.bindings(Context::Preview),
        );
        lines.push(Line::default());
        lines.push(Line::styled(
            "What fixes a finding or a reminder",
            theme.heading(),
        ));
        for (what, fix) in fixes::table() {
            let key = keymap
                .key_for(Context::Screen(Screen::Detail), fix.action)
                .unwrap_or_default();
            lines.push(Line::raw(format!(
                "  {what:<38} {key}  {} ({})",
                fix.what, fix.command
            )));
        }
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        "The guidance the findings cite",
        theme.heading(),
    ));
    for d in somevakt_core::findings::DOCUMENTS {
        lines.push(Line::raw(format!("  {}  {}", d.id, d.title)));
    }
    lines.push(Line::default());
    lines.push(Line::styled("Settings", theme.heading()));
    let path = crate::tui::config::path()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "$XDG_CONFIG_HOME/somevakt/config.toml".to_owned());
    lines.push(Line::raw(format!(
        "  {path}: theme = \"terminal\" | \"light\" | \"high-contrast\", [keys] action = \"key\""
    )));
    lines
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    super::draw_lines(
        frame,
        area,
        "Help (Esc closes)",
        content(app, theme),
        app.help_scroll(),
    );
}
