//! Records of proposals' supporting documents (the bytes live in the files folder).
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct DocumentRow {
    pub id: i64,
    pub proposal_id: i64,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub storage_key: String,
    pub uploaded_at: i64,
}

pub struct NewDocument<'a> {
    pub proposal_id: i64,
    pub file_name: &'a str,
    pub content_type: &'a str,
    pub size_bytes: i64,
    pub storage_key: &'a str,
    pub uploaded_by: i64,
    pub now: i64,
}

pub async fn insert(conn: &mut AnyConnection, d: NewDocument<'_>) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO proposal_documents (proposal_id, file_name, content_type, size_bytes, \
           storage_key, uploaded_by, uploaded_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(d.proposal_id)
    .bind(d.file_name)
    .bind(d.content_type)
    .bind(d.size_bytes)
    .bind(d.storage_key)
    .bind(d.uploaded_by)
    .bind(d.now)
    .fetch_one(conn)
    .await?)
}

const SELECT: &str = "SELECT id, proposal_id, file_name, content_type, size_bytes, storage_key, \
       uploaded_at FROM proposal_documents";

pub async fn of_proposal(pool: &AnyPool, proposal_id: i64) -> Result<Vec<DocumentRow>, DbError> {
    let sql = format!("{SELECT} WHERE proposal_id = $1 ORDER BY uploaded_at, id");
    Ok(sqlx::query_as(&sql)
        .bind(proposal_id)
        .fetch_all(pool)
        .await?)
}

pub async fn find(pool: &AnyPool, id: i64) -> Result<Option<DocumentRow>, DbError> {
    let sql = format!("{SELECT} WHERE id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?)
}

pub async fn delete(conn: &mut AnyConnection, id: i64) -> Result<(), DbError> {
    sqlx::query("DELETE FROM proposal_documents WHERE id = $1")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}
