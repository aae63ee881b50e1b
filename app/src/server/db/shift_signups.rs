//! The volunteers signed up to shifts: seats, waiting lists, confirmations, attendance.
use super::{placeholders, DbError};
use sqlx::{AnyConnection, AnyPool};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SignupRow {
    pub id: i64,
    pub shift_id: i64,
    pub volunteer_id: i64,
    pub volunteer: String,
    pub mobile: String,
    pub user_id: i64,
    pub state: String,
    pub signed_at: i64,
    pub reminded_at: Option<i64>,
    pub confirmed_at: Option<i64>,
    pub attended: Option<i64>,
    pub day: String,
    pub starts_at: String,
    pub ends_at: String,
    pub shift_cancelled_at: Option<i64>,
    pub opportunity_id: i64,
    pub title: String,
    pub centre_id: i64,
    pub centre: String,
    pub role_id: i64,
}

const SIGNUPS: &str = "SELECT g.id, g.shift_id, g.volunteer_id, v.full_name AS volunteer, \
       v.mobile, v.user_id, g.state, g.signed_at, g.reminded_at, g.confirmed_at, g.attended, \
       s.day, s.starts_at, s.ends_at, s.cancelled_at AS shift_cancelled_at, s.opportunity_id, \
       o.title, o.centre_id, c.name AS centre, o.role_id \
     FROM shift_signups g JOIN volunteers v ON v.id = g.volunteer_id \
     JOIN shifts s ON s.id = g.shift_id JOIN opportunities o ON o.id = s.opportunity_id \
     JOIN centres c ON c.id = o.centre_id";

/// One sign-up, read through `conn` (inside the transaction that just changed it).
pub async fn signup(conn: &mut AnyConnection, id: i64) -> Result<Option<SignupRow>, DbError> {
    let sql = format!("{SIGNUPS} WHERE g.id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(conn).await?)
}

/// Everyone signed up to these shifts, seats first, then the waiting list in its order.
pub async fn signups_of_shifts(pool: &AnyPool, shifts: &[i64]) -> Result<Vec<SignupRow>, DbError> {
    if shifts.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "{SIGNUPS} WHERE g.shift_id IN ({}) ORDER BY g.shift_id, \
           CASE g.state WHEN 'booked' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END, g.signed_at, g.id",
        placeholders(shifts.len())
    );
    let mut query = sqlx::query_as::<_, SignupRow>(&sql);
    for id in shifts {
        query = query.bind(*id);
    }
    Ok(query.fetch_all(pool).await?)
}

/// A volunteer's sign-ups, the latest shift first.
pub async fn signups_of_volunteer(
    pool: &AnyPool,
    volunteer_id: i64,
) -> Result<Vec<SignupRow>, DbError> {
    let sql = format!(
        "{SIGNUPS} WHERE g.volunteer_id = $1 ORDER BY s.day DESC, s.starts_at DESC, g.id DESC"
    );
    Ok(sqlx::query_as(&sql)
        .bind(volunteer_id)
        .fetch_all(pool)
        .await?)
}

/// A volunteer's seats and places on waiting lists, read through `conn` (the caller's
/// transaction).
pub async fn held_by(
    conn: &mut AnyConnection,
    volunteer_id: i64,
) -> Result<Vec<SignupRow>, DbError> {
    let sql = format!("{SIGNUPS} WHERE g.volunteer_id = $1 AND g.state IN ('booked', 'waiting')");
    Ok(sqlx::query_as(&sql)
        .bind(volunteer_id)
        .fetch_all(conn)
        .await?)
}

/// Seats booked and not confirmed in shifts on these days (for reminders and freeing).
pub async fn unconfirmed_on(
    pool: &AnyPool,
    from_day: &str,
    to_day: &str,
) -> Result<Vec<SignupRow>, DbError> {
    let sql = format!(
        "{SIGNUPS} WHERE g.state = 'booked' AND g.confirmed_at IS NULL \
           AND s.cancelled_at IS NULL AND s.day >= $1 AND s.day <= $2 \
         ORDER BY s.day, s.starts_at, g.signed_at"
    );
    Ok(sqlx::query_as(&sql)
        .bind(from_day)
        .bind(to_day)
        .fetch_all(pool)
        .await?)
}

/// Signs up, or signs up again after cancelling or being freed; `None` when the volunteer
/// already has a seat or a place on the list.
pub async fn sign_up(
    conn: &mut AnyConnection,
    shift_id: i64,
    volunteer_id: i64,
    state: &str,
    confirmed_at: Option<i64>,
    now: i64,
) -> Result<Option<i64>, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO shift_signups (shift_id, volunteer_id, state, signed_at, confirmed_at, \
           updated_at) VALUES ($1, $2, $3, $4, $5, $4) \
         ON CONFLICT (shift_id, volunteer_id) DO UPDATE SET state = excluded.state, \
           signed_at = excluded.signed_at, confirmed_at = excluded.confirmed_at, \
           reminded_at = NULL, attended = NULL, updated_at = excluded.updated_at \
         WHERE shift_signups.state IN ('cancelled', 'freed') RETURNING id",
    )
    .bind(shift_id)
    .bind(volunteer_id)
    .bind(state)
    .bind(now)
    .bind(confirmed_at)
    .fetch_optional(conn)
    .await?)
}

/// Moves a sign-up from `from` to `to`; `false` when it was no longer in `from`.
pub async fn move_signup(
    conn: &mut AnyConnection,
    id: i64,
    from: &str,
    to: &str,
    now: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE shift_signups SET state = $1, updated_at = $2 WHERE id = $3 AND state = $4",
    )
    .bind(to)
    .bind(now)
    .bind(id)
    .bind(from)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The first person waiting for a seat in this shift gets it; answers their sign-up's id.
pub async fn move_up_first(
    conn: &mut AnyConnection,
    shift_id: i64,
    confirmed_at: Option<i64>,
    now: i64,
) -> Result<Option<i64>, DbError> {
    let first: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM shift_signups WHERE shift_id = $1 AND state = 'waiting' \
         ORDER BY signed_at, id LIMIT 1",
    )
    .bind(shift_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(id) = first else {
        return Ok(None);
    };
    let done = sqlx::query(
        "UPDATE shift_signups SET state = 'booked', confirmed_at = $1, updated_at = $2 \
         WHERE id = $3 AND state = 'waiting'",
    )
    .bind(confirmed_at)
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok((done.rows_affected() == 1).then_some(id))
}

pub async fn confirm(conn: &mut AnyConnection, id: i64, now: i64) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE shift_signups SET confirmed_at = $1, updated_at = $1 \
         WHERE id = $2 AND state = 'booked' AND confirmed_at IS NULL",
    )
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Records that the reminder went; `false` when another instance already sent it.
pub async fn mark_reminded(conn: &mut AnyConnection, id: i64, now: i64) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE shift_signups SET reminded_at = $1 WHERE id = $2 AND reminded_at IS NULL",
    )
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn set_attended(
    conn: &mut AnyConnection,
    id: i64,
    attended: bool,
) -> Result<(), DbError> {
    sqlx::query("UPDATE shift_signups SET attended = $1 WHERE id = $2 AND state = 'booked'")
        .bind(i64::from(attended))
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}
