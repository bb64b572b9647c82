//! What the audit of the decision trail (`somevakt audit`) adds to the
//! dashboard: a word in the header, a mark per commit in the history, and
//! findings in an account's detail (docs/format.md, "Signed decisions and
//! the audit"). Pure functions of the audit's report.

use somevakt_store::audit::{AuditReport, Verdict};

use crate::i18n::{self, Lang};
use crate::t;
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
/// `short` leaves out the word "intact" for narrow terminals.
pub fn header(audit: &AuditState, lang: Lang, short: bool) -> (String, Tone) {
    match audit {
        None => (t!(lang, "trail-reading"), Tone::Plain),
        Some(Err(_)) => (t!(lang, "trail-unknown"), Tone::Plain),
        Some(Ok(report)) => match (report.violations().len(), report.by_hand()) {
            // Decisions typed in by hand under a policy that allows it: no
            // violation, but no proof either; the header says what it is.
            (0, hand) if hand > 0 && short => {
                (t!(lang, "trail-by-hand-short", by_hand = hand), Tone::Plain)
            }
            (0, hand) if hand > 0 => (
                t!(
                    lang,
                    "trail-by-hand",
                    decisions = report.decisions.len(),
                    by_hand = hand
                ),
                Tone::Plain,
            ),
            (0, _) if short => (t!(lang, "trail-intact-short"), Tone::Ok),
            (0, _) => (t!(lang, "trail-intact"), Tone::Ok),
            (n, _) => (t!(lang, "trail-violations", count = n), Tone::Bad),
        },
    }
}

/// The mark beside a commit in the history: a glyph and a word, and the
/// violations it committed.
pub fn commit_mark(audit: &AuditState, id: &str, lang: Lang) -> (String, Tone, Vec<String>) {
    let Some(Ok(report)) = audit else {
        return (" ".to_owned(), Tone::Plain, Vec::new());
    };
    let Some(verdict) = report.commits.get(id) else {
        return (" ".to_owned(), Tone::Plain, Vec::new());
    };
    let reasons: Vec<String> = verdict
        .violations
        .iter()
        .map(|v| sanitize(&i18n::audit::violation(lang, v)))
        .collect();
    if !reasons.is_empty() {
        return (t!(lang, "mark-violation"), Tone::Bad, reasons);
    }
    if verdict.by_hand > 0 {
        return (t!(lang, "mark-by-hand"), Tone::Plain, reasons);
    }
    match verdict.signature {
        Verdict::Good => (t!(lang, "mark-verified"), Tone::Ok, reasons),
        Verdict::None => (t!(lang, "mark-unsigned"), Tone::Plain, reasons),
        Verdict::UnknownKey => (t!(lang, "mark-unknown-key"), Tone::Plain, reasons),
        Verdict::Bad => (t!(lang, "mark-bad-signature"), Tone::Bad, reasons),
    }
}

/// The audit's violations on one account, as findings for its detail,
/// in the reader's language.
pub fn findings(audit: &AuditState, account: &str, lang: Lang) -> Vec<String> {
    match audit {
        Some(Ok(report)) => report
            .violations_of(account)
            .into_iter()
            .map(|v| sanitize(&i18n::audit::violation(lang, v)))
            .collect(),
        _ => Vec::new(),
    }
}
