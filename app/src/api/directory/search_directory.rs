use crate::api::AppError;
use crate::model::directory::SearchGroup;
use leptos::prelude::*;

/// Searches the whole directory, grouped by kind.
#[server(endpoint = "search_directory")]
pub async fn search_directory(query: String, page: i64) -> Result<Vec<SearchGroup>, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let actor = caller().await?.map(|c| c.actor);
    crate::server::directory::search::search(&state.db, actor.as_ref(), &query, page).await
}
