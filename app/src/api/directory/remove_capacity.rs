use crate::api::AppError;
use leptos::prelude::*;

/// Removes a capacity (the organisation's representatives and officials).
#[server(endpoint = "remove_capacity")]
pub async fn remove_capacity(id: i64) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let organisation =
        crate::server::directory::capacity_forms::remove(&state.db, &me.actor, id).await?;
    leptos_axum::redirect(&format!("/organisations/{organisation}#capacities-h"));
    Ok(())
}
