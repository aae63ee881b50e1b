//! What is kept of the text people type, whatever the field: no bidirectional overrides, no
//! control characters but line breaks and tabs, and search terms of a bounded length.
use std::borrow::Cow;

/// The explicit embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they make
/// `a\u{202E}gnp.pdf` read as "afdp.png". The joiners Persian needs (ZWNJ U+200C, ZWJ U+200D)
/// and the plain marks (LRM, RLM) are kept.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A control character no field keeps: NUL (PostgreSQL refuses it in text) and the other
/// C0 and C1 controls, but TAB, LF and CR, which multi-line fields need.
pub fn is_stray_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// Typed text as it is kept: without bidirectional controls and stray control characters
/// (borrowed when it had none). Every form and address goes through this on the way in.
pub fn clean_typed(text: &str) -> Cow<'_, str> {
    let unwanted = |c: char| is_bidi_control(c) || is_stray_control(c);
    if text.chars().any(unwanted) {
        Cow::Owned(text.chars().filter(|c| !unwanted(*c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// The longest search term looked for, in characters; what is typed beyond it is ignored.
pub const SEARCH_MAX: usize = 100;

/// A search term cut to [`SEARCH_MAX`] characters.
pub fn search_term(typed: &str) -> &str {
    match typed.char_indices().nth(SEARCH_MAX) {
        Some((end, _)) => &typed[..end],
        None => typed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bidi_controls_go_joiners_stay() {
        assert_eq!(clean_typed("a\u{202E}gnp.pdf"), "agnp.pdf");
        assert_eq!(
            clean_typed("\u{2066}x\u{2067}y\u{2068}z\u{2069}\u{202A}\u{202B}\u{202C}\u{202D}"),
            "xyz"
        );
        // Persian test words as escapes (Persian that people read lives in the locale files).
        let persian =
            "\u{0645}\u{06CC}\u{200C}\u{062E}\u{0648}\u{0627}\u{0647}\u{0645}\u{200D}\u{200F}";
        assert!(matches!(clean_typed(persian), Cow::Borrowed(p) if p == persian));
    }

    #[test]
    fn typed_text_keeps_lines_and_loses_controls() {
        assert_eq!(clean_typed("a\u{0}b\u{7}c\u{1b}d\u{85}"), "abcd");
        assert_eq!(clean_typed("line\r\nnext\tcol"), "line\r\nnext\tcol");
        assert_eq!(clean_typed("x\u{202E}y"), "xy");
        assert!(matches!(
            clean_typed("\u{0633}\u{0644}\u{0627}\u{0645}"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn search_terms_are_capped_on_a_character_boundary() {
        assert_eq!(
            search_term("\u{0627}\u{0646}\u{062C}\u{0645}\u{0646}"),
            "\u{0627}\u{0646}\u{062C}\u{0645}\u{0646}"
        );
        let long = "\u{0633}".repeat(50_000);
        assert_eq!(search_term(&long).chars().count(), SEARCH_MAX);
        assert_eq!(search_term(""), "");
    }
}
