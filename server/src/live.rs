//! With PostgreSQL, the instance's ear on board wake-up calls: it listens on the channel and
//! hands each call to this instance's open views, so a change made through one instance
//! appears on boards opened through another.
use app::server::boards::live::{Live, CHANNEL};
use sqlx::postgres::PgListener;
use std::time::Duration;

pub fn spawn_listener(url: String, live: Live) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            match listen(&url, &live).await {
                Ok(()) => {}
                Err(error) => tracing::warn!(%error, "board listener lost; reconnecting"),
            }
            tokio::time::sleep(Duration::from_secs(2)).await;
        }
    })
}

async fn listen(url: &str, live: &Live) -> Result<(), sqlx::Error> {
    let mut listener = PgListener::connect(url).await?;
    listener.listen(CHANNEL).await?;
    loop {
        let call = listener.recv().await?;
        if let Ok(board) = call.payload().parse() {
            live.deliver(board);
        }
    }
}
