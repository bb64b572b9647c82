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
    /// What is wrong, and what was expected.
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

/// Deeper than this, nested arrays or inline tables are refused: no
/// assessment nests more than a few levels, and a hostile file must not drive
/// a recursive parser into a stack overflow. The bound is the TOML parser's
/// own recursion guard (it counts while it parses, so no second pass over the
/// text is needed); its error is reworded here.
pub const MAX_NESTING: usize = 80;

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
            message: EMPTY_FILE.into(),
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
    let policy: Policy = parse_toml(text)?;
    if policy.approvers.signing == crate::policy::Signing::Required
        && policy.approvers.allowed_signers.is_none()
    {
        // Without the approvers' keys any freshly made key with an
        // approver's e-mail would pass: required signing means nothing.
        return Err(ParseError {
            message: SIGNING_WITHOUT_SIGNERS.into(),
            span: signing_span(text),
        });
    }
    Ok(policy)
}

/// What `signing = "required"` without `allowed_signers` is told.
pub const SIGNING_WITHOUT_SIGNERS: &str = "signing = \"required\" needs allowed_signers: name the file with the approvers' SSH keys (such as allowed_signers = \".somevakt/allowed_signers\"), or a signature by any key would pass";

/// Where `[approvers] signing` is written, for the error's line and column.
fn signing_span(text: &str) -> Option<Range<usize>> {
    #[derive(serde::Deserialize)]
    struct Spans {
        approvers: Option<ApproverSpans>,
    }
    #[derive(serde::Deserialize)]
    struct ApproverSpans {
        signing: Option<toml::Spanned<toml::Value>>,
    }
    let spans: Spans = toml::from_str(text).ok()?;
    Some(spans.approvers?.signing?.span())
}

/// [`parse_policy`], and `[policy] time_zone` must be a zone `known` knows
/// (the store asks the time zone database); an unknown one is an error at
/// the value, like any other invalid value.
pub fn parse_policy_with(text: &str, known: impl Fn(&str) -> bool) -> Result<Policy, ParseError> {
    let policy = parse_policy(text)?;
    if let Some(zone) = policy.policy.time_zone.as_deref()
        && !known(zone)
    {
        let span = text
            .parse::<toml_edit::Document<String>>()
            .ok()
            .and_then(|doc| doc.get("policy")?.get("time_zone")?.span());
        return Err(ParseError {
            message: format!(
                "unknown time zone {zone:?}: expected an IANA name such as \"Europe/Oslo\" or \"Europe/Stockholm\""
            ),
            span,
        });
    }
    Ok(policy)
}

pub(crate) fn parse_toml<T: DeserializeOwned>(text: &str) -> Result<T, ParseError> {
    toml::from_str(text).map_err(|e| {
        let message = e.message().trim_end();
        let message = if message.contains("max recursion depth") {
            format!("arrays or tables are nested more than {MAX_NESTING} levels deep")
        } else if e
            .span()
            .is_some_and(|span| at_conflict_marker(text, span.start))
        {
            CONFLICT.to_owned()
        } else {
            plain_words(message)
        };
        ParseError {
            message,
            span: e.span(),
        }
    })
}

/// What an empty assessment file is told.
pub const EMPTY_FILE: &str =
    "the file is empty: an assessment needs at least schema_version and an [account] table";

/// What a conflict marker means, said where the TOML parser stops at one:
/// during a merge, "expected a key" would send the user looking for a typo.
pub const CONFLICT: &str = "a Git conflict marker: this file has an unresolved merge conflict; keep the lines you want, delete the marker lines (<<<<<<<, =======, >>>>>>>), then `git add` the file";

/// Whether the line holding `offset` starts with a marker as Git writes
/// them. Only the line where parsing failed is looked at: no second scan.
fn at_conflict_marker(text: &str, offset: usize) -> bool {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = text[start..].split('\n').next().unwrap_or_default();
    let line = line.strip_suffix('\r').unwrap_or(line);
    ["<<<<<<<", "|||||||", "=======", ">>>>>>>"]
        .iter()
        .any(|marker| {
            line.strip_prefix(marker)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
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
    fn required_signing_needs_the_approvers_keys() {
        let text = "[policy]\nreview_interval_months = 12\n\n[approvers]\nemails = [\"a@x.no\"]\nsigning = \"required\"\n";
        let e = parse_policy(text).unwrap_err();
        assert_eq!(e.message, SIGNING_WITHOUT_SIGNERS);
        let at = e.span.map(|s| line_column(text, s.start));
        assert_eq!(at, Some((6, 11)));
        let with_keys = format!("{text}allowed_signers = \"keys\"\n");
        assert!(parse_policy(&with_keys).is_ok());
        assert!(parse_policy("[approvers]\nsigning = \"optional\"\n").is_ok());
    }

    #[test]
    fn a_conflict_marker_is_named_as_one() {
        let text = "schema_version = 1\n<<<<<<< HEAD\n[account]\nname = \"a\"\n=======\n[account]\nname = \"b\"\n>>>>>>> other\n";
        let e = parse_assessment(text).unwrap_err();
        assert!(
            e.message.contains("unresolved merge conflict"),
            "{}",
            e.message
        );
        assert_eq!(e.span.map(|s| line_column(text, s.start).0), Some(2));
        // Not a marker: a typo is still reported as the parser says.
        let e = parse_assessment("schema_version = 1\n<<< HEAD\n").unwrap_err();
        assert!(!e.message.contains("merge conflict"), "{}", e.message);
    }

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
    fn deep_nesting_is_refused_by_the_parser_without_a_second_scan() {
        let deep = format!("a = {}1{}", "[".repeat(100), "]".repeat(100));
        let err = parse_toml::<toml::Table>(&deep).unwrap_err();
        assert!(err.message.contains("nested more than"), "{}", err.message);
        assert!(err.span.is_some());
        // Brackets inside strings and comments are text, not nesting.
        let in_string = format!("a = \"{}\" # {}", "[".repeat(100), "{".repeat(100));
        assert!(parse_toml::<toml::Table>(&in_string).is_ok());
        let literal = format!("a = '''{}'''\n[b]\n[[c]]", "[".repeat(100));
        assert!(parse_toml::<toml::Table>(&literal).is_ok());
    }
}
