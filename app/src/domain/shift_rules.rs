//! Opportunities and their shifts: what a shift must say, who gets a seat and who waits, when
//! the reminder goes and by when it must be confirmed, and how long an attended shift counts.
//! Times are wall-clock times in Iran; the day before a shift is the day of its reminder.
use super::codes::codes;
use super::directory_rules::count;
use super::meeting_rules::time_of_day;
use super::reminders::{utc_ms_of_iran, DAY_STARTS_HOUR};
use super::validation::FieldIssue;
use chrono::{Duration, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

codes!(
    /// Booked (a seat) or waiting (the list moves up by itself when a seat frees); cancelled by
    /// the volunteer; freed when a booked volunteer did not confirm in time.
    SignupState {
        Booked => "booked",
        Waiting => "waiting",
        Cancelled => "cancelled",
        Freed => "freed",
    }
);

/// The most seats one shift offers.
pub const MAX_SLOTS: i64 = 200;
/// How far ahead a shift may be planned.
pub const PLAN_AHEAD_DAYS: i64 = 365;
/// The hour (Iran time) of the day before a shift by which a booked seat must be confirmed.
pub const CONFIRM_BY_HOUR: u32 = 20;

/// A shift as typed, checked: its day, start and end (`HH:MM`) and seats.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShiftFields {
    pub day: NaiveDate,
    pub starts: String,
    pub ends: String,
    pub slots: i64,
}

/// How many seats a shift offers: a whole number from 1 to `MAX_SLOTS`.
pub fn slots(input: &str) -> Result<i64, FieldIssue> {
    let n = count(input)?;
    if (1..=MAX_SLOTS).contains(&n) {
        Ok(n)
    } else {
        Err(FieldIssue::OutOfRange)
    }
}

/// A shift's day: from today to a year ahead.
pub fn shift_day(day: NaiveDate, today: NaiveDate) -> Result<NaiveDate, FieldIssue> {
    if day < today || day > today + Duration::days(PLAN_AHEAD_DAYS) {
        Err(FieldIssue::OutOfRange)
    } else {
        Ok(day)
    }
}

/// The start and end of a shift, typed in any digits; it ends after it starts, the same day.
pub fn times(starts: &str, ends: &str) -> (Result<String, FieldIssue>, Result<String, FieldIssue>) {
    let starts = time_of_day(starts);
    let ends = match (time_of_day(ends), &starts) {
        (Ok(end), Ok(start)) if end <= *start => Err(FieldIssue::EndsBeforeStart),
        (end, _) => end,
    };
    (starts, ends)
}

/// Minutes between two `HH:MM` times of one day (0 when either is unreadable).
pub fn length_minutes(starts: &str, ends: &str) -> i64 {
    let at = |t: &str| NaiveTime::parse_from_str(t, "%H:%M").ok();
    match (at(starts), at(ends)) {
        (Some(s), Some(e)) if e > s => (e - s).num_minutes(),
        _ => 0,
    }
}

/// The Unix milliseconds a shift starts at.
pub fn starts_ms(day: NaiveDate, starts: &str) -> i64 {
    let time = NaiveTime::parse_from_str(starts, "%H:%M").unwrap_or_default();
    utc_ms_of_iran(day.and_time(time))
}

/// When the reminder goes: the morning of the day before (when messages may go out).
pub fn remind_from(day: NaiveDate) -> i64 {
    let before = day - Duration::days(1);
    utc_ms_of_iran(
        before
            .and_hms_opt(DAY_STARTS_HOUR, 0, 0)
            .unwrap_or_default(),
    )
}

/// By when a booked seat must be confirmed: the evening of the day before, or the seat goes
/// to the first person waiting.
pub fn confirm_by(day: NaiveDate) -> i64 {
    let before = day - Duration::days(1);
    utc_ms_of_iran(
        before
            .and_hms_opt(CONFIRM_BY_HOUR, 0, 0)
            .unwrap_or_default(),
    )
}

/// A seat taken once the reminder went out (a late sign-up, or a move up the list) counts as
/// confirmed: the person chose it knowing the day is near.
pub fn confirmed_on_booking(now: i64, day: NaiveDate) -> bool {
    now >= remind_from(day)
}

/// A seat or a place on the waiting list, from how many seats are taken.
pub fn seat(booked: i64, slots: i64) -> SignupState {
    if booked < slots {
        SignupState::Booked
    } else {
        SignupState::Waiting
    }
}

/// What someone may still do with a shift at `now`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShiftMoment {
    pub cancelled: bool,
    pub starts_ms: i64,
}

/// Signing up, cancelling and confirming are for shifts that have not started.
pub fn open_for_signup(shift: ShiftMoment, now: i64) -> Result<(), FieldIssue> {
    if shift.cancelled || now >= shift.starts_ms {
        Err(FieldIssue::NotAllowedNow)
    } else {
        Ok(())
    }
}

/// The volunteer confirms a booked seat that is not confirmed, before the deadline.
pub fn may_confirm(state: SignupState, confirmed: bool, now: i64, day: NaiveDate) -> bool {
    state == SignupState::Booked && !confirmed && now < confirm_by(day)
}

/// A booked seat never confirmed is freed once the deadline passed and before the shift.
pub fn to_free(
    state: SignupState,
    confirmed: bool,
    now: i64,
    shift: ShiftMoment,
    day: NaiveDate,
) -> bool {
    state == SignupState::Booked && !confirmed && now >= confirm_by(day) && now < shift.starts_ms
}

/// Attendance is recorded once the shift started, within a year.
pub fn attendance_open(day: NaiveDate, shift: ShiftMoment, now: i64, today: NaiveDate) -> bool {
    !shift.cancelled && now >= shift.starts_ms && day >= today - Duration::days(365)
}

/// Whether two shifts of one day overlap (`HH:MM` strings compare as times).
pub fn overlap(a: (&str, &str), b: (&str, &str)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

#[cfg(test)]
#[path = "shift_rules_tests.rs"]
mod tests;
