//! Needs assessments: what an organisation found in a neighbourhood, with its ranked needs.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

pub struct NewAssessment<'a> {
    pub organisation_id: i64,
    pub neighbourhood_id: i64,
    pub assessed_on: &'a str,
    pub method: &'a str,
    pub households: Option<i64>,
    pub findings: &'a str,
    pub created_by: Option<i64>,
    pub now: i64,
}

pub async fn insert(conn: &mut AnyConnection, a: NewAssessment<'_>) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO assessments (organisation_id, neighbourhood_id, assessed_on, method, \
           households, findings, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(a.organisation_id)
    .bind(a.neighbourhood_id)
    .bind(a.assessed_on)
    .bind(a.method)
    .bind(a.households)
    .bind(a.findings)
    .bind(a.created_by)
    .bind(a.now)
    .fetch_one(conn)
    .await?)
}

pub async fn add_need(
    conn: &mut AnyConnection,
    assessment_id: i64,
    ordinal: i64,
    dimension: &str,
    need: &str,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO assessment_needs (assessment_id, ordinal, dimension, need) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(assessment_id)
    .bind(ordinal)
    .bind(dimension)
    .bind(need)
    .execute(conn)
    .await?;
    Ok(())
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AssessmentRow {
    pub id: i64,
    pub organisation_id: i64,
    pub organisation: String,
    pub neighbourhood_id: i64,
    pub neighbourhood: String,
    pub assessed_on: String,
    pub method: String,
    pub households: Option<i64>,
    pub findings: String,
}

const SELECT: &str = "SELECT a.id, a.organisation_id, o.name AS organisation, a.neighbourhood_id, \
       n.name AS neighbourhood, a.assessed_on, a.method, a.households, a.findings \
     FROM assessments a JOIN organisations o ON o.id = a.organisation_id \
       JOIN neighbourhoods n ON n.id = a.neighbourhood_id";

pub async fn find(pool: &AnyPool, id: i64) -> Result<Option<AssessmentRow>, DbError> {
    let sql = format!("{SELECT} WHERE a.id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?)
}

/// A neighbourhood's assessments, newest first.
pub async fn of_neighbourhood(
    pool: &AnyPool,
    neighbourhood_id: i64,
) -> Result<Vec<AssessmentRow>, DbError> {
    let sql =
        format!("{SELECT} WHERE a.neighbourhood_id = $1 ORDER BY a.assessed_on DESC, a.id DESC");
    Ok(sqlx::query_as(&sql)
        .bind(neighbourhood_id)
        .fetch_all(pool)
        .await?)
}

/// (assessment id, ordinal, dimension, need) of a neighbourhood's assessments, in rank order.
pub async fn needs_in_neighbourhood(
    pool: &AnyPool,
    neighbourhood_id: i64,
) -> Result<Vec<(i64, i64, String, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT x.assessment_id, x.ordinal, x.dimension, x.need FROM assessment_needs x \
           JOIN assessments a ON a.id = x.assessment_id \
         WHERE a.neighbourhood_id = $1 ORDER BY x.assessment_id, x.ordinal",
    )
    .bind(neighbourhood_id)
    .fetch_all(pool)
    .await?)
}

/// Every assessment as "neighbourhood · organisation · day" to cite in a proposal, newest
/// first: (id, neighbourhood, organisation, ISO day).
pub async fn choices(pool: &AnyPool) -> Result<Vec<(i64, String, String, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT a.id, n.name, o.name, a.assessed_on FROM assessments a \
           JOIN organisations o ON o.id = a.organisation_id \
           JOIN neighbourhoods n ON n.id = a.neighbourhood_id \
         ORDER BY a.assessed_on DESC, a.id DESC LIMIT 300",
    )
    .fetch_all(pool)
    .await?)
}
