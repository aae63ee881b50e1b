use crate::api::AppError;
use leptos::prelude::*;

/// Ticks a milestone done today, or reopens it (`done` empty).
#[server(endpoint = "tick_milestone")]
pub async fn tick_milestone(id: i64, #[server(default)] done: bool) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let project =
        crate::server::projects::progress::tick_milestone(&state.db, &me.actor, id, done).await?;
    leptos_axum::redirect(&format!("/projects/{project}#milestones-h"));
    Ok(())
}
