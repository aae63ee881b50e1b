use crate::api::AppError;
use crate::model::projects::FollowUpItem;
use leptos::prelude::*;

/// The stalled projects, longest stalled first (officials).
#[server(endpoint = "list_follow_up")]
pub async fn list_follow_up() -> Result<Vec<FollowUpItem>, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let me = caller().await?;
    let actor = me.as_ref().map(|c| &c.actor);
    crate::server::projects::follow_up::list(&state.db, actor, state.settings.stalled).await
}
