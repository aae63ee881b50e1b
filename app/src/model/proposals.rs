//! Proposals as pages show them.
use crate::domain::codes::Dimension;
use crate::domain::proposal_flow::{ProposalMove, ProposalStatus};
use crate::domain::proposal_rules::{BeneficiaryGroup, ProposalText};
use crate::model::directory::Named;
use serde::{Deserialize, Serialize};

pub const PROPOSALS_PER_PAGE: i64 = 20;

/// One line of the proposals list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProposalCard {
    pub id: i64,
    pub title: String,
    pub organisation: Named,
    pub dimension: Option<Dimension>,
    pub status: ProposalStatus,
    pub committee: Option<Named>,
    pub neighbourhoods: Vec<Named>,
    pub budget_rials: Option<i64>,
    /// Days it has waited for a decision (for proposals that wait for one).
    pub waiting_days: Option<i64>,
    pub status_since_ms: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProposalListPage {
    pub rows: Vec<ProposalCard>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    /// Committees to filter by.
    pub committees: Vec<Named>,
    /// Whether the caller may start a proposal (represents a verified organisation).
    pub may_propose: bool,
}

/// One step of the proposal's journey.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MoveEntry {
    pub action: Option<ProposalMove>,
    pub to: Option<ProposalStatus>,
    pub reason: String,
    pub committee: Option<String>,
    pub actor: Option<String>,
    pub at_ms: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CommentEntry {
    pub id: i64,
    pub author: String,
    pub body: String,
    pub at_ms: i64,
}

/// A proposal's page: everything it says, where it stands, what the caller may do with it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProposalDetail {
    pub card: ProposalCard,
    pub summary: String,
    pub objectives: String,
    pub beneficiaries: Option<i64>,
    pub groups: Vec<BeneficiaryGroup>,
    pub activities: String,
    pub duration_months: Option<i64>,
    pub partners: Vec<Named>,
    pub assessment: Option<Named>,
    pub created_at_ms: i64,
    pub submitted_at_ms: Option<i64>,
    pub version: i64,
    /// The proposer may edit it now (a draft, or when revision was requested).
    pub may_edit: bool,
    pub moves: Vec<ProposalMove>,
    /// Committees it may be sent to (for officials; a committee's lead sees only theirs).
    pub committees: Vec<Named>,
    pub journey: Vec<MoveEntry>,
    pub comments: Vec<CommentEntry>,
    pub may_comment: bool,
    pub documents: Vec<DocumentEntry>,
    /// The proposer may attach and remove documents now.
    pub may_attach: bool,
    /// The project it became, once approved.
    pub project_id: Option<i64>,
}

/// A supporting document, listed on its proposal's page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentEntry {
    pub id: i64,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub at_ms: i64,
}

/// The proposal form: who may propose, what to choose from, and the values to start with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProposalForm {
    /// The verified organisations the caller represents (they propose as one of them).
    pub organisations: Vec<Named>,
    pub neighbourhoods: Vec<Named>,
    /// Verified organisations that may be partners.
    pub partners: Vec<Named>,
    /// Assessments that may be cited.
    pub assessments: Vec<AssessmentChoice>,
    pub values: Option<ProposalEdit>,
}

/// An existing proposal's values, formatted as a person would type them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProposalEdit {
    pub id: i64,
    pub organisation_id: i64,
    pub version: i64,
    pub status: ProposalStatus,
    pub text: ProposalText,
}

/// An assessment a proposal may cite.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AssessmentChoice {
    pub id: i64,
    pub neighbourhood: String,
    pub organisation: String,
    /// ISO day it was made.
    pub day: String,
}
