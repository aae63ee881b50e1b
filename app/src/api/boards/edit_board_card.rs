use crate::api::AppError;
use leptos::prelude::*;

/// Changes a card's text and due day from the version the caller opened; a stale version
/// is refused with `Conflict`.
#[server(endpoint = "edit_board_card")]
pub async fn edit_board_card(
    board: i64,
    card: i64,
    version: i64,
    #[server(default)] title: String,
    #[server(default)] description: String,
    #[server(default)] due_on: String,
) -> Result<(), AppError> {
    use crate::domain::board_rules::TaskText;
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let text = TaskText {
        title,
        description,
        due_on,
    };
    crate::server::boards::tasks::edit_card(&state.db, &me.actor, card, version, text).await?;
    state.live.poke(&state.db, board).await;
    super::return_plain_form_to(&format!("/working-groups/{board}/board/cards/{card}"));
    Ok(())
}
