//! Digits: people type Persian (۰-۹), Arabic-Indic (٠-٩) or ASCII digits; we store ASCII and show
//! Persian digits in the Persian interface.

const PERSIAN: [char; 10] = ['۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'];

/// Turns every Persian or Arabic-Indic digit into its ASCII digit; everything else is kept.
pub fn fold_digits(input: &str) -> String {
    input
        .chars()
        .map(|c| match c {
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            _ => c,
        })
        .collect()
}

/// Turns ASCII digits into Persian digits, for display.
pub fn to_persian_digits(input: &str) -> String {
    input
        .chars()
        .map(|c| match c {
            '0'..='9' => PERSIAN[(c as u8 - b'0') as usize],
            _ => c,
        })
        .collect()
}

/// Parses a whole number written with any digits (and optional thousands separators).
pub fn parse_number(input: &str) -> Option<i64> {
    let folded: String = fold_digits(input.trim())
        .chars()
        .filter(|c| !matches!(c, ',' | '٬' | '،' | ' '))
        .collect();
    if folded.is_empty() || !folded.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    folded.parse().ok()
}

/// Groups thousands with the separator of the locale: `1,234,567` or `۱٬۲۳۴٬۵۶۷`.
pub fn group_thousands(value: i64, persian: bool) -> String {
    let digits = value.unsigned_abs().to_string();
    let separator = if persian { '٬' } else { ',' };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    if value < 0 {
        out.insert(0, '-');
    }
    if persian {
        to_persian_digits(&out)
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_persian_and_arabic_indic_digits() {
        assert_eq!(fold_digits("۱۴۰۲/۰۵/۲۸"), "1402/05/28");
        assert_eq!(fold_digits("٠١٢٣٤٥٦٧٨٩"), "0123456789");
        assert_eq!(fold_digits("abc 42"), "abc 42");
    }

    #[test]
    fn shows_persian_digits() {
        assert_eq!(to_persian_digits("1402/05/28"), "۱۴۰۲/۰۵/۲۸");
        assert_eq!(to_persian_digits("page 10"), "page ۱۰");
    }

    #[test]
    fn parses_numbers_in_any_digits() {
        assert_eq!(parse_number("۱۲۳"), Some(123));
        assert_eq!(parse_number("١٢٣"), Some(123));
        assert_eq!(parse_number(" 1,234 "), Some(1234));
        assert_eq!(parse_number("۱٬۲۳۴"), Some(1234));
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number("12a"), None);
        assert_eq!(parse_number("-5"), None);
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(group_thousands(1_234_567, false), "1,234,567");
        assert_eq!(group_thousands(1_234_567, true), "۱٬۲۳۴٬۵۶۷");
        assert_eq!(group_thousands(999, false), "999");
        assert_eq!(group_thousands(-1000, false), "-1,000");
        assert_eq!(group_thousands(0, true), "۰");
    }
}
