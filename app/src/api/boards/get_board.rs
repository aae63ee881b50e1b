use crate::api::AppError;
use crate::model::boards::{Board, BoardFilter};
use leptos::prelude::*;

/// A working group's board, filtered as its address says.
#[server(endpoint = "get_board")]
pub async fn get_board(id: i64, filter: BoardFilter) -> Result<Board, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let me = caller().await?;
    let actor = me.as_ref().map(|c| &c.actor);
    crate::server::boards::view::board(&state.db, actor, id, filter, state.settings.stalled).await
}
