//! In-app notifications: one row per person and event, with what to show and where it leads.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

pub struct NewNotification<'a> {
    pub kind: &'a str,
    pub subject: &'a str,
    pub detail: &'a str,
    /// Free words told with the event (a revision request's reason); empty when none.
    pub note: &'a str,
    pub link: &'a str,
    pub actor_id: Option<i64>,
    pub now: i64,
}

/// Notifies each of `user_ids` (the actor themself is skipped: nobody is told what they did),
/// and queues an email for those with an address who have not opted out of this kind.
pub async fn notify(
    conn: &mut AnyConnection,
    user_ids: &[i64],
    n: &NewNotification<'_>,
) -> Result<(), DbError> {
    for user_id in user_ids {
        if Some(*user_id) == n.actor_id {
            continue;
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO notifications (user_id, kind, subject, detail, note, link, actor_id, \
               created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(user_id)
        .bind(n.kind)
        .bind(n.subject)
        .bind(n.detail)
        .bind(n.note)
        .bind(n.link)
        .bind(n.actor_id)
        .bind(n.now)
        .fetch_one(&mut *conn)
        .await?;
        super::outbox::enqueue(&mut *conn, id, *user_id, n.kind, n.now).await?;
        super::sms_outbox::enqueue_notice(&mut *conn, id, *user_id, n.now).await?;
    }
    Ok(())
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct NotificationRow {
    pub id: i64,
    pub kind: String,
    pub subject: String,
    pub detail: String,
    pub note: String,
    pub link: String,
    pub actor: Option<String>,
    pub created_at: i64,
    pub read_at: Option<i64>,
}

/// A page of someone's notifications, newest first, and how many there are.
pub async fn page(
    pool: &AnyPool,
    user_id: i64,
    limit: i64,
    offset: i64,
) -> Result<(Vec<NotificationRow>, i64), DbError> {
    let total = sqlx::query_scalar("SELECT COUNT(*) FROM notifications WHERE user_id = $1")
        .bind(user_id)
        .fetch_one(pool)
        .await?;
    let rows = sqlx::query_as(
        "SELECT n.id, n.kind, n.subject, n.detail, n.note, n.link, u.display_name AS actor, \
           n.created_at, n.read_at \
         FROM notifications n LEFT JOIN users u ON u.id = n.actor_id \
         WHERE n.user_id = $1 ORDER BY n.created_at DESC, n.id DESC LIMIT $2 OFFSET $3",
    )
    .bind(user_id)
    .bind(limit)
    .bind(offset)
    .fetch_all(pool)
    .await?;
    Ok((rows, total))
}

pub async fn unread_count(pool: &AnyPool, user_id: i64) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL",
    )
    .bind(user_id)
    .fetch_one(pool)
    .await?)
}

/// Marks one notification (or, with `None`, all) of this person read.
pub async fn mark_read(
    conn: &mut AnyConnection,
    user_id: i64,
    id: Option<i64>,
    now: i64,
) -> Result<u64, DbError> {
    let done = sqlx::query(
        "UPDATE notifications SET read_at = $1 \
         WHERE user_id = $2 AND read_at IS NULL AND ($3 < 0 OR id = $3)",
    )
    .bind(now)
    .bind(user_id)
    .bind(id.unwrap_or(-1))
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// The accounts that represent an organisation (who hears about its proposals).
pub async fn representatives(pool: &AnyPool, organisation_id: i64) -> Result<Vec<i64>, DbError> {
    Ok(sqlx::query_scalar(
        "SELECT user_id FROM organisation_representatives WHERE organisation_id = $1",
    )
    .bind(organisation_id)
    .fetch_all(pool)
    .await?)
}
