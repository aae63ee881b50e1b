use crate::api::AppError;
use crate::model::directory::OrganisationForm;
use leptos::prelude::*;

/// An organisation's saved profile for its edit form (representatives and officials).
#[server(endpoint = "organisation_options")]
pub async fn organisation_options(id: i64) -> Result<OrganisationForm, AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::directory::organisation_forms::form(&state.db, &me.actor, id).await
}
