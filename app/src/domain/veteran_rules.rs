//! Veterans: the volunteers recognition events honour, by years of service (from the first
//! approved day) and approved hours; those who have died stay on the list, with a family
//! contact their intermediary keeps. Which of them a list shows, in which order, and what
//! recording a death or an honour must say.
use super::directory_rules::{optional_text, past_day, required_text, SHORT_TEXT_MAX};
use super::service_rules::whole_years;
use super::validation::FieldIssue;
use chrono::NaiveDate;

/// The years of service a list may ask for (none: everyone with approved service).
pub const YEAR_CHOICES: [i64; 4] = [0, 1, 3, 5];

/// What a veterans list is filtered by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct VeteranFilter {
    pub min_years: i64,
    pub min_hours: i64,
    /// Only those who served at this centre.
    pub centre: Option<i64>,
    /// Only those never honoured.
    pub not_honoured: bool,
}

impl VeteranFilter {
    /// From the list's address: unknown year choices fall back to one year, hours are clamped
    /// to 0..=100 000.
    pub fn from_query(
        years: Option<i64>,
        hours: Option<i64>,
        centre: Option<i64>,
        not_honoured: bool,
    ) -> Self {
        VeteranFilter {
            min_years: years.filter(|y| YEAR_CHOICES.contains(y)).unwrap_or(1),
            min_hours: hours.unwrap_or(0).clamp(0, 100_000),
            centre: centre.filter(|c| *c > 0),
            not_honoured,
        }
    }
}

/// One volunteer's service as the list weighs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Service {
    pub minutes: i64,
    pub first_day: NaiveDate,
    pub honoured: bool,
}

/// Whole years of service on `today` (or on the day they died).
pub fn years(first_day: NaiveDate, today: NaiveDate, died_on: Option<NaiveDate>) -> i64 {
    whole_years(first_day, died_on.map_or(today, |d| d.min(today)))
}

/// Whether a volunteer belongs on the list `filter` asks for (the centre is the query's).
pub fn listed(s: Service, years: i64, filter: VeteranFilter) -> bool {
    years >= filter.min_years
        && s.minutes >= filter.min_hours * 60
        && !(filter.not_honoured && s.honoured)
}

/// The longest serving first, then the most hours.
pub fn order(a: (i64, i64), b: (i64, i64)) -> std::cmp::Ordering {
    b.0.cmp(&a.0).then(b.1.cmp(&a.1))
}

/// A death as recorded: the day (not ahead) and a family contact (required: the family is
/// whom recognition then reaches).
pub fn death(
    day: &str,
    family_contact: &str,
    today: NaiveDate,
) -> (Result<NaiveDate, FieldIssue>, Result<String, FieldIssue>) {
    (
        past_day(day, today),
        required_text(family_contact, SHORT_TEXT_MAX),
    )
}

/// An honour as recorded: the day (not ahead) and the occasion (optional).
pub fn honour(
    day: &str,
    occasion: &str,
    today: NaiveDate,
) -> (Result<NaiveDate, FieldIssue>, Result<String, FieldIssue>) {
    (
        past_day(day, today),
        optional_text(occasion, SHORT_TEXT_MAX),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_filter_reads_the_address_safely() {
        let f = VeteranFilter::from_query(Some(3), Some(-5), Some(0), true);
        assert_eq!(
            (f.min_years, f.min_hours, f.centre, f.not_honoured),
            (3, 0, None, true)
        );
        assert_eq!(
            VeteranFilter::from_query(Some(2), None, Some(7), false).min_years,
            1
        );
        assert_eq!(
            VeteranFilter::from_query(None, Some(i64::MAX), None, false).min_hours,
            100_000
        );
        assert_eq!(
            VeteranFilter::from_query(Some(0), None, None, false).min_years,
            0
        );
    }

    #[test]
    fn years_stop_counting_on_the_day_someone_died() {
        let first = d("2020-03-01");
        assert_eq!(years(first, d("2026-12-01"), None), 6);
        assert_eq!(years(first, d("2026-12-01"), Some(d("2023-02-28"))), 2);
        assert_eq!(years(first, d("2026-12-01"), Some(d("2030-01-01"))), 6);
    }

    #[test]
    fn the_list_keeps_those_who_reach_its_years_and_hours() {
        let s = Service {
            minutes: 120 * 60,
            first_day: d("2020-01-01"),
            honoured: true,
        };
        let f = VeteranFilter {
            min_years: 3,
            min_hours: 100,
            ..VeteranFilter::default()
        };
        assert!(listed(s, 3, f));
        assert!(!listed(s, 2, f));
        assert!(!listed(
            Service {
                minutes: 99 * 60,
                ..s
            },
            5,
            f
        ));
        assert!(!listed(
            s,
            5,
            VeteranFilter {
                not_honoured: true,
                ..f
            }
        ));
        let mut list = vec![(1, 900), (5, 10), (5, 600)];
        list.sort_by(|a, b| order(*a, *b));
        assert_eq!(list, vec![(5, 600), (5, 10), (1, 900)]);
    }

    #[test]
    fn a_death_needs_a_past_day_and_a_family_contact() {
        let today = d("2026-12-01");
        let (day, contact) = death("1405/09/20", " ", today);
        assert_eq!(day, Err(FieldIssue::OutOfRange));
        assert_eq!(contact, Err(FieldIssue::Required));
        let (day, contact) = death("1404/01/01", "Son: 0912 000 0000", today);
        assert!(day.is_ok() && contact.is_ok());
        let (day, occasion) = honour("", "", today);
        assert_eq!(
            (day, occasion),
            (Err(FieldIssue::Required), Ok(String::new()))
        );
    }
}
