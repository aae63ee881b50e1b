use crate::api::AppError;
use leptos::prelude::*;

/// An official adds an indicator to a campaign.
#[server(endpoint = "add_indicator")]
pub async fn add_indicator(
    campaign: i64,
    #[server(default)] indicator_name: String,
    #[server(default)] source: String,
    #[server(default)] weight: String,
    #[server(default)] scale: String,
) -> Result<(), AppError> {
    use crate::server::actions::score_admin::{add_indicator, IndicatorInput};
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let input = IndicatorInput {
        name: indicator_name,
        source,
        weight,
        scale,
    };
    match add_indicator(&state.db, &me.actor, campaign, &input).await {
        Ok(_) => {
            leptos_axum::redirect(&format!("/campaigns/{campaign}/scores#indicators-h"));
            Ok(())
        }
        Err(e) => Err(e.keeping(&[
            ("indicator_name", &input.name),
            ("source", &input.source),
            ("weight", &input.weight),
            ("scale", &input.scale),
        ])),
    }
}
