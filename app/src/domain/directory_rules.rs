//! Input rules of the directory forms (committees, memberships, organisations, neighbourhoods,
//! capacities), shared by the browser and the server.
use super::digits::{fold_digits, parse_number};
use super::jalali::JalaliDate;
use super::validation::FieldIssue;
use chrono::{Datelike, NaiveDate};

pub const TITLE_MAX: u32 = 120;
pub const SHORT_TEXT_MAX: u32 = 200;
pub const LONG_TEXT_MAX: u32 = 4000;
pub const REGISTRATION_MAX: u32 = 30;
pub const COUNT_MAX: i64 = 100_000_000;

/// A required one-line text: spaces tidied, between `min` and `max` characters.
pub fn title(input: &str, min: u32, max: u32) -> Result<String, FieldIssue> {
    let value = input.split_whitespace().collect::<Vec<_>>().join(" ");
    let len = value.chars().count() as u32;
    if len == 0 {
        Err(FieldIssue::Required)
    } else if len < min {
        Err(FieldIssue::TooShort(min))
    } else if len > max {
        Err(FieldIssue::TooLong(max))
    } else {
        Ok(value)
    }
}

/// An optional text (may span lines): trimmed, at most `max` characters.
pub fn optional_text(input: &str, max: u32) -> Result<String, FieldIssue> {
    let value = input.trim().replace("\r\n", "\n");
    if value.chars().count() as u32 > max {
        return Err(FieldIssue::TooLong(max));
    }
    Ok(value)
}

/// A required text (may span lines): trimmed, not empty, at most `max` characters.
pub fn required_text(input: &str, max: u32) -> Result<String, FieldIssue> {
    match optional_text(input, max)? {
        value if value.is_empty() => Err(FieldIssue::Required),
        value => Ok(value),
    }
}

/// The reason an answer needs when it says no (declining, not approving); none when it says yes.
pub fn reason_unless(yes: bool, reason: &str) -> Result<String, FieldIssue> {
    if yes {
        Ok(String::new())
    } else {
        required_text(reason, SHORT_TEXT_MAX)
    }
}

/// The Persian decimal separator (U+066B), accepted on input.
pub const PERSIAN_DECIMAL_MARK: char = '\u{066B}';

/// A registration number: digits folded to ASCII, spaces and dashes dropped, so `123-45` typed
/// in Persian digits and `12345` are the same number. Empty means none.
pub fn registration_number(input: &str) -> Result<Option<String>, FieldIssue> {
    let value: String = fold_digits(input)
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '/' | '_'))
        .collect();
    if value.is_empty() {
        return Ok(None);
    }
    if value.chars().count() as u32 > REGISTRATION_MAX {
        return Err(FieldIssue::TooLong(REGISTRATION_MAX));
    }
    if !value.chars().all(|c| c.is_alphanumeric()) {
        return Err(FieldIssue::NotANumber);
    }
    Ok(Some(value))
}

/// An optional whole count (population, households, quantity) in any digits, with thousands
/// separators allowed.
pub fn optional_count(input: &str) -> Result<Option<i64>, FieldIssue> {
    if input.trim().is_empty() {
        return Ok(None);
    }
    let trimmed = input.trim();
    let (negative, digits) = match trimmed.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest),
        None => (false, trimmed),
    };
    match parse_number(digits) {
        Some(n) if !negative && n <= COUNT_MAX => Ok(Some(n)),
        Some(_) => Err(FieldIssue::OutOfRange),
        None => Err(FieldIssue::NotANumber),
    }
}

/// A required whole count.
pub fn count(input: &str) -> Result<i64, FieldIssue> {
    optional_count(input)?.ok_or(FieldIssue::Required)
}

/// An optional decimal number in any digits (the Persian decimal mark U+066B, `/` or `.`)
/// within a range.
pub fn optional_decimal(input: &str, min: f64, max: f64) -> Result<Option<f64>, FieldIssue> {
    let folded = fold_digits(input.trim()).replace([PERSIAN_DECIMAL_MARK, '/'], ".");
    if folded.is_empty() {
        return Ok(None);
    }
    let ok_chars = folded
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == '-');
    let value: f64 = match ok_chars.then(|| folded.parse::<f64>()) {
        Some(Ok(v)) if v.is_finite() => v,
        _ => return Err(FieldIssue::NotANumber),
    };
    if value < min || value > max {
        return Err(FieldIssue::OutOfRange);
    }
    Ok(Some(value))
}

/// An optional calendar day typed in the Jalali calendar (`1403/02/15`, any digits); stored as
/// the Gregorian ISO day so both databases compare days as text.
pub fn optional_day(input: &str) -> Result<Option<NaiveDate>, FieldIssue> {
    if input.trim().is_empty() {
        return Ok(None);
    }
    JalaliDate::parse(input)
        .ok()
        .and_then(JalaliDate::to_gregorian)
        .map(Some)
        .ok_or(FieldIssue::InvalidDate)
}

/// A required Jalali day.
pub fn day(input: &str) -> Result<NaiveDate, FieldIssue> {
    optional_day(input)?.ok_or(FieldIssue::Required)
}

/// A required Jalali day that is not after `today` (what happened cannot be dated ahead).
pub fn past_day(input: &str, today: NaiveDate) -> Result<NaiveDate, FieldIssue> {
    match day(input)? {
        d if d > today => Err(FieldIssue::OutOfRange),
        d => Ok(d),
    }
}

/// The ISO text a day is stored as.
pub fn iso(day: NaiveDate) -> String {
    // Written by hand for the same reason as `parse_iso`.
    format!("{:04}-{:02}-{:02}", day.year(), day.month(), day.day())
}

/// A stored ISO day back as a date (None for empty or damaged values). Read by hand rather
/// than with chrono's format parser, which would otherwise be compiled into every island that
/// shows a day.
pub fn parse_iso(stored: &str) -> Option<NaiveDate> {
    let number = |part: &str, len: usize| {
        (part.len() == len && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    let mut parts = stored.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(
        i32::try_from(number(year, 4)?).ok()?,
        number(month, 2)?,
        number(day, 2)?,
    )
}

/// The end of a period may not come before its start.
pub fn period_end(since: NaiveDate, until: Option<NaiveDate>) -> Result<(), FieldIssue> {
    match until {
        Some(until) if until < since => Err(FieldIssue::EndsBeforeStart),
        _ => Ok(()),
    }
}

/// Whether two periods (inclusive days, `None` = open-ended) share at least one day.
pub fn periods_overlap(
    a: (NaiveDate, Option<NaiveDate>),
    b: (NaiveDate, Option<NaiveDate>),
) -> bool {
    let a_before_b_ends = b.1.is_none_or(|b_end| a.0 <= b_end);
    let b_before_a_ends = a.1.is_none_or(|a_end| b.0 <= a_end);
    a_before_b_ends && b_before_a_ends
}

/// An optional phone number: digits (any script), spaces, `+`, `-`, parentheses; 4 to 20 digits.
pub fn optional_phone(input: &str) -> Result<String, FieldIssue> {
    let value = fold_digits(input.trim());
    if value.is_empty() {
        return Ok(value);
    }
    let allowed = |c: char| c.is_ascii_digit() || " +-()".contains(c);
    let digits = value.chars().filter(char::is_ascii_digit).count();
    if !value.chars().all(allowed) || !(4..=20).contains(&digits) {
        return Err(FieldIssue::PhoneFormat);
    }
    Ok(value)
}

/// An optional web address; `example.org` gets `https://` in front.
pub fn optional_website(input: &str) -> Result<String, FieldIssue> {
    let value = input.trim();
    if value.is_empty() {
        return Ok(String::new());
    }
    let full = if value.starts_with("http://") || value.starts_with("https://") {
        value.to_string()
    } else {
        format!("https://{value}")
    };
    let host = full.split("://").nth(1).unwrap_or_default();
    let host = host.split('/').next().unwrap_or_default();
    let ok = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && !full.contains(char::is_whitespace)
        && full.chars().count() <= SHORT_TEXT_MAX as usize;
    if ok {
        Ok(full)
    } else {
        Err(FieldIssue::WebsiteFormat)
    }
}

/// One of a fixed set of codes.
pub fn choice<T>(input: &str, parse: impl Fn(&str) -> Option<T>) -> Result<T, FieldIssue> {
    if input.trim().is_empty() {
        return Err(FieldIssue::Required);
    }
    parse(input.trim()).ok_or(FieldIssue::InvalidChoice)
}

#[cfg(test)]
#[path = "directory_rules_tests.rs"]
mod tests;
