//! Sign-in throttling (the rule is `domain::sign_in_limits`), over the attempts recorded in
//! the database so every instance and every restart sees the same counts.
use crate::domain::sign_in_limits::{verdict, Limits, Verdict};
use crate::server::db::{login_attempts, Db, DbError};
use crate::server::state::Settings;

/// What to do with a sign-in of `username` from `client` now.
pub async fn check(
    db: &Db,
    settings: &Settings,
    username: &str,
    client: &str,
    now: i64,
) -> Result<Verdict, DbError> {
    let limits = Limits {
        per_pair: settings.login_max_per_account,
        per_client: settings.login_max_per_client,
        window_ms: settings.login_window.as_millis() as i64,
    };
    let failures =
        login_attempts::failures_since(db.read(), username, client, now - limits.window_ms).await?;
    Ok(verdict(failures, limits, now))
}
