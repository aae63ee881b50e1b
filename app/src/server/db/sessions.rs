//! Sessions in the database (tower-sessions' `SessionStore` over our one set of queries), so
//! they survive restarts and are shared by every server instance.
use super::{Db, DbError};
use async_trait::async_trait;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Error as StoreError, Result as StoreResult, SessionStore};

/// The session key that holds the signed-in account's id; copied into its own column so that
/// all of an account's sessions can be ended at once.
pub const USER_ID_KEY: &str = "uid";

#[derive(Clone, Debug)]
pub struct DbSessionStore {
    db: Db,
}

impl DbSessionStore {
    pub fn new(db: Db) -> Self {
        Self { db }
    }
}

fn backend(error: impl std::fmt::Display) -> StoreError {
    StoreError::Backend(error.to_string())
}

fn encode(record: &Record) -> StoreResult<(String, i64, Option<i64>)> {
    let data =
        serde_json::to_string(&record.data).map_err(|e| StoreError::Encode(e.to_string()))?;
    let expires_ms = (record.expiry_date.unix_timestamp_nanos() / 1_000_000) as i64;
    let user_id = record.data.get(USER_ID_KEY).and_then(|v| v.as_i64());
    Ok((data, expires_ms, user_id))
}

#[async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> StoreResult<()> {
        let (data, expires, user_id) = encode(record)?;
        // A 128-bit random id practically never collides; if it does, draw another.
        loop {
            let inserted = sqlx::query(
                "INSERT INTO sessions (id, data, expires_at, user_id) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (id) DO NOTHING",
            )
            .bind(record.id.to_string())
            .bind(&data)
            .bind(expires)
            .bind(user_id)
            .execute(self.db.write())
            .await
            .map_err(backend)?;
            if inserted.rows_affected() == 1 {
                return Ok(());
            }
            record.id = Id::default();
        }
    }

    async fn save(&self, record: &Record) -> StoreResult<()> {
        let (data, expires, user_id) = encode(record)?;
        sqlx::query(
            "INSERT INTO sessions (id, data, expires_at, user_id) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (id) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at, \
             user_id = excluded.user_id",
        )
        .bind(record.id.to_string())
        .bind(data)
        .bind(expires)
        .bind(user_id)
        .execute(self.db.write())
        .await
        .map_err(backend)?;
        Ok(())
    }

    async fn load(&self, id: &Id) -> StoreResult<Option<Record>> {
        let row: Option<(String, i64)> = sqlx::query_as(
            "SELECT data, expires_at FROM sessions WHERE id = $1 AND expires_at > $2",
        )
        .bind(id.to_string())
        .bind(crate::server::now_ms())
        .fetch_optional(self.db.read())
        .await
        .map_err(backend)?;
        let Some((data, expires)) = row else {
            return Ok(None);
        };
        let data = serde_json::from_str(&data).map_err(|e| StoreError::Decode(e.to_string()))?;
        let expiry_date =
            time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(expires) * 1_000_000)
                .map_err(|e| StoreError::Decode(e.to_string()))?;
        Ok(Some(Record {
            id: *id,
            data,
            expiry_date,
        }))
    }

    async fn delete(&self, id: &Id) -> StoreResult<()> {
        sqlx::query("DELETE FROM sessions WHERE id = $1")
            .bind(id.to_string())
            .execute(self.db.write())
            .await
            .map_err(backend)?;
        Ok(())
    }
}

/// Ends every session of an account.
pub async fn delete_for_user(db: &Db, user_id: i64) -> Result<u64, DbError> {
    Ok(sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user_id)
        .execute(db.write())
        .await?
        .rows_affected())
}

/// Ends every session of an account but the one with id `keep`.
pub async fn delete_for_user_except(db: &Db, user_id: i64, keep: &str) -> Result<u64, DbError> {
    Ok(
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id <> $2")
            .bind(user_id)
            .bind(keep)
            .execute(db.write())
            .await?
            .rows_affected(),
    )
}

/// Drops expired sessions; the server calls it periodically.
pub async fn delete_expired(db: &Db, now: i64) -> Result<u64, DbError> {
    Ok(sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
        .bind(now)
        .execute(db.write())
        .await?
        .rows_affected())
}

/// How many live sessions an account holds (for tests and the admin page).
pub async fn count_for_user(db: &Db, user_id: i64, now: i64) -> Result<i64, DbError> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE user_id = $1 AND expires_at > $2")
            .bind(user_id)
            .bind(now)
            .fetch_one(db.read())
            .await?,
    )
}
