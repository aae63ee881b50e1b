//! An action's guests (who was invited, whether they came) and the problems raised with them.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

pub async fn insert_guest(
    conn: &mut AnyConnection,
    action_id: i64,
    name: &str,
    kind: &str,
    organisation_id: Option<i64>,
    by: i64,
    now: i64,
) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO action_guests (action_id, name, kind, organisation_id, invited_by, \
         invited_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(action_id)
    .bind(name)
    .bind(kind)
    .bind(organisation_id)
    .bind(by)
    .bind(now)
    .fetch_one(conn)
    .await?)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct GuestRow {
    pub id: i64,
    pub action_id: i64,
    pub name: String,
    pub kind: String,
    pub organisation_id: Option<i64>,
    pub organisation: Option<String>,
    pub came: Option<i64>,
}

const GUESTS: &str = "SELECT g.id, g.action_id, g.name, g.kind, g.organisation_id, \
       o.name AS organisation, g.came \
     FROM action_guests g LEFT JOIN organisations o ON o.id = g.organisation_id";

pub async fn guests(pool: &AnyPool, action_id: i64) -> Result<Vec<GuestRow>, DbError> {
    let sql = format!("{GUESTS} WHERE g.action_id = $1 ORDER BY g.id");
    Ok(sqlx::query_as(&sql).bind(action_id).fetch_all(pool).await?)
}

pub async fn guest(pool: &AnyPool, id: i64) -> Result<Option<GuestRow>, DbError> {
    let sql = format!("{GUESTS} WHERE g.id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?)
}

pub async fn set_came(conn: &mut AnyConnection, id: i64, came: bool) -> Result<(), DbError> {
    sqlx::query("UPDATE action_guests SET came = $1 WHERE id = $2")
        .bind(i64::from(came))
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn insert_problem(
    conn: &mut AnyConnection,
    action_id: i64,
    guest_id: Option<i64>,
    problem: &str,
    card_id: Option<i64>,
    by: i64,
    now: i64,
) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO action_problems (action_id, guest_id, problem, card_id, raised_by, \
         raised_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(action_id)
    .bind(guest_id)
    .bind(problem)
    .bind(card_id)
    .bind(by)
    .bind(now)
    .fetch_one(conn)
    .await?)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ProblemRow {
    pub id: i64,
    pub problem: String,
    pub guest: Option<String>,
    pub card_id: Option<i64>,
    pub working_group_id: Option<i64>,
    pub working_group: Option<String>,
    pub lane: Option<String>,
}

/// The problems raised at an action, with the guest they were raised with and the board task
/// that follows each up.
pub async fn problems(pool: &AnyPool, action_id: i64) -> Result<Vec<ProblemRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT p.id, p.problem, g.name AS guest, p.card_id, c.working_group_id, \
           w.name AS working_group, c.lane \
         FROM action_problems p \
         LEFT JOIN action_guests g ON g.id = p.guest_id \
         LEFT JOIN board_cards c ON c.id = p.card_id \
         LEFT JOIN working_groups w ON w.id = c.working_group_id \
         WHERE p.action_id = $1 ORDER BY p.id",
    )
    .bind(action_id)
    .fetch_all(pool)
    .await?)
}
