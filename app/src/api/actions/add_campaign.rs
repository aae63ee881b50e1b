use crate::api::AppError;
use leptos::prelude::*;

/// An official starts a campaign; its page opens.
#[server(endpoint = "add_campaign")]
pub async fn add_campaign(
    #[server(default)] name: String,
    #[server(default)] starts_on: String,
    #[server(default)] ends_on: String,
    #[server(default)] goals: String,
    #[server(default)] drive: String,
) -> Result<(), AppError> {
    use crate::server::actions::campaigns::{create, CampaignInput};
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let input = CampaignInput {
        name,
        starts_on,
        ends_on,
        goals,
        drive,
    };
    match create(&state.db, &me.actor, &input).await {
        Ok(id) => {
            leptos_axum::redirect(&format!("/campaigns/{id}"));
            Ok(())
        }
        Err(e) => Err(e.keeping(&[
            ("name", &input.name),
            ("starts_on", &input.starts_on),
            ("ends_on", &input.ends_on),
            ("goals", &input.goals),
            ("drive", &input.drive),
        ])),
    }
}
