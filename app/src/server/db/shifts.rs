//! Opportunities and their shifts; the volunteers signed up to them are in `shift_signups`
//! (re-exported here: callers see one store).
pub use super::shift_signups::*;
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

pub struct NewOpportunity<'a> {
    pub centre_id: i64,
    /// The organisation publishing it, when not the centre itself.
    pub organisation_id: Option<i64>,
    pub role_id: i64,
    pub project_id: Option<i64>,
    pub title: &'a str,
    pub description: &'a str,
    pub created_by: i64,
    pub now: i64,
}

pub async fn insert_opportunity(
    conn: &mut AnyConnection,
    o: &NewOpportunity<'_>,
) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO opportunities (centre_id, role_id, project_id, title, description, \
           created_by, created_at, updated_at, organisation_id, search_text) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8, $9) RETURNING id",
    )
    .bind(o.centre_id)
    .bind(o.role_id)
    .bind(o.project_id)
    .bind(o.title)
    .bind(o.description)
    .bind(o.created_by)
    .bind(o.now)
    .bind(o.organisation_id)
    .bind(searchable(o.title, o.description))
    .fetch_one(conn)
    .await?)
}

/// What search matches an opportunity by: its title and description, folded.
fn searchable(title: &str, description: &str) -> String {
    crate::domain::normalize::fold_for_search(&format!("{title} {description}"))
}

/// Gives opportunities stored without a search text (before search covered them) theirs.
pub async fn fill_search_text(pool: &AnyPool) -> Result<(), DbError> {
    let rows: Vec<(i64, String, String)> =
        sqlx::query_as("SELECT id, title, description FROM opportunities WHERE search_text = ''")
            .fetch_all(pool)
            .await?;
    for (id, title, description) in rows {
        sqlx::query("UPDATE opportunities SET search_text = $1 WHERE id = $2")
            .bind(searchable(&title, &description))
            .bind(id)
            .execute(pool)
            .await?;
    }
    Ok(())
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct OpportunityRow {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub centre_id: i64,
    pub centre: String,
    pub neighbourhood_id: i64,
    pub neighbourhood: String,
    pub role_id: i64,
    pub role_code: Option<String>,
    pub role_name: String,
    pub project_id: Option<i64>,
    pub project: Option<String>,
    /// The organisation that published it, when not the centre itself.
    pub organisation_id: Option<i64>,
    pub organisation: Option<String>,
    /// The first shift from the given day on that is not cancelled.
    pub next_day: Option<String>,
    pub shifts_ahead: i64,
    /// Seats not yet booked in those shifts.
    pub seats_left: i64,
}

/// `$1` is the day from which shifts count as ahead.
const OPPORTUNITIES: &str = "SELECT o.id, o.title, o.description, o.centre_id, c.name AS centre, \
       c.neighbourhood_id, n.name AS neighbourhood, o.role_id, vr.code AS role_code, \
       vr.name AS role_name, o.project_id, p.title AS project, o.organisation_id, \
       po.name AS organisation, \
       (SELECT MIN(s.day) FROM shifts s WHERE s.opportunity_id = o.id \
          AND s.cancelled_at IS NULL AND s.day >= $1) AS next_day, \
       (SELECT COUNT(*) FROM shifts s WHERE s.opportunity_id = o.id \
          AND s.cancelled_at IS NULL AND s.day >= $1) AS shifts_ahead, \
       (SELECT CAST(COALESCE(SUM(s.slots), 0) AS BIGINT) FROM shifts s \
          WHERE s.opportunity_id = o.id AND s.cancelled_at IS NULL AND s.day >= $1) \
       - (SELECT COUNT(*) FROM shift_signups g JOIN shifts s ON s.id = g.shift_id \
          WHERE s.opportunity_id = o.id AND s.cancelled_at IS NULL AND s.day >= $1 \
            AND g.state = 'booked') AS seats_left \
     FROM opportunities o JOIN centres c ON c.id = o.centre_id \
     JOIN neighbourhoods n ON n.id = c.neighbourhood_id \
     JOIN volunteer_roles vr ON vr.id = o.role_id \
     LEFT JOIN projects p ON p.id = o.project_id \
     LEFT JOIN organisations po ON po.id = o.organisation_id";

pub async fn opportunity(
    pool: &AnyPool,
    id: i64,
    today: &str,
) -> Result<Option<OpportunityRow>, DbError> {
    let sql = format!("{OPPORTUNITIES} WHERE o.id = $2");
    Ok(sqlx::query_as(&sql)
        .bind(today)
        .bind(id)
        .fetch_optional(pool)
        .await?)
}

/// Which opportunities a list shows.
#[derive(Clone, Copy, Debug)]
pub enum OpportunitiesOf {
    /// Everywhere, those with a shift ahead, the soonest first.
    Ahead,
    /// One centre's, all of them, the latest first.
    Centre(i64),
    /// Those serving one project, all of them, the latest first.
    Project(i64),
    /// Those an organisation published, all of them, the latest first.
    Organisation(i64),
}

/// A page of opportunities and how many there are in all.
pub async fn list(
    pool: &AnyPool,
    of: OpportunitiesOf,
    today: &str,
    limit: i64,
    offset: i64,
) -> Result<(Vec<OpportunityRow>, i64), DbError> {
    let (filter, order, id) = match of {
        OpportunitiesOf::Ahead => (
            "EXISTS (SELECT 1 FROM shifts s WHERE s.opportunity_id = o.id \
               AND s.cancelled_at IS NULL AND s.day >= $1) AND $2 = 0",
            "next_day, id",
            0,
        ),
        OpportunitiesOf::Centre(id) => ("o.centre_id = $2", "id DESC", id),
        OpportunitiesOf::Project(id) => ("o.project_id = $2", "id DESC", id),
        OpportunitiesOf::Organisation(id) => ("o.organisation_id = $2", "id DESC", id),
    };
    let sql = format!(
        "SELECT * FROM ({OPPORTUNITIES} WHERE o.closed_at IS NULL AND {filter}) listed \
         ORDER BY {order} LIMIT $3 OFFSET $4"
    );
    let rows = sqlx::query_as(&sql)
        .bind(today)
        .bind(id)
        .bind(limit)
        .bind(offset)
        .fetch_all(pool)
        .await?;
    let count =
        format!("SELECT COUNT(*) FROM opportunities o WHERE o.closed_at IS NULL AND {filter}");
    let total = sqlx::query_scalar(&count)
        .bind(today)
        .bind(id)
        .fetch_one(pool)
        .await?;
    Ok((rows, total))
}

pub struct NewShift<'a> {
    pub opportunity_id: i64,
    pub day: &'a str,
    pub starts: &'a str,
    pub ends: &'a str,
    pub slots: i64,
    pub now: i64,
}

pub async fn insert_shift(conn: &mut AnyConnection, s: &NewShift<'_>) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO shifts (opportunity_id, day, starts_at, ends_at, slots, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(s.opportunity_id)
    .bind(s.day)
    .bind(s.starts)
    .bind(s.ends)
    .bind(s.slots)
    .bind(s.now)
    .fetch_one(conn)
    .await?)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ShiftRow {
    pub id: i64,
    pub opportunity_id: i64,
    pub day: String,
    pub starts_at: String,
    pub ends_at: String,
    pub slots: i64,
    pub cancelled_at: Option<i64>,
    pub cancel_reason: String,
    pub attendance_at: Option<i64>,
    pub booked: i64,
    pub waiting: i64,
}

const SHIFTS: &str = "SELECT s.id, s.opportunity_id, s.day, s.starts_at, s.ends_at, s.slots, \
       s.cancelled_at, s.cancel_reason, s.attendance_at, \
       (SELECT COUNT(*) FROM shift_signups g WHERE g.shift_id = s.id \
          AND g.state = 'booked') AS booked, \
       (SELECT COUNT(*) FROM shift_signups g WHERE g.shift_id = s.id \
          AND g.state = 'waiting') AS waiting \
     FROM shifts s";

pub async fn shift(pool: &AnyPool, id: i64) -> Result<Option<ShiftRow>, DbError> {
    let sql = format!("{SHIFTS} WHERE s.id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?)
}

/// An opportunity's shifts in the order they happen.
pub async fn shifts_of(pool: &AnyPool, opportunity_id: i64) -> Result<Vec<ShiftRow>, DbError> {
    let sql = format!("{SHIFTS} WHERE s.opportunity_id = $1 ORDER BY s.day, s.starts_at, s.id");
    Ok(sqlx::query_as(&sql)
        .bind(opportunity_id)
        .fetch_all(pool)
        .await?)
}

/// Bumps the shift's version inside the caller's transaction: on PostgreSQL this locks the
/// row, so sign-ups to one shift are decided one at a time. `false` when there is no shift.
pub async fn lock_shift(conn: &mut AnyConnection, id: i64) -> Result<bool, DbError> {
    let done = sqlx::query("UPDATE shifts SET version = version + 1 WHERE id = $1")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn booked_count(conn: &mut AnyConnection, shift_id: i64) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM shift_signups WHERE shift_id = $1 AND state = 'booked'",
    )
    .bind(shift_id)
    .fetch_one(conn)
    .await?)
}

pub async fn cancel_shift(
    conn: &mut AnyConnection,
    id: i64,
    reason: &str,
    now: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE shifts SET cancelled_at = $1, cancel_reason = $2, version = version + 1 \
         WHERE id = $3 AND cancelled_at IS NULL",
    )
    .bind(now)
    .bind(reason)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Marks the shift's attendance as recorded; `false` when it already was.
pub async fn mark_attendance(conn: &mut AnyConnection, id: i64, now: i64) -> Result<bool, DbError> {
    let done =
        sqlx::query("UPDATE shifts SET attendance_at = $1 WHERE id = $2 AND attendance_at IS NULL")
            .bind(now)
            .bind(id)
            .execute(conn)
            .await?;
    Ok(done.rows_affected() == 1)
}
