//! Putting the committee's proposals and projects on a working group's board.
use super::open;
use super::tasks::add_card;
use crate::api::AppError;
use crate::domain::board_rules::CardKind;
use crate::domain::permissions::Actor;
use crate::model::directory::Named;
use crate::server::db::boards::{self as store, NewCard};
use crate::server::db::Db;
use crate::server::now_ms;
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
    let card = NewCard {
        working_group_id,
        kind: CardKind::Proposal.as_str(),
        proposal_id: Some(proposal_id),
        project_id: None,
        title: "",
        description: "",
        lane: None,
        due_on: None,
        created_by: actor.user_id,
        now: now_ms(),
    };
    add_card(db, card).await
}
