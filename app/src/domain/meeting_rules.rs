//! Committee meetings: who may schedule and record them, what a meeting and a decision must
//! say, whether enough members came (quorum), and where a decision stands.
use super::board_rules::TASK_TITLE_MAX;
use super::codes::codes;
use super::digits::fold_digits;
use super::directory_rules::{day, iso, optional_text, optional_website, required_text};
use super::normalize::fold_for_search;
use super::roles::CommitteeRole;
use super::validation::{FieldIssue, FormErrors};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

codes!(
    /// Whether an invited member came.
    Attendance { Unknown => "unknown", Present => "present", Absent => "absent", Excused => "excused" }
);
codes!(
    /// A decision is open until its task is done; open past its due day, it is overdue.
    DecisionStatus { Open => "open", Done => "done", Overdue => "overdue" }
);

/// The quorum when a committee has not said otherwise: more than half of those invited.
pub const DEFAULT_QUORUM_PERCENT: i64 = 50;
pub const AGENDA_TEXT_MAX: u32 = 500;
pub const DECISION_TEXT_MAX: u32 = 1000;
pub const MINUTES_MAX: u32 = 20_000;

/// Scheduling a meeting and recording it (attendance, minutes, decisions, publishing) is for
/// the committee's chair or secretary and for the secretariat's staff.
pub fn may_manage(staff: bool, seat: Option<CommitteeRole>) -> bool {
    staff || matches!(seat, Some(CommitteeRole::Chair | CommitteeRole::Secretary))
}

/// Reading a meeting is for anyone holding a seat on the committee, and for staff.
pub fn may_read(staff: bool, seat: Option<CommitteeRole>) -> bool {
    staff || seat.is_some()
}

/// Whether `present` of `invited` people make a quorum: strictly more than `percent` of them.
/// A meeting nobody was invited to has none.
pub fn has_quorum(present: usize, invited: usize, percent: i64) -> bool {
    invited > 0 && (present as i64) * 100 > percent * invited as i64
}

/// How many must be present for a quorum.
pub fn quorum_needed(invited: usize, percent: i64) -> usize {
    (percent.max(0) as usize * invited) / 100 + 1
}

/// Where a decision stands: done once its task is done; otherwise overdue after its due day.
pub fn decision_status(done: bool, due_on: Option<&str>, today: &str) -> DecisionStatus {
    match (done, due_on) {
        (true, _) => DecisionStatus::Done,
        (false, Some(due)) if due < today => DecisionStatus::Overdue,
        _ => DecisionStatus::Open,
    }
}

/// A meeting as typed: the day in the Jalali calendar, the time as `HH:MM` (any digits).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingText {
    pub title: String,
    pub held_on: String,
    pub starts_at: String,
    pub place: String,
    pub online_link: String,
    pub quorum_percent: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeetingFields {
    pub title: String,
    pub held_on: String,
    pub starts_at: String,
    pub place: String,
    pub online_link: String,
    pub quorum_percent: i64,
}

/// A time of day as `09:30`, from hours and minutes typed in any digits (`9:30` too).
pub fn time_of_day(input: &str) -> Result<String, FieldIssue> {
    let folded = fold_digits(input.trim());
    if folded.is_empty() {
        return Err(FieldIssue::Required);
    }
    let (h, m) = folded.split_once(':').ok_or(FieldIssue::InvalidTime)?;
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.chars().all(|c| c.is_ascii_digit());
    if !digits(h) || m.len() != 2 || !digits(m) {
        return Err(FieldIssue::InvalidTime);
    }
    let (h, m): (u32, u32) = (h.parse().unwrap_or(99), m.parse().unwrap_or(99));
    if h > 23 || m > 59 {
        return Err(FieldIssue::InvalidTime);
    }
    Ok(format!("{h:02}:{m:02}"))
}

/// A quorum as a percentage, 1 to 99; empty means the default.
pub fn quorum_percent(input: &str) -> Result<i64, FieldIssue> {
    let folded = fold_digits(input.trim()).trim_end_matches('%').to_string();
    if folded.is_empty() {
        return Ok(DEFAULT_QUORUM_PERCENT);
    }
    match folded.parse::<i64>() {
        Ok(p) if (1..=99).contains(&p) => Ok(p),
        Ok(_) => Err(FieldIssue::OutOfRange),
        Err(_) => Err(FieldIssue::NotANumber),
    }
}

/// The meeting's fields, or every issue at once. It needs a place or an online link.
pub fn check_meeting(input: &MeetingText) -> Result<MeetingFields, FormErrors> {
    let mut e = FormErrors::default();
    let title = e.check("title", required_text(&input.title, 200));
    let held_on = e.check("held_on", day(&input.held_on));
    let starts_at = e.check("starts_at", time_of_day(&input.starts_at));
    let place = e.check("place", optional_text(&input.place, 300));
    let online_link = e.check("online_link", optional_website(&input.online_link));
    let quorum = e.check("quorum_percent", quorum_percent(&input.quorum_percent));
    if place.as_deref() == Some("") && online_link.as_deref() == Some("") {
        e.push("place", FieldIssue::PlaceOrLink);
    }
    match (title, held_on, starts_at, place, online_link, quorum) {
        (Some(title), Some(held_on), Some(starts_at), Some(place), Some(online_link), Some(q))
            if e.is_empty() =>
        {
            Ok(MeetingFields {
                title,
                held_on: iso(held_on),
                starts_at,
                place,
                online_link,
                quorum_percent: q,
            })
        }
        _ => Err(e),
    }
}

/// Who carries a decision out: a person (an account) or an organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Responsible {
    Person(i64),
    Organisation(i64),
}

impl Responsible {
    /// As a form's option value: `p:12` or `o:3`.
    pub fn code(self) -> String {
        match self {
            Responsible::Person(id) => format!("p:{id}"),
            Responsible::Organisation(id) => format!("o:{id}"),
        }
    }
    pub fn parse(input: &str) -> Option<Self> {
        let (kind, id) = input.trim().split_once(':')?;
        let id = id.parse().ok().filter(|id: &i64| *id > 0)?;
        match kind {
            "p" => Some(Responsible::Person(id)),
            "o" => Some(Responsible::Organisation(id)),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionText {
    pub text: String,
    pub responsible: String,
    pub due_on: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecisionFields {
    pub text: String,
    pub responsible: Responsible,
    pub due_on: NaiveDate,
}

/// A decision's fields: what was decided, who carries it out, by when.
pub fn check_decision(input: &DecisionText) -> Result<DecisionFields, FormErrors> {
    let mut e = FormErrors::default();
    let text = e.check("text", required_text(&input.text, DECISION_TEXT_MAX));
    let responsible = e.check(
        "responsible",
        match input.responsible.trim() {
            "" => Err(FieldIssue::Required),
            code => Responsible::parse(code).ok_or(FieldIssue::InvalidChoice),
        },
    );
    let due_on = e.check("due_on", day(&input.due_on));
    match (text, responsible, due_on) {
        (Some(text), Some(responsible), Some(due_on)) if e.is_empty() => Ok(DecisionFields {
            text,
            responsible,
            due_on,
        }),
        _ => Err(e),
    }
}

/// The title of the task a decision becomes: its text, cut at a word near the title's limit.
pub fn task_title(decision: &str) -> String {
    let max = TASK_TITLE_MAX as usize - 1;
    if decision.chars().count() <= max {
        return decision.to_string();
    }
    let cut: String = decision.chars().take(max).collect();
    let at_word = cut.rfind(' ').filter(|i| *i > max / 2).unwrap_or(cut.len());
    format!("{}…", cut[..at_word].trim_end())
}

/// Decisions that say the same as an earlier one of the meeting, once folded (letters,
/// digits, diacritics, spaces and final punctuation do not make a decision different), as
/// (its 1-based ordinal, the earlier one's): flagged before the minutes are published.
pub fn repeated_decisions<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<(usize, usize)> {
    let mut seen: Vec<String> = Vec::new();
    let mut repeated = Vec::new();
    for (i, text) in texts.into_iter().enumerate() {
        let folded = fold_for_search(text);
        let folded = folded
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .trim()
            .to_string();
        match seen.iter().position(|s| *s == folded) {
            Some(first) if !folded.is_empty() => repeated.push((i + 1, first + 1)),
            _ => {}
        }
        seen.push(folded);
    }
    repeated
}

#[cfg(test)]
#[path = "meeting_rules_tests.rs"]
mod tests;
