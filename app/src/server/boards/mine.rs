//! `/boards`: the boards the caller may open — those of the committees they sit on, or
//! every active committee's for staff.
use crate::api::AppError;
use crate::domain::board_rules::board_access;
use crate::domain::permissions::Actor;
use crate::model::boards::BoardLink;
use crate::server::db::working_groups::{self, Scope};
use crate::server::db::Db;
use tracing::instrument;

#[instrument(skip_all)]
pub async fn my_boards(db: &Db, actor: Option<&Actor>) -> Result<Vec<BoardLink>, AppError> {
    let actor = actor.ok_or(AppError::SignInRequired)?;
    let groups = working_groups::list(db.read(), Scope::Active).await?;
    let mut boards: Vec<BoardLink> = groups
        .into_iter()
        .filter(|g| board_access(actor.is_staff(), actor.committee_role(g.committee_id)).is_some())
        .map(|g| BoardLink {
            id: g.id,
            name: g.name,
            committee_id: g.committee_id,
            committee: g.committee,
        })
        .collect();
    boards.sort_by(|a, b| (&a.committee, &a.name, a.id).cmp(&(&b.committee, &b.name, b.id)));
    Ok(boards)
}
