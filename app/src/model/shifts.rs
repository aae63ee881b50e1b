//! Opportunities and shifts as the server hands them to pages.
use super::directory::Named;
use super::volunteers::RoleName;
use crate::domain::shift_rules::SignupState;
use serde::{Deserialize, Serialize};

/// An opportunity in a list: where, as what, for which project, and what is ahead.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OpportunityCard {
    pub id: i64,
    pub title: String,
    pub centre: Named,
    pub neighbourhood: Named,
    pub role: RoleName,
    pub project: Option<Named>,
    /// The organisation that published it (an NGO, a project's agency), when not the centre.
    pub publisher: Option<Named>,
    /// ISO date of the next shift, if one is ahead.
    pub next_day: Option<String>,
    pub shifts_ahead: i64,
    pub seats_left: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OpportunityPage {
    pub items: Vec<OpportunityCard>,
    pub page: i64,
    pub pages: i64,
    pub total: i64,
}

/// The caller's own seat or place on the list in a shift.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MySeat {
    pub state: SignupState,
    pub confirmed: bool,
    pub may_confirm: bool,
    /// Place on the waiting list (1 = next).
    pub position: Option<i64>,
    pub attended: Option<bool>,
}

/// Someone signed up, as those who run the shift see them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SignupView {
    pub id: i64,
    pub volunteer: Named,
    /// Only for a booked seat: the centre needs to reach who is coming.
    pub mobile: Option<String>,
    pub state: SignupState,
    pub confirmed: bool,
    pub attended: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShiftView {
    pub id: i64,
    /// ISO date; times `HH:MM` in Iran.
    pub day: String,
    pub starts: String,
    pub ends: String,
    pub slots: i64,
    pub booked: i64,
    pub waiting: i64,
    pub cancelled: bool,
    pub cancel_reason: String,
    /// Whether the caller (a volunteer) may sign up now.
    pub open: bool,
    pub past: bool,
    pub mine: Option<MySeat>,
    /// For those who run it: whether attendance may be recorded, and whether it was.
    pub attendance_open: bool,
    pub attendance_recorded: bool,
    pub signups: Vec<SignupView>,
}

/// How the caller stands to sign up at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignupStanding {
    /// Signed in with an active volunteer profile.
    Active,
    /// A volunteer not active yet (or no longer).
    NotActive,
    /// Signed in without a volunteer profile.
    NoProfile,
    Visitor,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OpportunityDetail {
    pub card: OpportunityCard,
    pub description: String,
    pub shifts: Vec<ShiftView>,
    pub may_manage: bool,
    pub standing: SignupStanding,
}

/// A shift in the volunteer's own list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MyShift {
    pub shift_id: i64,
    pub opportunity: Named,
    pub centre: Named,
    pub day: String,
    pub starts: String,
    pub ends: String,
    pub cancelled: bool,
    pub seat: MySeat,
}

/// What the "publish an opportunity" form on a centre's page offers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OpportunityOptions {
    pub roles: Vec<RoleName>,
    pub projects: Vec<Named>,
}

/// An organisation's published opportunities; for its representatives, what its publish form
/// offers (the centres where shifts may take place, the roles, its own running projects).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PublishedOpportunities {
    pub list: Vec<OpportunityCard>,
    pub publish: Option<(OpportunityOptions, Vec<Named>)>,
}
