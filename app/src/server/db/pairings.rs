//! Pairings of mentor and mentee organisations.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

pub struct NewPairing<'a> {
    pub mentor_id: i64,
    pub mentee_id: i64,
    pub offered: &'a str,
    pub goals: &'a str,
    pub starts_on: &'a str,
    pub introduced_by: i64,
    pub now: i64,
}

pub async fn insert(conn: &mut AnyConnection, p: NewPairing<'_>) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO pairings (mentor_id, mentee_id, offered, goals, starts_on, introduced_by, \
         created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(p.mentor_id)
    .bind(p.mentee_id)
    .bind(p.offered)
    .bind(p.goals)
    .bind(p.starts_on)
    .bind(p.introduced_by)
    .bind(p.now)
    .fetch_one(conn)
    .await?)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct PairingRow {
    pub id: i64,
    pub mentor_id: i64,
    pub mentor: String,
    pub mentee_id: i64,
    pub mentee: String,
    pub offered: String,
    pub goals: String,
    pub state: String,
    pub starts_on: String,
    pub ended_on: Option<String>,
    pub outcome: String,
}

const PAIRINGS: &str =
    "SELECT p.id, p.mentor_id, a.name AS mentor, p.mentee_id, b.name AS mentee, \
       p.offered, p.goals, p.state, p.starts_on, p.ended_on, p.outcome \
     FROM pairings p JOIN organisations a ON a.id = p.mentor_id \
     JOIN organisations b ON b.id = p.mentee_id";

/// A page of pairings, active ones first, then the latest started.
pub async fn list(pool: &AnyPool, limit: i64, offset: i64) -> Result<Vec<PairingRow>, DbError> {
    let sql = format!(
        "{PAIRINGS} ORDER BY CASE WHEN p.state = 'active' THEN 0 ELSE 1 END, p.starts_on DESC, \
         p.id DESC LIMIT $1 OFFSET $2"
    );
    Ok(sqlx::query_as(&sql)
        .bind(limit)
        .bind(offset)
        .fetch_all(pool)
        .await?)
}

pub async fn count(pool: &AnyPool) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM pairings")
        .fetch_one(pool)
        .await?)
}

/// An organisation's pairings, as mentor or as mentee.
pub async fn of_organisation(pool: &AnyPool, id: i64) -> Result<Vec<PairingRow>, DbError> {
    let sql = format!(
        "{PAIRINGS} WHERE p.mentor_id = $1 OR p.mentee_id = $1 \
         ORDER BY CASE WHEN p.state = 'active' THEN 0 ELSE 1 END, p.starts_on DESC, p.id DESC"
    );
    Ok(sqlx::query_as(&sql).bind(id).fetch_all(pool).await?)
}

/// Pairings that ran during the days (started by the last, not ended before the first).
pub async fn during(
    pool: &AnyPool,
    starts_on: &str,
    ends_on: &str,
) -> Result<Vec<PairingRow>, DbError> {
    let sql = format!(
        "{PAIRINGS} WHERE p.starts_on <= $2 AND (p.ended_on IS NULL OR p.ended_on >= $1) \
         ORDER BY p.starts_on, p.id"
    );
    Ok(sqlx::query_as(&sql)
        .bind(starts_on)
        .bind(ends_on)
        .fetch_all(pool)
        .await?)
}

pub async fn find(pool: &AnyPool, id: i64) -> Result<Option<PairingRow>, DbError> {
    let sql = format!("{PAIRINGS} WHERE p.id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?)
}

/// Ends an active pairing; false when it was not active any more.
pub async fn end(
    conn: &mut AnyConnection,
    id: i64,
    state: &str,
    ended_on: &str,
    outcome: &str,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE pairings SET state = $1, ended_on = $2, outcome = $3 \
         WHERE id = $4 AND state = 'active'",
    )
    .bind(state)
    .bind(ended_on)
    .bind(outcome)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}
