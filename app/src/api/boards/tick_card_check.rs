use crate::api::AppError;
use leptos::prelude::*;

/// Ticks (`done` = "1") or unticks an item of a task's checklist; then back to the card.
#[server(endpoint = "tick_card_check")]
pub async fn tick_card_check(
    board: i64,
    card: i64,
    item: i64,
    #[server(default)] done: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let done = done == "1";
    crate::server::boards::tasks::tick(&state.db, &me.actor, card, item, done).await?;
    state.live.poke(&state.db, board).await;
    super::return_plain_form_to(&format!(
        "/working-groups/{board}/board/cards/{card}#checklist-h"
    ));
    Ok(())
}
