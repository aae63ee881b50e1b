use crate::api::AppError;
use crate::model::volunteers::VolunteerFormOptions;
use leptos::prelude::*;

/// What the registration form offers: roles, neighbourhoods, intermediary institutions.
#[server(endpoint = "volunteer_options")]
pub async fn volunteer_options() -> Result<VolunteerFormOptions, AppError> {
    use crate::server::auth::caller::app_state;
    let state = app_state()?;
    crate::server::volunteers::form_options(&state.db).await
}
