//! What the forge formats (SARIF, GitLab Code Quality, JUnit) share: each
//! invalid file and each finding as one problem with a place in a file and
//! a fingerprint that stays the same from run to run.
//!
//! The fingerprint is made from what the problem is (the rule, the account,
//! the key it is about), never from where it is: a line added above a key
//! must not turn an old finding into a new one in a merge request, and the
//! order in which files are read does not enter it at all.

use sha2::{Digest, Sha256};

use super::status::fix_of;
use crate::i18n::{Lang, findings, problems};
use crate::text::sanitize;
use somevakt_core::key_path::Position;
use somevakt_core::{AccountReport, Date, Severity};
use somevakt_store::{InvalidFile, Register};

/// The rule id of an invalid file (a file that is not a valid assessment,
/// or an invalid policy): not a finding, but it fails `check` all the same.
pub const INVALID_FILE: &str = "invalid-file";

/// One thing a forge shows on a line of a file.
#[derive(Debug, Clone)]
pub struct Problem<'r> {
    /// `F01` … or [`INVALID_FILE`].
    pub rule: &'r str,
    pub severity: Severity,
    /// What is wrong, in the reader's language, on one line.
    pub message: String,
    /// What fixes it, in the reader's language, on one line.
    pub fix: Option<String>,
    /// The file, relative to the repository root, `/` separators.
    pub path: &'r str,
    /// The account's id; `None` for an invalid file.
    pub account: Option<&'r str>,
    /// Where in the file: the key the finding is about.
    pub position: Position,
    /// Rule, account (or path) and key, hashed: see the module's comment.
    pub fingerprint: String,
}

/// An invalid file as a problem, at the place its parser names.
pub fn invalid(file: &InvalidFile, lang: Lang) -> Problem<'_> {
    Problem {
        rule: INVALID_FILE,
        severity: Severity::Error,
        message: sanitize(&problems::file_problem(lang, &file.message)),
        fix: None,
        path: &file.path,
        account: None,
        position: Position {
            line: file.line.unwrap_or(1).max(1),
            column: file.column.unwrap_or(1).max(1),
        },
        fingerprint: fingerprint(INVALID_FILE, &file.path, ""),
    }
}

/// Every finding of one account, in F-id order, each at the key it is
/// about as the file is written now (see `somevakt_store::positions`).
pub fn findings_of<'r>(
    register: &Register,
    report: &'r AccountReport<'_>,
    decided: &somevakt_store::decided::DecidedVersions,
    today: Date,
    lang: Lang,
) -> Vec<Problem<'r>> {
    let account = report.account;
    let found = &report.evaluation.findings;
    if found.is_empty() {
        return Vec::new();
    }
    let keys: Vec<_> = found.iter().map(|f| f.key.as_ref()).collect();
    let positions = somevakt_store::positions::key_positions(&register.root, account, &keys);
    let id = account.id.as_str();
    found
        .iter()
        .zip(positions)
        .map(|(f, position)| {
            let fix = fix_of(decided, report, f, today);
            Problem {
                rule: f.id,
                severity: f.severity,
                message: sanitize(&findings::phrase(lang, &f.phrase)),
                fix: Some(sanitize(&findings::fix_summary(lang, &fix, id))),
                path: &account.path,
                account: Some(id),
                position,
                fingerprint: fingerprint(f.id, id, f.key.as_ref().map_or("", |k| k.as_str())),
            }
        })
        .collect()
}

/// Every problem of the register: the invalid files, then each account's
/// findings.
pub fn all<'r>(
    register: &'r Register,
    reports: &'r [AccountReport<'_>],
    today: Date,
    lang: Lang,
) -> Vec<Problem<'r>> {
    let decided = somevakt_store::decided::DecidedVersions::new(&register.root);
    let mut out: Vec<Problem<'r>> = register.invalid.iter().map(|f| invalid(f, lang)).collect();
    for report in reports {
        out.extend(findings_of(register, report, &decided, today, lang));
    }
    out
}

/// The fingerprint of rule `rule` on `subject` (an account id or a path)
/// about `key`: SHA-256 in hex, the parts separated by a byte no id, path
/// or key holds.
pub fn fingerprint(rule: &str, subject: &str, key: &str) -> String {
    let mut hash = Sha256::new();
    for part in ["somevakt-v1", rule, subject, key] {
        hash.update(part.as_bytes());
        hash.update([0]);
    }
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// `text` cut to at most `max` characters, ending in `…` when cut (the
/// forges refuse or truncate longer descriptions).
pub fn at_most(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// A relative path as a URI reference: `/` kept, every byte outside RFC
/// 3986's unreserved characters percent-encoded (a file name may hold a
/// space, `#` or anything else).
pub fn uri_of_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_tell_rule_subject_and_key_apart() {
        let a = fingerprint("F06", "a/b", "dpia.legal_basis.article");
        assert_eq!(a, fingerprint("F06", "a/b", "dpia.legal_basis.article"));
        assert_eq!(a.len(), 64);
        assert_ne!(a, fingerprint("F07", "a/b", "dpia.legal_basis.article"));
        assert_ne!(a, fingerprint("F06", "a/c", "dpia.legal_basis.article"));
        assert_ne!(fingerprint("F0", "6a/b", ""), fingerprint("F06", "a/b", ""));
    }

    #[test]
    fn uris_and_limits() {
        assert_eq!(
            uri_of_path("assessments/a b/#x/ø.toml"),
            "assessments/a%20b/%23x/%C3%B8.toml"
        );
        assert_eq!(at_most("abcdef", 4), "abc…");
        assert_eq!(at_most("abc", 3), "abc");
    }
}
