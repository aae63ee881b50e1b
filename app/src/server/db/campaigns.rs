//! Campaigns: named periods with their goals and registration drive, and what their actions
//! add up to.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

pub struct NewCampaign<'a> {
    pub name: &'a str,
    pub starts_on: &'a str,
    pub ends_on: &'a str,
    pub goals: &'a str,
    pub drive_id: Option<i64>,
    pub search_text: &'a str,
    pub created_by: i64,
    pub now: i64,
}

pub async fn insert(conn: &mut AnyConnection, c: NewCampaign<'_>) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO campaigns (name, starts_on, ends_on, goals, drive_id, search_text, \
         created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(c.name)
    .bind(c.starts_on)
    .bind(c.ends_on)
    .bind(c.goals)
    .bind(c.drive_id)
    .bind(c.search_text)
    .bind(c.created_by)
    .bind(c.now)
    .fetch_one(conn)
    .await?)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CampaignRow {
    pub id: i64,
    pub name: String,
    pub starts_on: String,
    pub ends_on: String,
    pub goals: String,
    pub drive_id: Option<i64>,
    pub drive_code: Option<String>,
    pub drive_name: Option<String>,
    pub drive_volunteers: i64,
    pub actions: i64,
    pub closed: i64,
    pub centres: i64,
}

const CAMPAIGNS: &str = "SELECT c.id, c.name, c.starts_on, c.ends_on, c.goals, c.drive_id, \
       d.code AS drive_code, d.name AS drive_name, \
       (SELECT COUNT(*) FROM volunteers v WHERE c.drive_id IS NOT NULL \
          AND v.drive_id = c.drive_id) AS drive_volunteers, \
       (SELECT COUNT(*) FROM local_actions a WHERE a.campaign_id = c.id) AS actions, \
       (SELECT COUNT(*) FROM local_actions a WHERE a.campaign_id = c.id \
          AND a.state = 'closed') AS closed, \
       (SELECT COUNT(DISTINCT a.centre_id) FROM local_actions a WHERE a.campaign_id = c.id) \
          AS centres \
     FROM campaigns c LEFT JOIN volunteer_drives d ON d.id = c.drive_id";

/// Every campaign, the latest first.
pub async fn list(pool: &AnyPool) -> Result<Vec<CampaignRow>, DbError> {
    let sql = format!("{CAMPAIGNS} ORDER BY c.starts_on DESC, c.id DESC");
    Ok(sqlx::query_as(&sql).fetch_all(pool).await?)
}

pub async fn find(pool: &AnyPool, id: i64) -> Result<Option<CampaignRow>, DbError> {
    let sql = format!("{CAMPAIGNS} WHERE c.id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?)
}

/// Campaigns an action may still join: those not ended before `today`.
pub async fn open(pool: &AnyPool, today: &str) -> Result<Vec<(i64, String)>, DbError> {
    Ok(
        sqlx::query_as("SELECT id, name FROM campaigns WHERE ends_on >= $1 ORDER BY starts_on, id")
            .bind(today)
            .fetch_all(pool)
            .await?,
    )
}

/// The campaign's period, for checking an action's day against it.
pub async fn period(pool: &AnyPool, id: i64) -> Result<Option<(String, String)>, DbError> {
    Ok(
        sqlx::query_as("SELECT starts_on, ends_on FROM campaigns WHERE id = $1")
            .bind(id)
            .fetch_optional(pool)
            .await?,
    )
}
