//! Putting the committee's proposals and projects on a working group's board.
use super::open;
use super::tasks::{add_card, add_card_within};
use crate::api::AppError;
use crate::domain::board_rules::CardKind;
use crate::domain::permissions::Actor;
use crate::model::directory::Named;
use crate::server::db::boards::{self as store, NewCard};
use crate::server::db::{Db, DbError};
use crate::server::now_ms;
use sqlx::AnyConnection;
use tracing::instrument;

/// The committee's submitted (not draft) proposals and its projects not yet on this board.
#[instrument(skip_all)]
pub async fn candidates(
    db: &Db,
    actor: &Actor,
    working_group_id: i64,
) -> Result<Vec<Named>, AppError> {
    let opened = open(db, Some(actor), working_group_id).await?.for_work()?;
    Ok(
        store::candidates(db.read(), working_group_id, opened.group.committee_id)
            .await?
            .into_iter()
            .map(|(id, name)| Named { id, name })
            .collect(),
    )
}

/// Puts one of the committee's proposals on the board (its card follows it into its project).
#[instrument(skip_all)]
pub async fn add_proposal(
    db: &Db,
    actor: &Actor,
    working_group_id: i64,
    proposal_id: i64,
) -> Result<i64, AppError> {
    let opened = open(db, Some(actor), working_group_id).await?.for_work()?;
    let offered = store::candidates(db.read(), working_group_id, opened.group.committee_id).await?;
    if !offered.iter().any(|(id, _)| *id == proposal_id) {
        return Err(AppError::invalid(
            "proposal_id",
            crate::domain::validation::FieldIssue::InvalidChoice,
        ));
    }
    add_card(
        db,
        proposal_card(working_group_id, proposal_id, actor.user_id, now_ms()),
    )
    .await
}

/// A proposal's card: it shows the proposal (and later its project), so it has no text of its own.
fn proposal_card(
    working_group_id: i64,
    proposal_id: i64,
    actor_id: i64,
    now: i64,
) -> NewCard<'static> {
    NewCard {
        working_group_id,
        kind: CardKind::Proposal.as_str(),
        proposal_id: Some(proposal_id),
        project_id: None,
        title: "",
        description: "",
        lane: None,
        due_on: None,
        created_by: actor_id,
        now,
    }
}

/// A proposal its committee has taken up goes on the committee's board by itself (see
/// `board_for_proposal` for which), within the move's transaction; the board it went on.
pub(crate) async fn place_proposal_within(
    conn: &mut AnyConnection,
    proposal_id: i64,
    committee_id: i64,
    actor_id: i64,
    now: i64,
) -> Result<Option<i64>, DbError> {
    let Some(board) = store::board_for_proposal(&mut *conn, proposal_id, committee_id).await?
    else {
        return Ok(None);
    };
    add_card_within(conn, proposal_card(board, proposal_id, actor_id, now)).await?;
    Ok(Some(board))
}
