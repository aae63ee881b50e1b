//! Photos of local actions.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

pub async fn insert(
    conn: &mut AnyConnection,
    action_id: i64,
    key: &str,
    content_type: &str,
    added_by: i64,
    now: i64,
) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO action_photos (action_id, storage_key, content_type, added_by, added_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(action_id)
    .bind(key)
    .bind(content_type)
    .bind(added_by)
    .bind(now)
    .fetch_one(conn)
    .await?)
}

/// An action's photos' ids, in the order they were added.
pub async fn of_action(pool: &AnyPool, action_id: i64) -> Result<Vec<i64>, DbError> {
    Ok(
        sqlx::query_scalar("SELECT id FROM action_photos WHERE action_id = $1 ORDER BY id")
            .bind(action_id)
            .fetch_all(pool)
            .await?,
    )
}

/// The photos of several actions at once: (action, photo) pairs.
pub async fn of_actions(pool: &AnyPool, action_ids: &[i64]) -> Result<Vec<(i64, i64)>, DbError> {
    if action_ids.is_empty() {
        return Ok(Vec::new());
    }
    let places: Vec<String> = (1..=action_ids.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "SELECT action_id, id FROM action_photos WHERE action_id IN ({}) ORDER BY action_id, id",
        places.join(", ")
    );
    let mut query = sqlx::query_as(&sql);
    for id in action_ids {
        query = query.bind(*id);
    }
    Ok(query.fetch_all(pool).await?)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct PhotoRow {
    pub action_id: i64,
    pub storage_key: String,
    pub content_type: String,
}

pub async fn find(pool: &AnyPool, id: i64) -> Result<Option<PhotoRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT action_id, storage_key, content_type FROM action_photos WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?)
}

pub async fn delete(conn: &mut AnyConnection, id: i64) -> Result<(), DbError> {
    sqlx::query("DELETE FROM action_photos WHERE id = $1")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}
