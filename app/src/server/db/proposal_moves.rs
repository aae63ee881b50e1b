//! A proposal's journey: each move through review with its reason, and the discussion.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

pub struct NewMove<'a> {
    pub proposal_id: i64,
    pub action: &'a str,
    pub from: &'a str,
    pub to: &'a str,
    pub reason: &'a str,
    pub committee_id: Option<i64>,
    pub actor_id: i64,
    pub now: i64,
}

pub async fn insert(conn: &mut AnyConnection, m: NewMove<'_>) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO proposal_moves (proposal_id, action, from_status, to_status, reason, \
           committee_id, actor_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(m.proposal_id)
    .bind(m.action)
    .bind(m.from)
    .bind(m.to)
    .bind(m.reason)
    .bind(m.committee_id)
    .bind(m.actor_id)
    .bind(m.now)
    .execute(conn)
    .await?;
    Ok(())
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct MoveRow {
    pub action: String,
    pub from_status: String,
    pub to_status: String,
    pub reason: String,
    pub committee: Option<String>,
    pub actor: Option<String>,
    pub at: i64,
}

/// The moves of a proposal, oldest first.
pub async fn of_proposal(pool: &AnyPool, proposal_id: i64) -> Result<Vec<MoveRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT m.action, m.from_status, m.to_status, m.reason, c.name AS committee, \
           u.display_name AS actor, m.at \
         FROM proposal_moves m LEFT JOIN committees c ON c.id = m.committee_id \
           LEFT JOIN users u ON u.id = m.actor_id \
         WHERE m.proposal_id = $1 ORDER BY m.at, m.id",
    )
    .bind(proposal_id)
    .fetch_all(pool)
    .await?)
}

pub async fn insert_comment(
    conn: &mut AnyConnection,
    proposal_id: i64,
    author_id: i64,
    body: &str,
    now: i64,
) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO proposal_comments (proposal_id, author_id, body, created_at) \
         VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(proposal_id)
    .bind(author_id)
    .bind(body)
    .bind(now)
    .fetch_one(conn)
    .await?)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CommentRow {
    pub id: i64,
    pub author: String,
    pub body: String,
    pub created_at: i64,
}

/// A proposal's comments, oldest first.
pub async fn comments(pool: &AnyPool, proposal_id: i64) -> Result<Vec<CommentRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT c.id, u.display_name AS author, c.body, c.created_at \
         FROM proposal_comments c JOIN users u ON u.id = c.author_id \
         WHERE c.proposal_id = $1 ORDER BY c.created_at, c.id",
    )
    .bind(proposal_id)
    .fetch_all(pool)
    .await?)
}

/// The ids of a proposal's moves, in the order they were made.
pub async fn ids_of(pool: &AnyPool, proposal_id: i64) -> Result<Vec<i64>, DbError> {
    Ok(
        sqlx::query_scalar("SELECT id FROM proposal_moves WHERE proposal_id = $1 ORDER BY id")
            .bind(proposal_id)
            .fetch_all(pool)
            .await?,
    )
}

/// Sets when a move was made (the demo loader spreads its history over past months).
pub async fn set_time(conn: &mut AnyConnection, move_id: i64, at: i64) -> Result<(), DbError> {
    sqlx::query("UPDATE proposal_moves SET at = $1 WHERE id = $2")
        .bind(at)
        .bind(move_id)
        .execute(conn)
        .await?;
    Ok(())
}
