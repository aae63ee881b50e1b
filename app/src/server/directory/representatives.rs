//! An organisation's representatives (accounts that act for it): managed by its first
//! representative and by admins.
use super::check;
use crate::api::AppError;
use crate::domain::permissions::{Action, Actor, Target};
use crate::domain::roles::Role;
use crate::domain::validation::{username, FieldIssue};
use crate::model::directory::Representative;
use crate::server::db::audit;
use crate::server::db::organisations as store;
use crate::server::db::{users, Db, DbError};
use crate::server::now_ms;
use serde_json::json;
use tracing::instrument;

/// The representatives, for those who manage them; `None` for everyone else.
pub async fn visible_to(
    db: &Db,
    actor: Option<&Actor>,
    organisation_id: i64,
) -> Result<Option<Vec<Representative>>, AppError> {
    if check(
        actor,
        Action::ManageRepresentatives,
        Target::Organisation(organisation_id),
    )
    .is_err()
    {
        return Ok(None);
    }
    let rows = store::representatives_of(db.read(), organisation_id).await?;
    Ok(Some(
        rows.into_iter()
            .map(|(user_id, username, name, is_manager)| Representative {
                user_id,
                username,
                name,
                is_manager,
            })
            .collect(),
    ))
}

/// Adds the account named `typed_username` as a representative.
#[instrument(skip_all)]
pub async fn add(
    db: &Db,
    actor: &Actor,
    organisation_id: i64,
    typed_username: &str,
) -> Result<(), AppError> {
    store::find(db.read(), organisation_id)
        .await?
        .ok_or(AppError::NotFound)?;
    check(
        Some(actor),
        Action::ManageRepresentatives,
        Target::Organisation(organisation_id),
    )?;
    let name = username(typed_username).map_err(|issue| AppError::invalid("username", issue))?;
    let Some(user) = users::find_by_username(db.read(), &name).await? else {
        return Err(AppError::invalid("username", FieldIssue::NoSuchAccount));
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    match store::add_representative(&mut tx, organisation_id, user.id, false, now).await {
        Err(DbError::Conflict) => {
            return Err(AppError::invalid("username", FieldIssue::AlreadyListed))
        }
        other => other?,
    }
    let after = json!({ "representative_added": user.username });
    record(&mut tx, actor, organisation_id, after, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// Removes a representative. The first representative (who manages the others) is removed
/// only by an admin.
#[instrument(skip_all)]
pub async fn remove(
    db: &Db,
    actor: &Actor,
    organisation_id: i64,
    user_id: i64,
) -> Result<(), AppError> {
    check(
        Some(actor),
        Action::ManageRepresentatives,
        Target::Organisation(organisation_id),
    )?;
    let reps = store::representatives_of(db.read(), organisation_id).await?;
    let Some((_, name, _, is_manager)) = reps.into_iter().find(|r| r.0 == user_id) else {
        return Err(AppError::NotFound);
    };
    if is_manager && actor.role != Role::Admin {
        return Err(AppError::Forbidden);
    }
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    store::remove_representative(&mut tx, organisation_id, user_id).await?;
    let after = json!({ "representative_removed": name });
    record(&mut tx, actor, organisation_id, after, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

async fn record(
    conn: &mut sqlx::AnyConnection,
    actor: &Actor,
    organisation_id: i64,
    after: serde_json::Value,
    now: i64,
) -> Result<(), DbError> {
    audit::change(
        conn,
        Some(actor.user_id),
        "organisation.representatives",
        "organisation",
        organisation_id,
        after,
        now,
    )
    .await
}
