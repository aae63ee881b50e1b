use crate::api::AppError;
use leptos::prelude::*;

/// Publishes the minutes: each decision becomes a task on the board, and its people are told.
#[server(endpoint = "publish_meeting")]
pub async fn publish_meeting(meeting: i64, version: i64) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let board =
        crate::server::meetings::publish::publish(&state.db, &me.actor, meeting, version).await?;
    state.live.poke(&state.db, board).await;
    super::back_to_meeting(meeting);
    Ok(())
}
