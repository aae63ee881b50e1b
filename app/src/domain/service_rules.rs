//! Hours of service and certificates: how hours are typed, which days may be reported, what
//! an edit or a centre's answer does to an entry, a volunteer's totals, which certificates
//! have fallen due, and the shape of a certificate's public code.
use super::codes::codes;
use super::digits::fold_digits;
use super::directory_rules::PERSIAN_DECIMAL_MARK;
use super::validation::FieldIssue;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

codes!(
    /// Reported by the volunteer (pending) until the centre approves or rejects it; recorded
    /// by the centre (approved at once). Any edit sends it back to pending.
    HoursState {
        Pending => "pending",
        Approved => "approved",
        Rejected => "rejected",
    }
);
codes!(
    /// Why a certificate was issued: by hand, or at a threshold of hours or years.
    CertificateBasis {
        Manual => "manual",
        Hours => "hours",
        Years => "years",
    }
);

/// More than this in one day at one centre is a typing mistake.
pub const MAX_MINUTES_A_DAY: i64 = 16 * 60;
/// How far back hours may still be reported or recorded.
pub const REPORT_WINDOW_DAYS: i64 = 365;
/// Hours of approved service at which a certificate is issued by itself.
pub const HOURS_THRESHOLDS: [i64; 3] = [50, 100, 500];
/// Years since the first approved day of service at which a certificate is issued by itself.
pub const YEARS_THRESHOLDS: [i64; 3] = [1, 3, 5];
/// Letters and digits nobody confuses when reading a printed code aloud (no I, L, O, 0, 1).
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LEN: usize = 10;

/// Hours as typed: a number ("3", "2.5", Persian digits with the Arabic decimal mark, "2/5" as Persian writers write a decimal) or
/// hours and minutes ("2:30"), in any digits; answers whole minutes.
pub fn minutes(input: &str) -> Result<i64, FieldIssue> {
    let folded = fold_digits(input.trim());
    if folded.is_empty() {
        return Err(FieldIssue::Required);
    }
    let value = if let Some((h, m)) = folded.split_once(':') {
        let (h, m) = (whole(h)?, whole(m)?);
        if m >= 60 {
            return Err(FieldIssue::NotANumber);
        }
        h.checked_mul(60).and_then(|h| h.checked_add(m))
    } else {
        let normal: String = folded
            .chars()
            .map(|c| {
                if c == PERSIAN_DECIMAL_MARK || matches!(c, '/' | ',') {
                    '.'
                } else {
                    c
                }
            })
            .collect();
        let (h, fraction) = normal.split_once('.').unwrap_or((&normal, ""));
        let h = if h.is_empty() { 0 } else { whole(h)? };
        let fraction = if fraction.is_empty() {
            0.0
        } else {
            format!("0.{}", whole(fraction).map(|_| fraction)?)
                .parse::<f64>()
                .map_err(|_| FieldIssue::NotANumber)?
        };
        h.checked_mul(60)
            .and_then(|m| m.checked_add((fraction * 60.0).round() as i64))
    };
    match value {
        Some(m) if (1..=MAX_MINUTES_A_DAY).contains(&m) => Ok(m),
        Some(_) => Err(FieldIssue::OutOfRange),
        None => Err(FieldIssue::OutOfRange),
    }
}

fn whole(part: &str) -> Result<i64, FieldIssue> {
    if part.is_empty() || part.len() > 6 || !part.chars().all(|c| c.is_ascii_digit()) {
        return Err(FieldIssue::NotANumber);
    }
    part.parse().map_err(|_| FieldIssue::NotANumber)
}

/// A day of service may be reported once it has come, and for a year after.
pub fn served_on(day: NaiveDate, today: NaiveDate) -> Result<NaiveDate, FieldIssue> {
    let oldest = today - chrono::Duration::days(REPORT_WINDOW_DAYS);
    if day > today || day < oldest {
        Err(FieldIssue::OutOfRange)
    } else {
        Ok(day)
    }
}

/// A day of service at a centre comes after the centre accepted the volunteer there.
pub fn after_placement(day: NaiveDate, accepted_on: Option<NaiveDate>) -> Result<(), FieldIssue> {
    match accepted_on {
        Some(accepted) if day < accepted => Err(FieldIssue::BeforePlacement),
        _ => Ok(()),
    }
}

/// The centre's answer to a pending entry.
pub fn decide(state: HoursState, approve: bool) -> Result<HoursState, FieldIssue> {
    match (state, approve) {
        (HoursState::Pending, true) => Ok(HoursState::Approved),
        (HoursState::Pending, false) => Ok(HoursState::Rejected),
        _ => Err(FieldIssue::NoSuchMove),
    }
}

/// What an edit by the volunteer does: whatever the entry was, it waits for the centre again.
pub fn after_edit(_was: HoursState) -> HoursState {
    HoursState::Pending
}

/// One entry of hours as totals read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Served {
    pub centre_id: i64,
    pub role_id: i64,
    pub day: NaiveDate,
    pub minutes: i64,
    pub state: HoursState,
}

/// A volunteer's service in figures; only approved hours count, pending ones are shown apart.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub approved_minutes: i64,
    pub pending_minutes: i64,
    pub first_day: Option<NaiveDate>,
    pub last_day: Option<NaiveDate>,
    /// Approved minutes per centre and per role, the most first (ties by id).
    pub by_centre: Vec<(i64, i64)>,
    pub by_role: Vec<(i64, i64)>,
}

pub fn totals(entries: &[Served]) -> Totals {
    let mut t = Totals::default();
    let mut centres: HashMap<i64, i64> = HashMap::new();
    let mut roles: HashMap<i64, i64> = HashMap::new();
    for e in entries {
        match e.state {
            HoursState::Pending => t.pending_minutes += e.minutes,
            HoursState::Rejected => {}
            HoursState::Approved => {
                t.approved_minutes += e.minutes;
                *centres.entry(e.centre_id).or_default() += e.minutes;
                *roles.entry(e.role_id).or_default() += e.minutes;
                t.first_day = Some(t.first_day.map_or(e.day, |d| d.min(e.day)));
                t.last_day = Some(t.last_day.map_or(e.day, |d| d.max(e.day)));
            }
        }
    }
    t.by_centre = most_first(centres);
    t.by_role = most_first(roles);
    t
}

fn most_first(map: HashMap<i64, i64>) -> Vec<(i64, i64)> {
    let mut list: Vec<(i64, i64)> = map.into_iter().collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    list
}

/// Whole years from `from` to `to` (a year is complete on the same month and day).
pub fn whole_years(from: NaiveDate, to: NaiveDate) -> i64 {
    if to < from {
        return 0;
    }
    let mut years = i64::from(to.year() - from.year());
    if (to.month(), to.day()) < (from.month(), from.day()) {
        years -= 1;
    }
    years.max(0)
}

/// The certificates now due: per basis, the highest threshold reached, unless one as high or
/// higher is already held (a volunteer at 120 hours gets the 100-hour certificate, once).
pub fn due(
    approved_minutes: i64,
    first_day: Option<NaiveDate>,
    today: NaiveDate,
    held: &[(CertificateBasis, i64)],
) -> Vec<(CertificateBasis, i64)> {
    let hours = approved_minutes / 60;
    let years = first_day.map_or(0, |d| whole_years(d, today));
    let mut due = Vec::new();
    for (basis, reached, thresholds) in [
        (CertificateBasis::Hours, hours, HOURS_THRESHOLDS),
        (CertificateBasis::Years, years, YEARS_THRESHOLDS),
    ] {
        let Some(top) = thresholds.iter().copied().filter(|t| reached >= *t).max() else {
            continue;
        };
        let has = held.iter().any(|(b, t)| *b == basis && *t >= top);
        if !has {
            due.push((basis, top));
        }
    }
    due
}

/// A certificate needs some approved service to certify.
pub fn may_issue(approved_minutes: i64) -> Result<(), FieldIssue> {
    if approved_minutes > 0 {
        Ok(())
    } else {
        Err(FieldIssue::NotAllowedNow)
    }
}

/// A certificate's code from 64 random bits: ten characters read aloud without confusion,
/// shown as two groups of five.
pub fn certificate_code(mut random: u64) -> String {
    let mut code = String::with_capacity(CODE_LEN + 1);
    for i in 0..CODE_LEN {
        if i == CODE_LEN / 2 {
            code.push('-');
        }
        let n = CODE_ALPHABET.len() as u64;
        code.push(CODE_ALPHABET[(random % n) as usize] as char);
        random /= n;
    }
    code
}

/// A code as someone typed or followed it (any case, with or without the dash, spaces, any
/// digits): the stored form, or `None` when it cannot be a code.
pub fn normal_code(input: &str) -> Option<String> {
    let plain: String = fold_digits(input)
        .chars()
        .filter(|c| !matches!(c, '-' | ' '))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let fits = plain.len() == CODE_LEN && plain.bytes().all(|b| CODE_ALPHABET.contains(&b));
    fits.then(|| format!("{}-{}", &plain[..CODE_LEN / 2], &plain[CODE_LEN / 2..]))
}

#[cfg(test)]
#[path = "service_rules_tests.rs"]
mod tests;
