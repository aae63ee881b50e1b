//! Moving a proposal through review: the state machine decides, this applies the move,
//! records it in the proposal's journey and the audit log, and tells those concerned.
use super::notify::{self, ProposalEvent};
use super::{fields_of, standing, status_of, visible};
use crate::api::AppError;
use crate::domain::directory_rules::optional_text;
use crate::domain::permissions::Actor;
use crate::domain::proposal_flow::{self as flow, ProposalMove, ProposalStatus, Refusal};
use crate::domain::proposal_rules::missing_for_submission;
use crate::domain::validation::FieldIssue;
use crate::server::db::proposal_moves::{self, NewMove};
use crate::server::db::proposals::{self as store, ProposalRow, StatusChange};
use crate::server::db::{audit, committees, Db, DbError};
use crate::server::now_ms;
use serde_json::json;
use tracing::instrument;

pub const REASON_MAX: u32 = 2000;

/// A move as the form sends it.
#[derive(Clone, Debug, Default)]
pub struct MoveInput {
    pub action: String,
    pub reason: String,
    /// For sending to a committee: which one (empty = the one it is before, or the committee
    /// of its dimension).
    pub committee_id: Option<i64>,
}

/// The committee a move concerns: for sending, the chosen one (checked to be active); for
/// submitting, the one it is before or else its dimension's; otherwise the one it is before.
async fn committee_for(
    db: &Db,
    row: &ProposalRow,
    action: ProposalMove,
    chosen: Option<i64>,
) -> Result<Option<i64>, AppError> {
    let fallback = || async {
        match row.committee_id {
            Some(id) => Ok::<_, AppError>(Some(id)),
            None => Ok(store::committee_of_dimension(db.read(), &row.dimension).await?),
        }
    };
    match (action, chosen) {
        (ProposalMove::SendToCommittee, Some(id)) => {
            let active = committees::find(db.read(), id)
                .await?
                .is_some_and(|c| c.status == "active");
            if active {
                Ok(Some(id))
            } else {
                Err(AppError::invalid("committee_id", FieldIssue::InvalidChoice))
            }
        }
        (ProposalMove::SendToCommittee | ProposalMove::Submit, None) => fallback().await,
        _ => Ok(row.committee_id),
    }
}

/// Applies a move; returns the status the proposal is now in.
#[instrument(skip_all)]
pub async fn move_proposal(
    db: &Db,
    actor: &Actor,
    id: i64,
    input: MoveInput,
) -> Result<ProposalStatus, AppError> {
    let row = visible(db, Some(actor), id).await?;
    let action = ProposalMove::parse(input.action.trim())
        .ok_or_else(|| AppError::invalid("action", FieldIssue::InvalidChoice))?;
    let reason =
        optional_text(&input.reason, REASON_MAX).map_err(|i| AppError::invalid("reason", i))?;
    let from = status_of(&row);
    let committee_id = committee_for(db, &row, action, input.committee_id).await?;
    if action == ProposalMove::SendToCommittee && committee_id.is_none() {
        return Err(AppError::invalid("committee_id", FieldIssue::Required));
    }
    let who = standing(actor, &row, committee_id);
    let to = flow::check(who, from, action, &reason).map_err(|refusal| match refusal {
        Refusal::NotFromHere => AppError::invalid("action", FieldIssue::NotAllowedNow),
        Refusal::NotYours => AppError::Forbidden,
        Refusal::ReasonRequired => AppError::invalid("reason", FieldIssue::Required),
    })?;
    if action == ProposalMove::Submit {
        let places = store::neighbourhoods_of(db.read(), &[id]).await?;
        let fields = fields_of(&row, places.into_iter().map(|(_, n, _)| n).collect());
        let mut missing = missing_for_submission(&fields);
        if !missing.is_empty() {
            // The sections themselves ride along, so the page can link each to its field.
            missing.push("action", FieldIssue::Incomplete);
            return Err(AppError::Invalid(missing));
        }
    }
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let change = StatusChange {
        id,
        from: from.as_str(),
        to: to.as_str(),
        committee_id,
        submitted: action == ProposalMove::Submit,
        decided: matches!(
            to,
            ProposalStatus::Approved | ProposalStatus::Rejected | ProposalStatus::Declined
        ),
        now,
    };
    match store::set_status(&mut tx, change).await {
        Err(DbError::Conflict) => {
            return Err(AppError::invalid("action", FieldIssue::ChangedMeanwhile))
        }
        other => other?,
    }
    proposal_moves::insert(
        &mut tx,
        NewMove {
            proposal_id: id,
            action: action.as_str(),
            from: from.as_str(),
            to: to.as_str(),
            reason: &reason,
            committee_id,
            actor_id: actor.user_id,
            now,
        },
    )
    .await?;
    if let (ProposalStatus::InReview, Some(committee)) = (to, committee_id) {
        crate::server::boards::linking::place_proposal_within(
            &mut tx,
            id,
            committee,
            actor.user_id,
            now,
        )
        .await?;
    }
    let project = if to == ProposalStatus::Approved {
        Some(
            crate::server::projects::creation::from_proposal(db, &mut tx, &row, actor.user_id, now)
                .await?,
        )
    } else {
        None
    };
    let after = json!({ "status": to.as_str(), "from": from.as_str(), "reason": reason,
                        "committee": committee_id, "project": project });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        &format!("proposal.{}", action.as_str()),
        "proposal",
        id,
        after,
        now,
    )
    .await?;
    let mut to_tell =
        crate::server::db::notifications::representatives(db.read(), row.organisation_id).await?;
    match to {
        ProposalStatus::Submitted | ProposalStatus::InReview => {
            if let Some(c) = committee_id {
                to_tell.extend(notify::committee_leads(db, c).await?);
            }
        }
        ProposalStatus::Recommended => to_tell.extend(notify::officials(db).await?),
        _ => {}
    }
    let event = ProposalEvent {
        proposal_id: id,
        title: &row.title,
        kind: "proposal_moved",
        detail: to.as_str(),
        note: &reason,
        actor_id: actor.user_id,
        now,
    };
    notify::send(&mut tx, &to_tell, &event).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(to)
}
