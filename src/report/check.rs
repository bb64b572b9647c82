//! `somevakt check`: invalid files as compiler-style diagnostics, then the
//! error findings per account, then one line of summary.

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, NamedSource, SourceSpan};
use serde::Serialize;

use super::status::{FindingJson, InvalidJson};
use crate::text::{sanitize, source_for_diagnostic};
use somevakt_core::AccountReport;
use somevakt_core::{Date, Severity};
use somevakt_store::{InvalidFile, Register};

use crate::i18n::{Lang, findings};
use crate::t;

/// Whether the repository passes: no invalid file and no error finding.
pub fn passes(register: &Register, reports: &[AccountReport<'_>]) -> bool {
    register.invalid.is_empty() && reports.iter().all(|r| r.evaluation.errors() == 0)
}

#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("{message}")]
struct FileDiagnostic {
    message: String,
    #[source_code]
    source_code: NamedSource<String>,
    #[label("{here}")]
    span: SourceSpan,
    /// The label's word, in the reader's language.
    here: String,
}

/// An invalid file as a diagnostic that shows the offending line. The
/// path, the message and the quoted line are sanitised here, before miette
/// adds its own (colour) sequences: the file's text never reaches the
/// terminal raw, even in colour.
pub fn render_invalid(file: &InvalidFile, color: bool, lang: Lang) -> String {
    let position = match (file.line, file.column) {
        (Some(l), Some(c)) => format!(":{l}:{c}"),
        _ => String::new(),
    };
    let message = crate::i18n::problems::file_problem(lang, &file.message);
    let (path, message) = (sanitize(&file.path), sanitize(&message));
    let error = t!(lang, "check-error");
    let mut out = format!("{error}: {path}{position}: {message}\n");
    if let Some(snippet) = &file.snippet {
        let (text, span) = source_for_diagnostic(&snippet.text, snippet.span.clone());
        let (text, span) = short_lines(&text, span);
        let (text, span) = (&text, &span);
        let theme = if color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        let start = span.start.min(text.len());
        let len = span
            .end
            .saturating_sub(span.start)
            .max(1)
            .min(text.len() - start);
        let diagnostic = FileDiagnostic {
            message,
            source_code: NamedSource::new(path, text.clone()),
            span: (start, len).into(),
            here: t!(lang, "check-here"),
        };
        let mut rendered = String::new();
        let handler = GraphicalReportHandler::new_themed(theme).with_width(100);
        if handler.render_report(&mut rendered, &diagnostic).is_ok() {
            // miette repeats the message (`× …`) above the quoted lines; the
            // `error:` line already said it, so the snippet starts at its
            // frame: each error once.
            let frame = rendered
                .find("╭─[")
                .map_or(0, |at| rendered[..at].rfind('\n').map_or(0, |n| n + 1));
            out.push_str(&rendered[frame..]);
        }
    }
    out
}

/// Longest line quoted in full; longer ones are quoted around the span (or
/// from their start), so a problem at column 100,000 is shown, never a
/// panic: miette pads to the column with a formatting width, which Rust
/// limits to 65,535.
const QUOTED: usize = 160;

/// `text` with every line longer than [`QUOTED`] characters cut to a
/// window of that many (the span's line around the span, the others from
/// their start), and `span` moved along. Line numbers stay right.
fn short_lines(text: &str, span: std::ops::Range<usize>) -> (String, std::ops::Range<usize>) {
    let mut out = String::with_capacity(text.len().min(1 << 16));
    let mut moved = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let end = at + line.len();
        let body = line.strip_suffix('\n').unwrap_or(line);
        let chars: Vec<(usize, char)> = body.char_indices().collect();
        let holds = span.start >= at && span.start <= at + body.len();
        let first = if chars.len() <= QUOTED {
            0
        } else if holds {
            let col = chars
                .iter()
                .position(|(i, _)| at + i >= span.start)
                .unwrap_or(chars.len());
            col.saturating_sub(QUOTED / 2).min(chars.len() - QUOTED)
        } else {
            0
        };
        let last = (first + QUOTED).min(chars.len());
        let byte = |i: usize| chars.get(i).map_or(body.len(), |(b, _)| *b);
        let (from, to) = (byte(first), byte(last));
        if first > 0 {
            out.push('…');
        }
        let start_here = out.len();
        out.push_str(&body[from..to]);
        if holds {
            let offset = |b: usize| start_here + b.clamp(from, to) - from;
            let s = offset(span.start - at);
            let e = offset(span.end.min(at + body.len()).max(span.start) - at);
            moved = Some(s..e.max(s));
        }
        if last < chars.len() {
            out.push('…');
        }
        if line.ends_with('\n') {
            out.push('\n');
        }
        at = end;
    }
    let moved = moved.unwrap_or(out.len()..out.len());
    (out, moved)
}

pub fn to_text(
    register: &Register,
    reports: &[AccountReport<'_>],
    color: bool,
    today: Date,
    lang: Lang,
) -> String {
    let (error, source) = (t!(lang, "check-error"), t!(lang, "check-source"));
    let decided = somevakt_store::decided::DecidedVersions::new(&register.root);
    let mut out = String::new();
    for file in &register.invalid {
        out.push_str(&render_invalid(file, color, lang));
        out.push('\n');
    }
    for report in reports {
        let errors: Vec<_> = report
            .evaluation
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .collect();
        if errors.is_empty() {
            continue;
        }
        out.push_str(&format!(
            "{} ({})\n",
            report.account.id,
            sanitize(&report.account.path)
        ));
        for f in errors {
            out.push_str(&format!(
                "  {error}[{}]: {}\n",
                f.id,
                sanitize(&findings::phrase(lang, &f.phrase))
            ));
            let jurisdiction = register
                .policy
                .policy
                .jurisdiction_of(&report.account.assessment.account);
            out.push_str(&format!(
                "           {source}: {}\n",
                findings::cite(lang, &f.source, jurisdiction)
            ));
            let fix = super::status::fix_of(&decided, report, f, today);
            out.push_str(&format!(
                "           {}: {}\n",
                t!(lang, "check-fix"),
                crate::text::sanitize(&findings::fix_summary(
                    lang,
                    &fix,
                    report.account.id.as_str()
                ))
            ));
        }
        out.push('\n');
    }
    out.push_str(&summary_line(register, reports, lang));
    out.push('\n');
    out
}

fn summary_line(register: &Register, reports: &[AccountReport<'_>], lang: Lang) -> String {
    let errors: usize = reports.iter().map(|r| r.evaluation.errors()).sum();
    let warnings: usize = reports.iter().map(|r| r.evaluation.warnings()).sum();
    let failing = reports.iter().filter(|r| r.evaluation.errors() > 0).count();
    let verdict = if passes(register, reports) {
        t!(lang, "check-ok")
    } else {
        t!(lang, "check-failed")
    };
    t!(
        lang,
        "check-summary",
        verdict = verdict,
        accounts = t!(lang, "count-accounts", count = reports.len()),
        invalid = t!(lang, "count-invalid-files", count = register.invalid.len()),
        errors = t!(lang, "count-errors", count = errors),
        failing = t!(lang, "count-accounts", count = failing),
        warnings = t!(lang, "count-warnings", count = warnings),
    )
}

#[derive(Serialize)]
struct CheckJson<'a> {
    today: Date,
    ok: bool,
    invalid: Vec<InvalidJson<'a>>,
    accounts: Vec<CheckAccount<'a>>,
    errors: usize,
    warnings: usize,
}

#[derive(Serialize)]
struct CheckAccount<'a> {
    id: &'a str,
    path: &'a str,
    findings: Vec<FindingJson<'a>>,
}

/// Every account with findings (warnings too), and every invalid file.
pub fn to_json(register: &Register, reports: &[AccountReport<'_>], today: Date) -> String {
    let doc = CheckJson {
        today,
        ok: passes(register, reports),
        invalid: register.invalid.iter().map(InvalidJson::from).collect(),
        accounts: reports
            .iter()
            .filter(|r| !r.evaluation.findings.is_empty())
            .map(|r| CheckAccount {
                id: r.account.id.as_str(),
                path: &r.account.path,
                findings: r
                    .evaluation
                    .findings
                    .iter()
                    .map(|f| FindingJson::new(f, r.account.id.as_str()))
                    .collect(),
            })
            .collect(),
        errors: reports.iter().map(|r| r.evaluation.errors()).sum(),
        warnings: reports.iter().map(|r| r.evaluation.warnings()).sum(),
    };
    crate::text::json(&doc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use somevakt_core::register::Snippet;

    /// In colour, miette adds escape sequences of its own (SGR colours);
    /// the file's own must still not pass.
    #[test]
    fn a_coloured_diagnostic_carries_only_its_own_colours() {
        let text = "name = \"\u{1b}]0;pwned\u{7}\"\nplatform = \"\u{1b}[2J\u{202E}x\"\n";
        let at = text.find("platform").unwrap_or(0);
        let file = InvalidFile {
            path: "assessments/a/\u{1b}[31mb.toml".into(),
            message: "unknown variant `\u{1b}[2J\u{202E}x`".into(),
            line: Some(2),
            column: Some(1),
            snippet: Some(Box::new(Snippet {
                text: text.into(),
                span: at..at + 8,
            })),
        };
        let out = render_invalid(&file, true, Lang::En);
        // Remove miette's SGR sequences (ESC [ digits/semicolons m).
        let mut rest = out.as_str();
        let mut plain = String::new();
        while let Some(esc) = rest.find('\u{1b}') {
            plain.push_str(&rest[..esc]);
            let after = &rest[esc + 1..];
            let end = after
                .strip_prefix('[')
                .and_then(|a| a.find(|c: char| !(c.is_ascii_digit() || c == ';')))
                .filter(|&n| after[1 + n..].starts_with('m'));
            let end = end.unwrap_or_else(|| panic!("a non-colour escape passed: {out:?}"));
            rest = &after[end + 2..];
        }
        plain.push_str(rest);
        assert!(
            !plain
                .chars()
                .any(|c| crate::text::is_dangerous(c) && c != '\n'),
            "{plain:?}"
        );
        assert!(plain.contains("\u{FFFD}[2J\u{FFFD}x"), "{plain}");
    }
}
