use crate::api::AppError;
use leptos::prelude::*;

/// Adds a task to a board's "to do".
#[server(endpoint = "create_board_task")]
pub async fn create_board_task(
    board: i64,
    title: String,
    #[server(default)] description: String,
    #[server(default)] due_on: String,
    #[server(default)] back: String,
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
    crate::server::boards::tasks::create_task(&state.db, &me.actor, board, text).await?;
    state.live.poke(&state.db, board).await;
    super::return_plain_form_to(&super::back_to(board, &back));
    Ok(())
}
