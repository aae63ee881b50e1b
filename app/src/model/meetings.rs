//! Meetings as their pages show them.
use crate::domain::meeting_rules::{Attendance, DecisionStatus};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Invitee {
    pub user_id: i64,
    pub name: String,
    pub attendance: Attendance,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AgendaItem {
    pub id: i64,
    pub text: String,
    /// The card it points at: (its page on the board, its title).
    pub card: Option<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    pub id: i64,
    pub meeting_id: i64,
    pub meeting_title: String,
    pub held_on: String,
    pub text: String,
    pub responsible: String,
    pub due_on: String,
    pub status: DecisionStatus,
    /// The task it became, once the minutes are published.
    pub card_link: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Meeting {
    pub id: i64,
    pub committee_id: i64,
    pub committee: String,
    pub working_group_id: i64,
    pub working_group: String,
    pub title: String,
    /// ISO day and `HH:MM`.
    pub held_on: String,
    pub starts_at: String,
    pub place: String,
    pub online_link: String,
    pub quorum_percent: i64,
    pub minutes: String,
    pub published: bool,
    /// The minutes' number in the committee (given on publishing) and their Jalali year.
    pub number: Option<i64>,
    pub version: i64,
    /// Decisions that repeat an earlier one of the same meeting: (its ordinal, the earlier's).
    pub repeated: Vec<(usize, usize)>,
    /// Whether the caller records it (chair, secretary, staff) and it is not yet published.
    pub may_record: bool,
    pub invitees: Vec<Invitee>,
    pub present: usize,
    pub quorum_needed: usize,
    pub has_quorum: bool,
    pub agenda: Vec<AgendaItem>,
    pub decisions: Vec<Decision>,
    /// What an agenda item may point at: the board's cards (id, title).
    pub cards: Vec<(i64, String)>,
    /// Who a decision may name: (`p:12` / `o:3`, name).
    pub responsibles: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeetingSummary {
    pub id: i64,
    pub title: String,
    pub held_on: String,
    pub starts_at: String,
    pub working_group: String,
    pub published: bool,
}

/// A committee's meetings and the decisions they made, for its page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CommitteeMeetings {
    pub may_schedule: bool,
    pub meetings: Vec<MeetingSummary>,
    pub decisions: Vec<Decision>,
}

/// What the meeting form needs: the committee, its working groups, and the meeting when
/// it is being changed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeetingForm {
    pub committee_id: i64,
    pub committee: String,
    pub groups: Vec<(i64, String)>,
    pub chosen_group: Option<i64>,
    pub meeting: Option<MeetingDraft>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeetingDraft {
    pub id: i64,
    pub version: i64,
    pub title: String,
    /// As the form shows it: the Jalali day, the time, the quorum.
    pub held_on: String,
    pub starts_at: String,
    pub place: String,
    pub online_link: String,
    pub quorum_percent: String,
}

/// Which meetings `/meetings` lists.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum MeetingsShown {
    #[default]
    Upcoming,
    /// Upcoming meetings the reader is invited to.
    Mine,
    /// Past meetings, with their minutes.
    Past,
}

impl MeetingsShown {
    pub fn parse(code: &str) -> Self {
        match code {
            "mine" => Self::Mine,
            "past" => Self::Past,
            _ => Self::Upcoming,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Self::Upcoming => "upcoming",
            Self::Mine => "mine",
            Self::Past => "past",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListedMeeting {
    pub id: i64,
    pub title: String,
    pub committee: crate::model::directory::Named,
    pub working_group: String,
    pub held_on: String,
    pub starts_at: String,
    pub published: bool,
}

/// `/meetings`: a page of meetings, the committees to filter by, and those the reader may
/// schedule meetings for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeetingsOverview {
    pub committees: Vec<crate::model::directory::Named>,
    pub schedulable: Vec<crate::model::directory::Named>,
    pub meetings: Vec<ListedMeeting>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
}
