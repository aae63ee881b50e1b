use crate::api::AppError;
use leptos::prelude::*;

/// Moves a card to another column (`to`), from the version the caller saw, with the reason
/// its transition may need; then back to the page it came from.
#[server(endpoint = "move_board_card")]
pub async fn move_board_card(
    board: i64,
    card: i64,
    version: i64,
    to: String,
    #[server(default)] reason: String,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::boards::moves::{move_card, CardMove};
    let state = app_state()?;
    let me = signed_in().await?;
    let m = CardMove {
        card_id: card,
        version,
        to: &to,
        reason: &reason,
    };
    move_card(&state.db, &me.actor, m)
        .await
        .map_err(|e| e.keeping(&[("reason", &reason), ("to", &to)]))?;
    state.live.poke(&state.db, board).await;
    super::return_plain_form_to(&super::back_to(board, &back));
    Ok(())
}
