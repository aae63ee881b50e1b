//! Creating and editing working groups: officials, and the committee's chair or secretary.
//! A group's members are drawn from its committee's seats.
use super::{changed_meanwhile, check, is_current, member, named};
use crate::api::AppError;
use crate::domain::codes::WorkingGroupKind;
use crate::domain::directory_rules as rules;
use crate::domain::normalize::fold_for_search;
use crate::domain::permissions::{Action, Actor, Target};
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::model::directory::{WorkingGroupEdit, WorkingGroupForm};
use crate::server::db::audit;
use crate::server::db::working_groups::{
    self as store, NewWorkingGroup, Scope, WorkingGroupChange,
};
use crate::server::db::{committees, Db, DbError};
use crate::server::{now_ms, today_iso};
use serde_json::json;
use sqlx::AnyConnection;
use tracing::instrument;

pub struct WorkingGroupInput {
    pub committee_id: i64,
    pub name: String,
    pub kind: String,
    pub description: String,
    pub neighbourhood_ids: Vec<i64>,
    /// Memberships of the committee to include.
    pub membership_ids: Vec<i64>,
}

/// What the form offers: the committee's current seats and every neighbourhood, and for an
/// edit the group as saved.
#[instrument(skip_all)]
pub async fn form(
    db: &Db,
    actor: &Actor,
    committee_id: Option<i64>,
    working_group_id: Option<i64>,
) -> Result<WorkingGroupForm, AppError> {
    let group = match working_group_id {
        Some(id) => Some(
            store::list(db.read(), Scope::One(id))
                .await?
                .pop()
                .ok_or(AppError::NotFound)?,
        ),
        None => None,
    };
    let committee_id = match (&group, committee_id) {
        (Some(g), _) => g.committee_id,
        (None, Some(c)) => c,
        (None, None) => return Err(AppError::NotFound),
    };
    let committee = committees::find(db.read(), committee_id)
        .await?
        .ok_or(AppError::NotFound)?;
    check(
        Some(actor),
        Action::EditWorkingGroups,
        Target::Committee(committee_id),
    )?;
    let edit = match group {
        Some(g) => {
            let places = store::neighbourhoods(db.read(), Scope::One(g.id)).await?;
            Some(WorkingGroupEdit {
                id: g.id,
                name: g.name,
                kind: WorkingGroupKind::parse(&g.kind).unwrap_or(WorkingGroupKind::Thematic),
                description: g.description,
                version: g.version,
                neighbourhood_ids: places.into_iter().map(|(_, n, _)| n).collect(),
                membership_ids: store::member_ids(db.read(), g.id).await?,
            })
        }
        None => None,
    };
    let today = today_iso();
    let chosen = edit
        .as_ref()
        .map(|e| e.membership_ids.clone())
        .unwrap_or_default();
    let members = committees::members(db.read(), committee_id)
        .await?
        .into_iter()
        .map(member)
        .filter(|m| is_current(m, &today) || chosen.contains(&m.membership_id))
        .collect();
    let places = super::neighbourhood_choices(db).await?;
    Ok(WorkingGroupForm {
        committee: named((committee.id, committee.name)),
        members,
        neighbourhoods: places,
        group: edit,
    })
}

struct Checked {
    name: String,
    kind: WorkingGroupKind,
    description: String,
}

/// Checks the fields, and that the neighbourhoods exist and the members sit on the committee.
async fn checked(db: &Db, input: &WorkingGroupInput) -> Result<Checked, AppError> {
    let mut errors = FormErrors::default();
    let name = errors.check("name", rules::title(&input.name, 3, rules::TITLE_MAX));
    let kind = errors.check("kind", rules::choice(&input.kind, WorkingGroupKind::parse));
    let description = errors.check(
        "description",
        rules::optional_text(&input.description, rules::LONG_TEXT_MAX),
    );
    let seats = committees::members(db.read(), input.committee_id).await?;
    if input
        .membership_ids
        .iter()
        .any(|m| !seats.iter().any(|s| s.id == *m))
    {
        errors.push("members", FieldIssue::InvalidChoice);
    }
    if super::has_unknown_neighbourhood(db, &input.neighbourhood_ids).await? {
        errors.push("neighbourhoods", FieldIssue::InvalidChoice);
    }
    match (name, kind, description, errors.is_empty()) {
        (Some(name), Some(kind), Some(description), true) => Ok(Checked {
            name,
            kind,
            description,
        }),
        _ => Err(errors.into()),
    }
}

async fn link(conn: &mut AnyConnection, id: i64, input: &WorkingGroupInput) -> Result<(), DbError> {
    let mut places = input.neighbourhood_ids.clone();
    places.sort_unstable();
    places.dedup();
    for n in places {
        store::add_neighbourhood(conn, id, n).await?;
    }
    let mut seats = input.membership_ids.clone();
    seats.sort_unstable();
    seats.dedup();
    for m in seats {
        store::add_member(conn, id, m).await?;
    }
    Ok(())
}

/// Creates a working group; officials, and the committee's chair or secretary, may.
#[instrument(skip_all)]
pub async fn create(db: &Db, actor: &Actor, input: WorkingGroupInput) -> Result<i64, AppError> {
    check(
        Some(actor),
        Action::EditWorkingGroups,
        Target::Committee(input.committee_id),
    )?;
    committees::find(db.read(), input.committee_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let fields = checked(db, &input).await?;
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let id = store::insert(
        &mut tx,
        NewWorkingGroup {
            committee_id: input.committee_id,
            name: &fields.name,
            kind: fields.kind.as_str(),
            description: &fields.description,
            search_text: &fold_for_search(&fields.name),
            now,
        },
    )
    .await?;
    link(&mut tx, id, &input).await?;
    let after = json!({ "name": fields.name, "committee": input.committee_id });
    record(&mut tx, actor, "working_group.create", id, after, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

/// Saves an edited working group (its committee stays the same).
#[instrument(skip_all)]
pub async fn update(
    db: &Db,
    actor: &Actor,
    id: i64,
    version: i64,
    mut input: WorkingGroupInput,
) -> Result<(), AppError> {
    let before = store::list(db.read(), Scope::One(id))
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    input.committee_id = before.committee_id;
    check(
        Some(actor),
        Action::EditWorkingGroups,
        Target::Committee(before.committee_id),
    )?;
    let fields = checked(db, &input).await?;
    if before.version != version {
        return Err(changed_meanwhile(before.version));
    }
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let change = WorkingGroupChange {
        id,
        version,
        name: &fields.name,
        kind: fields.kind.as_str(),
        description: &fields.description,
        search_text: &fold_for_search(&fields.name),
        now,
    };
    match store::update(&mut tx, change).await {
        Err(DbError::Conflict) => return Err(changed_meanwhile(before.version + 1)),
        other => other?,
    }
    store::clear_links(&mut tx, id).await?;
    link(&mut tx, id, &input).await?;
    let after = json!({
        "name": fields.name,
        "kind": fields.kind.as_str(),
        "neighbourhoods": input.neighbourhood_ids,
        "members": input.membership_ids,
        "before": { "name": before.name, "kind": before.kind },
    });
    record(&mut tx, actor, "working_group.update", id, after, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

async fn record(
    conn: &mut AnyConnection,
    actor: &Actor,
    action: &str,
    id: i64,
    after: serde_json::Value,
    now: i64,
) -> Result<(), DbError> {
    audit::change(
        conn,
        Some(actor.user_id),
        action,
        "working_group",
        id,
        after,
        now,
    )
    .await
}
