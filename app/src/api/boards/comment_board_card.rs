use crate::api::AppError;
use leptos::prelude::*;

/// A comment on a card; `@username` tells that member.
#[server(endpoint = "comment_board_card")]
pub async fn comment_board_card(board: i64, card: i64, body: String) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::boards::tasks::comment(&state.db, &me.actor, card, &body).await?;
    state.live.poke(&state.db, board).await;
    super::return_plain_form_to(&format!(
        "/working-groups/{board}/board/cards/{card}#comments-h"
    ));
    Ok(())
}
