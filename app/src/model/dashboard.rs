//! The officials' dashboard as its page shows it.
use crate::domain::codes::Dimension;
use crate::domain::project_rules::ProjectStatus;
use crate::domain::proposal_flow::ProposalStatus;
use crate::model::directory::Named;
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
}
