use crate::api::AppError;
use crate::model::pairings::PairingView;
use leptos::prelude::*;

/// An organisation's pairings, as mentor or as mentee (public, like its page).
#[server(endpoint = "list_organisation_pairings")]
pub async fn list_organisation_pairings(id: i64) -> Result<Vec<PairingView>, AppError> {
    use crate::server::auth::caller::app_state;
    let state = app_state()?;
    crate::server::pairings::of_organisation(&state.db, id).await
}
