//! A proposal's page: its content, its journey, the discussion, and what the caller may do.
use super::listing::cards;
use super::{leads, standing, status_of, visible};
use crate::api::AppError;
use crate::domain::permissions::Actor;
use crate::domain::proposal_flow::{moves, ProposalMove, ProposalStatus};
use crate::domain::proposal_rules::parse_groups;
use crate::model::proposals::{CommentEntry, DocumentEntry, MoveEntry, ProposalDetail};
use crate::server::db::proposals as store;
use crate::server::db::{assessments, committees, documents, proposal_moves, Db};
use crate::server::directory::named;
use tracing::instrument;

#[instrument(skip_all)]
pub async fn detail(db: &Db, actor: Option<&Actor>, id: i64) -> Result<ProposalDetail, AppError> {
    let row = visible(db, actor, id).await?;
    let actor = actor.ok_or(AppError::SignInRequired)?;
    let status = status_of(&row);
    let partners = store::partners_of(db.read(), &[id]).await?;
    let assessment = match row.assessment_id {
        Some(a) => assessments::find(db.read(), a)
            .await?
            .map(|a| named((a.id, format!("{} · {}", a.neighbourhood, a.organisation)))),
        None => None,
    };
    let journey = proposal_moves::of_proposal(db.read(), id)
        .await?
        .into_iter()
        .map(|m| MoveEntry {
            action: ProposalMove::parse(&m.action),
            to: ProposalStatus::parse(&m.to_status),
            reason: m.reason,
            committee: m.committee,
            actor: m.actor,
            at_ms: m.at,
        })
        .collect();
    let comments = proposal_moves::comments(db.read(), id)
        .await?
        .into_iter()
        .map(|c| CommentEntry {
            id: c.id,
            author: c.author,
            body: c.body,
            at_ms: c.created_at,
        })
        .collect();
    // Officials choose any active committee to send to; a committee's lead only their own.
    let committees = if actor.is_staff() {
        committees::active_names(db.read()).await?
    } else {
        committees::active_names(db.read())
            .await?
            .into_iter()
            .filter(|(c, _)| leads(actor, Some(*c)))
            .collect()
    };
    let mut available = moves(standing(actor, &row, row.committee_id), status);
    if status == ProposalStatus::Submitted
        && !available.contains(&ProposalMove::SendToCommittee)
        && !committees.is_empty()
    {
        available.insert(0, ProposalMove::SendToCommittee);
    }
    let may_edit = actor.organisations.contains(&row.organisation_id)
        && matches!(
            status,
            ProposalStatus::Draft | ProposalStatus::RevisionRequested
        );
    let documents = documents::of_proposal(db.read(), id)
        .await?
        .into_iter()
        .map(|d| DocumentEntry {
            id: d.id,
            file_name: d.file_name,
            content_type: d.content_type,
            size_bytes: d.size_bytes,
            at_ms: d.uploaded_at,
        })
        .collect();
    let may_attach = super::documents::may_attach(actor, &row);
    let project_id = crate::server::db::projects::of_proposal(db.read(), id).await?;
    let summary = row.summary.clone();
    let objectives = row.objectives.clone();
    let activities = row.activities.clone();
    let groups = parse_groups(&row.beneficiary_groups);
    let (beneficiaries, duration, version) = (row.beneficiaries, row.duration_months, row.version);
    let (created, submitted) = (row.created_at, row.submitted_at);
    let card = cards(db, vec![row])
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    Ok(ProposalDetail {
        card,
        summary,
        objectives,
        beneficiaries,
        groups,
        activities,
        duration_months: duration,
        partners: partners
            .into_iter()
            .map(|(_, id, name)| named((id, name)))
            .collect(),
        assessment,
        created_at_ms: created,
        submitted_at_ms: submitted,
        version,
        may_edit,
        moves: available,
        committees: committees.into_iter().map(named).collect(),
        journey,
        comments,
        may_comment: status != ProposalStatus::Draft,
        documents,
        may_attach,
        project_id,
    })
}
