//! Moving a card: to another column (the transition the drop asks for, if the caller's role
//! allows it) or up and down its column. Every move carries the card's version; a stale one
//! is refused, so nobody's move silently undoes another's.
use super::{may_make, open, placed};
use crate::api::AppError;
use crate::domain::board_rules::{
    position_between, project_move_from, too_close, transition, CardKind, Column, MoveRefusal,
    Transition,
};
use crate::domain::permissions::Actor;
use crate::domain::project_rules::ProjectStatus;
use crate::domain::proposal_flow::ProposalMove;
use crate::domain::validation::FieldIssue;
use crate::server::db::board_events::{self, NewEvent};
use crate::server::db::boards::{self as store, CardRow};
use crate::server::db::{Db, DbError};
use crate::server::now_ms;
use crate::server::projects::progress::change_status;
use crate::server::proposals::workflow::{move_proposal, MoveInput};
use tracing::instrument;

/// Where the caller wants a card to go.
pub struct CardMove<'a> {
    pub card_id: i64,
    /// The version the caller's view showed.
    pub version: i64,
    /// The column code.
    pub to: &'a str,
    /// The reason a decline, revision, recommendation, approval, rejection, suspension or
    /// cancellation needs.
    pub reason: &'a str,
}

/// Moves a card to another column; returns the board's new event id.
#[instrument(skip_all)]
pub async fn move_card(db: &Db, actor: &Actor, m: CardMove<'_>) -> Result<i64, AppError> {
    let row = store::card(db.read(), m.card_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let opened = open(db, Some(actor), row.working_group_id)
        .await?
        .for_work()?;
    let (kind, from) = placed(&row).ok_or(AppError::NotFound)?;
    if row.version != m.version {
        return Err(AppError::Conflict);
    }
    let to = Column::parse(m.to.trim())
        .ok_or_else(|| AppError::invalid("to", FieldIssue::InvalidChoice))?;
    let step = transition(kind, from, to).map_err(|refusal| {
        AppError::invalid(
            "to",
            match refusal {
                MoveRefusal::SameColumn | MoveRefusal::NoWay => FieldIssue::NoSuchMove,
                MoveRefusal::WrongLane => FieldIssue::WrongLane,
            },
        )
    })?;
    if !may_make(actor, &opened, &row, step) {
        return Err(AppError::invalid("to", not_yours(step)));
    }
    match step {
        Transition::Task(_) => {}
        Transition::Proposal(action) => {
            let input = MoveInput {
                action: action.as_str().into(),
                reason: m.reason.into(),
                committee_id: Some(opened.group.committee_id),
            };
            let proposal = row.proposal_id.ok_or(AppError::NotFound)?;
            move_proposal(db, actor, proposal, input)
                .await
                .map_err(as_board_refusal)?;
        }
        Transition::Project(action) => {
            let status = row
                .project_status
                .as_deref()
                .and_then(ProjectStatus::parse)
                .unwrap_or(ProjectStatus::Planned);
            let action = project_move_from(status, action);
            let project = row.project_id.ok_or(AppError::NotFound)?;
            change_status(db, actor, project, action.as_str(), m.reason)
                .await
                .map_err(as_board_refusal)?;
        }
    }
    let lane = (kind == CardKind::Task).then(|| to.as_str());
    let detail = format!("{}>{}", from.as_str(), to.as_str());
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let position = store::end_position(&mut tx, row.working_group_id).await?;
    let placed = store::place(&mut tx, row.id, m.version, lane, position, now).await?;
    // A proposal or project has already moved (its own rules refused a concurrent move);
    // only a task's lane rests on the card's version alone.
    if !placed && kind == CardKind::Task {
        return Err(AppError::Conflict);
    }
    let event = board_events::record(
        &mut tx,
        NewEvent {
            working_group_id: row.working_group_id,
            card_id: Some(row.id),
            kind: "moved",
            detail: &detail,
            actor_id: actor.user_id,
            now,
        },
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(event)
}

/// Why a role may not make a move, as the person should read it.
fn not_yours(step: Transition) -> FieldIssue {
    match step {
        Transition::Proposal(ProposalMove::Submit) => FieldIssue::OnlyProposer,
        Transition::Proposal(ProposalMove::Approve | ProposalMove::Reject) => {
            FieldIssue::OnlyOfficials
        }
        Transition::Proposal(_) => FieldIssue::OnlyCommitteeLeads,
        Transition::Project(_) => FieldIssue::OnlyLeadAgency,
        Transition::Task(_) => FieldIssue::NotAllowedNow,
    }
}

/// The workflow's own refusals, beside the board's move field rather than the page's.
fn as_board_refusal(error: AppError) -> AppError {
    match error {
        AppError::Invalid(mut errors) => {
            for e in &mut errors.issues {
                if e.field == "action" {
                    e.field = "to".into();
                }
            }
            AppError::Invalid(errors)
        }
        other => other,
    }
}

/// Up or down its column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nudge {
    Up,
    Down,
}

/// Moves a card one place up or down its column (the same order for every viewer); returns
/// the board's new event id. At the column's edge nothing changes and no event is written.
#[instrument(skip_all)]
pub async fn nudge_card(
    db: &Db,
    actor: &Actor,
    card_id: i64,
    version: i64,
    nudge: Nudge,
) -> Result<Option<i64>, AppError> {
    let row = store::card(db.read(), card_id)
        .await?
        .ok_or(AppError::NotFound)?;
    open(db, Some(actor), row.working_group_id)
        .await?
        .for_work()?;
    if row.version != version {
        return Err(AppError::Conflict);
    }
    let (_, column) = placed(&row).ok_or(AppError::NotFound)?;
    let column_cards: Vec<CardRow> = store::cards(db.read(), row.working_group_id)
        .await?
        .into_iter()
        .filter(|r| placed(r).is_some_and(|(_, c)| c == column))
        .collect();
    let at = column_cards
        .iter()
        .position(|r| r.id == row.id)
        .ok_or(AppError::NotFound)?;
    let position_of = |i: usize| column_cards.get(i).map(|r| r.position);
    // The two neighbours on the far side: the card goes between them.
    let (before, after) = match nudge {
        Nudge::Up if at > 0 => (at.checked_sub(2).and_then(position_of), position_of(at - 1)),
        Nudge::Down if at + 1 < column_cards.len() => (position_of(at + 1), position_of(at + 2)),
        _ => return Ok(None),
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let position = position_between(before, after);
    if let (Some(b), Some(a)) = (before, after) {
        if too_close(b, a) {
            store::renumber(&mut tx, row.working_group_id).await?;
            tx.commit().await.map_err(DbError::from)?;
            return Box::pin(nudge_card(db, actor, card_id, version, nudge)).await;
        }
    }
    if !store::place(&mut tx, row.id, version, None, position, now).await? {
        return Err(AppError::Conflict);
    }
    let event = board_events::record(
        &mut tx,
        NewEvent {
            working_group_id: row.working_group_id,
            card_id: Some(row.id),
            kind: "reordered",
            detail: match nudge {
                Nudge::Up => "up",
                Nudge::Down => "down",
            },
            actor_id: actor.user_id,
            now,
        },
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(Some(event))
}
