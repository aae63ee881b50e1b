//! The volunteers of an action: the shifts at its centre on its day, and the hours approved
//! there that day.
use super::DbError;
use sqlx::AnyPool;

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ShiftRow {
    pub shift_id: i64,
    pub opportunity_id: i64,
    pub title: String,
    pub starts_at: String,
    pub ends_at: String,
    pub booked: i64,
    pub attended: i64,
}

/// The centre's shifts on the day (not cancelled), with seats booked and volunteers who came.
pub async fn shifts_on(
    pool: &AnyPool,
    centre_id: i64,
    day: &str,
) -> Result<Vec<ShiftRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT s.id AS shift_id, o.id AS opportunity_id, o.title, s.starts_at, s.ends_at, \
           (SELECT COUNT(*) FROM shift_signups g WHERE g.shift_id = s.id AND g.state = 'booked') \
             AS booked, \
           (SELECT COUNT(*) FROM shift_signups g WHERE g.shift_id = s.id AND g.attended = 1) \
             AS attended \
         FROM shifts s JOIN opportunities o ON o.id = s.opportunity_id \
         WHERE o.centre_id = $1 AND s.day = $2 AND s.cancelled_at IS NULL \
         ORDER BY s.starts_at, s.id",
    )
    .bind(centre_id)
    .bind(day)
    .fetch_all(pool)
    .await?)
}

/// Volunteers with approved hours at the centre on the day, and those minutes.
pub async fn hours_on(pool: &AnyPool, centre_id: i64, day: &str) -> Result<(i64, i64), DbError> {
    Ok(sqlx::query_as(
        "SELECT COUNT(DISTINCT volunteer_id), CAST(COALESCE(SUM(minutes), 0) AS BIGINT) \
         FROM service_hours WHERE centre_id = $1 AND served_on = $2 AND state = 'approved'",
    )
    .bind(centre_id)
    .bind(day)
    .fetch_one(pool)
    .await?)
}
