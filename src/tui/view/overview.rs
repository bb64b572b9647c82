//! The overview: one row per account, most urgent first. Columns are laid
//! out by priority: Status and Account always stay; as the terminal
//! narrows, Platform, Snapshots, Findings, then Activity go first.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Cell, Clear, Paragraph, Row as TableRow, Table};

use super::titled;
use crate::i18n::Lang;
use crate::t;
use crate::text::{cut, sanitize, width};
use crate::tui::app::App;
use crate::tui::rows::{Column, FixedWords, Row, approval_long_width, column_words};
use crate::tui::theme::Theme;

/// The narrowest the account's name may get before other columns go.
const MIN_ACCOUNT: u16 = 16;

/// The width a column needs for its longest word in `lang` (the title or a
/// value): `godkjent med vilkår` is longer than `conditional`.
pub fn column_width(lang: Lang, column: Column) -> u16 {
    let longest = column_words(lang, column)
        .iter()
        .map(|w| width(w))
        .max()
        .unwrap_or(1);
    u16::try_from(longest).unwrap_or(u16::MAX)
}

/// The review column: "370 d overdue" when narrow, with the date before it
/// ("2024-01-11 370 d overdue") when wide.
fn review_width(lang: Lang, wide: bool) -> u16 {
    let when = width(&t!(lang, "when-overdue-short", days = 999)).max(width(&t!(
        lang,
        "when-in-days-short",
        days = 999
    )));
    let narrow = when.max(width(&Column::Review.title(lang)));
    let w = if wide { narrow.max(11 + when) } else { narrow };
    u16::try_from(w).unwrap_or(u16::MAX)
}

/// The columns to show at this width, with their widths: (column, width).
pub fn columns(width: u16, lang: Lang) -> Vec<(Column, u16)> {
    let review = review_width(lang, width >= 100);
    let status = column_width(lang, Column::Urgency);
    let w = |c| column_width(lang, c);
    // Kept longest first: a column is only added while all before it fit
    // and the name keeps the room given (more for the wide-only columns).
    let wanted = [
        (Column::Approval, w(Column::Approval), MIN_ACCOUNT),
        (Column::Review, review, MIN_ACCOUNT),
        (Column::Activity, w(Column::Activity), MIN_ACCOUNT),
        (Column::Findings, w(Column::Findings).max(5), MIN_ACCOUNT),
        (Column::Snapshots, w(Column::Snapshots), MIN_ACCOUNT),
        (Column::Platform, 9, 24),
        (Column::Municipality, 18, 28),
        (Column::Id, 34, 28),
    ];
    let mut used = status + 1;
    let mut extra = Vec::new();
    for (column, w, name) in wanted {
        if used + 1 + w + 1 + name > width {
            break;
        }
        used += 1 + w;
        extra.push((column, w));
    }
    // The name gets what is left; the others keep their order on screen.
    let mut account = width.saturating_sub(used + 1).max(1);
    // With room to spare, the approval in full words: the name keeps at
    // least the room the wide-only columns leave it.
    let long = u16::try_from(approval_long_width(lang)).unwrap_or(u16::MAX);
    if let Some(approval) = extra.iter_mut().find(|(c, _)| *c == Column::Approval)
        && long > approval.1
        && account >= 28 + (long - approval.1)
    {
        account -= long - approval.1;
        approval.1 = long;
    }
    let mut cols = vec![(Column::Urgency, status)];
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

fn cell(row: &Row, column: Column, width: u16, lang: Lang) -> String {
    let text = match column {
        Column::Urgency => FixedWords::of(lang).health(row.health).to_owned(),
        Column::Municipality => row.municipality.clone(),
        // Cut in the middle: "Fjordvik…jobb hos oss", not "Fjordvik kom…",
        // so accounts whose names begin alike stay apart.
        Column::Account => return crate::text::cut_middle(&row.name, usize::from(width)),
        Column::Id => row.id.clone().unwrap_or_default(),
        Column::Platform => row.platform.to_owned(),
        Column::Approval if usize::from(width) >= crate::text::width(row.approval_long) => {
            row.approval_long.to_owned()
        }
        Column::Approval => row.approval.to_owned(),
        Column::Review if row.id.is_none() => row.review_date(),
        Column::Review if usize::from(width) >= 11 + crate::text::width(&row.review_when) => {
            format!("{} {}", row.review_date(), row.review_when)
        }
        Column::Review if row.review_when.is_empty() => row.review_date(),
        Column::Review => row.review_when.clone(),
        Column::Activity => row.activity.to_owned(),
        Column::Snapshots => row.snapshots.to_owned(),
        Column::Findings => row.findings(),
    };
    cut(&text, usize::from(width))
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let lang = app.lang();
    let (sort, descending) = app.sort();
    let filter = if app.filter().is_empty() {
        app.quick().label(lang)
    } else {
        format!(
            "{} + \"{}\"",
            app.quick().label(lang),
            sanitize(app.filter())
        )
    };
    let title = t!(
        lang,
        "overview-title",
        shown = app.view().len(),
        total = app.rows().len(),
        filter = filter,
        sort = format!("{}{}", sort.title(lang), if descending { " ↓" } else { "" })
    );
    let inner = titled(frame, area, &title);
    if app.rows().is_empty() {
        let text = if app.loading().is_some() {
            t!(lang, "overview-loading")
        } else {
            t!(lang, "overview-empty")
        };
        frame.render_widget(Paragraph::new(cut(&text, usize::from(inner.width))), inner);
        return;
    }
    let cols = columns(inner.width, lang);
    let status_width = cols.first().map_or(1, |(_, w)| *w);
    let header = TableRow::new(cols.iter().map(|(c, w)| {
        let mark = if *c == sort {
            if descending { " ↓" } else { " ↑" }
        } else {
            ""
        };
        Cell::from(cut(&format!("{}{mark}", c.title(lang)), usize::from(*w)))
    }))
    .style(theme.heading());
    let page = usize::from(inner.height.saturating_sub(1));
    let cursor = app.cursor();
    // After Esc cleared a filter, the rows it matched stand out: n and N
    // step through them.
    let needle = app.last_filter().to_lowercase();
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
                Cell::from(Span::styled(cell(row, *c, *w, lang), style))
            });
            let style = if start + i == cursor.selected {
                theme.selected()
            } else if !needle.is_empty() && row.haystack.contains(&needle) {
                theme.matched()
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
    draw_invalid_rows(frame, inner, app, theme, (start, end), status_width);
    if app.view().is_empty() {
        let note = Rect {
            y: inner.y + 1,
            height: 1,
            ..inner
        };
        let text = cut(
            &t!(lang, "overview-nothing-matches"),
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
    (start, end): (usize, usize),
    status: u16,
) {
    let status_width = status + 1;
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
            &format!("{}: {}", row.name, row.problem),
            usize::from(area.width),
        );
        frame.render_widget(Clear, area);
        frame.render_widget(Paragraph::new(text).style(style), area);
    }
}
