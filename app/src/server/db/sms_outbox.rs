//! Text messages: who opted out of which kinds, and the SMS outbox (waiting, sent, or failed
//! and due again later). A message is claimed by one instance before it is sent, so two
//! servers never send the same one.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

/// Queues the text message for a notification, if its person has a verified mobile number, is
/// not disabled and has not opted out of this kind. Sent by day only (not urgent).
pub async fn enqueue_notice(
    conn: &mut AnyConnection,
    notification_id: i64,
    user_id: i64,
    now: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO sms_outbox (notification_id, user_id, to_number, body, created_at, \
           next_attempt_at) \
         SELECT n.id, u.id, u.mobile, '', $3, $3 FROM users u JOIN notifications n ON n.id = $1 \
         WHERE u.id = $2 AND u.mobile IS NOT NULL AND u.mobile_verified_at IS NOT NULL \
           AND u.disabled_at IS NULL \
           AND NOT EXISTS (SELECT 1 FROM sms_opt_outs o WHERE o.user_id = u.id AND o.kind = n.kind)",
    )
    .bind(notification_id)
    .bind(user_id)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Queues a message with its own words to `to_number` (a verification code: urgent, sent even
/// at night, because the person is waiting for it).
pub async fn enqueue_text(
    conn: &mut AnyConnection,
    user_id: i64,
    to_number: &str,
    body: &str,
    urgent: bool,
    now: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO sms_outbox (user_id, to_number, body, urgent, created_at, next_attempt_at) \
         VALUES ($1, $2, $3, $4, $5, $5)",
    )
    .bind(user_id)
    .bind(to_number)
    .bind(body)
    .bind(i64::from(urgent))
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SmsRow {
    pub id: i64,
    pub to_number: String,
    pub recipient: String,
    pub locale: String,
    /// Empty for a message with its own words (`body`).
    pub kind: String,
    pub subject: String,
    pub detail: String,
    pub note: String,
    pub link: String,
    pub body: String,
    pub actor: Option<String>,
    pub urgent: i64,
    pub created_at: i64,
    pub sent_at: Option<i64>,
    pub attempts: i64,
    pub last_error: String,
}

const SELECT: &str = "SELECT s.id, s.to_number, r.display_name AS recipient, r.locale, \
       COALESCE(n.kind, '') AS kind, COALESCE(n.subject, '') AS subject, \
       COALESCE(n.detail, '') AS detail, COALESCE(n.note, '') AS note, \
       COALESCE(n.link, '') AS link, s.body, a.display_name AS actor, s.urgent, s.created_at, \
       s.sent_at, s.attempts, s.last_error \
     FROM sms_outbox s LEFT JOIN notifications n ON n.id = s.notification_id \
       JOIN users r ON r.id = s.user_id LEFT JOIN users a ON a.id = n.actor_id";

/// A page of text messages, newest first, and how many there are.
pub async fn page(pool: &AnyPool, limit: i64, offset: i64) -> Result<(Vec<SmsRow>, i64), DbError> {
    let total = sqlx::query_scalar("SELECT COUNT(*) FROM sms_outbox")
        .fetch_one(pool)
        .await?;
    let sql = format!("{SELECT} ORDER BY s.created_at DESC, s.id DESC LIMIT $1 OFFSET $2");
    let rows = sqlx::query_as(&sql)
        .bind(limit)
        .bind(offset)
        .fetch_all(pool)
        .await?;
    Ok((rows, total))
}

/// Messages due now (unsent, under `max_attempts` failures, their time come), oldest first;
/// `urgent_only` at night.
pub async fn due(
    pool: &AnyPool,
    now: i64,
    urgent_only: bool,
    max_attempts: i64,
    limit: i64,
) -> Result<Vec<SmsRow>, DbError> {
    let sql = format!(
        "{SELECT} WHERE s.sent_at IS NULL AND s.next_attempt_at <= $1 AND s.attempts < $2 \
           AND s.urgent >= $3 ORDER BY s.id LIMIT $4"
    );
    Ok(sqlx::query_as(&sql)
        .bind(now)
        .bind(max_attempts)
        .bind(i64::from(urgent_only))
        .bind(limit)
        .fetch_all(pool)
        .await?)
}

/// Takes a due message for this instance until `until`; false when another took it first.
pub async fn claim(pool: &AnyPool, id: i64, now: i64, until: i64) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE sms_outbox SET next_attempt_at = $1 \
         WHERE id = $2 AND sent_at IS NULL AND next_attempt_at <= $3",
    )
    .bind(until)
    .bind(id)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn mark_sent(pool: &AnyPool, id: i64, now: i64) -> Result<(), DbError> {
    sqlx::query(
        "UPDATE sms_outbox SET sent_at = $1, attempts = attempts + 1, last_error = '' \
         WHERE id = $2",
    )
    .bind(now)
    .bind(id)
    .execute(pool)
    .await?;
    Ok(())
}

/// Records a failure; the message is tried again at `retry_at`.
pub async fn mark_failed(
    pool: &AnyPool,
    id: i64,
    error: &str,
    retry_at: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "UPDATE sms_outbox SET attempts = attempts + 1, last_error = $1, next_attempt_at = $2 \
         WHERE id = $3",
    )
    .bind(error)
    .bind(retry_at)
    .bind(id)
    .execute(pool)
    .await?;
    Ok(())
}
