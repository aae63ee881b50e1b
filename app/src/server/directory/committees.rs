//! Committees: the list, one committee's page, creating one, and seating members.
use super::changed_meanwhile;
use super::{check, history_for, is_current, member};
use crate::api::AppError;
use crate::domain::codes::{CommitteeStatus, Dimension};
use crate::domain::directory_rules as rules;
use crate::domain::normalize::{fold_for_search, like_pattern};
use crate::domain::permissions::{may, Action, Actor, Target};
use crate::domain::validation::FormErrors;
use crate::model::directory::{CommitteeCard, CommitteeDetail};
use crate::server::db::audit::{self, AuditEntry};
use crate::server::db::committees::{self as store, CommitteeChange, CommitteeOrder, NewCommittee};
use crate::server::db::{Db, DbError};
use crate::server::{now_ms, today_iso};
use serde_json::json;
use tracing::instrument;

#[instrument(skip_all)]
pub async fn cards(
    db: &Db,
    dimension: Option<Dimension>,
    query: &str,
    order: CommitteeOrder,
) -> Result<Vec<CommitteeCard>, AppError> {
    let like = like_pattern(&fold_for_search(query));
    let dimension = dimension.map(Dimension::as_str).unwrap_or_default();
    let rows = store::cards(db.read(), &today_iso(), dimension, &like, order).await?;
    Ok(rows
        .into_iter()
        .map(|r| CommitteeCard {
            id: r.id,
            name: r.name,
            dimension: Dimension::parse(&r.dimension).unwrap_or(Dimension::Other),
            status: CommitteeStatus::parse(&r.status).unwrap_or(CommitteeStatus::Active),
            chair: r.chair,
            agencies: r.agencies,
            ngos: r.ngos,
            experts: r.experts,
            working_groups: r.working_groups,
        })
        .collect())
}

#[instrument(skip_all)]
pub async fn detail(db: &Db, actor: Option<&Actor>, id: i64) -> Result<CommitteeDetail, AppError> {
    let row = store::find(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let today = today_iso();
    let (current, past) = store::members(db.read(), id)
        .await?
        .into_iter()
        .map(member)
        .partition(|m| is_current(m, &today));
    let working_groups =
        super::working_groups::cards(db, crate::server::db::working_groups::Scope::Committee(id))
            .await?;
    Ok(CommitteeDetail {
        id,
        name: row.name,
        dimension: Dimension::parse(&row.dimension).unwrap_or(Dimension::Other),
        mandate: row.mandate,
        status: CommitteeStatus::parse(&row.status).unwrap_or(CommitteeStatus::Active),
        current,
        past,
        working_groups,
        history: history_for(db, actor, "committee", id).await?,
        version: row.version,
        may_edit_groups: may(actor, Action::EditWorkingGroups, Target::Committee(id)),
    })
}

/// What an official types to create a committee.
pub struct CommitteeInput {
    pub name: String,
    pub dimension: String,
    pub mandate: String,
}

/// The checked fields of a committee form.
struct Checked {
    name: String,
    dimension: Dimension,
    mandate: String,
}

fn checked(input: &CommitteeInput) -> Result<Checked, FormErrors> {
    let mut errors = FormErrors::default();
    let name = errors.check("name", rules::title(&input.name, 3, rules::TITLE_MAX));
    let dimension = errors.check(
        "dimension",
        rules::choice(&input.dimension, Dimension::parse),
    );
    let mandate = errors.check(
        "mandate",
        rules::optional_text(&input.mandate, rules::LONG_TEXT_MAX),
    );
    match (name, dimension, mandate) {
        (Some(name), Some(dimension), Some(mandate)) => Ok(Checked {
            name,
            dimension,
            mandate,
        }),
        _ => Err(errors),
    }
}

#[instrument(skip_all)]
pub async fn create(db: &Db, actor: &Actor, input: CommitteeInput) -> Result<i64, AppError> {
    check(Some(actor), Action::ManageDirectory, Target::Portal)?;
    let Checked {
        name,
        dimension,
        mandate,
    } = checked(&input)?;
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let id = store::insert(
        &mut tx,
        NewCommittee {
            name: &name,
            dimension: dimension.as_str(),
            mandate: &mandate,
            search_text: &fold_for_search(&name),
            created_by: Some(actor.user_id),
            now,
        },
    )
    .await?;
    let after = json!({ "name": name, "dimension": dimension.as_str() });
    audit_entry(&mut tx, actor, "committee.create", id, after, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

/// Saves an edited committee (officials and admins), including dissolving or reviving it.
#[instrument(skip_all)]
pub async fn update(
    db: &Db,
    actor: &Actor,
    id: i64,
    version: i64,
    input: CommitteeInput,
    status: &str,
) -> Result<(), AppError> {
    check(Some(actor), Action::ManageDirectory, Target::Committee(id))?;
    let before = store::find(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let fields = checked(&input);
    let status = rules::choice(status, CommitteeStatus::parse);
    let (fields, status) = match (fields, status) {
        (Ok(fields), Ok(status)) => (fields, status),
        (fields, status) => {
            let mut errors = fields.err().unwrap_or_default();
            if let Err(issue) = status {
                errors.push("status", issue);
            }
            return Err(errors.into());
        }
    };
    if before.version != version {
        return Err(changed_meanwhile(before.version));
    }
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let change = CommitteeChange {
        id,
        version,
        name: &fields.name,
        dimension: fields.dimension.as_str(),
        mandate: &fields.mandate,
        status: status.as_str(),
        search_text: &fold_for_search(&fields.name),
        now,
    };
    match store::update(&mut tx, change).await {
        Err(DbError::Conflict) => return Err(changed_meanwhile(before.version + 1)),
        other => other?,
    }
    let after = json!({
        "name": fields.name,
        "dimension": fields.dimension.as_str(),
        "status": status.as_str(),
        "before": { "name": before.name, "dimension": before.dimension, "status": before.status },
    });
    audit_entry(&mut tx, actor, "committee.update", id, after, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

pub(super) async fn audit_entry(
    conn: &mut sqlx::AnyConnection,
    actor: &Actor,
    action: &str,
    committee_id: i64,
    after: serde_json::Value,
    now: i64,
) -> Result<(), DbError> {
    let entry = AuditEntry {
        actor_id: Some(actor.user_id),
        action,
        object_kind: "committee",
        object_id: committee_id.to_string(),
        before: None,
        after: Some(after),
    };
    audit::record(conn, entry, now).await
}
