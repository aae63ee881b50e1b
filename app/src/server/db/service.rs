//! Hours of service and certificates of service.
use super::{placeholders, DbError};
use sqlx::{AnyConnection, AnyPool};

pub struct NewHours<'a> {
    pub volunteer_id: i64,
    /// Hours come from a placement or from an attended shift's sign-up.
    pub placement_id: Option<i64>,
    pub signup_id: Option<i64>,
    pub centre_id: i64,
    pub role_id: i64,
    pub served_on: &'a str,
    pub minutes: i64,
    pub note: &'a str,
    pub state: &'a str,
    pub reported_by: i64,
    /// Set when the centre records the hours itself (approved at once).
    pub decided_by: Option<i64>,
    pub now: i64,
}

/// Adds an entry; `None` when that placement already has one for that day (or that sign-up
/// one at all).
pub async fn insert_hours(
    conn: &mut AnyConnection,
    h: &NewHours<'_>,
) -> Result<Option<i64>, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO service_hours (volunteer_id, placement_id, centre_id, served_on, minutes, \
           note, state, reported_by, reported_at, decided_by, decided_at, signup_id, role_id) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, \
           CASE WHEN $10 IS NULL THEN NULL ELSE $9 END, $11, $12) \
         ON CONFLICT DO NOTHING RETURNING id",
    )
    .bind(h.volunteer_id)
    .bind(h.placement_id)
    .bind(h.centre_id)
    .bind(h.served_on)
    .bind(h.minutes)
    .bind(h.note)
    .bind(h.state)
    .bind(h.reported_by)
    .bind(h.now)
    .bind(h.decided_by)
    .bind(h.signup_id)
    .bind(h.role_id)
    .fetch_optional(conn)
    .await?)
}

/// The volunteer's edit: new day, hours and note, and the entry waits for the centre again.
/// `false` when the entry changed meanwhile (or the day is taken by another entry: `Conflict`).
pub async fn edit_hours(
    conn: &mut AnyConnection,
    id: i64,
    version: i64,
    served_on: &str,
    minutes: i64,
    note: &str,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE service_hours SET served_on = $1, minutes = $2, note = $3, state = 'pending', \
           reason = '', decided_by = NULL, decided_at = NULL, version = version + 1 \
         WHERE id = $4 AND version = $5",
    )
    .bind(served_on)
    .bind(minutes)
    .bind(note)
    .bind(id)
    .bind(version)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The centre's answer to a pending entry as it saw it (`version`); `false` when it is no
/// longer pending or changed meanwhile.
pub async fn decide_hours(
    conn: &mut AnyConnection,
    id: i64,
    version: i64,
    state: &str,
    reason: &str,
    by: i64,
    now: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE service_hours SET state = $1, reason = $2, decided_by = $3, decided_at = $4, \
           version = version + 1 WHERE id = $5 AND version = $6 AND state = 'pending'",
    )
    .bind(state)
    .bind(reason)
    .bind(by)
    .bind(now)
    .bind(id)
    .bind(version)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct HoursRow {
    pub id: i64,
    pub volunteer_id: i64,
    pub volunteer: String,
    pub volunteer_user_id: i64,
    pub placement_id: Option<i64>,
    pub centre_id: i64,
    pub centre: String,
    pub role_id: i64,
    pub role_code: Option<String>,
    pub role_name: String,
    pub served_on: String,
    pub minutes: i64,
    pub note: String,
    pub state: String,
    pub reason: String,
    pub version: i64,
}

const HOURS: &str = "SELECT h.id, h.volunteer_id, v.full_name AS volunteer, \
       v.user_id AS volunteer_user_id, h.placement_id, h.centre_id, c.name AS centre, \
       h.role_id, vr.code AS role_code, vr.name AS role_name, h.served_on, h.minutes, h.note, \
       h.state, h.reason, h.version \
     FROM service_hours h JOIN volunteers v ON v.id = h.volunteer_id \
     JOIN volunteer_roles vr ON vr.id = h.role_id JOIN centres c ON c.id = h.centre_id";

pub async fn hours(pool: &AnyPool, id: i64) -> Result<Option<HoursRow>, DbError> {
    let sql = format!("{HOURS} WHERE h.id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?)
}

/// Every entry of these volunteers, latest day first.
pub async fn hours_of(pool: &AnyPool, volunteers: &[i64]) -> Result<Vec<HoursRow>, DbError> {
    if volunteers.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "{HOURS} WHERE h.volunteer_id IN ({}) ORDER BY h.served_on DESC, h.id DESC",
        placeholders(volunteers.len())
    );
    let mut query = sqlx::query_as::<_, HoursRow>(&sql);
    for id in volunteers {
        query = query.bind(*id);
    }
    Ok(query.fetch_all(pool).await?)
}

/// A centre's entries: those waiting for it first (oldest day first), then the latest
/// `limit` answered ones.
pub async fn hours_at(
    pool: &AnyPool,
    centre_id: i64,
    limit: i64,
) -> Result<Vec<HoursRow>, DbError> {
    let pending = format!(
        "{HOURS} WHERE h.centre_id = $1 AND h.state = 'pending' ORDER BY h.served_on, h.id"
    );
    let answered = format!(
        "{HOURS} WHERE h.centre_id = $1 AND h.state <> 'pending' \
         ORDER BY h.served_on DESC, h.id DESC LIMIT $2"
    );
    let mut rows: Vec<HoursRow> = sqlx::query_as(&pending)
        .bind(centre_id)
        .fetch_all(pool)
        .await?;
    rows.extend(
        sqlx::query_as::<_, HoursRow>(&answered)
            .bind(centre_id)
            .bind(limit)
            .fetch_all(pool)
            .await?,
    );
    Ok(rows)
}

/// Approved minutes and first day of approved service, per volunteer (all of them, or one
/// intermediary's).
pub async fn approved_totals(
    pool: &AnyPool,
    intermediary: Option<i64>,
) -> Result<Vec<(i64, i64, String)>, DbError> {
    let sql = "SELECT h.volunteer_id, CAST(SUM(h.minutes) AS BIGINT), MIN(h.served_on) \
         FROM service_hours h JOIN volunteers v ON v.id = h.volunteer_id \
         WHERE h.state = 'approved' AND ($1 IS NULL OR v.intermediary_id = $1) \
         GROUP BY h.volunteer_id";
    Ok(sqlx::query_as(sql)
        .bind(intermediary)
        .fetch_all(pool)
        .await?)
}

pub struct NewCertificate<'a> {
    pub code: &'a str,
    pub volunteer_id: i64,
    pub basis: &'a str,
    pub threshold: i64,
    pub full_name: &'a str,
    pub minutes: i64,
    pub roles: &'a str,
    pub centres: &'a str,
    pub first_on: Option<&'a str>,
    pub last_on: Option<&'a str>,
    pub issuer_id: i64,
    pub issued_by: Option<i64>,
    pub now: i64,
}

/// Issues a certificate; `None` when that threshold's certificate exists already.
pub async fn insert_certificate(
    conn: &mut AnyConnection,
    c: &NewCertificate<'_>,
) -> Result<Option<i64>, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO certificates (code, volunteer_id, basis, threshold, full_name, minutes, \
           roles, centres, first_on, last_on, issuer_id, issued_by, issued_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) \
         ON CONFLICT DO NOTHING RETURNING id",
    )
    .bind(c.code)
    .bind(c.volunteer_id)
    .bind(c.basis)
    .bind(c.threshold)
    .bind(c.full_name)
    .bind(c.minutes)
    .bind(c.roles)
    .bind(c.centres)
    .bind(c.first_on)
    .bind(c.last_on)
    .bind(c.issuer_id)
    .bind(c.issued_by)
    .bind(c.now)
    .fetch_optional(conn)
    .await?)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CertificateRow {
    pub id: i64,
    pub code: String,
    pub volunteer_id: i64,
    pub basis: String,
    pub threshold: i64,
    pub full_name: String,
    pub minutes: i64,
    pub roles: String,
    pub centres: String,
    pub first_on: Option<String>,
    pub last_on: Option<String>,
    pub issuer_id: i64,
    pub issuer: String,
    pub issued_at: i64,
    pub revoked_at: Option<i64>,
    pub revoke_reason: String,
}

const CERTIFICATES: &str = "SELECT c.id, c.code, c.volunteer_id, c.basis, c.threshold, \
       c.full_name, c.minutes, c.roles, c.centres, c.first_on, c.last_on, c.issuer_id, \
       o.name AS issuer, c.issued_at, c.revoked_at, c.revoke_reason \
     FROM certificates c JOIN organisations o ON o.id = c.issuer_id";

pub async fn certificate(pool: &AnyPool, code: &str) -> Result<Option<CertificateRow>, DbError> {
    let sql = format!("{CERTIFICATES} WHERE c.code = $1");
    Ok(sqlx::query_as(&sql).bind(code).fetch_optional(pool).await?)
}

/// The certificates of these volunteers (revoked ones too), latest first.
pub async fn certificates_of(
    pool: &AnyPool,
    volunteers: &[i64],
) -> Result<Vec<CertificateRow>, DbError> {
    if volunteers.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "{CERTIFICATES} WHERE c.volunteer_id IN ({}) ORDER BY c.issued_at DESC, c.id DESC",
        placeholders(volunteers.len())
    );
    let mut query = sqlx::query_as::<_, CertificateRow>(&sql);
    for id in volunteers {
        query = query.bind(*id);
    }
    Ok(query.fetch_all(pool).await?)
}

/// Every threshold certificate held (revoked ones too: a revoked certificate is not reissued
/// by itself), for the periodic check.
pub async fn thresholds_held(pool: &AnyPool) -> Result<Vec<(i64, String, i64)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT volunteer_id, basis, threshold FROM certificates WHERE basis <> 'manual'",
    )
    .fetch_all(pool)
    .await?)
}

/// Revokes a certificate; `false` when it was revoked already.
pub async fn revoke(
    conn: &mut AnyConnection,
    id: i64,
    by: i64,
    reason: &str,
    now: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE certificates SET revoked_at = $1, revoked_by = $2, revoke_reason = $3 \
         WHERE id = $4 AND revoked_at IS NULL",
    )
    .bind(now)
    .bind(by)
    .bind(reason)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
