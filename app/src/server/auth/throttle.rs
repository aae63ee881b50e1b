//! Sign-in throttling per account and per client address.
use crate::server::db::{login_attempts, Db, DbError};
use crate::server::state::Settings;

/// `Some(minutes)` when this account or client must wait before trying again.
pub async fn wait_minutes(
    db: &Db,
    settings: &Settings,
    username: &str,
    client: &str,
    now: i64,
) -> Result<Option<u32>, DbError> {
    let window = settings.login_window.as_millis() as i64;
    let failures =
        login_attempts::failures_since(db.read(), username, client, now - window).await?;
    let oldest = if failures.account >= settings.login_max_per_account {
        failures.account_oldest
    } else if failures.client >= settings.login_max_per_client {
        failures.client_oldest
    } else {
        return Ok(None);
    };
    let free_at = oldest.unwrap_or(now) + window;
    let minutes = ((free_at - now).max(0) + 59_999) / 60_000;
    Ok(Some(minutes.max(1) as u32))
}
