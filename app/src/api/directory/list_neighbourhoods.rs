use crate::api::AppError;
use crate::model::directory::NeighbourhoodCard;
use leptos::prelude::*;

/// Every neighbourhood matching the search (public).
#[server(endpoint = "list_neighbourhoods")]
pub async fn list_neighbourhoods(query: String) -> Result<Vec<NeighbourhoodCard>, AppError> {
    use crate::server::auth::caller::app_state;
    let state = app_state()?;
    crate::server::directory::neighbourhoods::list(&state.db, &query).await
}
