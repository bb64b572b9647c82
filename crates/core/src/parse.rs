//! From the text of a file to an [`Assessment`] or [`Policy`], or to an error
//! that says where and what was expected.
//!
//! Everything a user can get wrong in a file ends here as a [`ParseError`]
//! with a byte span, never as a panic.

use std::ops::Range;

use serde::de::DeserializeOwned;

use super::model::{Assessment, SCHEMA_VERSION};
use super::policy::Policy;

/// A file's text was not a valid assessment or policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub message: String,
    /// The offending bytes of the text, where there is a place to point at.
    pub span: Option<Range<usize>>,
}

/// A 1-based line and column (in characters) of a byte offset in `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Deeper than this, nested arrays or inline tables are refused before the
/// TOML parser sees them: no assessment nests more than a few levels, and a
/// recursive parser must not be driven into a stack overflow by a hostile file.
pub const MAX_NESTING: usize = 32;

/// Bytes to text: UTF-8 only, a byte-order mark is dropped, NUL is refused.
pub fn decode(bytes: &[u8]) -> Result<&str, ParseError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| ParseError {
        message: "the file is not UTF-8 text; save it as UTF-8".into(),
        span: Some(e.valid_up_to()..e.valid_up_to() + 1),
    })?;
    if let Some(nul) = text.find('\0') {
        return Err(ParseError {
            message: "the file contains a NUL byte: is it a binary file?".into(),
            span: Some(nul..nul + 1),
        });
    }
    Ok(text)
}

/// Parses the text of an assessment file.
pub fn parse_assessment(text: &str) -> Result<Assessment, ParseError> {
    if text.trim().is_empty() {
        return Err(ParseError {
            message: "the file is empty: an assessment needs at least schema_version and an [account] table".into(),
            span: None,
        });
    }
    let assessment: Assessment = parse_toml(text)?;
    if assessment.schema_version != SCHEMA_VERSION {
        return Err(ParseError {
            message: format!(
                "schema_version {} is not one this somevakt reads: expected {SCHEMA_VERSION}",
                assessment.schema_version
            ),
            span: key_span(text, "schema_version"),
        });
    }
    Ok(assessment)
}

/// Parses the text of `somevakt.toml`.
pub fn parse_policy(text: &str) -> Result<Policy, ParseError> {
    parse_toml(text)
}

fn parse_toml<T: DeserializeOwned>(text: &str) -> Result<T, ParseError> {
    check_nesting(text)?;
    toml::from_str(text).map_err(|e| ParseError {
        message: plain_words(e.message().trim_end()),
        span: e.span(),
    })
}

/// serde names Rust types in its messages; a privacy officer reads "a whole
/// number" where serde says `u32` (`schema_version = 1.0` is refused so).
fn plain_words(message: &str) -> String {
    let mut out = message.to_owned();
    for rust in ["u8", "u16", "u32", "u64", "i32", "i64"] {
        out = out.replace(
            &format!("expected {rust}"),
            "expected a whole number (an integer such as 12, not 12.0)",
        );
    }
    out
}

/// Refuses nesting deeper than [`MAX_NESTING`], counting brackets and braces
/// outside strings and comments.
fn check_nesting(text: &str) -> Result<(), ParseError> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => i = skip_until(bytes, i, b"\n"),
            b'"' if bytes[i..].starts_with(b"\"\"\"") => {
                i = skip_string(bytes, i + 3, b"\"\"\"", true)
            }
            b'\'' if bytes[i..].starts_with(b"'''") => i = skip_string(bytes, i + 3, b"'''", false),
            b'"' => i = skip_string(bytes, i + 1, b"\"", true),
            b'\'' => i = skip_string(bytes, i + 1, b"'", false),
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Err(ParseError {
                        message: format!(
                            "arrays or tables are nested more than {MAX_NESTING} levels deep"
                        ),
                        span: Some(i..i + 1),
                    });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            // A table header `[a]` or `[[a]]` opens and closes on one line,
            // so its brackets balance and need no special case.
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

/// The index of the last byte of `end` after `from`, or the end of the text.
fn skip_until(bytes: &[u8], from: usize, end: &[u8]) -> usize {
    let mut i = from;
    while i < bytes.len() {
        if bytes[i..].starts_with(end) {
            return i + end.len() - 1;
        }
        i += 1;
    }
    bytes.len()
}

fn skip_string(bytes: &[u8], from: usize, end: &[u8], escapes: bool) -> usize {
    let mut i = from;
    while i < bytes.len() {
        if escapes && bytes[i] == b'\\' {
            i += 2;
            continue;
        }
        // A single-line string ends at the line's end even when unclosed;
        // the TOML parser reports that error properly.
        if end.len() == 1 && bytes[i] == b'\n' {
            return i;
        }
        if bytes[i..].starts_with(end) {
            return i + end.len() - 1;
        }
        i += 1;
    }
    bytes.len()
}

/// The span of the first line that assigns `key` at the top level.
fn key_span(text: &str, key: &str) -> Option<Range<usize>> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with(key) {
            let start = offset + (line.len() - trimmed.len());
            return Some(start..start + key.len());
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let text = "a = 1\nnavn = \"Ålesund\"\nx";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 6), (2, 1));
        let x = text.find('x').unwrap();
        assert_eq!(line_column(text, x), (3, 1));
        let quote = text.rfind('"').unwrap();
        assert_eq!(line_column(text, quote), (2, 16));
    }

    #[test]
    fn nesting_counts_only_outside_strings_and_comments() {
        let deep = format!("a = {}1{}", "[".repeat(40), "]".repeat(40));
        assert!(check_nesting(&deep).is_err());
        let in_string = format!("a = \"{}\" # {}", "[".repeat(40), "{".repeat(40));
        assert!(check_nesting(&in_string).is_ok());
        let literal = format!("a = '''{}'''\n[b]\n[[c]]", "[".repeat(40));
        assert!(check_nesting(&literal).is_ok());
        let escaped = format!("a = \"\\\"{}\"", "[".repeat(40));
        assert!(check_nesting(&escaped).is_ok());
    }
}
