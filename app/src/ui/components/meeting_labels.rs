//! The words for meeting codes, from the locale.
use crate::domain::meeting_rules::{Attendance, DecisionStatus};
use crate::i18n::*;

pub fn attendance(a: Attendance) -> String {
    let i18n = use_i18n();
    match a {
        Attendance::Unknown => t_string!(i18n, meetings.attendance_unknown),
        Attendance::Present => t_string!(i18n, meetings.attendance_present),
        Attendance::Absent => t_string!(i18n, meetings.attendance_absent),
        Attendance::Excused => t_string!(i18n, meetings.attendance_excused),
    }
    .to_string()
}

pub fn decision_status(s: DecisionStatus) -> String {
    let i18n = use_i18n();
    match s {
        DecisionStatus::Open => t_string!(i18n, meetings.status_open),
        DecisionStatus::Done => t_string!(i18n, meetings.status_done),
        DecisionStatus::Overdue => t_string!(i18n, meetings.status_overdue),
    }
    .to_string()
}
