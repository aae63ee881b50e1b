//! Live boards: after every change a board gets a wake-up call, and each open view reads what
//! it missed from the board's event log (the database stays the one source of truth). With
//! SQLite, one process: the call goes straight to its views. With PostgreSQL, several
//! instances: the call goes through `NOTIFY`, and every instance's listener (see the server's
//! `live` module) hands it to its own views.
use crate::server::db::{Backend, Db};
use tokio::sync::broadcast;

/// The PostgreSQL channel of board wake-up calls; the payload is the board's id.
pub const CHANNEL: &str = "tavana_boards";

#[derive(Clone, Debug)]
pub struct Live {
    tx: broadcast::Sender<i64>,
    shared: bool,
}

impl Live {
    pub fn new(db: &Db) -> Self {
        let (tx, _) = broadcast::channel(1024);
        Self {
            tx,
            shared: db.backend() == Backend::Postgres,
        }
    }

    /// The wake-up calls of every board (a view keeps those of its own).
    pub fn subscribe(&self) -> broadcast::Receiver<i64> {
        self.tx.subscribe()
    }

    /// Tells every open view of the board, in every instance, that it changed.
    pub async fn poke(&self, db: &Db, board: i64) {
        if self.shared {
            let sent = sqlx::query("SELECT COUNT(*) FROM (SELECT pg_notify($1, $2)) AS n")
                .bind(CHANNEL)
                .bind(board.to_string())
                .execute(db.write())
                .await;
            if let Err(error) = sent {
                // Views still catch up on their next heartbeat.
                tracing::warn!(%error, "board notification not sent");
                self.deliver(board);
            }
        } else {
            self.deliver(board);
        }
    }

    /// Hands a wake-up call to this instance's views.
    pub fn deliver(&self, board: i64) {
        // Nobody listening is not an error.
        let _ = self.tx.send(board);
    }
}
