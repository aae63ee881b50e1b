use crate::api::AppError;
use crate::model::boards::CardDetail;
use leptos::prelude::*;

/// One card of a board, opened.
#[server(endpoint = "get_board_card")]
pub async fn get_board_card(board: i64, card: i64) -> Result<CardDetail, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let me = caller().await?;
    let actor = me.as_ref().map(|c| &c.actor);
    crate::server::boards::card_page::card_detail(&state.db, actor, board, card).await
}
