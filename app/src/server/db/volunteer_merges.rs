//! Requests to join a volunteer profile to another account (a second registration with the
//! same national code), and their decision by the profile's intermediary.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct MergeRow {
    pub id: i64,
    pub volunteer_id: i64,
    pub volunteer_name: String,
    pub intermediary_id: i64,
    pub user_id: i64,
    pub username: String,
    pub full_name: String,
    pub mobile: String,
    pub state: String,
    pub reason: String,
    pub sent_at: i64,
    pub decided_at: Option<i64>,
}

const SELECT: &str = "SELECT m.id, m.volunteer_id, v.full_name AS volunteer_name, \
       v.intermediary_id, m.user_id, u.username, m.full_name, m.mobile, m.state, m.reason, \
       m.sent_at, m.decided_at \
     FROM volunteer_merges m JOIN volunteers v ON v.id = m.volunteer_id \
     JOIN users u ON u.id = m.user_id";

pub async fn insert(
    conn: &mut AnyConnection,
    volunteer_id: i64,
    user_id: i64,
    full_name: &str,
    mobile: &str,
    now: i64,
) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO volunteer_merges (volunteer_id, user_id, full_name, mobile, sent_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(volunteer_id)
    .bind(user_id)
    .bind(full_name)
    .bind(mobile)
    .bind(now)
    .fetch_one(conn)
    .await?)
}

pub async fn by_id(pool: &AnyPool, id: i64) -> Result<Option<MergeRow>, DbError> {
    Ok(sqlx::query_as(&format!("{SELECT} WHERE m.id = $1"))
        .bind(id)
        .fetch_optional(pool)
        .await?)
}

/// The account's latest request, whatever became of it.
pub async fn latest_of_user(pool: &AnyPool, user_id: i64) -> Result<Option<MergeRow>, DbError> {
    Ok(sqlx::query_as(&format!(
        "{SELECT} WHERE m.user_id = $1 ORDER BY m.sent_at DESC, m.id DESC LIMIT 1"
    ))
    .bind(user_id)
    .fetch_optional(pool)
    .await?)
}

/// The requests waiting for these intermediaries, the oldest first.
pub async fn pending_for(pool: &AnyPool, intermediaries: &[i64]) -> Result<Vec<MergeRow>, DbError> {
    if intermediaries.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "{SELECT} WHERE m.state = 'pending' AND v.intermediary_id IN ({}) \
         ORDER BY m.sent_at, m.id",
        super::placeholders(intermediaries.len())
    );
    let mut query = sqlx::query_as::<_, MergeRow>(&sql);
    for id in intermediaries {
        query = query.bind(*id);
    }
    Ok(query.fetch_all(pool).await?)
}

/// Records the decision on a waiting request; false when it was decided meanwhile.
pub async fn decide(
    conn: &mut AnyConnection,
    id: i64,
    state: &str,
    reason: &str,
    by: i64,
    now: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE volunteer_merges SET state = $1, reason = $2, decided_by = $3, decided_at = $4 \
         WHERE id = $5 AND state = 'pending'",
    )
    .bind(state)
    .bind(reason)
    .bind(by)
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Moves the profile to the account that asked, with the mobile number it gave.
pub async fn move_profile(
    conn: &mut AnyConnection,
    volunteer_id: i64,
    user_id: i64,
    mobile: &str,
    now: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "UPDATE volunteers SET user_id = $1, mobile = $2, updated_at = $3, version = version + 1 \
         WHERE id = $4",
    )
    .bind(user_id)
    .bind(mobile)
    .bind(now)
    .bind(volunteer_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// The other requests for a profile just joined to an account are answered with it.
pub async fn refuse_others(
    conn: &mut AnyConnection,
    volunteer_id: i64,
    by: i64,
    now: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "UPDATE volunteer_merges SET state = 'refused', decided_by = $1, decided_at = $2 \
         WHERE volunteer_id = $3 AND state = 'pending'",
    )
    .bind(by)
    .bind(now)
    .bind(volunteer_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// For "my work": requests waiting for one of `organisations` (as the profile's intermediary),
/// the oldest first; the title is the profile's name, the note the account that asks.
pub async fn work_rows(
    pool: &AnyPool,
    organisations: &[i64],
    limit: i64,
) -> Result<Vec<super::my_work::WorkRow>, DbError> {
    if organisations.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT m.id, v.intermediary_id AS parent_id, v.full_name AS title, u.username AS note, \
           m.state, '' AS link, m.sent_at AS since_ms, CAST(NULL AS TEXT) AS since_day, \
           CAST(NULL AS TEXT) AS due_on, {} \
         FROM volunteer_merges m JOIN volunteers v ON v.id = m.volunteer_id \
         JOIN users u ON u.id = m.user_id \
         WHERE m.state = 'pending' AND v.intermediary_id IN ({}) \
         ORDER BY m.sent_at, m.id LIMIT ${}",
        super::my_work::TOTAL,
        super::placeholders(organisations.len()),
        organisations.len() + 1
    );
    super::my_work::rows(pool, &sql, organisations, &[], limit).await
}
