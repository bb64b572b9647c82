//! The preview of a record: the commit message and the exact change to the
//! file, before anything is written.

use ratatui::style::Style;
use ratatui::text::Line;

use crate::i18n::Lang;
use crate::t;
use crate::text::sanitize;
use crate::tui::theme::Theme;
use somevakt_store::record::Prepared;

/// The preview's lines; `update` counts them to clamp the scroll.
pub fn content(prepared: &Prepared, theme: Theme, lang: Lang) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(t!(lang, "preview-message"), theme.heading())];
    for l in prepared.proposal.message().lines() {
        lines.push(Line::raw(format!("  {}", sanitize(l))));
    }
    for w in &prepared.warnings {
        lines.push(Line::styled(format!("▲ {}", sanitize(w)), theme.warning()));
    }
    if !prepared.findings.is_empty() {
        // Recorded all the same: the decision is a fact (docs/format.md,
        // "What a record may refuse").
        let ids = prepared.findings.join(", ");
        lines.push(Line::styled(
            format!("▲ {}", t!(lang, "preview-findings-left", ids = ids)),
            theme.warning(),
        ));
    }
    let outside =
        prepared.local_changes.is_some() && prepared.proposal.action != somevakt_core::Action::Edit;
    if outside {
        lines.push(Line::styled(
            t!(lang, "preview-outside-changes"),
            theme.warning(),
        ));
        for l in prepared.local_changes.as_deref().unwrap_or("").lines() {
            lines.push(Line::styled(format!("  {}", sanitize(l)), theme.warning()));
        }
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        t!(
            lang,
            "preview-change-to",
            path = prepared.proposal.id.relative_path()
        ),
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
    lines.push(Line::styled(t!(lang, "preview-keys"), theme.heading()));
    lines
}
