//! The code sent to prove a mobile number: its hash, until when it holds, and how often it
//! was tried. One per person; asking again replaces it.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CodeRow {
    pub mobile: String,
    pub code_hash: String,
    pub expires_at: i64,
    pub attempts: i64,
}

pub async fn find(pool: &AnyPool, user_id: i64) -> Result<Option<CodeRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT mobile, code_hash, expires_at, attempts FROM mobile_codes WHERE user_id = $1",
    )
    .bind(user_id)
    .fetch_optional(pool)
    .await?)
}

pub async fn replace(
    conn: &mut AnyConnection,
    user_id: i64,
    mobile: &str,
    code_hash: &str,
    expires_at: i64,
) -> Result<(), DbError> {
    forget(&mut *conn, user_id).await?;
    sqlx::query(
        "INSERT INTO mobile_codes (user_id, mobile, code_hash, expires_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(user_id)
    .bind(mobile)
    .bind(code_hash)
    .bind(expires_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Counts a wrong try.
pub async fn tried(pool: &AnyPool, user_id: i64) -> Result<(), DbError> {
    sqlx::query("UPDATE mobile_codes SET attempts = attempts + 1 WHERE user_id = $1")
        .bind(user_id)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn forget(conn: &mut AnyConnection, user_id: i64) -> Result<(), DbError> {
    sqlx::query("DELETE FROM mobile_codes WHERE user_id = $1")
        .bind(user_id)
        .execute(conn)
        .await?;
    Ok(())
}
