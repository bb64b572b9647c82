//! Draws the dashboard from the state, and nothing else: every page size and
//! scroll position was settled by `update`. Each screen and each modal has
//! a file of its own. Lists draw only the rows that fit on screen, so 20,000
//! accounts cost what 40 do.

pub mod detail;
pub mod diff;
pub mod discard;
pub mod editor_problem;
pub mod form;
pub mod help;
pub mod history;
pub mod overview;
pub mod palette;
pub mod preview;
pub mod reminders;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::app::{App, Mode};
use super::keymap::{self, Context, Screen};
use super::layout;
use super::theme::Theme;
use crate::t;
use crate::text::{cut, sanitize, width};

pub fn draw(frame: &mut Frame, app: &App, theme: Theme) {
    let size = frame.area();
    let areas = layout::areas(size.width, size.height);
    draw_header(frame, areas.header, app, theme);
    let body = areas.body;
    match app.screen() {
        Screen::Overview => overview::draw(frame, body, app, theme),
        Screen::Detail => detail::draw(frame, body, app, theme),
        Screen::History => history::draw(frame, body, app, theme),
        Screen::Diff => diff::draw(frame, body, app, theme),
        Screen::Reminders => reminders::draw(frame, body, app, theme),
        Screen::Help => help::draw(frame, body, app, theme),
    }
    match app.mode() {
        Mode::Form(f) => form::draw(frame, body, f, theme),
        Mode::Discard(f) => {
            form::draw(frame, body, f, theme);
            discard::draw(frame, body, theme, app.lang());
        }
        Mode::EditorProblem(p) => editor_problem::draw(frame, body, p, app, theme),
        Mode::Palette(p) => palette::draw(frame, body, p, app, theme),
        Mode::Browse | Mode::Filter | Mode::Search => {}
    }
    draw_status(frame, areas.status, app, theme);
    draw_hints(frame, areas.hints, app, theme);
    // The net under the field-by-field sanitising: whatever a screen put
    // in a cell, no control or invisible character reaches the terminal.
    for cell in &mut frame.buffer_mut().content {
        if cell.symbol().chars().any(crate::text::is_dangerous) {
            let clean = sanitize(cell.symbol());
            cell.set_symbol(&clean);
        }
    }
}

/// A screen's body: a title rule, then `lines` wrapped and scrolled.
pub(crate) fn draw_lines(
    frame: &mut Frame,
    area: Rect,
    title: &str,
    lines: Vec<Line<'static>>,
    scroll: usize,
) {
    let title = cut(title, usize::from(area.width.saturating_sub(4)));
    let block = Block::default()
        .borders(Borders::TOP)
        .title(format!(" {title} "));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let offset = u16::try_from(scroll).unwrap_or(u16::MAX);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((offset, 0)),
        inner,
    );
}

/// A screen's title rule, returning the area under it.
pub(crate) fn titled(frame: &mut Frame, area: Rect, title: &str) -> Rect {
    let title = cut(title, usize::from(area.width.saturating_sub(4)));
    let block = Block::default()
        .borders(Borders::TOP)
        .title(format!(" {title} "));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

fn draw_header(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let repo = app
        .root()
        .file_name()
        .map(|n| sanitize(&n.to_string_lossy()))
        .unwrap_or_else(|| sanitize(&app.root().display().to_string()));
    let branch = app.branch().map(|b| format!("  ⎇ {}", sanitize(b)));
    let lang = app.lang();
    let day = if app.today_fixed() {
        t!(lang, "header-fixed-day", day = app.today().to_string())
    } else {
        app.today().to_string()
    };
    let room = usize::from(area.width);
    // What gives way as the terminal narrows: the tab names, the branch,
    // the folder, the program's name. The day and the tabs stay.
    let variants = [
        (true, true, true, false),
        (true, true, true, true),
        (true, true, false, true),
        (true, false, false, true),
        (false, false, false, true),
    ];
    let mut first = Line::default();
    for (name, folder, with_branch, compact) in variants {
        let mut spans = Vec::new();
        if name {
            spans.push(Span::styled("somevakt ", theme.heading()));
        }
        if folder {
            spans.push(Span::raw(repo.clone()));
        }
        if with_branch && let Some(b) = &branch {
            spans.push(Span::raw(b.clone()));
        }
        if !spans.is_empty() {
            spans.push(Span::raw("  "));
        }
        let day_style = if app.today_fixed() {
            theme.warning()
        } else {
            Style::default()
        };
        spans.push(Span::styled(day.clone(), day_style));
        spans.push(Span::raw(" "));
        spans.extend(tabs(app, theme, compact));
        first = Line::from(spans);
        if first.width() <= room {
            break;
        }
    }
    let mut lines = vec![fit_spans(first.spans, room)];
    if area.height >= 3 {
        let (second, third) = counts_lines(app, theme, room);
        lines.push(fit_spans(second.spans, room));
        lines.push(fit_spans(third.spans, room));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// The screen tabs; compact ones name only the current screen.
fn tabs(app: &App, theme: Theme, compact: bool) -> Vec<Span<'static>> {
    let lang = app.lang();
    let screens = [
        Screen::Overview,
        Screen::Detail,
        Screen::History,
        Screen::Reminders,
    ];
    screens
        .iter()
        .enumerate()
        .map(|(i, screen)| {
            let current = *screen == app.screen();
            let text = match (compact, current) {
                (true, false) => format!(" {}", i + 1),
                (true, true) => format!(" {} {}", i + 1, screen.title(lang)),
                (false, _) => format!(" {} {} ", i + 1, screen.title(lang)),
            };
            let style = if current {
                theme.selected()
            } else {
                theme.dim()
            };
            Span::styled(text, style)
        })
        .collect()
}

/// The two count lines of the header, or the loading state while the counts
/// are not known: "0 overdue" before anything is read would look like all clear.
fn counts_lines(app: &App, theme: Theme, room: usize) -> (Line<'static>, Line<'static>) {
    let lang = app.lang();
    let c = app.counts();
    if let Some(progress) = app.loading() {
        let gauge = match progress.total {
            Some(total) if total > 0 => {
                let filled = (progress.loaded.min(total) * 20) / total;
                format!(
                    "{} [{}{}]",
                    t!(
                        lang,
                        "header-loading-files",
                        loaded = progress.loaded,
                        total = total
                    ),
                    "█".repeat(filled),
                    "░".repeat(20 - filled)
                )
            }
            _ => t!(lang, "header-loading"),
        };
        let third = if app.register().is_some() {
            review_line(app, theme, room)
        } else {
            Line::styled(t!(lang, "header-counts-after-load"), theme.dim())
        };
        return (Line::from(vec![Span::raw(gauge)]), third);
    }
    let second = Line::from(vec![
        Span::raw(t!(lang, "header-accounts", count = c.accounts)),
        Span::styled(t!(lang, "header-approved", count = c.approved), theme.ok()),
        Span::raw(t!(lang, "header-conditional", count = c.conditional)),
        Span::styled(
            t!(lang, "header-not-approved", count = c.not_approved),
            theme.error(),
        ),
        Span::raw(t!(
            lang,
            "header-pending",
            pending = c.pending,
            reapproval = c.reapproval
        )),
    ]);
    // The same numbers in the language's short words, and where even
    // those do not fit (40 columns), the one count that matters most:
    // accounts in use without a valid approval.
    let short = Line::raw(t!(
        lang,
        "header-short-approvals",
        accounts = c.accounts,
        approved = c.approved,
        conditional = c.conditional,
        not_approved = c.not_approved,
        pending = c.pending,
        reapproval = c.reapproval
    ));
    let tiny = Line::raw(t!(
        lang,
        "header-tiny-approvals",
        accounts = c.accounts,
        unapproved = c.not_approved + c.pending + c.reapproval
    ));
    let second = [second, short]
        .into_iter()
        .find(|l| l.width() <= room)
        .unwrap_or(tiny);
    // Unverified decisions (signing required, F26) are said only where
    // there are any, in red: they look like approvals on paper.
    let mut second = second;
    if c.unverified > 0 {
        second.push_span(Span::styled(
            t!(lang, "header-unverified", count = c.unverified),
            theme.error(),
        ));
    }
    (second, review_line(app, theme, room))
}

/// Reviews, activity, snapshots, invalid files and the trail. When the
/// full words do not fit, a shorter form keeps every number and the
/// trail's verdict on screen (at 80 columns the trail was cut off).
fn review_line(app: &App, theme: Theme, room: usize) -> Line<'static> {
    let lang = app.lang();
    let c = app.counts();
    let invalid_style = if c.invalid > 0 {
        theme.error()
    } else {
        Style::default()
    };
    let full = Line::from(vec![
        Span::raw(t!(lang, "header-reviews")),
        Span::styled(
            t!(lang, "header-reviews-overdue", count = c.reviews_overdue),
            theme.error(),
        ),
        Span::raw(t!(
            lang,
            "header-soon-inactive",
            soon = c.reviews_due_soon,
            inactive = c.inactive
        )),
        Span::styled(
            t!(
                lang,
                "header-snapshots",
                missing = c.snapshots_missing,
                old = c.snapshots_old
            ),
            theme.warning(),
        ),
        Span::raw(" · "),
        Span::styled(t!(lang, "header-invalid", count = c.invalid), invalid_style),
        Span::raw(" · "),
        trail_span(app, theme, false),
    ]);
    if full.width() <= room {
        return full;
    }
    // The trail first: it is one word, and a cut at the end of the line
    // should not take the verdict on the audit trail with it. The shorter
    // forms keep the counts that matter in words (never "2/2"): overdue,
    // inactive, snapshots, then only overdue and inactive; invalid files
    // whenever there are any.
    let invalid = Span::styled(t!(lang, "header-invalid", count = c.invalid), invalid_style);
    let overdue = Span::styled(
        t!(lang, "header-short-overdue", count = c.reviews_overdue),
        theme.error(),
    );
    let inactive = Span::raw(t!(
        lang,
        "header-short-soon-inactive",
        soon = c.reviews_due_soon,
        inactive = c.inactive
    ));
    let snapshots = Span::styled(
        t!(
            lang,
            "header-short-snapshots",
            missing = c.snapshots_missing,
            old = c.snapshots_old
        ),
        theme.warning(),
    );
    let start = vec![
        trail_span(app, theme, true),
        Span::raw(" · "),
        overdue,
        inactive,
    ];
    let mut short = start.clone();
    short.extend([snapshots, Span::raw(" · "), invalid.clone()]);
    let mut without_invalid = short.clone();
    without_invalid.truncate(without_invalid.len() - 2);
    let mut tiny = start;
    // "· " ends the inactive count's words, ready for what follows.
    if c.invalid > 0 {
        tiny.push(invalid);
    } else if let Some(last) = tiny.last_mut() {
        last.content = last.content.trim_end_matches([' ', '·']).to_owned().into();
    }
    let mut tiers = vec![Line::from(short)];
    if c.invalid == 0 {
        tiers.push(Line::from(without_invalid));
    }
    let tiny = Line::from(tiny);
    tiers
        .into_iter()
        .find(|l| l.width() <= room)
        .unwrap_or(tiny)
}

/// The audit's word on the decision trail (somevakt audit), for the header.
fn trail_span(app: &App, theme: Theme, short: bool) -> Span<'static> {
    let (text, tone) = super::trail::header(app.audit(), app.lang(), short);
    Span::styled(text, tone_style(tone, theme))
}

/// How a verdict on the trail looks.
pub(crate) fn tone_style(tone: super::trail::Tone, theme: Theme) -> Style {
    match tone {
        super::trail::Tone::Ok => theme.ok(),
        super::trail::Tone::Plain => theme.dim(),
        super::trail::Tone::Bad => theme.error(),
    }
}

/// Cuts a line of spans to `room` columns, ending in `…` where it was cut.
pub(crate) fn fit_spans(spans: Vec<Span<'static>>, room: usize) -> Line<'static> {
    let total: usize = spans.iter().map(|s| width(&s.content)).sum();
    if total <= room {
        return Line::from(spans);
    }
    let mut out = Vec::new();
    let mut used = 0;
    for span in spans {
        let w = width(&span.content);
        if used + w < room {
            used += w;
            out.push(span);
            continue;
        }
        let text = cut(&span.content, room - used);
        out.push(Span::styled(text, span.style));
        break;
    }
    Line::from(out)
}

fn draw_status(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let room = usize::from(area.width);
    let line = match app.mode() {
        Mode::Filter => fit_spans(
            vec![
                Span::styled("/", theme.heading()),
                Span::raw(sanitize(app.filter())),
                Span::styled("▏", theme.heading()),
            ],
            room,
        ),
        Mode::Search => fit_spans(
            vec![
                Span::styled(t!(app.lang(), "status-search"), theme.heading()),
                Span::raw(sanitize(app.search())),
                Span::styled("▏", theme.heading()),
            ],
            room,
        ),
        _ => {
            let mut text = sanitize(app.message());
            if !app.watch_note().is_empty() {
                text.push_str(&format!("  ·  {}", app.watch_note()));
            }
            // The header can only say "trail ?": why stays readable here.
            if let Some(Err(why)) = app.audit()
                && !why.is_empty()
            {
                text.push_str(&format!(
                    "  ·  {}",
                    t!(app.lang(), "status-audit-cannot-run", error = sanitize(why))
                ));
            }
            Line::styled(cut(&text, room), theme.dim())
        }
    };
    frame.render_widget(Paragraph::new(line), area);
}

fn draw_hints(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let context = app.context();
    let mut bindings = app.keymap().bindings(context);
    let lang = app.lang();
    let mut note = None;
    if matches!(context, Context::Screen(_)) && app.target().is_none() {
        // Nothing visible is selected: the actions that need one are off.
        bindings.retain(|b| !b.action.needs_account() && b.action != keymap::Action::Open);
        if app.screen() == Screen::Overview && app.loading().is_none() {
            note = Some(t!(lang, "hint-nothing-selected"));
        }
    }
    if context == Context::Screen(Screen::Detail) && !app.has_finding_to_fix() {
        // No finding (an invalid file, or nothing wrong): Enter fixes nothing.
        bindings.retain(|b| b.action != keymap::Action::Open);
    }
    // Which hints record something (`d decide`, `e edit`): they are what
    // the dashboard is for, so a narrow terminal keeps them longest.
    let records: Vec<bool> = bindings
        .iter()
        .filter(|b| b.hint.is_some() && !b.keys.is_empty())
        .map(|b| b.action.records())
        .collect();
    let mut hints: Vec<(String, String, bool)> = keymap::hint_line(&bindings)
        .into_iter()
        .zip(records)
        .map(|((key, id), records)| (key, crate::i18n::message(lang, id), records))
        .collect();
    if app.screen() == Screen::Overview && note.is_some() {
        hints.insert(0, ("Esc".to_owned(), t!(lang, "hint-clear-filter"), false));
    }
    let note_width = note.as_ref().map_or(0, |n| width(n) + 2);
    // Narrow terminals drop hints from the middle, the ones that record
    // something last; help and quit, which come last, always stay.
    let hints_width = |h: &[(String, String, bool)]| {
        h.iter()
            .map(|(k, w, _)| width(k) + width(w) + 3)
            .sum::<usize>()
    };
    while hints_width(&hints) + note_width > usize::from(area.width) && hints.len() > 2 {
        let middle = hints.len() - 2;
        let drop = (0..middle)
            .rev()
            .find(|&i| !hints[i].2)
            .unwrap_or(middle - 1);
        hints.remove(drop);
    }
    let hints: Vec<(String, String)> = hints.into_iter().map(|(k, w, _)| (k, w)).collect();
    let mut spans = Vec::new();
    if let Some(note) = note {
        spans.push(Span::styled(format!("{note}  "), theme.warning()));
    }
    for (key, word) in hints {
        spans.push(Span::styled(key, theme.heading()));
        spans.push(Span::raw(format!(" {word}  ")));
    }
    frame.render_widget(
        Paragraph::new(fit_spans(spans, usize::from(area.width))),
        area,
    );
}
