use crate::api::AppError;
use leptos::prelude::*;

/// An official records every centre's score and place as they stand now.
#[server(endpoint = "record_scores")]
pub async fn record_scores(campaign: i64, #[server(default)] note: String) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    match crate::server::actions::score_admin::record(&state.db, &me.actor, campaign, &note).await {
        Ok(()) => {
            leptos_axum::redirect(&format!("/campaigns/{campaign}/scores#ranking-h"));
            Ok(())
        }
        Err(e) => Err(e.keeping(&[("note", &note)])),
    }
}
