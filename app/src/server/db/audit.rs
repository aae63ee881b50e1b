//! The audit log: who did what to which object, when, and what it looked like before and after.
//! Every mutation calls `record` inside the transaction that makes the change.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

pub struct AuditEntry<'a> {
    pub actor_id: Option<i64>,
    pub action: &'a str,
    pub object_kind: &'a str,
    pub object_id: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

pub async fn record(
    conn: &mut AnyConnection,
    entry: AuditEntry<'_>,
    now: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO audit_log (at, actor_id, action, object_kind, object_id, before_json, after_json) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(now)
    .bind(entry.actor_id)
    .bind(entry.action)
    .bind(entry.object_kind)
    .bind(entry.object_id)
    .bind(entry.before.map(|v| v.to_string()))
    .bind(entry.after.map(|v| v.to_string()))
    .execute(conn)
    .await?;
    Ok(())
}

/// Records a change to a directory object whose id is a number, with what it now holds.
pub async fn change(
    conn: &mut AnyConnection,
    actor_id: Option<i64>,
    action: &str,
    object_kind: &str,
    object_id: i64,
    after: serde_json::Value,
    now: i64,
) -> Result<(), DbError> {
    let entry = AuditEntry {
        actor_id,
        action,
        object_kind,
        object_id: object_id.to_string(),
        before: None,
        after: Some(after),
    };
    record(conn, entry, now).await
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AuditRow {
    pub at: i64,
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    pub action: String,
    pub before_json: Option<String>,
    pub after_json: Option<String>,
}

/// An object's history, newest first.
pub async fn history(
    pool: &AnyPool,
    object_kind: &str,
    object_id: &str,
) -> Result<Vec<AuditRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT a.at, a.actor_id, u.display_name AS actor_name, a.action, a.before_json, \
           a.after_json FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id \
         WHERE a.object_kind = $1 AND a.object_id = $2 ORDER BY a.at DESC, a.id DESC",
    )
    .bind(object_kind)
    .bind(object_id)
    .fetch_all(pool)
    .await?)
}
