//! Figures of the volunteer network for the dashboard: approved hours per Jalali month, and
//! how much of what centres ask for is filled.
use super::jalali::JalaliDate;
use chrono::NaiveDate;

/// A Jalali month, as (year, month).
pub type Month = (i32, u32);

/// The `count` Jalali months that end with `today`'s, oldest first.
pub fn last_months(today: NaiveDate, count: usize) -> Vec<Month> {
    let Some(now) = JalaliDate::from_gregorian(today) else {
        return Vec::new();
    };
    let mut months = Vec::with_capacity(count);
    let (mut year, mut month) = (now.year, now.month);
    for _ in 0..count {
        months.push((year, month));
        if month == 1 {
            year -= 1;
            month = 12;
        } else {
            month -= 1;
        }
    }
    months.reverse();
    months
}

/// Minutes per month of `months` (zeros included) from (day, minutes) totals; days in other
/// months are left out.
pub fn minutes_by_month(days: &[(NaiveDate, i64)], months: &[Month]) -> Vec<(Month, i64)> {
    let mut totals: Vec<(Month, i64)> = months.iter().map(|m| (*m, 0)).collect();
    for (day, minutes) in days {
        let Some(j) = JalaliDate::from_gregorian(*day) else {
            continue;
        };
        if let Some(slot) = totals.iter_mut().find(|(m, _)| *m == (j.year, j.month)) {
            slot.1 += minutes;
        }
    }
    totals
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn months_run_back_across_the_new_year() {
        // 2026-04-05 is 1405/01/16.
        assert_eq!(
            last_months(d("2026-04-05"), 3),
            vec![(1404, 11), (1404, 12), (1405, 1)]
        );
        assert_eq!(last_months(d("2026-04-05"), 0), vec![]);
    }

    #[test]
    fn minutes_fall_in_their_jalali_month() {
        let months = last_months(d("2026-04-05"), 2);
        let days = [
            (d("2026-03-20"), 60),  // 1404/12/29
            (d("2026-03-21"), 90),  // 1405/01/01
            (d("2026-04-05"), 30),  // 1405/01/16
            (d("2025-01-01"), 600), // long before: left out
        ];
        assert_eq!(
            minutes_by_month(&days, &months),
            vec![((1404, 12), 60), ((1405, 1), 120)]
        );
        assert_eq!(
            minutes_by_month(&[], &months),
            vec![((1404, 12), 0), ((1405, 1), 0)]
        );
    }
}
