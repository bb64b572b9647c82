//! Reminders: everything overdue or due soon, as `somevakt remind` lists it,
//! with the key that deals with the selected one.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Cell, Paragraph, Row as TableRow, Table};

use crate::i18n::{findings, words};
use crate::t;
use crate::text::cut;
use crate::tui::app::App;
use crate::tui::keymap::{Action, Context, Screen};
use crate::tui::theme::Theme;
use somevakt_core::reminders::ReminderKind;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let lang = app.lang();
    let reminders = app.reminders();
    let overdue = reminders.iter().filter(|r| r.overdue).count();
    // Counts only once all are known: "0 overdue" while they are still
    // being put in words would look like all clear.
    let title = if app.reminders_pending() {
        t!(lang, "screen-reminders")
    } else {
        t!(
            lang,
            "reminders-title",
            overdue = overdue,
            soon = reminders.len() - overdue
        )
    };
    let mut inner = super::titled(frame, area, &title);
    if reminders.is_empty() {
        let text = if app.loading().is_some() || app.reminders_pending() {
            t!(lang, "overview-loading")
        } else {
            t!(lang, "reminders-none")
        };
        frame.render_widget(Paragraph::new(cut(&text, usize::from(inner.width))), inner);
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
    // "✖ 1,105 d overdue" in the language's words (grouped: an account
    // that never had a snapshot is years overdue), and the longest "what".
    let when = 2 + [
        t!(lang, "when-overdue", days = 9_999),
        t!(lang, "when-in-days", days = 9_999),
    ]
    .iter()
    .map(|w| crate::text::width(w))
    .max()
    .unwrap_or(13);
    let when = u16::try_from(when).unwrap_or(16);
    // The longest kind of reminder in this language: five words, not one
    // per reminder (there are tens of thousands at 20,000 accounts).
    let what = [
        ReminderKind::Review,
        ReminderKind::Conditions,
        ReminderKind::Snapshot,
        ReminderKind::Inactive,
        ReminderKind::ClosingSnapshot,
    ]
    .map(|kind| crate::text::width(&words::reminder_kind(lang, kind)) + 1)
    .into_iter()
    .max()
    .unwrap_or(20);
    let what = u16::try_from(what).unwrap_or(27).clamp(16, 32);
    let widths: Vec<u16> = if wide {
        vec![
            10,
            when.max(16),
            what.max(27),
            inner
                .width
                .saturating_sub(10 + when.max(16) + what.max(27) + 3),
        ]
    } else if narrow {
        let when = when.max(15);
        vec![when, inner.width.saturating_sub(when + 1)]
    } else {
        let (when, what) = (when.max(16), what.min(22));
        vec![when, what, inner.width.saturating_sub(when + what + 2)]
    };
    let headers: Vec<String> = if wide {
        vec![
            t!(lang, "reminders-due"),
            t!(lang, "reminders-when"),
            t!(lang, "reminders-what"),
            t!(lang, "reminders-account"),
        ]
    } else if narrow {
        vec![
            t!(lang, "reminders-when"),
            t!(lang, "reminders-what-account"),
        ]
    } else {
        vec![
            t!(lang, "reminders-when"),
            t!(lang, "reminders-what"),
            t!(lang, "reminders-account"),
        ]
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
            let when = crate::i18n::words::relative_days_short(lang, app.today(), r.due);
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
                texts.push(r.title.clone());
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
