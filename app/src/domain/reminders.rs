//! Reminders and digests: which reminder an item earns on a given Iranian day, when messages
//! may go out (never at night in Iran), and which digest period a day belongs to. The queries
//! that find the items live in `server::db::reminders`; the sending in `server::reminders`.
use super::codes::codes;
use super::jalali::IRAN_OFFSET_SECONDS;
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike, Weekday};
use serde::{Deserialize, Serialize};

codes!(
    /// What a reminder is about; stored with each reminder given (once per item, person and day).
    ReminderRule {
        ReportSoon => "report_soon",
        ReportOverdue => "report_overdue",
        MilestoneTomorrow => "milestone_tomorrow",
        MilestoneOverdue => "milestone_overdue",
        TaskTomorrow => "task_tomorrow",
        TaskOverdue => "task_overdue",
        ProposalAtCommittee => "proposal_at_committee",
        ProposalAwaitingDecision => "proposal_awaiting_decision",
        OrganisationWaiting => "organisation_waiting",
        ActionUnclosed => "action_unclosed",
    }
);

/// The days the rules use; each can be changed in the server's configuration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReminderDays {
    /// A progress report is announced this many days before it falls due.
    pub report_before: i64,
    /// A proposal submitted to a committee this long without a referral or recommendation
    /// reminds its chair and secretary.
    pub at_committee: i64,
    /// A recommended proposal this long without a decision reminds officials.
    pub awaiting_decision: i64,
    /// An organisation waiting this long for verification reminds officials.
    pub organisation_waiting: i64,
}

impl Default for ReminderDays {
    fn default() -> Self {
        ReminderDays {
            report_before: 3,
            at_committee: 7,
            awaiting_decision: 7,
            organisation_waiting: 3,
        }
    }
}

/// Something still overdue is reminded of on its first day late and then once a week, so a
/// forgotten task does not fill an inbox every morning.
pub fn overdue_reminder_today(due: NaiveDate, today: NaiveDate) -> bool {
    let late = (today - due).num_days();
    late >= 1 && (late - 1) % 7 == 0
}

/// The reminder a dated item (a milestone, a task) earns today: the day before, or late.
pub fn dated(
    due: NaiveDate,
    today: NaiveDate,
    tomorrow: ReminderRule,
    overdue: ReminderRule,
) -> Option<ReminderRule> {
    if (due - today).num_days() == 1 {
        Some(tomorrow)
    } else if overdue_reminder_today(due, today) {
        Some(overdue)
    } else {
        None
    }
}

/// The reminder a progress report due on `due` earns today.
pub fn report(due: NaiveDate, today: NaiveDate, days: ReminderDays) -> Option<ReminderRule> {
    if (due - today).num_days() == days.report_before {
        Some(ReminderRule::ReportSoon)
    } else if overdue_reminder_today(due, today) {
        Some(ReminderRule::ReportOverdue)
    } else {
        None
    }
}

/// Whether something waiting since `since` is reminded of today: when it has waited `after`
/// days, and weekly after that.
pub fn waiting(since: NaiveDate, today: NaiveDate, after: i64) -> bool {
    let waited = (today - since).num_days();
    after >= 0 && waited >= after && (waited - after) % 7 == 0
}

/// The wall-clock time in Iran (which keeps UTC+3:30 all year since 2022) at `utc_ms`.
pub fn iran_time(utc_ms: i64) -> NaiveDateTime {
    let seconds = utc_ms.div_euclid(1000) + i64::from(IRAN_OFFSET_SECONDS);
    chrono::DateTime::from_timestamp(seconds, 0)
        .unwrap_or_default()
        .naive_utc()
}

/// The Unix milliseconds of a wall-clock time in Iran.
pub fn utc_ms_of_iran(local: NaiveDateTime) -> i64 {
    (local.and_utc().timestamp() - i64::from(IRAN_OFFSET_SECONDS)) * 1000
}

/// Messages that are not asked for at once (reminders, digests, text messages about events)
/// go out between 08:00 and 21:00 Iran time; at night they wait for the morning.
pub const DAY_STARTS_HOUR: u32 = 8;
pub const DAY_ENDS_HOUR: u32 = 21;

pub fn daytime_in_iran(utc_ms: i64) -> bool {
    let hour = iran_time(utc_ms).hour();
    (DAY_STARTS_HOUR..DAY_ENDS_HOUR).contains(&hour)
}

/// When a message held for the night may go: `utc_ms` itself by day, else the next 08:00.
pub fn next_daytime(utc_ms: i64) -> i64 {
    if daytime_in_iran(utc_ms) {
        return utc_ms;
    }
    let local = iran_time(utc_ms);
    let day = if local.hour() >= DAY_ENDS_HOUR {
        local.date() + Duration::days(1)
    } else {
        local.date()
    };
    utc_ms_of_iran(day.and_hms_opt(DAY_STARTS_HOUR, 0, 0).unwrap_or_default())
}

codes!(
    /// How often a person receives the digest of what waits for them.
    DigestChoice { Never => "none", Daily => "daily", Weekly => "weekly" }
);

/// The digest period `today` falls in (`None`: this person receives none): a daily digest per
/// day, a weekly one per Iranian week (from Saturday), so each is given once.
pub fn digest_period(choice: DigestChoice, today: NaiveDate) -> Option<String> {
    match choice {
        DigestChoice::Never => None,
        DigestChoice::Daily => Some(format!("d:{today}")),
        DigestChoice::Weekly => {
            let back = (today.weekday().num_days_from_monday() + 7
                - Weekday::Sat.num_days_from_monday())
                % 7;
            Some(format!("w:{}", today - Duration::days(i64::from(back))))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn ms(s: &str) -> i64 {
        // A UTC wall time, e.g. "2026-11-30T04:29:00".
        s.parse::<NaiveDateTime>()
            .unwrap()
            .and_utc()
            .timestamp_millis()
    }

    #[test]
    fn dated_items_are_reminded_the_day_before_and_weekly_when_late() {
        let due = day("2026-12-10");
        let (t, o) = (ReminderRule::TaskTomorrow, ReminderRule::TaskOverdue);
        assert_eq!(dated(due, day("2026-12-09"), t, o), Some(t));
        assert_eq!(dated(due, day("2026-12-10"), t, o), None);
        assert_eq!(dated(due, day("2026-12-08"), t, o), None);
        assert_eq!(dated(due, day("2026-12-11"), t, o), Some(o));
        for late in 2..8 {
            let today = due + Duration::days(late);
            assert_eq!(dated(due, today, t, o), None, "{late}");
        }
        assert_eq!(dated(due, day("2026-12-18"), t, o), Some(o));
        assert_eq!(dated(due, day("2026-12-25"), t, o), Some(o));
    }

    #[test]
    fn reports_are_announced_the_configured_days_before() {
        let days = ReminderDays::default();
        let due = day("2026-12-10");
        assert_eq!(
            report(due, day("2026-12-07"), days),
            Some(ReminderRule::ReportSoon)
        );
        assert_eq!(report(due, day("2026-12-08"), days), None);
        assert_eq!(
            report(due, day("2026-12-11"), days),
            Some(ReminderRule::ReportOverdue)
        );
        let five = ReminderDays {
            report_before: 5,
            ..days
        };
        assert_eq!(
            report(due, day("2026-12-05"), five),
            Some(ReminderRule::ReportSoon)
        );
        assert_eq!(report(due, day("2026-12-07"), five), None);
    }

    #[test]
    fn waiting_items_are_reminded_after_the_days_and_weekly() {
        let since = day("2026-11-01");
        assert!(!waiting(since, day("2026-11-07"), 7));
        assert!(waiting(since, day("2026-11-08"), 7));
        assert!(!waiting(since, day("2026-11-09"), 7));
        assert!(waiting(since, day("2026-11-15"), 7));
        assert!(waiting(since, day("2026-11-01"), 0));
        assert!(!waiting(since, day("2026-11-20"), -1));
    }

    #[test]
    fn iran_is_three_and_a_half_hours_ahead_all_year() {
        // 04:29 UTC is 07:59 in Tehran, in winter and in summer alike.
        assert!(!daytime_in_iran(ms("2026-11-30T04:29:00")));
        assert!(daytime_in_iran(ms("2026-11-30T04:30:00")));
        assert!(daytime_in_iran(ms("2026-07-01T04:30:00")));
        assert!(daytime_in_iran(ms("2026-11-30T17:29:00")));
        assert!(!daytime_in_iran(ms("2026-11-30T17:30:00")));
        // 21:00 UTC is already the next day in Iran.
        assert_eq!(
            iran_time(ms("2026-11-30T21:00:00")).date(),
            day("2026-12-01")
        );
    }

    #[test]
    fn night_messages_wait_for_eight_in_the_morning() {
        let morning = ms("2026-12-01T04:30:00");
        assert_eq!(next_daytime(ms("2026-11-30T18:00:00")), morning);
        assert_eq!(next_daytime(ms("2026-11-30T22:00:00")), morning);
        assert_eq!(next_daytime(ms("2026-12-01T01:00:00")), morning);
        let noon = ms("2026-12-01T08:30:00");
        assert_eq!(next_daytime(noon), noon);
    }

    #[test]
    fn digests_fall_in_a_day_or_an_iranian_week() {
        // 2026-11-28 is a Saturday.
        assert_eq!(digest_period(DigestChoice::Never, day("2026-11-30")), None);
        assert_eq!(
            digest_period(DigestChoice::Daily, day("2026-11-30")).as_deref(),
            Some("d:2026-11-30")
        );
        for d in ["2026-11-28", "2026-11-30", "2026-12-04"] {
            assert_eq!(
                digest_period(DigestChoice::Weekly, day(d)).as_deref(),
                Some("w:2026-11-28"),
                "{d}"
            );
        }
        assert_eq!(
            digest_period(DigestChoice::Weekly, day("2026-12-05")).as_deref(),
            Some("w:2026-12-05")
        );
    }
}
