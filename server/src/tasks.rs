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

/// Every ten minutes: today's reminders and the digests due (both only by day in Iran, both
/// given once per item or period, so running often and on several instances is harmless),
/// and reminders' records older than a month are forgotten.
pub fn spawn_reminders(
    db: Db,
    settings: app::server::state::Settings,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(600));
        loop {
            tick.tick().await;
            run_reminders(&db, &settings, now_ms()).await;
        }
    })
}

/// One round of reminders and digests at `now`.
pub async fn run_reminders(db: &Db, settings: &app::server::state::Settings, now: i64) {
    let stalled = settings.stalled;
    match app::server::reminders::run(db, settings.reminders, stalled, now).await {
        Ok(0) => {}
        Ok(given) => tracing::info!(given, "reminders given"),
        Err(error) => tracing::warn!(%error, "could not give reminders"),
    }
    let origin = settings.public_origin.as_deref().unwrap_or_default();
    match app::server::digests::run(db, stalled, now, origin).await {
        Ok(0) => {}
        Ok(queued) => tracing::info!(queued, "digests queued"),
        Err(error) => tracing::warn!(?error, "could not queue digests"),
    }
    match app::server::centres::placements::return_overdue(db, now).await {
        Ok(0) => {}
        Ok(returned) => tracing::info!(returned, "unanswered proposals returned to intermediaries"),
        Err(error) => tracing::warn!(?error, "could not return unanswered proposals"),
    }
    match app::server::shifts::signups::run_due(db, now).await {
        Ok(round) if round == Default::default() => {}
        Ok(round) => tracing::info!(
            reminded = round.reminded,
            freed = round.freed,
            "shift seats reminded or freed"
        ),
        Err(error) => tracing::warn!(?error, "could not remind or free shift seats"),
    }
    match app::server::service::certificates::award_due(db, None, now).await {
        Ok(0) => {}
        Ok(issued) => tracing::info!(issued, "certificates issued at thresholds"),
        Err(error) => tracing::warn!(?error, "could not issue due certificates"),
    }
    let month_ago = now - 31 * 24 * 3600 * 1000;
    if let Err(error) = app::server::db::reminders::prune(db.write(), month_ago).await {
        tracing::warn!(%error, "could not forget old reminders");
    }
}
