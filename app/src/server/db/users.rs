//! Accounts table.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct UserRow {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub email: Option<String>,
    pub password_hash: String,
    pub role: String,
    pub disabled_at: Option<i64>,
    pub auth_version: i64,
    pub created_at: i64,
    /// The language of this person's messages (`fa`, `en`).
    pub locale: String,
    /// `none`, `daily` or `weekly`.
    pub digest: String,
    pub mobile: Option<String>,
    pub mobile_verified_at: Option<i64>,
}

pub struct NewUser<'a> {
    pub username: &'a str,
    pub display_name: &'a str,
    pub search_text: &'a str,
    pub email: Option<&'a str>,
    pub password_hash: &'a str,
    pub role: &'a str,
    pub now: i64,
}

const COLUMNS: &str = "id, username, display_name, email, password_hash, role, disabled_at, \
     auth_version, created_at, locale, digest, mobile, mobile_verified_at";

pub async fn insert(conn: &mut AnyConnection, user: NewUser<'_>) -> Result<i64, DbError> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO users (username, display_name, search_text, email, password_hash, role, \
         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
    )
    .bind(user.username)
    .bind(user.display_name)
    .bind(user.search_text)
    .bind(user.email)
    .bind(user.password_hash)
    .bind(user.role)
    .bind(user.now)
    .fetch_one(conn)
    .await?;
    Ok(id)
}

pub async fn find(pool: &AnyPool, id: i64) -> Result<Option<UserRow>, DbError> {
    let sql = format!("SELECT {COLUMNS} FROM users WHERE id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?)
}

/// The same, inside a write transaction (for a consistent before/after in the audit log).
pub async fn find_for_update(conn: &mut AnyConnection, id: i64) -> Result<UserRow, DbError> {
    let sql = format!("SELECT {COLUMNS} FROM users WHERE id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_one(conn).await?)
}

pub async fn find_by_username(pool: &AnyPool, username: &str) -> Result<Option<UserRow>, DbError> {
    let sql = format!("SELECT {COLUMNS} FROM users WHERE username = $1");
    Ok(sqlx::query_as(&sql)
        .bind(username)
        .fetch_optional(pool)
        .await?)
}

/// One page of accounts whose folded name, username or e-mail contains `like` (a `LIKE`
/// pattern; `None` lists all), ordered by name; with the total count.
pub async fn page(
    pool: &AnyPool,
    like: Option<&str>,
    limit: i64,
    offset: i64,
) -> Result<(Vec<UserRow>, i64), DbError> {
    let pattern = like.unwrap_or("%");
    let sql = format!(
        "SELECT {COLUMNS} FROM users WHERE search_text LIKE $1 ESCAPE '\\' \
         ORDER BY display_name, id LIMIT $2 OFFSET $3"
    );
    let rows = sqlx::query_as(&sql)
        .bind(pattern)
        .bind(limit)
        .bind(offset)
        .fetch_all(pool)
        .await?;
    let total: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE search_text LIKE $1 ESCAPE '\\'")
            .bind(pattern)
            .fetch_one(pool)
            .await?;
    Ok((rows, total))
}

pub async fn count(pool: &AnyPool) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM users")
        .fetch_one(pool)
        .await?)
}

pub async fn set_role(
    conn: &mut AnyConnection,
    id: i64,
    role: &str,
    now: i64,
) -> Result<(), DbError> {
    let done = sqlx::query("UPDATE users SET role = $1, updated_at = $2 WHERE id = $3")
        .bind(role)
        .bind(now)
        .bind(id)
        .execute(conn)
        .await?;
    expect_one(done.rows_affected())
}

/// Disables (with the time) or re-enables (`None`) an account. Disabling also bumps the
/// account's auth version, which ends every session it holds.
pub async fn set_disabled(
    conn: &mut AnyConnection,
    id: i64,
    disabled_at: Option<i64>,
    now: i64,
) -> Result<(), DbError> {
    let done = sqlx::query(
        "UPDATE users SET disabled_at = $1, updated_at = $2, \
         auth_version = auth_version + (CASE WHEN $1 IS NULL THEN 0 ELSE 1 END) WHERE id = $3",
    )
    .bind(disabled_at)
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    expect_one(done.rows_affected())
}

/// Stores a new password hash and bumps the auth version (other sessions end).
pub async fn set_password(
    conn: &mut AnyConnection,
    id: i64,
    password_hash: &str,
    now: i64,
) -> Result<i64, DbError> {
    let version: i64 = sqlx::query_scalar(
        "UPDATE users SET password_hash = $1, updated_at = $2, auth_version = auth_version + 1 \
         WHERE id = $3 RETURNING auth_version",
    )
    .bind(password_hash)
    .bind(now)
    .bind(id)
    .fetch_one(conn)
    .await?;
    Ok(version)
}

fn expect_one(rows: u64) -> Result<(), DbError> {
    if rows == 1 {
        Ok(())
    } else {
        Err(DbError::NotFound)
    }
}

/// Sets (or, with `None`, removes) the account's email address and its search text.
pub async fn set_email(
    conn: &mut AnyConnection,
    id: i64,
    email: Option<&str>,
    search_text: &str,
    now: i64,
) -> Result<(), DbError> {
    sqlx::query("UPDATE users SET email = $1, search_text = $2, updated_at = $3 WHERE id = $4")
        .bind(email)
        .bind(search_text)
        .bind(now)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// The language and digest choice of this person's messages.
pub async fn set_message_choices(
    conn: &mut AnyConnection,
    id: i64,
    locale: &str,
    digest: &str,
    now: i64,
) -> Result<(), DbError> {
    sqlx::query("UPDATE users SET locale = $1, digest = $2, updated_at = $3 WHERE id = $4")
        .bind(locale)
        .bind(digest)
        .bind(now)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Sets (or with `None` removes) the mobile number; `verified_at` when it was proven.
pub async fn set_mobile(
    conn: &mut AnyConnection,
    id: i64,
    mobile: Option<&str>,
    verified_at: Option<i64>,
    now: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "UPDATE users SET mobile = $1, mobile_verified_at = $2, updated_at = $3 WHERE id = $4",
    )
    .bind(mobile)
    .bind(verified_at)
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}
