//! How the CLI and the dashboard put text in front of a person, so both
//! speak alike: sanitising, width-aware cutting, relative days.
//!
//! This is the one sanitiser of the program (docs/format.md, "CLI": every output
//! is safe to print and to open). Anyone who can put a file into the
//! repository controls the text in it, its file and folder names, and the
//! commit authors and trailers `log` shows. A TOML string can hold any
//! character: drawn raw, `"\u{1b}]0;pwned\u{7}"` would retitle the window,
//! other sequences move the cursor or rewrite the screen, bidirectional
//! overrides make text read differently from what it is, zero-width
//! characters make two different names look the same, and a newline in a
//! name forges an extra line in a cron digest.
//!
//! - [`sanitize`]: one value on one line, for every field a report shows;
//! - [`terminal_safe`]: a whole rendered text, where it leaves the program
//!   (the CLI's standard output and error, the dashboard's screen buffer);
//! - [`json`]: JSON stays exact (the same values when parsed) but every
//!   character a terminal could act on is written as a `\uXXXX` escape;
//! - [`csv_cell`]: a cell a spreadsheet would run as a formula is
//!   neutralised with a leading `'`, as OWASP recommends;
//! - [`source_for_diagnostic`]: a file's text for `check`'s snippet, with
//!   the span moved along.

use std::ops::Range;

use somevakt_core::Date;

pub use somevakt_core::safe_text::{REPLACEMENT, is_dangerous};
use unicode_segmentation::UnicodeSegmentation;

/// `text` on one line: every control character, escape sequence introducer,
/// bidirectional control and invisible formatting character (by Unicode
/// general category) replaced by a visible `�`, and tabs and line breaks by
/// a space. Walked by grapheme cluster: the joiner inside 👩‍💻 stays.
pub fn sanitize(text: &str) -> String {
    somevakt_core::safe_text::one_line(text)
}

/// Like [`sanitize`], but keeps line breaks, for multi-line text.
pub fn sanitize_multiline(text: &str) -> Vec<String> {
    text.lines().map(sanitize).collect()
}

/// A whole rendered text made safe to write to a terminal: line breaks
/// (`\n`, `\r\n`) stay, a tab becomes a space, and every other dangerous
/// character becomes `�`. Text already sanitised field by field passes
/// unchanged; this is the net under that.
pub fn terminal_safe(text: &str) -> String {
    if first_dangerous(text).is_none() && !text.contains(['\t', '\r']) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for cluster in text.graphemes(true) {
        match cluster {
            "\n" => out.push('\n'),
            "\r\n" => out.push_str("\r\n"),
            "\t" => out.push(' '),
            c => somevakt_core::safe_text::push_cluster(c, &mut out),
        }
    }
    out
}

/// `value` as pretty JSON, ending in a newline. The values stay exact, but
/// a character [`is_dangerous`] names is written as a `\uXXXX` escape even
/// where JSON allows it raw (DEL, C1 controls, bidi and zero-width
/// characters), so printing the JSON to a terminal is as safe as printing a
/// table.
pub fn json<T: serde::Serialize>(value: &T) -> String {
    let mut out = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, SafeFormatter::default());
    if value.serialize(&mut serializer).is_err() {
        return String::new();
    }
    // Only UTF-8 is ever written (from `&str`s and ASCII escapes).
    let mut text = String::from_utf8_lossy(&out).into_owned();
    text.push('\n');
    text
}

/// Appends `value` to `out` as [`json`] writes it `depth` levels deep in a
/// document (indented to match, no trailing newline): lets a large document
/// be streamed a piece at a time.
pub fn json_nested<T: serde::Serialize>(out: &mut Vec<u8>, value: &T, depth: usize) {
    use serde_json::ser::Formatter;
    let mut formatter = SafeFormatter::default();
    let mut sink = std::io::sink();
    for _ in 0..depth {
        // Only moves the formatter's indentation; nothing is written.
        let _ = formatter.begin_array(&mut sink);
    }
    let mut serializer = serde_json::Serializer::with_formatter(out, formatter);
    // Plain data into memory: serialising cannot fail.
    let _ = value.serialize(&mut serializer);
}

/// serde_json's pretty printer, escaping what [`is_dangerous`] names.
#[derive(Default)]
struct SafeFormatter(serde_json::ser::PrettyFormatter<'static>);

macro_rules! delegate {
    ($($name:ident $(($arg:ident: $ty:ty))?),* $(,)?) => {
        $(fn $name<W: ?Sized + std::io::Write>(&mut self, writer: &mut W $(, $arg: $ty)?) -> std::io::Result<()> {
            self.0.$name(writer $(, $arg)?)
        })*
    };
}

impl serde_json::ser::Formatter for SafeFormatter {
    delegate!(
        begin_array,
        end_array,
        begin_array_value(first: bool),
        end_array_value,
        begin_object,
        end_object,
        begin_object_key(first: bool),
        begin_object_value,
        end_object_value,
    );

    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let mut rest = fragment;
        // Only DEL and non-ASCII characters can be dangerous here (serde_json
        // escapes the other controls before this is called): a byte scan
        // skips the printable ASCII that makes up nearly all of the text.
        while let Some((at, c)) = first_dangerous(rest) {
            writer.write_all(&rest.as_bytes()[..at])?;
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                write!(writer, "\\u{unit:04x}")?;
            }
            rest = &rest[at + c.len_utf8()..];
        }
        writer.write_all(rest.as_bytes())
    }
}

/// The first character of `text` that [`is_dangerous`] names, and where.
fn first_dangerous(text: &str) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let b = bytes[at];
        if (b' '..0x7f).contains(&b) {
            at += 1;
            continue;
        }
        // `at` is a character boundary: every byte skipped was ASCII.
        let c = text[at..].chars().next()?;
        if is_dangerous(c) {
            return Some((at, c));
        }
        at += c.len_utf8();
    }
    None
}

/// One CSV cell: sanitised to one line, and neutralised with a leading `'`
/// when a spreadsheet would take it as a formula: it starts with `=`, `+`,
/// `-`, `@`, a tab or a carriage return (OWASP, "CSV Injection"). The check
/// also looks past leading spaces, which some spreadsheets skip.
pub fn csv_cell(text: &str) -> String {
    let formula = |t: &str| {
        t.trim_start_matches(' ')
            .starts_with(['=', '+', '-', '@', '\t', '\r'])
    };
    let clean = sanitize(text);
    if formula(text) || formula(&clean) {
        format!("'{clean}")
    } else {
        clean
    }
}

/// A file's text for a diagnostic that quotes it: every line sanitised
/// (line breaks kept, so line numbers stay right), and `span` (byte offsets
/// into `text`) moved to the same characters in the result.
pub fn source_for_diagnostic(text: &str, span: Range<usize>) -> (String, Range<usize>) {
    let mut out = String::with_capacity(text.len());
    let (mut start, mut end) = (None, None);
    for (at, c) in text.char_indices() {
        if start.is_none() && at >= span.start {
            start = Some(out.len());
        }
        if end.is_none() && at >= span.end {
            end = Some(out.len());
        }
        match c {
            '\n' => out.push('\n'),
            '\r' if text[at + 1..].starts_with('\n') => {}
            '\t' => out.push(' '),
            c if is_dangerous(c) => out.push(REPLACEMENT),
            c => out.push(c),
        }
    }
    let start = start.unwrap_or(out.len());
    let end = end.unwrap_or(out.len()).max(start);
    (out, start..end)
}

/// "in 12 d", "today" or "40 d overdue": how far `due` is from `today`.
pub fn relative_days(today: Date, due: Date) -> String {
    match today.days_until(due) {
        0 => "today".to_owned(),
        n if n > 0 => format!("in {n} d"),
        n => format!("{} d overdue", -n),
    }
}

/// Pads or cuts `text` to `width` terminal columns, never inside a
/// grapheme cluster (an accent or an emoji sequence stays whole).
pub fn fit(text: &str, width: usize) -> String {
    let (kept, used) = somevakt_core::safe_text::clusters_within(text, width, self::width);
    let mut out = kept.to_owned();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

/// `text` cut to `width` terminal columns, ending in `…` where it was cut;
/// never inside a grapheme cluster.
pub fn cut(text: &str, width: usize) -> String {
    if self::width(text) <= width {
        return text.to_owned();
    }
    if width == 0 {
        return String::new();
    }
    let (kept, _) = somevakt_core::safe_text::clusters_within(text, width - 1, self::width);
    format!("{kept}…")
}

/// `text` in `width` columns with its middle left out (`Fjordvik…jobb hos
/// oss`), so names that begin alike stay apart when cut; a last part in
/// brackets (`(planned)`) is kept whole where it leaves room for the rest.
pub fn cut_middle(text: &str, width: usize) -> String {
    if self::width(text) <= width {
        return text.to_owned();
    }
    if width < 8 {
        return cut(text, width);
    }
    if let Some(open) = text.rfind(" (")
        && text.ends_with(')')
    {
        let (base, suffix) = text.split_at(open);
        let room = width.saturating_sub(self::width(suffix));
        if room >= 6 {
            return format!("{}{suffix}", cut_middle(base, room));
        }
        // No room for the bracket: half of it would only puzzle.
        return cut_middle(base, width);
    }
    let chars: Vec<char> = text.chars().collect();
    let head = (width - 1).div_ceil(2);
    let tail = width - 1 - head;
    let start = take_width(chars.iter().copied(), head);
    let end: String = take_width(chars.iter().rev().copied(), tail)
        .chars()
        .rev()
        .collect();
    format!("{}…{}", start.trim_end(), end.trim_start())
}

/// As many of `chars` as fit in `width` columns.
fn take_width(chars: impl Iterator<Item = char>, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut out = String::new();
    let mut used = 0;
    for ch in chars {
        let w = ch.width().unwrap_or(0);
        if used + w > width {
            break;
        }
        out.push(ch);
        used += w;
    }
    out
}

/// Terminal columns of `text`.
pub fn width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

#[cfg(test)]
mod tests {

    #[test]
    fn names_cut_in_the_middle_stay_apart() {
        let a = super::cut_middle("Fjordvik kommune – jobb hos oss", 20);
        let b = super::cut_middle("Fjordvik kommunestyre (planned)", 20);
        assert_eq!(super::width(&a), 20, "{a}");
        assert!(a.starts_with("Fjordvik") && a.ends_with("hos oss"), "{a}");
        assert!(b.ends_with(" (planned)"), "{b}");
        assert!(super::width(&b) <= 20, "{b}");
        assert_ne!(a, b);
        assert_eq!(super::cut_middle("Kort", 20), "Kort");
        assert_eq!(super::cut_middle("Helsesykepleier", 5), "Hels…");
    }
    use super::*;

    #[test]
    fn cut_text_ends_in_an_ellipsis() {
        assert_eq!(cut("408 d overdue", 13), "408 d overdue");
        assert_eq!(cut("408 d overdue", 12), "408 d overd…");
        assert_eq!(cut("Ålesund", 1), "…");
        assert_eq!(cut("日本語", 4), "日…");
    }

    #[test]
    fn escape_sequences_never_pass() {
        let hostile = "Kultur\u{1b}[2J\u{1b}]0;pwned\u{7}\u{9b}31m";
        let clean = sanitize(hostile);
        assert!(!clean.chars().any(|c| c.is_control()), "{clean:?}");
        assert!(clean.starts_with("Kultur\u{FFFD}[2J"));
    }

    #[test]
    fn bidi_overrides_are_made_visible() {
        assert_eq!(sanitize("abc\u{202E}def"), "abc\u{FFFD}def");
    }

    #[test]
    fn zero_width_and_separators_are_made_visible() {
        for c in [
            '\u{200B}',
            '\u{200D}',
            '\u{2060}',
            '\u{FEFF}',
            '\u{2028}',
            '\u{2066}',
            '\u{61C}',
            '\u{E0041}',
        ] {
            assert_eq!(sanitize(&format!("a{c}b")), "a\u{FFFD}b", "{c:?}");
        }
    }

    #[test]
    fn terminal_safe_keeps_line_breaks_only() {
        assert_eq!(terminal_safe("a\r\nb\n"), "a\r\nb\n");
        assert_eq!(
            terminal_safe("a\rb\tc\u{1b}[2J\u{9b}"),
            "a\u{FFFD}b c\u{FFFD}[2J\u{FFFD}"
        );
    }

    #[test]
    fn the_byte_scan_finds_what_the_character_scan_finds() {
        for text in [
            "",
            "plain ascii",
            "æøå \u{7f} x",
            "Ålesund\u{202E}moc.exe",
            "😀\u{200B}",
            "\u{E0041}",
            "tab\there",
        ] {
            let slow = text.char_indices().find(|(_, c)| is_dangerous(*c));
            assert_eq!(first_dangerous(text), slow, "{text:?}");
        }
    }

    #[test]
    fn json_escapes_what_a_terminal_acts_on_and_stays_exact() {
        let value = serde_json::json!({
            "name": "a\u{1b}]0;x\u{7}b\u{7f}\u{9b}\u{202E}\u{200B}\u{E0041}æ 😀",
            "list": [1, "\n"],
        });
        let text = json(&value);
        assert!(
            !text.chars().any(|c| is_dangerous(c) && c != '\n'),
            "{text}"
        );
        assert!(text.contains("\\u001b") && text.contains("\\u202e") && text.contains("æ 😀"));
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value);
        // Ordinary values come out exactly as serde_json's pretty printer writes them.
        let plain = serde_json::json!({"a": [1, "b"], "c": {"d": null}});
        assert_eq!(
            json(&plain),
            format!("{}\n", serde_json::to_string_pretty(&plain).unwrap())
        );
    }

    #[test]
    fn csv_cells_that_look_like_formulas_are_neutralised() {
        for cell in [
            "=HYPERLINK(\"http://x\")",
            "+1",
            "-1+2",
            "@SUM(A1)",
            "\tx",
            "\r=1",
            "  =1",
        ] {
            let out = csv_cell(cell);
            assert!(out.starts_with('\''), "{cell:?} gave {out:?}");
            assert!(!out.chars().any(|c| c.is_control()), "{out:?}");
        }
        assert_eq!(csv_cell("Kultur i Bergen"), "Kultur i Bergen");
        assert_eq!(csv_cell("2024-05-10"), "2024-05-10");
    }

    #[test]
    fn diagnostic_source_keeps_lines_and_moves_the_span() {
        let text = "a = \"\u{1b}[2J\"\r\nb = x\n";
        let at = text.find('x').unwrap();
        let (clean, span) = source_for_diagnostic(text, at..at + 1);
        assert_eq!(&clean[span], "x");
        assert_eq!(clean.lines().count(), 2);
        assert!(!clean.chars().any(|c| c.is_control() && c != '\n'));
    }

    #[test]
    fn ordinary_text_is_untouched() {
        let text = "Ordføreren i Älvby – «informasjon» 😀";
        assert_eq!(sanitize(text), text);
        assert_eq!(terminal_safe(text), text);
        assert_eq!(sanitize("a\tb\nc"), "a b c");
        assert_eq!(sanitize_multiline("a\nb\u{1b}"), vec!["a", "b\u{FFFD}"]);
    }
}
