//! Housekeeping that runs beside the server: expired sessions and old sign-in attempts.
use app::server::db::{login_attempts, sessions, Db};
use app::server::now_ms;
use std::time::Duration;

pub fn spawn_cleanup(db: Db) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(600));
        loop {
            tick.tick().await;
            let now = now_ms();
            if let Err(error) = sessions::delete_expired(&db, now).await {
                tracing::warn!(%error, "could not delete expired sessions");
            }
            if let Err(error) = login_attempts::prune(db.write(), now - 24 * 3600 * 1000).await {
                tracing::warn!(%error, "could not prune sign-in attempts");
            }
        }
    })
}
