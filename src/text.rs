//! How the CLI and the dashboard put text in front of a person, so both
//! speak alike: sanitising, width-aware cutting, relative days.
//!
//! Text from files is sanitised before it reaches the terminal.
//!
//! A TOML string can hold any character, including ESC and the rest of the
//! C0/C1 control set: drawn raw, `"\u001b]0;pwned\u0007"` would retitle the
//! window, and worse sequences can move the cursor or rewrite the screen.
//! Bidirectional overrides can make text read differently from what it is.

/// `text` with every control character and bidirectional override replaced
/// by a visible `�`, and tabs and newlines by a space.
pub fn sanitize(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => ' ',
            c if is_dangerous(c) => '\u{FFFD}',
            c => c,
        })
        .collect()
}

/// Like [`sanitize`], but keeps line breaks, for multi-line text.
pub fn sanitize_multiline(text: &str) -> Vec<String> {
    text.lines().map(sanitize).collect()
}

fn is_dangerous(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

use somevakt_core::Date;

/// "in 12 d", "today" or "40 d overdue": how far `due` is from `today`.
pub fn relative_days(today: Date, due: Date) -> String {
    match today.days_until(due) {
        0 => "today".to_owned(),
        n if n > 0 => format!("in {n} d"),
        n => format!("{} d overdue", -n),
    }
}

/// Pads or cuts `text` to `width` terminal columns.
pub fn fit(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut out = String::new();
    let mut used = 0;
    for ch in text.chars() {
        let w = ch.width().unwrap_or(0);
        if used + w > width {
            break;
        }
        out.push(ch);
        used += w;
    }
    out.extend(std::iter::repeat_n(' ', width - used));
    out
}

/// Terminal columns of `text`.
pub fn width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn ordinary_text_is_untouched() {
        let text = "Ordføreren i Älvby – «informasjon» 😀";
        assert_eq!(sanitize(text), text);
        assert_eq!(sanitize("a\tb\nc"), "a b c");
        assert_eq!(sanitize_multiline("a\nb\u{1b}"), vec!["a", "b\u{FFFD}"]);
    }
}
