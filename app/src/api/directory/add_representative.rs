use crate::api::AppError;
use leptos::prelude::*;

/// Adds an account (by username) as a representative of an organisation: its first
/// representative and admins only.
#[server(endpoint = "add_representative")]
pub async fn add_representative(organisation_id: i64, username: String) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::directory::representatives::add(
        &state.db,
        &me.actor,
        organisation_id,
        &username,
    )
    .await
    .map_err(|e| e.keeping(&[("username", &username)]))?;
    leptos_axum::redirect(&format!("/organisations/{organisation_id}#reps-h"));
    Ok(())
}
