//! Search folding: what a person types and what is stored compare equal after folding, whether
//! they used Arabic or Persian letters, tatweel, diacritics, ZWNJ or spaces, or any digits.

use super::digits::fold_digits;

/// Folds text for search: digits to ASCII, Arabic yeh/kaf to Persian, tatweel and diacritics
/// removed, ZWNJ treated as a space, whitespace collapsed, letters lower-cased.
pub fn fold_for_search(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut pending_space = false;
    for c in fold_digits(input).chars() {
        let c = match c {
            '\u{064A}' | '\u{0649}' => '\u{06CC}', // Arabic yeh, alef maksura -> Persian yeh
            '\u{0643}' => '\u{06A9}',              // Arabic kaf -> Persian keheh
            '\u{0640}' => continue,                // tatweel
            '\u{064B}'..='\u{065F}' | '\u{0670}' => continue, // harakat, superscript alef
            '\u{200C}' | '\u{200D}' => ' ',        // ZWNJ / ZWJ behave as a space in search
            other => other,
        };
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// A `LIKE` pattern for a folded needle: its words in order with anything between them
/// (`%word1%word2%`), the wildcard characters escaped (use with `ESCAPE '\'`). So
/// «کمیته اجتماعی» finds «کمیته تخصصی اجتماعی». The needle is cut to
/// [`SEARCH_MAX`](super::text::SEARCH_MAX) characters: the databases refuse huge patterns.
pub fn like_pattern(folded_needle: &str) -> String {
    let folded_needle = super::text::search_term(folded_needle);
    let mut pattern = String::with_capacity(folded_needle.len() + 2);
    pattern.push('%');
    for word in folded_needle.split(' ').filter(|w| !w.is_empty()) {
        for c in word.chars() {
            if matches!(c, '%' | '_' | '\\') {
                pattern.push('\\');
            }
            pattern.push(c);
        }
        pattern.push('%');
    }
    pattern
}

/// Splits `text` into pieces, marking those that match `folded_needle` under search folding,
/// so a result list can highlight what was found however it was typed.
pub fn highlight(text: &str, folded_needle: &str) -> Vec<(String, bool)> {
    // The folded text, and for each folded char the index of the original char it came from.
    let chars: Vec<char> = text.chars().collect();
    let mut folded: Vec<char> = Vec::new();
    let mut origin: Vec<usize> = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        for f in fold_for_search(&c.to_string()).chars() {
            folded.push(f);
            origin.push(i);
        }
        let is_space = c.is_whitespace() || matches!(c, '\u{200C}' | '\u{200D}');
        if is_space && folded.last() != Some(&' ') {
            folded.push(' ');
            origin.push(i);
        }
    }
    let mut marked = vec![false; chars.len()];
    for word in folded_needle.split(' ').filter(|w| !w.is_empty()) {
        let needle: Vec<char> = word.chars().collect();
        let mut start = 0;
        while start + needle.len() <= folded.len() {
            if folded[start..start + needle.len()] == needle[..] {
                for &i in &origin[start..start + needle.len()] {
                    marked[i] = true;
                }
                start += needle.len();
            } else {
                start += 1;
            }
        }
    }
    let mut pieces: Vec<(String, bool)> = Vec::new();
    for (c, mark) in chars.into_iter().zip(marked) {
        match pieces.last_mut() {
            Some((piece, m)) if *m == mark => piece.push(c),
            _ => pieces.push((c.to_string(), mark)),
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    #[test]
    fn highlights_what_matched_however_it_was_typed() {
        let pieces = highlight("کمیتهٔ اجتماعی", &fold_for_search("اجتماعي"));
        assert_eq!(
            pieces,
            vec![("کمیتهٔ ".to_string(), false), ("اجتماعی".to_string(), true)]
        );
        let pieces = highlight("سازمان‌های مردم‌نهاد", &fold_for_search("مردم نهاد"));
        let marked: Vec<&str> = pieces
            .iter()
            .filter(|p| p.1)
            .map(|p| p.0.as_str())
            .collect();
        assert_eq!(
            marked,
            ["مردم", "نهاد"],
            "each word is marked, whatever joins them"
        );
        assert_eq!(highlight("abc", ""), vec![("abc".to_string(), false)]);
        let pieces = highlight("کمیته تخصصی اجتماعی", "کمیته اجتماعی");
        let marked: Vec<&str> = pieces
            .iter()
            .filter(|p| p.1)
            .map(|p| p.0.as_str())
            .collect();
        assert_eq!(marked, ["کمیته", "اجتماعی"]);
    }

    use super::*;

    #[test]
    fn arabic_letters_fold_to_persian() {
        assert_eq!(fold_for_search("علي"), fold_for_search("علی"));
        assert_eq!(fold_for_search("كميته"), fold_for_search("کمیته"));
    }

    #[test]
    fn tatweel_and_diacritics_are_removed() {
        assert_eq!(fold_for_search("کـــمیته"), "کمیته");
        assert_eq!(fold_for_search("مُحَمَّد"), "محمد");
    }

    #[test]
    fn zwnj_and_space_are_alike() {
        assert_eq!(
            fold_for_search("می\u{200C}خواهم"),
            fold_for_search("می خواهم")
        );
        assert_eq!(
            fold_for_search("  سازمان   مردم\u{200C}نهاد "),
            "سازمان مردم نهاد"
        );
    }

    #[test]
    fn digits_and_case_fold() {
        assert_eq!(fold_for_search("Block ۱۲"), "block 12");
        assert_eq!(fold_for_search("BLOCK ١٢"), "block 12");
    }

    #[test]
    fn like_pattern_escapes_wildcards() {
        assert_eq!(like_pattern("50%_off"), "%50\\%\\_off%");
        assert_eq!(like_pattern("abc"), "%abc%");
        assert_eq!(like_pattern(""), "%");
    }

    #[test]
    fn like_pattern_takes_words_in_order_with_anything_between() {
        assert_eq!(like_pattern("کمیته اجتماعی"), "%کمیته%اجتماعی%");
    }
}
