//! Working groups, their neighbourhoods and members.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct WorkingGroupRow {
    pub id: i64,
    pub committee_id: i64,
    pub committee: String,
    pub dimension: String,
    pub name: String,
    pub kind: String,
    pub description: String,
    pub members: i64,
    pub version: i64,
}

/// Which working groups to list; each is a fixed WHERE clause with one parameter.
#[derive(Clone, Copy, Debug)]
pub enum Scope {
    One(i64),
    Committee(i64),
    Neighbourhood(i64),
    /// Every working group of an active committee.
    Active,
}

impl Scope {
    fn clause(self) -> (&'static str, i64) {
        match self {
            Scope::One(id) => ("w.id = $1", id),
            Scope::Committee(id) => ("w.committee_id = $1", id),
            Scope::Neighbourhood(id) => (
                "w.id IN (SELECT working_group_id FROM working_group_neighbourhoods \
                 WHERE neighbourhood_id = $1)",
                id,
            ),
            Scope::Active => ("c.status = 'active' AND w.id > $1", 0),
        }
    }
}

pub struct NewWorkingGroup<'a> {
    pub committee_id: i64,
    pub name: &'a str,
    pub kind: &'a str,
    pub description: &'a str,
    pub search_text: &'a str,
    pub now: i64,
}

pub async fn insert(conn: &mut AnyConnection, w: NewWorkingGroup<'_>) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO working_groups (committee_id, name, kind, description, search_text, \
         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
    )
    .bind(w.committee_id)
    .bind(w.name)
    .bind(w.kind)
    .bind(w.description)
    .bind(w.search_text)
    .bind(w.now)
    .fetch_one(conn)
    .await?)
}

pub async fn add_neighbourhood(
    conn: &mut AnyConnection,
    working_group_id: i64,
    neighbourhood_id: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO working_group_neighbourhoods (working_group_id, neighbourhood_id) \
         VALUES ($1, $2)",
    )
    .bind(working_group_id)
    .bind(neighbourhood_id)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn add_member(
    conn: &mut AnyConnection,
    working_group_id: i64,
    membership_id: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO working_group_members (working_group_id, membership_id) VALUES ($1, $2)",
    )
    .bind(working_group_id)
    .bind(membership_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// The working groups in scope, by name.
pub async fn list(pool: &AnyPool, scope: Scope) -> Result<Vec<WorkingGroupRow>, DbError> {
    let (clause, id) = scope.clause();
    let sql = format!(
        "SELECT w.id, w.committee_id, c.name AS committee, c.dimension, w.name, w.kind, \
           w.description, w.version, \
           (SELECT COUNT(*) FROM working_group_members x WHERE x.working_group_id = w.id) \
             AS members \
         FROM working_groups w JOIN committees c ON c.id = w.committee_id \
         WHERE {clause} ORDER BY w.name, w.id"
    );
    Ok(sqlx::query_as(&sql).bind(id).fetch_all(pool).await?)
}

/// (working group id, neighbourhood id, neighbourhood name) for every group in scope: one
/// query for the whole list.
pub async fn neighbourhoods(
    pool: &AnyPool,
    scope: Scope,
) -> Result<Vec<(i64, i64, String)>, DbError> {
    let (clause, id) = scope.clause();
    let sql = format!(
        "SELECT w.id, n.id, n.name FROM working_groups w \
           JOIN working_group_neighbourhoods x ON x.working_group_id = w.id \
           JOIN neighbourhoods n ON n.id = x.neighbourhood_id \
         WHERE {clause} ORDER BY n.name"
    );
    Ok(sqlx::query_as(&sql).bind(id).fetch_all(pool).await?)
}

pub struct WorkingGroupChange<'a> {
    pub id: i64,
    /// The version the editor started from; the update is refused if it moved on.
    pub version: i64,
    pub name: &'a str,
    pub kind: &'a str,
    pub description: &'a str,
    pub search_text: &'a str,
    pub now: i64,
}

/// Saves a group's fields if nobody saved it since `version` (otherwise `Conflict`).
pub async fn update(conn: &mut AnyConnection, w: WorkingGroupChange<'_>) -> Result<(), DbError> {
    let done = sqlx::query(
        "UPDATE working_groups SET name = $1, kind = $2, description = $3, search_text = $4, \
         updated_at = $5, version = version + 1 WHERE id = $6 AND version = $7",
    )
    .bind(w.name)
    .bind(w.kind)
    .bind(w.description)
    .bind(w.search_text)
    .bind(w.now)
    .bind(w.id)
    .bind(w.version)
    .execute(conn)
    .await?;
    match done.rows_affected() {
        0 => Err(DbError::Conflict),
        _ => Ok(()),
    }
}

/// Forgets a group's neighbourhoods and members, before the edited lists are written.
pub async fn clear_links(conn: &mut AnyConnection, working_group_id: i64) -> Result<(), DbError> {
    sqlx::query("DELETE FROM working_group_neighbourhoods WHERE working_group_id = $1")
        .bind(working_group_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM working_group_members WHERE working_group_id = $1")
        .bind(working_group_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The membership ids of a group's members.
pub async fn member_ids(pool: &AnyPool, working_group_id: i64) -> Result<Vec<i64>, DbError> {
    Ok(sqlx::query_scalar(
        "SELECT membership_id FROM working_group_members WHERE working_group_id = $1",
    )
    .bind(working_group_id)
    .fetch_all(pool)
    .await?)
}
