//! Projects as pages show them.
use crate::domain::codes::Dimension;
use crate::domain::project_rules::{FollowUpAction, ProjectMove, ProjectStatus, Stalled};
use crate::domain::proposal_flow::{ProposalMove, ProposalStatus};
use crate::model::directory::Named;
use serde::{Deserialize, Serialize};

pub const PROJECTS_PER_PAGE: i64 = 20;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProjectCard {
    pub id: i64,
    pub title: String,
    pub status: ProjectStatus,
    pub lead: Option<Named>,
    pub neighbourhoods: Vec<Named>,
    /// The latest reported percent complete.
    pub percent: Option<i64>,
    pub stalled: Option<Stalled>,
    pub budget_rials: Option<i64>,
    /// ISO day of the latest progress update.
    pub last_update: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProjectListPage {
    pub rows: Vec<ProjectCard>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MilestoneEntry {
    pub id: i64,
    pub title: String,
    pub due_on: String,
    pub weight: i64,
    pub done_on: Option<String>,
}

/// One event of a project's journey, from the assessment to the latest follow-up.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum JourneyEvent {
    Assessment {
        organisation: String,
    },
    Proposal {
        action: Option<ProposalMove>,
        to: Option<ProposalStatus>,
        reason: String,
    },
    Assigned {
        lead: Option<String>,
    },
    Status {
        to: Option<ProjectStatus>,
        reason: String,
    },
    Update {
        id: i64,
        percent: i64,
        body: String,
        organisation: Option<String>,
        photo: bool,
        /// The caller may attach or replace its photo (its own organisation's report).
        may_change_photo: bool,
    },
    MilestoneDone {
        title: String,
    },
    FollowUp {
        action: Option<FollowUpAction>,
        note: String,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JourneyEntry {
    pub at_ms: i64,
    pub actor: Option<String>,
    pub event: JourneyEvent,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Partner {
    pub organisation: Named,
    pub role: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProjectDetail {
    pub card: ProjectCard,
    pub summary: String,
    pub dimension: Option<Dimension>,
    pub committee: Option<Named>,
    pub decision: String,
    pub proposal_id: Option<i64>,
    pub planned_start: Option<String>,
    pub planned_end: Option<String>,
    pub partners: Vec<Partner>,
    pub people: Vec<Named>,
    pub milestones: Vec<MilestoneEntry>,
    pub moves: Vec<ProjectMove>,
    pub may_assign: bool,
    pub may_report: bool,
    pub may_follow_up: bool,
    pub journey: Vec<JourneyEntry>,
    pub version: i64,
}

/// One line of `/follow-up`: a stalled project, why, and who owes the next update.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FollowUpItem {
    pub card: ProjectCard,
    pub stalled: Stalled,
    pub last_follow_up: Option<(FollowUpAction, i64)>,
}

/// The assignment form: what to choose from, and the project's current assignment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AssignmentForm {
    pub project: Named,
    pub version: i64,
    /// Verified executive agencies (the lead must be one).
    pub agencies: Vec<Named>,
    /// Verified organisations (partners).
    pub organisations: Vec<Named>,
    pub people: Vec<Named>,
    pub neighbourhoods: Vec<Named>,
    pub lead: Option<i64>,
    /// As typed: Rials grouped, days in Jalali.
    pub budget_rials: String,
    pub planned_start: String,
    pub planned_end: String,
    pub partners: Vec<(i64, String)>,
    pub chosen_people: Vec<i64>,
    pub chosen_neighbourhoods: Vec<i64>,
    /// The open milestones (done ones stay as they are).
    pub milestones: Vec<crate::domain::project_rules::MilestoneText>,
}
