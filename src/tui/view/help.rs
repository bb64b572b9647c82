//! Help: every key of the screen it was opened from, from the same keymap
//! the keys and the hint line use, and how each finding is fixed.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::i18n::{Lang, words};
use crate::t;
use crate::tui::app::App;
use crate::tui::keymap::{Action, Binding, Context, Screen};
use crate::tui::theme::Theme;
use somevakt_core::findings::{FIX_KEYS, reminder_fix};
use somevakt_core::reminders::ReminderKind;

/// The help's lines; `update` counts them to clamp the scroll.
pub fn content(app: &App, theme: Theme) -> Vec<Line<'static>> {
    let lang = app.lang();
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
            lines.push(Line::raw(format!(
                "  {:<18} {}",
                keys.join(", "),
                b.help_text(lang)
            )));
        }
    };
    section(
        t!(lang, "keyhelp-keys-of", screen = for_screen.title(lang)),
        &keymap.bindings(Context::Screen(for_screen)),
    );
    if for_screen == Screen::Overview {
        section(
            t!(lang, "keyhelp-while-filter"),
            &keymap.bindings(Context::Filter),
        );
    }
    if matches!(for_screen, Screen::History | Screen::Reminders) {
        section(
            t!(lang, "keyhelp-while-search"),
            &keymap.bindings(Context::Search),
        );
    }
    if matches!(
        for_screen,
        Screen::Overview | Screen::Detail | Screen::Reminders
    ) {
        section(t!(lang, "keyhelp-in-form"), &keymap.bindings(Context::Form));
        section(
            t!(lang, "keyhelp-in-preview"),
            &keymap.bindings(Context::Preview),
        );
        lines.push(Line::default());
        let lang = app.lang();
        lines.push(Line::styled(t!(lang, "fix-table-heading"), theme.heading()));
        for (rule_key, action) in FIX_ACTIONS {
            let key = keymap
                .key_for(Context::Screen(Screen::Detail), action)
                .unwrap_or_default();
            lines.push(Line::raw(format!(
                "  {:<5}{}",
                key,
                fix_row(lang, rule_key)
            )));
        }
    }
    lines.push(Line::default());
    let lang = app.lang();
    lines.push(Line::styled(t!(lang, "sources-heading"), theme.heading()));
    // The titles are the documents' own (Norwegian, Swedish); what each one
    // is, in the reader's language.
    for d in somevakt_core::findings::DOCUMENTS {
        lines.push(Line::raw(format!(
            "  {}  {} · {}",
            d.id,
            d.title,
            crate::i18n::findings::document_named(lang, d.id)
        )));
    }
    lines.push(Line::default());
    lines.push(Line::styled(t!(lang, "keyhelp-settings"), theme.heading()));
    let path = crate::tui::config::path()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "$XDG_CONFIG_HOME/somevakt/config.toml".to_owned());
    lines.push(Line::raw(t!(lang, "keyhelp-settings-file", path = path)));
    lines
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    super::draw_lines(
        frame,
        area,
        &t!(app.lang(), "keyhelp-title"),
        content(app, theme),
        app.help_scroll(),
    );
}

/// The dashboard's ways of fixing, by the key the rules name (the core's
/// `Fix::dashboard_key`), in the order of the help's table.
const FIX_ACTIONS: [(&str, Action); 6] = [
    ("d", Action::Decide),
    ("v", Action::RecordReview),
    ("p", Action::RecordSnapshot),
    ("a", Action::RecordActivity),
    ("c", Action::CloseAccount),
    ("e", Action::EditInEditor),
];

/// One row of the help's table of fixes: what the key does, the findings
/// whose fix it starts (the core's `FIX_KEYS`) and the reminders it
/// settles (the core's `reminder_fix`).
fn fix_row(lang: Lang, key: &str) -> String {
    // The commands are the same in every language.
    let what = match key {
        "d" => format!("{} (somevakt decide)", t!(lang, "fix-action-decide")),
        "v" => format!("{} (somevakt review)", t!(lang, "fix-action-review")),
        "p" => format!("{} (somevakt snapshot)", t!(lang, "fix-action-snapshot")),
        "a" => format!("{} (somevakt activity)", t!(lang, "fix-action-activity")),
        "c" => format!("{} (somevakt close)", t!(lang, "fix-action-close")),
        _ => t!(lang, "fix-action-edit"),
    };
    let rules: Vec<&str> = FIX_KEYS
        .iter()
        .filter(|(_, keys)| keys.contains(&key))
        .map(|(id, _)| *id)
        .collect();
    let reminders: Vec<String> = [
        ReminderKind::Review,
        ReminderKind::Conditions,
        ReminderKind::Snapshot,
        ReminderKind::ClosingSnapshot,
        ReminderKind::Inactive,
    ]
    .iter()
    .filter(|kind| reminder_fix(**kind).dashboard_key == Some(key))
    .map(|kind| words::reminder_kind(lang, *kind))
    .collect();
    let mut applies = rules.join(" ");
    if !reminders.is_empty() {
        applies = t!(
            lang,
            "fix-table-reminders",
            rules = applies,
            reminders = reminders.join(", ")
        );
    }
    format!("{what}: {applies}")
}
