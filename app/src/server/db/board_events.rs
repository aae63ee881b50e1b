//! A board's event log (what live views replay and a card's history shows), its comments and
//! checklists, and who is viewing it now.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct EventRow {
    pub id: i64,
    pub card_id: Option<i64>,
    pub kind: String,
    pub detail: String,
    pub actor: Option<String>,
    pub created_at: i64,
}

pub struct NewEvent<'a> {
    pub working_group_id: i64,
    pub card_id: Option<i64>,
    /// `created`, `moved`, `reordered`, `edited`, `commented`, `assigned`, `checked`.
    pub kind: &'a str,
    /// For a move, `from>to` (column codes).
    pub detail: &'a str,
    pub actor_id: i64,
    pub now: i64,
}

/// Appends an event (inside the caller's transaction) and returns its id.
pub async fn record(conn: &mut AnyConnection, e: NewEvent<'_>) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO board_events (working_group_id, card_id, kind, detail, actor_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(e.working_group_id)
    .bind(e.card_id)
    .bind(e.kind)
    .bind(e.detail)
    .bind(e.actor_id)
    .bind(e.now)
    .fetch_one(conn)
    .await?)
}

const SELECT: &str = "SELECT e.id, e.card_id, e.kind, e.detail, u.display_name AS actor, \
       e.created_at FROM board_events e LEFT JOIN users u ON u.id = e.actor_id";

/// Events of a board after `after`, oldest first, at most `limit` of them.
pub async fn since(
    pool: &AnyPool,
    working_group_id: i64,
    after: i64,
    limit: i64,
) -> Result<Vec<EventRow>, DbError> {
    let sql =
        format!("{SELECT} WHERE e.working_group_id = $1 AND e.id > $2 ORDER BY e.id LIMIT $3");
    Ok(sqlx::query_as(&sql)
        .bind(working_group_id)
        .bind(after)
        .bind(limit)
        .fetch_all(pool)
        .await?)
}

/// The newest event id of a board (0 when none): where a freshly drawn view starts listening.
pub async fn latest(pool: &AnyPool, working_group_id: i64) -> Result<i64, DbError> {
    let id: Option<i64> =
        sqlx::query_scalar("SELECT MAX(id) FROM board_events WHERE working_group_id = $1")
            .bind(working_group_id)
            .fetch_one(pool)
            .await?;
    Ok(id.unwrap_or(0))
}

/// A card's history, oldest first.
pub async fn of_card(pool: &AnyPool, card_id: i64) -> Result<Vec<EventRow>, DbError> {
    let sql = format!("{SELECT} WHERE e.card_id = $1 ORDER BY e.id");
    Ok(sqlx::query_as(&sql).bind(card_id).fetch_all(pool).await?)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CommentRow {
    pub id: i64,
    pub author: String,
    pub body: String,
    pub created_at: i64,
}

pub async fn add_comment(
    conn: &mut AnyConnection,
    card_id: i64,
    author_id: i64,
    body: &str,
    now: i64,
) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO board_card_comments (card_id, author_id, body, created_at) \
         VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(card_id)
    .bind(author_id)
    .bind(body)
    .bind(now)
    .fetch_one(conn)
    .await?)
}

pub async fn comments(pool: &AnyPool, card_id: i64) -> Result<Vec<CommentRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT k.id, u.display_name AS author, k.body, k.created_at \
         FROM board_card_comments k JOIN users u ON u.id = k.author_id \
         WHERE k.card_id = $1 ORDER BY k.id",
    )
    .bind(card_id)
    .fetch_all(pool)
    .await?)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CheckRow {
    pub id: i64,
    pub text: String,
    pub done_at: Option<i64>,
    pub created_by: Option<i64>,
}

pub async fn checklist(pool: &AnyPool, card_id: i64) -> Result<Vec<CheckRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT id, text, done_at, created_by \
         FROM board_checklist_items WHERE card_id = $1 ORDER BY ordinal, id",
    )
    .bind(card_id)
    .fetch_all(pool)
    .await?)
}

pub async fn add_check(
    conn: &mut AnyConnection,
    card_id: i64,
    text: &str,
    author_id: i64,
) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO board_checklist_items (card_id, ordinal, text, created_by) \
         VALUES ($1, (SELECT COALESCE(MAX(ordinal), 0) + 1 FROM board_checklist_items \
                      WHERE card_id = $1), $2, $3) RETURNING id",
    )
    .bind(card_id)
    .bind(text)
    .bind(author_id)
    .fetch_one(conn)
    .await?)
}

/// The author of an item of the card's checklist: `None` when the item is not the card's.
pub async fn check_author(
    pool: &AnyPool,
    card_id: i64,
    item_id: i64,
) -> Result<Option<Option<i64>>, DbError> {
    Ok(sqlx::query_scalar(
        "SELECT created_by FROM board_checklist_items WHERE id = $1 AND card_id = $2",
    )
    .bind(item_id)
    .bind(card_id)
    .fetch_optional(pool)
    .await?)
}

/// Ticks or unticks an item of the card's checklist; false when the item is not the card's.
pub async fn set_check(
    conn: &mut AnyConnection,
    card_id: i64,
    item_id: i64,
    done_by: Option<i64>,
    now: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE board_checklist_items \
         SET done_at = CASE WHEN $3 IS NULL THEN NULL ELSE $4 END, done_by = $3 \
         WHERE id = $1 AND card_id = $2",
    )
    .bind(item_id)
    .bind(card_id)
    .bind(done_by)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Notes that `user_id` is viewing the board through `connection` now.
pub async fn seen(
    pool: &AnyPool,
    connection: &str,
    working_group_id: i64,
    user_id: i64,
    now: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO board_viewers (connection, working_group_id, user_id, seen_at) \
         VALUES ($1, $2, $3, $4) \
         ON CONFLICT (connection) DO UPDATE SET seen_at = $4",
    )
    .bind(connection)
    .bind(working_group_id)
    .bind(user_id)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(())
}

pub async fn gone(pool: &AnyPool, connection: &str) -> Result<(), DbError> {
    sqlx::query("DELETE FROM board_viewers WHERE connection = $1")
        .bind(connection)
        .execute(pool)
        .await?;
    Ok(())
}

/// Who has been viewing the board since `since` (each person once), by name.
pub async fn viewers(
    pool: &AnyPool,
    working_group_id: i64,
    since: i64,
) -> Result<Vec<(i64, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT DISTINCT u.id, u.display_name FROM board_viewers v JOIN users u ON u.id = v.user_id \
         WHERE v.working_group_id = $1 AND v.seen_at >= $2 ORDER BY u.display_name",
    )
    .bind(working_group_id)
    .bind(since)
    .fetch_all(pool)
    .await?)
}
