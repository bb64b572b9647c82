//! The overview: one row per account, most urgent first. Columns are laid
//! out by priority: Status and Account always stay; as the terminal
//! narrows, Platform, Snapshots, Findings, then Activity go first.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Cell, Clear, Paragraph, Row as TableRow, Table};

use super::titled;
use crate::text::{cut, sanitize};
use crate::tui::app::App;
use crate::tui::rows::{Column, Row};
use crate::tui::theme::Theme;

/// The narrowest the account's name may get before other columns go.
const MIN_ACCOUNT: u16 = 16;
const STATUS: u16 = 9;

/// The columns to show at this width, with their widths: (column, width).
pub fn columns(width: u16) -> Vec<(Column, u16)> {
    // "2024-01-11 370 d overdue" needs 24 columns; narrower shows "370 d overdue".
    let review = if width >= 100 { 24 } else { 13 };
    // Kept longest first: a column is only added while all before it fit
    // and the name keeps the room given (more for the wide-only columns).
    let wanted = [
        (Column::Approval, 12, MIN_ACCOUNT),
        (Column::Review, review, MIN_ACCOUNT),
        (Column::Activity, 8, MIN_ACCOUNT),
        (Column::Findings, 5, MIN_ACCOUNT),
        (Column::Snapshots, 9, MIN_ACCOUNT),
        (Column::Platform, 9, 24),
        (Column::Municipality, 18, 28),
        (Column::Id, 34, 28),
    ];
    let mut used = STATUS + 1;
    let mut extra = Vec::new();
    for (column, w, name) in wanted {
        if used + 1 + w + 1 + name > width {
            break;
        }
        used += 1 + w;
        extra.push((column, w));
    }
    // The name gets what is left; the others keep their order on screen.
    let account = width.saturating_sub(used + 1).max(1);
    let mut cols = vec![(Column::Urgency, STATUS)];
    let shown = |c: Column| extra.iter().find(|(x, _)| *x == c).copied();
    if let Some(m) = shown(Column::Municipality) {
        cols.push(m);
    }
    cols.push((Column::Account, account));
    for c in [
        Column::Platform,
        Column::Approval,
        Column::Review,
        Column::Activity,
        Column::Snapshots,
        Column::Findings,
        Column::Id,
    ] {
        if let Some(x) = shown(c) {
            cols.push(x);
        }
    }
    cols
}

fn cell(row: &Row, column: Column, width: u16) -> String {
    let text = match column {
        Column::Urgency => row.health.glyph().to_owned(),
        Column::Municipality => row.municipality.clone(),
        Column::Account => row.name.clone(),
        Column::Id => row.id.clone().unwrap_or_default(),
        Column::Platform => row.platform.clone(),
        Column::Approval => row.approval.clone(),
        Column::Review if row.id.is_none() => row.review_date.clone(),
        Column::Review if width >= 24 => format!("{} {}", row.review_date, row.review_when),
        Column::Review if row.review_when.is_empty() => row.review_date.clone(),
        Column::Review => row.review_when.clone(),
        Column::Activity => row.activity.clone(),
        Column::Snapshots => row.snapshots.clone(),
        Column::Findings => row.findings.clone(),
    };
    cut(&text, usize::from(width))
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let (sort, descending) = app.sort();
    let title = format!(
        "{} of {} · filter: {} · sort: {}{}",
        app.view().len(),
        app.rows().len(),
        if app.filter().is_empty() {
            app.quick().label().to_owned()
        } else {
            format!("{} + \"{}\"", app.quick().label(), sanitize(app.filter()))
        },
        sort.title(),
        if descending { " ↓" } else { "" }
    );
    let inner = titled(frame, area, &title);
    if app.rows().is_empty() {
        let text = if app.loading().is_some() {
            "  Loading the assessments…"
        } else {
            "  No assessment yet: + creates one"
        };
        frame.render_widget(Paragraph::new(text), inner);
        return;
    }
    let cols = columns(inner.width);
    let header = TableRow::new(cols.iter().map(|(c, w)| {
        let mark = if *c == sort {
            if descending { " ↓" } else { " ↑" }
        } else {
            ""
        };
        Cell::from(cut(&format!("{}{mark}", c.title()), usize::from(*w)))
    }))
    .style(theme.heading());
    let page = usize::from(inner.height.saturating_sub(1));
    let cursor = app.cursor();
    let start = cursor.offset.min(app.view().len());
    let end = (start + page).min(app.view().len());
    let rows = app.view()[start..end]
        .iter()
        .enumerate()
        .map(|(i, &index)| {
            let row = &app.rows()[index];
            let cells = cols.iter().map(|(c, w)| {
                let style = if *c == Column::Urgency {
                    theme.health(row.health)
                } else {
                    Style::default()
                };
                Cell::from(Span::styled(cell(row, *c, *w), style))
            });
            let style = if start + i == cursor.selected {
                theme.selected()
            } else {
                Style::default()
            };
            TableRow::new(cells).style(style)
        });
    let widths: Vec<Constraint> = cols.iter().map(|(_, w)| Constraint::Length(*w)).collect();
    frame.render_widget(
        Table::new(rows, widths).header(header).column_spacing(1),
        inner,
    );
    draw_invalid_rows(frame, inner, app, theme, start, end);
    if app.view().is_empty() {
        let note = Rect {
            y: inner.y + 1,
            height: 1,
            ..inner
        };
        let text = cut(
            "  Nothing matches, so nothing is selected. Esc clears the filter.",
            usize::from(note.width),
        );
        frame.render_widget(Paragraph::new(text), note);
    }
}

/// An invalid file has no columns to fill: its path and problem run across
/// the row after the status, so the message can be read at any width.
fn draw_invalid_rows(
    frame: &mut Frame,
    inner: Rect,
    app: &App,
    theme: Theme,
    start: usize,
    end: usize,
) {
    let status_width = STATUS + 1;
    for (i, &index) in app.view()[start..end].iter().enumerate() {
        let row = &app.rows()[index];
        if row.id.is_some() {
            continue;
        }
        let area = Rect {
            x: inner.x + status_width,
            y: inner.y + 1 + i as u16,
            width: inner.width.saturating_sub(status_width),
            height: 1,
        };
        let style = if start + i == app.cursor().selected {
            theme.selected()
        } else {
            Style::default()
        };
        let text = cut(
            &format!("{}: {}", row.name, row.review_date),
            usize::from(area.width),
        );
        frame.render_widget(Clear, area);
        frame.render_widget(Paragraph::new(text).style(style), area);
    }
}
