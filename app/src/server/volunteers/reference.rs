//! Officials keep the roles volunteers offer (adding their own beside the built-in ones,
//! retiring those no longer wanted) and the registration drives with their codes.
use crate::api::AppError;
use crate::domain::directory_rules::{iso, title, TITLE_MAX};
use crate::domain::permissions::Actor;
use crate::domain::reference_rules::{drive_code, drive_period, role_name};
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::model::volunteer_reference::{DriveView, ReferenceLists, RoleUseView};
use crate::model::volunteers::RoleName;
use crate::server::auth::caller::officials_only;
use crate::server::db::volunteer_reference as store;
use crate::server::db::volunteers::{all_roles, insert_drive};
use crate::server::db::{audit, Db, DbError};
use crate::server::now_ms;
use serde_json::json;
use tracing::instrument;

#[instrument(skip_all)]
pub async fn lists(db: &Db, actor: &Actor) -> Result<ReferenceLists, AppError> {
    officials_only(actor)?;
    let roles = store::roles(db.read())
        .await?
        .into_iter()
        .map(|r| RoleUseView {
            role: RoleName {
                id: r.id,
                code: r.code,
                name: r.name,
            },
            retired: r.retired_at.is_some(),
            volunteers: r.volunteers,
            open_requests: r.open_requests,
        })
        .collect();
    let drives = store::drives(db.read())
        .await?
        .into_iter()
        .map(|d| DriveView {
            id: d.id,
            code: d.code,
            name: d.name,
            starts_on: d.starts_on,
            ends_on: d.ends_on,
            volunteers: d.volunteers,
        })
        .collect();
    Ok(ReferenceLists { roles, drives })
}

/// Adds a role of the officials' own naming (built-in roles are named by the locale files).
#[instrument(skip_all)]
pub async fn add_role(db: &Db, actor: &Actor, name: &str) -> Result<i64, AppError> {
    officials_only(actor)?;
    let existing: Vec<String> = all_roles(db.read())
        .await?
        .into_iter()
        .map(|r| r.name)
        .filter(|n| !n.is_empty())
        .collect();
    let name = role_name(name, &existing).map_err(|issue| AppError::invalid("name", issue))?;
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let id = store::insert_role(&mut tx, &name, now).await?;
    let after = json!({ "name": name });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "role.add",
        "volunteer_role",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

/// Retires a role, or offers it again.
#[instrument(skip_all)]
pub async fn retire_role(db: &Db, actor: &Actor, id: i64, retire: bool) -> Result<(), AppError> {
    officials_only(actor)?;
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    if !store::set_retired(&mut tx, id, retire.then_some(now)).await? {
        return Err(AppError::NotFound);
    }
    let after = json!({ "retired": retire });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "role.retire",
        "volunteer_role",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// The drive as typed on its form.
#[derive(Clone, Debug, Default)]
pub struct DriveInput {
    pub code: String,
    pub name: String,
    pub starts_on: String,
    pub ends_on: String,
}

/// Adds a registration drive; its code is unique (`AlreadyListed` beside it).
#[instrument(skip_all)]
pub async fn add_drive(db: &Db, actor: &Actor, input: &DriveInput) -> Result<i64, AppError> {
    officials_only(actor)?;
    let mut errors = FormErrors::default();
    let code = errors.check("code", drive_code(&input.code));
    let name = errors.check("name", title(&input.name, 3, TITLE_MAX));
    let (starts, ends) = drive_period(&input.starts_on, &input.ends_on);
    let starts = errors.check("starts_on", starts);
    let ends = errors.check("ends_on", ends);
    let (Some(code), Some(name), Some(starts), Some(ends)) = (code, name, starts, ends) else {
        return Err(errors.into());
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let ends = ends.map(iso);
    let inserted = insert_drive(
        &mut tx,
        &code,
        &name,
        &iso(starts),
        ends.as_deref(),
        Some(actor.user_id),
        now,
    )
    .await;
    let id = match inserted {
        Ok(id) => id,
        Err(DbError::Conflict) => return Err(AppError::invalid("code", FieldIssue::AlreadyListed)),
        Err(e) => return Err(e.into()),
    };
    let after = json!({ "code": code, "name": name });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "drive.add",
        "volunteer_drive",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}
