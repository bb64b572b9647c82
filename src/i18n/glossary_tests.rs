//! The glossary (`docs/glossary.md`) holds: no message uses a word the
//! glossary rejects for its language (`vedtak` for a management decision
//! in bokmål, `forfalt` for a deadline, bokmål words in nynorsk).

use super::*;

/// (language code, rejected word) from the glossary's last column, which
/// reads `nb: vedtak, forfalt; sv: konsekvensanalys`.
fn rejected() -> Vec<(String, String)> {
    let glossary = include_str!("../../docs/glossary.md");
    let mut out = Vec::new();
    for line in glossary.lines().filter(|l| l.starts_with("| ")) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        // "", term, nb, nn, sv, source, rejected, ""
        let Some(last) = cells.get(6) else { continue };
        for group in last.split(';').filter(|g| g.contains(':')) {
            let (lang, words) = group.split_once(':').unwrap_or_default();
            for word in words.split(',').map(str::trim).filter(|w| !w.is_empty()) {
                out.push((lang.trim().to_owned(), word.to_lowercase()));
            }
        }
    }
    out
}

/// The message text of a file: every line but comments, without the
/// message ids (`help-heading-options =` is no use of "options").
fn text_lines(source: &str) -> impl Iterator<Item = (usize, &str)> {
    source
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim_start().starts_with('#'))
        .map(|(n, l)| match l.split_once(" = ") {
            Some((id, text)) if !id.starts_with(' ') => (n, text),
            _ => (n, l),
        })
}

/// Whether `word` starts a word in `line` (case-insensitive).
fn starts_a_word(line: &str, word: &str) -> bool {
    let line = line.to_lowercase();
    line.match_indices(word).any(|(at, _)| {
        line[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

fn files_of(code: &str) -> Vec<(String, &'static str)> {
    let named = |area: &str, text: &'static str| (format!("locales/{code}/{area}.ftl"), text);
    if code == "nn" {
        return AREAS
            .iter()
            .zip(NYNORSK)
            .map(|(a, t)| named(a, t))
            .collect();
    }
    SOURCES
        .iter()
        .filter(|(lang, _)| lang.code() == code)
        .flat_map(|(_, texts)| AREAS.iter().zip(texts.iter()).map(|(a, t)| named(a, t)))
        .collect()
}

#[test]
fn no_message_uses_a_rejected_word() {
    let rejected = rejected();
    assert!(
        rejected.iter().any(|(l, w)| l == "nb" && w == "vedtak"),
        "the glossary's rejected words were not read: {rejected:?}"
    );
    let mut found = Vec::new();
    for (code, word) in &rejected {
        for (path, source) in files_of(code) {
            for (n, line) in text_lines(source) {
                if starts_a_word(line, word) {
                    found.push(format!("{path}:{}: `{word}`: {line}", n + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "rejected words:\n{}", found.join("\n"));
}

#[test]
fn a_rejected_word_is_found_where_it_starts_a_word() {
    assert!(starts_a_word("se vedtaket av 1. mai", "vedtak"));
    assert!(starts_a_word("Vedtak nr. 2", "vedtak"));
    assert!(!starts_a_word("papirvedtak", "vedtak"));
    assert!(!starts_a_word("forfaller snart", "forfalt"));
}
