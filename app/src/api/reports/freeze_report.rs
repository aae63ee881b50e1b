use crate::api::AppError;
use leptos::prelude::*;

/// An official freezes the report of a campaign or a Jalali period as it stands now; it opens
/// numbered and dated. `confirm` is the tick that it cannot be changed afterwards.
#[server(endpoint = "freeze_report")]
pub async fn freeze_report(
    #[server(default)] campaign: String,
    #[server(default)] year: String,
    #[server(default)] part: String,
    #[server(default)] confirm: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::reports::{freeze::freeze, scope_of};
    let state = app_state()?;
    let me = signed_in().await?;
    let kept = [
        ("campaign", campaign.as_str()),
        ("year", year.as_str()),
        ("part", part.as_str()),
    ];
    let scope = scope_of(&campaign, &year, &part).map_err(|e| e.keeping(&kept))?;
    match freeze(&state.db, &me.actor, scope, !confirm.is_empty()).await {
        Ok(id) => {
            leptos_axum::redirect(&format!("/reports/{id}"));
            Ok(())
        }
        Err(e) => Err(e.keeping(&kept)),
    }
}
