//! Working groups: cards for a committee or neighbourhood, and one group's page.
use super::{history_for, member};
use crate::api::AppError;
use crate::domain::codes::{Dimension, WorkingGroupKind};
use crate::domain::permissions::{may, Action, Actor, Target};
use crate::model::directory::{Named, WorkingGroupCard, WorkingGroupDetail};
use crate::server::db::working_groups::{self as store, Scope, WorkingGroupRow};
use crate::server::db::{committees, Db};
use tracing::instrument;

/// The cards of the working groups in scope, each with its neighbourhoods (two queries).
pub async fn cards(db: &Db, scope: Scope) -> Result<Vec<WorkingGroupCard>, AppError> {
    let rows = store::list(db.read(), scope).await?;
    let places = store::neighbourhoods(db.read(), scope).await?;
    Ok(rows.into_iter().map(|r| card(r, &places)).collect())
}

/// A group's card, with its neighbourhoods picked from (group, id, name) rows.
fn card(r: WorkingGroupRow, places: &[(i64, i64, String)]) -> WorkingGroupCard {
    WorkingGroupCard {
        neighbourhoods: places
            .iter()
            .filter(|(wg, _, _)| *wg == r.id)
            .map(|(_, id, name)| Named {
                id: *id,
                name: name.clone(),
            })
            .collect(),
        id: r.id,
        name: r.name,
        kind: WorkingGroupKind::parse(&r.kind).unwrap_or(WorkingGroupKind::Thematic),
        committee: Named {
            id: r.committee_id,
            name: r.committee,
        },
        members: r.members,
    }
}

#[instrument(skip_all)]
pub async fn detail(
    db: &Db,
    actor: Option<&Actor>,
    id: i64,
) -> Result<WorkingGroupDetail, AppError> {
    let row = store::list(db.read(), Scope::One(id))
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let places = store::neighbourhoods(db.read(), Scope::One(id)).await?;
    let (dimension, description) = (row.dimension.clone(), row.description.clone());
    let card = card(row, &places);
    let members = committees::working_group_members(db.read(), id)
        .await?
        .into_iter()
        .map(member)
        .collect();
    let may_edit = may(
        actor,
        Action::EditWorkingGroups,
        Target::Committee(card.committee.id),
    );
    Ok(WorkingGroupDetail {
        history: history_for(db, actor, "working_group", id).await?,
        may_edit,
        card,
        dimension: Dimension::parse(&dimension).unwrap_or(Dimension::Other),
        description,
        members,
    })
}
