use crate::api::AppError;
use crate::model::directory::NeighbourhoodDetail;
use leptos::prelude::*;

/// One neighbourhood's page (public).
#[server(endpoint = "get_neighbourhood")]
pub async fn get_neighbourhood(id: i64) -> Result<NeighbourhoodDetail, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let actor = caller().await?.map(|c| c.actor);
    crate::server::directory::neighbourhoods::detail(
        &state.db,
        actor.as_ref(),
        state.settings.stalled,
        id,
    )
    .await
}
