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
