//! Reminders: everything overdue or due soon, as `somevakt remind` lists it,
//! with the key that deals with the selected one.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Cell, Paragraph, Row as TableRow, Table};

use crate::i18n::findings;
use crate::t;
use crate::text::cut;
use crate::tui::app::App;
use crate::tui::keymap::{Action, Context, Screen};
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let reminders = app.reminders();
    let overdue = reminders.iter().filter(|r| r.overdue).count();
    let title = format!(
        "Reminders: {} overdue, {} due soon",
        overdue,
        reminders.len() - overdue
    );
    let mut inner = super::titled(frame, area, &title);
    if reminders.is_empty() {
        let text = if app.loading().is_some() {
            "  Loading the assessments…"
        } else {
            "  Nothing is overdue or due soon."
        };
        frame.render_widget(Paragraph::new(text), inner);
        return;
    }
    // The fix of the selected reminder, on the last line.
    if let Some(r) = app.selected_reminder()
        && inner.height > 3
    {
        // The same fix as the finding the reminder foretells, from the core.
        let lang = app.lang();
        let fix = somevakt_core::findings::reminder_fix(r.kind);
        let key = app
            .keymap()
            .key_for(Context::Screen(Screen::Reminders), Action::for_fix(&fix))
            .unwrap_or_default();
        let command = fix.command_for(&r.account).unwrap_or_default();
        let footer = Rect {
            y: inner.y + inner.height - 1,
            height: 1,
            ..inner
        };
        let line = super::fit_spans(
            vec![
                Span::styled(format!("{}: ", t!(lang, "fix-label")), theme.heading()),
                Span::styled(key, theme.heading()),
                // The command last: it is long, and the line may be cut.
                Span::raw(format!(
                    " {} · {} · {}",
                    crate::text::sanitize(&findings::fix_text(lang, &fix)),
                    t!(lang, "fix-enter-does-it"),
                    crate::text::sanitize(&command),
                )),
            ],
            usize::from(footer.width),
        );
        frame.render_widget(Paragraph::new(line), footer);
        inner.height -= 1;
    }
    let wide = inner.width >= 90;
    let narrow = inner.width < 60;
    let widths: Vec<u16> = if wide {
        vec![10, 16, 27, inner.width.saturating_sub(56)]
    } else if narrow {
        vec![15, inner.width.saturating_sub(16)]
    } else {
        vec![16, 22, inner.width.saturating_sub(40)]
    };
    let headers: &[&str] = if wide {
        &["Due", "When", "What", "Account"]
    } else if narrow {
        &["When", "What · account"]
    } else {
        &["When", "What", "Account"]
    };
    let header = TableRow::new(
        headers
            .iter()
            .zip(&widths)
            .map(|(h, w)| cut(h, usize::from(*w))),
    )
    .style(theme.heading());
    let cursor = app.reminder_cursor();
    let page = usize::from(inner.height.saturating_sub(1));
    let needle = app.search().to_lowercase();
    let rows = reminders
        .iter()
        .enumerate()
        .skip(cursor.offset)
        .take(page)
        .map(|(i, r)| {
            let when = crate::text::relative_days(app.today(), r.due);
            let style = if i == cursor.selected {
                theme.selected()
            } else if !needle.is_empty() && r.haystack.contains(&needle) {
                theme.matched()
            } else {
                Style::default()
            };
            let when_style = if r.overdue {
                theme.error()
            } else {
                theme.warning()
            };
            let glyph = if r.overdue { "✖ " } else { "▲ " };
            let account = format!("{} · {}", r.name, r.account);
            let mut texts = Vec::new();
            if wide {
                texts.push(r.due.to_string());
            }
            texts.push(format!("{glyph}{when}"));
            if narrow {
                texts.push(format!("{} · {account}", r.title));
            } else {
                texts.push(r.title.to_owned());
                texts.push(account);
            }
            let when_column = usize::from(wide);
            let cells = texts
                .into_iter()
                .zip(&widths)
                .enumerate()
                .map(|(c, (t, w))| {
                    let t = cut(&t, usize::from(*w));
                    if c == when_column {
                        Cell::from(Span::styled(t, when_style))
                    } else {
                        Cell::from(t)
                    }
                });
            TableRow::new(cells.collect::<Vec<_>>()).style(style)
        });
    let constraints: Vec<Constraint> = widths.iter().map(|w| Constraint::Length(*w)).collect();
    frame.render_widget(
        Table::new(rows, constraints)
            .header(header)
            .column_spacing(1),
        inner,
    );
}
