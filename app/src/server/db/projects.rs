//! Projects: their assignment, plan, partners and people, and the lists (public, follow-up).
//! Progress, milestones, status changes and follow-ups are in `project_progress`.
use super::{placeholders, replace_links, DbError};
use sqlx::{AnyConnection, AnyPool};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ProjectRow {
    pub id: i64,
    pub proposal_id: Option<i64>,
    pub title: String,
    pub summary: String,
    pub dimension: String,
    pub committee_id: Option<i64>,
    pub committee: Option<String>,
    pub decision: String,
    pub lead_organisation_id: Option<i64>,
    pub lead: Option<String>,
    pub budget_rials: Option<i64>,
    pub planned_start: Option<String>,
    pub planned_end: Option<String>,
    pub status: String,
    pub status_since: i64,
    pub created_at: i64,
    pub version: i64,
    /// The latest progress update's day and percent.
    pub last_update: Option<String>,
    pub percent: Option<i64>,
    /// The earliest due day of a milestone not yet done.
    pub next_due: Option<String>,
}

const SELECT: &str = "SELECT p.id, p.proposal_id, p.title, p.summary, p.dimension, p.committee_id, \
       c.name AS committee, p.decision, p.lead_organisation_id, o.name AS lead, p.budget_rials, \
       p.planned_start, p.planned_end, p.status, p.status_since, p.created_at, p.version, \
       (SELECT MAX(u.reported_on) FROM progress_updates u WHERE u.project_id = p.id) AS last_update, \
       (SELECT u.percent FROM progress_updates u WHERE u.project_id = p.id \
          ORDER BY u.reported_on DESC, u.id DESC LIMIT 1) AS percent, \
       (SELECT MIN(m.due_on) FROM milestones m WHERE m.project_id = p.id AND m.done_on IS NULL) \
          AS next_due \
     FROM projects p LEFT JOIN committees c ON c.id = p.committee_id \
       LEFT JOIN organisations o ON o.id = p.lead_organisation_id";

pub struct NewProject<'a> {
    pub proposal_id: Option<i64>,
    pub title: &'a str,
    pub summary: &'a str,
    pub dimension: &'a str,
    pub committee_id: Option<i64>,
    pub decision: &'a str,
    pub budget_rials: Option<i64>,
    pub search_text: &'a str,
    pub created_by: i64,
    pub now: i64,
}

pub async fn insert(conn: &mut AnyConnection, p: NewProject<'_>) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO projects (proposal_id, title, summary, dimension, committee_id, decision, \
           budget_rials, search_text, created_by, status_since, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $10) RETURNING id",
    )
    .bind(p.proposal_id)
    .bind(p.title)
    .bind(p.summary)
    .bind(p.dimension)
    .bind(p.committee_id)
    .bind(p.decision)
    .bind(p.budget_rials)
    .bind(p.search_text)
    .bind(p.created_by)
    .bind(p.now)
    .fetch_one(conn)
    .await?)
}

pub async fn find(pool: &AnyPool, id: i64) -> Result<Option<ProjectRow>, DbError> {
    let sql = format!("{SELECT} WHERE p.id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?)
}

pub async fn of_proposal(pool: &AnyPool, proposal_id: i64) -> Result<Option<i64>, DbError> {
    Ok(
        sqlx::query_scalar("SELECT id FROM projects WHERE proposal_id = $1")
            .bind(proposal_id)
            .fetch_optional(pool)
            .await?,
    )
}

/// The assignment's own fields.
pub struct Assignment<'a> {
    pub lead_organisation_id: i64,
    pub budget_rials: Option<i64>,
    pub planned_start: Option<&'a str>,
    pub planned_end: Option<&'a str>,
}

/// Saves the assignment if nobody saved since `version` (otherwise `Conflict`).
pub async fn assign(
    conn: &mut AnyConnection,
    id: i64,
    version: i64,
    a: &Assignment<'_>,
    now: i64,
) -> Result<(), DbError> {
    let done = sqlx::query(
        "UPDATE projects SET lead_organisation_id = $1, budget_rials = $2, planned_start = $3, \
           planned_end = $4, updated_at = $5, version = version + 1 \
         WHERE id = $6 AND version = $7",
    )
    .bind(a.lead_organisation_id)
    .bind(a.budget_rials)
    .bind(a.planned_start)
    .bind(a.planned_end)
    .bind(now)
    .bind(id)
    .bind(version)
    .execute(conn)
    .await?;
    if done.rows_affected() == 1 {
        Ok(())
    } else {
        Err(DbError::Conflict)
    }
}

/// Replaces neighbourhoods, partners (with their roles) and responsible people.
pub async fn set_links(
    conn: &mut AnyConnection,
    id: i64,
    neighbourhoods: &[i64],
    partners: &[(i64, String)],
    people: &[i64],
) -> Result<(), DbError> {
    let owner = "project_id";
    replace_links(
        conn,
        "project_neighbourhoods",
        owner,
        id,
        "neighbourhood_id",
        neighbourhoods,
    )
    .await?;
    replace_links(conn, "project_people", owner, id, "person_id", people).await?;
    sqlx::query("DELETE FROM project_partners WHERE project_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    for (o, role) in partners {
        sqlx::query(
            "INSERT INTO project_partners (project_id, organisation_id, role) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(o)
        .bind(role)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Moves the project from `from` to `to` unless someone moved it first (otherwise `Conflict`).
pub async fn set_status(
    conn: &mut AnyConnection,
    id: i64,
    from: &str,
    to: &str,
    now: i64,
) -> Result<(), DbError> {
    let done = sqlx::query(
        "UPDATE projects SET status = $1, status_since = $2, updated_at = $2, \
           version = version + 1 WHERE id = $3 AND status = $4",
    )
    .bind(to)
    .bind(now)
    .bind(id)
    .bind(from)
    .execute(conn)
    .await?;
    if done.rows_affected() == 1 {
        Ok(())
    } else {
        Err(DbError::Conflict)
    }
}

/// (project id, organisation id, name, role) of the given projects' partners.
pub async fn partners_of(
    pool: &AnyPool,
    ids: &[i64],
) -> Result<Vec<(i64, i64, String, String)>, DbError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT x.project_id, o.id, o.name, x.role FROM project_partners x \
           JOIN organisations o ON o.id = x.organisation_id \
         WHERE x.project_id IN ({}) ORDER BY o.name",
        placeholders(ids.len())
    );
    let mut q = sqlx::query_as(&sql);
    for id in ids {
        q = q.bind(*id);
    }
    Ok(q.fetch_all(pool).await?)
}

/// (project id, neighbourhood id, name) of the given projects.
pub async fn neighbourhoods_of(
    pool: &AnyPool,
    ids: &[i64],
) -> Result<Vec<(i64, i64, String)>, DbError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT x.project_id, n.id, n.name FROM project_neighbourhoods x \
           JOIN neighbourhoods n ON n.id = x.neighbourhood_id \
         WHERE x.project_id IN ({}) ORDER BY n.name",
        placeholders(ids.len())
    );
    let mut q = sqlx::query_as(&sql);
    for id in ids {
        q = q.bind(*id);
    }
    Ok(q.fetch_all(pool).await?)
}

/// (person id, name) of a project's responsible people.
pub async fn people_of(pool: &AnyPool, id: i64) -> Result<Vec<(i64, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT pe.id, pe.name FROM project_people x JOIN people pe ON pe.id = x.person_id \
         WHERE x.project_id = $1 ORDER BY pe.name",
    )
    .bind(id)
    .fetch_all(pool)
    .await?)
}

/// Projects in the given statuses (empty text = any), newest first, with a neighbourhood
/// filter (`None` = any): one page and the count.
pub async fn page(
    pool: &AnyPool,
    status: &str,
    neighbourhood_id: Option<i64>,
    limit: i64,
    offset: i64,
) -> Result<(Vec<ProjectRow>, i64), DbError> {
    let filter = "WHERE ($1 = '' OR p.status = $1) AND ($2 < 0 OR p.id IN \
         (SELECT project_id FROM project_neighbourhoods WHERE neighbourhood_id = $2))";
    let total = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM projects p {filter}"))
        .bind(status)
        .bind(neighbourhood_id.unwrap_or(-1))
        .fetch_one(pool)
        .await?;
    let sql = format!("{SELECT} {filter} ORDER BY p.created_at DESC, p.id DESC LIMIT $3 OFFSET $4");
    let rows = sqlx::query_as(&sql)
        .bind(status)
        .bind(neighbourhood_id.unwrap_or(-1))
        .bind(limit)
        .bind(offset)
        .fetch_all(pool)
        .await?;
    Ok((rows, total))
}

/// Running projects, for the follow-up list (the stalled rule is applied to these).
pub async fn running(pool: &AnyPool) -> Result<Vec<ProjectRow>, DbError> {
    let sql = format!("{SELECT} WHERE p.status = 'active' ORDER BY p.status_since, p.id");
    Ok(sqlx::query_as(&sql).fetch_all(pool).await?)
}

/// Running projects an organisation leads or is a partner of.
pub async fn running_with(
    pool: &AnyPool,
    organisation_id: i64,
) -> Result<Vec<ProjectRow>, DbError> {
    let sql = format!(
        "{SELECT} WHERE p.status = 'active' AND (p.lead_organisation_id = $1 OR EXISTS \
           (SELECT 1 FROM project_partners x WHERE x.project_id = p.id AND x.organisation_id = $1)) \
         ORDER BY p.status_since, p.id"
    );
    Ok(sqlx::query_as(&sql)
        .bind(organisation_id)
        .fetch_all(pool)
        .await?)
}

/// (project id, due day) of every open milestone of running projects, for the stalled rule.
pub async fn open_milestones_of_running(pool: &AnyPool) -> Result<Vec<(i64, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT m.project_id, m.due_on FROM milestones m JOIN projects p ON p.id = m.project_id \
         WHERE p.status = 'active' AND m.done_on IS NULL",
    )
    .fetch_all(pool)
    .await?)
}

/// Dates a project's beginning back (the demo loader spreads its history over past months):
/// created and assigned at `created_at`, started at `started`.
pub async fn set_times(
    conn: &mut AnyConnection,
    id: i64,
    created_at: i64,
    started: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "UPDATE projects SET created_at = $1, \
           status_since = CASE WHEN status = 'active' THEN $2 ELSE status_since END WHERE id = $3",
    )
    .bind(created_at)
    .bind(started)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE project_status_changes SET at = $1 \
         WHERE project_id = $2 AND from_status = 'planned' AND to_status = 'active'",
    )
    .bind(started)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE audit_log SET at = $1 WHERE object_kind = 'project' AND object_id = $2 \
           AND action IN ('project.create', 'project.assign')",
    )
    .bind(created_at)
    .bind(id.to_string())
    .execute(conn)
    .await?;
    Ok(())
}
