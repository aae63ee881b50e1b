//! Money: budgets are typed and stored in Rials (the official unit), shown with thousands
//! separators and, because people think in it, also in Toman (ten Rials).
use super::digits::{fold_digits, group_thousands};
use super::validation::FieldIssue;

/// The largest budget accepted: a thousand trillion Rials, far above any neighbourhood project
/// and well inside `i64`.
pub const RIALS_MAX: i64 = 1_000_000_000_000_000;

/// Characters people put between digit groups: ASCII and Arabic commas, the Persian thousands
/// separator (U+066C), spaces (also narrow and non-breaking), dots and apostrophes.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        ',' | '\u{066C}' | '\u{060C}' | '.' | '\'' | '_' | ' ' | '\u{00A0}' | '\u{202F}'
    )
}

/// An optional amount of Rials in any digits, with any thousands separators. Letters, signs
/// or a zero amount are refused.
pub fn optional_rials(input: &str) -> Result<Option<i64>, FieldIssue> {
    let folded = fold_digits(input.trim());
    let digits: String = folded.chars().filter(|c| !is_separator(*c)).collect();
    if digits.is_empty() {
        return Ok(None);
    }
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(FieldIssue::NotANumber);
    }
    match digits.parse::<i64>() {
        Ok(0) => Err(FieldIssue::OutOfRange),
        Ok(n) if n <= RIALS_MAX => Ok(Some(n)),
        _ => Err(FieldIssue::OutOfRange),
    }
}

/// A required amount of Rials.
pub fn rials(input: &str) -> Result<i64, FieldIssue> {
    optional_rials(input)?.ok_or(FieldIssue::Required)
}

/// The same amount in Toman, rounded down (a Toman is ten Rials).
pub fn toman(rials: i64) -> i64 {
    rials / 10
}

/// Rials grouped in thousands, in Persian or ASCII digits (the unit's name comes from the
/// locale files).
pub fn format_amount(amount: i64, persian: bool) -> String {
    group_thousands(amount, persian)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_digits_and_separators_are_one_amount() {
        let same = [
            "12500000",
            "12,500,000",
            "\u{6F1}\u{6F2}\u{66C}\u{6F5}\u{6F0}\u{6F0}\u{66C}\u{6F0}\u{6F0}\u{6F0}", // 12'500'000
            "\u{661}\u{662}\u{60C}\u{665}\u{660}\u{660}\u{60C}\u{660}\u{660}\u{660}", // 12'500'000
            " 12 500 000 ",
            "\u{6F1}\u{6F2}.\u{6F5}\u{6F0}\u{6F0}.\u{6F0}\u{6F0}\u{6F0}", // 12.500.000
        ];
        for typed in same {
            assert_eq!(optional_rials(typed), Ok(Some(12_500_000)), "{typed}");
        }
    }

    #[test]
    fn letters_signs_zero_and_huge_are_refused() {
        assert_eq!(optional_rials("12a00"), Err(FieldIssue::NotANumber));
        assert_eq!(
            // "Five million" in Persian words.
            optional_rials("\u{67E}\u{646}\u{62C} \u{645}\u{6CC}\u{644}\u{6CC}\u{648}\u{646}"),
            Err(FieldIssue::NotANumber)
        ); // Persian words
        assert_eq!(optional_rials("-5000"), Err(FieldIssue::NotANumber));
        assert_eq!(optional_rials("0"), Err(FieldIssue::OutOfRange));
        assert_eq!(
            optional_rials("99999999999999999999"),
            Err(FieldIssue::OutOfRange)
        );
        assert_eq!(optional_rials("  "), Ok(None));
        assert_eq!(rials(""), Err(FieldIssue::Required));
    }

    #[test]
    fn toman_and_display() {
        assert_eq!(toman(12_500_000), 1_250_000);
        assert_eq!(toman(15), 1);
        assert_eq!(format_amount(12_500_000, false), "12,500,000");
        assert_eq!(
            format_amount(12_500_000, true),
            "\u{6F1}\u{6F2}\u{66C}\u{6F5}\u{6F0}\u{6F0}\u{66C}\u{6F0}\u{6F0}\u{6F0}"
        ); // 12'500'000
    }
}
