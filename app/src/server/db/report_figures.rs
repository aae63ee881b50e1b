//! What a report counts, grouped in the database: actions by kind and by neighbourhood, targets
//! met, centres, volunteers and their hours, volunteers honoured and the selected accounts,
//! within a range of days and, for a campaign's report, that campaign.
use super::DbError;
use sqlx::AnyPool;

/// The actions a report covers: held within the days (ISO, inclusive), and in the campaign
/// when there is one.
#[derive(Clone, Copy, Debug)]
pub struct Within<'a> {
    pub campaign: Option<i64>,
    pub starts_on: &'a str,
    pub ends_on: &'a str,
}

impl Within<'_> {
    /// The condition on actions `a`, with the days as `$1`, `$2` and the campaign as `$3`.
    fn actions(&self) -> &'static str {
        if self.campaign.is_some() {
            "a.held_on >= $1 AND a.held_on <= $2 AND a.campaign_id = $3"
        } else {
            "a.held_on >= $1 AND a.held_on <= $2"
        }
    }
}

/// Binds a `Within`'s days and campaign to a query written with its conditions.
macro_rules! bind_within {
    ($query:expr, $within:expr) => {{
        let q = $query.bind($within.starts_on).bind($within.ends_on);
        match $within.campaign {
            Some(id) => q.bind(id),
            None => q,
        }
    }};
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct KindRow {
    pub kind: String,
    pub actions: i64,
    pub closed: i64,
    pub reached: i64,
}

const CLOSED: &str = "COALESCE(SUM(CASE WHEN a.state = 'closed' THEN 1 ELSE 0 END), 0) AS closed, \
     CAST(COALESCE(SUM(CASE WHEN a.state = 'closed' THEN a.attendance ELSE 0 END), 0) AS BIGINT) \
       AS reached";

pub async fn by_kind(pool: &AnyPool, w: Within<'_>) -> Result<Vec<KindRow>, DbError> {
    let sql = format!(
        "SELECT a.kind, COUNT(*) AS actions, {CLOSED} FROM local_actions a WHERE {} \
         GROUP BY a.kind ORDER BY a.kind",
        w.actions()
    );
    Ok(bind_within!(sqlx::query_as(&sql), w)
        .fetch_all(pool)
        .await?)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct PlaceRow {
    pub id: i64,
    pub name: String,
    pub actions: i64,
    pub closed: i64,
    pub reached: i64,
}

pub async fn by_neighbourhood(pool: &AnyPool, w: Within<'_>) -> Result<Vec<PlaceRow>, DbError> {
    let sql = format!(
        "SELECT n.id, n.name, COUNT(*) AS actions, {CLOSED} \
         FROM local_actions a JOIN neighbourhoods n ON n.id = a.neighbourhood_id WHERE {} \
         GROUP BY n.id, n.name ORDER BY COUNT(*) DESC, n.name",
        w.actions()
    );
    Ok(bind_within!(sqlx::query_as(&sql), w)
        .fetch_all(pool)
        .await?)
}

/// Per neighbourhood: targets met and targets with an achieved value.
pub async fn targets(pool: &AnyPool, w: Within<'_>) -> Result<Vec<(i64, i64, i64)>, DbError> {
    let sql = format!(
        "SELECT a.neighbourhood_id, \
           COALESCE(SUM(CASE WHEN t.achieved >= t.target THEN 1 ELSE 0 END), 0), COUNT(*) \
         FROM action_targets t JOIN local_actions a ON a.id = t.action_id \
         WHERE {} AND t.achieved IS NOT NULL GROUP BY a.neighbourhood_id",
        w.actions()
    );
    Ok(bind_within!(sqlx::query_as(&sql), w)
        .fetch_all(pool)
        .await?)
}

/// How many centres held the actions.
pub async fn centres(pool: &AnyPool, w: Within<'_>) -> Result<i64, DbError> {
    let sql = format!(
        "SELECT COUNT(DISTINCT a.centre_id) FROM local_actions a WHERE {}",
        w.actions()
    );
    Ok(bind_within!(sqlx::query_scalar(&sql), w)
        .fetch_one(pool)
        .await?)
}

/// Volunteers with approved hours in the days and those minutes: at any centre, or for a
/// campaign at the centres that held its actions.
pub async fn volunteering(pool: &AnyPool, w: Within<'_>) -> Result<(i64, i64), DbError> {
    let centres = if w.campaign.is_some() {
        " AND h.centre_id IN (SELECT a.centre_id FROM local_actions a WHERE a.campaign_id = $3)"
    } else {
        ""
    };
    let sql = format!(
        "SELECT COUNT(DISTINCT h.volunteer_id), CAST(COALESCE(SUM(h.minutes), 0) AS BIGINT) \
         FROM service_hours h \
         WHERE h.state = 'approved' AND h.served_on >= $1 AND h.served_on <= $2{centres}"
    );
    Ok(bind_within!(sqlx::query_as(&sql), w)
        .fetch_one(pool)
        .await?)
}

/// Volunteers honoured within the days: full name, occasion, day.
pub async fn honoured(
    pool: &AnyPool,
    w: Within<'_>,
) -> Result<Vec<(String, String, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT v.full_name, h.occasion, h.honoured_on FROM volunteer_honours h \
         JOIN volunteers v ON v.id = h.volunteer_id \
         WHERE h.honoured_on >= $1 AND h.honoured_on <= $2 ORDER BY h.honoured_on, h.id",
    )
    .bind(w.starts_on)
    .bind(w.ends_on)
    .fetch_all(pool)
    .await?)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AccountRow {
    pub id: i64,
    pub title: String,
    pub held_by: String,
    pub neighbourhood: String,
    pub held_on: String,
    pub attendance: i64,
    pub account: String,
}

/// The selected accounts of closed actions, the latest first.
pub async fn accounts(
    pool: &AnyPool,
    w: Within<'_>,
    limit: i64,
) -> Result<Vec<AccountRow>, DbError> {
    let sql = format!(
        "SELECT a.id, a.title, COALESCE(c.name, o.name) AS held_by, n.name AS neighbourhood, \
           a.held_on, COALESCE(a.attendance, 0) AS attendance, a.account \
         FROM local_actions a \
         JOIN organisations o ON o.id = a.organisation_id \
         JOIN neighbourhoods n ON n.id = a.neighbourhood_id \
         LEFT JOIN centres c ON c.id = a.centre_id \
         WHERE {} AND a.state = 'closed' AND a.in_reports = 1 \
         ORDER BY a.held_on DESC, a.id DESC LIMIT {limit}",
        w.actions()
    );
    Ok(bind_within!(sqlx::query_as(&sql), w)
        .fetch_all(pool)
        .await?)
}

/// Selects an action's account for the reports, or withdraws it; false when there is no such
/// action.
pub async fn select_account(
    pool: &AnyPool,
    action_id: i64,
    selected: bool,
) -> Result<bool, DbError> {
    let done = sqlx::query("UPDATE local_actions SET in_reports = $1 WHERE id = $2")
        .bind(i64::from(selected))
        .bind(action_id)
        .execute(pool)
        .await?;
    Ok(done.rows_affected() > 0)
}
