//! What happens on a project: milestones and their ticking, progress updates, status changes
//! with reasons, and officials' follow-ups.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

pub async fn replace_milestones(
    conn: &mut AnyConnection,
    project_id: i64,
    milestones: &[(String, String, i64)],
) -> Result<(), DbError> {
    sqlx::query("DELETE FROM milestones WHERE project_id = $1 AND done_on IS NULL")
        .bind(project_id)
        .execute(&mut *conn)
        .await?;
    let start: i64 = sqlx::query_scalar(
        "SELECT COALESCE(MAX(ordinal), 0) FROM milestones WHERE project_id = $1",
    )
    .bind(project_id)
    .fetch_one(&mut *conn)
    .await?;
    for (i, (title, due, weight)) in milestones.iter().enumerate() {
        sqlx::query(
            "INSERT INTO milestones (project_id, ordinal, title, due_on, weight) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(project_id)
        .bind(start + i as i64 + 1)
        .bind(title)
        .bind(due)
        .bind(weight)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct MilestoneRow {
    pub id: i64,
    pub project_id: i64,
    pub title: String,
    pub due_on: String,
    pub weight: i64,
    pub done_on: Option<String>,
}

pub async fn milestones(pool: &AnyPool, project_id: i64) -> Result<Vec<MilestoneRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT id, project_id, title, due_on, weight, done_on FROM milestones \
         WHERE project_id = $1 ORDER BY due_on, ordinal",
    )
    .bind(project_id)
    .fetch_all(pool)
    .await?)
}

pub async fn find_milestone(pool: &AnyPool, id: i64) -> Result<Option<MilestoneRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT id, project_id, title, due_on, weight, done_on FROM milestones WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?)
}

/// Ticks (with the day) or unticks (`None`) a milestone.
pub async fn set_done(
    conn: &mut AnyConnection,
    id: i64,
    done_on: Option<&str>,
    by: i64,
) -> Result<(), DbError> {
    sqlx::query("UPDATE milestones SET done_on = $1, done_by = $2 WHERE id = $3")
        .bind(done_on)
        .bind(by)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub struct NewUpdate<'a> {
    pub project_id: i64,
    pub reported_on: &'a str,
    pub percent: i64,
    pub body: &'a str,
    pub organisation_id: Option<i64>,
    pub author_id: i64,
    pub now: i64,
}

pub async fn insert_update(conn: &mut AnyConnection, u: NewUpdate<'_>) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO progress_updates (project_id, reported_on, percent, body, organisation_id, \
           author_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(u.project_id)
    .bind(u.reported_on)
    .bind(u.percent)
    .bind(u.body)
    .bind(u.organisation_id)
    .bind(u.author_id)
    .bind(u.now)
    .fetch_one(conn)
    .await?)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct UpdateRow {
    pub id: i64,
    pub reported_on: String,
    pub percent: i64,
    pub body: String,
    pub organisation: Option<String>,
    pub author: Option<String>,
    pub created_at: i64,
    pub photo_type: Option<String>,
    pub organisation_id: Option<i64>,
    pub author_id: Option<i64>,
}

pub async fn updates(pool: &AnyPool, project_id: i64) -> Result<Vec<UpdateRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT u.id, u.reported_on, u.percent, u.body, o.name AS organisation, \
           a.display_name AS author, u.created_at, u.photo_type, u.organisation_id, \
           u.author_id \
         FROM progress_updates u LEFT JOIN organisations o ON o.id = u.organisation_id \
           LEFT JOIN users a ON a.id = u.author_id \
         WHERE u.project_id = $1 ORDER BY u.reported_on, u.id",
    )
    .bind(project_id)
    .fetch_all(pool)
    .await?)
}

pub async fn insert_status_change(
    conn: &mut AnyConnection,
    project_id: i64,
    from: &str,
    to: &str,
    reason: &str,
    actor_id: i64,
    now: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO project_status_changes (project_id, from_status, to_status, reason, \
           actor_id, at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(project_id)
    .bind(from)
    .bind(to)
    .bind(reason)
    .bind(actor_id)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct StatusChangeRow {
    pub to_status: String,
    pub reason: String,
    pub actor: Option<String>,
    pub at: i64,
}

pub async fn status_changes(
    pool: &AnyPool,
    project_id: i64,
) -> Result<Vec<StatusChangeRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT s.to_status, s.reason, u.display_name AS actor, s.at \
         FROM project_status_changes s LEFT JOIN users u ON u.id = s.actor_id \
         WHERE s.project_id = $1 ORDER BY s.at, s.id",
    )
    .bind(project_id)
    .fetch_all(pool)
    .await?)
}

pub async fn insert_follow_up(
    conn: &mut AnyConnection,
    project_id: i64,
    action: &str,
    note: &str,
    actor_id: i64,
    now: i64,
) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO follow_ups (project_id, action, note, actor_id, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(project_id)
    .bind(action)
    .bind(note)
    .bind(actor_id)
    .bind(now)
    .fetch_one(conn)
    .await?)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct FollowUpRow {
    pub project_id: i64,
    pub action: String,
    pub note: String,
    pub actor: Option<String>,
    pub created_at: i64,
}

/// Follow-ups of one project (`Some`) or of all projects (`None`), oldest first.
pub async fn follow_ups(
    pool: &AnyPool,
    project_id: Option<i64>,
) -> Result<Vec<FollowUpRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT f.project_id, f.action, f.note, u.display_name AS actor, f.created_at \
         FROM follow_ups f LEFT JOIN users u ON u.id = f.actor_id \
         WHERE ($1 < 0 OR f.project_id = $1) ORDER BY f.created_at, f.id",
    )
    .bind(project_id.unwrap_or(-1))
    .fetch_all(pool)
    .await?)
}

/// (project id, photo key, photo type) of a progress update.
/// A report's photo and who wrote the report.
pub struct ReportPhoto {
    pub project_id: i64,
    pub key: Option<String>,
    pub content_type: Option<String>,
    pub organisation_id: Option<i64>,
    pub author_id: Option<i64>,
}

pub async fn photo_of(pool: &AnyPool, update_id: i64) -> Result<Option<ReportPhoto>, DbError> {
    type Row = (
        i64,
        Option<String>,
        Option<String>,
        Option<i64>,
        Option<i64>,
    );
    let row: Option<Row> = sqlx::query_as(
        "SELECT project_id, photo_key, photo_type, organisation_id, author_id \
         FROM progress_updates WHERE id = $1",
    )
    .bind(update_id)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(
        |(project_id, key, content_type, organisation_id, author_id)| ReportPhoto {
            project_id,
            key,
            content_type,
            organisation_id,
            author_id,
        },
    ))
}

pub async fn set_photo(
    conn: &mut AnyConnection,
    update_id: i64,
    key: &str,
    content_type: &str,
) -> Result<(), DbError> {
    sqlx::query("UPDATE progress_updates SET photo_key = $1, photo_type = $2 WHERE id = $3")
        .bind(key)
        .bind(content_type)
        .bind(update_id)
        .execute(conn)
        .await?;
    Ok(())
}
