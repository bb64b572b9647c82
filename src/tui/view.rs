//! Draws the dashboard from the state, and nothing else. Lists draw only the
//! rows that fit on screen, so 20,000 accounts cost what 40 do.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Clear, Paragraph, Row as TableRow, Table, Wrap};

use super::app::App;
use super::detail;
use super::form::Stage;
use super::keymap::{self, Screen};
use super::rows::{Column, Health, Row};
use crate::text::sanitize;

/// Colours from the terminal's own palette, so light and dark themes both
/// work; none at all with NO_COLOR. Meaning never rests on colour alone:
/// every state also has a glyph and a word.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    fn fg(self, color: Color) -> Style {
        if self.color {
            Style::default().fg(color)
        } else {
            Style::default()
        }
    }
    pub fn error(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
    pub fn warning(self) -> Style {
        self.fg(Color::Yellow)
    }
    pub fn ok(self) -> Style {
        self.fg(Color::Green)
    }
    pub fn dim(self) -> Style {
        if self.color {
            Style::default().add_modifier(Modifier::DIM)
        } else {
            Style::default()
        }
    }
    pub fn heading(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }
    fn selected(self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED)
    }
    fn health(self, health: Health) -> Style {
        match health {
            Health::Invalid | Health::Error => self.error(),
            Health::Warning => self.warning(),
            Health::Ok => self.ok(),
        }
    }
}

pub fn draw(frame: &mut Frame, app: &mut App, theme: Theme) {
    let [header, body, status, hints] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(frame.area());
    draw_header(frame, header, app, theme);
    match app.screen {
        Screen::Overview => draw_overview(frame, body, app, theme),
        Screen::Detail => draw_detail(frame, body, app, theme),
        Screen::History => draw_history(frame, body, app, theme),
        Screen::Diff => draw_diff(frame, body, app, theme),
        Screen::Reminders => draw_reminders(frame, body, app, theme),
        Screen::Help => draw_help(frame, body, app, theme),
    }
    if app.form.is_some() {
        draw_form(frame, body, app, theme);
    } else if app.invalid_edit.is_some() {
        draw_invalid_edit(frame, body, app, theme);
    }
    draw_status(frame, status, app, theme);
    draw_hints(frame, hints, app, theme);
    // The net under the field-by-field sanitising: whatever a screen put
    // in a cell, no control or invisible character reaches the terminal.
    for cell in &mut frame.buffer_mut().content {
        if cell.symbol().chars().any(crate::text::is_dangerous) {
            let clean = sanitize(cell.symbol());
            cell.set_symbol(&clean);
        }
    }
}

/// A rectangle inside `area`, centred, of at most the given size.
fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

fn draw_form(frame: &mut Frame, area: Rect, app: &mut App, theme: Theme) {
    let Some(form) = &app.form else { return };
    let popup = centered(area, 100, area.height);
    let account = form
        .account
        .as_ref()
        .map(|a| format!(" · {a}"))
        .unwrap_or_default();
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(" {}{account} ", form.kind.title()));
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    let (lines, scrolls) = match &form.stage {
        Stage::Editing | Stage::Preparing => (form_lines(form, theme), false),
        Stage::Preview(prepared) => (preview_lines(prepared, theme), true),
        Stage::Committing => (vec![Line::raw("Writing the file and committing…")], false),
    };
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    if !scrolls {
        frame.render_widget(paragraph, inner);
        return;
    }
    let height = usize::from(inner.height);
    let total = paragraph.line_count(inner.width);
    app.page = height.max(1);
    app.preview_scroll = app.preview_scroll.min(total.saturating_sub(height));
    let offset = u16::try_from(app.preview_scroll).unwrap_or(u16::MAX);
    frame.render_widget(paragraph.scroll((offset, 0)), inner);
}

fn form_lines(form: &super::form::Form, theme: Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let marker = if focused { "›" } else { " " };
        let value = if field.is_choice() {
            format!("‹ {} ›", field.value)
        } else if focused {
            format!("{}▏", sanitize(&field.value))
        } else {
            sanitize(&field.value)
        };
        let style = if focused {
            theme.selected()
        } else {
            Style::default()
        };
        lines.push(Line::from(vec![
            Span::raw(format!("{marker} {:<18} ", field.label)),
            Span::styled(value, style),
        ]));
        if focused {
            lines.push(Line::styled(
                format!("  {:<18} {}", "", field.hint),
                theme.dim(),
            ));
        }
    }
    lines.push(Line::default());
    if let Some(note) = form.prior_consultation_note() {
        lines.push(Line::styled(format!("✖ {note}"), theme.error()));
    }
    match (&form.stage, &form.problem) {
        (Stage::Preparing, _) => lines.push(Line::raw("Preparing the change…")),
        (_, Some(problem)) => lines.push(Line::styled(
            format!("▲ {}", sanitize(problem)),
            theme.warning(),
        )),
        (_, None) => lines.push(Line::styled(
            "✔ Ready: Enter on the last field shows the change before anything is written",
            theme.ok(),
        )),
    }
    lines
}

fn preview_lines(prepared: &somevakt_store::record::Prepared, theme: Theme) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled("The commit message", theme.heading())];
    for l in prepared.proposal.message().lines() {
        lines.push(Line::raw(format!("  {}", sanitize(l))));
    }
    for w in &prepared.warnings {
        lines.push(Line::styled(format!("▲ {}", sanitize(w)), theme.warning()));
    }
    let outside =
        prepared.local_changes.is_some() && prepared.proposal.action != somevakt_core::Action::Edit;
    if outside {
        lines.push(Line::styled(
            "▲ The file has changes made outside somevakt, not yet committed: confirming commits them too. Here they are:",
            theme.warning(),
        ));
        for l in prepared.local_changes.as_deref().unwrap_or("").lines() {
            lines.push(Line::styled(format!("  {}", sanitize(l)), theme.warning()));
        }
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        format!("The change to {}", prepared.proposal.id.relative_path()),
        theme.heading(),
    ));
    for l in prepared.diff.lines() {
        let style = match l.chars().next() {
            Some('+') if !l.starts_with("+++") => theme.ok(),
            Some('-') if !l.starts_with("---") => theme.error(),
            Some('@') => theme.heading(),
            _ => Style::default(),
        };
        lines.push(Line::styled(sanitize(l), style));
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        "y writes the file and commits it · n goes back · nothing is written before y",
        theme.heading(),
    ));
    lines
}

fn draw_invalid_edit(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let Some((id, problem)) = &app.invalid_edit else {
        return;
    };
    let popup = centered(area, 90, 8);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(" The saved file is not valid ");
    let lines = vec![
        Line::raw(id.relative_path()),
        Line::styled(sanitize(problem), theme.error()),
        Line::default(),
        Line::raw("e opens it in the editor again · Esc leaves it as saved (not committed)"),
    ];
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        popup,
    );
}

fn draw_header(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let repo = app
        .root
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| app.root.display().to_string());
    let mut first = vec![
        Span::styled("somevakt ", theme.heading()),
        Span::raw(sanitize(&repo)),
    ];
    if let Some(branch) = &app.branch {
        first.push(Span::raw(format!("  ⎇ {}", sanitize(branch))));
    }
    first.push(Span::raw(format!("  {}  ", app.today)));
    for (i, screen) in [
        Screen::Overview,
        Screen::Detail,
        Screen::History,
        Screen::Reminders,
    ]
    .iter()
    .enumerate()
    {
        let style = if *screen == app.screen {
            theme.selected()
        } else {
            theme.dim()
        };
        first.push(Span::styled(
            format!(" {} {} ", i + 1, screen.title()),
            style,
        ));
    }
    let c = &app.counts;
    let second = if app.loading {
        Line::raw("Loading the assessments…")
    } else {
        Line::from(vec![
            Span::raw(format!("{} accounts: ", c.accounts)),
            Span::styled(format!("{} approved", c.approved), theme.ok()),
            Span::raw(format!(", {} conditional, ", c.conditional)),
            Span::styled(format!("{} not approved", c.not_approved), theme.error()),
            Span::raw(format!(
                ", {} pending, {} re-approval",
                c.pending, c.reapproval
            )),
        ])
    };
    let third = Line::from(vec![
        Span::raw("reviews "),
        Span::styled(format!("{} overdue", c.reviews_overdue), theme.error()),
        Span::raw(format!(
            " {} soon · {} inactive · snapshots ",
            c.reviews_due_soon, c.inactive
        )),
        Span::styled(
            format!("{} missing {} old", c.snapshots_missing, c.snapshots_old),
            theme.warning(),
        ),
        Span::raw(" · "),
        Span::styled(
            format!("{} invalid", c.invalid),
            if c.invalid > 0 {
                theme.error()
            } else {
                Style::default()
            },
        ),
    ]);
    frame.render_widget(Paragraph::new(vec![Line::from(first), second, third]), area);
}

/// The columns to show at this width. The account's name matters most:
/// municipality and platform appear only when the name still gets room, and
/// narrow terminals show the review as "in 12 d" without the date.
fn columns(width: u16) -> Vec<(Column, Constraint)> {
    let mut cols = vec![(Column::Urgency, Constraint::Length(9))];
    if width >= 140 {
        cols.push((Column::Municipality, Constraint::Length(18)));
    }
    cols.push((Column::Account, Constraint::Fill(1)));
    if width >= 120 {
        cols.push((Column::Platform, Constraint::Length(9)));
    }
    cols.extend([
        (Column::Approval, Constraint::Length(12)),
        (
            Column::Review,
            Constraint::Length(if width >= 100 { 23 } else { 13 }),
        ),
        (Column::Activity, Constraint::Length(8)),
        (Column::Snapshots, Constraint::Length(9)),
        (Column::Findings, Constraint::Length(5)),
    ]);
    cols
}

fn cell(row: &Row, column: Column, width: u16) -> String {
    match column {
        Column::Urgency => row.health.glyph().to_owned(),
        Column::Municipality => row.municipality.clone(),
        Column::Account => row.name.clone(),
        Column::Platform => row.platform.clone(),
        Column::Approval => row.approval.clone(),
        Column::Review if row.id.is_none() => row.review_date.clone(),
        Column::Review if width >= 100 => format!("{} {}", row.review_date, row.review_when),
        Column::Review if row.review_when.is_empty() => row.review_date.clone(),
        Column::Review => row.review_when.clone(),
        Column::Activity => row.activity.clone(),
        Column::Snapshots => row.snapshots.clone(),
        Column::Findings => row.findings.clone(),
    }
}

fn draw_overview(frame: &mut Frame, area: Rect, app: &mut App, theme: Theme) {
    let title = format!(
        " {} of {} · filter: {} · sort: {}{} ",
        app.view.len(),
        app.rows.len(),
        if app.filter.is_empty() {
            app.quick.label().to_owned()
        } else {
            format!("{} + \"{}\"", app.quick.label(), sanitize(&app.filter))
        },
        app.sort.title(),
        if app.descending { " ↓" } else { "" }
    );
    let block = Block::default().borders(Borders::TOP).title(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if app.loading && app.rows.is_empty() {
        frame.render_widget(Paragraph::new("  Loading the assessments…"), inner);
        return;
    }
    let page = usize::from(inner.height.saturating_sub(1));
    app.page = page;
    app.list_top = inner.y + 1;
    let (len, page_rows) = (app.view.len(), page);
    app.cursor.keep_visible(len, page_rows);
    let cols = columns(inner.width);
    let header = TableRow::new(cols.iter().map(|(c, _)| {
        let mark = if *c == app.sort {
            if app.descending { " ↓" } else { " ↑" }
        } else {
            ""
        };
        Cell::from(format!("{}{mark}", c.title()))
    }))
    .style(theme.heading());
    let start = app.cursor.offset;
    let end = (start + page).min(app.view.len());
    let rows = app.view[start..end].iter().enumerate().map(|(i, &index)| {
        let row = &app.rows[index];
        let cells = cols.iter().map(|(c, _)| {
            let text = cell(row, *c, inner.width);
            let style = if *c == Column::Urgency {
                theme.health(row.health)
            } else {
                Style::default()
            };
            Cell::from(Span::styled(text, style))
        });
        let style = if start + i == app.cursor.selected {
            theme.selected()
        } else {
            Style::default()
        };
        TableRow::new(cells).style(style)
    });
    let widths: Vec<Constraint> = cols.iter().map(|(_, w)| *w).collect();
    frame.render_widget(
        Table::new(rows, widths).header(header).column_spacing(1),
        inner,
    );
    draw_invalid_rows(frame, inner, app, theme, start, end);
    if app.view.is_empty() {
        let note = Rect {
            y: inner.y + 1,
            height: 1,
            ..inner
        };
        frame.render_widget(
            Paragraph::new("  Nothing matches. Esc clears the filter."),
            note,
        );
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
    let status_width = 10;
    for (i, &index) in app.view[start..end].iter().enumerate() {
        let row = &app.rows[index];
        if row.id.is_some() {
            continue;
        }
        let area = Rect {
            x: inner.x + status_width,
            y: inner.y + 1 + i as u16,
            width: inner.width.saturating_sub(status_width),
            height: 1,
        };
        let style = if start + i == app.cursor.selected {
            theme.selected()
        } else {
            Style::default()
        };
        let text = format!("{}: {}", row.name, row.review_date);
        frame.render_widget(Clear, area);
        frame.render_widget(Paragraph::new(text).style(style), area);
    }
}

/// A scrolled, wrapped paragraph of lines, clamped so the last line ends at
/// the bottom of the screen.
fn draw_lines(
    frame: &mut Frame,
    area: Rect,
    title: &str,
    lines: Vec<Line<'static>>,
    scroll: &mut usize,
    page: &mut usize,
) {
    let block = Block::default()
        .borders(Borders::TOP)
        .title(format!(" {title} "));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = usize::from(inner.height);
    *page = height;
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    let total = paragraph.line_count(inner.width);
    *scroll = (*scroll).min(total.saturating_sub(height));
    let offset = u16::try_from(*scroll).unwrap_or(u16::MAX);
    frame.render_widget(paragraph.scroll((offset, 0)), inner);
}

fn draw_detail(frame: &mut Frame, area: Rect, app: &mut App, theme: Theme) {
    let (title, lines) = if let Some(account) = app.focused_account() {
        let evaluation = app.focused_row().and_then(|r| r.evaluation.clone());
        let title = format!(
            "{} · {}",
            account.id,
            sanitize(&account.assessment.account.name)
        );
        let recorded = match (
            app.history.loading || app.history.path.as_str() != account.path,
            app.decision_commit(),
        ) {
            (true, _) => detail::Recorded::Loading,
            (false, Some(commit)) => detail::Recorded::By(commit.clone()),
            (false, None) => detail::Recorded::Unknown,
        };
        match evaluation {
            Some(e) => (title, detail::account_lines(account, &e, &recorded, &theme)),
            None => (title, Vec::new()),
        }
    } else if let Some(file) = app.focused_invalid() {
        (file.path.clone(), detail::invalid_lines(file, &theme))
    } else {
        (
            "Detail".to_owned(),
            vec![Line::raw("  Select an account in the overview (1) first.")],
        )
    };
    let (mut scroll, mut page) = (app.detail_scroll, app.page);
    draw_lines(frame, area, &title, lines, &mut scroll, &mut page);
    app.detail_scroll = scroll;
    app.page = page;
}

fn draw_history(frame: &mut Frame, area: Rect, app: &mut App, theme: Theme) {
    let title = format!(" History of {} ", app.history.path);
    let block = Block::default().borders(Borders::TOP).title(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let h = &mut app.history;
    if h.path.is_empty() {
        frame.render_widget(
            Paragraph::new("  Select an account in the overview (1) first."),
            inner,
        );
        return;
    }
    if h.loading {
        frame.render_widget(Paragraph::new("  Reading the Git history…"), inner);
        return;
    }
    if let Some(error) = &h.error {
        frame.render_widget(
            Paragraph::new(format!("  No Git history: {}", sanitize(error))),
            inner,
        );
        return;
    }
    if h.commits.is_empty() {
        frame.render_widget(
            Paragraph::new("  No commit has touched this file yet."),
            inner,
        );
        return;
    }
    // Each commit takes two lines: the summary and its trailers.
    let page = usize::from(inner.height / 2).max(1);
    app.page = page;
    h.cursor.keep_visible(h.commits.len(), page);
    let mut lines = Vec::new();
    for (i, c) in h
        .commits
        .iter()
        .enumerate()
        .skip(h.cursor.offset)
        .take(page)
    {
        let style = if i == h.cursor.selected {
            theme.selected()
        } else {
            Style::default()
        };
        lines.push(Line::styled(
            format!(
                "  {}  {}  {:<20}  {}",
                c.short_id,
                c.date,
                sanitize(&c.author),
                sanitize(&c.subject)
            ),
            style,
        ));
        let trailers: Vec<String> = c
            .trailers
            .iter()
            .map(|(k, v)| format!("{k}: {v}"))
            .collect();
        lines.push(Line::styled(
            format!("            {}", sanitize(&trailers.join(" · "))),
            theme.dim(),
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

fn draw_diff(frame: &mut Frame, area: Rect, app: &mut App, theme: Theme) {
    let lines: Vec<Line<'static>> = if app.diff.loading {
        vec![Line::raw("  Reading the commit…")]
    } else {
        app.diff
            .lines
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
    };
    let title = sanitize(&app.diff.title);
    let (mut scroll, mut page) = (app.diff.scroll, app.page);
    draw_lines(frame, area, &title, lines, &mut scroll, &mut page);
    app.diff.scroll = scroll;
    app.page = page;
}

fn draw_reminders(frame: &mut Frame, area: Rect, app: &mut App, theme: Theme) {
    let overdue = app.reminders.iter().filter(|r| r.overdue).count();
    let title = format!(
        " Reminders: {} overdue, {} due soon ",
        overdue,
        app.reminders.len() - overdue
    );
    let block = Block::default().borders(Borders::TOP).title(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if app.reminders.is_empty() {
        frame.render_widget(Paragraph::new("  Nothing is overdue or due soon."), inner);
        return;
    }
    let page = usize::from(inner.height.saturating_sub(1));
    app.page = page;
    let (len, cursor) = (app.reminders.len(), &mut app.reminder_cursor);
    cursor.keep_visible(len, page);
    let header = TableRow::new(["Due", "When", "What", "Account"]).style(theme.heading());
    let rows = app
        .reminders
        .iter()
        .enumerate()
        .skip(cursor.offset)
        .take(page)
        .map(|(i, r)| {
            let when = crate::text::relative_days(app.today, r.due);
            let style = if i == cursor.selected {
                theme.selected()
            } else {
                Style::default()
            };
            let when_style = if r.overdue {
                theme.error()
            } else {
                theme.warning()
            };
            let glyph = if r.overdue { "✖ " } else { "▲ " };
            TableRow::new(vec![
                Cell::from(r.due.to_string()),
                Cell::from(Span::styled(format!("{glyph}{when}"), when_style)),
                Cell::from(r.title),
                Cell::from(format!("{} · {}", r.name, r.account)),
            ])
            .style(style)
        });
    let widths = [
        Constraint::Length(10),
        Constraint::Length(16),
        Constraint::Length(27),
        Constraint::Fill(1),
    ];
    frame.render_widget(
        Table::new(rows, widths).header(header).column_spacing(1),
        inner,
    );
}

fn draw_help(frame: &mut Frame, area: Rect, app: &mut App, theme: Theme) {
    let for_screen = app.help_for();
    let mut lines = Vec::new();
    let mut section = |title: String, bindings: &[keymap::Binding]| {
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
        &keymap::bindings(for_screen),
    );
    if for_screen == Screen::Overview {
        section("While typing a filter".into(), &keymap::FILTER);
    }
    if matches!(for_screen, Screen::Overview | Screen::Detail) {
        section("In a form (d, p, a, c, N)".into(), &keymap::FORM);
        section(
            "When the change is shown before it is written".into(),
            &keymap::PREVIEW,
        );
    }
    let (mut scroll, mut page) = (app.help_scroll, app.page);
    draw_lines(
        frame,
        area,
        "Help (Esc closes)",
        lines,
        &mut scroll,
        &mut page,
    );
    app.help_scroll = scroll;
    app.page = page;
}

fn draw_status(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let line = if app.filtering {
        Line::from(vec![
            Span::styled("/", theme.heading()),
            Span::raw(sanitize(&app.filter)),
            Span::styled("▏", theme.heading()),
        ])
    } else {
        let mut text = sanitize(&app.message);
        if !app.watch_note.is_empty() {
            text.push_str(&format!("  ·  {}", app.watch_note));
        }
        Line::styled(text, theme.dim())
    };
    frame.render_widget(Paragraph::new(line), area);
}

fn draw_hints(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let bindings = match &app.form {
        Some(form) if matches!(form.stage, Stage::Preview(_)) => keymap::PREVIEW.to_vec(),
        Some(_) => keymap::FORM.to_vec(),
        None if app.filtering => keymap::FILTER.to_vec(),
        None => keymap::bindings(app.screen),
    };
    let mut hints = keymap::hint_line(&bindings);
    // Narrow terminals drop hints from the middle; help and quit, which
    // come last, always stay.
    let width = |h: &[(String, &str)]| {
        h.iter()
            .map(|(k, w)| k.chars().count() + w.chars().count() + 3)
            .sum::<usize>()
    };
    while width(&hints) > usize::from(area.width) && hints.len() > 2 {
        hints.remove(hints.len() - 3);
    }
    let mut spans = Vec::new();
    for (key, word) in hints {
        spans.push(Span::styled(key, theme.heading()));
        spans.push(Span::raw(format!(" {word}  ")));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
