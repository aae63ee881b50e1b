//! Sign-in attempts, kept in the database so that every server instance sees the same counts
//! and a restart does not reset them.
use super::DbError;
use sqlx::AnyPool;

/// Failed attempts since `since` for this account and for this client address, with the
/// oldest failure of each (to tell the person when they may try again).
pub struct Failures {
    pub account: i64,
    pub account_oldest: Option<i64>,
    pub client: i64,
    pub client_oldest: Option<i64>,
}

pub async fn failures_since(
    pool: &AnyPool,
    username: &str,
    client: &str,
    since: i64,
) -> Result<Failures, DbError> {
    let (account, account_oldest): (i64, Option<i64>) = sqlx::query_as(
        "SELECT COUNT(*), MIN(at) FROM login_attempts WHERE username = $1 AND succeeded = 0 AND at > $2",
    )
    .bind(username)
    .bind(since)
    .fetch_one(pool)
    .await?;
    let (client_count, client_oldest): (i64, Option<i64>) = sqlx::query_as(
        "SELECT COUNT(*), MIN(at) FROM login_attempts WHERE client = $1 AND succeeded = 0 AND at > $2",
    )
    .bind(client)
    .bind(since)
    .fetch_one(pool)
    .await?;
    Ok(Failures {
        account,
        account_oldest,
        client: client_count,
        client_oldest,
    })
}

pub async fn record(
    pool: &AnyPool,
    username: &str,
    client: &str,
    succeeded: bool,
    now: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO login_attempts (username, client, at, succeeded) VALUES ($1, $2, $3, $4)",
    )
    .bind(username)
    .bind(client)
    .bind(now)
    .bind(i64::from(succeeded))
    .execute(pool)
    .await?;
    if succeeded {
        // A successful sign-in forgives the account's earlier failures.
        sqlx::query("DELETE FROM login_attempts WHERE username = $1 AND succeeded = 0")
            .bind(username)
            .execute(pool)
            .await?;
    }
    Ok(())
}

/// Drops attempts older than `before`.
pub async fn prune(pool: &AnyPool, before: i64) -> Result<u64, DbError> {
    Ok(sqlx::query("DELETE FROM login_attempts WHERE at < $1")
        .bind(before)
        .execute(pool)
        .await?
        .rows_affected())
}
