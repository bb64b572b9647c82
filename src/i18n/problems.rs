//! What is wrong with an invalid file, in the reader's language.
//!
//! The messages come from the TOML parser and serde (through the core's
//! `parse`), in English, and stay English in JSON and CSV (the contract).
//! People read them in `check`, the `status` table and the dashboard, so
//! the kinds a privacy officer meets most (a misspelt key, a missing key, a
//! word the format does not know, a key given twice, a value of the wrong
//! kind, a bad date, an empty file, a merge conflict) are recognised by
//! their English shape and worded in the language. Anything else, such as
//! the parser's own syntax messages, is shown as the parser wrote it.
//! A test builds each shape from a real parse, so a new parser version
//! that words them differently fails it instead of going unnoticed.

use somevakt_core::parse::{CONFLICT, EMPTY_FILE};

use super::Lang;
use crate::t;

/// `message` (an [`InvalidFile`](somevakt_core::register::InvalidFile)'s)
/// in `lang`; as it is when its kind is not one recognised.
pub fn file_problem(lang: Lang, message: &str) -> String {
    if lang == Lang::En {
        return message.to_owned();
    }
    worded(lang, message).unwrap_or_else(|| message.to_owned())
}

fn worded(lang: Lang, message: &str) -> Option<String> {
    if message == EMPTY_FILE {
        return Some(t!(lang, "problem-empty-file"));
    }
    if message == CONFLICT {
        return Some(t!(lang, "problem-conflict"));
    }
    if message == "duplicate key" {
        return Some(t!(lang, "problem-duplicate-key"));
    }
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (key, expected) = quoted_then_expected(rest)?;
        return Some(match expected {
            Some(expected) => t!(lang, "problem-unknown-key", key = key, expected = expected),
            None => t!(lang, "problem-unknown-key-none", key = key),
        });
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let (word, expected) = quoted_then_expected(rest)?;
        let expected = expected?;
        return Some(t!(
            lang,
            "problem-unknown-word",
            word = word,
            expected = expected
        ));
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let key = rest.strip_suffix('`')?;
        return Some(t!(lang, "problem-missing-key", key = key));
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ")?;
        let id = match expected {
            "a boolean" => "problem-expected-boolean",
            "a string" => "problem-expected-text",
            "a sequence" => "problem-expected-list",
            e if e.starts_with("a whole number") => "problem-expected-whole-number",
            _ => return None,
        };
        return Some(super::text(lang, id, &{
            let mut args = super::FluentArgs::new();
            args.set("found", found.to_owned());
            args
        }));
    }
    if message == "invalid digit found in string" {
        return Some(t!(lang, "problem-not-a-number"));
    }
    if let Some(text) = message.strip_suffix(" is not a day in the calendar") {
        return Some(t!(lang, "problem-not-a-day", value = text));
    }
    if let Some(kind) = message.strip_suffix(", not a regular file: it is not read") {
        let kind = match kind {
            "a FIFO (named pipe)" => t!(lang, "problem-kind-fifo"),
            "a device" => t!(lang, "problem-kind-device"),
            "a socket" => t!(lang, "problem-kind-socket"),
            "a folder" => t!(lang, "problem-kind-folder"),
            _ => t!(lang, "problem-kind-special"),
        };
        return Some(t!(lang, "problem-not-regular", kind = kind));
    }
    if message.starts_with("a symbolic link: somevakt does not follow links") {
        return Some(t!(lang, "problem-symlink"));
    }
    if let Some(rest) = message.strip_prefix('\'') {
        let value = rest.strip_suffix("' is not a date: expected YYYY-MM-DD, e.g. 2025-01-15")?;
        return Some(t!(lang, "problem-not-a-date", value = value));
    }
    None
}

/// "`x`, expected one of `a`, `b`" after the opening backtick: the quoted
/// word and what was expected, if anything.
fn quoted_then_expected(rest: &str) -> Option<(&str, Option<&str>)> {
    let (word, rest) = rest.split_once('`')?;
    let expected = rest
        .strip_prefix(", expected one of ")
        .or_else(|| rest.strip_prefix(", expected "));
    Some((word, expected))
}

#[cfg(test)]
mod tests {
    use super::*;
    use somevakt_core::parse::parse_assessment;

    fn problem(text: &str) -> String {
        parse_assessment(text).expect_err("invalid").message
    }

    #[test]
    fn every_recognised_kind_comes_from_a_real_parse_and_is_worded() {
        let head = "schema_version = 1\n[account]\n";
        let cases = [
            (String::new(), "tom"),
            (format!("{head}platfrom = \"x\""), "platfrom"),
            (format!("{head}platform = \"instagramm\""), "instagramm"),
            (
                format!("{head}status = \"active\"\nstatus = \"closed\""),
                "to ganger",
            ),
            (format!("{head}created = \"igår\""), "igår"),
            (
                format!("{head}main_channel_considered = \"ja\""),
                "true eller false",
            ),
            (format!("{head}name = 5"), "tekst"),
            ("schema_version = 1\n<<<<<<< HEAD\n".to_owned(), "konflikt"),
            ("schema_version = 1.5\n".to_owned(), "heltall"),
        ];
        for (text, expected) in cases {
            let english = problem(&text);
            let norwegian = file_problem(Lang::Nb, &english);
            assert_ne!(norwegian, english, "not recognised: {english}");
            assert!(norwegian.contains(expected), "{norwegian} (from {english})");
            let swedish = file_problem(Lang::Sv, &english);
            assert_ne!(swedish, english, "{english}");
            assert_ne!(swedish, norwegian, "{english}");
            assert_eq!(file_problem(Lang::En, &english), english);
        }
        let missing = problem("schema_version = 1\n[account]\nplatform = \"x\"\n");
        assert!(
            file_problem(Lang::Sv, &missing).starts_with("nyckeln `"),
            "{missing}"
        );
    }

    #[test]
    fn the_readers_and_the_calendars_words_are_worded_too() {
        let day = "2026-02-30"
            .parse::<somevakt_core::Date>()
            .expect_err("no such day");
        assert_eq!(
            file_problem(Lang::Nb, &day),
            "2026-02-30 er ikke en dag i kalenderen"
        );
        let fifo = "a FIFO (named pipe), not a regular file: it is not read";
        assert!(file_problem(Lang::Sv, fifo).starts_with("en FIFO (namngiven pipe)"));
        let link = "a symbolic link: somevakt does not follow links, so a file from outside the repository is never read; replace the link with the file itself";
        assert!(file_problem(Lang::Nb, link).starts_with("en symbolsk lenke"));
    }

    #[test]
    fn anything_else_is_shown_as_the_parser_wrote_it() {
        let syntax = problem("schema_version = 1\n[account\n");
        assert_eq!(file_problem(Lang::Nb, &syntax), syntax);
    }
}
