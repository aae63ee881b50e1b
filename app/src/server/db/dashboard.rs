//! Counts for the officials' dashboard. Drafts are the proposing organisation's own business and
//! are never counted.
use super::DbError;
use sqlx::AnyPool;

/// (status, count) of every proposal past the draft stage.
pub async fn proposals_by_status(pool: &AnyPool) -> Result<Vec<(String, i64)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT status, COUNT(*) FROM proposals WHERE status <> 'draft' \
         GROUP BY status ORDER BY status",
    )
    .fetch_all(pool)
    .await?)
}

/// (dimension, count) of every proposal past the draft stage.
pub async fn proposals_by_dimension(pool: &AnyPool) -> Result<Vec<(String, i64)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT dimension, COUNT(*) FROM proposals WHERE status <> 'draft' \
         GROUP BY dimension ORDER BY dimension",
    )
    .fetch_all(pool)
    .await?)
}

/// (first submission, decision) times of the proposals an official has decided: the wait is
/// counted from the first submission, revisions included.
pub async fn decision_times(pool: &AnyPool) -> Result<Vec<(Option<i64>, i64)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT (SELECT MIN(m.at) FROM proposal_moves m \
                  WHERE m.proposal_id = p.id AND m.to_status = 'submitted'), p.decided_at \
         FROM proposals p \
         WHERE p.status IN ('approved', 'rejected') AND p.decided_at IS NOT NULL",
    )
    .fetch_all(pool)
    .await?)
}

/// (status, count) of every project.
pub async fn projects_by_status(pool: &AnyPool) -> Result<Vec<(String, i64)>, DbError> {
    Ok(
        sqlx::query_as("SELECT status, COUNT(*) FROM projects GROUP BY status ORDER BY status")
            .fetch_all(pool)
            .await?,
    )
}

/// (neighbourhood id, name, count) of projects per neighbourhood, the busiest first.
pub async fn projects_by_neighbourhood(pool: &AnyPool) -> Result<Vec<(i64, String, i64)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT n.id, n.name, COUNT(*) AS projects FROM project_neighbourhoods pn \
           JOIN neighbourhoods n ON n.id = pn.neighbourhood_id \
         GROUP BY n.id, n.name ORDER BY projects DESC, n.name",
    )
    .fetch_all(pool)
    .await?)
}

/// (state, count) of volunteers.
pub async fn volunteers_by_state(pool: &AnyPool) -> Result<Vec<(String, i64)>, DbError> {
    Ok(
        sqlx::query_as("SELECT state, COUNT(*) FROM volunteers GROUP BY state ORDER BY state")
            .fetch_all(pool)
            .await?,
    )
}

/// (role id, code, name, count) of active volunteers offering each role, the most first.
pub async fn active_by_role(
    pool: &AnyPool,
) -> Result<Vec<(i64, Option<String>, String, i64)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT r.id, r.code, r.name, COUNT(*) AS offered FROM volunteer_offers o \
           JOIN volunteers v ON v.id = o.volunteer_id JOIN volunteer_roles r ON r.id = o.role_id \
         WHERE v.state = 'active' GROUP BY r.id, r.code, r.name ORDER BY offered DESC, r.id",
    )
    .fetch_all(pool)
    .await?)
}

/// (neighbourhood id, name, count) of active volunteers' homes, the most first.
pub async fn active_by_neighbourhood(
    pool: &AnyPool,
    limit: i64,
) -> Result<Vec<(i64, String, i64)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT n.id, n.name, COUNT(*) AS living FROM volunteers v \
           JOIN neighbourhoods n ON n.id = v.neighbourhood_id \
         WHERE v.state = 'active' GROUP BY n.id, n.name ORDER BY living DESC, n.name LIMIT $1",
    )
    .bind(limit)
    .fetch_all(pool)
    .await?)
}

/// (ISO day, minutes) of approved service from `since` on.
pub async fn approved_minutes_by_day(
    pool: &AnyPool,
    since: &str,
) -> Result<Vec<(String, i64)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT served_on, CAST(SUM(minutes) AS BIGINT) FROM service_hours \
         WHERE state = 'approved' AND served_on >= $1 GROUP BY served_on",
    )
    .bind(since)
    .fetch_all(pool)
    .await?)
}
