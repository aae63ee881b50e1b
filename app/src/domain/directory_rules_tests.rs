use super::*;
use crate::domain::codes::Dimension;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn registration_numbers_fold_digits_and_separators() {
    assert_eq!(registration_number("۱۲۳-۴۵"), Ok(Some("12345".to_string())));
    assert_eq!(registration_number(" 12 345 "), Ok(Some("12345".into())));
    assert_eq!(registration_number("١٢٣٤٥"), Ok(Some("12345".into())));
    assert_eq!(registration_number(""), Ok(None));
    assert_eq!(registration_number("12$4"), Err(FieldIssue::NotANumber));
    assert_eq!(
        registration_number(&"1".repeat(40)),
        Err(FieldIssue::TooLong(REGISTRATION_MAX))
    );
}

#[test]
fn counts_accept_any_digits_and_refuse_words() {
    assert_eq!(optional_count("۱۲٬۵۰۰"), Ok(Some(12_500)));
    assert_eq!(optional_count("12,500"), Ok(Some(12_500)));
    assert_eq!(optional_count(""), Ok(None));
    assert_eq!(optional_count("many"), Err(FieldIssue::NotANumber));
    assert_eq!(optional_count("-5"), Err(FieldIssue::OutOfRange));
    assert_eq!(count(" "), Err(FieldIssue::Required));
}

#[test]
fn decimals_and_coordinates() {
    assert_eq!(optional_decimal("۳۴٫۶۴", -90.0, 90.0), Ok(Some(34.64)));
    assert_eq!(optional_decimal("50.87", -180.0, 180.0), Ok(Some(50.87)));
    assert_eq!(
        optional_decimal("95", -90.0, 90.0),
        Err(FieldIssue::OutOfRange)
    );
    assert_eq!(
        optional_decimal("1e5", 0.0, 1e9),
        Err(FieldIssue::NotANumber)
    );
    assert_eq!(
        optional_decimal("NaN", 0.0, 1.0),
        Err(FieldIssue::NotANumber)
    );
}

#[test]
fn jalali_days_become_iso_days() {
    assert_eq!(optional_day("۱۴۰۲/۰۵/۲۸"), Ok(Some(d(2023, 8, 19))));
    assert_eq!(iso(d(2023, 8, 19)), "2023-08-19");
    assert_eq!(parse_iso("2023-08-19"), Some(d(2023, 8, 19)));
    assert_eq!(iso(d(987, 1, 2)), "0987-01-02");
    for damaged in [
        "",
        "2023-8-19",
        "2023-08-19 ",
        "2023-02-30",
        "2023-08-19-01",
        "+023-08-19",
        "۲۰۲۳-۰۸-۱۹",
    ] {
        assert_eq!(parse_iso(damaged), None, "{damaged:?}");
    }
    assert_eq!(optional_day("1402/13/01"), Err(FieldIssue::InvalidDate));
    assert_eq!(optional_day(""), Ok(None));
    assert_eq!(day(""), Err(FieldIssue::Required));
}

#[test]
fn a_membership_cannot_end_before_it_starts() {
    assert_eq!(
        period_end(d(2024, 3, 1), Some(d(2024, 2, 1))),
        Err(FieldIssue::EndsBeforeStart)
    );
    assert_eq!(period_end(d(2024, 3, 1), Some(d(2024, 3, 1))), Ok(()));
    assert_eq!(period_end(d(2024, 3, 1), None), Ok(()));
}

#[test]
fn overlapping_periods() {
    let open = (d(2024, 1, 1), None);
    let closed = (d(2023, 1, 1), Some(d(2023, 12, 31)));
    assert!(!periods_overlap(open, closed), "ended the day before");
    assert!(periods_overlap(open, (d(2025, 1, 1), None)));
    assert!(periods_overlap((d(2023, 6, 1), Some(d(2024, 1, 1))), open));
    assert!(periods_overlap(closed, (d(2023, 12, 31), None)));
}

#[test]
fn phones_websites_and_choices() {
    assert_eq!(optional_phone("۰۲۱-۸۸۷۷۶۶۵۵"), Ok("021-88776655".into()));
    assert_eq!(optional_phone("call me"), Err(FieldIssue::PhoneFormat));
    assert_eq!(optional_phone(""), Ok(String::new()));
    assert_eq!(
        optional_website("example.org"),
        Ok("https://example.org".into())
    );
    assert_eq!(
        optional_website("http://a.ir/x"),
        Ok("http://a.ir/x".into())
    );
    assert_eq!(
        optional_website("not a site"),
        Err(FieldIssue::WebsiteFormat)
    );
    assert_eq!(choice("social", Dimension::parse), Ok(Dimension::Social));
    assert_eq!(
        choice("cosmic", Dimension::parse),
        Err(FieldIssue::InvalidChoice)
    );
    assert_eq!(choice("", Dimension::parse), Err(FieldIssue::Required));
}

#[test]
fn titles_are_tidied() {
    assert_eq!(
        title("  کمیته   اجتماعی ", 3, 120),
        Ok("کمیته اجتماعی".into())
    );
    assert_eq!(title("ab", 3, 120), Err(FieldIssue::TooShort(3)));
    assert_eq!(
        optional_text(&"x".repeat(10), 5),
        Err(FieldIssue::TooLong(5))
    );
}
