//! Email: who opted out of which kinds of notification, and the outbox of messages (waiting,
//! sent, or failed with the last error).
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

/// Queues the email for a notification, if its person has an address, is not disabled and has
/// not opted out of this kind.
pub async fn enqueue(
    conn: &mut AnyConnection,
    notification_id: i64,
    user_id: i64,
    kind: &str,
    now: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO outbox (notification_id, user_id, to_address, created_at) \
         SELECT $1, u.id, u.email, $4 FROM users u \
         WHERE u.id = $2 AND u.email IS NOT NULL AND u.email <> '' AND u.disabled_at IS NULL \
           AND NOT EXISTS (SELECT 1 FROM email_opt_outs o WHERE o.user_id = u.id AND o.kind = $3)",
    )
    .bind(notification_id)
    .bind(user_id)
    .bind(kind)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct OutboxRow {
    pub id: i64,
    pub to_address: String,
    pub recipient: String,
    /// The recipient's language (`fa`, `en`): the message is written in it.
    pub locale: String,
    /// Empty for a message with its own words (a digest), whose `subject` and `body` are kept.
    pub kind: String,
    pub subject: String,
    pub detail: String,
    pub note: String,
    pub link: String,
    pub body: String,
    pub actor: Option<String>,
    pub created_at: i64,
    pub sent_at: Option<i64>,
    pub attempts: i64,
    pub last_error: String,
}

const SELECT: &str = "SELECT o.id, o.to_address, r.display_name AS recipient, r.locale, \
       COALESCE(n.kind, '') AS kind, COALESCE(n.subject, o.subject) AS subject, \
       COALESCE(n.detail, '') AS detail, COALESCE(n.note, '') AS note, \
       COALESCE(n.link, '') AS link, o.body, a.display_name AS actor, o.created_at, o.sent_at, \
       o.attempts, o.last_error \
     FROM outbox o LEFT JOIN notifications n ON n.id = o.notification_id \
       JOIN users r ON r.id = o.user_id LEFT JOIN users a ON a.id = n.actor_id";

/// Queues an email with its own words (a digest) to this person's address, if they have one
/// and are not disabled.
pub async fn enqueue_own(
    conn: &mut AnyConnection,
    user_id: i64,
    subject: &str,
    body: &str,
    now: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "INSERT INTO outbox (user_id, to_address, subject, body, created_at) \
         SELECT u.id, u.email, $2, $3, $4 FROM users u \
         WHERE u.id = $1 AND u.email IS NOT NULL AND u.email <> '' AND u.disabled_at IS NULL",
    )
    .bind(user_id)
    .bind(subject)
    .bind(body)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// A page of the outbox, newest first, and how many messages it holds.
pub async fn page(
    pool: &AnyPool,
    limit: i64,
    offset: i64,
) -> Result<(Vec<OutboxRow>, i64), DbError> {
    let total = sqlx::query_scalar("SELECT COUNT(*) FROM outbox")
        .fetch_one(pool)
        .await?;
    let sql = format!("{SELECT} ORDER BY o.created_at DESC, o.id DESC LIMIT $1 OFFSET $2");
    let rows = sqlx::query_as(&sql)
        .bind(limit)
        .bind(offset)
        .fetch_all(pool)
        .await?;
    Ok((rows, total))
}

/// Messages still to send, oldest first, that have failed fewer than `max_attempts` times.
pub async fn due(pool: &AnyPool, max_attempts: i64, limit: i64) -> Result<Vec<OutboxRow>, DbError> {
    let sql =
        format!("{SELECT} WHERE o.sent_at IS NULL AND o.attempts < $1 ORDER BY o.id LIMIT $2");
    Ok(sqlx::query_as(&sql)
        .bind(max_attempts)
        .bind(limit)
        .fetch_all(pool)
        .await?)
}

pub async fn mark_sent(pool: &AnyPool, id: i64, now: i64) -> Result<(), DbError> {
    sqlx::query(
        "UPDATE outbox SET sent_at = $1, attempts = attempts + 1, last_error = '' WHERE id = $2",
    )
    .bind(now)
    .bind(id)
    .execute(pool)
    .await?;
    Ok(())
}

pub async fn mark_failed(pool: &AnyPool, id: i64, error: &str) -> Result<(), DbError> {
    sqlx::query("UPDATE outbox SET attempts = attempts + 1, last_error = $1 WHERE id = $2")
        .bind(error)
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}
