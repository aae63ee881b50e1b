//! Veterans: volunteers with approved service, their totals, deaths and honours.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct VeteranRow {
    pub id: i64,
    pub full_name: String,
    pub intermediary_id: i64,
    pub intermediary: String,
    pub neighbourhood: Option<String>,
    /// Their home's county (its city where no county is recorded).
    pub county: Option<String>,
    pub minutes: i64,
    pub first_on: String,
    pub last_on: String,
    pub died_on: Option<String>,
    pub family_contact: String,
    pub honoured_on: Option<String>,
    pub honours: i64,
}

/// Every volunteer with approved service (at `centre`, when given), with their totals and
/// latest honour; the list's rules pick and order them.
pub async fn all(pool: &AnyPool, centre: Option<i64>) -> Result<Vec<VeteranRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT v.id, v.full_name, v.intermediary_id, o.name AS intermediary, \
           n.name AS neighbourhood, COALESCE(NULLIF(n.county, ''), n.city) AS county, t.minutes, t.first_on, t.last_on, v.died_on, \
           v.family_contact, \
           (SELECT MAX(h.honoured_on) FROM volunteer_honours h WHERE h.volunteer_id = v.id) \
             AS honoured_on, \
           (SELECT COUNT(*) FROM volunteer_honours h WHERE h.volunteer_id = v.id) AS honours \
         FROM volunteers v JOIN organisations o ON o.id = v.intermediary_id \
         LEFT JOIN neighbourhoods n ON n.id = v.neighbourhood_id \
         JOIN (SELECT volunteer_id, CAST(SUM(minutes) AS BIGINT) AS minutes, \
                 MIN(served_on) AS first_on, MAX(served_on) AS last_on \
               FROM service_hours WHERE state = 'approved' GROUP BY volunteer_id) t \
           ON t.volunteer_id = v.id \
         WHERE $1 IS NULL OR EXISTS (SELECT 1 FROM service_hours s \
           WHERE s.volunteer_id = v.id AND s.state = 'approved' AND s.centre_id = $1)",
    )
    .bind(centre)
    .fetch_all(pool)
    .await?)
}

/// The province's counties (a neighbourhood's city where it records no county), by name.
pub async fn counties(pool: &AnyPool) -> Result<Vec<String>, DbError> {
    Ok(sqlx::query_scalar(
        "SELECT DISTINCT COALESCE(NULLIF(county, ''), city) AS place FROM neighbourhoods \
         ORDER BY place",
    )
    .fetch_all(pool)
    .await?)
}

pub async fn insert_honour(
    conn: &mut AnyConnection,
    volunteer_id: i64,
    honoured_on: &str,
    occasion: &str,
    recorded_by: i64,
    now: i64,
) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO volunteer_honours (volunteer_id, honoured_on, occasion, recorded_by, \
           created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(volunteer_id)
    .bind(honoured_on)
    .bind(occasion)
    .bind(recorded_by)
    .bind(now)
    .fetch_one(conn)
    .await?)
}

/// Records a death: the day and the family contact, and the volunteer is no longer active (so
/// nobody routes or reminds them).
pub async fn record_death(
    conn: &mut AnyConnection,
    volunteer_id: i64,
    died_on: &str,
    family_contact: &str,
    now: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE volunteers SET died_on = $1, family_contact = $2, state = 'inactive', \
           state_at = CASE WHEN state = 'inactive' THEN state_at ELSE $3 END, updated_at = $3, \
           version = version + 1 WHERE id = $4",
    )
    .bind(died_on)
    .bind(family_contact)
    .bind(now)
    .bind(volunteer_id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
