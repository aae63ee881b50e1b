//! What a campaign's scoring reads and keeps: its indicators, each taking part centre's record
//! summed up in a few grouped queries, self-assessments and their review, the recorded scores
//! (their history) and the recognised centres.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct IndicatorRow {
    pub id: i64,
    pub name: String,
    pub source: String,
    pub weight: i64,
    pub scale: i64,
}

pub async fn indicators(pool: &AnyPool, campaign_id: i64) -> Result<Vec<IndicatorRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT id, name, source, weight, scale FROM campaign_indicators \
         WHERE campaign_id = $1 ORDER BY id",
    )
    .bind(campaign_id)
    .fetch_all(pool)
    .await?)
}

pub async fn insert_indicator(
    conn: &mut AnyConnection,
    campaign_id: i64,
    name: &str,
    source: &str,
    weight: i64,
    scale: i64,
    now: i64,
) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO campaign_indicators (campaign_id, name, source, weight, scale, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(campaign_id)
    .bind(name)
    .bind(source)
    .bind(weight)
    .bind(scale)
    .bind(now)
    .fetch_one(conn)
    .await?)
}

/// Removes an indicator of this campaign; false when there is none.
pub async fn delete_indicator(
    conn: &mut AnyConnection,
    campaign_id: i64,
    id: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query("DELETE FROM campaign_indicators WHERE id = $1 AND campaign_id = $2")
        .bind(id)
        .bind(campaign_id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// A centre taking part (it holds at least one of the campaign's actions).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct TakingPart {
    pub id: i64,
    pub name: String,
    pub neighbourhood: String,
    pub manager_id: Option<i64>,
    pub organisation_id: i64,
}

pub async fn centres(pool: &AnyPool, campaign_id: i64) -> Result<Vec<TakingPart>, DbError> {
    Ok(sqlx::query_as(
        "SELECT c.id, c.name, n.name AS neighbourhood, c.manager_id, c.organisation_id \
         FROM centres c JOIN neighbourhoods n ON n.id = c.neighbourhood_id \
         WHERE c.id IN (SELECT a.centre_id FROM local_actions a WHERE a.campaign_id = $1) \
         ORDER BY c.name, c.id",
    )
    .bind(campaign_id)
    .fetch_all(pool)
    .await?)
}

/// A closed action of a centre in the campaign: its day, when it was closed, attendance.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ClosedAction {
    pub centre_id: i64,
    pub held_on: String,
    pub closed_at: i64,
    pub attendance: i64,
}

pub async fn closed_actions(
    pool: &AnyPool,
    campaign_id: i64,
) -> Result<Vec<ClosedAction>, DbError> {
    Ok(sqlx::query_as(
        "SELECT centre_id, held_on, closed_at, COALESCE(attendance, 0) AS attendance \
         FROM local_actions WHERE campaign_id = $1 AND state = 'closed' \
         AND centre_id IS NOT NULL AND closed_at IS NOT NULL",
    )
    .bind(campaign_id)
    .fetch_all(pool)
    .await?)
}

/// Per centre: targets met and targets recorded in the campaign's closed actions.
pub async fn targets(pool: &AnyPool, campaign_id: i64) -> Result<Vec<(i64, i64, i64)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT a.centre_id, \
           COALESCE(SUM(CASE WHEN t.achieved >= t.target THEN 1 ELSE 0 END), 0), COUNT(*) \
         FROM action_targets t JOIN local_actions a ON a.id = t.action_id \
         WHERE a.campaign_id = $1 AND a.centre_id IS NOT NULL AND t.achieved IS NOT NULL \
         GROUP BY a.centre_id",
    )
    .bind(campaign_id)
    .fetch_all(pool)
    .await?)
}

/// Per centre taking part: volunteers with approved hours there in the period, and those
/// minutes.
pub async fn volunteering(
    pool: &AnyPool,
    campaign_id: i64,
    starts_on: &str,
    ends_on: &str,
) -> Result<Vec<(i64, i64, i64)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT h.centre_id, COUNT(DISTINCT h.volunteer_id), CAST(SUM(h.minutes) AS BIGINT) \
         FROM service_hours h \
         WHERE h.state = 'approved' AND h.served_on >= $1 AND h.served_on <= $2 \
         AND h.centre_id IN (SELECT a.centre_id FROM local_actions a WHERE a.campaign_id = $3) \
         GROUP BY h.centre_id",
    )
    .bind(starts_on)
    .bind(ends_on)
    .bind(campaign_id)
    .fetch_all(pool)
    .await?)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AssessmentRow {
    pub id: i64,
    pub indicator_id: i64,
    pub centre_id: i64,
    pub statement: String,
    pub evidence: String,
    pub submitted_at: i64,
    pub score: Option<i64>,
    pub review_note: String,
    pub reviewed_at: Option<i64>,
}

pub async fn assessments(pool: &AnyPool, campaign_id: i64) -> Result<Vec<AssessmentRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT s.id, s.indicator_id, s.centre_id, s.statement, s.evidence, s.submitted_at, \
           s.score, s.review_note, s.reviewed_at \
         FROM centre_assessments s JOIN campaign_indicators i ON i.id = s.indicator_id \
         WHERE i.campaign_id = $1 ORDER BY s.id",
    )
    .bind(campaign_id)
    .fetch_all(pool)
    .await?)
}

/// Writes a centre's self-assessment; a changed one waits for review again.
pub async fn submit(
    conn: &mut AnyConnection,
    indicator_id: i64,
    centre_id: i64,
    statement: &str,
    evidence: &str,
    by: i64,
    now: i64,
) -> Result<(), DbError> {
    let updated = sqlx::query(
        "UPDATE centre_assessments SET statement = $1, evidence = $2, submitted_by = $3, \
         submitted_at = $4, score = NULL, review_note = '', reviewed_by = NULL, \
         reviewed_at = NULL WHERE indicator_id = $5 AND centre_id = $6",
    )
    .bind(statement)
    .bind(evidence)
    .bind(by)
    .bind(now)
    .bind(indicator_id)
    .bind(centre_id)
    .execute(&mut *conn)
    .await?;
    if updated.rows_affected() == 0 {
        sqlx::query(
            "INSERT INTO centre_assessments (indicator_id, centre_id, statement, evidence, \
             submitted_by, submitted_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(indicator_id)
        .bind(centre_id)
        .bind(statement)
        .bind(evidence)
        .bind(by)
        .bind(now)
        .execute(conn)
        .await?;
    }
    Ok(())
}

pub async fn review(
    conn: &mut AnyConnection,
    id: i64,
    score: i64,
    note: &str,
    by: i64,
    now: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE centre_assessments SET score = $1, review_note = $2, reviewed_by = $3, \
         reviewed_at = $4 WHERE id = $5",
    )
    .bind(score)
    .bind(note)
    .bind(by)
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RecordedScore {
    pub centre_id: i64,
    pub recorded_at: i64,
    pub tenths: i64,
    pub place: i64,
    pub note: String,
}

pub async fn insert_score(
    conn: &mut AnyConnection,
    campaign_id: i64,
    s: &RecordedScore,
    by: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO campaign_scores (campaign_id, centre_id, recorded_at, tenths, place, note, \
         recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(campaign_id)
    .bind(s.centre_id)
    .bind(s.recorded_at)
    .bind(s.tenths)
    .bind(s.place)
    .bind(&s.note)
    .bind(by)
    .execute(conn)
    .await?;
    Ok(())
}

/// Every recorded score of the campaign, oldest first.
pub async fn history(pool: &AnyPool, campaign_id: i64) -> Result<Vec<RecordedScore>, DbError> {
    Ok(sqlx::query_as(
        "SELECT centre_id, recorded_at, tenths, place, note FROM campaign_scores \
         WHERE campaign_id = $1 ORDER BY recorded_at, id",
    )
    .bind(campaign_id)
    .fetch_all(pool)
    .await?)
}

/// Recognises a centre (again: the citation is replaced) or withdraws it.
pub async fn set_recognised(
    conn: &mut AnyConnection,
    campaign_id: i64,
    centre_id: i64,
    citation: Option<&str>,
    by: i64,
    now: i64,
) -> Result<(), DbError> {
    sqlx::query("DELETE FROM campaign_recognitions WHERE campaign_id = $1 AND centre_id = $2")
        .bind(campaign_id)
        .bind(centre_id)
        .execute(&mut *conn)
        .await?;
    if let Some(citation) = citation {
        sqlx::query(
            "INSERT INTO campaign_recognitions (campaign_id, centre_id, citation, \
             recognised_by, recognised_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(campaign_id)
        .bind(centre_id)
        .bind(citation)
        .bind(by)
        .bind(now)
        .execute(conn)
        .await?;
    }
    Ok(())
}

pub async fn recognitions(pool: &AnyPool, campaign_id: i64) -> Result<Vec<(i64, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT centre_id, citation FROM campaign_recognitions WHERE campaign_id = $1",
    )
    .bind(campaign_id)
    .fetch_all(pool)
    .await?)
}
