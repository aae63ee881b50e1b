use crate::api::AppError;
use leptos::prelude::*;

/// An official removes an indicator from a campaign (the scores are computed again).
#[server(endpoint = "remove_indicator")]
pub async fn remove_indicator(campaign: i64, id: i64) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::actions::score_admin::remove_indicator(&state.db, &me.actor, campaign, id)
        .await?;
    leptos_axum::redirect(&format!("/campaigns/{campaign}/scores#indicators-h"));
    Ok(())
}
