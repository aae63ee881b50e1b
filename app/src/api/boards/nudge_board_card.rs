use crate::api::AppError;
use leptos::prelude::*;

/// Moves a card one place `up` or `down` its column.
#[server(endpoint = "nudge_board_card")]
pub async fn nudge_board_card(
    board: i64,
    card: i64,
    version: i64,
    direction: String,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::boards::moves::{nudge_card, Nudge};
    let state = app_state()?;
    let me = signed_in().await?;
    let nudge = match direction.as_str() {
        "up" => Nudge::Up,
        "down" => Nudge::Down,
        _ => return Err(AppError::BadRequest),
    };
    nudge_card(&state.db, &me.actor, card, version, nudge).await?;
    state.live.poke(&state.db, board).await;
    super::return_plain_form_to(&super::back_to(board, &back));
    Ok(())
}
