//! Campaigns and local actions as their pages show them.
use super::directory::Named;
use crate::domain::action_rules::{ActionKind, ActionState, GuestKind, Measure};
use serde::{Deserialize, Serialize};

/// A campaign in a list, with its figures so far.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignCard {
    pub id: i64,
    pub name: String,
    /// ISO days.
    pub starts_on: String,
    pub ends_on: String,
    pub actions: i64,
    pub closed: i64,
    pub centres: i64,
}

/// What campaigns and actions add up to: actions held, people reached and targets met.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ActionFigures {
    pub actions: i64,
    pub closed: i64,
    pub centres: i64,
    pub neighbourhoods: i64,
    /// Attendance of the closed actions.
    pub reached: i64,
    pub targets_met: i64,
    /// Targets of the closed actions (those with an achieved value).
    pub targets_recorded: i64,
}

/// A campaign's page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignDetail {
    pub card: CampaignCard,
    pub goals: String,
    /// The registration drive's code and name, and how many registered through it.
    pub drive: Option<(String, String, i64)>,
    pub figures: ActionFigures,
    pub actions: Vec<ActionCard>,
    /// The page of actions shown and how many there are.
    pub page: u32,
    pub total: i64,
    pub may_manage: bool,
    /// The campaign has not ended and the caller runs a centre or an organisation.
    pub may_publish: bool,
    /// The best centres by the campaign's indicators (empty without indicators): the centre,
    /// its score in tenths and its rank.
    pub leaders: Vec<(Named, i64, i64)>,
    /// The centres officials recognised, with their citation.
    pub recognised: Vec<(Named, String)>,
    /// Its frozen reports, the latest first.
    pub reports: Vec<crate::model::reports::ReportCard>,
}

/// An action in a list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActionCard {
    pub id: i64,
    pub title: String,
    pub kind: ActionKind,
    pub state: ActionState,
    /// ISO day.
    pub held_on: String,
    pub centre: Option<Named>,
    pub organisation: Named,
    pub neighbourhood: Named,
    pub campaign: Option<Named>,
    pub attendance: Option<i64>,
    /// Past its day and not yet closed.
    pub overdue: bool,
}

/// One target with what was achieved.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TargetView {
    pub id: i64,
    pub measure: Measure,
    pub label: String,
    pub target: i64,
    pub achieved: Option<i64>,
}

/// An action's page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActionDetail {
    pub card: ActionCard,
    pub place: String,
    pub summary: String,
    pub targets: Vec<TargetView>,
    pub account: String,
    pub closed_by: Option<String>,
    /// Unix ms.
    pub closed_at: Option<i64>,
    /// The caller runs the centre or organisation (or is an official).
    pub may_manage: bool,
    /// It may be closed now (its day has come and it is open).
    pub may_close: bool,
    pub guests: Vec<GuestView>,
    pub problems: Vec<ProblemView>,
    /// For those who run it: the boards a problem may become a task on, and the directory's
    /// organisations a guest may come from.
    pub boards: Vec<Named>,
    pub organisations: Vec<Named>,
    /// For officials, once it is closed: whether its account is selected for the reports.
    pub in_reports: Option<bool>,
    /// A centre's action: the volunteers' shifts there on its day and the hours approved.
    pub volunteering: Option<DayVolunteering>,
    /// Its photos' ids (`/action-photos/{id}`), in the order they were added.
    pub photos: Vec<i64>,
}

/// Volunteers at the action's centre on its day.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DayVolunteering {
    pub shifts: Vec<ShiftOnDay>,
    /// Volunteers with approved hours that day, and those minutes.
    pub volunteers: i64,
    pub minutes: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShiftOnDay {
    pub shift_id: i64,
    pub opportunity: Named,
    /// `HH:MM` in Iran.
    pub starts_at: String,
    pub ends_at: String,
    pub booked: i64,
    pub attended: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuestView {
    pub id: i64,
    pub name: String,
    pub kind: GuestKind,
    pub organisation: Option<Named>,
    /// None until someone records it.
    pub came: Option<bool>,
}

/// The board task a problem became.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TaskLink {
    pub working_group: Named,
    pub card_id: i64,
    pub done: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProblemView {
    pub id: i64,
    pub problem: String,
    pub guest: Option<String>,
    pub task: Option<TaskLink>,
}

/// What the new-action form offers the caller.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActionFormOptions {
    /// Centres the caller manages, with their neighbourhood's id.
    pub centres: Vec<(Named, i64)>,
    /// Organisations the caller represents (all verified ones for officials).
    pub organisations: Vec<Named>,
    pub neighbourhoods: Vec<Named>,
    /// Campaigns running or coming.
    pub campaigns: Vec<Named>,
}

/// The campaigns page: the list and whether the caller may start one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignList {
    pub campaigns: Vec<CampaignCard>,
    pub may_add: bool,
    /// Drives a new campaign may be tied to.
    pub drives: Vec<Named>,
}
