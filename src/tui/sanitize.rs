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
