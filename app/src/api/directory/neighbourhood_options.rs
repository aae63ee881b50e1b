use crate::api::AppError;
use crate::model::directory::NeighbourhoodForm;
use leptos::prelude::*;

/// What the neighbourhood form offers and, with `id`, the neighbourhood's saved values.
#[server(endpoint = "neighbourhood_options")]
pub async fn neighbourhood_options(id: Option<i64>) -> Result<NeighbourhoodForm, AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::directory::neighbourhood_forms::form(&state.db, &me.actor, id).await
}
