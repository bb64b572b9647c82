//! The form popup: fields with their labels, the hint of the focused one,
//! and what still stops the record. Long forms scroll with the focus.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::t;
use crate::text::{cut, sanitize, width};
use crate::tui::form::{Form, FormKind, Stage, choice_word};
use crate::tui::layout;
use crate::tui::theme::Theme;

/// Lines kept under the fields besides the status: a blank (or "more
/// below") and the F04 notice.
const NOTES: usize = 2;
/// At most this many rows for what stops the record: a refusal names the
/// file and what to do, and was cut at one line (issue 13's tmux walk).
const STATUS_ROWS: usize = 4;

/// Rows the fields keep before the status may wrap into a second row: on a
/// small terminal the focused field matters more than the end of a reason.
const FIELDS_FIRST: usize = 6;

/// Rows under the fields in a popup of `width` x `height`: the notes and
/// the status, which wraps where there is room.
pub fn footer(form: &Form, width: u16, height: u16) -> usize {
    NOTES + status(form, Theme::plain(), width, height).1
}

/// The status line (what stops the record, or that it is ready) and the
/// rows it takes when wrapped to `width`.
fn status(form: &Form, theme: Theme, width: u16, height: u16) -> (Line<'static>, usize) {
    let lang = form.lang;
    let ready = if form.kind == FormKind::Edit {
        t!(lang, "form-ready-edit")
    } else {
        t!(lang, "form-ready")
    };
    let room = usize::from(height)
        .saturating_sub(NOTES + FIELDS_FIRST)
        .clamp(1, STATUS_ROWS);
    let width = width.max(1);
    let rows_of = |line: &Line<'static>| {
        Paragraph::new(line.clone())
            .wrap(Wrap { trim: false })
            .line_count(width)
    };
    let line = match (&form.stage, &form.problem) {
        (Stage::Preparing, _) => Line::raw(t!(lang, "form-preparing")),
        (_, Some(problem)) => {
            let text = format!("▲ {}", sanitize(problem));
            // Cut with `…` to what the rows can hold, wrapped as words wrap.
            let mut budget = room * usize::from(width);
            let mut line = Line::styled(cut(&text, budget), theme.warning());
            while rows_of(&line) > room && budget > 1 {
                budget = budget.saturating_sub((usize::from(width) / 4).max(1));
                line = Line::styled(cut(&text, budget), theme.warning());
            }
            line
        }
        (_, None) => Line::styled(cut(&ready, usize::from(width)), theme.ok()),
    };
    let rows = rows_of(&line).clamp(1, room);
    (line, rows)
}
/// Columns before a field's value at least: marker, label, space.
const LABEL: usize = 21;
/// The room a value needs beside its label; with less, the label goes on
/// a line of its own above the value (issue 13: at 40 columns the values
/// got 17 columns).
const VALUE_ROOM: usize = 30;
/// Where the value starts when the label is above it.
const STACKED: usize = 2;

/// One screen row of the fields.
#[derive(Debug, Clone)]
struct FieldRow {
    label: String,
    value: String,
    focused: bool,
    hint: bool,
}

/// The fields laid out in rows at a width.
#[derive(Debug, Clone)]
pub struct FieldsLayout {
    rows: Vec<FieldRow>,
    /// Rows of the focused field (with its hint): first and one past last.
    focus: (usize, usize),
    /// The text cursor: (row, column of the value).
    cursor: Option<(usize, usize)>,
    /// The screen column where values start.
    indent: usize,
}

impl FieldsLayout {
    /// The scroll that keeps the focused field in `visible` rows, moving
    /// as little as possible from `current`.
    pub fn scroll_for(&self, current: usize, visible: usize) -> usize {
        let visible = visible.max(1);
        let (mut start, mut end) = self.focus;
        // A field taller than the popup: keep the cursor's row in view.
        if end - start > visible
            && let Some((row, _)) = self.cursor
        {
            (start, end) = (row, row + 1);
        }
        let mut scroll = current.min(self.rows.len().saturating_sub(visible));
        if end > scroll + visible {
            scroll = end.saturating_sub(visible);
        }
        if start < scroll {
            scroll = start;
        }
        scroll
    }
}

/// Splits `text` into pieces of at most `room` columns: (first char index, piece).
fn wrap(text: &str, room: usize) -> Vec<(usize, String)> {
    let mut out = vec![(0, String::new())];
    let mut used = 0;
    for (i, c) in text.chars().enumerate() {
        let w = width(c.encode_utf8(&mut [0; 4]));
        if used + w > room && used > 0 {
            out.push((i, String::new()));
            used = 0;
        }
        if let Some((_, piece)) = out.last_mut() {
            piece.push(c);
        }
        used += w;
    }
    out
}

pub fn layout_fields(form: &Form, popup_width: u16) -> FieldsLayout {
    let lang = form.lang;
    let labels: Vec<String> = form.fields.iter().map(|f| f.id.label(lang)).collect();
    // The label column fits the longest label of this form in its language.
    let label_width = LABEL.max(labels.iter().map(|l| width(l)).max().unwrap_or(0) + 3);
    let stacked = usize::from(popup_width) < label_width + VALUE_ROOM;
    let indent = if stacked { STACKED } else { label_width };
    let room = usize::from(popup_width).saturating_sub(indent).max(8);
    let mut rows = Vec::new();
    let mut focus = (0, 0);
    let mut cursor = None;
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let start = rows.len();
        let marker = if focused { "›" } else { " " };
        let label = &labels[i];
        if stacked {
            rows.push(FieldRow {
                label: format!("{marker} {label}"),
                value: String::new(),
                focused: false,
                hint: false,
            });
        }
        let label = if stacked {
            " ".repeat(indent)
        } else {
            let pad = label_width.saturating_sub(3 + width(label));
            format!("{marker} {label}{} ", " ".repeat(pad))
        };
        let mut first = true;
        let mut push = |rows: &mut Vec<FieldRow>, value: String| {
            let label = if first {
                label.clone()
            } else {
                " ".repeat(indent)
            };
            first = false;
            rows.push(FieldRow {
                label,
                value,
                focused,
                hint: false,
            });
        };
        if field.is_choice() {
            let value = field.value();
            let shown = if value.is_empty() {
                t!(lang, "form-choose")
            } else {
                format!("‹ {} ›", choice_word(lang, &value))
            };
            push(&mut rows, shown);
        } else {
            let (cursor_line, cursor_col) = field.cursor();
            for (n, line) in field.lines().iter().enumerate() {
                let pieces = wrap(&sanitize(line), room);
                let starts: Vec<usize> = pieces.iter().map(|(at, _)| *at).collect();
                for (k, (at, piece)) in pieces.into_iter().enumerate() {
                    // The cursor is in the piece it falls in, or after the last.
                    let next = starts.get(k + 1).copied().unwrap_or(usize::MAX);
                    if focused && n == cursor_line && cursor_col >= at && cursor_col < next {
                        let before: String = line.chars().skip(at).take(cursor_col - at).collect();
                        cursor = Some((rows.len(), width(&before)));
                    }
                    push(&mut rows, piece);
                }
            }
        }
        if focused {
            let mut hint = field.id.hint(lang);
            if field.id == crate::tui::form::FieldId::Body
                && let Some(previous) = form.previous_body()
            {
                hint = t!(
                    lang,
                    "form-last-time",
                    hint = hint,
                    body = sanitize(&previous)
                );
            }
            rows.push(FieldRow {
                label: " ".repeat(indent),
                value: hint,
                focused: false,
                hint: true,
            });
            focus = (start, rows.len());
        }
    }
    FieldsLayout {
        rows,
        focus,
        cursor,
        indent,
    }
}

pub fn draw(frame: &mut Frame, body: Rect, form: &Form, theme: Theme) {
    let lang = form.lang;
    let (popup, inner) = layout::form_popup(body);
    let account = form
        .account
        .as_ref()
        .map(|a| format!(" · {a}"))
        .unwrap_or_default();
    let title = cut(
        &format!("{}{account}", form.kind.title(lang)),
        usize::from(popup.width.saturating_sub(4)),
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(" {title} "));
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    match &form.stage {
        Stage::Preview { prepared, scroll } => {
            let offset = u16::try_from(*scroll).unwrap_or(u16::MAX);
            frame.render_widget(
                Paragraph::new(super::preview::content(prepared, theme, lang))
                    .wrap(Wrap { trim: false })
                    .scroll((offset, 0)),
                inner,
            );
        }
        Stage::Committing => {
            frame.render_widget(Paragraph::new(t!(lang, "form-committing")), inner);
        }
        Stage::Editing | Stage::Preparing => draw_fields(frame, inner, form, theme),
    }
}

fn draw_fields(frame: &mut Frame, inner: Rect, form: &Form, theme: Theme) {
    let lang = form.lang;
    let fields = layout_fields(form, inner.width);
    let visible = usize::from(inner.height).saturating_sub(footer(form, inner.width, inner.height));
    let room = usize::from(inner.width).saturating_sub(fields.indent);
    let mut lines: Vec<Line<'static>> = fields
        .rows
        .iter()
        .skip(form.scroll)
        .take(visible)
        .map(|row| {
            let value_style = if row.hint {
                theme.dim()
            } else if row.focused {
                theme.selected()
            } else {
                Style::default()
            };
            Line::from(vec![
                Span::raw(cut(&row.label, usize::from(inner.width))),
                Span::styled(cut(&row.value, room), value_style),
            ])
        })
        .collect();
    let more = fields.rows.len() > form.scroll + visible;
    while lines.len() < visible {
        lines.push(Line::default());
    }
    lines.push(if more {
        Line::styled(
            cut(&t!(lang, "form-more-below"), usize::from(inner.width)),
            theme.dim(),
        )
    } else {
        Line::default()
    });
    let prior = form.prior_consultation_note();
    lines.push(match &prior {
        Some(note) => Line::styled(
            cut(&format!("✖ {note}"), usize::from(inner.width)),
            theme.error(),
        ),
        None => Line::default(),
    });
    frame.render_widget(Paragraph::new(lines), inner);
    let (status, rows) = status(form, theme, inner.width, inner.height);
    let bottom = Rect {
        y: inner.y + inner.height.saturating_sub(rows as u16),
        height: (rows as u16).min(inner.height),
        ..inner
    };
    frame.render_widget(Clear, bottom);
    frame.render_widget(Paragraph::new(status).wrap(Wrap { trim: false }), bottom);
    if let Some((row, col)) = fields.cursor
        && row >= form.scroll
        && row < form.scroll + visible
        && col < room
    {
        frame.set_cursor_position(Position {
            x: inner.x + (fields.indent + col) as u16,
            y: inner.y + (row - form.scroll) as u16,
        });
    }
}
