use crate::api::AppError;
use leptos::prelude::*;

/// Adds an item to a task's checklist; then back to the card.
#[server(endpoint = "add_card_check")]
pub async fn add_card_check(board: i64, card: i64, item: String) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::boards::tasks::add_check(&state.db, &me.actor, card, &item)
        .await
        .map_err(|e| e.keeping(&[("item", &item)]))?;
    state.live.poke(&state.db, board).await;
    super::return_plain_form_to(&format!(
        "/working-groups/{board}/board/cards/{card}#checklist-h"
    ));
    Ok(())
}
