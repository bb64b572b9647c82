//! What the audit of the decision trail (`somevakt audit`) adds to the
//! dashboard: a word in the header, a mark per commit in the history, and
//! findings in an account's detail (docs/format.md, "Signed decisions and
//! the audit"). Pure functions of the audit's report.

use somevakt_store::audit::{AuditReport, Verdict};

use crate::text::sanitize;

/// The audit as the dashboard holds it: not read yet, read, or why not.
pub type AuditState = Option<Result<Box<AuditReport>, String>>;

/// How a piece of the trail looks: fine, worth a look, or wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Verified, intact.
    Ok,
    /// Unsigned, or not known yet.
    Plain,
    /// A violation.
    Bad,
}

/// The header's word on the trail: short, because the header is full at
/// 80 columns; the history screen and `somevakt audit` say the rest.
pub fn header(audit: &AuditState) -> (String, Tone) {
    match audit {
        None => ("trail …".to_owned(), Tone::Plain),
        Some(Err(_)) => ("trail ?".to_owned(), Tone::Plain),
        Some(Ok(report)) => match report.violations().len() {
            0 => ("trail ✓ intact".to_owned(), Tone::Ok),
            n => (format!("trail ✗ {n}"), Tone::Bad),
        },
    }
}

/// The mark beside a commit in the history: a glyph and a word, and the
/// violations it committed.
pub fn commit_mark(audit: &AuditState, id: &str) -> (String, Tone, Vec<String>) {
    let Some(Ok(report)) = audit else {
        return (" ".to_owned(), Tone::Plain, Vec::new());
    };
    let Some(verdict) = report.commits.get(id) else {
        return (" ".to_owned(), Tone::Plain, Vec::new());
    };
    let reasons: Vec<String> = verdict.violations.iter().map(|v| sanitize(v)).collect();
    if !reasons.is_empty() {
        return ("✗ violation".to_owned(), Tone::Bad, reasons);
    }
    match verdict.signature {
        Verdict::Good => ("✓ verified".to_owned(), Tone::Ok, reasons),
        Verdict::None => ("· unsigned".to_owned(), Tone::Plain, reasons),
        Verdict::UnknownKey => ("? unknown key".to_owned(), Tone::Plain, reasons),
        Verdict::Bad => ("✗ bad signature".to_owned(), Tone::Bad, reasons),
    }
}

/// The audit's violations on one account, as findings for its detail.
pub fn findings(audit: &AuditState, account: &str) -> Vec<String> {
    match audit {
        Some(Ok(report)) => report
            .violations_of(account)
            .into_iter()
            .map(|v| format!("{}: {}", v.kind.as_str(), sanitize(&v.message)))
            .collect(),
        _ => Vec::new(),
    }
}
