//! The reference lists officials keep: volunteer roles and registration drives, with how much
//! each is in use.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RoleUse {
    pub id: i64,
    pub code: Option<String>,
    pub name: String,
    pub retired_at: Option<i64>,
    pub volunteers: i64,
    pub open_requests: i64,
}

/// Every role, retired ones last, with the volunteers offering it and its open requests.
pub async fn roles(pool: &AnyPool) -> Result<Vec<RoleUse>, DbError> {
    Ok(sqlx::query_as(
        "SELECT r.id, r.code, r.name, r.retired_at, \
           (SELECT COUNT(*) FROM volunteer_offers o WHERE o.role_id = r.id) AS volunteers, \
           (SELECT COUNT(*) FROM centre_requests q \
              WHERE q.role_id = r.id AND q.closed_at IS NULL) AS open_requests \
         FROM volunteer_roles r \
         ORDER BY CASE WHEN r.retired_at IS NULL THEN 0 ELSE 1 END, r.id",
    )
    .fetch_all(pool)
    .await?)
}

pub async fn insert_role(conn: &mut AnyConnection, name: &str, now: i64) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO volunteer_roles (name, created_at) VALUES ($1, $2) RETURNING id",
    )
    .bind(name)
    .bind(now)
    .fetch_one(conn)
    .await?)
}

/// Retires a role (no longer offered on the forms; old records keep it) or restores it; false
/// when there is no such role.
pub async fn set_retired(
    conn: &mut AnyConnection,
    id: i64,
    retired_at: Option<i64>,
) -> Result<bool, DbError> {
    let done = sqlx::query("UPDATE volunteer_roles SET retired_at = $1 WHERE id = $2")
        .bind(retired_at)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct DriveUse {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub starts_on: String,
    pub ends_on: Option<String>,
    pub volunteers: i64,
}

/// Every drive, the latest first, with how many registered through it.
pub async fn drives(pool: &AnyPool) -> Result<Vec<DriveUse>, DbError> {
    Ok(sqlx::query_as(
        "SELECT d.id, d.code, d.name, d.starts_on, d.ends_on, \
           (SELECT COUNT(*) FROM volunteers v WHERE v.drive_id = d.id) AS volunteers \
         FROM volunteer_drives d ORDER BY d.starts_on DESC, d.id DESC",
    )
    .fetch_all(pool)
    .await?)
}
