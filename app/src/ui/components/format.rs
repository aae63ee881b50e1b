//! Numbers and dates as the reader expects them: Persian digits and Jalali dates in Persian.
use crate::domain::digits::to_persian_digits;
use crate::domain::jalali::JalaliDate;
use crate::i18n::*;

pub fn is_persian() -> bool {
    matches!(use_i18n().get_locale(), Locale::fa)
}

pub fn number(value: i64) -> String {
    let s = value.to_string();
    if is_persian() {
        to_persian_digits(&s)
    } else {
        s
    }
}

/// A stored moment (Unix ms) as a Jalali date.
pub fn date(ms: i64) -> String {
    JalaliDate::from_unix_ms(ms)
        .map(|d| d.display_numeric(is_persian()))
        .unwrap_or_default()
}

/// A stored ISO day (`2024-03-20`) as a Jalali date.
pub fn day(iso: &str) -> String {
    crate::domain::directory_rules::parse_iso(iso)
        .and_then(JalaliDate::from_gregorian)
        .map(|d| d.display_numeric(is_persian()))
        .unwrap_or_default()
}

/// A whole number with thousands separators in the reader's digits.
pub fn grouped(value: i64) -> String {
    crate::domain::digits::group_thousands(value, is_persian())
}

/// A decimal with `places` decimals in the reader's digits and decimal mark.
pub fn decimal(value: f64, places: usize) -> String {
    let s = format!("{value:.places$}");
    if is_persian() {
        let mark = td_string!(Locale::fa, directory.decimal_mark);
        to_persian_digits(&s.replace('.', mark))
    } else {
        s
    }
}

/// Text containing digits (a phone or registration number) in the reader's digits.
pub fn digits(text: &str) -> String {
    if is_persian() {
        to_persian_digits(text)
    } else {
        crate::domain::digits::fold_digits(text)
    }
}

/// Names joined with the reader's list separator.
pub fn list<I: IntoIterator<Item = String>>(items: I) -> String {
    let i18n = use_i18n();
    let separator = t_string!(i18n, directory.list_separator);
    items.into_iter().collect::<Vec<_>>().join(separator)
}

/// An amount of Rials with its Toman equivalent, e.g. "12,500,000 Rials (1,250,000 Toman)"
/// in the reader's digits and words.
pub fn rials(amount: i64) -> String {
    rials_in(use_i18n().get_locale(), amount)
}

/// `rials` in `locale`, for code that runs outside the page's language context (an island).
pub fn rials_in(locale: Locale, amount: i64) -> String {
    let persian = locale == Locale::fa;
    let group = |n| crate::domain::digits::group_thousands(n, persian);
    let (rials, toman) = (group(amount), group(crate::domain::money::toman(amount)));
    td_string!(
        locale,
        proposals.rials_and_toman,
        rials = rials,
        toman = toman
    )
    .to_string()
}

/// Minutes of service as hours: whole when whole, else to a tenth ("2.5"; never "0" for some).
pub fn hours(minutes: i64) -> String {
    if minutes % 60 == 0 {
        return grouped(minutes / 60);
    }
    let tenths = ((minutes as f64 / 6.0).round() as i64).max(1);
    if tenths % 10 == 0 {
        return grouped(tenths / 10);
    }
    let s = format!("{}.{}", tenths / 10, tenths % 10);
    if is_persian() {
        let mark = td_string!(Locale::fa, directory.decimal_mark);
        to_persian_digits(&s.replace('.', mark))
    } else {
        s.to_string()
    }
}

/// A stored ISO day as the numeric Jalali date a date field accepts back (`1405/09/10`).
pub fn day_input(iso: &str) -> String {
    crate::domain::directory_rules::parse_iso(iso)
        .and_then(JalaliDate::from_gregorian)
        .map(JalaliDate::to_numeric)
        .unwrap_or_default()
}

/// Minutes as hours a field accepts back ("2:30").
pub fn hours_input(minutes: i64) -> String {
    if minutes % 60 == 0 {
        (minutes / 60).to_string()
    } else {
        format!("{}:{:02}", minutes / 60, minutes % 60)
    }
}
