use crate::api::AppError;
use leptos::prelude::*;

/// Those who run an action record whether a guest came (`came` is 1 or 0).
#[server(endpoint = "mark_guest")]
pub async fn mark_guest(id: i64, came: u8) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let action = crate::server::actions::guests::mark(&state.db, &me.actor, id, came == 1).await?;
    leptos_axum::redirect(&format!("/actions/{action}#guest-{id}"));
    Ok(())
}
