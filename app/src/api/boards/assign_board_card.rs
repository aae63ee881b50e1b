use crate::api::AppError;
use leptos::prelude::*;

/// Replaces a card's assignees (members of the committee).
#[server(endpoint = "assign_board_card")]
pub async fn assign_board_card(
    board: i64,
    card: i64,
    #[server(default)] assignees: Vec<i64>,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::boards::tasks::assign(&state.db, &me.actor, card, &assignees).await?;
    state.live.poke(&state.db, board).await;
    super::return_plain_form_to(&format!("/working-groups/{board}/board/cards/{card}"));
    Ok(())
}
