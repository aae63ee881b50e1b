//! Working groups: cards for a committee or neighbourhood, one group's page, creating one.
use super::{check, member};
use crate::api::AppError;
use crate::domain::codes::{Dimension, WorkingGroupKind};
use crate::domain::directory_rules as rules;
use crate::domain::normalize::fold_for_search;
use crate::domain::permissions::{Action, Actor, Target};
use crate::domain::validation::FormErrors;
use crate::model::directory::{Named, WorkingGroupCard, WorkingGroupDetail};
use crate::server::db::audit::{self, AuditEntry};
use crate::server::db::working_groups::{self as store, NewWorkingGroup, Scope, WorkingGroupRow};
use crate::server::db::{committees, Db, DbError};
use crate::server::now_ms;
use serde_json::json;
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
pub async fn detail(db: &Db, id: i64) -> Result<WorkingGroupDetail, AppError> {
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
    Ok(WorkingGroupDetail {
        card,
        dimension: Dimension::parse(&dimension).unwrap_or(Dimension::Other),
        description,
        members,
    })
}

pub struct WorkingGroupInput {
    pub committee_id: i64,
    pub name: String,
    pub kind: String,
    pub description: String,
    pub neighbourhood_ids: Vec<i64>,
    /// Memberships of the committee to include.
    pub membership_ids: Vec<i64>,
}

/// Creates a working group; officials, and the committee's chair or secretary, may.
#[instrument(skip_all)]
pub async fn create(db: &Db, actor: &Actor, input: WorkingGroupInput) -> Result<i64, AppError> {
    check(
        Some(actor),
        Action::EditWorkingGroups,
        Target::Committee(input.committee_id),
    )?;
    let mut errors = FormErrors::default();
    let name = errors.check("name", rules::title(&input.name, 3, rules::TITLE_MAX));
    let kind = errors.check("kind", rules::choice(&input.kind, WorkingGroupKind::parse));
    let description = errors.check(
        "description",
        rules::optional_text(&input.description, rules::LONG_TEXT_MAX),
    );
    // Members are drawn from the committee's own members only.
    let seats = committees::members(db.read(), input.committee_id).await?;
    if input
        .membership_ids
        .iter()
        .any(|m| !seats.iter().any(|s| s.id == *m))
    {
        errors.push(
            "members",
            crate::domain::validation::FieldIssue::InvalidChoice,
        );
    }
    let (Some(name), Some(kind), Some(description), true) =
        (name, kind, description, errors.is_empty())
    else {
        return Err(errors.into());
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let id = store::insert(
        &mut tx,
        NewWorkingGroup {
            committee_id: input.committee_id,
            name: &name,
            kind: kind.as_str(),
            description: &description,
            search_text: &fold_for_search(&name),
            now,
        },
    )
    .await?;
    for n in &input.neighbourhood_ids {
        store::add_neighbourhood(&mut tx, id, *n).await?;
    }
    for m in &input.membership_ids {
        store::add_member(&mut tx, id, *m).await?;
    }
    let entry = AuditEntry {
        actor_id: Some(actor.user_id),
        action: "working_group.create",
        object_kind: "working_group",
        object_id: id.to_string(),
        before: None,
        after: Some(json!({ "name": name, "committee": input.committee_id })),
    };
    audit::record(&mut tx, entry, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}
