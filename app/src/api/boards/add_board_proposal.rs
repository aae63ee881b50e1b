use crate::api::AppError;
use leptos::prelude::*;

/// Puts one of the committee's proposals on the board.
#[server(endpoint = "add_board_proposal")]
pub async fn add_board_proposal(
    board: i64,
    proposal_id: i64,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::boards::linking::add_proposal(&state.db, &me.actor, board, proposal_id).await?;
    state.live.poke(&state.db, board).await;
    super::return_plain_form_to(&super::back_to(board, &back));
    Ok(())
}
