//! `GET /working-groups/{id}/board/events`: a board's live channel (server-sent events) for
//! those who may open the board, refused to anyone else. On connecting (and reconnecting,
//! with `Last-Event-ID`) the view first gets what it missed from the event log; then every
//! change as it happens, and who else is viewing (not the viewer themself). A view too far behind is told to reload.
use app::api::AppError;
use app::server::auth::caller::resolve;
use app::server::boards::open;
use app::server::db::board_events::{self, EventRow};
use app::server::now_ms;
use app::server::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use std::convert::Infallible;
use std::time::Duration;
use tokio::sync::broadcast;
use tower_sessions::Session;

/// More missed events than this and the view reloads the board instead.
const REPLAY_MAX: i64 = 200;
/// How often a view says it is still there, and catches up if a call was lost.
const HEARTBEAT: Duration = Duration::from_secs(15);
/// A viewer not heard from for this long has left.
const VIEWER_TTL_MS: i64 = 40_000;

#[derive(Deserialize, Default)]
pub struct After {
    #[serde(default)]
    after: Option<i64>,
}

pub async fn stream(
    State(state): State<AppState>,
    session: Session,
    Path(board): Path<i64>,
    Query(query): Query<After>,
    headers: HeaderMap,
) -> Response {
    let caller = match resolve(&state, &session).await {
        Ok(caller) => caller,
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let actor = caller.as_ref().map(|c| &c.actor);
    match open(&state.db, actor, board).await {
        Ok(_) => {}
        Err(AppError::SignInRequired) => return StatusCode::UNAUTHORIZED.into_response(),
        Err(AppError::Forbidden) => return StatusCode::FORBIDDEN.into_response(),
        Err(AppError::NotFound) => return StatusCode::NOT_FOUND.into_response(),
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
    let Some(user_id) = caller.map(|c| c.user.id) else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let resumed = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok());
    let view = View {
        connection: Connection::new(&state, board, user_id),
        calls: state.live.subscribe(),
        state,
        board,
        after: resumed.or(query.after).unwrap_or(0),
        viewers: None,
        first: true,
    };
    let events = futures_util::stream::unfold(view, |mut view| async move {
        let batch = view.next_batch().await;
        Some((futures_util::stream::iter(batch), view))
    });
    let flat = futures_util::StreamExt::flat_map(events, |batch| batch);
    Sse::new(flat)
        .keep_alive(KeepAlive::new().interval(HEARTBEAT))
        .into_response()
}

/// Removes the viewer when the view goes away, whatever ended it.
struct Connection {
    /// Unique across instances: the process, the board, the person, a counter.
    id: String,
    board: i64,
    user_id: i64,
    state: AppState,
}

impl Connection {
    fn new(state: &AppState, board: i64, user_id: i64) -> Self {
        let id = format!("{}-{board}-{user_id}-{}", std::process::id(), rand_suffix());
        Self {
            id,
            board,
            user_id,
            state: state.clone(),
        }
    }
}

fn rand_suffix() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed) ^ (now_ms() as u64)
}

impl Drop for Connection {
    fn drop(&mut self) {
        let (id, board, state) = (self.id.clone(), self.board, self.state.clone());
        tokio::spawn(async move {
            let _ = board_events::gone(state.db.write(), &id).await;
            state.live.poke(&state.db, board).await;
        });
    }
}

struct View {
    connection: Connection,
    calls: broadcast::Receiver<i64>,
    state: AppState,
    board: i64,
    after: i64,
    viewers: Option<Vec<String>>,
    first: bool,
}

impl View {
    /// Waits for a change (or the heartbeat), then returns the events to send.
    async fn next_batch(&mut self) -> Vec<Result<Event, Infallible>> {
        if self.first {
            self.first = false;
            self.seen(true).await;
        } else {
            loop {
                match tokio::time::timeout(HEARTBEAT, self.calls.recv()).await {
                    Ok(Ok(board)) if board == self.board => break,
                    Ok(Ok(_)) => continue,
                    // Lagged behind or a quiet spell: read the log anyway.
                    Ok(Err(broadcast::error::RecvError::Lagged(_))) | Err(_) => {
                        self.seen(false).await;
                        break;
                    }
                    Ok(Err(broadcast::error::RecvError::Closed)) => {
                        tokio::time::sleep(HEARTBEAT).await;
                        break;
                    }
                }
            }
        }
        let mut out = Vec::new();
        let db = self.state.db.read();
        match board_events::since(db, self.board, self.after, REPLAY_MAX + 1).await {
            Ok(rows) if rows.len() as i64 > REPLAY_MAX => {
                self.after = rows.last().map_or(self.after, |r| r.id);
                out.push(Ok(Event::default().event("reload").data("")));
            }
            Ok(rows) => {
                for row in rows {
                    self.after = row.id;
                    out.push(Ok(change(&row)));
                }
            }
            Err(error) => tracing::warn!(%error, "board events not read"),
        }
        let since = now_ms() - VIEWER_TTL_MS;
        if let Ok(list) = board_events::viewers(db, self.board, since).await {
            // Who *else* is viewing: the person's own tabs are not company.
            let me = self.connection.user_id;
            let names: Vec<String> = list
                .into_iter()
                .filter(|(id, _)| *id != me)
                .map(|(_, name)| name)
                .collect();
            if self.viewers.as_ref() != Some(&names) {
                let data = names.join("\t").replace('\n', " ");
                out.push(Ok(Event::default().event("presence").data(data)));
                self.viewers = Some(names);
            }
        }
        out
    }

    /// Notes the viewer as present; on arrival, tells the others.
    async fn seen(&self, arrived: bool) {
        let (id, user) = (&self.connection.id, self.connection.user_id);
        let _ = board_events::seen(self.state.db.write(), id, self.board, user, now_ms()).await;
        if arrived {
            self.state.live.poke(&self.state.db, self.board).await;
        }
    }
}

/// `card<TAB>kind<TAB>who`: read in the browser without a JSON parser in the WASM.
fn change(row: &EventRow) -> Event {
    let card = row.card_id.map(|c| c.to_string()).unwrap_or_default();
    let who = row
        .actor
        .as_deref()
        .unwrap_or_default()
        .replace(['\t', '\n'], " ");
    Event::default()
        .id(row.id.to_string())
        .event("change")
        .data(format!("{card}\t{}\t{who}", row.kind))
}
