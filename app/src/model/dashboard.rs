//! The officials' dashboard as its page shows it.
use crate::domain::codes::Dimension;
use crate::domain::project_rules::ProjectStatus;
use crate::domain::proposal_flow::ProposalStatus;
use crate::domain::volunteer_rules::VolunteerState;
use crate::domain::volunteer_stats::Month;
use crate::model::directory::Named;
use crate::model::volunteers::RoleName;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dashboard {
    /// Every status past the draft, in workflow order, zeros included.
    pub proposals_by_status: Vec<(ProposalStatus, i64)>,
    pub proposals_by_dimension: Vec<(Dimension, i64)>,
    /// The median days from first submission to an official's decision, and of how many.
    pub median_days_to_decision: Option<i64>,
    pub decided: i64,
    pub projects_by_status: Vec<(ProjectStatus, i64)>,
    pub projects_by_neighbourhood: Vec<(Named, i64)>,
    pub stalled: i64,
    pub running: i64,
    /// Completed among the projects that have started (active, suspended, completed,
    /// cancelled), as a whole percentage.
    pub completed: i64,
    pub started: i64,
    pub completion_rate: Option<i64>,
    pub volunteers: VolunteerFigures,
    /// Campaigns running today, with what their actions add up to so far.
    pub campaigns: Vec<crate::model::actions::CampaignCard>,
    /// Local actions past their day and not closed.
    pub actions_unclosed: i64,
}

/// The volunteer network in figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VolunteerFigures {
    /// Every state, in order, zeros included.
    pub by_state: Vec<(VolunteerState, i64)>,
    /// Active volunteers offering each role, the most first.
    pub by_role: Vec<(RoleName, i64)>,
    /// Where active volunteers live, the most first (the first ten).
    pub by_neighbourhood: Vec<(Named, i64)>,
    /// Approved minutes in each of the last twelve Jalali months, oldest first.
    pub minutes_by_month: Vec<(Month, i64)>,
    /// Places asked for by the open requests, and how many are taken by placed volunteers.
    pub places_asked: i64,
    pub places_filled: i64,
    pub filled_rate: Option<i64>,
}
