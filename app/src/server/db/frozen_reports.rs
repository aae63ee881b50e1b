//! Frozen reports: stored as they stood, numbered within the Jalali year they were frozen in.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

#[derive(Clone, Copy)]
pub struct NewReport<'a> {
    pub year: i64,
    pub scope: &'a str,
    pub campaign_id: Option<i64>,
    pub starts_on: &'a str,
    pub ends_on: &'a str,
    pub body: &'a str,
    pub frozen_by: i64,
    pub now: i64,
}

/// Stores a report with the next number of its year; returns its id. Run in a transaction: the
/// unique (year, serial) refuses a second report taking the same number at the same moment.
pub async fn insert(conn: &mut AnyConnection, r: NewReport<'_>) -> Result<i64, DbError> {
    let serial: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(MAX(serial), 0) + 1 AS BIGINT) FROM frozen_reports WHERE year = $1",
    )
    .bind(r.year)
    .fetch_one(&mut *conn)
    .await?;
    Ok(sqlx::query_scalar(
        "INSERT INTO frozen_reports (year, serial, scope, campaign_id, starts_on, ends_on, body, \
         frozen_by, frozen_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(r.year)
    .bind(serial)
    .bind(r.scope)
    .bind(r.campaign_id)
    .bind(r.starts_on)
    .bind(r.ends_on)
    .bind(r.body)
    .bind(r.frozen_by)
    .bind(r.now)
    .fetch_one(conn)
    .await?)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ReportRow {
    pub id: i64,
    pub year: i64,
    pub serial: i64,
    pub scope: String,
    pub campaign_id: Option<i64>,
    pub campaign: Option<String>,
    pub starts_on: String,
    pub ends_on: String,
    pub frozen_at: i64,
}

const REPORTS: &str = "SELECT r.id, r.year, r.serial, r.scope, r.campaign_id, \
       c.name AS campaign, r.starts_on, r.ends_on, r.frozen_at \
     FROM frozen_reports r LEFT JOIN campaigns c ON c.id = r.campaign_id";

/// A page of frozen reports, the latest first.
pub async fn list(pool: &AnyPool, limit: i64, offset: i64) -> Result<Vec<ReportRow>, DbError> {
    let sql = format!("{REPORTS} ORDER BY r.frozen_at DESC, r.id DESC LIMIT $1 OFFSET $2");
    Ok(sqlx::query_as(&sql)
        .bind(limit)
        .bind(offset)
        .fetch_all(pool)
        .await?)
}

pub async fn count(pool: &AnyPool) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM frozen_reports")
        .fetch_one(pool)
        .await?)
}

/// A campaign's frozen reports, the latest first.
pub async fn of_campaign(pool: &AnyPool, campaign_id: i64) -> Result<Vec<ReportRow>, DbError> {
    let sql = format!("{REPORTS} WHERE r.campaign_id = $1 ORDER BY r.frozen_at DESC, r.id DESC");
    Ok(sqlx::query_as(&sql)
        .bind(campaign_id)
        .fetch_all(pool)
        .await?)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct StoredReport {
    #[sqlx(flatten)]
    pub row: ReportRow,
    pub frozen_by: String,
    pub body: String,
}

/// A frozen report, who froze it, and its stored body.
pub async fn find(pool: &AnyPool, id: i64) -> Result<Option<StoredReport>, DbError> {
    Ok(sqlx::query_as(
        "SELECT r.id, r.year, r.serial, r.scope, r.campaign_id, c.name AS campaign, r.starts_on, \
           r.ends_on, r.frozen_at, COALESCE(u.display_name, '') AS frozen_by, r.body \
         FROM frozen_reports r LEFT JOIN campaigns c ON c.id = r.campaign_id \
         LEFT JOIN users u ON u.id = r.frozen_by WHERE r.id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?)
}
