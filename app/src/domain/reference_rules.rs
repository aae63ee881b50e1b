//! The reference lists officials keep for volunteering: the roles volunteers offer and the
//! registration drives whose code or link tells who came through them.
use super::digits::fold_digits;
use super::directory_rules::{day, optional_day, period_end, title, TITLE_MAX};
use super::normalize::fold_for_search;
use super::validation::FieldIssue;
use chrono::NaiveDate;

pub const DRIVE_CODE_MIN: u32 = 3;
pub const DRIVE_CODE_MAX: u32 = 24;

/// A role's name: two characters or more, not the name of a role already on the list (compared
/// folded, so Arabic and Persian letters or spacing do not make a second one).
pub fn role_name(input: &str, existing: &[String]) -> Result<String, FieldIssue> {
    let name = title(input, 2, TITLE_MAX)?;
    let folded = fold_for_search(&name);
    if existing.iter().any(|e| fold_for_search(e) == folded) {
        return Err(FieldIssue::AlreadyListed);
    }
    Ok(name)
}

/// A drive's code as printed on its poster: Latin letters, digits (any script) and dashes,
/// stored upper-case, as people type it at registration.
pub fn drive_code(input: &str) -> Result<String, FieldIssue> {
    let code = fold_digits(input.trim()).to_uppercase();
    let len = code.chars().count() as u32;
    if len == 0 {
        Err(FieldIssue::Required)
    } else if len < DRIVE_CODE_MIN {
        Err(FieldIssue::TooShort(DRIVE_CODE_MIN))
    } else if len > DRIVE_CODE_MAX {
        Err(FieldIssue::TooLong(DRIVE_CODE_MAX))
    } else if !code
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
    {
        Err(FieldIssue::CodeChars)
    } else {
        Ok(code)
    }
}

/// A drive's period: a first day, and a last one (optional) not before it.
pub fn drive_period(
    starts: &str,
    ends: &str,
) -> (
    Result<NaiveDate, FieldIssue>,
    Result<Option<NaiveDate>, FieldIssue>,
) {
    let starts = day(starts);
    let ends = optional_day(ends).and_then(|end| match (&starts, end) {
        (Ok(start), Some(end)) => period_end(*start, Some(end)).map(|()| Some(end)),
        (_, end) => Ok(end),
    });
    (starts, ends)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_role_name_is_new_and_long_enough() {
        let existing = vec!["\u{645}\u{6cc}\u{632}\u{628}\u{627}\u{646}".to_string()];
        assert_eq!(role_name("  x ", &existing), Err(FieldIssue::TooShort(2)));
        assert_eq!(role_name("", &existing), Err(FieldIssue::Required));
        // The same name with an Arabic yeh is the same role.
        assert_eq!(
            role_name("\u{645}\u{64a}\u{632}\u{628}\u{627}\u{646}", &existing),
            Err(FieldIssue::AlreadyListed)
        );
        assert_eq!(
            role_name(" Driver  help ", &existing),
            Ok("Driver help".into())
        );
    }

    #[test]
    fn a_drive_code_is_latin_upper_case_with_any_digits() {
        assert_eq!(
            drive_code(" ramadan-\u{6f1}\u{6f4}\u{6f0}\u{6f5} "),
            Ok("RAMADAN-1405".into())
        );
        assert_eq!(drive_code("ab"), Err(FieldIssue::TooShort(3)));
        assert_eq!(drive_code(""), Err(FieldIssue::Required));
        assert_eq!(drive_code("RAMADAN 1405"), Err(FieldIssue::CodeChars));
        assert_eq!(
            drive_code("\u{646}\u{630}\u{631}"),
            Err(FieldIssue::CodeChars)
        );
        assert_eq!(drive_code(&"A".repeat(25)), Err(FieldIssue::TooLong(24)));
    }

    #[test]
    fn a_drive_ends_after_it_starts_if_it_ends() {
        let (s, e) = drive_period("1405/01/01", "");
        assert!(s.is_ok());
        assert_eq!(e, Ok(None));
        let (s, e) = drive_period("1405/01/10", "1405/01/01");
        assert!(s.is_ok());
        assert_eq!(e, Err(FieldIssue::EndsBeforeStart));
        let (s, e) = drive_period("", "1405/01/01");
        assert_eq!(s, Err(FieldIssue::Required));
        assert!(e.is_ok());
        assert!(drive_period("1405/01/01", "1405/02/01")
            .1
            .unwrap()
            .is_some());
    }
}
