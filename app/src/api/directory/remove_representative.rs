use crate::api::AppError;
use leptos::prelude::*;

/// Removes a representative of an organisation (its first representative and admins).
#[server(endpoint = "remove_representative")]
pub async fn remove_representative(organisation_id: i64, user_id: i64) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::directory::representatives::remove(
        &state.db,
        &me.actor,
        organisation_id,
        user_id,
    )
    .await?;
    leptos_axum::redirect(&format!("/organisations/{organisation_id}#reps-h"));
    Ok(())
}
