//! Reminders: the items that may earn one today, each with the person to remind (one query
//! per rule family), and the record that makes each reminder happen once per item, person
//! and day, whichever instance gets there first.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

/// An item and a person to remind of it; `day` is the due day or the day it started waiting
/// (ISO text), or absent when only `since_ms` is known.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Candidate {
    pub object_id: i64,
    pub user_id: i64,
    pub title: String,
    pub parent_id: Option<i64>,
    pub day: Option<String>,
    pub since_ms: Option<i64>,
}

/// Open board tasks with an assignee, due by `until` (ISO day) and not long forgotten.
pub async fn tasks(pool: &AnyPool, from: &str, until: &str) -> Result<Vec<Candidate>, DbError> {
    Ok(sqlx::query_as(
        "SELECT c.id AS object_id, a.user_id, c.title, c.working_group_id AS parent_id, \
           c.due_on AS day, CAST(NULL AS BIGINT) AS since_ms \
         FROM board_cards c JOIN board_card_assignees a ON a.card_id = c.id \
           JOIN users u ON u.id = a.user_id \
         WHERE c.lane IN ('todo', 'doing') AND c.due_on IS NOT NULL \
           AND c.due_on >= $1 AND c.due_on <= $2 AND u.disabled_at IS NULL \
         ORDER BY c.id, a.user_id",
    )
    .bind(from)
    .bind(until)
    .fetch_all(pool)
    .await?)
}

/// Published actions whose day is within [`from`, `until`) and which are not closed, with who
/// runs them: the centre's manager, or for an organisation's own action its representatives.
pub async fn unclosed_actions(
    pool: &AnyPool,
    from: &str,
    until: &str,
) -> Result<Vec<Candidate>, DbError> {
    Ok(sqlx::query_as(
        "SELECT a.id AS object_id, c.manager_id AS user_id, a.title, a.centre_id AS parent_id, \
           a.held_on AS day, CAST(NULL AS BIGINT) AS since_ms \
         FROM local_actions a JOIN centres c ON c.id = a.centre_id \
           JOIN users u ON u.id = c.manager_id \
         WHERE a.state = 'published' AND a.held_on >= $1 AND a.held_on < $2 \
           AND u.disabled_at IS NULL \
         UNION ALL \
         SELECT a.id AS object_id, r.user_id, a.title, CAST(NULL AS BIGINT) AS parent_id, \
           a.held_on AS day, CAST(NULL AS BIGINT) AS since_ms \
         FROM local_actions a \
           JOIN organisation_representatives r ON r.organisation_id = a.organisation_id \
         WHERE a.state = 'published' AND a.centre_id IS NULL \
           AND a.held_on >= $1 AND a.held_on < $2 \
         ORDER BY 1, 2",
    )
    .bind(from)
    .bind(until)
    .fetch_all(pool)
    .await?)
}

/// Open milestones of running projects, due by `until`, with the lead's representatives.
pub async fn milestones(
    pool: &AnyPool,
    from: &str,
    until: &str,
) -> Result<Vec<Candidate>, DbError> {
    Ok(sqlx::query_as(
        "SELECT ms.id AS object_id, r.user_id, ms.title, p.id AS parent_id, ms.due_on AS day, \
           CAST(NULL AS BIGINT) AS since_ms \
         FROM milestones ms JOIN projects p ON p.id = ms.project_id \
           JOIN organisation_representatives r ON r.organisation_id = p.lead_organisation_id \
         WHERE ms.done_on IS NULL AND p.status = 'active' \
           AND ms.due_on >= $1 AND ms.due_on <= $2 \
         ORDER BY ms.id, r.user_id",
    )
    .bind(from)
    .bind(until)
    .fetch_all(pool)
    .await?)
}

/// Running projects with their lead's representatives, the day of the lead's last report
/// (`day`) and when the project started running (`since_ms`).
pub async fn led_projects(pool: &AnyPool) -> Result<Vec<Candidate>, DbError> {
    Ok(sqlx::query_as(
        "SELECT p.id AS object_id, r.user_id, p.title, CAST(NULL AS BIGINT) AS parent_id, \
           (SELECT MAX(u.reported_on) FROM progress_updates u WHERE u.project_id = p.id \
             AND u.organisation_id = p.lead_organisation_id) AS day, \
           p.status_since AS since_ms \
         FROM projects p \
           JOIN organisation_representatives r ON r.organisation_id = p.lead_organisation_id \
         WHERE p.status = 'active' ORDER BY p.id, r.user_id",
    )
    .fetch_all(pool)
    .await?)
}

/// Proposals before a committee (submitted to it, or referred and under review) with the
/// accounts in its chair and secretary seats on `today`.
pub async fn proposals_at_committees(
    pool: &AnyPool,
    today: &str,
) -> Result<Vec<Candidate>, DbError> {
    Ok(sqlx::query_as(
        "SELECT p.id AS object_id, leads.user_id, p.title, p.committee_id AS parent_id, \
           CAST(NULL AS TEXT) AS day, p.status_since AS since_ms \
         FROM proposals p JOIN ( \
             SELECT m.committee_id, pe.user_id FROM memberships m \
               JOIN people pe ON pe.id = m.person_id \
             WHERE m.role IN ('chair', 'secretary') AND pe.user_id IS NOT NULL \
               AND m.since <= $1 AND (m.until IS NULL OR m.until >= $1) \
             UNION \
             SELECT m.committee_id, r.user_id FROM memberships m \
               JOIN organisation_representatives r ON r.organisation_id = m.organisation_id \
             WHERE m.role IN ('chair', 'secretary') \
               AND m.since <= $1 AND (m.until IS NULL OR m.until >= $1) \
           ) leads ON leads.committee_id = p.committee_id \
         WHERE p.status IN ('submitted', 'in_review') \
         ORDER BY p.id, leads.user_id",
    )
    .bind(today)
    .fetch_all(pool)
    .await?)
}

/// Recommended proposals with every enabled official.
pub async fn proposals_awaiting_decision(pool: &AnyPool) -> Result<Vec<Candidate>, DbError> {
    Ok(sqlx::query_as(
        "SELECT p.id AS object_id, u.id AS user_id, p.title, CAST(NULL AS BIGINT) AS parent_id, \
           CAST(NULL AS TEXT) AS day, p.status_since AS since_ms \
         FROM proposals p CROSS JOIN users u \
         WHERE p.status = 'recommended' AND u.role = 'official' AND u.disabled_at IS NULL \
         ORDER BY p.id, u.id",
    )
    .fetch_all(pool)
    .await?)
}

/// Organisations waiting for verification with every enabled official.
pub async fn organisations_waiting(pool: &AnyPool) -> Result<Vec<Candidate>, DbError> {
    Ok(sqlx::query_as(
        "SELECT o.id AS object_id, u.id AS user_id, o.name AS title, \
           CAST(NULL AS BIGINT) AS parent_id, CAST(NULL AS TEXT) AS day, \
           o.created_at AS since_ms \
         FROM organisations o CROSS JOIN users u \
         WHERE o.status = 'pending' AND u.role = 'official' AND u.disabled_at IS NULL \
         ORDER BY o.id, u.id",
    )
    .fetch_all(pool)
    .await?)
}

/// Records that `user_id` is reminded of `object_id` under `rule` on `day`; false when that
/// reminder was already given (by this or another instance).
pub async fn record(
    conn: &mut AnyConnection,
    rule: &str,
    object_id: i64,
    user_id: i64,
    day: &str,
    now: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "INSERT INTO reminders_sent (rule, object_id, user_id, day, sent_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
    )
    .bind(rule)
    .bind(object_id)
    .bind(user_id)
    .bind(day)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Forgets reminders older than `before` (the key only matters on its own day).
pub async fn prune(pool: &AnyPool, before: i64) -> Result<u64, DbError> {
    Ok(sqlx::query("DELETE FROM reminders_sent WHERE sent_at < $1")
        .bind(before)
        .execute(pool)
        .await?
        .rows_affected())
}

/// People who chose a digest and have not had it for the current `daily` or `weekly` period:
/// id and choice (so the runs between digests compute nothing).
pub async fn digest_readers(
    pool: &AnyPool,
    daily: &str,
    weekly: &str,
) -> Result<Vec<(i64, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT u.id, u.digest FROM users u \
         WHERE u.digest <> 'none' AND u.disabled_at IS NULL \
           AND u.email IS NOT NULL AND u.email <> '' \
           AND NOT EXISTS (SELECT 1 FROM digests_sent d WHERE d.user_id = u.id \
             AND d.period = CASE WHEN u.digest = 'daily' THEN $1 ELSE $2 END) \
         ORDER BY u.id",
    )
    .bind(daily)
    .bind(weekly)
    .fetch_all(pool)
    .await?)
}

/// Records the digest of `period` for this person; false when it was already given.
pub async fn record_digest(
    conn: &mut AnyConnection,
    user_id: i64,
    period: &str,
    now: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "INSERT INTO digests_sent (user_id, period, sent_at) VALUES ($1, $2, $3) \
         ON CONFLICT DO NOTHING",
    )
    .bind(user_id)
    .bind(period)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
