//! Proposals: drafting, the review workflow, the list each person may see, the page, and the
//! committee's discussion. Every operation checks the caller against the proposal itself.
pub mod comments;
pub mod detail;
pub mod documents;
pub mod export;
pub mod forms;
pub mod listing;
pub mod notify;
pub mod workflow;

use crate::api::AppError;
use crate::domain::codes::Dimension;
use crate::domain::permissions::Actor;
use crate::domain::proposal_flow::{ProposalStatus, Standing};
use crate::domain::proposal_rules::{parse_groups, ProposalFields};
use crate::domain::roles::CommitteeRole;
use crate::server::db::proposals::{self as store, ProposalRow, Viewer};
use crate::server::db::Db;
use crate::server::today_iso;

/// Who is looking, as the data layer's visibility rule needs it.
pub(crate) struct Looking {
    pub user_id: i64,
    pub staff: bool,
    pub today: String,
}

impl Looking {
    pub fn of(actor: &Actor) -> Self {
        Self {
            user_id: actor.user_id,
            staff: actor.is_staff(),
            today: today_iso(),
        }
    }
    pub fn viewer(&self) -> Viewer<'_> {
        Viewer {
            user_id: self.user_id,
            staff: self.staff,
            today: &self.today,
        }
    }
}

/// The proposal, if the caller may see it. Someone else's draft is "not found", exactly like a
/// proposal that does not exist, so ids cannot be probed.
pub(crate) async fn visible(
    db: &Db,
    actor: Option<&Actor>,
    id: i64,
) -> Result<ProposalRow, AppError> {
    let actor = actor.ok_or(AppError::SignInRequired)?;
    let looking = Looking::of(actor);
    if !store::is_visible(db.read(), &looking.viewer(), id).await? {
        return Err(AppError::NotFound);
    }
    store::find(db.read(), id).await?.ok_or(AppError::NotFound)
}

pub(crate) fn status_of(row: &ProposalRow) -> ProposalStatus {
    ProposalStatus::parse(&row.status).unwrap_or(ProposalStatus::Draft)
}

/// Whether the account is the chair or secretary of the committee.
pub(crate) fn leads(actor: &Actor, committee_id: Option<i64>) -> bool {
    committee_id.is_some_and(|id| {
        matches!(
            actor.committee_role(id),
            Some(CommitteeRole::Chair | CommitteeRole::Secretary)
        )
    })
}

/// How the caller stands towards the proposal; `committee_id` is the committee in question
/// (the one it is before, or the one it is being sent to).
pub(crate) fn standing(actor: &Actor, row: &ProposalRow, committee_id: Option<i64>) -> Standing {
    Standing {
        proposer: actor.organisations.contains(&row.organisation_id),
        staff: actor.is_staff(),
        committee_lead: leads(actor, committee_id),
    }
}

/// The stored proposal's fields, to check whether it is complete.
pub(crate) fn fields_of(row: &ProposalRow, neighbourhoods: Vec<i64>) -> ProposalFields {
    ProposalFields {
        title: row.title.clone(),
        summary: row.summary.clone(),
        dimension: Dimension::parse(&row.dimension),
        objectives: row.objectives.clone(),
        beneficiaries: row.beneficiaries,
        groups: parse_groups(&row.beneficiary_groups),
        activities: row.activities.clone(),
        duration_months: row.duration_months,
        budget_rials: row.budget_rials,
        neighbourhood_ids: neighbourhoods,
        partner_ids: Vec::new(),
        assessment_id: row.assessment_id,
    }
}
