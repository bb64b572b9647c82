//! A finding's message and its fix as data: a message id and named
//! arguments, which the binary words in the reader's language (Fluent,
//! `locales/<lang>/findings.ftl`). The core stays free of any language but
//! one: the English `message` and `fix.text` of the JSON output (the
//! contract, docs/format.md) are written here from the same data by
//! [`Phrase::english`], so the JSON and the translations cannot say two
//! different things; a test in the binary renders every phrase through the
//! English Fluent file and compares it with this.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use crate::date::Date;

pub use super::english::ENGLISH;

/// One sentence (or part of one) as data: what to say and with what.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Phrase {
    /// The message id, per finding and sub-case: `f02-changed-keys`.
    pub id: &'static str,
    /// The named values the message uses, in the order it names them.
    pub args: Vec<(&'static str, Arg)>,
}

/// A value a [`Phrase`] names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text shown as it is: a key, a name, an enum word, what a user wrote.
    Text(String),
    /// A count.
    Number(i64),
    /// A date: ISO in English (the contract's message), in prose elsewhere.
    Date(Date),
    /// Names or keys, joined with `, `.
    List(Vec<String>),
    /// Parts of a sentence that are phrases themselves, joined with `; `.
    Phrases(Vec<Phrase>),
}

impl Phrase {
    /// A phrase without arguments.
    pub(crate) fn new(id: &'static str) -> Phrase {
        Phrase {
            id,
            args: Vec::new(),
        }
    }

    /// The same phrase with one more argument.
    pub(crate) fn with(mut self, name: &'static str, value: Arg) -> Phrase {
        self.args.push((name, value));
        self
    }

    /// Shorthand for a text argument.
    pub(crate) fn text(self, name: &'static str, value: impl Into<String>) -> Phrase {
        self.with(name, Arg::Text(value.into()))
    }

    /// The value named `name`.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    /// The phrase in English, as JSON and the contract have it: the first
    /// letter upper-case, since a phrase may start with a part that is
    /// lower-case in the middle of a sentence (F15's fix).
    pub fn english(&self) -> String {
        let mut text = String::new();
        self.write_english(&mut text);
        text
    }

    /// Appends [`Phrase::english`] to `out`. The English is written only
    /// where it is output (issue 14): most outputs word a finding in the
    /// reader's language instead, and `status --format json` writes it
    /// into one buffer per group of accounts, so no finding keeps a String
    /// of its own and no argument is rendered into one on the way.
    pub fn write_english(&self, out: &mut String) {
        let start = out.len();
        self.write_english_as_is(out);
        // Nearly every message starts with an ASCII letter: upper-case it
        // in place.
        match out[start..].chars().next() {
            Some(c) if c.is_ascii() => out[start..=start].make_ascii_uppercase(),
            Some(c) => {
                let upper: String = c.to_uppercase().collect();
                out.replace_range(start..start + c.len_utf8(), &upper);
            }
            None => {}
        }
    }

    /// The phrase in English as it is, without capitalising: for a
    /// sentence that goes after a prefix (`somevakt: …`).
    pub fn english_as_is(&self) -> String {
        let mut text = String::new();
        self.write_english_as_is(&mut text);
        text
    }

    /// Appends [`Phrase::english_as_is`] to `out`: the template with each
    /// `{name}` replaced by its argument, written in place.
    pub fn write_english_as_is(&self, out: &mut String) {
        let template = english_template(self.id).unwrap_or(self.id);
        out.reserve(template.len() + 32);
        let mut rest = template;
        // Braces are ASCII: a byte search, cheaper than a char pattern's
        // searcher for texts this short (this runs for every finding).
        let find = |text: &str, brace: u8| text.bytes().position(|b| b == brace);
        while let Some(open) = find(rest, b'{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some(close) = find(after, b'}') else {
                out.push_str(&rest[open..]);
                return;
            };
            let name = &after[..close];
            match self.arg(name) {
                Some(arg) => arg.write_english(out),
                None => out.push_str(&rest[open..open + close + 2]),
            }
            rest = &after[close + 1..];
        }
        out.push_str(rest);
    }
}

impl Arg {
    /// The argument in English, appended to `out`: a list joined with
    /// `, `, parts of a sentence with `; `, a date in ISO.
    fn write_english(&self, out: &mut String) {
        use std::fmt::Write;
        match self {
            Arg::Text(text) => out.push_str(text),
            // Writing to a String cannot fail.
            Arg::Number(n) => {
                let _ = write!(out, "{n}");
            }
            Arg::Date(date) => date.write_iso(out),
            Arg::List(items) => {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(item);
                }
            }
            Arg::Phrases(parts) => {
                for (i, part) in parts.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    part.write_english_as_is(out);
                }
            }
        }
    }
}

/// `text` with its first letter upper-case.
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => {
            let mut out = String::with_capacity(text.len() + 2);
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
            out
        }
        None => String::new(),
    }
}

/// The English text of message `id`, with `{name}` for its arguments.
pub fn english_template(id: &str) -> Option<&'static str> {
    // Looked up for every finding of every account (the JSON's message):
    // a map, not a scan of the table, so 20,000 accounts cost nothing here;
    // hashed with FNV-1a, as the ids are a few short constants that need no
    // protection from chosen collisions.
    static BY_ID: LazyLock<HashMap<&'static str, &'static str, BuildHasherDefault<Fnv>>> =
        LazyLock::new(|| ENGLISH.iter().copied().collect());
    BY_ID.get(id).copied()
}

/// FNV-1a, 64 bits: for [`english_template`]'s map of message ids.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = self.0;
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_fill_their_places_and_parts_join_with_semicolons() {
        let p = Phrase::new("f01").with(
            "missing",
            Arg::Phrases(vec![
                Phrase::new("f01-no-completed"),
                Phrase::new("f01-no-dpia-purpose"),
            ]),
        );
        assert_eq!(
            p.english(),
            "In use without a completed DPIA: no DPIA completion date (dpia.completed); \
             no DPIA purpose (dpia.purpose)"
        );
        let todo = Phrase::new("f15-fix").with(
            "todo",
            Arg::Phrases(vec![
                Phrase::new("f15-untrained-fix")
                    .with("names", Arg::List(vec!["A".into(), "B".into()])),
            ]),
        );
        assert_eq!(todo.english(), "Train A, B and record the date");
    }

    #[test]
    fn every_id_is_listed_once() {
        let mut ids: Vec<&str> = ENGLISH.iter().map(|(id, _)| *id).collect();
        ids.sort_unstable();
        let len = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), len);
    }
}
