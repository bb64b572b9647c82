//! The key in an assessment file that a finding is about, and where it is
//! written: for the outputs that point at a line (SARIF for GitHub code
//! scanning, GitLab Code Quality), so a merge request shows the finding on
//! the line to change.
//!
//! A key is written as the findings' fixes write keys: dotted from the top
//! of the file, with the entries of a list counted from 1 as a person counts
//! them (`decisions[2].date`, `dpia.risks[1].measures`). What is missing
//! from the file is pointed at by the nearest enclosing table that is there
//! (`[dpia.legal_basis]` for a missing `lia_ref`), or the first line.

use std::borrow::Cow;
use std::fmt;

/// A key of an assessment file, dotted from the top (`dpia.transfer.tia_ref`,
/// `decisions[3]`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyPath(Cow<'static, str>);

/// One step of a [`KeyPath`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    /// A key in a table.
    Key(&'a str),
    /// An entry of a list, counted from 1.
    Entry(usize),
}

impl KeyPath {
    /// The key written as the fixes write keys (`decisions[2].date`).
    pub fn new(path: impl Into<Cow<'static, str>>) -> KeyPath {
        KeyPath(path.into())
    }

    /// The `n`th entry (from 1) of the list `list` (`decisions`).
    pub fn entry(list: &str, n: usize) -> KeyPath {
        KeyPath(Cow::Owned(format!("{list}[{n}]")))
    }

    /// The key as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The steps from the top of the file; an index that is not a number
    /// ends the path there (it names nothing in a file).
    pub fn segments(&self) -> Vec<Segment<'_>> {
        let mut out = Vec::new();
        for part in self.0.split('.') {
            let (name, mut rest) = part.split_at(part.find('[').unwrap_or(part.len()));
            if !name.is_empty() {
                out.push(Segment::Key(name));
            }
            while let Some(inner) = rest.strip_prefix('[') {
                let Some(end) = inner.find(']') else {
                    return out;
                };
                match inner[..end].parse::<usize>() {
                    Ok(n) if n >= 1 => out.push(Segment::Entry(n)),
                    _ => return out,
                }
                rest = &inner[end + 1..];
            }
        }
        out
    }
}

impl fmt::Display for KeyPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A place in a file's text: line and column counted from 1, the column in
/// characters (Unicode code points), as SARIF's `unicodeCodePoints` counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// The line, from 1.
    pub line: usize,
    /// The column, from 1, in characters.
    pub column: usize,
}

impl Position {
    /// The first line: where a finding about the file as a whole points.
    pub const START: Position = Position { line: 1, column: 1 };

    /// The position of byte `offset` in `text` (clamped to the text, and
    /// back to the start of a character).
    pub fn of_offset(text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |n| n + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

/// Where `key` is written in the assessment file `text`: the key itself, or
/// the nearest enclosing table or list entry that is written; the first
/// line when none is (or the text is not TOML).
pub fn locate(text: &str, key: &KeyPath) -> Position {
    let Ok(doc) = toml_edit::Document::parse(text) else {
        return Position::START;
    };
    let mut span = None;
    let mut node = Node::Table(doc.as_table());
    for segment in key.segments() {
        let Some((found, next)) = node.step(segment) else {
            break;
        };
        span = found.or(span);
        node = next;
    }
    span.map_or(Position::START, |s| Position::of_offset(text, s.start))
}

type Span = Option<std::ops::Range<usize>>;

/// Where the walk down a key path stands.
#[derive(Clone, Copy)]
enum Node<'a> {
    Table(&'a toml_edit::Table),
    Inline(&'a toml_edit::InlineTable),
    List(&'a toml_edit::ArrayOfTables),
    Values(&'a toml_edit::Array),
    Leaf,
}

impl<'a> Node<'a> {
    /// One step down: the span to point at (if toml_edit knows it) and
    /// where the walk stands then; `None` when the step names nothing.
    fn step(self, segment: Segment<'_>) -> Option<(Span, Node<'a>)> {
        match (self, segment) {
            (Node::Table(t), Segment::Key(name)) => {
                let (k, v) = t.get_key_value(name)?;
                let next = Node::of_item(v);
                // A table's own span is its `[header]`, where a reader looks.
                let span = match next {
                    Node::Table(inner) => inner.span().or_else(|| k.span()),
                    Node::List(list) => list.span().or_else(|| k.span()),
                    _ => k.span(),
                };
                Some((span, next))
            }
            (Node::Inline(t), Segment::Key(name)) => {
                let (k, v) = t.get_key_value(name)?;
                Some((k.span(), Node::of_item(v)))
            }
            (Node::List(list), Segment::Entry(n)) => {
                let entry = list.get(n - 1)?;
                Some((entry.span(), Node::Table(entry)))
            }
            (Node::Values(values), Segment::Entry(n)) => {
                let value = values.get(n - 1)?;
                Some((value.span(), Node::of_value(value)))
            }
            _ => None,
        }
    }

    fn of_item(item: &'a toml_edit::Item) -> Node<'a> {
        match item {
            toml_edit::Item::Table(t) => Node::Table(t),
            toml_edit::Item::ArrayOfTables(a) => Node::List(a),
            toml_edit::Item::Value(v) => Node::of_value(v),
            toml_edit::Item::None => Node::Leaf,
        }
    }

    fn of_value(value: &'a toml_edit::Value) -> Node<'a> {
        match value {
            toml_edit::Value::InlineTable(t) => Node::Inline(t),
            toml_edit::Value::Array(a) => Node::Values(a),
            _ => Node::Leaf,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"#:schema ../../schemas/assessment.schema.json
schema_version = 1

[account]
name = "Kultur i Bergen"

[dpia]
competences = ["communication", "privacy"]

[dpia.legal_basis]
article = "6(1)(f)"

[[decisions]]
date = 2023-12-05

[[decisions]]
  date = 2024-12-05
  outcome = { "é" = 1, x = 2 }
"#;

    fn at(key: &str) -> (usize, usize) {
        let p = locate(TEXT, &KeyPath::new(key.to_owned()));
        (p.line, p.column)
    }

    #[test]
    fn a_written_key_is_found_where_it_is() {
        assert_eq!(at("account.name"), (5, 1));
        assert_eq!(at("dpia.legal_basis.article"), (11, 1));
        assert_eq!(at("decisions[2].date"), (17, 3));
        assert_eq!(at("decisions[2].outcome.x"), (18, 24));
        assert_eq!(at("dpia.competences[2]"), (8, 33));
    }

    #[test]
    fn a_missing_key_points_at_what_encloses_it() {
        assert_eq!(at("dpia.legal_basis.lia_ref"), (10, 1));
        assert_eq!(at("decisions[2].dpia_digest"), (16, 1));
        assert_eq!(at("decisions[3]"), (13, 1));
        assert_eq!(at("dpia.transfer.tia_ref"), (7, 1));
        assert_eq!(at("archive.routine_ref"), (1, 1));
        assert_eq!(at("decisions[0]"), (13, 1));
        assert_eq!(at(""), (1, 1));
        assert_eq!(locate("not = [toml", &KeyPath::new("not")), Position::START);
    }

    #[test]
    fn segments_count_entries_from_one() {
        let key = KeyPath::new("dpia.risks[2].measures");
        assert_eq!(
            key.segments(),
            [
                Segment::Key("dpia"),
                Segment::Key("risks"),
                Segment::Entry(2),
                Segment::Key("measures")
            ]
        );
        assert_eq!(KeyPath::new("a[x].b").segments(), [Segment::Key("a")]);
        assert_eq!(KeyPath::entry("snapshots", 3).as_str(), "snapshots[3]");
    }
}
