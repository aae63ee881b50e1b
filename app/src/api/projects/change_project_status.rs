use crate::api::AppError;
use leptos::prelude::*;

/// Moves a project (`start`, `complete`, `suspend`, `resume`, `cancel`) with its reason.
#[server(endpoint = "change_project_status")]
pub async fn change_project_status(
    id: i64,
    action: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::projects::progress::change_status(&state.db, &me.actor, id, &action, &reason)
        .await
        .map_err(|e| e.keeping(&[("reason", &reason), ("action", &action)]))?;
    leptos_axum::redirect(&format!("/projects/{id}"));
    Ok(())
}
