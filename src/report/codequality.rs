//! `somevakt check --format codequality`: GitLab's Code Quality report
//! (docs/en/ci.md), so a merge request shows each finding on the line of
//! the key it is about. An array of issues, each with `description`,
//! `check_name`, `fingerprint`, `severity` and `location.path` /
//! `location.lines.begin`; fingerprints as in [`super::forge`].

use serde::Serialize;

use super::forge::{self, INVALID_FILE, Problem};
use crate::i18n::Lang;
use somevakt_core::{AccountReport, Date, Severity};
use somevakt_store::Register;

#[derive(Serialize)]
struct Issue<'a> {
    description: String,
    check_name: &'a str,
    fingerprint: &'a str,
    severity: &'static str,
    location: Location<'a>,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: usize,
}

/// The report: every invalid file and every finding, errors and warnings.
pub fn to_codequality(
    register: &Register,
    reports: &[AccountReport<'_>],
    today: Date,
    lang: Lang,
) -> String {
    let problems = forge::all(register, reports, today, lang);
    let issues: Vec<Issue<'_>> = problems.iter().map(issue).collect();
    // UTF-8 without a byte-order mark: GitLab's parser does not skip one.
    crate::text::json(&issues)
}

fn issue<'a>(p: &'a Problem<'a>) -> Issue<'a> {
    Issue {
        description: match &p.fix {
            Some(fix) => format!("{}: {} {fix}", p.rule, p.message),
            None => p.message.clone(),
        },
        check_name: p.rule,
        fingerprint: &p.fingerprint,
        severity: severity(p),
        location: Location {
            path: p.path,
            lines: Lines {
                begin: p.position.line,
            },
        },
    }
}

/// GitLab's five levels: a file that cannot be read at all is `critical`
/// (nothing in it was checked), an error finding `major` (it fails
/// `check`), a warning `minor`.
fn severity(p: &Problem<'_>) -> &'static str {
    match p.severity {
        Severity::Error if p.rule == INVALID_FILE => "critical",
        Severity::Error => "major",
        Severity::Warning => "minor",
    }
}
