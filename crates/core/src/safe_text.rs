//! Which characters are safe to show, by their Unicode general category:
//! the one classification behind every output's sanitiser (the binary's
//! `text` module) and behind what a record writes into a commit message
//! (docs/format.md, "CLI": every output is safe to print and to open;
//! commit messages carry no control characters either).
//!
//! A list of code points goes stale with every Unicode version (U+1BCA1,
//! an invisible shorthand format control, passed the old list); the
//! general category does not. Text is walked by grapheme cluster, so a
//! joiner that holds an emoji sequence together (👩‍💻) stays, and nothing
//! is cut inside a cluster.

use unicode_general_category::{GeneralCategory, get_general_category};
use unicode_segmentation::UnicodeSegmentation;

/// The visible stand-in for a character that is not shown as it is.
pub const REPLACEMENT: char = '\u{FFFD}';

/// The zero-width joiner: invisible on its own, the glue of emoji
/// sequences inside a grapheme cluster.
const ZWJ: char = '\u{200D}';

/// Whether a terminal (or a reader) could be misled by `c` on its own:
/// controls (C0, C1, DEL: escape sequences, BEL), format characters
/// (bidirectional embeddings, overrides, isolates and marks, zero-width
/// characters, soft hyphen, tags, shorthand format controls), line and
/// paragraph separators, surrogates and unassigned code points, and the
/// few invisible characters Unicode files under letters or marks
/// (Hangul fillers, Khmer inherent vowels, Mongolian variation selectors,
/// the combining grapheme joiner: Default_Ignorable_Code_Point).
pub fn is_dangerous(c: char) -> bool {
    // Printable ASCII, nearly every character ever checked, first.
    if (' '..'\u{7f}').contains(&c) {
        return false;
    }
    match get_general_category(c) {
        GeneralCategory::Control
        | GeneralCategory::Format
        | GeneralCategory::LineSeparator
        | GeneralCategory::ParagraphSeparator
        | GeneralCategory::Surrogate
        | GeneralCategory::Unassigned => true,
        _ => matches!(
            c,
            '\u{034F}'                      // combining grapheme joiner
                | '\u{115F}' | '\u{1160}'   // Hangul fillers
                | '\u{17B4}' | '\u{17B5}'   // Khmer inherent vowels
                | '\u{180B}'
                ..='\u{180F}'   // Mongolian variation selectors
                | '\u{3164}' | '\u{FFA0}' // Hangul fillers
        ),
    }
}

/// Appends `cluster` (one grapheme cluster) to `out` with every dangerous
/// character replaced by [`REPLACEMENT`], except a joiner that joins two
/// characters inside the cluster (an emoji sequence).
pub fn push_cluster(cluster: &str, out: &mut String) {
    let mut chars = cluster.chars().peekable();
    let mut first = true;
    while let Some(c) = chars.next() {
        let joins = c == ZWJ && !first && chars.peek().is_some();
        if is_dangerous(c) && !joins {
            out.push(REPLACEMENT);
        } else {
            out.push(c);
        }
        first = false;
    }
}

/// `text` on one line: tabs and line breaks become a space, every other
/// dangerous character [`REPLACEMENT`], cluster by cluster.
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for cluster in text.graphemes(true) {
        if cluster.contains(['\t', '\n', '\r']) {
            out.push(' ');
        } else {
            push_cluster(cluster, &mut out);
        }
    }
    out
}

/// `text` for a commit message body: line breaks kept as `\n` (a `\r\n`
/// or a lone `\r` becomes `\n`), a tab becomes a space, every other
/// dangerous character [`REPLACEMENT`]. What a user typed in a form or on
/// the command line never carries an escape sequence into `git log`.
pub fn lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for cluster in text.graphemes(true) {
        match cluster {
            "\n" | "\r\n" | "\r" => out.push('\n'),
            "\t" => out.push(' '),
            c => push_cluster(c, &mut out),
        }
    }
    out
}

/// The longest start of `text` (whole grapheme clusters) whose width,
/// by `width_of`, is at most `max`; and that width.
pub fn clusters_within(text: &str, max: usize, width_of: impl Fn(&str) -> usize) -> (&str, usize) {
    let mut used = 0;
    let mut end = 0;
    for (at, cluster) in text.grapheme_indices(true) {
        let w = width_of(cluster);
        if used + w > max {
            break;
        }
        used += w;
        end = at + cluster.len();
    }
    (&text[..end], used)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classified_by_category_not_by_a_list() {
        for c in [
            '\u{1b}',
            '\u{7}',
            '\u{7f}',
            '\u{9b}',
            '\u{202E}',
            '\u{2066}',
            '\u{200B}',
            '\u{FEFF}',
            '\u{1BCA1}',
            '\u{E0041}',
            '\u{2028}',
            '\u{00AD}',
            '\u{3164}',
            '\u{0378}',
        ] {
            assert!(is_dangerous(c), "{:X}", c as u32);
        }
        for c in ['a', 'ø', 'Å', 'é', '€', '👩', '💻', '\u{0301}', '中', ' '] {
            assert!(!is_dangerous(c), "{:X}", c as u32);
        }
    }

    #[test]
    fn a_joiner_inside_an_emoji_stays_and_a_stray_one_does_not() {
        assert_eq!(one_line("👩\u{200D}💻 kode"), "👩\u{200D}💻 kode");
        assert_eq!(one_line("Kari\u{200D}"), "Kari\u{FFFD}");
        assert_eq!(one_line("\u{200D}x"), "\u{FFFD}x");
        assert_eq!(one_line("a\u{1BCA1}b"), "a\u{FFFD}b");
        assert_eq!(one_line("e\u{0301}\tx\r\ny"), "e\u{0301} x y");
    }

    #[test]
    fn commit_text_keeps_lines_and_drops_escapes() {
        let typed = "Godkjent\r\n\u{1b}]52;c;AAAA\u{7}\u{1b}[2J\rneste\u{202E}linje\tslutt";
        assert_eq!(
            lines(typed),
            "Godkjent\n\u{FFFD}]52;c;AAAA\u{FFFD}\u{FFFD}[2J\nneste\u{FFFD}linje slutt"
        );
    }

    #[test]
    fn cutting_keeps_clusters_whole() {
        let w = |s: &str| s.chars().count();
        assert_eq!(clusters_within("e\u{0301}x", 1, w), ("", 0));
        assert_eq!(clusters_within("e\u{0301}x", 2, w), ("e\u{0301}", 2));
        assert_eq!(clusters_within("abc", 9, w), ("abc", 3));
    }
}
