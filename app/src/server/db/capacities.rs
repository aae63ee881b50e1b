//! Organisations' capacities and resources ("who has what, where").
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CapacityRow {
    pub id: i64,
    pub organisation_id: i64,
    pub organisation: String,
    pub kind: String,
    pub quantity: i64,
    pub unit: String,
    pub description: String,
    pub available_from: Option<String>,
    pub available_until: Option<String>,
}

pub struct NewCapacity<'a> {
    pub organisation_id: i64,
    pub kind: &'a str,
    pub quantity: i64,
    pub unit: &'a str,
    pub description: &'a str,
    pub available_from: Option<&'a str>,
    pub available_until: Option<&'a str>,
    pub now: i64,
}

pub async fn insert(conn: &mut AnyConnection, c: NewCapacity<'_>) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO capacities (organisation_id, kind, quantity, unit, description, \
         available_from, available_until, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
    )
    .bind(c.organisation_id)
    .bind(c.kind)
    .bind(c.quantity)
    .bind(c.unit)
    .bind(c.description)
    .bind(c.available_from)
    .bind(c.available_until)
    .bind(c.now)
    .fetch_one(conn)
    .await?)
}

pub async fn add_neighbourhood(
    conn: &mut AnyConnection,
    capacity_id: i64,
    neighbourhood_id: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO capacity_neighbourhoods (capacity_id, neighbourhood_id) VALUES ($1, $2)",
    )
    .bind(capacity_id)
    .bind(neighbourhood_id)
    .execute(conn)
    .await?;
    Ok(())
}

const SELECT: &str = "SELECT c.id, c.organisation_id, o.name AS organisation, c.kind, \
       c.quantity, c.unit, c.description, c.available_from, c.available_until \
     FROM capacities c JOIN organisations o ON o.id = c.organisation_id";

/// One organisation's capacities, by kind.
pub async fn of_organisation(
    pool: &AnyPool,
    organisation_id: i64,
) -> Result<Vec<CapacityRow>, DbError> {
    let sql = format!("{SELECT} WHERE c.organisation_id = $1 ORDER BY c.kind, c.id");
    Ok(sqlx::query_as(&sql)
        .bind(organisation_id)
        .fetch_all(pool)
        .await?)
}

/// Capacities of verified organisations, filtered by kind and neighbourhood (empty/None = any),
/// largest first.
pub async fn search(
    pool: &AnyPool,
    kind: &str,
    neighbourhood_id: Option<i64>,
) -> Result<Vec<CapacityRow>, DbError> {
    let sql = format!(
        "{SELECT} WHERE o.status = 'verified' AND ($1 = '' OR c.kind = $1) \
           AND ($2 < 0 OR c.id IN (SELECT capacity_id FROM capacity_neighbourhoods \
                                   WHERE neighbourhood_id = $2)) \
         ORDER BY c.quantity DESC, o.name, c.id"
    );
    Ok(sqlx::query_as(&sql)
        .bind(kind)
        .bind(neighbourhood_id.unwrap_or(-1))
        .fetch_all(pool)
        .await?)
}

/// (capacity id, neighbourhood id, name) for all capacities of an organisation, or all
/// capacities when `organisation_id` is None: one query for a whole list.
pub async fn neighbourhoods(
    pool: &AnyPool,
    organisation_id: Option<i64>,
) -> Result<Vec<(i64, i64, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT x.capacity_id, n.id, n.name FROM capacity_neighbourhoods x \
           JOIN neighbourhoods n ON n.id = x.neighbourhood_id \
           JOIN capacities c ON c.id = x.capacity_id \
         WHERE ($1 < 0 OR c.organisation_id = $1) ORDER BY n.name",
    )
    .bind(organisation_id.unwrap_or(-1))
    .fetch_all(pool)
    .await?)
}

pub async fn find(pool: &AnyPool, id: i64) -> Result<Option<CapacityRow>, DbError> {
    let sql = format!("{SELECT} WHERE c.id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?)
}

/// Saves a capacity's fields (its organisation stays).
pub async fn update(conn: &mut AnyConnection, id: i64, c: NewCapacity<'_>) -> Result<(), DbError> {
    sqlx::query(
        "UPDATE capacities SET kind = $1, quantity = $2, unit = $3, description = $4, \
         available_from = $5, available_until = $6, updated_at = $7 WHERE id = $8",
    )
    .bind(c.kind)
    .bind(c.quantity)
    .bind(c.unit)
    .bind(c.description)
    .bind(c.available_from)
    .bind(c.available_until)
    .bind(c.now)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM capacity_neighbourhoods WHERE capacity_id = $1")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Removes a capacity (its neighbourhood links go with it).
pub async fn delete(conn: &mut AnyConnection, id: i64) -> Result<(), DbError> {
    sqlx::query("DELETE FROM capacity_neighbourhoods WHERE capacity_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM capacities WHERE id = $1")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}
