//! What a report covers and how it is numbered: a campaign, or a Jalali month, season or year
//! read as the Gregorian days it spans; frozen reports numbered within the Jalali year they were
//! frozen in.
use super::codes::codes;
use super::digits::parse_number;
use super::jalali::JalaliDate;
use super::validation::FieldIssue;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The earliest year a period report may cover (the secretariat kept no records before).
pub const FIRST_YEAR: i32 = 1390;
/// Frozen reports on a page of the list.
pub const REPORTS_PAGE: i64 = 20;
/// At most this many selected accounts go into one report (the latest first).
pub const ACCOUNTS_MAX: i64 = 30;
/// The JSON export's format version: the national headquarters merges files of one version.
pub const EXPORT_FORMAT: u32 = 1;

codes!(
    /// What a report covers: a campaign, or a Jalali year, season or month.
    ScopeKind { Campaign => "campaign", Year => "year", Season => "season", Month => "month" }
);

/// A Jalali period: a year, one of its seasons (1 = spring … 4 = winter) or one of its months.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Period {
    Year(i32),
    Season(i32, u32),
    Month(i32, u32),
}

impl Period {
    pub fn kind(self) -> ScopeKind {
        match self {
            Period::Year(_) => ScopeKind::Year,
            Period::Season(..) => ScopeKind::Season,
            Period::Month(..) => ScopeKind::Month,
        }
    }

    pub fn year(self) -> i32 {
        match self {
            Period::Year(y) | Period::Season(y, _) | Period::Month(y, _) => y,
        }
    }

    /// Which season or month (none for a year).
    pub fn number(self) -> Option<u32> {
        match self {
            Period::Year(_) => None,
            Period::Season(_, n) | Period::Month(_, n) => Some(n),
        }
    }

    /// The form's `part` value: empty for the whole year, `s1`–`s4`, `m1`–`m12`.
    pub fn part(self) -> String {
        match self {
            Period::Year(_) => String::new(),
            Period::Season(_, s) => format!("s{s}"),
            Period::Month(_, m) => format!("m{m}"),
        }
    }

    /// The first and last Jalali month it covers.
    fn months(self) -> (u32, u32) {
        match self {
            Period::Year(_) => (1, 12),
            Period::Season(_, s) => (s * 3 - 2, s * 3),
            Period::Month(_, m) => (m, m),
        }
    }

    /// The Gregorian days it spans, first and last (Esfand ends on the 29th or, in a leap
    /// year, the 30th).
    pub fn days(self) -> Option<(NaiveDate, NaiveDate)> {
        let (first, last) = self.months();
        let year = self.year();
        let start = JalaliDate::new(year, first, 1).ok()?.to_gregorian()?;
        let next = if last == 12 {
            JalaliDate::new(year + 1, 1, 1)
        } else {
            JalaliDate::new(year, last + 1, 1)
        };
        let end = next.ok()?.to_gregorian()?.pred_opt()?;
        Some((start, end))
    }

    /// Reads the period form: a year (any digits) from `FIRST_YEAR` to next year, and a part.
    /// The issue belongs to the year field unless the part is the one wrong.
    pub fn parse(
        year: &str,
        part: &str,
        this_year: i32,
    ) -> Result<Period, (&'static str, FieldIssue)> {
        let year = match parse_number(year) {
            None if year.trim().is_empty() => return Err(("year", FieldIssue::Required)),
            None => return Err(("year", FieldIssue::NotANumber)),
            Some(y) => i32::try_from(y).map_err(|_| ("year", FieldIssue::OutOfRange))?,
        };
        if !(FIRST_YEAR..=this_year + 1).contains(&year) {
            return Err(("year", FieldIssue::OutOfRange));
        }
        let part = part.trim();
        let number = |s: &str| s.parse::<u32>().ok();
        match (part.get(..1), part.get(1..).and_then(number)) {
            _ if part.is_empty() => Ok(Period::Year(year)),
            (Some("s"), Some(s)) if (1..=4).contains(&s) => Ok(Period::Season(year, s)),
            (Some("m"), Some(m)) if (1..=12).contains(&m) => Ok(Period::Month(year, m)),
            _ => Err(("part", FieldIssue::InvalidChoice)),
        }
    }
}

/// A frozen report's number as people cite it: the Jalali year it was frozen in and its place
/// among that year's reports, e.g. `1405-3`.
pub fn number(year: i64, serial: i64) -> String {
    format!("{year}-{serial}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn periods_span_their_days() {
        // 1405 begins on 21 March 2026; 1403 was a leap year (Esfand has 30 days).
        assert_eq!(
            Period::Year(1405).days(),
            Some((day(2026, 3, 21), day(2027, 3, 20)))
        );
        assert_eq!(
            Period::Season(1405, 1).days(),
            Some((day(2026, 3, 21), day(2026, 6, 21)))
        );
        assert_eq!(
            Period::Month(1405, 9).days(),
            Some((day(2026, 11, 22), day(2026, 12, 21)))
        );
        let (_, end) = Period::Month(1403, 12).days().unwrap();
        assert_eq!(end, day(2025, 3, 20));
        let (_, end) = Period::Season(1404, 4).days().unwrap();
        assert_eq!(end, day(2026, 3, 20));
    }

    #[test]
    fn the_form_is_read_with_any_digits() {
        assert_eq!(
            Period::parse("\u{06F1}\u{06F4}\u{06F0}\u{06F5}", "", 1405),
            Ok(Period::Year(1405))
        );
        assert_eq!(
            Period::parse("1404", "s4", 1405),
            Ok(Period::Season(1404, 4))
        );
        assert_eq!(
            Period::parse(" 1405 ", "m9", 1405),
            Ok(Period::Month(1405, 9))
        );
        assert_eq!(Period::Month(1405, 9).part(), "m9");
        assert_eq!(Period::Year(1405).part(), "");
    }

    #[test]
    fn bad_periods_are_refused_beside_their_field() {
        assert_eq!(
            Period::parse("", "", 1405),
            Err(("year", FieldIssue::Required))
        );
        assert_eq!(
            Period::parse("abc", "", 1405),
            Err(("year", FieldIssue::NotANumber))
        );
        assert_eq!(
            Period::parse("1389", "", 1405),
            Err(("year", FieldIssue::OutOfRange))
        );
        assert_eq!(
            Period::parse("1407", "", 1405),
            Err(("year", FieldIssue::OutOfRange))
        );
        assert_eq!(
            Period::parse("99999999999", "", 1405),
            Err(("year", FieldIssue::OutOfRange))
        );
        for bad in ["s0", "s5", "m13", "m0", "x1", "s", "m-1", "<b>"] {
            assert_eq!(
                Period::parse("1405", bad, 1405),
                Err(("part", FieldIssue::InvalidChoice)),
                "{bad}"
            );
        }
    }

    #[test]
    fn numbers_and_scopes() {
        assert_eq!(number(1405, 3), "1405-3");
        for k in ScopeKind::ALL {
            assert_eq!(ScopeKind::parse(k.as_str()), Some(*k));
        }
        assert_eq!(ScopeKind::parse("week"), None);
    }
}
