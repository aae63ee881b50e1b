use crate::api::AppError;
use crate::model::directory::Named;
use leptos::prelude::*;

/// The committee's proposals that may be put on the board.
#[server(endpoint = "board_candidates")]
pub async fn board_candidates(board: i64) -> Result<Vec<Named>, AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::boards::linking::candidates(&state.db, &me.actor, board).await
}
