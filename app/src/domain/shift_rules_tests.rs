use super::*;
use crate::domain::reminders::iran_time;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> i64 {
    utc_ms_of_iran(day(y, m, d).and_hms_opt(h, min, 0).unwrap())
}

#[test]
fn slots_are_whole_numbers_in_range_in_any_digits() {
    assert_eq!(slots("\u{6f5}"), Ok(5));
    assert_eq!(slots(" 200 "), Ok(200));
    assert_eq!(slots("0"), Err(FieldIssue::OutOfRange));
    assert_eq!(slots("201"), Err(FieldIssue::OutOfRange));
    assert!(slots("two").is_err());
    assert_eq!(slots(""), Err(FieldIssue::Required));
}

#[test]
fn a_shift_is_planned_from_today_to_a_year_ahead() {
    let today = day(2026, 12, 1);
    assert_eq!(shift_day(today, today), Ok(today));
    assert_eq!(
        shift_day(day(2026, 11, 30), today),
        Err(FieldIssue::OutOfRange)
    );
    assert_eq!(
        shift_day(day(2027, 12, 2), today),
        Err(FieldIssue::OutOfRange)
    );
    assert!(shift_day(day(2027, 12, 1), today).is_ok());
}

#[test]
fn times_are_read_in_any_digits_and_must_end_after_they_start() {
    assert_eq!(
        times("9:00", "\u{6f1}\u{6f2}:\u{6f3}\u{6f0}"),
        (Ok("09:00".into()), Ok("12:30".into()))
    );
    assert_eq!(times("12:00", "12:00").1, Err(FieldIssue::EndsBeforeStart));
    assert_eq!(times("14:00", "09:00").1, Err(FieldIssue::EndsBeforeStart));
    let (start, end) = times("25:00", "");
    assert_eq!(start, Err(FieldIssue::InvalidTime));
    assert_eq!(end, Err(FieldIssue::Required));
    assert_eq!(length_minutes("09:00", "12:30"), 210);
    assert_eq!(length_minutes("12:30", "09:00"), 0);
    assert_eq!(length_minutes("x", "09:00"), 0);
}

#[test]
fn a_shift_starts_at_its_time_in_iran() {
    let ms = starts_ms(day(2026, 12, 5), "09:30");
    assert_eq!(
        iran_time(ms),
        day(2026, 12, 5).and_hms_opt(9, 30, 0).unwrap()
    );
    // Iran is UTC+3:30: 09:30 there is 06:00 UTC.
    assert_eq!(ms % (24 * 3600 * 1000), 6 * 3600 * 1000);
}

#[test]
fn the_reminder_goes_the_morning_before_and_the_seat_is_confirmed_by_the_evening() {
    let shift_day = day(2026, 12, 5);
    assert_eq!(remind_from(shift_day), at(2026, 12, 4, 8, 0));
    assert_eq!(confirm_by(shift_day), at(2026, 12, 4, 20, 0));
    assert!(!confirmed_on_booking(at(2026, 12, 4, 7, 59), shift_day));
    assert!(confirmed_on_booking(at(2026, 12, 4, 8, 0), shift_day));
}

#[test]
fn seats_fill_then_people_wait() {
    assert_eq!(seat(0, 1), SignupState::Booked);
    assert_eq!(seat(2, 3), SignupState::Booked);
    assert_eq!(seat(3, 3), SignupState::Waiting);
    assert_eq!(seat(4, 3), SignupState::Waiting);
}

#[test]
fn sign_up_is_open_until_the_shift_starts_unless_cancelled() {
    let shift = ShiftMoment {
        cancelled: false,
        starts_ms: at(2026, 12, 5, 9, 0),
    };
    assert!(open_for_signup(shift, at(2026, 12, 5, 8, 59)).is_ok());
    assert_eq!(
        open_for_signup(shift, at(2026, 12, 5, 9, 0)),
        Err(FieldIssue::NotAllowedNow)
    );
    let cancelled = ShiftMoment {
        cancelled: true,
        ..shift
    };
    assert!(open_for_signup(cancelled, at(2026, 12, 1, 9, 0)).is_err());
}

#[test]
fn unconfirmed_seats_are_freed_after_the_deadline_and_before_the_shift() {
    let d = day(2026, 12, 5);
    let shift = ShiftMoment {
        cancelled: false,
        starts_ms: at(2026, 12, 5, 9, 0),
    };
    let booked = SignupState::Booked;
    assert!(may_confirm(booked, false, at(2026, 12, 4, 19, 59), d));
    assert!(!may_confirm(booked, true, at(2026, 12, 4, 10, 0), d));
    assert!(!may_confirm(booked, false, at(2026, 12, 4, 20, 0), d));
    assert!(!may_confirm(
        SignupState::Waiting,
        false,
        at(2026, 12, 4, 10, 0),
        d
    ));
    assert!(!to_free(booked, false, at(2026, 12, 4, 19, 59), shift, d));
    assert!(to_free(booked, false, at(2026, 12, 4, 20, 0), shift, d));
    assert!(!to_free(booked, true, at(2026, 12, 4, 20, 0), shift, d));
    assert!(!to_free(booked, false, at(2026, 12, 5, 9, 0), shift, d));
    assert!(!to_free(
        SignupState::Waiting,
        false,
        at(2026, 12, 4, 21, 0),
        shift,
        d
    ));
}

#[test]
fn attendance_is_recorded_once_the_shift_started_within_a_year() {
    let d = day(2026, 12, 5);
    let shift = ShiftMoment {
        cancelled: false,
        starts_ms: at(2026, 12, 5, 9, 0),
    };
    assert!(!attendance_open(
        d,
        shift,
        at(2026, 12, 5, 8, 0),
        day(2026, 12, 5)
    ));
    assert!(attendance_open(
        d,
        shift,
        at(2026, 12, 5, 9, 0),
        day(2026, 12, 5)
    ));
    assert!(!attendance_open(
        d,
        shift,
        at(2028, 1, 1, 9, 0),
        day(2028, 1, 1)
    ));
    let cancelled = ShiftMoment {
        cancelled: true,
        ..shift
    };
    assert!(!attendance_open(
        d,
        cancelled,
        at(2026, 12, 5, 10, 0),
        day(2026, 12, 5)
    ));
}

#[test]
fn shifts_overlap_when_their_times_cross() {
    assert!(overlap(("09:00", "12:00"), ("11:00", "13:00")));
    assert!(overlap(("09:00", "12:00"), ("09:30", "10:00")));
    assert!(!overlap(("09:00", "12:00"), ("12:00", "13:00")));
    assert!(!overlap(("14:00", "15:00"), ("09:00", "12:00")));
}
