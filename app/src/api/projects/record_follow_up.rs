use crate::api::AppError;
use leptos::prelude::*;

/// Records what an official did about a stalled project (`called`, `visited`, `escalated`,
/// `other`) with a note.
#[server(endpoint = "record_follow_up")]
pub async fn record_follow_up(id: i64, action: String, note: String) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::projects::follow_up::record(&state.db, &me.actor, id, &action, &note)
        .await
        .map_err(|e| e.keeping(&[("note", &note), ("action", &action)]))?;
    leptos_axum::redirect(&format!("/projects/{id}#journey-h"));
    Ok(())
}
