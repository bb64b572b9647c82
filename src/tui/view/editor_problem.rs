//! What the editor left, when it was not a valid change: the editor did not
//! start, exited with an error, or saved a file that does not parse.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::t;
use crate::text::sanitize;
use crate::tui::app::{App, EditorProblem, Trouble};
use crate::tui::keymap::{Action, Context};
use crate::tui::layout;
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, body: Rect, problem: &EditorProblem, app: &App, theme: Theme) {
    let lang = app.lang();
    let popup = layout::centered(body, 90, 10);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(" {} ", problem.trouble.title(lang)));
    let what = match &problem.trouble {
        Trouble::CouldNotStart(_) => t!(lang, "editor-not-started-what"),
        Trouble::Failed(_) => t!(lang, "editor-failed-what"),
        Trouble::Invalid(_) => t!(lang, "editor-invalid-what"),
    };
    let key = |action| {
        app.keymap()
            .key_for(Context::EditorProblem, action)
            .unwrap_or_default()
    };
    let lines = vec![
        Line::raw(problem.id.relative_path()),
        Line::styled(sanitize(problem.trouble.detail()), theme.error()),
        Line::raw(what),
        Line::default(),
        Line::raw(t!(
            lang,
            "editor-keys",
            editor = key(Action::ReopenEditor),
            restore = key(Action::Restore),
            leave = key(Action::Cancel)
        )),
    ];
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        popup,
    );
}
