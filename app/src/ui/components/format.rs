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
