//! The detail screen: every section of one assessment, and its findings
//! each with the key that fixes it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::t;
use crate::text::sanitize;
use crate::tui::app::App;
use crate::tui::keymap::Screen;
use crate::tui::sheet::{self, FixMarks, Recorded};
use crate::tui::theme::Theme;

/// The title and lines of the focused account's detail; `update` counts
/// them to clamp the scroll.
pub fn content(app: &App, theme: Theme) -> (String, Vec<Line<'static>>) {
    if let Some(account) = app.focused_account() {
        let title = format!(
            "{} · {}",
            account.id,
            sanitize(&account.assessment.account.name)
        );
        let history = app.history();
        let recorded = match (
            history.loading || history.path.as_str() != account.path,
            app.decision_commit(),
        ) {
            (true, _) => Recorded::Loading,
            (false, Some(commit)) => Recorded::By(commit.clone()),
            (false, None) => Recorded::Unknown,
        };
        let audit = crate::tui::trail::findings(app.audit(), account.id.as_str(), app.lang());
        let marks = FixMarks {
            keymap: app.keymap(),
            lang: app.lang(),
            marked: app.detail_finding(),
            audit: &audit,
            jurisdiction: app
                .thresholds()
                .jurisdiction_of(&account.assessment.account),
        };
        let lines = match app.focused_row().and_then(|r| r.evaluation.as_ref()) {
            Some(e) => sheet::account_lines(account, e, &recorded, &theme, &marks, app.lang()),
            None => Vec::new(),
        };
        (title, lines)
    } else if let Some(file) = app.focused_invalid() {
        (
            file.path.clone(),
            sheet::invalid_lines(file, &theme, app.lang()),
        )
    } else {
        (
            Screen::Detail.title(app.lang()),
            vec![Line::raw(t!(app.lang(), "select-first"))],
        )
    }
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let (title, lines) = content(app, theme);
    super::draw_lines(frame, area, &title, lines, app.detail_scroll());
}
