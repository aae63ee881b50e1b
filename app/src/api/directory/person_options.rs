use crate::api::AppError;
use crate::model::directory::PersonForm;
use leptos::prelude::*;

/// What the person form offers and, with `id`, the saved profile (officials and admins).
#[server(endpoint = "person_options")]
pub async fn person_options(id: Option<i64>) -> Result<PersonForm, AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::directory::people_forms::form(&state.db, &me.actor, id).await
}
