//! `somevakt check --format junit`: a JUnit XML test report, which every CI
//! system shows (GitLab's `artifacts:reports:junit`, Jenkins, Azure).
//!
//! One `testsuite` per municipality and one `testcase` per account
//! (`classname` the municipality, `name` the account's id, `file` its path):
//! each error finding is a `failure`, the warnings are listed in
//! `system-out`, and every invalid file is a test case with an `error` in a
//! suite of its own. Written with quick-xml, which escapes what XML must
//! escape; text from the files is sanitised first, since XML 1.0 cannot
//! hold control characters at all, escaped or not.

use std::collections::BTreeMap;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use super::forge::{self, Problem};
use crate::i18n::Lang;
use crate::text::sanitize;
use somevakt_core::{AccountReport, Date, Severity};
use somevakt_store::Register;

/// The suite and class name of the invalid files: no municipality can be
/// read from them. Their test cases are named by path (ending `.toml`),
/// which no account id does, so classname + name stay unique.
const INVALID_SUITE: &str = "somevakt: invalid files";

/// One test case before it is written.
struct Case<'r> {
    classname: String,
    name: String,
    file: &'r str,
    problems: Vec<Problem<'r>>,
}

/// The report as XML text.
pub fn to_junit(
    register: &Register,
    reports: &[AccountReport<'_>],
    today: Date,
    lang: Lang,
) -> String {
    let decided = somevakt_store::decided::DecidedVersions::new(&register.root);
    // Municipality → its accounts' cases, both sorted, so the report does
    // not depend on the order the files were read in.
    let mut suites: BTreeMap<String, Vec<Case<'_>>> = BTreeMap::new();
    for report in reports {
        let municipality = xml_text(&report.account.assessment.account.municipality);
        suites.entry(municipality.clone()).or_default().push(Case {
            classname: municipality,
            name: xml_text(report.account.id.as_str()),
            file: &report.account.path,
            problems: forge::findings_of(register, report, &decided, today, lang),
        });
    }
    let mut invalid: Vec<Case<'_>> = register
        .invalid
        .iter()
        .map(|file| Case {
            classname: INVALID_SUITE.to_owned(),
            name: xml_text(&file.path),
            file: &file.path,
            problems: vec![forge::invalid(file, lang)],
        })
        .collect();
    invalid.sort_by(|a, b| a.name.cmp(&b.name));
    for cases in suites.values_mut() {
        cases.sort_by(|a, b| a.name.cmp(&b.name));
    }
    let mut all: Vec<(String, Vec<Case<'_>>)> = suites.into_iter().collect();
    if !invalid.is_empty() {
        all.push((INVALID_SUITE.to_owned(), invalid));
    }
    write(&all).unwrap_or_default()
}

/// The counts of a set of cases: tests, failures (error findings), errors
/// (invalid files).
fn counts(cases: &[Case<'_>]) -> (usize, usize, usize) {
    let mut failures = 0;
    let mut errors = 0;
    for case in cases {
        for p in &case.problems {
            match p.severity {
                Severity::Error if p.rule == forge::INVALID_FILE => errors += 1,
                Severity::Error => failures += 1,
                Severity::Warning => {}
            }
        }
    }
    (cases.len(), failures, errors)
}

fn write(suites: &[(String, Vec<Case<'_>>)]) -> std::io::Result<String> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let (mut tests, mut failures, mut errors) = (0, 0, 0);
    for (_, cases) in suites {
        let (t, f, e) = counts(cases);
        (tests, failures, errors) = (tests + t, failures + f, errors + e);
    }
    let mut root = BytesStart::new("testsuites");
    root.push_attribute(("name", "somevakt check"));
    push_counts(&mut root, tests, failures, errors);
    w.write_event(Event::Start(root))?;
    for (name, cases) in suites {
        let (t, f, e) = counts(cases);
        let mut suite = BytesStart::new("testsuite");
        suite.push_attribute(("name", name.as_str()));
        push_counts(&mut suite, t, f, e);
        w.write_event(Event::Start(suite))?;
        for case in cases {
            write_case(&mut w, case)?;
        }
        w.write_event(Event::End(BytesEnd::new("testsuite")))?;
    }
    w.write_event(Event::End(BytesEnd::new("testsuites")))?;
    let mut text = String::from_utf8(w.into_inner()).map_err(std::io::Error::other)?;
    text.push('\n');
    Ok(text)
}

fn push_counts(element: &mut BytesStart<'_>, tests: usize, failures: usize, errors: usize) {
    element.push_attribute(("tests", tests.to_string().as_str()));
    element.push_attribute(("failures", failures.to_string().as_str()));
    element.push_attribute(("errors", errors.to_string().as_str()));
    element.push_attribute(("skipped", "0"));
}

fn write_case(w: &mut Writer<Vec<u8>>, case: &Case<'_>) -> std::io::Result<()> {
    let mut element = BytesStart::new("testcase");
    element.push_attribute(("classname", case.classname.as_str()));
    element.push_attribute(("name", case.name.as_str()));
    element.push_attribute(("file", xml_text(case.file).as_str()));
    if case.problems.is_empty() {
        return w.write_event(Event::Empty(element));
    }
    w.write_event(Event::Start(element))?;
    let mut warnings = Vec::new();
    for p in &case.problems {
        let line = format!("{}:{}: {}", xml_text(p.path), p.position.line, p.rule);
        let body = match &p.fix {
            Some(fix) => format!("{line}: {}\n{fix}", p.message),
            None => format!("{line}: {}", p.message),
        };
        match p.severity {
            Severity::Warning => warnings.push(body),
            Severity::Error => {
                let tag = if p.rule == forge::INVALID_FILE {
                    "error"
                } else {
                    "failure"
                };
                let mut element = BytesStart::new(tag);
                element.push_attribute(("message", xml_text(&p.message).as_str()));
                element.push_attribute(("type", p.rule));
                w.write_event(Event::Start(element))?;
                w.write_event(Event::Text(BytesText::new(&xml_text_lines(&body))))?;
                w.write_event(Event::End(BytesEnd::new(tag)))?;
            }
        }
    }
    if !warnings.is_empty() {
        w.write_event(Event::Start(BytesStart::new("system-out")))?;
        let text = xml_text_lines(&warnings.join("\n"));
        w.write_event(Event::Text(BytesText::new(&text)))?;
        w.write_event(Event::End(BytesEnd::new("system-out")))?;
    }
    w.write_event(Event::End(BytesEnd::new("testcase")))
}

/// One value for XML 1.0: sanitised to one line, and the two characters
/// XML forbids that the sanitiser leaves (U+FFFE, U+FFFF) replaced too.
fn xml_text(text: &str) -> String {
    sanitize(text)
        .chars()
        .map(|c| match c {
            '\u{FFFE}' | '\u{FFFF}' => crate::text::REPLACEMENT,
            c => c,
        })
        .collect()
}

/// Several lines for XML 1.0, each as [`xml_text`].
fn xml_text_lines(text: &str) -> String {
    text.lines().map(xml_text).collect::<Vec<_>>().join("\n")
}
