//! Jalali (Solar Hijri) dates: every date a person reads is shown in this calendar, in Iran time.
//! The arithmetic comes from the `parsidate` crate; this module fixes our formats and parsing.

use super::digits::{fold_digits, to_persian_digits};
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use parsidate::ParsiDate;
use serde::{Deserialize, Serialize};

/// Iran Standard Time, UTC+03:30 (no daylight saving since 2022).
pub const IRAN_OFFSET_SECONDS: i32 = 3 * 3600 + 30 * 60;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct JalaliDate {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateInputError {
    Malformed,
    OutOfRange,
}

impl JalaliDate {
    pub fn new(year: i32, month: u32, day: u32) -> Result<Self, DateInputError> {
        ParsiDate::new(year, month, day)
            .map(|d| Self::from_parsi(&d))
            .map_err(|_| DateInputError::OutOfRange)
    }

    pub fn from_gregorian(date: NaiveDate) -> Option<Self> {
        ParsiDate::from_gregorian(date)
            .ok()
            .map(|d| Self::from_parsi(&d))
    }

    pub fn to_gregorian(self) -> Option<NaiveDate> {
        ParsiDate::new(self.year, self.month, self.day)
            .ok()?
            .to_gregorian()
            .ok()
    }

    /// The Jalali date, in Iran, of a moment stored as Unix milliseconds.
    pub fn from_unix_ms(ms: i64) -> Option<Self> {
        let offset = FixedOffset::east_opt(IRAN_OFFSET_SECONDS)?;
        let moment: DateTime<Utc> = DateTime::from_timestamp_millis(ms)?;
        Self::from_gregorian(moment.with_timezone(&offset).date_naive())
    }

    pub fn is_leap_year(year: i32) -> bool {
        ParsiDate::is_persian_leap_year(year)
    }

    /// Reads `1402/05/28`, `1402-5-28` or `۱۴۰۲/۰۵/۲۸` (any digits, `/`, `-` or `.` between parts).
    pub fn parse(input: &str) -> Result<Self, DateInputError> {
        let folded = fold_digits(input.trim());
        let parts: Vec<&str> = folded.split(['/', '-', '.']).collect();
        let [y, m, d] = parts.as_slice() else {
            return Err(DateInputError::Malformed);
        };
        let number = |s: &str| -> Result<u32, DateInputError> {
            if s.is_empty() || s.len() > 4 || !s.chars().all(|c| c.is_ascii_digit()) {
                return Err(DateInputError::Malformed);
            }
            s.parse().map_err(|_| DateInputError::Malformed)
        };
        let (year, month, day) = (number(y)?, number(m)?, number(d)?);
        if y.len() != 4 {
            return Err(DateInputError::Malformed);
        }
        Self::new(year as i32, month, day)
    }

    /// `1402/05/28` in ASCII digits (for inputs and exports).
    pub fn to_numeric(self) -> String {
        format!("{:04}/{:02}/{:02}", self.year, self.month, self.day)
    }

    /// The numeric form, with Persian digits when `persian`.
    pub fn display_numeric(self, persian: bool) -> String {
        let s = self.to_numeric();
        if persian {
            to_persian_digits(&s)
        } else {
            s
        }
    }

    /// The long form, `28 Mordad 1402`, with the month name supplied by the locale files.
    pub fn display_long(self, month_name: &str, persian: bool) -> String {
        let s = format!("{} {} {}", self.day, month_name, self.year);
        if persian {
            to_persian_digits(&s)
        } else {
            s
        }
    }

    fn from_parsi(d: &ParsiDate) -> Self {
        Self {
            year: d.year(),
            month: d.month(),
            day: d.day(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn known_conversions() {
        let cases = [
            ((1402, 5, 28), g(2023, 8, 19)),
            ((1398, 12, 4), g(2020, 2, 23)),
            ((1403, 1, 1), g(2024, 3, 20)),
            ((1399, 12, 30), g(2021, 3, 20)),
            ((1357, 11, 22), g(1979, 2, 11)),
        ];
        for ((y, m, d), greg) in cases {
            let j = JalaliDate::new(y, m, d).unwrap();
            assert_eq!(j.to_gregorian(), Some(greg), "{y}/{m}/{d}");
            assert_eq!(JalaliDate::from_gregorian(greg), Some(j), "{greg}");
        }
    }

    #[test]
    fn leap_years() {
        assert!(JalaliDate::is_leap_year(1399));
        assert!(JalaliDate::is_leap_year(1403));
        assert!(!JalaliDate::is_leap_year(1402));
        assert!(JalaliDate::new(1403, 12, 30).is_ok());
        assert_eq!(
            JalaliDate::new(1402, 12, 30),
            Err(DateInputError::OutOfRange)
        );
    }

    #[test]
    fn parses_any_digits_and_separators() {
        let expected = JalaliDate::new(1402, 5, 28).unwrap();
        assert_eq!(JalaliDate::parse("1402/05/28"), Ok(expected));
        assert_eq!(JalaliDate::parse("۱۴۰۲/۰۵/۲۸"), Ok(expected));
        assert_eq!(JalaliDate::parse("١٤٠٢-٥-٢٨"), Ok(expected));
        assert_eq!(JalaliDate::parse(" 1402.5.28 "), Ok(expected));
    }

    #[test]
    fn rejects_bad_dates() {
        assert_eq!(JalaliDate::parse(""), Err(DateInputError::Malformed));
        assert_eq!(JalaliDate::parse("1402/05"), Err(DateInputError::Malformed));
        assert_eq!(
            JalaliDate::parse("02/05/28"),
            Err(DateInputError::Malformed)
        );
        assert_eq!(
            JalaliDate::parse("1402/13/01"),
            Err(DateInputError::OutOfRange)
        );
        assert_eq!(
            JalaliDate::parse("1402/07/31"),
            Err(DateInputError::OutOfRange)
        );
        assert_eq!(
            JalaliDate::parse("abcd/01/01"),
            Err(DateInputError::Malformed)
        );
    }

    #[test]
    fn unix_time_is_read_in_iran_time() {
        // 2023-08-18T21:00:00Z is already 2023-08-19 00:30 in Tehran.
        let ms = 1_692_392_400_000;
        assert_eq!(
            JalaliDate::from_unix_ms(ms),
            JalaliDate::new(1402, 5, 28).ok()
        );
    }

    #[test]
    fn formats() {
        let d = JalaliDate::new(1402, 5, 8).unwrap();
        assert_eq!(d.to_numeric(), "1402/05/08");
        assert_eq!(d.display_numeric(true), "۱۴۰۲/۰۵/۰۸");
        assert_eq!(d.display_long("Mordad", false), "8 Mordad 1402");
    }
}
