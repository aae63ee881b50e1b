//! Local actions with their targets: published with goals, closed with what was achieved, and
//! the figures they add up to for a campaign, a centre or a neighbourhood.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

pub struct NewAction<'a> {
    pub title: &'a str,
    pub kind: &'a str,
    pub centre_id: Option<i64>,
    pub organisation_id: i64,
    pub neighbourhood_id: i64,
    pub campaign_id: Option<i64>,
    pub held_on: &'a str,
    pub place: &'a str,
    pub summary: &'a str,
    pub search_text: &'a str,
    pub created_by: i64,
    pub now: i64,
}

pub async fn insert(conn: &mut AnyConnection, a: NewAction<'_>) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO local_actions (title, kind, centre_id, organisation_id, neighbourhood_id, \
         campaign_id, held_on, place, summary, search_text, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
    )
    .bind(a.title)
    .bind(a.kind)
    .bind(a.centre_id)
    .bind(a.organisation_id)
    .bind(a.neighbourhood_id)
    .bind(a.campaign_id)
    .bind(a.held_on)
    .bind(a.place)
    .bind(a.summary)
    .bind(a.search_text)
    .bind(a.created_by)
    .bind(a.now)
    .fetch_one(conn)
    .await?)
}

pub async fn insert_target(
    conn: &mut AnyConnection,
    action_id: i64,
    position: i64,
    measure: &str,
    label: &str,
    target: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO action_targets (action_id, position, measure, label, target) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(action_id)
    .bind(position)
    .bind(measure)
    .bind(label)
    .bind(target)
    .execute(conn)
    .await?;
    Ok(())
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ActionRow {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub state: String,
    pub held_on: String,
    pub centre_id: Option<i64>,
    pub centre: Option<String>,
    pub centre_manager_id: Option<i64>,
    pub organisation_id: i64,
    pub organisation: String,
    pub neighbourhood_id: i64,
    pub neighbourhood: String,
    pub campaign_id: Option<i64>,
    pub campaign: Option<String>,
    pub place: String,
    pub summary: String,
    pub attendance: Option<i64>,
    pub account: String,
    pub closed_by: Option<String>,
    pub closed_at: Option<i64>,
    /// Officials selected its account for the reports (1) or not (0).
    pub in_reports: i64,
}

const ACTIONS: &str = "SELECT a.id, a.title, a.kind, a.state, a.held_on, a.centre_id, \
       c.name AS centre, c.manager_id AS centre_manager_id, a.organisation_id, \
       o.name AS organisation, a.neighbourhood_id, n.name AS neighbourhood, a.campaign_id, \
       p.name AS campaign, a.place, a.summary, a.attendance, a.account, \
       u.display_name AS closed_by, a.closed_at, a.in_reports \
     FROM local_actions a \
     JOIN organisations o ON o.id = a.organisation_id \
     JOIN neighbourhoods n ON n.id = a.neighbourhood_id \
     LEFT JOIN centres c ON c.id = a.centre_id \
     LEFT JOIN campaigns p ON p.id = a.campaign_id \
     LEFT JOIN users u ON u.id = a.closed_by";

pub async fn find(pool: &AnyPool, id: i64) -> Result<Option<ActionRow>, DbError> {
    let sql = format!("{ACTIONS} WHERE a.id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct TargetRow {
    pub id: i64,
    pub measure: String,
    pub label: String,
    pub target: i64,
    pub achieved: Option<i64>,
}

pub async fn targets(pool: &AnyPool, action_id: i64) -> Result<Vec<TargetRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT id, measure, label, target, achieved FROM action_targets \
         WHERE action_id = $1 ORDER BY position, id",
    )
    .bind(action_id)
    .fetch_all(pool)
    .await?)
}

/// An action's targets (id and number aimed at) in order, read inside a transaction.
pub async fn target_ids(
    conn: &mut AnyConnection,
    action_id: i64,
) -> Result<Vec<(i64, i64)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT id, target FROM action_targets WHERE action_id = $1 ORDER BY position, id",
    )
    .bind(action_id)
    .fetch_all(conn)
    .await?)
}

/// Whose actions a list or a sum is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActionsOf {
    Campaign(i64),
    Centre(i64),
    Neighbourhood(i64),
    Organisation(i64),
}

impl ActionsOf {
    fn column(self) -> (&'static str, i64) {
        match self {
            ActionsOf::Campaign(id) => ("a.campaign_id", id),
            ActionsOf::Centre(id) => ("a.centre_id", id),
            ActionsOf::Neighbourhood(id) => ("a.neighbourhood_id", id),
            ActionsOf::Organisation(id) => ("a.organisation_id", id),
        }
    }
}

/// A page of actions, the latest day first.
pub async fn list(
    pool: &AnyPool,
    of: ActionsOf,
    limit: i64,
    offset: i64,
) -> Result<Vec<ActionRow>, DbError> {
    let (column, id) = of.column();
    let sql = format!(
        "{ACTIONS} WHERE {column} = $1 ORDER BY a.held_on DESC, a.id DESC LIMIT $2 OFFSET $3"
    );
    Ok(sqlx::query_as(&sql)
        .bind(id)
        .bind(limit)
        .bind(offset)
        .fetch_all(pool)
        .await?)
}

/// All of a centre's actions in a campaign, the latest day first (the evidence behind its
/// score).
pub async fn list_in_campaign(
    pool: &AnyPool,
    campaign_id: i64,
    centre_id: i64,
) -> Result<Vec<ActionRow>, DbError> {
    let sql = format!(
        "{ACTIONS} WHERE a.campaign_id = $1 AND a.centre_id = $2 ORDER BY a.held_on DESC, a.id DESC"
    );
    Ok(sqlx::query_as(&sql)
        .bind(campaign_id)
        .bind(centre_id)
        .fetch_all(pool)
        .await?)
}

/// How many actions a list holds.
pub async fn count(pool: &AnyPool, of: ActionsOf) -> Result<i64, DbError> {
    let (column, id) = of.column();
    let sql = format!("SELECT COUNT(*) FROM local_actions a WHERE {column} = $1");
    Ok(sqlx::query_scalar(&sql).bind(id).fetch_one(pool).await?)
}

#[derive(Clone, Debug, Default, sqlx::FromRow)]
pub struct FiguresRow {
    pub actions: i64,
    pub closed: i64,
    pub centres: i64,
    pub neighbourhoods: i64,
    pub reached: i64,
    pub targets_met: i64,
    pub targets_recorded: i64,
}

/// What the actions add up to: how many, how many closed, in how many centres and
/// neighbourhoods, people reached (attendance of closed ones) and targets met.
pub async fn figures(pool: &AnyPool, of: ActionsOf) -> Result<FiguresRow, DbError> {
    let (column, id) = of.column();
    let sql = format!(
        "SELECT COUNT(*) AS actions, \
           COALESCE(SUM(CASE WHEN a.state = 'closed' THEN 1 ELSE 0 END), 0) AS closed, \
           COUNT(DISTINCT a.centre_id) AS centres, \
           COUNT(DISTINCT a.neighbourhood_id) AS neighbourhoods, \
           CAST(COALESCE(SUM(CASE WHEN a.state = 'closed' THEN a.attendance ELSE 0 END), 0) \
             AS BIGINT) AS reached, \
           (SELECT COUNT(*) FROM action_targets t JOIN local_actions a ON a.id = t.action_id \
              WHERE {column} = $1 AND t.achieved IS NOT NULL AND t.achieved >= t.target) \
              AS targets_met, \
           (SELECT COUNT(*) FROM action_targets t JOIN local_actions a ON a.id = t.action_id \
              WHERE {column} = $1 AND t.achieved IS NOT NULL) AS targets_recorded \
         FROM local_actions a WHERE {column} = $1"
    );
    Ok(sqlx::query_as(&sql).bind(id).fetch_one(pool).await?)
}

/// How many actions are past their day (before `today`, ISO) and not closed.
pub async fn unclosed(pool: &AnyPool, today: &str) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM local_actions WHERE state = 'published' AND held_on < $1",
    )
    .bind(today)
    .fetch_one(pool)
    .await?)
}

/// Closes an open action with its attendance and account; false when it was closed already.
pub async fn close(
    conn: &mut AnyConnection,
    id: i64,
    attendance: i64,
    account: &str,
    by: i64,
    now: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE local_actions SET state = 'closed', attendance = $1, account = $2, \
         closed_by = $3, closed_at = $4 WHERE id = $5 AND state = 'published'",
    )
    .bind(attendance)
    .bind(account)
    .bind(by)
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn set_achieved(
    conn: &mut AnyConnection,
    action_id: i64,
    target_id: i64,
    achieved: i64,
) -> Result<(), DbError> {
    sqlx::query("UPDATE action_targets SET achieved = $1 WHERE id = $2 AND action_id = $3")
        .bind(achieved)
        .bind(target_id)
        .bind(action_id)
        .execute(conn)
        .await?;
    Ok(())
}
