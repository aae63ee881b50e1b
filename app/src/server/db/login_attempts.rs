//! Sign-in attempts, kept in the database so that every server instance sees the same counts
//! and a restart does not reset them.
use super::DbError;
use crate::domain::sign_in_limits::Failures;
use sqlx::AnyPool;

/// Failed attempts since `since`: of this account from this client, of this client (any
/// account), and of this account (any client), with the oldest of the first two (to tell the
/// person when they may try again). One pass over the rows of the account or the client.
pub async fn failures_since(
    pool: &AnyPool,
    username: &str,
    client: &str,
    since: i64,
) -> Result<Failures, DbError> {
    type Counts = (i64, Option<i64>, i64, Option<i64>, i64);
    let (pair, pair_oldest, client_count, client_oldest, account): Counts = sqlx::query_as(
        "SELECT \
           COALESCE(SUM(CASE WHEN username = $1 AND client = $2 THEN 1 ELSE 0 END), 0), \
           MIN(CASE WHEN username = $1 AND client = $2 THEN at END), \
           COALESCE(SUM(CASE WHEN client = $2 THEN 1 ELSE 0 END), 0), \
           MIN(CASE WHEN client = $2 THEN at END), \
           COALESCE(SUM(CASE WHEN username = $1 THEN 1 ELSE 0 END), 0) \
         FROM login_attempts \
         WHERE succeeded = 0 AND at > $3 AND (username = $1 OR client = $2)",
    )
    .bind(username)
    .bind(client)
    .bind(since)
    .fetch_one(pool)
    .await?;
    Ok(Failures {
        pair,
        pair_oldest,
        client: client_count,
        client_oldest,
        account,
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
        // A successful sign-in forgives this client's earlier failures on the account (not
        // those of other addresses: a guesser elsewhere gets no fresh tries from it).
        sqlx::query(
            "DELETE FROM login_attempts WHERE username = $1 AND client = $2 AND succeeded = 0",
        )
        .bind(username)
        .bind(client)
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
